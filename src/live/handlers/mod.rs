//! The HTTP shell of live mode: participants (`/live/{code}`, reached from `/j/{code}`),
//! the projector (`/present/{code}`), the facilitator's pages (`/manage/c/{slug}/live`,
//! `/manage/live/{code}`) and their Server-Sent Event streams.
mod api;
mod control;
mod events;
mod join;
mod participant;
mod presenter;

use std::sync::Arc;

use actix_web::HttpRequest;

use super::snapshot::{QuestionSnapshot, Results, Snapshot, StatementResults, StatementTally};
use crate::web::no_store_page as page;
use crate::{
    accounts::Actor,
    aggregation::{
        charts::{self, ChartText, Direction},
        opinion::MIN_VOTES,
        opinion_page::{self, GroupRow},
        opinion_query,
        suppression::{self, Audience, CountTable},
        text,
    },
    consultations::{
        Consultation,
        definition::{QuestionKind, text_in},
    },
    entities::live_session,
    error::AppError,
    i18n::{Arg, Locale},
    state::AppState,
};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(participant::show_live)
            .service(participant::join_live)
            .service(participant::answer_live)
            .service(participant::live_state)
            .service(events::participant_events)
            .service(events::presenter_events)
            .service(presenter::show_presenter)
            .service(control::show_start)
            .service(control::start_session)
            .service(control::show_control)
            .service(control::control_question)
            .service(control::end_session)
            .service(api::start_live)
            .service(api::show_live_session)
            .service(api::act_on_live_question)
            .service(api::end_live_session)
            .service(join::show_join)
            .service(join::join_by_path)
    });
}

/// The running session of a code and its consultation, for the facilitator's screens: the
/// adult must read the group's results.
async fn session_for_reader(
    state: &AppState,
    actor: &Actor,
    code: &str,
) -> Result<(live_session::Model, Consultation), AppError> {
    let session = super::repo::running_by_code(&state.db, code)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = crate::consultations::repo::find_by_id(&state.db, session.consultation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(c.group_id())?;
    Ok((session, c))
}

/// The running session of a code, for one of its consultation's facilitators.
async fn session_for_facilitator(
    state: &AppState,
    actor: &Actor,
    code: &str,
) -> Result<(live_session::Model, Consultation), AppError> {
    let (session, c) = session_for_reader(state, actor, code).await?;
    actor.require_facilitator(c.group_id())?;
    Ok((session, c))
}

/// The message key of why a session could not start; an unexpected error stays one.
fn start_problem(e: super::repo::StartError) -> Result<&'static str, AppError> {
    use super::repo::StartError;
    match e {
        StartError::NotOpen => Ok("live-start-not-open"),
        StartError::NoLivePhase => Ok("live-start-no-phase"),
        StartError::NoQuestion => Ok("live-start-no-question"),
        StartError::Db(e) => Err(e.into()),
    }
}

/// What identifies a client for the SSE cap: its address (behind a trusted proxy, the one
/// the proxy names), hashed by the hub, never kept.
fn client_of(req: &HttpRequest) -> String {
    crate::web::client::address(req)
        .map(|ip| ip.to_string())
        .unwrap_or_default()
}

/// The link a QR code opens.
fn join_url(state: &AppState, code: &str) -> String {
    format!("{}/j/{code}", state.base_url.trim_end_matches('/'))
}

/// The QR code of a link as inline SVG (dark on white, quiet zone included).
fn qr_svg(url: &str) -> String {
    use qrcode::{EcLevel, QrCode, render::svg};
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map(|code| {
            code.render::<svg::Color<'_>>()
                .min_dimensions(240, 240)
                .dark_color(svg::Color("#000000"))
                .light_color(svg::Color("#ffffff"))
                .build()
        })
        .unwrap_or_default()
        // An SVG inside HTML needs no XML prolog.
        .split_once("?>")
        .map_or_else(String::new, |(_, svg)| svg.trim().to_owned())
}

