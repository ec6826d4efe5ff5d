//! War alignment explorer: an alignment map, a timeline and a details panel over a bundled,
//! cited dataset.
//!
//! Data flows one way: `model` (parse, validate) → `query` (filters, time window) →
//! `analysis` (alignment scores) → `layout` (geometry) → `state` (signals, URL) →
//! `components` (views). Everything above `state` is pure Rust tested on the host. `i18n`
//! holds the interface's words in English and Korean; every layer asks it for its sentences,
//! and sorts through `sort` (one copy of the standard library's sort for the whole wasm).

#[macro_use]
pub mod i18n;
pub mod analysis;
pub mod components;
pub mod layout;
pub mod model;
pub mod query;
pub mod sort;
pub mod state;

pub use components::app::App;
