//! What changed when the time window moved: the events that came into it and the actors
//! that moved most on the map. Play's caption says it; the map draws where the movers came
//! from.

use crate::model::DayRange;
use crate::query::DatasetIndex;

/// How far (in score) an actor must move between two windows to count as moved: about 22
/// world units, a node's width on the map.
pub const MOVED_AT_LEAST: f64 = 0.05;
/// How many of the actors that moved a step names, most moved first.
pub const MOVERS: usize = 3;

/// Where the map stood after a change of the view, and what the change was if it moved the
/// window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepChange {
    /// The window now shown (`None`: all time).
    pub window: Option<DayRange>,
    /// Each actor's score now.
    pub scores: Vec<f64>,
    /// Whether each actor has a place on the axis now (see [`placed_actors`]).
    pub placed: Vec<bool>,
    /// Whether the change moved the window from one period to another (a filter, a first
    /// view, choosing all time or leaving it do not).
    pub stepped: bool,
    /// Events (dataset positions, in time order) in the window now that were not in the
    /// window before.
    pub entered: Vec<usize>,
    /// The actors placed in both windows that moved most, at most [`MOVERS`], most first:
    /// (actor, score before, score now).
    pub moved: Vec<(usize, f64, f64)>,
}

impl StepChange {
    /// Whether there is anything to say about the step.
    pub fn is_quiet(&self) -> bool {
        !self.stepped || (self.entered.is_empty() && self.moved.is_empty())
    }
}

/// Which actors a visible relation touches, or that are poles: the others have no place on
/// the axis in this period.
pub fn placed_actors(
    actors: usize,
    visible: &[usize],
    ends: &[Option<(usize, usize)>],
    poles: [Option<usize>; 2],
) -> Vec<bool> {
    let mut placed = vec![false; actors];
    for &r in visible {
        if let Some(Some((from, to))) = ends.get(r) {
            placed[*from] = true;
            placed[*to] = true;
        }
    }
    for pole in poles.into_iter().flatten() {
        if let Some(p) = placed.get_mut(pole) {
            *p = true;
        }
    }
    placed
}

/// The change from `before` (the view as it stood, if any) to a view with `window`,
/// `scores` and `placed`: when the window moved from one period to another, the events that
/// came into it and the actors that moved most.
pub fn step_change(
    index: &DatasetIndex,
    before: Option<&StepChange>,
    window: Option<DayRange>,
    scores: Vec<f64>,
    placed: Vec<bool>,
) -> StepChange {
    let mut now = StepChange {
        window,
        scores,
        placed,
        ..StepChange::default()
    };
    let Some(before) =
        before.filter(|b| b.window != window && b.window.is_some() && window.is_some())
    else {
        return now;
    };
    now.stepped = true;
    now.entered = index
        .event_order
        .iter()
        .copied()
        .filter(|&i| index.event_in_window(i, window) && !index.event_in_window(i, before.window))
        .collect();
    let mut moved: Vec<(usize, f64, f64)> = Vec::with_capacity(MOVERS + 1);
    for (i, &to) in now.scores.iter().enumerate() {
        let (Some(&from), Some(true), Some(true)) = (
            before.scores.get(i),
            before.placed.get(i),
            now.placed.get(i),
        ) else {
            continue;
        };
        let by = (to - from).abs();
        if by < MOVED_AT_LEAST {
            continue;
        }
        // Kept sorted, most moved first (ties by position), at most MOVERS long.
        let at = moved.partition_point(|&(_, f, t)| (t - f).abs() >= by);
        if at < MOVERS {
            moved.insert(at, (i, from, to));
            moved.truncate(MOVERS);
        }
    }
    now.moved = moved;
    now
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{self, Dataset, Day};

    fn bundled() -> Dataset {
        model::load(include_str!("../../public/data/korea-ukraine-war.json")).expect("valid")
    }

    fn months(from: (i32, u32), to: (i32, u32)) -> Option<DayRange> {
        Some(DayRange {
            start: Day::from_civil(from.0, from.1, 1).expect("a date"),
            end: Day::from_civil(to.0, to.1, 1).expect("a date"),
        })
    }

    #[test]
    fn only_actors_a_visible_relation_touches_are_placed_and_poles_always() {
        let ends = [Some((0, 1)), Some((2, 3)), None];
        assert_eq!(
            placed_actors(5, &[0], &ends, [Some(4), None]),
            vec![true, true, false, false, true]
        );
        assert_eq!(
            placed_actors(5, &[0, 1, 2], &ends, [None, None]),
            vec![true, true, true, true, false]
        );
    }

    #[test]
    fn a_step_names_the_events_that_came_in_and_the_actors_that_moved_most() {
        let index = DatasetIndex::new(&bundled());
        let placed = vec![true, true, true, true];
        let first = step_change(
            &index,
            None,
            months((2022, 1), (2022, 7)),
            vec![0.0, -0.5, 0.5, 0.9],
            placed.clone(),
        );
        assert!(
            !first.stepped && first.is_quiet(),
            "a first view is no step"
        );
        let next = step_change(
            &index,
            Some(&first),
            months((2022, 2), (2022, 8)),
            vec![0.02, -0.1, 0.1, 0.8],
            vec![true, true, true, false],
        );
        assert!(next.stepped);
        // 1 and 2 moved by 0.4; 0 by too little; 3 is no longer placed.
        assert_eq!(next.moved, vec![(1, -0.5, -0.1), (2, 0.5, 0.1)]);
        for &i in &next.entered {
            assert!(index.event_in_window(i, next.window));
            assert!(!index.event_in_window(i, first.window));
        }
        let in_order: Vec<_> = next
            .entered
            .iter()
            .map(|&i| index.event_ranges[i].start)
            .collect();
        assert!(in_order.windows(2).all(|w| w[0] <= w[1]));
        // Every event of July 2022 and none of earlier came in.
        let july = index
            .event_order
            .iter()
            .filter(|&&i| {
                index.event_in_window(i, next.window) && !index.event_in_window(i, first.window)
            })
            .count();
        assert_eq!(next.entered.len(), july);
        // All time chosen, then a period again: no step either way.
        let all = step_change(
            &index,
            Some(&next),
            None,
            next.scores.clone(),
            next.placed.clone(),
        );
        assert!(!all.stepped && all.is_quiet());
        let back = step_change(
            &index,
            Some(&all),
            first.window,
            first.scores.clone(),
            first.placed.clone(),
        );
        assert!(!back.stepped);
        // The same window again (a filter changed): no step.
        let again = step_change(
            &index,
            Some(&next),
            next.window,
            next.scores.clone(),
            next.placed.clone(),
        );
        assert!(!again.stepped && again.is_quiet());
    }

    #[test]
    fn at_most_three_movers_most_first() {
        let index = DatasetIndex::new(&bundled());
        let n = 8;
        let first = step_change(
            &index,
            None,
            months((2022, 1), (2022, 7)),
            vec![0.0; n],
            vec![true; n],
        );
        let scores: Vec<f64> = (0..n).map(|i| i as f64 / 10.0).collect();
        let next = step_change(
            &index,
            Some(&first),
            months((2023, 1), (2023, 7)),
            scores,
            vec![true; n],
        );
        let who: Vec<usize> = next.moved.iter().map(|m| m.0).collect();
        assert_eq!(who, vec![7, 6, 5]);
    }
}
