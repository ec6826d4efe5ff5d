//! Geometry of the timeline: the time↔x scale with pan and zoom, ticks that adapt to the zoom
//! (years, months, days) and stacking of marks into rows so that none overlap.

use crate::model::date::month_short;
use crate::model::{Day, DayRange};

/// The shortest and longest stretch of time the timeline can show, in days.
pub const MIN_SPAN_DAYS: f64 = 10.0;
pub const MAX_SPAN_DAYS: f64 = 365.25 * 120.0;

/// Maps days `[start, end]` onto `[0, width]` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub start: f64,
    pub end: f64,
    pub width: f64,
}

impl TimeScale {
    pub fn new(range: DayRange, width: f64) -> TimeScale {
        TimeScale {
            start: f64::from(range.start.0),
            end: f64::from(range.end.0).max(f64::from(range.start.0) + 1.0),
            width: width.max(1.0),
        }
    }

    pub fn span(self) -> f64 {
        self.end - self.start
    }

    /// Pixels per day.
    pub fn density(self) -> f64 {
        self.width / self.span()
    }

    pub fn x_from_time(self, day: f64) -> f64 {
        (day - self.start) * self.density()
    }

    pub fn time_from_x(self, x: f64) -> f64 {
        self.start + x / self.density()
    }

    /// Moved by `dx` pixels (content follows the pointer: dragging right shows earlier time).
    pub fn pan(self, dx: f64) -> TimeScale {
        let shift = dx / self.density();
        TimeScale {
            start: self.start - shift,
            end: self.end - shift,
            ..self
        }
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping the time under `x` in place, within the
    /// allowed spans.
    pub fn zoom_at(self, x: f64, factor: f64) -> TimeScale {
        let anchor = self.time_from_x(x);
        let span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let start = anchor - x / self.width * span;
        TimeScale {
            start,
            end: start + span,
            ..self
        }
    }

    /// The days shown, rounded outwards.
    pub fn range(self) -> DayRange {
        DayRange {
            start: Day(self.start.floor() as i32),
            end: Day(self.end.ceil() as i32),
        }
    }
}

/// A tick on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: Day,
    pub x: f64,
    pub label: String,
}

/// The unit ticks are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Years(i32),
    Months(i32),
    Days(i32),
}

/// Minimum distance between ticks, in pixels.
pub const MIN_TICK_SPACING: f64 = 64.0;

/// The finest unit whose ticks stay at least [`MIN_TICK_SPACING`] apart.
pub fn tick_unit(scale: TimeScale) -> TickUnit {
    let per_day = scale.density();
    let fits = |days: f64| days * per_day >= MIN_TICK_SPACING;
    for days in [1, 2, 7, 14] {
        if fits(f64::from(days)) {
            return TickUnit::Days(days);
        }
    }
    for months in [1, 3, 6] {
        if fits(30.44 * f64::from(months)) {
            return TickUnit::Months(months);
        }
    }
    for years in [1, 2, 5, 10, 20, 50] {
        if fits(365.25 * f64::from(years)) {
            return TickUnit::Years(years);
        }
    }
    TickUnit::Years(100)
}

/// Ticks over the visible range.
pub fn ticks(scale: TimeScale) -> Vec<Tick> {
    let range = scale.range();
    let (first_year, first_month, _) = range.start.civil();
    let mut out = Vec::new();
    let mut push = |day: Day, label: String| {
        let x = scale.x_from_time(f64::from(day.0));
        if (0.0..=scale.width).contains(&x) {
            out.push(Tick { day, x, label });
        }
    };
    match tick_unit(scale) {
        TickUnit::Years(step) => {
            let mut year = first_year.div_euclid(step) * step;
            while let Some(day) = Day::from_civil(year, 1, 1) {
                if day > range.end {
                    break;
                }
                push(day, crate::tr!("tick.year", year = year));
                year += step;
            }
        }
        TickUnit::Months(step) => {
            let start = Day::from_civil(first_year, 1, 1).unwrap_or(range.start);
            let mut index = (first_month as i32 - 1) / step * step;
            loop {
                let day = start.add_months(index);
                if day > range.end {
                    break;
                }
                let (y, m, _) = day.civil();
                let label = if m == 1 {
                    crate::tr!("tick.year", year = y)
                } else {
                    crate::tr!("tick.month", month = month_short(m), m = m, year = y)
                };
                push(day, label);
                index += step;
            }
        }
        TickUnit::Days(step) => {
            let mut day = Day(range.start.0 - range.start.0.rem_euclid(step));
            while day <= range.end {
                let (y, m, d) = day.civil();
                push(
                    day,
                    crate::tr!("tick.day", day = d, month = month_short(m), m = m, year = y),
                );
                day = Day(day.0 + step);
            }
        }
    }
    out
}

