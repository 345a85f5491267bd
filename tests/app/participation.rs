//! Young people answer: the journey through plain HTML forms (JavaScript off) and through the
//! JSON API, in every language and age band; idempotency, withdrawal, privacy of what is
//! stored, and every kind of bad input.
use std::collections::BTreeMap;

use consulta::{
    consultations::definition::QuestionKind,
    entities::{answer, response},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    fixtures::{Fixture, LANGUAGES},
    helpers::{TestApp, Walk, client, input_value, spawn_app, unescape},
};

/// Answers every page of the fixture, as a young person in `band` would.
/// "Step 3 of 6" on an English page, as (3, 6).
fn step_of(html: &str, lang: &str) -> Option<(u32, u32)> {
    let found = regex::Regex::new(r"Step (\d+) of (\d+)")
        .unwrap()
        .captures(html)?;
    assert!(html.contains("<progress max=\""), "a progress bar");
    (lang == "en").then(|| (found[1].parse().unwrap(), found[2].parse().unwrap()))
}

async fn complete_journey(app: &TestApp, fx: &Fixture, lang: &str, band: &str) -> String {
    let mut walk = Walk::start(app, &fx.slug, lang).await;
    assert_eq!(walk.status, 200, "{}", walk.html);
    assert!(
        walk.html.contains("name=\"age_band\""),
        "age first: {}",
        walk.html
    );
    assert!(
        !walk.html.contains("type=\"date\""),
        "never a date of birth"
    );
    let first = step_of(&walk.html, lang);
    assert_eq!(walk.next(&[("age_band", band)]).await, 200);
    if band == "9-12" {
        assert!(walk.html.contains("name=\"guardian\""), "consent below 13");
        assert_eq!(walk.next(&[("guardian", "yes")]).await, 200);
    }
    assert!(
        walk.html.contains("name=\"country\""),
        "{lang} {band}: about you"
    );
    assert_eq!(
        walk.next(&[("country", "FR"), ("gender", "girl")]).await,
        200
    );
    assert!(walk.html.contains("name=\"a:uses\""), "first section");
    let easy = match lang {
        "en" => ("Do you feel safe online?", "How safe do you feel online?"),
        "fr" => (
            "Te sens-tu en sécurité sur internet ?",
            "À quel point te sens-tu en sécurité en ligne ?",
        ),
        _ => ("", ""),
    };
    if !easy.0.is_empty() {
        let html = unescape(&walk.html);
        if band == "9-12" {
            assert!(
                html.contains(easy.0) && !html.contains(easy.1),
                "easy read for 9-12"
            );
        } else {
            assert!(
                html.contains(easy.1) && !html.contains(easy.0),
                "standard wording"
            );
        }
    }
    assert_eq!(
        walk.next(&[
            ("a:uses", "yes"),
            ("a:apps", "video"),
            ("a:apps", "chat"),
            ("a:safe", "4")
        ])
        .await,
        200,
        "{}",
        walk.html
    );
    assert!(walk.html.contains("name=\"a:hours\""), "second section");
    assert!(
        !walk.html.contains("name=\"a:why-not\""),
        "hidden by the first answer"
    );
    assert_eq!(
        walk.next(&[
            ("a:rating", "5"),
            ("r:priorities:privacy", "2"),
            ("r:priorities:bullying", "1"),
            ("r:priorities:screen", "3"),
            ("a:hours", "3,5"),
            ("a:word", "fun"),
            ("a:ideas", "Ask me at kid@example.org or +44 20 7946 0958"),
        ])
        .await,
        200,
        "{}",
        walk.html
    );
    assert!(walk.html.contains("action=\"/c/"), "check page");
    assert!(walk.html.contains("/submit\""), "check page submits");
    if let (Some((1, _)), Some((last, of))) = (first, step_of(&walk.html, lang)) {
        // Age, consent below 13, about you, two sections, the check.
        let steps = if band == "9-12" { 6 } else { 5 };
        assert_eq!(
            (last, of),
            (steps, steps),
            "{band}: the check is the last step"
        );
    } else {
        assert!(lang != "en", "a step on every screen");
    }
    assert_eq!(walk.submit().await, 200, "{}", walk.html);
    assert_eq!(walk.cookies_set, 0, "no cookie during the journey");
    walk.receipt()
}

#[tokio::test]
async fn a_young_person_completes_the_journey_with_plain_forms_in_every_language_and_age_band() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let bands = ["9-12", "13-15", "16-17", "18-24"];
    for (i, lang) in LANGUAGES.iter().enumerate() {
        // Every language with every band would be 24 journeys; rotating covers each of both.
        for band in [bands[i % 4], bands[(i + 1) % 4]] {
            let receipt = complete_journey(&app, &fx, lang, band).await;
            assert_eq!(receipt.len(), 14, "{receipt}");
        }
    }
    let rows = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 12);
    for lang in LANGUAGES {
        assert_eq!(
            rows.iter().filter(|r| r.language == lang).count(),
            2,
            "{lang}"
        );
    }
    for band in ["9-12", "13-15", "16-17", "18-24"] {
        assert!(
            rows.iter()
                .filter(|r| r.age_band.as_deref() == Some(band))
                .count()
                >= 2,
            "{band}"
        );
    }
    let row = &rows[0];
    assert_eq!(row.country.as_deref(), Some("FR"));
    assert_eq!(row.gender.as_deref(), Some("girl"));
    assert_eq!(row.phase, "before");
    let answers = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(row.id))
        .all(&app.db)
        .await
        .unwrap();
    let by = |key: &str| {
        answers
            .iter()
            .filter(|a| a.question_key == key)
            .collect::<Vec<_>>()
    };
    assert_eq!(by("uses")[0].option_code.as_deref(), Some("yes"));
    assert_eq!(by("apps").len(), 2);
    assert_eq!(by("safe")[0].number_value, Some(4.0), "scale point value");
    let ranking: Vec<_> = by("priorities")
        .iter()
        .map(|a| (a.option_code.clone().unwrap(), a.position.unwrap()))
        .collect();
    assert!(ranking.contains(&("bullying".into(), 1)) && ranking.contains(&("screen".into(), 3)));
    assert_eq!(
        by("hours")[0].number_value,
        Some(3.5),
        "a decimal comma is read"
    );
    let ideas = by("ideas")[0].text_value.clone().unwrap();
    assert!(
        !ideas.contains("kid@example.org") && !ideas.contains("7946"),
        "{ideas}"
    );
    assert_eq!(by("ideas")[0].moderation_status.as_deref(), Some("pending"));
    assert!(by("why-not").is_empty() && by("rules").is_empty());
}

#[tokio::test]
async fn arabic_pages_read_right_to_left_and_name_each_language_by_its_own_name() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (status, html) = app.get_html(&format!("/c/{}?lang=ar", fx.slug)).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    for name in [
        "العربية",
        "English",
        "Español",
        "Français",
        "Русский",
        "中文",
    ] {
        assert!(html.contains(name), "{name} in the switcher");
    }
    let walk = Walk::start(&app, &fx.slug, "ar").await;
    assert!(walk.html.contains(r#"dir="rtl""#));
    assert!(walk.html.contains("كم عمرك؟"), "{}", walk.html);
}

#[tokio::test]
async fn the_landing_page_says_who_asks_why_how_long_and_what_happens_with_the_answers() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (status, html) = app.get_html(&format!("/c/{}?lang=en", fx.slug)).await;
    assert_eq!(status, 200);
    let text = unescape(&html);
    for expected in [
        "Safety online",
        "Council Working Group on Child Online Protection",
        "The working group wants to know what you think.",
        "It takes about 8 minutes.",
        "Your answers are anonymous",
        "You can skip most questions",
        "Answers will be read at the next meeting.",
        "Results in March.",
        "Need help now?",
    ] {
        assert!(text.contains(expected), "{expected} missing");
    }
    assert!(html.contains("/withdraw"), "how to take answers back");
}

