//! The explorer's page once the dataset is loaded: header, search and filters, notices, the
//! map and timeline (or the lists, or the world map and timeline), the side panel and the legend, sharing one
//! [`ExplorerState`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::alignment_map::AlignmentMap;
use crate::components::dataset_switch::DatasetSwitch;
use crate::components::export_menu::ExportMenu;
use crate::components::filter_bar::FilterBar;
use crate::components::help_dialog::HelpDialog;
use crate::components::language_switch::LanguageSwitch;
use crate::components::lazy::lazy;
use crate::components::legend::Legend;
use crate::components::list_view::list_view;
use crate::components::overview::Overview;
use crate::components::search_box::SearchBox;
use crate::components::share_buttons::ShareButtons;
use crate::components::side_panel::SidePanel;
use crate::components::timeline_view::TimelineView;
use crate::components::world_view::world_view;
use crate::model::Dataset;
use crate::state::explorer::ExplorerState;
use crate::state::theme::{self, Theme};
use crate::state::{MainView, Selection};

/// What the live region says about the current selection and window.
pub fn announcement(
    dataset: &Dataset,
    selection: &Option<Selection>,
    window: Option<crate::model::DayRange>,
) -> String {
    let selected = match selection {
        None => crate::tr!("app.announce.nothing").to_string(),
        Some(Selection::Actor(id)) => {
            crate::tr!("app.announce.actor", name = dataset.actor_name(id))
        }
        Some(Selection::Event(id)) => crate::tr!(
            "app.announce.event",
            title = dataset.event(id).map_or(id.as_str(), |e| e.title.as_str())
        ),
        Some(Selection::Relation(id)) => crate::tr!(
            "app.announce.relation",
            sentence = dataset
                .relation(id)
                .map_or(id.clone(), |r| dataset.relation_label(r))
        ),
    };
    match window {
        None => crate::tr!("app.announce.all-time", selected = selected),
        Some(w) => crate::tr!(
            "app.announce.window",
            selected = selected,
            range = w.in_words()
        ),
    }
}

/// What a view whose code loads later shows of itself meanwhile: its section's classes and
/// title, and the words for loading and for a failed download.
struct LazyWords {
    section: &'static str,
    failed_section: &'static str,
    title_id: &'static str,
    title: &'static str,
    loading: &'static str,
    failed: &'static str,
    retry: &'static str,
}

const WORLD_WORDS: LazyWords = LazyWords {
    section: "world-panel",
    failed_section: "world-panel world-error",
    title_id: "world-title",
    title: "world.title",
    loading: "app.lazy.world-loading",
    failed: "app.lazy.world-failed",
    retry: "world-retry",
};

const LIST_WORDS: LazyWords = LazyWords {
    section: "list-view",
    failed_section: "list-view",
    title_id: "list-title",
    title: "list.title",
    loading: "app.lazy.list-loading",
    failed: "app.lazy.list-failed",
    retry: "list-retry",
};

/// The frame a lazy view shows before its code is there: its title and `status` (loading,
/// or why it failed with a button to try again).
fn lazy_frame(words: &'static LazyWords, status: String, retry: Option<RwSignal<u32>>) -> AnyView {
    let section = if retry.is_some() {
        words.failed_section
    } else {
        words.section
    };
    view! {
        <section class=section aria-labelledby=words.title_id>
            <h2 id=words.title_id>{crate::tr!(words.title)}</h2>
            <p role="status">{status}</p>
            {retry.map(|attempt| view! {
                <button type="button" class=words.retry on:click=move |_| attempt.update(|a| *a += 1)>{crate::tr!("world.retry")}</button>
            })}
        </section>
    }
    .into_any()
}

