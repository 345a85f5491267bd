//! Withdrawing published results (administrators), with a reason shown in their place.
use actix_web::{HttpResponse, http::header, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    find,
    manage::{Withdrawing, manage_page_with},
    not_public,
};
use crate::{
    accounts::Actor,
    consultations::repo as consultations,
    error::AppError,
    i18n::{Arg, Locale},
    publishing::repo,
    state::AppState,
};

/// The longest reason for a withdrawal, in characters.
const REASON_MAX: usize = 2000;

/// The reason as typed, or what is wrong with it (in the reader's language).
pub(super) fn checked_reason(typed: &str, l: &Locale) -> Result<String, String> {
    let reason = typed.trim();
    if reason.is_empty() {
        return Err(l.t("pub-withdraw-reason-missing"));
    }
    if reason.chars().count() > REASON_MAX {
        #[allow(clippy::cast_precision_loss)]
        return Err(l.t_args(
            "pub-withdraw-reason-long",
            &[("max", Arg::Num(REASON_MAX as f64))],
        ));
    }
    Ok(reason.to_owned())
}

/// What withdrawing asks.
#[derive(Debug, Deserialize, ToSchema)]
pub struct WithdrawalInput {
    /// Shown to the public in place of the results (at most 2000 characters).
    pub reason: String,
}

/// A withdrawn publication.
#[derive(Debug, Serialize, ToSchema)]
pub struct Withdrawal {
    pub slug: String,
    pub reason: String,
    pub withdrawn_at: chrono::DateTime<chrono::Utc>,
}

/// Withdraws a consultation's public results (administrators only): the results page,
/// downloads and open-data entry answer 410 with the reason from then on. A published
/// consultation is archived; an archived one stays archived.
#[utoipa::path(
    tag = "publishing",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body = WithdrawalInput,
    responses(
        (status = 200, description = "Withdrawn", body = Withdrawal),
        (status = 401, description = "No token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such published consultation", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 410, description = "Withdrawn already: the reason is the `detail`", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason given, or too long", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/results/{slug}/withdrawal")]
pub(super) async fn withdraw_json(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    input: web::Json<WithdrawalInput>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let c = find(&state, &path).await?;
    let reason = checked_reason(&input.reason, &l).map_err(|message| {
        AppError::Invalid(vec![crate::error::FieldError {
            field: "reason".into(),
            message,
        }])
    })?;
    match repo::withdraw(&state.db, &c, actor.id(), &reason).await {
        Ok(()) => {}
        Err(repo::WithdrawError::NotPublished) => return Err(not_public(&state, &c).await?),
        Err(repo::WithdrawError::App(e)) => return Err(e),
    }
    let w = consultations::publication_withdrawal(&state.db, c.id())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(Withdrawal {
        slug: c.slug().to_owned(),
        reason: w.reason,
        withdrawn_at: w.withdrawn_at,
    }))
}

#[derive(Debug, Deserialize)]
pub(super) struct WithdrawForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

/// The same from the publish page (administrators only); a missing reason is shown next to
/// the field with what was typed.
#[post("/manage/consultations/{slug}/withdraw")]
pub(super) async fn withdraw_page(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<WithdrawForm>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    actor.check_csrf(&form.csrf)?;
    let c = find(&state, &path).await?;
    let reason = match checked_reason(&form.reason, &l) {
        Ok(reason) => reason,
        Err(message) => {
            let typed = Withdrawing {
                headlines: None,
                reason: form.reason.clone(),
                error: Some(message),
            };
            return manage_page_with(&state, actor, l, &c, None, typed).await;
        }
    };
    match repo::withdraw(&state.db, &c, actor.id(), &reason).await {
        Ok(()) | Err(repo::WithdrawError::NotPublished) => Ok(HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                format!("/results/{}?lang={}", c.slug(), l.code()),
            ))
            .finish()),
        Err(repo::WithdrawError::App(e)) => Err(e),
    }
}
