//! Pol.is interchange: reading a Pol.is export folder (`comments.csv`, `votes.csv`) into a
//! closed consultation with one `statements` question, and writing a `statements` question
//! in Pol.is's layouts (`comments.csv`, `votes.csv`, `participants-votes.csv`).
//!
//! Conventions: votes are agree = 1, disagree = −1, pass = 0 (Pol.is's export convention);
//! headers are read by name, never by position; a comment with `moderated` = −1 was moderated
//! out and stays out, with the votes on it; a participant's later vote on a comment wins (by
//! `timestamp`, then by row). Consulta never links a statement to its author: `author-id`
//! is empty and `n-comments` 0. Participants are random numbers new at each export, or — for
//! an imported conversation — the source's participant id in `source-participant`.
use std::{
    collections::{BTreeMap, HashMap},
    path::Path,
};

use chrono::{DateTime, Utc};
use rand::seq::SliceRandom;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QuerySelect, Set, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use crate::{
    aggregation::{self, opinion_query},
    consultations::{
        Consultation, Status,
        definition::{Definition, Question, QuestionKind, Section, Statement},
        repo::{self, NewConsultationRow},
    },
    db,
    entities::{answer, consultation, response},
};

/// The key of the imported question.
pub const QUESTION_KEY: &str = "statements";
/// Submission ids of imported participants start with this, then the source's id.
const SOURCE_PREFIX: &str = "polis:";

/// One of the Pol.is files Consulta writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PolisFile {
    Comments,
    Votes,
    ParticipantsVotes,
}

impl PolisFile {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "comments.csv" => Some(Self::Comments),
            "votes.csv" => Some(Self::Votes),
            "participants-votes.csv" => Some(Self::ParticipantsVotes),
            _ => None,
        }
    }
}

/// A Pol.is conversation as read, with what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Conversation {
    /// comment-id → text, in comment-id order as read.
    pub comments: Vec<(String, String)>,
    /// Source participant id → comment-id → vote (+1, −1, 0): the latest of each.
    pub votes: BTreeMap<String, BTreeMap<String, f64>>,
    /// One line per row or column left out, saying why.
    pub skipped: Vec<String>,
}

/// Why a folder could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum PolisError {
    #[error("{0} is missing from the folder")]
    Missing(&'static str),
    #[error("{file} has no column {column}")]
    Column {
        file: &'static str,
        column: &'static str,
    },
    #[error("{file} could not be read: {detail}")]
    Unreadable { file: &'static str, detail: String },
    #[error("no comment could be read from comments.csv")]
    Empty,
    #[error("there is no working group {0}")]
    NoGroup(String),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Reads `comments.csv` and `votes.csv` from a folder.
///
/// # Errors
/// A missing or unreadable file, or a missing required column.
pub fn read_dir(dir: &Path) -> Result<Conversation, PolisError> {
    let read = |name: &'static str| {
        std::fs::read(dir.join(name)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => PolisError::Missing(name),
            _ => PolisError::Unreadable {
                file: name,
                detail: e.to_string(),
            },
        })
    };
    parse(&read("comments.csv")?, &read("votes.csv")?)
}

/// Column positions by name.
fn columns(
    file: &'static str,
    headers: &csv::StringRecord,
    required: &[&'static str],
    known: &[&str],
    skipped: &mut Vec<String>,
) -> Result<HashMap<String, usize>, PolisError> {
    let at: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim().trim_start_matches('\u{feff}').to_owned(), i))
        .collect();
    for column in required {
        if !at.contains_key(*column) {
            return Err(PolisError::Column { file, column });
        }
    }
    for name in at.keys() {
        if !known.contains(&name.as_str()) && !required.contains(&name.as_str()) {
            skipped.push(format!("{file}: column {name} is not read"));
        }
    }
    Ok(at)
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().flexible(true).from_reader(bytes)
}

