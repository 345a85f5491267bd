//! Live mode through the JSON API: a tool starts a session, opens and reveals questions,
//! reads the counts a phone's answer changes, and ends the session; the wrong people and
//! bad input are refused with problem+json.
use consulta::{
    accounts::Role,
    consultations::definition::Phase,
    entities::{consultation, response},
};
use reqwest::Method;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    fixtures::Fixture,
    helpers::{TestApp, TestUser, client, spawn_app},
};

struct Meeting {
    app: TestApp,
    f: Fixture,
    facilitator: TestUser,
    member: TestUser,
}

async fn meeting(phases: &[Phase]) -> Meeting {
    let app = spawn_app().await;
    let phases = phases.to_vec();
    let f = app
        .consultation_with("open", move |def| def.settings.phases = phases)
        .await;
    let facilitator = app.facilitator_of(&f).await;
    let member = app.member_of(&f).await;
    Meeting {
        app,
        f,
        facilitator,
        member,
    }
}

impl Meeting {
    async fn call(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let res = self.app.api(method, path, token, body.as_ref()).await;
        let status = res.status().as_u16();
        (status, res.json().await.unwrap_or(Value::Null))
    }

    async fn start(&self, token: &str) -> (u16, Value) {
        let path = format!("/api/v1/consultations/{}/live", self.f.slug);
        self.call(Method::POST, &path, token, None).await
    }

    async fn act(&self, code: &str, key: &str, action: &str) -> (u16, Value) {
        let path = format!("/api/v1/live/{code}/questions/{key}");
        let body = json!({ "action": action });
        self.call(Method::POST, &path, &self.facilitator.token, Some(body))
            .await
    }
}

fn question<'a>(session: &'a Value, key: &str) -> &'a Value {
    session["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == key)
        .unwrap_or_else(|| panic!("no question {key} in {session}"))
}

