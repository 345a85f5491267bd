//! Searching a group's documents: words in the title (every word must appear, in any case),
//! a year, a type, a language. Pure: it filters what the page already read.
use chrono::Datelike;

use super::repo::{DocumentKind, FileInfo};
use crate::entities::meeting_document;

/// Longest search text: a title search needs no more, and a longer one is refused with a
/// message rather than matched.
pub const MAX_QUERY_CHARS: usize = 200;

/// A search as typed (each part may be empty).
#[derive(Debug, Default, serde::Deserialize)]
pub struct SearchInput {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub year: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub language: String,
}

/// A checked search.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Search {
    pub words: Vec<String>,
    pub year: Option<i32>,
    pub kind: Option<DocumentKind>,
    pub language: Option<String>,
}

/// Which part of a search is wrong (the field's name and the message's key).
#[derive(Debug, PartialEq, Eq)]
pub struct SearchProblem {
    pub field: &'static str,
    pub key: &'static str,
}

impl SearchInput {
    /// Whether anything was asked (an empty search shows the meetings, not results).
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty()
            && self.year.trim().is_empty()
            && self.kind.trim().is_empty()
            && self.language.trim().is_empty()
    }

    /// # Errors
    /// The first part that cannot be read.
    pub fn parse(&self) -> Result<Search, SearchProblem> {
        if self.q.chars().count() > MAX_QUERY_CHARS {
            return Err(SearchProblem {
                field: "q",
                key: "rec-v-query-long",
            });
        }
        let year = match self.year.trim() {
            "" => None,
            y => Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=9999).contains(y))
                    .ok_or(SearchProblem {
                        field: "year",
                        key: "rec-v-year",
                    })?,
            ),
        };
        let kind = match self.kind.trim() {
            "" => None,
            k => Some(DocumentKind::parse(k).ok_or(SearchProblem {
                field: "type",
                key: "rec-v-type",
            })?),
        };
        let language = match self.language.trim() {
            "" => None,
            code if crate::i18n::is_available(code) => Some(code.to_owned()),
            _ => {
                return Err(SearchProblem {
                    field: "language",
                    key: "rec-v-language",
                });
            }
        };
        Ok(Search {
            words: self.q.split_whitespace().map(str::to_lowercase).collect(),
            year,
            kind,
            language,
        })
    }
}

impl Search {
    /// Whether a document (with the files of every document) matches.
    pub fn matches(&self, d: &meeting_document::Model, files: &[FileInfo]) -> bool {
        let title = d.title.to_lowercase();
        self.words.iter().all(|w| title.contains(w.as_str()))
            && self.year.is_none_or(|y| d.dated_on.year() == y)
            && self.kind.is_none_or(|k| d.kind == k.as_str())
            && self.language.as_ref().is_none_or(|lang| {
                files
                    .iter()
                    .any(|f| f.document_id == d.id && &f.language == lang)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, kind: &str, year: i32) -> meeting_document::Model {
        meeting_document::Model {
            id: 1,
            meeting_id: 1,
            title: title.into(),
            kind: kind.into(),
            author_org: String::new(),
            dated_on: chrono::NaiveDate::from_ymd_opt(year, 3, 1).unwrap(),
            status: "published".into(),
            withdrawn_reason: None,
            withdrawn_at: None,
            published_at: None,
            created_at: chrono::Utc::now(),
        }
    }

    fn input(q: &str, year: &str, kind: &str, language: &str) -> SearchInput {
        SearchInput {
            q: q.into(),
            year: year.into(),
            kind: kind.into(),
            language: language.into(),
        }
    }

    #[test]
    fn every_word_must_be_in_the_title_in_any_case() {
        let d = doc("Online Safety Report of the Youth Panel", "report", 2027);
        assert!(
            input("safety REPORT", "", "", "")
                .parse()
                .unwrap()
                .matches(&d, &[])
        );
        assert!(
            !input("safety gaming", "", "", "")
                .parse()
                .unwrap()
                .matches(&d, &[])
        );
        assert!(
            input("", "2027", "report", "")
                .parse()
                .unwrap()
                .matches(&d, &[])
        );
        assert!(!input("", "2026", "", "").parse().unwrap().matches(&d, &[]));
        assert!(
            !input("", "", "summary", "")
                .parse()
                .unwrap()
                .matches(&d, &[])
        );
        assert!(!input("", "", "", "ar").parse().unwrap().matches(&d, &[]));
    }

    #[test]
    fn a_long_or_wrong_search_is_refused_with_the_field_it_concerns() {
        let cases = [
            (input(&"a".repeat(2000), "", "", ""), "q"),
            (input("", "20x7", "", ""), "year"),
            (input("", "", "secret", ""), "type"),
            (input("", "", "", "xx"), "language"),
        ];
        for (i, field) in cases {
            assert_eq!(i.parse().unwrap_err().field, field);
        }
    }
}