/// The landing page is rendered once and served from memory for `page_cache_ms`: a change
/// behind the app's back (here a renamed group, straight in the database) shows only when the
/// page has expired; each client gets the encoding it accepts; a scheduled closing ends the
/// kept page at its moment, whatever the time left.
#[tokio::test]
async fn the_landing_page_is_served_as_rendered_until_it_expires_or_the_consultation_closes() {
    use consulta::entities::{consultation, work_group};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let app = crate::helpers::spawn_app_with(|s| s.page_cache_ms = 1_500).await;
    let fx = app.open_consultation().await;
    let path = format!("/c/{}?lang=en", fx.slug);
    let (status, first) = app.get_html(&path).await;
    assert_eq!(status, 200);
    assert!(first.contains("Council Working Group"), "{first}");
    let rename = |name: &'static str| {
        let db = app.db.clone();
        async move {
            work_group::ActiveModel {
                id: Set(fx.group_id),
                name: Set(name.into()),
                ..Default::default()
            }
            .update(&db)
            .await
            .unwrap();
        }
    };
    rename("Renamed Group").await;
    let (_, kept) = app.get_html(&path).await;
    assert_eq!(kept, first, "served as rendered");
    let (_, french) = app.get_html(&format!("/c/{}?lang=fr", fx.slug)).await;
    assert!(
        french.contains("Renamed Group") && french.contains("lang=\"fr\""),
        "a language not kept yet is rendered"
    );
    let res = reqwest::Client::new()
        .get(app.url(&path))
        .header("Accept-Encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "br");
    let br = res.bytes().await.unwrap();
    assert!(
        br.len() * 3 < first.len(),
        "{} of {} bytes",
        br.len(),
        first.len()
    );
    tokio::time::sleep(std::time::Duration::from_millis(1_600)).await;
    let (_, fresh) = app.get_html(&path).await;
    assert!(
        fresh.contains("Renamed Group"),
        "rendered again once expired"
    );

    // Closing in under a second, well within the time to live: the page kept says "closed"
    // once that moment has passed.
    let soon = app.open_consultation().await;
    let mut row: consultation::ActiveModel = consultation::Entity::find_by_id(soon.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    row.closes_at = Set(Some(
        chrono::Utc::now() + chrono::Duration::milliseconds(800),
    ));
    row.update(&app.db).await.unwrap();
    let path = format!("/c/{}?lang=en", soon.slug);
    let (_, open) = app.get_html(&path).await;
    assert!(open.contains("data-begin"), "open: {open}");
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    let (status, closed) = app.get_html(&path).await;
    assert_eq!(status, 200);
    assert!(
        !closed.contains("data-begin"),
        "closed at its moment: {closed}"
    );
}

#[tokio::test]
async fn without_a_set_duration_the_landing_page_estimates_it_from_the_questions() {
    let app = spawn_app().await;
    // Two questions: a choice and a scale (and the first steps): about 2 minutes, not
    // the 10 a new consultation used to promise whatever its length.
    let fx = app
        .consultation_with("open", |def| {
            def.settings.duration_minutes = None;
            for section in &mut def.sections {
                section
                    .questions
                    .retain(|q| matches!(q.kind, QuestionKind::SingleChoice | QuestionKind::Scale));
            }
        })
        .await;
    let (status, html) = app.get_html(&format!("/c/{}?lang=en", fx.slug)).await;
    assert_eq!(status, 200);
    assert!(
        unescape(&html).contains("It takes about 2 minutes."),
        "the estimate for two questions"
    );
    let public: Value = app
        .get(&format!("/api/v1/consultations/{}", fx.slug))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public["duration_minutes"], 2);
}

#[tokio::test]
async fn the_same_response_goes_through_the_api_in_every_language_and_age_band() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    for (i, lang) in LANGUAGES.iter().enumerate() {
        let band = ["9-12", "13-15", "16-17", "18-24"][i % 4];
        let res = app
            .post_json(
                &api(&fx),
                &full_body(lang, band, &uuid::Uuid::new_v4().to_string()),
            )
            .await;
        assert_eq!(res.status(), 201, "{lang} {band}");
        let receipt: Value = res.json().await.unwrap();
        assert_eq!(receipt["receipt"].as_str().unwrap().len(), 14);
    }
    assert_eq!(responses_of(&app, &fx).await, 6);
}

fn api(fx: &Fixture) -> String {
    format!("/api/v1/consultations/{}/responses", fx.slug)
}

fn full_body(lang: &str, band: &str, id: &str) -> Value {
    json!({
        "submission_id": id,
        "language": lang,
        "age_band": band,
        "country": "KE",
        "gender": "prefer_not_to_say",
        "guardian_confirmed": band == "9-12",
        "answers": {
            "uses": "yes",
            "apps": ["games"],
            "safe": "3",
            "rating": "4",
            "priorities": ["screen", "privacy", "bullying"],
            "hours": 2,
            "word": "friends",
            "ideas": "More help from adults"
        }
    })
}

async fn responses_of(app: &TestApp, fx: &Fixture) -> u64 {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn twenty_concurrent_retries_of_one_submission_store_exactly_one_response() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let body = full_body("en", "16-17", &uuid::Uuid::new_v4().to_string());
    let url = app.url(&api(&fx));
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let c = client();
            let url = url.clone();
            let body = body.clone();
            tokio::spawn(async move {
                let res = c.post(url).json(&body).send().await.unwrap();
                let status = res.status().as_u16();
                (status, res.json::<Value>().await.unwrap())
            })
        })
        .collect();
    let mut statuses = Vec::new();
    let mut receipts = Vec::new();
    for task in tasks {
        let (status, body) = task.await.unwrap();
        statuses.push(status);
        receipts.push(body["receipt"].as_str().map(str::to_owned));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        19,
        "{statuses:?}"
    );
    assert!(
        receipts.iter().all(|r| r.is_some() && *r == receipts[0]),
        "one receipt"
    );
    assert_eq!(responses_of(&app, &fx).await, 1);
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(answers, 10, "one set of answers");
}

#[tokio::test]
async fn submissions_stored_together_each_get_their_own_outcome() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let url = app.url(&api(&fx));
    let contested = uuid::Uuid::new_v4().to_string();
    let mut other = full_body("en", "13-15", &contested);
    other["answers"]["uses"] = json!("no");
    other["answers"].as_object_mut().unwrap().remove("apps");
    // 30 new submissions, and 10 of one id: 5 with one content, 5 with another, all at once
    // so that the writer stores many of them in one transaction.
    let mut bodies: Vec<(&str, Value)> = (0..30)
        .map(|_| {
            (
                "new",
                full_body("en", "18-24", &uuid::Uuid::new_v4().to_string()),
            )
        })
        .collect();
    for i in 0..10 {
        let body = if i % 2 == 0 {
            full_body("en", "13-15", &contested)
        } else {
            other.clone()
        };
        bodies.push((if i % 2 == 0 { "a" } else { "b" }, body));
    }
    let tasks: Vec<_> = bodies
        .into_iter()
        .map(|(kind, body)| {
            let (c, url) = (client(), url.clone());
            tokio::spawn(async move {
                let status = c.post(url).json(&body).send().await.unwrap().status();
                (kind, status.as_u16())
            })
        })
        .collect();
    let mut outcomes: BTreeMap<(&str, u16), usize> = BTreeMap::new();
    for task in tasks {
        *outcomes.entry(task.await.unwrap()).or_default() += 1;
    }
    assert_eq!(outcomes.get(&("new", 201)), Some(&30), "{outcomes:?}");
    // The contested id: one of the two contents won; its copies are repeats, the others
    // conflicts.
    let won = if outcomes.contains_key(&("a", 201)) {
        "a"
    } else {
        "b"
    };
    let lost = if won == "a" { "b" } else { "a" };
    assert_eq!(outcomes.get(&(won, 201)), Some(&1), "{outcomes:?}");
    assert_eq!(outcomes.get(&(won, 200)), Some(&4), "{outcomes:?}");
    assert_eq!(outcomes.get(&(lost, 409)), Some(&5), "{outcomes:?}");
    assert_eq!(responses_of(&app, &fx).await, 31);
}

