//! The consultation editor's pages: overview (sections and questions with keyboard
//! reordering, lifecycle buttons, what stops opening), details, texts, settings, sections,
//! duplicate, export and re-import, delete. Every form carries the version it was made on.
use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::Utc;
use serde::Deserialize;

use super::forms::{IssueErrors, Posted};
use super::{
    forms::{
        Choice, Errors, Field, FormData, datetime_value, language_choices, language_name,
        parse_datetime, see_other, status_label, under,
    },
    frame::{Editing, EditorFrame, editing, posted, problem_status, reloaded},
    group::{ConfirmPage, ImportPage, document_errors, parse_phases},
};
use crate::web::no_store_page;
use crate::{
    accounts::Actor,
    consultations::{
        Consultation, Status,
        authoring::{self, EditError, Editable},
        definition::{Helpline, LocalText, Section, text_in},
        lifecycle,
        ops::{self, Direction},
        public::ConsultationDocument,
        repo,
        rules::{self, Issue},
        translations,
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// Runs an edit from a page. `Ok(Ok(c))` saved; `Ok(Err(problem))` for the page to show.
pub enum PageProblem {
    Stale,
    Issues(Vec<Issue>),
}

/// Saves a change made on a page, sorting what the page must show.
///
/// # Errors
/// Not found, forbidden, database errors.
pub async fn save<F>(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    c: &Consultation,
    version: i32,
    action: &str,
    change: F,
) -> Result<Result<Consultation, PageProblem>, AppError>
where
    F: FnOnce(&mut Editable, &Consultation) -> Result<(), Vec<Issue>>,
{
    match authoring::edit(&state.db, actor, c.id(), version, action, change).await {
        Ok(saved) => Ok(Ok(saved)),
        Err(EditError::Stale { .. }) => Ok(Err(PageProblem::Stale)),
        Err(EditError::Invalid(issues) | EditError::Locked(issues)) => {
            Ok(Err(PageProblem::Issues(issues)))
        }
        Err(other) => Err(other.into_app_error(l)),
    }
}

pub fn saved_location(slug: &str, anchor: &str) -> String {
    if anchor.is_empty() {
        format!("/manage/c/{slug}?saved=1")
    } else {
        format!("/manage/c/{slug}?saved=1#{anchor}")
    }
}

// ----- overview -----

pub struct QuestionRow {
    pub key: String,
    pub kind_label: String,
    pub text: String,
    pub required: bool,
    pub condition: Option<String>,
    pub first: bool,
    pub last: bool,
}

pub struct SectionRow {
    pub key: String,
    pub title: String,
    pub first: bool,
    pub last: bool,
    pub questions: Vec<QuestionRow>,
}

pub struct MoveButton {
    pub to: String,
    pub label: String,
    pub hint: String,
    pub danger: bool,
}

pub struct ProgressRow {
    pub lang: String,
    pub name: String,
    pub is_default: bool,
    pub missing: usize,
    pub stale: usize,
}

pub struct HistoryRow {
    pub from: String,
    pub to: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "consultations/overview.html")]
struct OverviewPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    lang: String,
    join_code: String,
    meeting: Option<String>,
    responses: i64,
    problems: Vec<String>,
    moves: Vec<MoveButton>,
    sections: Vec<SectionRow>,
    kinds: Vec<Choice>,
    progress: Vec<ProgressRow>,
    history: Vec<HistoryRow>,
    errors: Errors,
    saved: bool,
    can_delete: bool,
    locked: bool,
}

fn kind_choices(l: &Locale) -> Vec<Choice> {
    crate::consultations::definition::QuestionKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), l.t(&format!("cn-kind-{}", k.as_str())), false))
        .collect()
}

