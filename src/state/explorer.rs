//! The explorer's signals and derived memos, shared with every view through context.
//!
//! The URL is the source of shareable state: [`ExplorerState::new`] reads it, an effect writes
//! every change back (a new history entry when the selection changes, a replaced one
//! otherwise) and the back button restores it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::layout::{self, MapLayout, MapRequest, ViewTransform};
use crate::model::{Dataset, DayRange};
use crate::query::steps::{placed_actors, step_change, StepChange};
use crate::query::{self, DatasetIndex, Filters, Focus, Highlight};
use crate::state::history;
use crate::state::url::{self, Lanes, MainView, Notice, Panel, Selection, ViewState};

/// The loaded dataset with its index and the per-record constants the views need; cheap to
/// clone.
#[derive(Clone, Debug)]
pub struct Data {
    /// The dataset as shown: its texts in the interface's language where it gives them.
    pub dataset: Arc<Dataset>,
    /// The dataset as loaded, with every record in the same place as in `dataset`; exports
    /// write this one.
    pub original: Arc<Dataset>,
    pub index: Arc<DatasetIndex>,
    /// How wide each actor's name sets, in Latin letter widths (for label room on the map;
    /// see [`crate::i18n::text_units`]).
    pub label_chars: Arc<Vec<usize>>,
    /// What each actor's row on the map is chosen from (see [`RowBasis`]).
    pub rows: Arc<RowBasis>,
}

/// The map of the whole period and each actor's scores in windows sampled across the data:
/// computed once at load, the rows kept in every window are chosen from it (again when the
/// map's frame changes size).
#[derive(Clone, Debug)]
pub struct RowBasis {
    pub whole: MapRequest,
    pub samples: Vec<Vec<f64>>,
}

impl RowBasis {
    /// Each actor's row, kept in every window, within `fit` rows when given (see
    /// [`layout::map::home_rows_within`]).
    pub fn rows(&self, fit: Option<usize>) -> Vec<usize> {
        layout::map::home_rows_within(&self.whole, &self.samples, fit)
    }
}

/// Everything the views share. `Copy`: signals and memos are handles.
///
/// `view` is the one source of shareable state; each part of it has its own memo
/// (`selection`, `window`, `filters`, …) so that a view reading one part is not woken by a
/// change to another. Views read the parts and change the view through [`ExplorerState::change`]
/// with a method of [`ViewState`].
#[derive(Clone, Copy)]
pub struct ExplorerState {
    pub data: StoredValue<Data>,
    pub view: RwSignal<ViewState>,
    pub selection: Memo<Option<Selection>>,
    pub window: Memo<Option<DayRange>>,
    pub filters: Memo<Filters>,
    pub search: Memo<String>,
    pub panel: Memo<Panel>,
    pub main: Memo<MainView>,
    pub zoom: Memo<Option<ViewTransform>>,
    pub lanes: Memo<Lanes>,
    /// The selection resolved once to dataset positions.
    pub focus: Memo<Focus>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The actor under the pointer or keyboard focus on the map (dataset position).
    pub hovered: RwSignal<Option<usize>>,
    /// Counts changes of what the pointer is on, so that a late "let go" of the pointed-at
    /// actor does not undo a newer one (see [`ExplorerState::unpoint_soon`]).
    pointing: StoredValue<u32>,
    /// What the map and timeline bring forward: the hovered actor, else the selection.
    pub highlight: Memo<Highlight>,
    /// Relations (dataset positions, ascending) that count under the window and filters.
    pub visible_relations: Memo<Vec<usize>>,
    /// Whether each event (dataset order) passes the filters.
    pub visible_events: Memo<Vec<bool>>,
    /// Whether each actor (dataset order) passes the filters.
    pub visible_actors: Memo<Vec<bool>>,
    /// Alignment score of each actor under the window.
    pub scores: Memo<Vec<f64>>,
    /// How many rows fill the map's frame, when its frame has a height of its own (set by
    /// the map as it measures its frame); `None`: as many as the actors need.
    pub map_fit: RwSignal<Option<usize>>,
    /// Each actor's row on the map, kept in every window (see [`MapRequest::home_rows`]).
    pub rows: Memo<Vec<usize>>,
    /// Where each actor sits on the map (edges are planned by the map itself).
    pub map: Memo<MapLayout>,
    /// Whether the window is playing.
    pub playing: RwSignal<bool>,
    /// Where the actors stand and whether each is placed, with what the last move of the
    /// window changed (for Play's caption and the map's traces).
    pub step: Memo<StepChange>,
}

