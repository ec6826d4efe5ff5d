//! The shareable state of a view and its URL query string. Parsing and printing are pure and
//! round-trip; a parameter that cannot be read is dropped with a [`Notice`] and the rest of
//! the view still opens.
//!
//! ```text
//! ?select=actor:north-korea&from=2022-03-01&to=2023-01-01&lanes=source&hide=alleged,denied
//!   &hide-type=trades&hide-kind=person&source=grimshaw-two-koreas&q=wagner&panel=sources&zoom=1.5,-20,30
//!   &view=world&world-zoom=2,-300,-120
//! ```

use crate::i18n::Lang;
use crate::layout::num::{parse_decimal, Trimmed};
use crate::layout::ViewTransform;
use crate::model::{ActorKind, Dataset, Day, DayRange, RelationType, Status};
use crate::query::Filters;

/// What is selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Actor(String),
    Relation(String),
    Event(String),
}

impl Selection {
    fn key(&self) -> (&'static str, &str) {
        match self {
            Selection::Actor(id) => ("actor", id),
            Selection::Relation(id) => ("relation", id),
            Selection::Event(id) => ("event", id),
        }
    }

    pub fn id(&self) -> &str {
        self.key().1
    }
}

/// How the timeline's lanes are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lanes {
    /// By the side the event's actors lean to.
    #[default]
    Side,
    /// By the article that reports the event.
    Source,
}

/// What the side panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    /// The selected record.
    #[default]
    Details,
    /// The source articles.
    Sources,
    /// Where the articles differ.
    Differences,
}

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MainView {
    /// The map and the timeline.
    #[default]
    Visual,
    /// The same records as tables.
    List,
    /// A world map of the actors and the relations between them, with the timeline.
    World,
}

/// Everything a shared link restores.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewState {
    pub selection: Option<Selection>,
    /// The time window; `None` counts every relation.
    pub window: Option<DayRange>,
    pub lanes: Lanes,
    pub filters: Filters,
    /// The text in the search box.
    pub search: String,
    pub panel: Panel,
    pub main: MainView,
    /// The map's zoom and pan; `None` fits the map to its box.
    pub zoom: Option<ViewTransform>,
    /// The dataset's address (`?data=`), relative to the page or absolute; `None` is the
    /// bundled dataset (or one opened from disk, which has no address to share).
    pub data: Option<String>,
    /// The world map's zoom and pan; `None` shows the whole world.
    pub world_zoom: Option<ViewTransform>,
    /// The interface's language (`?lang=`, always last); `None` until the app has chosen one.
    pub lang: Option<Lang>,
}

/// Something in the URL that could not be used, said plainly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice(pub String);

