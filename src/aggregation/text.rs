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
    let mut words = Vocabulary::new(lang);
    let mut tally = Tally::default();
    for text in texts {
        words.read(text);
        tally.add(&words);
    }
    tally.top(&words, limit)
}

/// `zh-Hans` → `zh`, `EN` → `en`.
fn primary_language(lang: &str) -> String {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    primary.to_ascii_lowercase()
}

/// The words of the answers of one language, each distinct written word cleaned, checked
/// against the stop words and stemmed once however many answers use it. [`Vocabulary::read`]
/// splits one answer into words; [`Tally::add`] then counts them (several tallies may share
/// one vocabulary: one answer is read once).
pub struct Vocabulary {
    analyser: Analyser,
    /// Written word (cleaned) → its form, `None` when it is not a term (stop word, number,
    /// a single letter).
    lookup: HashMap<Box<str>, Option<u32>>,
    /// Each form: how it is written and its key.
    forms: Vec<(Box<str>, u32)>,
    /// Key (folded stem) → its index.
    keys: HashMap<Box<str>, u32>,
    /// The answer last read, cleaned.
    cleaned: String,
    /// Its words in order (form indexes), `None` marking a break.
    line: Vec<Option<u32>>,
}

impl Vocabulary {
    /// An empty vocabulary of `lang` (a language code such as `fr` or `zh-Hans`).
    pub fn new(lang: &str) -> Self {
        Self {
            analyser: Analyser::new(&primary_language(lang)),
            lookup: HashMap::new(),
            forms: Vec::new(),
            keys: HashMap::new(),
            cleaned: String::new(),
            line: Vec::new(),
        }
    }

    /// Splits `text` into words (kept until the next call).
    pub fn read(&mut self, text: &str) {
        let mut cleaned = std::mem::take(&mut self.cleaned);
        cleaned.clear();
        if text.contains('[') {
            clean_into(&marker_pattern().replace_all(text, " . "), &mut cleaned);
        } else {
            clean_into(text, &mut cleaned);
        }
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        if self.analyser.chinese {
            for token in jieba().cut(&cleaned, true) {
                self.piece(token.word, &mut line);
            }
        } else {
            for_each_run(&cleaned, |run| self.piece(run, &mut line));
        }
        self.cleaned = cleaned;
        self.line = line;
    }

    fn piece(&mut self, piece: &str, line: &mut Vec<Option<u32>>) {
        if piece.chars().any(char::is_alphanumeric) {
            line.push(self.form(piece));
        } else if !piece.chars().all(is_soft_separator) {
            line.push(None);
        }
    }

    /// The form of the written word `token`, added on first sight.
    fn form(&mut self, token: &str) -> Option<u32> {
        if let Some(known) = self.lookup.get(token) {
            return *known;
        }
        let form = self.analyser.key(token).map(|key| {
            let next = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
            let key = *self.keys.entry(key.into_boxed_str()).or_insert(next);
            let form = u32::try_from(self.forms.len()).unwrap_or(u32::MAX);
            self.forms.push((token.into(), key));
            form
        });
        self.lookup.insert(token.into(), form);
        form
    }

    fn key_of(&self, form: u32) -> u32 {
        self.forms[form as usize].1
    }

    fn written(&self, form: u32) -> &str {
        &self.forms[form as usize].0
    }

    /// Two forms as written together: Chinese without a space.
    fn join(&self, a: u32, b: u32) -> String {
        let (a, b) = (self.written(a), self.written(b));
        if self.analyser.chinese {
            format!("{a}{b}")
        } else {
            format!("{a} {b}")
        }
    }
}

/// Answers per key and per phrase, and how often each written form was seen, of the
/// answers added (each read by one [`Vocabulary`]).
#[derive(Default)]
pub struct Tally {
    answers: u32,
    /// Per form: times seen.
    forms: Vec<u64>,
    /// Per key: answers using it, and the last answer counted.
    keys: Vec<(u64, u32)>,
    phrases: HashMap<(u32, u32), Phrase>,
}

/// One phrase (a pair of keys): answers using it, the last answer counted, and how often
/// each pair of written forms was seen.
#[derive(Default)]
struct Phrase {
    answers: u64,
    last: u32,
    forms: Vec<((u32, u32), u64)>,
}

