//! Safeguarding without dead ends (issue 20): a group with no safeguarding lead still has
//! adults who see and act on possible disclosures, an administrator names a lead in one
//! click, the retention purge keeps what a lead still has to act on, and approving a text
//! for the analysis is not choosing it as a public quote.
use chrono::Utc;
use consulta::{
    accounts::Role,
    entities::{answer, audit_log, consultation, membership, quote, response},
    moderation,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::{
    fixtures::moderation::{Setup, create_consultation, store_answer},
    helpers::{TestApp, TestUser, input_value, spawn_app},
};

async fn audit_rows(app: &TestApp, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let res = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

async fn flags_of(app: &TestApp, id: i32) -> String {
    answer::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .and_then(|a| a.flags)
        .unwrap_or_default()
}

const DISCLOSURE: &str = "My stepdad hits me every night and I am scared to go home";
const NO_LEAD: &str = "This group has no safeguarding lead";
const LEAD_TOLD: &str = "The safeguarding lead has been told";

/// A group without a lead: an administrator, two facilitators, a consultation with one
/// possible disclosure.
struct NoLead {
    app: TestApp,
    admin: TestUser,
    facilitator: TestUser,
    other: TestUser,
    group_id: i32,
    slug: String,
    disclosure: i32,
}

impl NoLead {
    async fn new() -> Self {
        let app = spawn_app().await;
        let admin = app.create_user(None, true).await;
        let group = app.create_group("Youth Panel").await;
        let facilitator = app
            .create_user(Some((group.id, Role::Facilitator)), false)
            .await;
        let other = app
            .create_user(Some((group.id, Role::Facilitator)), false)
            .await;
        let c = create_consultation(&app, group.id, "open", None, json!({})).await;
        let disclosure = store_answer(&app, c.id, "en", Some("13-15"), "q_views", DISCLOSURE).await;
        assert!(
            flags_of(&app, disclosure).await.contains("disclosure"),
            "the sentence is flagged"
        );
        Self {
            app,
            admin,
            facilitator,
            other,
            group_id: group.id,
            slug: c.slug,
            disclosure,
        }
    }

    fn queue(&self) -> String {
        format!("/manage/c/{}/moderation", self.slug)
    }
}

#[tokio::test]
async fn without_a_lead_facilitators_see_and_record_and_an_administrator_names_a_lead_in_one_post()
{
    let s = NoLead::new().await;
    let app = &s.app;

    // The facilitator sees the disclosure, is told plainly that nobody else will, and is
    // never also told that a lead was told.
    let f = app.logged_in(&s.facilitator).await;
    let html = page(app, &f, &s.queue()).await;
    assert!(html.contains("scared to go home"), "the text is shown");
    assert!(html.contains(NO_LEAD), "{html}");
    assert!(html.contains("With no safeguarding lead, you see them first"));
    assert!(
        !html.contains(LEAD_TOLD),
        "no contradicting banners: {html}"
    );
    assert!(
        !html.contains("/moderation/lead"),
        "only administrators name a lead"
    );

    // The facilitator records the outcome; the audit log names them.
    let answer_page = page(app, &f, &format!("{}/{}", s.queue(), s.disclosure)).await;
    assert!(answer_page.contains(&format!("/moderation/{}/safeguarding", s.disclosure)));
    assert!(answer_page.contains("With no safeguarding lead, you record what was done"));
    assert!(!answer_page.contains(LEAD_TOLD));
    let csrf = input_value(&answer_page, "csrf").unwrap();
    let res = f
        .post(app.url(&format!("{}/{}/safeguarding", s.queue(), s.disclosure)))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "referred"),
            ("note", "Passed to the school's designated person by phone."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let row = answer::Entity::find_by_id(s.disclosure)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.safeguarding_status.as_deref(), Some("referred"));
    let recorded = audit_rows(app, "safeguarding_action").await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].actor_account_id, Some(s.facilitator.id));
    assert_eq!(recorded[0].target, format!("answer:{}", s.disclosure));
    assert!(
        recorded[0].details.contains("by=facilitator"),
        "{}",
        recorded[0].details
    );
    let answer_page = page(app, &f, &format!("{}/{}", s.queue(), s.disclosure)).await;
    assert!(
        answer_page.contains("Passed to the school"),
        "the record is shown to who acts"
    );

    // The administrator sees a button per facilitator and names a lead in one POST.
    let a = app.logged_in(&s.admin).await;
    let html = page(app, &a, &s.queue()).await;
    assert!(html.contains(NO_LEAD));
    assert!(!html.contains(LEAD_TOLD));
    assert!(html.contains(&format!(
        r#"name="account_id" value="{}""#,
        s.facilitator.id
    )));
    let csrf = input_value(&html, "csrf").unwrap();
    // A facilitator may not, nor may anyone without the CSRF token.
    let f_csrf = input_value(&page(app, &f, &s.queue()).await, "csrf").unwrap();
    let res = f
        .post(app.url(&format!("{}/lead", s.queue())))
        .form(&[
            ("csrf", f_csrf.as_str()),
            ("account_id", &s.facilitator.id.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = a
        .post(app.url(&format!("{}/lead", s.queue())))
        .form(&[("account_id", s.facilitator.id.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error());
    // Someone who is not a facilitator of the group cannot be named.
    let res = a
        .post(app.url(&format!("{}/lead", s.queue())))
        .form(&[
            ("csrf", csrf.as_str()),
            ("account_id", &s.admin.id.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(audit_rows(app, "safeguarding_lead_set").await.is_empty());

    let res = a
        .post(app.url(&format!("{}/lead", s.queue())))
        .form(&[
            ("csrf", csrf.as_str()),
            ("account_id", &s.facilitator.id.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .contains("lead=named")
    );
    let lead = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(s.facilitator.id))
        .filter(membership::Column::GroupId.eq(s.group_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(lead.safeguarding_lead);
    let named = audit_rows(app, "safeguarding_lead_set").await;
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].actor_account_id, Some(s.admin.id));
    assert_eq!(named[0].target, format!("account:{}", s.facilitator.id));

    // From now on: the lead sees the lead's banner, the other facilitator is told the lead
    // was told, and nobody is told there is no lead.
    let lead_html = page(app, &f, &s.queue()).await;
    assert!(!lead_html.contains(NO_LEAD), "{lead_html}");
    let o = app.logged_in(&s.other).await;
    let other_html = page(app, &o, &s.queue()).await;
    assert!(!other_html.contains(NO_LEAD));
    let res = o
        .post(app.url(&format!("{}/{}/safeguarding", s.queue(), s.disclosure)))
        .form(&[
            ("csrf", input_value(&other_html, "csrf").unwrap().as_str()),
            ("status", "not_a_concern"),
            ("note", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "with a lead, only the lead records");
}

#[tokio::test]
async fn without_a_lead_the_group_s_facilitators_and_the_administrators_are_alerted() {
    let s = NoLead::new().await;
    let app = &s.app;
    let c = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(s.slug.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let missed = store_answer(
        app,
        c.id,
        "en",
        None,
        "q_views",
        "Games should have better reporting tools.",
    )
    .await;
    let res = app
        .client
        .post(app.url(&format!(
            "/api/v1/consultations/{}/moderation/{missed}/refer",
            s.slug
        )))
        .bearer_auth(&s.admin.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    for who in [&s.admin, &s.facilitator, &s.other] {
        let mail = app.mail.wait_for(&who.email, 1).await;
        assert!(
            mail.part("text/plain")
                .unwrap()
                .contains("“Youth Panel” has no safeguarding lead"),
            "{}",
            mail.raw
        );
        assert!(!mail.raw.contains("reporting tools"), "never the text");
    }

    // The API follows the same rule: a facilitator records while there is no lead.
    let res = app
        .client
        .post(app.url(&format!(
            "/api/v1/consultations/{}/moderation/{}/safeguarding",
            s.slug, s.disclosure
        )))
        .bearer_auth(&s.other.token)
        .json(&json!({"status": "in_progress", "note": "Calling the school."}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let recorded = audit_rows(app, "safeguarding_action").await;
    assert_eq!(recorded[0].actor_account_id, Some(s.other.id));

    // Named from the moderation page, the lead hears at once of what is still open.
    let a = app.logged_in(&s.admin).await;
    let html = page(app, &a, &s.queue()).await;
    let res = a
        .post(app.url(&format!("{}/lead", s.queue())))
        .form(&[
            ("csrf", input_value(&html, "csrf").unwrap().as_str()),
            ("account_id", &s.facilitator.id.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let mail = app.mail.wait_for(&s.facilitator.email, 2).await;
    assert!(
        !mail.raw.contains("has no safeguarding lead"),
        "{}",
        mail.raw
    );
}

// ------------------------------------------------------------------ retention and the lead

/// The `.eml` files the command line wrote (no SMTP host: files under `<data_dir>/mail`).
fn written_mail(app: &TestApp) -> Vec<String> {
    std::fs::read_dir(app.data_dir.join("mail"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn the_purge_keeps_a_disclosure_without_an_outcome_tells_the_lead_and_deletes_it_after() {
    let s = Setup::with(spawn_app().await, "closed", Some(100), json!({})).await;
    let app = &s.app;
    let admin = app.create_user(None, true).await;
    s.answer("en", "Games should have better reporting tools.")
        .await;
    let disclosure = s.answer("en", DISCLOSURE).await;
    assert!(flags_of(app, disclosure).await.contains("disclosure"));
    let response_id = answer::Entity::find_by_id(disclosure)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .response_id;

    let dry = moderation::retention::purge(&app.db, Utc::now(), true)
        .await
        .unwrap();
    assert_eq!(dry.consultations[0].answers, 3, "all but the disclosure");
    assert_eq!(dry.consultations[0].responses, 1);
    assert_eq!(dry.consultations[0].safeguarding_open, 1);

    // The command line purges and e-mails the lead and the administrator, once each.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
        .args(["purge"])
        .env("CONSULTA_DATABASE_URL", &app.database_url)
        .env("CONSULTA_DATA_DIR", &app.data_dir)
        .env("CONSULTA_SMTP_HOST", "")
        .env("CONSULTA_LOG_LEVEL", "error")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("deleted 1 responses and 3 answers")
            && stdout.contains("kept: 1 possible disclosures"),
        "{stdout}"
    );
    let mails = written_mail(app);
    assert_eq!(mails.len(), 2, "the lead and the administrator");
    for who in [&s.lead.email, &admin.email] {
        assert!(mails.iter().any(|m| m.contains(who.as_str())), "{who}");
    }
    assert!(!mails.iter().any(|m| m.contains(&s.facilitator.email)));
    for mail in &mails {
        assert!(mail.contains("wait"), "{mail}");
        assert!(!mail.contains("scared to go home"), "never the text");
    }

    // Kept: the text and its flags, nothing else of the response.
    let kept = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(s.c.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].id, disclosure);
    assert!(kept[0].text_value.as_deref().unwrap().contains("scared"));
    let r = response::Entity::find_by_id(response_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((r.age_band, r.country, r.gender), (None, None, None));
    assert!(r.receipt_hash.starts_with("held-"));
    assert_eq!(
        response::Entity::find()
            .filter(response::Column::ConsultationId.eq(s.c.id))
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
    let audit = audit_rows(app, "retention_purge").await;
    assert!(
        audit[0].details.ends_with("safeguarding_kept=1"),
        "{}",
        audit[0].details
    );

    // The lead still finds it in the queue and records the outcome...
    let queue: serde_json::Value = app
        .client
        .get(s.api("?flag=disclosure&status=all"))
        .bearer_auth(&s.lead.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(queue["items"][0]["id"], disclosure, "{queue}");
    let again = moderation::retention::purge(&app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(again.answers(), 0, "still kept while nothing is recorded");
    assert_eq!(again.consultations[0].safeguarding_open, 1);
    let res = app
        .client
        .post(s.api(&format!("/{disclosure}/safeguarding")))
        .bearer_auth(&s.lead.token)
        .json(&json!({"status": "referred", "note": "Referred to children's services."}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);

    // ...and the next run deletes it.
    let last = moderation::retention::purge(&app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(last.answers(), 1);
    assert_eq!(last.responses(), 1);
    assert_eq!(last.consultations[0].safeguarding_open, 0);
    assert!(
        answer::Entity::find_by_id(disclosure)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    let nothing = moderation::retention::purge(&app.db, Utc::now(), false)
        .await
        .unwrap();
    assert!(nothing.consultations.is_empty());
}

// ------------------------------------------------------------- approving is not quoting

async fn quote_count(app: &TestApp, consultation_id: i32) -> u64 {
    quote::Entity::find()
        .filter(quote::Column::ConsultationId.eq(consultation_id))
        .count(&app.db)
        .await
        .unwrap()
}

/// Chooses one answer as a public quote through the API.
async fn choose(s: &Setup, id: i32) -> reqwest::StatusCode {
    s.decide(
        &s.facilitator,
        id,
        json!({"decision": "approved", "use_as_quote": true}),
    )
    .await
    .status()
}

/// Closes and publishes the consultation through the API.
async fn close_and_publish(s: &Setup) {
    let app = &s.app;
    for to in ["closed", "published"] {
        let res = app
            .client
            .post(app.url(&format!("/api/v1/consultations/{}/transitions", s.slug())))
            .bearer_auth(&s.facilitator.token)
            .json(&json!({ "to": to }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{to}: {}", res.text().await.unwrap());
    }
}

const ENGLISH: [&str; 8] = [
    "Ask before you post a photo of us",
    "Make the report button easy to find",
    "Teach parents how the apps work",
    "Schools should talk about scams",
    "Let us delete old posts forever",
    "Games need better chat filters",
    "Do not sell our data to adverts",
    "Give us a helpline we can text",
];

#[tokio::test]
async fn bulk_approval_makes_no_quote_and_the_public_sees_at_most_five_chosen_without_duplicates_or_single_words()
 {
    let s = Setup::new().await;
    let app = &s.app;
    let mut english = Vec::new();
    for text in ENGLISH {
        english.push(s.answer("en", text).await);
    }
    let first = s.answer("en", "Adults should listen to us.").await;
    let duplicate = s.answer("en", "adults  should LISTEN to us!").await;
    let one_word = s.answer("en", "Listen").await;
    let french = s.answer("fr", "Les adultes devraient nous écouter.").await;

    // "Every answer on this page", approved at once from the top of the queue: counted in
    // the analysis, never quoted.
    let (browser, csrf) = s.browser(&s.facilitator).await;
    let html = page(app, &browser, &format!("/manage/c/{}/moderation", s.slug())).await;
    let bulk_at = html
        .find("mod-bulk")
        .unwrap_or_else(|| html.find(r#"name="scope""#).unwrap());
    let first_item = html.find(r#"class="queue""#).unwrap();
    assert!(bulk_at < first_item, "bulk actions come first");
    assert!(html.contains("Every answer on this page"));
    let mut form: Vec<(String, String)> = vec![
        ("csrf".into(), csrf.clone()),
        ("status".into(), "pending".into()),
        ("page".into(), "1".into()),
        ("scope".into(), "page".into()),
        ("action".into(), "approved".into()),
    ];
    let all: Vec<i32> = english
        .iter()
        .copied()
        .chain([first, duplicate, one_word, french])
        .collect();
    for id in &all {
        form.push(("page_ids".into(), id.to_string()));
    }
    let res = browser.post(s.page("")).form(&form).send().await.unwrap();
    assert_eq!(res.status(), 303);
    for id in &all {
        assert_eq!(s.status_of(*id).await.as_deref(), Some("approved"), "{id}");
    }
    assert_eq!(
        quote_count(app, s.c.id).await,
        0,
        "bulk approval never quotes"
    );
    let listed: serde_json::Value = app
        .client
        .get(s.api("/quotes"))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed, json!([]));

    // Choosing quotes is a decision per text; a single word is refused, on the page too.
    assert_eq!(choose(&s, one_word).await, 422);
    let res = browser
        .post(s.page(&format!("/{one_word}/approve")))
        .form(&[("csrf", csrf.as_str()), ("quote", "Listen!")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("A single word is not quoted")
    );
    for id in [first, duplicate, french] {
        assert_eq!(choose(&s, id).await, 200, "{id}");
    }
    let res = browser
        .post(s.page(&format!("/{}/approve", english[0])))
        .form(&[("csrf", csrf.as_str()), ("quote", ENGLISH[0])])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    for id in &english[1..6] {
        assert_eq!(choose(&s, *id).await, 200, "{id}");
    }
    assert_eq!(quote_count(app, s.c.id).await, 9);
    // Stopping a quote keeps the approval.
    let res = browser
        .post(s.page(&format!("/{}/unquote", english[5])))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(quote_count(app, s.c.id).await, 8);
    assert_eq!(s.status_of(english[5]).await.as_deref(), Some("approved"));

    // Published: at most five per question, the first chosen, each text once, grouped by
    // language; the open-data API says the same.
    close_and_publish(&s).await;
    let (status, public) = app.get_html(&format!("/results/{}", s.slug())).await;
    assert_eq!(status, 200);
    let shown: Vec<&str> = public
        .split("<blockquote")
        .skip(1)
        .map(|b| {
            let start = b.find('>').unwrap() + 1;
            &b[start..b.find("</blockquote>").unwrap()]
        })
        .collect();
    assert_eq!(
        shown,
        [
            "Adults should listen to us.",
            ENGLISH[0],
            ENGLISH[1],
            ENGLISH[2],
            "Les adultes devraient nous écouter.",
        ],
        "{public}"
    );
    let open_data: serde_json::Value = app
        .client
        .get(app.url(&format!("/api/v1/results/{}", s.slug())))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let question = open_data["summary"]["overall"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == "q_views")
        .unwrap();
    let quotes: Vec<&str> = question["text_analysis"]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(quotes, shown, "{question}");
}

#[tokio::test]
async fn a_flagged_answer_is_approved_for_the_analysis_on_its_page_without_becoming_a_quote() {
    let s = Setup::new().await;
    let app = &s.app;
    let ordinary = s.answer("en", "Schools must act on bullying").await;
    let sworn = s
        .answer("en", "this is fucking stupid, schools must act")
        .await;
    assert!(flags_of(app, sworn).await.contains("profanity"));
    let (browser, csrf) = s.browser(&s.facilitator).await;
    // Flagged answers first in the queue.
    let queue = page(app, &browser, &format!("/manage/c/{}/moderation", s.slug())).await;
    let (at_sworn, at_ordinary) = (
        queue.find(&format!(r#"id="answer-{sworn}""#)).unwrap(),
        queue.find(&format!(r#"id="answer-{ordinary}""#)).unwrap(),
    );
    assert!(at_sworn < at_ordinary);
    let answer_page = page(
        app,
        &browser,
        &format!("/manage/c/{}/moderation/{sworn}", s.slug()),
    )
    .await;
    assert!(answer_page.contains(&format!(r#"value="{sworn}:approved""#)));
    assert!(answer_page.contains("Approve for the analysis"));
    assert!(answer_page.contains("Use as a public quote"));
    let res = browser
        .post(s.page(""))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "all"),
            ("one", &format!("{sworn}:approved")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(s.status_of(sworn).await.as_deref(), Some("approved"));
    assert_eq!(quote_count(app, s.c.id).await, 0);
}

// ------------------------------------------------------------- grouped duplicates

/// The texts of the queue page's answers, in order.
fn queue_texts(html: &str) -> Vec<String> {
    html.split(r#"<blockquote class="answer-text""#)
        .skip(1)
        .map(|b| {
            let start = b.find('>').unwrap() + 1;
            b[start..b.find("</blockquote>").unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn the_same_text_shows_once_with_its_count_one_decision_applies_to_all_and_a_flagged_copy_flags_the_group()
 {
    let s = Setup::new().await;
    let app = &s.app;
    let alone = s
        .answer("en", "Teachers should learn the apps we use")
        .await;
    let mut phones = [0; 5];
    for (i, text) in [
        "Ban phones at school!",
        "ban  PHONES at school",
        "Ban phones at school.",
        "Ｂａｎ phones\u{200b} at school",
        "Ban phones, at school",
    ]
    .into_iter()
    .enumerate()
    {
        phones[i] = s.answer("en", text).await;
    }
    // Accents count: another text.
    let accented = s.answer("en", "Bán phones at school").await;
    // Another question: another group.
    let other_question =
        store_answer(app, s.c.id, "en", None, "q_word", "Ban phones at school").await;
    let scams = [
        s.answer("en", "Tell us about scams").await,
        s.answer("en", "tell us about scams!!").await,
    ];
    // A facilitator referred one copy to the lead: the group is flagged and comes first.
    answer::Entity::update_many()
        .col_expr(
            answer::Column::Flags,
            sea_orm::sea_query::Expr::value("disclosure"),
        )
        .filter(answer::Column::Id.eq(scams[1]))
        .exec(&app.db)
        .await
        .unwrap();

    let (browser, csrf) = s.browser(&s.facilitator).await;
    let html = page(app, &browser, &format!("/manage/c/{}/moderation", s.slug())).await;
    let texts = queue_texts(&html);
    assert_eq!(
        texts,
        [
            // The flagged copy stands for its group.
            "tell us about scams!!",
            "Teachers should learn the apps we use",
            "Ban phones at school!",
            "Bán phones at school",
            "Ban phones at school",
        ],
        "{html}"
    );
    assert!(html.contains("× 5"), "{html}");
    assert!(html.contains("the same text sent 5 times: a decision applies to all 5"));
    assert!(html.contains("× 2"));
    let scams_card = &html[html.find(&format!(r#"id="answer-{}""#, scams[1])).unwrap()
        ..html.find(&format!(r#"id="answer-{alone}""#)).unwrap()];
    assert!(
        scams_card.contains("Possible disclosure of harm"),
        "{scams_card}"
    );
    assert!(
        !scams_card.contains(&format!(r#"value="{}:approved""#, scams[1])),
        "a flagged group is not approved from the queue"
    );
    // Each member keeps its own page.
    for id in &phones[1..] {
        assert!(html.contains(&format!(r#"href="/manage/c/{}/moderation/{id}""#, s.slug())));
    }

    // Ticking the group and approving in bulk approves every copy (and nothing else).
    let res = browser
        .post(s.page(""))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "pending"),
            ("page", "1"),
            ("scope", "selected"),
            ("ids", &phones[0].to_string()),
            ("action", "approved"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    for id in &phones {
        assert_eq!(s.status_of(*id).await.as_deref(), Some("approved"), "{id}");
    }
    for id in [alone, accented, other_question, scams[0], scams[1]] {
        assert_eq!(s.status_of(id).await.as_deref(), Some("pending"), "{id}");
    }
    let audit = audit_rows(app, "moderation_decision").await;
    assert!(
        audit.iter().any(|a| a.details
            == format!(
                "bulk approved 5: {}",
                phones.map(|id| id.to_string()).join(",")
            )),
        "{audit:?}"
    );

    // One decision on the shown copy of a flagged group hides both copies.
    let one = format!("{}:hidden", scams[1]);
    let res = browser
        .post(s.page(""))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "pending"),
            ("page", "1"),
            ("one", one.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    for id in scams {
        assert_eq!(s.status_of(id).await.as_deref(), Some("hidden"), "{id}");
    }
    let html = page(app, &browser, &format!("/manage/c/{}/moderation", s.slug())).await;
    assert_eq!(
        queue_texts(&html),
        [
            "Teachers should learn the apps we use",
            "Bán phones at school",
            "Ban phones at school",
        ]
    );
}

// ------------------------------------------------------------- quotes per question

/// The settings form as the page sends it, with this number of quotes per question.
fn settings_form(csrf: &str, version: &str, quotes: &str) -> Vec<(String, String)> {
    [
        ("csrf", csrf),
        ("version", version),
        ("age_bands", "9-12, 13-15, 16-17, 18-24"),
        ("min_age", "9"),
        ("consent_age", "13"),
        ("ask_country", "on"),
        ("ask_gender", "on"),
        ("duration_minutes", "10"),
        ("opens_at", ""),
        ("closes_at", ""),
        ("threshold", "10"),
        ("live_threshold", "5"),
        ("retention_days", "90"),
        ("access_code", ""),
        ("quotes_per_question", quotes),
    ]
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .to_vec()
}

/// The stored number of quotes per question (5 when never set).
async fn stored_quote_limit(app: &TestApp, id: i32) -> u64 {
    let row = consultation::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let definition: serde_json::Value = serde_json::from_str(&row.definition).unwrap();
    definition["settings"]["quotes_per_question"]
        .as_u64()
        .unwrap_or(5)
}

#[tokio::test]
async fn the_facilitators_choose_how_many_quotes_each_question_shows_and_bad_numbers_are_refused() {
    // A draft: the fixture's texts are not complete in every language, which an open
    // consultation's settings form would ask for first.
    let s = Setup::with(spawn_app().await, "draft", None, json!({})).await;
    let app = &s.app;
    let settings = format!("/manage/c/{}/settings", s.slug());
    let browser = app.logged_in(&s.facilitator).await;
    let html = page(app, &browser, &settings).await;
    assert!(html.contains("Quotes shown per question"), "{html}");
    assert_eq!(
        input_value(&html, "quotes_per_question").as_deref(),
        Some("5"),
        "5 unless changed"
    );
    let csrf = input_value(&html, "csrf").unwrap();
    let version = input_value(&html, "version").unwrap();

    // Out of range or not a number: refused next to the field, in the reader's language,
    // the form shown again with what was typed, nothing saved.
    for (typed, message) in [
        ("0", "Use a number from 1 to 20."),
        ("50", "Use a number from 1 to 20."),
        ("lots", "Write a number."),
    ] {
        let res = browser
            .post(app.url(&settings))
            .form(&settings_form(&csrf, &version, typed))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{typed}");
        let html = res.text().await.unwrap();
        let field = html.find(r#"name="quotes_per_question""#).unwrap();
        let error = html
            .rfind(message)
            .unwrap_or_else(|| panic!("{typed}: {html}"));
        assert!(
            error.abs_diff(field) < 1500,
            "the message is next to the field: {html}"
        );
        assert_eq!(
            input_value(&html, "quotes_per_question").as_deref(),
            Some(typed)
        );
        assert_eq!(stored_quote_limit(app, s.c.id).await, 5, "{typed}");
    }
    let res = browser
        .post(app.url(&settings))
        .header("accept-language", "fr")
        .form(&settings_form(&csrf, &version, "0"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let french = res.text().await.unwrap();
    assert!(!french.contains("Use a number from 1 to 20."), "translated");

    let res = browser
        .post(app.url(&settings))
        .form(&settings_form(&csrf, &version, "3"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    assert_eq!(stored_quote_limit(app, s.c.id).await, 3);

    // The API refuses the same numbers and says which field.
    let row = consultation::Entity::find_by_id(s.c.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let definition: serde_json::Value = serde_json::from_str(&row.definition).unwrap();
    for bad in [json!(0), json!(50), json!("three")] {
        let mut body = definition["settings"].clone();
        body["quotes_per_question"] = bad.clone();
        let res = app
            .client
            .put(app.url(&format!("/api/v1/consultations/{}/settings", s.slug())))
            .bearer_auth(&s.facilitator.token)
            .json(&json!({"version": row.version, "settings": body}))
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{bad}: {}", res.status());
        if bad.is_number() {
            assert_eq!(res.status(), 422);
            let problem = res.text().await.unwrap();
            assert!(problem.contains("quotes_per_question"), "{problem}");
        }
    }
    assert_eq!(stored_quote_limit(app, s.c.id).await, 3);

    // Opened (as the fixture stores it), answered: the answer page says the chosen number;
    // published, the public sees the first three chosen.
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Status,
            sea_orm::sea_query::Expr::value("open"),
        )
        .filter(consultation::Column::Id.eq(s.c.id))
        .exec(&app.db)
        .await
        .unwrap();
    let mut ids = Vec::new();
    for text in &ENGLISH[..5] {
        let id = s.answer("en", text).await;
        ids.push(id);
    }
    let answer_page = page(
        app,
        &browser,
        &format!("/manage/c/{}/moderation/{}", s.slug(), ids[0]),
    )
    .await;
    assert!(answer_page.contains("at most 3"), "{answer_page}");
    for id in &ids {
        assert_eq!(choose(&s, *id).await, 200, "{id}");
    }
    close_and_publish(&s).await;
    let (status, public) = app.get_html(&format!("/results/{}", s.slug())).await;
    assert_eq!(status, 200);
    assert_eq!(public.matches("<blockquote").count(), 3, "{public}");
    for text in &ENGLISH[..3] {
        assert!(public.contains(text), "{text}");
    }
}
