//! Alignment scores: the grounded harmonic solution of a signed, weighted graph with the two
//! poles pinned at -1 and +1.
//!
//! Each relation is an undirected edge with weight `w` (its status weight) and sign `s`
//! (+1 cooperative, -1 hostile, 0 mixed). Every other actor's score is the weighted mean of
//! its neighbours' signed scores and of the centre, which every actor is tied to with the
//! weight [`GROUND`] (one confirmed relation's worth):
//!
//! ```text
//! x_i = Σ_j w_ij · s_ij · x_j / (Σ_j w_ij + g)        x_negative = -1, x_positive = +1
//! ```
//!
//! A cooperative tie pulls an actor towards its neighbour, a hostile one towards the mirror
//! image of its neighbour, a mixed one towards the centre. The ground keeps an actor with
//! little evidence near the centre: one alleged tie to a pole puts it at ±0.29, one confirmed
//! tie at ±0.5, five confirmed ties at ±0.83; distance from the centre says how strongly and on
//! how much evidence an actor is tied to a side. The system is solved by Gauss-Seidel sweeps in
//! index order (deterministic) from all-zero scores, so an actor with no relations, or a
//! component with no path to a pole, keeps the defined score 0.

use crate::model::{Stance, Status};

/// How much a relation of each status counts (confirmed 1.0 down to denied 0.2).
pub fn status_weight(status: &Status) -> f64 {
    match status {
        Status::Confirmed => 1.0,
        Status::Reported => 0.6,
        Status::Planned => 0.5,
        Status::Alleged => 0.4,
        Status::Speculated => 0.2,
        Status::Denied => 0.2,
        Status::Unknown(_) => 0.0,
    }
}

/// How a relation of each stance pulls: towards (+1), away (-1) or to the centre (0).
pub fn stance_sign(stance: &Stance) -> f64 {
    match stance {
        Stance::Cooperative => 1.0,
        Stance::Hostile => -1.0,
        Stance::Mixed | Stance::Unknown(_) => 0.0,
    }
}

/// One relation as the solver sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlignmentEdge {
    pub from: usize,
    pub to: usize,
    pub weight: f64,
    pub sign: f64,
}

/// The weight of every actor's tie to the centre (0): one confirmed relation's worth.
pub const GROUND: f64 = 1.0;

const MAX_SWEEPS: usize = 2_000;
const TOLERANCE: f64 = 1e-9;

/// Scores in [-1, 1] for `actor_count` actors, `negative` pinned at -1 and `positive` at +1.
pub fn solve(
    actor_count: usize,
    negative: usize,
    positive: usize,
    edges: &[AlignmentEdge],
) -> Vec<f64> {
    let mut scores = vec![0.0; actor_count];
    if actor_count == 0 {
        return scores;
    }
    // Adjacency in compressed form: for each actor, (neighbour, weight, sign).
    let mut degree = vec![0usize; actor_count + 1];
    let usable = |e: &&AlignmentEdge| {
        e.from < actor_count && e.to < actor_count && e.from != e.to && e.weight > 0.0
    };
    for e in edges.iter().filter(usable) {
        degree[e.from + 1] += 1;
        degree[e.to + 1] += 1;
    }
    for i in 0..actor_count {
        degree[i + 1] += degree[i];
    }
    let offsets = degree;
    let mut fill = offsets.clone();
    let mut neighbours = vec![(0usize, 0.0f64, 0.0f64); offsets[actor_count]];
    for e in edges.iter().filter(usable) {
        neighbours[fill[e.from]] = (e.to, e.weight, e.sign);
        fill[e.from] += 1;
        neighbours[fill[e.to]] = (e.from, e.weight, e.sign);
        fill[e.to] += 1;
    }
    let pinned = |i: usize| i == negative || i == positive;
    if negative < actor_count {
        scores[negative] = -1.0;
    }
    if positive < actor_count {
        scores[positive] = 1.0;
    }
    for _ in 0..MAX_SWEEPS {
        let mut largest_change: f64 = 0.0;
        for i in 0..actor_count {
            if pinned(i) {
                continue;
            }
            let (mut pull, mut total) = (0.0, 0.0);
            for &(j, weight, sign) in &neighbours[offsets[i]..offsets[i + 1]] {
                pull += weight * sign * scores[j];
                total += weight;
            }
            if total > 0.0 {
                let next = (pull / (total + GROUND)).clamp(-1.0, 1.0);
                largest_change = largest_change.max((next - scores[i]).abs());
                scores[i] = next;
            }
        }
        if largest_change < TOLERANCE {
            break;
        }
    }
    scores
}

/// How much one relation moves an actor's score: its share of the weighted mean (the ground
/// takes its share too, and adds nothing: the contributions add up to the score).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    /// Index of the edge in the slice given to [`contributions`].
    pub edge: usize,
    pub neighbour: usize,
    pub amount: f64,
}

