//! The map's relations: a level-of-detail plan (every relation on a small map; bundles per
//! actor pair, the focus's own relations and what is on screen on a large one) drawn as a
//! keyed list, so a changed window moves each relation's own line.

use leptos::prelude::*;

use crate::analysis;
use crate::layout::encoding::{stance_class, status_dash};
use crate::layout::lod::{
    bundle_pairs, keep_lines_that_show, line_may_meet_box, plan_edges, shows_pattern, DrawnEdge,
    EdgeCandidate, EdgeKey, EdgePlan, CURVE_REACH, EDGE_BUDGET,
};
use crate::layout::map::{badge_point, edge_paths};
use crate::layout::num::{Fixed, Tenths};
use crate::layout::slots;
use crate::layout::view::FrameView;
use crate::query::Focus;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{Fanout, Keyed};
use crate::state::Selection;

/// The edge plan for the state's visible relations, highlight and the map's committed view.
pub fn edge_plan(state: ExplorerState, view: Memo<FrameView>) -> Memo<EdgePlan> {
    let candidates = Memo::new(move |_| {
        state.visible_relations.with(|visible| {
            state.data.with_value(|d| {
                visible
                    .iter()
                    .filter_map(|&r| {
                        let (from, to) = d.index.relation_ends[r]?;
                        Some(EdgeCandidate {
                            relation: r,
                            from,
                            to,
                            weight: analysis::status_weight(&d.dataset.relations[r].status),
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // Pairs: bundled past the budget, gathered into one connector below it.
    let bundles = Memo::new(move |_| candidates.with(|c| bundle_pairs(c)));
    Memo::new(move |_| {
        let focus = state.highlight.with(|h| h.relations.clone());
        // Planned for a box a little larger than the view, snapped (see
        // `FrameView::planned_world`): a short drag plans the same lines.
        let [left, top, right, bottom] = view.with(FrameView::planned_world);
        state.map.with(|m| {
            let in_view = |a: usize| {
                m.nodes
                    .get(a)
                    .is_some_and(|n| (left..=right).contains(&n.x) && (top..=bottom).contains(&n.y))
            };
            let mut plan = candidates
                .with(|c| bundles.with(|b| plan_edges(c, b, &focus, in_view, EDGE_BUDGET)));
            let reach = [
                left - CURVE_REACH,
                top - CURVE_REACH,
                right + CURVE_REACH,
                bottom + CURVE_REACH,
            ];
            keep_lines_that_show(&mut plan, |a, b| match (m.nodes.get(a), m.nodes.get(b)) {
                (Some(a), Some(b)) => line_may_meet_box((a.x, a.y), (b.x, b.y), reach),
                _ => true,
            });
            plan
        })
    })
}

/// How a drawn line is shown: changes with the focus.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeFlags {
    /// Among the relations the focus or the pointer lights; while anything is lit, the other
    /// lines are dimmed by one class on the lines' group.
    pub lit: bool,
    pub selected: bool,
    /// Whether the line shows its status pattern (see [`shows_pattern`]).
    pub patterned: bool,
    /// How many relations the line stands for.
    pub count: usize,
}

#[component]
pub fn MapEdges(
    plan: Memo<EdgePlan>,
    /// How many times their size labels are drawn (a pair's count grows with them).
    label_scale: Memo<f64>,
    /// Whether the window moves in quick succession (the lines' hit areas wait meanwhile).
    following: StoredValue<bool>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let hits = HitAreas::new(following);
    // The path of every drawn line, by key; each line reads only its own entry.
    let paths = StoredValue::new(Fanout::new(move || {
        state.map.with(|m| {
            plan.with(|p| {
                let pairs: Vec<(usize, usize)> = p.edges.iter().map(|e| (e.from, e.to)).collect();
                edge_paths(&m.nodes, &pairs)
                    .into_iter()
                    .map(|path| (p.edges[path.index].key, path.d))
                    .collect::<Keyed<EdgeKey, String>>()
            })
        })
    }));
    // Whether each drawn line is lit or selected. The highlight is read before the plan
    // that derives from it: read the other way, a change of highlight that leaves the plan as
    // it was could go unseen here.
    let flags = StoredValue::new(Fanout::new(move || {
        let focus = state.focus.get();
        state.highlight.with(|h| {
            plan.with(|p| {
                p.edges
                    .iter()
                    .map(|e| {
                        let flags = match e.key {
                            EdgeKey::Relation(r) => {
                                let lit = h.relations.binary_search(&r).is_ok();
                                EdgeFlags {
                                    lit,
                                    selected: focus == Focus::Relation(r),
                                    patterned: shows_pattern(p, lit),
                                    count: 1,
                                }
                            }
                            EdgeKey::Pair(..) => EdgeFlags {
                                lit: false,
                                selected: false,
                                patterned: false,
                                count: e.count,
                            },
                        };
                        (e.key, flags)
                    })
                    .collect::<Keyed<EdgeKey, EdgeFlags>>()
            })
        })
    }));
    // Each line keeps its slot while it is drawn, so that a moved window replaces the lines
    // that come and go and leaves the others where they are in the document.
    let slotted = Memo::new(move |previous: Option<&Vec<Option<EdgeKey>>>| {
        plan.with(|p| {
            let keys: Vec<EdgeKey> = p.edges.iter().map(|e| e.key).collect();
            slots::place(previous.map_or(&[][..], Vec::as_slice), &keys)
        })
    });
    let each = move || {
        plan.with(|p| {
            let by_key: Keyed<EdgeKey, &DrawnEdge> = p.edges.iter().map(|e| (e.key, e)).collect();
            slotted.with(|slotted| {
                slotted
                    .iter()
                    .enumerate()
                    .map(|(slot, key)| {
                        (slot, key.and_then(|k| by_key.get(&k).map(|e| (*e).clone())))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    // One set of listeners for every line (see `hit_line`), not three of its own on each.
    let point = move |ev: web_sys::MouseEvent, entered: bool| {
        let Some(line) = hit_line(&ev) else { return };
        if !line.has_attribute("data-relation") || state.hovered.get_untracked().is_none() {
            return;
        }
        if !entered {
            state.unpoint_soon();
        } else if line.closest(".edge.lit").is_ok_and(|lit| lit.is_some())
            || state.highlight.with_untracked(|h| h.is_empty())
        {
            // The pointer went on from the pointed-at actor to one of its own arrows.
            state.keep_pointing();
        }
    };
    view! {
        <g
            class="edges"
            class:focused=move || state.highlight.with(|h| !h.is_empty())
            on:click=move |ev| select_line(state, &ev)
            on:mouseover=move |ev| point(ev, true)
            on:mouseout=move |ev| point(ev, false)
        >
            <For
                each=each
                key=|(slot, edge)| (*slot, edge.as_ref().map(|e| e.key))
                children=move |(_, edge)| match edge {
                    Some(edge) => view! { <MapEdge edge=edge paths=paths flags=flags hits=hits badge=!plan.with_untracked(|p| p.bundled) label_scale=label_scale /> }.into_any(),
                    None => view! { <g class="edge-slot"></g> }.into_any(),
                }
            />
        </g>
    }
}

/// The line (its group) whose hit area an event is on. The lines' group listens for them
/// all: at 300 actors, three listeners on each line were some 1,100 closures made as the map
/// opened, and a step of the window or a hub's selection made and dropped them by the dozen.
fn hit_line(ev: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    // (A mouse event's target is an element. A hit area has nothing inside: it is the
    // target itself.)
    let target = ev.target()?.unchecked_into::<web_sys::Element>();
    target.closest(".edge-hit").ok()??.parent_element()
}

/// A click on a line: a relation's selects it; a pair's opens the pair, selecting its first
/// actor (its second when the first is selected).
fn select_line(state: ExplorerState, ev: &web_sys::Event) {
    let Some(line) = hit_line(ev) else { return };
    if let Some(id) = line.get_attribute("data-relation") {
        state.select(Some(Selection::Relation(id)));
        return;
    }
    let Some((a, b)) = line
        .get_attribute("data-pair")
        .as_deref()
        .and_then(EdgeKey::parse_pair)
    else {
        return;
    };
    let Some((first, second)) = state
        .data
        .try_with_value(|d| {
            let id = |i: usize| d.dataset.actors.get(i).map(|a| a.id.clone());
            Some((id(a)?, id(b)?))
        })
        .flatten()
    else {
        return;
    };
    let first = Selection::Actor(first);
    let next = if state.selection.get_untracked().as_ref() == Some(&first) {
        Selection::Actor(second)
    } else {
        first
    };
    state.select(Some(next));
}

/// The paths of moved lines' hit areas, written by one callback once the window rests. A hit
/// area is never painted, and writing (so parsing) every moved line's path a second time
/// stood between a step of the window and its picture: at 300 actors a step moves about 250
/// lines. While the window moves in quick succession, the paths wait until it rests: each
/// step wrote them again, and restyled them in the next step's frame, for areas no one aims
/// at while a key is held. A single step's paths wait as long (a step's frame cannot know
/// whether another step follows): written after its frame, the first step of a held key's
/// were restyled in the frame of the second. The last path of each line wins.
#[derive(Clone, Copy)]
struct HitAreas {
    queue: StoredValue<HitQueue, LocalStorage>,
    following: StoredValue<bool>,
}

#[derive(Default)]
struct HitQueue {
    paths: Keyed<EdgeKey, (web_sys::Element, String)>,
    /// Whether a callback is waiting to write them.
    waiting: bool,
}

impl HitAreas {
    fn new(following: StoredValue<bool>) -> Self {
        HitAreas {
            queue: StoredValue::new_local(HitQueue::default()),
            following,
        }
    }

    /// Gives `hit`, the hit area of line `key`, the path `d` once the window rests.
    fn follow(self, key: EdgeKey, hit: web_sys::Element, d: String) {
        let first = self.queue.try_update_value(|queue| {
            queue.paths.insert(key, (hit, d));
            !std::mem::replace(&mut queue.waiting, true)
        });
        if first == Some(true) {
            self.write_at_rest();
        }
    }

    /// Writes the queued paths once as long has passed as the window rests after a step.
    fn write_at_rest(self) {
        set_timeout(
            move || self.write(),
            std::time::Duration::from_millis(crate::state::view::RAPID_MOVE_MS as u64),
        );
    }

    /// Writes the queued paths, or looks again once the window may have rested (the map may
    /// be gone by then).
    fn write(self) {
        match self.following.try_get_value() {
            Some(true) => self.write_at_rest(),
            Some(false) => {
                let paths = self
                    .queue
                    .try_update_value(|queue| {
                        queue.waiting = false;
                        std::mem::take(&mut queue.paths)
                    })
                    .unwrap_or_default();
                for (hit, d) in paths.into_values() {
                    let _ = hit.set_attribute("d", &d);
                }
            }
            None => {}
        }
    }
}

/// A pair's count grows with the labels up to this many times its size, so that it stays
/// readable on a small map without covering it.
const BADGE_SCALE_UP_TO: f64 = 1.6;

/// One drawn line: a relation (an arrow with its own hit area) or a bundle of a pair's
/// relations (a plain line whose width grows with the count).
#[component]
fn MapEdge(
    edge: DrawnEdge,
    paths: StoredValue<Fanout<EdgeKey, String>>,
    flags: StoredValue<Fanout<EdgeKey, EdgeFlags>>,
    hits: HitAreas,
    /// Whether a pair's line shows its count (on a map drawn whole, where pairs are few).
    badge: bool,
    /// How many times their size labels are drawn; the count grows with them.
    label_scale: Memo<f64>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let key = edge.key;
    // The line and its wider hit area share one path, read once: the line's binding also
    // writes the hit area's (which starts with the same path), once the window rests.
    let hit = NodeRef::<leptos::svg::Path>::new();
    let initial = paths
        .try_with_value(|f| f.get_untracked(&key))
        .flatten()
        .unwrap_or_default();
    let d = move || {
        let d = paths
            .try_with_value(|f| f.get(&key))
            .flatten()
            .unwrap_or_default();
        if let Some(hit) = hit.get_untracked() {
            hits.follow(key, hit.into(), d.clone());
        }
        d
    };
    let look = move || flags.try_with_value(|f| f.get(&key)).flatten();
    let lit = move || look().is_some_and(|l| l.lit);
    match key {
        EdgeKey::Relation(r) => {
            // Only what the line shows: a relation's summaries and citations stay in the data.
            let (stance, pattern, id, name) = state.data.with_value(|d| {
                let relation = &d.dataset.relations[r];
                let name = format!(
                    "{} ({})",
                    d.index.relation_labels[r],
                    relation.status.label()
                );
                (
                    stance_class(&relation.stance),
                    status_dash(&relation.status),
                    relation.id.clone(),
                    name,
                )
            });
            let dash = move || {
                if look().is_none_or(|l| l.patterned) {
                    pattern
                } else {
                    "none"
                }
            };
            view! {
                <g
                    class=super::joined("edge ", stance)
                    class:lit=lit
                    class:selected=move || look().is_some_and(|l| l.selected)
                    data-relation=id
                >
                    // The name on the group: the hit area is never painted (and so not in the
                    // accessibility tree), the line and the hit area both show it on hover.
                    <title>{name}</title>
                    <path class="edge-line" d=d stroke-dasharray=dash marker-end=format!("url(#arrow-{stance})")></path>
                    // Clicked and pointed at through the lines' group (see `hit_line`).
                    <path class="edge-hit" d=initial.clone() node_ref=hit></path>
                </g>
            }
            .into_any()
        }
        EdgeKey::Pair(a, b) => {
            let names = state.data.with_value(|d| {
                (
                    d.dataset.actors[a].name.clone(),
                    d.dataset.actors[b].name.clone(),
                )
            });
            // The count follows the window (the line keeps its key as relations come and go).
            let count = move || look().map_or(edge.count, |l| l.count);
            let name = move || {
                crate::tr!(
                    "edge.bundle",
                    first = names.0,
                    second = names.1,
                    count = count()
                )
            };
            let width = move || Tenths(1.0 + (count() as f64).log2()).to_string();
            // The count sits on the line, at its middle or, where a node is there, beside it.
            let middle = move || {
                let room = 9.0 * label_scale.get().min(BADGE_SCALE_UP_TO);
                state.map.with(|m| badge_point(&m.nodes, a, b, room))
            };
            view! {
                <g class="edge bundle" data-pair=EdgeKey::pair_attr(a, b) data-count=count>
                    <title>{name}</title>
                    <path class="edge-line" d=d style:stroke-width=width></path>
                    <path class="edge-hit" d=initial.clone() node_ref=hit></path>
                    {badge.then(|| view! {
                        <g class="edge-count" aria-hidden="true" style:transform=move || { let (x, y) = middle(); format!("translate({}px, {}px) scale({})", Tenths(x), Tenths(y), Fixed(label_scale.get().min(BADGE_SCALE_UP_TO), 3)) }>
                            <circle r="9"></circle>
                            <text dy="0.35em">{count}</text>
                        </g>
                    })}
                </g>
            }
            .into_any()
        }
    }
}