#[tokio::test]
async fn a_retry_gets_the_original_receipt_and_the_same_id_with_other_answers_is_a_409() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let id = uuid::Uuid::new_v4().to_string();
    let first = app
        .post_json(&api(&fx), &full_body("fr", "13-15", &id))
        .await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = app
        .post_json(&api(&fx), &full_body("fr", "13-15", &id))
        .await;
    assert_eq!(again.status(), 200);
    assert_eq!(
        again.json::<Value>().await.unwrap()["receipt"],
        first["receipt"]
    );
    let mut other = full_body("fr", "13-15", &id);
    other["answers"]["uses"] = json!("no");
    other["answers"].as_object_mut().unwrap().remove("apps");
    let res = app.post_json(&api(&fx), &other).await;
    assert_eq!(res.status(), 409);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let problem: Value = res.json().await.unwrap();
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("submission_id")
    );
    assert_eq!(responses_of(&app, &fx).await, 1);
}

#[tokio::test]
async fn a_double_submit_of_the_form_shows_the_same_receipt_and_a_changed_resubmit_a_409_page() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "18-24")]).await;
    walk.next(&[]).await;
    walk.next(&[("a:uses", "no")]).await;
    walk.next(&[("a:why-not", "Too busy")]).await;
    let check_page = walk.html.clone();
    assert_eq!(walk.submit().await, 200);
    let receipt = walk.receipt();
    walk.html = check_page.clone();
    assert_eq!(walk.submit().await, 200, "a retry of the same form");
    assert_eq!(walk.receipt(), receipt);
    assert!(walk.html.contains("already sent these answers"));
    // Back on the check page (browser history), change an answer, send again.
    walk.html = check_page;
    walk.next(&[("action", "goto:s0")]).await;
    walk.next(&[("a:uses", "yes")]).await;
    assert!(
        walk.h1().contains("Check your answers"),
        "back to the check page: {}",
        walk.h1()
    );
    assert_eq!(walk.submit().await, 409);
    assert!(walk.html.contains("These answers were already sent"));
    assert_eq!(responses_of(&app, &fx).await, 1);
}

#[tokio::test]
async fn withdrawing_with_the_receipt_deletes_the_response_and_its_answers() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let receipt = complete_journey(&app, &fx, "en", "16-17").await;
    assert_eq!(responses_of(&app, &fx).await, 1);

    let res = app
        .post_form("/withdraw?lang=en", &[("code", "AAAA-BBBB")])
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("We could not find answers with this code")
    );

    // Typed in small letters without dashes: still found; a confirmation comes first.
    let typed = receipt.replace('-', "").to_lowercase();
    let res = app
        .post_form("/withdraw?lang=en", &[("code", typed.as_str())])
        .await;
    assert_eq!(res.status(), 200);
    let html = unescape(&res.text().await.unwrap());
    assert!(
        html.contains("Delete your answers to “Safety online”?"),
        "{html}"
    );
    assert_eq!(
        responses_of(&app, &fx).await,
        1,
        "nothing deleted before confirming"
    );

    let res = app
        .post_form(
            "/withdraw?lang=en",
            &[("code", typed.as_str()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Your answers were deleted")
    );
    assert_eq!(responses_of(&app, &fx).await, 0);
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(answers, 0);

    let res = app
        .post_form(
            "/withdraw?lang=en",
            &[("code", typed.as_str()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 422, "a second time finds nothing");
}

#[tokio::test]
async fn nothing_identifying_is_stored_with_a_response() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let receipt = complete_journey(&app, &fx, "en", "13-15").await;
    let row = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // Exactly these columns, nothing else: no address, no user agent, no fingerprint.
    let stored = serde_json::to_value(&row).unwrap();
    let mut columns: Vec<_> = stored.as_object().unwrap().keys().cloned().collect();
    columns.sort();
    assert_eq!(
        columns,
        [
            "age_band",
            "consultation_id",
            "content_hash",
            "country",
            "gender",
            "id",
            "language",
            "phase",
            "receipt_hash",
            "submission_id",
            "submitted_at"
        ]
    );
    let everything = format!(
        "{stored} {}",
        serde_json::to_string(
            &answer::Entity::find()
                .filter(answer::Column::ResponseId.eq(row.id))
                .all(&app.db)
                .await
                .unwrap()
        )
        .unwrap()
    );
    for leak in [
        "127.0.0.1",
        "reqwest",
        "Mozilla",
        "kid@example.org",
        "7946",
        &receipt,
        &receipt.replace('-', ""),
    ] {
        assert!(!everything.contains(leak), "{leak} stored");
    }
    assert_eq!(
        row.submitted_at.timestamp() % 3600,
        0,
        "time rounded to the hour"
    );
    assert_eq!(row.receipt_hash.len(), 64, "only a hash of the receipt");
}

#[tokio::test]
async fn bad_api_inputs_are_refused_clearly_and_nothing_is_stored() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let id = || uuid::Uuid::new_v4().to_string();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut body = full_body("en", "16-17", &id());
        change(&mut body);
        body
    };
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "unknown option",
            with(&|b| b["answers"]["uses"] = json!("maybe")),
            "answers.uses",
        ),
        (
            "unknown option in a list",
            with(&|b| b["answers"]["apps"] = json!(["video", "tv"])),
            "answers.apps",
        ),
        (
            "too many choices",
            with(&|b| b["answers"]["apps"] = json!(["video", "chat", "games"])),
            "answers.apps",
        ),
        (
            "a ranking naming an option twice",
            with(&|b| b["answers"]["priorities"] = json!(["screen", "screen"])),
            "answers.priorities",
        ),
        (
            "answer to a hidden question",
            with(&|b| b["answers"]["why-not"] = json!("no time")),
            "answers.why-not",
        ),
        (
            "answer to an information text",
            with(&|b| b["answers"]["rules"] = json!("ok")),
            "answers.rules",
        ),
        (
            "unknown question",
            with(&|b| b["answers"]["favourite"] = json!("x")),
            "answers.favourite",
        ),
        (
            "number above the range",
            with(&|b| b["answers"]["hours"] = json!(25)),
            "answers.hours",
        ),
        (
            "number below the range",
            with(&|b| b["answers"]["hours"] = json!(-1)),
            "answers.hours",
        ),
        (
            "number as a string",
            with(&|b| b["answers"]["hours"] = json!("two")),
            "answers.hours",
        ),
        (
            "text over the limit",
            with(&|b| b["answers"]["word"] = json!("x".repeat(51))),
            "answers.word",
        ),
        (
            "object as an answer",
            with(&|b| b["answers"]["ideas"] = json!({"a": 1})),
            "answers.ideas",
        ),
        (
            "required question missing",
            with(&|b| {
                b["answers"].as_object_mut().unwrap().remove("uses");
                b["answers"].as_object_mut().unwrap().remove("apps");
            }),
            "answers.uses",
        ),
        (
            "missing submission id",
            with(&|b| {
                b.as_object_mut().unwrap().remove("submission_id");
            }),
            "submission_id",
        ),
        (
            "malformed submission id",
            with(&|b| b["submission_id"] = json!("not-a-uuid")),
            "submission_id",
        ),
        (
            "submission id as a number",
            with(&|b| b["submission_id"] = json!(42)),
            "submission_id",
        ),
        (
            "unknown language",
            with(&|b| b["language"] = json!("de")),
            "language",
        ),
        (
            "unknown age band",
            with(&|b| b["age_band"] = json!("30-40")),
            "age_band",
        ),
        (
            "no guardian below the consent age",
            with(&|b| {
                b["age_band"] = json!("9-12");
                b["guardian_confirmed"] = json!(false);
            }),
            "guardian_confirmed",
        ),
        (
            "unknown country",
            with(&|b| b["country"] = json!("XX")),
            "country",
        ),
        (
            "unknown gender",
            with(&|b| b["gender"] = json!("robot")),
            "gender",
        ),
        (
            "answers not an object",
            with(&|b| b["answers"] = json!(["uses"])),
            "answers",
        ),
    ];
    for (case, body, field) in cases {
        let res = app.post_json(&api(&fx), &body).await;
        assert_eq!(res.status(), 422, "{case}");
        assert_eq!(
            res.headers()["content-type"],
            "application/problem+json",
            "{case}"
        );
        let problem: Value = res.json().await.unwrap();
        let errors = problem["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && !e["message"].as_str().unwrap().is_empty()),
            "{case}: {problem}"
        );
    }
    // Several problems at once are all named.
    let res = app
        .post_json(
            &api(&fx),
            &with(&|b| {
                b["answers"]["hours"] = json!(99);
                b["answers"]["uses"] = json!("maybe");
            }),
        )
        .await;
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2, "{problem}");
    // Messages follow the reader's language.
    let res = app
        .client
        .post(app.url(&api(&fx)))
        .header("Accept-Language", "fr")
        .json(&with(&|b| b["answers"]["hours"] = json!(99)))
        .send()
        .await
        .unwrap();
    let problem: Value = res.json().await.unwrap();
    assert_eq!(
        problem["errors"][0]["message"],
        "Écris un nombre de 0 à 24."
    );

    let raw = |body: &'static [u8]| {
        app.client
            .post(app.url(&api(&fx)))
            .header("Content-Type", "application/json")
            .body(body)
            .send()
    };
    for (case, body) in [
        ("malformed JSON", &b"{\"submission_id\": "[..]),
        ("invalid UTF-8", &b"{\"submission_id\": \"\xff\xfe\"}"[..]),
        ("not an object", &b"[1, 2]"[..]),
    ] {
        let res = raw(body).await.unwrap();
        assert_eq!(res.status(), 400, "{case}");
        assert_eq!(
            res.headers()["content-type"],
            "application/problem+json",
            "{case}"
        );
    }
    assert_eq!(responses_of(&app, &fx).await, 0, "nothing partial stored");
}

