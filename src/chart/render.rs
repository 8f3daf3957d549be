//! The chart as a [`Picture`]: the frame, then the data in backend pixels (so bars of
//! several series can stand side by side within one day), then the 7-day average and
//! doubling-time lines over the data, the conflict rings and the legend.

use super::frame::Frame;
use super::legend;
use super::picture::{HAlign, Mark, Paint, Picture, VAlign, Xy};
use super::plan::{AxisPoint, BarSlot, Drawn, Line, Plan};
use super::sizes::Sizes;
use super::theme::{series_colour, series_marker, under_average, Marker, Rgb, Theme};
use super::{ChartError, ChartLayout, ChartOptions, Measure, PixelRect, PlacedPoint};

/// The share of a day's width that its bars fill.
const BAR_FILL: f64 = 0.8;

/// Fills the `size` picture with the background.
fn background(picture: &mut Picture, (width, height): (i32, i32), theme: &Theme) {
    picture.push(Mark::Rect { from: (0, 0), to: (width, height), colour: theme.background, paint: Paint::Fill });
}

/// Fills a `size` picture with the background and writes `text` in its middle.
pub fn message(picture: &mut Picture, size: (i32, i32), text: &str, sizes: &Sizes, theme: &Theme) -> ChartLayout {
    background(picture, size, theme);
    let middle = (size.0 / 2, size.1 / 2);
    picture.text(text, middle, sizes.message_font, theme.text, (HAlign::Centre, VAlign::Middle));
    ChartLayout { message: Some(text.to_string()), ..ChartLayout::default() }
}

/// Draws the chart `plan` describes into a `size` picture, texts as wide as `measure`
/// says.
pub fn chart(
    picture: &mut Picture,
    size: (i32, i32),
    plan: &Plan,
    options: &ChartOptions,
    (sizes, theme): (&Sizes, &Theme),
    measure: &Measure,
) -> Result<ChartLayout, ChartError> {
    background(picture, size, theme);
    let legend = legend::layout(size, plan, options, sizes, theme, measure)?;
    let frame = Frame::layout(plan, legend.height, size, sizes, measure)?;
    frame.draw(picture, sizes, theme);
    let placed = place(plan, &frame);
    let day_width = frame.day_width();
    // Reference lines under the data. Grey, as dashboards draw them: a line in the
    // series' colour would vanish along a series that keeps its pace.
    for doubling in placed.iter().filter_map(|pixels| pixels.doubling.as_ref()) {
        dashed(picture, doubling, theme.axis, sizes);
    }
    // Bars first, so no bar hides a line; the layout still lists series in slice order.
    let mut drawn_at: Vec<Vec<PlacedPoint>> = vec![Vec::new(); plan.drawn.len()];
    for bars in [true, false] {
        for ((d, pixels), at) in plan.drawn.iter().zip(&placed).zip(&mut drawn_at) {
            if d.bar.is_some() == bars {
                *at = draw_series(picture, d, pixels, day_width, options, sizes, theme);
            }
        }
    }
    for (d, pixels) in plan.drawn.iter().zip(&placed) {
        let colour = series_colour(d.index, options.dark);
        // Over the bars; each average runs over the middle of its own bars.
        let shift = d.bar.map_or(0, |bar| bar.width_and_offset(day_width).1.round() as i32);
        for average in &pixels.average {
            picture.path(average.iter().map(|(x, y)| (x + shift, *y)).collect(), colour, sizes.line);
        }
    }
    let points: Vec<PlacedPoint> = drawn_at.into_iter().flatten().collect();
    ring_conflicts(picture, plan, &points, sizes, theme);
    let legend = legend.draw(picture, sizes, theme);
    Ok(ChartLayout {
        points,
        plot_area: Some(frame.plot),
        legend,
        message: None,
        log_scale_suggested: plan.log_scale_suggested,
    })
}

