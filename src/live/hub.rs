//! Fan-out of live changes to every open screen. Each session has one in-process
//! `tokio::sync::broadcast` channel; a change (an answer, a facilitator's action) marks the
//! session dirty and wakes its refresher task, which waits a few milliseconds so a burst of
//! answers becomes one update, reads one [`Snapshot`] from the database and broadcasts it to
//! every screen. With PostgreSQL the change is also sent with `NOTIFY`, and every instance's
//! listener marks the session dirty in turn: the database is the single source of truth, so
//! instances agree without talking to each other. Server-Sent Event streams are counted per
//! client (a salted hash of the address kept in memory only) and refused above a cap.
use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex, Weak,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use rand::RngCore;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, TransactionTrait};
use sha2::{Digest, Sha256};
use tokio::sync::{Notify, broadcast};

use super::snapshot::{self, Snapshot};
use crate::consultations::repo::DefinitionCache;

/// The PostgreSQL channel live changes travel on.
pub const CHANNEL: &str = "consulta_live";

/// How long a burst of changes is gathered into one update.
const COALESCE: Duration = Duration::from_millis(40);

/// How long after a failed snapshot read or `NOTIFY` it is tried again.
const RETRY: Duration = Duration::from_millis(500);

/// A refresher re-reads its session this often even without a change (a missed
/// notification heals itself), and stops when no screen has listened for this long.
const IDLE_CHECK: Duration = Duration::from_secs(30);

struct Channel {
    tx: broadcast::Sender<Arc<Snapshot>>,
    dirty: AtomicBool,
    wake: Notify,
    latest: Mutex<Option<Arc<Snapshot>>>,
}

pub struct Hub {
    db: DatabaseConnection,
    /// Parsed definitions for the snapshots (reloaded after every burst of answers).
    definitions: DefinitionCache,
    channels: Mutex<HashMap<i32, Arc<Channel>>>,
    streams: Mutex<HashMap<[u8; 16], u32>>,
    salt: [u8; 32],
    max_streams_per_client: u32,
    /// Sessions with a `NOTIFY` about to be sent: a burst of answers sends one.
    notifying: Mutex<std::collections::HashSet<i32>>,
}

/// Holds one SSE stream's place in its client's count until dropped.
pub struct StreamSlot {
    hub: Weak<Hub>,
    key: [u8; 16],
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        if let Some(hub) = self.hub.upgrade() {
            let mut streams = hub.streams.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(n) = streams.get_mut(&self.key) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    streams.remove(&self.key);
                }
            }
        }
    }
}

