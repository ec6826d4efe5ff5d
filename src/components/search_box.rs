//! The search box (shortcut `/`): actors by any of their names, relations by their sentence,
//! events by title, figures, forgiving of case, accents and small typos; then any summary,
//! description or quotation that holds the words, with the passage. Results are chosen by
//! keyboard or mouse. The search's own code (its index and matching) loads when the reader
//! first comes to the box (see [`crate::components::search_engine`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::details_panel::focus_when_drawn;
use crate::components::search_engine::LiveIndex;
use crate::query::search::{Hit, HitTarget};
use crate::state::explorer::ExplorerState;
use crate::state::{Panel, Selection};

/// The selection a search hit leads to.
pub fn selection_for(state: ExplorerState, target: &HitTarget) -> Option<Selection> {
    match target {
        HitTarget::Actor(id) => Some(Selection::Actor(id.clone())),
        HitTarget::Relation(id) => Some(Selection::Relation(id.clone())),
        // Not a selection: shown in its tab (see `choose`).
        HitTarget::Disagreement(_) => None,
        HitTarget::Event(id) => Some(Selection::Event(id.clone())),
        HitTarget::Figure { about, .. } => state.data.with_value(|d| {
            let dataset = &d.dataset;
            if dataset.actor(about).is_some() {
                Some(Selection::Actor(about.clone()))
            } else if dataset.relation(about).is_some() {
                Some(Selection::Relation(about.clone()))
            } else if dataset.event(about).is_some() {
                Some(Selection::Event(about.clone()))
            } else {
                None
            }
        }),
    }
}

/// Brings a disagreement in the "Where they differ" tab into view and puts the keyboard on
/// it, once the tab is drawn.
fn show_disagreement(id: String) {
    let selector = format!("[data-disagreement='{}']", id.replace('\'', ""));
    focus_when_drawn(move || document().query_selector(&selector).ok().flatten());
}

/// `/` anywhere outside a text field focuses the search box.
fn focus_on_slash(input_ref: NodeRef<leptos::html::Input>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if ev.key() == "/" && !in_field && !ev.ctrl_key() && !ev.meta_key() {
            ev.prevent_default();
            if let Some(input) = input_ref.get_untracked() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// The box's keys: arrows walk the hits (opening the list), Enter chooses, Escape closes the
/// list, then clears the search.
fn on_search_key(
    ev: &web_sys::KeyboardEvent,
    state: ExplorerState,
    count: usize,
    open: RwSignal<bool>,
    active: RwSignal<usize>,
    choose: impl Fn(usize),
) {
    match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            open.set(true);
            active.update(|a| *a = if count == 0 { 0 } else { (*a + 1) % count });
        }
        "ArrowUp" => {
            ev.prevent_default();
            active.update(|a| {
                *a = if count == 0 {
                    0
                } else {
                    (*a + count - 1) % count
                }
            });
        }
        "Enter" => {
            ev.prevent_default();
            choose(active.get_untracked());
        }
        "Escape" => {
            if open.get_untracked() {
                open.set(false);
            } else {
                state.change(|v| v.set_search(String::new()));
            }
        }
        _ => {}
    }
}

/// The hits as options of the list box.
fn hit_options(
    hits: Vec<Hit>,
    active: RwSignal<usize>,
    choose: impl Fn(usize) + Copy + 'static,
) -> impl IntoView {
    hits.into_iter()
        .enumerate()
        .map(|(i, hit)| {
            view! {
                <li
                    id=format!("search-hit-{i}")
                    role="option"
                    class="search-hit"
                    aria-selected=move || (active.get() == i).to_string()
                    on:mousedown=move |ev| { ev.prevent_default(); choose(i); }
                >
                    <span class="hit-label">{hit.label}</span>
                    <span class="hit-kind">{hit.kind}</span>
                    {hit.passage.map(|p| view! { <span class="hit-passage">{p}</span> })}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let text = state.search;
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    let live = LiveIndex::default();
    let hits = Memo::new(move |_| text.with(|text| live.search(state, text)));
    let no_hits = Memo::new(move |_| hits.with(Vec::is_empty));
    // A reader who comes to the box is about to type: the index starts then, after the focus
    // has been drawn.
    let prepare = move || {
        set_timeout(
            move || live.start(state),
            std::time::Duration::from_millis(50),
        )
    };
    focus_on_slash(input_ref);

    let choose = move |index: usize| {
        let target = hits.with_untracked(|h| h.get(index).map(|h| h.target.clone()));
        if let Some(HitTarget::Disagreement(id)) = &target {
            state.change(|v| v.set_panel(Panel::Differences));
            open.set(false);
            show_disagreement(id.clone());
        } else if let Some(selection) = target.and_then(|t| selection_for(state, &t)) {
            state.change(|v| v.open_details(Some(selection)));
            open.set(false);
        }
    };
    let expanded = move || open.get() && !text.with(String::is_empty);
    // Hangul (and other IME) input: while a syllable is being composed the box holds letters
    // that are not yet text; the search runs when the composition ends.
    let composing = StoredValue::new(false);
    let run = move |value: String| {
        state.change(|v| v.set_search(value));
        active.set(0);
        open.set(true);
    };
    view! {
        <div class="search" role="search">
            <label for="search-input" class="visually-hidden">{crate::tr!("search.label")}</label>
            <input
                id="search-input"
                node_ref=input_ref
                type="search"
                placeholder={crate::tr!("search.placeholder")}
                autocomplete="off"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || (expanded() && hits.with(|h| !h.is_empty())).then(|| format!("search-hit-{}", active.get()))
                prop:value=text
                on:input=move |ev| {
                    let in_composition = ev
                        .dyn_ref::<web_sys::InputEvent>()
                        .is_some_and(web_sys::InputEvent::is_composing);
                    if in_composition || composing.get_value() {
                        return;
                    }
                    run(event_target_value(&ev));
                }
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=move |ev| {
                    composing.set_value(false);
                    run(event_target_value(&ev));
                }
                on:focus=move |_| {
                    open.set(true);
                    prepare();
                }
                on:blur=move |_| open.set(false)
                on:keydown=move |ev| on_search_key(&ev, state, hits.with_untracked(Vec::len), open, active, choose)
            />
            <ul id="search-results" role="listbox" aria-label={crate::tr!("search.results")} class="search-results" hidden=move || !expanded()>
                {move || hit_options(hits.get(), active, choose)}
                {move || no_hits.get().then(|| view! {
                    <li class="search-empty" role="presentation">{move || live.empty_text()}</li>
                })}
            </ul>
        </div>
    }
}
