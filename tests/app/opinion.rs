//! Statements young people vote on (issue 23): voting through the pages without JavaScript
//! and through the API, adding and moderating statements, which statements a person sees,
//! the opinion map and its suppression, the Pol.is exports and the Pol.is import.
use consulta::{
    accounts::Role,
    consultations::definition::{Definition, Question, QuestionKind, Section, Statement},
    entities::{answer, consultation},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    fixtures::{Fixture, six},
    helpers::{TestApp, TestUser, Walk, close_and_publish, spawn_app},
};

const KEY: &str = "opinion";

fn statement(code: &str, en: &str) -> Statement {
    Statement {
        code: code.into(),
        text: six([
            &format!("ar {en}"),
            en,
            &format!("es {en}"),
            &format!("fr {en}"),
            &format!("ru {en}"),
            &format!("zh {en}"),
        ]),
        ..Statement::default()
    }
}

/// One section with a `statements` question of `seeds` seed statements.
fn with_statements(def: &mut Definition, seeds: usize, per_person: Option<u32>, allow: bool) {
    let mut q = Question::new(KEY, QuestionKind::Statements);
    q.text = six([
        "ما رأيك؟",
        "What do you think?",
        "¿Qué piensas?",
        "Qu’en penses-tu ?",
        "Что ты думаешь?",
        "你怎么看？",
    ]);
    q.statements = (1..=seeds)
        .map(|i| statement(&format!("s{i}"), &format!("Statement number {i}")))
        .collect();
    q.statements_per_person = per_person;
    q.allow_new_statements = allow;
    def.sections = vec![Section {
        key: "views".into(),
        title: six(["آراء", "Views", "Opiniones", "Avis", "Мнения", "观点"]),
        questions: vec![q],
    }];
}

/// An open consultation with statements, its group's facilitator and a member.
async fn open(
    app: &TestApp,
    seeds: usize,
    per_person: Option<u32>,
    allow: bool,
) -> (Fixture, TestUser, TestUser) {
    let fx = app
        .consultation_with("open", |d| with_statements(d, seeds, per_person, allow))
        .await;
    let facilitator = app.facilitator_of(&fx).await;
    let member = app.member_of(&fx).await;
    (fx, facilitator, member)
}

fn body(band: &str, answer: Value) -> Value {
    json!({
        "submission_id": uuid::Uuid::new_v4().to_string(),
        "language": "en",
        "age_band": band,
        "guardian_confirmed": true,
        "answers": { KEY: answer },
    })
}

