//! The chart as drawn into SVG: what a reader would see (markers where the layout
//! says, series colours, notices, messages) for ordinary and degenerate input; and the
//! chart's picture itself, its marks read before any backend draws them.

mod chart_support;

use chart_support::*;

use casecurve::chart::picture::{HAlign, Mark, Paint, Picture, Turn, VAlign};
use casecurve::chart::{picture_of, series_colour, series_css_colour, ChartError, ChartLayout, ChartOptions};
use casecurve::figure::{Kind, Subject};
use casecurve::series::{Series, Status};

#[test]
fn markers_are_drawn_where_the_layout_says_rising_with_date_and_value() {
    let rising = [totals(&[100, 250, 400, 900])];
    let (svg, layout) = render("rising", &rising, &ChartOptions::default());
    assert_eq!(layout.points.len(), 4);
    let colour = series_css_colour(0, false);
    let markers = circles(&svg);
    for p in &layout.points {
        assert!(markers.contains(&(p.x, p.y, colour.clone())), "no marker at {p:?} in {markers:?}");
    }
    for pair in layout.points.windows(2) {
        assert!(pair[0].x < pair[1].x, "later days are further right");
        assert!(pair[0].y > pair[1].y, "larger values are higher");
    }
    let plot = layout.plot_area.unwrap();
    assert!(layout.points.iter().all(|p| plot.contains(p.x, p.y)));
    let nearest = layout.nearest(layout.points[2].x + 3, layout.points[2].y - 2, 8);
    assert_eq!(nearest.map(|p| p.point), Some(2));
}

/// A conflicting point on day `index` of `series`.
fn with_conflict(mut series: Series, index: usize) -> Series {
    series.points[index].status = Status::Conflict;
    series
}

#[test]
fn new_counts_are_bars_and_totals_lines_both_visible_at_very_different_sizes() {
    let mixed = [news(&[120, 300, 80, 410]), totals(&[150_000, 150_300, 150_380, 150_790])];
    let (svg, layout) = render("mixed", &mixed, &ChartOptions::default());
    let plot = layout.plot_area.unwrap();
    let height = plot.bottom - plot.top;
    for series in 0..2 {
        let tallest = layout.points.iter().filter(|p| p.series == series).map(|p| plot.bottom - p.y).max().unwrap();
        assert!(tallest > height / 2, "series {series} is squashed: {tallest}px of {height}px");
    }
    // The bars are in the first series' colour, the totals' markers in the second's.
    let bar_fills = attributes(&svg, "rect", "fill");
    assert_eq!(
        bar_fills.iter().filter(|f| **f == series_css_colour(0, false)).count(),
        4 + 1, // four bars and the legend swatch
    );
    assert!(circles(&svg).iter().any(|(_, _, fill)| *fill == series_css_colour(1, false)));
    let texts = texts(&svg);
    assert!(texts.contains(&"total cases (right axis)".to_string()), "{texts:?}");
    assert!(texts.contains(&"150,000".to_string()), "{texts:?}");
}

#[test]
fn the_log_scale_notice_is_shown_only_on_a_log_scale() {
    let mixed = [news(&[0, 30, 80]), totals(&[5_000, 5_030, 5_110])];
    let (linear_svg, _) = render("linear", &mixed, &ChartOptions::default());
    let log_options = ChartOptions { log_scale: true, ..ChartOptions::default() };
    let (log_svg, log_layout) = render("log", &mixed, &log_options);
    assert!(!texts(&linear_svg).contains(&"log scale".to_string()));
    let texts = texts(&log_svg);
    assert!(texts.contains(&"log scale".to_string()), "{texts:?}");
    // Decade labels with real values; the zero cannot be placed and is left out.
    for label in ["10", "100", "1,000", "10,000"] {
        assert!(texts.contains(&label.to_string()), "{label} missing from {texts:?}");
    }
    assert_eq!(log_layout.points.len(), 5);
    assert!(!log_layout.points.iter().any(|p| p.series == 0 && p.point == 0));
    // On one log axis, 80 is lower than 5,000.
    let y = |series, point| log_layout.points.iter().find(|p| p.series == series && p.point == point).unwrap().y;
    assert!(y(0, 2) > y(1, 0));
}

