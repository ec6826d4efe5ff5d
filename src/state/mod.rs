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
