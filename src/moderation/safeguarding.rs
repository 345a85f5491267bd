//! Safeguarding: what a young person who may have written about being harmed sees at once
//! (a calm message in their language and the helpline for their country, see [`notice`]),
//! and how the group's safeguarding lead learns that a flagged answer awaits review (an
//! e-mail with no answer text and nothing identifying, see [`alert`]).
//!
//! Alerts are held back for [`ALERT_GAP`] after one was sent for the same consultation, so a
//! flood of submissions cannot flood the lead's inbox; the background task sends what was
//! held back. The last alert of each consultation is kept in `instance_setting`, so several
//! instances share it.
use actix_web::web;
use anyhow::Context;
use chrono::{Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Set,
    TryInsertResult,
    sea_query::{Expr, ExprTrait},
};
use serde::Serialize;
use utoipa::ToSchema;

use super::Flag;
use crate::{
    accounts::repo as accounts_repo,
    consultations::{Consultation, Definition, repo as consultations_repo},
    entities::{account, answer, instance_setting, work_group},
    i18n::{self, Arg, Locale},
    state::AppState,
};

/// What the thank-you page shows when an answer may disclose harm, already in the young
/// person's language. Rendered by `frontend/templates/moderation/safeguarding_notice.html`
/// (which expects it in a variable named `notice`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct SafeguardingNotice {
    /// The language of the texts below (an interface language).
    pub lang: String,
    /// `rtl` or `ltr`.
    pub dir: String,
    pub heading: String,
    pub message: String,
    /// Introduces the helplines ("You can talk to someone now, for free:").
    pub helplines_intro: String,
    /// The helpline for the young person's country first, then the consultation's default.
    pub helplines: Vec<HelplineLine>,
    pub danger: String,
    /// Says plainly what happens next (an adult reads it; nobody knows who wrote it).
    pub what_next: String,
    pub more_help_label: String,
    /// The site's help page in the same language.
    pub more_help_href: String,
}

/// A child helpline as shown to the young person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct HelplineLine {
    pub name: String,
    pub phone: String,
    /// The phone number for a `tel:` link (digits and `+` only).
    pub tel: String,
    /// Only `http(s)` addresses; empty otherwise.
    pub url: String,
    /// Labels for the phone and the website, in the notice's language.
    pub phone_label: String,
    pub url_label: String,
}

/// The safeguarding notice for a young person who answered in `lang` from `country` (ISO
/// 3166 code, when they gave one): the consultation's helpline for that country, then its
/// default (`*`) one; with none, the site's help page (`/help`) lists where to find one.
pub fn notice(definition: &Definition, country: Option<&str>, lang: &str) -> SafeguardingNotice {
    let l = Locale::new(lang.split(['-', '_']).next().unwrap_or("en"));
    let lines = &definition.settings.helplines;
    let country = country.map(str::to_uppercase);
    let helplines = country
        .as_deref()
        .filter(|c| *c != "*")
        .and_then(|c| lines.get(c))
        .into_iter()
        .chain(lines.get("*"))
        .filter(|h| !h.name.trim().is_empty())
        .map(|h| HelplineLine {
            name: h.name.clone(),
            tel: h
                .phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect(),
            phone: h.phone.clone(),
            url: Some(h.url.trim())
                .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                .unwrap_or_default()
                .to_owned(),
            phone_label: l.t("sg-notice-phone"),
            url_label: l.t("sg-notice-website"),
        })
        .fold(Vec::<HelplineLine>::new(), |mut acc, line| {
            if !acc.contains(&line) {
                acc.push(line);
            }
            acc
        });
    SafeguardingNotice {
        lang: l.code().to_owned(),
        dir: l.dir().to_owned(),
        heading: l.t("sg-notice-heading"),
        message: l.t("sg-notice-message"),
        helplines_intro: if helplines.is_empty() {
            l.t("sg-notice-no-helpline")
        } else {
            l.t("sg-notice-helplines")
        },
        helplines,
        danger: l.t("sg-notice-danger"),
        what_next: l.t("sg-notice-what-next"),
        more_help_label: l.t("sg-notice-more-help"),
        more_help_href: format!("/help?lang={}", l.code()),
    }
}

/// Whether any of a response's free-text answers may disclose harm (as assessed with
/// [`super::assess`]): the thank-you page then shows [`notice`].
pub fn any_disclosure<'a>(assessments: impl IntoIterator<Item = &'a super::Assessment>) -> bool {
    assessments.into_iter().any(super::Assessment::discloses)
}

