//! One answer: `GET /manage/c/{slug}/moderation/{id}` shows the whole text, why it was
//! flagged, the quote editor and the safeguarding record; `POST …/approve` approves it with
//! an edited quote, `POST …/safeguarding` records what the lead did, `POST …/refer` puts it
//! in front of the safeguarding lead.
use actix_web::{
    HttpResponse, get,
    http::{StatusCode, header},
    post, web,
};
use askama::Template;
use serde::Deserialize;

use super::{
    decision_label, flag_label, moderated, question_label,
    queue::{QuoteChoice, apply, unquote},
    safeguarding_role,
};
use crate::web::{forms::Errors, no_store_page};
use crate::{
    accounts::{Actor, repo as accounts_repo},
    consultations::Consultation,
    db,
    error::AppError,
    i18n::{Arg, Locale},
    moderation::{
        Decision, SafeguardingState, SafeguardingStatus,
        domain::{self, NOTE_MAX_CHARS, QuoteProblem, Refusal, Subject},
        explain,
        repo::{self, QueueItem},
        safeguarding,
    },
    state::AppState,
};

pub struct ActionView {
    pub status: String,
    pub note: String,
    pub by: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "moderation/answer.html")]
pub struct AnswerPage {
    pub l: Locale,
    pub actor: Actor,
    pub slug: String,
    pub title: String,
    pub id: i32,
    /// "Answer 12"
    pub heading: String,
    pub question: String,
    pub text: String,
    pub lang: String,
    pub age_band: String,
    pub status_label: String,
    pub flags: Vec<(String, String)>,
    /// Why each flag was raised: a pattern file and line, or a rule (never answer text).
    pub reasons: Vec<String>,
    pub quote: Option<String>,
    /// Approving and quoting are two decisions; how many quotes the public sees.
    pub quote_intro: String,
    /// The text in the quote editor (the current quote, the answer, or what was typed).
    pub quote_value: String,
    pub quote_error: Option<String>,
    /// Why this answer cannot be approved now, if it cannot.
    pub quote_refusal: Option<String>,
    pub offered: Vec<(String, String)>,
    pub safeguarding: Option<String>,
    pub can_refer: bool,
    /// This adult reads the record and records what was done: the lead, or while the
    /// group has none, its facilitators and the administrators.
    pub acts: bool,
    pub has_lead: bool,
    pub actions: Vec<ActionView>,
    pub statuses: Vec<(String, String)>,
    pub sg_status_value: String,
    pub sg_note_value: String,
    pub sg_errors: Vec<(String, String)>,
}

impl AnswerPage {
    /// The error summary: the quote's problem, then the safeguarding record's.
    fn errors(&self) -> Errors {
        let mut errors = Errors::at("quote", self.quote_error.as_ref());
        for (anchor, message) in &self.sg_errors {
            errors.link(anchor.as_str(), message.as_str());
        }
        errors
    }
}

async fn load(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    id: i32,
) -> Result<(Consultation, QueueItem), AppError> {
    let c = moderated(state, slug, actor).await?;
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((c, item))
}

/// The page with everything the form does not carry filled in from the database.
async fn page(
    state: &AppState,
    l: Locale,
    actor: Actor,
    c: &Consultation,
    item: QueueItem,
) -> Result<AnswerPage, AppError> {
    let role = safeguarding_role(state, &actor, c.group_id()).await?;
    let actions = if role.acts {
        action_views(state, &l, item.id).await?
    } else {
        Vec::new()
    };
    let refusal = domain::check(
        Subject {
            question_key: &item.question_key,
            flags: &item.flags,
            safeguarding: item.safeguarding,
        },
        Decision::Approved,
        false,
    )
    .err();
    Ok(AnswerPage {
        slug: c.slug().to_owned(),
        title: c.definition.title(l.code()).to_owned(),
        id: item.id,
        heading: l.t_count("mod-answer-n", i64::from(item.id)),
        question: question_label(c, &item.question_key, &l),
        reasons: explain(&item.text, &item.language)
            .into_iter()
            .map(|r| format!("{}: {}", flag_label(&l, r.flag), r.reason))
            .collect(),
        quote_intro: l.t_args(
            "mod-quote-intro",
            &[("max", Arg::Num(c.definition.quotes_per_question() as f64))],
        ),
        quote_value: item.quote.clone().unwrap_or_else(|| item.text.clone()),
        quote: item.quote.clone(),
        quote_error: None,
        quote_refusal: refusal.map(|r| l.t(&format!("mod-refusal-{}", r.as_str()))),
        offered: offered(&l, item.status, refusal.is_none()),
        status_label: decision_label(&l, item.status),
        flags: item
            .flags
            .iter()
            .map(|f| (f.as_str().to_owned(), flag_label(&l, *f)))
            .collect(),
        safeguarding: item
            .safeguarding
            .map(|s| l.t(&format!("mod-sg-{}", s.as_str()))),
        can_refer: item.safeguarding != Some(SafeguardingState::AwaitingReview),
        acts: role.acts,
        has_lead: role.has_lead,
        actions,
        statuses: safeguarding_statuses(&l),
        sg_status_value: String::new(),
        sg_note_value: String::new(),
        sg_errors: Vec::new(),
        text: item.text,
        lang: item.language,
        age_band: item.age_band.unwrap_or_default(),
        actor,
        l,
    })
}

