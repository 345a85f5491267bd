//! Scrubbing personal data out of free text before it is stored: e-mail addresses, phone
//! numbers, links, social media handles and street addresses are replaced by a marker
//! (`[email]`, `[phone]`, `[link]`, `[handle]`, `[address]`) saying what was removed.
//! Ordinary numbers (ages, years, percentages, counts, dates, prices) are kept.
use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};

mod reveal;

/// A kind of personal data that [`scrub`] removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    Email,
    Phone,
    Link,
    Handle,
    Address,
}

impl PiiKind {
    /// Every kind, in their stable order (the order of [`Scrubbed::removed`]).
    pub const ALL: [PiiKind; 5] = [
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::Link,
        PiiKind::Handle,
        PiiKind::Address,
    ];

    /// The order of scrubbing: a kind that can contain another goes first (an e-mail
    /// address contains a domain, a link may contain a handle or digits).
    const SCRUB_ORDER: [PiiKind; 5] = [
        PiiKind::Email,
        PiiKind::Link,
        PiiKind::Handle,
        PiiKind::Phone,
        PiiKind::Address,
    ];

    /// The stable snake_case name (`"email"`, `"phone"`, …), as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::Email => "email",
            PiiKind::Phone => "phone",
            PiiKind::Link => "link",
            PiiKind::Handle => "handle",
            PiiKind::Address => "address",
        }
    }

    /// The marker that replaces a removed item in the text, e.g. `[email]`.
    pub fn marker(self) -> &'static str {
        match self {
            PiiKind::Email => "[email]",
            PiiKind::Phone => "[phone]",
            PiiKind::Link => "[link]",
            PiiKind::Handle => "[handle]",
            PiiKind::Address => "[address]",
        }
    }
}

/// Free text with personal data replaced by markers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scrubbed {
    /// The text to store.
    pub text: String,
    /// What was removed, each kind once, in the order of [`PiiKind`]'s declaration.
    pub removed: Vec<PiiKind>,
}

/// Replaces e-mail addresses, links, handles, phone numbers and street addresses in `text`
/// by markers, and drops invisible formatting characters that could hide them (zero-width
/// spaces, bidi controls; joiners are kept between non-ASCII characters, e.g. in emoji).
///
/// Contact details are looked for in the text as its reader sees it ([`reveal::View`]:
/// full-width letters, `hxxp`, `[.]`, `(at)`, spaced letters, number words), so
/// `ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ`, `j a n e @ g m a i l . c o m` and "zero seven nine one …" are
/// removed like `jane@gmail.com`; the rest of the text stays as it was written.
///
/// Scrubbing is idempotent: `scrub(&scrub(t).text).text == scrub(t).text`, with nothing
/// more removed the second time.
pub fn scrub(text: &str) -> Scrubbed {
    scrub_viewing(text, |_| {})
}

/// [`scrub`], showing `first_view` the view of the text as written (before anything was
/// replaced), so a caller can read it without building it again.
fn scrub_viewing(text: &str, mut first_view: impl FnMut(&reveal::View)) -> Scrubbed {
    let mut current = strip_invisible(text);
    let mut removed = Vec::new();
    // A replacement can bring two fragments together into something new: repeat until the
    // text no longer changes (twice in practice), so that scrubbing is idempotent.
    for round in 0..8 {
        let view = reveal::View::of(&current);
        if round == 0 {
            first_view(&view);
        }
        let (next, kinds) = scrub_once(&current, &view);
        if next == current {
            break;
        }
        removed.extend(kinds);
        current = next;
    }
    removed.sort();
    removed.dedup();
    Scrubbed {
        text: current,
        removed,
    }
}

/// The kinds of personal data found in `text`, without changing it: what [`scrub`] would
/// remove, and what is still shaped like contact details once disguises are undone (an `@`
/// inside a word, a long run of digits, the remains of a link), which a moderator should
/// look at before the text is published.
pub(crate) fn detect(text: &str) -> Vec<PiiKind> {
    let mut suspect = Vec::new();
    let mut kinds = scrub_viewing(text, |view| suspect = reveal::suspect(&view.text)).removed;
    kinds.extend(suspect);
    kinds.sort();
    kinds.dedup();
    kinds
}

