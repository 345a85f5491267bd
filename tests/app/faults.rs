//! Faults: the real binary killed with SIGKILL or stopped with SIGTERM while young people
//! submit, far more requests than the server can take at once, and a backup taken during
//! load. Each test is bounded and stays on loopback. Acknowledged means stored exactly once.
use std::{
    collections::HashSet,
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use consulta::bench::consultation::{ANSWER_ROWS, api_body, create};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use uuid::Uuid;

use crate::{
    helpers::{ScratchDir, fresh_database_url, input_value, spawn_app_with},
    prerequisites::{Prerequisite, on_postgres, present},
};

/// The real `consulta serve` in a child process.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// Starts the binary on a free loopback port with this data dir and database, and waits
    /// until it says where it listens.
    fn start(data_dir: &Path, database_url: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_consulta"))
            .arg("serve")
            .current_dir(data_dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("NO_COLOR", "1")
            .env("CONSULTA_HOST", "127.0.0.1")
            .env("CONSULTA_PORT", "0")
            .env("CONSULTA_WORKERS", "2")
            .env("CONSULTA_DATA_DIR", data_dir)
            .env("CONSULTA_DATABASE_URL", database_url)
            .env("CONSULTA_RATE_LIMIT_PER_MINUTE", "100000000")
            .env("CONSULTA_LOG_LEVEL", "warn,consulta=info")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Failed to start the consulta binary");
        let stdout = child.stdout.take().expect("no stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads the log to the end so the child never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("ERROR") || line.contains("WARN") {
                    eprintln!("server: {line}");
                }
                const MARKER: &str = "listens on http://127.0.0.1:";
                if let Some(at) = line.find(MARKER) {
                    let port: String = line[at + MARKER.len()..]
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    if let Some(tx) = tx.take() {
                        tx.send(port).ok();
                    }
                }
            }
        });
        let port = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("The server did not say where it listens");
        Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    fn kill_hard(&mut self) {
        self.child.kill().expect("Failed to kill the server");
        self.child.wait().ok();
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("Failed to run kill");
        assert!(status.success());
    }

    /// Waits (bounded) for the process to exit and returns whether it exited cleanly.
    fn wait_exit(&mut self, within: Duration) -> bool {
        let until = std::time::Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait failed") {
                return status.success();
            }
            assert!(
                std::time::Instant::now() < until,
                "the server did not exit in time"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            self.child.kill().ok();
            self.child.wait().ok();
        }
    }
}

fn scratch_dir() -> ScratchDir {
    ScratchDir::new("fault")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// Submissions as clients see them: acknowledged (2xx) and sent without an answer.
#[derive(Default)]
struct Ledger {
    acknowledged: Mutex<Vec<Uuid>>,
    unanswered: Mutex<Vec<Uuid>>,
}

/// `clients` tasks submitting new responses until the server stops answering (or `stop`).
fn submit_until_gone(
    base: &str,
    slug: &str,
    clients: usize,
    ledger: &Arc<Ledger>,
    stop: &Arc<AtomicBool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    (0..clients)
        .map(|_| {
            let url = format!("{base}/api/v1/consultations/{slug}/responses");
            let (ledger, stop, client) = (ledger.clone(), stop.clone(), client());
            tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    let id = Uuid::new_v4();
                    match client.post(&url).json(&api_body(id)).send().await {
                        Ok(res) if res.status().is_success() => {
                            ledger.acknowledged.lock().unwrap().push(id);
                        }
                        Ok(res) => {
                            assert_eq!(res.status(), 503, "only load shedding may refuse");
                            ledger.unanswered.lock().unwrap().push(id);
                        }
                        Err(_) => {
                            ledger.unanswered.lock().unwrap().push(id);
                            return;
                        }
                    }
                }
            })
        })
        .collect()
}

