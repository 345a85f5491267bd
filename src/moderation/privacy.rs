//! Data protection texts: the privacy notice of a consultation, generated from its settings in
//! plain words for young people (served at `/c/{slug}/privacy` in every enabled language),
//! and the operator's record of processing (`consulta privacy-report`) for the
//! data-protection officer.
use std::fmt::Write as _;

use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, Statement,
};
use sha2::{Digest, Sha256};

use super::{pattern_files, retention};
use crate::{
    consultations::{Consultation, Status, repo as consultations_repo},
    entities::{answer, consultation, quote, response},
    i18n::{Arg, Locale},
};

/// One part of the privacy notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeSection {
    pub id: &'static str,
    pub heading: String,
    pub items: Vec<String>,
}

/// The privacy notice of a consultation in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrivacyNotice {
    pub title: String,
    pub intro: String,
    pub sections: Vec<NoticeSection>,
}

/// The privacy notice of `c` (run by the group `group_name`) in `l`'s language at `now`: what
/// is collected and what is not, who sees what, safeguarding, how long answers are kept and
/// how to withdraw them. Every sentence follows from the consultation's settings.
pub fn notice(c: &Consultation, group_name: &str, l: &Locale, now: DateTime<Utc>) -> PrivacyNotice {
    let s = &c.definition.settings;
    let title = c.definition.title(l.code()).to_owned();
    let group = group_name.to_owned();
    let t = |key: &str| l.t(key);
    let ta = |key: &str, args: &[(&str, Arg<'_>)]| l.t_args(key, args);

    let mut collected = vec![t("pn-collect-answers")];
    if !s.age_bands.is_empty() {
        collected.push(t("pn-collect-age"));
    }
    if s.ask_country {
        collected.push(t("pn-collect-country"));
    }
    if s.ask_gender {
        collected.push(t("pn-collect-gender"));
    }
    collected.push(t("pn-collect-language"));
    collected.push(t("pn-collect-time"));
    if s.consent_age > s.min_age {
        collected.push(ta(
            "pn-collect-guardian",
            &[("age", Arg::Num(f64::from(s.consent_age)))],
        ));
    }
    if s.access_code.is_some() {
        collected.push(t("pn-collect-access-code"));
    }

    let never = vec![
        t("pn-never-identity"),
        t("pn-never-scrub"),
        t("pn-never-tracking"),
        t("pn-never-sms"),
    ];

    let who = vec![
        ta("pn-who-facilitators", &[("group", Arg::Str(&group))]),
        ta(
            "pn-who-members",
            &[("threshold", Arg::Num(f64::from(c.definition.threshold())))],
        ),
        t("pn-who-public"),
        t("pn-who-quotes"),
    ];

    let safety = vec![
        t("pn-safety-help"),
        t("pn-safety-lead"),
        t("pn-safety-anonymous"),
    ];

    let days = retention::retention_days(s);
    let date = |d: DateTime<Utc>| d.format("%Y-%m-%d").to_string();
    let mut kept = match (c.status, c.row.closed_at, retention::deletion_date(c)) {
        (_, Some(closed), Some(due)) if due <= now => vec![ta(
            "pn-kept-deleted",
            &[
                ("closed", Arg::Str(&date(closed))),
                ("date", Arg::Str(&date(due))),
            ],
        )],
        (_, Some(closed), Some(due)) => vec![ta(
            "pn-kept-until",
            &[
                ("closed", Arg::Str(&date(closed))),
                ("date", Arg::Str(&date(due))),
            ],
        )],
        _ => vec![ta("pn-kept-days", &[("days", Arg::Num(f64::from(days)))])],
    };
    kept.push(t("pn-kept-stays"));

    let withdraw = vec![t("pn-withdraw-receipt"), t("pn-withdraw-lost")];
    let questions = vec![ta("pn-questions", &[("group", Arg::Str(&group))])];

    let section = |id: &'static str, key: &str, items: Vec<String>| NoticeSection {
        id,
        heading: t(key),
        items,
    };
    PrivacyNotice {
        title: ta("pn-title", &[("title", Arg::Str(&title))]),
        intro: ta(
            "pn-intro",
            &[("title", Arg::Str(&title)), ("group", Arg::Str(&group))],
        ),
        sections: vec![
            section("collected", "pn-collect-heading", collected),
            section("never", "pn-never-heading", never),
            section("who", "pn-who-heading", who),
            section("safety", "pn-safety-heading", safety),
            section("kept", "pn-kept-heading", kept),
            section("withdraw", "pn-withdraw-heading", withdraw),
            section("questions", "pn-questions-heading", questions),
        ],
    }
}

/// Whether the public may read a consultation's privacy notice: once it has opened.
pub fn is_public(status: Status) -> bool {
    status != Status::Draft
}

/// Where each kind of data lives, why, how long, and who sees it.
const STORES: &[(&str, &str, &str, &str)] = &[
    (
        "response",
        "One row per young person's submission: language, age band, country, gender (each optional, \
         as chosen from lists), phase (before/during the meeting), time rounded down to the hour, \
         the client's submission id, a hash of the content (to recognise retries) and a hash of the \
         receipt code (to withdraw). No name, e-mail, phone, IP address or fingerprint.",
        "Deleted with the answers `retention_days` after the consultation closes (default 90, at most \
         365); deleted at once when the young person withdraws with the receipt code. A possible \
         disclosure nobody has recorded an outcome for is kept past that date, its answer's text \
         and flags only (the response row stripped to its language), until the first purge after \
         the outcome is recorded.",
        "Facilitators of the group (anonymised raw answers); never members or the public.",
    ),
    (
        "withdrawn_submission",
        "One row per withdrawn submission: the consultation and a keyed hash (HMAC with the \
         instance secret) of its submission id, so that a retry of the same submission is \
         refused instead of storing the answers again. No answer, no time, no receipt code.",
        "Deleted with the consultation's raw answers at the end of the retention period.",
        "Nobody; used only to refuse a withdrawn submission sent again.",
    ),
    (
        "receipt_pass",
        "One row per receipt whose answers were deleted at the end of the retention period: \
         the consultation and a keyed hash (HMAC with the instance secret) of the stored receipt \
         hash, so the receipt still opens \"what we did with your views\". No answer, no time, \
         no receipt code.",
        "Kept with the consultation.",
        "Nobody; used only to find the consultation of a receipt typed at /feedback.",
    ),
    (
        "import_report",
        "One row per consultation made by importing a form (XLSForm, LimeSurvey): the report of \
         what was imported, changed or left out (row numbers, question names, reasons). No \
         answer and nothing about young people.",
        "Until a facilitator dismisses it in the editor, or the consultation is deleted.",
        "Facilitators of the group, in the editor.",
    ),
    (
        "meeting_document, document_file",
        "The documents of a group's meetings (contributions, reports, summaries) uploaded by \
         adults of the group: title, type, author organisation, date, state (draft, published, \
         withdrawn with its reason), and each language's file (name, type checked by content, \
         size, SHA-256, bytes). Nothing about young people; who uploaded, published or withdrew \
         a document is in the audit log.",
        "Kept with the meeting (the group's public record); a withdrawn document keeps its \
         reason and is no longer served.",
        "The group's members and facilitators; the public once a facilitator publishes it.",
    ),
    (
        "report_draft, consultation_finding",
        "A group's yearly or final report as its facilitators write it: the introduction and \
         conclusions per language and period, when it was published; and each consultation's \
         key findings and \"what we did with your views\" per language. Written by adults; \
         nothing about any young person (the report's figures are computed, suppressed, when \
         it is read).",
        "Kept with the group's public record once published; a draft until then.",
        "The group's facilitators; the public once published.",
    ),
    (
        "answer",
        "One row per answer: option codes, numbers, and free text after automatic scrubbing of \
         e-mail addresses, phone numbers, links, handles and street addresses; moderation status \
         (pending, approved, unpublished, hidden), automatic flags, safeguarding review status.",
        "As `response`.",
        "Facilitators of the group, in the moderation queue; free text is shown to no one else \
         before a facilitator chooses it as a quote.",
    ),
    (
        "quote",
        "Approved quotes: question key, language, age band and the (possibly redacted) text. \
         Nothing else about the young person.",
        "Kept with the consultation after raw answers are deleted; deleted when the young person \
         withdraws before the raw answers are deleted, or when the consultation is deleted.",
        "Facilitators; members and the public in summaries and published results.",
    ),
    (
        "safeguarding_action",
        "What the safeguarding lead recorded about a possible disclosure: a status, the lead's \
         note, who and when. No answer text (the form asks the lead not to copy it).",
        "Kept with the consultation (the link to the answer is removed when the answer is \
         deleted), as a record that the concern was handled.",
        "The group's safeguarding lead (while the group has none, its facilitators and the \
         administrators, who then record); other facilitators see the status only.",
    ),
    (
        "aggregate_counter",
        "Counts of responses and answers per question, option, position and number, overall and \
         per age band, country, gender, language and phase. No text, no link to a response.",
        "Kept after raw answers are deleted (deleting raw answers never decrements them; a \
         withdrawal does), with the consultation.",
        "Facilitators in full; members and the public with groups smaller than the \
         consultation's threshold (never below 5) suppressed.",
    ),
    (
        "published_snapshot",
        "The public results frozen when a consultation is published, per language: suppressed \
         counts, key terms used by at least the threshold, quotes a facilitator chose (text, language).",
        "Kept, also once the consultation is archived: published results have permanent links. \
         Deleted only when an administrator withdraws the publication.",
        "Everyone (public pages and open data).",
    ),
    (
        "publication_withdrawal",
        "Publications an administrator withdrew: the consultation, the reason shown to the \
         public in place of the results, who and when. Nothing about young people.",
        "Kept with the consultation.",
        "Everyone (the reason, on the results page); administrators (who).",
    ),
    (
        "live_session, live_question",
        "A live meeting session: its join code, which question is open or revealed, and a \
         state version for the projector. Nothing about participants.",
        "Kept with the consultation.",
        "Facilitators of the group (control page); the projector shows only aggregate results.",
    ),
    (
        "live_answer",
        "Which live question a phone's random session id answered (no IP, no device data), \
         linking to the stored response so a replay is recognised.",
        "Deleted with the raw answers at the end of the retention period.",
        "Nobody directly; used only to refuse double answers.",
    ),
    (
        "audit_log",
        "Sensitive actions of adults: who (account id), when, what (e.g. moderation_decision, \
         safeguarding_action, retention_purge), on which id, short details. Never answer text, \
         never a safeguarding note.",
        "Kept; no automatic deletion.",
        "Administrators.",
    ),
    (
        "account, membership, session, api_token",
        "Adults only: e-mail address, display name, argon2id password hash, optional TOTP secret, \
         roles per group (facilitator, member, safeguarding lead), sessions (hashed id, coarse \
         device description, times; no IP address), API tokens (hashed).",
        "Accounts until an administrator removes them; sessions until they expire or end.",
        "Administrators; each adult sees their own.",
    ),
    (
        "invitation, password_reset, recovery_code",
        "Adults only: invitations by e-mail (the invitee's e-mail address, group, role, \
         language, who invited, times; only a hash of the link's token), password reset links \
         (account, times; only a hash of the token), second-factor recovery codes (hashed).",
        "Invitations are kept as a record after they expire (7 days) or are used; reset links \
         expire after 30 minutes (an unused one is replaced by the next request, a used one is \
         kept as a record); recovery codes until replaced.",
        "Administrators (invitations); nobody can read a token or a code back.",
    ),
    (
        "consultation, consultation_transition, meeting, work_group",
        "What the group asks and when: texts in every language, settings (retention, threshold, \
         helplines), lifecycle transitions with the adult who made them (none for a move \
         made by the consultation's calendar, marked \"by schedule\").",
        "Kept until deleted by the group.",
        "Facilitators; the public sees the definition once the consultation opens.",
    ),
    (
        "instance_setting",
        "Instance secrets (receipt and form signing keys), the bookkeeping of safeguarding \
         alerts (the last alerted answer id per consultation), the date each consultation's \
         raw answers were purged (its counters are then never recomputed) and the date its \
         facilitators were told, 7 days before, that they would be.",
        "Kept.",
        "Operators with database access only.",
    ),
    (
        "sms_channel, sms_conversation",
        "Text messages (SMS), per consultation that turned them on: the keyword, the gateway's \
         send URL and its tokens and the key of the senders' hashes (sealed with the key kept \
         outside the database). Per conversation in progress: an HMAC of the sender's number under \
         that key (never the number), where the conversation is, the answers so far and keyed \
         hashes of the gateway's last message ids (to process a retried message once). Numbers \
         and message texts are never logged.",
        "A conversation is deleted when its answers are stored as a response, at STOP, when the \
         consultation closes (at the sender's next message) or after 24 hours without a message; \
         the channel row until text messages are turned off or the consultation is deleted.",
        "Nobody through the application (facilitators see only how many conversations are in \
         progress); operators with database access. The SMS gateway (Twilio, RapidPro) and the \
         mobile operator see the messages, as with any text message.",
    ),
];

/// The operator's record of processing: what is stored where, retention, who can see what,
/// each consultation's retention and the pattern files of the automatic flags. Also lists
/// database tables this record does not describe.
///
/// # Errors
/// A database error.
pub async fn report(db: &impl ConnectionTrait, now: DateTime<Utc>) -> anyhow::Result<String> {
    let mut out = String::new();
    let backend = match db.get_database_backend() {
        DbBackend::Postgres => "PostgreSQL",
        DbBackend::Sqlite => "SQLite",
        _ => "other",
    };
    let _ = writeln!(out, "# Consulta: record of processing");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Generated {} for the data-protection officer. Database: {backend}.",
        now.format("%Y-%m-%d %H:%M UTC")
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "## Purpose and people");
    let _ = writeln!(
        out,
        "Consulting young people (about 9 to 24) on behalf of working groups, and reporting their \
         views in aggregate. Young people have no account and are not identified: they answer \
         anonymously, giving optional bands (age band, country, gender) chosen from lists. Adults \
         (facilitators, group members, administrators) have accounts."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "## What is never stored");
    let _ = writeln!(
        out,
        "- IP addresses, browser fingerprints, precise location (rate limits key on a hash held in memory only).\n\
         - Names, e-mail addresses or phone numbers of young people; free text is scrubbed before it is stored.\n\
         - Advertising or tracking cookies; third-party requests from any page.\n\
         - Personal data in logs: logs hold ids, kinds and counts, and e-mail domains only."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "## Where data is stored, how long, who sees it");
    for (table, what, how_long, who) in STORES {
        let _ = writeln!(out, "### {table}");
        let _ = writeln!(out, "- What: {what}");
        let _ = writeln!(out, "- Retention: {how_long}");
        let _ = writeln!(out, "- Who sees it: {who}");
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "### E-mail");
    let _ = writeln!(
        out,
        "- Only to adults: invitations, password resets, account notices, and safeguarding alerts to a group's \
         safeguarding lead (or, when the group has none, its facilitators and the administrators). A safeguarding alert names the \
         consultation and how many answers await review; it holds no answer text and nothing about the young person."
    );
    let _ = writeln!(out);

    let _ = writeln!(out, "## Roles");
    let _ = writeln!(
        out,
        "- Facilitator (per group): authors and runs consultations, moderates free text, downloads anonymised raw answers.\n\
         - Safeguarding lead (a facilitator of the group): alerted about possible disclosures, sees them first, records what was done \
         (while a group has none, its facilitators and the administrators do).\n\
         - Member (per group): reads summaries with small groups suppressed; never raw answers.\n\
         - Administrator: manages accounts and groups, reads the audit log.\n\
         - Public: published results only."
    );
    let _ = writeln!(out);

    let _ = writeln!(out, "## Retention by consultation");
    let _ = writeln!(
        out,
        "Raw answers are deleted by the server's daily task and by `consulta purge`. Deleted means \
         not recoverable from the database files: on SQLite deleted rows are overwritten with \
         zeros (`secure_delete`) and the write-ahead log is emptied after each purge; on \
         PostgreSQL deleted rows stay in the table files until `VACUUM` reclaims their space \
         (autovacuum does so soon after a purge; run `VACUUM response, answer` to do it at once)."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| consultation | status | closed | retention (days) | raw answers deleted on | responses stored | answers stored | quotes kept |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let rows = consultation::Entity::find()
        .all(db)
        .await
        .context("Failed to list consultations")?;
    for row in rows {
        let c: Consultation = consultations_repo::parse(row)?;
        let id = c.id();
        let responses = response::Entity::find()
            .filter(response::Column::ConsultationId.eq(id))
            .count(db)
            .await
            .context("Failed to count responses")?;
        let answers = answer::Entity::find()
            .filter(answer::Column::ConsultationId.eq(id))
            .count(db)
            .await
            .context("Failed to count answers")?;
        let quotes = quote::Entity::find()
            .filter(quote::Column::ConsultationId.eq(id))
            .count(db)
            .await
            .context("Failed to count quotes")?;
        let date = |d: Option<DateTime<Utc>>| {
            d.map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string())
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {responses} | {answers} | {quotes} |",
            c.slug(),
            c.status.as_str(),
            date(c.row.closed_at),
            retention::retention_days(&c.definition.settings),
            date(retention::deletion_date(&c)),
        );
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "## Automatic flags");
    let _ = writeln!(
        out,
        "Free text is flagged for a person to review (personal details, profanity, spam, possible disclosure of harm) \
         with these pattern files, compiled into this binary. A flag never hides, changes or deletes an answer."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| file | patterns | sha256 |");
    let _ = writeln!(out, "|---|---|---|");
    for (path, contents) in pattern_files() {
        let patterns = contents
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .count();
        let digest = hex::encode(Sha256::digest(contents.as_bytes()));
        let _ = writeln!(out, "| {path} | {patterns} | {digest} |");
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "## Rights of young people");
    let _ = writeln!(
        out,
        "- Information: every consultation has a privacy notice in plain words in each of its languages at `/c/<slug>/privacy`.\n\
         - Withdrawal: with the receipt code shown after answering, at `/withdraw`, until the raw answers are deleted.\n\
         - Access and erasure otherwise cannot be matched to a person: Consulta holds nothing that identifies them."
    );
    let _ = writeln!(out);

    let described: Vec<&str> = STORES
        .iter()
        .flat_map(|(tables, ..)| tables.split(", "))
        .collect();
    let undescribed: Vec<String> = tables(db)
        .await?
        .into_iter()
        .filter(|t| !described.contains(&t.as_str()) && t != "seaql_migrations")
        .collect();
    let _ = writeln!(out, "## Tables not described above");
    if undescribed.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        let _ = writeln!(
            out,
            "Ask the developers to describe these before relying on this record:"
        );
        for t in undescribed {
            let _ = writeln!(out, "- {t}");
        }
    }
    Ok(out)
}

/// The tables of the database.
async fn tables(db: &impl ConnectionTrait) -> anyhow::Result<Vec<String>> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
    };
    let rows = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await
        .context("Failed to list the database's tables")?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.try_get::<String>("", "name").ok())
        .collect())
}
