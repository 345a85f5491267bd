//! Key terms and two-word phrases of free-text answers, per language.
//!
//! Each answer is normalised (NFKC, lowercase; for Arabic without tatweel and harakat),
//! split into words (jieba for Chinese, letters and digits elsewhere), stripped of stop words
//! (the `stop-words` ISO lists, minus a few content words they treat as stop words), and
//! stemmed (Snowball for Arabic, English, French, Russian and Spanish). Arabic keys also fold
//! alef variants, ta marbuta and alef maqsura so spelling variants meet. Each term is shown in
//! its most frequent written form. Counts are document frequencies: a term counts once per
//! answer. Markers left by personal-data scrubbing (`[email]`) are ignored and break phrases,
//! as do punctuation and stop words; a phrase is listed once it occurs in two answers.
//!
//! The counts are of young people: pass them through
//! [`super::suppression::suppress_count`] before showing them to members or the public.
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// The languages with stop words cached and, except Chinese, a stemmer.
const LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

/// Content words that matter in consultations but that the ISO lists drop as stop words.
const KEEP: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "help",
            "helped",
            "helping",
            "helps",
            "problem",
            "problems",
            "important",
            "information",
            "world",
            "work",
            "worked",
            "working",
            "works",
            "young",
            "younger",
            "youngest",
            "need",
            "needed",
            "needs",
            "want",
            "wanted",
            "wants",
            "free",
            "computer",
            "website",
            "site",
            "system",
            "research",
            "home",
            "room",
            "serious",
            "group",
            "groups",
            "member",
            "members",
            "interest",
            "interested",
            "useful",
            "test",
            "text",
            "words",
            "open",
            "value",
            "state",
            "states",
            "clear",
            "believe",
            "allow",
            "allowed",
            "allows",
            "different",
            "good",
            "great",
            "better",
            "best",
            "small",
            "large",
            "high",
            "line",
            "old",
            "older",
            "name",
            "thank",
            "thanks",
            "safe",
            "sorry",
            "trust",
            "change",
            "changes",
        ],
    ),
    ("es", &["trabajo", "queremos"]),
    ("ru", &["мир", "работа", "люди"]),
];

/// Stop words beyond the ISO lists: English contractions split at the apostrophe.
const EXTRA: &[(&str, &[&str])] = &[(
    "en",
    &[
        "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "couldn",
        "shouldn", "haven", "hasn", "hadn", "ll", "ve", "re", "im",
    ],
)];

/// Most frequent terms and two-word phrases with the number of answers using each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KeyTerms {
    /// `(term as most often written, answers using it)`, most frequent first.
    pub terms: Vec<(String, u64)>,
    /// `(phrase as most often written, answers using it)`, most frequent first.
    pub phrases: Vec<(String, u64)>,
}

/// The `limit` most frequent key terms and phrases of `texts`, all written in `lang` (a
/// language code such as `fr` or `zh-Hans`). Ties are ordered alphabetically.
pub fn key_terms(texts: &[&str], lang: &str, limit: usize) -> KeyTerms {
    let lang = primary_language(lang);
    let analyser = Analyser::new(&lang);
    let mut terms = Tally::default();
    let mut phrases = Tally::default();
    for text in texts {
        let words = analyser.words(text);
        let mut seen_terms = HashSet::new();
        let mut seen_phrases = HashSet::new();
        for word in words.iter().flatten() {
            terms.add(
                &word.key,
                &word.surface,
                seen_terms.insert(word.key.clone()),
            );
        }
        for pair in words.windows(2) {
            if let [Some(a), Some(b)] = pair {
                let key = format!("{} {}", a.key, b.key);
                let surface = analyser.join(&a.surface, &b.surface);
                let first = seen_phrases.insert(key.clone());
                phrases.add(&key, &surface, first);
            }
        }
    }
    KeyTerms {
        terms: terms.top(limit, 1),
        phrases: phrases.top(limit, 2),
    }
}

/// `zh-Hans` → `zh`, `EN` → `en`.
fn primary_language(lang: &str) -> String {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    primary.to_ascii_lowercase()
}

/// A word kept for analysis: its grouping key (stem) and how it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    key: String,
    surface: String,
}

/// Answers per key, and how often each written form was seen.
#[derive(Default)]
struct Tally {
    answers: HashMap<String, u64>,
    surfaces: HashMap<String, HashMap<String, u64>>,
}