#[test]
fn conflicting_points_are_ringed_and_the_ring_explained() {
    let conflicted = [with_conflict(totals(&[10, 20, 30]), 1)];
    let (svg, layout) = render("conflict", &conflicted, &ChartOptions::default());
    let point = layout.points[1];
    let rings: Vec<(i32, i32, String)> = circles(&svg).into_iter().filter(|(_, _, fill)| fill == "none").collect();
    assert!(rings.iter().any(|(x, y, _)| (*x, *y) == (point.x, point.y)), "{rings:?}");
    let other = layout.points[0];
    assert!(!rings.iter().any(|(x, y, _)| (*x, *y) == (other.x, other.y)));
    assert!(texts(&svg).contains(&"sources disagree".to_string()));

    let (plain, _) = render("no_conflict", &[totals(&[10, 20, 30])], &ChartOptions::default());
    assert!(!texts(&plain).contains(&"sources disagree".to_string()));
}

#[test]
fn nothing_to_chart_shows_a_message_instead_of_a_blank() {
    for (name, input) in [("empty", Vec::new()), ("no_points", vec![totals(&[])])] {
        let (svg, layout) = render(name, &input, &ChartOptions::default());
        assert_eq!(texts(&svg), ["No dated figures yet"], "{name}");
        assert_eq!(layout.message.as_deref(), Some("No dated figures yet"));
        assert!(layout.points.is_empty() && layout.plot_area.is_none());
    }
    let zeros = [news(&[0, 0])];
    let log = ChartOptions { log_scale: true, ..ChartOptions::default() };
    let (svg, _) = render("log_zeros", &zeros, &log);
    assert_eq!(texts(&svg), ["Nothing to show on a log scale: every value is zero"]);
    let hidden = ChartOptions { hidden: vec![zeros[0].key.clone()], ..ChartOptions::default() };
    let (svg, _) = render("hidden", &zeros, &hidden);
    assert_eq!(texts(&svg), ["Every series is hidden"]);
}

#[test]
fn hidden_series_are_not_drawn_and_the_others_keep_their_colours() {
    let two = [series(Kind::Total, Some(Subject::Fever), &[Some(10), Some(20)]), totals(&[15, 25])];
    let options = ChartOptions { hidden: vec![two[0].key.clone()], ..ChartOptions::default() };
    let (svg, layout) = render("hidden_one", &two, &options);
    assert!(layout.points.iter().all(|p| p.series == 1));
    assert_eq!(layout.legend.len(), 1);
    assert_eq!(layout.legend[0].series, 1);
    let texts = texts(&svg);
    assert!(!texts.contains(&"total fever cases".to_string()));
    assert!(texts.contains(&"total cases".to_string()));
    assert!(!svg.contains(&series_css_colour(0, false)));
    assert!(svg.contains(&series_css_colour(1, false)));
}

#[test]
fn a_single_point_all_zeros_and_huge_values_still_make_a_chart() {
    let cases = [
        ("one_point", vec![totals(&[42])]),
        ("one_bar", vec![news(&[7])]),
        ("all_zero", vec![news(&[0, 0, 0]), totals(&[0, 0, 0])]),
        ("huge", vec![totals(&[1, 1_000_000_000_000_000, u64::MAX])]),
    ];
    for (name, input) in cases {
        for log_scale in [false, true] {
            let options = ChartOptions { log_scale, ..ChartOptions::default() };
            let (svg, result) = render_at(&format!("{name}_{log_scale}"), SIZE, &input, &options);
            let layout = result.unwrap_or_else(|e| panic!("{name}: {e}"));
            if layout.message.is_some() {
                assert!(log_scale && name == "all_zero", "{name}: {:?}", layout.message);
                continue;
            }
            let plot = layout.plot_area.unwrap();
            assert!(!layout.points.is_empty(), "{name}");
            for p in &layout.points {
                assert!(
                    plot.left <= p.x && p.x <= plot.right && plot.top <= p.y && p.y <= plot.bottom,
                    "{name}: {p:?} outside {plot:?}"
                );
            }
            assert!(texts(&svg).len() > 3, "{name}: axis labels expected");
        }
    }
}

