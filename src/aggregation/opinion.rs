//! The opinion map of a `statements` question (pure: votes in, analysis out), after Pol.is.
//!
//! - **Matrix**: one row per participant, one column per statement; agree +1, disagree −1,
//!   pass 0, unseen missing. Participants with fewer than [`MIN_VOTES`] votes (or, with fewer
//!   statements, fewer votes than statements) are counted but left out of the map and the
//!   groups, as Pol.is does: a handful of votes places nobody.
//! - **Projection** (the Pol.is way with missing votes): a missing vote is imputed with the
//!   statement's mean vote among those who saw it (so it pulls nowhere), PCA reduces to two
//!   dimensions (computed on the sparse centred votes: see [`project`]), and each
//!   participant's point is then scaled by
//!   `sqrt(statements / votes cast)`, so that people who voted on few statements are not all
//!   drawn into the centre by the imputed means.
//! - **Groups**: k-means (linfa) on the two-dimensional points for k = 2..=5, seeded; k is the
//!   one with the best silhouette (linfa), computed on at most [`SILHOUETTE_SAMPLE`] points
//!   (a fixed, evenly spaced sample) because the silhouette costs n².
//! - **Representative statements** of a group: where its smoothed agree (or disagree) share
//!   most exceeds everyone else's — the ratio of shares times the group's share (Pol.is's
//!   "repness" without its significance test).
//! - **Consensus**: the product over groups of the smoothed agree share
//!   `(agree + 1) / (votes + 2)` — high only when every group agrees. The same measure over the
//!   demographic groups of a dimension (age band, country, gender, language) counts only
//!   groups of at least the threshold: a smaller one gives no figure.
//! - **Divisive**: the widest gap between groups' smoothed agree shares.
//!
//! The same votes always give the same result (fixed seeds, stable orders).
use std::collections::BTreeMap;

use linfa::prelude::*;
use linfa_clustering::KMeans;
use linfa_linalg::eigh::{EigSort, EighInto};
use ndarray::{Array1, Array2};
use rand_xoshiro::{Xoshiro256Plus, rand_core::SeedableRng};
use serde::Serialize;
use sprs::{CsMat, TriMat};
use utoipa::ToSchema;

/// Votes a participant needs to be placed on the map (fewer statements: all of them).
pub const MIN_VOTES: usize = 7;
/// The most points the silhouette is computed on.
pub const SILHOUETTE_SAMPLE: usize = 600;
/// The seed of k-means: the same data, the same groups.
const SEED: u64 = 23;
/// How many statements each list keeps.
const LIST: usize = 5;

/// The demographic dimensions consensus is also measured over.
pub const DIMENSIONS: [&str; 4] = ["age_band", "country", "gender", "language"];

/// One participant: votes by statement index, and their groups by dimension.
#[derive(Clone, Debug, Default)]
pub struct Participant {
    /// The caller's own key for the participant (a response id), carried through.
    pub id: i64,
    pub votes: Vec<(usize, f64)>,
    /// Dimension (one of [`DIMENSIONS`]) → the participant's value, when stated.
    pub groups: BTreeMap<&'static str, String>,
}

/// What the analysis needs: statements (code, text) and participants.
#[derive(Clone, Debug, Default)]
pub struct Votes {
    pub statements: Vec<(String, String)>,
    pub participants: Vec<Participant>,
}

/// A statement with its score in a list.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Scored {
    pub code: String,
    pub text: String,
    /// Consensus: product of smoothed agree shares (0–1). Representative: how much more the
    /// group agrees (or disagrees) than the others. Divisive: the gap between groups (0–1).
    pub score: f64,
    /// Representative statements: whether the group sets itself apart by agreeing or by
    /// disagreeing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<&'static str>,
}

/// An opinion group as found (sizes before any suppression).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: usize,
    pub size: u64,
    pub representative: Vec<Scored>,
    /// Where its members are on the map: the centre and spread (standard deviations).
    pub centre: (f64, f64),
    pub spread: (f64, f64),
}

