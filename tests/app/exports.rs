//! Downloads and publishing over HTTP: every format parsed back and compared with the
//! summary API, raw answers (roles, neutralisation, audit, streaming), publishing rules,
//! public pages and the open-data feed, feedback by receipt code, the PDF report.
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use chrono::Utc;
use consulta::{
    accounts::Role,
    entities::{answer, audit_log, consultation, response},
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::{
    fixtures::Fixture,
    helpers::{TestApp, TestUser, spawn_app},
    prerequisites::{Prerequisite, pdf_tools_present, present},
};

const FILES: [&str; 6] = [
    "summary.csv",
    "summary.xlsx",
    "summary.json",
    "responses.csv",
    "responses.xlsx",
    "report.pdf",
];

struct Setup {
    app: TestApp,
    fx: Fixture,
    facilitator: TestUser,
    member: TestUser,
    outsider: TestUser,
    receipts: Vec<String>,
}

fn body(i: usize, ideas: &str) -> Value {
    let bands = ["13-15", "16-17", "18-24"];
    let mut b = json!({
        "submission_id": uuid::Uuid::new_v4().to_string(),
        "language": if i.is_multiple_of(5) { "fr" } else { "en" },
        "age_band": bands[i % 3],
        "country": if i.is_multiple_of(7) { "FR" } else { "KE" },
        "gender": "prefer_not_to_say",
        "guardian_confirmed": false,
        "answers": {
            "uses": if i < 20 { "yes" } else { "no" },
            "apps": ["games"],
            "safe": "3",
            "rating": if i.is_multiple_of(2) { "4" } else { "5" },
            "priorities": ["screen", "privacy", "bullying"],
            "hours": i % 6,
            "word": "friends",
            "ideas": ideas
        }
    });
    if i >= 20 {
        b["answers"].as_object_mut().unwrap().remove("apps");
    }
    b
}

/// A consultation with 24 responses (4 say "no": fewer than the threshold of 10).
async fn setup() -> Setup {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let facilitator = app.facilitator_of(&fx).await;
    let member = app.member_of(&fx).await;
    let other = app.create_group("Another group").await;
    let outsider = app
        .create_user(Some((other.id, Role::Facilitator)), false)
        .await;
    let mut receipts = Vec::new();
    for i in 0..24 {
        let ideas = match i {
            0 => "=SUM(1,2) more adults",
            1 => "-minus help",
            _ => "More help from adults",
        };
        let res = app
            .post_json(
                &format!("/api/v1/consultations/{}/responses", fx.slug),
                &body(i, ideas),
            )
            .await;
        let status = res.status();
        let receipt: Value = res.json().await.unwrap();
        assert_eq!(status, 201, "{receipt}");
        receipts.push(receipt["receipt"].as_str().unwrap().to_owned());
    }
    Setup {
        app,
        fx,
        facilitator,
        member,
        outsider,
        receipts,
    }
}

impl Setup {
    async fn get(&self, token: Option<&str>, path: &str) -> reqwest::Response {
        let mut req = self.app.client.get(self.app.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    async fn export(&self, token: Option<&str>, file: &str, query: &str) -> reqwest::Response {
        self.get(
            token,
            &format!(
                "/api/v1/consultations/{}/exports/{file}{query}",
                self.fx.slug
            ),
        )
        .await
    }

    async fn bytes(&self, token: Option<&str>, file: &str, query: &str) -> Vec<u8> {
        let res = self.export(token, file, query).await;
        let status = res.status();
        let body = res.bytes().await.unwrap().to_vec();
        assert_eq!(status, 200, "{file}: {}", String::from_utf8_lossy(&body));
        body
    }

    async fn summary(&self, token: Option<&str>) -> Value {
        let res = self
            .get(
                token,
                &format!(
                    "/api/v1/consultations/{}/summary?text=true&lang=en",
                    self.fx.slug
                ),
            )
            .await;
        assert_eq!(res.status(), 200);
        res.json().await.unwrap()
    }

    async fn set_status(&self, status: &str) {
        let row = consultation::Entity::find_by_id(self.fx.id)
            .one(&self.app.db)
            .await
            .unwrap()
            .unwrap();
        let mut a: consultation::ActiveModel = row.into();
        a.status = Set(status.into());
        a.update(&self.app.db).await.unwrap();
    }

    async fn approve_all_text(&self) {
        answer::Entity::update_many()
            .col_expr(
                answer::Column::ModerationStatus,
                sea_orm::sea_query::Expr::value("approved"),
            )
            .filter(answer::Column::ConsultationId.eq(self.fx.id))
            .filter(answer::Column::ModerationStatus.eq("pending"))
            .exec(&self.app.db)
            .await
            .unwrap();
        // Approving is not quoting: a facilitator also chooses each text as a quote.
        crate::fixtures::moderation::quote_all_approved(&self.app, self.fx.id).await;
    }
}

fn question<'a>(summary: &'a Value, key: &str) -> &'a Value {
    summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == key)
        .unwrap_or_else(|| panic!("no question {key}"))
}

