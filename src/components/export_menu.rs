//! Exporting what the reader sees: the map as SVG or PNG (with a heading, the period and
//! filters, a legend and the sources, so the picture stands on its own), the records under the
//! current filters and window as JSON (itself a valid dataset), and the selected record with
//! its quotations as Markdown. The words come from `query::export`; here they are drawn.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::legend::end_words;
use crate::components::list_view::download;
use crate::layout::encoding::{shape_path, stance_class, status_dash};
use crate::layout::num::parse_decimal;
use crate::layout::num::Tenths;
use crate::layout::view::FrameView;
use crate::model::{ActorKind, Stance, Status};
use crate::query::export::{dataset_extract, picture_caption, record_markdown};
use crate::query::SideWords;
use crate::state::explorer::ExplorerState;
use crate::state::MainView;

const SVG: &str = "http://www.w3.org/2000/svg";
/// Presentation properties copied from the page's styles onto each element of the picture,
/// so that it looks the same anywhere, without the page's stylesheets.
const PROPERTIES: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "stroke-linejoin",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "paint-order",
    "display",
];
const HEADER: f64 = 64.0;
const LINE: f64 = 16.0;

/// An SVG element with attributes and, optionally, text (set as text, never parsed).
fn element(
    name: &str,
    attributes: &[(&str, String)],
    text: Option<&str>,
) -> Option<web_sys::Element> {
    let el = document().create_element_ns(Some(SVG), name).ok()?;
    for (key, value) in attributes {
        el.set_attribute(key, value).ok()?;
    }
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    Some(el)
}

/// About how wide `text` is drawn in the picture's labels: 7 units a letter, 12 for a wide
/// one (Hangul, CJK).
fn text_width(text: &str) -> f64 {
    let wide = |c: char| ('\u{1100}'..='\u{11ff}').contains(&c) || c >= '\u{2e80}';
    text.chars().map(|c| if wide(c) { 12.0 } else { 7.0 }).sum()
}

/// The picture's heading, period, legend and sources, around the map's drawing (`width` by
/// `height` world units). Returns the height added below the map.
fn frame_picture(
    state: ExplorerState,
    clone: &web_sys::Element,
    width: f64,
    height: f64,
) -> Option<f64> {
    let (title, lines, words, source_count) = state.data.with_value(|d| {
        let shown = state.visible_relations.with_untracked(Vec::len);
        let (title, lines) = state.filters.with_untracked(|f| {
            picture_caption(&d.dataset, state.window.get_untracked(), f, shown)
        });
        (
            title,
            lines,
            SideWords::new(&d.dataset),
            d.dataset.sources.len(),
        )
    });
    let add = |el: Option<web_sys::Element>| el.and_then(|el| clone.append_child(&el).ok());
    add(element(
        "text",
        &[
            ("x", "0".into()),
            ("y", Tenths(-HEADER + 22.0).to_string()),
            ("class", "node-label picture-title".into()),
            ("font-size", "18".into()),
            ("font-weight", "700".into()),
        ],
        Some(&title),
    ));
    let (period, rest) = lines.split_first()?;
    // The caption ends with one line per source.
    let (filters, sources) = rest.split_at(rest.len().saturating_sub(source_count));
    let mut y = -HEADER + 22.0 + LINE + 4.0;
    for line in std::iter::once(period).chain(filters) {
        add(element(
            "text",
            &[
                ("x", "0".into()),
                ("y", Tenths(y).to_string()),
                ("class", "node-label".into()),
            ],
            Some(line),
        ));
        y += LINE;
    }
    let y = picture_legend(clone, &words, height + 24.0)?;
    let y = picture_sources(clone, sources, width, y);
    Some(y - height)
}