/// Consensus over the groups of one demographic dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct DemographicConsensus {
    pub dimension: &'static str,
    /// Groups of at least the threshold (value, participants), in value order.
    pub groups: Vec<(String, u64)>,
    /// Groups left out because they are smaller than the threshold.
    pub left_out: usize,
    /// Best first; empty with fewer than two groups counted.
    pub statements: Vec<Scored>,
}

/// The whole analysis.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Analysis {
    /// Participants with at least one vote.
    pub participants: u64,
    pub votes: u64,
    /// Participants placed on the map (enough votes).
    pub placed: u64,
    pub groups: Vec<Group>,
    /// The silhouette of the chosen grouping (−1 to 1), when there are groups.
    pub silhouette: Option<f64>,
    pub consensus: Vec<Scored>,
    pub consensus_by: Vec<DemographicConsensus>,
    pub divisive: Vec<Scored>,
    /// Placed participants' points with their group, for the density map (never published
    /// one by one).
    pub points: Vec<(f64, f64, usize)>,
    /// Each participant's group by [`Participant::id`] (placed participants only).
    pub memberships: BTreeMap<i64, usize>,
}

impl Analysis {
    /// The same analysis with each statement's text given by `text(code)`: one analysis
    /// serves every language.
    #[must_use]
    pub fn relabelled(&self, text: impl Fn(&str) -> String) -> Self {
        let relabel = |list: &[Scored]| -> Vec<Scored> {
            list.iter()
                .map(|s| Scored {
                    text: text(&s.code),
                    ..s.clone()
                })
                .collect()
        };
        Self {
            groups: self
                .groups
                .iter()
                .map(|g| Group {
                    representative: relabel(&g.representative),
                    ..g.clone()
                })
                .collect(),
            consensus: relabel(&self.consensus),
            consensus_by: self
                .consensus_by
                .iter()
                .map(|d| DemographicConsensus {
                    statements: relabel(&d.statements),
                    ..d.clone()
                })
                .collect(),
            divisive: relabel(&self.divisive),
            ..self.clone()
        }
    }

    /// Without who is where: the points and memberships, which a summary shown to a room
    /// never needs.
    #[must_use]
    pub fn without_participants(mut self) -> Self {
        self.points = Vec::new();
        self.memberships = BTreeMap::new();
        self
    }
}

/// Agree, disagree and votes of a set of participants on each statement.
#[derive(Clone, Debug, Default)]
struct Tally {
    agree: Vec<u64>,
    disagree: Vec<u64>,
    votes: Vec<u64>,
}

impl Tally {
    fn new(m: usize) -> Self {
        Self {
            agree: vec![0; m],
            disagree: vec![0; m],
            votes: vec![0; m],
        }
    }

    fn add(&mut self, p: &Participant) {
        for &(j, v) in &p.votes {
            self.votes[j] += 1;
            if v > 0.5 {
                self.agree[j] += 1;
            } else if v < -0.5 {
                self.disagree[j] += 1;
            }
        }
    }

    /// Smoothed agree share: (agree + 1) / (votes + 2).
    fn agree_share(&self, j: usize) -> f64 {
        (self.agree[j] as f64 + 1.0) / (self.votes[j] as f64 + 2.0)
    }

    fn disagree_share(&self, j: usize) -> f64 {
        (self.disagree[j] as f64 + 1.0) / (self.votes[j] as f64 + 2.0)
    }
}

