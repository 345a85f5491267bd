//! The overview's data: sections and questions, lifecycle moves, translation progress and
//! history.
use askama::Template;
use chrono::Utc;

use crate::{
    accounts::Actor,
    consultations::{
        Consultation, Status,
        definition::{Definition, Question, text_in},
        handlers::{
            forms::{Choice, Errors, language_name, status_label},
            frame::{Editing, EditorFrame},
        },
        lifecycle, repo, rules, schedule, translations,
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

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
    /// Moved by the consultation's calendar, not by an adult.
    pub by_schedule: bool,
}

#[derive(Template)]
#[template(path = "consultations/overview.html")]
pub(super) struct OverviewPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    lang: String,
    join_code: String,
    meeting: Option<String>,
    responses: i64,
    /// The calendar was to open it and could not (what stops it: `problems`).
    not_opened: Option<String>,
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
    /// What the import that made this draft did, until a facilitator dismisses it.
    import_report: Option<crate::consultations::import_report::ReportView>,
}

fn kind_choices(l: &Locale) -> Vec<Choice> {
    crate::consultations::definition::QuestionKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), l.t(&format!("cn-kind-{}", k.as_str())), false))
        .collect()
}

pub(super) async fn overview_page(
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
    let problems = open_problems(&c, &l);
    let not_opened = schedule::could_not_open(&state.db, &c, Utc::now())
        .await?
        .map(|due| schedule::could_not_open_text(&l, due));
    let moves = move_buttons(c.status, &l);
    let sections = section_rows(def, &lang, &l);
    let progress = progress_rows(def);
    let history = history_rows(state, &c, &l).await?;
    let import_report = crate::consultations::import_report::load(&state.db, c.id())
        .await?
        .map(|r| crate::consultations::import_report::ReportView::of(&r, &l));
    Ok(OverviewPage {
        import_report,
        kinds: kind_choices(&l),
        join_code: crate::consultations::join_code::display(&c.row.join_code),
        responses: i64::try_from(responses).unwrap_or(i64::MAX),
        can_delete: responses == 0 && !c.status.takes_answers(),
        locked: responses > 0,
        frame: e.frame,
        lang,
        meeting,
        not_opened,
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

/// What stops a draft or closed consultation from opening now.
fn open_problems(c: &Consultation, l: &Locale) -> Vec<String> {
    if matches!(c.status, Status::Draft | Status::Closed) {
        let mut issues = rules::missing_for_open(&c.definition);
        issues.extend(lifecycle::date_problems(
            c.row.opens_at,
            c.row.closes_at,
            Utc::now(),
            true,
        ));
        issues.iter().map(|i| i.message(l)).collect()
    } else {
        Vec::new()
    }
}

/// The lifecycle buttons: one per status the consultation may move to.
fn move_buttons(status: Status, l: &Locale) -> Vec<MoveButton> {
    lifecycle::next_statuses(status)
        .into_iter()
        .map(|to| MoveButton {
            to: to.as_str().to_owned(),
            label: l.t(&format!("cn-move-to-{}", to.as_str())),
            hint: l.t(&format!("cn-move-to-{}-hint", to.as_str())),
            danger: matches!(to, Status::Archived | Status::Closed | Status::Draft),
        })
        .collect()
}

/// The sections with their questions, in `lang`.
fn section_rows(def: &Definition, lang: &str, l: &Locale) -> Vec<SectionRow> {
    let all: Vec<&str> = def.questions().map(|(_, q)| q.key.as_str()).collect();
    def.sections
        .iter()
        .enumerate()
        .map(|(i, s)| SectionRow {
            key: s.key.clone(),
            title: text_in(&s.title, lang).to_owned(),
            first: i == 0,
            last: i + 1 == def.sections.len(),
            questions: s
                .questions
                .iter()
                .map(|q| question_row(q, &all, lang, l))
                .collect(),
        })
        .collect()
}

/// One question of a section; `all` are every question's keys, in order.
fn question_row(q: &Question, all: &[&str], lang: &str, l: &Locale) -> QuestionRow {
    QuestionRow {
        key: q.key.clone(),
        kind_label: l.t(&format!("cn-kind-{}", q.kind.as_str())),
        text: text_in(&q.text, lang).to_owned(),
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
    }
}

/// How far each language's translation is.
fn progress_rows(def: &Definition) -> Vec<ProgressRow> {
    translations::progress(def)
        .into_iter()
        .map(|p| ProgressRow {
            name: language_name(&p.language),
            lang: p.language,
            is_default: p.is_default,
            missing: p.missing,
            stale: p.stale,
        })
        .collect()
}

/// Every move of the consultation, oldest first.
async fn history_rows(
    state: &AppState,
    c: &Consultation,
    l: &Locale,
) -> Result<Vec<HistoryRow>, AppError> {
    Ok(lifecycle::history(&state.db, c.id())
        .await?
        .into_iter()
        .map(|t| HistoryRow {
            from: Status::parse(&t.from_status)
                .map_or(t.from_status.clone(), |s| status_label(l, s)),
            to: Status::parse(&t.to_status).map_or(t.to_status.clone(), |s| status_label(l, s)),
            at: t.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            by_schedule: t.by_schedule,
        })
        .collect())
}

fn operator_name(op: crate::consultations::definition::ConditionOperator) -> &'static str {
    use crate::consultations::definition::ConditionOperator as Op;
    match op {
        Op::Equals => "equals",
        Op::Includes => "includes",
        Op::NotAnswered => "not-answered",
    }
}
