//! What administrators do, shared by the admin pages and the JSON API: create working
//! groups, invite people with a role per group (or as administrators), change and remove
//! roles, name a group's safeguarding lead, unlock accounts, and require a second factor.
//! Each step is checked here and written to the audit log.
use sea_orm::ConnectionTrait;

use super::{
    Actor, Role,
    forms::{Errors, looks_like_email},
    links::{self, Offer},
    repo, second_factor, throttle,
};
use crate::{
    entities::{account, work_group},
    error::AppError,
    i18n::Locale,
    mail::{AddedToGroupEmail, InvitationEmail},
    state::AppState,
};

/// A checked request to invite someone.
#[derive(Clone, Debug)]
pub struct Invite {
    pub email: String,
    pub offer: Offer,
    pub locale: String,
}

/// Checks an invitation form: address, role (`facilitator`, `member`, or `admin` when
/// `group` is `None`), and the language of the e-mail.
///
/// # Errors
/// The problems, by field (`email`, `role`, `locale`), in the reader's language.
pub fn check_invite(
    l: &Locale,
    email: &str,
    role: &str,
    locale: &str,
    group: Option<i32>,
) -> Result<Invite, Errors> {
    let mut errors = Errors::new();
    let email = email.trim();
    if email.is_empty() {
        errors.push("email", l.t("invite-email-missing"));
    } else if !looks_like_email(email) {
        errors.push("email", l.t("email-invalid"));
    }
    let offer = match (group, Role::parse(role)) {
        (Some(group), Some(role)) => Some(Offer::Group(group, role)),
        (None, _) => Some(Offer::Admin),
        (Some(_), None) => {
            errors.add("role", l.t("invite-role-missing"));
            None
        }
    };
    if !crate::i18n::is_available(locale) {
        errors.add("locale", l.t("account-locale-invalid"));
    }
    match offer {
        Some(offer) if errors.is_empty() => Ok(Invite {
            email: repo::normalise_email(email),
            offer,
            locale: locale.to_owned(),
        }),
        _ => Err(errors),
    }
}

/// What happened to an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    /// No account yet: an invitation link was e-mailed (or could not be: `mail_sent`).
    Invited { mail_sent: bool },
    /// The account exists and now has the role.
    Added { mail_sent: bool },
    /// The account already has a role there (or is already an administrator).
    AlreadyThere,
}

/// Invites someone, or gives an existing account the role at once.
///
/// # Errors
/// A database error.
pub async fn invite(
    state: &AppState,
    by: &Actor,
    group: Option<&work_group::Model>,
    invite: &Invite,
) -> Result<Invited, AppError> {
    let db = &state.db;
    let group_id = group.map(|g| g.id);
    let group_name = group.map(|g| g.name.clone()).unwrap_or_default();
    let role_key = match invite.offer {
        Offer::Group(_, Role::Facilitator) => "role-facilitator",
        Offer::Group(_, Role::Member) => "role-member",
        Offer::Admin => "role-admin",
    };
    if let Some(existing) = repo::find_account_by_email(db, &invite.email).await? {
        match invite.offer {
            Offer::Group(group, role) => {
                if repo::membership(db, existing.id, group).await?.is_some() {
                    return Ok(Invited::AlreadyThere);
                }
                repo::set_membership(db, existing.id, group, role).await?;
                repo::audit(
                    db,
                    Some(by.id()),
                    Some(group),
                    "membership_added",
                    &format!("account:{}", existing.id),
                    &format!("role={}", role.as_str()),
                )
                .await?;
            }
            Offer::Admin => {
                if existing.is_admin {
                    return Ok(Invited::AlreadyThere);
                }
                repo::set_admin(db, existing.id, true).await?;
                repo::audit(
                    db,
                    Some(by.id()),
                    None,
                    "admin_granted",
                    &format!("account:{}", existing.id),
                    "",
                )
                .await?;
            }
        }
        enforce_second_factor(db, existing.id).await?;
        if invite.offer == Offer::Admin {
            return Ok(Invited::Added { mail_sent: true });
        }
        let l = Locale::new(&existing.locale);
        let mail_sent = state
            .mailer
            .send(
                &existing.email,
                &AddedToGroupEmail {
                    role: l.t(role_key),
                    group: group_name,
                    site: state.base_url.clone(),
                    link: format!("{}/login?lang={}", state.base_url, existing.locale),
                    l,
                },
            )
            .await
            .is_ok();
        return Ok(Invited::Added { mail_sent });
    }
    let (row, secret) = links::create_invitation(
        db,
        links::NewInvitation {
            email: &invite.email,
            offer: invite.offer,
            locale: &invite.locale,
            invited_by: Some(by.id()),
        },
    )
    .await?;
    repo::audit(
        db,
        Some(by.id()),
        group_id,
        "invitation_sent",
        &format!("invitation:{}", row.id),
        &format!(
            "role={} locale={} domain={}",
            row.role,
            row.locale,
            crate::mail::domain_of(&row.email)
        ),
    )
    .await?;
    let l = Locale::new(&invite.locale);
    let mail_sent = state
        .mailer
        .send(
            &invite.email,
            &InvitationEmail {
                role: l.t(role_key),
                group: group_name,
                site: state.base_url.clone(),
                link: format!(
                    "{}/invitations/{secret}?lang={}",
                    state.base_url, invite.locale
                ),
                l,
            },
        )
        .await
        .is_ok();
    Ok(Invited::Invited { mail_sent })
}

