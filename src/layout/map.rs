//! Geometry of the alignment map in world units: x from the alignment score, y from rows
//! chosen so that no two nodes or labels overlap, and curved, directed edge paths.
//!
//! Deterministic and stable: each actor prefers a row fixed by its position in the dataset, so
//! when scores change actors slide sideways and only move rows to avoid a collision.

use crate::layout::num::Tenths;

/// Width of the world the map is drawn in.
pub const WORLD_WIDTH: f64 = 1000.0;
/// Horizontal margin kept free at each end of the score axis.
pub const MARGIN_X: f64 = 60.0;
/// Height of one row of nodes.
pub const ROW_HEIGHT: f64 = 34.0;
/// Space above the first row (for the axis labels).
pub const MARGIN_TOP: f64 = 40.0;
/// Where the axis (its names and line) ends: no label goes above it.
pub const AXIS_BOTTOM: f64 = 26.0;
/// Approximate width of one character of a 12px label.
pub const CHAR_WIDTH: f64 = 6.6;
/// Gap kept between neighbouring boxes in one row.
const GAP: f64 = 8.0;

/// What the map layout depends on; compare requests to skip needless recomputation.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRequest {
    /// Alignment score of each actor, in [-1, 1].
    pub scores: Vec<f64>,
    /// Number of characters of each actor's label.
    pub label_chars: Vec<usize>,
    /// Number of relations of each actor (sets the node size).
    pub degrees: Vec<usize>,
    /// Edges to draw: (from actor, to actor).
    pub edges: Vec<(usize, usize)>,
    /// Each actor's row, kept whatever the scores (see [`home_rows`]): actors then move
    /// sideways only as the window moves. Empty: rows are chosen here, so that no two nodes
    /// or labels overlap.
    pub home_rows: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodePlacement {
    pub x: f64,
    pub y: f64,
    pub radius: f64,
    pub row: usize,
    /// Whether the label sits left of the node (near the right edge).
    pub label_left: bool,
    /// The horizontal extent of node and label together.
    pub left: f64,
    pub right: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EdgePath {
    /// Position of the edge in the list it was drawn from.
    pub index: usize,
    pub from: usize,
    pub to: usize,
    /// SVG path data: a line or a quadratic curve, ending at the target's rim.
    pub d: String,
    /// Midpoint of the curve, where an edge's hit target and label go.
    pub mid: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub nodes: Vec<NodePlacement>,
    pub edges: Vec<EdgePath>,
    pub width: f64,
    pub height: f64,
}

/// x of a score.
pub fn x_from_score(score: f64) -> f64 {
    MARGIN_X + (score.clamp(-1.0, 1.0) + 1.0) / 2.0 * (WORLD_WIDTH - 2.0 * MARGIN_X)
}

/// Where a node of `score` is drawn: [`x_from_score`] in whole world units (about a pixel),
/// so that a shift in score too small to see moves nothing.
pub fn node_x(score: f64) -> f64 {
    x_from_score(score).round()
}

/// Score of an x (inverse of [`x_from_score`]).
pub fn score_from_x(x: f64) -> f64 {
    (x - MARGIN_X) / (WORLD_WIDTH - 2.0 * MARGIN_X) * 2.0 - 1.0
}

/// Radius of a node with `degree` relations.
pub fn node_radius(degree: usize) -> f64 {
    (5.0 + 1.6 * (degree as f64).sqrt()).min(16.0)
}

/// The row an actor prefers: spread over `rows` by a fixed stride so neighbours in the
/// dataset do not crowd one row.
fn preferred_row(position: usize, rows: usize) -> usize {
    (position * 7) % rows.max(1)
}

/// Places every actor and draws every edge: in its home row when the request gives them,
/// otherwise in rows chosen so that no two nodes or labels overlap.
pub fn map_layout(request: &MapRequest) -> MapLayout {
    if request.home_rows.len() == request.scores.len() && !request.scores.is_empty() {
        return layout_in_rows(request);
    }
    let n = request.scores.len();
    let target_rows = ((n as f64).sqrt() * 1.6).ceil().max(4.0) as usize;
    // Occupied horizontal intervals of each row, kept sorted by left end.
    let mut rows: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut nodes = Vec::with_capacity(n);
    for i in 0..n {
        let mut node = unrowed(request, i);
        let row = free_row(&rows, preferred_row(i, target_rows), node.left, node.right);
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        let slot = rows[row].partition_point(|&(l, _)| l < node.left);
        rows[row].insert(slot, (node.left, node.right));
        node.row = row;
        node.y = row_y(row);
        nodes.push(node);
    }
    finish(request, nodes, rows.len())
}

/// The rows of a layout of `request` with no home rows: each actor's row in the picture of
/// the whole period, to keep in every window.
pub fn home_rows(request: &MapRequest) -> Vec<usize> {
    home_rows_over(request, &[])
}

/// Each actor's row, to keep in every window: chosen as [`map_layout`] chooses rows for the
/// whole period (`request`), but with each node taking room for every place it has in the
/// `samples` (the scores in other windows too), so that nodes kept in one row do not meet
/// as the window moves. Labels keep the room they take in the whole period.
pub fn home_rows_over(request: &MapRequest, samples: &[Vec<f64>]) -> Vec<usize> {
    home_rows_within(request, samples, None)
}

/// How many rows fill a frame of `width` × `height` pixels when the map's world is scaled
/// to the frame's width: at least 4.
pub fn rows_to_fit(width: f64, height: f64) -> usize {
    if width.is_nan() || height.is_nan() || width <= 0.0 || height <= 0.0 {
        return 4;
    }
    let world_height = WORLD_WIDTH * height / width;
    (((world_height - MARGIN_TOP - 10.0) / ROW_HEIGHT).floor() as usize).max(4)
}

/// Up to this many actors, rows are first sought where each node (and its label) has room
/// wherever it stands in the sampled windows, or stands apart from the row's other nodes in
/// each (rules 1 to 3 of [`home_rows_within`]). Above, where labels are drawn by level of
/// detail, the wide room of actors that wander between windows would leave each a row of
/// its own (the test also costs more than it gives): rows are sought for the whole period
/// alone, and nodes that meet in another window are set apart in their row.
const ROOM_EVERYWHERE_UP_TO: usize = 150;

/// [`home_rows_over`], kept within `fit` rows when it is given (see [`rows_to_fit`]), so
/// that the map fills its frame at full width instead of shrinking to its height.
///
/// Actors are placed most connected first. Each takes, in this order, the row nearest its
/// preferred one among the first `fit` where (rules 1 to 3 only up to
/// [`ROOM_EVERYWHERE_UP_TO`] actors):
/// 1. it and its label, wherever it stands in the whole period and the sampled windows,
///    meet no other node or label room;
/// 2. else its node alone, wherever it stands, meets no other node or label room (its label
///    is drawn only where [`place_labels`] finds it a free place);
/// 3. else its node meets no other node of the row at the same time: in the whole period
///    and in each sampled window, the two stand apart;
/// 4. else its node and label in the whole period meet no other's room (in other windows
///    nodes that meet are set apart in their row, see [`layout_in_rows`]);
/// 5. else its node alone in the whole period meets no other's room;
/// 6. else the nearest row, past the first `fit` if need be, where its node alone in the
///    whole period meets no other's room: the rows grow rather than nodes overlap.
///
/// A row keeps the room the rule that chose it asked for. Without `fit`, rules 1 to 5 are
/// skipped and each actor takes the nearest row free for its node and label everywhere.
/// (Before rules 4 and 5, a large set whose actors wander between windows took a row each:
/// 1,922 rows for 2,000 actors, a map drawn 6 pixels wide.)
pub fn home_rows_within(
    request: &MapRequest,
    samples: &[Vec<f64>],
    fit: Option<usize>,
) -> Vec<usize> {
    let n = request.scores.len();
    let strip = strip_places(request);
    let strip_lines = strip
        .iter()
        .flatten()
        .map(|&(line, _)| line + 1)
        .max()
        .unwrap_or(0);
    let natural = ((n as f64).sqrt() * 1.6).ceil().max(4.0) as usize;
    let target = fit.map_or(natural, |f| f.saturating_sub(strip_lines).max(4));
    let mut order: Vec<usize> = (0..n).filter(|&i| strip[i].is_none()).collect();
    if fit.is_some() {
        most_important_first(&mut order, &request.degrees);
    }
    // Where each node stands in the whole period and in each sampled window.
    let places: Vec<Vec<f64>> = if fit.is_some() && n <= ROOM_EVERYWHERE_UP_TO {
        (0..n)
            .map(|i| {
                std::iter::once(request.scores[i])
                    .chain(
                        samples
                            .iter()
                            .map(|s| s.get(i).copied().unwrap_or(request.scores[i])),
                    )
                    .map(node_x)
                    .collect()
            })
            .collect()
    } else {
        Vec::new()
    };
    let radii: Vec<f64> = (0..n)
        .map(|i| node_radius(request.degrees.get(i).copied().unwrap_or(0)))
        .collect();
    let apart_always = |i: usize, j: usize| {
        places[i]
            .iter()
            .zip(&places[j])
            .all(|(a, b)| (a - b).abs() >= radii[i] + radii[j] + 2.0)
    };
    // Occupied intervals of each row (nodes with their labels over every window), and the
    // actors of each row.
    let mut full: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut chosen = vec![0; n];
    for i in order {
        let node = unrowed(request, i);
        let (mut left, mut right) = (node.left, node.right);
        let (mut bare_left, mut bare_right) = (node.x - node.radius, node.x + node.radius);
        for scores in samples {
            if let Some(&score) = scores.get(i) {
                let x = node_x(score);
                left = left.min(x - node.radius);
                right = right.max(x + node.radius);
                bare_left = bare_left.min(x - node.radius);
                bare_right = bare_right.max(x + node.radius);
            }
        }
        let preferred = preferred_row(i, target);
        let within =
            |l: f64, r: f64| fit.and_then(|_| free_row_within(&full, preferred, l, r, target));
        let shared = || {
            if places.is_empty() {
                return None;
            }
            nearest_first(preferred, target).find(|&row| {
                members
                    .get(row)
                    .is_none_or(|m| m.iter().all(|&j| apart_always(i, j)))
            })
        };
        // The room each rule asks for; the row keeps the room its rule took.
        let (whole_left, whole_right) = (node.left, node.right);
        let (alone_left, alone_right) = (node.x - node.radius, node.x + node.radius);
        let everywhere = || {
            if n > ROOM_EVERYWHERE_UP_TO {
                return None;
            }
            within(left, right)
                .map(|row| (row, (left, right)))
                .or_else(|| within(bare_left, bare_right).map(|row| (row, (bare_left, bare_right))))
                .or_else(|| shared().map(|row| (row, (left, right))))
        };
        let (row, (left, right)) = everywhere()
            .or_else(|| within(whole_left, whole_right).map(|row| (row, (whole_left, whole_right))))
            .or_else(|| within(alone_left, alone_right).map(|row| (row, (alone_left, alone_right))))
            .unwrap_or_else(|| match fit {
                Some(_) => (
                    free_row(&full, preferred, alone_left, alone_right),
                    (alone_left, alone_right),
                ),
                None => (free_row(&full, preferred, left, right), (left, right)),
            });
        if full.len() <= row {
            full.resize(row + 1, Vec::new());
            members.resize(row + 1, Vec::new());
        }
        let slot = full[row].partition_point(|&(a, _)| a < left);
        full[row].insert(slot, (left, right));
        members[row].push(i);
        chosen[i] = row;
    }
    // The strip's lines under the last row.
    let below = full.len();
    for (i, place) in strip.iter().enumerate() {
        if let Some((line, _)) = place {
            chosen[i] = below + line;
        }
    }
    chosen
}

/// The rows `0..limit`, nearest `preferred` first (looking down, then up, alternately).
fn nearest_first(preferred: usize, limit: usize) -> impl Iterator<Item = usize> {
    let preferred = preferred.min(limit.saturating_sub(1));
    (0..limit).flat_map(move |distance| {
        let below = (preferred + distance < limit).then_some(preferred + distance);
        let above = (distance > 0 && distance <= preferred).then(|| preferred - distance);
        below.into_iter().chain(above)
    })
}

/// Whether actor `i` has no relation at all in the dataset (and is not a pole): it has no
/// place on the axis in any period, so it waits in the strip under the rows instead of
/// standing at the middle, where it would read as neutral.
fn in_strip(request: &MapRequest, i: usize) -> bool {
    request.degrees.get(i).copied().unwrap_or(0) == 0
        && request.scores.get(i).is_some_and(|s| s.abs() < 0.999)
}

/// Where the actors with no relation at all go in the strip under the rows: for each, its
/// line of the strip (0 first) and its x, packed left to right in dataset order with room for
/// their labels (half as wide again, for labels drawn larger on a small map).
fn strip_places(request: &MapRequest) -> Vec<Option<(usize, f64)>> {
    let mut line = 0;
    let mut cursor = MARGIN_X;
    (0..request.scores.len())
        .map(|i| {
            if !in_strip(request, i) {
                return None;
            }
            let radius = node_radius(0);
            let label = request.label_chars.get(i).copied().unwrap_or(0) as f64 * CHAR_WIDTH;
            let width = 2.0 * radius + 4.0 + label * 1.5;
            if cursor > MARGIN_X && cursor + width > WORLD_WIDTH - MARGIN_X / 2.0 {
                line += 1;
                cursor = MARGIN_X;
            }
            let x = cursor + radius;
            cursor += width + GAP;
            Some((line, x))
        })
        .collect()
}

/// A node at its score, its label's side and extent set, its row not yet.
fn unrowed(request: &MapRequest, i: usize) -> NodePlacement {
    let radius = node_radius(request.degrees.get(i).copied().unwrap_or(0));
    let x = node_x(request.scores[i]);
    let label = request.label_chars.get(i).copied().unwrap_or(0) as f64 * CHAR_WIDTH;
    let label_left = x + radius + 4.0 + label > WORLD_WIDTH;
    let (left, right) = if label_left {
        (x - radius - 4.0 - label, x + radius)
    } else {
        (x - radius, x + radius + 4.0 + label)
    };
    NodePlacement {
        x,
        y: 0.0,
        radius,
        row: 0,
        label_left,
        left,
        right,
    }
}

/// The middle of row `row`.
fn row_y(row: usize) -> f64 {
    MARGIN_TOP + ROW_HEIGHT * (row as f64 + 0.5)
}

/// How far above or below its row's middle a node goes when another node of its row already
/// takes its place: the row's middle first, then a third of a row up, then down.
const ROW_SHIFTS: [f64; 3] = [0.0, -ROW_HEIGHT / 3.0, ROW_HEIGHT / 3.0];

/// Every actor in its home row. Two nodes of one row that would overlap are set apart
/// vertically within the row (the first in x order keeps the middle); labels that would
/// overlap are left to [`place_labels`].
fn layout_in_rows(request: &MapRequest) -> MapLayout {
    let n = request.scores.len();
    let strip = strip_places(request);
    let mut nodes: Vec<NodePlacement> = (0..n)
        .map(|i| {
            let mut node = unrowed(request, i);
            if let Some((_, x)) = strip[i] {
                let width = node.right - node.left;
                node.x = x;
                node.label_left = false;
                node.left = x - node.radius;
                node.right = node.left + width;
            }
            node.row = request.home_rows[i];
            node.y = row_y(node.row);
            node
        })
        .collect();
    let rows = request.home_rows.iter().max().map_or(1, |&r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for (i, &row) in request.home_rows.iter().enumerate() {
        by_row[row].push(i);
    }
    for members in &mut by_row {
        crate::sort::positions(members, &|a, b| {
            nodes[a].x.total_cmp(&nodes[b].x).then(a.cmp(&b))
        });
        // The rightmost edge taken so far at each height of the row.
        let mut reach = [f64::NEG_INFINITY; ROW_SHIFTS.len()];
        for &i in members.iter() {
            let (x, r) = (nodes[i].x, nodes[i].radius);
            let lane = (0..ROW_SHIFTS.len())
                .find(|&k| reach[k] + 2.0 <= x - r)
                .unwrap_or(0);
            reach[lane] = reach[lane].max(x + r);
            nodes[i].y += ROW_SHIFTS[lane];
        }
    }
    finish(request, nodes, rows)
}

/// The layout of placed nodes in `rows` rows, with its edges.
fn finish(request: &MapRequest, nodes: Vec<NodePlacement>, rows: usize) -> MapLayout {
    let height = MARGIN_TOP + ROW_HEIGHT * rows.max(1) as f64 + 10.0;
    let edges = edge_paths(&nodes, &request.edges);
    MapLayout {
        nodes,
        edges,
        width: WORLD_WIDTH,
        height,
    }
}

/// Which side of its node a label is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    Left,
    /// Centred under the node, where neither side has room.
    Below,
    /// Centred over the node.
    Above,
}

/// The box a label of `width` (at 12 units a line) takes on `side` of `node` when labels
/// are drawn `scale` times that size: (left, top, right, bottom). The text is 12 × `scale`
/// units high (its ascent and descent about 14), beside the node its baseline a third of
/// that below the node's middle; under or over the node it fills a box 15 × `scale` high.
pub fn label_box(
    node: &NodePlacement,
    width: f64,
    side: LabelSide,
    scale: f64,
) -> (f64, f64, f64, f64) {
    let (top, bottom) = (node.y - 8.0 * scale, node.y + 7.0 * scale);
    let width = width * scale;
    match side {
        LabelSide::Right => {
            let left = node.x + node.radius + 4.0;
            (left, top, left + width, bottom)
        }
        LabelSide::Left => {
            let right = node.x - node.radius - 4.0;
            (right - width, top, right, bottom)
        }
        LabelSide::Below => {
            let top = node.y + node.radius * 1.25 + 2.0;
            (
                node.x - width / 2.0,
                top,
                node.x + width / 2.0,
                top + 15.0 * scale,
            )
        }
        LabelSide::Above => {
            let bottom = node.y - node.radius * 1.25 - 2.0;
            (
                node.x - width / 2.0,
                bottom - 15.0 * scale,
                node.x + width / 2.0,
                bottom,
            )
        }
    }
}

/// The box a node's shape takes: up to 1.25 times its radius (a diamond, see
/// `encoding::shape_path`).
fn node_box(n: &NodePlacement) -> (f64, f64, f64, f64) {
    let r = n.radius * 1.25;
    (n.x - r, n.y - r, n.x + r, n.y + r)
}

/// The first way the labels placed on `sides` (drawn `scale` times their size) break
/// [`place_labels`]'s promise, if any: a label off the map, two labels that overlap, or a label
/// over a node other than its own. For tests.
#[cfg(test)]
pub(crate) fn label_clash(
    nodes: &[NodePlacement],
    widths: &[f64],
    sides: &[Option<LabelSide>],
    scale: f64,
) -> Option<String> {
    let placed: Vec<(usize, (f64, f64, f64, f64))> = sides
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, label_box(&nodes[i], widths[i], s, scale))))
        .collect();
    for (k, &(i, a)) in placed.iter().enumerate() {
        if a.0 < 0.0 || a.2 > WORLD_WIDTH {
            return Some(format!("label {i} leaves the map"));
        }
        if let Some(&(j, _)) = placed[k + 1..].iter().find(|&&(_, b)| boxes_overlap(a, b)) {
            return Some(format!("labels {i} and {j} overlap"));
        }
        if let Some(j) = (0..nodes.len()).find(|&j| j != i && boxes_overlap(a, node_box(&nodes[j])))
        {
            return Some(format!("label {i} covers node {j}"));
        }
    }
    None
}

