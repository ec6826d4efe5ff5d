//! The details panel: whatever is selected, with the status of every claim and the passages
//! it comes from. Relations and events are drawn here, actors in `actor_details`; the small
//! pieces they share (status badges, record links, citations) live here too. The code that
//! draws a selected record loads right after the explorer is first drawn (see
//! [`details_renderer`]).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::actor_details::actor_details;
use crate::components::paged::{paged_list, PAGE};
use crate::model::{Citation, Dataset, Status};
use crate::query::links::web_link;
use crate::state::explorer::ExplorerState;
use crate::state::Selection;

/// What draws a selected record's details.
type Render = fn(ExplorerState, &Arc<Dataset>, &Selection) -> AnyView;

/// The details of a selected record: an actor's, a relation's or an event's.
fn record_details(state: ExplorerState, dataset: &Arc<Dataset>, selection: &Selection) -> AnyView {
    match selection {
        Selection::Actor(id) => actor_details(state, dataset, id).into_any(),
        Selection::Relation(id) => relation_details(state, dataset, id).into_any(),
        Selection::Event(id) => event_details(state, dataset, id).into_any(),
    }
}

/// [`record_details`], with its code loaded first: in a split build (feature `split`) the code
/// that draws a record is a wasm file of its own, fetched right after the explorer is first
/// drawn (so that it is there by the first click); a failed download is an `Err` (and a later
/// call tries again).
async fn details_renderer() -> Result<Render, String> {
    #[cfg(feature = "split")]
    {
        split::details_renderer().await.map_err(|e| e.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(record_details)
    }
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::Render;

    /// The split point: everything only this function reaches goes into the `details` wasm
    /// file.
    #[wasm_split(details, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn details_renderer() -> Result<Render, SplitLoaderError> {
        Ok(super::record_details)
    }
}

#[component]
pub fn DetailsPanel() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    // What draws a record: there at once in a build without split points, else loaded after
    // the first paint; on failure, why, until the reader tries again.
    #[cfg(not(feature = "split"))]
    let drawn_by: Option<Render> = Some(record_details);
    // (Not named here in a split build, or its code would stay in the first load.)
    #[cfg(feature = "split")]
    let drawn_by: Option<Render> = None;
    let render = RwSignal::new(drawn_by);
    let failure = RwSignal::new(None::<String>);
    let load = move || {
        leptos::task::spawn_local(async move {
            match details_renderer().await {
                Ok(draw) => {
                    render.try_set(Some(draw));
                }
                Err(why) => {
                    failure.try_set(Some(why));
                }
            }
        })
    };
    if render.get_untracked().is_none() {
        crate::state::after_next_paint(load);
    }
    // A selection's details are drawn a frame after the map lights it (a hub's details group
    // and page hundreds or thousands of relations). Until then the section is `aria-busy`, so
    // that a screen reader, and anything that reads the page, waits for them.
    let busy = RwSignal::new(false);
    let opening = std::cell::Cell::new(true);
    let shown = crate::state::a_frame_after(
        move || {
            state.selection.track();
            // (Not for the selection the panel opens with, drawn at once.)
            if !opening.replace(false) {
                busy.try_set(true);
            }
        },
        0.0,
    );
    let body = move || {
        let dataset = state.dataset();
        shown.track();
        busy.try_set(false);
        match (state.selection.get_untracked(), render.get()) {
            (None, _) => view! {
                <div class="details-empty">
                    <p>{crate::tr!("details.empty")}</p>
                </div>
            }
            .into_any(),
            (Some(selection), Some(draw)) => draw(state, &dataset, &selection),
            (Some(_), None) => match failure.get() {
                None => view! { <p class="details-status" role="status">{crate::tr!("details.loading")}</p> }.into_any(),
                Some(why) => view! {
                    <p class="details-status" role="status">{crate::tr!("details.load-failed", why = why)}</p>
                    <button type="button" class="details-retry" on:click=move |_| { failure.set(None); load(); }>{crate::tr!("world.retry")}</button>
                }
                .into_any(),
            },
        }
    };
    view! {
        <section class="details-section" aria-labelledby="details-title" aria-live="polite" aria-busy=move || busy.get().to_string()>
            <div class="panel-bar">
                <h2 id="details-title">{crate::tr!("details.title")}</h2>
                <button
                    type="button"
                    class="details-close"
                    aria-label={crate::tr!("details.clear")}
                    on:click=move |_| state.select(None)
                    disabled=move || state.selection.with(Option::is_none)
                >"×"</button>
            </div>
            <div class="details-body">{body}</div>
        </section>
    }
}

pub fn status_badge(status: &Status) -> impl IntoView {
    view! {
        <span class=format!("badge status-{}", status.as_str()) title=status.meaning()>
            {status.label().to_string()}
        </span>
    }
}

/// A link-styled button that selects a record.
pub fn record_link(state: ExplorerState, selection: Selection, text: String) -> impl IntoView {
    view! {
        <button type="button" class="link" on:click=move |_| state.select(Some(selection.clone()))>{text}</button>
    }
}

/// Opens the Sources tab at one article.
fn show_source(state: ExplorerState, id: String) {
    state.change(|v| v.set_panel(crate::state::Panel::Sources));
    let id = super::joined("source-", &id);
    focus_when_drawn(move || document().get_element_by_id(&id));
}

/// How many frames [`focus_when_drawn`] looks for its element: about two seconds, time for a
/// tab whose code downloads when first chosen.
const FOCUS_TRIES: u32 = 120;

