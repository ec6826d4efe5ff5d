//! The interface's language in the browser: which one to start in (`?lang=`, else the
//! reader's last pick, else `navigator.languages`), fetching the Korean catalogue when it is
//! needed, and `<html lang>` and the page title to match. The catalogues themselves and the
//! words are in [`crate::i18n`].

use std::cell::Cell;

use leptos::prelude::*;

use crate::i18n::{self, Catalogue, Lang};
use crate::state::fetch::fetch_text;
use crate::state::history;

/// Where the reader's pick is remembered.
const KEY: &str = "war-alignment-explorer.lang";

/// The language in use, shared through context. `Copy`: signals are handles.
#[derive(Clone, Copy)]
pub struct Language {
    /// The language the interface is drawn in; views that draw words track it.
    pub lang: RwSignal<Lang>,
    /// Whether the first language's words are there (the Korean catalogue is fetched).
    pub ready: RwSignal<bool>,
    /// Why the chosen language could not be used, said in the one in use.
    pub problem: RwSignal<Option<String>>,
}

thread_local! {
    static KOREAN: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
}

/// The language a reader starts in: the address's `lang`, else their last pick, else the
/// first of the browser's languages the interface speaks.
pub fn starting_language() -> Lang {
    let (view, _) = crate::state::url::parse_query(&history::current_query());
    view.lang.or_else(stored).unwrap_or_else(|| {
        let preferred: Vec<String> = web_sys::window()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default();
        Lang::from_preferences(&preferred)
    })
}

fn stored() -> Option<Lang> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|code| Lang::parse(&code))
}

fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(KEY, lang.code());
    }
}

/// The catalogue of `lang`, fetched once (English is compiled in).
async fn catalogue(lang: Lang) -> Result<Option<&'static Catalogue>, String> {
    match lang {
        Lang::En => Ok(None),
        Lang::Ko => {
            if let Some(known) = KOREAN.with(Cell::get) {
                return Ok(Some(known));
            }
            let text = fetch_text(i18n::KOREAN_PATH)
                .await
                .map_err(|e| e.to_string())?;
            let catalogue = i18n::leak(Lang::Ko, text)?;
            KOREAN.with(|k| k.set(Some(catalogue)));
            Ok(Some(catalogue))
        }
    }
}

/// Writes the language to `<html lang>` and the page title.
fn mark_page(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(crate::tr!("app.page-title"));
}

impl Language {
    /// Starts in [`starting_language`], fetching its catalogue if needed.
    pub fn new() -> Language {
        let language = Language {
            lang: RwSignal::new(Lang::En),
            ready: RwSignal::new(false),
            problem: RwSignal::new(None),
        };
        let first = starting_language();
        if first == Lang::En {
            language.ready.set(true);
            mark_page(Lang::En);
        } else {
            leptos::task::spawn_local(async move {
                language.switch(first).await;
                language.ready.set(true);
            });
        }
        language
    }

    async fn switch(self, lang: Lang) {
        match catalogue(lang).await {
            Ok(catalogue) => {
                i18n::use_language(catalogue);
                self.problem.set(None);
                mark_page(lang);
                self.lang.set(lang);
            }
            Err(error) => {
                self.problem.set(Some(crate::tr!(
                    "app.language-failed",
                    language = lang.own_name(),
                    error = error
                )));
            }
        }
    }

    /// Switches to `lang` at the reader's pick: remembered and, once its words are there,
    /// drawn. The explorer, drawn again, reads its view from the address and writes the new
    /// language there.
    pub fn choose(self, lang: Lang) {
        remember(lang);
        leptos::task::spawn_local(async move { self.switch(lang).await });
    }

    /// Follows the address after Back or Forward: its `lang`, if it names another language.
    pub fn follow_address(self) {
        let (view, _) = crate::state::url::parse_query(&history::current_query());
        if let Some(lang) = view.lang.filter(|l| *l != self.lang.get_untracked()) {
            leptos::task::spawn_local(async move { self.switch(lang).await });
        }
    }
}

impl Default for Language {
    fn default() -> Self {
        Language::new()
    }
}
