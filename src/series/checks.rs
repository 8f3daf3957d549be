//! Consistency checks between the stated points of one count, flagged on the point
//! that fails them ([`Flag`]). Each statement is taken as the range of values it
//! allows ([`crate::figure::Figure::bounds`]): a check fails only when no values in
//! those ranges would pass it, so rounding alone never raises a flag.

use super::{Draft, Drafts, Flag, SeriesKey, Status};
use crate::date::Date;
use crate::figure::Kind;
use crate::sorted_map::SortedMap;

/// Adds every failed check to the flags of its point.
pub(super) fn flag(drafts: &mut Drafts) {
    let mut raised: Vec<(SeriesKey, Date, Flag)> = Vec::new();
    let nothing = SortedMap::new();
    for (key, days) in drafts.iter().filter(|(key, _)| key.accumulates()) {
        let stated = || days.values().filter(|draft| draft.point.status != Status::Derived);
        match key.kind {
            Kind::Total => {
                let falls = stated().zip(stated().skip(1)).filter_map(|(before, after)| total_fell(before, after));
                raised.extend(falls.map(|(date, flag)| (key.clone(), date, flag)));
            }
            Kind::New => {
                let totals = drafts.get(&key.with_kind(Kind::Total)).unwrap_or(&nothing);
                for new in stated() {
                    let flags = [new_exceeds_total(new, totals), new_differs_from_totals(new, totals)];
                    raised.extend(flags.into_iter().flatten().map(|flag| (key.clone(), new.point.date, flag)));
                }
            }
        }
    }
    for (key, date, flag) in raised {
        if let Some(draft) = drafts.get_mut(&key).and_then(|days| days.get_mut(&date)) {
            draft.point.flags.push(flag);
        }
    }
}

/// The stated total of `date`, if there is one.
fn stated_total(totals: &SortedMap<Date, Draft>, date: Date) -> Option<&Draft> {
    totals.get(&date).filter(|draft| draft.point.status != Status::Derived)
}

/// A total lower than the stated total before it, beyond rounding.
fn total_fell(before: &Draft, after: &Draft) -> Option<(Date, Flag)> {
    let fell = after.bounds.1 < before.bounds.0;
    fell.then_some((
        after.point.date,
        Flag::TotalFell { previous_date: before.point.date, previous: before.point.value },
    ))
}

/// A new count larger than the same day's total, beyond rounding.
fn new_exceeds_total(new: &Draft, totals: &SortedMap<Date, Draft>) -> Option<Flag> {
    let total = stated_total(totals, new.point.date)?;
    (new.bounds.0 > total.bounds.1).then_some(Flag::NewExceedsTotal { total: total.point.value })
}

/// A new count over a known period that the rise of the totals over that period
/// contradicts, beyond rounding.
fn new_differs_from_totals(new: &Draft, totals: &SortedMap<Date, Draft>) -> Option<Flag> {
    let period_days = new.period_days.filter(|days| *days > 0)?;
    let later = stated_total(totals, new.point.date)?;
    let earlier = stated_total(totals, new.point.date.add_days(-i32::try_from(period_days).ok()?)?)?;
    // The rise lies between the smallest later total less the largest earlier one and
    // the other way round; i128 holds any difference of two u64.
    let rise_low = i128::from(later.bounds.0) - i128::from(earlier.bounds.1);
    let rise_high = i128::from(later.bounds.1) - i128::from(earlier.bounds.0);
    let (new_low, new_high) = (i128::from(new.bounds.0), i128::from(new.bounds.1));
    let apart = new_high < rise_low || rise_high < new_low;
    apart.then_some(Flag::NewDiffersFromTotals {
        period_days,
        earlier_total: earlier.point.value,
        later_total: later.point.value,
    })
}
