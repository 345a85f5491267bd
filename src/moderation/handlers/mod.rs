//! The HTTP shell of moderation: the queue and answer pages for facilitators (no JavaScript
//! needed), the JSON API under `/api/v1/consultations/{slug}/moderation`, and the public
//! privacy notice of each consultation.
mod answer;
mod api;
mod privacy;
mod queue;

use serde::Deserialize;

use super::{Decision, Flag, assess::parse_flag, repo::QueueFilter};
use crate::{
    accounts::{Actor, Role},
    consultations::{Consultation, repo as consultations_repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    // `…/moderation/quotes` before `…/moderation/{id}`, which would take it for an id.
    cfg.service(api::list_quotes)
        .service(api::list_queue)
        .service(api::show_item)
        .service(api::decide_one)
        .service(api::decide_many)
        .service(api::record_safeguarding)
        .service(api::refer_to_lead);
    cfg.map(|c| {
        c.service(queue::show_queue)
            .service(queue::decide)
            .service(queue::name_lead)
            .service(answer::show_answer)
            .service(answer::approve_with_text)
            .service(answer::stop_quoting)
            .service(answer::record_safeguarding)
            .service(answer::refer_to_lead)
            .service(privacy::show_privacy)
    });
}

/// Answers per page of the queue.
pub const PER_PAGE: u64 = 50;

/// The consultation with this slug, for a facilitator of its group (or an administrator).
///
/// # Errors
/// 404 when there is none, 403 when the adult may not moderate it.
async fn moderated(state: &AppState, slug: &str, actor: &Actor) -> Result<Consultation, AppError> {
    let c = consultations_repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(c.group_id())?;
    Ok(c)
}

/// Whether the adult is a safeguarding lead of the group (a facilitator with the lead flag).
fn is_lead(actor: &Actor, group_id: i32) -> bool {
    actor.memberships.iter().any(|m| {
        m.group_id == group_id
            && m.safeguarding_lead
            && Role::parse(&m.role) == Some(Role::Facilitator)
    })
}

/// Who acts on possible disclosures of a group, and whether it has a lead.
#[derive(Clone, Copy, Debug)]
struct SafeguardingRole {
    /// The group has a safeguarding lead.
    has_lead: bool,
    /// This adult sees possible disclosures first, reads the record and records what was
    /// done: the lead; while the group has no lead, anyone who may moderate it (its
    /// facilitators and the administrators), so that no disclosure waits for nobody.
    acts: bool,
}

/// The adult's part in the safeguarding of the group's answers.
///
/// # Errors
/// A database error.
async fn safeguarding_role(
    state: &AppState,
    actor: &Actor,
    group_id: i32,
) -> Result<SafeguardingRole, AppError> {
    let has_lead = !super::repo::leads(&state.db, group_id).await?.is_empty();
    let acts = if has_lead {
        is_lead(actor, group_id)
    } else {
        actor.can_facilitate(group_id)
    };
    Ok(SafeguardingRole { has_lead, acts })
}

/// The queue's filter as it travels in query strings and hidden form fields.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FilterParams {
    /// A question key.
    #[serde(default)]
    pub question: Option<String>,
    /// A language code: answers given in it.
    #[serde(default)]
    pub language: Option<String>,
    /// `personal_details`, `profanity`, `spam` or `disclosure`.
    #[serde(default)]
    pub flag: Option<String>,
    /// `pending` (the default), `approved`, `unpublished`, `hidden` or `all`.
    #[serde(default)]
    pub status: Option<String>,
    /// Text the answer contains (case-insensitive).
    #[serde(default)]
    pub q: Option<String>,
    /// `true`: only texts sent more than once (mass submissions).
    #[serde(default)]
    pub duplicates: Option<String>,
    /// Page number, from 1.
    #[serde(default)]
    pub page: Option<u64>,
}

impl FilterParams {
    fn clean(value: Option<&String>) -> Option<String> {
        value
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(|v| v.chars().take(100).collect())
    }

    /// The status shown: one status, or every status (`all`).
    pub fn status(&self) -> Option<Decision> {
        match self.status.as_deref().map(str::trim) {
            Some("all") => None,
            Some(s) => Some(Decision::parse(s).unwrap_or(Decision::Pending)),
            None => Some(Decision::Pending),
        }
    }

    pub fn flag(&self) -> Option<Flag> {
        self.flag.as_deref().and_then(parse_flag)
    }

    pub fn duplicates(&self) -> bool {
        matches!(self.duplicates.as_deref(), Some("true" | "on" | "1"))
    }

    pub fn page(&self) -> u64 {
        self.page.unwrap_or(1).max(1)
    }

    pub fn filter(&self, safeguarding_first: bool) -> QueueFilter {
        QueueFilter {
            question: Self::clean(self.question.as_ref()),
            language: Self::clean(self.language.as_ref()),
            flag: self.flag(),
            status: self.status(),
            search: Self::clean(self.q.as_ref()),
            duplicates: self.duplicates(),
            safeguarding_first,
        }
    }

    /// The filter as a query string (without `?`), without the page.
    pub fn query(&self) -> String {
        let status = self.status().map_or("all", Decision::as_str);
        let mut parts = vec![format!("status={status}")];
        for (name, value) in [
            ("question", Self::clean(self.question.as_ref())),
            ("language", Self::clean(self.language.as_ref())),
            ("flag", self.flag().map(|f| f.as_str().to_owned())),
            ("q", Self::clean(self.q.as_ref())),
            ("duplicates", self.duplicates().then(|| "true".to_owned())),
        ] {
            if let Some(value) = value {
                parts.push(format!("{name}={}", crate::web::percent_encode(&value)));
            }
        }
        parts.join("&")
    }
}

/// The label of a question for an adult reading in `l`'s language.
fn question_label(c: &Consultation, key: &str, l: &Locale) -> String {
    if key == "_gender_description" {
        return l.t("mod-gender-description");
    }
    let Some(q) = c.definition.question(key) else {
        return key.to_owned();
    };
    [l.code(), c.definition.default_language.as_str()]
        .into_iter()
        .filter_map(|lang| q.text.get(lang))
        .find(|t| !t.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| key.to_owned())
}

/// The moderation status in words.
fn decision_label(l: &Locale, d: Decision) -> String {
    l.t(&format!("mod-status-{}", d.as_str()))
}

fn flag_label(l: &Locale, f: Flag) -> String {
    l.t(&format!("mod-flag-{}", f.as_str()))
}
