//! The timeline's events: a keyed list of marks (each built once and moved by the layout) and,
//! on a large timeline, the overflow bins that count the marks too crowded to draw.

use leptos::prelude::*;

use crate::layout::encoding::{side_class, status_dash};
use crate::layout::lod::{bin_label, keep_order, OverflowBin, BIN_WIDTH};
use crate::layout::num::{Fixed, Tenths, Trimmed};
use crate::layout::timeline::{
    MarkPlacement, TimeScale, TimelineLayout, MARK_HEIGHT, OVERFLOW_HEIGHT,
};
use crate::model::Precision;
use crate::query::Focus;
use crate::state::explorer::ExplorerState;
use crate::state::fanout::{Fanout, Keyed};
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
                        .collect::<Keyed<usize, MarkPlace>>()
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
                            .collect::<Keyed<usize, MarkFlags>>()
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
    // What a mark shows of its event, taken once (not the whole event: its summary and
    // citations stay in the dataset).
    let (id, text, label, dash, fixed) = state.data.with_value(|d| {
        let event = &d.dataset.events[i];
        let fixed = match (
            event.date.approximate,
            matches!(event.date.precision, Precision::Year | Precision::Season),
        ) {
            (true, true) => " approximate imprecise",
            (true, false) => " approximate",
            (false, true) => " imprecise",
            (false, false) => "",
        };
        (
            event.id.clone(),
            mark_text(event),
            format!("{}: {} ({})", event.date, event.title, event.status.label()),
            status_dash(&event.status),
            fixed,
        )
    });
    let at = move || places.try_with_value(|f| f.get(&i)).flatten();
    let place = move || at().map(|l| l.place).unwrap_or_default();
    let flag = move |f: fn(&MarkFlags) -> bool| {
        flags
            .try_with_value(|flags| flags.get(&i))
            .flatten()
            .is_some_and(|l| f(&l))
    };
    let title = label.clone();
    let select_id = id.clone();
    // The mark's place is one transform on its group (a move is one write, and the browser
    // moves the bar and the label without laying the label's text out again); the bar's
    // width and the label's offset within the mark change only with the scale.
    view! {
        <g
            class=move || mark_class(at().map_or("side-neutral", |l| l.side), fixed, flags.try_with_value(|f| f.get(&i)).flatten())
            id=super::joined("mark-", &id)
            role="option"
            aria-label=label
            aria-selected=move || flag(|l| l.selected).to_string()
            data-event=id.clone()
            transform=move || mark_transform(&place())
            on:click=move |_| {
                active.set(Some(i));
                state.select(Some(Selection::Event(select_id.clone())));
            }
        >
            <rect class="mark-bar" width=move || Tenths(place().width).to_string() height=Trimmed(MARK_HEIGHT, 1).to_string() rx="3" stroke-dasharray=dash></rect>
            <text class="mark-label" x=move || Tenths(place().label_x - place().x).to_string() y="12">{text}</text>
            <title>{title}</title>
        </g>
    }
}

/// The transform that puts a mark's bar at its place (the bar's top left corner).
fn mark_transform(place: &MarkPlacement) -> String {
    format!("translate({} {})", Tenths(place.x), Tenths(place.y))
}

/// A mark's classes: its side's, those fixed by its date (`fixed`, each with a space before
/// it), and those of its flags (one binding, so that a change of flags is one write).
fn mark_class(side: &str, fixed: &str, flags: Option<MarkFlags>) -> String {
    let mut class = format!("mark {side}{fixed}");
    if let Some(f) = flags {
        for (on, name) in [
            (f.outside, " outside"),
            (!f.visible, " filtered-out"),
            (f.lit, " highlighted"),
            (f.selected, " selected"),
            (f.active, " active"),
        ] {
            if on {
                class.push_str(name);
            }
        }
    }
    class
}

