//! The map's actors: one node per actor, built once and moved by its place in the layout, with
//! labels drawn by importance and zoom on a large map. Each node reads its own entry of one
//! [`Fanout`] table, so a change wakes only the nodes it changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::layout::encoding::{shape_path, side_class};
use crate::layout::lod::{
    keep_far, labels_to_show, near_planned, pixels_per_unit, places_to_draw, point_in_view,
};
use crate::layout::map::{
    label_order, node_radius, place_labels, LabelSide, NodePlacement, CHAR_WIDTH, WORLD_WIDTH,
};
use crate::layout::num::{Fixed, Signed, Tenths};
use crate::layout::view::FrameView;
use crate::query::SideWords;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{dense, Dense, Fanout};
use crate::state::Selection;

/// Where a node is drawn, in tenths of a unit (as its transform writes it): changes with the
/// window. Its side (the class from its score) is a table of its own, so a node that moves
/// without changing sides runs one effect, its transform's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeAt {
    pub x: i64,
    pub y: i64,
}

impl NodeAt {
    pub fn of(place: &NodePlacement) -> Self {
        NodeAt {
            x: (place.x * 10.0).round() as i64,
            y: (place.y * 10.0).round() as i64,
        }
    }

    /// Where it is, in world units.
    pub fn world(self) -> (f64, f64) {
        (self.x as f64 / 10.0, self.y as f64 / 10.0)
    }

    /// The CSS transform that puts a node here.
    pub fn transform(self) -> String {
        let (x, y) = self.world();
        format!("translate({}px, {}px)", Tenths(x), Tenths(y))
    }
}

/// How a node is shown: changes with the focus, the filters and the zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeFlags {
    /// Among the actors lit by the focus or the pointer; the others are dimmed while anything
    /// is lit (by one class on the nodes' group, so a first selection writes only the lit).
    pub lit: bool,
    pub selected: bool,
    pub active: bool,
    pub visible: bool,
    /// Where its label is drawn, if it is (see [`place_labels`]).
    pub label: Option<LabelSide>,
    /// In or near the box the map is planned for (see [`near_planned`]): only these are
    /// dimmed while anything is lit, so that a first selection on a large map restyles the
    /// nodes near the view, not the thousands far off it; and only these are painted while
    /// the map rests (map.css).
    pub near: bool,
    /// Whether a relation in the window ties it to the axis (a pole always is).
    pub placed: bool,
}

/// What a node's accessible name says beyond its name and kind: whether it is placed, and its
/// score in hundredths, a frame behind the drawing. A table of its own, so that a change of
/// focus (which relights hundreds of nodes) does not make their names again.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeSaid {
    pub placed: bool,
    pub score: i32,
}

