//! The root component: loads the dataset and shows the loading state, the error panel or the
//! explorer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::error_panel::ErrorPanel;
use crate::components::explorer::Explorer;
use crate::model::{self, Dataset};
use crate::state::fetch::{fetch_text, resolve, DATASET_PATH};

/// What loading the dataset came to.
#[derive(Clone, Debug)]
pub enum Loaded {
    Ready(Arc<Dataset>),
    Failed { file: String, problems: Vec<String> },
}

/// Fetches, parses and validates the file at `path` (relative to the page).
pub async fn load_dataset(path: &str) -> Loaded {
    match fetch_text(path).await {
        Err(error) => Loaded::Failed {
            file: error.url,
            problems: vec![error.message],
        },
        Ok(text) => match model::load(&text) {
            Ok(dataset) => Loaded::Ready(Arc::new(dataset)),
            Err(error) => Loaded::Failed {
                file: resolve(path),
                problems: error.problems(),
            },
        },
    }
}

/// Removes the static skeleton that `index.html` paints before the app has started.
fn remove_skeleton() {
    if let Some(skeleton) = document().get_element_by_id("skeleton") {
        skeleton.remove();
    }
}

#[component]
pub fn App() -> impl IntoView {
    remove_skeleton();
    let loaded = LocalResource::new(|| load_dataset(DATASET_PATH));
    view! {
        <main id="main" class="app">
            {move || match loaded.get() {
                None => view! {
                    <p class="loading" role="status">"Loading the dataset…"</p>
                }.into_any(),
                Some(Loaded::Failed { file, problems }) => view! {
                    <ErrorPanel file=file problems=problems />
                }.into_any(),
                Some(Loaded::Ready(dataset)) => view! { <Explorer dataset=dataset /> }.into_any(),
            }}
        </main>
    }
}
