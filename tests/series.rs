//! Series assembly on hand-made figure sets, as a reader of the chart or the CSV would
//! see the result: one point per fact with all its sources, rounded restatements
//! agreeing, conflicts visible, derived points filling gaps, and failed checks flagged.

use casecurve::date::Date;
use casecurve::figure::{Approx, Figure, Kind, Metric, Subject};
use casecurve::series::{assemble, Flag, Point, PointRef, Series, SeriesKey, SourceRef, Status};

/// An exact figure of `value` cases of `kind` on `day` March 2030.
fn cases(kind: Kind, value: u64, day: u32) -> Figure {
    Figure::new(Metric::Cases, kind, value, Date::from_ymd(2030, 3, day))
}

fn total(value: u64, day: u32) -> Figure {
    cases(Kind::Total, value, day)
}

/// New cases counted over the one day ending on `day`.
fn daily(value: u64, day: u32) -> Figure {
    Figure { period_days: Some(1), ..cases(Kind::New, value, day) }
}

fn rounded(figure: Figure, precision: u64, approx: Option<Approx>) -> Figure {
    Figure { precision, approx, ..figure }
}

fn march(day: u32) -> Date {
    Date::from_ymd(2030, 3, day).unwrap()
}

fn source(article: usize, figure: usize) -> SourceRef {
    SourceRef { article, figure }
}

/// The series of plain (no subject, no place) cases of `kind`.
fn series_of(series: &[Series], kind: Kind) -> &Series {
    let key = SeriesKey { metric: Metric::Cases, kind, subject: None, location: None };
    series.iter().find(|one| one.key == key).unwrap_or_else(|| panic!("no {kind} series in {series:#?}"))
}

fn point_on(series: &Series, day: u32) -> &Point {
    series.points.iter().find(|point| point.date == march(day)).unwrap_or_else(|| panic!("no point on {day}"))
}

fn values(series: &Series) -> Vec<(u32, u64, Status)> {
    series.points.iter().map(|point| (point.date.ymd().2, point.value, point.status)).collect()
}

#[test]
fn the_same_fact_from_several_articles_is_one_point_listing_every_source() {
    let first = [total(3_905, 2)];
    let second = [daily(468, 4), total(3_905, 2)];
    let series = assemble(&[&first, &second]);
    let point = point_on(series_of(&series, Kind::Total), 2);
    assert_eq!(point.value, 3_905);
    assert_eq!(point.status, Status::Reported);
    assert_eq!(point.sources, vec![source(0, 0), source(1, 1)]);
    assert!(point.agreeing.is_empty() && point.conflicting.is_empty() && point.flags.is_empty());
}

#[test]
fn rounded_restatements_agree_and_the_most_precise_value_is_kept() {
    let precise = [total(1_722_500, 4), cases(Kind::New, 1_213_550, 4)];
    let wire = [
        rounded(total(1_700_000, 4), 100_000, Some(Approx::MoreThan)),
        rounded(total(1_720_000, 4), 10_000, None),
        rounded(cases(Kind::New, 1_210_000, 4), 10_000, None),
    ];
    let series = assemble(&[&wire, &precise]);
    let totals = point_on(series_of(&series, Kind::Total), 4);
    assert_eq!(totals.value, 1_722_500);
    assert_eq!(totals.status, Status::Reported);
    assert_eq!(totals.sources, vec![source(1, 0)]);
    let agreeing: Vec<u64> = totals.agreeing.iter().map(|other| other.value).collect();
    assert_eq!(agreeing, vec![1_700_000, 1_720_000]);
    assert_eq!(totals.agreeing[0].approx, Some(Approx::MoreThan));
    let new = point_on(series_of(&series, Kind::New), 4);
    assert_eq!((new.value, new.status), (1_213_550, Status::Reported));
    assert_eq!(new.agreeing[0].value, 1_210_000);
}

#[test]
fn values_that_disagree_beyond_rounding_conflict_and_the_rule_picks_one() {
    // Same precision, both exact: the later article wins, the other stays visible.
    let series = assemble(&[&[cases(Kind::New, 5_120, 4)], &[cases(Kind::New, 5_870, 4)]]);
    let point = point_on(series_of(&series, Kind::New), 4);
    assert_eq!((point.value, point.status), (5_870, Status::Conflict));
    assert_eq!(point.sources, vec![source(1, 0)]);
    assert_eq!(point.conflicting.len(), 1);
    assert_eq!((point.conflicting[0].value, point.conflicting[0].source), (5_120, source(0, 0)));

    // The more precise statement wins even from the earlier article.
    let precise = [total(5_123, 4)];
    let later = [rounded(total(5_900, 4), 100, None)];
    let series = assemble(&[&precise, &later]);
    let point = point_on(series_of(&series, Kind::Total), 4);
    assert_eq!((point.value, point.status), (5_123, Status::Conflict));
    assert_eq!(point.conflicting[0].value, 5_900);

    // Exact beats qualified, whatever the order.
    let about = [rounded(total(6_000, 4), 1_000, Some(Approx::About))];
    let exact = [total(4_200, 4)];
    let series = assemble(&[&exact, &about]);
    let point = point_on(series_of(&series, Kind::Total), 4);
    assert_eq!((point.value, point.status), (4_200, Status::Conflict));
}

