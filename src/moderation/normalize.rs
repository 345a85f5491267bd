//! Text normalisation for matching: one canonical spelling for the many ways a word can be
//! written, so that a pattern list catches "KIIILL", "k1ll", "kіll" (Cyrillic і), "k\u{200b}ill",
//! "k i l l" and "kíll" alike. The result is for matching only and is never shown or stored.
use unicode_normalization::UnicodeNormalization;

/// The result of [`normalize_detailed`]: the normalised text and the words that were written
/// with spaces between their letters ("k i l l m y s e l f" gives `killmyself`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Normalized {
    pub text: String,
    pub joined: Vec<String>,
}

/// Normalises `text` for matching against pattern lists. In order:
///
/// - invisible characters (zero-width, bidi controls, soft hyphen, variation selectors)
///   are dropped, then Unicode NFKC (full-width letters and digits, ligatures, styled
///   mathematical and circled letters) and lowercase;
/// - combining diacritics are removed (`é` → `e`, `ё` → `е`, Zalgo stacks), except the breve
///   of `й`; `ß`, `æ`, `œ`, `ø`, `ł` are spelled out;
/// - Arabic: alef variants → `ا`, `ة` → `ه`, hamza carriers → their letter, tatweel and
///   harakat removed, Arabic-Indic digits → `0-9`; `ى` stays apart from `ي`, because
///   `على` "on" and `علي` "on me" differ only by it;
/// - look-alike letters are folded to the script of their word (`kіll` with a Cyrillic `і`
///   → `kill`), or of the whole text for words made only of look-alikes;
/// - leetspeak digits and `@`/`$` inside words (`k1ll`, `h4te`, `p@ss`), not in numbers
///   with a suffix (`3rd`, `14yo`);
/// - three or more repeats of a letter collapse to one (`kiiiill` → `kill`);
/// - three or more letters written with single separators are joined (`k i l l`, `d.i.e`).
pub fn normalize(text: &str) -> String {
    normalize_detailed(text).text
}

/// Like [`normalize`], also returning the words that were joined from spaced letters.
pub(crate) fn normalize_detailed(text: &str) -> Normalized {
    let nfkc: String = text.chars().filter(|c| !is_invisible(*c)).nfkc().collect();
    let folded = fold_chars(&nfkc.to_lowercase());
    let mut chars: Vec<char> = folded.nfc().collect();
    fold_words(&mut chars);
    let chars = collapse_repeats(&chars);
    let (chars, joined) = join_spaced_letters(&chars);
    Normalized {
        text: chars.into_iter().collect(),
        joined,
    }
}

/// Characters that render as nothing and only serve to break up words.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}')
}

/// Diacritics, Arabic letter variants, digits of other scripts and a few Latin letters that
/// NFKC leaves alone.
fn fold_chars(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut base = ' ';
    for c in lower.nfd() {
        if is_combining_mark(c) {
            // й is и + breve: the breve makes it another letter in Russian, so it stays.
            if c == '\u{0306}' && base == 'и' {
                out.push(c);
            }
            continue;
        }
        base = c;
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            _ => out.push(fold_char(c)),
        }
    }
    out.chars().filter(|c| !is_arabic_strippable(*c)).collect()
}

/// One-to-one foldings: apostrophes, Arabic letters, foreign digits, stroked Latin letters.
fn fold_char(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | 'ʻ' | '′' | '＇' => '\'',
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ة' => 'ه',
        'ی' | 'ې' => 'ي',
        'ک' => 'ك',
        '٠'..='٩' => digit(c as u32 - 0x0660),
        '۰'..='۹' => digit(c as u32 - 0x06F0),
        'ø' => 'o',
        'ł' => 'l',
        'đ' | 'ð' => 'd',
        'ı' => 'i',
        'ɑ' => 'a',
        'ɡ' => 'g',
        _ => c,
    }
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// Combining diacritical marks of the Latin, Greek and Cyrillic scripts (and Zalgo stacks).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Arabic tatweel and harakat (short vowels, shadda, sukun, Quranic marks).
fn is_arabic_strippable(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
}

