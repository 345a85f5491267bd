//! Authoring with the HTML forms (no JavaScript): a whole six-language consultation with
//! every question kind, bad input kept and explained, concurrent edits, reordering,
//! translations, preview, and who may open which page.
use consulta::{
    accounts::Role,
    bench::demo,
    consultations::{
        definition::{Definition, Question, QuestionKind, text_in},
        repo,
    },
};

use crate::helpers::{TestApp, input_value, spawn_app};

pub(crate) type Pairs = Vec<(String, String)>;

pub(crate) fn pair(k: impl Into<String>, v: impl Into<String>) -> (String, String) {
    (k.into(), v.into())
}

async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let res = client.get(app.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn submit(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &Pairs,
) -> reqwest::Response {
    client.post(app.url(path)).form(form).send().await.unwrap()
}

/// The form's hidden fields (csrf, version) from the page at `form_page`, then `fields`.
pub(crate) async fn form_from(
    client: &reqwest::Client,
    app: &TestApp,
    form_page: &str,
    fields: Pairs,
) -> Pairs {
    let (status, html) = page(client, app, form_page).await;
    assert_eq!(status, 200, "{form_page}");
    let mut out = vec![pair(
        "csrf",
        input_value(&html, "csrf").expect("a csrf field"),
    )];
    if let Some(v) = input_value(&html, "version") {
        out.push(pair("version", v));
    }
    out.extend(fields);
    out
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_owned()
}

/// Every field of the question form for `q`.
pub(crate) fn question_fields(q: &Question, def: &Definition) -> Pairs {
    let mut f = vec![
        pair("key", &q.key),
        pair("kind", q.kind.as_str()),
        pair("op", "save"),
    ];
    if q.required {
        f.push(pair("required", "on"));
    }
    for lang in &def.languages {
        f.push(pair(format!("text.{lang}"), text_in(&q.text, lang)));
        f.push(pair(format!("help.{lang}"), text_in(&q.help, lang)));
        for (band, text) in &q.easy_read {
            f.push(pair(
                format!("easy_read.{band}.{lang}"),
                text_in(text, lang),
            ));
        }
    }
    for (i, o) in q.options.iter().enumerate() {
        f.push(pair(format!("options.{i}.code"), &o.code));
        for lang in &def.languages {
            f.push(pair(
                format!("options.{i}.label.{lang}"),
                text_in(&o.label, lang),
            ));
        }
        if let Some(e) = &o.emoji {
            f.push(pair(format!("options.{i}.emoji"), e));
        }
        if let Some(v) = o.value {
            f.push(pair(format!("options.{i}.value"), v.to_string()));
        }
    }
    // Statements are edited in the options' rows (code, text per language).
    for (i, st) in q.statements.iter().enumerate() {
        f.push(pair(format!("options.{i}.code"), &st.code));
        for lang in &def.languages {
            f.push(pair(
                format!("options.{i}.label.{lang}"),
                text_in(&st.text, lang),
            ));
        }
    }
    if let Some(n) = q.statements_per_person {
        f.push(pair("statements_per_person", n.to_string()));
    }
    let num = |n: Option<f64>| n.map(|v| v.to_string()).unwrap_or_default();
    f.push(pair(
        "max_choices",
        q.max_choices.map(|n| n.to_string()).unwrap_or_default(),
    ));
    f.push(pair("min", num(q.min)));
    f.push(pair("max", num(q.max)));
    f.push(pair(
        "max_length",
        q.max_length.map(|n| n.to_string()).unwrap_or_default(),
    ));
    if q.pictorial {
        f.push(pair("pictorial", "on"));
    }
    if let Some(c) = &q.condition {
        f.push(pair("condition.question", &c.question));
        let op = match c.operator {
            consulta::consultations::definition::ConditionOperator::Equals => "equals",
            consulta::consultations::definition::ConditionOperator::Includes => "includes",
            consulta::consultations::definition::ConditionOperator::NotAnswered => "not_answered",
        };
        f.push(pair("condition.operator", op));
        if let Some(v) = &c.value {
            f.push(pair("condition.value", format!("{}:{v}", c.question)));
        }
    }
    f
}

#[tokio::test]
async fn a_full_six_language_consultation_with_every_question_kind_is_built_and_opened_through_the_forms()
 {
    let app = spawn_app().await;
    let (group, _, c) = app.logged_in_facilitator().await;
    let demo = demo::definition();
    let langs = ["ar", "en", "es", "fr", "ru", "zh"];

    let mut new = vec![
        pair("title", demo.title("en")),
        pair("default_language", "en"),
        pair("phases", "before"),
        pair("phases", "during"),
        pair("slug", "safe-online"),
        pair("meeting", ""),
    ];
    new.extend(langs.iter().map(|l| pair("languages", *l)));
    let new_page = format!("/manage/groups/{}/consultations/new", group.slug);
    let form = form_from(&c, &app, &new_page, new).await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/groups/{}/consultations", group.slug),
        &form,
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/manage/c/safe-online");

    let mut texts = Vec::new();
    for lang in langs {
        for (name, text) in [
            ("title", &demo.texts.title),
            ("introduction", &demo.texts.introduction),
            ("data_use", &demo.texts.data_use),
            ("closing", &demo.texts.closing),
        ] {
            texts.push(pair(format!("{name}.{lang}"), text_in(text, lang)));
        }
    }
    let form = form_from(&c, &app, "/manage/c/safe-online/texts", texts).await;
    let res = submit(&c, &app, "/manage/c/safe-online/texts", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());

    let mut settings = vec![
        pair("age_bands", "9-12, 13-15, 16-17, 18-24"),
        pair("min_age", "9"),
        pair("consent_age", "13"),
        pair("ask_country", "on"),
        pair("ask_gender", "on"),
        pair("duration_minutes", "10"),
        pair("opens_at", ""),
        pair("closes_at", "2099-12-31T18:00"),
        pair("threshold", "10"),
        pair("retention_days", "90"),
        pair("access_code", ""),
    ];
    for lang in langs {
        settings.push(pair(
            format!("results_note.{lang}"),
            text_in(&demo.settings.results_note, lang),
        ));
    }
    for (i, (country, line)) in demo.settings.helplines.iter().enumerate() {
        settings.push(pair(format!("helplines.{i}.country"), country));
        settings.push(pair(format!("helplines.{i}.name"), &line.name));
        settings.push(pair(format!("helplines.{i}.phone"), &line.phone));
        settings.push(pair(format!("helplines.{i}.url"), &line.url));
    }
    let form = form_from(&c, &app, "/manage/c/safe-online/settings", settings).await;
    let res = submit(&c, &app, "/manage/c/safe-online/settings", &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());

    for section in &demo.sections {
        let mut fields = vec![pair("key", &section.key)];
        fields.extend(
            langs
                .iter()
                .map(|l| pair(format!("title.{l}"), text_in(&section.title, l))),
        );
        let form = form_from(&c, &app, "/manage/c/safe-online/new-section", fields).await;
        let res = submit(&c, &app, "/manage/c/safe-online/sections", &form).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
        for q in &section.questions {
            let new_q = format!(
                "/manage/c/safe-online/sections/{}/questions/new?kind={}",
                section.key,
                q.kind.as_str()
            );
            let form = form_from(&c, &app, &new_q, question_fields(q, &demo)).await;
            let res = submit(
                &c,
                &app,
                &format!("/manage/c/safe-online/sections/{}/questions", section.key),
                &form,
            )
            .await;
            assert_eq!(
                res.status(),
                303,
                "{}: {}",
                q.key,
                res.text().await.unwrap()
            );
            assert!(location(&res).ends_with(&format!("#q-{}", q.key)));
        }
    }

    let (_, overview) = page(&c, &app, "/manage/c/safe-online").await;
    assert!(overview.contains("Everything is ready"), "{overview}");
    let form = form_from(
        &c,
        &app,
        "/manage/c/safe-online",
        vec![pair("from", "draft"), pair("to", "open")],
    )
    .await;
    let res = submit(&c, &app, "/manage/c/safe-online/status", &form).await;
    assert_eq!(res.status(), 303);

    let stored = repo::find_by_slug(&app.db, "safe-online")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, consulta::consultations::Status::Open);
    assert_eq!(
        stored.definition.sections, demo.sections,
        "every question as typed"
    );
    assert_eq!(stored.definition.texts.title, demo.texts.title);
    assert_eq!(
        stored.definition.settings.helplines,
        demo.settings.helplines
    );
    assert_eq!(stored.definition.settings.phases.len(), 2);
    assert!(stored.row.closes_at.is_some());

    let (status, group_home) = page(&c, &app, &format!("/groups/{}", group.slug)).await;
    assert_eq!(status, 200);
    assert!(group_home.contains("/manage/c/safe-online"), "{group_home}");
}