/// Analyses the votes; `threshold` is the smallest demographic group counted in
/// `consensus_by` (the consultation's suppression threshold).
pub fn analyse(input: &Votes, threshold: u64) -> Analysis {
    let m = input.statements.len();
    let voters: Vec<&Participant> = input
        .participants
        .iter()
        .filter(|p| !p.votes.is_empty())
        .collect();
    let mut analysis = Analysis {
        participants: voters.len() as u64,
        votes: voters.iter().map(|p| p.votes.len() as u64).sum(),
        ..Analysis::default()
    };
    if m == 0 {
        return analysis;
    }
    let needed = MIN_VOTES.min(m);
    let placed: Vec<&Participant> = voters
        .iter()
        .copied()
        .filter(|p| p.votes.len() >= needed)
        .collect();
    analysis.placed = placed.len() as u64;

    let mut tallies = Vec::new();
    if let Some((points, labels, silhouette)) = map_and_groups(&placed, m) {
        let k = labels.iter().max().map_or(0, |&g| g + 1);
        tallies = vec![Tally::new(m); k];
        for (p, &g) in placed.iter().zip(&labels) {
            tallies[g].add(p);
        }
        analysis.groups = (0..k)
            .map(|g| group(g, &tallies, &points, &labels, &input.statements))
            .collect();
        analysis.silhouette = Some(silhouette);
        analysis.points = points
            .iter()
            .zip(&labels)
            .map(|(&(x, y), &g)| (x, y, g))
            .collect();
        analysis.memberships = placed
            .iter()
            .zip(&labels)
            .map(|(p, &g)| (p.id, g))
            .collect();
    }
    // Without groups, consensus is the agree share of everyone who voted.
    if tallies.is_empty() {
        let mut all = Tally::new(m);
        voters.iter().for_each(|p| all.add(p));
        tallies.push(all);
    }
    analysis.consensus = consensus(&tallies, &input.statements);
    analysis.divisive = if tallies.len() > 1 {
        divisive(&tallies, &input.statements)
    } else {
        Vec::new()
    };
    analysis.consensus_by = DIMENSIONS
        .iter()
        .map(|d| demographic_consensus(d, &voters, m, threshold, &input.statements))
        .collect();
    analysis
}

/// Points on the map, each participant's group, and the grouping's silhouette.
type Grouping = (Vec<(f64, f64)>, Vec<usize>, f64);

/// The participants' points on the map, their group and the grouping's silhouette; `None`
/// when there are too few participants to group (fewer than 4) or a library refuses.
fn map_and_groups(placed: &[&Participant], m: usize) -> Option<Grouping> {
    let n = placed.len();
    if n < 4 || m < 2 {
        return None;
    }
    let scale: Array1<f64> = placed
        .iter()
        .map(|p| (m as f64 / p.votes.len() as f64).sqrt())
        .collect();
    let data = DatasetBase::from(project(placed, m)? * &scale.insert_axis(ndarray::Axis(1)));
    let xy = data.records();
    let mut best: Option<(f64, Vec<usize>)> = None;
    for k in 2..=5.min(n - 1) {
        let rng = Xoshiro256Plus::seed_from_u64(SEED);
        let Ok(model) = KMeans::params_with_rng(k, rng)
            .n_runs(2)
            .max_n_iterations(100)
            .tolerance(1e-6)
            .fit(&data)
        else {
            continue;
        };
        let labels: Array1<usize> = model.predict(xy);
        // An empty cluster leaves one group: the silhouette of one group says nothing.
        if labels.iter().all(|&l| l == labels[0]) {
            continue;
        }
        let score = silhouette(xy, &labels);
        if best.as_ref().is_none_or(|(s, _)| score > *s + 1e-9) {
            best = Some((score, labels.to_vec()));
        }
    }
    let (score, labels) = best?;
    let labels = renumber(&labels);
    let points = (0..n).map(|i| (xy[[i, 0]], xy[[i, 1]])).collect();
    Some((points, labels, score))
}