/// Bins of marks too crowded to draw, as shaded counts at the foot of their lane; a click
/// zooms the timeline into the bin. Each is a named group of the events' listbox (its count,
/// its first event's date and what a click does), so that a screen reader's browse mode reads
/// and can click it; the keyboard walks the events themselves. A bin is keyed by its lane and
/// column, so a moved window that changes a count updates that bin's text instead of drawing
/// it anew.
#[component]
pub fn OverflowBins(
    bins: Memo<Vec<OverflowBin>>,
    layout: Memo<TimelineLayout>,
    scale: RwSignal<TimeScale>,
) -> impl IntoView {
    // Drawn in a kept order (bins do not overlap): a moved window removes and appends bins,
    // never moves the others.
    let keys = Memo::new(move |previous: Option<&Vec<(usize, i64)>>| {
        bins.with(|b| {
            // Sorted, as the bins come (by lane, then column).
            let next: Vec<_> = b.iter().map(bin_key).collect();
            keep_order(previous.map_or(&[][..], Vec::as_slice), &next)
        })
    });
    // Each bin's count and first event, by key; read before `keys`, which derives from it.
    let counts = StoredValue::new(Fanout::new(move || {
        bins.with(|b| {
            b.iter()
                .map(|bin| (bin_key(bin), (bin.count, bin.first)))
                .collect::<Keyed<_, _>>()
        })
    }));
    view! {
        <g class="overflow-bins">
            <For
                each=move || keys.get()
                key=|k| *k
                children=move |k| view! { <OverflowBinMark at=k counts=counts layout=layout scale=scale /> }
            />
        </g>
    }
}

/// A bin's key: its lane and column.
fn bin_key(bin: &OverflowBin) -> (usize, i64) {
    (bin.lane, (bin.x / BIN_WIDTH).round() as i64)
}

#[component]
fn OverflowBinMark(
    at: (usize, i64),
    counts: StoredValue<Fanout<(usize, i64), (usize, usize)>>,
    layout: Memo<TimelineLayout>,
    scale: RwSignal<TimeScale>,
) -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let (lane, column) = at;
    let x = column as f64 * BIN_WIDTH;
    let entry = move || {
        counts
            .try_with_value(|c| c.get(&at))
            .flatten()
            .unwrap_or((0, 0))
    };
    let count = move || entry().0;
    let y = move || {
        layout.with(|l| {
            l.lanes
                .get(lane)
                .map_or(0.0, |&(top, height)| top + height - OVERFLOW_HEIGHT - 1.0)
        })
    };
    let name = move || {
        let (count, first) = entry();
        let first = state.data.with_value(|d| {
            d.dataset
                .events
                .get(first)
                .map(|e| e.date.to_string())
                .unwrap_or_default()
        });
        crate::tr!("timeline.bin", count = count, first = first)
    };
    // The shade deepens with the count, light enough for the count to read on it.
    let opacity =
        move || Fixed((0.15 + (count().max(1) as f64).ln() / 10.0).min(0.55), 2).to_string();
    let centre = x + BIN_WIDTH / 2.0;
    view! {
        <g class="overflow-bin" role="group" aria-label=name data-count=count on:click=move |_| scale.update(|s| *s = s.zoom_at(centre, 4.0))>
            <rect x=Tenths(x).to_string() y=move || Tenths(y()).to_string() width=Trimmed(BIN_WIDTH - 2.0, 1).to_string() height=Trimmed(OVERFLOW_HEIGHT - 2.0, 1).to_string() rx="2" fill-opacity=opacity></rect>
            <text x=Tenths(centre).to_string() y=move || Tenths(y() + 9.5).to_string()>{move || bin_label(count())}</text>
            <title>{name}</title>
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_is_put_at_its_bar_s_corner_in_tenths() {
        let place = MarkPlacement {
            x: 12.34,
            y: 40.0,
            width: 8.0,
            ..MarkPlacement::default()
        };
        assert_eq!(mark_transform(&place), "translate(12.3 40.0)");
        let left = MarkPlacement {
            x: -3.06,
            y: 7.25,
            ..MarkPlacement::default()
        };
        assert_eq!(mark_transform(&left), "translate(-3.1 7.3)");
    }

    #[test]
    fn a_mark_s_classes_are_its_side_s_its_date_s_and_its_flags() {
        let flags = MarkFlags {
            outside: true,
            visible: false,
            lit: true,
            selected: false,
            active: true,
        };
        assert_eq!(
            mark_class("side-negative", " approximate", Some(flags)),
            "mark side-negative approximate outside filtered-out highlighted active"
        );
        let plain = MarkFlags {
            outside: false,
            visible: true,
            lit: false,
            selected: true,
            active: false,
        };
        assert_eq!(
            mark_class("side-neutral", "", Some(plain)),
            "mark side-neutral selected"
        );
        assert_eq!(
            mark_class("side-positive", " imprecise", None),
            "mark side-positive imprecise"
        );
    }
}
