//! The drawing itself: axes through plotters' mesh, data drawn in backend pixels
//! (so bars of several series can stand side by side within one day), then the 7-day
//! average and doubling-time lines over the data.

use super::dates::DateAxis;
use super::legend::{self, dashed};
use super::plan::{AxisPoint, BarSlot, Drawn, Line, Plan, Side};
use super::sizes::{Sizes, FONT_FAMILY};
use super::theme::{plotters_colour as colour, series_colour, series_marker, under_average, Marker, Theme};
use super::ticked::TickedValues;
use super::values::ValueAxis;
use super::{ChartError, ChartLayout, ChartOptions, PixelRect, PlacedPoint};
use plotters::coord::combinators::WithKeyPoints;
use plotters::coord::types::RangedCoordi32;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The share of a day's width that its bars fill.
const BAR_FILL: f64 = 0.8;

/// Axis captions when totals have their own axis.
const LEFT_CAPTION: &str = "new (bars)";
const RIGHT_CAPTION: &str = "total (lines)";

/// Fills `root` with the background and draws `text` in its middle.
pub fn message<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    sizes: &Sizes,
    theme: &Theme,
) -> Result<ChartLayout, ChartError> {
    root.fill(&colour(theme.background))?;
    let (width, height) = root.dim_in_pixel();
    let style = (FONT_FAMILY, sizes.message_font)
        .into_font()
        .color(&colour(theme.text))
        .pos(Pos::new(HPos::Center, VPos::Center));
    root.draw_text(text, &style, (width as i32 / 2, height as i32 / 2))?;
    Ok(ChartLayout { message: Some(text.to_string()), ..ChartLayout::default() })
}