async fn overview_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    e: Editing,
    errors: Errors,
    saved: bool,
) -> Result<OverviewPage, AppError> {
    let c = e.c;
    let def = &c.definition;
    let lang = def.default_language.clone();
    let responses = repo::count_responses(&state.db, c.id()).await?;
    let meeting = match c.row.meeting_id {
        Some(id) => repo::meeting_by_id(&state.db, id).await?.map(|m| m.title),
        None => None,
    };
    let problems = if matches!(c.status, Status::Draft | Status::Closed) {
        let mut issues = rules::missing_for_open(def);
        issues.extend(lifecycle::date_problems(
            c.row.opens_at,
            c.row.closes_at,
            Utc::now(),
            true,
        ));
        issues.iter().map(|i| i.message(&l)).collect()
    } else {
        Vec::new()
    };
    let moves = lifecycle::next_statuses(c.status)
        .into_iter()
        .map(|to| MoveButton {
            to: to.as_str().to_owned(),
            label: l.t(&format!("cn-move-to-{}", to.as_str())),
            hint: l.t(&format!("cn-move-to-{}-hint", to.as_str())),
            danger: matches!(to, Status::Archived | Status::Closed | Status::Draft),
        })
        .collect();
    let all: Vec<&str> = def.questions().map(|(_, q)| q.key.as_str()).collect();
    let sections = def
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| SectionRow {
            key: s.key.clone(),
            title: text_in(&s.title, &lang).to_owned(),
            first: i == 0,
            last: i + 1 == def.sections.len(),
            questions: s
                .questions
                .iter()
                .map(|q| QuestionRow {
                    key: q.key.clone(),
                    kind_label: l.t(&format!("cn-kind-{}", q.kind.as_str())),
                    text: text_in(&q.text, &lang).to_owned(),
                    required: q.required,
                    condition: q.condition.as_ref().map(|cond| {
                        l.t_args(
                            &format!("cn-condition-summary-{}", operator_name(cond.operator)),
                            &[
                                ("question", crate::i18n::Arg::Str(&cond.question)),
                                (
                                    "value",
                                    crate::i18n::Arg::Str(cond.value.as_deref().unwrap_or("")),
                                ),
                            ],
                        )
                    }),
                    first: all.first() == Some(&q.key.as_str()),
                    last: all.last() == Some(&q.key.as_str()),
                })
                .collect(),
        })
        .collect();
    let progress = translations::progress(def)
        .into_iter()
        .map(|p| ProgressRow {
            name: language_name(&p.language),
            lang: p.language,
            is_default: p.is_default,
            missing: p.missing,
            stale: p.stale,
        })
        .collect();
    let history = lifecycle::history(&state.db, c.id())
        .await?
        .into_iter()
        .map(|t| HistoryRow {
            from: Status::parse(&t.from_status)
                .map_or(t.from_status.clone(), |s| status_label(&l, s)),
            to: Status::parse(&t.to_status).map_or(t.to_status.clone(), |s| status_label(&l, s)),
            at: t.at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect();
    Ok(OverviewPage {
        kinds: kind_choices(&l),
        join_code: crate::consultations::join_code::display(&c.row.join_code),
        responses: i64::try_from(responses).unwrap_or(i64::MAX),
        can_delete: responses == 0 && !c.status.takes_answers(),
        locked: responses > 0,
        frame: e.frame,
        lang,
        meeting,
        problems,
        moves,
        sections,
        progress,
        history,
        errors,
        saved,
        l,
        actor,
    })
}

fn operator_name(op: crate::consultations::definition::ConditionOperator) -> &'static str {
    use crate::consultations::definition::ConditionOperator as Op;
    match op {
        Op::Equals => "equals",
        Op::Includes => "includes",
        Op::NotAnswered => "not-answered",
    }
}

#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<String>,
}

/// The editor's home for one consultation.
#[get("/manage/c/{slug}")]
async fn show_overview(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    query: web::Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let page = overview_page(
        &state,
        actor,
        l,
        e,
        Errors::default(),
        query.saved.is_some(),
    )
    .await?;
    no_store_page(StatusCode::OK, &page)
}

/// Loads the consultation for its overview tab, for a facilitator of its group.
pub async fn editing_overview(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    slug: &str,
) -> Result<Editing, AppError> {
    editing(
        state,
        actor,
        l,
        slug,
        "overview",
        &format!("/manage/c/{slug}"),
    )
    .await
}

/// Shows the overview again with what went wrong (a move, a status change, a deletion).
pub async fn overview_with(
    state: &AppState,
    actor: Actor,
    l: Locale,
    slug: &str,
    problem: PageProblem,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(state, &actor, &l, slug).await?;
    let mut errors = Errors::default();
    let status = match problem {
        PageProblem::Stale => {
            errors.push("", l.t("cn-stale-version-overview"));
            StatusCode::CONFLICT
        }
        PageProblem::Issues(issues) => {
            errors.add_issues(&issues, &l, |_| None);
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    let page = overview_page(state, actor, l, e, errors, false).await?;
    no_store_page(status, &page)
}

// ----- moving and deleting sections and questions from the overview -----

/// Saves a change asked for on the overview: back to it (at `anchor`) when saved, or the
/// overview again with what went wrong.
#[allow(clippy::too_many_arguments)]
async fn save_from_overview<F>(
    state: &AppState,
    actor: Actor,
    l: Locale,
    slug: &str,
    form: &FormData,
    action: &str,
    anchor: &str,
    change: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce(&mut Editable, &Consultation) -> Result<(), Vec<Issue>>,
{
    let e = editing_overview(state, &actor, &l, slug).await?;
    match save(state, &actor, &l, &e.c, form.version()?, action, change).await? {
        Ok(c) => Ok(see_other(&saved_location(c.slug(), anchor))),
        Err(problem) => overview_with(state, actor, l, slug, problem).await,
    }
}

/// Asks to confirm a deletion started on the overview, which is where "back" leads.
fn confirm_deletion(
    l: Locale,
    actor: Actor,
    slug: &str,
    version: i32,
    title: String,
    message: String,
    action: String,
) -> Result<HttpResponse, AppError> {
    let page = ConfirmPage {
        title,
        message,
        action,
        back: format!("/manage/c/{slug}"),
        button: l.t("cn-delete"),
        version,
        errors: Errors::default(),
        l,
        actor,
    };
    no_store_page(StatusCode::OK, &page)
}

#[post("/manage/c/{slug}/sections/{key}/move")]
async fn move_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    let dir = Direction::parse(form.get("direction"))
        .ok_or_else(|| AppError::BadRequest("Unknown direction.".into()))?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "section moved",
        &format!("s-{key}"),
        |ed, _| ops::move_section(&mut ed.definition, &key, dir),
    )
    .await
}

#[post("/manage/c/{slug}/questions/{key}/move")]
async fn move_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    let dir = Direction::parse(form.get("direction"))
        .ok_or_else(|| AppError::BadRequest("Unknown direction.".into()))?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "question moved",
        &format!("q-{key}"),
        |ed, _| ops::move_question(&mut ed.definition, &key, dir),
    )
    .await
}