async fn wait_for_acknowledged(ledger: &Ledger, n: usize) {
    for _ in 0..6000 {
        if ledger.acknowledged.lock().unwrap().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "fewer than {n} submissions were acknowledged within a minute ({} acknowledged, {} unanswered)",
        ledger.acknowledged.lock().unwrap().len(),
        ledger.unanswered.lock().unwrap().len()
    );
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// How many responses carry this submission id.
async fn copies(db: &DatabaseConnection, id: &Uuid) -> i64 {
    count(
        db,
        &format!("SELECT COUNT(*) FROM response WHERE submission_id = '{id}'"),
    )
    .await
}

/// Responses whose answers are not all there.
async fn half_stored(db: &DatabaseConnection) -> i64 {
    count(
        db,
        &format!(
            "SELECT COUNT(*) FROM response r WHERE \
             (SELECT COUNT(*) FROM answer a WHERE a.response_id = r.id) <> {ANSWER_ROWS}"
        ),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_submission_survives_a_kill_9_and_retries_store_exactly_one_copy() {
    let dir = scratch_dir();
    let url = fresh_database_url(&dir).await;
    let mut server = Server::start(&dir, &url);
    let db = Database::connect(&url).await.unwrap();
    let (_, slug) = create(&db).await.unwrap();

    let ledger = Arc::new(Ledger::default());
    let stop = Arc::new(AtomicBool::new(false));
    let tasks = submit_until_gone(&server.base, &slug, 200, &ledger, &stop);
    wait_for_acknowledged(&ledger, 400).await;
    server.kill_hard();
    for task in tasks {
        task.await.unwrap();
    }

    let server = Server::start(&dir, &url);
    let acknowledged = ledger.acknowledged.lock().unwrap().clone();
    let unanswered = ledger.unanswered.lock().unwrap().clone();
    assert!(acknowledged.len() >= 400);
    for id in &acknowledged {
        assert_eq!(copies(&db, id).await, 1, "acknowledged {id} stored once");
    }
    assert_eq!(
        half_stored(&db).await,
        0,
        "no response without all its answers"
    );

    // The clients retry what got no answer, with the same id and content.
    let c = client();
    let api = format!("{}/api/v1/consultations/{slug}/responses", server.base);
    for id in &unanswered {
        let res = c.post(&api).json(&api_body(*id)).send().await.unwrap();
        assert!(
            res.status() == 201 || res.status() == 200,
            "retry of {id}: {}",
            res.status()
        );
    }
    for id in &unanswered {
        assert_eq!(copies(&db, id).await, 1, "retried {id} stored once");
    }
    let all = (acknowledged.len() + unanswered.len()) as i64;
    assert_eq!(count(&db, "SELECT COUNT(*) FROM response").await, all);
    assert_eq!(half_stored(&db).await, 0);
    drop(server);
    db.close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_finishes_the_requests_in_flight_and_loses_nothing_acknowledged() {
    let dir = scratch_dir();
    let url = fresh_database_url(&dir).await;
    let mut server = Server::start(&dir, &url);
    let db = Database::connect(&url).await.unwrap();
    let (_, slug) = create(&db).await.unwrap();

    let ledger = Arc::new(Ledger::default());
    let stop = Arc::new(AtomicBool::new(false));
    let tasks = submit_until_gone(&server.base, &slug, 100, &ledger, &stop);
    wait_for_acknowledged(&ledger, 300).await;
    server.terminate();
    let clean = tokio::task::spawn_blocking(move || server.wait_exit(Duration::from_secs(40)))
        .await
        .unwrap();
    assert!(clean, "the server exits with success after SIGTERM");
    for task in tasks {
        task.await.unwrap();
    }

    let acknowledged = ledger.acknowledged.lock().unwrap().clone();
    for id in &acknowledged {
        assert_eq!(copies(&db, id).await, 1, "acknowledged {id} stored once");
    }
    // A request that was stored but whose answer was cut off would show up here.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM response").await,
        acknowledged.len() as i64,
        "every stored response was acknowledged: in-flight requests finished"
    );
    assert_eq!(half_stored(&db).await, 0);
    db.close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn far_beyond_capacity_requests_are_shed_with_503_and_retry_after_then_served_normally() {
    let app = spawn_app_with(|s| s.max_inflight = 8).await;
    let (_, slug) = create(&app.db).await.unwrap();
    let api = app.url(&format!("/api/v1/consultations/{slug}/responses"));
    let burst: Vec<_> = (0..600)
        .map(|_| {
            let (c, api) = (client(), api.clone());
            tokio::spawn(async move {
                let res = c
                    .post(&api)
                    .json(&api_body(Uuid::new_v4()))
                    .send()
                    .await
                    .unwrap();
                let retry_after = res.headers().contains_key("retry-after");
                (res.status().as_u16(), retry_after)
            })
        })
        .collect();
    let (mut stored, mut shed) = (0, 0);
    for task in burst {
        match task.await.unwrap() {
            (201, _) => stored += 1,
            (503, true) => shed += 1,
            other => panic!("neither stored nor shed with Retry-After: {other:?}"),
        }
    }
    assert!(shed > 0, "the burst was shed ({stored} stored)");
    assert!(stored > 0, "some of the burst was served");
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) FROM response").await,
        stored,
        "exactly the acknowledged ones are stored"
    );
    let after = client()
        .post(&api)
        .json(&api_body(Uuid::new_v4()))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 201, "served normally after the burst");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_during_load_restores_every_response_acknowledged_before_it() {
    let app = spawn_app_with(|_| {}).await;
    // PostgreSQL is backed up with pg_dump (README); `consulta backup` only prints how.
    if !present(Prerequisite::Sqlite, !app.is_postgres()) {
        return;
    }
    let (_, slug) = create(&app.db).await.unwrap();
    let ledger = Arc::new(Ledger::default());
    let stop = Arc::new(AtomicBool::new(false));
    let tasks = submit_until_gone(&app.address, &slug, 20, &ledger, &stop);
    wait_for_acknowledged(&ledger, 100).await;
    let before: HashSet<Uuid> = ledger
        .acknowledged
        .lock()
        .unwrap()
        .iter()
        .copied()
        .collect();
    let backup = app.data_dir.join("backup.db");
    consulta::db::backup_sqlite(&app.db, &backup).await.unwrap();
    wait_for_acknowledged(&ledger, before.len() + 50).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.unwrap();
    }
    assert!(
        consulta::db::backup_sqlite(&app.db, &backup).await.is_err(),
        "a backup never overwrites a file"
    );

    let restored_url = format!("sqlite://{}?mode=rw", backup.display());
    let restored = spawn_app_with(|s| {
        s.database_url = consulta::config::Secret::new(restored_url.clone());
    })
    .await;
    for id in &before {
        assert_eq!(copies(&restored.db, id).await, 1, "{id} is in the backup");
    }
    assert_eq!(half_stored(&restored.db).await, 0);
    let res = client()
        .post(restored.url(&format!("/api/v1/consultations/{slug}/responses")))
        .json(&api_body(Uuid::new_v4()))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201, "the restored instance takes answers");
}

