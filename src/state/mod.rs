//! The app's state: loading the dataset over the network, and the URL as the one source of
//! shareable state. `url` is pure and host-tested; `fetch` talks to the browser.

pub mod fetch;
