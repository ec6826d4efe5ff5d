//! Geometry of the world map in world units (1000 wide): the Equal Earth projection, country
//! outlines as SVG paths, where each actor's mark goes, relations as curved arcs between
//! them, which labels fit, and the fill of each country (the alignment map's colour scale).
//!
//! Pure and host-tested; no DOM, no signals.

use rustc_hash::FxHashMap as HashMap;

use super::num::Tenths;
use crate::layout::encoding::side_class;
use crate::model::world::World;
use crate::model::Dataset;
use crate::query::places::{anchors, Anchor};
use crate::query::DatasetIndex;

/// Width of the world the map is drawn in.
pub const WORLD_MAP_WIDTH: f64 = 1000.0;
/// Space kept around the drawing.
const MARGIN: f64 = 6.0;
/// The latitudes the map shows: every country of the boundary set (Antarctica is left out).
const NORTH: f64 = 84.0;
const SOUTH: f64 = -56.0;

/// The sine of `x` (radians), from its Taylor series after reducing `x` to [-π/2, π/2]: within
/// 1e-11. The projection's own, so the wasm does without the standard library's trigonometry
/// (about 8 KB).
pub fn sine(x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2, PI, TAU};
    let x = x - TAU * (x / TAU).round();
    let x = if x > FRAC_PI_2 {
        PI - x
    } else if x < -FRAC_PI_2 {
        -PI - x
    } else {
        x
    };
    let x2 = x * x;
    // x − x³/3! + x⁵/5! − …, to x¹⁷/17!, summed from the smallest term.
    let mut term = 1.0;
    for k in (1..=8).rev() {
        let n = f64::from(2 * k);
        term = 1.0 - x2 / (n * (n + 1.0)) * term;
    }
    x * term
}

/// The angle in [-π/2, π/2] whose sine is `s` (|s| < 1), by Newton's method on [`sine`].
fn arcsine(s: f64) -> f64 {
    let mut theta = s;
    for _ in 0..8 {
        let sin = sine(theta);
        theta -= (sin - s) / (1.0 - sin * sin).max(1e-12).sqrt();
    }
    theta
}

/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) of a point in degrees, on a
/// sphere of radius 1: x to the east, y to the north.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    // sin θ = m · sin φ, so cos θ = √(1 − (m · sin φ)²).
    let sin_theta = m * sine(lat.clamp(-90.0, 90.0).to_radians());
    let theta = arcsine(sin_theta);
    let (t2, lambda) = (theta * theta, lon.clamp(-180.0, 180.0).to_radians());
    let t6 = t2 * t2 * t2;
    let cos_theta = (1.0 - sin_theta * sin_theta).sqrt();
    let x = lambda * cos_theta / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// World units per unit of the projection.
fn units() -> f64 {
    (WORLD_MAP_WIDTH / 2.0 - MARGIN) / equal_earth(180.0, 0.0).0
}

/// Where a point in degrees is drawn.
pub fn world_from_lon_lat(lon: f64, lat: f64) -> (f64, f64) {
    let (x, y) = equal_earth(lon, lat);
    let top = MARGIN + equal_earth(0.0, NORTH).1 * units();
    (WORLD_MAP_WIDTH / 2.0 + x * units(), top - y * units())
}

/// Height of the world the map is drawn in.
pub fn world_map_height() -> f64 {
    2.0 * MARGIN + (equal_earth(0.0, NORTH).1 - equal_earth(0.0, SOUTH).1) * units()
}

/// The outline of the part of the globe the map shows (its ocean): the meridians ±180° and
/// the parallels that bound it.
pub fn sphere_path() -> String {
    let steps = ((NORTH - SOUTH) / 2.0) as usize;
    let meridian = |lon: f64, k: usize| {
        world_from_lon_lat(lon, SOUTH + (NORTH - SOUTH) * k as f64 / steps as f64)
    };
    let points = (0..=steps)
        .map(|k| meridian(-180.0, k))
        .chain((0..=steps).rev().map(|k| meridian(180.0, k)));
    let mut d = String::new();
    for (k, (x, y)) in points.enumerate() {
        d.push_str(&format!(
            "{}{} {}",
            if k == 0 { 'M' } else { 'L' },
            Tenths(x),
            Tenths(y)
        ));
    }
    d.push('Z');
    d
}

