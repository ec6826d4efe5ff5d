//! The alignment map: actors placed by alignment score, relations as directed, typed edges,
//! with hover highlighting, selection, zoom and pan, and keyboard navigation. Nodes and edges
//! are drawn by `map_nodes` and `map_edges`; this file owns the frame, the gestures and the
//! keys.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::map_edges::{edge_plan, MapEdges};
use crate::components::map_frame::{stance_markers, MapFrame};
use crate::components::map_nodes::MapNodes;
use crate::components::zoom::Live;
use crate::layout::lod::{self, EdgePlan};
use crate::layout::map::{nearest_in_direction, node_x, rows_to_fit, Direction, WORLD_WIDTH};
use crate::layout::num::{Fixed, Tenths};
use crate::layout::view::{viewbox_from_element, FrameView};
use crate::layout::ViewTransform;
use crate::query::words;
use crate::state::explorer::ExplorerState;
use crate::state::{Selection, ViewState};

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

/// Whether the style sheets give `element` the CSS `position` (which layout applies depends
/// on the screen's size, decided by the style sheets alone).
fn positioned(element: &web_sys::Element, position: &str) -> bool {
    window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("position").ok())
        .is_some_and(|p| p == position)
}

/// How many rows fill the map's frame, if the frame's size is its own (the drawing is laid
/// over it, as on a screen wide and tall enough for the map and the timeline side by side
/// with the details); `None` if the frame takes the drawing's height.
fn rows_to_fit_frame(svg: &web_sys::SvgElement) -> Option<usize> {
    let laid_over = positioned(svg, "absolute");
    let frame = svg.parent_element()?;
    laid_over.then(|| {
        rows_to_fit(
            f64::from(frame.client_width()),
            f64::from(frame.client_height()),
        )
    })
}

/// Above this many actors the map drops its gliding and fading: animating thousands of nodes
/// costs more than it shows.
const DENSE_ACTORS: usize = 150;

#[component]
pub fn AlignmentMap() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let active = RwSignal::new(None::<usize>);
    // The drawing's size on screen, for level of detail and the labels' size: measured
    // whenever it changes.
    let frame = RwSignal::new((WORLD_WIDTH, 600.0));
    let height = Memo::new(move |_| state.map.with(|m| m.height));
    // What the frame shows of the plane, the view the map opens with (the whole map, or the
    // top of one much taller than its frame, at full width) and the committed view, for the
    // level of detail.
    let view = Memo::new(move |_| {
        FrameView::new((WORLD_WIDTH, height.get()), frame.get(), state.zoom.get())
    });
    let live = Live::new(state, state.zoom, Some(view), ViewState::set_zoom);
    // Labels keep their size on screen: drawn larger in the world when the frame is small,
    // smaller when zoomed in (and then more of them fit).
    let label_scale = Memo::new(move |_| {
        lod::label_scale(lod::pixels_per_unit(
            frame.get(),
            (WORLD_WIDTH, height.get()),
            view.with(|v| v.shown.scale),
        ))
    });
    let measured = watch_frame(state, svg_ref, frame);
    let count = state.data.with_value(|d| d.dataset.actors.len());
    let dense = count > DENSE_ACTORS;
    let following = follow_rapid_moves(state, svg_ref, dense);
    let reveal = revealer(state, live, view);
    let plan = edge_plan(state, view);

    let size = Signal::derive(move || (WORLD_WIDTH, height.get()));
    let center = move || (WORLD_WIDTH / 2.0, height.get_untracked() / 2.0);
    let zoom_by = move |factor: f64| live.zoom_by(center(), factor);
    let on_key = key_handler(state, active, zoom_by, move || live.fit(), reveal);

    let negative = state
        .data
        .with_value(|d| d.dataset.actor_name(&d.dataset.poles.negative).to_string());
    let positive = state
        .data
        .with_value(|d| d.dataset.actor_name(&d.dataset.poles.positive).to_string());
    let active_id = Signal::derive(move || {
        active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("map-node-{}", d.dataset.actors[i].id))
        })
    });
    let hidden_note = map_note(state, plan, view, frame);
    let poles = [
        format!("← {negative}"),
        crate::tr!("map.axis.neutral").to_string(),
        format!("{positive} →"),
    ];
    view! {
        <section class="map-panel" aria-labelledby="map-title">
            <MapFrame
                title=crate::tr!("map.title")
                title_id="map-title"
                zoom_label=crate::tr!("map.zoom-group")
                live=live
                svg_ref=svg_ref
                size=size
                svg_class={ if dense { "map dense" } else { "map" } }
                frame_class="map-frame"
                label=crate::tr!("map.label", count = count, negative = negative, positive = positive)
                active=active_id
                note=hidden_note
                on_key=UnsyncCallback::new(on_key)
                marks=".node, .edge-hit"
                poles=poles.clone()
            >
                <defs>{stance_markers("arrow", "9", Signal::stored("7".to_string()), "strokeWidth")}</defs>
                <g class="axis" aria-hidden="true" style:--label-scale=move || Fixed(label_scale.get(), 3).to_string()>
                    <line x1="60" x2="940" y1="24" y2="24"></line>
                    <line x1="500" x2="500" y1="18" y2="30"></line>
                    <text x="60" y="17" text-anchor="start">{poles[0].clone()}</text>
                    <text x="500" y="17" text-anchor="middle">{poles[1].clone()}</text>
                    <text x="940" y="17" text-anchor="end">{poles[2].clone()}</text>
                </g>
                // Made once the frame is measured (see `watch_frame`).
                {move || measured.get().then(|| view! {
                    <MapEdges plan=plan label_scale=label_scale following=following />
                    <g class="traces" aria-hidden="true">{move || traces(state)}</g>
                    <MapNodes frame=frame active=active scale=label_scale view=view />
                })}
            </MapFrame>
        </section>
    }
}

