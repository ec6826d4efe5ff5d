//! The legend: every encoding of the map and the timeline explained.

use leptos::prelude::*;

use crate::layout::encoding::{shape_name, shape_path, stance_class, status_dash};
use crate::model::{ActorKind, Stance, Status};

#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <details class="legend" open>
            <summary>"Legend"</summary>
            <LegendGroups />
        </details>
    }
}

/// The legend's groups, also shown in the help dialog.
#[component]
pub fn LegendGroups() -> impl IntoView {
    let kinds = ActorKind::ALL
        .iter()
        .map(|kind| {
            view! {
                <li>
                    <svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true">
                        <path class="node-shape" d=shape_path(kind, 7.0)></path>
                    </svg>
                    {format!("{} ({})", kind.label(), shape_name(kind))}
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
                        <line x1="2" x2="30" y1="5" y2="5" class="edge-line"></line>
                        <path d="M30 1L38 5L30 9Z" class="arrow-head"></path>
                    </svg>
                    {format!("{}: {}", stance.label(), stance.meaning())}
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
                    <h3>"Position"</h3>
                    <p>"Left to right: the computed alignment score from −1 (the first pole) to +1 (the second). Node fill shows the side; node size the number of relations."</p>
                    <ul class="legend-sides">
                        <li><span class="swatch side-negative"></span>"leans to the left pole"</li>
                        <li><span class="swatch side-neutral"></span>"between the sides"</li>
                        <li><span class="swatch side-positive"></span>"leans to the right pole"</li>
                    </ul>
                </section>
                <section><h3>"Actor kinds"</h3><ul>{kinds}</ul></section>
                <section><h3>"Stance (arrow colour)"</h3><ul>{stances}</ul></section>
                <section><h3>"Status (line pattern, badge)"</h3><ul>{statuses}</ul></section>
            </div>
    }
}