/// A country's outline: each ring (flat longitude, latitude pairs) projected and closed.
pub fn country_path(rings: &[Vec<f64>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut last = String::new();
        for (k, p) in ring.chunks_exact(2).enumerate() {
            let (x, y) = world_from_lon_lat(p[0], p[1]);
            let point = format!("{} {}", Tenths(x), Tenths(y));
            if point != last {
                d.push(if k == 0 { 'M' } else { 'L' });
                d.push_str(&point);
                last = point;
            }
        }
        d.push('Z');
    }
    d
}

/// The fill class of a country: a quiet land colour when no actor stands for it, the
/// alignment map's side colour when its actor has a relation in the window, and "no data"
/// when it has none (which is not neutral). `actor` is whether that actor is placed in the
/// window, and its score.
pub fn country_class(actor: Option<(bool, f64)>) -> &'static str {
    match actor {
        None => "land",
        Some((false, _)) => "no-data",
        Some((true, score)) => side_class(score),
    }
}

/// How far the marks of actors that sit with a state are set around its capital.
const HOSTED_RING: f64 = 8.0;

/// Where each actor's mark is drawn (`None`: not on the map). Actors that sit with another
/// are set around it on a small ring, in dataset order, the first above it.
pub fn actor_points(anchors: &[Anchor]) -> Vec<Option<(f64, f64)>> {
    let mut points: Vec<Option<(f64, f64)>> = anchors
        .iter()
        .map(|anchor| match *anchor {
            Anchor::Capital { lon, lat, .. } | Anchor::Point { lon, lat } => {
                Some(world_from_lon_lat(lon, lat))
            }
            _ => None,
        })
        .collect();
    let mut guests: HashMap<usize, Vec<usize>> = HashMap::default();
    for (a, anchor) in anchors.iter().enumerate() {
        if let Anchor::With(host) = *anchor {
            guests.entry(host).or_default().push(a);
        }
    }
    for (host, list) in guests {
        let Some((x, y)) = points.get(host).copied().flatten() else {
            continue;
        };
        let n = list.len() as f64;
        let radius = HOSTED_RING.max(n * 6.0 / std::f64::consts::TAU);
        for (k, a) in list.into_iter().enumerate() {
            let angle = std::f64::consts::TAU * k as f64 / n;
            // The first straight above the host, the others clockwise.
            let (dx, dy) = (sine(angle), -sine(angle + std::f64::consts::FRAC_PI_2));
            points[a] = Some((x + radius * dx, y + radius * dy));
        }
    }
    points
}

/// A relation's arc: a quadratic curve from one mark to the other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArcPath {
    pub from: (f64, f64),
    pub control: (f64, f64),
    pub to: (f64, f64),
}

impl ArcPath {
    /// A curve from `from` to `to` bowed to the north (up) by `lift` world units at its
    /// middle; between one point and itself, a small loop above it.
    pub fn new(from: (f64, f64), to: (f64, f64), lift: f64) -> ArcPath {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt();
        if length < 1e-6 {
            return ArcPath {
                from,
                control: (from.0, from.1 - 12.0),
                to,
            };
        }
        // The normal of the chord that points up (or, for an upright chord, to the east).
        let (mut nx, mut ny) = (dy / length, -dx / length);
        if ny > 0.0 || (ny == 0.0 && nx < 0.0) {
            (nx, ny) = (-nx, -ny);
        }
        let middle = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
        // A quadratic curve passes half way to its control point at its middle.
        ArcPath {
            from,
            control: (middle.0 + nx * lift * 2.0, middle.1 + ny * lift * 2.0),
            to,
        }
    }

    /// The point at `t` in [0, 1] along the curve.
    pub fn at(&self, t: f64) -> (f64, f64) {
        let u = 1.0 - t;
        let mix = |a: f64, c: f64, b: f64| u * u * a + 2.0 * u * t * c + t * t * b;
        (
            mix(self.from.0, self.control.0, self.to.0),
            mix(self.from.1, self.control.1, self.to.1),
        )
    }

    /// SVG path data.
    pub fn d(&self) -> String {
        let t = Tenths;
        format!(
            "M{} {}Q{} {} {} {}",
            t(self.from.0),
            t(self.from.1),
            t(self.control.0),
            t(self.control.1),
            t(self.to.0),
            t(self.to.1)
        )
    }
}

