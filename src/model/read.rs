//! A dataset read from its JSON text into its types, by hand. serde_json parses the text into
//! a light tree ([`Json`]: texts borrowed from the text where they can be, an object's members
//! in a list, keys given twice kept); the reader then walks it. Every value of the wrong shape is
//! reported with its JSON path, not just the first as a derived deserializer would, and the
//! code is a fraction of what derived deserializers add to the app. The schema's shape is
//! written out here once per record type; the JSON Schema beside the dataset and the README
//! say the same.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::fmt::{self, Write};

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{
    Actor, Citation, Coordinates, Dataset, Disagreement, Event, Figure, FuzzyDate, Participant,
    Poles, Position, Relation, Source, Span, Translations,
};

/// What a value of the wrong shape should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Dataset,
    /// An object of the named record type ("relation", "date").
    Object(&'static str),
    List,
    WholeNumber,
    Number,
    Text,
    Boolean,
    /// An object of texts by language code.
    Map,
}

/// What is wrong with a value's shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Misfit {
    /// A key the record must have is not there.
    Missing(&'static str),
    /// A key the record does not have; `known` are the keys it has, in the schema's order.
    Unknown {
        key: String,
        known: &'static [&'static str],
    },
    /// A key given twice in one object.
    Duplicate(String),
    /// A value of another type: what was found, as [`found`] words it.
    Type { found: String, expected: Expected },
}

/// A misfit and where it is, as a JSON path such as `$.relations[3].span`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub path: String,
    pub misfit: Misfit,
}

/// A JSON value as the reader needs it.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    /// Members in the order of the text, a key given twice kept twice.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Parses JSON text into a [`Json`] tree; the error is serde_json's, with its line and column.
pub fn parse(text: &str) -> Result<Json<'_>, serde_json::Error> {
    serde_json::from_str(text)
}

impl<'a> Json<'a> {
    /// The member `key` of an object (the first, if given twice).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, value: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(value))
    }
    fn visit_u64<E>(self, value: u64) -> Result<Json<'de>, E> {
        Ok(Json::Unsigned(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Json<'de>, E> {
        Ok(Json::Signed(value))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Json<'de>, E> {
        Ok(Json::Float(value))
    }
    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Borrowed(value)))
    }
    fn visit_str<E>(self, value: &str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(value.to_string())))
    }
    fn visit_string<E>(self, value: String) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(value)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(Json::Text(key)) = map.next_key()? {
            members.push((key, map.next_value()?));
        }
        Ok(Json::Object(members))
    }
}

/// Reads a parsed dataset into its types, or says every misfit it holds.
pub fn dataset(value: Json) -> Result<Dataset, Vec<Located>> {
    let mut reader = Reader {
        path: String::from("$"),
        misfits: Vec::new(),
    };
    match read_dataset(&mut reader, value) {
        Some(dataset) if reader.misfits.is_empty() => Ok(dataset),
        _ => Err(reader.misfits),
    }
}

/// A number as the text writes it; a float keeps its decimal point ("1.0", not "1").
pub fn number_text(value: &Json) -> Option<String> {
    Some(match value {
        Json::Unsigned(n) => n.to_string(),
        Json::Signed(n) => n.to_string(),
        Json::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
        Json::Float(f) => f.to_string(),
        _ => return None,
    })
}

/// A value as serde words what it found: `string "x"`, ``integer `5` ``, `map`…
pub fn found(value: &Json) -> String {
    if let Some(number) = number_text(value) {
        let kind = if matches!(value, Json::Float(_)) {
            "floating point"
        } else {
            "integer"
        };
        return format!("{kind} `{number}`");
    }
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Text(s) => format!("string {s:?}"),
        Json::List(_) => "sequence".into(),
        _ => "map".into(),
    }
}

