//! `POST /api/v1/consultations/{slug}/responses`: the same submission as the pages, for other
//! channels, with the same rules and the same idempotency by submission id.
use std::collections::BTreeMap;

use actix_web::{
    HttpRequest, HttpResponse, delete,
    http::{StatusCode, header},
    post, web,
};
use chrono::Utc;
use serde::Deserialize;
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Availability, availability, journey::phase_of, load, read_body};
use crate::{
    consultations::repo::DefinitionCache,
    consultations::{Status, definition::AnswerValue},
    error::{AppError, FieldError, Problem},
    i18n::Locale,
    participation::writer::Writer,
    participation::{
        response::{ResponseInput, parse_response},
        store::{self, Receipt, StoreError},
    },
    state::AppState,
};

/// A young person's response (the documented shape; the handler reads it leniently so that
/// each wrong field is named rather than the whole body refused).
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)] // documents the body; the handler reads the JSON field by field
pub struct ResponseBody {
    /// Chosen by the client, once per response: a retry with the same id is safe.
    submission_id: Uuid,
    /// One of the consultation's languages: the one the young person answered in.
    language: String,
    /// One of the consultation's age band codes.
    age_band: Option<String>,
    /// ISO 3166-1 alpha-2 code, when the consultation asks for the country.
    country: Option<String>,
    /// `girl`, `boy`, `self_described` or `prefer_not_to_say`, when the consultation asks.
    gender: Option<String>,
    /// Optional words of a young person who describes themselves (with `self_described`).
    gender_description: Option<String>,
    /// True when a parent, guardian or teacher confirmed (required below the consent age).
    #[serde(default)]
    guardian_confirmed: bool,
    /// The class's or room's code, when the consultation has one.
    access_code: Option<String>,
    /// By question key. single_choice, scale, rating: an option code; multiple_choice: a list
    /// of codes; ranking: every code, best first; number: a number; short/long text: a string.
    #[serde(default)]
    answers: BTreeMap<String, AnswerValue>,
}

/// Submit a young person's response.
///
/// Answers are checked against the consultation's definition; free text is scrubbed of
/// personal details and waits for moderation. Nothing identifying the client is stored.
#[utoipa::path(
    tag = "participation",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body = ResponseBody,
    responses(
        (status = 201, description = "Stored: keep the receipt to withdraw the answers later", body = Receipt),
        (status = 200, description = "A retry of a stored submission with identical content: the same receipt", body = Receipt),
        (status = 400, description = "The body is not JSON (or not UTF-8)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The consultation is not open yet", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The submission id was already used with other content", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The consultation is closed", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as `Content-Type: application/json`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid answers: `errors` names each", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api/v1/consultations/{slug}/responses")]
