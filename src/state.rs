//! What every handler can reach: handles to the database, the settings, the mailer and the
//! instance's keys. Features keep their own handles (the live hub, the response writer, the
//! definition cache) in actix's app data, registered by `startup`, so this floor knows no
//! feature.
use std::sync::Arc;

use sea_orm::DatabaseConnection;
use tokio::sync::broadcast;

use crate::{
    config::Settings,
    mail::Mailer,
    secrets::{InstanceKeys, SealingKey},
};

pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    /// Base of the links sent to people (e-mails, QR codes).
    pub base_url: String,
    /// Sends e-mails (SMTP, or `.eml` files when no SMTP host is set).
    pub mailer: Arc<Mailer>,
    /// Receipts', journey states' and live cookies' keys, read once.
    pub keys: Arc<InstanceKeys>,
    /// Seals second-factor secrets with a key kept outside the database.
    pub sealing: Arc<SealingKey>,
    /// Consultations whose shown content changed (a moderation decision): live mode listens
    /// and refreshes the screens of a running session.
    pub changes: broadcast::Sender<i32>,
}

impl AppState {
    /// Says that what consultation `id` shows has changed (nobody listening is fine).
    pub fn consultation_changed(&self, id: i32) {
        let _ = self.changes.send(id);
    }
}
