//! One kit for pages and forms: the submitted pairs ([`FormData`]), problems shown next to
//! their field and in a summary at the top ([`Errors`]), field views for the templates
//! ([`Field`], [`Choice`]), dates in inputs, and the answer to a saved form ([`see_other`]).
//! Pages are rendered with [`super::page`] or [`super::no_store_page`].
use std::collections::BTreeSet;

use actix_web::HttpResponse;
use chrono::{DateTime, NaiveDateTime, Utc};
use percent_encoding::percent_decode;

use crate::{
    error::{AppError, FieldError},
    i18n::Locale,
};

/// Why a form body could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FormError {
    #[error("the form contains text that is not valid UTF-8")]
    InvalidUtf8,
}

impl FromIterator<(String, String)> for Errors {
    /// Problems from (anchor, message) pairs (see [`Errors::link`]).
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut errors = Self::new();
        for (anchor, message) in pairs {
            errors.link(anchor, message);
        }
        errors
    }
}

/// A submitted form: every (name, value) pair in order.
#[derive(Debug, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// Decodes a urlencoded body strictly: repeated names kept in order, a name or value
    /// that is not valid UTF-8 refused rather than silently replaced.
    ///
    /// # Errors
    /// [`FormError::InvalidUtf8`].
    pub fn parse(body: &[u8]) -> Result<Self, FormError> {
        let mut fields = Vec::new();
        for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &[][..]),
            };
            fields.push((decode(name)?, decode(value)?));
        }
        Ok(Self(fields))
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

    /// Every (name, value) whose name starts with `prefix`, the prefix removed.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.0
            .iter()
            .filter_map(move |(n, v)| n.strip_prefix(prefix).map(|rest| (rest, v.as_str())))
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

/// Problems with a form, each shown next to its field and listed in a summary at the top
/// that links to the field (`partials/error_summary.html`).
#[derive(Clone, Debug, Default)]
pub struct Errors {
    items: Vec<Problem>,
}

#[derive(Clone, Debug)]
struct Problem {
    field: String,
    /// The id of the element the summary links to (empty: a problem of the whole form).
    anchor: String,
    message: String,
}