#[get("/manage/c/{slug}/sections/{key}/delete")]
async fn confirm_delete_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let e = editing_overview(&state, &actor, &l, &slug).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .ok_or(AppError::NotFound)?;
    let title = l.t("cn-section-delete-title");
    let message = l.t_args(
        "cn-section-delete-message",
        &[
            ("section", crate::i18n::Arg::Str(&key)),
            (
                "count",
                crate::i18n::Arg::Num(section.questions.len() as f64),
            ),
        ],
    );
    let action = format!("/manage/c/{slug}/sections/{key}/delete");
    confirm_deletion(l, actor, &slug, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/sections/{key}/delete")]
async fn delete_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "section deleted",
        "",
        |ed, _| ops::delete_section(&mut ed.definition, &key),
    )
    .await
}

#[get("/manage/c/{slug}/questions/{key}/delete")]
async fn confirm_delete_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let e = editing_overview(&state, &actor, &l, &slug).await?;
    if e.c.definition.question(&key).is_none() {
        return Err(AppError::NotFound);
    }
    let title = l.t("cn-question-delete-title");
    let message = l.t_args(
        "cn-question-delete-message",
        &[("question", crate::i18n::Arg::Str(&key))],
    );
    let action = format!("/manage/c/{slug}/questions/{key}/delete");
    confirm_deletion(l, actor, &slug, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/questions/{key}/delete")]
async fn delete_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "question deleted",
        "",
        |ed, _| ops::delete_question(&mut ed.definition, &key),
    )
    .await
}

// ----- details -----

#[derive(Template)]
#[template(path = "consultations/details.html")]
struct DetailsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    slug: Field,
    meetings: Vec<Choice>,
    languages: Vec<Choice>,
    default_language: Vec<Choice>,
    phases: Vec<Choice>,
    errors: Errors,
    conflict: bool,
}

async fn details_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> Result<DetailsPage, AppError> {
    let c = &e.c;
    let meetings = repo::meetings_of_group(&state.db, c.group_id()).await?;
    let languages: Vec<String> = form.map_or_else(
        || c.definition.languages.clone(),
        |f| f.all("languages").into_iter().map(str::to_owned).collect(),
    );
    let default = form.map_or_else(
        || c.definition.default_language.clone(),
        |f| f.get("default_language").to_owned(),
    );
    let meeting: Option<i32> = form.map_or(c.row.meeting_id, |f| f.get("meeting").parse().ok());
    let phases = form.map_or_else(
        || c.definition.settings.phases.clone(),
        |f| parse_phases(&f.all("phases")),
    );
    let draft = c.status == Status::Draft;
    Ok(DetailsPage {
        slug: Field::text("slug", l.t("cn-field-slug"))
            .value(form.map_or(c.row.slug.as_str(), |f| f.get("slug")))
            .hint(if draft {
                l.t("cn-field-slug-hint")
            } else {
                l.t("cn-v-slug-locked")
            })
            .readonly(!draft)
            .errors(&errors),
        meetings: std::iter::once(Choice::new("", l.t("cn-no-meeting"), meeting.is_none()))
            .chain(meetings.iter().map(|m| {
                Choice::new(
                    m.id.to_string(),
                    format!("{} ({})", m.title, m.starts_on),
                    meeting == Some(m.id),
                )
            }))
            .collect(),
        languages: language_choices(&languages),
        default_language: language_choices(&[default]),
        phases: [
            crate::consultations::definition::Phase::Before,
            crate::consultations::definition::Phase::During,
        ]
        .into_iter()
        .map(|p| {
            Choice::new(
                p.as_str(),
                l.t(&format!("cn-phase-{}", p.as_str())),
                phases.contains(&p),
            )
        })
        .collect(),
        version: c.row.version,
        frame: e.frame,
        l,
        actor,
        errors,
        conflict: false,
    })
}