#[tokio::test]
async fn a_ten_megabyte_body_is_refused_with_413_and_never_a_500() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let big = format!(
        "{{\"answers\":{{\"ideas\":\"{}\"}}}}",
        "x".repeat(10 * 1024 * 1024)
    );
    for path in [
        api(&fx),
        format!("/c/{}", fx.slug),
        format!("/c/{}/submit", fx.slug),
    ] {
        let res = app
            .client
            .post(app.url(&path))
            .header("Content-Type", "application/json")
            .body(big.clone())
            .send()
            .await;
        match res {
            Ok(res) => assert_eq!(res.status(), 413, "{path}"),
            // The server may close the connection while a client still sends: also a refusal.
            Err(err) => assert!(err.is_request() || err.is_body(), "{path}: {err}"),
        }
    }
    assert_eq!(responses_of(&app, &fx).await, 0);
}

#[tokio::test]
async fn a_tampered_journey_state_is_refused_and_never_trusted() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "9-12")]).await;
    assert!(walk.html.contains("name=\"guardian\""));
    // Skip the adult's confirmation by editing the carried state.
    let state = input_value(&walk.html, "state").unwrap();
    let forged = state.replacen("\"b\":\"9-12\"", "\"b\":\"9-12\",\"g\":true", 1);
    assert_ne!(state, forged);
    let sig = input_value(&walk.html, "sig").unwrap();
    for (state, sig) in [(forged.as_str(), sig.as_str()), (state.as_str(), "00ff")] {
        for path in [format!("/c/{}", fx.slug), format!("/c/{}/submit", fx.slug)] {
            let res = app
                .client
                .post(app.url(&path))
                .form(&[("state", state), ("sig", sig), ("action", "next")])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 400, "{path}");
            assert!(res.text().await.unwrap().contains("Please start again"));
        }
    }
    // A journey of another consultation is not accepted here either.
    let other = app.open_consultation().await;
    let res = app
        .client
        .post(app.url(&format!("/c/{}", other.slug)))
        .form(&[
            ("state", state.as_str()),
            ("sig", input_value(&walk.html, "sig").unwrap().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(responses_of(&app, &fx).await, 0);
}

#[tokio::test]
async fn invalid_utf8_in_a_form_is_a_clear_400_page() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let res = app
        .client
        .post(app.url(&format!("/c/{}?lang=fr", fx.slug)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("action=start&lang=%FF%FE")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

#[tokio::test]
async fn section_problems_are_listed_at_the_top_linked_to_each_field_and_typed_answers_are_kept() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    assert_eq!(walk.next(&[("age_band", "")]).await, 422);
    assert!(walk.html.contains("Choose your age group."));
    assert!(walk.html.contains("href=\"#age-0\""));
    walk.next(&[("age_band", "16-17")]).await;
    walk.next(&[]).await;
    // The required question is skipped: refused, the other answer kept.
    assert_eq!(walk.next(&[("a:safe", "2")]).await, 422);
    assert!(walk.html.contains("class=\"error-summary\""));
    assert!(walk.html.contains("Answer this question to continue."));
    // The summary names the question in quotes and then says what to do: a sentence, not
    // "…online?: Answer…".
    let summary = unescape(&walk.html);
    let summary = &summary[summary.find("error-summary").unwrap()..];
    assert!(
        summary.contains("” — Answer this question to continue."),
        "{summary}"
    );
    assert!(!summary.contains("?: "), "{summary}");
    assert!(
        walk.html.contains("href=\"#q0-0\""),
        "linked to the first option"
    );
    assert!(
        walk.html.contains("aria-describedby=\"q0-error\""),
        "{}",
        walk.html
    );
    assert!(walk.html.contains("value=\"2\" checked"), "kept");
    assert!(walk.h1().contains("Your life online"));
    walk.next(&[("a:uses", "yes"), ("a:safe", "2")]).await;
    assert_eq!(
        walk.next(&[
            ("a:hours", "lots"),
            ("a:word", &"x".repeat(60)),
            ("r:priorities:privacy", "1"),
            ("r:priorities:bullying", "1"),
            ("a:ideas", "Keep this text"),
        ])
        .await,
        422
    );
    for message in [
        "Type a number from 0 to 24.",
        "Your answer has 60 characters. Please make it 50 characters or shorter.",
        "Use each number from 1 to 3 once at most.",
    ] {
        assert!(walk.html.contains(message), "{message}");
    }
    assert!(walk.html.contains("value=\"lots\""), "typed number kept");
    assert!(
        walk.html.contains(">Keep this text</textarea>"),
        "typed text kept"
    );
    assert!(
        walk.html.contains("<title>Error: Your views"),
        "the title says there is an error"
    );
    // Ranking only a first choice, leaving the others without a place, is an answer.
    let partial = [
        ("a:hours", "2"),
        ("a:word", "fun"),
        ("r:priorities:privacy", ""),
        ("r:priorities:bullying", "1"),
        ("a:ideas", "Keep this text"),
    ];
    assert_eq!(walk.next(&partial).await, 200, "{}", walk.html);
    assert!(walk.html.contains("/submit\""), "the check page");
}

#[tokio::test]
async fn a_young_person_may_rank_only_their_top_choices_and_the_facilitator_may_offer_fewer_places()
{
    let app = spawn_app().await;
    let top = |codes: Value| {
        let mut body = full_body("en", "16-17", &uuid::Uuid::new_v4().to_string());
        body["answers"]["priorities"] = codes;
        body
    };
    for places in [None, Some(2)] {
        let fx = app
            .consultation_with("open", |d| {
                d.question_mut("priorities").unwrap().max_choices = places;
            })
            .await;
        for codes in [json!(["privacy"]), json!(["bullying", "screen"])] {
            let res = app.post_json(&api(&fx), &top(codes.clone())).await;
            assert_eq!(res.status(), 201, "{codes}");
        }
        let res = app
            .post_json(&api(&fx), &top(json!(["bullying", "screen", "privacy"])))
            .await;
        if places.is_none() {
            assert_eq!(res.status(), 201, "every option may be ranked");
            continue;
        }
        // The top 2 only: a third place is refused.
        assert_eq!(res.status(), 422);
        let body: Value = res.json().await.unwrap();
        assert!(
            body.to_string()
                .contains("Use each number from 1 to 2 once at most"),
            "{body}"
        );
    }
    let positions: Vec<(String, i32)> = answer::Entity::find()
        .filter(answer::Column::QuestionKey.eq("priorities"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.option_code.unwrap(), a.position.unwrap()))
        .collect();
    assert_eq!(
        positions.len(),
        6 + 3,
        "only the places given: {positions:?}"
    );
    assert!(positions.contains(&("screen".into(), 2)));
}

/// The place a ranking's hidden field carries for `code` ("" when not ranked).
fn place_of(html: &str, code: &str) -> String {
    let name = format!("name=\"r:priorities:{code}\" value=\"");
    let at = html.find(&name).expect("the item's field") + name.len();
    html[at..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn without_javascript_a_ranking_is_made_with_move_buttons_that_keep_every_other_answer() {
    let app = spawn_app().await;
    let fx = app
        .consultation_with("open", |d| {
            d.question_mut("priorities").unwrap().max_choices = Some(2);
        })
        .await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "16-17")]).await;
    walk.next(&[]).await;
    walk.next(&[("a:uses", "yes"), ("a:safe", "2")]).await;
    assert!(walk.html.contains("value=\"rank:in:priorities:screen\""));
    assert!(walk.html.contains("Choose up to 2 that matter most to you"));
    // Enter in a text field still continues: a hidden "Continue" comes first.
    let first_action = walk.html.find("type=\"submit\" name=\"action\"").unwrap();
    assert!(
        walk.html[first_action..].starts_with("type=\"submit\" name=\"action\" value=\"enter\"")
    );
    let codes = ["privacy", "bullying", "screen"];
    let moves = |walk_html: &str| -> Vec<(String, String)> {
        let mut f: Vec<(String, String)> = vec![
            ("a:hours".into(), "3".into()),
            ("a:word".into(), "fun".into()),
            ("a:ideas".into(), "Keep this text".into()),
        ];
        for c in codes {
            f.push((format!("r:priorities:{c}"), place_of(walk_html, c)));
        }
        f
    };
    let places = |html: &str| codes.map(|c| place_of(html, c));
    for (action, expected) in [
        ("rank:in:priorities:screen", ["", "", "1"]),
        ("rank:in:priorities:bullying", ["", "2", "1"]),
        ("rank:in:priorities:privacy", ["", "2", "1"]),
        ("rank:up:priorities:bullying", ["", "1", "2"]),
        ("rank:out:priorities:screen", ["", "1", ""]),
        ("rank:in:priorities:privacy", ["2", "1", ""]),
    ] {
        let mut fields = moves(&walk.html);
        fields.push(("action".into(), action.into()));
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(walk.next(&fields).await, 200, "{action}");
        assert_eq!(places(&walk.html), expected, "{action}");
        assert!(walk.html.contains("value=\"3\""), "typed number kept");
        assert!(
            walk.html.contains(">Keep this text</textarea>"),
            "typed text kept"
        );
        assert!(
            !walk.html.contains("error-summary"),
            "a move is not a mistake"
        );
    }
    // Full (2 of 3): no "Add" is offered any more.
    let add = &walk.html[walk
        .html
        .find("value=\"rank:in:priorities:screen\"")
        .unwrap()..];
    assert!(add[..add.find('>').unwrap()].ends_with(" hidden"), "{add}");
    let fields = moves(&walk.html);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(walk.next(&fields).await, 200);
    assert!(walk.h1().contains("Check your answers"));
    let check = unescape(&walk.html);
    let (bullying, privacy) = (
        check.find("Bullying").unwrap(),
        check.find("Privacy").unwrap(),
    );
    assert!(bullying < privacy, "ranked as moved: bullying first");
    assert!(
        !check.contains("Screen time"),
        "the item left out is not ranked"
    );
}

#[tokio::test]
async fn a_child_below_the_minimum_age_is_kindly_turned_away_and_younger_ones_need_an_adult() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    assert!(walk.html.contains("Younger than 9"));
    assert_eq!(walk.next(&[("age_band", "under")]).await, 200);
    assert!(walk.h1().contains("Thank you for wanting to take part"));
    assert!(walk.html.contains("/results"), "offers public results");
    assert!(!walk.html.contains("name=\"a:"), "no question");
    // Even a forged "submit" from here is refused: the state says too young.
    assert_eq!(walk.submit().await, 200);
    assert!(walk.h1().contains("Thank you for wanting to take part"));
    assert_eq!(responses_of(&app, &fx).await, 0);
    // "I chose the wrong age" goes back.
    walk.next(&[("action", "back")]).await;
    assert!(walk.html.contains("name=\"age_band\""));
    walk.next(&[("age_band", "9-12")]).await;
    assert_eq!(walk.next(&[]).await, 422, "the box must be ticked");
    assert!(walk.html.contains("An adult needs to tick the box"));
    assert_eq!(walk.next(&[("guardian", "yes")]).await, 200);
    assert!(walk.h1().contains("About you"));
}

#[tokio::test]
async fn conditions_are_applied_on_the_server() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "18-24")]).await;
    walk.next(&[]).await;
    // "apps" depends on "uses" on the same page: shown with a hint for readers without JS.
    assert!(walk.html.contains("data-cond-name=\"a:uses\""));
    assert!(
        unescape(&walk.html)
            .contains("Answer this if you chose “Yes” for “Do you use social media?”")
    );
    // Without JavaScript the young person may tick apps and say no: the apps are dropped.
    walk.next(&[("a:uses", "no"), ("a:apps", "video")]).await;
    assert!(walk.html.contains("name=\"a:why-not\""), "follow-up shown");
    walk.next(&[("a:why-not", "Not allowed")]).await;
    assert!(walk.h1().contains("Check your answers"));
    assert!(walk.html.contains("Not allowed"));
    assert!(!walk.html.contains("Watch videos"), "hidden answer dropped");
    // Changing the first answer hides the follow-up and drops its answer.
    walk.next(&[("action", "goto:s0")]).await;
    walk.next(&[("a:uses", "yes")]).await;
    assert!(walk.h1().contains("Check your answers"));
    assert!(!walk.html.contains("Not allowed"));
    assert_eq!(walk.submit().await, 200);
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        answers
            .iter()
            .all(|a| a.question_key != "why-not" && a.question_key != "apps")
    );
}