/// Finds personal data in the view of `text` (the text as its reader sees it) and replaces
/// it in `text` as written. Each kind's replacement runs on the view in turn, in an order
/// where earlier kinds contain later ones (an e-mail contains a domain, a link may contain a
/// handle), writing one mask character per character found so the view keeps its length;
/// each masked run is then mapped back to the characters it came from.
fn scrub_once(text: &str, view: &reveal::View) -> (String, Vec<PiiKind>) {
    let mut masked = view.text.clone();
    for kind in PiiKind::SCRUB_ORDER {
        masked = match kind {
            PiiKind::Email => replace_emails(&masked),
            PiiKind::Link => replace_links(&masked),
            PiiKind::Handle => replace_handles(&masked),
            PiiKind::Phone => replace_phones(&masked),
            PiiKind::Address => replace_addresses(&masked),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut kinds = Vec::new();
    let mut last = 0;
    for (range, kind) in view.masked_spans(&masked, Mark::kind_of_mask) {
        out.push_str(&text[last..range.start]);
        out.push_str(kind.marker());
        kinds.push(kind);
        last = range.end;
    }
    out.push_str(&text[last..]);
    (out, kinds)
}

/// What replaces personal data found in a view: one private-use character per character,
/// one character per kind, so the view keeps its length.
#[derive(Debug, Clone, Copy)]
struct Mark(PiiKind);

impl Mark {
    /// The first of five private-use characters that stand for a masked character; a view
    /// never contains them ([`reveal::View::of`] drops them).
    const MASK: u32 = 0xE000;

    fn over(self, found: &str) -> String {
        let index = PiiKind::ALL.iter().position(|k| *k == self.0).unwrap_or(0);
        let mask = char::from_u32(Self::MASK + index as u32).unwrap_or('\u{E000}');
        mask.to_string().repeat(found.chars().count())
    }

    /// The kind a mask character stands for.
    fn kind_of_mask(c: char) -> Option<PiiKind> {
        let index = (c as u32).checked_sub(Self::MASK)?;
        PiiKind::ALL.get(usize::try_from(index).ok()?).copied()
    }
}

/// Drops characters that render as nothing; zero-width joiners stay between two non-ASCII
/// characters (emoji sequences, Persian), where they cannot glue ASCII pieces together.
fn strip_invisible(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let joiner_ok = |i: usize| {
        let wide = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
        wide(i.checked_sub(1).and_then(|p| chars.get(p))) && wide(chars.get(i + 1))
    };
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| match c {
            '\u{200C}' | '\u{200D}' => joiner_ok(*i),
            c => !super::normalize::is_invisible(**c),
        })
        .map(|(_, c)| *c)
        .collect()
}

/// Compiles a pattern written in this file; a failure is a programming error caught by the
/// unit tests, which compile every pattern.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("invalid scrub pattern: {e}"))
}

/// Masks every match of `re` accepted by `keep` with `mark`. `keep` sees the captures;
/// group `pii` (when present) is the part replaced, the rest of the match is kept.
fn replace_valid(
    text: &str,
    re: &Regex,
    mark: Mark,
    keep: impl Fn(&Captures, &str) -> bool,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut pos = 0;
    while let Some(caps) = re.captures_at(text, pos) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let part = caps.name("pii").map_or(whole.clone(), |m| m.range());
        if part.is_empty() || !keep(&caps, text) {
            // Try again one character later: a shorter match may still be valid.
            pos = next_char(text, whole.start);
            if pos >= text.len() {
                break;
            }
            continue;
        }
        out.push_str(&text[last..part.start]);
        out.push_str(&mark.over(&text[part.clone()]));
        last = part.end;
        pos = whole.end.max(next_char(text, whole.start));
        if pos > text.len() {
            break;
        }
    }
    out.push_str(&text[last..]);
    out
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

// ---------------------------------------------------------------------------------- e-mail

/// Top-level domains accepted at the end of an obfuscated address ("name at gmail dot com").
/// Words such as "it", "in", "me" or "be" are left out: "at home. It was" is not an address.
const MAIL_TLDS: &str = "com|org|net|edu|gov|info|io|co|fr|es|ru|cn|uk|de|ca|mx|ar|cl|pe|ve|cu|dz|tn|eg|sa|ae|qa|kw|jo|lb|sy|iq|ly|ch|ua|by|kz|au|br|jp|tw|hk|рф";

/// Mail providers that make "name at gmail.com" an address even with a plain " at ".
const MAIL_PROVIDERS: &str = "gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|aol|proton|protonmail|gmx|yandex|mail|inbox|bk|list|rambler|qq|163|126|sina|sohu|foxmail|orange|free|laposte|sfr|wanadoo|web|terra|telefonica";

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"[\p{L}\p{N}._%+\-]+[@＠][\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,24}")
});

/// "name (at) domain.com", "name [at] domain [dot] org": a bracketed "at" makes any domain an
/// address. "name at gmail dot com", "name @ gmail.com": a spelled-out "at" needs a known mail
/// provider or a spelled-out "dot", so that "we met at school.com" stays a sentence.
static EMAIL_OBFUSCATED: LazyLock<Regex> = LazyLock::new(|| {
    let local = r"[\p{L}\p{N}._%+\-]+";
    let label = r"[\p{L}\p{N}\-]+";
    let at_bracketed = r"\s*[(\[{<]\s*(?:at|@|＠|arobase|arroba|собака|эт|艾特)\s*[)\]}>]\s*";
    let at_spelled = r"\s+(?:at|arobase|arroba|собака|chez|[@＠])\s+";
    let dot_spelled = r"(?:\s*[(\[{<]\s*(?:dot|point|punto|точка|نقطة|点)\s*[)\]}>]\s*|\s+(?:dot|point|punto|точка|نقطة)\s+)";
    let dot = format!(r"(?:{dot_spelled}|\s?\.\s?)");
    let any_domain = format!("(?:{label}{dot})+");
    let provider = format!("(?:{MAIL_PROVIDERS}){dot}");
    let spelled_domain = format!("(?:{label}{dot})*{label}{dot_spelled}");
    compile(&format!(
        r"(?i){local}(?:{at_bracketed}{any_domain}|{at_spelled}(?:{provider}|{spelled_domain}))(?:{label}{dot})*(?:{MAIL_TLDS})\b"
    ))
});