#[get("/manage/c/{slug}/details")]
async fn show_details(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/details");
    let e = editing(&state, &actor, &l, &path, "details", &here).await?;
    let page = details_page(&state, actor, l, e, None, Errors::default()).await?;
    no_store_page(StatusCode::OK, &page)
}

#[post("/manage/c/{slug}/details")]
async fn update_details(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/details");
    let (e, form) = posted(&state, &actor, &l, &path, "details", &here, form).await?;
    let version = form.version()?;
    let result = save(&state, &actor, &l, &e.c, version, "details", |ed, c| {
        if c.status == Status::Draft {
            ed.slug = form.get("slug").trim().to_owned();
        }
        ed.meeting_id = form.get("meeting").parse().ok();
        ed.definition.languages = form
            .all("languages")
            .into_iter()
            .map(str::to_owned)
            .collect();
        ed.definition.default_language = form.get("default_language").to_owned();
        ed.definition.settings.phases = parse_phases(&form.all("phases"));
        Ok(())
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        Some(match p {
            "meeting_id" => "meeting".to_owned(),
            "settings.phases" => "phases".to_owned(),
            "slug" | "languages" | "default_language" => p.to_owned(),
            _ => return None,
        })
    })
    .await?;
    let mut page = details_page(&state, actor, l, e, Some(&form), errors).await?;
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// After a failed save: errors by field and, after a conflict, the current consultation
/// (its version goes into the form so saving again is a deliberate choice).
async fn after_problem(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    e: Editing,
    problem: PageProblem,
    field: impl Fn(&str) -> Option<String>,
) -> Result<(Editing, Errors, bool), AppError> {
    let mut errors = Errors::default();
    match problem {
        PageProblem::Stale => Ok((reloaded(state, actor, l, e).await?, errors, true)),
        PageProblem::Issues(issues) => {
            errors.add_issues(&issues, l, field);
            Ok((e, errors, false))
        }
    }
}

// ----- texts -----

pub struct LangFields {
    pub lang: String,
    pub name: String,
    pub is_default: bool,
    pub fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "consultations/texts.html")]
struct TextsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    langs: Vec<LangFields>,
    errors: Errors,
    conflict: bool,
}

const TEXT_NAMES: [&str; 5] = ["title", "introduction", "data_use", "closing", "feedback"];

fn texts_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> TextsPage {
    let def = &e.c.definition;
    let langs = def
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let fields = TEXT_NAMES
                .iter()
                .map(|name| {
                    let stored = match *name {
                        "title" => &def.texts.title,
                        "introduction" => &def.texts.introduction,
                        "data_use" => &def.texts.data_use,
                        "closing" => &def.texts.closing,
                        _ => &def.texts.feedback,
                    };
                    let field_name = format!("{name}.{lang}");
                    let value = form.map_or_else(
                        || text_in(stored, &lang).to_owned(),
                        |f| f.get(&field_name).to_owned(),
                    );
                    let label = l.t(&format!("cn-text-{}", name.replace('_', "-")));
                    let field = if *name == "title" {
                        Field::text(field_name, label)
                    } else {
                        Field::area(field_name, label).rows(5)
                    };
                    field
                        .value(value)
                        .hint(l.t(&format!("cn-text-{}-hint", name.replace('_', "-"))))
                        .lang(&lang)
                        .errors(&errors)
                })
                .collect();
            LangFields {
                name: language_name(&lang),
                is_default: lang == def.default_language,
                lang,
                fields,
            }
        })
        .collect();
    TextsPage {
        version: e.c.row.version,
        frame: e.frame,
        langs,
        errors,
        conflict: false,
        l,
        actor,
    }
}

#[get("/manage/c/{slug}/texts")]
async fn show_texts(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/texts");
    let e = editing(&state, &actor, &l, &path, "texts", &here).await?;
    no_store_page(
        StatusCode::OK,
        &texts_page(actor, l, e, None, Errors::default()),
    )
}

