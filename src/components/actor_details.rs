//! The details of an actor: who it is, where it sits on the map and why, its relations
//! grouped by type and status, its events in time order and the articles that mention it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::analysis;
use crate::components::details_panel::{record_link, status_badge};
use crate::components::paged::{paged_list, PAGE};
use crate::model::{Dataset, RelationType, Status};
use crate::query::{self, words, DatasetIndex};
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

pub fn actor_details(state: ExplorerState, dataset: &Arc<Dataset>, id: &str) -> impl IntoView {
    let index = state.index();
    let Some(&position) = index.actor_position.get(id) else {
        return view! { <p>{crate::tr!("actor.missing")}</p> }.into_any();
    };
    let actor = dataset.actors[position].clone();
    // Relations grouped by type, then status, in vocabulary order (a stable sort: each
    // group's relations in dataset order).
    let mut mine = index.actor_relations[position].clone();
    let kind_of = |i: usize| {
        let r = &dataset.relations[i];
        (&r.relation_type, &r.status)
    };
    crate::sort::positions(&mut mine, &|a, b| kind_of(a).cmp(&kind_of(b)));
    let mut grouped: Vec<(RelationType, Status, Vec<usize>)> = Vec::new();
    for i in mine {
        let (t, s) = kind_of(i);
        match grouped.last_mut() {
            Some((gt, gs, list)) if gt == t && gs == s => list.push(i),
            _ => grouped.push((t.clone(), s.clone(), vec![i])),
        }
    }
    // A hub can have thousands of relations: groups come a page at a time, and a group of a
    // busy actor shows a few of its relations until asked for more.
    let total: usize = grouped.iter().map(|g| g.2.len()).sum();
    let per_group = if total > 100 { 5 } else { PAGE };
    let relations = paged_list(
        grouped,
        20,
        "kinds of relation",
        move |(relation_type, status, list)| {
            let items = paged_list(list, per_group, "relations", move |i| {
                state.data.with_value(|d| {
                    let r = &d.dataset.relations[i];
                    let text = d.index.relation_labels[i].clone();
                    view! { <li>{record_link(state, Selection::Relation(r.id.clone()), text)}</li> }
                })
            });
            view! {
                <li class="relation-group">
                    <span class="group-name">{relation_type.label().to_string()}</span>" "{status_badge(&status)}
                    <ul>{items}</ul>
                </li>
            }
        },
    );
    let sources = mentioned_in(dataset, &index, position)
        .into_iter()
        .map(|title| view! { <li><cite>{title}</cite></li> })
        .collect_view();
    let events = paged_list(
        index.actor_events[position].clone(),
        PAGE,
        "events",
        move |i| {
            state.data.with_value(|d| {
                let e = &d.dataset.events[i];
                view! {
                    <li>
                        <span class="date">{e.date.to_string()}</span>" "
                        {record_link(state, Selection::Event(e.id.clone()), e.title.clone())}" "
                        {status_badge(&e.status)}
                    </li>
                }
            })
        },
    );
    view! {
        <article class="details actor-details">
            <h3 class="details-heading">{actor.name.clone()}</h3>
            <p class="kind">{actor.kind.label().to_string()}</p>
            {(!actor.other_names.is_empty()).then(|| view! {
                <p class="other-names">{crate::tr!("actor.also", names = actor.other_names.join(", "))}</p>
            })}
            <p>{actor.description.clone()}</p>
            <section class="why">
                <h4>{crate::tr!("actor.where")}</h4>
                {move || where_it_sits(state, position)}
            </section>
            <section>
                <h4>{crate::tr!("actor.relations")}</h4>
                <ul class="relation-list">{relations}</ul>
            </section>
            <section>
                <h4>{crate::tr!("actor.events")}</h4>
                <ul class="event-list">{events}</ul>
            </section>
            <section>
                <h4>{crate::tr!("actor.mentioned-in")}</h4>
                <ul class="mentioned-in">{sources}</ul>
            </section>
        </article>
    }
    .into_any()
}

