//! Parsing a dataset from JSON text and validating it. Validation collects every problem,
//! each with the JSON path of the offending value and a plain message; it never stops at the
//! first one and never panics.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{Citation, Dataset, FuzzyDate, SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS};
use crate::model::vocabulary::ActorKind;

/// The longest quotation a citation may hold, in words.
pub const MAX_QUOTE_WORDS: usize = 30;
/// The longest quotation in characters (a quotation of 30 words is about 200).
pub const MAX_QUOTE_CHARS: usize = 400;
/// The longest name, title, description or summary, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path such as `$.events[12].actors[1].actor`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a dataset could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Shape { path: String, message: String },
    /// The file declares a schema version this code does not read; nothing else is checked,
    /// since another version may have another shape.
    #[error("$.schema_version: {}", unsupported_version_message(.0))]
    UnsupportedVersion(String),
    #[error("{} problem(s) in the dataset, the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// Every problem as a located line, for the error panel.
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

/// What to say about a schema version this code does not read.
fn unsupported_version_message(found: &str) -> String {
    let known: Vec<String> = SUPPORTED_SCHEMA_VERSIONS
        .iter()
        .map(ToString::to_string)
        .collect();
    let list = match known.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    format!(
        "schema version {found} is not supported; this app reads versions {list} (the current one is {SCHEMA_VERSION})"
    )
}

/// The declared schema version, read on its own, when it is a number this code does not
/// read: a file of another version may have another shape, so it is reported as such rather
/// than as a shape this version does not expect.
fn unsupported_version(text: &str) -> Option<LoadError> {
    #[derive(serde::Deserialize)]
    struct Header {
        schema_version: Option<serde_json::Value>,
    }
    let version = serde_json::from_str::<Header>(text).ok()?.schema_version?;
    let supported = version
        .as_u64()
        .is_some_and(|v| SUPPORTED_SCHEMA_VERSIONS.iter().any(|&s| u64::from(s) == v));
    (version.is_number() && !supported).then(|| LoadError::UnsupportedVersion(version.to_string()))
}

