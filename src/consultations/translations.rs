//! Every translatable text of a consultation, addressed by a stable path built from keys
//! (`texts.title`, `sections.{key}.title`, `questions.{key}.text`, `questions.{key}.help`,
//! `questions.{key}.easy_read.{band}`, `questions.{key}.options.{code}.label`,
//! `settings.results_note`), and which translations are missing or stale.
//!
//! A translation is *stale* when the default-language text changed after it was written:
//! each save records, per path and language, a hash of the source text the translation was
//! made from ([`Definition::translation_sources`]).
use sha2::{Digest, Sha256};

use super::{
    definition::{Definition, LocalText, text_in},
    rules::limits,
};
use crate::i18n::{Arg, Locale};

/// One translatable text.
#[derive(Clone, Debug)]
pub struct Slot<'a> {
    pub path: String,
    pub text: &'a LocalText,
    /// Written in a text area (several lines) rather than a one-line field.
    pub multiline: bool,
    /// Most characters.
    pub max: usize,
}

/// Every translatable text in reading order (empty ones included).
pub fn slots(def: &Definition) -> Vec<Slot<'_>> {
    let slot = |path: String, text, multiline, max| Slot {
        path,
        text,
        multiline,
        max,
    };
    let t = &def.texts;
    let mut out = vec![
        slot("texts.title".into(), &t.title, false, limits::TITLE),
        slot(
            "texts.introduction".into(),
            &t.introduction,
            true,
            limits::LONG_TEXT,
        ),
        slot(
            "texts.data_use".into(),
            &t.data_use,
            true,
            limits::LONG_TEXT,
        ),
        slot("texts.closing".into(), &t.closing, true, limits::LONG_TEXT),
    ];
    for section in &def.sections {
        out.push(slot(
            format!("sections.{}.title", section.key),
            &section.title,
            false,
            limits::TITLE,
        ));
        for q in &section.questions {
            out.push(slot(
                format!("questions.{}.text", q.key),
                &q.text,
                true,
                limits::QUESTION,
            ));
            out.push(slot(
                format!("questions.{}.help", q.key),
                &q.help,
                false,
                limits::HELP,
            ));
            for band in &def.settings.age_bands {
                if let Some(text) = q.easy_read.get(&band.code) {
                    out.push(slot(
                        format!("questions.{}.easy_read.{}", q.key, band.code),
                        text,
                        true,
                        limits::QUESTION,
                    ));
                }
            }
            for option in &q.options {
                out.push(slot(
                    format!("questions.{}.options.{}.label", q.key, option.code),
                    &option.label,
                    false,
                    limits::OPTION_LABEL,
                ));
            }
            // Seed statements are translated; an added one stays in its writer's language.
            for st in q.statements.iter().filter(|st| !st.added) {
                out.push(slot(
                    format!("questions.{}.statements.{}.text", q.key, st.code),
                    &st.text,
                    false,
                    limits::OPTION_LABEL,
                ));
            }
        }
    }
    out.push(slot(
        "settings.results_note".into(),
        &def.settings.results_note,
        true,
        limits::NOTE,
    ));
    out.push(slot(
        "texts.feedback".into(),
        &t.feedback,
        true,
        limits::LONG_TEXT,
    ));
    out
}

/// The text at `path`, to change it.
pub fn slot_mut<'a>(def: &'a mut Definition, path: &str) -> Option<&'a mut LocalText> {
    match path {
        "texts.title" => return Some(&mut def.texts.title),
        "texts.introduction" => return Some(&mut def.texts.introduction),
        "texts.data_use" => return Some(&mut def.texts.data_use),
        "texts.closing" => return Some(&mut def.texts.closing),
        "texts.feedback" => return Some(&mut def.texts.feedback),
        "settings.results_note" => return Some(&mut def.settings.results_note),
        _ => {}
    }
    if let Some(rest) = path.strip_prefix("sections.") {
        let key = rest.strip_suffix(".title")?;
        return def
            .sections
            .iter_mut()
            .find(|s| s.key == key)
            .map(|s| &mut s.title);
    }
    let rest = path.strip_prefix("questions.")?;
    let (key, field) = rest.split_once('.')?;
    let q = def.question_mut(key)?;
    match field {
        "text" => Some(&mut q.text),
        "help" => Some(&mut q.help),
        _ => {
            if let Some(band) = field.strip_prefix("easy_read.") {
                q.easy_read.get_mut(band)
            } else if let Some(rest) = field.strip_prefix("statements.") {
                let code = rest.strip_suffix(".text")?;
                q.statements
                    .iter_mut()
                    .find(|st| st.code == code)
                    .map(|st| &mut st.text)
            } else {
                let code = field.strip_prefix("options.")?.strip_suffix(".label")?;
                q.options
                    .iter_mut()
                    .find(|o| o.code == code)
                    .map(|o| &mut o.label)
            }
        }
    }
}

