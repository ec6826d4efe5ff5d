//! Geometry: where things go on the map and the timeline, in world units, and the zoom and
//! pan transform. Pure and host-tested; no DOM, no signals.

pub mod encoding;
pub mod lod;
pub mod map;
pub mod num;
pub mod slots;
pub mod timeline;
pub mod view;
pub mod world;

pub use map::{map_layout, MapLayout, MapRequest};
pub use view::ViewTransform;
