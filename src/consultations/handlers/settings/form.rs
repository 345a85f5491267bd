//! Reading the settings form: the typed values, or the fields that do not read.
use std::collections::BTreeMap;

use chrono::Utc;

use crate::consultations::{
    definition::Helpline,
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
    let duration = number("duration_minutes");
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
    if let Some(n) = duration {
        s.duration_minutes = n;
    }
    // Older forms (and scripts) may not send the live threshold: it then stays as it was.
    if form.opt("live_threshold").is_some()
        && let Some(n) = number("live_threshold")
    {
        s.live_threshold = n;
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