/// A dashed line through `points`, as doubling-time lines are drawn: each dash its
/// own short line.
pub(super) fn dashed(picture: &mut Picture, points: &[Xy], colour: Rgb, sizes: &Sizes) {
    let line = sizes.line as f32;
    let (dash, gap) = (3.0 * line, 2.0 * line);
    let to_f = |(x, y): Xy| (x as f32, y as f32);
    let to_i = |(x, y): (f32, f32)| (x.round() as i32, y.round() as i32);
    let Some((first, rest)) = points.split_first() else {
        return;
    };
    let mut start = to_f(*first);
    let (mut along, mut solid) = (0.0, true);
    let mut dash_points = vec![to_i(start)];
    for end in rest.iter().map(|point| to_f(*point)) {
        while start != end {
            let (dx, dy) = (end.0 - start.0, end.1 - start.1);
            let distance = dx.hypot(dy);
            let length = if solid { dash } else { gap };
            let left = length - along;
            if left < distance {
                let t = left / distance;
                start = (start.0 + dx * t, start.1 + dy * t);
                along += left;
            } else {
                start = end;
                along += distance;
            }
            if solid {
                dash_points.push(to_i(start));
            }
            if length <= along {
                if solid {
                    picture.path(std::mem::take(&mut dash_points), colour, sizes.line);
                } else {
                    dash_points.push(to_i(start));
                }
                along = 0.0;
                solid = !solid;
            }
        }
    }
    if dash_points.len() > 1 {
        picture.path(dash_points, colour, sizes.line);
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
    points: Vec<Xy>,
    /// The row of its axis' bottom (where bars stand).
    baseline: i32,
    /// Its 7-day average lines.
    average: Vec<Vec<Xy>>,
    /// Its doubling-time line.
    doubling: Option<Vec<Xy>>,
}

/// Where every drawn series goes in `frame`.
fn place(plan: &Plan, frame: &Frame) -> Vec<SeriesPixels> {
    plan.drawn
        .iter()
        .map(|d| {
            let line = |line: &Line| line.iter().map(|xy| frame.at(d.side, *xy)).collect::<Vec<_>>();
            SeriesPixels {
                points: d.points.iter().map(|p| frame.at(d.side, (p.day, p.value))).collect(),
                baseline: frame.y_of(d.side, plan.axis(d.side).range.start),
                average: d.average.iter().map(line).collect(),
                doubling: d.doubling.as_ref().map(|doubling| line(&doubling.line)),
            }
        })
        .collect()
}

/// Draws one series as bars or as a line with markers; returns where each of its
/// points ended up.
fn draw_series(
    picture: &mut Picture,
    drawn: &Drawn,
    series_pixels: &SeriesPixels,
    day_width: f64,
    options: &ChartOptions,
    sizes: &Sizes,
    theme: &Theme,
) -> Vec<PlacedPoint> {
    let (pixels, baseline) = (&series_pixels.points, series_pixels.baseline);
    let colour = series_colour(drawn.index, options.dark);
    // Bars under an average line are paler, so the line stands out (outlines of derived
    // bars keep the full colour).
    let bar_fill = if drawn.average.is_empty() { colour } else { under_average(colour, theme.background) };
    let placed = |(p, (x, y)): (&AxisPoint, Xy), bar| PlacedPoint { series: drawn.index, point: p.index, x, y, bar };
    // A derived point is drawn as an outline: never mistaken for a reported one.
    let paint = |point: &AxisPoint| if point.derived { Paint::Outline(sizes.thin_line) } else { Paint::Fill };
    match drawn.bar {
        Some(bar) => {
            let (width, offset) = bar.width_and_offset(day_width);
            let mut tops = Vec::with_capacity(pixels.len());
            for (point, (x, y)) in drawn.points.iter().zip(pixels) {
                let centre = f64::from(*x) + offset;
                let left = (centre - width / 2.0).round() as i32;
                let right = (left + width.round() as i32).max(left + 1);
                // A zero still shows, as a sliver on the baseline.
                let top = (*y).min(baseline - sizes.thin_line as i32);
                let colour = if point.derived { colour } else { bar_fill };
                picture.push(Mark::Rect { from: (left, top), to: (right, baseline), colour, paint: paint(point) });
                let area = PixelRect { left, top, right, bottom: baseline };
                tops.push(placed((point, (centre.round() as i32, *y)), Some(area)));
            }
            tops
        }
        None => {
            picture.path(pixels.clone(), colour, sizes.line);
            let marker = series_marker(drawn.index);
            for (point, centre) in drawn.points.iter().zip(pixels) {
                draw_marker(picture, marker, *centre, sizes.marker, colour, paint(point));
            }
            drawn.points.iter().zip(pixels.iter().copied()).map(|point| placed(point, None)).collect()
        }
    }
}

/// Draws one point marker of `radius` around `centre`.
pub(super) fn draw_marker(picture: &mut Picture, marker: Marker, (x, y): Xy, radius: u32, colour: Rgb, paint: Paint) {
    let r = radius as i32;
    // Corners stick out of a circle: polygons a little larger look the same size.
    let big = (f64::from(radius) * 1.3).round() as i32;
    let corners = match marker {
        Marker::Circle => return picture.push(Mark::Circle { centre: (x, y), radius, colour, paint }),
        Marker::Square => return picture.push(Mark::Rect { from: (x - r, y - r), to: (x + r, y + r), colour, paint }),
        Marker::Diamond => vec![(x, y - big), (x + big, y), (x, y + big), (x - big, y)],
        Marker::Triangle => vec![(x, y - big), (x + big, y + r), (x - big, y + r)],
    };
    match paint {
        Paint::Fill => picture.push(Mark::Polygon { corners, colour }),
        Paint::Outline(width) => {
            let closed: Vec<Xy> = corners.iter().chain(corners.first()).copied().collect();
            picture.path(closed, colour, width);
        }
    }
}

/// Rings every conflicting point in the text colour, over everything else.
fn ring_conflicts(picture: &mut Picture, plan: &Plan, points: &[PlacedPoint], sizes: &Sizes, theme: &Theme) {
    let conflicts = plan.drawn.iter().flat_map(|d| d.points.iter().map(|p| p.conflict));
    for (point, conflict) in points.iter().zip(conflicts) {
        if conflict {
            let paint = Paint::Outline(sizes.thin_line);
            picture.push(Mark::Circle { centre: (point.x, point.y), radius: sizes.ring, colour: theme.text, paint });
        }
    }
}
