//! Benchmark hooks for `consulta bench`: bulk-load synthetic responses with SQL (no row goes
//! through Rust), rebuild the counters, then time a full summary, a cross-tab, a filtered
//! summary, a counter rebuild and single submissions with their counters.
//!
//! The synthetic answers are deterministic (hashes of the response id), so the same N gives
//! the same data on SQLite and PostgreSQL.
use std::{
    collections::BTreeMap,
    fmt::Write as _,
    time::{Duration, Instant},
};

use anyhow::Context;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, Set, Statement,
};
use serde::Serialize;

use crate::aggregation::{
    counters::{self, Dimension},
    query::{self, Options},
    summary::View,
    suppression::Audience,
};
use crate::{
    consultations::{
        Consultation,
        definition::{Choice, Definition, LocalText, Question, QuestionKind, Section},
        repo,
    },
    entities::{answer, consultation, response},
    i18n::Locale,
};

/// What one benchmark run measured.
#[derive(Clone, Debug, Serialize)]
pub struct BenchFigures {
    pub backend: &'static str,
    pub responses: u64,
    pub answers: u64,
    pub counter_rows: u64,
    /// Bulk insert of the synthetic responses and answers (not the counters).
    pub load: Duration,
    /// Recomputing every counter from the raw answers.
    pub rebuild: Duration,
    /// Median of the runs: the whole summary (facilitator view, counters only).
    pub summary: Duration,
    /// Median of the runs: every question broken down by country.
    pub crosstab: Duration,
    /// Median of the runs: the whole summary for one age band.
    pub filtered: Duration,
    /// Median of the runs: the whole summary for the public (suppressed).
    pub public_summary: Duration,
    /// Submissions stored one per transaction with their counters, per second (one writer).
    pub submissions_per_second: f64,
    /// Counter rows upserted per submission.
    pub counter_rows_per_submission: usize,
}

impl std::fmt::Display for BenchFigures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        writeln!(
            f,
            "{} · {} responses · {} answers · {} counter rows",
            self.backend, self.responses, self.answers, self.counter_rows
        )?;
        writeln!(f, "  bulk load        {:>10.1} ms", ms(self.load))?;
        writeln!(f, "  counter rebuild  {:>10.1} ms", ms(self.rebuild))?;
        writeln!(f, "  full summary     {:>10.1} ms", ms(self.summary))?;
        writeln!(f, "  cross-tab        {:>10.1} ms", ms(self.crosstab))?;
        writeln!(f, "  filtered summary {:>10.1} ms", ms(self.filtered))?;
        writeln!(f, "  public summary   {:>10.1} ms", ms(self.public_summary))?;
        write!(
            f,
            "  submissions      {:>10.0} /s ({} counter rows each)",
            self.submissions_per_second, self.counter_rows_per_submission
        )
    }
}

fn text(en: &str) -> LocalText {
    ["ar", "en", "es", "fr", "ru", "zh"]
        .into_iter()
        .map(|l| (l.to_owned(), en.to_owned()))
        .collect()
}

fn question(key: &str, kind: QuestionKind, wording: &str, options: &[&str]) -> Question {
    let mut q = Question::new(key, kind);
    q.text = text(wording);
    q.options = options
        .iter()
        .map(|code| Choice {
            code: (*code).to_owned(),
            label: text(code),
            ..Choice::default()
        })
        .collect();
    q
}

