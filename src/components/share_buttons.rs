//! Sharing the current view: "Copy link" puts the view's address (which holds the whole view)
//! on the clipboard; "Share…" opens the system's share sheet where the browser has one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::explorer::ExplorerState;
use crate::state::{history, url};

/// What the copy button last did, said in its status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// The address of the view as it is now. Not the address bar's: that is written after the
/// paint, or once a drag has settled, so a link copied at once would miss the latest change
/// (and, right after the page opens, the language the address always ends with).
fn current_address(state: ExplorerState) -> String {
    history::address_with(&state.view.with_untracked(url::to_query))
}

/// The browser's `navigator.share`, if it has one.
fn share_function() -> Option<js_sys::Function> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

#[component]
pub fn ShareButtons(title: String) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let copied = RwSignal::new(Copied::Not);
    let generation = StoredValue::new(0u32);
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window
            .navigator()
            .clipboard()
            .write_text(&current_address(state));
        wasm_bindgen_futures::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.try_set(if done { Copied::Done } else { Copied::Failed });
            let Some(mine) = generation.try_update_value(|g| {
                *g += 1;
                *g
            }) else {
                return;
            };
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(mine) {
                        copied.try_set(Copied::Not);
                    }
                },
                std::time::Duration::from_secs(4),
            );
        });
    };
    let share = share_function().map(|function| {
        let title = title.clone();
        let open = move |_| {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"title".into(), &title.as_str().into());
            let _ = js_sys::Reflect::set(&data, &"url".into(), &current_address(state).into());
            if let Some(navigator) = web_sys::window().map(|w| w.navigator()) {
                // The reader may close the sheet: the promise's rejection is not an error.
                let _ = function.call1(&navigator, &data);
            }
        };
        view! { <button type="button" class="share" on:click=open>{crate::tr!("share.share")}</button> }
    });
    view! {
        <button type="button" class="copy-link" on:click=copy title={crate::tr!("share.copy.title")}>{crate::tr!("share.copy")}</button>
        {share}
        <span class="copy-status" role="status">
            {move || match copied.get() {
                Copied::Not => "",
                Copied::Done => crate::tr!("share.copied"),
                Copied::Failed => crate::tr!("share.copy-failed"),
            }}
        </span>
    }
}
