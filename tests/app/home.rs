//! The adults' home and the corridors of a consultation's cycle, walked as a browser would:
//! sign in, follow the redirect from `/` to the group's home, then only follow links and
//! submit the forms found on the pages (no address is built by hand but the first).
use crate::helpers::{TestApp, input_value, spawn_app, unescape};

/// Every `href` of `html`, decoded, in order.
fn hrefs(html: &str) -> Vec<String> {
    html.split(" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(unescape)
        .collect()
}

/// The part of `html` from the first `start` on to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in:\n{html}"));
    let rest = &html[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// The card of the only consultation on a group's home.
fn card(home: &str) -> &str {
    between(home, "<section class=\"card home-card\"", "</section>")
}

/// The links of the consultation's tab bar.
fn tab_links(page: &str) -> Vec<String> {
    hrefs(between(page, "<nav class=\"tabs\"", "</nav>"))
}

/// The links of a card's list of cycle pages.
fn cycle_links(card: &str) -> Vec<String> {
    hrefs(between(card, "<ul class=\"cycle-links\">", "</ul>"))
}

/// The label of a card's next-step button (a link or a form's button), without the hidden
/// consultation title.
fn next_step(card: &str) -> Option<String> {
    let block = card.split("<div class=\"actions next-step\">").nth(1)?;
    let tag_end = if block.trim_start().starts_with("<form") {
        block.split("<button type=\"submit\">").nth(1)?
    } else {
        block.split("class=\"button\"").nth(1)?.split_once('>')?.1
    };
    Some(unescape(
        tag_end.split("<span").next().unwrap_or_default().trim(),
    ))
}

/// The action and fields of the first form posted to an address containing `to`.
fn form_to(html: &str, to: &str) -> (String, Vec<(String, String)>) {
    let form = html
        .split("<form method=\"post\" action=\"")
        .skip(1)
        .find(|f| f.split('"').next().unwrap_or_default().contains(to))
        .unwrap_or_else(|| panic!("no form posted to {to:?} in:\n{html}"));
    let form = form.split("</form>").next().unwrap_or_default();
    let action = unescape(form.split('"').next().unwrap_or_default());
    let fields = form
        .split(" name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter_map(|name| input_value(form, name).map(|v| (name.to_owned(), v)))
        .collect();
    (action, fields)
}

/// The next-step form of a card.
fn next_form(card: &str) -> (String, Vec<(String, String)>) {
    form_to(card, "/manage/c/")
}

/// GET, following redirects within the site: (final path, status, body).
async fn open(app: &TestApp, c: &reqwest::Client, path: &str) -> (String, u16, String) {
    let mut path = path.to_owned();
    for _ in 0..5 {
        let res = c.get(app.url(&path)).send().await.unwrap();
        let status = res.status().as_u16();
        if status == 303 || status == 302 {
            path = res.headers()["location"].to_str().unwrap().to_owned();
            continue;
        }
        return (path, status, res.text().await.unwrap());
    }
    panic!("too many redirects from {path}");
}

/// POSTs a form, following its redirect.
async fn submit(
    app: &TestApp,
    c: &reqwest::Client,
    action: &str,
    fields: &[(String, String)],
) -> (String, u16, String) {
    let res = c.post(app.url(action)).form(fields).send().await.unwrap();
    match res.status().as_u16() {
        303 => {
            let to = res.headers()["location"].to_str().unwrap().to_owned();
            open(app, c, &to).await
        }
        status => (action.to_owned(), status, res.text().await.unwrap()),
    }
}

/// Signs in and follows `/` to the adult's home.
async fn home(app: &TestApp, c: &reqwest::Client) -> (String, String) {
    let res = c.get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status(), 303, "/ sends a signed-in adult on");
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    let (path, status, html) = open(app, c, &to).await;
    assert_eq!(status, 200, "{path}");
    (path, html)
}

/// Every link of `links` answers 200 (after its redirects), its tab bar too when it has one.
async fn all_open(app: &TestApp, c: &reqwest::Client, links: &[String]) -> Vec<String> {
    let mut reached = Vec::new();
    for link in links {
        let (path, status, html) = open(app, c, link).await;
        assert_eq!(status, 200, "{link} (reached as {path})");
        reached.push(path.clone());
        if html.contains("<nav class=\"tabs\"") {
            for tab in tab_links(&html) {
                let (tab_path, status, _) = open(app, c, &tab).await;
                assert_eq!(status, 200, "tab {tab} of {link} (reached as {tab_path})");
            }
        }
    }
    reached
}

#[tokio::test]
async fn a_facilitator_walks_the_whole_cycle_from_the_group_home_by_links_and_buttons() {
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let browser = app.logged_in(&c.facilitator).await;
    let (path, html) = home(&app, &browser).await;
    assert_eq!(
        path,
        format!("/groups/{}", c.group.slug),
        "one group: its home"
    );
    assert_eq!(next_step(card(&html)).as_deref(), Some("Open it"));

    // Every page of the cycle is one click from the home, and from every tab bar.
    let links = cycle_links(card(&html));
    let reached = all_open(&app, &browser, &links).await;
    for page in [
        "/preview",
        "/translations",
        "/live",
        "/moderation",
        "/summary",
        "/downloads",
        "/publish",
    ] {
        assert!(
            reached.iter().any(|p| p.ends_with(page)),
            "{page} not reached from the home: {reached:?}"
        );
    }
    let (_, _, overview) = open(&app, &browser, &links[0]).await;
    let tabs = tab_links(&overview);
    assert!(
        tabs.iter().any(|t| t.ends_with("/summary"))
            && tabs.iter().any(|t| t.ends_with("/publish")),
        "Results and Publish are tabs: {tabs:?}"
    );

    // draft → open: the home's button opens it; the demo has a meeting phase, so the next
    // step starts the live session, which the same kind of button does.
    let (action, fields) = next_form(card(&html));
    let (_, status, _) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200);
    let (_, html) = home(&app, &browser).await;
    assert_eq!(
        next_step(card(&html)).as_deref(),
        Some("Start the live session")
    );
    let (action, fields) = next_form(card(&html));
    let (control, status, control_page) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200);
    assert!(control.starts_with("/manage/live/"), "{control}");
    let (_, html) = home(&app, &browser).await;
    assert_eq!(
        next_step(card(&html)).as_deref(),
        Some("Run the live session")
    );
    assert!(
        hrefs(card(&html))
            .iter()
            .any(|h| h.starts_with("/present/")),
        "the projector is one click away while the session runs"
    );
    let end = format!("{control}/end");
    let csrf = input_value(&control_page, "csrf").unwrap();
    let (_, status, _) = submit(&app, &browser, &end, &[("csrf".into(), csrf)]).await;
    assert_eq!(status, 200);

    // open → closed → published → feedback written.
    let (_, html) = home(&app, &browser).await;
    assert_eq!(next_step(card(&html)).as_deref(), Some("Close it"));
    let (action, fields) = next_form(card(&html));
    let (_, status, confirm) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200, "closing asks first: {confirm}");
    let (action, fields) = form_to(&confirm, "/status");
    submit(&app, &browser, &action, &fields).await;
    let (_, html) = home(&app, &browser).await;
    assert_eq!(
        next_step(card(&html)).as_deref(),
        Some("Publish the results")
    );
    assert!(html.contains("Raw answers deleted on"), "{html}");
    let publish_link = hrefs(between(card(&html), "next-step", "</div>"))[0].clone();
    let (_, status, publish_page) = open(&app, &browser, &publish_link).await;
    assert_eq!(status, 200);
    let (action, fields) = form_to(&publish_page, "/publish");
    let (_, status, _) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200);
    let (_, html) = home(&app, &browser).await;
    assert_eq!(
        next_step(card(&html)).as_deref(),
        Some("Write \"what we did with your views\"")
    );
    let links = cycle_links(card(&html));
    let public = links
        .iter()
        .find(|l| l.starts_with("/results/"))
        .expect("a published consultation links its public page");
    let (_, status, _) = open(&app, &browser, public).await;
    assert_eq!(status, 200);
    all_open(&app, &browser, &links).await;
}

