//! Live meeting mode over HTTP: a session's life, hidden-until-revealed results and the
//! threshold on the projector, event streams (an update after a submission, resuming with
//! `Last-Event-ID`, the cap per client), bad input, and two instances on one PostgreSQL.
use std::time::Duration;

use consulta::{
    consultations::definition::Phase,
    entities::{consultation, consultation_transition, response},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    fixtures::{
        Fixture,
        live::{act, answer, live_consultation, live_consultation_with, page, participant, start},
    },
    helpers::{TestApp, client, input_value, spawn_app, spawn_app_with},
    prerequisites::{Prerequisite, present},
};

async fn during_responses(app: &TestApp, f: &Fixture) -> u64 {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(f.id))
        .filter(response::Column::Phase.eq("during"))
        .count(&app.db)
        .await
        .unwrap()
}

/// Reads an event stream until `want` appears (or fails after a few seconds).
async fn read_until(res: &mut reqwest::Response, want: &str) -> String {
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !seen.contains(want) {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match tokio::time::timeout(left, res.chunk()).await {
            Ok(Ok(Some(chunk))) => seen.push_str(&String::from_utf8_lossy(&chunk)),
            other => panic!("no {want:?} in the stream ({other:?}); got:\n{seen}"),
        }
    }
    seen
}

#[tokio::test]
async fn a_live_session_runs_from_start_to_end_and_its_answers_stay() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    assert_eq!(code.len(), 6);
    assert!(!code.chars().any(|c| "0O1IL2Z5S8B".contains(c)));

    let row = consultation::Entity::find_by_id(f.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "live");
    let moves = consultation_transition::Entity::find()
        .filter(consultation_transition::Column::ConsultationId.eq(f.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        (moves[0].from_status.as_str(), moves[0].to_status.as_str()),
        ("open", "live")
    );

    // The code on the screen leads to the session, in any form.
    let res = app.get(&format!("/j/{}", code.to_lowercase())).await;
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with(&format!("/live/{code}"))
    );

    // Control page and projector show the code and a QR code.
    let (status, control) = page(&app, &facilitator, &format!("/manage/live/{code}")).await;
    assert_eq!(status, 200);
    assert!(control.contains("<svg"), "QR code on the control page");
    let (status, present) = page(&app, &facilitator, &format!("/present/{code}")).await;
    assert_eq!(status, 200);
    assert!(present.contains(&format!("{}-{}", &code[..3], &code[3..])));
    assert!(present.contains(&format!("/j/{code}")));

    // A phone chooses language and age band once, then waits.
    let anonymous = client();
    let (status, setup) = page(&app, &anonymous, &format!("/live/{code}")).await;
    assert_eq!(status, 200);
    assert!(setup.contains("name=\"age_band\""));
    let phone = participant(&app, &code, "fr").await;
    let (_, waiting) = page(&app, &phone, &format!("/live/{code}")).await;
    assert!(waiting.contains("Regarde le grand écran"), "{waiting}");
    assert!(
        waiting.contains("http-equiv=\"refresh\""),
        "auto-refresh without scripts"
    );

    // The facilitator opens a question: it appears on the phone.
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    let (_, asked) = page(&app, &phone, &format!("/live/{code}")).await;
    assert!(asked.contains("Utilises-tu les réseaux sociaux"), "{asked}");
    assert_eq!(input_value(&asked, "question").as_deref(), Some("uses"));

    // Answered once; a replay stores nothing more; another answer does not replace it.
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "yes")]
        )
        .await,
        303
    );
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "yes")]
        )
        .await,
        303
    );
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "no")]
        )
        .await,
        303
    );
    assert_eq!(during_responses(&app, &f).await, 1);
    let (_, done) = page(&app, &phone, &format!("/live/{code}")).await;
    assert!(done.contains("Ta réponse est enregistrée"), "{done}");

    // An empty answer is refused next to the question, nothing stored.
    let second = participant(&app, &code, "en").await;
    assert_eq!(
        answer(&app, &second, &code, &[("question", "uses")]).await,
        422
    );

    // A closed question takes no answer.
    act(&app, &facilitator, &csrf, &code, "close", "uses").await;
    assert_eq!(
        answer(
            &app,
            &second,
            &code,
            &[("question", "uses"), ("a:uses", "no")]
        )
        .await,
        409
    );
    // Nor does a question that was never opened.
    assert_eq!(
        answer(
            &app,
            &second,
            &code,
            &[("question", "word"), ("a:word", "fun")]
        )
        .await,
        409
    );
    assert_eq!(during_responses(&app, &f).await, 1);

    // Ending: the code stops working, the consultation is open again, the answer stays.
    let res = facilitator
        .post(app.url(&format!("/manage/live/{code}/end")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let row = consultation::Entity::find_by_id(f.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "open");
    let (status, gone) = page(&app, &phone, &format!("/live/{code}")).await;
    assert_eq!(status, 404);
    assert!(
        gone.contains("Type the code") || gone.contains("code"),
        "{gone}"
    );
    assert_eq!(during_responses(&app, &f).await, 1);
}

#[tokio::test]
async fn the_state_survives_a_restart_of_the_server() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "safe").await;
    // A second server on the same database knows nothing in memory.
    let url = app.database_url.clone();
    let other = spawn_app_with(|s| {
        s.database_url = consulta::config::Secret::new(url);
    })
    .await;
    let phone = participant(&other, &code, "en").await;
    let (_, asked) = page(&other, &phone, &format!("/live/{code}")).await;
    assert!(asked.contains("How safe do you feel online?"), "{asked}");
}