#[test]
fn consulta_backup_writes_a_copy_of_the_sqlite_database() {
    let dir = scratch_dir();
    let target = dir.join("copy.db");
    let out = Command::new(env!("CARGO_BIN_EXE_consulta"))
        .arg("backup")
        .arg(&target)
        .current_dir(&dir)
        .env("CONSULTA_DATA_DIR", &dir)
        .env("CONSULTA_DATABASE_URL", "")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(target.exists());
}

/// A TCP proxy to PostgreSQL that the test can cut and restore, standing for a database
/// restart (the machine's own PostgreSQL is never stopped).
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    links: Arc<Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let links = Arc::new(Mutex::new(Vec::new()));
        let (flag, held) = (up.clone(), links.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !flag.load(Ordering::SeqCst) {
                    continue; // dropped: the database is away
                }
                let upstream = upstream.clone();
                held.lock().unwrap().push(tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&upstream).await {
                        tokio::io::copy_bidirectional(&mut inbound, &mut outbound)
                            .await
                            .ok();
                    }
                }));
            }
        });
        Proxy { port, up, links }
    }

    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for link in self.links.lock().unwrap().drain(..) {
            link.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn while_postgresql_is_away_submissions_get_503_with_retry_after_and_recover_by_themselves() {
    // A PostgreSQL fault: SQLite has no server to lose.
    if !present(Prerequisite::Postgres, on_postgres()) {
        return;
    }
    let proxy = Proxy::start("127.0.0.1:5432".into()).await;
    let port = proxy.port;
    let app = spawn_app_with(|s| {
        let url = s
            .database_url
            .expose()
            .replace(":5432/", &format!(":{port}/"));
        s.database_url = consulta::config::Secret::new(url);
    })
    .await;
    let (_, slug) = create(&app.db).await.unwrap();
    let api = app.url(&format!("/api/v1/consultations/{slug}/responses"));
    let c = client();
    let mut acknowledged = Vec::new();
    for _ in 0..10 {
        let id = Uuid::new_v4();
        let res = c.post(&api).json(&api_body(id)).send().await.unwrap();
        assert_eq!(res.status(), 201);
        acknowledged.push(id);
    }

    proxy.cut();
    for _ in 0..3 {
        let res = c
            .post(&api)
            .json(&api_body(Uuid::new_v4()))
            .send()
            .await
            .expect("an answer, never a hang");
        assert_eq!(res.status(), 503, "the database is away");
        assert!(res.headers().contains_key("retry-after"));
        let body = res.text().await.unwrap();
        assert!(!body.contains("sqlx") && !body.contains("pool"), "{body}");
    }

    proxy.restore();
    let back = std::time::Instant::now();
    loop {
        let id = Uuid::new_v4();
        let res = c.post(&api).json(&api_body(id)).send().await.unwrap();
        if res.status() == 201 {
            acknowledged.push(id);
            break;
        }
        assert_eq!(res.status(), 503);
        assert!(
            back.elapsed() < Duration::from_secs(5),
            "recovered within 5 s of the database's return"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for id in &acknowledged {
        assert_eq!(copies(&app.db, id).await, 1, "{id} kept");
    }
}

/// Runs a system command quietly; whether it succeeded (false when the tool is missing).
fn system(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A small tmpfs mounted on a fresh folder: a disk that can be filled. Unmounted (lazily: the
/// server still holds its files open) on drop.
struct SmallDisk {
    /// Removed once unmounted (fields drop after `drop`).
    dir: ScratchDir,
}

impl SmallDisk {
    /// `None` when this machine does not let the tests mount (not root, no privilege).
    fn mount(megabytes: u32) -> Option<SmallDisk> {
        let dir = scratch_dir();
        let size = format!("size={megabytes}m");
        if system(
            "mount",
            &["-t", "tmpfs", "-o", &size, "tmpfs", &dir.to_string_lossy()],
        ) {
            Some(SmallDisk { dir })
        } else {
            None
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        system("umount", &["-l", &self.dir.to_string_lossy()]);
    }
}

/// A filler file written until its disk is full; removed on drop (space returns).
struct Filler(PathBuf);

impl Filler {
    fn fill(dir: &Path) -> Filler {
        use std::io::Write;
        let path = dir.join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let block = vec![0u8; 4096];
        loop {
            match file.write(&block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    assert_eq!(e.raw_os_error(), Some(28), "ENOSPC expected: {e}");
                    break;
                }
            }
        }
        Filler(path)
    }
}

impl Drop for Filler {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

/// Files made immutable with `chattr +i` (which even root cannot write), made writable again
/// on drop so nothing is left behind when the test fails.
struct Immutable {
    files: Vec<PathBuf>,
}

impl Immutable {
    /// `None` when `chattr +i` does not work here (no tool, not root, file system without it).
    fn set(files: &[PathBuf]) -> Option<Immutable> {
        let mut done = Immutable { files: Vec::new() };
        for f in files {
            if !system("chattr", &["+i", &f.to_string_lossy()]) {
                return None;
            }
            done.files.push(f.clone());
        }
        Some(done)
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        for f in &self.files {
            system("chattr", &["-i", &f.to_string_lossy()]);
        }
    }
}

/// The signed journey state a respondent page carries, plus the fields of `extra`.
fn carried(page: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut form = vec![
        (
            "state".to_owned(),
            input_value(page, "state").expect("state"),
        ),
        ("sig".to_owned(), input_value(page, "sig").expect("sig")),
    ];
    form.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    form
}

/// Walks the HTML journey to its last page (nothing is written before the submit) and returns
/// the submit form.
async fn journey_to_submit(c: &reqwest::Client, base: &str, slug: &str) -> Vec<(String, String)> {
    let journey = format!("{base}/c/{slug}");
    let mut form: Vec<(String, String)> = vec![
        ("lang".into(), "en".into()),
        ("action".into(), "start".into()),
    ];
    for step in consulta::bench::consultation::form_steps() {
        let res = c.post(&journey).form(&form).send().await.unwrap();
        assert_eq!(res.status(), 200, "journey page");
        let page = res.text().await.unwrap();
        form = carried(&page, &[("action", "next")]);
        form.extend(step.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    }
    let res = c.post(&journey).form(&form).send().await.unwrap();
    assert_eq!(res.status(), 200, "last journey page");
    carried(&res.text().await.unwrap(), &[("action", "submit")])
}

/// What a SQLite storage fault must look like from outside: API submissions get 503 with
/// `Retry-After` and a problem+json body that names nothing internal, the form's submit a
/// translated HTML page with the same status, reads keep working, nothing is half-stored and
/// the database passes its integrity check; once the condition is gone, the refused
/// submissions are accepted again (once each) without restarting anything.
async fn storage_fault_then_recovery(
    app: &crate::helpers::TestApp,
    start_fault: impl FnOnce() -> Box<dyn std::any::Any>,
) {
    let (_, slug) = create(&app.db).await.unwrap();
    let api = app.url(&format!("/api/v1/consultations/{slug}/responses"));
    let c = client();
    let mut acknowledged = Vec::new();
    for _ in 0..5 {
        let id = Uuid::new_v4();
        let res = c.post(&api).json(&api_body(id)).send().await.unwrap();
        assert_eq!(res.status(), 201);
        acknowledged.push(id);
    }
    let submit_form = journey_to_submit(&c, &app.address, &slug).await;
    // The next write must grow the write-ahead log (not reuse its space).
    app.db
        .execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
        .await
        .unwrap();

    let fault = start_fault();
    let mut refused = Vec::new();
    for _ in 0..3 {
        let id = Uuid::new_v4();
        let res = c.post(&api).json(&api_body(id)).send().await.unwrap();
        assert_eq!(res.status(), 503, "a storage fault is 503, not 500");
        assert!(res.headers().contains_key("retry-after"));
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "application/problem+json"
        );
        let body = res.text().await.unwrap().to_lowercase();
        for internal in ["sqlite", "disk", "readonly", "i/o", "code:"] {
            assert!(!body.contains(internal), "{body}");
        }
        refused.push(id);
    }
    let journey = app.url(&format!("/c/{slug}/submit"));
    let res = c.post(&journey).form(&submit_form).send().await.unwrap();
    assert_eq!(res.status(), 503, "the form's submit during the fault");
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(page.contains("<html"), "a page, not a problem document");
    assert!(!page.to_lowercase().contains("sqlite"), "{page}");
    let (status, _) = app.get_html(&format!("/c/{slug}?lang=en")).await;
    assert_eq!(status, 200, "reading still works during the fault");
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) FROM response").await,
        acknowledged.len() as i64,
        "nothing refused is stored"
    );
    assert_eq!(half_stored(&app.db).await, 0);
    let check = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "PRAGMA integrity_check",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(check.try_get_by_index::<String>(0).unwrap(), "ok");

    drop(fault);
    // Clients retry what was refused, as `Retry-After` asks (a pooled connection the fault
    // left read-only may refuse once more before it is replaced): every one is accepted
    // within 5 s of the condition ending, without restarting anything.
    let back = std::time::Instant::now();
    let retry = |req: reqwest::RequestBuilder| async move {
        loop {
            let res = req.try_clone().unwrap().send().await.unwrap();
            if res.status() != 503 {
                return res;
            }
            assert!(
                back.elapsed() < Duration::from_secs(5),
                "service resumes within 5 s of the condition ending"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    for id in &refused {
        let res = retry(c.post(&api).json(&api_body(*id))).await;
        assert_eq!(res.status(), 201, "the retry of a refused submission");
    }
    let res = retry(c.post(&journey).form(&submit_form)).await;
    assert_eq!(res.status(), 200, "the form's submit, sent again");
    assert!(res.text().await.unwrap().contains("<code"), "a receipt");
    acknowledged.extend(refused);
    let fresh = Database::connect(&app.database_url).await.unwrap();
    for id in &acknowledged {
        assert_eq!(
            copies(&fresh, id).await,
            1,
            "{id} stored once (a new connection)"
        );
    }
    fresh.close().await.ok();
    for id in &acknowledged {
        assert_eq!(copies(&app.db, id).await, 1, "{id} stored once");
    }
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) FROM response").await,
        acknowledged.len() as i64 + 1
    );
    assert_eq!(half_stored(&app.db).await, 0);
    let check = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "PRAGMA integrity_check",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(check.try_get_by_index::<String>(0).unwrap(), "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_503_with_retry_after_corrupts_nothing_and_service_resumes_with_space() {
    // A SQLite fault: the database file is Consulta's own.
    if !present(Prerequisite::Sqlite, !on_postgres()) {
        return;
    }
    let disk = SmallDisk::mount(16);
    if !present(Prerequisite::Tmpfs, disk.is_some()) {
        return;
    }
    let disk = disk.expect("mounted");
    let url = format!(
        "sqlite://{}?mode=rwc",
        disk.dir.join("consulta.db").display()
    );
    let app = spawn_app_with(|s| s.database_url = consulta::config::Secret::new(url)).await;
    let dir = disk.dir.to_path_buf();
    storage_fault_then_recovery(&app, move || Box::new(Filler::fill(&dir))).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_database_file_is_503_corrupts_nothing_and_service_resumes_once_writable() {
    // A SQLite fault: the database file is Consulta's own.
    if !present(Prerequisite::Sqlite, !on_postgres()) {
        return;
    }
    let dir = scratch_dir();
    let probe = dir.join("probe");
    std::fs::write(&probe, b"probe").unwrap();
    if !present(
        Prerequisite::Chattr,
        Immutable::set(std::slice::from_ref(&probe)).is_some(),
    ) {
        return;
    }
    let db_file = dir.join("consulta.db");
    let url = format!("sqlite://{}?mode=rwc", db_file.display());
    let app = spawn_app_with(|s| s.database_url = consulta::config::Secret::new(url)).await;
    let wal = dir.join("consulta.db-wal");
    storage_fault_then_recovery(&app, move || {
        Box::new(Immutable::set(&[db_file, wal]).expect("chattr +i worked on the probe"))
    })
    .await;
}
