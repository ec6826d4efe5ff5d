//! The root component: loads the dataset and shows the loading state, the error panel or the
//! explorer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::error_panel::lazy_error_panel;
use crate::components::explorer::Explorer;
use crate::layout::num::Fixed;
use crate::model::{self, Dataset};
use crate::state::fetch::{fetch_text, resolve, DATASET_PATH};
use crate::state::language::Language;
use crate::state::source::{DatasetSource, Source};

/// What loading the dataset came to.
#[derive(Clone, Debug)]
pub enum Loaded {
    Ready(Arc<Dataset>),
    Failed { file: String, problems: Vec<String> },
}

/// Files larger than this (in bytes) have their loading steps painted as they go; smaller ones
/// load without pausing.
const BIG: usize = 1_000_000;

/// Lets the browser paint (a status line, say) before the next long step.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What loading says while it works: the step, the file and its size.
fn checking(name: &str, text: &str) -> String {
    let megabytes = text.len() as f64 / 1_000_000.0;
    if megabytes >= 1.0 {
        crate::tr!(
            "app.checking-size",
            name = name,
            size = Fixed(megabytes, 1).to_string()
        )
    } else {
        crate::tr!("app.checking", name = name)
    }
}

/// Fetches, parses and validates the file at `path` (relative to the page, or absolute),
/// saying each step in `progress`.
pub async fn load_dataset(path: &str, progress: RwSignal<String>) -> Loaded {
    progress.try_set(crate::tr!("app.loading-file", path = path));
    match fetch_text(path).await {
        Err(error) => Loaded::Failed {
            problems: vec![if is_other_site(&error.url) {
                crate::tr!("app.other-site", message = error.message)
            } else {
                error.message
            }],
            file: error.url,
        },
        Ok(text) => {
            progress.try_set(checking(path, &text));
            if text.len() > BIG {
                yield_to_browser().await;
            }
            match model::load(&text) {
                Ok(dataset) => drawing(dataset, progress).await,
                Err(error) => Loaded::Failed {
                    file: resolve(path),
                    problems: error.problems(),
                },
            }
        }
    }
}

/// Says that a large dataset is being drawn, then hands it over.
async fn drawing(dataset: Dataset, progress: RwSignal<String>) -> Loaded {
    if dataset.actors.len() + dataset.events.len() > 2_000 {
        progress.try_set(crate::tr!(
            "app.drawing",
            actors = crate::query::words::number(dataset.actors.len()),
            events = crate::query::words::number(dataset.events.len())
        ));
        yield_to_browser().await;
    }
    Loaded::Ready(Arc::new(dataset))
}

/// Whether `url` is on another origin than the page.
fn is_other_site(url: &str) -> bool {
    let page = web_sys::window().and_then(|w| w.location().origin().ok());
    let target = web_sys::Url::new(url).ok().map(|u| u.origin());
    page.is_some() && target.is_some() && page != target
}

/// Removes the static skeleton that `index.html` paints before the app has started.
fn remove_skeleton() {
    if let Some(skeleton) = document().get_element_by_id("skeleton") {
        skeleton.remove();
    }
}

/// Parses and validates the text of a file the reader opened, saying each step in `progress`.
pub async fn load_text(name: &str, text: &str, progress: RwSignal<String>) -> Loaded {
    progress.try_set(checking(name, text));
    if text.len() > BIG {
        yield_to_browser().await;
    }
    match model::load(text) {
        Ok(dataset) => drawing(dataset, progress).await,
        Err(error) => Loaded::Failed {
            file: name.to_string(),
            problems: error.problems(),
        },
    }
}

#[component]
pub fn App() -> impl IntoView {
    remove_skeleton();
    let language = Language::new();
    provide_context(language);
    let source = DatasetSource::new();
    provide_context(source);
    // A dataset loads once the source is known (a kept file is read back first).
    let restoring = Memo::new(move |_| source.source.with(|s| *s == Source::Restoring));
    // A dataset file dropped anywhere on the page is opened.
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        source.open_first(ev.data_transfer().and_then(|d| d.files()));
    });
    // Back and Forward may lead to another `?data=`.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        language.follow_address();
        source.follow_address();
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
        popstate.remove();
    });
    // Whether the loader can start (a kept dataset restored, the language's catalogue there): a
    // memo, so that the loader is made once, not at each change of either.
    let ready = Memo::new(move |_| !restoring.get() && language.ready.get());
    view! {
        <main id="main" class="app">
            {move || language.problem.get().map(|problem| view! { <p class="notices" role="alert">{problem}</p> })}
            {move || if ready.get() {
                view! { <Loader source=source language=language /> }.into_any()
            } else {
                view! { <p class="loading" role="status">{crate::tr!("app.loading")}</p> }.into_any()
            }}
        </main>
    }
}

/// Loads the dataset from its source and shows the explorer, or the error panel.
#[component]
fn Loader(source: DatasetSource, language: Language) -> impl IntoView {
    let progress = source.progress;
    let loaded = LocalResource::new(move || {
        let chosen = source.source.get();
        source.attempt.track();
        async move {
            let loaded = match chosen {
                Source::Bundled => load_dataset(DATASET_PATH, progress).await,
                Source::Link { url } => load_dataset(&url, progress).await,
                // Not loaded while restoring (see `App`).
                Source::Restoring => Loaded::Failed {
                    file: String::new(),
                    problems: vec![crate::tr!("app.still-restoring").into()],
                },
                Source::File { name, text } => load_text(&name, &text, progress).await,
                Source::Unreadable { name } => Loaded::Failed {
                    file: name,
                    problems: vec![crate::tr!("app.unreadable").into()],
                },
            };
            progress.try_set(String::new());
            loaded
        }
    });
    view! {
            {move || match loaded.get() {
                None => view! {
                    <p class="loading" role="status">{move || {
                        let said = progress.get();
                        if said.is_empty() { crate::tr!("app.loading").to_string() } else { said }
                    }}</p>
                }.into_any(),
                Some(Loaded::Failed { file, problems }) => lazy_error_panel(file, problems),
                Some(Loaded::Ready(original)) => {
                    // Drawn again in another language, with its texts in that language.
                    let shown = original
                        .localized(language.lang.get().code())
                        .map(Arc::new)
                        .unwrap_or_else(|| original.clone());
                    view! { <Explorer dataset=shown original=original /> }.into_any()
                }
            }}
    }
}
