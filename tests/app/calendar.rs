//! The calendar and what outlives a consultation: a consultation opens at `opens_at` and
//! closes at `closes_at` by itself (with a clock the test controls: the tick takes `now`),
//! once across instances, logged "by schedule"; its retention starts at that close and the
//! facilitators get one e-mail 7 days before the raw answers go.
use chrono::{DateTime, Duration, DurationRound, Utc};
use consulta::{
    consultations::{Status, repo, schedule},
    entities::{audit_log, consultation, consultation_transition},
    moderation::{reminder, retention},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::{Value, json};

use crate::{
    fixtures::moderation::{Setup, store_answer},
    helpers::{TestApp, TestConsultation, input_value, spawn_app, spawn_app_with},
};

/// Whole seconds, as both databases store them.
fn second(at: DateTime<Utc>) -> DateTime<Utc> {
    at.duration_trunc(Duration::seconds(1)).unwrap()
}

/// Gives the consultation its dates directly (as the settings form would).
async fn set_dates(app: &TestApp, id: i32, opens: Option<DateTime<Utc>>, closes: DateTime<Utc>) {
    consultation::Entity::update_many()
        .col_expr(consultation::Column::OpensAt, Expr::value(opens))
        .col_expr(consultation::Column::ClosesAt, Expr::value(Some(closes)))
        .filter(consultation::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

async fn status_of(app: &TestApp, id: i32) -> Status {
    repo::find_by_id(&app.db, id).await.unwrap().unwrap().status
}

async fn transitions(app: &TestApp, id: i32) -> Vec<consultation_transition::Model> {
    consultation_transition::Entity::find()
        .filter(consultation_transition::Column::ConsultationId.eq(id))
        .order_by_asc(consultation_transition::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn audit_rows(app: &TestApp, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// A complete draft (the demo definition) that opens in an hour and closes in two days.
async fn scheduled_draft(app: &TestApp, t0: DateTime<Utc>) -> TestConsultation {
    let c = app.create_draft_consultation().await;
    set_dates(
        app,
        c.id,
        Some(t0 + Duration::hours(1)),
        t0 + Duration::days(2),
    )
    .await;
    c
}

#[tokio::test]
async fn the_calendar_opens_and_closes_a_consultation_by_itself_logged_by_schedule() {
    let app = spawn_app().await;
    let t0 = second(Utc::now());
    let c = scheduled_draft(&app, t0).await;
    let closes = t0 + Duration::days(2);

    // Before its opening time nothing moves.
    let early = schedule::tick(&app.db, t0).await.unwrap();
    assert!(early.moves.is_empty(), "{early:?}");
    assert_eq!(status_of(&app, c.id).await, Status::Draft);

    // At its opening time it opens, with no adult behind the move.
    let opening = t0 + Duration::hours(1) + Duration::minutes(1);
    let report = schedule::tick(&app.db, opening).await.unwrap();
    assert_eq!(report.moves.len(), 1, "{report:?}");
    assert_eq!(status_of(&app, c.id).await, Status::Open);
    let log = transitions(&app, c.id).await;
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].from_status.as_str(), log[0].to_status.as_str()),
        ("draft", "open")
    );
    assert_eq!(log[0].actor_account_id, None);
    assert!(log[0].by_schedule);
    let audit = audit_rows(&app, "consultation_status").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].details, "draft -> open (by schedule)");
    assert_eq!(audit[0].actor_account_id, None);

    // Ticking again (the next minute, another instance) moves nothing more.
    let again = schedule::tick(&app.db, opening + Duration::minutes(1))
        .await
        .unwrap();
    assert!(again.moves.is_empty(), "{again:?}");

    // Past its closing time it closes as of `closes_at`: the retention clock starts there.
    let late = closes + Duration::minutes(7);
    let report = schedule::tick(&app.db, late).await.unwrap();
    assert_eq!(report.moves.len(), 1, "{report:?}");
    let closed = repo::find_by_id(&app.db, c.id).await.unwrap().unwrap();
    assert_eq!(closed.status, Status::Closed);
    assert_eq!(closed.row.closed_at, Some(closes));
    assert_eq!(
        retention::deletion_date(&closed),
        Some(closes + Duration::days(90)),
        "the demo keeps raw answers 90 days after the scheduled close"
    );
    let log = transitions(&app, c.id).await;
    assert_eq!(log.len(), 2);
    assert_eq!(
        (log[1].from_status.as_str(), log[1].to_status.as_str()),
        ("open", "closed")
    );
    assert!(log[1].by_schedule && log[1].actor_account_id.is_none());
    let audit = audit_rows(&app, "consultation_status").await;
    assert_eq!(audit[1].details, "open -> closed (by schedule)");

    // The facilitator sees it in the API and on the overview.
    let listed: Value = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/consultations/{}/transitions", c.slug),
            &c.facilitator.token,
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed[0]["by_schedule"], true);
    assert_eq!(listed[1]["by_schedule"], true);
    let browser = app.logged_in(&c.facilitator).await;
    let overview = app
        .text_with(&browser, &format!("/manage/c/{}", c.slug))
        .await;
    assert!(overview.contains("(by schedule)"), "{overview}");

    // A closed consultation is not reopened by its calendar, nor is a draft a facilitator
    // took back: the calendar opens a consultation once.
    let report = schedule::tick(&app.db, late + Duration::days(1))
        .await
        .unwrap();
    assert!(report.moves.is_empty());
}

