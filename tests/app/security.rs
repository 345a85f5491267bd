//! Hostile input, table-driven: XSS payloads in every text shown later, SQL metacharacters,
//! path traversal, oversized and deeply nested JSON, invalid UTF-8, CSRF, session fixation,
//! and one group's facilitator reaching for another group's records (IDOR).
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
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

// ------------------------------------------------------------------- downloads

/// Texts a spreadsheet would run as a formula: at the start of a cell, or after a `;` or a
/// tab (French, Spanish and Russian spreadsheets split a comma-separated file at `;`).
const FORMULAS: [&str; 7] = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1,2)",
    "\t=1+1",
    "fine;=cmd|' /C calc'!A0",
    "fine\t@SUM(1,2)",
];

/// The cells of a CSV that start like a formula, when read with `delimiter`.
fn formula_cells(bytes: &[u8], delimiter: u8) -> Vec<String> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(body)
        .records()
        .filter_map(Result::ok)
        .flat_map(|r| r.iter().map(str::to_owned).collect::<Vec<_>>())
        .filter(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r']))
        .collect()
}

/// A response to the fixture consultation with `text` as its free-text answers.
fn fixture_response(text: &str, uses: &str) -> Value {
    json!({
        "submission_id": uuid::Uuid::new_v4().to_string(),
        "language": "en",
        "age_band": "13-15",
        "country": "KE",
        "gender": "prefer_not_to_say",
        "guardian_confirmed": false,
        "answers": {"uses": uses, "word": text, "ideas": text}
    })
}

#[tokio::test]
async fn xss_and_formula_payloads_in_downloads_stay_inert_text() {
    use calamine::{Reader, Xlsx};
    let app = spawn_app().await;
    let title_payload = XSS[0];
    let fx = app
        .consultation_with("open", |d| {
            let mut v = serde_json::to_value(&*d).unwrap();
            poison(&mut v, title_payload);
            // An option whose label is a formula in every language.
            let label: serde_json::Map<String, Value> = ["ar", "en", "es", "fr", "ru", "zh"]
                .iter()
                .map(|l| ((*l).to_owned(), json!(FORMULAS[0])))
                .collect();
            v["sections"][0]["questions"][0]["options"][1]["label"] = Value::Object(label);
            *d = serde_json::from_value(v).unwrap();
        })
        .await;
    let group = fx.group_id;
    let facilitator = app
        .create_user(Some((group, consulta::accounts::Role::Facilitator)), false)
        .await;
    let texts: Vec<&str> = XSS.iter().chain(FORMULAS.iter()).copied().collect();
    for (i, text) in texts.iter().enumerate() {
        let uses = if i % 3 == 0 { "no" } else { "yes" };
        let res = app
            .post_json(
                &format!("/api/v1/consultations/{}/responses", fx.slug),
                &fixture_response(text, uses),
            )
            .await;
        assert_eq!(res.status(), 201, "{text:?}");
    }
    let t = facilitator.token.as_str();
    let mut files = std::collections::BTreeMap::new();
    for file in [
        "summary.csv",
        "summary.xlsx",
        "summary.json",
        "responses.csv",
        "responses.xlsx",
    ] {
        for lang in ["en", "fr"] {
            let res = app
                .api(
                    Method::GET,
                    &format!(
                        "/api/v1/consultations/{}/exports/{file}?lang={lang}",
                        fx.slug
                    ),
                    t,
                    None,
                )
                .await;
            assert_eq!(res.status(), 200, "{file}");
            let header = |name: &str| {
                res.headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned()
            };
            assert!(!header("content-type").contains("html"), "{file}");
            assert!(
                header("content-disposition").starts_with("attachment"),
                "{file} is a download"
            );
            assert_eq!(header("x-content-type-options"), "nosniff", "{file}");
            files.insert(
                format!("{lang}/{file}"),
                res.bytes().await.unwrap().to_vec(),
            );
        }
    }
    for (name, bytes) in &files {
        if name.ends_with(".csv") {
            for (delimiter, what) in [(b',', "comma"), (b';', "semicolon"), (b'\t', "tab")] {
                let cells = formula_cells(bytes, delimiter);
                assert!(
                    cells.is_empty(),
                    "{name} read with a {what} separator has formulas: {cells:?}"
                );
            }
            let text = String::from_utf8_lossy(bytes);
            assert!(
                text.contains(title_payload),
                "{name}: the markup is kept as text"
            );
        } else if name.ends_with(".xlsx") {
            let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
            let mut seen_payload = false;
            for sheet in wb.sheet_names() {
                let formulas = wb.worksheet_formula(&sheet).unwrap();
                assert!(
                    formulas.used_cells().all(|(_, _, f)| f.is_empty()),
                    "{name}/{sheet}: a formula cell"
                );
                let range = wb.worksheet_range(&sheet).unwrap();
                for (_, _, cell) in range.used_cells() {
                    let calamine::Data::String(cell) = cell else {
                        continue;
                    };
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{name}/{sheet}: {cell:?}"
                    );
                    seen_payload |= cell.contains(title_payload);
                }
            }
            assert!(seen_payload, "{name}: the markup is kept as text");
        } else {
            let doc: Value = serde_json::from_slice(bytes).expect("JSON");
            let title = doc["consultation"]["title"].as_str().unwrap_or_default();
            assert!(title.ends_with(title_payload), "{name}: {title}");
        }
    }
}

