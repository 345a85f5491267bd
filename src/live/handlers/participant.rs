//! Participants: `/live/{code}` shows the current question (or a waiting screen), after
//! choosing a language and an age band once; `/live/{code}/answer` stores one answer.
use actix_web::{
    HttpRequest, HttpResponse, cookie::Cookie, get, http::StatusCode, http::header, post, web,
};
use askama::Template;
use uuid::Uuid;

use super::page;
use crate::consultations::repo::DefinitionCache;
use crate::web::forms::{Errors, FormData};
use crate::{
    consultations::{Consultation, Status, definition::QuestionKind, join_code},
    entities::live_session,
    error::AppError,
    i18n::{self, Locale},
    live::Hub,
    live::{
        domain::{COOKIE, Participant, QuestionState},
        repo::{self, AnswerError},
    },
    moderation::safeguarding::{self, SafeguardingNotice},
    participation::{
        journey::read_answer,
        response::check_answer,
        store::display_receipt,
        view::{QuestionView, RawAnswer, Reader},
    },
    secrets::Keys,
    state::AppState,
};

/// A radio among languages or age bands.
pub struct Pick {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "live/unknown.html")]
struct UnknownPage {
    l: Locale,
    code: String,
}

#[derive(Template)]
#[template(path = "live/setup.html")]
struct SetupPage {
    l: Locale,
    code: String,
    shown_code: String,
    title: String,
    languages: Vec<Pick>,
    bands: Vec<Pick>,
    guardian_hint: String,
    guardian: bool,
    errors: Errors,
    language_error: Option<String>,
    band_error: Option<String>,
    guardian_error: Option<String>,
}

/// What the phone shows.
pub enum Screen {
    /// No question open: look at the screen.
    Waiting,
    /// The open question, to answer.
    Question(Box<QuestionView>),
    /// Answered: the receipt of this answer.
    Answered(String),
    /// Younger than the youngest age that may answer.
    TooYoung,
}

#[derive(Template)]
#[template(path = "live/participant.html")]
struct ParticipantPage {
    l: Locale,
    code: String,
    shown_code: String,
    title: String,
    screen: Screen,
    /// For the script: the state this page shows.
    version: i64,
    current: String,
    open: bool,
    /// Where to get help, for a young person whose answer may tell of harm (shown while
    /// they wait, not over a question).
    safeguarding: Option<SafeguardingNotice>,
}

/// The session of a code, or the friendly page for a wrong or ended code. A participant's
/// requests count against their own limit, a phone joining against its address's room
/// limit (a class joins from one address), and a failed guess against the address's
/// public limit, ten times over.
async fn running(
    state: &AppState,
    req: &HttpRequest,
    code: &str,
) -> Result<Result<Running, HttpResponse>, AppError> {
    let found = repo::running_by_code(&state.db, code).await?;
    let c = match (&found, req.app_data::<web::Data<DefinitionCache>>()) {
        (Some(s), Some(cache)) => {
            crate::consultations::repo::find_by_id_cached(&state.db, s.consultation_id, cache)
                .await?
        }
        (Some(s), None) => {
            crate::consultations::repo::find_by_id(&state.db, s.consultation_id).await?
        }
        (None, _) => None,
    };
    match (found, c) {
        (Some(s), Some(c)) if c.status == Status::Live => {
            let keys = state.keys.get().await?;
            let participant = participant_of(req, keys, s.id);
            match &participant {
                Some(p) => crate::web::limit_participant(req, &p.id.to_string())?,
                None => crate::web::limit_joining(req)?,
            }
            Ok(Ok((s, c, participant)))
        }
        _ => {
            crate::web::limit_public(req)?;
            // A wrong guess costs as much as ten pages: guessing codes is slow.
            for _ in 0..9 {
                if crate::web::limit_public(req).is_err() {
                    break;
                }
            }
            let l = crate::i18n::locale_of(req);
            Ok(Err(page(
                StatusCode::NOT_FOUND,
                &UnknownPage {
                    l,
                    code: code.chars().take(12).collect(),
                },
            )?))
        }
    }
}