impl Tally {
    fn add(&mut self, key: &str, surface: &str, first_in_answer: bool) {
        if first_in_answer {
            *self.answers.entry(key.to_owned()).or_default() += 1;
        }
        let forms = self.surfaces.entry(key.to_owned()).or_default();
        *forms.entry(surface.to_owned()).or_default() += 1;
    }

    /// The most frequent written form of `key` (ties: alphabetical).
    fn surface(&self, key: &str) -> String {
        self.surfaces
            .get(key)
            .and_then(|forms| {
                forms
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            })
            .map(|(form, _)| form.clone())
            .unwrap_or_else(|| key.to_owned())
    }

    fn top(&self, limit: usize, min_answers: u64) -> Vec<(String, u64)> {
        let mut list: Vec<(String, u64)> = self
            .answers
            .iter()
            .filter(|(_, n)| **n >= min_answers)
            .map(|(key, n)| (self.surface(key), *n))
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        list.truncate(limit);
        list
    }
}

/// Tokeniser, stop words and stemmer of one language.
struct Analyser<'a> {
    lang: &'a str,
    stops: Cow<'static, HashSet<String>>,
    stemmer: Option<Stemmer>,
}

impl<'a> Analyser<'a> {
    fn new(lang: &'a str) -> Self {
        let stops = match stop_words_cache().get(lang) {
            Some(cached) => Cow::Borrowed(cached),
            None => Cow::Owned(stop_set(lang)),
        };
        Self {
            lang,
            stops,
            stemmer: algorithm(lang).map(Stemmer::create),
        }
    }

    /// The answer's words in order; `None` marks a break (punctuation, stop word, marker).
    fn words(&self, text: &str) -> Vec<Option<Word>> {
        let cleaned = clean(&marker_pattern().replace_all(text, " . "));
        tokens(&cleaned, self.lang == "zh")
            .into_iter()
            .map(|token| token.and_then(|t| self.word(t)))
            .collect()
    }

    fn word(&self, token: &str) -> Option<Word> {
        let letters = token.chars().count();
        let numeric = token.chars().all(|c| c.is_numeric());
        if numeric || (letters < 2 && self.lang != "zh") || self.stops.contains(&fold(token)) {
            return None;
        }
        let stem = match &self.stemmer {
            Some(stemmer) => stemmer.stem(token).into_owned(),
            None => token.to_owned(),
        };
        Some(Word {
            key: fold(&stem),
            surface: token.to_owned(),
        })
    }

    /// Two words as written together: Chinese without a space.
    fn join(&self, a: &str, b: &str) -> String {
        if self.lang == "zh" {
            format!("{a}{b}")
        } else {
            format!("{a} {b}")
        }
    }
}

fn algorithm(lang: &str) -> Option<Algorithm> {
    match lang {
        "ar" => Some(Algorithm::Arabic),
        "en" => Some(Algorithm::English),
        "es" => Some(Algorithm::Spanish),
        "fr" => Some(Algorithm::French),
        "ru" => Some(Algorithm::Russian),
        _ => None,
    }
}

fn marker_pattern() -> &'static Regex {
    static MARKER: OnceLock<Regex> = OnceLock::new();
    MARKER.get_or_init(|| Regex::new(r"\[[A-Za-z_]{1,24}\]").expect("a valid marker pattern"))
}

fn jieba() -> &'static jieba_rs::Jieba {
    static JIEBA: OnceLock<jieba_rs::Jieba> = OnceLock::new();
    JIEBA.get_or_init(jieba_rs::Jieba::new)
}

fn stop_words_cache() -> &'static HashMap<&'static str, HashSet<String>> {
    static CACHE: OnceLock<HashMap<&'static str, HashSet<String>>> = OnceLock::new();
    CACHE.get_or_init(|| LANGUAGES.iter().map(|&l| (l, stop_set(l))).collect())
}

/// The folded stop words of `lang` (none for an unknown language).
fn stop_set(lang: &str) -> HashSet<String> {
    let listed = |table: &[(&str, &'static [&'static str])]| {
        table
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[][..], |(_, words)| *words)
    };
    let keep: HashSet<String> = listed(KEEP).iter().map(|w| fold(&clean(w))).collect();
    let iso = stop_words::lookup(lang).unwrap_or(&[]);
    iso.iter()
        .chain(listed(EXTRA))
        .map(|w| fold(&clean(w)))
        .filter(|w| !keep.contains(w))
        .collect()
}

