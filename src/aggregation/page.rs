//! The summary page's content, prepared from a [`Summary`]: texts in the reader's language,
//! every figure as it is written in tables ("12 (40%)", "fewer than 10") with the facilitators'
//! marker, and the SVG charts beside them.
use super::{
    bars::{self, Item},
    charts::{self, ChartText, Direction, StackedRow},
    counters::Dimension,
    handlers::SummaryQuery,
    query::{dimension_label, group_label},
    summary::{
        BinFigure, GroupFigures, GroupSizes, NOT_STATED, OptionFigure, QuestionSummary, Statistics,
        Summary, View,
    },
    suppression::{Audience, Cell},
    texts::{LanguageTerms, TextAnalysis},
};
use crate::{
    consultations::{Consultation, definition::QuestionKind},
    i18n::{Arg, Locale},
};

/// One option of a select.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// An `<optgroup>`.
pub struct ChoiceGroup {
    pub label: String,
    pub options: Vec<Choice>,
}

/// A figure as written: "12 (40%)" or "fewer than 10", marked for facilitators when members
/// and the public do not see it.
pub struct Shown {
    pub text: String,
    pub marked: bool,
}

/// A table row: its header cell and its figures.
pub struct Row {
    pub header: String,
    pub cells: Vec<Shown>,
}

/// A table with a caption and column headers (the first is the row headers' column).
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Row>,
}

/// Free text of one language.
pub struct LangBlock {
    pub lang: String,
    pub name: String,
    pub answers: String,
    pub terms: Vec<Shown>,
    pub phrases: Vec<Shown>,
    pub cloud: Option<String>,
}

pub struct QuoteView {
    pub lang: String,
    pub text: String,
}

/// A question's free text: analysis, quotes and the facilitators' preview.
pub struct TextBlock {
    pub languages: Vec<LangBlock>,
    pub quotes: Vec<QuoteView>,
    pub preview: Vec<LangBlock>,
    /// A preview exists but is behind a link (see [`SummaryPage::fold_previews`]).
    pub preview_folded: bool,
}

/// A question's cross-tab.
pub struct Crosstab {
    pub chart: Option<String>,
    pub table: Table,
}

/// One question's block.
pub struct QuestionBlock {
    pub id: String,
    pub heading: String,
    pub kind: String,
    pub answered: String,
    /// Whole percentage of those asked who answered (the drop-off), when both are shown.
    pub share: Option<u64>,
    /// "87% of everyone answered", for the drop-off beside the heading.
    pub share_text: Option<String>,
    pub chart: Option<String>,
    pub table: Option<Table>,
    pub stats: Vec<(String, String)>,
    pub crosstab: Option<Crosstab>,
    pub text: Option<TextBlock>,
}

/// A group with a target share.
pub struct TargetRow {
    pub label: String,
    pub reached: String,
    pub target: String,
    pub under_heard: bool,
}

/// A key figure above the summary: a name and a value ("Completion rate", "87%").
pub struct KeyFigure {
    pub name: String,
    pub value: String,
}

/// The key figures on top of the summary: people, completion, by phase, over time.
pub struct KeyFigures {
    pub figures: Vec<KeyFigure>,
    /// Responses per day, when the reader may see it (facilitators).
    pub timeline: Option<Timeline>,
}

/// Responses over time: the chart and what it says, in words.
pub struct Timeline {
    pub chart: String,
    pub first: String,
    pub last: String,
    pub peak: String,
}

pub struct SummaryPage {
    pub title: String,
    pub key: KeyFigures,
    pub slug: String,
    pub status: String,
    /// Who sees what, in a sentence.
    pub audience_note: String,
    pub responses: Shown,
    /// "12 people, 87 answers" when both figures may be shown (as on the projector).
    pub people_answers: Option<String>,
    pub problem: Option<String>,
    pub by_options: Vec<Choice>,
    pub filter_groups: Vec<ChoiceGroup>,
    pub question_options: Vec<Choice>,
    pub view_note: Option<String>,
    pub totals: Vec<Table>,
    pub targets: Vec<(String, Vec<TargetRow>)>,
    pub under_heard: Vec<String>,
    pub questions: Vec<QuestionBlock>,
    pub api_href: String,
    /// Facilitators also download the raw answers and publish.
    pub facilitator: bool,
    /// Where the folded previews are shown in full.
    pub preview_href: Option<String>,
}