#[tokio::test]
async fn the_language_can_change_mid_journey_without_losing_answers() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "16-17")]).await;
    walk.next(&[("country", "KE")]).await;
    assert!(
        walk.html.contains("lang_switch"),
        "switch buttons carry the form"
    );
    walk.next(&[("a:uses", "yes"), ("a:safe", "5"), ("lang_switch", "ru")])
        .await;
    assert!(walk.html.contains("<html lang=\"ru\""));
    assert!(
        walk.html.contains("value=\"yes\" checked") && walk.html.contains("value=\"5\" checked")
    );
    walk.next(&[("a:uses", "yes"), ("a:safe", "5")]).await;
    walk.next(&[]).await;
    assert!(walk.h1().contains("Проверь свои ответы"));
    assert!(
        unescape(&walk.html).contains("Кения"),
        "country in the reader's language"
    );
    walk.submit().await;
    let row = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.language, "ru");
    assert_eq!(row.country.as_deref(), Some("KE"));
}

#[tokio::test]
async fn joining_by_code_leads_to_the_consultation() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (status, html) = app.get_html("/j?lang=es").await;
    assert_eq!(status, 200);
    assert!(html.contains("Escribe tu código"));
    let shown = consulta::consultations::join_code::display(&fx.join_code).to_lowercase();
    for path in [
        format!("/j?code={shown}&lang=es"),
        format!("/j/{}", fx.join_code),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status(), 303, "{path}");
        assert!(
            res.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with(&format!("/c/{}", fx.slug))
        );
    }
    let (status, html) = app.get_html("/j?code=ZZZ-ZZZ&lang=en").await;
    assert_eq!(status, 422);
    assert!(html.contains("We could not find this code") && html.contains("value=\"ZZZ-ZZZ\""));
    let (status, _) = app.get_html("/j/ZZZZZZ").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn an_access_code_is_asked_when_the_consultation_has_one() {
    let app = spawn_app().await;
    let fx = app
        .consultation_with("open", |d| d.settings.access_code = Some("ROOM42".into()))
        .await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    assert!(walk.html.contains("name=\"access_code\""));
    assert_eq!(walk.next(&[("access_code", "wrong")]).await, 422);
    assert!(walk.html.contains("This code is not right"));
    assert_eq!(walk.next(&[("access_code", " room42 ")]).await, 200);
    assert!(walk.html.contains("name=\"age_band\""));

    let mut body = full_body("en", "18-24", &uuid::Uuid::new_v4().to_string());
    let res = app.post_json(&api(&fx), &body).await;
    assert_eq!(res.status(), 422, "the API needs the code too");
    body["access_code"] = json!("room42");
    assert_eq!(app.post_json(&api(&fx), &body).await.status(), 201);
}

