//! Several instances on one database: the background work (the calendar's openings and
//! closings, the retention reminders, the held safeguarding alerts, the daily purge) is done
//! once, whichever instance does it. Three real servers share one PostgreSQL database and
//! one SMTP sink, each running its background task every 100 ms; the test counts the
//! transitions, the audit entries and the e-mails. On SQLite one process owns the database
//! file, so one instance is the only shape: the same test runs one instance there.
use std::{collections::BTreeMap, time::Duration};

use chrono::Utc;
use consulta::{
    entities::{audit_log, consultation, consultation_transition, instance_setting, response},
    moderation::retention,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr};
use serde_json::json;

use crate::{
    fixtures::moderation::{Setup, create_consultation, store_answer},
    helpers::{TestApp, spawn_app, spawn_app_with},
    prerequisites::{Prerequisite, on_postgres, present},
};

const DISCLOSURE: &str = "My stepdad hits me every night and I am scared to go home";

async fn transitions(app: &TestApp, id: i32) -> u64 {
    consultation_transition::Entity::find()
        .filter(consultation_transition::Column::ConsultationId.eq(id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn audits(app: &TestApp, action: &str) -> u64 {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

async fn status(app: &TestApp, id: i32) -> String {
    consultation::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
}

#[tokio::test]
async fn three_instances_do_each_piece_of_background_work_once() {
    // On SQLite: one instance (the only shape); on PostgreSQL: three.
    let postgres = on_postgres();
    let s = Setup::with(spawn_app().await, "open", None, json!({})).await;
    let app = &s.app;
    // A possible disclosure nobody has been told about: one alert to the lead.
    store_answer(app, s.c.id, "en", Some("16-17"), "q_views", DISCLOSURE).await;
    // A draft whose opening has come, and an open consultation whose closing has passed.
    let draft = app.create_draft_consultation().await;
    let now = Utc::now();
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::OpensAt,
            Expr::value(Some(now - chrono::Duration::minutes(1))),
        )
        .col_expr(
            consultation::Column::ClosesAt,
            Expr::value(Some(now + chrono::Duration::days(2))),
        )
        .filter(consultation::Column::Id.eq(draft.id))
        .exec(&app.db)
        .await
        .unwrap();
    let closing = create_consultation(app, s.group_id, "open", None, json!({})).await;
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::ClosesAt,
            Expr::value(Some(now - chrono::Duration::minutes(1))),
        )
        .filter(consultation::Column::Id.eq(closing.id))
        .exec(&app.db)
        .await
        .unwrap();
    // Closed 85 days ago, kept 90: the facilitators hear of the deletion once.
    let reminded = create_consultation(
        app,
        s.group_id,
        "closed",
        Some(85),
        json!({"retention_days": 90}),
    )
    .await;
    store_answer(app, reminded.id, "en", None, "q_word", "friends").await;
    // Closed 40 days ago, kept 30: purged.
    let purged = create_consultation(
        app,
        s.group_id,
        "closed",
        Some(40),
        json!({"retention_days": 30}),
    )
    .await;
    store_answer(app, purged.id, "en", None, "q_word", "school").await;

    // The instances: one SMTP sink (the first app's) for all.
    let smtp_port = app.state.settings.smtp_port;
    let mut others = Vec::new();
    if postgres {
        for _ in 0..2 {
            let url = app.database_url.clone();
            others.push(
                spawn_app_with(move |settings| {
                    settings.database_url = consulta::config::Secret::new(url);
                    settings.smtp_port = smtp_port;
                })
                .await,
            );
        }
    }
    let states: Vec<_> = std::iter::once(app)
        .chain(others.iter())
        .map(|a| a.state.clone())
        .collect();
    assert_eq!(states.len(), if postgres { 3 } else { 1 });
    for state in &states {
        retention::spawn_background_every(state.clone(), Duration::from_millis(100));
    }

    // Wait until everything is done, then long enough for many more rounds on every instance.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let done = status(app, draft.id).await == "open"
            && status(app, closing.id).await == "closed"
            && audits(app, "retention_purge").await >= 1
            && audits(app, "retention_reminder").await >= 1
            && audits(app, "safeguarding_alert").await >= 1;
        if done {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the background work was not done in 30 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Each transition once.
    assert_eq!(transitions(app, draft.id).await, 1);
    assert_eq!(transitions(app, closing.id).await, 1);
    assert_eq!(audits(app, "consultation_status").await, 2);
    // The purge once (a day), its responses gone; the reminder and the alert once.
    assert_eq!(audits(app, "retention_purge").await, 1);
    assert_eq!(
        response::Entity::find()
            .filter(response::Column::ConsultationId.eq(purged.id))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert!(
        instance_setting::Entity::find_by_id("background:last_purge".to_owned())
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(audits(app, "retention_reminder").await, 1);
    assert_eq!(audits(app, "safeguarding_alert").await, 1);
    // Every e-mail once: one per recipient and subject.
    let mut sent: BTreeMap<(String, String), usize> = BTreeMap::new();
    for mail in app.mail.all() {
        for to in &mail.to {
            *sent.entry((to.clone(), mail.subject())).or_default() += 1;
        }
    }
    assert!(sent.values().all(|n| *n == 1), "{sent:#?}");
    // The lead got the alert and the reminder, the other facilitator the reminder.
    assert_eq!(app.mail.to(&s.lead.email).len(), 2, "{sent:#?}");
    assert_eq!(app.mail.to(&s.facilitator.email).len(), 1, "{sent:#?}");
    assert!(app.mail.to(&s.member.email).is_empty());
    for other in &others {
        assert!(other.mail.all().is_empty(), "all mail went to one sink");
    }
}

#[tokio::test]
async fn one_round_of_background_work_runs_at_a_time_on_postgresql() {
    let app = spawn_app().await;
    if !present(Prerequisite::Postgres, app.is_postgres()) {
        return;
    }
    let url = app.database_url.clone();
    let b = spawn_app_with(|s| s.database_url = consulta::config::Secret::new(url)).await;
    // One instance holds the round's lock: the other skips its round.
    let lock = consulta::db::try_singleton(&app.db, 0x6261_636b_6772_6e64)
        .await
        .unwrap()
        .expect("the lock is free");
    let work = retention::Work {
        alerts: true,
        purge: true,
    };
    let round = retention::background_round(&b.state, Utc::now(), work)
        .await
        .unwrap();
    assert!(round.skipped, "{round:?}");
    lock.release().await.unwrap();
    let round = retention::background_round(&b.state, Utc::now(), work)
        .await
        .unwrap();
    assert!(!round.skipped && round.purged, "{round:?}");
    // The purge is claimed for a day, by whichever instance.
    let round = retention::background_round(&app.state, Utc::now(), work)
        .await
        .unwrap();
    assert!(!round.skipped && !round.purged, "{round:?}");
}
