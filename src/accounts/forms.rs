//! What the account forms add to the kit in [`crate::web::forms`]: the CSRF token of forms
//! shown before sign-in (a random value in a cookie, repeated in a hidden field), safe
//! redirects after sign-in, and the checks of e-mail addresses and new passwords.
use actix_web::{
    HttpRequest, HttpResponse,
    cookie::{Cookie, SameSite},
};

pub use crate::web::forms::{Errors, Field, see_other};
use crate::{config::Settings, i18n::Locale};

/// The cookie holding the CSRF token of forms shown before sign-in.
pub fn form_cookie_name(settings: &Settings) -> &'static str {
    if settings.behind_tls {
        "__Host-consulta_form"
    } else {
        "consulta_form"
    }
}

/// The CSRF token for a form shown before sign-in: the browser's existing one, or a new
/// one with the cookie to set.
pub fn form_token(req: &HttpRequest, settings: &Settings) -> (String, Option<Cookie<'static>>) {
    if let Some(existing) = req
        .cookie(form_cookie_name(settings))
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() >= 32)
    {
        return (existing, None);
    }
    let token = crate::secrets::new_secret();
    let cookie = Cookie::build(form_cookie_name(settings), token.clone())
        .path("/")
        .http_only(true)
        .secure(settings.behind_tls)
        .same_site(SameSite::Strict)
        .finish();
    (token, Some(cookie))
}

/// Whether a form shown before sign-in came back with the token of its browser.
pub fn form_token_ok(req: &HttpRequest, settings: &Settings, given: &str) -> bool {
    req.cookie(form_cookie_name(settings))
        .is_some_and(|c| !given.is_empty() && crate::secrets::same(c.value(), given))
}

/// Adds the form cookie when a new one was made.
pub fn with_cookie(mut res: HttpResponse, cookie: Option<Cookie<'static>>) -> HttpResponse {
    if let Some(cookie) = cookie {
        let _ = res.add_cookie(&cookie);
    }
    res
}

/// Only local paths are followed after sign-in (no open redirect).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(char::is_control) =>
        {
            n.to_owned()
        }
        // `/` leads a signed-in adult on to their group's home.
        _ => "/".to_owned(),
    }
}

/// A trimmed form value, cut to `max` characters.
pub fn clean(value: &str, max: usize) -> String {
    value.trim().chars().take(max).collect()
}

/// Whether a string looks like an e-mail address (one `@`, something on each side, a dot
/// in the domain, no spaces). The real check is the e-mail that arrives.
pub fn looks_like_email(value: &str) -> bool {
    let value = value.trim();
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && value.len() <= 254
                && !value.chars().any(|c| c.is_whitespace() || c.is_control())
                && !value.contains(['<', '>', ',', ';', '"', ':'])
        }
        None => false,
    }
}

/// Checks a new password and its repetition; adds the problems to `errors`.
pub fn check_new_password(
    l: &Locale,
    errors: &mut Errors,
    field: &str,
    password: &str,
    confirm_field: &str,
    confirm: &str,
) {
    if password.is_empty() {
        errors.push(field, l.t("password-missing"));
    } else if let Some(key) = super::password::weakness(password) {
        errors.push(field, l.t(key));
    } else if password != confirm {
        errors.push(confirm_field, l.t("password-mismatch"));
    }
}

/// The inputs `password` (labelled with `label_key`, the rules as hint) and `confirm` of a
/// form that sets a new password, with their problems; nothing typed is shown again.
pub fn new_password_fields(l: &Locale, label_key: &str, errors: &Errors) -> [Field; 2] {
    [
        Field::password("password", l.t(label_key))
            .hint(l.t("password-rules"))
            .autocomplete("new-password")
            .errors(errors),
        Field::password("confirm", l.t("password-confirm"))
            .autocomplete("new-password")
            .errors(errors),
    ]
}

/// The input of an adult's e-mail address, which is also their user name.
pub fn email_field(l: &Locale, value: &str, errors: &Errors) -> Field {
    Field::email("email", l.t("login-email"))
        .value(value)
        .autocomplete("username")
        .errors(errors)
}

/// The input of the name an adult is shown by.
pub fn display_name_field(l: &Locale, value: &str, errors: &Errors) -> Field {
    Field::text("display_name", l.t("account-display-name"))
        .hint(l.t("account-display-name-hint"))
        .value(value)
        .autocomplete("name")
        .errors(errors)
}

/// The input of the current password, asked again before a change that matters.
pub fn current_password_field(l: &Locale, name: &str, errors: &Errors) -> Field {
    Field::password(name, l.t("password-current"))
        .autocomplete("current-password")
        .errors(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plausible_addresses_pass() {
        for good in ["a@b.org", "Amal.K+cop@example.co.uk", " x@y.z "] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.org",
            "a@b",
            "a b@c.org",
            "a@b.org.",
            "a@@b.org",
            "<a@b.org>",
            "a@b.org,c@d.org",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next(Some("/admin")), "/admin");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "/a\nb"] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
