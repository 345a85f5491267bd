//! `POST /c/{slug}`: every step of the journey (access code, age band, adult's
//! confirmation, about you, each section, check your answers), moving forwards, backwards,
//! to a change, or into another language, with the state carried in the form; and
//! `POST /c/{slug}/submit`: the response checked again, stored, and the receipt shown.
use actix_web::{
    HttpRequest, HttpResponse,
    http::{StatusCode, header},
    post, web,
};
use askama::Template;
use chrono::Utc;

use super::{
    Availability, ErrorLink, Frame, availability, choose_language, enabled_languages,
    landing::closed_page, load, page, read_body, results_note,
};
use crate::{
    consultations::{
        Consultation,
        definition::{Phase, text_in},
    },
    error::AppError,
    i18n::{Arg, Locale},
    participation::{
        countries,
        form::FormData,
        journey::{Journey, Screen, UNDER_MIN_AGE, prune, visible_sections},
        response::{GENDER_DESCRIPTION_LIMIT, GENDERS, Problem, parse_response},
        store::{self, Keys, StoreError, Stored},
        view::{CheckedAnswer, QuestionView, RawAnswer, Reader, answer_lines},
    },
    startup::AppState,
};

/// A choice among radios (age bands, genders).
pub struct Radio {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct CountryOption {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

pub struct CheckedSection {
    pub title: String,
    pub answers: Vec<CheckedAnswer>,
}

#[derive(Template)]
#[template(path = "participation/access.html")]
struct AccessPage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    error: Option<String>,
    value: String,
}

#[derive(Template)]
#[template(path = "participation/age.html")]
struct AgePage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    error: Option<String>,
    bands: Vec<Radio>,
}

#[derive(Template)]
#[template(path = "participation/too_young.html")]
struct TooYoungPage {
    l: Locale,
    f: Frame,
    explanation: String,
    published: bool,
}

#[derive(Template)]
#[template(path = "participation/consent.html")]
struct ConsentPage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    error: Option<String>,
    intro: String,
    duration: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "participation/about.html")]
struct AboutPage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    ask_country: bool,
    ask_gender: bool,
    countries: Vec<CountryOption>,
    country_error: Option<String>,
    genders: Vec<Radio>,
    gender_error: Option<String>,
    description: String,
    description_error: Option<String>,
    description_hint: String,
    description_limit: usize,
}

#[derive(Template)]
#[template(path = "participation/section.html")]
struct SectionPage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    heading: String,
    progress: String,
    part: usize,
    parts: usize,
    questions: Vec<QuestionView>,
}

#[derive(Template)]
#[template(path = "participation/check.html")]
struct CheckPage {
    l: Locale,
    f: Frame,
    errors: Vec<ErrorLink>,
    about: Vec<CheckedAnswer>,
    sections: Vec<CheckedSection>,
    has_text: bool,
}

#[derive(Template)]
#[template(path = "participation/thanks.html")]
struct ThanksPage {
    l: Locale,
    f: Frame,
    receipt: String,
    /// The code spelled out for screen readers: "K 7 P, 4 M X, …".
    receipt_spelled: String,
    repeated: bool,
    /// A text may tell of harm: where to get help comes first.
    help_now: bool,
    closing: String,
    results_note: String,
}

#[derive(Template)]
#[template(path = "participation/conflict.html")]
struct ConflictPage {
    l: Locale,
    f: Frame,
}

#[derive(Template)]
#[template(path = "participation/start_again.html")]
struct StartAgainPage {
    l: Locale,
    f: Frame,
}

/// The phase a response is taken in now.
pub fn phase_of(c: &Consultation) -> Phase {
    if c.status == crate::consultations::Status::Live {
        Phase::During
    } else {
        Phase::Before
    }
}

/// The request's form, with the journey it carries (or `None` when its state was changed).
struct Posted {
    c: Consultation,
    keys: Keys,
    form: FormData,
}

async fn read_posted(
    req: &HttpRequest,
    state: &AppState,
    slug: &str,
    payload: web::Payload,
) -> Result<Posted, AppError> {
    state.public_limiter.check(req)?;
    let c = load(state, slug).await?;
    let body = read_body(req, payload, state).await?;
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let keys = Keys::load(&state.db).await?;
    Ok(Posted { c, keys, form })
}

