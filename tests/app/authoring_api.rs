//! Authoring through the JSON API: a whole six-language consultation built step by step,
//! the open-time completeness check, the lifecycle, concurrent edits, bad input, export
//! and import, and who may do what.
use consulta::{
    accounts::Role,
    bench::{demo, seed},
    consultations::repo,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

async fn json_of(res: reqwest::Response) -> Value {
    res.json().await.expect("a JSON body")
}

/// Sends and expects `status`; returns the body.
async fn expect(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
    status: u16,
) -> Value {
    let res = app.api(method.clone(), path, token, body.as_ref()).await;
    let got = res.status().as_u16();
    let text = res.text().await.unwrap_or_default();
    assert_eq!(got, status, "{method} {path}: {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

fn version(v: &Value) -> i64 {
    v["version"].as_i64().expect("a version")
}

/// Error fields of a problem+json body.
fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_full_six_language_consultation_with_every_question_kind_is_built_and_opened_through_the_api()
 {
    let app = spawn_app().await;
    let group = app.create_group("Child Online Protection").await;
    let fac = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let t = fac.token.as_str();
    let demo = demo::definition();

    let created = expect(
        &app,
        Method::POST,
        &format!("/api/v1/groups/{}/consultations", group.slug),
        t,
        Some(json!({
            "slug": "safety-2027",
            "definition": {
                "languages": ["ar", "en", "es", "fr", "ru", "zh"],
                "default_language": "en",
                "texts": {"title": {"en": "Being safe online"}}
            }
        })),
        201,
    )
    .await;
    assert_eq!(created["status"], "draft");
    assert_eq!(created["slug"], "safety-2027");
    let mut v = version(&created);
    let base = "/api/v1/consultations/safety-2027";

    let after = expect(
        &app,
        Method::PUT,
        &format!("{base}/texts"),
        t,
        Some(json!({"version": v, "texts": demo.texts})),
        200,
    )
    .await;
    v = version(&after);
    let after = expect(
        &app,
        Method::PUT,
        &format!("{base}/settings"),
        t,
        Some(json!({"version": v, "settings": demo.settings})),
        200,
    )
    .await;
    v = version(&after);
    for section in &demo.sections {
        let body = json!({"version": v, "section": {"key": section.key, "title": section.title}});
        let after = expect(
            &app,
            Method::POST,
            &format!("{base}/sections"),
            t,
            Some(body),
            201,
        )
        .await;
        v = version(&after);
        for q in &section.questions {
            let body = json!({"version": v, "question": q});
            let after = expect(
                &app,
                Method::POST,
                &format!("{base}/sections/{}/questions", section.key),
                t,
                Some(body),
                201,
            )
            .await;
            v = version(&after);
        }
    }
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    assert_eq!(state["problems"], json!([]), "ready to open");
    assert!(
        state["translations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l["missing"] == 0 && l["stale"] == 0)
    );

    let opened = expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "open", "from": "draft"})),
        200,
    )
    .await;
    assert_eq!(opened["status"], "open");

    let public = expect(&app, Method::GET, base, "", None, 200).await;
    assert_eq!(public["slug"], "safety-2027");
    assert_eq!(
        public["languages"],
        json!(["ar", "en", "es", "fr", "ru", "zh"])
    );
    let kinds: Vec<&str> = public["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap())
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "single_choice",
        "multiple_choice",
        "scale",
        "rating",
        "ranking",
        "number",
        "short_text",
        "long_text",
        "info",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    let stored = repo::find_by_slug(&app.db, "safety-2027")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.definition.sections, demo.sections,
        "nothing lost on the way"
    );
}

