//! The legend band above the plot: one entry per drawn series (and per 7-day average
//! and doubling-time line), the meaning of the ring around conflicting points, and
//! the "log scale" notice. Entries flow left to
//! right and wrap into rows.

use super::picture::{HAlign, Mark, Paint, Picture, VAlign};
use super::plan::Plan;
use super::render::{dashed, draw_marker};
use super::sizes::Sizes;
use super::theme::{series_colour, series_marker, under_average, Marker, Rgb, Theme};
use super::{ChartError, ChartOptions, LegendEntry, Measure, PixelRect};
use crate::figure::Kind;

/// The legend's explanation of the ring drawn around conflicting points.
pub const CONFLICT_TEXT: &str = "sources disagree";
/// The notice shown while the value axis is logarithmic.
pub const LOG_SCALE_TEXT: &str = "log scale";
/// The start of a 7-day average's entry ("7-day average of new cases").
pub const AVERAGE_TEXT: &str = "7-day average of";

/// The small picture before an entry's text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Glyph {
    /// A filled square: a bar series.
    Bar(Rgb),
    /// A line with a marker: a line series.
    Line(Rgb, Marker),
    /// A line without a marker: a 7-day average.
    Average(Rgb),
    /// A dashed line: a doubling-time reference line (in the axis colour).
    Dashed(Rgb),
    /// The ring around conflicting points.
    Ring,
    /// No picture: a notice.
    None,
}

/// One legend entry before layout.
struct Item {
    glyph: Glyph,
    text: String,
    /// The series it stands for, if any.
    series: Option<usize>,
}

/// One legend entry after layout.
pub struct Placed {
    glyph: Glyph,
    text: String,
    series: Option<usize>,
    area: PixelRect,
}

/// A laid-out legend.
pub struct Legend {
    /// Entries that fit in the band.
    entries: Vec<Placed>,
    /// The height of the band, including the margin below it.
    pub height: i32,
}

/// The entries for `plan`, in drawing order.
fn items(plan: &Plan, options: &ChartOptions, theme: &Theme) -> Vec<Item> {
    let mut items = Vec::new();
    for d in &plan.drawn {
        let colour = series_colour(d.index, options.dark);
        let label = d.series.key.label();
        let mut text = label.clone();
        if plan.right.is_some() && d.series.key.kind == Kind::Total {
            text.push_str(" (right axis)");
        }
        let glyph = match d.bar {
            Some(_) if !d.average.is_empty() => Glyph::Bar(under_average(colour, theme.background)),
            Some(_) => Glyph::Bar(colour),
            None => Glyph::Line(colour, series_marker(d.index)),
        };
        items.push(Item { glyph, text, series: Some(d.index) });
        if !d.average.is_empty() {
            items.push(Item { glyph: Glyph::Average(colour), text: format!("{AVERAGE_TEXT} {label}"), series: None });
        }
        if let Some(doubling) = &d.doubling {
            let text = format!("{label}: {}", doubling.growth.describe());
            items.push(Item { glyph: Glyph::Dashed(theme.axis), text, series: None });
        }
    }
    if plan.has_conflicts {
        items.push(Item { glyph: Glyph::Ring, text: CONFLICT_TEXT.to_string(), series: None });
    }
    if options.log_scale {
        items.push(Item { glyph: Glyph::None, text: LOG_SCALE_TEXT.to_string(), series: None });
    }
    items
}

/// Lays out the legend in the top of a `size` chart, its texts as wide as `measure`
/// says, wrapping into rows; rows that would take more than a third of the height are
/// left out (the page lists every series anyway).
pub fn layout(
    (width, height): (i32, i32),
    plan: &Plan,
    options: &ChartOptions,
    sizes: &Sizes,
    theme: &Theme,
    measure: &Measure,
) -> Result<Legend, ChartError> {
    let row_height = sizes.swatch.max((sizes.legend_font * 1.5).round() as i32);
    let max_rows = ((height / 3 - sizes.margin) / row_height).max(1);
    let right_edge = width - sizes.margin;
    let (mut x, mut row) = (sizes.margin, 0);
    let mut entries = Vec::new();
    for item in items(plan, options, theme) {
        let text_width = measure(&item.text, sizes.legend_font)?;
        let glyph_width = match item.glyph {
            Glyph::None => 0,
            _ => sizes.swatch + sizes.gap,
        };
        let entry_width = glyph_width + text_width as i32;
        if x > sizes.margin && x + entry_width > right_edge {
            (x, row) = (sizes.margin, row + 1);
        }
        if row >= max_rows {
            break;
        }
        let top = sizes.margin + row * row_height;
        entries.push(Placed {
            glyph: item.glyph,
            text: item.text,
            series: item.series,
            area: PixelRect { left: x, top, right: x + entry_width, bottom: top + row_height },
        });
        x += entry_width + 3 * sizes.gap;
    }
    let rows = entries.last().map_or(0, |e| (e.area.top - sizes.margin) / row_height + 1);
    Ok(Legend { entries, height: sizes.margin + rows * row_height })
}

impl Legend {
    /// Draws the legend and returns the series entries' areas.
    pub fn draw(&self, picture: &mut Picture, sizes: &Sizes, theme: &Theme) -> Vec<LegendEntry> {
        for entry in &self.entries {
            let middle = (entry.area.top + entry.area.bottom) / 2;
            let (left, half) = (entry.area.left, sizes.swatch / 2);
            let centre = (left + half, middle);
            let line = vec![(left, middle), (left + sizes.swatch, middle)];
            match entry.glyph {
                Glyph::Bar(colour) => picture.push(Mark::Rect {
                    from: (left, middle - half),
                    to: (left + sizes.swatch, middle + half),
                    colour,
                    paint: Paint::Fill,
                }),
                Glyph::Line(colour, marker) => {
                    picture.path(line, colour, sizes.line);
                    draw_marker(picture, marker, centre, sizes.marker, colour, Paint::Fill);
                }
                Glyph::Average(colour) => picture.path(line, colour, sizes.line),
                Glyph::Dashed(colour) => dashed(picture, &line, colour, sizes),
                Glyph::Ring => picture.push(Mark::Circle {
                    centre,
                    radius: sizes.ring.min(half as u32),
                    colour: theme.text,
                    paint: Paint::Outline(sizes.thin_line),
                }),
                Glyph::None => {}
            }
            let text_left = match entry.glyph {
                Glyph::None => left,
                _ => left + sizes.swatch + sizes.gap,
            };
            let anchor = (HAlign::Left, VAlign::Middle);
            picture.text(entry.text.clone(), (text_left, middle), sizes.legend_font, theme.text, anchor);
        }
        self.entries.iter().filter_map(|e| Some(LegendEntry { series: e.series?, area: e.area })).collect()
    }
}
