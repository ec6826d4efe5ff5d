//! The help dialog (shortcut `?`): what the encodings mean, the keyboard shortcuts, and where
//! the data comes from.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::legend::LegendGroups;
use crate::state::explorer::ExplorerState;

const SHORTCUTS: &[(&str, &str)] = &[
    ("/", "Search actors, events and figures"),
    ("?", "Open this help"),
    (
        "Tab",
        "Move between the map, the timeline, the time window and the panels",
    ),
    (
        "Arrow keys (map)",
        "Move to the nearest actor in that direction",
    ),
    ("Enter", "Select the actor or event in focus"),
    ("Escape", "Clear the selection, close this dialog"),
    ("+ / − / 0 (map)", "Zoom in, zoom out, fit"),
    (
        "Arrow keys (timeline)",
        "Move between events in time order; Home and End jump to the ends",
    ),
    (
        "Arrow keys (window handles)",
        "Move the window's start, end or whole band by a month; with Shift by a year",
    ),
];

#[component]
pub fn HelpDialog() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = move || {
        if let Some(d) = dialog.get_untracked() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if ev.key() == "?" && !in_field {
            ev.prevent_default();
            open();
        }
    });
    on_cleanup(move || handle.remove());
    let shortcuts = SHORTCUTS
        .iter()
        .map(
            |(key, what)| view! { <tr><th scope="row"><kbd>{*key}</kbd></th><td>{*what}</td></tr> },
        )
        .collect_view();
    let sources = dataset
        .sources
        .iter()
        .map(|s| {
            view! {
                <li><cite>{s.title.clone()}</cite>
                    {format!(" — {}, {}", s.publisher.clone().unwrap_or_else(|| "publisher unknown".into()), s.published)}</li>
            }
        })
        .collect_view();
    view! {
        <button type="button" class="help-open" aria-haspopup="dialog" on:click=move |_| open()>"Help"<span class="visually-hidden">" (shortcut ?)"</span></button>
        <dialog node_ref=dialog class="help-dialog" aria-labelledby="help-title">
            <div class="dialog-head">
                <h2 id="help-title">"About this explorer"</h2>
                <button type="button" class="help-close" on:click=move |_| { if let Some(d) = dialog.get_untracked() { d.close(); } }>"Close"</button>
            </div>
            <p>"Each actor sits left to right by a score computed from its relations: cooperation pulls it towards the actors it works with, hostility pushes it away, and claims the articles are less sure of count for less. Pick a time window on the timeline to see the alignments as they stood then; select anything to see the passages it comes from."</p>
            <h3>"Keyboard"</h3>
            <table class="shortcuts"><tbody>{shortcuts}</tbody></table>
            <h3>"What the marks mean"</h3>
            <LegendGroups />
            <h3>"Sources"</h3>
            <ul>{sources}</ul>
            <p>"Every relation, event and figure cites its article with a verbatim quotation; where the articles disagree, the “Where they differ” tab sets their positions side by side."</p>
        </dialog>
    }
}
