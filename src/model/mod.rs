//! The dataset: its records as Rust types, parsing from JSON and validation.
//!
//! Owns the shape of `public/data/*.json` (described by the JSON Schema beside it and the
//! README). Pure: no DOM, no network. Everything downstream (query, analysis, layout, views)
//! works on a [`Dataset`] that [`load`] has parsed and validated.

pub mod date;
pub mod json_path;
pub mod read;
pub mod validate;
pub mod vocabulary;
pub mod world;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use date::{Day, DayRange, FuzzyDate};
pub use validate::{load, read_text, LoadError, Problem};
pub use vocabulary::{ActorKind, Precision, RelationType, Role, Stance, Status};

/// The schema version this code writes and documents. Version 2 added the figure fields
/// `value_max` (a range) and `magnitude` (an order of magnitude such as "hundreds of
/// millions"); version 3 added translations ([`Translations`]: `names`, `titles`,
/// `descriptions`, `summaries`).
pub const SCHEMA_VERSION: u32 = 3;

/// Every schema version this code reads: a version-1 file is a version-2 file without the
/// version-2 fields, and a version-2 file a version-3 file without translations.
pub const SUPPORTED_SCHEMA_VERSIONS: &[u32] = &[1, 2, 3];

/// A text in other languages, by language code: `{"ko": "북한"}`. Version 3.
pub type Translations = BTreeMap<String, String>;

/// A quotation backing a record: one contiguous passage of at most
/// [`validate::MAX_QUOTE_WORDS`] words copied exactly from the article `source`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: Translations,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub descriptions: Translations,
    pub poles: Poles,
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    pub relations: Vec<Relation>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
}

/// The two actors whose sides define the alignment axis: `negative` sits at -1, `positive`
/// at +1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poles {
    pub negative: String,
    pub positive: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub editor: Option<String>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub published: FuzzyDate,
    /// What the article is about, in our words.
    pub summary: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: Translations,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub summaries: Translations,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    #[serde(default)]
    pub other_names: Vec<String>,
    pub description: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: Translations,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub descriptions: Translations,
    /// ISO 3166-1 alpha-2 code, for states.
    #[serde(default)]
    pub iso3166: Option<String>,
    /// A representative point (the capital), for states.
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub start: FuzzyDate,
    #[serde(default)]
    pub end: Option<FuzzyDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub id: String,
    #[serde(rename = "type")]
    pub relation_type: RelationType,
    pub from: String,
    pub to: String,
    pub stance: Stance,
    pub status: Status,
    #[serde(default)]
    pub span: Option<Span>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub summaries: Translations,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub actor: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub date: FuzzyDate,
    pub actors: Vec<Participant>,
    pub status: Status,
    /// Ids of the relations this event is evidence for.
    #[serde(default)]
    pub evidence_for: Vec<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: Translations,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub summaries: Translations,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// What is counted or measured, in our words.
    pub label: String,
    /// The value; for a range its lower end; for an order of magnitude the power of ten it
    /// counts in (100000000 for "hundreds of millions").
    pub value: f64,
    /// The upper end when the article gives a range ("1.2 to 1.5 million"). Version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// The article gives only an order of magnitude: `value` is a power of ten and the
    /// figure reads "hundreds of millions" (some multiple of `value` below ten times it).
    /// Version 2.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub magnitude: bool,
    pub unit: String,
    /// Ids of the actors, relations or events the figure is about.
    pub about: Vec<String>,
    /// When the count or measure holds.
    #[serde(default)]
    pub as_of: Option<FuzzyDate>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub source: String,
    pub summary: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub id: String,
    pub topic: String,
    pub summary: String,
    pub positions: Vec<Position>,
    /// Ids of the records the disagreement is about.
    pub concerns: Vec<String>,
}

impl Dataset {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn relation(&self, id: &str) -> Option<&Relation> {
        self.relations.iter().find(|r| r.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A relation in words: "North Korea supplies arms to Russia" (see [`relation_sentence`]).
    pub fn relation_label(&self, relation: &Relation) -> String {
        relation_sentence(
            self.actor_name(&relation.from),
            &relation.relation_type,
            self.actor_name(&relation.to),
        )
    }

    /// The dataset with its texts in `lang` where it gives them (names, titles, descriptions,
    /// summaries); a translated actor keeps its first name among its other names, so search
    /// finds it by either. `None` when nothing is translated into `lang`.
    pub fn localized(&self, lang: &str) -> Option<Dataset> {
        let swap = |text: &mut String, translations: &Translations| -> bool {
            match translations.get(lang) {
                Some(translation) if translation != text => {
                    *text = translation.clone();
                    true
                }
                _ => false,
            }
        };
        let mut out = self.clone();
        let mut any = swap(&mut out.title, &self.titles);
        any |= swap(&mut out.description, &self.descriptions);
        for source in &mut out.sources {
            let titles = source.titles.clone();
            any |= swap(&mut source.title, &titles);
            let summaries = source.summaries.clone();
            any |= swap(&mut source.summary, &summaries);
        }
        for actor in &mut out.actors {
            let first = actor.name.clone();
            let names = actor.names.clone();
            if swap(&mut actor.name, &names) {
                actor.other_names.insert(0, first);
                any = true;
            }
            let descriptions = actor.descriptions.clone();
            any |= swap(&mut actor.description, &descriptions);
        }
        for relation in &mut out.relations {
            let summaries = relation.summaries.clone();
            any |= swap(&mut relation.summary, &summaries);
        }
        for event in &mut out.events {
            let titles = event.titles.clone();
            any |= swap(&mut event.title, &titles);
            let summaries = event.summaries.clone();
            any |= swap(&mut event.summary, &summaries);
        }
        any.then_some(out)
    }

    /// The name to show for an actor id (the id itself if unknown).
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |a| a.name.as_str())
    }
}

