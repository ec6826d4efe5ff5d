//! What is wrong with a value's shape, and its words in the interface's language.

use std::fmt::Write;

use super::Json;
use crate::layout::num::{float_text, Fixed};

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
    /// A value of another type: what was found, as [`found`] words it (in the interface's
    /// language at the time it was read).
    Type { found: String, expected: Expected },
}

/// A misfit and where it is, as a JSON path such as `$.relations[3].span`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub path: String,
    pub misfit: Misfit,
}

/// A number as the text writes it; a float keeps its decimal point ("1.0", not "1").
pub fn number_text(value: &Json) -> Option<String> {
    Some(match value {
        Json::Unsigned(n) => n.to_string(),
        Json::Signed(n) => n.to_string(),
        Json::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 => {
            format!("{}.0", Fixed(*f, 0))
        }
        Json::Float(f) => float_text(*f),
        _ => return None,
    })
}

/// `text` in double quotes, as Rust's `{:?}` writes a string for the common cases: `"` and `\`
/// escaped, line breaks and tabs as `\n`, `\r`, `\t`, other control characters as `\u{…}`.
/// (Not `{:?}` itself: its tables of printable characters are 7 KB of the first load.)
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What was found where something else was expected, in the interface's language: `string
/// "x"`, ``integer `5` ``, `map`…
pub fn found(value: &Json) -> String {
    let number = || number_text(value).map(|n| format!("`{n}`"));
    let (key, shown) = match value {
        Json::Null => ("validate.found.null", None),
        Json::Bool(b) => ("validate.found.boolean", Some(format!("`{b}`"))),
        Json::Float(_) => ("validate.found.float", number()),
        Json::Unsigned(_) | Json::Signed(_) => ("validate.found.integer", number()),
        Json::Text(s) => ("validate.found.string", Some(quoted(s))),
        Json::List(_) => ("validate.found.sequence", None),
        Json::Object(_) => ("validate.found.map", None),
    };
    match shown {
        Some(shown) => crate::i18n::format(key, &[("value", &shown)]),
        None => crate::tr!(key).to_string(),
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
                found = found,
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

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quotes_text_as_debug_does_for_what_datasets_hold() {
        for text in [
            "",
            "plain",
            "with \"quotes\" and \\ slash",
            "lines\nand\ttabs\r",
            "bell \u{7} and delete \u{7f}",
            "한국어 and émigré, 北朝鮮 ‘curly’ — dashes…",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"), "{text}");
        }
    }
}