#[tokio::test]
async fn opening_from_the_overview_lists_what_is_missing_in_each_language() {
    let app = spawn_app().await;
    let (group, _, c) = app.logged_in_facilitator().await;
    let mut new = vec![
        pair("title", "Our internet"),
        pair("default_language", "en"),
        pair("phases", "before"),
    ];
    new.extend(["en", "fr", "ar"].iter().map(|l| pair("languages", *l)));
    let form = form_from(
        &c,
        &app,
        &format!("/manage/groups/{}/consultations/new", group.slug),
        new,
    )
    .await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/groups/{}/consultations", group.slug),
        &form,
    )
    .await;
    assert_eq!(location(&res), "/manage/c/our-internet");

    let (_, overview) = page(&c, &app, "/manage/c/our-internet").await;
    assert!(
        overview.contains("things to do before it can open"),
        "{overview}"
    );
    let form = form_from(
        &c,
        &app,
        "/manage/c/our-internet",
        vec![pair("from", "draft"), pair("to", "open")],
    )
    .await;
    let res = submit(&c, &app, "/manage/c/our-internet/status", &form).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for expected in [
        "English: the introduction is missing",
        "Français: the title is missing",
        "العربية: the title is missing",
        "Add at least one question",
    ] {
        assert!(html.contains(expected), "{expected} not in {html}");
    }
    let (_, translations) = page(&c, &app, "/manage/c/our-internet/translations").await;
    assert!(translations.contains("the title"), "{translations}");
}

