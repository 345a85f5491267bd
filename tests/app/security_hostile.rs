//! Hostile clients (issue 19): slow bodies from many addresses, retries of withdrawn
//! answers, tokens that outlive roles, and the small holes a black-box probe found (shed
//! answers without headers, 404 for a wrong method, `text/plain` submissions, the audit
//! log's precise alert times, world-readable files, drafts on respondent pages, language
//! cookies for young people).
use std::time::{Duration, Instant};

use reqwest::Method;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{TestApp, client, input_value, spawn_app, spawn_app_with};
use consulta::entities::{answer, audit_log, response, withdrawn_submission};

fn body(id: &str) -> Value {
    json!({
        "submission_id": id,
        "language": "en",
        "age_band": "18-24",
        "answers": {"uses": "no", "why-not": "Too busy"}
    })
}

fn responses_path(slug: &str) -> String {
    format!("/api/v1/consultations/{slug}/responses")
}

async fn responses_of(app: &TestApp, consultation_id: i32) -> u64 {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .count(&app.db)
        .await
        .unwrap()
}

/// One connection from `local` that sends a request head announcing a body, then trickles
/// the body a byte at a time. Returns the status the server answered with (0: none within
/// `give_up`).
async fn trickle(port: u16, local: [u8; 4], slug: String, give_up: Duration) -> u16 {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    if socket.bind((local, 0).into()).is_err() {
        return 0;
    }
    let Ok(stream) = socket.connect(([127, 0, 0, 1], port).into()).await else {
        return 0;
    };
    let (mut read, mut write) = stream.into_split();
    let head = format!(
        "POST /api/v1/consultations/{slug}/responses HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{"
    );
    if write.write_all(head.as_bytes()).await.is_err() {
        return 0;
    }
    let deadline = Instant::now() + give_up;
    let mut buf = [0u8; 64];
    loop {
        tokio::select! {
            n = read.read(&mut buf) => {
                let text = String::from_utf8_lossy(&buf[..n.unwrap_or(0)]).into_owned();
                return text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
            }
            () = tokio::time::sleep(Duration::from_millis(250)) => {
                if Instant::now() > deadline {
                    return 0;
                }
                // Writes may fail once the server answered: the answer is then read above.
                let _ = write.write_all(b" ").await;
            }
        }
    }
}