async fn submit(app: &TestApp, fx: &Fixture, body: &Value) -> (u16, Value) {
    let res = app
        .post_json(
            &format!("/api/v1/consultations/{}/responses", fx.slug),
            body,
        )
        .await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn votes_stored(app: &TestApp, fx: &Fixture) -> u64 {
    answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .filter(answer::Column::OptionCode.is_not_null())
        .count(&app.db)
        .await
        .unwrap()
}

async fn definition(app: &TestApp, fx: &Fixture) -> Value {
    let res = app.get(&format!("/api/v1/consultations/{}", fx.slug)).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn codes(def: &Value) -> Vec<String> {
    def["sections"][0]["questions"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_public_definition_lists_the_statements_with_their_texts_per_language() {
    let app = spawn_app().await;
    let (fx, ..) = open(&app, 3, Some(2), false).await;
    let def = definition(&app, &fx).await;
    let q = &def["sections"][0]["questions"][0];
    assert_eq!(q["kind"], "statements");
    assert_eq!(codes(&def), ["s1", "s2", "s3"]);
    assert_eq!(q["statements"][0]["text"]["en"], "Statement number 1");
    assert_eq!(q["statements"][0]["text"]["ar"], "ar Statement number 1");
    assert_eq!(q["statements_per_person"], 2);
    assert!(
        q.get("allow_new_statements").is_none(),
        "adding is off by default"
    );
}

#[tokio::test]
async fn votes_are_stored_through_the_api_and_bad_votes_are_refused_with_nothing_stored() {
    let app = spawn_app().await;
    let (fx, ..) = open(&app, 3, None, false).await;
    let ok = body(
        "16-17",
        json!({"votes": {"s1": "agree", "s2": "disagree", "s3": "pass"}}),
    );
    let (status, receipt) = submit(&app, &fx, &ok).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(votes_stored(&app, &fx).await, 3);
    let (status, _) = submit(&app, &fx, &ok).await;
    assert_eq!(status, 200, "a retry gets the same receipt");

    let cases = [
        (
            json!({"votes": {"s9": "agree"}}),
            "no statement",
            "an unknown statement",
        ),
        (
            json!({"votes": {"s1": "maybe"}}),
            "agree, disagree or pass",
            "another value",
        ),
        (
            json!({"votes": {"s1": "agree"}, "new_statements": ["Mine"]}),
            "not open",
            "adding when off",
        ),
        (
            json!({"vote": {"s1": "agree"}}),
            "votes",
            "a misspelt field",
        ),
        (json!(["s1"]), "votes", "a list"),
    ];
    for (answer, message, case) in cases {
        let (status, problem) = submit(&app, &fx, &body("16-17", answer)).await;
        assert_eq!(status, 422, "{case}: {problem}");
        let errors = problem["errors"].to_string();
        assert!(errors.contains("answers.opinion"), "{case}: {errors}");
        assert!(errors.contains(message), "{case}: {errors}");
    }
    assert_eq!(
        votes_stored(&app, &fx).await,
        3,
        "nothing stored by a refused response"
    );
}

#[tokio::test]
async fn a_statement_over_the_length_limit_or_from_an_under_13_is_refused() {
    let app = spawn_app().await;
    let (fx, ..) = open(&app, 2, None, true).await;
    let long = "x".repeat(141);
    let (status, problem) = submit(
        &app,
        &fx,
        &body("16-17", json!({"votes": {}, "new_statements": [long]})),
    )
    .await;
    assert_eq!(status, 422, "{problem}");
    assert!(problem["errors"].to_string().contains("140"), "{problem}");
    let (status, problem) = submit(
        &app,
        &fx,
        &body(
            "9-12",
            json!({"votes": {"s1": "agree"}, "new_statements": ["Homework online"]}),
        ),
    )
    .await;
    assert_eq!(status, 422, "under 13s do not add by default: {problem}");
    let (status, _) = submit(&app, &fx, &body("9-12", json!({"votes": {"s1": "agree"}}))).await;
    assert_eq!(status, 201, "but they vote");
}

#[tokio::test]
async fn an_added_statement_is_scrubbed_moderated_and_then_shown_without_its_author() {
    let app = spawn_app().await;
    let (fx, facilitator, _) = open(&app, 2, None, true).await;
    let (status, _) = submit(
        &app,
        &fx,
        &body(
            "16-17",
            json!({"votes": {"s1": "agree"}, "new_statements": ["Schools should teach online safety, mail me at amal@example.org"]}),
        ),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        codes(&definition(&app, &fx).await),
        ["s1", "s2"],
        "not shown before moderation"
    );

    let queue: Value = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/consultations/{}/moderation", fx.slug),
            &facilitator.token,
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    let item = &queue["items"][0];
    let text = item["text"].as_str().unwrap();
    assert!(
        text.starts_with("Schools should teach online safety"),
        "{text}"
    );
    assert!(!text.contains("amal@example.org"), "scrubbed: {text}");
    let id = item["id"].as_i64().unwrap();

    let res = app
        .api(
            reqwest::Method::PUT,
            &format!("/api/v1/consultations/{}/moderation/{id}", fx.slug),
            &facilitator.token,
            Some(&json!({"decision": "approved"})),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let def = definition(&app, &fx).await;
    let code = format!("n{id}");
    assert_eq!(codes(&def), ["s1".to_owned(), "s2".into(), code.clone()]);
    let added = &def["sections"][0]["questions"][0]["statements"][2];
    assert_eq!(
        added.as_object().unwrap().len(),
        2,
        "code and text only: {added}"
    );
    assert!(
        added["text"]["en"]
            .as_str()
            .unwrap()
            .starts_with("Schools should")
    );

    let (status, _) = submit(
        &app,
        &fx,
        &body("13-15", json!({"votes": {code.clone(): "agree"}})),
    )
    .await;
    assert_eq!(status, 201, "others vote on it");

    let res = app
        .api(
            reqwest::Method::PUT,
            &format!("/api/v1/consultations/{}/moderation/{id}", fx.slug),
            &facilitator.token,
            Some(&json!({"decision": "hidden"})),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        codes(&definition(&app, &fx).await),
        ["s1", "s2"],
        "hidden again"
    );
}

/// Walks to the statements page as a 16-17-year-old.
async fn walk_to_statements<'a>(app: &'a TestApp, fx: &Fixture, lang: &str) -> Walk<'a> {
    let mut walk = Walk::start(app, &fx.slug, lang).await;
    assert_eq!(walk.next(&[("age_band", "16-17")]).await, 200);
    assert_eq!(
        walk.next(&[("country", "FR"), ("gender", "girl")]).await,
        200,
        "{}",
        walk.html
    );
    walk
}

#[tokio::test]
async fn votes_are_given_through_the_pages_without_javascript() {
    let app = spawn_app().await;
    let (fx, ..) = open(&app, 3, None, true).await;
    let mut walk = walk_to_statements(&app, &fx, "en").await;
    assert!(walk.html.contains("Statement number 1"), "{}", walk.html);
    for vote in ["agree", "disagree", "pass"] {
        assert!(
            walk.html
                .contains(&format!("name=\"v:{KEY}:s1\" value=\"{vote}\"")),
            "{vote}"
        );
    }
    assert!(
        walk.html.contains(&format!("name=\"a:{KEY}\"")),
        "a field to add one"
    );

    // A bad vote comes back with the page as typed (422) and a message at the question.
    assert_eq!(walk.next(&[(&format!("v:{KEY}:s1"), "maybe")]).await, 422);
    assert!(
        walk.html.contains("Choose agree, disagree or pass"),
        "{}",
        walk.html
    );

    let status = walk
        .next(&[
            (&format!("v:{KEY}:s1"), "agree"),
            (&format!("v:{KEY}:s3"), "disagree"),
            (&format!("a:{KEY}"), "More parks near schools"),
        ])
        .await;
    assert_eq!(status, 200, "{}", walk.html);
    assert!(
        walk.html.contains("More parks near schools"),
        "on the check page"
    );
    let status = walk.submit().await;
    assert!(status == 200 || status == 303, "{status}");
    assert_eq!(votes_stored(&app, &fx).await, 2, "two votes, s2 left out");
    let pending = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .filter(answer::Column::ModerationStatus.eq("pending"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(pending, 1, "the added statement waits for moderation");
}

#[tokio::test]
async fn each_person_sees_at_most_the_set_number_of_statements_and_the_same_ones_again() {
    let app = spawn_app().await;
    let (fx, ..) = open(&app, 8, Some(3), false).await;
    let mut walk = walk_to_statements(&app, &fx, "ar").await;
    let shown = |html: &str| {
        (1..=8)
            .filter(|i| html.contains(&format!("name=\"v:{KEY}:s{i}\" value=\"agree\"")))
            .collect::<Vec<_>>()
    };
    let first = shown(&walk.html);
    assert_eq!(first.len(), 3, "{}", walk.html);
    assert!(walk.html.contains("أوافق"), "in Arabic");
    assert!(
        !walk.html.contains(&format!("name=\"a:{KEY}\"")),
        "adding is off"
    );
    // The same journey (a page shown again after a problem) sees the same statements.
    let vote = format!("v:{KEY}:s{}", first[0]);
    assert_eq!(walk.next(&[(&vote, "maybe")]).await, 422);
    assert_eq!(shown(&walk.html), first);
}

/// `n` responses per camp: camp A agrees with s1–s4 and disagrees with s5–s8, camp B the
/// opposite; everybody agrees with s9. Country FR for camp A, KE for B, and 3 from NO.
async fn two_camps(app: &TestApp, fx: &Fixture, n: usize) {
    for camp in [1, -1] {
        for i in 0..n {
            let mut votes = serde_json::Map::new();
            for s in 1..=8 {
                let agree = (s <= 4) == (camp == 1);
                votes.insert(
                    format!("s{s}"),
                    json!(if agree { "agree" } else { "disagree" }),
                );
            }
            votes.insert("s9".into(), json!("agree"));
            let mut b = body("16-17", json!({ "votes": votes }));
            let country = match (camp, i) {
                (1, 0..3) => "NO",
                (1, _) => "FR",
                _ => "KE",
            };
            b["country"] = json!(country);
            let (status, problem) = submit(app, fx, &b).await;
            assert_eq!(status, 201, "{problem}");
        }
    }
}

#[tokio::test]
async fn the_opinion_map_finds_the_camps_and_hides_small_groups_from_members() {
    let app = spawn_app().await;
    let (fx, facilitator, member) = open(&app, 9, None, false).await;
    two_camps(&app, &fx, 15).await;
    let path = format!("/api/v1/consultations/{}/opinion?question={KEY}", fx.slug);
    let as_facilitator: Value = app
        .api(reqwest::Method::GET, &path, &facilitator.token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(as_facilitator["participants"], 30, "{as_facilitator}");
    assert_eq!(as_facilitator["votes"], 270);
    let groups = as_facilitator["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2, "{as_facilitator}");
    assert_eq!(groups[0]["size"], 15);
    assert!(!groups[0]["representative"].as_array().unwrap().is_empty());
    assert_eq!(as_facilitator["consensus"][0]["code"], "s9");
    assert!(
        as_facilitator["consensus"][0]["text"]
            .as_str()
            .unwrap()
            .contains("number 9")
    );
    let by_country = &as_facilitator["consensus_by"]["country"];
    let countries: Vec<&str> = by_country["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["value"].as_str().unwrap())
        .collect();
    assert_eq!(countries, ["FR", "KE"], "NO has 3 young people: no figure");
    assert_eq!(by_country["left_out"], 1);
    assert!(!as_facilitator["divisive"].as_array().unwrap().is_empty());

    let as_member: Value = app
        .api(reqwest::Method::GET, &path, &member.token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(as_member["groups"][0]["size"], 15, "groups of 15 are shown");
    assert!(as_member["consensus_by"]["country"]["groups"][0]["size"].is_null());
    let public = app.get(&path).await;
    assert_eq!(
        public.status(),
        404,
        "not published: nothing for the public"
    );

    // A consultation with 4 voters: members see no count at all.
    let (small, small_facilitator, small_member) = open(&app, 9, None, false).await;
    two_camps(&app, &small, 2).await;
    let path = format!("/api/v1/consultations/{}/opinion", small.slug);
    let as_member: Value = app
        .api(reqwest::Method::GET, &path, &small_member.token, None)
        .await
        .json()
        .await
        .unwrap();
    assert!(as_member["participants"].is_null(), "{as_member}");
    let as_facilitator: Value = app
        .api(reqwest::Method::GET, &path, &small_facilitator.token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(as_facilitator["participants"], 4);

    // The summary page shows the map (regions, not dots) and the table.
    let page = app.logged_in(&facilitator).await;
    let html = app
        .text_with(&page, &format!("/manage/consultations/{}/summary", fx.slug))
        .await;
    assert!(html.contains("Opinion map"), "{html}");
    crate::html::assert_regions_named(&html, "the summary with an opinion map");
    assert!(html.contains("<ellipse"), "groups drawn as regions");
    assert!(
        !html.contains("<circle cx=\"") || !html.contains("r=\"2\""),
        "never one dot per child"
    );
    assert!(html.contains("Group 1"));
}

#[tokio::test]
async fn the_pol_is_exports_are_for_facilitators_in_pol_is_layouts() {
    let app = spawn_app().await;
    let (fx, facilitator, member) = open(&app, 9, None, false).await;
    two_camps(&app, &fx, 6).await;
    let get = |file: &'static str, token: &str| {
        let path = format!("/api/v1/consultations/{}/exports/{file}", fx.slug);
        let token = token.to_owned();
        let app = &app;
        async move { app.api(reqwest::Method::GET, &path, &token, None).await }
    };
    let comments = get("comments.csv", &facilitator.token)
        .await
        .text()
        .await
        .unwrap();
    let mut lines = comments.lines();
    assert_eq!(
        lines.next().unwrap(),
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body"
    );
    let s9 = comments.lines().find(|l| l.contains(",s9,")).unwrap();
    assert!(s9.contains(",,12,0,1,Statement number 9"), "{s9}");

    let votes = get("votes.csv", &facilitator.token)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        votes.lines().next().unwrap(),
        "timestamp,datetime,comment-id,voter-id,vote"
    );
    assert_eq!(votes.lines().count(), 1 + 12 * 9);

    let pv = get("participants-votes.csv", &facilitator.token)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        pv.lines().next().unwrap(),
        "participant,group-id,n-comments,n-votes,n-agree,n-disagree,s1,s2,s3,s4,s5,s6,s7,s8,s9"
    );
    assert_eq!(pv.lines().count(), 13);
    let again = get("participants-votes.csv", &facilitator.token)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(pv.lines().count(), again.lines().count());

    assert_eq!(get("votes.csv", &member.token).await.status(), 403);
    assert_eq!(get("votes.csv", "").await.status(), 404);
}

#[tokio::test]
async fn a_pol_is_conversation_is_imported_as_a_closed_consultation() {
    let app = spawn_app().await;
    let group = app.create_group("Researchers").await;
    let facilitator = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("comments.csv"),
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
         1,x,0,3,0,0,1,\"Cycle lanes, everywhere\"\n\
         2,x,1,3,0,0,0,Free buses for students\n\
         3,x,2,3,0,0,-1,Moderated out\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("votes.csv"),
        "timestamp,datetime,comment-id,voter-id,vote\n\
         10,x,0,7,1\n\
         20,x,0,7,-1\n\
         10,x,1,7,1\n\
         10,x,1,8,0\n\
         10,x,2,8,1\n\
         10,x,1,9,oops\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
        .args(["opinion", "import", "--polis"])
        .arg(dir.path())
        .args(["--group", &group.slug])
        .env("CONSULTA_DATABASE_URL", &app.database_url)
        .env("CONSULTA_DATA_DIR", &app.data_dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("moderated out"), "{stdout}");
    assert!(stdout.contains("not 1, -1 or 0"), "{stdout}");
    let slug = stdout.lines().last().unwrap().trim().to_owned();

    let c = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the consultation exists");
    assert_eq!(c.status, "closed");
    let def: Definition = serde_json::from_str(&c.definition).unwrap();
    let q = &def.sections[0].questions[0];
    assert_eq!(q.kind, QuestionKind::Statements);
    let codes: Vec<&str> = q.statements.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["0", "1"]);

    let pv = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/consultations/{slug}/exports/participants-votes.csv"),
            &facilitator.token,
            None,
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        pv.lines().next().unwrap(),
        "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,source-participant"
    );
    let seven = pv
        .lines()
        .find(|l| l.ends_with(",7"))
        .expect("participant 7");
    assert!(
        seven.ends_with(",2,1,1,-1,1,7"),
        "the later vote wins: {seven}"
    );
    let eight = pv
        .lines()
        .find(|l| l.ends_with(",8"))
        .expect("participant 8");
    assert!(eight.ends_with(",1,0,0,,0,8"), "{eight}");

    let missing = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
        .args(["opinion", "import", "--polis"])
        .arg(missing.path())
        .args(["--group", &group.slug])
        .env("CONSULTA_DATABASE_URL", &app.database_url)
        .env("CONSULTA_DATA_DIR", &app.data_dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("comments.csv is missing"));
}

/// The rows of one table of a summary CSV (`## sheet/table`, title, header, rows).
fn csv_table(csv: &str, name: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let start = records
        .iter()
        .position(|r| r[0] == format!("## {name}"))
        .unwrap_or_else(|| panic!("no table {name} in {csv}"));
    records[start + 3..]
        .iter()
        .take_while(|r| !(r.len() == 1 && r[0].is_empty()))
        .cloned()
        .collect()
}

#[tokio::test]
async fn the_summary_exports_and_the_pdf_report_include_the_opinion_map_with_small_groups_hidden() {
    let app = spawn_app().await;
    let (fx, facilitator, _) = open(&app, 9, None, false).await;
    two_camps(&app, &fx, 15).await;
    let export = |slug: String, file: &'static str, token: String| {
        let app = &app;
        async move {
            let path = format!("/api/v1/consultations/{slug}/exports/{file}?lang=en");
            let res = app.api(reqwest::Method::GET, &path, &token, None).await;
            assert_eq!(res.status(), 200, "{file}");
            res.bytes().await.unwrap().to_vec()
        }
    };
    let csv =
        String::from_utf8(export(fx.slug.clone(), "summary.csv", facilitator.token.clone()).await)
            .unwrap();
    let groups = csv_table(&csv, "opinion-0/opinion_groups");
    assert_eq!(groups.len(), 2, "{csv}");
    assert_eq!(groups[0][..2], ["Group 1".to_owned(), "15".to_owned()]);
    let consensus = csv_table(&csv, "opinion-0/opinion_consensus");
    assert!(consensus[0][0].contains("number 9"), "{consensus:?}");
    assert!(!csv_table(&csv, "opinion-0/opinion_divisive").is_empty());
    assert!(
        csv.contains("Across countries: ") && csv.contains("One group is left out"),
        "NO (3 young people) is left out of the consensus by country: {csv}"
    );

    // The XLSX has the same sheet.
    let xlsx = export(fx.slug.clone(), "summary.xlsx", facilitator.token.clone()).await;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
    use calamine::Reader;
    assert!(book.sheet_names().iter().any(|n| n == "opinion-0"));
    let sheet = book.worksheet_range("opinion-0").unwrap();
    assert!(
        sheet
            .rows()
            .any(|r| r.iter().any(|c| c.to_string().contains("number 9")))
    );

    // Four voters: groups of two are hidden from members, shown to the facilitator.
    let (small, small_facilitator, small_member) = open(&app, 9, None, false).await;
    two_camps(&app, &small, 2).await;
    let as_member = String::from_utf8(
        export(
            small.slug.clone(),
            "summary.csv",
            small_member.token.clone(),
        )
        .await,
    )
    .unwrap();
    let hidden = csv_table(&as_member, "opinion-0/opinion_groups");
    assert!(!hidden.is_empty());
    for row in &hidden {
        assert!(row[1].parse::<u64>().is_err(), "a size shown: {row:?}");
        assert!(row[2].is_empty(), "statements of a hidden group: {row:?}");
    }
    let as_facilitator = String::from_utf8(
        export(
            small.slug.clone(),
            "summary.csv",
            small_facilitator.token.clone(),
        )
        .await,
    )
    .unwrap();
    let sizes: u64 = csv_table(&as_facilitator, "opinion-0/opinion_groups")
        .iter()
        .map(|r| r[1].parse::<u64>().unwrap())
        .sum();
    assert_eq!(sizes, 4);

    if crate::prerequisites::present(
        crate::prerequisites::Prerequisite::Pdf,
        crate::prerequisites::pdf_tools_present(),
    ) {
        let pdf = export(fx.slug.clone(), "report.pdf", facilitator.token.clone()).await;
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Opinion map",
            "Group 1",
            "Statement number 9",
            "Across countries",
        ] {
            assert!(flat.contains(expected), "{expected} not in {flat}");
        }
    }
}

#[tokio::test]
async fn the_public_results_page_shows_the_opinion_map_with_small_groups_hidden() {
    let app = spawn_app().await;
    let (fx, facilitator, _) = open(&app, 9, None, false).await;
    two_camps(&app, &fx, 15).await;
    close_and_publish(&app, &fx.slug, &facilitator.token, false).await;
    let (status, html) = app.get_html(&format!("/results/{}?lang=en", fx.slug)).await;
    assert_eq!(status, 200);
    crate::html::assert_regions_named(&html, "the public results with an opinion map");
    assert!(
        html.contains(r#"role="region" aria-labelledby="opinion"#),
        "the opinion map's groups table is a region of its own"
    );
    let opinion = &html[html
        .find(r#"class="question opinion""#)
        .expect("an opinion section")..];
    assert!(opinion.contains("Opinion map"), "{opinion}");
    assert_eq!(
        opinion.matches("<ellipse").count(),
        2,
        "two groups drawn as regions"
    );
    assert!(
        opinion.contains("<th scope=\"row\">Group 1</th><td>15</td>"),
        "{opinion}"
    );
    assert!(
        opinion.contains("Statement number 9"),
        "the consensus statement"
    );
    assert!(
        !opinion.contains("hidden from members"),
        "no facilitator's marker for the public"
    );

    // Four voters: the public sees neither the groups' sizes nor their statements, nor a map.
    let (small, small_facilitator, _) = open(&app, 9, None, false).await;
    two_camps(&app, &small, 2).await;
    close_and_publish(&app, &small.slug, &small_facilitator.token, false).await;
    let (status, html) = app
        .get_html(&format!("/results/{}?lang=en", small.slug))
        .await;
    assert_eq!(status, 200);
    let opinion = &html[html
        .find(r#"class="question opinion""#)
        .expect("an opinion section")..];
    let opinion = &opinion[..opinion.find("</section>").unwrap()];
    assert!(
        !opinion.contains("<ellipse"),
        "no region for a hidden group: {opinion}"
    );
    assert!(
        opinion.contains("Group 1</th><td>fewer than 10"),
        "{opinion}"
    );
    let groups = &opinion[opinion.find("<tbody>").unwrap()..opinion.find("</tbody>").unwrap()];
    assert!(
        !groups.contains("Statement number"),
        "no statements for a hidden group: {groups}"
    );
}

/// A `multipart/form-data` body with one part per (name, content).
fn parts(files: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "----consultaPolisBoundary";
    let mut body = String::new();
    for (name, content) in files {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (
        format!("multipart/form-data; boundary={boundary}"),
        body.into_bytes(),
    )
}

#[tokio::test]
async fn a_pol_is_conversation_is_imported_through_the_api_and_bad_input_creates_nothing() {
    let app = spawn_app().await;
    let group = app.create_group("Researchers").await;
    let facilitator = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let member = app.create_user(Some((group.id, Role::Member)), false).await;
    let comments = "comment-id,comment-body,moderated,timestamp\n\
                    0,\"Cycle lanes, everywhere\",1,1\n\
                    1,Free buses for students,0,2\n\
                    2,Moderated out,-1,3\n";
    let votes = "voter-id,comment-id,vote,timestamp\n\
                 7,0,1,10\n\
                 7,0,-1,20\n\
                 7,1,1,10\n\
                 8,1,0,10\n\
                 8,2,1,10\n\
                 9,1,oops,10\n";
    let path = format!("/api/v1/groups/{}/imports/polis", group.slug);
    let send = |token: String, files: Vec<(&'static str, String)>| {
        let url = app.url(&format!("{path}?title=Transport%20ideas"));
        async move {
            let files: Vec<(&str, &str)> = files.iter().map(|(n, c)| (*n, c.as_str())).collect();
            let (ct, body) = parts(&files);
            let res = reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .header("Content-Type", ct)
                .body(body)
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            let ct = res
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default();
            (status, ct, res.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let count = || async {
        consultation::Entity::find()
            .filter(consultation::Column::GroupId.eq(group.id))
            .count(&app.db)
            .await
            .unwrap()
    };
    let good = vec![
        ("comments.csv", comments.to_owned()),
        ("votes.csv", votes.to_owned()),
    ];

    // Bad input: a 4xx, problem+json naming the part, nothing created.
    let no_body_column = "comment-id,moderated\n0,1\n".to_owned();
    let all_broken = "comment-id,comment-body\n,no id\nbad id!,text\n".to_owned();
    for (files, field) in [
        (vec![("comments.csv", comments.to_owned())], "votes.csv"),
        (vec![("votes.csv", votes.to_owned())], "comments.csv"),
        (
            vec![
                ("comments.csv", no_body_column),
                ("votes.csv", votes.to_owned()),
            ],
            "comments.csv",
        ),
        (
            vec![
                ("comments.csv", all_broken),
                ("votes.csv", votes.to_owned()),
            ],
            "comments.csv",
        ),
        (
            vec![
                ("comments.csv", comments.to_owned()),
                ("votes.csv", "voter-id,vote\n7,1\n".to_owned()),
            ],
            "votes.csv",
        ),
    ] {
        let (status, ct, problem) = send(facilitator.token.clone(), files).await;
        assert_eq!(status, 422, "{problem}");
        assert_eq!(ct, "application/problem+json");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
        assert!(!problem["errors"][0]["message"].as_str().unwrap().is_empty());
    }
    let res = app
        .api(
            reqwest::Method::POST,
            &path,
            &facilitator.token,
            Some(&json!({})),
        )
        .await;
    assert_eq!(res.status(), 422, "not multipart");
    let (status, _, _) = send(member.token.clone(), good.clone()).await;
    assert_eq!(status, 403, "members may not import");
    assert_eq!(count().await, 0, "nothing created");

    // A good conversation: 201, the slug and the report; a closed consultation.
    let (status, _, created) = send(facilitator.token.clone(), good).await;
    assert_eq!(status, 201, "{created}");
    let slug = created["slug"].as_str().unwrap().to_owned();
    assert_eq!(slug, "transport-ideas");
    assert_eq!(created["report"]["statements"], 2);
    assert_eq!(created["report"]["participants"], 2, "{created}");
    let skipped = created["report"]["skipped"].to_string();
    assert!(skipped.contains("moderated out"), "{skipped}");
    assert!(skipped.contains("not 1, -1 or 0"), "{skipped}");
    assert_eq!(count().await, 1);
    let c = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, "closed");
    let def: Definition = serde_json::from_str(&c.definition).unwrap();
    let codes: Vec<&str> = def.sections[0].questions[0]
        .statements
        .iter()
        .map(|s| s.code.as_str())
        .collect();
    assert_eq!(codes, ["0", "1"]);
    let pv = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/consultations/{slug}/exports/participants-votes.csv"),
            &facilitator.token,
            None,
        )
        .await
        .text()
        .await
        .unwrap();
    let seven = pv
        .lines()
        .find(|l| l.ends_with(",7"))
        .expect("participant 7");
    assert!(seven.ends_with(",-1,1,7"), "the later vote wins: {seven}");
}
