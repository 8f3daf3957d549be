//! Support shared by the chart tests: hand-made series, rendering into SVG, and
//! reading the SVG back.
#![allow(dead_code)] // each test file uses a different part

use casecurve::chart::{draw, ChartError, ChartLayout, ChartOptions};
use casecurve::date::Date;
use casecurve::figure::{Kind, Metric, Subject};
use casecurve::series::{Point, Series, SeriesKey, Status};
use plotters::prelude::SVGBackend;

/// The size of most test charts.
pub const SIZE: (u32, u32) = (800, 500);

/// A series of `kind` cases with `values` on consecutive days from 1 March 2026
/// (`None` leaves a day out).
pub fn series(kind: Kind, subject: Option<Subject>, values: &[Option<u64>]) -> Series {
    count(SeriesKey { metric: Metric::Cases, kind, subject, location: None }, values)
}

/// The series `key` with `values` on consecutive days from 1 March 2026 (`None` leaves
/// a day out).
pub fn count(key: SeriesKey, values: &[Option<u64>]) -> Series {
    let start = Date::from_ymd(2026, 3, 1).unwrap();
    Series {
        key,
        points: values
            .iter()
            .enumerate()
            .filter_map(|(day, value)| {
                Some(Point::new(start.add_days(day as i32).unwrap(), (*value)?, Status::Reported))
            })
            .collect(),
    }
}

pub fn totals(values: &[u64]) -> Series {
    series(Kind::Total, None, &values.iter().map(|v| Some(*v)).collect::<Vec<_>>())
}

pub fn news(values: &[u64]) -> Series {
    series(Kind::New, None, &values.iter().map(|v| Some(*v)).collect::<Vec<_>>())
}

/// Draws at `size` and returns the SVG text and the layout; also leaves the SVG in
/// the target directory's tmp folder for looking at.
pub fn render_at(
    name: &str,
    size: (u32, u32),
    series: &[Series],
    options: &ChartOptions,
) -> (String, Result<ChartLayout, ChartError>) {
    let mut svg = String::new();
    let result = draw(SVGBackend::with_string(&mut svg, size), series, options);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(dir.join(format!("chart_{name}.svg")), &svg).ok();
    (svg, result)
}

pub fn render(name: &str, series: &[Series], options: &ChartOptions) -> (String, ChartLayout) {
    let (svg, result) = render_at(name, SIZE, series, options);
    (svg, result.unwrap())
}

/// The `<text>` contents of an SVG.
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.trim().to_string()))
        .collect()
}

/// The values of attribute `name` on elements `<tag`.
pub fn attributes(svg: &str, tag: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    svg.split(&format!("<{tag} "))
        .skip(1)
        .filter_map(|element| {
            let element = format!(" {}", element.split_once('>')?.0);
            let start = element.find(&needle)? + needle.len();
            Some(element[start..].split_once('"')?.0.to_string())
        })
        .collect()
}

/// Circles as (cx, cy, fill) .
pub fn circles(svg: &str) -> Vec<(i32, i32, String)> {
    let cx = attributes(svg, "circle", "cx");
    let cy = attributes(svg, "circle", "cy");
    let fill = attributes(svg, "circle", "fill");
    cx.iter().zip(&cy).zip(&fill).map(|((x, y), f)| (x.parse().unwrap(), y.parse().unwrap(), f.clone())).collect()
}
