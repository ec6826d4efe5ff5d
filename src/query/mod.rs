//! Questions asked of a loaded dataset: which relations and events hold in a time window,
//! the relation graph the alignment is solved on, and look-ups by actor.
//!
//! Pure: works on a validated [`Dataset`] and plain values; knows nothing of signals or the DOM.

pub mod export;
pub mod filters;
pub mod links;
pub mod places;
pub mod problems;
pub mod search;
pub mod steps;
pub mod words;

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::{self, AlignmentEdge};
pub use filters::Filters;

use crate::model::{Dataset, Day, DayRange};

/// Facts about a dataset computed once after loading: id → position maps, each record's
/// neighbours by position, and the words and counts the views show. Views look records up
/// here instead of scanning the dataset, so no click costs more than the records it touches.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetIndex {
    /// Position of each actor id in `dataset.actors`.
    pub actor_position: HashMap<String, usize>,
    /// Position of each relation id in `dataset.relations`.
    pub relation_position: HashMap<String, usize>,
    /// Position of each event id in `dataset.events`.
    pub event_position: HashMap<String, usize>,
    /// The days each event covers (same order as `dataset.events`).
    pub event_ranges: Vec<DayRange>,
    /// When each relation is evidenced: its span and the dates of the events citing it as
    /// evidence. Empty for a relation the articles do not date.
    pub relation_times: Vec<Vec<DayRange>>,
    /// The days covered by every dated record, for the timeline's full extent.
    pub extent: DayRange,
    /// Each relation's two actors (positions), `None` where an id does not resolve.
    pub relation_ends: Vec<Option<(usize, usize)>>,
    /// Number of relations of each actor over the whole dataset (sets node sizes).
    pub degrees: Vec<usize>,
    /// Relations touching each actor, in dataset order.
    pub actor_relations: Vec<Vec<usize>>,
    /// Events each actor takes part in, in time order.
    pub actor_events: Vec<Vec<usize>>,
    /// Actors taking part in each event (positions, in the event's order).
    pub event_actors: Vec<Vec<usize>>,
    /// Each event's agents (positions): the actors in the role "agent", or every actor of an
    /// event that names no agent. Where an event sits between the sides follows them.
    pub event_agents: Vec<Vec<usize>>,
    /// Relations each event is evidence for (positions).
    pub event_evidence: Vec<Vec<usize>>,
    /// Events that are evidence for each relation, in time order.
    pub relation_evidence: Vec<Vec<usize>>,
    /// Each relation in words: "North Korea supplies arms to Russia".
    pub relation_labels: Vec<String>,
    /// Events in time order (by start, then dataset order).
    pub event_order: Vec<usize>,
}

/// An open span (no end) is taken to run until this many days after its start, for drawing.
const OPEN_SPAN_DAYS: i32 = 365 * 80;

impl DatasetIndex {
    /// Builds the index. Dates that fail to parse (validation rejects them) are skipped.
    pub fn new(dataset: &Dataset) -> DatasetIndex {
        let actor_position: HashMap<String, usize> = dataset
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
        let actors = dataset.actors.len();
        let relation_ends: Vec<Option<(usize, usize)>> = dataset
            .relations
            .iter()
            .map(|r| {
                Some((
                    *actor_position.get(r.from.as_str())?,
                    *actor_position.get(r.to.as_str())?,
                ))
            })
            .collect();
        let mut degrees = vec![0; actors];
        let mut actor_relations = vec![Vec::new(); actors];
        for (i, ends) in relation_ends.iter().enumerate() {
            if let Some((from, to)) = *ends {
                for end in [from, to] {
                    degrees[end] += 1;
                    if actor_relations[end].last() != Some(&i) {
                        actor_relations[end].push(i);
                    }
                }
            }
        }
        let mut event_order: Vec<usize> = (0..dataset.events.len()).collect();
        crate::sort::positions(&mut event_order, &|a, b| {
            (event_ranges[a].start, a).cmp(&(event_ranges[b].start, b))
        });
        let event_actors: Vec<Vec<usize>> = dataset
            .events
            .iter()
            .map(|e| {
                e.actors
                    .iter()
                    .filter_map(|p| actor_position.get(p.actor.as_str()).copied())
                    .collect()
            })
            .collect();
        let event_agents: Vec<Vec<usize>> = dataset
            .events
            .iter()
            .zip(&event_actors)
            .map(|(e, all)| {
                let agents: Vec<usize> = e
                    .actors
                    .iter()
                    .filter(|p| p.role == crate::model::Role::Agent)
                    .filter_map(|p| actor_position.get(p.actor.as_str()).copied())
                    .collect();
                if agents.is_empty() {
                    all.clone()
                } else {
                    agents
                }
            })
            .collect();
        let event_evidence: Vec<Vec<usize>> = dataset
            .events
            .iter()
            .map(|e| {
                e.evidence_for
                    .iter()
                    .filter_map(|id| relation_position.get(id.as_str()).copied())
                    .collect()
            })
            .collect();
        let mut actor_events = vec![Vec::new(); actors];
        let mut relation_evidence = vec![Vec::new(); dataset.relations.len()];
        for &e in &event_order {
            for &a in &event_actors[e] {
                if actor_events[a].last() != Some(&e) {
                    actor_events[a].push(e);
                }
            }
            for &r in &event_evidence[e] {
                relation_evidence[r].push(e);
            }
        }
        let name = |i: Option<usize>, id: &str| {
            i.map_or(id.to_string(), |i| dataset.actors[i].name.clone())
        };
        let relation_labels = dataset
            .relations
            .iter()
            .map(|r| {
                crate::model::relation_sentence(
                    &name(actor_position.get(r.from.as_str()).copied(), &r.from),
                    &r.relation_type,
                    &name(actor_position.get(r.to.as_str()).copied(), &r.to),
                )
            })
            .collect();
        let relation_position = relation_position
            .into_iter()
            .map(|(id, i)| (id.to_string(), i))
            .collect();
        let event_position = dataset
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        DatasetIndex {
            actor_position,
            relation_position,
            event_position,
            event_ranges,
            relation_times,
            extent,
            relation_ends,
            degrees,
            actor_relations,
            actor_events,
            event_actors,
            event_agents,
            event_evidence,
            relation_evidence,
            relation_labels,
            event_order,
        }
    }

