//! Measures the automatic flags on the labelled corpus in `frontend/moderation/eval/<lang>/`:
//! recall per category and precision of the disclosure flag, and recall and precision of the
//! personal-details and profanity flags on their own files. Pure: no database, no I/O
//! (`consulta moderation evaluate` prints what [`render`] returns).
//!
//! A corpus file has `#` comment lines, then `label<TAB>text` lines; `none` is the negative
//! label, any other label a positive one (for disclosures, its category).
//!
//! **Held-out split.** A sentence is held out when the first byte of the SHA-256 of its text
//! (as written in the file) is divisible by 5 (about 20 % of the corpus). The rules are tuned
//! by looking only at the misses of the other sentences (the tuning split); the held-out
//! figures measure how the rules do on sentences nobody tuned them on.
use std::{collections::BTreeMap, fmt::Write as _, time::Instant};

use sha2::{Digest, Sha256};

use super::flags::{Flag, explain};

/// Which flag a corpus file measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Disclosure,
    Personal,
    Profanity,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Disclosure, Kind::Personal, Kind::Profanity];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Disclosure => "disclosure",
            Kind::Personal => "personal",
            Kind::Profanity => "profanity",
        }
    }

    /// The flag this kind of file measures.
    pub fn flag(self) -> Flag {
        match self {
            Kind::Disclosure => Flag::Disclosure,
            Kind::Personal => Flag::PersonalDetails,
            Kind::Profanity => Flag::Profanity,
        }
    }

    /// `disclosure`, `personal` or `profanity` (also as a file name such as `personal.tsv`).
    pub fn parse(name: &str) -> Option<Kind> {
        let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let stem = stem.split('.').next().unwrap_or(stem);
        Kind::ALL.into_iter().find(|k| k.as_str() == stem)
    }
}

/// The languages of the corpus.
pub const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

macro_rules! corpus_files {
    ($($lang:literal),*) => {
        &[$(
            ($lang, Kind::Disclosure, include_str!(concat!("../../frontend/moderation/eval/", $lang, "/disclosure.tsv"))),
            ($lang, Kind::Personal, include_str!(concat!("../../frontend/moderation/eval/", $lang, "/personal.tsv"))),
            ($lang, Kind::Profanity, include_str!(concat!("../../frontend/moderation/eval/", $lang, "/profanity.tsv"))),
        )*]
    };
}

/// The embedded corpus as (language, kind, contents).
pub static CORPUS: &[(&str, Kind, &str)] = corpus_files!("ar", "en", "es", "fr", "ru", "zh");

/// The contents of one embedded corpus file.
pub fn corpus_file(lang: &str, kind: Kind) -> Option<&'static str> {
    CORPUS
        .iter()
        .find(|(l, k, _)| *l == lang && *k == kind)
        .map(|(_, _, c)| *c)
}

/// One labelled sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example<'a> {
    pub label: &'a str,
    pub text: &'a str,
}

impl Example<'_> {
    pub fn positive(&self) -> bool {
        self.label != "none"
    }

    pub fn held_out(&self) -> bool {
        held_out(self.text)
    }
}

/// Whether a sentence belongs to the held-out split: first byte of SHA-256 of its text mod 5 == 0.
pub fn held_out(text: &str) -> bool {
    Sha256::digest(text.as_bytes())[0] % 5 == 0
}

/// The labelled lines of a corpus file.
///
/// # Errors
/// The first line that is neither a comment, blank, nor `label<TAB>text`.
pub fn parse(contents: &str) -> Result<Vec<Example<'_>>, String> {
    let mut out = Vec::new();
    for (n, line) in contents.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((label, text)) = line.split_once('\t') else {
            return Err(format!("line {}: no tab between label and text", n + 1));
        };
        let label = label.trim();
        if label.is_empty() || text.trim().is_empty() {
            return Err(format!("line {}: empty label or text", n + 1));
        }
        out.push(Example { label, text });
    }
    Ok(out)
}

/// Counts for one split of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Per positive label: (sentences, flagged).
    pub by_label: BTreeMap<String, (usize, usize)>,
    /// Negative sentences.
    pub negatives: usize,
    /// Sentences flagged (positive or not).
    pub flagged: usize,
    /// Flagged sentences that are labelled positive.
    pub flagged_positive: usize,
}