/// The first two principal components of the votes with each missing vote imputed by its
/// statement's mean. Centred, that matrix is sparse: a vote's difference from its statement's
/// mean where there is a vote, zero elsewhere (`D`, sprs). Its scatter matrix `DᵀD` is only
/// statements × statements; its two leading eigenvectors (linfa-linalg's symmetric
/// eigendecomposition) are the principal axes, and `D` times them the points. The same as a
/// PCA of the dense imputed matrix, without ever building it.
fn project(placed: &[&Participant], m: usize) -> Option<Array2<f64>> {
    let mut sum = vec![0.0; m];
    let mut count = vec![0.0; m];
    for p in placed {
        for &(j, v) in &p.votes {
            sum[j] += v;
            count[j] += 1.0;
        }
    }
    let means: Vec<f64> = sum
        .iter()
        .zip(&count)
        .map(|(s, c)| if *c > 0.0 { s / c } else { 0.0 })
        .collect();
    let mut triplets = TriMat::new((placed.len(), m));
    for (i, p) in placed.iter().enumerate() {
        for &(j, v) in &p.votes {
            triplets.add_triplet(i, j, v - means[j]);
        }
    }
    let centred: CsMat<f64> = triplets.to_csr();
    let scatter: CsMat<f64> = &centred.transpose_view() * &centred;
    let (_, vectors) = scatter.to_dense().eigh_into().ok()?.sort_eig_desc();
    let axes = vectors.slice(ndarray::s![.., 0..2]).to_owned();
    Some(&centred * &axes)
}

/// The silhouette of a grouping (linfa), on an evenly spaced sample when there are many
/// points.
fn silhouette(xy: &Array2<f64>, labels: &Array1<usize>) -> f64 {
    let n = xy.nrows();
    let step = n.div_ceil(SILHOUETTE_SAMPLE).max(1);
    let rows: Vec<usize> = (0..n).step_by(step).collect();
    let sample = xy.select(ndarray::Axis(0), &rows);
    let sample_labels = labels.select(ndarray::Axis(0), &rows);
    DatasetBase::new(sample, sample_labels)
        .silhouette_score()
        .unwrap_or(-1.0)
}

/// Groups numbered by size, largest first (ties by first member), so ids read the same way
/// whatever k-means' order.
fn renumber(labels: &[usize]) -> Vec<usize> {
    let k = labels.iter().max().map_or(0, |&g| g + 1);
    let mut order: Vec<(usize, usize, usize)> = (0..k)
        .map(|g| {
            let size = labels.iter().filter(|&&l| l == g).count();
            let first = labels.iter().position(|&l| l == g).unwrap_or(usize::MAX);
            (g, size, first)
        })
        .filter(|(_, size, _)| *size > 0)
        .collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let mut new_id = vec![0; k];
    for (new, (old, _, _)) in order.iter().enumerate() {
        new_id[*old] = new;
    }
    labels.iter().map(|&l| new_id[l]).collect()
}

fn group(
    g: usize,
    tallies: &[Tally],
    points: &[(f64, f64)],
    labels: &[usize],
    statements: &[(String, String)],
) -> Group {
    let members: Vec<(f64, f64)> = points
        .iter()
        .zip(labels)
        .filter(|(_, l)| **l == g)
        .map(|(p, _)| *p)
        .collect();
    let n = members.len().max(1) as f64;
    let cx = members.iter().map(|p| p.0).sum::<f64>() / n;
    let cy = members.iter().map(|p| p.1).sum::<f64>() / n;
    let sx = (members.iter().map(|p| (p.0 - cx).powi(2)).sum::<f64>() / n).sqrt();
    let sy = (members.iter().map(|p| (p.1 - cy).powi(2)).sum::<f64>() / n).sqrt();
    let mut others = Tally::new(statements.len());
    for (_, t) in tallies.iter().enumerate().filter(|(h, _)| *h != g) {
        for j in 0..statements.len() {
            others.agree[j] += t.agree[j];
            others.disagree[j] += t.disagree[j];
            others.votes[j] += t.votes[j];
        }
    }
    let mine = &tallies[g];
    let mut scored: Vec<Scored> = (0..statements.len())
        .filter(|&j| mine.votes[j] > 0)
        .map(|j| {
            let agree = mine.agree_share(j) / others.agree_share(j) * mine.agree_share(j);
            let disagree =
                mine.disagree_share(j) / others.disagree_share(j) * mine.disagree_share(j);
            let (score, direction) = if agree >= disagree {
                (agree, "agree")
            } else {
                (disagree, "disagree")
            };
            Scored {
                code: statements[j].0.clone(),
                text: statements[j].1.clone(),
                score: round(score),
                direction: Some(direction),
            }
        })
        .collect();
    best_first(&mut scored);
    Group {
        id: g,
        size: members.len() as u64,
        representative: scored,
        centre: (cx, cy),
        spread: (sx, sy),
    }
}

