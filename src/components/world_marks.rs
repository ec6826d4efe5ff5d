//! The world map's actors: a mark for every actor with a place (a state at its capital, the
//! actors that belong to a state set around it), shaped by kind and coloured by side as on
//! the alignment map, named for screen readers, and labelled where a label finds room. Each
//! mark reads its own entry of one [`Fanout`] table.

use std::cmp::Reverse;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::world_map::WorldContext;
use crate::layout::encoding::{shape_path, side_class};
use crate::layout::num::{Signed, Tenths};
use crate::layout::world::clear_labels;
use crate::model::ActorKind;
use crate::query;
use crate::query::places::Anchor;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::Fanout;
use crate::state::Selection;

/// Which marks are labelled: at rest the states, best connected first; with a focus, the
/// focused actor and its neighbours; each where it overlaps no label already taken.
fn label_memo(state: ExplorerState, world: WorldContext) -> Memo<Vec<bool>> {
    Memo::new(move |_| {
        let main = state.hovered.get().or(state.focus.get().actor());
        let lit = state.highlight.with(|h| h.actors.clone());
        state.visible_actors.with(|visible| {
            world.geometry.with_value(|g| {
                state.data.with_value(|d| {
                    let shown = |a: &usize| {
                        g.points[*a].is_some() && visible.get(*a).copied().unwrap_or(true)
                    };
                    let mut order: Vec<usize> = if lit.is_empty() {
                        (0..g.points.len())
                            .filter(|&a| matches!(g.anchors[a], Anchor::Capital { .. }))
                            .collect()
                    } else {
                        lit
                    };
                    order.retain(shown);
                    crate::sort::by_key(&mut order, |&a| {
                        (Some(a) != main, Reverse(d.index.degrees[a]), a)
                    });
                    let points: Vec<(f64, f64)> = g
                        .points
                        .iter()
                        .map(|p| p.unwrap_or((f64::NAN, f64::NAN)))
                        .collect();
                    clear_labels(&points, &d.label_chars, &order)
                })
            })
        })
    })
}

#[component]
pub fn WorldMarks(world: WorldContext) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let marks: Vec<(usize, (f64, f64))> = world.geometry.with_value(|g| {
        g.points
            .iter()
            .enumerate()
            .filter_map(|(a, p)| p.map(|p| (a, p)))
            .collect()
    });
    let on_map: Arc<Vec<usize>> = Arc::new(marks.iter().map(|m| m.0).collect());
    let labels = label_memo(state, world);
    // Each mark's class (side, focus, filters, label) and its name for screen readers; one
    // table each, and a mark reads only its own entries.
    let keys = on_map.clone();
    let classes = StoredValue::new(Fanout::new(move || {
        let selected = state.focus.get().actor();
        let active = world.active.get();
        state.highlight.with(|h| {
            state.scores.with(|scores| {
                world.placed.with(|placed| {
                    state.visible_actors.with(|visible| {
                        labels.with(|labels| {
                            let on = |yes: bool, class: &'static str| if yes { class } else { "" };
                            let look = |i: usize| {
                                format!(
                                    "node world-actor {}{}{}{}{}{}{}",
                                    side_class(scores[i]),
                                    on(
                                        !h.is_empty() && h.actors.binary_search(&i).is_err(),
                                        " dimmed"
                                    ),
                                    on(selected == Some(i), " selected"),
                                    on(active == Some(i), " active"),
                                    on(!visible.get(i).copied().unwrap_or(true), " filtered-out"),
                                    on(!placed.get(i).copied().unwrap_or(true), " unplaced"),
                                    on(labels.get(i).copied().unwrap_or(false), " labelled"),
                                )
                            };
                            keys.iter().map(|&i| (i, look(i))).collect()
                        })
                    })
                })
            })
        })
    }));
    let names = StoredValue::new(Fanout::new(move || {
        let keys = &on_map;
        state.scores.with(|scores| {
            world.placed.with(|placed| {
                world.geometry.with_value(|g| {
                    state.data.with_value(|d| {
                        let name_of = |i: usize| {
                            let actor = &d.dataset.actors[i];
                            let host = match g.anchors[i] {
                                Anchor::With(host) => {
                                    crate::tr!(
                                        "world.mark.with",
                                        host = d.dataset.actors[host].name
                                    )
                                }
                                _ => String::new(),
                            };
                            let (name, kind) =
                                (&actor.name, crate::i18n::lowercase_term(actor.kind.label()));
                            if placed.get(i).copied().unwrap_or(true) {
                                let score = scores.get(i).copied().unwrap_or(0.0);
                                let side = query::side_label(score, &d.dataset);
                                crate::tr!(
                                    "world.mark.label",
                                    name = name,
                                    kind = kind,
                                    host = host,
                                    side = side,
                                    score = Signed(score, 2).to_string()
                                )
                            } else {
                                crate::tr!(
                                    "world.mark.unplaced",
                                    name = name,
                                    kind = kind,
                                    host = host
                                )
                            }
                        };
                        keys.iter().map(|&i| (i, name_of(i))).collect()
                    })
                })
            })
        })
    }));
    view! {
        <g class="marks" role="none">
            {marks.into_iter().map(|(a, at)| view! { <WorldMark a=a at=at classes=classes names=names world=world /> }).collect_view()}
        </g>
    }
}

#[component]
fn WorldMark(
    a: usize,
    at: (f64, f64),
    classes: StoredValue<Fanout<usize, String>>,
    names: StoredValue<Fanout<usize, String>>,
    world: WorldContext,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let actor = state.data.with_value(|d| d.dataset.actors[a].clone());
    let class = move || {
        classes
            .try_with_value(|f| f.get(&a))
            .flatten()
            .unwrap_or_default()
    };
    let radius = if actor.kind == ActorKind::State {
        3.5
    } else {
        2.5
    };
    let id = actor.id.clone();
    view! {
        <g
            class=class
            id=format!("world-actor-{id}")
            role="option"
            aria-label=move || names.try_with_value(|f| f.get(&a)).flatten()
            aria-selected=move || class().contains(" selected").to_string()
            style:transform=format!("translate({}px, {}px) scale(calc(1 / var(--zoom, 1)))", Tenths(at.0), Tenths(at.1))
            on:mouseenter=move |_| state.hovered.set(Some(a))
            on:mouseleave=move |_| state.hovered.set(None)
            on:click=move |_| {
                world.active.set(Some(a));
                state.select(Some(Selection::Actor(id.clone())));
            }
        >
            <path class="node-shape" d=shape_path(&actor.kind, radius)></path>
            <text class="world-label" x=Tenths(radius + 2.0).to_string() y="3">{actor.name.clone()}</text>
        </g>
    }
}
