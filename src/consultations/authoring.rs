//! Writing consultations and meetings: every change goes through [`edit`] (or [`create`]),
//! which checks who is asking, refuses a stale version (two facilitators editing at once
//! never silently lose a change), applies the change, keeps translation records, validates
//! the whole definition, keeps questions fixed once answers exist, keeps an open
//! consultation complete, stores it with the next version, and writes the audit log.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    sea_query::Expr,
};

use super::{
    Consultation, Status,
    definition::{ConditionOperator, Definition, LocalText},
    lifecycle, repo,
    rules::{self, Issue},
    translations,
};
use crate::{
    accounts::{Actor, repo as accounts_repo},
    entities::{consultation, meeting},
    error::{AppError, FieldError},
    i18n::Locale,
};

/// Why a change was not stored.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// Someone saved since the form was opened; `current` is the version now.
    #[error("stale version (now {current})")]
    Stale { current: i32 },
    /// The change breaks a rule: issues by field.
    #[error("invalid")]
    Invalid(Vec<Issue>),
    /// The change is not possible in the consultation's state (answers exist, archived,
    /// open and would become incomplete).
    #[error("locked")]
    Locked(Vec<Issue>),
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

/// Issues as the JSON API's field errors, in the reader's language.
pub fn field_errors(issues: &[Issue], l: &Locale) -> Vec<FieldError> {
    issues
        .iter()
        .map(|i| FieldError {
            field: i.path.clone(),
            message: i.message(l),
        })
        .collect()
}

