//! The alignment map: actors placed by alignment score, relations as directed, typed edges,
//! with hover highlighting, selection, zoom and pan, and keyboard navigation.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::layout::encoding::{shape_path, side_class, stance_class, status_dash};
use crate::layout::map::{nearest_in_direction, Direction, WORLD_WIDTH};
use crate::layout::view::viewbox_from_element;
use crate::layout::ViewTransform;
use crate::query::{self, Focus};
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// The record the map highlights: the hovered actor, else the selection.
pub fn map_focus(state: ExplorerState) -> Focus {
    if let Some(actor) = state.hovered.get() {
        return Focus::Actor(actor);
    }
    let data = state.data;
    state.view.with(|v| match &v.selection {
        None => Focus::None,
        Some(selection) => data.with_value(|d| {
            let find = |items: Vec<&str>, id: &str| items.iter().position(|x| *x == id);
            match selection {
                Selection::Actor(id) => d
                    .index
                    .actor_position
                    .get(id)
                    .map_or(Focus::None, |&i| Focus::Actor(i)),
                Selection::Relation(id) => find(
                    d.dataset.relations.iter().map(|r| r.id.as_str()).collect(),
                    id,
                )
                .map_or(Focus::None, Focus::Relation),
                Selection::Event(id) => {
                    find(d.dataset.events.iter().map(|e| e.id.as_str()).collect(), id)
                        .map_or(Focus::None, Focus::Event)
                }
            }
        }),
    })
}

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