/// While the window moves in quick succession (a held arrow key, a dragged window) the map
/// follows it at once, without gliding (class `following`): motion restarted every few
/// frames shows nothing and costs every frame. A move that comes on its own glides. A dense
/// map never glides, so its drawing takes no class: the class restyled every node and line as
/// it came and went. On every map the lines' group takes it, and its lines are drawn without
/// smoothing or arrowheads until the window rests. Returns whether the window moves so (what
/// waits for it to rest reads it).
fn follow_rapid_moves(
    state: ExplorerState,
    svg_ref: NodeRef<leptos::svg::Svg>,
    dense: bool,
) -> StoredValue<bool> {
    use crate::state::view::{follows_closely, RAPID_MOVE_MS};
    let last = StoredValue::new(None::<f64>);
    let following = StoredValue::new(false);
    let follow = move |on: bool| {
        following.try_set_value(on);
        let Some(svg) = svg_ref.try_get_untracked().flatten() else {
            return;
        };
        // The lines' group takes the class on every map: the lines are drawn plainly while
        // it moves (see map.css).
        if let Ok(Some(lines)) = svg.query_selector(".edges") {
            let _ = lines.class_list().toggle_with_force("following", on);
        }
        if !dense {
            let _ = svg.class_list().toggle_with_force("following", on);
        }
    };
    Effect::new(move |drawn: Option<()>| {
        state.window.track();
        // The first run is the window the map opens with, not a move.
        if drawn.is_none() {
            return;
        }
        let now = js_sys::Date::now();
        let rapid = follows_closely(last.get_value(), now);
        last.set_value(Some(now));
        follow(rapid);
        if rapid {
            // Each quick move looks again once the window may have rested; only the one after
            // the last move finds it so (the map may be gone by then).
            set_timeout(
                move || {
                    let moved = last.try_get_value().flatten();
                    if !follows_closely(moved, js_sys::Date::now()) {
                        follow(false);
                    }
                },
                std::time::Duration::from_millis(RAPID_MOVE_MS as u64),
            );
        }
    });
    following
}

/// Measures the drawing's box whenever it changes size (a resize of the window, a new height
/// of the drawing, the page's layout), before that frame is painted: its size on screen, and
/// the rows that fill it where the frame has a height of its own. Returns whether it has been
/// measured: the first time as soon as the empty drawing is in the page, so that the nodes
/// and lines are made once, in the rows and at the size they are shown in. (Made before,
/// they were all moved again in the first frame: at 300 actors some 2,100 elements restyled
/// a second time before the explorer first showed.)
fn watch_frame(
    state: ExplorerState,
    svg_ref: NodeRef<leptos::svg::Svg>,
    frame: RwSignal<(f64, f64)>,
) -> RwSignal<bool> {
    let measured = RwSignal::new(false);
    // May run when the map is gone: read nothing disposed. Where the frame
    // has a height of its own (the page fits one screen), the rows are chosen to fill it (the
    // nodes glide to new rows after a resize; made in their first rows, they have nothing to
    // glide from).
    let measure = move || {
        if let Some(svg) = svg_ref.try_get_untracked().flatten() {
            let rect = svg.get_bounding_client_rect();
            frame.try_set((rect.width(), rect.height()));
            let fit = rows_to_fit_frame(&svg);
            if state.map_fit.try_get_untracked() != Some(fit) {
                state.map_fit.try_set(fit);
            }
        }
    };
    // Measured whenever the drawing's box changes size (a resize of the window, a new
    // height of the drawing, the page's layout), before that frame is painted.
    // The observer lives as long as the map: disconnected, with its callback, when the map
    // goes (`measure` reads nothing that is gone meanwhile).
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn Fn()>)>);
    Effect::new(move |_| {
        let Some(svg) = svg_ref.get() else { return };
        if observer.with_value(Option::is_some) {
            return;
        }
        // The page's layout, without the drawing's content, gives the frame its size.
        measure();
        measured.set(true);
        let callback = Closure::<dyn Fn()>::new(measure);
        if let Ok(watch) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            watch.observe(&svg);
            observer.set_value(Some((watch, callback)));
        }
    });
    on_cleanup(move || {
        if let Some(Some((watch, _callback))) = observer.try_update_value(Option::take) {
            watch.disconnect();
        }
    });
    measured
}