    /// The name of the actor at `position`.
    pub fn actor_name<'a>(&self, dataset: &'a Dataset, position: usize) -> &'a str {
        dataset.actors.get(position).map_or("", |a| a.name.as_str())
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

/// Windows to sample where the actors stand over time: windows of six months and of a year
/// starting at most 6 times evenly across `extent`, and starting at each calendar half-year
/// (1 January, 1 July) across `busy` (where most of the data is; at most 12 starts, spread
/// evenly over a long span). Whole half-years and years are the windows a reader most
/// often sets.
pub fn sample_windows(extent: DayRange, busy: DayRange) -> Vec<DayRange> {
    const HALF_YEAR: i32 = 182;
    const SPREAD: i32 = 6;
    const CALENDAR: usize = 12;
    let span = (extent.end.0 - extent.start.0).max(0);
    let starts = (span / HALF_YEAR + 1).min(SPREAD);
    let step = (span / starts.max(1)).max(1);
    let mut windows: Vec<DayRange> = (0..starts)
        .flat_map(|k| {
            let start = extent.start.0 + k * step;
            [HALF_YEAR, 2 * HALF_YEAR].map(|length| DayRange {
                start: Day(start),
                end: Day(start + length),
            })
        })
        .collect();
    let (year, month, _) = busy.start.civil();
    let first = Day::from_civil(year, if month >= 7 { 7 } else { 1 }, 1).unwrap_or(busy.start);
    let mut halves = Vec::new();
    let mut start = first;
    while start <= busy.end && halves.len() < 400 {
        halves.push(start);
        start = start.add_months(6);
    }
    let pick = halves.len().div_ceil(CALENDAR).max(1);
    for start in halves.into_iter().step_by(pick) {
        for months in [6, 12] {
            let window = DayRange {
                start,
                end: start.add_months(months),
            };
            if !windows.contains(&window) {
                windows.push(window);
            }
        }
    }
    windows
}

