//! The foundation: health, pages in six languages, errors, security headers, assets,
//! compression, OpenAPI, metrics, settings and process behaviour.
use std::{process::Command, time::Duration};

use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn health_and_readiness_answer_ok() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
    }
}

#[tokio::test]
async fn the_home_page_is_translated_into_six_languages_and_arabic_is_right_to_left() {
    let app = spawn_app().await;
    let expected = [
        ("ar", "rtl", "شارك برأيك"),
        ("en", "ltr", "Have your say"),
        ("es", "ltr", "Da tu opinión"),
        ("fr", "ltr", "Donne ton avis"),
        ("ru", "ltr", "Выскажи своё мнение"),
        ("zh", "ltr", "说出你的想法"),
    ];
    for (lang, dir, title) in expected {
        let (status, html) = app.get_html(&format!("/?lang={lang}")).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#)),
            "{lang}: {html}"
        );
        assert!(html.contains(title), "{lang} title missing");
        assert!(
            html.contains(r##"href="#main""##) && html.contains(r#"<main id="main""#),
            "skip link and main"
        );
        assert!(
            html.contains("/help?lang="),
            "the help link is on every page"
        );
    }
}

#[tokio::test]
async fn the_browser_language_is_the_default_and_an_explicit_choice_is_remembered() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/"))
        .header("Accept-Language", "de-DE,de;q=0.9,ru;q=0.8")
        .send()
        .await
        .unwrap();
    assert!(res.text().await.unwrap().contains(r#"lang="ru""#));

    // An adult's choice is kept in a cookie (young people's travels in the URL, see
    // security_hostile).
    app.get("/login?lang=zh").await;
    let (_, html) = app.get_html("/password-reset").await;
    assert!(
        html.contains(r#"<html lang="zh""#),
        "cookie keeps the choice"
    );
}

#[tokio::test]
async fn an_unknown_page_gets_a_translated_404_and_an_unknown_api_route_gets_problem_json() {
    let app = spawn_app().await;
    let (status, html) = app.get_html("/no/such/page?lang=fr").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page introuvable"), "{html}");

    let res = app.get("/api/v1/nothing-here").await;
    assert_eq!(res.status(), 404);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["status"], 404);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/missing", "/healthz", "/api/openapi.json"] {
        let res = app.get(path).await;
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert!(h.contains_key("permissions-policy"));
        assert!(
            !h.contains_key("strict-transport-security"),
            "no HSTS over plain HTTP"
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_when_served_behind_tls() {
    let app = spawn_app_with(|s| s.behind_tls = true).await;
    let res = app.get("/").await;
    assert!(
        res.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn assets_have_hashed_names_and_a_long_cache_life() {
    let app = spawn_app().await;
    let (_, html) = app.get_html("/").await;
    let css = html
        .split("href=\"/static/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        css.starts_with("app.") && css.ends_with(".css") && css.len() > "app.css".len(),
        "{css}"
    );
    let res = app.get(&format!("/static/{css}")).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(
        app.get("/static/app.css").await.status(),
        404,
        "only hashed names are served"
    );
    assert_eq!(app.get("/static/..%2f..%2fCargo.toml").await.status(), 404);
}

#[tokio::test]
async fn pages_are_compressed_for_slow_connections() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/"))
        .header("Accept-Encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    let encoding = res.headers()["content-encoding"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(encoding == "br" || encoding == "gzip", "{encoding}");
}

#[tokio::test]
async fn the_openapi_document_and_its_docs_page_are_served_from_the_binary() {
    let app = spawn_app().await;
    let spec: serde_json::Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    assert!(spec["paths"]["/healthz"].is_object());
    let docs = app.get("/api/docs/").await;
    assert_eq!(docs.status(), 200);
    assert!(
        docs.text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("swagger")
    );
    assert_eq!(
        app.get("/api/docs/swagger-ui-bundle.js").await.status(),
        200
    );
}

#[tokio::test]
async fn metrics_are_off_by_default_and_need_the_token_when_one_is_set() {
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status(), 404);

    let app = spawn_app_with(|s| {
        s.metrics_enabled = true;
        s.metrics_token = consulta::config::Secret::new("t0ken");
    })
    .await;
    app.get("/").await;
    assert_eq!(app.get("/metrics").await.status(), 401);
    let res = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("t0ken")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(
        text.contains(r#"consulta_http_requests_total{method="GET",route="/",status="200"} 1"#),
        "{text}"
    );
    assert!(text.contains("consulta_db_pool_connections"));
    assert!(text.contains("consulta_responses_stored_total 0"));
}

fn consulta() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_consulta"));
    cmd.env_remove("CONSULTA_DATABASE_URL")
        .env("CONSULTA_LOG_LEVEL", "warn");
    cmd
}

#[test]
fn an_invalid_setting_is_named_and_stops_the_start() {
    let out = consulta()
        .env("CONSULTA_PORT", "eighty")
        .arg("migrate")
        .arg("status")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("CONSULTA_PORT"), "{err}");
}

#[test]
fn an_unreachable_database_is_one_clear_line_with_the_password_hidden() {
    let out = consulta()
        .env(
            "CONSULTA_DATABASE_URL",
            "postgres://app:s3cret@127.0.0.1:1/consulta",
        )
        .env("CONSULTA_PORT", "0")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("postgres://app:***@127.0.0.1:1/consulta"),
        "{err}"
    );
    assert!(
        !err.contains("s3cret") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn the_server_stops_cleanly_on_sigterm() {
    let dir = crate::helpers::ScratchDir::new("sigterm");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = consulta()
        .env("CONSULTA_DATA_DIR", &dir)
        .env("CONSULTA_PORT", port.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the server answers (it then handles signals); a loaded machine may be slow.
    let started = std::time::Instant::now();
    while !answers_health(port) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

fn answers_health(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let mut reply = String::new();
    stream.write_all(b"GET /healthz HTTP/1.0\r\n\r\n").is_ok()
        && stream.read_to_string(&mut reply).is_ok()
        && reply.starts_with("HTTP/1.")
        && reply.contains(" 200 ")
}

#[test]
fn help_explains_each_command() {
    let out = consulta().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for command in ["serve", "migrate"] {
        assert!(text.contains(command), "{text}");
    }
}

#[tokio::test]
async fn the_service_worker_and_manifest_have_stable_addresses() {
    let app = spawn_app().await;
    let res = app.get("/sw.js").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["service-worker-allowed"], "/");
    assert_eq!(res.headers()["cache-control"], "no-cache");
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let manifest = app.get("/manifest.webmanifest").await;
    assert_eq!(manifest.status(), 200);
    let json: serde_json::Value = manifest.json().await.unwrap();
    assert_eq!(json["icons"][0]["src"], "/icon.svg");
    assert_eq!(app.get("/icon.svg").await.status(), 200);
    assert_eq!(app.get("/app.js").await.status(), 404);
}
