//! What goes where, decided before any pixel is drawn: which series the view shows,
//! on which value axis, as bars or lines, their 7-day averages and doubling-time
//! lines, and what the axes span.

use super::average::{consecutive_runs, seven_day_average};
use super::growth::{growth, Growth};
use super::values::{ValueAxis, ValueScale};
use super::ChartOptions;
use crate::date::Date;
use crate::figure::Kind;
use crate::series::{Series, Status};

/// Shown when there is no dated point at all.
pub const NO_FIGURES: &str = "No dated figures yet";
/// Shown when every series with points is hidden.
pub const ALL_HIDDEN: &str = "Every series is hidden";
/// Shown when the log scale is on and every visible value is zero.
pub const NOTHING_ON_LOG_SCALE: &str = "Nothing to show on a log scale: every value is zero";

/// When the largest total and the largest new value differ by this factor or more on a
/// linear axis, totals get their own axis: otherwise the smaller kind would be a flat
/// line under a tenth of the plot's height.
const SPLIT_RATIO: u64 = 10;

/// A series whose largest value is below this fraction of its axis lies flat along the
/// bottom of a linear axis.
const FLAT_FRACTION: f64 = 1.0 / 50.0;

/// Which value axis a series is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The axis on the left (everything, unless totals are split off).
    Left,
    /// The axis on the right, for totals split off from new counts.
    Right,
}

/// One point as placed in axis coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisPoint {
    /// Index into the series' points.
    pub index: usize,
    /// Day number (x).
    pub day: i32,
    /// Position on the series' value axis (y).
    pub value: f64,
    /// The point's value itself.
    pub count: u64,
    /// Whether sources disagree about the value.
    pub conflict: bool,
    /// Whether no article states it: computed from other points (drawn hollow).
    pub derived: bool,
}

/// A series that will be drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn<'a> {
    /// Index into the slice given to `draw` (and the colour index).
    pub index: usize,
    /// The series.
    pub series: &'a Series,
    /// Its value axis.
    pub side: Side,
    /// For a new-kind series, drawn as bars: its place among the bar series
    /// (`slot` of `of`), so bars on the same day stand side by side.
    pub bar: Option<BarSlot>,
    /// The points the axis can show (all of them, except zeros on a log axis).
    pub points: Vec<AxisPoint>,
    /// The 7-day average line of a bar series in a view that averages: runs of
    /// consecutive days as (day, axis position); empty when no week is complete.
    pub average: Vec<Line>,
    /// The "doubles every N days" line of a running total, when asked for and the
    /// last week allows one.
    pub doubling: Option<Doubling>,
}

/// A line through consecutive days, as (day number, axis position).
pub type Line = Vec<(i32, f64)>;

/// A doubling-time reference line: the pace of the last week, drawn back across the
/// chart to the latest total.
#[derive(Clone, Debug, PartialEq)]
pub struct Doubling {
    /// The measured growth (and its read-out).
    pub growth: Growth,
    /// Where the line runs.
    pub line: Line,
}

/// A bar series' place among the bar series sharing each day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BarSlot {
    /// 0 for the leftmost bar of a day.
    pub slot: usize,
    /// How many bar series there are.
    pub of: usize,
}

/// Everything decided about a chart that has something to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan<'a> {
    /// The drawn series, in slice order; each has at least one point.
    pub drawn: Vec<Drawn<'a>>,
    /// The earliest day of any drawn point.
    pub first: Date,
    /// The latest day of any drawn point.
    pub last: Date,
    /// The left value axis.
    pub left: ValueAxis,
    /// The right value axis, when totals are split off.
    pub right: Option<ValueAxis>,
    /// Whether some drawn point is a conflict (the legend then explains the ring).
    pub has_conflicts: bool,
    /// Whether some series lies flat along the bottom of a linear axis.
    pub log_scale_suggested: bool,
}

impl Plan<'_> {
    /// The axis of `side`.
    pub fn axis(&self, side: Side) -> &ValueAxis {
        match (side, &self.right) {
            (Side::Right, Some(right)) => right,
            _ => &self.left,
        }
    }
}