/// "jane@gmail": an address without its ending is still an address at a known provider.
static EMAIL_WITHOUT_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)[\p{{L}}\p{{N}}._%+\-]+\s?[@＠]\s?(?:{MAIL_PROVIDERS})\b"
    ))
});

fn replace_emails(text: &str) -> String {
    let mark = Mark(PiiKind::Email);
    let text = replace_valid(text, &EMAIL, mark, |_, _| true);
    let text = replace_valid(&text, &EMAIL_OBFUSCATED, mark, |_, _| true);
    replace_valid(&text, &EMAIL_WITHOUT_DOMAIN, mark, |_, _| true)
}

// ------------------------------------------------------------------------------------ links

/// TLDs recognised in bare domains ("example.com"). Lowercase only, so that a sentence
/// missing its space ("fin.Es") is not a link.
const WEB_TLDS: &str = "com|org|net|edu|gov|int|info|biz|io|gg|ly|tv|app|dev|xyz|online|site|club|top|fr|ru|cn|uk|su|ua|by|kz|ca|au|br|mx|ar|cl|ma|dz|tn|eg|sa|ae|qa|jp|kr|nl|pl|рф|рус|онлайн";

/// TLDs that are also common words ("to.me", "da.be"): a link only with a path after them.
const AMBIGUOUS_TLDS: &str = "me|be|co|it|in|is|so|to|at|us|no|ai|es|de|la|gl|fm|im|cc|ws";

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    let label = r"[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?";
    let path = r#"[/?#][^\s<>"'«»“”]*"#;
    compile(&format!(
        r#"(?i:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'«»“”]+|\b(?:{label}\.)+(?:{WEB_TLDS})\b(?::\d{{2,5}})?(?:{path})?|\b(?:{label}\.)+(?:{AMBIGUOUS_TLDS}){path}|\b\d{{1,3}}(?:\.\d{{1,3}}){{3}}\b(?::\d{{2,5}})?(?:{path})?"#
    ))
});

fn replace_links(text: &str) -> String {
    let mark = Mark(PiiKind::Link);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut pos = 0;
    while let Some(m) = LINK.find_at(text, pos) {
        if !is_link(text, m.start(), m.end()) {
            pos = next_char(text, m.start());
            if pos >= text.len() {
                break;
            }
            continue;
        }
        // Sentence punctuation after a link is not part of it.
        let trimmed = m.as_str().trim_end_matches([
            '.', ',', ';', ':', '!', '?', ')', ']', '}', '。', '，', '、', '؟', '،',
        ]);
        out.push_str(&text[last..m.start()]);
        out.push_str(&mark.over(trimmed));
        last = m.start() + trimmed.len();
        pos = m.end();
    }
    out.push_str(&text[last..]);
    out
}

static IP_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?:$|[:/?#])",
    )
});

/// An IP address only when it stands alone: "06.12.34.56.78" is a phone number.
fn is_link(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let host = found.split([':', '/', '?', '#']).next().unwrap_or_default();
    if !host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return true;
    }
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let glued_before = before.is_some_and(|c| c.is_numeric() || c == '.');
    let glued_after = after.next() == Some('.') && after.next().is_some_and(|c| c.is_numeric());
    IP_ADDRESS.is_match(found) && !glued_before && !glued_after
}

// ---------------------------------------------------------------------------------- handles

static AT_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\p{L}\p{N}_.@＠/\[])(?P<pii>[@＠][\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,30}[\p{L}\p{N}_])?)",
    )
});

/// "my insta is sam_2010", "snap: sam.k", "微信号 abc123": a platform name, a connector and
/// a user name that looks like one (it has a digit, `_`, `.` or `@`, or follows a colon).
static PLATFORM_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    let latin = r"instagram|insta|ig|snapchat|snap|tiktok|tik\s?tok|discord|telegram|whatsapp|facebook|fb|twitter|youtube|yt|twitch|roblox|steam|psn|xbox|kik|wechat|weixin|qq|vk|вк|вконтакт\p{Cyrillic}{0,3}|телеграм\p{Cyrillic}{0,4}|тг|инстаграм\p{Cyrillic}{0,3}|инст\p{Cyrillic}{0,3}|тикток\p{Cyrillic}{0,3}|тик\s?ток\p{Cyrillic}{0,3}|дискорд\p{Cyrillic}{0,3}|снапчат\p{Cyrillic}{0,3}|ватсап\p{Cyrillic}{0,3}|вотсап\p{Cyrillic}{0,3}";
    let cjk = r"微信号|微信|抖音号|抖音|微博|QQ号|qq号|快手";
    let connector = r"(?:\s*(?:id|name|user(?:name)?|handle|account|acc|pseudo|usuario|ник|логин|аккаунт|is|es|est|c'est|c’est|это|هو|是|号|:|：|=|-|—|–)\s*)*\s*";
    compile(&format!(
        r"(?i)(?P<kw>\b(?:{latin})\b|{cjk})(?P<conn>{connector})(?P<pii>[@＠]?[\p{{L}}\p{{N}}_](?:[\p{{L}}\p{{N}}_.\-]{{1,30}}[\p{{L}}\p{{N}}_]))"
    ))
});

