//! Splitting a paste that holds several reports into articles.
//!
//! Two kinds of boundary are recognised: a separator line (three or more dashes,
//! equals signs, asterisks or underscores, possibly spaced out) and the start of a
//! new report (a short headline, then a dateline like "LUSAKA, March 4 (Reuters) -",
//! a byline or a "Published ..." line). Both are taken only when an article is on
//! each side of them, so one article is never cut: a rule above "Related coverage",
//! an underlined heading or a table's column rules stay where they are.

use std::ops::Range;

/// How a paste was cut into articles.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Split {
    /// Each article's bytes in the paste, in order, trimmed of surrounding blanks.
    /// What lies between two parts is a separator line and blank space only.
    pub parts: Vec<Range<usize>>,
    /// Whether some cut was made at a separator line.
    pub at_separators: bool,
    /// Whether some cut was made at a new headline, dateline or byline.
    pub at_headlines: bool,
}

impl Split {
    /// How the cuts were made, for a status line: "at lines of dashes", "at headlines
    /// and datelines", or both. Empty when the paste is one article.
    pub fn how(&self) -> &'static str {
        match (self.at_separators, self.at_headlines) {
            (true, true) => "at lines of dashes and at new headlines",
            (true, false) => "at lines of dashes",
            (false, true) => "at new headlines and datelines",
            (false, false) => "",
        }
    }
}