/// How far (world units) the `rank`-th relation between one pair of actors `length` apart
/// bows at its middle: the first by an eighth of the distance (at most 40), each next one a
/// little further so that they nest, at most 30 further.
pub fn arc_lift(length: f64, rank: usize) -> f64 {
    0.12 * length.min(330.0) + (3.0 * rank as f64).min(30.0)
}

/// The arc of each relation whose ends both have a mark (`None` for the others). Relations
/// between the same pair, in either direction, nest by their order in the dataset, so an arc
/// stays the same whatever the window.
pub fn relation_arcs(
    points: &[Option<(f64, f64)>],
    ends: &[Option<(usize, usize)>],
) -> Vec<Option<ArcPath>> {
    let mut ranks: HashMap<(usize, usize), usize> = HashMap::default();
    ends.iter()
        .map(|ends| {
            let (a, b) = (*ends)?;
            let (from, to) = (points.get(a).copied()??, points.get(b).copied()??);
            let rank = ranks.entry((a.min(b), a.max(b))).or_default();
            let length = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
            let arc = ArcPath::new(from, to, arc_lift(length, *rank));
            *rank += 1;
            Some(arc)
        })
        .collect()
}

/// Which labels to draw: in `order` (the most important first), each label whose box
/// (`x`, `y` of its mark, `chars` long) overlaps no label already taken.
pub fn clear_labels(points: &[(f64, f64)], chars: &[usize], order: &[usize]) -> Vec<bool> {
    let boxes: Vec<(f64, f64, f64, f64)> = points
        .iter()
        .zip(chars)
        .map(|(&(x, y), &n)| (x + 4.0, y - 9.0, x + 6.0 + n as f64 * LABEL_CHAR, y + 2.0))
        .collect();
    let mut shown = vec![false; points.len()];
    let mut taken: Vec<usize> = Vec::new();
    for &i in order {
        let Some(b) = boxes.get(i) else { continue };
        let clear = taken.iter().all(|&t| {
            let o = boxes[t];
            b.2 <= o.0 || o.2 <= b.0 || b.3 <= o.1 || o.3 <= b.1
        });
        if clear {
            shown[i] = true;
            taken.push(i);
        }
    }
    shown
}

/// Approximate width of one character of a label, in world units.
pub const LABEL_CHAR: f64 = 5.0;

/// What the world map draws that stays the same while it is open, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct WorldGeometry {
    /// Each country's outline (boundary set order).
    pub outlines: Vec<String>,
    /// Each country's name and alpha-2 code (empty where it has none).
    pub countries: Vec<(String, String)>,
    /// The actor that stands for each country, if any (the first state with its code).
    pub actor_of_country: Vec<Option<usize>>,
    /// Where each actor belongs (dataset order).
    pub anchors: Vec<Anchor>,
    /// Where each actor's mark is drawn.
    pub points: Vec<Option<(f64, f64)>>,
    /// Each relation's arc, where both its ends have a mark.
    pub arcs: Vec<Option<ArcPath>>,
}