/// What a path names, in the reader's language ("the help text of question feel_safe").
pub fn describe(path: &str, l: &Locale) -> String {
    let simple = match path {
        "texts.title" => Some("cn-slot-title"),
        "texts.introduction" => Some("cn-slot-introduction"),
        "texts.data_use" => Some("cn-slot-data-use"),
        "texts.closing" => Some("cn-slot-closing"),
        "texts.feedback" => Some("cn-slot-feedback"),
        "settings.results_note" => Some("cn-slot-results-note"),
        _ => None,
    };
    if let Some(key) = simple {
        return l.t(key);
    }
    if let Some(key) = path
        .strip_prefix("sections.")
        .and_then(|r| r.strip_suffix(".title"))
    {
        return l.t_args("cn-slot-section-title", &[("section", Arg::Str(key))]);
    }
    let Some((key, field)) = path
        .strip_prefix("questions.")
        .and_then(|r| r.split_once('.'))
    else {
        return path.to_owned();
    };
    let q = Arg::Str(key);
    match field {
        "text" => l.t_args("cn-slot-question-text", &[("question", q)]),
        "help" => l.t_args("cn-slot-question-help", &[("question", q)]),
        _ => {
            if let Some(band) = field.strip_prefix("easy_read.") {
                l.t_args(
                    "cn-slot-easy-read",
                    &[("question", q), ("band", Arg::Str(band))],
                )
            } else if let Some(code) = field
                .strip_prefix("options.")
                .and_then(|r| r.strip_suffix(".label"))
            {
                l.t_args(
                    "cn-slot-option-label",
                    &[("question", q), ("code", Arg::Str(code))],
                )
            } else if let Some(code) = field
                .strip_prefix("statements.")
                .and_then(|r| r.strip_suffix(".text"))
            {
                l.t_args(
                    "cn-slot-statement",
                    &[("question", q), ("code", Arg::Str(code))],
                )
            } else {
                path.to_owned()
            }
        }
    }
}

/// What is recorded of a source text: the start of its SHA-256.
pub fn source_hash(text: &str) -> String {
    hex::encode(&Sha256::digest(text.trim().as_bytes())[..8])
}

/// Where a translation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TextState {
    /// The default language has no text here, so nothing to translate.
    NotNeeded,
    Missing,
    /// Written for an older version of the default-language text.
    Stale,
    Current,
}

/// The state of the text at `slot` in `lang`.
pub fn state(def: &Definition, slot: &Slot<'_>, lang: &str) -> TextState {
    let source = text_in(slot.text, &def.default_language);
    let text = text_in(slot.text, lang);
    if lang == def.default_language {
        let required = matches!(
            slot.path.as_str(),
            "texts.title" | "texts.introduction" | "texts.data_use" | "texts.closing"
        ) || slot.path.ends_with(".text")
            || slot.path.ends_with(".label");
        return match (text.trim().is_empty(), required) {
            (true, true) => TextState::Missing,
            (true, false) => TextState::NotNeeded,
            (false, _) => TextState::Current,
        };
    }
    if source.trim().is_empty() {
        return TextState::NotNeeded;
    }
    if text.trim().is_empty() {
        return TextState::Missing;
    }
    let recorded = def
        .translation_sources
        .get(&slot.path)
        .and_then(|m| m.get(lang));
    match recorded {
        Some(hash) if *hash != source_hash(source) => TextState::Stale,
        _ => TextState::Current,
    }
}

/// How far one language is.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct LanguageProgress {
    pub language: String,
    pub is_default: bool,
    /// Texts to write in this language.
    pub total: usize,
    pub missing: usize,
    pub stale: usize,
}

/// Progress of every enabled language, the default one first. The "what we did" feedback
/// counts only once it is written in the default language.
pub fn progress(def: &Definition) -> Vec<LanguageProgress> {
    let slots = slots(def);
    def.languages_default_first()
        .into_iter()
        .map(|lang| {
            let states: Vec<TextState> = slots.iter().map(|s| state(def, s, &lang)).collect();
            LanguageProgress {
                is_default: lang == def.default_language,
                total: states
                    .iter()
                    .filter(|s| **s != TextState::NotNeeded)
                    .count(),
                missing: states.iter().filter(|s| **s == TextState::Missing).count(),
                stale: states.iter().filter(|s| **s == TextState::Stale).count(),
                language: lang,
            }
        })
        .collect()
}

