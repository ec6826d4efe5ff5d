//! Thin views over the state: each file holds one public component. Logic worth testing lives
//! in the pure modules above; components only wire signals to the DOM.

pub mod app;
pub mod error_panel;
pub mod overview;
