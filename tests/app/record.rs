//! The group's public record (issue #25): meetings and their documents without an account,
//! uploads checked by content, publishing and withdrawing documents.
use consulta::{
    accounts::Role,
    consultations::{Status, authoring, lifecycle},
    entities::{document_file, meeting_document},
    record::files::tiny_pdf,
};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{TestApp, client, spawn_app};

/// A `multipart/form-data` body: (content type, bytes).
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----consulta-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((filename, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A group, its facilitator (signed in) and a meeting.
struct Record {
    group: consulta::entities::work_group::Model,
    facilitator: crate::helpers::TestUser,
    browser: reqwest::Client,
    meeting_id: i32,
}

async fn record(app: &TestApp) -> Record {
    let (group, facilitator, browser) = app.logged_in_facilitator().await;
    let actor = app.actor_of(&facilitator).await;
    let meeting = authoring::create_meeting(
        &app.db,
        &actor,
        group.id,
        &authoring::MeetingInput {
            title: "Council Working Group, 24th meeting".into(),
            starts_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 14),
            ends_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 15),
            place: "Geneva".into(),
            is_online: true,
        },
    )
    .await
    .expect("the meeting is valid");
    Record {
        group,
        facilitator,
        browser,
        meeting_id: meeting.id,
    }
}