impl Counts {
    pub fn add(&mut self, example: &Example, flagged: bool) {
        if example.positive() {
            let entry = self.by_label.entry(example.label.to_string()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(flagged);
        } else {
            self.negatives += 1;
        }
        if flagged {
            self.flagged += 1;
            self.flagged_positive += usize::from(example.positive());
        }
    }

    pub fn merge(&mut self, other: &Counts) {
        for (label, (n, caught)) in &other.by_label {
            let entry = self.by_label.entry(label.clone()).or_default();
            entry.0 += n;
            entry.1 += caught;
        }
        self.negatives += other.negatives;
        self.flagged += other.flagged;
        self.flagged_positive += other.flagged_positive;
    }

    pub fn positives(&self) -> usize {
        self.by_label.values().map(|(n, _)| n).sum()
    }

    pub fn caught(&self) -> usize {
        self.by_label.values().map(|(_, c)| c).sum()
    }

    /// Flagged positives / positives (`None` without positives).
    pub fn recall(&self) -> Option<f64> {
        ratio(self.caught(), self.positives())
    }

    /// Recall of one label.
    pub fn label_recall(&self, label: &str) -> Option<f64> {
        self.by_label.get(label).and_then(|(n, c)| ratio(*c, *n))
    }

    /// Flagged positives / flagged (`None` when nothing is flagged).
    pub fn precision(&self) -> Option<f64> {
        ratio(self.flagged_positive, self.flagged)
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// A sentence the flag got wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error<'a> {
    pub held_out: bool,
    pub label: &'a str,
    pub text: &'a str,
    /// For false alarms: the rule that raised the flag.
    pub reason: Option<String>,
}

/// The measure of one corpus file.
#[derive(Debug, Clone)]
pub struct FileReport<'a> {
    pub lang: String,
    pub kind: Kind,
    pub tuning: Counts,
    pub held_out: Counts,
    pub misses: Vec<Error<'a>>,
    pub false_alarms: Vec<Error<'a>>,
    /// Sentences checked and the time the flags took for them.
    pub sentences: usize,
    pub micros: u128,
}

impl FileReport<'_> {
    pub fn all(&self) -> Counts {
        let mut all = self.tuning.clone();
        all.merge(&self.held_out);
        all
    }
}

/// Runs the flags on every sentence of one file (answers in `lang`).
///
/// # Errors
/// A malformed line.
pub fn evaluate_file<'a>(
    lang: &str,
    kind: Kind,
    contents: &'a str,
) -> Result<FileReport<'a>, String> {
    let examples = parse(contents)?;
    let mut report = FileReport {
        lang: lang.to_string(),
        kind,
        tuning: Counts::default(),
        held_out: Counts::default(),
        misses: Vec::new(),
        false_alarms: Vec::new(),
        sentences: examples.len(),
        micros: 0,
    };
    let flag = kind.flag();
    // Patterns and the classifier are built on first use: not part of the time per answer.
    let _ = explain("My name is Sam, I'm 12, see example.com", lang);
    for example in &examples {
        let start = Instant::now();
        let reasons = explain(example.text, lang);
        report.micros += start.elapsed().as_micros();
        let reason = reasons.into_iter().find(|r| r.flag == flag);
        let flagged = reason.is_some();
        let held_out = example.held_out();
        let counts = if held_out {
            &mut report.held_out
        } else {
            &mut report.tuning
        };
        counts.add(example, flagged);
        let error = Error {
            held_out,
            label: example.label,
            text: example.text,
            reason: reason.map(|r| r.reason),
        };
        match (example.positive(), flagged) {
            (true, false) => report.misses.push(error),
            (false, true) => report.false_alarms.push(error),
            _ => {}
        }
    }
    Ok(report)
}

/// Every embedded corpus file (of `lang` only, when given).
///
/// # Errors
/// A malformed line in the embedded corpus.
pub fn evaluate_corpus(lang: Option<&str>) -> Result<Vec<FileReport<'static>>, String> {
    CORPUS
        .iter()
        .filter(|(l, _, _)| lang.is_none_or(|x| x == *l))
        .map(|(l, k, c)| {
            evaluate_file(l, *k, c).map_err(|e| format!("eval/{l}/{}: {e}", k.as_str()))
        })
        .collect()
}

/// The targets: disclosure recall and precision in every language.
pub const RECALL_FLOOR: f64 = 0.95;
pub const PRECISION_FLOOR: f64 = 0.85;

