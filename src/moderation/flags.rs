//! Automatic flags on a free-text answer: personal details, profanity or abuse, spam and
//! possible disclosure of harm. Flags put an answer in front of a person (the moderation
//! queue, the safeguarding lead); they never hide, change or delete it.
//!
//! Detection runs on normalised text (see [`super::normalize`]) against the pattern files of
//! all six languages, whatever the answer's language, because young people mix languages.
use std::{collections::HashMap, sync::LazyLock};

use regex::Regex;
use rustrict::{CensorStr, Type};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use super::{
    classifier,
    normalize::{is_cjk, is_invisible, normalize_detailed},
    patterns::{self, FILES, Found, Hit, ListKind},
    scrub::{self, PiiKind},
};

/// Why an answer should be looked at by a person.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Details that could identify the young person (a name, a school, an address, a long
    /// number, or contact details that were not scrubbed).
    PersonalDetails,
    /// Swearing, insults, slurs or abuse.
    Profanity,
    /// Links, repeated text, long text with few distinct words.
    Spam,
    /// The young person may be saying they are harmed, threatened or thinking of self-harm.
    Disclosure,
}

impl Flag {
    /// Every flag in its stable order.
    pub const ALL: [Flag; 4] = [
        Flag::PersonalDetails,
        Flag::Profanity,
        Flag::Spam,
        Flag::Disclosure,
    ];

    /// The stable snake_case name (`"personal_details"`, …), as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::PersonalDetails => "personal_details",
            Flag::Profanity => "profanity",
            Flag::Spam => "spam",
            Flag::Disclosure => "disclosure",
        }
    }
}

/// A flag with the rule that raised it, for moderators and tests. The reason names a
/// pattern file and line or a rule, never any of the answer's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FlagReason {
    pub flag: Flag,
    pub reason: String,
}

/// The flags raised by `text`, each at most once, in the order of [`Flag::ALL`].
///
/// `lang` is the answer's language code (`"en"`, `"fr-CA"`, …): lines marked `!` in that
/// language's files only count for answers in it, and English answers are also checked by
/// `rustrict`. Works on scrubbed and unscrubbed text alike (contact details still present
/// count as personal details; links and `[link]` markers as spam).
pub fn flags(text: &str, lang: &str) -> Vec<Flag> {
    explain(text, lang).into_iter().map(|r| r.flag).collect()
}

/// Like [`flags`], with the first reason found for each flag.
pub fn explain(text: &str, lang: &str) -> Vec<FlagReason> {
    let lang = base_language(lang);
    let input = Input::new(text);
    let checks: [(Flag, Option<String>); 4] = [
        (Flag::PersonalDetails, personal_details(&input, &lang)),
        (Flag::Profanity, profanity(&input, &lang)),
        (Flag::Spam, spam(&input)),
        (Flag::Disclosure, disclosure(&input, &lang)),
    ];
    checks
        .into_iter()
        .filter_map(|(flag, reason)| reason.map(|reason| FlagReason { flag, reason }))
        .collect()
}

/// A possible disclosure: a line of the pattern lists, else the classifier trained on the
/// corpus (see [`super::classifier`]).
fn disclosure(input: &Input, lang: &str) -> Option<String> {
    match disclosure_stage(input, lang) {
        Stage::Rule(reason) => Some(reason),
        Stage::Classifier(words) => {
            classifier::model().explain_words(&words, lang, classifier::threshold(lang))
        }
        Stage::Neither => None,
    }
}

/// How the disclosure check decides on a text, before any model scores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stage {
    /// A line of the pattern lists matched: its reason.
    Rule(String),
    /// No line matched: the classifier decides on these words (see [`classifier::words`]).
    Classifier(Vec<String>),
    /// Not flagged whatever a model says: a `^^` negation cue cancelled a match ("никто меня
    /// не бил"), an `=` line matched ("nobody hurts me", "in the film"), or a word or two is
    /// too little for the model.
    Neither,
}

