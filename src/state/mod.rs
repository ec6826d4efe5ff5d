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
/// changes, and at most once every `at_most_every` milliseconds (see
/// [`view::wait_to_draw`]); it carries no value. A view that tracks it and reads those
/// sources untracked shows their change a frame after the rest of the page (work that need
/// not stand between an input and its picture), and, while changes come quicker than that,
/// only some of them (the last always).
pub fn a_frame_after(track: impl Fn() + 'static, at_most_every: f64) -> leptos::prelude::Trigger {
    let lag = Lag {
        after: leptos::prelude::Trigger::new(),
        timing: Default::default(),
        every: at_most_every,
    };
    let after = lag.after;
    leptos::prelude::Effect::new(move |ran: Option<()>| {
        track();
        if ran.is_some() {
            lag.clone().changed();
        }
    });
    after
}

/// What [`a_frame_after`] keeps: its trigger, when it last fired and whether a firing is on
/// its way (one copy of this code for every caller).
#[derive(Clone)]
struct Lag {
    after: leptos::prelude::Trigger,
    timing: std::rc::Rc<std::cell::Cell<(Option<f64>, bool)>>,
    every: f64,
}

impl Lag {
    fn changed(self) {
        let (last, on_its_way) = self.timing.get();
        let Some(wait) = view::wait_to_draw(last, on_its_way, js_sys::Date::now(), self.every)
        else {
            return;
        };
        self.timing.set((last, true));
        let fire = move || self.fire();
        if wait <= 0.0 {
            after_next_paint(fire);
        } else {
            leptos::prelude::set_timeout(
                move || after_next_paint(fire),
                std::time::Duration::from_millis(wait.ceil() as u64),
            );
        }
    }

    fn fire(self) {
        use leptos::prelude::Notify;
        self.timing.set((Some(js_sys::Date::now()), false));
        // Nothing happens if the view is gone by then.
        self.after.notify();
    }
}
