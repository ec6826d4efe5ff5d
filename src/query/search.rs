//! Search over actor names and other names (in every language), relation sentences, event
//! titles, figures and disagreements' topics, forgiving of case, accents and small typos; then over descriptions,
//! summaries and quotations, which match where they hold the query as typed.

use crate::layout::num::{float_text, Trimmed};
use crate::model::{Dataset, Figure};

/// What a search result points to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HitTarget {
    Actor(String),
    Relation(String),
    Event(String),
    /// A disagreement between the articles, shown in the "Where they differ" tab.
    Disagreement(String),
    /// A figure, shown through the first record it is about.
    Figure {
        figure: String,
        about: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub target: HitTarget,
    /// What to show: the matched name or title.
    pub label: String,
    /// What kind of record, for people ("State", "Event", "Figure").
    pub kind: String,
    /// Lower is better: 0 exact, 1 prefix, 2 contained, 3 words with typos, 4 found in a
    /// longer text (a summary, a description, a quotation).
    pub rank: u8,
    /// For a hit in a longer text, the passage around the match ("…launch a reconnaissance
    /// satellite…").
    pub passage: Option<String>,
}

/// Where in a record a longer text is (what a hit in it says it was found in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Description,
    Summary,
    Quotation,
}

impl Place {
    fn words(self) -> &'static str {
        match self {
            Place::Description => crate::tr!("search.in.description"),
            Place::Summary => crate::tr!("search.in.summary"),
            Place::Quotation => crate::tr!("search.in.quotation"),
        }
    }
}

/// How many characters a passage shows on each side of the match.
const PASSAGE_CONTEXT: usize = 40;

/// The passage of `text` around the first place `query` (normalised) occurs, case folded:
/// "…a reconnaissance satellite with Russian help…". The whole text when it is short; its
/// start when the match cannot be placed (the query matched only once accents or punctuation
/// were folded).
pub fn passage(text: &str, query: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let wanted: Vec<char> = query.chars().collect();
    let at = (!wanted.is_empty())
        .then(|| {
            folded
                .windows(wanted.len())
                .position(|w| w == wanted.as_slice())
        })
        .flatten()
        .unwrap_or(0);
    let start = at.saturating_sub(PASSAGE_CONTEXT);
    let end = (at + wanted.len() + PASSAGE_CONTEXT).min(chars.len());
    // Cut at word boundaries where there is one near.
    let start = (start..at)
        .find(|&i| i == 0 || chars[i - 1].is_whitespace())
        .unwrap_or(start);
    let end = if end == chars.len() {
        end
    } else {
        (at + wanted.len()..end)
            .rev()
            .find(|&i| chars[i].is_whitespace())
            .unwrap_or(end)
    };
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

/// Lowercase, accents removed, punctuation turned into spaces.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            '’' | '\'' => continue,
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(plain);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `a` is within `limit` edits (Levenshtein) of `b`, stopping as soon as it cannot be.
/// Works on bytes for ASCII words and on characters otherwise, without allocating for words
/// of ordinary length.
fn within_edits_in<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> bool {
    const MAX: usize = 48;
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut stack = [0usize; 2 * MAX];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if b.len() < MAX {
        &mut stack
    } else {
        heap.resize(2 * (b.len() + 1), 0);
        &mut heap
    };
    let (mut previous, mut current) = rows.split_at_mut(rows.len() / 2);
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        let mut row_min = current[0];
        for (j, cb) in b.iter().enumerate() {
            let cell = (previous[j] + usize::from(ca != cb))
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
            current[j + 1] = cell;
            row_min = row_min.min(cell);
        }
        if row_min > limit {
            return false;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()] <= limit
}

/// One word of a query, split once: its text, its characters and how many typos it allows
/// (none up to three letters, one up to seven, two beyond).
struct QueryWord<'a> {
    text: &'a str,
    chars: Vec<char>,
    limit: usize,
}