/// The tables of a summary CSV: `sheet/table` → header and rows.
fn csv_tables(bytes: &[u8]) -> Vec<(String, Vec<String>, Vec<Vec<String>>)> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let mut out: Vec<(String, Vec<String>, Vec<Vec<String>>)> = Vec::new();
    let mut stage = 0;
    for rec in r.records() {
        let rec: Vec<String> = rec.unwrap().iter().map(str::to_owned).collect();
        if let Some(name) = rec[0].strip_prefix("## ") {
            out.push((name.to_owned(), Vec::new(), Vec::new()));
            stage = 1;
        } else if stage == 1 {
            stage = 2; // the title
        } else if stage == 2 {
            out.last_mut().unwrap().1 = rec;
            stage = 3;
        } else if rec.len() == 1 && rec[0].is_empty() {
            stage = 0;
        } else if stage == 3 {
            out.last_mut().unwrap().2.push(rec);
        }
    }
    out
}

fn count_text(v: &Value) -> String {
    v.as_u64().map(|n| n.to_string()).unwrap_or_default()
}

/// The option counts of the summary API's `key`, as CSV would write them.
fn api_counts(summary: &Value, key: &str) -> Vec<(String, String)> {
    question(summary, key)["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["code"].as_str().unwrap().to_owned(),
                count_text(&o["count"]),
            )
        })
        .collect()
}