/// Parses and validates dataset text of any supported schema version.
pub fn load(text: &str) -> Result<Dataset, LoadError> {
    let dataset = match parse(text) {
        Ok(dataset) => dataset,
        // Only a file that does not parse is read a second time, for its version.
        Err(error @ LoadError::Shape { .. }) => {
            return Err(unsupported_version(text).unwrap_or(error))
        }
        Err(error) => return Err(error),
    };
    if !SUPPORTED_SCHEMA_VERSIONS.contains(&dataset.schema_version) {
        return Err(LoadError::UnsupportedVersion(
            dataset.schema_version.to_string(),
        ));
    }
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Parses dataset text into its types, locating a syntax or shape error.
/// The text of a file's bytes: UTF-8, with a byte-order mark dropped. UTF-16 and bytes that
/// are not UTF-8 are refused with a plain cause.
pub fn read_text(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err("the file is UTF-16 text; save it as UTF-8".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "the file is not UTF-8 text: the bytes from offset {} are not valid UTF-8; save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// A plain cause for a file that is not a dataset at all, judged from how it starts.
fn not_a_dataset(text: &str) -> Option<String> {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.is_empty() {
        Some("the file is empty".into())
    } else if start.starts_with('<') {
        Some("this is an HTML or XML page, not JSON (is the address of the dataset right?)".into())
    } else if start.starts_with('[') {
        Some("the file is a list ([…]); a dataset is one object ({…}) with its sources, actors, relations and events".into())
    } else {
        None
    }
}

fn parse(text: &str) -> Result<Dataset, LoadError> {
    if let Some(cause) = not_a_dataset(text) {
        return Err(LoadError::Shape {
            path: "$".into(),
            message: cause,
        });
    }
    serde_json::from_str(text).map_err(|error| {
        if error.is_syntax() || error.is_eof() {
            LoadError::Syntax {
                line: error.line(),
                column: error.column(),
                message: strip_position(&error.to_string()),
            }
        } else {
            LoadError::Shape {
                path: super::json_path::path_at(text, error.line(), error.column()),
                message: format!(
                    "{} (line {}, column {})",
                    plain_shape_message(&strip_position(&error.to_string())),
                    error.line(),
                    error.column()
                ),
            }
        }
    })
}

/// serde's message for a value of the wrong shape, in the schema's words: an unknown key names
/// the nearest known one; Rust type names become what the schema expects.
pub fn plain_shape_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let nearest = known
            .iter()
            .min_by_key(|k| (edit_distance(key, k), k.len()))
            .filter(|k| edit_distance(key, k) <= key.chars().count().max(3) / 2);
        let shown: String = key.chars().take(60).collect();
        let ellipsis = if key.chars().count() > 60 { "…" } else { "" };
        return match nearest {
            Some(k) => {
                format!("the key `{shown}{ellipsis}` is not in the schema; did you mean `{k}`?")
            }
            None => format!(
                "the key `{shown}{ellipsis}` is not in the schema; the keys here are {}",
                known
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
    }
    let mut plain = message.to_string();
    for (rust, schema) in [
        ("expected struct Dataset", "expected a dataset object"),
        ("expected a sequence", "expected a list ([…])"),
        ("expected u32", "expected a whole number"),
        ("expected f64", "expected a number"),
        ("expected a string", "expected text in quotes"),
        ("expected a boolean", "expected true or false"),
    ] {
        plain = plain.replace(rust, schema);
    }
    let mut out = String::new();
    let mut rest = plain.as_str();
    // "expected struct Relation" and the like: the record's name, in words.
    while let Some(at) = rest.find("expected struct ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "expected struct ".len()..];
        let name: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        out.push_str(&format!("expected an object ({})", name.to_lowercase()));
        rest = &after[name.len()..];
    }
    out.push_str(rest);
    out
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

fn strip_position(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_string()
}

/// Collects the problems of a parsed dataset.
struct Checker<'a> {
    problems: Vec<Problem>,
    actor_ids: HashSet<&'a str>,
    relation_ids: HashSet<&'a str>,
    source_ids: HashSet<&'a str>,
    all_ids: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn known<T: AsRef<str>>(&mut self, path: String, term: Option<T>, name: &str, known: &[&str]) {
        if let Some(term) = term {
            self.report(
                path,
                format!(
                    "unknown {name} `{}`; expected one of: {}",
                    term.as_ref(),
                    known.join(", ")
                ),
            );
        }
    }

    fn actor_ref(&mut self, path: String, id: &str) {
        if !self.actor_ids.contains(id) {
            self.report(path, format!("no actor has the id `{id}`"));
        }
    }

    fn date(&mut self, path: String, date: &FuzzyDate) -> Option<super::DayRange> {
        match date.range() {
            Ok(range) => Some(range),
            Err(error) => {
                self.report(path, error.to_string());
                None
            }
        }
    }

    /// Translations of a text: each under a language code ("ko", "pt-BR"), each a text.
    fn translations(&mut self, path: String, translations: &super::Translations) {
        for (code, text) in translations {
            let mut parts = code.split('-');
            let primary = parts.next().unwrap_or("");
            let well_formed = (2..=3).contains(&primary.len())
                && primary.chars().all(|c| c.is_ascii_lowercase())
                && parts.all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
            if !well_formed {
                self.report(
                    format!("{path}.{code}"),
                    format!("`{code}` is not a language code (like `ko` or `pt-BR`)"),
                );
            }
            self.text(format!("{path}.{code}"), text);
        }
    }

    fn text(&mut self, path: String, text: &str) {
        let chars = text.chars().count();
        if text.trim().is_empty() {
            self.report(path, "must not be empty");
        } else if chars > MAX_TEXT_CHARS {
            self.report(
                path,
                format!("the text has {chars} characters; at most {MAX_TEXT_CHARS} are allowed"),
            );
        }
    }

    fn citations(&mut self, path: String, citations: &[Citation]) {
        if citations.is_empty() {
            self.report(path.clone(), "needs at least one citation");
        }
        for (i, citation) in citations.iter().enumerate() {
            if !self.source_ids.contains(citation.source.as_str()) {
                self.report(
                    format!("{path}[{i}].source"),
                    format!("no source has the id `{}`", citation.source),
                );
            }
            let words = citation.quote.split_whitespace().count();
            let chars = citation.quote.chars().count();
            if chars > MAX_QUOTE_CHARS {
                self.report(
                    format!("{path}[{i}].quote"),
                    format!(
                        "the quotation has {chars} characters; at most {MAX_QUOTE_CHARS} are allowed"
                    ),
                );
            } else if words == 0 {
                self.report(format!("{path}[{i}].quote"), "the quotation is empty");
            } else if words > MAX_QUOTE_WORDS {
                self.report(
                    format!("{path}[{i}].quote"),
                    format!(
                        "the quotation has {words} words; at most {MAX_QUOTE_WORDS} are allowed"
                    ),
                );
            }
        }
    }
}

fn terms<T>(all: &[T], as_str: impl Fn(&T) -> &str) -> Vec<&str> {
    all.iter().map(as_str).collect()
}

/// Whether an id is a kebab-case slug: lowercase ASCII letters and digits in words joined by
/// single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `value` is 10, 100, 1000, … (up to 10^14): the unit of an order of magnitude.
pub fn is_power_of_ten(value: f64) -> bool {
    let mut power = 10.0_f64;
    while power <= 1e14 {
        if value == power {
            return true;
        }
        power *= 10.0;
    }
    false
}

/// Every problem of a parsed dataset; empty when it is valid.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    use super::vocabulary::{Precision, RelationType, Role, Stance, Status};

    let mut checker = Checker {
        problems: Vec::new(),
        actor_ids: dataset.actors.iter().map(|a| a.id.as_str()).collect(),
        relation_ids: dataset.relations.iter().map(|r| r.id.as_str()).collect(),
        source_ids: dataset.sources.iter().map(|s| s.id.as_str()).collect(),
        all_ids: HashSet::new(),
    };
    let c = &mut checker;

    if !SUPPORTED_SCHEMA_VERSIONS.contains(&dataset.schema_version) {
        c.report(
            "$.schema_version",
            unsupported_version_message(&dataset.schema_version.to_string()),
        );
    }
    c.text("$.title".into(), &dataset.title);
    c.translations("$.titles".into(), &dataset.titles);
    c.translations("$.descriptions".into(), &dataset.descriptions);

    // Ids: slugs, unique across every kind of record.
    let mut first_seen: HashMap<&str, String> = HashMap::new();
    let ids = dataset
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("$.sources[{i}].id"), s.id.as_str()))
        .chain(
            dataset
                .actors
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("$.actors[{i}].id"), a.id.as_str())),
        )
        .chain(
            dataset
                .relations
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("$.relations[{i}].id"), r.id.as_str())),
        )
        .chain(
            dataset
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("$.events[{i}].id"), e.id.as_str())),
        )
        .chain(
            dataset
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("$.figures[{i}].id"), f.id.as_str())),
        )
        .chain(
            dataset
                .disagreements
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("$.disagreements[{i}].id"), d.id.as_str())),
        );
    for (path, id) in ids {
        if !is_slug(id) {
            c.report(
                path.clone(),
                format!("`{id}` is not a kebab-case id (like `north-korea`)"),
            );
        }
        if let Some(first) = first_seen.get(id) {
            c.report(path, format!("the id `{id}` is already used at {first}"));
        } else {
            first_seen.insert(id, path);
            c.all_ids.insert(id);
        }
    }

    c.actor_ref("$.poles.negative".into(), &dataset.poles.negative);
    c.actor_ref("$.poles.positive".into(), &dataset.poles.positive);
    if dataset.poles.negative == dataset.poles.positive {
        c.report("$.poles", "the two poles must be different actors");
    }

    let precisions = terms(Precision::ALL, Precision::as_str);
    for (i, source) in dataset.sources.iter().enumerate() {
        c.text(format!("$.sources[{i}].title"), &source.title);
        c.translations(format!("$.sources[{i}].titles"), &source.titles);
        c.translations(format!("$.sources[{i}].summaries"), &source.summaries);
        c.known(
            format!("$.sources[{i}].published.precision"),
            (!source.published.precision.is_known())
                .then(|| source.published.precision.as_str().to_string()),
            "precision",
            &precisions,
        );
        if source.published.precision.is_known() {
            c.date(format!("$.sources[{i}].published"), &source.published);
        }
    }

    let kinds = terms(ActorKind::ALL, ActorKind::as_str);
    for (i, actor) in dataset.actors.iter().enumerate() {
        let path = format!("$.actors[{i}]");
        c.text(format!("{path}.name"), &actor.name);
        c.text(format!("{path}.description"), &actor.description);
        c.translations(format!("{path}.names"), &actor.names);
        c.translations(format!("{path}.descriptions"), &actor.descriptions);
        c.known(
            format!("{path}.kind"),
            (!actor.kind.is_known()).then(|| actor.kind.as_str().to_string()),
            "actor kind",
            &kinds,
        );
        if actor.kind == ActorKind::State {
            match &actor.iso3166 {
                Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) => {}
                Some(code) => c.report(
                    format!("{path}.iso3166"),
                    format!("`{code}` is not a two-letter ISO 3166-1 code"),
                ),
                None => c.report(
                    format!("{path}.iso3166"),
                    "a state needs its ISO 3166-1 alpha-2 code",
                ),
            }
            match &actor.coordinates {
                Some(point)
                    if (-90.0..=90.0).contains(&point.lat)
                        && (-180.0..=180.0).contains(&point.lon) => {}
                Some(_) => c.report(
                    format!("{path}.coordinates"),
                    "latitude must lie in [-90, 90] and longitude in [-180, 180]",
                ),
                None => c.report(
                    format!("{path}.coordinates"),
                    "a state needs a representative coordinate",
                ),
            }
        }
    }

    let types = terms(RelationType::ALL, RelationType::as_str);
    let stances = terms(Stance::ALL, Stance::as_str);
    let statuses = terms(Status::ALL, Status::as_str);
    for (i, relation) in dataset.relations.iter().enumerate() {
        let path = format!("$.relations[{i}]");
        c.known(
            format!("{path}.type"),
            (!relation.relation_type.is_known())
                .then(|| relation.relation_type.as_str().to_string()),
            "relation type",
            &types,
        );
        c.known(
            format!("{path}.stance"),
            (!relation.stance.is_known()).then(|| relation.stance.as_str().to_string()),
            "stance",
            &stances,
        );
        c.known(
            format!("{path}.status"),
            (!relation.status.is_known()).then(|| relation.status.as_str().to_string()),
            "status",
            &statuses,
        );
        c.actor_ref(format!("{path}.from"), &relation.from);
        c.actor_ref(format!("{path}.to"), &relation.to);
        if relation.from == relation.to {
            c.report(
                format!("{path}.to"),
                "a relation must join two different actors",
            );
        }
        c.text(format!("{path}.summary"), &relation.summary);
        c.translations(format!("{path}.summaries"), &relation.summaries);
        if let Some(span) = &relation.span {
            let start = c.date(format!("{path}.span.start"), &span.start);
            let end = span
                .end
                .as_ref()
                .and_then(|end| c.date(format!("{path}.span.end"), end));
            if let (Some(start), Some(end)) = (start, end) {
                if end.end < start.start {
                    c.report(format!("{path}.span"), "the span ends before it starts");
                }
            }
        }
        c.citations(format!("{path}.citations"), &relation.citations);
    }

    let roles = terms(Role::ALL, Role::as_str);
    for (i, event) in dataset.events.iter().enumerate() {
        let path = format!("$.events[{i}]");
        c.text(format!("{path}.title"), &event.title);
        c.text(format!("{path}.summary"), &event.summary);
        c.translations(format!("{path}.titles"), &event.titles);
        c.translations(format!("{path}.summaries"), &event.summaries);
        c.date(format!("{path}.date"), &event.date);
        c.known(
            format!("{path}.status"),
            (!event.status.is_known()).then(|| event.status.as_str().to_string()),
            "status",
            &statuses,
        );
        if event.actors.is_empty() {
            c.report(
                format!("{path}.actors"),
                "an event needs at least one actor",
            );
        }
        for (j, participant) in event.actors.iter().enumerate() {
            c.actor_ref(format!("{path}.actors[{j}].actor"), &participant.actor);
            c.known(
                format!("{path}.actors[{j}].role"),
                (!participant.role.is_known()).then(|| participant.role.as_str().to_string()),
                "role",
                &roles,
            );
        }
        for (j, relation) in event.evidence_for.iter().enumerate() {
            if !c.relation_ids.contains(relation.as_str()) {
                c.report(
                    format!("{path}.evidence_for[{j}]"),
                    format!("no relation has the id `{relation}`"),
                );
            }
        }
        c.citations(format!("{path}.citations"), &event.citations);
    }

    for (i, figure) in dataset.figures.iter().enumerate() {
        let path = format!("$.figures[{i}]");
        c.text(format!("{path}.label"), &figure.label);
        c.text(format!("{path}.unit"), &figure.unit);
        if !figure.value.is_finite() {
            c.report(format!("{path}.value"), "must be a finite number");
        }
        if dataset.schema_version < 2 {
            for (field, present) in [
                ("value_max", figure.value_max.is_some()),
                ("magnitude", figure.magnitude),
            ] {
                if present {
                    c.report(
                        format!("{path}.{field}"),
                        format!(
                            "`{field}` needs schema version 2; this file declares version {}",
                            dataset.schema_version
                        ),
                    );
                }
            }
        }
        if let Some(max) = figure.value_max {
            if !max.is_finite() {
                c.report(format!("{path}.value_max"), "must be a finite number");
            } else if max <= figure.value {
                c.report(
                    format!("{path}.value_max"),
                    format!(
                        "the upper end {max} of a range must be greater than its value {}",
                        figure.value
                    ),
                );
            }
            if figure.magnitude {
                c.report(
                    format!("{path}.magnitude"),
                    "a figure is either a range (`value_max`) or an order of magnitude, not both",
                );
            }
        }
        if figure.magnitude && !is_power_of_ten(figure.value) {
            c.report(
                format!("{path}.value"),
                format!(
                    "an order of magnitude needs a power of ten of at least 10 (such as 100000000 for \"hundreds of millions\"), not {}",
                    figure.value
                ),
            );
        }
        if figure.about.is_empty() {
            c.report(
                format!("{path}.about"),
                "a figure must be about at least one record",
            );
        }
        for (j, id) in figure.about.iter().enumerate() {
            if !c.all_ids.contains(id.as_str()) {
                c.report(
                    format!("{path}.about[{j}]"),
                    format!("no record has the id `{id}`"),
                );
            }
        }
        if let Some(as_of) = &figure.as_of {
            c.date(format!("{path}.as_of"), as_of);
        }
        c.citations(format!("{path}.citations"), &figure.citations);
    }

    for (i, disagreement) in dataset.disagreements.iter().enumerate() {
        let path = format!("$.disagreements[{i}]");
        c.text(format!("{path}.topic"), &disagreement.topic);
        if disagreement.positions.len() < 2 {
            c.report(
                format!("{path}.positions"),
                "a disagreement needs at least two positions",
            );
        }
        for (j, position) in disagreement.positions.iter().enumerate() {
            if !c.source_ids.contains(position.source.as_str()) {
                c.report(
                    format!("{path}.positions[{j}].source"),
                    format!("no source has the id `{}`", position.source),
                );
            }
            c.text(format!("{path}.positions[{j}].summary"), &position.summary);
            c.citations(
                format!("{path}.positions[{j}].citations"),
                &position.citations,
            );
        }
        for (j, id) in disagreement.concerns.iter().enumerate() {
            if !c.all_ids.contains(id.as_str()) {
                c.report(
                    format!("{path}.concerns[{j}]"),
                    format!("no record has the id `{id}`"),
                );
            }
        }
    }

    checker.problems
}
