//! The public result pages: the list of published consultations and each one's results.
use actix_web::{HttpResponse, get, http::StatusCode, web};
use askama::Template;

use super::{find, published};
use crate::{
    accounts::Viewer,
    aggregation::{
        bars::{self, Item, Words},
        document::{document_language, title_of},
        opinion_page::{self, OpinionSection},
        summary::QuestionSummary,
        suppression::{Audience, Cell},
    },
    consultations::{
        Consultation, Status,
        definition::{QuestionKind, text_in},
        repo as consultations,
    },
    error::AppError,
    exports::{Format, tables::methodology},
    i18n::{Arg, Locale},
    publishing::repo,
    state::AppState,
};

/// The page at a withdrawn consultation's results address: the reason, never a bare 404.
#[derive(Template)]
#[template(path = "publishing/withdrawn.html")]
pub(super) struct WithdrawnPage {
    l: Locale,
    title: String,
    reason: Vec<String>,
    withdrawn: String,
}

pub(super) struct ListItem {
    slug: String,
    title: String,
    published: String,
    archived: bool,
}

#[derive(Template)]
#[template(path = "publishing/results.html")]
pub(super) struct ResultsPage {
    l: Locale,
    items: Vec<ListItem>,
    /// Groups with a public record (`/g/{slug}`): (slug, name).
    records: Vec<(String, String)>,
}

