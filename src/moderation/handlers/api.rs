//! The moderation JSON API: the queue, decisions on one answer or many, the safeguarding
//! lead's records and referrals, and the approved quotes. Facilitators of the consultation's
//! group and administrators only; safeguarding records by the group's safeguarding lead
//! (while the group has none, by its facilitators and the administrators).
use actix_web::{HttpResponse, get, post, put, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    FilterParams, PER_PAGE, answer, moderated,
    queue::{QuoteChoice, apply, unquote},
    safeguarding_role,
};
use crate::{
    accounts::Actor,
    error::{AppError, FieldError},
    i18n::Locale,
    moderation::{
        Decision, Flag, FlagReason, SafeguardingState, SafeguardingStatus,
        domain::{self, NOTE_MAX_CHARS, QuoteProblem, Refusal},
        explain,
        repo::{self, Counts, QueueItem},
    },
    state::AppState,
};

/// A free-text answer in the queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModerationItem {
    pub id: i32,
    pub question_key: String,
    /// The language the young person answered in.
    pub language: String,
    pub age_band: Option<String>,
    /// The text as stored (personal details already replaced by markers).
    pub text: String,
    pub status: Decision,
    pub flags: Vec<Flag>,
    /// Set for possible disclosures (and answers referred to the safeguarding lead).
    pub safeguarding: Option<SafeguardingState>,
    /// The text quoted when approved (possibly a facilitator's redaction).
    pub quote: Option<String>,
}