/// The question's wording in the reader's language.
fn wording(c: &Consultation, key: &str, lang: &str) -> String {
    c.definition
        .question(key)
        .map(|q| {
            let w = q.wording(lang, None);
            if w.is_empty() {
                q.wording(&c.definition.default_language, None).to_owned()
            } else {
                w.to_owned()
            }
        })
        .unwrap_or_default()
}

/// The presenter's view of the current question: count, state and, once revealed and with
/// enough answers, the results (bars, or a word cloud of moderated text).
pub struct CurrentView {
    pub key: String,
    pub text: String,
    pub count: String,
    /// A `statements` question: "N votes"; empty otherwise.
    pub votes: String,
    /// "N people, M answers" in the whole session.
    pub people: String,
    pub state: String,
    pub revealed: bool,
    /// Results hidden because fewer answered than the threshold.
    pub too_few: String,
    /// One bar per option of a choice question: text a room can read from the back.
    pub bars: Vec<PresentBar>,
    /// The word cloud of a text question (an SVG made by `aggregation::charts`), or empty.
    pub chart: String,
    /// Figures as a list: a text question's words (read by screen readers, the cloud shows
    /// them), a number question's average and middle value.
    pub figures: Vec<(String, String)>,
    /// A `statements` question: its most-voted statements, each with its agree, disagree
    /// and pass votes.
    pub statements: Vec<StatementBar>,
    /// A `statements` question: its opinion map and consensus as the public sees them.
    pub opinion: Option<LiveOpinion>,
}

/// One statement on the projector: its text, its votes by kind, and whether the stacked bar
/// is drawn (not when a count is hidden: the bar would show it).
pub struct StatementBar {
    pub label: String,
    pub parts: Vec<VotePart>,
    pub bar: bool,
}

/// Agree, disagree or pass on one statement: "Agree", "12" (or "fewer than N"), and where
/// its part of the bar starts and how long it is, in percent of the statement's votes.
pub struct VotePart {
    pub kind: &'static str,
    pub label: String,
    pub value: String,
    pub start: u8,
    pub length: u8,
}

/// A `statements` question's opinion map on the projector, made by the public results page's
/// code from the session's votes: groups below the consultation's threshold have no region,
/// no size and no statements.
pub struct LiveOpinion {
    /// The map (SVG), once there are groups the public may see.
    pub map: Option<String>,
    pub groups: Vec<GroupRow>,
    /// The statements every group agrees with, best first (the top few), once at least the
    /// threshold of people voted.
    pub consensus: Vec<String>,
    /// Why there is no map yet, or empty.
    pub note: String,
}

/// The most statements the projector lists: what fits a screen a room reads.
const TOP_STATEMENTS: usize = 4;

/// The most consensus statements the projector lists.
const TOP_CONSENSUS: usize = 3;

/// One option on the projector: its label, "count (percent%)" or "fewer than N", and the
/// bar's length in percent of the longest.
pub struct PresentBar {
    pub label: String,
    pub value: String,
    pub length: u8,
}

/// Renders the presenter fragment and the SSE payload of a snapshot for one language,
/// once per snapshot and language.
pub fn payload(s: &Snapshot, l: &Locale) -> String {
    let lang = l.code().to_owned();
    if let Some(done) = s
        .rendered
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&lang)
    {
        return done.clone();
    }
    let current = current_view(s, l);
    let html = presenter::fragment(l, current.as_ref());
    let counts: serde_json::Map<String, serde_json::Value> = s
        .questions
        .iter()
        .map(|q| (q.key.clone(), serde_json::json!(q.answers)))
        .collect();
    let votes: serde_json::Map<String, serde_json::Value> = s
        .questions
        .iter()
        .filter_map(|q| Some((q.key.clone(), serde_json::json!(votes_text(q, l)?))))
        .collect();
    let moderation: serde_json::Map<String, serde_json::Value> = s
        .questions
        .iter()
        .filter_map(|q| Some((q.key.clone(), serde_json::json!(moderation_text(q, l)?))))
        .collect();
    let data = serde_json::json!({
        "v": s.version,
        "running": s.running,
        "current": s.current,
        "count": s.current_question().map_or(0, |q| q.answers),
        "counts": counts,
        "moderation": moderation,
        "votes": votes,
        "html": html,
    })
    .to_string();
    s.rendered
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(lang, data.clone());
    data
}

