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
    for field in
        ["metric", "kind", "value", "period_days", "date", "approx", "location", "subject", "text", "start", "end"]
    {
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
    let file =
        scratch_file("undated.txt", b"Health officials said on Tuesday that 40 people had died of cholera so far.");
    let output = casecurve(&["extract", "--published", "2026-06-11", &file]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["published_source"], "given");
    assert_eq!(json["figures"][0]["date"], "2026-06-09");
}

#[test]
fn series_merges_articles_into_csv() {
    let files: Vec<String> =
        ["01_wire_port_ebel.txt", "02_bulletin_ministry.txt", "03_wire_followup.txt"].map(example).into();
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

/// Three invented reports of one outbreak: a total on Monday 4 March 2030, Tuesday's
/// new count with a total that rose by more, and Wednesday's new count alone.
/// Each test passes its own `prefix`: tests run in parallel and must not share files.
fn outbreak_reports(prefix: &str) -> [String; 3] {
    [
        scratch_file(
            &format!("{prefix}-monday.txt"),
            b"Valdoria reports more cholera cases\n\nThe health ministry said on Monday that the total number of cholera cases had risen to 1,012.\n",
        ),
        scratch_file(
            &format!("{prefix}-tuesday.txt"),
            b"Valdoria cholera cases rise\n\nThe health ministry on Tuesday reported 40 new cholera cases in the past 24 hours, bringing the total to 1,061.\n",
        ),
        scratch_file(
            &format!("{prefix}-wednesday.txt"),
            b"Cholera in Valdoria\n\nThe ministry on Wednesday reported 35 new cholera cases in the past 24 hours.\n",
        ),
    ]
}

#[test]
fn series_csv_marks_derived_points_and_names_their_sources() {
    let [monday, tuesday, wednesday] = outbreak_reports("csv");
    let args = [format!("{monday}@2030-03-05"), format!("{tuesday}@2030-03-06"), format!("{wednesday}@2030-03-07")];
    let output = casecurve(&["series", &args[0], &args[1], &args[2]]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let csv = String::from_utf8(output.stdout).expect("UTF-8");
    let expected = [
        "date,metric,kind,subject,location,value,status,sources".to_string(),
        format!("2030-03-05,cases,new,,,40,reported,{tuesday}"),
        format!("2030-03-06,cases,new,,,35,reported,{wednesday}"),
        format!("2030-03-04,cases,total,,,1012,reported,{monday}"),
        format!("2030-03-05,cases,total,,,1061,reported,{tuesday}"),
        format!("2030-03-06,cases,total,,,1096,derived,{tuesday};{wednesday}"),
    ];
    assert_eq!(csv.lines().collect::<Vec<_>>(), expected, "{csv}");
}

#[test]
fn series_json_gives_flags_derivations_and_conflicting_values() {
    let [monday, tuesday, wednesday] = outbreak_reports("json");
    let args = [format!("{monday}@2030-03-05"), format!("{tuesday}@2030-03-06"), format!("{wednesday}@2030-03-07")];
    let output = casecurve(&["series", "--json", &args[0], &args[1], &args[2]]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let points = json.as_array().expect("a list of points");
    assert_eq!(points.len(), 5);
    for point in points {
        for field in ["date", "metric", "kind", "subject", "location", "value", "status", "sources", "flags"] {
            assert!(point.get(field).is_some(), "missing {field} in {point}");
        }
        assert!(point["sources"].is_array());
    }
    let tuesday_new = points.iter().find(|p| p["kind"] == "new" && p["date"] == "2030-03-05").expect("Tuesday's count");
    let flag = &tuesday_new["flags"][0];
    assert_eq!(flag["check"], "new_differs_from_totals");
    assert_eq!((&flag["earlier_total"], &flag["later_total"]), (&1012.into(), &1061.into()));
    assert!(flag["message"].as_str().is_some_and(|m| m.contains("1012") && m.contains("1061")));
    let derived = points.iter().find(|p| p["status"] == "derived").expect("a derived total");
    assert_eq!(derived["value"], 1096);
    assert_eq!(derived["derived_from"][0], serde_json::json!({ "kind": "total", "date": "2030-03-05", "value": 1061 }));
    assert_eq!(derived["derived_from"][1], serde_json::json!({ "kind": "new", "date": "2030-03-06", "value": 35 }));

    // A later report with another total for Tuesday: a conflict, both values visible.
    let recount = scratch_file(
        "recount.txt",
        b"Cholera in Valdoria\n\nThe ministry said on Tuesday that the total number of cholera cases had reached 1,075.\n",
    );
    let recount_arg = format!("{recount}@2030-03-06");
    let output = casecurve(&["series", "--json", &args[0], &args[1], &recount_arg]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let conflict =
        json.as_array().and_then(|points| points.iter().find(|p| p["status"] == "conflict")).expect("a conflict");
    assert_eq!((&conflict["date"], &conflict["value"]), (&"2030-03-05".into(), &1075.into()), "the later report wins");
    assert_eq!(conflict["sources"], serde_json::json!([recount]));
    assert_eq!(conflict["conflicting"][0]["value"], 1061);
    assert_eq!(conflict["conflicting"][0]["source"], tuesday.as_str());
}

#[test]
fn each_command_prints_its_usage_on_help() {
    for args in [&["extract", "--help"][..], &["series", "-h"][..], &["--help"][..]] {
        let output = casecurve(args);
        assert!(output.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("casecurve extract"), "{args:?}");
    }
}

#[test]
fn extract_reads_an_article_from_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_casecurve"))
        .args(["extract", "--published", "2027-02-03", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(b"The ministry reported 37 new cases of cholera on Tuesday.\n")
        .expect("written");
    let output = child.wait_with_output().expect("it ends");
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(json["figures"][0]["value"], 37);
    assert_eq!(json["figures"][0]["date"], "2027-02-02");
}
