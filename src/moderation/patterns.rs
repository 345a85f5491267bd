//! The reviewable pattern lists under `frontend/moderation/<lang>/*.txt`, embedded in the
//! binary, parsed once, and matched word by word against normalised text.
//!
//! A line is a phrase of word slots separated by spaces. A slot is a word, alternatives
//! `a|b|c`, an optional slot `[a|b]`, any one word `*`, a gap of up to three words `~` (six
//! with `~~`), a number `<num>`, a school class `<class>` (`9в`), or a word glob `pre*`,
//! `*suf`, `*part*`. `!` before a line keeps it to answers in the file's
//! language; `-` makes it an exception that cancels matches overlapping it; `^` makes it a
//! negation or hypothetical cue ("nobody", "if") that cancels matches starting at most
//! [`CUE_REACH`] words after it (`^^`: a negation the classifier does not overrule); `+` marks words where a cue word does not negate the harm
//! ("nobody knows", "no one believes me"): a cue overlapping such a match is ignored; `=` marks
//! an ordinary phrase ("nobody hurts me", "in the film"): when it matches and no line stands,
//! the classifier is not asked either. See the header of any pattern file.
use std::{collections::HashMap, sync::LazyLock};

use aho_corasick::AhoCorasick;

use super::normalize::{is_cjk, normalize};

/// What a pattern file detects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ListKind {
    Disclosure,
    Profanity,
    Personal,
}

impl ListKind {
    const ALL: [ListKind; 3] = [
        ListKind::Disclosure,
        ListKind::Profanity,
        ListKind::Personal,
    ];

    fn file_name(self) -> &'static str {
        match self {
            ListKind::Disclosure => "disclosure.txt",
            ListKind::Profanity => "profanity.txt",
            ListKind::Personal => "personal.txt",
        }
    }
}

/// The languages with pattern files, sorted.
pub(crate) const LANGS: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

macro_rules! pattern_files {
    ($($lang:literal),*) => {
        &[$(
            (
                concat!("frontend/moderation/", $lang, "/disclosure.txt"),
                include_str!(concat!("../../frontend/moderation/", $lang, "/disclosure.txt")),
            ),
            (
                concat!("frontend/moderation/", $lang, "/personal.txt"),
                include_str!(concat!("../../frontend/moderation/", $lang, "/personal.txt")),
            ),
            (
                concat!("frontend/moderation/", $lang, "/profanity.txt"),
                include_str!(concat!("../../frontend/moderation/", $lang, "/profanity.txt")),
            ),
        )*]
    };
}

/// Every pattern file as (path in the repository, contents), sorted by path.
pub(crate) static FILES: &[(&str, &str)] = pattern_files!("ar", "en", "es", "fr", "ru", "zh");

/// How many words may separate a negation cue (`^` line) from the match it cancels
/// ("nobody **at school** bullies me").
pub(crate) const CUE_REACH: usize = 3;
/// The most words a gap slot `~` skips.
const GAP: usize = 3;
/// The most words a long gap slot `~~` skips (for Chinese, where every character is a word:
/// 对我做一些奇怪的事, 吞了我妈好多药).
const LONG_GAP: usize = 6;

/// One word position of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Prefix(String),
    Suffix(String),
    Contains(String),
    Any,
    /// `<num>`: a word that starts with a digit (a school's or a house's number, `7b`).
    Number,
    /// `<class>`: a school class, a year 1 to 11 and one letter in one word (`9в`, `7b`, `11а`).
    Class,
}

/// Whether `token` names a school class: 1 to 11 followed by exactly one letter (`9в`, `11a`).
fn is_class(token: &str) -> bool {
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    let rest: Vec<char> = token.chars().skip(digits.len()).collect();
    matches!(digits.parse::<u8>(), Ok(1..=11)) && rest.len() == 1 && rest[0].is_alphabetic()
}

impl Tok {
    fn matches(&self, token: &str) -> bool {
        match self {
            Tok::Word(w) => w == token,
            Tok::Prefix(p) => token.starts_with(p.as_str()),
            Tok::Suffix(s) => token.ends_with(s.as_str()),
            Tok::Contains(c) => token.contains(c.as_str()),
            Tok::Any => true,
            Tok::Number => token.starts_with(|c: char| c.is_ascii_digit()),
            Tok::Class => is_class(token),
        }
    }
}