impl Misfit {
    /// The misfit in the interface's language: "missing field `title`", "the key `spam` is not
    /// in the schema; did you mean `span`?", "invalid type: map, expected a list ([…])".
    pub fn message(&self) -> String {
        match self {
            Misfit::Missing(key) => crate::tr!("validate.shape.missing", key = key),
            Misfit::Duplicate(key) => crate::tr!("validate.shape.duplicate", key = key),
            Misfit::Unknown { key, known } => unknown_key(key, known),
            Misfit::Type { found, expected } => crate::tr!(
                "validate.shape.invalid-type",
                found = found_words(found),
                expected = expected.words()
            ),
        }
    }
}

impl Expected {
    /// What the schema expects, in the interface's language.
    pub fn words(self) -> String {
        let key = match self {
            Expected::Object(name) => return crate::tr!("validate.expected.object", name = name),
            Expected::Dataset => "validate.expected.dataset",
            Expected::List => "validate.expected.list",
            Expected::WholeNumber => "validate.expected.whole-number",
            Expected::Number => "validate.expected.number",
            Expected::Text => "validate.expected.text",
            Expected::Boolean => "validate.expected.boolean",
            Expected::Map => "validate.expected.map",
        };
        crate::tr!(key).to_string()
    }
}

/// What serde words as found (see [`found`]), in the interface's language.
fn found_words(found: &str) -> String {
    for (prefix, key) in [
        ("string ", "validate.found.string"),
        ("integer ", "validate.found.integer"),
        ("floating point ", "validate.found.float"),
        ("boolean ", "validate.found.boolean"),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return crate::i18n::format(key, &[("value", &value)]);
        }
    }
    let key = match found {
        "null" => "validate.found.null",
        "map" => "validate.found.map",
        "sequence" => "validate.found.sequence",
        _ => return found.to_string(),
    };
    crate::tr!(key).to_string()
}

/// An unknown key, with the nearest known one when it is close enough to be a slip, or else
/// the keys that belong there.
fn unknown_key(key: &str, known: &[&str]) -> String {
    let nearest = known
        .iter()
        .min_by_key(|k| (edit_distance(key, k), k.len()))
        .filter(|k| edit_distance(key, k) <= key.chars().count().max(3) / 2);
    let shown: String = key.chars().take(60).collect();
    let ellipsis = if key.chars().count() > 60 { "…" } else { "" };
    let key = format!("{shown}{ellipsis}");
    match nearest {
        Some(k) => crate::tr!("validate.shape.unknown-key-near", key = key, nearest = k),
        None => crate::tr!(
            "validate.shape.unknown-key",
            key = key,
            keys = known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Levenshtein distance between two short keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != *cb))
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// Walks a dataset's value, keeping the path of the value at hand and every misfit met.
struct Reader {
    path: String,
    misfits: Vec<Located>,
}

/// A record's members, taken out one by one.
type Fields<'a> = Vec<(Cow<'a, str>, Json<'a>)>;

/// The keys given more than once among an object's members, each once. A record's few keys are
/// compared pairwise; a large object's go through a set.
fn twice<'m>(members: &'m [(Cow<str>, Json)]) -> Vec<&'m str> {
    let mut out: Vec<&str> = Vec::new();
    let mut note = |key: &'m str| {
        if !out.contains(&key) {
            out.push(key);
        }
    };
    if members.len() <= 16 {
        for (i, (key, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(k, _)| k == key) {
                note(key);
            }
        }
    } else {
        let mut seen = HashSet::with_capacity(members.len());
        for (key, _) in members {
            if !seen.insert(key.as_ref()) {
                note(key);
            }
        }
    }
    out
}

impl Reader {
    fn report<T>(&mut self, misfit: Misfit) -> Option<T> {
        self.misfits.push(Located {
            path: self.path.clone(),
            misfit,
        });
        None
    }

    fn wrong<T>(&mut self, value: &Json, expected: Expected) -> Option<T> {
        self.report(Misfit::Type {
            found: found(value),
            expected,
        })
    }

    /// Reads with the path one member deeper.
    fn member<T>(&mut self, key: &str, read: impl FnOnce(&mut Self) -> T) -> T {
        let length = self.path.len();
        self.path.push('.');
        self.path.push_str(key);
        let out = read(self);
        self.path.truncate(length);
        out
    }