#[tokio::test]
async fn go_live_on_the_overview_starts_the_live_session() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let browser = app.logged_in(&c.facilitator).await;
    let (_, html) = home(&app, &browser).await;
    let editor = cycle_links(card(&html))[0].clone();
    let (_, _, overview) = open(&app, &browser, &editor).await;
    let form = overview
        .split("<form method=\"post\" action=\"")
        .find(|f| f.contains("name=\"to\" value=\"live\""))
        .expect("a Go live button");
    let form = format!("<form method=\"post\" action=\"{form}");
    let (action, fields) = form_to(&form, "/status");
    let (control, status, page) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200, "{page}");
    assert!(control.starts_with("/manage/live/"), "{control}");
}

#[tokio::test]
async fn a_member_sees_results_and_downloads_and_no_editing() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let member = app
        .create_user(Some((c.group.id, consulta::accounts::Role::Member)), false)
        .await;
    let browser = app.logged_in(&member).await;
    let (path, html) = home(&app, &browser).await;
    assert_eq!(path, format!("/groups/{}", c.group.slug));
    let card = card(&html);
    assert_eq!(next_step(card), None, "members take no step");
    let links = cycle_links(card);
    assert_eq!(links.len(), 2, "{links:?}");
    assert!(links[0].ends_with("/summary") && links[1].ends_with("/downloads"));
    let reached = all_open(&app, &browser, &links).await;
    assert_eq!(reached.len(), 2);
    let (_, _, downloads) = open(&app, &browser, &links[1]).await;
    assert!(
        !downloads.contains("responses.csv"),
        "raw answers are for facilitators"
    );
    assert!(downloads.contains("summary.csv"));
}