/// "3 shown, 1 held for review, 2 approved" for a text question.
fn moderation_text(q: &QuestionSnapshot, l: &Locale) -> Option<String> {
    let t = q.text?;
    Some(l.t_args(
        "live-moderation-status",
        &[
            ("shown", Arg::Num(t.shown as f64)),
            ("held", Arg::Num(t.held as f64)),
            ("approved", Arg::Num(t.approved as f64)),
            ("rejected", Arg::Num(t.rejected as f64)),
        ],
    ))
}

/// "37 votes" for a `statements` question.
fn votes_text(q: &QuestionSnapshot, l: &Locale) -> Option<String> {
    let n = q.votes?;
    Some(l.t_count("live-votes-count", i64::try_from(n).unwrap_or(i64::MAX)))
}

fn state_text(q: &QuestionSnapshot, l: &Locale) -> String {
    l.t(&format!("live-state-{}", q.state.as_str()))
}

/// The current question as the projector shows it.
pub fn current_view(s: &Snapshot, l: &Locale) -> Option<CurrentView> {
    let q = s.current_question()?;
    let c: &Arc<Consultation> = &s.consultation;
    let question = c.definition.question(&q.key)?;
    // A revealed question shows once the live threshold of people answered it, every option
    // then; a sensitive one keeps the small-group threshold, per option.
    let per_option = u64::from(c.definition.threshold());
    let live = u64::from(c.definition.live_threshold());
    let threshold = if question.sensitive { per_option } else { live };
    let mut view = heading_view(s, q, l);
    if !q.revealed {
        return Some(view);
    }
    if q.answers < threshold {
        view.too_few = l.t_args("live-too-few", &[("threshold", Arg::Num(threshold as f64))]);
        return Some(view);
    }
    let fewer_than = l.t_args(
        "live-fewer-than",
        &[("threshold", Arg::Num(threshold as f64))],
    );
    match &s.results {
        Some(Results::Options(counts)) => {
            view.bars = option_bars(question, q, counts, per_option, &fewer_than, l);
        }
        Some(Results::Texts(texts)) => {
            let desc = l.t("live-chart-desc");
            let chart_text = ChartText {
                id: &format!("live-{}", q.key),
                title: &view.text,
                desc: &desc,
                direction: Direction::from_dir(l.dir()),
                fewer_than: &fewer_than,
                hidden_marker: "",
            };
            let terms = cloud_terms(texts, live);
            if !terms.is_empty() {
                view.chart = charts::word_cloud(&chart_text, &terms, "");
            }
            view.figures = terms
                .iter()
                .map(|(t, n)| (t.clone(), n.to_string()))
                .collect();
        }
        Some(Results::Numbers(values)) => view.figures = number_figures(values, l),
        Some(Results::Statements(results)) => {
            view.statements =
                statement_bars(question, &results.tallies, per_option, &fewer_than, l);
            view.opinion = Some(live_opinion(c, question, results, l));
        }
        None => {}
    }
    Some(view)
}

