//! Host tests of the bundled dataset and of validation on small broken files.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;

use war_alignment_explorer::model::{self, ActorKind, Dataset, LoadError, Status};

const BUNDLED: &str = include_str!("../public/data/korea-ukraine-war.json");

fn bundled() -> Dataset {
    match model::load(BUNDLED) {
        Ok(dataset) => dataset,
        Err(error) => panic!(
            "the bundled dataset does not load:\n{}",
            error.problems().join("\n")
        ),
    }
}

fn problems_of(name: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/broken/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    match model::load(&text) {
        Ok(_) => panic!("{name} should not validate"),
        Err(error) => error.problems(),
    }
}

fn assert_reports(name: &str, path: &str, words: &str) {
    let problems = problems_of(name);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(path) && p.contains(words)),
        "{name}: expected a problem at {path} mentioning {words:?}, got {problems:#?}"
    );
}

#[test]
fn bundled_dataset_is_valid_and_complete() {
    let dataset = bundled();
    assert_eq!(dataset.sources.len(), 3);
    assert_eq!(dataset.poles.negative, "russia");
    assert_eq!(dataset.poles.positive, "ukraine");
    assert!(dataset.relations.len() >= 60, "{}", dataset.relations.len());
    assert!(dataset.events.len() >= 30);
    assert!(dataset.figures.len() >= 15);
    assert!(dataset.disagreements.len() >= 4);
    // Every disagreement sets at least two different articles against each other.
    for d in &dataset.disagreements {
        let sources: HashSet<_> = d.positions.iter().map(|p| &p.source).collect();
        assert!(
            sources.len() >= 2,
            "{} has positions from one article only",
            d.id
        );
    }
}

/// Everyone the three articles name as acting or acted upon, written from reading them.
#[test]
fn every_named_actor_is_present() {
    let dataset = bundled();
    let named = [
        ("North Korea", ActorKind::State),
        ("South Korea", ActorKind::State),
        ("Russia", ActorKind::State),
        ("Ukraine", ActorKind::State),
        ("United States", ActorKind::State),
        ("UK", ActorKind::State),
        ("China", ActorKind::State),
        ("Japan", ActorKind::State),
        ("Taiwan", ActorKind::State),
        ("Poland", ActorKind::State),
        ("Estonia", ActorKind::State),
        ("Norway", ActorKind::State),
        ("Iran", ActorKind::State),
        ("Assad's government", ActorKind::State),
        ("Hezbollah", ActorKind::ArmedGroup),
        ("Wagner", ActorKind::ArmedGroup),
        ("NATO", ActorKind::Alliance),
        ("UN General Assembly", ActorKind::InternationalBody),
        ("UN Security Council", ActorKind::InternationalBody),
        ("SWIFT", ActorKind::InternationalBody),
        ("NPT", ActorKind::Treaty),
        ("SOFA", ActorKind::Treaty),
        ("BRI", ActorKind::Initiative),
        ("Donetsk", ActorKind::SeparatistEntity),
        ("Luhansk", ActorKind::SeparatistEntity),
        ("Volodymyr Zelensky", ActorKind::Person),
        ("Yoon Suk-yeol", ActorKind::Person),
        ("Suk Yeol Yoon", ActorKind::Person),
        ("Kim Jong-un", ActorKind::Person),
        ("Kim Yo-jong", ActorKind::Person),
        ("The Wall Street Journal", ActorKind::Media),
        ("Russian media", ActorKind::Media),
        ("South Korean arms manufacturers", ActorKind::Company),
        ("North Korea's military", ActorKind::GovernmentBody),
        ("US-RoK-Japan alliance", ActorKind::Alliance),
        ("West", ActorKind::Group),
        ("Europe", ActorKind::Group),
        ("Pyongyang", ActorKind::State),
        ("Seoul", ActorKind::State),
        ("Moscow", ActorKind::State),
        ("Washington", ActorKind::State),
    ];
    for (name, kind) in named {
        let found = dataset.actors.iter().find(|a| {
            a.name.eq_ignore_ascii_case(name)
                || a.other_names.iter().any(|o| o.eq_ignore_ascii_case(name))
        });
        match found {
            Some(actor) => assert_eq!(actor.kind, kind, "{name} has kind {:?}", actor.kind),
            None => panic!("no actor is named {name}"),
        }
    }
}