async fn check_aggregates(s: &Setup, token: Option<&str>) {
    let summary = s.summary(token).await;
    // JSON: the overall summary is the summary API's, figure for figure.
    let json: Value =
        serde_json::from_slice(&s.bytes(token, "summary.json", "?lang=en").await).unwrap();
    assert_eq!(json["schema"], "consulta.summary/1");
    assert_eq!(
        json["overall"], summary,
        "summary.json differs from the summary API"
    );
    // age band, country, region (UN M49), ITU region, gender, language, phase
    assert_eq!(json["cross_tabs"].as_array().unwrap().len(), 7);
    assert_eq!(json["cross_tabs"][2]["by"], "region");
    assert_eq!(json["cross_tabs"][3]["by"], "itu_region");
    let by_age = s
        .get(
            token,
            &format!(
                "/api/v1/consultations/{}/summary?by=age_band&lang=en",
                s.fx.slug
            ),
        )
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(
        json["cross_tabs"][0], by_age,
        "cross-tab differs from ?by=age_band"
    );

    // CSV
    let tables = csv_tables(&s.bytes(token, "summary.csv", "?lang=en").await);
    for key in ["uses", "apps", "safe", "rating", "priorities"] {
        let (_, header, rows) = tables
            .iter()
            .find(|t| t.0 == format!("{key}/options"))
            .unwrap_or_else(|| panic!("no options table for {key}"));
        assert_eq!(header[0], "Option");
        let got: Vec<(String, String)> =
            rows.iter().map(|r| (r[0].clone(), r[2].clone())).collect();
        assert_eq!(got, api_counts(&summary, key), "CSV counts of {key}");
    }
    let overview = tables.iter().find(|t| t.0 == "overview/questions").unwrap();
    let uses = overview.2.iter().find(|r| r[0] == "uses").unwrap();
    assert_eq!(uses[3], count_text(&question(&summary, "uses")["answered"]));
    let cross = tables
        .iter()
        .find(|t| t.0 == "by_age_band/cross_tab")
        .unwrap();
    for row in cross.2.iter().filter(|r| r[0] == "uses") {
        let group = by_age["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["key"] == "uses")
            .unwrap()["breakdown"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["group"] == row[1].as_str())
            .unwrap()
            .clone();
        let option = group["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["code"] == row[5].as_str())
            .unwrap();
        assert_eq!(
            row[7],
            count_text(&option["count"]),
            "cross-tab cell {row:?}"
        );
    }

    // XLSX
    let bytes = s.bytes(token, "summary.xlsx", "?lang=en").await;
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names();
    for name in [
        "overview",
        "uses",
        "priorities",
        "hours",
        "by_age_band",
        "by_phase",
    ] {
        assert!(
            names.iter().any(|n| n == name),
            "no sheet {name} in {names:?}"
        );
    }
    let range = wb.worksheet_range("uses").unwrap();
    let mut found = Vec::new();
    let rows: Vec<_> = range.rows().collect();
    let start = rows
        .iter()
        .position(|r| r.first().map(ToString::to_string).as_deref() == Some("Option"))
        .unwrap();
    for r in &rows[start + 1..] {
        let code = r[0].to_string();
        if code.is_empty() {
            break;
        }
        found.push((code, r[2].to_string()));
    }
    assert_eq!(found, api_counts(&summary, "uses"), "XLSX counts");
}

#[tokio::test]
async fn every_aggregate_download_has_the_summary_apis_numbers_and_suppression() {
    let s = setup().await;
    s.approve_all_text().await;
    check_aggregates(&s, Some(&s.facilitator.token)).await;
    check_aggregates(&s, Some(&s.member.token)).await;
    // Members do not see the 4 who said no.
    let member = s.summary(Some(&s.member.token)).await;
    assert!(question(&member, "uses")["options"][1]["count"].is_null());
    // The public once published: the frozen figures, identical while nothing changed.
    s.set_status("closed").await;
    let res = s
        .app
        .client
        .post(
            s.app
                .url(&format!("/api/v1/consultations/{}/publish", s.fx.slug)),
        )
        .bearer_auth(&s.facilitator.token)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    check_aggregates(&s, None).await;
}

#[tokio::test]
async fn arabic_workbooks_read_right_to_left_and_labels_follow_lang() {
    let s = setup().await;
    let bytes = s
        .bytes(Some(&s.member.token), "summary.xlsx", "?lang=ar")
        .await;
    assert!(rtl_flag(&bytes), "Arabic sheets read right to left");
    let bytes = s
        .bytes(Some(&s.member.token), "summary.xlsx", "?lang=en")
        .await;
    assert!(!rtl_flag(&bytes));
    let tables = csv_tables(
        &s.bytes(Some(&s.member.token), "summary.csv", "?lang=zh")
            .await,
    );
    let (_, header, rows) = tables.iter().find(|t| t.0 == "uses/options").unwrap();
    assert_eq!(header[1], "回答");
    assert_eq!(rows[0][1], "是");
}

fn rtl_flag(bytes: &[u8]) -> bool {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    xml.contains("rightToLeft=\"1\"")
}

#[tokio::test]
async fn raw_answers_are_for_facilitators_only_neutralised_and_audited() {
    let s = setup().await;
    let bytes = s
        .bytes(Some(&s.facilitator.token), "responses.csv", "?lang=fr")
        .await;
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    for col in [
        "response",
        "language",
        "phase",
        "age_band",
        "country",
        "gender",
        "uses",
        "uses_label",
        "priorities",
        "hours",
        "ideas",
    ] {
        assert!(header.iter().any(|h| h == col), "no column {col}");
    }
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 24);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let ids: Vec<String> = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(s.fx.id))
        .all(&s.app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    let mut tokens = std::collections::HashSet::new();
    for row in &rows {
        let token = &row[col("response")];
        assert!(token.len() >= 12 && !ids.contains(&token.to_owned()));
        assert!(
            !s.receipts
                .iter()
                .any(|r| r.replace('-', "") == token.to_uppercase())
        );
        assert!(tokens.insert(token.to_owned()), "tokens repeat");
    }
    let ideas: Vec<&str> = rows.iter().map(|r| &r[col("ideas")]).collect();
    assert!(ideas.iter().any(|t| t.starts_with("'=SUM")), "{ideas:?}");
    assert!(ideas.iter().any(|t| t.starts_with("'-minus")), "{ideas:?}");
    assert!(
        ideas
            .iter()
            .all(|t| !t.starts_with('=') && !t.starts_with('-'))
    );
    assert_eq!(&rows[0][col("uses_label")], "Oui");
    assert_eq!(&rows[0][col("priorities")], "screen;privacy;bullying");

    let xlsx = s
        .bytes(Some(&s.facilitator.token), "responses.xlsx", "")
        .await;
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).unwrap();
    let range = wb.worksheet_range("responses").unwrap();
    assert_eq!(range.height(), 25);
    assert!(
        range
            .rows()
            .any(|r| r.iter().any(|c| c.to_string().starts_with("'=SUM")))
    );

    let audits = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("export.raw"))
        .count(&s.app.db)
        .await
        .unwrap();
    assert_eq!(audits, 2);
}

