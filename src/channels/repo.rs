//! The channel's rows: a consultation's text-message settings, and the conversations in
//! progress (keyed by a hash of the sender's number, deleted when done or silent a day).
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set, sea_query::OnConflict,
};

use crate::entities::{sms_channel, sms_conversation};

/// How long a silent conversation is kept.
pub const SILENCE: Duration = Duration::hours(24);

/// The channel of a consultation, if text messages are on.
///
/// # Errors
/// A database error.
pub async fn channel(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<sms_channel::Model>, DbErr> {
    sms_channel::Entity::find_by_id(consultation_id)
        .one(db)
        .await
}

/// Whether another consultation already uses `keyword`.
///
/// # Errors
/// A database error.
pub async fn keyword_taken(
    db: &impl ConnectionTrait,
    keyword: &str,
    consultation_id: i32,
) -> Result<bool, DbErr> {
    Ok(sms_channel::Entity::find()
        .filter(sms_channel::Column::Keyword.eq(keyword))
        .filter(sms_channel::Column::ConsultationId.ne(consultation_id))
        .one(db)
        .await?
        .is_some())
}

/// Stores a channel (insert or replace).
///
/// # Errors
/// A database error (a keyword taken meanwhile is a unique violation).
pub async fn save_channel(db: &impl ConnectionTrait, row: sms_channel::Model) -> Result<(), DbErr> {
    let active = sms_channel::ActiveModel {
        consultation_id: Set(row.consultation_id),
        keyword: Set(row.keyword),
        number_secret: Set(row.number_secret),
        twilio_token: Set(row.twilio_token),
        rapidpro_send_url: Set(row.rapidpro_send_url),
        rapidpro_token: Set(row.rapidpro_token),
        created_at: Set(row.created_at),
    };
    sms_channel::Entity::insert(active)
        .on_conflict(
            OnConflict::column(sms_channel::Column::ConsultationId)
                .update_columns([
                    sms_channel::Column::Keyword,
                    sms_channel::Column::TwilioToken,
                    sms_channel::Column::RapidproSendUrl,
                    sms_channel::Column::RapidproToken,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Turns text messages off: the channel and every conversation in progress go.
///
/// # Errors
/// A database error.
pub async fn delete_channel(db: &impl ConnectionTrait, consultation_id: i32) -> Result<(), DbErr> {
    sms_conversation::Entity::delete_many()
        .filter(sms_conversation::Column::ConsultationId.eq(consultation_id))
        .exec(db)
        .await?;
    sms_channel::Entity::delete_by_id(consultation_id)
        .exec(db)
        .await?;
    Ok(())
}

/// The state kept for a sender (JSON), if any.
///
/// # Errors
/// A database error.
pub async fn conversation(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    sender: &str,
) -> Result<Option<String>, DbErr> {
    Ok(sms_conversation::Entity::find()
        .filter(sms_conversation::Column::ConsultationId.eq(consultation_id))
        .filter(sms_conversation::Column::Sender.eq(sender))
        .one(db)
        .await?
        .map(|row| row.state))
}

/// Keeps a sender's state (insert or replace).
///
/// # Errors
/// A database error.
pub async fn keep(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    sender: &str,
    state: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = sms_conversation::ActiveModel {
        consultation_id: Set(consultation_id),
        sender: Set(sender.to_owned()),
        state: Set(state),
        updated_at: Set(now),
        ..Default::default()
    };
    sms_conversation::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                sms_conversation::Column::ConsultationId,
                sms_conversation::Column::Sender,
            ])
            .update_columns([
                sms_conversation::Column::State,
                sms_conversation::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Forgets a sender's state.
///
/// # Errors
/// A database error.
pub async fn forget(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    sender: &str,
) -> Result<(), DbErr> {
    sms_conversation::Entity::delete_many()
        .filter(sms_conversation::Column::ConsultationId.eq(consultation_id))
        .filter(sms_conversation::Column::Sender.eq(sender))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the conversations silent since [`SILENCE`] before `now`; returns how many.
///
/// # Errors
/// A database error.
pub async fn forget_silent(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let done = sms_conversation::Entity::delete_many()
        .filter(sms_conversation::Column::UpdatedAt.lt(now - SILENCE))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Conversations in progress for a consultation (a count, for the facilitators' page).
///
/// # Errors
/// A database error.
pub async fn conversations_in_progress(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    sms_conversation::Entity::find()
        .filter(sms_conversation::Column::ConsultationId.eq(consultation_id))
        .count(db)
        .await
}
