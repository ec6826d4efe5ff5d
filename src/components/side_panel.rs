//! The side panel: tabs for the details of the selection, the source articles and where the
//! articles differ. The last two load their code when first chosen (see [`other_tab`]).

use leptos::prelude::*;

use crate::components::details_panel::DetailsPanel;
use crate::components::differences_view::DifferencesView;
use crate::components::lazy::lazy;
use crate::components::sources_view::SourcesView;
use crate::state::explorer::ExplorerState;
use crate::state::{Panel, Selection};

/// Whether the phone sheet is open: by default when something is selected or a tab other than
/// Details is chosen; the reader's own fold or unfold holds until the selection or tab changes.
pub fn sheet_open(
    current: &(Option<Selection>, Panel),
    choice: &Option<((Option<Selection>, Panel), bool)>,
) -> bool {
    match choice {
        Some((at, open)) if at == current => *open,
        _ => current.0.is_some() || current.1 != Panel::Details,
    }
}

/// The Sources or the Differences tab, with its code loaded first: in a split build (feature
/// `split`) their code is a wasm file of its own that downloads the first time either is
/// chosen; a failed download is an `Err` (and a later call tries again).
async fn other_tab(which: Panel) -> Result<AnyView, String> {
    #[cfg(feature = "split")]
    {
        split::other_tab(which).await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(other_tab_view(which))
    }
}

/// Starts loading the two tabs' code (split builds), so that it is there by the click: when
/// the pointer or the keyboard comes to a tab.
fn preload_tabs() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = split::preload_tabs().await;
    });
}

fn other_tab_view(which: Panel) -> AnyView {
    match which {
        Panel::Sources => view! { <SourcesView /> }.into_any(),
        _ => view! { <DifferencesView /> }.into_any(),
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use crate::state::Panel;

    /// The split point: everything only this function reaches goes into the `tabs` wasm file.
    #[wasm_split(tabs, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_tabs))]
    pub fn other_tab(which: Panel) -> Result<AnyView, SplitLoaderError> {
        Ok(super::other_tab_view(which))
    }
}

/// A tab whose code may load first: "Loading…" until it is there; if its code fails to
/// download, the reason and "Try again" (the other tabs keep working).
fn lazy_tab(which: Panel) -> AnyView {
    lazy(
        move || other_tab(which),
        || {
            view! { <p class="tab-status" role="status">{crate::tr!("panel.loading")}</p> }
                .into_any()
        },
        |why, attempt| {
            view! {
            <p class="tab-status" role="status">{crate::tr!("panel.load-failed", why = why)}</p>
            <button type="button" class="tab-retry" on:click=move |_| attempt.update(|a| *a += 1)>{crate::tr!("world.retry")}</button>
        }.into_any()
        },
    )
}

#[component]
pub fn SidePanel() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let panel = state.panel;
    // On a phone the panel is a sheet: it slides up when something is selected or a tab is
    // chosen, and its handle folds it away (until the next selection or tab).
    let current = Memo::new(move |_| (state.selection.get(), panel.get()));
    let choice = RwSignal::new(None::<((Option<Selection>, Panel), bool)>);
    let is_open = Memo::new(move |_| current.with(|c| choice.with(|k| sheet_open(c, k))));
    let toggle_sheet = move |_| {
        let now = is_open.get_untracked();
        choice.set(Some((current.get_untracked(), !now)));
    };
    let tab = move |which: Panel, id: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                id=super::joined("tab-", id)
                class=super::joined("tab tab-", id)
                aria-controls="side-panel-body"
                aria-selected=move || (panel.get() == which).to_string()
                tabindex=move || if panel.get() == which { "0" } else { "-1" }
                on:click=move |_| state.change(|v| v.set_panel(which))
                on:pointerenter=move |_| if which != Panel::Details { preload_tabs() }
                on:focus=move |_| if which != Panel::Details { preload_tabs() }
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    let order = [Panel::Details, Panel::Sources, Panel::Differences];
                    let at = order.iter().position(|p| *p == which).unwrap_or(0);
                    let next = match ev.key().as_str() {
                        "ArrowRight" => Some(order[(at + 1) % 3]),
                        "ArrowLeft" => Some(order[(at + 2) % 3]),
                        _ => None,
                    };
                    if let Some(next) = next {
                        state.change(|v| v.set_panel(next));
                        let id = match next { Panel::Details => "details", Panel::Sources => "sources", Panel::Differences => "differences" };
                        if let Some(el) = document().get_element_by_id(&super::joined("tab-", id)) {
                            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                        }
                    }
                }
            >{label}</button>
        }
    };
    view! {
        <aside class="details-panel side-panel" class:open=move || is_open.get() aria-label={crate::tr!("panel.label")}>
            <button type="button" class="sheet-handle" aria-expanded=move || is_open.get().to_string()
                on:click=toggle_sheet>
                {move || if is_open.get() { crate::tr!("panel.hide") } else { crate::tr!("panel.show") }}
            </button>
            <div class="tabs" role="tablist" aria-label={crate::tr!("panel.tabs")}>
                {tab(Panel::Details, "details", crate::tr!("details.title"))}
                {tab(Panel::Sources, "sources", crate::tr!("panel.sources"))}
                {tab(Panel::Differences, "differences", crate::tr!("panel.differences"))}
            </div>
            <div id="side-panel-body" role="tabpanel" aria-labelledby=move || match panel.get() {
                Panel::Details => "tab-details", Panel::Sources => "tab-sources", Panel::Differences => "tab-differences" }>
                {move || match panel.get() {
                    Panel::Details => view! { <DetailsPanel /> }.into_any(),
                    other => lazy_tab(other),
                }}
            </div>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_opens_with_a_selection_and_keeps_the_readers_fold() {
        let nothing = (None, Panel::Details);
        let selected = (Some(Selection::Actor("x".into())), Panel::Details);
        assert!(!sheet_open(&nothing, &None));
        assert!(sheet_open(&selected, &None));
        assert!(sheet_open(&(None, Panel::Sources), &None));
        let folded = Some((selected.clone(), false));
        assert!(!sheet_open(&selected, &folded));
        let other = (Some(Selection::Actor("y".into())), Panel::Details);
        assert!(
            sheet_open(&other, &folded),
            "a new selection opens it again"
        );
        assert!(sheet_open(&nothing, &Some((nothing.clone(), true))));
    }
}