/// The picture's legend from `top` down: sides, stances (colour and arrow end), statuses
/// (dash); where it ends.
fn picture_legend(clone: &web_sys::Element, words: &SideWords, top: f64) -> Option<f64> {
    let add = |el: Option<web_sys::Element>| el.and_then(|el| clone.append_child(&el).ok());
    let mut y = top;
    let mut x = 0.0;
    for (class, score) in [
        ("side-negative", -1.0),
        ("side-neutral", 0.0),
        ("side-positive", 1.0),
    ] {
        let g = element(
            "g",
            &[
                ("class", format!("node {class}")),
                (
                    "transform",
                    format!("translate({} {})", Tenths(x + 6.0), Tenths(y - 4.0)),
                ),
            ],
            None,
        )?;
        let shape = element(
            "path",
            &[
                ("class", "node-shape".into()),
                ("d", shape_path(&ActorKind::State, 6.0)),
            ],
            None,
        )?;
        g.append_child(&shape).ok()?;
        clone.append_child(&g).ok()?;
        add(element(
            "text",
            &[
                ("x", Tenths(x + 16.0).to_string()),
                ("y", Tenths(y).to_string()),
                ("class", "node-label".into()),
            ],
            Some(words.label(score)),
        ));
        x += 24.0 + text_width(words.label(score));
    }
    y += LINE + 4.0;
    x = 0.0;
    for stance in Stance::ALL {
        let class = stance_class(stance);
        let g = element("g", &[("class", format!("edge {class}"))], None)?;
        let line = element(
            "path",
            &[
                ("class", "edge-line".into()),
                (
                    "d",
                    format!("M{} {}H{}", Tenths(x), Tenths(y - 4.0), Tenths(x + 34.0)),
                ),
                ("marker-end", format!("url(#arrow-{class})")),
            ],
            None,
        )?;
        g.append_child(&line).ok()?;
        clone.append_child(&g).ok()?;
        let label = format!(
            "{} ({})",
            crate::i18n::lowercase_term(stance.label()),
            end_words(stance)
        );
        add(element(
            "text",
            &[
                ("x", Tenths(x + 42.0).to_string()),
                ("y", Tenths(y).to_string()),
                ("class", "node-label".into()),
            ],
            Some(&label),
        ));
        x += 60.0 + text_width(&label);
    }
    y += LINE + 4.0;
    x = 0.0;
    for status in Status::ALL {
        add(element(
            "path",
            &[
                ("class", "picture-dash".into()),
                (
                    "d",
                    format!("M{} {}H{}", Tenths(x), Tenths(y - 4.0), Tenths(x + 28.0)),
                ),
                ("stroke-dasharray", status_dash(status).to_string()),
            ],
            None,
        ));
        let label = crate::i18n::lowercase_term(status.label());
        add(element(
            "text",
            &[
                ("x", Tenths(x + 34.0).to_string()),
                ("y", Tenths(y).to_string()),
                ("class", "node-label".into()),
            ],
            Some(&label),
        ));
        x += 44.0 + text_width(&label);
    }
    y += LINE + 4.0;
    Some(y)
}

/// The picture's sources, a line each from `top` down (a source's address on a line of its own
/// when the whole would run past the picture); where they end.
fn picture_sources(clone: &web_sys::Element, sources: &[String], width: f64, top: f64) -> f64 {
    let add = |el: Option<web_sys::Element>| el.and_then(|el| clone.append_child(&el).ok());
    let mut y = top;
    let fits = (width / 6.0) as usize;
    for line in sources {
        let parts: Vec<&str> = match line.rsplit_once(" http") {
            Some((text, _)) if line.chars().count() > fits => vec![text, &line[text.len() + 1..]],
            _ => vec![line.as_str()],
        };
        for (k, part) in parts.into_iter().enumerate() {
            let x = if k == 0 { "0" } else { "16" };
            add(element(
                "text",
                &[
                    ("x", x.into()),
                    ("y", Tenths(y).to_string()),
                    ("class", "node-label picture-source".into()),
                    ("font-size", "11".into()),
                ],
                Some(part),
            ));
            y += LINE;
        }
    }
    y
}