/// Decides what to draw, or returns the message to show instead.
pub fn plan<'a>(series: &'a [Series], options: &ChartOptions) -> Result<Plan<'a>, &'static str> {
    if series.iter().all(|s| s.points.is_empty()) {
        return Err(NO_FIGURES);
    }
    let in_view: Vec<(usize, &Series)> =
        series.iter().enumerate().filter(|(_, s)| !s.points.is_empty() && options.view.includes(&s.key)).collect();
    if in_view.is_empty() {
        return Err(options.view.empty_message());
    }
    let visible: Vec<(usize, &Series)> =
        in_view.into_iter().filter(|(_, s)| !options.hidden.contains(&s.key)).collect();
    if visible.is_empty() {
        return Err(ALL_HIDDEN);
    }
    let scale = if options.log_scale { ValueScale::Log10 } else { ValueScale::Linear };
    let largest = |kind: Kind| {
        visible.iter().filter(|(_, s)| s.key.kind == kind).flat_map(|(_, s)| s.points.iter().map(|p| p.value)).max()
    };
    let split = match (scale, largest(Kind::New), largest(Kind::Total)) {
        (ValueScale::Linear, Some(new), Some(total)) => new.max(total) / new.min(total).max(1) >= SPLIT_RATIO,
        _ => false,
    };
    let mut drawn: Vec<Drawn> = visible
        .into_iter()
        .map(|(index, s)| Drawn {
            index,
            series: s,
            side: if split && s.key.kind == Kind::Total { Side::Right } else { Side::Left },
            bar: None,
            points: placed(s, scale),
            average: Vec::new(),
            doubling: None,
        })
        .filter(|d| !d.points.is_empty())
        .collect();
    if drawn.is_empty() {
        return Err(NOTHING_ON_LOG_SCALE);
    }
    let bars = drawn.iter().filter(|d| d.series.key.kind == Kind::New).count();
    for (slot, d) in drawn.iter_mut().filter(|d| d.series.key.kind == Kind::New).enumerate() {
        d.bar = Some(BarSlot { slot, of: bars });
    }
    let values = |side: Option<Side>| {
        drawn
            .iter()
            .filter(move |d| side.is_none_or(|side| d.side == side))
            .flat_map(|d| d.points.iter().map(|p| p.count))
    };
    let axis_for = |side: Side| match scale {
        ValueScale::Linear => ValueAxis::linear(values(Some(side)).max().unwrap_or(0)),
        ValueScale::Log10 => ValueAxis::log(values(None).min().unwrap_or(1), values(None).max().unwrap_or(1)),
    };
    let left = axis_for(Side::Left);
    let right = split.then(|| axis_for(Side::Right));
    let days = || drawn.iter().flat_map(|d| d.points.iter().map(|p| p.day));
    let (first, last) =
        match (days().min().and_then(Date::from_day_number), days().max().and_then(Date::from_day_number)) {
            (Some(first), Some(last)) => (first, last),
            _ => return Err(NO_FIGURES),
        };
    let mut plan = Plan {
        first,
        last,
        left,
        right,
        has_conflicts: drawn.iter().any(|d| d.points.iter().any(|p| p.conflict)),
        log_scale_suggested: false,
        drawn: Vec::new(),
    };
    plan.log_scale_suggested = scale == ValueScale::Linear
        && drawn.iter().any(|d| {
            let top = d.points.iter().map(|p| p.value).fold(0.0, f64::max);
            top > 0.0 && top < plan.axis(d.side).range.end * FLAT_FRACTION
        });
    for d in &mut drawn {
        let axis = plan.axis(d.side);
        if d.bar.is_some() && options.view.averages() {
            let averages = seven_day_average(&d.series.points);
            let runs = consecutive_runs(&averages);
            d.average = runs.iter().flat_map(|run| line(run.iter().copied(), axis)).collect();
        }
        if options.doubling_lines && options.view.doubling_lines() && d.series.key.kind == Kind::Total {
            d.doubling = doubling(d.series, first, axis);
        }
    }
    plan.drawn = drawn;
    Ok(plan)
}

/// The doubling-time line of the running total `series`, from the chart's `first`
/// day to its latest total, where its last week gives a doubling time.
fn doubling(series: &Series, first: Date, axis: &ValueAxis) -> Option<Doubling> {
    let growth = growth(&series.points)?;
    growth.doubling_days()?;
    let days = (first.day_number()..=growth.to.day_number()).filter_map(Date::from_day_number);
    let line = line(days.map(|day| (day, growth.value_on(day))), axis).pop()?;
    Some(Doubling { growth, line })
}

