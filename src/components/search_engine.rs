//! The search box's index behind a split point: [`SearchIndex`] (pure, in `query::search`)
//! seen through the [`Searcher`] trait, so that its code can load when the reader first comes
//! to the box; and [`LiveIndex`], which loads it, builds it in slices and searches it.

use leptos::prelude::*;

use crate::model::Dataset;
use crate::query::search::{Hit, SearchIndex};
use crate::state::explorer::ExplorerState;

/// Records added to the search index per task while it is built in slices.
const SLICE: usize = 1500;

/// What the search box asks of its index: [`SearchIndex`], whose code comes with the first
/// search (see [`new_index`]).
pub trait Searcher: Send + Sync {
    /// Adds the next `budget` records; `true` while records are left.
    fn extend(&mut self, dataset: &Dataset, budget: usize) -> bool;
    /// The best matches for `query`, at most `limit`.
    fn search(&self, query: &str, limit: usize) -> Vec<Hit>;
}

impl Searcher for SearchIndex {
    fn extend(&mut self, dataset: &Dataset, budget: usize) -> bool {
        SearchIndex::extend(self, dataset, budget)
    }

    fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        SearchIndex::search(self, query, limit)
    }
}

/// An index whose code may have come from its own wasm file.
pub type Index = Box<dyn Searcher>;

/// An empty search index, with its code loaded first: in a split build (feature `split`) the
/// search's code is a wasm file of its own that downloads the first time the reader comes to
/// the box (or the address holds a search); a failed download is an `Err` (and a later call
/// tries again).
pub async fn new_index() -> Result<Index, String> {
    #[cfg(feature = "split")]
    {
        split::new_index().await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(Box::new(SearchIndex::default()))
    }
}

/// The search's index, built when the reader first comes to the box or types, not at load
/// (most readers never search), with its code loaded then, in slices between frames so that no
/// task is long. Until it is complete, a search looks in what is built so far, and runs again
/// as more is (`grown`).
#[derive(Clone, Copy)]
pub struct LiveIndex {
    index: StoredValue<Option<Index>>,
    started: StoredValue<bool>,
    /// Why the search's code could not be loaded; the next focus or keystroke tries again.
    failure: RwSignal<Option<String>>,
    grown: RwSignal<u32>,
}

impl Default for LiveIndex {
    fn default() -> Self {
        LiveIndex {
            index: StoredValue::new(None),
            started: StoredValue::new(false),
            failure: RwSignal::new(None),
            grown: RwSignal::new(0),
        }
    }
}

impl LiveIndex {
    /// Loads the search's code and starts building (once; also run by a timer and after a
    /// download, when the box may be gone).
    pub fn start(self, state: ExplorerState) {
        if self.started.try_get_value() != Some(false) {
            return;
        }
        self.started.set_value(true);
        leptos::task::spawn_local(async move {
            match new_index().await {
                Ok(fresh) => {
                    if self
                        .index
                        .try_update_value(|slot| *slot = Some(fresh))
                        .is_some()
                    {
                        self.failure.try_set(None);
                        set_timeout(
                            move || self.build_slice(state, 0),
                            std::time::Duration::ZERO,
                        );
                    }
                }
                Err(why) => {
                    self.started.try_update_value(|s| *s = false);
                    self.failure.try_set(Some(why));
                }
            }
        });
    }

    /// Adds a slice of records; a search in progress runs again every few slices and at the
    /// end.
    fn build_slice(self, state: ExplorerState, slice: u32) {
        let Some(Some(more)) = self.index.try_update_value(|slot| {
            let partial = slot.as_mut()?;
            state
                .data
                .try_with_value(|d| partial.extend(&d.dataset, SLICE))
        }) else {
            return;
        };
        if !more || slice % 8 == 7 {
            self.grown.update(|g| *g = g.wrapping_add(1));
        }
        if more {
            set_timeout(
                move || self.build_slice(state, slice + 1),
                std::time::Duration::ZERO,
            );
        }
    }

    /// The hits for `text` in what is built so far (tracking its growth), starting the build.
    pub fn search(self, state: ExplorerState, text: &str) -> Vec<Hit> {
        self.grown.track();
        if text.trim().is_empty() {
            return Vec::new();
        }
        self.start(state);
        self.index
            .try_with_value(|i| i.as_ref().map(|i| i.search(text, 12)))
            .flatten()
            .unwrap_or_default()
    }

    /// What the list says when there is no hit: loading, failed, or nothing found.
    pub fn empty_text(self) -> String {
        self.grown.track();
        match self.failure.get() {
            Some(why) => crate::tr!("search.load-failed", why = why),
            None if self.index.with_value(Option::is_none) => crate::tr!("search.loading").into(),
            None => crate::tr!("search.none").into(),
        }
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::Index;
    use crate::query::search::SearchIndex;

    /// The split point: everything only this function reaches goes into the `search` wasm file.
    #[wasm_split(search, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn new_index() -> Result<Index, SplitLoaderError> {
        Ok(Box::new(SearchIndex::default()))
    }
}