/// "@所有人", "@everyone": a mention of a whole chat group, nobody's handle.
fn is_group_mention(at_name: &str) -> bool {
    let name = at_name.trim_start_matches(['@', '＠']).to_lowercase();
    [
        "所有人",
        "全体成员",
        "全體成員",
        "everyone",
        "here",
        "all",
        "channel",
        "todos",
        "tous",
        "все",
        "الكل",
        "الجميع",
    ]
    .contains(&name.as_str())
}

fn replace_handles(text: &str) -> String {
    let mark = Mark(PiiKind::Handle);
    let text = replace_valid(text, &AT_HANDLE, mark, |caps, _| {
        let name = caps.name("pii").map_or("", |m| m.as_str());
        !is_group_mention(name)
    });
    replace_valid(&text, &PLATFORM_HANDLE, mark, |caps, _| {
        let name = caps.name("pii").map_or("", |m| m.as_str());
        let conn = caps.name("conn").map_or("", |m| m.as_str());
        let platform = caps.name("kw").map_or("", |m| m.as_str()).to_lowercase();
        let looks_like_handle = name
            .chars()
            .any(|c| c.is_numeric() || matches!(c, '_' | '.' | '@' | '＠'));
        // A phone number after "whatsapp" is left to the phone pass; QQ ids are numbers.
        let phone_like = name.chars().all(char::is_numeric) && name.chars().count() >= 7;
        (looks_like_handle || conn.contains([':', '：']))
            && (!phone_like || platform.starts_with("qq"))
    })
}

// ----------------------------------------------------------------------------------- phones

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:[+＋]\s?)?(?:\(\s?\d{1,5}\s?\)|\d)[\d ().\-‐‑–\x{00A0}]{5,}\d"));

fn replace_phones(text: &str) -> String {
    let mark = Mark(PiiKind::Phone);
    replace_valid(text, &PHONE, mark, |caps, text| {
        let Some(m) = caps.get(0) else { return false };
        let before = text[..m.start()].chars().next_back();
        let glued = before
            .is_some_and(|c| c.is_numeric() || c.is_ascii_alphabetic() || c == '.' || c == ',');
        !glued && is_phone(m.as_str())
    })
}

/// Whether a run of digits and separators is a phone number rather than an ordinary number
/// (years, dates, decimals, thousands, scores).
fn is_phone(candidate: &str) -> bool {
    let international = candidate.starts_with(['+', '＋']);
    let groups: Vec<String> = candidate
        .split(|c: char| !c.is_numeric())
        .filter(|g| !g.is_empty())
        .map(ascii_digits)
        .collect();
    let digits: usize = groups.iter().map(String::len).sum();
    if digits > 15 {
        // Two numbers in a row: each part on its own.
        return candidate.split_whitespace().any(is_phone);
    }
    if !(7..=15).contains(&digits) {
        return false;
    }
    international
        || groups.first().is_some_and(|g| g.starts_with("00"))
        || !is_ordinary_number(candidate, &groups)
}

/// A group of digits of any script, in ASCII.
fn ascii_digits(group: &str) -> String {
    group.chars().map(ascii_digit).collect()
}

fn ascii_digit(c: char) -> char {
    let zero = match c {
        '0'..='9' => return c,
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{0966}'..='\u{096F}' => 0x0966,
        '\u{FF10}'..='\u{FF19}' => 0xFF10,
        _ => return '0',
    };
    char::from_digit(c as u32 - zero, 10).unwrap_or('0')
}

/// A number that is mostly trailing zeros ("1000000", "250000000"), not "13800138000".
pub(crate) fn is_round(digits: &str) -> bool {
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    zeros >= 3 && zeros * 2 >= digits.len()
}

fn is_year(g: &str) -> bool {
    g.len() == 4 && (g.starts_with("19") || g.starts_with("20"))
}