// ------------------------------------------------------------------- e-mails

/// The lines of a message's header block.
fn header_lines(mail: &crate::smtp_sink::Mail) -> Vec<String> {
    mail.raw
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Creates a group named `name` through the administrators' API; returns its short name.
async fn api_group(app: &crate::helpers::TestApp, admin: &str, name: &str) -> String {
    let slug = format!("g-{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let res = app
        .api(
            Method::POST,
            "/api/v1/groups",
            admin,
            Some(&json!({"name": name, "slug": slug})),
        )
        .await;
    assert_eq!(res.status(), 201, "group {name:?}");
    slug
}

async fn api_invite(
    app: &crate::helpers::TestApp,
    admin: &str,
    group: &str,
    email: &str,
) -> reqwest::Response {
    app.api(
        Method::POST,
        &format!("/api/v1/groups/{group}/invitations"),
        admin,
        Some(&json!({"email": email, "role": "facilitator", "locale": "en"})),
    )
    .await
}

#[tokio::test]
async fn xss_payloads_in_e_mails_are_escaped_in_their_html_part() {
    use crate::fixtures::moderation::{create_consultation, store_answer};
    let app = spawn_app().await;
    let admin = app.create_user(None, true).await;
    let existing = app.create_user(None, false).await;
    for (i, payload) in XSS.iter().enumerate() {
        let group = api_group(&app, &admin.token, &format!("Panel {payload}")).await;
        // An invitation to a new address, and a role for an existing account.
        let invitee = format!("invitee-{i}@example.org");
        let res = api_invite(&app, &admin.token, &group, &invitee).await;
        assert_eq!(res.status(), 201, "{payload}: invited");
        // Earlier rounds also sent them safeguarding alerts (a facilitator of a group
        // without a lead is told).
        let earlier = app.mail.to(&existing.email).len();
        let res = api_invite(&app, &admin.token, &group, &existing.email).await;
        assert_eq!(res.status(), 201, "{payload}: added");
        let invitation = app.mail.wait_for(&invitee, 1).await;
        let added = app.mail.wait_for(&existing.email, earlier + 1).await;
        for (what, mail) in [("invitation", &invitation), ("added", &added)] {
            let html = mail.html();
            assert_escaped(&html, &format!("{what} e-mail, {payload}"));
            if payload.contains('<') {
                assert!(
                    html.contains("Panel &#"),
                    "{what}: the group's name is shown, escaped: {html}"
                );
            }
            assert!(
                mail.text().contains(payload),
                "{what}: plain text as written"
            );
        }
        // The page the invitation links to shows the group's name escaped too.
        let link = invitation
            .link_to(&app.address)
            .expect("a link in the invitation");
        let (status, page) = app.get_html(&link).await;
        assert_eq!(status, 200, "{link}");
        assert_escaped(&page, &format!("invitation page, {payload}"));

        // A safeguarding alert to the administrators about a group without a lead: its
        // name and the consultation's title in the e-mail.
        let group_id = consulta::accounts::repo::group_by_slug(&app.db, &group)
            .await
            .unwrap()
            .expect("the group")
            .id;
        let c = create_consultation(&app, group_id, "open", None, json!({})).await;
        let mut definition: Value = serde_json::from_str(&c.definition).unwrap();
        definition["texts"]["title"]["en"] = json!(format!("Title {payload}"));
        consulta::entities::consultation::Entity::update_many()
            .col_expr(
                consulta::entities::consultation::Column::Definition,
                sea_orm::sea_query::Expr::value(definition.to_string()),
            )
            .filter(consulta::entities::consultation::Column::Id.eq(c.id))
            .exec(&app.db)
            .await
            .unwrap();
        let id = store_answer(&app, c.id, "en", None, "q_views", "Adults should listen").await;
        let res = app
            .api(
                Method::POST,
                &format!("/api/v1/consultations/{}/moderation/{id}/refer", c.slug),
                &admin.token,
                None,
            )
            .await;
        assert_eq!(res.status(), 200, "{payload}: referred");
        let alert = app.mail.wait_for(&admin.email, i + 1).await;
        let html = alert.html();
        assert_escaped(&html, &format!("safeguarding alert, {payload}"));
        assert!(
            alert.text().contains(&format!("Title {payload}")),
            "{}",
            alert.text()
        );
    }
    // A password reset for an account whose display name is markup.
    consulta::accounts::repo::set_profile(&app.db, existing.id, XSS[0], "en")
        .await
        .unwrap();
    let before = app.mail.to(&existing.email).len();
    let browser = client();
    let csrf = app.form_csrf(&browser, "/password-reset").await;
    let res = browser
        .post(app.url("/password-reset"))
        .form(&[("csrf", csrf.as_str()), ("email", existing.email.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let reset = app.mail.wait_for(&existing.email, before + 1).await;
    assert_escaped(&reset.html(), "reset e-mail");
    assert!(reset.html().contains("/password-reset/"));
}

/// Line breaks that would add a header or a recipient if copied into a message's head.
const INJECTIONS: [&str; 6] = [
    "victim@example.org\r\nBcc: attacker@evil.example",
    "victim@example.org\nBcc: attacker@evil.example",
    "victim@example.org\rBcc: attacker@evil.example",
    "victim@example.org\r\n\r\n<script>alert(1)</script>",
    "victim@example.org,attacker@evil.example",
    "\"victim@example.org\r\nBcc: attacker@evil.example\" <victim@example.org>",
];

/// Checks every message the sink received: one recipient, no injected header.
fn assert_no_injected_mail(app: &crate::helpers::TestApp) {
    for mail in app.mail.all() {
        assert_eq!(mail.to.len(), 1, "one recipient: {:?}", mail.to);
        assert!(
            !mail.to[0].contains("attacker") && !mail.to[0].contains('\n'),
            "{:?}",
            mail.to
        );
        for line in header_lines(&mail) {
            let lower = line.to_ascii_lowercase();
            assert!(
                !lower.starts_with("bcc:")
                    && !lower.starts_with("cc:")
                    && !lower.starts_with("x-injected"),
                "an injected header: {line:?} in {}",
                mail.raw
            );
        }
    }
}

#[tokio::test]
async fn line_breaks_in_e_mail_fields_never_add_a_header_or_a_recipient() {
    use crate::fixtures::moderation::{create_consultation, store_answer};
    let app = spawn_app().await;
    let (admin, admin_browser) = app.logged_in_admin().await;
    let group = api_group(&app, &admin.token, "Youth Panel").await;
    // An invited address with line breaks: refused, through the API and the admin page.
    for email in INJECTIONS {
        let res = api_invite(&app, &admin.token, &group, email).await;
        assert!(
            [400, 422].contains(&res.status().as_u16()),
            "API invitation {email:?}: {}",
            res.status()
        );
        let csrf = app.csrf(&admin_browser).await;
        let res = admin_browser
            .post(app.url(&format!("/admin/groups/{group}/invitations")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("role", "member"),
                ("locale", "en"),
            ])
            .send()
            .await
            .unwrap();
        assert!(
            [400, 422].contains(&res.status().as_u16()),
            "admin page invitation {email:?}: {}",
            res.status()
        );
        // A password reset for such an address: refused, nothing sent.
        let browser = client();
        let csrf = app.form_csrf(&browser, "/password-reset").await;
        let res = browser
            .post(app.url("/password-reset"))
            .form(&[("csrf", csrf.as_str()), ("email", email)])
            .send()
            .await
            .unwrap();
        assert!(
            [400, 422].contains(&res.status().as_u16()),
            "reset {email:?}: {}",
            res.status()
        );
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        app.mail.all().is_empty(),
        "nothing was sent: {:?}",
        app.mail.all().iter().map(|m| &m.to).collect::<Vec<_>>()
    );

    // Line breaks in a group's name, a display name and a consultation's title: the
    // e-mails built from them keep one recipient and their own headers.
    let evil = "Panel\r\nBcc: attacker@evil.example\r\nX-Injected: yes\r\n\r\nbody";
    let evil_group = api_group(&app, &admin.token, evil).await;
    let existing = app.create_user(None, false).await;
    consulta::accounts::repo::set_profile(&app.db, existing.id, evil, "en")
        .await
        .unwrap();
    let res = api_invite(&app, &admin.token, &evil_group, "new@example.org").await;
    assert_eq!(res.status(), 201);
    let res = api_invite(&app, &admin.token, &evil_group, &existing.email).await;
    assert_eq!(res.status(), 201);
    app.mail.wait_for("new@example.org", 1).await;
    app.mail.wait_for(&existing.email, 1).await;
    let group_id = consulta::accounts::repo::group_by_slug(&app.db, &evil_group)
        .await
        .unwrap()
        .expect("the group")
        .id;
    let c = create_consultation(&app, group_id, "open", None, json!({})).await;
    let mut definition: Value = serde_json::from_str(&c.definition).unwrap();
    definition["texts"]["title"]["en"] = json!(evil);
    consulta::entities::consultation::Entity::update_many()
        .col_expr(
            consulta::entities::consultation::Column::Definition,
            sea_orm::sea_query::Expr::value(definition.to_string()),
        )
        .filter(consulta::entities::consultation::Column::Id.eq(c.id))
        .exec(&app.db)
        .await
        .unwrap();
    let id = store_answer(&app, c.id, "en", None, "q_views", "Adults should listen").await;
    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/consultations/{}/moderation/{id}/refer", c.slug),
            &admin.token,
            None,
        )
        .await;
    assert_eq!(res.status(), 200);
    app.mail.wait_for(&admin.email, 1).await;
    let browser = client();
    let csrf = app.form_csrf(&browser, "/password-reset").await;
    browser
        .post(app.url("/password-reset"))
        .form(&[("csrf", csrf.as_str()), ("email", existing.email.as_str())])
        .send()
        .await
        .unwrap();
    app.mail.wait_for(&existing.email, 2).await;
    assert_eq!(app.mail.all().len(), 4, "invitation, added, alert, reset");
    assert_no_injected_mail(&app);
}

// --------------------------------------------------- display names, quotes, word cloud

#[tokio::test]
async fn xss_payloads_in_display_names_quotes_and_the_word_cloud_are_escaped() {
    use consulta::entities::{answer, consultation, work_group};
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let group_id = fx.group_id;
    let group = work_group::Entity::find_by_id(group_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .slug;
    let lead = app
        .create_user(
            Some((group_id, consulta::accounts::Role::Facilitator)),
            false,
        )
        .await;
    crate::fixtures::moderation::make_lead(&app, lead.id, group_id).await;
    let (_, admin) = app.logged_in_admin().await;
    let browser = app.logged_in(&lead).await;
    // Free text with markup: quotes and word-cloud terms once approved.
    for i in 0..12 {
        let text = XSS[i % XSS.len()];
        let res = app
            .post_json(
                &format!("/api/v1/consultations/{}/responses", fx.slug),
                &fixture_response(text, "yes"),
            )
            .await;
        assert_eq!(res.status(), 201, "{text}");
    }
    answer::Entity::update_many()
        .col_expr(
            answer::Column::ModerationStatus,
            sea_orm::sea_query::Expr::value("approved"),
        )
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .exec(&app.db)
        .await
        .unwrap();
    crate::fixtures::moderation::quote_all_approved(&app, fx.id).await;
    // A possible disclosure, for the lead's record (which shows who wrote it).
    let disclosure = crate::fixtures::moderation::store_answer(
        &app,
        fx.id,
        "en",
        None,
        "ideas",
        "I want to die",
    )
    .await;
    for payload in XSS {
        let csrf = app.csrf(&browser).await;
        let res = browser
            .post(app.url("/account"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("display_name", payload),
                ("locale", "en"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{payload}: display name saved");
        let res = app
            .api(
                Method::POST,
                &format!(
                    "/api/v1/consultations/{}/moderation/{disclosure}/safeguarding",
                    fx.slug
                ),
                &lead.token,
                Some(&json!({"status": "in_progress", "note": payload})),
            )
            .await;
        assert_eq!(res.status(), 201, "{payload}: lead's record");
        assert_eq!(
            json_of(res).await["by"],
            payload,
            "JSON keeps it as written"
        );
        let me = json_of(app.api(Method::GET, "/api/v1/me", &lead.token, None).await).await;
        assert_eq!(me["display_name"], payload);
        for (who, c, path) in [
            ("lead", &browser, "/account".to_owned()),
            ("lead", &browser, "/groups".to_owned()),
            (
                "lead",
                &browser,
                format!("/manage/c/{}/moderation/{disclosure}", fx.slug),
            ),
            (
                "lead",
                &browser,
                format!("/manage/consultations/{}/summary?lang=en", fx.slug),
            ),
            ("admin", &admin, "/admin/accounts".to_owned()),
            ("admin", &admin, format!("/admin/groups/{group}")),
            ("admin", &admin, "/admin/audit".to_owned()),
        ] {
            let res = c.get(app.url(&path)).send().await.unwrap();
            assert_eq!(res.status(), 200, "{who} {path}");
            let body = res.text().await.unwrap();
            assert_escaped(&body, &format!("{payload} on {path}"));
            if path.contains("moderation") || path.starts_with("/admin/groups") {
                assert!(
                    body.contains(&html_escaped(payload)),
                    "{path}: the name is shown, escaped"
                );
            }
        }
    }
    // Published (once the lead has closed the concern): the public page shows the quotes
    // (and the cloud) escaped.
    let res = app
        .api(
            Method::POST,
            &format!(
                "/api/v1/consultations/{}/moderation/{disclosure}/safeguarding",
                fx.slug
            ),
            &lead.token,
            Some(&json!({"status": "referred", "note": "Referred to the helpline"})),
        )
        .await;
    assert_eq!(res.status(), 201, "the concern is closed");
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Status,
            sea_orm::sea_query::Expr::value("closed"),
        )
        .filter(consultation::Column::Id.eq(fx.id))
        .exec(&app.db)
        .await
        .unwrap();
    let c = consulta::consultations::repo::find_by_id(&app.db, fx.id)
        .await
        .unwrap()
        .unwrap();
    consulta::publishing::publish(&app.db, &c, None, true)
        .await
        .unwrap();
    for lang in ["en", "ar"] {
        let (status, html) = app
            .get_html(&format!("/results/{}?lang={lang}", fx.slug))
            .await;
        assert_eq!(status, 200);
        assert_escaped(&html, &format!("/results/{} {lang}", fx.slug));
        if lang == "en" {
            assert!(
                html.contains("&#60;script&#62;alert(") || html.contains("&lt;script&gt;alert("),
                "the quotes are shown, escaped"
            );
        }
    }
    let res = app.get(&format!("/api/v1/results/{}", fx.slug)).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
}

/// A text as the templates escape it.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

// ------------------------------------------------------------------- IDOR, every id

#[tokio::test]
async fn a_facilitator_cannot_reach_another_groups_answers_tokens_members_or_structure() {
    use consulta::{
        accounts::Role,
        entities::{api_token, membership},
    };

    use crate::fixtures::moderation::{Setup, create_consultation, make_lead, store_answer};
    let theirs = Setup::new().await;
    let app = &theirs.app;
    let their_answer = theirs.answer("en", "I want to die").await;
    let their_token = api_token::Entity::find()
        .filter(api_token::Column::AccountId.eq(theirs.facilitator.id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("their API token")
        .id;
    let their_group = consulta::entities::work_group::Entity::find_by_id(theirs.group_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .slug;
    // Me: the facilitator and safeguarding lead of another group, with my own consultation.
    let my_group = app.create_group("My group").await;
    let me = app
        .create_user(Some((my_group.id, Role::Facilitator)), false)
        .await;
    make_lead(app, me.id, my_group.id).await;
    let mine = create_consultation(app, my_group.id, "open", None, json!({})).await;
    let my_answer = store_answer(app, mine.id, "en", None, "q_views", "Mine").await;
    let t = me.token.as_str();
    let s = theirs.slug();
    let g = &their_group;
    let a = their_answer;
    let m = &mine.slug;
    let their_member = theirs.member.id;

    // Their records named by their own addresses.
    let theirs_api: Vec<(Method, String, Value)> = vec![
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/moderation"),
            json!(null),
        ),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/moderation/{a}"),
            json!(null),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{s}/moderation/{a}"),
            json!({"decision": "hidden"}),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/moderation/decisions"),
            json!({"decision": "hidden", "ids": [a]}),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/moderation/{a}/refer"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/moderation/{a}/safeguarding"),
            json!({"status": "in_progress", "note": "n"}),
        ),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/moderation/quotes"),
            json!(null),
        ),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/exports/responses.csv"),
            json!(null),
        ),
        (
            Method::GET,
            format!("/api/v1/consultations/{s}/exports/responses.xlsx"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/publish"),
            json!({"skip_moderation": true}),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{s}/feedback"),
            json!({"feedback": {"en": "x"}}),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{s}/translations/fr"),
            json!({"version": 1, "texts": {}, "confirm": []}),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{s}/sections/s1"),
            json!({"version": 1, "key": "s1", "title": {"en": "Stolen"}}),
        ),
        (
            Method::DELETE,
            format!("/api/v1/consultations/{s}/sections/s1?version=1"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/sections/s1/move"),
            json!({"version": 1, "direction": "down"}),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/sections/s1/questions"),
            json!({"version": 1, "question": {"key": "stolen", "kind": "short_text", "text": {"en": "Stolen?"}}}),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{s}/questions/q_choice"),
            json!({"version": 1, "question": {"key": "q_choice", "kind": "short_text", "text": {"en": "Stolen?"}}}),
        ),
        (
            Method::DELETE,
            format!("/api/v1/consultations/{s}/questions/q_choice?version=1"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{s}/questions/q_choice/move"),
            json!({"version": 1, "direction": "down"}),
        ),
        (
            Method::GET,
            format!("/api/v1/groups/{g}/members"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/groups/{g}/invitations"),
            json!({"email": "spy@example.org", "role": "facilitator"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/groups/{g}/members/{their_member}"),
            json!({"role": "facilitator"}),
        ),
        (
            Method::DELETE,
            format!("/api/v1/groups/{g}/members/{their_member}"),
            json!(null),
        ),
        (
            Method::DELETE,
            format!("/api/v1/tokens/{their_token}"),
            json!(null),
        ),
        // Their ids under my own consultation's address.
        (
            Method::GET,
            format!("/api/v1/consultations/{m}/moderation/{a}"),
            json!(null),
        ),
        (
            Method::PUT,
            format!("/api/v1/consultations/{m}/moderation/{a}"),
            json!({"decision": "hidden"}),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{m}/moderation/{a}/refer"),
            json!(null),
        ),
        (
            Method::POST,
            format!("/api/v1/consultations/{m}/moderation/{a}/safeguarding"),
            json!({"status": "in_progress", "note": "n"}),
        ),
    ];
    for (method, path, body) in theirs_api {
        let body = (!body.is_null()).then_some(&body);
        let res = app.api(method.clone(), &path, t, body).await;
        let status = res.status().as_u16();
        assert!(
            [403, 404].contains(&status),
            "{method} {path}: {status} {}",
            res.text().await.unwrap_or_default()
        );
    }
    // A bulk decision on my consultation naming their answer changes nothing of theirs.
    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/consultations/{m}/moderation/decisions"),
            t,
            Some(&json!({"decision": "hidden", "ids": [a, my_answer]})),
        )
        .await;
    assert_eq!(res.status(), 200);
    let result = json_of(res).await;
    assert_eq!(result["changed"], json!([my_answer]), "{result}");

    // The pages, read and written with my own valid CSRF token.
    let browser = app.logged_in(&me).await;
    let csrf = app.csrf(&browser).await;
    for path in [
        format!("/manage/c/{s}/moderation"),
        format!("/manage/c/{s}/moderation/{a}"),
        format!("/manage/c/{m}/moderation/{a}"),
        format!("/manage/consultations/{s}/summary"),
        format!("/manage/consultations/{s}/publish"),
        format!("/manage/consultations/{s}/exports/responses.csv"),
        format!("/manage/c/{s}/live"),
        format!("/manage/c/{s}/delete"),
        format!("/manage/c/{s}/replace"),
        format!("/manage/c/{s}/new-section"),
        format!("/manage/c/{s}/sections/s1"),
        format!("/manage/c/{s}/sections/s1/delete"),
        format!("/manage/c/{s}/sections/s1/questions/new"),
        format!("/manage/c/{s}/questions/q_choice"),
        format!("/manage/c/{s}/questions/q_choice/delete"),
        format!("/manage/c/{s}/translations/fr"),
        format!("/manage/groups/{g}/import"),
        format!("/admin/groups/{g}"),
    ] {
        let res = browser.get(app.url(&path)).send().await.unwrap();
        let status = res.status().as_u16();
        assert!([403, 404].contains(&status), "GET {path}: {status}");
    }
    for path in [
        format!("/manage/c/{s}/moderation"),
        format!("/manage/c/{s}/moderation/{a}/approve"),
        format!("/manage/c/{s}/moderation/{a}/refer"),
        format!("/manage/c/{s}/moderation/{a}/safeguarding"),
        format!("/manage/c/{m}/moderation/{a}/approve"),
        format!("/manage/c/{m}/moderation/{a}/refer"),
        format!("/manage/c/{m}/moderation/{a}/safeguarding"),
        format!("/manage/consultations/{s}/publish"),
        format!("/manage/consultations/{s}/feedback"),
        format!("/manage/c/{s}/live"),
        format!("/manage/c/{s}/details"),
        format!("/manage/c/{s}/texts"),
        format!("/manage/c/{s}/settings"),
        format!("/manage/c/{s}/replace"),
        format!("/manage/c/{s}/sections"),
        format!("/manage/c/{s}/sections/s1"),
        format!("/manage/c/{s}/sections/s1/delete"),
        format!("/manage/c/{s}/sections/s1/move"),
        format!("/manage/c/{s}/sections/s1/questions"),
        format!("/manage/c/{s}/questions/q_choice"),
        format!("/manage/c/{s}/questions/q_choice/delete"),
        format!("/manage/c/{s}/questions/q_choice/move"),
        format!("/manage/c/{s}/translations/fr"),
        format!("/manage/groups/{g}/import"),
        format!("/admin/groups/{g}/invitations"),
        format!("/admin/groups/{g}/members/{their_member}"),
        format!("/admin/groups/{g}/members/{their_member}/remove"),
        format!("/account/tokens/{their_token}/revoke"),
    ] {
        let res = browser
            .post(app.url(&path))
            .form(&[
                ("csrf", csrf.as_str()),
                ("one", &format!("{a}:hidden")),
                ("quote", "stolen"),
                ("status", "in_progress"),
                ("note", "n"),
                ("email", "spy@example.org"),
                ("role", "facilitator"),
                ("title", "Stolen"),
                ("direction", "up"),
            ])
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        assert!([403, 404].contains(&status), "POST {path}: {status}");
    }
    // Nothing of theirs changed: the answer, the token, the member, the structure.
    assert_eq!(theirs.status_of(a).await.as_deref(), Some("pending"));
    let res = app
        .api(Method::GET, "/api/v1/me", &theirs.facilitator.token, None)
        .await;
    assert_eq!(res.status(), 200, "their token still works");
    let role = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(their_member))
        .filter(membership::Column::GroupId.eq(theirs.group_id))
        .one(&app.db)
        .await
        .unwrap()
        .expect("still a member")
        .role;
    assert_eq!(role, "member");
    let c = consulta::consultations::repo::find_by_id(&app.db, theirs.c.id)
        .await
        .unwrap()
        .unwrap();
    let keys: Vec<&str> = c.definition.sections[0]
        .questions
        .iter()
        .map(|q| q.key.as_str())
        .collect();
    assert_eq!(keys, ["q_choice", "q_views", "q_word"]);
    assert!(
        consulta::aggregation::document::snapshot(&app.db, c.id(), "en")
            .await
            .unwrap()
            .is_none(),
        "not published"
    );
}

#[tokio::test]
async fn absurd_page_numbers_in_the_moderation_queue_are_answered_not_crashed() {
    // Found by the API fuzzing: a page number times the page size overflowed.
    let s = crate::fixtures::moderation::Setup::new().await;
    s.answer("en", "Adults should listen").await;
    let browser = s.app.logged_in(&s.facilitator).await;
    for page in [
        "0",
        "2",
        "9223372036854775807",
        "9223372036854775808",
        "18446744073709551615",
    ] {
        let res = s
            .app
            .api(
                Method::GET,
                &format!("/api/v1/consultations/{}/moderation?page={page}", s.slug()),
                &s.facilitator.token,
                None,
            )
            .await;
        assert_eq!(res.status(), 200, "API page {page}");
        let body = json_of(res).await;
        assert_eq!(body["total"], 1, "page {page}: {body}");
        let res = browser
            .get(s.page(&format!("?page={page}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "page {page}");
    }
    assert_eq!(s.app.get("/healthz").await.status(), 200, "still up");
}