    /// Reports each key given twice in an object.
    fn once_each(&mut self, members: &[(Cow<str>, Json)]) {
        if members.len() > 1 {
            for key in twice(members) {
                self.member(key, |r| r.report::<()>(Misfit::Duplicate(key.to_string())));
            }
        }
    }

    /// An object of a record type; a key it does not have, or has twice, is reported.
    fn object<'a>(
        &mut self,
        value: Json<'a>,
        expected: Expected,
        known: &'static [&'static str],
    ) -> Option<Fields<'a>> {
        let Json::Object(fields) = value else {
            return self.wrong(&value, expected);
        };
        self.once_each(&fields);
        for (key, _) in &fields {
            if !known.contains(&key.as_ref()) {
                let key = key.to_string();
                self.member(&key.clone(), |r| {
                    r.report::<()>(Misfit::Unknown { key, known })
                });
            }
        }
        Some(fields)
    }

    /// A member the record must have.
    fn required<'a, T>(
        &mut self,
        fields: &mut Fields<'a>,
        key: &'static str,
        read: impl FnOnce(&mut Self, Json<'a>) -> Option<T>,
    ) -> Option<T> {
        match take(fields, key) {
            Some(value) => self.member(key, |r| read(r, value)),
            None => self.report(Misfit::Missing(key)),
        }
    }

    /// A member that may be left out, for its type's default (an empty list, false).
    fn or_default<'a, T: Default>(
        &mut self,
        fields: &mut Fields<'a>,
        key: &'static str,
        read: impl FnOnce(&mut Self, Json<'a>) -> Option<T>,
    ) -> Option<T> {
        match take(fields, key) {
            Some(value) => self.member(key, |r| read(r, value)),
            None => Some(T::default()),
        }
    }

    /// A member that may be left out or null.
    fn optional<'a, T>(
        &mut self,
        fields: &mut Fields<'a>,
        key: &'static str,
        read: impl FnOnce(&mut Self, Json<'a>) -> Option<T>,
    ) -> Option<Option<T>> {
        match take(fields, key) {
            None | Some(Json::Null) => Some(None),
            Some(value) => self.member(key, |r| read(r, value)).map(Some),
        }
    }

    fn text(&mut self, value: Json) -> Option<String> {
        match value {
            Json::Text(text) => Some(text.into_owned()),
            other => self.wrong(&other, Expected::Text),
        }
    }

    /// A vocabulary term: any text (an unknown one is reported by validation, with its place).
    fn term<T: From<String>>(&mut self, value: Json) -> Option<T> {
        self.text(value).map(T::from)
    }

    fn whole_number(&mut self, value: Json) -> Option<u32> {
        match value {
            Json::Unsigned(n) if n <= u64::from(u32::MAX) => Some(n as u32),
            other => self.wrong(&other, Expected::WholeNumber),
        }
    }

    fn number(&mut self, value: Json) -> Option<f64> {
        match value {
            Json::Unsigned(n) => Some(n as f64),
            Json::Signed(n) => Some(n as f64),
            Json::Float(f) => Some(f),
            other => self.wrong(&other, Expected::Number),
        }
    }

    fn boolean(&mut self, value: Json) -> Option<bool> {
        match value {
            Json::Bool(b) => Some(b),
            other => self.wrong(&other, Expected::Boolean),
        }
    }

    /// A list, every item read (and every misfit in them reported).
    fn list<'a, T>(
        &mut self,
        value: Json<'a>,
        mut item: impl FnMut(&mut Self, Json<'a>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Json::List(items) = value else {
            return self.wrong(&value, Expected::List);
        };
        let mut out = Vec::with_capacity(items.len());
        let mut whole = true;
        for (index, value) in items.into_iter().enumerate() {
            let length = self.path.len();
            let _ = write!(self.path, "[{index}]");
            match item(self, value) {
                Some(read) if whole => out.push(read),
                Some(_) => {}
                None => whole = false,
            }
            self.path.truncate(length);
        }
        whole.then_some(out)
    }

    fn texts(&mut self, value: Json) -> Option<Vec<String>> {
        self.list(value, Self::text)
    }

    fn translations(&mut self, value: Json) -> Option<Translations> {
        let Json::Object(fields) = value else {
            return self.wrong(&value, Expected::Map);
        };
        self.once_each(&fields);
        let mut out = BTreeMap::new();
        let mut whole = true;
        for (language, text) in fields {
            match self.member(&language, |r| r.text(text)) {
                Some(text) => {
                    out.insert(language.into_owned(), text);
                }
                None => whole = false,
            }
        }
        whole.then_some(out)
    }

    fn citations(&mut self, value: Json) -> Option<Vec<Citation>> {
        self.list(value, |r, value| {
            let mut f = r.object(value, Expected::Object("citation"), &["source", "quote"])?;
            let source = r.required(&mut f, "source", Self::text);
            let quote = r.required(&mut f, "quote", Self::text);
            Some(Citation {
                source: source?,
                quote: quote?,
            })
        })
    }

    fn date(&mut self, value: Json) -> Option<FuzzyDate> {
        const KEYS: &[&str] = &["value", "precision", "approximate", "note"];
        let mut f = self.object(value, Expected::Object("date"), KEYS)?;
        let value = self.required(&mut f, "value", Self::text);
        let precision = self.required(&mut f, "precision", Self::term);
        let approximate = self.or_default(&mut f, "approximate", Self::boolean);
        let note = self.optional(&mut f, "note", Self::text);
        Some(FuzzyDate {
            value: value?,
            precision: precision?,
            approximate: approximate?,
            note: note?,
        })
    }
}

