//! Words and numbers as the page shows them.

use crate::chart::thousands;
use crate::figure::{Approx, Figure};
use crate::series::{Series, SeriesKey};

/// "no figures found", "1 figure", "12 figures".
pub fn figure_count(count: usize) -> String {
    match count {
        0 => "no figures found".into(),
        1 => "1 figure".into(),
        n => format!("{n} figures"),
    }
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
/// their names; or that there is nothing to draw.
pub fn chart_description(series: &[Series], hidden: &[SeriesKey], log_scale: bool) -> String {
    let shown: Vec<&Series> = series.iter().filter(|one| !hidden.contains(&one.key)).collect();
    if shown.is_empty() {
        return if series.is_empty() { "No dated figures yet".into() } else { "Every series is hidden".into() };
    }
    // The distinct articles, marked by index (articles are numbered from 0): a point of
    // a long paste's series cites thousands of them, and a search through the articles
    // counted so far took 100 ms a redraw with 2,000. A set type (sorting and balancing
    // code) would cost the page's bundle more.
    let mut counted: Vec<bool> = Vec::new();
    let mut articles = 0;
    let sources = shown.iter().flat_map(|one| &one.points).flat_map(|point| {
        let sources = point.sources.iter().copied();
        let others = point.agreeing.iter().chain(&point.conflicting);
        sources.chain(others.map(|other| other.source))
    });
    for source in sources {
        if counted.len() <= source.article {
            counted.resize(source.article + 1, false);
        }
        if let Some(mark) = counted.get_mut(source.article).filter(|mark| !**mark) {
            *mark = true;
            articles += 1;
        }
    }
    let labels: Vec<String> = shown.iter().map(|one| one.key.label()).collect();
    let mut description = format!(
        "Chart{} of {} series from {}: {}",
        if log_scale { " (logarithmic scale)" } else { "" },
        shown.len(),
        match articles {
            1 => "1 article".to_string(),
            n => format!("{n} articles"),
        },
        labels.join(", ")
    );
    if shown.len() < series.len() {
        let hidden: Vec<String> =
            series.iter().filter(|one| hidden.contains(&one.key)).map(|one| one.key.label()).collect();
        description.push_str(&format!("; hidden: {}", hidden.join(", ")));
    }
    description
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::figure::{Kind, Metric, Subject};
    use crate::series::assemble;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn figure(kind: Kind, value: u64, day: u32) -> Figure {
        Figure::new(Metric::Cases, kind, value, Date::from_ymd(2026, 3, day))
    }

    #[wasm_bindgen_test]
    fn values_read_as_the_article_qualified_them() {
        let mut more = figure(Kind::Total, 392_900, 3);
        more.approx = Some(Approx::MoreThan);
        assert_eq!(figure_value(&more), "more than 392,900");
        let mut range = figure(Kind::New, 50, 3);
        range.max = Some(1_060);
        assert_eq!(figure_value(&range), "50 to 1,060");
        assert_eq!(figure_value(&figure(Kind::New, 412, 3)), "412");
    }

    #[wasm_bindgen_test]
    fn metrics_name_their_case_status_and_place() {
        let mut suspected = figure(Kind::Total, 1_980, 4);
        suspected.subject = Some(Subject::Suspected);
        suspected.location = Some("Kassara".into());
        assert_eq!(figure_metric(&suspected), "cases (suspected), Kassara");
    }

    #[wasm_bindgen_test]
    fn the_chart_description_names_what_is_shown() {
        assert_eq!(chart_description(&[], &[], false), "No dated figures yet");
        let first = [figure(Kind::Total, 3_905, 3)];
        let second = [figure(Kind::Total, 4_790, 4), figure(Kind::New, 468, 4)];
        let series = assemble(&[&first, &second]);
        assert_eq!(chart_description(&series, &[], false), "Chart of 2 series from 2 articles: new cases, total cases");
        let new_hidden = [series[0].key.clone()];
        assert_eq!(
            chart_description(&series, &new_hidden, true),
            "Chart (logarithmic scale) of 1 series from 2 articles: total cases; hidden: new cases"
        );
        // Articles are counted once each, whatever their place in the list.
        let undated: [Figure; 0] = [];
        let again = [figure(Kind::Total, 4_790, 4)];
        let series = assemble(&[&first, &undated, &second, &again]);
        assert_eq!(chart_description(&series, &[], false), "Chart of 2 series from 3 articles: new cases, total cases");
        let all = [series[0].key.clone(), series[1].key.clone()];
        assert_eq!(chart_description(&series, &all, false), "Every series is hidden");
    }
}
