//! Benchmark of the hot paths on synthetic data: the alignment solve plus the map layout for
//! 2,000 actors and 10,000 relations, the rows chosen to fill the map's frame, the map's
//! lines planned from 10,000 relations, and the timeline layout of 10,000 events.
//! Run with `make bench` (or `cargo bench --bench layout`); prints the median and the
//! slowest of several runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use war_alignment_explorer::analysis::{solve, AlignmentEdge};
use war_alignment_explorer::layout::lod::{bundle_pairs, plan_edges, EdgeCandidate, EDGE_BUDGET};
use war_alignment_explorer::layout::map::{home_rows, home_rows_within, map_layout, MapRequest};
use war_alignment_explorer::layout::timeline::{timeline_layout, MarkInput, TimeScale};
use war_alignment_explorer::model::{Day, DayRange};

/// A fixed-seed linear congruential generator, so every run sees the same graph.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
}

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name}: median {:.2} ms, slowest {:.2} ms over {runs} runs",
        times[runs / 2].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3
    );
}

fn main() {
    let (actors, relations) = (2_000, 10_000);
    let mut rng = Lcg(42);
    let edges: Vec<AlignmentEdge> = (0..relations)
        .map(|_| {
            let from = rng.below(actors as u64);
            let mut to = rng.below(actors as u64);
            if to == from {
                to = (to + 1) % actors;
            }
            AlignmentEdge {
                from,
                to,
                weight: [1.0, 0.6, 0.4, 0.2][rng.below(4)],
                sign: [1.0, 1.0, -1.0, 0.0][rng.below(4)],
            }
        })
        .collect();
    let mut degrees = vec![0; actors];
    for e in &edges {
        degrees[e.from] += 1;
        degrees[e.to] += 1;
    }
    let label_chars: Vec<usize> = (0..actors).map(|_| 5 + rng.below(25)).collect();
    // The rows of the whole period, found once at load; a window's layout keeps them.
    let home_rows = home_rows(&MapRequest {
        scores: solve(actors, 0, 1, &edges),
        label_chars: label_chars.clone(),
        degrees: degrees.clone(),
        edges: Vec::new(),
        home_rows: Vec::new(),
    });
    measure(
        "alignment solve + map layout, 2,000 actors / 10,000 relations",
        15,
        || {
            let scores = solve(actors, 0, 1, black_box(&edges));
            let request = MapRequest {
                scores,
                label_chars: label_chars.clone(),
                degrees: degrees.clone(),
                edges: edges.iter().map(|e| (e.from, e.to)).collect(),
                home_rows: home_rows.clone(),
            };
            black_box(map_layout(&request));
        },
    );
    measure("alignment solve alone", 15, || {
        black_box(solve(actors, 0, 1, black_box(&edges)));
    });
    // Rows chosen to fill a frame of 13 rows (a 1440×900 screen), from the whole period and
    // 30 sampled windows: at load and when the frame changes size. 600 actors is where a
    // node may still share a row with nodes it crosses (the costliest test).
    for n in [600, actors] {
        let whole = MapRequest {
            scores: solve(actors, 0, 1, &edges)[..n].to_vec(),
            label_chars: label_chars[..n].to_vec(),
            degrees: degrees[..n].to_vec(),
            edges: Vec::new(),
            home_rows: Vec::new(),
        };
        let samples: Vec<Vec<f64>> = (0..30)
            .map(|k| {
                let some: Vec<AlignmentEdge> =
                    edges.iter().skip(k * 300).take(3_000).cloned().collect();
                solve(actors, 0, 1, &some)[..n].to_vec()
            })
            .collect();
        measure(
            &format!("rows within a frame of 13, {n} actors, 30 sampled windows"),
            15,
            || {
                black_box(home_rows_within(&whole, black_box(&samples), Some(13)));
            },
        );
    }

    // The map's lines at each step of the window: the visible relations gathered by pair,
    // then the plan of at most 500 lines (a third of the map in view).
    let candidates: Vec<EdgeCandidate> = edges
        .iter()
        .enumerate()
        .map(|(relation, e)| EdgeCandidate {
            relation,
            from: e.from,
            to: e.to,
            weight: e.weight,
        })
        .collect();
    measure(
        "map lines: pairs and plan of 10,000 relations, 2,000 actors",
        15,
        || {
            let bundles = bundle_pairs(black_box(&candidates));
            black_box(plan_edges(
                &candidates,
                &bundles,
                &[],
                |a| a < actors / 3,
                EDGE_BUDGET,
            ));
        },
    );

    let start = Day::parse_iso("1990-01-01").unwrap_or(Day(0));
    let marks: Vec<MarkInput> = (0..10_000)
        .map(|_| {
            let day = Day(start.0 + rng.below(365 * 34) as i32);
            let length = [1, 30, 91, 365][rng.below(4)];
            MarkInput {
                range: DayRange {
                    start: day,
                    end: Day(day.0 + length),
                },
                lane: rng.below(3),
                label_chars: 10 + rng.below(40),
            }
        })
        .collect();
    let scale = TimeScale::new(
        DayRange {
            start,
            end: Day(start.0 + 365 * 34),
        },
        1000.0,
    );
    measure("timeline layout, 10,000 events", 15, || {
        black_box(timeline_layout(scale, black_box(&marks), 3));
    });
}
