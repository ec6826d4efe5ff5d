//! The language switch: English and 한국어, each named in its own language.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::state::explorer::ExplorerState;
use crate::state::language::Language;

/// Two buttons, the one in use pressed. Choosing one draws the explorer again in that
/// language with the same view, and keeps the keyboard on the switch.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let Some(language) = use_context::<Language>() else {
        return ().into_any();
    };
    let explorer = use_context::<ExplorerState>();
    let buttons = Lang::ALL
        .iter()
        .map(|&lang| {
            let choose = move |_| {
                if language.lang.get_untracked() != lang {
                    // The explorer is drawn again from the address: it must hold the view.
                    if let Some(explorer) = explorer {
                        explorer.write_address_now();
                    }
                    language.choose(lang);
                    focus_after_redraw(lang);
                }
            };
            view! {
                <button type="button" lang=lang.code() data-lang=lang.code()
                    aria-pressed=move || (language.lang.get() == lang).to_string()
                    on:click=choose>{lang.own_name()}</button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=crate::tr!("app.language")>
            {buttons}
        </div>
    }
    .into_any()
}

/// Puts the keyboard back on the switch once the explorer is drawn in `lang`.
fn focus_after_redraw(lang: Lang) {
    let selector = format!(".language-switch button[data-lang='{}']", lang.code());
    let attempt = std::rc::Rc::new(std::cell::Cell::new(0u32));
    fn try_focus(selector: String, attempt: std::rc::Rc<std::cell::Cell<u32>>) {
        let found = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .filter(|el| el.get_attribute("aria-pressed").as_deref() == Some("true"));
        match found {
            Some(button) => {
                use wasm_bindgen::JsCast;
                if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
            None if attempt.get() < 50 => {
                attempt.set(attempt.get() + 1);
                set_timeout(
                    move || try_focus(selector, attempt),
                    std::time::Duration::from_millis(20),
                );
            }
            None => {}
        }
    }
    try_focus(selector, attempt);
}
