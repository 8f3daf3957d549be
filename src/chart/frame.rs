//! The frame of a chart: where the plot area goes between the legend and the axis
//! labels, where a (day, value) lands in it, and the grid, axis lines, ticks, tick
//! labels and captions around it.

use super::dates::DateAxis;
use super::picture::{HAlign, Mark, Picture, Text, Turn, VAlign};
use super::plan::{Plan, Side};
use super::sizes::Sizes;
use super::theme::Theme;
use super::values::ValueAxis;
use super::{ChartError, Measure, PixelRect};
use std::ops::Range;

/// Axis captions when totals have their own axis.
const LEFT_CAPTION: &str = "new (bars)";
const RIGHT_CAPTION: &str = "total (lines)";

/// The plot area, its axes and the space around them, in backend pixels.
pub struct Frame {
    /// The plot area inside the axes.
    pub plot: PixelRect,
    /// The left edge of the left labels, the right edge of the right labels and the
    /// bottom edge of the date labels (where the captions go).
    outer: (i32, i32, i32),
    /// The date axis.
    pub x: DateAxis,
    /// What the date labels leave out ("2026"), under them.
    caption: Option<String>,
    /// The left value axis, with as many ticks as its height has room for.
    left: ValueAxis,
    /// The right value axis, when totals have their own.
    right: Option<ValueAxis>,
}

/// Where `value` within `range` lands between the pixels `from` and `to` (either way
/// round), as plotters places it: the chart's pixels stay where they were when plotters
/// drew the axes.
fn pixel(value: f64, range: &Range<f64>, (from, to): (i32, i32)) -> i32 {
    let share = (value - range.start) / (range.end - range.start);
    let length = to - from;
    if length == 0 || share.is_nan() {
        return to;
    }
    if share.is_infinite() {
        return if share > 0.0 { to } else { from };
    }
    let offset = f64::from(length) * share;
    from + if length > 0 { (offset + 1e-3).floor() } else { (offset - 1e-3).ceil() } as i32
}

impl Frame {
    /// Lays out the frame of `plan` in the `width` × `height` backend below the legend,
    /// whose band ends at row `top`: value labels as wide as `measure` says, value ticks
    /// thinned to the height, date ticks chosen for the width.
    pub fn layout(
        plan: &Plan,
        top: i32,
        (width, height): (i32, i32),
        sizes: &Sizes,
        measure: &Measure,
    ) -> Result<Frame, ChartError> {
        let caption_space = (sizes.tick_font * 1.6).round() as i32;
        let date_labels_height = (sizes.tick_font * 1.4).round() as i32 + sizes.tick_mark + sizes.gap;
        let label_width = |axis: &ValueAxis| -> Result<i32, ChartError> {
            let mut widest = 0;
            for tick in &axis.ticks {
                widest = widest.max(measure(&axis.label(*tick), sizes.tick_font)?);
            }
            Ok(widest as i32 + sizes.tick_mark + 2 * sizes.gap)
        };
        // Value labels need about two and a half lines each; the plot's height is not
        // known exactly until the date axis is, so assume the date caption takes its room.
        let plot_height = height - top - sizes.margin - date_labels_height - caption_space;
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
        let plot_width = width - sizes.margin - right_margin - left_area - right_area;
        let x = DateAxis::new(plan.first, plan.last, f64::from(plot_width), sizes.tick_font);
        let caption = x.caption();
        let bottom_area = date_labels_height + if caption.is_some() { caption_space } else { 0 };
        // Label areas cut from the space inside the margins; sorted, so that labels too
        // wide for a tiny chart squeeze the plot instead of turning it inside out.
        let (x0, x1) = (sizes.margin, width - right_margin);
        let (y0, y1) = (top + sizes.margin / 2, height - sizes.margin / 2);
        let mut xs = [x0, x0 + left_area, x1 - right_area, x1];
        let mut ys = [y0, y1 - bottom_area, y1];
        xs.sort_unstable();
        ys.sort_unstable();
        Ok(Frame {
            plot: PixelRect { left: xs[1], top: ys[0], right: xs[2], bottom: ys[1] },
            outer: (xs[0], xs[3], ys[2]),
            x,
            caption,
            left,
            right,
        })
    }

    /// The column of day number `day`.
    pub fn x_of(&self, day: i32) -> i32 {
        let days = f64::from(self.x.range.start)..f64::from(self.x.range.end);
        pixel(f64::from(day), &days, (self.plot.left, self.plot.right - 1))
    }

    /// The row of axis position `value` on the axis of `side`.
    pub fn y_of(&self, side: Side, value: f64) -> i32 {
        let axis = match (side, &self.right) {
            (Side::Right, Some(right)) => right,
            _ => &self.left,
        };
        pixel(value, &axis.range, (self.plot.bottom - 1, self.plot.top))
    }

