//! Ranking by moves: the order a young person gives, carried in the form as one place per
//! item (`r:{key}:{code}` = `1`, `2`… or empty for an item left unranked), changed by the
//! "move up", "move down", "add to my ranking" and "take out" buttons. Without JavaScript
//! each button posts the form, which comes back in the new order with every other answer
//! as typed; with JavaScript the same moves happen in the page (see `app.js`).
use super::journey::rank_name;
use crate::{
    consultations::definition::{Definition, Question, QuestionKind},
    web::forms::FormData,
};

/// One move, as a button's `action` value: `rank:{move}:{key}:{code}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    /// Into the ranking, at its end (when a place is left).
    In,
    /// Out of the ranking.
    Out,
}

impl Move {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "up" => Self::Up,
            "down" => Self::Down,
            "in" => Self::In,
            "out" => Self::Out,
            _ => return None,
        })
    }
}

/// The `action` value of a button moving `code` of question `key`.
pub fn action(m: &str, key: &str, code: &str) -> String {
    format!("rank:{m}:{key}:{code}")
}

/// The codes ranked in `form`, best first: items with a whole place, ordered by place (then
/// by option order); anything else is unranked.
pub fn ranked_in_form(q: &Question, form: &FormData) -> Vec<String> {
    let mut ranked: Vec<(usize, usize, &str)> = q
        .options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let place = form.opt(&rank_name(&q.key, &o.code))?.trim().parse().ok()?;
            (place > 0).then_some((place, i, o.code.as_str()))
        })
        .collect();
    ranked.sort_unstable();
    ranked
        .into_iter()
        .map(|(_, _, c)| c.to_owned())
        .take(q.rank_places())
        .collect()
}

/// Applies the move an `action` value names to `form` (places renumbered 1, 2, …).
/// Returns false when the value names no ranking question or item of `def`.
pub fn apply(def: &Definition, form: &mut FormData, action: &str) -> bool {
    let Some(rest) = action.strip_prefix("rank:") else {
        return false;
    };
    let Some((word, rest)) = rest.split_once(':') else {
        return false;
    };
    let Some(m) = Move::parse(word) else {
        return false;
    };
    let found = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .filter(|q| q.kind == QuestionKind::Ranking)
        .find_map(|q| {
            let code = rest.strip_prefix(q.key.as_str())?.strip_prefix(':')?;
            q.option(code).map(|o| (q, o.code.clone()))
        });
    let Some((q, code)) = found else {
        return false;
    };
    let order = moved(ranked_in_form(q, form), &code, m, q.rank_places());
    for o in &q.options {
        let name = rank_name(&q.key, &o.code);
        let place = order
            .iter()
            .position(|c| *c == o.code)
            .map(|i| (i + 1).to_string())
            .unwrap_or_default();
        form.0.retain(|(n, _)| *n != name);
        form.0.push((name, place));
    }
    true
}

/// `order` after moving `code` (at most `places` ranked).
fn moved(mut order: Vec<String>, code: &str, m: Move, places: usize) -> Vec<String> {
    let at = order.iter().position(|c| c == code);
    match (m, at) {
        (Move::Up, Some(i)) if i > 0 => order.swap(i, i - 1),
        (Move::Down, Some(i)) if i + 1 < order.len() => order.swap(i, i + 1),
        (Move::In, None) if order.len() < places => order.push(code.to_owned()),
        (Move::Out, Some(i)) => {
            order.remove(i);
        }
        _ => {}
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::{Choice, Section};

    fn def() -> Definition {
        let mut q = Question::new("top", QuestionKind::Ranking);
        q.options = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|c| Choice {
                code: (*c).to_owned(),
                ..Choice::default()
            })
            .collect();
        q.max_choices = Some(3);
        let mut d = Definition::default();
        d.sections.push(Section {
            questions: vec![q],
            ..Section::default()
        });
        d
    }

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    fn order(d: &Definition, f: &FormData) -> Vec<String> {
        ranked_in_form(&d.sections[0].questions[0], f)
    }

    #[test]
    fn moves_renumber_the_places_and_keep_the_other_answers() {
        let d = def();
        let mut f = form(&[("r:top:c", "1"), ("r:top:a", "3"), ("a:name", "Sam")]);
        assert!(apply(&d, &mut f, "rank:up:top:a"));
        assert_eq!(order(&d, &f), ["a", "c"]);
        assert_eq!(f.get("r:top:a"), "1");
        assert_eq!(f.get("r:top:c"), "2");
        assert_eq!(f.get("a:name"), "Sam");
        assert!(apply(&d, &mut f, "rank:in:top:e"));
        assert!(apply(&d, &mut f, "rank:in:top:b"));
        assert_eq!(order(&d, &f), ["a", "c", "e"], "the top 3 only");
        assert!(apply(&d, &mut f, "rank:down:top:e"));
        assert_eq!(order(&d, &f), ["a", "c", "e"], "the last stays last");
        assert!(apply(&d, &mut f, "rank:out:top:c"));
        assert_eq!(order(&d, &f), ["a", "e"]);
        assert_eq!(f.get("r:top:c"), "");
    }

    #[test]
    fn unknown_moves_change_nothing() {
        let d = def();
        let mut f = form(&[("r:top:a", "1")]);
        for bad in ["next", "rank:up:top:x", "rank:fly:top:a", "rank:up:other:a"] {
            assert!(!apply(&d, &mut f, bad), "{bad}");
        }
        assert_eq!(order(&d, &f), ["a"]);
    }
}
