//! Links sent by e-mail and in the log: password resets, invitations and the first
//! administrator's setup link. Each works once, expires, and says so clearly.
use consulta::{
    accounts::repo,
    entities::{audit_log, instance_setting, invitation, membership, password_reset},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::helpers::{client, input_value, spawn_app, spawn_app_with};

async fn has_audit(app: &crate::helpers::TestApp, action: &str) -> bool {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .one(&app.db)
        .await
        .unwrap()
        .is_some()
}

/// Asks for a password reset for `email` and returns the page.
async fn ask_reset(app: &crate::helpers::TestApp, email: &str) -> (u16, String) {
    let c = client();
    let csrf = app.form_csrf(&c, "/password-reset").await;
    let res = c
        .post(app.url("/password-reset"))
        .form(&[("csrf", csrf.as_str()), ("email", email)])
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn a_password_reset_link_arrives_by_email_works_once_and_ends_every_session() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let signed_in = app.logged_in(&user).await;

    let (status, known) = ask_reset(&app, &user.email).await;
    let (_, unknown) = ask_reset(&app, "nobody@example.org").await;
    assert_eq!(status, 200);
    let strip = |html: &str| {
        html.replace(&user.email, "")
            .replace("nobody@example.org", "")
    };
    assert_eq!(
        strip(&known).replace(char::is_whitespace, ""),
        strip(&unknown).replace(char::is_whitespace, ""),
        "the same answer for both"
    );

    let mail = app.mail.wait_for(&user.email, 1).await;
    assert_eq!(mail.subject(), "Choose a new Consulta password");
    assert!(mail.text().contains("30 minutes"));
    assert!(mail.html().contains("<a href=\"http://127.0.0.1"));
    assert!(mail.header("Content-Language").as_deref() == Some("en"));
    assert!(app.mail.to("nobody@example.org").is_empty());
    let link = mail.link_to(&app.address).expect("a link to the app");
    assert!(link.starts_with("/password-reset/"), "{link}");
    let token = link
        .trim_start_matches("/password-reset/")
        .split('?')
        .next()
        .unwrap();
    assert!(token.len() >= 43, "at least 256 bits: {token}");
    let stored = password_reset::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(stored.token_hash, token, "only a hash is stored");

    let c = client();
    let (status, html) = {
        let res = c.get(app.url(&link)).send().await.unwrap();
        (res.status(), res.text().await.unwrap())
    };
    assert_eq!(status, 200, "{html}");
    let csrf = input_value(&html, "csrf").unwrap();
    let path = link.split('?').next().unwrap();
    for (password, confirm, message) in [
        ("short", "short", "Use at least 12 characters."),
        (
            "a perfectly good passphrase",
            "a different passphrase",
            "not the same",
        ),
        ("", "", "Enter a password."),
    ] {
        let res = c
            .post(app.url(path))
            .form(&[
                ("csrf", csrf.as_str()),
                ("password", password),
                ("confirm", confirm),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{message}");
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    let res = c
        .post(app.url(path))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", "a perfectly good passphrase"),
            ("confirm", "a perfectly good passphrase"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login?done=reset");
    assert_eq!(
        signed_in
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        303,
        "every session ended"
    );
    assert_eq!(
        app.submit_login(&client(), &user.email, "a perfectly good passphrase")
            .await
            .status(),
        303
    );

    let res = c.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("already used"));
    assert!(has_audit(&app, "password_reset").await);
}

#[tokio::test]
async fn expired_and_unknown_reset_links_get_a_clear_page() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    ask_reset(&app, &user.email).await;
    let link = app
        .mail
        .wait_for(&user.email, 1)
        .await
        .link_to(&app.address)
        .unwrap();
    password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let res = client().get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 410);
    let html = res.text().await.unwrap();
    assert!(html.contains("This link has expired"), "{html}");
    assert!(
        html.contains("href=\"/password-reset\""),
        "offers a new link"
    );

    let res = client()
        .get(app.url("/password-reset/not-a-real-token?lang=es"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("lang=\"es\""));
}

#[tokio::test]
async fn a_reset_request_with_a_malformed_address_keeps_it_and_says_why() {
    let app = spawn_app().await;
    let (status, html) = ask_reset(&app, "not an address").await;
    assert_eq!(status, 422);
    assert!(html.contains("name@example.org"), "{html}");
    assert!(html.contains("value=\"not an address\""));
}

#[tokio::test]
async fn the_reset_email_is_in_the_account_holders_language() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    consulta::accounts::repo::set_profile(&app.db, user.id, "Амаль", "ru")
        .await
        .unwrap();
    ask_reset(&app, &user.email).await;
    let mail = app.mail.wait_for(&user.email, 1).await;
    assert!(mail.subject().contains("пароль"), "{}", mail.subject());
    assert_eq!(mail.header("Content-Language").as_deref(), Some("ru"));
    assert!(mail.link_to(&app.address).unwrap().ends_with("?lang=ru"));
}

/// An administrator invites `email` to a new group as `role`, with the e-mail in `locale`.
async fn invite(
    app: &crate::helpers::TestApp,
    admin: &reqwest::Client,
    email: &str,
    role: &str,
    locale: &str,
) -> (consulta::entities::work_group::Model, reqwest::Response) {
    let group = app
        .create_group("Council Working Group on Child Online Protection")
        .await;
    let path = format!("/admin/groups/{}", group.slug);
    let csrf = app.form_csrf(admin, &path).await;
    let res = admin
        .post(app.url(&format!("{path}/invitations")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("role", role),
            ("locale", locale),
        ])
        .send()
        .await
        .unwrap();
    (group, res)
}

#[tokio::test]
async fn an_invited_person_chooses_a_name_and_password_and_is_signed_in_with_the_role() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let email = "amal@example.org";
    let (group, res) = invite(&app, &admin, email, "facilitator", "fr").await;
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("?done=invited")
    );

    let mail = app.mail.wait_for(email, 1).await;
    assert_eq!(mail.subject(), "Vous êtes invité·e sur Consulta");
    assert!(
        mail.text()
            .contains("Council Working Group on Child Online Protection")
    );
    assert!(mail.text().contains("7 jours"), "{}", mail.text());
    assert!(mail.html().contains("lang=\"fr\""));
    let link = mail.link_to(&app.address).unwrap();
    assert!(
        link.starts_with("/invitations/") && link.ends_with("?lang=fr"),
        "{link}"
    );
    let pending = app.get_html(&format!("/admin/groups/{}", group.slug)).await;
    assert_eq!(pending.0, 303, "admin pages need a session");
    let html = app
        .text_with(&admin, &format!("/admin/groups/{}", group.slug))
        .await;
    assert!(html.contains(email), "pending invitations are listed");

    let c = client();
    let res = c.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("lang=\"fr\""));
    assert!(html.contains("animateur"), "{html}");
    let csrf = input_value(&html, "csrf").unwrap();
    let path = link.split('?').next().unwrap();
    let res = c
        .post(app.url(path))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Amal K."),
            ("password", "short"),
            ("confirm", "short"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("au moins 12 caractères"), "{html}");
    assert_eq!(
        input_value(&html, "display_name").as_deref(),
        Some("Amal K.")
    );

    let res = c
        .post(app.url(path))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Amal K."),
            ("password", "une phrase de passe solide"),
            ("confirm", "une phrase de passe solide"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/");
    let html = app.text_with(&c, "/groups").await;
    assert!(html.contains("Council Working Group"), "{html}");
    let account = repo::find_account_by_email(&app.db, email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.locale, "fr");
    let m = repo::membership(&app.db, account.id, group.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(m.role, "facilitator");

    let res = client().get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 410, "an invitation works once");
    assert!(has_audit(&app, "invitation_sent").await);
    assert!(has_audit(&app, "invitation_accepted").await);
}

