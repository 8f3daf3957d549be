//! The 7-day average of a daily count, as dashboards draw over the daily bars to
//! smooth out reporting weekdays. Only days with a count on each of the seven days
//! ending there get an average: a missing day is never filled in or interpolated.

use crate::date::Date;
use crate::series::Point;

/// How many consecutive days an average spans.
pub const AVERAGE_DAYS: usize = 7;

/// The 7-day average ending on each day that has a point on it and on each of the six
/// days before, in date order. `points` must be one per day in date order (as a
/// [`crate::series::Series`] holds them). Fewer than seven consecutive days give none.
pub fn seven_day_average(points: &[Point]) -> Vec<(Date, f64)> {
    points
        .windows(AVERAGE_DAYS)
        .filter(|week| week[AVERAGE_DAYS - 1].date.days_since(week[0].date) == AVERAGE_DAYS as i32 - 1)
        .map(|week| {
            // u128 holds seven u64 values without overflow; the mean then fits an f64.
            let sum: u128 = week.iter().map(|point| u128::from(point.value)).sum();
            (week[AVERAGE_DAYS - 1].date, sum as f64 / AVERAGE_DAYS as f64)
        })
        .collect()
}

/// `averages` cut into runs of consecutive days: one line each, so that a gap in the
/// averages stays a gap in the drawing.
pub fn consecutive_runs(averages: &[(Date, f64)]) -> Vec<&[(Date, f64)]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=averages.len() {
        if i == averages.len() || averages[i].0.days_since(averages[i - 1].0) != 1 {
            runs.push(&averages[start..i]);
            start = i;
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::series::Status;

    /// Points on March days `days` (one-based) with `values`.
    fn points(days: &[u32], values: &[u64]) -> Vec<Point> {
        days.iter()
            .zip(values)
            .map(|(day, value)| Point::new(Date::from_ymd(2026, 3, *day).unwrap(), *value, Status::Reported))
            .collect()
    }

    fn day(day: u32) -> Date {
        Date::from_ymd(2026, 3, day).unwrap()
    }

    #[test]
    fn seven_consecutive_days_give_one_average_each_further_day_another() {
        let week = points(&[1, 2, 3, 4, 5, 6, 7, 8], &[10, 20, 30, 40, 50, 60, 70, 150]);
        assert_eq!(seven_day_average(&week), [(day(7), 40.0), (day(8), 60.0)]);
    }

    #[test]
    fn six_days_or_a_gap_inside_the_week_give_no_average() {
        assert!(seven_day_average(&points(&[1, 2, 3, 4, 5, 6], &[1; 6])).is_empty());
        // Seven points, but 4 March is missing: not seven consecutive days.
        assert!(seven_day_average(&points(&[1, 2, 3, 5, 6, 7, 8], &[1; 7])).is_empty());
        assert!(seven_day_average(&[]).is_empty());
    }

    #[test]
    fn a_gap_splits_the_averages_into_runs_and_is_not_bridged() {
        let days: Vec<u32> = (1..=8).chain(10..=17).collect();
        let averages = seven_day_average(&points(&days, &[7; 16]));
        // 7 and 8 March, then 16 and 17 March: 9 March breaks every week through the 15th.
        assert_eq!(averages.iter().map(|(date, _)| *date).collect::<Vec<_>>(), [day(7), day(8), day(16), day(17)]);
        let runs = consecutive_runs(&averages);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1], [(day(16), 7.0), (day(17), 7.0)]);
        assert!(consecutive_runs(&[]).is_empty());
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let averages = seven_day_average(&points(&[1, 2, 3, 4, 5, 6, 7], &[u64::MAX; 7]));
        assert_eq!(averages[0].1, u64::MAX as f64);
    }
}
