//! Chart drawing in the browser with text measured by a canvas.
//!
//! plotters measures text in the browser by adding a `<span>` with a `style` attribute
//! to the page and reading its size: a layout of the whole page for every label (most
//! of a redraw's time beside a long table), and an attribute the page's
//! Content-Security-Policy (`style-src 'self'`, see index.html) refuses, so the span
//! would be measured in the page's font and every measurement reported as a violation.
//! A canvas's `measureText` needs no element and measures the very font the text is
//! drawn in. Both the chart on screen (plotters-canvas) and the SVG download (plotters'
//! SVG backend) draw through a [`MeasuredText`] of a [`PageBackend`]; with plotters' way
//! never called, the build leaves it out.

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;
use web_sys::CanvasRenderingContext2d;

/// Draws with backend `B`, measuring text with a canvas's 2D context.
pub struct MeasuredText<B> {
    /// Draws everything.
    backend: B,
    /// A canvas's 2D context, to measure with (it draws nothing).
    context: CanvasRenderingContext2d,
}

impl<B> MeasuredText<B> {
    /// Draws with `backend`, measuring with `context`.
    pub fn new(backend: B, context: CanvasRenderingContext2d) -> MeasuredText<B> {
        MeasuredText { backend, context }
    }
}

/// The canvas could not measure a text in a font.
#[derive(Debug)]
struct Unmeasurable(String);

impl fmt::Display for Unmeasurable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot measure text in {}", self.0)
    }
}

impl Error for Unmeasurable {}

/// Everything but text measurement is the wrapped backend's own.
impl<B: DrawingBackend> DrawingBackend for MeasuredText<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.backend.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.fill_polygon(vertices, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.draw_text(text, style, pos)
    }

    /// The text's advance width, and the font's ascent plus descent as its height.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<B::ErrorType>> {
        // The font exactly as plotters-canvas sets it to draw.
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        self.context.set_font(&font);
        match self.context.measure_text(text) {
            Ok(metrics) => {
                let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
                Ok((metrics.width().ceil() as u32, height.ceil() as u32))
            }
            Err(_) => Err(DrawingErrorKind::FontError(Box::new(Unmeasurable(font)))),
        }
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.backend.blit_bitmap(pos, size, src)
    }
}

/// The two things the page draws the chart on: the canvas, and the SVG download. One
/// type for both, so that the chart's drawing code is compiled once into the page (as
/// two generic copies it cost 14 kB of the compressed bundle).
pub enum PageBackend<'a> {
    /// The chart on screen.
    Canvas(CanvasBackend),
    /// The chart written as SVG text.
    Svg(SVGBackend<'a>),
}

/// Why the canvas or the SVG writer could not draw, in their own words.
#[derive(Debug)]
pub struct DrawFailed(String);

impl fmt::Display for DrawFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for DrawFailed {}

/// A backend's error as a [`DrawFailed`].
fn ours<E: Error + Send + Sync>(error: DrawingErrorKind<E>) -> DrawingErrorKind<DrawFailed> {
    match error {
        DrawingErrorKind::DrawingError(error) => DrawingErrorKind::DrawingError(DrawFailed(error.to_string())),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    }
}

/// Calls the same method on whichever backend it is.
macro_rules! either {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            PageBackend::Canvas($backend) => $call.map_err(ours),
            PageBackend::Svg($backend) => $call.map_err(ours),
        }
    };
}

impl DrawingBackend for PageBackend<'_> {
    type ErrorType = DrawFailed;

    fn get_size(&self) -> (u32, u32) {
        match self {
            PageBackend::Canvas(backend) => backend.get_size(),
            PageBackend::Svg(backend) => backend.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.fill_polygon(vertices, style))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.draw_text(text, style, pos))
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.blit_bitmap(pos, size, src))
    }
}
