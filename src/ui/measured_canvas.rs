//! plotters-canvas, with text measured by the canvas itself.
//!
//! plotters measures text in the browser by adding a `<span>` with a `style` attribute
//! to the page and reading its size. The page's Content-Security-Policy (`style-src
//! 'self'`, see index.html) refuses that attribute, so the span would be measured in
//! the page's font, not the chart's, and every measurement reported as a violation.
//! The canvas's `measureText` needs no element and measures the very font the text is
//! drawn in (and costs no page layout). With plotters' way never called, the build
//! leaves it out: 1.8 kB less gzipped wasm than keeping it as a fallback.

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A [`CanvasBackend`] whose text sizes come from the canvas's `measureText`.
pub struct MeasuredCanvas {
    /// Draws everything.
    canvas: CanvasBackend,
    /// The same canvas's 2D context, to measure with.
    context: CanvasRenderingContext2d,
}

impl MeasuredCanvas {
    /// Draws on `canvas`; `None` when the browser gives it no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<MeasuredCanvas> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(MeasuredCanvas { canvas: CanvasBackend::with_canvas_object(canvas.clone())?, context })
    }
}

/// What the canvas refused to draw, in plotters-canvas's words (its own error type is
/// private to it).
#[derive(Debug)]
pub struct CanvasFailure(String);

impl fmt::Display for CanvasFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for CanvasFailure {}

/// plotters-canvas's `error` as a [`CanvasFailure`].
fn ours<E: Error + Send + Sync>(error: DrawingErrorKind<E>) -> DrawingErrorKind<CanvasFailure> {
    match error {
        DrawingErrorKind::DrawingError(error) => DrawingErrorKind::DrawingError(CanvasFailure(error.to_string())),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    }
}

/// Everything but text measurement is plotters-canvas's own.
impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasFailure;

    fn get_size(&self) -> (u32, u32) {
        self.canvas.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.ensure_prepared().map_err(ours)
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.present().map_err(ours)
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_pixel(point, color).map_err(ours)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_line(from, to, style).map_err(ours)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_rect(upper_left, bottom_right, style, fill).map_err(ours)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_path(path, style).map_err(ours)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_circle(center, radius, style, fill).map_err(ours)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.fill_polygon(vert, style).map_err(ours)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.draw_text(text, style, pos).map_err(ours)
    }

    /// The text's advance width, and the font's ascent plus descent as its height.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasFailure>> {
        // The font exactly as plotters-canvas sets it to draw.
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        self.context.set_font(&font);
        match self.context.measure_text(text) {
            Ok(metrics) => {
                let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
                Ok((metrics.width().ceil() as u32, height.ceil() as u32))
            }
            Err(_) => Err(DrawingErrorKind::DrawingError(CanvasFailure(format!("cannot measure text in {font}")))),
        }
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<CanvasFailure>> {
        self.canvas.blit_bitmap(pos, size, src).map_err(ours)
    }
}
