//! A view whose code may download first (a `#[wasm_split]` point): what it shows meanwhile,
//! and, when the download fails, why with a way to try again. Shared by the lists, the world
//! view, the side panel's Sources and Differences tabs and the error panel.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

/// What loads the view.
type Load =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<AnyView, String>> + Send>> + Send + Sync>;
/// What shows while it loads.
type Waiting = Arc<dyn Fn() -> AnyView + Send + Sync>;
/// What shows when it failed: why, and the attempt to add to for another try.
type Failed = Arc<dyn Fn(String, RwSignal<u32>) -> AnyView + Send + Sync>;

/// `load()`'s view once it is there; `waiting()` until then; if it fails, `failed(why,
/// attempt)`, where adding to `attempt` loads again.
pub fn lazy<Fut>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    waiting: impl Fn() -> AnyView + Send + Sync + 'static,
    failed: impl Fn(String, RwSignal<u32>) -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    Fut: Future<Output = Result<AnyView, String>> + Send + 'static,
{
    // Only the boxing is made once per caller; the suspense around it, one copy for all.
    lazy_boxed(
        Arc::new(move || Box::pin(load()) as Pin<Box<dyn Future<Output = _> + Send>>),
        Arc::new(waiting),
        Arc::new(failed),
    )
}

fn lazy_boxed(load: Load, waiting: Waiting, failed: Failed) -> AnyView {
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || waiting()>
            {move || {
                attempt.track();
                let (load, failed) = (load.clone(), failed.clone());
                Suspend::new(async move { load().await.unwrap_or_else(|why| failed(why, attempt)) })
            }}
        </Suspense>
    }
    .into_any()
}
