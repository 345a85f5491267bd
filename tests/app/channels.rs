//! The consultation by text message (issue 27): whole conversations through Twilio's signed
//! webhook and RapidPro's external channel (its replies caught by a local send URL), in
//! English, Arabic and Chinese; STOP, HELP, BACK, a disclosure, a retried message id, forged
//! signatures, floods and bad replies; and the stored response compared with the API's.
use std::sync::{Arc, Mutex};

use consulta::{
    channels::{gateway::twilio_signature, segments::cost},
    entities::{answer, response, sms_channel, sms_conversation},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{TestApp, TestConsultation, spawn_app};

const TWILIO_TOKEN: &str = "twilio-test-auth-token";
const RAPIDPRO_TOKEN: &str = "rapidpro-test-token";

/// Turns text messages on for `tc` through the facilitators' page, found from the overview.
async fn enable(app: &TestApp, tc: &TestConsultation, keyword: &str, send_url: &str) {
    let c = app.logged_in(&tc.facilitator).await;
    let overview = app.text_with(&c, &format!("/manage/c/{}", tc.slug)).await;
    let page = format!("/manage/c/{}/sms", tc.slug);
    assert!(
        overview.contains(&format!("href=\"{page}\"")),
        "linked from the overview"
    );
    let csrf = app.form_csrf(&c, &page).await;
    let res = c
        .post(app.url(&page))
        .form(&[
            ("csrf", csrf.as_str()),
            ("keyword", keyword),
            ("twilio_token", TWILIO_TOKEN),
            ("rapidpro_send_url", send_url),
            ("rapidpro_token", RAPIDPRO_TOKEN),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
}

/// A young person's phone talking to Consulta through Twilio.
struct Phone<'a> {
    app: &'a TestApp,
    slug: String,
    number: String,
    sent: u32,
    /// Messages Consulta sent back, counted as the network bills them.
    segments: usize,
    replies: usize,
}

impl<'a> Phone<'a> {
    fn new(app: &'a TestApp, slug: &str, number: &str) -> Self {
        Self {
            app,
            slug: slug.to_owned(),
            number: number.to_owned(),
            sent: 0,
            segments: 0,
            replies: 0,
        }
    }

    /// Sends a text (a fresh message id); returns the reply.
    async fn text(&mut self, body: &str) -> String {
        self.sent += 1;
        let sid = format!("SM{}{:04}", &self.number[1..], self.sent);
        self.text_with_id(body, &sid).await
    }

    async fn text_with_id(&mut self, body: &str, sid: &str) -> String {
        let (status, reply) = self.post(body, sid, Some(TWILIO_TOKEN)).await;
        assert_eq!(status, 200, "{reply}");
        let reply = twiml_message(&reply);
        if !reply.is_empty() {
            self.replies += 1;
            self.segments += cost(&reply).segments;
        }
        reply
    }

    /// Posts as Twilio does, signed with `token` (`None`: unsigned).
    async fn post(&self, body: &str, sid: &str, token: Option<&str>) -> (u16, String) {
        let path = format!("/api/v1/sms/{}/twilio", self.slug);
        let fields: Vec<(String, String)> = [
            ("MessageSid", sid),
            ("AccountSid", "AC123"),
            ("From", self.number.as_str()),
            ("To", "+15005550006"),
            ("Body", body),
            ("NumMedia", "0"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
        let mut req = reqwest::Client::new()
            .post(self.app.url(&path))
            .form(&fields);
        if let Some(token) = token {
            req = req.header(
                "X-Twilio-Signature",
                twilio_signature(token, &self.app.url(&path), &fields),
            );
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }
}

/// The text of a TwiML reply ("" for `<Response/>`).
fn twiml_message(xml: &str) -> String {
    let Some(start) = xml.find("<Message>") else {
        assert!(xml.contains("<Response/>"), "TwiML: {xml}");
        return String::new();
    };
    let end = xml.find("</Message>").unwrap();
    xml[start + "<Message>".len()..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn receipt_in(reply: &str) -> String {
    let code = reply.rsplit(' ').next().unwrap().trim();
    assert_eq!(code.len(), 14, "a receipt code XXXX-XXXX-XXXX in {reply}");
    code.to_owned()
}

/// The stored response of a consultation with its answers as comparable rows.
async fn stored(app: &TestApp, response_id: i32) -> (response::Model, Vec<String>) {
    let r = response::Entity::find_by_id(response_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let answers = answer::Entity::find()
        .filter(answer::Column::ResponseId.eq(response_id))
        .order_by_asc(answer::Column::QuestionKey)
        .order_by_asc(answer::Column::Position)
        .order_by_asc(answer::Column::OptionCode)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| {
            format!(
                "{} {:?} {:?} {:?} {:?} {:?} {:?}",
                a.question_key,
                a.option_code,
                a.position,
                a.number_value,
                a.text_value,
                a.moderation_status,
                a.flags
            )
        })
        .collect();
    (r, answers)
}

async fn responses_of(app: &TestApp, consultation_id: i32) -> Vec<response::Model> {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(response::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn conversations(app: &TestApp) -> u64 {
    sms_conversation::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_whole_conversation_by_twilio_is_stored_as_the_api_stores_the_same_answers() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "SAFE", "").await;
    let mut phone = Phone::new(&app, &tc.slug, "+447700900123");

    let first = phone.text("safe").await;
    assert!(
        first.contains("/privacy?lang=en"),
        "consent with the privacy link: {first}"
    );
    assert!(
        first.contains("2 English") && first.contains("1 العربية"),
        "{first}"
    );
    let age = phone.text("2").await;
    assert!(
        age.contains("How old are you?") && age.contains("3 16-17"),
        "{age}"
    );
    let q = phone.text("3").await;
    assert!(q.contains("how much time do you spend online?"), "{q}");
    assert!(
        phone.text("9").await.contains("Please reply 1 to 5."),
        "out of range"
    );
    let q = phone.text("2").await;
    assert!(
        q.contains("What do you do most online?") && q.contains("Or SKIP."),
        "{q}"
    );
    let q = phone.text("1 3").await;
    assert!(q.contains("I feel safe"), "{q}");
    phone.text("4").await; // agree
    let q = phone.text("1").await; // upset: yes → the conditional question follows
    assert!(q.contains("What was it about?"), "condition applied: {q}");
    let q = phone.text("2").await;
    assert!(q.contains("who would you go to"), "{q}");
    let q = phone.text("4 1").await;
    assert!(
        q.contains("Reply a number from 0 to 10."),
        "a 0–10 rating by its points: {q}"
    );
    let q = phone.text("8").await;
    assert!(q.contains("Reply a number from 3 to 24."), "{q}");
    assert!(
        phone.text("40").await.contains("3"),
        "a number out of its range is refused"
    );
    phone.text("12").await;
    phone.text("More help in school").await;
    let done = phone.text("SKIP").await;
    assert!(
        done.starts_with("Thank you! Your answers are saved."),
        "{done}"
    );
    let receipt = receipt_in(&done);
    assert_eq!(conversations(&app).await, 0, "nothing kept once stored");

    // The same answers through the API, as another young person.
    let res = app
        .post_json(
            &format!("/api/v1/consultations/{}/responses", tc.slug),
            &serde_json::json!({
                "submission_id": uuid::Uuid::new_v4(),
                "language": "en",
                "age_band": "16-17",
                "answers": {
                    "time_online": "1_to_3h",
                    "activities": ["schoolwork", "games"],
                    "feel_safe": "agree",
                    "upsetting": "yes",
                    "what_happened": ["strangers"],
                    "help_first": ["helpline", "parent"],
                    "report_ease": "8",
                    "first_phone_age": 12,
                    "one_change": "More help in school"
                }
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    let rows = responses_of(&app, tc.id).await;
    assert_eq!(rows.len(), 2);
    let (by_sms, sms_answers) = stored(&app, rows[0].id).await;
    let (by_api, api_answers) = stored(&app, rows[1].id).await;
    assert_eq!(sms_answers, api_answers, "the same answer rows");
    assert_eq!(
        (
            &by_sms.language,
            &by_sms.age_band,
            &by_sms.country,
            &by_sms.gender,
            &by_sms.phase
        ),
        (
            &by_api.language,
            &by_api.age_band,
            &by_api.country,
            &by_api.gender,
            &by_api.phase
        )
    );
    assert_eq!(by_sms.phase, "before");
    assert_eq!(receipt.len(), 14);

    // The number is nowhere in the database.
    let channel = sms_channel::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for digits in ["447700900123", "7700900123"] {
        assert!(!channel.number_secret.contains(digits));
        assert!(!format!("{by_sms:?}").contains(digits));
    }
    assert!(
        !channel.twilio_token.unwrap().contains(TWILIO_TOKEN),
        "sealed"
    );
    println!(
        "demo conversation by text: {} messages sent, {} replies, {} billed segments",
        phone.sent, phone.replies, phone.segments
    );
}

#[tokio::test]
async fn stop_help_back_and_a_retried_message_id() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "VOICE", "").await;
    let mut phone = Phone::new(&app, &tc.slug, "+447700900456");

    // Before any keyword: a short help reply.
    let unknown = phone.text("hello").await;
    assert!(unknown.contains("Text VOICE to answer"), "{unknown}");
    assert_eq!(conversations(&app).await, 0);

    phone.text("VOICE").await;
    let age = phone.text("2").await;
    // A gateway retrying the same message id: answered again, processed once.
    let sid = "SMretried0001";
    let q = phone.text_with_id("3", sid).await;
    assert!(q.contains("how much time"), "{q}");
    let again = phone.text_with_id("3", sid).await;
    assert_eq!(again, q, "the same question again, not an answer to it");
    let help = phone.text("HELP").await;
    assert!(
        help.contains("Childline") && help.contains("0800 1111"),
        "the UK's helpline: {help}"
    );
    let back = phone.text("back").await;
    assert_eq!(back, q, "BACK repeats the question");
    assert!(!age.is_empty());
    phone.text("2").await;
    assert_eq!(conversations(&app).await, 1);
    let stop = phone.text("STOP").await;
    assert!(stop.contains("Nothing you sent was kept"), "{stop}");
    assert_eq!(conversations(&app).await, 0, "STOP deletes what was given");
    assert!(responses_of(&app, tc.id).await.is_empty());
}

#[tokio::test]
async fn forged_or_missing_signatures_and_tokens_are_refused() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    let catcher = Catcher::start().await;
    enable(&app, &tc, "SAFE", &catcher.url).await;
    let phone = Phone::new(&app, &tc.slug, "+447700900789");
    let (status, _) = phone.post("SAFE", "SM1", None).await;
    assert_eq!(status, 403, "unsigned");
    let (status, _) = phone.post("SAFE", "SM1", Some("another-token")).await;
    assert_eq!(status, 403, "signed with another token");
    for auth in [
        None,
        Some("Token wrong"),
        Some("Bearer rapidpro-test-token"),
    ] {
        let mut req = reqwest::Client::new()
            .post(app.url(&format!("/api/v1/sms/{}/rapidpro", tc.slug)))
            .form(&[("from", "+254712345678"), ("text", "SAFE"), ("id", "1")]);
        if let Some(auth) = auth {
            req = req.header("Authorization", auth);
        }
        assert_eq!(req.send().await.unwrap().status(), 403, "{auth:?}");
    }
    assert_eq!(conversations(&app).await, 0);
    assert!(catcher.received().is_empty());
    // A consultation without text messages has no webhook.
    let other = app.create_open_consultation().await;
    let res = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/sms/{}/twilio", other.slug)))
        .form(&[("From", "+1"), ("Body", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_disclosure_gets_the_helpline_at_once_and_alerts_the_group() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "SAFE", "").await;
    let mut phone = Phone::new(&app, &tc.slug, "+447700900111");
    let mut q = String::new();
    for reply in [
        "SAFE", "2", "4", "1", "SKIP", "SKIP", "2", "SKIP", "SKIP", "SKIP",
    ] {
        q = phone.text(reply).await;
    }
    assert!(q.contains("change one thing"), "{q}");
    let reply = phone.text("my uncle hits me and I want to die").await;
    assert!(
        reply.contains("Thank you for telling us") && reply.contains("0800 1111"),
        "the helpline at once: {reply}"
    );
    let done = phone.text("SKIP").await;
    assert!(done.contains("Receipt code"), "{done}");
    let mail = app.mail.wait_for(&tc.facilitator.email, 1).await;
    assert!(
        !mail.raw.contains("uncle"),
        "the alert carries no answer text"
    );
    let flagged = answer::Entity::find()
        .filter(answer::Column::QuestionKey.eq("one_change"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(flagged.flags.unwrap_or_default().contains("disclosure"));
}

#[tokio::test]
async fn bad_replies_long_texts_floods_and_a_closed_consultation_get_short_kind_answers() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "SAFE", "").await;
    let mut phone = Phone::new(&app, &tc.slug, "+447700900222");
    phone.text("SAFE").await;
    assert!(phone.text("7").await.contains("Please reply 1 to 6."));
    phone.text("2").await;
    // Below the minimum age is not offered; below the consent age an adult must agree.
    let guardian = phone.text("1").await;
    assert!(guardian.contains("1 Yes 2 No"), "{guardian}");
    let no = phone.text("2").await;
    assert!(no.contains("Nothing was kept"), "{no}");
    assert_eq!(conversations(&app).await, 0);

    for reply in [
        "SAFE", "2", "3", "1", "SKIP", "SKIP", "2", "SKIP", "SKIP", "SKIP",
    ] {
        phone.text(reply).await;
    }
    let long = "a".repeat(400);
    let cut = phone.text(&long).await;
    assert!(
        cut.contains("Your text was cut to 150 characters."),
        "{cut}"
    );

    // Floods are dropped quietly: no reply at all past the limit.
    let mut flood = Phone::new(&app, &tc.slug, "+447700900333");
    let mut quiet = 0;
    for _ in 0..60 {
        if flood.text("hello").await.is_empty() {
            quiet += 1;
        }
    }
    assert!(quiet > 0, "a flood is rate limited");

    // After the close: a polite closing text, and what was kept goes.
    let actor = app.actor_of(&tc.facilitator).await;
    consulta::consultations::lifecycle::transition(
        &app.db,
        &actor,
        tc.id,
        consulta::consultations::Status::Closed,
        None,
    )
    .await
    .unwrap();
    let closed = phone.text("more").await;
    assert!(closed.contains("This survey is closed."), "{closed}");
    assert_eq!(conversations(&app).await, 0);
}

#[tokio::test]
async fn silent_conversations_are_forgotten_after_a_day() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "SAFE", "").await;
    let mut phone = Phone::new(&app, &tc.slug, "+447700900444");
    phone.text("SAFE").await;
    let now = chrono::Utc::now();
    let forgotten = consulta::channels::repo::forget_silent(&app.db, now)
        .await
        .unwrap();
    assert_eq!(forgotten, 0, "still talking");
    let later = now + chrono::Duration::hours(25);
    let forgotten = consulta::channels::repo::forget_silent(&app.db, later)
        .await
        .unwrap();
    assert_eq!(forgotten, 1);
    assert_eq!(conversations(&app).await, 0);
}

#[tokio::test]
async fn the_page_refuses_a_taken_keyword_and_shows_what_each_question_costs() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    enable(&app, &tc, "SAFE", "").await;
    let other = app.create_open_consultation().await;
    let c = app.logged_in(&other.facilitator).await;
    let page = format!("/manage/c/{}/sms", other.slug);
    let html = app.text_with(&c, &page).await;
    assert!(html.contains("time_online") && html.contains("UCS-2") && html.contains("GSM-7"));
    let csrf = app.form_csrf(&c, &page).await;
    for (keyword, url, message) in [
        ("safe", "", "Another consultation already uses this keyword"),
        ("S", "", "Enter a keyword of 2 to 20 letters or digits"),
        ("STOP", "", "Enter a keyword of 2 to 20 letters or digits"),
        ("TALK", "ftp://x", "Enter the send URL as a web address"),
        (
            "TALK",
            "https://rapidpro.example/c/ex/1/receive",
            "cannot post to https://",
        ),
    ] {
        let res = c
            .post(app.url(&page))
            .form(&[
                ("csrf", csrf.as_str()),
                ("keyword", keyword),
                ("rapidpro_send_url", url),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422, "{keyword}");
        let html = res.text().await.unwrap();
        assert!(html.contains(message), "{keyword}: {message}");
        assert!(
            html.contains(&format!("value=\"{keyword}\"")),
            "typed value kept"
        );
    }
}

/// A posted form's fields, in order.
type Form = Vec<(String, String)>;

/// A local stand-in for RapidPro's send URL: keeps each posted form.
struct Catcher {
    url: String,
    got: Arc<Mutex<Vec<Form>>>,
}

impl Catcher {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/send", listener.local_addr().unwrap());
        let got: Arc<Mutex<Vec<Form>>> = Arc::default();
        let kept = got.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return;
                };
                let kept = kept.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    loop {
                        let n = stream.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                        let text = String::from_utf8_lossy(&buf).to_string();
                        let Some(head_end) = text.find("\r\n\r\n") else {
                            continue;
                        };
                        let length = text[..head_end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if buf.len() < head_end + 4 + length {
                            continue;
                        }
                        assert!(
                            text.contains("Token rapidpro-test-token"),
                            "the token is sent"
                        );
                        let body = &buf[head_end + 4..head_end + 4 + length];
                        let query = format!("http://catcher/?{}", String::from_utf8_lossy(body));
                        let form = reqwest::Url::parse(&query)
                            .unwrap()
                            .query_pairs()
                            .into_owned()
                            .collect();
                        kept.lock().unwrap().push(form);
                        let _ = stream
                            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .await;
                        return;
                    }
                });
            }
        });
        Self { url, got }
    }

    fn received(&self) -> Vec<Form> {
        self.got.lock().unwrap().clone()
    }
}

/// Sends one message as RapidPro does; returns the text posted back to the send URL.
async fn rapidpro(
    app: &TestApp,
    catcher: &Catcher,
    slug: &str,
    from: &str,
    text: &str,
    id: &str,
) -> String {
    let before = catcher.received().len();
    let res = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/sms/{slug}/rapidpro")))
        .header("Authorization", format!("Token {RAPIDPRO_TOKEN}"))
        .form(&[("from", from), ("text", text), ("id", id)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let got = catcher.received();
    assert_eq!(got.len(), before + 1, "one reply posted to the send URL");
    let form = &got[before];
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(field("to"), from, "the reply goes back to the sender");
    assert_eq!(field("in_reply_to"), id);
    field("text")
}

#[tokio::test]
async fn arabic_and_chinese_conversations_through_rapidpro() {
    let app = spawn_app().await;
    let tc = app.create_open_consultation().await;
    let catcher = Catcher::start().await;
    enable(&app, &tc, "SAFE", &catcher.url).await;

    // Arabic, with Arabic-Indic digits, from Egypt.
    let from = "+201000000001";
    let mut n = 0;
    let mut say = |text: &'static str| {
        n += 1;
        (text, format!("ar-{n}"))
    };
    let steps = [
        say("SAFE"),
        say("1"),
        say("٣"),
        say("٢"),
        say("تخطي"),
        say("تخطي"),
        say("2"),
        say("تخطي"),
        say("تخطي"),
        say("تخطي"),
        say("أريد مساعدة أكثر"),
    ];
    let mut replies = Vec::new();
    for (text, id) in &steps {
        replies.push(rapidpro(&app, &catcher, &tc.slug, from, text, id).await);
    }
    assert!(replies[1].contains("كم عمرك؟"), "{}", replies[1]);
    assert!(replies[2].contains("من 1 إلى 5"), "{}", replies[2]);
    let help = rapidpro(&app, &catcher, &tc.slug, from, "مساعدة", "ar-help").await;
    assert!(help.contains("16000"), "Egypt's helpline: {help}");
    // A retried id is answered again, not processed again.
    let again = rapidpro(&app, &catcher, &tc.slug, from, "أريد مساعدة أكثر", "ar-11").await;
    assert_eq!(
        again, replies[10],
        "the question waiting, not a second answer"
    );
    let done = rapidpro(&app, &catcher, &tc.slug, from, "تخطي", "ar-end").await;
    assert!(done.contains("رمز الإيصال"), "{done}");
    let billed: usize = replies
        .iter()
        .chain([&done])
        .map(|r| cost(r).segments)
        .sum();
    println!(
        "Arabic conversation (no conditional question): {} replies, {billed} billed segments",
        replies.len() + 1
    );

    // Chinese, from China.
    let from = "+8613800000000";
    let mut last = String::new();
    let mut billed = 0;
    for (i, text) in [
        "safe",
        "6",
        "4",
        "3",
        "跳过",
        "跳过",
        "2",
        "跳过",
        "跳过",
        "跳过",
        "更多帮助",
        "跳过",
    ]
    .iter()
    .enumerate()
    {
        last = rapidpro(&app, &catcher, &tc.slug, from, text, &format!("zh-{i}")).await;
        billed += cost(&last).segments;
    }
    println!(
        "Chinese conversation (no conditional question): 12 replies, {billed} billed segments"
    );
    assert!(last.contains("回执码"), "{last}");

    let rows = responses_of(&app, tc.id).await;
    let languages: Vec<&str> = rows.iter().map(|r| r.language.as_str()).collect();
    assert_eq!(languages, ["ar", "zh"]);
    let (_, ar) = stored(&app, rows[0].id).await;
    assert!(
        ar.iter()
            .any(|a| a.contains("time_online") && a.contains("1_to_3h")),
        "{ar:?}"
    );
    assert!(ar.iter().any(|a| a.contains("أريد مساعدة أكثر")), "{ar:?}");
    let (_, zh) = stored(&app, rows[1].id).await;
    assert!(zh.iter().any(|a| a.contains("更多帮助")), "{zh:?}");
    assert_eq!(conversations(&app).await, 0);
}
