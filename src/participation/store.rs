//! Storing a response in one transaction, idempotently by submission id, and withdrawing it
//! with its receipt code. The receipt is shown to the young person; only its hash is stored.
//! It is derived from the submission id with an instance secret, so a retry of the same
//! submission gets the same receipt back without the code itself ever being kept.
use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    FromQueryResult, QueryFilter, QueryOrder, Set, SqlErr,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::response::ParsedResponse;
use crate::{
    consultations::{
        Consultation, answers,
        definition::{AnswerValue, QuestionKind},
        join_code,
    },
    db,
    entities::{answer, response, withdrawn_submission},
    moderation::{self, Flag},
    secrets::{Keys, RECEIPT_ALPHABET, RECEIPT_LEN},
};

/// The form of a receipt code (an answer code) shown to people: `K7PM-4MX9-QATR`, three
/// groups of four, so it never looks like a join code (`K7P-4MX`, two groups of three).
/// Typed back in any grouping, case or spacing (codes shown before 2027 were `K7P-4MX-9QA-TRE`).
pub fn display_receipt(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The stored hash of a receipt code typed in any form.
pub fn receipt_hash(typed: &str) -> String {
    let code = join_code::normalise(typed);
    hex::encode(Sha256::digest(format!("receipt:{code}").as_bytes()))
}

/// What the young person gets back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Receipt {
    /// The code to keep: it is the only way to withdraw the answers. Shown once.
    pub receipt: String,
    pub submission_id: Uuid,
    /// When the response was stored, rounded down to the hour.
    pub submitted_at: DateTime<Utc>,
}

/// The outcome of storing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// A new response.
    Created(Receipt),
    /// The same submission again, with the same content: the original receipt.
    Repeated(Receipt),
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The submission id was used before with other answers.
    #[error("the submission id was already used with different answers")]
    Conflict,
    /// The submission was withdrawn with its receipt: it is never stored again.
    #[error("the submission was withdrawn")]
    Withdrawn,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// One answer row as stored (also what the counters seam receives).
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    pub question_key: String,
    pub option_code: Option<String>,
    pub position: Option<i32>,
    pub number_value: Option<f64>,
    pub text_value: Option<String>,
    /// Moderation flags of a text (`disclosure,profanity`), as `moderation::Flag::as_str`.
    pub flags: Option<String>,
}

impl crate::aggregation::counters::CountedAnswer for AnswerRow {
    fn question_key(&self) -> &str {
        &self.question_key
    }
    fn option_code(&self) -> Option<&str> {
        self.option_code.as_deref()
    }
    fn position(&self) -> Option<i32> {
        self.position
    }
    fn number_value(&self) -> Option<f64> {
        self.number_value
    }
}

/// A stored response with its answers, for the modules that keep counters.
#[derive(Clone, Debug)]
pub struct StoredResponse {
    pub response: response::Model,
    pub answers: Vec<AnswerRow>,
}

/// Key of the answer row holding a self-description of gender (goes through moderation).
pub const GENDER_DESCRIPTION_KEY: &str = "_gender_description";

/// What is stored of a response, worked out before any transaction starts (scrubbing and
/// hashing take CPU time that should not hold the write lock).
pub struct Prepared {
    consultation_id: i32,
    scrubbed: ParsedResponse,
    rows: Vec<AnswerRow>,
    content_hash: String,
    code: String,
    /// The keyed hash a withdrawal of this submission leaves behind (see [`withdraw`]).
    tombstone: String,
}

impl Prepared {
    pub fn new(keys: &Keys, consultation: &Consultation, parsed: &ParsedResponse) -> Self {
        let (scrubbed, flags) = scrub_response(consultation, parsed);
        Self {
            consultation_id: consultation.id(),
            content_hash: content_hash(&scrubbed),
            code: keys.receipt(consultation.id(), &parsed.submission_id),
            tombstone: keys.tombstone(consultation.id(), &parsed.submission_id.to_string()),
            rows: answer_rows(consultation, &scrubbed, &flags),
            scrubbed,
        }
    }

    /// The response as it is stored: its texts scrubbed.
    pub fn response(&self) -> &ParsedResponse {
        &self.scrubbed
    }

