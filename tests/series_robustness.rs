//! Any set of figures (the user edits them freely) assembles without a panic into
//! well-formed series: sorted, one point per day, every stated figure accounted for
//! exactly once, derived points only where nothing was stated; and those series draw,
//! in every view on both scales, with every point inside the plot. A small
//! deterministic generator stands in for a property-testing crate.

use casecurve::chart::{draw, ChartOptions, View};
use casecurve::date::Date;
use casecurve::figure::{Approx, Figure, Kind, Metric, Span, Subject, MAX_VALUE};
use casecurve::series::{assemble, Series, SeriesKey, SourceRef, Status};
use plotters::prelude::SVGBackend;
use std::collections::{BTreeMap, BTreeSet};

mod common;
use common::Rng;

/// Values at the edges: zero, small counts, round numbers, up to 10^15 and beyond.
fn value(rng: &mut Rng) -> u64 {
    match rng.below(6) {
        0 => 0,
        1 => rng.below(100),
        2 => rng.below(10_000),
        3 => rng.pick(&[1_000, 1_700_000, 1_722_500, MAX_VALUE, 10u64.pow(15), 999_999_999_999_999]),
        4 => rng.below(10u64.pow(15)),
        _ => rng.pick(&[u64::MAX, u64::MAX - 1, u64::MAX / 2]),
    }
}

/// The first day figures are spread from.
fn first_day() -> Option<Date> {
    Date::from_ymd(2030, 1, 1)
}

fn figure(rng: &mut Rng, count: usize, days: u64) -> Figure {
    let value = value(rng);
    let wider = value.saturating_add(rng.below(1_000));
    Figure {
        metric: rng.pick(&[Metric::Cases, Metric::Cases, Metric::Deaths, Metric::Active]),
        kind: rng.pick(&[Kind::New, Kind::Total]),
        value,
        max: rng.pick(&[None, None, None, Some(wider), Some(value / 2)]),
        period_days: rng.pick(&[None, Some(1), Some(1), Some(0), Some(7), Some(u32::MAX)]),
        date: match rng.below(10) {
            0 => None,
            1 => Date::from_ymd(1970, 1, 1),
            _ => first_day().and_then(|d| d.add_days(rng.below(days) as i32)),
        },
        approx: rng.pick(&[None, None, Some(Approx::MoreThan), Some(Approx::About), Some(Approx::Nearly)]),
        precision: rng.pick(&[0, 1, 1, 10, 100, 10_000, 1_000_000, u64::MAX]),
        location: rng.pick(&[None, None, Some("Kassara")]).map(String::from),
        subject: rng.pick(&[None, None, Some(Subject::Confirmed)]),
        text: String::new(),
        start: 0,
        end: 0,
        sentence: Span { start: 0, end: 0 },
        explain: Vec::new(),
        // Restatements of anything: earlier, later, themselves, nothing that exists.
        restates: match rng.below(8) {
            0 => Some(rng.below(count as u64 + 2) as usize),
            1 => Some(usize::MAX),
            _ => None,
        },
    }
}

fn articles(rng: &mut Rng, articles: usize, per_article: usize, days: u64) -> Vec<Vec<Figure>> {
    (0..articles)
        .map(|_| {
            let count = rng.below(per_article as u64 + 1) as usize;
            (0..count).map(|_| figure(rng, count, days)).collect()
        })
        .collect()
}

/// Assembles `articles`, checks what must hold for any input, draws the series (see
/// [`assert_draws`]) and counts the derived, conflicting and flagged points (so a test
/// can tell that it reached them).
fn assert_well_formed(articles: &[Vec<Figure>]) -> [usize; 3] {
    let (reached, series) = assert_assembles(articles);
    assert_draws(&series);
    reached
}

/// [`assert_well_formed`] without the drawing: the counts and the series.
fn assert_assembles(articles: &[Vec<Figure>]) -> ([usize; 3], Vec<Series>) {
    let mut reached = [0; 3];
    let lists: Vec<&[Figure]> = articles.iter().map(Vec::as_slice).collect();
    let series = assemble(&lists);
    let keys: Vec<&SeriesKey> = series.iter().map(|one| &one.key).collect();
    assert!(keys.windows(2).all(|pair| pair[0] < pair[1]), "series sorted by key, each once");
    let mut stated_days: BTreeMap<SeriesKey, BTreeSet<Date>> = BTreeMap::new();
    let mut seen: BTreeSet<SourceRef> = BTreeSet::new();
    for one in &series {
        assert!(!one.points.is_empty());
        assert!(one.points.windows(2).all(|pair| pair[0].date < pair[1].date), "one point per day, in order");
        for point in &one.points {
            let counts = [point.status == Status::Derived, point.status == Status::Conflict, !point.flags.is_empty()];
            for (count, counted) in reached.iter_mut().zip(counts) {
                *count += usize::from(counted);
            }
            let derived = point.status == Status::Derived;
            assert_eq!(derived, !point.derived_from.is_empty());
            assert_eq!(point.status == Status::Conflict, !point.conflicting.is_empty());
            if derived {
                assert!(point.agreeing.is_empty() && point.flags.is_empty());
                continue;
            }
            assert!(!point.sources.is_empty(), "a stated point has the statement of its value");
            stated_days.entry(one.key.clone()).or_default().insert(point.date);
            let others = point.agreeing.iter().chain(&point.conflicting).map(|other| other.source);
            for source in point.sources.iter().copied().chain(others) {
                assert!(articles.get(source.article).is_some_and(|figures| source.figure < figures.len()));
                assert!(seen.insert(source), "{source:?} listed twice");
            }
        }
    }
    // Every dated figure that restates nothing is on its own series' day.
    for (article, figures) in articles.iter().enumerate() {
        for (index, figure) in figures.iter().enumerate() {
            let Some(date) = figure.date.filter(|_| figure.restates.is_none()) else { continue };
            assert!(seen.contains(&SourceRef { article, figure: index }), "figure {article}/{index} lost");
            assert!(stated_days.get(&SeriesKey::of(figure)).is_some_and(|days| days.contains(&date)));
        }
    }
    (reached, series)
}

