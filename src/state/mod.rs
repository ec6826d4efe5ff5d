//! The app's state: loading the dataset over the network, and the URL as the one source of
//! shareable state. `url` is pure and host-tested; `fetch` and `history` talk to the browser.

pub mod explorer;
pub mod fanout;
pub mod fetch;
pub mod history;
pub mod language;
pub mod source;
pub mod theme;
pub mod url;
pub mod view;
pub mod world;

pub use url::{Lanes, MainView, Notice, Panel, Selection, ViewState};

/// Runs `work` once the next frame has been painted: work a change needs that should not
/// stand between an input and what it shows (the address bar, accessible names).
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO)
    });
}

/// A copy of `source` that takes each new value after the next frame has been drawn (the
/// last of several changes within a frame wins).
pub fn a_frame_behind<T: Clone + Send + Sync + 'static>(
    source: leptos::prelude::Memo<T>,
) -> leptos::prelude::RwSignal<T> {
    use leptos::prelude::*;
    let copy = RwSignal::new(source.get_untracked());
    let generation = StoredValue::new(0u32);
    Effect::new(move |ran: Option<()>| {
        let value = source.get();
        if ran.is_none() {
            return;
        }
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        after_next_paint(move || {
            // The view may be gone, or the source changed again, when this runs.
            if generation.try_get_value() == Some(mine) {
                copy.try_set(value);
            }
        });
    });
    copy
}