#[post("/manage/c/{slug}/texts")]
async fn update_texts(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/texts");
    let (e, form) = posted(&state, &actor, &l, &path, "texts", &here, form).await?;
    let version = form.version()?;
    let result = save(&state, &actor, &l, &e.c, version, "texts", |ed, _| {
        let langs = ed.definition.languages.clone();
        let t = &mut ed.definition.texts;
        for lang in &langs {
            for (name, text) in [
                ("title", &mut t.title),
                ("introduction", &mut t.introduction),
                ("data_use", &mut t.data_use),
                ("closing", &mut t.closing),
                ("feedback", &mut t.feedback),
            ] {
                if let Some(value) = form.opt(&format!("{name}.{lang}")) {
                    text.insert(lang.clone(), value.to_owned());
                }
            }
        }
        Ok(())
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) =
        after_problem(&state, &actor, &l, e, problem, |p| under(p, "texts")).await?;
    let mut page = texts_page(actor, l, e, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

// ----- settings -----

pub struct HelplineRow {
    pub index: usize,
    pub fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "consultations/settings.html")]
struct SettingsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    audience: Vec<Field>,
    dates: Vec<Field>,
    privacy: Vec<Field>,
    notes: Vec<Field>,
    helplines: Vec<HelplineRow>,
    errors: Errors,
    conflict: bool,
}

fn settings_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> SettingsPage {
    let c = &e.c;
    let s = &c.definition.settings;
    let value = |name: &str, stored: String| form.map_or(stored, |f| f.get(name).to_owned());
    let checked = |name: &str, stored: bool| form.map_or(stored, |f| f.has(name));
    let bands = s
        .age_bands
        .iter()
        .map(|b| b.code.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let audience = vec![
        Field::text("age_bands", l.t("cn-settings-age-bands"))
            .hint(l.t("cn-settings-age-bands-hint"))
            .value(value("age_bands", bands)),
        Field::new("number", "min_age", l.t("cn-settings-min-age"))
            .hint(l.t("cn-settings-min-age-hint"))
            .value(value("min_age", s.min_age.to_string())),
        Field::new("number", "consent_age", l.t("cn-settings-consent-age"))
            .hint(l.t("cn-settings-consent-age-hint"))
            .value(value("consent_age", s.consent_age.to_string())),
        Field::new("checkbox", "ask_country", l.t("cn-settings-ask-country"))
            .checked(checked("ask_country", s.ask_country)),
        Field::new("checkbox", "ask_gender", l.t("cn-settings-ask-gender"))
            .hint(l.t("cn-settings-ask-gender-hint"))
            .checked(checked("ask_gender", s.ask_gender)),
        Field::new("number", "duration_minutes", l.t("cn-settings-duration"))
            .value(value("duration_minutes", s.duration_minutes.to_string())),
    ];
    let dates = vec![
        Field::new("datetime-local", "opens_at", l.t("cn-settings-opens-at"))
            .hint(l.t("cn-settings-dates-hint"))
            .value(value("opens_at", datetime_value(c.row.opens_at))),
        Field::new("datetime-local", "closes_at", l.t("cn-settings-closes-at"))
            .hint(l.t("cn-settings-dates-hint"))
            .value(value("closes_at", datetime_value(c.row.closes_at))),
    ];
    let privacy = vec![
        Field::new("number", "threshold", l.t("cn-settings-threshold"))
            .hint(l.t("cn-settings-threshold-hint"))
            .value(value("threshold", s.threshold.to_string())),
        Field::new("number", "retention_days", l.t("cn-settings-retention"))
            .hint(l.t("cn-settings-retention-hint"))
            .value(value("retention_days", s.retention_days.to_string())),
        Field::text("access_code", l.t("cn-settings-access-code"))
            .hint(l.t("cn-settings-access-code-hint"))
            .value(value(
                "access_code",
                s.access_code.clone().unwrap_or_default(),
            )),
    ];
    let notes: Vec<Field> = c
        .definition
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = format!("results_note.{lang}");
            Field::area(
                name.clone(),
                l.t_args(
                    "cn-settings-results-note",
                    &[("language", crate::i18n::Arg::Str(&language_name(&lang)))],
                ),
            )
            .rows(3)
            .value(value(&name, text_in(&s.results_note, &lang).to_owned()))
            .lang(&lang)
        })
        .collect();
    let stored: Vec<(&String, &Helpline)> = s.helplines.iter().collect();
    let rows = form.map_or(stored.len() + 2, |f| {
        f.indices("helplines.")
            .last()
            .map_or(0, |n| n + 1)
            .max(stored.len())
            + 1
    });
    let helplines = (0..rows)
        .map(|i| {
            let at = |field: &str, from: &dyn Fn(&String, &Helpline) -> String| {
                let name = format!("helplines.{i}.{field}");
                let stored_value = stored.get(i).map(|(k, h)| from(k, h)).unwrap_or_default();
                (name.clone(), value(&name, stored_value))
            };
            let (n, v) = at("country", &|k, _| k.clone());
            let country = Field::text(n, l.t("cn-helpline-country"))
                .value(v)
                .class("short");
            let (n, v) = at("name", &|_, h| h.name.clone());
            let name = Field::text(n, l.t("cn-helpline-name")).value(v);
            let (n, v) = at("phone", &|_, h| h.phone.clone());
            let phone = Field::text(n, l.t("cn-helpline-phone"))
                .value(v)
                .class("short");
            let (n, v) = at("url", &|_, h| h.url.clone());
            let url = Field::new("url", n, l.t("cn-helpline-url")).value(v);
            HelplineRow {
                index: i,
                fields: vec![country, name, phone, url]
                    .into_iter()
                    .map(|f| f.errors(&errors))
                    .collect(),
            }
        })
        .collect();
    SettingsPage {
        audience: audience.into_iter().map(|f| f.errors(&errors)).collect(),
        dates: dates.into_iter().map(|f| f.errors(&errors)).collect(),
        privacy: privacy.into_iter().map(|f| f.errors(&errors)).collect(),
        notes: notes.into_iter().map(|f| f.errors(&errors)).collect(),
        helplines,
        version: c.row.version,
        frame: e.frame,
        errors,
        conflict: false,
        l,
        actor,
    }
}

