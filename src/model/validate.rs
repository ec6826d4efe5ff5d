//! Parsing a dataset from JSON text and validating it. Validation collects every problem,
//! each with the JSON path of the offending value and a plain message; it never stops at the
//! first one and never panics.

// Fast, non-random hashes, as elsewhere in the app: on wasm32-unknown-unknown the standard
// library's `RandomState` keys SipHash with two memory addresses, so it would cost code and
// time for little defence against crafted ids.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;

use super::read::{self, number_text, Json};
use super::{json_path, Citation, Dataset, FuzzyDate, SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS};
use crate::layout::num::float_text;
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    Shape {
        path: String,
        message: String,
    },
    /// The file declares a schema version this code does not read; nothing else is checked,
    /// since another version may have another shape.
    UnsupportedVersion(String),
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    /// In the interface's language (English on the command line).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax {
                line,
                column,
                message,
            } => f.write_str(&crate::tr!(
                "load.syntax",
                line = line,
                column = column,
                message = syntax_words(message)
            )),
            LoadError::Shape { path, message } => write!(f, "{path}: {message}"),
            LoadError::UnsupportedVersion(found) => {
                write!(
                    f,
                    "$.schema_version: {}",
                    unsupported_version_message(found)
                )
            }
            LoadError::Invalid(problems) => f.write_str(&crate::tr!(
                "load.invalid",
                n = problems.len(),
                first = problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            )),
        }
    }
}

impl std::error::Error for LoadError {}

/// serde_json's words for a syntax error, in the interface's language: the common ones are
/// in the catalogue; any other is left as serde_json writes it.
fn syntax_words(message: &str) -> String {
    let key = match message {
        "EOF while parsing a value" => "load.json.eof-value",
        "EOF while parsing a list" => "load.json.eof-list",
        "EOF while parsing an object" => "load.json.eof-object",
        "EOF while parsing a string" => "load.json.eof-string",
        "expected value" => "load.json.expected-value",
        "expected `,` or `]`" => "load.json.expected-comma-bracket",
        "expected `,` or `}`" => "load.json.expected-comma-brace",
        "expected `:`" => "load.json.expected-colon",
        "expected `,`" => "load.json.expected-comma",
        "expected ident" => "load.json.expected-ident",
        "trailing comma" => "load.json.trailing-comma",
        "trailing characters" => "load.json.trailing-characters",
        "key must be a string" => "load.json.key-string",
        "invalid escape" => "load.json.invalid-escape",
        "invalid number" => "load.json.invalid-number",
        "number out of range" => "load.json.number-range",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "load.json.control-character"
        }
        _ => return message.to_string(),
    };
    crate::tr!(key).to_string()
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
        Some((last, rest)) => crate::tr!("validate.list.and", rest = rest.join(", "), last = last),
        None => String::new(),
    };
    crate::tr!(
        "validate.version.unsupported",
        found = found,
        list = list,
        current = SCHEMA_VERSION
    )
}

/// The declared schema version when it is a number this code does not read: a file of another
/// version may have another shape, so it is reported as such rather than as a shape this
/// version does not expect.
fn unsupported_version(value: &Json) -> Option<LoadError> {
    let version = value.get("schema_version")?;
    let found = number_text(version)?;
    let supported = matches!(version, Json::Unsigned(v)
        if SUPPORTED_SCHEMA_VERSIONS.iter().any(|&s| u64::from(s) == *v));
    (!supported).then_some(LoadError::UnsupportedVersion(found))
}

/// Parses and validates dataset text of any supported schema version.
pub fn load(text: &str) -> Result<Dataset, LoadError> {
    let dataset = parse(text)?;
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
        return Err(crate::tr!("load.utf16").into());
    }
    String::from_utf8(bytes.to_vec())
        .map_err(|e| crate::tr!("load.not-utf8", offset = e.utf8_error().valid_up_to()))
}

