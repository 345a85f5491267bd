//! Hostile input, table-driven: XSS payloads in every text shown later, SQL metacharacters,
//! path traversal, oversized and deeply nested JSON, invalid UTF-8, CSRF, session fixation,
//! and one group's facilitator reaching for another group's records (IDOR).
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{client, input_value, spawn_app};

const XSS: [&str; 5] = [
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
    "'\"--></style></script><script>alert(1)</script>",
];

/// Raw markup that must never reach a page unescaped.
const DANGEROUS: [&str; 3] = ["<script>alert", "<img src=x", "<svg/onload"];

const SQL: [&str; 6] = [
    "' OR '1'='1",
    "'; DROP TABLE consultation; --",
    "\" OR 1=1 --",
    "1; SELECT pg_sleep(5)",
    "%' UNION SELECT * FROM account --",
    "\\'; --",
];

fn assert_escaped(body: &str, what: &str) {
    for bad in DANGEROUS {
        assert!(!body.contains(bad), "{what}: unescaped {bad:?} in the page");
    }
}

/// Adds `payload` to every translated text (objects keyed by language) of a definition.
fn poison(v: &mut Value, payload: &str) {
    match v {
        Value::Object(map) => {
            let is_text = !map.is_empty()
                && map
                    .keys()
                    .all(|k| ["ar", "en", "es", "fr", "ru", "zh"].contains(&k.as_str()));
            if is_text {
                for t in map.values_mut() {
                    if let Value::String(s) = t
                        && !s.is_empty()
                    {
                        s.push(' ');
                        s.push_str(payload);
                    }
                }
            } else {
                map.values_mut().for_each(|x| poison(x, payload));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| poison(x, payload)),
        _ => {}
    }
}

async fn json_of(res: reqwest::Response) -> Value {
    res.json().await.unwrap_or(Value::Null)
}

#[tokio::test]
async fn xss_payloads_in_consultation_texts_are_escaped_on_every_page_that_shows_them() {
    let app = spawn_app().await;
    for payload in XSS {
        let c = app.create_draft_consultation().await;
        let t = c.facilitator.token.as_str();
        let base = format!("/api/v1/consultations/{}", c.slug);
        let mut doc = json_of(
            app.api(Method::GET, &format!("{base}/document"), t, None)
                .await,
        )
        .await;
        poison(&mut doc, payload);
        let state = json_of(
            app.api(Method::GET, &format!("{base}/authoring"), t, None)
                .await,
        )
        .await;
        let doc = json!({"version": state["version"], "document": doc});
        let res = app
            .api(Method::PUT, &format!("{base}/document"), t, Some(&doc))
            .await;
        let status = res.status().as_u16();
        assert_eq!(
            status,
            200,
            "{payload}: document replaced ({})",
            res.text().await.unwrap_or_default()
        );
        let res = app
            .api(
                Method::POST,
                &format!("{base}/transitions"),
                t,
                Some(&json!({"to": "open"})),
            )
            .await;
        assert_eq!(res.status(), 200, "{payload}: opens");
        let facilitator = app.logged_in(&c.facilitator).await;
        for lang in ["en", "ar"] {
            let pages = [
                format!("/c/{}?lang={lang}", c.slug),
                format!("/c/{}/help?lang={lang}", c.slug),
            ];
            for path in pages {
                let (status, body) = app.get_html(&path).await;
                assert_eq!(status, 200, "{path}");
                assert_escaped(&body, &format!("{payload} {path}"));
            }
            for path in [
                format!("/manage/c/{}?lang={lang}", c.slug),
                format!("/manage/c/{}/preview?lang={lang}", c.slug),
                format!("/manage/c/{}/texts?lang={lang}", c.slug),
                format!("/manage/c/{}/translations?lang={lang}", c.slug),
                format!("/groups/{}?lang={lang}", c.group.slug),
            ] {
                let res = facilitator.get(app.url(&path)).send().await.unwrap();
                assert_eq!(res.status(), 200, "{path}");
                assert_escaped(&res.text().await.unwrap(), &format!("{payload} {path}"));
            }
        }
        // Walk the respondent journey with the payload as every typed answer: each screen
        // (and the check-your-answers page, which repeats the answers) stays escaped.
        let young = client();
        let mut res = young
            .post(app.url(&format!("/c/{}", c.slug)))
            .form(&[("action", "start"), ("lang", "en")])
            .send()
            .await
            .unwrap();
        for _ in 0..12 {
            let body = res.text().await.unwrap();
            assert_escaped(&body, &format!("{payload} journey"));
            if body.contains("value=\"submit\"") || !body.contains("value=\"next\"") {
                break;
            }
            let mut form: Vec<(String, String)> = vec![("action".into(), "next".into())];
            for name in text_inputs(&body) {
                form.push((name, payload.into()));
            }
            res = young
                .post(app.url(&format!("/c/{}", c.slug)))
                .form(&form)
                .send()
                .await
                .unwrap();
        }
    }
}

/// The names of the hidden state and the free-text fields of a journey screen.
fn text_inputs(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in html
        .split('<')
        .filter(|t| t.starts_with("input") || t.starts_with("textarea"))
    {
        let kind_ok = tag.starts_with("textarea")
            || tag.contains("type=\"text\"")
            || tag.contains("type=\"hidden\"");
        if !kind_ok || tag.contains("class=\"number\"") {
            continue;
        }
        if let Some(rest) = tag.split("name=\"").nth(1)
            && let Some(name) = rest.split('"').next()
            && name != "action"
        {
            names.push(name.to_owned());
        }
    }
    names
}

#[tokio::test]
async fn xss_payloads_echoed_back_in_forms_and_codes_are_escaped() {
    let app = spawn_app().await;
    for payload in XSS {
        let withdraw = client()
            .post(app.url("/withdraw?lang=en"))
            .form(&[("code", payload)])
            .send()
            .await
            .unwrap();
        assert_eq!(withdraw.status(), 422, "{payload}: withdraw");
        assert_escaped(
            &withdraw.text().await.unwrap(),
            &format!("withdraw {payload}"),
        );
        let login = client()
            .post(app.url("/login"))
            .form(&[("email", payload), ("password", "x"), ("next", payload)])
            .send()
            .await
            .unwrap();
        assert!(
            login.status().is_client_error(),
            "{payload}: login {}",
            login.status()
        );
        assert_escaped(&login.text().await.unwrap(), &format!("login {payload}"));
        let encoded: String = url_encode(payload);
        for path in [
            format!("/j?code={encoded}"),
            format!("/j/{encoded}"),
            format!("/c/{encoded}"),
            format!("/?lang={encoded}"),
            format!("/login?next={encoded}"),
        ] {
            let res = client().get(app.url(&path)).send().await.unwrap();
            assert!(res.status().as_u16() < 500, "{path}: {}", res.status());
            assert_escaped(&res.text().await.unwrap(), &path);
        }
    }
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn sql_metacharacters_anywhere_are_plain_text() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let t = c.facilitator.token.as_str();
    for sql in SQL {
        let enc = url_encode(sql);
        for (method, path) in [
            (Method::GET, format!("/c/{enc}")),
            (Method::GET, format!("/j/{enc}")),
            (Method::GET, format!("/j?code={enc}")),
            (Method::GET, format!("/api/v1/consultations/{enc}")),
            (
                Method::GET,
                format!("/api/v1/consultations/{enc}/authoring"),
            ),
            (Method::GET, format!("/api/v1/groups/{enc}/consultations")),
            (Method::GET, format!("/api/v1/meetings/{enc}")),
        ] {
            let res = app.api(method, &path, t, None).await;
            assert!(res.status().as_u16() < 500, "{path}: {}", res.status());
        }
        let res = client()
            .post(app.url("/withdraw?lang=en"))
            .form(&[("code", sql)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "withdraw {sql}");
        let res = client()
            .post(app.url("/login"))
            .form(&[("email", sql), ("password", sql)])
            .send()
            .await
            .unwrap();
        assert!(
            res.status().is_client_error(),
            "login {sql}: {}",
            res.status()
        );
        let res = app
            .api(
                Method::POST,
                &format!("/api/v1/consultations/{}/duplicate", c.slug),
                t,
                Some(&json!({"slug": sql})),
            )
            .await;
        assert!(
            res.status().is_client_error(),
            "duplicate as {sql}: {}",
            res.status()
        );
        let res = app
            .api(
                Method::POST,
                &format!("/api/v1/groups/{}/meetings", c.group.slug),
                t,
                Some(&json!({"title": sql, "place": sql, "starts_on": "2027-01-01", "is_online": false})),
            )
            .await;
        assert_eq!(res.status(), 201, "meeting titled {sql}");
        let meeting = json_of(res).await;
        assert_eq!(meeting["title"], sql, "stored as written");
    }
    // Everything is still there.
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/consultations/{}", c.slug),
            "",
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
}

#[tokio::test]
async fn path_traversal_on_static_paths_reaches_nothing() {
    let app = spawn_app().await;
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/..%2f..%2fsrc%2fmain.rs",
        "/static/....//....//etc/passwd",
        "/static/%252e%252e/Cargo.toml",
        "/static/..\\..\\Cargo.toml",
        "/static//etc/passwd",
        "/static/css/../../../../etc/passwd",
        "/static/%00app.css",
    ] {
        let res = client().get(app.url(path)).send().await.unwrap();
        let status = res.status();
        let body = res.text().await.unwrap_or_default();
        assert!(status.is_client_error(), "{path}: {status}");
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{path}: leaked a file"
        );
    }
}

