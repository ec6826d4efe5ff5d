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

/// Below this share of its frame's width, a drawing shown whole opens filling the width
/// instead (see [`ViewTransform::opening`]).
pub const OPENING_MIN_WIDTH: f64 = 0.6;

/// The part of the plane that shows when a `viewbox` (width, height) is drawn with
/// `preserveAspectRatio="xMidYMid meet"` in an element of `frame` pixels: (left, top, right,
/// bottom) in viewBox units, wider or taller than the viewBox itself where the frame's shape
/// differs from the drawing's. The viewBox itself when either size is unknown.
pub fn visible_box(viewbox: (f64, f64), frame: (f64, f64)) -> [f64; 4] {
    let unknown = |v: f64| !(v.is_finite() && v > 0.0);
    if unknown(viewbox.0) || unknown(viewbox.1) || unknown(frame.0) || unknown(frame.1) {
        return [0.0, 0.0, viewbox.0.max(0.0), viewbox.1.max(0.0)];
    }
    let scale = (frame.0 / viewbox.0).min(frame.1 / viewbox.1);
    let (width, height) = (frame.0 / scale, frame.1 / scale);
    let (left, top) = ((viewbox.0 - width) / 2.0, (viewbox.1 - height) / 2.0);
    [left, top, left + width, top + height]
}

/// What a drawing's frame shows: the box of the plane in view (see [`visible_box`]), the
/// view the drawing opens with (see [`ViewTransform::opening`]) and the view it shows, the
/// committed zoom or else the opening one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrameView {
    pub visible: [f64; 4],
    pub opening: ViewTransform,
    pub shown: ViewTransform,
}

impl FrameView {
    /// For a drawing of `viewbox` in an element of `frame` pixels, zoomed by `zoom`.
    pub fn new(viewbox: (f64, f64), frame: (f64, f64), zoom: Option<ViewTransform>) -> Self {
        let opening = ViewTransform::opening(viewbox, frame);
        FrameView {
            visible: visible_box(viewbox, frame),
            opening,
            shown: zoom.unwrap_or(opening),
        }
    }

    /// The part of the world (left, top, right, bottom, in world units) the map's lines are
    /// planned for: twice what the frame shows each way, about the point of a grid of half
    /// its size nearest its middle (steps counted from the world's origin). A pan of less
    /// than a quarter of the view from that point plans the same lines, so that none is
    /// drawn anew or dropped when a short drag ends; a longer pan, or a zoom, plans them
    /// again. The box always holds the view, with at least a quarter of it to spare.
    pub fn planned_world(&self) -> [f64; 4] {
        let [left, top, right, bottom] = self.visible;
        let (x0, y0) = self.shown.world_from_screen((left, top));
        let (x1, y1) = self.shown.world_from_screen((right, bottom));
        let (width, height) = (x1 - x0, y1 - y0);
        if !(width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0) {
            return [x0, y0, x1, y1];
        }
        let snap = |middle: f64, size: f64| (middle / (size / 2.0)).round() * (size / 2.0);
        let (x, y) = (snap((x0 + x1) / 2.0, width), snap((y0 + y1) / 2.0, height));
        [x - width, y - height, x + width, y + height]
    }

    /// A picture of what the frame shows, for a drawing of `viewbox` (width, height): the
    /// drawing as the view places it, cut to what the frame shows of it, scaled to the
    /// drawing's width. Returns the transform that draws it so in a picture of (width,
    /// height), and that size: the view and the viewBox itself where the view shows the
    /// drawing whole; the top rows at full width where a tall map opened so.
    pub fn picture(&self, viewbox: (f64, f64)) -> (ViewTransform, f64, f64) {
        let (x0, y0) = self.shown.screen_from_world((0.0, 0.0));
        let (x1, y1) = self.shown.screen_from_world(viewbox);
        let [left, top, right, bottom] = self.visible;
        let (left, top) = (x0.max(left), y0.max(top));
        let (right, bottom) = (x1.min(right), y1.min(bottom));
        let k = viewbox.0 / (right - left);
        if !(k.is_finite() && k > 0.0 && bottom > top) {
            return (self.shown, viewbox.0, viewbox.1);
        }
        let t = self.shown;
        (
            ViewTransform {
                scale: t.scale * k,
                x: (t.x - left) * k,
                y: (t.y - top) * k,
            },
            viewbox.0,
            (bottom - top) * k,
        )
    }

