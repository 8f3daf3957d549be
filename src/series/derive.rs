//! Derived points: what the stated points of a count imply for days nobody stated.
//!
//! For a count that accumulates ([`SeriesKey::accumulates`]), only from points stated
//! exactly and without conflict (see `merge`), and only on days its series has no
//! stated point:
//!
//! - the daily new count of day `t` is `total(t) - total(t - 1)` when both totals are
//!   stated (a total that falls gives none; the checks flag it);
//! - the total of day `t` is a known total of day `t - 1` (stated, or derived this way)
//!   plus the new count stated for day `t` over one day (`period_days == 1`).
//!
//! Derived points are never computed from other derived new counts, so nothing is
//! derived twice. A derived point lists the points it was computed from, and as its
//! sources those of the stated points at the ends of its derivation: the two totals
//! of a daily count; the known total a chain of daily counts started from and the
//! day's new count.

use super::{Draft, Drafts, Point, PointRef, SeriesKey, SourceRef, Status};
use crate::date::Date;
use crate::figure::Kind;
use crate::sorted_map::SortedMap;

/// The points of one series by day.
type Days = SortedMap<Date, Draft>;

/// Adds every derived point to `drafts`, next to the stated ones.
pub(super) fn fill_gaps(drafts: &mut Drafts) {
    let total_keys: Vec<SeriesKey> =
        drafts.keys().filter(|key| key.kind == Kind::Total && key.accumulates()).cloned().collect();
    let nothing = Days::new();
    for total_key in total_keys {
        let new_key = total_key.with_kind(Kind::New);
        let totals = drafts.get(&total_key).unwrap_or(&nothing);
        let news = drafts.get(&new_key).unwrap_or(&nothing);
        let new_points = daily_from_totals(totals, news);
        let total_points = totals_from_dailies(totals, news);
        for (key, points) in [(new_key, new_points), (total_key, total_points)] {
            if !points.is_empty() {
                let days = drafts.or_default(key);
                for draft in points {
                    days.insert(draft.point.date, draft);
                }
            }
        }
    }
}

/// New counts of days whose total and the day before's are stated.
fn daily_from_totals(totals: &Days, news: &Days) -> Vec<Draft> {
    let stated: Vec<&Draft> = totals.values().filter(|draft| draft.derivable).collect();
    stated
        .windows(2)
        .filter_map(|pair| {
            let [before, after] = pair else { return None };
            let day = after.point.date;
            if day.days_since(before.point.date) != 1 || news.contains_key(&day) {
                return None;
            }
            let value = after.point.value.checked_sub(before.point.value)?;
            let sources = union(&before.point.sources, &after.point.sources);
            Some(derived(day, value, sources, [point_ref(Kind::Total, before), point_ref(Kind::Total, after)]))
        })
        .collect()
}

/// Totals of the days after a stated total, for as long as one-day new counts are
/// stated and no total is.
fn totals_from_dailies(totals: &Days, news: &Days) -> Vec<Draft> {
    let mut derived_totals = Vec::new();
    for known in totals.values().filter(|draft| draft.derivable) {
        let mut previous = point_ref(Kind::Total, known);
        while let Some(day) = previous.date.add_days(1) {
            if totals.contains_key(&day) {
                break;
            }
            let Some(new) = news.get(&day).filter(|new| new.derivable && new.period_days == Some(1)) else { break };
            let Some(value) = previous.value.checked_add(new.point.value) else { break };
            let sources = union(&known.point.sources, &new.point.sources);
            let draft = derived(day, value, sources, [previous, point_ref(Kind::New, new)]);
            previous = point_ref(Kind::Total, &draft);
            derived_totals.push(draft);
        }
    }
    derived_totals
}

fn point_ref(kind: Kind, draft: &Draft) -> PointRef {
    PointRef { kind, date: draft.point.date, value: draft.point.value }
}

/// Both lists of sources, in order, each once.
fn union(first: &[SourceRef], second: &[SourceRef]) -> Vec<SourceRef> {
    let mut sources: Vec<SourceRef> = first.iter().chain(second).copied().collect();
    sources.sort_unstable();
    sources.dedup();
    sources
}

fn derived(date: Date, value: u64, sources: Vec<SourceRef>, from: [PointRef; 2]) -> Draft {
    Draft {
        point: Point { sources, derived_from: from.to_vec(), ..Point::new(date, value, Status::Derived) },
        bounds: (value, value),
        period_days: None,
        derivable: false,
    }
}