#[component]
pub fn AlignmentMap() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // The live transform; written to the URL when a gesture ends.
    let transform = RwSignal::new(state.view.with_untracked(|v| v.zoom.unwrap_or_default()));
    Effect::new(move |_| {
        let zoom = state.view.with(|v| v.zoom);
        transform.set(zoom.unwrap_or_default());
    });
    let commit = move || {
        let t = transform.get_untracked();
        let zoom = (t != ViewTransform::default()).then_some(t);
        if state.view.with_untracked(|v| v.zoom != zoom) {
            state.view.update(|v| v.zoom = zoom);
        }
    };
    let focus = Memo::new(move |_| map_focus(state));
    let highlight = Memo::new(move |_| {
        let focus = focus.get();
        state.visible_relations.with(|visible| {
            state
                .data
                .with_value(|d| query::highlight(&d.dataset, &d.index, visible, focus))
        })
    });
    let active = RwSignal::new(None::<usize>);
    let selected_actor = Memo::new(move |_| match focus.get() {
        Focus::Actor(i) if state.hovered.get().is_none() => Some(i),
        _ => state.view.with(|v| match &v.selection {
            Some(Selection::Actor(id)) => state
                .data
                .with_value(|d| d.index.actor_position.get(id).copied()),
            _ => None,
        }),
    });

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
        transform.update(|t| *t = t.zoom_at(center(), factor));
        commit();
    };

    let wheel_generation = StoredValue::new(0u32);
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let at = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let factor = (-ev.delta_y() * 0.0015).exp();
        transform.update(|t| *t = t.zoom_at(at, factor));
        wheel_generation.update_value(|g| *g += 1);
        let generation = wheel_generation.get_value();
        set_timeout(
            move || {
                if wheel_generation.get_value() == generation {
                    commit();
                }
            },
            std::time::Duration::from_millis(300),
        );
    };

    let gesture = StoredValue::new(Gesture::default());
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
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
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let (x, y) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let id = ev.pointer_id();
        gesture.update_value(|g| {
            let Some(index) = g.pointers.iter().position(|p| p.0 == id) else {
                return;
            };
            let before = g.pointers.clone();
            g.pointers[index] = (id, x, y);
            g.moved = true;
            match (before.as_slice(), g.pointers.as_slice()) {
                ([a], [b]) => transform.update(|t| *t = t.pan(b.1 - a.1, b.2 - a.2)),
                ([a0, a1, ..], [b0, b1, ..]) => {
                    let distance = |p: &(i32, f64, f64), q: &(i32, f64, f64)| {
                        ((p.1 - q.1).powi(2) + (p.2 - q.2).powi(2)).sqrt()
                    };
                    let (d0, d1) = (distance(a0, a1), distance(b0, b1));
                    if d0 > 1.0 {
                        let mid = ((b0.1 + b1.1) / 2.0, (b0.2 + b1.2) / 2.0);
                        let prev_mid = ((a0.1 + a1.1) / 2.0, (a0.2 + a1.2) / 2.0);
                        transform.update(|t| {
                            *t = t
                                .pan(mid.0 - prev_mid.0, mid.1 - prev_mid.1)
                                .zoom_at(mid, d1 / d0);
                        });
                    }
                }
                _ => {}
            }
        });
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        let mut ended = false;
        gesture.update_value(|g| {
            let before = g.pointers.len();
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            ended = before > 0 && g.pointers.is_empty() && g.moved;
        });
        if ended {
            commit();
        }
    };

    let points = move || {
        state
            .map
            .with(|m| m.nodes.iter().map(|n| (n.x, n.y)).collect::<Vec<_>>())
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let direction = match ev.key().as_str() {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        };
        if let Some(direction) = direction {
            ev.prevent_default();
            let points = points();
            let from = active.get_untracked().or(selected_actor.get_untracked());
            let next = match from {
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
            "0" => {
                transform.set(ViewTransform::default());
                commit();
            }
            _ => {}
        }
    };

    let actors = dataset.actors.clone();
    let node_views = actors
        .into_iter()
        .enumerate()
        .map(|(i, actor)| {
            let dataset = dataset.clone();
            let id = actor.id.clone();
            let place = move || state.map.with(|m| m.nodes.get(i).copied());
            let score = move || state.scores.with(|s| s.get(i).copied().unwrap_or(0.0));
            let label = {
                let dataset = dataset.clone();
                let actor = actor.clone();
                move || {
                    format!(
                        "{}, {}, {} (score {:+.2})",
                        actor.name,
                        actor.kind.label().to_lowercase(),
                        query::side_label(score(), &dataset),
                        score()
                    )
                }
            };
            let radius = move || place().map_or(6.0, |p| p.radius);
            let kind = actor.kind.clone();
            let select_id = id.clone();
            view! {
                <g
                    class=move || format!("node {}", side_class(score()))
                    id=format!("map-node-{id}")
                    role="option"
                    aria-label=label
                    aria-selected=move || (selected_actor.get() == Some(i)).to_string()
                    class:dimmed=move || highlight.with(|h| !h.is_empty() && !h.actors.contains(&i))
                    class:filtered-out=move || state.visible_actors.with(|v| !v.get(i).copied().unwrap_or(true))
                    class:active=move || active.get() == Some(i)
                    class:selected=move || selected_actor.get() == Some(i)
                    style:transform=move || place().map_or(String::new(), |p| format!("translate({:.1}px, {:.1}px)", p.x, p.y))
                    on:mouseenter=move |_| state.hovered.set(Some(i))
                    on:mouseleave=move |_| state.hovered.set(None)
                    on:click=move |_| {
                        active.set(Some(i));
                        state.select(Some(Selection::Actor(select_id.clone())));
                    }
                >
                    <path class="node-shape" d=move || shape_path(&kind, radius())></path>
                    <text
                        class="node-label"
                        x=move || place().map_or(0.0, |p| if p.label_left { -p.radius - 4.0 } else { p.radius + 4.0 })
                        y="4"
                        text-anchor=move || if place().is_some_and(|p| p.label_left) { "end" } else { "start" }
                    >
                        {actor.name.clone()}
                    </text>
                </g>
            }
        })
        .collect_view();

    let edge_views = move || {
        let dataset = state.dataset();
        let visible = state.visible_relations.get();
        state.map.with(|m| {
            m.edges
                .iter()
                .zip(visible.iter())
                .map(|(edge, &r)| {
                    let relation = dataset.relations[r].clone();
                    let stance = stance_class(&relation.stance);
                    let dash = status_dash(&relation.status);
                    let name = format!("{} ({})", dataset.relation_label(&relation), relation.status.label());
                    let id = relation.id.clone();
                    let data_id = id.clone();
                    let is_selected = {
                        let id = id.clone();
                        move || state.view.with(|v| v.selection == Some(Selection::Relation(id.clone())))
                    };
                    view! {
                        <g
                            class=format!("edge {stance}")
                            class:dimmed=move || highlight.with(|h| !h.is_empty() && !h.relations.contains(&r))
                            class:selected=is_selected
                            data-relation=data_id
                        >
                            <path
                                class="edge-line"
                                d=edge.d.clone()
                                stroke-dasharray=dash
                                marker-end=format!("url(#arrow-{stance})")
                            ></path>
                            <path
                                class="edge-hit"
                                d=edge.d.clone()
                                on:click=move |_| state.select(Some(Selection::Relation(id.clone())))
                            >
                                <title>{name}</title>
                            </path>
                        </g>
                    }
                })
                .collect_view()
        })
    };

    let negative = dataset.actor_name(&dataset.poles.negative).to_string();
    let positive = dataset.actor_name(&dataset.poles.positive).to_string();
    let count = dataset.actors.len();
    let active_id = move || {
        active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("map-node-{}", d.dataset.actors[i].id))
        })
    };
    view! {
        <section class="map-panel" aria-labelledby="map-title">
            <div class="panel-bar">
                <h2 id="map-title">"Alignment map"</h2>
                <div class="toolbar" role="group" aria-label="Map zoom">
                    <button type="button" class="zoom-in" on:click=move |_| zoom_by(1.25) aria-label="Zoom in" title="Zoom in (+)">"+"</button>
                    <button type="button" class="zoom-out" on:click=move |_| zoom_by(0.8) aria-label="Zoom out" title="Zoom out (−)">"−"</button>
                    <button type="button" class="zoom-fit" on:click=move |_| { transform.set(ViewTransform::default()); commit(); } aria-label="Fit the map to its box" title="Fit (0)">"Fit"</button>
                </div>
            </div>
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
                    class="map"
                    viewBox=move || format!("0 0 {WORLD_WIDTH} {:.0}", state.map.with(|m| m.height))
                    preserveAspectRatio="xMidYMid meet"
                    on:wheel=on_wheel
                    on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move
                    on:pointerup=on_pointer_up
                    on:pointercancel=on_pointer_up
                >
                    <defs>
                        {["stance-cooperative", "stance-hostile", "stance-mixed"].map(|stance| view! {
                            <marker id=format!("arrow-{stance}") class=stance viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                                <path d="M0 0L10 5L0 10Z" class="arrow-head"></path>
                            </marker>
                        })}
                    </defs>
                    <g class="viewport" transform=move || transform.get().svg() data-scale=move || format!("{:.3}", transform.get().scale)>
                        <g class="axis" aria-hidden="true">
                            <line x1="60" x2="940" y1="22" y2="22"></line>
                            <line x1="500" x2="500" y1="16" y2="28"></line>
                            <text x="60" y="14" text-anchor="start">{format!("← {negative}")}</text>
                            <text x="500" y="14" text-anchor="middle">"neutral"</text>
                            <text x="940" y="14" text-anchor="end">{format!("{positive} →")}</text>
                        </g>
                        <g class="edges">{edge_views}</g>
                        <g class="nodes">{node_views}</g>
                    </g>
                </svg>
            </div>
        </section>
    }
}
