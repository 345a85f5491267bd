//! The HTTP shell: the gateways' webhooks (`POST /api/v1/sms/{slug}/twilio`,
//! `POST /api/v1/sms/{slug}/rapidpro`) and the facilitators' "Text messages" page
//! (`/manage/c/{slug}/sms`).
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::Utc;
use serde::Deserialize;

use super::{
    gateway,
    inbound::{self, Channel, Inbound},
    repo,
    segments::{Encoding, cost},
};
use crate::{
    accounts::Actor,
    consultations::{
        Consultation,
        handlers::frame::{Editing, EditorFrame, editing, posted},
        repo::DefinitionCache,
    },
    entities::sms_channel,
    error::AppError,
    i18n::Locale,
    participation::{self, writer::Writer},
    state::AppState,
    web::{
        Shell,
        forms::{Errors, Field, FormData, see_other},
        no_store_page,
    },
};

/// The consultation and its channel, for a webhook (404 when text messages are off).
async fn webhook_channel(
    state: &AppState,
    definitions: &DefinitionCache,
    slug: &str,
) -> Result<(Consultation, Channel), AppError> {
    let c = participation::load(state, definitions, slug).await?;
    let row = repo::channel(&state.db, c.id())
        .await?
        .ok_or(AppError::NotFound)?;
    let channel = Channel::open(state, row)?;
    Ok((c, channel))
}

/// The addresses Twilio may have signed: the public address of the instance, and the one
/// the request names (its `Host`; behind a trusted proxy, the forwarded scheme and host).
fn twilio_urls(req: &HttpRequest, state: &AppState) -> Vec<String> {
    let path = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.path().to_owned(), |p| p.as_str().to_owned());
    let mut urls = vec![format!("{}{path}", state.base_url)];
    let trusted_peer = req.peer_addr().is_some_and(|peer| {
        req.app_data::<web::Data<Shell>>()
            .is_some_and(|shell| shell.trusted_proxies.trusts(peer.ip()))
    });
    if trusted_peer {
        let info = req.connection_info();
        urls.push(format!("{}://{}{path}", info.scheme(), info.host()));
    } else if let Some(host) = req
        .headers()
        .get(actix_web::http::header::HOST)
        .and_then(|h| h.to_str().ok())
    {
        let scheme = if state.settings.behind_tls {
            "https"
        } else {
            "http"
        };
        urls.push(format!("{scheme}://{host}{path}"));
    }
    urls.dedup();
    urls
}

