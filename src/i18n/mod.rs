//! The interface's words in English and Korean: the message catalogues (`locales/en.txt`,
//! `locales/ko.txt`), the language in use, and filling a message with its values.
//!
//! Pure: no DOM, no network. The catalogue in use is ambient, like a locale: the views and the
//! pure modules that make sentences ask [`text`], [`format`] and [`plural`] (or the [`tr!`] and
//! [`trn!`] macros) for a message by its key, and the app sets the language once with
//! [`use_language`] before it draws. The English catalogue is compiled in; the Korean one is
//! fetched when Korean is chosen and handed to [`Catalogue::parse`].
//!
//! A catalogue is a text file of `key = message` lines (`#` starts a comment). A message holds
//! values as `{name}`; a Korean message may give a particle pair after a bar, `{name|이/가}`,
//! and the particle that fits the value's last syllable is written after it. A message that
//! depends on a count has one line per plural category, `key#one` and `key#other` (English), or
//! only `key` (Korean has one form); `{n}` is the count with its thousands separated.

use std::cell::Cell;
use std::fmt::Display;

use rustc_hash::FxHashMap as HashMap;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 code, as in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Reads a code: "ko", "ko-KR", "EN-gb". `None` for a language the interface is not in.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the
    /// interface speaks, or English.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|code| Lang::parse(code.as_ref()))
            .unwrap_or_default()
    }

    /// The plural category of `n` in this language (CLDR): English has "one" and "other",
    /// Korean only "other".
    pub fn plural_category(self, n: usize) -> &'static str {
        match self {
            Lang::En if n == 1 => "one",
            _ => "other",
        }
    }
}

/// One language's messages by key.
#[derive(Debug)]
pub struct Catalogue {
    pub lang: Lang,
    messages: HashMap<&'static str, &'static str>,
}

/// The English catalogue's text, compiled in (`locales/en.txt` without its comments, see
/// `build.rs`).
pub const ENGLISH_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// Where the Korean catalogue is served, relative to the page.
pub const KOREAN_PATH: &str = "locales/ko.txt";

impl Catalogue {
    /// Reads a catalogue's text. A line that is neither blank, a comment nor `key = message`
    /// is an error naming its line; so is a key given twice.
    pub fn parse(lang: Lang, text: &'static str) -> Result<Catalogue, String> {
        let mut messages = HashMap::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, message)) = line.split_once(" = ").or_else(|| {
                line.strip_suffix(" =")
                    .or_else(|| line.strip_suffix('='))
                    .map(|key| (key, ""))
            }) else {
                return Err(format!(
                    "line {}: expected `key = message`, found “{line}”",
                    number + 1
                ));
            };
            let key = key.trim();
            if messages.insert(key, message.trim()).is_some() {
                return Err(format!(
                    "line {}: the key `{key}` is given twice",
                    number + 1
                ));
            }
        }
        Ok(Catalogue { lang, messages })
    }

    /// The message for `key`, if this catalogue has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.messages.get(key).copied()
    }

    /// Every key, with plural suffixes (`#one`, `#other`) taken off, sorted.
    pub fn keys(&self) -> Vec<&'static str> {
        let mut keys: Vec<&'static str> = self
            .messages
            .keys()
            .map(|k| k.split('#').next().unwrap_or(k))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The catalogue's placeholders for `key` (any plural form), sorted: a translation must
    /// use the same ones.
    pub fn placeholders(&self, key: &str) -> Vec<String> {
        let mut names: Vec<String> = self
            .messages
            .iter()
            .filter(|(k, _)| k.split('#').next() == Some(key))
            .flat_map(|(_, message)| placeholder_names(message))
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

/// The names of the values a message holds: "{from|이/가} {to}" → from, to.
pub fn placeholder_names(message: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        names.push(inside.split('|').next().unwrap_or("").trim().to_string());
        rest = &rest[open + close + 1..];
    }
    names
}

fn english() -> &'static Catalogue {
    thread_local! {
        static ENGLISH: &'static Catalogue = Box::leak(Box::new(
            // The compiled-in catalogue is checked by the host tests.
            Catalogue::parse(Lang::En, ENGLISH_TEXT).unwrap_or(Catalogue {
                lang: Lang::En,
                messages: HashMap::default(),
            }),
        ));
    }
    ENGLISH.with(|c| *c)
}

thread_local! {
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
}

/// The catalogue in use (English until another is chosen).
pub fn current() -> &'static Catalogue {
    CURRENT.with(|c| c.get()).unwrap_or_else(english)
}

/// The language in use.
pub fn lang() -> Lang {
    current().lang
}

/// Uses `catalogue` from now on (`None`: English).
pub fn use_language(catalogue: Option<&'static Catalogue>) {
    CURRENT.with(|c| c.set(catalogue));
}

/// Leaks a catalogue read from `text` so that it lives as long as the page (one per language).
pub fn leak(lang: Lang, text: String) -> Result<&'static Catalogue, String> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    Catalogue::parse(lang, text).map(|c| &*Box::leak(Box::new(c)))
}

/// The message for `key` in the language in use, else in English, else the key itself.
pub fn lookup(key: &'static str) -> &'static str {
    try_lookup(key).unwrap_or(key)
}

/// The message for `key` in the language in use, if either catalogue has it.
pub fn try_lookup(key: &str) -> Option<&'static str> {
    current().get(key).or_else(|| english().get(key))
}

