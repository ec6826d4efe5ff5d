//! The alignment map: actors placed by alignment score, relations as directed, typed edges,
//! with hover highlighting, selection, zoom and pan, and keyboard navigation. Nodes and edges
//! are drawn by `map_nodes` and `map_edges`; this file owns the frame, the gestures and the
//! keys.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::map_edges::{edge_plan, MapEdges};
use crate::components::map_nodes::MapNodes;
use crate::layout::encoding::{stance_class, stance_end};
use crate::layout::map::{nearest_in_direction, Direction, WORLD_WIDTH};
use crate::layout::view::{gesture_step, viewbox_from_element};
use crate::layout::ViewTransform;
use crate::model::Stance;
use crate::query::{words, Focus};
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// A pointer's client position in the viewBox coordinates of an SVG element.
pub fn viewbox_point(
    svg: NodeRef<leptos::svg::Svg>,
    client: (f64, f64),
    viewbox: (f64, f64),
) -> (f64, f64) {
    svg.get_untracked().map_or(client, |svg| {
        let rect = svg.get_bounding_client_rect();
        viewbox_from_element(
            (client.0 - rect.left(), client.1 - rect.top()),
            (rect.width(), rect.height()),
            viewbox,
        )
    })
}

/// Pointers currently down on the map, for drag and pinch.
#[derive(Clone, Debug, Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    moved: bool,
}

impl Gesture {
    /// Moves pointer `id` to `(x, y)`; returns the transform the move gives, if it is one of
    /// the gesture's pointers.
    fn move_pointer(&mut self, id: i32, x: f64, y: f64, t: ViewTransform) -> Option<ViewTransform> {
        let index = self.pointers.iter().position(|p| p.0 == id)?;
        let before = self.pointers.clone();
        self.pointers[index] = (id, x, y);
        self.moved = true;
        Some(gesture_step(&before, &self.pointers, t))
    }
}

/// Above this many actors the map drops its gliding and fading: animating thousands of nodes
/// costs more than it shows.
const DENSE_ACTORS: usize = 150;

/// The live transform while a gesture runs; `None` shows the committed zoom of the view.
#[derive(Clone, Copy)]
struct Live {
    state: ExplorerState,
    transform: RwSignal<Option<ViewTransform>>,
}

impl Live {
    fn current(self) -> ViewTransform {
        self.transform
            .get_untracked()
            .or_else(|| self.state.zoom.get_untracked())
            .unwrap_or_default()
    }

    fn shown(self) -> ViewTransform {
        self.transform
            .get()
            .or_else(|| self.state.zoom.get())
            .unwrap_or_default()
    }

    fn set(self, transform: ViewTransform) {
        self.transform.set(Some(transform));
    }

    /// Writes the live transform to the view (and the URL), ending the gesture.
    fn commit(self) {
        if let Some(Some(t)) = self.transform.try_get_untracked() {
            self.state.change(|v| v.set_zoom(t));
            self.transform.set(None);
        }
    }
}

