//! The hover layer: a crosshair at the point under the pointer and a tooltip with
//! its facts, drawn as HTML over the canvas. Moving the pointer never redraws the
//! chart: the point is found in the layout the last paint returned.

use super::point_facts::PointFacts;
use crate::chart::{ChartLayout, PlacedPoint};
use crate::ui::canvas::PixelMap;
use yew::prelude::*;

/// The point the tooltip is about and where things go on the page, in CSS pixels
/// from the canvas's top-left corner.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Hover {
    /// The point, as the layout placed it.
    pub placed: PlacedPoint,
    /// The point's position.
    at: (f64, f64),
    /// Top and bottom of the plot area: the crosshair's extent.
    span: (f64, f64),
    /// The canvas's size, to keep the tooltip inside it.
    size: (f64, f64),
}

impl Hover {
    /// The hover on `placed`, a point of `layout`, with positions from `map`.
    pub fn new(placed: PlacedPoint, layout: &ChartLayout, map: &PixelMap) -> Hover {
        let span = layout
            .plot_area
            .map_or((0.0, map.css_size.1), |area| (map.css_of(0, area.top).1, map.css_of(0, area.bottom).1));
        Hover { placed, at: map.css_of(placed.x, placed.y), span, size: map.css_size }
    }
}

/// The point the pointer at backing pixel (`x`, `y`) is about: the nearest point
/// within `radius` (or the bar under it); failing that, inside the plot area, the
/// point nearest in date within `radius` across, so that the pointer need not sit on
/// a marker. The plot area counts `radius` wider on each side, so points on its
/// edges (the latest day) are as easy to reach as any.
pub fn point_under(layout: &ChartLayout, x: i32, y: i32, radius: i32) -> Option<PlacedPoint> {
    layout.nearest(x, y, radius).or_else(|| {
        let area = layout.plot_area?;
        let inside = (area.top..area.bottom).contains(&y) && (area.left - radius..area.right + radius).contains(&x);
        if !inside {
            return None;
        }
        let columns = layout.points.iter().filter(|p| (p.x - x).abs() <= radius);
        columns.min_by_key(|p| ((p.x - x).abs(), (p.y - y).abs())).copied()
    })
}

/// The keys that move the tooltip on the focused chart.
const KEYS: [&str; 6] = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];

/// Where a key press on the focused chart moves the tooltip from `from` (nothing yet:
/// the latest point of the first series): Left and Right to the day before and
/// after in the same series, Home and End to its first and last day, Up and Down to
/// the nearest point of the previous and next series; at an end it stays. `None` for
/// keys that do not move it, and when nothing is drawn.
pub fn step(layout: &ChartLayout, from: Option<PlacedPoint>, key: &str) -> Option<PlacedPoint> {
    if !KEYS.contains(&key) {
        return None;
    }
    let points = &layout.points;
    let Some(from) = from else {
        let first = points.first()?.series;
        return points.iter().rfind(|p| p.series == first).copied();
    };
    let same_series = || points.iter().filter(move |p| p.series == from.series);
    let index = points.iter().position(|p| p.series == from.series && p.point == from.point)?;
    let nearest_in =
        |series: usize| points.iter().filter(|p| p.series == series).min_by_key(|p| (p.x - from.x).abs()).copied();
    let moved = match key {
        "ArrowLeft" => index.checked_sub(1).and_then(|i| points.get(i)).filter(|p| p.series == from.series).copied(),
        "ArrowRight" => points.get(index + 1).filter(|p| p.series == from.series).copied(),
        "Home" => same_series().next().copied(),
        "End" => same_series().next_back().copied(),
        "ArrowUp" => points[..index].iter().rev().find(|p| p.series != from.series).and_then(|p| nearest_in(p.series)),
        _ => points[index..].iter().find(|p| p.series != from.series).and_then(|p| nearest_in(p.series)),
    };
    Some(moved.unwrap_or(from))
}

/// Gap in CSS pixels between the point and its tooltip.
const TOOLTIP_GAP: f64 = 12.0;

