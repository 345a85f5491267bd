//! Group commit: submissions that arrive while a write transaction runs are stored together
//! in the next one, each answered only once that transaction has committed.
//!
//! A commit costs the same for one response as for fifty (one lock, one log sync, one round
//! trip), and the counters of responses that share groups and options are summed before they
//! are written, so under load a batch costs little more than a single response. Alone, a
//! submission waits for nobody: the writer takes whatever is queued when it is free.
//!
//! SQLite has one writer at a time anyway, so it gets one writer task; PostgreSQL a few, each
//! with its own connection. Several instances on one PostgreSQL each run their own writers.
use std::sync::Arc;

use sea_orm::{DatabaseConnection, DbBackend, DbErr};
use tokio::sync::{Mutex, mpsc, oneshot};

use super::store::{self, Prepared, StoreError, Stored};

/// Responses at most in one transaction (the first one waits for at most this many others).
const MAX_BATCH: usize = 128;

/// Submissions waiting for a writer, at most (senders wait beyond).
const QUEUE: usize = 4 * MAX_BATCH;

struct Job {
    prepared: Prepared,
    done: oneshot::Sender<Result<Stored, StoreError>>,
}

/// Where handlers hand their responses to be stored.
pub struct Writer {
    queue: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer tasks on the current runtime: one on SQLite, up to two on
    /// PostgreSQL (at most half the pool, so reads keep connections).
    pub fn start(db: DatabaseConnection, max_connections: u32) -> Arc<Self> {
        let writers = match db.get_database_backend() {
            DbBackend::Sqlite => 1,
            _ => (max_connections / 2).clamp(1, 2),
        };
        let (queue, jobs) = mpsc::channel(QUEUE);
        let jobs = Arc::new(Mutex::new(jobs));
        for _ in 0..writers {
            tokio::spawn(run(db.clone(), jobs.clone()));
        }
        Arc::new(Self { queue })
    }

    /// Stores a prepared response (see [`store::submit`]) and answers once it is committed.
    ///
    /// # Errors
    /// As [`store::submit`]; a database error when the writers have stopped.
    pub async fn submit(&self, prepared: Prepared) -> Result<Stored, StoreError> {
        let (done, outcome) = oneshot::channel();
        let stopped = || StoreError::Db(DbErr::Custom("the response writer has stopped".into()));
        self.queue
            .send(Job { prepared, done })
            .await
            .map_err(|_| stopped())?;
        outcome.await.map_err(|_| stopped())?
    }
}

/// One writer: takes what is queued (at least one job), stores it, answers, again.
async fn run(db: DatabaseConnection, jobs: Arc<Mutex<mpsc::Receiver<Job>>>) {
    loop {
        let mut batch = Vec::new();
        {
            let mut jobs = jobs.lock().await;
            if jobs.recv_many(&mut batch, MAX_BATCH).await == 0 {
                return; // every sender is gone: the application has stopped
            }
        }
        // A panic while storing fails this batch's submissions (their senders drop), not the
        // writer.
        let db = db.clone();
        let stored = tokio::spawn(async move { store_batch(&db, batch).await });
        if let Err(err) = stored.await {
            tracing::error!(error = %err, "storing a batch of responses failed");
        }
    }
}

/// Stores a batch in one transaction; if that fails, each response alone, so that one
/// response's problem (or a storage fault) is answered to that response only.
async fn store_batch(db: &DatabaseConnection, batch: Vec<Job>) {
    let (prepared, done): (Vec<Prepared>, Vec<_>) =
        batch.into_iter().map(|j| (j.prepared, j.done)).unzip();
    if prepared.len() > 1 {
        match store::submit_batch(db, &prepared).await {
            Ok(outcomes) => {
                for (done, outcome) in done.into_iter().zip(outcomes) {
                    done.send(outcome).ok();
                }
                return;
            }
            Err(err) => {
                tracing::debug!(error = %err, size = prepared.len(), "a batch failed: storing each alone");
            }
        }
    }
    for (p, done) in prepared.iter().zip(done) {
        done.send(store::submit(db, p).await).ok();
    }
}
