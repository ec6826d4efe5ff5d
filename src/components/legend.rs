//! The legend: every encoding of the map and the timeline explained.

use leptos::prelude::*;

use crate::layout::encoding::{shape_name, shape_path, stance_class, stance_end, status_dash};
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
                        <line x1="2" x2="34" y1="5" y2="5" class="edge-line"></line>
                        <path d=stance_end(stance).0 transform="translate(29 0)" class="arrow-head"></path>
                    </svg>
                    {format!("{} (ends in {}): {}", stance.label(), stance_end(stance).1, stance.meaning())}
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
                        <li><span class="swatch unplaced"></span>"hollow: no relation in this period, so not placed"</li>
                    </ul>
                </section>
                <section><h3>"Actor kinds"</h3><ul>{kinds}</ul></section>
                <section><h3>"Stance (arrow colour and end)"</h3><ul>{stances}</ul></section>
                <section><h3>"Status (line pattern, badge)"</h3><ul>{statuses}</ul></section>
                <section>
                    <h3>"Timeline"</h3>
                    <ul class="legend-timeline">
                        <li>"A bar spans the days its date covers; its outline follows the status, as for arrows."</li>
                        <li><span class="swatch mark-imprecise"></span>"Faint bar: only the year or the season is known."</li>
                        <li>"≈ before a title: the date is approximate (read from the article's wording)."</li>
                        <li>"+12 at the foot of a lane: twelve more events, too close to draw; select it to zoom in."</li>
                        <li>"The shaded band and its two handles: the time window the map shows."</li>
                    </ul>
                </section>
                <section>
                    <h3>"World map"</h3>
                    <ul class="legend-world">
                        <li><span class="swatch fill-negative"></span><span class="swatch fill-neutral"></span><span class="swatch fill-positive"></span>"a state's country, by the side it leans to in the window (as on the alignment map)"</li>
                        <li><span class="swatch no-data"></span>"hatched: the state has no relation in this window (no data, not neutral)"</li>
                        <li><span class="swatch land"></span>"pale: not an actor in this dataset"</li>
                        <li>"Arcs join the capitals of a relation's actors, coloured and dashed as on the alignment map; small marks around a capital are actors that are part of that state or head it."</li>
                    </ul>
                </section>
                <section>
                    <h3>"Many relations"</h3>
                    <p>"On a large dataset a grey line stands for all the relations between two actors, thicker for more; select an actor to see its own as arrows."</p>
                </section>
            </div>
    }
}