/// Reads a query string (with or without the leading `?`).
pub fn parse_query(query: &str) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let mut from = None;
    let mut to = None;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (percent_decode(key), percent_decode(value));
        match key.as_str() {
            "select" => match value.split_once(':') {
                Some(("actor", id)) if !id.is_empty() => {
                    state.selection = Some(Selection::Actor(id.into()))
                }
                Some(("relation", id)) if !id.is_empty() => {
                    state.selection = Some(Selection::Relation(id.into()))
                }
                Some(("event", id)) if !id.is_empty() => {
                    state.selection = Some(Selection::Event(id.into()))
                }
                _ => notices.push(Notice(crate::tr!("notice.selection", value = value))),
            },
            "from" => from = Some(value),
            "to" => to = Some(value),
            "lanes" => match value.as_str() {
                "side" => state.lanes = Lanes::Side,
                "source" => state.lanes = Lanes::Source,
                _ => notices.push(Notice(crate::tr!("notice.lanes", value = value))),
            },
            "hide" => parse_terms(
                &value,
                Status::parse,
                crate::tr!("notice.term.status"),
                &mut state.filters.hidden_statuses,
                &mut notices,
            ),
            "hide-type" => parse_terms(
                &value,
                RelationType::parse,
                crate::tr!("notice.term.type"),
                &mut state.filters.hidden_types,
                &mut notices,
            ),
            "hide-kind" => parse_terms(
                &value,
                ActorKind::parse,
                crate::tr!("notice.term.kind"),
                &mut state.filters.hidden_kinds,
                &mut notices,
            ),
            "source" if !value.is_empty() => state.filters.source = Some(value),
            "data" => state.data = Some(value).filter(|v| !v.is_empty()),
            "q" => state.search = value,
            "view" => match value.as_str() {
                "visual" => state.main = MainView::Visual,
                "list" => state.main = MainView::List,
                "world" => state.main = MainView::World,
                _ => notices.push(Notice(crate::tr!("notice.view", value = value))),
            },
            "panel" => match value.as_str() {
                "details" => state.panel = Panel::Details,
                "sources" => state.panel = Panel::Sources,
                "differences" => state.panel = Panel::Differences,
                _ => notices.push(Notice(crate::tr!("notice.panel", value = value))),
            },
            "zoom" | "world-zoom" => match parse_zoom(&value) {
                Some(zoom) if key == "zoom" => state.zoom = Some(zoom),
                Some(zoom) => state.world_zoom = Some(zoom),
                None => notices.push(Notice(crate::tr!("notice.zoom", value = value))),
            },
            "lang" => match Lang::parse(&value) {
                Some(lang) => state.lang = Some(lang),
                None => notices.push(Notice(crate::tr!("notice.lang", value = value))),
            },
            _ => notices.push(Notice(crate::tr!("notice.parameter", key = key))),
        }
    }
    match (from, to) {
        (None, None) => {}
        (Some(from), Some(to)) => match (Day::parse_iso(&from), Day::parse_iso(&to)) {
            (Some(start), Some(end)) if start < end => state.window = Some(DayRange { start, end }),
            (Some(_), Some(_)) => notices.push(Notice(crate::tr!(
                "notice.window.backwards",
                from = from,
                to = to
            ))),
            _ => notices.push(Notice(crate::tr!(
                "notice.window.dates",
                from = from,
                to = to
            ))),
        },
        _ => notices.push(Notice(crate::tr!("notice.window.half").to_string())),
    }
    (state, notices)
}

/// Prints the query string (with a leading `?`, or empty for the default view).
pub fn to_query(state: &ViewState) -> String {
    let mut pairs = Vec::new();
    if let Some(data) = &state.data {
        pairs.push(format!("data={}", percent_encode_keeping(data, b"-_.~/:")));
    }
    if let Some(selection) = &state.selection {
        let (kind, id) = selection.key();
        pairs.push(format!("select={kind}:{}", percent_encode(id)));
    }
    if let Some(window) = state.window {
        pairs.push(format!(
            "from={}&to={}",
            window.start.iso(),
            window.end.iso()
        ));
    }
    if state.lanes == Lanes::Source {
        pairs.push("lanes=source".into());
    }
    let f = &state.filters;
    push_terms(
        &mut pairs,
        "hide",
        f.hidden_statuses.iter().map(Status::as_str),
    );
    push_terms(
        &mut pairs,
        "hide-type",
        f.hidden_types.iter().map(RelationType::as_str),
    );
    push_terms(
        &mut pairs,
        "hide-kind",
        f.hidden_kinds.iter().map(ActorKind::as_str),
    );
    if let Some(source) = &f.source {
        pairs.push(format!("source={}", percent_encode(source)));
    }
    if !state.search.is_empty() {
        pairs.push(format!("q={}", percent_encode(&state.search)));
    }
    match state.main {
        MainView::Visual => {}
        MainView::List => pairs.push("view=list".into()),
        MainView::World => pairs.push("view=world".into()),
    }
    match state.panel {
        Panel::Details => {}
        Panel::Sources => pairs.push("panel=sources".into()),
        Panel::Differences => pairs.push("panel=differences".into()),
    }
    for (key, zoom) in [("zoom", state.zoom), ("world-zoom", state.world_zoom)] {
        if let Some(zoom) = zoom {
            pairs.push(format!(
                "{key}={},{},{}",
                Trimmed(zoom.scale, 4),
                Trimmed(zoom.x, 1),
                Trimmed(zoom.y, 1)
            ));
        }
    }
    if let Some(lang) = state.lang {
        pairs.push(format!("lang={}", lang.code()));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Reads `scale,x,y`, the scale kept within the allowed zoom.
fn parse_zoom(value: &str) -> Option<ViewTransform> {
    let parts: Vec<Option<f64>> = value
        .split(',')
        .map(|p| parse_decimal(p).filter(|v| v.is_finite()))
        .collect();
    match parts.as_slice() {
        [Some(scale), Some(x), Some(y)] if *scale > 0.0 => Some(
            ViewTransform {
                scale: *scale,
                x: *x,
                y: *y,
            }
            .zoom_at((0.0, 0.0), 1.0),
        ),
        _ => None,
    }
}

/// Reads a comma-separated list of vocabulary terms into a sorted set; unknown terms become
/// notices.
fn parse_terms<T: Ord + Clone>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    name: &str,
    set: &mut Vec<T>,
    notices: &mut Vec<Notice>,
) {
    for term in value.split(',').filter(|t| !t.is_empty()) {
        match parse(term) {
            Some(known) => {
                if let Err(i) = set.binary_search(&known) {
                    set.insert(i, known);
                }
            }
            None => notices.push(Notice(crate::tr!(
                "notice.filter",
                name = name,
                term = term
            ))),
        }
    }
}

fn push_terms<'a>(pairs: &mut Vec<String>, key: &str, terms: impl Iterator<Item = &'a str>) {
    let terms: Vec<&str> = terms.collect();
    if !terms.is_empty() {
        pairs.push(format!("{key}={}", terms.join(",")));
    }
}