#[test]
fn the_single_day_axis_labels_that_day() {
    let (svg, _) = render("single_day", &[totals(&[42])], &ChartOptions::default());
    assert!(texts(&svg).contains(&"1 Mar".to_string()));
}

#[test]
fn scale_two_doubles_fonts_and_strokes() {
    let input = [with_conflict(totals(&[100, 200, 300]), 2), news(&[5, 9, 4])];
    let (one, _) = render_at("scale1", SIZE, &input, &ChartOptions::default()).clone();
    let double = ChartOptions { scale: 2.0, ..ChartOptions::default() };
    let (two, layout) = render_at("scale2", (SIZE.0 * 2, SIZE.1 * 2), &input, &double);
    assert!(layout.is_ok());
    let numbers = |svg: &str, tag: &str, name: &str| -> Vec<f64> {
        let mut values: Vec<f64> = attributes(svg, tag, name).iter().map(|v| v.parse().unwrap()).collect();
        values.sort_by(f64::total_cmp);
        values.dedup();
        values
    };
    for (tag, name) in [("text", "font-size"), ("polyline", "stroke-width"), ("circle", "r"), ("line", "stroke-width")]
    {
        let at_one = numbers(&one, tag, name);
        let at_two = numbers(&two, tag, name);
        assert!(!at_one.is_empty(), "{tag} {name}");
        let doubled: Vec<f64> = at_one.iter().map(|v| v * 2.0).collect();
        assert_eq!(at_two, doubled, "{tag} {name}");
    }
}

#[test]
fn the_dark_theme_has_a_dark_background_and_light_text() {
    let dark = ChartOptions { dark: true, ..ChartOptions::default() };
    let (svg, _) = render("dark", &[totals(&[1, 2])], &dark);
    let fills = attributes(&svg, "rect", "fill");
    assert_eq!(fills.first().map(String::as_str), Some("#1E1E1E"));
    assert!(attributes(&svg, "text", "fill").iter().all(|f| f == "#E6E6E6"));
}

#[test]
fn unusable_sizes_and_scales_are_errors_not_panics() {
    let input = [totals(&[1, 2])];
    let (_, result) = render_at("tiny", (40, 30), &input, &ChartOptions::default());
    assert_eq!(result, Err(ChartError::TooSmall { width: 40, height: 30 }));
    for scale in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        let options = ChartOptions { scale, ..ChartOptions::default() };
        let (_, result) = render_at("bad_scale", SIZE, &input, &options);
        assert!(matches!(result, Err(ChartError::InvalidScale(_))), "{scale}");
    }
}

#[test]
fn bars_of_several_new_series_on_one_day_stand_side_by_side() {
    let two = [news(&[50, 70]), series(Kind::New, Some(Subject::Fever), &[Some(40), Some(60)])];
    let (svg, layout) = render("side_by_side", &two, &ChartOptions::default());
    let first_day: Vec<i32> = layout.points.iter().filter(|p| p.point == 0).map(|p| p.x).collect();
    assert_eq!(first_day.len(), 2);
    assert!(first_day[0] < first_day[1], "slice order, left to right");
    // The bars (not the background or legend swatches) do not overlap.
    let rects: Vec<(i32, i32, String)> = attributes(&svg, "rect", "x")
        .iter()
        .zip(attributes(&svg, "rect", "width"))
        .zip(attributes(&svg, "rect", "fill"))
        .map(|((x, w), fill)| (x.parse().unwrap(), w.parse().unwrap(), fill))
        .collect();
    let bar = |colour: String| {
        rects.iter().filter(|(_, w, fill)| *fill == colour && *w > 20).map(|(x, w, _)| (*x, *w)).min().unwrap()
    };
    let (left_x, left_w) = bar(series_css_colour(0, false));
    let (right_x, _) = bar(series_css_colour(1, false));
    assert!(left_x + left_w <= right_x, "{left_x}+{left_w} overlaps {right_x}");
}