impl<'a> QueryWord<'a> {
    fn split(query: &'a str) -> Vec<QueryWord<'a>> {
        query
            .split(' ')
            .map(|text| {
                let chars: Vec<char> = text.chars().collect();
                let limit = match chars.len() {
                    0..=3 => 0,
                    4..=7 => 1,
                    _ => 2,
                };
                QueryWord { text, chars, limit }
            })
            .collect()
    }

    /// Whether the word `w` of a text matches: as a prefix, or within the typos allowed of
    /// the whole word or of its start.
    fn matches(&self, w: &str) -> bool {
        if w.starts_with(self.text) {
            return true;
        }
        if self.limit == 0 {
            // No typo allowed: only a prefix (above) or the same word (a prefix too) match.
            return false;
        }
        if self.text.is_ascii() && w.is_ascii() {
            let (q, w) = (self.text.as_bytes(), w.as_bytes());
            within_edits_in(q, w, self.limit)
                || (w.len() > q.len() && within_edits_in(q, &w[..q.len()], self.limit))
        } else {
            let w: Vec<char> = w.chars().collect();
            let q = &self.chars;
            within_edits_in(q, &w, self.limit)
                || (w.len() > q.len() && within_edits_in(q, &w[..q.len()], self.limit))
        }
    }
}

/// How well `query` (normalised) matches `text` by the cheap tests alone: the same text (0),
/// its start (1), inside it (2).
fn plain_rank(query: &str, text: &str) -> Option<u8> {
    if query.is_empty() {
        None
    } else if text == query {
        Some(0)
    } else if text.starts_with(query) {
        Some(1)
    } else if text.contains(query) {
        Some(2)
    } else {
        None
    }
}

/// Whether every query word matches some word of `text` (normalised): rank 3.
fn words_match(words: &[QueryWord], text: &str) -> bool {
    words.iter().all(|q| text.split(' ').any(|w| q.matches(w)))
}

/// How well `query` (normalised) matches `text`; `None` for no match.
pub fn match_rank(query: &str, text: &str) -> Option<u8> {
    match_normalised(query, &normalise(text))
}

/// [`match_rank`] for a text already normalised: the same text (0), its start (1), inside it
/// (2), or every query word matching some word of the text as a prefix or with one typo (two
/// for long words) (3).
pub fn match_normalised(query: &str, text: &str) -> Option<u8> {
    if query.is_empty() {
        return None;
    }
    plain_rank(query, text).or_else(|| words_match(&QueryWord::split(query), text).then_some(3))
}

/// One searchable record: where a hit leads, how it is shown, and its texts normalised once
/// (for an actor: its name, then its other names).
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    target: HitTarget,
    kind: String,
    /// (shown label, normalised text) pairs.
    texts: Vec<(String, String)>,
    /// Longer texts, matched only where they hold the query as it is typed (no typos):
    /// (where, normalised text, the text as written).
    long: Vec<(Place, String, String)>,
}

fn long_texts<'a>(
    texts: impl IntoIterator<Item = (Place, &'a String)>,
) -> Vec<(Place, String, String)> {
    texts
        .into_iter()
        .map(|(place, text)| (place, normalise(text), text.clone()))
        .collect()
}

