//! The settings page's data: one builder per block of the form.
use askama::Template;

use crate::{
    accounts::Actor,
    consultations::{
        Consultation,
        definition::{Definition, Helpline, Settings, text_in},
        handlers::{
            forms::{Errors, Field, FormData, WithLanguage, datetime_value},
            frame::{Editing, EditorFrame},
        },
    },
    i18n::Locale,
};

pub struct HelplineRow {
    pub index: usize,
    pub fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "consultations/settings.html")]
pub(super) struct SettingsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    pub(super) version: i32,
    audience: Vec<Field>,
    dates: Vec<Field>,
    privacy: Vec<Field>,
    targets: Vec<Field>,
    notes: Vec<Field>,
    helplines: Vec<HelplineRow>,
    errors: Errors,
    pub(super) conflict: bool,
}

pub(super) fn settings_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> SettingsPage {
    let c = &e.c;
    let v = Values(form);
    let with_errors = |fields: Vec<Field>| -> Vec<Field> {
        fields.into_iter().map(|f| f.errors(&errors)).collect()
    };
    SettingsPage {
        audience: with_errors(audience_fields(&c.definition, v, &l)),
        dates: with_errors(date_fields(c, v, &l)),
        privacy: with_errors(privacy_fields(&c.definition.settings, v, &l)),
        targets: with_errors(target_fields(&c.definition.settings, v, &l)),
        notes: with_errors(note_fields(&c.definition, v, &l)),
        helplines: helpline_rows(&c.definition.settings, form, &errors, &l),
        version: c.row.version,
        frame: e.frame,
        errors,
        conflict: false,
        l,
        actor,
    }
}

/// A field's value: as posted when the form is shown again, else as stored.
#[derive(Clone, Copy)]
struct Values<'a>(Option<&'a FormData>);

impl Values<'_> {
    fn value(self, name: &str, stored: String) -> String {
        self.0.map_or(stored, |f| f.get(name).to_owned())
    }

    fn checked(self, name: &str, stored: bool) -> bool {
        self.0.map_or(stored, |f| f.has(name))
    }
}

/// Who answers: age bands and ages, the demographic questions, the time it takes.
fn audience_fields(def: &Definition, v: Values, l: &Locale) -> Vec<Field> {
    let s = &def.settings;
    let bands = s
        .age_bands
        .iter()
        .map(|b| b.code.clone())
        .collect::<Vec<_>>()
        .join(", ");
    vec![
        Field::text("age_bands", l.t("cn-settings-age-bands"))
            .hint(l.t("cn-settings-age-bands-hint"))
            .value(v.value("age_bands", bands)),
        Field::new("number", "min_age", l.t("cn-settings-min-age"))
            .hint(l.t("cn-settings-min-age-hint"))
            .value(v.value("min_age", s.min_age.to_string())),
        Field::new("number", "consent_age", l.t("cn-settings-consent-age"))
            .hint(l.t("cn-settings-consent-age-hint"))
            .value(v.value("consent_age", s.consent_age.to_string())),
        Field::new("checkbox", "ask_country", l.t("cn-settings-ask-country"))
            .checked(v.checked("ask_country", s.ask_country)),
        Field::new("checkbox", "ask_gender", l.t("cn-settings-ask-gender"))
            .hint(l.t("cn-settings-ask-gender-hint"))
            .checked(v.checked("ask_gender", s.ask_gender)),
        Field::new("number", "duration_minutes", l.t("cn-settings-duration"))
            .hint(l.t_count(
                "cn-settings-duration-hint",
                i64::from(def.estimated_minutes()),
            ))
            .value(
                v.value(
                    "duration_minutes",
                    s.duration_minutes
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                ),
            ),
    ]
}

/// When it opens and closes.
fn date_fields(c: &Consultation, v: Values, l: &Locale) -> Vec<Field> {
    vec![
        Field::new("datetime-local", "opens_at", l.t("cn-settings-opens-at"))
            .hint(l.t("cn-settings-dates-hint"))
            .value(v.value("opens_at", datetime_value(c.row.opens_at))),
        Field::new("datetime-local", "closes_at", l.t("cn-settings-closes-at"))
            .hint(l.t("cn-settings-dates-hint"))
            .value(v.value("closes_at", datetime_value(c.row.closes_at))),
    ]
}