#[tokio::test]
async fn results_stay_hidden_until_revealed_and_below_the_threshold_only_the_count_shows() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 5).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    for _ in 0..4 {
        let phone = participant(&app, &code, "en").await;
        assert_eq!(
            answer(
                &app,
                &phone,
                &code,
                &[("question", "uses"), ("a:uses", "yes")]
            )
            .await,
            303
        );
    }
    let path = format!("/present/{code}");
    let present = || page(&app, &facilitator, &path);
    let (_, html) = present().await;
    assert!(html.contains("4 answers"), "{html}");
    assert!(
        html.contains("The results will be shown soon."),
        "hidden until revealed"
    );
    assert!(
        !html.contains("role=\"img\" aria-labelledby"),
        "no chart before the reveal"
    );

    act(&app, &facilitator, &csrf, &code, "reveal", "uses").await;
    let (_, html) = present().await;
    assert!(
        html.contains("once 5 people have answered"),
        "threshold: {html}"
    );
    assert!(!html.contains("class=\"present-figures"));

    let phone = participant(&app, &code, "en").await;
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "no")]
        )
        .await,
        303
    );
    let (_, html) = present().await;
    assert!(html.contains("5 answers"));
    assert!(html.contains("class=\"present-figures"), "{html}");
    assert!(html.contains("Yes"));

    act(&app, &facilitator, &csrf, &code, "hide", "uses").await;
    let (_, html) = present().await;
    assert!(html.contains("The results will be shown soon."));
}

#[tokio::test]
async fn the_presenter_stream_shows_a_submission_and_a_dropped_stream_resumes_with_the_current_state()
 {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;

    let mut stream = facilitator
        .get(app.url(&format!("/present/{code}/events?lang=en")))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    assert!(
        stream.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let first = read_until(&mut stream, "\"count\":0").await;
    let version: i64 = first
        .lines()
        .find_map(|l| l.strip_prefix("id: "))
        .and_then(|v| v.trim().parse().ok())
        .expect("events carry the state version as their id");

    let phone = participant(&app, &code, "en").await;
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "yes")]
        )
        .await,
        303
    );
    read_until(&mut stream, "\"count\":1").await;
    drop(stream);

    // While the projector is away, the facilitator moves on.
    act(&app, &facilitator, &csrf, &code, "open", "safe").await;
    let mut resumed = facilitator
        .get(app.url(&format!("/present/{code}/events?lang=en")))
        .header("Last-Event-ID", version.to_string())
        .send()
        .await
        .unwrap();
    let state = read_until(&mut resumed, "\"current\":\"safe\"").await;
    let now: i64 = state
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("id: "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap();
    assert!(now > version, "the id grows with each change");

    // Phones follow the question too.
    let mut phone_stream = phone
        .get(app.url(&format!("/live/{code}/events")))
        .send()
        .await
        .unwrap();
    read_until(&mut phone_stream, "\"current\":\"safe\"").await;
    act(&app, &facilitator, &csrf, &code, "close", "safe").await;
    read_until(&mut phone_stream, "\"open\":false").await;
}