/// Others allege North Korean arms for Russia and North Korea denies them: the record is
/// `denied`, with the allegation's and the denial's quotations side by side, and disagreements
/// set the articles' readings of it (how sure, why denied) side by side.
#[test]
fn north_korean_arms_supply_is_denied_beside_its_allegation() {
    let dataset = bundled();
    let supply = dataset
        .relation("north-korea-supplies-arms-to-russia")
        .expect("present");
    assert_eq!(supply.status, Status::Denied);
    let quotes: Vec<&str> = supply.citations.iter().map(|c| c.quote.as_str()).collect();
    assert!(quotes.iter().any(|q| q.contains("alleged")), "{quotes:#?}");
    assert!(quotes.iter().any(|q| q.contains("denied")), "{quotes:#?}");
    let concerned: Vec<&str> = dataset
        .disagreements
        .iter()
        .filter(|d| d.concerns.contains(&supply.id))
        .map(|d| d.id.as_str())
        .collect();
    assert!(concerned.contains(&"how-sure-are-north-korean-arms"));
    assert!(concerned.contains(&"reasons-for-north-korean-denial"));
    // The accusation over Wagner is an allegation the articles never tie to a denial.
    let wagner = dataset
        .relation("north-korea-supplies-arms-to-wagner")
        .expect("present");
    assert_eq!(wagner.status, Status::Alleged);
}

/// Ids other records, links and tests use are never renamed or removed.
#[test]
fn stable_ids_are_kept() {
    let dataset = bundled();
    let ids: HashSet<&str> = dataset
        .actors
        .iter()
        .map(|a| a.id.as_str())
        .chain(dataset.relations.iter().map(|r| r.id.as_str()))
        .chain(dataset.events.iter().map(|e| e.id.as_str()))
        .chain(dataset.figures.iter().map(|f| f.id.as_str()))
        .chain(dataset.disagreements.iter().map(|d| d.id.as_str()))
        .collect();
    for id in [
        "north-korea",
        "south-korea",
        "russia",
        "ukraine",
        "kim-yo-jong",
        "wagner-group",
        "camp-david-summit",
        "us-uk-accuse-north-korea",
        "pyongyang-warns-washington",
        "north-korea-russia-arms-deal",
        "russia-vetoes-for-north-korea",
        "china-cautions-russia",
        "ministries-part-of-north-korea",
        "north-korea-supplies-arms-to-russia",
        "kim-yo-jong-supports-russia",
        "sofa-ratified",
        "export-ban-items",
    ] {
        assert!(ids.contains(id), "{id} is gone");
    }
}

/// Every status of the vocabulary is used where the articles' words call for it.
#[test]
fn every_status_is_used() {
    let dataset = bundled();
    for status in Status::ALL {
        let used = dataset.relations.iter().any(|r| &r.status == status)
            || dataset.events.iter().any(|e| &e.status == status);
        assert!(used, "no relation or event is {}", status.as_str());
    }
}

/// "hundreds of millions" is stored as an order of magnitude, not as exactly 100,000,000.
#[test]
fn figures_keep_the_articles_precision() {
    let dataset = bundled();
    assert_eq!(dataset.schema_version, model::SCHEMA_VERSION);
    let deal = dataset
        .figures
        .iter()
        .find(|f| f.id == "arms-deal-scale")
        .expect("present");
    assert!(deal.magnitude);
    assert_eq!(deal.value, 1e8);
    assert_eq!(deal.value_max, None);
}