/// Groups that have held at least one meeting, by name: their public records.
pub(super) async fn groups_with_records(
    state: &AppState,
) -> Result<Vec<(String, String)>, AppError> {
    use sea_orm::{EntityTrait, QueryOrder};
    let meetings = crate::entities::meeting::Entity::find()
        .all(&state.db)
        .await?;
    Ok(crate::entities::work_group::Entity::find()
        .order_by_asc(crate::entities::work_group::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .filter(|g| meetings.iter().any(|m| m.group_id == g.id))
        .map(|g| (g.slug, g.name))
        .collect())
}

/// Published consultations.
#[get("/results")]
pub(super) async fn show_results(
    state: web::Data<AppState>,
    l: Locale,
) -> Result<HttpResponse, AppError> {
    let items = repo::published(&state.db)
        .await?
        .iter()
        .map(|c| ListItem {
            slug: c.slug().to_owned(),
            title: title_of(c, l.code()),
            published: c
                .row
                .published_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            archived: c.status == Status::Archived,
        })
        .collect();
    let records = groups_with_records(&state).await?;
    crate::web::page(StatusCode::OK, &ResultsPage { l, items, records })
}

pub(super) struct Block {
    key: String,
    text: String,
    kind: String,
    answered: String,
    chart: Option<String>,
    rows: Vec<(String, String, String)>,
    /// Approved quotes by language: its code, its name and the quotes.
    quotes: Vec<QuoteGroup>,
    terms: Vec<String>,
}

/// The approved quotes of one question in one language.
pub(super) struct QuoteGroup {
    lang: String,
    name: String,
    quotes: Vec<String>,
}

#[derive(Template)]
#[template(path = "publishing/result.html")]
pub(super) struct ResultPage {
    l: Locale,
    slug: String,
    title: String,
    introduction: String,
    feedback: Vec<String>,
    published: String,
    responses: String,
    methodology: String,
    citation: String,
    blocks: Vec<Block>,
    /// The opinion map of each `statements` question, as the public may see it (groups
    /// below the threshold hidden).
    opinion: Vec<OpinionSection>,
    /// The headline findings the facilitators chose, in the page's language.
    headlines: Vec<String>,
    downloads: Vec<(String, String)>,
    archived: bool,
    /// For an adult of the consultation's group: its results inside Consulta, so that the
    /// public page (where publishing lands) is not a dead end for them.
    manage: Option<String>,
}

pub(super) fn figure(n: Option<u64>, fewer: &str) -> String {
    n.map_or_else(|| fewer.to_owned(), |n| n.to_string())
}

pub(super) fn block(q: &QuestionSummary, l: &Locale, fewer: &str) -> Block {
    let mut rows = Vec::new();
    let mut bars_src: Vec<(String, Cell)> = Vec::new();
    for o in q.options.iter().flatten() {
        rows.push((
            o.label.clone(),
            figure(o.count, fewer),
            o.percent.map(|p| format!("{p}%")).unwrap_or_default(),
        ));
        bars_src.push((
            o.label.clone(),
            Cell {
                count: o.count,
                percent: o.percent,
                suppressed: o.suppressed,
            },
        ));
    }
    for b in q.bins.iter().flatten() {
        rows.push((
            b.label.clone(),
            figure(b.count, fewer),
            b.percent.map(|p| format!("{p}%")).unwrap_or_default(),
        ));
        bars_src.push((
            b.label.clone(),
            Cell {
                count: b.count,
                percent: b.percent,
                suppressed: b.suppressed,
            },
        ));
    }
    let chart = (!bars_src.is_empty()).then(|| {
        let items: Vec<Item<'_>> = bars_src
            .iter()
            .map(|(label, cell)| Item { label, cell: *cell })
            .collect();
        bars::html(
            &items,
            &Words {
                fewer_than: fewer,
                hidden_marker: "",
            },
        )
    });
    let (quotes, terms) = q.text_analysis.as_ref().map_or_else(Default::default, |a| {
        let mut groups: Vec<QuoteGroup> = Vec::new();
        for x in &a.quotes {
            if let Some(g) = groups.iter_mut().find(|g| g.lang == x.language) {
                g.quotes.push(x.text.clone());
            } else {
                groups.push(QuoteGroup {
                    lang: x.language.clone(),
                    name: if crate::i18n::is_available(&x.language) {
                        Locale::new(&x.language).native_name()
                    } else {
                        x.language.clone()
                    },
                    quotes: vec![x.text.clone()],
                });
            }
        }
        (
            groups,
            a.languages
                .iter()
                .flat_map(|x| x.terms.iter().map(|t| t.text.clone()))
                .collect(),
        )
    });
    let (answered, skipped) = (figure(q.answered, fewer), figure(q.skipped, fewer));
    Block {
        key: q.key.clone(),
        text: q.text.clone(),
        kind: l.t(&format!("agg-kind-{}", q.kind.as_str())),
        answered: l.t_args(
            "pub-answered-of",
            &[
                ("answered", Arg::Str(&answered)),
                ("skipped", Arg::Str(&skipped)),
            ],
        ),
        chart,
        rows,
        quotes,
        terms,
    }
}

pub(super) fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A published consultation's results: public summary, approved quotes, downloads, feedback.
#[get("/results/{slug}")]
pub(super) async fn show_result(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    if let Some(w) = consultations::publication_withdrawal(&state.db, c.id()).await?
        && !c.results_public()
    {
        let page = WithdrawnPage {
            title: title_of(&c, document_language(&c, &l).code()),
            reason: paragraphs(&w.reason),
            withdrawn: w.withdrawn_at.format("%Y-%m-%d").to_string(),
            l,
        };
        return crate::web::page(StatusCode::GONE, &page);
    }
    let (c, doc) = published(&state, &path, &l).await?;
    #[allow(clippy::cast_precision_loss)]
    let fewer = l.t_args(
        "agg-fewer-than",
        &[("count", Arg::Num(doc.threshold as f64))],
    );
    let lang = doc.language.clone();
    let blocks = doc
        .overall
        .questions
        .iter()
        .filter(|q| q.kind != QuestionKind::Info)
        .map(|q| block(q, &l, &fewer))
        .collect();
    let opinion = opinion_page::sections(&state.db, &c, Audience::Public, &l).await?;
    // The PDF only where this instance can make it (typst installed).
    let pdf = crate::exports::pdf::program().is_some();
    let downloads = [
        Format::SummaryCsv,
        Format::SummaryXlsx,
        Format::SummaryJson,
        Format::ReportPdf,
    ]
    .iter()
    .filter(|f| pdf || !matches!(f, Format::ReportPdf))
    .map(|f| {
        (
            format!(
                "/api/v1/consultations/{}/exports/{}?lang={lang}",
                c.slug(),
                f.file_name()
            ),
            l.t(&format!("pub-download-{}", f.file_name().replace('.', "-"))),
        )
    })
    .collect();
    let page = ResultPage {
        slug: c.slug().to_owned(),
        title: doc.consultation.title.clone(),
        introduction: text_in(&c.definition.texts.introduction, &lang).to_owned(),
        feedback: paragraphs(feedback_in(&c, &lang)),
        published: doc
            .consultation
            .published_at
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        responses: figure(doc.overall.responses, &fewer),
        methodology: methodology(&l, doc.threshold),
        citation: format!("{}/results/{}", state.base_url, c.slug()),
        blocks,
        opinion,
        headlines: c
            .definition
            .texts
            .headlines
            .get(&lang)
            .or_else(|| {
                c.definition
                    .texts
                    .headlines
                    .get(&c.definition.default_language)
            })
            .cloned()
            .unwrap_or_default(),
        downloads,
        archived: c.status == Status::Archived,
        manage: viewer
            .actor()
            .filter(|a| a.can_read(c.group_id()))
            .map(|_| format!("/manage/consultations/{}/publish", c.slug())),
        l,
    };
    if page.manage.is_some() {
        // Personal: never kept by a cache that would show the link to someone else.
        return crate::web::no_store_page(StatusCode::OK, &page);
    }
    crate::web::page(StatusCode::OK, &page)
}

/// "What we did with your views" in `lang`, or in the consultation's main language when
/// none was written in `lang`.
pub(super) fn feedback_in<'a>(c: &'a Consultation, lang: &str) -> &'a str {
    let feedback = &c.definition.texts.feedback;
    Some(text_in(feedback, lang))
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| text_in(feedback, &c.definition.default_language))
}
