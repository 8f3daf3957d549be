//! The chart: a described `<canvas>`, redrawn whenever data, size, density or colour
//! scheme change; a click on a point says its value.

use super::hooks::{use_canvas_size, use_prefers_dark};
use crate::chart::ChartLayout;
use crate::date::Date;
use crate::series::{Series, SeriesKey, Status};
use crate::ui::canvas::{paint, PaintError};
use crate::ui::format::{chart_description, thousands};
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

/// The chart, its scale switch, and the picked point's value.
#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let canvas_ref = use_node_ref();
    let dark = use_prefers_dark();
    let size = use_canvas_size(canvas_ref.clone());
    let log_scale = use_state_eq(|| false);
    let problem = use_state_eq(|| None::<String>);
    let layout = use_mut_ref(ChartLayout::default);
    let picked = use_state_eq(|| None::<(SeriesKey, Date)>);
    {
        let (canvas_ref, problem, layout) = (canvas_ref.clone(), problem.clone(), layout.clone());
        let deps = (props.series.clone(), *log_scale, dark, size);
        use_effect_with(deps, move |(series, log_scale, dark, size)| {
            let canvas = canvas_ref.cast::<HtmlCanvasElement>();
            if let (Some(canvas), Some(_)) = (canvas, size) {
                match paint(&canvas, series, *log_scale, *dark) {
                    Ok(drawn) => {
                        *layout.borrow_mut() = drawn;
                        problem.set(None);
                    }
                    // Hidden or detached: the next resize paints it.
                    Err(PaintError::NoRoom) => {}
                    Err(error) => {
                        problem.set(Some(format!("The chart could not be drawn: {error}.")))
                    }
                }
            }
        });
    }
    let onclick = {
        let (series, picked) = (props.series.clone(), picked.clone());
        Callback::from(move |event: MouseEvent| {
            let ratio = size.map_or(1.0, |size| size.pixel_ratio);
            let (x, y) = (
                event.offset_x() as f64 * ratio,
                event.offset_y() as f64 * ratio,
            );
            let radius = PICK_RADIUS * ratio;
            let nearest = layout
                .borrow()
                .points
                .iter()
                .map(|placed| (placed, (placed.x as f64 - x).hypot(placed.y as f64 - y)))
                .filter(|(_, distance)| *distance <= radius)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .and_then(|(placed, _)| {
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
    let description = chart_description(&props.series, *log_scale);
    let detail = picked
        .as_ref()
        .and_then(|(key, date)| point_detail(&props.series, key, *date));

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
                <label>
                    <input type="checkbox" checked={*log_scale} onchange={toggle_log} />
                    { " Logarithmic scale" }
                </label>
            </div>
            <p class="point-detail" aria-live="polite">
                { detail.unwrap_or_else(|| "Click a point on the chart to read its value.".into()) }
            </p>
            if let Some(problem) = &*problem {
                <p class="notice notice-refused" role="alert">{ problem }</p>
            }
        </section>
    }
}

/// "total cases on Tue 3 Mar 2026: 3,905 (from 2 articles)", with any disagreement.
fn point_detail(series: &[Series], key: &SeriesKey, date: Date) -> Option<String> {
    let one = series.iter().find(|one| &one.key == key)?;
    let point = one.points.iter().find(|point| point.date == date)?;
    let mut text = format!(
        "{} on {}: {}",
        key.label(),
        date.long_form(),
        thousands(point.value)
    );
    if point.status == Status::Conflict {
        let others: Vec<String> = point
            .conflicting
            .iter()
            .map(|other| thousands(other.value))
            .collect();
        text.push_str(&format!(" (articles disagree: also {})", others.join(", ")));
    }
    Some(text)
}