/// The floors CI holds per language, below which `--floor` fails: the figures measured on
/// 6 December 2026 (Arabic, French and Russian raised on 7 December 2026, Russian and Chinese
/// held-out recall again by the detect session the same day) less a small
/// margin (two points on the tuning split, about one sentence
/// on the held-out split), never below what was measured, so a regression fails. As
/// (language, tuning recall, tuning precision, held-out recall, held-out precision).
pub const FLOORS: [(&str, f64, f64, f64, f64); 6] = [
    ("ar", 0.98, 0.97, 0.81, 0.86),
    ("en", 0.98, 0.96, 0.86, 0.83),
    ("es", 0.98, 0.95, 0.92, 0.73),
    ("fr", 0.98, 0.97, 0.86, 0.84),
    ("ru", 0.98, 0.98, 0.79, 0.90),
    ("zh", 0.98, 0.97, 0.91, 0.77),
];

/// The languages whose disclosure figures are below their floor ([`FLOORS`]; the targets
/// for a language without an entry), as lines to print.
pub fn floor_failures(reports: &[FileReport]) -> Vec<String> {
    let mut out = Vec::new();
    for r in reports.iter().filter(|r| r.kind == Kind::Disclosure) {
        let (_, tr, tp, hr, hp) = FLOORS.iter().find(|f| f.0 == r.lang).copied().unwrap_or((
            "",
            RECALL_FLOOR,
            PRECISION_FLOOR,
            0.0,
            0.0,
        ));
        for (split, counts, recall_floor, precision_floor) in [
            ("tuning", &r.tuning, tr, tp),
            ("held-out", &r.held_out, hr, hp),
        ] {
            if counts.positives() == 0 {
                continue;
            }
            let recall = counts.recall().unwrap_or(0.0);
            if recall < recall_floor {
                out.push(format!(
                    "{}: disclosure recall {} < {} ({split} split)",
                    r.lang,
                    pct(Some(recall)),
                    pct(Some(recall_floor))
                ));
            }
            let precision = counts.precision().unwrap_or(0.0);
            if precision < precision_floor {
                out.push(format!(
                    "{}: disclosure precision {} < {} ({split} split)",
                    r.lang,
                    pct(Some(precision)),
                    pct(Some(precision_floor))
                ));
            }
        }
    }
    out
}

/// `0.953` → `95.3%`; `-` for no value.
pub fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{:.1}%", x * 100.0))
}

fn figures(c: &Counts) -> String {
    format!(
        "recall {:>6} ({}/{})  precision {:>6} ({}/{})",
        pct(c.recall()),
        c.caught(),
        c.positives(),
        pct(c.precision()),
        c.flagged_positive,
        c.flagged
    )
}

/// The report as text: figures per file (tuning, held-out, all), disclosure recall per
/// category, then the misses and false alarms of the tuning split (and of the held-out split
/// when `show_held_out` is set).
pub fn render(reports: &[FileReport], show_held_out: bool) -> String {
    let mut out = String::new();
    let mut sentences = 0;
    let mut micros = 0;
    for r in reports {
        sentences += r.sentences;
        micros += r.micros;
        let _ = writeln!(out, "== {} {}", r.lang, r.kind.as_str());
        let all = r.all();
        for (name, c) in [
            ("tuning", &r.tuning),
            ("held-out", &r.held_out),
            ("all", &all),
        ] {
            let _ = writeln!(out, "  {name:<9} {}", figures(c));
        }
        if r.kind == Kind::Disclosure {
            let labels: Vec<&String> = all.by_label.keys().collect();
            for label in labels {
                let _ = writeln!(
                    out,
                    "    {label:<11} tuning {:>6}  held-out {:>6}  all {:>6}",
                    pct(r.tuning.label_recall(label)),
                    pct(r.held_out.label_recall(label)),
                    pct(all.label_recall(label)),
                );
            }
        }
        let shown = |e: &&Error| show_held_out || !e.held_out;
        for e in r.misses.iter().filter(shown) {
            let split = if e.held_out { " (held-out)" } else { "" };
            let _ = writeln!(out, "  missed{split} [{}] {}", e.label, e.text);
        }
        for e in r.false_alarms.iter().filter(shown) {
            let split = if e.held_out { " (held-out)" } else { "" };
            let _ = writeln!(
                out,
                "  false alarm{split} {}  <- {}",
                e.text,
                e.reason.as_deref().unwrap_or_default()
            );
        }
        let hidden = r
            .misses
            .iter()
            .chain(&r.false_alarms)
            .filter(|e| e.held_out)
            .count();
        if !show_held_out && hidden > 0 {
            let _ = writeln!(out, "  ({hidden} held-out errors not shown)");
        }
    }
    if sentences > 0 {
        let _ = writeln!(
            out,
            "\n{sentences} sentences, {:.1} µs per sentence for all flags",
            micros as f64 / sentences as f64
        );
    }
    out
}