/// Every searchable text of a dataset, normalised once; built when the reader first searches.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// The next record to add (see [`SearchIndex::extend`]).
    next: usize,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let mut index = SearchIndex::default();
        while index.extend(dataset, usize::MAX) {}
        index
    }

    /// How many records of `dataset` an index holds when complete (actors, relations, events,
    /// figures and disagreements).
    fn records(dataset: &Dataset) -> usize {
        dataset.actors.len()
            + dataset.relations.len()
            + dataset.events.len()
            + dataset.figures.len()
            + dataset.disagreements.len()
    }

    /// Adds the next `budget` records of `dataset`, so that a large index can be built in
    /// slices between frames; `true` while records are left.
    pub fn extend(&mut self, dataset: &Dataset, budget: usize) -> bool {
        let total = Self::records(dataset);
        let end = self.next.saturating_add(budget).min(total);
        for k in self.next..end {
            if let Some(entry) = entry_at(dataset, k) {
                self.entries.push(entry);
            }
        }
        self.next = end;
        end < total
    }

    /// Whether every record is in.
    pub fn complete(&self, dataset: &Dataset) -> bool {
        self.next >= Self::records(dataset)
    }

    /// The best matches for `query`, best first (by rank, then kind order actor, relation,
    /// event, figure, then dataset order), at most `limit`. Names and titles match first;
    /// then summaries, descriptions and quotations that hold the query.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = normalise(query);
        if query.is_empty() {
            return Vec::new();
        }
        // First the cheap tests (rank 0 to 2) over every entry; only when they find fewer than
        // `limit` can a typo or a longer text (rank 3, 4) make the list, so only then are
        // those tried, on the entries not yet found. Hits are written for the chosen alone.
        let mut found: Vec<(u8, usize, usize)> = Vec::new();
        let mut matched = vec![false; self.entries.len()];
        for (e, entry) in self.entries.iter().enumerate() {
            let best = entry
                .texts
                .iter()
                .enumerate()
                .filter_map(|(t, (_, text))| plain_rank(&query, text).map(|r| (r, t)))
                .min_by_key(|(rank, _)| *rank);
            if let Some((rank, t)) = best {
                found.push((rank, e, t));
                matched[e] = true;
            }
        }
        if found.len() < limit {
            let words = QueryWord::split(&query);
            // Short queries would match inside too many words of the longer texts.
            let long = query.chars().count() >= 3;
            for (e, entry) in self.entries.iter().enumerate() {
                if matched[e] {
                    continue;
                }
                if let Some(t) = entry
                    .texts
                    .iter()
                    .position(|(_, text)| words_match(&words, text))
                {
                    found.push((3, e, t));
                } else if long {
                    if let Some(l) = entry
                        .long
                        .iter()
                        .position(|(_, text, _)| text.contains(query.as_str()))
                    {
                        found.push((4, e, l));
                    }
                }
            }
        }
        crate::sort::by_key(&mut found, |&(rank, e, _)| (rank, e));
        found.truncate(limit);
        found
            .into_iter()
            .map(|(rank, e, t)| {
                let entry = &self.entries[e];
                if rank < 4 {
                    Hit {
                        target: entry.target.clone(),
                        label: entry.texts[t].0.clone(),
                        kind: entry.kind.clone(),
                        rank,
                        passage: None,
                    }
                } else {
                    let (place, _, written) = &entry.long[t];
                    Hit {
                        target: entry.target.clone(),
                        label: entry
                            .texts
                            .first()
                            .map_or_else(String::new, |t| t.0.clone()),
                        kind: format!("{} · {}", entry.kind, place.words()),
                        rank,
                        passage: Some(passage(written, &query)),
                    }
                }
            })
            .collect()
    }
}

/// The search entry of record `k` (actors first, then relations, events, figures and
/// disagreements); `None` past the end and for a figure about nothing.
fn entry_at(dataset: &Dataset, mut k: usize) -> Option<Entry> {
    if let Some(actor) = dataset.actors.get(k) {
        // Every name in every language: 북한 and 조선 find North Korea in either interface.
        let mut names: Vec<&String> = std::iter::once(&actor.name)
            .chain(&actor.other_names)
            .chain(actor.names.values())
            .collect();
        let mut seen = std::collections::HashSet::new();
        names.retain(|name| seen.insert(name.as_str()));
        let texts = names
            .into_iter()
            .map(|name| {
                let label = if name == &actor.name {
                    actor.name.clone()
                } else {
                    format!("{} ({name})", actor.name)
                };
                (label, normalise(name))
            })
            .collect();
        return Some(Entry {
            target: HitTarget::Actor(actor.id.clone()),
            kind: actor.kind.label().to_string(),
            texts,
            long: long_texts([(Place::Description, &actor.description)]),
        });
    }
    k -= dataset.actors.len();
    if let Some(relation) = dataset.relations.get(k) {
        let sentence = dataset.relation_label(relation);
        return Some(Entry {
            target: HitTarget::Relation(relation.id.clone()),
            kind: crate::tr!("search.kind.relation", status = relation.status.label()),
            texts: vec![(sentence.clone(), normalise(&sentence))],
            long: long_texts(
                std::iter::once((Place::Summary, &relation.summary)).chain(
                    relation
                        .citations
                        .iter()
                        .map(|c| (Place::Quotation, &c.quote)),
                ),
            ),
        });
    }
    k -= dataset.relations.len();
    if let Some(event) = dataset.events.get(k) {
        return Some(Entry {
            target: HitTarget::Event(event.id.clone()),
            kind: crate::tr!("search.kind.event", date = event.date),
            texts: vec![(event.title.clone(), normalise(&event.title))],
            long: long_texts(
                std::iter::once((Place::Summary, &event.summary))
                    .chain(event.citations.iter().map(|c| (Place::Quotation, &c.quote))),
            ),
        });
    }
    k -= dataset.events.len();
    if let Some(figure) = dataset.figures.get(k) {
        let about = figure.about.first()?;
        let shown = format_figure(figure);
        let text = format!("{} {} {}", figure.label, float_text(figure.value), shown);
        let label = format!("{}: {shown}", figure.label);
        return Some(Entry {
            target: HitTarget::Figure {
                figure: figure.id.clone(),
                about: about.clone(),
            },
            kind: crate::tr!("search.kind.figure").into(),
            texts: vec![(label, normalise(&text))],
            long: long_texts(
                figure
                    .citations
                    .iter()
                    .map(|c| (Place::Quotation, &c.quote)),
            ),
        });
    }
    k -= dataset.figures.len();
    let disagreement = dataset.disagreements.get(k)?;
    Some(Entry {
        target: HitTarget::Disagreement(disagreement.id.clone()),
        kind: crate::tr!("search.kind.disagreement").into(),
        texts: vec![(disagreement.topic.clone(), normalise(&disagreement.topic))],
        long: long_texts(
            std::iter::once((Place::Summary, &disagreement.summary)).chain(
                disagreement.positions.iter().flat_map(|p| {
                    std::iter::once((Place::Summary, &p.summary))
                        .chain(p.citations.iter().map(|c| (Place::Quotation, &c.quote)))
                }),
            ),
        ),
    })
}