#[tokio::test]
async fn opening_lists_exactly_which_texts_are_missing_in_which_language() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let mut question = state["definition"]["sections"][0]["questions"][1].clone();
    assert_eq!(question["key"], "time_online");
    question["help"] =
        json!({"en": "Count school and free time.", "fr": "Compte l’école et le temps libre."});
    question["options"][0]["label"]
        .as_object_mut()
        .unwrap()
        .remove("zh");
    let after = expect(
        &app,
        Method::PUT,
        &format!("{base}/questions/time_online"),
        t,
        Some(json!({"version": version(&state), "question": question})),
        200,
    )
    .await;
    let mut texts = after["definition"]["texts"].clone();
    texts["introduction"].as_object_mut().unwrap().remove("ar");
    expect(
        &app,
        Method::PUT,
        &format!("{base}/texts"),
        t,
        Some(json!({"version": version(&after), "texts": texts})),
        200,
    )
    .await;

    let refused = expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "open"})),
        422,
    )
    .await;
    let mut missing = fields(&refused);
    missing.sort();
    assert_eq!(
        missing,
        [
            "translations.ar.questions.time_online.help",
            "translations.ar.texts.introduction",
            "translations.es.questions.time_online.help",
            "translations.ru.questions.time_online.help",
            "translations.zh.questions.time_online.help",
            "translations.zh.questions.time_online.options.under_1h.label",
        ]
    );
    let messages = refused["errors"].to_string();
    assert!(
        messages.contains("العربية"),
        "languages are named: {messages}"
    );
    assert!(messages.contains("time_online"), "{messages}");
    let still = expect(&app, Method::GET, &base, t, None, 200).await;
    assert_eq!(still["status"], "draft");
}

#[tokio::test]
async fn a_consultation_without_questions_or_with_past_dates_does_not_open() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let past = json!({"version": version(&state), "closes_at": "2020-01-01T00:00:00Z"});
    expect(&app, Method::PATCH, &base, t, Some(past), 200).await;
    let refused = expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "open"})),
        422,
    )
    .await;
    assert_eq!(fields(&refused), ["closes_at"]);

    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let mut doc = state["definition"].clone();
    doc["sections"] = json!([]);
    let body = json!({"version": version(&state), "document": {"definition": doc}});
    expect(
        &app,
        Method::PUT,
        &format!("{base}/document"),
        t,
        Some(body),
        200,
    )
    .await;
    let refused = expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "open"})),
        422,
    )
    .await;
    assert_eq!(fields(&refused), ["sections"]);
}

#[tokio::test]
async fn the_lifecycle_is_enforced_and_every_move_is_recorded() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let move_to = |to: &str| Some(json!({"to": to}));

    let refused = expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        move_to("published"),
        422,
    )
    .await;
    assert_eq!(fields(&refused), ["status"]);
    for to in [
        "open",
        "live",
        "open",
        "closed",
        "open",
        "closed",
        "published",
        "archived",
    ] {
        let after = expect(
            &app,
            Method::POST,
            &format!("{base}/transitions"),
            t,
            move_to(to),
            200,
        )
        .await;
        assert_eq!(after["status"], to);
    }
    let history = expect(
        &app,
        Method::GET,
        &format!("{base}/transitions"),
        t,
        None,
        200,
    )
    .await;
    let moves: Vec<String> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{}>{}",
                m["from"].as_str().unwrap(),
                m["to"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        moves,
        [
            "draft>open",
            "open>live",
            "live>open",
            "open>closed",
            "closed>open",
            "open>closed",
            "closed>published",
            "published>archived"
        ]
    );
    let audit = consulta_audit(&app, "consultation_status").await;
    assert_eq!(audit.len(), 8, "every move is in the audit log");

    let archived = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let texts = archived["definition"]["texts"].clone();
    let body = json!({"version": version(&archived), "texts": texts});
    expect(
        &app,
        Method::PUT,
        &format!("{base}/texts"),
        t,
        Some(body),
        409,
    )
    .await;
    expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        move_to("open"),
        422,
    )
    .await;
}

async fn consulta_audit(app: &TestApp, action: &str) -> Vec<consulta::entities::audit_log::Model> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    consulta::entities::audit_log::Entity::find()
        .filter(consulta::entities::audit_log::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn once_answers_exist_questions_are_fixed_but_wording_can_be_fixed_and_it_can_only_be_archived()
 {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let stored = repo::find_by_id(&app.db, c.id).await.unwrap().unwrap();
    assert_eq!(
        seed::seed_responses(&app.db, &stored, 25).await.unwrap(),
        25
    );

    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    assert_eq!(state["responses"], 25);
    let mut q = state["definition"]["sections"][1]["questions"][0].clone();
    assert_eq!(q["key"], "upsetting");
    q["text"]["en"] = json!("In the past year, did anything online upset or worry you?");
    q["options"][2]["label"]["fr"] = json!("Je préfère ne pas le dire");
    let fixed = expect(
        &app,
        Method::PUT,
        &format!("{base}/questions/upsetting"),
        t,
        Some(json!({"version": version(&state), "question": q.clone()})),
        200,
    )
    .await;

    let mut recoded = q.clone();
    recoded["options"][2]["code"] = json!("rather_not");
    let refused = app
        .api(
            Method::PUT,
            &format!("{base}/questions/upsetting"),
            t,
            Some(&json!({"version": version(&fixed), "question": recoded})),
        )
        .await;
    assert_eq!(refused.status(), 409);
    let detail = json_of(refused).await["detail"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(detail.contains("25 answers"), "{detail}");
    expect(
        &app,
        Method::DELETE,
        &format!("{base}/questions/one_change?version={}", version(&fixed)),
        t,
        None,
        409,
    )
    .await;
    expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "draft"})),
        422,
    )
    .await;

    expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "closed"})),
        200,
    )
    .await;
    expect(&app, Method::DELETE, &base, t, None, 409).await;
    expect(
        &app,
        Method::POST,
        &format!("{base}/transitions"),
        t,
        Some(json!({"to": "archived"})),
        200,
    )
    .await;
    expect(&app, Method::DELETE, &base, t, None, 409).await;
    assert!(repo::find_by_id(&app.db, c.id).await.unwrap().is_some());
}