impl Errors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a problem of `field`, whose input's id is the field's name; only the first
    /// problem of a field is kept.
    pub fn add(&mut self, field: &str, message: String) {
        if !self.has(field) {
            self.items.push(Problem {
                field: field.to_owned(),
                anchor: field.to_owned(),
                message,
            });
        }
    }

    /// Adds a problem of the field named `field` rendered by [`Field`] (id [`field_id`]);
    /// an empty name is a problem of the whole form. The same message twice is kept once.
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        let message = message.into();
        if !self
            .items
            .iter()
            .any(|p| p.field == field && p.message == message)
        {
            let anchor = if field.is_empty() {
                String::new()
            } else {
                field_id(&field)
            };
            self.items.push(Problem {
                field,
                anchor,
                message,
            });
        }
    }

    /// Adds a problem that links to the element with id `anchor` (a question of the
    /// respondents' pages); the same message twice is kept once.
    pub fn link(&mut self, anchor: impl Into<String>, message: impl Into<String>) {
        let anchor = anchor.into();
        let message = message.into();
        if !self
            .items
            .iter()
            .any(|p| p.anchor == anchor && p.message == message)
        {
            self.items.push(Problem {
                field: anchor.clone(),
                anchor,
                message,
            });
        }
    }

    /// The summary of a page whose fields show their own message: the problem `message`
    /// (none: nothing to summarise) linked to the element with id `anchor`.
    pub fn at(anchor: &str, message: Option<impl AsRef<str>>) -> Self {
        Self::new().and(anchor, message)
    }

    /// [`Errors::at`] with one more problem.
    #[must_use]
    pub fn and(mut self, anchor: &str, message: Option<impl AsRef<str>>) -> Self {
        if let Some(message) = message {
            self.link(anchor, message.as_ref());
        }
        self
    }

    /// The first problem of `field`.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// Whether any problem is on `field` or below it (`options.2` for `options.2.code`).
    pub fn any_under(&self, prefix: &str) -> bool {
        self.items
            .iter()
            .any(|p| p.field == prefix || p.field.starts_with(&format!("{prefix}.")))
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// (field, message) in order; an empty field is a problem of the whole form.
    pub fn list(&self) -> Vec<(&str, &str)> {
        self.items
            .iter()
            .map(|p| (p.field.as_str(), p.message.as_str()))
            .collect()
    }

    /// (anchor, message) for the summary, in order; an empty anchor links nowhere.
    pub fn links(&self) -> Vec<(&str, &str)> {
        self.items
            .iter()
            .map(|p| (p.anchor.as_str(), p.message.as_str()))
            .collect()
    }

    /// The ARIA attributes tying the input whose id is `field` to its hint and error
    /// (field names are ours, so the result is safe to print unescaped).
    pub fn aria(&self, field: &str, has_hint: bool) -> String {
        let field: String = field
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{field}-hint"));
        }
        if self.has(&field) {
            ids.push(format!("{field}-error"));
        }
        let mut out = String::new();
        if !ids.is_empty() {
            out.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
        }
        if self.has(&field) {
            out.push_str(" aria-invalid=\"true\"");
        }
        out
    }

    /// The same problems for the JSON API.
    pub fn into_field_errors(self) -> Vec<FieldError> {
        self.items
            .into_iter()
            .map(|p| FieldError {
                field: p.field,
                message: p.message,
            })
            .collect()
    }

    /// The problems as an API error (422).
    pub fn into_app_error(self) -> AppError {
        AppError::Invalid(self.into_field_errors())
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
    /// `text`, `email`, `password`, `textarea`, `number`, `date`, `datetime-local`,
    /// `checkbox`. A password input never shows its value again.
    pub kind: &'static str,
    /// The `autocomplete` token (empty: none), so browsers and password managers fill
    /// the right thing.
    pub autocomplete: &'static str,
    /// The language of the value (`lang` and `dir` attributes), when it is a translation.
    pub lang: String,
    pub dir: &'static str,
    pub rows: usize,
    pub checked: bool,
    /// Shown but not editable (with the reason as hint).
    pub readonly: bool,
    pub extra_class: &'static str,
    /// The label when it holds a language's own name (`Label (Español)`), so the template
    /// marks that name with its own `lang`; `label` then holds the same text whole.
    pub label_named: Option<WithLanguage>,
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

    /// An e-mail address (no spell checking, no capital first letter on phones).
    pub fn email(name: impl Into<String>, label: impl Into<String>) -> Self {
        Self::new("email", name, label)
    }

    /// A password: what was typed is never sent back in the page.
    pub fn password(name: impl Into<String>, label: impl Into<String>) -> Self {
        Self::new("password", name, label)
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
    pub fn autocomplete(mut self, token: &'static str) -> Self {
        self.autocomplete = token;
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

    /// A label that holds a language's own name, marked with that language's `lang`.
    #[must_use]
    pub fn label_named(mut self, label: WithLanguage) -> Self {
        self.label.clone_from(&label.whole);
        self.label_named = Some(label);
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
    /// The label's direction (`rtl` for Arabic), for `dir` beside `lang`.
    pub fn dir(&self) -> &'static str {
        crate::i18n::direction(&self.lang)
    }

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

/// A language's own name where it stands inside text of another language, with the
/// `lang` and `dir` that mark it (`<span lang="es" dir="ltr">Español</span>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LanguageName {
    pub lang: String,
    pub dir: &'static str,
    pub name: String,
}

impl LanguageName {
    pub fn new(code: &str) -> Self {
        Self {
            lang: code.to_owned(),
            dir: crate::i18n::direction(code),
            name: language_name(code),
        }
    }
}

/// A message of the page's language that inserts a language's own name as `$language`
/// (`Label ({ $language })`), kept in three parts so that a template marks only the name
/// (`partials/with_language.html`) and escapes each part as any other text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WithLanguage {
    pub before: String,
    pub language: LanguageName,
    pub after: String,
    /// The message whole, for places that hold only text (`<title>`, an error summary).
    pub whole: String,
}

/// Stands for the language's name while the message is split (a private-use character
/// no translation holds).
const NAME_MARK: &str = "\u{E000}";

impl WithLanguage {
    /// The message `key` of `l` with `code`'s own name as its `$language`.
    pub fn new(l: &Locale, key: &str, code: &str) -> Self {
        use crate::i18n::Arg;
        let language = LanguageName::new(code);
        let whole = l.t_args(key, &[("language", Arg::Str(&language.name))]);
        let marked = l.t_args(key, &[("language", Arg::Str(NAME_MARK))]);
        let Some((before, after)) = marked.split_once(NAME_MARK) else {
            // A translation without `$language`: the text alone, nothing to mark.
            return Self {
                before: whole.clone(),
                language: LanguageName::default(),
                after: String::new(),
                whole,
            };
        };
        // The element's own `dir` isolates the name, so the invisible isolation marks
        // Fluent puts around it in right-to-left languages are not needed twice.
        Self {
            before: before.trim_end_matches('\u{2068}').to_owned(),
            after: after.trim_start_matches('\u{2069}').to_owned(),
            language,
            whole,
        }
    }

    /// The language's name alone (a field labelled only "Español").
    pub fn name_only(code: &str) -> Self {
        let language = LanguageName::new(code);
        Self {
            before: String::new(),
            whole: language.name.clone(),
            language,
            after: String::new(),
        }
    }
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

fn decode(raw: &[u8]) -> Result<String, FormError> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| FormError::InvalidUtf8)
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

    #[test]
    fn repeated_names_plus_signs_and_percent_escapes_decode() {
        let f = FormData::parse(b"a=1&b=x+y&a=%C3%A9t%C3%A9&c&=z").unwrap();
        assert_eq!(f.all("a"), ["1", "été"]);
        assert_eq!(f.opt("b"), Some("x y"));
        assert_eq!(f.opt("c"), Some(""));
        assert_eq!(f.opt("missing"), None);
    }

    #[test]
    fn invalid_utf8_is_refused_not_replaced() {
        assert_eq!(
            FormData::parse(b"a=%FF%FE").unwrap_err(),
            FormError::InvalidUtf8
        );
        assert_eq!(
            FormData::parse(b"a=\xff").unwrap_err(),
            FormError::InvalidUtf8
        );
    }

    #[test]
    fn the_summary_links_each_problem_to_its_input() {
        let mut errors = Errors::new();
        errors.add("email", "Give your e-mail address.".into());
        errors.add("email", "A second problem is not shown.".into());
        errors.push("title.en", "Give a title.");
        errors.push("", "Something about the whole form.");
        assert_eq!(
            errors.links(),
            [
                ("email", "Give your e-mail address."),
                ("f-title.en", "Give a title."),
                ("", "Something about the whole form."),
            ]
        );
        assert!(errors.any_under("title"));
        assert_eq!(
            errors.aria("email", true),
            " aria-describedby=\"email-hint email-error\" aria-invalid=\"true\""
        );
    }
}
