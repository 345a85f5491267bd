//! Publishing's rules and queries: the preconditions, the publication itself (one write
//! transaction: status, transition, snapshots, audit entry) and the frozen snapshots.
use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

use crate::{
    accounts::repo::audit,
    aggregation::document,
    aggregation::suppression::Audience,
    consultations::{Consultation, Status, definition::LocalText},
    entities::{
        answer, consultation, consultation_transition, publication_withdrawal, published_snapshot,
    },
    error::AppError,
    i18n::Locale,
};

/// Why a consultation cannot be published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("Only a closed consultation can be published; this one is {0}.")]
    NotClosed(&'static str),
    #[error(
        "{0} free-text answers are still waiting for moderation: moderate them, or choose to publish without them."
    )]
    ModerationPending(u64),
    /// Possible disclosures the safeguarding lead has not closed: publishing waits for the
    /// lead's record, whatever the moderation choices (a concern must be handled first).
    #[error(
        "{0} possible disclosures of harm are still open: the group's safeguarding lead must record what was done before the results are published."
    )]
    SafeguardingOpen(u64),
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<PublishError> for AppError {
    fn from(e: PublishError) -> Self {
        match e {
            PublishError::App(e) => e,
            other => Self::Conflict(other.to_string()),
        }
    }
}

/// Free-text answers waiting for moderation.
///
/// # Errors
/// A database error.
pub async fn pending_text_answers(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<u64, AppError> {
    Ok(answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::ModerationStatus.eq("pending"))
        .count(db)
        .await?)
}

/// The preconditions of publishing: closed, moderation done unless explicitly skipped, and
/// no safeguarding concern left open (never skipped).
///
/// # Errors
/// The reason it may not be published yet.
pub async fn check_can_publish(
    db: &impl ConnectionTrait,
    c: &Consultation,
    skip_moderation: bool,
) -> Result<(), PublishError> {
    if c.status != Status::Closed {
        return Err(PublishError::NotClosed(c.status.as_str()));
    }
    let pending = pending_text_answers(db, c.id()).await?;
    if pending > 0 && !skip_moderation {
        return Err(PublishError::ModerationPending(pending));
    }
    let open = crate::moderation::repo::safeguarding_open_count(db, c.id())
        .await
        .map_err(AppError::from)?;
    if open > 0 {
        return Err(PublishError::SafeguardingOpen(open));
    }
    Ok(())
}

/// Publishes a closed consultation: freezes the public summary document in every enabled
/// language, marks it published, records the transition and an audit entry.
///
/// # Errors
/// [`PublishError`] when a precondition fails; a database error.
pub async fn publish(
    db: &DatabaseConnection,
    c: &Consultation,
    actor_id: Option<i32>,
    skip_moderation: bool,
) -> Result<(), PublishError> {
    check_can_publish(db, c, skip_moderation).await?;
    let now = Utc::now();
    let mut documents = Vec::new();
    for lang in &c.definition.languages {
        let mut doc = document::build(db, c, Audience::Public, &Locale::new(lang)).await?;
        doc.generated_at = now;
        doc.consultation.status = Status::Published;
        doc.consultation.published_at = Some(now);
        let json = serde_json::to_string(&doc)
            .map_err(|e| AppError::context(e, "Failed to write the snapshot"))?;
        documents.push((lang.clone(), json));
    }
    let txn = crate::db::begin_write(db).await.map_err(AppError::from)?;
    // Checked again inside the write: a concurrent change of status wins over this one.
    let row = consultation::Entity::find_by_id(c.id())
        .one(&txn)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound)?;
    if row.status != Status::Closed.as_str() {
        return Err(PublishError::NotClosed(
            Status::parse(&row.status).map_or("changed", Status::as_str),
        ));
    }
    let mut active: consultation::ActiveModel = row.into();
    active.status = Set(Status::Published.as_str().to_owned());
    active.published_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(AppError::from)?;
    consultation_transition::ActiveModel {
        consultation_id: Set(c.id()),
        from_status: Set(Status::Closed.as_str().to_owned()),
        to_status: Set(Status::Published.as_str().to_owned()),
        actor_account_id: Set(actor_id),
        at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(AppError::from)?;
    published_snapshot::Entity::delete_many()
        .filter(published_snapshot::Column::ConsultationId.eq(c.id()))
        .exec(&txn)
        .await
        .map_err(AppError::from)?;
    for (language, json) in documents {
        published_snapshot::ActiveModel {
            consultation_id: Set(c.id()),
            language: Set(language),
            document: Set(json),
            published_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(AppError::from)?;
    }
    let details = if skip_moderation {
        "moderation skipped"
    } else {
        "moderation done"
    };
    audit(
        &txn,
        actor_id,
        Some(c.group_id()),
        "consultation.publish",
        c.slug(),
        details,
    )
    .await
    .map_err(AppError::from)?;
    txn.commit().await.map_err(AppError::from)?;
    tracing::info!(consultation = c.id(), "Consultation published");
    Ok(())
}

/// Consultations whose results are public (published, also once archived), newest first.
///
/// # Errors
/// A database error.
pub async fn published(db: &impl ConnectionTrait) -> Result<Vec<Consultation>, AppError> {
    consultation::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(consultation::Column::Status.eq(Status::Published.as_str()))
                .add(
                    sea_orm::Condition::all()
                        .add(consultation::Column::Status.eq(Status::Archived.as_str()))
                        .add(consultation::Column::PublishedAt.is_not_null()),
                ),
        )
        .order_by_desc(consultation::Column::PublishedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|row| Ok(crate::consultations::repo::parse(row)?))
        .collect()
}

