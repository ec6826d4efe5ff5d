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

/// Places every actor and draws every edge.
pub fn map_layout(request: &MapRequest) -> MapLayout {
    let n = request.scores.len();
    let target_rows = ((n as f64).sqrt() * 1.6).ceil().max(4.0) as usize;
    // Occupied horizontal intervals of each row, kept sorted by left end.
    let mut rows: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut nodes = Vec::with_capacity(n);
    for i in 0..n {
        let radius = node_radius(request.degrees.get(i).copied().unwrap_or(0));
        // Whole world units (about a pixel): a shift in score too small to see moves nothing.
        let x = x_from_score(request.scores[i]).round();
        let label = request.label_chars.get(i).copied().unwrap_or(0) as f64 * CHAR_WIDTH;
        let label_left = x + radius + 4.0 + label > WORLD_WIDTH;
        let (left, right) = if label_left {
            (x - radius - 4.0 - label, x + radius)
        } else {
            (x - radius, x + radius + 4.0 + label)
        };
        let row = free_row(&rows, preferred_row(i, target_rows), left, right);
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        let slot = rows[row].partition_point(|&(l, _)| l < left);
        rows[row].insert(slot, (left, right));
        nodes.push(NodePlacement {
            x,
            y: MARGIN_TOP + ROW_HEIGHT * (row as f64 + 0.5),
            radius,
            row,
            label_left,
            left,
            right,
        });
    }
    let height = MARGIN_TOP + ROW_HEIGHT * rows.len().max(1) as f64 + 10.0;
    let edges = edge_paths(&nodes, &request.edges);
    MapLayout {
        nodes,
        edges,
        width: WORLD_WIDTH,
        height,
    }
}

/// The row nearest `preferred` (looking down, then up, alternately) where `[left, right]`
/// overlaps nothing.
fn free_row(rows: &[Vec<(f64, f64)>], preferred: usize, left: f64, right: f64) -> usize {
    let fits = |row: usize| {
        rows.get(row).is_none_or(|intervals| {
            intervals
                .iter()
                .all(|&(l, r)| right + GAP <= l || r + GAP <= left)
        })
    };
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

/// Curved edges: edges between the same pair fan out; the end stops at the target's rim.
/// An edge whose ends are not both placed, or that loops on one node, is left out.
pub fn edge_paths(nodes: &[NodePlacement], edges: &[(usize, usize)]) -> Vec<EdgePath> {
    use std::collections::HashMap;
    let mut pair_count: HashMap<(usize, usize), usize> = HashMap::new();
    for &(a, b) in edges {
        *pair_count.entry((a.min(b), a.max(b))).or_default() += 1;
    }
    let mut pair_seen: HashMap<(usize, usize), usize> = HashMap::new();
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
            degrees: (0..n).map(|i| i % 9).collect(),
            edges: (0..n).map(|i| (i, (i + 1) % n)).collect(),
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