#[test]
fn minimal_fixture_is_valid() {
    let text = include_str!("fixtures/minimal.json");
    assert!(model::load(text).is_ok(), "{:?}", model::load(text).err());
}

/// A version-1 file, which has none of the version-2 figure fields, still loads as it is.
#[test]
fn a_version_1_file_still_loads() {
    let dataset = model::load(include_str!("fixtures/minimal.json")).unwrap();
    assert_eq!(dataset.schema_version, 1);
    let figure = &dataset.figures[0];
    assert_eq!(
        (figure.value, figure.value_max, figure.magnitude),
        (3.0, None, false)
    );
}

/// Version 2 stores a range and an order of magnitude.
#[test]
fn a_version_2_file_holds_ranges_and_orders_of_magnitude() {
    let dataset = model::load(include_str!("fixtures/minimal-v2.json"))
        .unwrap_or_else(|e| panic!("{}", e.problems().join("\n")));
    assert_eq!(dataset.schema_version, 2);
    let range = dataset.figures.iter().find(|f| f.id == "range").unwrap();
    assert_eq!((range.value, range.value_max), (1.2e6, Some(1.5e6)));
    assert!(!range.magnitude);
    let order = dataset.figures.iter().find(|f| f.id == "order").unwrap();
    assert!(order.magnitude);
    assert_eq!(order.value, 1e8);
    // Written back, a figure without the new fields stays a version-1 figure.
    let plain = serde_json::to_value(&dataset.figures[0]).unwrap();
    assert!(plain.get("value_max").is_none() && plain.get("magnitude").is_none());
}

#[test]
fn figure_ranges_and_magnitudes_are_checked() {
    assert_reports(
        "version-1-with-version-2-fields",
        "$.figures[0].value_max",
        "needs schema version 2",
    );
    assert_reports(
        "version-1-with-version-2-fields",
        "$.figures[0].magnitude",
        "needs schema version 2",
    );
    assert_reports(
        "bad-figure-precision",
        "$.figures[1].value_max",
        "must be greater than its value",
    );
    assert_reports("bad-figure-precision", "$.figures[2].value", "power of ten");
    assert_reports("bad-figure-precision", "$.figures[0].magnitude", "not both");
}

/// A file of an unknown version is refused with one clear message, before its shape is read.
#[test]
fn an_unknown_version_is_refused_clearly() {
    match model::load(include_str!("fixtures/broken/wrong-schema-version.json")) {
        Err(error @ LoadError::UnsupportedVersion(_)) => assert_eq!(
            error.problems(),
            vec!["$.schema_version: schema version 7 is not supported; this app reads versions 1, 2 and 3 (the current one is 3)".to_string()]
        ),
        other => panic!("expected an unsupported version, got {other:?}"),
    }
    // A future version is refused even when its shape is one this code cannot parse.
    let future = r#"{"schema_version": 4, "figures": "elsewhere"}"#;
    assert!(matches!(
        model::load(future),
        Err(LoadError::UnsupportedVersion(v)) if v == "4"
    ));
}

#[test]
fn each_broken_file_reports_its_mistake_where_it_is() {
    assert_reports(
        "duplicate-id",
        "$.actors[2].id",
        "already used at $.actors[0].id",
    );
    assert_reports(
        "dangling-reference",
        "$.events[0].actors[1].actor",
        "no actor has the id `nobody`",
    );
    assert_reports(
        "unknown-vocabulary",
        "$.relations[0].stance",
        "unknown stance `friendly`",
    );
    assert_reports("bad-date", "$.events[0].date", "`2022-02-30`");
    assert_reports(
        "precision-mismatch",
        "$.events[0].date",
        "does not match precision `month`",
    );
    assert_reports(
        "uncited",
        "$.relations[0].citations",
        "at least one citation",
    );
    assert_reports("long-quote", "$.figures[0].citations[0].quote", "31 words");
    assert_reports(
        "unknown-source",
        "$.disagreements[0].positions[1].source",
        "no source has the id `elsewhere`",
    );
    assert_reports("state-without-code", "$.actors[1].iso3166", "ISO 3166");
    assert_reports("bad-span", "$.relations[0].span", "ends before it starts");
    assert_reports("not-a-slug", "$.actors[2].id", "not a kebab-case id");
    assert_reports("wrong-schema-version", "$.schema_version", "not supported");
    assert_reports("missing-field", "$.events[0]", "missing field `title`");
}

