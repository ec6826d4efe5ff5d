//! The source articles: their metadata, what each supports, and a way to see only what one
//! article says (map and timeline follow the source filter).

use leptos::prelude::*;

use crate::query::links::web_link;
use crate::query::Filters;
use crate::state::explorer::ExplorerState;

#[component]
pub fn SourcesView() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let chosen = Memo::new(move |_| state.filters.with(|f| f.source.clone()));
    let items = dataset
        .sources
        .iter()
        .map(|source| {
            let cites = |citations: &[crate::model::Citation]| citations.iter().any(|c| c.source == source.id);
            let relations = dataset.relations.iter().filter(|r| cites(&r.citations)).count();
            let events = dataset.events.iter().filter(|e| cites(&e.citations)).count();
            let figures = dataset.figures.iter().filter(|f| cites(&f.citations)).count();
            let positions = dataset
                .disagreements
                .iter()
                .filter(|d| d.positions.iter().any(|p| p.source == source.id))
                .count();
            let id = source.id.clone();
            let id = StoredValue::new(id);
            let pressed = move || chosen.get().as_deref() == Some(id.get_value().as_str());
            let id2 = source.id.clone();
            let total = Filters::source_count(&dataset, &source.id);
            view! {
                <li class="source-card" id=format!("source-{}", source.id) tabindex="-1" data-source=source.id.clone()>
                    <h3><cite>{source.title.clone()}</cite></h3>
                    <p class="byline">
                        {source.author.clone().unwrap_or_else(|| crate::tr!("sources.no-author").into())}
                        {source.editor.clone().map(|e| crate::tr!("sources.edited-by", editor = e))}
                        " · " {source.publisher.clone().unwrap_or_else(|| crate::tr!("sources.no-publisher").into())}
                        " · " {source.published.to_string()}
                    </p>
                    {source.published.note.clone().map(|n| view! { <p class="date-note">{n}</p> })}
                    <p>{source.summary.clone()}</p>
                    <p class="supports">{crate::tr!(
                        "sources.supports",
                        relations = crate::trn!("count.relations", relations),
                        events = crate::trn!("count.events", events),
                        figures = crate::trn!("count.figures", figures),
                        positions = crate::trn!("sources.positions", positions),
                        total = crate::trn!("sources.records", total),
                    )}</p>
                    {source.url.clone().map(|url| source_address(&url))}
                    <button
                        type="button"
                        class="source-only"
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| state.change(|v| v.toggle_source(&id2))
                    >
                        {move || if pressed() { crate::tr!("sources.only-this-shown") } else { crate::tr!("sources.only-this") }}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sources-view">
            <p>{crate::tr!("sources.intro")}</p>
            <ul class="source-list">{items}</ul>
        </div>
    }
}

/// A source's address: a link when it is a web address, else plain text with a note.
fn source_address(url: &str) -> impl IntoView {
    match web_link(url) {
        Some(link) => {
            let (href, text) = (link.to_string(), link.to_string());
            view! { <p><a href=href rel="noopener noreferrer" target="_blank">{text}</a></p> }.into_any()
        }
        None => view! {
            <p class="not-a-link">{url.to_string()}" "<span class="note">{crate::tr!("sources.not-a-link")}</span></p>
        }
        .into_any(),
    }
}
