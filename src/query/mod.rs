//! Questions asked of a loaded dataset: which relations and events hold in a time window,
//! the relation graph the alignment is solved on, and look-ups by actor.
//!
//! Pure: works on a validated [`Dataset`] and plain values; knows nothing of signals or the DOM.

pub mod filters;
pub mod search;

use std::collections::HashMap;

use crate::analysis::{self, AlignmentEdge};
pub use filters::Filters;

use crate::model::{Dataset, Day, DayRange};

/// Facts about a dataset computed once after loading.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetIndex {
    /// Position of each actor id in `dataset.actors`.
    pub actor_position: HashMap<String, usize>,
    /// The days each event covers (same order as `dataset.events`).
    pub event_ranges: Vec<DayRange>,
    /// When each relation is evidenced: its span and the dates of the events citing it as
    /// evidence. Empty for a relation the articles do not date.
    pub relation_times: Vec<Vec<DayRange>>,
    /// The days covered by every dated record, for the timeline's full extent.
    pub extent: DayRange,
}

/// An open span (no end) is taken to run until this many days after its start, for drawing.
const OPEN_SPAN_DAYS: i32 = 365 * 80;

impl DatasetIndex {
    /// Builds the index. Dates that fail to parse (validation rejects them) are skipped.
    pub fn new(dataset: &Dataset) -> DatasetIndex {
        let actor_position = dataset
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let event_ranges: Vec<DayRange> = dataset
            .events
            .iter()
            .map(|e| {
                e.date.range().unwrap_or(DayRange {
                    start: Day(0),
                    end: Day(1),
                })
            })
            .collect();
        let relation_position: HashMap<&str, usize> = dataset
            .relations
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let mut relation_times: Vec<Vec<DayRange>> = dataset
            .relations
            .iter()
            .map(|r| {
                r.span
                    .iter()
                    .filter_map(|span| {
                        let start = span.start.range().ok()?;
                        let end = match &span.end {
                            Some(end) => end.range().ok()?.end,
                            None => Day(start.start.0 + OPEN_SPAN_DAYS),
                        };
                        Some(DayRange {
                            start: start.start,
                            end: end.max(start.end),
                        })
                    })
                    .collect()
            })
            .collect();
        for (event, range) in dataset.events.iter().zip(&event_ranges) {
            for id in &event.evidence_for {
                if let Some(&i) = relation_position.get(id.as_str()) {
                    relation_times[i].push(*range);
                }
            }
        }
        let dated = event_ranges.iter().copied();
        let extent = dated
            .reduce(|a, b| DayRange {
                start: a.start.min(b.start),
                end: a.end.max(b.end),
            })
            .unwrap_or(DayRange {
                start: Day(0),
                end: Day(365),
            });
        DatasetIndex {
            actor_position,
            event_ranges,
            relation_times,
            extent,
        }
    }

    /// Whether relation `i` counts in `window`: it does when the window is open, when the
    /// articles do not date it, or when one of its times overlaps the window.
    pub fn relation_in_window(&self, i: usize, window: Option<DayRange>) -> bool {
        match (window, self.relation_times.get(i)) {
            (None, _) | (_, None) => true,
            (Some(_), Some(times)) if times.is_empty() => true,
            (Some(w), Some(times)) => times.iter().any(|t| t.overlaps(w)),
        }
    }

    /// Whether event `i` falls in `window`.
    pub fn event_in_window(&self, i: usize, window: Option<DayRange>) -> bool {
        match (window, self.event_ranges.get(i)) {
            (None, _) => true,
            (Some(w), Some(r)) => r.overlaps(w),
            (Some(_), None) => false,
        }
    }
}

/// The relations (positions in `dataset.relations`) that count in `window`, in dataset order.
pub fn relations_in_window(
    index: &DatasetIndex,
    count: usize,
    window: Option<DayRange>,
) -> Vec<usize> {
    (0..count)
        .filter(|&i| index.relation_in_window(i, window))
        .collect()
}

