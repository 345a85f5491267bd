//! Steps 3 and 4 of `consulta bench` at scale: N synthetic responses bulk-loaded with SQL
//! ([`bench::summaries::load_synthetic`]) into a consultation with every question kind, then
//! the summary API (full, one cross-tab, one filtered), the rebuild of every counter, and the
//! streamed export of the raw answers with the server's peak memory growth.
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use sea_orm::DatabaseConnection;

use super::{Figure, export, load, summaries as synthetic};
use crate::{
    accounts::{Role, repo as accounts},
    aggregation,
};

/// `1M`, `5k`: the size in a step's name.
fn short(n: u64) -> String {
    if n >= 1_000_000 && n.is_multiple_of(1_000_000) {
        format!("{}M", n / 1_000_000)
    } else if n >= 1_000 && n.is_multiple_of(1_000) {
        format!("{}k", n / 1_000)
    } else {
        n.to_string()
    }
}

/// Runs of each summary request (they are short; the median needs a few).
const SUMMARY_RUNS: usize = 5;

/// A facilitator of `group` with an API token (never signs in: no usable password).
async fn facilitator(db: &DatabaseConnection, group: i32) -> anyhow::Result<String> {
    let email = format!("bench-{}@example.org", uuid::Uuid::new_v4().simple());
    let account = accounts::create_account(
        db,
        accounts::NewAccount {
            email: &email,
            display_name: "Bench facilitator",
            password_hash: "!",
            is_admin: false,
            locale: "en",
        },
    )
    .await?;
    accounts::set_membership(db, account.id, group, Role::Facilitator).await?;
    let (_, token) = accounts::create_api_token(db, account.id, "bench").await?;
    Ok(token)
}

/// The time of one GET with the token, the whole body read.
async fn timed_get(client: &reqwest::Client, url: &str, token: &str) -> anyhow::Result<f64> {
    let started = Instant::now();
    let res = client.get(url).bearer_auth(token).send().await?;
    let status = res.status();
    let body = res.bytes().await?;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if !status.is_success() {
        bail!(
            "GET {url} answered {status}: {}",
            String::from_utf8_lossy(&body)
        );
    }
    Ok(ms)
}

/// Loads `n` responses and measures steps 3 (summary) and 4 (export), `runs` times each
/// (at least [`SUMMARY_RUNS`] for the summary requests).
///
/// # Errors
/// A database or HTTP error.
pub async fn measure(
    db: &DatabaseConnection,
    base: &str,
    n: u64,
    runs: usize,
) -> anyhow::Result<Vec<Figure>> {
    let mut figures = Vec::new();
    let slug = format!(
        "bench-scale-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    let consultation = synthetic::create_consultation(db, &slug).await?;
    let token = facilitator(db, consultation.group_id()).await?;
    let step = format!("3 summary {}", short(n));
    let step = step.as_str();
    let loaded = synthetic::load_synthetic(db, &consultation, n)
        .await
        .context("Failed to load the synthetic responses")?;
    figures.push(Figure::of(
        step,
        "bulk load of responses and answers (SQL)",
        "s",
        &[loaded.as_secs_f64()],
    ));

    // The first rebuild fills the counters the summaries read; every run is timed.
    let mut rebuilds = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        aggregation::rebuild(db, consultation.id())
            .await
            .context("Failed to rebuild the counters")?;
        rebuilds.push(started.elapsed().as_secs_f64());
    }

    let client = load::client()?;
    let api = format!("{base}/api/v1/consultations/{slug}/summary");
    for (name, query) in [
        ("full summary", ""),
        ("cross-tab by country", "?by=country"),
        ("filtered summary (age 13-15)", "?age_band=13-15"),
    ] {
        let url = format!("{api}{query}");
        let mut times = Vec::with_capacity(SUMMARY_RUNS.max(runs));
        for _ in 0..SUMMARY_RUNS.max(runs) {
            times.push(timed_get(&client, &url, &token).await?);
        }
        figures.push(Figure::of(step, name, "ms", &times).target("< 50 ms", |v| v < 50.0));
    }
    figures.push(
        Figure::of(step, "rebuild of all counters", "s", &rebuilds).target("< 5 s", |v| v < 5.0),
    );

    // 4. Export: the raw answers streamed over HTTP as a facilitator downloads them.
    let step = format!("4 export {}", short(n));
    let step = step.as_str();
    let (mut rates, mut xlsx_rates, mut growth, mut rows) = (vec![], vec![], vec![], vec![]);
    for _ in 0..runs.max(1) {
        let e = export::bench_export(base, &slug, "responses.csv", &token).await?;
        rates.push(e.rows_per_second);
        growth.push(e.peak_growth_mb);
        rows.push(e.rows as f64 - n as f64);
        tokio::time::sleep(Duration::from_millis(200)).await;
        // The workbook's rows are not counted here: its rate is the responses over the time.
        let e = export::bench_export(base, &slug, "responses.xlsx", &token).await?;
        #[allow(clippy::cast_precision_loss)]
        xlsx_rates.push(n as f64 / e.seconds.max(1e-9));
        growth.push(e.peak_growth_mb);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let fast = |v: f64| v >= 100_000.0;
    figures
        .push(Figure::of(step, "responses.csv: rows/s", "1/s", &rates).target("≥ 100,000", fast));
    figures.push(
        Figure::of(step, "responses.xlsx: responses/s", "1/s", &xlsx_rates)
            .target("≥ 100,000", fast),
    );
    // Memory is judged on the worst run, not the median.
    let mut peak = Figure::of(
        step,
        "server peak memory growth (worst run)",
        "MiB",
        &growth,
    );
    peak.met = Some(peak.max <= 50.0);
    peak.target = Some("≤ 50 MB".into());
    figures.push(peak);
    let mut check = Figure::of(step, "rows exported − stored", "rows", &rows);
    check.met = Some(rows.iter().all(|r| *r == 0.0));
    check.target = Some("0".into());
    figures.push(check);
    Ok(figures)
}
