//! Seven days before a consultation's raw answers are deleted (see [`super::retention`]),
//! its facilitators get one e-mail saying when, so that quotes can still be approved and
//! downloads made. That it was sent is kept in `instance_setting` (claimed before sending,
//! so several instances send it once); when no e-mail could go out at all the claim is
//! given back and the next run tries again.
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TryInsertResult,
};

use super::retention;
use crate::{
    consultations::Consultation,
    entities::{account, instance_setting, membership, response},
    i18n::{Arg, Locale},
    state::AppState,
};

/// How long before the deletion the facilitators are told.
pub const REMINDER_DAYS: i64 = 7;

fn reminder_key(consultation_id: i32) -> String {
    format!("retention_reminder:{consultation_id}")
}

/// When the reminder for this consultation was sent (RFC 3339), or `None`.
///
/// # Errors
/// A database error.
pub async fn reminded_at(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<String>, sea_orm::DbErr> {
    Ok(
        instance_setting::Entity::find_by_id(reminder_key(consultation_id))
            .one(db)
            .await?
            .map(|row| row.value),
    )
}

crate::mail::email! {
    /// The e-mail telling a facilitator that a consultation's raw answers will be deleted soon.
    RetentionReminderEmail = "retention_reminder",
        "emails/retention_reminder/subject.txt", "emails/retention_reminder/body.txt", "emails/retention_reminder/body.html" {
        /// The consultation's title in the recipient's language.
        consultation: String,
        /// The deletion date (`YYYY-MM-DD`, UTC).
        date: String,
        /// The consultation's publishing and downloads page.
        link: String,
    }
}

impl RetentionReminderEmail {
    fn intro(&self) -> String {
        self.l.t_args(
            "ret-mail-intro",
            &[
                ("title", Arg::Str(&self.consultation)),
                ("date", Arg::Str(&self.date)),
            ],
        )
    }

    fn footer(&self) -> String {
        self.l
            .t_args("email-footer", &[("site", Arg::Str(&self.site))])
    }
}

/// Sends the reminders due at `now`: consultations whose deletion date is at most
/// [`REMINDER_DAYS`] away (and not past), that still hold raw answers and were not reminded
/// before. Returns how many consultations were reminded.
///
/// # Errors
/// A database error.
pub async fn send_due(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let soon = now + Duration::days(REMINDER_DAYS);
    let mut reminded = 0;
    for (c, due_at) in retention::due(&state.db, soon).await? {
        if due_at <= now || !holds_answers(&state.db, c.id()).await? {
            continue;
        }
        if !claim(&state.db, c.id(), now).await? {
            continue;
        }
        let (recipients, sent) = deliver(state, &c, due_at).await?;
        if sent == 0 && recipients > 0 {
            release(&state.db, c.id()).await?;
            continue;
        }
        crate::accounts::repo::audit(
            &state.db,
            None,
            Some(c.group_id()),
            "retention_reminder",
            &format!("consultation:{}", c.slug()),
            &format!(
                "due={} recipients={recipients} sent={sent}",
                due_at.to_rfc3339()
            ),
        )
        .await?;
        reminded += 1;
    }
    Ok(reminded)
}

async fn holds_answers(db: &impl ConnectionTrait, consultation_id: i32) -> anyhow::Result<bool> {
    let n = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .count(db)
        .await
        .context("Failed to count responses")?;
    Ok(n > 0)
}

/// Takes the reminder of this consultation for this instance: `false` when it was sent
/// (or is being sent) already.
async fn claim(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let inserted = instance_setting::Entity::insert(instance_setting::ActiveModel {
        key: Set(reminder_key(consultation_id)),
        value: Set(now.to_rfc3339()),
        updated_at: Set(now),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(db)
    .await
    .context("Failed to record the retention reminder")?;
    Ok(matches!(inserted, TryInsertResult::Inserted(1)))
}

async fn release(db: &impl ConnectionTrait, consultation_id: i32) -> anyhow::Result<()> {
    instance_setting::Entity::delete_by_id(reminder_key(consultation_id))
        .exec(db)
        .await
        .context("Failed to give the retention reminder back")?;
    Ok(())
}

/// The facilitators of a group, who are told.
async fn facilitators(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> anyhow::Result<Vec<account::Model>> {
    let ids: Vec<i32> = membership::Entity::find()
        .filter(membership::Column::GroupId.eq(group_id))
        .filter(membership::Column::Role.eq("facilitator"))
        .all(db)
        .await
        .context("Failed to list the group's facilitators")?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await
        .context("Failed to load the group's facilitators")
}

/// Sends the reminder to each facilitator in their language: (recipients, sent).
async fn deliver(
    state: &AppState,
    c: &Consultation,
    due_at: DateTime<Utc>,
) -> anyhow::Result<(usize, usize)> {
    let recipients = facilitators(&state.db, c.group_id()).await?;
    let link = format!(
        "{}/manage/consultations/{}/publish",
        state.base_url,
        c.slug()
    );
    let mut sent = 0;
    for account in &recipients {
        let l = Locale::new(&super::safeguarding::mail_language(&account.locale));
        let email = RetentionReminderEmail {
            consultation: super::safeguarding::title_for(c, l.code()),
            site: state.base_url.clone(),
            date: due_at.format("%Y-%m-%d").to_string(),
            link: link.clone(),
            l,
        };
        if state.mailer.send(&account.email, &email).await.is_ok() {
            sent += 1;
        }
    }
    Ok((recipients.len(), sent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::Email;

    #[test]
    fn the_reminder_renders_in_every_language() {
        for lang in ["en", "fr", "es", "ru", "ar", "zh"] {
            let email = RetentionReminderEmail {
                l: Locale::new(lang),
                site: "https://consulta.example".into(),
                consultation: "Online safety".into(),
                date: "2027-03-01".into(),
                link: "https://consulta.example/manage/consultations/x/publish".into(),
            };
            let r = email.render().unwrap();
            assert!(!r.subject.is_empty(), "{lang}");
            assert!(r.text.contains("2027-03-01"), "{lang}: {}", r.text);
            assert!(r.html.contains("Online safety"), "{lang}");
            assert!(!r.text.contains("ret-mail"), "{lang}: untranslated key");
        }
    }
}
