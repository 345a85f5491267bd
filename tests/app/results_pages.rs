//! The facilitators' summary and the public results page (issues #22 and #25): the key
//! figures and each question's drop-off against a direct count of the stored responses and
//! answers, and the headline findings' editor (refusals beside the field, nothing stored;
//! saved findings open the public page in the reader's language).
use std::collections::HashSet;

use consulta::{
    bench::demo,
    entities::{answer, consultation, response},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::{
    helpers::{TestApp, client, close_and_publish, spawn_app},
    html::assert_regions_named,
};

const N: u64 = 37;

async fn demo_app() -> (TestApp, reqwest::Client, String) {
    let app = spawn_app().await;
    let report = demo::seed(&app.db, N, true).await.unwrap();
    let browser = client();
    let res = app
        .submit_login(
            &browser,
            demo::DEMO_EMAIL,
            report.password.as_deref().unwrap(),
        )
        .await;
    assert_eq!(res.status(), 303, "the demo facilitator signs in");
    (app, browser, report.api_token)
}

async fn html(app: &TestApp, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// People who answered `key`, counted from the stored answers.
fn answered(answers: &[answer::Model], key: &str) -> u64 {
    answers
        .iter()
        .filter(|a| a.question_key == key)
        .map(|a| a.response_id)
        .collect::<HashSet<_>>()
        .len() as u64
}

#[tokio::test]
async fn key_figures_and_each_questions_drop_off_match_a_direct_count() {
    let (app, browser, token) = demo_app().await;
    let c = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(demo::DEMO_SLUG))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(c.id))
        .all(&app.db)
        .await
        .unwrap();
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(c.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(responses.len() as u64, N);
    let (status, page) = html(
        &app,
        &browser,
        &format!("/manage/consultations/{}/summary?lang=en", demo::DEMO_SLUG),
    )
    .await;
    assert_eq!(status, 200);
    let key = &page[page.find(r#"id="key-heading""#).expect("key figures")..];
    let key = &key[..key.find("</section>").unwrap()];
    assert!(
        key.contains(&format!("<dt>Young people who answered</dt><dd>{N}</dd>")),
        "{key}"
    );
    // By phase, counted from the responses.
    for (phase, label) in [
        ("before", "Before the meeting"),
        ("during", "During the meeting"),
    ] {
        let n = responses.iter().filter(|r| r.phase == phase).count();
        if n > 0 {
            assert!(
                key.contains(&format!("<dt>{label}</dt><dd>{n} (")),
                "{phase}: {key}"
            );
        }
    }
    // Responses per day: the busiest day (the earliest of them) with its count.
    let mut days = std::collections::BTreeMap::<String, usize>::new();
    for r in &responses {
        *days
            .entry(r.submitted_at.format("%Y-%m-%d").to_string())
            .or_default() += 1;
    }
    let top = *days.values().max().unwrap();
    let busiest = days.iter().find(|d| *d.1 == top).unwrap().0;
    let noun = if top == 1 { "response" } else { "responses" };
    assert!(
        key.contains(&format!("Busiest day: {busiest} ({top} {noun})")),
        "{key}"
    );
    assert!(key.contains(r#"<svg class="timeline""#), "{key}");

    // Each question: answered as counted, and its share of everyone beside its heading.
    let summary: Value = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/consultations/{}/summary", demo::DEMO_SLUG),
            &token,
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let questions: Vec<&Value> = summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["answered"].is_u64())
        .collect();
    assert!(questions.len() > 3, "{summary}");
    for q in &questions {
        let key_name = q["key"].as_str().unwrap();
        let direct = answered(&answers, key_name);
        assert_eq!(q["answered"].as_u64().unwrap(), direct, "{key_name}");
        let share = direct * 100 / N;
        assert!(
            page.contains(&format!("{share}% of everyone answered")),
            "{key_name}: {share}%"
        );
    }
    let last = questions.last().unwrap()["key"].as_str().unwrap();
    let completion = answered(&answers, last) * 100 / N;
    assert!(
        key.contains(&format!(
            "<dt>Answered the last question</dt><dd>{completion}%</dd>"
        )),
        "{last}: {key}"
    );
    // One collapsible section per question, in page text (no chart text inside an SVG).
    assert!(
        page.matches("<details").count() >= questions.len(),
        "a <details> per question"
    );
    assert!(page.contains(r#"<ul class="bars">"#));
}

#[tokio::test]
async fn headline_findings_are_refused_beside_the_field_when_too_many_or_too_long_and_open_the_public_page()
 {
    let (app, browser, token) = demo_app().await;
    let slug = demo::DEMO_SLUG;
    let page = format!("/manage/consultations/{slug}/publish?lang=en");
    let csrf = app.form_csrf(&browser, &page).await;
    let post = |fields: Vec<(&'static str, String)>| {
        let csrf = csrf.clone();
        let url = app.url(&format!("/manage/consultations/{slug}/headlines?lang=en"));
        let browser = browser.clone();
        async move {
            let mut form = vec![("csrf", csrf)];
            form.extend(fields);
            let res = browser.post(url).form(&form).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let stored = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            let c = consultation::Entity::find()
                .filter(consultation::Column::Slug.eq(slug))
                .one(&db)
                .await
                .unwrap()
                .unwrap();
            c.definition
        }
    };
    let before = stored(&app).await;

    // Six findings: refused, the message beside the English box, what was typed kept.
    let six = "One\nTwo\nThree\nFour\nFive\nSix".to_owned();
    let (status, body) = post(vec![("headlines_en", six), ("headlines_fr", "Un".into())]).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains(r#"id="headlines_en-error""#), "{body}");
    assert!(
        body.contains("Write at most 5 findings, one per line (6 lines now)."),
        "{body}"
    );
    assert!(body.contains("One\nTwo\nThree\nFour\nFive\nSix</textarea>"));
    assert!(
        body.contains(r##"href="#headlines_en""##),
        "the error summary links to it"
    );
    assert_eq!(stored(&app).await, before, "nothing stored");

    // A finding too long.
    let long = format!("Short\n{}", "x".repeat(161));
    let (status, body) = post(vec![("headlines_ar", long)]).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains(r#"id="headlines_ar-error""#), "{body}");
    assert!(
        body.contains("Finding 2 is too long: at most 160 characters."),
        "{body}"
    );
    assert_eq!(stored(&app).await, before, "nothing stored");

    // Good findings in two languages: stored, shown again in the editor.
    let en = "Most of you feel safe online.\nBullying in group chats worries you most.\nYou want clear rules.";
    let ar = "يشعر معظمكم بالأمان على الإنترنت.\nيقلقكم التنمر في المحادثات الجماعية.\nتريدون قواعد واضحة.";
    let (status, _) = post(vec![
        ("headlines_en", en.into()),
        ("headlines_ar", ar.into()),
    ])
    .await;
    assert_eq!(status, 303);
    let def = stored(&app).await;
    let def: Value = serde_json::from_str(&def).unwrap();
    assert_eq!(def["texts"]["headlines"]["en"].as_array().unwrap().len(), 3);
    let (_, editor) = html(&app, &browser, &page).await;
    assert!(editor.contains(&format!("{en}</textarea>")), "{editor}");

    // Published: the findings open the public page, in the reader's language.
    close_and_publish(&app, slug, &token, true).await;
    for (lang, first) in [
        ("en", "Most of you feel safe online."),
        ("ar", "يشعر معظمكم بالأمان على الإنترنت."),
    ] {
        let (status, public) = app.get_html(&format!("/results/{slug}?lang={lang}")).await;
        assert_eq!(status, 200);
        let headlines = public.find(r#"id="headlines-h""#).expect("findings");
        let first_question = public.find(r#"class="contents""#).expect("contents");
        assert!(headlines < first_question, "the findings come first");
        assert!(public.contains(&format!("<li>{first}</li>")), "{lang}");
        assert!(public.len() < 200 * 1024, "{lang}: {} bytes", public.len());
        // Charts are page text. Two pictures hold words the page also gives as text: a word
        // cloud (its group centres every word; the key terms are listed) and the opinion map
        // (its ellipses are labelled with the groups of the table below it). Whether either
        // appears depends on the demo's random answers.
        let pictures_with_text: Vec<&str> = public
            .split("<svg")
            .skip(1)
            .filter_map(|svg| svg.split("</svg>").next())
            .filter(|svg| svg.contains("<text"))
            .filter(|svg| !svg.contains(r#"<g text-anchor="middle""#) && !svg.contains("<ellipse"))
            .collect();
        assert!(
            pictures_with_text.is_empty(),
            "{lang}: no chart text inside an SVG: {pictures_with_text:?}"
        );
    }
}

/// Each results section's table scrolls in a region of its own, named by its caption and
/// its section's heading, so a screen reader's list of landmarks tells them apart: on the
/// summary and the public page, in English and Arabic (the opinion map's and the reports'
/// tables are checked in `opinion` and `reports`).
#[tokio::test]
async fn every_results_table_region_has_a_name_of_its_own_on_the_summary_and_the_public_page() {
    let (app, browser, token) = demo_app().await;
    let slug = demo::DEMO_SLUG;
    for lang in ["en", "ar"] {
        let (status, page) = html(
            &app,
            &browser,
            &format!("/manage/consultations/{slug}/summary?lang={lang}"),
        )
        .await;
        assert_eq!(status, 200);
        let tables = assert_regions_named(&page, &format!("the summary in {lang}"));
        assert!(
            tables >= 10,
            "the summary in {lang}: {tables} table regions"
        );
    }
    close_and_publish(&app, slug, &token, true).await;
    for lang in ["en", "ar"] {
        let (status, public) = app.get_html(&format!("/results/{slug}?lang={lang}")).await;
        assert_eq!(status, 200);
        let tables = assert_regions_named(&public, &format!("the public results in {lang}"));
        assert!(
            tables >= 5,
            "the public results in {lang}: {tables} table regions"
        );
    }
}
