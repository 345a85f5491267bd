//! The facilitators' preview of the journey in a phone-sized frame
//! (`/manage/c/{slug}/preview/phone`): every real screen (age, adult's confirmation, about
//! you, the sections, check, receipt) in any state of the consultation, marked as a preview,
//! framable by the editor's own pages only, and never stored, counted or accepted by the
//! public journey.
use consulta::entities::{answer, response};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    fixtures::Fixture,
    helpers::{TestApp, input_value, spawn_app},
};

/// A walk through the preview with a signed-in facilitator's client.
struct PreviewWalk<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    base: String,
    html: String,
}

impl PreviewWalk<'_> {
    /// Posts the current page's state and sig with `fields` to the preview (or `path`).
    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> u16 {
        let mut form: Vec<(String, String)> = ["state", "sig"]
            .iter()
            .filter_map(|name| Some(((*name).to_owned(), input_value(&self.html, name)?)))
            .collect();
        form.extend(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        let res = self
            .client
            .post(self.app.url(path))
            .form(&form)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        self.html = res.text().await.unwrap();
        status
    }

    async fn next(&mut self, fields: &[(&str, &str)]) -> u16 {
        let mut all = fields.to_vec();
        all.push(("action", "next"));
        let base = self.base.clone();
        self.post(&base, &all).await
    }

    /// The screen shown, marked as a preview, its forms posting to the preview only.
    fn expect_screen(&self, marker: &str, what: &str) {
        assert!(self.html.contains(marker), "{what}: {}", self.html);
        assert!(
            self.html.contains("Preview — nothing is stored"),
            "{what}: marked as a preview"
        );
        assert!(
            !self.html.contains("action=\"/c/") && !self.html.contains("formaction=\"/c/"),
            "{what}: no form leaves the preview"
        );
        assert!(
            !self.html.contains("rel=\"manifest\""),
            "{what}: never kept for offline answering"
        );
    }
}

async fn stored(app: &TestApp, fx: &Fixture) -> (u64, u64) {
    let responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(fx.id))
        .count(&app.db)
        .await
        .unwrap();
    (
        responses,
        answer::Entity::find().count(&app.db).await.unwrap(),
    )
}

/// Walks the fixture's journey in the preview as a 9–12-year-old, up to the receipt page.
async fn walk_to_receipt(w: &mut PreviewWalk<'_>) {
    w.expect_screen("<h1>Safety online</h1>", "landing");
    let base = w.base.clone();
    assert_eq!(
        w.post(&base, &[("lang", "en"), ("action", "start")]).await,
        200
    );
    w.expect_screen("name=\"age_band\"", "age");
    assert!(w.html.contains("Step 1 of"), "the journey's steps");
    assert_eq!(w.next(&[("age_band", "9-12")]).await, 200);
    w.expect_screen("name=\"guardian\"", "the adult's confirmation");
    // A problem is shown as in the journey, in the preview.
    assert_eq!(w.next(&[]).await, 422);
    w.expect_screen(
        "name=\"guardian\"",
        "the adult's confirmation with a problem",
    );
    assert_eq!(w.next(&[("guardian", "yes")]).await, 200);
    w.expect_screen("name=\"country\"", "about you");
    assert_eq!(w.next(&[("country", "FR")]).await, 200);
    w.expect_screen("name=\"a:uses\"", "first section");
    let first = [("a:uses", "yes"), ("a:apps", "chat"), ("a:safe", "4")];
    assert_eq!(w.next(&first).await, 200);
    w.expect_screen("name=\"a:hours\"", "second section");
    let second = [
        ("r:priorities:privacy", "1"),
        ("r:priorities:bullying", "2"),
        ("r:priorities:screen", "3"),
        ("a:word", "fun"),
    ];
    assert_eq!(w.next(&second).await, 200);
    w.expect_screen("Check your answers", "check");
    let submit = format!("{}/submit\"", w.base);
    assert!(w.html.contains(&submit), "check sends to the preview's end");
    let end = format!("{}/submit", w.base);
    assert_eq!(w.post(&end, &[("action", "submit")]).await, 200);
    w.expect_screen("class=\"receipt\"", "the receipt page");
}

#[tokio::test]
async fn the_preview_walks_age_consent_sections_and_check_of_a_draft_and_stores_nothing() {
    let app = spawn_app().await;
    let fx = app.consultation_with("draft", |_| {}).await;
    let (_, client, _) = app.signed_in_facilitator_of(&fx).await;
    let base = format!("/manage/c/{}/preview/phone", fx.slug);
    let res = client
        .get(app.url(&format!("{base}?language=en")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "a draft can be previewed");
    let headers = res.headers().clone();
    assert_eq!(headers["x-frame-options"], "SAMEORIGIN");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    assert!(headers.get("set-cookie").is_none(), "nothing remembered");
    let mut w = PreviewWalk {
        app: &app,
        client,
        html: res.text().await.unwrap(),
        base,
    };
    walk_to_receipt(&mut w).await;
    assert_eq!(stored(&app, &fx).await, (0, 0), "nothing stored");
    // The editor's own page frames the journey, and is never framed itself.
    let editor = w
        .client
        .get(app.url(&format!("/manage/c/{}/preview", fx.slug)))
        .send()
        .await
        .unwrap();
    assert_eq!(editor.headers()["x-frame-options"], "DENY");
    let page = editor.text().await.unwrap();
    assert!(
        page.contains(&format!(
            "<iframe name=\"phone-preview\" class=\"phone-frame\" src=\"/manage/c/{}/preview/phone?language=en\"",
            fx.slug
        )),
        "the preview tab frames the journey"
    );
}

#[tokio::test]
async fn a_preview_journey_is_refused_by_the_public_journey_and_the_preview_is_for_facilitators() {
    let app = spawn_app().await;
    let fx = app.open_consultation().await;
    let (_, client, _) = app.signed_in_facilitator_of(&fx).await;
    let base = format!("/manage/c/{}/preview/phone", fx.slug);
    let html = client
        .get(app.url(&base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut w = PreviewWalk {
        app: &app,
        client,
        html,
        base,
    };
    walk_to_receipt(&mut w).await;
    // A preview's state, sent to the public journey, starts again and stores nothing.
    let base = w.base.clone();
    w.post(&base, &[("action", "start")]).await;
    let public = format!("/c/{}", fx.slug);
    let mut check = PreviewWalk {
        app: &app,
        client: crate::helpers::client(),
        html: w.html.clone(),
        base: public.clone(),
    };
    assert!(
        input_value(&check.html, "state")
            .unwrap()
            .contains("\"pv\":true")
    );
    assert_eq!(check.post(&public, &[("action", "next")]).await, 400);
    assert_eq!(
        check
            .post(&format!("{public}/submit"), &[("action", "submit")])
            .await,
        400
    );
    assert_eq!(stored(&app, &fx).await, (0, 0), "nothing stored");

    // A member of the group, and a stranger, cannot open it.
    let member = app.member_of(&fx).await;
    let member = app.logged_in(&member).await;
    let res = member.get(app.url(&w.base)).send().await.unwrap();
    assert_eq!(res.status(), 403);
    let res = crate::helpers::client()
        .get(app.url(&w.base))
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 200);
}
