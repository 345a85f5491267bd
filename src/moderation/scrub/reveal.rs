//! The text as its reader sees it. Disguises that a person reads through without effort are
//! undone, so that the scrubber finds contact details however they were written; each
//! character of the view remembers which bytes of the written text it came from, so what is
//! found in the view is removed from the text as written and the rest stays as it was.
//!
//! Undone, in order: compatibility forms (NFKC: full-width `ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ`, styled
//! letters) and digits of other scripts; `hxxp`; bracketed dots, ats and colons (`[.]`,
//! `(dot)`, `{at}`, `[@]`, `[:]`); five or more letters written with a space between each
//! (`j a n e . d o e @ …`); runs of five or more number words in the six languages ("zero
//! seven nine one …", "ноль семь …", "零七九一…"), unless they only count up.
use std::{ops::Range, sync::LazyLock};

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::{PiiKind, ascii_digit, compile, is_round};

/// A view of a written text: `text`, and for each of its bytes the byte range of the
/// written text it came from.
#[derive(Debug, Default)]
pub(super) struct View {
    pub text: String,
    origin: Vec<Range<usize>>,
}

impl View {
    /// The view of `written`.
    pub fn of(written: &str) -> View {
        let mut view = View::default();
        for (i, c) in written.char_indices() {
            for shown in std::iter::once(c).nfkc() {
                // The scrubber's own masks never come from the text.
                if !('\u{E000}'..='\u{E0FF}').contains(&shown) {
                    view.push(
                        other_script_digit(shown).encode_utf8(&mut [0; 4]),
                        i..i + c.len_utf8(),
                    );
                }
            }
        }
        view.rewrite(&HXXP, |found| format!("http{}", &found[4..]))
            .rewrite(&BRACKETED, |found| bracketed(found).to_owned())
            .rewrite(&SPACED, |found| found.replace(' ', ""))
            .rewrite(&NUMBER_WORD_RUN, number_words)
            .rewrite(&HAN_DIGITS, number_words)
    }

    fn push(&mut self, shown: &str, source: Range<usize>) {
        self.text.push_str(shown);
        self.origin.extend(std::iter::repeat_n(source, shown.len()));
    }

    /// The written bytes behind the view's bytes `range` (not empty).
    fn source(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start].start..self.origin[range.end - 1].end
    }

    /// Replaces each match of `re` (its group `run` when it has one) by `with` of it; every
    /// character of the replacement comes from the whole match.
    fn rewrite(self, re: &Regex, with: impl Fn(&str) -> String) -> View {
        let mut out = View::default();
        let mut last = 0;
        for caps in re.captures_iter(&self.text) {
            let Some(found) = caps.name("run").or_else(|| caps.get(0)) else {
                continue;
            };
            if found.is_empty() {
                continue;
            }
            out.copy(&self, last..found.start());
            out.push(&with(found.as_str()), self.source(found.range()));
            last = found.end();
        }
        out.copy(&self, last..self.text.len());
        out
    }

    fn copy(&mut self, from: &View, range: Range<usize>) {
        self.text.push_str(&from.text[range.clone()]);
        self.origin.extend_from_slice(&from.origin[range]);
    }

    /// The written ranges behind the runs of `masked` (this view scrubbed with one mask
    /// character per character) that `kind_of` reads as masks, in order, overlaps merged.
    pub fn masked_spans(
        &self,
        masked: &str,
        kind_of: impl Fn(char) -> Option<PiiKind>,
    ) -> Vec<(Range<usize>, PiiKind)> {
        let mut spans: Vec<(Range<usize>, PiiKind)> = Vec::new();
        let mut run: Option<(usize, usize, PiiKind)> = None;
        let chars = self.text.char_indices().zip(masked.chars());
        for ((at, shown), mask) in chars {
            let end = at + shown.len_utf8();
            run = match (run, kind_of(mask)) {
                (Some((start, _, kind)), Some(k)) if k == kind => Some((start, end, kind)),
                (open, now) => {
                    if let Some((start, stop, kind)) = open {
                        spans.push((self.source(start..stop), kind));
                    }
                    now.map(|k| (at, end, k))
                }
            };
        }
        if let Some((start, stop, kind)) = run {
            spans.push((self.source(start..stop), kind));
        }
        spans.sort_by_key(|(range, _)| range.start);
        let mut merged: Vec<(Range<usize>, PiiKind)> = Vec::new();
        for (range, kind) in spans {
            match merged.last_mut() {
                Some((last, _)) if range.start < last.end => last.end = last.end.max(range.end),
                _ => merged.push((range, kind)),
            }
        }
        merged
    }
}

static HXXP: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bh(?:xx|\*\*)ps?\b"));

static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\s?[\[({<]\s*(?:\.|dot|point|punto|точка|نقطة|点|@|at|arobase|arroba|собака|艾特|:)\s*[\])}>]\s?",
    )
});

/// What a bracketed disguise stands for.
fn bracketed(found: &str) -> &'static str {
    let inner = found
        .trim()
        .trim_matches(['[', ']', '(', ')', '{', '}', '<', '>'])
        .trim()
        .to_lowercase();
    match inner.as_str() {
        ":" => ":",
        "@" | "at" | "arobase" | "arroba" | "собака" | "艾特" => "@",
        _ => ".",
    }
}

/// Five or more single letters, digits or address signs, each followed by one space.
static SPACED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}\p{N}])(?P<run>[\p{L}\p{N}@._\-](?: [\p{L}\p{N}@._\-]){4,})(?:$|[^\p{L}\p{N}])",
    )
});