/// Values on consecutive days as lines on `axis`: a value the axis cannot show (zero
/// on a log axis, below its bottom decade) breaks the line rather than bending it.
fn line(values: impl Iterator<Item = (Date, f64)>, axis: &ValueAxis) -> Vec<Line> {
    let mut lines: Vec<Line> = vec![Vec::new()];
    for (date, value) in values {
        let shown = axis.scale.position_of(value).filter(|at| axis.range.contains(at) || *at == axis.range.end);
        match (shown, lines.last_mut()) {
            (Some(at), Some(current)) => current.push((date.day_number(), at)),
            _ => lines.push(Vec::new()),
        }
    }
    lines.retain(|line| !line.is_empty());
    lines
}

/// The points of `series` that `scale` can show, in axis coordinates.
fn placed(series: &Series, scale: ValueScale) -> Vec<AxisPoint> {
    series
        .points
        .iter()
        .enumerate()
        .filter_map(|(index, point)| {
            Some(AxisPoint {
                index,
                day: point.date.day_number(),
                value: scale.position(point.value)?,
                count: point.value,
                conflict: point.status == Status::Conflict,
                derived: point.status == Status::Derived,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Metric;
    use crate::series::{Point, SeriesKey};

    fn series(kind: Kind, metric: Metric, values: &[u64]) -> Series {
        let start = Date::from_ymd(2026, 3, 1).unwrap();
        Series {
            key: SeriesKey { metric, kind, subject: None, location: None },
            points: values
                .iter()
                .enumerate()
                .map(|(day, value)| Point::new(start.add_days(day as i32).unwrap(), *value, Status::Reported))
                .collect(),
        }
    }

    #[test]
    fn totals_move_to_the_right_axis_only_when_they_dwarf_the_new_counts() {
        let close = [series(Kind::New, Metric::Cases, &[40, 60]), series(Kind::Total, Metric::Cases, &[300, 360])];
        let together = plan(&close, &ChartOptions::default()).unwrap();
        assert!(together.right.is_none());
        assert!(together.drawn.iter().all(|d| d.side == Side::Left));

        let far = [series(Kind::New, Metric::Cases, &[40, 60]), series(Kind::Total, Metric::Cases, &[30_000, 30_060])];
        let split = plan(&far, &ChartOptions::default()).unwrap();
        assert_eq!(split.drawn[1].side, Side::Right);
        assert!(split.right.as_ref().unwrap().range.end >= 30_060.0);
        assert!(split.left.range.end < 1_000.0);

        let log = ChartOptions { log_scale: true, ..ChartOptions::default() };
        assert!(plan(&far, &log).unwrap().right.is_none());
    }

    #[test]
    fn bar_series_share_each_day_side_by_side() {
        let input = [
            series(Kind::New, Metric::Cases, &[40]),
            series(Kind::Total, Metric::Cases, &[45]),
            series(Kind::New, Metric::Deaths, &[2]),
        ];
        let bars = plan(&input, &ChartOptions::default()).unwrap();
        let slots: Vec<Option<BarSlot>> = bars.drawn.iter().map(|d| d.bar).collect();
        assert_eq!(slots, [Some(BarSlot { slot: 0, of: 2 }), None, Some(BarSlot { slot: 1, of: 2 })]);
    }

    #[test]
    fn a_series_flat_on_a_linear_axis_suggests_the_log_scale() {
        let input = [series(Kind::New, Metric::Cases, &[40_000, 52_000]), series(Kind::New, Metric::Deaths, &[12, 30])];
        assert!(plan(&input, &ChartOptions::default()).unwrap().log_scale_suggested);
        let comparable =
            [series(Kind::New, Metric::Cases, &[400, 520]), series(Kind::New, Metric::Deaths, &[120, 300])];
        assert!(!plan(&comparable, &ChartOptions::default()).unwrap().log_scale_suggested);
    }

    #[test]
    fn the_date_span_covers_only_drawn_points() {
        let input =
            [series(Kind::New, Metric::Cases, &[0, 0, 5, 0]), series(Kind::Total, Metric::Deaths, &[0, 0, 0, 0])];
        let log = ChartOptions { log_scale: true, ..ChartOptions::default() };
        let plan = plan(&input, &log).unwrap();
        assert_eq!(plan.drawn.len(), 1, "the all-zero series has nothing to show");
        assert_eq!(plan.first, plan.last);
        assert_eq!(plan.first, Date::from_ymd(2026, 3, 3).unwrap());
    }
}
