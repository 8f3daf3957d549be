//! Growth read-outs of a running total, as outbreak dashboards give them: the
//! day-on-day growth and the doubling time over the last week, and the reference line
//! "doubles every N days" they imply.
//!
//! The last week is measured from the latest total back to the earliest total at
//! least [`MIN_SPAN_DAYS`] and at most [`WINDOW_DAYS`] days before it: news reports
//! skip days, and a rate over fewer days says more about rounding than about growth.

use crate::date::Date;
use crate::series::Point;

/// How far back the growth is measured from the latest total.
pub const WINDOW_DAYS: i32 = 7;
/// The shortest span a growth rate is computed over.
pub const MIN_SPAN_DAYS: i32 = 4;
/// Doubling slower than this is no growth worth a line ("doubles every 3,000 days").
pub const MAX_DOUBLING_DAYS: f64 = 365.0;

/// The growth of a running total over its last week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    /// The day the growth is measured from.
    pub from: Date,
    /// The total on that day (never zero).
    pub from_value: u64,
    /// The latest day of the series.
    pub to: Date,
    /// The latest total.
    pub to_value: u64,
}

/// The growth of the running total `points` (one per day, in date order) over its
/// last week, or `None` when the data is too sparse: no total between
/// [`WINDOW_DAYS`] and [`MIN_SPAN_DAYS`] days before the latest one, or a zero there.
pub fn growth(points: &[Point]) -> Option<Growth> {
    let last = points.last()?;
    let first = points.iter().find(|point| {
        let back = last.date.days_since(point.date);
        (MIN_SPAN_DAYS..=WINDOW_DAYS).contains(&back)
    })?;
    (first.value > 0).then_some(Growth {
        from: first.date,
        from_value: first.value,
        to: last.date,
        to_value: last.value,
    })
}

impl Growth {
    /// Days between the two totals (at least [`MIN_SPAN_DAYS`]).
    fn span(&self) -> f64 {
        f64::from(self.to.days_since(self.from))
    }

    /// How many times the total grew over the span.
    fn ratio(&self) -> f64 {
        self.to_value as f64 / self.from_value as f64
    }

    /// The average day-on-day growth, compounded: 0.1 is 10% more each day; negative
    /// when the total fell (which a running total should not).
    pub fn daily_rate(&self) -> f64 {
        self.ratio().powf(1.0 / self.span()) - 1.0
    }

    /// The days the total takes to double at this pace, or `None` when it does not
    /// grow, or so slowly that it would take more than [`MAX_DOUBLING_DAYS`].
    pub fn doubling_days(&self) -> Option<f64> {
        let days = self.span() * std::f64::consts::LN_2 / self.ratio().ln();
        (days.is_finite() && days > 0.0 && days <= MAX_DOUBLING_DAYS).then_some(days)
    }

    /// The total this pace gives on `date` (before or after the measured span).
    pub fn value_on(&self, date: Date) -> f64 {
        let days = f64::from(date.days_since(self.to));
        self.to_value as f64 * (1.0 + self.daily_rate()).powf(days)
    }

    /// The read-out for people: "doubles every 4.5 days (+16.7% a day)", or the
    /// day-on-day growth alone when there is no doubling to speak of.
    pub fn describe(&self) -> String {
        let rate = format!("{:+.1}% a day", self.daily_rate() * 100.0);
        match self.doubling_days() {
            Some(days) => format!("doubles every {} ({rate})", days_text(days)),
            None => rate,
        }
    }
}

/// "4.5 days" below ten days, "12 days" above, "1 day".
fn days_text(days: f64) -> String {
    let number = if days < 10.0 { format!("{days:.1}") } else { format!("{days:.0}") };
    let number = number.strip_suffix(".0").unwrap_or(&number).to_string();
    if number == "1" {
        "1 day".to_string()
    } else {
        format!("{number} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::series::Status;

    /// Totals on March days `days` with `values`.
    fn totals(days: &[u32], values: &[u64]) -> Vec<Point> {
        days.iter()
            .zip(values)
            .map(|(day, value)| Point::new(Date::from_ymd(2026, 3, *day).unwrap(), *value, Status::Reported))
            .collect()
    }

    #[test]
    fn a_total_doubling_over_the_week_doubles_every_seven_days() {
        let week = totals(&[1, 4, 8], &[1_000, 1_400, 2_000]);
        let growth = growth(&week).unwrap();
        assert_eq!((growth.from_value, growth.to_value), (1_000, 2_000));
        assert!((growth.doubling_days().unwrap() - 7.0).abs() < 1e-9);
        // 2^(1/7) = 1.104...: about 10.4% a day.
        assert!((growth.daily_rate() - 0.104_089_5).abs() < 1e-6, "{}", growth.daily_rate());
        assert_eq!(growth.describe(), "doubles every 7 days (+10.4% a day)");
    }

    #[test]
    fn the_week_starts_at_the_earliest_total_within_seven_days() {
        // 1 March is eight days before the last total: outside the week; 3 March is in.
        let points = totals(&[1, 3, 5, 9], &[100, 1_000, 1_500, 4_000]);
        let growth = growth(&points).unwrap();
        assert_eq!(growth.from, Date::from_ymd(2026, 3, 3).unwrap());
        // Quadrupled over six days: doubles every three.
        assert!((growth.doubling_days().unwrap() - 3.0).abs() < 1e-9);
        assert_eq!(growth.describe(), "doubles every 3 days (+26.0% a day)");
        assert!((growth.value_on(Date::from_ymd(2026, 3, 6).unwrap()) - 2_000.0).abs() < 1e-6);
    }

    #[test]
    fn too_sparse_or_starting_from_zero_gives_nothing() {
        assert_eq!(growth(&[]), None);
        assert_eq!(growth(&totals(&[8], &[500])), None);
        // Only three days back: too short a span.
        assert_eq!(growth(&totals(&[5, 6, 7, 8], &[500, 600, 700, 800])), None);
        // Ten days back: too long ago.
        assert_eq!(growth(&totals(&[1, 11], &[500, 800])), None);
        assert_eq!(growth(&totals(&[1, 8], &[0, 800])), None);
    }

    #[test]
    fn a_flat_or_falling_total_has_a_rate_but_no_doubling_time() {
        let flat = growth(&totals(&[1, 8], &[800, 800])).unwrap();
        assert_eq!(flat.daily_rate(), 0.0);
        assert_eq!(flat.doubling_days(), None);
        assert_eq!(flat.describe(), "+0.0% a day");
        let falling = growth(&totals(&[1, 8], &[800, 700])).unwrap();
        assert!(falling.daily_rate() < 0.0);
        assert_eq!(falling.doubling_days(), None);
        // 1% over a week doubles in about 490 days: too slow to draw.
        assert_eq!(growth(&totals(&[1, 8], &[1_000, 1_010])).unwrap().doubling_days(), None);
    }

    #[test]
    fn days_read_naturally() {
        assert_eq!(days_text(1.0), "1 day");
        assert_eq!(days_text(4.54), "4.5 days");
        assert_eq!(days_text(12.4), "12 days");
    }
}
