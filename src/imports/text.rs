//! What every importer shares: plain text out of markup, keys and codes Consulta accepts,
//! and languages recognised by code or by name.
use std::collections::BTreeSet;

use crate::consultations::{import_report::MatchedBy, rules};

/// Text without markup: scripts and styles dropped with their content, tags removed,
/// `<br>`/`<p>` as line breaks, character references decoded. The flag says whether
/// anything was removed.
pub fn plain(input: &str) -> (String, bool) {
    if !input.contains('<') && !input.contains('&') {
        return (input.trim().to_owned(), false);
    }
    let mut out = String::with_capacity(input.len());
    let mut removed = false;
    let lower = input.to_ascii_lowercase();
    let mut i = 0;
    let bytes = input.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let rest = &lower[i..];
            if rest.starts_with("<!--") {
                removed = true;
                i = rest.find("-->").map_or(bytes.len(), |e| i + e + 3);
                continue;
            }
            let tag_name: String = rest[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
                .collect();
            let starts_like_tag = tag_name
                .trim_start_matches(['/', '!'])
                .starts_with(|c: char| c.is_ascii_alphabetic());
            if !starts_like_tag {
                out.push('<');
                i += 1;
                continue;
            }
            removed = true;
            for dropped in ["script", "style"] {
                if tag_name == dropped {
                    let close = format!("</{dropped}");
                    i = match rest.find(&close) {
                        Some(at) => {
                            let after = i + at;
                            lower[after..]
                                .find('>')
                                .map_or(bytes.len(), |e| after + e + 1)
                        }
                        None => bytes.len(),
                    };
                    break;
                }
            }
            if tag_name == "script" || tag_name == "style" {
                continue;
            }
            let end = rest.find('>').map_or(bytes.len(), |e| i + e + 1);
            if matches!(
                tag_name.trim_start_matches('/'),
                "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4"
            ) && !out.ends_with('\n')
                && !out.is_empty()
            {
                out.push('\n');
            }
            i = end;
        } else {
            let ch = input[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    let decoded = decode_entities(&out);
    let tidy: Vec<&str> = decoded.lines().map(str::trim).collect();
    let mut text = tidy.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    (text.trim().to_owned(), removed)
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let ch = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A key Consulta accepts made from a name (lower case, `_` for anything else, a letter
/// first, at most 64), unique among `taken` (which it joins).
pub fn key_from(name: &str, fallback: &str, taken: &mut BTreeSet<String>) -> String {
    let mut key: String = name
        .trim()
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !key.starts_with(|c: char| c.is_ascii_lowercase()) {
        key = format!("{fallback}_{key}");
    }
    key.truncate(56);
    let key = key.trim_end_matches('_').to_owned();
    let mut unique = key.clone();
    let mut n = 2;
    while taken.contains(&unique) || !rules::is_valid_key(&unique) {
        unique = format!("{key}_{n}");
        n += 1;
        if n > 10_000 {
            unique = format!("{fallback}_{}", taken.len() + 1);
            break;
        }
    }
    taken.insert(unique.clone());
    unique
}

/// An option code Consulta accepts made from a choice name.
pub fn code_from(name: &str) -> String {
    let mut code: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    code.truncate(64);
    code
}

/// The names of the six languages, as written in each of them (and common variants).
const NAMES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "english",
            "anglais",
            "inglés",
            "ingles",
            "الإنجليزية",
            "الانجليزية",
            "الإنكليزية",
            "английский",
            "英语",
            "英文",
            "英語",
        ],
    ),
    (
        "fr",
        &[
            "french",
            "français",
            "francais",
            "francés",
            "frances",
            "الفرنسية",
            "французский",
            "法语",
            "法文",
            "法語",
        ],
    ),
    (
        "es",
        &[
            "spanish",
            "español",
            "espanol",
            "espagnol",
            "castellano",
            "الإسبانية",
            "الاسبانية",
            "испанский",
            "西班牙语",
            "西班牙文",
            "西班牙語",
        ],
    ),
    (
        "ar",
        &[
            "arabic",
            "arabe",
            "árabe",
            "العربية",
            "عربي",
            "арабский",
            "阿拉伯语",
            "阿拉伯文",
            "阿拉伯語",
        ],
    ),
    (
        "ru",
        &[
            "russian",
            "russe",
            "ruso",
            "الروسية",
            "русский",
            "俄语",
            "俄文",
            "俄語",
        ],
    ),
    (
        "zh",
        &[
            "chinese",
            "chinois",
            "chino",
            "الصينية",
            "китайский",
            "中文",
            "汉语",
            "漢語",
            "简体中文",
            "繁體中文",
            "普通话",
        ],
    ),
];

fn by_code(code: &str) -> Option<&'static str> {
    let primary = code
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    NAMES.iter().map(|(c, _)| *c).find(|c| *c == primary)
}

