//! Figures from many articles -> daily series.
//!
//! A series is one (metric, kind, subject, location): fever cases are not confirmed
//! cases, Pyongyang is not the country. Within a series there is one point per day.
//! [`assemble`] builds them in three steps, one module each:
//!
//! - `merge`: the same fact from several articles (or said twice in one) is one point
//!   listing all its sources; a rounded restatement agrees with the precise value;
//!   values that disagree beyond rounding make a conflict, resolved by a stated rule.
//! - `derive`: daily new counts from consecutive totals, and totals from a known total
//!   plus later daily counts, marked [`Status::Derived`]; they fill gaps only.
//! - `checks`: consistency checks between the new and total series of one count,
//!   flagged on the point ([`Flag`]).
//!
//! [`csv`] writes the series as CSV, for the CLI and the page's download alike.

mod checks;
pub mod csv;
mod derive;
mod merge;

use crate::date::Date;
use crate::figure::{Approx, Figure, Kind, Metric, Subject};
use crate::sorted_map::SortedMap;
use serde::Serialize;

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

    /// The same count with the other kind: the totals of a new series and back.
    pub fn with_kind(&self, kind: Kind) -> SeriesKey {
        SeriesKey { kind, ..self.clone() }
    }

    /// Whether the totals of this count only ever grow, so that new counts are their
    /// differences. Active cases and people in hospital are stocks that also shrink
    /// (and "hospitalised" in the news is as often a stock as a running count), so
    /// they are neither derived nor checked.
    pub fn accumulates(&self) -> bool {
        !matches!(self.metric, Metric::Active | Metric::Hospitalized)
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
    /// Articles disagree beyond rounding; the value is the one the rule chose (the
    /// more precise statement, then the later article).
    Conflict,
    /// No article states it: computed from other points of the same count (listed in
    /// [`Point::derived_from`]). Never takes the place of a stated value.
    Derived,
}

impl Status {
    /// The name used in CSV and JSON ("reported").
    pub fn name(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Conflict => "conflict",
            Status::Derived => "derived",
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

/// Another point of the same metric, subject and location that a derived point was
/// computed from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
pub struct PointRef {
    /// New or total.
    pub kind: Kind,
    /// Its day.
    pub date: Date,
    /// Its value.
    pub value: u64,
}

/// A consistency check a point failed. Checks compare stated points only (never
/// derived ones) of counts that accumulate ([`SeriesKey::accumulates`]), and allow
/// for each statement's rounding and qualifier ([`Figure::bounds`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Flag {
    /// On a new count over `period_days` days: the totals at the start and end of its
    /// period rose by a different amount (`later_total - earlier_total`).
    NewDiffersFromTotals {
        /// The new count's period.
        period_days: u32,
        /// The total on the day before the period began.
        earlier_total: u64,
        /// The total on the new count's day.
        later_total: u64,
    },
    /// On a total: it is lower than the series' previous stated total.
    TotalFell {
        /// The day of the previous total.
        previous_date: Date,
        /// The previous total.
        previous: u64,
    },
    /// On a new count: it is larger than the same day's total.
    NewExceedsTotal {
        /// The same day's total.
        total: u64,
    },
}

impl Flag {
    /// What went wrong, in a few words for people ("the total fell from 4,790").
    pub fn describe(&self) -> String {
        match self {
            Flag::NewDiffersFromTotals { period_days, earlier_total, later_total } => {
                let days = if *period_days == 1 { "day".to_string() } else { format!("{period_days} days") };
                format!("the total went from {earlier_total} to {later_total} over the {days}")
            }
            Flag::TotalFell { previous_date, previous } => format!("the total fell from {previous} on {previous_date}"),
            Flag::NewExceedsTotal { total } => format!("larger than the day's total of {total}"),
        }
    }
}

/// One day of one series.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Point {
    /// The day.
    pub date: Date,
    /// The value: the most precise statement, the one the conflict rule chose, or the
    /// derived value.
    pub value: u64,
    /// Reported, conflict or derived.
    pub status: Status,
    /// The figures that stated `value` (several articles may state it); for a derived
    /// point, the sources of the points it was computed from.
    pub sources: Vec<SourceRef>,
    /// Rounded or qualified statements that are consistent with `value`.
    pub agreeing: Vec<OtherValue>,
    /// Statements that contradict `value` beyond rounding.
    pub conflicting: Vec<OtherValue>,
    /// The consistency checks the point failed, if any.
    pub flags: Vec<Flag>,
    /// For a derived point, the points it was computed from; empty otherwise.
    pub derived_from: Vec<PointRef>,
}

impl Point {
    /// A point with a value and nothing yet said about where it came from.
    pub fn new(date: Date, value: u64, status: Status) -> Point {
        Point {
            date,
            value,
            status,
            sources: Vec::new(),
            agreeing: Vec::new(),
            conflicting: Vec::new(),
            flags: Vec::new(),
            derived_from: Vec::new(),
        }
    }
}

/// The points of one series, in date order.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Series {
    /// Which series this is.
    pub key: SeriesKey,
    /// One point per day, earliest first.
    pub points: Vec<Point>,
}

/// A point while the series are assembled, with what derivation and the checks need
/// to know about the statement behind it.
struct Draft {
    point: Point,
    /// The true values the chosen statement allows ([`Figure::bounds`]).
    bounds: (u64, u64),
    /// The counting period of a new count, where a statement gives it.
    period_days: Option<u32>,
    /// Whether other points may be computed from this one (see `merge`).
    derivable: bool,
}

/// Every series being assembled, by key, then by day.
type Drafts = SortedMap<SeriesKey, SortedMap<Date, Draft>>;

/// Merges the figures of several articles into series. `articles[i]` is the figure
/// list of article `i` (article order is the order the user gave them, used to prefer
/// the later report in a conflict); the result is sorted by key, points by date.
/// Figures without a date cannot be placed and are left out (the UI lists them as
/// undated). Never panics, whatever the figures.
pub fn assemble(articles: &[&[Figure]]) -> Vec<Series> {
    let mut drafts = merge::merge(articles);
    derive::fill_gaps(&mut drafts);
    checks::flag(&mut drafts);
    drafts
        .into_iter()
        .map(|(key, days)| Series { key, points: days.into_values().map(|draft| draft.point).collect() })
        .filter(|series| !series.points.is_empty())
        .collect()
}
