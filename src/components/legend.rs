//! The legend: every encoding of the map and the timeline explained.

use leptos::prelude::*;

use crate::layout::encoding::{shape_name, shape_path, stance_class, stance_end, status_dash};
use crate::model::{ActorKind, Stance, Status};

/// The shape that draws an actor kind, in words: "circle", "square".
pub fn shape_words(kind: &ActorKind) -> &'static str {
    match shape_name(kind) {
        "circle" => crate::tr!("legend.shape.circle"),
        "square" => crate::tr!("legend.shape.square"),
        "diamond" => crate::tr!("legend.shape.diamond"),
        "triangle" => crate::tr!("legend.shape.triangle"),
        "hexagon" => crate::tr!("legend.shape.hexagon"),
        "small circle" => crate::tr!("legend.shape.small-circle"),
        other => other,
    }
}

/// How an arrow of a stance ends, in words: "an arrowhead", "a bar", "a diamond".
pub fn end_words(stance: &Stance) -> &'static str {
    match stance_end(stance).1 {
        "an arrowhead" => crate::tr!("legend.end.arrowhead"),
        "a bar" => crate::tr!("legend.end.bar"),
        "a diamond" => crate::tr!("legend.end.diamond"),
        other => other,
    }
}

/// The legend, open where the screen is wider than a phone's and folded on a phone.
#[component]
pub fn Legend() -> impl IntoView {
    let wide = !super::phone_screen();
    view! {
        <details class="legend" open=wide>
            <summary>{crate::tr!("legend.title")}</summary>
            <LegendGroups />
        </details>
    }
}

/// The legend's groups, also shown in the help dialog: written as markup (see
/// [`legend_markup`]).
#[component]
pub fn LegendGroups() -> impl IntoView {
    // The sides by their poles' names ("leans to Russia, the left pole"), where a dataset is
    // open.
    let poles = use_context::<crate::state::explorer::ExplorerState>().map(|state| {
        state.data.with_value(|d| {
            let name = |id: &str| d.dataset.actor_name(id).to_string();
            (
                name(&d.dataset.poles.negative),
                name(&d.dataset.poles.positive),
            )
        })
    });
    let (left, right) = match poles {
        Some((negative, positive)) => (
            crate::tr!("legend.side.left-named", pole = negative),
            crate::tr!("legend.side.right-named", pole = positive),
        ),
        None => (
            crate::tr!("legend.side.left").to_string(),
            crate::tr!("legend.side.right").to_string(),
        ),
    };
    view! { <div class="legend-groups" inner_html=legend_markup(&left, &right)></div> }
}

