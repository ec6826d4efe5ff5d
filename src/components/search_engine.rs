//! The search box's index behind a split point: [`SearchIndex`] (pure, in `query::search`)
//! seen through the [`Searcher`] trait, so that its code can load when the reader first comes
//! to the box.

use crate::model::Dataset;
use crate::query::search::{Hit, SearchIndex};

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
