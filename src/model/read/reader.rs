//! The walk over a dataset's tree: the path of the value at hand, the misfits met, and the
//! readers of a record's members and of each JSON type the schema uses.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;

use rustc_hash::FxHashSet as HashSet;

use super::{found, Expected, Json, Located, Misfit};
use crate::model::{Citation, FuzzyDate, Translations};

/// Walks a dataset's value, keeping the path of the value at hand and every misfit met.
pub(super) struct Reader {
    pub(super) path: String,
    pub(super) misfits: Vec<Located>,
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
        let mut seen = HashSet::with_capacity_and_hasher(members.len(), Default::default());
        for (key, _) in members {
            if !seen.insert(key.as_ref()) {
                note(key);
            }
        }
    }
    out
}

/// Takes the member `key` out of a record's members (the first, if given twice).
fn take<'a>(fields: &mut Fields<'a>, key: &str) -> Option<Json<'a>> {
    let at = fields.iter().position(|(k, _)| k == key)?;
    Some(fields.swap_remove(at).1)
}

impl Reader {
    pub(super) fn report<T>(&mut self, misfit: Misfit) -> Option<T> {
        self.misfits.push(Located {
            path: self.path.clone(),
            misfit,
        });
        None
    }

    pub(super) fn wrong<T>(&mut self, value: &Json, expected: Expected) -> Option<T> {
        self.report(Misfit::Type {
            found: found(value),
            expected,
        })
    }

    /// Reads with the path one member deeper.
    pub(super) fn member<T>(&mut self, key: &str, read: impl FnOnce(&mut Self) -> T) -> T {
        let length = self.path.len();
        self.path.push('.');
        self.path.push_str(key);
        let out = read(self);
        self.path.truncate(length);
        out
    }

    /// Reports each key given twice in an object.
    pub(super) fn once_each(&mut self, members: &[(Cow<str>, Json)]) {
        if members.len() > 1 {
            for key in twice(members) {
                self.member(key, |r| r.report::<()>(Misfit::Duplicate(key.to_string())));
            }
        }
    }

    /// An object of a record type; a key it does not have, or has twice, is reported.
    pub(super) fn object<'a>(
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
    pub(super) fn required<'a, T>(
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
    pub(super) fn or_default<'a, T: Default>(
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
    pub(super) fn optional<'a, T>(
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

    pub(super) fn text(&mut self, value: Json) -> Option<String> {
        match value {
            Json::Text(text) => Some(text.into_owned()),
            other => self.wrong(&other, Expected::Text),
        }
    }

    /// A vocabulary term: any text (an unknown one is reported by validation, with its place).
    pub(super) fn term<T: From<String>>(&mut self, value: Json) -> Option<T> {
        self.text(value).map(T::from)
    }

    pub(super) fn whole_number(&mut self, value: Json) -> Option<u32> {
        match value {
            Json::Unsigned(n) if n <= u64::from(u32::MAX) => Some(n as u32),
            other => self.wrong(&other, Expected::WholeNumber),
        }
    }

    pub(super) fn number(&mut self, value: Json) -> Option<f64> {
        match value {
            Json::Unsigned(n) => Some(n as f64),
            Json::Signed(n) => Some(n as f64),
            Json::Float(f) => Some(f),
            other => self.wrong(&other, Expected::Number),
        }
    }

    pub(super) fn boolean(&mut self, value: Json) -> Option<bool> {
        match value {
            Json::Bool(b) => Some(b),
            other => self.wrong(&other, Expected::Boolean),
        }
    }

    /// A list, every item read (and every misfit in them reported).
    pub(super) fn list<'a, T>(
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

    pub(super) fn texts(&mut self, value: Json) -> Option<Vec<String>> {
        self.list(value, Self::text)
    }

    pub(super) fn translations(&mut self, value: Json) -> Option<Translations> {
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

    pub(super) fn citations(&mut self, value: Json) -> Option<Vec<Citation>> {
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

    pub(super) fn date(&mut self, value: Json) -> Option<FuzzyDate> {
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
