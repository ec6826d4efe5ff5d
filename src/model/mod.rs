//! The dataset: its records as Rust types, parsing from JSON and validation.
//!
//! Owns the shape of `public/data/*.json` (described by the JSON Schema beside it and the
//! README). Pure: no DOM, no network. Everything downstream (query, analysis, layout, views)
//! works on a [`Dataset`] that [`load`] has parsed and validated.

pub mod date;
pub mod validate;
pub mod vocabulary;

use serde::{Deserialize, Serialize};

pub use date::{Day, DayRange, FuzzyDate};
pub use validate::{load, LoadError, Problem};
pub use vocabulary::{ActorKind, Precision, RelationType, Role, Stance, Status};

/// The schema version this code reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A quotation backing a record: one contiguous passage of at most
/// [`validate::MAX_QUOTE_WORDS`] words copied exactly from the article `source`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub source: String,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    pub title: String,
    pub description: String,
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
pub struct Poles {
    pub negative: String,
    pub positive: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    #[serde(default)]
    pub other_names: Vec<String>,
    pub description: String,
    /// ISO 3166-1 alpha-2 code, for states.
    #[serde(default)]
    pub iso3166: Option<String>,
    /// A representative point (the capital), for states.
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: FuzzyDate,
    #[serde(default)]
    pub end: Option<FuzzyDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub actor: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    /// What is counted or measured, in our words.
    pub label: String,
    pub value: f64,
    pub unit: String,
    /// Ids of the actors, relations or events the figure is about.
    pub about: Vec<String>,
    /// When the count or measure holds.
    #[serde(default)]
    pub as_of: Option<FuzzyDate>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub source: String,
    pub summary: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

    /// A relation in words: "North Korea supplies arms to Russia".
    pub fn relation_label(&self, relation: &Relation) -> String {
        format!(
            "{} {} {}",
            self.actor_name(&relation.from),
            relation.relation_type.label(),
            self.actor_name(&relation.to)
        )
    }

    /// The name to show for an actor id (the id itself if unknown).
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |a| a.name.as_str())
    }
}