impl EditError {
    /// The API's answer: 404, 403, 409 (stale, locked) or 422 (invalid).
    pub fn into_app_error(self, l: &Locale) -> AppError {
        match self {
            Self::NotFound => AppError::NotFound,
            Self::Forbidden => AppError::Forbidden,
            Self::Stale { current } => AppError::Conflict(l.t_args(
                "cn-stale-version",
                &[("version", crate::i18n::Arg::Num(f64::from(current)))],
            )),
            Self::Invalid(issues) => AppError::Invalid(field_errors(&issues, l)),
            Self::Locked(issues) => AppError::Conflict(
                issues
                    .iter()
                    .map(|i| i.message(l))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Self::Db(err) => err.into(),
        }
    }
}

/// What a change may touch: the definition and the consultation's own columns.
#[derive(Clone, Debug)]
pub struct Editable {
    pub definition: Definition,
    pub slug: String,
    pub meeting_id: Option<i32>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
}

impl From<&Consultation> for Editable {
    fn from(c: &Consultation) -> Self {
        Self {
            definition: Definition::clone(&c.definition),
            slug: c.row.slug.clone(),
            meeting_id: c.row.meeting_id,
            opens_at: c.row.opens_at,
            closes_at: c.row.closes_at,
        }
    }
}

/// Tidies texts before checks: line ends, surrounding spaces, empty entries.
pub fn normalise(def: &mut Definition) {
    fn tidy(text: &mut LocalText) {
        for value in text.values_mut() {
            let cleaned = value.replace("\r\n", "\n").replace('\r', "\n");
            *value = cleaned.trim().to_owned();
        }
        text.retain(|_, v| !v.is_empty());
    }
    let t = &mut def.texts;
    for text in [
        &mut t.title,
        &mut t.introduction,
        &mut t.data_use,
        &mut t.closing,
        &mut t.feedback,
        &mut def.settings.results_note,
    ] {
        tidy(text);
    }
    if let Some(code) = &mut def.settings.access_code {
        *code = code.trim().to_uppercase();
        if code.is_empty() {
            def.settings.access_code = None;
        }
    }
    for section in &mut def.sections {
        section.key = section.key.trim().to_owned();
        tidy(&mut section.title);
        for q in &mut section.questions {
            q.key = q.key.trim().to_owned();
            tidy(&mut q.text);
            tidy(&mut q.help);
            for text in q.easy_read.values_mut() {
                tidy(text);
            }
            q.easy_read.retain(|_, t| !t.is_empty());
            for option in &mut q.options {
                option.code = option.code.trim().to_owned();
                tidy(&mut option.label);
                if option.emoji.as_deref().is_some_and(|e| e.trim().is_empty()) {
                    option.emoji = None;
                }
            }
            if let Some(c) = &mut q.condition
                && c.operator == ConditionOperator::NotAnswered
            {
                c.value = None;
            }
        }
    }
}

/// Checks of the consultation's own columns: address, meeting, dates.
async fn check_columns(
    db: &impl sea_orm::ConnectionTrait,
    e: &Editable,
    group_id: i32,
    current: Option<&Consultation>,
) -> Result<Vec<Issue>, sea_orm::DbErr> {
    let mut issues = Vec::new();
    let slug_changed = current.is_none_or(|c| c.row.slug != e.slug);
    if slug_changed {
        if current.is_some_and(|c| c.status != Status::Draft) {
            issues.push(Issue::new("slug", "cn-v-slug-locked"));
        } else if !rules::is_valid_slug(&e.slug) {
            issues.push(Issue::new("slug", "cn-v-slug-format"));
        } else if repo::slug_taken(db, &e.slug, current.map(Consultation::id)).await? {
            issues.push(Issue::new("slug", "cn-v-slug-taken").arg("slug", &*e.slug));
        }
    }
    if let Some(meeting_id) = e.meeting_id {
        let belongs = repo::meeting_by_id(db, meeting_id)
            .await?
            .is_some_and(|m| m.group_id == group_id);
        if !belongs {
            issues.push(Issue::new("meeting_id", "cn-v-meeting"));
        }
    }
    issues.extend(lifecycle::date_problems(
        e.opens_at,
        e.closes_at,
        Utc::now(),
        false,
    ));
    Ok(issues)
}

/// Applies `change` to consultation `id` as `actor` saw it at `version`, and stores it with
/// the next version. `action` names the change in the audit log (`texts`, `question`, …).
///
/// # Errors
/// [`EditError`]: not found, forbidden, stale version, invalid change (issues by field),
/// or locked (archived; answers exist and the change touches questions; open and the
/// change would leave a language incomplete).
pub async fn edit<F>(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    version: i32,
    action: &str,
    change: F,
) -> Result<Consultation, EditError>
where
    F: FnOnce(&mut Editable, &Consultation) -> Result<(), Vec<Issue>>,
{
    let tx = crate::db::begin_write(db).await?;
    let c = repo::find_by_id(&tx, id)
        .await?
        .ok_or(EditError::NotFound)?;
    if !actor.can_facilitate(c.group_id()) {
        return Err(EditError::Forbidden);
    }
    if c.status == Status::Archived {
        return Err(EditError::Locked(vec![Issue::new(
            "status",
            "cn-locked-archived",
        )]));
    }
    if c.row.version != version {
        return Err(EditError::Stale {
            current: c.row.version,
        });
    }
    let mut e = Editable::from(&c);
    change(&mut e, &c).map_err(EditError::Invalid)?;
    normalise(&mut e.definition);
    e.slug = e.slug.trim().to_owned();
    translations::track(&c.definition, &mut e.definition);
    let mut issues = rules::validate(&e.definition);
    issues.extend(check_columns(&tx, &e, c.group_id(), Some(&c)).await?);
    if !issues.is_empty() {
        return Err(EditError::Invalid(issues));
    }
    let responses = repo::count_responses(&tx, id).await?;
    if responses > 0 {
        let locked = rules::structural_changes(&c.definition, &e.definition);
        if !locked.is_empty() {
            let mut all = vec![Issue::new("status", "cn-locked-answers").arg("count", responses)];
            all.extend(locked);
            return Err(EditError::Locked(all));
        }
    }
    if c.status.takes_answers() {
        let mut missing = rules::missing_for_open(&e.definition);
        missing.extend(lifecycle::date_problems(
            e.opens_at,
            e.closes_at,
            Utc::now(),
            true,
        ));
        if !missing.is_empty() {
            let mut all = vec![Issue::new("status", "cn-locked-open-incomplete")];
            all.extend(missing);
            return Err(EditError::Locked(all));
        }
    }
    let json = serde_json::to_string(&e.definition)
        .map_err(|err| sea_orm::DbErr::Json(err.to_string()))?;
    let done = consultation::Entity::update_many()
        .col_expr(consultation::Column::Definition, Expr::value(json))
        .col_expr(
            consultation::Column::DefaultLanguage,
            Expr::value(e.definition.default_language.clone()),
        )
        .col_expr(consultation::Column::Slug, Expr::value(e.slug.clone()))
        .col_expr(consultation::Column::MeetingId, Expr::value(e.meeting_id))
        .col_expr(consultation::Column::OpensAt, Expr::value(e.opens_at))
        .col_expr(consultation::Column::ClosesAt, Expr::value(e.closes_at))
        .col_expr(consultation::Column::Version, Expr::value(version + 1))
        .col_expr(consultation::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(consultation::Column::Id.eq(id))
        .filter(consultation::Column::Version.eq(version))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(EditError::Stale {
            current: version + 1,
        });
    }
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(c.group_id()),
        "consultation_edited",
        &format!("consultation:{}", e.slug),
        &format!("{action}; version {}", version + 1),
    )
    .await?;
    tx.commit().await?;
    repo::find_by_id(db, id).await?.ok_or(EditError::NotFound)
}