/// A view whose code may load first (see [`world_view`], [`list_view`]): until it is there,
/// its frame saying so; if its code fails to download, the reason and "Try again".
fn lazy_view<Fut>(load: fn() -> Fut, words: &'static LazyWords) -> AnyView
where
    Fut: std::future::Future<Output = Result<AnyView, String>> + Send + 'static,
{
    lazy(
        load,
        move || lazy_frame(words, crate::tr!(words.loading).to_string(), None),
        move |why, attempt| lazy_frame(words, crate::tr!(words.failed, why = why), Some(attempt)),
    )
}

#[component]
pub fn Explorer(
    /// The dataset as shown (in the interface's language).
    dataset: Arc<Dataset>,
    /// The dataset as loaded, if `dataset` is a translation of it (exports write this one).
    #[prop(optional)]
    original: Option<Arc<Dataset>>,
) -> impl IntoView {
    let original = original.unwrap_or_else(|| dataset.clone());
    let state = ExplorerState::new(dataset.clone(), original);
    provide_context(state);
    let theme_choice = RwSignal::new(theme::current());
    let dataset_title = dataset.title.clone();
    let notices = move || {
        state.notices.with(|n| {
            n.iter()
                .map(|notice| view! { <li>{notice.0.clone()}</li> })
                .collect_view()
        })
    };
    // (A closure over a memo rather than `<Show>`: the same behaviour, less code.)
    let any_notice = Memo::new(move |_| state.notices.with(|n| !n.is_empty()));
    let main = state.main;
    let announce = {
        let dataset = dataset.clone();
        move || {
            state
                .selection
                .with(|s| announcement(&dataset, s, state.window.get()))
        }
    };
    view! {
        // The link moves the focus itself: followed, its address (the page's base, as every
        // relative link's) would load the explorer again without the view in the URL.
        <a class="skip-link" href="#workspace" on:click=skip_to_workspace>{crate::tr!("app.skip")}</a>
        // The header, the map, the timeline and the details: on a screen large enough, one
        // screen, the map taking what the rest leaves (`.fits`, see app.css). The lists and
        // the world view (whose list of actors not on the map goes under it) scroll with the
        // page.
        <div class=move || if main.get() == MainView::Visual { "first-screen fits" } else { "first-screen" }>
        <header class="site-header">
            <Overview dataset=dataset />
            <div class="header-actions">
                <div class="view-switch" role="group" aria-label=crate::tr!("app.view")>
                    <button type="button" class="view-visual" aria-pressed=move || (main.get() == MainView::Visual).to_string()
                        on:click=move |_| state.change(|v| v.set_main(MainView::Visual))>{crate::tr!("app.view.visual")}</button>
                    <button type="button" class="view-list" aria-pressed=move || (main.get() == MainView::List).to_string()
                        on:click=move |_| state.change(|v| v.set_main(MainView::List))>{crate::tr!("app.view.list")}</button>
                    <button type="button" class="view-world" aria-pressed=move || (main.get() == MainView::World).to_string()
                        on:click=move |_| state.change(|v| v.set_main(MainView::World))>{crate::tr!("app.view.world")}</button>
                </div>
                <button type="button" class="theme-toggle"
                    aria-pressed=move || (theme_choice.get() == Theme::Dark).to_string()
                    on:click=move |_| {
                        let next = theme_choice.get_untracked().other();
                        theme::choose(next);
                        theme_choice.set(next);
                    }>{crate::tr!("app.dark-theme")}</button>
                <LanguageSwitch />
                <ShareButtons title=dataset_title />
                <ExportMenu />
                <DatasetSwitch />
                <HelpDialog />
            </div>
            <div class="explore-bar">
                <SearchBox />
                <FilterBar />
            </div>
        </header>
        {move || any_notice.get().then(|| view! {
            <div class="notices" role="status">
                <ul>{notices}</ul>
                <button type="button" class="notices-close" on:click=move |_| state.notices.set(Vec::new())>{crate::tr!("app.dismiss")}</button>
            </div>
        })}
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announce}</p>
        <div class="workspace" id="workspace" tabindex="-1">
            <div class="views">
                {move || match main.get() {
                    MainView::List => lazy_view(list_view, &LIST_WORDS),
                    shown => {
                        let map = if shown == MainView::World {
                            lazy_view(world_view, &WORLD_WORDS)
                        } else {
                            view! { <AlignmentMap /> }.into_any()
                        };
                        view! { {map} <TimelineView /> }.into_any()
                    }
                }}
            </div>
            // The legend beside the map, under the details (after the views on a phone).
            <div class="side-column">
                <SidePanel />
                <Legend />
            </div>
        </div>
        </div>
    }
}

/// Moves the focus to the workspace (which the browser scrolls into view), in place of
/// following the skip link.
fn skip_to_workspace(ev: web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    if let Some(workspace) = document()
        .get_element_by_id("workspace")
        .and_then(|w| w.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = workspace.focus();
    }
}