/// A summary table in Markdown: one row per language, disclosure recall and precision on the
/// tuning and held-out splits, then personal details and profanity (tuning / held-out).
pub fn summary(reports: &[FileReport]) -> String {
    let mut out = String::from(
        "| lang | disclosure recall, tuning | precision, tuning | recall, held-out | precision, held-out | personal recall, tuning / held-out | personal precision, tuning / held-out | profanity recall, tuning / held-out | profanity precision, tuning / held-out |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    let mut langs: Vec<&str> = reports.iter().map(|r| r.lang.as_str()).collect();
    langs.dedup();
    for lang in langs {
        let get = |k: Kind| reports.iter().find(|r| r.lang == lang && r.kind == k);
        let mut row = format!("| {lang}");
        match get(Kind::Disclosure) {
            Some(d) => {
                let _ = write!(
                    row,
                    " | {} | {} | {} | {}",
                    pct(d.tuning.recall()),
                    pct(d.tuning.precision()),
                    pct(d.held_out.recall()),
                    pct(d.held_out.precision())
                );
            }
            None => row.push_str(" | - | - | - | -"),
        }
        for k in [Kind::Personal, Kind::Profanity] {
            match get(k) {
                Some(r) => {
                    let _ = write!(
                        row,
                        " | {} / {} | {} / {}",
                        pct(r.tuning.recall()),
                        pct(r.held_out.recall()),
                        pct(r.tuning.precision()),
                        pct(r.held_out.precision())
                    );
                }
                None => row.push_str(" | - | -"),
            }
        }
        let _ = writeln!(out, "{row} |");
    }
    out
}

/// Five-fold cross-validation of the disclosure check **inside the tuning split** (folds by
/// the second byte of SHA-256): the classifier is trained on four fifths and measured, with
/// the pattern lists, on the fifth, at several thresholds. An honest guide for choosing the
/// threshold that never looks at the held-out split.
///
/// With `errors`, it also lists the tuning sentences the check gets wrong at each language's
/// threshold ([`super::classifier::threshold`]) when the model has not seen them: the honest
/// errors to read when tuning (the held-out split stays unread).
pub fn cross_validate(thresholds: &[f32], errors: bool) -> String {
    [1, 2]
        .into_iter()
        .map(|min_docs| cross_validate_with(thresholds, min_docs, errors && min_docs == 1))
        .collect()
}

/// [`cross_validate`] with features seen in fewer than `min_docs` training sentences dropped.
fn cross_validate_with(thresholds: &[f32], min_docs: u32, errors: bool) -> String {
    use super::{
        classifier::Model,
        flags::{Stage, disclosure_check},
    };
    let fold_of = |t: &str| Sha256::digest(t.as_bytes())[1] % 5;
    let examples = super::classifier::tuning_examples();
    // (lang, label, rule hit, score, text) for every tuning disclosure sentence, scored by the
    // model of the folds it was not trained on.
    let mut scored: Vec<(&str, &str, bool, f32, &str)> = Vec::new();
    for fold in 0..5 {
        let train: Vec<(&str, &str, bool)> = examples
            .iter()
            .copied()
            .filter(|(_, t, _)| fold_of(t) != fold)
            .collect();
        let model = Model::train_with(&train, min_docs);
        for (lang, kind, contents) in CORPUS {
            if *kind != Kind::Disclosure {
                continue;
            }
            for e in parse(contents).unwrap_or_default() {
                if e.held_out() || fold_of(e.text) != fold {
                    continue;
                }
                // The flag's own path (the lists once, `^^` negations and the minimum of words
                // leave the classifier out), scored by this fold's model.
                let (rule, score) = match disclosure_check(e.text, lang) {
                    Stage::Rule(_) => (true, 0.0),
                    Stage::Classifier(words) => (false, model.score_words(&words, lang)),
                    Stage::Neither => (false, 0.0),
                };
                scored.push((lang, e.label, rule, score, e.text));
            }
        }
    }
    let mut out = format!(
        "cross-validated on the tuning split (features in >= {min_docs} sentences): rules OR classifier >= threshold\n"
    );
    for t in thresholds {
        let _ = write!(out, "t={t:.2}");
        for lang in LANGS {
            let mut c = Counts::default();
            for (l, label, rule, p, _) in &scored {
                if l == &lang {
                    c.add(&Example { label, text: "" }, *rule || *p >= *t);
                }
            }
            let _ = write!(out, "  {lang} {}/{}", pct(c.recall()), pct(c.precision()));
        }
        out.push('\n');
    }
    if errors {
        for lang in LANGS {
            let t = super::classifier::threshold(lang);
            let _ = writeln!(out, "== {lang} cross-validated errors at t={t:.2}");
            for (l, label, rule, p, text) in &scored {
                let flagged = *rule || *p >= t;
                if l != &lang || flagged == (*label != "none") {
                    continue;
                }
                let what = if flagged { "false alarm" } else { "missed" };
                let _ = writeln!(out, "  {what} [{label}] {p:.2} {text}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_parsed_and_comments_skipped() {
        let ex =
            parse("# header\n\nhome\tmy dad hits me\nnone\tI like football\n").unwrap_or_default();
        assert_eq!(ex.len(), 2);
        assert_eq!(
            ex[0],
            Example {
                label: "home",
                text: "my dad hits me"
            }
        );
        assert!(ex[0].positive() && !ex[1].positive());
        assert!(parse("home my dad hits me").is_err());
    }

    #[test]
    fn the_split_is_the_first_byte_of_sha256_mod_5() {
        // sha256("abc") starts with 0xba = 186 (186 % 5 = 1); sha256("") with 0xe3 = 227 (2).
        assert!(!held_out("abc"));
        assert!(!held_out(""));
        let held = (0..1000)
            .filter(|i| held_out(&format!("sentence {i}")))
            .count();
        assert!((150..250).contains(&held), "{held} of 1000 held out");
        for i in 0..50 {
            let t = format!("x{i}");
            assert_eq!(held_out(&t), Sha256::digest(t.as_bytes())[0] % 5 == 0);
        }
    }

    #[test]
    fn recall_and_precision_are_counted_per_label() {
        let mut c = Counts::default();
        let home = Example {
            label: "home",
            text: "a",
        };
        let threat = Example {
            label: "threat",
            text: "b",
        };
        let none = Example {
            label: "none",
            text: "c",
        };
        c.add(&home, true);
        c.add(&home, true);
        c.add(&home, false);
        c.add(&threat, false);
        c.add(&none, true);
        c.add(&none, false);
        assert_eq!(c.positives(), 4);
        assert_eq!(c.caught(), 2);
        assert_eq!(c.recall(), Some(0.5));
        assert_eq!(c.label_recall("home"), Some(2.0 / 3.0));
        assert_eq!(c.label_recall("threat"), Some(0.0));
        assert_eq!(c.label_recall("bullying"), None);
        assert_eq!(c.flagged, 3);
        assert_eq!(c.precision(), Some(2.0 / 3.0));
        assert_eq!(c.negatives, 2);
        let mut all = c.clone();
        all.merge(&c);
        assert_eq!((all.positives(), all.caught(), all.flagged), (8, 4, 6));
        assert_eq!(Counts::default().precision(), None);
        assert_eq!(pct(Some(0.9534)), "95.3%");
        assert_eq!(pct(None), "-");
    }

    #[test]
    fn the_floor_names_the_languages_below_it() {
        let mut r = FileReport {
            lang: "xx".into(),
            kind: Kind::Disclosure,
            tuning: Counts::default(),
            held_out: Counts::default(),
            misses: vec![],
            false_alarms: vec![],
            sentences: 0,
            micros: 0,
        };
        let home = Example {
            label: "home",
            text: "a",
        };
        for _ in 0..19 {
            r.tuning.add(&home, true);
        }
        r.tuning.add(&home, false);
        assert!(floor_failures(std::slice::from_ref(&r)).is_empty());
        r.tuning.add(&home, false);
        r.tuning.add(
            &Example {
                label: "none",
                text: "b",
            },
            true,
        );
        r.tuning.add(
            &Example {
                label: "none",
                text: "c",
            },
            true,
        );
        for _ in 0..3 {
            r.tuning.add(
                &Example {
                    label: "none",
                    text: "d",
                },
                true,
            );
        }
        let failures = floor_failures(&[r]);
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(failures[0].starts_with("xx: disclosure recall"));
    }

    #[test]
    fn the_embedded_corpus_parses_and_kinds_are_read_from_file_names() {
        assert_eq!(CORPUS.len(), 18);
        for (lang, kind, contents) in CORPUS {
            let ex = parse(contents).unwrap_or_else(|e| panic!("{lang} {}: {e}", kind.as_str()));
            assert!(ex.iter().any(Example::positive) && ex.iter().any(|e| !e.positive()));
        }
        assert_eq!(Kind::parse("eval/zh/personal.tsv"), Some(Kind::Personal));
        assert_eq!(Kind::parse("disclosure"), Some(Kind::Disclosure));
        assert_eq!(Kind::parse("other.tsv"), None);
    }
}
