//! `consulta bench --target URL --only proxy-meeting|proxy-rolling`: drives a deployment that
//! already runs (several `consulta serve` behind a load balancer, `tests/scale/run`) through
//! its proxy, and checks what it stored in the shared database.
//!
//! - `proxy-meeting`: phones join a live session (each with its own participant cookie) and
//!   answer three questions while projector streams follow the counts. Halfway through the
//!   second question the first of `--pids` is killed (SIGKILL): phones retry their answer
//!   through the proxy, projectors reconnect. At the end every acknowledged answer is stored
//!   once, every projector shows the stored counts, and no phone is asked to join again.
//! - `proxy-rolling`: clients submit through `POST /api/v1/consultations/{slug}/responses`,
//!   retrying a failed request with the same `submission_id`, until `--stop-file` appears
//!   (the script restarts the instances meanwhile): nothing lost, nothing doubled, no
//!   request given up.
use std::{
    collections::{BTreeMap, HashSet},
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use sea_orm::{
    ColumnTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};
use serde::Serialize;
use tokio::sync::Semaphore;

use super::{
    consultation,
    live::{Prepared, prepare},
    live_meeting::{percentile, sign_in_and_start},
};
use crate::entities::{live_answer, live_session, response};

/// The three live questions and the option each phone sends.
const QUESTIONS: [(&str, &str); 3] = [
    ("time_online", "1_to_3h"),
    ("feel_safe", "agree"),
    ("report_ease", "7"),
];
/// Requests in flight at once (phones), so that a small machine measures latency, not a queue
/// of its own making.
const IN_FLIGHT: usize = 200;
/// A phone or client gives up a request after this many failed attempts.
const ATTEMPTS: u32 = 60;

/// Idle connections are dropped before the proxy closes them (`timeout http-keep-alive 10s`
/// in `deploy/haproxy.cfg`), so that no request is sent on a connection being closed.
const IDLE: Duration = Duration::from_secs(5);

/// What to drive.
#[derive(Clone, Debug)]
pub struct Target {
    /// The proxy, `http://127.0.0.1:PORT` (loopback only).
    pub base_url: String,
    /// The database the instances share (to prepare the meeting and count what was stored).
    pub database_url: String,
    /// The instances' process ids: their memory is reported; `proxy-meeting` kills the first.
    pub pids: Vec<u32>,
    pub phones: usize,
    pub projectors: usize,
    /// API clients submitting at once (`proxy-rolling`).
    pub clients: usize,
    /// `proxy-rolling` stops when this file exists.
    pub stop_file: Option<PathBuf>,
}

/// Percentiles of a latency, in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Latency {
    pub n: usize,
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
}

fn latency(mut v: Vec<f64>) -> Latency {
    v.sort_by(f64::total_cmp);
    Latency {
        n: v.len(),
        p50: percentile(&v, 0.50),
        p95: percentile(&v, 0.95),
        p99: percentile(&v, 0.99),
    }
}

/// One question's check.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionCheck {
    pub key: String,
    pub acknowledged: u64,
    pub stored: u64,
    pub projectors_min: u64,
    pub projectors_max: u64,
}

/// What `proxy-meeting` measured.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MeetingReport {
    pub phones: usize,
    pub projectors: usize,
    pub killed_pid: Option<u32>,
    pub join: Latency,
    pub answer_before_kill: Latency,
    pub answer_after_kill: Latency,
    pub projector_update_before_kill: Latency,
    pub projector_update_after_kill: Latency,
    /// Failed attempts the phones retried (the request that met the killed instance…).
    pub retried: u64,
    /// Joins or answers never acknowledged after every attempt.
    pub given_up: u64,
    pub projector_reconnects: u64,
    pub questions: Vec<QuestionCheck>,
    /// Responses stored (one per phone that answered).
    pub responses: u64,
    /// Phones whose page asked them to join again at the end.
    pub asked_to_rejoin: u64,
    /// Resident memory of each instance (MiB) before the kill and at the end.
    pub rss_before_mib: Vec<(u32, Option<f64>)>,
    pub rss_after_mib: Vec<(u32, Option<f64>)>,
    /// What the retried attempts met, by kind.
    pub errors: BTreeMap<String, u64>,
    pub seconds: f64,
    pub load_before: String,
    pub load_after: String,
    pub problems: Vec<String>,
}