async fn upload(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> reqwest::Response {
    let (content_type, body) = multipart(fields, file);
    c.post(app.url(path))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("upload failed")
}

/// Uploads a PDF titled `title` to the meeting as `c`; returns the response.
async fn upload_pdf(
    app: &TestApp,
    r: &Record,
    c: &reqwest::Client,
    title: &str,
    filename: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let page = format!("/manage/meetings/{}/documents", r.meeting_id);
    let csrf = app.form_csrf(c, &page).await;
    upload(
        app,
        c,
        &page,
        &[
            ("csrf", &csrf),
            ("title", title),
            ("type", "contribution"),
            ("author_org", "Youth IGF"),
            ("dated_on", "2027-03-01"),
            ("language", "en"),
        ],
        Some((filename, bytes)),
    )
    .await
}

async fn documents(app: &TestApp) -> Vec<meeting_document::Model> {
    meeting_document::Entity::find().all(&app.db).await.unwrap()
}

async fn post_form(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    csrf_page: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let csrf = app.form_csrf(c, csrf_page).await;
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    c.post(app.url(path)).form(&form).send().await.unwrap()
}

/// Publishes a document of the record's meeting from its documents page, as `c`.
async fn publish(app: &TestApp, r: &Record, c: &reqwest::Client, id: i32) -> reqwest::Response {
    let manage = format!("/manage/meetings/{}/documents", r.meeting_id);
    post_form(
        app,
        c,
        &format!("/manage/documents/{id}/publish"),
        &manage,
        &[],
    )
    .await
}

#[tokio::test]
async fn a_published_document_is_on_the_public_record_and_downloads_without_an_account() {
    let app = spawn_app().await;
    let r = record(&app).await;
    let pdf = tiny_pdf("Online safety by young people");
    let res = upload_pdf(
        &app,
        &r,
        &r.browser,
        "Online safety: what we heard",
        "views.pdf",
        &pdf,
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = documents(&app).await.pop().expect("the document is stored");
    assert_eq!(doc.status, "draft");

    // A draft is not public.
    let public = client();
    let meeting_page = format!("/meetings/{}", r.meeting_id);
    let html = app.text_with(&public, &meeting_page).await;
    assert!(!html.contains("Online safety: what we heard"));
    let res = public
        .get(app.url(&format!("/documents/{}/en", doc.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);

    // Published by the facilitator: anyone reads and downloads it.
    let manage = format!("/manage/meetings/{}/documents", r.meeting_id);
    let res = publish(&app, &r, &r.browser, doc.id).await;
    assert_eq!(res.status(), 303);

    let (status, record_page) = {
        let res = public
            .get(app.url(&format!("/g/{}?lang=fr", r.group.slug)))
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(record_page.contains(&format!("/meetings/{}?lang=fr", r.meeting_id)));
    assert!(record_page.contains("Council Working Group, 24th meeting"));
    assert!(
        record_page.contains("Réunions"),
        "the page speaks the reader's language"
    );

    let html = app.text_with(&public, &meeting_page).await;
    assert!(html.contains("Online safety: what we heard"));
    assert!(html.contains("2027-03-14 – 2027-03-15"));
    assert!(html.contains("Geneva"));
    assert!(html.contains(&format!("/documents/{}/en", doc.id)));

    let res = public
        .get(app.url(&format!("/documents/{}/en", doc.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"views.pdf\"; filename*=UTF-8''views.pdf"
    );
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(res.bytes().await.unwrap().as_ref(), pdf.as_slice());

    // An Arabic version with an Arabic name.
    let csrf = app.form_csrf(&r.browser, &manage).await;
    let arabic = tiny_pdf("arabic version");
    let res = upload(
        &app,
        &r.browser,
        &format!("/manage/documents/{}/files", doc.id),
        &[("csrf", &csrf), ("language", "ar")],
        Some(("تقرير.pdf", &arabic)),
    )
    .await;
    assert_eq!(res.status(), 303);
    let res = public
        .get(app.url(&format!("/documents/{}/ar", doc.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        disposition,
        "attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf"
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), arabic.as_slice());
}

#[tokio::test]
async fn the_record_is_searched_by_title_words_year_type_and_language_and_a_long_search_is_told_so()
{
    let app = spawn_app().await;
    let r = record(&app).await;
    for title in ["Gaming and safety", "Annual report to Council"] {
        let res = upload_pdf(&app, &r, &r.browser, title, "doc.pdf", &tiny_pdf(title)).await;
        assert_eq!(res.status(), 303);
    }
    for d in documents(&app).await {
        publish(&app, &r, &r.browser, d.id).await;
    }
    let public = client();
    let search = |query: String| {
        let public = public.clone();
        let url = app.url(&format!("/g/{}?{query}", r.group.slug));
        async move {
            let res = public.get(url).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let cases = [
        (
            "q=SAFETY+gaming",
            vec!["Gaming and safety"],
            "words in any case",
        ),
        ("q=council", vec!["Annual report to Council"], "one word"),
        ("q=safety+council", vec![], "every word must match"),
        (
            "year=2027",
            vec!["Gaming and safety", "Annual report to Council"],
            "the documents' year",
        ),
        ("year=2026", vec![], "another year"),
        (
            "type=contribution",
            vec!["Gaming and safety", "Annual report to Council"],
            "type",
        ),
        ("type=report", vec![], "no report"),
        (
            "language=en",
            vec!["Gaming and safety", "Annual report to Council"],
            "English files",
        ),
        ("language=zh", vec![], "no Chinese file"),
    ];
    for (query, expected, why) in cases {
        let (status, html) = search(query.to_owned()).await;
        assert_eq!(status, 200, "{why}");
        let found = html
            .split("id=\"results-heading\"")
            .nth(1)
            .unwrap_or_default();
        for title in ["Gaming and safety", "Annual report to Council"] {
            assert_eq!(
                found.contains(title),
                expected.contains(&title),
                "{why}: {title}"
            );
        }
    }
    // 2,000 characters: a clear message next to the field, never a 5xx.
    let (status, html) = search(format!("q={}", "a".repeat(2000))).await;
    assert_eq!(status, 400);
    assert!(html.contains("id=\"search-q-error\""));
    assert!(html.contains("The search text is too long"));
    let (status, html) = search("year=twenty".into()).await;
    assert_eq!(status, 400);
    assert!(html.contains("id=\"search-year-error\""));
}

#[tokio::test]
async fn spoofed_renamed_and_oversized_uploads_are_refused_next_to_the_field_and_nothing_is_stored()
{
    let app = spawn_app().await;
    let r = record(&app).await;
    let html_page = b"<!doctype html><html><script>alert(document.cookie)</script></html>".to_vec();
    let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode".to_vec();
    let mut oversized = tiny_pdf("big");
    oversized.resize(26_000_000, b' ');
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "page.pdf",
            html_page,
            "is not a PDF, DOCX, XLSX, PPTX or ODT",
        ),
        ("setup.pdf", exe, "is not a PDF, DOCX, XLSX, PPTX or ODT"),
        (
            "report.docx",
            tiny_pdf("a pdf"),
            "does not match what it contains",
        ),
        ("big.pdf", oversized, "larger than 25 MB"),
    ];
    for (name, bytes, message) in cases {
        let res = upload_pdf(&app, &r, &r.browser, "A title", name, &bytes).await;
        assert_eq!(res.status(), 422, "{name}");
        let html = res.text().await.unwrap();
        let error = html
            .split("id=\"file-error\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{name}: no message next to the file field"));
        assert!(
            error.split("</p>").next().unwrap().contains(message),
            "{name}"
        );
        assert!(
            html.contains("value=\"A title\""),
            "{name}: the typed title is kept"
        );
    }
    // A form without a title or a file.
    let page = format!("/manage/meetings/{}/documents", r.meeting_id);
    let csrf = app.form_csrf(&r.browser, &page).await;
    let res = upload(
        &app,
        &r.browser,
        &page,
        &[("csrf", &csrf), ("type", "report")],
        None,
    )
    .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for id in ["f-title", "f-author_org", "f-dated_on", "file"] {
        assert!(html.contains(&format!("id=\"{id}-error\"")), "{id}");
    }
    assert_eq!(
        meeting_document::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        document_file::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[tokio::test]
async fn a_withdrawn_document_shows_why_on_its_page_and_its_files_with_410() {
    let app = spawn_app().await;
    let r = record(&app).await;
    upload_pdf(
        &app,
        &r,
        &r.browser,
        "Draft conclusions",
        "c.pdf",
        &tiny_pdf("c"),
    )
    .await;
    let doc = documents(&app).await.pop().unwrap();
    let manage = format!("/manage/meetings/{}/documents", r.meeting_id);
    publish(&app, &r, &r.browser, doc.id).await;

    // A reason is required.
    let withdraw = format!("/manage/documents/{}/withdraw", doc.id);
    let res = post_form(&app, &r.browser, &withdraw, &manage, &[("reason", "  ")]).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&format!("id=\"reason-{}-error\"", doc.id))
    );

    let res = post_form(
        &app,
        &r.browser,
        &withdraw,
        &manage,
        &[("reason", "Replaced by the final report.")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let public = client();
    for path in [
        format!("/documents/{}", doc.id),
        format!("/documents/{}/en", doc.id),
    ] {
        let res = public.get(app.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), 410, "{path}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("Replaced by the final report."), "{path}");
        assert!(html.contains("Draft conclusions"), "{path}");
    }
    let html = app
        .text_with(&public, &format!("/meetings/{}", r.meeting_id))
        .await;
    assert!(html.contains("Replaced by the final report."));
    assert!(
        !html.contains(&format!("/documents/{}/en", doc.id)),
        "no link to a withdrawn file"
    );
}

#[tokio::test]
async fn members_upload_documents_but_only_facilitators_publish_them() {
    let app = spawn_app().await;
    let r = record(&app).await;
    let member = app
        .create_user(Some((r.group.id, Role::Member)), false)
        .await;
    let member_browser = app.logged_in(&member).await;
    let res = upload_pdf(
        &app,
        &r,
        &member_browser,
        "Member contribution",
        "m.pdf",
        &tiny_pdf("m"),
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = documents(&app).await.pop().unwrap();
    let manage = format!("/manage/meetings/{}/documents", r.meeting_id);
    let res = publish(&app, &r, &member_browser, doc.id).await;
    assert_eq!(res.status(), 403);
    // Someone outside the group cannot upload.
    let outsider = app.create_user(None, false).await;
    let outsider_browser = app.logged_in(&outsider).await;
    let (ct, body) = multipart(&[("csrf", "x")], Some(("x.pdf", &tiny_pdf("x"))));
    let res = outsider_browser
        .post(app.url(&manage))
        .header("content-type", ct)
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(res.status() == 403, "got {}", res.status());
    assert_eq!(documents(&app).await.len(), 1);
    let _ = r.facilitator;
}

#[tokio::test]
async fn a_meeting_page_lists_its_consultations_with_a_link_to_published_results() {
    let app = spawn_app().await;
    let r = record(&app).await;
    let c = app.create_open_consultation().await;
    // Move the consultation into this group and meeting.
    use sea_orm::{ActiveModelTrait, Set};
    let row = consulta::entities::consultation::Entity::find_by_id(c.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: consulta::entities::consultation::ActiveModel = row.into();
    active.group_id = Set(r.group.id);
    active.meeting_id = Set(Some(r.meeting_id));
    active.update(&app.db).await.unwrap();

    let public = client();
    let page = format!("/meetings/{}", r.meeting_id);
    let html = app.text_with(&public, &page).await;
    assert!(
        html.contains("record-consultations"),
        "the open consultation is listed"
    );
    assert!(!html.contains(&format!("/results/{}", c.slug)));

    let actor = app.actor_of(&r.facilitator).await;
    lifecycle::transition(&app.db, &actor, c.id, Status::Closed, None)
        .await
        .unwrap();
    let consultation = consulta::consultations::repo::find_by_id(&app.db, c.id)
        .await
        .unwrap()
        .unwrap();
    consulta::publishing::publish(&app.db, &consultation, Some(actor.id()), true)
        .await
        .unwrap();
    let html = app.text_with(&public, &page).await;
    assert!(html.contains(&format!("/results/{}?lang=en", c.slug)));

    // The public site leads to the record by links: home → results → the group's record.
    let home = app.text_with(&public, "/").await;
    assert!(home.contains("/results?lang=en#records"));
    let results = app.text_with(&public, "/results").await;
    assert!(results.contains(&format!("/g/{}?lang=en", r.group.slug)));
    // And the adult's group home leads to the record and to the documents page.
    let group_home = r
        .browser
        .get(app.url(&format!("/groups/{}", r.group.slug)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(group_home.contains(&format!("/g/{}", r.group.slug)));
    assert!(group_home.contains(&format!("/manage/meetings/{}/documents", r.meeting_id)));
}

#[tokio::test]
async fn the_demo_seeds_a_meeting_with_two_documents_and_a_published_consultation_of_last_year() {
    use chrono::Datelike;
    let app = spawn_app().await;
    let report = consulta::bench::demo::seed(&app.db, 0, true).await.unwrap();
    assert!(report.record_created);
    assert_eq!(
        report.consultation.slug(),
        "demo",
        "the demo consultation is unchanged"
    );
    assert_eq!(report.consultation.status, Status::Open);
    let again = consulta::bench::demo::seed(&app.db, 0, false)
        .await
        .unwrap();
    assert!(!again.record_created, "a second run adds nothing");

    let public = client();
    let record = app.text_with(&public, "/g/demo").await;
    let meeting = record
        .split("href=\"/meetings/")
        .nth(1)
        .and_then(|rest| rest.split('?').next())
        .expect("the record links its meeting")
        .to_owned();
    let html = app
        .text_with(&public, &format!("/meetings/{meeting}"))
        .await;
    assert!(html.contains("What young people told the Working Group"));
    assert!(html.contains("Summary of the online consultation"));
    assert!(html.contains("/results/demo-last-year?lang=en"));
    let docs = documents(&app).await;
    assert_eq!(docs.len(), 2);
    for d in &docs {
        let res = public
            .get(app.url(&format!("/documents/{}/en", d.id)))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    }
    let last_year = consulta::consultations::repo::find_by_slug(&app.db, "demo-last-year")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(last_year.status, Status::Published);
    assert_eq!(
        last_year.row.opens_at.unwrap().year(),
        chrono::Utc::now().year() - 1
    );
    let res = public
        .get(app.url("/results/demo-last-year"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}
