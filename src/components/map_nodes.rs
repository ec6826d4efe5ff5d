//! The map's actors: one node per actor, built once and moved by its place in the layout, with
//! labels drawn by importance and zoom on a large map. Each node reads its own entry of one
//! [`Fanout`] table, so a change wakes only the nodes it changes.

use leptos::prelude::*;

use crate::layout::encoding::{shape_path, side_class};
use crate::layout::lod::{labels_to_show, pixels_per_unit, point_in_view};
use crate::layout::map::{NodePlacement, WORLD_WIDTH};
use crate::query::{self, Focus};
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{dense, Fanout};
use crate::state::Selection;

/// Everything a node shows that can change.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeLook {
    pub place: NodePlacement,
    pub score: f64,
    pub dimmed: bool,
    pub selected: bool,
    pub active: bool,
    pub visible: bool,
    pub labelled: bool,
}

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
    let looks = StoredValue::new(Fanout::new(move || {
        let selected = match state.focus.get() {
            Focus::Actor(i) => Some(i),
            _ => None,
        };
        let active = active.get();
        state.map.with(|m| {
            state.scores.with(|scores| {
                state.highlight.with(|h| {
                    state.visible_actors.with(|visible| {
                        labels.with(|labels| {
                            dense(m.nodes.iter().enumerate().map(|(i, &place)| NodeLook {
                                place,
                                score: scores.get(i).copied().unwrap_or(0.0),
                                dimmed: !h.is_empty() && h.actors.binary_search(&i).is_err(),
                                selected: selected == Some(i),
                                active: active == Some(i),
                                visible: visible.get(i).copied().unwrap_or(true),
                                labelled: labels.get(i).copied().unwrap_or(true),
                            }))
                        })
                    })
                })
            })
        })
    }));
    view! {
        <g class="nodes">
            {(0..count).map(|i| view! { <MapNode i=i looks=looks active=active /> }).collect_view()}
        </g>
    }
}

#[component]
fn MapNode(
    i: usize,
    looks: StoredValue<Fanout<usize, NodeLook>>,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (actor, dataset) = state
        .data
        .with_value(|d| (d.dataset.actors[i].clone(), d.dataset.clone()));
    let look = move || looks.try_with_value(|f| f.get(&i)).flatten();
    let place = move || look().map(|l| l.place);
    let score = move || look().map_or(0.0, |l| l.score);
    let flag = move |f: fn(&NodeLook) -> bool| look().is_some_and(|l| f(&l));
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
    let kind = actor.kind.clone();
    let id = actor.id.clone();
    let select_id = id.clone();
    view! {
        <g
            class=move || format!("node {}", side_class(score()))
            id=format!("map-node-{id}")
            role="option"
            aria-label=label
            aria-selected=move || flag(|l| l.selected).to_string()
            class:dimmed=move || flag(|l| l.dimmed)
            class:filtered-out=move || !flag(|l| l.visible)
            class:active=move || flag(|l| l.active)
            class:selected=move || flag(|l| l.selected)
            style:transform=move || place().map_or(String::new(), |p| format!("translate({:.1}px, {:.1}px)", p.x, p.y))
            on:mouseenter=move |_| state.hovered.set(Some(i))
            on:mouseleave=move |_| state.hovered.set(None)
            on:click=move |_| {
                active.set(Some(i));
                state.select(Some(Selection::Actor(select_id.clone())));
            }
        >
            <path class="node-shape" d=move || shape_path(&kind, place().map_or(6.0, |p| p.radius))></path>
            <Show when=move || flag(|l| l.labelled)>
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