/// A consultation with every question kind, in the six languages.
pub fn bench_definition() -> Definition {
    let mut number = question("hours", QuestionKind::Number, "Hours online per day?", &[]);
    number.min = Some(0.0);
    number.max = Some(24.0);
    let mut definition = Definition {
        languages: ["ar", "en", "es", "fr", "ru", "zh"]
            .map(str::to_owned)
            .to_vec(),
        default_language: "en".into(),
        sections: vec![Section {
            key: "s1".into(),
            title: text("Online safety"),
            questions: vec![
                question("intro", QuestionKind::Info, "Thank you!", &[]),
                question(
                    "device",
                    QuestionKind::SingleChoice,
                    "Which device do you use most?",
                    &["phone", "tablet", "computer", "console"],
                ),
                question(
                    "apps",
                    QuestionKind::MultipleChoice,
                    "Which apps do you use?",
                    &["video", "chat", "games", "social", "school"],
                ),
                question(
                    "safe",
                    QuestionKind::Scale,
                    "I feel safe online.",
                    &["1", "2", "3", "4", "5"],
                ),
                question(
                    "rate",
                    QuestionKind::Rating,
                    "Rate your school's online safety lessons.",
                    &["1", "2", "3", "4", "5"],
                ),
                question(
                    "priorities",
                    QuestionKind::Ranking,
                    "What matters most?",
                    &["privacy", "bullying", "scams", "screen_time"],
                ),
                number,
                question(
                    "worry",
                    QuestionKind::ShortText,
                    "What worries you online?",
                    &[],
                ),
                question(
                    "ideas",
                    QuestionKind::LongText,
                    "What should adults do?",
                    &[],
                ),
            ],
        }],
        ..Definition::default()
    };
    definition.texts.title = text("Benchmark consultation");
    definition
        .settings
        .phases
        .push(crate::consultations::definition::Phase::During);
    definition.settings.targets = BTreeMap::from([(
        "gender".to_owned(),
        BTreeMap::from([("girl".to_owned(), 50), ("boy".to_owned(), 50)]),
    )]);
    definition
}