#[tokio::test]
async fn a_draft_without_answers_can_be_deleted() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let base = format!("/api/v1/consultations/{}", c.slug);
    expect(&app, Method::DELETE, &base, &c.facilitator.token, None, 204).await;
    expect(&app, Method::GET, &base, &c.facilitator.token, None, 404).await;
}

#[tokio::test]
async fn an_edit_made_on_a_stale_version_is_refused_and_the_other_edit_is_kept() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let other = app
        .create_user(Some((c.group.id, Role::Facilitator)), false)
        .await;
    let base = format!("/api/v1/consultations/{}", c.slug);
    let seen = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        &c.facilitator.token,
        None,
        200,
    )
    .await;
    let v = version(&seen);

    let mut first = seen["definition"]["texts"].clone();
    first["title"]["en"] = json!("Safe online: your views");
    expect(
        &app,
        Method::PUT,
        &format!("{base}/texts"),
        &other.token,
        Some(json!({"version": v, "texts": first})),
        200,
    )
    .await;

    let mut second = seen["definition"]["texts"].clone();
    second["closing"]["en"] = json!("Thanks a lot!");
    let res = app
        .api(
            Method::PUT,
            &format!("{base}/texts"),
            &c.facilitator.token,
            Some(&json!({"version": v, "texts": second})),
        )
        .await;
    assert_eq!(res.status(), 409);
    let problem = json_of(res).await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("version {}", v + 1)),
        "{problem}"
    );
    let now = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        &c.facilitator.token,
        None,
        200,
    )
    .await;
    assert_eq!(
        now["definition"]["texts"]["title"]["en"],
        "Safe online: your views"
    );
    assert_ne!(now["definition"]["texts"]["closing"]["en"], "Thanks a lot!");
    assert_eq!(version(&now), v + 1);
}