/// A plain cause for a file that is not a dataset at all, judged from how it starts.
fn not_a_dataset(text: &str) -> Option<String> {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.is_empty() {
        Some(crate::tr!("load.empty").into())
    } else if start.starts_with('<') {
        Some(crate::tr!("load.html").into())
    } else if start.starts_with('[') {
        Some(crate::tr!("load.list").into())
    } else {
        None
    }
}

/// Parses dataset text into its types: a syntax error with its line and column, a declared
/// version this code does not read, or every value of the wrong shape and every key given twice,
/// each with its path, line and column.
fn parse(text: &str) -> Result<Dataset, LoadError> {
    if let Some(cause) = not_a_dataset(text) {
        return Err(LoadError::Shape {
            path: "$".into(),
            message: cause,
        });
    }
    let value = read::parse(text).map_err(|error| LoadError::Syntax {
        line: error.line(),
        column: error.column(),
        message: strip_position(&error.to_string()),
    })?;
    if let Some(unsupported) = unsupported_version(&value) {
        return Err(unsupported);
    }
    let misfits = match read::dataset(value) {
        Ok(dataset) => return Ok(dataset),
        Err(misfits) => misfits,
    };
    // Only a text with misfits is read a second time, for their places.
    let wanted: Vec<&str> = misfits.iter().map(|m| m.path.as_str()).collect();
    let places = json_path::places(text, &wanted);
    // In the order of the text; a problem without a place (a key written with escapes) last.
    let mut order: Vec<usize> = (0..misfits.len()).collect();
    let at = |i: usize| places[i].unwrap_or((usize::MAX, 0));
    crate::sort::positions(&mut order, &|a, b| at(a).cmp(&at(b)));
    let mut problems: Vec<Problem> = order
        .into_iter()
        .map(|i| shape_problem(&misfits[i].path, &misfits[i].misfit, places[i]))
        .collect();
    if problems.len() == 1 {
        let Problem { path, message } = problems.remove(0);
        Err(LoadError::Shape { path, message })
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// A shape problem with its place in the text, when known.
fn shape_problem(path: &str, misfit: &read::Misfit, place: Option<json_path::Place>) -> Problem {
    let message = match place {
        Some((line, column)) => crate::tr!(
            "validate.shape.at",
            message = misfit.message(),
            line = line,
            column = column
        ),
        None => misfit.message(),
    };
    Problem {
        path: path.to_string(),
        message,
    }
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
                crate::tr!(
                    "validate.unknown-term",
                    name = name,
                    term = term.as_ref(),
                    known = known.join(", ")
                ),
            );
        }
    }

    fn actor_ref(&mut self, path: String, id: &str) {
        if !self.actor_ids.contains(id) {
            self.report(path, crate::tr!("validate.no-actor", id = id));
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
                    crate::tr!("validate.language-code", code = code),
                );
            }
            self.text(format!("{path}.{code}"), text);
        }
    }

    fn text(&mut self, path: String, text: &str) {
        let chars = text.chars().count();
        if text.trim().is_empty() {
            self.report(path, crate::tr!("validate.empty"));
        } else if chars > MAX_TEXT_CHARS {
            self.report(
                path,
                crate::tr!("validate.text-chars", chars = chars, max = MAX_TEXT_CHARS),
            );
        }
    }

    fn citations(&mut self, path: String, citations: &[Citation]) {
        if citations.is_empty() {
            self.report(path.clone(), crate::tr!("validate.no-citation"));
        }
        for (i, citation) in citations.iter().enumerate() {
            if !self.source_ids.contains(citation.source.as_str()) {
                self.report(
                    format!("{path}[{i}].source"),
                    crate::tr!("validate.no-source", id = citation.source),
                );
            }
            let words = citation.quote.split_whitespace().count();
            let chars = citation.quote.chars().count();
            if chars > MAX_QUOTE_CHARS {
                self.report(
                    format!("{path}[{i}].quote"),
                    crate::tr!("validate.quote-chars", chars = chars, max = MAX_QUOTE_CHARS),
                );
            } else if words == 0 {
                self.report(
                    format!("{path}[{i}].quote"),
                    crate::tr!("validate.quote-empty"),
                );
            } else if words > MAX_QUOTE_WORDS {
                self.report(
                    format!("{path}[{i}].quote"),
                    crate::tr!("validate.quote-words", words = words, max = MAX_QUOTE_WORDS),
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
        all_ids: HashSet::default(),
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
    let mut first_seen: HashMap<&str, String> = HashMap::default();
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
            c.report(path.clone(), crate::tr!("validate.not-slug", id = id));
        }
        if let Some(first) = first_seen.get(id) {
            c.report(path, crate::tr!("validate.id-used", id = id, first = first));
        } else {
            first_seen.insert(id, path);
            c.all_ids.insert(id);
        }
    }

    c.actor_ref("$.poles.negative".into(), &dataset.poles.negative);
    c.actor_ref("$.poles.positive".into(), &dataset.poles.positive);
    if dataset.poles.negative == dataset.poles.positive {
        c.report("$.poles", crate::tr!("validate.poles-same"));
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
            crate::tr!("validate.term.precision"),
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
            crate::tr!("validate.term.kind"),
            &kinds,
        );
        if actor.kind == ActorKind::State {
            match &actor.iso3166 {
                Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) => {}
                Some(code) => c.report(
                    format!("{path}.iso3166"),
                    crate::tr!("validate.iso-code", code = code),
                ),
                None => c.report(
                    format!("{path}.iso3166"),
                    crate::tr!("validate.iso-missing"),
                ),
            }
            match &actor.coordinates {
                Some(point)
                    if (-90.0..=90.0).contains(&point.lat)
                        && (-180.0..=180.0).contains(&point.lon) => {}
                Some(_) => c.report(
                    format!("{path}.coordinates"),
                    crate::tr!("validate.coordinates-range"),
                ),
                None => c.report(
                    format!("{path}.coordinates"),
                    crate::tr!("validate.coordinates-missing"),
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
            crate::tr!("validate.term.type"),
            &types,
        );
        c.known(
            format!("{path}.stance"),
            (!relation.stance.is_known()).then(|| relation.stance.as_str().to_string()),
            crate::tr!("validate.term.stance"),
            &stances,
        );
        c.known(
            format!("{path}.status"),
            (!relation.status.is_known()).then(|| relation.status.as_str().to_string()),
            crate::tr!("validate.term.status"),
            &statuses,
        );
        c.actor_ref(format!("{path}.from"), &relation.from);
        c.actor_ref(format!("{path}.to"), &relation.to);
        if relation.from == relation.to {
            c.report(format!("{path}.to"), crate::tr!("validate.relation-self"));
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
                    c.report(format!("{path}.span"), crate::tr!("validate.span-order"));
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
            crate::tr!("validate.term.status"),
            &statuses,
        );
        if event.actors.is_empty() {
            c.report(
                format!("{path}.actors"),
                crate::tr!("validate.event-actors"),
            );
        }
        for (j, participant) in event.actors.iter().enumerate() {
            c.actor_ref(format!("{path}.actors[{j}].actor"), &participant.actor);
            c.known(
                format!("{path}.actors[{j}].role"),
                (!participant.role.is_known()).then(|| participant.role.as_str().to_string()),
                crate::tr!("validate.term.role"),
                &roles,
            );
        }
        for (j, relation) in event.evidence_for.iter().enumerate() {
            if !c.relation_ids.contains(relation.as_str()) {
                c.report(
                    format!("{path}.evidence_for[{j}]"),
                    crate::tr!("validate.no-relation", id = relation),
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
            c.report(format!("{path}.value"), crate::tr!("validate.not-finite"));
        }
        if dataset.schema_version < 2 {
            for (field, present) in [
                ("value_max", figure.value_max.is_some()),
                ("magnitude", figure.magnitude),
            ] {
                if present {
                    c.report(
                        format!("{path}.{field}"),
                        crate::tr!(
                            "validate.needs-version-2",
                            field = field,
                            version = dataset.schema_version
                        ),
                    );
                }
            }
        }
        if let Some(max) = figure.value_max {
            if !max.is_finite() {
                c.report(
                    format!("{path}.value_max"),
                    crate::tr!("validate.not-finite"),
                );
            } else if max <= figure.value {
                c.report(
                    format!("{path}.value_max"),
                    crate::tr!(
                        "validate.range-order",
                        max = float_text(max),
                        value = float_text(figure.value)
                    ),
                );
            }
            if figure.magnitude {
                c.report(
                    format!("{path}.magnitude"),
                    crate::tr!("validate.range-and-magnitude"),
                );
            }
        }
        if figure.magnitude && !is_power_of_ten(figure.value) {
            c.report(
                format!("{path}.value"),
                crate::tr!("validate.magnitude", value = float_text(figure.value)),
            );
        }
        if figure.about.is_empty() {
            c.report(format!("{path}.about"), crate::tr!("validate.figure-about"));
        }
        for (j, id) in figure.about.iter().enumerate() {
            if !c.all_ids.contains(id.as_str()) {
                c.report(
                    format!("{path}.about[{j}]"),
                    crate::tr!("validate.no-record", id = id),
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
                crate::tr!("validate.positions"),
            );
        }
        for (j, position) in disagreement.positions.iter().enumerate() {
            if !c.source_ids.contains(position.source.as_str()) {
                c.report(
                    format!("{path}.positions[{j}].source"),
                    crate::tr!("validate.no-source", id = position.source),
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
                    crate::tr!("validate.no-record", id = id),
                );
            }
        }
    }

    checker.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::in_korean;

    /// The first problem of a text that does not load, as the error panel shows it.
    fn first_problem(text: &str) -> String {
        load(text).unwrap_err().problems()[0].clone()
    }

    #[test]
    fn shape_messages_are_said_in_korean() {
        let minimal = include_str!("../../tests/fixtures/minimal.json");
        let relation = minimal.replacen("\"relations\": [", "\"relations\": [\"x\", ", 1);
        assert!(first_problem(&relation).starts_with(
            "$.relations[0]: invalid type: string \"x\", expected an object (relation) (line "
        ));
        let titel = minimal.replacen("\"summary\"", "\"titel\"", 1);
        in_korean(|| {
            assert!(first_problem(&relation).starts_with(
                "$.relations[0]: 잘못된 형식: 텍스트 \"x\", 필요한 형식: 객체(relation) ("
            ));
            assert_eq!(
                crate::model::read::Misfit::Missing("title").message(),
                "`title` 키가 없습니다"
            );
            let problems = load(&titel).unwrap_err().problems();
            assert!(
                problems.iter().any(
                    |p| p.contains("키 `titel`: 스키마에 없는 키입니다. `title`의 오타인가요?")
                ),
                "{problems:?}"
            );
        });
    }

    #[test]
    fn load_errors_follow_the_language() {
        let syntax = load("{\"title\": }").unwrap_err();
        assert!(
            syntax
                .to_string()
                .starts_with("not valid JSON at line 1, column 11: expected value"),
            "{syntax}"
        );
        in_korean(|| {
            assert_eq!(
                syntax.to_string(),
                "올바른 JSON이 아닙니다 (1행 11열): 값이 있어야 합니다"
            );
            assert_eq!(
                read_text(b"\xFF\xFEa").unwrap_err(),
                "파일이 UTF-16 텍스트입니다. UTF-8로 저장하세요"
            );
            let mut dataset =
                load(include_str!("../../tests/fixtures/minimal.json")).expect("valid");
            dataset.poles.positive = dataset.poles.negative.clone();
            let problems = validate(&dataset);
            assert!(
                problems
                    .iter()
                    .any(|p| p.to_string() == "$.poles: 두 극은 서로 다른 행위자여야 합니다"),
                "{problems:?}"
            );
        });
    }
}
