//! The `casecurve` command line, run as a user would run it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn casecurve(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casecurve")).args(args).output().expect("the binary runs")
}

fn example(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/examples").join(name).to_string_lossy().into_owned()
}

fn scratch_file(name: &str, bytes: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("scratch file written");
    path.to_string_lossy().into_owned()
}

#[test]
fn extract_prints_the_documented_json() {
    let file = example("01_wire_port_ebel.txt");
    let output = casecurve(&["extract", &file]);
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(json["file"], file.as_str());
    assert_eq!(json["published"], "2026-03-03");
    assert_eq!(json["published_source"], "text");
    let first = &json["figures"][0];
    for field in ["metric", "kind", "value", "period_days", "date", "approx", "location", "subject", "text", "start", "end"] {
        assert!(first.get(field).is_some(), "missing {field} in {first}");
    }
    assert_eq!(first["metric"], "cases");
    assert_eq!(first["kind"], "new");
    assert_eq!(first["value"], 412);
    assert_eq!(first["date"], "2026-03-02");
    assert!(first["explain"].as_array().is_some_and(|lines| !lines.is_empty()));
}

#[test]
fn extract_takes_the_publication_date_from_the_user() {
    let file = scratch_file("undated.txt", b"Health officials said on Tuesday that 40 people had died of cholera so far.");
    let output = casecurve(&["extract", "--published", "2026-06-11", &file]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["published_source"], "given");
    assert_eq!(json["figures"][0]["date"], "2026-06-09");
}

#[test]
fn series_merges_articles_into_csv() {
    let files: Vec<String> = ["01_wire_port_ebel.txt", "02_bulletin_ministry.txt", "03_wire_followup.txt"].map(example).into();
    let args: Vec<&str> = std::iter::once("series").chain(files.iter().map(String::as_str)).collect();
    let output = casecurve(&args);
    assert!(output.status.success());
    let csv = String::from_utf8(output.stdout).expect("UTF-8");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("date,metric,kind,subject,location,value,status,sources"));
    let totals: Vec<&str> = csv.lines().filter(|l| l.contains(",cases,total,,,")).collect();
    assert_eq!(totals.len(), 3, "{csv}");
    assert!(totals[0].starts_with("2026-03-02,cases,total,,,3905,reported,"));
    assert!(totals[2].starts_with("2026-03-08,cases,total,,,6118,reported,"));
}

#[test]
fn series_json_lists_sources_and_agreeing_statements() {
    let file = example("03_wire_followup.txt");
    let output = casecurve(&["series", "--json", &file]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let total = json.as_array().unwrap().iter().find(|p| p["value"] == 6118).expect("the 6,118 total");
    assert_eq!(total["sources"][0], file.as_str());
    assert_eq!(total["agreeing"].as_array().map(Vec::len), Some(2), "the two rounded 6,000s agree");
}

#[test]
fn a_file_that_is_not_utf8_gets_a_clear_message() {
    let file = scratch_file("latin1.txt", b"Caf\xe9 owners reported 12 cases");
    let output = casecurve(&["extract", &file]);
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("not UTF-8 text") && message.contains("offset 3"), "{message}");
}

#[test]
fn bad_arguments_get_usage_and_missing_files_a_reason() {
    let output = casecurve(&["extract", "--published", "17 May", "x.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("YYYY-MM-DD"));
    let output = casecurve(&["extract", "/no/such/file.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read /no/such/file.txt"));
    assert_eq!(casecurve(&["frobnicate"]).status.code(), Some(2));
}