/// Rows for marks occupying `[left, right]` pixel intervals so that no two in one row
/// overlap (with `gap` between them). Marks are placed in order of their left end (ties by
/// index), each in the first row where it fits.
pub fn stack_rows(intervals: &[(f64, f64)], gap: f64) -> Vec<usize> {
    stack_rows_capped(intervals, gap, usize::MAX)
}

/// [`stack_rows`] within `max_rows` rows: a mark that fits in none of them gets row
/// `max_rows` (it overflows) and takes no row's room. The first `max_rows` rows come out as
/// [`stack_rows`] makes them, since a mark placed further down never changes them; the work
/// is bounded by `max_rows` per mark, where [`stack_rows`] scans every row it has made (some
/// hundreds for ten thousand crowded events).
pub fn stack_rows_capped(intervals: &[(f64, f64)], gap: f64, max_rows: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    crate::sort::positions(&mut order, &|a, b| {
        intervals[a].0.total_cmp(&intervals[b].0).then(a.cmp(&b))
    });
    let mut row_ends: Vec<f64> = Vec::new();
    let mut rows = vec![0; intervals.len()];
    for i in order {
        let (left, right) = intervals[i];
        rows[i] = match row_ends.iter().position(|&end| end + gap <= left) {
            Some(row) => {
                row_ends[row] = right;
                row
            }
            None if row_ends.len() < max_rows => {
                row_ends.push(right);
                row_ends.len() - 1
            }
            None => max_rows,
        };
    }
    rows
}

/// The range the timeline opens on: the whole extent, unless most events crowd into a
/// stretch under half of it, in which case that stretch (from the 10th percentile of starts)
/// padded by a month each side.
pub fn default_domain(ranges: &[DayRange]) -> DayRange {
    let Some(full) = ranges.iter().copied().reduce(|a, b| DayRange {
        start: a.start.min(b.start),
        end: a.end.max(b.end),
    }) else {
        return DayRange {
            start: Day(0),
            end: Day(365),
        };
    };
    let mut starts: Vec<Day> = ranges.iter().map(|r| r.start).collect();
    crate::sort::by(&mut starts, Day::cmp);
    let crowded_start = starts[starts.len() / 10];
    let crowded = DayRange {
        start: Day(crowded_start.0 - 31),
        end: Day(full.end.0 + 31),
    };
    if (crowded.end.0 - crowded.start.0) * 2 < full.end.0 - full.start.0 {
        crowded
    } else {
        DayRange {
            start: Day(full.start.0 - 31),
            end: Day(full.end.0 + 31),
        }
    }
}

/// Height of one row of marks, and of a mark.
pub const MARK_ROW_HEIGHT: f64 = 24.0;
pub const MARK_HEIGHT: f64 = 16.0;
/// Shortest drawn mark, so a day-precise event stays visible and clickable.
pub const MIN_MARK_WIDTH: f64 = 8.0;
/// Space above the first lane, for the axis.
pub const AXIS_HEIGHT: f64 = 28.0;
/// Space at the top of each lane for its name, above its first row of marks.
pub const LANE_NAME_HEIGHT: f64 = 16.0;
/// Approximate width of a character of a mark's 11px label.
const LABEL_CHAR_WIDTH: f64 = 6.0;

/// One event to place: its days, its lane and the length of its label.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkInput {
    pub range: DayRange,
    pub lane: usize,
    pub label_chars: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MarkPlacement {
    /// Left end and width of the bar: the days the date covers.
    pub x: f64,
    pub width: f64,
    pub y: f64,
    pub row: usize,
    /// Right end of the bar and its label together.
    pub right: f64,
    /// Where the label starts: inside the bar's left end, or further left where that keeps
    /// it within the drawing's width (a mark near the right edge).
    pub label_x: f64,
    /// Whether the mark found no free row within its lane's limit; it then sits in the lane's
    /// overflow strip, counted rather than drawn (see `lod::marks_to_draw`).
    pub overflow: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub marks: Vec<MarkPlacement>,
    /// Top and height of each lane.
    pub lanes: Vec<(f64, f64)>,
    pub height: f64,
}