/// Reads the URL into a view state checked against the dataset, in the interface's language
/// (which the address then says).
pub fn view_from_url(dataset: &Dataset) -> (ViewState, Vec<Notice>) {
    let (mut view, mut notices) = url::parse_query(&history::current_query());
    view.lang = Some(crate::i18n::lang());
    let (view, more) = url::check_against(view, dataset);
    notices.extend(more);
    (view, notices)
}

/// The dataset positions a selection points to.
pub fn focus_of(index: &DatasetIndex, selection: Option<&Selection>) -> Focus {
    match selection {
        None => Focus::None,
        Some(Selection::Actor(id)) => index
            .actor_position
            .get(id)
            .map_or(Focus::None, |&i| Focus::Actor(i)),
        Some(Selection::Relation(id)) => index
            .relation_position
            .get(id)
            .map_or(Focus::None, |&i| Focus::Relation(i)),
        Some(Selection::Event(id)) => index
            .event_position
            .get(id)
            .map_or(Focus::None, |&i| Focus::Event(i)),
    }
}

impl ExplorerState {
    /// The state of an explorer of `dataset`, shown as loaded from `original` (see
    /// [`Data`]).
    pub fn new(dataset: Arc<Dataset>, original: Arc<Dataset>) -> ExplorerState {
        let index = Arc::new(DatasetIndex::new(&dataset));
        let label_chars: Arc<Vec<usize>> = Arc::new(
            dataset
                .actors
                .iter()
                .map(|a| crate::i18n::text_units(&a.name))
                .collect(),
        );
        let rows = Arc::new(row_basis(&dataset, &index, &label_chars));
        let (initial, notices) = view_from_url(&dataset);
        let data = StoredValue::new(Data {
            dataset,
            original,
            index,
            label_chars,
            rows,
        });
        let view = RwSignal::new(initial);
        let selection = Memo::new(move |_| view.with(|v| v.selection.clone()));
        let window = Memo::new(move |_| view.with(|v| v.window));
        let filters = Memo::new(move |_| view.with(|v| v.filters.clone()));
        let search = Memo::new(move |_| view.with(|v| v.search.clone()));
        let panel = Memo::new(move |_| view.with(|v| v.panel));
        let main = Memo::new(move |_| view.with(|v| v.main));
        let zoom = Memo::new(move |_| view.with(|v| v.zoom));
        let lanes = Memo::new(move |_| view.with(|v| v.lanes));
        let focus = Memo::new(move |_| {
            selection.with(|s| data.with_value(|d| focus_of(&d.index, s.as_ref())))
        });
        let visible_relations = Memo::new(move |_| {
            let window = window.get();
            filters
                .with(|f| data.with_value(|d| visible_relations(&d.dataset, &d.index, window, f)))
        });
        let visible_events = Memo::new(move |_| {
            filters.with(|f| {
                data.with_value(|d| {
                    (0..d.dataset.events.len())
                        .map(|i| f.keeps_event_at(&d.dataset, &d.index, i))
                        .collect()
                })
            })
        });
        let visible_actors = Memo::new(move |_| {
            filters.with(|f| {
                data.with_value(|d| {
                    (0..d.dataset.actors.len())
                        .map(|i| f.keeps_actor_at(&d.dataset, i))
                        .collect()
                })
            })
        });
        let scores = Memo::new(move |_| {
            visible_relations.with(|relations| {
                data.with_value(|d| query::alignment_scores(&d.dataset, &d.index, relations))
            })
        });
        let map_fit = RwSignal::new(None);
        let rows = Memo::new(move |_| {
            let fit = map_fit.get();
            data.with_value(|d| d.rows.rows(fit))
        });
        let map = Memo::new(move |_| {
            rows.with(|rows| {
                scores.with(|scores| {
                    data.with_value(|d| layout::map_layout(&map_request(d, scores, rows)))
                })
            })
        });
        let step = Memo::new(move |before: Option<&StepChange>| {
            let window = window.get();
            let scores = scores.get();
            visible_relations.with(|visible| {
                data.with_value(|d| {
                    let pole = |id: &str| d.index.actor_position.get(id).copied();
                    let poles = [
                        pole(&d.dataset.poles.negative),
                        pole(&d.dataset.poles.positive),
                    ];
                    let placed = placed_actors(
                        d.dataset.actors.len(),
                        visible,
                        &d.index.relation_ends,
                        poles,
                    );
                    step_change(&d.index, before, window, scores, placed)
                })
            })
        });
        let hovered = RwSignal::new(None);
        let highlight = Memo::new(move |_| {
            let focus = hovered.get().map_or_else(|| focus.get(), Focus::Actor);
            visible_relations
                .with(|visible| data.with_value(|d| query::highlight(&d.index, visible, focus)))
        });
        let state = ExplorerState {
            data,
            view,
            selection,
            window,
            filters,
            search,
            panel,
            main,
            zoom,
            lanes,
            focus,
            notices: RwSignal::new(notices),
            hovered,
            pointing: StoredValue::new(0),
            highlight,
            visible_relations,
            visible_events,
            visible_actors,
            scores,
            map_fit,
            rows,
            map,
            playing: RwSignal::new(false),
            step,
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
                // Written after the next paint: the address bar is not on the way from a click
                // to what it shows.
                let query = url::to_query(&state);
                super::after_next_paint(move || history::write_query(&query, true));
                return;
            }
            let mine = generation.get_value();
            // The explorer may be gone when the timer fires: read nothing that is disposed.
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(mine) {
                        if let Some(state) = view.try_get_untracked() {
                            history::write_query(&url::to_query(&state), false);
                        }
                    }
                },
                std::time::Duration::from_millis(200),
            );
        });
        let data = self.data;
        let notices = self.notices;
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let Some((state, more)) = data.try_with_value(|d| view_from_url(&d.dataset)) else {
                return;
            };
            last_selection.set_value(state.selection.clone());
            view.set(state);
            notices.set(more);
        });
        on_cleanup(move || handle.remove());
    }

    /// Writes the view to the address bar at once (replacing the current entry), for what
    /// reads the view back from the address: a change of language draws the explorer again
    /// from it, and the address bar may not have caught up with the last change yet.
    pub fn write_address_now(self) {
        if let Some(query) = self.view.try_with_untracked(url::to_query) {
            history::write_query(&query, false);
        }
    }

    /// Applies one change to the view (a method of [`ViewState`]); nothing is notified when
    /// it changes nothing.
    pub fn change(self, change: impl FnOnce(&mut ViewState)) {
        self.view.maybe_update(|v| {
            let before = v.clone();
            change(v);
            *v != before
        });
    }

    /// The pointer is on actor `i` (a map node): brought forward at once.
    pub fn point_at(self, i: usize) {
        self.pointing.update_value(|g| *g = g.wrapping_add(1));
        self.hovered.set(Some(i));
    }

    /// The pointer left the pointed-at actor: it stays forward a moment, so that the pointer
    /// can reach one of its own arrows (which keeps it, see [`ExplorerState::keep_pointing`]),
    /// then goes back.
    pub fn unpoint_soon(self) {
        self.pointing.update_value(|g| *g = g.wrapping_add(1));
        let mine = self.pointing.get_value();
        let (pointing, hovered) = (self.pointing, self.hovered);
        set_timeout(
            move || {
                if pointing.try_get_value() == Some(mine) {
                    hovered.try_set(None);
                }
            },
            std::time::Duration::from_millis(300),
        );
    }

    /// The pointer reached something the pointed-at actor brings forward: it stays.
    pub fn keep_pointing(self) {
        self.pointing.update_value(|g| *g = g.wrapping_add(1));
    }

    pub fn select(self, selection: Option<Selection>) {
        self.change(|v| v.select(selection));
    }

    pub fn set_window(self, window: Option<DayRange>) {
        self.change(|v| v.set_window(window));
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
        .filter(|&i| filters.keeps_relation_at(dataset, index, i))
        .collect()
}

