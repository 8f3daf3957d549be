//! Article text -> figures. Never fails: returns what it found plus notes on what it
//! skipped and why.

use crate::date::Date;
use crate::figure::Figure;
use serde::Serialize;

/// Where the publication date came from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedSource {
    /// The user gave it.
    Given,
    /// Read or inferred from the article's text.
    Text,
}

/// A number the extractor saw and did not report as a figure, and why.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Note {
    /// First byte of the skipped words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The skipped words.
    pub text: String,
    /// Why they were skipped ("a percentage", "a duration").
    pub reason: String,
}

/// Everything read from one article.
#[derive(Clone, PartialEq, Debug, Serialize)]
pub struct Extraction {
    /// The day the article was published, if given or found.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_source: Option<PublishedSource>,
    /// How the publication date was found, or why it could not be.
    pub published_explain: String,
    /// The figures, in text order.
    pub figures: Vec<Figure>,
    /// Numbers that were not figures, and why.
    pub notes: Vec<Note>,
}

/// Reads every reported figure in `text`. `published` is the publication date if the
/// user knows it; otherwise it is looked for in the text.
pub fn extract(text: &str, published: Option<Date>) -> Extraction {
    // Placeholder while the scanner is written; replaced in the next commits.
    let _ = text;
    Extraction {
        published,
        published_source: published.map(|_| PublishedSource::Given),
        published_explain: String::new(),
        figures: Vec::new(),
        notes: Vec::new(),
    }
}
