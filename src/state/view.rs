//! Every change a reader can make to the view, as named methods on [`ViewState`]. Handlers in
//! the components call these (through `ExplorerState::change`); each is pure and tested here.

use crate::layout::ViewTransform;
use crate::model::{ActorKind, DayRange, RelationType, Status};
use crate::query::filters::{toggle, Filters};
use crate::state::url::{Lanes, MainView, Panel, Selection, ViewState};

/// How many months Play moves the window each step, and how long its first window is.
pub const PLAY_STEP_MONTHS: i32 = 1;
pub const PLAY_WINDOW_MONTHS: i32 = 6;

/// Moves of the window closer together than this many milliseconds (a held arrow key, a
/// dragged window) are drawn at once: the map glides only to a move that comes on its own or
/// at Play's pace (300 ms at its fastest), and goes back to gliding once the window has rested
/// this long.
pub const RAPID_MOVE_MS: f64 = 250.0;

/// Whether a move of the window at `now` follows the one at `last` (milliseconds, one clock)
/// closely enough to be drawn at once, without motion.
pub fn follows_closely(last: Option<f64>, now: f64) -> bool {
    last.is_some_and(|then| now >= then && now - then < RAPID_MOVE_MS)
}

/// How often a view that may lag behind a quick run of changes is drawn at most: the
/// timeline's marks and what a screen reader hears of the nodes' scores, while the window
/// moves as a held key moves it (about ten times a second).
pub const LAGGING_VIEW_MS: f64 = 100.0;

/// How long a change that comes at `now` waits before a view drawn at most every `every`
/// milliseconds shows it (0: after the next paint), given when the view was last drawn and
/// whether a drawing is already on its way. `None` when one is: it shows this change too.
pub fn wait_to_draw(
    last_drawn: Option<f64>,
    on_its_way: bool,
    now: f64,
    every: f64,
) -> Option<f64> {
    if on_its_way {
        return None;
    }
    Some(last_drawn.map_or(0.0, |then| (then + every - now).clamp(0.0, every)))
}

impl ViewState {
    pub fn select(&mut self, selection: Option<Selection>) {
        self.selection = selection;
    }

    /// Selects a record and shows its details.
    pub fn open_details(&mut self, selection: Option<Selection>) {
        self.panel = Panel::Details;
        self.selection = selection;
    }

    pub fn set_window(&mut self, window: Option<DayRange>) {
        self.window = window;
    }

    pub fn set_lanes(&mut self, lanes: Lanes) {
        self.lanes = lanes;
    }

    pub fn set_panel(&mut self, panel: Panel) {
        self.panel = panel;
    }

    pub fn set_main(&mut self, main: MainView) {
        self.main = main;
    }

    pub fn set_search(&mut self, text: String) {
        self.search = text;
    }

    /// The map's zoom; the view the map opens with on this screen (`opening`, see
    /// [`ViewTransform::opening`]) is stored as no zoom at all, so that a shared link opens
    /// the map as another screen opens it.
    pub fn set_zoom(&mut self, zoom: ViewTransform, opening: ViewTransform) {
        self.zoom = (zoom != opening).then_some(zoom);
    }

    /// The world map's zoom; the view it opens with (the whole world) is stored as no zoom
    /// at all.
    pub fn set_world_zoom(&mut self, zoom: ViewTransform, opening: ViewTransform) {
        self.world_zoom = (zoom != opening).then_some(zoom);
    }

    pub fn toggle_status(&mut self, status: &Status) {
        toggle(&mut self.filters.hidden_statuses, status);
    }

    pub fn toggle_type(&mut self, relation_type: &RelationType) {
        toggle(&mut self.filters.hidden_types, relation_type);
    }

    pub fn toggle_kind(&mut self, kind: &ActorKind) {
        toggle(&mut self.filters.hidden_kinds, kind);
    }

    /// Shows only what one article supports (`None`: every article).
    pub fn set_source(&mut self, source: Option<String>) {
        self.filters.source = source;
    }

    /// Shows only one article, or every article again if it was the one shown.
    pub fn toggle_source(&mut self, source: &str) {
        self.filters.source = if self.filters.source.as_deref() == Some(source) {
            None
        } else {
            Some(source.to_string())
        };
    }

    pub fn reset_filters(&mut self) {
        self.filters = Filters::default();
    }

    /// From a disagreement: what one article says, with the first record it concerns open.
    pub fn show_article(&mut self, source: &str, first: Option<Selection>) {
        self.filters.source = Some(source.to_string());
        self.panel = Panel::Details;
        self.selection = first;
    }

    /// One step of Play: with no window, opens one of [`PLAY_WINDOW_MONTHS`] at `home`'s
    /// start; otherwise moves it [`PLAY_STEP_MONTHS`] forward. Returns whether play goes on:
    /// `false` (and no move) once the window has reached the end of `extent`.
    pub fn step_play(&mut self, home: DayRange, extent: DayRange) -> bool {
        let Some(window) = self.window else {
            self.window = Some(DayRange {
                start: home.start,
                end: home.start.add_months(PLAY_WINDOW_MONTHS),
            });
            return true;
        };
        if window.end >= extent.end {
            return false;
        }
        self.window = Some(DayRange {
            start: window.start.add_months(PLAY_STEP_MONTHS),
            end: window.end.add_months(PLAY_STEP_MONTHS),
        });
        true
    }