#[test]
fn malformed_json_says_line_and_column() {
    let text = include_str!("fixtures/broken/malformed.json");
    match model::load(text) {
        Err(LoadError::Syntax { line, .. }) => assert_eq!(line, 2),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn validation_reports_every_problem_not_just_the_first() {
    let problems = problems_of("several-mistakes");
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with("$.relations[0].to"));
    assert!(problems[1].starts_with("$.events[0].status"));
    assert!(problems[2].starts_with("$.figures[0].about[0]"));
}

/// The JSON Schema beside the dataset lists exactly the vocabularies the code knows.
#[test]
fn schema_vocabularies_match_the_code() {
    use war_alignment_explorer::model::{Precision, RelationType, Role, Stance};
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../public/data/korea-ukraine-war.schema.json")).unwrap();
    let terms = |name: &str| -> Vec<String> {
        schema["$defs"][name]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    fn spell<T>(all: &[T], f: fn(&T) -> &str) -> Vec<String> {
        all.iter().map(|t| f(t).to_string()).collect()
    }
    assert_eq!(
        terms("actor_kind"),
        spell(ActorKind::ALL, ActorKind::as_str)
    );
    assert_eq!(
        terms("relation_type"),
        spell(RelationType::ALL, RelationType::as_str)
    );
    assert_eq!(terms("stance"), spell(Stance::ALL, Stance::as_str));
    assert_eq!(terms("status"), spell(Status::ALL, Status::as_str));
    assert_eq!(terms("role"), spell(Role::ALL, Role::as_str));
    assert_eq!(terms("precision"), spell(Precision::ALL, Precision::as_str));
}

#[test]
fn an_unknown_key_is_named_with_the_nearest_known_one() {
    let problems = problems_of("unknown-key");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with(
            "$.relations[0].spam: the key `spam` is not in the schema; did you mean `span`?"
        ),
        "{problems:#?}"
    );
    // A key like no known one lists the keys that belong there.
    let text = include_str!("fixtures/minimal.json").replacen("\"title\"", "\"zzzzzzzz\"", 1);
    let problems = model::load(&text).unwrap_err().problems();
    // The renamed key leaves `title` missing: both are said, in the order of the text.
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].starts_with("$: missing field `title` (line 1, column 1)"));
    assert!(problems[1].starts_with("$.zzzzzzzz: the key `zzzzzzzz` is not in the schema; the keys here are `schema_version`"), "{problems:#?}");
}

#[test]
fn quotes_and_texts_are_limited_by_characters_too() {
    assert_reports(
        "too-long",
        "$.relations[0].citations[0].quote",
        "5000 characters; at most 400",
    );
    assert_reports(
        "too-long",
        "$.actors[0].description",
        "2500 characters; at most 2000",
    );
}

#[test]
fn shape_messages_use_the_schema_s_words() {
    let minimal = include_str!("fixtures/minimal.json");
    let first = |text: &str| model::load(text).unwrap_err().problems()[0].clone();
    let relation = minimal.replacen("\"relations\": [", "\"relations\": [\"x\", ", 1);
    assert!(
        first(&relation).starts_with(
            "$.relations[0]: invalid type: string \"x\", expected an object (relation) (line "
        ),
        "{}",
        first(&relation)
    );
    let map = minimal.replacen("\"actors\": [", "\"actors\": {\"a\": [", 1);
    let map = map.replacen("],\n \"relations\"", "]},\n \"relations\"", 1);
    assert!(
        first(&map).starts_with("$.actors: invalid type: map, expected a list ([…]) (line "),
        "{}",
        first(&map)
    );
}