/// NFKC, lowercase, `’` as `'`, Arabic tatweel and harakat removed: the written form shown.
fn clean(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .filter(|&c| c != '\u{0640}' && !is_harakah(c))
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

fn is_harakah(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// The grouping form: alef variants → alef, ta marbuta → ha, alef maqsura → ya, ё → е.
fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            'ё' => 'е',
            other => other,
        })
        .collect()
}

/// Words of cleaned text, `None` for each break (punctuation or symbols between words).
/// Spaces, hyphens and apostrophes separate words without breaking a phrase.
fn tokens(text: &str, chinese: bool) -> Vec<Option<&str>> {
    let pieces: Vec<&str> = if chinese {
        jieba()
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    } else {
        split_runs(text)
    };
    pieces
        .into_iter()
        .filter_map(|piece| {
            if piece.chars().any(char::is_alphanumeric) {
                Some(Some(piece))
            } else if piece.chars().all(is_soft_separator) {
                None
            } else {
                Some(None)
            }
        })
        .collect()
}

fn is_soft_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\'' | '\u{2010}' | '\u{2011}')
}

/// Alternating runs of word characters and of other characters.
fn split_runs(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut in_word = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric();
        if in_word.is_some_and(|w| w != word) {
            runs.push(&text[start..i]);
            start = i;
        }
        in_word = Some(word);
    }
    if start < text.len() {
        runs.push(&text[start..]);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(k: &KeyTerms) -> Vec<&str> {
        k.terms.iter().map(|(t, _)| t.as_str()).collect()
    }

    fn count_of(list: &[(String, u64)], term: &str) -> Option<u64> {
        list.iter().find(|(t, _)| t == term).map(|(_, n)| *n)
    }

    #[test]
    fn english_terms_are_stemmed_counted_once_per_answer_and_free_of_stop_words() {
        let texts = [
            "Bullying online is a big problem. Online bullying hurts!",
            "I was bullied at school and online.",
            "We need online safety lessons at school.",
            "Online safety should be taught by teachers.",
        ];
        let k = key_terms(&texts, "en", 10);
        assert_eq!(k.terms[0], ("online".to_owned(), 4));
        assert_eq!(count_of(&k.terms, "bullying"), Some(2), "{k:?}");
        assert_eq!(count_of(&k.terms, "school"), Some(2));
        for stop in ["is", "a", "i", "at", "and", "we", "should", "be", "by"] {
            assert!(!terms(&k).contains(&stop), "{stop} in {k:?}");
        }
        assert_eq!(count_of(&k.phrases, "online safety"), Some(2), "{k:?}");
        assert_eq!(
            count_of(&k.phrases, "online bullying"),
            None,
            "once each way: {k:?}"
        );
    }

    #[test]
    fn the_most_frequent_written_form_stands_for_its_stem() {
        let texts = [
            "Games are fun",
            "I love gaming games",
            "games games",
            "a game",
        ];
        let k = key_terms(&texts, "en", 5);
        assert_eq!(k.terms[0], ("games".to_owned(), 4));
    }

    #[test]
    fn scrubbing_markers_are_ignored_and_break_phrases() {
        let texts = [
            "Write to [email] privacy matters",
            "call [phone] privacy matters",
        ];
        let k = key_terms(&texts, "en", 10);
        assert!(
            !terms(&k)
                .iter()
                .any(|t| t.contains("email") || t.contains("phone"))
        );
        assert_eq!(count_of(&k.phrases, "privacy matters"), Some(2));
        assert!(k.phrases.iter().all(|(p, _)| !p.starts_with("write")));
    }

    #[test]
    fn french_elisions_and_accents_are_handled() {
        let texts = [
            "L'école doit protéger les enfants sur internet.",
            "Les écoles devraient parler du harcèlement.",
            "Le harcèlement en ligne fait peur aux enfants.",
        ];
        let k = key_terms(&texts, "fr", 10);
        assert_eq!(count_of(&k.terms, "enfants"), Some(2), "{k:?}");
        assert_eq!(count_of(&k.terms, "harcèlement"), Some(2));
        assert!(
            k.terms
                .iter()
                .any(|(t, n)| t.starts_with("école") && *n == 2),
            "{k:?}"
        );
        assert!(!terms(&k).contains(&"l"));
        assert!(!terms(&k).contains(&"les"));
    }

    #[test]
    fn spanish_terms_are_stemmed() {
        let texts = [
            "Necesitamos más seguridad en las redes sociales.",
            "La seguridad de los jóvenes en redes es importante.",
            "Los padres deben hablar con los jóvenes.",
        ];
        let k = key_terms(&texts, "es", 10);
        assert_eq!(count_of(&k.terms, "seguridad"), Some(2), "{k:?}");
        assert_eq!(count_of(&k.terms, "redes"), Some(2));
        assert_eq!(count_of(&k.terms, "jóvenes"), Some(2));
        assert!(!terms(&k).contains(&"los"));
    }

    #[test]
    fn russian_terms_are_stemmed_and_yo_is_folded() {
        let texts = [
            "Травля в интернете — это серьёзная проблема.",
            "Нужно больше говорить о травле в школе.",
            "В интернете дети должны чувствовать себя в безопасности.",
        ];
        let k = key_terms(&texts, "ru", 10);
        assert!(
            k.terms
                .iter()
                .any(|(t, n)| t.starts_with("травл") && *n == 2),
            "{k:?}"
        );
        assert_eq!(count_of(&k.terms, "интернете"), Some(2));
        assert!(!terms(&k).contains(&"в"));
        let yo = key_terms(&["серьёзная проблема", "серьезная проблема"], "ru", 5);
        assert_eq!(yo.phrases[0].1, 2, "{yo:?}");
    }

    #[test]
    fn arabic_is_normalised_before_counting() {
        let texts = [
            "التنمّر على الإنترنت مشكلة كبيرة",
            "يجب حماية الأطفال من التنمر",
            "الأطفال يحتاجون إلى الأمان على الانترنت",
        ];
        let k = key_terms(&texts, "ar", 10);
        assert!(
            k.terms.iter().any(|(t, n)| t == "التنمر" && *n == 2),
            "{k:?}"
        );
        let internet = k.terms.iter().find(|(t, _)| t.contains("نترنت")).unwrap();
        assert_eq!(internet.1, 2, "alef variants meet: {k:?}");
        assert_eq!(count_of(&k.terms, "الأطفال"), Some(2));
        assert!(!terms(&k).contains(&"على"));
        assert!(!terms(&k).contains(&"من"));
    }

    #[test]
    fn arabic_tatweel_and_ta_marbuta_variants_meet() {
        let texts = ["مدرسة جميلة", "مدرســـه جميله", "مَدْرَسَة"];
        let k = key_terms(&texts, "ar", 5);
        assert_eq!(k.terms[0].1, 3, "{k:?}");
        assert_eq!(k.terms[0].0, "مدرسة");
    }

    #[test]
    fn chinese_is_segmented_into_words() {
        let texts = [
            "网络欺凌是一个很严重的问题。",
            "很多同学遇到过网络欺凌。",
            "我们需要更多的网络安全教育。",
            "学校应该教我们网络安全。",
        ];
        let k = key_terms(&texts, "zh-Hans", 10);
        assert_eq!(count_of(&k.terms, "网络安全"), Some(2), "{k:?}");
        assert_eq!(count_of(&k.terms, "欺凌"), Some(2));
        assert_eq!(count_of(&k.terms, "网络"), Some(2));
        assert!(!terms(&k).contains(&"的"));
        assert!(!terms(&k).contains(&"我们"));
        assert_eq!(count_of(&k.phrases, "网络欺凌"), Some(2), "{k:?}");
    }

    #[test]
    fn empty_input_and_unknown_languages_are_handled() {
        assert_eq!(key_terms(&[], "en", 10), KeyTerms::default());
        assert_eq!(
            key_terms(&["", "  ", "!!!", "123 456"], "fr", 10),
            KeyTerms::default()
        );
        let k = key_terms(&["Gutes Internet", "gutes Wetter"], "xx", 10);
        assert_eq!(k.terms[0], ("gutes".to_owned(), 2));
        assert_eq!(key_terms(&["safety online"], "en", 1).terms.len(), 1);
    }
}