/// Draws the chart `plan` describes onto `root`.
pub fn chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plan: &Plan,
    options: &ChartOptions,
    sizes: &Sizes,
    theme: &Theme,
) -> Result<ChartLayout, ChartError> {
    root.fill(&colour(theme.background))?;
    let legend = legend::layout(root, plan, options, sizes, theme)?;
    let (_, chart_area) = root.split_vertically(legend.height);
    let (width, _) = root.dim_in_pixel();

    let tick_style = (FONT_FAMILY, sizes.tick_font).into_font().color(&colour(theme.text));
    let caption_space = (sizes.tick_font * 1.6).round() as i32;
    let date_labels_height = (sizes.tick_font * 1.4).round() as i32 + sizes.tick_mark + sizes.gap;
    let label_width = |axis: &ValueAxis| -> Result<i32, ChartError> {
        let mut widest = 0;
        for tick in &axis.ticks {
            widest = widest.max(root.estimate_text_size(&axis.label(*tick), &tick_style)?.0);
        }
        Ok(widest as i32 + sizes.tick_mark + 2 * sizes.gap)
    };
    // Value labels need about two and a half lines each; the plot's height is not known
    // exactly until the date axis is, so assume the date caption takes its room.
    let (_, chart_height) = chart_area.dim_in_pixel();
    let plot_height = chart_height as i32 - sizes.margin - date_labels_height - caption_space;
    let max_ticks = (f64::from(plot_height) / (sizes.tick_font * 2.5)).floor() as usize;
    let left = plan.left.thinned(max_ticks);
    let right = plan.right.as_ref().map(|axis| axis.thinned(max_ticks));
    let left_area = label_width(&left)? + if right.is_some() { caption_space } else { 0 };
    let right_area = match &right {
        Some(axis) => label_width(axis)? + caption_space,
        None => 0,
    };
    // The last date label is centred on the plot's right edge: leave room for its half.
    let right_margin =
        if right.is_some() { sizes.margin } else { sizes.margin + (sizes.tick_font * 2.5).round() as i32 };
    let plot_width = width as i32 - sizes.margin - right_margin - left_area - right_area;
    let x = DateAxis::new(plan.first, plan.last, f64::from(plot_width), sizes.tick_font);
    let caption = x.caption();
    let bottom_area = date_labels_height + if caption.is_some() { caption_space } else { 0 };

    let chart = ChartBuilder::on(&chart_area)
        .margin_left(sizes.margin)
        .margin_right(right_margin)
        .margin_top(sizes.margin / 2)
        .margin_bottom(sizes.margin / 2)
        .x_label_area_size(bottom_area)
        .y_label_area_size(left_area)
        .right_y_label_area_size(right_area)
        .build_cartesian_2d(x.range.clone().with_key_points(x.ticks.clone()), TickedValues::from(&left))?;
    let (x_pixels, y_pixels) = chart.plotting_area().get_pixel_range();
    let plot_area = PixelRect { left: x_pixels.start, top: y_pixels.start, right: x_pixels.end, bottom: y_pixels.end };
    let axes = Axes {
        x: &x,
        caption: caption.as_deref(),
        tick_style: &tick_style,
        axis_style: ShapeStyle::from(colour(theme.axis)).stroke_width(sizes.thin_line),
        sizes,
        theme,
    };
    let placed = match &right {
        None => {
            let mut chart = chart;
            axes.draw_primary(&mut chart, &left, None)?;
            place(plan, &x, |_, xy| chart.backend_coord(xy))
        }
        Some(right) => {
            // The right axis must exist before the left one is drawn: plotters hands
            // the right label area over to it, so the left mesh does not label it too.
            // Its x coordinate is the primary's own type (key points and all; it has no
            // top label area, so they never show): plotters' axis drawing is then
            // compiled once for both sides (2 kB less in the page's bundle).
            let mut dual =
                chart.set_secondary_coord(x.range.clone().with_key_points(x.ticks.clone()), TickedValues::from(right));
            axes.draw_primary(&mut dual, &left, Some(LEFT_CAPTION))?;
            let right_label = |value: &f64| right.label(*value);
            dual.configure_secondary_axes()
                .y_label_formatter(&right_label)
                .label_style(tick_style.clone())
                .axis_desc_style(tick_style.clone())
                .axis_style(axes.axis_style)
                .set_all_tick_mark_size(sizes.tick_mark)
                .y_desc(RIGHT_CAPTION)
                .draw()?;
            let secondary = dual.borrow_secondary();
            place(plan, &x, |side, xy| match side {
                Side::Left => dual.backend_coord(xy),
                Side::Right => secondary.backend_coord(xy),
            })
        }
    };

    let day_width = f64::from(plot_area.right - plot_area.left) / f64::from((x.range.end - x.range.start).max(1));
    // Reference lines under the data. Grey, as dashboards draw them: a line in the
    // series' colour would vanish along a series that keeps its pace.
    for doubling in placed.iter().filter_map(|pixels| pixels.doubling.as_ref()) {
        root.draw(&dashed(doubling.clone(), colour(theme.axis), sizes))?;
    }
    // Bars first, so no bar hides a line; the layout still lists series in slice order.
    let mut drawn_at: Vec<Vec<PlacedPoint>> = vec![Vec::new(); plan.drawn.len()];
    for bars in [true, false] {
        for ((d, pixels), at) in plan.drawn.iter().zip(&placed).zip(&mut drawn_at) {
            if d.bar.is_some() == bars {
                *at = draw_series(root, d, pixels, day_width, options, sizes, theme)?;
            }
        }
    }
    for (d, pixels) in plan.drawn.iter().zip(&placed) {
        let colour = colour(series_colour(d.index, options.dark));
        // Over the bars; each average runs over the middle of its own bars.
        let shift = d.bar.map_or(0, |bar| bar.width_and_offset(day_width).1.round() as i32);
        for average in &pixels.average {
            let shifted = average.iter().map(|(x, y)| (x + shift, *y));
            root.draw(&PathElement::new(shifted.collect::<Vec<_>>(), colour.stroke_width(sizes.line)))?;
        }
    }
    let points: Vec<PlacedPoint> = drawn_at.into_iter().flatten().collect();
    ring_conflicts(root, plan, &points, sizes, theme)?;
    let legend = legend.draw(root, sizes, theme)?;
    Ok(ChartLayout {
        points,
        plot_area: Some(plot_area),
        legend,
        message: None,
        log_scale_suggested: plan.log_scale_suggested,
    })
}