    /// Whether one of its texts may tell of harm (its disclosure flag as stored): the
    /// thank-you page then shows where to get help at once, and the lead is alerted.
    pub fn mentions_harm(&self) -> bool {
        self.rows.iter().any(|row| {
            row.flags
                .as_deref()
                .is_some_and(|flags| flags.split(',').any(|f| f == Flag::Disclosure.as_str()))
        })
    }

    /// The submission id as stored.
    fn submission_id(&self) -> String {
        self.scrubbed.submission_id.to_string()
    }

    /// What the unique index on responses is over.
    fn key(&self) -> (i32, String) {
        (self.consultation_id, self.submission_id())
    }

    /// What a submission id already stored means for this one: the same content is a retry
    /// (its original receipt), other content a conflict.
    fn compare(
        &self,
        content_hash: &str,
        submitted_at: DateTime<Utc>,
    ) -> Result<Stored, StoreError> {
        if content_hash == self.content_hash {
            Ok(Stored::Repeated(self.receipt(submitted_at)))
        } else {
            Err(StoreError::Conflict)
        }
    }

    /// The receipt of this submission stored at `submitted_at` (a response already stored
    /// under its submission id: the same receipt, without reading the keys again).
    pub fn receipt(&self, submitted_at: DateTime<Utc>) -> Receipt {
        Receipt {
            receipt: display_receipt(&self.code),
            submission_id: self.scrubbed.submission_id,
            submitted_at,
        }
    }

    fn json_row(&self) -> ResponseJson<'_> {
        let parsed = &self.scrubbed;
        ResponseJson {
            consultation_id: self.consultation_id,
            submission_id: self.submission_id(),
            content_hash: &self.content_hash,
            receipt_hash: receipt_hash(&self.code),
            language: &parsed.language,
            age_band: parsed.age_band.as_deref(),
            country: parsed.country.as_deref(),
            gender: parsed.gender.as_deref(),
            phase: parsed.phase.as_str(),
        }
    }
}

/// Stores one prepared response and its answers inside `txn`, then calls
/// [`super::on_stored`]. The caller commits.
///
/// # Errors
/// [`StoreError::Conflict`] when the submission id was used with other content; a database
/// error otherwise.
pub async fn store_response(
    txn: &DatabaseTransaction,
    prepared: &Prepared,
) -> Result<Stored, StoreError> {
    store_one(txn, prepared).await
}

/// Stores `prepared` inside `txn` unless its submission id is stored already (then it is a
/// repeat or a conflict) or was withdrawn ([`StoreError::Withdrawn`]).
async fn store_one(txn: &DatabaseTransaction, prepared: &Prepared) -> Result<Stored, StoreError> {
    let submitted_at = submitted_now();
    let created = insert_new(txn, &[prepared], submitted_at).await?[0];
    // Looked for after the insert, not before: on PostgreSQL a withdrawal of this very
    // submission may commit while the insert waits at the unique index, and the insert then
    // goes ahead. Its tombstone, committed with it, is visible to this later statement; the
    // caller rolls back.
    if !withdrawn(txn, &[prepared]).await?.is_empty() {
        return Err(StoreError::Withdrawn);
    }
    if created {
        return Ok(Stored::Created(prepared.receipt(submitted_at)));
    }
    match find_submissions(txn, &[prepared])
        .await?
        .remove(&prepared.key())
    {
        Some((hash, at)) => prepared.compare(&hash, at),
        None => Err(StoreError::Conflict),
    }
}

/// What adding answers to a stored response did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// The answers were new: stored and counted.
    Stored,
    /// Every question was answered before with exactly these answers (a double tap).
    Same,
    /// A question was answered before with other answers: nothing is stored, the first stands.
    Different,
}

