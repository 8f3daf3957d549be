//! The statements of one series and day -> one point.
//!
//! The point's value is the most precise statement: unqualified before qualified or
//! ranged, then the finer precision, then the later article (the order the user gave
//! the articles), then the later figure in it. Statements with the same value and
//! qualifier are its sources; statements its value satisfies ([`Figure::agrees_with`])
//! agree; any other makes the point a [`Status::Conflict`]. A figure that extraction
//! marked as restating another (`restates`) joins that figure's point as agreeing,
//! whatever day or series it was given.

use super::{Draft, Drafts, OtherValue, Point, SeriesKey, SourceRef, Status};
use crate::date::Date;
use crate::figure::Figure;
use crate::sorted_map::SortedMap;
use std::cmp::Reverse;

/// How far a chain of restatements is followed; extraction only ever makes one step,
/// the limit keeps a malformed cycle from looping.
const MAX_RESTATEMENT_STEPS: usize = 4;

/// The coarsest precision a point may be stated with for other points to be computed
/// from it: a figure exact to the ten ("3,910" may be exact). Differences of numbers
/// rounded to thousands or millions say nothing about one day.
const DERIVABLE_PRECISION: u64 = 10;

/// One figure placed on a day of a series.
#[derive(Clone, Copy)]
struct Statement {
    source: SourceRef,
    /// It restates a more precise figure of its article in rounded form.
    restates: bool,
}

/// Every dated figure of every article, merged into one draft point per series and day.
pub(super) fn merge(articles: &[&[Figure]]) -> Drafts {
    let mut by_day: SortedMap<SeriesKey, SortedMap<Date, Vec<Statement>>> = SortedMap::new();
    for (article, figures) in articles.iter().enumerate() {
        for index in 0..figures.len() {
            let home = restated(figures, index);
            let Some(date) = figures.get(home).and_then(|home| home.date) else { continue };
            let statement = Statement { source: SourceRef { article, figure: index }, restates: home != index };
            by_day.or_default(SeriesKey::of(&figures[home])).or_default(date).push(statement);
        }
    }
    by_day
        .into_iter()
        .map(|(key, days)| {
            let points = days
                .into_iter()
                .filter_map(|(date, statements)| Some((date, merge_day(date, &statements, articles)?)))
                .collect();
            (key, points)
        })
        .collect()
}

/// The index of the figure that `figures[index]` restates, following the chain;
/// `index` itself if none (or if the chain leads outside the article).
fn restated(figures: &[Figure], index: usize) -> usize {
    let mut current = index;
    for _ in 0..MAX_RESTATEMENT_STEPS {
        match figures.get(current).and_then(|figure| figure.restates) {
            Some(target) if target < figures.len() && target != current => current = target,
            _ => break,
        }
    }
    current
}

/// One day's statements -> one draft point; `None` only for no statements.
fn merge_day(date: Date, statements: &[Statement], articles: &[&[Figure]]) -> Option<Draft> {
    let figure = |source: SourceRef| articles.get(source.article).and_then(|figures| figures.get(source.figure));
    let rank = |statement: &&Statement| {
        let f = figure(statement.source);
        let exact = f.is_some_and(|f| f.approx.is_none() && f.max.is_none());
        (exact, Reverse(f.map_or(u64::MAX, |f| f.precision)), statement.source)
    };
    // Restatements never set the value, unless (in a malformed cycle) nothing else
    // is on that day.
    let chosen_source = statements
        .iter()
        .filter(|statement| !statement.restates)
        .max_by_key(rank)
        .or_else(|| statements.iter().max_by_key(rank))?
        .source;
    let chosen = figure(chosen_source)?;
    let mut point = Point::new(date, chosen.value, Status::Reported);
    let mut period_days = chosen.period_days;
    for statement in statements {
        let Some(f) = figure(statement.source) else { continue };
        let other = OtherValue { source: statement.source, value: f.value, approx: f.approx };
        let same = f.value == chosen.value && f.approx == chosen.approx && f.max == chosen.max;
        if same && (!statement.restates || statement.source == chosen_source) {
            point.sources.push(statement.source);
        } else if statement.restates || f.agrees_with(chosen.value) {
            point.agreeing.push(other);
        } else {
            point.conflicting.push(other);
            continue;
        }
        period_days = period_days.or(f.period_days);
    }
    if !point.conflicting.is_empty() {
        point.status = Status::Conflict;
    }
    let derivable = point.status == Status::Reported
        && chosen.approx.is_none()
        && chosen.max.is_none()
        && chosen.precision <= DERIVABLE_PRECISION;
    Some(Draft { point, bounds: chosen.bounds(), period_days, derivable })
}