/// Creates a group and an open consultation with [`bench_definition`] under `slug`.
///
/// # Errors
/// A database error.
pub async fn create_consultation(
    db: &DatabaseConnection,
    slug: &str,
) -> anyhow::Result<Consultation> {
    let group = crate::accounts::repo::create_group(db, &format!("bench-{slug}"), "Benchmark")
        .await
        .context("Failed to create the benchmark group")?;
    let now = Utc::now();
    let definition = serde_json::to_string(&bench_definition())?;
    let row = consultation::ActiveModel {
        group_id: Set(group.id),
        slug: Set(slug.to_owned()),
        join_code: Set(format!(
            "B{}",
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        )),
        status: Set("open".into()),
        default_language: Set("en".into()),
        definition: Set(definition),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to create the benchmark consultation")?;
    Ok(repo::parse(row)?)
}

/// `((i * A + salt * B) mod P)`: a deterministic spread of response ids, in SQL.
fn hash(column: &str, salt: u32) -> String {
    // A different multiplier per salt, so the picks of different columns are independent.
    let multiplier = 2_654_435_761 + 2 * 104_729 * u64::from(salt);
    format!(
        "(({column} * {multiplier} + {}) % 1000003)",
        u64::from(salt) * 40503 + 17
    )
}

/// A `CASE` picking one of `choices` by weight from a hash.
fn pick(hash: &str, choices: &[(&str, u32)]) -> String {
    let total: u32 = choices.iter().map(|c| c.1).sum();
    let mut sql = format!("CASE ({hash} % {total})");
    let mut at = 0;
    for (value, weight) in choices {
        for slot in at..at + weight {
            let _ = write!(sql, " WHEN {slot} THEN {value}");
        }
        at += weight;
    }
    sql.push_str(" END");
    sql
}

fn quoted(values: &[(&str, u32)]) -> Vec<(String, u32)> {
    values
        .iter()
        .map(|(v, w)| {
            if *v == "NULL" {
                ((*v).to_owned(), *w)
            } else {
                (format!("'{v}'"), *w)
            }
        })
        .collect()
}

fn pick_quoted(hash: &str, values: &[(&str, u32)]) -> String {
    let owned = quoted(values);
    let refs: Vec<(&str, u32)> = owned.iter().map(|(v, w)| (v.as_str(), *w)).collect();
    pick(hash, &refs)
}

/// Inserts `n` synthetic responses and their answers into `consultation` with bulk SQL, then
/// rebuilds its counters. Returns the time of the insert (without the rebuild).
///
/// # Errors
/// A database error.
pub async fn load_synthetic(
    db: &DatabaseConnection,
    consultation: &Consultation,
    n: u64,
) -> anyhow::Result<Duration> {
    let cid = consultation.id();
    let backend = db.get_database_backend();
    let started = Instant::now();
    let first = count(
        db,
        format!("SELECT COUNT(*) FROM response WHERE consultation_id = {cid}"),
    )
    .await?;
    let seq = match backend {
        DbBackend::Postgres => format!(
            "SELECT i FROM generate_series({first}::bigint, {}::bigint) AS seq(i)",
            first + n - 1
        ),
        _ => format!(
            "WITH RECURSIVE seq(i) AS (SELECT {first} UNION ALL SELECT i + 1 FROM seq WHERE i < {}) SELECT i FROM seq",
            first + n - 1
        ),
    };
    let timestamp = "'2026-11-29T10:00:00+00:00'";
    let age = pick_quoted(
        &hash("i", 1),
        &[
            ("9-12", 15),
            ("13-15", 35),
            ("16-17", 25),
            ("18-24", 20),
            ("NULL", 5),
        ],
    );
    let countries: Vec<(&str, u32)> = [
        ("FR", 8),
        ("KE", 8),
        ("BR", 8),
        ("IN", 10),
        ("CN", 10),
        ("EG", 6),
        ("RU", 6),
        ("MX", 6),
        ("NG", 6),
        ("US", 6),
        ("DE", 4),
        ("JP", 4),
        ("ZA", 3),
        ("AR", 3),
        ("ID", 3),
        ("PK", 2),
        ("TN", 2),
        ("CL", 1),
        ("NZ", 1),
        ("IS", 1),
        ("NULL", 2),
    ]
    .to_vec();
    let country = pick_quoted(&hash("i", 2), &countries);
    let gender = pick_quoted(
        &hash("i", 3),
        &[
            ("girl", 45),
            ("boy", 43),
            ("self_described", 3),
            ("prefer_not_to_say", 5),
            ("NULL", 4),
        ],
    );
    let language = pick_quoted(
        &hash("i", 4),
        &[
            ("en", 40),
            ("fr", 15),
            ("es", 15),
            ("ar", 10),
            ("ru", 10),
            ("zh", 10),
        ],
    );
    let phase = pick_quoted(&hash("i", 5), &[("before", 4), ("during", 1)]);
    let responses = format!(
        "INSERT INTO response (consultation_id, submission_id, content_hash, receipt_hash, language, \
                               age_band, country, gender, phase, submitted_at) \
         SELECT {cid}, 'bench-' || i, 'bench', 'bench-{cid}-' || i, {language}, {age}, {country}, \
                {gender}, {phase}, {timestamp} FROM ({seq}) AS s"
    );
    db.execute_raw(Statement::from_string(backend, responses))
        .await
        .context("Failed to insert the synthetic responses")?;
    // Answers go in response by response, a slice of responses at a time, as submissions lay
    // them out (a batch's answers together): a question at a time over all responses would
    // scatter each response's answers over the whole table, which reading one response's
    // answers (the export) never meets in use.
    let (lo, hi) = (
        first_id(db, cid, first).await?,
        first_id(db, cid, first + n - 1).await?,
    );
    let mut from = lo;
    while from <= hi {
        let to = (from + LOAD_SLICE - 1).min(hi);
        for sql in answer_inserts(consultation, (from, to)) {
            db.execute_raw(Statement::from_string(backend, sql))
                .await
                .context("Failed to insert the synthetic answers")?;
        }
        from = to + 1;
    }
    // A server that took these answers over days would have had its statistics refreshed
    // (autovacuum, `PRAGMA optimize`); without them PostgreSQL sorts millions of rows where
    // it would hash them.
    db.execute_unprepared("ANALYZE")
        .await
        .context("Failed to analyse the tables")?;
    Ok(started.elapsed())
}

/// Responses whose answers one round of [`answer_inserts`] inserts.
const LOAD_SLICE: i64 = 10_000;

/// The id of the consultation's response number `index` (from 0, in id order).
async fn first_id(db: &DatabaseConnection, cid: i32, index: u64) -> anyhow::Result<i64> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!(
                "SELECT CAST(id AS BIGINT) AS id FROM response WHERE consultation_id = {cid} \
                 ORDER BY id LIMIT 1 OFFSET {index}"
            ),
        ))
        .await?
        .context("The synthetic responses are missing")?;
    Ok(row.try_get("", "id")?)
}

