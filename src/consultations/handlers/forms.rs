//! Plain HTML forms: the submitted pairs, field views for the templates (label, hint,
//! value kept, error next to the field), errors from [`Issue`]s, and small answers
//! (render with a status, redirect with 303).
use std::collections::BTreeSet;

use actix_web::{HttpResponse, web};
use chrono::{DateTime, NaiveDateTime, Utc};

use crate::{
    accounts::Actor,
    consultations::{Status, rules::Issue},
    error::AppError,
    i18n::Locale,
};

/// A submitted form: every (name, value) pair in order.
#[derive(Debug, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// The pairs a signed-in adult posted, once the form's CSRF token is checked (403
    /// otherwise).
    ///
    /// # Errors
    /// [`AppError::Forbidden`] for a missing or wrong token.
    pub fn posted_by(
        actor: &Actor,
        form: web::Form<Vec<(String, String)>>,
    ) -> Result<Self, AppError> {
        let form = Self(form.into_inner());
        actor.check_csrf(form.csrf())?;
        Ok(form)
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.opt(name).unwrap_or("")
    }

    pub fn opt(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name` (checkbox groups).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether a checkbox was ticked.
    pub fn has(&self, name: &str) -> bool {
        self.opt(name).is_some()
    }

    /// The numbers `N` of fields named `{prefix}N.…`, sorted.
    pub fn indices(&self, prefix: &str) -> BTreeSet<usize> {
        self.0
            .iter()
            .filter_map(|(k, _)| {
                k.strip_prefix(prefix)?
                    .split('.')
                    .next()?
                    .parse::<usize>()
                    .ok()
            })
            .filter(|n| *n < 500)
            .collect()
    }

    /// The `version` field.
    ///
    /// # Errors
    /// 400 when absent or not a number.
    pub fn version(&self) -> Result<i32, AppError> {
        self.get("version")
            .trim()
            .parse()
            .map_err(|_| AppError::BadRequest("The form lacks its version.".into()))
    }

    pub fn csrf(&self) -> &str {
        self.get("csrf")
    }
}

/// Errors by field name, shown next to each field and in a summary at the top.
#[derive(Clone, Debug, Default)]
pub struct Errors {
    items: Vec<(String, String)>,
}

impl Errors {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether any error is on `field` or below it (`options.2` for `options.2.code`).
    pub fn any_under(&self, prefix: &str) -> bool {
        self.items
            .iter()
            .any(|(f, _)| f == prefix || f.starts_with(&format!("{prefix}.")))
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        let message = message.into();
        if !self.items.iter().any(|(f, m)| *f == field && *m == message) {
            self.items.push((field, message));
        }
    }

    /// (field, message) in order; an empty field is a problem of the whole form.
    pub fn list(&self) -> &[(String, String)] {
        &self.items
    }

    /// Adds issues, their paths mapped to field names by `field` (`None`: whole form).
    pub fn add_issues(
        &mut self,
        issues: &[Issue],
        l: &Locale,
        field: impl Fn(&str) -> Option<String>,
    ) {
        for issue in issues {
            let name = field(&issue.path).unwrap_or_default();
            self.push(name, issue.message(l));
        }
    }
}

/// Strips `prefix.` from a path: `sections.0.key` under `sections.0` is `key`.
pub fn under(path: &str, prefix: &str) -> Option<String> {
    path.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('.'))
        .map(str::to_owned)
}

/// One input with its label, hint, kept value and error.
#[derive(Clone, Debug, Default)]
pub struct Field {
    pub name: String,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    /// `text`, `textarea`, `number`, `date`, `datetime-local`, `checkbox`.
    pub kind: &'static str,
    /// The language of the value (`lang` and `dir` attributes), when it is a translation.
    pub lang: String,
    pub dir: &'static str,
    pub rows: usize,
    pub checked: bool,
    /// Shown but not editable (with the reason as hint).
    pub readonly: bool,
    pub extra_class: &'static str,
}

impl Field {
    pub fn new(kind: &'static str, name: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            kind,
            name: name.into(),
            label: label.into(),
            dir: "auto",
            rows: 4,
            ..Self::default()
        }
    }

    pub fn text(name: impl Into<String>, label: impl Into<String>) -> Self {
        Self::new("text", name, label)
    }

    pub fn area(name: impl Into<String>, label: impl Into<String>) -> Self {
        Self::new("textarea", name, label)
    }

    #[must_use]
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = value.into();
        self
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    #[must_use]
    pub fn rows(mut self, rows: usize) -> Self {
        self.rows = rows;
        self
    }

    #[must_use]
    pub fn checked(mut self, on: bool) -> Self {
        self.checked = on;
        self
    }

    #[must_use]
    pub fn readonly(mut self, on: bool) -> Self {
        self.readonly = on;
        self
    }

    #[must_use]
    pub fn class(mut self, class: &'static str) -> Self {
        self.extra_class = class;
        self
    }

    /// Marks the value as written in `lang`.
    #[must_use]
    pub fn lang(mut self, lang: &str) -> Self {
        self.lang = lang.to_owned();
        self.dir = crate::i18n::direction(lang);
        self
    }

    /// Takes the error for this field's name from `errors`.
    #[must_use]
    pub fn errors(mut self, errors: &Errors) -> Self {
        self.error = errors.get(&self.name).map(str::to_owned);
        self
    }

    /// The HTML id.
    pub fn id(&self) -> String {
        field_id(&self.name)
    }

    /// `aria-describedby` ids (hint, error), space-separated.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.id()));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id()));
        }
        ids.join(" ")
    }
}

/// The HTML id of the field named `name`.
pub fn field_id(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("f-{cleaned}")
}

/// An entry of a select, radio or checkbox group.
#[derive(Clone, Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// The label's language, for `lang` (empty when the reader's).
    pub lang: String,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            selected,
            lang: String::new(),
        }
    }
}

/// Choices grouped under a label (`<optgroup>`).
#[derive(Clone, Debug)]
pub struct ChoiceGroup {
    pub label: String,
    pub choices: Vec<Choice>,
}

/// The language's own name.
pub fn language_name(code: &str) -> String {
    Locale::new(code).native_name()
}

/// Every interface language as a choice.
pub fn language_choices(selected: &[String]) -> Vec<Choice> {
    crate::i18n::available()
        .iter()
        .map(|code| {
            let mut c = Choice::new(
                code.clone(),
                language_name(code),
                selected.iter().any(|s| s == code),
            );
            c.lang = code.clone();
            c
        })
        .collect()
}

/// A status in the reader's language.
pub fn status_label(l: &Locale, status: Status) -> String {
    l.t(&format!("cn-status-{}", status.as_str()))
}

/// `2027-03-01T09:30` (UTC) for a `datetime-local` input.
pub fn datetime_value(at: Option<DateTime<Utc>>) -> String {
    at.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

/// A value that is not a date and time.
#[derive(Debug, PartialEq, Eq)]
pub struct NotADateTime;

/// Reads a `datetime-local` value as UTC; `Ok(None)` when empty.
///
/// # Errors
/// [`NotADateTime`] when it is not a date and time.
pub fn parse_datetime(value: &str) -> Result<Option<DateTime<Utc>>, NotADateTime> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(value, f).ok())
        .map(|t| Some(t.and_utc()))
        .ok_or(NotADateTime)
}

/// 303 to `location`.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location.to_owned()))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_read_repeated_and_indexed_fields() {
        let form = FormData(vec![
            ("languages".into(), "en".into()),
            ("languages".into(), "fr".into()),
            ("options.0.code".into(), "a".into()),
            ("options.3.label.en".into(), "D".into()),
            ("version".into(), "4".into()),
        ]);
        assert_eq!(form.all("languages"), ["en", "fr"]);
        assert_eq!(
            form.indices("options.").into_iter().collect::<Vec<_>>(),
            [0, 3]
        );
        assert_eq!(form.version().unwrap(), 4);
        assert!(!form.has("required"));
        assert_eq!(field_id("title.en"), "f-title.en");
        assert_eq!(
            under("sections.0.questions.1.text.en", "sections.0.questions.1").as_deref(),
            Some("text.en")
        );
        assert_eq!(
            parse_datetime("2027-03-01T09:30")
                .unwrap()
                .unwrap()
                .to_rfc3339(),
            "2027-03-01T09:30:00+00:00"
        );
        assert!(parse_datetime("tomorrow").is_err());
    }
}