/// What the map's node layout needs: scores, label lengths and degrees (over all relations,
/// so node sizes stay put as the window moves). Edges are planned by the map view.
pub fn map_request(data: &Data, scores: &[f64], rows: &[usize]) -> MapRequest {
    MapRequest {
        scores: scores.to_vec(),
        label_chars: data.label_chars.to_vec(),
        degrees: data.index.degrees.clone(),
        edges: Vec::new(),
        home_rows: rows.to_vec(),
    }
}

/// What each actor's row on the map is chosen from: the map of the whole period, and where
/// each actor stands in windows of six months and a year across the data (at most 24), so
/// that actors kept in one row rarely meet (see [`layout::map::home_rows_within`]).
pub fn row_basis(dataset: &Dataset, index: &DatasetIndex, label_chars: &[usize]) -> RowBasis {
    let all: Vec<usize> = (0..dataset.relations.len()).collect();
    let request = MapRequest {
        scores: query::alignment_scores(dataset, index, &all),
        label_chars: label_chars.to_vec(),
        degrees: index.degrees.clone(),
        edges: Vec::new(),
        home_rows: Vec::new(),
    };
    let none = Filters::default();
    let samples: Vec<Vec<f64>> = query::sample_windows(index.extent, query::busy_span(index))
        .into_iter()
        .map(|window| {
            let visible = visible_relations(dataset, index, Some(window), &none);
            query::alignment_scores(dataset, index, &visible)
        })
        .collect();
    RowBasis {
        whole: request,
        samples,
    }
}

