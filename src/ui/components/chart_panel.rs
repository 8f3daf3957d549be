//! The chart: a described `<canvas>`, redrawn whenever data, size, density, colour
//! scheme or the shown series change; a click on a point says its value, a click on
//! a legend entry hides that series.

use super::hooks::{use_canvas_size, use_prefers_dark};
use super::series_legend::SeriesLegend;
use crate::chart::{thousands, ChartLayout, ChartOptions};
use crate::date::Date;
use crate::series::{Series, SeriesKey, Status};
use crate::ui::canvas::{paint, PaintError};
use crate::ui::format::chart_description;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Properties of [`ChartPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// The series to draw.
    pub series: Rc<Vec<Series>>,
}

/// How near (in CSS pixels) a click must land to a point to pick it.
const PICK_RADIUS: f64 = 16.0;

/// What the last paint told the page.
#[derive(Clone, PartialEq, Default)]
struct Painted {
    /// Why nothing could be drawn, if so.
    problem: Option<String>,
    /// Some series lies flat on a linear axis: suggest the log scale.
    suggest_log: bool,
}

/// The chart, its legend and scale switch, and the picked point's value.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let canvas_ref = use_node_ref();
    let dark = use_prefers_dark();
    let size = use_canvas_size(canvas_ref.clone());
    let log_scale = use_state_eq(|| false);
    let hidden = use_state_eq(Vec::<SeriesKey>::new);
    let painted = use_state_eq(Painted::default);
    // Read by clicks only; keeping it out of state avoids a re-render per paint.
    let layout = use_mut_ref(ChartLayout::default);
    let picked = use_state_eq(|| None::<(SeriesKey, Date)>);
    {
        let (canvas_ref, painted, layout) = (canvas_ref.clone(), painted.clone(), layout.clone());
        let options =
            ChartOptions { log_scale: *log_scale, dark, hidden: (*hidden).clone(), ..ChartOptions::default() };
        let deps = (props.series.clone(), options, size);
        use_effect_with(deps, move |(series, options, size)| {
            let canvas = canvas_ref.cast::<HtmlCanvasElement>();
            if let (Some(canvas), Some(_)) = (canvas, size) {
                match paint(&canvas, series, options.clone()) {
                    Ok(drawn) => {
                        painted.set(Painted { problem: None, suggest_log: drawn.log_scale_suggested });
                        *layout.borrow_mut() = drawn;
                    }
                    // Hidden or detached: the next resize paints it.
                    Err(PaintError::NoRoom) => {}
                    Err(error) => painted.set(Painted {
                        problem: Some(format!("The chart could not be drawn: {error}.")),
                        suggest_log: false,
                    }),
                }
            }
        });
    }
    let toggle = {
        let hidden = hidden.clone();
        Callback::from(move |key: SeriesKey| {
            let mut next = (*hidden).clone();
            match next.iter().position(|hidden| *hidden == key) {
                Some(index) => {
                    next.remove(index);
                }
                None => next.push(key),
            }
            hidden.set(next);
        })
    };
    let onclick = {
        let (series, picked, toggle) = (props.series.clone(), picked.clone(), toggle.clone());
        Callback::from(move |event: MouseEvent| {
            let ratio = size.map_or(1.0, |size| size.pixel_ratio);
            let x = (f64::from(event.offset_x()) * ratio).round() as i32;
            let y = (f64::from(event.offset_y()) * ratio).round() as i32;
            let layout = layout.borrow();
            let legend_hit = layout.legend.iter().find(|entry| entry.area.contains(x, y));
            if let Some(one) = legend_hit.and_then(|entry| series.get(entry.series)) {
                toggle.emit(one.key.clone());
                return;
            }
            let radius = (PICK_RADIUS * ratio).round() as i32;
            let nearest = layout.nearest(x, y, radius).and_then(|placed| {
                let one = series.get(placed.series)?;
                Some((one.key.clone(), one.points.get(placed.point)?.date))
            });
            picked.set(nearest);
        })
    };
    let toggle_log = {
        let log_scale = log_scale.clone();
        Callback::from(move |_: Event| log_scale.set(!*log_scale))
    };
    let description = chart_description(&props.series, &hidden, *log_scale);
    let detail = picked.as_ref().and_then(|(key, date)| point_detail(&props.series, key, *date));

    html! {
        <section class="panel chart-panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Chart" }</h2>
            <canvas
                ref={canvas_ref}
                class="chart"
                role="img"
                aria-label={description.clone()}
                {onclick}
            >
                { description }
            </canvas>
            <div class="chart-controls">
                <SeriesLegend
                    series={props.series.clone()}
                    hidden={(*hidden).clone()}
                    {dark}
                    {toggle}
                />
                <label class="log-switch">
                    <input type="checkbox" checked={*log_scale} onchange={toggle_log} />
                    { " Logarithmic scale" }
                </label>
                if painted.suggest_log && !*log_scale {
                    <p class="hint">
                        { "Some series lie flat along the bottom: the logarithmic scale shows them." }
                    </p>
                }
            </div>
            <p class="point-detail" aria-live="polite">
                { detail.unwrap_or_else(|| "Click a point on the chart to read its value.".into()) }
            </p>
            if let Some(problem) = &painted.problem {
                <p class="notice notice-refused" role="alert">{ problem }</p>
            }
        </section>
    }
}

/// "total cases on Tue 3 Mar 2026: 3,905", with any disagreement.
fn point_detail(series: &[Series], key: &SeriesKey, date: Date) -> Option<String> {
    let one = series.iter().find(|one| &one.key == key)?;
    let point = one.points.iter().find(|point| point.date == date)?;
    let mut text = format!("{} on {}: {}", key.label(), date.long_form(), thousands(point.value));
    if point.status == Status::Conflict {
        let others: Vec<String> = point.conflicting.iter().map(|other| thousands(other.value)).collect();
        text.push_str(&format!(" (articles disagree: also {})", others.join(", ")));
    }
    if point.status == Status::Derived {
        text.push_str(" (derived: no article states it; computed from the other points of this count)");
    }
    Some(text)
}
