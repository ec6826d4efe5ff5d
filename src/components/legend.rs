//! The legend: every encoding of the map and the timeline explained.

use leptos::prelude::*;

use crate::layout::encoding::{shape_name, shape_path, stance_class, stance_end, status_dash};
use crate::model::{ActorKind, Stance, Status};

/// The shape that draws an actor kind, in words: "circle", "square".
pub fn shape_words(kind: &ActorKind) -> &'static str {
    match shape_name(kind) {
        "circle" => crate::tr!("legend.shape.circle"),
        "square" => crate::tr!("legend.shape.square"),
        "diamond" => crate::tr!("legend.shape.diamond"),
        "triangle" => crate::tr!("legend.shape.triangle"),
        "hexagon" => crate::tr!("legend.shape.hexagon"),
        "small circle" => crate::tr!("legend.shape.small-circle"),
        other => other,
    }
}

/// How an arrow of a stance ends, in words: "an arrowhead", "a bar", "a diamond".
pub fn end_words(stance: &Stance) -> &'static str {
    match stance_end(stance).1 {
        "an arrowhead" => crate::tr!("legend.end.arrowhead"),
        "a bar" => crate::tr!("legend.end.bar"),
        "a diamond" => crate::tr!("legend.end.diamond"),
        other => other,
    }
}

/// The legend, open where the screen is wider than a phone's and folded on a phone.
#[component]
pub fn Legend() -> impl IntoView {
    let wide = !super::phone_screen();
    view! {
        <details class="legend" open=wide>
            <summary>{crate::tr!("legend.title")}</summary>
            <LegendGroups />
        </details>
    }
}

/// The legend's groups, also shown in the help dialog.
#[component]
pub fn LegendGroups() -> impl IntoView {
    // The sides by their poles' names ("leans to Russia, the left pole"), where a dataset is
    // open.
    let poles = use_context::<crate::state::explorer::ExplorerState>().map(|state| {
        state.data.with_value(|d| {
            let name = |id: &str| d.dataset.actor_name(id).to_string();
            (
                name(&d.dataset.poles.negative),
                name(&d.dataset.poles.positive),
            )
        })
    });
    let (left, right) = match poles {
        Some((negative, positive)) => (
            crate::tr!("legend.side.left-named", pole = negative),
            crate::tr!("legend.side.right-named", pole = positive),
        ),
        None => (
            crate::tr!("legend.side.left").to_string(),
            crate::tr!("legend.side.right").to_string(),
        ),
    };
    let kinds = ActorKind::ALL
        .iter()
        .map(|kind| {
            view! {
                <li>
                    <svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true">
                        <path class="node-shape" d=shape_path(kind, 7.0)></path>
                    </svg>
                    {format!("{} ({})", kind.label(), shape_words(kind))}
                </li>
            }
        })
        .collect_view();
    let stances = Stance::ALL
        .iter()
        .map(|stance| {
            view! {
                <li class=stance_class(stance)>
                    <svg class="legend-line" viewBox="0 0 40 10" aria-hidden="true">
                        <line x1="2" x2="34" y1="5" y2="5" class="edge-line"></line>
                        <path d=stance_end(stance).0 transform="translate(29 0)" class="arrow-head"></path>
                    </svg>
                    {crate::tr!("legend.stance", stance = stance.label(), end = end_words(stance), meaning = stance.meaning())}
                </li>
            }
        })
        .collect_view();
    let statuses = Status::ALL
        .iter()
        .map(|status| {
            view! {
                <li>
                    <svg class="legend-line" viewBox="0 0 40 10" aria-hidden="true">
                        <line x1="2" x2="38" y1="5" y2="5" class="edge-line status-line" stroke-dasharray=status_dash(status)></line>
                    </svg>
                    <span class=format!("badge status-{}", status.as_str())>{status.label().to_string()}</span>
                    " " {status.meaning()}
                </li>
            }
        })
        .collect_view();
    view! {
            <div class="legend-groups">
                <section>
                    <h3>{crate::tr!("legend.position")}</h3>
                    <p>{crate::tr!("legend.position.text")}</p>
                    <ul class="legend-sides">
                        <li><span class="swatch side-negative"></span>{left}</li>
                        <li><span class="swatch side-neutral"></span>{crate::tr!("legend.side.between")}</li>
                        <li><span class="swatch side-positive"></span>{right}</li>
                        <li><span class="swatch unplaced"></span>{crate::tr!("legend.side.unplaced")}</li>
                    </ul>
                </section>
                <section><h3>{crate::tr!("legend.kinds")}</h3><ul>{kinds}</ul></section>
                <section><h3>{crate::tr!("legend.stances")}</h3><ul>{stances}</ul></section>
                <section><h3>{crate::tr!("legend.statuses")}</h3><ul>{statuses}</ul></section>
                <section>
                    <h3>{crate::tr!("legend.timeline")}</h3>
                    <ul class="legend-timeline">
                        <li>{crate::tr!("legend.timeline.bar")}</li>
                        <li><span class="swatch mark-imprecise"></span>{crate::tr!("legend.timeline.faint")}</li>
                        <li>{crate::tr!("legend.timeline.approximate")}</li>
                        <li>{crate::tr!("legend.timeline.more")}</li>
                        <li>{crate::tr!("legend.timeline.window")}</li>
                    </ul>
                </section>
                <section>
                    <h3>{crate::tr!("legend.world")}</h3>
                    <ul class="legend-world">
                        <li><span class="swatch fill-negative"></span><span class="swatch fill-neutral"></span><span class="swatch fill-positive"></span>{crate::tr!("legend.world.fill")}</li>
                        <li><span class="swatch no-data"></span>{crate::tr!("legend.world.no-data")}</li>
                        <li><span class="swatch land"></span>{crate::tr!("legend.world.land")}</li>
                        <li>{crate::tr!("legend.world.arcs")}</li>
                    </ul>
                </section>
                <section>
                    <h3>{crate::tr!("legend.many")}</h3>
                    <p>{crate::tr!("legend.many.text")}</p>
                </section>
            </div>
    }
}