#[tokio::test]
async fn a_tool_runs_a_whole_live_session_through_the_api() {
    let m = meeting(&[Phase::Before, Phase::During]).await;
    assert_eq!(m.start("").await.0, 401);
    assert_eq!(m.start(&m.member.token).await.0, 403);

    let (status, session) = m.start(&m.facilitator.token).await;
    assert_eq!(status, 201, "{session}");
    let code = session["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 6);
    assert!(
        session["join_url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/j/{code}"))
    );
    assert_eq!(session["running"], true);
    assert_eq!(question(&session, "uses")["state"], "waiting");
    // Starting again answers with the running session.
    let (status, again) = m.start(&m.facilitator.token).await;
    assert_eq!((status, again["code"].as_str()), (200, Some(code.as_str())));

    let (status, opened) = m.act(&code, "uses", "open").await;
    assert_eq!(status, 200, "{opened}");
    assert_eq!(opened["current"], "uses");
    assert_eq!(question(&opened, "uses")["state"], "open");
    assert_eq!(question(&opened, "uses")["revealed"], false);

    // A phone answers through the pages; the API counts it.
    let phone = client();
    let joined = phone
        .post(m.app.url(&format!("/live/{code}/join")))
        .form(&[("lang", "es"), ("age_band", "16-17")])
        .send()
        .await
        .unwrap();
    assert_eq!(joined.status(), 303);
    let answered = phone
        .post(m.app.url(&format!("/live/{code}/answer")))
        .form(&[("question", "uses"), ("a:uses", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(answered.status(), 303);
    let path = format!("/api/v1/live/{code}");
    let (status, read) = m.call(Method::GET, &path, &m.facilitator.token, None).await;
    assert_eq!(status, 200);
    assert_eq!(question(&read, "uses")["answers"], 1);

    let (_, revealed) = m.act(&code, "uses", "reveal").await;
    assert_eq!(question(&revealed, "uses")["revealed"], true);
    let (_, closed) = m.act(&code, "uses", "close").await;
    assert_eq!(question(&closed, "uses")["state"], "closed");

    // Ending keeps the answer in the consultation, phase "during", and frees the code.
    let (status, _) = m
        .call(Method::DELETE, &path, &m.facilitator.token, None)
        .await;
    assert_eq!(status, 204);
    assert_eq!(
        m.call(Method::GET, &path, &m.facilitator.token, None)
            .await
            .0,
        404
    );
    let during = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(m.f.id))
        .filter(response::Column::Phase.eq("during"))
        .count(&m.app.db)
        .await
        .unwrap();
    assert_eq!(during, 1);
    let row = consultation::Entity::find_by_id(m.f.id)
        .one(&m.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "open");
}

#[tokio::test]
async fn wrong_people_and_bad_input_are_refused_clearly() {
    let m = meeting(&[Phase::During]).await;
    let (_, session) = m.start(&m.facilitator.token).await;
    let code = session["code"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/live/{code}");

    for (token, want) in [("", 401), (m.member.token.as_str(), 403)] {
        assert_eq!(m.call(Method::GET, &path, token, None).await.0, want);
        let body = Some(json!({ "action": "open" }));
        let q = format!("{path}/questions/uses");
        assert_eq!(m.call(Method::POST, &q, token, body).await.0, want);
        assert_eq!(m.call(Method::DELETE, &path, token, None).await.0, want);
    }
    let other = m.app.create_group("Another group").await;
    let stranger = m
        .app
        .create_user(Some((other.id, Role::Facilitator)), false)
        .await;
    assert_eq!(
        m.call(Method::GET, &path, &stranger.token, None).await.0,
        403
    );

    let (status, problem) = m.act(&code, "uses", "explode").await;
    assert_eq!(status, 422);
    assert_eq!(problem["errors"][0]["field"], "action", "{problem}");
    assert_eq!(m.act(&code, "no-such-question", "open").await.0, 404);
    assert_eq!(m.act("ZZZZZZ", "uses", "open").await.0, 404);
    let broken = reqwest::Client::new()
        .post(m.app.url(&format!("{path}/questions/uses")))
        .bearer_auth(&m.facilitator.token)
        .header("content-type", "application/json")
        .body("{\"action\":")
        .send()
        .await
        .unwrap();
    assert_eq!(broken.status(), 400);
    // Nothing moved.
    let (_, read) = m.call(Method::GET, &path, &m.facilitator.token, None).await;
    assert_eq!(read["current"], Value::Null);
}

#[tokio::test]
async fn a_consultation_without_a_meeting_phase_cannot_go_live() {
    let m = meeting(&[Phase::Before]).await;
    let (status, problem) = m.start(&m.facilitator.token).await;
    assert_eq!(status, 409, "{problem}");
    assert!(
        problem["detail"].as_str().unwrap().contains("meeting"),
        "{problem}"
    );
}

#[tokio::test]
async fn a_meeting_only_consultation_takes_answers_only_while_its_session_runs() {
    let m = meeting(&[Phase::During]).await;
    let body = json!({
        "submission_id": uuid::Uuid::new_v4(),
        "language": "en",
        "age_band": "16-17",
        "answers": { "uses": "yes" }
    });
    let submit = format!("/api/v1/consultations/{}/responses", m.f.slug);

    // Before the meeting: the page points to the code, the API refuses, nothing is stored.
    let (status, page) = m.app.get_html(&format!("/c/{}?lang=fr", m.f.slug)).await;
    assert_eq!(status, 200);
    assert!(page.contains("pendant la réunion"), "{page}");
    assert!(page.contains("href=\"/j?lang=fr\""), "{page}");
    let (status, problem) = m.call(Method::POST, &submit, "", Some(body.clone())).await;
    assert_eq!(status, 409, "{problem}");
    let stored = || {
        response::Entity::find()
            .filter(response::Column::ConsultationId.eq(m.f.id))
            .count(&m.app.db)
    };
    assert_eq!(stored().await.unwrap(), 0);

    // During the session, online participants answer the whole consultation: phase "during".
    m.start(&m.facilitator.token).await;
    let (status, page) = m.app.get_html(&format!("/c/{}?lang=fr", m.f.slug)).await;
    assert_eq!(status, 200);
    assert!(!page.contains("pendant la réunion"), "{page}");
    let (status, receipt) = m.call(Method::POST, &submit, "", Some(body)).await;
    assert_eq!(status, 201, "{receipt}");
    let during = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(m.f.id))
        .filter(response::Column::Phase.eq("during"))
        .count(&m.app.db)
        .await
        .unwrap();
    assert_eq!((stored().await.unwrap(), during), (1, 1));
}
