//! The timeline: dated events as marks as wide as their date's precision, in lanes by side or
//! by article, with a time window (two handles and a band) that drives the map, and play.

use leptos::prelude::*;

use crate::components::alignment_map::viewbox_point;
use crate::components::timeline_toolbar::TimelineToolbar;
use crate::layout::encoding::{side_class, side_of, status_dash};
use crate::layout::timeline::{
    default_domain, move_window_days, move_window_months, ticks, timeline_layout, MarkInput,
    TimeScale, WindowPart, MARK_HEIGHT,
};
use crate::model::DayRange;
use crate::query;
use crate::state::explorer::ExplorerState;
use crate::state::{Lanes, Selection};

/// Width of the timeline's world.
pub const WIDTH: f64 = 1000.0;

/// Lane of each event and the lanes' names: by the side the event's actors lean to, or by
/// the article it cites first.
pub fn event_lanes(state: ExplorerState, lanes: Lanes) -> (Vec<usize>, Vec<String>) {
    state.data.with_value(|d| {
        let dataset = &d.dataset;
        match lanes {
            Lanes::Side => {
                let sides = state
                    .scores
                    .with(|scores| query::event_scores(dataset, &d.index, scores));
                let name = |id: &str| dataset.actor_name(id).to_string();
                (
                    sides
                        .into_iter()
                        .map(|s| (side_of(s) + 1) as usize)
                        .collect(),
                    vec![
                        format!("Actors lean to {}", name(&dataset.poles.negative)),
                        "Actors between the sides".into(),
                        format!("Actors lean to {}", name(&dataset.poles.positive)),
                    ],
                )
            }
            Lanes::Source => (
                query::event_sources(dataset),
                dataset.sources.iter().map(|s| s.title.clone()).collect(),
            ),
        }
    })
}

/// A mark's visible label: the title, with "≈" in front when the date is approximate.
pub fn mark_text(event: &crate::model::Event) -> String {
    if event.date.approximate {
        format!("≈ {}", event.title)
    } else {
        event.title.clone()
    }
}