fn is_latin(c: char) -> bool {
    c.is_ascii_lowercase() || matches!(c, 'à'..='ÿ' | 'ā'..='ʯ')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}')
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}')
}

/// Cyrillic letters that look like a Latin letter in lowercase.
fn cyrillic_to_latin(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'е' | 'ё' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'к' => 'k',
        'і' | 'ї' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ӏ' => 'l',
        'ɡ' => 'g',
        _ => return None,
    })
}

/// Latin letters that look like a Cyrillic letter in lowercase.
fn latin_to_cyrillic(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'c' => 'с',
        'y' => 'у',
        'x' => 'х',
        'k' => 'к',
        'm' => 'м',
        _ => return None,
    })
}

/// Greek letters that look like a Latin letter in lowercase.
fn greek_to_latin(c: char) -> Option<char> {
    Some(match c {
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'ω' => 'w',
        'γ' => 'y',
        'η' => 'n',
        'ς' | 'σ' => 's',
        _ => return None,
    })
}

/// Whether `c` has a look-alike in `script`.
fn looks_like(c: char, script: Script) -> bool {
    match script {
        Script::Latin => cyrillic_to_latin(c).is_some() || greek_to_latin(c).is_some(),
        Script::Cyrillic => latin_to_cyrillic(c).is_some() || greek_to_latin(c).is_some(),
    }
}

/// The script most letters of the whole text are written in (Latin when undecided).
fn dominant_script(chars: &[char]) -> Script {
    let latin = chars.iter().filter(|c| is_latin(**c)).count();
    let cyrillic = chars.iter().filter(|c| is_cyrillic(**c)).count();
    if cyrillic > latin {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

/// Folds look-alike letters and leetspeak word by word.
fn fold_words(chars: &mut [char]) {
    let text_script = dominant_script(chars);
    let mut start = 0;
    while start < chars.len() {
        if !is_word_char(chars[start]) {
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|i| !is_word_char(chars[*i]))
            .unwrap_or(chars.len());
        let word = &mut chars[start..end];
        let script = word_script(word, text_script);
        fold_homoglyphs(word, script);
        fold_leet(word, script);
        start = end;
    }
}

/// Letters, digits, and the `@`/`$` that leetspeak puts inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '@' || c == '$'
}

/// The script a word is folded to: the majority of its Latin/Cyrillic letters, or the text's
/// script when the word is made only of letters that look like the text's script.
fn word_script(word: &[char], text_script: Script) -> Script {
    let letters: Vec<char> = word
        .iter()
        .copied()
        .filter(|c| is_latin(*c) || is_cyrillic(*c) || is_greek(*c))
        .collect();
    if letters.is_empty() {
        return text_script;
    }
    let all_look_alike = letters
        .iter()
        .all(|c| looks_like(*c, text_script) || in_script(*c, text_script));
    if all_look_alike {
        return text_script;
    }
    let latin = letters.iter().filter(|c| is_latin(**c)).count();
    let cyrillic = letters.iter().filter(|c| is_cyrillic(**c)).count();
    match latin.cmp(&cyrillic) {
        std::cmp::Ordering::Greater => Script::Latin,
        std::cmp::Ordering::Less => Script::Cyrillic,
        std::cmp::Ordering::Equal => text_script,
    }
}

fn in_script(c: char, script: Script) -> bool {
    match script {
        Script::Latin => is_latin(c),
        Script::Cyrillic => is_cyrillic(c),
    }
}

fn fold_homoglyphs(word: &mut [char], script: Script) {
    for c in word.iter_mut() {
        let latin = greek_to_latin(*c).unwrap_or(*c);
        *c = match script {
            Script::Latin => cyrillic_to_latin(latin).unwrap_or(latin),
            Script::Cyrillic => latin_to_cyrillic(latin).unwrap_or(latin),
        };
    }
}

/// Replaces digits and symbols standing for letters, when the word is mostly letters and is
/// not a number with a short suffix (`3rd`, `14yo`, `5g`, `100km`).
fn fold_leet(word: &mut [char], script: Script) {
    let letters = word.iter().filter(|c| c.is_alphabetic()).count();
    let leet = word.len() - letters;
    let digits_first = word.iter().take_while(|c| c.is_ascii_digit()).count();
    let number_with_suffix =
        digits_first > 0 && digits_first + letters == word.len() && letters <= 3;
    if letters < 2 || leet == 0 || leet > letters || number_with_suffix {
        return;
    }
    let last = word.len() - 1;
    for i in 0..word.len() {
        // A leading `@` is a handle and `$` before a digit a price: leave those alone.
        let keep = match word[i] {
            '@' => i == 0 || i == last,
            '$' => word.get(i + 1).is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
        if let Some(letter) = leet_letter(word[i], script).filter(|_| !keep) {
            word[i] = letter;
        }
    }
}

fn leet_letter(c: char, script: Script) -> Option<char> {
    match script {
        Script::Latin => Some(match c {
            '0' => 'o',
            '1' => 'i',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            _ => return None,
        }),
        Script::Cyrillic => Some(match c {
            '0' => 'о',
            '3' => 'з',
            '4' => 'ч',
            '6' => 'б',
            '@' => 'а',
            _ => return None,
        }),
    }
}

/// Chinese and Japanese characters: each counts as a word of its own.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// Collapses three or more repeats of the same letter to one (`kiiiill` → `kill`); digits and
/// Chinese characters are kept as written.
fn collapse_repeats(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|x| **x == c).count();
        let keep = if run >= 3 && c.is_alphabetic() && !is_cjk(c) {
            1
        } else {
            run
        };
        out.extend(std::iter::repeat_n(c, keep));
        i += run;
    }
    out
}