/// Where most of the data is: from the month by which a tenth of the relations' periods
/// have started to the month by which nine tenths have (the whole `index.extent` if no
/// relation is dated). Counted by month, not sorted: a histogram of at most 2,400 months.
pub fn busy_span(index: &DatasetIndex) -> DayRange {
    const MONTH: i32 = 30;
    let origin = index.extent.start.0;
    let months = (((index.extent.end.0 - origin) / MONTH + 1).clamp(1, 2400)) as usize;
    let mut counts = vec![0usize; months];
    let mut total = 0;
    for range in index.relation_times.iter().flatten() {
        let month = (((range.start.0 - origin) / MONTH).max(0) as usize).min(months - 1);
        counts[month] += 1;
        total += 1;
    }
    if total == 0 {
        return index.extent;
    }
    let month_where = |share: usize| {
        let wanted = (total * share).div_ceil(100).max(1);
        let mut seen = 0;
        counts
            .iter()
            .position(|&c| {
                seen += c;
                seen >= wanted
            })
            .unwrap_or(months - 1) as i32
    };
    DayRange {
        start: Day(origin + month_where(10) * MONTH),
        end: Day((origin + (month_where(90) + 1) * MONTH).min(index.extent.end.0)),
    }
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
            let (from, to) = (*index.relation_ends.get(i)?)?;
            Some(AlignmentEdge {
                from,
                to,
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
pub fn relations_of(index: &DatasetIndex, id: &str) -> Vec<usize> {
    index
        .actor_position
        .get(id)
        .map_or_else(Vec::new, |&a| index.actor_relations[a].clone())
}

/// Events in which actor `id` takes part (positions), in time order.
pub fn events_of(index: &DatasetIndex, id: &str) -> Vec<usize> {
    index
        .actor_position
        .get(id)
        .map_or_else(Vec::new, |&a| index.actor_events[a].clone())
}

/// The mean alignment score of each event's agents (0 for an event with none known): where
/// the event sits between the sides. "Russia's war in Ukraine begins" sits on Russia's side,
/// not halfway between Russia and its target.
pub fn event_scores(index: &DatasetIndex, scores: &[f64]) -> Vec<f64> {
    index
        .event_agents
        .iter()
        .map(|actors| {
            let values: Vec<f64> = actors
                .iter()
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
    SideWords::new(dataset).label(score).to_string()
}

/// The words for each side, looked up once per dataset: a view that names the side of
/// thousands of actors asks here instead of finding the poles' names each time.
#[derive(Clone, Debug, PartialEq)]
pub struct SideWords {
    negative: String,
    positive: String,
}

/// How far from 0 a score must be to lean to a side.
pub const SIDE_THRESHOLD: f64 = 0.15;

impl SideWords {
    pub fn new(dataset: &Dataset) -> Self {
        let name = |id: &str| dataset.actor_name(id).to_string();
        SideWords {
            negative: crate::tr!("side.leans", pole = name(&dataset.poles.negative)),
            positive: crate::tr!("side.leans", pole = name(&dataset.poles.positive)),
        }
    }

    /// "leans to Russia", "leans to Ukraine" or "between the sides".
    pub fn label(&self, score: f64) -> &str {
        if score <= -SIDE_THRESHOLD {
            &self.negative
        } else if score >= SIDE_THRESHOLD {
            &self.positive
        } else {
            crate::tr!("side.between")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_sampled_across_the_data_and_at_each_half_year_where_it_is_busy() {
        let range = |start: i32, end: i32| DayRange {
            start: Day(start),
            end: Day(end),
        };
        let day = |y, m, d| Day::from_civil(y, m, d).expect("a date");
        let civil = |a: Day, b: Day| DayRange { start: a, end: b };
        // Two years, all of them busy: five spread starts, and the four half-years from
        // January 2022, each with a half-year and a year window.
        let extent = civil(day(2022, 1, 1), day(2024, 1, 1));
        let two_years = sample_windows(extent, extent);
        assert_eq!(two_years[0], range(extent.start.0, extent.start.0 + 182));
        assert!(two_years.contains(&civil(day(2022, 1, 1), day(2022, 7, 1))));
        assert!(two_years.contains(&civil(day(2023, 1, 1), day(2024, 1, 1))));
        assert!(two_years.contains(&civil(day(2023, 7, 1), day(2024, 1, 1))));
        assert_eq!(two_years.len(), 10 + 2 * 5);
        // A century with a busy decade: 12 spread windows, every other half-year of the
        // decade (21 half-years, at most 12 starts).
        let century = sample_windows(range(0, 36_500), civil(day(1990, 3, 5), day(2000, 1, 1)));
        assert_eq!(century.len(), 12 + 2 * 11);
        assert!(century.contains(&civil(day(1990, 1, 1), day(1991, 1, 1))));
        assert!(century[..12].last().is_some_and(|w| w.start.0 > 30_000));
        // One day of data.
        assert_eq!(sample_windows(range(5, 5), range(5, 5)).len(), 4);
    }

    #[test]
    fn the_busy_span_leaves_out_the_earliest_and_latest_tenth() {
        let index = DatasetIndex::new(&bundled());
        let busy = busy_span(&index);
        assert!(busy.start >= index.extent.start && busy.end <= index.extent.end);
        assert!(busy.start.civil().0 >= 2021, "{:?}", busy.start.civil());
    }
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
        let sides = event_scores(&index, &scores);
        let position = |id: &str| dataset.events.iter().position(|e| e.id == id).unwrap();
        assert!(sides[position("camp-david-summit")] > 0.0);
        assert!(sides[position("russia-vetoes-un-resolutions")] < -0.3);
        // The agent decides, not the mean of everyone involved: the invasion is Russia's act.
        assert!(sides[position("war-begins")] < -0.3);
        assert!(sides[position("us-sanctions-russia")] > 0.3);
        assert_eq!(index.event_agents[position("war-begins")].len(), 1);
        // An event that names no agent sits where all its actors do.
        let mut no_agent = dataset.clone();
        for p in &mut no_agent.events[position("war-begins")].actors {
            p.role = crate::model::Role::Partner;
        }
        let index = DatasetIndex::new(&no_agent);
        assert_eq!(index.event_agents[position("war-begins")].len(), 2);
        let sources = event_sources(&dataset);
        assert_eq!(sources[position("camp-david-summit")], 1);
        assert_eq!(sources[position("pyongyang-warns-washington")], 2);
    }

    #[test]
    fn the_index_agrees_with_scanning_the_dataset() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        for (i, actor) in dataset.actors.iter().enumerate() {
            let scanned: Vec<usize> = (0..dataset.relations.len())
                .filter(|&r| {
                    dataset.relations[r].from == actor.id || dataset.relations[r].to == actor.id
                })
                .collect();
            assert_eq!(index.actor_relations[i], scanned, "{}", actor.id);
            let events: Vec<usize> = index.actor_events[i].clone();
            assert!(events
                .iter()
                .all(|&e| dataset.events[e].actors.iter().any(|p| p.actor == actor.id)));
            assert!(events
                .windows(2)
                .all(|w| index.event_ranges[w[0]].start <= index.event_ranges[w[1]].start));
            let degree = dataset
                .relations
                .iter()
                .map(|r| usize::from(r.from == actor.id) + usize::from(r.to == actor.id))
                .sum::<usize>();
            assert_eq!(index.degrees[i], degree);
        }
        for (r, relation) in dataset.relations.iter().enumerate() {
            assert_eq!(index.relation_position[&relation.id], r);
            assert_eq!(index.relation_labels[r], dataset.relation_label(relation));
            let (from, to) = index.relation_ends[r].unwrap();
            assert_eq!(
                (&dataset.actors[from].id, &dataset.actors[to].id),
                (&relation.from, &relation.to)
            );
            let evidence: Vec<usize> = index.relation_evidence[r].clone();
            assert!(evidence
                .iter()
                .all(|&e| dataset.events[e].evidence_for.contains(&relation.id)));
            assert_eq!(
                evidence.len(),
                dataset
                    .events
                    .iter()
                    .filter(|e| e.evidence_for.contains(&relation.id))
                    .count()
            );
        }
        assert_eq!(index.event_order.len(), dataset.events.len());
        assert_eq!(dataset.events[index.event_order[0]].id, "sofa-ratified");
    }

    #[test]
    fn extent_covers_every_event() {
        let dataset = bundled();
        let index = DatasetIndex::new(&dataset);
        assert_eq!(index.extent.start.iso(), "1967-01-01");
        assert_eq!(index.extent.end.iso(), "2024-02-01");
    }
}

/// What to bring forward on the map: a set of actors and of visible relations, each sorted.
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
/// is evidence for. Positions refer to the dataset; `visible` (sorted) limits relations.
pub fn highlight(index: &DatasetIndex, visible: &[usize], focus: Focus) -> Highlight {
    let mut out = Highlight::default();
    match focus {
        Focus::None => {}
        Focus::Actor(actor) => {
            let Some(relations) = index.actor_relations.get(actor) else {
                return out;
            };
            out.actors.push(actor);
            for &i in relations {
                if visible.binary_search(&i).is_ok() {
                    out.relations.push(i);
                    if let Some((from, to)) = index.relation_ends[i] {
                        out.actors.push(if from == actor { to } else { from });
                    }
                }
            }
        }
        Focus::Relation(i) => {
            if let Some(ends) = index.relation_ends.get(i) {
                out.relations.push(i);
                out.actors.extend(ends.iter().flat_map(|&(a, b)| [a, b]));
            }
        }
        Focus::Event(i) => {
            if let Some(actors) = index.event_actors.get(i) {
                out.actors.extend(actors);
                let mut evidence: Vec<usize> = index.event_evidence[i]
                    .iter()
                    .copied()
                    .filter(|r| visible.binary_search(r).is_ok())
                    .collect();
                crate::sort::positions(&mut evidence, &|a, b| a.cmp(&b));
                evidence.dedup();
                out.relations = evidence;
            }
        }
    }
    crate::sort::positions(&mut out.actors, &|a, b| a.cmp(&b));
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

impl Focus {
    /// The focused actor, if an actor is focused.
    pub fn actor(self) -> Option<usize> {
        match self {
            Focus::Actor(i) => Some(i),
            _ => None,
        }
    }
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
        let h = highlight(&index, &all, Focus::Event(event));
        assert_eq!(h.actors.len(), 4);
        assert_eq!(h.relations.len(), 3);
        let actor = index.actor_position["kim-yo-jong"];
        let h = highlight(&index, &all, Focus::Actor(actor));
        assert!(h.actors.contains(&index.actor_position["russia"]));
        assert_eq!(h.relations.len(), 2);
        assert!(highlight(&index, &all, Focus::None).is_empty());
    }
}