#[test]
fn two_years_of_figures_get_month_labels() {
    let days: Vec<Option<u64>> = (0..730).map(|d| (d % 7 == 0).then_some(d)).collect();
    let (svg, layout) = render("two_years", &[series(Kind::Total, None, &days)], &ChartOptions::default());
    assert_eq!(layout.points.len(), 105);
    let texts = texts(&svg);
    assert!(texts.contains(&"Jan 2027".to_string()), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "2026"), "month labels carry the year");
}

#[test]
fn many_series_in_a_small_chart_still_draw() {
    let many: Vec<Series> = (0..12)
        .map(|i| {
            let mut s = totals(&[i, i + 5]);
            s.key.location = Some(format!("District number {i}"));
            s
        })
        .collect();
    let (_, result) = render_at("many", (200, 130), &many, &ChartOptions::default());
    let layout = result.unwrap();
    assert_eq!(layout.points.len(), 24);
    assert!(layout.legend.len() < 12, "the legend keeps to its band");
}

#[test]
fn derived_points_are_drawn_hollow_and_reported_ones_filled() {
    let mut derived = totals(&[10, 20, 30]);
    derived.points[2].status = Status::Derived;
    let (svg, layout) = render("derived", &[derived], &ChartOptions::default());
    let hollow: Vec<(i32, i32, String)> = circles(&svg).into_iter().filter(|(_, _, fill)| fill == "none").collect();
    let (third, first) = (layout.points[2], layout.points[0]);
    assert!(hollow.iter().any(|(x, y, _)| (*x, *y) == (third.x, third.y)), "{hollow:?}");
    assert!(!hollow.iter().any(|(x, y, _)| (*x, *y) == (first.x, first.y)));
}

#[test]
fn the_ninth_series_shares_the_first_ones_colour_but_not_its_marker() {
    let nine: Vec<Series> = (0..9)
        .map(|i| {
            let mut s = totals(&[100 + i * 10, 200 + i * 10]);
            s.key.location = Some(format!("District {i}"));
            s
        })
        .collect();
    let (svg, layout) = render("nine", &nine, &ChartOptions::default());
    let at = |series: usize| layout.points.iter().filter(move |p| p.series == series).map(|p| (p.x, p.y));
    let circle_centres: Vec<(i32, i32)> = circles(&svg).into_iter().map(|(x, y, _)| (x, y)).collect();
    assert!(at(0).all(|point| circle_centres.contains(&point)), "the first series has round markers");
    assert!(!at(8).any(|point| circle_centres.contains(&point)), "the ninth has none");
    // Its markers are squares centred on its points.
    let (xs, ys) = (attributes(&svg, "rect", "x"), attributes(&svg, "rect", "y"));
    let (widths, heights) = (attributes(&svg, "rect", "width"), attributes(&svg, "rect", "height"));
    let squares: Vec<(i32, i32)> = (0..xs.len().min(ys.len()).min(widths.len()).min(heights.len()))
        .filter(|&i| widths[i] == heights[i])
        .filter_map(|i| {
            let half = widths[i].parse::<i32>().ok()? / 2;
            Some((xs[i].parse::<i32>().ok()? + half, ys[i].parse::<i32>().ok()? + half))
        })
        .collect();
    assert!(at(8).all(|point| squares.contains(&point)), "{squares:?}");
    assert_eq!(series_colour(8, false), series_colour(0, false));
}

/// The picture of `series` at [`SIZE`], texts measured at 0.6 em a character.
fn picture(series: &[Series], options: &ChartOptions) -> (Picture, ChartLayout) {
    let measure = |text: &str, size: f64| Ok((text.chars().count() as f64 * size * 0.6).ceil() as u32);
    picture_of(series, options, SIZE, &measure).unwrap()
}

/// The texts of `picture`.
fn words(picture: &Picture) -> Vec<&str> {
    picture.texts().map(|text| text.text.as_str()).collect()
}

#[test]
fn a_log_scale_chart_labels_whole_decades_with_real_values() {
    let log = ChartOptions { log_scale: true, ..ChartOptions::default() };
    let (picture, layout) = picture(&[totals(&[40, 400, 4_000])], &log);
    let words = words(&picture);
    for label in ["10", "100", "1,000", "10,000", "log scale"] {
        assert!(words.contains(&label), "{label} missing from {words:?}");
    }
    // Each tenfold rise climbs the same height.
    let rows: Vec<i32> = layout.points.iter().map(|p| p.y).collect();
    assert!((rows[0] - rows[1]).abs_diff(rows[1] - rows[2]) <= 1, "{rows:?}");
}