#[tokio::test]
async fn bad_definitions_are_refused_with_each_problem_named() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let good = state["definition"].clone();
    let v = version(&state);

    type Change = fn(&mut Value);
    let cases: Vec<(&str, Change, &str)> = vec![
        (
            "an empty title",
            |d| d["texts"]["title"]["en"] = json!("  "),
            "texts.title.en",
        ),
        (
            "a duplicate question key",
            |d| d["sections"][0]["questions"][2]["key"] = json!("time_online"),
            "sections.0.questions.2.key",
        ),
        (
            "an option list with one option",
            |d| {
                let first = d["sections"][0]["questions"][1]["options"][0].clone();
                d["sections"][0]["questions"][1]["options"] = json!([first]);
            },
            "sections.0.questions.1.options",
        ),
        (
            "a number question whose min exceeds max",
            |d| d["sections"][2]["questions"][0]["min"] = json!(30),
            "sections.2.questions.0.min",
        ),
        (
            "a text longer than its limit",
            |d| d["sections"][0]["questions"][1]["text"]["fr"] = json!("x".repeat(1001)),
            "sections.0.questions.1.text.fr",
        ),
        (
            "a condition on a later question",
            |d| {
                d["sections"][0]["questions"][1]["condition"] =
                    json!({"question": "upsetting", "operator": "equals", "value": "yes"})
            },
            "sections.0.questions.1.condition.question",
        ),
        (
            "a condition on a missing question",
            |d| {
                d["sections"][1]["questions"][1]["condition"] =
                    json!({"question": "nowhere", "operator": "not_answered"})
            },
            "sections.1.questions.1.condition.question",
        ),
        (
            "a condition value that is not an option",
            |d| d["sections"][1]["questions"][1]["condition"]["value"] = json!("maybe"),
            "sections.1.questions.1.condition.value",
        ),
        (
            "a threshold below 5",
            |d| d["settings"]["threshold"] = json!(4),
            "settings.threshold",
        ),
        (
            "a live threshold below 3",
            |d| d["settings"]["live_threshold"] = json!(2),
            "settings.live_threshold",
        ),
        (
            "a retention over a year",
            |d| d["settings"]["retention_days"] = json!(400),
            "settings.retention_days",
        ),
        (
            "a language Consulta does not offer",
            |d| d["languages"] = json!(["en", "xx"]),
            "languages",
        ),
        (
            "more choices allowed than options",
            |d| d["sections"][0]["questions"][2]["max_choices"] = json!(9),
            "sections.0.questions.2.max_choices",
        ),
    ];
    for (what, change, field) in cases {
        let mut d = good.clone();
        change(&mut d);
        let res = app
            .api(
                Method::PUT,
                &format!("{base}/document"),
                t,
                Some(&json!({"version": v, "document": {"definition": d}})),
            )
            .await;
        assert_eq!(res.status(), 422, "{what}");
        let problem = json_of(res).await;
        assert!(
            fields(&problem).contains(&field.to_owned()),
            "{what}: {problem}"
        );
        assert!(
            problem["errors"][0]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{what}: a message"
        );
    }
    let after = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    assert_eq!(version(&after), v, "nothing was stored");

    let res = app
        .api(
            Method::POST,
            &format!("/api/v1/groups/{}/consultations", c.group.slug),
            t,
            Some(&json!({"definition": 3})),
        )
        .await;
    assert_eq!(res.status(), 400, "malformed JSON is a 400");
}

#[tokio::test]
async fn html_in_texts_is_stored_as_written() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let mut texts = state["definition"]["texts"].clone();
    texts["title"]["en"] = json!("<script>alert('hi')</script> & <b>you</b>");
    expect(
        &app,
        Method::PUT,
        &format!("{base}/texts"),
        t,
        Some(json!({"version": version(&state), "texts": texts})),
        200,
    )
    .await;
    let public = expect(&app, Method::GET, &base, t, None, 200).await;
    assert_eq!(
        public["title"]["en"],
        "<script>alert('hi')</script> & <b>you</b>"
    );
}

#[tokio::test]
async fn a_consultation_exported_then_imported_is_the_same_and_a_duplicate_is_a_new_draft() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let t = c.facilitator.token.as_str();
    let base = format!("/api/v1/consultations/{}", c.slug);
    let doc = expect(&app, Method::GET, &format!("{base}/document"), t, None, 200).await;
    assert_eq!(doc["format"], "consulta.consultation/1");

    let mut import = doc.clone();
    import["slug"] = json!("imported-copy");
    let imported = expect(
        &app,
        Method::POST,
        &format!("/api/v1/groups/{}/consultations", c.group.slug),
        t,
        Some(import),
        201,
    )
    .await;
    assert_eq!(imported["status"], "draft");
    assert_eq!(imported["definition"], doc["definition"]);
    assert_eq!(imported["problems"], json!([]), "ready to open as it was");

    let copy = expect(
        &app,
        Method::POST,
        &format!("{base}/duplicate"),
        t,
        Some(json!({})),
        201,
    )
    .await;
    assert_eq!(copy["slug"], format!("{}-copy", c.slug));
    assert_eq!(copy["status"], "draft");
    assert_eq!(
        copy["definition"]["sections"],
        doc["definition"]["sections"]
    );
    assert_ne!(copy["join_code"], imported["join_code"]);

    let again = doc.clone();
    let res = app
        .api(
            Method::PUT,
            &format!(
                "/api/v1/consultations/{}/document",
                copy["slug"].as_str().unwrap()
            ),
            t,
            Some(&json!({"version": version(&copy), "document": again})),
        )
        .await;
    assert_eq!(res.status(), 200, "re-import over a draft");
}

