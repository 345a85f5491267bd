//! `consulta import FILE --group G [--json]`: the same importer as the page and the API,
//! run by the operator on behalf of the group's first facilitator (or, when it has none,
//! the first administrator), who is named in the audit log.
use std::fmt::Write as _;

use anyhow::Context;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    accounts::{Actor, Role, repo as accounts_repo},
    consultations::{
        import_report::{ImportReport, ReportView},
        repo,
    },
    entities::{account, membership},
    i18n::Locale,
};

/// The group's id and the adult the import is made for.
///
/// # Errors
/// No such group, or nobody who may create a consultation in it.
pub async fn operator(db: &DatabaseConnection, group: &str) -> anyhow::Result<(i32, Actor)> {
    let group = repo::group_by_slug(db, group)
        .await?
        .with_context(|| format!("No group with the slug {group}"))?;
    let facilitator = membership::Entity::find()
        .filter(membership::Column::GroupId.eq(group.id))
        .filter(membership::Column::Role.eq(Role::Facilitator.as_str()))
        .order_by_asc(membership::Column::Id)
        .one(db)
        .await?;
    let account = match facilitator {
        Some(m) => account::Entity::find_by_id(m.account_id).one(db).await?,
        None => {
            account::Entity::find()
                .filter(account::Column::IsAdmin.eq(true))
                .order_by_asc(account::Column::Id)
                .one(db)
                .await?
        }
    }
    .with_context(|| {
        format!(
            "The group {} has no facilitator and there is no administrator",
            group.slug
        )
    })?;
    let memberships = accounts_repo::memberships_of(db, account.id).await?;
    Ok((
        group.id,
        Actor {
            memberships,
            account,
            session: None,
        },
    ))
}

/// The report as lines of text.
pub fn report_text(slug: &str, report: &ImportReport, l: &Locale) -> String {
    let view = ReportView::of(report, l);
    let mut out = String::new();
    let _ = writeln!(out, "slug: {slug}");
    let _ = writeln!(out, "{}", view.heading);
    let _ = writeln!(out, "{}", view.summary);
    for k in &view.kinds {
        let _ = writeln!(out, "  {k}");
    }
    let _ = writeln!(out, "{}:", l.t("imp-report-languages"));
    for lang in &view.languages {
        let _ = writeln!(out, "  {lang}");
    }
    if !view.items.is_empty() {
        let _ = writeln!(out, "{}:", l.t("imp-report-items"));
        for item in &view.items {
            let _ = writeln!(out, "  {item}");
        }
    }
    out
}