/// The world map's fixed geometry for a dataset.
pub fn world_geometry(dataset: &Dataset, index: &DatasetIndex, world: &World) -> WorldGeometry {
    let anchors = anchors(dataset, index, world);
    let points = actor_points(&anchors);
    let mut actor_of_country = vec![None; world.countries.len()];
    for (a, anchor) in anchors.iter().enumerate() {
        if let Anchor::Capital { country, .. } = *anchor {
            actor_of_country[country].get_or_insert(a);
        }
    }
    WorldGeometry {
        outlines: world
            .countries
            .iter()
            .map(|c| country_path(&c.rings))
            .collect(),
        countries: world
            .countries
            .iter()
            .map(|c| (c.name.clone(), c.a2.clone().unwrap_or_default()))
            .collect(),
        actor_of_country,
        arcs: relation_arcs(&points, &index.relation_ends),
        anchors,
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::encoding::side_of;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-5 && (a.1 - b.1).abs() < 1e-5
    }

    #[test]
    fn equal_earth_matches_the_published_formula() {
        // Expected values worked out from the formula of Šavrič, Patterson and Jenny (2018):
        // x = 2√3·λ·cos θ / (3·(9A4θ⁸ + 7A3θ⁶ + 3A2θ² + A1)), y = A4θ⁹ + A3θ⁷ + A2θ³ + A1θ,
        // sin θ = (√3/2)·sin φ.
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        assert!(close(equal_earth(180.0, 0.0), (2.706630, 0.0)));
        assert!(close(equal_earth(0.0, 90.0), (0.0, 1.317363)));
        assert!(close(equal_earth(180.0, 90.0), (1.603589, 1.317363)));
        // Seoul, Kyiv and Washington.
        assert!(close(equal_earth(126.978, 37.5665), (1.717328, 0.731589)));
        assert!(close(equal_earth(30.5234, 50.4501), (0.377207, 0.948625)));
        assert!(close(equal_earth(-77.0369, 38.9072), (-1.033624, 0.755400)));
    }

    #[test]
    fn the_own_sine_and_arcsine_match_the_standard_ones() {
        for k in -400..=400 {
            let x = f64::from(k) * 0.0317;
            assert!((sine(x) - x.sin()).abs() < 1e-11, "{x}");
        }
        for k in -90..=90 {
            let s = f64::from(k) / 100.0;
            assert!((arcsine(s) - s.asin()).abs() < 1e-12, "{s}");
        }
    }

    #[test]
    fn the_projection_is_symmetric_and_stays_on_the_map() {
        for (lon, lat) in [(10.0, 20.0), (150.0, -45.0), (77.0, 80.0)] {
            let (x, y) = equal_earth(lon, lat);
            assert!(close(equal_earth(-lon, lat), (-x, y)));
            assert!(close(equal_earth(lon, -lat), (x, -y)));
        }
        let (w, h) = (WORLD_MAP_WIDTH, world_map_height());
        assert!(h > 400.0 && h < w / 2.0, "{h}");
        assert!(close(
            world_from_lon_lat(0.0, 0.0),
            (500.0, world_from_lon_lat(0.0, 0.0).1)
        ));
        let (left, _) = world_from_lon_lat(-180.0, 0.0);
        let (right, _) = world_from_lon_lat(180.0, 0.0);
        assert!(close((left, right), (MARGIN, w - MARGIN)));
        let (_, top) = world_from_lon_lat(0.0, NORTH);
        let (_, bottom) = world_from_lon_lat(0.0, SOUTH);
        assert!(close((top, bottom), (MARGIN, h - MARGIN)));
        // Seoul east of Kyiv, Kyiv north of Seoul.
        let (seoul, kyiv) = (
            world_from_lon_lat(126.978, 37.5665),
            world_from_lon_lat(30.5234, 50.4501),
        );
        assert!(seoul.0 > kyiv.0 && kyiv.1 < seoul.1);
    }

    #[test]
    fn an_outline_is_one_closed_path_per_ring() {
        let d = country_path(&[
            vec![0.0, 0.0, 10.0, 0.0, 10.0, 10.0],
            vec![1.0, 1.0, 2.0, 1.0, 2.0, 2.0, 2.0, 2.0],
        ]);
        assert_eq!(d.matches('M').count(), 2);
        assert_eq!(d.matches('Z').count(), 2);
        assert_eq!(
            d.matches('L').count(),
            4,
            "a repeated point is drawn once: {d}"
        );
        assert!(d.starts_with("M500.0 "));
    }

    #[test]
    fn the_colour_scale_is_the_alignment_maps() {
        for k in -20..=20 {
            let score = f64::from(k) / 20.0;
            assert_eq!(country_class(Some((true, score))), side_class(score));
        }
        assert_eq!(side_of(0.1), 0);
        assert_eq!(country_class(Some((false, 0.0))), "no-data");
        assert_ne!(
            country_class(Some((false, 0.0))),
            country_class(Some((true, 0.0)))
        );
        assert_eq!(country_class(None), "land");
    }

    #[test]
    fn an_arcs_ends_sit_on_its_marks_and_it_bows_north() {
        let (seoul, kyiv) = (
            world_from_lon_lat(126.978, 37.5665),
            world_from_lon_lat(30.5234, 50.4501),
        );
        for (from, to) in [(seoul, kyiv), (kyiv, seoul)] {
            let arc = ArcPath::new(from, to, arc_lift(100.0, 0));
            assert_eq!((arc.at(0.0), arc.at(1.0)), (from, to));
            let chord_middle_y = (from.1 + to.1) / 2.0;
            assert!(arc.at(0.5).1 < chord_middle_y, "above the chord");
            assert!(arc
                .d()
                .starts_with(&format!("M{:.1} {:.1}Q", from.0, from.1)));
            assert!(arc.d().ends_with(&format!("{:.1} {:.1}", to.0, to.1)));
        }
        let looped = ArcPath::new(seoul, seoul, 10.0);
        assert_eq!((looped.at(0.0), looped.at(1.0)), (seoul, seoul));
        assert!(looped.at(0.5).1 < seoul.1);
    }

    #[test]
    fn relations_between_one_pair_nest_and_unplaced_ends_have_none() {
        let points = [Some((0.0, 100.0)), Some((100.0, 100.0)), None];
        let ends = [Some((0, 1)), Some((1, 0)), Some((0, 2)), None, Some((0, 1))];
        let arcs = relation_arcs(&points, &ends);
        assert_eq!(arcs.iter().filter(|a| a.is_some()).count(), 3);
        let heights: Vec<f64> = [0, 1, 4]
            .iter()
            .map(|&i| arcs[i].unwrap().at(0.5).1)
            .collect();
        assert!(
            heights[0] > heights[1] && heights[1] > heights[2],
            "{heights:?}"
        );
        assert_eq!(arcs[1].unwrap().from, (100.0, 100.0), "direction kept");
    }

    #[test]
    fn hosted_actors_ring_their_host() {
        let anchors = [
            Anchor::Capital {
                lon: 0.0,
                lat: 0.0,
                country: 0,
            },
            Anchor::With(0),
            Anchor::With(0),
            Anchor::Off(crate::query::places::OffMap::NotTied),
        ];
        let points = actor_points(&anchors);
        let host = points[0].unwrap();
        for guest in [points[1].unwrap(), points[2].unwrap()] {
            let distance = ((guest.0 - host.0).powi(2) + (guest.1 - host.1).powi(2)).sqrt();
            assert!((distance - HOSTED_RING).abs() < 1e-9);
        }
        assert!(points[1].unwrap().1 < host.1, "the first above");
        assert_ne!(points[1], points[2]);
        assert_eq!(points[3], None);
    }

    #[test]
    fn the_bundled_dataset_on_the_bundled_world() {
        let dataset =
            crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        let index = DatasetIndex::new(&dataset);
        let world =
            crate::model::world::parse_world(include_str!("../../public/data/world-110m.json"))
                .unwrap();
        let geometry = world_geometry(&dataset, &index, &world);
        assert_eq!(geometry.outlines.len(), world.countries.len());
        assert!(geometry
            .outlines
            .iter()
            .all(|d| d.starts_with('M') && d.ends_with('Z')));
        let coloured = geometry.actor_of_country.iter().flatten().count();
        let states = dataset
            .actors
            .iter()
            .filter(|a| a.kind == crate::model::ActorKind::State)
            .count();
        assert_eq!(coloured, states);
        for (r, arc) in geometry.arcs.iter().enumerate() {
            let (from, to) = index.relation_ends[r].unwrap();
            match arc {
                Some(arc) => assert_eq!(
                    (Some(arc.from), Some(arc.to)),
                    (geometry.points[from], geometry.points[to])
                ),
                None => assert!(geometry.points[from].is_none() || geometry.points[to].is_none()),
            }
        }
        let (w, h) = (WORLD_MAP_WIDTH, world_map_height());
        for point in geometry.points.iter().flatten() {
            assert!(
                point.0 > 0.0 && point.0 < w && point.1 > 0.0 && point.1 < h,
                "{point:?}"
            );
        }
    }

    #[test]
    fn labels_that_would_overlap_are_left_out_in_order() {
        let points = [(0.0, 0.0), (10.0, 2.0), (0.0, 30.0)];
        assert_eq!(
            clear_labels(&points, &[10, 10, 10], &[0, 1, 2]),
            vec![true, false, true]
        );
        assert_eq!(
            clear_labels(&points, &[10, 10, 10], &[1, 0]),
            vec![false, true, false]
        );
    }
}
