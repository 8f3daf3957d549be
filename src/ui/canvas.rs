//! Drawing the chart onto a `<canvas>` at the screen's real pixel density.
//!
//! plotters-canvas draws in backing-store pixels and knows nothing of
//! `devicePixelRatio`, so on a high-density screen a canvas whose backing store
//! matched its CSS size would be scaled up and blurred. [`paint`] sizes the backing
//! store to CSS size × devicePixelRatio and tells the chart to scale its fonts and
//! strokes by the same factor.

use crate::chart::{self, ChartError, ChartLayout, ChartOptions};
use crate::series::Series;
use crate::ui::measured_text::PageBackend;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The pixel ratios the chart can draw at; a stranger ratio is taken as the nearest.
const PIXEL_RATIOS: (f64, f64) = (0.25, 16.0);

/// The largest backing store side in pixels: browsers refuse bigger canvases, and a
/// pathological zoom must not allocate hundreds of megabytes.
const MAX_SIDE: u32 = 8192;

/// A canvas's displayed size and the screen's pixel density.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct CanvasSize {
    /// Displayed width in CSS pixels.
    pub css_width: f64,
    /// Displayed height in CSS pixels.
    pub css_height: f64,
    /// Device pixels per CSS pixel (`window.devicePixelRatio`).
    pub pixel_ratio: f64,
}

impl CanvasSize {
    /// The backing store size in device pixels: CSS size × pixel ratio, rounded.
    pub fn backing(self) -> (u32, u32) {
        let side = |css: f64| ((css * self.pixel_ratio).round() as u32).clamp(1, MAX_SIDE);
        (side(self.css_width), side(self.css_height))
    }
}

/// The canvas's current size, or `None` while it takes no room on the page (not
/// attached, hidden), when there is nothing sensible to draw at.
pub fn measure(canvas: &HtmlCanvasElement) -> Option<CanvasSize> {
    let rect = canvas.get_bounding_client_rect();
    let pixel_ratio = web_sys::window()
        .map(|window| window.device_pixel_ratio())
        .filter(|ratio| ratio.is_finite())
        .map_or(1.0, |ratio| ratio.clamp(PIXEL_RATIOS.0, PIXEL_RATIOS.1));
    (rect.width() >= 1.0 && rect.height() >= 1.0).then_some(CanvasSize {
        css_width: rect.width(),
        css_height: rect.height(),
        pixel_ratio,
    })
}

/// How the canvas's backing-store pixels (where the chart placed its points) map to
/// the page's CSS pixels right now: for pointer events and for the HTML drawn over
/// the canvas. Measured from the element, so it holds whatever the paint rounded or
/// clamped the backing store to.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PixelMap {
    /// The canvas's left edge in viewport CSS pixels.
    left: f64,
    /// The canvas's top edge in viewport CSS pixels.
    top: f64,
    /// Backing-store pixels per CSS pixel, across and down.
    per_css: (f64, f64),
    /// The canvas's displayed width and height in CSS pixels.
    pub css_size: (f64, f64),
}

impl PixelMap {
    /// The map for `canvas` as it is laid out now; `None` while it takes no room.
    pub fn of(canvas: &HtmlCanvasElement) -> Option<PixelMap> {
        let rect = canvas.get_bounding_client_rect();
        (rect.width() >= 1.0 && rect.height() >= 1.0).then(|| PixelMap {
            left: rect.left(),
            top: rect.top(),
            per_css: (f64::from(canvas.width()) / rect.width(), f64::from(canvas.height()) / rect.height()),
            css_size: (rect.width(), rect.height()),
        })
    }

    /// The backing-store pixel under a pointer at viewport CSS position
    /// (`client_x`, `client_y`), as events give it.
    pub fn backing_at(&self, client_x: i32, client_y: i32) -> (i32, i32) {
        let x = (f64::from(client_x) - self.left) * self.per_css.0;
        let y = (f64::from(client_y) - self.top) * self.per_css.1;
        (x.floor() as i32, y.floor() as i32)
    }

    /// A backing-store pixel's centre in CSS pixels from the canvas's top-left corner.
    pub fn css_of(&self, x: i32, y: i32) -> (f64, f64) {
        ((f64::from(x) + 0.5) / self.per_css.0, (f64::from(y) + 0.5) / self.per_css.1)
    }

    /// A length of `css` CSS pixels in backing-store pixels across (for pick radii).
    pub fn backing_length(&self, css: f64) -> i32 {
        (css * self.per_css.0).round() as i32
    }
}

/// Whether the user's system asks for dark colours (`prefers-color-scheme: dark`).
pub fn prefers_dark() -> bool {
    dark_query().is_some_and(|query| query.matches())
}

/// The media query list behind [`prefers_dark`], to listen for changes on.
pub fn dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("(prefers-color-scheme: dark)").ok().flatten()
}

/// Why the chart was not painted.
#[derive(Clone, PartialEq, Debug)]
pub enum PaintError {
    /// The browser gave no 2D drawing context.
    NoContext,
    /// The chart could not be drawn.
    Chart(ChartError),
}

impl std::fmt::Display for PaintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PaintError::NoContext => f.write_str("this browser gave no 2D canvas to draw on"),
            PaintError::Chart(error) => error.fmt(f),
        }
    }
}

/// Sizes `canvas`'s backing store to its displayed `size` × devicePixelRatio and draws
/// `series` on it with `options`, whose `scale` is set here to that ratio. Returns
/// where each point and legend entry landed, in backing-store pixels.
///
/// The size is the caller's, measured when the canvas was laid out (see
/// `use_canvas_size`): measuring here, right after the page's other changes, would make
/// the browser lay out the whole page (a long table, many cards) before drawing.
pub fn paint(
    canvas: &HtmlCanvasElement,
    size: CanvasSize,
    series: &[Series],
    options: ChartOptions,
) -> Result<ChartLayout, PaintError> {
    let (width, height) = size.backing();
    // Setting the size also clears the canvas, so every paint starts blank.
    canvas.set_width(width);
    canvas.set_height(height);
    let context = context_2d(canvas).ok_or(PaintError::NoContext)?;
    let canvas = CanvasBackend::with_canvas_object(canvas.clone()).ok_or(PaintError::NoContext)?;
    let backend = PageBackend::canvas(canvas, context);
    let options = ChartOptions { scale: size.pixel_ratio, ..options };
    chart::draw(backend, series, &options).map_err(PaintError::Chart)
}

/// The canvas's 2D drawing context, which also measures text; `None` when the browser
/// gives none.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}