#[post("/c/{slug}")]
async fn continue_journey(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let Posted { c, keys, form } = read_posted(&req, &state, &slug, payload).await?;
    let carried = match (form.get("state"), form.get("sig")) {
        (Some(json), Some(sig)) => Journey::verify(&c, &keys, json, sig),
        _ => None,
    };
    let lang = choose_language(
        &req,
        &c.definition,
        carried
            .as_ref()
            .map(|j| j.lang.as_str())
            .or(form.get("lang")),
    );
    let open = availability(&c, Utc::now());
    if open != Availability::Open {
        return closed_page(&c, &Locale::new(&lang), open, StatusCode::GONE);
    }
    let mut journey = match carried {
        Some(journey) => journey,
        None if form.get("state").is_none() && form.get("action") == Some("start") => {
            let journey = Journey::start(&c, &lang);
            return render(&c, &keys, &journey, None, &[]);
        }
        None => return start_again(&c, &lang),
    };

    if let Some(code) = form.get("lang_switch") {
        let _ = journey.read_screen(&c, &form);
        if enabled_languages(&c.definition).iter().any(|e| e == code) {
            code.clone_into(&mut journey.lang);
        }
        return render(&c, &keys, &journey, Some(&form), &[]);
    }
    match form.get("action").unwrap_or("next") {
        "back" => {
            let _ = journey.read_screen(&c, &form);
            match journey.previous(&c) {
                Some(screen) => journey.go(&c, screen),
                None => {
                    return Ok(HttpResponse::SeeOther()
                        .insert_header((
                            header::LOCATION,
                            format!("/c/{}?lang={}", c.slug(), journey.lang),
                        ))
                        .finish());
                }
            }
        }
        change if change.starts_with("goto:") => {
            if let Some(screen) = Screen::parse(&change["goto:".len()..]) {
                journey.returning = true;
                journey.go(&c, screen);
            }
        }
        _ => {
            let problems = journey.read_screen(&c, &form);
            if !problems.is_empty() {
                return render(&c, &keys, &journey, Some(&form), &problems);
            }
            let next = journey.next(&c);
            journey.go(&c, next);
        }
    }
    render(&c, &keys, &journey, None, &[])
}

#[post("/c/{slug}/submit")]
async fn submit_answers(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let Posted { c, keys, form } = read_posted(&req, &state, &slug, payload).await?;
    let carried = match (form.get("state"), form.get("sig")) {
        (Some(json), Some(sig)) => Journey::verify(&c, &keys, json, sig),
        _ => None,
    };
    let Some(mut journey) = carried else {
        return start_again(&c, &choose_language(&req, &c.definition, None));
    };
    let l = Locale::new(&journey.lang);
    let open = availability(&c, Utc::now());
    if open != Availability::Open {
        return closed_page(&c, &l, open, StatusCode::GONE);
    }
    if journey.gate(&c).is_some() {
        journey.go(&c, Screen::Check);
        return render(&c, &keys, &journey, None, &[]);
    }
    // The definition may have changed since the journey started: answers to questions that
    // are gone or now hidden are dropped; anything else is checked as the API would.
    prune(&c.definition, &mut journey.answers);
    journey.at = Screen::Check;
    let parsed = match parse_response(&c, phase_of(&c), journey.to_input()) {
        Ok(parsed) => parsed,
        Err(problems) => return render(&c, &keys, &journey, None, &problems),
    };
    let frame = || {
        Frame::new(&c, &l, l.t("p-thanks-title"), journey.country.as_deref()).without_languages()
    };
    let (receipt, repeated) = match store::submit(&state.db, &c, &parsed).await {
        Ok(Stored::Created(receipt)) => {
            state.metrics.response_stored();
            tracing::info!(consultation = c.id(), "response stored");
            (receipt, false)
        }
        Ok(Stored::Repeated(receipt)) => (receipt, true),
        Err(StoreError::Conflict) => {
            let mut f = frame();
            f.page_title = l.t("p-conflict-title");
            return page(StatusCode::CONFLICT, &ConflictPage { f, l });
        }
        Err(StoreError::Db(err)) => return Err(err.into()),
    };
    page(
        StatusCode::OK,
        &ThanksPage {
            f: frame(),
            receipt_spelled: spell_out(&receipt.receipt),
            receipt: receipt.receipt,
            repeated,
            help_now: store::mentions_harm(&c, &parsed),
            closing: text_in(&c.definition.texts.closing, &journey.lang).to_owned(),
            results_note: results_note(&c, &journey.lang),
            l,
        },
    )
}