/// Shapes of ordinary numbers that have seven or more digits.
fn is_ordinary_number(candidate: &str, groups: &[String]) -> bool {
    let lens: Vec<usize> = groups.iter().map(String::len).collect();
    let years = groups.iter().all(|g| is_year(g)) && groups.len() <= 3;
    let date = lens.len() == 3
        && ((lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4)
            || (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2));
    let decimal = lens.len() == 2 && lens[0] <= 3 && candidate.contains(['.', ',']);
    let thousands = lens.len() >= 2
        && lens[0] <= 3
        && lens[1..].iter().all(|l| *l == 3)
        && groups.last().is_some_and(|g| g == "000");
    let round = lens.len() == 1 && is_round(&groups[0]);
    let counting = lens.iter().all(|l| *l == 1) && lens.len() < 9;
    let short_groups = lens.iter().all(|l| *l <= 2) && !groups[0].starts_with('0');
    years || date || decimal || thousands || round || counting || short_groups
}

// -------------------------------------------------------------------------------- addresses

/// Words that end a street name: "12 rue Victor Hugo et je …" keeps "et je …".
const STOP_WORDS: &[&str] = &[
    "and", "but", "i", "im", "we", "my", "the", "in", "near", "next", "with", "where", "it", "et",
    "mais", "je", "j", "on", "nous", "à", "a", "au", "près", "pres", "avec", "où", "ou", "dans",
    "c", "est", "y", "pero", "yo", "cerca", "con", "en", "donde", "es", "que",
];

static ADDRESS_EN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?P<pii>\d{1,5}[a-z]?,?\s+(?P<name>(?:[\p{L}'’.\-]+\s+){1,3})(?:street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|crescent|terrace|highway|hwy)\b\.?)",
    )
});

static ADDRESS_FR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?P<pii>\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|allee|chemin|route|quai|cours|square|passage|faubourg|cité|cite|résidence|residence)\b(?:\s+(?:de|du|des|la|le|les|saint|sainte)\b|\s+[ld]['’])*(?:\s*[\p{L}'’\-]+){1,3})",
    )
});

static ADDRESS_ES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|[^\p{L}])(?P<pii>(?:calle|c/|avenida|avda\.?|paseo|plaza|camino|carrera|carretera|ronda|travesía|travesia|jirón|jiron|pasaje)\s*(?:(?:de|del|la|las|los|el)\s+)*(?:[\p{L}'\-.]+\s+){0,3}?,?\s*(?:n[º°o]\.?\s*|núm(?:ero)?\.?\s*|#\s*)?(?P<num>\d{1,5})(?:\s?[-–]\s?\d{1,4})?(?:\s*#\s*\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?)\b",
    )
});

static ADDRESS_RU: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:^|[^\p{L}])(?P<pii>(?:ул\.|улиц[аеуы]|пр-т|пр\.|проспект\p{L}*|пер\.|переул\p{L}*|бульвар\p{L}*|б-р|шоссе|наб\.|набережн\p{L}*|пл\.|площад\p{L}*|мкр\.?|микрорайон\p{L}*)\s*[\p{L}\-.]+(?:\s+[\p{L}\-.]+)?,?\s*(?:д\.|дом)?\s*\d{1,4}(?:\s?[а-я](?:\b|$))?(?:\s*,?\s*(?:кв\.?|квартира)\s*\d{1,4})?)",
    )
});

static ADDRESS_AR: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[\p{Arabic}&&\p{L}]+";
    compile(&format!(
        r"(?:^|[^\p{{L}}])(?P<pii>(?:شارع|طريق|زقاق)\s+(?:{word}\s+){{0,3}}?(?:رقم\s*)?\d{{1,5}}|\d{{1,5}}\s*،?\s*(?:شارع|طريق)\s+{word}(?:\s+{word})?)"
    ))
});

static ADDRESS_ZH: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<pii>[\p{Han}&&[^在住是的到去和我你他她家了从省市区县镇村]]{1,6}(?:大街|大道|路|街|巷|胡同|弄)\s*\d{1,5}\s*(?:号|號)(?:\s*\d{1,4}\s*(?:号楼|栋|幢|单元|室|楼))*)",
    )
});

fn replace_addresses(text: &str) -> String {
    let mark = Mark(PiiKind::Address);
    let text = replace_trimmed(text, &ADDRESS_FR, mark);
    let text = replace_valid(&text, &ADDRESS_ES, mark, |caps, _| {
        let pii = caps.name("pii").map_or("", |m| m.as_str());
        !pii.split_whitespace()
            .skip(1)
            .any(|w| ES_NOT_A_STREET_NAME.contains(&w.to_lowercase().as_str()))
    });
    let text = replace_valid(&text, &ADDRESS_RU, mark, |_, _| true);
    let text = replace_valid(&text, &ADDRESS_AR, mark, |_, _| true);
    let text = replace_valid(&text, &ADDRESS_ZH, mark, |_, _| true);
    // English last: "3 bis avenue de la République" is French, not "3 bis avenue".
    replace_valid(&text, &ADDRESS_EN, mark, |caps, _| {
        let name = caps.name("name").map_or("", |m| m.as_str());
        !name
            .split_whitespace()
            .any(|w| EN_NOT_A_STREET_NAME.contains(&w.to_lowercase().as_str()))
    })
}