fn boxes_overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Sorts actor positions by most `importance` first, ties by position.
fn most_important_first(positions: &mut [usize], importance: &[usize]) {
    let weight = |i: usize| importance.get(i).copied().unwrap_or(0);
    crate::sort::positions(positions, &|a, b| weight(b).cmp(&weight(a)).then(a.cmp(&b)));
}

/// The order in which labels are placed (see [`place_labels`]): the actors in `first` (the
/// selected, pointed-at and keyboard-active ones, repeats dropped), then every other actor
/// `wanted` by most `importance` first, ties by position; and how many came from `first`.
pub fn label_order(wanted: &[bool], importance: &[usize], first: &[usize]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = Vec::with_capacity(wanted.len());
    for &i in first {
        if !order.contains(&i) {
            order.push(i);
        }
    }
    let forced = order.len();
    let mut rest: Vec<usize> = (0..wanted.len())
        .filter(|&i| wanted[i] && !order[..forced].contains(&i))
        .collect();
    most_important_first(&mut rest, importance);
    order.extend(rest);
    (order, forced)
}

/// Where each label goes, for the actors in `order` (most important first; others get
/// none): right of its node, else left (the other way round near the right edge), else
/// under it, else over it, wherever the label stays on the map and overlaps no
/// label placed before it and no other node; a label with no such place is not drawn. The
/// first `forced` actors of `order` (the selected or pointed-at ones) always get a label,
/// overlapping labels placed later give way to it. Labels are drawn `scale` times their
/// size at 12 units (see [`crate::layout::lod::label_scale`]).
pub fn place_labels(
    nodes: &[NodePlacement],
    widths: &[f64],
    order: &[usize],
    forced: usize,
    scale: f64,
) -> Vec<Option<LabelSide>> {
    let mut sides = vec![None; nodes.len()];
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    // Nodes bucketed by row, so that a label is tested against the nodes of its row and the
    // rows next to it.
    let rows = nodes.iter().map(|n| n.row).max().map_or(0, |r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for (i, n) in nodes.iter().enumerate() {
        by_row[n.row].push(i);
    }
    for (k, &i) in order.iter().enumerate() {
        let Some(node) = nodes.get(i) else { continue };
        let width = widths.get(i).copied().unwrap_or(0.0);
        let near = by_row[node.row.saturating_sub(1)..(node.row + 2).min(rows)]
            .iter()
            .flatten()
            .copied();
        let fits = |b: (f64, f64, f64, f64)| {
            b.0 >= 0.0
                && b.2 <= WORLD_WIDTH
                && b.1 >= AXIS_BOTTOM
                && !placed.iter().any(|&p| boxes_overlap(p, b))
                && !near
                    .clone()
                    .any(|j| j != i && boxes_overlap(node_box(&nodes[j]), b))
        };
        let preferred = if node.label_left {
            [
                LabelSide::Left,
                LabelSide::Right,
                LabelSide::Below,
                LabelSide::Above,
            ]
        } else {
            [
                LabelSide::Right,
                LabelSide::Left,
                LabelSide::Below,
                LabelSide::Above,
            ]
        };
        let side = preferred
            .into_iter()
            .find(|&side| fits(label_box(node, width, side, scale)))
            .or((k < forced).then_some(preferred[0]));
        if let Some(side) = side {
            placed.push(label_box(node, width, side, scale));
            sides[i] = Some(side);
        }
    }
    sides
}

/// The row nearest `preferred` (looking down, then up, alternately) where `[left, right]`
/// overlaps nothing.
fn free_row(rows: &[Vec<(f64, f64)>], preferred: usize, left: f64, right: f64) -> usize {
    let fits = |row: usize| row_is_free(rows, row, left, right);
    for distance in 0.. {
        if fits(preferred + distance) {
            return preferred + distance;
        }
        if distance > 0 && distance <= preferred && fits(preferred - distance) {
            return preferred - distance;
        }
    }
    unreachable!("rows past the last one are always free")
}

/// The row nearest `preferred` among the first `limit` where `[left, right]` overlaps
/// nothing, if there is one.
fn free_row_within(
    rows: &[Vec<(f64, f64)>],
    preferred: usize,
    left: f64,
    right: f64,
    limit: usize,
) -> Option<usize> {
    nearest_first(preferred, limit).find(|&row| row_is_free(rows, row, left, right))
}

/// Where the count of a pair's relations goes on the straight connector between nodes `a`
/// and `b`: its middle, or the point nearest the middle (at tenths of the way) where a badge
/// of radius `room` clears every node; the middle if none does.
pub fn badge_point(nodes: &[NodePlacement], a: usize, b: usize, room: f64) -> (f64, f64) {
    let (Some(p), Some(q)) = (nodes.get(a), nodes.get(b)) else {
        return (0.0, 0.0);
    };
    let at = |t: f64| (p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
    [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
        .into_iter()
        .map(at)
        .find(|&(x, y)| {
            nodes.iter().all(|n| {
                let reach = n.radius * 1.25 + room;
                (n.x - x).powi(2) + (n.y - y).powi(2) >= reach * reach
            })
        })
        .unwrap_or_else(|| at(0.5))
}

/// Whether `[left, right]` keeps [`GAP`] from everything in row `row` (a row not yet used is
/// free).
fn row_is_free(rows: &[Vec<(f64, f64)>], row: usize, left: f64, right: f64) -> bool {
    rows.get(row).is_none_or(|intervals| {
        intervals
            .iter()
            .all(|&(l, r)| right + GAP <= l || r + GAP <= left)
    })
}

/// Curved edges: edges between the same pair fan out; the end stops at the target's rim.
/// An edge whose ends are not both placed, or that loops on one node, is left out.
pub fn edge_paths(nodes: &[NodePlacement], edges: &[(usize, usize)]) -> Vec<EdgePath> {
    use rustc_hash::FxHashMap as HashMap;
    let mut pair_count: HashMap<(usize, usize), usize> = HashMap::default();
    for &(a, b) in edges {
        *pair_count.entry((a.min(b), a.max(b))).or_default() += 1;
    }
    let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::default();
    edges
        .iter()
        .enumerate()
        .filter(|&(_, &(a, b))| a < nodes.len() && b < nodes.len() && a != b)
        .map(|(index, &(a, b))| {
            let key = (a.min(b), a.max(b));
            let count = pair_count[&key];
            let seen = pair_seen.entry(key).or_default();
            let k = *seen;
            *seen += 1;
            // Offsets measured against the canonical direction so opposite edges do not overlap.
            // Fans of many edges stay within about 90 units so curves stay on the map.
            let step = (90.0 / count as f64).min(22.0);
            let offset = (k as f64 - (count as f64 - 1.0) / 2.0) * step;
            let (p, q) = (&nodes[key.0], &nodes[key.1]);
            let (dx, dy) = (q.x - p.x, q.y - p.y);
            let length = (dx * dx + dy * dy).sqrt().max(1e-6);
            let (nx, ny) = (-dy / length, dx / length);
            let (mx, my) = (
                (p.x + q.x) / 2.0 + nx * offset,
                (p.y + q.y) / 2.0 + ny * offset,
            );
            let (from, to) = (&nodes[a], &nodes[b]);
            // The control point of a quadratic Bézier through (mx, my) at t = 1/2.
            let (cx, cy) = (
                2.0 * mx - (from.x + to.x) / 2.0,
                2.0 * my - (from.y + to.y) / 2.0,
            );
            let (ex, ey) = towards(to.x, to.y, cx, cy, to.radius + 2.0);
            let d = if offset == 0.0 {
                format!(
                    "M{} {}L{} {}",
                    Tenths(from.x),
                    Tenths(from.y),
                    Tenths(ex),
                    Tenths(ey)
                )
            } else {
                format!(
                    "M{} {}Q{} {} {} {}",
                    Tenths(from.x),
                    Tenths(from.y),
                    Tenths(cx),
                    Tenths(cy),
                    Tenths(ex),
                    Tenths(ey)
                )
            };
            EdgePath {
                index,
                from: a,
                to: b,
                d,
                mid: (mx, my),
            }
        })
        .collect()
}

/// The point `distance` from `(x, y)` in the direction of `(tx, ty)`.
fn towards(x: f64, y: f64, tx: f64, ty: f64, distance: f64) -> (f64, f64) {
    let (dx, dy) = (tx - x, ty - y);
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1e-6 {
        (x, y)
    } else {
        (x + dx / length * distance, y + dy / length * distance)
    }
}

/// A direction of a keyboard arrow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// The node nearest to `from` in `direction`: among nodes lying more that way than sideways
/// of it, the one with the smallest distance, sideways distance counting double.
pub fn nearest_in_direction(
    points: &[(f64, f64)],
    from: usize,
    direction: Direction,
) -> Option<usize> {
    let &(x, y) = points.get(from)?;
    points
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, &(px, py))| {
            let (along, across) = match direction {
                Direction::Right => (px - x, py - y),
                Direction::Left => (x - px, py - y),
                Direction::Down => (py - y, px - x),
                Direction::Up => (y - py, px - x),
            };
            (along > 0.0 && across.abs() <= along * 2.0).then_some((i, along + 2.0 * across.abs()))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(n: usize) -> MapRequest {
        MapRequest {
            scores: (0..n)
                .map(|i| ((i * 37 % 101) as f64 / 50.0) - 1.0)
                .collect(),
            label_chars: (0..n).map(|i| 5 + i % 20).collect(),
            degrees: (0..n).map(|i| 1 + i % 9).collect(),
            edges: (0..n).map(|i| (i, (i + 1) % n)).collect(),
            home_rows: Vec::new(),
        }
    }

    /// `n` actors with scores from a fixed seed; `same` of them share one score.
    fn crowd(n: usize, same: usize) -> MapRequest {
        let mut seed = 99u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        MapRequest {
            scores: (0..n)
                .map(|i| if i < same { 0.62 } else { next() * 2.0 - 1.0 })
                .collect(),
            label_chars: (0..n).map(|i| 6 + (i * 7) % 18).collect(),
            degrees: (0..n).map(|i| 1 + (i * 13) % 30).collect(),
            edges: Vec::new(),
            home_rows: Vec::new(),
        }
    }

    fn widths(request: &MapRequest) -> Vec<f64> {
        request
            .label_chars
            .iter()
            .map(|&c| c as f64 * CHAR_WIDTH)
            .collect()
    }

    /// No two placed labels overlap, and no label overlaps a node other than its own.
    fn assert_labels_clear(layout: &MapLayout, widths: &[f64], sides: &[Option<LabelSide>]) {
        assert_eq!(label_clash(&layout.nodes, widths, sides, 1.0), None);
    }

    /// A node of radius 6 at (`x`, `y`) in row `row`, its label to the right.
    fn node_at(x: f64, y: f64, row: usize) -> NodePlacement {
        NodePlacement {
            x,
            y,
            radius: 6.0,
            row,
            label_left: false,
            left: x - 6.0,
            right: x + 6.0,
        }
    }

    /// Laid out with `scores` in its `rows`, every actor of `whole` is at its row's middle.
    fn assert_in_row_middles(whole: &MapRequest, scores: &[f64], rows: &[usize]) {
        let request = MapRequest {
            scores: scores.to_vec(),
            home_rows: rows.to_vec(),
            ..whole.clone()
        };
        for (i, node) in map_layout(&request).nodes.iter().enumerate() {
            assert_eq!(
                node.y,
                row_y(rows[i]),
                "actor {i} left the middle of its row"
            );
        }
    }

    #[test]
    fn actors_keep_their_home_rows_whatever_the_scores() {
        let whole = crowd(300, 0);
        let rows = home_rows(&whole);
        let mut window = crowd(300, 0);
        window.home_rows = rows.clone();
        for (k, score) in window.scores.iter_mut().enumerate() {
            *score = (*score * 0.5 + if k % 2 == 0 { 0.3 } else { -0.2 }).clamp(-1.0, 1.0);
        }
        let layout = map_layout(&window);
        for (i, node) in layout.nodes.iter().enumerate() {
            assert_eq!(node.row, rows[i]);
            assert!((node.y - row_y(rows[i])).abs() <= ROW_HEIGHT / 3.0 + 1e-9);
            assert!((node.x - x_from_score(window.scores[i])).abs() <= 0.5);
        }
        // Moving the scores again moves nodes sideways only.
        let mut later = window.clone();
        later.scores[5] = -later.scores[5];
        let moved = map_layout(&later);
        assert_eq!(moved.nodes[5].row, layout.nodes[5].row);
    }

    #[test]
    fn rows_chosen_over_sampled_windows_keep_nodes_apart_in_those_windows() {
        let whole = crowd(120, 0);
        let samples: Vec<Vec<f64>> = (0..4)
            .map(|k| {
                whole
                    .scores
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s + 0.15 * ((i + k) % 5) as f64 - 0.3).clamp(-1.0, 1.0))
                    .collect()
            })
            .collect();
        let rows = home_rows_over(&whole, &samples);
        for scores in &samples {
            assert_in_row_middles(&whole, scores, &rows);
        }
    }

    #[test]
    fn rows_to_fit_fill_a_frame_at_full_width() {
        // 1000 units over 936 pixels: 480 pixels are 513 units, 13 rows of 34 below the axis.
        assert_eq!(rows_to_fit(936.0, 480.0), 13);
        assert_eq!(rows_to_fit(1000.0, 50.0 + 34.0 * 20.0), 20);
        assert_eq!(rows_to_fit(936.0, 100.0), 4);
        assert_eq!(rows_to_fit(0.0, 480.0), 4);
        assert_eq!(rows_to_fit(f64::NAN, 480.0), 4);
    }

    #[test]
    fn rows_kept_within_a_frame_use_no_more_rows_than_it_holds_when_nodes_fit() {
        let whole = crowd(41, 0);
        let natural = home_rows(&whole);
        let natural_rows = natural.iter().max().map_or(0, |r| r + 1);
        let fit = 8;
        assert!(
            natural_rows > fit,
            "the crowd needs {natural_rows} rows unfitted"
        );
        let rows = home_rows_within(&whole, &[], Some(fit));
        assert!(rows.iter().all(|&r| r < fit), "{rows:?}");
        // Without a frame, the rows are those of `home_rows_over`.
        assert_eq!(home_rows_within(&whole, &[], None), natural);
        // Nodes of one row never meet, in the whole period or in a sampled window: each is
        // drawn at its row's middle there.
        let samples: Vec<Vec<f64>> = (0..3)
            .map(|k| {
                whole
                    .scores
                    .iter()
                    .map(|s| (s + 0.1 * k as f64).clamp(-1.0, 1.0))
                    .collect()
            })
            .collect();
        let rows = home_rows_within(&whole, &samples, Some(fit));
        for scores in samples.iter().chain([&whole.scores]) {
            assert_in_row_middles(&whole, scores, &rows);
        }
    }

    #[test]
    fn actors_that_wander_between_windows_keep_to_the_frame_s_rows_where_they_fit() {
        // Each actor stands far from its whole-period place in every sampled window, so that
        // no row has room for its node and label everywhere (rules 1 to 3).
        for (n, fit, most) in [(40, 10, 10), (300, 10, 30), (2000, 10, 140)] {
            let whole = crowd(n, 0);
            let samples: Vec<Vec<f64>> = (1..=6)
                .map(|k| {
                    whole
                        .scores
                        .iter()
                        .map(|s| (s + 1.0 + 0.31 * k as f64) % 2.0 - 1.0)
                        .collect()
                })
                .collect();
            let rows = home_rows_within(&whole, &samples, Some(fit));
            let used = rows.iter().max().map_or(0, |r| r + 1);
            assert!(used <= most, "{n} actors took {used} rows for {fit}");
            // In the whole period every node stands at its row's middle: none meets another.
            assert_in_row_middles(&whole, &whole.scores, &rows);
        }
    }

    #[test]
    fn a_frame_too_small_for_the_nodes_gets_more_rows_not_overlaps() {
        // 300 nodes at one score cannot share 4 rows: the rows grow past the frame.
        let mut whole = crowd(300, 300);
        whole.label_chars = vec![4; 300];
        let rows = home_rows_within(&whole, &[], Some(4));
        let used = rows.iter().max().map_or(0, |r| r + 1);
        assert!(used > 4);
        let mut per_row = vec![0; used];
        for &r in &rows {
            per_row[r] += 1;
        }
        assert!(per_row.iter().all(|&k| k == 1), "{per_row:?}");
    }

    #[test]
    fn nodes_of_one_row_that_meet_are_set_apart_in_the_row() {
        let mut request = crowd(4, 4);
        request.home_rows = vec![0, 0, 0, 1];
        let layout = map_layout(&request);
        let ys: Vec<f64> = layout.nodes.iter().map(|n| n.y).collect();
        assert_eq!(ys[0], row_y(0));
        assert_ne!(ys[1], ys[0]);
        assert_ne!(ys[2], ys[1]);
        assert_ne!(ys[2], ys[0]);
        assert_eq!(ys[3], row_y(1));
    }

    #[test]
    fn placed_labels_never_overlap_labels_or_other_nodes() {
        for (n, same) in [(41, 0), (300, 0), (190, 140)] {
            let whole = crowd(n, same);
            let mut request = whole.clone();
            request.home_rows = home_rows(&whole);
            // A window where scores have moved.
            for (k, score) in request.scores.iter_mut().enumerate() {
                if k % 3 == 0 {
                    *score = (*score * 0.6).clamp(-1.0, 1.0);
                }
            }
            let layout = map_layout(&request);
            let widths = widths(&request);
            let order: Vec<usize> = (0..n).collect();
            let sides = place_labels(&layout.nodes, &widths, &order, 0, 1.0);
            assert_labels_clear(&layout, &widths, &sides);
            let shown = sides.iter().flatten().count();
            assert!(shown * 2 >= n, "{shown} of {n} labels placed");
        }
    }

    #[test]
    fn labels_are_placed_for_the_focus_first_then_by_importance() {
        let wanted = [true, false, true, true, true];
        let importance = [3, 9, 7, 7, 1];
        assert_eq!(
            label_order(&wanted, &importance, &[4, 1, 4]),
            (vec![4, 1, 2, 3, 0], 2)
        );
        assert_eq!(
            label_order(&wanted, &importance, &[]),
            (vec![2, 3, 0, 4], 0)
        );
    }

    #[test]
    fn larger_labels_take_more_room_and_still_never_overlap() {
        let mut request = crowd(60, 0);
        request.home_rows = home_rows(&request);
        let layout = map_layout(&request);
        let widths = widths(&request);
        let order: Vec<usize> = (0..60).collect();
        let node = &layout.nodes[0];
        let (small, large) = (
            label_box(node, 60.0, LabelSide::Right, 1.0),
            label_box(node, 60.0, LabelSide::Right, 1.5),
        );
        assert_eq!(small.2 - small.0, 60.0);
        assert_eq!(large.2 - large.0, 90.0);
        assert_eq!(large.3 - large.1, 1.5 * (small.3 - small.1));
        let at = |scale: f64| place_labels(&layout.nodes, &widths, &order, 0, scale);
        let (normal, big) = (at(1.0), at(1.5));
        assert!(big.iter().flatten().count() <= normal.iter().flatten().count());
        assert_eq!(label_clash(&layout.nodes, &widths, &big, 1.5), None);
    }

    #[test]
    fn actors_with_no_relation_at_all_wait_in_a_strip_under_the_rows() {
        let mut whole = crowd(60, 0);
        // Six actors with no relation: at the middle (score 0), but not poles.
        for i in [3, 10, 20, 30, 40, 50] {
            whole.degrees[i] = 0;
            whole.scores[i] = 0.0;
        }
        // A pole with no relation keeps its place.
        whole.degrees[7] = 0;
        whole.scores[7] = -1.0;
        for fit in [None, Some(12)] {
            let rows = home_rows_within(&whole, &[], fit);
            let last = (0..60)
                .filter(|i| ![3, 10, 20, 30, 40, 50].contains(i))
                .map(|i| rows[i])
                .max()
                .unwrap_or(0);
            let mut request = whole.clone();
            request.home_rows = rows.clone();
            let layout = map_layout(&request);
            let strip: Vec<&NodePlacement> = [3, 10, 20, 30, 40, 50]
                .iter()
                .map(|&i| &layout.nodes[i])
                .collect();
            // Under every other row, left to right in dataset order, none at the middle.
            assert!(strip.iter().all(|n| n.row > last), "{fit:?}");
            assert_eq!(strip[0].row, last + 1);
            assert!(strip[0].x < 100.0);
            for pair in strip.windows(2) {
                assert!(
                    (pair[1].row, pair[1].x) > (pair[0].row, pair[0].x),
                    "in order: {:?}",
                    (pair[0].x, pair[1].x)
                );
            }
            assert!(layout.nodes[7].row <= last);
            // Their labels fit beside them.
            let widths = widths(&request);
            let order: Vec<usize> = (0..60).collect();
            let sides = place_labels(&layout.nodes, &widths, &order, 0, 1.0);
            assert!([3, 10, 20, 30, 40, 50]
                .iter()
                .all(|&i| sides[i] == Some(LabelSide::Right)));
            assert_labels_clear(&layout, &widths, &sides);
        }
        // Within a frame, the strip's line counts among the rows it holds.
        let rows = home_rows_within(&whole, &[], Some(12));
        assert!(rows.iter().max().is_some_and(|&r| r < 13), "{rows:?}");
    }

    #[test]
    fn a_pair_s_count_sits_at_the_middle_unless_a_node_is_there() {
        let at = |x, y| node_at(x, y, 0);
        let mut nodes = vec![at(100.0, 100.0), at(300.0, 100.0)];
        assert_eq!(badge_point(&nodes, 0, 1, 9.0), (200.0, 100.0));
        // A third node on the middle: the count moves along the line, off it.
        nodes.push(at(200.0, 102.0));
        let (x, y) = badge_point(&nodes, 0, 1, 9.0);
        assert_eq!(y, 100.0);
        assert!((x - 200.0).abs() >= 6.0 * 1.25 + 9.0 - 2.0, "{x}");
        assert!((x - 180.0).abs() < 1e-9);
    }

    #[test]
    fn a_label_with_no_room_beside_its_node_goes_under_it_then_over_it() {
        let at = node_at;
        // A node hemmed in by two others close on either side, each of whose labels is
        // placed first.
        let mut nodes = vec![
            at(500.0, 100.0, 1),
            at(470.0, 100.0, 1),
            at(530.0, 100.0, 1),
        ];
        let widths = [60.0, 20.0, 20.0];
        let sides = place_labels(&nodes, &widths, &[1, 2, 0], 0, 1.0);
        assert_eq!(sides[0], Some(LabelSide::Below));
        // With a node just under it too, over it.
        nodes.push(at(500.0, 125.0, 2));
        let sides = place_labels(&nodes, &[60.0, 20.0, 20.0, 20.0], &[1, 2, 3, 0], 0, 1.0);
        assert_eq!(sides[0], Some(LabelSide::Above));
        assert_eq!(
            label_clash(&nodes, &[60.0, 20.0, 20.0, 20.0], &sides, 1.0),
            None
        );
    }

    #[test]
    fn a_forced_label_is_always_drawn_and_the_others_give_way() {
        let mut request = crowd(190, 140);
        request.home_rows = home_rows(&crowd(190, 140));
        let layout = map_layout(&request);
        let widths = widths(&request);
        let mut order: Vec<usize> = (0..190).collect();
        order.swap(0, 120);
        let sides = place_labels(&layout.nodes, &widths, &order, 1, 1.0);
        assert!(sides[120].is_some());
        let first = label_box(
            &layout.nodes[120],
            widths[120],
            sides[120].unwrap_or(LabelSide::Right),
            1.0,
        );
        for (i, side) in sides.iter().enumerate() {
            if let (Some(side), true) = (side, i != 120) {
                assert!(!boxes_overlap(
                    first,
                    label_box(&layout.nodes[i], widths[i], *side, 1.0)
                ));
            }
        }
    }

    fn overlap(a: &NodePlacement, b: &NodePlacement) -> bool {
        a.row == b.row && a.left < b.right && b.left < a.right
    }

    #[test]
    fn no_two_nodes_or_labels_overlap() {
        for n in [1, 2, 10, 41, 300] {
            let layout = map_layout(&request(n));
            for (i, a) in layout.nodes.iter().enumerate() {
                for b in &layout.nodes[i + 1..] {
                    assert!(!overlap(a, b), "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn x_follows_the_score_and_fits_the_world() {
        let layout = map_layout(&request(50));
        let req = request(50);
        for (node, score) in layout.nodes.iter().zip(&req.scores) {
            assert!((node.x - x_from_score(*score)).abs() <= 0.5, "{node:?}");
            assert!(node.left >= 0.0 && node.right <= WORLD_WIDTH, "{node:?}");
            assert!(node.y > MARGIN_TOP && node.y < layout.height);
        }
    }

    #[test]
    fn layout_is_deterministic_and_stable_under_small_changes() {
        let req = request(41);
        assert_eq!(map_layout(&req), map_layout(&req));
        let mut moved = req.clone();
        moved.scores[3] = (moved.scores[3] + 0.01).min(1.0);
        let (a, b) = (map_layout(&req), map_layout(&moved));
        let same_rows = a
            .nodes
            .iter()
            .zip(&b.nodes)
            .filter(|(p, q)| p.row == q.row)
            .count();
        assert!(
            same_rows >= 39,
            "only {same_rows} of 41 actors kept their row"
        );
    }

    #[test]
    fn parallel_edges_are_curved_apart() {
        let mut req = request(3);
        req.edges = vec![(0, 1), (1, 0), (0, 2)];
        let layout = map_layout(&req);
        assert!(layout.edges[0].d.contains('Q') && layout.edges[1].d.contains('Q'));
        assert!(layout.edges[2].d.contains('L'));
        assert_ne!(layout.edges[0].mid, layout.edges[1].mid);
    }

    #[test]
    fn arrows_move_to_the_nearest_node_that_way() {
        let points = [
            (0.0, 0.0),
            (10.0, 1.0),
            (20.0, 0.0),
            (0.0, 10.0),
            (-5.0, -30.0),
        ];
        assert_eq!(nearest_in_direction(&points, 0, Direction::Right), Some(1));
        assert_eq!(nearest_in_direction(&points, 1, Direction::Right), Some(2));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Down), Some(3));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Up), Some(4));
        assert_eq!(nearest_in_direction(&points, 0, Direction::Left), None);
    }
}
