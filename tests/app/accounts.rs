//! Adults sign in and out, are slowed down and locked when guessing, see and end their
//! sessions, change their password and profile.
use consulta::{
    accounts::Role,
    entities::{account, audit_log, session},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::helpers::{client, input_value, spawn_app, spawn_app_with};

async fn audit_actions(app: &crate::helpers::TestApp) -> Vec<String> {
    audit_log::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn an_adult_signs_in_sees_their_groups_and_signs_out() {
    let app = spawn_app().await;
    let group = app.create_group("Youth Panel").await;
    let other = app.create_group("Other Panel").await;
    let user = app.create_user(Some((group.id, Role::Member)), false).await;
    let c = app.logged_in(&user).await;
    let html = app.text_with(&c, "/groups").await;
    assert!(html.contains("Youth Panel"), "{html}");
    assert!(!html.contains(&other.name), "another group is not listed");

    let csrf = app.csrf(&c).await;
    let res = c
        .post(app.url("/logout"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = c.get(app.url("/groups")).send().await.unwrap();
    assert_eq!(res.status(), 303, "signed out: back to the login page");
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login?next=/groups")
    );
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"login".to_owned()) && actions.contains(&"logout".to_owned()));
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_address_get_the_same_message_and_keep_the_address() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    for (email, password) in [
        (user.email.as_str(), "not the password!"),
        ("nobody@example.org", "whatever it is"),
    ] {
        let c = client();
        let csrf = app.form_csrf(&c, "/login?lang=fr").await;
        let res = c
            .post(app.url("/login?lang=fr"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("password", password),
                ("next", "/groups"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("n’est pas correct"), "{html}");
        assert!(
            html.contains("<title>Erreur : "),
            "the title says the page shows a problem, in the reader's language"
        );
        assert!(
            html.contains(&format!("value=\"{email}\"")),
            "the address is kept"
        );
        assert!(!html.contains(password), "the password is not echoed");
    }
    let failures = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("login_failed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(failures.len(), 2);
    assert!(
        failures.iter().all(|f| !f.target.contains("nobody@")),
        "no address in the audit log: {failures:?}"
    );
}

#[tokio::test]
async fn empty_fields_and_a_missing_form_token_get_messages_next_to_the_fields() {
    let app = spawn_app().await;
    let c = client();
    let csrf = app.form_csrf(&c, "/login").await;
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 3] = [
        (
            &[("csrf", &csrf), ("email", ""), ("password", "")],
            "f-email-error",
            "Enter your e-mail address.",
        ),
        (
            &[
                ("csrf", &csrf),
                ("email", "a@example.org"),
                ("password", ""),
            ],
            "f-password-error",
            "Enter your password.",
        ),
        (
            &[
                ("csrf", "forged"),
                ("email", "a@example.org"),
                ("password", "x"),
            ],
            "f-email-error",
            "This form had expired",
        ),
    ];
    for (form, id, message) in cases {
        let res = c.post(app.url("/login")).form(form).send().await.unwrap();
        assert_eq!(res.status(), 422, "{message}");
        let html = res.text().await.unwrap();
        assert!(html.contains(&format!("id=\"{id}\"")), "{message}: {html}");
        assert!(html.contains(message), "{message}");
        assert!(html.contains("aria-invalid=\"true\""), "{message}");
    }
}

#[tokio::test]
async fn sign_out_needs_the_csrf_token_and_foreign_origins_are_refused() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let res = c
        .post(app.url("/logout"))
        .form(&[("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let csrf = app.csrf(&c).await;
    let res = c
        .post(app.url("/logout"))
        .header("Origin", "https://evil.example")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn after_sign_in_only_local_paths_are_followed() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = client();
    let csrf = app.form_csrf(&c, "/login").await;
    let res = c
        .post(app.url("/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", user.email.as_str()),
            ("password", user.password.as_str()),
            ("next", "//evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/");
}

#[tokio::test]
async fn every_sign_in_gets_a_new_session_id_and_the_old_one_ends() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let first = session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(first.len(), 1);
    let res = app.submit_login(&c, &user.email, &user.password).await;
    assert_eq!(res.status(), 303);
    let second = session::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(second.len(), 1, "the session the browser came with ended");
    assert_ne!(first[0].id, second[0].id);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("consulta_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn behind_tls_the_session_cookie_is_a_secure_host_cookie() {
    let app = spawn_app_with(|s| s.behind_tls = true).await;
    let user = app.create_user(None, false).await;
    let res = app
        .submit_login(&client(), &user.email, &user.password)
        .await;
    assert_eq!(res.status(), 303);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("__Host-consulta="))
        .expect("a __Host- cookie");
    for part in ["Secure", "HttpOnly", "Path=/", "SameSite=Lax"] {
        assert!(cookie.contains(part), "{part} missing in {cookie}");
    }
    assert!(!cookie.contains("Domain="), "{cookie}");
}

#[tokio::test]
async fn idle_and_old_sessions_end() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    for column in [session::Column::LastSeenAt, session::Column::ExpiresAt] {
        let c = app.logged_in(&user).await;
        assert_eq!(
            c.get(app.url("/account")).send().await.unwrap().status(),
            200
        );
        let past = chrono::Utc::now() - chrono::Duration::minutes(31);
        session::Entity::update_many()
            .col_expr(column, Expr::value(past))
            .filter(session::Column::AccountId.eq(user.id))
            .exec(&app.db)
            .await
            .unwrap();
        let res = c.get(app.url("/account")).send().await.unwrap();
        assert_eq!(res.status(), 303, "{column:?}");
    }
}

async fn fail_login(app: &crate::helpers::TestApp, email: &str, times: usize) {
    let c = client();
    for _ in 0..times {
        let res = app.submit_login(&c, email, "not the right password").await;
        assert_eq!(res.status(), 422);
    }
}

async fn allow_next_try(app: &crate::helpers::TestApp, account_id: i32) {
    account::Entity::update_many()
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Some(chrono::Utc::now() - chrono::Duration::seconds(1))),
        )
        .filter(account::Column::Id.eq(account_id))
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn after_five_failures_sign_in_is_slowed_down_even_with_the_right_password() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    fail_login(&app, &user.email, 5).await;
    let res = app
        .submit_login(&client(), &user.email, &user.password)
        .await;
    assert_eq!(res.status(), 429);
    let html = res.text().await.unwrap();
    assert!(html.contains("Wait 1 second"), "{html}");
    assert!(html.contains(&format!("value=\"{}\"", user.email)));

    allow_next_try(&app, user.id).await;
    let res = app
        .submit_login(&client(), &user.email, &user.password)
        .await;
    assert_eq!(
        res.status(),
        303,
        "the right password works once the wait is over"
    );
    let account = account::Entity::find_by_id(user.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.failed_logins, 0, "a success clears the failures");
}

#[tokio::test]
async fn unknown_addresses_are_slowed_down_the_same_way() {
    let app = spawn_app().await;
    let email = format!("nobody-{}@example.org", uuid::Uuid::new_v4().simple());
    fail_login(&app, &email, 5).await;
    let res = app.submit_login(&client(), &email, "anything at all").await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Wait 1 second"));
}

#[tokio::test]
async fn an_account_is_locked_after_the_set_number_of_failures_and_its_holder_is_told() {
    let app = spawn_app_with(|s| {
        s.login_lock_after = 7;
        s.login_lock_minutes = 45;
    })
    .await;
    let user = app.create_user(None, false).await;
    fail_login(&app, &user.email, 5).await;
    for _ in 0..2 {
        allow_next_try(&app, user.id).await;
        fail_login(&app, &user.email, 1).await;
    }
    let mail = app.mail.wait_for(&user.email, 1).await;
    assert_eq!(mail.subject(), "Your Consulta account is locked");
    assert!(
        mail.text().contains("After 7 failed attempts"),
        "{}",
        mail.text()
    );
    assert!(mail.text().contains("45 minutes"));
    assert!(mail.html().contains("/password-reset"));

    let res = app
        .submit_login(&client(), &user.email, &user.password)
        .await;
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("blocked for a while"));
    assert!(
        audit_actions(&app)
            .await
            .contains(&"login_locked".to_owned())
    );
}

#[tokio::test]
async fn the_sessions_page_lists_devices_and_ends_one_or_all() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let phone = client();
    let csrf = app.form_csrf(&phone, "/login").await;
    let res = phone
        .post(app.url("/login"))
        .header(
            "User-Agent",
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
        )
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", user.email.as_str()),
            ("password", user.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let laptop = app.logged_in(&user).await;
    let html = app.text_with(&laptop, "/account/sessions").await;
    assert!(html.contains("Chrome Android"), "{html}");
    assert!(html.contains("this browser"));

    let phone_session = session::Entity::find()
        .filter(session::Column::Device.eq("Chrome Android"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let csrf = app.csrf(&laptop).await;
    let res = laptop
        .post(app.url("/account/sessions/end"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("session", phone_session.id.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        phone.get(app.url("/groups")).send().await.unwrap().status(),
        303
    );
    assert_eq!(
        laptop
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let res = laptop
        .post(app.url("/account/sessions/end"))
        .form(&[("csrf", csrf.as_str()), ("session", "not-a-session")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);

    let other = app.logged_in(&user).await;
    let res = laptop
        .post(app.url("/account/sessions/end-all"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login?done=ended");
    for c in [&laptop, &other] {
        assert_eq!(
            c.get(app.url("/groups")).send().await.unwrap().status(),
            303
        );
    }
    assert_eq!(session::Entity::find().all(&app.db).await.unwrap().len(), 0);
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_the_other_sessions() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let elsewhere = app.logged_in(&user).await;
    let csrf = app.csrf(&c).await;
    let new = "a brand new passphrase";
    let cases = [
        ("", new, new, "Enter your current password."),
        (
            "wrong current password",
            new,
            new,
            "Your current password is not right.",
        ),
        (
            user.password.as_str(),
            "short",
            "short",
            "Use at least 12 characters.",
        ),
        (
            user.password.as_str(),
            "password1234",
            "password1234",
            "too common",
        ),
        (
            user.password.as_str(),
            new,
            "something else",
            "not the same",
        ),
        (
            user.password.as_str(),
            user.password.as_str(),
            user.password.as_str(),
            "different from the current",
        ),
    ];
    for (current, password, confirm, message) in cases {
        let res = c
            .post(app.url("/account/password"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("current", current),
                ("password", password),
                ("confirm", confirm),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{message}");
        let html = res.text().await.unwrap();
        assert!(html.contains(message), "{message}: {html}");
        assert!(
            !html.contains(&format!("value=\"{password}\"")),
            "passwords are not echoed"
        );
    }
    let res = c
        .post(app.url("/account/password"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("current", user.password.as_str()),
            ("password", new),
            ("confirm", new),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        c.get(app.url("/groups")).send().await.unwrap().status(),
        200
    );
    assert_eq!(
        elsewhere
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    let mail = app.mail.wait_for(&user.email, 1).await;
    assert_eq!(mail.subject(), "Your Consulta password was changed");
    assert_eq!(
        app.submit_login(&client(), &user.email, new).await.status(),
        303
    );
    assert_eq!(
        app.submit_login(&client(), &user.email, &user.password)
            .await
            .status(),
        422
    );
    assert!(
        audit_actions(&app)
            .await
            .contains(&"password_changed".to_owned())
    );
}

#[tokio::test]
async fn the_profile_keeps_typed_values_on_bad_input_and_saves_name_and_language() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let csrf = app.form_csrf(&c, "/account").await;
    let res = c
        .post(app.url("/account"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "  "),
            ("locale", "xx"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter a name."));
    assert!(html.contains("Choose one of the languages"));
    let res = c
        .post(app.url("/account"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Amal K."),
            ("locale", "ar"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let account = account::Entity::find_by_id(user.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (account.display_name.as_str(), account.locale.as_str()),
        ("Amal K.", "ar")
    );
    let html = app
        .text_with(&c, res.headers()["location"].to_str().unwrap())
        .await;
    assert!(
        html.contains("dir=\"rtl\""),
        "the page follows the chosen language"
    );
    assert_eq!(
        input_value(&html, "display_name").as_deref(),
        Some("Amal K.")
    );
}

#[test]
fn an_administrator_is_created_from_the_command_line_with_the_password_on_stdin() {
    use std::io::Write;
    let dir = crate::helpers::ScratchDir::new("admin");
    let run = |password: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
            .args(["admin", "create", "--email", "Admin@Example.org"])
            .env("CONSULTA_DATA_DIR", &dir)
            .env_remove("CONSULTA_DATABASE_URL")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        child.wait_with_output().unwrap()
    };
    let short = run("short");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("12 characters"));
    let ok = run("a long admin password");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("admin@example.org"));
    let again = run("a long admin password");
    assert!(
        !again.status.success(),
        "a second account with the same address is refused"
    );
}