/// Height of a lane's overflow strip, below its rows.
pub const OVERFLOW_HEIGHT: f64 = 14.0;
/// Rows a lane may use on a large timeline before further marks overflow.
pub const MAX_LANE_ROWS: usize = 8;

/// Places every mark: x from its dates, stacked into rows within its lane so that no two
/// bars or labels overlap.
pub fn timeline_layout(scale: TimeScale, marks: &[MarkInput], lane_count: usize) -> TimelineLayout {
    timeline_layout_capped(scale, marks, lane_count, usize::MAX)
}

/// [`timeline_layout`] with at most `max_rows` rows a lane: a mark that would need another
/// row is flagged `overflow` and placed in the lane's overflow strip, so a crowded lane
/// stays a few rows tall. Marks are stacked in time order, so the earliest ones get rows.
pub fn timeline_layout_capped(
    scale: TimeScale,
    marks: &[MarkInput],
    lane_count: usize,
    max_rows: usize,
) -> TimelineLayout {
    let mut placed = vec![
        MarkPlacement {
            x: 0.0,
            width: 0.0,
            y: 0.0,
            row: 0,
            right: 0.0,
            label_x: 0.0,
            overflow: false,
        };
        marks.len()
    ];
    let mut lanes = Vec::with_capacity(lane_count);
    let mut top = AXIS_HEIGHT;
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); lane_count];
    for (i, m) in marks.iter().enumerate() {
        if let Some(members) = members_of.get_mut(m.lane) {
            members.push(i);
        }
    }
    for members in members_of {
        // Each mark's extent with its label, and where its label starts.
        let extents: Vec<((f64, f64), f64)> = members
            .iter()
            .map(|&i| {
                let m = &marks[i];
                let x0 = scale.x_from_time(f64::from(m.range.start.0));
                let x1 = scale.x_from_time(f64::from(m.range.end.0));
                let width = (x1 - x0).max(MIN_MARK_WIDTH);
                let text = m.label_chars as f64 * LABEL_CHAR_WIDTH;
                let label_x = label_start(x0, text, scale.width);
                let left = x0.min(label_x - 4.0);
                ((left, (x0 + width).max(label_x + text + 4.0)), label_x)
            })
            .collect();
        let intervals: Vec<(f64, f64)> = extents.iter().map(|&(span, _)| span).collect();
        let rows = stack_rows_capped(&intervals, 4.0, max_rows.max(1));
        let row_count = rows.iter().max().map_or(1, |r| r + 1).min(max_rows.max(1));
        let overflows = rows.iter().any(|&r| r >= row_count);
        let first_row = top + LANE_NAME_HEIGHT + 4.0;
        let strip = first_row + 2.0 + row_count as f64 * MARK_ROW_HEIGHT;
        for ((&i, &row), &((_, right), label_x)) in members.iter().zip(&rows).zip(&extents) {
            let m = &marks[i];
            let x0 = scale.x_from_time(f64::from(m.range.start.0));
            let width = (scale.x_from_time(f64::from(m.range.end.0)) - x0).max(MIN_MARK_WIDTH);
            let overflow = row >= row_count;
            placed[i] = MarkPlacement {
                x: x0,
                width,
                y: if overflow {
                    strip
                } else {
                    first_row + row as f64 * MARK_ROW_HEIGHT
                },
                row,
                right,
                label_x,
                overflow,
            };
        }
        let height = LANE_NAME_HEIGHT
            + 8.0
            + row_count as f64 * MARK_ROW_HEIGHT
            + if overflows { OVERFLOW_HEIGHT } else { 0.0 };
        lanes.push((top, height));
        top += height;
    }
    TimelineLayout {
        marks: placed,
        lanes,
        height: top + 4.0,
    }
}

/// Where the label of a bar from `x` starts, for a label `text` wide in a drawing
/// `drawing` wide: inside the bar's left end, moved left as far as needed (not past the
/// drawing's left edge) to end within the drawing, when the bar starts within it.
pub fn label_start(x: f64, text: f64, drawing: f64) -> f64 {
    let inside = x + 4.0;
    if x >= drawing || inside + text <= drawing - 2.0 {
        return inside;
    }
    (drawing - 2.0 - text).max(2.0).min(inside)
}

/// Which part of the time window a gesture or key moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowPart {
    Start,
    End,
    /// The whole band: start and end together.
    Band,
}