/// How long after an alert about a consultation the next one waits.
pub const ALERT_GAP: Duration = Duration::minutes(15);

fn alert_key(consultation_id: i32) -> String {
    format!("safeguarding_alert:{consultation_id}")
}

/// The newest answer of the consultation flagged as a possible disclosure that nobody has
/// reviewed yet.
async fn newest_awaiting(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<i32>, DbErr> {
    let newest: Option<Option<i32>> = answer::Entity::find()
        .select_only()
        .expr(Expr::col(answer::Column::Id).max())
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::Flags.like(format!("%{}%", Flag::Disclosure.as_str())))
        .filter(answer::Column::SafeguardingStatus.is_null())
        .into_tuple()
        .one(db)
        .await?;
    Ok(newest.flatten())
}

/// Decides whether an alert about this consultation goes out now, and if so records it
/// (atomically, so that of several instances only one sends it). `Some(awaiting)` with the
/// number of possible disclosures awaiting review when this caller must send the alert.
///
/// # Errors
/// A database error.
pub async fn claim_alert(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<u64>, DbErr> {
    let Some(newest) = newest_awaiting(db, consultation_id).await? else {
        return Ok(None);
    };
    let now = Utc::now();
    let key = alert_key(consultation_id);
    let last = instance_setting::Entity::find_by_id(key.clone())
        .one(db)
        .await?;
    let claimed = match last {
        None => {
            let inserted = instance_setting::Entity::insert(instance_setting::ActiveModel {
                key: Set(key),
                value: Set(newest.to_string()),
                updated_at: Set(now),
            })
            .on_conflict_do_nothing()
            .exec_without_returning(db)
            .await?;
            matches!(inserted, TryInsertResult::Inserted(1))
        }
        Some(row) => {
            let alerted_up_to: i32 = row.value.parse().unwrap_or(0);
            if newest <= alerted_up_to || row.updated_at > now - ALERT_GAP {
                return Ok(None);
            }
            instance_setting::Entity::update_many()
                .col_expr(
                    instance_setting::Column::Value,
                    Expr::value(newest.to_string()),
                )
                .col_expr(instance_setting::Column::UpdatedAt, Expr::value(now))
                .filter(instance_setting::Column::Key.eq(key))
                .filter(instance_setting::Column::Value.eq(row.value))
                .exec(db)
                .await?
                .rows_affected
                == 1
        }
    };
    if !claimed {
        return Ok(None);
    }
    Ok(Some(
        super::repo::safeguarding_open_count(db, consultation_id).await?,
    ))
}

/// Makes the next alert about this consultation cover answers already alerted about (a
/// facilitator referred one to the lead again).
///
/// # Errors
/// A database error.
pub async fn rearm_alert(db: &impl ConnectionTrait, consultation_id: i32) -> Result<(), DbErr> {
    instance_setting::Entity::update_many()
        .col_expr(instance_setting::Column::Value, Expr::value("0"))
        .filter(instance_setting::Column::Key.eq(alert_key(consultation_id)))
        .exec(db)
        .await?;
    Ok(())
}

/// Lets the next alert about this consultation go out at once, covering every possible
/// disclosure still open (a lead was just named: they hear of what is waiting now).
///
/// # Errors
/// A database error.
pub async fn forget_last_alert(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<(), DbErr> {
    instance_setting::Entity::delete_by_id(alert_key(consultation_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Who is told about possible disclosures of a group: its lead; without one, its
/// facilitators (who then see and record them) and the administrators (who can name a
/// lead), each once. `true` with the list when the group has no lead.
///
/// # Errors
/// A database error.
pub async fn recipients(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<(Vec<account::Model>, bool), DbErr> {
    let leads = super::repo::leads(db, group_id).await?;
    if !leads.is_empty() {
        return Ok((leads, false));
    }
    let mut everyone = super::repo::administrators(db).await?;
    for facilitator in super::repo::facilitators(db, group_id).await? {
        if !everyone.iter().any(|a| a.id == facilitator.id) {
            everyone.push(facilitator);
        }
    }
    Ok((everyone, true))
}

/// The consultation's title for an adult reading in `lang`.
pub fn title_for(c: &Consultation, lang: &str) -> String {
    c.definition.title(lang).to_owned()
}

/// Whether `lang` is an interface language the e-mail can be written in.
pub fn mail_language(lang: &str) -> String {
    if i18n::is_available(lang) {
        lang.to_owned()
    } else {
        "en".to_owned()
    }
}

crate::mail::email! {
    /// The e-mail telling a safeguarding lead (or, without one, an administrator) that possible
    /// disclosures await review. It names the consultation and how many answers wait; it never
    /// holds what a young person wrote, nor anything about them.
    SafeguardingAlertEmail = "safeguarding_alert",
        "emails/safeguarding_alert/subject.txt", "emails/safeguarding_alert/body.txt", "emails/safeguarding_alert/body.html" {
        /// The consultation's title in the recipient's language.
        consultation: String,
        group: String,
        /// Possible disclosures not yet closed by the lead.
        awaiting: u64,
        /// The moderation queue, possible disclosures first.
        link: String,
        /// The group has no safeguarding lead: this goes to an administrator.
        no_lead: bool,
    }
}

impl SafeguardingAlertEmail {
    fn intro(&self) -> String {
        self.l.t_args(
            "sg-mail-intro",
            &[
                ("count", Arg::Num(self.awaiting as f64)),
                ("title", Arg::Str(&self.consultation)),
            ],
        )
    }

    fn no_lead_text(&self) -> String {
        self.l
            .t_args("sg-mail-no-lead", &[("group", Arg::Str(&self.group))])
    }

    fn footer(&self) -> String {
        self.l
            .t_args("email-footer", &[("site", Arg::Str(&self.site))])
    }
}

/// Tells the group's safeguarding lead(s) that possible disclosures in this consultation
/// await review, unless an alert went out less than [`ALERT_GAP`] ago (the background task
/// sends it later). Without a lead, the group's facilitators and the administrators are
/// told, and told that the group has none (see [`recipients`]). When no e-mail could be sent, the alert is re-armed for the background task.
///
/// # Errors
/// A database error. A refused e-mail is logged, not returned: the queue shows the flag.
pub async fn alert(state: &AppState, c: &Consultation) -> anyhow::Result<()> {
    let Some(awaiting) = claim_alert(&state.db, c.id()).await? else {
        return Ok(());
    };
    let (recipients, no_lead) = recipients(&state.db, c.group_id()).await?;
    let sent = deliver(state, c, &recipients, awaiting, no_lead).await?;
    if sent == 0 {
        rearm_alert(&state.db, c.id()).await?;
    }
    accounts_repo::audit_within_the_hour(
        &state.db,
        None,
        Some(c.group_id()),
        "safeguarding_alert",
        &format!("consultation:{}", c.slug()),
        &format!(
            "recipients={} sent={sent} awaiting={awaiting} no_lead={no_lead}",
            recipients.len()
        ),
    )
    .await?;
    tracing::info!(
        consultation = c.id(),
        recipients = recipients.len(),
        sent,
        awaiting,
        no_lead,
        "safeguarding alert"
    );
    Ok(())
}

/// [`alert`] for the submission path, after the response is committed. It runs in the
/// background (the young person's page never waits for a mail server); a failure is logged,
/// and the background task tries again.
pub fn alert_after_submission(state: &web::Data<AppState>, c: &Consultation) {
    let state = state.clone();
    let c = c.clone();
    tokio::spawn(async move {
        if let Err(err) = alert(&state, &c).await {
            tracing::error!(
                consultation = c.id(),
                error = format!("{err:#}"),
                "safeguarding alert failed"
            );
        }
    });
}

/// Sends the alerts that were held back: every consultation with possible disclosures
/// nobody has been told about yet. Run by the server's background task.
///
/// # Errors
/// A database error.
pub async fn send_held_alerts(state: &AppState) -> anyhow::Result<()> {
    let ids: Vec<i32> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ConsultationId)
        .distinct()
        .filter(answer::Column::Flags.like(format!("%{}%", Flag::Disclosure.as_str())))
        .filter(answer::Column::SafeguardingStatus.is_null())
        .into_tuple()
        .all(&state.db)
        .await
        .context("Failed to list consultations with possible disclosures")?;
    for id in ids {
        if let Some(c) = consultations_repo::find_by_id(&state.db, id).await? {
            alert(state, &c).await?;
        }
    }
    Ok(())
}

/// One consultation in the e-mail about possible disclosures the purge kept.
#[derive(Clone, Debug)]
pub struct HeldLine {
    /// The consultation's title in the recipient's language.
    pub consultation: String,
    /// "2 possible disclosures wait for an outcome"
    pub waiting: String,
    /// Its moderation queue, possible disclosures only.
    pub link: String,
}

crate::mail::email! {
    /// The e-mail telling a lead (without one, a facilitator) and the administrators that the
    /// retention purge kept possible disclosures nobody has recorded an outcome for. Counts and
    /// links only: never what a young person wrote.
    HeldEmail = "safeguarding_held",
        "emails/safeguarding_held/subject.txt", "emails/safeguarding_held/body.txt", "emails/safeguarding_held/body.html" {
        lines: Vec<HeldLine>,
    }
}

impl HeldEmail {
    fn footer(&self) -> String {
        self.l
            .t_args("email-footer", &[("site", Arg::Str(&self.site))])
    }
}

/// After a purge run: tells each lead (without one, the group's facilitators) and every
/// administrator which consultations keep possible disclosures awaiting an outcome, in one
/// e-mail per person per run. Returns how many e-mails went out.
///
/// # Errors
/// A database error. A refused e-mail is logged, not returned.
pub async fn tell_about_held(
    db: &sea_orm::DatabaseConnection,
    mailer: &crate::mail::Mailer,
    base_url: &str,
    report: &super::retention::PurgeReport,
) -> anyhow::Result<usize> {
    let mut people: Vec<(account::Model, Vec<(Consultation, u64)>)> = Vec::new();
    for p in report
        .consultations
        .iter()
        .filter(|p| p.safeguarding_open > 0)
    {
        let Some(c) = consultations_repo::find_by_id(db, p.consultation_id).await? else {
            continue;
        };
        let (mut to, _) = recipients(db, p.group_id).await?;
        for admin in super::repo::administrators(db).await? {
            if !to.iter().any(|a| a.id == admin.id) {
                to.push(admin);
            }
        }
        for account in to {
            match people.iter_mut().find(|(a, _)| a.id == account.id) {
                Some((_, list)) => list.push((c.clone(), p.safeguarding_open)),
                None => people.push((account, vec![(c.clone(), p.safeguarding_open)])),
            }
        }
    }
    let mut sent = 0;
    for (account, list) in people {
        let l = Locale::new(&mail_language(&account.locale));
        let email = HeldEmail {
            lines: list
                .iter()
                .map(|(c, n)| HeldLine {
                    consultation: title_for(c, l.code()),
                    waiting: l.t_count("sg-held-waiting", i64::try_from(*n).unwrap_or(0)),
                    link: format!(
                        "{base_url}/manage/c/{}/moderation?flag=disclosure&status=all",
                        c.slug()
                    ),
                })
                .collect(),
            site: base_url.to_owned(),
            l,
        };
        if mailer.send(&account.email, &email).await.is_ok() {
            sent += 1;
        }
    }
    tracing::info!(sent, "told about possible disclosures kept by the purge");
    Ok(sent)
}

/// Sends the alert to each recipient in their language; returns how many e-mails went out.
async fn deliver(
    state: &AppState,
    c: &Consultation,
    recipients: &[account::Model],
    awaiting: u64,
    no_lead: bool,
) -> anyhow::Result<usize> {
    let group = work_group::Entity::find_by_id(c.group_id())
        .one(&state.db)
        .await
        .context("Failed to load the consultation's group")?
        .map(|g| g.name)
        .unwrap_or_default();
    let link = format!(
        "{}/manage/c/{}/moderation?flag=disclosure&status=all",
        state.base_url,
        c.slug()
    );
    let mut sent = 0;
    for account in recipients {
        let l = Locale::new(&mail_language(&account.locale));
        let email = SafeguardingAlertEmail {
            consultation: title_for(c, l.code()),
            site: state.base_url.clone(),
            group: group.clone(),
            awaiting,
            link: link.clone(),
            no_lead,
            l,
        };
        if state.mailer.send(&account.email, &email).await.is_ok() {
            sent += 1;
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::consultations::definition::Helpline;
    use crate::mail::Email;

    fn definition(lines: &[(&str, &str, &str, &str)]) -> Definition {
        let mut d = Definition::default();
        d.settings.helplines = lines
            .iter()
            .map(|(code, name, phone, url)| {
                (
                    (*code).to_owned(),
                    Helpline {
                        name: (*name).to_owned(),
                        phone: (*phone).to_owned(),
                        url: (*url).to_owned(),
                    },
                )
            })
            .collect::<BTreeMap<_, _>>();
        d
    }

    #[test]
    fn the_country_helpline_comes_first_then_the_default() {
        let d = definition(&[
            ("FR", "3020", "30 20", "https://www.e-enfance.org"),
            (
                "*",
                "Child Helpline International",
                "",
                "https://childhelplineinternational.org",
            ),
        ]);
        let n = notice(&d, Some("fr"), "fr");
        assert_eq!(n.lang, "fr");
        let names: Vec<_> = n.helplines.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["3020", "Child Helpline International"]);
        assert_eq!(n.helplines[0].tel, "3020");
        let elsewhere = notice(&d, Some("BR"), "fr");
        assert_eq!(elsewhere.helplines.len(), 1);
        assert_eq!(notice(&d, None, "fr").helplines.len(), 1);
    }

    #[test]
    fn without_helplines_the_notice_points_to_the_help_page_in_the_same_language() {
        let n = notice(&Definition::default(), Some("FR"), "ar");
        assert!(n.helplines.is_empty());
        assert_eq!(n.dir, "rtl");
        assert_eq!(n.more_help_href, "/help?lang=ar");
        assert_ne!(
            n.heading,
            notice(&Definition::default(), None, "en").heading
        );
    }

    #[test]
    fn only_web_addresses_are_linked() {
        let d = definition(&[("*", "Line", "+1 (800) 555", "javascript:alert(1)")]);
        let n = notice(&d, None, "en");
        assert_eq!(n.helplines[0].url, "");
        assert_eq!(n.helplines[0].tel, "+1800555");
    }

    #[test]
    fn the_alert_e_mail_renders_in_every_language_without_any_answer() {
        for code in crate::i18n::available() {
            let email = SafeguardingAlertEmail {
                l: Locale::new(code),
                site: "https://consulta.example".into(),
                consultation: "Safe <b>online</b>".into(),
                group: "Youth Panel".into(),
                awaiting: 3,
                link: "https://consulta.example/manage/c/x/moderation?flag=disclosure".into(),
                no_lead: true,
            };
            let r = email.render().unwrap_or_else(|e| panic!("{code}: {e}"));
            assert!(!r.subject.is_empty() && !r.subject.contains('\n'), "{code}");
            for body in [&r.text, &r.html] {
                assert!(
                    body.contains("/manage/c/x/moderation?flag=disclosure")
                        || body.contains(
                            "/manage/c/x/moderation?flag=disclosure"
                                .replace('&', "&#38;")
                                .as_str()
                        ),
                    "{code}"
                );
                assert!(
                    body.contains("Youth Panel"),
                    "{code}: no lead, says which group"
                );
                assert!(!body.contains("Unknown localization"), "{code}");
            }
            assert!(
                !r.html.contains("<b>online</b>"),
                "{code}: the title is escaped"
            );
            assert!(r.html.contains(&format!("lang=\"{code}\"")), "{code}");
        }
    }

    #[test]
    fn the_e_mail_about_kept_disclosures_renders_in_every_language_with_links_only() {
        for code in crate::i18n::available() {
            let l = Locale::new(code);
            let email = HeldEmail {
                lines: vec![HeldLine {
                    consultation: "Safe <b>online</b>".into(),
                    waiting: l.t_count("sg-held-waiting", 7),
                    link: "https://consulta.example/manage/c/x/moderation".into(),
                }],
                site: "https://consulta.example".into(),
                l,
            };
            let r = email.render().unwrap_or_else(|e| panic!("{code}: {e}"));
            assert!(!r.subject.is_empty() && !r.subject.contains('\n'), "{code}");
            for body in [&r.text, &r.html] {
                assert!(body.contains("/manage/c/x/moderation"), "{code}");
                assert!(body.contains('7'), "{code}: the count");
                assert!(!body.contains("Unknown localization"), "{code}");
            }
            assert!(!r.html.contains("<b>online</b>"), "{code}: escaped");
        }
    }

    #[test]
    fn a_language_that_is_not_an_interface_language_falls_back_to_english() {
        assert_eq!(notice(&Definition::default(), None, "de").lang, "en");
        assert_eq!(notice(&Definition::default(), None, "zh-Hans").lang, "zh");
    }
}