/// Alternatives for one slot; an alternative may span several words ("beau-père", "他们").
#[derive(Debug, Clone)]
struct Slot {
    alts: Vec<Vec<Tok>>,
    optional: bool,
    /// `~`: skips up to [`GAP`] words.
    gap: bool,
    /// `~~`: skips up to [`LONG_GAP`] words.
    long: bool,
}

/// One parsed line of a pattern file.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    slots: Vec<Slot>,
    /// The line as written, without its `!`/`-` marker.
    pub line: &'static str,
    own_language_only: bool,
    exception: bool,
    cue: bool,
    /// `+`: not a negation ("nobody knows he hits me"): cues overlapping it are ignored.
    uncue: bool,
    /// `^^`: a negation cue ("nobody", "never") whose cancelled match the classifier does not
    /// overrule either; a plain `^` cue ("if") leaves the classifier to decide.
    strong: bool,
    /// `=`: an ordinary phrase ("nobody hurts me", "in the film") that keeps the classifier
    /// out when no line stands.
    veto: bool,
}

impl Phrase {
    /// Parses a line; `None` for comments, blank lines and lines without a usable slot.
    fn parse(raw: &'static str) -> Option<Phrase> {
        let mut line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let own_language_only = line.starts_with('!');
        let exception = line.starts_with('-');
        let cue = line.starts_with('^');
        let uncue = line.starts_with('+');
        let veto = line.starts_with('=');
        if own_language_only || exception || cue || uncue || veto {
            line = line[1..].trim_start();
        }
        let strong = cue && line.starts_with('^');
        if strong {
            line = line[1..].trim_start();
        }
        let slots: Option<Vec<Slot>> = line.split_whitespace().map(parse_slot).collect();
        let slots = slots?;
        if slots.is_empty() || slots.iter().all(|s| s.optional || s.gap) {
            return None;
        }
        Some(Phrase {
            slots,
            line,
            own_language_only,
            exception,
            cue,
            uncue,
            strong,
            veto,
        })
    }

    /// The end of a match starting at `pos`, if the phrase matches there (never empty).
    fn match_at(&self, tokens: &[String], pos: usize) -> Option<usize> {
        match_slots(&self.slots, tokens, pos).filter(|end| *end > pos)
    }