#[tokio::test]
async fn inviting_an_existing_account_gives_the_role_at_once_and_tells_them() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let existing = app.create_user(None, false).await;
    let (group, res) = invite(&app, &admin, &existing.email.to_uppercase(), "member", "en").await;
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("?done=added")
    );
    let role = repo::membership(&app.db, existing.id, group.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(role.role, "member");
    let mail = app.mail.wait_for(&existing.email, 1).await;
    assert_eq!(mail.subject(), "You have a new role on Consulta");
    assert!(
        invitation::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );

    let path = format!("/admin/groups/{}", group.slug);
    let csrf = app.form_csrf(&admin, &path).await;
    let res = admin
        .post(app.url(&format!("{path}/invitations")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", existing.email.as_str()),
            ("role", "facilitator"),
            ("locale", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("already has a role in this group")
    );
}

#[tokio::test]
async fn bad_invitations_are_refused_with_a_message_per_field() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let (_, res) = invite(&app, &admin, "not-an-address", "boss", "xx").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for id in ["f-email-error", "role-error", "locale-error"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("value=\"not-an-address\""));
}

#[tokio::test]
async fn an_expired_or_withdrawn_invitation_gets_a_clear_page() {
    let app = spawn_app().await;
    let (_, admin) = app.logged_in_admin().await;
    let (group, _) = invite(&app, &admin, "late@example.org", "member", "en").await;
    let link = app
        .mail
        .wait_for("late@example.org", 1)
        .await
        .link_to(&app.address)
        .unwrap();
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::hours(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let res = client().get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("expired"));

    let path = format!("/admin/groups/{}", group.slug);
    let csrf = app.form_csrf(&admin, &path).await;
    admin
        .post(app.url(&format!("{path}/invitations")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "late@example.org"),
            ("role", "member"),
            ("locale", "en"),
        ])
        .send()
        .await
        .unwrap();
    let fresh = app
        .mail
        .wait_for("late@example.org", 2)
        .await
        .link_to(&app.address)
        .unwrap();
    let id = invitation::Entity::find()
        .filter(invitation::Column::RevokedAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let res = admin
        .post(app.url(&format!("{path}/invitations/{id}/revoke")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        client().get(app.url(&fresh)).send().await.unwrap().status(),
        404
    );
    assert!(
        membership::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "nobody joined"
    );
}

#[tokio::test]
async fn the_setup_link_creates_the_first_administrator_once() {
    let app = spawn_app().await;
    // What `consulta serve` does at start while there is no administrator.
    let secret = consulta::accounts::links::issue_setup_token(&app.db)
        .await
        .unwrap();
    let state_link = format!("/setup/{secret}");
    let stored = instance_setting::Entity::find_by_id("setup_link".to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !stored
            .value
            .contains(state_link.trim_start_matches("/setup/")),
        "hashed"
    );

    let c = client();
    let html = app.text_with(&c, &state_link).await;
    let csrf = input_value(&html, "csrf").unwrap();
    let res = c
        .post(app.url(&state_link))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "chief@example.org"),
            ("display_name", ""),
            ("password", "a long admin password"),
            ("confirm", "a long admin password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter a name."));
    assert_eq!(
        input_value(&html, "email").as_deref(),
        Some("chief@example.org")
    );
    let res = c
        .post(app.url(&state_link))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "chief@example.org"),
            ("display_name", "Chief"),
            ("password", "a long admin password"),
            ("confirm", "a long admin password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin");
    assert_eq!(c.get(app.url("/admin")).send().await.unwrap().status(), 200);
    let res = client().get(app.url(&state_link)).send().await.unwrap();
    assert_eq!(res.status(), 410, "single use");
    assert!(has_audit(&app, "admin_created").await);
}

