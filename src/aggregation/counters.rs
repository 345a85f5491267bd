//! Aggregate counters in the database (table `aggregate_counter`): kept up to date in each
//! submission's transaction by [`apply_response`], recomputed from the raw answers by
//! [`rebuild`], and read back as [`Counts`] by [`load`] so summaries never scan the answers.
//!
//! Every response adds one to `responses`, and for each question it answered one to
//! `answered` and one per chosen option (single and multiple choice, scales, ratings), per
//! ranked option and position (rankings) or to its number (numbers) — once overall and once
//! per demographic dimension (age band, country, gender, language, phase). Free text is only
//! counted as answered; its words are analysed on demand. Keys starting with `_` (the gender
//! self-description) are not questions and are not counted.
//!
//! One response upserts `6 × (1 + questions answered + option rows)` counter rows in a single
//! multi-row `INSERT … ON CONFLICT DO UPDATE` statement, sorted by key so that concurrent
//! transactions take row locks in the same order (no deadlock). On PostgreSQL each response
//! writes into one of [`POSTGRES_SHARDS`] shards (by response id) so concurrent submissions
//! do not all queue on the lock of the `responses` row; readers sum the shards. A shard may
//! go negative after a withdrawal (a response counted by [`rebuild`] in shard 0 and removed
//! from its own shard): only the sums mean anything.
use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, FromQueryResult, Set,
    Statement,
};
use serde::{Deserialize, Serialize};

use super::summary::{Counts, GroupCounts, GroupSizes};
use crate::{
    consultations::definition::{Definition, QuestionKind},
    entities::{aggregate_counter, answer, response},
};

/// Shards of the counters on PostgreSQL (SQLite has a single writer and uses one).
pub const POSTGRES_SHARDS: i32 = 8;

/// The pseudo question key of whole responses.
pub const RESPONSES_KEY: &str = "*";

/// A dimension young people can be grouped by.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    AgeBand,
    Country,
    Gender,
    Language,
    Phase,
    /// UN M49 region, worked out from the country (not stored: summed from its countries).
    Region,
    /// ITU administrative region (A–E), worked out from the country like [`Self::Region`].
    ItuRegion,
}

impl Dimension {
    /// Every dimension a summary can be broken down or filtered by: the stored ones
    /// ([`Self::ALL`]) and the regions, which are worked out from the country.
    pub const QUERYABLE: [Self; 7] = [
        Self::AgeBand,
        Self::Country,
        Self::Region,
        Self::ItuRegion,
        Self::Gender,
        Self::Language,
        Self::Phase,
    ];

    /// The region scheme of a dimension worked out from the country.
    pub fn region_scheme(self) -> Option<crate::i18n::regions::Scheme> {
        match self {
            Self::Region => Some(crate::i18n::regions::Scheme::M49),
            Self::ItuRegion => Some(crate::i18n::regions::Scheme::Itu),
            _ => None,
        }
    }

    /// The dimension whose counters hold this one's figures (the country for regions).
    pub fn stored(self) -> Self {
        if self.region_scheme().is_some() {
            Self::Country
        } else {
            self
        }
    }

    /// The dimensions counters are stored for.
    pub const ALL: [Self; 5] = [
        Self::AgeBand,
        Self::Country,
        Self::Gender,
        Self::Language,
        Self::Phase,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AgeBand => "age_band",
            Self::Country => "country",
            Self::Gender => "gender",
            Self::Language => "language",
            Self::Phase => "phase",
            Self::Region => "region",
            Self::ItuRegion => "itu_region",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::QUERYABLE.into_iter().find(|d| d.as_str() == s)
    }

    /// The response's group in this dimension (`""` when not stated).
    pub fn value_of(self, response: &response::Model) -> &str {
        match self {
            Self::AgeBand => response.age_band.as_deref().unwrap_or(""),
            Self::Country => response.country.as_deref().unwrap_or(""),
            Self::Gender => response.gender.as_deref().unwrap_or(""),
            Self::Language => &response.language,
            Self::Phase => &response.phase,
            Self::Region | Self::ItuRegion => self
                .region_scheme()
                .zip(response.country.as_deref())
                .and_then(|(scheme, country)| crate::i18n::regions::of(scheme, country))
                .unwrap_or(""),
        }
    }

    /// The column of `response` holding this dimension, in SQL.
    fn column(self) -> &'static str {
        match self {
            Self::AgeBand => "age_band",
            Self::Country => "country",
            Self::Gender => "gender",
            Self::Language => "language",
            Self::Phase => "phase",
            Self::Region | Self::ItuRegion => "country",
        }
    }
}