    /// The window as Play starts it: the current one, or a first one at `home`.
    pub fn start_play(&mut self, home: DayRange) {
        if self.window.is_none() {
            self.window = Some(DayRange {
                start: home.start,
                end: home.start.add_months(PLAY_WINDOW_MONTHS),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn moves_in_quick_succession_are_drawn_at_once() {
        assert!(!follows_closely(None, 1000.0), "a first move glides");
        assert!(follows_closely(Some(1000.0), 1030.0), "a held key's repeat");
        assert!(follows_closely(Some(1000.0), 1249.0));
        assert!(!follows_closely(Some(1000.0), 1250.0));
        assert!(
            !follows_closely(Some(1000.0), 1300.0),
            "Play at its fastest still glides"
        );
        assert!(
            !follows_closely(Some(1000.0), 900.0),
            "a clock gone back is not a burst"
        );
    }

    #[test]
    fn a_lagging_view_is_drawn_after_the_paint_and_at_most_every_so_often() {
        let every = LAGGING_VIEW_MS;
        assert_eq!(
            wait_to_draw(None, false, 1000.0, every),
            Some(0.0),
            "the first change"
        );
        assert_eq!(
            wait_to_draw(Some(1000.0), false, 1150.0, every),
            Some(0.0),
            "a change after a rest: after the next paint"
        );
        assert_eq!(
            wait_to_draw(Some(1000.0), false, 1030.0, every),
            Some(70.0),
            "a held key's next step waits for the rest of the period"
        );
        assert_eq!(
            wait_to_draw(Some(1000.0), true, 1060.0, every),
            None,
            "a drawing on its way shows this change too"
        );
        assert_eq!(
            wait_to_draw(Some(1000.0), false, 900.0, every),
            Some(every),
            "a clock gone back waits no longer than the period"
        );
        assert_eq!(
            wait_to_draw(Some(1000.0), false, 1000.0, 0.0),
            Some(0.0),
            "no period"
        );
    }

    use super::*;
    use crate::model::Day;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).expect("a date")
    }

    #[test]
    fn selecting_and_opening_details() {
        let mut v = ViewState {
            panel: Panel::Sources,
            ..ViewState::default()
        };
        v.select(Some(Selection::Actor("russia".into())));
        assert_eq!(v.panel, Panel::Sources, "select keeps the tab");
        v.open_details(Some(Selection::Event("e".into())));
        assert_eq!(
            (v.panel, v.selection),
            (Panel::Details, Some(Selection::Event("e".into())))
        );
    }

    #[test]
    fn filters_toggle_and_reset() {
        let mut v = ViewState::default();
        v.toggle_status(&Status::Alleged);
        v.toggle_type(&RelationType::Trades);
        v.toggle_kind(&ActorKind::Person);
        v.toggle_source("a");
        assert_eq!(v.filters.hidden_statuses, vec![Status::Alleged]);
        assert_eq!(v.filters.source.as_deref(), Some("a"));
        v.toggle_source("a");
        assert_eq!(v.filters.source, None);
        v.toggle_status(&Status::Alleged);
        assert!(v.filters.hidden_statuses.is_empty());
        v.set_source(Some("b".into()));
        v.reset_filters();
        assert!(v.filters.is_empty());
    }

    #[test]
    fn the_fitted_zoom_is_no_zoom() {
        let mut v = ViewState::default();
        let whole = ViewTransform::default();
        v.set_zoom(whole.zoom_at((0.0, 0.0), 1.5), whole);
        assert!(v.zoom.is_some());
        v.set_zoom(whole, whole);
        assert_eq!(v.zoom, None);
        v.set_world_zoom(whole.pan(10.0, 0.0), whole);
        assert!(v.world_zoom.is_some() && v.zoom.is_none());
        v.set_world_zoom(whole, whole);
        assert_eq!(v.world_zoom, None);
        // A map much taller than its frame opens at full width: that view is no zoom, and
        // the whole map, zoomed out to, is one.
        let opening = ViewTransform::opening((1000.0, 4000.0), (1000.0, 400.0));
        v.set_zoom(opening, opening);
        assert_eq!(v.zoom, None);
        v.set_zoom(whole, opening);
        assert_eq!(v.zoom, Some(whole));
    }

    #[test]
    fn show_article_filters_and_opens_the_record() {
        let mut v = ViewState::default();
        v.show_article("src", Some(Selection::Actor("x".into())));
        assert_eq!(v.filters.source.as_deref(), Some("src"));
        assert_eq!(v.panel, Panel::Details);
        assert_eq!(v.selection, Some(Selection::Actor("x".into())));
    }

    #[test]
    fn play_steps_month_by_month_and_stops_at_the_end() {
        let home = DayRange {
            start: day("2022-01-01"),
            end: day("2024-02-01"),
        };
        let extent = DayRange {
            start: day("1967-01-01"),
            end: day("2022-10-01"),
        };
        let mut v = ViewState::default();
        assert!(v.step_play(home, extent));
        assert_eq!(
            v.window.map(|w| (w.start.iso(), w.end.iso())),
            Some(("2022-01-01".into(), "2022-07-01".into()))
        );
        let mut steps = 0;
        while v.step_play(home, extent) {
            steps += 1;
            assert!(steps < 100);
        }
        assert_eq!(steps, 3, "July → October in three steps");
        let end = v.window;
        assert!(!v.step_play(home, extent));
        assert_eq!(v.window, end, "no move past the end");
        let mut fresh = ViewState::default();
        fresh.start_play(home);
        assert_eq!(fresh.window.map(|w| w.start), Some(home.start));
    }
}