/// One bad-input case of a form: where to post, what to change, which field complains,
/// and a typed value that must come back.
struct Case {
    what: &'static str,
    form_page: String,
    action: String,
    fields: Pairs,
    error_field: &'static str,
    kept: &'static str,
}

#[tokio::test]
async fn bad_input_is_explained_next_to_its_field_and_everything_typed_is_kept() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let def = demo::definition();
    let s = &t.slug;
    let g = &t.group.slug;
    let question = |change: &dyn Fn(&mut Question)| {
        let mut q = def.question("time_online").unwrap().clone();
        change(&mut q);
        question_fields(&q, &def)
    };
    let new_question = |change: &dyn Fn(&mut Question)| {
        let mut q = Question::new("fresh", QuestionKind::Number);
        q.text
            .insert("en".into(), "How old are you? (typed)".into());
        change(&mut q);
        question_fields(&q, &def)
    };
    let cases = vec![
        Case {
            what: "an empty title",
            form_page: format!("/manage/groups/{g}/consultations/new"),
            action: format!("/manage/groups/{g}/consultations"),
            fields: vec![
                pair("title", " "),
                pair("default_language", "en"),
                pair("languages", "en"),
                pair("phases", "before"),
                pair("slug", "kept-slug"),
            ],
            error_field: "title",
            kept: "kept-slug",
        },
        Case {
            what: "a duplicate question key",
            form_page: format!("/manage/c/{s}/questions/time_online"),
            action: format!("/manage/c/{s}/questions/time_online"),
            fields: question(&|q| {
                q.key = "activities".into();
                q.text.insert("en".into(), "Typed question".into());
            }),
            error_field: "key",
            kept: "Typed question",
        },
        Case {
            what: "an option list with one option",
            form_page: format!("/manage/c/{s}/questions/time_online"),
            action: format!("/manage/c/{s}/questions/time_online"),
            fields: question(&|q| {
                q.options.truncate(1);
                q.help.insert("fr".into(), "Aide tapée".into());
            }),
            error_field: "options",
            kept: "Aide tapée",
        },
        Case {
            what: "a number question whose min exceeds max",
            form_page: format!("/manage/c/{s}/sections/ideas/questions/new?kind=number"),
            action: format!("/manage/c/{s}/sections/ideas/questions"),
            fields: new_question(&|q| {
                q.min = Some(20.0);
                q.max = Some(10.0);
            }),
            error_field: "min",
            kept: "How old are you? (typed)",
        },
        Case {
            what: "a text longer than its limit",
            form_page: format!("/manage/c/{s}/questions/time_online"),
            action: format!("/manage/c/{s}/questions/time_online"),
            fields: question(&|q| {
                q.text.insert("ru".into(), "слово ".repeat(200));
            }),
            error_field: "text.ru",
            kept: "слово слово",
        },
        Case {
            what: "a condition on a later question",
            form_page: format!("/manage/c/{s}/questions/time_online"),
            action: format!("/manage/c/{s}/questions/time_online"),
            fields: {
                let mut f = question(&|_| {});
                f.push(pair("condition.question", "upsetting"));
                f.push(pair("condition.operator", "equals"));
                f.push(pair("condition.value", "upsetting:yes"));
                f
            },
            error_field: "condition.question",
            kept: "how much time do you spend online",
        },
        Case {
            what: "a value that is not a number",
            form_page: format!("/manage/c/{s}/sections/ideas/questions/new?kind=number"),
            action: format!("/manage/c/{s}/sections/ideas/questions"),
            fields: {
                let mut f = new_question(&|_| {});
                f.retain(|(k, _)| k != "max");
                f.push(pair("max", "twelve"));
                f
            },
            error_field: "max",
            kept: "twelve",
        },
        Case {
            what: "a threshold below five",
            form_page: format!("/manage/c/{s}/settings"),
            action: format!("/manage/c/{s}/settings"),
            fields: vec![
                pair("age_bands", "9-12, 13-17"),
                pair("min_age", "9"),
                pair("consent_age", "13"),
                pair("threshold", "3"),
                pair("retention_days", "90"),
                pair("duration_minutes", "7"),
                pair("access_code", "ROOM-12"),
            ],
            error_field: "threshold",
            kept: "ROOM-12",
        },
        Case {
            what: "a live threshold below three",
            form_page: format!("/manage/c/{s}/settings"),
            action: format!("/manage/c/{s}/settings"),
            fields: vec![
                pair("age_bands", "9-12, 13-17"),
                pair("min_age", "9"),
                pair("consent_age", "13"),
                pair("threshold", "10"),
                pair("live_threshold", "2"),
                pair("retention_days", "90"),
                pair("duration_minutes", "7"),
                pair("access_code", "ROOM-34"),
            ],
            error_field: "live_threshold",
            kept: "ROOM-34",
        },
        Case {
            what: "a duration of no minutes",
            form_page: format!("/manage/c/{s}/settings"),
            action: format!("/manage/c/{s}/settings"),
            fields: vec![
                pair("age_bands", "9-12, 13-17"),
                pair("min_age", "9"),
                pair("consent_age", "13"),
                pair("threshold", "10"),
                pair("retention_days", "90"),
                pair("duration_minutes", "0"),
                pair("access_code", "ROOM-56"),
            ],
            error_field: "duration_minutes",
            kept: "ROOM-56",
        },
        Case {
            what: "age bands that do not read",
            form_page: format!("/manage/c/{s}/settings"),
            action: format!("/manage/c/{s}/settings"),
            fields: vec![
                pair("age_bands", "nine to twelve"),
                pair("min_age", "9"),
                pair("consent_age", "13"),
                pair("threshold", "10"),
                pair("retention_days", "90"),
                pair("duration_minutes", "7"),
            ],
            error_field: "age_bands",
            kept: "nine to twelve",
        },
        Case {
            what: "a meeting ending before it starts",
            form_page: format!("/manage/groups/{g}/meetings/new"),
            action: format!("/manage/groups/{g}/meetings"),
            fields: vec![
                pair("title", "CWG-COP 12"),
                pair("starts_on", "2027-03-12"),
                pair("ends_on", "2027-03-10"),
                pair("place", "Geneva"),
            ],
            error_field: "ends_on",
            kept: "Geneva",
        },
        Case {
            what: "an empty section key",
            form_page: format!("/manage/c/{s}/new-section"),
            action: format!("/manage/c/{s}/sections"),
            fields: vec![pair("key", ""), pair("title.en", "Kept section title")],
            error_field: "key",
            kept: "Kept section title",
        },
    ];
    let before = repo::find_by_slug(&app.db, s)
        .await
        .unwrap()
        .unwrap()
        .row
        .version;
    for case in cases {
        let form = form_from(&c, &app, &case.form_page, case.fields).await;
        let res = submit(&c, &app, &case.action, &form).await;
        assert_eq!(res.status(), 422, "{}", case.what);
        let html = res.text().await.unwrap();
        let error_id = format!("id=\"f-{}-error\"", case.error_field);
        let in_summary = format!("href=\"#f-{}\"", case.error_field);
        assert!(
            html.contains(&error_id)
                || (case.error_field == "options" && html.contains("Give at least two options")),
            "{}: no message next to {} in {html}",
            case.what,
            case.error_field
        );
        assert!(
            html.contains(&in_summary),
            "{}: summary links to the field",
            case.what
        );
        assert!(
            html.contains(case.kept),
            "{}: typed value {:?} kept",
            case.what,
            case.kept
        );
    }
    let after = repo::find_by_slug(&app.db, s)
        .await
        .unwrap()
        .unwrap()
        .row
        .version;
    assert_eq!(before, after, "nothing was stored");
}

