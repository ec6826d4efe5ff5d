//! Level of detail: what the map and the timeline draw when there is more than a reader can
//! see. Small datasets are drawn whole; above a budget, relations are bundled per actor pair
//! (the strongest bundles first, those off screen left out) except the focused record's own,
//! labels appear by importance once they are large enough to read, and the timeline draws only
//! the marks in its visible range, counting the rest in per-lane overflow bins.
//!
//! Pure: plain numbers and positions in, plans out; the views only draw what a plan lists.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Relations drawn one by one up to this many; above it the map bundles them.
pub const EDGE_BUDGET: usize = 500;
/// On a bundled map, at most this many of the focus's own relations are drawn one by one
/// (those with an end on screen first come first).
pub const FOCUS_BUDGET: usize = 120;
/// Up to this many drawn lines, each shows its status as a line pattern (dashes, dots). Above
/// it lines are drawn plain but for the focus's own: dashes on hundreds of crossing lines cannot
/// be told apart, and drawing them costs more than everything else on the map.
pub const PATTERN_BUDGET: usize = 200;
/// On a map drawn whole, an actor pair with at least this many relations (besides the
/// focus's own) is drawn as one connector with their count until either actor is pointed at
/// or selected.
pub const GATHER_AT: usize = 3;
/// Every label is drawn up to this many actors; above it labels follow importance and zoom.
pub const ALL_LABELS_UP_TO: usize = 150;
/// At most this many labels at once on a large map.
pub const LABEL_BUDGET: usize = 250;
/// A label is drawn when its 12-unit font would be at least this many pixels tall.
pub const MIN_LABEL_PIXELS: f64 = 8.0;
/// The timeline draws every mark up to this many events; above it only what is in view.
pub const ALL_MARKS_UP_TO: usize = 150;
/// Width of a timeline overflow bin, in timeline world units.
pub const BIN_WIDTH: f64 = 20.0;

/// What one drawn edge stands for: a single relation or a bundle of an actor pair's relations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKey {
    Relation(usize),
    /// The relations between two actors (smaller position first), drawn as one line.
    Pair(usize, usize),
}

impl EdgeKey {
    /// How a pair's line names its two actors in the page (`data-pair`): their positions.
    pub fn pair_attr(a: usize, b: usize) -> String {
        format!("{a}-{b}")
    }

    /// The two actors a pair's `data-pair` names, if it is one.
    pub fn parse_pair(attr: &str) -> Option<(usize, usize)> {
        let (a, b) = attr.split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }
}

/// A relation that could be drawn: its position, its two actors and its weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EdgeCandidate {
    pub relation: usize,
    pub from: usize,
    pub to: usize,
    pub weight: f64,
}

/// All visible relations between one pair of actors, for drawing as one line.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub a: usize,
    pub b: usize,
    /// Where its relations start in [`Bundles`]' list.
    start: usize,
    /// How many relations it has.
    pub count: usize,
    pub weight: f64,
}

/// The visible relations gathered by actor pair: one list of them, pair after pair, and the
/// pairs, strongest first. One list rather than one per pair: a step of the window makes
/// the pairs anew, and thousands of small lists made and dropped each time cost more than
/// the grouping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bundles {
    /// The relations, by pair and, within a pair, by ascending position.
    relations: Vec<EdgeCandidate>,
    /// The pairs, strongest first (then by their actors' positions).
    pub pairs: Vec<Bundle>,
}

impl Bundles {
    /// A pair's relations, by ascending position.
    pub fn relations(&self, bundle: &Bundle) -> &[EdgeCandidate] {
        &self.relations[bundle.start..bundle.start + bundle.count]
    }
}

/// A line to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnEdge {
    pub key: EdgeKey,
    /// The ends: the relation's direction for a single relation, `(a, b)` for a bundle.
    pub from: usize,
    pub to: usize,
    /// How many relations the line stands for.
    pub count: usize,
}

/// What the map draws of the visible relations.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgePlan {
    pub edges: Vec<DrawnEdge>,
    /// Whether relations are bundled (there are more than the budget).
    pub bundled: bool,
    /// Whether lines are drawn plain, their status patterns left to the focus's own (more
    /// than [`PATTERN_BUDGET`] lines are drawn).
    pub plain: bool,
    /// Visible relations that no drawn line stands for (off screen or past the budget).
    pub hidden: usize,
    /// Visible relations in all.
    pub total: usize,
}

