//! Figures from many articles -> daily series.
//!
//! A series is one (metric, kind, subject, location): fever cases are not confirmed
//! cases, Pyongyang is not the country. Within a series there is one point per day.
//! The same fact from several articles (or said twice in one) is one point listing
//! all its sources; a rounded restatement agrees with the precise value; values
//! that disagree beyond rounding make a conflict, resolved by a stated rule and
//! flagged.

use crate::date::Date;
use crate::figure::{Approx, Figure, Kind, Metric, Subject};
use serde::Serialize;
use std::collections::BTreeMap;

/// What separates one series from another.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
pub struct SeriesKey {
    /// What is counted.
    pub metric: Metric,
    /// New over a period, or a running total.
    pub kind: Kind,
    /// The case-status word (fever, confirmed, ...), if any.
    pub subject: Option<Subject>,
    /// The place below the main geography, if any.
    pub location: Option<String>,
}

impl SeriesKey {
    /// The key a figure belongs to.
    pub fn of(figure: &Figure) -> SeriesKey {
        SeriesKey {
            metric: figure.metric,
            kind: figure.kind,
            subject: figure.subject,
            location: figure.location.clone(),
        }
    }

    /// A short label for legends and tables: "new fever cases, Pyongyang".
    pub fn label(&self) -> String {
        let mut label = String::from(self.kind.name());
        if let Some(subject) = self.subject {
            label.push(' ');
            label.push_str(subject.name());
        }
        label.push(' ');
        label.push_str(self.metric.name());
        if let Some(location) = &self.location {
            label.push_str(", ");
            label.push_str(location);
        }
        label
    }
}

/// Where a point's value came from.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated by at least one article, and no article disagrees.
    Reported,
    /// Articles disagree beyond rounding; the value is the one the rule chose.
    Conflict,
}

impl Status {
    /// The name used in CSV and JSON ("reported").
    pub fn name(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Conflict => "conflict",
        }
    }
}

/// One figure of one article: `articles[article][figure]` in [`assemble`]'s input.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
pub struct SourceRef {
    /// Index of the article.
    pub article: usize,
    /// Index of the figure within that article.
    pub figure: usize,
}

/// A figure that stated a different value for the same day than the point's value.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct OtherValue {
    /// Where it was stated.
    pub source: SourceRef,
    /// What it said.
    pub value: u64,
    /// How it qualified the value.
    pub approx: Option<Approx>,
}

/// One day of one series.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Point {
    /// The day.
    pub date: Date,
    /// The value: the most precise statement, or the one the conflict rule chose.
    pub value: u64,
    /// Reported or conflict.
    pub status: Status,
    /// The figures that stated `value` (several articles may state it).
    pub sources: Vec<SourceRef>,
    /// Rounded or qualified statements that are consistent with `value`.
    pub agreeing: Vec<OtherValue>,
    /// Statements that contradict `value` beyond rounding.
    pub conflicting: Vec<OtherValue>,
}

/// The points of one series, in date order.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Series {
    /// Which series this is.
    pub key: SeriesKey,
    /// One point per day, earliest first.
    pub points: Vec<Point>,
}

/// Merges the figures of several articles into series. `articles[i]` is the figure
/// list of article `i`; the result is sorted by key, points by date. Figures without
/// a date cannot be placed and are left out (the UI lists them as undated).
pub fn assemble(articles: &[&[Figure]]) -> Vec<Series> {
    let mut by_day: BTreeMap<SeriesKey, BTreeMap<Date, Vec<SourceRef>>> = BTreeMap::new();
    for (article, figures) in articles.iter().enumerate() {
        for (index, figure) in figures.iter().enumerate() {
            let Some(date) = figure.date else { continue };
            by_day
                .entry(SeriesKey::of(figure))
                .or_default()
                .entry(date)
                .or_default()
                .push(SourceRef { article, figure: index });
        }
    }
    by_day
        .into_iter()
        .map(|(key, days)| Series {
            key,
            points: days.into_iter().map(|(date, sources)| merge_day(date, &sources, articles)).collect(),
        })
        .collect()
}

