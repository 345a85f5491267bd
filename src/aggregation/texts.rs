//! Free text of one question, analysed on demand per language: key terms and two-word phrases
//! ([`super::text::key_terms`]) and the quotes a facilitator approved.
//!
//! Which answers count: `approved` and `unpublished` ones (moderated and kept) for everyone;
//! `hidden` never; `pending` (not yet moderated) only in a preview for facilitators, marked as
//! such. Only `approved` answers a facilitator also chose as quotes are ever quoted. Members and the public see no term used by
//! fewer young people than the threshold (a rare word can be a fragment of one answer), and no
//! analysis at all of a group smaller than the threshold. Every such answer of the question is
//! analysed: the texts are read with one lean query and each distinct written word is
//! cleaned, checked and stemmed once per language ([`super::text::Vocabulary`]), so an
//! answer costs little more than reading it.
use std::collections::{BTreeMap, HashSet};

use sea_orm::{
    ConnectionTrait, DbErr, FromQueryResult,
    sea_query::{Expr, ExprTrait, Query, SelectStatement},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    counters::Dimension,
    suppression::{Audience, suppress_count},
    text::{Tally, Vocabulary},
};
use crate::entities::{answer, response};

/// Terms and phrases listed per language.
pub const TERMS: usize = 20;

/// Moderation statuses whose text may be analysed for everyone.
const SHOWN: [&str; 2] = ["approved", "unpublished"];
const PENDING: &str = "pending";

/// What young people wrote in answer to one question.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct TextAnalysis {
    /// Per language, from moderated answers (approved or kept unpublished).
    pub languages: Vec<LanguageTerms>,
    /// Texts a facilitator chose as public quotes, one by one (approval alone never makes
    /// one): grouped by language, each text once, never a single word, at most
    /// the consultation's `quotes_per_question` (5 unless the facilitators chose another
    /// number), the first chosen.
    pub quotes: Vec<Quote>,
    /// Facilitators only: the analysis including answers still waiting for moderation. A
    /// preview: members and the public never see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preview: Option<Vec<LanguageTerms>>,
}

/// Key terms of the answers written in one language.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct LanguageTerms {
    pub language: String,
    /// Answers analysed; `null` when fewer than the threshold (to members and the public).
    pub answers: Option<u64>,
    pub terms: Vec<Term>,
    pub phrases: Vec<Term>,
}

/// A term or phrase and how many answers use it.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Term {
    pub text: String,
    pub count: u64,
    /// Facilitators: used by fewer young people than the threshold (others do not see it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suppressed: bool,
}

/// An approved answer.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Quote {
    pub language: String,
    pub text: String,
}

/// A row of [`read_query`].
#[derive(Debug, FromQueryResult)]
pub struct TextRow {
    pub id: i32,
    pub text_value: Option<String>,
    pub moderation_status: Option<String>,
    pub language: String,
}

/// The texts of a question the analysis reads for `audience`: every answer with a text in a
/// status it may see, with its response's language (the caller adds any group filter).
pub fn read_query(consultation_id: i32, question_key: &str, audience: Audience) -> SelectStatement {
    let mut statuses: Vec<&str> = SHOWN.to_vec();
    if audience.sees_everything() {
        statuses.push(PENDING);
    }
    let mut query = Query::select();
    query
        .column((answer::Entity, answer::Column::Id))
        .column((answer::Entity, answer::Column::TextValue))
        .column((answer::Entity, answer::Column::ModerationStatus))
        .column((response::Entity, response::Column::Language))
        .from(answer::Entity)
        .inner_join(
            response::Entity,
            Expr::col((response::Entity, response::Column::Id))
                .equals((answer::Entity, answer::Column::ResponseId)),
        )
        .and_where(Expr::col((answer::Entity, answer::Column::ConsultationId)).eq(consultation_id))
        .and_where(Expr::col((answer::Entity, answer::Column::QuestionKey)).eq(question_key))
        .and_where(Expr::col((answer::Entity, answer::Column::TextValue)).is_not_null())
        .and_where(Expr::col((answer::Entity, answer::Column::ModerationStatus)).is_in(statuses));
    query
}