#[tokio::test]
async fn oversized_deeply_nested_and_invalid_utf8_bodies_are_refused_cleanly() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let t = c.facilitator.token.as_str();
    let responses = format!("/api/v1/consultations/{}/responses", c.slug);
    let document = format!("/api/v1/consultations/{}/document", c.slug);
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested_obj = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    let huge = format!(
        "{{\"submission_id\":\"{}\",\"x\":\"{}\"}}",
        uuid::Uuid::new_v4(),
        "a".repeat(20 << 20)
    );
    let cases: [(&str, &str, Vec<u8>, &str); 8] = [
        (
            "nested arrays",
            &responses,
            nested.clone().into_bytes(),
            "application/json",
        ),
        (
            "nested objects",
            &responses,
            nested_obj.clone().into_bytes(),
            "application/json",
        ),
        (
            "nested arrays as a document",
            &document,
            nested.into_bytes(),
            "application/json",
        ),
        (
            "20 MB of JSON",
            &responses,
            huge.clone().into_bytes(),
            "application/json",
        ),
        (
            "20 MB document",
            &document,
            huge.into_bytes(),
            "application/json",
        ),
        (
            "invalid UTF-8 JSON",
            &responses,
            b"{\"language\":\"\xff\xfe\"}".to_vec(),
            "application/json",
        ),
        (
            "invalid UTF-8 document",
            &document,
            b"{\"texts\":\"\xc3\x28\"}".to_vec(),
            "application/json",
        ),
        (
            "not JSON at all",
            &responses,
            b"\x00\x01\x02".to_vec(),
            "application/json",
        ),
    ];
    for (what, path, body, kind) in cases {
        let res = reqwest::Client::new()
            .post(app.url(path))
            .bearer_auth(t)
            .header("content-type", kind)
            .body(body)
            .send()
            .await;
        let status = match res {
            Ok(r) => r.status().as_u16(),
            // The server may close the connection on an oversized body: that is a refusal too.
            Err(_) => continue,
        };
        assert!((400..500).contains(&status), "{what}: {status}");
    }
    // Forms: invalid UTF-8 and a huge body.
    for (what, path, body) in [
        (
            "invalid UTF-8 form",
            format!("/c/{}", c.slug),
            b"action=start&lang=\xff\xfe".to_vec(),
        ),
        (
            "invalid UTF-8 withdrawal",
            "/withdraw".to_owned(),
            b"code=\xc3\x28".to_vec(),
        ),
        (
            "invalid UTF-8 login",
            "/login".to_owned(),
            b"email=\xff&password=\xfe".to_vec(),
        ),
        (
            "huge form",
            format!("/c/{}", c.slug),
            format!("action=next&q={}", "a".repeat(20 << 20)).into_bytes(),
        ),
    ] {
        let res = client()
            .post(app.url(&path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await;
        if let Ok(res) = res {
            let status = res.status().as_u16();
            assert!(status < 500, "{what}: {status}");
        }
    }
    assert_eq!(app.get("/healthz").await.status(), 200, "still up");
}

#[tokio::test]
async fn state_changing_forms_without_a_valid_csrf_token_are_refused() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let facilitator = app.logged_in(&c.facilitator).await;
    let g = &c.group.slug;
    let s = &c.slug;
    let forms: [(String, Vec<(&str, &str)>); 6] = [
        (
            format!("/manage/groups/{g}/meetings"),
            vec![("title", "Meeting")],
        ),
        (
            format!("/manage/groups/{g}/consultations"),
            vec![("slug", "stolen")],
        ),
        (format!("/manage/c/{s}/status"), vec![("to", "open")]),
        (format!("/manage/c/{s}/delete"), vec![]),
        (
            format!("/manage/c/{s}/duplicate"),
            vec![("slug", "stolen-copy")],
        ),
        ("/logout".to_owned(), vec![]),
    ];
    for (path, fields) in forms {
        for csrf in [None, Some("wrong-token"), Some("")] {
            let mut form = fields.clone();
            if let Some(token) = csrf {
                form.push(("csrf", token));
            }
            let res = facilitator
                .post(app.url(&path))
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 403, "{path} with csrf {csrf:?}");
        }
    }
    // Nothing changed: still a draft, still there, still signed in.
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/consultations/{s}/authoring"),
            &c.facilitator.token,
            None,
        )
        .await;
    assert_eq!(json_of(res).await["status"], "draft");
    let res = facilitator.get(app.url("/groups")).send().await.unwrap();
    assert_eq!(res.status(), 200, "still signed in");
}