    /// The pixel of (day number, axis position) on the axis of `side`.
    pub fn at(&self, side: Side, (day, value): (i32, f64)) -> (i32, i32) {
        (self.x_of(day), self.y_of(side, value))
    }

    /// How many pixels wide a day is.
    pub fn day_width(&self) -> f64 {
        f64::from(self.plot.right - self.plot.left) / f64::from((self.x.range.end - self.x.range.start).max(1))
    }

    /// Draws the captions, the grid, and each axis with its ticks and labels.
    pub fn draw(&self, picture: &mut Picture, sizes: &Sizes, theme: &Theme) {
        let PixelRect { left, top, right, bottom } = self.plot;
        let (outer_left, outer_right, outer_bottom) = self.outer;
        let middle = top + (bottom - top) / 2;
        let (tick, label_gap, thin) = (sizes.tick_mark, 2 * sizes.tick_mark, sizes.thin_line);
        let label = |picture: &mut Picture, text: String, at, anchor, turn| {
            picture.push(Mark::Text(Text { text, at, size: sizes.tick_font, colour: theme.text, anchor, turn }));
        };
        if self.right.is_some() {
            label(
                picture,
                LEFT_CAPTION.into(),
                (outer_left, middle),
                (HAlign::Centre, VAlign::Top),
                Turn::Anticlockwise,
            );
        }
        if let Some(caption) = &self.caption {
            let at = (left + (right - left) / 2, outer_bottom);
            label(picture, caption.clone(), at, (HAlign::Centre, VAlign::Bottom), Turn::None);
        }
        let days: Vec<(i32, String)> = self.x.ticks.iter().map(|day| (self.x_of(*day), self.x.label(*day))).collect();
        let values = |side: Side, axis: &ValueAxis| -> Vec<(i32, String)> {
            axis.ticks.iter().map(|at| (self.y_of(side, *at), axis.label(*at))).collect()
        };
        let lefts = values(Side::Left, &self.left);
        for (x, _) in &days {
            picture.push(Mark::Line { from: (*x, bottom - 1), to: (*x, top), colour: theme.grid, width: thin });
        }
        for (y, _) in &lefts {
            picture.push(Mark::Line { from: (left, *y), to: (right - 1, *y), colour: theme.grid, width: thin });
        }
        picture.path(vec![(left - 1, top), (left - 1, bottom - 1)], theme.axis, thin);
        for (y, text) in lefts {
            label(picture, text, (left - label_gap, y), (HAlign::Right, VAlign::Middle), Turn::None);
            picture.path(vec![(left - 1 - tick, y), (left - 1, y)], theme.axis, thin);
        }
        picture.path(vec![(left, bottom), (right - 1, bottom)], theme.axis, thin);
        for (x, text) in days {
            label(picture, text, (x, bottom + label_gap), (HAlign::Centre, VAlign::Top), Turn::None);
            picture.path(vec![(x, bottom), (x, bottom + tick)], theme.axis, thin);
        }
        if let Some(axis) = &self.right {
            label(picture, RIGHT_CAPTION.into(), (outer_right, middle), (HAlign::Centre, VAlign::Top), Turn::Clockwise);
            picture.path(vec![(right, top), (right, bottom - 1)], theme.axis, thin);
            for (y, text) in values(Side::Right, axis) {
                label(picture, text, (right + label_gap, y), (HAlign::Left, VAlign::Middle), Turn::None);
                picture.path(vec![(right, y), (right + tick, y)], theme.axis, thin);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pixel;

    #[test]
    fn values_land_between_the_edges_upwards_and_downwards() {
        assert_eq!(pixel(0.0, &(0.0..10.0), (100, 200)), 100);
        assert_eq!(pixel(10.0, &(0.0..10.0), (100, 200)), 200);
        assert_eq!(pixel(5.0, &(0.0..10.0), (100, 200)), 150);
        // Rows count down the screen: the bottom of the axis is the larger row.
        assert_eq!(pixel(0.0, &(0.0..10.0), (499, 40)), 499);
        assert_eq!(pixel(10.0, &(0.0..10.0), (499, 40)), 40);
        assert_eq!(pixel(2.5, &(0.0..10.0), (499, 40)), 385);
    }

    #[test]
    fn degenerate_ranges_and_values_stay_on_the_plot() {
        assert_eq!(pixel(3.0, &(1.0..1.0), (0, 50)), 50);
        assert_eq!(pixel(f64::NAN, &(0.0..1.0), (0, 50)), 50);
        assert_eq!(pixel(f64::INFINITY, &(0.0..1.0), (0, 50)), 50);
        assert_eq!(pixel(f64::NEG_INFINITY, &(0.0..1.0), (0, 50)), 0);
    }
}