/// Adds the answers of `parsed` to `response`, already stored under the same submission id
/// (a live participant's later answers), inside `txn`: scrubbed and flagged like any answer.
/// Questions answered before are never answered again. The counters are not moved: the
/// caller calls [`count_added`] in the same transaction when it answered [`Added::Stored`],
/// as its last statement before the commit. The counter rows are the ones every concurrent
/// answer to the question updates: each transaction holds their locks from its upsert to its
/// commit, so the fewer statements after it, the shorter the others wait.
///
/// # Errors
/// A database error.
pub async fn add_answers_uncounted(
    txn: &DatabaseTransaction,
    response: &response::Model,
    prepared: &Prepared,
) -> Result<Added, DbErr> {
    let rows = &prepared.rows;
    let keys: Vec<String> = prepared.scrubbed.answers.keys().cloned().collect();
    let before: Vec<answer::Model> = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(response.id))
        .filter(answer::Column::QuestionKey.is_in(keys))
        .order_by_asc(answer::Column::Id)
        .all(txn)
        .await?;
    if !before.is_empty() {
        let same = before.len() == rows.len()
            && before.iter().zip(rows).all(|(b, r)| {
                b.question_key == r.question_key
                    && b.option_code == r.option_code
                    && b.position == r.position
                    && b.number_value == r.number_value
                    && b.text_value == r.text_value
            });
        return Ok(if same { Added::Same } else { Added::Different });
    }
    let answers: Vec<AnswerJson> = rows.iter().map(|a| AnswerJson::of(response, a)).collect();
    insert_answers(txn, &answers).await?;
    Ok(Added::Stored)
}

/// Counts the answers [`add_answers_uncounted`] stored (see there).
///
/// # Errors
/// A database error, which undoes the answers.
pub async fn count_added(
    txn: &DatabaseTransaction,
    response: &response::Model,
    prepared: &Prepared,
) -> Result<(), DbErr> {
    super::on_added(txn, response, &prepared.rows).await
}

/// When a response is stored: now, rounded down to the hour (the exact time could tell
/// young people in a small group apart).
fn submitted_now() -> DateTime<Utc> {
    let now = Utc::now();
    now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now)
}

/// Inserts the responses whose submission ids are not stored yet and their answer rows, then
/// calls [`super::on_stored`] with them. Says for each response whether it was inserted. The
/// submission ids must differ.
///
/// A stored id is skipped by the unique index (`ON CONFLICT DO NOTHING`), not looked up
/// first: new ids are the common case, and a concurrent transaction storing the same id is
/// waited for, then skipped.
async fn insert_new(
    txn: &DatabaseTransaction,
    batch: &[&Prepared],
    submitted_at: DateTime<Utc>,
) -> Result<Vec<bool>, DbErr> {
    const POSTGRES: &str = "INSERT INTO response (consultation_id, submission_id, content_hash, \
         receipt_hash, language, age_band, country, gender, phase, submitted_at) \
         SELECT r.consultation_id, r.submission_id, r.content_hash, r.receipt_hash, r.language, \
         r.age_band, r.country, r.gender, r.phase, $1 \
         FROM json_to_recordset($2::json) AS r(consultation_id integer, submission_id text, \
         content_hash text, receipt_hash text, language text, age_band text, country text, \
         gender text, phase text) \
         ON CONFLICT (consultation_id, submission_id) DO NOTHING RETURNING *";
    // `WHERE true`: SQLite would read the upsert's `ON` as a join's otherwise.
    const SQLITE: &str = "INSERT INTO response (consultation_id, submission_id, content_hash, \
         receipt_hash, language, age_band, country, gender, phase, submitted_at) \
         SELECT r.value ->> 'consultation_id', r.value ->> 'submission_id', \
         r.value ->> 'content_hash', r.value ->> 'receipt_hash', r.value ->> 'language', \
         r.value ->> 'age_band', r.value ->> 'country', r.value ->> 'gender', \
         r.value ->> 'phase', ?1 FROM jsonb_each(?2) AS r WHERE true \
         ON CONFLICT (consultation_id, submission_id) DO NOTHING RETURNING *";
    let rows: Vec<ResponseJson> = batch.iter().map(|p| p.json_row()).collect();
    let statement =
        db::json_rows_statement(txn, [POSTGRES, SQLITE], vec![submitted_at.into()], &rows)?;
    // RETURNING gives no order guarantee for a multi-row insert: match by id.
    let mut by_submission: BTreeMap<(i32, String), response::Model> =
        response::Model::find_by_statement(statement)
            .all(txn)
            .await?
            .into_iter()
            .map(|r| ((r.consultation_id, r.submission_id.clone()), r))
            .collect();
    let mut stored = Vec::with_capacity(batch.len());
    let inserted = batch
        .iter()
        .map(|p| match by_submission.remove(&p.key()) {
            Some(response) => {
                stored.push(StoredResponse {
                    response,
                    answers: p.rows.clone(),
                });
                true
            }
            None => false,
        })
        .collect();
    let answers: Vec<AnswerJson> = stored
        .iter()
        .flat_map(|s| s.answers.iter().map(|a| AnswerJson::of(&s.response, a)))
        .collect();
    insert_answers(txn, &answers).await?;
    super::on_stored(txn, &stored).await?;
    Ok(inserted)
}

