//! The world map's boundary file: fetched the first time the world view opens (never in the
//! first load) and kept for the rest of the visit.

use std::cell::RefCell;
use std::sync::Arc;

use crate::model::world::{parse_world, World};
use crate::state::fetch::fetch_text;

/// The boundary file, relative to the page's base URL.
pub const WORLD_PATH: &str = "data/world-110m.json";

thread_local! {
    static LOADED: RefCell<Option<Arc<World>>> = const { RefCell::new(None) };
}

/// The boundary file, fetched once; an error says what went wrong, in words.
pub async fn load_world() -> Result<Arc<World>, String> {
    if let Some(world) = LOADED.with_borrow(Clone::clone) {
        return Ok(world);
    }
    let text = fetch_text(WORLD_PATH).await.map_err(|e| e.to_string())?;
    let world = Arc::new(parse_world(&text)?);
    LOADED.with_borrow_mut(|loaded| *loaded = Some(world.clone()));
    Ok(world)
}
