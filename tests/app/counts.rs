//! One count everywhere: N synthetic responses seeded the way `consulta demo --responses N`
//! seeds them (the same library function) are N on the overview, the summary (JSON and
//! page), the group's home, every download and, once published, the public page and the
//! open-data API.
use consulta::{
    bench::demo,
    entities::{consultation, work_group},
};
use sea_orm::EntityTrait;
use serde_json::Value;

use crate::{
    fixtures::live::{act, answer, live_consultation, page, participant, start},
    helpers::{TestApp, spawn_app},
};

/// More than the suppression threshold, so that no figure is hidden.
const N: u64 = 37;

/// The text of the first `<strong>` after `marker` in `html`.
fn strong_after(html: &str, marker: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker:?} in {html}"));
    let rest = &html[at..];
    let start = rest.find("<strong>").expect("a <strong>") + "<strong>".len();
    rest[start..].split('<').next().unwrap().trim().to_owned()
}

async fn get_ok(app: &TestApp, c: &reqwest::Client, path: &str) -> String {
    let res = c.get(app.url(path)).send().await.unwrap();
    let status = res.status();
    let body = res.text().await.unwrap();
    assert_eq!(status, 200, "{path}: {body}");
    body
}

async fn api_json(app: &TestApp, path: &str, token: &str) -> Value {
    let res = app.api(reqwest::Method::GET, path, token, None).await;
    assert_eq!(res.status(), 200, "{path}");
    res.json().await.unwrap()
}

/// Data rows of a CSV download (after its byte-order mark and header line).
fn csv_rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn demo_responses_are_one_count_on_every_page_download_and_publication() {
    let app = spawn_app().await;
    let report = demo::seed(&app.db, N, true).await.unwrap();
    assert_eq!((report.responses_added, report.responses_total), (N, N));
    let slug = demo::DEMO_SLUG;
    let token = report.api_token.clone();
    let browser = crate::helpers::client();
    let res = app
        .submit_login(
            &browser,
            demo::DEMO_EMAIL,
            report.password.as_deref().unwrap(),
        )
        .await;
    assert_eq!(res.status(), 303, "the demo facilitator signs in");
    let n = N.to_string();

    // The overview.
    let overview = get_ok(&app, &browser, &format!("/manage/c/{slug}")).await;
    assert!(
        overview.contains(&format!("<dt>Responses</dt><dd>{n}</dd>")),
        "{overview}"
    );
    // The group's home.
    let home = get_ok(&app, &browser, &format!("/groups/{}", demo::DEMO_GROUP)).await;
    assert!(home.contains(&format!("{n} people")), "{home}");
    // The summary: JSON and page.
    let summary = api_json(
        &app,
        &format!("/api/v1/consultations/{slug}/summary"),
        &token,
    )
    .await;
    assert_eq!(summary["responses"], N, "{summary}");
    let page = get_ok(
        &app,
        &browser,
        &format!("/manage/consultations/{slug}/summary"),
    )
    .await;
    let answers: u64 = summary["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["answered"].as_u64())
        .sum();
    assert!(answers > N, "{summary}");
    assert_eq!(
        strong_after(&page, "Responses:"),
        format!("{n} people, {answers} answers"),
        "people as on the overview and the home, and the answers they gave"
    );
    // The downloads: one raw row per response, the summary's count in its JSON and CSV.
    let export = |file: &str| {
        let url = app.url(&format!("/api/v1/consultations/{slug}/exports/{file}"));
        let token = token.clone();
        async move {
            let res = reqwest::Client::new()
                .get(url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
            res.bytes().await.unwrap().to_vec()
        }
    };
    assert_eq!(csv_rows(&export("responses.csv").await).len(), N as usize);
    let json: Value = serde_json::from_slice(&export("summary.json").await).unwrap();
    assert_eq!(json["overall"]["responses"], N, "{json}");
    let summary_csv = export("summary.csv").await;
    assert!(
        csv_rows(&summary_csv)
            .iter()
            .any(|r| r.iter().any(|f| f.contains("esponses")) && r.iter().any(|f| f == n.as_str())),
        "{}",
        String::from_utf8_lossy(&summary_csv)
    );

    // Closed and published: the public page and the open data say the same.
    let res = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/consultations/{slug}/transitions"),
            &token,
            Some(&serde_json::json!({"to": "closed"})),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let res = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/consultations/{slug}/publish"),
            &token,
            Some(&serde_json::json!({})),
        )
        .await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let (status, public) = app.get_html(&format!("/results/{slug}")).await;
    assert_eq!(status, 200);
    assert_eq!(strong_after(&public, "Responses:"), n);
    let open = api_json(&app, &format!("/api/v1/results/{slug}"), "").await;
    assert_eq!(open["summary"]["overall"]["responses"], N, "{open}");
    let public_summary = api_json(&app, &format!("/api/v1/consultations/{slug}/summary"), "").await;
    assert_eq!(public_summary["responses"], N);
}

/// A phone that answers two live questions is one person with two answers, the same on the
/// projector, the summary, the overview and the group's home; a response sent with the
/// consultation's link adds one person and the answers it gave.
#[tokio::test]
async fn live_phones_are_people_and_their_answers_answers_on_the_projector_and_every_page() {
    let app = spawn_app().await;
    let (f, facilitator, csrf) = live_consultation(&app, 10).await;
    let code = start(&app, &f, &facilitator, &csrf).await;
    let phone = participant(&app, &code, "en").await;
    let other = participant(&app, &code, "en").await;
    act(&app, &facilitator, &csrf, &code, "open", "uses").await;
    for p in [&phone, &other] {
        let uses = [("question", "uses"), ("a:uses", "yes")];
        assert_eq!(answer(&app, p, &code, &uses).await, 303);
    }
    act(&app, &facilitator, &csrf, &code, "open", "safe").await;
    let safe = [("question", "safe"), ("a:safe", "4")];
    assert_eq!(answer(&app, &phone, &code, &safe).await, 303);
    assert_eq!(
        answer(&app, &phone, &code, &safe).await,
        303,
        "a double tap"
    );

    let (_, projector) = page(&app, &facilitator, &format!("/present/{code}?lang=en")).await;
    assert!(projector.contains("2 people, 3 answers"), "{projector}");
    let (status, summary) = page(
        &app,
        &facilitator,
        &format!("/manage/consultations/{}/summary?lang=en", f.slug),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(strong_after(&summary, "Responses:"), "2 people, 3 answers");
    let (_, overview) = page(&app, &facilitator, &format!("/manage/c/{}?lang=en", f.slug)).await;
    assert!(
        overview.contains("<dt>Responses</dt><dd>2</dd>"),
        "{overview}"
    );
    let row = consultation::Entity::find_by_id(f.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let group = work_group::Entity::find_by_id(row.group_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (_, home) = page(
        &app,
        &facilitator,
        &format!("/groups/{}?lang=en", group.slug),
    )
    .await;
    assert!(home.contains("2 people"), "{home}");
}