/// One-letter words of the six languages: a run made only of these is ordinary text
/// ("а я в …"), not a spelled-out word.
const ONE_LETTER_WORDS: &[char] = &[
    'a', 'i', 'o', 'y', 'e', 'u', 'à', 'а', 'в', 'и', 'к', 'о', 'с', 'у', 'я',
];

/// Separators people put between the letters of a word to hide it.
fn is_letter_separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '-' | '_' | '*' | '·' | '|' | '/' | '+')
}

/// Joins three or more single letters separated by one separator each (`k i l l` → `kill`).
fn join_spaced_letters(chars: &[char]) -> (Vec<char>, Vec<String>) {
    let mut out = Vec::with_capacity(chars.len());
    let mut joined = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let letters = spaced_run(chars, i);
        let plain = letters.iter().all(|c| ONE_LETTER_WORDS.contains(c));
        if letters.len() >= 3 && !plain {
            joined.push(letters.iter().collect());
            out.extend(&letters);
            i += letters.len() * 2 - 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    (out, joined)
}

/// The letters of a spaced run starting at `i` (empty when `i` does not start one).
fn spaced_run(chars: &[char], i: usize) -> Vec<char> {
    let single = |j: usize| {
        chars.get(j).is_some_and(|c| c.is_alphabetic())
            && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
            && (j == 0 || !chars[j - 1].is_alphanumeric())
    };
    let mut letters = Vec::new();
    let mut j = i;
    while single(j) {
        letters.push(chars[j]);
        if !chars.get(j + 1).is_some_and(|c| is_letter_separator(*c)) {
            break;
        }
        j += 2;
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_width_and_styled_letters_are_folded() {
        assert_eq!(normalize("HELLO"), "hello");
        assert_eq!(normalize("ｈｅｌｌｏ １２３"), "hello 123");
        assert_eq!(normalize("𝐤𝐢𝐥𝐥"), "kill");
        assert_eq!(normalize("ⓚⓘⓛⓛ"), "kill");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(normalize("ki\u{200b}ll"), "kill");
        assert_eq!(normalize("k\u{200d}i\u{2060}l\u{feff}l"), "kill");
        assert_eq!(normalize("\u{202e}die\u{202c}"), "die");
        assert_eq!(normalize("su\u{00ad}icide"), "suicide");
    }

    #[test]
    fn latin_diacritics_are_removed_but_cyrillic_short_i_is_kept() {
        assert_eq!(normalize("Élève à l’école"), "eleve a l'ecole");
        assert_eq!(normalize("niño pequeño"), "nino pequeno");
        assert_eq!(normalize("Zalgo k̷̢i̴̛l̸l̶"), "zalgo kill");
        assert_eq!(normalize("ещё мой"), "еще мой");
        assert_eq!(normalize("Straße œuvre"), "strasse oeuvre");
    }

    #[test]
    fn arabic_is_normalised() {
        assert_eq!(normalize("أريد أن أموت"), "اريد ان اموت");
        assert_eq!(normalize("إسمي"), "اسمي");
        assert_eq!(normalize("مدرسة"), "مدرسه");
        assert_eq!(normalize("مَدْرَسَةٌ"), "مدرسه");
        assert_eq!(normalize("مـــدرســة"), "مدرسه");
        assert_eq!(normalize("على علي"), "على علي");
        assert_eq!(normalize("٠١٢٣٤٥٦٧٨٩ ۴"), "0123456789 4");
    }

    #[test]
    fn look_alike_letters_follow_the_script_of_their_word() {
        // Cyrillic і and о in an English word.
        assert_eq!(normalize("kіll"), "kill");
        assert_eq!(normalize("i want tо dіe"), "i want to die");
        // Latin o and p in a Russian word.
        assert_eq!(normalize("хочу yмеpеть"), "хочу умереть");
        // A word made only of Cyrillic look-alikes inside English text.
        assert_eq!(normalize("this is ѕех"), "this is sex");
        // Greek letters in an English word.
        assert_eq!(normalize("κιll"), "kill");
        // Ordinary Russian and English words are left alone.
        assert_eq!(normalize("меня зовут Anna"), "меня зовут anna");
    }

    #[test]
    fn leetspeak_is_folded_inside_words_only() {
        assert_eq!(normalize("k1ll"), "kill");
        assert_eq!(normalize("h4te"), "hate");
        assert_eq!(normalize("p@ss w0rd"), "pass word");
        assert_eq!(normalize("$h1t 1diot"), "shit idiot");
        assert_eq!(normalize("$100 3rd 10th"), "$100 3rd 10th");
        assert_eq!(normalize("I am 14, born 2011"), "i am 14, born 2011");
        assert_eq!(normalize("@sam 5g 14yo"), "@sam 5g 14yo");
        assert_eq!(normalize("у6ью"), "убью");
    }

    #[test]
    fn repeated_letters_are_collapsed() {
        assert_eq!(normalize("kiiiill"), "kill");
        assert_eq!(normalize("soooo gooood"), "so god");
        assert_eq!(normalize("1000000"), "1000000");
        assert_eq!(normalize("哈哈哈"), "哈哈哈");
        assert_eq!(normalize("all good"), "all good");
    }

    #[test]
    fn spaced_letters_are_joined() {
        assert_eq!(normalize("i want to d i e"), "i want to die");
        assert_eq!(normalize("k.i.l.l me"), "kill me");
        assert_eq!(normalize("s-e-x"), "sex");
        let detailed = normalize_detailed("k i l l m y s e l f");
        assert_eq!(detailed.text, "killmyself");
        assert_eq!(detailed.joined, vec!["killmyself".to_string()]);
        // Ordinary one-letter words stay apart.
        assert_eq!(normalize("а я в школе"), "а я в школе");
        assert_eq!(normalize("il y a"), "il y a");
    }
}