/// The disclosure lists matched once against the text, then whether the classifier may decide.
fn disclosure_stage(input: &Input, lang: &str) -> Stage {
    match list_search(ListKind::Disclosure, input, lang) {
        Found::Hit(hit) => Stage::Rule(reason(&hit)),
        // A line matched but a `^^` negation cue cancelled it, or an `=` line matched: the
        // classifier, blind to negation and to frames, does not overrule them (after a plain
        // `^` cue, "if", it does).
        Found::Negated => Stage::Neither,
        Found::Nothing => {
            let words = classifier::words(&input.tokens, lang);
            // A word or two ("q", "ok", "救命") is too little for the model; the lists judge those.
            if words.len() < classifier::MIN_WORDS {
                Stage::Neither
            } else {
                Stage::Classifier(words)
            }
        }
    }
}

/// How the disclosure flag decides on `text` in `lang` before the classifier scores it: the
/// same path as the flag, for measuring (cross-validation scores the words with its own model).
pub(crate) fn disclosure_check(text: &str, lang: &str) -> Stage {
    disclosure_stage(&Input::new(text), &base_language(lang))
}

/// The pattern lists' reason for a possible disclosure, without the classifier.
#[cfg(test)]
pub(crate) fn disclosure_rules(text: &str, lang: &str) -> Option<String> {
    match disclosure_check(text, lang) {
        Stage::Rule(reason) => Some(reason),
        _ => None,
    }
}

/// Every pattern file as (path in the repository, contents), for the privacy and operations
/// reports: what the automatic flags look for.
pub fn pattern_files() -> &'static [(&'static str, &'static str)] {
    FILES
}

/// `"fr-CA"` → `"fr"`.
fn base_language(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase()
}

/// The forms of the answer the checks read.
struct Input<'a> {
    raw: &'a str,
    /// NFKC without invisible characters, case kept (for capitalised school names).
    plain: String,
    normalized: String,
    tokens: Vec<String>,
    joined: Vec<String>,
    /// Contact details and links still in the text (none once it is scrubbed).
    pii: Vec<PiiKind>,
}

impl<'a> Input<'a> {
    fn new(raw: &'a str) -> Input<'a> {
        let detailed = normalize_detailed(raw);
        let plain: String = raw.chars().filter(|c| !is_invisible(*c)).nfkc().collect();
        let without_helplines = without_helplines(raw);
        Input {
            raw,
            tokens: patterns::tokens(&detailed.text),
            normalized: detailed.text,
            joined: detailed.joined,
            // Looked for as a reader sees the text (full-width, spaced, number words).
            pii: scrub::detect(&without_helplines),
            plain,
        }
    }
}

fn list_hit(kind: ListKind, input: &Input, lang: &str) -> Option<String> {
    match list_search(kind, input, lang) {
        Found::Hit(hit) => Some(reason(&hit)),
        Found::Negated | Found::Nothing => None,
    }
}

/// The lists of `kind` matched once against the text: its words, then the words spelled out
/// letter by letter, then (for Arabic dialect spellings) its second view. `Negated` when no
/// match stands and, in either view, a `^^` negation cue cancelled one or an `=` line matched.
fn list_search(kind: ListKind, input: &Input, lang: &str) -> Found {
    let Some(lists) = patterns::lists(kind) else {
        return Found::Nothing;
    };
    let first = lists.search(&input.tokens, lang);
    if matches!(first, Found::Hit(_)) {
        return first;
    }
    if let Some(hit) = lists.find_compact(&input.joined) {
        return Found::Hit(hit);
    }
    match arabic_second_view(&input.tokens).map(|folded| lists.search(&folded, lang)) {
        Some(Found::Hit(hit)) => Found::Hit(hit),
        Some(Found::Negated) => Found::Negated,
        _ => first,
    }
}

/// The reason a pattern line gives: its file and the line.
fn reason(hit: &Hit) -> String {
    format!("{}: {}", hit.path, hit.line)
}

/// Arabic words as Egyptian and other dialect spellings write them, folded: final ى as ي
/// (ضربنى → ضربني), hamza on waw and ya as the letter, lone hamza dropped. A second view,
/// only when the text has one of these letters: the first keeps على "on" apart from علي "on me".
fn arabic_second_view(tokens: &[String]) -> Option<Vec<String>> {
    let has = |t: &String| t.contains(['ى', 'ؤ', 'ئ', 'ء']);
    tokens.iter().any(has).then(|| {
        tokens
            .iter()
            .map(|t| {
                t.chars()
                    .filter(|c| *c != 'ء')
                    .map(|c| match c {
                        'ى' | 'ئ' => 'ي',
                        'ؤ' => 'و',
                        _ => c,
                    })
                    .collect()
            })
            .collect()
    })
}

// ------------------------------------------------------------------------ personal details

fn personal_details(input: &Input, lang: &str) -> Option<String> {
    let contact = input
        .pii
        .iter()
        .find(|k| **k != PiiKind::Link)
        .map(|k| format!("contains {} details", k.as_str()));
    contact
        .or_else(|| list_hit(ListKind::Personal, input, lang))
        .or_else(|| school_name(input))
        .or_else(|| long_number(&without_helplines(&input.normalized)))
        .or_else(|| identity::identity(&input.plain, &input.normalized))
}

/// Compiles a pattern written in this file; the unit tests compile every one.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("invalid flag pattern: {e}"))
}

