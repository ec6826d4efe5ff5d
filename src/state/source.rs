//! Which dataset the explorer shows: the bundled one, or a file the reader opened (by the file
//! picker or by dropping it on the page). Opening, going back and trying again are methods;
//! the app reloads whenever the source or the attempt changes.

use std::sync::Arc;

use leptos::prelude::*;

/// Where the dataset comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Bundled,
    /// A file the reader opened: its name and its text.
    File {
        name: String,
        text: Arc<str>,
    },
    /// A file the browser could not read.
    Unreadable {
        name: String,
    },
}

/// The app's dataset source and its controls; shared through context. `Copy`: signals only.
#[derive(Clone, Copy)]
pub struct DatasetSource {
    pub source: RwSignal<Source>,
    /// Bumped by "Try again": the same source is loaded anew.
    pub attempt: RwSignal<u32>,
    /// Set while a file is being read.
    pub reading: RwSignal<Option<String>>,
}

impl DatasetSource {
    pub fn new() -> DatasetSource {
        DatasetSource {
            source: RwSignal::new(Source::Bundled),
            attempt: RwSignal::new(0),
            reading: RwSignal::new(None),
        }
    }

    pub fn use_bundled(self) {
        self.source.set(Source::Bundled);
    }

    pub fn retry(self) {
        self.attempt.update(|a| *a = a.wrapping_add(1));
    }

    /// Reads a file the reader chose or dropped, then shows it.
    pub fn open_file(self, file: web_sys::File) {
        let name = file.name();
        self.reading.set(Some(name.clone()));
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise).await;
            self.reading.try_set(None);
            self.source
                .try_set(match text.ok().and_then(|t| t.as_string()) {
                    Some(text) => Source::File {
                        name,
                        text: Arc::from(text),
                    },
                    None => Source::Unreadable { name },
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
