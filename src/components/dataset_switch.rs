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
            aria-label={crate::tr!("dataset.file")}
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
        Source::File { name, .. } | Source::Unreadable { name } => {
            Some((crate::tr!("dataset.opened"), name))
        }
        Source::Link { url } => Some((crate::tr!("dataset.from"), url)),
        Source::Bundled | Source::Restoring => None,
    };
    view! {
        <div class="dataset-switch" role="group" aria-label={crate::tr!("dataset.label")}>
            {move || opened().map(|(how, name)| {
                // The name goes in code type, with the message's words around it.
                let pieces = crate::i18n::pieces(how, &[("name", name.as_str())]);
                let before = pieces.first().cloned().unwrap_or_default();
                let after = pieces.get(1).cloned().unwrap_or_default();
                view! {
                <span class="dataset-file">{before}<code>{name}</code>{after}</span>
                <button type="button" class="use-bundled" on:click=move |_| source.use_bundled()>{crate::tr!("dataset.back")}</button>
                }
            })}
            <OpenDatasetButton label={crate::tr!("dataset.open")} />
            {move || source.reading.get().map(|name| view! { <span class="dataset-progress" role="status">{crate::tr!("dataset.reading", name = name)}</span> })}
            {move || {
                let said = source.progress.get();
                (!said.is_empty()).then(|| view! { <span class="dataset-progress" role="status">{said}</span> })
            }}
            {move || match source.keeping.get() {
                Keeping::Failed(why) => Some(view! { <span class="keep-failed" role="status">{crate::tr!("dataset.not-kept", why = why)}</span> }),
                Keeping::Fine => None,
            }}
        </div>
    }
    .into_any()
}
