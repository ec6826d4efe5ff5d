//! The dataset's title, its sources and how many records of each kind it holds.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Dataset;
use crate::query::words;

#[component]
pub fn Overview(dataset: Arc<Dataset>) -> impl IntoView {
    let counts = [
        ("actors", "actor", dataset.actors.len()),
        ("relations", "relation", dataset.relations.len()),
        ("events", "event", dataset.events.len()),
        ("figures", "figure", dataset.figures.len()),
        ("disagreements", "disagreement", dataset.disagreements.len()),
    ];
    view! {
        <div class="overview">
            <h1 class="dataset-title">{dataset.title.clone()}</h1>
            <ul class="counts" aria-label="Records in the dataset">
                {counts.into_iter().map(|(name, one, n)| view! {
                    <li data-count=name><strong>{words::number(n)}</strong>" " {if n == 1 { one } else { name }}</li>
                }).collect_view()}
            </ul>
            <details class="sources">
                <summary>{words::count(dataset.sources.len(), "source article", "source articles")}</summary>
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
