//! Extraction quality on the team's corpus (`tests/corpus/`, see its README): every
//! article's figures scored against the figures an analyst recorded, as precision,
//! recall and F1 over (metric, kind, value, date, location).
//!
//! `cargo test --test corpus -- --nocapture` prints the score and every miss.

use casecurve::date::Date;
use casecurve::extract::extract;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// What is scored: (metric, kind, value, date, location).
type Key = (String, String, u64, Option<String>, Option<String>);

/// A place as the corpus compares it: lower case, without a generic trailing word
/// ("Nimba County" is "nimba").
fn place_key(place: &str) -> String {
    let lower = place.to_lowercase();
    let generic = [" county", " district", " province", " region", " state", " governorate"];
    generic.iter().find_map(|suffix| lower.strip_suffix(suffix)).unwrap_or(&lower).trim().to_string()
}

fn expected_key(figure: &Value) -> Key {
    let text = |name: &str| figure.get(name).and_then(Value::as_str).map(str::to_string);
    (
        text("metric").unwrap_or_default(),
        text("kind").unwrap_or_default(),
        figure["value"].as_u64().unwrap_or(u64::MAX),
        text("date"),
        text("location").map(|place| place_key(&place)),
    )
}

/// Counts of each key, so that a figure reported twice is matched once.
fn tally(keys: impl Iterator<Item = Key>) -> HashMap<Key, usize> {
    let mut counts = HashMap::new();
    for key in keys {
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

/// The F1 the extractor has reached on this corpus, kept as a floor so that no change
/// makes it worse (0.993 reached; the goal was 0.97): raise it as the extractor improves.
const F1_FLOOR: f64 = 0.988;

#[test]
fn corpus_f1_stays_above_its_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "the corpus has {} articles; it needs at least 40", names.len());
    let (mut expected_total, mut found_total, mut matched_total) = (0, 0, 0);
    let (mut dates_right, mut dates_checked) = (0, 0);
    for name in &names {
        let spec: Value = serde_json::from_str(&std::fs::read_to_string(dir.join(name)).expect("readable"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = std::fs::read_to_string(dir.join(name.replace(".json", ".txt"))).expect("article beside its json");
        let published = spec["published"].as_str().and_then(Date::parse_iso);
        let in_text = spec["published_in_text"].as_bool().unwrap_or(true);
        let mut extraction = extract(&text, if in_text { None } else { published });
        if in_text {
            dates_checked += 1;
            if extraction.published == published {
                dates_right += 1;
            } else {
                let found = extraction.published.map(|d| d.to_string());
                println!(
                    "{name}: published {found:?}, expected {:?} ({})",
                    spec["published"], extraction.published_explain
                );
            }
        }
        // Where the text gave no date the page asks the user, who types it in: score
        // the figures as they come out then (a wrong date found is not forgiven).
        if extraction.published.is_none() {
            extraction = extract(&text, published);
        }
        let expected = tally(spec["figures"].as_array().into_iter().flatten().map(expected_key));
        // A figure read from a quote the corpus lists as a restatement of another is
        // neither a hit nor a false positive (tests/corpus/README.md).
        let restatements: Vec<(usize, usize)> = spec["restatements"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .flat_map(|quote| text.match_indices(quote).map(|(at, q)| (at, at + q.len())).collect::<Vec<_>>())
            .collect();
        let restated = |f: &casecurve::figure::Figure| restatements.iter().any(|&(a, b)| a <= f.start && f.end <= b);
        let found = tally(extraction.figures.iter().filter(|f| f.restates.is_none() && !restated(f)).map(|f| {
            (
                f.metric.name().to_string(),
                f.kind.name().to_string(),
                f.value,
                f.date.map(|d| d.to_string()),
                f.location.as_deref().map(place_key),
            )
        }));
        let matched: usize = expected.iter().map(|(key, n)| (*n).min(found.get(key).copied().unwrap_or(0))).sum();
        for (key, n) in &expected {
            if found.get(key).copied().unwrap_or(0) < *n {
                println!("{name}: missed   {key:?}");
            }
        }
        for (key, n) in &found {
            if expected.get(key).copied().unwrap_or(0) < *n {
                let quote = extraction.figures.iter().find(|f| f.value == key.2).map_or("", |f| f.text.as_str());
                println!("{name}: spurious {key:?} {quote:?}");
            }
        }
        expected_total += expected.values().sum::<usize>();
        found_total += found.values().sum::<usize>();
        matched_total += matched;
    }
    let precision = matched_total as f64 / found_total.max(1) as f64;
    let recall = matched_total as f64 / expected_total.max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    println!(
        "corpus: {} articles, {expected_total} figures expected, {found_total} found, {matched_total} right: \
         precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}; publication dates {dates_right}/{dates_checked}",
        names.len()
    );
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} is below the floor {F1_FLOOR}");
    assert!(dates_right * 10 >= dates_checked * 9, "publication dates right: {dates_right}/{dates_checked}");
}
