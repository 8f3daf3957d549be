//! Series -> a picture, drawn on any plotters `DrawingBackend` (SVG in native tests,
//! a canvas in the browser).
//!
//! Every series given to [`draw`] shares one date axis. New-kind series are bars
//! (side by side when several fall on one day), total-kind series are lines with
//! markers; a point whose sources disagree is ringed. When totals dwarf the new
//! counts (or the other way round) on a linear axis, the totals move to their own
//! axis on the right so both stay visible; a log axis shows both on one scale.
//! Nothing to draw gives a message instead of an empty frame.
//!
//! A [`View`] chooses which series are shown (daily new, cumulative, deaths, ...);
//! the daily views add 7-day average lines ([`average`]) and the cumulative view can
//! add "doubles every N days" reference lines ([`growth`]).
//!
//! Modules: [`plan`] decides what goes where, [`dates`] and [`values`] make the axes,
//! [`theme`] and [`sizes`] hold colours and lengths; `frame`, `legend` and `render`
//! draw into a [`Picture`], a list of marks in backend pixels that only
//! [`Picture::paint`] hands to the backend.

pub mod average;
pub mod dates;
mod frame;
pub mod growth;
mod legend;
pub mod picture;
pub mod plan;
mod render;
pub mod sizes;
pub mod theme;
pub mod values;
pub mod view;

use crate::series::{Series, SeriesKey};
use plotters_backend::{DrawingBackend, DrawingErrorKind};
use std::fmt;

pub use picture::Picture;

pub use theme::{series_colour, series_css_colour, series_marker, Marker, Rgb};
pub use values::thousands;
pub use view::View;

/// How to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// Device pixels per CSS pixel (`devicePixelRatio`): fonts, margins, strokes and
    /// marker sizes are multiplied by it. Must be finite and within 0.25..=16.
    pub scale: f64,
    /// Logarithmic y-axis (zero values are then left out).
    pub log_scale: bool,
    /// Dark theme colours.
    pub dark: bool,
    /// Series not to draw. Colours stay tied to the index in the slice, so hiding
    /// one series does not recolour the others.
    pub hidden: Vec<SeriesKey>,
    /// Which series are shown at all (before `hidden` takes some away).
    pub view: View,
    /// In the cumulative view, draw each total's "doubles every N days" line where its
    /// last week allows one.
    pub doubling_lines: bool,
}

impl Default for ChartOptions {
    /// Scale 1, linear axis, light theme, nothing hidden, every series (the view that
    /// never hides what was found), no doubling lines.
    fn default() -> Self {
        ChartOptions {
            scale: 1.0,
            log_scale: false,
            dark: false,
            hidden: Vec::new(),
            view: View::All,
            doubling_lines: false,
        }
    }
}

/// Where a point was drawn, in backend pixels: for hover and click.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedPoint {
    /// Index into the series slice given to [`draw`].
    pub series: usize,
    /// Index into that series' points.
    pub point: usize,
    /// Backend x pixel (the marker's centre, or the middle of the bar's top).
    pub x: i32,
    /// Backend y pixel.
    pub y: i32,
    /// For a bar, the bar itself: pointing anywhere on it picks the point.
    pub bar: Option<PixelRect>,
}

/// A rectangle in backend pixels; `left..right` and `top..bottom`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    /// Leftmost column.
    pub left: i32,
    /// Topmost row.
    pub top: i32,
    /// One past the rightmost column.
    pub right: i32,
    /// One past the bottom row.
    pub bottom: i32,
}

impl PixelRect {
    /// Whether the pixel (`x`, `y`) is inside.
    pub fn contains(&self, x: i32, y: i32) -> bool {
        (self.left..self.right).contains(&x) && (self.top..self.bottom).contains(&y)
    }
}

/// Where a series' legend entry was drawn: clicking it could toggle the series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegendEntry {
    /// Index into the series slice given to [`draw`].
    pub series: usize,
    /// The swatch and label.
    pub area: PixelRect,
}

/// What [`draw`] drew.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartLayout {
    /// Every drawn point, series by series in slice order, points in date order.
    pub points: Vec<PlacedPoint>,
    /// The plot area inside the axes; `None` when a message was drawn instead.
    pub plot_area: Option<PixelRect>,
    /// The legend entries of the drawn series.
    pub legend: Vec<LegendEntry>,
    /// The message drawn instead of a chart ("No dated figures yet"), if any.
    pub message: Option<String>,
    /// On a linear axis, some drawn series is so small next to its axis that it lies
    /// flat along the bottom: the UI may suggest the log scale.
    pub log_scale_suggested: bool,
}