#[tokio::test]
async fn a_flood_of_streams_from_one_client_is_refused_and_streams_are_released() {
    let app = spawn_app_with(|s| s.live_streams_per_client = 2).await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    let url = app.url(&format!("/live/{code}/events"));
    let mut a = client().get(&url).send().await.unwrap();
    let mut b = client().get(&url).send().await.unwrap();
    read_until(&mut a, "event: state").await;
    read_until(&mut b, "event: state").await;
    let third = client().get(&url).send().await.unwrap();
    assert_eq!(third.status(), 429);
    drop(a);
    // The closed stream's place is given back.
    // Noticed at the next keep-alive write (every 5 seconds).
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let again = client().get(&url).send().await.unwrap();
        if again.status() == 200 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the place was not released"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn wrong_codes_get_a_friendly_page_and_strangers_cannot_run_a_session() {
    let app = spawn_app().await;
    for code in ["NOPE99", "", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "<script>"] {
        let (status, html) = app.get_html(&format!("/live/{}", urlencode(code))).await;
        assert!(status == 404, "{code:?}: {status}");
        assert!(!html.contains("<script>\""), "{code:?} escaped");
    }
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    // Without an account: no projector, no control.
    assert_eq!(app.get(&format!("/present/{code}")).await.status(), 303);
    assert_eq!(app.get(&format!("/manage/live/{code}")).await.status(), 303);
    // Another group's facilitator: forbidden.
    let (_, _, other) = app.logged_in_facilitator().await;
    let res = other
        .get(app.url(&format!("/present/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // A form without the CSRF token changes nothing.
    let res = facilitator
        .post(app.url(&format!("/manage/live/{code}")))
        .form(&[("csrf", "wrong"), ("action", "open"), ("question", "uses")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // A consultation without the live phase cannot start one.
    let plain = app.open_consultation().await;
    let user = app.facilitator_of(&plain).await;
    let c = app.logged_in(&user).await;
    let token = app.csrf(&c).await;
    let res = c
        .post(app.url(&format!("/manage/c/{}/live", plain.slug)))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
}

fn urlencode(s: &str) -> String {
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
async fn two_instances_on_one_postgresql_share_a_meeting() {
    let app = spawn_app().await;
    if !present(Prerequisite::Postgres, app.is_postgres()) {
        return;
    }
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    let url = app.database_url.clone();
    let b = spawn_app_with(|s| s.database_url = consulta::config::Secret::new(url)).await;

    // The projector watches instance B (sessions live in the database: same cookie works).
    let projector = b
        .logged_in(
            &b.create_user(
                Some((
                    consultation::Entity::find_by_id(f.id)
                        .one(&b.db)
                        .await
                        .unwrap()
                        .unwrap()
                        .group_id,
                    consulta::accounts::Role::Member,
                )),
                false,
            )
            .await,
        )
        .await;
    let mut stream = projector
        .get(b.url(&format!("/present/{code}/events?lang=en")))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    read_until(&mut stream, "\"count\":0").await;

    // A participant answers on instance A; B's projector sees it.
    let phone = participant(&app, &code, "en").await;
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "uses"), ("a:uses", "yes")]
        )
        .await,
        303
    );
    read_until(&mut stream, "\"count\":1").await;
    // And a facilitator's move on A reaches B as well.
    act(&app, &facilitator, &csrf, &code, "open", "safe").await;
    read_until(&mut stream, "\"current\":\"safe\"").await;
}

#[tokio::test]
async fn text_a_moderator_hides_leaves_the_word_cloud_at_the_next_update() {
    let app = spawn_app().await;
    let f = app
        .consultation_with("open", |def| {
            def.settings.phases.push(Phase::During);
            def.settings.threshold = 5;
            // A word shows once three people used it.
            def.settings.live_threshold = 3;
        })
        .await;
    let (user, facilitator, csrf) = app.signed_in_facilitator_of(&f).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "word").await;
    act(&app, &facilitator, &csrf, &code, "reveal", "word").await;
    for text in [
        "skateboards rock",
        "skateboards rock",
        "skateboards",
        "pizza please",
        "pizza party",
        "pizza",
    ] {
        let phone = participant(&app, &code, "en").await;
        assert_eq!(
            answer(
                &app,
                &phone,
                &code,
                &[("question", "word"), ("a:word", text)]
            )
            .await,
            303,
            "{text}"
        );
    }
    let present = format!("/present/{code}?lang=en");
    let (_, html) = page(&app, &facilitator, &present).await;
    assert!(html.contains("pizza"), "unmoderated text is shown: {html}");
    assert!(html.contains("skateboard"), "{html}");

    let mut stream = facilitator
        .get(app.url(&format!("/present/{code}/events?lang=en")))
        .send()
        .await
        .unwrap();
    read_until(&mut stream, "6 shown").await;

    // A moderator hides the three texts about pizza in the moderation queue.
    let res = app
        .client
        .post(app.url(&format!(
            "/api/v1/consultations/{}/moderation/decisions",
            f.slug
        )))
        .bearer_auth(&user.token)
        .json(&serde_json::json!({"decision": "hidden", "all_matching": {"q": "pizza"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let decided: serde_json::Value = res.json().await.unwrap();
    assert_eq!(decided["changed"].as_array().map(Vec::len), Some(3));

    // The projector's next update leaves them out; the count of answers stays.
    let events = read_until(&mut stream, "3 hidden").await;
    let last = events.rsplit("event: ").next().unwrap_or_default();
    assert!(
        !last.contains("pizza"),
        "hidden text left the cloud: {last}"
    );
    assert!(last.contains("skateboard"), "{last}");
    assert!(last.contains("\"count\":6"), "{last}");
    let (_, html) = page(&app, &facilitator, &present).await;
    assert!(!html.contains("pizza"), "{html}");
    assert!(html.contains("skateboard"));
}

/// The receipt the phone shows once it answered the open question.
async fn receipt_on(app: &TestApp, phone: &reqwest::Client, code: &str) -> String {
    let (_, html) = page(app, phone, &format!("/live/{code}")).await;
    html.split("<span class=\"code code-answer\" dir=\"ltr\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("a receipt on the phone: {html}"))
        .to_owned()
}

/// The sum of a counter over its shards.
async fn counter(app: &TestApp, f: &Fixture, question: &str, kind: &str, code: &str) -> i64 {
    use consulta::entities::aggregate_counter;
    aggregate_counter::Entity::find()
        .filter(aggregate_counter::Column::ConsultationId.eq(f.id))
        .filter(aggregate_counter::Column::Dimension.eq("all"))
        .filter(aggregate_counter::Column::QuestionKey.eq(question))
        .filter(aggregate_counter::Column::Kind.eq(kind))
        .filter(aggregate_counter::Column::Code.eq(code))
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|c| c.count)
        .sum()
}

#[tokio::test]
async fn a_phone_answering_several_live_questions_is_one_person_with_one_receipt() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    let phone = participant(&app, &code, "en").await;
    let other = participant(&app, &code, "en").await;

    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    let uses = [("question", "uses"), ("a:uses", "yes")];
    assert_eq!(answer(&app, &phone, &code, &uses).await, 303);
    assert_eq!(answer(&app, &phone, &code, &uses).await, 303, "double tap");
    assert_eq!(answer(&app, &other, &code, &uses).await, 303);
    let first = receipt_on(&app, &phone, &code).await;

    act(&app, &facilitator, &csrf, &code, "open", "safe").await;
    let safe = [("question", "safe"), ("a:safe", "4")];
    assert_eq!(answer(&app, &phone, &code, &safe).await, 303);
    assert_eq!(answer(&app, &phone, &code, &safe).await, 303, "double tap");
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "safe"), ("a:safe", "1")]
        )
        .await,
        303,
        "a second answer does not replace the first"
    );
    assert_eq!(receipt_on(&app, &phone, &code).await, first, "one receipt");
    let (_, projector) = page(&app, &facilitator, &format!("/present/{code}?lang=en")).await;
    assert!(projector.contains("2 people, 3 answers"), "{projector}");

    // Two people, not three answers' worth of responses; the answers stored once each.
    assert_eq!(during_responses(&app, &f).await, 2);
    let rows = consulta::entities::answer::Entity::find()
        .filter(consulta::entities::answer::Column::ConsultationId.eq(f.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
    let phone_rows: Vec<_> = rows
        .iter()
        .filter(|r| r.question_key == "safe")
        .map(|r| r.option_code.clone())
        .collect();
    assert_eq!(
        phone_rows,
        [Some("4".to_owned())],
        "the first answer stands"
    );
    let mine = rows.iter().find(|r| r.question_key == "safe").unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.response_id == mine.response_id)
            .count(),
        2,
        "both answers in one response"
    );

    // The counters count two people, two answers to "uses", one to "safe".
    assert_eq!(counter(&app, &f, "*", "r", "").await, 2);
    assert_eq!(counter(&app, &f, "uses", "a", "").await, 2);
    assert_eq!(counter(&app, &f, "safe", "a", "").await, 1);
    assert_eq!(counter(&app, &f, "safe", "o", "4").await, 1);
    let rebuilt_before = (
        counter(&app, &f, "*", "r", "").await,
        counter(&app, &f, "safe", "o", "4").await,
    );
    consulta::aggregation::rebuild(&app.db, f.id).await.unwrap();
    assert_eq!(
        (
            counter(&app, &f, "*", "r", "").await,
            counter(&app, &f, "safe", "o", "4").await
        ),
        rebuilt_before,
        "the counters match the stored answers"
    );

    // The receipt withdraws everything the phone answered; a later answer is refused.
    let res = phone
        .post(app.url("/withdraw?lang=en"))
        .form(&[("code", first.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(during_responses(&app, &f).await, 1);
    assert_eq!(counter(&app, &f, "*", "r", "").await, 1);
    assert_eq!(counter(&app, &f, "safe", "a", "").await, 0);
    act(&app, &facilitator, &csrf, &code, "open", "word").await;
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "word"), ("a:word", "fun")]
        )
        .await,
        410
    );
    assert_eq!(during_responses(&app, &f).await, 1);
}

