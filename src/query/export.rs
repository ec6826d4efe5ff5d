//! Records written out for other tools: CSV tables of what a view shows, the records under
//! the current filters and window as a dataset of their own, and a selected record with its
//! quotations as Markdown. Pure: data in, text out; the view offers the result as a download.

use std::collections::HashSet;

use crate::model::{Citation, Dataset};
use crate::state::Selection;

/// One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled), and
/// prefixed with `'` when it begins like a spreadsheet formula (`=`, `+`, `-`, `@`), so that
/// text from a dataset is never run as a formula.
pub fn csv_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A CSV document: a header row, then one row per record, lines ended by CRLF (RFC 4180).
pub fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    let line = |fields: &mut dyn Iterator<Item = String>, out: &mut String| {
        let fields: Vec<String> = fields.map(|f| csv_field(&f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    line(&mut header.iter().map(|h| h.to_string()), &mut out);
    for row in rows {
        line(&mut row.into_iter(), &mut out);
    }
    out
}

/// The records a view shows as a dataset of its own, valid against the schema: the relations
/// and events given (dataset positions), the actors shown plus every actor they name (and the
/// poles), every source, the figures about what is kept (naming only that), the disagreements
/// (concerning only what is kept), and events' evidence among the kept relations.
pub fn dataset_extract(
    dataset: &Dataset,
    actors_shown: &[bool],
    relations: &[usize],
    events: &[usize],
) -> Dataset {
    let relations: Vec<_> = relations
        .iter()
        .filter_map(|&r| dataset.relations.get(r).cloned())
        .collect();
    // An event's evidence names only relations that are kept.
    let relation_ids: HashSet<&str> = relations.iter().map(|r| r.id.as_str()).collect();
    let events: Vec<_> = events
        .iter()
        .filter_map(|&e| dataset.events.get(e))
        .map(|e| crate::model::Event {
            evidence_for: e
                .evidence_for
                .iter()
                .filter(|id| relation_ids.contains(id.as_str()))
                .cloned()
                .collect(),
            ..e.clone()
        })
        .collect();
    let mut named: HashSet<&str> = HashSet::new();
    named.insert(&dataset.poles.negative);
    named.insert(&dataset.poles.positive);
    for r in &relations {
        named.insert(&r.from);
        named.insert(&r.to);
    }
    for e in &events {
        named.extend(e.actors.iter().map(|p| p.actor.as_str()));
    }
    let actors: Vec<_> = dataset
        .actors
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            actors_shown.get(*i).copied().unwrap_or(true) || named.contains(a.id.as_str())
        })
        .map(|(_, a)| a.clone())
        .collect();
    let kept: HashSet<String> = actors
        .iter()
        .map(|a| a.id.clone())
        .chain(relations.iter().map(|r| r.id.clone()))
        .chain(events.iter().map(|e| e.id.clone()))
        .collect();
    let figures = dataset
        .figures
        .iter()
        .filter_map(|f| {
            let about: Vec<String> = f
                .about
                .iter()
                .filter(|id| kept.contains(*id))
                .cloned()
                .collect();
            (!about.is_empty()).then(|| crate::model::Figure { about, ..f.clone() })
        })
        .collect();
    let disagreements = dataset
        .disagreements
        .iter()
        .map(|d| crate::model::Disagreement {
            concerns: d
                .concerns
                .iter()
                .filter(|id| kept.contains(*id))
                .cloned()
                .collect(),
            ..d.clone()
        })
        .collect();
    Dataset {
        schema_version: crate::model::SCHEMA_VERSION,
        title: dataset.title.clone(),
        description: dataset.description.clone(),
        titles: dataset.titles.clone(),
        descriptions: dataset.descriptions.clone(),
        poles: dataset.poles.clone(),
        sources: dataset.sources.clone(),
        actors,
        relations,
        events,
        figures,
        disagreements,
    }
}