#[tokio::test]
async fn a_draft_taken_back_is_not_reopened_and_an_incomplete_one_stays_a_draft() {
    use consulta::consultations::lifecycle;
    let app = spawn_app().await;
    let t0 = second(Utc::now());
    let c = scheduled_draft(&app, t0).await;
    schedule::tick(&app.db, t0 + Duration::hours(2))
        .await
        .unwrap();
    let actor = app.actor_of(&c.facilitator).await;
    lifecycle::transition(&app.db, &actor, c.id, Status::Draft, Some(Status::Open))
        .await
        .unwrap();
    let report = schedule::tick(&app.db, t0 + Duration::hours(3))
        .await
        .unwrap();
    assert!(report.moves.is_empty(), "{report:?}");
    assert_eq!(status_of(&app, c.id).await, Status::Draft);

    // A draft without questions cannot open: it is reported and stays a draft.
    let s = Setup::with(app, "draft", None, json!({})).await;
    without_questions(&s.app, s.c.id).await;
    set_dates(&s.app, s.c.id, Some(t0), t0 + Duration::days(3)).await;
    let report = schedule::tick(&s.app.db, t0 + Duration::hours(1))
        .await
        .unwrap();
    assert!(report.moves.is_empty());
    assert_eq!(report.refused.len(), 1, "{report:?}");
    assert_eq!(status_of(&s.app, s.c.id).await, Status::Draft);
}

#[tokio::test]
async fn a_draft_that_cannot_open_on_its_date_tells_the_facilitator_why() {
    let t0 = second(Utc::now());
    let s = Setup::with(spawn_app().await, "draft", None, json!({})).await;
    without_questions(&s.app, s.c.id).await;
    let browser = s.app.logged_in(&s.facilitator).await;
    let overview = format!("/manage/c/{}", s.c.slug);
    let page = |path: String| {
        let browser = browser.clone();
        let url = s.app.url(&path);
        async move { browser.get(url).send().await.unwrap().text().await.unwrap() }
    };
    // Not yet due: nothing said.
    set_dates(
        &s.app,
        s.c.id,
        Some(t0 + Duration::hours(1)),
        t0 + Duration::days(3),
    )
    .await;
    assert!(
        !page(overview.clone())
            .await
            .contains("It was due to open on")
    );

    // Due and refused, minute after minute: it stays a draft, and the overview and the
    // group's home say why, in the reader's language.
    set_dates(
        &s.app,
        s.c.id,
        Some(t0 - Duration::hours(1)),
        t0 + Duration::days(3),
    )
    .await;
    for minute in 0..3 {
        let report = schedule::tick(&s.app.db, t0 + Duration::minutes(minute))
            .await
            .unwrap();
        assert_eq!(report.refused.len(), 1, "{report:?}");
    }
    assert_eq!(status_of(&s.app, s.c.id).await, Status::Draft);
    let html = page(overview.clone()).await;
    assert!(html.contains("It was due to open on"), "{html}");
    assert!(html.contains("id=\"not-opened\""));
    let group = repo::group_by_id(&s.app.db, s.group_id)
        .await
        .unwrap()
        .unwrap();
    let home = page(format!("/groups/{}", group.slug)).await;
    assert!(home.contains("It was due to open on"), "{home}");
    let french = page(format!("{overview}?lang=fr")).await;
    assert!(french.contains("Elle devait ouvrir le"), "{french}");
}