/// Capitalised names before a school word: "St Mary's School", "Lincoln High".
static SCHOOL_EN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<name>(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4})(?:(?:Primary|Secondary|High|Middle|Elementary|Junior|Senior|Grammar|Public|International|Community|Catholic|Christian|Comprehensive)\s+)?(?:School|Academy|College|High)\b",
    )
});

/// "école Jules Ferry", "collège Victor-Hugo", "escuela San Martín", "école n° 5".
static SCHOOL_FR_ES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:\b(?i:école|ecole|collège|college|lycée|lycee|escuela|colegio|instituto|liceo|IES|CEIP)\s+(?:(?i:primaire|élémentaire|elementaire|maternelle|privée|publique|primaria|secundaria|pública|publica|privada|de|du|des|la|le|el|los|las|del|saint|sainte|san|santa)\s+|(?i:l|d)['’])*\p{Lu})|\b(?i:école|ecole|escuela|colegio)\s*(?i:n[°º]|numéro|numero|número|no\.?)\s*\d+",
    )
});

/// "школа № 5", "школа номер 57", "в 57-й школе", "гимназия 1543." (a bare number only at the end
/// of a phrase: "в школе 5 уроков" is not a school's number).
static SCHOOL_RU: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:школ\p{L}*|гимнази\p{L}*|лице[йяюе]\p{L}*)\s*(?:(?:no|n|номер|#)\s*\d+|\d+\s*(?:$|[,.;:!?)]))|\d+\s*-?\s*(?:й|я|ой|ая|ую)\s+(?:школ|гимнази|лице)",
    )
});

/// "مدرسة الأمل" (a school's name follows without the article on مدرسة), "مدرسة رقم 5".
static SCHOOL_AR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}])(?:مدرسه|ثانويه|اعداديه|ابتدائيه|اكاديميه)\s+(?:(?P<name>ال\p{L}{2,})|رقم\s*\d+)",
    )
});

/// "北京第一中学", "阳光小学" (a name of two or more characters before the school word).
static SCHOOL_ZH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<name>\p{Han}{2,6})(?:小学|中学|学校|高中|初中|幼儿园|小學|中學|學校)|第\s*[\d一二三四五六七八九十百]+\s*(?:中学|小学|中學|小學)",
    )
});