impl Tally {
    /// Answers added.
    pub fn answers(&self) -> u64 {
        u64::from(self.answers)
    }

    /// Counts the answer `words` read last.
    pub fn add(&mut self, words: &Vocabulary) {
        self.answers += 1;
        let answer = self.answers;
        self.forms.resize(words.forms.len(), 0);
        self.keys.resize(words.keys.len(), (0, 0));
        for &form in words.line.iter().flatten() {
            self.forms[form as usize] += 1;
            let key = &mut self.keys[words.key_of(form) as usize];
            if key.1 != answer {
                *key = (key.0 + 1, answer);
            }
        }
        for pair in words.line.windows(2) {
            if let [Some(a), Some(b)] = *pair {
                let phrase = self
                    .phrases
                    .entry((words.key_of(a), words.key_of(b)))
                    .or_default();
                if phrase.last != answer {
                    phrase.answers += 1;
                    phrase.last = answer;
                }
                match phrase.forms.iter_mut().find(|(f, _)| *f == (a, b)) {
                    Some((_, seen)) => *seen += 1,
                    None => phrase.forms.push(((a, b), 1)),
                }
            }
        }
    }

    /// The `limit` most frequent terms (each in its most frequent written form) and phrases
    /// used by at least two answers.
    pub fn top(&self, words: &Vocabulary, limit: usize) -> KeyTerms {
        // The most frequent written form of each key (ties: alphabetical).
        let mut written: Vec<Option<(u64, &str)>> = vec![None; self.keys.len()];
        for (form, &seen) in self.forms.iter().enumerate() {
            let form = u32::try_from(form).unwrap_or(u32::MAX);
            let text = words.written(form);
            let best = &mut written[words.key_of(form) as usize];
            if seen > 0 && best.is_none_or(|(n, t)| seen > n || (seen == n && text < t)) {
                *best = Some((seen, text));
            }
        }
        let terms = self
            .keys
            .iter()
            .zip(&written)
            .filter_map(|(&(answers, _), best)| Some((answers, best.map(|(_, t)| t)?)))
            .filter(|(answers, _)| *answers >= 1);
        let terms = top(terms.collect(), limit, |t: &str| t.to_owned());
        let phrases = self
            .phrases
            .values()
            .filter(|p| p.answers >= 2)
            .map(|p| (p.answers, p))
            .collect();
        let phrases = top(phrases, limit, |p: &Phrase| {
            // Pairs of forms written alike count together.
            let mut seen: HashMap<String, u64> = HashMap::new();
            for &((a, b), n) in &p.forms {
                *seen.entry(words.join(a, b)).or_default() += n;
            }
            seen.into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(text, _)| text)
                .unwrap_or_default()
        });
        KeyTerms { terms, phrases }
    }
}

