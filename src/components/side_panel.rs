//! The side panel: tabs for the details of the selection, the source articles and where the
//! articles differ.

use leptos::prelude::*;

use crate::components::details_panel::DetailsPanel;
use crate::components::differences_view::DifferencesView;
use crate::components::sources_view::SourcesView;
use crate::state::explorer::ExplorerState;
use crate::state::Panel;

#[component]
pub fn SidePanel() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let panel = Memo::new(move |_| state.view.with(|v| v.panel));
    // On a phone the panel is a sheet: it slides up when something is selected or a tab is
    // chosen, and its handle folds it away.
    let sheet_open = RwSignal::new(false);
    Effect::new(move |_| {
        let (selected, panel) = state.view.with(|v| (v.selection.is_some(), v.panel));
        sheet_open.set(selected || panel != Panel::Details);
    });
    let tab = move |which: Panel, id: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                id=format!("tab-{id}")
                class=format!("tab tab-{id}")
                aria-controls="side-panel-body"
                aria-selected=move || (panel.get() == which).to_string()
                tabindex=move || if panel.get() == which { "0" } else { "-1" }
                on:click=move |_| state.view.update(|v| v.panel = which)
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    let order = [Panel::Details, Panel::Sources, Panel::Differences];
                    let at = order.iter().position(|p| *p == which).unwrap_or(0);
                    let next = match ev.key().as_str() {
                        "ArrowRight" => Some(order[(at + 1) % 3]),
                        "ArrowLeft" => Some(order[(at + 2) % 3]),
                        _ => None,
                    };
                    if let Some(next) = next {
                        state.view.update(|v| v.panel = next);
                        let id = match next { Panel::Details => "details", Panel::Sources => "sources", Panel::Differences => "differences" };
                        if let Some(el) = document().get_element_by_id(&format!("tab-{id}")) {
                            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                        }
                    }
                }
            >{label}</button>
        }
    };
    view! {
        <aside class="details-panel side-panel" class:open=move || sheet_open.get() aria-label="Details, sources and differences">
            <button type="button" class="sheet-handle" aria-expanded=move || sheet_open.get().to_string()
                on:click=move |_| sheet_open.update(|o| *o = !*o)>
                {move || if sheet_open.get() { "Hide the panel" } else { "Show the panel" }}
            </button>
            <div class="tabs" role="tablist" aria-label="Side panel">
                {tab(Panel::Details, "details", "Details")}
                {tab(Panel::Sources, "sources", "Sources")}
                {tab(Panel::Differences, "differences", "Where they differ")}
            </div>
            <div id="side-panel-body" role="tabpanel" aria-labelledby=move || match panel.get() {
                Panel::Details => "tab-details", Panel::Sources => "tab-sources", Panel::Differences => "tab-differences" }>
                {move || match panel.get() {
                    Panel::Details => view! { <DetailsPanel /> }.into_any(),
                    Panel::Sources => view! { <SourcesView /> }.into_any(),
                    Panel::Differences => view! { <DifferencesView /> }.into_any(),
                }}
            </div>
        </aside>
    }
}
