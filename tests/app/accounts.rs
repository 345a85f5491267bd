//! Adults sign in and out; pages and the API check who is asking.
use consulta::accounts::Role;

use crate::helpers::{client, spawn_app};

#[tokio::test]
async fn an_adult_signs_in_sees_their_groups_and_signs_out() {
    let app = spawn_app().await;
    let group = app.create_group("Youth Panel").await;
    let user = app.create_user(Some((group.id, Role::Member)), false).await;
    let c = app.logged_in(&user).await;
    let html = c
        .get(app.url("/groups"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Youth Panel"), "{html}");

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
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_address_get_the_same_message_and_keep_the_address() {
    let app = spawn_app().await;
    let user = app.create_user(None, false).await;
    for (email, password) in [
        (user.email.as_str(), "not the password!"),
        ("nobody@example.org", "whatever it is"),
    ] {
        let res = client()
            .post(app.url("/login?lang=fr"))
            .form(&[
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
            html.contains(&format!("value=\"{email}\"")),
            "the address is kept"
        );
        assert!(!html.contains(password), "the password is not echoed");
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
    let res = client()
        .post(app.url("/login"))
        .form(&[
            ("email", user.email.as_str()),
            ("password", user.password.as_str()),
            ("next", "//evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/groups");
}

#[test]
fn an_administrator_is_created_from_the_command_line_with_the_password_on_stdin() {
    use std::io::Write;
    let dir =
        std::env::temp_dir().join(format!("consulta-admin-{}", uuid::Uuid::new_v4().simple()));
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