/// Statements by the product of the groups' smoothed agree shares, best first.
fn consensus(tallies: &[Tally], statements: &[(String, String)]) -> Vec<Scored> {
    let mut scored: Vec<Scored> = (0..statements.len())
        .filter(|&j| tallies.iter().any(|t| t.votes[j] > 0))
        .map(|j| Scored {
            code: statements[j].0.clone(),
            text: statements[j].1.clone(),
            score: round(tallies.iter().map(|t| t.agree_share(j)).product()),
            direction: None,
        })
        .collect();
    best_first(&mut scored);
    scored
}

/// Statements by the widest gap between groups' smoothed agree shares, widest first.
fn divisive(tallies: &[Tally], statements: &[(String, String)]) -> Vec<Scored> {
    let mut scored: Vec<Scored> = (0..statements.len())
        .filter(|&j| tallies.iter().filter(|t| t.votes[j] > 0).count() > 1)
        .map(|j| {
            let shares = tallies.iter().map(|t| t.agree_share(j));
            let high = shares.clone().fold(f64::MIN, f64::max);
            let low = shares.fold(f64::MAX, f64::min);
            Scored {
                code: statements[j].0.clone(),
                text: statements[j].1.clone(),
                score: round(high - low),
                direction: None,
            }
        })
        .collect();
    best_first(&mut scored);
    scored
}

fn demographic_consensus(
    dimension: &'static str,
    voters: &[&Participant],
    m: usize,
    threshold: u64,
    statements: &[(String, String)],
) -> DemographicConsensus {
    let mut by_value: BTreeMap<&str, (u64, Tally)> = BTreeMap::new();
    for p in voters {
        if let Some(value) = p.groups.get(dimension) {
            let entry = by_value
                .entry(value.as_str())
                .or_insert_with(|| (0, Tally::new(m)));
            entry.0 += 1;
            entry.1.add(p);
        }
    }
    let threshold = super::suppression::effective_threshold(threshold);
    let total = by_value.len();
    let counted: Vec<(&str, (u64, Tally))> = by_value
        .into_iter()
        .filter(|(_, (n, _))| *n >= threshold)
        .collect();
    let tallies: Vec<Tally> = counted.iter().map(|(_, (_, t))| t.clone()).collect();
    DemographicConsensus {
        dimension,
        groups: counted
            .iter()
            .map(|(v, (n, _))| ((*v).to_owned(), *n))
            .collect(),
        left_out: total - counted.len(),
        statements: if tallies.len() > 1 {
            consensus(&tallies, statements)
        } else {
            Vec::new()
        },
    }
}

/// Highest score first, then by code; at most [`LIST`].
fn best_first(scored: &mut Vec<Scored>) {
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.code.cmp(&b.code))
    });
    scored.truncate(LIST);
}

