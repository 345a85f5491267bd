//! `consulta demo`: a demo group, a facilitator, and an open consultation on child online
//! protection (slug `demo`) with every question kind, written for young people in the six
//! UN languages. The consultation is a document in the import format
//! (`frontend/demo/consultation.json`), also the tests' fixture. It also seeds the group's
//! public record (`record_demo`). Running it again reuses what exists.
use anyhow::Context;
use sea_orm::DatabaseConnection;

use super::seed;
use crate::{
    accounts::{Actor, Role, password, repo as accounts_repo},
    consultations::{
        Consultation, Status,
        authoring::{self, NewConsultation},
        definition::Definition,
        lifecycle,
        public::ConsultationDocument,
        repo,
    },
};

pub const DEMO_SLUG: &str = "demo";
pub const DEMO_GROUP: &str = "demo";
pub const DEMO_EMAIL: &str = "demo-facilitator@example.org";

/// The demo consultation as a document in the import format.
pub fn document() -> ConsultationDocument {
    serde_json::from_str(include_str!("../../frontend/demo/consultation.json"))
        .unwrap_or_else(|e| panic!("frontend/demo/consultation.json does not parse: {e}"))
}

/// The demo consultation's definition.
pub fn definition() -> Definition {
    document().definition
}

/// What `consulta demo` did.
#[derive(Debug)]
pub struct DemoReport {
    pub group_slug: String,
    pub email: String,
    /// Set when the facilitator was created (or its password reset) now.
    pub password: Option<String>,
    pub api_token: String,
    pub consultation: Consultation,
    /// The consultation was created now (not found from an earlier run).
    pub created: bool,
    pub responses_added: u64,
    pub responses_total: u64,
    /// The group's public record (a meeting with documents and a consultation of the year
    /// before) was seeded now.
    pub record_created: bool,
}

/// Seeds (or finds) the demo group, facilitator and open consultation, creates a new API
/// token, and adds `responses` synthetic responses.
///
/// # Errors
/// A database failure; the demo consultation existing but not open when responses are
/// asked for.
pub async fn seed(
    db: &DatabaseConnection,
    responses: u64,
    reset_password: bool,
) -> anyhow::Result<DemoReport> {
    let group = match repo::group_by_slug(db, DEMO_GROUP).await? {
        Some(g) => g,
        None => {
            accounts_repo::create_group(
                db,
                DEMO_GROUP,
                "Council Working Group on Child Online Protection (demo)",
            )
            .await?
        }
    };
    let (account, password) = match accounts_repo::find_account_by_email(db, DEMO_EMAIL).await? {
        Some(account) if !reset_password => (account, None),
        existing => {
            let secret = format!("demo-{}", &crate::secrets::new_secret()[..20]);
            let hash = password::hash(secret.clone()).await?;
            let account = match existing {
                Some(account) => {
                    set_password(db, account.id, &hash).await?;
                    account
                }
                None => {
                    accounts_repo::create_account(
                        db,
                        accounts_repo::NewAccount {
                            email: DEMO_EMAIL,
                            display_name: "Demo facilitator",
                            password_hash: &hash,
                            is_admin: false,
                            locale: "en",
                        },
                    )
                    .await?
                }
            };
            (account, Some(secret))
        }
    };
    let actor = Actor {
        memberships: Vec::new(),
        account: account.clone(),
        session: None,
    };
    let is_facilitator = accounts_repo::memberships_of(db, account.id)
        .await?
        .iter()
        .any(|m| m.group_id == group.id && m.role == Role::Facilitator.as_str());
    if !is_facilitator {
        accounts_repo::set_membership(db, account.id, group.id, Role::Facilitator).await?;
    }
    let actor = Actor {
        memberships: accounts_repo::memberships_of(db, account.id).await?,
        ..actor
    };
    let (_, api_token) = accounts_repo::create_api_token(db, account.id, "consulta demo").await?;

    let (consultation, created) = match repo::find_by_slug(db, DEMO_SLUG).await? {
        Some(c) => (c, false),
        None => {
            let draft = authoring::create(
                db,
                &actor,
                group.id,
                NewConsultation {
                    slug: Some(DEMO_SLUG.into()),
                    meeting_id: None,
                    opens_at: None,
                    closes_at: None,
                    definition: definition(),
                },
                "consultation_created",
            )
            .await
            .map_err(|e| anyhow::anyhow!("The demo consultation is not valid: {e:?}"))?;
            let open = lifecycle::transition(db, &actor, draft.id(), Status::Open, None)
                .await
                .map_err(|e| anyhow::anyhow!("The demo consultation does not open: {e:?}"))?;
            (open, true)
        }
    };
    let record_created = super::record_demo::seed(db, &actor, group.id).await?;
    super::record_demo::seed_report(db, group.id).await?;
    let mut added = 0;
    if responses > 0 {
        anyhow::ensure!(
            consultation.status.takes_answers(),
            "The demo consultation is {}: responses can only be added while it is open or live",
            consultation.status.as_str()
        );
        added = seed::seed_responses(db, &consultation, responses).await?;
    }
    let total = repo::count_responses(db, consultation.id()).await?;
    Ok(DemoReport {
        group_slug: group.slug,
        email: DEMO_EMAIL.to_owned(),
        password,
        api_token,
        consultation,
        created,
        responses_added: added,
        responses_total: total,
        record_created,
    })
}

async fn set_password(db: &DatabaseConnection, account_id: i32, hash: &str) -> anyhow::Result<()> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    use crate::entities::account;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await
        .context("Failed to set the demo facilitator's password")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::{definition::QuestionKind, rules};

    #[test]
    fn the_demo_is_complete_in_six_languages_with_every_question_kind() {
        let d = definition();
        let issues = rules::missing_for_open(&d);
        assert!(issues.is_empty(), "{issues:?}");
        for kind in QuestionKind::ALL {
            assert!(
                d.questions().any(|(_, q)| q.kind == kind),
                "{kind:?} missing"
            );
        }
        assert!(d.questions().any(|(_, q)| q.condition.is_some()));
        assert!(d.questions().any(|(_, q)| q.pictorial));
        assert!(d.questions().any(|(_, q)| q.easy_read.contains_key("9-12")));
    }
}
