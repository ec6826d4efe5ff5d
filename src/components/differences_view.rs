//! Where the articles differ: each disagreement with its positions side by side, their
//! quotations, and the records it concerns.

use leptos::prelude::*;

use crate::model::Dataset;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// The selection for a record id of any kind, if the dataset holds it.
pub fn selection_of(dataset: &Dataset, id: &str) -> Option<(Selection, String)> {
    if let Some(a) = dataset.actor(id) {
        return Some((Selection::Actor(id.into()), a.name.clone()));
    }
    if let Some(r) = dataset.relation(id) {
        let name = dataset.relation_label(r);
        return Some((Selection::Relation(id.into()), name));
    }
    if let Some(e) = dataset.event(id) {
        return Some((Selection::Event(id.into()), e.title.clone()));
    }
    dataset.figures.iter().find(|f| f.id == id).and_then(|f| {
        let about = f.about.first()?;
        let (selection, _) = selection_of(dataset, about)?;
        Some((selection, f.label.clone()))
    })
}

#[component]
pub fn DifferencesView() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let items = dataset
        .disagreements
        .iter()
        .map(|d| {
            let positions = d
                .positions
                .iter()
                .map(|p| {
                    let title = dataset
                        .source(&p.source)
                        .map_or(p.source.clone(), |s| s.title.clone());
                    let quotes = p
                        .citations
                        .iter()
                        .map(|c| view! { <blockquote>{format!("“{}”", c.quote)}</blockquote> })
                        .collect_view();
                    let source = p.source.clone();
                    let first = d
                        .concerns
                        .iter()
                        .find_map(|id| selection_of(&dataset, id))
                        .map(|(s, _)| s);
                    view! {
                        <div class="position">
                            <h4><cite>{title}</cite></h4>
                            <p>{p.summary.clone()}</p>
                            {quotes}
                            <button type="button" class="position-show" on:click=move |_| {
                                state.change(|v| v.show_article(&source, first.clone()));
                            }>{crate::tr!("differences.show-article")}</button>
                        </div>
                    }
                })
                .collect_view();
            let concerns = d
                .concerns
                .iter()
                .filter_map(|id| selection_of(&dataset, id))
                .map(|(selection, name)| {
                    view! {
                        <li><button type="button" class="link" on:click=move |_| {
                            state.change(|v| v.open_details(Some(selection.clone())));
                        }>{name}</button></li>
                    }
                })
                .collect_view();
            view! {
                <li class="disagreement" data-disagreement=d.id.clone()>
                    <h3>{d.topic.clone()}</h3>
                    <p>{d.summary.clone()}</p>
                    <div class="positions">{positions}</div>
                    <p class="concerns-title">{crate::tr!("differences.concerns")}</p>
                    <ul class="concerns">{concerns}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="differences-view">
            <ul class="disagreement-list">{items}</ul>
        </div>
    }
}