/// Draws `series` in every view, on both scales, into SVG: a chart or a message, never
/// an error or a panic, and every placed point inside the picture, at the plot's height.
/// (Not always inside its width: side-by-side bars on the first day of a dense axis
/// stand up to a few pixels left of the plot area.)
fn assert_draws(series: &[Series]) {
    for view in View::ALL {
        for log_scale in [false, true] {
            let options = ChartOptions { view, log_scale, doubling_lines: true, ..ChartOptions::default() };
            let mut svg = String::new();
            let layout = draw(SVGBackend::with_string(&mut svg, (800, 500)), series, &options)
                .unwrap_or_else(|error| panic!("{view:?}, log {log_scale}: {error}"));
            let Some(plot) = layout.plot_area else {
                assert!(layout.message.is_some(), "{view:?}: neither a chart nor a message");
                continue;
            };
            for p in &layout.points {
                assert!(
                    (0..800).contains(&p.x) && plot.top <= p.y && p.y <= plot.bottom,
                    "{view:?}, log {log_scale}: {p:?} outside {plot:?}"
                );
            }
        }
    }
}

#[test]
fn random_figure_sets_assemble_into_well_formed_series() {
    let mut rng = Rng(0x5EED_CA5E_C0DE_F00D);
    let mut reached = [0; 3];
    for round in 0..2_000 {
        let count = 1 + rng.below(6) as usize;
        let sets = articles(&mut rng, count, 12, 10);
        // Drawing ten charts is the slow part: one round in ten draws.
        let counts = if round % 10 == 0 { assert_well_formed(&sets) } else { assert_assembles(&sets).0 };
        for (total, more) in reached.iter_mut().zip(counts) {
            *total += more;
        }
    }
    assert!(reached.iter().all(|count| *count > 0), "derived, conflicting, flagged: {reached:?}");
}

#[test]
fn thousands_of_points_over_years_assemble_into_well_formed_series() {
    let mut rng = Rng(7);
    let sets = articles(&mut rng, 400, 25, 3_000);
    assert!(sets.iter().map(Vec::len).sum::<usize>() > 3_000);
    assert_well_formed(&sets);
}

#[test]
fn long_runs_of_exact_consecutive_figures_derive_without_overflow() {
    // A total near u64::MAX, then 3,000 daily counts (adding them overflows: the chain
    // stops), then 3,000 totals near the top that fall six days in seven.
    let day = |n: i32| Date::from_ymd(2030, 1, 1).and_then(|d| d.add_days(n));
    let exact = |kind, value, n, period_days| Figure { period_days, ..Figure::new(Metric::Cases, kind, value, day(n)) };
    let mut figures = vec![exact(Kind::Total, u64::MAX - 5, 0, None)];
    figures.extend((1..3_000).map(|n| exact(Kind::New, 10u64.pow(15), n, Some(1))));
    figures.extend((3_000..6_000).map(|n| exact(Kind::Total, u64::MAX - (n as u64 % 7), n, None)));
    let [derived, _, flagged] = assert_well_formed(&[figures]);
    assert!(derived > 400 && flagged > 2_500, "{derived} derived, {flagged} flagged");
    // The same figures twice over, as if every article were pasted twice.
    let twice = vec![exact(Kind::Total, 5, 0, None), exact(Kind::Total, 5, 0, None), exact(Kind::New, 5, 1, Some(1))];
    assert_eq!(assert_well_formed(&[twice.clone(), twice]), [1, 0, 0], "one derived total, no conflict");
}

#[test]
fn no_figures_one_figure_and_a_zero_assemble_and_draw() {
    assert_eq!(assert_well_formed(&[]), [0, 0, 0]);
    assert_eq!(assert_well_formed(&[Vec::new(), Vec::new()]), [0, 0, 0]);
    let one = |value| vec![vec![Figure::new(Metric::Cases, Kind::Total, value, first_day())]];
    for value in [0, 1, MAX_VALUE, MAX_VALUE / 1_000, 10u64.pow(15), u64::MAX] {
        assert_well_formed(&one(value));
    }
}

#[test]
fn figures_on_random_days_from_1900_to_2999_assemble_and_draw() {
    let mut rng = Rng(1900);
    let start = Date::from_ymd(1900, 1, 1).unwrap();
    let span = Date::from_ymd(2999, 12, 31).unwrap().days_since(start) as u64;
    for count in [2, 10, 200] {
        let figures: Vec<Figure> = (0..count)
            .map(|_| {
                let date = start.add_days(rng.below(span + 1) as i32);
                Figure::new(
                    rng.pick(&[Metric::Cases, Metric::Deaths]),
                    rng.pick(&[Kind::New, Kind::Total]),
                    value(&mut rng),
                    date,
                )
            })
            .collect();
        assert_well_formed(&[figures]);
    }
}
