//! The same data as the map and the timeline, as tables a screen reader can walk: actors,
//! relations and events, filtered and windowed like the map.

use leptos::prelude::*;

use crate::query;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

#[component]
pub fn ListView() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let link = move |selection: Selection, text: String| {
        view! { <button type="button" class="link" on:click=move |_| state.select(Some(selection.clone()))>{text}</button> }
    };
    let actors = move || {
        let dataset = state.dataset();
        let scores = state.scores.get();
        let visible = state.visible_actors.get();
        let mut order: Vec<usize> = (0..dataset.actors.len()).filter(|&i| visible[i]).collect();
        order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(a.cmp(&b)));
        order
            .into_iter()
            .map(|i| {
                let a = &dataset.actors[i];
                view! {
                    <tr>
                        <th scope="row">{link(Selection::Actor(a.id.clone()), a.name.clone())}</th>
                        <td>{a.kind.label().to_string()}</td>
                        <td class="number">{format!("{:+.2}", scores[i])}</td>
                        <td>{query::side_label(scores[i], &dataset)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let relations = move || {
        let dataset = state.dataset();
        state
            .visible_relations
            .get()
            .into_iter()
            .map(|i| {
                let r = &dataset.relations[i];
                view! {
                    <tr>
                        <th scope="row">{link(Selection::Relation(r.id.clone()), dataset.relation_label(r))}</th>
                        <td>{r.stance.label().to_string()}</td>
                        <td>{r.status.label().to_string()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let events = move || {
        let dataset = state.dataset();
        let index = state.index();
        let visible = state.visible_events.get();
        let window = state.view.with(|v| v.window);
        let mut order: Vec<usize> = (0..dataset.events.len())
            .filter(|&i| visible[i] && index.event_in_window(i, window))
            .collect();
        order.sort_by_key(|&i| (index.event_ranges[i].start, i));
        order
            .into_iter()
            .map(|i| {
                let e = &dataset.events[i];
                view! {
                    <tr>
                        <td class="date">{e.date.to_string()}</td>
                        <th scope="row">{link(Selection::Event(e.id.clone()), e.title.clone())}</th>
                        <td>{e.status.label().to_string()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="list-view" aria-labelledby="list-title">
            <h2 id="list-title">"Lists"</h2>
            <p class="list-note">"The records the map and the timeline show, with the same filters and time window. Select a name to open its details."</p>
            <div class="table-wrap">
                <table class="actors-table">
                    <caption>"Actors, from one pole to the other"</caption>
                    <thead><tr><th scope="col">"Actor"</th><th scope="col">"Kind"</th><th scope="col">"Score"</th><th scope="col">"Side"</th></tr></thead>
                    <tbody>{actors}</tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table class="relations-table">
                    <caption>"Relations"</caption>
                    <thead><tr><th scope="col">"Relation"</th><th scope="col">"Stance"</th><th scope="col">"Status"</th></tr></thead>
                    <tbody>{relations}</tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table class="events-table">
                    <caption>"Events in time order"</caption>
                    <thead><tr><th scope="col">"Date"</th><th scope="col">"Event"</th><th scope="col">"Status"</th></tr></thead>
                    <tbody>{events}</tbody>
                </table>
            </div>
        </section>
    }
}