/// Number words of the six languages and the digit each stands for.
const NUMBER_WORD_DIGITS: [(&str, &[&str]); 10] = [
    ("0", &["zero", "zéro", "cero", "ноль", "нуль", "صفر"]),
    (
        "1",
        &["one", "un", "une", "uno", "una", "один", "одна", "واحد"],
    ),
    (
        "2",
        &[
            "two",
            "deux",
            "dos",
            "два",
            "две",
            "اثنين",
            "اثنان",
            "اتنين",
        ],
    ),
    (
        "3",
        &[
            "three",
            "trois",
            "tres",
            "три",
            "ثلاثة",
            "ثلاثه",
            "تلاتة",
            "تلاته",
        ],
    ),
    (
        "4",
        &[
            "four",
            "quatre",
            "cuatro",
            "четыре",
            "اربعة",
            "أربعة",
            "اربعه",
            "أربعه",
        ],
    ),
    ("5", &["five", "cinq", "cinco", "пять", "خمسة", "خمسه"]),
    ("6", &["six", "seis", "шесть", "ستة", "سته"]),
    ("7", &["seven", "sept", "siete", "семь", "سبعة", "سبعه"]),
    (
        "8",
        &[
            "eight",
            "huit",
            "ocho",
            "восемь",
            "ثمانية",
            "ثمانيه",
            "تمانية",
            "تمانيه",
        ],
    ),
    ("9", &["nine", "neuf", "nueve", "девять", "تسعة", "تسعه"]),
];

const HAN: [(char, char); 12] = [
    ('零', '0'),
    ('〇', '0'),
    ('一', '1'),
    ('幺', '1'),
    ('二', '2'),
    ('三', '3'),
    ('四', '4'),
    ('五', '5'),
    ('六', '6'),
    ('七', '7'),
    ('八', '8'),
    ('九', '9'),
];

/// Five or more number words or digits in a row, at least two of them words.
static NUMBER_WORD_RUN: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = NUMBER_WORD_DIGITS
        .iter()
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let word = format!(r"(?:{}|\d+)", words.join("|"));
    compile(&format!(r"(?i)\b{word}(?:[\s,.\-–]+{word}\b){{4,}}"))
});

static HAN_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    let digits: String = HAN.iter().map(|(c, _)| *c).collect();
    compile(&format!(r"[{digits}](?:\s*[{digits}]){{4,}}"))
});

/// The digits a run of number words stands for; a run that only counts up ("one two three
/// four five"), or has fewer than two words, stays as written.
fn number_words(run: &str) -> String {
    let mut digits = String::new();
    let mut words = 0;
    for token in TOKEN.find_iter(run).map(|m| m.as_str()) {
        if token.chars().all(|c| c.is_ascii_digit()) {
            digits.push_str(token);
        } else if let Some(d) = digit_of(token) {
            digits.push(d);
            words += 1;
        }
    }
    let counting = digits
        .as_bytes()
        .windows(2)
        .all(|pair| pair[1] == pair[0] + 1);
    if words < 2 || counting {
        run.to_owned()
    } else {
        digits
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| compile(r"[零〇一幺二三四五六七八九]|\p{L}+|\d+"));

fn digit_of(token: &str) -> Option<char> {
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && let Some((_, d)) = HAN.iter().find(|(h, _)| *h == c)
    {
        return Some(*d);
    }
    let lower = token.to_lowercase();
    NUMBER_WORD_DIGITS
        .iter()
        .find(|(_, words)| words.contains(&lower.as_str()))
        .and_then(|(d, _)| d.chars().next())
}

/// What is still shaped like contact details in a revealed, scrubbed text: an `@` inside a
/// word (`jane@school`), a run of eight or more digits that is not a round number or a
/// date, the remains of a link (`://`, `www`, `name . com`).
pub(super) fn suspect(view: &str) -> Vec<PiiKind> {
    let mut kinds = Vec::new();
    if AT_IN_WORD.is_match(view) {
        kinds.push(PiiKind::Email);
    }
    let long_number = LONG_DIGITS
        .find_iter(view)
        .any(|m| !is_round(m.as_str()) && !is_date(m.as_str()));
    if long_number {
        kinds.push(PiiKind::Phone);
    }
    if LINK_SHAPE.is_match(view) {
        kinds.push(PiiKind::Link);
    }
    kinds
}

static AT_IN_WORD: LazyLock<Regex> = LazyLock::new(|| compile(r"[\p{L}\p{N}_.]@[\p{L}\p{N}]"));

static LONG_DIGITS: LazyLock<Regex> = LazyLock::new(|| compile(r"\d{8,}"));

static LINK_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)://|\bwww\s?\.|\b[\p{L}\p{N}\-]{2,}\s+\.\s*(?:com|net|org|ru|cn|fr|es|io|me|gg)\b",
    )
});

/// An Arabic-Indic or Devanagari digit in ASCII; any other character as it is.
fn other_script_digit(c: char) -> char {
    let zero = matches!(c, '\u{0660}' | '\u{06F0}' | '\u{0966}');
    match ascii_digit(c) {
        '0' if !zero && c != '0' => c,
        d => d,
    }
}

/// `20250512`: a date written without separators.
fn is_date(digits: &str) -> bool {
    digits.len() == 8 && (digits.starts_with("19") || digits.starts_with("20"))
}
