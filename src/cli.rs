//! The command line: `casecurve extract` and `casecurve series`, the same extraction
//! and assembly as the page, for scripting and batch use. The only code that knows
//! about files and arguments.

use casecurve::date::Date;
use casecurve::extract::{extract, Extraction};
use casecurve::intake::{html, FileKind};
use casecurve::series::csv::{source_names, to_csv};
use casecurve::series::{assemble, Flag, OtherValue, Series};
use std::fmt;
use std::io::Write;

const USAGE: &str = "\
usage:
  casecurve extract [--published YYYY-MM-DD] FILE
      prints the figures of one article as JSON
  casecurve series [--json] FILE[@YYYY-MM-DD]...
      merges the articles into daily series, printed as CSV (or JSON);
      @YYYY-MM-DD gives a file's publication date
  FILE may be - for standard input; --help prints this.
";

/// Why a command could not run.
#[derive(Debug)]
enum CliError {
    /// The arguments do not fit the usage (the message says how).
    Usage(String),
    /// A file could not be read (its name and the system's reason).
    Unreadable(String, std::io::Error),
    /// A file is not UTF-8 text (its name and the offset of the first bad byte).
    NotText(String, usize),
    /// A date argument is not a YYYY-MM-DD calendar date.
    BadDate(String),
    /// Standard output could not be written (a closed pipe, a full disk).
    Output(std::io::Error),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) => write!(f, "{message}\n\n{USAGE}"),
            CliError::Unreadable(file, error) => write!(f, "cannot read {file}: {error}"),
            CliError::NotText(file, offset) => {
                write!(f, "{file} is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 and try again")
            }
            CliError::BadDate(text) => {
                write!(f, "{text:?} is not a date: use YYYY-MM-DD, e.g. 2026-03-09")
            }
            CliError::Output(error) => write!(f, "cannot write the output: {error}"),
        }
    }
}

/// Runs the command line with its arguments (without the program name); returns the
/// process exit code: 0 success, 1 a file or output problem, 2 a usage problem.
pub fn run(args: Vec<String>) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("extract") => run_extract(&args[1..]),
        Some("series") => run_series(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(CliError::Usage(format!("unknown command {other:?}"))),
        None => Err(CliError::Usage("no command given".to_string())),
    };
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("casecurve: {error}");
            if matches!(error, CliError::Usage(_) | CliError::BadDate(_)) {
                2
            } else {
                1
            }
        }
    }
}

fn parse_date(text: &str) -> Result<Date, CliError> {
    Date::parse_iso(text).ok_or_else(|| CliError::BadDate(text.to_string()))
}

/// The text of `file` ("-": standard input); an `.html`/`.htm` page reduced to its
/// article, as the page does.
fn read_text(file: &str) -> Result<String, CliError> {
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    };
    let bytes = bytes.map_err(|error| CliError::Unreadable(file.to_string(), error))?;
    let text = String::from_utf8(bytes)
        .map_err(|error| CliError::NotText(file.to_string(), error.utf8_error().valid_up_to()))?;
    Ok(match FileKind::of(file) {
        Some(FileKind::Html) => html::reduce(&text),
        _ => text,
    })
}

fn run_extract(args: &[String]) -> Result<(), CliError> {
    let mut published = None;
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(());
            }
            "--published" => {
                let value = rest.next().ok_or_else(|| CliError::Usage("--published needs a date".to_string()))?;
                published = Some(parse_date(value)?);
            }
            flag if flag.starts_with("--") => return Err(CliError::Usage(format!("unknown option {flag}"))),
            name if file.is_none() => file = Some(name.to_string()),
            _ => return Err(CliError::Usage("extract reads one file".to_string())),
        }
    }
    let file = file.ok_or_else(|| CliError::Usage("extract needs a FILE".to_string()))?;
    let text = read_text(&file)?;
    let extraction = extract(&text, published);
    write_json(&ExtractOutput { file: &file, extraction: &extraction })
}

/// `casecurve extract`'s JSON: the file name, then the extraction's fields.
#[derive(serde::Serialize)]
struct ExtractOutput<'a> {
    file: &'a str,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

fn run_series(args: &[String]) -> Result<(), CliError> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{USAGE}");
        return Ok(());
    }
    let json = args.iter().any(|a| a == "--json");
    let mut names = Vec::new();
    let mut extractions = Vec::new();
    for arg in args.iter().filter(|a| *a != "--json") {
        if arg.starts_with("--") {
            return Err(CliError::Usage(format!("unknown option {arg}")));
        }
        // "FILE@YYYY-MM-DD": only a valid date after the last @ is a date, so file
        // names with @ still work.
        let (file, published) = match arg.rsplit_once('@') {
            Some((file, date)) if !file.is_empty() => (file, Some(parse_date(date)?)),
            _ => (arg.as_str(), None),
        };
        extractions.push(extract(&read_text(file)?, published));
        names.push(file.to_string());
    }
    if names.is_empty() {
        return Err(CliError::Usage("series needs at least one FILE".to_string()));
    }
    let figure_lists: Vec<&[casecurve::figure::Figure]> = extractions.iter().map(|e| e.figures.as_slice()).collect();
    let series = assemble(&figure_lists);
    for (name, extraction) in names.iter().zip(&extractions) {
        let undated = extraction.figures.iter().filter(|f| f.date.is_none()).count();
        if undated > 0 {
            eprintln!("casecurve: {name}: {undated} figure(s) left out for want of a date ({}); give one as {name}@YYYY-MM-DD", extraction.published_explain);
        }
    }
    if json {
        write_json(&series_json(&series, &names))
    } else {
        write_out(&to_csv(&series, &names))
    }
}

/// `casecurve series --json`: the CSV's fields per point, sources as a list, plus
/// the agreeing and conflicting statements, the checks the point failed (each with a
/// message for people) and, for a derived point, the points it was computed from.
fn series_json(series: &[Series], names: &[String]) -> serde_json::Value {
    let other = |o: &OtherValue| serde_json::json!({ "source": names.get(o.source.article), "value": o.value, "approx": o.approx });
    let flag = |flag: &Flag| {
        let mut object = serde_json::json!(flag);
        if let Some(fields) = object.as_object_mut() {
            fields.insert("message".to_string(), flag.describe().into());
        }
        object
    };
    let rows: Vec<serde_json::Value> = series
        .iter()
        .flat_map(|one| {
            one.points.iter().map(move |point| {
                serde_json::json!({
                    "date": point.date,
                    "metric": one.key.metric,
                    "kind": one.key.kind,
                    "subject": one.key.subject,
                    "location": one.key.location,
                    "value": point.value,
                    "status": point.status,
                    "sources": source_names(point, names),
                    "agreeing": point.agreeing.iter().map(other).collect::<Vec<_>>(),
                    "conflicting": point.conflicting.iter().map(other).collect::<Vec<_>>(),
                    "flags": point.flags.iter().map(flag).collect::<Vec<_>>(),
                    "derived_from": point.derived_from,
                })
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}

fn write_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    // Serializing our own types to a String cannot fail; write errors can.
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    write_out(&(text + "\n"))
}

fn write_out(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(CliError::Output)
}
