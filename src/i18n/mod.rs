//! Localisation: Fluent bundles under `frontend/locales/<lang>/*.ftl`, locale negotiation
//! (explicit choice > cookie > Accept-Language > English) and text direction.
//! A language is added by adding a folder: everything else reads the list from the bundles.
pub mod countries;
pub mod regions;

use std::{borrow::Cow, collections::HashMap, future::Ready, sync::OnceLock};

use actix_web::{FromRequest, HttpRequest, dev::Payload, http::header};
use fluent_templates::{Loader, fluent_bundle::FluentValue, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./frontend/locales",
        fallback_language: "en",
        // Arabic wraps every inserted value in FSI…PDI marks, so a Latin name, a code or a
        // number keeps its own direction inside right-to-left text, in pages, e-mails and CSV
        // headings alike (the marks are invisible). Left-to-right languages need no marks.
        customise: |bundle| {
            let rtl = bundle
                .locales
                .first()
                .is_some_and(|l| direction(l.language.as_str()) == "rtl");
            bundle.set_use_isolating(rtl);
        },
    };
}

/// The cookie remembering an explicit language choice (a session cookie).
pub const LANG_COOKIE: &str = "lang";

/// Every language the interface is translated into, sorted by code.
pub fn available() -> &'static [String] {
    static CODES: OnceLock<Vec<String>> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut codes: Vec<String> = LOCALES.locales().map(|l| l.to_string()).collect();
        codes.sort();
        codes
    })
}

/// Whether `code` is one of the interface languages.
pub fn is_available(code: &str) -> bool {
    available().iter().any(|c| c == code)
}

/// A language chosen for one reader: translation, direction and formatting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    code: String,
    id: LanguageIdentifier,
}

impl Default for Locale {
    fn default() -> Self {
        Self::new("en")
    }
}

impl Locale {
    /// The locale for `code`, or English when it is not an interface language.
    pub fn new(code: &str) -> Self {
        let code = if is_available(code) { code } else { "en" };
        let id = code.parse().unwrap_or_else(|_| unic_langid::langid!("en"));
        Self {
            code: code.to_owned(),
            id,
        }
    }

    /// The first interface language among an explicit choice, a cookie and `Accept-Language`.
    pub fn negotiate(
        explicit: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Self {
        explicit
            .filter(|c| is_available(c))
            .or(cookie.filter(|c| is_available(c)))
            .map(Self::new)
            .or_else(|| accept_language.and_then(from_accept_language))
            .unwrap_or_default()
    }

    /// The ISO 639-1 code (`en`, `ar`, …).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// `rtl` for right-to-left scripts, else `ltr`.
    pub fn dir(&self) -> &'static str {
        direction(&self.code)
    }

    pub fn is_rtl(&self) -> bool {
        self.dir() == "rtl"
    }

    /// The translation of `key`; the English text when this language lacks it.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.id, key)
    }

    /// The translation of `key` with named arguments (numbers select plural forms).
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.to_string()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Owned((*name).to_owned()), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.id, key, &map)
    }

    /// Shorthand for one numeric argument named `count`.
    pub fn t_count(&self, key: &str, count: i64) -> String {
        self.t_args(key, &[("count", Arg::Num(count as f64))])
    }

    /// The language's own name (`العربية`, `中文`, …).
    pub fn native_name(&self) -> String {
        self.t("language-name")
    }
}

/// An argument to a translation.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

/// `rtl` for Arabic, Hebrew, Persian and Urdu, else `ltr`.
pub fn direction(code: &str) -> &'static str {
    match code.split('-').next().unwrap_or(code) {
        "ar" | "he" | "fa" | "ur" => "rtl",
        _ => "ltr",
    }
}

/// The best interface language in an `Accept-Language` header, honouring q-values.
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut bits = part.trim().split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().find_map(|(_, tag)| {
        let primary = tag.split('-').next()?.to_ascii_lowercase();
        is_available(&primary).then(|| Locale::new(&primary))
    })
}

/// A language choice in the query string: `?lang=fr`.
fn query_lang(req: &HttpRequest) -> Option<String> {
    url_query_value(req.query_string(), "lang")
}

/// One value from a query string, without allocating a full parse.
pub fn url_query_value(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

impl FromRequest for Locale {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(locale_of(req)))
    }
}

/// The reader's locale for a request (used by error pages too).
pub fn locale_of(req: &HttpRequest) -> Locale {
    let explicit = query_lang(req);
    let cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_owned());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Locale::negotiate(explicit.as_deref(), cookie.as_deref(), accept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_languages_are_available() {
        for code in ["ar", "en", "es", "fr", "ru", "zh"] {
            assert!(is_available(code), "{code} missing");
        }
    }

    #[test]
    fn an_explicit_choice_beats_the_cookie_and_the_browser() {
        assert_eq!(
            Locale::negotiate(Some("fr"), Some("ru"), Some("ar")).code(),
            "fr"
        );
        assert_eq!(
            Locale::negotiate(Some("xx"), Some("ru"), Some("ar")).code(),
            "ru"
        );
        assert_eq!(
            Locale::negotiate(None, None, Some("de-DE,de;q=0.9,zh-CN;q=0.8,en;q=0.5")).code(),
            "zh"
        );
        assert_eq!(
            Locale::negotiate(None, None, Some("en;q=0.1, es;q=0.9")).code(),
            "es"
        );
        assert_eq!(Locale::negotiate(None, None, Some("de")).code(), "en");
        assert_eq!(Locale::negotiate(None, None, None).code(), "en");
    }

    #[test]
    fn arabic_isolates_inserted_values_and_english_does_not() {
        let args = [("group", Arg::Str("Youth Council"))];
        let ar = Locale::new("ar").t_args("p-landing-asked-by", &args);
        assert!(
            ar.contains("\u{2068}Youth Council\u{2069}"),
            "no isolation in {ar:?}"
        );
        let en = Locale::new("en").t_args("p-landing-asked-by", &args);
        assert!(!en.contains('\u{2068}'), "stray marks in {en:?}");
    }

    #[test]
    fn arabic_reads_right_to_left() {
        assert!(Locale::new("ar").is_rtl());
        assert_eq!(Locale::new("zh").dir(), "ltr");
    }

    #[test]
    fn every_language_names_itself_and_has_every_key_of_english() {
        let english = keys_of("en");
        for code in available() {
            let keys = keys_of(code);
            let missing: Vec<_> = english.iter().filter(|k| !keys.contains(*k)).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
        }
    }

    fn keys_of(code: &str) -> std::collections::BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("frontend/locales")
            .join(code);
        std::fs::read_dir(dir)
            .unwrap()
            .flat_map(|f| {
                let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
                text.lines()
                    .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
                    .filter(|k| {
                        !k.is_empty()
                            && !k.starts_with('#')
                            && !k.starts_with(' ')
                            && !k.starts_with('.')
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}