#[tokio::test]
async fn hundreds_of_trickling_bodies_from_several_addresses_leave_normal_pages_answering() {
    let app = spawn_app_with(|s| {
        // Small limits, so that a few hundred connections would exhaust them without the
        // fix: places held by bodies still arriving would shed every other request.
        s.max_inflight = 16;
        s.body_timeout_secs = 2;
        s.max_connections_per_client = 60;
    })
    .await;
    let fx = app.open_consultation().await;
    let mut attackers = Vec::new();
    // Four addresses within their cap, one far over it: 310 connections in all.
    for (host, count) in [(2u8, 60), (3, 60), (4, 60), (5, 60), (6, 70)] {
        for _ in 0..count {
            attackers.push((
                host,
                tokio::spawn(trickle(
                    app.port,
                    [127, 0, 0, host],
                    fx.slug.clone(),
                    Duration::from_secs(8),
                )),
            ));
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    while started.elapsed() < Duration::from_millis(1200) {
        for path in ["/".to_owned(), format!("/c/{}?lang=en", fx.slug)] {
            let res = app.get(&path).await;
            assert_eq!(res.status(), 200, "{path} while bodies trickle in");
        }
        let ready = app.get("/readyz").await;
        assert_eq!(ready.status(), 200, "not saturated by slow bodies");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut by_status = std::collections::BTreeMap::<(u8, u16), usize>::new();
    for (host, task) in attackers {
        *by_status.entry((host, task.await.unwrap())).or_default() += 1;
    }
    let of = |host: u8, status: u16| by_status.get(&(host, status)).copied().unwrap_or(0);
    for host in 2..=5 {
        assert_eq!(
            of(host, 408),
            60,
            "{host}: each body timed out: {by_status:?}"
        );
    }
    assert_eq!(
        of(6, 429),
        10,
        "connections over the cap refused: {by_status:?}"
    );
    assert_eq!(of(6, 408), 60, "{by_status:?}");
    assert_eq!(responses_of(&app, fx.id).await, 0);
    assert_eq!(app.get("/").await.status(), 200);
}

#[tokio::test]
async fn readyz_says_when_saturated_and_shed_answers_carry_the_headers_and_the_translated_page() {
    let app = spawn_app_with(|s| s.max_inflight = 4).await;
    let held = app
        .shell
        .inflight
        .clone()
        .acquire_many_owned(4)
        .await
        .unwrap();

    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 503);
    let health: Value = res.json().await.unwrap();
    assert_eq!(health["status"], "saturated", "{health}");
    assert!(health["reason"].as_str().is_some_and(|r| !r.is_empty()));

    let res = app.get("/?lang=fr").await;
    assert_eq!(res.status(), 503);
    assert!(res.headers().contains_key("content-security-policy"));
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers().contains_key("retry-after"));
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = res.text().await.unwrap();
    assert!(html.contains("lang=\"fr\""), "{html}");

    let res = app.get("/api/v1/consultations/demo").await;
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    assert!(res.headers().contains_key("content-security-policy"));

    drop(held);
    assert_eq!(app.get("/readyz").await.status(), 200);
    assert_eq!(app.get("/").await.status(), 200);
}

#[tokio::test]
async fn a_withdrawn_submission_is_refused_with_410_by_the_api_and_its_tombstone_goes_with_the_purge()
 {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let id = uuid::Uuid::new_v4().to_string();
    let res = app.post_json(&responses_path(&fx.slug), &body(&id)).await;
    assert_eq!(res.status(), 201);
    let receipt: Value = res.json().await.unwrap();
    let receipt = receipt["receipt"].as_str().unwrap().to_owned();
    let withdraw = |slug: &str, code: &str| {
        let path = format!("/api/v1/consultations/{slug}/responses/{code}");
        let app = &app;
        async move { app.api(Method::DELETE, &path, "", None).await }
    };

    let other = app.open_consultation().await;
    let res = withdraw(&other.slug, &receipt).await;
    assert_eq!(res.status(), 404, "a receipt of another consultation");
    for (what, code) in [
        ("unknown", "AAA-AAA-AAA-AAA"),
        ("malformed", "not a receipt"),
    ] {
        let res = withdraw(&fx.slug, code).await;
        assert_eq!(res.status(), 404, "{what}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
    }
    assert_eq!(responses_of(&app, fx.id).await, 1);

    let res = withdraw(&fx.slug, &receipt.to_lowercase()).await;
    assert_eq!(res.status(), 204);
    assert_eq!(responses_of(&app, fx.id).await, 0);
    assert_eq!(withdraw(&fx.slug, &receipt).await.status(), 404, "once");

    let res = app.post_json(&responses_path(&fx.slug), &body(&id)).await;
    assert_eq!(res.status(), 410, "a retry does not undo the withdrawal");
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let problem: Value = res.json().await.unwrap();
    assert!(
        problem["detail"].as_str().unwrap().contains("withdrawn"),
        "{problem}"
    );
    assert_eq!(responses_of(&app, fx.id).await, 0);
    let fresh = uuid::Uuid::new_v4().to_string();
    let res = app
        .post_json(&responses_path(&fx.slug), &body(&fresh))
        .await;
    assert_eq!(res.status(), 201, "a new submission id is welcome");

    // The tombstone holds a keyed hash only: no submission id, no content.
    let tombstones = withdrawn_submission::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(tombstones.len(), 1);
    assert_eq!(tombstones[0].consultation_id, fx.id);
    assert_eq!(tombstones[0].tombstone.len(), 64);
    assert!(!tombstones[0].tombstone.contains(&id.replace('-', "")));

    // The purge of the consultation's raw answers takes its tombstones too.
    let closed = chrono::Utc::now() - chrono::Duration::days(400);
    consulta::entities::consultation::ActiveModel {
        id: Set(fx.id),
        status: Set("closed".into()),
        closed_at: Set(Some(closed)),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    consulta::moderation::retention::purge(&app.db, chrono::Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(
        withdrawn_submission::Entity::find()
            .filter(withdrawn_submission::Column::ConsultationId.eq(fx.id))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn the_withdrawal_endpoint_is_documented() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let op = &doc["paths"]["/api/v1/consultations/{slug}/responses/{receipt}"]["delete"];
    assert!(op.is_object(), "documented");
    for status in ["204", "404"] {
        assert!(op["responses"][status].is_object(), "{status}");
    }
    let submit = &doc["paths"]["/api/v1/consultations/{slug}/responses"]["post"];
    assert!(submit["responses"]["415"].is_object());
}

#[tokio::test]
async fn answers_sent_again_after_a_withdrawal_get_a_410_page_in_the_journey_and_live() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = crate::helpers::Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "18-24")]).await;
    walk.next(&[]).await;
    walk.next(&[("a:uses", "no")]).await;
    walk.next(&[("a:why-not", "Too busy")]).await;
    let check_page = walk.html.clone();
    assert_eq!(walk.submit().await, 200);
    let receipt = walk.receipt();
    let res = app
        .post_form(
            "/withdraw?lang=en",
            &[("code", &receipt), ("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 200);
    walk.html = check_page;
    assert_eq!(walk.submit().await, 410, "the same answers sent again");
    assert!(
        walk.html.contains("These answers were taken back"),
        "{}",
        walk.html
    );
    assert_eq!(responses_of(&app, fx.id).await, 0);

    // Live: the participant's answer has its receipt; withdrawn, the same answer is refused.
    let (f, facilitator, csrf) = crate::fixtures::live::live_consultation(&app, 10).await;
    let code = crate::fixtures::live::start(&app, &f, &facilitator, &csrf).await;
    crate::fixtures::live::act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    let phone = crate::fixtures::live::participant(&app, &code, "en").await;
    let form = [("question", "uses"), ("a:uses", "yes")];
    assert_eq!(
        crate::fixtures::live::answer(&app, &phone, &code, &form).await,
        303
    );
    let (_, answered) = crate::fixtures::live::page(&app, &phone, &format!("/live/{code}")).await;
    let receipt = answered
        .split("<span class=\"code code-answer\" dir=\"ltr\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("a receipt on the phone")
        .to_owned();
    let res = phone
        .post(app.url("/withdraw?lang=en"))
        .form(&[("code", receipt.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(responses_of(&app, f.id).await, 0);
    let res = phone
        .post(app.url(&format!("/live/{code}/answer")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 410);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("These answers were taken back")
    );
    assert_eq!(responses_of(&app, f.id).await, 0);
}

async fn token_works(app: &TestApp, token: &str) -> bool {
    app.api(Method::GET, "/api/v1/tokens", token, None)
        .await
        .status()
        != 401
}

async fn audited(app: &TestApp, action: &str, target: &str) -> bool {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .filter(audit_log::Column::Target.eq(target))
        .one(&app.db)
        .await
        .unwrap()
        .is_some()
}

#[tokio::test]
async fn losing_the_last_facilitator_role_revokes_tokens_and_every_adult_manages_their_own() {
    use consulta::accounts::{Role, admin};
    let app = spawn_app().await;
    let l = consulta::i18n::Locale::new("en");
    let draft = app.consultation_with("draft", |_| {}).await;
    let group_id = draft.group_id;
    let group = consulta::entities::work_group::Entity::find_by_id(group_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let document = format!("/api/v1/consultations/{}/document", draft.slug);
    let other = app.create_group("Group two").await;
    let (admin_user, _) = app.logged_in_admin().await;
    let by = app.actor_of(&admin_user).await;

    // Facilitator in two groups: demoted in one, still facilitates the other.
    let both = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    consulta::accounts::repo::set_membership(&app.db, both.id, other.id, Role::Facilitator)
        .await
        .unwrap();
    let status = |token: String| {
        let app = &app;
        let document = document.clone();
        async move {
            app.api(Method::GET, &document, &token, None)
                .await
                .status()
                .as_u16()
        }
    };
    assert_eq!(status(both.token.clone()).await, 200, "facilitating");
    admin::change_member(&l, &app.db, &by, &group, both.id, Role::Member, false)
        .await
        .unwrap();
    assert!(
        token_works(&app, &both.token).await,
        "still a facilitator elsewhere"
    );
    // A token acts with the roles of now: no more authoring in the first group.
    assert_eq!(status(both.token.clone()).await, 403, "a member now");
    admin::remove_member(&app.db, &by, &other, both.id)
        .await
        .unwrap();
    assert!(
        !token_works(&app, &both.token).await,
        "last facilitator role gone"
    );
    assert!(audited(&app, "api_tokens_revoked", &format!("account:{}", both.id)).await);

    // Demoted to member: tokens revoked and audited.
    let demoted = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    admin::change_member(&l, &app.db, &by, &group, demoted.id, Role::Member, false)
        .await
        .unwrap();
    assert!(!token_works(&app, &demoted.token).await);
    assert!(
        audited(
            &app,
            "api_tokens_revoked",
            &format!("account:{}", demoted.id)
        )
        .await
    );

    // A member holding a token (made while facilitating) sees and revokes it on the page.
    let member = app.create_user(Some((group.id, Role::Member)), false).await;
    let browser = app.logged_in(&member).await;
    let res = browser
        .get(app.url("/account/tokens"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("/account/tokens/"),
        "the token is listed: {html}"
    );
    assert!(
        !html.contains("name=\"name\""),
        "no creation form for a member"
    );
    let csrf = input_value(&html, "csrf").unwrap();
    let action = html
        .split("action=\"/account/tokens/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let res = browser
        .post(app.url(&format!("/account/tokens/{action}")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(
        !token_works(&app, &member.token).await,
        "revoked by its holder"
    );
    let res = browser
        .post(app.url("/account/tokens"))
        .form(&[("csrf", csrf.as_str()), ("name", "mine")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "creating still needs the role");
}

#[tokio::test]
async fn a_password_reset_revokes_the_tokens_and_the_e_mail_says_so() {
    let app = spawn_app().await;
    let group = app.create_group("Group").await;
    let user = app
        .create_user(
            Some((group.id, consulta::accounts::Role::Facilitator)),
            false,
        )
        .await;
    let c = client();
    let csrf = app.form_csrf(&c, "/password-reset").await;
    let res = c
        .post(app.url("/password-reset"))
        .form(&[("csrf", csrf.as_str()), ("email", user.email.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let mail = app.mail.wait_for(&user.email, 1).await;
    assert!(
        mail.text().contains("revokes all your API tokens"),
        "{}",
        mail.text()
    );
    assert!(mail.html().contains("revokes all your API tokens"));
    assert!(token_works(&app, &user.token).await, "not before the reset");
    let link = mail.link_to(&app.address).unwrap();
    let html = app.text_with(&c, &link).await;
    let csrf = input_value(&html, "csrf").unwrap();
    let res = c
        .post(app.url(link.split('?').next().unwrap()))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", "a brand new passphrase"),
            ("confirm", "a brand new passphrase"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(
        !token_works(&app, &user.token).await,
        "revoked by the reset"
    );
}

#[tokio::test]
async fn a_wrong_method_on_a_known_path_is_405_with_allow_as_a_page_or_problem() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let http = client();
    for (method, path, allow, api) in [
        (Method::PUT, responses_path(&fx.slug), "POST", true),
        (Method::GET, responses_path(&fx.slug), "POST", true),
        (
            Method::POST,
            format!("/api/v1/consultations/{}", fx.slug),
            "GET",
            true,
        ),
        (Method::POST, "/help".to_owned(), "GET", false),
        (Method::GET, format!("/c/{}/submit", fx.slug), "POST", false),
        (Method::DELETE, "/withdraw".to_owned(), "GET, POST", false),
    ] {
        let res = http
            .request(method.clone(), app.url(&path))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405, "{method} {path}");
        let allowed = res.headers()["allow"].to_str().unwrap().to_owned();
        assert!(allowed.contains(allow), "{method} {path}: {allowed}");
        let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
        if api {
            assert_eq!(kind, "application/problem+json", "{method} {path}");
        } else {
            assert!(kind.starts_with("text/html"), "{method} {path}");
            assert!(res.headers().contains_key("content-security-policy"));
        }
    }
    assert_eq!(app.get("/no-such-page").await.status(), 404);
    assert_eq!(
        http.delete(app.url("/api/v1/no-such-thing"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

#[tokio::test]
async fn a_response_sent_as_anything_but_json_is_415_and_nothing_is_stored() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let payload = body(&uuid::Uuid::new_v4().to_string()).to_string();
    for kind in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
        None,
    ] {
        let mut req = reqwest::Client::new()
            .post(app.url(&responses_path(&fx.slug)))
            .body(payload.clone());
        if let Some(kind) = kind {
            req = req.header("content-type", kind);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 415, "{kind:?}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
    }
    assert_eq!(responses_of(&app, fx.id).await, 0);
    let res = reqwest::Client::new()
        .post(app.url(&responses_path(&fx.slug)))
        .header("content-type", "application/json; charset=utf-8")
        .body(payload)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201, "JSON with a charset is JSON");
}

#[tokio::test]
async fn the_audit_log_rounds_a_safeguarding_alert_to_the_hour() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut disclosure = body(&uuid::Uuid::new_v4().to_string());
    disclosure["answers"]["why-not"] =
        json!("My uncle hurts me when nobody is home and I am scared");
    let res = app.post_json(&responses_path(&fx.slug), &disclosure).await;
    assert_eq!(res.status(), 201);
    let mut alert = None;
    for _ in 0..100 {
        alert = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("safeguarding_alert"))
            .one(&app.db)
            .await
            .unwrap();
        if alert.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let alert = alert.expect("an alert in the audit log");
    use chrono::Timelike;
    assert_eq!(
        (alert.at.minute(), alert.at.second(), alert.at.nanosecond()),
        (0, 0, 0),
        "{}",
        alert.at
    );
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_folder_and_the_files_written_there_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    // Removed when the test ends, passed or failed.
    let parent = crate::helpers::ScratchDir::new("perm");
    let data_dir = parent.join("data");
    let settings_dir = data_dir.clone();
    let app = spawn_app_with(move |s| {
        s.data_dir = settings_dir;
        s.database_url = consulta::config::Secret::new("");
        s.smtp_host = String::new();
    })
    .await;
    assert_eq!(mode(&data_dir), 0o700);
    let fx = app.open_consultation().await;
    let res = app
        .post_json(
            &responses_path(&fx.slug),
            &body(&uuid::Uuid::new_v4().to_string()),
        )
        .await;
    assert_eq!(res.status(), 201);
    for file in ["consulta.db", "consulta.db-wal", "consulta.db-shm"] {
        let path = data_dir.join(file);
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{file}");
        }
    }
    assert_eq!(mode(&data_dir.join("consulta.db")), 0o600);

    let user = app.create_user(None, false).await;
    let c = client();
    let csrf = app.form_csrf(&c, "/password-reset").await;
    c.post(app.url("/password-reset"))
        .form(&[("csrf", csrf.as_str()), ("email", user.email.as_str())])
        .send()
        .await
        .unwrap();
    let mail_dir = data_dir.join("mail");
    let mut written = None;
    for _ in 0..200 {
        written = std::fs::read_dir(&mail_dir)
            .ok()
            .and_then(|mut entries| entries.next())
            .and_then(Result::ok)
            .map(|e| e.path());
        if written.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let written = written.expect("a written e-mail");
    assert_eq!(mode(&mail_dir), 0o700);
    assert_eq!(mode(&written), 0o600, "it holds a reset link");

    let backup = parent.join("backup.db");
    consulta::db::backup_sqlite(&app.db, &backup).await.unwrap();
    assert_eq!(mode(&backup), 0o600);
}

#[tokio::test]
async fn a_draft_is_404_on_respondent_pages_as_in_the_api() {
    let app = spawn_app().await;
    let fx = app.consultation_with("draft", |_| {}).await;
    for path in [
        format!("/c/{}?lang=en", fx.slug),
        format!("/c/{}/help?lang=en", fx.slug),
    ] {
        let (status, html) = app.get_html(&path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!html.contains("Safety online"), "{path}");
    }
    let res = app
        .post_form(
            &format!("/c/{}", fx.slug),
            &[("action", "start"), ("lang", "en")],
        )
        .await;
    assert_eq!(res.status(), 404);
    let (status, _) = app
        .get_html(&format!("/api/v1/consultations/{}", fx.slug))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_young_persons_language_travels_in_the_url_never_in_a_cookie() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    for path in [
        format!("/c/{}?lang=fr", fx.slug),
        "/?lang=fr".to_owned(),
        "/help?lang=fr".to_owned(),
        "/withdraw?lang=fr".to_owned(),
        "/j?lang=fr".to_owned(),
        "/results?lang=fr".to_owned(),
    ] {
        let res = client().get(app.url(&path)).send().await.unwrap();
        assert!(res.status().as_u16() < 400, "{path}: {}", res.status());
        assert!(
            res.headers().get("set-cookie").is_none(),
            "{path}: no cookie for young people"
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("lang=\"fr\""), "{path}: in French");
    }
    let res = client()
        .get(app.url("/login?lang=fr"))
        .send()
        .await
        .unwrap();
    let cookies: Vec<_> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("lang=fr")),
        "adults keep their choice: {cookies:?}"
    );
}

/// Contact details disguised as a reader sees through them (full-width, spaced letters, an
/// address without its ending, number words, a defanged link), sent through the public API
/// in six languages: each is stored scrubbed and flagged, so bulk approval skips it and it
/// never reaches the public quotes.
const DISGUISED: &[(&str, &str, &[&str])] = &[
    (
        "en",
        "write me ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ",
        &["jane", "ｊａｎｅ"],
    ),
    (
        "en",
        "j a n e . d o e @ g m a i l . c o m",
        &["j a n e", "g m a i l"],
    ),
    ("en", "text me jane@gmail", &["jane@"]),
    (
        "en",
        "call zero seven nine one one two three four five six",
        &["seven nine"],
    ),
    ("en", "see hxxps://evil[.]com/chat", &["evil"]),
    (
        "fr",
        "appelle zéro six un deux trois quatre cinq six sept huit",
        &["quatre cinq"],
    ),
    ("es", "escríbeme a pepe(at)hotmail(dot)es", &["pepe"]),
    (
        "ru",
        "мой номер восемь девять один шесть один два три четыре пять шесть семь",
        &["девять один"],
    ),
    (
        "ar",
        "رقمي صفر خمسة صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة",
        &["خمسة صفر"],
    ),
    ("zh", "我的电话是一三八零零一三八零零零", &["一三八"]),
];

#[tokio::test]
async fn disguised_contact_details_are_scrubbed_flagged_and_never_bulk_approved() {
    use crate::fixtures::moderation::Setup;
    let s = Setup::with(spawn_app().await, "open", None, json!({"ask_gender": true})).await;
    for (n, (lang, text, _)) in DISGUISED.iter().enumerate() {
        let res = s
            .app
            .client
            .post(s.app.url(&responses_path(s.slug())))
            .json(&json!({
                "submission_id": uuid::Uuid::new_v4().to_string(),
                "language": lang,
                "age_band": "13-15",
                "answers": {"q_views": text},
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201, "{n}: {}", res.text().await.unwrap());
    }
    let queue = s.queue(&s.facilitator, "status=pending").await;
    let items = queue["items"].as_array().expect("queue items");
    assert_eq!(items.len(), DISGUISED.len(), "{queue}");
    for item in items {
        let text = item["text"].as_str().unwrap_or_default();
        for (_, _, leaks) in DISGUISED {
            for leak in *leaks {
                assert!(!text.contains(leak), "{leak} left in {text}");
            }
        }
        assert!(
            item["flags"]
                .as_array()
                .is_some_and(|f| f.contains(&json!("personal_details"))),
            "{item}"
        );
    }
    let result = s
        .bulk(
            &s.facilitator,
            json!({"decision": "approved", "all_matching": {"status": "pending"}}),
        )
        .await;
    assert_eq!(result["changed"], json!([]), "{result}");
    assert_eq!(
        result["skipped"].as_array().map(Vec::len),
        Some(DISGUISED.len())
    );

    // A gender self-description is scrubbed as a whole, not cut first; a longer one is
    // refused with a message, never cut.
    let gender = |description: &str| {
        json!({
            "submission_id": uuid::Uuid::new_v4().to_string(),
            "language": "en",
            "gender": "self_described",
            "gender_description": description,
            "answers": {"q_choice": "yes"},
        })
    };
    let url = s.app.url(&responses_path(s.slug()));
    let res = s
        .app
        .client
        .post(&url)
        .json(&gender("ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let stored = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(s.c.id))
        .filter(answer::Column::QuestionKey.eq("_gender_description"))
        .one(&s.app.db)
        .await
        .unwrap()
        .expect("the description is stored as a text to moderate");
    assert_eq!(stored.text_value.as_deref(), Some("[email]"));
    assert!(
        stored
            .flags
            .unwrap_or_default()
            .contains("personal_details")
    );
    let long = "n o n b i n a r y and my mail is jane.doe@gmail.com ok";
    let res = s
        .app
        .client
        .post(&url)
        .json(&gender(long))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
}