#[tokio::test]
async fn drafts_are_invisible_to_everyone_but_their_facilitators() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let path = format!("/api/v1/consultations/{}", c.slug);
    let member = app
        .create_user(Some((c.group.id, Role::Member)), false)
        .await;
    let other_group = app.create_group("Another group").await;
    let stranger = app
        .create_user(Some((other_group.id, Role::Facilitator)), false)
        .await;
    let admin = app.create_user(None, true).await;
    for (who, token, status) in [
        ("anonymous", "", 404),
        ("a member", member.token.as_str(), 404),
        ("another group's facilitator", stranger.token.as_str(), 404),
        ("a wrong token", "cst_wrong", 401),
        ("the facilitator", c.facilitator.token.as_str(), 200),
        ("an administrator", admin.token.as_str(), 200),
    ] {
        let res = app.api(Method::GET, &path, token, None).await;
        assert_eq!(res.status().as_u16(), status, "{who}");
    }
    expect(
        &app,
        Method::GET,
        "/api/v1/consultations/never-made",
        "",
        None,
        404,
    )
    .await;

    let actor = app.actor_of(&c.facilitator).await;
    consulta::consultations::lifecycle::transition(
        &app.db,
        &actor,
        c.id,
        consulta::consultations::Status::Open,
        None,
    )
    .await
    .unwrap();
    expect(&app, Method::GET, &path, "", None, 200).await;
}

#[tokio::test]
async fn meetings_are_created_changed_and_deleted_with_version_checks() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let t = c.facilitator.token.as_str();
    let list = format!("/api/v1/groups/{}/meetings", c.group.slug);
    let bad = expect(
        &app,
        Method::POST,
        &list,
        t,
        Some(json!({"title": "", "starts_on": "2027-03-12", "ends_on": "2027-03-10"})),
        422,
    )
    .await;
    let mut bad_fields = fields(&bad);
    bad_fields.sort();
    assert_eq!(bad_fields, ["ends_on", "place", "title"]);
    let m = expect(
        &app,
        Method::POST,
        &list,
        t,
        Some(json!({"title": "CWG-COP 12", "starts_on": "2027-03-12", "ends_on": "2027-03-13", "place": "Geneva", "is_online": true})),
        201,
    )
    .await;
    let id = m["id"].as_i64().unwrap();
    let path = format!("/api/v1/meetings/{id}");
    let base = format!("/api/v1/consultations/{}", c.slug);
    let state = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    let attached = expect(
        &app,
        Method::PATCH,
        &base,
        t,
        Some(json!({"version": version(&state), "meeting_id": id})),
        200,
    )
    .await;
    assert_eq!(attached["meeting_id"], id);

    let changed = expect(&app, Method::PUT, &path, t, Some(json!({"version": 1, "title": "CWG-COP 12 (hybrid)", "starts_on": "2027-03-12", "place": "Geneva"})), 200).await;
    assert_eq!(changed["version"], 2);
    expect(&app, Method::PUT, &path, t, Some(json!({"version": 1, "title": "Lost edit", "starts_on": "2027-03-12", "place": "Geneva"})), 409).await;
    let listed = expect(&app, Method::GET, &list, t, None, 200).await;
    assert_eq!(listed[0]["title"], "CWG-COP 12 (hybrid)");

    expect(&app, Method::DELETE, &path, t, None, 204).await;
    let detached = expect(
        &app,
        Method::GET,
        &format!("{base}/authoring"),
        t,
        None,
        200,
    )
    .await;
    assert_eq!(
        detached["meeting_id"],
        Value::Null,
        "the consultation stays, detached"
    );
}

