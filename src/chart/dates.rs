//! The date (x) axis: x is [`Date::day_number`], ticks fall on days, Mondays, first
//! days of months or first days of years, as sparse as the plot's width needs.

use crate::date::{Date, MONTH_NAMES};
use std::ops::Range;

/// A tick spacing, finest first in [`STEPS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Every n-th day.
    Days(i32),
    /// Every n-th Monday.
    Weeks(i32),
    /// The first of every n-th month (January, and every n months after it).
    Months(u32),
    /// 1 January of years divisible by n.
    Years(i32),
}

/// Candidate spacings, finest first.
const STEPS: [Step; 16] = [
    Step::Days(1),
    Step::Days(2),
    Step::Weeks(1),
    Step::Weeks(2),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(500),
];

/// 1970-01-05, the first Monday of day numbering.
const FIRST_MONDAY: i32 = 4;

impl Step {
    /// The average length of the step in days, to skip steps that are obviously too fine
    /// before listing their ticks.
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => f64::from(n),
            Step::Weeks(n) => f64::from(7 * n),
            Step::Months(n) => 30.44 * f64::from(n),
            Step::Years(n) => 365.25 * f64::from(n),
        }
    }

    /// How wide a label is, in multiples of the font size (with the gap to the next).
    fn label_ems(self) -> f64 {
        match self {
            Step::Days(_) | Step::Weeks(_) => 4.5,
            Step::Months(_) => 6.0,
            Step::Years(_) => 3.5,
        }
    }

    /// The ticks of this step within `range` (inclusive of both ends).
    fn ticks(self, range: &Range<i32>) -> Vec<i32> {
        let aligned = |period: i32, offset: i32| -> Vec<i32> {
            let first = range.start + (offset - range.start).rem_euclid(period);
            (first..=range.end).step_by(period as usize).collect()
        };
        match self {
            Step::Days(n) => aligned(n, 0),
            Step::Weeks(n) => aligned(7 * n, FIRST_MONDAY),
            Step::Months(n) => month_starts(range, |_, month| (month - 1) % n == 0),
            Step::Years(n) => month_starts(range, |year, month| month == 1 && year % n == 0),
        }
    }

    /// The label of the tick on `date`.
    fn label(self, date: Date) -> String {
        let (year, month, day) = date.ymd();
        let month = MONTH_NAMES.get(month as usize - 1).map_or("", |name| &name[..3]);
        match self {
            Step::Days(_) | Step::Weeks(_) => format!("{day} {month}"),
            Step::Months(_) => format!("{month} {year}"),
            Step::Years(_) => year.to_string(),
        }
    }
}