#[get("/manage/c/{slug}/settings")]
async fn show_settings(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/settings");
    let e = editing(&state, &actor, &l, &path, "settings", &here).await?;
    no_store_page(
        StatusCode::OK,
        &settings_page(actor, l, e, None, Errors::default()),
    )
}

/// The settings as typed, or the fields that do not read.
struct SettingsInput {
    settings: crate::consultations::definition::Settings,
    opens_at: Option<chrono::DateTime<Utc>>,
    closes_at: Option<chrono::DateTime<Utc>>,
    /// Country code → form row, to place errors.
    rows: BTreeMap<String, usize>,
}

fn parse_settings(
    form: &FormData,
    current: &crate::consultations::definition::Settings,
    languages: &[String],
) -> Result<SettingsInput, Vec<Issue>> {
    let mut issues = Vec::new();
    let mut s = current.clone();
    match rules::parse_age_bands(form.get("age_bands")) {
        Ok(bands) => s.age_bands = bands,
        Err(issue) => issues.push(issue),
    }
    let mut number = |name: &str| -> Option<u32> {
        let raw = form.get(name).trim();
        let parsed = raw.parse::<u32>().ok();
        if parsed.is_none() {
            issues.push(Issue::new(name, "cn-v-number"));
        }
        parsed
    };
    let min_age = number("min_age");
    let consent_age = number("consent_age");
    let threshold = number("threshold");
    let retention = number("retention_days");
    let duration = number("duration_minutes");
    if let Some(n) = min_age {
        s.min_age = u8::try_from(n).unwrap_or(u8::MAX);
    }
    if let Some(n) = consent_age {
        s.consent_age = u8::try_from(n).unwrap_or(u8::MAX);
    }
    if let Some(n) = threshold {
        s.threshold = n;
    }
    if let Some(n) = retention {
        s.retention_days = n;
    }
    if let Some(n) = duration {
        s.duration_minutes = n;
    }
    s.ask_country = form.has("ask_country");
    s.ask_gender = form.has("ask_gender");
    let code = form.get("access_code").trim();
    s.access_code = (!code.is_empty()).then(|| code.to_owned());
    for lang in languages {
        if let Some(note) = form.opt(&format!("results_note.{lang}")) {
            s.results_note.insert(lang.clone(), note.to_owned());
        }
    }
    let mut dates = [None, None];
    for (i, name) in ["opens_at", "closes_at"].into_iter().enumerate() {
        match parse_datetime(form.get(name)) {
            Ok(at) => dates[i] = at,
            Err(_) => issues.push(Issue::new(name, "cn-v-datetime")),
        }
    }
    let mut helplines = BTreeMap::new();
    let mut rows = BTreeMap::new();
    for i in form.indices("helplines.") {
        let get = |f: &str| form.get(&format!("helplines.{i}.{f}")).trim().to_owned();
        let (country, name, phone, url) = (
            get("country").to_uppercase(),
            get("name"),
            get("phone"),
            get("url"),
        );
        if country.is_empty() && name.is_empty() && phone.is_empty() && url.is_empty() {
            continue;
        }
        if country.is_empty() || !rules::is_valid_country_key(&country) {
            issues.push(Issue::new(format!("helplines.{i}.country"), "cn-v-country"));
            continue;
        }
        if rows.insert(country.clone(), i).is_some() {
            issues.push(
                Issue::new(format!("helplines.{i}.country"), "cn-v-key-duplicate")
                    .arg("key", country),
            );
            continue;
        }
        helplines.insert(country, Helpline { name, phone, url });
    }
    s.helplines = helplines;
    if issues.is_empty() {
        Ok(SettingsInput {
            settings: s,
            opens_at: dates[0],
            closes_at: dates[1],
            rows,
        })
    } else {
        Err(issues)
    }
}

