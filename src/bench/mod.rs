//! `consulta bench`: starts its own server on loopback with a fresh database, measures page
//! weight, submissions (JSON API and HTML pages, at 10 and 50 clients), summaries and the raw
//! export at 1,000,000 stored responses (2,000 with `--quick`), a live meeting (2,000 phones
//! and 200 projector views; 200 and 20 with `--quick`), memory and the opinion map's
//! analysis (10,000 participants × 200 statements; 2,000 with `--quick`) and the free-text
//! analysis of one question (100,000 answers; 10,000 with `--quick`), and prints a table
//! (median of several runs with min and max) or JSON.
pub mod consultation;
pub mod demo;
pub mod export;
pub mod html;
pub mod live;
pub mod live_meeting;
pub mod load;
pub mod opinion;
pub mod proxy;
pub mod record_demo;
pub mod scale;
pub mod seed;
pub mod summaries;
pub mod texts;
pub mod weight;

use std::time::Duration;

use anyhow::Context;
use sea_orm::{ColumnTrait, ConnectionTrait, Database, EntityTrait, PaginatorTrait, QueryFilter};
use serde::Serialize;

use crate::{
    config::{Secret, Settings},
    entities::response,
    startup::Application,
};
use load::Channel;

/// What `consulta bench` was asked.
#[derive(Clone, Debug)]
pub struct Options {
    /// Small sizes, short runs: every step in under a minute.
    pub quick: bool,
    /// A PostgreSQL server URL; the bench creates (and drops) a fresh database there.
    pub postgres: Option<String>,
    /// Runs of each measurement (the median is reported).
    pub runs: usize,
    /// Seconds of each submission run.
    pub seconds: u64,
    /// Only these steps (`weight`, `submissions`, `live`, `memory`…); empty runs them all.
    pub only: Vec<String>,
    /// Stored responses for the summary and export steps (default 1,000,000; 2,000 quick).
    pub responses: Option<u64>,
}

impl Options {
    /// Whether the step called `name` runs.
    pub fn runs_step(&self, name: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|s| s.eq_ignore_ascii_case(name))
    }
}

/// One measured figure.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    pub step: String,
    pub name: String,
    pub unit: &'static str,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// The target, in words, when the issue sets one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
}

/// Everything the bench measured, and under which conditions.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub database: &'static str,
    pub profile: &'static str,
    pub quick: bool,
    pub cpus: usize,
    /// `/proc/loadavg` before and after: the machine may be shared.
    pub load_before: String,
    pub load_after: String,
    pub runs: usize,
    pub seconds_per_run: f64,
    pub figures: Vec<Figure>,
    /// Steps not measured yet, and why.
    pub pending: Vec<String>,
    /// Stored responses equal acknowledged ones after every submission run.
    pub verified: bool,
    /// What failed requests met, when some did.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Figure {
    fn of(step: &str, name: &str, unit: &'static str, values: &[f64]) -> Self {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let median = if sorted.is_empty() {
            0.0
        } else if sorted.len() % 2 == 1 {
            sorted[sorted.len() / 2]
        } else {
            (sorted[sorted.len() / 2 - 1] + sorted[sorted.len() / 2]) / 2.0
        };
        Self {
            step: step.into(),
            name: name.into(),
            unit,
            median,
            min: sorted.first().copied().unwrap_or(0.0),
            max: sorted.last().copied().unwrap_or(0.0),
            target: None,
            met: None,
        }
    }

    fn target(mut self, words: &str, met: impl Fn(f64) -> bool) -> Self {
        self.met = Some(met(self.median));
        self.target = Some(words.into());
        self
    }
}

/// Resident memory of this process (the server runs in it) in MiB.
pub fn resident_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

pub(crate) fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// A fresh database for the bench: a SQLite file in a temporary folder, or a new database
/// on the PostgreSQL server (dropped at the end).
struct Scratch {
    dir: std::path::PathBuf,
    url: String,
    postgres_admin: Option<(String, String)>,
}

