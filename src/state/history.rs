//! Reading and writing the page's URL query through the History API.

/// The current query string (`?…`), or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's own address with `query` in place of its own (the address of a view, whether or
/// not the address bar shows it yet).
pub fn address_with(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// Writes `query` to the address bar: a new history entry when `push`, else replacing the
/// current one. The path stays as it is, so the app works under any sub-path.
pub fn write_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.search().ok().as_deref() == Some(query) {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    if let Ok(history) = window.history() {
        let result = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
        if let Err(error) = result {
            web_sys::console::warn_2(&"could not update the address".into(), &error);
        }
    }
}