/// What the projector shows of the current question before any result: its wording, count
/// and state.
fn heading_view(s: &Snapshot, q: &QuestionSnapshot, l: &Locale) -> CurrentView {
    CurrentView {
        key: q.key.clone(),
        text: wording(&s.consultation, &q.key, l.code()),
        count: l.t_count("live-answers-count", i64::try_from(q.answers).unwrap_or(0)),
        votes: votes_text(q, l).unwrap_or_default(),
        people: l.t_args(
            "live-people-answers",
            &[
                ("people", Arg::Num(s.people as f64)),
                ("answers", Arg::Num(s.total_answers() as f64)),
            ],
        ),
        state: state_text(q, l),
        revealed: q.revealed,
        too_few: String::new(),
        bars: Vec::new(),
        chart: String::new(),
        figures: Vec::new(),
        statements: Vec::new(),
        opinion: None,
    }
}

/// One bar per option of a choice question, small counts of a sensitive one suppressed.
fn option_bars(
    question: &crate::consultations::definition::Question,
    q: &QuestionSnapshot,
    counts: &[(String, u64)],
    per_option: u64,
    fewer_than: &str,
    l: &Locale,
) -> Vec<PresentBar> {
    let lang = l.code();
    let codes: Vec<String> = counts.iter().map(|(c, _)| c.clone()).collect();
    let values: Vec<u64> = counts.iter().map(|(_, n)| *n).collect();
    // The counts are read in separate queries: the base covers them whatever came in
    // between.
    let exclusive = question.kind != QuestionKind::MultipleChoice;
    let base = if exclusive {
        q.answers.max(values.iter().sum())
    } else {
        q.answers.max(values.iter().copied().max().unwrap_or(0))
    };
    let Ok(table) = CountTable::single(codes.clone(), values, base) else {
        return Vec::new();
    };
    let shown = if question.sensitive {
        suppression::suppress(&table, per_option, Audience::Public)
    } else {
        suppression::suppress(&table, 0, Audience::Facilitator)
    };
    let labels: Vec<String> = codes
        .iter()
        .map(|code| {
            question
                .option(code)
                .map(|o| {
                    o.emoji.clone().filter(|_| question.pictorial).map_or_else(
                        || text_in(&o.label, lang).to_owned(),
                        |e| format!("{e} {}", text_in(&o.label, lang)),
                    )
                })
                .unwrap_or_default()
        })
        .collect();
    let top = shown.totals.iter().filter_map(|c| c.percent).max();
    labels
        .into_iter()
        .zip(&shown.totals)
        .map(|(label, cell)| PresentBar {
            label,
            value: match (cell.count, cell.percent) {
                (Some(n), Some(p)) => format!("{n} ({p}%)"),
                (Some(n), None) => n.to_string(),
                _ => fewer_than.to_owned(),
            },
            length: match (cell.percent, top) {
                (Some(p), Some(t)) if t > 0 => {
                    u8::try_from(u32::from(p) * 100 / u32::from(t)).unwrap_or(100)
                }
                _ => 0,
            },
        })
        .collect()
}

/// The most-voted statements (the definition's order among equals), each with its agree,
/// disagree and pass votes; a sensitive question's small counts hidden as its options' are.
fn statement_bars(
    question: &crate::consultations::definition::Question,
    tallies: &[StatementTally],
    per_option: u64,
    fewer_than: &str,
    l: &Locale,
) -> Vec<StatementBar> {
    let lang = l.code();
    let mut top: Vec<&StatementTally> = tallies.iter().filter(|t| t.votes() > 0).collect();
    top.sort_by_key(|t| std::cmp::Reverse(t.votes()));
    top.truncate(TOP_STATEMENTS);
    top.into_iter()
        .filter_map(|t| {
            let kinds = ["agree", "disagree", "pass"];
            let values = vec![t.agree, t.disagree, t.pass];
            let codes = kinds.iter().map(|k| (*k).to_owned()).collect();
            let table = CountTable::single(codes, values.clone(), t.votes()).ok()?;
            let shown = if question.sensitive {
                suppression::suppress(&table, per_option, Audience::Public)
            } else {
                suppression::suppress(&table, 0, Audience::Facilitator)
            };
            let bar = shown.totals.iter().all(|c| c.count.is_some());
            let total = t.votes();
            let mut before = 0;
            let parts = kinds
                .iter()
                .zip(&values)
                .zip(&shown.totals)
                .map(|((kind, &n), cell)| {
                    // Rounded at both ends, so the parts fill the bar with no gap.
                    let start = percent(before, total);
                    before += n;
                    VotePart {
                        kind,
                        label: l.t(&format!("p-vote-{kind}")),
                        value: cell
                            .count
                            .map_or_else(|| fewer_than.to_owned(), |n| n.to_string()),
                        start: if bar { start } else { 0 },
                        length: if bar {
                            percent(before, total) - start
                        } else {
                            0
                        },
                    }
                })
                .collect();
            let label = question
                .statement(&t.code)
                .map(|st| st.wording(lang, None).to_owned())
                .unwrap_or_default();
            Some(StatementBar { label, parts, bar })
        })
        .collect()
}

