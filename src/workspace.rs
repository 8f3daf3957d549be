//! The saved workspace: what the user gave and decided, in a versioned JSON format
//! that the page keeps in the browser's storage and exports and imports as a file.
//!
//! Only the user's input is stored — article texts, the publication dates they set,
//! their corrections to figures and their chart settings — never what was derived from
//! it: figures are read again on load, so a better extractor improves old work too.
//! An edit names its figure by the words' byte span in the text (not by its index in
//! the figure list, which a newer extractor may change).
//!
//! Encoding and decoding are pure functions of strings, compiled and tested natively;
//! only `ui` touches the storage itself. Decoding never panics: anything it cannot use
//! is a [`WorkspaceError`] that says why.

use crate::chart::View;
use crate::date::Date;
use crate::figure::{Kind, Metric, Subject};
use crate::json::{self, Value};
use crate::series::SeriesKey;
use std::fmt;

/// The `format` tag that marks a casecurve workspace among other JSON.
pub const FORMAT: &str = "casecurve-workspace";

/// The format version this build writes, and the newest it reads.
pub const VERSION: u64 = 1;

/// Everything worth keeping of a session.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Workspace {
    /// The articles, in the order they were added.
    pub articles: Vec<SavedArticle>,
    /// How the chart is drawn.
    pub chart: ChartSettings,
}

/// One article as the user gave it.
#[derive(Clone, PartialEq, Debug)]
pub struct SavedArticle {
    /// The text as pasted.
    pub text: String,
    /// The publication date the user set; `None` uses the date found in the text.
    pub published: Option<Date>,
    /// The user's corrections to its figures.
    pub edits: Vec<SavedEdit>,
}

impl SavedArticle {
    /// An article as given, with no date set and no edits.
    pub fn of(text: String) -> SavedArticle {
        SavedArticle { text, published: None, edits: Vec::new() }
    }
}

/// The user's correction of the figure read from `text[start..end]`; `None` keeps
/// what was read.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SavedEdit {
    /// First byte of the figure's words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// The place the figure was read for, which tells apart the figures of one phrase
    /// ("Tarn and Oviel each recorded 40").
    pub place: Option<String>,
    /// The corrected value.
    pub value: Option<u64>,
    /// The corrected day.
    pub date: Option<Date>,
    /// The corrected metric.
    pub metric: Option<Metric>,
    /// The corrected kind.
    pub kind: Option<Kind>,
    /// Left out of the chart.
    pub excluded: bool,
}

/// How the chart is drawn: its view, scale and the series the user hid.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct ChartSettings {
    /// The chart's view.
    pub view: View,
    /// Draw doubling-time lines in the cumulative view.
    pub doubling_lines: bool,
    /// Logarithmic y-axis.
    pub log_scale: bool,
    /// Series the user hid from the chart.
    pub hidden: Vec<SeriesKey>,
}

/// Why a stored or imported text is not a workspace this build can use.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum WorkspaceError {
    /// It is not JSON at all (truncated, or another kind of file); says where it broke.
    NotJson(String),
    /// It is JSON, but not a casecurve workspace (no or another `format` tag).
    NotAWorkspace,
    /// A workspace written by a newer casecurve, in a format version this one cannot read.
    FromTheFuture(u64),
    /// A workspace whose version or content is missing or malformed; says what.
    Invalid(String),
}

impl fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkspaceError::NotJson(why) => write!(f, "it is not JSON ({why})"),
            WorkspaceError::NotAWorkspace => write!(f, "it is not a casecurve workspace"),
            WorkspaceError::FromTheFuture(version) => write!(
                f,
                "it was saved by a newer casecurve (format version {version}; this page reads up to {VERSION})"
            ),
            WorkspaceError::Invalid(why) => write!(f, "it is damaged ({why})"),
        }
    }
}