#[tokio::test]
async fn a_new_group_is_guided_to_its_first_consultation_and_administrators_see_every_group() {
    let app = spawn_app().await;
    let (group, _, browser) = app.logged_in_facilitator().await;
    let (path, html) = home(&app, &browser).await;
    assert_eq!(path, format!("/groups/{}", group.slug));
    assert!(html.contains("Create the first consultation"), "{html}");
    let create = hrefs(&html)
        .into_iter()
        .find(|h| h.ends_with("/consultations/new"))
        .expect("a link to create one");
    let (_, status, _) = open(&app, &browser, &create).await;
    assert_eq!(status, 200);

    let (_, admin) = app.logged_in_admin().await;
    let (path, html) = home(&app, &admin).await;
    assert_eq!(path, "/groups");
    assert!(html.contains(&format!("/groups/{}", group.slug)));

    // Signed out, `/` is the young people's start page.
    let (status, html) = app.get_html("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("action=\"/j\""));
}

#[tokio::test]
async fn a_closed_consultation_asks_for_its_texts_to_be_moderated_before_it_is_published() {
    use crate::fixtures::moderation::Setup;
    let s = Setup::with(spawn_app().await, "closed", Some(1), serde_json::json!({})).await;
    let text = s.answer("en", "More privacy settings please").await;
    let browser = s.app.logged_in(&s.facilitator).await;
    let (_, html) = home(&s.app, &browser).await;
    let first = card(&html);
    assert_eq!(next_step(first).as_deref(), Some("Moderate one text"));
    assert!(first.contains("<dd>one person</dd>"), "{first}");
    assert!(first.contains("Raw answers deleted on"), "{first}");
    let moderate = hrefs(between(first, "next-step", "</div>"))[0].clone();
    let (path, status, _) = open(&s.app, &browser, &moderate).await;
    assert_eq!(status, 200, "{path}");
    let res = s
        .decide(
            &s.facilitator,
            text,
            serde_json::json!({"decision": "approved"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let (_, html) = home(&s.app, &browser).await;
    assert_eq!(
        next_step(card(&html)).as_deref(),
        Some("Publish the results")
    );
}

/// The tab whose link is marked current on `page`.
fn current_tab(page: &str) -> String {
    let nav = between(page, "<nav class=\"tabs\"", "</nav>");
    let current = nav
        .split("<li>")
        .find(|li| li.contains("aria-current=\"page\""))
        .unwrap_or_else(|| panic!("no current tab in {nav}"));
    hrefs(current)[0].clone()
}

#[tokio::test]
async fn the_live_and_moderation_pages_carry_the_tabs_and_the_public_page_leads_adults_back() {
    let app = spawn_app().await;
    let c = app.create_open_consultation().await;
    let browser = app.logged_in(&c.facilitator).await;
    let (_, html) = home(&app, &browser).await;
    let links = cycle_links(card(&html));
    let link = |end: &str| links.iter().find(|l| l.ends_with(end)).unwrap().clone();

    // The live start page, the control page and the moderation queue: the tab bar, with
    // their own tab current.
    let (_, status, start) = open(&app, &browser, &link("/live")).await;
    assert_eq!(status, 200);
    assert!(current_tab(&start).ends_with("/live"), "{start}");
    let (_, status, queue) = open(&app, &browser, &link("/moderation")).await;
    assert_eq!(status, 200);
    assert!(current_tab(&queue).ends_with("/moderation"), "{queue}");
    let (action, fields) = form_to(&start, "/live");
    let (control, status, control_page) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200);
    assert!(control.starts_with("/manage/live/"), "{control}");
    assert!(current_tab(&control_page).ends_with("/live"));
    all_open(&app, &browser, &tab_links(&control_page)).await;
    let csrf = input_value(&control_page, "csrf").unwrap();
    submit(
        &app,
        &browser,
        &format!("{control}/end"),
        &[("csrf".into(), csrf)],
    )
    .await;

    // Closed and published: the public page links a signed-in adult of the group back to the
    // publish page (and is not cached for them); the public sees no such link.
    let (_, html) = home(&app, &browser).await;
    let (action, fields) = next_form(card(&html));
    let (_, _, confirm) = submit(&app, &browser, &action, &fields).await;
    assert!(
        confirm.contains("Young people can no longer answer"),
        "closing asks first"
    );
    let (action, fields) = form_to(&confirm, "/status");
    submit(&app, &browser, &action, &fields).await;
    let (_, _, publish_page) = open(&app, &browser, &link("/publish")).await;
    let (action, fields) = form_to(&publish_page, "/publish");
    let (public, status, page) = submit(&app, &browser, &action, &fields).await;
    assert_eq!(status, 200, "{page}");
    assert!(public.starts_with("/results/"), "{public}");
    let back = between(&page, "id=\"manage-link\"", "</p>");
    assert_eq!(hrefs(back), [link("/publish")]);
    let res = browser.get(app.url(&public)).send().await.unwrap();
    assert_eq!(res.headers()["cache-control"], "no-store");
    let (status, anonymous) = app.get_html(&public).await;
    assert_eq!(status, 200);
    assert!(!anonymous.contains("manage-link"), "{anonymous}");
    assert!(!anonymous.contains("/manage/"), "{anonymous}");
}

#[tokio::test]
async fn a_language_chosen_on_the_start_page_stays_on_the_way_to_the_home() {
    let app = spawn_app().await;
    let (group, _, browser) = app.logged_in_facilitator().await;
    let res = browser.get(app.url("/?lang=fr")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("/groups/{}?lang=fr", group.slug));
    let (_, status, html) = open(&app, &browser, &to).await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"fr\""), "{html}");
    // The choice is remembered: the next visit of `/` without `?lang` is in French too.
    let (_, _, again) = open(&app, &browser, "/").await;
    assert!(again.contains("<html lang=\"fr\""), "{again}");
    // A language that is not one of the interface's is not passed on.
    let res = browser.get(app.url("/?lang=xx")).send().await.unwrap();
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        format!("/groups/{}", group.slug)
    );
}