#[tokio::test]
async fn a_session_cookie_chosen_before_sign_in_is_never_the_one_used_after() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let planted = "attacker-chosen-session-value";
    // The sign-in form's CSRF token comes with its own cookie; the planted session rides along.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = plain.get(app.url("/login")).send().await.unwrap();
    let form_cookie = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("consulta_form="))
        .and_then(|v| v.split(';').next())
        .expect("the sign-in form sets its CSRF cookie")
        .to_owned();
    let csrf = input_value(&page.text().await.unwrap(), "csrf").expect("csrf field");
    let res = plain
        .post(app.url("/login"))
        .header(
            "cookie",
            format!("{form_cookie}; consulta_session={planted}"),
        )
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", c.facilitator.email.as_str()),
            ("password", c.facilitator.password.as_str()),
            ("next", "/groups"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let issued = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("consulta_session="))
        .expect("a new session cookie")
        .to_owned();
    assert!(
        !issued.contains(planted),
        "the planted value is not adopted: {issued}"
    );
    assert!(issued.contains("HttpOnly"), "{issued}");
    // The planted value does not authenticate anyone.
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(&format!("/manage/c/{}", c.slug)))
        .header("cookie", format!("consulta_session={planted}"))
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 200, "a planted cookie is no session");
}

#[tokio::test]
async fn a_facilitator_cannot_reach_another_groups_records() {
    let app = spawn_app().await;
    let mine = app.create_draft_consultation().await;
    let theirs = app.create_draft_consultation().await;
    let t = mine.facilitator.token.as_str();
    let meeting = json_of(
        app.api(
            Method::POST,
            &format!("/api/v1/groups/{}/meetings", theirs.group.slug),
            &theirs.facilitator.token,
            Some(&json!({"title": "Their meeting", "starts_on": "2027-01-01", "is_online": true})),
        )
        .await,
    )
    .await;
    let m = meeting["id"].as_i64().expect("a meeting id");
    let s = &theirs.slug;
    let g = &theirs.group.slug;
    let body = json!({});
    let api: Vec<(Method, String)> = vec![
        (Method::GET, format!("/api/v1/consultations/{s}")),
        (Method::GET, format!("/api/v1/consultations/{s}/authoring")),
        (Method::GET, format!("/api/v1/consultations/{s}/document")),
        (Method::PUT, format!("/api/v1/consultations/{s}/document")),
        (Method::PATCH, format!("/api/v1/consultations/{s}")),
        (Method::DELETE, format!("/api/v1/consultations/{s}")),
        (Method::POST, format!("/api/v1/consultations/{s}/duplicate")),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/transitions"),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/transitions"),
        ),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/translations"),
        ),
        (Method::PUT, format!("/api/v1/consultations/{s}/texts")),
        (Method::PUT, format!("/api/v1/consultations/{s}/settings")),
        (Method::POST, format!("/api/v1/consultations/{s}/sections")),
        (Method::GET, format!("/api/v1/groups/{g}/consultations")),
        (Method::POST, format!("/api/v1/groups/{g}/consultations")),
        (Method::GET, format!("/api/v1/groups/{g}/meetings")),
        (Method::POST, format!("/api/v1/groups/{g}/meetings")),
        (Method::GET, format!("/api/v1/meetings/{m}")),
        (Method::PUT, format!("/api/v1/meetings/{m}")),
        (Method::DELETE, format!("/api/v1/meetings/{m}")),
    ];
    for (method, path) in api {
        let res = app.api(method.clone(), &path, t, Some(&body)).await;
        let status = res.status().as_u16();
        // 400/422: a body refused before the ownership check reveals nothing either.
        assert!(
            [400, 403, 404, 422].contains(&status),
            "{method} {path}: {status}"
        );
    }
    let browser = app.logged_in(&mine.facilitator).await;
    for path in [
        format!("/groups/{g}"),
        format!("/manage/c/{s}"),
        format!("/manage/c/{s}/details"),
        format!("/manage/c/{s}/texts"),
        format!("/manage/c/{s}/settings"),
        format!("/manage/c/{s}/preview"),
        format!("/manage/c/{s}/export"),
        format!("/manage/c/{s}/translations"),
        format!("/manage/groups/{g}/consultations/new"),
        format!("/manage/groups/{g}/meetings/new"),
        format!("/manage/meetings/{m}"),
    ] {
        let res = browser.get(app.url(&path)).send().await.unwrap();
        let status = res.status().as_u16();
        assert!([403, 404].contains(&status), "GET {path}: {status}");
    }
    // Their records are untouched.
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/meetings/{m}"),
            &theirs.facilitator.token,
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .api(
            Method::GET,
            &format!("/api/v1/consultations/{s}/authoring"),
            &theirs.facilitator.token,
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
}