/// A response row as [`insert_new`]'s JSON parameter carries it.
#[derive(Serialize)]
struct ResponseJson<'a> {
    consultation_id: i32,
    submission_id: String,
    content_hash: &'a str,
    receipt_hash: String,
    language: &'a str,
    age_band: Option<&'a str>,
    country: Option<&'a str>,
    gender: Option<&'a str>,
    phase: &'a str,
}

/// An answer row as [`insert_answers`]' JSON parameter carries it.
#[derive(Serialize)]
struct AnswerJson<'a> {
    response_id: i32,
    consultation_id: i32,
    question_key: &'a str,
    option_code: Option<&'a str>,
    position: Option<i32>,
    number_value: Option<f64>,
    text_value: Option<&'a str>,
    /// A text waits for moderation.
    moderation_status: Option<&'static str>,
    flags: Option<&'a str>,
}

impl<'a> AnswerJson<'a> {
    fn of(response: &response::Model, a: &'a AnswerRow) -> Self {
        Self {
            response_id: response.id,
            consultation_id: response.consultation_id,
            question_key: &a.question_key,
            option_code: a.option_code.as_deref(),
            position: a.position,
            number_value: a.number_value,
            text_value: a.text_value.as_deref(),
            moderation_status: a.text_value.as_ref().map(|_| "pending"),
            flags: a.flags.as_deref(),
        }
    }
}

/// Inserts answer rows with one statement whatever their number.
async fn insert_answers(
    txn: &impl ConnectionTrait,
    answers: &[AnswerJson<'_>],
) -> Result<(), DbErr> {
    const POSTGRES: &str = "INSERT INTO answer (response_id, consultation_id, question_key, \
         option_code, position, number_value, text_value, moderation_status, flags) \
         SELECT r.response_id, r.consultation_id, r.question_key, r.option_code, r.position, \
         r.number_value, r.text_value, r.moderation_status, r.flags \
         FROM json_to_recordset($1::json) AS r(response_id integer, consultation_id integer, \
         question_key text, option_code text, position integer, number_value double precision, \
         text_value text, moderation_status text, flags text)";
    const SQLITE: &str = "INSERT INTO answer (response_id, consultation_id, question_key, \
         option_code, position, number_value, text_value, moderation_status, flags) \
         SELECT r.value ->> 'response_id', r.value ->> 'consultation_id', \
         r.value ->> 'question_key', r.value ->> 'option_code', r.value ->> 'position', \
         r.value ->> 'number_value', r.value ->> 'text_value', r.value ->> 'moderation_status', \
         r.value ->> 'flags' FROM jsonb_each(?1) AS r";
    if answers.is_empty() {
        return Ok(());
    }
    let statement = db::json_rows_statement(txn, [POSTGRES, SQLITE], Vec::new(), &answers)?;
    txn.execute_raw(statement).await.map(|_| ())
}

/// Stores a response in its own write transaction and answers only after the commit.
///
/// The work that needs no lock (keys, scrubbing, hashing) is done before it starts (see
/// [`Prepared`]). Concurrent retries of one submission id store exactly one response: the
/// others wait for it at the unique index and get its receipt.
///
/// # Errors
/// As [`store_response`].
pub async fn submit(db: &DatabaseConnection, prepared: &Prepared) -> Result<Stored, StoreError> {
    let txn = db::begin_write(db).await?;
    match store_one(&txn, prepared).await {
        Ok(stored) => {
            txn.commit().await?;
            Ok(stored)
        }
        // Another unique index (the receipt's) met a concurrent retry first: it has
        // committed by now.
        Err(StoreError::Db(err))
            if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) =>
        {
            txn.rollback().await.ok();
            match find_submissions(db, &[prepared])
                .await?
                .remove(&prepared.key())
            {
                Some((hash, at)) => prepared.compare(&hash, at),
                None => Err(StoreError::Db(err)),
            }
        }
        Err(err) => {
            txn.rollback().await.ok();
            Err(err)
        }
    }
}

