//! Filters by status, relation type, actor kind and source article, each with the number of
//! records it covers, and one reset. Map and timeline follow.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::{ActorKind, RelationType, Status};
use crate::query::filters::Filters;
use crate::state::explorer::ExplorerState;

#[component]
pub fn FilterBar() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let filters = state.filters;
    let statuses = Status::ALL
        .iter()
        .filter(|s| Filters::status_count(&dataset, s) > 0)
        .map(|status| {
            let count = Filters::status_count(&dataset, status);
            let (s1, s2) = (status.clone(), status.clone());
            view! {
                <label class="filter">
                    <input type="checkbox" data-status=status.as_str()
                        prop:checked=move || filters.with(|f| !f.hidden_statuses.contains(&s1))
                        on:change=move |_| state.change(|v| v.toggle_status(&s2)) />
                    <span class=format!("badge status-{}", status.as_str())>{status.label().to_string()}</span>
                    <span class="count">{format!("({count})")}</span>
                </label>
            }
        })
        .collect_view();
    let types = RelationType::ALL
        .iter()
        .filter(|t| Filters::type_count(&dataset, t) > 0)
        .map(|relation_type| {
            let count = Filters::type_count(&dataset, relation_type);
            let (t1, t2) = (relation_type.clone(), relation_type.clone());
            view! {
                <label class="filter">
                    <input type="checkbox" data-type=relation_type.as_str()
                        prop:checked=move || filters.with(|f| !f.hidden_types.contains(&t1))
                        on:change=move |_| state.change(|v| v.toggle_type(&t2)) />
                    {relation_type.label().to_string()}<span class="count">{format!(" ({count})")}</span>
                </label>
            }
        })
        .collect_view();
    let kinds = ActorKind::ALL
        .iter()
        .filter(|k| Filters::kind_count(&dataset, k) > 0)
        .map(|kind| {
            let count = Filters::kind_count(&dataset, kind);
            let (k1, k2) = (kind.clone(), kind.clone());
            view! {
                <label class="filter">
                    <input type="checkbox" data-kind=kind.as_str()
                        prop:checked=move || filters.with(|f| !f.hidden_kinds.contains(&k1))
                        on:change=move |_| state.change(|v| v.toggle_kind(&k2)) />
                    {kind.label().to_string()}<span class="count">{format!(" ({count})")}</span>
                </label>
            }
        })
        .collect_view();
    let sources = dataset
        .sources
        .iter()
        .map(|source| {
            let count = Filters::source_count(&dataset, &source.id);
            let (id1, id2) = (source.id.clone(), source.id.clone());
            view! {
                <label class="filter">
                    <input type="radio" name="source-filter" data-source=source.id.clone()
                        prop:checked=move || filters.with(|f| f.source.as_deref() == Some(id1.as_str()))
                        on:change=move |_| state.change(|v| v.set_source(Some(id2.clone()))) />
                    {source.title.clone()}<span class="count">{format!(" ({count})")}</span>
                </label>
            }
        })
        .collect_view();
    let total = dataset.relations.len() + dataset.events.len();
    let summary = move || {
        let kept = state.visible_relations.with(Vec::len)
            + state
                .visible_events
                .with(|e| e.iter().filter(|v| **v).count());
        if filters.with(Filters::is_empty) {
            crate::tr!("filter.title").to_string()
        } else {
            crate::tr!("filter.summary", kept = kept, total = total)
        }
    };
    view! {
        // Open, the filters lie over the map: Escape folds them, back to their summary.
        <details class="filters" on:keydown=move |ev: web_sys::KeyboardEvent| {
            if ev.key() != "Escape" { return; }
            let Some(details) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            if details.has_attribute("open") {
                ev.stop_propagation();
                let _ = details.remove_attribute("open");
                if let Some(summary) = details.first_element_child().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = summary.focus();
                }
            }
        }>
            <summary>{summary}</summary>
            <div class="filter-sheet">
            <div class="filter-groups">
                <fieldset><legend>{crate::tr!("filter.status")}</legend>{statuses}</fieldset>
                <fieldset><legend>{crate::tr!("filter.source")}</legend>
                    <label class="filter">
                        <input type="radio" name="source-filter" data-source="all"
                            prop:checked=move || filters.with(|f| f.source.is_none())
                            on:change=move |_| state.change(|v| v.set_source(None)) />
                        {crate::tr!("filter.source.all")}
                    </label>
                    {sources}
                </fieldset>
                <fieldset><legend>{crate::tr!("filter.kind")}</legend>{kinds}</fieldset>
                <fieldset class="types"><legend>{crate::tr!("filter.type")}</legend>{types}</fieldset>
            </div>
            <button type="button" class="filters-reset" on:click=move |_| state.change(|v| v.reset_filters())
                disabled=move || filters.with(Filters::is_empty)>{crate::tr!("filter.reset")}</button>
            </div>
        </details>
    }
}
