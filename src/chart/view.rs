//! Views: which of the series a chart shows, as outbreak dashboards split them into
//! tabs. A view only chooses series; how each is drawn (bars for new counts, lines for
//! totals) stays the same in every view.

use crate::figure::{Kind, Metric};
use crate::series::SeriesKey;

/// Which series a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Every series at once: new counts as bars, totals as lines (a right axis when
    /// their sizes differ greatly). Shows whatever was found, however little.
    #[default]
    All,
    /// Every new-kind series as bars, each with its 7-day average line where it has
    /// seven consecutive days.
    DailyNew,
    /// The running totals of counts that only grow (not active cases or people in
    /// hospital, which also fall) as lines; optionally with doubling-time lines.
    Cumulative,
    /// Deaths only: new deaths as bars with their 7-day average, total deaths as a line.
    Deaths,
    /// Recoveries and active cases, new and total.
    RecoveredActive,
}

impl View {
    /// Every view, in the order the page offers them.
    pub const ALL: [View; 5] = [View::All, View::DailyNew, View::Cumulative, View::Deaths, View::RecoveredActive];

    /// The view's name for people ("Daily new").
    pub fn label(self) -> &'static str {
        match self {
            View::All => "All series",
            View::DailyNew => "Daily new",
            View::Cumulative => "Cumulative",
            View::Deaths => "Deaths",
            View::RecoveredActive => "Recovered and active",
        }
    }

    /// A stable name for form values and element ids ("daily-new").
    pub fn id(self) -> &'static str {
        match self {
            View::All => "all",
            View::DailyNew => "daily-new",
            View::Cumulative => "cumulative",
            View::Deaths => "deaths",
            View::RecoveredActive => "recovered-active",
        }
    }

    /// The view whose [`View::id`] is `id`.
    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.id() == id)
    }

    /// Whether the series `key` belongs in this view.
    pub fn includes(self, key: &SeriesKey) -> bool {
        match self {
            View::All => true,
            View::DailyNew => key.kind == Kind::New,
            View::Cumulative => key.kind == Kind::Total && key.accumulates(),
            View::Deaths => key.metric == Metric::Deaths,
            View::RecoveredActive => matches!(key.metric, Metric::Recovered | Metric::Active),
        }
    }

    /// Whether bars get a 7-day average line: in the views about daily counts, not in
    /// "All series", which stays as plain as it was.
    pub fn averages(self) -> bool {
        matches!(self, View::DailyNew | View::Deaths)
    }

    /// Whether doubling-time lines can be drawn (when asked for).
    pub fn doubling_lines(self) -> bool {
        self == View::Cumulative
    }

    /// What the chart says when no series with points belongs in the view.
    pub fn empty_message(self) -> &'static str {
        match self {
            View::All => super::plan::NO_FIGURES,
            View::DailyNew => "No daily new counts to show in this view",
            View::Cumulative => "No running totals to show in this view",
            View::Deaths => "No deaths reported to show in this view",
            View::RecoveredActive => "No recovered or active counts to show in this view",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(metric: Metric, kind: Kind) -> SeriesKey {
        SeriesKey { metric, kind, subject: None, location: None }
    }

    #[test]
    fn each_view_takes_its_own_series() {
        let new_cases = key(Metric::Cases, Kind::New);
        let total_cases = key(Metric::Cases, Kind::Total);
        let new_deaths = key(Metric::Deaths, Kind::New);
        let active = key(Metric::Active, Kind::Total);
        let recovered = key(Metric::Recovered, Kind::Total);
        let taken = |view: View| {
            [&new_cases, &total_cases, &new_deaths, &active, &recovered]
                .into_iter()
                .filter(|key| view.includes(key))
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(taken(View::All).len(), 5);
        assert_eq!(taken(View::DailyNew), [new_cases.clone(), new_deaths.clone()]);
        assert_eq!(taken(View::Cumulative), [total_cases.clone(), recovered.clone()], "active cases also fall");
        assert_eq!(taken(View::Deaths), std::slice::from_ref(&new_deaths));
        assert_eq!(taken(View::RecoveredActive), [active, recovered]);
    }

    #[test]
    fn ids_name_one_view_each() {
        for view in View::ALL {
            assert_eq!(View::from_id(view.id()), Some(view));
        }
        assert_eq!(View::from_id("weekly"), None);
        assert_eq!(View::default(), View::All);
    }
}