/// The safeguarding actions taken on an answer, for those who act on them.
async fn action_views(state: &AppState, l: &Locale, id: i32) -> Result<Vec<ActionView>, AppError> {
    Ok(repo::actions_for(&state.db, id)
        .await?
        .into_iter()
        .map(|r| ActionView {
            status: l.t(&format!("mod-sg-{}", r.action.status)),
            note: r.action.note,
            by: r.by,
            at: r.action.at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect())
}

/// The decisions offered on an answer's page: all but its current one. Approving for the
/// analysis is offered here too (a flagged answer is approved one by one, after reading),
/// apart from choosing it as a quote, unless a rule refuses it.
fn offered(l: &Locale, status: Decision, approvable: bool) -> Vec<(String, String)> {
    [
        Decision::Approved,
        Decision::Unpublished,
        Decision::Hidden,
        Decision::Pending,
    ]
    .into_iter()
    .filter(|d| *d != status)
    .filter(|d| *d != Decision::Approved || approvable)
    .map(|d| {
        (
            d.as_str().to_owned(),
            l.t(&format!("mod-action-{}", d.as_str())),
        )
    })
    .collect()
}

/// The safeguarding statuses a lead can record.
fn safeguarding_statuses(l: &Locale) -> Vec<(String, String)> {
    SafeguardingStatus::ALL
        .into_iter()
        .map(|s| {
            (
                s.as_str().to_owned(),
                l.t(&format!("mod-sg-{}", s.as_str())),
            )
        })
        .collect()
}

#[get("/manage/c/{slug}/moderation/{id}")]
pub async fn show_answer(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let (c, item) = load(&state, &actor, &slug, id).await?;
    no_store_page(StatusCode::OK, &page(&state, l, actor, &c, item).await?)
}

#[derive(Deserialize)]
pub struct ApproveInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    quote: String,
}

#[post("/manage/c/{slug}/moderation/{id}/approve")]
pub async fn approve_with_text(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<ApproveInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    actor.check_csrf(&form.csrf)?;
    let (c, item) = load(&state, &actor, &slug, id).await?;
    let edited = match domain::edited_quote(&item.text, &form.quote) {
        Ok(text) => text,
        Err(problem) => {
            let key = match problem {
                QuoteProblem::Empty => "mod-quote-empty",
                QuoteProblem::TooLong => "mod-quote-too-long",
            };
            let mut p = page(&state, l, actor, &c, item).await?;
            p.quote_error = Some(p.l.t(key));
            p.quote_value = form.into_inner().quote;
            return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &p);
        }
    };
    let outcome = apply(
        &state,
        &actor,
        &c,
        &[id],
        Decision::Approved,
        false,
        Some(QuoteChoice {
            text: &edited,
            edited: edited != item.text,
        }),
    )
    .await?;
    if let Some((_, refusal)) = outcome.skipped.first() {
        if *refusal == Refusal::Gone {
            return Err(AppError::NotFound);
        }
        let mut p = page(&state, l, actor, &c, item).await?;
        if *refusal == Refusal::OneWord {
            p.quote_error = Some(p.l.t("mod-refusal-one_word"));
        }
        p.quote_value = form.into_inner().quote;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &p);
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!(
                "/manage/c/{}/moderation?done=approved&changed=1&skipped=0",
                c.slug()
            ),
        ))
        .finish())
}

/// Stops using the answer as a public quote; it stays approved for the analysis.
#[post("/manage/c/{slug}/moderation/{id}/unquote")]
pub async fn stop_quoting(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    actor.check_csrf(&form.csrf)?;
    let (c, _) = load(&state, &actor, &slug, id).await?;
    unquote(&state, &actor, &c, id).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/manage/c/{}/moderation/{id}", c.slug()),
        ))
        .finish())
}