#[tokio::test]
async fn html_in_any_text_is_stored_as_text_and_escaped_when_shown() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let def = demo::definition();
    let mut q = def.question("time_online").unwrap().clone();
    q.text
        .insert("en".into(), "<script>alert('x')</script> How long?".into());
    let path = format!("/manage/c/{}/questions/time_online", t.slug);
    let form = form_from(&c, &app, &path, question_fields(&q, &def)).await;
    let res = submit(&c, &app, &path, &form).await;
    assert_eq!(res.status(), 303);
    let stored = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(
        text_in(
            &stored.definition.question("time_online").unwrap().text,
            "en"
        ),
        "<script>alert('x')</script> How long?"
    );
    for shown in [
        format!("/manage/c/{}", t.slug),
        path.clone(),
        format!("/manage/c/{}/preview?language=en&band=16-17", t.slug),
    ] {
        let (_, html) = page(&c, &app, &shown).await;
        assert!(!html.contains("<script>alert"), "{shown}");
        assert!(
            html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"),
            "{shown}: {html}"
        );
    }
}

#[tokio::test]
async fn two_facilitators_editing_at_once_are_told_and_nothing_is_silently_lost() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let first = app.logged_in(&t.facilitator).await;
    let colleague = app
        .create_user(Some((t.group.id, Role::Facilitator)), false)
        .await;
    let second = app.logged_in(&colleague).await;
    let path = format!("/manage/c/{}/texts", t.slug);

    let form_a = form_from(&first, &app, &path, vec![pair("title.en", "Title by A")]).await;
    let form_b = form_from(
        &second,
        &app,
        &path,
        vec![pair("closing.en", "Closing by B")],
    )
    .await;
    let res = submit(&first, &app, &path, &form_a).await;
    assert_eq!(res.status(), 303);

    let res = submit(&second, &app, &path, &form_b).await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("Someone else saved a change"), "{html}");
    assert!(html.contains("Closing by B"), "B's typing is kept");
    let stored = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(
        text_in(&stored.definition.texts.title, "en"),
        "Title by A",
        "A's change kept"
    );
    assert_eq!(
        input_value(&html, "version").unwrap(),
        stored.row.version.to_string(),
        "saving again is a deliberate choice on the current version"
    );

    let again: Pairs = vec![
        pair("csrf", input_value(&html, "csrf").unwrap()),
        pair("version", input_value(&html, "version").unwrap()),
        pair("title.en", "Title by A"),
        pair("closing.en", "Closing by B"),
    ];
    let res = submit(&second, &app, &path, &again).await;
    assert_eq!(res.status(), 303);
    let stored = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(
        text_in(&stored.definition.texts.closing, "en"),
        "Closing by B"
    );

    let stale_move = vec![
        pair("csrf", input_value(&html, "csrf").unwrap()),
        pair("version", "1"),
        pair("direction", "down"),
    ];
    let res = submit(
        &second,
        &app,
        &format!("/manage/c/{}/questions/welcome/move", t.slug),
        &stale_move,
    )
    .await;
    assert_eq!(res.status(), 409, "a stale move is refused too");
}

