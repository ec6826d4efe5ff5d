//! The same data as the map and the timeline, as tables a screen reader can walk: actors,
//! relations and events, filtered and windowed like the map. Rows are keyed by record and
//! shown a page at a time.

use leptos::prelude::*;

use crate::components::paged::{shown_count, PAGE};
use crate::query;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// Rows a table shows at first and adds with each "Show more".
const TABLE_PAGE: usize = PAGE * 4;

/// Actors that pass the filters, from the negative pole to the positive (ties by position).
pub fn actor_order(scores: &[f64], visible: &[bool]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len())
        .filter(|&i| visible.get(i).copied().unwrap_or(true))
        .collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(a.cmp(&b)));
    order
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
    view! {
        <section class="list-view" aria-labelledby="list-title">
            <h2 id="list-title">"Lists"</h2>
            <p class="list-note">"The records the map and the timeline show, with the same filters and time window. Select a name to open its details."</p>
            <Table class="actors-table" caption="Actors, from one pole to the other" what="actors"
                columns=&["Actor", "Kind", "Score", "Side"] rows=actors
                row=move |i| {
                    let (a, dataset) = state.data.with_value(|d| (d.dataset.actors[i].clone(), d.dataset.clone()));
                    let score = move || state.scores.with(|s| s.get(i).copied().unwrap_or(0.0));
                    view! {
                        <tr>
                            <th scope="row">{link(state, Selection::Actor(a.id.clone()), a.name.clone())}</th>
                            <td>{a.kind.label().to_string()}</td>
                            <td class="number">{move || format!("{:+.2}", score())}</td>
                            <td>{move || query::side_label(score(), &dataset)}</td>
                        </tr>
                    }.into_any()
                } />
            <Table class="relations-table" caption="Relations" what="relations"
                columns=&["Relation", "Stance", "Status"] rows=state.visible_relations
                row=move |i| state.data.with_value(|d| {
                    let r = &d.dataset.relations[i];
                    view! {
                        <tr>
                            <th scope="row">{link(state, Selection::Relation(r.id.clone()), d.index.relation_labels[i].clone())}</th>
                            <td>{r.stance.label().to_string()}</td>
                            <td>{r.status.label().to_string()}</td>
                        </tr>
                    }.into_any()
                }) />
            <Table class="events-table" caption="Events in time order" what="events"
                columns=&["Date", "Event", "Status"] rows=events
                row=move |i| state.data.with_value(|d| {
                    let e = &d.dataset.events[i];
                    view! {
                        <tr>
                            <td class="date">{e.date.to_string()}</td>
                            <th scope="row">{link(state, Selection::Event(e.id.clone()), e.title.clone())}</th>
                            <td>{e.status.label().to_string()}</td>
                        </tr>
                    }.into_any()
                }) />
        </section>
    }
}

fn link(state: ExplorerState, selection: Selection, text: String) -> impl IntoView {
    view! { <button type="button" class="link" on:click=move |_| state.select(Some(selection.clone()))>{text}</button> }
}

/// One table of record positions, keyed by position, a page at a time.
#[component]
fn Table(
    class: &'static str,
    caption: &'static str,
    what: &'static str,
    columns: &'static [&'static str],
    rows: Memo<Vec<usize>>,
    row: impl Fn(usize) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let presses = RwSignal::new(0usize);
    let total = move || rows.with(Vec::len);
    let shown = move || shown_count(total(), presses.get(), TABLE_PAGE);
    view! {
        <div class="table-wrap">
            <table class=class>
                <caption>{caption}</caption>
                <thead><tr>{columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                <tbody>
                    <For each=move || rows.with(|r| r[..shown()].to_vec()) key=|i| *i children=row />
                </tbody>
            </table>
            <Show when=move || { shown() < total() }>
                <button type="button" class="link show-more" on:click=move |_| presses.update(|p| *p += 1)>
                    {move || format!("Show {} more {what} (of {} in all)", (total() - shown()).min(TABLE_PAGE), total())}
                </button>
            </Show>
        </div>
    }
}
