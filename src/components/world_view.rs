//! The world view's frame: fetches the boundary file the first time it opens and shows the
//! world map, or what went wrong with a way to try again (the timeline, the lists and the
//! side panel keep working meanwhile).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::world_map::WorldMap;
use crate::model::world::World;
use crate::state::world::load_world;

/// The world view, with its code loaded first: in a split build (feature `split`) the world
/// view's code is a wasm file of its own that downloads the first time the view opens; a
/// failed download is an `Err` (and a later call tries again).
pub async fn world_view() -> Result<AnyView, String> {
    #[cfg(feature = "split")]
    {
        split::world_view().await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(view! { <WorldView /> }.into_any())
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    /// The split point: everything only this function reaches goes into the `world` wasm file.
    #[wasm_split(world, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn world_view() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <super::WorldView /> }.into_any())
    }
}

#[component]
pub fn WorldView() -> impl IntoView {
    let loaded = RwSignal::new(None::<Result<Arc<World>, String>>);
    let attempt = RwSignal::new(0u32);
    // The fetch may end after the view is gone: `try_set` then does nothing.
    Effect::new(move |_| {
        attempt.track();
        wasm_bindgen_futures::spawn_local(async move {
            let result = load_world().await;
            loaded.try_set(Some(result));
        });
    });
    let world = move || loaded.with(|l| l.as_ref().and_then(|r| r.as_ref().ok()).cloned());
    let failure = move || loaded.with(|l| l.as_ref().and_then(|r| r.as_ref().err()).cloned());
    view! {
        <section class="world-panel" class:world-error=move || failure().is_some() aria-labelledby="world-title">
            {move || match world() {
                Some(world) => view! { <WorldMap world=world /> }.into_any(),
                None => view! {
                    <h2 id="world-title">{crate::tr!("world.title")}</h2>
                    <p role="status">
                        {move || match failure() {
                            Some(why) => crate::tr!("world.load-failed", why = why),
                            None => crate::tr!("world.loading").to_string(),
                        }}
                    </p>
                    <button type="button" class="world-retry" hidden=move || failure().is_none()
                        on:click=move |_| { loaded.set(None); attempt.update(|a| *a += 1); }>{crate::tr!("world.retry")}</button>
                }.into_any(),
            }}
        </section>
    }
}