/// Analyses the free text of `question_key` for `audience`, limited to one group when
/// `filter` is given (`""` for not stated).
///
/// # Errors
/// The database error.
pub async fn analyse(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    question_key: &str,
    filter: Option<(Dimension, &str)>,
    threshold: u64,
    audience: Audience,
    quotes_per_question: usize,
) -> Result<TextAnalysis, DbErr> {
    let mut query = read_query(consultation_id, question_key, audience);
    if let Some((dimension, value)) = filter
        && let Some(scheme) = dimension.region_scheme()
    {
        // A region: its countries (no region: no country stated).
        let column = Expr::col((response::Entity, response::Column::Country));
        query.and_where(if value.is_empty() {
            column.is_null()
        } else {
            column.is_in(crate::i18n::regions::members(scheme, value))
        });
    } else if let Some((dimension, value)) = filter {
        let column = match dimension {
            Dimension::AgeBand => response::Column::AgeBand,
            Dimension::Country => response::Column::Country,
            Dimension::Gender => response::Column::Gender,
            Dimension::Language => response::Column::Language,
            Dimension::Phase => response::Column::Phase,
            Dimension::Region | Dimension::ItuRegion => response::Column::Country,
        };
        let column = Expr::col((response::Entity, column));
        query.and_where(if value.is_empty() {
            column.is_null()
        } else {
            column.eq(value)
        });
    }
    let statement = db.get_database_backend().build(&query);
    let rows = TextRow::find_by_statement(statement).all(db).await?;
    // Quotes are the texts a facilitator chose one by one (`quote`, possibly redacted, kept
    // after the raw answers are deleted): approving an answer for the analysis never makes
    // one.
    let chosen = crate::moderation::repo::quotes_of_question(db, consultation_id, question_key)
        .await
        .map_err(|e| DbErr::Custom(format!("{e:#}")))?;
    let chosen_ids: HashSet<i32> = chosen.iter().filter_map(|q| q.answer_id).collect();
    // Reading every text (cleaning, stemming, segmenting Chinese) takes seconds for a large
    // question. On the server's worker thread it would stall every other request that thread
    // holds, and actix's clock with them: a worker busy longer than the keep-alive timeout
    // closes its kept-alive connections as soon as it answers.
    let (approved_ids, languages, preview) =
        tokio::task::spawn_blocking(move || read_all(rows, &chosen_ids, threshold, audience))
            .await
            .map_err(|e| DbErr::Custom(format!("The text analysis failed: {e}")))?;
    let candidates = chosen.into_iter().filter(|q| match (q.answer_id, filter) {
        // A quote's answer is approved (any other decision takes the quote back); with a
        // filter on the respondents, it must be among those matching it.
        (Some(id), Some(_)) => approved_ids.contains(&id),
        (_, None) => true,
        // Quotes whose answers were deleted after retention know their language and age
        // band only.
        (None, Some((Dimension::Language, value))) => q.language == value,
        (None, Some((Dimension::AgeBand, value))) => q.age_band.as_deref().unwrap_or("") == value,
        (None, Some(_)) => false,
    });
    let quotes: Vec<Quote> = crate::moderation::domain::public_quotes(
        candidates.map(|q| (q.language, q.text)),
        quotes_per_question,
    )
    .into_iter()
    .map(|(language, text)| Quote { language, text })
    .collect();
    Ok(TextAnalysis {
        languages,
        quotes,
        preview,
    })
}

/// The analysis of `rows` for `audience`: the ids of those approved and chosen as quotes,
/// the terms per language of the moderated answers and, for facilitators, of all of them.
fn read_all(
    rows: Vec<TextRow>,
    chosen_ids: &HashSet<i32>,
    threshold: u64,
    audience: Audience,
) -> (HashSet<i32>, Vec<LanguageTerms>, Option<Vec<LanguageTerms>>) {
    let mut approved_ids = HashSet::new();
    let mut by_language: BTreeMap<String, Language> = BTreeMap::new();
    let preview = audience.sees_everything();
    for row in rows {
        let (Some(status), Some(text)) = (row.moderation_status, row.text_value) else {
            continue;
        };
        if status == "approved" && chosen_ids.contains(&row.id) {
            approved_ids.insert(row.id);
        }
        let language = match by_language.get_mut(&row.language) {
            Some(language) => language,
            None => by_language
                .entry(row.language.clone())
                .or_insert_with(|| Language::new(&row.language)),
        };
        language.words.read(&text);
        if SHOWN.contains(&status.as_str()) {
            language.shown.add(&language.words);
        }
        if preview {
            language.all.add(&language.words);
        }
    }
    let languages = per_language(&by_language, |l| &l.shown, threshold, audience);
    let preview = preview.then(|| per_language(&by_language, |l| &l.all, threshold, audience));
    (approved_ids, languages, preview)
}

/// The answers of one language: its vocabulary, the tally of moderated answers and (for
/// facilitators) of every answer including those waiting for moderation.
struct Language {
    words: Vocabulary,
    shown: Tally,
    all: Tally,
}

impl Language {
    fn new(code: &str) -> Self {
        Self {
            words: Vocabulary::new(code),
            shown: Tally::default(),
            all: Tally::default(),
        }
    }
}

fn per_language(
    languages: &BTreeMap<String, Language>,
    tally: impl Fn(&Language) -> &Tally,
    threshold: u64,
    audience: Audience,
) -> Vec<LanguageTerms> {
    languages
        .iter()
        .filter(|(_, l)| tally(l).answers() > 0)
        .map(|(language, l)| {
            let n = tally(l).answers();
            let answers = suppress_count(n, threshold, audience);
            let terms = if audience.sees_everything() || answers.is_some() {
                tally(l).top(&l.words, TERMS)
            } else {
                Default::default()
            };
            let keep = |list: Vec<(String, u64)>| -> Vec<Term> {
                list.into_iter()
                    .filter_map(|(text, count)| {
                        let suppressed =
                            suppress_count(count, threshold, Audience::Public).is_none();
                        (audience.sees_everything() || !suppressed).then_some(Term {
                            text,
                            count,
                            suppressed,
                        })
                    })
                    .collect()
            };
            LanguageTerms {
                language: language.to_owned(),
                answers,
                terms: keep(terms.terms),
                phrases: keep(terms.phrases),
            }
        })
        .collect()
}
