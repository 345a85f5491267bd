//! ISO 3166-1 countries with their names in the six languages and each language's
//! alphabetical order, read from `countries.tsv` (generated once by `tools/countries.mjs`).
use std::{collections::HashMap, sync::OnceLock};

const DATA: &str = include_str!("countries.tsv");

struct Table {
    /// Languages in column order.
    languages: Vec<&'static str>,
    /// Code → names in column order.
    names: HashMap<&'static str, Vec<&'static str>>,
    /// Language → codes in that language's alphabetical order.
    order: HashMap<&'static str, Vec<&'static str>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table {
            languages: Vec::new(),
            names: HashMap::new(),
            order: HashMap::new(),
        };
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let mut cells = line.split('\t');
            match cells.next() {
                Some("order") => {
                    if let (Some(lang), Some(codes)) = (cells.next(), cells.next()) {
                        table
                            .order
                            .insert(lang, codes.split(' ').collect::<Vec<_>>());
                    }
                }
                Some("code") => table.languages = cells.collect(),
                Some(code) => {
                    table.names.insert(code, cells.collect());
                }
                None => {}
            }
        }
        table
    })
}

/// Whether `code` is an ISO 3166-1 alpha-2 code of the list.
pub fn is_known(code: &str) -> bool {
    table().names.contains_key(code)
}

/// The country's name in `lang` (English when the language has no column).
pub fn name(code: &str, lang: &str) -> Option<&'static str> {
    let t = table();
    let names = t.names.get(code)?;
    let column = t
        .languages
        .iter()
        .position(|l| *l == lang)
        .or_else(|| t.languages.iter().position(|l| *l == "en"))?;
    names.get(column).copied()
}

/// Every country as (code, name), in the alphabetical order of `lang`.
pub fn all(lang: &str) -> Vec<(&'static str, &'static str)> {
    let t = table();
    let order = t.order.get(lang).or_else(|| t.order.get("en"));
    order
        .map(|codes| {
            codes
                .iter()
                .filter_map(|c| name(c, lang).map(|n| (*c, n)))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_name_in_the_six_languages_and_each_order_lists_them_all() {
        let t = table();
        assert!(t.names.len() > 240, "{}", t.names.len());
        for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
            assert_eq!(all(lang).len(), t.names.len(), "{lang}");
            for (code, n) in all(lang) {
                assert!(!n.is_empty(), "{code} in {lang}");
            }
        }
        assert_eq!(name("FR", "fr"), Some("France"));
        assert_eq!(name("CN", "zh"), Some("中国"));
        assert_eq!(name("EG", "ar"), Some("مصر"));
        assert!(is_known("KE") && !is_known("XX") && !is_known("ke"));
    }

    #[test]
    fn countries_are_sorted_for_the_reader() {
        let en: Vec<_> = all("en").into_iter().map(|(c, _)| c).collect();
        assert_eq!(en.first(), Some(&"AF"), "Afghanistan first in English");
        let fr: Vec<_> = all("fr").into_iter().map(|(_, n)| n).collect();
        let e = fr.iter().position(|n| *n == "Égypte").unwrap();
        let f = fr.iter().position(|n| *n == "France").unwrap();
        assert!(e < f, "accented names sort with their letter");
    }
}
