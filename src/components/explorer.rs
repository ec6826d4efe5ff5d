//! The explorer's page once the dataset is loaded: overview, notices, map, timeline,
//! details and legend, sharing one [`ExplorerState`].

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::alignment_map::AlignmentMap;
use crate::components::filter_bar::FilterBar;
use crate::components::legend::Legend;
use crate::components::overview::Overview;
use crate::components::search_box::SearchBox;
use crate::components::side_panel::SidePanel;
use crate::components::timeline_view::TimelineView;
use crate::model::Dataset;
use crate::state::explorer::ExplorerState;

#[component]
pub fn Explorer(dataset: Arc<Dataset>) -> impl IntoView {
    let state = ExplorerState::new(dataset.clone());
    provide_context(state);
    let notices = move || {
        state.notices.with(|n| {
            n.iter()
                .map(|notice| view! { <li>{notice.0.clone()}</li> })
                .collect_view()
        })
    };
    view! {
        <Overview dataset=dataset />
        <div class="explore-bar">
            <SearchBox />
            <FilterBar />
        </div>
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <div class="notices" role="status">
                <ul>{notices}</ul>
                <button type="button" class="notices-close" on:click=move |_| state.notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
        <div class="workspace">
            <div class="views">
                <AlignmentMap />
                <TimelineView />
            </div>
            <SidePanel />
        </div>
        <Legend />
    }
}