#[tokio::test]
async fn closed_not_yet_open_and_archived_consultations_show_a_friendly_page() {
    let app = spawn_app().await;
    for (status, title, results) in [
        ("closed", "This survey has closed", "/results?"),
        ("published", "This survey has closed", "/results/"),
        ("archived", "This survey has closed", "/results?"),
    ] {
        let fx = app.consultation_with(status, |_| {}).await;
        let (code, html) = app.get_html(&format!("/c/{}?lang=en", fx.slug)).await;
        assert_eq!(code, 200, "{status}");
        assert!(html.contains(title), "{status}");
        assert!(html.contains(results), "{status}: link to results");
        assert!(html.contains("Safety online"), "{status}: title");
        let res = app
            .post_json(
                &api(&fx),
                &full_body("en", "18-24", &uuid::Uuid::new_v4().to_string()),
            )
            .await;
        assert_eq!(res.status(), 410, "{status}");
        let res = app
            .post_form(
                &format!("/c/{}", fx.slug),
                &[("action", "start"), ("lang", "en")],
            )
            .await;
        assert_eq!(res.status(), 410, "{status}");
        assert!(res.text().await.unwrap().contains(title));
    }
}

#[tokio::test]
async fn a_consultation_closing_mid_journey_refuses_the_submission_kindly() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "18-24")]).await;
    walk.next(&[]).await;
    walk.next(&[("a:uses", "no")]).await;
    walk.next(&[]).await;
    assert!(walk.h1().contains("Check your answers"));
    consulta::entities::consultation::Entity::update_many()
        .col_expr(
            consulta::entities::consultation::Column::Status,
            sea_orm::sea_query::Expr::value("closed"),
        )
        .filter(consulta::entities::consultation::Column::Id.eq(fx.id))
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(walk.submit().await, 410);
    assert!(walk.html.contains("This survey has closed"));
    assert_eq!(responses_of(&app, &fx).await, 0);
}

#[tokio::test]
async fn a_definition_changed_by_any_writer_shows_at_once_on_the_respondent_pages() {
    use consulta::entities::consultation;
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let landing = format!("/c/{}?lang=en", fx.slug);
    assert!(app.get_html(&landing).await.1.contains("Safety online"));
    // As another instance (or any writer) would: a new definition and `updated_at`.
    let mut def = crate::fixtures::definition();
    def.texts
        .title
        .insert("en".into(), "Safety online, renamed".into());
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Definition,
            sea_orm::sea_query::Expr::value(serde_json::to_string(&def).unwrap()),
        )
        .col_expr(
            consultation::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(consultation::Column::Id.eq(fx.id))
        .exec(&app.db)
        .await
        .unwrap();
    assert!(
        app.get_html(&landing)
            .await
            .1
            .contains("Safety online, renamed")
    );
}

#[tokio::test]
async fn every_page_has_the_help_link_pointing_to_the_helpline_of_the_country() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (_, landing) = app.get_html(&format!("/c/{}?lang=en", fx.slug)).await;
    let landing = unescape(&landing);
    assert!(
        landing.contains(&format!("href=\"/c/{}/help?lang=en\"", fx.slug)),
        "default helpline"
    );
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "13-15")]).await;
    walk.next(&[("country", "FR")]).await;
    let href = format!("/c/{}/help?lang=en&country=FR", fx.slug);
    assert!(unescape(&walk.html).contains(&href), "{}", walk.html);
    assert!(
        walk.html.contains("target=\"_blank\""),
        "opens beside the answers"
    );
    let (status, help) = app
        .get_html(&format!("/c/{}/help?lang=fr&country=FR", fx.slug))
        .await;
    assert_eq!(status, 200);
    assert!(help.contains("tel:3018") && help.contains("Child Helpline International"));
    // Without helplines in the consultation, the general page.
    let plain = app
        .consultation_with("open", |d| d.settings.helplines.clear())
        .await;
    let (_, landing) = app.get_html(&format!("/c/{}?lang=en", plain.slug)).await;
    assert!(unescape(&landing).contains("href=\"/help?lang=en\""));
    for page in ["/j?lang=en", "/withdraw?lang=en"] {
        assert!(
            app.get_html(page).await.1.contains("Need help now?"),
            "{page}"
        );
    }
}

#[tokio::test]
async fn the_submission_api_is_documented() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let op = &doc["paths"]["/api/v1/consultations/{slug}/responses"]["post"];
    for status in ["200", "201", "400", "409", "413", "422"] {
        assert!(op["responses"][status].is_object(), "{status}");
    }
    assert!(op["requestBody"].is_object());
}