/// The titles of the articles that cite a relation or an event of the actor at `position`.
pub fn mentioned_in(dataset: &Dataset, index: &DatasetIndex, position: usize) -> Vec<String> {
    let mut cited = vec![false; dataset.sources.len()];
    let citations = index.actor_relations[position]
        .iter()
        .flat_map(|&r| &dataset.relations[r].citations)
        .chain(
            index.actor_events[position]
                .iter()
                .flat_map(|&e| &dataset.events[e].citations),
        );
    for citation in citations {
        if let Some(i) = dataset.sources.iter().position(|s| s.id == citation.source) {
            cited[i] = true;
        }
    }
    dataset
        .sources
        .iter()
        .zip(cited)
        .filter(|(_, cited)| *cited)
        .map(|(s, _)| s.title.clone())
        .collect()
}

/// Where the actor sits under the current window, and the relations that move it most.
fn where_it_sits(state: ExplorerState, position: usize) -> impl IntoView {
    let score = state
        .scores
        .with(|s| s.get(position).copied().unwrap_or(0.0));
    let (dataset, index) = (state.dataset(), state.index());
    // Only the relations in view that touch the actor count (a hub's are a few thousand of
    // the hundred thousand in view).
    let visible: Vec<usize> = state.visible_relations.with(|v| {
        v.iter()
            .copied()
            .filter(|&r| {
                index
                    .relation_ends
                    .get(r)
                    .copied()
                    .flatten()
                    .is_some_and(|(from, to)| from == position || to == position)
            })
            .collect()
    });
    let edges = query::alignment_edges(&dataset, &index, &visible);
    let all = state
        .scores
        .with(|scores| analysis::contributions(position, scores, &edges));
    let amounts: Vec<f64> = all.iter().map(|c| c.amount).collect();
    let evidence = words::evidence(score, &amounts, &dataset);
    let shown: Vec<_> = all
        .into_iter()
        .take(4)
        .filter(|c| c.amount.abs() > 1e-6)
        .collect();
    let pull_words = |amount: f64| {
        let pole = if amount < 0.0 {
            &dataset.poles.negative
        } else {
            &dataset.poles.positive
        };
        crate::tr!(
            "actor.pulls",
            pole = dataset.actor_name(pole),
            amount = crate::query::words::signed(amount)
        )
    };
    // When every relation shown pulls the same way by the same amount (as it reads), that is
    // said once, above them, rather than on every line.
    let amounts_read: Vec<String> = shown
        .iter()
        .map(|c| crate::query::words::signed(c.amount))
        .collect();
    let all_alike = shown.len() > 1 && amounts_read.iter().all(|a| *a == amounts_read[0]);
    let heading = if all_alike {
        crate::tr!("actor.why.alike", pull = pull_words(shown[0].amount))
    } else {
        crate::tr!("actor.why").to_string()
    };
    let why: Vec<_> = shown
        .iter()
        .map(|c| {
            let r = visible[c.edge];
            let relation = &dataset.relations[r];
            let text = index.relation_labels[r].clone();
            let link = record_link(state, Selection::Relation(relation.id.clone()), text);
            let pull = (!all_alike).then(|| format!(" — {}", pull_words(c.amount)));
            view! { <li>{link}{pull}</li> }
        })
        .collect();
    let id = &dataset.actors[position].id;
    let is_pole = *id == dataset.poles.negative || *id == dataset.poles.positive;
    view! {
        <p class="score">{crate::tr!("actor.score", name = dataset.actors[position].name, leaning = words::leaning(score, &dataset))}</p>
        {(!is_pole).then_some(evidence).flatten().map(|e| view! { <p class="evidence">{e}</p> })}
        {if is_pole {
            view! { <p>{crate::tr!("actor.pole")}</p> }.into_any()
        } else if why.is_empty() {
            view! { <p>{crate::tr!("actor.unmoved")}</p> }.into_any()
        } else {
            view! { <p>{heading}</p><ul>{why}</ul> }.into_any()
        }}
    }
}