#[component]
pub fn AlignmentMap() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let live = Live {
        state,
        transform: RwSignal::new(None),
    };
    let active = RwSignal::new(None::<usize>);
    // The drawing's size on screen, for level of detail: measured after each layout and on
    // resize.
    let frame = RwSignal::new((WORLD_WIDTH, 600.0));
    // Runs a frame later, when the map may be gone: read nothing disposed.
    let measure = move || {
        if let Some(svg) = svg_ref.try_get_untracked().flatten() {
            let rect = svg.get_bounding_client_rect();
            frame.try_set((rect.width(), rect.height()));
        }
    };
    let height = Memo::new(move |_| state.map.with(|m| m.height));
    Effect::new(move |_| {
        height.track();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let plan = edge_plan(state);

    let to_viewbox = move |client_x: f64, client_y: f64| {
        let height = state.map.with_untracked(|m| m.height);
        viewbox_point(svg_ref, (client_x, client_y), (WORLD_WIDTH, height))
    };
    let center = move || {
        (
            WORLD_WIDTH / 2.0,
            state.map.with_untracked(|m| m.height) / 2.0,
        )
    };
    let zoom_by = move |factor: f64| {
        live.set(live.current().zoom_at(center(), factor));
        live.commit();
    };
    let fit = move || {
        live.set(ViewTransform::default());
        live.commit();
    };
    let gestures = gesture_handlers(live, svg_ref, to_viewbox);
    let on_key = key_handler(state, active, zoom_by, fit);

    let negative = state
        .data
        .with_value(|d| d.dataset.actor_name(&d.dataset.poles.negative).to_string());
    let positive = state
        .data
        .with_value(|d| d.dataset.actor_name(&d.dataset.poles.positive).to_string());
    let count = state.data.with_value(|d| d.dataset.actors.len());
    let active_id = move || {
        active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("map-node-{}", d.dataset.actors[i].id))
        })
    };
    let hidden_note = move || {
        plan.with(|p| {
            p.bundled.then(|| {
                format!(
                    "{}: lines for the strongest pairs, {} left out here. Select an actor to see its own, or zoom in.",
                    words::count(p.total, "relation", "relations"),
                    words::number(p.hidden)
                )
            })
        })
    };
    view! {
        <section class="map-panel" aria-labelledby="map-title">
            <div class="panel-bar">
                <h2 id="map-title">"Alignment map"</h2>
                <div class="toolbar" role="group" aria-label="Map zoom">
                    <button type="button" class="zoom-in" on:click=move |_| zoom_by(1.25) aria-label="Zoom in" title="Zoom in (+)">"+"</button>
                    <button type="button" class="zoom-out" on:click=move |_| zoom_by(0.8) aria-label="Zoom out" title="Zoom out (−)">"−"</button>
                    <button type="button" class="zoom-fit" on:click=move |_| fit() aria-label="Fit the map to its box" title="Fit (0)">"Fit"</button>
                </div>
            </div>
            <p class="map-lod-note" role="status" hidden=move || hidden_note().is_none()>{hidden_note}</p>
            <div
                class="map-frame"
                tabindex="0"
                role="listbox"
                aria-label=format!("Alignment map of {count} actors, from {negative} on the left to {positive} on the right. Arrow keys move between actors, Enter selects, Escape clears.")
                aria-activedescendant=active_id
                on:keydown=on_key
                on:blur=move |_| state.hovered.set(None)
            >
                <svg
                    node_ref=svg_ref
                    class={ if count > DENSE_ACTORS { "map dense" } else { "map" } }
                    viewBox=move || format!("0 0 {WORLD_WIDTH} {:.0}", state.map.with(|m| m.height))
                    preserveAspectRatio="xMidYMid meet"
                    on:wheel=gestures.wheel
                    on:pointerdown=gestures.down
                    on:pointermove=gestures.moved
                    on:pointerup=gestures.up
                    on:pointercancel=gestures.up
                >
                    <defs>
                        {Stance::ALL.iter().map(|stance| {
                            let (class, (end, _)) = (stance_class(stance), stance_end(stance));
                            view! {
                                <marker id=format!("arrow-{class}") class=class viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                                    <path d=end class="arrow-head"></path>
                                </marker>
                            }
                        }).collect_view()}
                    </defs>
                    <g class="viewport" transform=move || live.shown().svg() data-scale=move || format!("{:.3}", live.shown().scale)>
                        <g class="axis" aria-hidden="true">
                            <line x1="60" x2="940" y1="22" y2="22"></line>
                            <line x1="500" x2="500" y1="16" y2="28"></line>
                            <text x="60" y="14" text-anchor="start">{format!("← {negative}")}</text>
                            <text x="500" y="14" text-anchor="middle">"neutral"</text>
                            <text x="940" y="14" text-anchor="end">{format!("{positive} →")}</text>
                        </g>
                        <MapEdges plan=plan />
                        <MapNodes frame=frame active=active />
                    </g>
                </svg>
            </div>
        </section>
    }
}

/// The map's pointer and wheel handlers.
struct Gestures<W, D, M, U> {
    wheel: W,
    down: D,
    moved: M,
    up: U,
}

/// Wheel zooms about the pointer (committed once the wheel rests); one pointer pans; two pinch.
#[allow(clippy::type_complexity)] // one opaque closure type per handler
fn gesture_handlers(
    live: Live,
    svg_ref: NodeRef<leptos::svg::Svg>,
    to_viewbox: impl Fn(f64, f64) -> (f64, f64) + Copy + 'static,
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
        live.set(live.current().zoom_at(at, factor));
        wheel_generation.update_value(|g| *g += 1);
        let generation = wheel_generation.get_value();
        // The map may be gone (another view chosen) when this fires: read nothing disposed.
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
            .and_then(|el| el.closest(".node, .edge-hit").ok().flatten())
            .is_some();
        if is_mark {
            return;
        }
        if let Some(svg) = svg_ref.get_untracked() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
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
        let Some(next) = gesture.try_update_value(|g| g.move_pointer(id, x, y, live.current()))
        else {
            return;
        };
        if let Some(next) = next {
            live.set(next);
        }
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

/// Arrow keys move to the nearest actor that way; Enter selects; Escape clears; `+`, `-`,
/// `0` zoom.
fn key_handler(
    state: ExplorerState,
    active: RwSignal<Option<usize>>,
    zoom_by: impl Fn(f64) + Copy + 'static,
    fit: impl Fn() + Copy + 'static,
) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev: web_sys::KeyboardEvent| {
        let direction = match ev.key().as_str() {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        };
        if let Some(direction) = direction {
            ev.prevent_default();
            let points: Vec<(f64, f64)> = state
                .map
                .with_untracked(|m| m.nodes.iter().map(|n| (n.x, n.y)).collect());
            let selected = match state.focus.get_untracked() {
                Focus::Actor(i) => Some(i),
                _ => None,
            };
            let next = match active.get_untracked().or(selected) {
                Some(from) => nearest_in_direction(&points, from, direction).or(Some(from)),
                None => (!points.is_empty()).then_some(0),
            };
            active.set(next);
            state.hovered.set(next);
            return;
        }
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                if let Some(i) = active.get_untracked() {
                    let id = state.data.with_value(|d| d.dataset.actors[i].id.clone());
                    state.select(Some(Selection::Actor(id)));
                }
            }
            "Escape" => {
                active.set(None);
                state.hovered.set(None);
                state.select(None);
            }
            "+" | "=" => zoom_by(1.25),
            "-" | "_" => zoom_by(0.8),
            "0" => fit(),
            _ => {}
        }
    }
}