/// A CSS property of the hover layer in pixels; `None` leaves it unset.
type Offset = (&'static str, Option<f64>);

/// Where the crosshair, the ring and the tooltip go for `hover` (the tooltip on the
/// side of the point with more room).
fn offsets(hover: &Hover) -> [Vec<Offset>; 3] {
    let (x, y) = hover.at;
    let (width, height) = hover.size;
    let crosshair = vec![("left", Some(x)), ("top", Some(hover.span.0)), ("height", Some(hover.span.1 - hover.span.0))];
    let ring = vec![("left", Some(x)), ("top", Some(y))];
    let (left, right) =
        if x < width / 2.0 { (Some(x + TOOLTIP_GAP), None) } else { (None, Some(width - x + TOOLTIP_GAP)) };
    let (top, bottom) =
        if y < height / 2.0 { (Some(y + TOOLTIP_GAP), None) } else { (None, Some(height - y + TOOLTIP_GAP)) };
    let tooltip = vec![("left", left), ("right", right), ("top", top), ("bottom", bottom)];
    [crosshair, ring, tooltip]
}

/// Sets `offsets` on `node` through CSSOM. The page's Content-Security-Policy
/// (`style-src 'self'`, see index.html) refuses `style` attributes but not CSSOM.
fn place(node: &NodeRef, offsets: &[Offset]) {
    let Some(element) = node.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = element.style();
    for (property, pixels) in offsets {
        match pixels {
            Some(pixels) => style.set_property(property, &format!("{pixels:.1}px")).ok(),
            None => style.remove_property(property).ok().map(drop),
        };
    }
}

/// The nodes of the hover layer's crosshair, ring and tooltip, placed (through CSSOM)
/// at `hover` once the layer is on the page, before the browser paints it; `shown`
/// says whether [`chart_hover`] draws the layer, so that it is placed when it appears.
#[hook]
pub fn use_hover_layer(hover: Option<Hover>, shown: bool) -> [NodeRef; 3] {
    let nodes = [use_node_ref(), use_node_ref(), use_node_ref()];
    {
        let nodes = nodes.clone();
        use_effect_with((hover, shown), move |(hover, _)| {
            if let Some(hover) = hover {
                for (node, offsets) in nodes.iter().zip(offsets(hover)) {
                    place(node, &offsets);
                }
            }
        });
    }
    nodes
}

/// The crosshair, a ring on the point, and the tooltip beside it with `facts` (on the
/// side with more room), in the `nodes` of [`use_hover_layer`]; nothing without a
/// `hover`. It lets the pointer through to the canvas. A plain function, not a
/// component: the chart panel that holds the hover renders it.
pub fn chart_hover(nodes: &[NodeRef; 3], hover: Option<Hover>, facts: Option<&PointFacts>) -> Html {
    let (Some(_), Some(facts)) = (hover, facts) else {
        return html! {};
    };
    let [crosshair, ring, tooltip] = nodes;
    html! {
        <div class="chart-hover">
            <div class="crosshair" ref={crosshair.clone()}></div>
            <div class="hover-ring" ref={ring.clone()}></div>
            <div class="chart-tooltip" role="tooltip" ref={tooltip.clone()}>
                <time class="tooltip-date" datetime={facts.date.to_string()}>{ facts.date.long_form() }</time>
                <span class="tooltip-series">{ &facts.label }</span>
                <strong class="tooltip-value">{ &facts.value }</strong>
                <span class="tooltip-status">{ &facts.status }</span>
                { for facts.flags.iter().map(|flag| html! { <span class="tooltip-flag">{ format!("Check: {flag}") }</span> }) }
                if !facts.sources.is_empty() {
                    <ul class="tooltip-sources" aria-label="Sources">
                        { for facts.sources.iter().map(|headline| html! { <li>{ headline }</li> }) }
                    </ul>
                }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::PixelRect;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn placed(series: usize, point: usize, x: i32, y: i32) -> PlacedPoint {
        PlacedPoint { series, point, x, y, bar: None }
    }

    /// Two series of three days, the last day on the plot area's right edge.
    fn layout() -> ChartLayout {
        ChartLayout {
            points: vec![
                placed(0, 0, 100, 300),
                placed(0, 1, 300, 250),
                placed(0, 2, 499, 200),
                placed(1, 0, 100, 120),
                placed(1, 1, 499, 80),
            ],
            plot_area: Some(PixelRect { left: 50, top: 20, right: 500, bottom: 400 }),
            ..ChartLayout::default()
        }
    }

    #[wasm_bindgen_test]
    fn the_latest_point_is_reached_on_and_past_the_right_edge() {
        let layout = layout();
        for x in [499, 500, 505, 514] {
            let found = point_under(&layout, x, 210, 16).map(|p| (p.series, p.point));
            assert_eq!(found, Some((0, 2)), "pointer at x {x}");
        }
        assert_eq!(point_under(&layout, 530, 210, 16), None, "too far right");
    }

    #[wasm_bindgen_test]
    fn a_pointer_above_a_day_picks_that_days_nearest_point() {
        let layout = layout();
        assert_eq!(point_under(&layout, 305, 30, 16).map(|p| p.point), Some(1));
        assert_eq!(point_under(&layout, 200, 30, 16), None, "no day there");
        assert_eq!(point_under(&layout, 300, 10, 16), None, "above the plot area");
    }

    #[wasm_bindgen_test]
    fn keys_walk_the_days_and_the_series() {
        let layout = layout();
        let at = |p: Option<PlacedPoint>| p.map(|p| (p.series, p.point));
        let start = step(&layout, None, "ArrowLeft");
        assert_eq!(at(start), Some((0, 2)), "starts on the latest point");
        let left = step(&layout, start, "ArrowLeft");
        assert_eq!(at(left), Some((0, 1)));
        assert_eq!(at(step(&layout, start, "ArrowRight")), Some((0, 2)), "stays on the last day");
        assert_eq!(at(step(&layout, start, "Home")), Some((0, 0)));
        assert_eq!(at(step(&layout, start, "ArrowDown")), Some((1, 1)));
        assert_eq!(at(step(&layout, left, "ArrowDown")), Some((1, 1)), "nearest day of the next series");
        assert_eq!(at(step(&layout, step(&layout, start, "ArrowDown"), "ArrowUp")), Some((0, 2)));
        assert_eq!(step(&layout, start, "a"), None, "other keys are not for the chart");
        assert_eq!(step(&ChartLayout::default(), None, "End"), None, "nothing drawn");
    }
}
