//! A long list shown a page at a time, with a button for more: panels and tables stay quick
//! however many records a dataset holds.

use leptos::prelude::*;

/// Rows shown at first, and added by each press of "Show more".
pub const PAGE: usize = 50;

/// How many of `total` items to show after `presses` presses of "Show more".
pub fn shown_count(total: usize, presses: usize, page: usize) -> usize {
    total.min(page.saturating_mul(presses.saturating_add(1)))
}

/// The first page of `items` drawn by `render`, then a "Show more" button (with `what` the
/// items' name) that adds a page at a time. `wrap` names the list element's class.
pub fn paged_list<T, F, V>(
    items: Vec<T>,
    page: usize,
    what: &'static str,
    render: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let total = items.len();
    let presses = RwSignal::new(0usize);
    let items = StoredValue::new(items);
    let shown = move || shown_count(total, presses.get(), page);
    let rows = move || {
        let render = render.clone();
        items.with_value(|items| items[..shown()].iter().cloned().map(render).collect_view())
    };
    view! {
        {rows}
        <Show when=move || { shown() < total }>
            <li class="show-more">
                <button type="button" class="link" on:click=move |_| presses.update(|p| *p += 1)>
                    {move || more_text(what, (total - shown()).min(page), total)}
                </button>
            </li>
        </Show>
    }
}

/// The "Show more" button's words: `n` more of `what` ("actors", "events", "relations",
/// "kinds of relation"), of `total` in all.
pub fn more_text(what: &str, n: usize, total: usize) -> String {
    match what {
        "actors" => crate::tr!("page.more.actors", n = n, total = total),
        "events" => crate::tr!("page.more.events", n = n, total = total),
        "relations" => crate::tr!("page.more.relations", n = n, total = total),
        "kinds of relation" => crate::tr!("page.more.kinds", n = n, total = total),
        _ => crate::tr!("page.more", n = n, what = what, total = total),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_grow_to_the_total() {
        assert_eq!(shown_count(10, 0, PAGE), 10);
        assert_eq!(shown_count(120, 0, PAGE), 50);
        assert_eq!(shown_count(120, 1, PAGE), 100);
        assert_eq!(shown_count(120, 2, PAGE), 120);
        assert_eq!(shown_count(120, usize::MAX, PAGE), 120);
    }

    #[test]
    fn the_more_button_names_what_it_adds() {
        assert_eq!(
            more_text("events", 50, 1200),
            "Show 50 more events (of 1200 in all)"
        );
        crate::i18n::in_korean(|| {
            assert_eq!(
                more_text("events", 50, 1200),
                "사건 50개 더 보기 (전체 1200개)"
            );
        });
    }
}