/// One day's statements -> one point.
fn merge_day(date: Date, sources: &[SourceRef], articles: &[&[Figure]]) -> Point {
    let figure = |source: &SourceRef| &articles[source.article][source.figure];
    // The chosen statement: exact before qualified, finer precision first, then the
    // later article (articles are in the order the user added them).
    let chosen = sources
        .iter()
        .max_by_key(|source| {
            let f = figure(source);
            (f.approx.is_none(), std::cmp::Reverse(f.precision), source.article)
        })
        .copied()
        .expect("a day has at least one statement");
    let value = figure(&chosen).value;
    let mut point = Point {
        date,
        value,
        status: Status::Reported,
        sources: Vec::new(),
        agreeing: Vec::new(),
        conflicting: Vec::new(),
    };
    for source in sources {
        let f = figure(source);
        let other = OtherValue { source: *source, value: f.value, approx: f.approx };
        if f.value == value && f.approx == figure(&chosen).approx {
            point.sources.push(*source);
        } else if f.agrees_with(value) {
            point.agreeing.push(other);
        } else {
            point.conflicting.push(other);
        }
    }
    if !point.conflicting.is_empty() {
        point.status = Status::Conflict;
    }
    point
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Span;

    fn figure(kind: Kind, value: u64, precision: u64, approx: Option<Approx>, day: u32) -> Figure {
        Figure {
            metric: Metric::Cases,
            kind,
            value,
            max: None,
            period_days: None,
            date: Date::from_ymd(2030, 3, day),
            approx,
            precision,
            location: None,
            subject: None,
            text: String::new(),
            start: 0,
            end: 0,
            sentence: Span { start: 0, end: 0 },
            explain: Vec::new(),
            restates: None,
        }
    }

    #[test]
    fn a_rounded_restatement_agrees_with_the_precise_value() {
        let precise = [figure(Kind::Total, 1_722_500, 100, None, 4)];
        let rounded = [
            figure(Kind::Total, 1_700_000, 100_000, Some(Approx::MoreThan), 4),
            figure(Kind::Total, 1_720_000, 10_000, None, 4),
        ];
        let series = assemble(&[&rounded, &precise]);
        assert_eq!(series.len(), 1);
        let point = &series[0].points[0];
        assert_eq!(point.value, 1_722_500);
        assert_eq!(point.status, Status::Reported);
        assert_eq!(point.sources, vec![SourceRef { article: 1, figure: 0 }]);
        assert_eq!(point.agreeing.len(), 2);
    }

    #[test]
    fn values_that_disagree_beyond_rounding_are_a_flagged_conflict() {
        let first = [figure(Kind::New, 5_120, 10, None, 4)];
        let second = [figure(Kind::New, 5_870, 10, None, 4)];
        let series = assemble(&[&first, &second]);
        let point = &series[0].points[0];
        assert_eq!(point.status, Status::Conflict);
        // Same precision and both exact: the later article wins.
        assert_eq!(point.value, 5_870);
        assert_eq!(point.conflicting[0].value, 5_120);
    }

    #[test]
    fn new_and_total_figures_are_separate_series_in_date_order() {
        let figures = [
            figure(Kind::Total, 900, 1, None, 6),
            figure(Kind::New, 40, 1, None, 6),
            figure(Kind::Total, 860, 1, None, 5),
        ];
        let series = assemble(&[&figures]);
        assert_eq!(series.len(), 2);
        let totals = series.iter().find(|s| s.key.kind == Kind::Total).unwrap();
        let days: Vec<u64> = totals.points.iter().map(|p| p.value).collect();
        assert_eq!(days, vec![860, 900]);
    }

    #[test]
    fn undated_figures_are_left_out() {
        let mut undated = figure(Kind::New, 12, 1, None, 1);
        undated.date = None;
        assert!(assemble(&[&[undated]]).is_empty());
    }
}