/// A drawing narrower than this many pixels (a phone's) gets the short forms of the notes.
const NARROW_FRAME: f64 = 600.0;

/// Where the rest of a map opened at its top is (one much taller than its frame, at its
/// opening view), and what the map leaves out or draws plainly, when it does; in short on a
/// narrow frame, where the long forms ran to six lines above the map.
fn map_note(
    state: ExplorerState,
    plan: Memo<EdgePlan>,
    view: Memo<FrameView>,
    frame: RwSignal<(f64, f64)>,
) -> Signal<Option<String>> {
    Signal::derive(move || {
        let mut note = String::new();
        let short = frame.with(|f| f.0 < NARROW_FRAME);
        let opened_tall = view.with(|v| v.opening != ViewTransform::default());
        if opened_tall && state.zoom.with(Option::is_none) {
            note.push_str(crate::tr!(if short {
                "map.tall-note.short"
            } else {
                "map.tall-note"
            }));
        }
        plan.with(|p| {
            let drawn = if p.bundled {
                crate::trn!(
                    if short {
                        "map.bundled-note.short"
                    } else {
                        "map.bundled-note"
                    },
                    p.total,
                    hidden = words::number(p.hidden)
                )
            } else if p.plain {
                crate::trn!("map.drawn-note", p.total)
            } else {
                return;
            };
            let patterns = if short {
                "map.patterns-note.short"
            } else {
                "map.patterns-note"
            };
            for part in [drawn.as_str(), crate::tr!(patterns)]
                .into_iter()
                .take(if p.plain { 2 } else { 1 })
            {
                if !note.is_empty() {
                    note.push(' ');
                }
                note.push_str(part);
            }
        });
        (!note.is_empty()).then_some(note)
    })
}

/// Pans the map so that the actor at a position shows, at least a margin (in viewBox
/// units) from the frame's edges: the actor the arrow keys move to. An actor selected
/// elsewhere (the timeline, the search, the details) that the map does not show is brought
/// into view the same way; a selection the map opens with is left where the opening view
/// has it.
fn revealer(
    state: ExplorerState,
    live: Live,
    view: Memo<FrameView>,
) -> impl Fn(usize, f64) + Copy + 'static {
    let reveal = move |i: usize, margin: f64| {
        if let Some(point) = state
            .map
            .with_untracked(|m| m.nodes.get(i).map(|n| (n.x, n.y)))
        {
            live.reveal(point, view.with_untracked(|v| v.visible), margin);
        }
    };
    // On a phone the details are a sheet over the lower part of the screen: a selected actor
    // is also brought into the part of the map the sheet leaves (after the sheet has opened).
    Effect::new(move |opened: Option<()>| {
        let Some(i) = state.focus.get().actor() else {
            return;
        };
        if opened.is_some() {
            reveal(i, 0.0);
        }
        let id = state
            .data
            .with_value(|d| format!("map-node-{}", d.dataset.actors[i].id));
        super::keep_clear_of_sheet_once_open(id);
    });
    reveal
}

/// Where the actors that moved most in the last step of the window came from: a faint
/// dashed line from their place before to their place now, and a ring where they were.
fn traces(state: ExplorerState) -> impl IntoView {
    state.step.with(|step| {
        if !step.stepped {
            return Vec::new();
        }
        step.moved
            .iter()
            .filter_map(|&(i, from, _)| {
                let (x, y) = state.map.with(|m| m.nodes.get(i).map(|n| (n.x, n.y)))?;
                let was = node_x(from);
                Some(view! {
                    <line class="trace" x1=Fixed(was, 0).to_string() x2=Fixed(x, 0).to_string() y1=Tenths(y).to_string() y2=Tenths(y).to_string()></line>
                    <circle class="trace-from" cx=Fixed(was, 0).to_string() cy=Tenths(y).to_string() r="5"></circle>
                })
            })
            .collect()
    })
}

/// Arrow keys move to the nearest actor that way (the map pans to show it); Enter selects;
/// Escape clears; `+`, `-`, `0` zoom.
fn key_handler(
    state: ExplorerState,
    active: RwSignal<Option<usize>>,
    zoom_by: impl Fn(f64) + Copy + 'static,
    fit: impl Fn() + Copy + 'static,
    reveal: impl Fn(usize, f64) + Copy + 'static,
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
            let selected = state.focus.get_untracked().actor();
            let next = match active.get_untracked().or(selected) {
                Some(from) => nearest_in_direction(&points, from, direction).or(Some(from)),
                None => (!points.is_empty()).then_some(0),
            };
            active.set(next);
            state.hovered.set(next);
            if let Some(i) = next {
                reveal(i, 24.0);
            }
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
