//! What the page says about one point of the chart, from one place: the hover
//! tooltip and the line under the chart read the same facts.

use crate::chart::thousands;
use crate::date::Date;
use crate::series::{OtherValue, Point, Series, SourceRef, Status};
use crate::ui::format::{approx_words, figure_value};
use crate::ui::state::Article;
use std::rc::Rc;

/// The most headlines a tooltip lists; the rest are counted ("and 3 more").
const MAX_SOURCES: usize = 4;

/// One point, in words.
#[derive(Clone, PartialEq, Debug)]
pub struct PointFacts {
    /// The point's day.
    pub date: Date,
    /// The series' label ("total cases").
    pub label: String,
    /// The value as the source stated it: "more than 3,900", "3,905".
    pub value: String,
    /// "reported", "conflict: articles also said 4,100", "derived from ...".
    pub status: String,
    /// The consistency checks it failed, described.
    pub flags: Vec<String>,
    /// The headlines of the articles it came from, first source first, each once;
    /// the last entry counts any left out.
    pub sources: Vec<String>,
}

impl PointFacts {
    /// The facts of `series.points[point]`; `articles` are those the series were
    /// assembled from, in the same order. `None` if there is no such point.
    pub fn of(series: &Series, point: usize, articles: &[Rc<Article>]) -> Option<PointFacts> {
        let point = series.points.get(point)?;
        Some(PointFacts {
            date: point.date,
            label: series.key.label(),
            value: stated_value(point, articles),
            status: status_words(point),
            flags: point.flags.iter().map(|flag| flag.describe()).collect(),
            sources: headlines(&point.sources, articles),
        })
    }

    /// One line for the text under the chart: "total cases on Sun 8 Mar 2026: 6,118
    /// (reported; from “Cholera cases pass 6,000”)".
    pub fn summary(&self) -> String {
        let mut text = format!("{} on {}: {} ({}", self.label, self.date.long_form(), self.value, self.status);
        for flag in &self.flags {
            text.push_str("; check: ");
            text.push_str(flag);
        }
        if !self.sources.is_empty() {
            text.push_str("; from ");
            text.push_str(&self.sources.join(", "));
        }
        text.push(')');
        text
    }
}

/// The value with its source's qualifier or range, when the first source stated
/// exactly this value; otherwise (a derived point) the bare number.
fn stated_value(point: &Point, articles: &[Rc<Article>]) -> String {
    point
        .sources
        .first()
        .and_then(|source| figure_of(*source, articles))
        .filter(|figure| figure.value == point.value && point.status != Status::Derived)
        .map_or_else(|| thousands(point.value), figure_value)
}

/// The figure behind a source, if its article is still listed with it.
pub fn figure_of(source: SourceRef, articles: &[Rc<Article>]) -> Option<&crate::figure::Figure> {
    articles.get(source.article)?.extraction.figures.get(source.figure)
}

/// "reported", "conflict: articles also said more than 4,100", "derived from total
/// 3,905 on Mon 2 Mar 2026 and total 4,790 on Wed 4 Mar 2026".
fn status_words(point: &Point) -> String {
    match point.status {
        Status::Reported => "reported".into(),
        Status::Conflict => format!("conflict: articles also said {}", other_values(&point.conflicting)),
        Status::Derived => {
            let from: Vec<String> = point
                .derived_from
                .iter()
                .map(|from| format!("{} {} on {}", from.kind.name(), thousands(from.value), from.date.long_form()))
                .collect();
            if from.is_empty() {
                "derived: no article states it".into()
            } else {
                format!("derived: no article states it; computed from {}", from.join(" and "))
            }
        }
    }
}

/// "4,100, more than 4,000".
fn other_values(values: &[OtherValue]) -> String {
    let words: Vec<String> = values
        .iter()
        .map(|other| match other.approx {
            Some(approx) => format!("{} {}", approx_words(approx), thousands(other.value)),
            None => thousands(other.value),
        })
        .collect();
    words.join(", ")
}

/// The headlines of the sources' articles, each once, at most [`MAX_SOURCES`] plus a
/// count of the rest.
fn headlines(sources: &[SourceRef], articles: &[Rc<Article>]) -> Vec<String> {
    let mut seen: Vec<usize> = Vec::new();
    for source in sources {
        if articles.get(source.article).is_some() && !seen.contains(&source.article) {
            seen.push(source.article);
        }
    }
    let mut listed: Vec<String> =
        seen.iter().take(MAX_SOURCES).filter_map(|&index| articles.get(index)).map(|a| a.headline.clone()).collect();
    if seen.len() > MAX_SOURCES {
        listed.push(format!("and {} more", seen.len() - MAX_SOURCES));
    }
    listed
}