/// Stores several responses in one write transaction (a group commit), each with the outcome
/// [`submit`] would give it alone: submission ids stored before, or twice in the batch, are
/// repeats or conflicts; the others are created. Fails as a whole, storing nothing, on any
/// database error: the caller then submits each alone.
///
/// # Errors
/// The database error; nothing is stored then.
pub async fn submit_batch(
    db: &DatabaseConnection,
    batch: &[Prepared],
) -> Result<Vec<Result<Stored, StoreError>>, DbErr> {
    let txn = db::begin_write(db).await?;
    let submitted_at = submitted_now();
    // The first of each submission id is tried; later ones compare with what it became.
    let mut seen = HashSet::new();
    let firsts: Vec<&Prepared> = batch.iter().filter(|p| seen.insert(p.key())).collect();
    let gone = withdrawn(&txn, &firsts).await?;
    let firsts: Vec<&Prepared> = firsts
        .into_iter()
        .filter(|p| !gone.contains(&p.tombstone))
        .collect();
    let inserted = insert_new(&txn, &firsts, submitted_at).await?;
    // A withdrawal that committed while the insert waited (see `store_one`): the whole batch
    // rolls back and the writer stores each alone, which answers 410 to that one.
    let inserted_ones: Vec<&Prepared> = firsts
        .iter()
        .zip(&inserted)
        .filter(|(_, inserted)| **inserted)
        .map(|(p, _)| *p)
        .collect();
    if !withdrawn(&txn, &inserted_ones).await?.is_empty() {
        return Err(DbErr::Custom(
            "a submission of the batch was withdrawn meanwhile".into(),
        ));
    }
    let mut created = HashSet::new();
    let mut stored_before = Vec::new();
    for (p, inserted) in firsts.into_iter().zip(inserted) {
        if inserted {
            created.insert(p.key());
        } else {
            stored_before.push(p);
        }
    }
    let mut known = find_submissions(&txn, &stored_before).await?;
    txn.commit().await?;
    Ok(batch
        .iter()
        .map(|p| {
            let key = p.key();
            if gone.contains(&p.tombstone) {
                return Err(StoreError::Withdrawn);
            }
            if created.remove(&key) {
                known.insert(key, (p.content_hash.clone(), submitted_at));
                return Ok(Stored::Created(p.receipt(submitted_at)));
            }
            match known.get(&key) {
                Some((hash, at)) => p.compare(hash, *at),
                None => Err(StoreError::Conflict),
            }
        })
        .collect())
}

/// The tombstones among these submissions': those withdrawn before.
async fn withdrawn(
    db: &impl ConnectionTrait,
    batch: &[&Prepared],
) -> Result<HashSet<String>, DbErr> {
    if batch.is_empty() {
        return Ok(HashSet::new());
    }
    const POSTGRES: &str = "SELECT tombstone FROM withdrawn_submission \
         WHERE tombstone IN (SELECT json_array_elements_text($1::json))";
    const SQLITE: &str = "SELECT tombstone FROM withdrawn_submission \
         WHERE tombstone IN (SELECT value FROM json_each(?1))";
    let tombstones: Vec<&str> = batch.iter().map(|p| p.tombstone.as_str()).collect();
    let statement = db::json_rows_statement(db, [POSTGRES, SQLITE], Vec::new(), &tombstones)?;
    db.query_all_raw(statement)
        .await?
        .iter()
        .map(|row| row.try_get::<String>("", "tombstone"))
        .collect()
}

/// The content hash and time of these submissions as stored.
async fn find_submissions(
    db: &impl ConnectionTrait,
    batch: &[&Prepared],
) -> Result<BTreeMap<(i32, String), (String, DateTime<Utc>)>, DbErr> {
    let mut by_consultation: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for p in batch {
        by_consultation
            .entry(p.consultation_id)
            .or_default()
            .push(p.submission_id());
    }
    let mut known = BTreeMap::new();
    for (consultation_id, ids) in by_consultation {
        let rows = response::Entity::find()
            .filter(response::Column::ConsultationId.eq(consultation_id))
            .filter(response::Column::SubmissionId.is_in(ids))
            .all(db)
            .await?;
        for row in rows {
            known.insert(
                (consultation_id, row.submission_id),
                (row.content_hash, row.submitted_at),
            );
        }
    }
    Ok(known)
}

