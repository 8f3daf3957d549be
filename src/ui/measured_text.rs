//! Chart drawing in the browser with text measured by a canvas.
//!
//! plotters measures text in the browser by adding a `<span>` with a `style` attribute
//! to the page and reading its size: a layout of the whole page for every label (most
//! of a redraw's time beside a long table), and an attribute the page's
//! Content-Security-Policy (`style-src 'self'`, see index.html) refuses, so the span
//! would be measured in the page's font and every measurement reported as a violation.
//! A canvas's `measureText` needs no element and measures the very font the text is
//! drawn in. Both the chart on screen (plotters-canvas) and the SVG download (plotters'
//! SVG backend) draw through a [`PageBackend`]; with plotters' way never called, the
//! build leaves it out.

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use std::error::Error;
use std::fmt;
use web_sys::CanvasRenderingContext2d;

/// What the page draws the chart on, with text measured by a canvas's 2D context. One
/// type for the canvas and the SVG download, so that the replay of a chart's picture
/// (`chart::Picture::paint`) and the backends' drawing methods it calls are compiled
/// once into the page.
pub struct PageBackend<'a> {
    /// Draws everything.
    target: Target<'a>,
    /// A canvas's 2D context, to measure with (it draws nothing).
    context: CanvasRenderingContext2d,
}

/// The two things the page draws the chart on.
enum Target<'a> {
    /// The chart on screen.
    Canvas(CanvasBackend),
    /// The chart written as SVG text.
    Svg(SVGBackend<'a>),
}

impl<'a> PageBackend<'a> {
    /// Draws on a canvas, measuring with its `context`.
    pub fn canvas(canvas: CanvasBackend, context: CanvasRenderingContext2d) -> PageBackend<'a> {
        PageBackend { target: Target::Canvas(canvas), context }
    }

    /// Writes SVG, measuring with a canvas's `context`.
    pub fn svg(svg: SVGBackend<'a>, context: CanvasRenderingContext2d) -> PageBackend<'a> {
        PageBackend { target: Target::Svg(svg), context }
    }
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

/// The canvas could not measure a text in a font.
#[derive(Debug)]
struct Unmeasurable(String);

impl fmt::Display for Unmeasurable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot measure text in {}", self.0)
    }
}

impl Error for Unmeasurable {}

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
        match &mut $self.target {
            Target::Canvas($backend) => $call.map_err(ours),
            Target::Svg($backend) => $call.map_err(ours),
        }
    };
}

impl DrawingBackend for PageBackend<'_> {
    type ErrorType = DrawFailed;

    fn get_size(&self) -> (u32, u32) {
        match &self.target {
            Target::Canvas(backend) => backend.get_size(),
            Target::Svg(backend) => backend.get_size(),
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

    /// The text's advance width, and the font's ascent plus descent as its height.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<DrawFailed>> {
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
    ) -> Result<(), DrawingErrorKind<DrawFailed>> {
        either!(self, backend => backend.blit_bitmap(pos, size, src))
    }
}