/// Parses the two files (headers by name).
///
/// # Errors
/// A missing required column, a file that is not CSV, or no comment at all.
pub fn parse(comments_csv: &[u8], votes_csv: &[u8]) -> Result<Conversation, PolisError> {
    let mut conv = Conversation::default();
    let unreadable = |file| {
        move |e: csv::Error| PolisError::Unreadable {
            file,
            detail: e.to_string(),
        }
    };
    let mut comments = reader(comments_csv);
    let headers = comments
        .headers()
        .map_err(unreadable("comments.csv"))?
        .clone();
    let at = columns(
        "comments.csv",
        &headers,
        &["comment-id", "comment-body"],
        &[
            "timestamp",
            "datetime",
            "author-id",
            "agrees",
            "disagrees",
            "moderated",
        ],
        &mut conv.skipped,
    )?;
    let mut moderated_out = std::collections::HashSet::new();
    for (row, record) in comments.records().enumerate() {
        let line = row + 2;
        let Ok(record) = record else {
            conv.skipped
                .push(format!("comments.csv line {line}: not readable"));
            continue;
        };
        let field = |name: &str| at.get(name).and_then(|&i| record.get(i)).map(str::trim);
        let id = field("comment-id").unwrap_or_default();
        let body = field("comment-body").unwrap_or_default();
        if id.is_empty() || !crate::consultations::rules::is_valid_code(id) {
            conv.skipped
                .push(format!("comments.csv line {line}: no valid comment-id"));
        } else if field("moderated") == Some("-1") {
            moderated_out.insert(id.to_owned());
            conv.skipped.push(format!(
                "comments.csv line {line}: comment {id} was moderated out"
            ));
        } else if body.is_empty() {
            conv.skipped.push(format!(
                "comments.csv line {line}: comment {id} has no text"
            ));
        } else if conv.comments.iter().any(|(c, _)| c == id) {
            conv.skipped.push(format!(
                "comments.csv line {line}: comment {id} appears twice"
            ));
        } else {
            conv.comments.push((id.to_owned(), body.to_owned()));
        }
    }
    if conv.comments.is_empty() {
        return Err(PolisError::Empty);
    }
    let mut votes = reader(votes_csv);
    let headers = votes.headers().map_err(unreadable("votes.csv"))?.clone();
    let at = columns(
        "votes.csv",
        &headers,
        &["comment-id", "voter-id", "vote"],
        &["timestamp", "datetime"],
        &mut conv.skipped,
    )?;
    // (timestamp, row) of the vote kept, so a later one replaces it.
    let mut when: HashMap<(String, String), (i64, usize)> = HashMap::new();
    let (mut unknown, mut out) = (0, 0);
    for (row, record) in votes.records().enumerate() {
        let line = row + 2;
        let Ok(record) = record else {
            conv.skipped
                .push(format!("votes.csv line {line}: not readable"));
            continue;
        };
        let field = |name: &str| at.get(name).and_then(|&i| record.get(i)).map(str::trim);
        let comment = field("comment-id").unwrap_or_default();
        let voter = field("voter-id").unwrap_or_default();
        let vote = match field("vote") {
            Some("1") => 1.0,
            Some("-1") => -1.0,
            Some("0") => 0.0,
            _ => {
                conv.skipped
                    .push(format!("votes.csv line {line}: the vote is not 1, -1 or 0"));
                continue;
            }
        };
        if voter.is_empty() {
            conv.skipped
                .push(format!("votes.csv line {line}: no voter-id"));
            continue;
        }
        if moderated_out.contains(comment) {
            out += 1;
            continue;
        }
        if !conv.comments.iter().any(|(c, _)| c == comment) {
            unknown += 1;
            continue;
        }
        let stamp = field("timestamp")
            .and_then(|t| t.parse::<i64>().ok())
            .unwrap_or(0);
        let key = (voter.to_owned(), comment.to_owned());
        if when.get(&key).is_some_and(|&(t, _)| t > stamp) {
            continue;
        }
        when.insert(key, (stamp, row));
        conv.votes
            .entry(voter.to_owned())
            .or_default()
            .insert(comment.to_owned(), vote);
    }
    if out > 0 {
        conv.skipped
            .push(format!("votes.csv: {out} votes on moderated-out comments"));
    }
    if unknown > 0 {
        conv.skipped.push(format!(
            "votes.csv: {unknown} votes on comments not in comments.csv"
        ));
    }
    Ok(conv)
}

