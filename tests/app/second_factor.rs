//! The second factor: setting it up, signing in with a code or a recovery code, codes that
//! work once, and administrators requiring it.
use consulta::{
    accounts::{Role, second_factor},
    entities::{account, audit_log},
    secrets::SealingKey,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use crate::helpers::{TestApp, TestUser, client, input_value, spawn_app};

async fn account_of(app: &TestApp, id: i32) -> account::Model {
    account::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The instance's sealing key: this test app sets no `secret_key`, so it is the key file
/// the app made in its data folder.
fn sealing_of(app: &TestApp) -> SealingKey {
    let file = std::fs::read_to_string(app.data_dir.join("secret.key")).expect("the key file");
    SealingKey::from_secret(file.trim().as_bytes())
}

/// The account's second-factor secret: stored sealed, opened with the instance's key.
async fn secret_of(app: &TestApp, id: i32) -> String {
    let stored = account_of(app, id).await.totp_secret.unwrap();
    assert!(SealingKey::is_sealed(&stored), "stored sealed: {stored}");
    sealing_of(app)
        .open(&stored)
        .expect("sealed with the instance's key")
}

/// Lets the current code be used again (as if the next 30-second step had come).
async fn forget_used_step(app: &TestApp, id: i32) {
    account::Entity::update_many()
        .col_expr(
            account::Column::TotpLastStep,
            Expr::value(Option::<i64>::None),
        )
        .filter(account::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .unwrap();
}

/// Turns the second factor on through the account pages; returns the recovery codes.
async fn turn_on(app: &TestApp, c: &reqwest::Client, user: &TestUser) -> Vec<String> {
    let csrf = app.form_csrf(c, "/account/2fa").await;
    let res = c
        .post(app.url("/account/2fa/setup"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = app.text_with(c, "/account/2fa").await;
    assert!(html.contains("<svg"), "a QR code drawn in the page");
    assert!(html.contains("role=\"img\""));
    let secret = secret_of(app, user.id).await;
    assert!(
        html.contains(&second_factor::grouped(&secret)),
        "the key to type"
    );

    let res = c
        .post(app.url("/account/2fa/enable"))
        .form(&[("csrf", csrf.as_str()), ("code", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("This code is not right"));

    let code = second_factor::current_code(&secret).unwrap();
    let res = c
        .post(app.url("/account/2fa/enable"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let codes: Vec<String> = html
        .split("<code>")
        .skip(1)
        .map(|s| s.split("</code>").next().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10, "{html}");
    assert!(account_of(app, user.id).await.totp_enabled);
    codes
}

/// Signs in with the password; returns the client waiting for the second step.
async fn password_step(app: &TestApp, user: &TestUser) -> (reqwest::Client, String) {
    let c = client();
    let res = app.submit_login(&c, &user.email, &user.password).await;
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    (c, location)
}

async fn submit_code(app: &TestApp, c: &reqwest::Client, code: &str) -> reqwest::Response {
    let csrf = app.form_csrf(c, "/login/2fa").await;
    c.post(app.url("/login/2fa"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", code),
            ("next", "/account"),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn with_a_second_factor_signing_in_needs_a_code_that_works_once() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    turn_on(&app, &c, &user).await;
    let secret = secret_of(&app, user.id).await;

    let (pending, location) = password_step(&app, &user).await;
    assert_eq!(location, "/login/2fa?next=/groups");
    let res = pending.get(app.url("/groups")).send().await.unwrap();
    assert_eq!(res.status(), 303, "a half-signed-in session opens nothing");

    for (code, message) in [("", "Enter the code"), ("123456", "This code is not right")] {
        let res = submit_code(&app, &pending, code).await;
        assert_eq!(res.status(), 422, "{message}");
        assert!(res.text().await.unwrap().contains(message), "{message}");
    }
    forget_used_step(&app, user.id).await;
    let code = second_factor::current_code(&secret).unwrap();
    let res = submit_code(&app, &pending, &code).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account");
    assert_eq!(
        pending
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let (again, _) = password_step(&app, &user).await;
    let res = submit_code(&app, &again, &code).await;
    assert_eq!(res.status(), 422, "the same code cannot be replayed");

    let failures = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("login_2fa_failed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(failures.len(), 2);
}

#[tokio::test]
async fn a_recovery_code_replaces_the_app_once() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let codes = turn_on(&app, &c, &user).await;
    let (pending, _) = password_step(&app, &user).await;
    let typed = codes[3].to_lowercase().replace('-', " ");
    let res = submit_code(&app, &pending, &typed).await;
    assert_eq!(res.status(), 303, "typed loosely, it still works");
    let html = app.text_with(&pending, "/account/2fa").await;
    assert!(html.contains("You have 9 unused recovery codes"), "{html}");

    let (again, _) = password_step(&app, &user).await;
    assert_eq!(submit_code(&app, &again, &codes[3]).await.status(), 422);
}

#[tokio::test]
async fn turning_the_second_factor_off_or_renewing_codes_needs_the_password() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    let old = turn_on(&app, &c, &user).await;
    let csrf = app.csrf(&c).await;
    let res = c
        .post(app.url("/account/2fa/recovery-codes"))
        .form(&[("csrf", csrf.as_str()), ("password", "wrong password!!")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = c
        .post(app.url("/account/2fa/recovery-codes"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", user.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(!res.text().await.unwrap().contains(&old[0]), "new codes");

    let res = c
        .post(app.url("/account/2fa/disable"))
        .form(&[("csrf", csrf.as_str()), ("password", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter your current password.")
    );
    let res = c
        .post(app.url("/account/2fa/disable"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", user.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let account = account_of(&app, user.id).await;
    assert!(!account.totp_enabled && account.totp_secret.is_none());
    let (_, location) = password_step(&app, &user).await;
    assert_eq!(location, "/groups", "no second step any more");
}

#[tokio::test]
async fn an_administrator_requires_a_second_factor_and_facilitators_set_it_up_at_sign_in() {
    let app = spawn_app().await;
    let group = app.create_group("Youth Panel").await;
    let facilitator = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let member = app.create_user(Some((group.id, Role::Member)), false).await;
    let facilitator_client = app.logged_in(&facilitator).await;
    let member_client = app.logged_in(&member).await;
    let admin = app.create_user(None, true).await;
    let admin_client = app.logged_in(&admin).await;

    let csrf = app.form_csrf(&admin_client, "/admin").await;
    let res = admin_client
        .post(app.url("/admin/settings"))
        .form(&[("csrf", csrf.as_str()), ("require_totp", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "not before the administrator has one");
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Set up your own second factor first")
    );

    turn_on(&app, &admin_client, &admin).await;
    let res = admin_client
        .post(app.url("/admin/settings"))
        .form(&[("csrf", csrf.as_str()), ("require_totp", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        facilitator_client
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        303,
        "facilitators without a second factor are signed out"
    );
    assert_eq!(
        member_client
            .get(app.url("/groups"))
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "members are not concerned"
    );
    assert_eq!(
        admin_client
            .get(app.url("/admin"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let (c, location) = password_step(&app, &facilitator).await;
    assert_eq!(location, "/login/2fa/setup?next=/groups");
    let html = app.text_with(&c, &location).await;
    assert!(html.contains("<svg") && html.contains("requires a second factor"));
    let csrf = input_value(&html, "csrf").unwrap();
    let res = c
        .post(app.url("/login/2fa/setup"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", "999999"),
            ("next", "/groups"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let secret = secret_of(&app, facilitator.id).await;
    let code = second_factor::current_code(&secret).unwrap();
    let res = c
        .post(app.url("/login/2fa/setup"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", code.as_str()),
            ("next", "/groups"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("recovery codes"));
    assert_eq!(
        c.get(app.url("/groups")).send().await.unwrap().status(),
        200
    );

    let csrf = app.csrf(&c).await;
    let res = c
        .post(app.url("/account/2fa/disable"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", facilitator.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("cannot be turned off"));
}

#[tokio::test]
async fn second_factor_secrets_are_sealed_with_a_key_outside_the_database() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    let c = app.logged_in(&user).await;
    turn_on(&app, &c, &user).await;
    let stored = account_of(&app, user.id).await.totp_secret.unwrap();
    let secret = secret_of(&app, user.id).await;
    assert!(
        !stored.contains(&secret),
        "the database holds no usable secret"
    );
    // A copy of the database with any other key opens nothing.
    assert_eq!(
        SealingKey::from_secret(b"another instance's key").open(&stored),
        None
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(app.data_dir.join("secret.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the key file is private");
    }

    // A secret an earlier version stored as it was is sealed, and still signs in.
    account::Entity::update_many()
        .col_expr(account::Column::TotpSecret, Expr::value(secret.clone()))
        .filter(account::Column::Id.eq(user.id))
        .exec(&app.db)
        .await
        .unwrap();
    let sealed = second_factor::seal_stored_secrets(&app.db, &sealing_of(&app))
        .await
        .unwrap();
    assert_eq!(sealed, 1);
    assert_eq!(secret_of(&app, user.id).await, secret);
    let again = second_factor::seal_stored_secrets(&app.db, &sealing_of(&app)).await;
    assert_eq!(again.unwrap(), 0, "sealed values are left alone");
    let (pending, _) = password_step(&app, &user).await;
    forget_used_step(&app, user.id).await;
    let code = second_factor::current_code(&secret).unwrap();
    let res = submit_code(&app, &pending, &code).await;
    assert_eq!(res.status(), 303);
}