/// When a second factor is now required of this account and it has none, its sessions end
/// so that its next sign-in sets one up.
///
/// # Errors
/// A database error.
pub async fn enforce_second_factor(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<(), AppError> {
    if let Some(account) = repo::account_by_id(db, account_id).await?
        && !account.totp_enabled
        && second_factor::required_for(db, &account).await?
    {
        repo::delete_sessions_of(db, account_id, None).await?;
    }
    Ok(())
}

/// Checks a new group's name and short name (made from the name when left empty).
///
/// # Errors
/// The problems, by field (`name`, `slug`).
pub fn check_group(l: &Locale, name: &str, slug: &str) -> Result<(String, String), Errors> {
    let mut errors = Errors::new();
    let name = name.trim().to_owned();
    if name.is_empty() {
        errors.push("name", l.t("group-name-missing"));
    } else if name.chars().count() > 200 {
        errors.push("name", l.t("group-name-too-long"));
    }
    let slug = if slug.trim().is_empty() {
        slug_from(&name)
    } else {
        slug.trim().to_owned()
    };
    let valid = (2..=80).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-');
    if !valid && !errors.has("name") {
        errors.push("slug", l.t("group-slug-invalid"));
    }
    if errors.is_empty() {
        Ok((name, slug))
    } else {
        Err(errors)
    }
}

/// A short name for links from a group's name: ASCII letters and digits joined by `-`;
/// for names in other scripts, `group-` and a random suffix.
pub fn slug_from(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_matches('-').to_owned();
    if slug.len() < 2 {
        format!("group-{}", &uuid::Uuid::new_v4().simple().to_string()[..6])
    } else {
        slug
    }
}

/// Creates a working group.
///
/// # Errors
/// [`AppError::Conflict`] when the short name is taken; a database error.
pub async fn create_group(
    db: &impl ConnectionTrait,
    by: &Actor,
    name: &str,
    slug: &str,
) -> Result<work_group::Model, AppError> {
    if repo::group_by_slug(db, slug).await?.is_some() {
        return Err(AppError::Conflict("slug".into()));
    }
    let group = repo::create_group(db, slug, name).await?;
    repo::audit(
        db,
        Some(by.id()),
        Some(group.id),
        "group_created",
        &format!("group:{}", group.id),
        "",
    )
    .await?;
    Ok(group)
}

/// Changes a member's role and whether they are the group's safeguarding lead.
///
/// # Errors
/// [`AppError::NotFound`] when the account is not in the group; `Invalid` when a member
/// would be made safeguarding lead; a database error.
pub async fn change_member(
    l: &Locale,
    db: &impl ConnectionTrait,
    by: &Actor,
    group: &work_group::Model,
    account_id: i32,
    role: Role,
    lead: bool,
) -> Result<(), AppError> {
    let current = repo::membership(db, account_id, group.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if lead && role != Role::Facilitator {
        let mut errors = Errors::new();
        errors.add("safeguarding_lead", l.t("member-lead-needs-facilitator"));
        return Err(errors.into_app_error());
    }
    if current.role != role.as_str() {
        repo::change_role(db, account_id, group.id, role).await?;
        repo::audit(
            db,
            Some(by.id()),
            Some(group.id),
            "role_changed",
            &format!("account:{account_id}"),
            &format!("from={} to={}", current.role, role.as_str()),
        )
        .await?;
        enforce_second_factor(db, account_id).await?;
        revoke_tokens_without_role(db, by, account_id).await?;
    }
    let was_lead = current.safeguarding_lead && role == Role::Facilitator;
    if lead != was_lead {
        repo::set_safeguarding_lead(db, account_id, group.id, lead).await?;
        repo::audit(
            db,
            Some(by.id()),
            Some(group.id),
            if lead {
                "safeguarding_lead_set"
            } else {
                "safeguarding_lead_unset"
            },
            &format!("account:{account_id}"),
            "",
        )
        .await?;
    }
    Ok(())
}

/// Takes someone out of a group.
///
/// # Errors
/// [`AppError::NotFound`] when they were not in it; a database error.
pub async fn remove_member(
    db: &impl ConnectionTrait,
    by: &Actor,
    group: &work_group::Model,
    account_id: i32,
) -> Result<(), AppError> {
    if !repo::remove_membership(db, account_id, group.id).await? {
        return Err(AppError::NotFound);
    }
    repo::audit(
        db,
        Some(by.id()),
        Some(group.id),
        "membership_removed",
        &format!("account:{account_id}"),
        "",
    )
    .await?;
    revoke_tokens_without_role(db, by, account_id).await?;
    Ok(())
}

/// Revokes the API tokens of someone who no longer facilitates any group and is no
/// administrator (only they hold tokens), and records it in the audit log. A token acts with
/// its holder's current roles anyway; revoking it means a later role does not revive it.
///
/// # Errors
/// A database error.
pub async fn revoke_tokens_without_role(
    db: &impl ConnectionTrait,
    by: &Actor,
    account_id: i32,
) -> Result<(), AppError> {
    let Some(account) = repo::account_by_id(db, account_id).await? else {
        return Ok(());
    };
    if repo::may_hold_tokens(db, &account).await? {
        return Ok(());
    }
    let revoked = repo::revoke_api_tokens_of(db, account_id).await?;
    if revoked > 0 {
        repo::audit(
            db,
            Some(by.id()),
            None,
            "api_tokens_revoked",
            &format!("account:{account_id}"),
            &format!("reason=no_facilitator_role count={revoked}"),
        )
        .await?;
    }
    Ok(())
}

/// Turns the second-factor requirement on or off. Turning it on needs the administrator's
/// own second factor, and signs out every facilitator and administrator without one.
///
/// # Errors
/// `Invalid` when the administrator has no second factor; a database error.
pub async fn set_require_second_factor(
    l: &Locale,
    db: &impl ConnectionTrait,
    by: &Actor,
    on: bool,
) -> Result<u64, AppError> {
    if on && !by.account.totp_enabled {
        let mut errors = Errors::new();
        errors.add("require_totp", l.t("admin-totp-self-first"));
        return Err(errors.into_app_error());
    }
    let before = second_factor::required_by_policy(db).await?;
    if before == on {
        return Ok(0);
    }
    repo::set_instance_setting(
        db,
        second_factor::REQUIRE_SETTING,
        if on { "true" } else { "false" },
    )
    .await?;
    let mut ended = 0;
    if on {
        for account in repo::all_accounts(db).await? {
            if !account.totp_enabled && second_factor::required_for(db, &account).await? {
                ended += repo::delete_sessions_of(db, account.id, None).await?;
            }
        }
    }
    repo::audit(
        db,
        Some(by.id()),
        None,
        "security_setting_changed",
        second_factor::REQUIRE_SETTING,
        &format!("value={on} sessions_ended={ended}"),
    )
    .await?;
    Ok(ended)
}

/// Unlocks an account locked after failed sign-ins.
///
/// # Errors
/// [`AppError::NotFound`]; a database error.
pub async fn unlock(
    db: &impl ConnectionTrait,
    by: &Actor,
    account_id: i32,
) -> Result<(), AppError> {
    repo::account_by_id(db, account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    throttle::clear(db, account_id).await?;
    repo::audit(
        db,
        Some(by.id()),
        None,
        "account_unlocked",
        &format!("account:{account_id}"),
        "",
    )
    .await?;
    Ok(())
}

/// Withdraws the administrator flag (never one's own, never the last administrator's).
///
/// # Errors
/// `Conflict` for oneself or the last administrator; [`AppError::NotFound`]; a database error.
pub async fn revoke_admin(
    db: &impl ConnectionTrait,
    by: &Actor,
    account_id: i32,
) -> Result<(), AppError> {
    let account: account::Model = repo::account_by_id(db, account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if account.id == by.id() {
        return Err(AppError::Conflict("self".into()));
    }
    if !account.is_admin {
        return Ok(());
    }
    repo::set_admin(db, account_id, false).await?;
    repo::audit(
        db,
        Some(by.id()),
        None,
        "admin_revoked",
        &format!("account:{account_id}"),
        "",
    )
    .await?;
    revoke_tokens_without_role(db, by, account_id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_made_from_latin_names_and_invented_for_others() {
        assert_eq!(
            slug_from("Council Working Group on Child Online Protection"),
            "council-working-group-on-child-online-protection"
        );
        assert_eq!(slug_from("  CWG–COP 2027! "), "cwg-cop-2027");
        assert!(slug_from("فريق الشباب").starts_with("group-"));
    }

    #[test]
    fn an_invitation_needs_an_address_a_role_and_a_language() {
        let l = Locale::new("en");
        let errors = check_invite(&l, "not an address", "boss", "xx", Some(1)).unwrap_err();
        assert!(errors.has("email") && errors.has("role") && errors.has("locale"));
        let ok = check_invite(&l, " Amal@Example.org ", "member", "ar", Some(1)).unwrap();
        assert_eq!(ok.email, "amal@example.org");
        assert_eq!(ok.offer, Offer::Group(1, Role::Member));
    }
}