/// What `proxy-rolling` measured.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RollingReport {
    pub clients: usize,
    pub submit: Latency,
    pub acknowledged: u64,
    pub stored: u64,
    pub retried: u64,
    pub given_up: u64,
    pub lost: u64,
    pub doubled: u64,
    pub unexpected: u64,
    pub rss_after_mib: Vec<(u32, Option<f64>)>,
    /// What the retried attempts met, by kind.
    pub errors: BTreeMap<String, u64>,
    pub seconds: f64,
    pub load_before: String,
    pub load_after: String,
    pub problems: Vec<String>,
}

/// Resident memory of a process, in MiB.
fn rss_mib(pid: u32) -> Option<f64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
}

fn rss_all(pids: &[u32]) -> Vec<(u32, Option<f64>)> {
    pids.iter().map(|p| (*p, rss_mib(*p))).collect()
}

fn loadavg() -> String {
    super::loadavg()
}

fn check_loopback(base: &str) -> anyhow::Result<()> {
    let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"];
    if !loopback.iter().any(|p| base.starts_with(p)) {
        bail!("The proxy benchmark drives loopback addresses only");
    }
    Ok(())
}

/// What failed attempts met, counted by kind.
type Errors = Arc<Mutex<BTreeMap<String, u64>>>;

fn note(errors: &Errors, kind: String) {
    *errors
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .entry(kind)
        .or_default() += 1;
}

/// Who answered an error: HAProxy's own pages say "No server is available" (503) or
/// "invalid response" (502); the instances answer problem+json.
fn who(body: &str) -> &'static str {
    if body.contains("No server is available") || body.contains("invalid response") {
        "from the proxy"
    } else if body.contains("\"status\"") || body.contains("title") {
        "from an instance"
    } else {
        "from the proxy or an instance"
    }
}

/// A request error in a few words, without its URL: its innermost cause.
fn cause(e: &reqwest::Error) -> String {
    let mut inner: &dyn std::error::Error = e;
    while let Some(next) = inner.source() {
        inner = next;
    }
    let what = if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connect"
    } else {
        "request"
    };
    format!("{what}: {inner}")
}

/// When the instance was killed (set once, by the task that killed it).
type KilledAt = Arc<Mutex<Option<Instant>>>;

/// What the projectors saw: per projector, when each count of each question first showed.
type Screens = Arc<Mutex<Vec<Vec<(String, u64, Instant)>>>>;

