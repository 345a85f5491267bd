//! The opinion map of a `statements` question from the database, for one reader: the votes
//! read from the `answer` table (one row per vote), analysed by [`super::opinion`], and
//! suppressed by audience through [`super::suppression`] — the API document
//! (`GET /api/v1/consultations/{slug}/opinion?question=KEY`) and what the summary page shows.
use std::collections::{BTreeMap, HashMap};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::SelectStatement,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    opinion::{self, Analysis, Participant, Scored, Votes},
    suppression::{self, Audience, CountTable},
};
use crate::{
    consultations::{
        Consultation,
        definition::{Question, QuestionKind},
    },
    entities::{answer, response},
};

/// The `statements` questions of a consultation.
pub fn statement_questions(c: &Consultation) -> Vec<&Question> {
    c.definition
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.kind == QuestionKind::Statements)
        .collect()
}

/// A response's id, age band, country, gender and language.
type Bands = (i32, Option<String>, Option<String>, Option<String>, String);

/// The votes on `q` (statements of the current definition only: a statement taken out by
/// moderation is not analysed), with each voter's bands; texts in `lang`.
///
/// # Errors
/// A database error.
pub async fn load_votes(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    q: &Question,
    lang: &str,
) -> Result<Votes, DbErr> {
    load_votes_among(db, consultation_id, q, lang, None).await
}

/// [`load_votes`], of the responses `among` selects only (their ids) when given: a live
/// session's votes.
///
/// # Errors
/// A database error.
pub async fn load_votes_among(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    q: &Question,
    lang: &str,
    among: Option<SelectStatement>,
) -> Result<Votes, DbErr> {
    let index: HashMap<&str, usize> = q
        .statements
        .iter()
        .enumerate()
        .map(|(i, st)| (st.code.as_str(), i))
        .collect();
    let mut rows = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::OptionCode)
        .column(answer::Column::NumberValue)
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::QuestionKey.eq(q.key.as_str()))
        .filter(answer::Column::OptionCode.is_not_null());
    let mut bands = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::AgeBand)
        .column(response::Column::Country)
        .column(response::Column::Gender)
        .column(response::Column::Language)
        .filter(response::Column::ConsultationId.eq(consultation_id));
    if let Some(among) = among {
        rows = rows.filter(answer::Column::ResponseId.in_subquery(among.clone()));
        bands = bands.filter(response::Column::Id.in_subquery(among));
    }
    let rows: Vec<(i32, String, Option<f64>)> = rows.into_tuple().all(db).await?;
    let mut by_response: BTreeMap<i32, Participant> = BTreeMap::new();
    for (response_id, code, value) in rows {
        if let Some(&j) = index.get(code.as_str()) {
            by_response
                .entry(response_id)
                .or_insert_with(|| Participant {
                    id: i64::from(response_id),
                    ..Participant::default()
                })
                .votes
                .push((j, value.unwrap_or(0.0)));
        }
    }
    let bands: Vec<Bands> = bands.into_tuple().all(db).await?;
    for (id, age_band, country, gender, language) in bands {
        if let Some(p) = by_response.get_mut(&id) {
            let values = [age_band, country, gender, Some(language)];
            for (dimension, value) in opinion::DIMENSIONS.into_iter().zip(values) {
                if let Some(v) = value {
                    p.groups.insert(dimension, v);
                }
            }
        }
    }
    Ok(Votes {
        statements: q
            .statements
            .iter()
            .map(|st| (st.code.clone(), st.wording(lang, None).to_owned()))
            .collect(),
        participants: by_response.into_values().collect(),
    })
}

/// The opinion map of one `statements` question as a reader may see it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct OpinionDocument {
    /// The question's key.
    pub question: String,
    /// Young people who voted on at least one statement; `null` when fewer than the threshold
    /// (members and the public).
    pub participants: Option<u64>,
    /// Votes cast (agree, disagree and pass); `null` with `participants`.
    pub votes: Option<u64>,
    /// Young people with enough votes to be placed on the map and in a group.
    pub placed: Option<u64>,
    /// The small-group threshold applied.
    pub threshold: u64,
    /// How well the groups are apart (silhouette, −1 to 1), when there are groups.
    pub silhouette: Option<f64>,
    /// Opinion groups found by k-means (k from 2 to 5, the best silhouette), largest first.
    pub groups: Vec<OpinionGroup>,
    /// Statements every opinion group agrees with, best first (product of the groups'
    /// smoothed agree shares; with no groups, everyone's).
    pub consensus: Vec<Scored>,
    /// The same measure over demographic groups: `age_band`, `country`, `gender`, `language`.
    pub consensus_by: BTreeMap<String, DemographicConsensusDoc>,
    /// Statements that divide the opinion groups most, widest gap first.
    pub divisive: Vec<Scored>,
}

/// One opinion group.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct OpinionGroup {
    /// 0 for the largest group, then by size.
    pub id: usize,
    /// Young people in the group; `null` when hidden from this reader.
    pub size: Option<u64>,
    /// Hidden from members and the public (facilitators see the figures with this marker).
    pub suppressed: bool,
    /// What sets the group apart (empty when hidden).
    pub representative: Vec<Scored>,
}

