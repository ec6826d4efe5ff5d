//! The timeline: dated events as marks as wide as their date's precision, in lanes by side or
//! by article, with a time window (two handles and a band) that drives the map, and play.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::alignment_map::viewbox_point;
use crate::components::step_caption::StepCaption;
use crate::components::timeline_marks::{MarksContext, OverflowBins, TimelineMarks};
use crate::components::timeline_toolbar::TimelineToolbar;
use crate::layout::encoding::side_of;
use crate::layout::lod::{marks_to_draw, OverflowBin, ALL_MARKS_UP_TO};
use crate::layout::num::{Fixed, Tenths};
use crate::layout::timeline::{
    default_domain, move_window_days, move_window_months, ticks, timeline_layout_capped,
    window_to_move, MarkInput, TimeScale, TimelineLayout, WindowPart, MAX_LANE_ROWS,
};
use crate::model::DayRange;
use crate::query::{self, Focus};
use crate::state::explorer::ExplorerState;
use crate::state::{Lanes, Selection};

/// Width of the timeline's world.
pub const WIDTH: f64 = 1000.0;
/// [`WIDTH`] as attributes write it.
const WIDTH_TEXT: &str = "1000";

/// Lane of each event and the lanes' names: by the side the event's actors lean to, or by
/// the article it cites first.
pub fn event_lanes(state: ExplorerState, lanes: Lanes, sides: &[f64]) -> (Vec<usize>, Vec<String>) {
    state.data.with_value(|d| {
        let dataset = &d.dataset;
        match lanes {
            Lanes::Side => {
                let name = |id: &str| dataset.actor_name(id).to_string();
                (
                    sides.iter().map(|&s| (side_of(s) + 1) as usize).collect(),
                    vec![
                        crate::tr!("timeline.lane.leans", pole = name(&dataset.poles.negative)),
                        crate::tr!("timeline.lane.between").into(),
                        crate::tr!("timeline.lane.leans", pole = name(&dataset.poles.positive)),
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

    let active = RwSignal::new(None::<usize>);
    let TimelineModel {
        sides,
        lanes,
        layout,
        drawn,
        bins,
        lit,
    } = timeline_model(state, scale, active);
    // With no window chosen, the handles sit at the ends of what is shown (within the data's
    // extent), ready to be dragged.
    let window_or_extent = Memo::new(move |_| {
        state.window.get().unwrap_or_else(|| {
            let shown = scale.get().range();
            DayRange {
                start: shown.start.max(extent.start),
                end: shown.end.min(extent.end),
            }
        })
    });
    let to_viewbox = move |client_x: f64, client_y: f64| {
        let height = layout.with_untracked(|l| l.height);
        viewbox_point(svg_ref, (client_x, client_y), (WIDTH, height))
    };
    let gestures = timeline_gestures(state, scale, svg_ref, window_or_extent, to_viewbox);
    // How far the lanes are scrolled in their frame, in world units: the axis' dates stay on
    // top.
    let lifted = RwSignal::new(0.0);
    let on_events_key = event_keys(state, scale, active);
    let active_id = move || {
        active.get().map(|i| {
            state
                .data
                .with_value(|d| format!("mark-{}", d.dataset.events[i].id))
        })
    };
    let marks = MarksContext {
        layout,
        sides,
        lit,
        active,
    };
    // The window in words ("June 2022 – May 2023"); the handles say their ISO dates.
    let window_text = move || window_or_extent.get().in_words();
    // On a phone a selected event's mark is brought above the details sheet (as a selected
    // actor is on the map).
    super::keep_focus_clear_of_sheet(state, |focus, d| match focus {
        Focus::Event(i) => Some(super::joined("mark-", &d.dataset.events[i].id)),
        _ => None,
    });

    view! {
        <section class="timeline-panel" aria-labelledby="timeline-title">
            <div class="panel-bar">
                <h2 id="timeline-title">{crate::tr!("timeline.title")}</h2>
                <TimelineToolbar scale=scale home=home extent=extent />
            </div>
            <p class="window-readout" aria-live="polite">
                {move || if state.window.get().is_some() { crate::tr!("timeline.window.readout", range = window_text()) } else { crate::tr!("timeline.window.all").to_string() }}
            </p>
            <StepCaption />
            <div class="timeline-frame" on:scroll=move |ev: web_sys::Event| {
                if let Some(frame) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    let width = f64::from(frame.client_width()).max(1.0);
                    lifted.set(f64::from(frame.scroll_top()) * WIDTH / width);
                }
            }>
                <svg
                    node_ref=svg_ref
                    class="timeline"
                    viewBox=move || format!("0 0 {WIDTH_TEXT} {}", Fixed(layout.with(|l| l.height), 0))
                    preserveAspectRatio="xMidYMid meet"
                    on:wheel=gestures.wheel
                    on:pointerdown=gestures.down
                    on:pointermove=gestures.moved
                    on:pointerup=gestures.up
                    on:pointercancel=gestures.up
                >
                    {timeline_axis(scale, layout)}
                    {window_band(state, layout, window_or_extent, scale, extent, gestures.start_drag)}
                    {window_edges(layout, window_or_extent, scale)}
                    {timeline_lanes(lanes, layout)}
                    <g
                        class="events"
                        tabindex="0"
                        role="listbox"
                        aria-label=crate::tr!("timeline.events.label")
                        aria-activedescendant=active_id
                        on:keydown=on_events_key
                        on:pointerdown=|ev: web_sys::PointerEvent| ev.stop_propagation()
                    >
                        <TimelineMarks marks=marks drawn=drawn />
                        <OverflowBins bins=bins layout=layout scale=scale />
                    </g>
                    {window_handles(layout, window_or_extent, scale, extent, gestures.start_drag)}
                    {timeline_axis_labels(scale, lifted)}
                </svg>
            </div>
        </section>
    }
}

/// The timeline's derived state: each event's side and lane, the layout, what is drawn of
/// it, and the events lit by the focused actor.
struct TimelineModel {
    sides: Memo<Vec<f64>>,
    lanes: Memo<(Vec<usize>, Vec<String>)>,
    layout: Memo<TimelineLayout>,
    drawn: Memo<Vec<usize>>,
    bins: Memo<Vec<OverflowBin>>,
    lit: Memo<Vec<usize>>,
}

fn timeline_model(
    state: ExplorerState,
    scale: RwSignal<TimeScale>,
    active: RwSignal<Option<usize>>,
) -> TimelineModel {
    let event_count = state.data.with_value(|d| d.dataset.events.len());
    // The marks take the scores a frame after the map: a step of the window paints the map
    // and the window's band first, then the marks' new sides and lanes (at 300 actors a step
    // moves dozens of marks between lanes, and makes and drops a dozen); while the window
    // moves quickly, at most every `LAGGING_VIEW_MS`.
    let scores = crate::state::a_frame_after(
        move || state.scores.track(),
        crate::state::view::LAGGING_VIEW_MS,
    );
    let sides = Memo::new(move |_| {
        scores.track();
        state.scores.with_untracked(|scores| {
            state
                .data
                .with_value(|d| query::event_scores(&d.index, scores))
        })
    });
    let lanes = Memo::new(move |_| sides.with(|s| event_lanes(state, state.lanes.get(), s)));
    let max_rows = if event_count > ALL_MARKS_UP_TO {
        MAX_LANE_ROWS
    } else {
        usize::MAX
    };
    // Label widths (in Latin letters; Hangul counts two) are counted once; the layout runs at
    // every zoom and window step.
    let title_chars: Vec<usize> = state.data.with_value(|d| {
        d.dataset
            .events
            .iter()
            .map(|e| crate::i18n::text_units(&e.title))
            .collect()
    });
    let layout = Memo::new(move |_| {
        let scale = scale.get();
        lanes.with(|(lane_of, names)| {
            state.data.with_value(|d| {
                let marks: Vec<MarkInput> = d
                    .index
                    .event_ranges
                    .iter()
                    .zip(lane_of)
                    .zip(&title_chars)
                    .map(|((range, lane), &label_chars)| MarkInput {
                        range: *range,
                        lane: *lane,
                        label_chars,
                    })
                    .collect();
                timeline_layout_capped(scale, &marks, names.len(), max_rows)
            })
        })
    });
    let selected_event = Memo::new(move |_| match state.focus.get() {
        Focus::Event(i) => Some(i),
        _ => None,
    });
    // What is drawn: every mark of a small timeline; the marks in view (and the active and
    // selected ones) of a large one, the crowded rest counted in bins.
    let lod = Memo::new(move |_| {
        let always: Vec<usize> = active
            .get()
            .into_iter()
            .chain(selected_event.get())
            .collect();
        layout.with(|l| {
            lanes.with(|(lane_of, _)| {
                let spans: Vec<(f64, f64)> = l.marks.iter().map(|m| (m.x, m.right)).collect();
                let overflow: Vec<bool> = l.marks.iter().map(|m| m.overflow).collect();
                marks_to_draw(&spans, lane_of, &overflow, WIDTH, &always)
            })
        })
    });
    let drawn = Memo::new(move |_| lod.with(|(marks, _)| marks.clone()));
    let bins = Memo::new(move |_| lod.with(|(_, bins)| bins.clone()));
    // Events lit by the focused actor (hovered, else selected), sorted.
    let lit = Memo::new(move |_| {
        let actor = state.hovered.get().or(state.focus.get().actor());
        let mut events = actor.map_or_else(Vec::new, |a| {
            state
                .data
                .with_value(|d| d.index.actor_events.get(a).cloned().unwrap_or_default())
        });
        crate::sort::positions(&mut events, &|a, b| a.cmp(&b));
        events
    });

    TimelineModel {
        sides,
        lanes,
        layout,
        drawn,
        bins,
        lit,
    }
}

/// The time axis: a tick and its label at each round date.
fn timeline_axis(scale: RwSignal<TimeScale>, layout: Memo<TimelineLayout>) -> impl IntoView {
    // Redrawn when the height or the scale changes, not at every change of layout.
    let height = Memo::new(move |_| layout.with(|l| l.height));
    let axis = move || {
        let height = height.get();
        ticks(scale.get())
            .into_iter()
            .map(|t| view! {
                <g class="tick">
                    <line x1=Tenths(t.x).to_string() x2=Tenths(t.x).to_string() y1="18" y2=Fixed(height, 0).to_string()></line>
                </g>
            })
            .collect_view()
    };
    view! { <g class="axis">{axis}</g> }
}

/// The axis' dates, drawn over everything and kept at the top of the frame when its lanes
/// scroll (`lifted`: how far they are scrolled, in world units).
fn timeline_axis_labels(scale: RwSignal<TimeScale>, lifted: RwSignal<f64>) -> impl IntoView {
    let labels = move || {
        ticks(scale.get())
            .into_iter()
            .map(|t| {
                view! {
                    <g class="tick">
                        <text x=Tenths(t.x + 3.0).to_string() y="13">{t.label}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <g class="axis-labels" aria-hidden="true" transform=move || format!("translate(0 {})", Tenths(lifted.get()))>
            <rect class="axis-ground" x="0" y="0" width=WIDTH_TEXT height="18"></rect>
            {labels}
        </g>
    }
}

/// The lanes' bands and names.
fn timeline_lanes(
    lanes: Memo<(Vec<usize>, Vec<String>)>,
    layout: Memo<TimelineLayout>,
) -> impl IntoView {
    // Drawn anew only when the lanes' names change (a change of grouping); a moved window that
    // grows or shrinks lanes moves the existing bands and labels.
    let bands = Memo::new(move |_| layout.with(|l| l.lanes.clone()));
    let names = Memo::new(move |_| lanes.with(|(_, names)| names.clone()));
    let band = move |k: usize| bands.with(|b| b.get(k).copied().unwrap_or_default());
    let lane_views = move || {
        names.with(|names| {
            names
                .iter()
                .enumerate()
                .map(|(k, name)| view! {
                    <g class=format!("lane lane-{k}")>
                        <rect class="lane-bg" x="0" y=move || Tenths(band(k).0).to_string() width=WIDTH_TEXT height=move || Tenths(band(k).1).to_string()></rect>
                        <text class="lane-label" x="4" y=move || Tenths(band(k).0 + 13.0).to_string()>{name.clone()}</text>
                    </g>
                })
                .collect_view()
        })
    };
    view! { <g class="lanes">{lane_views}</g> }
}

/// The timeline's pointer handlers, and the start of a drag of the window's parts.
struct TimelineGestures<W, D, M, U, S> {
    wheel: W,
    down: D,
    moved: M,
    up: U,
    start_drag: S,
}

/// Wheel zooms the time axis (Shift or a sideways wheel pans); dragging the background pans;
/// two touches pinch; dragging the band or a handle moves the window.
#[allow(clippy::type_complexity)] // one opaque closure type per handler
fn timeline_gestures(
    state: ExplorerState,
    scale: RwSignal<TimeScale>,
    svg_ref: NodeRef<leptos::svg::Svg>,
    window_or_extent: Memo<DayRange>,
    to_viewbox: impl Fn(f64, f64) -> (f64, f64) + Copy + 'static,
) -> TimelineGestures<
    impl Fn(web_sys::WheelEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
    impl Fn(web_sys::PointerEvent) + Copy + 'static,
    impl Fn(Drag, &web_sys::PointerEvent) + Copy + 'static,
> {
    let drag = StoredValue::new(None::<(Drag, f64, DayRange, TimeScale)>);
    let start_drag = move |kind: Drag, ev: &web_sys::PointerEvent| {
        ev.stop_propagation();
        if let Some(svg) = svg_ref.get_untracked() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let part = match kind {
            Drag::Window(part) => part,
            Drag::Pan => WindowPart::Band,
        };
        let extent = state.data.with_value(|d| d.index.extent);
        let base = window_to_move(
            state.window.get_untracked(),
            window_or_extent.get_untracked(),
            part,
            extent,
        );
        drag.set_value(Some((kind, x, base, scale.get_untracked())));
    };
    // Pointers down on the timeline's background, for pinch zoom: (pointer id, x).
    let touches = StoredValue::new(Vec::<(i32, f64)>::new());
    let down = move |ev: web_sys::PointerEvent| {
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        touches.update_value(|t| {
            t.retain(|p| p.0 != ev.pointer_id());
            t.push((ev.pointer_id(), x));
        });
        start_drag(Drag::Pan, &ev);
    };
    let moved = move |ev: web_sys::PointerEvent| {
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let Some(before) = touches.try_get_value() else {
            return;
        };
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
    let up = move |ev: web_sys::PointerEvent| {
        touches.try_update_value(|t| t.retain(|p| p.0 != ev.pointer_id()));
        drag.try_set_value(None);
    };
    let wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let (x, _) = to_viewbox(f64::from(ev.client_x()), f64::from(ev.client_y()));
        let sideways = ev.delta_x().abs() > ev.delta_y().abs();
        if ev.shift_key() || sideways {
            let dx = ev.delta_x() + if ev.shift_key() { ev.delta_y() } else { 0.0 };
            scale.update(|s| *s = s.pan(-dx));
        } else {
            scale.update(|s| *s = s.zoom_at(x, (-ev.delta_y() * 0.0015).exp()));
        }
    };
    TimelineGestures {
        wheel,
        down,
        moved,
        up,
        start_drag,
    }
}

/// Keyboard on the events: arrows walk them in time order (bringing the mark into view),
/// Home and End jump, Enter selects, Escape clears.
fn event_keys(
    state: ExplorerState,
    scale: RwSignal<TimeScale>,
    active: RwSignal<Option<usize>>,
) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev: web_sys::KeyboardEvent| {
        let count = state.data.with_value(|d| d.index.event_order.len());
        if count == 0 {
            return;
        }
        let position = active.get_untracked().and_then(|a| {
            state
                .data
                .with_value(|d| d.index.event_order.iter().position(|&i| i == a))
        });
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(position.map_or(0, |p| (p + 1).min(count - 1))),
            "ArrowLeft" | "ArrowUp" => Some(position.map_or(0, |p| p.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(count - 1),
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
            let (i, range) = state.data.with_value(|d| {
                (
                    d.index.event_order[p],
                    d.index.event_ranges[d.index.event_order[p]],
                )
            });
            active.set(Some(i));
            // Bring the mark into view: in time, and in the frame's height where the lanes
            // scroll.
            let s = scale.get_untracked();
            let x = s.x_from_time(f64::from(range.start.0));
            if !(0.0..=WIDTH - 40.0).contains(&x) {
                scale.set(s.pan(WIDTH / 3.0 - x));
            }
            let id = state
                .data
                .with_value(|d| format!("mark-{}", d.dataset.events[i].id));
            request_animation_frame(move || reveal_in_frame(&id));
        }
    }
}

/// Scrolls the timeline's frame, if its lanes scroll, so that the element `id` is in view.
fn reveal_in_frame(id: &str) {
    let Some(mark) = document().get_element_by_id(id) else {
        return;
    };
    let Ok(Some(frame)) = mark.closest(".timeline-frame") else {
        return;
    };
    let (m, f) = (
        mark.get_bounding_client_rect(),
        frame.get_bounding_client_rect(),
    );
    let by = if m.top() < f.top() {
        m.top() - f.top() - 8.0
    } else if m.bottom() > f.bottom() {
        m.bottom() - f.bottom() + 8.0
    } else {
        return;
    };
    frame.set_scroll_top(frame.scroll_top() + by.round() as i32);
}

/// The window's band: drag it or use the arrow keys to move the whole window.
fn window_band(
    state: ExplorerState,
    layout: Memo<crate::layout::timeline::TimelineLayout>,
    window: Memo<DayRange>,
    scale: RwSignal<TimeScale>,
    extent: DayRange,
    start_drag: impl Fn(Drag, &web_sys::PointerEvent) + Copy + 'static,
) -> impl IntoView {
    let x = move |day: crate::model::Day| scale.with(|s| s.x_from_time(f64::from(day.0)));
    view! {
        <rect
            class="window-band"
            class:all-time=move || state.window.get().is_none()
            x=move || Tenths(x(window.get().start)).to_string()
            width=move || { let w = window.get(); Tenths((x(w.end) - x(w.start)).max(1.0)).to_string() }
            y="18"
            height=move || Fixed(layout.with(|l| l.height) - 18.0, 0).to_string()
            tabindex="0"
            role="slider"
            aria-label=crate::tr!("timeline.window.band")
            aria-valuemin=extent.start.0
            aria-valuemax=extent.end.0
            aria-valuenow=move || window.get().start.0
            aria-valuetext=move || { let w = window.get(); crate::tr!("timeline.window.range", start = w.start.iso(), end = w.end.iso()) }
            on:pointerdown=move |ev| start_drag(Drag::Window(WindowPart::Band), &ev)
            on:keydown=move |ev| nudge(state, window, WindowPart::Band, ev)
        ></rect>
    }
}

/// The window's two edges as lines, drawn under the lanes' names and the marks, whose labels
/// (with their halo) stay readable where an edge passes; the handles above them take the
/// pointer and the keyboard.
fn window_edges(
    layout: Memo<crate::layout::timeline::TimelineLayout>,
    window: Memo<DayRange>,
    scale: RwSignal<TimeScale>,
) -> impl IntoView {
    let x = move |day: crate::model::Day| scale.with(|s| s.x_from_time(f64::from(day.0)));
    let height = move || Fixed(layout.with(|l| l.height) - 18.0, 0).to_string();
    view! {
        <g class="window-edges" aria-hidden="true">
            <rect class="window-edge" x=move || Tenths(x(window.get().start) - 2.0).to_string() y="18" width="4" height=height></rect>
            <rect class="window-edge" x=move || Tenths(x(window.get().end) - 2.0).to_string() y="18" width="4" height=height></rect>
        </g>
    }
}

/// The window's two handles, each a slider: a grip at the top over a wider, clear strip
/// that takes the pointer along the whole edge.
fn window_handles(
    layout: Memo<crate::layout::timeline::TimelineLayout>,
    window: Memo<DayRange>,
    scale: RwSignal<TimeScale>,
    extent: DayRange,
    start_drag: impl Fn(Drag, &web_sys::PointerEvent) + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    [
        (
            WindowPart::Start,
            "window-start",
            crate::tr!("timeline.window.start"),
        ),
        (
            WindowPart::End,
            "window-end",
            crate::tr!("timeline.window.end"),
        ),
    ]
    .map(|(kind, class, name)| {
        let value = move || {
            let w = window.get();
            if kind == WindowPart::Start {
                w.start
            } else {
                w.end
            }
        };
        let x = move || scale.with(|s| s.x_from_time(f64::from(value().0)));
        view! {
            <rect class="window-grip" aria-hidden="true" x=move || Tenths(x() - 5.0).to_string() y="18" width="10" height="12" rx="3"></rect>
            <rect
                class=super::joined("window-handle ", class)
                x=move || Tenths(x() - 6.0).to_string()
                y="18"
                width="12"
                height=move || Fixed(layout.with(|l| l.height) - 18.0, 0).to_string()
                rx="3"
                tabindex="0"
                role="slider"
                aria-label=name
                aria-valuemin=extent.start.0
                aria-valuemax=extent.end.0
                aria-valuenow=move || value().0
                aria-valuetext=move || value().iso()
                on:pointerdown=move |ev| start_drag(Drag::Window(kind), &ev)
                on:keydown=move |ev| nudge(state, window, kind, ev)
            ></rect>
        }
    })
}

/// Keyboard on the window: its edges and band move by a month (a year with Shift).
fn nudge(
    state: ExplorerState,
    window: Memo<DayRange>,
    part: WindowPart,
    ev: web_sys::KeyboardEvent,
) {
    let months = match ev.key().as_str() {
        "ArrowLeft" | "ArrowDown" => -1,
        "ArrowRight" | "ArrowUp" => 1,
        "PageDown" => -12,
        "PageUp" => 12,
        _ => return,
    } * if ev.shift_key() { 12 } else { 1 };
    ev.prevent_default();
    let extent = state.data.with_value(|d| d.index.extent);
    let base = window_to_move(
        state.window.get_untracked(),
        window.get_untracked(),
        part,
        extent,
    );
    state.set_window(Some(move_window_months(base, part, months)));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_width_is_written_as_it_is() {
        assert_eq!(
            super::WIDTH_TEXT,
            crate::layout::num::Trimmed(super::WIDTH, 3).to_string()
        );
    }
}