/// Capitalised words that are not a school's name.
const NOT_A_SCHOOL_NAME: &[&str] = &[
    "the",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "a",
    "an",
    "this",
    "that",
    "at",
    "in",
    "i",
    "every",
    "each",
    "any",
    "no",
    "some",
    "all",
    "many",
    "most",
    "public",
    "private",
    "online",
    "boarding",
    "summer",
    "sunday",
    "night",
    "secondary",
    "primary",
    "high",
    "middle",
    "elementary",
    "junior",
    "senior",
    "grammar",
    "art",
    "film",
    "law",
    "medical",
    "business",
    "music",
    "when",
    "if",
    "at",
    "after",
    "before",
    "because",
    "so",
    "and",
    "but",
    "schools",
    "teachers",
    "students",
    "parents",
    "new",
    "old",
    "big",
    "small",
    "local",
];

/// Characters and words before 学校/中学 that make it "our school", "at school", "many
/// schools", "a public school" rather than a name.
const ZH_NOT_A_NAME_END: &str = "多些所个家的在们上去到回好这那每各该和与及了是从进读念离对给把被让说有没新老大小里全立际得觉为想看跟向请";

/// Words with the article after مدرسة that are not a name ("كل مدرسة الآن", "مدرسة الحكومية").
const AR_NOT_A_NAME: &[&str] = &[
    "الان",
    "التي",
    "الذي",
    "اليوم",
    "الحكوميه",
    "الخاصه",
    "الابتدائيه",
    "الثانويه",
    "الاعداديه",
    "الجديده",
    "الكبيره",
    "الصغيره",
    "الدوليه",
    "الحكومي",
    "الخاص",
    "القريبه",
    "البعيده",
];

/// A school's name in any of the six languages.
fn school_name(input: &Input) -> Option<String> {
    let en = SCHOOL_EN.captures_iter(&input.plain).any(|caps| {
        caps.name("name").is_some_and(|m| {
            m.as_str()
                .split_whitespace()
                .any(|w| !NOT_A_SCHOOL_NAME.contains(&w.to_lowercase().as_str()))
        })
    });
    let zh = SCHOOL_ZH
        .captures_iter(&input.plain)
        .any(|caps| match caps.name("name") {
            Some(m) => m
                .as_str()
                .chars()
                .last()
                .is_some_and(|c| !ZH_NOT_A_NAME_END.contains(c)),
            None => true,
        });
    let ar = SCHOOL_AR.captures_iter(&input.normalized).any(|caps| {
        caps.name("name")
            .is_none_or(|m| !AR_NOT_A_NAME.contains(&m.as_str()))
    });
    let other = SCHOOL_FR_ES.is_match(&input.plain) || SCHOOL_RU.is_match(&input.normalized);
    (en || zh || ar || other).then(|| "names a school".to_string())
}

/// Children's helplines and emergency numbers (Child Helpline International's 116 111, the
/// national ones of the corpus's countries): a child quoting one gives nothing about themselves.
const HELPLINES: &[&str] = &[
    "116111",
    "116123",
    "116000",
    "1800551800",
    "88002000122",
    "08001111",
    "0800111",
    "12355",
    "0800001234",
];

static NUMBER_WITH_SEPARATORS: LazyLock<Regex> = LazyLock::new(|| compile(r"\d[\d \-.]{3,16}\d"));

/// The text without the helpline numbers in it.
fn without_helplines(text: &str) -> std::borrow::Cow<'_, str> {
    NUMBER_WITH_SEPARATORS.replace_all(text, |caps: &regex::Captures| {
        let m = caps.get(0).map_or("", |m| m.as_str());
        let digits: String = m.chars().filter(char::is_ascii_digit).collect();
        if HELPLINES.contains(&digits.as_str()) {
            String::new()
        } else {
            m.to_string()
        }
    })
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| compile(r"\d{5,}"));

/// Five or more digits in a row (a postcode, a student or phone number), except round
/// numbers ("10000 followers").
fn long_number(normalized: &str) -> Option<String> {
    DIGITS
        .find_iter(normalized)
        .any(|m| !scrub::is_round(m.as_str()))
        .then(|| "contains a long number".to_string())
}

