//! The chart panel's downloads: the series as CSV (the CLI's format, articles named by
//! their headlines), the chart as PNG (the canvas's own pixels, so at the screen's
//! density) and as SVG (drawn again by the same `chart::draw` into plotters' SVG
//! backend, at the canvas's CSS size, its text measured by the canvas). All made in the
//! page; nothing is sent anywhere.

use crate::chart::{self, ChartOptions};
use crate::series::csv::to_csv;
use crate::series::Series;
use crate::ui::canvas::{context_2d, measure};
use crate::ui::measured_text::PageBackend;
use crate::ui::state::Article;
use crate::ui::storage::{download, download_blob};
use plotters::prelude::SVGBackend;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Blob, HtmlCanvasElement};
use yew::Callback;

/// The CSV download's file name.
const CSV_NAME: &str = "casecurve-series.csv";
/// The PNG download's file name.
const PNG_NAME: &str = "casecurve-chart.png";
/// The SVG download's file name.
const SVG_NAME: &str = "casecurve-chart.svg";

/// Downloads `series` as CSV; its sources are the headlines of `articles`, in the
/// order the series were assembled from them.
pub fn csv(series: &[Series], articles: &[Rc<Article>]) -> Result<(), String> {
    let names: Vec<String> = articles.iter().map(|article| article.headline.clone()).collect();
    download(CSV_NAME, &to_csv(series, &names), "text/csv")
}

/// Downloads the canvas as a PNG of its backing store (CSS size × devicePixelRatio).
/// The browser encodes it after this returns; `failed` hears why if it cannot.
pub fn png(canvas: &HtmlCanvasElement, failed: Callback<String>) {
    let later = failed.clone();
    let done = Closure::once_into_js(move |blob: Option<Blob>| {
        let result = blob.ok_or_else(|| "the browser gave no image of the chart".to_string());
        if let Err(why) = result.and_then(|blob| download_blob(PNG_NAME, &blob)) {
            later.emit(why);
        }
    });
    if canvas.to_blob(done.unchecked_ref()).is_err() {
        failed.emit("the browser would not turn the chart into an image".into());
    }
}

/// Downloads the chart drawn as SVG with `options` at the canvas's CSS size.
pub fn svg(canvas: &HtmlCanvasElement, series: &[Series], options: &ChartOptions) -> Result<(), String> {
    let size = measure(canvas).ok_or("the chart takes no room on the page")?;
    let (width, height) = (size.css_width.round() as u32, size.css_height.round() as u32);
    let mut text = String::new();
    let options = ChartOptions { scale: 1.0, ..options.clone() };
    let context = context_2d(canvas).ok_or("this browser gave no 2D canvas to measure the chart's text with")?;
    let backend = PageBackend::svg(SVGBackend::with_string(&mut text, (width, height)), context);
    chart::draw(backend, series, &options).map_err(|error| format!("the chart could not be drawn: {error}"))?;
    download(SVG_NAME, &text, "image/svg+xml")
}