#[post("/manage/c/{slug}/settings")]
async fn update_settings(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/settings");
    let (e, form) = posted(&state, &actor, &l, &path, "settings", &here, form).await?;
    let version = form.version()?;
    let parsed = parse_settings(&form, &e.c.definition.settings, &e.c.definition.languages);
    let (problem, rows) = match parsed {
        Err(issues) => (PageProblem::Issues(issues), BTreeMap::new()),
        Ok(input) => {
            let rows = input.rows.clone();
            let result = save(&state, &actor, &l, &e.c, version, "settings", |ed, _| {
                ed.definition.settings = input.settings;
                ed.opens_at = input.opens_at;
                ed.closes_at = input.closes_at;
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
                Err(problem) => (problem, rows),
            }
        }
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if let Some(rest) = under(p, "settings.helplines") {
            let (country, field) = rest.split_once('.')?;
            let row = rows.get(country)?;
            return Some(format!("helplines.{row}.{field}"));
        }
        if p.starts_with("settings.age_bands") {
            return Some("age_bands".into());
        }
        if let Some(rest) = under(p, "settings") {
            return Some(rest);
        }
        Some(p.to_owned()).filter(|p| !p.contains('.') || p.starts_with("helplines."))
    })
    .await?;
    let mut page = settings_page(actor, l, e, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

// ----- sections -----

#[derive(Template)]
#[template(path = "consultations/section_form.html")]
struct SectionPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    is_new: bool,
    action: String,
    key: Field,
    titles: Vec<Field>,
    errors: Errors,
    conflict: bool,
}

fn section_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    section: Option<&Section>,
    form: Option<&FormData>,
    errors: Errors,
) -> SectionPage {
    let c = &e.c;
    let value = |name: &str, stored: String| form.map_or(stored, |f| f.get(name).to_owned());
    let titles = c
        .definition
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = format!("title.{lang}");
            Field::text(
                name.clone(),
                l.t_args(
                    "cn-section-title-in",
                    &[("language", crate::i18n::Arg::Str(&language_name(&lang)))],
                ),
            )
            .value(value(
                &name,
                section
                    .map(|s| text_in(&s.title, &lang).to_owned())
                    .unwrap_or_default(),
            ))
            .lang(&lang)
            .errors(&errors)
        })
        .collect();
    SectionPage {
        is_new: section.is_none(),
        action: section.map_or_else(
            || format!("/manage/c/{}/sections", c.slug()),
            |s| format!("/manage/c/{}/sections/{}", c.slug(), s.key),
        ),
        key: Field::text("key", l.t("cn-field-key"))
            .hint(l.t("cn-section-key-hint"))
            .value(value(
                "key",
                section.map_or_else(
                    || format!("section{}", c.definition.sections.len() + 1),
                    |s| s.key.clone(),
                ),
            ))
            .errors(&errors),
        titles,
        version: c.row.version,
        frame: e.frame,
        errors,
        conflict: false,
        l,
        actor,
    }
}

fn section_from_form(form: &FormData, languages: &[String]) -> (String, LocalText) {
    let title = languages
        .iter()
        .filter_map(|lang| {
            form.opt(&format!("title.{lang}"))
                .map(|v| (lang.clone(), v.to_owned()))
        })
        .collect();
    (form.get("key").trim().to_owned(), title)
}

#[get("/manage/c/{slug}/new-section")]
async fn show_new_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/new-section");
    let e = editing(&state, &actor, &l, &path, "overview", &here).await?;
    no_store_page(
        StatusCode::OK,
        &section_page(actor, l, e, None, None, Errors::default()),
    )
}

/// Maps issues of the whole definition onto the section form (`sections.N.title.en`).
fn section_field(index: Option<usize>) -> impl Fn(&str) -> Option<String> {
    move |p: &str| {
        let index = index?;
        let rest = under(p, &format!("sections.{index}"))?;
        (!rest.starts_with("questions")).then_some(rest)
    }
}

#[post("/manage/c/{slug}/sections")]
async fn create_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/new-section");
    let (e, form) = posted(&state, &actor, &l, &path, "overview", &here, form).await?;
    let version = form.version()?;
    let (key, title) = section_from_form(&form, &e.c.definition.languages);
    let index = e.c.definition.sections.len();
    let result = save(&state, &actor, &l, &e.c, version, "section", |ed, _| {
        ops::add_section(
            &mut ed.definition,
            Section {
                key: key.clone(),
                title,
                questions: Vec::new(),
            },
            None,
        )
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), &format!("s-{key}")))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if p == "key" {
            return Some("key".into());
        }
        section_field(Some(index))(p)
    })
    .await?;
    let mut page = section_page(actor, l, e, None, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[get("/manage/c/{slug}/sections/{key}")]
async fn show_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{key}");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or(AppError::NotFound)?;
    no_store_page(
        StatusCode::OK,
        &section_page(actor, l, e, Some(&section), None, Errors::default()),
    )
}

