//! Fetching a file that sits beside the page, relative to the document's base URL (so the app
//! works under any sub-path).

use std::fmt;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bundled dataset, relative to the page's base URL.
pub const DATASET_PATH: &str = "data/korea-ukraine-war.json";

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchError {
    pub url: String,
    pub message: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.message)
    }
}

/// The absolute address of `path` resolved against the document's base URL.
pub fn resolve(path: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(path, &base).ok())
        .map_or_else(|| path.to_string(), |url| url.href())
}

fn describe(value: wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| crate::tr!("app.fetch.failed").to_string())
}

/// Fetches the text of a file beside the page.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let url = resolve(path);
    let fail = |message: String| FetchError {
        url: url.clone(),
        message,
    };
    let window = web_sys::window().ok_or_else(|| fail(crate::tr!("app.fetch.no-window").into()))?;
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|e| fail(crate::tr!("app.fetch.not-fetched", why = describe(e))))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| fail(crate::tr!("app.fetch.not-http").into()))?;
    if !response.ok() {
        return Err(fail(crate::tr!(
            "app.fetch.status",
            status = response.status(),
            text = response.status_text()
        )));
    }
    let text = response
        .text()
        .map_err(|e| fail(crate::tr!("app.fetch.not-read", why = describe(e))))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| fail(crate::tr!("app.fetch.not-read", why = describe(e))))?;
    text.as_string()
        .ok_or_else(|| fail(crate::tr!("app.fetch.not-text").into()))
}
