//! The two reference articles in `../shared/seeds/` must always come out exactly as
//! `expected.json` says. The seeds live outside the repository; on a machine without
//! them these tests say so and pass.

use casecurve::date::Date;
use casecurve::extract::{extract, Extraction, PublishedSource};
use casecurve::figure::Figure;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.join("expected.json").is_file().then_some(dir)
}

fn load() -> Option<(PathBuf, serde_json::Map<String, Value>)> {
    let Some(dir) = seeds_dir() else {
        eprintln!("../shared/seeds not found: seed checks skipped");
        return None;
    };
    let expected = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json is readable");
    let Value::Object(map) = serde_json::from_str(&expected).expect("expected.json is JSON") else {
        panic!("expected.json is not an object");
    };
    Some((dir, map))
}

fn field<'a>(entry: &'a Value, name: &str) -> Option<&'a str> {
    entry.get(name).and_then(Value::as_str)
}

/// Whether `figure` is the expected figure: metric, kind, value, day, place, and the
/// subject where one is expected (its first word: "confirmed COVID-19 (...)").
fn matches(figure: &Figure, expected: &Value) -> bool {
    let subject = field(expected, "subject").and_then(|s| s.split_whitespace().next());
    let subject_ok = subject.is_none_or(|want| figure.subject.map(|s| s.name()) == Some(want));
    subject_ok
        && figure.metric.name() == field(expected, "metric").unwrap_or_default()
        && figure.kind.name() == field(expected, "kind").unwrap_or_default()
        && Some(figure.value) == expected["value"].as_u64()
        && figure.date.map(|d| d.to_string()).as_deref() == field(expected, "date")
        && figure.location.as_deref() == field(expected, "location")
}

fn check(name: &str, text: &str, extraction: &Extraction, expected: &Value) {
    let wanted = expected["figures"].as_array().expect("figures");
    for want in wanted {
        assert!(
            extraction.figures.iter().any(|f| matches(f, want)),
            "{name}: missing {want}\ngot: {:#?}",
            extraction.figures.iter().map(|f| (&f.text, f.metric, f.kind, f.value, f.date)).collect::<Vec<_>>()
        );
    }
    for figure in &extraction.figures {
        assert_eq!(&text[figure.start..figure.end], figure.text);
        assert!(
            wanted.iter().any(|want| matches(figure, want)),
            "{name}: unexpected figure {:?} ({})",
            figure.text,
            figure.value
        );
    }
    for trap in expected["not_figures"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        let at = text.find(trap).expect("the trap is in the text");
        let span = at..at + trap.len();
        assert!(
            !extraction.figures.iter().any(|f| span.contains(&f.start) && span.contains(&(f.end - 1))),
            "{name}: {trap:?} read as a figure"
        );
    }
}

#[test]
fn both_seed_articles_come_out_exactly_as_expected() {
    let Some((dir, expected)) = load() else { return };
    assert!(expected.len() >= 2);
    for (name, entry) in &expected {
        let text = std::fs::read_to_string(dir.join(name)).expect("seed article is readable");
        let published = Date::parse_iso(field(entry, "published").expect("published")).expect("a date");
        let found = extract(&text, None);
        // Where the text holds its date, it must be found; where it does not, the
        // user is asked, and with the user's date every figure is right.
        let extraction = match found.published {
            Some(date) => {
                assert_eq!(date, published, "{name}: publication date");
                assert_eq!(found.published_source, Some(PublishedSource::Text));
                found
            }
            None => {
                assert!(
                    found.published_explain.contains("enter the publication date"),
                    "{name}: {}",
                    found.published_explain
                );
                assert!(
                    found.figures.iter().all(|f| f.date.is_none()),
                    "{name}: figures dated without a publication date"
                );
                extract(&text, Some(published))
            }
        };
        check(name, &text, &extraction, entry);
    }
}
