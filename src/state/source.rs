//! Which dataset the explorer shows: the bundled one, one at an address given by `?data=`, or
//! a file the reader opened (by the file picker or by dropping it on the page). A file opened
//! from disk is kept in the browser (IndexedDB) so a reload shows it again, until the reader
//! goes back to the bundled dataset. Opening, going back and trying again are methods; the
//! app reloads whenever the source or the attempt changes.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::state::{history, url};

#[wasm_bindgen(module = "/src/state/store.js")]
extern "C" {
    #[wasm_bindgen(js_name = hasKept)]
    fn has_kept() -> bool;
    #[wasm_bindgen(catch)]
    async fn keep(name: &str, text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn kept() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn forget() -> Result<JsValue, JsValue>;
}

/// Where the dataset comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Bundled,
    /// The dataset at an address (`?data=`), relative to the page or absolute.
    Link {
        url: String,
    },
    /// A file the reader opened: its name and its text.
    File {
        name: String,
        text: Arc<str>,
    },
    /// A file the browser could not read.
    Unreadable {
        name: String,
    },
    /// A file kept from an earlier visit, being read back from the browser's storage.
    Restoring,
}

impl Source {
    /// The address to write as `?data=`, if the source has one.
    pub fn link(&self) -> Option<String> {
        match self {
            Source::Link { url } => Some(url.clone()),
            _ => None,
        }
    }
}

/// Whether keeping an opened file for the next visit worked.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// Nothing to keep, or kept.
    Fine,
    /// The browser refused; the file is shown now but a reload will not bring it back.
    Failed(String),
}

/// The app's dataset source and its controls; shared through context. `Copy`: signals only.
#[derive(Clone, Copy)]
pub struct DatasetSource {
    pub source: RwSignal<Source>,
    /// Bumped by "Try again": the same source is loaded anew.
    pub attempt: RwSignal<u32>,
    /// Set while a file is being read.
    pub reading: RwSignal<Option<String>>,
    /// What loading is doing now ("Checking big.json (26.9 MB)…"); empty when done.
    pub progress: RwSignal<String>,
    pub keeping: RwSignal<Keeping>,
}

/// The source the address and the browser's storage ask for: `?data=` first, then a kept
/// file, else the bundled dataset.
fn requested_source() -> Source {
    let (view, _) = url::parse_query(&history::current_query());
    match view.data {
        Some(url) => Source::Link { url },
        None if has_kept() => Source::Restoring,
        None => Source::Bundled,
    }
}

/// Writes the dataset's address into the page's address (or takes it out); a new history
/// entry, so Back returns to the dataset before. What names records of the dataset before
/// (the selection, the article filter) is dropped; the window, filters and views stay.
fn write_data_param(data: Option<String>) {
    let (mut view, _) = url::parse_query(&history::current_query());
    if view.data != data {
        view.data = data;
        view.selection = None;
        view.filters.source = None;
        history::write_query(&url::to_query(&view), true);
    }
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| crate::tr!("app.no-storage").into())
}

impl DatasetSource {
    pub fn new() -> DatasetSource {
        let source = DatasetSource {
            source: RwSignal::new(requested_source()),
            attempt: RwSignal::new(0),
            reading: RwSignal::new(None),
            progress: RwSignal::new(String::new()),
            keeping: RwSignal::new(Keeping::Fine),
        };
        source.restore_if_asked();
        source
    }

    /// Reads a kept file back when the source asks for it; falls back to the bundled
    /// dataset when nothing can be read.
    fn restore_if_asked(self) {
        if self.source.get_untracked() != Source::Restoring {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let restored = kept().await.ok().filter(|v| !v.is_null()).and_then(|v| {
                let field = |k: &str| {
                    js_sys::Reflect::get(&v, &JsValue::from_str(k))
                        .ok()
                        .and_then(|f| f.as_string())
                };
                Some((field("name")?, field("text")?))
            });
            if self.source.try_get_untracked() == Some(Source::Restoring) {
                self.source.try_set(match restored {
                    Some((name, text)) => Source::File {
                        name,
                        text: Arc::from(text),
                    },
                    None => Source::Bundled,
                });
            }
        });
    }

    /// Follows the address after Back or Forward: another `?data=` (or none) changes the
    /// dataset; the same one leaves it.
    pub fn follow_address(self) {
        let requested = requested_source();
        let current = self.source.get_untracked();
        let same = match (&requested, &current) {
            (Source::Link { .. }, _) | (_, Source::Link { .. }) => requested == current,
            // Without an address, a file already shown stays.
            _ => true,
        };
        if !same {
            self.source.set(requested);
            self.restore_if_asked();
        }
    }

    /// Back to the bundled dataset; a kept file is forgotten.
    pub fn use_bundled(self) {
        write_data_param(None);
        self.keeping.set(Keeping::Fine);
        self.source.set(Source::Bundled);
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = forget().await {
                web_sys::console::warn_2(&"could not forget the kept dataset".into(), &error);
            }
        });
    }

    pub fn retry(self) {
        self.attempt.update(|a| *a = a.wrapping_add(1));
    }

    /// Reads a file the reader chose or dropped, shows it, and keeps it for the next visit.
    pub fn open_file(self, file: web_sys::File) {
        let name = file.name();
        self.reading.set(Some(name.clone()));
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise).await;
            self.reading.try_set(None);
            let Some(text) = text.ok().and_then(|t| t.as_string()) else {
                self.source.try_set(Source::Unreadable { name });
                return;
            };
            let text: Arc<str> = Arc::from(text);
            write_data_param(None);
            self.source.try_set(Source::File {
                name: name.clone(),
                text: Arc::clone(&text),
            });
            let result = keep(&name, &text).await;
            self.keeping.try_set(match result {
                Ok(_) => Keeping::Fine,
                Err(error) => Keeping::Failed(describe(&error)),
            });
        });
    }

    /// The first file of an input's or a drop's list, if any.
    pub fn open_first(self, files: Option<web_sys::FileList>) {
        if let Some(file) = files.and_then(|f| f.get(0)) {
            self.open_file(file);
        }
    }
}

impl Default for DatasetSource {
    fn default() -> Self {
        DatasetSource::new()
    }
}
