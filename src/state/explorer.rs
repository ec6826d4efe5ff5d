//! The explorer's signals and derived memos, shared with every view through context.
//!
//! The URL is the source of shareable state: [`ExplorerState::new`] reads it, an effect writes
//! every change back (a new history entry when the selection changes, a replaced one
//! otherwise) and the back button restores it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::layout::{self, MapLayout, MapRequest};
use crate::model::{Dataset, DayRange};
use crate::query::{self, DatasetIndex};
use crate::state::history;
use crate::state::url::{self, Notice, Selection, ViewState};

/// The loaded dataset with its index; cheap to clone.
#[derive(Clone, Debug)]
pub struct Data {
    pub dataset: Arc<Dataset>,
    pub index: Arc<DatasetIndex>,
}

/// Everything the views share. `Copy`: signals and memos are handles.
#[derive(Clone, Copy)]
pub struct ExplorerState {
    pub data: StoredValue<Data>,
    pub view: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The actor under the pointer or keyboard focus on the map (dataset position).
    pub hovered: RwSignal<Option<usize>>,
    /// Relations (dataset positions) that count under the window and filters.
    pub visible_relations: Memo<Vec<usize>>,
    /// Whether each event (dataset order) passes the filters.
    pub visible_events: Memo<Vec<bool>>,
    /// Whether each actor (dataset order) passes the filters.
    pub visible_actors: Memo<Vec<bool>>,
    /// Alignment score of each actor under the window.
    pub scores: Memo<Vec<f64>>,
    pub map: Memo<MapLayout>,
    /// Whether the window is playing.
    pub playing: RwSignal<bool>,
}

/// Reads the URL into a view state checked against the dataset.
pub fn view_from_url(dataset: &Dataset) -> (ViewState, Vec<Notice>) {
    let (view, mut notices) = url::parse_query(&history::current_query());
    let (view, more) = url::check_against(view, dataset);
    notices.extend(more);
    (view, notices)
}

impl ExplorerState {
    pub fn new(dataset: Arc<Dataset>) -> ExplorerState {
        let index = Arc::new(DatasetIndex::new(&dataset));
        let (initial, notices) = view_from_url(&dataset);
        let data = StoredValue::new(Data { dataset, index });
        let view = RwSignal::new(initial);
        let window = Memo::new(move |_| view.with(|v| v.window));
        let filters = Memo::new(move |_| view.with(|v| v.filters.clone()));
        let visible_relations = Memo::new(move |_| {
            let (window, filters) = (window.get(), filters.get());
            data.with_value(|d| visible_relations(&d.dataset, &d.index, window, &filters))
        });
        let visible_events = Memo::new(move |_| {
            filters.with(|f| {
                data.with_value(|d| {
                    d.dataset
                        .events
                        .iter()
                        .map(|e| f.keeps_event(&d.dataset, e))
                        .collect()
                })
            })
        });
        let visible_actors = Memo::new(move |_| {
            filters.with(|f| {
                data.with_value(|d| {
                    d.dataset
                        .actors
                        .iter()
                        .map(|a| f.keeps_actor(&d.dataset, &a.id))
                        .collect()
                })
            })
        });
        let scores = Memo::new(move |_| {
            visible_relations.with(|relations| {
                data.with_value(|d| query::alignment_scores(&d.dataset, &d.index, relations))
            })
        });
        let request = Memo::new(move |_| {
            data.with_value(|d| map_request(&d.dataset, &scores.get(), &visible_relations.get()))
        });
        let map = Memo::new(move |_| layout::map_layout(&request.get()));
        let state = ExplorerState {
            data,
            view,
            notices: RwSignal::new(notices),
            hovered: RwSignal::new(None),
            visible_relations,
            visible_events,
            visible_actors,
            scores,
            map,
            playing: RwSignal::new(false),
        };
        state.sync_url();
        state
    }

    /// Keeps the address bar and the view in step, both ways.
    fn sync_url(self) {
        let view = self.view;
        let last_selection = StoredValue::new(view.with_untracked(|v| v.selection.clone()));
        // A changed selection is a new history entry, written at once; anything else (a window
        // being dragged, a zoom) replaces the current entry once it has settled for a moment,
        // so a drag does not flood the browser's history API.
        let generation = StoredValue::new(0u32);
        Effect::new(move |_| {
            let state = view.get();
            let push = last_selection.with_value(|s| *s != state.selection);
            last_selection.set_value(state.selection.clone());
            generation.update_value(|g| *g = g.wrapping_add(1));
            if push {
                history::write_query(&url::to_query(&state), true);
                return;
            }
            let mine = generation.get_value();
            set_timeout(
                move || {
                    if generation.get_value() == mine {
                        history::write_query(&url::to_query(&view.get_untracked()), false);
                    }
                },
                std::time::Duration::from_millis(200),
            );
        });
        let data = self.data;
        let notices = self.notices;
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let (state, more) = data.with_value(|d| view_from_url(&d.dataset));
            last_selection.set_value(state.selection.clone());
            view.set(state);
            notices.set(more);
        });
        on_cleanup(move || handle.remove());
    }

    pub fn select(self, selection: Option<Selection>) {
        self.view.update(|v| v.selection = selection);
    }

    pub fn set_window(self, window: Option<DayRange>) {
        self.view.update(|v| v.window = window);
    }

    pub fn dataset(self) -> Arc<Dataset> {
        self.data.with_value(|d| d.dataset.clone())
    }

    pub fn index(self) -> Arc<DatasetIndex> {
        self.data.with_value(|d| d.index.clone())
    }
}

/// Relations under the window that pass the filters, in dataset order.
pub fn visible_relations(
    dataset: &Dataset,
    index: &DatasetIndex,
    window: Option<DayRange>,
    filters: &query::Filters,
) -> Vec<usize> {
    query::relations_in_window(index, dataset.relations.len(), window)
        .into_iter()
        .filter(|&i| filters.keeps_relation(dataset, &dataset.relations[i]))
        .collect()
}

/// What the map layout needs: scores, label lengths, degrees (over all relations, so node
/// sizes stay put as the window moves) and the visible edges.
pub fn map_request(dataset: &Dataset, scores: &[f64], relations: &[usize]) -> MapRequest {
    let position = |id: &str| dataset.actors.iter().position(|a| a.id == id);
    let mut degrees = vec![0; dataset.actors.len()];
    for relation in &dataset.relations {
        for id in [&relation.from, &relation.to] {
            if let Some(i) = position(id) {
                degrees[i] += 1;
            }
        }
    }
    MapRequest {
        scores: scores.to_vec(),
        label_chars: dataset
            .actors
            .iter()
            .map(|a| a.name.chars().count())
            .collect(),
        degrees,
        edges: relations
            .iter()
            .filter_map(|&i| {
                let r = &dataset.relations[i];
                Some((position(&r.from)?, position(&r.to)?))
            })
            .collect(),
    }
}