/// A consultation to create: its address (made from the title when empty), meeting, dates
/// and definition.
#[derive(Clone, Debug)]
pub struct NewConsultation {
    pub slug: Option<String>,
    pub meeting_id: Option<i32>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub definition: Definition,
}

/// Creates a draft in `group_id`.
///
/// # Errors
/// [`EditError`]: forbidden, or invalid (issues by field).
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    group_id: i32,
    new: NewConsultation,
    action: &str,
) -> Result<Consultation, EditError> {
    create_with_report(db, actor, group_id, new, action, None).await
}

/// As [`create`], keeping an import's report with the new draft in the same transaction
/// (nothing is stored when either fails).
///
/// # Errors
/// As [`create`].
pub async fn create_with_report(
    db: &DatabaseConnection,
    actor: &Actor,
    group_id: i32,
    new: NewConsultation,
    action: &str,
    report: Option<&super::import_report::ImportReport>,
) -> Result<Consultation, EditError> {
    if !actor.can_facilitate(group_id) {
        return Err(EditError::Forbidden);
    }
    let mut definition = new.definition;
    normalise(&mut definition);
    let before = definition.clone();
    translations::track(&before, &mut definition);
    let tx = crate::db::begin_write(db).await?;
    let slug = match new.slug.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(given) => given.to_owned(),
        None => {
            let from_title = rules::slugify(definition.title(&definition.default_language));
            let base = if from_title.len() >= 3 {
                from_title
            } else {
                "consultation".to_owned()
            };
            repo::free_slug(&tx, &base).await?
        }
    };
    let e = Editable {
        definition,
        slug,
        meeting_id: new.meeting_id,
        opens_at: new.opens_at,
        closes_at: new.closes_at,
    };
    let mut issues = rules::validate(&e.definition);
    issues.extend(check_columns(&tx, &e, group_id, None).await?);
    if !issues.is_empty() {
        return Err(EditError::Invalid(issues));
    }
    let c = repo::insert_consultation(
        &tx,
        repo::NewConsultationRow {
            group_id,
            meeting_id: e.meeting_id,
            slug: &e.slug,
            definition: &e.definition,
            opens_at: e.opens_at,
            closes_at: e.closes_at,
        },
    )
    .await?;
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(group_id),
        action,
        &format!("consultation:{}", c.slug()),
        "",
    )
    .await?;
    if let Some(report) = report {
        super::import_report::store(&tx, c.id(), report).await?;
    }
    tx.commit().await?;
    tracing::info!(consultation = c.id(), group = group_id, "{action}");
    Ok(c)
}

/// A new draft with the same definition and meeting (no dates, no answers).
///
/// # Errors
/// As [`create`]; not found.
pub async fn duplicate(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    slug: Option<String>,
) -> Result<Consultation, EditError> {
    let c = repo::find_by_id(db, id).await?.ok_or(EditError::NotFound)?;
    if !actor.can_facilitate(c.group_id()) {
        return Err(EditError::Forbidden);
    }
    let slug = match slug.filter(|s| !s.trim().is_empty()) {
        Some(s) => s,
        None => repo::free_slug(db, &format!("{}-copy", c.slug())).await?,
    };
    create(
        db,
        actor,
        c.group_id(),
        NewConsultation {
            slug: Some(slug),
            meeting_id: c.row.meeting_id,
            opens_at: None,
            closes_at: None,
            definition: Definition::clone(&c.definition),
        },
        "consultation_duplicated",
    )
    .await
}

