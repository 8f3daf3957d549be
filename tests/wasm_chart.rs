//! The chart as the page draws it, on a real canvas in a real browser: the pixels of
//! the series are there, the backing store matches the screen's pixel density, and
//! drawing leaves the rest of the page alone.
#![cfg(target_arch = "wasm32")]

use casecurve::chart::{series_colour, ChartOptions};
use casecurve::date::Date;
use casecurve::figure::{Figure, Kind, Metric};
use casecurve::series::{assemble, Series};
use casecurve::ui::canvas::{measure, paint};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A total of `value` cases on `day` March 2026.
fn total_cases(day: u32, value: u64) -> Figure {
    Figure {
        text: format!("{value} cases"),
        ..Figure::new(Metric::Cases, Kind::Total, value, Date::from_ymd(2026, 3, day))
    }
}

/// One series of four days of rising totals (without the daily counts derived from
/// them, so that the totals are the first series).
fn rising_totals() -> Vec<Series> {
    let figures = [total_cases(2, 3_100), total_cases(3, 3_905), total_cases(4, 4_790), total_cases(8, 6_118)];
    let mut series = assemble(&[&figures]);
    series.retain(|one| one.key.kind == Kind::Total);
    series
}

/// A canvas of the given CSS size, attached to the page.
fn attached_canvas(css_width: u32, css_height: u32) -> HtmlCanvasElement {
    let document = gloo::utils::document();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_attribute("style", &format!("display:block;width:{css_width}px;height:{css_height}px")).unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// How many pixels of `canvas` are (nearly) `colour`, fully opaque.
fn pixels_of_colour(canvas: &HtmlCanvasElement, colour: (u8, u8, u8)) -> usize {
    let context: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = context.get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64).unwrap().data();
    let near = |a: u8, b: u8| a.abs_diff(b) <= 12;
    data.chunks_exact(4)
        .filter(|px| near(px[0], colour.0) && near(px[1], colour.1) && near(px[2], colour.2) && px[3] > 240)
        .count()
}

/// Pretends the screen has `ratio` device pixels per CSS pixel until dropped.
struct PixelRatio;

impl PixelRatio {
    fn pretend(ratio: f64) -> PixelRatio {
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &ratio.into()).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        js_sys::Object::define_property(&gloo::utils::window(), &"devicePixelRatio".into(), &descriptor);
        PixelRatio
    }
}

impl Drop for PixelRatio {
    fn drop(&mut self) {
        // Removing the own property uncovers the browser's real one again.
        let _ = js_sys::Reflect::delete_property(&gloo::utils::window(), &"devicePixelRatio".into());
    }
}

#[wasm_bindgen_test]
fn draws_the_series_in_its_colour() {
    let series = rising_totals();
    let canvas = attached_canvas(480, 300);
    let layout = paint(&canvas, measure(&canvas).unwrap(), &series, ChartOptions::default()).unwrap();
    assert_eq!(layout.points.len(), 4, "every point is placed");
    let drawn = pixels_of_colour(&canvas, series_colour(0, false));
    assert!(drawn > 100, "only {drawn} pixels in the series colour");

    // The same canvas repainted with nothing to show holds none of it.
    paint(&canvas, measure(&canvas).unwrap(), &[], ChartOptions::default()).unwrap();
    assert_eq!(pixels_of_colour(&canvas, series_colour(0, false)), 0);
    canvas.remove();
}

#[wasm_bindgen_test]
fn backing_store_is_css_size_times_pixel_ratio() {
    let series = rising_totals();
    for ratio in [1.0, 2.0, 1.5] {
        let _pretend = PixelRatio::pretend(ratio);
        let canvas = attached_canvas(301, 157);
        paint(&canvas, measure(&canvas).unwrap(), &series, ChartOptions::default()).unwrap();
        assert_eq!(canvas.width(), (301.0 * ratio).round() as u32, "ratio {ratio}");
        assert_eq!(canvas.height(), (157.0 * ratio).round() as u32, "ratio {ratio}");
        assert!(pixels_of_colour(&canvas, series_colour(0, false)) > 0, "ratio {ratio}");
        canvas.remove();
    }
}

#[wasm_bindgen_test]
fn a_canvas_not_on_the_page_is_left_alone() {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").unwrap().dyn_into().unwrap();
    assert_eq!(measure(&canvas), None, "a detached canvas has no size to paint at");
    // The browser's default backing store is untouched.
    assert_eq!((canvas.width(), canvas.height()), (300, 150));
}

/// Regression: plotters measured every label by adding a styled `<span>` to the page
/// and reading its size, which laid out the whole page once per label (most of an
/// edit's time next to a long table) and set an inline style a strict CSP refuses.
#[wasm_bindgen_test]
fn drawing_measures_labels_without_touching_the_page() {
    let canvas = attached_canvas(480, 300);
    let size = measure(&canvas).unwrap();
    let observer = web_sys::MutationObserver::new(&js_sys::Function::new_no_args("")).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    observer.observe_with_options(&gloo::utils::body(), &options).unwrap();
    let layout = paint(&canvas, size, &rising_totals(), ChartOptions::default()).unwrap();
    let changes = observer.take_records().length();
    observer.disconnect();
    assert_eq!(changes, 0, "drawing added or removed elements {changes} times");
    // The labels were still measured: the plot leaves room for the widest value label.
    assert!(layout.points.iter().all(|point| point.x > 30), "points drawn over the value labels");
    canvas.remove();
}
