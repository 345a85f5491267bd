//! Words as carefully as pixels: every locale keeps to its glossary
//! (`frontend/locales/glossary.toml`), and Arabic and Russian choose a plural form wherever a
//! number is inserted. These tests read the `.ftl` files, so they also check the strings other
//! features add later; their failures name the file, the key and the word.
use std::{collections::BTreeMap, path::Path};

use serde::Deserialize;

/// One glossary entry: see the header of `glossary.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(rename = "use")]
    term: String,
    #[serde(default)]
    forms: Vec<String>,
    avoid: Vec<String>,
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    keys: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    required_in: Vec<String>,
}

type Glossary = BTreeMap<String, BTreeMap<String, Entry>>;

fn locales_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("frontend/locales")
}

fn glossary() -> Glossary {
    let text = std::fs::read_to_string(locales_dir().join("glossary.toml")).unwrap();
    toml::from_str(&text).expect("frontend/locales/glossary.toml does not parse")
}

/// One message of a `.ftl` file: its key and its full source (value, variants, attributes).
struct Message {
    file: String,
    key: String,
    source: String,
}

/// The messages of one language, file by file. A line-based reading is enough: Fluent
/// messages start at column 0 with `key =`, and everything indented belongs to them.
fn messages(lang: &str) -> Vec<Message> {
    let mut files: Vec<_> = std::fs::read_dir(locales_dir().join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut current: Option<Message> = None;
        for line in text.lines() {
            let starts_message = line
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '-')
                && line.contains('=');
            if starts_message {
                out.extend(current.take());
                let (key, value) = line.split_once('=').unwrap();
                current = Some(Message {
                    file: file.clone(),
                    key: key.trim().to_owned(),
                    source: value.to_owned(),
                });
            } else if line.starts_with('#') {
                out.extend(current.take());
            } else if let Some(m) = current.as_mut() {
                m.source.push('\n');
                m.source.push_str(line);
            }
        }
        out.extend(current);
    }
    out
}

/// The words of a message a reader sees: variable names (`$receipt`) and variant keys
/// (`[one]`) are syntax, not words.
fn visible_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' => {
                while chars
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                {
                    chars.next();
                }
            }
            '[' => {
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out.to_lowercase()
}

fn applies(entry: &Entry, m: &Message) -> bool {
    (entry.files.is_empty() || entry.files.contains(&m.file))
        && (entry.keys.is_empty() || entry.keys.iter().any(|k| m.key.starts_with(k.as_str())))
        && !entry
            .except
            .iter()
            .any(|e| *e == m.key || (e.ends_with('-') && m.key.starts_with(e.as_str())))
}