/// The words that make an exported picture stand on its own: a heading (the dataset's title)
/// and lines saying which period and filters it shows, how much of it is drawn, and the
/// articles it comes from.
pub fn picture_caption(
    dataset: &Dataset,
    window: Option<crate::model::DayRange>,
    filters: &crate::query::Filters,
    relations_shown: usize,
) -> (String, Vec<String>) {
    let mut lines = Vec::new();
    lines.push(match window {
        Some(w) => crate::tr!(
            "export.period",
            start = w.start.iso(),
            end = w.end.iso(),
            shown = crate::query::words::number(relations_shown),
            total = crate::query::words::number(dataset.relations.len())
        ),
        None => crate::tr!(
            "export.all-time",
            shown = crate::query::words::number(relations_shown),
            total = crate::query::words::number(dataset.relations.len())
        ),
    });
    let mut hidden: Vec<String> = Vec::new();
    hidden.extend(
        filters
            .hidden_statuses
            .iter()
            .map(|s| crate::i18n::lowercase_term(s.label())),
    );
    hidden.extend(
        filters
            .hidden_types
            .iter()
            .map(|t| crate::i18n::lowercase_term(t.label())),
    );
    hidden.extend(
        filters
            .hidden_kinds
            .iter()
            .map(|k| crate::i18n::lowercase_term(k.label())),
    );
    if !hidden.is_empty() {
        lines.push(crate::tr!("export.left-out", list = hidden.join(", ")));
    }
    if let Some(source) = filters.source.as_deref().and_then(|id| dataset.source(id)) {
        lines.push(crate::tr!("export.only-source", title = source.title));
    }
    for source in &dataset.sources {
        let by: Vec<&str> = [source.author.as_deref(), source.publisher.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let by = if by.is_empty() {
            String::new()
        } else {
            format!(", {}", by.join(", "))
        };
        let url = source
            .url
            .as_deref()
            .and_then(crate::query::links::web_link)
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        lines.push(crate::tr!(
            "export.source",
            title = source.title,
            by = by,
            date = source.published,
            url = url
        ));
    }
    (dataset.title.clone(), lines)
}

/// The quotations of a record as Markdown block quotes, each followed by its article.
fn citations_markdown(dataset: &Dataset, citations: &[Citation], out: &mut String) {
    if citations.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n", crate::tr!("export.md.sources")));
    for c in citations {
        out.push_str(&format!("\n> “{}”\n\n", markdown_text(&c.quote)));
        match dataset.source(&c.source) {
            Some(s) => {
                let by = s
                    .author
                    .as_deref()
                    .map(|a| format!(", {}", markdown_text(a)))
                    .unwrap_or_default();
                let title = markdown_text(&s.title);
                let published = s.published.to_string();
                match s.url.as_deref().and_then(crate::query::links::web_link) {
                    Some(url) => out.push_str(&format!(
                        "— [{title}]({}){by}, {published}\n",
                        url.replace(')', "%29").replace(' ', "%20")
                    )),
                    None => out.push_str(&format!("— {title}{by}, {published}\n")),
                }
            }
            None => out.push_str(&format!("— {}\n", markdown_text(&c.source))),
        }
    }
}

/// Text from a dataset made safe inside Markdown: characters that would start markup are
/// escaped, and line breaks become spaces.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A selected record with its status, dates, summary and every quotation, as Markdown; `None`
/// when the selection names nothing in the dataset.
pub fn record_markdown(dataset: &Dataset, selection: &Selection) -> Option<String> {
    let mut out = String::new();
    match selection {
        Selection::Actor(id) => {
            let actor = dataset.actor(id)?;
            out.push_str(&format!("# {}\n\n", markdown_text(&actor.name)));
            out.push_str(&format!(
                "*{}*\n\n{}\n",
                actor.kind.label(),
                markdown_text(&actor.description)
            ));
            let relations: Vec<_> = dataset
                .relations
                .iter()
                .filter(|r| r.from == *id || r.to == *id)
                .collect();
            if !relations.is_empty() {
                out.push_str(&format!("\n## {}\n\n", crate::tr!("export.md.relations")));
                for r in relations {
                    out.push_str(&format!(
                        "- {} ({})\n",
                        markdown_text(&dataset.relation_label(r)),
                        r.status.label()
                    ));
                }
            }
        }
        Selection::Relation(id) => {
            let r = dataset.relation(id)?;
            out.push_str(&format!(
                "# {}\n\n",
                markdown_text(&dataset.relation_label(r))
            ));
            out.push_str(&format!(
                "**{}:** {}  \n**{}:** {}\n",
                crate::tr!("export.md.status"),
                r.status.label(),
                crate::tr!("export.md.stance"),
                r.stance.label()
            ));
            if let Some(span) = &r.span {
                let when = match &span.end {
                    Some(end) => crate::tr!("export.md.span", start = span.start, end = end),
                    None => crate::tr!("export.md.ongoing", start = span.start),
                };
                out.push_str(&format!("**{}:** {when}\n", crate::tr!("export.md.when")));
            }
            out.push_str(&format!("\n{}\n", markdown_text(&r.summary)));
            citations_markdown(dataset, &r.citations, &mut out);
        }
        Selection::Event(id) => {
            let e = dataset.event(id)?;
            out.push_str(&format!("# {}\n\n", markdown_text(&e.title)));
            out.push_str(&format!(
                "**{}:** {}  \n**{}:** {}\n",
                crate::tr!("export.md.date"),
                e.date,
                crate::tr!("export.md.status"),
                e.status.label()
            ));
            let who: Vec<String> = e
                .actors
                .iter()
                .map(|p| {
                    format!(
                        "{} ({})",
                        markdown_text(dataset.actor_name(&p.actor)),
                        p.role.label()
                    )
                })
                .collect();
            if !who.is_empty() {
                out.push_str(&format!(
                    "**{}:** {}\n",
                    crate::tr!("export.md.who"),
                    who.join(", ")
                ));
            }
            out.push_str(&format!("\n{}\n", markdown_text(&e.summary)));
            citations_markdown(dataset, &e.citations, &mut out);
        }
    }
    out.push_str(&format!(
        "\n---\n{}\n",
        crate::tr!("export.md.from", title = markdown_text(&dataset.title))
    ));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("North Korea"), "North Korea");
        assert_eq!(csv_field("Seoul, Korea"), "\"Seoul, Korea\"");
        assert_eq!(
            csv_field("the \"same trench\""),
            "\"the \"\"same trench\"\"\""
        );
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn formulas_from_a_dataset_stay_text() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("-0.87"), "'-0.87");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    }

    #[test]
    fn a_document_has_a_header_and_crlf_lines() {
        let doc = csv(
            &["Actor", "Score"],
            vec![
                vec!["Russia".into(), "−1.00".into()],
                vec!["A, B".into(), "+0.50".into()],
            ],
        );
        assert_eq!(doc, "Actor,Score\r\nRussia,−1.00\r\n\"A, B\",'+0.50\r\n");
    }

    fn bundled() -> Dataset {
        crate::model::load(include_str!("../../public/data/korea-ukraine-war.json")).expect("valid")
    }

    #[test]
    fn an_extract_is_a_valid_dataset_of_what_was_shown() {
        let d = bundled();
        let shown: Vec<bool> = d
            .actors
            .iter()
            .map(|a| a.kind.label() != "Person")
            .collect();
        let relations: Vec<usize> = (0..d.relations.len()).step_by(3).collect();
        let events: Vec<usize> = (0..d.events.len()).step_by(2).collect();
        let extract = dataset_extract(&d, &shown, &relations, &events);
        assert_eq!(extract.relations.len(), relations.len());
        assert_eq!(extract.events.len(), events.len());
        let text = serde_json::to_string_pretty(&extract).unwrap();
        let reloaded = crate::model::load(&text).expect("the extract is valid");
        assert_eq!(reloaded, extract);
        // Every figure kept is about something kept.
        assert!(extract.figures.len() <= d.figures.len());
        // Nothing shown: only the poles and what the kept records name.
        let none = dataset_extract(&d, &vec![false; d.actors.len()], &[], &[]);
        assert_eq!(none.actors.len(), 2);
        assert!(none
            .figures
            .iter()
            .flat_map(|f| &f.about)
            .all(|id| *id == d.poles.negative || *id == d.poles.positive));
        crate::model::load(&serde_json::to_string(&none).unwrap()).expect("valid too");
    }

    #[test]
    fn a_picture_names_its_period_filters_and_sources() {
        let d = bundled();
        let window = crate::model::DayRange {
            start: crate::model::Day::parse_iso("2022-01-01").unwrap(),
            end: crate::model::Day::parse_iso("2022-07-01").unwrap(),
        };
        let filters = crate::query::Filters {
            hidden_statuses: vec![crate::model::Status::Alleged],
            ..Default::default()
        };
        let (title, lines) = picture_caption(&d, Some(window), &filters, 40);
        assert_eq!(title, d.title);
        assert_eq!(
            lines[0],
            format!(
                "Alignments from 2022-01-01 to 2022-07-01; 40 of {} relations.",
                d.relations.len()
            )
        );
        assert_eq!(lines[1], "Left out: alleged.");
        assert_eq!(lines.len(), 2 + d.sources.len());
        assert!(lines[2].starts_with(&format!("Source: {}", d.sources[0].title)));
        let (_, all_time) = picture_caption(&d, None, &Default::default(), 3);
        assert!(all_time[0].starts_with("Alignments over all time; 3 of"));
    }

    #[test]
    fn captions_and_markdown_speak_korean() {
        let d = bundled();
        let filters = crate::query::Filters {
            hidden_statuses: vec![crate::model::Status::Alleged],
            source: Some(d.sources[0].id.clone()),
            ..Default::default()
        };
        crate::i18n::in_korean(|| {
            let (_, lines) = picture_caption(&d, None, &filters, 3);
            assert_eq!(
                lines[0],
                format!(
                    "전체 기간의 진영 구도: 관계 {}개 중 {}개.",
                    d.relations.len(),
                    3
                )
            );
            assert_eq!(lines[1], "제외: 의혹.");
            assert_eq!(
                lines[2],
                format!("“{}” 기사가 뒷받침하는 내용만.", d.sources[0].title)
            );
            assert!(lines[3].starts_with(&format!("출처: {}", d.sources[0].title)));
            let r = &d.relations[0];
            let md = record_markdown(&d, &Selection::Relation(r.id.clone())).unwrap();
            assert!(
                md.contains(&format!("**상태:** {}", r.status.label())),
                "{md}"
            );
            assert!(md.contains("\n## 출처\n"), "{md}");
            for c in &r.citations {
                // Quotations are never translated.
                assert!(md.contains(&format!("> “{}”", markdown_text(&c.quote))));
            }
            let md = record_markdown(&d, &Selection::Actor("north-korea".into())).unwrap();
            assert!(md.contains("## 관계"), "{md}");
        });
    }

    #[test]
    fn a_record_in_markdown_quotes_its_sources_and_escapes_markup() {
        let d = bundled();
        let r = &d.relations[0];
        let md = record_markdown(&d, &Selection::Relation(r.id.clone())).unwrap();
        assert!(md.starts_with("# "));
        assert!(md.contains(&format!("**Status:** {}", r.status.label())));
        for c in &r.citations {
            assert!(
                md.contains(&format!("> “{}”", markdown_text(&c.quote))),
                "{md}"
            );
        }
        let e = &d.events[0];
        let md = record_markdown(&d, &Selection::Event(e.id.clone())).unwrap();
        assert!(md.contains(&format!("**Date:** {}", e.date)));
        let md = record_markdown(&d, &Selection::Actor("north-korea".into())).unwrap();
        assert!(md.contains("## Relations"));
        assert!(record_markdown(&d, &Selection::Actor("nobody".into())).is_none());
        assert_eq!(
            markdown_text("a *b* [c](javascript:x) <s>\nd"),
            "a \\*b\\* \\[c\\](javascript:x) \\<s\\> d"
        );
    }
}