#[tokio::test]
async fn sections_questions_and_options_are_reordered_with_buttons() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let s = &t.slug;
    let order = |d: &Definition| {
        d.questions()
            .map(|(_, q)| q.key.clone())
            .collect::<Vec<_>>()
    };

    // Moving what_happened above the question its condition uses is refused with a reason.
    let form = form_from(
        &c,
        &app,
        &format!("/manage/c/{s}"),
        vec![pair("direction", "up")],
    )
    .await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/c/{s}/questions/what_happened/move"),
        &form,
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("comes later"));

    let form = form_from(
        &c,
        &app,
        &format!("/manage/c/{s}"),
        vec![pair("direction", "up")],
    )
    .await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/c/{s}/questions/upsetting/move"),
        &form,
    )
    .await;
    assert_eq!(res.status(), 303);
    assert!(location(&res).ends_with("#q-upsetting"));
    let stored = repo::find_by_slug(&app.db, s).await.unwrap().unwrap();
    assert_eq!(
        order(&stored.definition)[3..5],
        ["feel_safe".to_owned(), "upsetting".to_owned()]
    );
    assert_eq!(
        stored.definition.sections[0].questions.last().unwrap().key,
        "upsetting"
    );

    let form = form_from(
        &c,
        &app,
        &format!("/manage/c/{s}"),
        vec![pair("direction", "up")],
    )
    .await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/c/{s}/sections/ideas/move"),
        &form,
    )
    .await;
    assert_eq!(res.status(), 303);
    let stored = repo::find_by_slug(&app.db, s).await.unwrap().unwrap();
    let keys: Vec<&str> = stored
        .definition
        .sections
        .iter()
        .map(|x| x.key.as_str())
        .collect();
    assert_eq!(keys, ["you_online", "ideas", "problems"]);

    let def = stored.definition.clone();
    let q = def.question("time_online").unwrap();
    let path = format!("/manage/c/{s}/questions/time_online");
    let mut fields = question_fields(q, &def);
    fields.retain(|(k, _)| k != "op");
    fields.push(pair("op", "option_up.2"));
    let form = form_from(&c, &app, &path, fields).await;
    let res = submit(&c, &app, &path, &form).await;
    assert_eq!(res.status(), 200, "redisplayed, not saved");
    let html = res.text().await.unwrap();
    assert!(html.contains("Not saved yet"));
    assert_eq!(
        input_value(&html, "options.1.code").as_deref(),
        Some("3_to_5h")
    );
    assert_eq!(
        input_value(&html, "options.2.code").as_deref(),
        Some("1_to_3h")
    );
    assert!(
        html.contains("formaction=\"/manage/c/"),
        "buttons keep the place"
    );

    let mut saved: Pairs = Vec::new();
    let mut options = Vec::new();
    let mut i = 0;
    while let Some(code) = input_value(&html, &format!("options.{i}.code")) {
        options.push(code);
        i += 1;
    }
    for (k, v) in question_fields(q, &def) {
        if !k.starts_with("options.") {
            saved.push((k, v));
        }
    }
    for (i, code) in options.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        saved.push(pair(format!("options.{i}.code"), code));
        let label = q.option(code).unwrap();
        for lang in &def.languages {
            saved.push(pair(
                format!("options.{i}.label.{lang}"),
                text_in(&label.label, lang),
            ));
        }
    }
    let form = form_from(&c, &app, &path, saved).await;
    let res = submit(&c, &app, &path, &form).await;
    assert_eq!(res.status(), 303);
    let stored = repo::find_by_slug(&app.db, s).await.unwrap().unwrap();
    let codes: Vec<&str> = stored
        .definition
        .question("time_online")
        .unwrap()
        .options
        .iter()
        .map(|o| o.code.as_str())
        .collect();
    assert_eq!(
        codes,
        ["under_1h", "3_to_5h", "1_to_3h", "over_5h", "not_sure"]
    );
}