/// Compressed bytes of every respondent page and what it loads (html + css + js): each at
/// most 30 KB in 3 requests. Printed for the record (`-- --nocapture`).
#[tokio::test]
async fn every_respondent_page_weighs_less_than_30_kb_compressed_with_what_it_loads() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let fetch = |path: String, form: Option<Vec<(String, String)>>| {
        let c = client();
        let url = app.url(&path);
        async move {
            let req = match form {
                Some(form) => c.post(url).form(&form),
                None => c.get(url),
            };
            let res = req.header("Accept-Encoding", "gzip").send().await.unwrap();
            let encoded = res.headers().get("content-encoding").is_some();
            (res.bytes().await.unwrap().len(), encoded)
        }
    };
    let (_, landing) = app.get_html(&format!("/c/{}?lang=en", fx.slug)).await;
    let assets: Vec<String> = [".css\"", ".js\""]
        .iter()
        .filter_map(|end| {
            let stop = landing.find(end)? + end.len() - 1;
            let at = landing[..stop].rfind("/static/")?;
            Some(landing[at..stop].to_owned())
        })
        .collect();
    assert_eq!(assets.len(), 2, "one stylesheet, one script");
    let mut asset_bytes = 0;
    for asset in &assets {
        let (n, encoded) = fetch(asset.clone(), None).await;
        assert!(encoded, "{asset} compressed");
        asset_bytes += n;
    }

    // Each page of a journey is fetched again, compressed, with the form that led to it.
    let journey = format!("/c/{}", fx.slug);
    type Form = Option<Vec<(String, String)>>;
    let mut pages: Vec<(&str, String, Form)> = vec![
        ("landing", format!("{journey}?lang=en"), None),
        (
            "age",
            journey.clone(),
            Some(vec![
                ("lang".into(), "en".into()),
                ("action".into(), "start".into()),
            ]),
        ),
    ];
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    let steps: [(&str, &[(&str, &str)]); 5] = [
        ("consent", &[("age_band", "9-12")]),
        ("about you", &[("guardian", "yes")]),
        ("section 1", &[("country", "FR")]),
        ("section 2", &[("a:uses", "yes")]),
        ("check", &[("a:ideas", "More help from adults")]),
    ];
    for (name, fields) in steps {
        let mut form = vec![
            (
                "state".to_owned(),
                input_value(&walk.html, "state").unwrap(),
            ),
            ("sig".to_owned(), input_value(&walk.html, "sig").unwrap()),
            ("action".to_owned(), "next".to_owned()),
        ];
        form.extend(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        pages.push((name, journey.clone(), Some(form)));
        walk.next(fields).await;
    }
    pages.push((
        "thank you",
        format!("{journey}/submit"),
        Some(vec![
            ("state".into(), input_value(&walk.html, "state").unwrap()),
            ("sig".into(), input_value(&walk.html, "sig").unwrap()),
        ]),
    ));
    pages.push(("help", format!("{journey}/help?lang=en&country=FR"), None));
    pages.push(("join", "/j?lang=en".into(), None));
    pages.push(("withdraw", "/withdraw?lang=en".into(), None));
    // The offline page: every section and the start steps in one form.
    pages.push(("offline", format!("{journey}/offline?lang=en&band="), None));
    println!(
        "respondent pages, gzip bytes (css + js: {asset_bytes} B, cached after the first page):"
    );
    for (name, path, form) in pages {
        let (n, encoded) = fetch(path, form).await;
        assert!(encoded, "{name} compressed");
        let total = n + asset_bytes;
        println!("  {name:<10} html {n:>6} B; with css + js {total:>6} B in 3 requests");
        assert!(total <= 30 * 1024, "{name}: {total} bytes");
    }
}