/// The solver's edges for the given relations (same order).
pub fn alignment_edges(
    dataset: &Dataset,
    index: &DatasetIndex,
    relations: &[usize],
) -> Vec<AlignmentEdge> {
    relations
        .iter()
        .filter_map(|&i| {
            let r = dataset.relations.get(i)?;
            Some(AlignmentEdge {
                from: *index.actor_position.get(&r.from)?,
                to: *index.actor_position.get(&r.to)?,
                weight: analysis::status_weight(&r.status),
                sign: analysis::alignment::stance_sign(&r.stance),
            })
        })
        .collect()
}

/// Alignment scores of every actor (dataset order) counting only `relations`.
pub fn alignment_scores(dataset: &Dataset, index: &DatasetIndex, relations: &[usize]) -> Vec<f64> {
    let edges = alignment_edges(dataset, index, relations);
    let pole = |id: &str| index.actor_position.get(id).copied().unwrap_or(usize::MAX);
    analysis::solve(
        dataset.actors.len(),
        pole(&dataset.poles.negative),
        pole(&dataset.poles.positive),
        &edges,
    )
}

/// Relations touching actor `id` (positions), in dataset order.
pub fn relations_of(dataset: &Dataset, id: &str) -> Vec<usize> {
    (0..dataset.relations.len())
        .filter(|&i| dataset.relations[i].from == id || dataset.relations[i].to == id)
        .collect()
}

/// Events in which actor `id` takes part (positions), in time order.
pub fn events_of(dataset: &Dataset, index: &DatasetIndex, id: &str) -> Vec<usize> {
    let mut events: Vec<usize> = (0..dataset.events.len())
        .filter(|&i| dataset.events[i].actors.iter().any(|p| p.actor == id))
        .collect();
    events.sort_by_key(|&i| (index.event_ranges[i].start, i));
    events
}

/// The mean alignment score of each event's actors (0 for an event with none known): where
/// the event sits between the sides.
pub fn event_scores(dataset: &Dataset, index: &DatasetIndex, scores: &[f64]) -> Vec<f64> {
    dataset
        .events
        .iter()
        .map(|e| {
            let values: Vec<f64> = e
                .actors
                .iter()
                .filter_map(|p| index.actor_position.get(&p.actor))
                .filter_map(|&i| scores.get(i).copied())
                .collect();
            values.iter().sum::<f64>() / values.len().max(1) as f64
        })
        .collect()
}

/// The position in `dataset.sources` of the article each event cites first.
pub fn event_sources(dataset: &Dataset) -> Vec<usize> {
    dataset
        .events
        .iter()
        .map(|e| {
            e.citations
                .first()
                .and_then(|c| dataset.sources.iter().position(|s| s.id == c.source))
                .unwrap_or(0)
        })
        .collect()
}

/// Which side a score leans to, in words.
pub fn side_label(score: f64, dataset: &Dataset) -> String {
    let name = |id: &str| dataset.actor_name(id).to_string();
    if score <= -0.15 {
        format!("leans to {}", name(&dataset.poles.negative))
    } else if score >= 0.15 {
        format!("leans to {}", name(&dataset.poles.positive))
    } else {
        "between the sides".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model;

    fn bundled() -> Dataset {
        model::load(include_str!("../../public/data/korea-ukraine-war.json")).expect("valid")
    }

    #[test]
    fn the_koreas_land_on_opposite_sides() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        let all = relations_in_window(&index, dataset.relations.len(), None);
        let scores = alignment_scores(&dataset, &index, &all);
        let score = |id: &str| scores[index.actor_position[id]];
        assert!(score("north-korea") < -0.3, "{}", score("north-korea"));
        assert!(score("south-korea") > 0.3, "{}", score("south-korea"));
        assert_eq!(score("russia"), -1.0);
        assert_eq!(score("ukraine"), 1.0);
    }

    #[test]
    fn a_window_keeps_undated_relations_and_those_it_overlaps() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        let window = DayRange {
            start: Day::parse_iso("2024-01-01").unwrap(),
            end: Day::parse_iso("2024-02-01").unwrap(),
        };
        let kept = relations_in_window(&index, dataset.relations.len(), Some(window));
        let ids: Vec<&str> = kept
            .iter()
            .map(|&i| dataset.relations[i].id.as_str())
            .collect();
        assert!(ids.contains(&"ministries-part-of-north-korea"));
        assert!(
            ids.contains(&"china-cautions-russia"),
            "undated relations always count"
        );
        assert!(
            !ids.contains(&"russia-vetoes-for-north-korea"),
            "a span that ended in 2022 does not count"
        );
        assert!(kept.len() < dataset.relations.len());
    }

    #[test]
    fn events_sit_where_their_actors_do() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        let all = relations_in_window(&index, dataset.relations.len(), None);
        let scores = alignment_scores(&dataset, &index, &all);
        let sides = event_scores(&dataset, &index, &scores);
        let position = |id: &str| dataset.events.iter().position(|e| e.id == id).unwrap();
        assert!(sides[position("camp-david-summit")] > 0.0);
        assert!(sides[position("russia-vetoes-un-resolutions")] < -0.3);
        let sources = event_sources(&dataset);
        assert_eq!(sources[position("camp-david-summit")], 1);
        assert_eq!(sources[position("pyongyang-warns-washington")], 2);
    }

    #[test]
    fn extent_covers_every_event() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        assert_eq!(index.extent.start.iso(), "1967-01-01");
        assert_eq!(index.extent.end.iso(), "2024-02-01");
    }
}