/// Takes the member `key` out of a record's members (the first, if given twice).
fn take<'a>(fields: &mut Fields<'a>, key: &str) -> Option<Json<'a>> {
    let at = fields.iter().position(|(k, _)| k == key)?;
    Some(fields.swap_remove(at).1)
}

fn read_dataset(r: &mut Reader, value: Json) -> Option<Dataset> {
    const KEYS: &[&str] = &[
        "schema_version",
        "title",
        "description",
        "titles",
        "descriptions",
        "poles",
        "sources",
        "actors",
        "relations",
        "events",
        "figures",
        "disagreements",
    ];
    let mut f = r.object(value, Expected::Dataset, KEYS)?;
    let schema_version = r.required(&mut f, "schema_version", Reader::whole_number);
    let title = r.required(&mut f, "title", Reader::text);
    let description = r.required(&mut f, "description", Reader::text);
    let titles = r.or_default(&mut f, "titles", Reader::translations);
    let descriptions = r.or_default(&mut f, "descriptions", Reader::translations);
    let poles = r.required(&mut f, "poles", read_poles);
    let sources = r.required(&mut f, "sources", |r, v| r.list(v, read_source));
    let actors = r.required(&mut f, "actors", |r, v| r.list(v, read_actor));
    let relations = r.required(&mut f, "relations", |r, v| r.list(v, read_relation));
    let events = r.required(&mut f, "events", |r, v| r.list(v, read_event));
    let figures = r.or_default(&mut f, "figures", |r, v| r.list(v, read_figure));
    let disagreements = r.or_default(&mut f, "disagreements", |r, v| r.list(v, read_disagreement));
    Some(Dataset {
        schema_version: schema_version?,
        title: title?,
        description: description?,
        titles: titles?,
        descriptions: descriptions?,
        poles: poles?,
        sources: sources?,
        actors: actors?,
        relations: relations?,
        events: events?,
        figures: figures?,
        disagreements: disagreements?,
    })
}

fn read_poles(r: &mut Reader, value: Json) -> Option<Poles> {
    let mut f = r.object(value, Expected::Object("poles"), &["negative", "positive"])?;
    let negative = r.required(&mut f, "negative", Reader::text);
    let positive = r.required(&mut f, "positive", Reader::text);
    Some(Poles {
        negative: negative?,
        positive: positive?,
    })
}

