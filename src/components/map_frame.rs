//! The frame the alignment map and the world map share: a title with zoom buttons, a note,
//! and a focusable listbox around an SVG drawing that the wheel, a drag and a pinch zoom and
//! pan. One frame for both keeps its code in the app once.

use leptos::prelude::*;

use crate::components::alignment_map::viewbox_point;
use crate::components::zoom::{gesture_handlers, Live};
use crate::layout::encoding::{stance_class, stance_end};
use crate::layout::num::{Fixed, Trimmed};
use crate::model::Stance;
use crate::state::explorer::ExplorerState;

/// The drawing in its frame; `children` are drawn inside the zoomed and panned layer.
#[component]
pub fn MapFrame(
    /// The drawing's title, an `h2` with the id `title_id`.
    title: &'static str,
    title_id: &'static str,
    /// The name of the zoom buttons' group.
    zoom_label: &'static str,
    live: Live,
    svg_ref: NodeRef<leptos::svg::Svg>,
    /// The size of the drawing's world (its viewBox).
    size: Signal<(f64, f64)>,
    svg_class: &'static str,
    /// The class of the focusable frame around the drawing.
    frame_class: &'static str,
    /// The frame's name for screen readers.
    label: String,
    /// The element id of the item under keyboard focus.
    active: Signal<Option<String>>,
    /// A note above the drawing, when there is one.
    note: Signal<Option<String>>,
    /// The axis's ends and middle in words, repeated above the frame where the drawing's own
    /// would be too small to read (a phone).
    #[prop(optional)]
    poles: Option<[String; 3]>,
    on_key: UnsyncCallback<web_sys::KeyboardEvent>,
    /// Elements a press on which is theirs, not the start of a drag.
    marks: &'static str,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let to_viewbox = move |x: f64, y: f64| viewbox_point(svg_ref, (x, y), size.get_untracked());
    let center = move || {
        let (width, height) = size.get_untracked();
        (width / 2.0, height / 2.0)
    };
    let gestures = gesture_handlers(live, svg_ref, to_viewbox, marks);
    view! {
        <div class="panel-bar">
            <h2 id=title_id>{title}</h2>
            <div class="toolbar" role="group" aria-label=zoom_label>
                <button type="button" class="zoom-in" on:click=move |_| live.zoom_by(center(), 1.25) aria-label=crate::tr!("zoom.in") title=crate::tr!("zoom.in.title")>"+"</button>
                <button type="button" class="zoom-out" on:click=move |_| live.zoom_by(center(), 0.8) aria-label=crate::tr!("zoom.out") title=crate::tr!("zoom.out.title")>"−"</button>
                <button type="button" class="zoom-fit" on:click=move |_| live.fit() aria-label=crate::tr!("zoom.fit.label") title=crate::tr!("zoom.fit.title")>{crate::tr!("zoom.fit")}</button>
            </div>
        </div>
        <p class="map-lod-note" role="status" hidden=move || note.with(Option::is_none)>{move || note.get()}</p>
        {poles.map(|[negative, middle, positive]| view! {
            <p class="map-poles" aria-hidden="true"><span>{negative}</span><span>{middle}</span><span>{positive}</span></p>
        })}
        <div
            class=frame_class
            tabindex="0"
            role="listbox"
            aria-label=label
            aria-activedescendant=move || active.get()
            on:keydown=move |ev| on_key.run(ev)
            on:blur=move |_| state.hovered.set(None)
        >
            // No role of its own, nor its layer: the marks inside are the options of the
            // listbox around them (an SVG root or group between made the browser expose each
            // option as a group).
            <svg
                node_ref=svg_ref
                role="none"
                class=svg_class
                class:moving=move || live.moving()
                viewBox=move || {
                    let (width, height) = size.get();
                    format!("0 0 {} {}", Trimmed(width, 1), Fixed(height, 0))
                }
                preserveAspectRatio="xMidYMid meet"
                on:wheel=gestures.wheel
                on:pointerdown=gestures.down
                on:pointermove=gestures.moved
                on:pointerup=gestures.up
                on:pointercancel=gestures.up
            >
                <g class="viewport" role="none" transform=move || live.shown().svg() data-scale=move || Fixed(live.shown().scale, 3).to_string()
                    style:--zoom=move || Fixed(live.shown().scale, 4).to_string()>
                    {children()}
                </g>
            </svg>
        </div>
    }
}

/// The arrow end of each stance as a `<marker>` with the id `{prefix}-{stance class}`, and a
/// faded one for dimmed lines, `{prefix}-{stance class}-dim`; `tip` is where on the path's end
/// the marker's tip sits (9 at the end, more to set it back), and `size` its size in `units`.
pub fn stance_markers(
    prefix: &'static str,
    tip: &'static str,
    size: Signal<String>,
    units: &'static str,
) -> impl IntoView {
    Stance::ALL
        .iter()
        .flat_map(|stance| ["", "-dim"].map(|dim| (stance, dim)))
        .map(|(stance, dim)| {
            let (class, (end, _)) = (stance_class(stance), stance_end(stance));
            view! {
                <marker id=format!("{prefix}-{class}{dim}") class=class viewBox="0 0 10 10" refX=tip refY="5" markerUnits=units markerWidth=size markerHeight=size orient="auto-start-reverse">
                    <path d=end class="arrow-head"></path>
                </marker>
            }
        })
        .collect_view()
}
