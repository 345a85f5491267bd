//! The yearly and final reports (issue #25): figures against a direct count over two
//! consultations in different years with repeated questions, suppression, draft and
//! published access, the editor's refusals, and the downloads (JSON, XLSX, PDF).
use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};
use consulta::{
    consultations::{Status, authoring, lifecycle, repo},
    entities::{consultation, report_draft, response},
    i18n::regions::{self, Scheme},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, sea_query::Expr};
use serde_json::Value;

use crate::helpers::{TestApp, TestUser, client, spawn_app};

struct Setup {
    app: TestApp,
    group: consulta::entities::work_group::Model,
    facilitator: TestUser,
    /// The consultation run in 2025 (60 responses) and the one run in 2026 (3 responses).
    first: i32,
    second: i32,
}

/// Runs a consultation of the demo definition with `n` synthetic responses, closed and
/// published, as if it had opened on 1 March of `year`.
async fn run(
    app: &TestApp,
    actor: &consulta::accounts::Actor,
    group_id: i32,
    year: i32,
    n: u64,
) -> i32 {
    run_with(app, actor, group_id, year, n, |_| {}).await
}

/// [`run`] with the demo definition changed by `adjust` first.
async fn run_with(
    app: &TestApp,
    actor: &consulta::accounts::Actor,
    group_id: i32,
    year: i32,
    n: u64,
    adjust: impl FnOnce(&mut consulta::consultations::definition::Definition),
) -> i32 {
    let mut definition = consulta::bench::demo::definition();
    adjust(&mut definition);
    let slug = format!(
        "r{year}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    );
    let c = authoring::create(
        &app.db,
        actor,
        group_id,
        authoring::NewConsultation {
            slug: Some(slug),
            meeting_id: None,
            opens_at: None,
            closes_at: None,
            definition,
        },
        "consultation_created",
    )
    .await
    .expect("the demo definition is valid");
    lifecycle::transition(&app.db, actor, c.id(), Status::Open, None)
        .await
        .unwrap();
    let open = repo::find_by_id(&app.db, c.id()).await.unwrap().unwrap();
    consulta::bench::seed::seed_responses(&app.db, &open, n)
        .await
        .unwrap();
    lifecycle::transition(&app.db, actor, c.id(), Status::Closed, None)
        .await
        .unwrap();
    let closed = repo::find_by_id(&app.db, c.id()).await.unwrap().unwrap();
    consulta::publishing::publish(&app.db, &closed, Some(actor.id()), true)
        .await
        .unwrap();
    let at = Utc.with_ymd_and_hms(year, 3, 1, 9, 0, 0).single();
    consultation::Entity::update_many()
        .col_expr(consultation::Column::OpensAt, Expr::value(at))
        .filter(consultation::Column::Id.eq(c.id()))
        .exec(&app.db)
        .await
        .unwrap();
    c.id()
}

async fn setup() -> Setup {
    setup_with(3, |_| {}).await
}

/// [`setup`] with `second` responses in 2026, whose definition `adjust` changes first.
async fn setup_with(
    second: u64,
    adjust: impl FnOnce(&mut consulta::consultations::definition::Definition),
) -> Setup {
    let app = spawn_app().await;
    let group = app.create_group("Council Working Group").await;
    let facilitator = app
        .create_user(
            Some((group.id, consulta::accounts::Role::Facilitator)),
            false,
        )
        .await;
    let actor = app.actor_of(&facilitator).await;
    let first = run(&app, &actor, group.id, 2025, 60).await;
    let second = run_with(&app, &actor, group.id, 2026, second, adjust).await;
    Setup {
        app,
        group,
        facilitator,
        first,
        second,
    }
}

impl Setup {
    async fn json(&self, token: &str, period: &str) -> (u16, Value) {
        let res = self
            .app
            .api(
                reqwest::Method::GET,
                &format!(
                    "/api/v1/groups/{}/reports/{period}.json?lang=en",
                    self.group.slug
                ),
                token,
                None,
            )
            .await;
        let status = res.status().as_u16();
        (status, res.json().await.unwrap_or(Value::Null))
    }

    async fn browser(&self) -> reqwest::Client {
        self.app.logged_in(&self.facilitator).await
    }

    async fn publish(&self, browser: &reqwest::Client, period: &str) -> u16 {
        let path = format!("/manage/groups/{}/reports/{period}", self.group.slug);
        // The session's token, from an editor with a form (a period without consultations
        // has none).
        let editor = format!("/manage/groups/{}/reports/2025", self.group.slug);
        let csrf = self.app.form_csrf(browser, &editor).await;
        browser
            .post(self.app.url(&format!("{path}/publish")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("publish", "1"),
                ("language", "en"),
            ])
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }
}

/// Young people per group of a dimension, counted from the stored responses.
async fn direct(app: &TestApp, ids: &[i32], dimension: &str) -> BTreeMap<String, u64> {
    let rows = response::Entity::find()
        .filter(response::Column::ConsultationId.is_in(ids.to_vec()))
        .all(&app.db)
        .await
        .unwrap();
    let mut out = BTreeMap::new();
    for r in rows {
        let key = match dimension {
            "age_band" => r.age_band.clone().unwrap_or_default(),
            "language" => r.language.clone(),
            "phase" => r.phase.clone(),
            _ => r
                .country
                .as_deref()
                .and_then(|c| regions::of(Scheme::M49, c))
                .unwrap_or_default()
                .to_owned(),
        };
        let key = if key.is_empty() {
            "not_stated".into()
        } else {
            key
        };
        *out.entry(key).or_default() += 1;
    }
    out
}

#[tokio::test]
async fn the_yearly_report_counts_what_was_stored_and_hides_small_groups() {
    let s = setup().await;
    let browser = s.browser().await;
    assert_eq!(s.publish(&browser, "2025").await, 303);
    assert_eq!(s.publish(&browser, "2026").await, 303);
    assert_eq!(s.publish(&browser, "2025-2026").await, 303);

    // 2025: one consultation of 60 responses; every figure a direct count, or null when small.
    let (status, r) = s.json("", "2025").await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["schema"], "consulta.report/1");
    assert_eq!(r["responses"], 60);
    assert_eq!(r["consultations"].as_array().unwrap().len(), 1);
    let threshold = r["threshold"].as_u64().unwrap();
    for p in r["participation"].as_array().unwrap() {
        let d = p["dimension"].as_str().unwrap();
        let counted = direct(&s.app, &[s.first], d).await;
        for g in p["groups"].as_array().unwrap() {
            let n = counted[g["group"].as_str().unwrap()];
            match g["count"].as_u64() {
                Some(shown) => {
                    assert_eq!(shown, n, "{d} {g}");
                    assert!(n >= threshold, "{d} {g}: a small group is shown");
                }
                None => assert!(n > 0, "{d} {g}"),
            }
            if n < threshold {
                assert!(g["count"].is_null(), "{d} {g}: {n} young people shown");
            }
        }
        let total: u64 = counted.values().sum();
        assert_eq!(total, 60, "{d}");
    }
    // 2026: 3 responses, too few to show anything.
    let (_, r) = s.json("", "2026").await;
    assert!(r["responses"].is_null(), "{r}");
    assert!(r["consultations"][0]["responses"].is_null());
    for p in r["participation"].as_array().unwrap() {
        for g in p["groups"].as_array().unwrap() {
            assert!(g["count"].is_null() && g["percent"].is_null(), "{g}");
        }
    }
    // The final report: both years, the hidden one not recoverable by subtraction, and the
    // questions asked in both consultations as a trend.
    let (_, r) = s.json("", "2025-2026").await;
    assert_eq!(r["yearly"], false);
    assert_eq!(r["consultations"].as_array().unwrap().len(), 2);
    let per: Vec<Option<u64>> = r["consultations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["responses"].as_u64())
        .collect();
    assert_eq!(per[1], None);
    assert!(
        per[0].is_none() || r["responses"].is_null(),
        "{per:?} {}",
        r["responses"]
    );
    let trends = r["trends"].as_array().unwrap();
    assert!(!trends.is_empty(), "the repeated questions make a trend");
    for t in trends {
        let years: Vec<i64> = t["points"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["year"].as_i64().unwrap())
            .collect();
        assert_eq!(years, [2025, 2026], "{t}");
    }
    // A trend point of the 2025 consultation shows what its public summary shows.
    let key = trends[0]["key"].as_str().unwrap();
    let first = repo::find_by_id(&s.app.db, s.first).await.unwrap().unwrap();
    let summary: Value = s
        .app
        .get(&format!("/api/v1/consultations/{}/summary", first.slug()))
        .await
        .json()
        .await
        .unwrap();
    let q = summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == key)
        .unwrap();
    for (o, p) in q["options"]
        .as_array()
        .unwrap()
        .iter()
        .zip(trends[0]["points"][0]["options"].as_array().unwrap())
    {
        assert_eq!(o["code"], p["code"]);
        assert_eq!(o["count"], p["count"], "{key}");
    }
    let _ = s.second;
}

