//! Thin views over the state: each file holds one public component. Logic worth testing lives
//! in the pure modules above; components only wire signals to the DOM.

pub mod actor_details;
pub mod alignment_map;
pub mod app;
pub mod dataset_switch;
pub mod details_panel;
pub mod differences_view;
pub mod error_panel;
pub mod explorer;
pub mod export_menu;
pub mod filter_bar;
pub mod help_dialog;
pub mod language_switch;
pub mod lazy;
pub mod legend;
pub mod list_view;
pub mod map_edges;
pub mod map_frame;
pub mod map_nodes;
pub mod overview;
pub mod paged;
pub mod search_box;
pub mod search_engine;
pub mod share_buttons;
pub mod side_panel;
pub mod sources_view;
pub mod step_caption;
pub mod timeline_marks;
pub mod timeline_toolbar;
pub mod timeline_view;
pub mod world_arcs;
pub mod world_countries;
pub mod world_map;
pub mod world_marks;
pub mod world_offmap;
pub mod world_view;
pub mod zoom;

/// Whether the screen is a phone's (the layout's breakpoint, 700 px wide and less), asked of
/// the media query: unlike reading a computed style, that never makes the browser restyle.
pub fn phone_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 700px)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// `prefix` then `rest`, as an id or a class is written (`map-node-` and an actor's id): one
/// copy of this code, where each `format!` call writes its own formatting arguments.
pub fn joined(prefix: &str, rest: &str) -> String {
    let mut text = String::with_capacity(prefix.len() + rest.len());
    text.push_str(prefix);
    text.push_str(rest);
    text
}
