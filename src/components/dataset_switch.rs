//! Opening another dataset: a button that picks a file (dropping one on the page works too),
//! the name of the dataset in use, and a way back to the bundled one.

use leptos::prelude::*;

use crate::state::source::{DatasetSource, Keeping, Source};

/// A button that opens the file picker for a dataset, with its hidden input.
#[component]
pub fn OpenDatasetButton(#[prop(into)] label: String) -> impl IntoView {
    // Outside the app (a view mounted alone) there is no source to change.
    let Some(source) = use_context::<DatasetSource>() else {
        return ().into_any();
    };
    let input = NodeRef::<leptos::html::Input>::new();
    view! {
        <button type="button" class="open-dataset" on:click=move |_| {
            if let Some(input) = input.get_untracked() {
                input.click();
            }
        }>{label}</button>
        <input node_ref=input type="file" class="open-dataset-input" accept=".json,application/json" hidden
            aria-label="Dataset file"
            on:change=move |_| {
                if let Some(input) = input.get_untracked() {
                    source.open_first(input.files());
                    input.set_value("");
                }
            } />
    }
    .into_any()
}

/// The dataset in use, and the controls to change it.
#[component]
pub fn DatasetSwitch() -> impl IntoView {
    let Some(source) = use_context::<DatasetSource>() else {
        return ().into_any();
    };
    let opened = move || match source.source.get() {
        Source::File { name, .. } | Source::Unreadable { name } => Some(("Opened: ", name)),
        Source::Link { url } => Some(("From: ", url)),
        Source::Bundled | Source::Restoring => None,
    };
    view! {
        <div class="dataset-switch" role="group" aria-label="Dataset">
            {move || opened().map(|(how, name)| view! {
                <span class="dataset-file">{how} <code>{name}</code></span>
                <button type="button" class="use-bundled" on:click=move |_| source.use_bundled()>"Back to the bundled dataset"</button>
            })}
            <OpenDatasetButton label="Open a dataset…" />
            {move || source.reading.get().map(|name| view! { <span class="dataset-progress" role="status">{format!("Reading {name}…")}</span> })}
            {move || {
                let said = source.progress.get();
                (!said.is_empty()).then(|| view! { <span class="dataset-progress" role="status">{said}</span> })
            }}
            {move || match source.keeping.get() {
                Keeping::Failed(why) => Some(view! { <span class="keep-failed" role="status">{format!("Shown, but not kept for your next visit: {why}.")}</span> }),
                Keeping::Fine => None,
            }}
        </div>
    }
    .into_any()
}