#[cfg(test)]
mod tests {
    use super::row_basis;
    use crate::layout::map::{label_clash, map_layout, node_radius, place_labels, CHAR_WIDTH};
    use crate::model::{Day, DayRange};
    use crate::query::{self, DatasetIndex};

    /// The bundled dataset's map as the app draws it, in the whole period and two windows,
    /// with its rows chosen for no frame, a laptop's (13 rows) and a small screen's (9), and
    /// labels at three sizes: no label overlaps another or a node other than its own, and
    /// most actors are labelled.
    #[test]
    fn the_bundled_map_s_labels_never_overlap() {
        let dataset = crate::model::load(include_str!("../../public/data/korea-ukraine-war.json"))
            .expect("the bundled dataset is valid");
        let index = DatasetIndex::new(&dataset);
        let chars: Vec<usize> = dataset
            .actors
            .iter()
            .map(|a| crate::i18n::text_units(&a.name))
            .collect();
        let widths: Vec<f64> = chars.iter().map(|&c| c as f64 * CHAR_WIDTH).collect();
        let basis = row_basis(&dataset, &index, &chars);
        let day = |y, m| Day::from_civil(y, m, 1).expect("a date");
        let windows = [
            None,
            Some(DayRange {
                start: day(2022, 1),
                end: day(2022, 7),
            }),
            Some(DayRange {
                start: day(2023, 1),
                end: day(2024, 1),
            }),
        ];
        for fit in [None, Some(13), Some(9)] {
            let rows = basis.rows(fit);
            for window in windows {
                let relations = query::relations_in_window(&index, dataset.relations.len(), window);
                let mut request = basis.whole.clone();
                request.scores = query::alignment_scores(&dataset, &index, &relations);
                request.home_rows = rows.clone();
                let layout = map_layout(&request);
                // The map's nodes draw their size once, from their degree (see `MapNode`).
                for (i, node) in layout.nodes.iter().enumerate() {
                    assert_eq!(node.radius, node_radius(index.degrees[i]), "actor {i}");
                }
                let mut order: Vec<usize> = (0..dataset.actors.len()).collect();
                order.sort_by_key(|&i| std::cmp::Reverse(index.degrees[i]));
                for scale in [1.0, 1.2, 1.4] {
                    let sides = place_labels(&layout.nodes, &widths, &order, 0, scale);
                    let case = format!("{fit:?} rows, {window:?}, labels ×{scale}");
                    let labelled = sides.iter().flatten().count();
                    assert!(
                        labelled * 3 >= dataset.actors.len() * 2,
                        "{case}: {labelled} labelled"
                    );
                    assert_eq!(
                        label_clash(&layout.nodes, &widths, &sides, scale),
                        None,
                        "{case}"
                    );
                }
            }
        }
    }
}
