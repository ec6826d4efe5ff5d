//! The world map's countries: one outline per country of the boundary set, drawn once. Each
//! reads its class (its actor's side in the window, "no data", or quiet land; selected) from
//! one [`Fanout`] table, so a change of window rewrites only the countries whose fill changed.

use leptos::prelude::*;

use crate::components::world_map::WorldContext;
use crate::layout::world::country_class;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{dense, Dense, Fanout};
use crate::state::Selection;

#[component]
pub fn WorldCountries(world: WorldContext) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let count = world.geometry.with_value(|g| g.outlines.len());
    let classes = StoredValue::new(Fanout::new(move || {
        let selected = state.focus.get().actor();
        state.scores.with(|scores| {
            world.placed.with(|placed| {
                state.visible_actors.with(|visible| {
                    world.geometry.with_value(|g| {
                        dense(g.actor_of_country.iter().map(|&actor| {
                            let actor = actor.filter(|&a| visible.get(a).copied().unwrap_or(true));
                            let fact = actor.map(|a| {
                                let placed = placed.get(a).copied().unwrap_or(false);
                                (placed, scores.get(a).copied().unwrap_or(0.0))
                            });
                            let chosen = if actor.is_some() && actor == selected {
                                " selected"
                            } else {
                                ""
                            };
                            format!("country {}{chosen}", country_class(fact))
                        }))
                    })
                })
            })
        })
    }));
    view! {
        <g class="countries" aria-hidden="true">
            {(0..count).map(|c| view! { <WorldCountry c=c classes=classes world=world /> }).collect_view()}
        </g>
    }
}

/// One country; a click on a country an actor stands for selects that actor.
#[component]
fn WorldCountry(
    c: usize,
    classes: StoredValue<Dense<String>>,
    world: WorldContext,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (d, (name, code), actor) = world.geometry.with_value(|g| {
        (
            g.outlines[c].clone(),
            g.countries[c].clone(),
            g.actor_of_country[c],
        )
    });
    let (title, id) = state.data.with_value(|d| match actor {
        Some(a) => (
            d.dataset.actors[a].name.clone(),
            Some(d.dataset.actors[a].id.clone()),
        ),
        None => (crate::tr!("world.country.not-actor", name = name), None),
    });
    let hover = move |over: bool| {
        if actor.is_some() {
            state.hovered.set(actor.filter(|_| over));
        }
    };
    view! {
        <path
            class=move || classes.try_with_value(|f| f.get(&c)).flatten().unwrap_or_default()
            d=d
            data-iso=code
            on:click=move |_| {
                if let Some(id) = &id {
                    state.select(Some(Selection::Actor(id.clone())));
                }
            }
            on:mouseenter=move |_| hover(true)
            on:mouseleave=move |_| hover(false)
        >
            <title>{title}</title>
        </path>
    }
}
