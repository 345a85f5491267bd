//! The editors mark with `lang` only what is written in another language than the page's
//! (issue #22): each field holding a translation, the texts shown from the consultation,
//! and each language's own name ("Label (Español)" marks "Español" alone), never the
//! facilitator's own labels, hints and headings around them.
use std::collections::{BTreeMap, BTreeSet};

use consulta::{
    bench::demo,
    i18n::{Locale, direction},
};

use crate::{
    helpers::spawn_app,
    html::{Element, elements},
};

/// Every text of the definition by language: each `{"es": "…"}` string found in it.
fn texts_by_language(def: &serde_json::Value, out: &mut BTreeMap<String, BTreeSet<String>>) {
    match def {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match value {
                    serde_json::Value::String(s) if consulta::i18n::is_available(key) => {
                        let tidy = s.split_whitespace().collect::<Vec<_>>().join(" ");
                        out.entry(key.clone()).or_default().insert(tidy);
                    }
                    other => texts_by_language(other, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                texts_by_language(item, out);
            }
        }
        _ => {}
    }
}

/// The problems of one page: elements marked with another language that hold the page's
/// own words, language names without their direction, translation fields left unmarked.
fn problems(
    page: &str,
    html: &str,
    page_lang: &str,
    translating: Option<&str>,
    texts: &BTreeMap<String, BTreeSet<String>>,
    languages: &[String],
    fields_seen: &mut usize,
) -> Vec<String> {
    let all = elements(html);
    let mut found = Vec::new();
    for e in all.iter().filter(|e| e.tag != "html") {
        if let Some(lang) = e.attr("lang")
            && lang != page_lang
        {
            check_marked(page, e, lang, texts, &mut found);
        }
        if matches!(e.tag.as_str(), "input" | "textarea") {
            let Some(name) = e.attr("name") else { continue };
            let holds = name
                .rsplit_once('.')
                .map(|(_, last)| last)
                .filter(|last| languages.iter().any(|l| l == last))
                .or_else(|| translating.filter(|_| name.starts_with("t.")));
            if let Some(want) = holds {
                *fields_seen += 1;
                if e.attr("lang") != Some(want) || e.attr("dir") != Some(direction(want)) {
                    found.push(format!(
                        "{page}: the field {name} holds {want} text but is marked lang={:?} dir={:?}",
                        e.attr("lang"),
                        e.attr("dir")
                    ));
                }
            }
        }
    }
    found
}

fn check_marked(
    page: &str,
    e: &Element,
    lang: &str,
    texts: &BTreeMap<String, BTreeSet<String>>,
    found: &mut Vec<String>,
) {
    if matches!(e.tag.as_str(), "input" | "textarea") {
        return;
    }
    let own_name = Locale::new(lang).native_name();
    if e.text == own_name {
        if e.attr("dir") != Some(direction(lang)) {
            found.push(format!(
                "{page}: <{} lang={lang}>{own_name} has dir={:?}, not {}",
                e.tag,
                e.attr("dir"),
                direction(lang)
            ));
        }
        return;
    }
    let known = texts.get(lang).is_some_and(|t| t.contains(&e.text));
    if e.tag == "option" || !(e.text.is_empty() || known) {
        found.push(format!(
            "{page}: <{} lang={lang}> holds words that are not {lang}'s: “{}”",
            e.tag, e.text
        ));
    }
}

#[tokio::test]
async fn editors_mark_only_translated_text_and_each_language_name_with_its_own_lang() {
    let app = spawn_app().await;
    let t = app.create_draft_consultation().await;
    let c = app.logged_in(&t.facilitator).await;
    let def = demo::definition();
    let mut texts = BTreeMap::new();
    texts_by_language(&serde_json::to_value(&def).unwrap(), &mut texts);
    let base = format!("/manage/c/{}", t.slug);
    let mut pages: Vec<(String, Option<&str>)> = vec![
        (base.clone(), None),
        (format!("{base}/texts"), None),
        (format!("{base}/settings"), None),
        (format!("{base}/translations"), None),
        (format!("{base}/translations/es"), Some("es")),
        (format!("{base}/translations/ar"), Some("ar")),
        (format!("{base}/new-section"), None),
        (format!("{base}/sections/{}", def.sections[0].key), None),
    ];
    for s in &def.sections {
        for q in &s.questions {
            pages.push((format!("{base}/questions/{}", q.key), None));
        }
    }
    let mut all = Vec::new();
    let mut fields = 0;
    let mut names = 0;
    for page_lang in ["en", "ar"] {
        for (path, translating) in &pages {
            let res = c
                .get(app.url(&format!("{path}?lang={page_lang}")))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{path}");
            let html = res.text().await.unwrap();
            assert!(
                html.contains(&format!(r#"<html lang="{page_lang}""#)),
                "{path} in {page_lang}"
            );
            names += def
                .languages
                .iter()
                .filter(|l| **l != page_lang)
                .filter(|l| {
                    html.contains(&format!(
                        r#"lang="{l}" dir="{}">{}<"#,
                        direction(l),
                        Locale::new(l).native_name()
                    ))
                })
                .count();
            all.extend(problems(
                &format!("{path}?lang={page_lang}"),
                &html,
                page_lang,
                *translating,
                &texts,
                &def.languages,
                &mut fields,
            ));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
    assert!(
        fields > 500,
        "only {fields} translation fields were checked"
    );
    assert!(names > 100, "only {names} marked language names were seen");
}

/// The check finds what it is for: a fieldset marked with the language of the fields it
/// holds (so its legend, labels and hints, in the page's language, are read as Spanish), a
/// language's name without its direction, and a Spanish field left unmarked.
#[test]
fn a_label_marked_with_another_language_or_an_unmarked_field_is_found() {
    let mut texts = BTreeMap::new();
    texts
        .entry("es".to_owned())
        .or_insert_with(BTreeSet::new)
        .insert("¿Te sientes seguro?".to_owned());
    let languages = vec!["en".to_owned(), "es".to_owned()];
    let check = |html: &str| {
        let mut n = 0;
        problems("test", html, "en", None, &texts, &languages, &mut n)
    };
    let good = r#"<fieldset><legend><span lang="es" dir="ltr">Español</span> (main language)</legend>
<label for="a">Question text</label><textarea id="a" name="text.es" lang="es" dir="ltr">¿Te sientes seguro?</textarea>
<label for="b">Label (<span lang="es" dir="ltr">Español</span>)</label><input id="b" name="options.0.label.es" lang="es" dir="ltr" value="Sí">
<p lang="es"><bdi>¿Te sientes seguro?</bdi></p></fieldset>"#;
    assert_eq!(check(good), Vec::<String>::new());
    for bad in [
        r#"<fieldset lang="es"><legend>Español</legend><label for="a">Question text</label><textarea id="a" name="text.es" lang="es" dir="ltr"></textarea></fieldset>"#,
        r#"<label for="b">Label (<span lang="es">Español</span>)</label>"#,
        r#"<label for="a">Question text</label><textarea id="a" name="text.es" dir="auto"></textarea>"#,
        r#"<label lang="es" for="a">Question text</label>"#,
    ] {
        assert!(!check(bad).is_empty(), "not found: {bad}");
    }
}