/// Drops what the dataset does not hold (an unknown id), with a notice.
pub fn check_against(mut state: ViewState, dataset: &Dataset) -> (ViewState, Vec<Notice>) {
    let mut notices = Vec::new();
    let known = match &state.selection {
        None => true,
        Some(Selection::Actor(id)) => dataset.actor(id).is_some(),
        Some(Selection::Relation(id)) => dataset.relation(id).is_some(),
        Some(Selection::Event(id)) => dataset.event(id).is_some(),
    };
    if let Some(source) = &state.filters.source {
        if dataset.source(source).is_none() {
            notices.push(Notice(crate::tr!("notice.source", source = source)));
            state.filters.source = None;
        }
    }
    if !known {
        if let Some(selection) = state.selection.take() {
            notices.push(Notice(crate::tr!("notice.unknown-id", id = selection.id())));
        }
    }
    (state, notices)
}

fn percent_encode(text: &str) -> String {
    percent_encode_keeping(text, b"-_.~")
}

/// Percent-encodes all but ASCII letters, digits and the bytes in `keep`.
fn percent_encode_keeping(text: &str, keep: &[u8]) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (other, _, _) => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse_iso(s).unwrap()
    }

    #[test]
    fn full_state_round_trips() {
        let state = ViewState {
            selection: Some(Selection::Event("camp-david-summit".into())),
            window: Some(DayRange {
                start: day("2022-03-01"),
                end: day("2023-01-01"),
            }),
            lanes: Lanes::Source,
            filters: Filters {
                hidden_statuses: vec![Status::Alleged, Status::Denied],
                hidden_types: vec![RelationType::Trades],
                hidden_kinds: vec![ActorKind::Person],
                source: Some("grimshaw-two-koreas".into()),
            },
            search: "kim yo-jong".into(),
            panel: Panel::Differences,
            main: MainView::List,
            zoom: Some(ViewTransform {
                scale: 1.5,
                x: -20.5,
                y: 30.0,
            }),
            data: None,
            world_zoom: None,
            lang: Some(Lang::Ko),
        };
        let query = to_query(&state);
        assert_eq!(
            query,
            "?select=event:camp-david-summit&from=2022-03-01&to=2023-01-01&lanes=source&hide=alleged,denied&hide-type=trades&hide-kind=person&source=grimshaw-two-koreas&q=kim%20yo-jong&view=list&panel=differences&zoom=1.5,-20.5,30&lang=ko"
        );
        assert_eq!(parse_query(&query), (state, vec![]));
        assert_eq!(to_query(&ViewState::default()), "");
        assert_eq!(parse_query(""), (ViewState::default(), vec![]));
    }

    #[test]
    fn a_dataset_address_round_trips_readably_and_comes_first() {
        for data in [
            "data/examples/fictional-river-dispute.json",
            "https://example.org/a dataset.json?v=2&x=ü",
        ] {
            let state = ViewState {
                data: Some(data.into()),
                selection: Some(Selection::Actor("x".into())),
                ..ViewState::default()
            };
            let query = to_query(&state);
            assert!(query.starts_with("?data="), "{query}");
            assert_eq!(parse_query(&query), (state, vec![]));
        }
        assert_eq!(
            to_query(&ViewState {
                data: Some("https://example.org/d.json".into()),
                ..ViewState::default()
            }),
            "?data=https://example.org/d.json"
        );
        // An empty address is the bundled dataset.
        assert_eq!(parse_query("?data="), (ViewState::default(), vec![]));
    }

    #[test]
    fn the_world_view_and_its_zoom_round_trip() {
        let state = ViewState {
            main: MainView::World,
            selection: Some(Selection::Actor("japan".into())),
            world_zoom: Some(ViewTransform {
                scale: 2.0,
                x: -300.0,
                y: -120.5,
            }),
            ..ViewState::default()
        };
        let query = to_query(&state);
        assert_eq!(
            query,
            "?select=actor:japan&view=world&world-zoom=2,-300,-120.5"
        );
        assert_eq!(parse_query(&query), (state, vec![]));
        let (state, notices) = parse_query("?view=world&world-zoom=0,1");
        assert_eq!(
            (state.main, state.world_zoom, notices.len()),
            (MainView::World, None, 1)
        );
    }

    #[test]
    fn the_language_comes_last_and_round_trips() {
        let (state, notices) = parse_query("?lang=ko&view=list");
        assert_eq!(notices, vec![]);
        assert_eq!(state.lang, Some(Lang::Ko));
        assert_eq!(to_query(&state), "?view=list&lang=ko");
        let (state, notices) = parse_query("?lang=fr");
        assert_eq!(state.lang, None);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].0.contains("“fr”"), "{:?}", notices[0]);
        let (_, notices) = crate::i18n::in_korean(|| parse_query("?view=maps"));
        assert_eq!(notices[0].0, "알 수 없는 보기 “maps”: 지도를 보여 줍니다.");
    }

    #[test]
    fn every_selection_kind_round_trips() {
        for selection in [
            Selection::Actor("north-korea".into()),
            Selection::Relation("a-b".into()),
            Selection::Event("e".into()),
        ] {
            let state = ViewState {
                selection: Some(selection),
                ..ViewState::default()
            };
            assert_eq!(parse_query(&to_query(&state)).0, state);
        }
    }

    #[test]
    fn garbled_parameters_fall_back_with_a_notice() {
        let (state, notices) = parse_query("?select=planet:mars&from=2022-13-01&to=2023-01-01&hide=rumoured,alleged&lanes=colour&zoom=big&x=1");
        assert_eq!(state.selection, None);
        assert_eq!(state.window, None);
        assert_eq!(state.filters.hidden_statuses, vec![Status::Alleged]);
        assert_eq!(state.lanes, Lanes::Side);
        assert_eq!(state.zoom, None);
        assert_eq!(notices.len(), 6, "{notices:?}");
        let (state, notices) = parse_query("?from=2023-01-01&to=2022-01-01");
        assert_eq!((state.window, notices.len()), (None, 1));
        assert_eq!(parse_query("?from=2023-01-01").1.len(), 1);
    }

    #[test]
    fn encoded_text_decodes() {
        assert_eq!(percent_decode("a%20b+c%2"), "a b c%2");
        assert_eq!(
            percent_decode(&percent_encode("kim yo-jong/ü")),
            "kim yo-jong/ü"
        );
        let (state, _) = parse_query("select=actor%3Anorth-korea");
        assert_eq!(
            state.selection,
            Some(Selection::Actor("north-korea".into()))
        );
    }

    #[test]
    fn unknown_ids_are_dropped_against_the_dataset() {
        let dataset =
            crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        let (state, _) = parse_query("?select=actor:atlantis");
        let (state, notices) = check_against(state, &dataset);
        assert_eq!(state.selection, None);
        assert_eq!(notices.len(), 1);
        let (state, _) = parse_query("?select=actor:north-korea&source=grimshaw-two-koreas");
        assert_eq!(check_against(state.clone(), &dataset), (state, vec![]));
        let (state, _) = parse_query("?source=the-times");
        let (state, notices) = check_against(state, &dataset);
        assert_eq!((state.filters.source, notices.len()), (None, 1));
    }
}
