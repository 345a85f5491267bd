//! Changes to a definition, shared by the pages and the JSON API: add, change, delete and
//! move sections, questions and options. Each returns the issues that stop it; the whole
//! definition is validated afterwards by [`super::authoring::edit`].
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    definition::{Definition, LocalText, Question, Section},
    rules::Issue,
};

/// Up (earlier) or down (later).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            _ => None,
        }
    }
}

fn missing_section(key: &str) -> Vec<Issue> {
    vec![Issue::new("section", "cn-v-section-missing").arg("key", key)]
}

fn missing_question(key: &str) -> Vec<Issue> {
    vec![Issue::new("question", "cn-v-question-missing").arg("key", key)]
}

/// Adds a section at `position` (the end when `None` or beyond).
///
/// # Errors
/// A section with that key exists.
pub fn add_section(
    def: &mut Definition,
    section: Section,
    position: Option<usize>,
) -> Result<(), Vec<Issue>> {
    if def.section_index(&section.key).is_some() {
        return Err(vec![
            Issue::new("key", "cn-v-key-duplicate").arg("key", &*section.key),
        ]);
    }
    let at = position
        .unwrap_or(def.sections.len())
        .min(def.sections.len());
    def.sections.insert(at, section);
    Ok(())
}

/// Changes a section's key and title (its questions stay).
///
/// # Errors
/// No such section; the new key is taken.
pub fn update_section(
    def: &mut Definition,
    key: &str,
    new_key: &str,
    title: LocalText,
) -> Result<(), Vec<Issue>> {
    let index = def.section_index(key).ok_or_else(|| missing_section(key))?;
    if new_key != key && def.section_index(new_key).is_some() {
        return Err(vec![
            Issue::new("key", "cn-v-key-duplicate").arg("key", new_key),
        ]);
    }
    let section = &mut def.sections[index];
    section.key = new_key.to_owned();
    section.title = title;
    Ok(())
}

/// Deletes a section and its questions.
///
/// # Errors
/// No such section; a question elsewhere depends on one of its questions.
pub fn delete_section(def: &mut Definition, key: &str) -> Result<(), Vec<Issue>> {
    let index = def.section_index(key).ok_or_else(|| missing_section(key))?;
    let keys: Vec<String> = def.sections[index]
        .questions
        .iter()
        .map(|q| q.key.clone())
        .collect();
    let issues: Vec<Issue> = keys
        .iter()
        .flat_map(|k| dependents_outside(def, k, index))
        .collect();
    if !issues.is_empty() {
        return Err(issues);
    }
    def.sections.remove(index);
    Ok(())
}

/// Issues for questions outside section `section_index` whose condition uses `key`.
fn dependents_outside(def: &Definition, key: &str, section_index: usize) -> Vec<Issue> {
    def.sections
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != section_index)
        .flat_map(|(_, s)| s.questions.iter())
        .filter(|q| q.condition.as_ref().is_some_and(|c| c.question == key))
        .map(|q| {
            Issue::new("question", "cn-v-question-used")
                .arg("question", key)
                .arg("dependent", &*q.key)
        })
        .collect()
}

/// Moves a section one place.
///
/// # Errors
/// No such section.
pub fn move_section(def: &mut Definition, key: &str, dir: Direction) -> Result<(), Vec<Issue>> {
    let i = def.section_index(key).ok_or_else(|| missing_section(key))?;
    match dir {
        Direction::Up if i > 0 => def.sections.swap(i, i - 1),
        Direction::Down if i + 1 < def.sections.len() => def.sections.swap(i, i + 1),
        _ => {}
    }
    Ok(())
}

/// Adds a question to a section at `position` (the end when `None` or beyond).
///
/// # Errors
/// No such section; the key is taken.
pub fn add_question(
    def: &mut Definition,
    section_key: &str,
    question: Question,
    position: Option<usize>,
) -> Result<(), Vec<Issue>> {
    let index = def
        .section_index(section_key)
        .ok_or_else(|| missing_section(section_key))?;
    if def.question(&question.key).is_some() {
        return Err(vec![
            Issue::new("key", "cn-v-key-duplicate").arg("key", &*question.key),
        ]);
    }
    let questions = &mut def.sections[index].questions;
    let at = position.unwrap_or(questions.len()).min(questions.len());
    questions.insert(at, question);
    Ok(())
}

/// Replaces a question. A new key is carried to the conditions that use the question and
/// to its translation records.
///
/// # Errors
/// No such question; the new key is taken.
pub fn update_question(
    def: &mut Definition,
    key: &str,
    question: Question,
) -> Result<(), Vec<Issue>> {
    let (si, qi) = def
        .question_position(key)
        .ok_or_else(|| missing_question(key))?;
    let new_key = question.key.clone();
    if new_key != key {
        if def.question(&new_key).is_some() {
            return Err(vec![
                Issue::new("key", "cn-v-key-duplicate").arg("key", &*new_key),
            ]);
        }
        for q in def.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
            if let Some(c) = q.condition.as_mut().filter(|c| c.question == key) {
                c.question.clone_from(&new_key);
            }
        }
        let old_prefix = format!("questions.{key}.");
        let moved: Vec<String> = def
            .translation_sources
            .keys()
            .filter(|p| p.starts_with(&old_prefix))
            .cloned()
            .collect();
        for path in moved {
            if let Some(record) = def.translation_sources.remove(&path) {
                let renamed = format!("questions.{new_key}.{}", &path[old_prefix.len()..]);
                def.translation_sources.insert(renamed, record);
            }
        }
    }
    def.sections[si].questions[qi] = question;
    Ok(())
}