/// The window a move of `part` starts from. A chosen window is itself. With none chosen (all
/// time), the handles are drawn at the ends of what is shown (`drawn`); the part moved starts
/// where its handle is drawn and the other end stays at the end of the data's `extent`, so
/// nudging the start does not also pull the end in to the edge of the screen.
pub fn window_to_move(
    chosen: Option<DayRange>,
    drawn: DayRange,
    part: WindowPart,
    extent: DayRange,
) -> DayRange {
    match (chosen, part) {
        (Some(window), _) => window,
        (None, WindowPart::Start) => DayRange {
            start: drawn.start,
            end: extent.end.max(Day(drawn.start.0 + 1)),
        },
        (None, WindowPart::End) => DayRange {
            start: extent.start.min(Day(drawn.end.0 - 1)),
            end: drawn.end,
        },
        (None, WindowPart::Band) => drawn,
    }
}

/// The window with one part moved by `days`; a window never shrinks below one day.
pub fn move_window_days(window: DayRange, part: WindowPart, days: i32) -> DayRange {
    match part {
        WindowPart::Start => DayRange {
            start: Day((window.start.0 + days).min(window.end.0 - 1)),
            end: window.end,
        },
        WindowPart::End => DayRange {
            start: window.start,
            end: Day((window.end.0 + days).max(window.start.0 + 1)),
        },
        WindowPart::Band => DayRange {
            start: Day(window.start.0 + days),
            end: Day(window.end.0 + days),
        },
    }
}

