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

/// A trigger that fires once the next frame has been painted, each time what `track` reads
/// changes (several changes within a frame fire it once or more; it carries no value). A view
/// that tracks it and reads those sources untracked shows their change a frame after the rest
/// of the page: work that need not stand between an input and its picture.
pub fn a_frame_after(track: impl Fn() + Send + Sync + 'static) -> leptos::prelude::Trigger {
    use leptos::prelude::*;
    let after = Trigger::new();
    Effect::new(move |ran: Option<()>| {
        track();
        if ran.is_some() {
            after_next_paint(move || after.notify());
        }
    });
    after
}