/// One `INSERT … SELECT` per question (per option for multiple choice), for the responses
/// whose ids are in `ids` (inclusive).
fn answer_inserts(consultation: &Consultation, (lo, hi): (i64, i64)) -> Vec<String> {
    let cid = consultation.id();
    let from =
        format!("FROM response r WHERE r.consultation_id = {cid} AND r.id BETWEEN {lo} AND {hi}");
    let columns = "(response_id, consultation_id, question_key, option_code, position, number_value, \
                   text_value, moderation_status)";
    let mut out = Vec::new();
    for (index, (_, q)) in consultation.definition.questions().enumerate() {
        let salt = 100 + 10 * u32::try_from(index).unwrap_or(0);
        let key = &q.key;
        let answered = format!("{} % 100 >= 8", hash("r.id", salt));
        let codes: Vec<&str> = q.options.iter().map(|o| o.code.as_str()).collect();
        match q.kind {
            QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => {
                let weights: Vec<(&str, u32)> = codes
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (*c, 1 + (u32::try_from(i).unwrap_or(0) * 7) % 5))
                    .collect();
                let code = pick_quoted(&hash("r.id", salt + 1), &weights);
                let point = if q.kind == QuestionKind::SingleChoice {
                    "NULL".to_owned()
                } else {
                    let points: Vec<(String, u32)> = weights
                        .iter()
                        .enumerate()
                        .map(|(i, (_, w))| (format!("{}.0", i + 1), *w))
                        .collect();
                    let refs: Vec<(&str, u32)> =
                        points.iter().map(|(v, w)| (v.as_str(), *w)).collect();
                    pick(&hash("r.id", salt + 1), &refs)
                };
                out.push(format!(
                    "INSERT INTO answer {columns} SELECT r.id, {cid}, '{key}', {code}, NULL, {point}, \
                     NULL, NULL {from} AND {answered}"
                ));
            }
            QuestionKind::MultipleChoice => {
                for (i, code) in codes.iter().enumerate() {
                    let chosen = format!(
                        "{} % 100 < {}",
                        hash("r.id", salt + 1 + u32::try_from(i).unwrap_or(0)),
                        20 + 15 * (i % 3)
                    );
                    out.push(format!(
                        "INSERT INTO answer {columns} SELECT r.id, {cid}, '{key}', '{code}', NULL, \
                         NULL, NULL, NULL {from} AND {answered} AND {chosen}"
                    ));
                }
            }
            QuestionKind::Ranking => {
                let perms = permutations(codes.len());
                let mut values = Vec::new();
                for (p, perm) in perms.iter().enumerate() {
                    for (position, &item) in perm.iter().enumerate() {
                        values.push(format!("({p}, {}, '{}')", position + 1, codes[item]));
                    }
                }
                out.push(format!(
                    "INSERT INTO answer {columns} WITH p(perm, position, code) AS (VALUES {}) \
                     SELECT r.id, {cid}, '{key}', p.code, p.position, NULL, NULL, NULL \
                     FROM response r JOIN p ON p.perm = {} % {} \
                     WHERE r.consultation_id = {cid} AND r.id BETWEEN {lo} AND {hi} AND {answered}",
                    values.join(", "),
                    hash("r.id", salt + 1),
                    perms.len()
                ));
            }
            QuestionKind::Number => {
                out.push(format!(
                    "INSERT INTO answer {columns} SELECT r.id, {cid}, '{key}', NULL, NULL, \
                     ({} % 49) / 2.0, NULL, NULL {from} AND {answered}",
                    hash("r.id", salt + 1)
                ));
            }
            QuestionKind::ShortText | QuestionKind::LongText => {
                let sentence = pick_quoted(
                    &hash("r.id", salt + 1),
                    &[
                        ("Strangers send me messages and I do not like it", 3),
                        ("People share photos without asking", 2),
                        ("Scams and fake games that steal accounts", 2),
                        ("Bullying in group chats at school", 3),
                        ("Too much time on my phone at night", 2),
                        ("Adults should listen to young people", 2),
                    ],
                );
                let status = pick_quoted(
                    &hash("r.id", salt + 2),
                    &[
                        ("approved", 30),
                        ("unpublished", 20),
                        ("pending", 45),
                        ("hidden", 5),
                    ],
                );
                out.push(format!(
                    "INSERT INTO answer {columns} SELECT r.id, {cid}, '{key}', NULL, NULL, NULL, \
                     {sentence}, {status} {from} AND {answered}"
                ));
            }
            QuestionKind::Info => {}
            QuestionKind::Statements => {
                for (i, st) in q.statements.iter().enumerate() {
                    let salt = salt + 1 + u32::try_from(i).unwrap_or(0);
                    out.push(format!(
                        "INSERT INTO answer {columns} SELECT r.id, {cid}, '{key}', '{code}', NULL, \
                         ({} % 3) - 1.0, NULL, NULL {from} AND {answered}",
                        hash("r.id", salt),
                        code = st.code.replace('\'', "''"),
                    ));
                }
            }
        }
    }
    out
}