/// Records which source each translation was made from, comparing the definition before
/// and after a save: a translation written or changed now was made from today's source; a
/// translation with no record yet is taken to match the source it stood beside before the
/// save (so changing the source then makes it stale). Records of texts that are gone or
/// empty are dropped. Changing the default language starts the records afresh.
pub fn track(old: &Definition, new: &mut Definition) {
    let default = new.default_language.clone();
    let reset = old.default_language != default;
    let old_slots: std::collections::BTreeMap<String, LocalText> = slots(old)
        .into_iter()
        .map(|s| (s.path, s.text.clone()))
        .collect();
    let mut records = std::collections::BTreeMap::new();
    for slot in slots(new) {
        let source = text_in(slot.text, &default);
        if source.trim().is_empty() {
            continue;
        }
        let before = old_slots.get(&slot.path);
        let mut per_lang = std::collections::BTreeMap::new();
        for (lang, text) in slot.text {
            if *lang == default || text.trim().is_empty() {
                continue;
            }
            let previous = before.map(|t| text_in(t, lang));
            let existing = new
                .translation_sources
                .get(&slot.path)
                .and_then(|m| m.get(lang));
            let hash = if reset || previous != Some(text.as_str()) {
                source_hash(source)
            } else if let Some(hash) = existing {
                hash.clone()
            } else {
                let old_source = before.map_or(source, |t| text_in(t, &default));
                source_hash(old_source)
            };
            per_lang.insert(lang.clone(), hash);
        }
        if !per_lang.is_empty() {
            records.insert(slot.path, per_lang);
        }
    }
    new.translation_sources = records;
}

/// Marks the translation at `path` in `lang` as made from today's source ("still right").
pub fn confirm(def: &mut Definition, path: &str, lang: &str) {
    let default = def.default_language.clone();
    let Some(source) = slots(def)
        .into_iter()
        .find(|s| s.path == path)
        .map(|s| text_in(s.text, &default).to_owned())
    else {
        return;
    };
    def.translation_sources
        .entry(path.to_owned())
        .or_default()
        .insert(lang.to_owned(), source_hash(&source));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::{Choice, Question, QuestionKind, Section};

    fn sample() -> Definition {
        let mut d = Definition::new(vec!["en".into(), "fr".into()], "en", "Safety");
        let mut q = Question::new("feel_safe", QuestionKind::Scale);
        q.text.insert("en".into(), "I feel safe online.".into());
        q.options = vec![Choice {
            code: "agree".into(),
            label: [("en".to_owned(), "Agree".to_owned())].into(),
            ..Choice::default()
        }];
        d.sections.push(Section {
            key: "s1".into(),
            title: LocalText::new(),
            questions: vec![q],
        });
        d
    }

    #[test]
    fn paths_reach_every_text_and_back() {
        let mut d = sample();
        let paths: Vec<String> = slots(&d).into_iter().map(|s| s.path).collect();
        assert!(paths.contains(&"questions.feel_safe.options.agree.label".to_owned()));
        for path in &paths {
            assert!(slot_mut(&mut d, path).is_some(), "{path}");
        }
        assert!(slot_mut(&mut d, "questions.nope.text").is_none());
        let l = Locale::new("en");
        assert!(describe("questions.feel_safe.help", &l).contains("feel_safe"));
    }

    #[test]
    fn a_translation_goes_stale_when_its_source_changes_and_fresh_when_confirmed() {
        let before = sample();
        let mut translated = before.clone();
        translated.sections[0].questions[0]
            .text
            .insert("fr".into(), "Je me sens en sécurité en ligne.".into());
        track(&before, &mut translated);
        let path = "questions.feel_safe.text";
        let slot_state = |d: &Definition| {
            let slot = slots(d).into_iter().find(|s| s.path == path).unwrap();
            state(d, &slot, "fr")
        };
        assert_eq!(slot_state(&translated), TextState::Current);

        let mut edited = translated.clone();
        edited.sections[0].questions[0]
            .text
            .insert("en".into(), "I feel safe when I am online.".into());
        track(&translated, &mut edited);
        assert_eq!(slot_state(&edited), TextState::Stale);
        let p = progress(&edited);
        assert_eq!((p[1].language.as_str(), p[1].stale), ("fr", 1));

        let mut confirmed = edited.clone();
        confirm(&mut confirmed, path, "fr");
        assert_eq!(slot_state(&confirmed), TextState::Current);

        let mut unrecorded = edited.clone();
        unrecorded.translation_sources.clear();
        let mut changed_again = unrecorded.clone();
        changed_again.sections[0].questions[0]
            .text
            .insert("en".into(), "Online, I feel safe.".into());
        track(&unrecorded, &mut changed_again);
        assert_eq!(slot_state(&changed_again), TextState::Stale);
    }
}