/// Cuts `paste` into the articles it holds. A paste of one article (or of blanks
/// only) gives one part (or none).
pub fn split(paste: &str) -> Split {
    let lines = lines_of(paste);
    let mut split = Split::default();
    // The start of the current part, as a line index.
    let mut start = 0;
    let mut i = 0;
    while i < lines.len() {
        let cut = if is_separator(&lines, i) {
            Some(Cut { above_end: i, below_start: i + 1, separator: true })
        } else {
            report_start(&lines, start, i).map(|first| Cut { above_end: first, below_start: first, separator: false })
        };
        if let Some(cut) = cut {
            // The part below runs to the next place a cut could be made after its
            // first line: it cannot borrow the next report's body to pass as one.
            let first = (cut.below_start..lines.len()).find(|&j| !lines[j].is_blank()).unwrap_or(lines.len());
            let next = next_candidate(&lines, first, cut.below_start);
            let above = &lines[start..cut.above_end];
            let below = &lines[cut.below_start..next];
            if looks_like_article(above) && looks_like_article(below) && (!cut.separator || opens_report(below)) {
                push_part(paste, above, &mut split.parts);
                split.at_separators |= cut.separator;
                split.at_headlines |= !cut.separator;
                start = cut.below_start;
                i = cut.below_start.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    push_part(paste, &lines[start..], &mut split.parts);
    if split.parts.len() < 2 {
        split.at_separators = false;
        split.at_headlines = false;
    }
    split
}

/// A boundary: the part above ends before line `above_end`, the next starts at line
/// `below_start` (after the separator line, if it is one).
struct Cut {
    above_end: usize,
    below_start: usize,
    separator: bool,
}

/// One line of the paste: its bytes (without the line break), its text, and the kind
/// of report-opening line it is, if any (found once: every line is looked at several
/// times, and 5 MB of reports took 40 ms to cut in the browser while it was found at
/// every look).
struct Line<'a> {
    range: Range<usize>,
    text: &'a str,
    marker: Option<Marker>,
}

impl Line<'_> {
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

fn lines_of(paste: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for piece in paste.split_inclusive('\n') {
        let text = piece.trim_end_matches(['\n', '\r']);
        lines.push(Line { range: at..at + text.len(), text, marker: marker(text) });
        at += piece.len();
    }
    lines
}

/// Adds the non-blank extent of `lines` as a part, if there is any.
fn push_part(paste: &str, lines: &[Line], parts: &mut Vec<Range<usize>>) {
    let first = lines.iter().find(|line| !line.is_blank());
    let last = lines.iter().rev().find(|line| !line.is_blank());
    if let (Some(first), Some(last)) = (first, last) {
        let (start, end) = (first.range.start, last.range.end);
        // Trim the blanks at either end, staying on character boundaries.
        let text = paste.get(start..end).unwrap_or_default();
        let lead = text.len() - text.trim_start().len();
        let trail = text.len() - text.trim_end().len();
        parts.push(start + lead..end - trail);
    }
}

/// The first line after `first` where a cut could be made (for a part that starts at
/// line `start`), or the end.
fn next_candidate(lines: &[Line], first: usize, start: usize) -> usize {
    (first + 1..lines.len())
        .find_map(
            |j| if is_separator(lines, j) { Some(j) } else { report_start(lines, start, j).filter(|&f| f > first) },
        )
        .unwrap_or(lines.len())
}

/// Whether `lines` (what follows a separator) open like a report: a marker line, or a
/// headline followed by a marker or a paragraph, and not a trailer ("RELATED
/// COVERAGE", "Copyright ...", "Follow our coverage ...").
fn opens_report(lines: &[Line]) -> bool {
    let mut filled = lines.iter().filter(|line| !line.is_blank());
    let Some(first) = filled.next() else { return false };
    let lower = first.text.trim().to_ascii_lowercase();
    let trailer = ["related", "copyright", "©", "follow", "read more", "see also", "more on", "(reporting"];
    if trailer.iter().any(|word| lower.starts_with(word)) {
        return false;
    }
    first.marker.is_some()
        || is_headline(first)
            && filled.next().is_some_and(|second| second.marker.is_some() || is_sentence(second.text.trim()))
}

/// A line of three or more `-`, `=`, `*`, `_` (one kind, optionally spaced out like
/// "* * *"), that is not the underline of the line right above it (a heading) and not
/// a table's column rules ("-----   -----").
fn is_separator(lines: &[Line], i: usize) -> bool {
    let Some(line) = lines.get(i) else { return false };
    let text = line.text.trim();
    let Some(mark) = text.chars().next() else { return false };
    if !matches!(mark, '-' | '=' | '*' | '_') || text.contains("  ") {
        return false;
    }
    if !text.chars().all(|c| c == mark || c == ' ') || text.chars().filter(|&c| c == mark).count() < 3 {
        return false;
    }
    // Right under a heading with no blank between: its underline, unless it is much
    // longer than the heading (then it is a rule across the page). Under the end of a
    // sentence it is a separator.
    match i.checked_sub(1).and_then(|above| lines.get(above)) {
        Some(above) if !above.is_blank() => {
            let above = above.text.trim();
            above.ends_with(['.', '!', '?', '"', '”', ')']) || text.chars().count() > above.chars().count() + 10
        }
        _ => true,
    }
}

/// Whether line `i` begins a new report, given that the current part began at line
/// `start`; returns the report's first line (its headline, if it has one).
///
/// A report begins with a marker line (dateline, byline or "Published ..." line) at
/// the head of a paragraph. Its headline is the short line above it, itself at the head
/// of a paragraph. Without a headline, only a dateline counts, and only when the part
/// above already had one: back-to-back wire reports.
fn report_start(lines: &[Line], start: usize, i: usize) -> Option<usize> {
    let line = lines.get(i)?;
    if i <= start || !lines.get(i - 1).is_some_and(Line::is_blank) {
        // A marker in the middle of a paragraph is part of it. (A headline directly
        // above a marker is handled from the headline's side below.)
        return headline_directly_above(lines, start, i);
    }
    let marker = line.marker?;
    // The nearest non-blank line above, across at most two blank lines.
    let above = (i.saturating_sub(3)..i).rev().find(|&j| !lines[j].is_blank());
    if let Some(h) = above.filter(|&h| h > start && is_headline(&lines[h]) && starts_paragraph(lines, h)) {
        return Some(h);
    }
    let repeated = marker == Marker::Dateline && lines[start..i].iter().any(|l| l.marker == Some(Marker::Dateline));
    repeated.then_some(i)
}

/// A report whose headline sits on the line right above its marker (no blank between).
fn headline_directly_above(lines: &[Line], start: usize, i: usize) -> Option<usize> {
    let h = i.checked_sub(1)?;
    (h > start && lines[i].marker.is_some() && is_headline(&lines[h]) && starts_paragraph(lines, h)).then_some(h)
}

fn starts_paragraph(lines: &[Line], i: usize) -> bool {
    i == 0 || lines.get(i - 1).is_some_and(Line::is_blank)
}

/// What kind of report-opening line a line is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Marker {
    Dateline,
    Byline,
    Published,
}

fn marker(text: &str) -> Option<Marker> {
    let text = text.trim();
    if is_dateline(text) {
        Some(Marker::Dateline)
    } else if is_byline(text) {
        Some(Marker::Byline)
    } else if is_published_line(text) {
        Some(Marker::Published)
    } else {
        None
    }
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Whether `word` names a month ("March", "Sept.", "jan").
fn is_month(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphabetic());
    (3..=9).contains(&word.len())
        && MONTHS.iter().any(|month| word.get(..3).is_some_and(|start| start.eq_ignore_ascii_case(month)))
}

/// "LUSAKA, March 4 (Reuters) - ...", "KAMPALA, Uganda (AP) — ...", "Kozhikode, Sep 17
/// (PTI) Kerala ...", "LONDON, Jan 31, 2023 - ...": a place (or date) and a date or an
/// agency, then a dash or the agency's closing parenthesis.
fn is_dateline(line: &str) -> bool {
    // A dateline's head is short: only the line's start is searched.
    let text = head_of(line, 80);
    // Most lines have no dash (`-`, or the first byte of `—` and `–`) and no parenthesis
    // near their start: they are done with at once.
    if !text.bytes().any(|b| matches!(b, b'-' | b'(' | 0xE2)) {
        return false;
    }
    // The head ends at the first dash, or right after a parenthesised agency.
    let dash = [" - ", " -- ", " — ", " – ", "—", "–"].iter().filter_map(|d| text.find(d)).min();
    let agency_end = text.find('(').and_then(|open| text[open..].find(')').map(|close| open + close + 1));
    let head_end = match (dash, agency_end) {
        (Some(d), Some(a)) => d.min(a),
        (Some(d), None) => d,
        (None, Some(a)) => a,
        (None, None) => return false,
    };
    let head = &text[..head_end];
    // A sentence with a dash in it is no dateline.
    if head.len() > 70 || head.contains([';', '"', '“']) {
        return false;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    if words.len() > 9 || !first.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let capital_place = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    // The story goes on after the head, on the same line.
    if line[head_end..].trim_start_matches(['-', '—', '–', ' ']).is_empty() {
        return false;
    }
    // "(Reuters)", "(Health Policy Watch)": a name, not "(2)" or "(1 of 3)".
    let agency = head.ends_with(')')
        && head.rfind('(').and_then(|open| head.get(open + 1..head.len() - 1)).is_some_and(|name| {
            name.starts_with(|c: char| c.is_uppercase()) && !name.chars().any(|c| c.is_ascii_digit())
        });
    let dated = has_month(head) || head.chars().any(|c| c.is_ascii_digit());
    // "Place, date" or "Place (Agency)": a comma or an agency, and something datelike.
    (head.contains(',') || agency) && (capital_place && (dated || agency) || dated && agency)
}

/// The first `bytes` bytes of `text` (fewer, to end on a character boundary).
fn head_of(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn has_month(text: &str) -> bool {
    text.split_whitespace().any(is_month)
}

/// "By Jane Doe", "By Chinedu Okafor, Abuja | March 18, 2024": a short line of
/// capitalised words after "By", not a sentence.
fn is_byline(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("By ") else { return false };
    let name = rest.split([',', '|']).next().unwrap_or_default();
    let words: Vec<&str> = name.split_whitespace().collect();
    text.chars().count() <= 80
        && !text.ends_with('.')
        && (1..=5).contains(&words.len())
        && words.iter().all(|word| word.starts_with(|c: char| c.is_uppercase()))
        && !words.first().is_some_and(|word| is_weekday(word) || is_month(word))
}

fn is_weekday(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(&word.as_str())
}

/// "Published March 4, 2026", "Updated: 12/03/2025 11h02", "Posted 4 March 2026".
fn is_published_line(text: &str) -> bool {
    let lower = head_of(text, 12).to_ascii_lowercase();
    let label = ["published", "updated", "posted", "last update"].iter().find(|label| lower.starts_with(*label));
    label.is_some_and(|label| {
        let rest = &text[label.len()..];
        text.chars().count() <= 80 && (has_month(rest) || rest.chars().any(|c| c.is_ascii_digit()))
    })
}

/// A headline: a short line of a few words that is not a sentence, a marker or a rule.
fn is_headline(line: &Line) -> bool {
    let text = line.text.trim();
    let words = text.split_whitespace().count();
    (2..=25).contains(&words)
        && text.chars().count() <= 160
        && text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c))
        && !text.ends_with(['.', ':', ',', ';'])
        && line.marker.is_none()
}

/// Whether `lines` hold a report of their own, not a trailer ("Related coverage", a
/// link to more coverage) or a heading: two lines or more, one of them a sentence of
/// ten words or more, and a digit somewhere (a date, a count): a page's cookie banner
/// and menus above a headline have none.
fn looks_like_article(lines: &[Line]) -> bool {
    let filled = lines.iter().filter(|line| !line.is_blank()).count();
    filled >= 2
        && lines.iter().any(|line| is_sentence(line.text.trim()))
        && lines.iter().any(|line| line.text.bytes().any(|b| b.is_ascii_digit()))
}

/// A line of prose: ten words or more, ending like a sentence.
fn is_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= 10 && text.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(paste: &str) -> Vec<&str> {
        split(paste).parts.into_iter().map(|range| &paste[range]).collect()
    }

    #[test]
    fn datelines_are_recognised() {
        for line in [
            "LUSAKA, March 4 (Reuters) - Zambia reported",
            "KAMPALA, Uganda (AP) — Uganda's health ministry",
            "Kozhikode, Sep 17 (PTI) Kerala did not",
            "LONDON, Jan 31, 2023 - The emergency stockpile",
            "ADDIS ABABA, Sept 6 (Xinhua) -- The Africa Centres",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "The ministry (MoH) said 40 cases - more than before.",
            "In March, 40 people - mostly children - fell ill.",
            "Measles cases climb to 412 in Varenna province (12)",
            "LUSAKA, March 4 (Reuters) -",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn a_rule_before_a_short_trailer_does_not_split() {
        let paste = "Clinic sees more cases\n\nThe clinic in Orvel said on Monday it had treated 40 new patients with cholera this week.\nIt asked for help.\n\n___\n\nRELATED COVERAGE\n\n— Orvel water supply restored\n";
        assert_eq!(parts(paste).len(), 1);
    }

    #[test]
    fn an_underlined_heading_does_not_split() {
        let paste = "Weekly report\n\nThe district reported 12 new cases of measles during the last week, officials said.\nMore follow.\n\nTable of cases\n--------------\nThe table lists every district with cases reported since the start of the outbreak in May.\nEnd.";
        assert_eq!(parts(paste).len(), 1);
    }
}