/// The trends of a published final report, by the key each is compared under.
async fn trend_keys(s: &Setup) -> Vec<String> {
    let (status, r) = s.json("", "2025-2026").await;
    assert_eq!(status, 200, "{r}");
    r["trends"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_question_asked_again_under_another_key_joins_the_trend_once_marked_the_same() {
    // The next year asks "How safe do you feel online?" again under a new key.
    let s = setup_with(12, |d| {
        for s in &mut d.sections {
            for q in &mut s.questions {
                if q.key == "feel_safe" {
                    q.key = "feel_safe_now".into();
                }
            }
        }
    })
    .await;
    let browser = s.browser().await;
    assert_eq!(s.publish(&browser, "2025-2026").await, 303);
    let before = trend_keys(&s).await;
    assert!(before.contains(&"time_online".to_owned()), "{before:?}");
    assert!(
        !before.iter().any(|k| k.starts_with("feel_safe")),
        "{before:?}"
    );

    // The question editor offers the earlier consultation's question by its title and text.
    let c = repo::find_by_id(&s.app.db, s.second)
        .await
        .unwrap()
        .unwrap();
    let path = format!("/manage/c/{}/questions/feel_safe_now", c.slug());
    let html = s.app.text_with(&browser, &path).await;
    assert!(
        html.contains(r#"<select id="f-same_as" name="same_as""#),
        "{html}"
    );
    assert!(html.contains(r#"<option value="feel_safe">"#), "{html}");
    let q = c.definition.question("feel_safe_now").unwrap().clone();
    let mut fields = crate::authoring_pages::question_fields(&q, &c.definition);
    fields.push(crate::authoring_pages::pair("same_as", "feel_safe"));
    let form = crate::authoring_pages::form_from(&browser, &s.app, &path, fields).await;
    let res = browser
        .post(s.app.url(&path))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let c = repo::find_by_id(&s.app.db, s.second)
        .await
        .unwrap()
        .unwrap();
    let marked = c.definition.question("feel_safe_now").unwrap();
    assert_eq!(marked.same_as.as_deref(), Some("feel_safe"));
    let html = s.app.text_with(&browser, &path).await;
    assert!(
        html.contains(r#"<option value="feel_safe" selected>"#),
        "{html}"
    );

    // The report now compares the two under the earlier key, one point a year.
    let (_, r) = s.json("", "2025-2026").await;
    let trend = r["trends"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "feel_safe")
        .unwrap_or_else(|| panic!("no feel_safe trend in {}", r["trends"]));
    let slugs: Vec<&str> = trend["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    let first = repo::find_by_id(&s.app.db, s.first).await.unwrap().unwrap();
    assert_eq!(slugs, [first.slug(), c.slug()]);
}

#[tokio::test]
async fn a_report_is_for_facilitators_until_published_then_for_everyone() {
    let s = setup().await;
    let path = format!("/reports/{}/2025", s.group.slug);
    // Not published: the public is told so (404), the API too; facilitators see the draft.
    let (status, html) = s.app.get_html(&path).await;
    assert_eq!(status, 404);
    assert!(html.contains("not been published yet"), "{html}");
    assert_eq!(s.json("", "2025").await.0, 404);
    let (status, r) = s.json(&s.facilitator.token, "2025").await;
    assert_eq!(status, 200);
    assert_eq!(r["published"], false);
    let browser = s.browser().await;
    let html = browser
        .get(s.app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("This is a draft"), "{html}");
    // The facilitators write the introduction and a consultation's findings, then publish.
    let edit = format!("/manage/groups/{}/reports/2025", s.group.slug);
    let csrf = s.app.form_csrf(&browser, &edit).await;
    let finding = format!("finding-{}", s.first);
    let res = browser
        .post(s.app.url(&edit))
        .form(&[
            ("csrf", csrf.as_str()),
            ("language", "en"),
            (
                "introduction",
                "The year in which young people spoke to Council.",
            ),
            ("conclusions", "We will ask again."),
            (finding.as_str(), "Most young people feel safe online."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(s.publish(&browser, "2025").await, 303);
    let (status, html) = s.app.get_html(&path).await;
    assert_eq!(status, 200);
    let tables = crate::html::assert_regions_named(&html, "the published report");
    assert!(tables >= 2, "the report's who-took-part tables: {tables}");
    for text in [
        "Yearly report 2025",
        "The year in which young people spoke to Council.",
        "Most young people feel safe online.",
        "Who took part",
    ] {
        assert!(html.contains(text), "{text} not in the report");
    }
    // The public record lists it; the API serves it without a token.
    let (_, record) = s.app.get_html(&format!("/g/{}", s.group.slug)).await;
    assert!(record.contains(&format!("href=\"/reports/{}/2025", s.group.slug)));
    let (status, r) = s.json("", "2025").await;
    assert_eq!(status, 200);
    assert_eq!(
        r["introduction"]["text"],
        "The year in which young people spoke to Council."
    );
    assert_eq!(
        r["consultations"][0]["findings"]["text"],
        "Most young people feel safe online."
    );
    // Read in French, the English texts are shown, marked as English.
    let (_, html) = s.app.get_html(&format!("{path}?lang=fr")).await;
    assert!(html.contains("Rapport annuel 2025"));
    assert!(html.contains("lang=\"en\""));
    // The workbook.
    let res = s
        .app
        .get(&format!(
            "/api/v1/groups/{}/reports/2025.xlsx",
            s.group.slug
        ))
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    assert!(res.bytes().await.unwrap().starts_with(b"PK"));
}

#[tokio::test]
async fn bad_periods_empty_years_and_long_texts_are_refused_and_nothing_is_stored() {
    let s = setup().await;
    let g = &s.group.slug;
    for (period, message) in [
        ("20x5", "four digits"),
        ("2026-2024", "must come after"),
        ("1999", "from 2000 to 2100"),
        ("2000-2100", "at most 30 years"),
    ] {
        let (status, html) = s.app.get_html(&format!("/reports/{g}/{period}")).await;
        assert_eq!(status, 400, "{period}");
        assert!(html.contains(message), "{period}: {html}");
        let res = s
            .app
            .get(&format!("/api/v1/groups/{g}/reports/{period}.json"))
            .await;
        assert_eq!(res.status(), 400, "{period}");
    }
    assert_eq!(
        s.app
            .get(&format!("/api/v1/groups/{g}/reports/2025.exe"))
            .await
            .status(),
        404
    );
    let browser = s.browser().await;
    // A year without consultations: said on the editor; publishing it is refused.
    let (status, html) = {
        let res = browser
            .get(s.app.url(&format!("/manage/groups/{g}/reports/2019")))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(html.contains("No consultation was run in this period"));
    assert_eq!(s.publish(&browser, "2019").await, 422);
    // Too long: the message next to the field, the text kept, nothing stored.
    let edit = format!("/manage/groups/{g}/reports/2025");
    let csrf = s.app.form_csrf(&browser, &edit).await;
    let long = "a".repeat(20_001);
    let res = browser
        .post(s.app.url(&edit))
        .form(&[
            ("csrf", csrf.as_str()),
            ("language", "en"),
            ("introduction", long.as_str()),
            ("conclusions", "Short."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("At most 20000 characters") || html.contains("At most 20,000 characters"),
        "{html}"
    );
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("Short."));
    assert_eq!(
        report_draft::Entity::find().count(&s.app.db).await.unwrap(),
        0,
        "nothing stored"
    );
    // The final report's range form: a bad year next to its field.
    let res = browser
        .get(
            s.app
                .url(&format!("/manage/groups/{g}/reports?from=abc&to=2026")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("id=\"f-from-error\"") || html.contains("four digits"),
        "{html}"
    );
    let res = client()
        .get(
            s.app
                .url(&format!("/manage/groups/{g}/reports?from=2025&to=2026")),
        )
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 200, "the editor is for facilitators");
}

#[tokio::test]
async fn the_report_pdf_renders_arabic_chinese_and_english_text() {
    use crate::prerequisites::{Prerequisite, pdf_tools_present, present};
    if !present(Prerequisite::Pdf, pdf_tools_present()) {
        return;
    }
    let s = setup().await;
    let browser = s.browser().await;
    assert_eq!(s.publish(&browser, "2025-2026").await, 303);
    for (lang, expect) in [
        ("en", ["Final report 2025–2026", "Who took part"]),
        ("ar", ["التقرير الختامي", "من شارك"]),
        ("zh", ["最终报告", "参与者"]),
    ] {
        let res = s
            .app
            .get(&format!(
                "/api/v1/groups/{}/reports/2025-2026.pdf?lang={lang}",
                s.group.slug
            ))
            .await;
        assert_eq!(res.status(), 200, "{lang}");
        let pdf = res.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{lang}");
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for e in expect {
            assert!(
                crate::exports::appears(&text, e),
                "{lang}: {e} not in {text}"
            );
        }
    }
}