/// The threshold for small groups, how long answers are kept, the access code.
fn privacy_fields(s: &Settings, v: Values, l: &Locale) -> Vec<Field> {
    vec![
        Field::new("number", "threshold", l.t("cn-settings-threshold"))
            .hint(l.t("cn-settings-threshold-hint"))
            .value(v.value("threshold", s.threshold.to_string())),
        Field::new(
            "number",
            "live_threshold",
            l.t("cn-settings-live-threshold"),
        )
        .hint(l.t("cn-settings-live-threshold-hint"))
        .value(v.value("live_threshold", s.live_threshold.to_string())),
        Field::new(
            "number",
            "quotes_per_question",
            l.t("cn-settings-quotes-per-question"),
        )
        .hint(l.t("cn-settings-quotes-per-question-hint"))
        .value(v.value("quotes_per_question", s.quotes_per_question.to_string())),
        Field::new("number", "retention_days", l.t("cn-settings-retention"))
            .hint(l.t("cn-settings-retention-hint"))
            .value(v.value("retention_days", s.retention_days.to_string())),
        Field::text("access_code", l.t("cn-settings-access-code"))
            .hint(l.t("cn-settings-access-code-hint"))
            .value(v.value("access_code", s.access_code.clone().unwrap_or_default())),
    ]
}

/// The representativeness targets, one field per dimension (`group: share, …`).
fn target_fields(s: &Settings, v: Values, l: &Locale) -> Vec<Field> {
    super::form::TARGET_DIMENSIONS
        .into_iter()
        .map(|dimension| {
            let name = format!("targets.{dimension}");
            let stored = s
                .targets
                .get(dimension)
                .map(|shares| {
                    shares
                        .iter()
                        .map(|(k, v)| format!("{k}: {v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            Field::text(
                name.clone(),
                l.t(&format!("cn-settings-target-{dimension}")),
            )
            .hint(l.t(&format!("cn-settings-target-{dimension}-hint")))
            .value(v.value(&name, stored))
        })
        .collect()
}

/// The results note, in every language.
fn note_fields(def: &Definition, v: Values, l: &Locale) -> Vec<Field> {
    def.languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = format!("results_note.{lang}");
            Field::area(name.clone(), "")
                .label_named(WithLanguage::new(l, "cn-settings-results-note", &lang))
                .rows(3)
                .value(v.value(&name, text_in(&def.settings.results_note, &lang).to_owned()))
                .lang(&lang)
        })
        .collect()
}

/// The helplines by country, with room for more: two empty rows, or one after the
/// posted ones.
fn helpline_rows(
    s: &Settings,
    form: Option<&FormData>,
    errors: &Errors,
    l: &Locale,
) -> Vec<HelplineRow> {
    let v = Values(form);
    let stored: Vec<(&String, &Helpline)> = s.helplines.iter().collect();
    let rows = form.map_or(stored.len() + 2, |f| {
        f.indices("helplines.")
            .last()
            .map_or(0, |n| n + 1)
            .max(stored.len())
            + 1
    });
    (0..rows)
        .map(|i| {
            let at = |field: &str, from: &dyn Fn(&String, &Helpline) -> String| {
                let name = format!("helplines.{i}.{field}");
                let stored_value = stored.get(i).map(|(k, h)| from(k, h)).unwrap_or_default();
                (name.clone(), v.value(&name, stored_value))
            };
            let (n, value) = at("country", &|k, _| k.clone());
            let country = Field::text(n, l.t("cn-helpline-country"))
                .value(value)
                .class("short");
            let (n, value) = at("name", &|_, h| h.name.clone());
            let name = Field::text(n, l.t("cn-helpline-name")).value(value);
            let (n, value) = at("phone", &|_, h| h.phone.clone());
            let phone = Field::text(n, l.t("cn-helpline-phone"))
                .value(value)
                .class("short");
            let (n, value) = at("url", &|_, h| h.url.clone());
            let url = Field::new("url", n, l.t("cn-helpline-url")).value(value);
            HelplineRow {
                index: i,
                fields: vec![country, name, phone, url]
                    .into_iter()
                    .map(|f| f.errors(errors))
                    .collect(),
            }
        })
        .collect()
}
