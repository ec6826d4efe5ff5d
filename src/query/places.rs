//! Where each actor belongs on the world map: a state at its capital, in its country of the
//! boundary set; another actor at its own coordinates, or with the state it is part of or
//! heads (a `part-of` or `leads` relation, followed through other actors); everything else is
//! "not on the map", with the reason.
//!
//! Pure: the dataset is untrusted, so a missing or impossible coordinate, or a code the
//! boundary set does not hold, is a reason, never a panic.

use crate::model::world::World;
use crate::model::{ActorKind, Coordinates, Dataset, RelationType};
use crate::query::DatasetIndex;

/// Where an actor goes on the world map.
#[derive(Clone, Debug, PartialEq)]
pub enum Anchor {
    /// A state at its capital; `country` is its position in the boundary set.
    Capital {
        lon: f64,
        lat: f64,
        country: usize,
    },
    /// An actor that is not a state, at coordinates of its own.
    Point {
        lon: f64,
        lat: f64,
    },
    /// With the actor at this position (which has a place of its own).
    With(usize),
    Off(OffMap),
}

impl Anchor {
    fn has_own_place(&self) -> bool {
        matches!(self, Anchor::Capital { .. } | Anchor::Point { .. })
    }
}

/// Why an actor is not on the map.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OffMap {
    /// A state whose code the boundary set does not hold (or that has none).
    NoOutline(Option<String>),
    /// A state without a capital on the globe.
    NoCapital,
    /// An actor that is no state and belongs to no placed actor.
    NotTied,
}

impl OffMap {
    /// The reason in words.
    pub fn reason(&self) -> String {
        match self {
            OffMap::NoOutline(Some(code)) => crate::tr!("places.no-outline", code = code),
            OffMap::NoOutline(None) => crate::tr!("places.no-code").to_string(),
            OffMap::NoCapital => crate::tr!("places.no-capital").to_string(),
            OffMap::NotTied => crate::tr!("places.not-tied").to_string(),
        }
    }
}

/// Whether a coordinate lies on the globe.
pub fn on_globe(point: &Coordinates) -> bool {
    point.lat.abs() <= 90.0 && point.lon.abs() <= 180.0
}

/// How many actors a chain of `part-of` and `leads` is followed through.
const MAX_HOPS: usize = 4;

