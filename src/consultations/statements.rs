//! Which statements of a `statements` question one person sees: a small pure function any
//! channel (pages, API clients, text messages) can call to list a person's statements.
use std::collections::BTreeMap;

use super::definition::{Question, Statement};

/// The statements shown to one person, at most [`Question::statements_shown`]: the seed
/// statements first (in the facilitator's order), then those young people added, the
/// least-voted first so that new statements get votes. Ties (and, when there are more seed
/// statements than places, the seed statements themselves) are broken by a hash of `seed`
/// and the code, so the same journey sees the same statements. `seed` must carry nothing
/// identifying (a random submission id does); `votes` is votes so far by statement code.
pub fn choose<'a>(q: &'a Question, votes: &BTreeMap<String, u64>, seed: u64) -> Vec<&'a Statement> {
    let places = q.statements_shown();
    let rank = |s: &Statement| (votes.get(&s.code).copied().unwrap_or(0), mix(seed, &s.code));
    let mut seeded: Vec<(usize, &Statement)> = q
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.added)
        .collect();
    if seeded.len() > places {
        seeded.sort_by_key(|(_, s)| rank(s));
        seeded.truncate(places);
        seeded.sort_by_key(|(i, _)| *i);
    }
    let mut added: Vec<&Statement> = q.statements.iter().filter(|s| s.added).collect();
    added.sort_by_key(|s| rank(s));
    let mut chosen: Vec<&Statement> = seeded.into_iter().map(|(_, s)| s).collect();
    let left = places.saturating_sub(chosen.len());
    chosen.extend(added.into_iter().take(left));
    chosen
}

/// A seed for [`choose`] from a random submission id.
pub fn seed_of(id: &uuid::Uuid) -> u64 {
    let n = id.as_u128();
    (n >> 64) as u64 ^ n as u64
}

/// FNV-1a of the seed and the code: a stable order that differs between people.
fn mix(seed: u64, code: &str) -> u64 {
    seed.to_le_bytes()
        .iter()
        .chain(code.as_bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::QuestionKind;

    fn question(seeds: usize, added: usize, per_person: u32) -> Question {
        let mut q = Question::new("s", QuestionKind::Statements);
        q.statements_per_person = Some(per_person);
        for i in 0..seeds {
            q.statements.push(Statement {
                code: format!("s{i}"),
                ..Statement::default()
            });
        }
        for i in 0..added {
            q.statements.push(Statement {
                code: format!("n{i}"),
                added: true,
                ..Statement::default()
            });
        }
        q
    }

    fn codes(chosen: &[&Statement]) -> Vec<String> {
        chosen.iter().map(|s| s.code.clone()).collect()
    }

    #[test]
    fn seed_statements_come_first_then_the_least_voted_added_ones() {
        let q = question(3, 4, 5);
        let votes: BTreeMap<String, u64> = [
            ("n0".into(), 9),
            ("n1".into(), 0),
            ("n2".into(), 4),
            ("n3".into(), 1),
        ]
        .into();
        let chosen = codes(&choose(&q, &votes, 42));
        assert_eq!(chosen, ["s0", "s1", "s2", "n1", "n3"]);
    }

    #[test]
    fn the_choice_is_the_same_for_the_same_seed_and_at_most_the_setting() {
        let q = question(30, 10, 20);
        let votes = BTreeMap::new();
        let a = codes(&choose(&q, &votes, 7));
        assert_eq!(a.len(), 20);
        assert_eq!(a, codes(&choose(&q, &votes, 7)));
        let others = (0..20).map(|s| codes(&choose(&q, &votes, s)));
        assert!(
            others.into_iter().any(|b| b != a),
            "people see different statements"
        );
    }
}
