//! The chart's views as drawn into SVG: which series each view shows and how (bars
//! for new counts, lines for totals), the 7-day average only where seven consecutive
//! days allow it, the doubling-time lines and their read-outs, and the messages of
//! views with nothing to show.

mod chart_support;

use casecurve::chart::{series_css_colour, ChartOptions, View};
use casecurve::figure::{Kind, Metric};
use casecurve::series::{Series, SeriesKey};
use chart_support::*;

fn key(metric: Metric, kind: Kind) -> SeriesKey {
    SeriesKey { metric, kind, subject: None, location: None }
}

/// `metric` of `kind` on consecutive days from 1 March 2026.
fn daily(metric: Metric, kind: Kind, values: &[u64]) -> Series {
    count(key(metric, kind), &values.iter().map(|v| Some(*v)).collect::<Vec<_>>())
}

fn in_view(view: View) -> ChartOptions {
    ChartOptions { view, ..ChartOptions::default() }
}

/// Lines (`<polyline>`) drawn in `colour`, as their lists of points.
fn polylines_in(svg: &str, colour: &str) -> Vec<String> {
    let strokes = attributes(svg, "polyline", "stroke");
    let points = attributes(svg, "polyline", "points");
    strokes.into_iter().zip(points).filter(|(stroke, _)| stroke == colour).map(|(_, points)| points).collect()
}

/// How many `(x, y)` points a polyline's `points` attribute lists.
fn point_count(points: &str) -> usize {
    points.split_whitespace().count()
}

/// The series indices the layout placed points for.
fn drawn_series(layout: &casecurve::chart::ChartLayout) -> Vec<usize> {
    let mut series: Vec<usize> = layout.points.iter().map(|p| p.series).collect();
    series.dedup();
    series
}

/// A small outbreak with every kind of series: new and total cases, new and total
/// deaths, active cases.
fn outbreak() -> Vec<Series> {
    vec![
        daily(Metric::Cases, Kind::New, &[40, 55, 61, 70, 90, 85, 120, 150]),
        daily(Metric::Cases, Kind::Total, &[400, 455, 516, 586, 676, 761, 881, 1_031]),
        daily(Metric::Deaths, Kind::New, &[1, 0, 2, 3, 1, 4, 5, 6]),
        daily(Metric::Deaths, Kind::Total, &[10, 10, 12, 15, 16, 20, 25, 31]),
        daily(Metric::Active, Kind::Total, &[300, 320, 350, 390, 430, 470, 540, 610]),
    ]
}

#[test]
fn each_view_draws_its_own_series_as_bars_or_lines() {
    let outbreak = outbreak();
    let expected = [
        (View::All, vec![0, 1, 2, 3, 4]),
        (View::DailyNew, vec![0, 2]),
        (View::Cumulative, vec![1, 3]),
        (View::Deaths, vec![2, 3]),
        (View::RecoveredActive, vec![4]),
    ];
    for (view, series) in expected {
        let (svg, layout) = render(&format!("view_{}", view.id()), &outbreak, &in_view(view));
        assert_eq!(drawn_series(&layout), series, "{view:?}");
        for (index, one) in outbreak.iter().enumerate() {
            let drawn = series.contains(&index);
            let is_bar = one.key.kind == Kind::New;
            let bars = layout.points.iter().filter(|p| p.series == index && p.bar.is_some()).count();
            assert_eq!(bars, if drawn && is_bar { 8 } else { 0 }, "{view:?} series {index}");
            // A line series draws a marker per point in its colour; a bar series none.
            let colour = series_css_colour(index, false);
            let markers = circles(&svg).iter().filter(|(_, _, fill)| *fill == colour).count();
            let legend_marker = usize::from(drawn && !is_bar);
            assert_eq!(markers, if drawn && !is_bar { 8 + legend_marker } else { 0 }, "{view:?} series {index}");
        }
    }
}