// ------------------------------------------------------------------------------ profanity

fn profanity(input: &Input, lang: &str) -> Option<String> {
    list_hit(ListKind::Profanity, input, lang).or_else(|| {
        // Not rustrict's "sexual": it flags "sex education", "sexting is dangerous" and
        // disclosures of abuse, which a consultation on child protection is full of.
        let threshold = (Type::PROFANE | Type::OFFENSIVE) & Type::MODERATE_OR_HIGHER
            | Type::MEAN & Type::SEVERE;
        (lang == "en" && without_safe_words(input.raw).is(threshold))
            .then(|| "rustrict (English)".to_string())
    })
}

/// Ordinary words in which `rustrict` finds a swear word.
const SAFE_WORDS: &[&str] = &[
    "phuket",
    "shitake",
    "shiitake",
    "hitchcock",
    "scunthorpe",
    "penistone",
    "cockburn",
    "hancock",
    "babcock",
    "peacock",
    "woodcock",
    "dickens",
];

/// The text without the words of [`SAFE_WORDS`] (whole words, any case).
fn without_safe_words(text: &str) -> String {
    text.split_inclusive(char::is_whitespace)
        .filter(|w| {
            let word: String = w
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            !SAFE_WORDS.contains(&word.as_str())
        })
        .collect()
}

// ----------------------------------------------------------------------------------- spam

/// The same word (or group of up to three words) this many times in a row is spam.
const REPEATED_WORD_RUN: usize = 5;
/// Chinese characters repeat more naturally (哈哈哈哈): a longer run is needed.
const REPEATED_CJK_RUN: usize = 10;
/// The same character this many times in a row ("!!!!!!!!!!!!!!!", "aaaaaaaaaaaaaaaa").
const REPEATED_CHAR_RUN: usize = 15;
/// Texts with at least this many words are checked for variety.
const LONG_TEXT_WORDS: usize = 40;

fn spam(input: &Input) -> Option<String> {
    let link = input.pii.contains(&PiiKind::Link) || input.raw.contains(PiiKind::Link.marker());
    if link {
        return Some("contains a link".to_string());
    }
    repeated_word(&input.tokens)
        .or_else(|| repeated_char(&input.plain))
        .or_else(|| few_distinct_words(&input.tokens))
}

/// The same word, or the same two or three words, repeated five times in a row ("buy now
/// buy now …"); ten times for Chinese characters.
fn repeated_word(tokens: &[String]) -> Option<String> {
    for period in 1..=3 {
        let mut run = 0;
        for i in period..tokens.len() {
            run = if tokens[i] == tokens[i - period] {
                run + 1
            } else {
                0
            };
            let cjk = tokens[i].chars().any(is_cjk);
            let times = if cjk {
                REPEATED_CJK_RUN
            } else {
                REPEATED_WORD_RUN
            };
            if run >= period * (times - 1) {
                return Some("the same words repeated".to_string());
            }
        }
    }
    None
}

fn repeated_char(plain: &str) -> Option<String> {
    let mut run = 0;
    let mut last = None;
    for c in plain.chars().filter(|c| !c.is_whitespace()) {
        run = if Some(c) == last { run + 1 } else { 1 };
        last = Some(c);
        if run >= REPEATED_CHAR_RUN {
            return Some("the same character repeated".to_string());
        }
    }
    None
}

/// A long text made of a handful of words (pasted or generated filler), or one word making
/// up most of it.
fn few_distinct_words(tokens: &[String]) -> Option<String> {
    if tokens.len() < LONG_TEXT_WORDS {
        return None;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in tokens {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    let cjk = tokens.iter().filter(|t| t.chars().any(is_cjk)).count() * 2 > tokens.len();
    let one_word_dominates = !cjk && most * 2 > tokens.len();
    (counts.len() * 4 < tokens.len() || one_word_dominates)
        .then(|| "long text with few distinct words".to_string())
}

mod identity;

#[cfg(test)]
mod tests;