#[tokio::test]
async fn who_may_download_what() {
    let s = setup().await;
    let f = Some(s.facilitator.token.as_str());
    let m = Some(s.member.token.as_str());
    let o = Some(s.outsider.token.as_str());
    // Who may is checked for every file; that the report is made needs the PDF tools.
    let pdf_tools = present(Prerequisite::Pdf, pdf_tools_present());
    for file in FILES {
        let made = file != "report.pdf" || pdf_tools;
        let raw = file.starts_with("responses");
        let facilitator = s.export(f, file, "").await.status().as_u16();
        if made {
            assert_eq!(facilitator, 200, "facilitator {file}");
        }
        let member = s.export(m, file, "").await.status().as_u16();
        if raw {
            assert_eq!(member, 403, "member {file}");
        } else if made {
            assert_eq!(member, 200, "member {file}");
        }
        assert_eq!(s.export(o, file, "").await.status(), 403, "outsider {file}");
        assert_eq!(
            s.export(None, file, "").await.status(),
            404,
            "public, unpublished {file}"
        );
        assert_eq!(
            s.export(Some("wrong"), file, "").await.status(),
            401,
            "bad token {file}"
        );
        let missing = s
            .get(f, &format!("/api/v1/consultations/nope/exports/{file}"))
            .await;
        assert_eq!(missing.status(), 404, "missing {file}");
    }
    let res = s.export(f, "summary.docx", "").await;
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("summary.csv"));
    // Signed-in pages get the same downloads with the session cookie.
    let client = s.app.logged_in(&s.member).await;
    let url = s.app.url(&format!(
        "/manage/consultations/{}/exports/summary.csv",
        s.fx.slug
    ));
    assert_eq!(client.get(&url).send().await.unwrap().status(), 200);
    let url = s.app.url(&format!(
        "/manage/consultations/{}/exports/responses.csv",
        s.fx.slug
    ));
    assert_eq!(client.get(&url).send().await.unwrap().status(), 403);
    // Published: the public gets aggregates, never raw answers.
    s.set_status("closed").await;
    s.approve_all_text().await;
    consulta::publishing::publish(&s.app.db, &load(&s).await, None, false)
        .await
        .unwrap();
    assert_eq!(s.export(None, "summary.csv", "").await.status(), 200);
    assert_eq!(s.export(None, "summary.json", "").await.status(), 200);
    assert_eq!(s.export(None, "responses.csv", "").await.status(), 404);
    assert_eq!(s.export(m, "responses.xlsx", "").await.status(), 403);
}