async fn submit_response(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    responses: web::Data<Writer>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let c = load(&state, &definitions, &slug).await?;
    if c.status == Status::Draft {
        return Err(AppError::NotFound);
    }
    require_json(&req)?;
    let body = read_body(&req, payload, &state).await?;
    let json: Value = serde_json::from_slice(&body)
        .map_err(|e| AppError::BadRequest(format!("The JSON body is malformed: {e}")))?;
    let Value::Object(mut fields) = json else {
        return Err(AppError::BadRequest(
            "The body must be a JSON object.".into(),
        ));
    };
    match availability(&c, Utc::now()) {
        Availability::Open => {}
        Availability::NotYetOpen { .. } => {
            return Err(AppError::Forbidden);
        }
        Availability::Closed { .. } => {
            return Err(AppError::Gone(
                "This consultation is closed and no longer takes answers.".into(),
            ));
        }
        Availability::MeetingOnly => {
            return Err(AppError::Conflict(
                "This consultation takes answers during the meeting only, through its live session."
                    .into(),
            ));
        }
    }

    let mut shape_errors = Vec::new();
    let mut text = |name: &str| match fields.remove(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(_) => {
            shape_errors.push(FieldError {
                field: name.to_owned(),
                message: l.t("p-err-shape-string"),
            });
            None
        }
    };
    let submission_id = text("submission_id");
    let language = text("language");
    let age_band = text("age_band");
    let country = text("country");
    let gender = text("gender");
    let gender_description = text("gender_description");
    let access_code = text("access_code");
    let guardian_confirmed = match fields.remove("guardian_confirmed") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => b,
        Some(_) => {
            shape_errors.push(FieldError {
                field: "guardian_confirmed".into(),
                message: l.t("p-err-shape-bool"),
            });
            false
        }
    };
    let answers = match fields.remove("answers") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Object(map)) => map
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k, answer_value(v)))
            .collect(),
        Some(_) => {
            shape_errors.push(FieldError {
                field: "answers".into(),
                message: l.t("p-err-shape-answers"),
            });
            Vec::new()
        }
    };
    let input = ResponseInput {
        submission_id,
        language,
        age_band,
        country,
        gender,
        gender_description,
        guardian_confirmed,
        access_code,
        answers,
    };
    let parsed = parse_response(&c, phase_of(&c), input);
    let parsed = match parsed {
        Ok(parsed) if shape_errors.is_empty() => parsed,
        Ok(_) => return Err(AppError::Invalid(shape_errors)),
        Err(problems) => {
            shape_errors.extend(problems.iter().map(|p| FieldError {
                field: p.field.clone(),
                message: p.message(&l),
            }));
            return Err(AppError::Invalid(shape_errors));
        }
    };
    match crate::participation::submit(&state, &responses, &c, &parsed).await {
        Ok(done) if done.created => {
            crate::web::metrics::response_stored(&req);
            Ok(HttpResponse::build(StatusCode::CREATED).json(done.receipt))
        }
        Ok(done) => Ok(HttpResponse::Ok().json(done.receipt)),
        Err(StoreError::Conflict) => Err(AppError::Conflict(
            "This submission_id was already used with different answers. Use a new submission_id for a new response."
                .into(),
        )),
        Err(StoreError::Withdrawn) => Err(withdrawn_again()),
        Err(StoreError::Db(err)) => Err(err.into()),
    }
}

/// Refuses a body not declared as JSON. A page on another site can send `text/plain` or a
/// form without asking the browser's permission first (no CORS preflight); JSON it cannot.
fn require_json(req: &HttpRequest) -> Result<(), AppError> {
    let declared = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    if declared.as_deref() == Some("application/json") {
        Ok(())
    } else {
        Err(AppError::UnsupportedMediaType(
            "Send the response as JSON, with Content-Type: application/json.".into(),
        ))
    }
}

/// Withdraw a response with its receipt code.
///
/// The answers are deleted at once (the counters no longer include them). The submission
/// id is remembered as withdrawn (a keyed hash, no content): sending it again answers 410.
#[utoipa::path(
    tag = "participation",
    params(
        ("slug" = String, Path, description = "The consultation's slug"),
        ("receipt" = String, Path, description = "The receipt code, with or without its dashes"),
    ),
    responses(
        (status = 204, description = "Withdrawn: the answers are deleted"),
        (status = 404, description = "No such consultation, or no response of it has this receipt", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this client", body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/api/v1/consultations/{slug}/responses/{receipt}")]
async fn withdraw_response(
    req: HttpRequest,
    state: web::Data<AppState>,
    definitions: web::Data<DefinitionCache>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let (slug, receipt) = path.into_inner();
    let c = load(&state, &definitions, &slug).await?;
    if c.status == Status::Draft {
        return Err(AppError::NotFound);
    }
    match store::withdraw(&state.db, &receipt, Some(c.id())).await? {
        Some(consultation_id) => {
            tracing::info!(consultation = consultation_id, "response withdrawn");
            Ok(HttpResponse::NoContent().finish())
        }
        None => Err(AppError::NotFound),
    }
}

/// The answer to a submission withdrawn before: its answers are not taken again.
fn withdrawn_again() -> AppError {
    AppError::Gone(
        "This submission was withdrawn with its receipt code, so it is not stored again. \
         To answer again, send a new response with a new submission_id."
            .into(),
    )
}

/// An answer in one of the contract's shapes; `None` for any other JSON.
fn answer_value(value: Value) -> Option<AnswerValue> {
    match value {
        Value::String(s) => Some(AnswerValue::Text(s)),
        Value::Number(n) => n.as_f64().map(AnswerValue::Number),
        Value::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Value::String(s) => Some(s),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(AnswerValue::Codes),
        _ => None,
    }
}
