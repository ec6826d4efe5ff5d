//! The panel shown instead of the explorer when the dataset cannot be loaded: which file, how
//! many problems and the first hundred grouped by kind (each kind with its count), each with
//! its place (all of them as a download), and
//! the ways out: open another file, use the bundled dataset, try again. Focus moves here.

use leptos::prelude::*;

use crate::components::dataset_switch::OpenDatasetButton;
use crate::components::list_view::download;
use crate::query::problems::group_problems;
use crate::query::words;
use crate::state::source::DatasetSource;

/// Problems listed on the page; the rest are in the download.
pub const SHOWN_PROBLEMS: usize = 100;

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