#[test]
fn a_restatement_joins_the_point_of_the_figure_it_restates() {
    // Extraction says figure 1 restates figure 0, even though it read another day.
    let mut restatement = rounded(total(1_700_000, 5), 100_000, Some(Approx::MoreThan));
    restatement.restates = Some(0);
    let article = [total(1_722_500, 4), restatement];
    let series = assemble(&[&article]);
    assert_eq!(series.len(), 1);
    let totals = series_of(&series, Kind::Total);
    assert_eq!(totals.points.len(), 1, "{totals:#?}");
    let point = &totals.points[0];
    assert_eq!((point.date, point.value), (march(4), 1_722_500));
    assert_eq!(point.sources, vec![source(0, 0)]);
    assert_eq!(point.agreeing[0].source, source(0, 1));

    // A restatement pointing nowhere is an ordinary figure.
    let mut stray = total(80, 6);
    stray.restates = Some(9);
    let series = assemble(&[&[stray]]);
    assert_eq!(values(series_of(&series, Kind::Total)), vec![(6, 80, Status::Reported)]);
}

#[test]
fn series_are_kept_apart_by_metric_kind_subject_and_place() {
    let fever = Figure { subject: Some(Subject::Fever), ..total(1_900, 4) };
    let pyongyang = Figure { location: Some("Pyongyang".into()), ..total(800, 4) };
    let deaths = Figure { metric: Metric::Deaths, ..total(62, 4) };
    let series = assemble(&[&[fever, pyongyang, deaths, total(2_000, 4), daily(40, 4)]]);
    let labels: Vec<String> = series.iter().map(|one| one.key.label()).collect();
    assert_eq!(labels, ["new cases", "total cases", "total cases, Pyongyang", "total fever cases", "total deaths"]);
    assert!(series.iter().all(|one| one.points.len() == 1));
}

#[test]
fn daily_counts_are_derived_from_consecutive_totals_only() {
    // Totals on the 2nd, 3rd, 4th and (after a gap) 7th.
    let figures = [total(3_100, 2), total(3_905, 3), total(4_790, 4), total(6_118, 7)];
    let series = assemble(&[&figures]);
    let new = series_of(&series, Kind::New);
    assert_eq!(values(new), vec![(3, 805, Status::Derived), (4, 885, Status::Derived)]);
    let point = point_on(new, 4);
    assert_eq!(
        point.derived_from,
        vec![
            PointRef { kind: Kind::Total, date: march(3), value: 3_905 },
            PointRef { kind: Kind::Total, date: march(4), value: 4_790 },
        ]
    );
    assert_eq!(point.sources, vec![source(0, 1), source(0, 2)]);
    // The totals themselves stay as stated.
    assert!(series_of(&series, Kind::Total).points.iter().all(|p| p.status == Status::Reported));
}

#[test]
fn derived_points_never_replace_stated_ones() {
    let figures = [total(3_100, 2), total(3_905, 3), daily(805, 3)];
    let series = assemble(&[&figures]);
    assert_eq!(values(series_of(&series, Kind::New)), vec![(3, 805, Status::Reported)]);
    assert_eq!(
        values(series_of(&series, Kind::Total)),
        vec![(2, 3_100, Status::Reported), (3, 3_905, Status::Reported)]
    );
}

#[test]
fn totals_are_derived_from_a_known_total_and_later_daily_counts() {
    let figures = [total(1_000, 1), daily(40, 2), daily(25, 3), daily(12, 5), total(1_100, 6), daily(30, 7)];
    let series = assemble(&[&figures]);
    let totals = series_of(&series, Kind::Total);
    // The 4th has no daily count, so the chain stops there; the 6th is stated and
    // starts a new one.
    assert_eq!(
        values(totals),
        vec![
            (1, 1_000, Status::Reported),
            (2, 1_040, Status::Derived),
            (3, 1_065, Status::Derived),
            (6, 1_100, Status::Reported),
            (7, 1_130, Status::Derived),
        ]
    );
    let third = point_on(totals, 3);
    assert_eq!(
        third.derived_from,
        vec![
            PointRef { kind: Kind::Total, date: march(2), value: 1_040 },
            PointRef { kind: Kind::New, date: march(3), value: 25 },
        ]
    );
    assert_eq!(third.sources, vec![source(0, 0), source(0, 2)], "the known total and the day's count");
}