#[tokio::test]
async fn every_api_route_checks_who_is_asking() {
    let app = spawn_app().await;
    // Open, so deleting it is refused for everyone who may try (409), and nothing is lost.
    let c = app.create_open_consultation().await;
    let member = app
        .create_user(Some((c.group.id, Role::Member)), false)
        .await;
    let other_group = app.create_group("Another group").await;
    let stranger = app
        .create_user(Some((other_group.id, Role::Facilitator)), false)
        .await;
    let admin = app.create_user(None, true).await;
    let g = &c.group.slug;
    let base = format!("/api/v1/consultations/{}", c.slug);
    let meeting = expect(
        &app,
        Method::POST,
        &format!("/api/v1/groups/{g}/meetings"),
        &c.facilitator.token,
        Some(json!({"title": "M", "starts_on": "2027-01-01", "is_online": true})),
        201,
    )
    .await;
    let meeting = format!("/api/v1/meetings/{}", meeting["id"]);
    // (method, path, body, readers may): reads by members are allowed where marked.
    let routes: Vec<(Method, String, Option<Value>, bool)> = vec![
        (
            Method::GET,
            format!("/api/v1/groups/{g}/consultations"),
            None,
            true,
        ),
        (
            Method::POST,
            format!("/api/v1/groups/{g}/consultations"),
            Some(
                json!({"definition": {"languages": ["en"], "default_language": "en", "texts": {"title": {"en": "x"}}}}),
            ),
            false,
        ),
        (Method::GET, format!("{base}/authoring"), None, false),
        (
            Method::PATCH,
            base.clone(),
            Some(json!({"version": 99})),
            false,
        ),
        (Method::GET, format!("{base}/document"), None, false),
        (
            Method::PUT,
            format!("{base}/document"),
            Some(
                json!({"version": 99, "document": {"definition": {"languages": ["en"], "default_language": "en"}}}),
            ),
            false,
        ),
        (
            Method::PUT,
            format!("{base}/texts"),
            Some(json!({"version": 99, "texts": {}})),
            false,
        ),
        (
            Method::PUT,
            format!("{base}/settings"),
            Some(json!({"version": 99, "settings": {}})),
            false,
        ),
        (
            Method::POST,
            format!("{base}/sections"),
            Some(json!({"version": 99, "section": {"key": "x"}})),
            false,
        ),
        (
            Method::PUT,
            format!("{base}/sections/ideas"),
            Some(json!({"version": 99, "key": "ideas"})),
            false,
        ),
        (
            Method::DELETE,
            format!("{base}/sections/ideas?version=99"),
            None,
            false,
        ),
        (
            Method::POST,
            format!("{base}/sections/ideas/move"),
            Some(json!({"version": 99, "direction": "up"})),
            false,
        ),
        (
            Method::POST,
            format!("{base}/sections/ideas/questions"),
            Some(json!({"version": 99, "question": {"key": "z", "kind": "info"}})),
            false,
        ),
        (
            Method::PUT,
            format!("{base}/questions/welcome"),
            Some(json!({"version": 99, "question": {"key": "welcome", "kind": "info"}})),
            false,
        ),
        (
            Method::DELETE,
            format!("{base}/questions/welcome?version=99"),
            None,
            false,
        ),
        (
            Method::POST,
            format!("{base}/questions/welcome/move"),
            Some(json!({"version": 99, "direction": "down"})),
            false,
        ),
        (Method::GET, format!("{base}/translations"), None, false),
        (
            Method::PUT,
            format!("{base}/translations/fr"),
            Some(json!({"version": 99})),
            false,
        ),
        (
            Method::POST,
            format!("{base}/transitions"),
            Some(json!({"to": "archived", "from": "open"})),
            false,
        ),
        (Method::GET, format!("{base}/transitions"), None, false),
        (
            Method::POST,
            format!("{base}/duplicate"),
            Some(json!({})),
            false,
        ),
        (Method::DELETE, base.clone(), None, false),
        (
            Method::GET,
            format!("/api/v1/groups/{g}/meetings"),
            None,
            true,
        ),
        (
            Method::POST,
            format!("/api/v1/groups/{g}/meetings"),
            Some(json!({"title": ""})),
            false,
        ),
        (Method::GET, meeting.clone(), None, true),
        (
            Method::PUT,
            meeting.clone(),
            Some(json!({"version": 99, "title": "x"})),
            false,
        ),
        (Method::DELETE, meeting.clone(), None, false),
    ];
    for (method, path, body, readers) in &routes {
        let what = format!("{method} {path}");
        let res = app.api(method.clone(), path, "", body.as_ref()).await;
        assert_eq!(res.status(), 401, "anonymous: {what}");
        let res = app
            .api(method.clone(), path, &member.token, body.as_ref())
            .await;
        if *readers {
            assert_eq!(res.status(), 200, "member reads: {what}");
        } else {
            assert_eq!(res.status(), 403, "member: {what}");
        }
        let res = app
            .api(method.clone(), path, &stranger.token, body.as_ref())
            .await;
        assert_eq!(res.status(), 403, "another group's facilitator: {what}");
        for (who, token) in [
            ("facilitator", &c.facilitator.token),
            ("admin", &admin.token),
        ] {
            let res = app.api(method.clone(), path, token, body.as_ref()).await;
            let status = res.status().as_u16();
            // The meeting is gone after the facilitator deleted it.
            let gone = who == "admin" && *method == Method::DELETE && path == &meeting;
            assert!(
                ![401, 403].contains(&status) && (status != 404 || gone),
                "{who} may: {what} (got {status})"
            );
        }
    }
}