impl SummaryPage {
    /// Adds the responses per day (`days` in date order) to the key figures.
    pub fn set_timeline(&mut self, l: &Locale, days: &[(String, u64)]) {
        let (Some(first), Some(last)) = (days.first(), days.last()) else {
            return;
        };
        // The earliest of the busiest days.
        let peak = days.iter().rev().max_by_key(|d| d.1).unwrap_or(first);
        #[allow(clippy::cast_precision_loss)]
        let peak_text = l.t_args(
            "agg-key-busiest",
            &[
                ("day", Arg::Str(&peak.0)),
                ("count", Arg::Num(peak.1 as f64)),
            ],
        );
        let label = l.t_args(
            "agg-key-timeline-label",
            &[
                ("first", Arg::Str(&first.0)),
                ("last", Arg::Str(&last.0)),
                ("busiest", Arg::Str(&peak_text)),
            ],
        );
        self.key.timeline = Some(Timeline {
            chart: bars::timeline(days, &label),
            first: first.0.clone(),
            last: last.0.clone(),
            peak: peak_text,
        });
    }

    /// Puts each question's preview for facilitators behind a link to `href`: it repeats
    /// the question's whole analysis, and the previews were a third of the page's weight.
    pub fn fold_previews(&mut self, href: String) {
        for text in self.questions.iter_mut().filter_map(|q| q.text.as_mut()) {
            text.preview_folded = !text.preview.is_empty();
            text.preview.clear();
        }
        self.preview_href = Some(href);
    }
}

/// People, completion rate (who answered the last question, of everyone), and people by
/// phase, each as this reader may see it (a hidden figure says "fewer than 10").
fn key_figures(f: &Format<'_>, summary: &Summary) -> KeyFigures {
    let l = f.l;
    let people = summary
        .responses
        .map_or_else(|| f.fewer_than(), |n| n.to_string());
    let mut figures = vec![KeyFigure {
        name: l.t("agg-key-people"),
        value: people,
    }];
    let last = summary.questions.iter().rfind(|q| q.kind.takes_answer());
    if let (Some(q), Some(total)) = (last, summary.responses) {
        let value = match q.answered {
            Some(a) if total > 0 => format!("{}%", a * 100 / total),
            Some(_) => "0%".to_owned(),
            None => f.fewer_than(),
        };
        figures.push(KeyFigure {
            name: l.t("agg-key-completion"),
            value,
        });
    }
    let phases = summary
        .totals
        .iter()
        .flatten()
        .find(|t| t.dimension == Dimension::Phase);
    for g in phases.iter().flat_map(|t| &t.groups) {
        figures.push(KeyFigure {
            name: g.label.clone(),
            value: f.figure(g.responses, g.percent, g.suppressed).text,
        });
    }
    KeyFigures {
        figures,
        timeline: None,
    }
}

/// "N people, M answers": the young people who answered and the answers they gave (each
/// question's answered count, summed). `None` when a figure is hidden from this audience: a
/// sum with a hidden part would give that part away.
fn people_answers(l: &Locale, summary: &Summary) -> Option<String> {
    let people = summary.responses?;
    let answers: Option<u64> = summary
        .questions
        .iter()
        .filter(|q| q.kind.takes_answer())
        .map(|q| q.answered)
        .sum();
    #[allow(clippy::cast_precision_loss)]
    let args = [
        ("people", Arg::Num(people as f64)),
        ("answers", Arg::Num(answers? as f64)),
    ];
    Some(l.t_args("agg-people-answers", &args))
}

