//! The dataset's title, its sources and how many records of each kind it holds.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Dataset;
use crate::query::words;

#[component]
pub fn Overview(dataset: Arc<Dataset>) -> impl IntoView {
    let counts = [
        ("actors", dataset.actors.len()),
        ("relations", dataset.relations.len()),
        ("events", dataset.events.len()),
        ("figures", dataset.figures.len()),
        ("disagreements", dataset.disagreements.len()),
    ];
    view! {
        <div class="overview">
            <h1 class="dataset-title">{dataset.title.clone()}</h1>
            <ul class="counts" aria-label={crate::tr!("overview.counts")}>
                {counts.into_iter().map(|(name, n)| {
                    // The number stands out; the words around it are the catalogue's count.
                    let [before, after] = count_pieces(name, n);
                    view! {
                        <li data-count=name>{before}<strong>{words::number(n)}</strong>{after}</li>
                    }
                }).collect_view()}
            </ul>
            <details class="sources">
                <summary>{crate::trn!("count.sources", dataset.sources.len())}</summary>
                <ul>
                    {dataset.sources.iter().map(|s| view! {
                        <li>
                            <cite>{s.title.clone()}</cite>
                            {s.publisher.clone().map(|p| format!(" — {p}"))}
                            {format!(", {}", s.published)}
                        </li>
                    }).collect_view()}
                </ul>
            </details>
        </div>
    }
}

/// The words of the catalogue's count `count.{name}` for `n`, before and after the number:
/// "12 actors" → ["", " actors"], "행위자 12" → ["행위자 ", ""].
pub fn count_pieces(name: &str, n: usize) -> [String; 2] {
    let key = format!("count.{name}");
    let catalogue = crate::i18n::current();
    let category = catalogue.lang.plural_category(n);
    let message = catalogue
        .get(&format!("{key}#{category}"))
        .or_else(|| catalogue.get(&key))
        .or_else(|| crate::i18n::try_lookup(&format!("{key}#{category}")))
        .unwrap_or("{n}");
    let mut pieces = crate::i18n::pieces(message, &[("n", "")]).into_iter();
    let before = pieces.next().unwrap_or_default();
    let after = pieces.collect::<String>();
    [before, after]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_put_their_words_around_the_number() {
        assert_eq!(count_pieces("actors", 12), ["", " actors"]);
        assert_eq!(count_pieces("events", 1), ["", " event"]);
        crate::i18n::in_korean(|| {
            assert_eq!(count_pieces("actors", 12), ["행위자 ", ""]);
        });
    }
}