/// The consultation an imported conversation becomes: one section, one `statements` question
/// whose statements are the comments (texts in `language`).
pub fn definition(conv: &Conversation, title: &str, language: &str) -> Definition {
    let mut def = Definition::new(vec![language.to_owned()], language, title);
    let mut q = Question::new(QUESTION_KEY, QuestionKind::Statements);
    q.text.insert(language.to_owned(), title.to_owned());
    q.statements_per_person = Some(u32::try_from(conv.comments.len().clamp(1, 200)).unwrap_or(200));
    q.statements = conv
        .comments
        .iter()
        .map(|(id, body)| Statement {
            code: id.clone(),
            text: [(language.to_owned(), body.chars().take(300).collect())].into(),
            ..Statement::default()
        })
        .collect();
    def.sections.push(Section {
        key: "conversation".into(),
        title: [(language.to_owned(), title.to_owned())].into(),
        questions: vec![q],
    });
    def
}

/// Creates a closed consultation of group `group_slug` from a conversation, in one
/// transaction, and returns its slug.
///
/// # Errors
/// No such group, or a database error (nothing is stored then).
pub async fn import(
    db: &DatabaseConnection,
    group_slug: &str,
    title: &str,
    conv: &Conversation,
) -> Result<String, PolisError> {
    let group = repo::group_by_slug(db, group_slug)
        .await?
        .ok_or_else(|| PolisError::NoGroup(group_slug.to_owned()))?;
    let def = definition(conv, title, "en");
    let txn = db::begin_write(db).await?;
    let slug = repo::free_slug(&txn, &crate::consultations::rules::slugify(title)).await?;
    let c = repo::insert_consultation(
        &txn,
        NewConsultationRow {
            group_id: group.id,
            meeting_id: None,
            slug: &slug,
            definition: &def,
            opens_at: None,
            closes_at: None,
        },
    )
    .await?;
    let now = Utc::now();
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Status,
            Expr::value(Status::Closed.as_str()),
        )
        .col_expr(consultation::Column::ClosedAt, Expr::value(Some(now)))
        .filter(consultation::Column::Id.eq(c.id()))
        .exec(&txn)
        .await?;
    for (voter, votes) in &conv.votes {
        let submission = format!("{SOURCE_PREFIX}{voter}");
        let receipt = hex::encode(Sha256::digest(format!("polis-import:{}:{voter}", c.id())));
        let row = response::ActiveModel {
            consultation_id: Set(c.id()),
            submission_id: Set(submission),
            content_hash: Set(String::new()),
            receipt_hash: Set(receipt),
            language: Set("en".into()),
            age_band: Set(None),
            country: Set(None),
            gender: Set(None),
            phase: Set("before".into()),
            submitted_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let answers: Vec<answer::ActiveModel> = votes
            .iter()
            .map(|(code, vote)| answer::ActiveModel {
                response_id: Set(row.id),
                consultation_id: Set(c.id()),
                question_key: Set(QUESTION_KEY.into()),
                option_code: Set(Some(code.clone())),
                number_value: Set(Some(*vote)),
                ..Default::default()
            })
            .collect();
        if !answers.is_empty() {
            answer::Entity::insert_many(answers)
                .exec_without_returning(&txn)
                .await?;
        }
    }
    aggregation::counters::rebuild_in(&txn, c.id())
        .await
        .map_err(|e| DbErr::Custom(format!("Failed to count the imported votes: {e}")))?;
    txn.commit().await?;
    Ok(slug)
}

/// One participant's votes on a question, as exported.
struct Row {
    participant: String,
    source: Option<String>,
    submitted_at: DateTime<Utc>,
    votes: BTreeMap<String, f64>,
}