/// A message without values.
pub fn text(key: &'static str) -> &'static str {
    lookup(key)
}

/// A message filled with its values.
pub fn format(key: &'static str, values: &[(&str, &dyn Display)]) -> String {
    fill(lookup(key), values)
}

/// A message for a count `n`, in the plural form the language gives `n`, filled with `n` (as
/// `{n}`, thousands separated) and the other values.
pub fn plural(key: &str, n: usize, values: &[(&str, &dyn Display)]) -> String {
    let category = lang().plural_category(n);
    let message = current()
        .get(&format!("{key}#{category}"))
        .or_else(|| current().get(key))
        .or_else(|| {
            english()
                .get(&format!("{key}#{}", Lang::En.plural_category(n)))
                .or_else(|| english().get(key))
        })
        .unwrap_or(key);
    let count = crate::query::words::number(n);
    let mut all: Vec<(&str, &dyn Display)> = vec![("n", &count)];
    all.extend_from_slice(values);
    fill(message, &all)
}

/// Writes `message` with each `{name}` replaced by its value; `{name|A/B}` also writes the
/// particle that fits the value (A after a final consonant, B after a vowel). A name without a
/// value is left as written.
pub fn fill(message: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inside = &rest[open + 1..open + close];
        let (name, particles) = match inside.split_once('|') {
            Some((name, particles)) => (name.trim(), Some(particles)),
            None => (inside.trim(), None),
        };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let value = value.to_string();
                out.push_str(&value);
                if let Some(pair) = particles {
                    out.push_str(&particle(&value, pair));
                }
            }
            None => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// `message` filled with `values` and cut at each value: the text before the first, between
/// each two, and after the last (a value's particle goes with the text after it).
/// "{from|이/가} {to|을/를} 돕는다" with 북한, 러시아 → ["", "이 ", "를 돕는다"].
pub fn pieces(message: &str, values: &[(&str, &str)]) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        let (name, particles) = match inside.split_once('|') {
            Some((name, particles)) => (name.trim(), Some(particles)),
            None => (inside.trim(), None),
        };
        let last = out.len() - 1;
        out[last].push_str(&rest[..open]);
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push(particles.map_or(String::new(), |p| particle(value, p))),
            None => out[last].push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    let last = out.len() - 1;
    out[last].push_str(rest);
    out
}

/// The Korean particle of `pair` ("이/가", "을/를", "은/는", "과/와", "으로/로") that follows
/// `word`: the first after a final consonant, the second after a vowel (and "로" after a final
/// ㄹ). After a word that does not end in Hangul the two are written together, "이(가)".
pub fn particle(word: &str, pair: &str) -> String {
    let (with_final, without_final) = pair.split_once('/').unwrap_or((pair, pair));
    let last = word
        .trim_end_matches(|c: char| !is_letter_or_digit(c))
        .chars()
        .next_back();
    match last {
        Some(c @ '가'..='힣') => {
            let final_consonant = (c as u32 - '가' as u32) % 28;
            if final_consonant == 0 || (final_consonant == 8 && without_final == "로") {
                without_final.to_string()
            } else {
                with_final.to_string()
            }
        }
        _ => format!("{with_final}({without_final})"),
    }
}

/// Whether a particle's choice looks at `c`: ASCII letters and digits and any other character
/// outside the blocks of punctuation, spaces and symbols (Latin-1's, general punctuation, CJK
/// punctuation, full-width forms). Close to `char::is_alphanumeric` for the ends of names,
/// without its Unicode tables in the first load.
fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c,
        '\u{80}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{2bff}'
            | '\u{3000}'..='\u{303f}' | '\u{fe30}'..='\u{fe6f}' | '\u{ff00}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}')
}

/// `text` in lower case, letter by letter (one lower-casing for the whole app, the one search
/// folds with, rather than a second copy for whole strings).
pub fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// A vocabulary term's label (a kind, a status, a relation type) in lower case. The catalogues'
/// labels are ASCII in English and have no case in Korean, so the ASCII lower-casing is enough,
/// and the first load does without the Unicode case tables (about 4 KB gzip) that [`lowercase`]
/// brings; the views that sort or search the dataset's own words load them with their code.
pub fn lowercase_term(label: &str) -> String {
    label.to_ascii_lowercase()
}

/// How wide `text` sets, in widths of an average Latin letter, rounded up: a capital Latin
/// letter counts one and a quarter ("NATO" sets as wide as five lower-case letters), a
/// Hangul syllable, a CJK ideograph or a full-width form two. Layout uses it to leave room for
/// labels in any script.
pub fn text_units(text: &str) -> usize {
    let quarters: usize = text
        .chars()
        .map(|c| match c as u32 {
            0x41..=0x5A => 5,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60 => 8,
            _ => 4,
        })
        .sum();
    quarters.div_ceil(4)
}

/// A message by key, optionally with values: `tr!("map.title")`,
/// `tr!("details.selected", name = actor.name)`.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::text($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::format($key, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),+])
    };
}

/// A message for a count: `trn!("count.actors", n)`, `trn!("count.in", n, place = name)`.
#[macro_export]
macro_rules! trn {
    ($key:expr, $n:expr) => {
        $crate::i18n::plural($key, $n, &[])
    };
    ($key:expr, $n:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::plural($key, $n, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),+])
    };
}

/// The Korean catalogue, for tests on the host (the app fetches it).
#[cfg(test)]
pub fn korean_for_tests() -> &'static Catalogue {
    thread_local! {
        static KOREAN: &'static Catalogue = Box::leak(Box::new(
            Catalogue::parse(Lang::Ko, include_str!("../../locales/ko.txt")).expect("ko.txt parses"),
        ));
    }
    KOREAN.with(|c| *c)
}

/// Runs `body` with the Korean catalogue in use, then goes back to English (host tests).
#[cfg(test)]
pub fn in_korean<T>(body: impl FnOnce() -> T) -> T {
    use_language(Some(korean_for_tests()));
    let out = body();
    use_language(None);
    out
}

#[cfg(test)]
mod tests;