#[tokio::test]
async fn two_instances_ticking_at_once_move_a_consultation_once() {
    let a = spawn_app().await;
    let t0 = second(Utc::now());
    let c = scheduled_draft(&a, t0).await;
    // On PostgreSQL a second instance on the same database; on SQLite (one process owns
    // the file) two ticks of the same instance at once.
    let b = if a.is_postgres() {
        let url = a.database_url.clone();
        Some(spawn_app_with(|s| s.database_url = consulta::config::Secret::new(url)).await)
    } else {
        None
    };
    let other_db = b.as_ref().map_or(&a.db, |b| &b.db);
    let at = t0 + Duration::hours(1);
    let (x, y) = tokio::join!(schedule::tick(&a.db, at), schedule::tick(other_db, at));
    let (x, y) = (x.unwrap(), y.unwrap());
    assert_eq!(x.moves.len() + y.moves.len(), 1, "{x:?} {y:?}");
    assert_eq!(transitions(&a, c.id).await.len(), 1);
    let at = t0 + Duration::days(3);
    let (x, y) = tokio::join!(schedule::tick(other_db, at), schedule::tick(&a.db, at));
    let (x, y) = (x.unwrap(), y.unwrap());
    assert_eq!(x.moves.len() + y.moves.len(), 1, "{x:?} {y:?}");
    assert_eq!(transitions(&a, c.id).await.len(), 2);
    assert_eq!(audit_rows(&a, "consultation_status").await.len(), 2);
    assert_eq!(status_of(&a, c.id).await, Status::Closed);
}