impl From<QueueItem> for ModerationItem {
    fn from(item: QueueItem) -> Self {
        Self {
            id: item.id,
            question_key: item.question_key,
            language: item.language,
            age_band: item.age_band,
            text: item.text,
            status: item.status,
            flags: item.flags,
            safeguarding: item.safeguarding,
            quote: item.quote,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueuePage {
    pub items: Vec<ModerationItem>,
    /// Answers matching the filter.
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    /// Answers of the consultation in each status, whatever the filter.
    pub counts: Counts,
}

/// The free-text answers of a consultation, 50 per page, filtered. The group's safeguarding
/// lead gets possible disclosures awaiting review first.
#[utoipa::path(
    tag = "moderation",
    params(("slug" = String, Path, description = "The consultation's address"), FilterParams),
    responses(
        (status = 200, body = QueuePage),
        (status = 401, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/moderation")]
pub async fn list_queue(
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    params: web::Query<FilterParams>,
) -> Result<HttpResponse, AppError> {
    let c = moderated(&state, &slug, &actor).await?;
    let filter = params.filter(safeguarding_role(&state, &actor, c.group_id()).await?.acts);
    let page = params.page();
    let (items, total) = repo::queue(&state.db, c.id(), &filter, page, PER_PAGE).await?;
    Ok(HttpResponse::Ok().json(QueuePage {
        items: items.into_iter().map(ModerationItem::from).collect(),
        total,
        page,
        per_page: PER_PAGE,
        counts: repo::counts(&state.db, c.id()).await?,
    }))
}

/// What the safeguarding lead recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct SafeguardingAction {
    pub id: i32,
    pub status: SafeguardingStatus,
    pub note: String,
    /// Who recorded it (display name).
    pub by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ItemDetail {
    #[serde(flatten)]
    pub item: ModerationItem,
    /// Why each flag was raised: a pattern file and line, or a rule (never the text).
    pub reasons: Vec<FlagReason>,
    /// The safeguarding lead's records, oldest first (only for the group's lead; while the
    /// group has none, for its facilitators and the administrators).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safeguarding_actions: Option<Vec<SafeguardingAction>>,
}

async fn detail(
    state: &AppState,
    actor: &Actor,
    group_id: i32,
    item: QueueItem,
) -> Result<ItemDetail, AppError> {
    let actions = if safeguarding_role(state, actor, group_id).await?.acts {
        Some(
            repo::actions_for(&state.db, item.id)
                .await?
                .into_iter()
                .filter_map(|r| {
                    Some(SafeguardingAction {
                        id: r.action.id,
                        status: SafeguardingStatus::parse(&r.action.status)?,
                        note: r.action.note,
                        by: r.by,
                        at: r.action.at,
                    })
                })
                .collect(),
        )
    } else {
        None
    };
    Ok(ItemDetail {
        reasons: explain(&item.text, &item.language),
        item: item.into(),
        safeguarding_actions: actions,
    })
}

/// One free-text answer with the reasons for its flags.
#[utoipa::path(
    tag = "moderation",
    params(
        ("slug" = String, Path, description = "The consultation's address"),
        ("id" = i32, Path, description = "The answer"),
    ),
    responses((status = 200, body = ItemDetail), (status = 401), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/moderation/{id}")]
pub async fn show_item(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let c = moderated(&state, &slug, &actor).await?;
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(detail(&state, &actor, c.group_id(), item).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct DecisionInput {
    pub decision: Decision,
    /// With `approved`: also use the answer as a public quote, with this text (a
    /// facilitator's redaction, at most 100 characters longer than the answer; scrubbed
    /// again). The original stays only as long as raw answers are kept.
    #[serde(default)]
    pub quote: Option<String>,
    /// With `approved`: `true` also uses the answer as a public quote (its own text, unless
    /// `quote` gives one), `false` stops using it as one. Left out, an existing quote stays
    /// and approval alone never makes one: approving counts the answer in the analysis,
    /// quoting is a separate decision, one answer at a time (never more than one word).
    #[serde(default)]
    pub use_as_quote: Option<bool>,
}

fn refusal_error(l: &Locale, refusal: Refusal) -> AppError {
    match refusal {
        Refusal::Gone => AppError::NotFound,
        Refusal::OneWord => AppError::Invalid(vec![FieldError {
            field: "quote".into(),
            message: l.t("mod-refusal-one_word"),
        }]),
        other => AppError::Conflict(l.t(&format!("mod-refusal-{}", other.as_str()))),
    }
}

/// A decision on one answer: approve for the analysis (and, as a separate choice, use it as
/// a public quote, optionally redacted), keep unpublished, hide, or back to pending.
#[utoipa::path(
    tag = "moderation",
    params(
        ("slug" = String, Path, description = "The consultation's address"),
        ("id" = i32, Path, description = "The answer"),
    ),
    request_body = DecisionInput,
    responses(
        (status = 200, body = ModerationItem),
        (status = 409, description = "Not allowed now (e.g. a possible disclosure the safeguarding lead has not reviewed)", body = crate::error::Problem),
        (status = 422, body = crate::error::Problem),
        (status = 401), (status = 403), (status = 404),
    ),
    security(("bearer" = []))
)]
#[put("/api/v1/consultations/{slug}/moderation/{id}")]
pub async fn decide_one(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    body: web::Json<DecisionInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let c = moderated(&state, &slug, &actor).await?;
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body.into_inner();
    let wants_quote = body.quote.is_some() || body.use_as_quote == Some(true);
    if (wants_quote || body.use_as_quote.is_some()) && body.decision != Decision::Approved {
        return Err(AppError::Invalid(vec![FieldError {
            field: "quote".into(),
            message: l.t("mod-quote-only-approved"),
        }]));
    }
    let edited = match (&body.quote, wants_quote) {
        (Some(text), _) => match domain::edited_quote(&item.text, text) {
            Ok(edited) => Some(edited),
            Err(problem) => {
                return Err(AppError::Invalid(vec![FieldError {
                    field: "quote".into(),
                    message: l.t(match problem {
                        QuoteProblem::Empty => "mod-quote-empty",
                        QuoteProblem::TooLong => "mod-quote-too-long",
                    }),
                }]));
            }
        },
        (None, true) => Some(item.text.clone()),
        (None, false) => None,
    };
    let outcome = apply(
        &state,
        &actor,
        &c,
        &[id],
        body.decision,
        false,
        edited.as_deref().map(|text| QuoteChoice {
            text,
            edited: text != item.text,
        }),
    )
    .await?;
    if let Some((_, refusal)) = outcome.skipped.first() {
        return Err(refusal_error(&l, *refusal));
    }
    if body.use_as_quote == Some(false) {
        unquote(&state, &actor, &c, id).await?;
    }
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(ModerationItem::from(item)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct BulkDecisionInput {
    pub decision: Decision,
    /// The answers to decide on. Give either `ids` or `all_matching`.
    #[serde(default)]
    pub ids: Option<Vec<i32>>,
    /// Every answer matching this filter (as the queue's query parameters), e.g.
    /// `{"flag": "profanity", "status": "pending"}` or `{"q": "buy now", "duplicates": "true"}`.
    #[serde(default)]
    pub all_matching: Option<FilterInput>,
}

/// The queue's filter in a request body.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct FilterInput {
    pub question: Option<String>,
    pub language: Option<String>,
    pub flag: Option<String>,
    pub status: Option<String>,
    pub q: Option<String>,
    pub duplicates: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Skipped {
    pub id: i32,
    pub reason: Refusal,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BulkResult {
    pub decision: Decision,
    /// Answers now in the new status.
    pub changed: Vec<i32>,
    /// Answers left as they were, and why (flagged answers are approved one by one; possible
    /// disclosures only after the safeguarding lead's review).
    pub skipped: Vec<Skipped>,
}

/// A decision on many answers at once (e.g. hiding a flood of abusive submissions). Bulk
/// approval skips flagged answers and never makes public quotes.
#[utoipa::path(
    tag = "moderation",
    params(("slug" = String, Path, description = "The consultation's address")),
    request_body = BulkDecisionInput,
    responses((status = 200, body = BulkResult), (status = 422, body = crate::error::Problem), (status = 401), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/moderation/decisions")]
pub async fn decide_many(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<BulkDecisionInput>,
) -> Result<HttpResponse, AppError> {
    let c = moderated(&state, &slug, &actor).await?;
    let body = body.into_inner();
    let ids = match (body.ids, body.all_matching) {
        (Some(ids), None) if ids.len() <= 10_000 => ids,
        (None, Some(f)) => {
            let params = FilterParams {
                question: f.question,
                language: f.language,
                flag: f.flag,
                status: f.status,
                q: f.q,
                duplicates: f.duplicates,
                page: None,
            };
            repo::matching_ids(&state.db, c.id(), &params.filter(false)).await?
        }
        _ => {
            return Err(AppError::Invalid(vec![FieldError {
                field: "ids".into(),
                message: l.t("mod-bulk-ids-or-filter"),
            }]));
        }
    };
    let outcome = apply(&state, &actor, &c, &ids, body.decision, true, None).await?;
    Ok(HttpResponse::Ok().json(BulkResult {
        decision: body.decision,
        changed: outcome.changed,
        skipped: outcome
            .skipped
            .into_iter()
            .map(|(id, reason)| Skipped { id, reason })
            .collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SafeguardingInput {
    pub status: SafeguardingStatus,
    /// What was done, in the lead's words (not the young person's), at most 2000 characters.
    pub note: String,
}

/// The safeguarding lead records what was done about a possible disclosure (the group's
/// safeguarding lead only; while the group has none, its facilitators and the
/// administrators). The audit log gets the status and who recorded it, never the note or
/// the text.
#[utoipa::path(
    tag = "moderation",
    params(
        ("slug" = String, Path, description = "The consultation's address"),
        ("id" = i32, Path, description = "The answer"),
    ),
    request_body = SafeguardingInput,
    responses(
        (status = 201, body = SafeguardingAction),
        (status = 409, description = "The answer is not flagged for the safeguarding lead", body = crate::error::Problem),
        (status = 422, body = crate::error::Problem),
        (status = 401), (status = 403), (status = 404),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/moderation/{id}/safeguarding")]
pub async fn record_safeguarding(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    body: web::Json<SafeguardingInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let c = moderated(&state, &slug, &actor).await?;
    let role = safeguarding_role(&state, &actor, c.group_id()).await?;
    if !role.acts {
        return Err(AppError::Forbidden);
    }
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if item.safeguarding.is_none() {
        return Err(answer::not_a_safeguarding_matter());
    }
    let body = body.into_inner();
    let note = body.note.trim();
    if note.is_empty() || note.chars().count() > NOTE_MAX_CHARS {
        return Err(AppError::Invalid(vec![FieldError {
            field: "note".into(),
            message: l.t(if note.is_empty() {
                "mod-sg-note-missing"
            } else {
                "mod-sg-note-too-long"
            }),
        }]));
    }
    let action = answer::record(&state, &actor, &c, id, body.status, note, role.has_lead).await?;
    Ok(HttpResponse::Created().json(SafeguardingAction {
        id: action.id,
        status: body.status,
        note: action.note,
        by: actor.account.display_name.clone(),
        at: action.at,
    }))
}

/// Puts an answer in front of the safeguarding lead (adds the disclosure flag, opens the
/// review again, takes back an approval) and alerts the lead.
#[utoipa::path(
    tag = "moderation",
    params(
        ("slug" = String, Path, description = "The consultation's address"),
        ("id" = i32, Path, description = "The answer"),
    ),
    responses((status = 200, body = ModerationItem), (status = 401), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/moderation/{id}/refer")]
pub async fn refer_to_lead(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let c = moderated(&state, &slug, &actor).await?;
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    answer::refer(&state, &actor, &c, &item).await?;
    let item = repo::find_item(&state.db, c.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(ModerationItem::from(item)))
}

/// An approved quote: the question, the language and the age band, nothing more.
#[derive(Debug, Serialize, ToSchema)]
pub struct Quote {
    pub question_key: String,
    pub language: String,
    pub age_band: Option<String>,
    pub text: String,
}

/// The approved quotes of a consultation (they stay when raw answers are deleted).
#[utoipa::path(
    tag = "moderation",
    params(("slug" = String, Path, description = "The consultation's address")),
    responses((status = 200, body = Vec<Quote>), (status = 401), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/moderation/quotes")]
pub async fn list_quotes(
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = moderated(&state, &slug, &actor).await?;
    let quotes: Vec<Quote> = repo::quotes(&state.db, c.id())
        .await?
        .into_iter()
        .map(|q| Quote {
            question_key: q.question_key,
            language: q.language,
            age_band: q.age_band,
            text: q.text,
        })
        .collect();
    Ok(HttpResponse::Ok().json(quotes))
}
