//! A load generator for live mode, for `consulta bench`: a meeting of many phones answering
//! one question while many projector and dashboard views watch. It drives a running server
//! over loopback only and stops at its deadline, whatever happens.
//!
//! The server must let one address make many requests (`CONSULTA_RATE_LIMIT_PER_MINUTE`)
//! and hold `presenters` event streams (`CONSULTA_LIVE_STREAMS_PER_CLIENT`).
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use anyhow::{Context, bail};

/// What to run.
#[derive(Clone, Debug)]
pub struct LiveBench {
    /// `http://127.0.0.1:PORT` (loopback only).
    pub base_url: String,
    /// A consultation with the "during the meeting" phase, open or live.
    pub slug: String,
    /// A facilitator of its group.
    pub email: String,
    pub password: String,
    /// The question every phone answers, and the option code they send.
    pub question: String,
    pub option: String,
    pub participants: usize,
    pub presenters: usize,
    /// Phones start evenly over this time.
    pub spread: Duration,
    /// Everything stops after this.
    pub deadline: Duration,
}

/// What was measured.
#[derive(Clone, Debug, Default)]
pub struct LiveFigures {
    pub participants: usize,
    pub presenters: usize,
    /// Answers stored (303) and failed requests (phones, and projectors that could not connect).
    pub stored: usize,
    pub errors: usize,
    /// What the failed requests met (`join 429`, `answer 500`, `timeout`…), a few of them.
    pub error_kinds: Vec<String>,
    pub submission_p50_ms: f64,
    pub submission_p95_ms: f64,
    pub submission_max_ms: f64,
    /// From a submission's reply to the moment each projector showed a count including it.
    pub update_p50_ms: f64,
    pub update_p95_ms: f64,
    /// The count every projector ended on (equal to `stored` when nothing was lost or doubled).
    pub final_counts_min: u64,
    pub final_counts_max: u64,
    pub seconds: f64,
}

/// When one projector first showed each count.
type Screen = Vec<(u64, Instant)>;

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

pub(crate) fn csrf_of(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\"")?;
    let rest = &html[at..];
    let v = rest.split("value=\"").nth(1)?.split('"').next()?;
    Some(v.to_owned())
}

