//! Reading the settings form: the typed values, or the fields that do not read.
use std::collections::BTreeMap;

use chrono::Utc;

use crate::consultations::{
    definition::{GENDER_CODES, Helpline, Phase, Settings},
    handlers::forms::{FormData, parse_datetime},
    rules::{self, Issue},
};

/// The settings as typed, or the fields that do not read.
pub(super) struct SettingsInput {
    pub(super) settings: crate::consultations::definition::Settings,
    pub(super) opens_at: Option<chrono::DateTime<Utc>>,
    pub(super) closes_at: Option<chrono::DateTime<Utc>>,
    /// Country code → form row, to place errors.
    pub(super) rows: BTreeMap<String, usize>,
}

pub(super) fn parse_settings(
    form: &FormData,
    current: &crate::consultations::definition::Settings,
    languages: &[String],
) -> Result<SettingsInput, Vec<Issue>> {
    let mut issues = Vec::new();
    let mut s = current.clone();
    match rules::parse_age_bands(form.get("age_bands")) {
        Ok(bands) => s.age_bands = bands,
        Err(issue) => issues.push(issue),
    }
    read_numbers(form, &mut s, &mut issues);
    s.ask_country = form.has("ask_country");
    s.ask_gender = form.has("ask_gender");
    let code = form.get("access_code").trim();
    s.access_code = (!code.is_empty()).then(|| code.to_owned());
    for lang in languages {
        if let Some(note) = form.opt(&format!("results_note.{lang}")) {
            s.results_note.insert(lang.clone(), note.to_owned());
        }
    }
    let mut dates = [None, None];
    for (i, name) in ["opens_at", "closes_at"].into_iter().enumerate() {
        match parse_datetime(form.get(name)) {
            Ok(at) => dates[i] = at,
            Err(_) => issues.push(Issue::new(name, "cn-v-datetime")),
        }
    }
    read_targets(form, &mut s, languages, &mut issues);
    let (helplines, rows) = read_helplines(form, &mut issues);
    s.helplines = helplines;
    if issues.is_empty() {
        Ok(SettingsInput {
            settings: s,
            opens_at: dates[0],
            closes_at: dates[1],
            rows,
        })
    } else {
        Err(issues)
    }
}

/// The ages, threshold, retention and duration; those that do not read stay as they were.
fn read_numbers(
    form: &FormData,
    s: &mut crate::consultations::definition::Settings,
    issues: &mut Vec<Issue>,
) {
    let mut number = |name: &str| -> Option<u32> {
        let raw = form.get(name).trim();
        let parsed = raw.parse::<u32>().ok();
        if parsed.is_none() {
            issues.push(Issue::new(name, "cn-v-number"));
        }
        parsed
    };
    let min_age = number("min_age");
    let consent_age = number("consent_age");
    let threshold = number("threshold");
    let retention = number("retention_days");
    // Left empty, the duration is estimated from the questions.
    let duration = match form.get("duration_minutes").trim() {
        "" => Some(None),
        _ => number("duration_minutes").map(Some),
    };
    if let Some(n) = min_age {
        s.min_age = u8::try_from(n).unwrap_or(u8::MAX);
    }
    if let Some(n) = consent_age {
        s.consent_age = u8::try_from(n).unwrap_or(u8::MAX);
    }
    if let Some(n) = threshold {
        s.threshold = n;
    }
    if let Some(n) = retention {
        s.retention_days = n;
    }
    if let Some(minutes) = duration {
        s.duration_minutes = minutes;
    }
    // Older forms (and scripts) may not send the live threshold or the quotes per
    // question: they then stay as they were.
    if form.opt("live_threshold").is_some()
        && let Some(n) = number("live_threshold")
    {
        s.live_threshold = n;
    }
    if form.opt("quotes_per_question").is_some()
        && let Some(n) = number("quotes_per_question")
    {
        s.quotes_per_question = n;
    }
}

