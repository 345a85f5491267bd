//! Moderation, safeguarding and data protection over HTTP: the queue and its decisions, the
//! safeguarding lead's records, quotes, retention purges, the privacy notice and report,
//! escaped text everywhere, and who may do what.
use chrono::{Duration, Utc};
use consulta::{
    accounts::Role,
    entities::{answer, audit_log, consultation, quote, response, safeguarding_action},
    moderation::{self, Flag},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::{Value, json};

use crate::{
    fixtures::moderation::{Setup, create_consultation, make_lead, store_answer},
    helpers::{TestApp, TestUser, Walk, input_value, spawn_app},
    prerequisites::{Prerequisite, present},
};

fn ids(v: &Value) -> Vec<i64> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

async fn audit_rows(app: &TestApp, action: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

// ------------------------------------------------------------------- flags, six languages

/// Real sentences (as in the moderation core's tests) for each flag and language.
const SENTENCES: &[(&str, Flag, &str)] = &[
    (
        "en",
        Flag::Disclosure,
        "My stepdad keeps hitting me and I am scared to go home",
    ),
    ("en", Flag::Profanity, "this is fucking stupid"),
    (
        "en",
        Flag::PersonalDetails,
        "I go to St Mary's School in Leeds",
    ),
    ("en", Flag::Spam, "buy now buy now buy now buy now buy now"),
    (
        "fr",
        Flag::Disclosure,
        "Je suis harcelée au collège et sur Snapchat",
    ),
    ("fr", Flag::Profanity, "putain de merde"),
    ("fr", Flag::PersonalDetails, "Je m'appelle Léa Martin"),
    ("fr", Flag::Spam, "abonnez vous sur monsite.fr"),
    (
        "es",
        Flag::Disclosure,
        "Un señor me pidió fotos por WhatsApp",
    ),
    ("es", Flag::Profanity, "eres un pendejo"),
    (
        "es",
        Flag::PersonalDetails,
        "Estudio en el colegio San José",
    ),
    ("es", Flag::Spam, "si si si si si si si"),
    ("ru", Flag::Disclosure, "Меня травят в школе"),
    ("ru", Flag::Profanity, "иди нахуй"),
    ("ru", Flag::PersonalDetails, "Меня зовут Иван Петров"),
    ("ru", Flag::Spam, "да да да да да да да"),
    ("ar", Flag::Disclosure, "أبي يضربني كل يوم"),
    ("ar", Flag::Profanity, "يلعن أبوك"),
    ("ar", Flag::PersonalDetails, "أدرس في مدرسة النور"),
    ("ar", Flag::Spam, "هههه هههه هههه هههه هههه هههه"),
    ("zh", Flag::Disclosure, "他说这是我们的秘密，不要告诉你爸妈"),
    ("zh", Flag::Profanity, "你个傻逼"),
    ("zh", Flag::PersonalDetails, "我在阳光小学读书"),
    ("zh", Flag::Spam, "哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈"),
];

#[tokio::test]
async fn each_flag_in_each_of_the_six_languages_is_stored_and_found_by_the_queue_filters() {
    let s = Setup::new().await;
    let mut expected = Vec::new();
    for (lang, flag, text) in SENTENCES {
        let id = s.answer(lang, text).await;
        expected.push((id, *lang, *flag));
    }
    let ordinary = s
        .answer("en", "Schools should teach us how to report bullying.")
        .await;
    for (id, lang, flag) in &expected {
        let found = s
            .queue(
                &s.facilitator,
                &format!("flag={}&language={lang}", flag.as_str()),
            )
            .await;
        assert!(
            ids(&found).contains(&i64::from(*id)),
            "{lang} {} not found: {found}",
            flag.as_str()
        );
        let item = s.item(&s.facilitator, *id).await;
        assert!(
            item["flags"]
                .as_array()
                .unwrap()
                .contains(&json!(flag.as_str())),
            "{item}"
        );
        assert_eq!(item["status"], "pending");
        assert!(
            item["reasons"].as_array().is_some_and(|r| !r.is_empty()),
            "reasons name a pattern or rule: {item}"
        );
    }
    let clean = s.item(&s.facilitator, ordinary).await;
    assert_eq!(clean["flags"], json!([]));
    for flag in Flag::ALL {
        let found = s
            .queue(&s.facilitator, &format!("flag={}", flag.as_str()))
            .await;
        assert!(!ids(&found).contains(&i64::from(ordinary)));
    }
}

#[tokio::test]
async fn filter_evasion_and_contact_details_are_handled_before_storing() {
    let s = Setup::new().await;
    let evasive = s.answer("en", "I w\u{200B}ant to d\u{0456}e").await;
    let spaced = s.answer("en", "k i l l   m y s e l f").await;
    let contact = s
        .answer("en", "write to sam.t@gmail.com or call 07700 900123")
        .await;
    for id in [evasive, spaced] {
        let item = s.item(&s.facilitator, id).await;
        assert!(
            item["flags"]
                .as_array()
                .unwrap()
                .contains(&json!("disclosure")),
            "{item}"
        );
        assert_eq!(item["safeguarding"], "awaiting_review");
    }
    let item = s.item(&s.facilitator, contact).await;
    let text = item["text"].as_str().unwrap();
    assert!(
        !text.contains("sam.t@") && !text.contains("900123"),
        "{text}"
    );
    assert!(
        text.contains("[email]") && text.contains("[phone]"),
        "{text}"
    );
}

// ------------------------------------------------------------------------- the queue

#[tokio::test]
async fn a_facilitator_approves_keeps_unpublished_and_hides_answers_one_by_one_on_the_page() {
    let s = Setup::new().await;
    let a = s
        .answer("en", "Apps should ask before sharing photos.")
        .await;
    let b = s.answer("fr", "Les parents devraient nous écouter.").await;
    let c = s.answer("es", "Necesitamos más ayuda en la escuela.").await;
    let (browser, csrf) = s.browser(&s.facilitator).await;
    let html = browser
        .get(s.page(""))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Apps should ask before sharing photos."),
        "{html}"
    );
    assert!(html.contains(r#"lang="fr""#));
    for (id, decision) in [(a, "approved"), (b, "unpublished"), (c, "hidden")] {
        let res = browser
            .post(s.page(""))
            .form(&[
                ("csrf", csrf.as_str()),
                ("status", "pending"),
                ("one", &format!("{id}:{decision}")),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            location.contains(&format!("done={decision}&changed=1")),
            "{location}"
        );
        let page = browser
            .get(s.app.url(&location))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains(r#"role="status""#),
            "a notice says what was done"
        );
        assert_eq!(s.status_of(id).await.as_deref(), Some(decision));
    }
    let pending = s.queue(&s.facilitator, "").await;
    assert_eq!(
        pending["total"], 0,
        "the default view shows pending answers"
    );
    let counts = &pending["counts"];
    assert_eq!(
        (
            counts["approved"].as_i64(),
            counts["unpublished"].as_i64(),
            counts["hidden"].as_i64()
        ),
        (Some(1), Some(1), Some(1))
    );
    // Approving counts it in the analysis; quoting it is a second decision.
    assert_eq!(quote::Entity::find().count(&s.app.db).await.unwrap(), 0);
    let res = s
        .decide(
            &s.facilitator,
            a,
            json!({"decision": "approved", "use_as_quote": true}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let quotes: Value = s
        .app
        .client
        .get(s.api("/quotes"))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        quotes,
        json!([{"question_key": "q_views", "language": "en", "age_band": "13-15",
                "text": "Apps should ask before sharing photos."}]),
        "approved quotes carry the question, language and age band only"
    );
    let audit = audit_rows(&s.app, "moderation_decision").await;
    assert_eq!(audit.len(), 4);
    assert_eq!(audit[3].details, "approved (quoted)");
    for row in &audit {
        assert_eq!(row.actor_account_id, Some(s.facilitator.id));
        assert!(row.target.starts_with("answer:"));
        assert!(
            !row.details.contains("photos") && !row.details.contains("parents"),
            "never the text: {}",
            row.details
        );
    }
    // Hiding an approved answer takes its quote back.
    let res = s
        .decide(&s.facilitator, a, json!({"decision": "hidden"}))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(quote::Entity::find().count(&s.app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn bulk_decisions_handle_a_flood_of_abuse_and_skip_flagged_approvals() {
    let s = Setup::new().await;
    let mut flood = Vec::new();
    for _ in 0..120 {
        flood.push(s.answer("en", "you're a bitch lol").await);
    }
    let good = s
        .answer("en", "We need more help for kids who feel lonely online.")
        .await;
    let also_good = s
        .answer("ru", "Школы должны учить, как сообщать о травле.")
        .await;
    let sworn = s
        .answer("en", "this is fucking stupid, schools must act")
        .await;

    // All matching: every copy of the flood, on every page, hidden at once.
    let result = s
        .bulk(
            &s.facilitator,
            json!({"decision": "hidden", "all_matching": {"duplicates": "true", "status": "pending"}}),
        )
        .await;
    assert_eq!(result["changed"].as_array().unwrap().len(), 120);
    for id in &flood {
        assert_eq!(s.status_of(*id).await.as_deref(), Some("hidden"));
    }
    assert_eq!(s.status_of(good).await.as_deref(), Some("pending"));

    // Selected on the page: flagged answers are not approved in bulk.
    let (browser, csrf) = s.browser(&s.facilitator).await;
    let res = browser
        .post(s.page(""))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "pending"),
            ("scope", "selected"),
            ("ids", &good.to_string()),
            ("ids", &also_good.to_string()),
            ("ids", &sworn.to_string()),
            ("action", "approved"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap();
    assert!(location.contains("changed=2&skipped=1"), "{location}");
    assert_eq!(s.status_of(good).await.as_deref(), Some("approved"));
    assert_eq!(s.status_of(also_good).await.as_deref(), Some("approved"));
    assert_eq!(s.status_of(sworn).await.as_deref(), Some("pending"));

    // One by one, a facilitator who has read it may approve it.
    let res = s
        .decide(&s.facilitator, sworn, json!({"decision": "approved"}))
        .await;
    assert_eq!(res.status(), 200);
    let bulk_audit = audit_rows(&s.app, "moderation_decision").await;
    assert!(
        bulk_audit
            .iter()
            .any(|r| r.details.starts_with("bulk hidden 120: ")),
        "{bulk_audit:?}"
    );

    // Neither ids nor a filter (or both): a clear 422.
    let res = s
        .app
        .client
        .post(s.api("/decisions"))
        .bearer_auth(&s.facilitator.token)
        .json(&json!({"decision": "hidden"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
}

#[tokio::test]
async fn filters_by_question_language_flag_and_text_work_together() {
    let s = Setup::new().await;
    let en = s.answer("en", "Passwords should be long.").await;
    let fr = s
        .answer("fr", "Les mots de passe doivent être longs.")
        .await;
    let word = store_answer(&s.app, s.c.id, "en", None, "q_word", "Passwords").await;
    let by_lang = s.queue(&s.facilitator, "language=fr").await;
    assert_eq!(ids(&by_lang), vec![i64::from(fr)]);
    let by_question = s.queue(&s.facilitator, "question=q_word").await;
    assert_eq!(ids(&by_question), vec![i64::from(word)]);
    let by_text = s.queue(&s.facilitator, "q=PASSWORDS").await;
    assert_eq!(ids(&by_text), vec![i64::from(en), i64::from(word)]);
    let wildcard = s.queue(&s.facilitator, "q=%25").await;
    assert_eq!(wildcard["total"], 0, "% is searched for literally");
    let html = s
        .app
        .logged_in(&s.facilitator)
        .await
        .get(s.page("?language=fr&status=all"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Les mots de passe"));
    assert!(!html.contains("Passwords should be long."));
    assert!(
        html.contains(r#"<option value="fr" lang="fr" dir="ltr" selected>"#),
        "the filter is kept"
    );
}

// ------------------------------------------------------------------------- safeguarding

#[tokio::test]
async fn the_lead_sees_disclosures_first_and_records_what_was_done_before_any_quote() {
    let s = Setup::new().await;
    let ordinary = s
        .answer("en", "Online games should have better reporting tools.")
        .await;
    let disclosure = s.answer("en", "I want to die").await;

    let lead_view = s.queue(&s.lead, "").await;
    assert_eq!(ids(&lead_view)[0], i64::from(disclosure), "{lead_view}");
    // Flagged answers come first for everyone.
    let facilitator_view = s.queue(&s.facilitator, "").await;
    assert_eq!(
        ids(&facilitator_view),
        [i64::from(disclosure), i64::from(ordinary)]
    );
    assert_eq!(lead_view["counts"]["safeguarding_open"], 1);

    // Not quotable before the lead's review, not even one by one.
    let res = s
        .decide(&s.facilitator, disclosure, json!({"decision": "approved"}))
        .await;
    assert_eq!(res.status(), 409);
    // Only the lead records; a facilitator who is not the lead may not.
    let (facilitator_browser, f_csrf) = s.browser(&s.facilitator).await;
    let res = facilitator_browser
        .post(s.page(&format!("/{disclosure}/safeguarding")))
        .form(&[
            ("csrf", f_csrf.as_str()),
            ("status", "referred"),
            ("note", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);

    let (browser, csrf) = s.browser(&s.lead).await;
    let page = browser
        .get(s.page(&format!("/{disclosure}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("I want to die"));
    assert!(
        page.contains(r#"name="status" value="referred""#),
        "the lead's form"
    );
    // A missing status is re-rendered with 422, the typed note kept.
    let res = browser
        .post(s.page(&format!("/{disclosure}/safeguarding")))
        .form(&[("csrf", csrf.as_str()), ("note", "Called the school's DSL")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Called the school&#x27;s DSL")
            || html.contains("Called the school&#39;s DSL"),
        "{html}"
    );
    assert!(html.contains(r##"href="#sg-status-0""##));

    let res = browser
        .post(s.page(&format!("/{disclosure}/safeguarding")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "referred"),
            (
                "note",
                "Referred to the organisation's safeguarding officer",
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let item = s.item(&s.lead, disclosure).await;
    assert_eq!(item["safeguarding"], "referred");
    let actions = item["safeguarding_actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0]["status"], "referred");
    assert!(
        s.item(&s.facilitator, disclosure)
            .await
            .get("safeguarding_actions")
            .is_none(),
        "notes are for the lead only"
    );
    let audit = audit_rows(&s.app, "safeguarding_action").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(
        audit[0].details, "status=referred",
        "the status, never the note"
    );
    assert_eq!(audit[0].actor_account_id, Some(s.lead.id));

    // Now it may be approved, one by one only, and with a redaction.
    let res = s
        .decide(
            &s.facilitator,
            disclosure,
            json!({"decision": "approved", "quote": "I want to [...]"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    // The API records too, and refuses an empty note.
    let res = s
        .app
        .client
        .post(s.api(&format!("/{disclosure}/safeguarding")))
        .bearer_auth(&s.lead.token)
        .json(&json!({"status": "no_further_action", "note": "  "}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let res = s
        .app
        .client
        .post(s.api(&format!("/{ordinary}/safeguarding")))
        .bearer_auth(&s.lead.token)
        .json(&json!({"status": "no_further_action", "note": "nothing"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        409,
        "an answer that is not a safeguarding matter"
    );
}

#[tokio::test]
async fn a_facilitator_refers_a_missed_disclosure_to_the_lead_and_it_leaves_the_quotes() {
    let s = Setup::new().await;
    let id = s
        .answer("en", "Home is not a nice place for me right now.")
        .await;
    assert_eq!(
        s.item(&s.facilitator, id).await["safeguarding"],
        Value::Null
    );
    let res = s
        .decide(
            &s.facilitator,
            id,
            json!({"decision": "approved", "use_as_quote": true}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = s
        .app
        .client
        .post(s.api(&format!("/{id}/refer")))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let item: Value = res.json().await.unwrap();
    assert_eq!(item["safeguarding"], "awaiting_review");
    assert_eq!(
        item["status"], "pending",
        "taken back until the lead has looked"
    );
    assert!(
        item["flags"]
            .as_array()
            .unwrap()
            .contains(&json!("disclosure"))
    );
    assert_eq!(quote::Entity::find().count(&s.app.db).await.unwrap(), 0);
    assert_eq!(audit_rows(&s.app, "safeguarding_referral").await.len(), 1);
    let alerts = audit_rows(&s.app, "safeguarding_alert").await;
    assert_eq!(alerts.len(), 1, "the lead is alerted");
    assert!(
        alerts[0].details.contains("recipients=1 sent=1"),
        "{}",
        alerts[0].details
    );
    let mail = s.app.mail.wait_for(&s.lead.email, 1).await;
    assert!(!mail.raw.contains("scared every night"), "never the text");
    assert!(s.app.mail.to(&s.facilitator.email).is_empty());
}

#[tokio::test]
async fn without_a_lead_the_queue_says_so_and_administrators_are_alerted() {
    let app = spawn_app().await;
    let admin = app.create_user(None, true).await;
    let group = app.create_group("Youth Panel").await;
    let facilitator = app
        .create_user(Some((group.id, Role::Facilitator)), false)
        .await;
    let c = create_consultation(&app, group.id, "open", None, json!({})).await;
    let id = store_answer(&app, c.id, "en", None, "q_views", "q").await;
    let html = app
        .logged_in(&facilitator)
        .await
        .get(app.url(&format!("/manage/c/{}/moderation", c.slug)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("This group has no safeguarding lead"),
        "{html}"
    );
    let res = app
        .client
        .post(app.url(&format!(
            "/api/v1/consultations/{}/moderation/{id}/refer",
            c.slug
        )))
        .bearer_auth(&admin.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let alerts = audit_rows(&app, "safeguarding_alert").await;
    assert_eq!(alerts.len(), 1);
    assert!(
        alerts[0].details.contains("no_lead=true"),
        "{}",
        alerts[0].details
    );
    let mail = app.mail.wait_for(&admin.email, 1).await;
    assert!(
        mail.part("text/plain")
            .unwrap()
            .contains("“Youth Panel” has no safeguarding lead"),
        "{}",
        mail.raw
    );
    // Without a lead the group's facilitators are told too (they act until one is named).
    app.mail.wait_for(&facilitator.email, 1).await;
}

#[tokio::test]
async fn alerts_about_one_consultation_are_held_back_for_a_while_and_sent_once() {
    let s = Setup::new().await;
    let state_db = &s.app.db;
    s.answer("en", "I want to die").await;
    assert_eq!(
        moderation::safeguarding::claim_alert(state_db, s.c.id)
            .await
            .unwrap(),
        Some(1)
    );
    // Nothing new: nothing to send.
    assert_eq!(
        moderation::safeguarding::claim_alert(state_db, s.c.id)
            .await
            .unwrap(),
        None
    );
    // New, but an alert went out a moment ago: held back for the background task.
    s.answer("fr", "je veux mourir").await;
    assert_eq!(
        moderation::safeguarding::claim_alert(state_db, s.c.id)
            .await
            .unwrap(),
        None
    );
}

// ------------------------------------------------------------------------- quotes

#[tokio::test]
async fn an_edited_quote_is_stored_and_invalid_edits_are_shown_again_with_the_typed_text() {
    let s = Setup::new().await;
    let original = "I am Sam from Riverside Academy and I think apps should ask first.";
    let id = s.answer("en", original).await;
    let (browser, csrf) = s.browser(&s.facilitator).await;
    let long = "x".repeat(original.len() + 200);
    let res = browser
        .post(s.page(&format!("/{id}/approve")))
        .form(&[("csrf", csrf.as_str()), ("quote", long.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(&long), "the typed text is kept");
    assert!(
        html.contains(r##"href="#quote""##),
        "the error links to the field"
    );

    let res = browser
        .post(s.page(&format!("/{id}/approve")))
        .form(&[
            ("csrf", csrf.as_str()),
            (
                "quote",
                "I am [name] from [school] and I think apps should ask first.",
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let q = quote::Entity::find().one(&s.app.db).await.unwrap().unwrap();
    assert_eq!(
        q.text,
        "I am [name] from [school] and I think apps should ask first."
    );
    assert_eq!(q.age_band.as_deref(), Some("13-15"));
    let stored = answer::Entity::find_by_id(id)
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.text_value.as_deref(),
        Some(original),
        "the original stays until purged"
    );
    let audit = audit_rows(&s.app, "moderation_decision").await;
    assert_eq!(audit[0].details, "approved (quote edited)");
}

// ------------------------------------------------------------------------- retention

/// A kept quote: question, language, age band, text, the answer it came from.
type QuoteRow = (String, String, Option<String>, String, Option<i32>);

async fn count_rows(app: &TestApp, consultation_id: i32) -> (u64, u64, u64) {
    (
        response::Entity::find()
            .filter(response::Column::ConsultationId.eq(consultation_id))
            .count(&app.db)
            .await
            .unwrap(),
        answer::Entity::find()
            .filter(answer::Column::ConsultationId.eq(consultation_id))
            .count(&app.db)
            .await
            .unwrap(),
        quote::Entity::find()
            .filter(quote::Column::ConsultationId.eq(consultation_id))
            .count(&app.db)
            .await
            .unwrap(),
    )
}

#[tokio::test]
async fn raw_answers_are_deleted_after_retention_keeping_approved_quotes() {
    let s = Setup::with(
        spawn_app().await,
        "closed",
        Some(100),
        json!({"retention_days": 90}),
    )
    .await;
    let approved = s
        .answer("en", "Apps should ask before sharing photos.")
        .await;
    let edited = s
        .answer("fr", "Je m'appelle Léa et les parents devraient écouter.")
        .await;
    let hidden = s
        .answer("en", "buy now buy now buy now buy now buy now")
        .await;
    let disclosure = s.answer("es", "quiero morir").await;
    s.answer("ru", "pending and never decided").await;
    assert_eq!(
        s.decide(
            &s.facilitator,
            approved,
            json!({"decision": "approved", "use_as_quote": true})
        )
        .await
        .status(),
        200
    );
    assert_eq!(
        s.decide(&s.facilitator, edited, json!({"decision": "approved", "quote": "Je m'appelle [prénom] et les parents devraient écouter."}))
            .await
            .status(),
        200
    );
    assert_eq!(
        s.decide(&s.facilitator, hidden, json!({"decision": "hidden"}))
            .await
            .status(),
        200
    );
    let action = s
        .app
        .client
        .post(s.api(&format!("/{disclosure}/safeguarding")))
        .bearer_auth(&s.lead.token)
        .json(&json!({"status": "no_further_action", "note": "Help page shown; nothing identifying."}))
        .send()
        .await
        .unwrap();
    assert_eq!(action.status(), 201);

    // Another consultation still within its retention, and one reopened: untouched.
    let recent = create_consultation(&s.app, s.group_id, "closed", Some(10), json!({})).await;
    store_answer(&s.app, recent.id, "en", None, "q_views", "recent").await;
    let reopened = create_consultation(&s.app, s.group_id, "open", None, json!({})).await;
    store_answer(&s.app, reopened.id, "en", None, "q_views", "reopened").await;

    let before = count_rows(&s.app, s.c.id).await;
    assert_eq!(before, (5, 10, 2));
    let dry = moderation::retention::purge(&s.app.db, Utc::now(), true)
        .await
        .unwrap();
    assert_eq!(dry.consultations.len(), 1);
    assert_eq!(dry.consultations[0].responses, 5);
    assert_eq!(dry.consultations[0].answers, 10);
    assert_eq!(dry.consultations[0].quotes_kept, 2);
    assert_eq!(
        count_rows(&s.app, s.c.id).await,
        before,
        "a dry run deletes nothing"
    );

    let report = moderation::retention::purge(&s.app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(report.consultations.len(), 1);
    assert_eq!(report.consultations[0].slug, s.c.slug);
    assert_eq!(
        count_rows(&s.app, s.c.id).await,
        (0, 0, 2),
        "rows gone, quotes kept"
    );
    let quotes: Vec<QuoteRow> = quote::Entity::find()
        .filter(quote::Column::ConsultationId.eq(s.c.id))
        .order_by_asc(quote::Column::Id)
        .all(&s.app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|q| (q.question_key, q.language, q.age_band, q.text, q.answer_id))
        .collect();
    assert_eq!(
        quotes,
        vec![
            (
                "q_views".into(),
                "en".into(),
                Some("13-15".into()),
                "Apps should ask before sharing photos.".into(),
                None
            ),
            (
                "q_views".into(),
                "fr".into(),
                Some("13-15".into()),
                "Je m'appelle [prénom] et les parents devraient écouter.".into(),
                None
            ),
        ]
    );
    // The lead's record stays, detached from the deleted answer.
    let record = safeguarding_action::Entity::find()
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.answer_id, None);
    assert_eq!(record.status, "no_further_action");
    assert_eq!(count_rows(&s.app, recent.id).await.1, 2);
    assert_eq!(count_rows(&s.app, reopened.id).await.1, 2);
    // The consultation itself stays; the purge is in the audit log without any text.
    assert!(
        consultation::Entity::find_by_id(s.c.id)
            .one(&s.app.db)
            .await
            .unwrap()
            .is_some()
    );
    let audit = audit_rows(&s.app, "retention_purge").await;
    assert_eq!(audit.len(), 1);
    assert_eq!(
        audit[0].details,
        "responses=5 answers=10 quotes_kept=2 safeguarding_kept=0"
    );

    // Idempotent: a second run (another instance, the next day) finds nothing.
    let again = moderation::retention::purge(&s.app.db, Utc::now(), false)
        .await
        .unwrap();
    assert!(again.consultations.is_empty());
    assert_eq!(audit_rows(&s.app, "retention_purge").await.len(), 1);
    // The queue is empty and quotes are still served.
    assert_eq!(s.queue(&s.facilitator, "status=all").await["total"], 0);
}

/// Puts the consultation in `status`, closed `closed_days_ago` days ago (or not closed).
async fn move_to(s: &Setup, status: &str, closed_days_ago: Option<i64>) {
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Status, Expr::value(status))
        .col_expr(
            consultation::Column::ClosedAt,
            Expr::value(closed_days_ago.map(|d| Utc::now() - Duration::days(d))),
        )
        .filter(consultation::Column::Id.eq(s.c.id))
        .exec(&s.app.db)
        .await
        .unwrap();
}

/// The bytes of the SQLite database and its write-ahead log.
fn sqlite_files(app: &TestApp) -> Vec<u8> {
    let db = app.data_dir.join("consulta.db");
    let mut bytes = std::fs::read(&db).expect("the SQLite file");
    bytes.extend(std::fs::read(app.data_dir.join("consulta.db-wal")).unwrap_or_default());
    bytes
}

fn holds(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[tokio::test]
async fn purged_text_cannot_be_read_back_from_the_sqlite_files() {
    let s = Setup::with(
        spawn_app().await,
        "closed",
        Some(100),
        json!({"retention_days": 90}),
    )
    .await;
    // PostgreSQL keeps deleted rows in its pages until VACUUM (see the privacy report).
    if !present(Prerequisite::Sqlite, !s.app.is_postgres()) {
        return;
    }
    let purged = "Purple zebras whisper under umbrellas at midnight";
    // Long enough to need overflow pages of its own.
    let long = "Seventeen quiet lanterns drift across the harbour. ".repeat(120);
    let kept = "Libraries should teach how to spot fake accounts.";
    s.answer("en", purged).await;
    s.answer("en", &long).await;
    let quoted = s.answer("en", kept).await;
    assert_eq!(
        s.decide(
            &s.facilitator,
            quoted,
            json!({"decision": "approved", "use_as_quote": true})
        )
        .await
        .status(),
        200
    );
    let before = sqlite_files(&s.app);
    assert!(holds(&before, purged), "stored, so readable in the files");
    assert!(holds(&before, "Seventeen quiet lanterns"));

    let report = moderation::retention::purge(&s.app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(report.responses(), 3);
    let after = sqlite_files(&s.app);
    assert!(
        !holds(&after, purged),
        "the purged sentence is gone from the files"
    );
    assert!(
        !holds(&after, "Seventeen quiet lanterns"),
        "and so is the long one"
    );
    assert!(holds(&after, kept), "the approved quote stays");
    let wal = std::fs::metadata(s.app.data_dir.join("consulta.db-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "the write-ahead log was emptied");
}

#[tokio::test]
async fn the_counters_of_a_purged_consultation_are_never_rebuilt_from_what_is_left() {
    use consulta::aggregation::{RebuildError, counters};

    let s = Setup::new().await;
    for (choice, views) in [
        ("yes", "More lessons"),
        ("no", "Fewer ads"),
        ("yes", "Kind apps"),
    ] {
        assert_eq!(submit_api(&s, "en", choice, views).await, 201);
    }
    let kept = counters::snapshot(&s.app.db, s.c.id).await.unwrap();
    counters::rebuild(&s.app.db, s.c.id).await.unwrap();
    assert_eq!(
        counters::snapshot(&s.app.db, s.c.id).await.unwrap(),
        kept,
        "before the purge a rebuild finds the same counts"
    );

    move_to(&s, "closed", Some(100)).await;
    let report = moderation::retention::purge(&s.app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(report.responses(), 3);
    assert_eq!(count_rows(&s.app, s.c.id).await.0, 0, "raw answers gone");

    let refused = counters::rebuild(&s.app.db, s.c.id).await.unwrap_err();
    assert!(
        matches!(refused, RebuildError::Purged { consultation_id, .. } if consultation_id == s.c.id),
        "{refused:?}"
    );
    assert!(
        refused
            .to_string()
            .contains("deleted after its retention period"),
        "{refused}"
    );
    assert_eq!(
        counters::snapshot(&s.app.db, s.c.id).await.unwrap(),
        kept,
        "the counts stay as they were"
    );
    assert_eq!(summary(&s).await["responses"], 3);

    // Reopened and answered again, it still keeps the purged answers' counts.
    move_to(&s, "open", None).await;
    assert_eq!(submit_api(&s, "en", "no", "Later answer").await, 201);
    assert!(counters::rebuild(&s.app.db, s.c.id).await.is_err());
    assert_eq!(summary(&s).await["responses"], 4);

    // Any other consultation is rebuilt as before.
    let other = create_consultation(&s.app, s.group_id, "open", None, json!({})).await;
    store_answer(&s.app, other.id, "en", None, "q_views", "fine").await;
    counters::rebuild(&s.app.db, other.id).await.unwrap();
}

#[tokio::test]
async fn two_purges_at_once_delete_everything_exactly_once() {
    let s = Setup::with(
        spawn_app().await,
        "published",
        Some(400),
        json!({"retention_days": 365}),
    )
    .await;
    for i in 0..30 {
        s.answer("en", &format!("answer number {i}")).await;
    }
    let (a, b) = tokio::join!(
        moderation::retention::purge(&s.app.db, Utc::now(), false),
        moderation::retention::purge(&s.app.db, Utc::now(), false)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.responses() + b.responses(), 30, "{a:?} {b:?}");
    assert_eq!(count_rows(&s.app, s.c.id).await, (0, 0, 0));
}

#[tokio::test]
async fn consulta_purge_dry_run_shows_what_would_go_and_purge_deletes_it() {
    let s = Setup::with(spawn_app().await, "closed", Some(91), json!({})).await;
    s.answer("en", "old answer").await;
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_consulta"))
            .args(args)
            .env("CONSULTA_DATABASE_URL", &s.app.database_url)
            .env("CONSULTA_DATA_DIR", &s.app.data_dir)
            .env("CONSULTA_LOG_LEVEL", "error")
            .output()
            .unwrap()
    };
    let dry = run(&["purge", "--dry-run"]);
    assert!(dry.status.success(), "{dry:?}");
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        out.contains(&s.c.slug) && out.contains("would delete 1 responses and 2 answers"),
        "{out}"
    );
    assert_eq!(count_rows(&s.app, s.c.id).await.1, 2);
    let real = run(&["purge"]);
    assert!(real.status.success(), "{real:?}");
    assert!(String::from_utf8_lossy(&real.stdout).contains("deleted 1 responses and 2 answers"));
    assert_eq!(count_rows(&s.app, s.c.id).await, (0, 0, 0));
    let nothing = run(&["purge"]);
    assert!(String::from_utf8_lossy(&nothing.stdout).contains("Nothing to delete"));

    let report = run(&["privacy-report"]);
    assert!(report.status.success(), "{report:?}");
    let text = String::from_utf8_lossy(&report.stdout);
    for needle in [
        "# Consulta: record of processing",
        "### response",
        "### quote",
        "### safeguarding_action",
        "frontend/moderation/en/disclosure.txt",
        "frontend/moderation/zh/profanity.txt",
        &s.c.slug,
    ] {
        assert!(
            text.contains(needle),
            "{needle} missing from the report:\n{text}"
        );
    }
    assert!(
        text.contains("## Tables not described above\nNone."),
        "every table is described:\n{text}"
    );
}

// ------------------------------------------------------------------------- privacy notice

#[tokio::test]
async fn the_privacy_notice_follows_the_settings_in_every_enabled_language() {
    let s = Setup::with(
        spawn_app().await,
        "open",
        None,
        json!({"retention_days": 120, "ask_country": false, "threshold": 12}),
    )
    .await;
    for (lang, needle) in [
        ("en", "120 days after the survey closes"),
        ("fr", "120 jours après la fin"),
        ("es", "120 días después"),
        ("ru", "120 дней после"),
        // Arabic isolates inserted values (U+2068 … U+2069). intl_pluralrules 7.0.2 puts 120
        // in "other" (it tests 11..=99 on the whole number, not modulo 100).
        ("ar", "\u{2068}120\u{2069} يوم"),
        ("zh", "120 天后"),
    ] {
        let (status, html) = s
            .app
            .get_html(&format!("/c/{}/privacy?lang={lang}", s.slug()))
            .await;
        assert_eq!(status, 200, "{lang}");
        assert!(html.contains(&format!(r#"<html lang="{lang}""#)), "{lang}");
        assert!(html.contains(needle), "{lang}: {needle}\n{html}");
        assert!(html.contains("12"), "{lang}: the threshold");
        assert!(html.contains("/withdraw?lang="), "{lang}: how to withdraw");
        assert_eq!(html.matches("<h1").count(), 1);
    }
    let (_, html) = s
        .app
        .get_html(&format!("/c/{}/privacy?lang=en", s.slug()))
        .await;
    assert!(!html.contains("Your country"), "country is not asked here");
    assert!(html.contains("Your gender"));
    assert!(html.contains("Working Group on Child Online Protection"));

    let draft = create_consultation(&s.app, s.group_id, "draft", None, json!({})).await;
    let res = s.app.get(&format!("/c/{}/privacy", draft.slug)).await;
    assert_eq!(res.status(), 404, "drafts stay unknown to the public");
    let res = s
        .app
        .logged_in(&s.facilitator)
        .await
        .get(s.app.url(&format!("/c/{}/privacy", draft.slug)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "facilitators preview it");

    let closed = create_consultation(&s.app, s.group_id, "closed", Some(100), json!({})).await;
    let (_, html) = s
        .app
        .get_html(&format!("/c/{}/privacy?lang=en", closed.slug))
        .await;
    assert!(html.contains("The answers were deleted on"), "{html}");
}

// ------------------------------------------------------------------------- XSS

const XSS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "'><iframe src=javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "</textarea><script>alert(1)</script>",
    "<body onload=alert(1)>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
];

#[tokio::test]
async fn xss_payloads_in_answers_are_escaped_on_every_page_that_shows_them() {
    let s = Setup::new().await;
    let mut ids = Vec::new();
    for payload in XSS {
        ids.push(s.answer("en", &format!("I think {payload} is bad")).await);
    }
    let (browser, csrf) = s.browser(&s.lead).await;
    let mut pages = vec![s.page("?status=all")];
    for id in &ids {
        pages.push(s.page(&format!("/{id}")));
    }
    for url in &pages {
        let html = browser.get(url).send().await.unwrap().text().await.unwrap();
        for payload in XSS.iter().filter(|p| p.contains('<')) {
            assert!(!html.contains(payload), "{payload} unescaped on {url}");
        }
        assert!(!html.contains("<script>alert"), "{url}");
        assert!(html.contains("&#60;"), "{url} shows the text escaped");
    }
    // Approved with an edit that carries a payload, shown as the quote.
    let res = browser
        .post(s.page(&format!("/{}/approve", ids[0])))
        .form(&[
            ("csrf", csrf.as_str()),
            ("quote", "<script>alert(2)</script> edited"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let html = browser
        .get(s.page("?status=approved"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<script>alert(2)"));
    assert!(html.contains("&#60;script&#62;alert(2)"));
    // A refused edit re-renders the payload inside the textarea, escaped.
    let res = browser
        .post(s.page(&format!("/{}/approve", ids[5])))
        .form(&[
            ("csrf", csrf.as_str()),
            (
                "quote",
                &format!("</textarea><script>alert(3)</script>{}", "x".repeat(300)),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(!html.contains("</textarea><script>alert(3)"));
    // The lead's note is shown escaped too.
    let disclosure = s
        .answer("en", "I want to die <script>alert(4)</script>")
        .await;
    browser
        .post(s.page(&format!("/{disclosure}/safeguarding")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("status", "in_progress"),
            ("note", "<img src=x onerror=alert(5)>"),
        ])
        .send()
        .await
        .unwrap();
    let html = browser
        .get(s.page(&format!("/{disclosure}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("<img src=x onerror=alert(5)>"));
    assert!(!html.contains("<script>alert(4)"));
    // E-mails: the lead's alert never holds an answer, and a title with markup is escaped.
    let mut definition: Value = serde_json::from_str(&s.c.definition).unwrap();
    definition["texts"]["title"]["en"] = json!("<script>alert(6)</script> consultation");
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::Definition,
            Expr::value(definition.to_string()),
        )
        .filter(consultation::Column::Id.eq(s.c.id))
        .exec(&s.app.db)
        .await
        .unwrap();
    let res = s
        .app
        .client
        .post(s.api(&format!("/{}/refer", ids[1])))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let mail = s.app.mail.wait_for(&s.lead.email, 1).await;
    let html = mail.part("text/html").unwrap();
    assert!(!html.contains("<script>alert(6)"), "{html}");
    assert!(html.contains("&#60;script&#62;alert(6)"), "{html}");
    for payload in XSS {
        assert!(
            !mail.raw.contains(payload),
            "an answer in the e-mail: {payload}"
        );
    }
    // The JSON API answers JSON (never sniffed as HTML).
    let res = s
        .app
        .client
        .get(s.api("/quotes"))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn an_enormous_answer_is_bounded_and_shown_cut_in_the_queue() {
    let s = Setup::new().await;
    let huge = "Young people need safe spaces online and adults who listen to them. ".repeat(2000);
    let id = s.answer("en", &huge).await;
    let stored = answer::Entity::find_by_id(id)
        .one(&s.app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.text_value.unwrap().chars().count(),
        moderation::assess::MAX_ASSESSED_CHARS
    );
    let html = s
        .app
        .logged_in(&s.facilitator)
        .await
        .get(s.page(""))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.len() < 60_000,
        "the queue page stays small: {}",
        html.len()
    );
    assert!(html.contains("…"));
}

// ------------------------------------------------------------------------- who may do what

#[tokio::test]
async fn wrong_roles_are_refused_on_every_moderation_route() {
    let s = Setup::new().await;
    let disclosure = s.answer("en", "I want to die").await;
    let other_group = s.app.create_group("Another group").await;
    let stranger = s
        .app
        .create_user(Some((other_group.id, Role::Facilitator)), false)
        .await;
    let admin = s.app.create_user(None, true).await;

    let api_reads = [
        s.api(""),
        s.api(&format!("/{disclosure}")),
        s.api("/quotes"),
    ];
    let client = &s.app.client;
    for url in &api_reads {
        assert_eq!(client.get(url).send().await.unwrap().status(), 401, "{url}");
        assert_eq!(
            client
                .get(url)
                .bearer_auth("cst_wrong")
                .send()
                .await
                .unwrap()
                .status(),
            401,
            "{url}"
        );
        for (who, user, expected) in [
            ("member", &s.member, 403),
            ("stranger", &stranger, 403),
            ("facilitator", &s.facilitator, 200),
            ("lead", &s.lead, 200),
            ("admin", &admin, 200),
        ] {
            let status = client
                .get(url)
                .bearer_auth(&user.token)
                .send()
                .await
                .unwrap()
                .status();
            assert_eq!(status, expected, "{who} GET {url}");
        }
    }
    let writes: [(&str, String, Value); 4] = [
        (
            "PUT",
            s.api(&format!("/{disclosure}")),
            json!({"decision": "hidden"}),
        ),
        (
            "POST",
            s.api("/decisions"),
            json!({"decision": "unpublished", "ids": [disclosure]}),
        ),
        ("POST", s.api(&format!("/{disclosure}/refer")), json!({})),
        (
            "POST",
            s.api(&format!("/{disclosure}/safeguarding")),
            json!({"status": "in_progress", "note": "n"}),
        ),
    ];
    for (method, url, body) in &writes {
        let send = |user: Option<&TestUser>| {
            let mut req = if *method == "PUT" {
                client.put(url)
            } else {
                client.post(url)
            };
            if let Some(u) = user {
                req = req.bearer_auth(&u.token);
            }
            req.json(body).send()
        };
        assert_eq!(send(None).await.unwrap().status(), 401, "{method} {url}");
        assert_eq!(
            send(Some(&s.member)).await.unwrap().status(),
            403,
            "member {method} {url}"
        );
        assert_eq!(
            send(Some(&stranger)).await.unwrap().status(),
            403,
            "stranger {method} {url}"
        );
    }
    // Safeguarding records: the group's lead only (not an administrator, not a facilitator).
    let url = s.api(&format!("/{disclosure}/safeguarding"));
    for (user, expected) in [(&s.facilitator, 403), (&admin, 403), (&s.lead, 201)] {
        let status = client
            .post(&url)
            .bearer_auth(&user.token)
            .json(&json!({"status": "in_progress", "note": "Looking into it"}))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, expected);
    }

    // Pages: the public is sent to sign in; other roles get 403.
    let pages = [s.page(""), s.page(&format!("/{disclosure}"))];
    for url in &pages {
        let res = crate::helpers::client().get(url).send().await.unwrap();
        assert_eq!(res.status(), 303, "{url}");
        assert!(
            res.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/login?next=")
        );
        for (user, expected) in [
            (&s.member, 403),
            (&stranger, 403),
            (&s.facilitator, 200),
            (&admin, 200),
        ] {
            let status = s
                .app
                .logged_in(user)
                .await
                .get(url)
                .send()
                .await
                .unwrap()
                .status();
            assert_eq!(status, expected, "{url}");
        }
    }
    let (member_browser, member_csrf) = {
        let c = s.app.logged_in(&s.member).await;
        let csrf = s.app.csrf(&c).await;
        (c, csrf)
    };
    for url in [
        s.page(""),
        s.page(&format!("/{disclosure}/approve")),
        s.page(&format!("/{disclosure}/refer")),
        s.page(&format!("/{disclosure}/safeguarding")),
    ] {
        let res = member_browser
            .post(&url)
            .form(&[
                ("csrf", member_csrf.as_str()),
                ("one", &format!("{disclosure}:hidden")),
                ("quote", "q"),
                ("status", "in_progress"),
                ("note", "n"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "member POST {url}");
    }
    // A forged CSRF token is refused for a facilitator too.
    let (browser, _) = s.browser(&s.facilitator).await;
    let res = browser
        .post(s.page(""))
        .form(&[("csrf", "forged"), ("one", &format!("{disclosure}:hidden"))])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(s.status_of(disclosure).await.as_deref(), Some("pending"));
    // Unknown consultations and answers are 404.
    let res = client
        .get(s.app.url("/api/v1/consultations/nope/moderation"))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = client
        .get(s.api("/999999"))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_moderation_api_is_in_the_openapi_document() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/api/v1/consultations/{slug}/moderation",
        "/api/v1/consultations/{slug}/moderation/{id}",
        "/api/v1/consultations/{slug}/moderation/decisions",
        "/api/v1/consultations/{slug}/moderation/{id}/safeguarding",
        "/api/v1/consultations/{slug}/moderation/{id}/refer",
        "/api/v1/consultations/{slug}/moderation/quotes",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
}

// ------------------------------------------------------------------------- the thank-you page

/// The fixture consultation of the respondent tests (helplines for FR and a default one), and
/// a safeguarding lead in its group.
/// The audit rows of `action` once there are `n` (written by a background task); 10 s at most.
async fn wait_for_audit(app: &TestApp, action: &str, n: usize) -> Vec<audit_log::Model> {
    for _ in 0..200 {
        let rows = audit_rows(app, action).await;
        if rows.len() >= n {
            return rows;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no {n} audit rows {action} within 10 s");
}

async fn journey_setup(app: &TestApp) -> (crate::fixtures::Fixture, TestUser) {
    let fx = app.open_consultation().await;
    let group_id = fx.group_id;
    let lead = app
        .create_user(Some((group_id, Role::Facilitator)), false)
        .await;
    make_lead(app, lead.id, group_id).await;
    (fx, lead)
}

async fn walk_with_text<'a>(
    app: &'a TestApp,
    slug: &str,
    lang: &str,
    country: &str,
    text: &str,
) -> Walk<'a> {
    let mut walk = Walk::start(app, slug, lang).await;
    walk.next(&[("age_band", "13-15")]).await;
    walk.next(&[("country", country)]).await;
    walk.next(&[("a:uses", "yes")]).await;
    walk.next(&[("a:ideas", text)]).await;
    assert_eq!(walk.submit().await, 200, "{}", walk.html);
    walk
}

#[tokio::test]
async fn a_young_person_who_discloses_harm_sees_their_country_s_helpline_in_their_language() {
    let app = spawn_app().await;
    let (fx, lead) = journey_setup(&app).await;
    let walk = walk_with_text(&app, &fx.slug, "fr", "FR", "Mon beau-père me tape").await;
    let html = &walk.html;
    assert!(
        html.contains("Tu n’as pas à affronter ça sans aide"),
        "{html}"
    );
    assert!(
        html.contains(r#"href="tel:3018""#),
        "the helpline of France, inline"
    );
    assert!(html.contains("https://e-enfance.org/"));
    assert!(
        html.contains("Child Helpline International"),
        "then the default one"
    );
    assert!(
        html.contains(&format!("/c/{}/help?lang=fr&#38;country=FR", fx.slug)),
        "more help: the consultation's help page"
    );
    assert!(
        html.contains(&format!("/c/{}/privacy?lang=fr", fx.slug)),
        "every respondent page links to the privacy notice"
    );

    // The lead is e-mailed (through the SMTP sink): no text, nothing identifying.
    let mail = app.mail.wait_for(&lead.email, 1).await;
    assert_eq!(mail.subject(), "Safeguarding: an answer awaits your review");
    let text = mail.part("text/plain").unwrap();
    let html_mail = mail.part("text/html").unwrap();
    for body in [&text, &html_mail] {
        assert!(
            body.contains(&format!("/manage/c/{}/moderation?flag=disclosure", fx.slug)),
            "{body}"
        );
        for leaked in ["beau-p", "tape", "13-15", "France"] {
            assert!(!body.contains(leaked), "{leaked} in {body}");
        }
    }
    let alerts = wait_for_audit(&app, "safeguarding_alert", 1).await;
    assert!(
        alerts[0].details.contains("recipients=1 sent=1"),
        "{}",
        alerts[0].details
    );

    // In Arabic, right to left; from a country without its own helpline, the default one.
    let walk = walk_with_text(&app, &fx.slug, "ar", "EG", "أبي يضربني كل يوم").await;
    assert!(
        walk.html.contains("لا داعي لمواجهة هذا دون مساعدة"),
        "{}",
        walk.html
    );
    assert!(walk.html.contains(r#"lang="ar" dir="rtl""#));
    assert!(walk.html.contains("Child Helpline International"));
    assert!(!walk.html.contains("tel:3018"));
    let open = moderation::repo::safeguarding_open_count(&app.db, fx.id)
        .await
        .unwrap();
    assert_eq!(open, 2, "both wait for the lead in the queue");

    // An ordinary answer shows no notice.
    let walk = walk_with_text(&app, &fx.slug, "en", "FR", "More games about safety").await;
    assert!(!walk.html.contains("safeguarding-notice"));
}

#[tokio::test]
async fn a_consultation_is_published_only_once_every_text_is_moderated_and_no_concern_is_open() {
    let s = Setup::with(spawn_app().await, "closed", Some(1), json!({})).await;
    let ordinary = s.answer("en", "Adults should listen to us.").await;
    let disclosure = s.answer("en", "I want to die").await;
    let publish = || {
        s.app
            .client
            .post(
                s.app
                    .url(&format!("/api/v1/consultations/{}/transitions", s.slug())),
            )
            .bearer_auth(&s.facilitator.token)
            .json(&json!({"to": "published"}))
            .send()
    };
    let res = publish().await.unwrap();
    assert_eq!(res.status(), 422);
    let problem: Value = res.json().await.unwrap();
    assert!(
        problem
            .to_string()
            .contains("2 free-text answers are still waiting"),
        "{problem}"
    );
    // A possible disclosure may be kept unpublished before the lead's review (never quoted)...
    let result = s
        .bulk(
            &s.facilitator,
            json!({"decision": "unpublished", "ids": [ordinary, disclosure]}),
        )
        .await;
    assert_eq!(result["changed"].as_array().unwrap().len(), 2);
    // ...but nothing is published while the concern is open, on either route, even when
    // asked to skip moderation, nor while the lead's work is in progress.
    let open = "One possible disclosure of harm is still open";
    let res = publish().await.unwrap();
    assert_eq!(res.status(), 422);
    let problem = res.text().await.unwrap();
    assert!(problem.contains(open), "{problem}");
    let publish_skipping = || {
        s.app
            .client
            .post(
                s.app
                    .url(&format!("/api/v1/consultations/{}/publish", s.slug())),
            )
            .bearer_auth(&s.facilitator.token)
            .json(&json!({"skip_moderation": true}))
            .send()
    };
    let res = publish_skipping().await.unwrap();
    assert_eq!(res.status(), 409);
    let problem = res.text().await.unwrap();
    assert!(
        problem.contains("possible disclosures of harm are still open"),
        "{problem}"
    );
    let record = |status: &'static str| {
        s.app
            .client
            .post(s.api(&format!("/{disclosure}/safeguarding")))
            .bearer_auth(&s.lead.token)
            .json(&json!({"status": status, "note": "Checked with the facilitator."}))
            .send()
    };
    assert_eq!(record("in_progress").await.unwrap().status(), 201);
    assert_eq!(
        publish().await.unwrap().status(),
        422,
        "in progress is still open"
    );
    let (browser, _) = s.browser(&s.facilitator).await;
    let page = s
        .app
        .url(&format!("/manage/consultations/{}/publish", s.slug()));
    let html = browser
        .get(&page)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = input_value(&html, "csrf").expect("the publish page has a csrf field");
    let res = browser
        .post(&page)
        .form(&[("csrf", csrf.as_str()), ("skip_moderation", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "the page again, with the reason");
    let html = res.text().await.unwrap();
    assert!(html.contains(open), "{html}");
    assert_eq!(
        consultation::Entity::find_by_id(s.c.id)
            .one(&s.app.db)
            .await
            .unwrap()
            .unwrap()
            .status,
        "closed"
    );

    // Once the lead has recorded what was done, it is published.
    assert_eq!(record("referred").await.unwrap().status(), 201);
    let res = publish().await.unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
}

#[tokio::test]
async fn the_consultation_page_links_to_its_moderation_queue_and_privacy_notice() {
    let s = Setup::new().await;
    let html = s
        .app
        .logged_in(&s.facilitator)
        .await
        .get(s.app.url(&format!("/manage/c/{}", s.slug())))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(&format!("href=\"/manage/c/{}/moderation\"", s.slug())),
        "{html}"
    );
    assert!(html.contains(&format!("href=\"/c/{}/privacy\"", s.slug())));
}

#[tokio::test]
async fn withdrawing_with_the_receipt_takes_the_quote_and_keeps_the_lead_s_record() {
    let app = spawn_app().await;
    let (fx, lead) = journey_setup(&app).await;
    let walk = walk_with_text(
        &app,
        &fx.slug,
        "en",
        "FR",
        "My dad hits me when he is drunk",
    )
    .await;
    let marker = "<code dir=\"ltr\" aria-hidden=\"true\">";
    let at = walk.html.find(marker).expect("a receipt") + marker.len();
    let receipt = walk.html[at..].split('<').next().unwrap().to_owned();
    let id = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(fx.id))
        .filter(answer::Column::QuestionKey.eq("ideas"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let api = |rest: &str| {
        app.url(&format!(
            "/api/v1/consultations/{}/moderation/{id}{rest}",
            fx.slug
        ))
    };
    let res = app
        .client
        .post(api("/safeguarding"))
        .bearer_auth(&lead.token)
        .json(&json!({"status": "not_a_concern", "note": "A story about a film."}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let res = app
        .client
        .put(api(""))
        .bearer_auth(&lead.token)
        .json(&json!({"decision": "approved", "use_as_quote": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(quote::Entity::find().count(&app.db).await.unwrap(), 1);

    let res = app
        .post_form(
            "/withdraw?lang=en",
            &[("code", receipt.as_str()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        quote::Entity::find().count(&app.db).await.unwrap(),
        0,
        "the quote goes with the withdrawn answer"
    );
    let record = safeguarding_action::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.answer_id, None, "the lead's record stays, detached");
    let res = app
        .client
        .put(api(""))
        .bearer_auth(&lead.token)
        .json(&json!({"decision": "hidden"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

/// Stores a response through the JSON API (as a young person's phone would): counters and
/// all.
async fn submit_api(s: &Setup, lang: &str, choice: &str, views: &str) -> reqwest::StatusCode {
    s.app
        .client
        .post(
            s.app
                .url(&format!("/api/v1/consultations/{}/responses", s.slug())),
        )
        .json(&json!({
            "submission_id": uuid::Uuid::new_v4(),
            "language": lang,
            "age_band": "16-17",
            "answers": {"q_choice": choice, "q_views": views}
        }))
        .send()
        .await
        .unwrap()
        .status()
}

async fn summary(s: &Setup) -> Value {
    let res = s
        .app
        .client
        .get(s.app.url(&format!(
            "/api/v1/consultations/{}/summary?text=true",
            s.slug()
        )))
        .bearer_auth(&s.facilitator.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn question_of<'a>(summary: &'a Value, key: &str) -> &'a Value {
    summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["key"] == key)
        .unwrap()
}

#[tokio::test]
async fn purging_keeps_the_counts_and_the_redacted_quotes_in_the_summary() {
    let s = Setup::new().await;
    for i in 0..12 {
        let choice = if i % 3 == 0 { "no" } else { "yes" };
        let views = format!("Schools should teach online safety, idea {i}");
        assert_eq!(submit_api(&s, "en", choice, &views).await, 201);
    }
    assert_eq!(
        submit_api(
            &s,
            "fr",
            "yes",
            "Je m'appelle Léa et les écoles devraient nous écouter"
        )
        .await,
        201
    );
    let answers = s.queue(&s.facilitator, "").await;
    assert_eq!(answers["total"], 13);
    let lea = answers["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["language"] == "fr")
        .unwrap()["id"]
        .as_i64()
        .unwrap() as i32;
    let res = s
        .decide(
            &s.facilitator,
            lea,
            json!({"decision": "approved", "quote": "Je m'appelle [prénom] et les écoles devraient nous écouter"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    s.bulk(
        &s.facilitator,
        json!({"decision": "unpublished", "all_matching": {"status": "pending"}}),
    )
    .await;

    let before = summary(&s).await;
    let quotes = question_of(&before, "q_views")["text_analysis"]["quotes"].to_string();
    assert!(
        quotes.contains("[prénom]"),
        "the summary quotes the redaction: {quotes}"
    );
    assert!(!quotes.contains("Léa"), "never the original: {quotes}");

    // Closed 100 days ago with the default retention of 90 days: due.
    move_to(&s, "closed", Some(100)).await;
    let report = moderation::retention::purge(&s.app.db, Utc::now(), false)
        .await
        .unwrap();
    assert_eq!(report.responses(), 13);
    assert_eq!(count_rows(&s.app, s.c.id).await, (0, 0, 1));

    let after = summary(&s).await;
    assert_eq!(before["responses"], 13);
    assert_eq!(after["responses"], before["responses"], "aggregates stay");
    assert_eq!(
        question_of(&after, "q_choice")["options"],
        question_of(&before, "q_choice")["options"],
        "every option's count stays"
    );
    assert_eq!(
        question_of(&after, "q_views")["answered"],
        question_of(&before, "q_views")["answered"]
    );
    let quotes = question_of(&after, "q_views")["text_analysis"]["quotes"].to_string();
    assert!(
        quotes.contains("[prénom]"),
        "the quote outlives the raw answers: {quotes}"
    );
}

// ------------------------------------------------------------------------- live answers

#[tokio::test]
async fn a_live_answer_that_may_tell_of_harm_shows_the_helpline_and_alerts_the_lead() {
    use crate::fixtures::live::{act, answer, live_consultation, page, participant, start};

    let app = spawn_app().await;
    let (fx, facilitator, csrf) = live_consultation(&app, 10).await;
    let group_id = fx.group_id;
    let lead = app
        .create_user(Some((group_id, Role::Facilitator)), false)
        .await;
    make_lead(&app, lead.id, group_id).await;
    let code = start(&app, &fx, &facilitator, &csrf).await;
    act(&app, &facilitator, &csrf, &code, "open", "ideas").await;
    let here = format!("/live/{code}");

    let calm = participant(&app, &code, "en").await;
    assert_eq!(
        answer(
            &app,
            &calm,
            &code,
            &[
                ("question", "ideas"),
                ("a:ideas", "More games about safety")
            ]
        )
        .await,
        303
    );
    let done = page(&app, &calm, &here).await.1;
    assert!(done.contains("Your answer is in"), "{done}");
    assert!(
        !done.contains("safeguarding-notice"),
        "an ordinary answer: no notice"
    );

    let phone = participant(&app, &code, "fr").await;
    assert_eq!(
        answer(
            &app,
            &phone,
            &code,
            &[("question", "ideas"), ("a:ideas", "Mon beau-père me tape")]
        )
        .await,
        303
    );
    let done = page(&app, &phone, &here).await.1;
    assert!(done.contains("safeguarding-notice"), "{done}");
    assert!(
        done.contains("Tu n’as pas à affronter ça sans aide"),
        "{done}"
    );
    assert!(
        done.contains("Child Helpline International"),
        "the consultation's default helpline (no country is asked in live mode)"
    );
    assert!(
        done.contains(&format!("/c/{}/help?lang=fr", fx.slug)),
        "more help: the consultation's help page"
    );

    // The lead is e-mailed (through the SMTP sink): no text, nothing identifying.
    let mail = app.mail.wait_for(&lead.email, 1).await;
    assert_eq!(mail.subject(), "Safeguarding: an answer awaits your review");
    for body in [mail.text(), mail.html()] {
        assert!(
            body.contains(&format!("/manage/c/{}/moderation?flag=disclosure", fx.slug)),
            "{body}"
        );
        for leaked in ["beau-p", "tape", "16-17"] {
            assert!(!body.contains(leaked), "{leaked} in {body}");
        }
    }
    let open = moderation::repo::safeguarding_open_count(&app.db, fx.id)
        .await
        .unwrap();
    assert_eq!(open, 1, "the answer waits for the lead in the queue");

    // The notice stays while the phone waits for the next question, never over a question.
    act(&app, &facilitator, &csrf, &code, "close", "ideas").await;
    let waiting = page(&app, &phone, &here).await.1;
    assert!(waiting.contains("safeguarding-notice"), "{waiting}");
    assert!(
        !page(&app, &calm, &here)
            .await
            .1
            .contains("safeguarding-notice")
    );
    act(&app, &facilitator, &csrf, &code, "open", "word").await;
    let asked = page(&app, &phone, &here).await.1;
    assert!(asked.contains("name=\"question\""), "{asked}");
    assert!(!asked.contains("safeguarding-notice"), "{asked}");
}