/// A hand-read shape says every misfit with its place, in the order of the text, and a key
/// given twice (which a parsed JSON object keeps once) too.
#[test]
fn every_misfit_in_the_shape_is_reported_with_its_place() {
    let minimal = include_str!("fixtures/minimal.json");
    let text = minimal
        .replacen("\"schema_version\": 1", "\"schema_version\": \"1\"", 1)
        .replacen("\"lat\": 1", "\"lat\": \"north\"", 1)
        .replacen(
            "\"title\": \"Minimal\",",
            "\"title\": \"Minimal\", \"title\": \"Again\",",
            1,
        );
    let problems = model::load(&text).unwrap_err().problems();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_eq!(
        problems[0],
        "$.schema_version: invalid type: string \"1\", expected a whole number (line 2, column 20)"
    );
    assert_eq!(
        problems[1],
        "$.title: duplicate field `title` (line 3, column 31)"
    );
    assert!(
        problems[2].starts_with(
            "$.actors[0].coordinates.lat: invalid type: string \"north\", expected a number (line "
        ),
        "{problems:#?}"
    );
    // Wrong types of every kind, worded as the schema says them.
    let text = minimal
        .replacen("\"lat\": 1", "\"lat\": 1.5, \"lon\": [2]", 1)
        .replacen("\"lon\": 2", "\"height\": 2", 1)
        .replacen("\"name\": \"A\"", "\"name\": null", 1)
        .replacen(
            "\"description\": \"d\"",
            "\"description\": true, \"other_names\": \"B\"",
            1,
        );
    let problems = model::load(&text).unwrap_err().problems();
    let messages: Vec<&str> = problems
        .iter()
        .map(|p| p.split(" (line").next().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "$.actors[0].name: invalid type: null, expected text in quotes",
            "$.actors[0].description: invalid type: boolean `true`, expected text in quotes",
            "$.actors[0].other_names: invalid type: string \"B\", expected a list ([…])",
            "$.actors[0].coordinates.lon: invalid type: sequence, expected a number",
            "$.actors[0].coordinates.height: the key `height` is not in the schema; the keys here are `lat`, `lon`",
        ]
    );
}

#[test]
fn common_accidents_get_a_plain_cause() {
    let first = |text: &str| model::load(text).unwrap_err().problems()[0].clone();
    assert!(first("<!DOCTYPE html><html>…").contains("HTML or XML page, not JSON"));
    assert!(first("  [ {\"id\": 1} ]").contains("the file is a list"));
    assert!(first("   ").contains("the file is empty"));
    assert_eq!(
        model::read_text(b"\xEF\xBB\xBF{}").unwrap(),
        "{}",
        "a byte-order mark is dropped"
    );
    assert!(model::read_text(b"\xFF\xFE{\x00}\x00")
        .unwrap_err()
        .contains("UTF-16"));
    assert!(model::read_text(b"{\"title\": \"\xC3\x28\"}")
        .unwrap_err()
        .contains("offset 11"));
}

#[test]
fn the_example_dataset_is_valid_and_not_about_korea() {
    let text = include_str!("../public/data/examples/fictional-river-dispute.json");
    let dataset = model::load(text).unwrap();
    assert!(dataset.actors.len() >= 5);
    assert!(!text.to_lowercase().contains("korea"));
}

/// The loader reads a dataset by hand (`model::read`); it reads exactly what the record types'
/// own serde shape reads, optional members and translations included.
#[test]
fn the_hand_reader_reads_what_the_record_types_read() {
    for text in [
        include_str!("../public/data/korea-ukraine-war.json"),
        include_str!("../public/data/examples/fictional-river-dispute.json"),
        include_str!("fixtures/minimal.json"),
    ] {
        let derived: model::Dataset = serde_json::from_str(text).unwrap();
        let read = model::read::dataset(serde_json::from_str(text).unwrap()).unwrap();
        assert_eq!(read, derived);
        assert_eq!(model::load(text).unwrap(), derived);
    }
}