    /// The words that can start a match, when every first alternative begins with a word.
    fn first_words(&self) -> Option<Vec<&str>> {
        let first = self.slots.first().filter(|s| !s.optional && !s.gap)?;
        first
            .alts
            .iter()
            .map(|alt| match alt.first() {
                Some(Tok::Word(w)) => Some(w.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Every way of writing the phrase without spaces, when it has only literal words
    /// (for spelled-out text such as "k i l l m y s e l f"); `None` when there are too many.
    fn compact_forms(&self) -> Option<Vec<String>> {
        let mut forms = vec![String::new()];
        for slot in &self.slots {
            if slot.gap {
                return None;
            }
            let mut options: Vec<String> = Vec::new();
            for alt in &slot.alts {
                let mut s = String::new();
                for tok in alt {
                    let Tok::Word(w) = tok else { return None };
                    s.push_str(w);
                }
                options.push(s);
            }
            if slot.optional {
                options.push(String::new());
            }
            forms = forms
                .iter()
                .flat_map(|f| options.iter().map(move |o| format!("{f}{o}")))
                .collect();
            if forms.len() > 5000 {
                return None;
            }
        }
        Some(forms.into_iter().map(|f| squeeze(&f)).collect())
    }

    /// A text this phrase must match: the first alternative of each required slot.
    #[cfg(test)]
    pub(crate) fn example(&self) -> String {
        let mut words = Vec::new();
        for slot in self.slots.iter().filter(|s| !s.optional && !s.gap) {
            for tok in slot.alts.first().into_iter().flatten() {
                words.push(match tok {
                    Tok::Word(w) => w.clone(),
                    Tok::Prefix(p) => format!("{p}q"),
                    Tok::Suffix(s) => format!("q{s}"),
                    Tok::Contains(c) => format!("q{c}q"),
                    Tok::Any => "qz".to_string(),
                    Tok::Number => "7".to_string(),
                    Tok::Class => "9b".to_string(),
                });
            }
        }
        words.join(" ")
    }

    /// Whether this phrase matches anywhere in `text`, ignoring exceptions.
    #[cfg(test)]
    pub(crate) fn matches_text(&self, text: &str) -> bool {
        let tokens = tokens(&normalize(text));
        (0..tokens.len()).any(|i| self.match_at(&tokens, i).is_some())
    }
}

fn parse_slot(word: &str) -> Option<Slot> {
    if word == "~" || word == "~~" {
        return Some(Slot {
            alts: Vec::new(),
            optional: false,
            gap: true,
            long: word == "~~",
        });
    }
    let (body, optional) = match word.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
        Some(inner) => (inner, true),
        None => (word, false),
    };
    let alts: Vec<Vec<Tok>> = body.split('|').filter_map(parse_alternative).collect();
    (!alts.is_empty()).then_some(Slot {
        alts,
        optional,
        gap: false,
        long: false,
    })
}

/// One alternative: `*`, a glob, or literal text (possibly several words once normalised).
fn parse_alternative(alt: &str) -> Option<Vec<Tok>> {
    if alt == "*" {
        return Some(vec![Tok::Any]);
    }
    if alt == "<num>" {
        return Some(vec![Tok::Number]);
    }
    if alt == "<class>" {
        return Some(vec![Tok::Class]);
    }
    let leading = alt.starts_with('*');
    let trailing = alt.len() > 1 && alt.ends_with('*');
    let core = alt.trim_matches('*');
    let mut toks: Vec<Tok> = tokens(&normalize(core))
        .into_iter()
        .map(Tok::Word)
        .collect();
    if toks.is_empty() {
        return None;
    }
    if leading && toks.len() == 1 && trailing {
        let Some(Tok::Word(w)) = toks.pop() else {
            return None;
        };
        return Some(vec![Tok::Contains(w)]);
    }
    if leading && let Some(Tok::Word(w)) = toks.first().cloned() {
        toks[0] = Tok::Suffix(w);
    }
    if trailing && let Some(Tok::Word(w)) = toks.last().cloned() {
        let last = toks.len() - 1;
        toks[last] = Tok::Prefix(w);
    }
    Some(toks)
}

fn match_slots(slots: &[Slot], tokens: &[String], pos: usize) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return Some(pos);
    };
    if slot.gap {
        let most = if slot.long { LONG_GAP } else { GAP }.min(tokens.len().saturating_sub(pos));
        return (0..=most).find_map(|skip| match_slots(rest, tokens, pos + skip));
    }
    for alt in &slot.alts {
        let end = pos + alt.len();
        let fits =
            end <= tokens.len() && alt.iter().zip(&tokens[pos..end]).all(|(t, w)| t.matches(w));
        if fits && let Some(done) = match_slots(rest, tokens, end) {
            return Some(done);
        }
    }
    if slot.optional {
        return match_slots(rest, tokens, pos);
    }
    None
}

/// Splits normalised text into words for matching: letters and digits form words,
/// apostrophes are dropped inside words (`i'm` → `im`), each Chinese or Japanese character
/// is a word, and repeated letters are squeezed (`kill` → `kil`) on both sides of a match.
pub(crate) fn tokens(normalized: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in normalized.chars() {
        if c == '\'' {
            continue;
        }
        if c.is_alphanumeric() && !is_cjk(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(squeeze(&word));
            word.clear();
        }
        if is_cjk(c) {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(squeeze(&word));
    }
    out
}

/// Collapses doubled letters, so that "kill", "kil" and "killl" compare equal.
pub(crate) fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars() {
        if Some(c) == last && c.is_alphabetic() && !is_cjk(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Phrases indexed by the word they start with, so that a text is matched in one pass.
struct Indexed {
    phrases: Vec<Phrase>,
    by_first_word: HashMap<String, Vec<usize>>,
    scan: Vec<usize>,
}

impl Indexed {
    fn new(phrases: Vec<Phrase>) -> Indexed {
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut scan = Vec::new();
        for (i, phrase) in phrases.iter().enumerate() {
            match phrase.first_words() {
                Some(words) => {
                    for w in words {
                        by_first_word.entry(w.to_string()).or_default().push(i);
                    }
                }
                None => scan.push(i),
            }
        }
        Indexed {
            phrases,
            by_first_word,
            scan,
        }
    }

    /// Matches as (phrase index, start, end) token spans; lines marked `!` only when the
    /// answer's language is `own_lang`.
    fn spans(&self, tokens: &[String], lang: &str, own_lang: &str) -> Vec<(usize, usize, usize)> {
        let mut spans = Vec::new();
        for (pos, token) in tokens.iter().enumerate() {
            let indexed = self.by_first_word.get(token).into_iter().flatten();
            for &i in indexed.chain(&self.scan) {
                let phrase = &self.phrases[i];
                if phrase.own_language_only && lang != own_lang {
                    continue;
                }
                if let Some(end) = phrase.match_at(tokens, pos) {
                    spans.push((i, pos, end));
                }
            }
        }
        spans
    }
}

/// The parsed lines of one file.
pub(crate) struct PhraseList {
    pub lang: &'static str,
    pub path: &'static str,
    positives: Indexed,
    exceptions: Indexed,
    cues: Indexed,
    uncues: Indexed,
    vetoes: Indexed,
}

impl PhraseList {
    fn parse(lang: &'static str, path: &'static str, contents: &'static str) -> PhraseList {
        let (vetoes, phrases): (Vec<Phrase>, Vec<Phrase>) = contents
            .lines()
            .filter_map(Phrase::parse)
            .partition(|p| p.veto);
        let (uncues, phrases): (Vec<Phrase>, Vec<Phrase>) =
            phrases.into_iter().partition(|p| p.uncue);
        let (cues, phrases): (Vec<Phrase>, Vec<Phrase>) = phrases.into_iter().partition(|p| p.cue);
        let (exceptions, positives): (Vec<Phrase>, Vec<Phrase>) =
            phrases.into_iter().partition(|p| p.exception);
        PhraseList {
            lang,
            path,
            positives: Indexed::new(positives),
            exceptions: Indexed::new(exceptions),
            cues: Indexed::new(cues),
            uncues: Indexed::new(uncues),
            vetoes: Indexed::new(vetoes),
        }
    }

    /// The positive (not exception) phrases of the file.
    pub(crate) fn positives(&self) -> &[Phrase] {
        &self.positives.phrases
    }

    fn positive_spans(&self, tokens: &[String], lang: &str) -> Vec<(usize, usize, usize)> {
        self.positives.spans(tokens, lang, self.lang)
    }

    fn exception_spans(&self, tokens: &[String], lang: &str) -> Vec<(usize, usize)> {
        self.exceptions
            .spans(tokens, lang, self.lang)
            .into_iter()
            .map(|(_, s, e)| (s, e))
            .collect()
    }

    /// Cue spans as (start, end, strong).
    fn cue_spans(&self, tokens: &[String], lang: &str) -> Vec<(usize, usize, bool)> {
        self.cues
            .spans(tokens, lang, self.lang)
            .into_iter()
            .map(|(i, s, e)| (s, e, self.cues.phrases[i].strong))
            .collect()
    }

    fn uncue_spans(&self, tokens: &[String], lang: &str) -> Vec<(usize, usize)> {
        self.uncues
            .spans(tokens, lang, self.lang)
            .into_iter()
            .map(|(_, s, e)| (s, e))
            .collect()
    }

    fn vetoed(&self, tokens: &[String], lang: &str) -> bool {
        !self.vetoes.spans(tokens, lang, self.lang).is_empty()
    }

    fn hit(&self, i: usize) -> Hit {
        Hit {
            path: self.path,
            line: self.positives.phrases.get(i).map_or("", |p| p.line),
        }
    }
}

/// A phrase that matched: which file and which line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub path: &'static str,
    pub line: &'static str,
}

/// Token spans of exceptions and of negation cues in one text.
struct CancellingSpans {
    exceptions: Vec<(usize, usize)>,
    /// (start, end, strong).
    cues: Vec<(usize, usize, bool)>,
}

impl CancellingSpans {
    fn by_exception(&self, s: usize, e: usize) -> bool {
        self.exceptions.iter().any(|(xs, xe)| s < *xe && *xs < e)
    }

    /// Whether a cue cancels a match starting at token `s`: `None` when none does, else
    /// whether one of the cues that do is a strong (`^^`) negation.
    fn by_cue(&self, s: usize) -> Option<bool> {
        self.cues
            .iter()
            .filter(|(cs, ce, _)| *cs < s && s <= ce + CUE_REACH)
            .fold(None, |strong, (_, _, st)| {
                Some(strong.unwrap_or(false) || *st)
            })
    }
}

/// What the lists of one kind make of a text's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// A phrase matched and no exception or cue cancelled it.
    Hit(Hit),
    /// No match stands, and the text is ordinary whatever a classifier says: cues cancelled
    /// a match, one of them a strong (`^^`) negation ("никто меня не бил"), or an `=` line
    /// matched ("nobody hurts me at home", "in the film").
    Negated,
    /// No match stands otherwise (none, or cancelled by exceptions or plain `^` cues only).
    Nothing,
}

/// All lists of one kind, for all languages, and the compact forms of their literal phrases.
pub(crate) struct KindLists {
    pub lists: Vec<PhraseList>,
    compact: Option<AhoCorasick>,
    compact_hits: Vec<(usize, usize)>,
}

impl KindLists {
    fn load(kind: ListKind) -> KindLists {
        let lists: Vec<PhraseList> = LANGS
            .iter()
            .filter_map(|lang| {
                let path = FILES
                    .iter()
                    .find(|(p, _)| p.ends_with(&format!("/{lang}/{}", kind.file_name())))?;
                Some(PhraseList::parse(lang, path.0, path.1))
            })
            .collect();
        let mut forms = Vec::new();
        let mut compact_hits = Vec::new();
        for (l, list) in lists.iter().enumerate() {
            for (p, phrase) in list.positives().iter().enumerate() {
                if phrase.own_language_only {
                    continue;
                }
                for form in phrase.compact_forms().unwrap_or_default() {
                    // Short forms would match inside unrelated words.
                    if form.chars().count() >= 6 && !form.chars().any(is_cjk) {
                        forms.push(form);
                        compact_hits.push((l, p));
                    }
                }
            }
        }
        let compact = AhoCorasick::new(&forms).ok();
        KindLists {
            lists,
            compact,
            compact_hits,
        }
    }

    /// The spans that cancel a match: exceptions, and negation cues that no `+` line
    /// overlaps ("nobody knows", "no one believes me" negate nothing).
    fn cancelling_spans(&self, tokens: &[String], lang: &str) -> CancellingSpans {
        let exceptions: Vec<(usize, usize)> = self
            .lists
            .iter()
            .flat_map(|l| l.exception_spans(tokens, lang))
            .collect();
        let uncues: Vec<(usize, usize)> = self
            .lists
            .iter()
            .flat_map(|l| l.uncue_spans(tokens, lang))
            .collect();
        let cues: Vec<(usize, usize, bool)> = self
            .lists
            .iter()
            .flat_map(|l| l.cue_spans(tokens, lang))
            .filter(|(cs, ce, _)| !uncues.iter().any(|(us, ue)| cs < ue && us < ce))
            .collect();
        CancellingSpans { exceptions, cues }
    }

    /// Matches `tokens` against every language's phrases once: the first phrase whose match no
    /// exception and no cue cancels, else whether a strong negation cancelled a match
    /// (not the spelled-out words: see [`Self::find_compact`]).
    pub(crate) fn search(&self, tokens: &[String], lang: &str) -> Found {
        let cancel = self.cancelling_spans(tokens, lang);
        let mut negated = false;
        for list in &self.lists {
            for (i, s, e) in list.positive_spans(tokens, lang) {
                if cancel.by_exception(s, e) {
                    continue;
                }
                match cancel.by_cue(s) {
                    None => return Found::Hit(list.hit(i)),
                    Some(strong) => negated |= strong,
                }
            }
        }
        if negated || self.lists.iter().any(|l| l.vetoed(tokens, lang)) {
            Found::Negated
        } else {
            Found::Nothing
        }
    }

    /// The token spans covered by an exception line of any language (`-die laughing`).
    pub(crate) fn exception_spans(&self, tokens: &[String], lang: &str) -> Vec<(usize, usize)> {
        self.lists
            .iter()
            .flat_map(|l| l.exception_spans(tokens, lang))
            .collect()
    }

    /// A literal phrase found inside a word spelled out letter by letter ("k i l l m y s e l f").
    pub(crate) fn find_compact(&self, joined: &[String]) -> Option<Hit> {
        let ac = self.compact.as_ref()?;
        joined.iter().find_map(|word| {
            let m = ac.find(squeeze(word).as_str())?;
            let (l, p) = *self.compact_hits.get(m.pattern().as_usize())?;
            Some(self.lists.get(l)?.hit(p))
        })
    }
}

static LISTS: LazyLock<HashMap<ListKind, KindLists>> = LazyLock::new(|| {
    ListKind::ALL
        .into_iter()
        .map(|k| (k, KindLists::load(k)))
        .collect()
});

/// The compiled lists of one kind.
pub(crate) fn lists(kind: ListKind) -> Option<&'static KindLists> {
    LISTS.get(&kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(line: &'static str) -> Phrase {
        Phrase::parse(line).unwrap_or_else(|| panic!("does not parse: {line}"))
    }

    #[test]
    fn slots_alternatives_options_and_globs_match_as_documented() {
        let p = phrase("he|she|dad hits|hit me");
        assert!(p.matches_text("Yesterday he hit me again"));
        assert!(p.matches_text("my dad hits me"));
        assert!(!p.matches_text("he hits the ball"));
        let p = phrase("i am [being] bullied");
        assert!(p.matches_text("I am bullied"));
        assert!(p.matches_text("I am being bullied"));
        let p = phrase("asked me for * photos");
        assert!(p.matches_text("he asked me for some photos"));
        assert!(!p.matches_text("he asked me for photos"));
        assert!(phrase("suicid*").matches_text("I feel suicidal"));
        assert!(phrase("*ضربني").matches_text("أبي يضربني"));
        assert!(phrase("*пизд*").matches_text("распиздяй"));
        assert!(phrase("je m'appelle *").matches_text("Je m’appelle Léa"));
        assert!(phrase("想死").matches_text("我真的好想死啊"));
        assert!(!phrase("我想死").matches_text("我真的好想死啊"));
        assert!(phrase("他|他们 打 我").matches_text("他们打我"));
        assert!(phrase("beau-père").matches_text("mon beau pere"));
        let p = phrase("被 ~ 打");
        assert!(p.matches_text("被打"));
        assert!(p.matches_text("我被我爸打了"));
        assert!(!p.matches_text("被我们班的人打"));
        assert!(phrase("he ~ hurt|hurts me").matches_text("he always really hurts me"));
        let p = phrase("对 我 做 ~~ 事");
        assert!(p.matches_text("他对我做一些奇怪的事"));
        assert!(!p.matches_text("他对我做了一件很不错的好事"));
        assert!(!phrase("对 我 做 ~ 事").matches_text("他对我做一些奇怪的事"));
        let p = phrase("из|в <class>");
        assert!(p.matches_text("Алина из 9В"));
        assert!(p.matches_text("я в 11а"));
        assert!(!p.matches_text("из 12в"));
        assert!(!p.matches_text("в 9"));
        assert!(!p.matches_text("в 9ка"));
    }

    #[test]
    fn markers_are_read() {
        let p = phrase("!con");
        assert!(p.own_language_only && !p.exception);
        let p = phrase("-die laughing");
        assert!(p.exception && p.line == "die laughing");
        assert!(Phrase::parse("# comment").is_none());
        assert!(Phrase::parse("   ").is_none());
        assert!(Phrase::parse("[only] [optional]").is_none());
        assert!(Phrase::parse("~").is_none());
        let p = phrase("^nobody|no one");
        assert!(p.cue && !p.exception);
        let p = phrase("^^nobody");
        assert!(p.cue && p.strong && p.line == "nobody");
        assert!(!phrase("^if").strong);
        let p = phrase("+nobody knows");
        assert!(p.uncue && !p.cue && !p.exception && p.line == "nobody knows");
        let p = phrase("=nobody hurts me");
        assert!(p.veto && !p.uncue && !p.cue && !p.exception && p.line == "nobody hurts me");
    }

    #[test]
    fn every_file_has_a_header_and_every_line_parses() {
        assert_eq!(FILES.len(), 18);
        for (path, contents) in FILES {
            assert!(contents.starts_with("# "), "{path} has no header comment");
            assert!(
                contents.contains("Format"),
                "{path} header does not explain the format"
            );
            for line in contents.lines() {
                let t = line.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                assert!(
                    Phrase::parse(line).is_some(),
                    "{path}: line does not parse: {line}"
                );
            }
        }
    }

    #[test]
    fn every_phrase_matches_an_example_made_from_itself() {
        for kind in ListKind::ALL {
            for list in &lists(kind)
                .map_or(&[][..], |l| &l.lists[..])
                .iter()
                .collect::<Vec<_>>()
            {
                for p in list.positives() {
                    let example = p.example();
                    assert!(
                        p.matches_text(&example),
                        "{}: '{}' misses '{example}'",
                        list.path,
                        p.line
                    );
                }
            }
        }
    }

    #[test]
    fn no_file_repeats_a_line() {
        for (path, contents) in FILES {
            let mut seen = std::collections::HashSet::new();
            for line in contents.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                assert!(seen.insert(line), "{path} repeats: {line}");
            }
        }
    }
}
