//! Headline findings: three to five short sentences per language that open the public
//! results page, written by the facilitators on the publishing page (one per line).
use std::collections::BTreeMap;

use super::repo::{HEADLINE_CHARS, HEADLINES_MAX};
use crate::i18n::{Arg, Locale};

/// The findings typed in one language's box (one per line, blank lines ignored), or what is
/// wrong with them in the reader's language.
///
/// # Errors
/// More than [`HEADLINES_MAX`] findings, or one longer than [`HEADLINE_CHARS`] characters.
pub fn check(typed: &str, l: &Locale) -> Result<Vec<String>, String> {
    let lines: Vec<String> = typed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    #[allow(clippy::cast_precision_loss)]
    if lines.len() > HEADLINES_MAX {
        return Err(l.t_args(
            "pub-headlines-too-many",
            &[
                ("max", Arg::Num(HEADLINES_MAX as f64)),
                ("count", Arg::Num(lines.len() as f64)),
            ],
        ));
    }
    if let Some(i) = lines
        .iter()
        .position(|line| line.chars().count() > HEADLINE_CHARS)
    {
        #[allow(clippy::cast_precision_loss)]
        return Err(l.t_args(
            "pub-headlines-too-long",
            &[
                ("line", Arg::Num((i + 1) as f64)),
                ("max", Arg::Num(HEADLINE_CHARS as f64)),
            ],
        ));
    }
    Ok(lines)
}

/// Every language's findings checked: all of them, or each box's error (by language).
///
/// # Errors
/// The errors of the boxes that are wrong, by language code.
pub fn check_all(
    typed: &BTreeMap<String, String>,
    l: &Locale,
) -> Result<BTreeMap<String, Vec<String>>, BTreeMap<String, String>> {
    let mut good = BTreeMap::new();
    let mut bad = BTreeMap::new();
    for (lang, text) in typed {
        match check(text, l) {
            Ok(lines) => {
                good.insert(lang.clone(), lines);
            }
            Err(e) => {
                bad.insert(lang.clone(), e);
            }
        }
    }
    if bad.is_empty() { Ok(good) } else { Err(bad) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_are_lines_at_most_five_and_each_short() {
        let l = Locale::new("en");
        assert_eq!(
            check("One\n\n  Two  \n", &l).unwrap(),
            vec!["One".to_owned(), "Two".to_owned()]
        );
        assert!(check("1\n2\n3\n4\n5\n6", &l).unwrap_err().contains('5'));
        let long = "x".repeat(HEADLINE_CHARS + 1);
        assert!(check(&format!("ok\n{long}"), &l).unwrap_err().contains('2'));
        assert!(check(&"x".repeat(HEADLINE_CHARS), &l).is_ok());
    }
}
