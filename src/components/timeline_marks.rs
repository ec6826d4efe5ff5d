//! The timeline's events: a keyed list of marks (each built once and moved by the layout) and,
//! on a large timeline, the overflow bins that count the marks too crowded to draw.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::layout::encoding::{side_class, status_dash};
use crate::layout::lod::{OverflowBin, BIN_WIDTH};
use crate::layout::timeline::{
    MarkPlacement, TimeScale, TimelineLayout, MARK_HEIGHT, OVERFLOW_HEIGHT,
};
use crate::model::Precision;
use crate::query::Focus;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::Fanout;
use crate::state::Selection;

/// A mark's visible label: the title, with "≈" in front when the date is approximate.
pub fn mark_text(event: &crate::model::Event) -> String {
    if event.date.approximate {
        format!("≈ {}", event.title)
    } else {
        event.title.clone()
    }
}

/// What the marks share: the layout, each event's side, the events lit by the focused actor
/// (sorted positions) and the mark under keyboard focus.
#[derive(Clone, Copy)]
pub struct MarksContext {
    pub layout: Memo<TimelineLayout>,
    pub sides: Memo<Vec<f64>>,
    pub lit: Memo<Vec<usize>>,
    pub active: RwSignal<Option<usize>>,
}

/// Where a mark is and the side it leans to: changes with the layout and the window.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkPlace {
    pub place: MarkPlacement,
    pub side: &'static str,
}

/// How a mark is shown: changes with the window, the filters and the focus.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkFlags {
    pub outside: bool,
    pub visible: bool,
    pub lit: bool,
    pub selected: bool,
    pub active: bool,
}

#[component]
pub fn TimelineMarks(marks: MarksContext, drawn: Memo<Vec<usize>>) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let MarksContext {
        layout,
        sides,
        lit,
        active,
    } = marks;
    // Each drawn mark reads only its own entries. What `drawn` derives from is read before it,
    // so that a change of layout that leaves the drawn marks as they were is still seen.
    let places = StoredValue::new(Fanout::new(move || {
        sides.with(|sides| {
            layout.with(|l| {
                drawn.with(|drawn| {
                    drawn
                        .iter()
                        .map(|&i| {
                            let place = MarkPlace {
                                place: l.marks.get(i).copied().unwrap_or_default(),
                                side: side_class(sides.get(i).copied().unwrap_or(0.0)),
                            };
                            (i, place)
                        })
                        .collect::<HashMap<usize, MarkPlace>>()
                })
            })
        })
    }));
    let flags = StoredValue::new(Fanout::new(move || {
        let (window, focus, active) = (state.window.get(), state.focus.get(), active.get());
        lit.with(|lit| {
            state.visible_events.with(|visible| {
                drawn.with(|drawn| {
                    state.data.with_value(|d| {
                        drawn
                            .iter()
                            .map(|&i| {
                                let flags = MarkFlags {
                                    outside: window
                                        .is_some_and(|w| !d.index.event_ranges[i].overlaps(w)),
                                    visible: visible.get(i).copied().unwrap_or(true),
                                    lit: lit.binary_search(&i).is_ok(),
                                    selected: focus == Focus::Event(i),
                                    active: active == Some(i),
                                };
                                (i, flags)
                            })
                            .collect::<HashMap<usize, MarkFlags>>()
                    })
                })
            })
        })
    }));
    view! {
        <For each=move || drawn.get() key=|i| *i children=move |i| view! { <TimelineMark i=i places=places flags=flags active=active /> } />
    }
}

#[component]
fn TimelineMark(
    i: usize,
    places: StoredValue<Fanout<usize, MarkPlace>>,
    flags: StoredValue<Fanout<usize, MarkFlags>>,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let event = state.data.with_value(|d| d.dataset.events[i].clone());
    let at = move || places.try_with_value(|f| f.get(&i)).flatten();
    let place = move || at().map(|l| l.place).unwrap_or_default();
    let flag = move |f: fn(&MarkFlags) -> bool| {
        flags
            .try_with_value(|flags| flags.get(&i))
            .flatten()
            .is_some_and(|l| f(&l))
    };
    let label = format!("{}: {} ({})", event.date, event.title, event.status.label());
    let title = label.clone();
    let id = event.id.clone();
    view! {
        <g
            class=move || format!("mark {}", at().map_or("side-neutral", |l| l.side))
            class:approximate=event.date.approximate
            class:imprecise=matches!(event.date.precision, Precision::Year | Precision::Season)
            class:outside=move || flag(|l| l.outside)
            class:filtered-out=move || !flag(|l| l.visible)
            class:highlighted=move || flag(|l| l.lit)
            class:selected=move || flag(|l| l.selected)
            class:active=move || flag(|l| l.active)
            id=format!("mark-{}", event.id)
            role="option"
            aria-label=label
            aria-selected=move || flag(|l| l.selected).to_string()
            data-event=event.id.clone()
            on:click=move |_| {
                active.set(Some(i));
                state.select(Some(Selection::Event(id.clone())));
            }
        >
            <rect class="mark-bar" x=move || format!("{:.1}", place().x) y=move || format!("{:.1}", place().y)
                width=move || format!("{:.1}", place().width) height=MARK_HEIGHT rx="3" stroke-dasharray=status_dash(&event.status)></rect>
            <text class="mark-label" x=move || format!("{:.1}", place().x + 4.0) y=move || format!("{:.1}", place().y + 12.0)>{mark_text(&event)}</text>
            <title>{title}</title>
        </g>
    }
}

/// Bins of marks too crowded to draw, as shaded counts at the foot of their lane; a click
/// zooms the timeline into the bin.
#[component]
pub fn OverflowBins(
    bins: Memo<Vec<OverflowBin>>,
    layout: Memo<TimelineLayout>,
    scale: RwSignal<TimeScale>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    view! {
        <g class="overflow-bins">
            <For
                each=move || bins.get()
                key=|b| (b.lane, b.x as i64, b.count, b.first)
                children=move |bin| {
                    let y = move || layout.with(|l| l.lanes.get(bin.lane).map_or(0.0, |&(top, height)| top + height - OVERFLOW_HEIGHT - 1.0));
                    let first = state.data.with_value(|d| d.dataset.events[bin.first].date.to_string());
                    let name = format!("{} more events from {first}; select to zoom in", bin.count);
                    let opacity = format!("{:.2}", (0.25 + (bin.count as f64).ln() / 8.0).min(0.9));
                    let centre = bin.x + BIN_WIDTH / 2.0;
                    view! {
                        <g class="overflow-bin" data-count=bin.count on:click=move |_| scale.update(|s| *s = s.zoom_at(centre, 4.0))>
                            <rect x=format!("{:.1}", bin.x) y=move || format!("{:.1}", y()) width=BIN_WIDTH - 2.0 height=OVERFLOW_HEIGHT - 2.0 rx="2" fill-opacity=opacity></rect>
                            <text x=format!("{:.1}", bin.x + 2.0) y=move || format!("{:.1}", y() + 10.0)>{format!("+{}", bin.count)}</text>
                            <title>{name}</title>
                        </g>
                    }
                }
            />
        </g>
    }
}