/// The group of a region dimension a stored country value falls in (`""`: not stated, or
/// no region); other dimensions keep their value.
fn regrouped(dimension: Dimension, value: String) -> String {
    match dimension.region_scheme() {
        Some(scheme) => crate::i18n::regions::of(scheme, &value)
            .unwrap_or("")
            .to_owned(),
        None => value,
    }
}

/// What a stored answer row says, for counting. Implemented for the `answer` entity; any row
/// type with the same columns can implement it.
pub trait CountedAnswer {
    fn question_key(&self) -> &str;
    fn option_code(&self) -> Option<&str>;
    fn position(&self) -> Option<i32>;
    fn number_value(&self) -> Option<f64>;
}

impl CountedAnswer for answer::Model {
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

/// One counter's key within a consultation, borrowed from the rows it counts: a batch of
/// responses makes thousands of them inside the write transaction, so they are neither
/// allocated nor kept in an ordered map until they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Key<'a> {
    dimension: &'static str,
    dimension_value: &'a str,
    question_key: &'a str,
    kind: char,
    code: &'a str,
    position: i32,
    /// The number's bits (0.0 normalised, so `-0` and `0` meet as in SQL).
    number: u64,
}

/// The value part of a counter: what one answer row adds one to.
fn value_of(row: &impl CountedAnswer) -> Option<(char, &str, i32, f64)> {
    match (row.option_code(), row.position(), row.number_value()) {
        (Some(code), Some(position), _) => Some(('k', code, position, 0.0)),
        (Some(code), None, _) => Some(('o', code, 0, 0.0)),
        (None, _, Some(n)) if n.is_finite() => Some(('n', "", 0, n)),
        _ => None,
    }
}

/// Kinds whose rows carry a code: options, and statements (a vote's code; rebuilt through
/// the stray rows, since statements are not options and young people add more).
fn counts_codes(kind: QuestionKind) -> bool {
    kind.has_options() || kind == QuestionKind::Statements
}

fn is_question(key: &str) -> bool {
    !key.starts_with('_') && key != RESPONSES_KEY
}

/// Adds the counter deltas of one response (overall and per dimension) to `out`; with
/// `whole` false only those of these answers, not of the response itself (answers added to
/// a response counted before).
fn add_deltas<'a>(
    out: &mut HashMap<Key<'a>, i64>,
    response: &'a response::Model,
    answers: &'a [impl CountedAnswer],
    delta: i64,
    whole: bool,
) {
    let mut values: Vec<(&str, char, &str, i32, f64)> = Vec::new();
    if whole {
        values.push((RESPONSES_KEY, 'r', "", 0, 0.0));
    }
    let mut answered: HashSet<&str> = HashSet::new();
    for row in answers.iter().filter(|r| is_question(r.question_key())) {
        if answered.insert(row.question_key()) {
            values.push((row.question_key(), 'a', "", 0, 0.0));
        }
        if let Some((kind, code, position, number)) = value_of(row) {
            values.push((row.question_key(), kind, code, position, number));
        }
    }
    let groups = std::iter::once(("all", "")).chain(
        Dimension::ALL
            .into_iter()
            .map(|d| (d.as_str(), d.value_of(response))),
    );
    for (dimension, dimension_value) in groups {
        for (question_key, kind, code, position, number) in &values {
            let number = if *number == 0.0 { 0.0 } else { *number };
            let key = Key {
                dimension,
                dimension_value,
                question_key,
                kind: *kind,
                code,
                position: *position,
                number: number.to_bits(),
            };
            *out.entry(key).or_insert(0) += delta;
        }
    }
}

/// The shard a response writes into.
fn shard_of(backend: DbBackend, response_id: i32) -> i16 {
    match backend {
        DbBackend::Postgres => i16::try_from(response_id.rem_euclid(POSTGRES_SHARDS)).unwrap_or(0),
        _ => 0,
    }
}

/// Rows per upsert statement (10 values each, well under every backend's parameter limit).
const ROWS_PER_STATEMENT: usize = 1_000;

/// Adds `delta` (1 for a new response, −1 for a withdrawal or a purge) to every counter the
/// response and its answers touch, inside the caller's transaction. Call it with the rows as
/// stored, right before the commit; for a withdrawal, before deleting the rows. Returns the
/// number of counter rows written.
///
/// # Errors
/// The database error of the upsert.
pub async fn apply_response(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    response: &response::Model,
    answers: &[impl CountedAnswer],
    delta: i64,
) -> Result<usize, DbErr> {
    apply_responses(txn, consultation_id, &[(response, answers)], delta).await
}