impl Scratch {
    async fn new(postgres: Option<&str>) -> anyhow::Result<Self> {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let dir = std::env::temp_dir().join(format!("consulta-bench-{id}"));
        std::fs::create_dir_all(&dir).context("Failed to create the bench's data folder")?;
        let Some(admin_url) = postgres else {
            let url = format!("sqlite://{}?mode=rwc", dir.join("consulta.db").display());
            return Ok(Self {
                dir,
                url,
                postgres_admin: None,
            });
        };
        let name = format!("consulta_bench_{id}");
        let admin = Database::connect(admin_url)
            .await
            .context("Failed to reach the PostgreSQL server given with --postgres")?;
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .context("Failed to create the bench database")?;
        admin.close().await.ok();
        let (base, _) = admin_url.rsplit_once('/').unwrap_or((admin_url, ""));
        Ok(Self {
            dir,
            url: format!("{base}/{name}"),
            postgres_admin: Some((admin_url.to_owned(), name)),
        })
    }

    async fn remove(self) {
        if let Some((admin_url, name)) = self.postgres_admin
            && let Ok(admin) = Database::connect(&admin_url).await
        {
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .ok();
            admin.close().await.ok();
        }
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

/// The bench's server settings: loopback, port 0, its own database, no throttling.
fn settings(scratch: &Scratch) -> anyhow::Result<Settings> {
    let mut s = Settings::load_from(
        config::File::with_name("/nonexistent/consulta-bench").required(false),
    )?;
    s.host = "127.0.0.1".into();
    s.port = 0;
    s.data_dir.clone_from(&scratch.dir);
    s.database_url = Secret::new(scratch.url.clone());
    s.public_url = String::new();
    s.smtp_host = String::new();
    s.rate_limit_per_minute = 100_000_000;
    s.metrics_enabled = false;
    s.max_inflight = 100_000;
    // The live meeting's projector views all come from loopback.
    s.live_streams_per_client = 100_000;
    Ok(s)
}

/// Runs every step and returns the figures.
///
/// # Errors
/// When the server cannot start or a step fails outright.
pub async fn run(opts: &Options) -> anyhow::Result<Report> {
    let load_before = loadavg();
    let scratch = Scratch::new(opts.postgres.as_deref()).await?;
    let result = run_on(opts, &scratch).await;
    scratch.remove().await;
    let mut report = result?;
    report.load_before = load_before;
    report.load_after = loadavg();
    Ok(report)
}

async fn run_on(opts: &Options, scratch: &Scratch) -> anyhow::Result<Report> {
    let app = Application::build(settings(scratch)?).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    let db = app.state().db.clone();
    let handle = app.handle();
    let shell = app.shell();
    tokio::spawn(app.run_until_stopped());
    shell.started().await;
    let mut figures = Vec::new();
    let mut verified = true;
    let mut notes = Vec::new();
    let memory_idle = resident_mib();

    // 1. Page weight (deterministic: one run).
    let (_, slug) = consultation::create(&db).await?;
    let weights = if opts.runs_step("weight") {
        weight::measure(&base, &slug).await?
    } else {
        Vec::new()
    };
    for w in weights {
        let name = format!("page weight: {}", w.page);
        figures.push(
            Figure::of("1 page weight", &name, "bytes", &[w.bytes as f64])
                .target("≤ 30 KB", |v| v <= 30.0 * 1024.0),
        );
        figures.push(
            Figure::of(
                "1 page weight",
                &format!("requests: {}", w.page),
                "requests",
                &[w.requests as f64],
            )
            .target("≤ 4", |v| v <= 4.0),
        );
    }

    // 2. Submissions.
    let duration = Duration::from_secs(opts.seconds);
    let channels = if opts.runs_step("submissions") {
        vec![Channel::Api, Channel::Form]
    } else {
        Vec::new()
    };
    for channel in channels {
        let (consultation_id, slug) = consultation::create(&db).await?;
        let mut acknowledged = 0;
        for clients in [10, 50] {
            let (mut rates, mut p50, mut p95, mut p99) = (vec![], vec![], vec![], vec![]);
            for _ in 0..opts.runs {
                let sample = load::run(&base, &slug, channel, clients, duration).await?;
                acknowledged += sample.acknowledged;
                rates.push(sample.per_second());
                p50.push(sample.quantile_ms(0.50));
                p95.push(sample.quantile_ms(0.95));
                p99.push(sample.quantile_ms(0.99));
            }
            let step = "2 submissions";
            let what = format!("{} at {clients} clients", channel.as_str());
            let mut rate = Figure::of(step, &format!("{what}: responses/s"), "1/s", &rates);
            let mut tail = Figure::of(step, &format!("{what}: p99"), "ms", &p99);
            if channel == Channel::Api && clients == 50 {
                rate = rate.target("≥ 1500/s", |v| v >= 1500.0);
                tail = tail.target("< 100 ms", |v| v < 100.0);
            }
            figures.push(rate);
            figures.push(Figure::of(step, &format!("{what}: p50"), "ms", &p50));
            figures.push(Figure::of(step, &format!("{what}: p95"), "ms", &p95));
            figures.push(tail);
        }
        let stored = response::Entity::find()
            .filter(response::Column::ConsultationId.eq(consultation_id))
            .count(&db)
            .await?;
        let same = stored == acknowledged;
        verified &= same;
        figures.push(
            Figure::of(
                "2 submissions",
                &format!("{}: stored − acknowledged", channel.as_str()),
                "responses",
                &[stored as f64 - acknowledged as f64],
            )
            .target("0", |v| v == 0.0),
        );
    }

    // Measured before the large load below, which only adds test data.
    let memory_after = resident_mib();

    // 3. Summary and 4. export at N stored responses.
    if opts.runs_step("summary") || opts.runs_step("export") {
        let n = opts
            .responses
            .unwrap_or(if opts.quick { 2_000 } else { 1_000_000 })
            .max(1);
        figures.extend(scale::measure(&db, &base, n, opts.runs).await?);
    }

    // 5. A live meeting.
    if opts.runs_step("live") {
        let measured = live::measure(&db, &base, opts.quick, opts.runs).await?;
        verified &= measured.verified;
        figures.extend(measured.figures);
        notes.extend(measured.errors.into_iter().map(|e| format!("live: {e}")));
    }

    // 6. Memory.
    if opts.runs_step("memory") {
        figures.push(Figure::of(
            "6 memory",
            "resident, idle",
            "MiB",
            &[memory_idle],
        ));
        figures.push(Figure::of(
            "6 memory",
            "resident, after the submissions",
            "MiB",
            &[memory_after],
        ));
    }

    // 7. The opinion map's analysis (in this process; no server or database).
    if opts.runs_step("opinion") {
        figures.extend(opinion::measure(opts.quick, opts.runs));
    }

    // 8. The free-text analysis of one question.
    if opts.runs_step("texts") {
        figures.extend(texts::measure(&db, opts.quick, opts.runs).await?);
    }

    handle.stop(true).await;
    db.close().await.ok();
    Ok(Report {
        database: if scratch.postgres_admin.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        profile: if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        quick: opts.quick,
        cpus: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        load_before: String::new(),
        load_after: String::new(),
        runs: opts.runs,
        seconds_per_run: duration.as_secs_f64(),
        figures,
        pending: Vec::new(),
        verified,
        notes,
    })
}

/// The report as a table for a terminal.
pub fn table(report: &Report) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Consulta bench on {} ({} build, {} CPUs, load {} → {}), {} run(s) of {:.0} s{}",
        report.database,
        report.profile,
        report.cpus,
        report.load_before,
        report.load_after,
        report.runs,
        report.seconds_per_run,
        if report.quick { ", quick" } else { "" }
    );
    let _ = writeln!(
        out,
        "{:<16} {:<44} {:>10} {:>10} {:>10} {:<10} {:<10} met",
        "step", "figure", "median", "min", "max", "unit", "target"
    );
    for f in &report.figures {
        let met = match f.met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "",
        };
        let _ = writeln!(
            out,
            "{:<16} {:<44} {:>10.1} {:>10.1} {:>10.1} {:<10} {:<10} {}",
            f.step,
            f.name,
            f.median,
            f.min,
            f.max,
            f.unit,
            f.target.as_deref().unwrap_or(""),
            met
        );
    }
    for p in &report.pending {
        let _ = writeln!(out, "not measured: {p}");
    }
    for n in &report.notes {
        let _ = writeln!(out, "failed request: {n}");
    }
    let _ = writeln!(
        out,
        "stored responses and live answers {} acknowledged ones",
        if report.verified {
            "equal"
        } else {
            "DIFFER FROM"
        }
    );
    out
}