/// 14 phones answer "uses" (13 yes, 1 no) in a consultation whose small-group threshold is
/// 10; `sensitive` marks the question sensitive. Returns the revealed projector page.
async fn fourteen_phones(sensitive: bool) -> String {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation_with(&app, |def| {
        def.settings.threshold = 10;
        for s in &mut def.sections {
            for q in &mut s.questions {
                q.sensitive = sensitive && q.key == "uses";
            }
        }
    })
    .await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    for i in 0..14 {
        let phone = participant(&app, &code, "en").await;
        let choice = if i == 0 { "no" } else { "yes" };
        let form = [("question", "uses"), ("a:uses", choice)];
        assert_eq!(answer(&app, &phone, &code, &form).await, 303);
    }
    act(&app, &facilitator, &csrf, &code, "reveal", "uses").await;
    page(&app, &facilitator, &format!("/present/{code}"))
        .await
        .1
}

#[tokio::test]
async fn fourteen_phones_see_every_option_at_the_live_threshold_and_a_sensitive_question_keeps_the_rule()
 {
    let html = fourteen_phones(false).await;
    assert!(html.contains("class=\"present-figures"), "{html}");
    assert!(html.contains("13 (93%)"), "{html}");
    assert!(
        html.contains("1 (7%)"),
        "every option, even one person's: {html}"
    );
    assert!(!html.contains("fewer than 10"), "{html}");

    let html = fourteen_phones(true).await;
    assert!(html.contains("class=\"present-figures"), "{html}");
    assert!(
        html.contains("fewer than 10"),
        "sensitive: per option: {html}"
    );
    assert!(!html.contains("1 (7%)"), "{html}");
}

