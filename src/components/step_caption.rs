//! What the last move of the time window changed, in words: the events that came into the
//! window and the actors that moved most on the map, each a link that selects it. Shown
//! under the window's readout as Play steps (or the window is moved), and the map draws
//! where the movers came from.

use leptos::prelude::*;

use crate::components::details_panel::record_link;
use crate::query::steps::StepChange;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// How many of the events that came in are named; the others are counted.
const NAMED_EVENTS: usize = 3;

#[component]
pub fn StepCaption() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (negative, positive) = state.data.with_value(|d| {
        (
            d.dataset.actor_name(&d.dataset.poles.negative).to_string(),
            d.dataset.actor_name(&d.dataset.poles.positive).to_string(),
        )
    });
    let caption = move |step: &StepChange| {
        let entered = (!step.entered.is_empty()).then(|| {
            let links = state.data.with_value(|d| {
                step.entered
                    .iter()
                    .take(NAMED_EVENTS)
                    .map(|&i| {
                        let event = &d.dataset.events[i];
                        (event.id.clone(), event.title.clone())
                    })
                    .collect::<Vec<_>>()
            });
            let more = step.entered.len().saturating_sub(NAMED_EVENTS);
            view! {
                <span class="step-entered">
                    {crate::trn!("step.entered", step.entered.len())}" "
                    {links.into_iter().enumerate().map(|(k, (id, title))| view! {
                        {(k > 0).then_some(", ")}
                        {record_link(state, Selection::Event(id), title)}
                    }).collect_view()}
                    {(more > 0).then(|| format!(" {}", crate::tr!("step.more", n = more)))}
                    ". "
                </span>
            }
        });
        let moved = (!step.moved.is_empty()).then(|| {
            let links = state.data.with_value(|d| {
                step.moved
                    .iter()
                    .map(|&(i, from, to)| {
                        let actor = &d.dataset.actors[i];
                        let pole = if to < from { &negative } else { &positive };
                        (
                            actor.id.clone(),
                            crate::tr!("step.towards", name = actor.name, pole = pole),
                        )
                    })
                    .collect::<Vec<_>>()
            });
            view! {
                <span class="step-moved">
                    {crate::tr!("step.moved")}" "
                    {links.into_iter().enumerate().map(|(k, (id, text))| view! {
                        {(k > 0).then_some("; ")}
                        {record_link(state, Selection::Actor(id), text)}
                    }).collect_view()}
                    "."
                </span>
            }
        });
        view! { {entered} {moved} }
    };
    view! {
        <p class="step-caption" hidden=move || state.step.with(StepChange::is_quiet)>
            {move || state.step.with(|step| (!step.is_quiet()).then(|| caption(step)))}
        </p>
    }
}
