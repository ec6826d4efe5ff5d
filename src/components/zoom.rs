//! Zoom and pan of a drawing, shared by the alignment map and the world map: the live
//! transform while a gesture runs (committed to the view, and so the URL, when it ends), and
//! the wheel, drag and pinch handlers.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::layout::view::{gesture_step, FrameView, MAX_SCALE};
use crate::layout::ViewTransform;
use crate::state::explorer::ExplorerState;
use crate::state::ViewState;

/// How far (in viewBox units) a pointer moves before a press becomes a drag: a shorter move
/// is a click on what is under it.
const DRAG_START: f64 = 4.0;

/// Pointers currently down on the drawing, for drag and pinch.
#[derive(Clone, Debug, Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    moved: bool,
}

impl Gesture {
    /// Moves pointer `id` to `(x, y)`; returns the transform the move gives, and whether the
    /// drag starts with it, once the press has become a drag.
    fn move_pointer(
        &mut self,
        id: i32,
        x: f64,
        y: f64,
        t: ViewTransform,
        max_scale: f64,
    ) -> Option<(ViewTransform, bool)> {
        let index = self.pointers.iter().position(|p| p.0 == id)?;
        let (_, px, py) = self.pointers[index];
        let starting = !self.moved;
        if starting && (x - px).powi(2) + (y - py).powi(2) < DRAG_START * DRAG_START {
            return None;
        }
        let before = self.pointers.clone();
        self.pointers[index] = (id, x, y);
        self.moved = true;
        Some((
            gesture_step(&before, &self.pointers, t, max_scale),
            starting,
        ))
    }
}

/// The live transform while a gesture runs; `None` shows the committed zoom of the view.
#[derive(Clone, Copy)]
pub struct Live {
    state: ExplorerState,
    /// The committed zoom the drawing shows.
    zoom: Memo<Option<ViewTransform>>,
    /// Writes a zoom to the view, given the opening view (stored as none).
    write: fn(&mut ViewState, ViewTransform, ViewTransform),
    /// The drawing's frame, whose opening view shows where the view has no zoom (see
    /// [`ViewTransform::opening`]); without one, the whole drawing.
    frame: Option<Memo<FrameView>>,
    transform: RwSignal<Option<ViewTransform>>,
}

impl Live {
    pub fn new(
        state: ExplorerState,
        zoom: Memo<Option<ViewTransform>>,
        frame: Option<Memo<FrameView>>,
        write: fn(&mut ViewState, ViewTransform, ViewTransform),
    ) -> Live {
        Live {
            state,
            zoom,
            write,
            frame,
            transform: RwSignal::new(None),
        }
    }

    /// The view the drawing opens with.
    fn opening(self, tracked: bool) -> ViewTransform {
        self.frame.map_or_else(ViewTransform::default, |f| {
            if tracked {
                f.with(|f| f.opening)
            } else {
                f.with_untracked(|f| f.opening)
            }
        })
    }

    /// The closest zoom (see [`FrameView::max_scale`]).
    pub fn max_scale(self) -> f64 {
        self.frame
            .map_or(MAX_SCALE, |f| f.with_untracked(FrameView::max_scale))
    }

    /// The current view zoomed by `factor` about `at`, within the closest zoom.
    fn zoomed(self, at: (f64, f64), factor: f64) -> ViewTransform {
        self.current().zoom_within(at, factor, self.max_scale())
    }

    pub fn current(self) -> ViewTransform {
        self.transform
            .get_untracked()
            .or_else(|| self.zoom.get_untracked())
            .unwrap_or_else(|| self.opening(false))
    }

    pub fn shown(self) -> ViewTransform {
        self.transform
            .get()
            .or_else(|| self.zoom.get())
            .unwrap_or_else(|| self.opening(true))
    }

    /// Whether a gesture runs (a live transform is shown, not yet committed).
    pub fn moving(self) -> bool {
        self.transform.with(Option::is_some)
    }