/// A damaged copy of the bundled dataset is never a panic: a value of the wrong JSON type
/// anywhere in the first record of each list is reported at exactly its path; a required key
/// taken out is reported at its object; an unknown key at its own path.
#[test]
fn every_damaged_value_is_reported_where_it_is() {
    use serde_json::Value;
    let text = include_str!("../public/data/korea-ukraine-war.json");
    let original: Value = serde_json::from_str(text).unwrap();
    // The paths (as JSON pointers and as the loader's paths) of every value in the first
    // record of each list.
    fn walk(value: &Value, pointer: String, path: String, out: &mut Vec<(String, String)>) {
        match value {
            Value::Object(members) => {
                for (key, member) in members {
                    walk(
                        member,
                        format!("{pointer}/{key}"),
                        format!("{path}.{key}"),
                        out,
                    );
                }
            }
            Value::Array(items) => {
                if let Some(first) = items.first() {
                    walk(first, format!("{pointer}/0"), format!("{path}[0]"), out);
                }
            }
            _ => {}
        }
        out.push((pointer, path));
    }
    let mut places = Vec::new();
    walk(&original, String::new(), "$".into(), &mut places);
    assert!(places.len() > 100, "{}", places.len());
    let problems_of = |damaged: &Value| -> Vec<String> {
        match model::load(&serde_json::to_string_pretty(damaged).unwrap()) {
            Ok(_) => Vec::new(),
            Err(error) => error.problems(),
        }
    };
    for (pointer, path) in places.iter().filter(|(p, _)| !p.is_empty()) {
        // Another type in its place.
        let mut damaged = original.clone();
        let slot = damaged.pointer_mut(pointer).unwrap();
        *slot = match slot {
            Value::String(_) => Value::from(7),
            Value::Number(_) => Value::from("7"),
            Value::Bool(_) => Value::from("yes"),
            Value::Array(_) => Value::Object(Default::default()),
            _ => Value::Array(Vec::new()),
        };
        let problems = problems_of(&damaged);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{path}: invalid type"))),
            "{path}: {problems:?}"
        );
        // An unknown key beside it, in an object.
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let mut damaged = original.clone();
        if let Some(Value::Object(members)) = damaged.pointer_mut(parent) {
            // Not in a map of translations, whose keys are any language code.
            let translations = ["titles", "summaries", "names", "descriptions"];
            let in_map = translations
                .iter()
                .any(|t| parent.ends_with(&format!("/{t}")));
            if key.parse::<usize>().is_err() && !in_map {
                members.insert("zzz".into(), Value::Null);
                let problems = problems_of(&damaged);
                let parent_path = path.strip_suffix(&format!(".{key}")).unwrap();
                assert!(
                    problems.iter().any(|p| p.starts_with(&format!(
                        "{parent_path}.zzz: the key `zzz` is not in the schema"
                    ))),
                    "{parent_path}: {problems:?}"
                );
                // The key taken out: a required one is missing at its object.
                let mut damaged = original.clone();
                if let Some(Value::Object(members)) = damaged.pointer_mut(parent) {
                    members.remove(key);
                }
                let problems = problems_of(&damaged);
                let missing = format!("{parent_path}: missing field `{key}`");
                let said = problems.iter().filter(|p| p.contains("missing field"));
                assert!(
                    said.clone().all(|p| p.starts_with(&missing)),
                    "{path}: {problems:?}"
                );
                if ["id", "citations", "source", "quote", "summary"].contains(&key) {
                    assert_eq!(said.count(), 1, "{path}: {problems:?}");
                }
            }
        }
    }
}