/// The helplines by country, and the form row of each country; empty rows are skipped.
fn read_helplines(
    form: &FormData,
    issues: &mut Vec<Issue>,
) -> (BTreeMap<String, Helpline>, BTreeMap<String, usize>) {
    let mut helplines = BTreeMap::new();
    let mut rows = BTreeMap::new();
    for i in form.indices("helplines.") {
        let get = |f: &str| form.get(&format!("helplines.{i}.{f}")).trim().to_owned();
        let (country, name, phone, url) = (
            get("country").to_uppercase(),
            get("name"),
            get("phone"),
            get("url"),
        );
        if country.is_empty() && name.is_empty() && phone.is_empty() && url.is_empty() {
            continue;
        }
        if country.is_empty() || !rules::is_valid_country_key(&country) {
            issues.push(Issue::new(format!("helplines.{i}.country"), "cn-v-country"));
            continue;
        }
        if rows.insert(country.clone(), i).is_some() {
            issues.push(
                Issue::new(format!("helplines.{i}.country"), "cn-v-key-duplicate")
                    .arg("key", country),
            );
            continue;
        }
        helplines.insert(country, Helpline { name, phone, url });
    }
    (helplines, rows)
}

/// The dimensions of the representativeness panel that the form edits (the summary's
/// dimensions; targets of any other key, set through the API, are kept as they are).
pub(super) const TARGET_DIMENSIONS: [&str; 5] =
    ["age_band", "country", "gender", "language", "phase"];

/// The representativeness targets, one field per dimension written `group: share, …`
/// (empty: no target). A field absent from the form leaves its targets as they were.
fn read_targets(form: &FormData, s: &mut Settings, languages: &[String], issues: &mut Vec<Issue>) {
    for dimension in TARGET_DIMENSIONS {
        let name = format!("targets.{dimension}");
        let Some(raw) = form.opt(&name) else {
            continue;
        };
        match parse_targets(raw, dimension) {
            Err(()) => issues.push(Issue::new(name, "cn-v-targets-format")),
            Ok(shares) if shares.is_empty() => {
                s.targets.remove(dimension);
            }
            Ok(shares) => {
                // A group that no young person can be in would silently read 0 %.
                if let Some(key) = shares
                    .keys()
                    .find(|k| !is_target_group(s, languages, dimension, k))
                {
                    issues.push(Issue::new(name, "cn-v-target-group").arg("key", key.clone()));
                } else if shares.values().any(|v| *v > 100) {
                    issues.push(Issue::new(name, "cn-v-percent"));
                } else {
                    s.targets.insert(dimension.to_owned(), shares);
                }
            }
        }
    }
}

/// `group: share` entries separated by commas, semicolons or lines (`=` also separates).
pub(super) fn parse_targets(raw: &str, dimension: &str) -> Result<BTreeMap<String, u32>, ()> {
    let mut shares = BTreeMap::new();
    for entry in raw.split([',', ';', '\n']).map(str::trim) {
        if entry.is_empty() {
            continue;
        }
        let (key, share) = entry.split_once([':', '=']).ok_or(())?;
        let key = key.trim();
        let key = if dimension == "country" {
            key.to_uppercase()
        } else {
            key.to_owned()
        };
        let share: u32 = share
            .trim()
            .trim_end_matches('%')
            .trim()
            .parse()
            .map_err(|_| ())?;
        if key.is_empty()
            || key.contains(char::is_whitespace)
            || shares.insert(key, share).is_some()
        {
            return Err(());
        }
    }
    Ok(shares)
}

/// Whether `key` is a group young people of this consultation can be in.
fn is_target_group(s: &Settings, languages: &[String], dimension: &str, key: &str) -> bool {
    match dimension {
        "age_band" => s.age_bands.iter().any(|b| b.code == key),
        "country" => key != "*" && rules::is_valid_country_key(key),
        "gender" => GENDER_CODES.contains(&key),
        "language" => languages.iter().any(|l| l == key),
        "phase" => [Phase::Before, Phase::During]
            .iter()
            .any(|p| p.as_str() == key),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_targets;

    #[test]
    fn targets_read_as_group_share_pairs_and_anything_else_is_refused() {
        let read = parse_targets("13-15: 40, 16-17=60%;\n18-24 : 0", "age_band").unwrap();
        assert_eq!(read.len(), 3);
        assert_eq!((read["13-15"], read["16-17"], read["18-24"]), (40, 60, 0));
        assert_eq!(parse_targets("fr: 50", "country").unwrap()["FR"], 50);
        assert!(parse_targets("  ", "gender").unwrap().is_empty());
        for bad in [
            "France 50",
            "girl: half",
            "a b: 5",
            ": 5",
            "girl: 5, girl: 6",
            "girl: -1",
        ] {
            assert!(parse_targets(bad, "gender").is_err(), "{bad}");
        }
    }
}