/// Signs the facilitator in at `base` and starts the live session of `slug`: their client
/// (with its session cookie), the control page's CSRF token and the session's code.
///
/// # Errors
/// When the facilitator cannot sign in or the session does not start.
pub(crate) async fn sign_in_and_start(
    base: &str,
    slug: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<(reqwest::Client, String, String)> {
    let facilitator = reqwest::Client::builder()
        .cookie_store(true)
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        // Below a proxy's keep-alive timeout: no request on a connection being closed.
        .pool_idle_timeout(Duration::from_secs(5))
        .build()?;
    let setup = Duration::from_secs(30);
    let login = facilitator
        .get(format!("{base}/login"))
        .timeout(setup)
        .send()
        .await?
        .text()
        .await?;
    let login_csrf = csrf_of(&login).context("No CSRF token on /login")?;
    let res = facilitator
        .post(format!("{base}/login"))
        .timeout(setup)
        .form(&[
            ("csrf", login_csrf.as_str()),
            ("email", email),
            ("password", password),
            ("next", "/groups"),
        ])
        .send()
        .await?;
    if res.status() != 303 {
        bail!("The facilitator could not sign in ({})", res.status());
    }
    let groups = facilitator
        .get(format!("{base}/groups"))
        .send()
        .await?
        .text()
        .await?;
    let csrf = csrf_of(&groups).context("No CSRF token on /groups")?;
    let res = facilitator
        .post(format!("{base}/manage/c/{}/live", slug))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await?;
    let code = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .and_then(|l| l.strip_prefix("/manage/live/"))
        .context("The live session did not start")?
        .to_owned();
    Ok((facilitator, csrf, code))
}

/// Runs the meeting and measures it.
///
/// # Errors
/// When the base URL is not loopback, or the facilitator cannot sign in or start the session.
pub async fn bench_live(cfg: &LiveBench) -> anyhow::Result<LiveFigures> {
    let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"];
    if !loopback.iter().any(|p| cfg.base_url.starts_with(p)) {
        bail!("The live benchmark drives loopback addresses only");
    }
    let started = Instant::now();
    let base = cfg.base_url.trim_end_matches('/').to_owned();
    let (facilitator, csrf, code) =
        sign_in_and_start(&base, &cfg.slug, &cfg.email, &cfg.password).await?;
    for action in ["open", "reveal"] {
        facilitator
            .post(format!("{base}/manage/live/{code}"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("action", action),
                ("question", cfg.question.as_str()),
            ])
            .send()
            .await?;
    }

    let stop_at = tokio::time::Instant::now() + cfg.deadline;
    let errors: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    // Projectors: when each first saw each count.
    let seen: Arc<Mutex<Vec<Screen>>> = Arc::new(Mutex::new(vec![Vec::new(); cfg.presenters]));
    let mut watchers = Vec::new();
    for i in 0..cfg.presenters {
        let client = facilitator.clone();
        let url = format!("{base}/present/{code}/events?lang=en");
        let seen = seen.clone();
        let target = cfg.participants as u64;
        let errors = errors.clone();
        watchers.push(tokio::spawn(async move {
            let failed = |kind: String| errors.lock().unwrap_or_else(|e| e.into_inner()).push(kind);
            let mut res = match client.get(url).send().await {
                Ok(res) if res.status() == 200 => res,
                Ok(res) => return failed(format!("projector {}", res.status())),
                Err(e) => return failed(format!("projector {e}")),
            };
            let mut buffer = String::new();
            let mut last = 0u64;
            while let Ok(Ok(Some(chunk))) = tokio::time::timeout_at(stop_at, res.chunk()).await {
                buffer.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = buffer.find("\n\n") {
                    let event: String = buffer.drain(..end + 2).collect();
                    if let Some(n) = event
                        .split("\"count\":")
                        .nth(1)
                        .and_then(|r| r.split([',', '}']).next())
                        .and_then(|n| n.parse::<u64>().ok())
                        && n > last
                    {
                        last = n;
                        seen.lock().unwrap_or_else(|e| e.into_inner())[i].push((n, Instant::now()));
                    }
                }
                if last >= target {
                    break;
                }
            }
        }));
    }
    // Let the projectors connect before the first phone answers.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let phones = reqwest::Client::builder()
        .timeout(cfg.deadline)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()?;
    let finished: Arc<Mutex<Vec<(Instant, f64)>>> = Arc::new(Mutex::new(Vec::new()));
    let t0 = tokio::time::Instant::now();
    let mut tasks = Vec::new();
    for i in 0..cfg.participants {
        let phones = phones.clone();
        let base = base.clone();
        let code = code.clone();
        let question = cfg.question.clone();
        let option = cfg.option.clone();
        let finished = finished.clone();
        let errors = errors.clone();
        let start_at = t0
            + cfg
                .spread
                .mul_f64(i as f64 / cfg.participants.max(1) as f64);
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(start_at).await;
            let run = async {
                let joined = phones
                    .post(format!("{base}/live/{code}/join"))
                    .form(&[("lang", "en"), ("age_band", "16-17")])
                    .send()
                    .await
                    .map_err(|e| format!("join {e}"))?;
                let cookie = joined
                    .headers()
                    .get("set-cookie")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.split(';').next())
                    .ok_or_else(|| format!("join {}", joined.status()))?
                    .to_owned();
                let name = format!("a:{question}");
                let begin = Instant::now();
                let res = phones
                    .post(format!("{base}/live/{code}/answer"))
                    .header("cookie", cookie)
                    .form(&[
                        ("question", question.as_str()),
                        (name.as_str(), option.as_str()),
                    ])
                    .send()
                    .await
                    .map_err(|e| format!("answer {e}"))?;
                let done = Instant::now();
                if res.status() == 303 {
                    Ok((done, (done - begin).as_secs_f64() * 1000.0))
                } else {
                    Err(format!("answer {}", res.status()))
                }
            };
            match tokio::time::timeout_at(stop_at, run).await {
                Ok(Ok(r)) => finished.lock().unwrap_or_else(|e| e.into_inner()).push(r),
                Ok(Err(kind)) => errors.lock().unwrap_or_else(|e| e.into_inner()).push(kind),
                Err(_) => errors
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push("timeout".into()),
            }
        }));
    }
    for t in tasks {
        t.await.ok();
    }
    for w in watchers {
        tokio::time::timeout_at(stop_at, w).await.ok();
    }

    let mut finished = finished.lock().unwrap_or_else(|e| e.into_inner()).clone();
    finished.sort_by_key(|(at, _)| *at);
    let mut latencies: Vec<f64> = finished.iter().map(|(_, ms)| *ms).collect();
    latencies.sort_by(f64::total_cmp);
    // The k-th stored answer is included once a projector shows a count of at least k.
    let seen = seen.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut updates = Vec::new();
    for screen in &seen {
        for (k, (done, _)) in finished.iter().enumerate() {
            let k = k as u64 + 1;
            if let Some((_, at)) = screen.iter().find(|(n, _)| *n >= k) {
                updates.push(at.saturating_duration_since(*done).as_secs_f64() * 1000.0);
            }
        }
    }
    updates.sort_by(f64::total_cmp);
    // Taken out first: a guard in the struct below would live to its end.
    let errors = errors.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let finals: Vec<u64> = seen
        .iter()
        .map(|s| s.last().map_or(0, |(n, _)| *n))
        .collect();
    Ok(LiveFigures {
        participants: cfg.participants,
        presenters: cfg.presenters,
        stored: finished.len(),
        errors: errors.len(),
        error_kinds: errors.into_iter().take(10).collect(),
        submission_p50_ms: percentile(&latencies, 0.50),
        submission_p95_ms: percentile(&latencies, 0.95),
        submission_max_ms: latencies.last().copied().unwrap_or(0.0),
        update_p50_ms: percentile(&updates, 0.50),
        update_p95_ms: percentile(&updates, 0.95),
        final_counts_min: finals.iter().copied().min().unwrap_or(0),
        final_counts_max: finals.iter().copied().max().unwrap_or(0),
        seconds: started.elapsed().as_secs_f64(),
    })
}