#[test]
fn bars_of_two_series_stand_side_by_side_within_their_day() {
    let two = [news(&[50, 70]), series(Kind::New, Some(Subject::Fever), &[Some(40), Some(60)])];
    let (picture, layout) = picture(&two, &ChartOptions::default());
    let plot = layout.plot_area.unwrap();
    let bars: Vec<((i32, i32), (i32, i32))> = picture
        .marks
        .iter()
        .filter_map(|mark| match mark {
            Mark::Rect { from, to, paint: Paint::Fill, .. } if from.1 > plot.top && to.1 == plot.bottom - 1 => {
                Some((*from, *to))
            }
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 4, "{bars:?}");
    // Series by series, day by day: day one's bars touch or part, never overlap, and
    // stand either side of the day's centre.
    let (cases, fever) = (bars[0], bars[2]);
    assert!(cases.1 .0 <= fever.0 .0, "{cases:?} overlaps {fever:?}");
    let day_one: Vec<i32> = layout.points.iter().filter(|p| p.point == 0).map(|p| p.x).collect();
    let centre = (day_one[0] + day_one[1]) / 2;
    assert!(cases.0 .0 < centre && centre < fever.1 .0, "{centre} not between {cases:?} and {fever:?}");
}

#[test]
fn a_right_axis_is_captioned_on_both_sides_reading_outwards() {
    let mixed = [news(&[120, 300, 80]), totals(&[150_000, 150_300, 150_380])];
    let (picture, layout) = picture(&mixed, &ChartOptions::default());
    let plot = layout.plot_area.unwrap();
    let caption = |words: &str| picture.texts().find(|text| text.text == words).unwrap();
    let left = caption("new (bars)");
    assert_eq!(left.turn, Turn::Anticlockwise);
    assert!(left.at.0 < plot.left);
    let right = caption("total (lines)");
    assert_eq!(right.turn, Turn::Clockwise);
    assert!(right.at.0 > plot.right);
    // The right axis' labels stand to its right, read from their start.
    let top = caption("200,000");
    assert_eq!(top.anchor, (HAlign::Left, VAlign::Middle));
    assert!(top.at.0 > plot.right);
}

/// Regression: plotters' secondary coordinate spanned one pixel more each way than the
/// primary, so totals on the right axis stood a pixel right of their day's tick and the
/// right axis' zero a pixel below the left one's.
#[test]
fn totals_on_a_right_axis_stand_on_their_days_and_share_the_zero_row() {
    let mixed = [news(&[0, 300, 80]), totals(&[0, 150_300, 150_380])];
    let (picture, layout) = picture(&mixed, &ChartOptions::default());
    let at = |series: usize, point: usize| {
        layout.points.iter().find(|p| p.series == series && p.point == point).map(|p| (p.x, p.y)).unwrap()
    };
    // The bar's point is the middle of its day (a single bar series stands centred).
    assert_eq!(at(0, 1).0, at(1, 1).0);
    assert_eq!(at(0, 0).0, at(1, 0).0);
    // The zero total sits on the same row as the left axis' zero tick.
    let ticks =
        |label: &str| picture.texts().filter(|text| text.text == label).map(|text| text.at.1).collect::<Vec<_>>();
    assert_eq!(ticks("0"), [at(1, 0).1, at(1, 0).1], "both zero labels on the zero total's row");
}

#[test]
fn labels_get_the_room_the_backend_measures() {
    let input = [totals(&[1_000_000, 2_000_000])];
    let options = ChartOptions::default();
    let plot_left = |em: f64| {
        let measure = move |text: &str, size: f64| Ok((text.chars().count() as f64 * size * em) as u32);
        picture_of(&input, &options, SIZE, &measure).unwrap().1.plot_area.unwrap().left
    };
    assert!(plot_left(1.2) > plot_left(0.5) + 20, "wider value labels push the plot right");
}
