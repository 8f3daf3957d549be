//! When was the article published? Given by the user, or read from a dateline
//! ("PORT EBEL, March 3, 2026 --", "Updated: May 16, 2022"), or inferred from the
//! latest date in the text plus the weekday the news was reported on ("reported
//! Monday" after a "May 15, 2022" photo caption gives Monday 16 May).

use super::calendar::{Mention, Role, When};
use super::scan::Doc;
use super::sentence::Sentence;
use crate::date::{Date, Weekday};

/// How the publication date was found in the text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Found {
    /// The date, if any.
    pub date: Option<Date>,
    /// The mention it was read from, if it was read from one (not used for figures).
    pub dateline: Option<usize>,
    /// A sentence for the user.
    pub explain: String,
}

/// The header: the first few sentences, within the first bytes of the text.
const HEADER_SENTENCES: usize = 4;
const HEADER_BYTES: usize = 700;

/// Looks for the publication date in the text.
pub(crate) fn find(doc: &Doc<'_>, sentences: &[Sentence], mentions: &[Mention]) -> Found {
    let tokens = &doc.tokens;
    let quoted = |m: &Mention| doc.words(m.first, m.last);
    // Sentences are in token order: the one holding a mention is found by bisection.
    let in_prose = |m: &Mention| {
        let holder = sentences.partition_point(|s| s.end <= m.first);
        sentences.get(holder).is_some_and(|s| !s.furniture)
    };
    let header_end = sentences.get(HEADER_SENTENCES).map_or(tokens.len(), |s| s.first);
    let dateline = mentions.iter().enumerate().find(|(_, m)| {
        matches!(m.when, Some(When::Full(_)))
            && m.role != Role::Since
            && m.first < header_end
            && tokens[m.first].start < HEADER_BYTES
    });
    if let Some((index, mention)) = dateline {
        if let Some(When::Full(date)) = mention.when {
            return Found {
                date: Some(date),
                dateline: Some(index),
                explain: format!("from the dateline \"{}\"", quoted(mention)),
            };
        }
    }
    let latest = mentions
        .iter()
        .filter(|m| m.role != Role::Since && in_prose(m))
        .filter_map(|m| match m.when {
            Some(When::Full(date)) => Some((date, m)),
            _ => None,
        })
        .max_by_key(|(date, _)| *date);
    let reported_on = mentions.iter().find_map(|m| match m.when {
        Some(When::Weekday(weekday)) if m.role == Role::Report && in_prose(m) => Some((weekday, m)),
        _ => None,
    });
    match (latest, reported_on) {
        (Some((date, latest)), Some((weekday, reported))) => {
            let published = weekday_on_or_after(date, weekday);
            Found {
                date: published,
                dateline: None,
                explain: format!(
                    "inferred: \"{}\" is the latest date in the text and \"{}\" the day of the report, so {}",
                    quoted(latest),
                    quoted(reported),
                    published.map_or_else(|| "no date".to_string(), Date::long_form)
                ),
            }
        }
        (Some((date, latest)), None) => Found {
            date: Some(date),
            dateline: None,
            explain: format!("inferred: \"{}\" is the latest date in the text", quoted(latest)),
        },
        (None, Some((weekday, reported))) => Found {
            date: None,
            dateline: None,
            explain: format!(
                "no date in the text (\"{}\" says it was a {}, but not which one): enter the publication date",
                quoted(reported),
                weekday.name()
            ),
        },
        (None, None) => {
            Found { date: None, dateline: None, explain: "no date in the text: enter the publication date".to_string() }
        }
    }
}

/// The first `weekday` on or after `date`.
fn weekday_on_or_after(date: Date, weekday: Weekday) -> Option<Date> {
    date.add_days((weekday.index() - date.weekday().index()).rem_euclid(7))
}
