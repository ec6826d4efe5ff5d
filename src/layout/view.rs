//! The zoom and pan of a drawing: a uniform scale and a translation from world to screen
//! units. `pan` and `zoom_at` return new values; nothing here knows about events.

use super::num::Fixed;

/// `screen = world * scale + (x, y)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewTransform {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

/// The farthest and closest zoom allowed. Close enough that a large map, drawn whole at a
/// few pixels per 100 units (2,000 actors mostly near the middle take some 800 rows, and the
/// map fits its frame's height), can be zoomed to its nodes' own size.
pub const MIN_SCALE: f64 = 0.2;
pub const MAX_SCALE: f64 = 64.0;

impl Default for ViewTransform {
    fn default() -> Self {
        ViewTransform {
            scale: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl ViewTransform {
    pub fn screen_from_world(self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale + self.x, y * self.scale + self.y)
    }

    pub fn world_from_screen(self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.x) / self.scale, (y - self.y) / self.scale)
    }

    /// Moved by a screen distance.
    pub fn pan(self, dx: f64, dy: f64) -> ViewTransform {
        ViewTransform {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    /// Zoomed by `factor` keeping the world point under screen point `at` in place; the
    /// scale stays within [MIN_SCALE, MAX_SCALE].
    pub fn zoom_at(self, at: (f64, f64), factor: f64) -> ViewTransform {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let world = self.world_from_screen(at);
        ViewTransform {
            scale,
            x: at.0 - world.0 * scale,
            y: at.1 - world.1 * scale,
        }
    }

    /// The transform that shows a `width`×`height` world whole and centred in a viewport.
    pub fn fit(width: f64, height: f64, viewport: (f64, f64)) -> ViewTransform {
        if width <= 0.0 || height <= 0.0 || viewport.0 <= 0.0 || viewport.1 <= 0.0 {
            return ViewTransform::default();
        }
        let scale = (viewport.0 / width).min(viewport.1 / height);
        ViewTransform {
            scale,
            x: (viewport.0 - width * scale) / 2.0,
            y: (viewport.1 - height * scale) / 2.0,
        }
    }

    /// The SVG `transform` attribute value.
    pub fn svg(self) -> String {
        format!(
            "translate({} {}) scale({})",
            Fixed(self.x, 2),
            Fixed(self.y, 2),
            Fixed(self.scale, 4)
        )
    }
}

/// The transform after pointers (id, x, y in viewBox units) moved from `before` to `after`:
/// one pointer pans by its move; two pinch, panning by their middle's move and zooming by the
/// change of their distance about it.
pub fn gesture_step(
    before: &[(i32, f64, f64)],
    after: &[(i32, f64, f64)],
    t: ViewTransform,
) -> ViewTransform {
    match (before, after) {
        ([a], [b]) => t.pan(b.1 - a.1, b.2 - a.2),
        ([a0, a1, ..], [b0, b1, ..]) => {
            let distance = |p: &(i32, f64, f64), q: &(i32, f64, f64)| {
                ((p.1 - q.1).powi(2) + (p.2 - q.2).powi(2)).sqrt()
            };
            let (d0, d1) = (distance(a0, a1), distance(b0, b1));
            if d0 <= 1.0 {
                return t;
            }
            let mid = ((b0.1 + b1.1) / 2.0, (b0.2 + b1.2) / 2.0);
            let prev_mid = ((a0.1 + a1.1) / 2.0, (a0.2 + a1.2) / 2.0);
            t.pan(mid.0 - prev_mid.0, mid.1 - prev_mid.1)
                .zoom_at(mid, d1 / d0)
        }
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pointer_pans_and_two_pinch() {
        let t = ViewTransform::default();
        let panned = gesture_step(&[(1, 10.0, 10.0)], &[(1, 30.0, 5.0)], t);
        assert_eq!((panned.x, panned.y, panned.scale), (20.0, -5.0, 1.0));
        let pinched = gesture_step(
            &[(1, 100.0, 0.0), (2, 200.0, 0.0)],
            &[(1, 100.0, 0.0), (2, 300.0, 0.0)],
            t,
        );
        assert!((pinched.scale - 2.0).abs() < 1e-9);
        assert_eq!(gesture_step(&[], &[], t), t);
    }

    #[test]
    fn world_and_screen_round_trip() {
        let t = ViewTransform {
            scale: 2.5,
            x: -30.0,
            y: 12.0,
        };
        for p in [(0.0, 0.0), (100.0, -7.5), (-3.0, 999.0)] {
            let back = t.world_from_screen(t.screen_from_world(p));
            assert!((back.0 - p.0).abs() < 1e-9 && (back.1 - p.1).abs() < 1e-9);
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let t = ViewTransform {
            scale: 1.3,
            x: 5.0,
            y: -8.0,
        };
        let at = (200.0, 150.0);
        let before = t.world_from_screen(at);
        let after = t.zoom_at(at, 1.7).world_from_screen(at);
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
        assert_eq!(t.zoom_at(at, 1000.0).scale, MAX_SCALE);
        assert_eq!(t.zoom_at(at, 0.0001).scale, MIN_SCALE);
    }

    #[test]
    fn fit_shows_the_whole_world_centred() {
        let t = ViewTransform::fit(1000.0, 500.0, (500.0, 500.0));
        assert_eq!(t.scale, 0.5);
        assert_eq!(t.screen_from_world((0.0, 0.0)), (0.0, 125.0));
        assert_eq!(t.screen_from_world((1000.0, 500.0)), (500.0, 375.0));
        assert_eq!(
            ViewTransform::fit(0.0, 1.0, (1.0, 1.0)),
            ViewTransform::default()
        );
    }
}

/// A point in a `preserveAspectRatio="xMidYMid meet"` viewBox of size `viewbox` from a point
/// relative to the element's top-left corner, for an element of size `element`.
pub fn viewbox_from_element(
    point: (f64, f64),
    element: (f64, f64),
    viewbox: (f64, f64),
) -> (f64, f64) {
    if element.0 <= 0.0 || element.1 <= 0.0 || viewbox.0 <= 0.0 || viewbox.1 <= 0.0 {
        return point;
    }
    let scale = (element.0 / viewbox.0).min(element.1 / viewbox.1);
    let offset = (
        (element.0 - viewbox.0 * scale) / 2.0,
        (element.1 - viewbox.1 * scale) / 2.0,
    );
    ((point.0 - offset.0) / scale, (point.1 - offset.1) / scale)
}

#[cfg(test)]
mod viewbox_tests {
    use super::viewbox_from_element;

    #[test]
    fn element_points_map_into_the_viewbox() {
        // A 1000×500 viewBox drawn in a 500×500 box: scaled by 1/2, letterboxed by 125 px.
        assert_eq!(
            viewbox_from_element((0.0, 125.0), (500.0, 500.0), (1000.0, 500.0)),
            (0.0, 0.0)
        );
        assert_eq!(
            viewbox_from_element((500.0, 375.0), (500.0, 500.0), (1000.0, 500.0)),
            (1000.0, 500.0)
        );
    }
}