/// Four decimals: enough to rank, and stable to print.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` participants per camp on 10 statements: camp A agrees with s0–s3 and disagrees
    /// with s4–s7, camp B the opposite; everybody agrees with s8; s9 is passed.
    fn two_camps(n: usize) -> Votes {
        let statements = (0..10)
            .map(|j| (format!("s{j}"), format!("Statement {j}")))
            .collect();
        let mut participants = Vec::new();
        for camp in [1.0, -1.0] {
            for i in 0..n {
                let mut votes: Vec<(usize, f64)> = (0..8)
                    .map(|j| (j, if j < 4 { camp } else { -camp }))
                    .collect();
                votes.push((8, 1.0));
                votes.push((9, 0.0));
                // A little noise: each person skips one statement of their camp's eight.
                votes.remove(i % 8);
                let band = if i % 2 == 0 { "9-12" } else { "13-15" };
                participants.push(Participant {
                    id: participants.len() as i64,
                    votes,
                    groups: [("age_band", band.to_owned())].into(),
                });
            }
        }
        Votes {
            statements,
            participants,
        }
    }

    #[test]
    fn two_clear_camps_make_two_groups() {
        let a = analyse(&two_camps(30), 10);
        assert_eq!(a.groups.len(), 2, "silhouette {:?}", a.silhouette);
        assert_eq!(a.groups[0].size + a.groups[1].size, 60);
        assert_eq!(a.groups[0].size, 30);
        assert!(a.silhouette.unwrap() > 0.5);
        // What sets each group apart is one of its camp's statements.
        for g in &a.groups {
            let top = &g.representative[0];
            assert!(top.code != "s8" && top.code != "s9", "{top:?}");
        }
    }

    #[test]
    fn a_relabelled_analysis_changes_only_the_texts_and_can_forget_who_is_where() {
        let a = analyse(&two_camps(30), 10);
        let b = a.relabelled(|code| format!("<{code}>"));
        assert_eq!(b.consensus[0].text, format!("<{}>", b.consensus[0].code));
        assert!(
            b.groups
                .iter()
                .flat_map(|g| &g.representative)
                .chain(&b.divisive)
                .chain(b.consensus_by.iter().flat_map(|d| &d.statements))
                .all(|s| s.text == format!("<{}>", s.code))
        );
        let scores = |x: &Analysis| x.consensus.iter().map(|s| s.score).collect::<Vec<_>>();
        assert_eq!(scores(&a), scores(&b));
        assert_eq!(a.groups.len(), b.groups.len());
        assert!(!a.memberships.is_empty());
        let c = b.without_participants();
        assert!(c.memberships.is_empty() && c.points.is_empty());
        assert_eq!(c.placed, a.placed);
    }

    #[test]
    fn a_statement_everyone_agrees_with_is_the_top_consensus() {
        let a = analyse(&two_camps(30), 10);
        assert_eq!(a.consensus[0].code, "s8");
        assert!(
            a.divisive
                .iter()
                .take(4)
                .all(|s| s.code != "s8" && s.code != "s9")
        );
    }

    #[test]
    fn a_demographic_group_below_the_threshold_gives_no_figure() {
        let mut votes = two_camps(30);
        // Three participants in a country of their own, 57 in another.
        for (i, p) in votes.participants.iter_mut().enumerate() {
            let country = if i < 3 { "FR" } else { "KE" };
            p.groups.insert("country", country.to_owned());
        }
        let a = analyse(&votes, 10);
        let by_country = a
            .consensus_by
            .iter()
            .find(|c| c.dimension == "country")
            .unwrap();
        assert_eq!(by_country.groups, [("KE".to_owned(), 57)]);
        assert_eq!(by_country.left_out, 1);
        assert!(
            by_country.statements.is_empty(),
            "one group is no consensus across groups"
        );
        let by_band = a
            .consensus_by
            .iter()
            .find(|c| c.dimension == "age_band")
            .unwrap();
        assert_eq!(by_band.groups.len(), 2);
        assert_eq!(by_band.statements[0].code, "s8");
    }

    #[test]
    fn the_same_votes_give_the_same_analysis() {
        let votes = two_camps(25);
        assert_eq!(analyse(&votes, 10), analyse(&votes, 10));
    }

    #[test]
    fn too_few_participants_give_consensus_but_no_groups() {
        let mut votes = two_camps(1);
        votes.participants.truncate(2);
        let a = analyse(&votes, 10);
        assert!(a.groups.is_empty());
        assert_eq!(a.participants, 2);
        assert_eq!(a.consensus[0].code, "s8");
    }
}
