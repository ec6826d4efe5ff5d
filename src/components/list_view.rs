//! The same data as the map and the timeline, as tables a screen reader can walk: actors,
//! relations and events, filtered and windowed like the map. Rows are keyed by record, shown
//! a page at a time, sortable by any column, and each table downloads as CSV.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::paged::{more_text, shown_count, PAGE};
use crate::layout::num::Signed;
use crate::query::{self, export, words};
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// Rows a table shows at first and adds with each "Show more".
const TABLE_PAGE: usize = PAGE * 4;

/// Actors that pass the filters, from the negative pole to the positive (ties by position).
pub fn actor_order(scores: &[f64], visible: &[bool]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len())
        .filter(|&i| visible.get(i).copied().unwrap_or(true))
        .collect();
    crate::sort::positions(&mut order, &|a, b| {
        scores[a].total_cmp(&scores[b]).then(a.cmp(&b))
    });
    order
}

/// A cell's value for sorting: numbers as numbers, text without regard to case.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Number(f64),
    Text(String),
}

impl SortKey {
    pub fn text(text: &str) -> SortKey {
        SortKey::Text(crate::i18n::lowercase(text))
    }

    fn compare(&self, other: &SortKey) -> std::cmp::Ordering {
        match (self, other) {
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            (SortKey::Number(_), SortKey::Text(_)) => std::cmp::Ordering::Less,
            (SortKey::Text(_), SortKey::Number(_)) => std::cmp::Ordering::Greater,
        }
    }
}

