//! The schema's records, one reader each: which members each has, in the schema's order,
//! which it must have, and how each is read.

use super::reader::Reader;
use super::{Expected, Json};
use crate::model::{
    Actor, Coordinates, Dataset, Disagreement, Event, Figure, Participant, Poles, Position,
    Relation, Source, Span,
};

pub(super) fn read_dataset(r: &mut Reader, value: Json) -> Option<Dataset> {
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