/// The `limit` entries with the most answers, named by `name` (only those that can make the
/// list are named), most answers first, ties alphabetical.
fn top<T: Copy>(
    mut entries: Vec<(u64, T)>,
    limit: usize,
    name: impl Fn(T) -> String,
) -> Vec<(String, u64)> {
    if limit == 0 {
        return Vec::new();
    }
    if entries.len() > limit {
        entries.select_nth_unstable_by(limit - 1, |a, b| b.0.cmp(&a.0));
        let cutoff = entries[limit - 1].0;
        entries.retain(|(n, _)| *n >= cutoff);
    }
    let mut list: Vec<(String, u64)> = entries.into_iter().map(|(n, t)| (name(t), n)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.truncate(limit);
    list
}

/// Stop words and stemmer of one language.
struct Analyser {
    chinese: bool,
    stops: Cow<'static, HashSet<String>>,
    stemmer: Option<Stemmer>,
}

impl Analyser {
    fn new(lang: &str) -> Self {
        let stops = match stop_words_cache().get(lang) {
            Some(cached) => Cow::Borrowed(cached),
            None => Cow::Owned(stop_set(lang)),
        };
        Self {
            chinese: lang == "zh",
            stops,
            stemmer: algorithm(lang).map(Stemmer::create),
        }
    }

    /// The grouping key of a written word, `None` when it is not a term.
    fn key(&self, token: &str) -> Option<String> {
        let letters = token.chars().count();
        let numeric = token.chars().all(|c| c.is_numeric());
        if numeric || (letters < 2 && !self.chinese) || self.stops.contains(&fold(token)) {
            return None;
        }
        Some(match &self.stemmer {
            Some(stemmer) => fold(&stemmer.stem(token)),
            None => fold(token),
        })
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
    let mut out = String::with_capacity(text.len());
    clean_into(text, &mut out);
    out
}

/// [`clean`] appending to `out`. Text made only of characters that NFKC leaves alone (or
/// maps one to one, as full-width ASCII) skips the normaliser, which otherwise costs more
/// than the rest of the analysis.
fn clean_into(text: &str, out: &mut String) {
    let keep = |c: &char| *c != '\u{0640}' && !is_harakah(*c);
    let quote = |c: char| if c == '\u{2019}' { '\'' } else { c };
    if text.is_ascii() {
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
    } else if text.chars().all(|c| stable_under_nfkc(c).is_some()) {
        let mapped = text.chars().filter_map(stable_under_nfkc);
        out.extend(mapped.flat_map(char::to_lowercase).filter(keep).map(quote));
    } else {
        out.extend(
            text.nfkc()
                .flat_map(char::to_lowercase)
                .filter(keep)
                .map(quote),
        );
    }
}

/// What NFKC makes of `c` in any text made only of such characters: itself for common
/// letters and punctuation of the six languages (starters that neither decompose nor
/// compose with their neighbours), ASCII for full-width ASCII; `None` for anything else
/// (combining marks, compatibility characters…), which sends the text through the normaliser.
fn stable_under_nfkc(c: char) -> Option<char> {
    match u32::from(c) {
        0x20..=0x7E | 0x09 | 0x0A | 0x0D => Some(c),
        // Latin-1 letters, × and ÷ (U+00A0–U+00BF hold compatibility characters).
        0xC0..=0xFF => Some(c),
        // Latin Extended-A without its compatibility characters (ĳ, ŀ, ŉ, ſ).
        0x100..=0x17E if !matches!(u32::from(c), 0x132 | 0x133 | 0x13F | 0x140 | 0x149) => Some(c),
        // Cyrillic.
        0x400..=0x45F => Some(c),
        // Arabic comma, semicolon, question mark, letters, tatweel, digits (no harakat).
        0x60C | 0x61B | 0x61F | 0x621..=0x63A | 0x640..=0x64A | 0x660..=0x669 => Some(c),
        // Dashes, quotation marks (no ellipsis: NFKC makes it three dots).
        0x2010 | 0x2013..=0x2014 | 0x2018..=0x2019 | 0x201C..=0x201D => Some(c),
        // CJK punctuation and unified ideographs (not the compatibility ideographs).
        0x3001 | 0x3002 | 0x300A..=0x300F | 0x4E00..=0x9FFF => Some(c),
        // Full-width ASCII.
        0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0),
        _ => None,
    }
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

fn is_soft_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\'' | '\u{2010}' | '\u{2011}')
}