/// Deletes a consultation that has no answers and is not taking any.
///
/// # Errors
/// [`EditError`]: not found, forbidden, locked (answers exist: archive it instead; open).
pub async fn delete(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), EditError> {
    let tx = crate::db::begin_write(db).await?;
    let c = repo::find_by_id(&tx, id)
        .await?
        .ok_or(EditError::NotFound)?;
    if !actor.can_facilitate(c.group_id()) {
        return Err(EditError::Forbidden);
    }
    let responses = repo::count_responses(&tx, id).await?;
    if responses > 0 {
        return Err(EditError::Locked(vec![
            Issue::new("status", "cn-locked-delete-answers").arg("count", responses),
        ]));
    }
    if c.status.takes_answers() {
        return Err(EditError::Locked(vec![Issue::new(
            "status",
            "cn-locked-delete-open",
        )]));
    }
    consultation::Entity::delete_by_id(id).exec(&tx).await?;
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(c.group_id()),
        "consultation_deleted",
        &format!("consultation:{}", c.slug()),
        c.status.as_str(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A meeting as typed.
#[derive(Clone, Debug, Default)]
pub struct MeetingInput {
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub place: String,
    pub is_online: bool,
}

/// Paths: `title`, `starts_on`, `ends_on`, `place`.
pub fn validate_meeting(m: &MeetingInput) -> Vec<Issue> {
    let mut issues = Vec::new();
    let title = m.title.trim();
    if title.is_empty() {
        issues.push(Issue::new("title", "cn-v-required"));
    } else if title.chars().count() > rules::limits::TITLE {
        issues.push(Issue::new("title", "cn-v-too-long").arg("max", rules::limits::TITLE));
    }
    if m.starts_on.is_none() {
        issues.push(Issue::new("starts_on", "cn-v-date"));
    }
    if let (Some(start), Some(end)) = (m.starts_on, m.ends_on)
        && end < start
    {
        issues.push(Issue::new("ends_on", "cn-v-meeting-dates"));
    }
    let place = m.place.trim();
    if place.chars().count() > rules::limits::TITLE {
        issues.push(Issue::new("place", "cn-v-too-long").arg("max", rules::limits::TITLE));
    }
    if place.is_empty() && !m.is_online {
        issues.push(Issue::new("place", "cn-v-place-or-online"));
    }
    issues
}

/// Creates a meeting in a group.
///
/// # Errors
/// [`EditError`]: forbidden, invalid.
pub async fn create_meeting(
    db: &DatabaseConnection,
    actor: &Actor,
    group_id: i32,
    input: &MeetingInput,
) -> Result<meeting::Model, EditError> {
    if !actor.can_facilitate(group_id) {
        return Err(EditError::Forbidden);
    }
    let issues = validate_meeting(input);
    let Some(starts_on) = input.starts_on.filter(|_| issues.is_empty()) else {
        return Err(EditError::Invalid(issues));
    };
    let tx = crate::db::begin_write(db).await?;
    let m = meeting::ActiveModel {
        group_id: Set(group_id),
        title: Set(input.title.trim().to_owned()),
        starts_on: Set(starts_on),
        ends_on: Set(input.ends_on),
        place: Set(input.place.trim().to_owned()),
        is_online: Set(input.is_online),
        version: Set(1),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(group_id),
        "meeting_created",
        &format!("meeting:{}", m.id),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(m)
}

/// Changes a meeting seen at `version`.
///
/// # Errors
/// [`EditError`]: not found, forbidden, stale, invalid.
pub async fn update_meeting(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    version: i32,
    input: &MeetingInput,
) -> Result<meeting::Model, EditError> {
    let tx = crate::db::begin_write(db).await?;
    let m = repo::meeting_by_id(&tx, id)
        .await?
        .ok_or(EditError::NotFound)?;
    if !actor.can_facilitate(m.group_id) {
        return Err(EditError::Forbidden);
    }
    if m.version != version {
        return Err(EditError::Stale { current: m.version });
    }
    let issues = validate_meeting(input);
    let Some(starts_on) = input.starts_on.filter(|_| issues.is_empty()) else {
        return Err(EditError::Invalid(issues));
    };
    let done = meeting::Entity::update_many()
        .col_expr(meeting::Column::Title, Expr::value(input.title.trim()))
        .col_expr(meeting::Column::StartsOn, Expr::value(starts_on))
        .col_expr(meeting::Column::EndsOn, Expr::value(input.ends_on))
        .col_expr(meeting::Column::Place, Expr::value(input.place.trim()))
        .col_expr(meeting::Column::IsOnline, Expr::value(input.is_online))
        .col_expr(meeting::Column::Version, Expr::value(version + 1))
        .filter(meeting::Column::Id.eq(id))
        .filter(meeting::Column::Version.eq(version))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(EditError::Stale {
            current: version + 1,
        });
    }
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(m.group_id),
        "meeting_edited",
        &format!("meeting:{id}"),
        "",
    )
    .await?;
    tx.commit().await?;
    repo::meeting_by_id(db, id)
        .await?
        .ok_or(EditError::NotFound)
}

/// Deletes a meeting; its consultations stay, no longer attached to it.
///
/// # Errors
/// [`EditError`]: not found, forbidden.
pub async fn delete_meeting(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<meeting::Model, EditError> {
    let tx = crate::db::begin_write(db).await?;
    let m = repo::meeting_by_id(&tx, id)
        .await?
        .ok_or(EditError::NotFound)?;
    if !actor.can_facilitate(m.group_id) {
        return Err(EditError::Forbidden);
    }
    // Detach explicitly: SQLite only applies ON DELETE SET NULL with foreign keys on.
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::MeetingId,
            Expr::value(Option::<i32>::None),
        )
        .filter(consultation::Column::MeetingId.eq(id))
        .exec(&tx)
        .await?;
    meeting::Entity::delete_by_id(id).exec(&tx).await?;
    accounts_repo::audit(
        &tx,
        Some(actor.id()),
        Some(m.group_id),
        "meeting_deleted",
        &format!("meeting:{id}"),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(m)
}
