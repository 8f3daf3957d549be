//! Every length of the chart, in backend pixels: CSS pixel sizes times the device
//! pixel ratio, so a chart on a high-density screen looks like the one at ratio 1.

/// Lengths at device pixel ratio 1, in CSS pixels.
mod css {
    pub const MARGIN: f64 = 12.0;
    pub const TICK_FONT: f64 = 12.0;
    pub const LEGEND_FONT: f64 = 13.0;
    pub const MESSAGE_FONT: f64 = 16.0;
    pub const TICK_MARK: f64 = 5.0;
    pub const SWATCH: f64 = 12.0;
    pub const GAP: f64 = 6.0;
    pub const LINE: f64 = 2.0;
    pub const THIN_LINE: f64 = 1.0;
    pub const MARKER: f64 = 3.0;
    pub const RING: f64 = 7.0;
    pub const MIN_WIDTH: f64 = 160.0;
    pub const MIN_HEIGHT: f64 = 120.0;
}

/// The chart's lengths at one device pixel ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Space around the chart and between the legend and the plot.
    pub margin: i32,
    /// Tick label and axis caption font size.
    pub tick_font: f64,
    /// Legend and notice font size.
    pub legend_font: f64,
    /// Font size of the message drawn instead of an empty chart.
    pub message_font: f64,
    /// Length of tick marks.
    pub tick_mark: i32,
    /// Side of a legend swatch.
    pub swatch: i32,
    /// Space between a swatch and its text, and between legend items (twice).
    pub gap: i32,
    /// Width of series lines.
    pub line: u32,
    /// Width of axes, grid lines and conflict rings.
    pub thin_line: u32,
    /// Radius of point markers.
    pub marker: u32,
    /// Radius of the ring around a conflicting point.
    pub ring: u32,
    /// The smallest backend width a chart is drawn in.
    pub min_width: u32,
    /// The smallest backend height a chart is drawn in.
    pub min_height: u32,
}

impl Sizes {
    /// The lengths at device pixel ratio `scale` (assumed finite and positive).
    pub fn new(scale: f64) -> Sizes {
        let px = |css: f64| css * scale;
        // Strokes and radii are whole pixels in plotters; never let them vanish.
        let whole = |css: f64| px(css).round().max(1.0) as u32;
        Sizes {
            margin: whole(css::MARGIN) as i32,
            tick_font: px(css::TICK_FONT),
            legend_font: px(css::LEGEND_FONT),
            message_font: px(css::MESSAGE_FONT),
            tick_mark: whole(css::TICK_MARK) as i32,
            swatch: whole(css::SWATCH) as i32,
            gap: whole(css::GAP) as i32,
            line: whole(css::LINE),
            thin_line: whole(css::THIN_LINE),
            marker: whole(css::MARKER),
            ring: whole(css::RING),
            min_width: whole(css::MIN_WIDTH),
            min_height: whole(css::MIN_HEIGHT),
        }
    }
}