/// Deletes a question.
///
/// # Errors
/// No such question; another question's condition uses it.
pub fn delete_question(def: &mut Definition, key: &str) -> Result<(), Vec<Issue>> {
    let (si, qi) = def
        .question_position(key)
        .ok_or_else(|| missing_question(key))?;
    let used: Vec<Issue> = def
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.condition.as_ref().is_some_and(|c| c.question == key))
        .map(|q| {
            Issue::new("question", "cn-v-question-used")
                .arg("question", key)
                .arg("dependent", &*q.key)
        })
        .collect();
    if !used.is_empty() {
        return Err(used);
    }
    def.sections[si].questions.remove(qi);
    Ok(())
}

/// Moves a question one place; from the top or bottom of a section it goes to the end of
/// the previous section or the start of the next one.
///
/// # Errors
/// No such question.
pub fn move_question(def: &mut Definition, key: &str, dir: Direction) -> Result<(), Vec<Issue>> {
    let (si, qi) = def
        .question_position(key)
        .ok_or_else(|| missing_question(key))?;
    let len = def.sections[si].questions.len();
    match dir {
        Direction::Up if qi > 0 => def.sections[si].questions.swap(qi, qi - 1),
        Direction::Up if si > 0 => {
            let q = def.sections[si].questions.remove(qi);
            def.sections[si - 1].questions.push(q);
        }
        Direction::Down if qi + 1 < len => def.sections[si].questions.swap(qi, qi + 1),
        Direction::Down if si + 1 < def.sections.len() => {
            let q = def.sections[si].questions.remove(qi);
            def.sections[si + 1].questions.insert(0, q);
        }
        _ => {}
    }
    Ok(())
}

/// Moves option `index` of a question one place.
pub fn move_option(q: &mut Question, index: usize, dir: Direction) {
    match dir {
        Direction::Up if index > 0 && index < q.options.len() => q.options.swap(index, index - 1),
        Direction::Down if index + 1 < q.options.len() => q.options.swap(index, index + 1),
        _ => {}
    }
}

/// Writes texts of `lang` by path, then marks `confirm` paths as current.
///
/// # Errors
/// Issues for a language that is not enabled and for unknown paths.
pub fn set_translations(
    def: &mut Definition,
    lang: &str,
    texts: BTreeMap<String, String>,
    confirm: &[String],
) -> Result<(), Vec<Issue>> {
    if !def.has_language(lang) {
        return Err(vec![
            Issue::new("language", "cn-v-language-unknown").arg("code", lang),
        ]);
    }
    let mut issues = Vec::new();
    for (path, text) in texts {
        match super::translations::slot_mut(def, &path) {
            Some(slot) => {
                slot.insert(lang.to_owned(), text);
            }
            None => issues.push(Issue::new(path, "cn-v-text-path")),
        }
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    for path in confirm {
        super::translations::confirm(def, path, lang);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::{Condition, ConditionOperator, QuestionKind};

    fn def() -> Definition {
        let mut d = Definition::new(vec!["en".into()], "en", "T");
        for s in ["a", "b"] {
            add_section(
                &mut d,
                Section {
                    key: s.into(),
                    ..Section::default()
                },
                None,
            )
            .unwrap();
            for n in 1..=2 {
                let q = Question::new(&format!("{s}{n}"), QuestionKind::ShortText);
                add_question(&mut d, s, q, None).unwrap();
            }
        }
        d
    }

    fn order(d: &Definition) -> Vec<String> {
        d.questions()
            .map(|(s, q)| format!("{}:{}", s.key, q.key))
            .collect()
    }

    #[test]
    fn questions_move_across_section_borders() {
        let mut d = def();
        move_question(&mut d, "b1", Direction::Up).unwrap();
        assert_eq!(order(&d), ["a:a1", "a:a2", "a:b1", "b:b2"]);
        move_question(&mut d, "b1", Direction::Down).unwrap();
        move_question(&mut d, "b1", Direction::Down).unwrap();
        assert_eq!(order(&d), ["a:a1", "a:a2", "b:b2", "b:b1"]);
        move_question(&mut d, "b1", Direction::Down).unwrap();
        assert_eq!(order(&d), ["a:a1", "a:a2", "b:b2", "b:b1"]);
        move_section(&mut d, "b", Direction::Up).unwrap();
        assert_eq!(order(&d), ["b:b2", "b:b1", "a:a1", "a:a2"]);
    }

    #[test]
    fn renaming_a_question_carries_its_conditions_and_deleting_a_used_one_is_refused() {
        let mut d = def();
        d.question_mut("b1").unwrap().condition = Some(Condition {
            question: "a1".into(),
            operator: ConditionOperator::NotAnswered,
            value: None,
        });
        let mut renamed = d.question("a1").unwrap().clone();
        renamed.key = "first".into();
        update_question(&mut d, "a1", renamed).unwrap();
        assert_eq!(
            d.question("b1")
                .unwrap()
                .condition
                .as_ref()
                .unwrap()
                .question,
            "first"
        );
        let refused = delete_question(&mut d, "first").unwrap_err();
        assert_eq!(refused[0].key, "cn-v-question-used");
        assert_eq!(
            delete_section(&mut d, "a").unwrap_err()[0].key,
            "cn-v-question-used"
        );
        delete_question(&mut d, "b1").unwrap();
        delete_section(&mut d, "a").unwrap();
        assert_eq!(order(&d), ["b:b2"]);
    }
}