/// The workspace as versioned JSON.
pub fn encode(workspace: &Workspace) -> String {
    let mut out = String::from(r#"{"format":"#);
    json::write_string(&mut out, FORMAT);
    out.push_str(&format!(r#","version":{VERSION},"articles":["#));
    for (index, article) in workspace.articles.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(r#"{"text":"#);
        json::write_string(&mut out, &article.text);
        out.push_str(r#","published":"#);
        write_date(&mut out, article.published);
        out.push_str(r#","edits":["#);
        for (index, edit) in article.edits.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push_str(&format!(r#"{{"start":{},"end":{},"place":"#, edit.start, edit.end));
            write_option(&mut out, edit.place.as_deref());
            out.push_str(r#","value":"#);
            out.push_str(&edit.value.map_or_else(|| "null".to_owned(), |value| value.to_string()));
            out.push_str(r#","date":"#);
            write_date(&mut out, edit.date);
            out.push_str(r#","metric":"#);
            write_option(&mut out, edit.metric.map(Metric::name));
            out.push_str(r#","kind":"#);
            write_option(&mut out, edit.kind.map(Kind::name));
            out.push_str(&format!(r#","excluded":{}}}"#, edit.excluded));
        }
        out.push_str("]}");
    }
    let chart = &workspace.chart;
    out.push_str(r#"],"chart":{"view":"#);
    json::write_string(&mut out, chart.view.id());
    out.push_str(&format!(r#","doubling_lines":{},"log_scale":{},"hidden":["#, chart.doubling_lines, chart.log_scale));
    for (index, key) in chart.hidden.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(r#"{"metric":"#);
        json::write_string(&mut out, key.metric.name());
        out.push_str(r#","kind":"#);
        json::write_string(&mut out, key.kind.name());
        out.push_str(r#","subject":"#);
        write_option(&mut out, key.subject.map(Subject::name));
        out.push_str(r#","location":"#);
        write_option(&mut out, key.location.as_deref());
        out.push('}');
    }
    out.push_str("]}}");
    out
}

fn write_option(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => json::write_string(out, text),
        None => out.push_str("null"),
    }
}

fn write_date(out: &mut String, date: Option<Date>) {
    write_option(out, date.map(|date| date.to_string()).as_deref());
}

/// Reads a workspace from `text`, checking first that it is JSON, then that it is a
/// workspace (format tag), then that this build can read its version, then its content.
pub fn decode(text: &str) -> Result<Workspace, WorkspaceError> {
    let value = json::parse(text).map_err(|error| WorkspaceError::NotJson(error.to_string()))?;
    // Any other JSON, or an object with another or a malformed tag, is not ours.
    let [format] = fields(&value, &["format"], Unknown::Skip).map_err(|_| WorkspaceError::NotAWorkspace)?;
    if !matches!(format, Some(Value::String(format)) if format == FORMAT) {
        return Err(WorkspaceError::NotAWorkspace);
    }
    let [version] = fields(&value, &["version"], Unknown::Skip).map_err(WorkspaceError::Invalid)?;
    match version.map(whole).transpose().map_err(WorkspaceError::Invalid)? {
        None => return Err(WorkspaceError::Invalid("no format version".into())),
        Some(0) => return Err(WorkspaceError::Invalid("format version 0".into())),
        Some(version) if version > VERSION => return Err(WorkspaceError::FromTheFuture(version)),
        Some(_) => {}
    }
    workspace(&value).map_err(WorkspaceError::Invalid)
}

/// What a struct does with a member whose name it does not know.
#[derive(Clone, Copy, PartialEq)]
enum Unknown {
    /// Ignores it (forward compatible: a newer build's extra detail).
    Skip,
    /// Refuses it: a typo would otherwise silently lose what the user set.
    Refuse,
}

/// The members `names` of the object `value` (each `None` when absent), refusing other
/// JSON, a member given twice, and (with [`Unknown::Refuse`]) a member not in `names`.
fn fields<'v, const N: usize>(
    value: &'v Value,
    names: &[&str; N],
    unknown: Unknown,
) -> Result<[Option<&'v Value>; N], String> {
    let Value::Object(members) = value else {
        return Err(format!("expected an object, found {}", value.kind()));
    };
    let mut found = [None; N];
    for (key, member) in members {
        match names.iter().zip(found.iter_mut()).find(|(name, _)| *name == key) {
            Some((_, slot @ None)) => *slot = Some(member),
            Some((name, Some(_))) => return Err(format!("duplicate field `{name}`")),
            None if unknown == Unknown::Refuse => return Err(format!("unknown field `{key}`")),
            None => {}
        }
    }
    Ok(found)
}

/// A member that must be present.
fn required<'v>(member: Option<&'v Value>, name: &str) -> Result<&'v Value, String> {
    member.ok_or_else(|| format!("missing field `{name}`"))
}

/// `read` of a member that may be absent or `null`.
fn optional<T>(member: Option<&Value>, read: impl Fn(&Value) -> Result<T, String>) -> Result<Option<T>, String> {
    match member {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read(value).map(Some),
    }
}

fn string(value: &Value) -> Result<&str, String> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(format!("expected a string, found {}", other.kind())),
    }
}

fn boolean(value: Option<&Value>) -> Result<bool, String> {
    match value {
        None => Ok(false),
        Some(Value::Bool(value)) => Ok(*value),
        Some(other) => Err(format!("expected a boolean, found {}", other.kind())),
    }
}

/// A whole number from 0 to `u64::MAX`, written without fraction or exponent.
fn whole(value: &Value) -> Result<u64, String> {
    match value {
        Value::Number(number) => number.parse().map_err(|_| format!("expected a whole number, found {number}")),
        other => Err(format!("expected a whole number, found {}", other.kind())),
    }
}

fn position(value: &Value) -> Result<usize, String> {
    let number = whole(value)?;
    usize::try_from(number).map_err(|_| format!("{number} is too large for a position in a text"))
}

/// `read` of every item, or the first error. (A plain loop: `collect` into a `Result`
/// compiles to more code for the page.)
fn each<T>(items: &[Value], read: fn(&Value) -> Result<T, String>) -> Result<Vec<T>, String> {
    let mut all = Vec::with_capacity(items.len());
    for item in items {
        all.push(read(item)?);
    }
    Ok(all)
}

fn array(value: Option<&Value>) -> Result<&[Value], String> {
    match value {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(format!("expected an array, found {}", other.kind())),
    }
}

/// The value of type `T` whose `name` is `value`'s string.
fn named<T: Copy>(value: &Value, all: &[T], name: fn(T) -> &'static str, what: &str) -> Result<T, String> {
    let text = string(value)?;
    all.iter().copied().find(|item| name(*item) == text).ok_or_else(|| format!("no {what} is called “{text}”"))
}

fn date(value: &Value) -> Result<Date, String> {
    let text = string(value)?;
    Date::parse_iso(text).ok_or_else(|| format!("not a YYYY-MM-DD date: “{text}”"))
}

fn metric(value: &Value) -> Result<Metric, String> {
    named(value, &Metric::ALL, Metric::name, "metric")
}

fn kind(value: &Value) -> Result<Kind, String> {
    named(value, &[Kind::New, Kind::Total], Kind::name, "kind")
}

fn workspace(value: &Value) -> Result<Workspace, String> {
    let [_, _, articles, chart] = fields(value, &["format", "version", "articles", "chart"], Unknown::Refuse)?;
    let Value::Array(articles) = required(articles, "articles")? else {
        return Err("expected `articles` to be an array".into());
    };
    Ok(Workspace {
        articles: each(articles, saved_article)?,
        chart: chart.map(chart_settings).transpose()?.unwrap_or_default(),
    })
}

fn saved_article(value: &Value) -> Result<SavedArticle, String> {
    let [text, published, edits] = fields(value, &["text", "published", "edits"], Unknown::Refuse)?;
    Ok(SavedArticle {
        text: string(required(text, "text")?)?.to_owned(),
        published: optional(published, date)?,
        edits: each(array(edits)?, saved_edit)?,
    })
}

fn saved_edit(value: &Value) -> Result<SavedEdit, String> {
    let names = ["start", "end", "place", "value", "date", "metric", "kind", "excluded"];
    let [start, end, place, value, date_, metric_, kind_, excluded] = fields(value, &names, Unknown::Refuse)?;
    Ok(SavedEdit {
        start: position(required(start, "start")?)?,
        end: position(required(end, "end")?)?,
        place: optional(place, |value| string(value).map(str::to_owned))?,
        value: optional(value, whole)?,
        date: optional(date_, date)?,
        metric: optional(metric_, metric)?,
        kind: optional(kind_, kind)?,
        excluded: boolean(excluded)?,
    })
}

fn chart_settings(value: &Value) -> Result<ChartSettings, String> {
    let names = ["view", "doubling_lines", "log_scale", "hidden"];
    let [view, doubling_lines, log_scale, hidden] = fields(value, &names, Unknown::Refuse)?;
    let view = match view {
        None => View::default(),
        Some(view) => named(view, &View::ALL, View::id, "chart view")?,
    };
    Ok(ChartSettings {
        view,
        doubling_lines: boolean(doubling_lines)?,
        log_scale: boolean(log_scale)?,
        hidden: each(array(hidden)?, series_key)?,
    })
}

fn series_key(value: &Value) -> Result<SeriesKey, String> {
    let [metric_, kind_, subject, location] = fields(value, &["metric", "kind", "subject", "location"], Unknown::Skip)?;
    let subjects = [Subject::Fever, Subject::Suspected, Subject::Confirmed, Subject::Probable];
    Ok(SeriesKey {
        metric: metric(required(metric_, "metric")?)?,
        kind: kind(required(kind_, "kind")?)?,
        subject: optional(subject, |value| named(value, &subjects, Subject::name, "subject"))?,
        location: optional(location, |value| string(value).map(str::to_owned))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Subject;

    fn sample() -> Workspace {
        Workspace {
            articles: vec![
                SavedArticle {
                    text: "Clinic update\nForty new cases, “quoted” — ünïcode.".into(),
                    published: Date::from_ymd(2026, 3, 4),
                    edits: vec![SavedEdit {
                        place: None,
                        start: 14,
                        end: 30,
                        value: Some(41),
                        date: Date::from_ymd(2026, 3, 3),
                        metric: Some(Metric::Deaths),
                        kind: Some(Kind::Total),
                        excluded: true,
                    }],
                },
                SavedArticle { text: "Second".into(), published: None, edits: Vec::new() },
            ],
            chart: ChartSettings {
                view: View::Cumulative,
                doubling_lines: true,
                log_scale: true,
                hidden: vec![SeriesKey {
                    metric: Metric::Cases,
                    kind: Kind::New,
                    subject: Some(Subject::Fever),
                    location: Some("Kassara".into()),
                }],
            },
        }
    }

    #[test]
    fn a_workspace_comes_back_as_it_was_saved() {
        let workspace = sample();
        let text = encode(&workspace);
        assert!(text.starts_with(r#"{"format":"casecurve-workspace","version":1,"#), "{text}");
        assert_eq!(decode(&text), Ok(workspace));
        assert_eq!(decode(&encode(&Workspace::default())), Ok(Workspace::default()));
    }

    /// Regression test for the switch from serde_json: what this build writes is
    /// byte for byte what earlier builds wrote (the strings below came from them), so
    /// exported files and share links stay the same.
    #[test]
    fn the_json_is_written_as_serde_json_wrote_it() {
        let mut workspace = Workspace::default();
        let mut edit = SavedEdit {
            start: 1,
            end: 2,
            place: Some("Tarn".into()),
            value: None,
            date: None,
            metric: None,
            kind: None,
            excluded: false,
        };
        workspace.articles.push(SavedArticle {
            text: "a\"b\\c\n\u{1}\u{7f}é😀\t".into(),
            published: None,
            edits: vec![edit.clone()],
        });
        workspace.articles.push(SavedArticle::of("x".into()));
        workspace.articles[1].published = Date::from_ymd(2026, 3, 4);
        workspace.chart.view = View::RecoveredActive;
        workspace.chart.hidden.push(SeriesKey {
            metric: Metric::Tests,
            kind: Kind::New,
            subject: None,
            location: None,
        });
        let expected = concat!(
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a\"b\\c\n\u0001"#,
            "\u{7f}é😀\\t",
            r#"","published":null,"edits":[{"start":1,"end":2,"place":"Tarn","value":null,"date":null,"metric":null,"kind":null,"excluded":false}]},{"text":"x","published":"2026-03-04","edits":[]}],"chart":{"view":"recovered-active","doubling_lines":false,"log_scale":false,"hidden":[{"metric":"tests","kind":"new","subject":null,"location":null}]}}"#
        );
        assert_eq!(encode(&workspace), expected);
        assert_eq!(
            encode(&Workspace::default()),
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"view":"all","doubling_lines":false,"log_scale":false,"hidden":[]}}"#
        );
        edit.place = None;
        edit.value = Some(41);
        edit.date = Date::from_ymd(2026, 3, 3);
        edit.metric = Some(Metric::Deaths);
        edit.kind = Some(Kind::Total);
        edit.excluded = true;
        let text = encode(&Workspace {
            articles: vec![SavedArticle { text: String::new(), published: None, edits: vec![edit] }],
            chart: ChartSettings::default(),
        });
        assert!(text.contains(r#"{"start":1,"end":2,"place":null,"value":41,"date":"2026-03-03","metric":"deaths","kind":"total","excluded":true}"#), "{text}");
    }

    #[test]
    fn whitespace_missing_defaults_and_unknown_series_fields_are_accepted() {
        let text = r#" {
            "version": 1, "format": "casecurve-workspace",
            "articles": [ {"text": "a"}, {"text": "b", "published": null, "edits": [{"start": 0, "end": 1}]} ],
            "chart": {"hidden": [{"metric": "cases", "kind": "new", "colour": "red"}]}
        } "#;
        let edit = SavedEdit {
            start: 0,
            end: 1,
            place: None,
            value: None,
            date: None,
            metric: None,
            kind: None,
            excluded: false,
        };
        let expected = Workspace {
            articles: vec![
                SavedArticle::of("a".into()),
                SavedArticle { text: "b".into(), published: None, edits: vec![edit] },
            ],
            chart: ChartSettings {
                hidden: vec![SeriesKey { metric: Metric::Cases, kind: Kind::New, subject: None, location: None }],
                ..ChartSettings::default()
            },
        };
        assert_eq!(decode(text), Ok(expected));
    }

    #[test]
    fn text_that_is_not_json_says_so() {
        for text in ["", "casecurve", "{\"format\":\"casecurve-workspace\",\"vers"] {
            assert!(matches!(decode(text), Err(WorkspaceError::NotJson(_))), "{text:?}");
        }
        let truncated = &encode(&sample())[..40];
        assert!(matches!(decode(truncated), Err(WorkspaceError::NotJson(_))));
    }

    #[test]
    fn other_json_is_not_a_workspace() {
        let others = [
            "[]",
            "42",
            "null",
            "{}",
            r#"{"format":"something-else","version":1,"articles":[]}"#,
            r#"{"format":7,"version":1,"articles":[]}"#,
            r#"{"format":null,"version":1,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","format":"casecurve-workspace","version":1,"articles":[]}"#,
        ];
        for text in others {
            assert_eq!(decode(text), Err(WorkspaceError::NotAWorkspace), "{text:?}");
        }
    }

    #[test]
    fn a_newer_version_is_refused_by_number() {
        let text = r#"{"format":"casecurve-workspace","version":7,"articles":[],"whatever":"new"}"#;
        assert_eq!(decode(text), Err(WorkspaceError::FromTheFuture(7)));
        let message = WorkspaceError::FromTheFuture(7).to_string();
        assert!(message.contains("newer casecurve") && message.contains('7'), "{message}");
    }

    #[test]
    fn missing_or_malformed_content_is_invalid() {
        let cases = [
            r#"{"format":"casecurve-workspace","articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":"1","articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":0,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":1}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"published":null}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","published":"2026-02-30"}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":-1,"end":2}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"view":"sideways"}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":[{"metric":"cats"}]}}"#,
            r#"{"format":"casecurve-workspace","version":1.0,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":-1,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":null,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":1,"version":1,"articles":[]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":{}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"extra":1}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":null}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"log_scale":1}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":{}}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":[{"kind":"new"}]}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":[{"metric":"cases","kind":"old"}]}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":[{"metric":"cases","kind":"new","subject":"sure"}]}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[],"chart":{"hidden":[{"metric":"cases","kind":"new","location":7}]}}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[7]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":7}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","title":"b"}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":null}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"end":2}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1,"end":2,"value":1.5}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1,"end":99999999999999999999}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1,"end":2,"metric":"cats"}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1,"end":2,"excluded":"yes"}]}]}"#,
            r#"{"format":"casecurve-workspace","version":1,"articles":[{"text":"a","edits":[{"start":1,"end":2,"place":false}]}]}"#,
        ];
        for text in cases {
            assert!(matches!(decode(text), Err(WorkspaceError::Invalid(_))), "{text}: {:?}", decode(text));
        }
    }
}