/// Scrolls to and focuses the element `find` finds once it is drawn, looking again each frame
/// (the tab it is on may still be loading or rendering).
pub fn focus_when_drawn(find: impl Fn() -> Option<web_sys::Element> + 'static) {
    fn look(find: Box<dyn Fn() -> Option<web_sys::Element>>, tries: u32) {
        request_animation_frame(move || match find() {
            Some(item) => {
                item.scroll_into_view();
                let _ = item.set_attribute("tabindex", "-1");
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(item).focus();
            }
            None if tries > 0 => look(find, tries - 1),
            None => {}
        });
    }
    look(Box::new(find), FOCUS_TRIES);
}

pub fn citations_view(
    state: ExplorerState,
    dataset: &Dataset,
    citations: &[Citation],
) -> impl IntoView {
    let items = citations
        .iter()
        .map(|c| {
            let source = dataset.source(&c.source);
            let title = source.map_or(c.source.clone(), |s| s.title.clone());
            let byline = source.map(|s| {
                let mut parts = Vec::new();
                if let Some(author) = &s.author {
                    parts.push(author.clone());
                }
                if let Some(publisher) = &s.publisher {
                    parts.push(publisher.clone());
                }
                parts.push(s.published.to_string());
                parts.join(", ")
            });
            let url = source.and_then(|s| s.url.clone());
            let id = c.source.clone();
            view! {
                <li class="citation">
                    <blockquote>{format!("“{}”", c.quote)}</blockquote>
                    <p class="cite-line">
                        "— "
                        <button type="button" class="link cite-source" on:click=move |_| show_source(state, id.clone())>
                            <cite>{title}</cite>
                        </button>
                        {byline.map(|b| format!(" ({b})"))}
                        {url.map(|url| match web_link(&url) {
                            Some(link) => view! { " " <a href=link.to_string() rel="noopener noreferrer" target="_blank" class="original">{crate::tr!("details.original")}</a> }.into_any(),
                            None => view! { " " <span class="not-a-link">{crate::tr!("details.not-a-link", url = url)}</span> }.into_any(),
                        })}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="citations" aria-label={crate::tr!("details.sources")}>{items}</ul> }
}

fn relation_details(state: ExplorerState, dataset: &Arc<Dataset>, id: &str) -> impl IntoView {
    let index = state.index();
    let Some(&position) = index.relation_position.get(id) else {
        return view! { <p>{crate::tr!("relation.missing")}</p> }.into_any();
    };
    let r = dataset.relations[position].clone();
    let span = r.span.as_ref().map(|s| match &s.end {
        Some(end) if end != &s.start => format!("{} – {}", s.start, end),
        Some(_) => s.start.to_string(),
        None => crate::tr!("relation.from", date = s.start),
    });
    let evidence = paged_list(
        index.relation_evidence[position].clone(),
        PAGE,
        "events",
        move |i| {
            state.data.with_value(|d| {
            let e = &d.dataset.events[i];
            view! { <li>{record_link(state, Selection::Event(e.id.clone()), e.title.clone())}</li> }
        })
        },
    );
    // The relation as a sentence, its two actors as links: "Russia lists South Korea as
    // unfriendly".
    let from_name = dataset.actor_name(&r.from).to_string();
    let to_name = dataset.actor_name(&r.to).to_string();
    let [before, between, after] = r.relation_type.sentence_pieces(&from_name, &to_name);
    view! {
        <article class="details relation-details">
            <h3 class="details-heading">
                {before}
                {record_link(state, Selection::Actor(r.from.clone()), from_name)}
                {between}
                {record_link(state, Selection::Actor(r.to.clone()), to_name)}
                {after}
            </h3>
            <p>{status_badge(&r.status)}" "<span class=format!("stance {}", r.stance.as_str())>{r.stance.label().to_string()}</span>
                {span.map(|s| view! { " · " <span class="date">{s}</span> })}</p>
            <p>{r.summary.clone()}</p>
            <h4>{crate::tr!("relation.evidence")}</h4>
            <ul>{evidence}</ul>
            <h4>{crate::tr!("details.articles")}</h4>
            {citations_view(state, dataset, &r.citations)}
        </article>
    }
    .into_any()
}

fn event_details(state: ExplorerState, dataset: &Arc<Dataset>, id: &str) -> impl IntoView {
    let index = state.index();
    let Some(&position) = index.event_position.get(id) else {
        return view! { <p>{crate::tr!("event.missing")}</p> }.into_any();
    };
    let e = dataset.events[position].clone();
    let actors = e
        .actors
        .iter()
        .map(|p| {
            view! {
                <li>{record_link(state, Selection::Actor(p.actor.clone()), dataset.actor_name(&p.actor).to_string())}
                    " (" {p.role.label().to_string()} ")"</li>
            }
        })
        .collect_view();
    let relations = index.event_evidence[position]
        .iter()
        .map(|&r| {
            let text = index.relation_labels[r].clone();
            view! { <li>{record_link(state, Selection::Relation(dataset.relations[r].id.clone()), text)}</li> }
        })
        .collect_view();
    view! {
        <article class="details event-details">
            <h3 class="details-heading">{e.title.clone()}</h3>
            <p><span class="date">{e.date.to_string()}</span>" "{status_badge(&e.status)}</p>
            {e.date.note.clone().map(|n| view! { <p class="date-note">{crate::tr!("event.date-note", note = n)}</p> })}
            <p>{e.summary.clone()}</p>
            <h4>{crate::tr!("event.actors")}</h4>
            <ul>{actors}</ul>
            <h4>{crate::tr!("event.evidence-for")}</h4>
            <ul>{relations}</ul>
            <h4>{crate::tr!("details.articles")}</h4>
            {citations_view(state, dataset, &e.citations)}
        </article>
    }
    .into_any()
}