/// The response as stored: free text scrubbed of personal details and flagged by
/// `moderation::assess`; and the moderation flags of each text, by question key.
fn scrub_response(
    consultation: &Consultation,
    parsed: &ParsedResponse,
) -> (ParsedResponse, BTreeMap<String, String>) {
    let mut scrubbed = parsed.clone();
    let mut flags = BTreeMap::new();
    let mut flag = |key: &str, text: &str| {
        let assessed = moderation::assess(text, &parsed.language);
        if let Some(raised) = assessed.flags_column() {
            flags.insert(key.to_owned(), raised);
        }
        assessed.scrubbed_text
    };
    for (key, value) in &mut scrubbed.answers {
        let is_text = consultation
            .definition
            .question(key)
            .is_some_and(|q| q.kind.is_text());
        if let AnswerValue::Votes(answer) = value {
            for text in &mut answer.new_statements {
                *text = flag(key, text);
            }
        }
        if let (true, AnswerValue::Text(text)) = (is_text, value) {
            *text = flag(key, text);
        }
    }
    scrubbed.gender_description = parsed
        .gender_description
        .as_deref()
        .map(|text| flag(GENDER_DESCRIPTION_KEY, text));
    (scrubbed, flags)
}

/// A hash of what was answered (language, bands, answers), to tell a retry from a
/// different response under the same submission id.
fn content_hash(parsed: &ParsedResponse) -> String {
    #[derive(Serialize)]
    struct Content<'a> {
        language: &'a str,
        age_band: &'a Option<String>,
        country: &'a Option<String>,
        gender: &'a Option<String>,
        gender_description: &'a Option<String>,
        answers: &'a BTreeMap<String, AnswerValue>,
    }
    let content = Content {
        language: &parsed.language,
        age_band: &parsed.age_band,
        country: &parsed.country,
        gender: &parsed.gender,
        gender_description: &parsed.gender_description,
        answers: &parsed.answers,
    };
    let json = serde_json::to_vec(&content).unwrap_or_default();
    hex::encode(Sha256::digest(&json))
}

/// One row per answer: an option code (with its point value for scales and ratings), one
/// row per chosen option, one per ranked option with its position, a number, or a text.
fn answer_rows(
    consultation: &Consultation,
    parsed: &ParsedResponse,
    flags: &BTreeMap<String, String>,
) -> Vec<AnswerRow> {
    let def = &consultation.definition;
    let mut rows = Vec::new();
    let blank = |key: &str| AnswerRow {
        question_key: key.to_owned(),
        option_code: None,
        position: None,
        number_value: None,
        text_value: None,
        flags: flags.get(key).cloned(),
    };
    for (_, q) in def.questions() {
        let Some(value) = parsed.answers.get(&q.key) else {
            continue;
        };
        match (q.kind, value) {
            (QuestionKind::ShortText | QuestionKind::LongText, AnswerValue::Text(text)) => {
                rows.push(AnswerRow {
                    text_value: Some(text.clone()),
                    ..blank(&q.key)
                });
            }
            (_, AnswerValue::Text(code)) => {
                let point = q.options.iter().position(|o| o.code == *code).map(|i| {
                    q.options[i]
                        .value
                        .unwrap_or_else(|| f64::from(u32::try_from(i + 1).unwrap_or(u32::MAX)))
                });
                let is_scale = matches!(q.kind, QuestionKind::Scale | QuestionKind::Rating);
                rows.push(AnswerRow {
                    option_code: Some(code.clone()),
                    number_value: point.filter(|_| is_scale),
                    ..blank(&q.key)
                });
            }
            (_, AnswerValue::Codes(codes)) => {
                let ranked = q.kind == QuestionKind::Ranking;
                for (i, code) in codes.iter().enumerate() {
                    rows.push(AnswerRow {
                        option_code: Some(code.clone()),
                        position: ranked.then(|| i32::try_from(i + 1).unwrap_or(i32::MAX)),
                        ..blank(&q.key)
                    });
                }
            }
            (_, AnswerValue::Number(n)) => rows.push(AnswerRow {
                number_value: Some(*n),
                ..blank(&q.key)
            }),
            (_, AnswerValue::Votes(answer)) => {
                rows.extend(answers::vote_rows(q, answer).into_iter().map(|r| {
                    AnswerRow {
                        question_key: r.question_key,
                        option_code: r.option_code,
                        position: None,
                        number_value: r.number_value,
                        flags: r
                            .text_value
                            .as_ref()
                            .and_then(|_| flags.get(&q.key).cloned()),
                        text_value: r.text_value,
                    }
                }));
            }
        }
    }
    if let Some(text) = &parsed.gender_description {
        rows.push(AnswerRow {
            text_value: Some(text.clone()),
            ..blank(GENDER_DESCRIPTION_KEY)
        });
    }
    rows
}