/// The best matches for `query` in `dataset` (see [`SearchIndex::search`]).
pub fn search(dataset: &Dataset, query: &str, limit: usize) -> Vec<Hit> {
    SearchIndex::new(dataset).search(query, limit)
}

/// A number as people write it: 15000000000 → "15 billion" (in Korean "150억").
pub fn format_value(value: f64) -> String {
    let (scaled, word) = scale(value);
    match word {
        None => trim(scaled),
        Some(key) => crate::tr!(key, value = trim(scaled)),
    }
}

/// Two decimals at most, without trailing zeros.
fn trim(value: f64) -> String {
    Trimmed(value, 2).to_string()
}

/// The large units a language counts in, largest first, with the catalogue key that writes a
/// value in that unit: English counts by thousands (million, billion), Korean by ten
/// thousands (만, 억, 조).
fn units() -> &'static [(f64, &'static str)] {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => &[(1e9, "figure.billion"), (1e6, "figure.million")],
        crate::i18n::Lang::Ko => &[
            (1e12, "figure.trillion"),
            (1e8, "figure.hundred-million"),
            (1e4, "figure.ten-thousand"),
        ],
    }
}

/// The value in the largest unit it reaches, and that unit's key (`None`: no unit).
fn scale(value: f64) -> (f64, Option<&'static str>) {
    units()
        .iter()
        .find(|(size, _)| value.abs() >= *size)
        .map_or((value, None), |&(size, key)| (value / size, Some(key)))
}

/// A range as people write it: 1.2e6 to 1.5e6 → "1.2–1.5 million"; the word is said once
/// when both ends share it ("15 million–1.2 billion" otherwise).
pub fn format_range(low: f64, high: f64) -> String {
    let ((low_scaled, low_word), (high_scaled, high_word)) = (scale(low), scale(high));
    if low_word == high_word {
        let both = format!("{}–{}", trim(low_scaled), trim(high_scaled));
        match high_word {
            None => both,
            Some(key) => crate::tr!(key, value = both),
        }
    } else {
        format!("{}–{}", format_value(low), format_value(high))
    }
}

/// The words for 10^1 to 10^14 as an order of magnitude, by exponent.
const MAGNITUDES: [&str; 14] = [
    "figure.magnitude.1",
    "figure.magnitude.2",
    "figure.magnitude.3",
    "figure.magnitude.4",
    "figure.magnitude.5",
    "figure.magnitude.6",
    "figure.magnitude.7",
    "figure.magnitude.8",
    "figure.magnitude.9",
    "figure.magnitude.10",
    "figure.magnitude.11",
    "figure.magnitude.12",
    "figure.magnitude.13",
    "figure.magnitude.14",
];

/// An order of magnitude in words: 100 → "hundreds", 1e8 → "hundreds of millions",
/// 1e10 → "tens of billions" (in Korean 수백, 수억, 수백억). `None` for a value that is not a
/// power of ten from 10 to 10^14.
pub fn format_magnitude(power: f64) -> Option<String> {
    let exponent = (1..=14).find(|&e| 10f64.powi(e) == power)?;
    Some(crate::tr!(MAGNITUDES[exponent as usize - 1]).to_string())
}