/// The map as it is shown now, as a standalone SVG document, and its size in pixels.
pub fn map_picture(state: ExplorerState) -> Option<(String, f64, f64)> {
    let document = document();
    let window = window();
    let svg = document.query_selector("svg.map").ok()??;
    let frame = document.query_selector(".map-frame").ok()??;
    let view_box: Vec<f64> = svg
        .get_attribute("viewBox")?
        .split_whitespace()
        .filter_map(parse_decimal)
        .collect();
    let [_, _, world_width, world_height] = view_box[..] else {
        return None;
    };
    // What the frame shows (a tall map's top rows, a zoomed part), at the drawing's width.
    let rect = svg.get_bounding_client_rect();
    let (transform, width, height) = FrameView::new(
        (world_width, world_height),
        (rect.width(), rect.height()),
        state.zoom.get_untracked(),
    )
    .picture((world_width, world_height));
    let clone: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    if let Some(viewport) = clone.query_selector(".viewport").ok()? {
        viewport.set_attribute("transform", &transform.svg()).ok()?;
        // Cut to the map's part of the picture (the world goes on past what the frame
        // showed), with the picture's side margins for labels at the edges.
        let (x0, y0) = transform.world_from_screen((-12.0, 0.0));
        let (x1, y1) = transform.world_from_screen((width + 12.0, height));
        let clip = element("clipPath", &[("id", "picture-map".into())], None)?;
        let area = element(
            "rect",
            &[
                ("x", Tenths(x0).to_string()),
                ("y", Tenths(y0).to_string()),
                ("width", Tenths(x1 - x0).to_string()),
                ("height", Tenths(y1 - y0).to_string()),
            ],
            None,
        )?;
        clip.append_child(&area).ok()?;
        clone
            .insert_before(&clip, clone.first_child().as_ref())
            .ok()?;
        viewport
            .set_attribute("clip-path", "url(#picture-map)")
            .ok()?;
    }
    let hits = clone.query_selector_all(".edge-hit").ok()?;
    for i in 0..hits.length() {
        if let Some(hit) = hits
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            hit.remove();
        }
    }
    let footer = frame_picture(state, &clone, width, height)?;
    let (left, top, full_width, full_height) =
        (-12.0, -HEADER, width + 24.0, height + HEADER + footer + 8.0);
    let background = window
        .get_computed_style(&frame)
        .ok()??
        .get_property_value("background-color")
        .ok()?;
    let rect = element(
        "rect",
        &[
            ("x", Tenths(left).to_string()),
            ("y", Tenths(top).to_string()),
            ("width", Tenths(full_width).to_string()),
            ("height", Tenths(full_height).to_string()),
            ("fill", background),
        ],
        None,
    )?;
    clone
        .insert_before(&rect, clone.first_child().as_ref())
        .ok()?;
    clone
        .set_attribute(
            "viewBox",
            &format!(
                "{} {} {} {}",
                Tenths(left),
                Tenths(top),
                Tenths(full_width),
                Tenths(full_height)
            ),
        )
        .ok()?;
    clone
        .set_attribute("width", &Tenths(full_width).to_string())
        .ok()?;
    clone
        .set_attribute("height", &Tenths(full_height).to_string())
        .ok()?;
    // Styles are resolved in the page (off screen), then written onto each element.
    let holder: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    holder.set_class_name("picture-holder");
    holder.append_child(&clone).ok()?;
    document.body()?.append_child(&holder).ok()?;
    let text_colour = window
        .get_computed_style(&frame)
        .ok()??
        .get_property_value("color")
        .ok()?;
    let all = clone.query_selector_all("*").ok()?;
    for i in 0..all.length() {
        let Some(el) = all
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&el) else {
            continue;
        };
        for property in PROPERTIES {
            if let Ok(value) = style.get_property_value(property) {
                if !value.is_empty() {
                    let _ = el.set_attribute(property, &value);
                }
            }
        }
        if el.class_list().contains("picture-dash") {
            let _ = el.set_attribute("stroke", &text_colour);
            let _ = el.set_attribute("stroke-width", "2");
            let _ = el.set_attribute("fill", "none");
        }
        // A node's place is a CSS transform on the page; in the file it is an SVG transform.
        if let Some(inline) = el.dyn_ref::<web_sys::SvgElement>().map(|e| e.style()) {
            if inline
                .get_property_value("transform")
                .is_ok_and(|t| !t.is_empty())
            {
                if let Ok(matrix) = style.get_property_value("transform") {
                    let _ = el.set_attribute("transform", &matrix);
                }
                let _ = inline.remove_property("transform");
                let _ = inline.remove_property("transition");
            }
            if inline.length() == 0 {
                let _ = el.remove_attribute("style");
            }
        }
    }
    let text = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&clone)
        .ok();
    holder.remove();
    Some((
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", text?),
        full_width,
        full_height,
    ))
}

/// Draws the picture on a canvas at twice its size and downloads it as PNG.
fn download_png(svg: String, width: f64, height: f64) -> Result<(), JsValue> {
    let image = web_sys::HtmlImageElement::new()?;
    let source = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg))
    );
    let drawn = image.clone();
    let onload = Closure::once(move || -> Result<(), JsValue> {
        let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
        canvas.set_width((width * 2.0).round() as u32);
        canvas.set_height((height * 2.0).round() as u32);
        let context: web_sys::CanvasRenderingContext2d = canvas
            .get_context("2d")?
            .ok_or("no 2d context")?
            .dyn_into()?;
        context.scale(2.0, 2.0)?;
        context
            .draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, width, height)?;
        let url = canvas.to_data_url_with_type("image/png")?;
        let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
        anchor.set_href(&url);
        anchor.set_download("alignment-map.png");
        anchor.click();
        Ok(())
    });
    image.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    image.set_src(&source);
    Ok(())
}

