//! The world map: countries in the Equal Earth projection coloured by their actor's side in
//! the time window, relations as arcs between capitals, every placed actor a mark, and a list
//! of the actors that are not on the map. Countries, arcs, marks and that list are drawn by
//! `world_countries`, `world_arcs`, `world_marks` and `world_offmap` in the frame the
//! alignment map also uses (`map_frame`); this file wires them and owns the keys.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::map_frame::{stance_markers, MapFrame};
use crate::components::world_arcs::{arc_plan, WorldArcs};
use crate::components::world_countries::WorldCountries;
use crate::components::world_marks::WorldMarks;
use crate::components::world_offmap::OffMapList;
use crate::components::zoom::Live;
use crate::layout::map::{nearest_in_direction, Direction};
use crate::layout::num::Fixed;
use crate::layout::world::{
    sphere_path, world_geometry, world_map_height, WorldGeometry, WORLD_MAP_WIDTH,
};
use crate::model::world::World;
use crate::query::words;
use crate::state::explorer::ExplorerState;
use crate::state::{Selection, ViewState};

/// What the parts of the world map share.
#[derive(Clone, Copy)]
pub struct WorldContext {
    pub geometry: StoredValue<Arc<WorldGeometry>>,
    /// Whether a relation in the window ties each actor in (a pole always is).
    pub placed: Memo<Vec<bool>>,
    /// The actor under keyboard focus.
    pub active: RwSignal<Option<usize>>,
}

#[component]
pub fn WorldMap(world: Arc<World>) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let geometry = state
        .data
        .with_value(|d| Arc::new(world_geometry(&d.dataset, &d.index, &world)));
    let on_map = geometry.points.iter().flatten().count();
    let geometry = StoredValue::new(geometry);
    // Whether each actor has a place in the window: the state's, also read by the map.
    let placed = Memo::new(move |_| state.step.with(|s| s.placed.clone()));
    let world = WorldContext {
        geometry,
        placed,
        active: RwSignal::new(None),
    };
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let height = world_map_height();
    // On a phone the map is wider than its frame: scroll it to the middle of the actors.
    let middle = world
        .geometry
        .with_value(|g| g.points.iter().flatten().map(|p| p.0).sum::<f64>() / on_map.max(1) as f64);
    request_animation_frame(move || {
        let frame = svg_ref
            .try_get_untracked()
            .flatten()
            .and_then(|svg| svg.parent_element());
        if let Some(frame) = frame {
            let (wide, shown) = (frame.scroll_width(), frame.client_width());
            if wide > shown {
                let at = middle / WORLD_MAP_WIDTH * f64::from(wide) - f64::from(shown) / 2.0;
                frame.set_scroll_left(at.max(0.0) as i32);
            }
        }
    });
    let live = Live::new(
        state,
        Memo::new(move |_| state.view.with(|v| v.world_zoom)),
        None,
        ViewState::set_world_zoom,
    );
    let zoom_by = move |factor: f64| live.zoom_by((WORLD_MAP_WIDTH / 2.0, height / 2.0), factor);
    let on_key = world_keys(state, world, zoom_by, move || live.fit());
    let plan = arc_plan(state, world);
    // Arrow ends, marks and labels keep their size on screen as the map zooms.
    let arrow_size = Signal::derive(move || Fixed(6.0 / live.shown().scale, 2).to_string());
    let note = Signal::derive(move || {
        plan.with(|p| {
            (p.hidden > 0).then(|| {
                crate::trn!(
                    "world.hidden-note",
                    p.total,
                    hidden = words::number(p.hidden)
                )
            })
        })
    });
    // On a phone a selected actor's mark is brought above the details sheet (as on the
    // alignment map; an actor not on the map has no mark, and nothing moves).
    super::keep_focus_clear_of_sheet(state, |focus, d| {
        focus
            .actor()
            .map(|i| super::joined("world-actor-", &d.dataset.actors[i].id))
    });
    let active_id = Signal::derive(move || {
        world.active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("world-actor-{}", d.dataset.actors[i].id))
        })
    });
    view! {
            <MapFrame
                title=crate::tr!("world.title")
                title_id="world-title"
                zoom_label=crate::tr!("world.zoom-group")
                live=live
                svg_ref=svg_ref
                size=Signal::stored((WORLD_MAP_WIDTH, height))
                svg_class="world-map"
                frame_class="map-frame world-frame"
                label=crate::tr!("world.label", count = on_map)
                active=active_id
                note=note
                on_key=UnsyncCallback::new(on_key)
                marks=".world-actor, .edge-hit"
            >
                <defs>
                    {stance_markers("world-arrow", "16", arrow_size, "userSpaceOnUse")}
                    <pattern id="world-no-data" patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(45)">
                        <rect class="hatch-ground" width="3" height="3"></rect>
                        <line class="hatch-line" x1="0" y1="0" x2="0" y2="3"></line>
                    </pattern>
                </defs>
                <path class="sphere" d=sphere_path() aria-hidden="true"></path>
                <WorldCountries world=world />
                <WorldArcs world=world plan=plan />
                <WorldMarks world=world />
            </MapFrame>
            <OffMapList world=world />
    }
}

/// Arrow keys move to the nearest actor on the map that way; Enter selects; Escape clears;
/// `+`, `-`, `0` zoom.
fn world_keys(
    state: ExplorerState,
    world: WorldContext,
    zoom_by: impl Fn(f64) + Copy + 'static,
    fit: impl Fn() + Copy + 'static,
) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev: web_sys::KeyboardEvent| {
        let direction = match ev.key().as_str() {
            "ArrowLeft" => Direction::Left,
            "ArrowRight" => Direction::Right,
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            "Enter" | " " => {
                ev.prevent_default();
                if let Some(i) = world.active.get_untracked() {
                    let id = state.data.with_value(|d| d.dataset.actors[i].id.clone());
                    state.select(Some(Selection::Actor(id)));
                }
                return;
            }
            "Escape" => {
                world.active.set(None);
                state.hovered.set(None);
                state.select(None);
                return;
            }
            "+" | "=" => return zoom_by(1.25),
            "-" | "_" => return zoom_by(0.8),
            "0" => return fit(),
            _ => return,
        };
        ev.prevent_default();
        // Actors off the map or filtered out are no point to move to.
        let points: Vec<(f64, f64)> = state.visible_actors.with_untracked(|visible| {
            world.geometry.with_value(|g| {
                g.points
                    .iter()
                    .zip(visible)
                    .map(|(p, &shown)| p.filter(|_| shown).unwrap_or((f64::NAN, f64::NAN)))
                    .collect()
            })
        });
        let on_map = |i: &usize| points.get(*i).is_some_and(|p| p.0.is_finite());
        let selected = state.focus.get_untracked().actor().filter(on_map);
        let next = match world.active.get_untracked().filter(on_map).or(selected) {
            Some(from) => nearest_in_direction(&points, from, direction).or(Some(from)),
            None => (0..points.len()).find(on_map),
        };
        world.active.set(next);
        state.hovered.set(next);
    }
}