#[tokio::test]
async fn facilitators_get_one_email_seven_days_before_raw_answers_are_deleted() {
    // Closed 85 days ago, kept 90: deleted in 5 days.
    let s = Setup::with(
        spawn_app().await,
        "closed",
        Some(85),
        json!({"retention_days": 90}),
    )
    .await;
    s.answer("en", "Teach us how to report fake accounts.")
        .await;
    // Closed 10 days ago: deleted in 80 days, nothing to say yet.
    let later = crate::fixtures::moderation::create_consultation(
        &s.app,
        s.group_id,
        "closed",
        Some(10),
        json!({"retention_days": 90}),
    )
    .await;
    store_answer(&s.app, later.id, "en", None, "q_views", "later").await;

    let now = Utc::now();
    assert_eq!(reminder::send_due(&s.app.state, now).await.unwrap(), 1);
    let mail = s.app.mail.wait_for(&s.facilitator.email, 1).await;
    let due = s.c.closed_at.unwrap() + Duration::days(90);
    assert!(
        mail.text().contains(&due.format("%Y-%m-%d").to_string()),
        "{}",
        mail.text()
    );
    assert!(
        mail.text().contains("Staying safe online"),
        "{}",
        mail.text()
    );
    assert!(
        mail.text()
            .contains(&format!("/manage/consultations/{}/publish", s.c.slug)),
        "{}",
        mail.text()
    );
    // Both facilitators (the lead is one), not the member.
    s.app.mail.wait_for(&s.lead.email, 1).await;
    assert!(s.app.mail.to(&s.member.email).is_empty());
    assert!(
        reminder::reminded_at(&s.app.db, s.c.id)
            .await
            .unwrap()
            .is_some()
    );

    // Sent once: the next runs (a minute later, another instance) send nothing.
    assert_eq!(reminder::send_due(&s.app.state, now).await.unwrap(), 0);
    assert_eq!(
        reminder::send_due(&s.app.state, now + Duration::days(1))
            .await
            .unwrap(),
        0
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(s.app.mail.to(&s.facilitator.email).len(), 1);
    assert_eq!(audit_rows(&s.app, "retention_reminder").await.len(), 1);
    assert!(
        reminder::reminded_at(&s.app.db, later.id)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_closing_date_before_the_opening_date_is_refused_next_to_the_field() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let before = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();

    // The API: 422 naming the field, in the reader's language.
    let res = reqwest::Client::new()
        .put(app.url(&format!("/api/v1/consultations/{}/settings", c.slug)))
        .bearer_auth(&c.facilitator.token)
        .header("Accept-Language", "fr")
        .json(&json!({
            "version": before.row.version,
            "settings": before.definition.settings,
            "opens_at": "2099-06-01T10:00:00Z",
            "closes_at": "2099-05-01T10:00:00Z",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let problem: Value = res.json().await.unwrap();
    let errors = problem["errors"].as_array().unwrap();
    assert!(
        errors.iter().any(|e| e["field"] == "closes_at"
            && e["message"].as_str().is_some_and(|m| m.contains("clôture"))),
        "{problem}"
    );

    // The settings page: the message next to the field, what was typed kept.
    let browser = app.logged_in(&c.facilitator).await;
    let path = format!("/manage/c/{}/settings", c.slug);
    let html = app.text_with(&browser, &path).await;
    let mut form = vec![
        ("csrf".to_owned(), input_value(&html, "csrf").unwrap()),
        ("version".to_owned(), input_value(&html, "version").unwrap()),
    ];
    for name in [
        "age_bands",
        "min_age",
        "consent_age",
        "threshold",
        "retention_days",
        "duration_minutes",
    ] {
        form.push((
            name.to_owned(),
            input_value(&html, name).unwrap_or_default(),
        ));
    }
    form.push(("opens_at".into(), "2099-06-01T10:00".into()));
    form.push(("closes_at".into(), "2099-05-01T10:00".into()));
    let res = browser
        .post(app.url(&path))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"f-closes_at-error\""), "{html}");
    assert!(html.contains("The closing date must be after the opening date."));
    assert!(html.contains("2099-05-01T10:00"), "typed value kept");
    let after = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();
    assert_eq!(after.row.version, before.row.version, "nothing stored");
    assert_eq!(after.row.closes_at, None);
}

// ------------------------------------------------------------------ published stays published

/// A closed consultation with two answers, published by its facilitator.
async fn published(app: TestApp) -> Setup {
    let s = Setup::with(app, "closed", Some(1), json!({})).await;
    s.answer("en", "Schools should teach online safety.").await;
    s.answer("fr", "Les parents devraient écouter.").await;
    let c = repo::find_by_id(&s.app.db, s.c.id).await.unwrap().unwrap();
    consulta::publishing::publish(&s.app.db, &c, Some(s.facilitator.id), true)
        .await
        .unwrap();
    s
}

async fn get(app: &TestApp, path: &str, token: &str) -> reqwest::Response {
    app.api(reqwest::Method::GET, path, token, None).await
}

fn feed_slugs(feed: &Value) -> Vec<(String, bool)> {
    feed["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["slug"].as_str().unwrap().to_owned(),
                r["archived"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn archiving_a_published_consultation_keeps_its_results_downloads_and_open_data_entry() {
    use consulta::consultations::lifecycle;
    let s = published(spawn_app().await).await;
    let slug = s.slug().to_owned();
    let actor = s.app.actor_of(&s.facilitator).await;
    lifecycle::transition(
        &s.app.db,
        &actor,
        s.c.id,
        Status::Archived,
        Some(Status::Published),
    )
    .await
    .unwrap();

    let (status, html) = s.app.get_html(&format!("/results/{slug}")).await;
    assert_eq!(status, 200, "the permanent link still answers");
    assert!(html.contains("id=\"archived-note\""), "{html}");
    assert!(html.contains("Staying safe online"));
    let (status, list) = s.app.get_html("/results").await;
    assert_eq!(status, 200);
    assert!(list.contains(&format!("/results/{slug}")), "{list}");
    assert!(list.contains("Archived"));

    let doc = get(&s.app, &format!("/api/v1/results/{slug}"), "").await;
    assert_eq!(doc.status(), 200);
    let doc: Value = doc.json().await.unwrap();
    assert_eq!(doc["archived"], true);
    let feed: Value = get(&s.app, "/api/v1/results", "")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(feed_slugs(&feed), [(slug.clone(), true)]);
    for file in ["summary.csv", "summary.json", "summary.xlsx"] {
        let res = get(
            &s.app,
            &format!("/api/v1/consultations/{slug}/exports/{file}"),
            "",
        )
        .await;
        assert_eq!(
            res.status(),
            200,
            "{file} still downloads without an account"
        );
    }
}

#[tokio::test]
async fn only_an_administrator_withdraws_a_publication_and_its_reason_answers_410() {
    let s = published(spawn_app().await).await;
    let slug = s.slug().to_owned();
    let path = format!("/api/v1/results/{slug}/withdrawal");
    let reason = "Published by mistake: the figures included a test class.";
    let body = json!({ "reason": reason });

    // Nobody else: no token, a facilitator of the group, a member.
    let anonymous = s
        .app
        .api(reqwest::Method::POST, &path, "", Some(&body))
        .await;
    assert_eq!(anonymous.status(), 401);
    for user in [&s.facilitator, &s.member] {
        let res = s
            .app
            .api(reqwest::Method::POST, &path, &user.token, Some(&body))
            .await;
        assert_eq!(res.status(), 403);
    }
    assert_eq!(s.app.get_html(&format!("/results/{slug}")).await.0, 200);

    // An administrator must give a reason.
    let admin = s.app.create_user(None, true).await;
    let blank = s
        .app
        .api(
            reqwest::Method::POST,
            &path,
            &admin.token,
            Some(&json!({"reason": "   "})),
        )
        .await;
    assert_eq!(blank.status(), 422);
    let problem: Value = blank.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "reason", "{problem}");
    assert_eq!(s.app.get_html(&format!("/results/{slug}")).await.0, 200);

    let done = s
        .app
        .api(reqwest::Method::POST, &path, &admin.token, Some(&body))
        .await;
    assert_eq!(done.status(), 200);
    let done: Value = done.json().await.unwrap();
    assert_eq!(done["reason"], reason);

    // The reason is shown in the results' place: the page, the API, the downloads.
    let (status, html) = s.app.get_html(&format!("/results/{slug}")).await;
    assert_eq!(status, 410);
    assert!(html.contains(reason), "{html}");
    assert!(html.contains("These results were withdrawn"));
    let api = get(&s.app, &format!("/api/v1/results/{slug}"), "").await;
    assert_eq!(api.status(), 410);
    assert_eq!(
        api.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    let problem: Value = api.json().await.unwrap();
    assert_eq!(problem["detail"], reason);
    let csv = get(
        &s.app,
        &format!("/api/v1/consultations/{slug}/exports/summary.csv"),
        "",
    )
    .await;
    assert_eq!(csv.status(), 410);
    let feed: Value = get(&s.app, "/api/v1/results", "")
        .await
        .json()
        .await
        .unwrap();
    assert!(feed_slugs(&feed).is_empty(), "{feed}");
    assert_eq!(status_of(&s.app, s.c.id).await, Status::Archived);
    let audit = audit_rows(&s.app, "publication.withdraw").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor_account_id, Some(admin.id));
    // Withdrawn once: a second attempt finds nothing published.
    let again = s
        .app
        .api(reqwest::Method::POST, &path, &admin.token, Some(&body))
        .await;
    assert_eq!(again.status(), 410);
}

#[tokio::test]
async fn the_publish_page_offers_withdrawal_to_administrators_and_wants_a_reason() {
    let s = published(spawn_app().await).await;
    let slug = s.slug().to_owned();
    let page = format!("/manage/consultations/{slug}/publish");
    let action = format!("/manage/consultations/{slug}/withdraw");

    // A facilitator sees no withdrawal form, and cannot post one.
    let facilitator = s.app.logged_in(&s.facilitator).await;
    let html = facilitator
        .get(s.app.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains(&action));
    let csrf = input_value(&html, "csrf").unwrap();
    let refused = facilitator
        .post(s.app.url(&action))
        .form(&[("csrf", csrf.as_str()), ("reason", "no")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);

    let admin = s.app.create_user(None, true).await;
    let browser = s.app.logged_in(&admin).await;
    let html = browser
        .get(s.app.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&action), "{html}");
    let csrf = input_value(&html, "csrf").unwrap();
    let blank = browser
        .post(s.app.url(&action))
        .form(&[("csrf", csrf.as_str()), ("reason", " ")])
        .send()
        .await
        .unwrap();
    assert_eq!(blank.status(), 422);
    let html = blank.text().await.unwrap();
    assert!(html.contains("id=\"f-reason-error\""), "{html}");
    assert!(html.contains("href=\"#f-reason\""));
    assert_eq!(s.app.get_html(&format!("/results/{slug}")).await.0, 200);

    let done = browser
        .post(s.app.url(&action))
        .form(&[
            ("csrf", csrf.as_str()),
            ("reason", "Asked by the working group."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let (status, html) = s.app.get_html(&format!("/results/{slug}")).await;
    assert_eq!(status, 410);
    assert!(html.contains("Asked by the working group."));
}

// ------------------------------------------------------------------ receipts outlive the purge

/// Answers the fixture consultation in `lang` through the pages; returns the thank-you page
/// and the receipt.
async fn answer_in(app: &TestApp, slug: &str, lang: &str, text: &str) -> (String, String) {
    let mut walk = crate::helpers::Walk::start(app, slug, lang).await;
    walk.next(&[("age_band", "13-15")]).await;
    walk.next(&[("country", "FR")]).await;
    walk.next(&[("a:uses", "yes")]).await;
    walk.next(&[("a:ideas", text)]).await;
    assert_eq!(walk.submit().await, 200, "{}", walk.html);
    (walk.html.clone(), walk.receipt())
}

async fn feedback_page(app: &TestApp, lang: &str, code: &str) -> (u16, String) {
    let res = crate::helpers::client()
        .post(app.url(&format!("/feedback?lang={lang}")))
        .form(&[("code", code)])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn a_receipt_opens_what_we_did_with_your_views_after_the_purge_in_the_main_language() {
    use consulta::entities::receipt_pass;
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (thanks, receipt) = answer_in(&app, &fx.slug, "zh", "学校应该教网络安全").await;
    assert!(
        thanks.contains("href=\"/feedback?lang=zh\""),
        "the thank-you page links to /feedback: {thanks}"
    );
    let (_, other) = answer_in(&app, &fx.slug, "en", "More lessons please").await;

    // Feedback written in English only.
    let group_id = repo::find_by_id(&app.db, fx.id)
        .await
        .unwrap()
        .unwrap()
        .group_id();
    let facilitator = app
        .create_user(
            Some((group_id, consulta::accounts::Role::Facilitator)),
            false,
        )
        .await;
    let feedback = "We took your ideas to the council in March.";
    let res = app
        .api(
            reqwest::Method::PUT,
            &format!("/api/v1/consultations/{}/feedback", fx.slug),
            &facilitator.token,
            Some(&json!({"feedback": {"en": feedback}})),
        )
        .await;
    assert_eq!(res.status(), 200);
    let (status, html) = feedback_page(&app, "zh", &receipt).await;
    assert_eq!(status, 200);
    assert!(html.contains(feedback), "falls back to English: {html}");

    // Closed long ago, its raw answers are purged.
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Status, Expr::value("closed"))
        .col_expr(
            consultation::Column::ClosedAt,
            Expr::value(Some(Utc::now() - Duration::days(400))),
        )
        .filter(consultation::Column::Id.eq(fx.id))
        .exec(&app.db)
        .await
        .unwrap();
    let report = retention::purge(&app.db, Utc::now(), false).await.unwrap();
    assert_eq!(report.responses(), 2);
    let passes = receipt_pass::Entity::find()
        .filter(receipt_pass::Column::ConsultationId.eq(fx.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(passes.len(), 2, "one keyed hash per receipt, nothing else");
    assert!(
        passes
            .iter()
            .all(|p| p.pass.len() == 64 && !p.pass.contains(&receipt))
    );

    // Both receipts still open the feedback, in Chinese with the English text.
    for (lang, code) in [("zh", receipt.as_str()), ("en", other.as_str())] {
        let (status, html) = feedback_page(&app, lang, code).await;
        assert_eq!(status, 200, "{lang}: {html}");
        assert!(html.contains(feedback), "{lang}: {html}");
    }
    let (_, html) = feedback_page(&app, "zh", &receipt.to_lowercase()).await;
    assert!(html.contains(feedback), "typed in lower case");
    // A code that never was a receipt is still refused next to the field.
    let (status, html) = feedback_page(&app, "en", "3467-9ACD-EFGH").await;
    assert_eq!(status, 422);
    assert!(html.contains("id=\"code-error\""));
    // Purging again keeps the passes as they are.
    retention::purge(&app.db, Utc::now(), false).await.unwrap();
    assert_eq!(
        receipt_pass::Entity::find()
            .filter(receipt_pass::Column::ConsultationId.eq(fx.id))
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        2
    );
}

/// Stores a definition with no questions for consultation `id`: one that cannot open.
async fn without_questions(app: &TestApp, id: i32) {
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Definition,
            Expr::value(
                json!({"languages": ["en"], "default_language": "en",
                       "texts": {"title": {"en": "Empty"}}, "sections": []})
                .to_string(),
            ),
        )
        .filter(consultation::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}