#[test]
fn daily_views_add_a_seven_day_average_over_paler_bars() {
    // Eight consecutive days: averages on the 7th and 8th.
    let outbreak = outbreak();
    let (svg, layout) = render("daily_average", &outbreak, &in_view(View::DailyNew));
    let text = texts(&svg);
    assert!(text.contains(&"7-day average of new cases".to_string()), "{text:?}");
    assert!(text.contains(&"7-day average of new deaths".to_string()), "{text:?}");
    let colour = series_css_colour(0, false);
    let lines = polylines_in(&svg, &colour);
    // The legend's short line, and the average over the last two days.
    let average: Vec<&String> = lines.iter().filter(|points| point_count(points) == 2).collect();
    assert_eq!(average.len(), 2, "{lines:?}");
    // The average ends over the middle of the last day's bar.
    let last_bar = layout.points.iter().rfind(|p| p.series == 0).unwrap();
    let end: Vec<i32> =
        average.iter().filter_map(|points| points.split_whitespace().last()?.split_once(',')?.0.parse().ok()).collect();
    assert!(end.contains(&last_bar.x), "the average ends on the last day: {end:?} vs {}", last_bar.x);
    // The bars under it are paler than the series colour.
    let fills = attributes(&svg, "rect", "fill");
    assert!(!fills.contains(&colour), "bars under an average are not in the full colour");
    assert_eq!(fills.iter().filter(|fill| *fill == "#7FB8D8").count(), 8 + 1, "eight bars and the swatch");
}

#[test]
fn no_average_without_seven_consecutive_days() {
    let six = [daily(Metric::Cases, Kind::New, &[40, 55, 61, 70, 90, 85])];
    let (svg, _) = render("daily_six", &six, &in_view(View::DailyNew));
    assert!(!texts(&svg).iter().any(|t| t.starts_with("7-day average")));
    assert!(polylines_in(&svg, &series_css_colour(0, false)).is_empty());
    // Seven points, but 4 March missing.
    let gappy =
        [count(key(Metric::Cases, Kind::New), &[Some(1), Some(2), Some(3), None, Some(5), Some(6), Some(7), Some(8)])];
    let (svg, _) = render("daily_gappy", &gappy, &in_view(View::DailyNew));
    assert!(!texts(&svg).iter().any(|t| t.starts_with("7-day average")));
    // "All series" stays as plain as it was, even with a full week.
    let (svg, _) = render("all_no_average", &outbreak(), &in_view(View::All));
    assert!(!texts(&svg).iter().any(|t| t.starts_with("7-day average")));
}

#[test]
fn a_gap_in_the_days_is_a_gap_in_the_average() {
    // 1–8 March, nothing on the 9th, 10–17 March.
    let mut values: Vec<Option<u64>> = vec![Some(50); 8];
    values.push(None);
    values.extend(vec![Some(80); 8]);
    let gappy = [count(key(Metric::Cases, Kind::New), &values)];
    let (svg, _) = render("daily_gap", &gappy, &in_view(View::DailyNew));
    let lines = polylines_in(&svg, &series_css_colour(0, false));
    let runs: Vec<usize> = lines.iter().map(|points| point_count(points)).filter(|n| *n == 2).collect();
    // Two separate two-day lines (7–8 and 16–17 March), plus the legend's line.
    assert_eq!(runs.len(), 3, "{lines:?}");
    assert!(lines.iter().all(|points| point_count(points) <= 2), "no line bridges the gap: {lines:?}");
}