/// [`apply_response`] for several responses of one consultation at once: their deltas are
/// summed first, so responses that share groups and options (most do) share counter rows and
/// a batch writes about as many rows as a single response. They go into the first
/// response's shard.
///
/// # Errors
/// The database error of the upsert.
pub async fn apply_responses<A: CountedAnswer>(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    responses: &[(&response::Model, &[A])],
    delta: i64,
) -> Result<usize, DbErr> {
    let Some((first, _)) = responses.first() else {
        return Ok(0);
    };
    let mut deltas = HashMap::new();
    for (response, answers) in responses {
        add_deltas(&mut deltas, response, answers, delta, true);
    }
    write_deltas(txn, consultation_id, first.id, deltas).await
}

/// Adds `delta` to the counters of `answers` added to a `response` already counted (a live
/// participant's later answers): each question's and option's counters move, the number of
/// responses does not (the same young person is not counted twice).
///
/// # Errors
/// The database error of the upsert.
pub async fn apply_added_answers(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    response: &response::Model,
    answers: &[impl CountedAnswer],
    delta: i64,
) -> Result<usize, DbErr> {
    let mut deltas = HashMap::new();
    add_deltas(&mut deltas, response, answers, delta, false);
    write_deltas(txn, consultation_id, response.id, deltas).await
}

/// Upserts the deltas into the shard of response `shard_response`.
async fn write_deltas(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    shard_response: i32,
    deltas: HashMap<Key<'_>, i64>,
) -> Result<usize, DbErr> {
    if deltas.is_empty() {
        return Ok(0);
    }
    // Written in key order, so that concurrent transactions lock the same rows in the same
    // order (no deadlock on PostgreSQL) and a statement's rows do not depend on hashing.
    let mut deltas: Vec<(Key<'_>, i64)> = deltas.into_iter().collect();
    deltas.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let backend = txn.get_database_backend();
    let shard = shard_of(backend, shard_response);
    upsert_json(txn, consultation_id, shard, &deltas).await
}

/// One counter delta as the upsert's JSON parameter carries it.
#[derive(Serialize)]
struct DeltaRow<'a> {
    dimension: &'a str,
    dimension_value: &'a str,
    question_key: &'a str,
    kind: char,
    code: &'a str,
    position: i32,
    number: f64,
    count: i64,
}