/// A relation as a sentence without a full stop, in the interface's language: "Russia lists
/// South Korea as unfriendly", "China indirectly supports Ukraine". `from` and `to` are the
/// names to show.
pub fn relation_sentence(from: &str, relation_type: &RelationType, to: &str) -> String {
    let [before, between, after] = relation_type.sentence_pieces(from, to);
    format!("{before}{from}{between}{to}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relation_type_reads_as_a_sentence() {
        let expected = [
            ("supplies-arms", "North Korea supplies arms to Russia"),
            ("exports-arms", "North Korea exports arms to Russia"),
            ("supplies-goods", "North Korea supplies goods to Russia"),
            ("supplies-labour", "North Korea sends workers to Russia"),
            ("gives-aid", "North Korea gives aid to Russia"),
            ("trades", "North Korea trades with Russia"),
            ("invests", "North Korea invests in Russia"),
            ("sanctions", "North Korea imposes sanctions on Russia"),
            (
                "designates-unfriendly",
                "North Korea lists Russia as unfriendly",
            ),
            ("votes-for", "North Korea votes with Russia"),
            ("votes-against", "North Korea votes against Russia"),
            (
                "vetoes-for",
                "North Korea vetoes resolutions against Russia",
            ),
            ("recognises", "North Korea recognises Russia"),
            ("annexes", "North Korea annexes Russia"),
            ("invades", "North Korea invades Russia"),
            ("threatens", "North Korea threatens Russia"),
            ("accuses", "North Korea accuses Russia"),
            ("denies", "North Korea rebuts Russia"),
            ("condemns", "North Korea condemns Russia"),
            ("supports", "North Korea supports Russia"),
            (
                "supports-indirectly",
                "North Korea indirectly supports Russia",
            ),
            ("aligns-with", "North Korea aligns with Russia"),
            ("allies-with", "North Korea is allied with Russia"),
            (
                "exercises-with",
                "North Korea holds military exercises with Russia",
            ),
            ("stations-troops", "North Korea stations troops in Russia"),
            (
                "contributes-forces",
                "North Korea contributes forces to Russia",
            ),
            ("requests", "North Korea asks Russia for help"),
            ("pressures", "North Korea puts pressure on Russia"),
            ("cautions", "North Korea cautions Russia"),
            ("keeps-to", "North Korea keeps to Russia"),
            ("opposes", "North Korea opposes Russia"),
            ("leads", "North Korea leads Russia"),
            ("part-of", "North Korea is part of Russia"),
        ];
        // Every type of the vocabulary, in its order, has its sentence here.
        let spelled: Vec<&str> = RelationType::ALL.iter().map(RelationType::as_str).collect();
        let listed: Vec<&str> = expected.iter().map(|(t, _)| *t).collect();
        assert_eq!(spelled, listed);
        for (term, sentence) in expected {
            let relation_type = RelationType::from(term.to_string());
            assert_eq!(
                relation_sentence("North Korea", &relation_type, "Russia"),
                sentence
            );
        }
        assert_eq!(
            relation_sentence("Russia", &RelationType::DesignatesUnfriendly, "South Korea"),
            "Russia lists South Korea as unfriendly"
        );
        assert_eq!(
            relation_sentence("China", &RelationType::SupportsIndirectly, "Ukraine"),
            "China indirectly supports Ukraine"
        );
        // An unknown type still reads, as its spelling.
        assert_eq!(
            relation_sentence("A", &RelationType::Unknown("befriends".into()), "B"),
            "A befriends B"
        );
    }

    #[test]
    fn a_relation_label_uses_the_actor_names() {
        let dataset = load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap();
        let relation = dataset
            .relation("russia-lists-south-korea-unfriendly")
            .unwrap();
        assert_eq!(
            dataset.relation_label(relation),
            "Russia lists South Korea as unfriendly"
        );
    }
}
