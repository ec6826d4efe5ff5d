//! A view whose code may download first (a `#[wasm_split]` point): what it shows meanwhile,
//! and, when the download fails, why with a way to try again. Shared by the lists, the world
//! view and the side panel's Sources and Differences tabs.

use std::future::Future;

use leptos::prelude::*;

/// `load()`'s view once it is there; `waiting()` until then; if it fails, `failed(why,
/// attempt)`, where adding to `attempt` loads again.
pub fn lazy<Fut>(
    load: impl Fn() -> Fut + Clone + Send + Sync + 'static,
    waiting: impl Fn() -> AnyView + Send + Sync + 'static,
    failed: impl Fn(String, RwSignal<u32>) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView
where
    Fut: Future<Output = Result<AnyView, String>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=waiting>
            {move || {
                attempt.track();
                let (load, failed) = (load.clone(), failed.clone());
                Suspend::new(async move { load().await.unwrap_or_else(|why| failed(why, attempt)) })
            }}
        </Suspense>
    }
    .into_any()
}