/// `text` with the characters markup gives a meaning to written as references.
fn escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The legend's groups as markup, every text escaped (the sides' words `left` and `right`
/// name the dataset's poles): static elements, written as one string instead of built one by
/// one, which takes far less of the first load's code.
pub fn legend_markup(left: &str, right: &str) -> String {
    let mut out = String::with_capacity(8192);
    let o = &mut out;
    // A section's heading and list: `<section><h3>…</h3><ul class="…">`.
    let open = |o: &mut String, heading: &'static str, class: &str| {
        o.push_str("<section><h3>");
        escaped(o, crate::tr!(heading));
        o.push_str("</h3>");
        if heading == "legend.position" {
            o.push_str("<p>");
            escaped(o, crate::tr!("legend.position.text"));
            o.push_str("</p>");
        }
        o.push_str("<ul");
        if !class.is_empty() {
            o.push_str(" class=\"");
            o.push_str(class);
            o.push('"');
        }
        o.push('>');
    };
    // An item: a swatch of `swatches` (classes) before its text, if any.
    let item = |o: &mut String, swatches: &[&str], text: &str| {
        o.push_str("<li>");
        for swatch in swatches {
            o.push_str("<span class=\"swatch ");
            o.push_str(swatch);
            o.push_str("\"></span>");
        }
        escaped(o, text);
        o.push_str("</li>");
    };
    const CLOSE: &str = "</ul></section>";
    open(o, "legend.position", "legend-sides");
    item(o, &["side-negative"], left);
    item(o, &["side-neutral"], crate::tr!("legend.side.between"));
    item(o, &["side-positive"], right);
    item(o, &["unplaced"], crate::tr!("legend.side.unplaced"));
    o.push_str(CLOSE);
    open(o, "legend.kinds", "");
    for kind in ActorKind::ALL {
        o.push_str("<li><svg class=\"legend-mark\" viewBox=\"-10 -10 20 20\" aria-hidden=\"true\"><path class=\"node-shape\" d=\"");
        o.push_str(&shape_path(kind, 7.0));
        o.push_str("\"></path></svg>");
        escaped(o, &format!("{} ({})", kind.label(), shape_words(kind)));
        o.push_str("</li>");
    }
    o.push_str(CLOSE);
    open(o, "legend.stances", "");
    for stance in Stance::ALL {
        o.push_str("<li class=\"");
        o.push_str(stance_class(stance));
        o.push_str("\"><svg class=\"legend-line\" viewBox=\"0 0 40 10\" aria-hidden=\"true\"><line x1=\"2\" x2=\"34\" y1=\"5\" y2=\"5\" class=\"edge-line\"></line><path d=\"");
        o.push_str(stance_end(stance).0);
        o.push_str("\" transform=\"translate(29 0)\" class=\"arrow-head\"></path></svg>");
        escaped(
            o,
            &crate::tr!(
                "legend.stance",
                stance = stance.label(),
                end = end_words(stance),
                meaning = stance.meaning()
            ),
        );
        o.push_str("</li>");
    }
    o.push_str(CLOSE);
    open(o, "legend.statuses", "");
    for status in Status::ALL {
        o.push_str("<li><svg class=\"legend-line\" viewBox=\"0 0 40 10\" aria-hidden=\"true\"><line x1=\"2\" x2=\"38\" y1=\"5\" y2=\"5\" class=\"edge-line status-line\" stroke-dasharray=\"");
        o.push_str(status_dash(status));
        o.push_str("\"></line></svg><span class=\"badge status-");
        o.push_str(status.as_str());
        o.push_str("\">");
        escaped(o, status.label());
        o.push_str("</span> ");
        escaped(o, status.meaning());
        o.push_str("</li>");
    }
    o.push_str(CLOSE);
    open(o, "legend.timeline", "legend-timeline");
    item(o, &[], crate::tr!("legend.timeline.bar"));
    item(o, &["mark-imprecise"], crate::tr!("legend.timeline.faint"));
    for key in [
        "legend.timeline.approximate",
        "legend.timeline.more",
        "legend.timeline.window",
    ] {
        item(o, &[], crate::tr!(key));
    }
    o.push_str(CLOSE);
    open(o, "legend.world", "legend-world");
    item(
        o,
        &["fill-negative", "fill-neutral", "fill-positive"],
        crate::tr!("legend.world.fill"),
    );
    item(o, &["no-data"], crate::tr!("legend.world.no-data"));
    item(o, &["land"], crate::tr!("legend.world.land"));
    item(o, &[], crate::tr!("legend.world.arcs"));
    o.push_str(CLOSE);
    o.push_str("<section><h3>");
    escaped(o, crate::tr!("legend.many"));
    o.push_str("</h3><p>");
    escaped(o, crate::tr!("legend.many.text"));
    o.push_str("</p></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_names_every_encoding_and_escapes_the_poles() {
        let html = legend_markup("leans to <b>A&B</b>", "leans to \"C\"");
        assert!(html.contains("leans to &lt;b&gt;A&amp;B&lt;/b&gt;"));
        assert!(html.contains("leans to &quot;C&quot;"));
        assert!(!html.contains("<b>"));
        for kind in ActorKind::ALL {
            assert!(html.contains(&shape_path(kind, 7.0)), "{kind:?}");
        }
        for stance in Stance::ALL {
            assert!(html.contains(&format!("<li class=\"{}\">", stance_class(stance))));
        }
        for status in Status::ALL {
            assert!(html.contains(&format!("badge status-{}", status.as_str())));
        }
        assert!(html.contains("ends in a bar"));
        assert!(html.contains("≈ before a title: the date is approximate"));
        // Every element opened is closed.
        for tag in ["section", "ul", "li", "svg", "h3", "p", "span"] {
            let opened = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            assert_eq!(opened, html.matches(&format!("</{tag}>")).count(), "{tag}");
        }
    }
}
