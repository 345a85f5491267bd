//! Reading the audit log: filters for administrators (action, who, group, dates) and the
//! names of the actions Consulta records. Entries hold account and group ids, never
//! personal data of young people.
use chrono::{NaiveDate, TimeZone, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::audit_log;

/// The actions the accounts module records (other modules add their own).
pub const ACCOUNT_ACTIONS: &[&str] = &[
    "login",
    "login_failed",
    "login_locked",
    "login_2fa_failed",
    "logout",
    "sessions_ended",
    "session_ended",
    "password_changed",
    "password_reset_requested",
    "password_reset",
    "profile_changed",
    "totp_enabled",
    "totp_disabled",
    "recovery_codes_renewed",
    "recovery_code_used",
    "api_token_created",
    "api_token_revoked",
    "group_created",
    "invitation_sent",
    "invitation_revoked",
    "invitation_accepted",
    "membership_added",
    "role_changed",
    "membership_removed",
    "safeguarding_lead_set",
    "safeguarding_lead_unset",
    "admin_created",
    "admin_granted",
    "admin_revoked",
    "account_unlocked",
    "security_setting_changed",
];

/// What an administrator filters the log by.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub action: Option<String>,
    pub actor: Option<i32>,
    pub group: Option<i32>,
    pub from: Option<NaiveDate>,
    /// Inclusive: the whole day.
    pub to: Option<NaiveDate>,
    /// Only entries older than this id (the next page).
    pub before: Option<i32>,
}

/// One page of entries, newest first, and whether there are older ones.
///
/// # Errors
/// A database error.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &Filter,
    limit: u64,
) -> Result<(Vec<audit_log::Model>, bool), DbErr> {
    let mut query = audit_log::Entity::find();
    if let Some(action) = &filter.action {
        query = query.filter(audit_log::Column::Action.eq(action.as_str()));
    }
    if let Some(actor) = filter.actor {
        query = query.filter(audit_log::Column::ActorAccountId.eq(actor));
    }
    if let Some(group) = filter.group {
        query = query.filter(audit_log::Column::GroupId.eq(group));
    }
    if let Some(from) = filter.from.and_then(|d| d.and_hms_opt(0, 0, 0)) {
        query = query.filter(audit_log::Column::At.gte(Utc.from_utc_datetime(&from)));
    }
    if let Some(to) = filter
        .to
        .and_then(|d| d.succ_opt())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
    {
        query = query.filter(audit_log::Column::At.lt(Utc.from_utc_datetime(&to)));
    }
    if let Some(before) = filter.before {
        query = query.filter(audit_log::Column::Id.lt(before));
    }
    let mut rows = query
        .order_by_desc(audit_log::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok((rows, more))
}

/// Every action present in the log, with the accounts module's own, sorted.
///
/// # Errors
/// A database error.
pub async fn actions(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    let mut found: Vec<String> = audit_log::Entity::find()
        .select_only()
        .column(audit_log::Column::Action)
        .distinct()
        .into_tuple::<String>()
        .all(db)
        .await?;
    found.extend(ACCOUNT_ACTIONS.iter().map(|a| (*a).to_owned()));
    found.sort();
    found.dedup();
    Ok(found)
}