/// The upsert: the deltas travel as one JSON parameter of a statement whose text never
/// changes, so each connection prepares and plans it once. (A multi-row `VALUES` list differs
/// with every batch size and was parsed and planned anew each time: the largest cost of a
/// submission on PostgreSQL, and on SQLite a cost paid inside the one write lock.)
async fn upsert_json(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    shard: i16,
    deltas: &[(Key<'_>, i64)],
) -> Result<usize, DbErr> {
    macro_rules! upsert {
        ($select:literal) => {
            concat!(
                "INSERT INTO aggregate_counter (consultation_id, dimension, dimension_value, \
                 question_key, kind, code, position, number, shard, count) ",
                $select,
                " ON CONFLICT (consultation_id, dimension, dimension_value, question_key, kind, \
                 code, position, number, shard) \
                 DO UPDATE SET count = aggregate_counter.count + excluded.count"
            )
        };
    }
    let sql = [
        upsert!(
            "SELECT $1, r.dimension, r.dimension_value, r.question_key, r.kind, r.code, \
             r.position, r.number, $2, r.count \
             FROM json_to_recordset($3::json) AS r(dimension text, dimension_value text, \
             question_key text, kind text, code text, position integer, number double precision, \
             count bigint)"
        ),
        // `WHERE true`: SQLite would read the upsert's `ON` as a join's otherwise.
        upsert!(
            "SELECT ?1, r.value ->> 'dimension', r.value ->> 'dimension_value', \
             r.value ->> 'question_key', r.value ->> 'kind', r.value ->> 'code', \
             r.value ->> 'position', r.value ->> 'number', ?2, r.value ->> 'count' \
             FROM jsonb_each(?3) AS r WHERE true"
        ),
    ];
    let rows: Vec<DeltaRow> = deltas
        .iter()
        .map(|&(key, count)| DeltaRow {
            dimension: key.dimension,
            dimension_value: key.dimension_value,
            question_key: key.question_key,
            kind: key.kind,
            code: key.code,
            position: key.position,
            number: f64::from_bits(key.number),
            count,
        })
        .collect();
    let values = vec![consultation_id.into(), shard.into()];
    txn.execute_raw(crate::db::json_rows_statement(txn, sql, values, &rows)?)
        .await?;
    Ok(rows.len())
}

/// Why counters were not rebuilt.
#[derive(Debug, thiserror::Error)]
pub enum RebuildError {
    /// The retention purge deleted the raw answers: the counters are all that is left of
    /// them, and recomputing would set them to zero (or to the answers that came after).
    #[error(
        "The raw answers of consultation {consultation_id} were deleted after its retention \
         period ({purged_at}); its counters are all that is left of them and are kept as they \
         are, not rebuilt."
    )]
    Purged {
        consultation_id: i32,
        purged_at: String,
    },
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Recomputes every counter of a consultation from the raw answers, in one write transaction.
/// Questions no longer in the definition are not counted (summaries never show them).
///
/// # Errors
/// [`RebuildError::Purged`] for a consultation whose raw answers the retention purge deleted
/// (its counters are kept); the database error. Nothing changes then.
pub async fn rebuild(db: &DatabaseConnection, consultation_id: i32) -> Result<(), RebuildError> {
    let txn = crate::db::begin_write(db).await?;
    rebuild_in(&txn, consultation_id).await?;
    Ok(txn.commit().await?)
}

/// [`rebuild`] inside the caller's transaction.
///
/// How: every response gets a small integer for its demographic combination (age band ×
/// country × gender × language × phase), every counted answer value one for its question and
/// option (and position); the database then groups the answers by one integer,
/// `value × combinations + combination`, which both SQLite (sorting) and PostgreSQL (hashing)
/// do several times faster than grouping by the columns themselves. The small result is rolled
/// up per dimension here and written back.
///
/// # Errors
/// [`RebuildError`], as [`rebuild`].
pub async fn rebuild_in(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<(), RebuildError> {
    if let Some(purged_at) = crate::moderation::retention::purged_at(txn, consultation_id).await? {
        return Err(RebuildError::Purged {
            consultation_id,
            purged_at,
        });
    }
    let backend = txn.get_database_backend();
    let run = |sql: String| txn.execute_raw(Statement::from_string(backend, sql));
    run(format!(
        "DELETE FROM aggregate_counter WHERE consultation_id = {consultation_id}"
    ))
    .await?;
    let Some(consultation) = crate::consultations::repo::find_by_id(txn, consultation_id)
        .await
        .map_err(|e| DbErr::Custom(format!("{e:#}")))?
    else {
        return Ok(());
    };
    let plan = RebuildPlan::new(
        &consultation.definition,
        dictionaries(txn, consultation_id).await?,
    );
    if backend == DbBackend::Postgres {
        run("SET LOCAL work_mem = '128MB'".into()).await?;
    }
    let combos = plan.combo_sql();
    let responses = format!(
        "SELECT id, {combos} AS combo FROM response WHERE consultation_id = {consultation_id}"
    );
    // SQLite looks each answer's response up in a temporary table keyed by id; PostgreSQL
    // hash-joins the same query inline.
    let rr = if backend == DbBackend::Sqlite {
        run("DROP TABLE IF EXISTS temp.rebuild_response".into()).await?;
        run(
            "CREATE TEMP TABLE rebuild_response (id INTEGER PRIMARY KEY, combo INTEGER NOT NULL)"
                .into(),
        )
        .await?;
        run(format!(
            "INSERT INTO temp.rebuild_response (id, combo) {responses}"
        ))
        .await?;
        "temp.rebuild_response".to_owned()
    } else {
        format!("({responses})")
    };
    let mut tally = Tally::default();
    let n = plan.combinations;
    let cid = consultation_id;
    for row in query_pairs(
        txn,
        format!("SELECT CAST(combo AS BIGINT) AS k, COUNT(*) AS n FROM {rr} rr GROUP BY combo"),
    )
    .await?
    {
        tally.add(plan.responses_key(), row.k, row.n);
    }
    if let Some(value) = plan.choice_sql() {
        let sql = format!(
            "SELECT CAST(({value}) AS BIGINT) * {n} + rr.combo AS k, COUNT(*) AS n \
             FROM answer a JOIN {rr} rr ON rr.id = a.response_id \
             WHERE a.consultation_id = {cid} AND a.option_code IS NOT NULL AND a.question_key IN ({keys}) \
             GROUP BY 1",
            keys = plan.keys_sql(counts_codes)
        );
        let mut strays = false;
        for row in query_pairs(txn, sql).await? {
            match row.k {
                Some(k) => tally.add_value(&plan, k, row.n),
                None => strays = true,
            }
        }
        if strays {
            let sql = format!(
                "SELECT a.question_key AS q, a.option_code AS code, a.position AS position, \
                        CAST(rr.combo AS BIGINT) AS combo, COUNT(*) AS n \
                 FROM answer a JOIN {rr} rr ON rr.id = a.response_id \
                 WHERE a.consultation_id = {cid} AND a.option_code IS NOT NULL AND a.question_key IN ({keys}) \
                   AND ({value}) IS NULL \
                 GROUP BY 1, 2, 3, 4",
                keys = plan.keys_sql(counts_codes)
            );
            let rows = StrayRow::find_by_statement(Statement::from_string(backend, sql))
                .all(txn)
                .await?;
            for row in rows {
                tally.add_stray(&plan, row);
            }
        }
    }
    if let Some(question) = plan.question_sql(|k| k == QuestionKind::Number) {
        let sql = format!(
            "SELECT CAST(({question}) AS BIGINT) * {n} + rr.combo AS k, a.number_value AS v, COUNT(*) AS n \
             FROM answer a JOIN {rr} rr ON rr.id = a.response_id \
             WHERE a.consultation_id = {cid} AND a.option_code IS NULL AND a.number_value IS NOT NULL \
               AND a.question_key IN ({keys}) \
             GROUP BY 1, 2",
            keys = plan.keys_sql(|k| k == QuestionKind::Number)
        );
        let rows = NumberRow::find_by_statement(Statement::from_string(backend, sql))
            .all(txn)
            .await?;
        for row in rows {
            tally.add_number(&plan, row);
        }
    }
    if let Some(question) = plan.question_sql(QuestionKind::is_text) {
        let sql = format!(
            "SELECT CAST(({question}) AS BIGINT) * {n} + rr.combo AS k, COUNT(*) AS n \
             FROM answer a JOIN {rr} rr ON rr.id = a.response_id \
             WHERE a.consultation_id = {cid} AND a.question_key IN ({keys}) \
             GROUP BY 1",
            keys = plan.keys_sql(QuestionKind::is_text)
        );
        for row in query_pairs(txn, sql).await? {
            tally.add_answered(&plan, row.k, row.n);
        }
    }
    // Multiple choice and statements: a young person answered once, whatever the rows.
    let several_rows = |k| matches!(k, QuestionKind::MultipleChoice | QuestionKind::Statements);
    if let Some(question) = plan.question_sql(several_rows) {
        let keys = plan.keys_sql(several_rows);
        let sql = format!(
            "SELECT CAST(({question}) AS BIGINT) * {n} + rr.combo AS k, COUNT(*) AS n \
             FROM (SELECT a.response_id, a.question_key FROM answer a \
                   WHERE a.consultation_id = {cid} AND a.question_key IN ({keys}) \
                   GROUP BY a.response_id, a.question_key) a \
             JOIN {rr} rr ON rr.id = a.response_id \
             GROUP BY 1"
        );
        for row in query_pairs(txn, sql).await? {
            tally.add_answered(&plan, row.k, row.n);
        }
    }
    if backend == DbBackend::Sqlite {
        run("DROP TABLE IF EXISTS temp.rebuild_response".into()).await?;
    }
    Ok(write_counters(txn, consultation_id, &plan, tally).await?)
}

#[derive(Debug, FromQueryResult)]
struct PairRow {
    k: Option<i64>,
    n: i64,
}

async fn query_pairs(db: &impl ConnectionTrait, sql: String) -> Result<Vec<PairRow>, DbErr> {
    PairRow::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
        .all(db)
        .await
}

#[derive(Debug, FromQueryResult)]
struct StrayRow {
    q: String,
    code: String,
    position: Option<i32>,
    combo: i64,
    n: i64,
}

#[derive(Debug, FromQueryResult)]
struct NumberRow {
    k: Option<i64>,
    v: f64,
    n: i64,
}

/// The groups young people are in, per dimension (as stored, `""` for none), sorted.
///
/// One pass over the responses for the combinations that occur (a few thousand at most),
/// split per dimension here: five `SELECT DISTINCT`s read the responses five times.
async fn dictionaries(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Vec<Vec<String>>, DbErr> {
    let columns: Vec<String> = Dimension::ALL
        .iter()
        .map(|d| format!("COALESCE({}, '')", d.column()))
        .collect();
    let sql = format!(
        "SELECT DISTINCT {} FROM response WHERE consultation_id = {consultation_id}",
        columns.join(", ")
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let mut out = vec![std::collections::BTreeSet::new(); Dimension::ALL.len()];
    for row in rows {
        for (i, values) in out.iter_mut().enumerate() {
            values.insert(row.try_get_by_index::<String>(i)?);
        }
    }
    Ok(out.into_iter().map(|v| v.into_iter().collect()).collect())
}

fn sql_text(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// One counted value of a choice question: the question, its code and (rankings) position.
#[derive(Clone, Debug)]
struct ValueSlot {
    question: usize,
    code: usize,
    position: i32,
}

/// What a rebuild counts: the questions of the definition, integers for every counted value
/// and for every demographic combination.
struct RebuildPlan {
    /// Question keys and kinds (not information texts).
    questions: Vec<(String, QuestionKind, Vec<String>)>,
    /// Per dimension, its groups (stored form).
    groups: Vec<Vec<String>>,
    combinations: i64,
    /// Value integer → slot, for choice questions.
    slots: Vec<ValueSlot>,
    /// Per question, the first value integer (choice questions).
    bases: Vec<i64>,
}

impl RebuildPlan {
    fn new(definition: &Definition, groups: Vec<Vec<String>>) -> Self {
        let questions: Vec<(String, QuestionKind, Vec<String>)> = definition
            .questions()
            .map(|(_, q)| q)
            .filter(|q| q.kind.takes_answer() && is_question(&q.key))
            .map(|q| {
                let codes = q.options.iter().map(|o| o.code.clone()).collect();
                (q.key.clone(), q.kind, codes)
            })
            .collect();
        let mut slots = Vec::new();
        let mut bases = Vec::new();
        for (index, (_, kind, codes)) in questions.iter().enumerate() {
            bases.push(i64::try_from(slots.len()).unwrap_or(i64::MAX));
            if !kind.has_options() {
                continue;
            }
            let positions: Vec<i32> = if *kind == QuestionKind::Ranking {
                (1..=i32::try_from(codes.len()).unwrap_or(0)).collect()
            } else {
                vec![0]
            };
            for code in 0..codes.len() {
                for &position in &positions {
                    slots.push(ValueSlot {
                        question: index,
                        code,
                        position,
                    });
                }
            }
        }
        let combinations = groups
            .iter()
            .map(|g| i64::try_from(g.len().max(1)).unwrap_or(1))
            .product();
        Self {
            questions,
            groups,
            combinations,
            slots,
            bases,
        }
    }

    /// SQL of a response's combination integer (`r` columns).
    fn combo_sql(&self) -> String {
        let mut stride: i64 = 1;
        let mut parts = Vec::new();
        for (d, values) in Dimension::ALL.iter().zip(&self.groups) {
            if values.len() > 1 {
                let mut case = format!("(CASE COALESCE({}, '')", d.column());
                for (i, v) in values.iter().enumerate() {
                    case.push_str(&format!(" WHEN {} THEN {i}", sql_text(v)));
                }
                case.push_str(" ELSE 0 END)");
                parts.push(format!("{case} * {stride}"));
            }
            stride *= i64::try_from(values.len().max(1)).unwrap_or(1);
        }
        if parts.is_empty() {
            "0".into()
        } else {
            parts.join(" + ")
        }
    }

    /// The combination integer decoded into the group index of each dimension.
    fn decode_combo(&self, combo: i64) -> [usize; 5] {
        let mut out = [0; 5];
        let mut rest = combo;
        for (i, values) in self.groups.iter().enumerate() {
            let size = i64::try_from(values.len().max(1)).unwrap_or(1);
            out[i] = usize::try_from(rest % size).unwrap_or(0);
            rest /= size;
        }
        out
    }

    /// `IN (…)` list of the keys of questions whose kind matches.
    fn keys_sql(&self, kind: impl Fn(QuestionKind) -> bool) -> String {
        let keys: Vec<String> = self
            .questions
            .iter()
            .filter(|q| kind(q.1))
            .map(|q| sql_text(&q.0))
            .collect();
        keys.join(", ")
    }

    /// SQL of the question index of an answer row, for questions whose kind matches.
    fn question_sql(&self, kind: impl Fn(QuestionKind) -> bool) -> Option<String> {
        let mut case = String::from("CASE a.question_key");
        let mut any = false;
        for (i, q) in self.questions.iter().enumerate().filter(|(_, q)| kind(q.1)) {
            case.push_str(&format!(" WHEN {} THEN {i}", sql_text(&q.0)));
            any = true;
        }
        case.push_str(" END");
        any.then_some(case)
    }

    /// SQL of the value integer of a choice answer row (NULL for a code or position the
    /// definition does not have).
    fn choice_sql(&self) -> Option<String> {
        let mut case = String::from("CASE a.question_key");
        let mut any = false;
        for (i, (key, kind, codes)) in self.questions.iter().enumerate() {
            if *kind == QuestionKind::Statements {
                any = true;
                case.push_str(&format!(" WHEN {} THEN NULL", sql_text(key)));
                continue;
            }
            if !kind.has_options() || codes.is_empty() {
                continue;
            }
            any = true;
            let mut code = String::from("(CASE a.option_code");
            for (c, value) in codes.iter().enumerate() {
                code.push_str(&format!(" WHEN {} THEN {c}", sql_text(value)));
            }
            code.push_str(" END)");
            let base = self.bases[i];
            let value = if *kind == QuestionKind::Ranking {
                let n = codes.len();
                format!(
                    "{base} + {code} * {n} + (CASE WHEN a.position BETWEEN 1 AND {n} THEN a.position - 1 END)"
                )
            } else {
                format!("{base} + {code} + (CASE WHEN a.position IS NULL THEN 0 END)")
            };
            case.push_str(&format!(" WHEN {} THEN {value}", sql_text(key)));
        }
        case.push_str(" END");
        any.then_some(case)
    }

    fn responses_key(&self) -> ValueKey {
        ValueKey {
            question: RESPONSES_KEY.into(),
            kind: 'r',
            code: String::new(),
            position: 0,
            number: 0,
        }
    }
}

/// What a counter counts, without its group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct ValueKey {
    question: String,
    kind: char,
    code: String,
    position: i32,
    /// Bits of the number (0.0 normalised).
    number: u64,
}

/// Young people per value and demographic combination, before the roll-up.
#[derive(Default)]
struct Tally {
    fine: BTreeMap<(ValueKey, i64), i64>,
}

impl Tally {
    fn add(&mut self, key: ValueKey, combo: Option<i64>, n: i64) {
        if let Some(combo) = combo {
            *self.fine.entry((key, combo)).or_default() += n;
        }
    }

    fn answered(plan: &RebuildPlan, question: usize) -> ValueKey {
        ValueKey {
            question: plan.questions[question].0.clone(),
            kind: 'a',
            code: String::new(),
            position: 0,
            number: 0,
        }
    }

    fn add_value(&mut self, plan: &RebuildPlan, k: i64, n: i64) {
        let (value, combo) = (k / plan.combinations, k % plan.combinations);
        let Some(slot) = usize::try_from(value).ok().and_then(|v| plan.slots.get(v)) else {
            return;
        };
        let (key, kind, codes) = &plan.questions[slot.question];
        self.add(
            ValueKey {
                question: key.clone(),
                kind: if slot.position > 0 { 'k' } else { 'o' },
                code: codes[slot.code].clone(),
                position: slot.position,
                number: 0,
            },
            Some(combo),
            n,
        );
        // Each young person gives one row to these kinds (a ranking: one at position 1).
        let once = match kind {
            QuestionKind::Ranking => slot.position == 1,
            QuestionKind::MultipleChoice | QuestionKind::Statements => false,
            _ => true,
        };
        if once {
            self.add(Self::answered(plan, slot.question), Some(combo), n);
        }
    }

    fn add_stray(&mut self, plan: &RebuildPlan, row: StrayRow) {
        let Some(index) = plan.questions.iter().position(|q| q.0 == row.q) else {
            return;
        };
        let kind = plan.questions[index].1;
        let position = row.position.unwrap_or(0);
        self.add(
            ValueKey {
                question: row.q,
                kind: if row.position.is_some() { 'k' } else { 'o' },
                code: row.code,
                position,
                number: 0,
            },
            Some(row.combo),
            row.n,
        );
        let once = match kind {
            QuestionKind::Ranking => position == 1,
            QuestionKind::MultipleChoice | QuestionKind::Statements => false,
            _ => true,
        };
        if once {
            self.add(Self::answered(plan, index), Some(row.combo), row.n);
        }
    }

    fn add_number(&mut self, plan: &RebuildPlan, row: NumberRow) {
        let Some(k) = row.k else { return };
        let (question, combo) = (k / plan.combinations, k % plan.combinations);
        let Some(question) = usize::try_from(question)
            .ok()
            .filter(|&q| q < plan.questions.len())
        else {
            return;
        };
        let number = if row.v == 0.0 { 0.0 } else { row.v };
        self.add(
            ValueKey {
                question: plan.questions[question].0.clone(),
                kind: 'n',
                code: String::new(),
                position: 0,
                number: number.to_bits(),
            },
            Some(combo),
            row.n,
        );
        self.add(Self::answered(plan, question), Some(combo), row.n);
    }

    fn add_answered(&mut self, plan: &RebuildPlan, k: Option<i64>, n: i64) {
        let Some(k) = k else { return };
        let (question, combo) = (k / plan.combinations, k % plan.combinations);
        if let Some(question) = usize::try_from(question)
            .ok()
            .filter(|&q| q < plan.questions.len())
        {
            self.add(Self::answered(plan, question), Some(combo), n);
        }
    }
}

/// Rolls the tally up overall and per dimension and inserts the counters.
async fn write_counters(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
    plan: &RebuildPlan,
    tally: Tally,
) -> Result<(), DbErr> {
    let mut rolled: BTreeMap<(usize, usize, ValueKey), i64> = BTreeMap::new();
    for ((key, combo), n) in tally.fine {
        let groups = plan.decode_combo(combo);
        *rolled.entry((0, 0, key.clone())).or_default() += n;
        for (d, &g) in groups.iter().enumerate() {
            *rolled.entry((d + 1, g, key.clone())).or_default() += n;
        }
    }
    let rows: Vec<aggregate_counter::ActiveModel> = rolled
        .into_iter()
        .filter(|(_, n)| *n != 0)
        .map(|((d, g, key), n)| {
            let (dimension, value) = if d == 0 {
                ("all", String::new())
            } else {
                (
                    Dimension::ALL[d - 1].as_str(),
                    plan.groups[d - 1].get(g).cloned().unwrap_or_default(),
                )
            };
            aggregate_counter::ActiveModel {
                consultation_id: Set(consultation_id),
                dimension: Set(dimension.to_owned()),
                dimension_value: Set(value),
                question_key: Set(key.question),
                kind: Set(key.kind.to_string()),
                code: Set(key.code),
                position: Set(key.position),
                number: Set(f64::from_bits(key.number)),
                shard: Set(0),
                count: Set(n),
            }
        })
        .collect();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(ROWS_PER_STATEMENT).collect();
        aggregate_counter::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, FromQueryResult)]
struct CounterRow {
    dimension: String,
    dimension_value: String,
    question_key: String,
    kind: String,
    code: String,
    position: i32,
    number: f64,
    count: i64,
}

/// The counters of a consultation: overall, and per group of `dimension` when given.
///
/// # Errors
/// The database error.
pub async fn load(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    dimension: Option<Dimension>,
) -> Result<Counts, DbErr> {
    let backend = db.get_database_backend();
    let dims = match dimension {
        Some(d) => format!("('all', '{}')", d.stored().as_str()),
        None => "('all')".to_owned(),
    };
    let sql = format!(
        "SELECT dimension, dimension_value, question_key, kind, code, position, number, \
                CAST(SUM(count) AS BIGINT) AS count \
         FROM aggregate_counter WHERE consultation_id = {consultation_id} AND dimension IN {dims} \
         GROUP BY dimension, dimension_value, question_key, kind, code, position, number"
    );
    let rows = CounterRow::find_by_statement(Statement::from_string(backend, sql))
        .all(db)
        .await?;
    let mut counts = Counts {
        overall: GroupCounts::default(),
        groups: dimension.map(|d| (d, BTreeMap::new())),
    };
    for row in rows {
        let Ok(n) = u64::try_from(row.count) else {
            continue;
        };
        let group = if row.dimension == "all" {
            &mut counts.overall
        } else if let Some((d, groups)) = counts.groups.as_mut() {
            // A region's counters are the sums of its countries'.
            groups
                .entry(regrouped(*d, row.dimension_value))
                .or_default()
        } else {
            continue;
        };
        group.add(
            &row.question_key,
            &row.kind,
            row.code,
            row.position,
            row.number,
            n,
        );
    }
    Ok(counts)
}

#[derive(Debug, FromQueryResult)]
struct SizeRow {
    dimension: String,
    dimension_value: String,
    count: i64,
}

/// Young people per group of every dimension (keys as stored: `""` for not stated).
///
/// # Errors
/// The database error.
pub async fn load_sizes(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<GroupSizes, DbErr> {
    let sql = format!(
        "SELECT dimension, dimension_value, CAST(SUM(count) AS BIGINT) AS count \
         FROM aggregate_counter WHERE consultation_id = {consultation_id} \
           AND dimension <> 'all' AND question_key = '{RESPONSES_KEY}' AND kind = 'r' \
         GROUP BY dimension, dimension_value"
    );
    let rows = SizeRow::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
        .all(db)
        .await?;
    let mut sizes = GroupSizes::new();
    for row in rows {
        if let (Some(d), Ok(n)) = (Dimension::parse(&row.dimension), u64::try_from(row.count)) {
            sizes.entry(d).or_default().insert(row.dimension_value, n);
        }
    }
    let countries = sizes.get(&Dimension::Country).cloned().unwrap_or_default();
    for d in [Dimension::Region, Dimension::ItuRegion] {
        let regions = sizes.entry(d).or_default();
        for (country, n) in &countries {
            *regions.entry(regrouped(d, country.clone())).or_default() += n;
        }
    }
    Ok(sizes)
}

/// Every counter of a consultation summed over shards, sorted: for comparing with a rebuild.
///
/// # Errors
/// The database error.
pub async fn snapshot(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Vec<(String, String, String, String, String, i32, String, i64)>, DbErr> {
    let backend = db.get_database_backend();
    let sql = format!(
        "SELECT dimension, dimension_value, question_key, kind, code, position, number, \
                CAST(SUM(count) AS BIGINT) AS count \
         FROM aggregate_counter WHERE consultation_id = {consultation_id} \
         GROUP BY dimension, dimension_value, question_key, kind, code, position, number"
    );
    let rows = CounterRow::find_by_statement(Statement::from_string(backend, sql))
        .all(db)
        .await?;
    let mut out: Vec<_> = rows
        .into_iter()
        .filter(|r| r.count != 0)
        .map(|r| {
            (
                r.dimension,
                r.dimension_value,
                r.question_key,
                r.kind,
                r.code,
                r.position,
                format!("{}", r.number),
                r.count,
            )
        })
        .collect();
    out.sort();
    Ok(out)
}