/// Groups relations by unordered actor pair, strongest pair first (ties by pair), each
/// bundle's relations ascending. O(n log n).
pub fn bundle_pairs(candidates: &[EdgeCandidate]) -> Bundles {
    // Candidates come in relation order (the visible relations are), and keep it per pair.
    let sorted;
    let candidates = if candidates.is_sorted_by_key(|c| c.relation) {
        candidates
    } else {
        sorted = {
            let mut all = candidates.to_vec();
            crate::sort::by_key(&mut all, |c| c.relation);
            all
        };
        &sorted[..]
    };
    // Each candidate's pair, numbered in order of first sight, counted and weighed.
    let mut index: HashMap<(usize, usize), usize> = HashMap::default();
    let mut pairs: Vec<Bundle> = Vec::new();
    let of: Vec<usize> = candidates
        .iter()
        .map(|c| {
            let (a, b) = (c.from.min(c.to), c.from.max(c.to));
            let k = *index.entry((a, b)).or_insert_with(|| {
                pairs.push(Bundle {
                    a,
                    b,
                    start: 0,
                    count: 0,
                    weight: 0.0,
                });
                pairs.len() - 1
            });
            pairs[k].count += 1;
            pairs[k].weight += c.weight;
            k
        })
        .collect();
    // Each pair's place in the one list, then its relations put there in their order.
    let mut next = Vec::with_capacity(pairs.len());
    let mut start = 0;
    for bundle in &mut pairs {
        bundle.start = start;
        next.push(start);
        start += bundle.count;
    }
    let mut relations = candidates.to_vec();
    for (c, &k) in candidates.iter().zip(&of) {
        relations[next[k]] = *c;
        next[k] += 1;
    }
    crate::sort::by(&mut pairs, |x, y| {
        y.weight
            .total_cmp(&x.weight)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    Bundles { relations, pairs }
}

/// The lines to draw. Up to `budget` relations, each is drawn as itself (in the order
/// given), but for pairs with at least [`GATHER_AT`] relations that are not in `focus`:
/// those are one line for the pair (where its first relation was). Above it, the `focus` relations (sorted positions) with an end in view are drawn
/// as themselves, at most [`FOCUS_BUDGET`], and the rest as bundles, strongest first, leaving
/// out bundles with neither end in view, until `budget` lines are drawn; a bundle of one
/// relation is drawn as that relation. A bundled plan lists its lines by key, so that a line
/// kept from one plan to the next keeps its place in the drawing (a moved window moves lines,
/// it does not reorder them).
pub fn plan_edges(
    candidates: &[EdgeCandidate],
    bundles: &Bundles,
    focus: &[usize],
    in_view: impl Fn(usize) -> bool,
    budget: usize,
) -> EdgePlan {
    let total = candidates.len();
    if total <= budget {
        let unfocused = |c: &&EdgeCandidate| focus.binary_search(&c.relation).is_err();
        let gathered: HashMap<(usize, usize), usize> = bundles
            .pairs
            .iter()
            .map(|b| {
                (
                    (b.a, b.b),
                    bundles.relations(b).iter().filter(unfocused).count(),
                )
            })
            .filter(|&(_, count)| count >= GATHER_AT)
            .collect();
        let mut drawn_pairs = HashSet::default();
        let mut edges = Vec::with_capacity(total);
        for c in candidates {
            let pair = (c.from.min(c.to), c.from.max(c.to));
            match gathered.get(&pair) {
                Some(&count) if unfocused(&c) => {
                    if drawn_pairs.insert(pair) {
                        edges.push(DrawnEdge {
                            key: EdgeKey::Pair(pair.0, pair.1),
                            from: pair.0,
                            to: pair.1,
                            count,
                        });
                    }
                }
                _ => edges.push(DrawnEdge {
                    key: EdgeKey::Relation(c.relation),
                    from: c.from,
                    to: c.to,
                    count: 1,
                }),
            }
        }
        return EdgePlan {
            plain: edges.len() > PATTERN_BUDGET,
            edges,
            bundled: false,
            hidden: 0,
            total,
        };
    }
    let mut edges = Vec::new();
    let mut shown = 0;
    let mut drawn_alone = HashSet::default();
    let focus_budget = FOCUS_BUDGET.min(budget);
    for c in candidates {
        if edges.len() < focus_budget
            && focus.binary_search(&c.relation).is_ok()
            && (in_view(c.from) || in_view(c.to))
        {
            edges.push(DrawnEdge {
                key: EdgeKey::Relation(c.relation),
                from: c.from,
                to: c.to,
                count: 1,
            });
            drawn_alone.insert(c.relation);
            shown += 1;
        }
    }
    for bundle in &bundles.pairs {
        if edges.len() >= budget {
            break;
        }
        if !in_view(bundle.a) && !in_view(bundle.b) {
            continue;
        }
        let rest: Vec<&EdgeCandidate> = bundles
            .relations(bundle)
            .iter()
            .filter(|c| !drawn_alone.contains(&c.relation))
            .collect();
        match rest.as_slice() {
            [] => {}
            [c] => {
                edges.push(DrawnEdge {
                    key: EdgeKey::Relation(c.relation),
                    from: c.from,
                    to: c.to,
                    count: 1,
                });
                shown += 1;
            }
            many => {
                edges.push(DrawnEdge {
                    key: EdgeKey::Pair(bundle.a, bundle.b),
                    from: bundle.a,
                    to: bundle.b,
                    count: many.len(),
                });
                shown += many.len();
            }
        }
    }
    crate::sort::by_key(&mut edges, |e| e.key);
    EdgePlan {
        plain: edges.len() > PATTERN_BUDGET,
        edges,
        bundled: true,
        hidden: total - shown,
        total,
    }
}

/// A drawn line keeps within this many world units of the straight line between its ends
/// (the curves of a pair's fan stay within about 45).
pub const CURVE_REACH: f64 = 50.0;

/// Whether a line from `a` to `b` may meet the box `[left, top, right, bottom]`: whether the
/// box about its two ends does (so a line that passes a corner by counts too). A box that is
/// not a number meets every line.
pub fn line_may_meet_box(a: (f64, f64), b: (f64, f64), bounds: [f64; 4]) -> bool {
    let [left, top, right, bottom] = bounds;
    !(a.0.min(b.0) > right || a.0.max(b.0) < left || a.1.min(b.1) > bottom || a.1.max(b.1) < top)
}

/// On a map drawn whole (a plan that is not bundled), leaves out the lines that cannot show
/// in the box the lines are planned for: a tall map of 300 actors opens on its top rows, and
/// its lines between rows far below them need not be drawn, nor moved when the window moves.
/// `meets(from, to)` tells whether a line between two actors meets that box. Whether the
/// lines are plain is decided by all of them, so that it does not change as the map pans.
pub fn keep_lines_that_show(plan: &mut EdgePlan, meets: impl Fn(usize, usize) -> bool) {
    if !plan.bundled {
        plan.edges.retain(|e| meets(e.from, e.to));
    }
}

/// Whether a drawn line shows its status pattern: always on a map of few lines; on a plain
/// one, only the lines the highlight (hovered or selected record) brings forward.
pub fn shows_pattern(plan: &EdgePlan, highlighted: bool) -> bool {
    !plan.plain || highlighted
}

/// Which actors' labels to draw. Up to [`ALL_LABELS_UP_TO`] actors, all. Above, the `always`
/// actors (the highlight: a focused or pointed-at actor and its neighbours) that are in view,
/// at most [`LABEL_BUDGET`] of them, and, when a label would be at least [`MIN_LABEL_PIXELS`]
/// tall at `pixels_per_unit`, the most important actors in view, at most [`LABEL_BUDGET`]
/// (both by `importance`, ties by position). A hub's neighbours off screen get no label: on a
/// large map they can be nearly every actor. (The focused actor itself is labelled wherever
/// it is: see [`crate::layout::map::label_order`].)
pub fn labels_to_show(
    importance: &[usize],
    in_view: impl Fn(usize) -> bool,
    pixels_per_unit: f64,
    always: &[usize],
) -> Vec<bool> {
    let n = importance.len();
    if n <= ALL_LABELS_UP_TO {
        return vec![true; n];
    }
    let mut shown = vec![false; n];
    if 12.0 * pixels_per_unit >= MIN_LABEL_PIXELS {
        let mut order: Vec<usize> = (0..n).filter(|&i| in_view(i)).collect();
        crate::sort::positions(&mut order, &|a, b| {
            importance[b].cmp(&importance[a]).then(a.cmp(&b))
        });
        for i in order.into_iter().take(LABEL_BUDGET) {
            shown[i] = true;
        }
    }
    let mut near: Vec<usize> = always
        .iter()
        .copied()
        .filter(|&i| i < n && in_view(i))
        .collect();
    crate::sort::positions(&mut near, &|a, b| {
        importance[b].cmp(&importance[a]).then(a.cmp(&b))
    });
    for i in near.into_iter().take(LABEL_BUDGET) {
        shown[i] = true;
    }
    shown
}

/// Whether a world point shows in the `visible` box (left, top, right, bottom, in viewBox
/// units, see [`crate::layout::view::visible_box`]) under `transform`, with `margin` units
/// of slack so that lines to just-hidden nodes still count.
pub fn point_in_view(
    transform: crate::layout::ViewTransform,
    point: (f64, f64),
    visible: [f64; 4],
    margin: f64,
) -> bool {
    let (x, y) = transform.screen_from_world(point);
    let [left, top, right, bottom] = visible;
    (left - margin..=right + margin).contains(&x) && (top - margin..=bottom + margin).contains(&y)
}

/// Where each node is drawn after a change of the layout or the view: at its new place (of
/// `now`) where that place or the one it is drawn at (of `drawn`) lies in the `planned` box
/// (left, top, right, bottom, in world units, see
/// [`crate::layout::view::FrameView::planned_world`]); else where it is drawn. A node far
/// off screen before and after is left alone (its element untouched: a step of the window
/// moves the hundred nodes near the view of a 2,000-actor map, not all of them), and one
/// that comes into the box, or leaves it, is moved. With nothing drawn yet, every node goes
/// to its place. `at` gives a place's point.
pub fn places_to_draw<P: Copy>(
    drawn: &[P],
    now: impl Iterator<Item = P>,
    at: impl Fn(P) -> (f64, f64),
    planned: [f64; 4],
) -> Vec<P> {
    now.enumerate()
        .map(|(i, place)| match drawn.get(i) {
            Some(&was) if !near_planned(at(place), Some(at(was)), planned) => was,
            _ => place,
        })
        .collect()
}

/// Each item's value to write after a change: its value `now` where `near(i)`, else the one
/// written before (of `before`), so that a change far off screen writes nothing there. With
/// nothing written before, every value is `now`'s. (A hub's selection lights nearly every
/// node of a 2,000-actor map; those far from the view are relit when they come near.)
pub fn keep_far<T: Copy>(
    before: &[T],
    now: impl Iterator<Item = T>,
    near: impl Fn(usize) -> bool,
) -> Vec<T> {
    now.enumerate()
        .map(|(i, value)| match before.get(i) {
            Some(&was) if !near(i) => was,
            _ => value,
        })
        .collect()
}

/// Whether an item at `now` (its place in the layout) or at `drawn` (where it is drawn) lies
/// in the `planned` box (left, top, right, bottom, in world units).
pub fn near_planned(now: (f64, f64), drawn: Option<(f64, f64)>, planned: [f64; 4]) -> bool {
    let [left, top, right, bottom] = planned;
    let inside = |(x, y): (f64, f64)| (left..=right).contains(&x) && (top..=bottom).contains(&y);
    inside(now) || drawn.is_some_and(inside)
}

/// How tall a map label's letters are on screen, in pixels, whatever the frame and zoom.
pub const LABEL_PIXELS: f64 = 11.5;

/// How many times its size at 12 world units a map label is drawn so that it is
/// [`LABEL_PIXELS`] tall at `pixels_per_unit`: labels keep their size on screen as the map
/// is zoomed or its frame shrinks (within a quarter and four times).
pub fn label_scale(pixels_per_unit: f64) -> f64 {
    if pixels_per_unit.is_nan() || pixels_per_unit <= 0.0 {
        return 1.0;
    }
    (LABEL_PIXELS / (12.0 * pixels_per_unit)).clamp(0.25, 4.0)
}

/// Screen pixels per world unit of a drawing of `world` (width, height) fitted into a `frame`
/// of pixels (`preserveAspectRatio` meet), zoomed by `scale`.
pub fn pixels_per_unit(frame: (f64, f64), world: (f64, f64), scale: f64) -> f64 {
    if world.0 <= 0.0 || world.1 <= 0.0 {
        return 0.0;
    }
    (frame.0 / world.0).min(frame.1 / world.1) * scale
}

/// A run of timeline marks too crowded to draw one by one, counted in one lane.
#[derive(Clone, Debug, PartialEq)]
pub struct OverflowBin {
    pub lane: usize,
    /// Left end of the bin, in timeline world units.
    pub x: f64,
    pub count: usize,
    /// The earliest event in the bin (a position), to name it.
    pub first: usize,
}

/// The count a bin shows, short enough to stay inside the bin at the bins' 9-unit font (three
/// figures' width): the count up to 999, then thousands ("2k"). Its accessible name and
/// tooltip say the whole count and what it counts.
pub fn bin_label(count: usize) -> String {
    if count < 1000 {
        count.to_string()
    } else {
        format!("{}k", count / 1000)
    }
}

/// Marks to draw and bins to count, given each mark's left end, right end (bar and label),
/// lane and whether it overflowed its lane's rows. Up to [`ALL_MARKS_UP_TO`] marks, every
/// placed mark is drawn. Above, only marks reaching into `[0, width]`; overflowed marks in
/// view are counted in bins of [`BIN_WIDTH`] per lane. `always` marks (active, selected) are
/// drawn wherever they are. Marks are listed ascending.
pub fn marks_to_draw(
    spans: &[(f64, f64)],
    lanes: &[usize],
    overflow: &[bool],
    width: f64,
    always: &[usize],
) -> (Vec<usize>, Vec<OverflowBin>) {
    let n = spans.len();
    let cull = n > ALL_MARKS_UP_TO;
    let mut drawn = Vec::new();
    let mut bins: HashMap<(usize, i64), OverflowBin> = HashMap::default();
    for i in 0..n {
        let (left, right) = spans[i];
        let in_view = right >= 0.0 && left <= width;
        if always.contains(&i) || (!overflow[i] && (!cull || in_view)) {
            drawn.push(i);
        } else if overflow[i] && in_view {
            let column = (left.max(0.0) / BIN_WIDTH).floor() as i64;
            let bin = bins.entry((lanes[i], column)).or_insert(OverflowBin {
                lane: lanes[i],
                x: column as f64 * BIN_WIDTH,
                count: 0,
                first: i,
            });
            bin.count += 1;
            if spans[i].0 < spans[bin.first].0 {
                bin.first = i;
            }
        }
    }
    let mut bins: Vec<OverflowBin> = bins.into_values().collect();
    crate::sort::by(&mut bins, |a, b| {
        (a.lane, a.x)
            .partial_cmp(&(b.lane, b.x))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    (drawn, bins)
}

/// `next`'s keys (sorted, without repeats) in a drawing order that moves no element already
/// drawn: those of `previous` still there, in their order, then the new ones in theirs. For
/// marks whose order on the page means nothing (overflow bins): a keyed list redrawn in
/// `next`'s own order moves every element after the first insertion, where this one only
/// removes and appends.
pub fn keep_order<K: Copy + Ord>(previous: &[K], next: &[K]) -> Vec<K> {
    let mut kept = vec![false; next.len()];
    let mut order = Vec::with_capacity(next.len());
    for key in previous {
        if let Ok(at) = next.binary_search(key) {
            if !kept[at] {
                kept[at] = true;
                order.push(*key);
            }
        }
    }
    order.extend(
        next.iter()
            .zip(&kept)
            .filter(|(_, &k)| !k)
            .map(|(key, _)| *key),
    );
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bin_s_label_fits_three_figures() {
        assert_eq!(bin_label(1), "1");
        assert_eq!(bin_label(999), "999");
        assert_eq!(bin_label(1_000), "1k");
        assert_eq!(bin_label(23_456), "23k");
        for count in [1, 42, 100, 512, 999, 1_000, 9_999, 99_999] {
            assert!(bin_label(count).chars().count() <= 3, "{count}");
        }
    }

    #[test]
    fn a_pairs_attribute_names_its_two_actors_and_nothing_else_does() {
        assert_eq!(EdgeKey::pair_attr(3, 1204), "3-1204");
        assert_eq!(
            EdgeKey::parse_pair(&EdgeKey::pair_attr(3, 1204)),
            Some((3, 1204))
        );
        for other in ["", "3", "3-", "-4", "a-b", "3-4-5", "russia-vetoes"] {
            assert_eq!(EdgeKey::parse_pair(other), None, "{other:?}");
        }
    }

    fn candidates(n: usize, actors: usize) -> Vec<EdgeCandidate> {
        (0..n)
            .map(|i| EdgeCandidate {
                relation: i,
                from: i % actors,
                to: (i * 7 + i / actors + 1) % actors,
                weight: if i % 3 == 0 { 1.0 } else { 0.4 },
            })
            .collect()
    }

    #[test]
    fn kept_order_removes_and_appends_without_moving_the_rest() {
        // The drawn keys stay in their order; the gone are left out; the new come last.
        assert_eq!(
            keep_order(&[1, 2, 3, 4], &[0, 2, 3, 4, 5]),
            vec![2, 3, 4, 0, 5]
        );
        assert_eq!(
            keep_order(&[4, 2, 9], &[0, 2, 3, 4, 5]),
            vec![4, 2, 0, 3, 5]
        );
        assert_eq!(keep_order::<u8>(&[], &[1, 3]), vec![1, 3]);
        assert_eq!(keep_order(&[3, 1], &[]), Vec::<i32>::new());
        // A kept order is not put back into `next`'s; a key listed twice before is kept once.
        assert_eq!(
            keep_order(&[(1, 2), (0, 4), (1, 2)], &[(0, 4), (1, 2)]),
            vec![(1, 2), (0, 4)]
        );
        // Whatever came before, the result holds `next`'s keys, each once.
        let next = [3, 5, 7, 9];
        for previous in [vec![7, 8, 3], vec![9, 9, 1, 5], vec![], vec![2, 4, 6]] {
            let mut kept = keep_order(&previous, &next);
            kept.sort_unstable();
            assert_eq!(kept, next.to_vec(), "after {previous:?}");
        }
    }

    #[test]
    fn bundles_gather_each_pair_in_either_direction_by_position_and_sum_its_weight() {
        // Candidates of many pairs, in both directions, not in relation order.
        let mut c = candidates(2_000, 60);
        c.reverse();
        c.iter_mut()
            .step_by(3)
            .for_each(|e| std::mem::swap(&mut e.from, &mut e.to));
        let bundles = bundle_pairs(&c);
        let mut naive: std::collections::BTreeMap<(usize, usize), (Vec<usize>, f64)> =
            Default::default();
        for e in &c {
            let entry = naive
                .entry((e.from.min(e.to), e.from.max(e.to)))
                .or_default();
            entry.0.push(e.relation);
            entry.1 += e.weight;
        }
        assert_eq!(bundles.pairs.len(), naive.len());
        for b in &bundles.pairs {
            let (mut relations, weight) = naive[&(b.a, b.b)].clone();
            relations.sort_unstable();
            let got: Vec<usize> = bundles.relations(b).iter().map(|e| e.relation).collect();
            assert_eq!(got, relations, "pair {:?}", (b.a, b.b));
            assert_eq!(b.count, got.len());
            assert!((b.weight - weight).abs() < 1e-9);
        }
        // Strongest first, then by the pair's positions.
        assert!(bundles.pairs.windows(2).all(|w| w[0].weight > w[1].weight
            || (w[0].weight == w[1].weight && (w[0].a, w[0].b) < (w[1].a, w[1].b))));
        assert_eq!(bundle_pairs(&[]), Bundles::default());
    }

    #[test]
    fn small_sets_are_drawn_whole_in_order() {
        let c = candidates(88, 41);
        // No pair here has GATHER_AT relations: every relation is its own line.
        assert!(bundle_pairs(&c).pairs.iter().all(|b| b.count < GATHER_AT));
        let plan = plan_edges(&c, &bundle_pairs(&c), &[], |_| true, EDGE_BUDGET);
        assert!(!plan.bundled);
        assert_eq!(plan.hidden, 0);
        assert_eq!(plan.edges.len(), 88);
        assert!(plan
            .edges
            .iter()
            .enumerate()
            .all(|(i, e)| e.key == EdgeKey::Relation(i) && e.count == 1));
    }

    #[test]
    fn a_pair_with_many_relations_is_one_connector_until_focused() {
        let pair = |relation: usize, from: usize, to: usize| EdgeCandidate {
            relation,
            from,
            to,
            weight: 1.0,
        };
        // Four relations between 0 and 1 (both ways), two between 1 and 2, one between 2 and 3.
        let c = vec![
            pair(0, 0, 1),
            pair(1, 1, 2),
            pair(2, 1, 0),
            pair(3, 0, 1),
            pair(4, 2, 3),
            pair(5, 0, 1),
            pair(6, 2, 1),
        ];
        let bundles = bundle_pairs(&c);
        let plan = plan_edges(&c, &bundles, &[], |_| true, EDGE_BUDGET);
        let keys: Vec<(EdgeKey, usize)> = plan.edges.iter().map(|e| (e.key, e.count)).collect();
        assert_eq!(
            keys,
            vec![
                (EdgeKey::Pair(0, 1), 4),
                (EdgeKey::Relation(1), 1),
                (EdgeKey::Relation(4), 1),
                (EdgeKey::Relation(6), 1),
            ]
        );
        assert_eq!((plan.total, plan.hidden, plan.bundled), (7, 0, false));
        // Pointing at actor 0 puts its relations in the focus: the pair opens.
        let plan = plan_edges(&c, &bundles, &[0, 2, 3, 5], |_| true, EDGE_BUDGET);
        assert!(plan.edges.iter().all(|e| e.count == 1));
        assert_eq!(plan.edges.len(), 7);
        // One of them focused (a selected relation): the other three stay gathered.
        let plan = plan_edges(&c, &bundles, &[3], |_| true, EDGE_BUDGET);
        let keys: Vec<(EdgeKey, usize)> = plan.edges.iter().map(|e| (e.key, e.count)).collect();
        assert_eq!(keys[0], (EdgeKey::Pair(0, 1), 3));
        assert!(keys.contains(&(EdgeKey::Relation(3), 1)));
    }

    #[test]
    fn many_lines_are_plain_but_for_the_highlighted_ones() {
        let plan = plan_edges(
            &candidates(PATTERN_BUDGET, 41),
            &Bundles::default(),
            &[],
            |_| true,
            EDGE_BUDGET,
        );
        assert!(!plan.plain);
        assert!(shows_pattern(&plan, false));
        let many = candidates(PATTERN_BUDGET + 1, 41);
        let plan = plan_edges(&many, &Bundles::default(), &[], |_| true, EDGE_BUDGET);
        assert!(plan.plain && !plan.bundled);
        assert!(!shows_pattern(&plan, false));
        assert!(shows_pattern(&plan, true));
    }

    #[test]
    fn large_sets_are_bundled_within_the_budget_and_count_what_they_leave_out() {
        let c = candidates(10_000, 300);
        let bundles = bundle_pairs(&c);
        let plan = plan_edges(&c, &bundles, &[], |_| true, EDGE_BUDGET);
        assert!(plan.bundled);
        assert_eq!(plan.edges.len(), EDGE_BUDGET);
        let represented: usize = plan.edges.iter().map(|e| e.count).sum();
        assert_eq!(represented + plan.hidden, 10_000);
        // The strongest bundles come first.
        let first = &bundles.pairs[0];
        assert!(bundles.pairs.iter().all(|b| b.weight <= first.weight));
        assert!(plan
            .edges
            .iter()
            .any(|e| e.key == EdgeKey::Pair(first.a, first.b) || first.count == 1));
    }

    #[test]
    fn the_focus_is_drawn_relation_by_relation() {
        let c = candidates(10_000, 300);
        let bundles = bundle_pairs(&c);
        let focus: Vec<usize> = c
            .iter()
            .filter(|e| e.from == 5 || e.to == 5)
            .map(|e| e.relation)
            .collect();
        let plan = plan_edges(&c, &bundles, &focus, |_| true, EDGE_BUDGET);
        for r in &focus {
            assert!(
                plan.edges.iter().any(|e| e.key == EdgeKey::Relation(*r)),
                "{r}"
            );
        }
        // No bundle also counts a focused relation.
        let represented: usize = plan.edges.iter().map(|e| e.count).sum();
        assert_eq!(represented + plan.hidden, 10_000);
    }

    #[test]
    fn a_hub_in_focus_draws_at_most_its_budget_alone() {
        let c = candidates(10_000, 300);
        let bundles = bundle_pairs(&c);
        let focus: Vec<usize> = (0..10_000).step_by(3).collect();
        let plan = plan_edges(&c, &bundles, &focus, |_| true, EDGE_BUDGET);
        let alone = plan
            .edges
            .iter()
            .filter(|e| matches!(e.key, EdgeKey::Relation(r) if focus.binary_search(&r).is_ok()))
            .count();
        assert!(alone >= FOCUS_BUDGET && plan.edges.len() <= EDGE_BUDGET);
        let represented: usize = plan.edges.iter().map(|e| e.count).sum();
        assert_eq!(represented + plan.hidden, 10_000);
    }

    #[test]
    fn a_bundled_plan_lists_its_lines_by_key_whatever_the_weights() {
        let c = candidates(10_000, 300);
        let plan = plan_edges(&c, &bundle_pairs(&c), &[], |_| true, EDGE_BUDGET);
        assert!(plan.edges.windows(2).all(|w| w[0].key < w[1].key));
        // Reweighted (as a moved window does), the lines kept by both plans keep their order.
        let reweighted: Vec<EdgeCandidate> = c
            .iter()
            .map(|e| EdgeCandidate {
                weight: if e.relation % 5 == 0 { 2.0 } else { e.weight },
                ..*e
            })
            .collect();
        let other = plan_edges(
            &reweighted,
            &bundle_pairs(&reweighted),
            &[],
            |_| true,
            EDGE_BUDGET,
        );
        assert_ne!(plan, other);
        let kept = |p: &EdgePlan, q: &EdgePlan| -> Vec<EdgeKey> {
            p.edges
                .iter()
                .map(|e| e.key)
                .filter(|k| q.edges.iter().any(|e| e.key == *k))
                .collect()
        };
        assert_eq!(kept(&plan, &other), kept(&other, &plan));
    }

    #[test]
    fn bundles_off_screen_are_left_out() {
        let c = candidates(10_000, 300);
        let bundles = bundle_pairs(&c);
        let plan = plan_edges(&c, &bundles, &[], |a| a < 20, EDGE_BUDGET);
        assert!(plan.edges.iter().all(|e| e.from < 20 || e.to < 20));
    }

    #[test]
    fn a_line_may_meet_a_box_where_the_box_about_its_ends_does() {
        let view = [0.0, 0.0, 100.0, 100.0];
        // An end inside; both inside; crossing it with both ends outside.
        assert!(line_may_meet_box((50.0, 50.0), (500.0, 900.0), view));
        assert!(line_may_meet_box((10.0, 10.0), (90.0, 20.0), view));
        assert!(line_may_meet_box((50.0, -300.0), (50.0, 400.0), view));
        assert!(line_may_meet_box((-50.0, -50.0), (150.0, 150.0), view));
        // Beside it, above it, below it.
        assert!(!line_may_meet_box((150.0, -300.0), (150.0, 400.0), view));
        assert!(!line_may_meet_box((-20.0, -10.0), (300.0, -10.0), view));
        assert!(!line_may_meet_box((0.0, 200.0), (90.0, 900.0), view));
        // Passing a corner by counts: the test errs on the side of drawing.
        assert!(line_may_meet_box((-50.0, 40.0), (40.0, -50.0), view));
        // Touching an edge counts; a box that is not a number meets everything.
        assert!(line_may_meet_box((100.0, 200.0), (100.0, 50.0), view));
        assert!(line_may_meet_box(
            (900.0, 900.0),
            (950.0, 990.0),
            [f64::NAN; 4]
        ));
        // A point is a line of no length.
        assert!(line_may_meet_box((5.0, 5.0), (5.0, 5.0), view));
        assert!(!line_may_meet_box((-5.0, 5.0), (-5.0, 5.0), view));
    }

    #[test]
    fn a_map_drawn_whole_leaves_out_the_lines_that_cannot_show() {
        // Actors in a column of rows, 100 units apart; the view holds the top two rows.
        let y = |a: usize| a as f64 * 100.0;
        let meets = |a: usize, b: usize| {
            line_may_meet_box((0.0, y(a)), (10.0, y(b)), [-50.0, -50.0, 50.0, 150.0])
        };
        let c = candidates(PATTERN_BUDGET + 50, 41);
        let mut plan = plan_edges(&c, &bundle_pairs(&c), &[], |_| true, EDGE_BUDGET);
        let whole = plan.clone();
        keep_lines_that_show(&mut plan, meets);
        assert!(!plan.edges.is_empty() && plan.edges.len() < whole.edges.len());
        // The lines with an end in view (nothing else passes by it here), in the same
        // order, counted as before, and plain as the whole plan was.
        let shown: Vec<DrawnEdge> = whole
            .edges
            .iter()
            .filter(|e| e.from.min(e.to) <= 1)
            .cloned()
            .collect();
        assert_eq!(plan.edges, shown);
        assert_eq!(
            (plan.total, plan.hidden, plan.plain),
            (whole.total, whole.hidden, whole.plain)
        );
        // A bundled plan has already left out what is off screen: it stays as it is.
        let many = candidates(10_000, 300);
        let bundled = plan_edges(&many, &bundle_pairs(&many), &[], |_| true, EDGE_BUDGET);
        let mut kept = bundled.clone();
        keep_lines_that_show(&mut kept, |_, _| false);
        assert_eq!(kept, bundled);
    }

    #[test]
    fn labels_follow_importance_and_zoom() {
        let importance: Vec<usize> = (0..2000).map(|i| i % 97).collect();
        assert!(labels_to_show(&importance[..100], |_| true, 0.01, &[])
            .iter()
            .all(|&s| s));
        let far = labels_to_show(&importance, |_| true, 0.2, &[7]);
        assert_eq!(
            far.iter().filter(|&&s| s).count(),
            1,
            "too small to read: only the focus"
        );
        assert!(far[7]);
        let near = labels_to_show(&importance, |_| true, 1.0, &[]);
        assert_eq!(near.iter().filter(|&&s| s).count(), LABEL_BUDGET);
        let least_shown = (0..2000)
            .filter(|&i| near[i])
            .map(|i| importance[i])
            .min()
            .unwrap();
        let most_hidden = (0..2000)
            .filter(|&i| !near[i])
            .map(|i| importance[i])
            .max()
            .unwrap();
        assert!(least_shown >= most_hidden);
        let in_view = labels_to_show(&importance, |i| i < 100, 1.0, &[]);
        assert!((100..2000).all(|i| !in_view[i]));
    }

    #[test]
    fn values_far_from_the_view_stay_as_written() {
        // Nothing written yet: every value as it is now.
        assert_eq!(
            keep_far(&[], [true, false].into_iter(), |_| false),
            vec![true, false]
        );
        let before = [false, false, true, true];
        let now = [true, true, false, false];
        let near = |i: usize| i.is_multiple_of(2);
        assert_eq!(
            keep_far(&before, now.into_iter(), near),
            vec![true, false, false, true]
        );
        // A longer list (a dataset's records added) takes the new values beyond the old.
        assert_eq!(
            keep_far(&[false], [true, true].into_iter(), |_| false),
            vec![false, true]
        );
        let planned = [0.0, 0.0, 100.0, 50.0];
        assert!(near_planned((10.0, 10.0), None, planned));
        assert!(near_planned((500.0, 10.0), Some((100.0, 50.0)), planned));
        assert!(!near_planned((500.0, 10.0), Some((10.0, 60.0)), planned));
        assert!(!near_planned((-0.1, 10.0), None, planned));
    }

    #[test]
    fn a_hub_s_neighbours_are_labelled_in_view_only_and_within_the_budget() {
        let importance: Vec<usize> = (0..2000).map(|i| i % 97).collect();
        // A hub next to every other actor, 300 of them in view, zoomed out too far for
        // labels of their own.
        let neighbours: Vec<usize> = (1..2000).collect();
        let shown = labels_to_show(&importance, |i| i < 300, 0.2, &neighbours);
        assert!((300..2000).all(|i| !shown[i]), "none off screen");
        assert_eq!(shown.iter().filter(|&&s| s).count(), LABEL_BUDGET);
        let least_shown = (0..300).filter(|&i| shown[i]).map(|i| importance[i]).min();
        let most_hidden = (1..300).filter(|&i| !shown[i]).map(|i| importance[i]).max();
        assert!(least_shown >= most_hidden, "the most important first");
        // A few neighbours in view: each labelled, however small.
        let few = labels_to_show(&importance, |i| i < 300, 0.2, &[3, 1500, 40]);
        assert_eq!(
            (0..2000).filter(|&i| few[i]).collect::<Vec<_>>(),
            vec![3, 40]
        );
    }

    #[test]
    fn zooming_in_keeps_only_the_bundles_on_screen() {
        use crate::layout::ViewTransform;
        let c = candidates(10_000, 300);
        let bundles = bundle_pairs(&c);
        // 300 actors in a row across a 1000-unit world.
        let x = |a: usize| a as f64 * 1000.0 / 300.0;
        let plan_at = |t: ViewTransform| {
            plan_edges(
                &c,
                &bundles,
                &[],
                |a| point_in_view(t, (x(a), 100.0), [0.0, 0.0, 1000.0, 600.0], 0.0),
                EDGE_BUDGET,
            )
        };
        let fitted = plan_at(ViewTransform::default());
        let zoomed = plan_at(ViewTransform::default().zoom_at((0.0, 100.0), 5.0));
        let on_screen = |a: usize| x(a) * 5.0 <= 1000.0;
        assert!(zoomed
            .edges
            .iter()
            .all(|e| on_screen(e.from) || on_screen(e.to)));
        assert!(fitted
            .edges
            .iter()
            .any(|e| !on_screen(e.from) && !on_screen(e.to)));
        // Zoomed in, the pairs on screen get lines that the fitted view left to stronger pairs.
        let drawn_near = |p: &EdgePlan| {
            p.edges
                .iter()
                .filter(|e| on_screen(e.from) && on_screen(e.to))
                .count()
        };
        assert!(drawn_near(&zoomed) > drawn_near(&fitted));
    }

    #[test]
    fn view_tests_follow_the_transform() {
        use crate::layout::ViewTransform;
        let fitted = ViewTransform::default();
        let box_ = [0.0, 0.0, 1000.0, 600.0];
        assert!(point_in_view(fitted, (500.0, 300.0), box_, 0.0));
        assert!(!point_in_view(fitted, (1200.0, 300.0), box_, 50.0));
        let zoomed = fitted.zoom_at((0.0, 0.0), 4.0);
        assert!(!point_in_view(zoomed, (500.0, 300.0), box_, 0.0));
        assert!(point_in_view(zoomed, (100.0, 100.0), box_, 0.0));
        // A frame wider than the drawing shows more of the plane on either side.
        let wide = crate::layout::view::visible_box((1000.0, 600.0), (2000.0, 600.0));
        assert!(point_in_view(fitted, (1200.0, 300.0), wide, 0.0));
        assert!(!point_in_view(fitted, (1600.0, 300.0), wide, 0.0));
        assert_eq!(pixels_per_unit((500.0, 1000.0), (1000.0, 400.0), 2.0), 1.0);
        assert_eq!(pixels_per_unit((500.0, 100.0), (1000.0, 400.0), 1.0), 0.25);
    }

    #[test]
    fn nodes_far_off_screen_are_left_where_they_are_drawn() {
        let planned = [0.0, 0.0, 100.0, 100.0];
        let point = |p: (f64, f64)| p;
        // The first time, every node goes to its place.
        let first = places_to_draw(
            &[],
            [(50.0, 50.0), (500.0, 500.0)].into_iter(),
            point,
            planned,
        );
        assert_eq!(first, vec![(50.0, 50.0), (500.0, 500.0)]);
        // Then: in view, moved; far off before and after, left; coming in or leaving, moved.
        let drawn = [(50.0, 50.0), (500.0, 500.0), (500.0, 20.0), (20.0, 20.0)];
        let now = [(60.0, 50.0), (510.0, 500.0), (80.0, 20.0), (900.0, 20.0)];
        assert_eq!(
            places_to_draw(&drawn, now.into_iter(), point, planned),
            vec![(60.0, 50.0), (500.0, 500.0), (80.0, 20.0), (900.0, 20.0)]
        );
        // A node added since (no place drawn) goes to its place.
        assert_eq!(
            places_to_draw(&drawn[..1], now[..2].iter().copied(), point, planned),
            vec![(60.0, 50.0), (510.0, 500.0)]
        );
    }

    #[test]
    fn labels_keep_their_size_on_screen() {
        // A map drawn at 0.8 pixels a unit: labels 1.2 times their size, 11.5 pixels tall.
        let ppu = pixels_per_unit((800.0, 600.0), (1000.0, 500.0), 1.0);
        assert!((12.0 * label_scale(ppu) * ppu - LABEL_PIXELS).abs() < 1e-9);
        // Zoomed in twice: half that, still 11.5 pixels.
        let zoomed = pixels_per_unit((800.0, 600.0), (1000.0, 500.0), 2.0);
        assert!((label_scale(zoomed) - label_scale(ppu) / 2.0).abs() < 1e-9);
        // Bounded, and 1 when nothing is measured yet.
        assert_eq!(label_scale(0.001), 4.0);
        assert_eq!(label_scale(100.0), 0.25);
        assert_eq!(label_scale(0.0), 1.0);
        assert_eq!(label_scale(f64::NAN), 1.0);
    }

    #[test]
    fn the_timeline_draws_what_is_in_view_and_bins_the_overflow() {
        let n = 1000;
        let spans: Vec<(f64, f64)> = (0..n)
            .map(|i| (i as f64 * 2.0 - 500.0, i as f64 * 2.0 - 400.0))
            .collect();
        let lanes: Vec<usize> = (0..n).map(|i| i % 3).collect();
        let overflow: Vec<bool> = (0..n).map(|i| i % 2 == 0).collect();
        let (drawn, bins) = marks_to_draw(&spans, &lanes, &overflow, 1000.0, &[0]);
        assert!(
            drawn.contains(&0),
            "the active mark is drawn even off screen"
        );
        for &i in &drawn[1..] {
            assert!(!overflow[i] && spans[i].1 >= 0.0 && spans[i].0 <= 1000.0);
        }
        let binned: usize = bins.iter().map(|b| b.count).sum();
        let expected = (1..n)
            .filter(|&i| overflow[i] && spans[i].1 >= 0.0 && spans[i].0 <= 1000.0)
            .count();
        assert_eq!(binned, expected);
        // A small timeline is drawn whole.
        let (drawn, bins) = marks_to_draw(&spans[..40], &lanes[..40], &[false; 40], 1000.0, &[]);
        assert_eq!((drawn.len(), bins.len()), (40, 0));
    }
}