/// The primary chart: dates across, the left value axis up.
type Primary<'a, DB> = ChartContext<'a, DB, Cartesian2d<WithKeyPoints<RangedCoordi32>, TickedValues>>;

/// What the axes are drawn with.
struct Axes<'a> {
    x: &'a DateAxis,
    caption: Option<&'a str>,
    tick_style: &'a TextStyle<'a>,
    axis_style: ShapeStyle,
    sizes: &'a Sizes,
    theme: &'a Theme,
}

impl Axes<'_> {
    /// Draws the grid, the date axis and the left value axis (captioned `y_caption`).
    fn draw_primary<DB: DrawingBackend>(
        &self,
        chart: &mut Primary<'_, DB>,
        left: &ValueAxis,
        y_caption: Option<&str>,
    ) -> Result<(), ChartError> {
        let x_label = |day: &i32| self.x.label(*day);
        let y_label = |value: &f64| left.label(*value);
        let mut mesh = chart.configure_mesh();
        mesh.x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .label_style(self.tick_style.clone())
            .axis_desc_style(self.tick_style.clone())
            .axis_style(self.axis_style)
            .bold_line_style(ShapeStyle::from(colour(self.theme.grid)).stroke_width(self.sizes.thin_line))
            .light_line_style(TRANSPARENT)
            .set_all_tick_mark_size(self.sizes.tick_mark);
        if let Some(caption) = self.caption {
            mesh.x_desc(caption);
        }
        if let Some(caption) = y_caption {
            mesh.y_desc(caption);
        }
        mesh.draw()?;
        Ok(())
    }
}

impl BarSlot {
    /// The width of each bar and this slot's shift from the day's centre, in pixels, when
    /// a day is `day_width` pixels wide: the bars of one day stand side by side, centred
    /// on the day.
    fn width_and_offset(self, day_width: f64) -> (f64, f64) {
        let width = (day_width * BAR_FILL / self.of as f64).max(1.0);
        (width, (self.slot as f64 - (self.of as f64 - 1.0) / 2.0) * width)
    }
}

/// A drawn series in backend pixels.
struct SeriesPixels {
    /// Its points, in the order of `Drawn::points`.
    points: Vec<Pixel>,
    /// The row of its axis' bottom (where bars stand).
    baseline: i32,
    /// Its 7-day average lines.
    average: Vec<Vec<(i32, i32)>>,
    /// Its doubling-time line.
    doubling: Option<Vec<(i32, i32)>>,
}

/// Where every drawn series goes, given how `map` turns (day, value) on a side's axis
/// into backend pixels.
fn place(plan: &Plan, x: &DateAxis, map: impl Fn(Side, &(i32, f64)) -> (i32, i32)) -> Vec<SeriesPixels> {
    plan.drawn
        .iter()
        .map(|d| {
            let line = |line: &Line| line.iter().map(|xy| map(d.side, xy)).collect::<Vec<_>>();
            SeriesPixels {
                points: d.points.iter().map(|p| Pixel::at(map(d.side, &(p.day, p.value)))).collect(),
                baseline: map(d.side, &(x.range.start, plan.axis(d.side).range.start)).1,
                average: d.average.iter().map(line).collect(),
                doubling: d.doubling.as_ref().map(|doubling| line(&doubling.line)),
            }
        })
        .collect()
}

/// A backend pixel.
#[derive(Clone, Copy, Debug)]
struct Pixel {
    x: i32,
    y: i32,
}

impl Pixel {
    fn at((x, y): (i32, i32)) -> Pixel {
        Pixel { x, y }
    }
}