/// `rows` ordered by `key`, ascending or descending; rows with equal keys keep their order.
pub fn sorted(rows: &[usize], key: impl Fn(usize) -> SortKey, descending: bool) -> Vec<usize> {
    let mut keyed: Vec<(SortKey, usize)> = rows.iter().map(|&r| (key(r), r)).collect();
    crate::sort::by(&mut keyed, |a, b| {
        let order = a.0.compare(&b.0);
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    keyed.into_iter().map(|(_, r)| r).collect()
}

/// A cell: the text shown (and written to CSV) and the key it sorts by.
pub type Cell = (String, SortKey);

/// A table's cells of one record, and the row drawn for it; shared, not generic, so the three
/// tables share one copy of the table's code.
type CellsOf = Arc<dyn Fn(usize) -> Vec<Cell> + Send + Sync>;
type RowOf = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// The lists, with their code loaded first: in a split build (feature `split`) the lists' code
/// is a wasm file of its own that downloads the first time they open; a failed download is an
/// `Err` (and a later call tries again).
pub async fn list_view() -> Result<AnyView, String> {
    #[cfg(feature = "split")]
    {
        split::list_view().await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(view! { <ListView /> }.into_any())
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    /// The split point: everything only this function reaches goes into the `list` wasm file.
    #[wasm_split(list, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn list_view() -> Result<AnyView, SplitLoaderError> {
        Ok(view! { <super::ListView /> }.into_any())
    }
}

#[component]
pub fn ListView() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let actors = Memo::new(move |_| {
        state.scores.with(|scores| {
            state
                .visible_actors
                .with(|visible| actor_order(scores, visible))
        })
    });
    let events = Memo::new(move |_| {
        let window = state.window.get();
        state.visible_events.with(|visible| {
            state.data.with_value(|d| {
                d.index
                    .event_order
                    .iter()
                    .copied()
                    .filter(|&i| visible[i] && d.index.event_in_window(i, window))
                    .collect::<Vec<usize>>()
            })
        })
    });
    let actor_cells = move |i: usize| -> Vec<Cell> {
        let score = state
            .scores
            .with_untracked(|s| s.get(i).copied().unwrap_or(0.0));
        state.data.with_value(|d| {
            let a = &d.dataset.actors[i];
            let side = query::side_label(score, &d.dataset);
            vec![
                (a.name.clone(), SortKey::text(&a.name)),
                (a.kind.label().to_string(), SortKey::text(a.kind.label())),
                (words::signed(score), SortKey::Number(score)),
                (side.clone(), SortKey::Text(side)),
            ]
        })
    };
    let relation_cells = move |i: usize| -> Vec<Cell> {
        state.data.with_value(|d| {
            let r = &d.dataset.relations[i];
            let sentence = d.index.relation_labels[i].clone();
            vec![
                (sentence.clone(), SortKey::text(&sentence)),
                (
                    r.stance.label().to_string(),
                    SortKey::text(r.stance.label()),
                ),
                (
                    r.status.label().to_string(),
                    SortKey::text(r.status.label()),
                ),
            ]
        })
    };
    let event_cells = move |i: usize| -> Vec<Cell> {
        state.data.with_value(|d| {
            let e = &d.dataset.events[i];
            let start = f64::from(d.index.event_ranges[i].start.0);
            vec![
                (e.date.to_string(), SortKey::Number(start)),
                (e.title.clone(), SortKey::text(&e.title)),
                (
                    e.status.label().to_string(),
                    SortKey::text(e.status.label()),
                ),
            ]
        })
    };
    view! {
        <section class="list-view" aria-labelledby="list-title">
            <h2 id="list-title">{crate::tr!("list.title")}</h2>
            <p class="list-note">{crate::tr!("list.note")}</p>
            <Table class="actors-table" caption={crate::tr!("list.actors.caption")} what="actors"
                save_label={crate::tr!("list.actors.csv")}
                columns={vec![crate::tr!("list.column.actor"), crate::tr!("list.column.kind"), crate::tr!("list.column.score"), crate::tr!("list.column.side")]} rows=actors cells=Arc::new(actor_cells)
                row=Arc::new(move |i| {
                    let (a, dataset) = state.data.with_value(|d| (d.dataset.actors[i].clone(), d.dataset.clone()));
                    let score = move || state.scores.with(|s| s.get(i).copied().unwrap_or(0.0));
                    view! {
                        <tr>
                            <th scope="row">{link(state, Selection::Actor(a.id.clone()), a.name.clone())}</th>
                            <td>{a.kind.label().to_string()}</td>
                            <td class="number">{move || Signed(score(), 2).to_string()}</td>
                            <td>{move || query::side_label(score(), &dataset)}</td>
                        </tr>
                    }.into_any()
                }) />
            <Table class="relations-table" caption={crate::tr!("list.relations.caption")} what="relations"
                save_label={crate::tr!("list.relations.csv")}
                columns={vec![crate::tr!("list.column.relation"), crate::tr!("list.column.stance"), crate::tr!("list.column.status")]} rows=state.visible_relations cells=Arc::new(relation_cells)
                row=Arc::new(move |i| state.data.with_value(|d| {
                    let r = &d.dataset.relations[i];
                    view! {
                        <tr>
                            <th scope="row">{link(state, Selection::Relation(r.id.clone()), d.index.relation_labels[i].clone())}</th>
                            <td>{r.stance.label().to_string()}</td>
                            <td>{r.status.label().to_string()}</td>
                        </tr>
                    }.into_any()
                })) />
            <Table class="events-table" caption={crate::tr!("list.events.caption")} what="events"
                save_label={crate::tr!("list.events.csv")}
                columns={vec![crate::tr!("list.column.date"), crate::tr!("list.column.event"), crate::tr!("list.column.status")]} rows=events cells=Arc::new(event_cells)
                row=Arc::new(move |i| state.data.with_value(|d| {
                    let e = &d.dataset.events[i];
                    view! {
                        <tr>
                            <td class="date">{e.date.to_string()}</td>
                            <th scope="row">{link(state, Selection::Event(e.id.clone()), e.title.clone())}</th>
                            <td>{e.status.label().to_string()}</td>
                        </tr>
                    }.into_any()
                })) />
        </section>
    }
}

fn link(state: ExplorerState, selection: Selection, text: String) -> impl IntoView {
    view! { <button type="button" class="link" on:click=move |_| state.select(Some(selection.clone()))>{text}</button> }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document().create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// One table of record positions, keyed by position, a page at a time; a column's name sorts
/// by it (again to reverse); the whole table downloads as CSV.
#[component]
fn Table(
    class: &'static str,
    caption: &'static str,
    what: &'static str,
    save_label: &'static str,
    columns: Vec<&'static str>,
    rows: Memo<Vec<usize>>,
    cells: CellsOf,
    row: RowOf,
) -> impl IntoView {
    let cells = StoredValue::new(cells);
    let presses = RwSignal::new(0usize);
    // The column sorted by, and whether descending; `None` keeps the table's own order.
    let sort = RwSignal::new(None::<(usize, bool)>);
    let ordered = Memo::new(move |_| {
        rows.with(|rows| match sort.get() {
            None => rows.clone(),
            Some((column, descending)) => sorted(
                rows,
                |i| {
                    cells
                        .with_value(|c| c(i))
                        .into_iter()
                        .nth(column)
                        .map_or(SortKey::Number(0.0), |c| c.1)
                },
                descending,
            ),
        })
    });
    let total = move || rows.with(Vec::len);
    let shown = move || shown_count(total(), presses.get(), TABLE_PAGE);
    let columns = StoredValue::new(columns);
    let header = columns
        .get_value()
        .into_iter()
        .enumerate()
        .map(|(k, name)| {
            let aria_sort = move || match sort.get() {
                Some((c, false)) if c == k => "ascending",
                Some((c, true)) if c == k => "descending",
                _ => "none",
            };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <button type="button" class="sort" on:click=move |_| sort.update(|s| {
                        *s = Some(match *s { Some((c, descending)) if c == k => (k, !descending), _ => (k, false) });
                    })>{name}</button>
                </th>
            }
        })
        .collect_view();
    let save = move |_| {
        let text = export::csv(
            &columns.get_value(),
            ordered.get_untracked().into_iter().map(|i| {
                cells
                    .with_value(|c| c(i))
                    .into_iter()
                    .map(|c| c.0)
                    .collect()
            }),
        );
        download(&format!("{what}.csv"), "text/csv;charset=utf-8", &text);
    };
    view! {
        <div class="table-wrap">
            <table class=class>
                <caption>
                    {caption}" "
                    <button type="button" class="link csv" on:click=save>{save_label}</button>
                </caption>
                <thead><tr>{header}</tr></thead>
                <tbody>
                    <For each=move || ordered.with(|r| r[..shown().min(r.len())].to_vec()) key=|i| *i children=move |i| row(i) />
                </tbody>
            </table>
            <Show when=move || { shown() < total() }>
                <button type="button" class="link show-more" on:click=move |_| presses.update(|p| *p += 1)>
                    {move || more_text(what, (total() - shown()).min(TABLE_PAGE), total())}
                </button>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_orders_numbers_as_numbers_and_keeps_ties_in_place() {
        let scores = [0.5, -1.0, 0.5, 10.0];
        let by_score = |i: usize| SortKey::Number(scores[i]);
        assert_eq!(sorted(&[0, 1, 2, 3], by_score, false), vec![1, 0, 2, 3]);
        assert_eq!(sorted(&[0, 1, 2, 3], by_score, true), vec![3, 0, 2, 1]);
        let names = ["b", "A", "c"];
        assert_eq!(
            sorted(&[0, 1, 2], |i| SortKey::text(names[i]), false),
            vec![1, 0, 2]
        );
    }
}