/// Prepares the page.
pub fn build(
    l: &Locale,
    consultation: &Consultation,
    summary: &Summary,
    sizes: &GroupSizes,
    view: &View,
    query: &SummaryQuery,
    problem: Option<String>,
) -> SummaryPage {
    let f = Format {
        l,
        threshold: summary.threshold,
        facilitator: summary.audience == Audience::Facilitator,
        direction: Direction::from_dir(l.dir()),
    };
    let def = &consultation.definition;
    let by = summary.by;
    let filter_value = match view {
        View::Filter(d, v) => Some(format!("{}:{v}", d.as_str())),
        _ => None,
    };
    let by_options = std::iter::once(Choice {
        value: String::new(),
        label: l.t("agg-by-none"),
        selected: by.is_none(),
    })
    .chain(Dimension::QUERYABLE.into_iter().map(|d| Choice {
        value: d.as_str().to_owned(),
        label: dimension_label(l, d),
        selected: by == Some(d),
    }))
    .collect();
    let filter_groups = Dimension::QUERYABLE
        .into_iter()
        .map(|d| ChoiceGroup {
            label: dimension_label(l, d),
            options: filter_keys(consultation, sizes, d)
                .into_iter()
                .map(|key| {
                    let value = format!(
                        "{}:{}",
                        d.as_str(),
                        if key.is_empty() { NOT_STATED } else { &key }
                    );
                    Choice {
                        selected: filter_value.as_deref() == Some(value.as_str()),
                        label: group_label(l, d, &key),
                        value,
                    }
                })
                .collect(),
        })
        .filter(|g: &ChoiceGroup| !g.options.is_empty())
        .collect();
    let chosen_question = query.question.as_deref().unwrap_or("");
    let question_options = std::iter::once(Choice {
        value: String::new(),
        label: l.t("agg-question-all"),
        selected: chosen_question.is_empty(),
    })
    .chain(
        def.questions()
            .map(|(_, q)| q)
            .filter(|q| q.kind.takes_answer())
            .map(|q| Choice {
                value: q.key.clone(),
                label: truncate(&question_text(l, consultation, &q.key, summary), 80),
                selected: q.key == chosen_question,
            }),
    )
    .collect();
    let view_note = match (&summary.filter, by) {
        (Some(filter), _) => Some(l.t_args(
            "agg-view-filtered",
            &[
                ("dimension", Arg::Str(&dimension_label(l, filter.dimension))),
                ("group", Arg::Str(&filter.label)),
            ],
        )),
        (None, Some(d)) => Some(l.t_args(
            "agg-view-by",
            &[("dimension", Arg::Str(&dimension_label(l, d)))],
        )),
        _ => None,
    };
    let totals = summary
        .totals
        .iter()
        .flatten()
        .filter(|t| !t.groups.is_empty())
        .map(|t| Table {
            caption: l.t_args(
                "agg-totals-by",
                &[("dimension", Arg::Str(&dimension_label(l, t.dimension)))],
            ),
            head: vec![dimension_label(l, t.dimension), l.t("agg-young-people")],
            rows: t
                .groups
                .iter()
                .map(|g| Row {
                    header: g.label.clone(),
                    cells: vec![f.figure(g.responses, g.percent, g.suppressed)],
                })
                .collect(),
        })
        .collect();
    let mut under_heard = Vec::new();
    let targets = summary
        .totals
        .iter()
        .flatten()
        .filter(|t| !t.targets.is_empty())
        .map(|t| {
            let rows = t
                .targets
                .iter()
                .map(|target| {
                    if target.under_heard {
                        under_heard.push(target.label.clone());
                    }
                    TargetRow {
                        label: target.label.clone(),
                        reached: target
                            .percent
                            .map_or_else(|| f.fewer_than(), |p| format!("{p}%")),
                        target: format!("{}%", target.target),
                        under_heard: target.under_heard,
                    }
                })
                .collect();
            (dimension_label(l, t.dimension), rows)
        })
        .collect();
    let questions = summary
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| f.question(i, q, by))
        .collect();
    let mut api_href = format!("/api/v1/consultations/{}/summary", consultation.slug());
    if let Some(d) = by {
        api_href.push_str(&format!("?by={}", d.as_str()));
    } else if let Some(filter) = &summary.filter {
        api_href.push_str(&format!(
            "?{}={}",
            filter.dimension.as_str(),
            crate::web::percent_encode(&filter.value)
        ));
    }
    SummaryPage {
        key: key_figures(&f, summary),
        title: def.title(l.code()).to_owned(),
        slug: consultation.slug().to_owned(),
        status: l.t(&format!("agg-status-{}", consultation.status.as_str())),
        audience_note: l.t_count(
            if f.facilitator {
                "agg-facilitator-note"
            } else {
                "agg-member-note"
            },
            i64::try_from(summary.threshold).unwrap_or(i64::MAX),
        ),
        responses: f.figure(summary.responses, None, summary.responses_suppressed),
        people_answers: people_answers(l, summary),
        problem,
        by_options,
        filter_groups,
        question_options,
        view_note,
        totals,
        targets,
        under_heard,
        questions,
        api_href,
        facilitator: f.facilitator,
        preview_href: None,
    }
}