/// The first days of months within `range` that `keep(year, month)` accepts.
fn month_starts(range: &Range<i32>, keep: impl Fn(i32, u32) -> bool) -> Vec<i32> {
    // The padding day of a range can fall just outside the years a Date allows.
    let (Some(start), Some(end)) = (
        Date::from_day_number(range.start).or(Date::from_day_number(range.start + 1)),
        Date::from_day_number(range.end).or(Date::from_day_number(range.end - 1)),
    ) else {
        return Vec::new();
    };
    let (mut year, mut month, _) = start.ymd();
    let mut ticks = Vec::new();
    while (year, month) <= (end.year(), end.ymd().1) {
        if let Some(first) = Date::from_ymd(year, month, 1) {
            if (range.start..=range.end).contains(&first.day_number()) && keep(year, month) {
                ticks.push(first.day_number());
            }
        }
        (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    }
    ticks
}

/// A date axis: its range of day numbers and where its labelled ticks are.
#[derive(Clone, Debug, PartialEq)]
pub struct DateAxis {
    /// Day numbers shown: a day of padding on each side of the data, so a bar or
    /// marker on the first and last day is whole and a single day is a range.
    pub range: Range<i32>,
    /// Labelled ticks, ascending, within `range` (either end included).
    pub ticks: Vec<i32>,
    step: Step,
}

impl DateAxis {
    /// The axis for data from `first` to `last`, drawn `width` pixels wide with tick
    /// labels in a `font_size` pixel font.
    pub fn new(first: Date, last: Date, width: f64, font_size: f64) -> DateAxis {
        let range = first.day_number() - 1..last.day_number() + 1;
        let span = f64::from(range.end - range.start);
        let fits = |step: Step| ((width / (step.label_ems() * font_size)).floor() as usize).max(1);
        let chosen = STEPS.iter().find_map(|step| {
            if span / step.approx_days() > fits(*step) as f64 + 1.0 {
                return None;
            }
            let ticks = step.ticks(&range);
            (ticks.len() <= fits(*step) && !ticks.is_empty()).then_some((*step, ticks))
        });
        let (step, ticks) = chosen.unwrap_or_else(|| {
            // No step fits (a very narrow plot, or a span of centuries): label the first
            // day only, which every span has.
            (Step::Days(1), vec![first.day_number()])
        });
        DateAxis { range, ticks, step }
    }

    /// The label of the tick at day number `day`: "3 May", "May 2026" or "2026".
    pub fn label(&self, day: i32) -> String {
        Date::from_day_number(day).map(|date| self.step.label(date)).unwrap_or_default()
    }

    /// What the tick labels leave out: the year(s) of day-and-month labels
    /// ("2026", "2025–2026"); `None` when the labels carry the year.
    pub fn caption(&self) -> Option<String> {
        if !matches!(self.step, Step::Days(_) | Step::Weeks(_)) {
            return None;
        }
        let year = |day: i32| Date::from_day_number(day).map(Date::year);
        let first = year(*self.ticks.first()?)?;
        let last = year(*self.ticks.last()?)?;
        Some(if first == last { first.to_string() } else { format!("{first}\u{2013}{last}") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn labels(axis: &DateAxis) -> Vec<String> {
        axis.ticks.iter().map(|t| axis.label(*t)).collect()
    }

    #[test]
    fn a_single_day_gets_a_range_and_its_own_label() {
        let may3 = day(2026, 5, 3);
        let axis = DateAxis::new(may3, may3, 600.0, 12.0);
        assert!(axis.range.start < may3.day_number() && may3.day_number() < axis.range.end);
        assert!(labels(&axis).contains(&"3 May".to_string()), "{axis:?}");
        assert_eq!(axis.caption().as_deref(), Some("2026"));
    }

    #[test]
    fn a_week_is_labelled_day_by_day() {
        let axis = DateAxis::new(day(2026, 5, 1), day(2026, 5, 7), 600.0, 12.0);
        assert_eq!(labels(&axis), ["30 Apr", "1 May", "2 May", "3 May", "4 May", "5 May", "6 May", "7 May", "8 May"]);
    }

    #[test]
    fn two_months_in_a_narrow_plot_are_labelled_by_week_on_mondays() {
        let axis = DateAxis::new(day(2026, 4, 1), day(2026, 5, 31), 500.0, 12.0);
        assert!(axis.ticks.len() >= 3, "{axis:?}");
        for tick in &axis.ticks {
            let date = Date::from_day_number(*tick).unwrap();
            assert_eq!(date.weekday(), crate::date::Weekday::Monday);
        }
    }

    #[test]
    fn two_years_are_labelled_by_month_and_year() {
        let axis = DateAxis::new(day(2024, 6, 10), day(2026, 6, 9), 700.0, 12.0);
        let labels = labels(&axis);
        assert!(labels.len() >= 3 && labels.len() <= 10, "{labels:?}");
        assert!(labels.iter().all(|l| l.len() == 8), "{labels:?}");
        assert!(labels.contains(&"Jan 2025".to_string()), "{labels:?}");
        assert_eq!(axis.caption(), None);
    }

    #[test]
    fn a_year_boundary_shows_in_the_caption() {
        let axis = DateAxis::new(day(2025, 12, 28), day(2026, 1, 3), 600.0, 12.0);
        assert_eq!(axis.caption().as_deref(), Some("2025\u{2013}2026"));
    }

    #[test]
    fn centuries_and_tiny_plots_still_get_a_label() {
        let axis = DateAxis::new(day(1000, 1, 1), day(9999, 12, 31), 600.0, 12.0);
        assert!(!axis.ticks.is_empty() && axis.ticks.len() <= 50, "{axis:?}");
        let axis = DateAxis::new(day(2026, 1, 10), day(2026, 1, 20), 5.0, 12.0);
        assert_eq!(axis.ticks.len(), 1, "{axis:?}");
        assert!(axis.range.contains(&axis.ticks[0]));
    }
}
