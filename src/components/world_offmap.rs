//! Beside the world map, the actors it cannot place: states whose outline or capital the map
//! lacks (with the reason), and actors tied to no one state (alliances, bodies, groups…).
//! Each is a button that selects it, coloured by its side in the window.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::paged::{paged_list, PAGE};
use crate::components::world_map::WorldContext;
use crate::layout::encoding::side_class;
use crate::query;
use crate::query::places::{Anchor, OffMap};
use crate::state::explorer::ExplorerState;
use crate::state::fanout::Fanout;
use crate::state::Selection;

/// Actors (positions) with the reason each is off the map (empty where the group says it).
type Entries = Vec<(usize, String)>;

#[component]
pub fn OffMapList(world: WorldContext) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (states, others): (Entries, Entries) = world.geometry.with_value(|g| {
        let off = g
            .anchors
            .iter()
            .enumerate()
            .filter_map(|(a, anchor)| match anchor {
                Anchor::Off(why) => Some((a, why)),
                _ => None,
            });
        let (states, others): (Vec<_>, Vec<_>) = off.partition(|(_, why)| **why != OffMap::NotTied);
        let with_reason = |list: Vec<(usize, &OffMap)>| {
            list.into_iter().map(|(a, why)| (a, why.reason())).collect()
        };
        (
            with_reason(states),
            others
                .into_iter()
                .map(|(a, _)| (a, String::new()))
                .collect(),
        )
    });
    if states.is_empty() && others.is_empty() {
        return ().into_any();
    }
    let keys: Arc<Vec<usize>> = Arc::new(states.iter().chain(&others).map(|e| e.0).collect());
    let entries = keys.clone();
    // Each entry's class (side or "unplaced", selected, filtered out) and its side in words.
    let classes = StoredValue::new(Fanout::new(move || {
        let selected = state.focus.get().actor();
        state.scores.with(|scores| {
            world.placed.with(|placed| {
                state.visible_actors.with(|visible| {
                    let class = |a: usize| {
                        let score = scores.get(a).copied().unwrap_or(0.0);
                        let placed = placed.get(a).copied().unwrap_or(false);
                        format!(
                            "offmap-entry {}{}{}",
                            if placed {
                                side_class(score)
                            } else {
                                "unplaced"
                            },
                            if selected == Some(a) { " selected" } else { "" },
                            if visible.get(a).copied().unwrap_or(true) {
                                ""
                            } else {
                                " filtered-out"
                            },
                        )
                    };
                    keys.iter().map(|&a| (a, class(a))).collect()
                })
            })
        })
    }));
    let words = StoredValue::new(Fanout::new(move || {
        state.scores.with(|scores| {
            world.placed.with(|placed| {
                state.data.with_value(|d| {
                    let words = |a: usize| match (placed.get(a), scores.get(a)) {
                        (Some(true), Some(&score)) => {
                            format!(", {}", query::side_label(score, &d.dataset))
                        }
                        _ => crate::tr!("world.offmap.unplaced").to_string(),
                    };
                    entries.iter().map(|&a| (a, words(a))).collect()
                })
            })
        })
    }));
    let entry = move |(a, reason): (usize, String)| view! { <OffMapEntry a=a reason=reason classes=classes words=words /> };
    let group = move |lead: &'static str, list: Entries| {
        (!list.is_empty()).then(|| {
            view! {
                <p class="offmap-lead">{lead}</p>
                <ul class="offmap-list">{paged_list(list, PAGE, "actors", entry)}</ul>
            }
        })
    };
    view! {
        <div class="world-offmap">
            <h3>{crate::tr!("world.offmap.title")}</h3>
            {group(crate::tr!("world.offmap.states"), states)}
            {group(crate::tr!("world.offmap.others"), others)}
        </div>
    }
    .into_any()
}

#[component]
fn OffMapEntry(
    a: usize,
    reason: String,
    classes: StoredValue<Fanout<usize, String>>,
    words: StoredValue<Fanout<usize, String>>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (name, id) = state.data.with_value(|d| {
        (
            d.dataset.actors[a].name.clone(),
            d.dataset.actors[a].id.clone(),
        )
    });
    let class = move || {
        classes
            .try_with_value(|f| f.get(&a))
            .flatten()
            .unwrap_or_default()
    };
    view! {
        <li class=class>
            <button
                type="button"
                class="offmap-actor"
                aria-current=move || class().contains(" selected").then_some("true")
                on:click=move |_| state.select(Some(Selection::Actor(id.clone())))
                on:mouseenter=move |_| state.hovered.set(Some(a))
                on:mouseleave=move |_| state.hovered.set(None)
            >
                <span class="swatch" aria-hidden="true"></span>
                {name}
                <span class="visually-hidden">{move || words.try_with_value(|f| f.get(&a)).flatten()}</span>
            </button>
            {(!reason.is_empty()).then(|| view! { <span class="offmap-reason">{reason}</span> })}
        </li>
    }
}