#[tokio::test]
async fn a_young_person_who_writes_about_being_harmed_is_shown_where_to_get_help_at_once() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "13-15")]).await;
    walk.next(&[("country", "FR")]).await;
    walk.next(&[("a:uses", "yes")]).await;
    walk.next(&[(
        "a:ideas",
        "I am being bullied and my mail is amal@example.org",
    )])
    .await;
    assert_eq!(walk.submit().await, 200);
    assert!(
        walk.html
            .contains("You do not have to deal with this alone"),
        "{}",
        walk.html
    );
    assert!(
        unescape(&walk.html).contains(&format!("/c/{}/help?lang=en&country=FR", fx.slug)),
        "the helpline of the young person's country"
    );
    let stored = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .filter(answer::Column::QuestionKey.eq("ideas"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let flags = stored.flags.unwrap_or_default();
    assert!(
        flags.contains("disclosure") && flags.contains("personal_details"),
        "{flags}"
    );
    assert_eq!(
        stored.text_value.as_deref(),
        Some("I am being bullied and my mail is [email]")
    );
    assert_eq!(stored.moderation_status.as_deref(), Some("pending"));

    // An ordinary answer shows no such block.
    let receipt_page = {
        let mut walk = Walk::start(&app, &fx.slug, "en").await;
        walk.next(&[("age_band", "13-15")]).await;
        walk.next(&[]).await;
        walk.next(&[("a:uses", "no")]).await;
        walk.next(&[("a:ideas", "More games about safety")]).await;
        walk.submit().await;
        walk.html
    };
    assert!(!receipt_page.contains("You do not have to deal with this alone"));
}

#[tokio::test]
async fn words_about_gender_go_with_describing_oneself_and_are_scrubbed_and_moderated() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "16-17")]).await;
    assert_eq!(
        walk.next(&[("gender", "boy"), ("gender_description", "two-spirit")])
            .await,
        422
    );
    assert!(unescape(&walk.html).contains("Words about yourself go with"));
    assert!(walk.html.contains("value=\"two-spirit\""), "kept");
    assert_eq!(
        walk.next(&[("gender_description", "two-spirit")]).await,
        200
    );
    walk.next(&[("a:uses", "no")]).await;
    walk.next(&[]).await;
    assert!(walk.html.contains("two-spirit"), "on the check page");
    walk.submit().await;
    let row = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.gender.as_deref(), Some("self_described"));
    let words = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(row.id))
        .filter(answer::Column::QuestionKey.eq("_gender_description"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(words.text_value.as_deref(), Some("two-spirit"));
    assert_eq!(words.moderation_status.as_deref(), Some("pending"));
}

/// The receipt on a thank-you page.
fn receipt_on(html: &str) -> String {
    let start = html
        .find("<code dir=\"ltr\" aria-hidden=\"true\">")
        .unwrap()
        + 35;
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

#[tokio::test]
async fn the_offline_page_takes_the_rest_of_the_journey_at_once_and_stores_it_once() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let offline = app.url(&format!("/c/{}/offline", fx.slug));
    // The page the service worker keeps: every section, and no journey in it.
    let res = app
        .client
        .get(format!("{offline}?lang=en&band=16-17"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let kept = res.text().await.unwrap();
    assert!(kept.contains("<html lang=\"en\""));
    assert!(kept.contains("data-section=\"0\"") && kept.contains("data-section=\"1\""));
    assert!(kept.contains("name=\"a:ideas\""));
    assert!(
        !kept.contains("name=\"state\""),
        "no journey is kept in the cache"
    );

    let mut walk = Walk::start(&app, &fx.slug, "en").await;
    walk.next(&[("age_band", "16-17")]).await;
    // Only a journey that reached its sections is taken: not one at the "about you" step.
    let send = |fields: Vec<(&'static str, String)>| {
        let (client, url) = (app.client.clone(), offline.clone());
        async move {
            let res = client.post(url).form(&fields).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let carried = |html: &str| {
        vec![
            ("state", input_value(html, "state").unwrap()),
            ("sig", input_value(html, "sig").unwrap()),
        ]
    };
    assert_eq!(send(carried(&walk.html)).await.0, 400);
    walk.next(&[]).await;
    assert!(walk.h1().contains("Your life online"), "{}", walk.h1());

    // The connection dropped here: both sections come at once; a problem in the second
    // shows the offline page again with what was typed, the journey unchanged.
    let answers = |hours: &str| {
        let mut fields = carried(&walk.html);
        for (name, value) in [
            ("a:uses", "yes"),
            ("a:safe", "2"),
            ("a:hours", hours),
            ("a:word", "fun"),
            ("r:priorities:bullying", "1"),
            ("a:ideas", "Kept while offline"),
        ] {
            fields.push((name, value.to_owned()));
        }
        fields
    };
    let (status, html) = send(answers("lots")).await;
    assert_eq!(status, 422, "{html}");
    assert!(
        html.contains("<title>Error: "),
        "the title says there is an error"
    );
    assert!(html.contains("Type a number from 0 to 24."));
    assert!(html.contains("value=\"lots\"") && html.contains(">Kept while offline</textarea>"));
    assert_eq!(
        input_value(&html, "state"),
        input_value(&walk.html, "state")
    );
    assert_eq!(responses_of(&app, &fx).await, 0, "nothing stored");

    let (status, html) = send(answers("2")).await;
    assert_eq!(status, 200, "{html}");
    let receipt = receipt_on(&html);
    assert_eq!(responses_of(&app, &fx).await, 1);
    // Sent again when the connection flickers: the same receipt, nothing stored twice.
    let (status, again) = send(answers("2")).await;
    assert_eq!(status, 200);
    assert_eq!(receipt_on(&again), receipt);
    assert_eq!(responses_of(&app, &fx).await, 1);
}

/// A form as app.js keeps it while offline: urlencoded, then sealed to the instance.
fn sealed_form(keys: &consulta::secrets::Keys, fields: &[(&str, String)]) -> Vec<(String, String)> {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    let body = fields
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                utf8_percent_encode(k, NON_ALPHANUMERIC),
                utf8_percent_encode(v, NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&");
    vec![("sealed".into(), keys.offline().seal(body.as_bytes()))]
}

#[tokio::test]
async fn answers_kept_offline_are_sealed_to_the_instance_and_opened_only_there() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let keys = consulta::secrets::Keys::load(&app.db).await.unwrap();
    let offline = app.url(&format!("/c/{}/offline", fx.slug));
    // The kept page gives the browser the instance's public key to seal to.
    let kept = app
        .client
        .get(format!("{offline}?lang=en&band=16-17"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(kept.contains(&format!("data-key=\"{}\"", keys.offline().public())));
    let send = |fields: Vec<(String, String)>| {
        let (client, url) = (app.client.clone(), offline.clone());
        async move {
            let res = client.post(url).form(&fields).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    // A journey at its second section, "uses" answered "yes" on the first: the offline page
    // for it (here after a problem) leaves out the follow-up that answer hides.
    let at_second = |uses: &'static str| {
        let app = &app;
        let slug = fx.slug.clone();
        async move {
            let mut walk = Walk::start(app, &slug, "en").await;
            walk.next(&[("age_band", "16-17")]).await;
            walk.next(&[]).await;
            walk.next(&[("a:uses", uses), ("a:safe", "4")]).await;
            assert!(walk.html.contains("name=\"a:hours\""), "second section");
            walk
        }
    };
    let walk = at_second("yes").await;
    let fields = |hours: &str| {
        vec![
            ("state", input_value(&walk.html, "state").unwrap()),
            ("sig", input_value(&walk.html, "sig").unwrap()),
            ("a:hours", hours.to_owned()),
            ("a:ideas", "Sealed on the phone".to_owned()),
            ("action", "submit".to_owned()),
        ]
    };
    let (status, html) = send(sealed_form(&keys, &fields("lots"))).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(">Sealed on the phone</textarea>"));
    assert!(
        !html.contains("name=\"a:why-not\""),
        "hidden by the earlier answer"
    );
    let other = at_second("no").await;
    let mut shown = vec![
        ("state", input_value(&other.html, "state").unwrap()),
        ("sig", input_value(&other.html, "sig").unwrap()),
    ];
    shown.push(("a:hours", "lots".to_owned()));
    let (status, html) = send(sealed_form(&keys, &shown)).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("name=\"a:why-not\""),
        "shown by the earlier answer"
    );

    // Sealed answers are stored once, whatever the resends.
    let (status, html) = send(sealed_form(&keys, &fields("2"))).await;
    assert_eq!(status, 200, "{html}");
    let receipt = receipt_on(&html);
    let (status, again) = send(sealed_form(&keys, &fields("2"))).await;
    assert_eq!(status, 200);
    assert_eq!(receipt_on(&again), receipt);
    assert_eq!(responses_of(&app, &fx).await, 1);
    // Sealed to another instance's key, or changed: refused, nothing stored.
    let stranger = consulta::secrets::Keys::from_secret(&[9; 32]);
    assert_eq!(send(sealed_form(&stranger, &fields("2"))).await.0, 400);
    let mut changed = sealed_form(&keys, &fields("2"));
    let flip = if &changed[0].1[100..101] == "A" {
        "B"
    } else {
        "A"
    };
    changed[0].1.replace_range(100..101, flip);
    assert_eq!(send(changed).await.0, 400);
    assert_eq!(responses_of(&app, &fx).await, 1);

    // "Send" pressed offline on "check your answers": that page's form, sealed, is stored too.
    let mut walk = at_second("yes").await;
    walk.next(&[("a:hours", "1"), ("a:word", "calm")]).await;
    assert!(walk.h1().contains("Check your answers"), "{}", walk.h1());
    let check = vec![
        ("state", input_value(&walk.html, "state").unwrap()),
        ("sig", input_value(&walk.html, "sig").unwrap()),
        ("action", "submit".to_owned()),
    ];
    let (status, html) = send(sealed_form(&keys, &check)).await;
    assert_eq!(status, 200, "{html}");
    assert_eq!(responses_of(&app, &fx).await, 2);
    let stored = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(stored.iter().any(|a| a.question_key == "word"));
}

#[tokio::test]
async fn offline_before_the_first_section_the_page_asks_the_start_steps_with_the_same_checks() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let offline = app.url(&format!("/c/{}/offline", fx.slug));
    // The page kept from the landing page: no journey, the start steps at its top.
    let (_, kept) = app
        .get_html(&format!("/c/{}/offline?lang=en&band=", fx.slug))
        .await;
    assert!(kept.contains("data-start") && kept.contains("name=\"age_band\""));
    assert!(kept.contains("name=\"guardian\"") && kept.contains("name=\"submission_id\""));
    assert!(!kept.contains("name=\"state\""));
    let send = |fields: Vec<(&'static str, String)>| {
        let (client, url) = (app.client.clone(), offline.clone());
        async move {
            let res = client.post(url).form(&fields).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let id = "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f".to_owned();
    let with = |start: &[(&'static str, &str)]| {
        let mut fields: Vec<(&'static str, String)> = vec![
            ("submission_id", id.clone()),
            ("lang", "en".to_owned()),
            ("a:uses", "yes".to_owned()),
            ("a:hours", "2".to_owned()),
            ("a:ideas", "Started offline".to_owned()),
        ];
        fields.extend(start.iter().map(|(k, v)| (*k, (*v).to_owned())));
        fields
    };
    // No age band: the page again, with the problem and what was typed.
    let (status, html) = send(with(&[])).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("href=\"#age-0\"") && html.contains(">Started offline</textarea>"));
    assert!(
        html.contains(&format!("value=\"{id}\"")),
        "the same submission id"
    );
    // Below the consent age an adult confirms, as step by step.
    let (status, html) = send(with(&[("age_band", "9-12")])).await;
    assert_eq!(status, 422);
    assert!(html.contains("id=\"guardian-error\""));
    // Below the minimum age: the kind page, nothing stored.
    let (status, html) = send(with(&[("age_band", "under")])).await;
    assert_eq!(status, 200);
    assert!(
        unescape(&html).contains("We are sorry you cannot answer it"),
        "{html}"
    );
    assert_eq!(responses_of(&app, &fx).await, 0);
    // Everything given: stored once with the page's submission id.
    let done = with(&[("age_band", "9-12"), ("guardian", "yes")]);
    let (status, html) = send(done.clone()).await;
    assert_eq!(status, 200, "{html}");
    let receipt = receipt_on(&html);
    let (status, again) = send(done).await;
    assert_eq!(status, 200);
    assert_eq!(receipt_on(&again), receipt);
    assert_eq!(responses_of(&app, &fx).await, 1);
    let stored = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.age_band.as_deref(), Some("9-12"));
}
