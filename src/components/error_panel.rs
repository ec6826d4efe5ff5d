//! The panel shown instead of the explorer when the dataset cannot be loaded: which file, how
//! many problems and the first hundred grouped by kind (each kind with its count), each with
//! its place (all of them as a download), and
//! the ways out: open another file, use the bundled dataset, try again. Focus moves here.

use leptos::prelude::*;

use crate::components::dataset_switch::OpenDatasetButton;
use crate::components::lazy::lazy;
use crate::components::list_view::download;
use crate::query::problems::group_problems;
use crate::query::words;
use crate::state::source::DatasetSource;

/// Problems listed on the page; the rest are in the download.
pub const SHOWN_PROBLEMS: usize = 100;

/// What draws the panel for a file and its problems.
type Draw = fn(String, Vec<String>) -> AnyView;

fn draw(file: String, problems: Vec<String>) -> AnyView {
    view! { <ErrorPanel file=file problems=problems /> }.into_any()
}

/// What draws the panel: in a split build (feature `split`) its code is a wasm file of its own,
/// fetched only when a dataset fails to load (most readers never need it); a failed download
/// is an `Err`, and a later call tries again.
async fn drawer() -> Result<Draw, String> {
    #[cfg(feature = "split")]
    {
        split::drawer().await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(draw)
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    /// The split point: everything only this function reaches goes into the `problems` wasm
    /// file.
    #[wasm_split(problems, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn drawer() -> Result<super::Draw, SplitLoaderError> {
        Ok(super::draw)
    }
}

/// The panel, once its code is there. Until then the loading line goes on ("Listing the
/// problems…"); if the code cannot be fetched, the problems still show, as a plain list, with
/// why the rest is missing and a way to try again.
pub fn lazy_error_panel(file: String, problems: Vec<String>) -> AnyView {
    let (plain_file, plain_problems) = (file.clone(), problems.clone());
    lazy(
        move || {
            let (file, problems) = (file.clone(), problems.clone());
            async move { drawer().await.map(|draw| draw(file, problems)) }
        },
        || {
            view! { <p class="loading" role="status">{crate::tr!("app.lazy.problems-loading")}</p> }
                .into_any()
        },
        move |why, attempt| {
            let items = plain_problems
                .iter()
                .take(SHOWN_PROBLEMS)
                .map(|p| view! { <li>{p.clone()}</li> })
                .collect_view();
            view! {
                <section class="error-panel" role="alert" aria-labelledby="error-title">
                    <h1 id="error-title">{crate::tr!("error.title")}</h1>
                    <p><code class="error-file">{plain_file.clone()}</code></p>
                    <ul class="error-problems">{items}</ul>
                    <p role="status">{crate::tr!("app.lazy.problems-failed", why = why)}</p>
                    <button type="button" class="error-retry" on:click=move |_| attempt.update(|a| *a += 1)>{crate::tr!("world.retry")}</button>
                </section>
            }
            .into_any()
        },
    )
}

#[component]
pub fn ErrorPanel(file: String, problems: Vec<String>) -> impl IntoView {
    let source = use_context::<DatasetSource>();
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let total = problems.len();
    let file_pieces = crate::i18n::pieces(crate::tr!("error.file"), &[("file", file.as_str())]);
    let file_before = file_pieces.first().cloned().unwrap_or_default();
    let file_after = file_pieces.get(1).cloned().unwrap_or_default();
    let all = problems.join("\n");
    let groups = group_problems(&problems, SHOWN_PROBLEMS);
    let several = groups.len() > 1;
    let shown = groups
        .into_iter()
        .filter(|g| !g.shown.is_empty())
        .map(|group| {
            let items = group
                .shown
                .into_iter()
                .map(|p| view! { <li>{p}</li> })
                .collect_view();
            view! {
                <section class="error-group">
                    {several.then(|| view! { <h2 class="error-kind">{format!("{} ({})", group.kind, words::number(group.total))}</h2> })}
                    <ul class="error-problems">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let more = (total > SHOWN_PROBLEMS).then(|| {
        view! {
            <p class="error-more">
                {crate::tr!("error.more", n = words::number(total - SHOWN_PROBLEMS))}" "
                <button type="button" class="link download-problems" on:click=move |_| download("dataset-problems.txt", "text/plain;charset=utf-8", &all)>
                    {crate::tr!("error.download-all", n = words::number(total))}
                </button>
            </p>
        }
    });
    let actions = source.map(|source| {
        view! {
            <div class="error-actions" role="group" aria-label={crate::tr!("error.actions")}>
                <OpenDatasetButton label={crate::tr!("error.open-another")} />
                <button type="button" class="use-bundled" on:click=move |_| source.use_bundled()>{crate::tr!("error.use-bundled")}</button>
                <button type="button" class="try-again" on:click=move |_| source.retry()>{crate::tr!("error.try-again")}</button>
            </div>
        }
    });
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title" tabindex="-1" node_ref=heading>{crate::tr!("error.title")}</h1>
            <p>{file_before}<code class="error-file">{file}</code>{file_after}</p>
            <p class="error-count">{crate::trn!("error.count", total)}</p>
            {shown}
            {more}
            <p>{crate::tr!("error.fix")}</p>
            {actions}
        </section>
    }
}