/// Replaces "what we did with your views" (per language; empty texts are dropped). Only
/// languages the consultation has are kept.
///
/// # Errors
/// A database error.
pub async fn set_feedback(
    db: &DatabaseConnection,
    c: &Consultation,
    actor_id: i32,
    feedback: &LocalText,
) -> Result<(), AppError> {
    let mut def = crate::consultations::Definition::clone(&c.definition);
    def.texts.feedback = feedback
        .iter()
        .filter(|(lang, text)| def.languages.contains(lang) && !text.trim().is_empty())
        .map(|(lang, text)| (lang.clone(), text.trim().to_owned()))
        .collect();
    write_definition(db, c, actor_id, &def, "consultation.feedback").await
}

/// Maximum headline findings per language.
pub const HEADLINES_MAX: usize = 5;
/// Maximum characters of one headline finding.
pub const HEADLINE_CHARS: usize = 160;

/// Replaces the headline findings (per language, already checked; empty lists are dropped).
/// Only languages the consultation has are kept.
///
/// # Errors
/// A database error.
pub async fn set_headlines(
    db: &DatabaseConnection,
    c: &Consultation,
    actor_id: i32,
    headlines: &BTreeMap<String, Vec<String>>,
) -> Result<(), AppError> {
    let mut def = crate::consultations::Definition::clone(&c.definition);
    def.texts.headlines = headlines
        .iter()
        .filter(|(lang, list)| def.languages.contains(lang) && !list.is_empty())
        .map(|(lang, list)| (lang.clone(), list.clone()))
        .collect();
    write_definition(db, c, actor_id, &def, "consultation.headlines").await
}

/// Stores a changed definition and its audit line in one transaction.
async fn write_definition(
    db: &DatabaseConnection,
    c: &Consultation,
    actor_id: i32,
    def: &crate::consultations::Definition,
    action: &str,
) -> Result<(), AppError> {
    let json = serde_json::to_string(def)
        .map_err(|e| AppError::context(e, "Failed to write the definition"))?;
    let txn = db.begin().await?;
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Definition,
            sea_orm::sea_query::Expr::value(json),
        )
        .col_expr(
            consultation::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(consultation::Column::Id.eq(c.id()))
        .exec(&txn)
        .await?;
    audit(
        &txn,
        Some(actor_id),
        Some(c.group_id()),
        action,
        c.slug(),
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Why a withdrawal was refused.
#[derive(Debug, thiserror::Error)]
pub enum WithdrawError {
    /// The results are not public (never published, or withdrawn already).
    #[error("These results are not published.")]
    NotPublished,
    #[error(transparent)]
    App(#[from] AppError),
}

/// Withdraws a consultation's public results (an administrator's decision, with a reason the
/// public then reads in their place): in one write transaction the frozen snapshots are
/// deleted, `published_at` is cleared, a published consultation is archived (the move is
/// recorded), and the withdrawal and an audit entry are written. Checked again inside the
/// write, so two withdrawals at once withdraw once.
///
/// # Errors
/// [`WithdrawError`].
pub async fn withdraw(
    db: &DatabaseConnection,
    c: &Consultation,
    admin_id: i32,
    reason: &str,
) -> Result<(), WithdrawError> {
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await.map_err(AppError::from)?;
    let row = consultation::Entity::find_by_id(c.id())
        .lock_exclusive()
        .one(&txn)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound)?;
    let current = crate::consultations::repo::parse(row.clone()).map_err(AppError::from)?;
    if !current.results_public() {
        return Err(WithdrawError::NotPublished);
    }
    let mut active: consultation::ActiveModel = row.into();
    active.published_at = Set(None);
    active.updated_at = Set(now);
    if current.status == Status::Published {
        active.status = Set(Status::Archived.as_str().to_owned());
        consultation_transition::ActiveModel {
            consultation_id: Set(c.id()),
            from_status: Set(Status::Published.as_str().to_owned()),
            to_status: Set(Status::Archived.as_str().to_owned()),
            actor_account_id: Set(Some(admin_id)),
            at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(AppError::from)?;
    }
    active.update(&txn).await.map_err(AppError::from)?;
    published_snapshot::Entity::delete_many()
        .filter(published_snapshot::Column::ConsultationId.eq(c.id()))
        .exec(&txn)
        .await
        .map_err(AppError::from)?;
    publication_withdrawal::Entity::delete_by_id(c.id())
        .exec(&txn)
        .await
        .map_err(AppError::from)?;
    publication_withdrawal::ActiveModel {
        consultation_id: Set(c.id()),
        reason: Set(reason.to_owned()),
        withdrawn_by: Set(Some(admin_id)),
        withdrawn_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(AppError::from)?;
    audit(
        &txn,
        Some(admin_id),
        Some(c.group_id()),
        "publication.withdraw",
        c.slug(),
        reason,
    )
    .await
    .map_err(AppError::from)?;
    txn.commit().await.map_err(AppError::from)?;
    tracing::info!(consultation = c.id(), "Publication withdrawn");
    Ok(())
}
