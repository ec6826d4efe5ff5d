//! The world map's relations: an arc between the marks of a relation's two actors, styled as
//! on the alignment map (colour and end by stance, dash by status), quiet at rest and brought
//! forward for the focused record. Each relation's arc is computed once; a change of window
//! adds or removes arcs from a keyed list. Past the alignment map's budget, the strongest
//! pairs are drawn as one grey arc each and the focused record's own relations as arcs, as
//! there.

use leptos::prelude::*;

use crate::analysis;
use crate::components::world_map::WorldContext;
use crate::layout::encoding::{stance_class, status_dash};
use crate::layout::lod::{
    bundle_pairs, plan_edges, Bundles, EdgeCandidate, EdgeKey, EdgePlan, EDGE_BUDGET,
};
use crate::layout::world::{arc_lift, ArcPath};
use crate::query::Focus;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{Fanout, Keyed};
use crate::state::Selection;

/// The arcs to draw: the visible relations whose two ends are on the map and shown.
pub fn arc_plan(state: ExplorerState, world: WorldContext) -> Memo<EdgePlan> {
    let candidates = Memo::new(move |_| {
        state.visible_relations.with(|relations| {
            state.visible_actors.with(|shown| {
                world.geometry.with_value(|g| {
                    state.data.with_value(|d| {
                        relations
                            .iter()
                            .filter(|&&r| g.arcs[r].is_some())
                            .filter_map(|&r| {
                                let (from, to) = d.index.relation_ends[r]?;
                                let shown = |a: usize| shown.get(a).copied().unwrap_or(true);
                                (shown(from) && shown(to)).then(|| EdgeCandidate {
                                    relation: r,
                                    from,
                                    to,
                                    weight: analysis::status_weight(&d.dataset.relations[r].status),
                                })
                            })
                            .collect::<Vec<_>>()
                    })
                })
            })
        })
    });
    Memo::new(move |_| {
        let focus = state.highlight.with(|h| h.relations.clone());
        candidates.with(|c| {
            let bundles = if c.len() > EDGE_BUDGET {
                bundle_pairs(c)
            } else {
                Bundles::default()
            };
            plan_edges(c, &bundles, &focus, |_| true, EDGE_BUDGET)
        })
    })
}

#[component]
pub fn WorldArcs(world: WorldContext, plan: Memo<EdgePlan>) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    // Each drawn arc's class: its stance (or bundle), and whether the focus lights it, dims
    // it or selects it. The highlight is read before the plan that derives from it (see
    // `MapEdges`).
    let classes = StoredValue::new(Fanout::new(move || {
        let focus = state.focus.get();
        state.highlight.with(|h| {
            plan.with(|p| {
                state.data.with_value(|d| {
                    p.edges
                        .iter()
                        .map(|e| {
                            let (base, lit, selected) = match e.key {
                                EdgeKey::Relation(r) => (
                                    stance_class(&d.dataset.relations[r].stance),
                                    h.relations.binary_search(&r).is_ok(),
                                    focus == Focus::Relation(r),
                                ),
                                EdgeKey::Pair(..) => ("bundle", false, false),
                            };
                            let look = match (lit, h.is_empty()) {
                                (true, _) => " lit",
                                (false, false) => " dimmed",
                                (false, true) => "",
                            };
                            let chosen = if selected { " selected" } else { "" };
                            (e.key, format!("edge {base}{look}{chosen}"))
                        })
                        .collect::<Keyed<EdgeKey, String>>()
                })
            })
        })
    }));
    view! {
        <g class="edges">
            <For
                each=move || plan.with(|p| p.edges.clone())
                key=|edge| edge.key
                children=move |edge| view! { <WorldArc key=edge.key count=edge.count world=world classes=classes /> }
            />
        </g>
    }
}

/// One arc: a relation (with its arrow end and its own hit area) or a pair's bundle.
#[component]
fn WorldArc(
    key: EdgeKey,
    count: usize,
    world: WorldContext,
    classes: StoredValue<Fanout<EdgeKey, String>>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (dash, end, name, selection, d) = state.data.with_value(|d| {
        world.geometry.with_value(|g| match key {
            EdgeKey::Relation(r) => {
                let relation = &d.dataset.relations[r];
                (
                    status_dash(&relation.status),
                    Some(format!(
                        "url(#world-arrow-{})",
                        stance_class(&relation.stance)
                    )),
                    format!(
                        "{} ({})",
                        d.index.relation_labels[r],
                        relation.status.label()
                    ),
                    Selection::Relation(relation.id.clone()),
                    g.arcs[r].map(|a| a.d()).unwrap_or_default(),
                )
            }
            EdgeKey::Pair(a, b) => {
                let (first, second) = (&d.dataset.actors[a], &d.dataset.actors[b]);
                let arc = g.points[a].zip(g.points[b]).map(|(p, q)| {
                    ArcPath::new(
                        p,
                        q,
                        arc_lift(((q.0 - p.0).powi(2) + (q.1 - p.1).powi(2)).sqrt(), 0),
                    )
                });
                (
                    "none",
                    None,
                    crate::tr!(
                        "edge.bundle",
                        first = first.name,
                        second = second.name,
                        count = count
                    ),
                    Selection::Actor(first.id.clone()),
                    arc.map(|a| a.d()).unwrap_or_default(),
                )
            }
        })
    });
    let data_relation = match &selection {
        Selection::Relation(id) => Some(id.clone()),
        _ => None,
    };
    view! {
        <g
            class=move || classes.try_with_value(|f| f.get(&key)).flatten().unwrap_or_default()
            data-relation=data_relation
        >
            // The name on the group, as on the alignment map: the hit area is never painted.
            <title>{name}</title>
            <path class="edge-line" d=d.clone() stroke-dasharray=dash marker-end=end></path>
            <path class="edge-hit" d=d on:click=move |_| state.select(Some(selection.clone()))></path>
        </g>
    }
}