#[tokio::test]
async fn the_preview_shows_every_section_in_any_language_and_age_band_and_stores_nothing() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let before = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    let res = c
        .get(app.url(&format!(
            "/manage/c/{}/preview?language=ar&band=9-12",
            t.slug
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers().get("set-cookie").is_none(),
        "nothing remembered"
    );
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"lang="ar" dir="rtl""#));
    assert!(
        html.contains("في يوم المدرسة، كم تبقى على الإنترنت؟"),
        "easy read for 9-12"
    );
    assert!(html.contains("😄"), "pictures of the pictorial scale");
    for key in [
        "welcome",
        "time_online",
        "what_happened",
        "help_first",
        "report_ease",
        "first_phone_age",
        "one_change",
        "message_to_leaders",
    ] {
        assert!(html.contains(&format!("id=\"pq-{key}\"")), "{key} shown");
    }
    assert!(html.contains("Shown only when the answer to “upsetting” is “yes”"));
    assert!(!html.contains("type=\"submit\" name=\"op\""));

    let (_, older) = page(
        &c,
        &app,
        &format!("/manage/c/{}/preview?language=fr&band=16-17", t.slug),
    )
    .await;
    assert!(
        older.contains("Un jour d’école, combien de temps passes-tu en ligne ?"),
        "standard wording for 16-17"
    );
    let (_, interface) = page(&c, &app, &format!("/manage/c/{}", t.slug)).await;
    assert!(
        interface.contains(r#"<html lang="en""#),
        "the facilitator's own language is unchanged"
    );
    let after = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(before.row.version, after.row.version);
}

#[tokio::test]
async fn changing_a_main_language_text_makes_its_translations_stale_until_checked() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let def = demo::definition();
    let mut q = def.question("feel_safe").unwrap().clone();
    q.text
        .insert("en".into(), "Online, I feel safe most of the time.".into());
    let path = format!("/manage/c/{}/questions/feel_safe", t.slug);
    let form = form_from(&c, &app, &path, question_fields(&q, &def)).await;
    assert_eq!(submit(&c, &app, &path, &form).await.status(), 303);

    let (_, view) = page(&c, &app, &format!("/manage/c/{}/translations", t.slug)).await;
    assert_eq!(view.matches("One stale translation").count(), 5, "{view}");
    assert!(view.contains("the text of question “feel_safe”"));

    let translate = format!("/manage/c/{}/translations/fr", t.slug);
    let (_, todo) = page(&c, &app, &format!("{translate}?show=todo")).await;
    assert!(todo.contains("Je me sens en sécurité quand je suis en ligne."));
    assert!(
        todo.contains("Online, I feel safe most of the time."),
        "the new source is shown"
    );
    let form = form_from(
        &c,
        &app,
        &format!("{translate}?show=todo"),
        vec![pair(
            "t.questions.feel_safe.text",
            "En ligne, je me sens en sécurité la plupart du temps.",
        )],
    )
    .await;
    assert_eq!(submit(&c, &app, &translate, &form).await.status(), 303);
    let form = form_from(
        &c,
        &app,
        &format!("/manage/c/{}/translations/es?show=todo", t.slug),
        vec![pair("ok.questions.feel_safe.text", "on")],
    )
    .await;
    assert_eq!(
        submit(
            &c,
            &app,
            &format!("/manage/c/{}/translations/es", t.slug),
            &form
        )
        .await
        .status(),
        303
    );
    let (_, view) = page(&c, &app, &format!("/manage/c/{}/translations", t.slug)).await;
    assert_eq!(
        view.matches("One stale translation").count(),
        3,
        "fr rewritten, es confirmed"
    );
}

#[tokio::test]
async fn meetings_are_managed_from_the_group_page() {
    let app = spawn_app().await;
    let (group, _, c) = app.logged_in_facilitator().await;
    let new_page = format!("/manage/groups/{}/meetings/new", group.slug);
    let fields = vec![
        pair("title", "CWG-COP 12"),
        pair("starts_on", "2027-03-12"),
        pair("ends_on", ""),
        pair("place", ""),
        pair("is_online", "on"),
    ];
    let form = form_from(&c, &app, &new_page, fields).await;
    let res = submit(
        &c,
        &app,
        &format!("/manage/groups/{}/meetings", group.slug),
        &form,
    )
    .await;
    assert_eq!(res.status(), 303);
    let (_, home) = page(&c, &app, &format!("/groups/{}", group.slug)).await;
    assert!(
        home.contains("CWG-COP 12") && home.contains("2027-03-12"),
        "{home}"
    );
    let id = repo::meetings_of_group(&app.db, group.id).await.unwrap()[0].id;
    let form = form_from(
        &c,
        &app,
        &format!("/manage/meetings/{id}"),
        vec![
            pair("title", "CWG-COP 12 (Geneva)"),
            pair("starts_on", "2027-03-12"),
            pair("place", "Geneva"),
        ],
    )
    .await;
    assert_eq!(
        submit(&c, &app, &format!("/manage/meetings/{id}"), &form)
            .await
            .status(),
        303
    );
    let form = form_from(&c, &app, &format!("/manage/meetings/{id}/delete"), vec![]).await;
    assert_eq!(
        submit(&c, &app, &format!("/manage/meetings/{id}/delete"), &form)
            .await
            .status(),
        303
    );
    assert!(
        repo::meetings_of_group(&app.db, group.id)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn every_page_checks_who_is_asking() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let g = t.group.slug.clone();
    let s = t.slug.clone();
    let meeting = consulta::consultations::authoring::create_meeting(
        &app.db,
        &app.actor_of(&t.facilitator).await,
        t.group.id,
        &consulta::consultations::authoring::MeetingInput {
            title: "M".into(),
            starts_on: chrono::NaiveDate::from_ymd_opt(2027, 1, 1),
            is_online: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let m = meeting.id;
    let member = app
        .create_user(Some((t.group.id, Role::Member)), false)
        .await;
    let other_group = app.create_group("Another group").await;
    let stranger = app
        .create_user(Some((other_group.id, Role::Facilitator)), false)
        .await;
    let admin = app.create_user(None, true).await;
    let gets = [
        format!("/manage/groups/{g}/meetings/new"),
        format!("/manage/meetings/{m}"),
        format!("/manage/meetings/{m}/delete"),
        format!("/manage/groups/{g}/consultations/new"),
        format!("/manage/groups/{g}/import"),
        format!("/manage/c/{s}"),
        format!("/manage/c/{s}/details"),
        format!("/manage/c/{s}/texts"),
        format!("/manage/c/{s}/settings"),
        format!("/manage/c/{s}/new-section"),
        format!("/manage/c/{s}/sections/ideas"),
        format!("/manage/c/{s}/sections/ideas/delete"),
        format!("/manage/c/{s}/sections/ideas/questions/new?kind=scale"),
        format!("/manage/c/{s}/questions/feel_safe"),
        format!("/manage/c/{s}/questions/feel_safe/delete"),
        format!("/manage/c/{s}/translations"),
        format!("/manage/c/{s}/translations/fr"),
        format!("/manage/c/{s}/preview"),
        format!("/manage/c/{s}/export"),
        format!("/manage/c/{s}/replace"),
        format!("/manage/c/{s}/delete"),
    ];
    let posts = [
        format!("/manage/groups/{g}/meetings"),
        format!("/manage/meetings/{m}"),
        format!("/manage/groups/{g}/consultations"),
        format!("/manage/groups/{g}/import"),
        format!("/manage/c/{s}/status"),
        format!("/manage/c/{s}/details"),
        format!("/manage/c/{s}/texts"),
        format!("/manage/c/{s}/settings"),
        format!("/manage/c/{s}/sections"),
        format!("/manage/c/{s}/sections/ideas"),
        format!("/manage/c/{s}/sections/ideas/move"),
        format!("/manage/c/{s}/sections/ideas/questions"),
        format!("/manage/c/{s}/questions/feel_safe"),
        format!("/manage/c/{s}/questions/feel_safe/move"),
        format!("/manage/c/{s}/translations/fr"),
        format!("/manage/c/{s}/duplicate"),
        format!("/manage/c/{s}/replace"),
        format!("/manage/meetings/{m}/delete"),
        format!("/manage/c/{s}/sections/ideas/delete"),
        format!("/manage/c/{s}/questions/feel_safe/delete"),
        format!("/manage/c/{s}/delete"),
    ];
    let anonymous = crate::helpers::client();
    for path in gets.iter().chain([&format!("/groups/{g}")]) {
        let res = anonymous.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "anonymous GET {path}");
        assert!(location(&res).starts_with("/login?next="));
    }
    for path in &posts {
        let res = anonymous
            .post(app.url(path))
            .form(&[("csrf", "x"), ("version", "99")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "anonymous POST {path}");
    }
    for (who, user) in [
        ("member", &member),
        ("another group's facilitator", &stranger),
    ] {
        let client = app.logged_in(user).await;
        let csrf = app.csrf(&client).await;
        for path in &gets {
            let res = client.get(app.url(path)).send().await.unwrap();
            assert_eq!(res.status(), 403, "{who} GET {path}");
        }
        for path in &posts {
            let res = client
                .post(app.url(path))
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("version", "99"),
                    ("direction", "up"),
                    ("to", "archived"),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 403, "{who} POST {path}");
        }
        let res = client
            .get(app.url(&format!("/groups/{g}")))
            .send()
            .await
            .unwrap();
        let expected = if who == "member" { 200 } else { 403 };
        assert_eq!(res.status(), expected, "{who} group home");
        if who == "member" {
            let html = res.text().await.unwrap();
            assert!(
                !html.contains("/manage/c/") && !html.contains("/manage/groups/"),
                "members get no editing links"
            );
            assert!(
                html.contains("/summary") && html.contains("/downloads"),
                "members reach the results and downloads"
            );
        }
    }
    for (who, user) in [("facilitator", &t.facilitator), ("admin", &admin)] {
        let client = app.logged_in(user).await;
        for path in gets.iter().chain([&format!("/groups/{g}")]) {
            let res = client.get(app.url(path)).send().await.unwrap();
            assert_eq!(res.status(), 200, "{who} GET {path}");
        }
    }
    let client = app.logged_in(&t.facilitator).await;
    let csrf = app.csrf(&client).await;
    for path in &posts {
        let res = client
            .post(app.url(path))
            .form(&[("csrf", "forged"), ("version", "99")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "a forged CSRF token: POST {path}");
        let res = client
            .post(app.url(path))
            .form(&[
                ("csrf", csrf.as_str()),
                ("version", "99"),
                ("direction", "up"),
                ("to", "archived"),
                ("from", "open"),
            ])
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        assert!(
            ![401, 403].contains(&status),
            "facilitator POST {path} (got {status})"
        );
    }
}

#[tokio::test]
async fn once_answers_exist_the_question_form_still_fixes_wording_but_not_codes() {
    let app = spawn_app().await;
    let t = app.create_open_consultation().await;
    let stored = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    consulta::bench::seed::seed_responses(&app.db, &stored, 12)
        .await
        .unwrap();
    let c = app.logged_in(&t.facilitator).await;
    let path = format!("/manage/c/{}/questions/time_online", t.slug);
    let (_, html) = page(&c, &app, &path).await;
    assert!(
        html.contains("Young people have answered already"),
        "{html}"
    );
    assert!(!html.contains("option_remove."), "no removing options");

    // A disabled checkbox is not sent by browsers: the form carries it in a hidden field.
    assert!(
        html.contains(r#"<input type="hidden" name="required" value="on">"#),
        "the required flag survives the locked form"
    );
    let def = &stored.definition;
    let mut q = def.question("time_online").unwrap().clone();
    q.text.insert(
        "en".into(),
        "On a school day, how many hours are you online?".into(),
    );
    q.help
        .insert("es".into(), "Cuenta el colegio y el tiempo libre.".into());
    q.required = false;
    let mut fields = question_fields(&q, def);
    fields.retain(|(k, _)| k != "op");
    fields.push(pair("required", "on"));
    fields.push(pair("op", "save"));
    let form = form_from(&c, &app, &path, fields.clone()).await;
    let res = submit(&c, &app, &path, &form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let after = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    let q = after.definition.question("time_online").unwrap();
    assert_eq!(
        text_in(&q.text, "en"),
        "On a school day, how many hours are you online?"
    );
    assert!(q.required, "still required");

    let mut recoded = fields;
    recoded.retain(|(k, _)| k != "options.0.code");
    recoded.push(pair("options.0.code", "less_than_1h"));
    let form = form_from(&c, &app, &path, recoded).await;
    let res = submit(&c, &app, &path, &form).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("cannot change once answers exist")
    );
}

#[tokio::test]
async fn closing_asks_for_confirmation_and_answered_questions_offer_no_move_or_delete() {
    let app = spawn_app().await;
    let t = app.create_open_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let overview = format!("/manage/c/{}", t.slug);
    let (_, html) = page(&c, &app, &overview).await;
    assert!(
        html.contains("/move\"") && html.contains("/delete\""),
        "no answer yet: {html}"
    );

    // Close: a page that asks first, with the move's own button; nothing changes until then.
    let status = format!("/manage/c/{}/status", t.slug);
    let form = form_from(
        &c,
        &app,
        &overview,
        vec![pair("from", "open"), pair("to", "closed")],
    )
    .await;
    let res = submit(&c, &app, &status, &form).await;
    assert_eq!(res.status(), 200);
    let confirm = res.text().await.unwrap();
    assert!(
        confirm.contains("Young people can no longer answer"),
        "{confirm}"
    );
    assert!(
        confirm.contains(r#"name="confirmed" value="yes""#),
        "{confirm}"
    );
    assert!(
        confirm.contains(&format!(r#"href="{overview}""#)),
        "a way back"
    );
    let now = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(now.status, consulta::consultations::Status::Open);
    let mut confirmed = form.clone();
    confirmed.push(pair("confirmed", "yes"));
    let res = submit(&c, &app, &status, &confirmed).await;
    assert_eq!(res.status(), 303);
    let now = repo::find_by_slug(&app.db, &t.slug).await.unwrap().unwrap();
    assert_eq!(now.status, consulta::consultations::Status::Closed);

    // Answers fix the questions: the overview offers no move, delete or add that would fail.
    consulta::bench::seed::seed_responses(&app.db, &now, 3)
        .await
        .unwrap();
    let (_, html) = page(&c, &app, &overview).await;
    assert!(html.contains("so the questions are fixed"), "{html}");
    for gone in ["/move\"", "/questions/new\"", "/new-section\""] {
        assert!(!html.contains(gone), "{gone} offered: {html}");
    }
    assert!(!html.contains("/questions/time_online/delete"), "{html}");
}
