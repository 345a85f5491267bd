//! Say only what is true: the check-answers page names exactly what is removed from free
//! text, the overview's refusal to publish points to the publish page (which has the
//! "publish without them" choice), representativeness targets are edited in the settings
//! form, and the accessibility statement gives its status, limitations, date and contact.
use serde_json::json;

use crate::{
    fixtures::moderation::Setup,
    helpers::{input_value, spawn_app},
};

#[tokio::test]
async fn the_overview_refusal_to_publish_links_to_the_publish_page_it_names() {
    let s = Setup::with(spawn_app().await, "closed", Some(1), json!({})).await;
    s.answer("en", "Schools should teach online safety.").await;
    let browser = s.app.logged_in(&s.facilitator).await;
    let overview = s.app.url(&format!("/manage/c/{}", s.slug()));
    let html = browser
        .get(&overview)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = input_value(&html, "csrf").expect("a csrf field");
    let res = browser
        .post(s.app.url(&format!("/manage/c/{}/status", s.slug())))
        .form(&[
            ("csrf", csrf.as_str()),
            ("from", "closed"),
            ("to", "published"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("or publish without them on the publish page"),
        "{html}"
    );
    assert!(!html.contains("tick the box"), "no box on this page");
    assert!(
        html.contains("href=\"#f-publish\""),
        "the summary links to it"
    );
    assert!(html.contains(&format!(
        "<p id=\"f-publish\"><a href=\"/manage/consultations/{}/publish\">Open the publish page</a>",
        s.slug()
    )));
    // The publish page does have the box.
    let publish = browser
        .get(
            s.app
                .url(&format!("/manage/consultations/{}/publish", s.slug())),
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(publish.contains("type=\"checkbox\""), "{publish}");
}

#[tokio::test]
async fn the_accessibility_statement_gives_status_limitations_date_and_contact_in_six_languages() {
    let app = spawn_app().await;
    for lang in ["en", "fr", "es", "ru", "ar", "zh"] {
        let res = reqwest::Client::new()
            .get(app.url("/accessibility"))
            .header("Accept-Language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        for id in ["status", "last-tested", "limitations", "contact"] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{lang}: {id}");
        }
        for word in ["WCAG 2.2", "axe-core", "Chromium", "2026"] {
            assert!(html.contains(word), "{lang}: {word}");
        }
        assert!(
            !html.contains("accessibility-"),
            "{lang}: a missing message key"
        );
    }
    let (_, en) = app.get_html("/accessibility?lang=en").await;
    let en = crate::helpers::unescape(&en);
    for text in [
        "Consulta is partially conformant with WCAG 2.2 level AA",
        "Last tested: 6 December 2026.",
        "the projector only in English and Arabic",
        "Write to the organisers of your consultation",
    ] {
        assert!(en.contains(text), "{text}: {en}");
    }
    assert!(!en.contains("Every page is tested"), "no longer claimed");
}

#[test]
fn the_check_answers_message_names_what_is_removed_and_that_names_are_not() {
    // The message of the check page (participation/check.html) in every language: exactly
    // what the scrubber removes, and no promise about names.
    for (lang, removed, names) in [
        (
            "en",
            "usernames and street addresses",
            "Names are not removed",
        ),
        (
            "fr",
            "les pseudos et les adresses postales",
            "Les noms ne sont pas retirés",
        ),
        (
            "es",
            "nombres de usuario y direcciones postales",
            "Los nombres no se quitan",
        ),
        ("ru", "никнеймы и почтовые адреса", "Имена не удаляются"),
        ("ar", "أسماء المستخدمين والعناوين البريدية", "الأسماء لا تُحذف"),
        ("zh", "用户名和住址", "名字不会被删除"),
    ] {
        let text = consulta::i18n::Locale::new(lang).t("p-check-personal-details");
        assert!(
            text.contains(removed) && text.contains(names),
            "{lang}: {text}"
        );
    }
}

/// The settings form as the page fills it, with `targets` fields set as given.
fn settings_form(html: &str, targets: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = [
        "csrf",
        "version",
        "age_bands",
        "min_age",
        "consent_age",
        "threshold",
        "retention_days",
        "duration_minutes",
        "access_code",
    ]
    .iter()
    .map(|n| ((*n).to_owned(), input_value(html, n).unwrap_or_default()))
    .collect();
    for (dimension, value) in targets {
        form.push((format!("targets.{dimension}"), (*value).to_owned()));
    }
    form
}

#[tokio::test]
async fn representativeness_targets_are_edited_in_the_settings_form_and_a_bad_one_is_refused() {
    use consulta::consultations::repo;
    let app = spawn_app().await;
    let c = app.create_draft_consultation().await;
    let browser = app.logged_in(&c.facilitator).await;
    let path = app.url(&format!("/manage/c/{}/settings", c.slug));
    let page = |b: reqwest::Client, url: String| async move {
        b.get(url).send().await.unwrap().text().await.unwrap()
    };
    let html = page(browser.clone(), path.clone()).await;
    assert!(html.contains("Representativeness targets"), "{html}");
    assert!(html.contains("name=\"targets.age_band\""));

    // A share above 100 and a group that does not exist: 422, messages next to the
    // fields, the typed values kept, nothing saved.
    let before = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();
    let res = browser
        .post(&path)
        .form(&settings_form(
            &html,
            &[
                ("age_band", "13-15: 140, 16-17: 60"),
                ("gender", "girls: 50"),
            ],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let bad = res.text().await.unwrap();
    assert!(bad.contains("id=\"f-targets.age_band-error\""), "{bad}");
    assert!(bad.contains("Shares are percentages from 0 to 100."));
    assert!(bad.contains("id=\"f-targets.gender-error\""), "{bad}");
    assert!(bad.contains("is not one of the groups of this list"));
    assert_eq!(
        input_value(&bad, "targets.age_band").as_deref(),
        Some("13-15: 140, 16-17: 60"),
        "typed value kept"
    );
    assert_eq!(
        input_value(&bad, "targets.gender").as_deref(),
        Some("girls: 50")
    );
    let after = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();
    assert_eq!(after.row.version, before.row.version, "nothing saved");
    assert!(after.definition.settings.targets.is_empty());

    // Not "group: share": refused the same way.
    let res = browser
        .post(&path)
        .form(&settings_form(&html, &[("country", "France 50")]))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let bad = res.text().await.unwrap();
    assert!(bad.contains("id=\"f-targets.country-error\""), "{bad}");

    // Good values are saved, shown again in the form, and read by the API.
    let res = browser
        .post(&path)
        .form(&settings_form(
            &html,
            &[
                ("age_band", "13-15: 40, 16-17: 60"),
                ("country", "fr: 50; SN: 50"),
            ],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let saved = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();
    let targets = &saved.definition.settings.targets;
    assert_eq!(targets["age_band"]["13-15"], 40);
    assert_eq!(targets["age_band"]["16-17"], 60);
    assert_eq!(targets["country"]["FR"], 50);
    assert_eq!(targets["country"]["SN"], 50);
    let html = page(browser.clone(), path.clone()).await;
    assert_eq!(
        input_value(&html, "targets.age_band").as_deref(),
        Some("13-15: 40, 16-17: 60")
    );
    assert_eq!(
        input_value(&html, "targets.country").as_deref(),
        Some("FR: 50, SN: 50")
    );
    // An emptied field removes that dimension's targets.
    let res = browser
        .post(&path)
        .form(&settings_form(
            &html,
            &[("age_band", ""), ("country", "FR: 50, SN: 50")],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let saved = repo::find_by_slug(&app.db, &c.slug).await.unwrap().unwrap();
    assert!(!saved.definition.settings.targets.contains_key("age_band"));
    assert_eq!(saved.definition.settings.targets["country"].len(), 2);
}