#[tokio::test]
async fn an_expired_setup_link_is_refused() {
    let app = spawn_app().await;
    let secret = consulta::accounts::links::issue_setup_token(&app.db)
        .await
        .unwrap();
    let stored = instance_setting::Entity::find_by_id("setup_link".to_owned())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (hash, _) = stored.value.split_once(' ').unwrap();
    consulta::accounts::repo::set_instance_setting(
        &app.db,
        "setup_link",
        &format!(
            "{hash} {}",
            (chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339()
        ),
    )
    .await
    .unwrap();
    let res = client()
        .get(app.url(&format!("/setup/{secret}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 410);
}

#[test]
fn consulta_serve_prints_a_setup_link_while_there_is_no_administrator() {
    use std::io::{BufRead, BufReader};
    let dir = crate::helpers::ScratchDir::new("setup");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
        .arg("serve")
        .env("CONSULTA_DATA_DIR", &dir)
        .env("CONSULTA_PORT", "0")
        .env("CONSULTA_LOG_JSON", "false")
        .env("RUST_LOG", "info")
        .env_remove("CONSULTA_DATABASE_URL")
        .env_remove("CONSULTA_SMTP_HOST")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut link = None;
    let mut mail_line = false;
    // Two log lines per migration come first: read far enough for the migrations to come.
    for line in BufReader::new(stdout).lines().take(400) {
        let line = line.unwrap();
        mail_line |= line.contains("e-mails are written as .eml files");
        if let Some(at) = line.find("http://")
            && line.contains("/setup/")
        {
            link = Some(line[at..].split_whitespace().next().unwrap().to_owned());
            break;
        }
    }
    let link = link.expect("a setup link in the log");
    let status_line = http_get_status(&link);
    child.kill().ok();
    child.wait().ok();
    assert!(mail_line, "the log says where e-mails go");
    assert!(
        status_line.contains(" 200 "),
        "the link opens the form: {status_line}"
    );
}

/// The status line of a plain HTTP GET (no client library needed in a sync test).
fn http_get_status(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok();
    answer.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn without_smtp_emails_are_written_as_eml_files_in_the_data_dir() {
    let app = spawn_app_with(|s| s.smtp_host = String::new()).await;
    let user = app.create_user(None, false).await;
    ask_reset(&app, &user.email).await;
    let dir = app.data_dir.join("mail");
    let mut found = None;
    for _ in 0..200 {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            found = entries.flatten().map(|e| e.path()).find(|p| {
                p.extension().is_some_and(|e| e == "eml")
                    && p.to_string_lossy().contains("password_reset")
            });
        }
        if found.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let path = found.expect("an .eml file");
    let eml = std::fs::read_to_string(path).unwrap();
    assert!(eml.contains(&format!("To: {}", user.email)));
    assert!(eml.contains("Subject: Choose a new Consulta password"));
    assert!(eml.contains("multipart/alternative"));
    assert!(app.mail.all().is_empty());
}