/// Calls `f` with each run of word characters and of other characters, in order.
fn for_each_run<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let mut start = 0;
    let mut in_word = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric();
        if in_word.is_some_and(|w| w != word) {
            f(&text[start..i]);
            start = i;
        }
        in_word = Some(word);
    }
    if start < text.len() {
        f(&text[start..]);
    }
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

    /// The analysis as it was written first (one answer at a time, every word cleaned,
    /// checked and stemmed anew): the faster counting must give the same lists.
    fn reference(texts: &[&str], lang: &str, limit: usize) -> KeyTerms {
        #[derive(Default)]
        struct Counts {
            answers: HashMap<String, u64>,
            surfaces: HashMap<String, HashMap<String, u64>>,
        }
        impl Counts {
            fn add(&mut self, key: &str, surface: &str, first: bool) {
                if first {
                    *self.answers.entry(key.to_owned()).or_default() += 1;
                }
                let forms = self.surfaces.entry(key.to_owned()).or_default();
                *forms.entry(surface.to_owned()).or_default() += 1;
            }
            fn top(&self, limit: usize, min: u64) -> Vec<(String, u64)> {
                let surface = |key: &str| {
                    self.surfaces[key]
                        .iter()
                        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                        .map(|(f, _)| f.clone())
                        .unwrap()
                };
                let mut list: Vec<(String, u64)> = self
                    .answers
                    .iter()
                    .filter(|(_, n)| **n >= min)
                    .map(|(k, n)| (surface(k), *n))
                    .collect();
                list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                list.truncate(limit);
                list
            }
        }
        let lang = primary_language(lang);
        let analyser = Analyser::new(&lang);
        let (mut terms, mut phrases) = (Counts::default(), Counts::default());
        for text in texts {
            let cleaned = clean(&marker_pattern().replace_all(text, " . "));
            let pieces: Vec<&str> = if lang == "zh" {
                jieba()
                    .cut(&cleaned, true)
                    .into_iter()
                    .map(|t| t.word)
                    .collect()
            } else {
                let mut runs = Vec::new();
                for_each_run(&cleaned, |r| runs.push(r));
                runs
            };
            let words: Vec<Option<(String, String)>> = pieces
                .into_iter()
                .filter_map(|p| {
                    if p.chars().any(char::is_alphanumeric) {
                        Some(analyser.key(p).map(|k| (k, p.to_owned())))
                    } else if p.chars().all(is_soft_separator) {
                        None
                    } else {
                        Some(None)
                    }
                })
                .collect();
            let (mut seen_terms, mut seen_phrases) = (HashSet::new(), HashSet::new());
            for (key, surface) in words.iter().flatten() {
                terms.add(key, surface, seen_terms.insert(key.clone()));
            }
            for pair in words.windows(2) {
                if let [Some(a), Some(b)] = pair {
                    let key = format!("{} {}", a.0, b.0);
                    let surface = if lang == "zh" {
                        format!("{}{}", a.1, b.1)
                    } else {
                        format!("{} {}", a.1, b.1)
                    };
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

    #[test]
    fn counting_each_written_word_once_gives_the_same_lists_as_the_first_analysis() {
        let corpus: &[(&str, &[&str])] = &[
            (
                "en",
                &[
                    "Online bullying is a problem; online safety matters.",
                    "Games, gaming and GAMES: scams steal accounts [email]",
                    "I don't like strangers sending messages at night",
                    "Adults should listen to young people about online safety",
                    "Too much time on my phone! Bullying in group chats.",
                    "Ｆｕｌｌ-width Games and café ideas, cafe ideas",
                ],
            ),
            (
                "fr",
                &[
                    "L'école doit protéger les enfants sur internet.",
                    "Le harcèlement en ligne fait peur aux enfants.",
                    "Les écoles devraient parler du harcèlement en ligne.",
                ],
            ),
            (
                "ar",
                &[
                    "التنمّر على الإنترنت مشكلة كبيرة",
                    "يجب حماية الأطفال من التنمر على الانترنت",
                    "مدرســـه جميله، مدرسة جميلة",
                ],
            ),
            (
                "zh-Hans",
                &[
                    "网络欺凌是一个很严重的问题。",
                    "很多同学遇到过网络欺凌。网络安全",
                    "我们需要更多的网络安全教育。",
                ],
            ),
            (
                "ru",
                &[
                    "Травля в интернете — это серьёзная проблема.",
                    "серьезная проблема травли",
                ],
            ),
        ];
        for (lang, base) in corpus {
            // Every answer several times, and pairs of answers joined, so that counts tie.
            let mut texts: Vec<String> = base.iter().map(|t| (*t).to_owned()).collect();
            for (i, a) in base.iter().enumerate() {
                texts.push(format!("{a} {}", base[(i + 1) % base.len()]));
                texts.push((*a).to_owned());
            }
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            for limit in [1, 3, 20] {
                assert_eq!(
                    key_terms(&texts, lang, limit),
                    reference(&texts, lang, limit),
                    "{lang}, {limit}"
                );
            }
        }
    }

    #[test]
    fn characters_taken_past_the_normaliser_are_what_nfkc_makes_of_them() {
        let mut checked = 0;
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let Some(mapped) = stable_under_nfkc(c) else {
                continue;
            };
            // Alone, and between letters it could compose with.
            for text in [
                format!("{c}"),
                format!("a{c}e"),
                format!("ا{c}ل"),
                format!("е{c}и"),
            ] {
                let fast: String = text.chars().filter_map(stable_under_nfkc).collect();
                assert_eq!(
                    fast,
                    text.nfkc().collect::<String>(),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
            assert_eq!(mapped.to_string(), c.to_string().nfkc().collect::<String>());
            checked += 1;
        }
        assert!(checked > 20_000);
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
