//! Series -> a picture, drawn on any plotters `DrawingBackend` (SVG in native tests,
//! a canvas in the browser). Placeholder API; the drawing is being written.

use crate::series::Series;
use plotters::prelude::DrawingBackend;

/// How to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// Device pixels per CSS pixel: fonts, margins and strokes are multiplied by it.
    pub scale: f64,
    /// Logarithmic y-axis.
    pub log_scale: bool,
    /// Dark theme colours.
    pub dark: bool,
}

/// Where a point was drawn, in backend pixels: for hover and click.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedPoint {
    /// Index into the series slice given to [`draw`].
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
    /// Backend x pixel.
    pub x: i32,
    /// Backend y pixel.
    pub y: i32,
}

/// What [`draw`] drew.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartLayout {
    /// Every drawn point.
    pub points: Vec<PlacedPoint>,
}

/// Why a chart could not be drawn.
#[derive(Debug)]
pub enum ChartError {
    /// The backend failed (its message).
    Backend(String),
}

/// Draws `series` onto `backend`.
pub fn draw<DB: DrawingBackend>(
    backend: DB,
    series: &[Series],
    options: &ChartOptions,
) -> Result<ChartLayout, ChartError> {
    let _ = (backend, series, options);
    Ok(ChartLayout::default())
}