/// The youngest age that can answer: the minimum age, or the youngest band's lower bound
/// when no band starts that low.
fn youngest_age(def: &crate::consultations::Definition) -> u8 {
    def.settings
        .age_bands
        .iter()
        .map(|b| b.min)
        .min()
        .map_or(def.settings.min_age, |m| m.max(def.settings.min_age))
}

/// A code spelled character by character, groups separated by commas.
fn spell_out(code: &str) -> String {
    code.split('-')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page for a journey whose carried state was changed or lost.
fn start_again(c: &Consultation, lang: &str) -> Result<HttpResponse, AppError> {
    let l = Locale::new(lang);
    page(
        StatusCode::BAD_REQUEST,
        &StartAgainPage {
            f: Frame::new(c, &l, l.t("p-start-again-title"), None),
            l,
        },
    )
}

/// Renders the journey's current screen: with the posted values and their problems (422)
/// when `form` is given and problems were found, else from the kept answers.
fn render(
    c: &Consultation,
    keys: &Keys,
    journey: &Journey,
    form: Option<&FormData>,
    problems: &[Problem],
) -> Result<HttpResponse, AppError> {
    let mut journey = journey.clone();
    // A section that no answer shows any more (or a changed link) moves on to the next one.
    if let Screen::Section(i) = journey.at
        && !visible_sections(&c.definition, &journey.answers).any(|v| v == i)
    {
        let next = journey.next(c);
        journey.go(c, next);
    }
    let l = Locale::new(&journey.lang);
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let def = &c.definition;
    let title = |key: &str| {
        if problems.is_empty() {
            l.t(key)
        } else {
            l.t_args("p-error-title", &[("title", Arg::Str(&l.t(key)))])
        }
    };
    let frame = |page_title: String| {
        Frame::new(c, &l, page_title, journey.country.as_deref()).carrying(journey.sign(keys))
    };
    let error_for = |field: &str| {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message(&l))
    };
    let links = |anchor_of: &dyn Fn(&Problem) -> String| {
        problems
            .iter()
            .map(|p| ErrorLink {
                anchor: anchor_of(p),
                message: p.message(&l),
            })
            .collect::<Vec<_>>()
    };
    let posted = |name: &str| {
        form.and_then(|f| f.get(name))
            .unwrap_or_default()
            .to_owned()
    };

    match journey.at {
        Screen::Access => page(
            status,
            &AccessPage {
                f: frame(title("p-access-title")),
                errors: links(&|_| "access_code".into()),
                error: error_for("access_code"),
                value: posted("access_code"),
                l,
            },
        ),
        Screen::Age => {
            let chosen = match form {
                Some(f) => f.get("age_band").map(str::to_owned),
                None => journey.age_band.clone(),
            };
            let mut bands = vec![Radio {
                id: "age-0".into(),
                value: UNDER_MIN_AGE.into(),
                label: l.t_count("p-age-under", i64::from(youngest_age(def))),
                checked: chosen.as_deref() == Some(UNDER_MIN_AGE),
            }];
            for band in &def.settings.age_bands {
                bands.push(Radio {
                    id: format!("age-{}", bands.len()),
                    value: band.code.clone(),
                    label: l.t_args(
                        "p-age-band",
                        &[
                            ("min", Arg::Num(f64::from(band.min))),
                            ("max", Arg::Num(f64::from(band.max))),
                        ],
                    ),
                    checked: chosen.as_deref() == Some(band.code.as_str()),
                });
            }
            page(
                status,
                &AgePage {
                    f: frame(title("p-age-title")),
                    errors: links(&|_| "age-0".into()),
                    error: error_for("age_band"),
                    bands,
                    l,
                },
            )
        }
        Screen::TooYoung => page(
            StatusCode::OK,
            &TooYoungPage {
                f: frame(l.t("p-too-young-title")),
                explanation: l.t_count("p-too-young-text", i64::from(youngest_age(def))),
                published: c.row.published_at.is_some(),
                l,
            },
        ),
        Screen::Consent => page(
            status,
            &ConsentPage {
                f: frame(title("p-consent-title")),
                errors: links(&|_| "guardian".into()),
                error: error_for("guardian"),
                intro: text_in(&def.texts.introduction, &journey.lang).to_owned(),
                duration: l.t_count("p-duration", i64::from(def.settings.duration_minutes)),
                checked: journey.guardian || posted("guardian") == "yes",
                l,
            },
        ),
        Screen::About => {
            let country = match form {
                Some(f) => f.get("country").unwrap_or_default().to_owned(),
                None => journey.country.clone().unwrap_or_default(),
            };
            let gender = match form {
                Some(f) => f.get("gender").unwrap_or_default().to_owned(),
                None => journey.gender.clone().unwrap_or_default(),
            };
            let description = match form {
                Some(f) => f.get("gender_description").unwrap_or_default().to_owned(),
                None => journey.gender_description.clone().unwrap_or_default(),
            };
            page(
                status,
                &AboutPage {
                    f: frame(title("p-about-title")),
                    errors: links(&|p| match p.field.as_str() {
                        "gender" => "gender-0".into(),
                        other => other.into(),
                    }),
                    ask_country: def.settings.ask_country,
                    ask_gender: def.settings.ask_gender,
                    countries: countries::all(&journey.lang)
                        .into_iter()
                        .map(|(code, name)| CountryOption {
                            code,
                            name,
                            selected: code == country,
                        })
                        .collect(),
                    country_error: error_for("country"),
                    genders: GENDERS
                        .iter()
                        .enumerate()
                        .map(|(i, g)| Radio {
                            id: format!("gender-{i}"),
                            value: (*g).to_owned(),
                            label: l.t(&format!("p-gender-{g}")),
                            checked: gender == *g,
                        })
                        .collect(),
                    gender_error: error_for("gender"),
                    description,
                    description_error: error_for("gender_description"),
                    description_hint: l
                        .t_count("p-hint-characters", GENDER_DESCRIPTION_LIMIT as i64),
                    description_limit: GENDER_DESCRIPTION_LIMIT,
                    l,
                },
            )
        }
        Screen::Section(index) => {
            let visible: Vec<usize> = visible_sections(def, &journey.answers).collect();
            let part = visible.iter().position(|v| *v == index).unwrap_or(0) + 1;
            let section = &def.sections[index];
            let same_page: Vec<String> = section.questions.iter().map(|q| q.key.clone()).collect();
            let reader = Reader {
                def,
                l: &l,
                age_band: journey.age_band.as_deref(),
                same_page: &same_page,
            };
            let first = def
                .sections
                .iter()
                .take(index)
                .map(|s| s.questions.len())
                .sum::<usize>();
            let questions: Vec<QuestionView> = section
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| {
                    let on_page = q
                        .condition
                        .as_ref()
                        .is_some_and(|cond| same_page.contains(&cond.question));
                    on_page || def.is_shown(q, &journey.answers)
                })
                .map(|(i, q)| {
                    let raw = match form {
                        Some(f) => RawAnswer::from_form(q, f),
                        None => RawAnswer::from_answer(q, journey.answers.get(&q.key)),
                    };
                    let error = error_for(&format!("answers.{}", q.key));
                    QuestionView::new(&reader, q, first + i, &raw, error)
                })
                .collect();
            let errors = problems
                .iter()
                .filter_map(|p| {
                    let q = questions
                        .iter()
                        .find(|q| Some(q.key.as_str()) == p.question_key())?;
                    Some(ErrorLink {
                        anchor: q.anchor(),
                        message: l.t_args(
                            "p-error-about",
                            &[
                                ("question", Arg::Str(&q.text)),
                                ("message", Arg::Str(&p.message(&l))),
                            ],
                        ),
                    })
                })
                .collect();
            let progress = l.t_args(
                "p-progress",
                &[
                    ("part", Arg::Num(part as f64)),
                    ("parts", Arg::Num(visible.len() as f64)),
                ],
            );
            let heading = text_in(&section.title, &journey.lang).to_owned();
            let page_title = if heading.is_empty() {
                progress.clone()
            } else {
                heading.clone()
            };
            page(
                status,
                &SectionPage {
                    f: frame(if problems.is_empty() {
                        page_title
                    } else {
                        l.t_args("p-error-title", &[("title", Arg::Str(&page_title))])
                    }),
                    errors,
                    heading,
                    progress,
                    part,
                    parts: visible.len(),
                    questions,
                    l,
                },
            )
        }
        Screen::Check => render_check(c, &journey, &l, frame(title("p-check-title")), problems),
    }
}