/// Why `actor` sits where it does: each of its relations' contribution to its score, largest
/// in absolute value first (ties in edge order).
pub fn contributions(actor: usize, scores: &[f64], edges: &[AlignmentEdge]) -> Vec<Contribution> {
    let touching: Vec<(usize, &AlignmentEdge)> = edges
        .iter()
        .enumerate()
        .filter(|(_, e)| (e.from == actor) != (e.to == actor) && e.weight > 0.0)
        .collect();
    let total: f64 = touching.iter().map(|(_, e)| e.weight).sum::<f64>() + GROUND;
    let mut out: Vec<Contribution> = touching
        .into_iter()
        .map(|(index, e)| {
            let neighbour = if e.from == actor { e.to } else { e.from };
            let score = scores.get(neighbour).copied().unwrap_or(0.0);
            Contribution {
                edge: index,
                neighbour,
                amount: e.weight * e.sign * score / total,
            }
        })
        .collect();
    crate::sort::by(&mut out, |a, b| {
        b.amount
            .abs()
            .total_cmp(&a.amount.abs())
            .then(a.edge.cmp(&b.edge))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(from: usize, to: usize, sign: f64) -> AlignmentEdge {
        AlignmentEdge {
            from,
            to,
            weight: 1.0,
            sign,
        }
    }

    #[test]
    fn poles_stay_pinned_whatever_their_relations() {
        let edges = [edge(0, 1, 1.0), edge(0, 2, -1.0), edge(1, 2, 1.0)];
        let scores = solve(3, 0, 1, &edges);
        assert_eq!(scores[0], -1.0);
        assert_eq!(scores[1], 1.0);
    }

    #[test]
    fn cooperating_with_one_pole_lands_on_its_side() {
        let scores = solve(4, 0, 1, &[edge(2, 0, 1.0), edge(3, 1, 1.0)]);
        assert!((scores[2] + 0.5).abs() < 1e-9, "{}", scores[2]);
        assert!((scores[3] - 0.5).abs() < 1e-9);
        // Hostility to a pole lands on the other side.
        let scores = solve(3, 0, 1, &[edge(2, 0, -1.0)]);
        assert!((scores[2] - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_single_weak_tie_stays_nearer_the_centre_than_many_confirmed_ones() {
        let alleged = AlignmentEdge {
            weight: status_weight(&Status::Alleged),
            ..edge(2, 0, 1.0)
        };
        let weak = solve(3, 0, 1, &[alleged])[2];
        let strong = solve(
            3,
            0,
            1,
            &[
                edge(2, 0, 1.0),
                edge(2, 0, 1.0),
                edge(2, 0, 1.0),
                edge(2, 0, 1.0),
                edge(2, 0, 1.0),
            ],
        )[2];
        assert!((weak + 0.4 / 1.4).abs() < 1e-9, "{weak}");
        assert!((strong + 5.0 / 6.0).abs() < 1e-9, "{strong}");
        assert!(weak.abs() < 0.3 && strong.abs() > 0.8);
    }

    #[test]
    fn mirrored_graph_gives_mirrored_scores() {
        // 2 cooperates with 0 and is hostile to 3; 3 cooperates with 1 and is hostile to 2.
        let edges = [edge(2, 0, 1.0), edge(2, 3, -1.0), edge(3, 1, 1.0)];
        let scores = solve(4, 0, 1, &edges);
        assert!((scores[2] + scores[3]).abs() < 1e-9);
        // Swapping the poles mirrors every score.
        let swapped = solve(4, 1, 0, &edges);
        for (a, b) in scores.iter().zip(&swapped) {
            assert!((a + b).abs() < 1e-9);
        }
    }

    #[test]
    fn isolated_and_disconnected_actors_get_zero() {
        let edges = [edge(0, 2, 1.0), edge(3, 4, 1.0), edge(4, 5, -1.0)];
        let scores = solve(7, 0, 1, &edges);
        assert_eq!(scores[6], 0.0);
        assert_eq!(&scores[3..6], &[0.0, 0.0, 0.0]);
        assert!(scores.iter().all(|s| s.is_finite()));
    }

    #[test]
    fn scores_stay_in_range_and_are_deterministic() {
        let mut edges = Vec::new();
        for i in 0..200usize {
            edges.push(edge(
                i,
                (i * 7 + 3) % 200,
                if i % 3 == 0 { -1.0 } else { 1.0 },
            ));
        }
        let a = solve(200, 0, 1, &edges);
        let b = solve(200, 0, 1, &edges);
        assert_eq!(a, b);
        assert!(a.iter().all(|s| (-1.0..=1.0).contains(s)));
    }

    #[test]
    fn weaker_status_counts_less() {
        // 2 is tied to 0 by a confirmed relation and to 1 by an alleged one: it leans to 0.
        let edges = [
            AlignmentEdge {
                from: 2,
                to: 0,
                weight: status_weight(&Status::Confirmed),
                sign: 1.0,
            },
            AlignmentEdge {
                from: 2,
                to: 1,
                weight: status_weight(&Status::Alleged),
                sign: 1.0,
            },
        ];
        // (−1 · 1.0 + 1 · 0.4) / (1.0 + 0.4 + GROUND) = −0.25
        assert!((solve(3, 0, 1, &edges)[2] + 0.25).abs() < 1e-9);
    }

    #[test]
    fn contributions_sum_to_the_score_and_are_sorted() {
        let edges = [
            edge(2, 0, 1.0),
            edge(2, 1, 1.0),
            edge(2, 0, 1.0),
            edge(1, 0, -1.0),
        ];
        let scores = solve(3, 0, 1, &edges);
        let parts = contributions(2, &scores, &edges);
        assert_eq!(parts.len(), 3);
        let sum: f64 = parts.iter().map(|c| c.amount).sum();
        assert!((sum - scores[2]).abs() < 1e-9);
        assert!(parts
            .windows(2)
            .all(|w| w[0].amount.abs() >= w[1].amount.abs()));
    }
}
