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
    web::lenient::Lenient,
};

/// A young person's response, as documented and as read: each field leniently, so that
/// each field of the wrong type is named (422) rather than the whole body refused.
#[derive(Deserialize, ToSchema)]
pub struct ResponseBody {
    /// Chosen by the client, once per response: a retry with the same id is safe.
    #[serde(default)]
    #[schema(value_type = String, format = Uuid, required = true)]
    submission_id: Lenient<String>,
    /// One of the consultation's languages: the one the young person answered in.
    #[serde(default)]
    #[schema(value_type = String, required = true)]
    language: Lenient<String>,
    /// One of the consultation's age band codes.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    age_band: Lenient<String>,
    /// ISO 3166-1 alpha-2 code, when the consultation asks for the country.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    country: Lenient<String>,
    /// `girl`, `boy`, `self_described` or `prefer_not_to_say`, when the consultation asks.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    gender: Lenient<String>,
    /// Optional words of a young person who describes themselves (with `self_described`).
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    gender_description: Lenient<String>,
    /// True when a parent, guardian or teacher confirmed (required below the consent age).
    #[serde(default)]
    #[schema(value_type = bool, default = false)]
    guardian_confirmed: Lenient<bool>,
    /// The class's or room's code, when the consultation has one.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    access_code: Lenient<String>,
    /// By question key. single_choice, scale, rating: an option code; multiple_choice: a list
    /// of codes; ranking: the codes ranked, best first (the top `max_choices` at most, or
    /// every code); number: a number; short/long text: a string; statements:
    /// `{"votes": {"s1": "agree", "s2": "disagree", "s3": "pass"}, "new_statements": ["…"]}`.
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, AnswerValue>)]
    answers: Lenient<BTreeMap<String, Value>>,
}

impl ResponseBody {
    /// What the channel received, for [`parse_response`], and the fields of the wrong type.
    fn into_input(self, l: &Locale) -> (ResponseInput, Vec<FieldError>) {
        let mut wrong = Vec::new();
        let mut text = |field: Lenient<String>, name: &str| {
            field.take(|| wrong.push(shape_error(l, name, "p-err-shape-string")))
        };
        let input = ResponseInput {
            submission_id: text(self.submission_id, "submission_id"),
            language: text(self.language, "language"),
            age_band: text(self.age_band, "age_band"),
            country: text(self.country, "country"),
            gender: text(self.gender, "gender"),
            gender_description: text(self.gender_description, "gender_description"),
            access_code: text(self.access_code, "access_code"),
            guardian_confirmed: self
                .guardian_confirmed
                .take(|| wrong.push(shape_error(l, "guardian_confirmed", "p-err-shape-bool")))
                .unwrap_or(false),
            answers: self
                .answers
                .take(|| wrong.push(shape_error(l, "answers", "p-err-shape-answers")))
                .unwrap_or_default()
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, answer_value(v)))
                .collect(),
        };
        (input, wrong)
    }
}

fn shape_error(l: &Locale, field: &str, message: &str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message: l.t(message),
    }
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
    // An array would be read field by field in order: only an object is a response.
    let body = match json {
        Value::Object(_) => ResponseBody::deserialize(json)
            .map_err(|e| AppError::BadRequest(format!("The JSON body is malformed: {e}")))?,
        _ => {
            return Err(AppError::BadRequest(
                "The body must be a JSON object.".into(),
            ));
        }
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

    let (input, mut shape_errors) = body.into_input(&l);
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
    match crate::participation::submit(&state, &**responses, &c, &parsed).await {
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
        // Statements: `{"votes": {code: "agree"|"disagree"|"pass"}, "new_statements": [..]}`.
        object @ Value::Object(_) => serde_json::from_value(object).ok().map(AnswerValue::Votes),
        _ => None,
    }
}