impl Hub {
    /// A hub for this database; with PostgreSQL it also listens to other instances.
    ///
    /// `changed` brings the consultations whose shown content changed (a moderation
    /// decision): their running session's screens are refreshed.
    pub fn start(
        db: DatabaseConnection,
        max_streams_per_client: u32,
        changed: broadcast::Receiver<i32>,
    ) -> Arc<Self> {
        let mut salt = [0u8; 32];
        rand::rng().fill_bytes(&mut salt);
        let hub = Arc::new(Self {
            db,
            definitions: DefinitionCache::default(),
            channels: Mutex::new(HashMap::new()),
            streams: Mutex::new(HashMap::new()),
            salt,
            max_streams_per_client: max_streams_per_client.max(1),
            notifying: Mutex::new(std::collections::HashSet::new()),
        });
        if hub.db.get_database_backend() == DbBackend::Postgres
            && tokio::runtime::Handle::try_current().is_ok()
        {
            tokio::spawn(listen(Arc::downgrade(&hub)));
        }
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(follow_changes(Arc::downgrade(&hub), changed));
        }
        hub
    }

    /// Something changed in a session: every screen of every instance gets an update. With
    /// PostgreSQL one `NOTIFY` goes out per burst, off the request's path.
    pub fn changed(self: &Arc<Self>, session_id: i32) {
        self.mark_dirty(session_id);
        if self.db.get_database_backend() != DbBackend::Postgres {
            return;
        }
        let first = self
            .notifying
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(session_id);
        if !first {
            return;
        }
        let hub = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(COALESCE).await;
            hub.notifying
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&session_id);
            // The payload is a number: nothing to escape.
            let sql = format!("NOTIFY {CHANNEL}, '{session_id}'");
            // Tried again when it fails (a connection not had within the acquire timeout
            // during a burst): the other instances' screens would otherwise miss this change
            // until the next one, or the 30 s re-read after a question's last answer.
            for attempt in 1..=3 {
                match hub.db.execute_unprepared(&sql).await {
                    Ok(_) => break,
                    Err(e) => {
                        tracing::warn!(session = session_id, attempt, error = %e, "live NOTIFY failed");
                        tokio::time::sleep(RETRY).await;
                    }
                }
            }
        });
    }

    /// Something changed a consultation outside live mode (a moderator's decision on a text,
    /// the calendar closing it): its running session, if any, shows it at the next update;
    /// a session whose consultation is no longer live ends, and its screens learn it.
    async fn consultation_changed(self: &Arc<Self>, consultation_id: i32) {
        if let Err(e) = self.refresh_or_end(consultation_id).await {
            tracing::warn!(
                consultation = consultation_id,
                error = %e,
                "updating a live session failed"
            );
        }
    }

    async fn refresh_or_end(self: &Arc<Self>, consultation_id: i32) -> Result<(), sea_orm::DbErr> {
        let Some(session) = super::repo::running_for(&self.db, consultation_id).await? else {
            return Ok(());
        };
        let c = crate::consultations::repo::find_by_id_cached(
            &self.db,
            consultation_id,
            &self.definitions,
        )
        .await?;
        if let Some(c) = c.filter(|c| c.status != crate::consultations::Status::Live) {
            super::repo::end_left_behind(&self.db, &session, c.group_id(), c.slug()).await?;
        }
        self.changed(session.id);
        Ok(())
    }

    fn mark_dirty(&self, session_id: i32) {
        let channel = self
            .channels
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&session_id)
            .cloned();
        if let Some(channel) = channel {
            channel.dirty.store(true, Ordering::Release);
            channel.wake.notify_one();
        }
    }

    fn mark_all_dirty(&self) {
        let ids: Vec<i32> = self
            .channels
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .keys()
            .copied()
            .collect();
        for id in ids {
            self.mark_dirty(id);
        }
    }

    /// The current snapshot of a session and a receiver of the next ones.
    ///
    /// # Errors
    /// A database error; `Ok(None)` when there is no such session.
    pub async fn subscribe(
        self: &Arc<Self>,
        session_id: i32,
    ) -> anyhow::Result<Option<(Arc<Snapshot>, broadcast::Receiver<Arc<Snapshot>>)>> {
        let (channel, rx, fresh) = {
            let mut channels = self.channels.lock().unwrap_or_else(|e| e.into_inner());
            match channels.get(&session_id) {
                Some(c) => (c.clone(), c.tx.subscribe(), false),
                None => {
                    let (tx, rx) = broadcast::channel(16);
                    let c = Arc::new(Channel {
                        tx,
                        dirty: AtomicBool::new(false),
                        wake: Notify::new(),
                        latest: Mutex::new(None),
                    });
                    channels.insert(session_id, c.clone());
                    (c, rx, true)
                }
            }
        };
        if fresh {
            tokio::spawn(refresh(Arc::downgrade(self), session_id, channel.clone()));
        }
        let latest = channel
            .latest
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        // A change not yet broadcast: read it now, so a (re)connecting client starts from
        // the current state.
        let latest = latest.filter(|_| !channel.dirty.load(Ordering::Acquire));
        let current = match latest {
            Some(s) => s,
            None => {
                let Some(s) = self.load(session_id).await? else {
                    return Ok(None);
                };
                let s = Arc::new(s);
                *channel.latest.lock().unwrap_or_else(|e| e.into_inner()) = Some(s.clone());
                s
            }
        };
        Ok(Some((current, rx)))
    }

    /// Reads a session's snapshot on one connection: its half a dozen queries would otherwise
    /// each wait for a connection of the pool, in the same queue as every phone's answer, so
    /// that under a burst of answers the screens' update waited as many times as it had
    /// queries.
    async fn load(&self, session_id: i32) -> anyhow::Result<Option<Snapshot>> {
        let txn = self.db.begin().await?;
        let loaded = snapshot::load_with(&txn, session_id, Some(&self.definitions)).await;
        // Nothing was written: the transaction only kept the connection.
        txn.rollback().await?;
        loaded
    }

    /// A place for one more SSE stream of this client, or `None` when it has too many.
    pub fn stream_slot(self: &Arc<Self>, client: &str) -> Option<StreamSlot> {
        let digest = Sha256::new()
            .chain_update(self.salt)
            .chain_update(client.as_bytes())
            .finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        let mut streams = self.streams.lock().unwrap_or_else(|e| e.into_inner());
        let n = streams.entry(key).or_insert(0);
        if *n >= self.max_streams_per_client {
            return None;
        }
        *n += 1;
        Some(StreamSlot {
            hub: Arc::downgrade(self),
            key,
        })
    }

    /// Open SSE streams on this instance (for metrics and tests).
    pub fn open_streams(&self) -> u32 {
        self.streams
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .sum()
    }
}