/// `frame` is the drawing's size on screen in pixels; `active` the node under keyboard focus.
#[component]
pub fn MapNodes(
    frame: RwSignal<(f64, f64)>,
    active: RwSignal<Option<usize>>,
    /// How many times their size at 12 units labels are drawn (see
    /// [`crate::layout::lod::label_scale`]).
    scale: Memo<f64>,
    /// What the map's frame shows, and with which committed transform.
    view: Memo<FrameView>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let count = state.data.with_value(|d| d.dataset.actors.len());
    let words = Arc::new(state.data.with_value(|d| SideWords::new(&d.dataset)));
    let labels = drawn_labels(state, frame, active, scale, view);
    // Nodes far off screen keep where they are drawn until they come near the view (see
    // `places_to_draw`): a step of the window moves the nodes near what shows.
    let drawn = StoredValue::new(Vec::<NodeAt>::new());
    let places = StoredValue::new(Fanout::new(move || {
        let planned = view.with(FrameView::planned_world);
        let next = state.map.with(|m| {
            drawn.with_value(|before| {
                places_to_draw(
                    before,
                    m.nodes.iter().map(NodeAt::of),
                    NodeAt::world,
                    planned,
                )
            })
        });
        drawn.set_value(next.clone());
        dense(next)
    }));
    let sides = StoredValue::new(Fanout::new(move || {
        state.scores.with(|scores| {
            dense((0..count).map(|i| side_class(scores.get(i).copied().unwrap_or(0.0))))
        })
    }));
    // Whether each actor has a place on the axis in the window (see
    // [`crate::query::steps::placed_actors`]).
    let placed = Memo::new(move |_| state.step.with(|s| s.placed.clone()));
    // What a screen reader hears of each node's side and score is written after the frame
    // that moves the nodes: on a large map a step of the window renames hundreds of nodes,
    // work that need not stand between the key press and the picture (and, while the window
    // moves quickly, at most every `LAGGING_VIEW_MS`).
    let spoken = crate::state::a_frame_after(
        move || state.scores.track(),
        crate::state::view::LAGGING_VIEW_MS,
    );
    // Whether each node is lit as written: a node far from the view keeps it until it comes
    // near (see `keep_far`), so that a hub's selection writes the nodes near the view only.
    let lit_drawn = std::cell::RefCell::new(Vec::<bool>::new());
    let flags = StoredValue::new(Fanout::new(move || {
        let selected = state.focus.get().actor();
        let active = active.get();
        let planned = view.with(FrameView::planned_world);
        state.map.with(|m| {
            drawn.with_value(|drawn| {
                let near: Vec<bool> = (0..count)
                    .map(|i| {
                        let now = m.nodes.get(i).map_or((0.0, 0.0), |n| (n.x, n.y));
                        let at = drawn.get(i).map(|p| p.world());
                        near_planned(now, at, planned)
                    })
                    .collect();
                let lit = state.highlight.with(|h| {
                    keep_far(
                        &lit_drawn.borrow(),
                        (0..count).map(|i| h.actors.binary_search(&i).is_ok()),
                        |i| near[i],
                    )
                });
                lit_drawn.replace(lit.clone());
                state.visible_actors.with(|visible| {
                    labels.with(|labels| {
                        let placed = placed.get();
                        dense((0..count).map(|i| NodeFlags {
                            lit: lit[i],
                            selected: selected == Some(i),
                            active: active == Some(i),
                            visible: visible.get(i).copied().unwrap_or(true),
                            label: labels.get(i).copied().flatten(),
                            placed: placed.get(i).copied().unwrap_or(true),
                            near: near[i],
                        }))
                    })
                })
            })
        })
    }));
    let said = StoredValue::new(Fanout::new(move || {
        placed.with(|placed| {
            spoken.track();
            state.scores.with_untracked(|spoken| {
                dense((0..count).map(|i| NodeSaid {
                    placed: placed.get(i).copied().unwrap_or(true),
                    score: (spoken.get(i).copied().unwrap_or(0.0) * 100.0).round() as i32,
                }))
            })
        })
    }));
    view! {
        <g
            class="nodes"
            role="none"
            class:focused=move || state.highlight.with(|h| !h.is_empty())
            style:--label-scale=move || Fixed(scale.get(), 3).to_string()
            // One set of listeners for every node (see `event_node`).
            on:click=move |ev| click_node(state, active, &ev)
            on:mouseover=move |ev| point_at_node(state, &ev, true)
            on:mouseout=move |ev| point_at_node(state, &ev, false)
        >
            {(0..count).map(|i| view! { <MapNode i=i places=places sides=sides flags=flags said=said words=Arc::clone(&words) /> }).collect_view()}
        </g>
    }
}

