//! The details of an actor: who it is, where it sits on the map and why, its relations
//! grouped by type and status, its events in time order and the articles that mention it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::analysis;
use crate::components::details_panel::{record_link, status_badge};
use crate::model::{Citation, Dataset, RelationType, Status};
use crate::query;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

pub fn actor_details(state: ExplorerState, dataset: &Arc<Dataset>, id: &str) -> impl IntoView {
    let Some(actor) = dataset.actor(id).cloned() else {
        return view! { <p>"This actor is not in the dataset."</p> }.into_any();
    };
    let index = state.index();
    let position = index.actor_position.get(id).copied().unwrap_or(0);
    let score = state
        .scores
        .with(|s| s.get(position).copied().unwrap_or(0.0));
    let visible = state.visible_relations.get();
    let edges = query::alignment_edges(dataset, &index, &visible);
    let scores = state.scores.get();
    let why: Vec<_> = analysis::contributions(position, &scores, &edges)
        .into_iter()
        .take(4)
        .filter(|c| c.amount.abs() > 1e-6)
        .map(|c| {
            let relation = &dataset.relations[visible[c.edge]];
            let text = dataset.relation_label(relation);
            let pull = if c.amount < 0.0 {
                format!("pulls towards {} ({:+.2})", dataset.actor_name(&dataset.poles.negative), c.amount)
            } else {
                format!("pulls towards {} ({:+.2})", dataset.actor_name(&dataset.poles.positive), c.amount)
            };
            view! {
                <li>{record_link(state, Selection::Relation(relation.id.clone()), text)}" — "{pull}</li>
            }
        })
        .collect();
    let is_pole = id == dataset.poles.negative || id == dataset.poles.positive;
    // Relations grouped by type, then status, in vocabulary order.
    let mut grouped: Vec<(RelationType, Status, Vec<usize>)> = Vec::new();
    for i in query::relations_of(dataset, id) {
        let r = &dataset.relations[i];
        match grouped
            .iter_mut()
            .find(|(t, s, _)| *t == r.relation_type && *s == r.status)
        {
            Some((_, _, list)) => list.push(i),
            None => grouped.push((r.relation_type.clone(), r.status.clone(), vec![i])),
        }
    }
    grouped.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let relations = grouped
        .into_iter()
        .map(|(relation_type, status, list)| {
            let items = list
                .into_iter()
                .map(|i| {
                    let r = &dataset.relations[i];
                    let text = dataset.relation_label(r);
                    view! { <li>{record_link(state, Selection::Relation(r.id.clone()), text)}</li> }
                })
                .collect_view();
            view! {
                <li class="relation-group">
                    <span class="group-name">{relation_type.label().to_string()}</span>" "{status_badge(&status)}
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    let mentioned_in: Vec<String> = dataset
        .sources
        .iter()
        .filter(|s| {
            let cites = |c: &[Citation]| c.iter().any(|c| c.source == s.id);
            dataset
                .relations
                .iter()
                .any(|r| (r.from == id || r.to == id) && cites(&r.citations))
                || dataset
                    .events
                    .iter()
                    .any(|e| e.actors.iter().any(|p| p.actor == id) && cites(&e.citations))
        })
        .map(|s| s.title.clone())
        .collect();
    let sources = mentioned_in
        .into_iter()
        .map(|title| view! { <li><cite>{title}</cite></li> })
        .collect_view();
    let events = query::events_of(dataset, &index, id)
        .into_iter()
        .map(|i| {
            let e = &dataset.events[i];
            view! {
                <li>
                    <span class="date">{e.date.to_string()}</span>" "
                    {record_link(state, Selection::Event(e.id.clone()), e.title.clone())}" "
                    {status_badge(&e.status)}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="details actor-details">
            <h3 class="details-heading">{actor.name.clone()}</h3>
            <p class="kind">{actor.kind.label().to_string()}</p>
            {(!actor.other_names.is_empty()).then(|| view! {
                <p class="other-names">"Also: " {actor.other_names.join(", ")}</p>
            })}
            <p>{actor.description.clone()}</p>
            <section class="why">
                <h4>"Where it sits"</h4>
                <p class="score">{format!("Alignment {:+.2}: {}", score, query::side_label(score, dataset))}</p>
                {if is_pole {
                    view! { <p>"This actor is a pole of the axis: it is pinned at its end."</p> }.into_any()
                } else if why.is_empty() {
                    view! { <p>"No relation counts in the current window, so it sits in the middle."</p> }.into_any()
                } else {
                    view! { <p>"Why here: the relations that move it most"</p><ul>{why}</ul> }.into_any()
                }}
            </section>
            <section>
                <h4>"Relations"</h4>
                <ul class="relation-list">{relations}</ul>
            </section>
            <section>
                <h4>"Events"</h4>
                <ul class="event-list">{events}</ul>
            </section>
            <section>
                <h4>"Mentioned in"</h4>
                <ul class="mentioned-in">{sources}</ul>
            </section>
        </article>
    }
    .into_any()
}