/// The window with one part moved by whole months (to the first of the month reached); the
/// band keeps its length.
pub fn move_window_months(window: DayRange, part: WindowPart, months: i32) -> DayRange {
    let shift = |d: Day| d.add_months(months);
    match part {
        WindowPart::Start => DayRange {
            start: shift(window.start).min(Day(window.end.0 - 1)),
            end: window.end,
        },
        WindowPart::End => DayRange {
            start: window.start,
            end: shift(window.end).max(Day(window.start.0 + 1)),
        },
        WindowPart::Band => {
            let start = shift(window.start);
            DayRange {
                start,
                end: Day(start.0 + (window.end.0 - window.start.0)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(days: i32, width: f64) -> TimeScale {
        let start = Day::parse_iso("2022-01-01").unwrap();
        TimeScale::new(
            DayRange {
                start,
                end: Day(start.0 + days),
            },
            width,
        )
    }

    #[test]
    fn labels_near_the_right_edge_move_left_to_stay_in_the_drawing() {
        assert_eq!(label_start(100.0, 120.0, 1000.0), 104.0);
        assert_eq!(label_start(950.0, 120.0, 1000.0), 878.0);
        // Off the drawing: left where it is.
        assert_eq!(label_start(1200.0, 120.0, 1000.0), 1204.0);
        // Wider than the drawing: from its left edge.
        assert_eq!(label_start(500.0, 1500.0, 1000.0), 2.0);
        // Laid out: a mark at the right edge keeps its label within the width, and the row
        // stacking counts the label where it is drawn.
        let scale = TimeScale::new(
            DayRange {
                start: Day(0),
                end: Day(1000),
            },
            1000.0,
        );
        let marks = [
            MarkInput {
                range: DayRange {
                    start: Day(980),
                    end: Day(990),
                },
                lane: 0,
                label_chars: 20,
            },
            MarkInput {
                range: DayRange {
                    start: Day(870),
                    end: Day(880),
                },
                lane: 0,
                label_chars: 2,
            },
        ];
        let layout = timeline_layout(scale, &marks, 1);
        let end = &layout.marks[0];
        assert!(end.label_x + 20.0 * LABEL_CHAR_WIDTH <= 1000.0);
        assert!(end.label_x < end.x);
        assert_ne!(
            end.row, layout.marks[1].row,
            "the moved label would cover the other mark"
        );
    }

    #[test]
    fn x_and_time_round_trip() {
        let s = scale(800, 1234.0);
        for day in [s.start, s.start + 17.5, s.end, s.start - 90.0] {
            assert!((s.time_from_x(s.x_from_time(day)) - day).abs() < 1e-9);
        }
        assert_eq!(s.x_from_time(s.end), 1234.0);
    }

    #[test]
    fn pan_and_zoom_keep_their_anchor() {
        let s = scale(800, 1000.0);
        let time_at_300 = s.time_from_x(300.0);
        let zoomed = s.zoom_at(300.0, 4.0);
        assert!((zoomed.time_from_x(300.0) - time_at_300).abs() < 1e-9);
        assert!((zoomed.span() - 200.0).abs() < 1e-9);
        assert!(s.zoom_at(0.0, 1e6).span() >= MIN_SPAN_DAYS);
        let panned = s.pan(100.0);
        assert!((panned.x_from_time(s.time_from_x(0.0)) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn ticks_adapt_to_every_zoom_level() {
        for (days, unit) in [
            (365 * 60, TickUnit::Years(5)),
            (365 * 3, TickUnit::Months(3)),
            (365, TickUnit::Months(1)),
            (60, TickUnit::Days(7)),
            (12, TickUnit::Days(1)),
        ] {
            let s = scale(days, 1000.0);
            assert_eq!(tick_unit(s), unit, "{days} days");
            let t = ticks(s);
            assert!(t.len() >= 2, "{days} days gave {t:?}");
            for pair in t.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= MIN_TICK_SPACING - 6.0,
                    "{days}: {pair:?}"
                );
            }
        }
        let years = ticks(scale(365 * 60, 1000.0));
        assert!(years.iter().all(|t| t.label.len() == 4));
    }

    #[test]
    fn stacked_marks_never_overlap() {
        let intervals: Vec<(f64, f64)> = (0..10_000)
            .map(|i| {
                let left = ((i * 7919) % 5000) as f64;
                (left, left + 10.0 + (i % 40) as f64)
            })
            .collect();
        let rows = stack_rows(&intervals, 2.0);
        let mut by_row: std::collections::BTreeMap<usize, Vec<(f64, f64)>> = Default::default();
        for (i, row) in rows.iter().enumerate() {
            by_row.entry(*row).or_default().push(intervals[i]);
        }
        for marks in by_row.values_mut() {
            marks.sort_by(|a, b| a.0.total_cmp(&b.0));
            for pair in marks.windows(2) {
                assert!(pair[0].1 + 2.0 <= pair[1].0);
            }
        }
    }

    #[test]
    fn marks_in_a_lane_never_overlap_and_cover_their_dates() {
        let s = scale(900, 1000.0);
        let marks: Vec<MarkInput> = (0..400)
            .map(|i| {
                let start = Day(s.start as i32 + (i * 37) % 800);
                MarkInput {
                    range: DayRange {
                        start,
                        end: Day(start.0 + 1 + i % 60),
                    },
                    lane: i as usize % 3,
                    label_chars: 10 + i as usize % 25,
                }
            })
            .collect();
        let layout = timeline_layout(s, &marks, 3);
        assert_eq!(layout.lanes.len(), 3);
        for (i, a) in layout.marks.iter().enumerate() {
            let width = s.x_from_time(f64::from(marks[i].range.end.0)) - a.x;
            assert!((a.width - width.max(MIN_MARK_WIDTH)).abs() < 1e-9);
            let (top, height) = layout.lanes[marks[i].lane];
            // Below the lane's name, within the lane.
            assert!(a.y >= top + LANE_NAME_HEIGHT && a.y + MARK_HEIGHT <= top + height);
            for (j, b) in layout.marks.iter().enumerate().skip(i + 1) {
                if marks[i].lane == marks[j].lane && a.row == b.row {
                    assert!(
                        a.right + 4.0 <= b.x || b.right + 4.0 <= a.x,
                        "{i} and {j} overlap"
                    );
                }
            }
        }
    }

    #[test]
    fn a_capped_layout_keeps_lanes_short_and_flags_the_rest() {
        let scale = TimeScale::new(
            DayRange {
                start: Day(0),
                end: Day(365),
            },
            1000.0,
        );
        let marks: Vec<MarkInput> = (0..10_000)
            .map(|i| MarkInput {
                range: DayRange {
                    start: Day(i % 365),
                    end: Day(i % 365 + 1),
                },
                lane: i as usize % 3,
                label_chars: 20,
            })
            .collect();
        let capped = timeline_layout_capped(scale, &marks, 3, MAX_LANE_ROWS);
        let full = timeline_layout(scale, &marks, 3);
        assert!(capped.height < 3.0 * (12.0 + 9.0 * MARK_ROW_HEIGHT + OVERFLOW_HEIGHT));
        assert!(full.height > capped.height * 10.0);
        assert!(full.marks.iter().all(|m| !m.overflow));
        let placed: Vec<&MarkPlacement> = capped.marks.iter().filter(|m| !m.overflow).collect();
        assert!(placed.iter().all(|m| m.row < MAX_LANE_ROWS));
        assert!(capped.marks.iter().filter(|m| m.overflow).count() > 9_000);
        // Placed marks keep the same place as in the full layout.
        for (c, f) in capped.marks.iter().zip(&full.marks) {
            if !c.overflow {
                assert_eq!((c.x, c.row), (f.x, f.row));
            }
        }
    }

    #[test]
    fn capped_rows_are_the_first_rows_of_the_full_stacking() {
        // Crowded, overlapping intervals of varied widths, in no order.
        let intervals: Vec<(f64, f64)> = (0..2_000u32)
            .map(|i| {
                let left = f64::from((i * 7_919) % 1_000);
                (left, left + f64::from(20 + (i * 31) % 200))
            })
            .collect();
        let full = stack_rows(&intervals, 4.0);
        assert!(full.iter().max().unwrap() > &50);
        for cap in [1, 8, 40] {
            let capped = stack_rows_capped(&intervals, 4.0, cap);
            for (c, f) in capped.iter().zip(&full) {
                if *f < cap {
                    assert_eq!(c, f);
                } else {
                    assert_eq!(*c, cap);
                }
            }
        }
        assert_eq!(stack_rows_capped(&intervals, 4.0, usize::MAX), full);
    }

    #[test]
    fn moving_one_handle_from_all_time_keeps_the_other_at_the_data_s_end() {
        let day = |s: &str| Day::parse_iso(s).unwrap();
        let extent = DayRange {
            start: day("1967-01-01"),
            end: day("2024-02-01"),
        };
        // Panned to the 1967 event: the handles are drawn at the edges of what is shown.
        let drawn = DayRange {
            start: day("1967-01-01"),
            end: day("1968-07-03"),
        };
        let base = window_to_move(None, drawn, WindowPart::Start, extent);
        let moved = move_window_months(base, WindowPart::Start, 1);
        assert_eq!(
            (moved.start.iso(), moved.end.iso()),
            ("1967-02-01".to_string(), "2024-02-01".to_string())
        );
        let base = window_to_move(None, drawn, WindowPart::End, extent);
        assert_eq!((base.start, base.end), (extent.start, drawn.end));
        assert_eq!(window_to_move(None, drawn, WindowPart::Band, extent), drawn);
        let chosen = DayRange {
            start: day("2022-01-01"),
            end: day("2022-07-01"),
        };
        assert_eq!(
            window_to_move(Some(chosen), drawn, WindowPart::Start, extent),
            chosen
        );
    }

    #[test]
    fn window_parts_move_without_inverting() {
        let day = |s: &str| Day::parse_iso(s).unwrap();
        let w = DayRange {
            start: day("2022-03-01"),
            end: day("2022-09-01"),
        };
        let start = move_window_months(w, WindowPart::Start, 1);
        assert_eq!(
            (start.start.iso(), start.end),
            ("2022-04-01".to_string(), w.end)
        );
        let end = move_window_months(w, WindowPart::End, -12);
        assert_eq!(
            end.end.0,
            w.start.0 + 1,
            "the end stops a day after the start"
        );
        let band = move_window_months(w, WindowPart::Band, 12);
        assert_eq!(
            (band.start.iso(), band.end.0 - band.start.0),
            ("2023-03-01".to_string(), w.end.0 - w.start.0)
        );
        let dragged = move_window_days(w, WindowPart::Start, 10_000);
        assert_eq!(dragged.start.0, w.end.0 - 1);
        assert_eq!(
            move_window_days(w, WindowPart::Band, -5).start.0,
            w.start.0 - 5
        );
    }

    #[test]
    fn default_domain_focuses_on_the_crowd() {
        let day = |s: &str| Day::parse_iso(s).unwrap();
        let mut ranges = vec![DayRange {
            start: day("1967-01-01"),
            end: day("1968-01-01"),
        }];
        for m in 1..=20 {
            let start = day("2022-01-01").add_months(m);
            ranges.push(DayRange {
                start,
                end: start.add_months(1),
            });
        }
        let domain = default_domain(&ranges);
        assert!(domain.start > day("2021-01-01"));
        assert!(domain.end > day("2023-09-01"));
        let spread = [ranges[0], ranges[5]];
        assert!(default_domain(&spread).start < day("1967-01-01"));
    }
}
