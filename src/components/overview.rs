//! The dataset's title, its sources and how many records of each kind it holds.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Dataset;

#[component]
pub fn Overview(dataset: Arc<Dataset>) -> impl IntoView {
    let counts = [
        ("actors", dataset.actors.len()),
        ("relations", dataset.relations.len()),
        ("events", dataset.events.len()),
        ("figures", dataset.figures.len()),
        ("disagreements", dataset.disagreements.len()),
    ];
    view! {
        <div class="overview">
            <h1 class="dataset-title">{dataset.title.clone()}</h1>
            <ul class="counts" aria-label="Records in the dataset">
                {counts.into_iter().map(|(name, n)| view! {
                    <li data-count=name><strong>{n}</strong>" " {name}</li>
                }).collect_view()}
            </ul>
            <details class="sources">
                <summary>{format!("{} source articles", dataset.sources.len())}</summary>
                <ul>
                    {dataset.sources.iter().map(|s| view! {
                        <li>
                            <cite>{s.title.clone()}</cite>
                            {s.publisher.clone().map(|p| format!(" — {p}"))}
                            {format!(", {}", s.published)}
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        </div>
    }
}