/// The groups a filter can choose, as stored.
fn filter_keys(consultation: &Consultation, sizes: &GroupSizes, d: Dimension) -> Vec<String> {
    let settings = &consultation.definition.settings;
    let mut keys: Vec<String> = match d {
        Dimension::AgeBand => settings.age_bands.iter().map(|b| b.code.clone()).collect(),
        Dimension::Language => consultation.definition.languages.clone(),
        Dimension::Phase => settings
            .phases
            .iter()
            .map(|p| p.as_str().to_owned())
            .collect(),
        Dimension::Country | Dimension::Gender | Dimension::Region | Dimension::ItuRegion => {
            Vec::new()
        }
    };
    let mut not_stated = false;
    for (key, &n) in sizes.get(&d).into_iter().flatten() {
        if n == 0 {
            continue;
        }
        if key.is_empty() {
            not_stated = true;
        } else if !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    if not_stated {
        keys.push(String::new());
    }
    keys
}

fn question_text(l: &Locale, consultation: &Consultation, key: &str, summary: &Summary) -> String {
    summary
        .questions
        .iter()
        .find(|q| q.key == key)
        .map(|q| q.text.clone())
        .or_else(|| {
            consultation.definition.question(key).map(|q| {
                let t = q.wording(l.code(), None);
                if t.is_empty() {
                    key.to_owned()
                } else {
                    t.to_owned()
                }
            })
        })
        .unwrap_or_else(|| key.to_owned())
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

/// Writes figures for one reader.
struct Format<'a> {
    l: &'a Locale,
    threshold: u64,
    facilitator: bool,
    direction: Direction,
}

impl Format<'_> {
    fn fewer_than(&self) -> String {
        self.l.t_count("agg-fewer-than", self.threshold as i64)
    }

    fn figure(&self, count: Option<u64>, percent: Option<u8>, suppressed: bool) -> Shown {
        let text = match (count, percent) {
            (Some(c), Some(p)) => format!("{c} ({p}%)"),
            (Some(c), None) => c.to_string(),
            (None, _) => self.fewer_than(),
        };
        Shown {
            text,
            marked: self.facilitator && suppressed,
        }
    }

    fn words(&self) -> WordsOwned {
        WordsOwned {
            fewer_than: self.fewer_than(),
            hidden_marker: if self.facilitator {
                self.l.t("agg-hidden-marker")
            } else {
                String::new()
            },
        }
    }

    fn number(&self, value: Option<f64>) -> String {
        value.map_or_else(|| self.l.t("agg-hidden"), format_number)
    }

    fn option(&self, o: &OptionFigure) -> Shown {
        self.figure(o.count, o.percent, o.suppressed)
    }

    fn bin(&self, b: &BinFigure) -> Shown {
        self.figure(b.count, b.percent, b.suppressed)
    }

    fn chart_text<'t>(&'t self, id: &'t str, title: &'t str, desc: &'t str) -> ChartTextOwned<'t> {
        ChartTextOwned {
            id,
            title,
            desc,
            fewer_than: self.fewer_than(),
            hidden_marker: self.l.t("agg-hidden-marker"),
            direction: self.direction,
        }
    }

    fn answered_line(
        &self,
        answered: Option<u64>,
        skipped: Option<u64>,
        marks: &[String],
    ) -> String {
        let part = |n: Option<u64>, which: &str| {
            let mut s = n.map_or_else(|| self.fewer_than(), |n| n.to_string());
            if self.facilitator && marks.iter().any(|m| m == which) {
                s.push_str(" *");
            }
            s
        };
        self.l.t_args(
            "agg-answered-skipped",
            &[
                ("answered", Arg::Str(&part(answered, "answered"))),
                ("skipped", Arg::Str(&part(skipped, "skipped"))),
            ],
        )
    }

    fn question(&self, index: usize, q: &QuestionSummary, by: Option<Dimension>) -> QuestionBlock {
        let l = self.l;
        let id = format!("q{index}");
        let mut block = QuestionBlock {
            id: id.clone(),
            heading: q.text.clone(),
            kind: l.t(&format!("agg-kind-{}", q.kind.as_str())),
            answered: self.answered_line(q.answered, q.skipped, &q.suppressed),
            share: match (q.answered, q.skipped) {
                (Some(a), Some(s)) if a + s > 0 => Some(a * 100 / (a + s)),
                _ => None,
            },
            share_text: None,
            chart: None,
            table: None,
            stats: Vec::new(),
            crosstab: None,
            text: None,
        };
        #[allow(clippy::cast_precision_loss)]
        {
            block.share_text = block
                .share
                .map(|p| l.t_args("agg-answered-share", &[("percent", Arg::Num(p as f64))]));
        }
        if let Some(options) = &q.options {
            let cells: Vec<Cell> = options.iter().map(option_cell).collect();
            let items: Vec<Item<'_>> = options
                .iter()
                .zip(&cells)
                .map(|(o, &cell)| Item {
                    label: &o.label,
                    cell,
                })
                .collect();
            block.chart = Some(bars::html(&items, &self.words().get()));
            let ranking = q.kind == QuestionKind::Ranking;
            let mut head = vec![
                l.t("agg-option"),
                if ranking {
                    l.t("agg-ranked-first")
                } else {
                    l.t("agg-young-people")
                },
            ];
            if ranking {
                head.push(l.t("agg-average-rank"));
            }
            block.table = Some(Table {
                caption: l.t("agg-table-caption"),
                head,
                rows: options
                    .iter()
                    .map(|o| {
                        let mut cells = vec![self.option(o)];
                        if ranking {
                            cells.push(Shown {
                                text: self.number(o.average_rank),
                                marked: false,
                            });
                        }
                        Row {
                            header: o.label.clone(),
                            cells,
                        }
                    })
                    .collect(),
            });
        }
        if let Some(bins) = &q.bins {
            let cells: Vec<Cell> = bins.iter().map(bin_cell).collect();
            let items: Vec<Item<'_>> = bins
                .iter()
                .zip(&cells)
                .map(|(b, &cell)| Item {
                    label: &b.label,
                    cell,
                })
                .collect();
            block.chart = Some(bars::html(&items, &self.words().get()));
            block.table = Some(Table {
                caption: l.t("agg-table-caption"),
                head: vec![l.t("agg-bin"), l.t("agg-young-people")],
                rows: bins
                    .iter()
                    .map(|b| Row {
                        header: b.label.clone(),
                        cells: vec![self.bin(b)],
                    })
                    .collect(),
            });
        }
        if let Some(s) = &q.statistics {
            block.stats = self.stats(s, q);
        }
        if let (Some(d), Some(groups)) = (by, &q.breakdown) {
            block.crosstab = Some(self.crosstab(&id, q, d, groups));
        }
        if let Some(analysis) = &q.text_analysis {
            block.text = Some(self.text(&id, q, analysis));
        }
        block
    }

    fn stats(&self, s: &Statistics, q: &QuestionSummary) -> Vec<(String, String)> {
        let l = self.l;
        let marker = if self.facilitator && s.suppressed {
            format!(" {}", l.t("agg-hidden-marker"))
        } else {
            String::new()
        };
        let mut out = vec![
            (l.t("agg-mean"), self.number(s.mean) + &marker),
            (l.t("agg-median"), self.number(s.median) + &marker),
        ];
        if let Some(code) = &s.median_option {
            let label = q
                .options
                .iter()
                .flatten()
                .find(|o| &o.code == code)
                .map_or(code.as_str(), |o| o.label.as_str());
            out.push((l.t("agg-median-option"), label.to_owned()));
        }
        if q.kind == QuestionKind::Number {
            out.push((l.t("agg-q1"), self.number(s.q1) + &marker));
            out.push((l.t("agg-q3"), self.number(s.q3) + &marker));
            if self.facilitator {
                out.push((
                    l.t("agg-min"),
                    self.number(s.min) + " " + &l.t("agg-hidden-marker"),
                ));
                out.push((
                    l.t("agg-max"),
                    self.number(s.max) + " " + &l.t("agg-hidden-marker"),
                ));
            }
        }
        out
    }

    fn crosstab(
        &self,
        id: &str,
        q: &QuestionSummary,
        d: Dimension,
        groups: &[GroupFigures],
    ) -> Crosstab {
        let l = self.l;
        let columns: Vec<String> = if let Some(options) = &q.options {
            options.iter().map(|o| o.label.clone()).collect()
        } else if let Some(bins) = &q.bins {
            bins.iter().map(|b| b.label.clone()).collect()
        } else {
            Vec::new()
        };
        let exclusive = !matches!(q.kind, QuestionKind::MultipleChoice) && !columns.is_empty();
        let cells_of = |g: &GroupFigures| -> Vec<Cell> {
            if let Some(options) = &g.options {
                options.iter().map(option_cell).collect()
            } else if let Some(bins) = &g.bins {
                bins.iter().map(bin_cell).collect()
            } else {
                Vec::new()
            }
        };
        let chart = exclusive.then(|| {
            let all_cells: Vec<Vec<Cell>> = groups.iter().map(cells_of).collect();
            let rows: Vec<StackedRow<'_>> = groups
                .iter()
                .zip(&all_cells)
                .map(|(g, cells)| StackedRow {
                    label: &g.label,
                    segments: cells,
                })
                .collect();
            let series: Vec<&str> = columns.iter().map(String::as_str).collect();
            let chart_id = format!("{id}-by");
            let title = l.t_args(
                "agg-crosstab-title",
                &[
                    ("question", Arg::Str(&q.text)),
                    ("dimension", Arg::Str(&dimension_label(l, d))),
                ],
            );
            let desc = l.t("agg-crosstab-desc");
            let texts = self.chart_text(&chart_id, &title, &desc);
            charts::stacked_chart(&texts.get(), &series, &rows)
        });
        let with_stats = q.statistics.is_some();
        let mut head = vec![
            dimension_label(l, d),
            l.t("agg-young-people"),
            l.t("agg-answered"),
        ];
        head.extend(columns.iter().cloned());
        if with_stats {
            head.push(l.t("agg-mean"));
            head.push(l.t("agg-median"));
        }
        let rows = groups
            .iter()
            .map(|g| {
                let mut cells = vec![
                    self.figure(g.responses, None, false),
                    self.figure(
                        g.answered,
                        None,
                        g.suppressed.iter().any(|s| s == "answered"),
                    ),
                ];
                cells.extend(
                    cells_of(g)
                        .into_iter()
                        .map(|c| self.figure(c.count, c.percent, c.suppressed)),
                );
                if with_stats {
                    let s = g.statistics.clone().unwrap_or_default();
                    let marked = self.facilitator && s.suppressed;
                    cells.push(Shown {
                        text: self.number(s.mean),
                        marked,
                    });
                    cells.push(Shown {
                        text: self.number(s.median),
                        marked,
                    });
                }
                Row {
                    header: g.label.clone(),
                    cells,
                }
            })
            .collect();
        Crosstab {
            chart,
            table: Table {
                caption: l.t_args(
                    "agg-crosstab-caption",
                    &[("dimension", Arg::Str(&dimension_label(l, d)))],
                ),
                head,
                rows,
            },
        }
    }

    fn text(&self, id: &str, q: &QuestionSummary, analysis: &TextAnalysis) -> TextBlock {
        let languages = analysis
            .languages
            .iter()
            .map(|t| self.language_terms(&format!("{id}-{}", t.language), q, t))
            .collect();
        let preview = analysis
            .preview
            .iter()
            .flatten()
            .map(|t| self.language_terms(&format!("{id}-preview-{}", t.language), q, t))
            .collect();
        TextBlock {
            languages,
            quotes: analysis
                .quotes
                .iter()
                .map(|quote| QuoteView {
                    lang: quote.language.clone(),
                    text: quote.text.clone(),
                })
                .collect(),
            preview,
            preview_folded: false,
        }
    }

    fn language_terms(&self, id: &str, q: &QuestionSummary, t: &LanguageTerms) -> LangBlock {
        let l = self.l;
        let name = if crate::i18n::is_available(&t.language) {
            Locale::new(&t.language).native_name()
        } else {
            t.language.clone()
        };
        let shown = |list: &[super::texts::Term]| -> Vec<Shown> {
            list.iter()
                .map(|term| Shown {
                    text: format!("{} ({})", term.text, term.count),
                    marked: self.facilitator && term.suppressed,
                })
                .collect()
        };
        let cloud_terms: Vec<(String, u64)> = t
            .terms
            .iter()
            .map(|term| (term.text.clone(), term.count))
            .collect();
        let title = l.t_args(
            "agg-cloud-title",
            &[
                ("question", Arg::Str(&q.text)),
                ("language", Arg::Str(&name)),
            ],
        );
        let desc = l.t("agg-cloud-desc");
        let texts = self.chart_text(id, &title, &desc);
        LangBlock {
            lang: t.language.clone(),
            answers: t
                .answers
                .map_or_else(|| self.fewer_than(), |n| n.to_string()),
            terms: shown(&t.terms),
            phrases: shown(&t.phrases),
            cloud: (!cloud_terms.is_empty())
                .then(|| charts::word_cloud(&texts.get(), &cloud_terms, &t.language)),
            name,
        }
    }
}