    /// The closest zoom: [`MAX_SCALE`] times the opening view's scale where that is closer
    /// than the whole drawing's (a tall map opened at full width), else [`MAX_SCALE`].
    pub fn max_scale(&self) -> f64 {
        MAX_SCALE * self.opening.scale.max(1.0)
    }
}

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
        self.zoom_within(at, factor, MAX_SCALE)
    }

    /// [`ViewTransform::zoom_at`], the scale within [MIN_SCALE, `max`] (see
    /// [`FrameView::max_scale`]).
    pub fn zoom_within(self, at: (f64, f64), factor: f64, max: f64) -> ViewTransform {
        let scale = (self.scale * factor).clamp(MIN_SCALE, max.max(MIN_SCALE));
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

    /// The view a drawing of `viewbox` (width, height) opens with in an element of `frame`
    /// pixels (`preserveAspectRatio` meet): the whole drawing (no transform), unless drawn
    /// whole it would take less than [`OPENING_MIN_WIDTH`] of the frame's width (a map of
    /// many more rows than its frame holds, drawn as a thin column): then the drawing fills
    /// the frame's width and shows its top rows, the rest a drag away.
    pub fn opening(viewbox: (f64, f64), frame: (f64, f64)) -> ViewTransform {
        let [left, top, right, _] = visible_box(viewbox, frame);
        let shown = right - left;
        if shown.is_nan() || shown <= 0.0 || viewbox.0 / shown >= OPENING_MIN_WIDTH {
            return ViewTransform::default();
        }
        let scale = shown / viewbox.0;
        ViewTransform {
            scale,
            x: left,
            y: top,
        }
    }

    /// Panned, if need be, so that the world `point` shows inside the `visible` box
    /// (left, top, right, bottom, in viewBox units) at least `margin` units from its edges:
    /// an axis already so is left alone; one that is not brings the point to the box's middle
    /// (or as near as the box allows).
    pub fn reveal(self, point: (f64, f64), visible: [f64; 4], margin: f64) -> ViewTransform {
        let (x, y) = self.screen_from_world(point);
        let [left, top, right, bottom] = visible;
        let shift = |at: f64, low: f64, high: f64| {
            if !(low.is_finite() && high.is_finite())
                || (low + margin..=high - margin).contains(&at)
            {
                0.0
            } else {
                (low + high) / 2.0 - at
            }
        };
        self.pan(shift(x, left, right), shift(y, top, bottom))
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
/// change of their distance about it (up to `max_scale`).
pub fn gesture_step(
    before: &[(i32, f64, f64)],
    after: &[(i32, f64, f64)],
    t: ViewTransform,
    max_scale: f64,
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
                .zoom_within(mid, d1 / d0, max_scale)
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
        let panned = gesture_step(&[(1, 10.0, 10.0)], &[(1, 30.0, 5.0)], t, MAX_SCALE);
        assert_eq!((panned.x, panned.y, panned.scale), (20.0, -5.0, 1.0));
        let pinched = gesture_step(
            &[(1, 100.0, 0.0), (2, 200.0, 0.0)],
            &[(1, 100.0, 0.0), (2, 300.0, 0.0)],
            t,
            MAX_SCALE,
        );
        assert!((pinched.scale - 2.0).abs() < 1e-9);
        assert_eq!(gesture_step(&[], &[], t, MAX_SCALE), t);
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
    fn the_visible_box_spans_the_frame() {
        // A 1000×500 drawing in a 500×500 frame: drawn at 1/2, 500 units of plane tall.
        assert_eq!(
            visible_box((1000.0, 500.0), (500.0, 500.0)),
            [0.0, -250.0, 1000.0, 750.0]
        );
        // A tall one in a wide frame: wider than the drawing on both sides.
        assert_eq!(
            visible_box((1000.0, 4000.0), (1000.0, 400.0)),
            [-4500.0, 0.0, 5500.0, 4000.0]
        );
        // Not yet measured: the viewBox.
        assert_eq!(
            visible_box((1000.0, 500.0), (0.0, 0.0)),
            [0.0, 0.0, 1000.0, 500.0]
        );
    }

    #[test]
    fn a_map_much_taller_than_its_frame_opens_at_full_width_from_its_top() {
        // Drawn whole, a 1000×4000 map would take a tenth of a 1000×400 frame's width.
        let t = ViewTransform::opening((1000.0, 4000.0), (1000.0, 400.0));
        let visible = visible_box((1000.0, 4000.0), (1000.0, 400.0));
        // Its left and right edges at the frame's, its top at the frame's top.
        assert!((t.screen_from_world((0.0, 0.0)).0 - visible[0]).abs() < 1e-9);
        assert!((t.screen_from_world((1000.0, 0.0)).0 - visible[2]).abs() < 1e-9);
        assert!((t.screen_from_world((0.0, 0.0)).1 - visible[1]).abs() < 1e-9);
        // 400 units of the map show: the 1000 units of width fill the 1000 pixels.
        let bottom = t.world_from_screen((0.0, visible[3])).1;
        assert!((bottom - 400.0).abs() < 1e-9);
        // A map about its frame's shape, or not much taller, opens whole.
        assert_eq!(
            ViewTransform::opening((1000.0, 420.0), (1000.0, 400.0)),
            ViewTransform::default()
        );
        assert_eq!(
            ViewTransform::opening((1000.0, 600.0), (1000.0, 400.0)),
            ViewTransform::default()
        );
        assert_eq!(
            ViewTransform::opening((1000.0, 600.0), (0.0, 0.0)),
            ViewTransform::default()
        );
    }

    #[test]
    fn a_frame_shows_its_zoom_or_else_its_opening() {
        let (tall, frame) = ((1000.0, 4000.0), (1000.0, 400.0));
        let opened = FrameView::new(tall, frame, None);
        assert_eq!(opened.opening, ViewTransform::opening(tall, frame));
        assert_eq!(opened.shown, opened.opening);
        assert_eq!(opened.visible, visible_box(tall, frame));
        let zoomed = ViewTransform::default().zoom_at((0.0, 0.0), 2.0);
        assert_eq!(FrameView::new(tall, frame, Some(zoomed)).shown, zoomed);
        // Opened ten times closer than whole, it zooms in 64 times further from there.
        assert!((opened.max_scale() - 640.0).abs() < 1e-9);
        let closest = opened
            .opening
            .zoom_within((0.0, 0.0), 1e6, opened.max_scale());
        assert!((closest.scale - 640.0).abs() < 1e-9);
        assert_eq!(
            FrameView::new((1000.0, 400.0), frame, None).max_scale(),
            MAX_SCALE
        );
        // A pinch keeps within it too.
        let pinched = gesture_step(
            &[(1, 0.0, 0.0), (2, 10.0, 0.0)],
            &[(1, 0.0, 0.0), (2, 1000.0, 0.0)],
            opened.opening,
            opened.max_scale(),
        );
        assert!((pinched.scale - 640.0).abs() < 1e-9);
    }

    #[test]
    fn lines_are_planned_for_a_snapped_box_around_the_view() {
        // A 1000×4000 map opened on its top 400 units (frame 1000×400 pixels).
        let (tall, frame) = ((1000.0, 4000.0), (1000.0, 400.0));
        let opened = FrameView::new(tall, frame, None);
        let planned = opened.planned_world();
        // Twice what shows (0..1000 × 0..400) each way, about its middle.
        let near = |a: [f64; 4], b: [f64; 4]| a.iter().zip(&b).all(|(p, q)| (p - q).abs() < 1e-6);
        assert!(
            near(planned, [-500.0, -200.0, 1500.0, 600.0]),
            "{planned:?}"
        );
        // Dragged up by 50 units or 90: the same plan; by 150, the next point of the grid.
        let dragged = |units: f64| {
            let zoom = opened.opening.pan(0.0, -units * opened.opening.scale);
            FrameView::new(tall, frame, Some(zoom)).planned_world()
        };
        assert!(near(dragged(50.0), planned));
        assert!(near(dragged(90.0), planned));
        assert!(near(dragged(150.0), [-500.0, 0.0, 1500.0, 800.0]));
        // Whatever the pan, the view (y 0..400 moved down by `units`) is inside, with room.
        for units in [0.0, 37.0, 99.0, 101.0, 260.0, 1234.5] {
            let [_, top, _, bottom] = dragged(units);
            assert!(
                top <= units - 100.0 + 1e-6 && bottom >= units + 500.0 - 1e-6,
                "{units}"
            );
        }
        // Zoomed in twice about the frame's left edge at the top (the world's x 450): it
        // shows 225..725 × 0..200, and plans for twice that about the grid's (500, 100).
        let zoomed = FrameView::new(tall, frame, Some(opened.opening.zoom_at((0.0, 0.0), 2.0)));
        assert!(near(zoomed.planned_world(), [0.0, -100.0, 1000.0, 300.0]));
    }

    #[test]
    fn a_picture_shows_what_the_frame_shows_at_the_drawings_width() {
        let close =
            |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6;
        // Whole: the view and the viewBox.
        let whole = FrameView::new((1000.0, 500.0), (1200.0, 500.0), None);
        assert_eq!(
            whole.picture((1000.0, 500.0)),
            (ViewTransform::default(), 1000.0, 500.0)
        );
        // A tall map opened at full width: its top 400 units, at one unit a unit.
        let (tall, frame) = ((1000.0, 4000.0), (1000.0, 400.0));
        let (t, width, height) = FrameView::new(tall, frame, None).picture(tall);
        assert!(close((width, height), (1000.0, 400.0)));
        assert!(close(t.screen_from_world((0.0, 0.0)), (0.0, 0.0)));
        assert!(close(t.screen_from_world((1000.0, 400.0)), (1000.0, 400.0)));
        // Zoomed in twice about the middle of a frame of the drawing's shape: what shows of
        // it (the middle half each way) fills the picture.
        let zoom = ViewTransform::default().zoom_at((500.0, 250.0), 2.0);
        let (t, width, height) =
            FrameView::new((1000.0, 500.0), (1000.0, 500.0), Some(zoom)).picture((1000.0, 500.0));
        assert!(close((width, height), (1000.0, 500.0)));
        assert!(close(t.screen_from_world((250.0, 125.0)), (0.0, 0.0)));
        assert!(close(t.screen_from_world((750.0, 375.0)), (1000.0, 500.0)));
    }

    #[test]
    fn reveal_pans_only_what_is_out_of_view() {
        let visible = [0.0, 0.0, 1000.0, 400.0];
        let t = ViewTransform::default();
        assert_eq!(t.reveal((500.0, 200.0), visible, 20.0), t);
        // Below the box: brought to its middle height, left where it is sideways.
        let moved = t.reveal((300.0, 900.0), visible, 20.0);
        assert_eq!(moved.screen_from_world((300.0, 900.0)), (300.0, 200.0));
        // Within the margin counts as out of view.
        let edge = t.reveal((990.0, 200.0), visible, 20.0);
        assert_eq!(edge.screen_from_world((990.0, 200.0)), (500.0, 200.0));
        // Zoomed, the same.
        let zoomed = t.zoom_at((0.0, 0.0), 2.0);
        let shown = zoomed.reveal((100.0, 300.0), visible, 20.0);
        assert_eq!(shown.screen_from_world((100.0, 300.0)), (200.0, 200.0));
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