fn render_check(
    c: &Consultation,
    journey: &Journey,
    l: &Locale,
    f: Frame,
    problems: &[Problem],
) -> Result<HttpResponse, AppError> {
    let def = &c.definition;
    let lang = l.code();
    let error_for = |field: &str| {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message(l))
    };
    let mut about = vec![CheckedAnswer {
        id: "check-age".into(),
        question: l.t("p-check-age"),
        lines: journey
            .age_band
            .as_deref()
            .and_then(|code| def.age_band(code))
            .map(|b| {
                vec![l.t_args(
                    "p-age-band",
                    &[
                        ("min", Arg::Num(f64::from(b.min))),
                        ("max", Arg::Num(f64::from(b.max))),
                    ],
                )]
            })
            .unwrap_or_default(),
        ordered: false,
        change: Screen::Age.code(),
        error: error_for("age_band").or_else(|| error_for("guardian_confirmed")),
    }];
    if def.settings.ask_country {
        about.push(CheckedAnswer {
            id: "check-country".into(),
            question: l.t("p-about-country"),
            lines: journey
                .country
                .as_deref()
                .and_then(|code| countries::name(code, lang))
                .map(|n| vec![n.to_owned()])
                .unwrap_or_default(),
            ordered: false,
            change: Screen::About.code(),
            error: error_for("country"),
        });
    }
    if def.settings.ask_gender {
        let mut lines: Vec<String> = journey
            .gender
            .as_deref()
            .map(|g| vec![l.t(&format!("p-gender-{g}"))])
            .unwrap_or_default();
        lines.extend(journey.gender_description.clone());
        about.push(CheckedAnswer {
            id: "check-gender".into(),
            question: l.t("p-about-gender"),
            lines,
            ordered: false,
            change: Screen::About.code(),
            error: error_for("gender").or_else(|| error_for("gender_description")),
        });
    }
    let mut sections = Vec::new();
    let mut has_text = false;
    let mut position = 0;
    for (index, section) in def.sections.iter().enumerate() {
        let mut answers = Vec::new();
        for q in &section.questions {
            position += 1;
            if !q.kind.takes_answer() || !def.is_shown(q, &journey.answers) {
                continue;
            }
            let answer = journey.answers.get(&q.key);
            has_text |= q.kind.is_text() && answer.is_some();
            answers.push(CheckedAnswer {
                id: format!("check-q{}", position - 1),
                question: q.wording(lang, journey.age_band.as_deref()).to_owned(),
                lines: answer_lines(q, answer, lang),
                ordered: q.kind == crate::consultations::definition::QuestionKind::Ranking,
                change: Screen::Section(index).code(),
                error: error_for(&format!("answers.{}", q.key)),
            });
        }
        if !answers.is_empty() {
            sections.push(CheckedSection {
                title: text_in(&section.title, lang).to_owned(),
                answers,
            });
        }
    }
    let anchor_of = |p: &Problem| match (p.question_key(), p.field.as_str()) {
        (Some(key), _) => def
            .questions()
            .position(|(_, q)| q.key == key)
            .map_or_else(|| "main".to_owned(), |i| format!("check-q{i}")),
        (None, "age_band" | "guardian_confirmed") => "check-age".to_owned(),
        (None, "country") => "check-country".to_owned(),
        (None, "gender" | "gender_description") => "check-gender".to_owned(),
        (None, _) => "main".to_owned(),
    };
    let errors = problems
        .iter()
        .map(|p| ErrorLink {
            anchor: anchor_of(p),
            message: p.message(l),
        })
        .collect();
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page(
        status,
        &CheckPage {
            f,
            errors,
            about,
            sections,
            has_text,
            l: l.clone(),
        },
    )
}