/// The votes on `q` by participant, in a random order with random numbers as participants
/// (the source's ids kept aside for imported conversations).
async fn rows(
    db: &impl ConnectionTrait,
    c: &Consultation,
    q: &Question,
) -> Result<Vec<(i32, Row)>, DbErr> {
    let known: std::collections::HashSet<&str> =
        q.statements.iter().map(|s| s.code.as_str()).collect();
    let votes: Vec<(i32, String, Option<f64>)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::OptionCode)
        .column(answer::Column::NumberValue)
        .filter(answer::Column::ConsultationId.eq(c.id()))
        .filter(answer::Column::QuestionKey.eq(q.key.as_str()))
        .filter(answer::Column::OptionCode.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let mut by_response: BTreeMap<i32, BTreeMap<String, f64>> = BTreeMap::new();
    for (id, code, value) in votes {
        if known.contains(code.as_str()) {
            by_response
                .entry(id)
                .or_default()
                .insert(code, value.unwrap_or(0.0));
        }
    }
    let responses: HashMap<i32, (String, DateTime<Utc>)> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::SubmissionId)
        .column(response::Column::SubmittedAt)
        .filter(response::Column::ConsultationId.eq(c.id()))
        .into_tuple::<(i32, String, DateTime<Utc>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, s, at)| (id, (s, at)))
        .collect();
    let mut numbers: Vec<usize> = (0..by_response.len()).collect();
    numbers.shuffle(&mut rand::rng());
    let mut out: Vec<(i32, Row)> = by_response
        .into_iter()
        .zip(numbers)
        .map(|((id, votes), n)| {
            let (submission, at) = responses.get(&id).cloned().unwrap_or_default();
            let source = submission.strip_prefix(SOURCE_PREFIX).map(str::to_owned);
            (
                id,
                Row {
                    participant: n.to_string(),
                    source,
                    submitted_at: at,
                    votes,
                },
            )
        })
        .collect();
    // Rows in participant order, so the file's order says nothing about who answered first.
    out.sort_by_key(|(_, r)| r.participant.parse::<usize>().unwrap_or(0));
    Ok(out)
}

fn datetime(at: DateTime<Utc>) -> String {
    at.format("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
        .to_string()
}

fn vote_text(v: f64) -> &'static str {
    match opinion_vote(v) {
        1 => "1",
        -1 => "-1",
        _ => "0",
    }
}

fn opinion_vote(v: f64) -> i8 {
    if v > 0.5 {
        1
    } else if v < -0.5 {
        -1
    } else {
        0
    }
}

