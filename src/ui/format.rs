//! Words and numbers as the page shows them.

use crate::figure::{Approx, Figure};
use crate::series::Series;
use std::collections::BTreeSet;

/// "no figures found", "1 figure", "12 figures".
pub fn figure_count(count: usize) -> String {
    match count {
        0 => "no figures found".into(),
        1 => "1 figure".into(),
        n => format!("{n} figures"),
    }
}

/// A whole number with thousands separators: 392900 -> "392,900".
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The words for a qualifier, as they would read before the number ("more than").
pub fn approx_words(approx: Approx) -> &'static str {
    match approx {
        Approx::MoreThan => "more than",
        Approx::AtLeast => "at least",
        Approx::About => "about",
        Approx::Nearly => "nearly",
        Approx::LessThan => "less than",
    }
}

/// A figure's value as the article qualified it: "more than 392,900", "50 to 60", "412".
pub fn figure_value(figure: &Figure) -> String {
    let number = match figure.max {
        Some(max) if max != figure.value => {
            format!("{} to {}", thousands(figure.value), thousands(max))
        }
        _ => thousands(figure.value),
    };
    match figure.approx {
        Some(approx) => format!("{} {number}", approx_words(approx)),
        None => number,
    }
}

/// What a figure counts, with its case status and place: "cases (suspected), Kassara".
pub fn figure_metric(figure: &Figure) -> String {
    let mut words = figure.metric.name().to_string();
    if let Some(subject) = figure.subject {
        words.push_str(&format!(" ({subject})"));
    }
    if let Some(location) = &figure.location {
        words.push_str(", ");
        words.push_str(location);
    }
    words
}

/// The chart's accessible description: how many series from how many articles, and
/// their names; or that there is nothing to draw yet.
pub fn chart_description(series: &[Series], log_scale: bool) -> String {
    if series.is_empty() {
        return "No dated figures yet".into();
    }
    let articles: BTreeSet<usize> = series
        .iter()
        .flat_map(|one| &one.points)
        .flat_map(|point| {
            let sources = point.sources.iter().copied();
            let others = point.agreeing.iter().chain(&point.conflicting);
            sources.chain(others.map(|other| other.source))
        })
        .map(|source| source.article)
        .collect();
    let labels: Vec<String> = series.iter().map(|one| one.key.label()).collect();
    format!(
        "Chart{} of {} series from {}: {}",
        if log_scale {
            " (logarithmic scale)"
        } else {
            ""
        },
        series.len(),
        match articles.len() {
            1 => "1 article".to_string(),
            n => format!("{n} articles"),
        },
        labels.join(", ")
    )
}