/// A figure's value and unit as the article gives them: "741 items", "1.2–1.5 million
/// tonnes", "hundreds of millions of US dollars".
pub fn format_figure(figure: &Figure) -> String {
    if figure.magnitude {
        if let Some(words) = format_magnitude(figure.value) {
            return crate::tr!("figure.magnitude", amount = words, unit = figure.unit);
        }
    }
    let value = match figure.value_max {
        Some(max) => format_range(figure.value, max),
        None => format_value(figure.value),
    };
    crate::tr!("figure.value", value = value, unit = figure.unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levenshtein(a: &[u8], b: &[u8]) -> usize {
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut current = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                current[j + 1] = (previous[j] + usize::from(ca != cb))
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1);
            }
            previous = current;
        }
        previous[b.len()]
    }

    #[test]
    fn the_edit_test_agrees_with_the_distance_for_short_and_long_words() {
        let mut seed = 11u64;
        let mut word = |len: usize| -> Vec<u8> {
            (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    b"abcd"[(seed >> 60) as usize % 4]
                })
                .collect()
        };
        for round in 0..400 {
            let len = if round % 10 == 0 {
                50 + round % 7
            } else {
                1 + round % 9
            };
            let (a, b) = (word(len), word(len + round % 3));
            for limit in 0..3 {
                assert_eq!(
                    within_edits_in(&a, &b, limit),
                    levenshtein(&a, &b) <= limit,
                    "{a:?} {b:?} {limit}"
                );
            }
        }
    }

    fn dataset() -> Dataset {
        crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).unwrap()
    }

    #[test]
    fn words_inside_summaries_and_quotations_are_found_with_their_passage() {
        let index = SearchIndex::new(&dataset());
        for word in ["satellite", "weapons", "ammunition"] {
            let hits = index.search(word, 50);
            assert!(!hits.is_empty(), "{word} finds nothing");
            for hit in hits.iter().filter(|h| h.rank == 4) {
                let passage = hit.passage.as_deref().unwrap_or("");
                assert!(passage.to_lowercase().contains(word), "{word}: {passage}");
                assert!(passage.chars().count() <= word.len() + 2 * PASSAGE_CONTEXT + 2);
            }
        }
        // Names come before texts that mention them.
        let hits = index.search("wagner", 50);
        assert_eq!(hits[0].target, HitTarget::Actor("wagner-group".into()));
        assert!(hits.iter().any(|h| h.rank == 4));
        // A disagreement is found by its topic.
        let topic = dataset().disagreements[0].topic.clone();
        assert_eq!(
            index.search(&topic, 1)[0].target,
            HitTarget::Disagreement(dataset().disagreements[0].id.clone())
        );
        // A relation is found by its sentence too.
        assert!(index
            .search("supplies arms to russia", 5)
            .iter()
            .any(|h| matches!(h.target, HitTarget::Relation(_))));
    }

    #[test]
    fn a_passage_is_cut_at_words_around_the_match() {
        let text = "North Korea is believed to have received help from Russia to launch a military reconnaissance satellite into orbit in November.";
        assert_eq!(
            passage(text, "satellite"),
            "…to launch a military reconnaissance satellite into orbit in November."
        );
        assert_eq!(passage("short text", "text"), "short text");
    }

    #[test]
    fn normalising_folds_case_accents_and_punctuation() {
        assert_eq!(normalise("  Kim Yo-jong’s  "), "kim yo jongs");
        assert_eq!(normalise("Zelénsky"), "zelensky");
    }

    #[test]
    fn an_index_built_in_slices_is_the_index_built_at_once() {
        let d = dataset();
        let mut sliced = SearchIndex::default();
        let mut slices = 0;
        while sliced.extend(&d, 2) {
            slices += 1;
            assert!(!sliced.complete(&d));
        }
        assert!(slices > 1 && sliced.complete(&d));
        assert_eq!(sliced, SearchIndex::new(&d));
    }

    #[test]
    fn names_other_names_and_typos_find_actors() {
        let d = dataset();
        let first = |q: &str| search(&d, q, 5).first().map(|h| h.target.clone());
        assert_eq!(
            first("north korea"),
            Some(HitTarget::Actor("north-korea".into()))
        );
        assert_eq!(
            first("PYONGYANG"),
            Some(HitTarget::Actor("north-korea".into()))
        );
        assert_eq!(
            first("Zelenksy"),
            Some(HitTarget::Actor("volodymyr-zelensky".into()))
        );
        assert_eq!(
            first("wagnr"),
            Some(HitTarget::Actor("wagner-group".into()))
        );
        assert_eq!(
            first("zélensky"),
            Some(HitTarget::Actor("volodymyr-zelensky".into()))
        );
        assert!(search(&d, "xqzw", 5).is_empty());
        assert!(search(&d, "  ", 5).is_empty());
    }

    #[test]
    fn events_and_figures_are_found() {
        let d = dataset();
        let hits = search(&d, "camp david", 5);
        assert_eq!(hits[0].target, HitTarget::Event("camp-david-summit".into()));
        let hits = search(&d, "741", 5);
        assert!(hits.iter().any(|h| matches!(&h.target, HitTarget::Figure { figure, .. } if figure == "export-ban-items")));
        assert_eq!(format_value(24.5e9), "24.5 billion");
        assert_eq!(format_value(70.41e6), "70.41 million");
        assert_eq!(format_value(36.0), "36");
    }

    fn figure(value: f64, value_max: Option<f64>, magnitude: bool, unit: &str) -> Figure {
        Figure {
            id: "f".into(),
            label: "F".into(),
            value,
            value_max,
            magnitude,
            unit: unit.into(),
            about: vec!["a".into()],
            as_of: None,
            citations: Vec::new(),
        }
    }

    #[test]
    fn ranges_and_orders_of_magnitude_read_as_the_articles_write_them() {
        assert_eq!(format_range(1.2e6, 1.5e6), "1.2–1.5 million");
        assert_eq!(format_range(50.0, 100.0), "50–100");
        assert_eq!(format_range(800e6, 1.2e9), "800 million–1.2 billion");
        assert_eq!(
            format_magnitude(1e8).as_deref(),
            Some("hundreds of millions")
        );
        assert_eq!(format_magnitude(10.0).as_deref(), Some("tens"));
        assert_eq!(format_magnitude(100.0).as_deref(), Some("hundreds"));
        assert_eq!(format_magnitude(1e3).as_deref(), Some("thousands"));
        assert_eq!(format_magnitude(1e4).as_deref(), Some("tens of thousands"));
        assert_eq!(format_magnitude(1e9).as_deref(), Some("billions"));
        assert_eq!(format_magnitude(1e10).as_deref(), Some("tens of billions"));
        assert_eq!(format_magnitude(250.0), None);
        assert_eq!(
            format_figure(&figure(1e8, None, true, "US dollars")),
            "hundreds of millions of US dollars"
        );
        assert_eq!(
            format_figure(&figure(1.2e6, Some(1.5e6), false, "tonnes")),
            "1.2–1.5 million tonnes"
        );
        assert_eq!(
            format_figure(&figure(741.0, None, false, "items")),
            "741 items"
        );
    }

    #[test]
    fn korean_counts_large_numbers_by_ten_thousands() {
        crate::i18n::in_korean(|| {
            assert_eq!(format_value(24.5e9), "245억");
            assert_eq!(format_value(1.2e6), "120만");
            assert_eq!(format_value(3e12), "3조");
            assert_eq!(format_value(36.0), "36");
            assert_eq!(format_range(1.2e6, 1.5e6), "120–150만");
            assert_eq!(format_magnitude(1e8).as_deref(), Some("수억"));
            assert_eq!(format_magnitude(1e10).as_deref(), Some("수백억"));
            assert_eq!(format_figure(&figure(1e8, None, true, "달러")), "수억 달러");
            assert_eq!(format_figure(&figure(741.0, None, false, "개")), "741 개");
            let d = dataset();
            let event = search(&d, "camp david", 1).remove(0);
            assert!(event.kind.starts_with("사건, "), "{}", event.kind);
            let figure = search(&d, "741", 5)
                .into_iter()
                .find(|h| matches!(h.target, HitTarget::Figure { .. }))
                .expect("a figure");
            assert_eq!(figure.kind, "수치");
        });
    }

    #[test]
    fn the_bundled_order_of_magnitude_is_searchable_and_labelled_in_words() {
        let d = dataset();
        let hit = search(&d, "arms deal", 10)
            .into_iter()
            .find(|h| matches!(&h.target, HitTarget::Figure { figure, .. } if figure == "arms-deal-scale"))
            .expect("the arms deal figure is found");
        assert!(
            hit.label.ends_with("hundreds of millions of US dollars"),
            "{}",
            hit.label
        );
        assert!(search(&d, "hundreds of millions", 10).iter().any(
            |h| matches!(&h.target, HitTarget::Figure { figure, .. } if figure == "arms-deal-scale")
        ));
    }
}