/// Twilio's inbound message webhook: form fields `From`, `Body`, `MessageSid`, signed with
/// the account's auth token (`X-Twilio-Signature`); answered with TwiML.
#[utoipa::path(
    tag = "channels",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body(content = String, content_type = "application/x-www-form-urlencoded", description = "Twilio's fields: `From`, `Body`, `MessageSid`, …"),
    responses(
        (status = 200, description = "The reply as TwiML (`<Response/>` when none)", body = String, content_type = "text/xml"),
        (status = 400, description = "The body is not a form", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong `X-Twilio-Signature`", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation, or text messages are off", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api/v1/sms/{slug}/twilio")]
async fn twilio_inbound(
    req: HttpRequest,
    state: web::Data<AppState>,
    writer: web::Data<Writer>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (c, channel) = webhook_channel(&state, &definitions, &slug).await?;
    let token = channel.twilio_token.as_deref().ok_or(AppError::NotFound)?;
    let form = FormData::parse(&body)
        .map_err(|_| AppError::BadRequest("The body is not a valid form.".into()))?;
    let signature = req
        .headers()
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .ok_or(AppError::Forbidden)?;
    if !gateway::twilio_signed(token, &twilio_urls(&req, &state), &form.0, signature) {
        tracing::warn!(
            consultation = c.id(),
            "Twilio webhook with a wrong signature"
        );
        return Err(AppError::Forbidden);
    }
    let msg = Inbound {
        from: form.get("From").to_owned(),
        text: form.get("Body").to_owned(),
        message_id: form.get("MessageSid").to_owned(),
    };
    let reply = inbound::receive(&state, &writer, &c, &channel, msg).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/xml; charset=utf-8")
        .body(gateway::twiml(&reply)))
}

#[derive(Deserialize)]
struct RapidProMessage {
    #[serde(default)]
    from: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    id: serde_json::Value,
}

/// RapidPro's external channel: `from`, `text`, `id` (form or JSON), with
/// `Authorization: Token …`; the reply is posted to the channel's send URL.
#[utoipa::path(
    tag = "channels",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body(content = String, content_type = "application/x-www-form-urlencoded", description = "`from`, `text`, `id` (or the same as a JSON object)"),
    responses(
        (status = 200, description = "Received (and the reply, if any, posted to the send URL)"),
        (status = 400, description = "The body is not a form or JSON object", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation, or RapidPro is not set up for it", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 503, description = "The reply could not be posted to the send URL: retry with the same id", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/api/v1/sms/{slug}/rapidpro")]
async fn rapidpro_inbound(
    req: HttpRequest,
    state: web::Data<AppState>,
    writer: web::Data<Writer>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (c, channel) = webhook_channel(&state, &definitions, &slug).await?;
    let (Some(token), Some(send_url)) = (
        channel.rapidpro_token.as_deref(),
        channel.row.rapidpro_send_url.as_deref(),
    ) else {
        return Err(AppError::NotFound);
    };
    let authorization = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if !gateway::rapidpro_authorized(token, authorization) {
        return Err(AppError::Forbidden);
    }
    let json = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    let malformed = || AppError::BadRequest("The body must be a form or a JSON object.".into());
    let message: RapidProMessage = if json {
        serde_json::from_slice(&body).map_err(|_| malformed())?
    } else {
        let form = FormData::parse(&body).map_err(|_| malformed())?;
        RapidProMessage {
            from: form.get("from").to_owned(),
            text: form.get("text").to_owned(),
            id: serde_json::Value::String(form.get("id").to_owned()),
        }
    };
    let id = match &message.id {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => String::new(),
    };
    let from = message.from.clone();
    let msg = Inbound {
        from: message.from,
        text: message.text,
        message_id: id.clone(),
    };
    let reply = inbound::receive(&state, &writer, &c, &channel, msg).await?;
    if !reply.is_empty()
        && let Err(err) = gateway::rapidpro_send(send_url, token, &from, &reply, &id).await
    {
        tracing::error!(
            consultation = c.id(),
            error = format!("{err:#}"),
            "posting a text reply to RapidPro failed"
        );
        return Err(AppError::Unavailable);
    }
    Ok(HttpResponse::Ok().json(serde_json::json!({ "status": "received" })))
}

/// The cost of one question, per language, for the editor.
pub struct QuestionCost {
    pub key: String,
    /// (language, messages, `GSM-7` or `UCS-2`)
    pub costs: Vec<(String, usize, &'static str)>,
}

#[derive(Template)]
#[template(path = "channels/sms.html")]
struct SmsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    enabled: bool,
    keyword: String,
    twilio_url: String,
    rapidpro_url: String,
    twilio_set: bool,
    rapidpro_set: bool,
    in_progress: u64,
    fields: Vec<Field>,
    errors: Errors,
    languages: Vec<String>,
    costs: Vec<QuestionCost>,
}

/// What each question costs as a text, in each of the consultation's languages.
fn question_costs(c: &Consultation) -> Vec<QuestionCost> {
    let def = &c.definition;
    def.questions()
        .map(|(_, q)| q)
        .filter(|q| q.kind.takes_answer())
        .map(|q| QuestionCost {
            key: q.key.clone(),
            costs: def
                .languages
                .iter()
                .filter_map(|lang| {
                    let l = Locale::new(lang);
                    let prompt = super::conversation::question_prompt(q, lang, None, &l)?;
                    let cost = cost(&prompt);
                    let encoding = match cost.encoding {
                        Encoding::Gsm7 => "GSM-7",
                        Encoding::Ucs2 => "UCS-2",
                    };
                    Some((lang.clone(), cost.segments, encoding))
                })
                .collect(),
        })
        .collect()
}

/// What is stored of a consultation's channel, for its page.
struct Stored {
    row: Option<sms_channel::Model>,
    in_progress: u64,
}

impl Stored {
    async fn of(state: &AppState, c: &Consultation) -> Result<Self, AppError> {
        Ok(Self {
            row: repo::channel(&state.db, c.id()).await?,
            in_progress: repo::conversations_in_progress(&state.db, c.id()).await?,
        })
    }
}

fn sms_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    e: Editing,
    stored: &Stored,
    form: Option<&FormData>,
    errors: Errors,
) -> SmsPage {
    let (c, frame, row, in_progress) = (&e.c, e.frame, stored.row.as_ref(), stored.in_progress);
    let typed = |name: &str, stored: Option<&str>| -> String {
        form.map_or_else(
            || stored.unwrap_or_default().to_owned(),
            |f| f.get(name).to_owned(),
        )
    };
    let keyword = row.map(|r| r.keyword.clone()).unwrap_or_default();
    let fields = vec![
        Field::text("keyword", l.t("sms-keyword"))
            .hint(l.t("sms-keyword-hint"))
            .value(typed("keyword", row.map(|r| r.keyword.as_str())))
            .errors(&errors),
        Field::new("password", "twilio_token", l.t("sms-twilio-token"))
            .hint(l.t("sms-token-hint"))
            .errors(&errors),
        Field::new("url", "rapidpro_send_url", l.t("sms-rapidpro-url"))
            .hint(l.t("sms-rapidpro-url-hint"))
            .value(typed(
                "rapidpro_send_url",
                row.and_then(|r| r.rapidpro_send_url.as_deref()),
            ))
            .errors(&errors),
        Field::new("password", "rapidpro_token", l.t("sms-rapidpro-token"))
            .hint(l.t("sms-token-hint"))
            .errors(&errors),
    ];
    SmsPage {
        enabled: row.is_some(),
        twilio_url: format!("{}/api/v1/sms/{}/twilio", state.base_url, c.slug()),
        rapidpro_url: format!("{}/api/v1/sms/{}/rapidpro", state.base_url, c.slug()),
        twilio_set: row.is_some_and(|r| r.twilio_token.is_some()),
        rapidpro_set: row.is_some_and(|r| r.rapidpro_token.is_some()),
        keyword,
        in_progress,
        fields,
        errors,
        languages: c.definition.languages.clone(),
        costs: question_costs(c),
        actor,
        l,
        frame,
    }
}