/// Whether a typed code can be a receipt code (length and alphabet, dashes and case aside).
pub fn receipt_well_formed(typed: &str) -> bool {
    let code = join_code::normalise(typed);
    code.len() == RECEIPT_LEN && code.bytes().all(|b| RECEIPT_ALPHABET.contains(&b))
}

/// The response a receipt code belongs to.
///
/// # Errors
/// A database error.
pub async fn find_by_receipt(
    db: &impl ConnectionTrait,
    typed: &str,
) -> Result<Option<response::Model>, DbErr> {
    if !receipt_well_formed(typed) {
        return Ok(None);
    }
    let code = join_code::normalise(typed);
    response::Entity::find()
        .filter(response::Column::ReceiptHash.eq(receipt_hash(&code)))
        .one(db)
        .await
}

/// Deletes the response a receipt code belongs to (in consultation `only_in`, when given),
/// with its answers, in one transaction; [`super::on_withdrawn`] sees it just before. A
/// tombstone of the submission (a keyed hash, no content) stays, so that a retry of the same
/// submission is refused instead of storing the answers again; it goes with the
/// consultation's purge. Returns the consultation id when something was deleted.
///
/// # Errors
/// A database error.
pub async fn withdraw(
    db: &DatabaseConnection,
    typed: &str,
    only_in: Option<i32>,
) -> Result<Option<i32>, DbErr> {
    let keys = Keys::load(db).await?;
    let txn = db::begin_write(db).await?;
    let found = find_by_receipt(&txn, typed)
        .await?
        .filter(|row| only_in.is_none_or(|id| row.consultation_id == id));
    let Some(row) = found else {
        txn.rollback().await?;
        return Ok(None);
    };
    withdrawn_submission::Entity::insert(withdrawn_submission::ActiveModel {
        tombstone: Set(keys.tombstone(row.consultation_id, &row.submission_id)),
        consultation_id: Set(row.consultation_id),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(&txn)
    .await?;
    let answers = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(row.id))
        .order_by_asc(answer::Column::Id)
        .all(&txn)
        .await?
        .into_iter()
        .map(|a| AnswerRow {
            question_key: a.question_key,
            option_code: a.option_code,
            position: a.position,
            number_value: a.number_value,
            text_value: a.text_value,
            flags: a.flags,
        })
        .collect();
    let consultation_id = row.consultation_id;
    let stored = StoredResponse {
        response: row,
        answers,
    };
    super::on_withdrawn(&txn, &stored).await?;
    answer::Entity::delete_many()
        .filter(answer::Column::ResponseId.eq(stored.response.id))
        .exec(&txn)
        .await?;
    response::Entity::delete_by_id(stored.response.id)
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Some(consultation_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_stable_per_submission_and_typed_in_any_form() {
        let keys = Keys::from_secret(&[1; 32]);
        let id = Uuid::new_v4();
        let code = keys.receipt(7, &id);
        assert_eq!(code.len(), RECEIPT_LEN);
        assert_eq!(code, keys.receipt(7, &id));
        assert_ne!(code, keys.receipt(8, &id));
        let shown = display_receipt(&code);
        assert_eq!(shown.len(), RECEIPT_LEN + 2);
        assert!(shown.split('-').all(|group| group.len() == 4), "{shown}");
        assert_eq!(
            receipt_hash(&shown.to_lowercase().replace('-', " ")),
            receipt_hash(&code)
        );
        // The grouping shown before: three letters at a time.
        let old: Vec<String> = code
            .as_bytes()
            .chunks(3)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        assert_eq!(receipt_hash(&old.join("-")), receipt_hash(&code));
    }
}