/// A running session, its consultation, and the phone's participant when its cookie is
/// signed for that session.
type Running = (live_session::Model, Consultation, Option<Participant>);

fn participant_of(req: &HttpRequest, keys: &Keys, session_id: i32) -> Option<Participant> {
    let cookie = req.cookie(COOKIE)?;
    Participant::open(keys, cookie.value()).filter(|p| p.session_id == session_id)
}

fn enabled_languages(c: &Consultation) -> Vec<String> {
    c.definition
        .languages
        .iter()
        .filter(|code| i18n::is_available(code))
        .cloned()
        .collect()
}

#[get("/live/{code}")]
async fn show_live(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (session, c, participant) = match running(&state, &req, &code).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let keys = state.keys.get().await?;
    match participant {
        None => setup_page(&c, &session, l, None, StatusCode::OK),
        Some(p) => participant_page(&state, keys, &c, &session, &p, None).await,
    }
}

/// The form of the one-time choices, with `typed` (and its problems) after a bad submit.
fn setup_page(
    c: &Consultation,
    session: &live_session::Model,
    l: Locale,
    typed: Option<(&FormData, Vec<(&'static str, String)>)>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let form = typed.as_ref().map(|(f, _)| *f);
    let mut errors = Errors::new();
    for (field, message) in typed.as_ref().map_or(&[][..], |(_, p)| p.as_slice()) {
        errors.add(field, message.clone());
    }
    let problem = |field: &str| errors.get(field).map(str::to_owned);
    let chosen_lang = form
        .and_then(|f| f.opt("lang"))
        .map_or_else(|| l.code().to_owned(), str::to_owned);
    let chosen_band = form.and_then(|f| f.opt("age_band")).unwrap_or_default();
    let languages = enabled_languages(c)
        .into_iter()
        .map(|code| Pick {
            id: format!("lang-{code}"),
            label: Locale::new(&code).native_name(),
            checked: code == chosen_lang,
            value: code,
        })
        .collect();
    let def = &c.definition;
    let bands = band_picks(c, &l, chosen_band);
    page(
        status,
        &SetupPage {
            code: session.join_code.clone(),
            shown_code: join_code::display(&session.join_code),
            title: def.title(l.code()).to_owned(),
            languages,
            bands,
            guardian_hint: l.t_args(
                "live-guardian-hint",
                &[("age", i18n::Arg::Num(f64::from(def.settings.consent_age)))],
            ),
            guardian: form.is_some_and(|f| f.opt("guardian") == Some("yes")),
            language_error: problem("lang"),
            band_error: problem("age_band"),
            guardian_error: problem("guardian"),
            errors,
            l,
        },
    )
}

/// The age bands to choose from: "under N" (the youngest age asked), then every band not
/// too young, `chosen` checked.
fn band_picks(c: &Consultation, l: &Locale, chosen_band: &str) -> Vec<Pick> {
    let def = &c.definition;
    let youngest = def
        .settings
        .age_bands
        .iter()
        .map(|b| b.min)
        .min()
        .unwrap_or(def.settings.min_age)
        .max(def.settings.min_age);
    let mut bands: Vec<Pick> = vec![Pick {
        id: "band-under".into(),
        value: "under".into(),
        label: l.t_args(
            "live-age-under",
            &[("age", i18n::Arg::Num(f64::from(youngest)))],
        ),
        checked: chosen_band == "under",
    }];
    bands.extend(
        def.settings
            .age_bands
            .iter()
            .filter(|b| !def.too_young(b))
            .map(|b| Pick {
                id: format!("band-{}", b.code),
                value: b.code.clone(),
                label: l.t_args(
                    "live-age-band",
                    &[
                        (
                            "min",
                            i18n::Arg::Num(f64::from(b.min.max(def.settings.min_age))),
                        ),
                        ("max", i18n::Arg::Num(f64::from(b.max))),
                    ],
                ),
                checked: chosen_band == b.code,
            }),
    );
    bands
}

#[post("/live/{code}/join")]
async fn join_live(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    code: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (session, c, _) = match running(&state, &req, &code).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let def = &c.definition;
    let lang = form.opt("lang").unwrap_or_default().to_owned();
    let band = form.opt("age_band").unwrap_or_default().trim().to_owned();
    let guardian = form.opt("guardian") == Some("yes");
    let mut problems = Vec::new();
    let enabled = enabled_languages(&c);
    if !enabled.contains(&lang) {
        problems.push(("lang", l.t("live-err-language")));
    }
    let reader = if enabled.contains(&lang) {
        Locale::new(&lang)
    } else {
        l.clone()
    };
    let too_young = band == "under";
    match def.age_band(&band) {
        _ if too_young => {}
        None => problems.push(("age_band", l.t("live-err-age"))),
        Some(b) if def.too_young(b) => {}
        Some(b) if def.needs_guardian(b) && !guardian => {
            problems.push(("guardian", l.t("live-err-guardian")));
        }
        Some(_) => {}
    }
    if !problems.is_empty() {
        return setup_page(
            &c,
            &session,
            l,
            Some((&form, problems)),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let keys = state.keys.get().await?;
    let participant = Participant {
        session_id: session.id,
        id: Uuid::new_v4(),
        lang: reader.code().to_owned(),
        age_band: (!too_young).then_some(band),
        guardian,
    };
    let cookie = Cookie::build(COOKIE, participant.seal(keys))
        .path(format!("/live/{}", session.join_code))
        .http_only(true)
        .secure(state.settings.behind_tls)
        .same_site(actix_web::cookie::SameSite::Lax)
        .finish();
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((
            header::LOCATION,
            format!("/live/{}?lang={}", session.join_code, reader.code()),
        ))
        .finish())
}

/// The participant's screen for the session's current state.
async fn participant_page(
    state: &AppState,
    keys: &Keys,
    c: &Consultation,
    session: &live_session::Model,
    p: &Participant,
    typed: Option<(&FormData, String)>,
) -> Result<HttpResponse, AppError> {
    let l = Locale::new(&p.lang);
    let questions = repo::questions(&state.db, session.id).await?;
    let current = session
        .current_question
        .as_deref()
        .and_then(|k| questions.iter().find(|q| q.question_key == k));
    let open = current.is_some_and(|q| QuestionState::parse(&q.state) == QuestionState::Open);
    let too_young = p.age_band.is_none();
    let mut status = StatusCode::OK;
    let screen = match current {
        _ if too_young => Screen::TooYoung,
        Some(q) if open => {
            let key = q.question_key.clone();
            if typed.is_none() && repo::has_answered(&state.db, c.id(), p, &key).await? {
                let sid = p.submission_id();
                Screen::Answered(display_receipt(&keys.receipt(c.id(), &sid)))
            } else {
                let (position, question) = c
                    .definition
                    .questions()
                    .enumerate()
                    .find(|(_, (_, dq))| dq.key == key)
                    .map(|(i, (_, dq))| (i, dq))
                    .ok_or(AppError::NotFound)?;
                let raw = typed
                    .as_ref()
                    .map(|(f, _)| RawAnswer::from_form(question, f))
                    .unwrap_or_default();
                let error = typed.as_ref().map(|(_, e)| e.clone());
                if error.is_some() {
                    status = StatusCode::UNPROCESSABLE_ENTITY;
                }
                let reader = Reader {
                    def: &c.definition,
                    l: &l,
                    age_band: p.age_band.as_deref(),
                    same_page: &[],
                    // As on the journey's page: which statements a phone sees (when there are
                    // more than the setting) follows its own random submission id.
                    seed: crate::consultations::statements::seed_of(&p.submission_id()),
                    votes: None,
                };
                Screen::Question(Box::new(QuestionView::new(
                    &reader, question, position, &raw, error,
                )))
            }
        }
        _ => Screen::Waiting,
    };
    let safeguarding = match screen {
        Screen::Answered(_) | Screen::Waiting => help_for(state, c, &questions, p).await?,
        Screen::Question(_) | Screen::TooYoung => None,
    };
    page(
        status,
        &ParticipantPage {
            code: session.join_code.clone(),
            shown_code: join_code::display(&session.join_code),
            title: c.definition.title(l.code()).to_owned(),
            version: session.version,
            current: session.current_question.clone().unwrap_or_default(),
            open,
            screen,
            safeguarding,
            l,
        },
    )
}

/// The safeguarding notice (the consultation's default helpline, in the participant's
/// language) when one of this participant's free-text answers in the session may tell of
/// harm, as the thank-you page of the journey shows it.
async fn help_for(
    state: &AppState,
    c: &Consultation,
    questions: &[crate::entities::live_question::Model],
    p: &Participant,
) -> Result<Option<SafeguardingNotice>, AppError> {
    // All of the participant's answers are one response; only text can tell of harm.
    let any_text = questions.iter().any(|q| {
        c.definition
            .question(&q.question_key)
            .is_some_and(|dq| dq.kind.is_text())
    });
    if !any_text {
        return Ok(None);
    }
    let submission_ids = vec![p.submission_id().to_string()];
    if !crate::moderation::repo::any_disclosure_among(&state.db, c.id(), submission_ids).await? {
        return Ok(None);
    }
    let mut notice = safeguarding::notice(&c.definition, None, &p.lang);
    notice.more_help_href = crate::participation::help_href(c, &notice.lang, None);
    Ok(Some(notice))
}

#[derive(Template)]
#[template(path = "live/refused.html")]
struct RefusedPage {
    l: Locale,
    code: String,
}

#[post("/live/{code}/answer")]
async fn answer_live(
    req: HttpRequest,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (session, c, participant) = match running(&state, &req, &code).await? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let back = || {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, format!("/live/{}", session.join_code)))
            .finish()
    };
    let keys = state.keys.get().await?;
    let Some(p) = participant else {
        return Ok(back());
    };
    let l = Locale::new(&p.lang);
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let key = form.opt("question").unwrap_or_default().to_owned();
    let question = c
        .definition
        .question(&key)
        .filter(|q| q.kind.takes_answer())
        .ok_or_else(|| AppError::BadRequest("Unknown question".into()))?;
    if p.age_band.is_none() {
        return Ok(back());
    }
    let value = match read_answer(question, &form).and_then(|v| match v {
        Some(v) => check_answer(question, v),
        None => Ok(None),
    }) {
        Ok(Some(v)) => v,
        Ok(None) => {
            let message = l.t(if question.kind == QuestionKind::Ranking {
                "live-err-ranking"
            } else {
                "live-err-empty"
            });
            return participant_page(&state, keys, &c, &session, &p, Some((&form, message))).await;
        }
        Err(problem) => {
            let message = problem.message(&l);
            return participant_page(&state, keys, &c, &session, &p, Some((&form, message))).await;
        }
    };
    let keeper = repo::LiveAnswer {
        db: &state.db,
        consultation: &c,
        session_id: session.id,
        question_key: &key,
    };
    let response = repo::live_response(&p, &key, value);
    match crate::participation::submit(&state, &keeper, &c, &response).await {
        Ok(_) => {
            // A replay updates the screens too: the instance that stored the first copy may
            // have died before it told the others (its NOTIFY waits a few milliseconds).
            hub.changed(session.id);
            Ok(back())
        }
        Err(AnswerError::AlreadyAnswered) => Ok(back()),
        Err(AnswerError::NotOpen) => page(
            StatusCode::CONFLICT,
            &RefusedPage {
                l,
                code: session.join_code.clone(),
            },
        ),
        Err(AnswerError::Withdrawn) => {
            crate::participation::withdrawn_before_page(l, format!("/j/{}", session.join_code))
        }
        Err(AnswerError::Db(e)) => Err(AppError::context(e, "Failed to store a live answer")),
    }
}

/// The state a participant's page follows, for the script's fallback when the event stream
/// is refused: `{"v": version, "current": key, "open": bool, "running": bool}`.
#[get("/live/{code}/state")]
async fn live_state(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some(session) = repo::running_by_code(&state.db, &code).await? else {
        return Ok(HttpResponse::NotFound()
            .content_type("application/json")
            .body(r#"{"running":false}"#));
    };
    let questions = repo::questions(&state.db, session.id).await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(super::events::participant_state(&session, &questions)))
}
