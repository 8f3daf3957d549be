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
use crate::figure::{Kind, Metric};
use crate::series::SeriesKey;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `format` tag that marks a casecurve workspace among other JSON.
pub const FORMAT: &str = "casecurve-workspace";

/// The format version this build writes, and the newest it reads.
pub const VERSION: u64 = 1;

/// Everything worth keeping of a session.
#[derive(Clone, PartialEq, Debug, Default, Serialize)]
pub struct Workspace {
    /// The articles, in the order they were added.
    pub articles: Vec<SavedArticle>,
    /// How the chart is drawn.
    #[serde(default)]
    pub chart: ChartSettings,
}

/// One article as the user gave it.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedArticle {
    /// The text as pasted.
    pub text: String,
    /// The publication date the user set; `None` uses the date found in the text.
    #[serde(default)]
    pub published: Option<Date>,
    /// The user's corrections to its figures.
    #[serde(default)]
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
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedEdit {
    /// First byte of the figure's words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// The place the figure was read for, which tells apart the figures of one phrase
    /// ("Tarn and Oviel each recorded 40").
    #[serde(default)]
    pub place: Option<String>,
    /// The corrected value.
    #[serde(default)]
    pub value: Option<u64>,
    /// The corrected day.
    #[serde(default)]
    pub date: Option<Date>,
    /// The corrected metric.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// The corrected kind.
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Left out of the chart.
    #[serde(default)]
    pub excluded: bool,
}

/// How the chart is drawn: its view, scale and the series the user hid.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSettings {
    /// The chart's view.
    #[serde(default)]
    pub view: View,
    /// Draw doubling-time lines in the cumulative view.
    #[serde(default)]
    pub doubling_lines: bool,
    /// Logarithmic y-axis.
    #[serde(default)]
    pub log_scale: bool,
    /// Series the user hid from the chart.
    #[serde(default)]
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

/// The stored form: the format tag and version around the workspace itself.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    workspace: &'a Workspace,
}

/// The workspace as versioned JSON.
pub fn encode(workspace: &Workspace) -> String {
    let envelope = Envelope { format: FORMAT, version: VERSION, workspace };
    // Every field is a string, number, bool or list of them: serialising cannot fail,
    // and an empty object would decode as "not a workspace", never as lost work.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The format tag of any JSON object (other fields skipped unread).
#[derive(Deserialize)]
struct Tag {
    #[serde(default)]
    format: Option<String>,
}

/// The format version of a tagged object (other fields skipped unread).
#[derive(Deserialize)]
struct Version {
    #[serde(default)]
    version: Option<u64>,
}

/// The whole stored form, read once tag and version are known to be right.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    #[serde(rename = "format")]
    _format: serde::de::IgnoredAny,
    #[serde(rename = "version")]
    _version: serde::de::IgnoredAny,
    articles: Vec<SavedArticle>,
    #[serde(default)]
    chart: ChartSettings,
}

/// Reads a workspace from `text`, checking first that it is one (format tag), then that
/// this build can read its version, then its content. Each step reads the text with the
/// same small parser (no JSON tree in between), which keeps the page's bundle small.
pub fn decode(text: &str) -> Result<Workspace, WorkspaceError> {
    use serde_json::error::Category;
    let tag = serde_json::from_str::<Tag>(text).map_err(|error| match error.classify() {
        Category::Data => WorkspaceError::NotAWorkspace,
        Category::Syntax | Category::Eof | Category::Io => WorkspaceError::NotJson(error.to_string()),
    })?;
    if tag.format.as_deref() != Some(FORMAT) {
        return Err(WorkspaceError::NotAWorkspace);
    }
    let invalid = |error: serde_json::Error| WorkspaceError::Invalid(error.to_string());
    match serde_json::from_str::<Version>(text).map_err(invalid)?.version {
        None => return Err(WorkspaceError::Invalid("no format version".into())),
        Some(0) => return Err(WorkspaceError::Invalid("format version 0".into())),
        Some(version) if version > VERSION => return Err(WorkspaceError::FromTheFuture(version)),
        Some(_) => {}
    }
    let stored = serde_json::from_str::<Stored>(text).map_err(invalid)?;
    Ok(Workspace { articles: stored.articles, chart: stored.chart })
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
        for text in ["[]", "42", "null", "{}", r#"{"format":"something-else","version":1,"articles":[]}"#] {
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
        ];
        for text in cases {
            assert!(matches!(decode(text), Err(WorkspaceError::Invalid(_))), "{text}: {:?}", decode(text));
        }
    }
}
