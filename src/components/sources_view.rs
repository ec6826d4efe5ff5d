//! The source articles: their metadata, what each supports, and a way to see only what one
//! article says (map and timeline follow the source filter).

use leptos::prelude::*;

use crate::query::links::web_link;
use crate::query::{words, Filters};
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
                        {source.author.clone().unwrap_or_else(|| "Author not named".into())}
                        {source.editor.clone().map(|e| format!(", edited by {e}"))}
                        " · " {source.publisher.clone().unwrap_or_else(|| "publisher unknown".into())}
                        " · " {source.published.to_string()}
                    </p>
                    {source.published.note.clone().map(|n| view! { <p class="date-note">{n}</p> })}
                    <p>{source.summary.clone()}</p>
                    <p class="supports">{format!(
                        "Supports {}, {}, {} and {} in disagreements ({} in all).",
                        words::count(relations, "relation", "relations"),
                        words::count(events, "event", "events"),
                        words::count(figures, "figure", "figures"),
                        words::count(positions, "position", "positions"),
                        words::count(total, "relation or event", "relations and events"),
                    )}</p>
                    {source.url.clone().map(|url| source_address(&url))}
                    <button
                        type="button"
                        class="source-only"
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| state.change(|v| v.toggle_source(&id2))
                    >
                        {move || if pressed() { "Showing only this article" } else { "Show only this article" }}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sources-view">
            <p>"Everything here comes from these three articles. Pick one to see only what it says on the map and the timeline."</p>
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
            <p class="not-a-link">{url.to_string()}" "<span class="note">"(not a web address, so not linked)"</span></p>
        }
        .into_any(),
    }
}
