//! Step 7 of `consulta bench`: the opinion map's analysis (`aggregation::opinion`) of
//! 10,000 participants × 200 statements, each voting on 20 (`--quick`: 2,000 × 200), timed
//! in this process with no server or database involved.
use std::collections::BTreeMap;
use std::time::Instant;

use crate::aggregation::opinion::{Participant, Votes, analyse};

use super::Figure;

/// Participants and statements of the full measurement (the target size).
pub const PARTICIPANTS: usize = 10_000;
pub const STATEMENTS: usize = 200;
/// Votes each participant casts (on distinct statements, some drawn twice collapse).
const VOTES_EACH: usize = 20;

/// Synthetic votes: two camps (one third and two thirds) that mostly agree with their
/// camp's side of each statement, with some passes; seeded, so every run is the same.
pub fn synthetic(participants: usize, statements: usize) -> Votes {
    let mut state: u64 = 1;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        state >> 33
    };
    let participants = (0..participants)
        .map(|i| {
            let camp = if i % 3 == 0 { 1.0 } else { -1.0 };
            let votes = (0..VOTES_EACH)
                .map(|_| {
                    let j = (next() % statements as u64) as usize;
                    let v = match next() % 10 {
                        0 => 0.0,
                        1 | 2 => -camp,
                        _ => camp,
                    };
                    (j, if j.is_multiple_of(2) { v } else { -v })
                })
                .collect::<BTreeMap<usize, f64>>()
                .into_iter()
                .collect();
            let band = ["9-12", "13-15", "16-17"][i % 3];
            Participant {
                id: i as i64,
                votes,
                groups: [("age_band", band.to_owned())].into(),
            }
        })
        .collect();
    Votes {
        statements: (0..statements)
            .map(|j| (format!("s{j}"), format!("Statement {j}")))
            .collect(),
        participants,
    }
}

/// Times `runs` analyses; the target (< 2 s) is the issue's, for 10,000 × 200.
pub fn measure(quick: bool, runs: usize) -> Vec<Figure> {
    let n = if quick { 2_000 } else { PARTICIPANTS };
    let votes = synthetic(n, STATEMENTS);
    let mut seconds = Vec::new();
    let mut groups = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let analysis = analyse(&votes, 10);
        seconds.push(start.elapsed().as_secs_f64());
        groups = analysis.groups.len();
    }
    let name = format!("analysis of {n} × {STATEMENTS} ({groups} groups)");
    let figure = Figure::of("7 opinion map", &name, "s", &seconds);
    vec![if quick {
        figure
    } else {
        figure.target("< 2 s", |v| v < 2.0)
    }]
}
