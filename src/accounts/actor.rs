//! Who is asking: an adult signed in with a session cookie (pages) or an API token (JSON API,
//! never cookie-authenticated), with their roles per group. Every handler checks access on
//! the server through these methods.
use std::{future::Future, pin::Pin};

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header, web};
use chrono::{Duration, Utc};
use sea_orm::EntityTrait as _;

use super::{Role, repo};
use crate::{
    config::Settings,
    entities::{account, membership, session},
    error::AppError,
    state::AppState,
};

/// The session cookie: `__Host-` prefixed (Secure, Path=/, no Domain) when served over TLS.
pub fn session_cookie_name(settings: &Settings) -> &'static str {
    if settings.behind_tls {
        "__Host-consulta"
    } else {
        "consulta_session"
    }
}

/// A signed-in adult.
#[derive(Clone, Debug)]
pub struct Actor {
    pub account: account::Model,
    pub memberships: Vec<membership::Model>,
    /// The session when signed in with a cookie; `None` for API tokens.
    pub session: Option<session::Model>,
}

impl Actor {
    pub fn id(&self) -> i32 {
        self.account.id
    }

    pub fn is_admin(&self) -> bool {
        self.account.is_admin
    }

    pub fn role_in(&self, group_id: i32) -> Option<Role> {
        self.memberships
            .iter()
            .find(|m| m.group_id == group_id)
            .and_then(|m| Role::parse(&m.role))
    }

    /// Administrators and any member or facilitator of the group may read its summaries.
    pub fn can_read(&self, group_id: i32) -> bool {
        self.is_admin() || self.role_in(group_id).is_some()
    }

    /// Administrators and the group's facilitators may author, run, moderate and publish.
    pub fn can_facilitate(&self, group_id: i32) -> bool {
        self.is_admin() || self.role_in(group_id) == Some(Role::Facilitator)
    }

    /// # Errors
    /// [`AppError::Forbidden`] unless [`Actor::can_read`].
    pub fn require_reader(&self, group_id: i32) -> Result<(), AppError> {
        if self.can_read(group_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// # Errors
    /// [`AppError::Forbidden`] unless [`Actor::can_facilitate`].
    pub fn require_facilitator(&self, group_id: i32) -> Result<(), AppError> {
        if self.can_facilitate(group_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// # Errors
    /// [`AppError::Forbidden`] unless an administrator.
    pub fn require_admin(&self) -> Result<(), AppError> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Administrators, and facilitators of at least one group (they may hold API tokens).
    pub fn facilitates_somewhere(&self) -> bool {
        self.is_admin()
            || self
                .memberships
                .iter()
                .any(|m| Role::parse(&m.role) == Some(Role::Facilitator))
    }

    /// Ids of the groups this adult belongs to.
    pub fn group_ids(&self) -> Vec<i32> {
        self.memberships.iter().map(|m| m.group_id).collect()
    }

    /// The token every form of this session carries.
    pub fn csrf_token(&self) -> &str {
        self.session.as_ref().map_or("", |s| s.csrf_token.as_str())
    }

    /// Checks a form's CSRF token. API-token requests carry none and need none.
    ///
    /// # Errors
    /// [`AppError::Forbidden`] when a cookie session's form has the wrong token.
    pub fn check_csrf(&self, given: &str) -> Result<(), AppError> {
        match &self.session {
            Some(s) if !crate::secrets::same(&s.csrf_token, given) => Err(AppError::Forbidden),
            _ => Ok(()),
        }
    }
}

/// Whoever is asking: the public, or a signed-in adult.
#[derive(Clone, Debug)]
pub enum Viewer {
    Public,
    Signed(Box<Actor>),
}

impl Viewer {
    pub fn actor(&self) -> Option<&Actor> {
        match self {
            Self::Public => None,
            Self::Signed(a) => Some(a.as_ref()),
        }
    }
}

type Fut<T> = Pin<Box<dyn Future<Output = Result<T, AppError>>>>;

impl FromRequest for Actor {
    type Error = AppError;
    type Future = Fut<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { identify(&req).await?.ok_or(AppError::Unauthenticated) })
    }
}

impl FromRequest for Viewer {
    type Error = AppError;
    type Future = Fut<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match identify(&req).await {
                Ok(Some(actor)) => Ok(Self::Signed(Box::new(actor))),
                Ok(None) => Ok(Self::Public),
                // A wrong token on the API is an error; a stale cookie on a page is not.
                Err(AppError::Unauthenticated) if !is_api(&req) => Ok(Self::Public),
                Err(err) => Err(err),
            }
        })
    }
}

fn is_api(req: &HttpRequest) -> bool {
    req.path().starts_with("/api/")
}

/// Finds the adult behind a request: a bearer token on `/api/`, a session cookie elsewhere.
/// `Ok(None)` when the request carries neither; `Err(Unauthenticated)` when it carries a
/// wrong or expired one.
async fn identify(req: &HttpRequest) -> Result<Option<Actor>, AppError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Unexpected(anyhow::anyhow!("App state missing")))?;
    let db = &state.db;
    if is_api(req) {
        let Some(value) = req.headers().get(header::AUTHORIZATION) else {
            return Ok(None);
        };
        let secret = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthenticated)?;
        let account = repo::account_by_api_token(db, secret.trim())
            .await?
            .ok_or(AppError::Unauthenticated)?;
        // The holder's roles as they are now, never as when the token was made.
        let memberships = repo::memberships_of(db, account.id).await?;
        return Ok(Some(Actor {
            account,
            memberships,
            session: None,
        }));
    }
    let Some(cookie) = req.cookie(session_cookie_name(&state.settings)) else {
        return Ok(None);
    };
    let session = repo::find_session(db, cookie.value())
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let now = Utc::now();
    let idle = Duration::minutes(state.settings.session_idle_minutes);
    if session.expires_at <= now
        || session.last_seen_at + idle <= now
        || !session.second_factor_done
    {
        return Err(AppError::Unauthenticated);
    }
    if now - session.last_seen_at > Duration::seconds(60) {
        repo::touch_session(db, &session.id).await?;
    }
    let account = crate::entities::account::Entity::find_by_id(session.account_id)
        .one(db)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::Unauthenticated)?;
    let memberships = repo::memberships_of(db, account.id).await?;
    Ok(Some(Actor {
        account,
        memberships,
        session: Some(session),
    }))
}