#[get("/manage/c/{slug}/sms")]
async fn show_sms(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/sms");
    let e = editing(&state, &actor, &l, &path, "sms", &here).await?;
    let stored = Stored::of(&state, &e.c).await?;
    let page = sms_page(&state, actor, l, e, &stored, None, Errors::default());
    no_store_page(StatusCode::OK, &page)
}

/// Words a keyword may not be: the commands of the conversation.
const RESERVED: [&str; 4] = ["STOP", "HELP", "BACK", "SKIP"];

/// A keyword as kept: upper case letters and digits, 2 to 20.
fn parse_keyword(typed: &str) -> Option<String> {
    let word = typed.trim().to_uppercase();
    let ok = (2..=20).contains(&word.chars().count())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && !RESERVED.contains(&word.as_str());
    ok.then_some(word)
}

#[post("/manage/c/{slug}/sms")]
async fn save_sms(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/sms");
    let (e, form) = posted(&state, &actor, &l, &path, "sms", &here, form).await?;
    let c = e.c.clone();
    let found = Stored::of(&state, &c).await?;
    let stored = found.row.clone();
    let mut errors = Errors::new();
    let keyword = parse_keyword(form.get("keyword"));
    match &keyword {
        None => errors.add("keyword", l.t("sms-err-keyword")),
        Some(k) if repo::keyword_taken(&state.db, k, c.id()).await? => {
            errors.add("keyword", l.t("sms-err-keyword-taken"));
        }
        Some(_) => {}
    }
    let send_url = form.get("rapidpro_send_url").trim().to_owned();
    let url_ok = send_url.is_empty()
        || ((send_url.starts_with("https://") || send_url.starts_with("http://"))
            && reqwest::Url::parse(&send_url).is_ok());
    if !url_ok {
        errors.add("rapidpro_send_url", l.t("sms-err-url"));
    } else if send_url.starts_with("https://") {
        // The app's HTTP client is built without TLS: refuse now rather than fail every reply.
        errors.add("rapidpro_send_url", l.t("sms-err-url-tls"));
    }
    // A blank token keeps the stored one: tokens are never shown back.
    let sealed = |name: &str, kept: Option<&String>| -> Option<String> {
        match form.get(name).trim() {
            "" => kept.cloned(),
            token => Some(state.sealing.seal(token)),
        }
    };
    let twilio_token = sealed(
        "twilio_token",
        stored.as_ref().and_then(|r| r.twilio_token.as_ref()),
    );
    let rapidpro_token = sealed(
        "rapidpro_token",
        stored.as_ref().and_then(|r| r.rapidpro_token.as_ref()),
    );
    if !send_url.is_empty() && rapidpro_token.is_none() {
        errors.add("rapidpro_token", l.t("sms-err-rapidpro-token"));
    }
    let (Some(keyword), true) = (keyword, errors.is_empty()) else {
        let page = sms_page(&state, actor, l, e, &found, Some(&form), errors);
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let number_secret = stored.as_ref().map_or_else(
        || state.sealing.seal(&crate::secrets::new_secret()),
        |r| r.number_secret.clone(),
    );
    repo::save_channel(
        &state.db,
        sms_channel::Model {
            consultation_id: c.id(),
            keyword,
            number_secret,
            twilio_token,
            rapidpro_send_url: Some(send_url).filter(|u| !u.is_empty()),
            rapidpro_token,
            created_at: Utc::now(),
        },
    )
    .await?;
    Ok(see_other(&here))
}

#[post("/manage/c/{slug}/sms/off")]
async fn turn_off_sms(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/sms");
    let (e, _) = posted(&state, &actor, &l, &path, "sms", &here, form).await?;
    repo::delete_channel(&state.db, e.c.id()).await?;
    Ok(see_other(&here))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(twilio_inbound);
    cfg.service(rapidpro_inbound);
    cfg.map(|c| c.service(show_sms).service(save_sms).service(turn_off_sms));
}