fn read_source(r: &mut Reader, value: Json) -> Option<Source> {
    const KEYS: &[&str] = &[
        "id",
        "title",
        "author",
        "editor",
        "publisher",
        "url",
        "published",
        "summary",
        "titles",
        "summaries",
    ];
    let mut f = r.object(value, Expected::Object("source"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let title = r.required(&mut f, "title", Reader::text);
    let author = r.optional(&mut f, "author", Reader::text);
    let editor = r.optional(&mut f, "editor", Reader::text);
    let publisher = r.optional(&mut f, "publisher", Reader::text);
    let url = r.optional(&mut f, "url", Reader::text);
    let published = r.required(&mut f, "published", Reader::date);
    let summary = r.required(&mut f, "summary", Reader::text);
    let titles = r.or_default(&mut f, "titles", Reader::translations);
    let summaries = r.or_default(&mut f, "summaries", Reader::translations);
    Some(Source {
        id: id?,
        title: title?,
        author: author?,
        editor: editor?,
        publisher: publisher?,
        url: url?,
        published: published?,
        summary: summary?,
        titles: titles?,
        summaries: summaries?,
    })
}

fn read_actor(r: &mut Reader, value: Json) -> Option<Actor> {
    const KEYS: &[&str] = &[
        "id",
        "kind",
        "name",
        "other_names",
        "description",
        "names",
        "descriptions",
        "iso3166",
        "coordinates",
    ];
    let mut f = r.object(value, Expected::Object("actor"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let kind = r.required(&mut f, "kind", Reader::term);
    let name = r.required(&mut f, "name", Reader::text);
    let other_names = r.or_default(&mut f, "other_names", Reader::texts);
    let description = r.required(&mut f, "description", Reader::text);
    let names = r.or_default(&mut f, "names", Reader::translations);
    let descriptions = r.or_default(&mut f, "descriptions", Reader::translations);
    let iso3166 = r.optional(&mut f, "iso3166", Reader::text);
    let coordinates = r.optional(&mut f, "coordinates", |r, value| {
        let mut f = r.object(value, Expected::Object("coordinates"), &["lat", "lon"])?;
        let lat = r.required(&mut f, "lat", Reader::number);
        let lon = r.required(&mut f, "lon", Reader::number);
        Some(Coordinates {
            lat: lat?,
            lon: lon?,
        })
    });
    Some(Actor {
        id: id?,
        kind: kind?,
        name: name?,
        other_names: other_names?,
        description: description?,
        names: names?,
        descriptions: descriptions?,
        iso3166: iso3166?,
        coordinates: coordinates?,
    })
}

fn read_relation(r: &mut Reader, value: Json) -> Option<Relation> {
    const KEYS: &[&str] = &[
        "id",
        "type",
        "from",
        "to",
        "stance",
        "status",
        "span",
        "summary",
        "summaries",
        "citations",
    ];
    let mut f = r.object(value, Expected::Object("relation"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let relation_type = r.required(&mut f, "type", Reader::term);
    let from = r.required(&mut f, "from", Reader::text);
    let to = r.required(&mut f, "to", Reader::text);
    let stance = r.required(&mut f, "stance", Reader::term);
    let status = r.required(&mut f, "status", Reader::term);
    let span = r.optional(&mut f, "span", |r, value| {
        let mut f = r.object(value, Expected::Object("span"), &["start", "end"])?;
        let start = r.required(&mut f, "start", Reader::date);
        let end = r.optional(&mut f, "end", Reader::date);
        Some(Span {
            start: start?,
            end: end?,
        })
    });
    let summary = r.required(&mut f, "summary", Reader::text);
    let summaries = r.or_default(&mut f, "summaries", Reader::translations);
    let citations = r.required(&mut f, "citations", Reader::citations);
    Some(Relation {
        id: id?,
        relation_type: relation_type?,
        from: from?,
        to: to?,
        stance: stance?,
        status: status?,
        span: span?,
        summary: summary?,
        summaries: summaries?,
        citations: citations?,
    })
}

fn read_event(r: &mut Reader, value: Json) -> Option<Event> {
    const KEYS: &[&str] = &[
        "id",
        "title",
        "date",
        "actors",
        "status",
        "evidence_for",
        "summary",
        "titles",
        "summaries",
        "citations",
    ];
    let mut f = r.object(value, Expected::Object("event"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let title = r.required(&mut f, "title", Reader::text);
    let date = r.required(&mut f, "date", Reader::date);
    let actors = r.required(&mut f, "actors", |r, value| {
        r.list(value, |r, value| {
            let mut f = r.object(value, Expected::Object("participant"), &["actor", "role"])?;
            let actor = r.required(&mut f, "actor", Reader::text);
            let role = r.required(&mut f, "role", Reader::term);
            Some(Participant {
                actor: actor?,
                role: role?,
            })
        })
    });
    let status = r.required(&mut f, "status", Reader::term);
    let evidence_for = r.or_default(&mut f, "evidence_for", Reader::texts);
    let summary = r.required(&mut f, "summary", Reader::text);
    let titles = r.or_default(&mut f, "titles", Reader::translations);
    let summaries = r.or_default(&mut f, "summaries", Reader::translations);
    let citations = r.required(&mut f, "citations", Reader::citations);
    Some(Event {
        id: id?,
        title: title?,
        date: date?,
        actors: actors?,
        status: status?,
        evidence_for: evidence_for?,
        summary: summary?,
        titles: titles?,
        summaries: summaries?,
        citations: citations?,
    })
}

fn read_figure(r: &mut Reader, value: Json) -> Option<Figure> {
    const KEYS: &[&str] = &[
        "id",
        "label",
        "value",
        "value_max",
        "magnitude",
        "unit",
        "about",
        "as_of",
        "citations",
    ];
    let mut f = r.object(value, Expected::Object("figure"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let label = r.required(&mut f, "label", Reader::text);
    let value = r.required(&mut f, "value", Reader::number);
    let value_max = r.optional(&mut f, "value_max", Reader::number);
    let magnitude = r.or_default(&mut f, "magnitude", Reader::boolean);
    let unit = r.required(&mut f, "unit", Reader::text);
    let about = r.required(&mut f, "about", Reader::texts);
    let as_of = r.optional(&mut f, "as_of", Reader::date);
    let citations = r.required(&mut f, "citations", Reader::citations);
    Some(Figure {
        id: id?,
        label: label?,
        value: value?,
        value_max: value_max?,
        magnitude: magnitude?,
        unit: unit?,
        about: about?,
        as_of: as_of?,
        citations: citations?,
    })
}

fn read_disagreement(r: &mut Reader, value: Json) -> Option<Disagreement> {
    const KEYS: &[&str] = &["id", "topic", "summary", "positions", "concerns"];
    let mut f = r.object(value, Expected::Object("disagreement"), KEYS)?;
    let id = r.required(&mut f, "id", Reader::text);
    let topic = r.required(&mut f, "topic", Reader::text);
    let summary = r.required(&mut f, "summary", Reader::text);
    let positions = r.required(&mut f, "positions", |r, value| {
        r.list(value, |r, value| {
            const KEYS: &[&str] = &["source", "summary", "citations"];
            let mut f = r.object(value, Expected::Object("position"), KEYS)?;
            let source = r.required(&mut f, "source", Reader::text);
            let summary = r.required(&mut f, "summary", Reader::text);
            let citations = r.required(&mut f, "citations", Reader::citations);
            Some(Position {
                source: source?,
                summary: summary?,
                citations: citations?,
            })
        })
    });
    let concerns = r.required(&mut f, "concerns", Reader::texts);
    Some(Disagreement {
        id: id?,
        topic: topic?,
        summary: summary?,
        positions: positions?,
        concerns: concerns?,
    })
}