async fn load(s: &Setup) -> consulta::consultations::Consultation {
    consulta::consultations::repo::find_by_id(&s.app.db, s.fx.id)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn publishing_needs_a_closed_moderated_consultation_and_freezes_the_public_figures() {
    let s = setup().await;
    let url = s
        .app
        .url(&format!("/api/v1/consultations/{}/publish", s.fx.slug));
    let publish = |token: String, body: Value| {
        let c = s.app.client.clone();
        let url = url.clone();
        async move {
            c.post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let res = publish(s.facilitator.token.clone(), json!({})).await;
    assert_eq!(res.status(), 409);
    assert!(
        res.text().await.unwrap().contains("open"),
        "the reason names the status"
    );
    assert_eq!(
        publish(s.member.token.clone(), json!({})).await.status(),
        403
    );
    s.set_status("closed").await;
    let res = publish(s.facilitator.token.clone(), json!({})).await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("moderation"));
    // Unpublished results are unreachable publicly.
    let (status, _) = s.app.get_html(&format!("/results/{}", s.fx.slug)).await;
    assert_eq!(status, 404);
    assert_eq!(
        s.get(None, &format!("/api/v1/results/{}", s.fx.slug))
            .await
            .status(),
        404
    );
    let res = publish(
        s.facilitator.token.clone(),
        json!({"skip_moderation": true}),
    )
    .await;
    assert_eq!(res.status(), 200);
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("consultation.publish"))
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(audit.details, "moderation skipped");

    let feed: Value = s.get(None, "/api/v1/results").await.json().await.unwrap();
    assert_eq!(feed["licence"], "CC-BY-4.0");
    assert_eq!(feed["results"][0]["slug"], s.fx.slug.as_str());
    let before: Value = s
        .get(None, &format!("/api/v1/results/{}", s.fx.slug))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["summary"]["overall"]["responses"], 24);
    // A withdrawal after publication changes the live counters, not the published figures.
    consulta::participation::store::withdraw(&s.app.db, &s.receipts[0], None)
        .await
        .unwrap();
    let after: Value = s
        .get(None, &format!("/api/v1/results/{}", s.fx.slug))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["summary"]["overall"]["responses"], 24);
    let live = s.summary(Some(&s.facilitator.token)).await;
    assert_eq!(live["responses"], 23);

    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        let (status, html) = s
            .app
            .get_html(&format!("/results/{}?lang={lang}", s.fx.slug))
            .await;
        assert_eq!(status, 200, "{lang}");
        assert!(html.contains(&format!("lang=\"{lang}\"")));
        assert!(
            html.contains(&format!("/results/{}", s.fx.slug)),
            "citable link"
        );
        assert!(html.contains("summary.csv"), "downloads");
        assert!(html.contains("<svg"), "charts");
    }
    let (_, list) = s.app.get_html("/results").await;
    assert!(list.contains(&format!("/results/{}", s.fx.slug)));
}