/// The actor (its position) whose node a mouse event is on. The nodes' group listens for
/// them all: three listeners on each node were 6,000 closures made as a map of 2,000 actors
/// opened. With `crossing`, only an event that enters or leaves the node counts (the pointer
/// going from a node's shape to its label, or back, is neither).
fn event_node(state: ExplorerState, ev: &web_sys::MouseEvent, crossing: bool) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let node_of = |target: Option<web_sys::EventTarget>| {
        // (A mouse event's target, and the one it comes from or goes to, is an element.)
        target?
            .unchecked_into::<web_sys::Element>()
            .closest(".map .node")
            .ok()
            .flatten()
    };
    let node = node_of(ev.target())?;
    if crossing && node_of(ev.related_target()).as_ref() == Some(&node) {
        return None;
    }
    let id = node.get_attribute("id")?;
    let id = id.strip_prefix("map-node-")?;
    state
        .data
        .try_with_value(|d| d.index.actor_position.get(id).copied())
        .flatten()
}

/// Which labels are drawn and on which side: those the level of detail keeps, the
/// pointed-at and selected actors' first, then by importance, each where it overlaps no
/// other label and no other node.
fn drawn_labels(
    state: ExplorerState,
    frame: RwSignal<(f64, f64)>,
    active: RwSignal<Option<usize>>,
    scale: Memo<f64>,
    view: Memo<FrameView>,
) -> Memo<Vec<Option<LabelSide>>> {
    let widths: Vec<f64> = state.data.with_value(|d| {
        d.label_chars
            .iter()
            .map(|&c| c as f64 * CHAR_WIDTH)
            .collect()
    });
    Memo::new(move |_| {
        let FrameView {
            shown: transform,
            visible,
            ..
        } = view.get();
        let mut always = state.highlight.with(|h| h.actors.clone());
        always.extend(active.get());
        let scale = scale.get();
        state.map.with(|m| {
            let ppu = pixels_per_unit(frame.get(), (WORLD_WIDTH, m.height), transform.scale);
            state.data.with_value(|d| {
                let degrees = &d.index.degrees;
                let wanted = labels_to_show(
                    degrees,
                    |i| point_in_view(transform, (m.nodes[i].x, m.nodes[i].y), visible, 0.0),
                    ppu,
                    &always,
                );
                let first: Vec<usize> = state
                    .focus
                    .get_untracked()
                    .actor()
                    .into_iter()
                    .chain(state.hovered.get_untracked())
                    .chain(active.get_untracked())
                    .collect();
                let (order, forced) = label_order(&wanted, degrees, &first);
                place_labels(&m.nodes, &widths, &order, forced, scale)
            })
        })
    })
}

/// A click on a node selects its actor and makes it the one the keyboard is on.
fn click_node(state: ExplorerState, active: RwSignal<Option<usize>>, ev: &web_sys::MouseEvent) {
    let Some(i) = event_node(state, ev, false) else {
        return;
    };
    active.set(Some(i));
    if let Some(id) = state
        .data
        .try_with_value(|d| d.dataset.actors[i].id.clone())
    {
        state.select(Some(Selection::Actor(id)));
    }
}

/// The pointer entering a node brings its actor forward; leaving, lets it go (soon).
fn point_at_node(state: ExplorerState, ev: &web_sys::MouseEvent, entered: bool) {
    match event_node(state, ev, true) {
        Some(i) if entered => state.point_at(i),
        Some(_) => state.unpoint_soon(),
        None => {}
    }
}