/// The bars' words, owned.
struct WordsOwned {
    fewer_than: String,
    hidden_marker: String,
}

impl WordsOwned {
    fn get(&self) -> bars::Words<'_> {
        bars::Words {
            fewer_than: &self.fewer_than,
            hidden_marker: &self.hidden_marker,
        }
    }
}

/// Chart texts that own their translated strings.
struct ChartTextOwned<'a> {
    id: &'a str,
    title: &'a str,
    desc: &'a str,
    fewer_than: String,
    hidden_marker: String,
    direction: Direction,
}

impl ChartTextOwned<'_> {
    fn get(&self) -> ChartText<'_> {
        ChartText {
            id: self.id,
            title: self.title,
            desc: self.desc,
            direction: self.direction,
            fewer_than: &self.fewer_than,
            hidden_marker: &self.hidden_marker,
        }
    }
}

fn option_cell(o: &OptionFigure) -> Cell {
    Cell {
        count: o.count,
        percent: o.percent,
        suppressed: o.suppressed,
    }
}

fn bin_cell(b: &BinFigure) -> Cell {
    Cell {
        count: b.count,
        percent: b.percent,
        suppressed: b.suppressed,
    }
}

/// At most two decimals, without trailing zeros.
fn format_number(v: f64) -> String {
    let text = format!("{v:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}