/// The anchor of every actor (dataset order).
pub fn anchors(dataset: &Dataset, index: &DatasetIndex, world: &World) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = dataset
        .actors
        .iter()
        .map(|actor| {
            let point = actor.coordinates.as_ref().filter(|c| on_globe(c));
            if actor.kind != ActorKind::State {
                return point.map_or(Anchor::Off(OffMap::NotTied), |c| Anchor::Point {
                    lon: c.lon,
                    lat: c.lat,
                });
            }
            let country = actor
                .iso3166
                .as_deref()
                .and_then(|code| world.country_by_code(code));
            match (country, point) {
                (None, _) => Anchor::Off(OffMap::NoOutline(actor.iso3166.clone())),
                (Some(_), None) => Anchor::Off(OffMap::NoCapital),
                (Some(country), Some(c)) => Anchor::Capital {
                    lon: c.lon,
                    lat: c.lat,
                    country,
                },
            }
        })
        .collect();
    for _ in 0..MAX_HOPS {
        let mut changed = false;
        for a in 0..anchors.len() {
            if anchors[a] != Anchor::Off(OffMap::NotTied) {
                continue;
            }
            let host = index.actor_relations[a].iter().find_map(|&r| {
                let relation = &dataset.relations[r];
                let belongs = matches!(
                    relation.relation_type,
                    RelationType::PartOf | RelationType::Leads
                );
                let (from, to) = index.relation_ends[r]?;
                if !belongs || from != a || to == a {
                    return None;
                }
                match anchors[to] {
                    ref own if own.has_own_place() => Some(to),
                    Anchor::With(root) => Some(root),
                    _ => None,
                }
            });
            if let Some(host) = host {
                anchors[a] = Anchor::With(host);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    anchors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{self, world::parse_world};

    fn world() -> World {
        parse_world(include_str!("../../public/data/world-110m.json")).unwrap()
    }

    #[test]
    fn states_sit_in_their_country_and_others_with_their_state() {
        let dataset =
            model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        let index = DatasetIndex::new(&dataset);
        let world = world();
        let anchors = anchors(&dataset, &index, &world);
        let at = |id: &str| anchors[index.actor_position[id]].clone();
        match at("north-korea") {
            Anchor::Capital { country, .. } => {
                assert_eq!(world.countries[country].name, "North Korea")
            }
            other => panic!("{other:?}"),
        }
        for actor in &dataset.actors {
            if actor.kind == ActorKind::State {
                assert!(
                    matches!(at(&actor.id), Anchor::Capital { .. }),
                    "{}",
                    actor.id
                );
            }
        }
        let russia = index.actor_position["russia"];
        let north_korea = index.actor_position["north-korea"];
        assert_eq!(at("wagner-group"), Anchor::With(russia));
        assert_eq!(at("kim-jong-un"), Anchor::With(north_korea), "leads");
        assert_eq!(at("north-korean-military"), Anchor::With(north_korea));
        assert_eq!(at("nato"), Anchor::Off(OffMap::NotTied));
        assert_eq!(
            at("belt-and-road-initiative"),
            Anchor::Off(OffMap::NotTied),
            "led by, not part of"
        );
        assert_eq!(at("donetsk-republic"), Anchor::Off(OffMap::NotTied));
    }

    #[test]
    fn untrusted_places_go_off_the_map_and_chains_are_followed() {
        let mut dataset = model::load(include_str!("../../tests/fixtures/minimal.json")).unwrap();
        let state = dataset
            .actors
            .iter()
            .position(|a| a.kind == ActorKind::State)
            .unwrap();
        let template = dataset.actors[state].clone();
        let mut add = |id: &str, kind: ActorKind, iso: Option<&str>, lat: f64, lon: f64| {
            let mut actor = template.clone();
            actor.id = id.into();
            actor.kind = kind;
            actor.iso3166 = iso.map(Into::into);
            actor.coordinates = Some(Coordinates { lat, lon });
            dataset.actors.push(actor);
        };
        add("singapore", ActorKind::State, Some("SG"), 1.29, 103.85);
        add("nowhere", ActorKind::State, Some("FR"), 95.0, 2.0);
        add("codeless", ActorKind::State, None, 0.0, 0.0);
        add("france", ActorKind::State, Some("fr"), 48.86, 2.35);
        add("ship", ActorKind::Company, None, 10.0, 10.0);
        add("minister", ActorKind::Person, None, f64::NAN, 0.0);
        add("aide", ActorKind::Person, None, 200.0, 0.0);
        let mut relation = dataset.relations[0].clone();
        for (id, from, to, kind) in [
            ("r1", "minister", "france", RelationType::PartOf),
            ("r2", "aide", "minister", RelationType::PartOf),
        ] {
            relation.id = id.into();
            relation.from = from.into();
            relation.to = to.into();
            relation.relation_type = kind;
            dataset.relations.push(relation.clone());
        }
        let index = DatasetIndex::new(&dataset);
        let anchors = anchors(&dataset, &index, &world());
        let at = |id: &str| anchors[index.actor_position[id]].clone();
        assert_eq!(
            at("singapore"),
            Anchor::Off(OffMap::NoOutline(Some("SG".into())))
        );
        assert_eq!(at("nowhere"), Anchor::Off(OffMap::NoCapital));
        assert_eq!(at("codeless"), Anchor::Off(OffMap::NoOutline(None)));
        assert!(matches!(at("france"), Anchor::Capital { .. }));
        assert_eq!(
            at("ship"),
            Anchor::Point {
                lon: 10.0,
                lat: 10.0
            }
        );
        let france = index.actor_position["france"];
        assert_eq!(at("minister"), Anchor::With(france));
        assert_eq!(at("aide"), Anchor::With(france), "through the minister");
        assert!(OffMap::NoOutline(Some("SG".into())).reason().contains("SG"));
    }

    #[test]
    fn reasons_are_said_in_the_language_in_use() {
        let outline = OffMap::NoOutline(Some("XK".into()));
        assert_eq!(outline.reason(), "no outline for “XK” at this scale");
        crate::i18n::in_korean(|| {
            assert_eq!(outline.reason(), "이 축척의 지도에 “XK” 윤곽이 없음");
            assert_eq!(OffMap::NotTied.reason(), "한 국가에 묶이지 않음");
        });
    }
}