#[test]
fn the_cumulative_view_reads_out_the_doubling_time_as_a_dashed_line() {
    // 1,000 on 1 March to 2,000 on 8 March: doubles every seven days.
    let totals = [daily(Metric::Cases, Kind::Total, &[1_000, 1_100, 1_220, 1_350, 1_480, 1_640, 1_810, 2_000])];
    let with_lines = ChartOptions { doubling_lines: true, ..in_view(View::Cumulative) };
    let (svg, layout) = render("doubling", &totals, &with_lines);
    let text = texts(&svg);
    assert!(text.contains(&"total cases: doubles every 7 days (+10.4% a day)".to_string()), "{text:?}");
    // Dashes are short grey lines (the axis colour) inside the plot, along the chart up
    // to the last total; the axes' tick marks in that colour lie outside it.
    let plot = layout.plot_area.unwrap();
    let inside = |xy: &str| {
        let (x, y) = xy.split_once(',').unwrap();
        plot.left < x.parse().unwrap() && y.parse::<i32>().unwrap() < plot.bottom - 1
    };
    let dashes: Vec<String> = polylines_in(&svg, "#555555")
        .into_iter()
        .filter(|points| point_count(points) == 2 && points.split_whitespace().all(inside))
        .collect();
    assert!(dashes.len() > 10, "only {} dashes", dashes.len());
    let last = layout.points.last().unwrap();
    let xs: Vec<i32> = dashes
        .iter()
        .flat_map(|points| points.split_whitespace().filter_map(|xy| xy.split_once(',')?.0.parse().ok()))
        .collect();
    assert!(xs.iter().all(|x| *x <= last.x + 1), "the line ends at the latest total");
    assert!(xs.iter().any(|x| *x < layout.points[2].x), "the line runs back across the chart");

    // Off by default, and only in the cumulative view.
    for options in [in_view(View::Cumulative), ChartOptions { doubling_lines: true, ..in_view(View::All) }] {
        let (svg, _) = render("no_doubling", &totals, &options);
        assert!(!texts(&svg).iter().any(|t| t.contains("doubles every")), "{options:?}");
    }
}

#[test]
fn no_doubling_line_when_the_last_week_is_too_sparse_or_flat() {
    let with_lines = ChartOptions { doubling_lines: true, ..in_view(View::Cumulative) };
    let short = [daily(Metric::Cases, Kind::Total, &[1_000, 1_500, 2_000])];
    let flat = [daily(Metric::Cases, Kind::Total, &[1_000; 8])];
    for (name, totals) in [("doubling_short", &short), ("doubling_flat", &flat)] {
        let (svg, _) = render(name, totals, &with_lines);
        assert!(!texts(&svg).iter().any(|t| t.contains("doubles every")), "{name}");
    }
}

#[test]
fn the_log_notice_and_lines_stay_on_a_log_scale() {
    let totals = [daily(Metric::Cases, Kind::Total, &[10, 20, 40, 80, 160, 320, 640, 1_280])];
    let options = ChartOptions { doubling_lines: true, log_scale: true, ..in_view(View::Cumulative) };
    let (svg, layout) = render("doubling_log", &totals, &options);
    let text = texts(&svg);
    assert!(text.contains(&"log scale".to_string()), "{text:?}");
    assert!(text.contains(&"total cases: doubles every 1 day (+100.0% a day)".to_string()), "{text:?}");
    assert_eq!(layout.points.len(), 8);
}

#[test]
fn a_view_with_nothing_to_show_says_so() {
    let cases_only = [daily(Metric::Cases, Kind::New, &[4, 5])];
    for (view, message) in [
        (View::Deaths, "No deaths reported to show in this view"),
        (View::Cumulative, "No running totals to show in this view"),
        (View::RecoveredActive, "No recovered or active counts to show in this view"),
    ] {
        let (svg, layout) = render(&format!("empty_{}", view.id()), &cases_only, &in_view(view));
        assert_eq!(layout.message.as_deref(), Some(message));
        assert!(texts(&svg).contains(&message.to_string()));
    }
    let hidden = ChartOptions { hidden: vec![key(Metric::Cases, Kind::New)], ..in_view(View::DailyNew) };
    let (_, layout) = render("daily_hidden", &cases_only, &hidden);
    assert_eq!(layout.message.as_deref(), Some("Every series is hidden"));
}