#[tokio::test]
async fn a_live_session_ends_when_the_calendar_closes_its_consultation() {
    use consulta::{consultations::schedule, entities::live_session};
    use sea_orm::sea_query::Expr;
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    let phone = participant(&app, &code, "en").await;
    let mut phone_stream = phone
        .get(app.url(&format!("/live/{code}/events")))
        .send()
        .await
        .unwrap();
    read_until(&mut phone_stream, "\"running\":true").await;
    let mut projector = facilitator
        .get(app.url(&format!("/present/{code}/events?lang=en")))
        .send()
        .await
        .unwrap();
    read_until(&mut projector, "\"running\":true").await;

    let closes = chrono::Utc::now() - chrono::Duration::minutes(1);
    consultation::Entity::update_many()
        .col_expr(consultation::Column::ClosesAt, Expr::value(Some(closes)))
        .filter(consultation::Column::Id.eq(f.id))
        .exec(&app.db)
        .await
        .unwrap();
    let report = schedule::tick_and_tell(&app.state, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(report.moves.len(), 1, "{report:?}");

    // Phones and projector learn that it ended; the code stops working.
    read_until(&mut phone_stream, "\"running\":false").await;
    read_until(&mut projector, "\"running\":false").await;
    let session = live_session::Entity::find()
        .filter(live_session::Column::ConsultationId.eq(f.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.status, "ended");
    let row = consultation::Entity::find_by_id(f.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "closed", "the calendar's close stands");
    let (status, _) = page(&app, &phone, &format!("/live/{code}")).await;
    assert_eq!(status, 404);
}

/// The statements of the live `views` question: s1–s7 divide the room, s8 everyone agrees
/// with.
const VIEWS: usize = 8;

/// A live consultation with a `statements` question `views` of [`VIEWS`] statements, whose
/// small-group threshold is `threshold`.
async fn with_views(app: &TestApp, threshold: u32) -> (Fixture, reqwest::Client, String) {
    use consulta::consultations::definition::{Question, QuestionKind, Statement};
    live_consultation_with(app, |def| {
        def.settings.threshold = threshold;
        let mut q = Question::new("views", QuestionKind::Statements);
        q.text = crate::fixtures::six([
            "ما رأيك؟",
            "What do you think?",
            "¿Qué piensas?",
            "Qu’en penses-tu ?",
            "Что ты думаешь?",
            "你怎么看？",
        ]);
        q.statements = (1..=VIEWS)
            .map(|i| Statement {
                code: format!("s{i}"),
                text: crate::fixtures::six([
                    &format!("العبارة {i}"),
                    &format!("Statement number {i}"),
                    &format!("Afirmación {i}"),
                    &format!("Affirmation {i}"),
                    &format!("Утверждение {i}"),
                    &format!("观点 {i}"),
                ]),
                ..Statement::default()
            })
            .collect();
        def.sections[0].questions.push(q);
    })
    .await
}

/// `people` phones vote on every statement of `views` through the phone's form: the first
/// half agree with s1–s7, the others disagree; everyone agrees with s8. Then `quick` phones
/// agree with s8 and pass on s1 only (too few votes to be placed on the map), so s8 and s1
/// are the most voted. Returns the votes cast.
async fn vote_views(app: &TestApp, code: &str, people: usize, quick: usize) -> usize {
    let mut cast = 0;
    for i in 0..people {
        let phone = participant(app, code, "en").await;
        let (_, asked) = page(app, &phone, &format!("/live/{code}")).await;
        assert!(
            asked.contains("name=\"v:views:s1\" value=\"agree\"")
                && asked.contains("Statement number 8"),
            "three radios per statement, without JavaScript: {asked}"
        );
        let camp = if i < people / 2 { "agree" } else { "disagree" };
        let names: Vec<String> = (1..=VIEWS).map(|j| format!("v:views:s{j}")).collect();
        let mut form = vec![("question", "views")];
        for (j, name) in names.iter().enumerate() {
            let vote = if j + 1 == 8 { "agree" } else { camp };
            form.push((name.as_str(), vote));
        }
        assert_eq!(answer(app, &phone, code, &form).await, 303, "phone {i}");
        assert_eq!(answer(app, &phone, code, &form).await, 303, "a double tap");
        cast += VIEWS;
    }
    for _ in 0..quick {
        let phone = participant(app, code, "en").await;
        let form = [
            ("question", "views"),
            ("v:views:s8", "agree"),
            ("v:views:s1", "pass"),
        ];
        assert_eq!(answer(app, &phone, code, &form).await, 303);
        cast += 2;
    }
    cast
}

/// The stored votes on `views`: (statement code, value) per answer row.
async fn stored_votes(app: &TestApp, f: &Fixture) -> Vec<(String, f64)> {
    use consulta::entities::answer;
    answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(f.id))
        .filter(answer::Column::QuestionKey.eq("views"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.option_code.unwrap(), a.number_value.unwrap()))
        .collect()
}

async fn session_id(app: &TestApp, code: &str) -> i32 {
    use consulta::entities::live_session;
    live_session::Entity::find()
        .filter(live_session::Column::JoinCode.eq(code))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn statements_voted_on_phones_are_counted_on_the_projector_with_the_opinion_map() {
    use consulta::live::snapshot::{self, Results};
    let app = spawn_app().await;
    let (f, facilitator, csrf) = with_views(&app, 5).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "views").await;
    let cast = vote_views(&app, &code, 12, 2).await;

    // Stored once per phone through participation::submit: one row per vote, one response
    // per phone.
    let stored = stored_votes(&app, &f).await;
    assert_eq!(stored.len(), cast, "a double tap stores nothing twice");
    assert_eq!(during_responses(&app, &f).await, 14);
    let (_, control) = page(&app, &facilitator, &format!("/manage/live/{code}")).await;
    assert!(
        control.contains(&format!("<span data-votes=\"views\">{cast} votes</span>")),
        "the control page counts the votes: {control}"
    );

    // Hidden until revealed, like any question.
    let (_, html) = page(&app, &facilitator, &format!("/present/{code}?lang=en")).await;
    assert!(html.contains("The results will be shown soon."), "{html}");
    assert!(!html.contains("present-opinion"), "{html}");

    act(&app, &facilitator, &csrf, &code, "reveal", "views").await;
    let s = snapshot::load(&app.db, session_id(&app, &code).await)
        .await
        .unwrap()
        .unwrap();
    let Some(Results::Statements(results)) = &s.results else {
        panic!("statements results: {:?}", s.results);
    };
    for t in &results.tallies {
        let of = |v: f64| {
            stored
                .iter()
                .filter(|(c, n)| *c == t.code && (*n - v).abs() < 0.1)
                .count() as u64
        };
        assert_eq!(
            (t.agree, t.disagree, t.pass),
            (of(1.0), of(-1.0), of(0.0)),
            "{}: the snapshot counts the stored votes",
            t.code
        );
    }
    assert_eq!(
        results.tallies.iter().map(|t| t.votes()).sum::<u64>(),
        cast as u64
    );
    assert_eq!(results.analysis.groups.len(), 2, "two camps: two groups");
    assert!(
        results.analysis.memberships.is_empty() && results.analysis.points.is_empty(),
        "the snapshot keeps nothing about who is where"
    );

    let (_, html) = page(&app, &facilitator, &format!("/present/{code}?lang=en")).await;
    assert!(html.contains("Most-voted statements"), "{html}");
    assert!(html.contains("Statement number 8"), "{html}");
    assert!(
        html.contains("Agree 14</span> · <span class=\"vote-disagree\">Disagree 0"),
        "s8, the most voted, with its counts: {html}"
    );
    assert!(html.contains("Agree 6</span>"), "{html}");
    assert!(html.contains("Pass 2</span>"), "s1's passes: {html}");
    assert_eq!(
        html.matches("class=\"present-statement-text\"").count(),
        4,
        "the four most voted fit the screen"
    );
    assert!(html.contains("<ellipse"), "the map: {html}");
    assert!(
        html.contains("Group 1: 6") && html.contains("Group 2: 6"),
        "{html}"
    );
    let consensus = html
        .split("class=\"present-consensus\"")
        .nth(1)
        .unwrap_or_else(|| panic!("consensus statements: {html}"));
    assert!(
        consensus
            .split("<li>")
            .nth(1)
            .is_some_and(|first| first.contains("Statement number 8")),
        "the statement everyone agrees with comes first: {consensus}"
    );
    // The same in Arabic, from the same snapshot.
    let (_, ar) = page(&app, &facilitator, &format!("/present/{code}?lang=ar")).await;
    assert!(ar.contains("العبارة 8"), "{ar}");
    assert!(ar.contains("أوافق 14"), "{ar}");
}

#[tokio::test]
async fn opinion_groups_smaller_than_the_threshold_stay_off_the_projector() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = with_views(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "views").await;
    act(&app, &facilitator, &csrf, &code, "reveal", "views").await;
    vote_views(&app, &code, 4, 0).await;
    let path = format!("/present/{code}?lang=en");
    let (_, html) = page(&app, &facilitator, &path).await;
    assert!(
        html.contains("once 5 people have answered"),
        "below the live threshold, the count only: {html}"
    );
    assert!(!html.contains("present-opinion"), "{html}");

    // 12 people in two camps of 6: each group is below the threshold of 10.
    vote_views(&app, &code, 8, 0).await;
    let (_, html) = page(&app, &facilitator, &path).await;
    assert!(html.contains("Most-voted statements"), "{html}");
    assert!(
        !html.contains("<ellipse"),
        "no region for a small group: {html}"
    );
    assert!(!html.contains("Group 1"), "no group sizes: {html}");
    assert!(
        html.contains("Groups of fewer than 10 people are not shown."),
        "{html}"
    );
    assert!(
        html.contains("class=\"present-consensus\""),
        "12 voted, at least the threshold: the consensus shows: {html}"
    );
}
