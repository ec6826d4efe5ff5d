//! The help dialog (shortcut `?`): what the encodings mean, the keyboard shortcuts, and where
//! the data comes from.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::legend::LegendGroups;
use crate::state::explorer::ExplorerState;

/// The keyboard shortcuts: the keys, and what they do (both catalogue keys).
const SHORTCUTS: &[(&str, &str)] = &[
    ("help.key.slash", "help.does.search"),
    ("help.key.question", "help.does.help"),
    ("help.key.tab", "help.does.tab"),
    ("help.key.arrows-map", "help.does.arrows-map"),
    ("help.key.enter", "help.does.enter"),
    ("help.key.escape", "help.does.escape"),
    ("help.key.zoom", "help.does.zoom"),
    ("help.key.arrows-timeline", "help.does.arrows-timeline"),
    ("help.key.arrows-window", "help.does.arrows-window"),
];

#[component]
pub fn HelpDialog() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let dataset = state.dataset();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The body (shortcuts, the legend's groups, the sources) is drawn at the first opening,
    // not with the explorer: most readers never open it.
    let opened = RwSignal::new(false);
    let open = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
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
    let shortcuts = move || {
        SHORTCUTS
        .iter()
        .map(
            |(key, what)| view! { <tr><th scope="row"><kbd>{crate::i18n::text(key)}</kbd></th><td>{crate::i18n::text(what)}</td></tr> },
        )
        .collect_view()
    };
    let sources = move || {
        dataset
        .sources
        .iter()
        .map(|s| {
            view! {
                <li><cite>{s.title.clone()}</cite>
                    {format!(" — {}, {}", s.publisher.clone().unwrap_or_else(|| crate::tr!("sources.no-publisher").into()), s.published)}</li>
            }
        })
        .collect_view()
    };
    view! {
        <button type="button" class="help-open" aria-haspopup="dialog" on:click=move |_| open()>{crate::tr!("help.open")}<span class="visually-hidden">" "{crate::tr!("help.shortcut")}</span></button>
        <dialog node_ref=dialog class="help-dialog" aria-labelledby="help-title">
            <div class="dialog-head">
                <h2 id="help-title">{crate::tr!("help.title")}</h2>
                <button type="button" class="help-close" on:click=move |_| { if let Some(d) = dialog.get_untracked() { d.close(); } }>{crate::tr!("help.close")}</button>
            </div>
            {move || opened.get().then(|| view! {
                <p>{crate::tr!("help.intro")}</p>
                <h3>{crate::tr!("help.keyboard")}</h3>
                <table class="shortcuts"><tbody>{shortcuts()}</tbody></table>
                <h3>{crate::tr!("help.marks")}</h3>
                <LegendGroups />
                <h3>{crate::tr!("help.sources")}</h3>
                <ul>{sources()}</ul>
                <p>{crate::tr!("help.quotations")}</p>
            })}
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::SHORTCUTS;

    /// The shortcut table's keys are looked up by name, so they are checked here.
    #[test]
    fn every_shortcut_is_in_both_catalogues() {
        for (key, what) in SHORTCUTS {
            for k in [key, what] {
                assert!(
                    crate::i18n::try_lookup(k).is_some(),
                    "{k} missing in en.txt"
                );
                assert!(
                    crate::i18n::korean_for_tests().get(k).is_some(),
                    "{k} missing in ko.txt"
                );
            }
        }
        assert_eq!(crate::i18n::text(SHORTCUTS[0].0), "/");
    }
}