/// One projector: follows `/present/{code}/events`, reconnecting whenever the stream ends,
/// until `stop`.
async fn projector(
    client: reqwest::Client,
    url: String,
    i: usize,
    screens: Screens,
    stop: Arc<AtomicBool>,
    reconnects: Arc<AtomicU64>,
) {
    let mut last: BTreeMap<String, u64> = BTreeMap::new();
    let mut first = true;
    while !stop.load(Ordering::Relaxed) {
        if !first {
            reconnects.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        first = false;
        let mut res = match client.get(&url).send().await {
            Ok(res) if res.status() == 200 => res,
            _ => continue,
        };
        let mut buffer = String::new();
        loop {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            match tokio::time::timeout(Duration::from_millis(500), res.chunk()).await {
                Err(_) => {}
                Ok(Ok(Some(chunk))) => {
                    buffer.push_str(&String::from_utf8_lossy(&chunk));
                    while let Some(end) = buffer.find("\n\n") {
                        let event: String = buffer.drain(..end + 2).collect();
                        let Some(data) = event.lines().find_map(|l| l.strip_prefix("data:")) else {
                            continue;
                        };
                        let Ok(v) = serde_json::from_str::<serde_json::Value>(data.trim()) else {
                            continue;
                        };
                        let Some(counts) = v.get("counts").and_then(|c| c.as_object()) else {
                            continue;
                        };
                        let now = Instant::now();
                        for (key, n) in counts {
                            let n = n.as_u64().unwrap_or(0);
                            let seen = last.entry(key.clone()).or_default();
                            if n > *seen {
                                *seen = n;
                                screens.lock().unwrap_or_else(|e| e.into_inner())[i].push((
                                    key.clone(),
                                    n,
                                    now,
                                ));
                            }
                        }
                    }
                }
                Ok(_) => break,
            }
        }
    }
}

/// A facilitator's action on the control page, retried through the proxy.
async fn act(
    client: &reqwest::Client,
    base: &str,
    code: &str,
    csrf: &str,
    action: &str,
    question: &str,
) -> anyhow::Result<()> {
    for _ in 0..ATTEMPTS {
        let res = client
            .post(format!("{base}/manage/live/{code}"))
            .form(&[("csrf", csrf), ("action", action), ("question", question)])
            .send()
            .await;
        if matches!(&res, Ok(r) if r.status().is_redirection() || r.status().is_success()) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("The facilitator could not {action} {question}")
}

/// Counters shared by the phones.
#[derive(Default)]
struct Tally {
    retried: AtomicU64,
    given_up: AtomicU64,
}

/// What every phone of the meeting shares: the HTTP client, the session, the tallies, and
/// the gate that bounds requests in flight.
struct Room {
    client: reqwest::Client,
    base: String,
    code: String,
    tally: Arc<Tally>,
    errors: Errors,
    gate: Arc<Semaphore>,
}

/// A phone joins: its participant cookie and how long it took.
async fn join(room: &Room) -> Option<(String, f64)> {
    let Room {
        client,
        base,
        code,
        tally,
        errors,
        ..
    } = room;
    let begin = Instant::now();
    for _ in 0..ATTEMPTS {
        let res = client
            .post(format!("{base}/live/{code}/join"))
            .form(&[("lang", "en"), ("age_band", "16-17")])
            .send()
            .await;
        let cookie = match res {
            Ok(r) if r.status() == 303 => r
                .headers()
                .get("set-cookie")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(';').next())
                .map(str::to_owned),
            Ok(r) => {
                note(errors, format!("join {}", r.status()));
                None
            }
            Err(e) => {
                note(errors, format!("join {}", cause(&e)));
                None
            }
        };
        if let Some(cookie) = cookie {
            return Some((cookie, begin.elapsed().as_secs_f64() * 1000.0));
        }
        tally.retried.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tally.given_up.fetch_add(1, Ordering::Relaxed);
    None
}

/// A phone answers one question: when it was acknowledged and how long it took from the
/// first attempt.
async fn answer(
    room: &Room,
    cookie: &str,
    (question, option): (&str, &str),
) -> Option<(Instant, f64)> {
    let Room {
        client,
        base,
        code,
        tally,
        errors,
        ..
    } = room;
    let begin = Instant::now();
    let name = format!("a:{question}");
    for _ in 0..ATTEMPTS {
        let res = client
            .post(format!("{base}/live/{code}/answer"))
            .header("cookie", cookie)
            .form(&[("question", question), (name.as_str(), option)])
            .send()
            .await;
        match res {
            Ok(r) if r.status() == 303 => {
                let done = Instant::now();
                return Some((done, (done - begin).as_secs_f64() * 1000.0));
            }
            Ok(r) => note(errors, format!("answer {}", r.status())),
            Err(e) => note(errors, format!("answer {}", cause(&e))),
        }
        tally.retried.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tally.given_up.fetch_add(1, Ordering::Relaxed);
    None
}

async fn stored_answers(
    db: &DatabaseConnection,
    session_id: i32,
    key: &str,
) -> anyhow::Result<u64> {
    Ok(live_answer::Entity::find()
        .filter(live_answer::Column::SessionId.eq(session_id))
        .filter(live_answer::Column::QuestionKey.eq(key))
        .count(db)
        .await?)
}

/// Runs `proxy-meeting`.
///
/// # Errors
/// When the target is not loopback, the database cannot be reached, or the meeting cannot be
/// set up.
pub async fn meeting(t: &Target) -> anyhow::Result<MeetingReport> {
    check_loopback(&t.base_url)?;
    let started = Instant::now();
    let load_before = loadavg();
    let base = t.base_url.trim_end_matches('/').to_owned();
    let db = Database::connect(&t.database_url)
        .await
        .context("Failed to reach the instances' database")?;
    let Prepared {
        consultation_id,
        slug,
        email,
        password,
    } = prepare(&db).await?;
    let (facilitator, csrf, code) = sign_in_and_start(&base, &slug, &email, &password).await?;
    let session_id = session_of(&db, &code).await?;
    let events = format!("{base}/present/{code}/events?lang=en");
    let projectors = Projectors::start(&facilitator, &events, t.projectors);
    let room = Arc::new(Room::new(base.clone(), code.clone())?);
    let (cookies, joins) = join_all(&room, t.phones).await;
    let rss_before = rss_all(&t.pids);

    // Three questions; the first instance dies halfway through the second.
    let killed_at: KilledAt = Arc::default();
    let mut acknowledged: Vec<(String, Vec<(Instant, f64)>)> = Vec::new();
    for (number, (key, option)) in QUESTIONS.into_iter().enumerate() {
        act(&facilitator, &base, &code, &csrf, "open", key).await?;
        act(&facilitator, &base, &code, &csrf, "reveal", key).await?;
        let kill = (number == 1).then(|| (t.pids.first().copied(), killed_at.clone()));
        let acks = answer_all(&room, &cookies, (key, option), kill).await;
        // Every projector ends on the stored count (a reconnected one gets the whole state).
        let stored = stored_answers(&db, session_id, key).await?;
        projectors.wait_for(key, stored).await;
        acknowledged.push((key.to_owned(), acks));
    }
    let (screens, projector_reconnects) = projectors.stop().await;
    let asked_to_rejoin = count_rejoins(&room, &cookies).await;

    let killed_at = *killed_at.lock().unwrap_or_else(|e| e.into_inner());
    let mut report = MeetingReport {
        phones: t.phones,
        projectors: t.projectors,
        killed_pid: killed_at.and(t.pids.first().copied()),
        join: latency(joins),
        projector_reconnects,
        asked_to_rejoin,
        rss_before_mib: rss_before,
        load_before,
        ..MeetingReport::default()
    };
    if killed_at.is_none() && !t.pids.is_empty() {
        report
            .problems
            .push("the instance could not be killed".to_owned());
    }
    let run = Answered {
        db: &db,
        session_id,
        acknowledged: &acknowledged,
        screens: &screens,
        killed_at,
    };
    run.check(&mut report).await?;
    report.responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .count(&db)
        .await?;
    db.close().await.ok();
    finish_meeting(&mut report, &room, cookies.len(), &t.pids);
    report.seconds = started.elapsed().as_secs_f64();
    report.load_after = loadavg();
    Ok(report)
}

/// The id of the live session joined with `code`.
async fn session_of(db: &DatabaseConnection, code: &str) -> anyhow::Result<i32> {
    live_session::Entity::find()
        .filter(live_session::Column::JoinCode.eq(code))
        .select_only()
        .column(live_session::Column::Id)
        .into_tuple()
        .one(db)
        .await?
        .context("The live session is not in the database")
}

/// The projector streams of the meeting, each in a task of its own until stopped.
struct Projectors {
    watchers: Vec<tokio::task::JoinHandle<()>>,
    screens: Screens,
    stop: Arc<AtomicBool>,
    reconnects: Arc<AtomicU64>,
}

impl Projectors {
    fn start(facilitator: &reqwest::Client, url: &str, count: usize) -> Self {
        let screens: Screens = Arc::new(Mutex::new(vec![Vec::new(); count]));
        let stop = Arc::new(AtomicBool::new(false));
        let reconnects = Arc::new(AtomicU64::new(0));
        let watchers = (0..count)
            .map(|i| {
                tokio::spawn(projector(
                    facilitator.clone(),
                    url.to_owned(),
                    i,
                    screens.clone(),
                    stop.clone(),
                    reconnects.clone(),
                ))
            })
            .collect();
        Self {
            watchers,
            screens,
            stop,
            reconnects,
        }
    }

    /// Waits (at most 30 s) until every projector shows `stored` answers to `key`.
    async fn wait_for(&self, key: &str, stored: u64) {
        let until = Instant::now() + Duration::from_secs(30);
        while Instant::now() < until {
            let all_there = self
                .screens
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .iter()
                .all(|s| s.iter().any(|(k, n, _)| k == key && *n >= stored));
            if all_there {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Lets the last events arrive, stops the projectors, and returns what they showed
    /// and how often they reconnected.
    async fn stop(self) -> (Vec<Vec<(String, u64, Instant)>>, u64) {
        tokio::time::sleep(Duration::from_millis(500)).await;
        self.stop.store(true, Ordering::Relaxed);
        for w in self.watchers {
            w.await.ok();
        }
        let screens = self
            .screens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        (screens, self.reconnects.load(Ordering::Relaxed))
    }
}

impl Room {
    fn new(base: String, code: String) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(IN_FLIGHT)
            .pool_idle_timeout(IDLE)
            .build()?;
        Ok(Self {
            client,
            base,
            code,
            tally: Arc::default(),
            errors: Arc::default(),
            gate: Arc::new(Semaphore::new(IN_FLIGHT)),
        })
    }
}

/// Every phone joins: the cookies of those that did, and how long each took.
async fn join_all(room: &Arc<Room>, phones: usize) -> (Vec<String>, Vec<f64>) {
    let mut tasks = Vec::new();
    for _ in 0..phones {
        let room = room.clone();
        tasks.push(tokio::spawn(async move {
            let _permit = room.gate.clone().acquire_owned().await.ok()?;
            join(&room).await
        }));
    }
    let mut cookies = Vec::new();
    let mut joins = Vec::new();
    for task in tasks {
        if let Ok(Some((cookie, ms))) = task.await {
            cookies.push(cookie);
            joins.push(ms);
        }
    }
    (cookies, joins)
}

/// Every phone answers the question; with `kill` (a pid and where to note when), the
/// instance is killed once half of them are done. The acknowledgements, in time order.
async fn answer_all(
    room: &Arc<Room>,
    cookies: &[String],
    (key, option): (&'static str, &'static str),
    kill: Option<(Option<u32>, KilledAt)>,
) -> Vec<(Instant, f64)> {
    let done = Arc::new(AtomicUsize::new(0));
    let killer = kill.map(|(pid, killed_at)| {
        tokio::spawn(kill_halfway(
            done.clone(),
            cookies.len() / 2,
            pid,
            killed_at,
        ))
    });
    let mut tasks = Vec::new();
    for cookie in cookies {
        let (room, done, cookie) = (room.clone(), done.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = room.gate.clone().acquire_owned().await.ok()?;
            let r = answer(&room, &cookie, (key, option)).await;
            done.fetch_add(1, Ordering::Relaxed);
            r
        }));
    }
    let mut acks = Vec::new();
    for task in tasks {
        if let Ok(Some(ack)) = task.await {
            acks.push(ack);
        }
    }
    if let Some(killer) = killer {
        killer.await.ok();
    }
    acks.sort_by_key(|(at, _)| *at);
    acks
}

/// Kills `pid` (SIGKILL) once `half` phones are done, noting when.
async fn kill_halfway(done: Arc<AtomicUsize>, half: usize, pid: Option<u32>, killed_at: KilledAt) {
    let Some(pid) = pid else { return };
    while done.load(Ordering::Relaxed) < half {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success());
    if killed {
        *killed_at.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    }
}

/// How many phones are asked to join again (none should be: their cookie still holds).
async fn count_rejoins(room: &Arc<Room>, cookies: &[String]) -> u64 {
    let rejoin = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for cookie in cookies {
        let (room, rejoin, cookie) = (room.clone(), rejoin.clone(), cookie.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = room.gate.clone().acquire_owned().await.ok();
            if asked_to_join(&room, &cookie).await {
                rejoin.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for task in tasks {
        task.await.ok();
    }
    rejoin.load(Ordering::Relaxed)
}

/// Whether the phone's live page shows the join form (a page never reached counts too).
async fn asked_to_join(room: &Room, cookie: &str) -> bool {
    let Room {
        client, base, code, ..
    } = room;
    let join_form = format!("action=\"/live/{code}/join\"");
    for _ in 0..ATTEMPTS {
        if let Ok(r) = client
            .get(format!("{base}/live/{code}"))
            .header("cookie", cookie)
            .send()
            .await
            && r.status() == 200
            && let Ok(html) = r.text().await
        {
            return html.contains(&join_form);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    true
}

/// What the questions left behind, to check against what the phones were told.
struct Answered<'a> {
    db: &'a DatabaseConnection,
    session_id: i32,
    acknowledged: &'a [(String, Vec<(Instant, f64)>)],
    screens: &'a [Vec<(String, u64, Instant)>],
    killed_at: Option<Instant>,
}

/// Latencies split at the kill.
#[derive(Default)]
struct Split {
    answer_before: Vec<f64>,
    answer_after: Vec<f64>,
    update_before: Vec<f64>,
    update_after: Vec<f64>,
}

impl Answered<'_> {
    /// Per question: stored against acknowledged and shown; latencies before and after
    /// the kill.
    async fn check(&self, report: &mut MeetingReport) -> anyhow::Result<()> {
        let mut split = Split::default();
        for (key, acks) in self.acknowledged {
            let stored = stored_answers(self.db, self.session_id, key).await?;
            self.latencies(key, acks, &mut split);
            let check = QuestionCheck {
                key: key.clone(),
                acknowledged: acks.len() as u64,
                stored,
                projectors_min: self.finals(key).min().unwrap_or(0),
                projectors_max: self.finals(key).max().unwrap_or(0),
            };
            problems_of(&check, report);
            report.questions.push(check);
        }
        report.answer_before_kill = latency(split.answer_before);
        report.answer_after_kill = latency(split.answer_after);
        report.projector_update_before_kill = latency(split.update_before);
        report.projector_update_after_kill = latency(split.update_after);
        Ok(())
    }

    /// The last count of `key` on each projector.
    fn finals<'s>(&'s self, key: &'s str) -> impl Iterator<Item = u64> + 's {
        self.screens.iter().map(move |s| {
            s.iter()
                .filter(|(k, _, _)| k == key)
                .map(|(_, n, _)| *n)
                .max()
                .unwrap_or(0)
        })
    }

    /// Each answer's latency, and how long until each projector showed the count it made.
    fn latencies(&self, key: &str, acks: &[(Instant, f64)], split: &mut Split) {
        for (k, (at, ms)) in acks.iter().enumerate() {
            let after = self.killed_at.is_some_and(|killed| *at >= killed);
            if after {
                split.answer_after.push(*ms);
            } else {
                split.answer_before.push(*ms);
            }
            let k = k as u64 + 1;
            for screen in self.screens {
                if let Some((_, _, seen)) = screen.iter().find(|(q, n, _)| q == key && *n >= k) {
                    let ms = seen.saturating_duration_since(*at).as_secs_f64() * 1000.0;
                    if after {
                        split.update_after.push(ms);
                    } else {
                        split.update_before.push(ms);
                    }
                }
            }
        }
    }
}

/// A question's problems: answers stored that were not acknowledged (or the reverse),
/// phones not acknowledged, projectors not showing the stored count.
fn problems_of(check: &QuestionCheck, report: &mut MeetingReport) {
    let key = &check.key;
    let stored = check.stored;
    if check.stored != check.acknowledged {
        report.problems.push(format!(
            "{key}: {} answers stored, {} acknowledged",
            check.stored, check.acknowledged
        ));
    }
    if check.acknowledged != report.phones as u64 {
        report.problems.push(format!(
            "{key}: {} of {} phones acknowledged",
            check.acknowledged, report.phones
        ));
    }
    if report.projectors > 0 && (check.projectors_min != stored || check.projectors_max != stored) {
        report.problems.push(format!(
            "{key}: projectors show {}–{}, {stored} stored",
            check.projectors_min, check.projectors_max
        ));
    }
}

/// The meeting's last checks (one response per phone, nobody asked to join again,
/// nothing given up) and the phones' tallies.
fn finish_meeting(report: &mut MeetingReport, room: &Room, phones: usize, pids: &[u32]) {
    if report.responses != phones as u64 {
        report.problems.push(format!(
            "{} responses stored for {phones} phones",
            report.responses
        ));
    }
    if report.asked_to_rejoin > 0 {
        report.problems.push(format!(
            "{} phones asked to join again",
            report.asked_to_rejoin
        ));
    }
    let given_up = room.tally.given_up.load(Ordering::Relaxed);
    if given_up > 0 {
        report
            .problems
            .push(format!("{given_up} requests given up"));
    }
    report.given_up = given_up;
    report.retried = room.tally.retried.load(Ordering::Relaxed);
    report.errors = room
        .errors
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    report.rss_after_mib = rss_all(pids);
}

/// Runs `proxy-rolling`: submits until the stop file appears (at most ten minutes).
///
/// # Errors
/// When the target is not loopback or the database cannot be reached.
pub async fn rolling(t: &Target) -> anyhow::Result<RollingReport> {
    check_loopback(&t.base_url)?;
    let started = Instant::now();
    let load_before = loadavg();
    let base = t.base_url.trim_end_matches('/').to_owned();
    let db = Database::connect(&t.database_url)
        .await
        .context("Failed to reach the instances' database")?;
    let (consultation_id, slug) = consultation::create(&db).await?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(IDLE)
        .build()?;
    let stop = Arc::new(AtomicBool::new(false));
    let errors: Errors = Arc::default();
    let tally = Arc::new(Tally::default());
    let unexpected = Arc::new(AtomicU64::new(0));
    let acked: Arc<Mutex<Vec<(uuid::Uuid, f64)>>> = Arc::default();
    let mut tasks = Vec::new();
    for _ in 0..t.clients.max(1) {
        let (client, base, slug, stop, errors, tally, unexpected, acked) = (
            client.clone(),
            base.clone(),
            slug.clone(),
            stop.clone(),
            errors.clone(),
            tally.clone(),
            unexpected.clone(),
            acked.clone(),
        );
        tasks.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let id = uuid::Uuid::new_v4();
                let body = consultation::api_body(id);
                let begin = Instant::now();
                let mut ok = false;
                for _ in 0..ATTEMPTS {
                    let res = client
                        .post(format!("{base}/api/v1/consultations/{slug}/responses"))
                        .json(&body)
                        .send()
                        .await;
                    match res {
                        Ok(r) if r.status() == 201 || r.status() == 200 => {
                            ok = true;
                            break;
                        }
                        Ok(r) if r.status().is_client_error() && r.status() != 429 => {
                            note(&errors, format!("submit {}", r.status()));
                            unexpected.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                        Ok(r) => {
                            let status = r.status();
                            let body = r.text().await.unwrap_or_default();
                            note(&errors, format!("submit {status} ({})", who(&body)));
                        }
                        Err(e) => note(&errors, format!("submit {}", cause(&e))),
                    }
                    tally.retried.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                if ok {
                    let ms = begin.elapsed().as_secs_f64() * 1000.0;
                    acked
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((id, ms));
                } else {
                    tally.given_up.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    println!("proxy-rolling: submitting");
    let until = Instant::now() + Duration::from_secs(600);
    while Instant::now() < until && !t.stop_file.as_ref().is_none_or(|f| f.exists()) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.ok();
    }
    let acked = acked.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let ids: Vec<String> = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .select_only()
        .column(response::Column::SubmissionId)
        .into_tuple()
        .all(&db)
        .await?;
    db.close().await.ok();
    let stored_ids: HashSet<String> = ids.iter().cloned().collect();
    let lost = acked
        .iter()
        .filter(|(id, _)| !stored_ids.contains(&id.to_string()))
        .count() as u64;
    let doubled = (ids.len() - stored_ids.len()) as u64;
    let given_up = tally.given_up.load(Ordering::Relaxed);
    let unexpected = unexpected.load(Ordering::Relaxed);
    let mut problems = Vec::new();
    if lost > 0 {
        problems.push(format!("{lost} acknowledged responses lost"));
    }
    if doubled > 0 {
        problems.push(format!("{doubled} responses stored twice"));
    }
    if given_up > 0 || unexpected > 0 {
        problems.push(format!(
            "{given_up} submissions given up, {unexpected} refused"
        ));
    }
    if stored_ids.len() != acked.len() {
        problems.push(format!(
            "{} responses stored, {} acknowledged",
            stored_ids.len(),
            acked.len()
        ));
    }
    let errors = errors.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Ok(RollingReport {
        clients: t.clients.max(1),
        submit: latency(acked.iter().map(|(_, ms)| *ms).collect()),
        acknowledged: acked.len() as u64,
        stored: ids.len() as u64,
        retried: tally.retried.load(Ordering::Relaxed),
        given_up,
        lost,
        doubled,
        unexpected,
        rss_after_mib: rss_all(&t.pids),
        errors,
        seconds: started.elapsed().as_secs_f64(),
        load_before,
        load_after: loadavg(),
        problems,
    })
}

fn line(name: &str, l: &Latency) -> String {
    format!(
        "{name:<32} p50 {:>8.1} ms   p95 {:>8.1} ms   p99 {:>8.1} ms   (n = {})\n",
        l.p50, l.p95, l.p99, l.n
    )
}

fn rss(list: &[(u32, Option<f64>)]) -> String {
    list.iter()
        .map(|(pid, mib)| match mib {
            Some(m) => format!("pid {pid}: {m:.1} MiB"),
            None => format!("pid {pid}: gone"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The meeting's report for a terminal.
pub fn meeting_table(r: &MeetingReport) -> String {
    let mut out = format!(
        "proxy-meeting: {} phones, {} projectors, {:.1} s, load {} → {}\n",
        r.phones, r.projectors, r.seconds, r.load_before, r.load_after
    );
    out.push_str(&line("join", &r.join));
    out.push_str(&line("answer (before the kill)", &r.answer_before_kill));
    out.push_str(&line("answer (after the kill)", &r.answer_after_kill));
    out.push_str(&line(
        "projector update (before)",
        &r.projector_update_before_kill,
    ));
    out.push_str(&line(
        "projector update (after)",
        &r.projector_update_after_kill,
    ));
    out.push_str(&format!(
        "killed pid {:?}; retried requests {}, given up {}, projector reconnects {}, asked to re-join {}\n",
        r.killed_pid, r.retried, r.given_up, r.projector_reconnects, r.asked_to_rejoin
    ));
    for q in &r.questions {
        out.push_str(&format!(
            "question {:<8} acknowledged {:>6}  stored {:>6}  lost {:>3}  doubled {:>3}  projectors {}–{}\n",
            q.key,
            q.acknowledged,
            q.stored,
            q.acknowledged.saturating_sub(q.stored),
            q.stored.saturating_sub(q.acknowledged),
            q.projectors_min,
            q.projectors_max
        ));
    }
    out.push_str(&format!("responses stored {}\n", r.responses));
    out.push_str(&format!(
        "RSS before the kill: {}\n",
        rss(&r.rss_before_mib)
    ));
    out.push_str(&format!("RSS at the end:      {}\n", rss(&r.rss_after_mib)));
    for (e, n) in &r.errors {
        out.push_str(&format!("retried attempts that met {e}: {n}\n"));
    }
    for p in &r.problems {
        out.push_str(&format!("FAILED: {p}\n"));
    }
    out
}

/// The rolling restart's report for a terminal.
pub fn rolling_table(r: &RollingReport) -> String {
    let mut out = format!(
        "proxy-rolling: {} API clients, {:.1} s, load {} → {}\n",
        r.clients, r.seconds, r.load_before, r.load_after
    );
    out.push_str(&line("submit (with retries)", &r.submit));
    out.push_str(&format!(
        "acknowledged {}, stored {}, lost {}, doubled {}, retried requests {}, given up {}, refused {}\n",
        r.acknowledged, r.stored, r.lost, r.doubled, r.retried, r.given_up, r.unexpected
    ));
    out.push_str(&format!("RSS at the end: {}\n", rss(&r.rss_after_mib)));
    for (e, n) in &r.errors {
        out.push_str(&format!("retried attempts that met {e}: {n}\n"));
    }
    for p in &r.problems {
        out.push_str(&format!("FAILED: {p}\n"));
    }
    out
}