#[derive(Deserialize)]
pub struct SafeguardingInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

/// The lead's record: a status and a note saying what was done (without the answer's words).
#[post("/manage/c/{slug}/moderation/{id}/safeguarding")]
pub async fn record_safeguarding(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<SafeguardingInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    actor.check_csrf(&form.csrf)?;
    let (c, item) = load(&state, &actor, &slug, id).await?;
    let role = safeguarding_role(&state, &actor, c.group_id()).await?;
    if !role.acts {
        return Err(AppError::Forbidden);
    }
    if item.safeguarding.is_none() {
        return Err(not_a_safeguarding_matter());
    }
    let form = form.into_inner();
    let status = SafeguardingStatus::parse(&form.status);
    let note = form.note.trim();
    let mut errors = Vec::new();
    if status.is_none() {
        errors.push(("sg-status-0".to_owned(), l.t("mod-sg-status-missing")));
    }
    if note.is_empty() {
        errors.push(("sg-note".to_owned(), l.t("mod-sg-note-missing")));
    } else if note.chars().count() > NOTE_MAX_CHARS {
        errors.push(("sg-note".to_owned(), l.t("mod-sg-note-too-long")));
    }
    let Some(status) = status.filter(|_| errors.is_empty()) else {
        let mut p = page(&state, l, actor, &c, item).await?;
        p.sg_status_value = form.status;
        p.sg_note_value = form.note;
        p.sg_errors = errors;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &p);
    };
    record(&state, &actor, &c, id, status, note, role.has_lead).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/manage/c/{}/moderation/{id}", c.slug()),
        ))
        .finish())
}

/// Records are kept for answers flagged as possible disclosures (or referred to the lead).
pub fn not_a_safeguarding_matter() -> AppError {
    AppError::Conflict(
        "This answer is not flagged for the safeguarding lead: refer it to the lead first.".into(),
    )
}

/// Stores the lead's record and its audit entry (the status, never the note or the text).
/// The entry names who recorded it; `by_lead` false says it was a facilitator or an
/// administrator acting while the group had no lead.
///
/// # Errors
/// A database error.
pub async fn record(
    state: &AppState,
    actor: &Actor,
    c: &Consultation,
    id: i32,
    status: SafeguardingStatus,
    note: &str,
    by_lead: bool,
) -> Result<crate::entities::safeguarding_action::Model, AppError> {
    let txn = db::begin_write(&state.db).await?;
    let action = repo::record_safeguarding(&txn, c.id(), id, actor.id(), status, note).await?;
    accounts_repo::audit(
        &txn,
        Some(actor.id()),
        Some(c.group_id()),
        "safeguarding_action",
        &format!("answer:{id}"),
        &if by_lead {
            format!("status={}", status.as_str())
        } else {
            format!(
                "status={} by={} (no safeguarding lead)",
                status.as_str(),
                if actor.role_in(c.group_id()) == Some(crate::accounts::Role::Facilitator) {
                    "facilitator"
                } else {
                    "administrator"
                }
            )
        },
    )
    .await?;
    txn.commit().await?;
    Ok(action)
}

#[derive(Deserialize)]
pub struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

#[post("/manage/c/{slug}/moderation/{id}/refer")]
pub async fn refer_to_lead(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    actor.check_csrf(&form.csrf)?;
    let (c, item) = load(&state, &actor, &slug, id).await?;
    refer(&state, &actor, &c, &item).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/manage/c/{}/moderation/{id}", c.slug()),
        ))
        .finish())
}

/// Refers an answer to the safeguarding lead, records it, and alerts the lead.
///
/// # Errors
/// A database error.
pub async fn refer(
    state: &AppState,
    actor: &Actor,
    c: &Consultation,
    item: &QueueItem,
) -> Result<(), AppError> {
    let txn = db::begin_write(&state.db).await?;
    let changed = repo::refer(&txn, c.id(), item).await?;
    if changed {
        safeguarding::rearm_alert(&txn, c.id()).await?;
        accounts_repo::audit(
            &txn,
            Some(actor.id()),
            Some(c.group_id()),
            "safeguarding_referral",
            &format!("answer:{}", item.id),
            "",
        )
        .await?;
    }
    txn.commit().await?;
    if changed {
        state.consultation_changed(c.id());
        safeguarding::alert(state, c).await?;
    }
    Ok(())
}