/// Every order of `n` items (n ≤ 6).
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for rest in permutations(n - 1) {
        for at in 0..=rest.len() {
            let mut p = rest.clone();
            p.insert(at, n - 1);
            out.push(p);
        }
    }
    out
}

async fn count(db: &DatabaseConnection, sql: String) -> anyhow::Result<u64> {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?
        .context("no count")?;
    let n: i64 = row.try_get_by_index(0)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The median time of `runs` calls of `f`.
async fn median<F, Fut>(runs: usize, mut f: F) -> anyhow::Result<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        f().await?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[times.len() / 2])
}

/// Loads `n` synthetic responses into a new consultation `slug`, rebuilds its counters and
/// times the summaries (`runs` each, median) and `submissions` single submissions.
///
/// # Errors
/// A database error.
pub async fn run(
    db: &DatabaseConnection,
    slug: &str,
    n: u64,
    runs: usize,
    submissions: u64,
) -> anyhow::Result<BenchFigures> {
    let consultation = create_consultation(db, slug).await?;
    let load = load_synthetic(db, &consultation, n).await?;
    let started = Instant::now();
    counters::rebuild(db, consultation.id()).await?;
    let rebuild = started.elapsed();
    let mut figures = bench_summary(db, &consultation, runs).await?;
    figures.load = load;
    figures.rebuild = rebuild;
    let (per_second, rows) = bench_submissions(db, &consultation, submissions).await?;
    figures.submissions_per_second = per_second;
    figures.counter_rows_per_submission = rows;
    Ok(figures)
}

/// Times the summaries of a consultation that already has responses and counters.
///
/// # Errors
/// A database error.
pub async fn bench_summary(
    db: &DatabaseConnection,
    consultation: &Consultation,
    runs: usize,
) -> anyhow::Result<BenchFigures> {
    let cid = consultation.id();
    let l = Locale::new("en");
    let options = Options::default();
    let time = |audience: Audience, view: View| {
        let (l, options) = (&l, &options);
        async move {
            median(runs, || {
                let view = view.clone();
                async move {
                    query::build(db, consultation, audience, &view, l, options)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                    Ok(())
                }
            })
            .await
        }
    };
    let summary = time(Audience::Facilitator, View::Overall).await?;
    let crosstab = time(Audience::Facilitator, View::By(Dimension::Country)).await?;
    let filtered = time(
        Audience::Facilitator,
        View::Filter(Dimension::AgeBand, "13-15".into()),
    )
    .await?;
    let public_summary = time(Audience::Public, View::Overall).await?;
    let started = Instant::now();
    counters::rebuild(db, cid).await?;
    let rebuild = started.elapsed();
    Ok(BenchFigures {
        backend: crate::db::backend_name(db),
        responses: count(
            db,
            format!("SELECT COUNT(*) FROM response WHERE consultation_id = {cid}"),
        )
        .await?,
        answers: count(
            db,
            format!("SELECT COUNT(*) FROM answer WHERE consultation_id = {cid}"),
        )
        .await?,
        counter_rows: count(
            db,
            format!("SELECT COUNT(*) FROM aggregate_counter WHERE consultation_id = {cid}"),
        )
        .await?,
        load: Duration::ZERO,
        rebuild,
        summary,
        crosstab,
        filtered,
        public_summary,
        submissions_per_second: 0.0,
        counter_rows_per_submission: 0,
    })
}

