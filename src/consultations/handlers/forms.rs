//! The editor's form helpers on top of the page-and-form kit in [`crate::web::forms`]: the
//! pairs a signed-in adult posted (CSRF checked), errors from [`Issue`]s, status labels.
use actix_web::web;

pub use crate::web::forms::{
    Choice, ChoiceGroup, Errors, Field, FormData, LanguageName, WithLanguage, datetime_value,
    field_id, language_choices, language_name, parse_datetime, see_other, under,
};
use crate::{
    accounts::Actor,
    consultations::{Status, rules::Issue},
    error::AppError,
    i18n::Locale,
};

/// The pairs a signed-in adult posted, once the form's CSRF token is checked.
pub trait Posted: Sized {
    /// # Errors
    /// [`AppError::Forbidden`] for a missing or wrong token.
    fn posted_by(actor: &Actor, form: web::Form<Vec<(String, String)>>) -> Result<Self, AppError>;
}

impl Posted for FormData {
    fn posted_by(actor: &Actor, form: web::Form<Vec<(String, String)>>) -> Result<Self, AppError> {
        let form = Self(form.into_inner());
        actor.check_csrf(form.csrf())?;
        Ok(form)
    }
}

/// Adds [`Issue`]s to a form's errors.
pub trait IssueErrors {
    /// Adds issues, their paths mapped to field names by `field` (`None`: whole form).
    fn add_issues(&mut self, issues: &[Issue], l: &Locale, field: impl Fn(&str) -> Option<String>);
}

impl IssueErrors for Errors {
    fn add_issues(&mut self, issues: &[Issue], l: &Locale, field: impl Fn(&str) -> Option<String>) {
        for issue in issues {
            let name = field(&issue.path).unwrap_or_default();
            self.push(name, issue.message(l));
        }
    }
}

/// A status in the reader's language.
pub fn status_label(l: &Locale, status: Status) -> String {
    l.t(&format!("cn-status-{}", status.as_str()))
}