/// Writes one of the Pol.is files for the first `statements` question of `c` (or `None`
/// when it has none).
///
/// # Errors
/// A database error, or a CSV writer error.
pub async fn write(
    db: &impl ConnectionTrait,
    c: &Consultation,
    file: PolisFile,
) -> Result<Option<Vec<u8>>, anyhow::Error> {
    let Some(q) = opinion_query::statement_questions(c).into_iter().next() else {
        return Ok(None);
    };
    let lang = c.definition.default_language.clone();
    let rows = rows(db, c, q).await?;
    let imported = rows.iter().any(|(_, r)| r.source.is_some());
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    match file {
        PolisFile::Comments => {
            w.write_record([
                "timestamp",
                "datetime",
                "comment-id",
                "author-id",
                "agrees",
                "disagrees",
                "moderated",
                "comment-body",
            ])?;
            let created = c.row.created_at;
            for st in &q.statements {
                let (mut agrees, mut disagrees) = (0, 0);
                for (_, r) in &rows {
                    match r.votes.get(&st.code).map(|v| opinion_vote(*v)) {
                        Some(1) => agrees += 1,
                        Some(-1) => disagrees += 1,
                        _ => {}
                    }
                }
                w.write_record([
                    created.timestamp().to_string(),
                    datetime(created),
                    st.code.clone(),
                    String::new(),
                    agrees.to_string(),
                    disagrees.to_string(),
                    "1".to_owned(),
                    st.wording(&lang, None).to_owned(),
                ])?;
            }
        }
        PolisFile::Votes => {
            let mut header = vec!["timestamp", "datetime", "comment-id", "voter-id", "vote"];
            if imported {
                header.push("source-participant");
            }
            w.write_record(&header)?;
            for (_, r) in &rows {
                for (code, v) in &r.votes {
                    let mut record = vec![
                        r.submitted_at.timestamp().to_string(),
                        datetime(r.submitted_at),
                        code.clone(),
                        r.participant.clone(),
                        vote_text(*v).to_owned(),
                    ];
                    if imported {
                        record.push(r.source.clone().unwrap_or_default());
                    }
                    w.write_record(&record)?;
                }
            }
        }
        PolisFile::ParticipantsVotes => {
            let votes = opinion_query::load_votes(db, c.id(), q, &lang).await?;
            let threshold = u64::from(c.definition.threshold());
            let analysis = opinion_query::analyse(votes, threshold).await?;
            let mut header: Vec<String> = [
                "participant",
                "group-id",
                "n-comments",
                "n-votes",
                "n-agree",
                "n-disagree",
            ]
            .iter()
            .map(|h| (*h).to_owned())
            .collect();
            header.extend(q.statements.iter().map(|s| s.code.clone()));
            if imported {
                header.push("source-participant".into());
            }
            w.write_record(&header)?;
            for (id, r) in &rows {
                let group = analysis
                    .memberships
                    .get(&i64::from(*id))
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let count = |want: i8| {
                    r.votes
                        .values()
                        .filter(|v| opinion_vote(**v) == want)
                        .count()
                };
                let mut record = vec![
                    r.participant.clone(),
                    group,
                    "0".to_owned(),
                    r.votes.len().to_string(),
                    count(1).to_string(),
                    count(-1).to_string(),
                ];
                record.extend(q.statements.iter().map(|s| {
                    r.votes
                        .get(&s.code)
                        .map_or("", |v| vote_text(*v))
                        .to_owned()
                }));
                if imported {
                    record.push(r.source.clone().unwrap_or_default());
                }
                w.write_record(&record)?;
            }
        }
    }
    Ok(Some(w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMENTS: &str = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body,extra\n\
        1,x,0,5,0,0,1,\"Parks, please\",a\n\
        2,x,1,5,0,0,0,More buses,b\n\
        3,x,2,5,0,0,-1,Rejected,c\n\
        4,x,,5,0,0,1,No id,d\n";
    // Columns in another order than Pol.is writes them: read by name.
    const VOTES: &str = "vote,voter-id,comment-id,timestamp\n\
        1,p1,0,10\n\
        -1,p1,0,20\n\
        0,p1,1,5\n\
        1,p1,1,1\n\
        1,p2,2,3\n\
        maybe,p2,0,3\n\
        1,p2,7,3\n";

    #[test]
    fn a_folder_reads_by_header_names_with_the_later_vote_winning() {
        let conv = parse(COMMENTS.as_bytes(), VOTES.as_bytes()).unwrap();
        assert_eq!(
            conv.comments,
            [
                ("0".into(), "Parks, please".into()),
                ("1".into(), "More buses".into())
            ]
        );
        let p1 = &conv.votes["p1"];
        assert_eq!(p1["0"], -1.0, "the vote at 20 wins over the one at 10");
        assert_eq!(p1["1"], 0.0, "the vote at 5 wins over the later row at 1");
        assert!(
            !conv.votes.contains_key("p2"),
            "p2 voted only on skipped comments"
        );
        let report = conv.skipped.join("\n");
        for part in [
            "column extra",
            "moderated out",
            "no valid comment-id",
            "not 1, -1 or 0",
            "1 votes on moderated-out",
            "not in comments.csv",
        ] {
            assert!(report.contains(part), "{part} in {report}");
        }
    }

    #[test]
    fn a_folder_without_a_required_column_is_refused() {
        let err = parse(b"comment-id,text\n1,a\n", VOTES.as_bytes()).unwrap_err();
        assert!(
            matches!(
                err,
                PolisError::Column {
                    column: "comment-body",
                    ..
                }
            ),
            "{err}"
        );
    }
}