/// Consensus over the groups of one demographic dimension.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DemographicConsensusDoc {
    /// The groups counted (each at least the threshold), with their size.
    pub groups: Vec<DemographicGroup>,
    /// Groups left out because they are smaller than the threshold.
    pub left_out: usize,
    /// Best first; empty with fewer than two groups counted.
    pub statements: Vec<Scored>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DemographicGroup {
    pub value: String,
    /// Facilitators only: with the total and the groups left out, sizes could point at a
    /// small group.
    pub size: Option<u64>,
}

/// The analysis as `audience` may see it: group sizes pass through the suppression of a
/// table (so a hidden size cannot be worked out from the others and the total), and a hidden
/// group shows no statements.
pub fn document(
    question: &str,
    analysis: &Analysis,
    threshold: u64,
    audience: Audience,
) -> OpinionDocument {
    let participants = suppression::suppress_count(analysis.participants, threshold, audience);
    let columns: Vec<String> = analysis.groups.iter().map(|g| g.id.to_string()).collect();
    let sizes: Vec<u64> = analysis.groups.iter().map(|g| g.size).collect();
    let cells = CountTable::single(columns, sizes, analysis.placed)
        .map(|t| suppression::suppress(&t, threshold, audience))
        .ok();
    let groups = analysis
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let cell = cells.as_ref().and_then(|c| c.totals.get(i).copied());
            let size = cell.and_then(|c| c.count);
            let suppressed = cell.is_none_or(|c| c.suppressed);
            OpinionGroup {
                id: g.id,
                size,
                suppressed,
                representative: if size.is_some() {
                    g.representative.clone()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    OpinionDocument {
        question: question.to_owned(),
        participants,
        votes: participants.map(|_| analysis.votes),
        placed: cells.as_ref().and_then(|c| c.base.count),
        threshold: suppression::effective_threshold(threshold),
        silhouette: analysis.silhouette,
        groups,
        consensus: analysis.consensus.clone(),
        consensus_by: analysis
            .consensus_by
            .iter()
            .map(|d| {
                (
                    d.dimension.to_owned(),
                    DemographicConsensusDoc {
                        groups: d
                            .groups
                            .iter()
                            .map(|(value, size)| DemographicGroup {
                                value: value.clone(),
                                size: audience.sees_everything().then_some(*size),
                            })
                            .collect(),
                        left_out: d.left_out,
                        statements: d.statements.clone(),
                    },
                )
            })
            .collect(),
        divisive: analysis.divisive.clone(),
    }
}

/// Loads, analyses and suppresses the opinion map of `q` for `audience`, texts in `lang`.
///
/// # Errors
/// A database error.
pub async fn build(
    db: &impl ConnectionTrait,
    c: &Consultation,
    q: &Question,
    audience: Audience,
    lang: &str,
) -> Result<(OpinionDocument, Analysis), DbErr> {
    let votes = load_votes(db, c.id(), q, lang).await?;
    let threshold = u64::from(c.definition.threshold());
    let analysis = analyse(votes, threshold).await?;
    Ok((document(&q.key, &analysis, threshold, audience), analysis))
}

/// [`opinion::analyse`] on a blocking thread: seconds for a large map, which on the server's
/// worker thread would stall every other request it holds (as the text analysis would,
/// `texts::analyse`).
///
/// # Errors
/// The analysis panicked.
pub async fn analyse(votes: Votes, threshold: u64) -> Result<Analysis, DbErr> {
    tokio::task::spawn_blocking(move || opinion::analyse(&votes, threshold))
        .await
        .map_err(|e| DbErr::Custom(format!("The opinion map's analysis failed: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregation::opinion::Group;

    fn analysis(sizes: &[u64]) -> Analysis {
        Analysis {
            participants: sizes.iter().sum(),
            votes: 100,
            placed: sizes.iter().sum(),
            groups: sizes
                .iter()
                .enumerate()
                .map(|(id, &size)| Group {
                    id,
                    size,
                    representative: vec![Scored {
                        code: "s1".into(),
                        text: "One".into(),
                        score: 1.0,
                        direction: Some("agree"),
                    }],
                    centre: (0.0, 0.0),
                    spread: (1.0, 1.0),
                })
                .collect(),
            ..Analysis::default()
        }
    }

    #[test]
    fn a_small_opinion_group_is_hidden_from_members_with_a_complement() {
        let a = analysis(&[30, 4]);
        let doc = document("q", &a, 10, Audience::Member);
        assert_eq!(doc.groups[1].size, None);
        assert!(doc.groups[1].representative.is_empty());
        // With only one other group, its size and the total would reveal the small one.
        assert!(doc.groups[0].size.is_none() || doc.placed.is_none());
        let doc = document("q", &a, 10, Audience::Facilitator);
        assert_eq!(doc.groups[1].size, Some(4));
        assert!(doc.groups[1].suppressed);
    }
}
