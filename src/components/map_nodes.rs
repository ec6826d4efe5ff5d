//! The map's actors: one node per actor, built once and moved by its place in the layout, with
//! labels drawn by importance and zoom on a large map.

use leptos::prelude::*;

use crate::layout::encoding::{shape_path, side_class};
use crate::layout::lod::{labels_to_show, pixels_per_unit, point_in_view};
use crate::layout::map::WORLD_WIDTH;
use crate::query::{self, Focus};
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// `frame` is the drawing's size on screen in pixels; `active` the node under keyboard focus.
#[component]
pub fn MapNodes(frame: RwSignal<(f64, f64)>, active: RwSignal<Option<usize>>) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let count = state.data.with_value(|d| d.dataset.actors.len());
    let labels = Memo::new(move |_| {
        let transform = state.zoom.get().unwrap_or_default();
        let mut always = state.highlight.with(|h| h.actors.clone());
        always.extend(active.get());
        state.map.with(|m| {
            let ppu = pixels_per_unit(frame.get(), (WORLD_WIDTH, m.height), transform.scale);
            state.data.with_value(|d| {
                labels_to_show(
                    &d.index.degrees,
                    |i| {
                        point_in_view(
                            transform,
                            (m.nodes[i].x, m.nodes[i].y),
                            (WORLD_WIDTH, m.height),
                            0.0,
                        )
                    },
                    ppu,
                    &always,
                )
            })
        })
    });
    let selected = Memo::new(move |_| match state.focus.get() {
        Focus::Actor(i) => Some(i),
        _ => None,
    });
    view! {
        <g class="nodes">
            {(0..count).map(|i| view! { <MapNode i=i labels=labels selected=selected active=active /> }).collect_view()}
        </g>
    }
}

#[component]
fn MapNode(
    i: usize,
    labels: Memo<Vec<bool>>,
    selected: Memo<Option<usize>>,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (actor, dataset) = state
        .data
        .with_value(|d| (d.dataset.actors[i].clone(), d.dataset.clone()));
    let place = move || state.map.with(|m| m.nodes.get(i).copied());
    let score = move || state.scores.with(|s| s.get(i).copied().unwrap_or(0.0));
    let label = {
        let (name, kind) = (actor.name.clone(), actor.kind.label().to_lowercase());
        move || {
            let score = score();
            format!(
                "{name}, {kind}, {} (score {score:+.2})",
                query::side_label(score, &dataset)
            )
        }
    };
    let radius = move || place().map_or(6.0, |p| p.radius);
    let kind = actor.kind.clone();
    let id = actor.id.clone();
    let select_id = id.clone();
    view! {
        <g
            class=move || format!("node {}", side_class(score()))
            id=format!("map-node-{id}")
            role="option"
            aria-label=label
            aria-selected=move || (selected.get() == Some(i)).to_string()
            class:dimmed=move || state.highlight.with(|h| !h.is_empty() && h.actors.binary_search(&i).is_err())
            class:filtered-out=move || state.visible_actors.with(|v| !v.get(i).copied().unwrap_or(true))
            class:active=move || active.get() == Some(i)
            class:selected=move || selected.get() == Some(i)
            style:transform=move || place().map_or(String::new(), |p| format!("translate({:.1}px, {:.1}px)", p.x, p.y))
            on:mouseenter=move |_| state.hovered.set(Some(i))
            on:mouseleave=move |_| state.hovered.set(None)
            on:click=move |_| {
                active.set(Some(i));
                state.select(Some(Selection::Actor(select_id.clone())));
            }
        >
            <path class="node-shape" d=move || shape_path(&kind, radius())></path>
            <Show when=move || labels.with(|l| l.get(i).copied().unwrap_or(true))>
                <text
                    class="node-label"
                    x=move || place().map_or(0.0, |p| if p.label_left { -p.radius - 4.0 } else { p.radius + 4.0 })
                    y="4"
                    text-anchor=move || if place().is_some_and(|p| p.label_left) { "end" } else { "start" }
                >
                    {actor.name.clone()}
                </text>
            </Show>
        </g>
    }
}