/// What to bring forward on the map: a set of actors and of visible relations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlight {
    pub actors: Vec<usize>,
    pub relations: Vec<usize>,
}

impl Highlight {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.relations.is_empty()
    }
}

/// What a focus on an actor, relation or event highlights: an actor with its relations and
/// neighbours; a relation with its two ends; an event with its actors and the relations it
/// is evidence for. Positions refer to the dataset; `visible` limits relations.
pub fn highlight(
    dataset: &Dataset,
    index: &DatasetIndex,
    visible: &[usize],
    focus: Focus,
) -> Highlight {
    let mut out = Highlight::default();
    let position = |id: &str| index.actor_position.get(id).copied();
    match focus {
        Focus::None => {}
        Focus::Actor(actor) => {
            let Some(id) = dataset.actors.get(actor).map(|a| a.id.as_str()) else {
                return out;
            };
            out.actors.push(actor);
            for &i in visible {
                let r = &dataset.relations[i];
                if r.from == id || r.to == id {
                    out.relations.push(i);
                    let other = if r.from == id { &r.to } else { &r.from };
                    out.actors.extend(position(other));
                }
            }
        }
        Focus::Relation(i) => {
            if let Some(r) = dataset.relations.get(i) {
                out.relations.push(i);
                out.actors.extend(position(&r.from));
                out.actors.extend(position(&r.to));
            }
        }
        Focus::Event(i) => {
            if let Some(e) = dataset.events.get(i) {
                out.actors
                    .extend(e.actors.iter().filter_map(|p| position(&p.actor)));
                out.relations.extend(
                    visible
                        .iter()
                        .copied()
                        .filter(|&r| e.evidence_for.contains(&dataset.relations[r].id)),
                );
            }
        }
    }
    out.actors.sort_unstable();
    out.actors.dedup();
    out
}

/// The record a highlight centres on (dataset positions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    None,
    Actor(usize),
    Relation(usize),
    Event(usize),
}

#[cfg(test)]
mod highlight_tests {
    use super::*;

    #[test]
    fn an_event_highlights_its_actors_and_evidence() {
        let dataset =
            crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        let index = DatasetIndex::new(&dataset);
        let all: Vec<usize> = (0..dataset.relations.len()).collect();
        let event = dataset
            .events
            .iter()
            .position(|e| e.id == "us-uk-accuse-north-korea")
            .unwrap();
        let h = highlight(&dataset, &index, &all, Focus::Event(event));
        assert_eq!(h.actors.len(), 4);
        assert_eq!(h.relations.len(), 3);
        let actor = index.actor_position["kim-yo-jong"];
        let h = highlight(&dataset, &index, &all, Focus::Actor(actor));
        assert!(h.actors.contains(&index.actor_position["russia"]));
        assert_eq!(h.relations.len(), 2);
        assert!(highlight(&dataset, &index, &all, Focus::None).is_empty());
    }
}