/// Draws one series as bars or as a line with markers; returns where each of its
/// points ended up.
fn draw_series<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    drawn: &Drawn,
    series_pixels: &SeriesPixels,
    day_width: f64,
    options: &ChartOptions,
    sizes: &Sizes,
    theme: &Theme,
) -> Result<Vec<PlacedPoint>, ChartError> {
    let (pixels, baseline) = (&series_pixels.points, series_pixels.baseline);
    let full = series_colour(drawn.index, options.dark);
    // Bars under an average line are paler, so the line stands out (outlines of derived
    // bars keep the full colour).
    let bar_fill = colour(if drawn.average.is_empty() { full } else { under_average(full, theme.background) });
    let colour = colour(full);
    let placed =
        |(p, (x, y)): (&AxisPoint, (i32, i32)), bar| PlacedPoint { series: drawn.index, point: p.index, x, y, bar };
    match drawn.bar {
        Some(bar) => {
            let (width, offset) = bar.width_and_offset(day_width);
            let mut tops = Vec::with_capacity(pixels.len());
            for (point, pixel) in drawn.points.iter().zip(pixels) {
                let centre = f64::from(pixel.x) + offset;
                let left = (centre - width / 2.0).round() as i32;
                let right = (left + width.round() as i32).max(left + 1);
                // A zero still shows, as a sliver on the baseline.
                let top = pixel.y.min(baseline - sizes.thin_line as i32);
                // A derived count is drawn as an outline: never mistaken for a reported one.
                let style = if point.derived { colour.stroke_width(sizes.thin_line) } else { bar_fill.filled() };
                root.draw(&Rectangle::new([(left, top), (right, baseline)], style))?;
                let area = PixelRect { left, top, right, bottom: baseline };
                tops.push(placed((point, (centre.round() as i32, pixel.y)), Some(area)));
            }
            Ok(tops)
        }
        None => {
            let centres: Vec<(i32, i32)> = pixels.iter().map(|p| (p.x, p.y)).collect();
            root.draw(&PathElement::new(centres.clone(), colour.stroke_width(sizes.line)))?;
            let marker = series_marker(drawn.index);
            for (point, centre) in drawn.points.iter().zip(&centres) {
                let style = if point.derived { colour.stroke_width(sizes.thin_line) } else { colour.filled() };
                draw_marker(root, marker, *centre, sizes.marker, style)?;
            }
            Ok(drawn.points.iter().zip(centres).map(|point| placed(point, None)).collect())
        }
    }
}

/// Draws one point marker of `radius` around `centre`; an outline unless `style` fills.
pub(super) fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    marker: Marker,
    (x, y): (i32, i32),
    radius: u32,
    style: ShapeStyle,
) -> Result<(), ChartError> {
    let r = radius as i32;
    // Corners stick out of a circle: polygons a little larger look the same size.
    let big = (f64::from(radius) * 1.3).round() as i32;
    let corners = match marker {
        Marker::Circle => return Ok(root.draw(&Circle::new((x, y), radius, style))?),
        Marker::Square => return Ok(root.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], style))?),
        Marker::Diamond => vec![(x, y - big), (x + big, y), (x, y + big), (x - big, y)],
        Marker::Triangle => vec![(x, y - big), (x + big, y + r), (x - big, y + r)],
    };
    if style.filled {
        root.draw(&Polygon::new(corners, style))?;
    } else {
        let closed: Vec<(i32, i32)> = corners.iter().chain(corners.first()).copied().collect();
        root.draw(&PathElement::new(closed, style))?;
    }
    Ok(())
}

/// Rings every conflicting point in the text colour, over everything else.
fn ring_conflicts<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plan: &Plan,
    points: &[PlacedPoint],
    sizes: &Sizes,
    theme: &Theme,
) -> Result<(), ChartError> {
    let style = colour(theme.text).stroke_width(sizes.thin_line);
    let conflicts = plan.drawn.iter().flat_map(|d| d.points.iter().map(|p| p.conflict));
    for (point, conflict) in points.iter().zip(conflicts) {
        if conflict {
            root.draw(&Circle::new((point.x, point.y), sizes.ring, style))?;
        }
    }
    Ok(())
}
