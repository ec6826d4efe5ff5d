//! The timeline's controls: play and its speed, "All time", lanes by side or by article, and
//! zoom. Play steps the time window forward a month at a time until the data ends.

use leptos::prelude::*;

use crate::components::timeline_view::WIDTH;
use crate::layout::timeline::TimeScale;
use crate::model::{Day, DayRange};
use crate::state::explorer::ExplorerState;
use crate::state::Lanes;

/// `home` is the stretch the timeline opens on (play starts there); `extent` covers all events.
#[component]
pub fn TimelineToolbar(
    scale: RwSignal<TimeScale>,
    home: DayRange,
    extent: DayRange,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let lanes_mode = state.lanes;
    let zoom_by = move |factor: f64| scale.update(|s| *s = s.zoom_at(WIDTH / 2.0, factor));
    let set_lanes = move |lanes: Lanes| state.change(|v| v.set_lanes(lanes));

    // Play: step the window forward a month at a time.
    let speed = RwSignal::new(800u64);
    Effect::new(move |_| {
        if !state.playing.get() {
            return;
        }
        let step = move || {
            let mut going = true;
            state.change(|v| going = v.step_play(home, extent));
            if !going {
                state.playing.try_set(false);
            }
        };
        state.change(|v| v.start_play(home));
        if let Ok(handle) =
            set_interval_with_handle(step, std::time::Duration::from_millis(speed.get()))
        {
            on_cleanup(move || handle.clear());
        }
    });

    view! {
                <div class="toolbar" role="group" aria-label=crate::tr!("timeline.controls")>
            <button type="button" class="play" aria-pressed=move || state.playing.get().to_string()
                on:click=move |_| state.playing.update(|p| *p = !*p)>
                {move || if state.playing.get() { crate::tr!("timeline.pause") } else { crate::tr!("timeline.play") }}
            </button>
            <label class="speed">{format!("{} ", crate::tr!("timeline.speed"))}
                <select on:change=move |ev| speed.set(event_target_value(&ev).parse().unwrap_or(800))>
                    <option value="1500">{crate::tr!("timeline.speed.slow")}</option>
                    <option value="800" selected>{crate::tr!("timeline.speed.normal")}</option>
                    <option value="300">{crate::tr!("timeline.speed.fast")}</option>
                </select>
            </label>
            <button type="button" class="window-clear" on:click=move |_| { state.playing.set(false); state.set_window(None); }
                disabled=move || state.window.with(Option::is_none)>{crate::tr!("timeline.all-time")}</button>
            <span class="divider" aria-hidden="true"></span>
            <button type="button" aria-pressed=move || (lanes_mode.get() == Lanes::Side).to_string() on:click=move |_| set_lanes(Lanes::Side)>{crate::tr!("timeline.lanes.side")}</button>
            <button type="button" class="lanes-source" aria-pressed=move || (lanes_mode.get() == Lanes::Source).to_string() on:click=move |_| set_lanes(Lanes::Source)>{crate::tr!("timeline.lanes.source")}</button>
            <span class="divider" aria-hidden="true"></span>
            <button type="button" class="time-zoom-in" aria-label=crate::tr!("timeline.zoom-in") on:click=move |_| zoom_by(1.5)>"+"</button>
            <button type="button" class="time-zoom-out" aria-label=crate::tr!("timeline.zoom-out") on:click=move |_| zoom_by(1.0 / 1.5)>"−"</button>
            <button type="button" class="time-fit" aria-label=crate::tr!("timeline.fit.label") on:click=move |_| scale.set(TimeScale::new(DayRange { start: Day(extent.start.0 - 60), end: Day(extent.end.0 + 60) }, WIDTH))>{crate::tr!("timeline.fit")}</button>
        </div>
    }
}