#[component]
fn MapNode(
    i: usize,
    places: StoredValue<Dense<NodeAt>>,
    sides: StoredValue<Dense<&'static str>>,
    flags: StoredValue<Dense<NodeFlags>>,
    said: StoredValue<Dense<NodeSaid>>,
    words: Arc<SideWords>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let actor = state.data.with_value(|d| d.dataset.actors[i].clone());
    // A node's size follows its relations over the whole dataset, as the layout's does.
    let radius = state
        .data
        .with_value(|d| node_radius(d.index.degrees.get(i).copied().unwrap_or(0)));
    let flag = move |f: fn(&NodeFlags) -> bool| {
        flags
            .try_with_value(|flags| flags.get(&i))
            .flatten()
            .is_some_and(|l| f(&l))
    };
    // What is written to the DOM is memoised per node, so a change that leaves a node's
    // words, side, size or position as they were writes nothing.
    let label = {
        let (name, kind) = (
            actor.name.clone(),
            crate::i18n::lowercase_term(actor.kind.label()),
        );
        Memo::new(move |_| {
            let said = said.try_with_value(|f| f.get(&i)).flatten();
            if said.as_ref().is_some_and(|s| !s.placed) {
                return crate::tr!("node.unplaced", name = name, kind = kind);
            }
            let score = said.map_or(0.0, |s| f64::from(s.score) / 100.0);
            crate::tr!(
                "node.label",
                name = name,
                kind = kind,
                side = words.label(score),
                score = Signed(score, 2).to_string()
            )
        })
    };
    let side = move || {
        sides
            .try_with_value(|f| f.get(&i))
            .flatten()
            .unwrap_or("side-neutral")
    };
    let label_side = Memo::new(move |_| {
        flags
            .try_with_value(|f| f.get(&i))
            .flatten()
            .and_then(|l| l.label)
            .unwrap_or(LabelSide::Right)
    });
    let transform = move || {
        places
            .try_with_value(|f| f.get(&i))
            .flatten()
            .map_or(String::new(), NodeAt::transform)
    };
    let kind = actor.kind.clone();
    let name = actor.name.clone();
    let labelled = Memo::new(move |_| flag(|l| l.label.is_some()));
    let id = actor.id.clone();
    view! {
        <g
            class=move || node_class(side(), flags.try_with_value(|f| f.get(&i)).flatten())
            id=super::joined("map-node-", &id)
            role="option"
            aria-label=label
            aria-selected=move || flag(|l| l.selected).to_string()
            style:transform=transform
        >
            <path class="node-shape" d=shape_path(&kind, radius)></path>
            {move || labelled.get().then(|| view! {
                <text
                    class="node-label"
                    x=move || Tenths(match label_side.get() { LabelSide::Left => -radius - 4.0, LabelSide::Right => radius + 4.0, _ => 0.0 }).to_string()
                    y=move || Tenths(match label_side.get() { LabelSide::Below => radius * 1.25 + 2.0, LabelSide::Above => -radius * 1.25 - 2.0, _ => 0.0 }).to_string()
                    dy=move || match label_side.get() { LabelSide::Below => "0.97em", LabelSide::Above => "-0.27em", _ => "0.33em" }
                    text-anchor=move || match label_side.get() { LabelSide::Left => "end", LabelSide::Right => "start", _ => "middle" }
                >
                    {name.clone()}
                </text>
            })}
        </g>
    }
}

/// A node's classes: its side's, and those of its flags (one binding, so that a change of
/// flags is one write).
fn node_class(side: &str, flags: Option<NodeFlags>) -> String {
    let mut class = super::joined("node ", side);
    if let Some(f) = flags {
        for (on, name) in [
            (f.lit, " lit"),
            (!f.visible, " filtered-out"),
            (f.active, " active"),
            (f.selected, " selected"),
            (!f.placed, " unplaced"),
            (f.near, " near"),
        ] {
            if on {
                class.push_str(name);
            }
        }
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_s_classes_are_its_side_s_and_its_flags() {
        let flags = NodeFlags {
            lit: true,
            selected: true,
            active: false,
            visible: false,
            label: None,
            placed: false,
            near: true,
        };
        assert_eq!(
            node_class("side-negative", Some(flags)),
            "node side-negative lit filtered-out selected unplaced near"
        );
        let plain = NodeFlags {
            lit: false,
            selected: false,
            active: true,
            visible: true,
            label: Some(LabelSide::Right),
            placed: true,
            near: false,
        };
        assert_eq!(
            node_class("side-neutral", Some(plain)),
            "node side-neutral active"
        );
        assert_eq!(node_class("side-positive", None), "node side-positive");
    }
}