#[test]
fn nothing_is_derived_from_rounded_qualified_conflicting_or_longer_period_figures() {
    let weekly = Figure { period_days: Some(7), ..daily(300, 2) };
    let rounded_totals = [rounded(total(1_720_000, 2), 10_000, None), rounded(total(1_730_000, 3), 10_000, None)];
    let qualified = [total(500, 4), rounded(total(600, 5), 1, Some(Approx::MoreThan))];
    let conflicting = [total(700, 10), total(900, 11), total(750, 11)];
    for figures in [&[total(100, 1), weekly][..], &rounded_totals, &qualified, &conflicting] {
        let series = assemble(&[figures]);
        let derived = series.iter().flat_map(|one| &one.points).filter(|p| p.status == Status::Derived).count();
        assert_eq!(derived, 0, "{series:#?}");
    }
}

#[test]
fn stocks_such_as_active_cases_are_neither_derived_nor_checked() {
    let active = |value, day| Figure { metric: Metric::Active, ..total(value, day) };
    let series = assemble(&[&[active(2_310, 4), active(2_100, 5)]]);
    assert_eq!(series.len(), 1);
    assert!(series[0].points.iter().all(|p| p.status == Status::Reported && p.flags.is_empty()));
}

#[test]
fn a_new_count_the_totals_contradict_is_flagged() {
    let figures = [total(3_905, 3), total(4_790, 4), daily(468, 4)];
    let series = assemble(&[&figures]);
    let new = point_on(series_of(&series, Kind::New), 4);
    assert_eq!(
        new.flags,
        vec![Flag::NewDiffersFromTotals { period_days: 1, earlier_total: 3_905, later_total: 4_790 }]
    );
    assert!(series_of(&series, Kind::Total).points.iter().all(|p| p.flags.is_empty()));

    // A weekly count is compared with the totals a week apart.
    let weekly = Figure { period_days: Some(7), ..daily(900, 8) };
    let series = assemble(&[&[total(1_000, 1), total(1_800, 8), weekly]]);
    let new = point_on(series_of(&series, Kind::New), 8);
    assert_eq!(
        new.flags,
        vec![Flag::NewDiffersFromTotals { period_days: 7, earlier_total: 1_000, later_total: 1_800 }]
    );
}

#[test]
fn rounding_alone_raises_no_flag() {
    // From "1.72 million" to "1.73 million" the total rose by anything up to 30,000.
    let figures =
        [rounded(total(1_720_000, 3), 10_000, None), rounded(total(1_730_000, 4), 10_000, None), daily(15_000, 4)];
    let series = assemble(&[&figures]);
    assert!(point_on(series_of(&series, Kind::New), 4).flags.is_empty());
    // "about 5,000" then an exact 4,990 is not a fall.
    let series = assemble(&[&[rounded(total(5_000, 3), 1_000, Some(Approx::About)), total(4_990, 4)]]);
    assert!(series_of(&series, Kind::Total).points.iter().all(|p| p.flags.is_empty()));
    // An exact count that matches the totals is not flagged either.
    let series = assemble(&[&[total(3_905, 3), total(4_790, 4), daily(885, 4)]]);
    assert!(point_on(series_of(&series, Kind::New), 4).flags.is_empty());
}

#[test]
fn a_total_that_falls_is_flagged() {
    let figures = [total(4_790, 4), total(4_650, 6), total(4_800, 7)];
    let series = assemble(&[&figures]);
    let totals = series_of(&series, Kind::Total);
    assert_eq!(point_on(totals, 6).flags, vec![Flag::TotalFell { previous_date: march(4), previous: 4_790 }]);
    assert!(point_on(totals, 4).flags.is_empty() && point_on(totals, 7).flags.is_empty());
}

#[test]
fn a_new_count_larger_than_the_days_total_is_flagged() {
    let new = cases(Kind::New, 5_000, 4);
    let series = assemble(&[&[total(4_790, 4), new]]);
    let point = point_on(series_of(&series, Kind::New), 4);
    assert_eq!(point.flags, vec![Flag::NewExceedsTotal { total: 4_790 }]);
    assert!(!point.flags[0].describe().is_empty());
}

#[test]
fn undated_figures_and_no_figures_give_no_series() {
    let undated = Figure { date: None, ..daily(12, 1) };
    assert!(assemble(&[&[undated]]).is_empty());
    assert!(assemble(&[]).is_empty());
    assert!(assemble(&[&[]]).is_empty());
}

#[test]
fn one_figure_is_one_reported_point() {
    let series = assemble(&[&[total(7, 9)]]);
    assert_eq!(series.len(), 1);
    assert_eq!(values(&series[0]), vec![(9, 7, Status::Reported)]);
}