/// `part` in percent of `whole`, rounded (0 when the whole is 0).
fn percent(part: u64, whole: u64) -> u8 {
    if whole == 0 {
        return 0;
    }
    u8::try_from((part * 200 + whole) / (2 * whole)).unwrap_or(100)
}

/// The opinion map of the session's votes as the public results page shows it, with the
/// statements in the reader's language.
fn live_opinion(
    c: &Consultation,
    question: &crate::consultations::definition::Question,
    results: &StatementResults,
    l: &Locale,
) -> LiveOpinion {
    let lang = l.code();
    let analysis = results.analysis.relabelled(|code| {
        question
            .statement(code)
            .map_or_else(|| code.to_owned(), |st| st.wording(lang, None).to_owned())
    });
    let threshold = u64::from(c.definition.threshold());
    let doc = opinion_query::document(&question.key, &analysis, threshold, Audience::Public);
    let section = opinion_page::section(
        c,
        question,
        format!("live-opinion-{}", question.key),
        &doc,
        &analysis,
        l,
    );
    let note = if section.map.is_none() {
        let needed = MIN_VOTES.min(question.statements.len());
        l.t_args(
            "live-opinion-forming",
            &[
                ("threshold", Arg::Num(threshold as f64)),
                ("votes", Arg::Num(needed as f64)),
            ],
        )
    } else {
        String::new()
    };
    let mut consensus = if doc.participants.is_some() {
        section.consensus
    } else {
        Vec::new()
    };
    consensus.truncate(TOP_CONSENSUS);
    LiveOpinion {
        groups: if section.map.is_some() {
            section.groups
        } else {
            Vec::new()
        },
        map: section.map,
        consensus,
        note,
    }
}

/// The 40 most used words of a text question's moderated answers, each in its own
/// language's analysis, a word fewer than `live` people used left out.
fn cloud_terms(texts: &[(String, String)], live: u64) -> Vec<(String, u64)> {
    let mut by_lang: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (lang, t) in texts {
        by_lang.entry(lang.as_str()).or_default().push(t.as_str());
    }
    let mut terms: std::collections::BTreeMap<String, u64> = Default::default();
    for (lang, texts) in by_lang {
        for (term, n) in text::key_terms(&texts, lang, 40).terms {
            *terms.entry(term).or_default() += n;
        }
    }
    let mut terms: Vec<(String, u64)> = terms.into_iter().collect();
    terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    // A word fewer than the live threshold of people used is left out: it could
    // single them out.
    terms.retain(|(_, n)| *n >= live);
    terms.truncate(40);
    terms
}

/// A number question's average and middle value.
fn number_figures(values: &[f64], l: &Locale) -> Vec<(String, String)> {
    let d = crate::aggregation::stats::Distribution::from_values(values);
    match (d.mean(), d.median()) {
        (Some(mean), Some(median)) => vec![
            (l.t("live-mean"), format!("{mean:.1}")),
            (l.t("live-median"), format!("{median}")),
        ],
        _ => Vec::new(),
    }
}