#[tokio::test]
async fn feedback_is_written_per_language_and_shown_to_young_people_with_a_receipt() {
    let s = setup().await;
    let res = s
        .app
        .client
        .put(s.app.url(&format!("/api/v1/consultations/{}/feedback", s.fx.slug)))
        .bearer_auth(&s.facilitator.token)
        .json(&json!({"feedback": {"en": "Your ideas went into the report.\n\nThank you.", "ar": "دخلت أفكاركم في التقرير.", "xx": "ignored"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let stored: Value = res.json().await.unwrap();
    assert!(stored["feedback"].get("xx").is_none());
    let res = s
        .app
        .client
        .put(
            s.app
                .url(&format!("/api/v1/consultations/{}/feedback", s.fx.slug)),
        )
        .bearer_auth(&s.member.token)
        .json(&json!({"feedback": {"en": "x"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);

    let res = s
        .app
        .post_form("/feedback?lang=ar", &[("code", s.receipts[3].as_str())])
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("دخلت أفكاركم في التقرير."), "{html}");
    let res = s
        .app
        .post_form("/feedback?lang=en", &[("code", "AAA-AAA-AAA-AAA")])
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("value=\"AAA-AAA-AAA-AAA\"")
    );

    s.set_status("closed").await;
    s.approve_all_text().await;
    consulta::publishing::publish(&s.app.db, &load(&s).await, None, false)
        .await
        .unwrap();
    let (_, html) = s
        .app
        .get_html(&format!("/results/{}?lang=en", s.fx.slug))
        .await;
    assert!(html.contains("Your ideas went into the report."));
    assert!(
        html.contains("More help from adults"),
        "approved quotes are shown"
    );
}

#[tokio::test]
async fn the_publish_page_refuses_an_open_consultation_with_the_reason() {
    let s = setup().await;
    let client = s.app.logged_in(&s.facilitator).await;
    let page = client
        .get(
            s.app
                .url(&format!("/manage/consultations/{}/publish", s.fx.slug)),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("responses.csv"));
    let csrf = crate::helpers::input_value(&html, "csrf").unwrap();
    let res = client
        .post(
            s.app
                .url(&format!("/manage/consultations/{}/publish", s.fx.slug)),
        )
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("open"));
    s.set_status("closed").await;
    let res = client
        .post(
            s.app
                .url(&format!("/manage/consultations/{}/publish", s.fx.slug)),
        )
        .form(&[("csrf", csrf.as_str()), ("skip_moderation", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// Inserts `n` responses with answers straight into the database, in chunks.
async fn insert_many(app: &TestApp, fx: &Fixture, n: usize) {
    let now = Utc::now();
    for chunk_start in (0..n).step_by(500) {
        let rows: Vec<response::ActiveModel> = (chunk_start..(chunk_start + 500).min(n))
            .map(|i| response::ActiveModel {
                consultation_id: Set(fx.id),
                submission_id: Set(uuid::Uuid::new_v4().to_string()),
                content_hash: Set(format!("{i:064}")),
                receipt_hash: Set(format!(
                    "{:064}",
                    uuid::Uuid::new_v4().as_u128() % 10u128.pow(30) + i as u128
                )),
                language: Set("en".into()),
                age_band: Set(Some("13-15".into())),
                country: Set(None),
                gender: Set(None),
                phase: Set("before".into()),
                submitted_at: Set(now),
                ..Default::default()
            })
            .collect();
        response::Entity::insert_many(rows)
            .exec_without_returning(&app.db)
            .await
            .unwrap();
    }
    let ids: Vec<i32> = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    for chunk in ids.chunks(500) {
        let rows: Vec<answer::ActiveModel> = chunk
            .iter()
            .map(|id| answer::ActiveModel {
                response_id: Set(*id),
                consultation_id: Set(fx.id),
                question_key: Set("uses".into()),
                option_code: Set(Some("yes".into())),
                ..Default::default()
            })
            .collect();
        answer::Entity::insert_many(rows)
            .exec_without_returning(&app.db)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_large_raw_export_streams_every_row_and_a_client_may_leave_early() {
    use futures_util::StreamExt;
    let s = setup().await;
    insert_many(&s.app, &s.fx, 20_000).await;
    let res = s
        .export(Some(&s.facilitator.token), "responses.csv", "")
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers().get("content-length").is_none(),
        "streamed, not buffered"
    );
    let mut stream = res.bytes_stream();
    let (mut lines, mut chunks) = (0usize, 0usize);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        chunks += 1;
        lines += chunk.iter().filter(|b| **b == b'\n').count();
    }
    assert_eq!(lines, 20_024 + 1);
    assert!(chunks > 1, "sent in pieces, got {chunks} chunk(s)");
    // A client that leaves after the first chunk: the server carries on serving others.
    let res = s
        .export(Some(&s.facilitator.token), "responses.csv", "")
        .await;
    let mut stream = res.bytes_stream();
    let _ = stream.next().await;
    drop(stream);
    assert_eq!(s.get(None, "/healthz").await.status(), 200);
    // The command line writes the same rows.
    let out = s.app.data_dir.join("export.csv");
    let rows = consulta::exports::cli::export(
        &s.app.db,
        &s.fx.slug,
        consulta::exports::raw::RawFormat::Csv,
        Some("en"),
        &out,
    )
    .await
    .unwrap();
    assert_eq!(rows, 20_024);
    let file = std::fs::read(&out).unwrap();
    let mut r = csv::Reader::from_reader(&file[3..]);
    assert_eq!(r.records().count(), 20_024);
}

/// Whether `expected`'s letters are in a PDF's `text`. Letters only: the text comes back with
/// its own spaces, and right-to-left lines in the order they are drawn (from the left), so
/// they are also looked for reversed; Arabic marks are left out because the reader puts a
/// cluster's marks in its own place (`pdftotext` reads the same file right).
pub fn appears(text: &str, expected: &str) -> bool {
    let letter = |c: &char| c.is_alphabetic() && !('\u{064B}'..='\u{065F}').contains(c);
    let letters = |s: &str| s.chars().filter(letter).collect::<String>();
    let (text, expected) = (letters(text), letters(expected));
    text.contains(&expected) || text.contains(&expected.chars().rev().collect::<String>())
}

#[tokio::test]
async fn the_pdf_report_renders_arabic_chinese_and_english_text() {
    if !present(Prerequisite::Pdf, pdf_tools_present()) {
        return;
    }
    let s = setup().await;
    s.approve_all_text().await;
    for (lang, expect) in [
        (
            "en",
            ["Do you use social media?", "How the figures were made"],
        ),
        ("ar", ["هل تستخدم وسائل التواصل الاجتماعي؟", "النتائج"]),
        ("zh", ["你使用社交媒体吗", "结果"]),
    ] {
        let pdf = s
            .bytes(
                Some(&s.member.token),
                "report.pdf",
                &format!("?lang={lang}"),
            )
            .await;
        assert!(pdf.starts_with(b"%PDF"), "{lang}");
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for e in expect {
            assert!(appears(&text, e), "{lang}: {e} not in {text}");
        }
    }
}