/// What a drag moves: a part of the window, or the time axis itself.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drag {
    Window(WindowPart),
    Pan,
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let index = state.index();
    let extent = index.extent;
    let home = default_domain(&index.event_ranges);
    let scale = RwSignal::new(TimeScale::new(home, WIDTH));
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let lanes_mode = Memo::new(move |_| state.view.with(|v| v.lanes));
    let lanes = Memo::new(move |_| event_lanes(state, lanes_mode.get()));
    let label_chars: Vec<usize> = state
        .dataset()
        .events
        .iter()
        .map(|e| e.title.chars().count())
        .collect();
    let layout = Memo::new(move |_| {
        let (lane_of, names) = lanes.get();
        let marks: Vec<MarkInput> = index
            .event_ranges
            .iter()
            .zip(&lane_of)
            .zip(&label_chars)
            .map(|((range, lane), chars)| MarkInput {
                range: *range,
                lane: *lane,
                label_chars: *chars,
            })
            .collect();
        timeline_layout(scale.get(), &marks, names.len())
    });
    // Events in time order, for keyboard movement.
    let order: Vec<usize> = {
        let index = state.index();
        let mut order: Vec<usize> = (0..index.event_ranges.len()).collect();
        order.sort_by_key(|&i| (index.event_ranges[i].start, i));
        order
    };
    let order = StoredValue::new(order);
    let active = RwSignal::new(None::<usize>);

    let focus_actor = Memo::new(move |_| match state.hovered.get() {
        Some(i) => Some(i),
        None => state.view.with(|v| match &v.selection {
            Some(Selection::Actor(id)) => state
                .data
                .with_value(|d| d.index.actor_position.get(id).copied()),
            _ => None,
        }),
    });
    let highlighted = move |event: usize| {
        focus_actor.get().is_some_and(|actor| {
            state.data.with_value(|d| {
                let id = &d.dataset.actors[actor].id;
                d.dataset.events[event]
                    .actors
                    .iter()
                    .any(|p| &p.actor == id)
            })
        })
    };
    let selected_event = Memo::new(move |_| {
        state.view.with(|v| match &v.selection {
            Some(Selection::Event(id)) => state
                .data
                .with_value(|d| d.dataset.events.iter().position(|e| &e.id == id)),
            _ => None,
        })
    });

    // With no window chosen, the handles sit at the ends of what is shown (within the data's
    // extent), ready to be dragged.
    let window_or_extent = move || {
        state.view.with(|v| v.window).unwrap_or_else(|| {
            let shown = scale.get().range();
            DayRange {
                start: shown.start.max(extent.start),
                end: shown.end.min(extent.end),
            }
        })
    };
    let to_viewbox = move |client_x: f64, client_y: f64| {
        let height = layout.with_untracked(|l| l.height);
        viewbox_point(svg_ref, (client_x, client_y), (WIDTH, height))
    };
    let drag = StoredValue::new(None::<(Drag, f64, DayRange, TimeScale)>);
    let start_drag = move |kind: Drag, ev: &web_sys::PointerEvent| {
        ev.stop_propagation();
        if let Some(svg) = svg_ref.get_untracked() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        drag.set_value(Some((kind, x, window_or_extent(), scale.get_untracked())));
    };
    // Pointers down on the timeline's background, for pinch zoom: (pointer id, x).
    let touches = StoredValue::new(Vec::<(i32, f64)>::new());
    let on_background_down = move |ev: web_sys::PointerEvent| {
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        touches.update_value(|t| {
            t.retain(|p| p.0 != ev.pointer_id());
            t.push((ev.pointer_id(), x));
        });
        start_drag(Drag::Pan, &ev);
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let before = touches.get_value();
        if before.len() >= 2 {
            // Pinch: zoom by the change of distance between the two pointers, about their middle.
            let mut after = before.clone();
            if let Some(p) = after.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                p.1 = x;
            }
            let (d0, d1) = (
                (before[0].1 - before[1].1).abs(),
                (after[0].1 - after[1].1).abs(),
            );
            let (m0, m1) = (
                (before[0].1 + before[1].1) / 2.0,
                (after[0].1 + after[1].1) / 2.0,
            );
            if d0 > 1.0 && d1 > 1.0 {
                scale.update(|s| *s = s.pan(m1 - m0).zoom_at(m1, d1 / d0));
            }
            touches.set_value(after);
            drag.set_value(None);
            return;
        }
        let Some((kind, x0, window, at_start)) = drag.get_value() else {
            return;
        };
        let days = ((x - x0) / at_start.density()).round() as i32;
        match kind {
            Drag::Pan => scale.set(at_start.pan(x - x0)),
            Drag::Window(part) => state.set_window(Some(move_window_days(window, part, days))),
        }
    };
    let end_drag = move |ev: web_sys::PointerEvent| {
        touches.update_value(|t| t.retain(|p| p.0 != ev.pointer_id()));
        drag.set_value(None);
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let delta = if ev.delta_x().abs() > ev.delta_y().abs() {
            0.0
        } else {
            ev.delta_y()
        };
        if ev.shift_key() || ev.delta_x().abs() > ev.delta_y().abs() {
            scale.update(|s| {
                *s = s.pan(-(ev.delta_x() + if ev.shift_key() { ev.delta_y() } else { 0.0 }))
            });
        } else {
            scale.update(|s| *s = s.zoom_at(x, (-delta * 0.0015).exp()));
        }
    };

    // Keyboard: the window's edges and band move by a month (a year with Shift).
    let nudge = move |part: WindowPart, ev: web_sys::KeyboardEvent| {
        let months = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => -1,
            "ArrowRight" | "ArrowUp" => 1,
            "PageDown" => -12,
            "PageUp" => 12,
            _ => return,
        } * if ev.shift_key() { 12 } else { 1 };
        ev.prevent_default();
        state.set_window(Some(move_window_months(window_or_extent(), part, months)));
    };
    let on_events_key = move |ev: web_sys::KeyboardEvent| {
        let order = order.get_value();
        let position = active
            .get_untracked()
            .and_then(|a| order.iter().position(|&i| i == a));
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => {
                Some(position.map_or(0, |p| (p + 1).min(order.len() - 1)))
            }
            "ArrowLeft" | "ArrowUp" => Some(position.map_or(0, |p| p.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(order.len() - 1),
            "Enter" | " " => {
                ev.prevent_default();
                if let Some(i) = active.get_untracked() {
                    let id = state.data.with_value(|d| d.dataset.events[i].id.clone());
                    state.select(Some(Selection::Event(id)));
                }
                None
            }
            "Escape" => {
                state.select(None);
                None
            }
            _ => None,
        };
        if let Some(p) = next {
            ev.prevent_default();
            if let Some(&i) = order.get(p) {
                active.set(Some(i));
                // Bring the mark into view.
                let range = state.data.with_value(|d| d.index.event_ranges[i]);
                let s = scale.get_untracked();
                let x = s.x_from_time(f64::from(range.start.0));
                if !(0.0..=WIDTH - 40.0).contains(&x) {
                    scale.set(s.pan(WIDTH / 3.0 - x));
                }
            }
        }
    };

    let marks = move || {
        let dataset = state.dataset();
        let placed = layout.get();
        let index = state.index();
        let sides = state
            .scores
            .with(|scores| query::event_scores(&dataset, &index, scores));
        dataset
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let p = placed.marks[i];
                let id = e.id.clone();
                let mean = sides.get(i).copied().unwrap_or(0.0);
                let label = format!("{}: {} ({})", e.date, e.title, e.status.label());
                let in_window = state.view.with(|v| v.window).is_none_or(|w| index.event_ranges[i].overlaps(w));
                let (aria_label, data_id) = (label.clone(), id.clone());
                view! {
                    <g
                        class=format!("mark {}", side_class(mean))
                        class:approximate=e.date.approximate
                        class:outside=!in_window
                        class:filtered-out=!state.visible_events.with(|v| v.get(i).copied().unwrap_or(true))
                        class:highlighted=move || highlighted(i)
                        class:selected=move || selected_event.get() == Some(i)
                        class:active=move || active.get() == Some(i)
                        id=format!("mark-{id}")
                        role="option"
                        aria-label=aria_label
                        aria-selected=move || (selected_event.get() == Some(i)).to_string()
                        data-event=data_id
                        on:click=move |_| {
                            active.set(Some(i));
                            state.select(Some(Selection::Event(id.clone())));
                        }
                    >
                        <rect class="mark-bar" x=format!("{:.1}", p.x) y=format!("{:.1}", p.y) width=format!("{:.1}", p.width) height=MARK_HEIGHT rx="3" stroke-dasharray=status_dash(&e.status)></rect>
                        <text class="mark-label" x=format!("{:.1}", p.x + 4.0) y=format!("{:.1}", p.y + 12.0)>{mark_text(e)}</text>
                        <title>{label}</title>
                    </g>
                }
            })
            .collect_view()
    };
    let axis = move || {
        let s = scale.get();
        let height = layout.with(|l| l.height);
        ticks(s)
            .into_iter()
            .map(|t| view! {
                <g class="tick">
                    <line x1=format!("{:.1}", t.x) x2=format!("{:.1}", t.x) y1="18" y2=format!("{height:.0}")></line>
                    <text x=format!("{:.1}", t.x + 3.0) y="13">{t.label}</text>
                </g>
            })
            .collect_view()
    };
    let lane_views = move || {
        let (_, names) = lanes.get();
        layout.with(|l| {
            l.lanes
                .iter()
                .zip(names)
                .enumerate()
                .map(|(k, (&(top, height), name))| view! {
                    <g class=format!("lane lane-{k}")>
                        <rect class="lane-bg" x="0" y=format!("{top:.1}") width=WIDTH height=format!("{height:.1}")></rect>
                        <text class="lane-label" x="4" y=format!("{:.1}", top + height - 3.0)>{name}</text>
                    </g>
                })
                .collect_view()
        })
    };
    let window_x = move || {
        let s = scale.get();
        let w = window_or_extent();
        (
            s.x_from_time(f64::from(w.start.0)),
            s.x_from_time(f64::from(w.end.0)),
        )
    };
    let window_text = move || {
        let w = window_or_extent();
        format!("{} to {}", w.start.iso(), w.end.iso())
    };
    let active_id = move || {
        active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("mark-{}", d.dataset.events[i].id))
        })
    };

    view! {
        <section class="timeline-panel" aria-labelledby="timeline-title">
            <div class="panel-bar">
                <h2 id="timeline-title">"Timeline"</h2>
                <TimelineToolbar scale=scale home=home extent=extent />
            </div>
            <p class="window-readout" aria-live="polite">
                {move || if state.view.with(|v| v.window.is_some()) { format!("Window: {}", window_text()) } else { "Window: all time (drag the handles to choose a period)".to_string() }}
            </p>
            <div class="timeline-frame">
                <svg
                    node_ref=svg_ref
                    class="timeline"
                    viewBox=move || format!("0 0 {WIDTH} {:.0}", layout.with(|l| l.height))
                    preserveAspectRatio="xMidYMid meet"
                    on:wheel=on_wheel
                    on:pointerdown=on_background_down
                    on:pointermove=on_move
                    on:pointerup=end_drag
                    on:pointercancel=end_drag
                >
                    <g class="axis">{axis}</g>
                    <g class="lanes">{lane_views}</g>
                    <rect
                        class="window-band"
                        class:all-time=move || state.view.with(|v| v.window.is_none())
                        x=move || format!("{:.1}", window_x().0)
                        width=move || format!("{:.1}", (window_x().1 - window_x().0).max(1.0))
                        y="18"
                        height=move || format!("{:.0}", layout.with(|l| l.height) - 18.0)
                        tabindex="0"
                        role="slider"
                        aria-label="Time window (arrow keys move it by a month)"
                        aria-valuemin=extent.start.0
                        aria-valuemax=extent.end.0
                        aria-valuenow=move || window_or_extent().start.0
                        aria-valuetext=window_text
                        on:pointerdown=move |ev| start_drag(Drag::Window(WindowPart::Band), &ev)
                        on:keydown=move |ev| nudge(WindowPart::Band, ev)
                    ></rect>
                    <g
                        class="events"
                        tabindex="0"
                        role="listbox"
                        aria-label="Events in time order. Arrow keys move between events, Enter selects."
                        aria-activedescendant=active_id
                        on:keydown=on_events_key
                        on:pointerdown=|ev: web_sys::PointerEvent| ev.stop_propagation()
                    >
                        {marks}
                    </g>
                    {[(WindowPart::Start, "window-start", "Start of the time window"), (WindowPart::End, "window-end", "End of the time window")].map(|(kind, class, name)| {
                        let x = move || if kind == WindowPart::Start { window_x().0 } else { window_x().1 };
                        let value = move || { let w = window_or_extent(); if kind == WindowPart::Start { w.start } else { w.end } };
                        view! {
                            <rect
                                class=format!("window-handle {class}")
                                x=move || format!("{:.1}", x() - 5.0)
                                y="18"
                                width="10"
                                height=move || format!("{:.0}", layout.with(|l| l.height) - 18.0)
                                rx="3"
                                tabindex="0"
                                role="slider"
                                aria-label=format!("{name} (arrow keys move it by a month, Shift by a year)")
                                aria-valuemin=extent.start.0
                                aria-valuemax=extent.end.0
                                aria-valuenow=move || value().0
                                aria-valuetext=move || value().iso()
                                on:pointerdown=move |ev| start_drag(Drag::Window(kind), &ev)
                                on:keydown=move |ev| nudge(kind, ev)
                            ></rect>
                        }
                    })}
                </svg>
            </div>
        </section>
    }
}