/// Keeps a session's channel fed until nobody listens.
async fn refresh(hub: Weak<Hub>, session_id: i32, channel: Arc<Channel>) {
    loop {
        let woken = tokio::time::timeout(IDLE_CHECK, channel.wake.notified())
            .await
            .is_ok();
        let Some(hub) = hub.upgrade() else { return };
        if !woken && channel.tx.receiver_count() == 0 {
            let mut channels = hub.channels.lock().unwrap_or_else(|e| e.into_inner());
            if channel.tx.receiver_count() == 0 {
                channels.remove(&session_id);
                return;
            }
        }
        if woken {
            tokio::time::sleep(COALESCE).await;
        }
        channel.dirty.store(false, Ordering::Release);
        match hub.load(session_id).await {
            Ok(Some(next)) => {
                let next = Arc::new(next);
                let changed = {
                    let mut latest = channel.latest.lock().unwrap_or_else(|e| e.into_inner());
                    let changed = latest.as_ref().is_none_or(|l| !l.same_as(&next));
                    if changed {
                        *latest = Some(next.clone());
                    }
                    changed
                };
                if changed {
                    channel.tx.send(next).ok();
                }
            }
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(
                    session = session_id,
                    error = format!("{e:#}"),
                    "live snapshot failed"
                );
                channel.dirty.store(true, Ordering::Release);
                // Read again shortly, not at the next change: after the last answers of a
                // question there is none, and the screens stayed a count behind until the
                // 30 s re-read (a burst can keep every connection of the pool busy past the
                // acquire timeout).
                tokio::time::sleep(RETRY).await;
                channel.wake.notify_one();
            }
        }
    }
}

/// Listens to the other instances' changes (PostgreSQL), reconnecting after a failure and
/// then refreshing every session, since notifications may have been missed meanwhile.
async fn listen(hub: Weak<Hub>) {
    use sea_orm::sqlx::postgres::PgListener;
    loop {
        let pool = match hub.upgrade() {
            Some(h) => h.db.get_postgres_connection_pool().clone(),
            None => return,
        };
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => {
                if let Err(e) = listener.listen(CHANNEL).await {
                    tracing::warn!(error = %e, "live LISTEN failed");
                } else {
                    if let Some(h) = hub.upgrade() {
                        h.mark_all_dirty();
                    }
                    loop {
                        match listener.recv().await {
                            Ok(note) => {
                                let Some(h) = hub.upgrade() else { return };
                                if let Ok(id) = note.payload().parse::<i32>() {
                                    h.mark_dirty(id);
                                }
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "live listener lost its connection");
                                break;
                            }
                        }
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "live listener cannot connect"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Refreshes the running session of each consultation that moderation changed, while the
/// hub lives.
async fn follow_changes(hub: Weak<Hub>, mut changed: broadcast::Receiver<i32>) {
    use broadcast::error::RecvError;
    loop {
        match changed.recv().await {
            Ok(id) => match hub.upgrade() {
                Some(hub) => hub.consultation_changed(id).await,
                None => return,
            },
            Err(RecvError::Lagged(_)) => {}
            Err(RecvError::Closed) => return,
        }
    }
}