#[test]
fn every_ftl_file_parses() {
    for lang in std::fs::read_dir(locales_dir()).unwrap() {
        let dir = lang.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err((_, errors)) =
                fluent_templates::fluent_bundle::FluentResource::try_new(text.clone())
            {
                let lines: Vec<_> = errors
                    .iter()
                    .map(|e| text[..e.pos.start].lines().count())
                    .collect();
                panic!(
                    "{}: parse errors on lines {lines:?}: {errors:?}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn every_locale_avoids_the_words_its_glossary_rules_out() {
    let glossary = glossary();
    let mut failures = Vec::new();
    for (lang, entries) in &glossary {
        let messages = messages(lang);
        for (concept, entry) in entries {
            for m in messages.iter().filter(|m| applies(entry, m)) {
                let text = visible_text(&m.source);
                for word in &entry.avoid {
                    if text.contains(&word.to_lowercase()) {
                        failures.push(format!(
                            "frontend/locales/{lang}/{}: {} uses “{word}”; the glossary's term \
                             for {concept} is “{}”",
                            m.file, m.key, entry.term
                        ));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} message(s) break frontend/locales/glossary.toml:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_locale_names_its_codes_with_the_glossary_terms() {
    let glossary = glossary();
    let mut failures = Vec::new();
    for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
        let entries = glossary
            .get(lang)
            .unwrap_or_else(|| panic!("glossary.toml has no [{lang}.…] entries"));
        let join = entries.get("join_code").expect("a join_code entry");
        let answer = entries.get("answer_code").expect("an answer_code entry");
        assert_ne!(
            join.term.to_lowercase(),
            answer.term.to_lowercase(),
            "{lang}: the join code and the answer code must be named differently"
        );
        let messages = messages(lang);
        for (concept, entry) in entries {
            for key in &entry.required_in {
                let Some(m) = messages.iter().find(|m| &m.key == key) else {
                    failures.push(format!("frontend/locales/{lang}: no message {key}"));
                    continue;
                };
                let text = visible_text(&m.source);
                let found = std::iter::once(&entry.term)
                    .chain(&entry.forms)
                    .any(|t| text.contains(&t.to_lowercase()));
                if !found {
                    failures.push(format!(
                        "frontend/locales/{lang}/{}: {key} should say “{}” ({concept})",
                        m.file, entry.term
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Variables the code passes as numbers (`Arg::Num`, `t_count`) that count something.
/// `step`, `steps` and `version` are ordinals and labels ("Step 2 of 5"), so no plural.
const COUNTED: &[&str] = &[
    "count",
    "n",
    "max",
    "min",
    "total",
    "threshold",
    "age",
    "people",
    "answers",
    "days",
    "hours",
    "minutes",
    "attempts",
    "approved",
    "rejected",
    "held",
    "shown",
    "responses",
];

/// The CLDR plural categories each language must spell out when it selects on a number.
/// Arabic: 3–10 take a plural (دقائق), 11–99 an accusative singular (حرفًا), 100 and more a
/// genitive singular (حرف), so `few`, `many` and `other` differ; `zero` may fall back to
/// `other`. Russian: `many` (5–20 …) may fall back to `other`, written in that form.
const CATEGORIES: &[(&str, &[&str])] = &[
    ("ar", &["one", "two", "few", "many"]),
    ("ru", &["one", "few"]),
];

/// Messages whose numbers count nothing, so no plural is chosen: ordinal labels
/// ("Option 3", "Version 4"), bare values ("a number from 1 to 10", "Responses: 12",
/// "fewer than 10") and Arabic partitives ("أقل من 10 من الشباب", which agree with any number).
const BARE_NUMBERS: &[&str] = &[
    "cn-saved-version",
    "cn-editor-version",
    "cn-helpline-number",
    "cn-option-number",
    "mod-answer-n",
    "p-hint-number-range",
    "p-hint-number-min",
    "p-hint-number-max",
    "p-err-number-range",
    "p-err-number-min",
    "p-err-number-max",
    "cn-v-range",
    "cn-v-too-many",
    "cn-v-max-choices",
    "cn-preview-number-between",
    "cn-question-max-length-hint",
    "agg-fewer-than",
    "live-fewer-than",
    "live-age-band",
    "live-age-under",
    "live-guardian-hint",
    "sms-guardian",
    "sms-too-young",
    "sms-reply-number",
    "sms-reply-range",
    "sms-out-of-range",
    "live-moderation-status",
    "pub-responses",
    "pub-error-pending",
    "pub-error-pending-overview",
    "pub-error-safeguarding",
    // Russian: "число меньше N"; Arabic: partitives.
    "agg-member-note",
    // Arabic partitives; Russian selects.
    "agg-facilitator-note",
    "pn-who-members",
    "pub-methodology",
];

/// The variables of a message used as `{ $x }` and those it selects on (`{ $x -> … }`).
fn variables(source: &str) -> (Vec<String>, Vec<String>) {
    let (mut shown, mut selected) = (Vec::new(), Vec::new());
    for (i, _) in source.match_indices('$') {
        let name: String = source[i + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let rest = source[i + 1 + name.len()..].trim_start();
        if rest.starts_with("->") {
            selected.push(name);
        } else {
            shown.push(name);
        }
    }
    (shown, selected)
}

/// The variant keys of the selector on `$name`: `[one]`, `*[other]`, `[1]` …
fn variant_keys(source: &str, name: &str) -> Vec<String> {
    let Some(start) = source.find(&format!("${name} ->")) else {
        return Vec::new();
    };
    let mut depth = 0usize;
    let mut keys = Vec::new();
    for line in source[start..].lines().skip(1) {
        let trimmed = line.trim_start().trim_start_matches('*');
        if depth == 0
            && trimmed.starts_with('[')
            && let Some(end) = trimmed.find(']')
        {
            keys.push(trimmed[1..end].trim().to_owned());
        }
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => return keys,
                '}' => depth -= 1,
                _ => {}
            }
        }
    }
    keys
}

#[test]
fn arabic_and_russian_choose_a_plural_form_for_every_counted_number() {
    let mut failures = Vec::new();
    for (lang, categories) in CATEGORIES {
        for m in messages(lang) {
            if BARE_NUMBERS.contains(&m.key.as_str()) {
                continue;
            }
            let (shown, selected) = variables(&m.source);
            let counted_shown: Vec<_> = shown
                .iter()
                .filter(|v| COUNTED.contains(&v.as_str()))
                .collect();
            let counted_selected: Vec<_> = selected
                .iter()
                .filter(|v| COUNTED.contains(&v.as_str()))
                .collect();
            if !counted_shown.is_empty() && counted_selected.is_empty() {
                failures.push(format!(
                    "frontend/locales/{lang}/{}: {} inserts ${} without a plural selector \
                     ({{ ${} -> [one] … *[other] … }})",
                    m.file, m.key, counted_shown[0], counted_shown[0]
                ));
            }
            for name in counted_selected {
                let keys = variant_keys(&m.source, name);
                let missing: Vec<_> = categories
                    .iter()
                    .filter(|c| !keys.iter().any(|k| k == *c))
                    .collect();
                if !missing.is_empty() {
                    failures.push(format!(
                        "frontend/locales/{lang}/{}: {} selects on ${name} without the plural \
                         categories {missing:?}",
                        m.file, m.key
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} message(s) lack plural forms:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