/// What the export menu makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Svg,
    Png,
    Json,
    Markdown,
}

/// Makes and downloads one export; returns what to tell the reader (nothing when there is
/// nothing to export).
pub fn export(state: ExplorerState, what: Export) -> Option<String> {
    let said = match what {
        Export::Svg => match map_picture(state) {
            Some((svg, _, _)) => {
                download("alignment-map.svg", "image/svg+xml;charset=utf-8", &svg);
                crate::tr!("export.saved-svg")
            }
            None => crate::tr!("export.no-picture"),
        },
        Export::Png => match map_picture(state).map(|(svg, w, h)| download_png(svg, w, h)) {
            Some(Ok(())) => crate::tr!("export.saved-png"),
            _ => crate::tr!("export.no-picture"),
        },
        Export::Json => {
            let text = state.data.with_value(|d| {
                let window = state.window.get_untracked();
                let relations = state.visible_relations.get_untracked();
                let events: Vec<usize> = state.visible_events.with_untracked(|v| {
                    (0..d.dataset.events.len())
                        .filter(|&i| {
                            v.get(i).copied().unwrap_or(true) && d.index.event_in_window(i, window)
                        })
                        .collect()
                });
                let actors = state.visible_actors.get_untracked();
                serde_json::to_string_pretty(&dataset_extract(
                    &d.original,
                    &actors,
                    &relations,
                    &events,
                ))
            });
            match text {
                Ok(text) => {
                    download("shown-records.json", "application/json", &text);
                    crate::tr!("export.saved-json")
                }
                Err(_) => crate::tr!("export.not-written"),
            }
        }
        Export::Markdown => {
            let selection = state.selection.get_untracked()?;
            let text = state
                .data
                .with_value(|d| record_markdown(&d.dataset, &selection))?;
            download(
                &format!("{}.md", selection.id()),
                "text/markdown;charset=utf-8",
                &text,
            );
            crate::tr!("export.saved-markdown")
        }
    };
    Some(said.to_string())
}

/// [`export`], with its code loaded first: in a split build (feature `split`) the export work
/// is a wasm file of its own that downloads the first time the menu opens.
async fn export_loaded(state: ExplorerState, what: Export) -> Option<String> {
    #[cfg(feature = "split")]
    {
        split::export(state, what)
            .await
            .unwrap_or_else(|e| Some(crate::tr!("export.not-loaded", why = e)))
    }
    #[cfg(not(feature = "split"))]
    {
        export(state, what)
    }
}

/// Starts loading the export code (split builds), so that it is there by the first click.
fn preload_export() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = split::preload_export().await;
    });
}

#[cfg(feature = "split")]
#[allow(unsafe_code)]
mod split {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::Export;
    use crate::state::explorer::ExplorerState;

    /// The split point: everything only this function reaches goes into the `export` wasm file.
    #[wasm_split(export, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_export))]
    pub fn export(state: ExplorerState, what: Export) -> Result<Option<String>, SplitLoaderError> {
        Ok(super::export(state, what))
    }
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = expect_context::<ExplorerState>();
    let on_map = move || state.main.get() == MainView::Visual;
    let said = RwSignal::new(String::new());
    let run = move |what: Export| {
        move |_| {
            leptos::task::spawn_local(async move {
                if let Some(words) = export_loaded(state, what).await {
                    said.try_set(words);
                }
            })
        }
    };
    view! {
        <details class="export-menu" on:toggle=move |_| preload_export()>
            <summary>{crate::tr!("export.title")}</summary>
            <div class="export-items" role="group" aria-label={crate::tr!("export.title")}>
                <button type="button" class="export-svg" disabled=move || !on_map() on:click=run(Export::Svg)>{crate::tr!("export.svg")}</button>
                <button type="button" class="export-png" disabled=move || !on_map() on:click=run(Export::Png)>{crate::tr!("export.png")}</button>
                <button type="button" class="export-json" on:click=run(Export::Json)>{crate::tr!("export.json")}</button>
                <button type="button" class="export-markdown" disabled=move || state.selection.with(Option::is_none) on:click=run(Export::Markdown)>{crate::tr!("export.markdown")}</button>
                <p class="export-said" role="status">{move || said.get()}</p>
            </div>
        </details>
    }
}