/// Words that do not occur in an English street name ("5 minutes down the road").
const EN_NOT_A_STREET_NAME: &[&str] = &[
    "the", "a", "an", "to", "of", "my", "our", "your", "his", "her", "their", "on", "in", "at",
    "down", "up", "and", "or", "for", "with", "from", "by", "this", "that", "these", "those", "is",
    "are", "was", "were", "be", "more", "less", "many", "all", "some", "no", "other", "minutes",
    "minute", "hours", "hour", "days", "times", "people", "kids", "cars", "blocks", "miles", "km",
    "meters", "steps", "across", "along", "over", "off", "into", "same", "own",
];

/// Words that do not occur between "calle" and the house number ("la calle tiene 3 …").
const ES_NOT_A_STREET_NAME: &[&str] = &[
    "hay", "tiene", "tienen", "tengo", "es", "son", "esta", "está", "estan", "están", "con", "y",
    "en", "mi", "tu", "su", "hace", "había", "habia", "más", "mas", "menos", "muy", "que", "por",
    "para", "a", "al", "como", "pero", "donde", "cuando", "hasta", "unos", "unas",
];

/// Replaces matches of a street-first pattern, ending the street name at the first word that
/// cannot belong to it.
fn replace_trimmed(text: &str, re: &Regex, mark: Mark) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for caps in re.captures_iter(text) {
        let Some(m) = caps.name("pii") else { continue };
        let end = m.start() + trim_at_stop_word(m.as_str());
        out.push_str(&text[last..m.start()]);
        out.push_str(&mark.over(&text[m.start()..end]));
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// The length of `address` up to (not including) its first stop word after the street word.
fn trim_at_stop_word(address: &str) -> usize {
    let mut seen_words = 0;
    let mut end = address.len();
    for (i, word) in word_spans(address) {
        if !word.chars().any(char::is_alphabetic) {
            continue;
        }
        seen_words += 1;
        // The street word itself ("rue") is never a stop word; check the name after it.
        if seen_words > 1 && STOP_WORDS.contains(&word.to_lowercase().as_str()) {
            end = i;
            break;
        }
    }
    address[..end].trim_end_matches([' ', ',', '\'', '’']).len()
}

/// The words of `text` (runs of letters and digits) with their byte offsets.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrubbed(text: &str) -> String {
        scrub(text).text
    }

    #[test]
    fn every_pattern_compiles() {
        for re in [
            &EMAIL,
            &EMAIL_OBFUSCATED,
            &EMAIL_WITHOUT_DOMAIN,
            &LINK,
            &IP_ADDRESS,
            &AT_HANDLE,
            &PLATFORM_HANDLE,
            &PHONE,
            &ADDRESS_EN,
            &ADDRESS_FR,
            &ADDRESS_ES,
            &ADDRESS_RU,
            &ADDRESS_AR,
            &ADDRESS_ZH,
        ] {
            assert!(!re.as_str().is_empty());
        }
    }

    #[test]
    fn kinds_have_stable_names_and_markers() {
        assert_eq!(PiiKind::Email.as_str(), "email");
        assert_eq!(PiiKind::Address.marker(), "[address]");
        assert_eq!(
            serde_json::to_string(&PiiKind::Phone).ok().as_deref(),
            Some("\"phone\"")
        );
    }

    #[test]
    fn email_addresses_are_removed_in_plain_and_obfuscated_forms() {
        let cases = [
            (
                "write to sam.k_2010@gmail.com please",
                "write to [email] please",
            ),
            ("mon mail: léa.dupont@orange.fr.", "mon mail: [email]."),
            ("correo: pepe＠hotmail.es", "correo: [email]"),
            ("почта ivan-petrov@yandex.ru", "почта [email]"),
            ("بريدي ahmed99@gmail.com", "بريدي [email]"),
            ("我的邮箱是 12345678@qq.com 谢谢", "我的邮箱是 [email] 谢谢"),
            ("sam at gmail dot com", "[email]"),
            ("sam (at) gmail (dot) com", "[email]"),
            ("sam(at)domain.com", "[email]"),
            ("sam[at]domain[dot]org", "[email]"),
            ("sam @ gmail . com", "[email]"),
            ("léa arobase free point fr", "[email]"),
            ("pepe arroba gmail punto com", "[email]"),
            ("ivan собака mail точка ru", "[email]"),
            ("sam at gmail.com", "[email]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
            assert_eq!(scrub(input).removed, vec![PiiKind::Email], "input: {input}");
        }
    }

    #[test]
    fn at_in_a_sentence_is_not_an_email() {
        for text in [
            "I met my friends at school at 5",
            "We looked at the rules at home.",
            "on se voit chez moi",
        ] {
            assert_eq!(scrubbed(text), text);
        }
    }

    #[test]
    fn phone_numbers_are_removed_in_many_formats() {
        let cases = [
            ("call me +44 20 7946 0958 ok", "call me [phone] ok"),
            ("mon num 06 12 34 56 78", "mon num [phone]"),
            ("mon num 06.12.34.56.78.", "mon num [phone]."),
            ("+33612345678", "[phone]"),
            ("0033 6 12 34 56 78", "[phone]"),
            ("mi número es 612 345 678", "mi número es [phone]"),
            ("llámame al +34 612-345-678", "llámame al [phone]"),
            ("мой номер 8 (916) 123-45-67", "мой номер [phone]"),
            ("+7 916 123 45 67", "[phone]"),
            ("رقمي ٠٥٠١٢٣٤٥٦٧", "رقمي [phone]"),
            ("رقمي +٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "رقمي [phone]"),
            ("我的电话 138 0013 8000", "我的电话 [phone]"),
            ("电话：１３８００１３８０００", "电话：[phone]"),
            ("(555) 123-4567", "[phone]"),
            ("555-123-4567", "[phone]"),
            ("0 6 1 2 3 4 5 6 7 8", "[phone]"),
            ("0612345678 0698765432", "[phone]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
        }
    }

    #[test]
    fn ordinary_numbers_are_kept() {
        for text in [
            "I am 14 and my brother is 9.",
            "In 2025 we had 30 students, 45% of them girls.",
            "From 2019-2025 things changed; 2019 2020 2021 were hard.",
            "Born on 12.05.2011 or 2011-05-12 or 12/05/2011.",
            "There are 1 000 000 children online, maybe 1.500.000 or 7,800,000,000 people.",
            "Pi is 3.14159265 and the score was 3-2 1-0 2-2 4-1.",
            "J'ai 13 ans, je suis en 4e, on était 25 en classe.",
            "Tengo 15 años y 3 hermanos; el 80 % usa el móvil.",
            "Мне 12 лет, в классе 28 человек, 10 20 30 40.",
            "عمري ١٤ سنة وفي صفي ٣٠ طالبا",
            "我今年13岁，班上有40个同学，百分之九十。",
            "It costs $100 or 1000000 dollars.",
            "Call the helpline 116 111 if you need help.",
        ] {
            assert_eq!(scrubbed(text), text);
        }
    }

    #[test]
    fn links_are_removed() {
        let cases = [
            ("see https://example.com/page?x=1.", "see [link]."),
            ("go to www.example.org now", "go to [link] now"),
            ("visit example.com/xyz", "visit [link]"),
            ("join t.me/secretgroup", "join [link]"),
            ("https://youtu.be/dQw4w9WgXcQ", "[link]"),
            ("discord.gg/abc123 join", "[link] join"),
            ("сайт пример.рф и vk.com/id123", "сайт [link] и [link]"),
            ("游戏网站 www.4399.com 很好玩", "游戏网站 [link] 很好玩"),
            ("server 192.168.1.10:8080", "server [link]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
        }
    }

    #[test]
    fn sentences_are_not_links() {
        for text in [
            "It is fine.It works e.g. here, i.e. there.",
            "Hurt.me is not a site. Use node.js or 3.5 apps.",
            "Mr.Smith said so.",
            "Fin.Es un problema.",
        ] {
            assert_eq!(scrubbed(text), text);
        }
    }

    #[test]
    fn handles_are_removed() {
        let cases = [
            ("follow me @sam_2010!", "follow me [handle]!"),
            ("@léa_dupont c'est moi", "[handle] c'est moi"),
            ("my insta is sam_2010", "my insta is [handle]"),
            ("snap: samk", "snap: [handle]"),
            ("mon snap c'est lea.dup", "mon snap c'est [handle]"),
            ("mi tiktok es pepe_123", "mi tiktok es [handle]"),
            ("мой тг @ivan_petrov", "мой тг [handle]"),
            (
                "мой ник в дискорде это vanya2010",
                "мой ник в дискорде это [handle]",
            ),
            ("whatsapp 0612345678", "whatsapp [phone]"),
            ("انستغرام @ahmed.99", "انستغرام [handle]"),
            ("我的微信号abc_123", "我的微信号[handle]"),
            ("加我QQ号：12345", "加我QQ号：[handle]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
        }
    }

    #[test]
    fn platform_names_in_sentences_are_not_handles() {
        for text in [
            "I use insta every day",
            "my insta is private",
            "Snap is dangerous for kids",
            "TikTok should protect children better",
        ] {
            assert_eq!(scrubbed(text), text);
        }
    }

    #[test]
    fn street_addresses_are_removed() {
        let cases = [
            (
                "I live at 221B Baker Street, London",
                "I live at [address], London",
            ),
            ("my house is 12 main st.", "my house is [address]"),
            (
                "j'habite au 12 rue Victor Hugo et j'aime",
                "j'habite au [address] et j'aime",
            ),
            ("3 bis avenue de la République", "[address]"),
            (
                "vivo en la calle Mayor 5, Madrid",
                "vivo en la [address], Madrid",
            ),
            ("Avenida Siempre Viva 742", "[address]"),
            ("Calle 45 # 12-34", "[address]"),
            ("живу на ул. Ленина, д. 5, кв. 12", "живу на [address]"),
            ("улица Пушкина дом 10", "[address]"),
            ("أسكن في شارع الملك فهد رقم ١٢", "أسكن في [address]"),
            ("١٢ شارع التحرير", "[address]"),
            (
                "我住在北京市朝阳区建国路88号",
                "我住在北京市朝阳区[address]",
            ),
            ("我家在中山大街5号3单元", "我家在[address]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
        }
    }

    #[test]
    fn streets_without_a_house_number_and_distances_are_kept() {
        for text in [
            "I walk 5 minutes down the road to school.",
            "There are 3 ways to stay safe on the street.",
            "On se retrouve rue de la Paix.",
            "Me gusta la calle donde vivo.",
            "На улице холодно.",
            "الشارع خطير للأطفال",
            "我5号去学校，路上很安全。",
        ] {
            assert_eq!(scrubbed(text), text);
        }
    }

    #[test]
    fn several_kinds_are_reported_once_each_in_order() {
        let s = scrub("mail a@b.com or c@d.org, call 0612345678, see x.com/a @sam");
        assert_eq!(
            s.text,
            "mail [email] or [email], call [phone], see [link] [handle]"
        );
        assert_eq!(
            s.removed,
            vec![
                PiiKind::Email,
                PiiKind::Phone,
                PiiKind::Link,
                PiiKind::Handle
            ]
        );
    }

    #[test]
    fn invisible_characters_cannot_hide_an_address() {
        assert_eq!(scrubbed("sam\u{200b}@\u{200b}gmail.com"), "[email]");
        assert_eq!(
            scrubbed("06\u{200b}12\u{200b}34\u{200b}56\u{200b}78"),
            "[phone]"
        );
        assert_eq!(
            scrubbed("family 👨\u{200d}👩\u{200d}👧"),
            "family 👨\u{200d}👩\u{200d}👧"
        );
    }

    /// Contact details disguised as a person would read through them, in the six languages:
    /// each is removed, with what is around it kept as written.
    #[test]
    fn disguised_contact_details_are_removed() {
        let cases = [
            ("mail: ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ ok", "mail: [email] ok"),
            ("j a n e . d o e @ g m a i l . c o m", "[email]"),
            ("write jane@gmail", "write [email]"),
            ("see hxxps://evil[.]com/x now", "see [link] now"),
            ("hxxp[:]//bad(.)site(.)com", "[link]"),
            (
                "call zero seven nine one one two three four five six",
                "call [phone]",
            ),
            ("écris à lea(at)orange(dot)fr", "écris à [email]"),
            ("mon numéro zéro six douze", "mon numéro zéro six douze"),
            (
                "appelle zéro six un deux trois quatre cinq six sept huit",
                "appelle [phone]",
            ),
            (
                "mi número cero seis uno dos tres cuatro cinco seis siete",
                "mi número [phone]",
            ),
            (
                "мой номер восемь девять один шесть один два три четыре пять шесть семь",
                "мой номер [phone]",
            ),
            ("мой номер ８９１６１２３４５６７", "мой номер [phone]"),
            (
                "رقمي صفر خمسة صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة",
                "رقمي [phone]",
            ),
            ("我的电话是一三八零零一三八零零零", "我的电话是[phone]"),
            ("我的邮箱 ｗａｎｇ１２３＠ｑｑ．ｃｏｍ", "我的邮箱 [email]"),
            ("insta: ｓａｍ＿２０１０", "insta: [handle]"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrubbed(input), expected, "input: {input}");
        }
    }

    #[test]
    fn counting_and_ordinary_disguise_like_text_are_kept() {
        for text in [
            "one two three four five six seven eight, we count in class",
            "un deux trois quatre cinq six sept huit neuf",
            "uno, dos, tres, cuatro, cinco",
            "раз два три четыре пять",
            "一二三四五六七八九",
            "I got an A (at last) in maths [.]",
            "a b c d e f g h i j k",
            "me @ home, you @ school",
        ] {
            assert_eq!(scrubbed(text), text, "text: {text}");
        }
    }

    #[test]
    fn what_is_still_shaped_like_contact_details_is_detected() {
        assert_eq!(detect("write to jane@myschool"), vec![PiiKind::Email]);
        assert_eq!(detect("tel0791234567"), vec![PiiKind::Phone]);
        assert_eq!(detect("go to evil . com"), vec![PiiKind::Link]);
        assert_eq!(detect("ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ"), vec![PiiKind::Email]);
        for ordinary in ["I am 14, born 2011-05-12", "1000000 children", "me @ home"] {
            assert!(detect(ordinary).is_empty(), "{ordinary}");
        }
    }

    #[test]
    fn scrubbing_twice_changes_nothing() {
        let once = scrub("sam at gmail dot com, +33 6 12 34 56 78, 12 rue X, @sam, x.com/y");
        let twice = scrub(&once.text);
        assert_eq!(twice.text, once.text);
        assert!(twice.removed.is_empty());
    }
}
