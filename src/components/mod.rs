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

/// How long the phone's details sheet takes to slide up (its `--motion`), and a little more.
const SHEET_OPENS_MS: u64 = 320;

/// Once the phone's details sheet has opened, brings the element `id` (a selected actor's
/// node, a selected event's mark) into the part of the screen the sheet leaves free.
pub fn keep_clear_of_sheet_once_open(id: String) {
    // Where the details are no sheet, no timer either (asked again when it fires).
    if !phone_screen() {
        return;
    }
    leptos::prelude::set_timeout(
        move || keep_clear_of_sheet(&id),
        std::time::Duration::from_millis(SHEET_OPENS_MS),
    );
}

/// On a phone the details are a sheet over the lower part of the screen: whenever the focus
/// changes, the element `id_of` names for it (a selected event's mark, an actor's mark on the
/// world map; `None` for a focus the view does not draw) is brought into the part of the
/// screen the sheet leaves, once the sheet has opened.
pub fn keep_focus_clear_of_sheet(
    state: crate::state::explorer::ExplorerState,
    id_of: impl Fn(crate::query::Focus, &crate::state::explorer::Data) -> Option<String> + 'static,
) {
    leptos::prelude::Effect::new(move |_| {
        use leptos::prelude::{Get, WithValue};
        let focus = state.focus.get();
        if let Some(id) = state.data.with_value(|d| id_of(focus, d)) {
            keep_clear_of_sheet_once_open(id);
        }
    });
}

/// Scrolls the frame that holds the element `id` (the map's or the timeline's) sideways and
/// the page up or down so that the element shows in the part of the screen the phone's
/// details sheet leaves free; nothing where the details are not a sheet.
fn keep_clear_of_sheet(id: &str) {
    use wasm_bindgen::JsCast;
    // Asked first, and of the media query: the computed style below would restyle a large
    // map (about 11 ms at 2,000 actors) after every selection on any screen.
    if !phone_screen() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(node) = document.get_element_by_id(id) else {
        return;
    };
    let Some(sheet) = document
        .query_selector(".details-panel.open")
        .ok()
        .flatten()
    else {
        return;
    };
    // On a phone's screen the details are a sheet (fixed, by the same media query).
    let Some(sheet) = sheet.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let free = height - f64::from(sheet.offset_height());
    if let Ok(Some(frame)) = node.closest(".map-frame, .timeline-frame") {
        let (n, f) = (
            node.get_bounding_client_rect(),
            frame.get_bounding_client_rect(),
        );
        if n.left() < f.left() || n.right() > f.right() {
            let by = (n.left() + n.right()) / 2.0 - (f.left() + f.right()) / 2.0;
            frame.set_scroll_left(frame.scroll_left() + by.round() as i32);
        }
    }
    let n = node.get_bounding_client_rect();
    if n.top() < 8.0 || n.bottom() > free - 8.0 {
        let by = (n.top() + n.bottom()) / 2.0 - free / 2.0;
        window.scroll_by_with_x_and_y(0.0, by.round());
    }
}

/// `prefix` then `rest`, as an id or a class is written (`map-node-` and an actor's id): one
/// copy of this code, where each `format!` call writes its own formatting arguments.
pub fn joined(prefix: &str, rest: &str) -> String {
    let mut text = String::with_capacity(prefix.len() + rest.len());
    text.push_str(prefix);
    text.push_str(rest);
    text
}
