//! Component tests in a real headless Chromium (wasm-bindgen-test): mount a view, drive it,
//! read the DOM.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use leptos::prelude::*;
use war_alignment_explorer::components::error_panel::ErrorPanel;
use war_alignment_explorer::components::explorer::Explorer;
use war_alignment_explorer::model;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

async fn tick() {
    leptos::task::tick().await;
    // Let effects and microtasks settle.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
}

/// Waits for the next frame to be painted and a task after it.
async fn next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 10)
                .unwrap();
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(after.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn dataset() -> Arc<model::Dataset> {
    Arc::new(model::load(include_str!("../public/data/korea-ukraine-war.json")).unwrap())
}

/// Mounts the explorer over the bundled dataset in a fresh container.
async fn mount_explorer() -> (
    web_sys::HtmlElement,
    UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
) {
    let root = container();
    let data = dataset();
    let handle = mount_to(root.clone(), move || {
        view! { <Explorer dataset=data.clone() /> }.into_any()
    });
    tick().await;
    (root, handle)
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn error_panel_names_the_file_and_every_problem() {
    let root = container();
    let _handle = mount_to(root.clone(), || {
        view! { <ErrorPanel file="data/x.json".to_string() problems=vec!["$.a: one".into(), "$.b: two".into()] /> }
    });
    tick().await;
    assert_eq!(text(&root, ".error-file"), "data/x.json");
    assert_eq!(
        root.query_selector_all(".error-problems li")
            .unwrap()
            .length(),
        2
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn explorer_draws_every_actor_and_selects_on_click() {
    let (root, _handle) = mount_explorer().await;
    let actors = dataset().actors.len() as u32;
    assert_eq!(
        root.query_selector_all(".map .node").unwrap().length(),
        actors
    );
    assert!(root.query_selector_all(".map .edge").unwrap().length() > 50);
    let node: web_sys::Element = root
        .query_selector("#map-node-north-korea")
        .unwrap()
        .unwrap();
    assert!(node
        .get_attribute("aria-label")
        .unwrap()
        .contains("leans to Russia"));
    // A click as a browser makes it: it bubbles (the nodes' group listens for them all).
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    node.dispatch_event(
        &web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap(),
    )
    .unwrap();
    tick().await;
    // The details are drawn after the next paint.
    next_paint().await;
    tick().await;
    assert_eq!(text(&root, ".details-heading"), "North Korea");
    // The address bar is written after the next paint.
    next_paint().await;
    assert_eq!(node.get_attribute("aria-selected").as_deref(), Some("true"));
    assert!(web_sys::window()
        .unwrap()
        .location()
        .search()
        .unwrap()
        .contains("select=actor:north-korea"));
}

#[wasm_bindgen_test]
async fn map_keyboard_moves_and_selects() {
    let (root, _handle) = mount_explorer().await;
    let frame: web_sys::HtmlElement = root
        .query_selector(".map-frame")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        frame.dispatch_event(&event).unwrap();
    };
    key("ArrowRight");
    tick().await;
    let first = frame.get_attribute("aria-activedescendant").unwrap();
    key("ArrowRight");
    tick().await;
    let second = frame.get_attribute("aria-activedescendant").unwrap();
    assert_ne!(first, second);
    key("Enter");
    tick().await;
    next_paint().await;
    tick().await;
    let name = second.trim_start_matches("map-node-");
    let heading = text(&root, ".details-heading");
    let expected = dataset().actor(name).unwrap().name.clone();
    assert_eq!(heading, expected);
    key("Escape");
    tick().await;
    next_paint().await;
    tick().await;
    assert!(root.query_selector(".details-empty").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn list_view_and_search_follow_the_state() {
    let (root, _handle) = mount_explorer().await;
    let actors = dataset().actors.len() as u32;
    let click = |selector: &str| {
        let el: web_sys::HtmlElement = root
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .unchecked_into();
        el.click();
    };
    click(".view-list");
    tick().await;
    assert_eq!(
        root.query_selector_all(".actors-table tbody tr")
            .unwrap()
            .length(),
        actors
    );
    assert!(root.query_selector(".map").unwrap().is_none());
    // Typing in the search box lists matching records.
    let input: web_sys::HtmlInputElement = root
        .query_selector("#search-input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("wagnr");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    // The index is built in a task of its own once the reader types; the results follow.
    next_paint().await;
    tick().await;
    assert!(text(&root, "#search-results").contains("Wagner group"));
}

#[wasm_bindgen_test]
async fn the_world_view_replaces_the_map_and_keeps_the_timeline() {
    let (root, _handle) = mount_explorer().await;
    let world: web_sys::HtmlElement = root
        .query_selector(".view-world")
        .unwrap()
        .unwrap()
        .unchecked_into();
    world.click();
    tick().await;
    assert_eq!(world.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(root.query_selector(".map").unwrap().is_none());
    assert!(root.query_selector(".world-panel").unwrap().is_some());
    assert!(root.query_selector(".timeline").unwrap().is_some());
    // The boundary file is fetched now: the map, or (where the test's server does not serve
    // it) the message with its retry, follows; either way nothing panics.
    let mut settled = false;
    for _ in 0..200 {
        next_paint().await;
        let failed = root
            .query_selector(".world-retry:not([hidden])")
            .unwrap()
            .is_some();
        if failed
            || root
                .query_selector(".world-map .country")
                .unwrap()
                .is_some()
        {
            settled = true;
            break;
        }
    }
    assert!(
        settled,
        "the world view neither drew the map nor said why not"
    );
    assert!(text(&root, ".world-panel h2").contains("World map"));
}

#[wasm_bindgen_test]
async fn a_fanout_wakes_only_the_items_whose_value_changed() {
    use std::collections::HashMap;
    use war_alignment_explorer::state::fanout::{dense, Fanout};

    let owner = Owner::new();
    owner.set();
    let values = RwSignal::new(vec![1, 2, 3, 4]);
    let fanout = Fanout::new(move || dense(values.get()));
    let runs = StoredValue::new(HashMap::<usize, u32>::new());
    let seen = StoredValue::new(HashMap::<usize, Option<i32>>::new());
    let mut effects = Vec::new();
    for i in 0..4 {
        let fanout = fanout.clone();
        effects.push(leptos::reactive::effect::RenderEffect::new(move |_| {
            let value = fanout.get(&i);
            runs.update_value(|r| *r.entry(i).or_default() += 1);
            seen.update_value(|s| {
                s.insert(i, value);
            });
        }));
    }
    tick().await;
    values.set(vec![1, 20, 3, 4]);
    tick().await;
    tick().await;
    let runs = runs.get_value();
    assert_eq!(runs[&1], 2, "the changed item ran again");
    for i in [0, 2, 3] {
        assert_eq!(runs[&i], 1, "item {i} did not run again");
    }
    assert_eq!(seen.get_value()[&1], Some(20));
    values.set(vec![1, 20, 3]);
    tick().await;
    tick().await;
    assert_eq!(seen.get_value()[&3], None, "a removed item reads nothing");
    drop(effects);
}

#[wasm_bindgen_test]
async fn a_keyed_fanout_wakes_only_the_keys_whose_value_changed() {
    use war_alignment_explorer::state::fanout::{Fanout, Keyed};

    let owner = Owner::new();
    owner.set();
    let pairs = RwSignal::new(vec![((1, 2), "a"), ((2, 3), "b")]);
    let fanout: Fanout<(usize, usize), &'static str> =
        Fanout::new(move || pairs.get().into_iter().collect::<Keyed<_, _>>());
    let runs = StoredValue::new(Vec::<((usize, usize), Option<&'static str>)>::new());
    let mut effects = Vec::new();
    for key in [(1, 2), (2, 3), (4, 5)] {
        let fanout = fanout.clone();
        effects.push(leptos::reactive::effect::RenderEffect::new(move |_| {
            let value = fanout.get(&key);
            runs.update_value(|r| r.push((key, value)));
        }));
    }
    tick().await;
    assert_eq!(runs.get_value().len(), 3, "each key read once");
    pairs.set(vec![((1, 2), "a"), ((2, 3), "c"), ((4, 5), "d")]);
    tick().await;
    tick().await;
    let mut again = runs.get_value()[3..].to_vec();
    again.sort();
    assert_eq!(
        again,
        vec![((2, 3), Some("c")), ((4, 5), Some("d"))],
        "the unchanged key stayed asleep; a changed and a new key woke"
    );
    drop(effects);
}
