//! How records are drawn: the shape of each actor kind, the dash pattern of each status and
//! the class (colour) of each stance and side. Shared by the map, the timeline and the legend
//! so that one encoding means one thing everywhere.

use crate::layout::num::Tenths;
use crate::model::{ActorKind, Stance, Status};

/// SVG path of an actor's shape, centred on the origin, for radius `r`.
pub fn shape_path(kind: &ActorKind, r: f64) -> String {
    use ActorKind::*;
    let t = Tenths;
    match kind {
        State | SeparatistEntity => {
            let (r, m) = (t(r), t(-r));
            format!("M{m} 0A{r} {r} 0 1 0 {r} 0A{r} {r} 0 1 0 {m} 0Z")
        }
        Alliance | Group => {
            let (s, m) = (t(r * 0.9), t(-r * 0.9));
            format!("M{m} {m}H{s}V{s}H{m}Z")
        }
        InternationalBody | Treaty | Initiative => {
            let (s, m) = (t(r * 1.25), t(-r * 1.25));
            format!("M0 {m}L{s} 0L0 {s}L{m} 0Z")
        }
        ArmedGroup => {
            let s = r * 1.2;
            let (top, x, y, mx) = (t(-s), t(s * 0.87), t(s * 0.5), t(-s * 0.87));
            format!("M0 {top}L{x} {y}L{mx} {y}Z")
        }
        Company | Media => {
            let (a, b) = (r, r * 0.87);
            let (a1, half, mhalf, ma, b1, mb) = (t(a), t(a / 2.0), t(-a / 2.0), t(-a), t(b), t(-b));
            format!("M{a1} 0L{half} {b1}L{mhalf} {b1}L{ma} 0L{mhalf} {mb}L{half} {mb}Z")
        }
        Person | GovernmentBody | Unknown(_) => {
            let (s, m) = (t(r * 0.75), t(-r * 0.75));
            format!("M{m} 0A{s} {s} 0 1 0 {s} 0A{s} {s} 0 1 0 {m} 0Z")
        }
    }
}

/// The name of a kind's shape, for the legend.
pub fn shape_name(kind: &ActorKind) -> &'static str {
    use ActorKind::*;
    crate::tr!(match kind {
        State | SeparatistEntity => "map.shape.circle",
        Alliance | Group => "map.shape.square",
        InternationalBody | Treaty | Initiative => "map.shape.diamond",
        ArmedGroup => "map.shape.triangle",
        Company | Media => "map.shape.hexagon",
        Person | GovernmentBody | Unknown(_) => "map.shape.small-circle",
    })
}

/// The SVG `stroke-dasharray` of a status: solid for confirmed, sparser the weaker.
pub fn status_dash(status: &Status) -> &'static str {
    match status {
        Status::Confirmed => "none",
        Status::Reported => "8 4",
        Status::Planned => "10 3 2 3",
        Status::Alleged => "3 3",
        Status::Speculated => "1 5",
        Status::Denied => "1 3 6 3",
        Status::Unknown(_) => "1 8",
    }
}

/// The CSS class carrying a stance's colour.
pub fn stance_class(stance: &Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "stance-cooperative",
        Stance::Hostile => "stance-hostile",
        Stance::Mixed | Stance::Unknown(_) => "stance-mixed",
    }
}

/// The end of an arrow of each stance, in a 10×10 box with the tip at (10, 5), and its name:
/// stance reads from the shape as well as the colour.
pub fn stance_end(stance: &Stance) -> (&'static str, &'static str) {
    match stance {
        Stance::Cooperative => ("M0 0L10 5L0 10Z", "an arrowhead"),
        Stance::Hostile => ("M5 0H10V10H5Z", "a bar"),
        Stance::Mixed | Stance::Unknown(_) => ("M0 5L5 0L10 5L5 10Z", "a diamond"),
    }
}

/// Which side a score falls on: -1, 0 or +1 (the neutral band is |score| < 0.15).
pub fn side_of(score: f64) -> i8 {
    if score <= -0.15 {
        -1
    } else if score >= 0.15 {
        1
    } else {
        0
    }
}

/// The CSS class carrying a side's colour.
pub fn side_class(score: f64) -> &'static str {
    match side_of(score) {
        -1 => "side-negative",
        1 => "side-positive",
        _ => "side-neutral",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_dash() {
        let dashes: std::collections::HashSet<_> = Status::ALL.iter().map(status_dash).collect();
        assert_eq!(dashes.len(), Status::ALL.len());
    }

    #[test]
    fn every_kind_has_a_closed_shape() {
        for kind in ActorKind::ALL {
            let path = shape_path(kind, 8.0);
            assert!(
                path.starts_with('M') && path.ends_with('Z'),
                "{kind:?}: {path}"
            );
        }
    }

    #[test]
    fn sides_split_at_the_neutral_band() {
        assert_eq!((side_of(-1.0), side_of(0.0), side_of(0.2)), (-1, 0, 1));
        assert_eq!(side_class(-0.5), "side-negative");
    }
}

#[cfg(test)]
mod stance_tests {
    use super::*;

    #[test]
    fn each_stance_ends_in_its_own_shape() {
        let ends: Vec<_> = Stance::ALL.iter().map(stance_end).collect();
        for (i, a) in ends.iter().enumerate() {
            for b in &ends[i + 1..] {
                assert_ne!(a.0, b.0);
                assert_ne!(a.1, b.1);
            }
        }
    }
}