/// The Consulta language a file's language label names: `English (en)`, `(fr)`, `fr-CA`,
/// `Français`, `العربية`, `中文`…
pub fn match_language(found: &str) -> (Option<String>, MatchedBy) {
    let found = found.trim();
    if let (Some(open), Some(close)) = (found.rfind('('), found.rfind(')'))
        && open < close
        && let Some(code) = by_code(&found[open + 1..close])
    {
        return (Some(code.to_owned()), MatchedBy::Code);
    }
    let name = found
        .split('(')
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    if name.len() <= 10
        && name
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_')
        && let Some(code) = by_code(&name)
        && (name.len() == 2 || name.chars().nth(2).is_some_and(|c| c == '-' || c == '_'))
    {
        return (Some(code.to_owned()), MatchedBy::Code);
    }
    for (code, names) in NAMES {
        if names.iter().any(|n| *n == name) {
            return (Some((*code).to_owned()), MatchedBy::Name);
        }
    }
    (None, MatchedBy::Unmatched)
}

/// "Other" in each of the six languages, for the option `or_other` adds.
pub fn other_label(lang: &str) -> &'static str {
    match lang {
        "fr" => "Autre",
        "es" => "Otro",
        "ar" => "غير ذلك",
        "ru" => "Другое",
        "zh" => "其他",
        _ => "Other",
    }
}

/// Cuts a text to `max` characters; whether it was cut.
pub fn cut(text: &mut String, max: usize) -> bool {
    if text.chars().count() > max {
        *text = text.chars().take(max).collect();
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_scripts_become_plain_text() {
        let (t, removed) =
            plain("<p>Hello <b>you</b><script>alert(1)</script></p><br/>Tom &amp; Jerry &#233;");
        assert_eq!(t, "Hello you\nTom & Jerry é");
        assert!(removed);
        assert_eq!(plain("1 < 2"), ("1 < 2".into(), false));
        assert_eq!(plain("I <3 it").0, "I <3 it");
        let (t, _) = plain("<img src=x onerror=alert(1)>Hi<style>p{}</style>");
        assert_eq!(t, "Hi");
    }

    #[test]
    fn languages_match_by_code_or_by_name() {
        for (found, code, how) in [
            ("English (en)", Some("en"), MatchedBy::Code),
            ("Français (fr)", Some("fr"), MatchedBy::Code),
            ("العربية (ar)", Some("ar"), MatchedBy::Code),
            ("中文", Some("zh"), MatchedBy::Name),
            ("Español", Some("es"), MatchedBy::Name),
            ("Русский", Some("ru"), MatchedBy::Name),
            ("fr-CA", Some("fr"), MatchedBy::Code),
            ("ar", Some("ar"), MatchedBy::Code),
            ("Deutsch (de)", None, MatchedBy::Unmatched),
            ("Swahili", None, MatchedBy::Unmatched),
        ] {
            assert_eq!(
                match_language(found),
                (code.map(str::to_owned), how),
                "{found}"
            );
        }
    }

    #[test]
    fn keys_are_made_valid_and_unique() {
        let mut taken = BTreeSet::new();
        assert_eq!(key_from("Age_Group", "q", &mut taken), "age_group");
        assert_eq!(key_from("age group", "q", &mut taken), "age_group_2");
        assert_eq!(key_from("1st", "q", &mut taken), "q_1st");
    }
}
