//! `cargo bench --bench throughput`: native speed of each layer on this machine.
//!
//! Extraction runs over the test corpus and the example articles repeated to a few
//! megabytes (one article at a time, as a user would paste them); assembly and drawing
//! over the figures of a thousand articles. Prints one line per measure, for the
//! README's performance table. Not a test: nothing here asserts a speed.

use casecurve::chart::{draw, ChartOptions};
use casecurve::examples::EXAMPLES;
use casecurve::extract::extract;
use casecurve::figure::Figure;
use casecurve::series::assemble;
use plotters::prelude::SVGBackend;
use std::time::{Duration, Instant};

/// Runs `work` repeatedly until `budget` has passed; returns the fastest run, the
/// least disturbed by whatever else the machine is doing.
fn time<T>(budget: Duration, mut work: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    let mut fastest = Duration::MAX;
    while start.elapsed() < budget || fastest == Duration::MAX {
        let run = Instant::now();
        std::hint::black_box(work());
        fastest = fastest.min(run.elapsed());
    }
    fastest
}

/// The corpus articles (`tests/corpus/*.txt`) and the examples.
fn articles() -> Vec<String> {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut texts: Vec<String> = std::fs::read_dir(corpus)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "txt"))
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .collect();
    texts.extend(EXAMPLES.iter().map(|e| e.text.to_string()));
    texts
}

fn main() {
    let texts = articles();
    let articles: Vec<&str> = texts.iter().map(String::as_str).collect();
    let one_pass: usize = articles.iter().map(|a| a.len()).sum();
    let repeats = (4 << 20) / one_pass + 1;
    let bytes = one_pass * repeats;
    let per_run = time(Duration::from_secs(3), || {
        let mut figures = 0;
        for _ in 0..repeats {
            for article in &articles {
                figures += extract(article, None).figures.len();
            }
        }
        figures
    });
    let mb_per_s = bytes as f64 / per_run.as_secs_f64() / 1e6;
    println!(
        "extract: {} articles repeated to {:.1} MB in {:.1} ms = {mb_per_s:.0} MB/s (one core)",
        articles.len(),
        bytes as f64 / 1e6,
        per_run.as_secs_f64() * 1e3
    );

    // A thousand articles' figures: the examples, shifted a day apart.
    let extractions: Vec<Vec<Figure>> = (0..1000)
        .map(|i| {
            let mut figures = extract(articles[i % articles.len()], None).figures;
            for figure in &mut figures {
                figure.date = figure.date.and_then(|d| d.add_days((i / articles.len()) as i32));
            }
            figures
        })
        .collect();
    let lists: Vec<&[Figure]> = extractions.iter().map(Vec::as_slice).collect();
    let figure_count: usize = lists.iter().map(|l| l.len()).sum();
    let assembly = time(Duration::from_secs(2), || assemble(&lists));
    println!("assemble: {figure_count} figures from 1,000 articles in {:.2} ms", assembly.as_secs_f64() * 1e3);

    // A long outbreak told day by day: two years of daily reports of totals and new
    // counts, each day's pair checked against the day before's.
    let daily_reports: Vec<Vec<Figure>> = (0..730)
        .map(|day| {
            let mut figures = extract(EXAMPLES[0].text, None).figures;
            for figure in &mut figures {
                figure.date = figure.date.and_then(|d| d.add_days(day));
                figure.value = figure.value.saturating_add(figure.value * day as u64 / 10);
            }
            figures
        })
        .collect();
    let daily_lists: Vec<&[Figure]> = daily_reports.iter().map(Vec::as_slice).collect();
    let points: usize = assemble(&daily_lists).iter().map(|s| s.points.len()).sum();
    let long_assembly = time(Duration::from_secs(2), || assemble(&daily_lists));
    println!("assemble: 730 daily reports into {points} points in {:.2} ms", long_assembly.as_secs_f64() * 1e3);

    let series = assemble(&lists);
    let options = ChartOptions { scale: 2.0, ..ChartOptions::default() };
    let redraw = time(Duration::from_secs(2), || {
        let mut svg = String::new();
        let layout = draw(SVGBackend::with_string(&mut svg, (1600, 900)), &series, &options).map(|l| l.points.len());
        (svg.len(), layout.ok())
    });
    println!("draw (SVG, 1600x900, scale 2): {} series in {:.2} ms", series.len(), redraw.as_secs_f64() * 1e3);
}
