//! The series as CSV, one row per point: `date,metric,kind,subject,location,value,status,sources`.
//! Written by the CLI (`casecurve series`) and downloaded from the page alike; the
//! caller names the sources (file names on the command line, headlines in the page).

use super::{Point, Series};

/// The CSV's header line (without its line break).
pub const HEADER: &str = "date,metric,kind,subject,location,value,status,sources";

/// The series as CSV: a header, then one row per point; a point's sources are the
/// `names` of its articles (indexed as in [`super::SourceRef::article`]), each once,
/// joined by `;`.
pub fn to_csv(series: &[Series], names: &[String]) -> String {
    let mut csv = format!("{HEADER}\n");
    for one in series {
        for point in &one.points {
            let sources: Vec<&str> = source_names(point, names);
            let row = [
                point.date.to_string(),
                one.key.metric.name().to_string(),
                one.key.kind.name().to_string(),
                one.key.subject.map_or(String::new(), |s| s.name().to_string()),
                one.key.location.clone().unwrap_or_default(),
                point.value.to_string(),
                point.status.name().to_string(),
                sources.join(";"),
            ];
            let cells: Vec<String> = row.iter().map(|cell| csv_cell(cell)).collect();
            csv.push_str(&cells.join(","));
            csv.push('\n');
        }
    }
    csv
}

/// The names of a point's sources, each once, in the order given.
pub fn source_names<'a>(point: &Point, names: &'a [String]) -> Vec<&'a str> {
    let mut sources: Vec<&str> = Vec::new();
    for name in point.sources.iter().filter_map(|source| names.get(source.article)) {
        if !sources.contains(&name.as_str()) {
            sources.push(name);
        }
    }
    sources
}

/// Quotes a CSV cell when it holds a comma, quote or line break.
fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::figure::{Kind, Metric};
    use crate::series::{SeriesKey, SourceRef, Status};

    #[test]
    fn headlines_with_commas_and_quotes_stay_one_cell_and_sources_are_named_once() {
        let mut point = Point::new(Date::from_ymd(2026, 3, 8).unwrap(), 6_118, Status::Conflict);
        point.sources = [(1, 0), (0, 2), (1, 3)].map(|(article, figure)| SourceRef { article, figure }).to_vec();
        let key =
            SeriesKey { metric: Metric::Cases, kind: Kind::Total, subject: None, location: Some("Kassara".into()) };
        let names = ["Clinic, update".to_string(), "Cases “rise” \"sharply\"".to_string()];
        let csv = to_csv(&[Series { key, points: vec![point] }], &names);
        assert_eq!(
            csv,
            "date,metric,kind,subject,location,value,status,sources\n\
             2026-03-08,cases,total,,Kassara,6118,conflict,\"Cases “rise” \"\"sharply\"\";Clinic, update\"\n"
        );
        assert_eq!(to_csv(&[], &names), format!("{HEADER}\n"));
    }
}