    pub fn set(self, transform: ViewTransform) {
        self.transform.set(Some(transform));
    }

    /// Writes the live transform to the view (and the URL), ending the gesture.
    pub fn commit(self) {
        if let Some(Some(t)) = self.transform.try_get_untracked() {
            let (write, opening) = (self.write, self.opening(false));
            self.state.change(|v| write(v, t, opening));
            self.transform.set(None);
        }
    }

    /// Zooms by `factor` about `center` at once.
    pub fn zoom_by(self, center: (f64, f64), factor: f64) {
        self.set(self.zoomed(center, factor));
        self.commit();
    }

    /// Back to the view the drawing opens with: the whole drawing, or the full width of one
    /// much taller than its frame.
    pub fn fit(self) {
        self.set(self.opening(false));
        self.commit();
    }

    /// Pans, if need be, so that the world `point` shows inside the `visible` box (see
    /// [`ViewTransform::reveal`]).
    pub fn reveal(self, point: (f64, f64), visible: [f64; 4], margin: f64) {
        let now = self.current();
        let next = now.reveal(point, visible, margin);
        if next != now {
            self.set(next);
            self.commit();
        }
    }
}

/// A drawing's pointer and wheel handlers.
pub struct Gestures<W, D, M, U> {
    pub wheel: W,
    pub down: D,
    pub moved: M,
    pub up: U,
}

/// Wheel zooms about the pointer (committed once the wheel rests); one pointer pans; two
/// pinch. A mouse or pen press on an element matching `marks` is left to that element.
#[allow(clippy::type_complexity)] // one opaque closure type per handler
pub fn gesture_handlers(
    live: Live,
    svg_ref: NodeRef<leptos::svg::Svg>,
    to_viewbox: impl Fn(f64, f64) -> (f64, f64) + Copy + 'static,
    marks: &'static str,
) -> Gestures<
    impl Fn(web_sys::WheelEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
> {
    let wheel_generation = StoredValue::new(0u32);
    let wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let at = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let factor = (-ev.delta_y() * 0.0015).exp();
        live.set(live.zoomed(at, factor));
        wheel_generation.update_value(|g| *g += 1);
        let generation = wheel_generation.get_value();
        // The drawing may be gone (another view chosen) when this fires: read nothing disposed.
        set_timeout(
            move || {
                if wheel_generation.try_get_value() == Some(generation) {
                    live.commit();
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    let gesture = StoredValue::new(Gesture::default());
    let down = move |ev: web_sys::PointerEvent| {
        let is_mark = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(marks).ok().flatten())
            .is_some();
        // A finger on a phone's crowded map lands on some mark or other: it still pans and
        // pinches (a tap, which does not move, still reaches the mark).
        if is_mark && ev.pointer_type() != "touch" {
            return;
        }
        let (x, y) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.pointers.push((ev.pointer_id(), x, y));
            g.moved = false;
        });
    };
    let moved = move |ev: web_sys::PointerEvent| {
        let (x, y) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let id = ev.pointer_id();
        let Some(Some((next, starting))) = gesture
            .try_update_value(|g| g.move_pointer(id, x, y, live.current(), live.max_scale()))
        else {
            return;
        };
        // Captured only once the press has become a drag, so that a click still reaches
        // what was pressed.
        if starting {
            if let Some(svg) = svg_ref.get_untracked() {
                let _ = svg.set_pointer_capture(id);
            }
        }
        live.set(next);
    };
    let up = move |ev: web_sys::PointerEvent| {
        let ended = gesture
            .try_update_value(|g| {
                let before = g.pointers.len();
                g.pointers.retain(|p| p.0 != ev.pointer_id());
                before > 0 && g.pointers.is_empty() && g.moved
            })
            .unwrap_or(false);
        if ended {
            live.commit();
        }
    };
    Gestures {
        wheel,
        down,
        moved,
        up,
    }
}