/// Stores `n` responses one per write transaction, as a submission does (response, answers,
/// counters, commit), one after the other. Returns submissions per second and the counter rows
/// each one upserted.
///
/// # Errors
/// A database error.
pub async fn bench_submissions(
    db: &DatabaseConnection,
    consultation: &Consultation,
    n: u64,
) -> anyhow::Result<(f64, usize)> {
    let cid = consultation.id();
    let started = Instant::now();
    let mut rows_each = 0;
    for i in 0..n {
        let txn = crate::db::begin_write(db).await?;
        let stored = response::ActiveModel {
            consultation_id: Set(cid),
            submission_id: Set(uuid::Uuid::new_v4().to_string()),
            content_hash: Set("bench".into()),
            receipt_hash: Set(uuid::Uuid::new_v4().simple().to_string()),
            language: Set(["en", "fr", "ar"][(i % 3) as usize].into()),
            age_band: Set(Some(["9-12", "13-15", "16-17"][(i % 3) as usize].into())),
            country: Set(Some(["FR", "KE", "BR", "IN"][(i % 4) as usize].into())),
            gender: Set(Some(["girl", "boy"][(i % 2) as usize].into())),
            phase: Set("before".into()),
            submitted_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let answers = sample_answers(cid, stored.id, i);
        answer::Entity::insert_many(answers.iter().cloned().map(|a| answer::ActiveModel {
            response_id: Set(a.response_id),
            consultation_id: Set(a.consultation_id),
            question_key: Set(a.question_key),
            option_code: Set(a.option_code),
            position: Set(a.position),
            number_value: Set(a.number_value),
            text_value: Set(a.text_value),
            moderation_status: Set(a.moderation_status),
            flags: Set(None),
            ..Default::default()
        }))
        .exec_without_returning(&txn)
        .await?;
        rows_each = counters::apply_response(&txn, cid, &stored, &answers, 1).await?;
        txn.commit().await?;
    }
    let per_second = n as f64 / started.elapsed().as_secs_f64().max(1e-9);
    Ok((per_second, rows_each))
}

/// The answers of one typical submission to [`bench_definition`].
pub fn sample_answers(consultation_id: i32, response_id: i32, i: u64) -> Vec<answer::Model> {
    let row =
        |key: &str, code: Option<&str>, position: Option<i32>, number: Option<f64>| answer::Model {
            id: 0,
            response_id,
            consultation_id,
            question_key: key.to_owned(),
            option_code: code.map(str::to_owned),
            position,
            number_value: number,
            text_value: None,
            moderation_status: None,
            flags: None,
            safeguarding_status: None,
        };
    let devices = ["phone", "tablet", "computer", "console"];
    let point = (i % 5) as f64 + 1.0;
    let point_code = format!("{}", i % 5 + 1);
    let mut rows = vec![
        row("device", Some(devices[(i % 4) as usize]), None, None),
        row("apps", Some("video"), None, None),
        row("apps", Some("chat"), None, None),
        row("safe", Some(&point_code), None, Some(point)),
        row("rate", Some(&point_code), None, Some(point)),
        row("priorities", Some("privacy"), Some(1), None),
        row("priorities", Some("bullying"), Some(2), None),
        row("priorities", Some("scams"), Some(3), None),
        row("priorities", Some("screen_time"), Some(4), None),
        row("hours", None, None, Some((i % 9) as f64)),
    ];
    let mut text = row("worry", None, None, None);
    text.text_value = Some("Strangers send me messages".into());
    text.moderation_status = Some("pending".into());
    rows.push(text);
    rows
}