impl ChartLayout {
    /// The drawn point nearest to the backend pixel (`x`, `y`), if one is within
    /// `radius` pixels or its bar contains the pixel: for hover and click.
    pub fn nearest(&self, x: i32, y: i32, radius: i32) -> Option<PlacedPoint> {
        let distance = |p: &PlacedPoint| {
            if p.bar.is_some_and(|bar| bar.contains(x, y)) {
                return 0;
            }
            let (dx, dy) = (i64::from(p.x - x), i64::from(p.y - y));
            dx * dx + dy * dy
        };
        let radius = i64::from(radius);
        self.points.iter().filter(|p| distance(p) <= radius * radius).min_by_key(|p| distance(p)).copied()
    }
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartError {
    /// The backend failed to draw (its message), e.g. a canvas context that went away.
    Backend(String),
    /// `ChartOptions::scale` is not a usable device pixel ratio (not finite, or outside
    /// 0.25..=16).
    InvalidScale(f64),
    /// The backend is smaller than the smallest chart (160 × 120 CSS pixels times the
    /// scale), e.g. a canvas that is not laid out yet. Nothing was drawn.
    TooSmall {
        /// Backend width in pixels.
        width: u32,
        /// Backend height in pixels.
        height: u32,
    },
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::Backend(message) => write!(f, "could not draw the chart: {message}"),
            ChartError::InvalidScale(scale) => {
                write!(f, "cannot draw at a pixel ratio of {scale}")
            }
            ChartError::TooSmall { width, height } => {
                write!(f, "{width}×{height} pixels is too small for a chart")
            }
        }
    }
}

impl std::error::Error for ChartError {}

/// A backend's error as a [`ChartError`].
fn backend_error<E: std::error::Error + Send + Sync>(error: DrawingErrorKind<E>) -> ChartError {
    ChartError::Backend(error.to_string())
}

/// How wide a text is in backend pixels in the chart's font at a size (in pixels, as
/// backends take it): the backend's own measure, so that labels get the room they take.
pub type Measure<'a> = dyn Fn(&str, f64) -> Result<u32, ChartError> + 'a;

/// The device pixel ratios [`draw`] accepts.
const SCALES: std::ops::RangeInclusive<f64> = 0.25..=16.0;

/// Draws `series` onto `backend`, filling all of it, and says where everything went.
pub fn draw<DB: DrawingBackend>(
    mut backend: DB,
    series: &[Series],
    options: &ChartOptions,
) -> Result<ChartLayout, ChartError> {
    let size = backend.get_size();
    let (picture, layout) = picture_of(series, options, size, &|text, font_size| {
        let (width, _) =
            backend.estimate_text_size(text, &picture::Font::measuring(font_size)).map_err(backend_error)?;
        Ok(width)
    })?;
    picture.paint(&mut backend).map_err(backend_error)?;
    Ok(layout)
}

/// What [`draw`] draws on a backend of `size` pixels whose texts are as wide as
/// `measure` says, and where everything went.
pub fn picture_of(
    series: &[Series],
    options: &ChartOptions,
    (width, height): (u32, u32),
    measure: &Measure,
) -> Result<(Picture, ChartLayout), ChartError> {
    if !SCALES.contains(&options.scale) {
        return Err(ChartError::InvalidScale(options.scale));
    }
    let sizes = sizes::Sizes::new(options.scale);
    if width < sizes.min_width || height < sizes.min_height {
        return Err(ChartError::TooSmall { width, height });
    }
    let theme = theme::Theme::new(options.dark);
    let mut picture = Picture::default();
    // Backends are at most a few thousand pixels across; larger sizes are clamped
    // rather than wrapped.
    let size = (width.min(i32::MAX as u32) as i32, height.min(i32::MAX as u32) as i32);
    let layout = match plan::plan(series, options) {
        Ok(plan) => render::chart(&mut picture, size, &plan, options, (&sizes, &theme), measure)?,
        Err(message) => render::message(&mut picture, size, message, &sizes, &theme),
    };
    Ok((picture, layout))
}