#[post("/manage/c/{slug}/sections/{key}")]
async fn update_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{key}");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or(AppError::NotFound)?;
    let index = e.c.definition.section_index(&key);
    let version = form.version()?;
    let (new_key, title) = section_from_form(&form, &e.c.definition.languages);
    let result = save(&state, &actor, &l, &e.c, version, "section", |ed, _| {
        ops::update_section(&mut ed.definition, &key, &new_key, title)
    })
    .await?;
    let problem = match result {
        Ok(c) => {
            return Ok(see_other(&saved_location(
                c.slug(),
                &format!("s-{new_key}"),
            )));
        }
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if p == "key" {
            return Some("key".into());
        }
        section_field(index)(p)
    })
    .await?;
    let mut page = section_page(actor, l, e, Some(&section), Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

// ----- duplicate, export, re-import, delete -----

#[post("/manage/c/{slug}/duplicate")]
async fn duplicate(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let copy = authoring::duplicate(&state.db, &actor, e.c.id(), None)
        .await
        .map_err(|err| err.into_app_error(&l))?;
    Ok(see_other(&saved_location(copy.slug(), "")))
}

/// The whole consultation as one JSON file.
#[get("/manage/c/{slug}/export")]
async fn export(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let body = serde_json::to_string_pretty(&ConsultationDocument::of(&e.c))
        .map_err(|err| AppError::context(err, "Failed to export a consultation"))?;
    Ok(crate::web::no_store(
        HttpResponse::Ok()
            .content_type("application/json; charset=utf-8")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.consulta.json\"", e.c.slug()),
            ))
            .body(body),
    ))
}

fn replace_page(
    actor: Actor,
    l: Locale,
    c: &Consultation,
    form: Option<&FormData>,
    errors: Errors,
) -> ImportPage {
    ImportPage {
        heading: l.t("cn-replace-title"),
        intro: l.t("cn-replace-intro"),
        action: format!("/manage/c/{}/replace", c.slug()),
        back: format!("/manage/c/{}", c.slug()),
        document: Field::area("document", l.t("cn-import-document"))
            .hint(l.t("cn-import-document-hint"))
            .rows(16)
            .value(form.map_or("", |f| f.get("document")))
            .errors(&errors),
        slug: None,
        meetings: Vec::new(),
        version: c.row.version,
        conflict: false,
        here: format!("/manage/c/{}", c.slug()),
        l,
        actor,
        errors,
    }
}

#[get("/manage/c/{slug}/replace")]
async fn show_replace(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/replace");
    let e = editing(&state, &actor, &l, &path, "overview", &here).await?;
    no_store_page(
        StatusCode::OK,
        &replace_page(actor, l, &e.c, None, Errors::default()),
    )
}

/// Re-import: the definition and dates of a pasted document replace the consultation's.
#[post("/manage/c/{slug}/replace")]
async fn replace(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/replace");
    let (e, form) = posted(&state, &actor, &l, &path, "overview", &here, form).await?;
    let version = form.version()?;
    let (issues, conflict) = match super::group::parse_document(form.get("document")) {
        Err(issue) => (vec![issue], false),
        Ok(doc) => {
            let result = save(&state, &actor, &l, &e.c, version, "import", |ed, _| {
                ed.definition = doc.definition;
                ed.opens_at = doc.opens_at;
                ed.closes_at = doc.closes_at;
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
                Err(PageProblem::Stale) => (Vec::new(), true),
                Err(PageProblem::Issues(issues)) => (issues, false),
            }
        }
    };
    let c = if conflict {
        reloaded(&state, &actor, &l, e).await?.c
    } else {
        e.c
    };
    let mut page = replace_page(
        actor,
        l.clone(),
        &c,
        Some(&form),
        document_errors(&issues, &l),
    );
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[get("/manage/c/{slug}/delete")]
async fn confirm_delete(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let title = l.t("cn-consultation-delete-title");
    let message = l.t_args(
        "cn-consultation-delete-message",
        &[("title", crate::i18n::Arg::Str(&e.frame.title))],
    );
    let action = format!("/manage/c/{path}/delete");
    confirm_deletion(l, actor, &path, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/delete")]
async fn delete_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let e = editing_overview(&state, &actor, &l, &path).await?;
    match authoring::delete(&state.db, &actor, e.c.id()).await {
        Ok(()) => Ok(see_other(&format!("/groups/{}", e.frame.group_slug))),
        Err(EditError::Locked(issues)) => {
            overview_with(&state, actor, l, &path, PageProblem::Issues(issues)).await
        }
        Err(other) => Err(other.into_app_error(&l)),
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_overview)
            .service(move_section)
            .service(move_question)
            .service(show_new_section)
            .service(create_section)
            .service(confirm_delete_section)
            .service(delete_section)
            .service(show_section)
            .service(update_section)
            .service(confirm_delete_question)
            .service(delete_question)
            .service(show_details)
            .service(update_details)
            .service(show_texts)
            .service(update_texts)
            .service(show_settings)
            .service(update_settings)
            .service(duplicate)
            .service(export)
            .service(show_replace)
            .service(replace)
            .service(confirm_delete)
            .service(delete_consultation)
    });
}
