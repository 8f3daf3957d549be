//! Tables and lists -> figures, for the layouts the sentence reader cannot read: a
//! number in a table row means nothing without its column heading and row label.
//!
//! Four layouts give [`Cell`]s:
//! - grids: a heading line of column names split by `|`, tabs or wide spaces, then
//!   rows "Blantyre | 187 | 6" (or, under a first column headed "Date", rows by day:
//!   "11 September 2026 | 2,315", each row's figures of its day);
//! - stacked grids, copied out of a PDF with every cell on a line of its own:
//!   "District", "Cases", "Deaths", then "Blantyre", "187", "6", ...;
//! - legends: "(cases; deaths)" followed by items "Malawi (54,642; 1,684)", one per
//!   line or inline after the legend;
//! - lists: two or more lines "Blantyre: 120 cases, 4 deaths" (or "Blantyre: 120"
//!   under a caption naming what they count, or breaking down by place what the
//!   text before it counts).
//!
//! Factbox sections under a place heading ("ROMANIA" then bullets) are found by
//! [`section_places`], and a digest's items under "Place: headline" lines by
//! [`digest_items`]; their prose is left to the sentence reader.
//!
//! Everything here errs towards reading nothing: a misread table puts wrong numbers on
//! the chart, a skipped one only leaves them out. Headings are read with a closed
//! vocabulary (a column "Cases per 100,000" or "Cases among children" is skipped), row
//! labels must look like place names (days, under "Date"), and a table with one row
//! labelled by an age, a sex or (in a column of places) a date is not read at all.

use super::calendar::month_of;
use super::classify::{counted_metric, predicate_metric, subject_of};
use super::lexicon::{DATE_START, DISEASE, MODIFIERS, NEW_CUES, PLACE_NOUN, QUALIFIER_WORDS, TOTAL_CUES};
use super::number::{self, Quantity};
use super::place::Places;
use super::scan::{Doc, TokenKind};
use super::sentence::{self, footnote_marker_ending_at, Sentence};
use crate::figure::{Kind, Metric, Subject};

/// One figure read from a table or list.
pub(crate) struct Cell {
    /// The number; its tokens are `quantity.first..=quantity.last`.
    pub quantity: Quantity,
    pub metric: Metric,
    pub kind: Kind,
    pub subject: Option<Subject>,
    /// Token range (first, last) of the row or item label; `None` for "Total" and
    /// national rows.
    pub location: Option<(usize, usize)>,
    /// Token where the table's caption or intro line starts, to find the table's date.
    pub caption: Option<usize>,
    /// Token range (first, last) of the row's date, in a table of rows by date: the
    /// day of the row's numbers.
    pub row_day: Option<(usize, usize)>,
    /// Token range (first, end) of the column heading or legend part the number is read
    /// under, for the period it names ("Past 7 days").
    pub heading: (usize, usize),
    /// One line per decision.
    pub explain: Vec<String>,
}

/// Reads the tables and lists of a document (whose [`lines`] are `lines`), in token
/// order. Never panics; returns nothing where it is unsure.
pub(crate) fn read_tables(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line]) -> Vec<Cell> {
    let mut cells = Vec::new();
    read_from_each_heading(lines, |h| grid_at(doc, sentences, lines, h, &mut cells));
    read_from_each_heading(lines, |h| stacked_grid_at(doc, sentences, lines, h, &mut cells));
    read_legends(doc, sentences, lines, &mut cells);
    read_lists(doc, sentences, lines, &mut cells);
    cells.sort_by_key(|c| c.quantity.first);
    // Two layouts never claim one number, but if they did the first reading stands.
    cells.dedup_by(|later, earlier| later.quantity.first <= earlier.quantity.last);
    cells
}

/// Factbox sections headed by a place: (first token of the section's body, one past
/// its last token, the heading's token range). A heading is a line of one to four
/// capitalised words without digits followed by bullet lines (or, in capitals, by a
/// paragraph of prose); headings such as "SUMMARY" or "REGION-WIDE" end a section but
/// start none. Fewer than two place sections give nothing: a lone place heading names
/// the article's own geography.
pub(crate) fn section_places(doc: &Doc<'_>, lines: &[Line]) -> Vec<(usize, usize, (usize, usize))> {
    // "FACTBOX-Where the outbreak stands": every short heading in it is a section's, in
    // capitals or not ("Aldria" then a paragraph).
    let factbox = lines.first().is_some_and(|l| (l.first..l.end).any(|i| doc.word_in(i, &["factbox"])));
    let by_country = lines.iter().any(|l| {
        l.end > l.first + 1
            && l.end - l.first <= 4
            && (l.first..l.end).any(|i| doc.word_in(i, &["country", "countries"]))
            && (l.first..l.end).any(|i| doc.word_in(i, &["updates", "update", "by", "situation"]))
    });
    let mut sections = Vec::new();
    let mut h = 0;
    while h < lines.len() {
        // Bullets, or under a heading in capitals a paragraph of prose ("TARVIA" then
        // "The country has reported"); a capitalised line before prose may be a title.
        // (Looked at only under a heading: most lines are none.)
        // ("Country updates" over "Lao PDR" then a paragraph, "Malaysia" then another:
        // title-case place headings over prose, when a line names them as countries.)
        let prose_under_a_heading =
            |l: &Line| heading_of(doc, *l).is_none() && (factbox || by_country || in_capitals(doc, lines[h]));
        let body_follows =
            || lines.get(h + 1).is_some_and(|l| !l.furniture && (is_bullet(doc, l.first) || prose_under_a_heading(l)));
        let Some(place) = heading_of(doc, lines[h]).filter(|_| body_follows()) else {
            h += 1;
            continue;
        };
        // The body: its first line, then bullet lines and lines wrapped onto them
        // without a blank line.
        let mut end = h + 2;
        while let Some(line) = lines.get(end) {
            let continues = is_bullet(doc, line.first) || !line.blank_before;
            if !continues || heading_of(doc, *line).is_some() {
                break;
            }
            end += 1;
        }
        if let Some(place) = place {
            sections.push((lines[h + 1].first, lines[end - 1].end, place));
        }
        h = end;
    }
    if sections.len() < 2 {
        sections.clear();
    }
    sections
}

/// A digest's items, each headed by its place before a colon ("Velosia: Anthrax traced
/// to sick cattle" over a paragraph, or a few, of prose): (the heading's first token,
/// one past the item's last token, the place's token range). An item runs to the next
/// item's heading or to a paragraph that is no prose ("Related:", "SPONSORED"). Fewer
/// than two items give nothing: one such line is a headline's topic.
pub(crate) fn digest_items(doc: &Doc<'_>, places: &Places<'_>, lines: &[Line]) -> Vec<(usize, usize, (usize, usize))> {
    let mut items = Vec::new();
    let mut h = 0;
    while h < lines.len() {
        let Some(place) = digest_heading(doc, places, lines[h]) else {
            h += 1;
            continue;
        };
        let mut end = h + 1;
        while let Some(line) = lines.get(end) {
            if digest_heading(doc, places, *line).is_some()
                || line.blank_before && !paragraph_is_prose(doc, &lines[end..])
            {
                break;
            }
            end += 1;
        }
        if end > h + 1 {
            items.push((lines[h].first, lines[end - 1].end, place));
        }
        h = end;
    }
    if items.len() < 2 {
        items.clear();
    }
    items
}

/// The place of a digest item's heading: a line opened by a place's name and a colon
/// (past the item's number: "2. Velosia:"), then a headline's words (no number straight
/// after the colon, as in a list's "Arvel: 12 cases", and no full stop at its end, as
/// in a speaker's words).
fn digest_heading(doc: &Doc<'_>, places: &Places<'_>, line: Line) -> Option<(usize, usize)> {
    if line.furniture || doc.is_punct(line.end.checked_sub(1)?, ".") {
        return None;
    }
    let numbered = line.first + 2 < line.end
        && doc.kind(line.first) == Some(TokenKind::Digits)
        && matches!(doc.slice(line.first + 1), "." | ")")
        && doc.attached(line.first + 1);
    let line = if numbered { Line { first: line.first + 2, ..line } } else { line };
    let colon = (line.first + 1..line.end.min(line.first + 8)).find(|&i| doc.is_punct(i, ":"))?;
    if places.speaks_in_turns(doc, colon - 1) {
        return None;
    }
    let headline_words = (colon + 1..line.end).filter(|&i| doc.kind(i) == Some(TokenKind::Word)).count();
    // ("LAOS: Dengue": a place in capitals may head a disease's name alone.)
    let capitals = in_capitals(doc, Line { end: colon, ..line });
    if doc.kind(colon + 1) != Some(TokenKind::Word) || headline_words < if capitals { 1 } else { 3 } {
        return None;
    }
    heading_of(doc, Line { end: colon + 1, ..line }).flatten()
}

/// Whether the paragraph opening `lines` (up to the next line after a blank one) ends
/// a sentence, or a sentence and a bracketed note after it ("... 8 deaths. (Link:
/// IEDCR)").
fn paragraph_is_prose(doc: &Doc<'_>, lines: &[Line]) -> bool {
    let last = lines.iter().skip(1).position(|l| l.blank_before).map_or(lines.len(), |k| k + 1);
    let last_line = last.checked_sub(1).and_then(|k| lines.get(k));
    let ends_sentence = |i: usize| matches!(doc.slice(i), "." | "!" | "?" | "\"" | "\u{201D}");
    let start = lines.first().map_or(0, |l| l.first);
    let note_after_sentence = |close: usize| {
        doc.is_punct(close, ")")
            && (start..close)
                .rev()
                .find(|&i| doc.is_punct(i, "("))
                .is_some_and(|open| open > start && ends_sentence(open - 1))
    };
    last_line.is_some_and(|l| l.end > l.first && (ends_sentence(l.end - 1) || note_after_sentence(l.end - 1)))
}

/// A line of the document: tokens `first..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    first: usize,
    end: usize,
    /// A blank line (or the start of the text) comes before it.
    blank_before: bool,
    /// It is in a block of links to other stories.
    furniture: bool,
}

/// The lines of a document, read once for both the tables and the sections.
pub(crate) fn lines(doc: &Doc<'_>, sentences: &[Sentence]) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut first = 0;
    for i in 1..=doc.tokens.len() {
        if i == doc.tokens.len() || doc.tokens[i].line_before {
            let blank_before = first == 0 || {
                let gap = gap_before(doc, first);
                gap.matches('\n').count() > 1 || gap.matches('\r').count() > 1
            };
            let furniture = sentence_of(sentences, first).is_some_and(|s| s.furniture);
            lines.push(Line { first, end: i, blank_before, furniture });
            first = i;
        }
    }
    lines
}

/// What splits the line of tokens `first..end` into cells: a bar before tabs before
/// wide spaces. It runs over every line of every article, so the line's text is
/// searched first (tokens hold no white space: a tab in it is between tokens).
fn separator_of(doc: &Doc<'_>, first: usize, end: usize) -> Option<Separator> {
    let (start, stop) = (doc.tokens.get(first)?.start, doc.tokens.get(end.checked_sub(1)?)?.end);
    let text = doc.text.get(start..stop)?;
    if text.contains('|') && (first..end).any(|i| is_byte(doc, i, b'|')) {
        Some(Separator::Pipe)
    } else if text.contains('\t') || edge_tabs(doc, first, end) != (0, 0) {
        Some(Separator::Tab)
    } else if (text.contains("  ") || text.contains('\u{00A0}'))
        && (first + 1..end).any(|i| is_wide(gap_before(doc, i)))
    {
        Some(Separator::Wide)
    } else {
        None
    }
}

/// The white space between token `i - 1` (or the start of the text) and token `i`.
fn gap_before<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    let from = doc.tokens.get(i.wrapping_sub(1)).map_or(0, |t| t.end);
    doc.tokens.get(i).and_then(|token| doc.text.get(from..token.start)).unwrap_or("")
}

fn sentence_of(sentences: &[Sentence], i: usize) -> Option<&Sentence> {
    sentences.get(sentences.partition_point(|s| s.end <= i)).filter(|s| s.first <= i)
}

/// Where the caption holding token `i` starts: its sentence's start, but not before
/// the start of its line ("Table 1. Cumulative cases ..." starts at "Table").
fn caption_start(sentences: &[Sentence], line: Line, i: usize) -> usize {
    sentence_of(sentences, i).map_or(line.first, |s| s.first.max(line.first))
}

/// The caption of a block starting at line `at`: the line before it, from the start
/// of that line's last sentence. A sentence of prose that reports figures of its own
/// and does not lead into the block ("During week 41, 1,372 new cases were reported.")
/// is no caption: the table after it need not count the same period. Nor is a label
/// with its own number ("- New cases: 11" over "- Total: 497").
fn caption_before(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], at: usize) -> Option<(usize, usize)> {
    let line = *lines.get(at.checked_sub(1)?)?;
    let start = caption_start(sentences, line, line.end - 1);
    let leads_in = doc.is_punct(line.end - 1, ":");
    let counted = |i: usize| doc.word(i).is_some_and(|w| counted_metric(w).is_some());
    let reports = (start..line.end).any(|i| {
        doc.kind(i) == Some(TokenKind::Digits)
            && ((i + 1..(i + 4).min(line.end)).any(counted)
                || i > start && doc.is_punct(i - 1, ":") && (start..i).any(counted))
    });
    (leads_in || !reports).then_some((start, line.end))
}

/// Whether token `i` is the one-byte token `byte`: a quick test for loops over every token.
fn is_byte(doc: &Doc<'_>, i: usize, byte: u8) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.end == t.start + 1 && doc.text.as_bytes().get(t.start) == Some(&byte))
}

fn is_bullet(doc: &Doc<'_>, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Punct) && sentence::is_bullet(doc.slice(i))
}

fn is_capitalised(doc: &Doc<'_>, i: usize) -> bool {
    doc.word(i).is_some() && doc.slice(i).chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

// ---------------------------------------------------------------------------
// What a heading says a number counts.

/// What a column heading, legend item or counted phrase says its numbers count.
#[derive(Clone, Copy, Debug)]
struct Heading {
    metric: Metric,
    /// The kind and the token that says it.
    kind: Option<(Kind, usize)>,
    subject: Option<Subject>,
}

/// The metric a heading word names: a counted noun ("Deaths"), a predicate ("Died",
/// "Recovered") or "Active".
fn metric_word(word: &str) -> Option<Metric> {
    if word == "active" {
        return Some(Metric::Active);
    }
    counted_metric(word).or_else(|| predicate_metric(word))
}

/// Words of periods: "last 7 days", "24-hour", "24h".
const PERIOD_WORDS: &[&str] =
    &["hours", "hour", "hrs", "hr", "h", "days", "day", "weeks", "week", "wk", "epiweek", "fortnight"];

/// Words a week's number follows: "Week 47", "wk 47", "epiweek 47".
const WEEK_WORDS: &[&str] = &["week", "wk", "epiweek"];

/// Words a heading may hold besides metric, status, kind and describing words. A word
/// outside the vocabulary ("rate", "per", "children", "previous") makes the heading
/// unreadable: its column counts something else.
const HEADING_WORDS: &[&str] = &[
    "number", "no", "nos", "of", "in", "the", "to", "date", "so", "far", "since", "this", "last", "past", "all",
    "people", "persons", "patients", "individuals", "reported", "under", "current", "currently", "ever", "weekly",
    "today", "still", "cumulated", "count", "counts", "alone", "and", "newly", "epi", "clinical", "outbreak",
];

/// New or total, if token `i` says so.
fn cue(doc: &Doc<'_>, i: usize) -> Option<Kind> {
    let word = doc.word(i)?;
    let after_number = doc.kind(i.wrapping_sub(1)) == Some(TokenKind::Digits)
        || doc.is_punct(i.wrapping_sub(1), "-") && doc.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits);
    let period =
        PERIOD_WORDS.contains(&word) && (after_number || doc.word_in(i.wrapping_sub(1), &["this", "last", "past"]));
    if doc.has(i, NEW_CUES) && word != "more" || matches!(word, "weekly" | "today" | "newly") || period {
        Some(Kind::New)
    } else if doc.has(i, TOTAL_CUES)
        || matches!(word, "since" | "cumulated" | "current" | "currently" | "ever")
        || word == "date" && doc.word_in(i.wrapping_sub(1), &["to"])
        || word == "far" && doc.word_in(i.wrapping_sub(1), &["so"])
    {
        Some(Kind::Total)
    } else {
        None
    }
}

/// Whether a digits token is part of a period ("24" in "24h", "last 7 days") or of a
/// name ("COVID-19"), not a number of its own.
fn digits_in_heading(doc: &Doc<'_>, i: usize) -> bool {
    let before = i.wrapping_sub(1);
    let glued_to_name = doc.attached(i) && (doc.word(before).is_some() || doc.is_punct(before, "-"));
    let unit = if doc.is_punct(i + 1, "-") { i + 2 } else { i + 1 };
    glued_to_name
        || doc.word(unit).is_some_and(|w| PERIOD_WORDS.contains(&w))
        || doc.word_in(before, WEEK_WORDS)
        || opens_from(doc, i)
        || doc.digit_count(i) <= 2 && doc.word(before).and_then(month_of).is_some() && opens_from(doc, before)
}

/// Whether a digits token is the year a heading's count is of ("Cases, 2026"): a
/// year after the heading's first word, so a count of that year so far. (A year
/// opening the heading, "2025 cases", is left to [`this_years_column`].)
fn year_in_heading(doc: &Doc<'_>, first: usize, i: usize) -> bool {
    i > first && doc.year_at(i).is_some()
}

/// Whether token `i` names when a heading's count began ("since January", "since
/// 2025", "from 1 March"): a month or year after a word opening the period.
fn opens_from(doc: &Doc<'_>, i: usize) -> bool {
    let is_year = doc.digit_count(i) == 4 && doc.slice(i).len() == 4;
    let is_day = doc.digit_count(i) <= 2 && doc.word(i + 1).and_then(month_of).is_some();
    let when = is_year || is_day || doc.word(i).and_then(month_of).is_some();
    let opener = |j: usize| doc.word_in(j, &["since", "from"]);
    when && (opener(i.wrapping_sub(1)) || opener(i.wrapping_sub(2)) && doc.digit_count(i.wrapping_sub(1)) > 0)
}

/// Reads tokens `first..end` as a heading: one metric (or a status word standing for
/// cases, or `unnamed` for a heading that states only a kind: "New (24 h)"), at most
/// one status, a kind if one is stated. `None` if any word is outside the heading
/// vocabulary or two metrics clash ("Cases/deaths").
fn read_heading(doc: &Doc<'_>, first: usize, end: usize, unnamed: Option<Metric>) -> Option<Heading> {
    let mut metrics: Vec<Metric> = Vec::new();
    let mut subject = None;
    let (mut new, mut total) = (None, None);
    let mut words = 0;
    for i in first..end {
        match doc.kind(i)? {
            TokenKind::Digits if digits_in_heading(doc, i) => continue,
            TokenKind::Digits if year_in_heading(doc, first, i) => {
                total = total.or(Some(i));
                continue;
            }
            TokenKind::Digits => return None,
            TokenKind::Punct
                if matches!(doc.slice(i), "%" | "\u{2030}" | "$" | "\u{20AC}" | "\u{00A3}" | "#" | "+") =>
            {
                return None
            }
            TokenKind::Punct => continue,
            TokenKind::Word => {}
        }
        let word = doc.word(i)?;
        words += 1;
        let metric = metric_word(word);
        let status = subject_of(word);
        // "Week 47" heading a column: that week's count (in a caption it may only name
        // the bulletin's week).
        let numbered_week = doc.word_in(i, WEEK_WORDS) && doc.kind(i + 1) == Some(TokenKind::Digits);
        // "Change since Jun 6": what the count grew by since then.
        let change = matches!(word, "change" | "increase").then_some(Kind::New);
        let kind = cue(doc, i).or(numbered_week.then_some(Kind::New)).or(change);
        let known = metric.is_some()
            || status.is_some()
            || kind.is_some()
            || doc.has(i, MODIFIERS)
            || HEADING_WORDS.contains(&word)
            || PERIOD_WORDS.contains(&word)
            || opens_from(doc, i);
        // "Cases/Cas", "Deaths/Décès": a bilingual report's second language after a slash.
        let translation = i > first && doc.is_punct(i - 1, "/") && doc.attached(i);
        if !known && translation {
            words -= 1;
            continue;
        }
        if !known || words > 6 {
            return None;
        }
        if let Some(metric) = metric.filter(|m| !metrics.contains(m)) {
            metrics.push(metric);
        }
        if let Some(status) = status {
            if subject.is_some_and(|s| s != status) {
                return None;
            }
            subject = Some(status);
        }
        match kind {
            Some(Kind::New) => new = new.or(Some(i)),
            Some(Kind::Total) => total = total.or(Some(i)),
            None => {}
        }
    }
    // "Active cases", "Recovered cases": the other metric says which cases.
    let metric = match metrics[..] {
        [] => subject.map(|_| Metric::Cases).or(unnamed.filter(|_| new.or(total).is_some()))?,
        [only] => only,
        [a, b] if a == Metric::Cases && b != Metric::Deaths => b,
        [a, b] if b == Metric::Cases && a != Metric::Deaths => a,
        _ => return None,
    };
    // "Total new cases" counts a period; people ill now are a current count.
    let kind = match (metric, new, total) {
        (Metric::Active, ..) => Some((Kind::Total, first)),
        (_, Some(at), _) => Some((Kind::New, at)),
        (_, None, Some(at)) => Some((Kind::Total, at)),
        _ => None,
    };
    Some(Heading { metric, kind, subject })
}

/// The one kind the words `first..end` state, if they state exactly one.
fn stated_kind(doc: &Doc<'_>, first: usize, end: usize) -> Option<(Kind, usize)> {
    let mut found: Option<(Kind, usize)> = None;
    for i in first..end {
        if let Some(kind) = cue(doc, i) {
            match found {
                Some((k, _)) if k != kind => return None,
                Some(_) => {}
                None => found = Some((kind, i)),
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------
// Row labels.

/// What a row label says about where its numbers are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    /// A place: token range (first, last).
    Place(usize, usize),
    /// The whole area: "Total", "National".
    Whole,
    /// "Other", "Unknown": a row with no place to give its numbers.
    Unplaced,
    /// Not a place at all ("Male", "Under 5", "12 May"): the table is not by place.
    NotPlace,
    /// A day ("11 September 2026") in a column headed "Date": token range (first, last).
    Day(usize, usize),
}

/// Row labels meaning the whole area.
const WHOLE_WORDS: &[&str] = &[
    "total", "totals", "national", "nationwide", "statewide", "countrywide", "overall", "all", "sum", "grand", "whole",
];

/// Row labels for numbers with no place.
const UNPLACED_WORDS: &[&str] =
    &["other", "others", "unknown", "unspecified", "pending", "unassigned", "elsewhere", "rest"];

/// Words that mark a label as a source, a group of people (by sex, age or vaccination:
/// "One MMR dose: 3"), a time or a contact, not a place.
const NOT_PLACE_WORDS: &[&str] = &[
    "ministry", "agency", "who", "government", "officials", "authorities", "report", "reports", "said", "says", "male",
    "female", "males", "females", "men", "women", "boys", "girls", "children", "child", "adults", "adult", "infants",
    "elderly", "age", "aged", "ages", "years", "year", "yrs", "months", "month", "week", "weeks", "day", "days",
    "date", "period", "epiweek", "source", "sources", "note", "notes", "hotline", "helpline", "phone", "tel",
    "telephone", "fax", "email", "contact", "contacts", "website", "call", "imported", "local", "community", "sex",
    "gender", "group", "dose", "doses", "vaccinated", "unvaccinated", "vaccine", "vaccination", "status",
];

/// Reads tokens `first..end` (trailing punctuation and footnote marks dropped) as a
/// row label.
fn read_label(doc: &Doc<'_>, first: usize, end: usize) -> Label {
    // "Chad/Tchad": a bilingual report's second name after a slash.
    let mut end = (first + 1..end).find(|&i| doc.is_punct(i, "/") && doc.attached(i)).unwrap_or(end);
    while end > first && doc.kind(end - 1) == Some(TokenKind::Punct) {
        end -= 1;
    }
    let Some(word) = doc.word(first).filter(|_| end > first) else {
        return if end == first { Label::Unplaced } else { Label::NotPlace };
    };
    // "All other counties": the rest, not the whole.
    if word == "all" && doc.word(first + 1).is_some_and(|w| UNPLACED_WORDS.contains(&w)) {
        return Label::Unplaced;
    }
    if WHOLE_WORDS.contains(&word) {
        return Label::Whole;
    }
    if UNPLACED_WORDS.contains(&word) {
        return Label::Unplaced;
    }
    let place_like = end - first <= 8
        && is_capitalised(doc, first)
        && (first..end).all(|i| match doc.kind(i) {
            Some(TokenKind::Word) => {
                let w = doc.word(i).unwrap_or_default();
                !(NOT_PLACE_WORDS.contains(&w)
                    || metric_word(w).is_some()
                    || subject_of(w).is_some()
                    || doc.has(i, DATE_START))
            }
            Some(TokenKind::Punct) => matches!(doc.slice(i), "-" | "." | "'" | "\u{2019}" | "&"),
            _ => false,
        });
    if place_like {
        Label::Place(first, end - 1)
    } else {
        Label::NotPlace
    }
}

// ---------------------------------------------------------------------------
// Numbers in cells.

/// The quantity starting at token `at` ("1,204", "about 40") and ending before
/// `end`. Numbers with a leading zero are codes (phone numbers), not counts.
fn quantity_at(doc: &Doc<'_>, at: usize, end: usize) -> Option<Quantity> {
    let mut number_at = at;
    while number_at < at + 3 && doc.has(number_at, QUALIFIER_WORDS) && !number::may_start_at(doc, number_at) {
        number_at += 1;
    }
    if !number::may_start_at(doc, number_at) {
        return None;
    }
    let quantity = number::parse_at(doc, number_at)?.ok()?;
    let leading_zero = doc.slice(number_at).len() > 1 && doc.slice(number_at).starts_with('0');
    (quantity.first == at && quantity.last < end && !quantity.fractional && !leading_zero).then_some(quantity)
}

/// The quantity that is all of tokens `first..end`, if they are one.
fn whole_quantity(doc: &Doc<'_>, first: usize, end: usize) -> Option<Quantity> {
    quantity_at(doc, first, end).filter(|q| q.last + 1 == end)
}

/// A cell "143 (+7)" or "143 (7)" in tokens `first..end`: the count, the "(", and the
/// increase in brackets.
fn with_increase(doc: &Doc<'_>, first: usize, end: usize) -> Option<(Quantity, usize, Quantity)> {
    let count = quantity_at(doc, first, end)?;
    let open = count.last + 1;
    if !doc.is_punct(open, "(") {
        return None;
    }
    let number = if doc.is_punct(open + 1, "+") { open + 2 } else { open + 1 };
    let increase = quantity_at(doc, number, end)?;
    let closed = doc.is_punct(increase.last + 1, ")") && increase.last + 2 == end;
    closed.then_some((count, open, increase))
}

/// A cell "+38" under a heading of what a count grew by ("Change since Jun 6"): 38.
fn signed_increase(doc: &Doc<'_>, heading: &Heading, first: usize, end: usize) -> Option<Quantity> {
    let grew = heading.kind.is_some_and(|k| k.0 == Kind::New) && doc.is_punct(first, "+");
    grew.then(|| whole_quantity(doc, first + 1, end)).flatten()
}

/// A decision line for a cell: what its heading says, why it is new or total, where.
fn explain(
    doc: &Doc<'_>,
    what: &str,
    words: (usize, usize),
    heading: &Heading,
    kind: (Kind, String),
    label: Label,
) -> Vec<String> {
    let subject = heading.subject.map_or(String::new(), |s| format!(", {}", s.name()));
    let mut lines = vec![
        format!(
            "{what} \"{}\" -> {}, {}{subject}",
            doc.words(words.0, words.1.saturating_sub(1).max(words.0)),
            heading.metric.name(),
            kind.0.name()
        ),
        format!("kind: {}", kind.1),
    ];
    match label {
        Label::Place(first, last) => lines.push(format!("location: row \"{}\"", doc.words(first, last))),
        Label::Day(first, last) => {
            lines.push(format!("location: none, a row of the day \"{}\"", doc.words(first, last)))
        }
        _ => lines.push("location: none, a row for the whole area".to_string()),
    }
    lines
}

/// The kind of a cell under `heading`: its own words, else the one kind `context`
/// states (the caption, the line), else a running total.
fn kind_of(doc: &Doc<'_>, heading: &Heading, context: &[(&str, Option<(Kind, usize)>)]) -> (Kind, String) {
    if let Some((kind, at)) = heading.kind {
        return (kind, format!("\"{}\" in its heading", doc.slice(at)));
    }
    for (name, stated) in context {
        if let Some((kind, at)) = stated {
            return (*kind, format!("\"{}\" in the {name}", doc.slice(*at)));
        }
    }
    (Kind::Total, "no word of a period in its heading or caption: taken as a running total".to_string())
}

/// A cell for `quantity` read under `heading` in a row labelled `label`.
fn cell(
    doc: &Doc<'_>,
    quantity: Quantity,
    heading: &Heading,
    heading_words: (&str, usize, usize),
    context: &[(&str, Option<(Kind, usize)>)],
    label: Label,
    caption: Option<usize>,
) -> Cell {
    let kind = kind_of(doc, heading, context);
    let location = match label {
        Label::Place(first, last) => Some((first, last)),
        _ => None,
    };
    let row_day = match label {
        Label::Day(first, last) => Some((first, last)),
        _ => None,
    };
    let (what, first, end) = heading_words;
    Cell {
        quantity,
        metric: heading.metric,
        kind: kind.0,
        subject: heading.subject,
        location,
        caption,
        row_day,
        heading: (first, end),
        explain: explain(doc, what, (first, end), heading, kind, label),
    }
}

// ---------------------------------------------------------------------------
// Grids: "District | New cases | New deaths".

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Separator {
    Pipe,
    Tab,
    /// Two or more spaces, as in fixed-width text.
    Wide,
}

fn is_wide(gap: &str) -> bool {
    gap.chars().filter(|&c| c == ' ' || c == '\u{00A0}').count() >= 2
}

/// The tabs at the ends of a line: before its first token (after the line break) and
/// after its last (before the next break). Copied tables leave them for empty cells.
fn edge_tabs(doc: &Doc<'_>, first: usize, end: usize) -> (usize, usize) {
    // Most text has no tab: one look at the bytes, not a split at line breaks.
    let tabs = |gap: &str| gap.bytes().any(|b| b == b'\t');
    let before = gap_before(doc, first);
    let leading =
        if tabs(before) { before.rsplit(['\n', '\r']).next().unwrap_or_default().matches('\t').count() } else { 0 };
    let after = match (doc.tokens.get(end.wrapping_sub(1)), doc.tokens.get(end)) {
        (Some(last), next) => doc.text.get(last.end..next.map_or(doc.text.len(), |t| t.start)).unwrap_or_default(),
        _ => "",
    };
    let trailing =
        if tabs(after) { after.split(['\n', '\r']).next().unwrap_or_default().matches('\t').count() } else { 0 };
    (leading, trailing)
}

/// The cells of a line as token ranges (first, end), if it is split into two or more.
fn cells_of(doc: &Doc<'_>, line: Line) -> Option<(Separator, Vec<(usize, usize)>)> {
    let separator = separator_of(doc, line.first, line.end)?;
    let tabs = edge_tabs(doc, line.first, line.end);
    let mut cells = Vec::new();
    if separator == Separator::Tab {
        cells.extend(std::iter::repeat_n((line.first, line.first), tabs.0));
    }
    let mut start = line.first;
    for i in line.first..line.end {
        match separator {
            Separator::Pipe if doc.is_punct(i, "|") => {
                cells.push((start, i));
                start = i + 1;
            }
            // Each tab ends a cell: two tabs in a row leave an empty one.
            Separator::Tab if i > line.first => {
                for _ in 0..gap_before(doc, i).matches('\t').count() {
                    cells.push((start, i));
                    start = i;
                }
            }
            Separator::Wide if i > line.first && is_wide(gap_before(doc, i)) => {
                cells.push((start, i));
                start = i;
            }
            _ => {}
        }
    }
    cells.push((start, line.end));
    match separator {
        Separator::Tab => cells.extend(std::iter::repeat_n((line.end, line.end), tabs.1)),
        // "| a | b |": the bars at the ends open and close, they do not separate.
        Separator::Pipe => {
            if doc.is_punct(line.first, "|") {
                cells.remove(0);
            }
            if line.end > line.first + 1 && doc.is_punct(line.end - 1, "|") {
                cells.pop();
            }
        }
        Separator::Wide => {}
    }
    (cells.len() >= 2).then_some((separator, cells))
}

/// A cell's tokens without the footnote markers glued to its end: "1,204[3]",
/// "North Velm[a]".
fn without_footnotes(doc: &Doc<'_>, (first, end): (usize, usize)) -> (usize, usize) {
    let mut end = end;
    while let Some(open) = end.checked_sub(1).and_then(|close| footnote_marker_ending_at(doc, close)) {
        if open <= first {
            break;
        }
        end = open;
    }
    (first, end)
}

/// A rule under a heading line: "---|---", "=====".
fn is_rule(doc: &Doc<'_>, line: Line) -> bool {
    (line.first..line.end).all(|i| {
        doc.kind(i) == Some(TokenKind::Punct)
            && matches!(doc.slice(i), "-" | "=" | ":" | "|" | "+" | "_" | "\u{2013}" | "\u{2014}")
    })
}

/// First-column headings of tables whose rows are not places.
const NOT_PLACE_COLUMNS: &[&str] = &[
    "date", "week", "day", "month", "year", "period", "age", "sex", "gender", "group", "category", "indicator",
    "variable", "measure", "type", "status", "clade", "variant", "strain", "serotype", "epiweek", "item",
    "description", "parameter", "metric", "time", "hour",
];

/// Whether the first heading cell may head a column of place labels ("District",
/// "Country", or nothing).
fn is_label_heading(doc: &Doc<'_>, (first, end): (usize, usize)) -> bool {
    end - first <= 4
        && (first..end).all(|i| match doc.kind(i) {
            Some(TokenKind::Word) => !doc.word_in(i, NOT_PLACE_COLUMNS),
            Some(TokenKind::Punct) => true,
            _ => false,
        })
}

/// Whether the first heading cell heads a column of days: "Date", "Day", "Date reported".
fn is_date_heading(doc: &Doc<'_>, (first, end): (usize, usize)) -> bool {
    doc.word_in(first, &["date", "day"])
        && (first + 1..end)
            .all(|i| doc.kind(i) == Some(TokenKind::Punct) || doc.word_in(i, &["reported", "of", "report"]))
}

/// Reads tokens `first..end` (trailing punctuation and footnote marks dropped) as a
/// row label of a column of days: a day of a month ("11 September 2026", "Sept. 25",
/// "3 Oct", "2026-09-11"); a "Total" row is skipped, anything else is not a place.
fn read_day_label(doc: &Doc<'_>, first: usize, end: usize) -> Label {
    let mut end = end;
    while end > first && doc.kind(end - 1) == Some(TokenKind::Punct) {
        end -= 1;
    }
    let month = (first..end).filter(|&i| doc.word(i).and_then(month_of).is_some()).count();
    let day = (first..end).filter(|&i| doc.kind(i) == Some(TokenKind::Digits) && doc.digit_count(i) <= 2).count();
    let only_date = (first..end).all(|i| match doc.kind(i) {
        // "Tue Nov 17": a weekday may lead.
        Some(TokenKind::Word) => doc.has(i, DATE_START),
        Some(TokenKind::Digits) => doc.digit_count(i) <= 2 || doc.digit_count(i) == 4,
        Some(TokenKind::Punct) => matches!(doc.slice(i), "," | "."),
        None => false,
    });
    // "2026-09-11".
    let iso = end - first == 5
        && doc.digit_count(first) == 4
        && [first + 1, first + 3].iter().all(|&i| doc.is_punct(i, "-"))
        && [first + 2, first + 4].iter().all(|&i| doc.kind(i) == Some(TokenKind::Digits) && doc.digit_count(i) <= 2);
    if month == 1 && day == 1 && only_date && end - first <= 5 || iso {
        Label::Day(first, end - 1)
    } else if matches!(read_label(doc, first, end), Label::Whole | Label::Unplaced) {
        // "Total": the sum of the days shown, or of all days? Not read.
        Label::Unplaced
    } else {
        Label::NotPlace
    }
}

/// The columns of a heading line: whether the first labels the rows, and what each
/// other column counts (`None`: skipped). `None` if no column can be read, or a
/// heading cell holds a number (a data row, not a heading).
///
/// A column headed only by its kind ("New (24 h)", "Cumulative") counts what the
/// table counts: the one metric its other headings name, else the one its caption
/// names, else cases, what an outbreak's table is of. Where those name several, it
/// is the counterpart of a column of the other kind on its left ("Total cases | New"),
/// else skipped.
fn columns_of(
    doc: &Doc<'_>,
    heads: &[(usize, usize)],
    caption: Option<(usize, usize)>,
) -> Option<(bool, Vec<Option<Heading>>)> {
    let &first = heads.first()?;
    if heads.iter().any(|&(f, e)| whole_quantity(doc, f, e).is_some()) {
        return None;
    }
    let labelled = read_heading(doc, first.0, first.1, None).is_none();
    if labelled && !is_label_heading(doc, first) && !is_date_heading(doc, first) {
        return None;
    }
    let heads = &heads[usize::from(labelled)..];
    let mut columns: Vec<Option<Heading>> = heads.iter().map(|&(f, e)| read_heading(doc, f, e, None)).collect();
    let caption_words = caption.map_or(0..0, |(first, end)| first..end);
    let unnamed = match named_metric(columns.iter().flatten().map(|h| h.metric)) {
        Named::None => named_metric(caption_words.filter_map(|i| doc.word(i).and_then(metric_word))),
        named => named,
    };
    let unnamed = match unnamed {
        Named::None => Some(Metric::Cases),
        Named::One(metric) => Some(metric),
        Named::Several => None,
    };
    for c in 0..columns.len() {
        let (Some(&(f, e)), None) = (heads.get(c), columns[c]) else { continue };
        columns[c] = match unnamed {
            Some(_) => read_heading(doc, f, e, unnamed),
            // "Total cases | New (24 h) | Deaths": beside a column of the other kind,
            // a column of a kind alone is its counterpart.
            None => c.checked_sub(1).and_then(|left| columns[left]).and_then(|left| {
                let kind_of = |h: Heading| h.kind.map(|k| k.0);
                read_heading(doc, f, e, Some(left.metric))
                    .filter(|h| kind_of(left).is_some() && kind_of(*h).is_some() && kind_of(left) != kind_of(*h))
            }),
        };
    }
    this_years_column(doc, heads, &mut columns);
    // Two columns reading alike ("Cases this week | Cases last week") differ in
    // something a figure cannot say: neither is read.
    let keys: Vec<_> = columns.iter().map(|c| c.map(|h| (h.metric, h.kind.map(|k| k.0), h.subject))).collect();
    for (column, key) in columns.iter_mut().zip(&keys) {
        if key.is_some() && keys.iter().filter(|k| *k == key).count() > 1 {
            *column = None;
        }
    }
    columns.iter().any(Option::is_some).then_some((labelled, columns))
}

/// "2026 cases | 2025 cases (same period)": a table setting this year beside earlier
/// ones. The latest year's column is this year's running total; the others are other
/// years' counts and stay unread.
fn this_years_column(doc: &Doc<'_>, heads: &[(usize, usize)], columns: &mut [Option<Heading>]) {
    let year = |(first, end): (usize, usize)| doc.year_at(first).filter(|_| end > first + 1);
    let years: Vec<Option<u32>> = heads.iter().map(|&head| year(head)).collect();
    if years.iter().flatten().count() < 2 {
        return;
    }
    let latest = years.iter().flatten().max().copied();
    for ((column, &year), &(first, end)) in columns.iter_mut().zip(&years).zip(heads) {
        if column.is_none() && year.is_some() && year == latest {
            *column = read_heading(doc, first + 1, end, None)
                .map(|h| Heading { kind: h.kind.or(Some((Kind::Total, first))), ..h });
        }
    }
}

/// "State/UT | 2023 | 2024 | 2025 | 2026*" over "Cases | Deaths | Cases | Deaths | ...":
/// a heading of years over each year's counts. The headings to read the rows by: the
/// label's, then the latest year's counts; the earlier years' columns get empty
/// headings, so they stay unread (another year's count is no figure of this one).
fn latest_years_counts(doc: &Doc<'_>, heads: &[(usize, usize)], under: Line) -> Option<Vec<(usize, usize)>> {
    let (label, year_heads) = heads.split_first()?;
    // ("2026*": a footnote mark after the year.)
    let year_of = |&(first, end): &(usize, usize)| {
        doc.year_at(first).filter(|_| (first + 1..end).all(|i| doc.kind(i) == Some(TokenKind::Punct)))
    };
    let years: Vec<u32> = year_heads.iter().map(year_of).collect::<Option<_>>()?;
    let (_, counts) = cells_of(doc, under)?;
    let per_year = counts.len() / years.len().max(1);
    let all_counts = counts.iter().all(|&(first, end)| read_heading(doc, first, end, None).is_some());
    if years.len() < 2 || per_year < 1 || counts.len() != per_year * years.len() || !all_counts {
        return None;
    }
    let latest = years.iter().enumerate().max_by_key(|&(_, year)| *year).map(|(group, _)| group)?;
    let empty = (under.first, under.first);
    let columns = counts.iter().enumerate().map(|(c, &head)| if c / per_year == latest { head } else { empty });
    Some(std::iter::once(*label).chain(columns).collect())
}

/// How many metrics some headings or a caption name.
enum Named {
    None,
    One(Metric),
    Several,
}

fn named_metric(metrics: impl Iterator<Item = Metric>) -> Named {
    let mut named = Named::None;
    for metric in metrics {
        named = match named {
            Named::None => Named::One(metric),
            Named::One(one) if one == metric => Named::One(one),
            _ => return Named::Several,
        };
    }
    named
}

/// Reads a layout from each line that may head one: `at` reads the one line `h` may
/// head and returns the first line not yet looked at, so that each line is looked at
/// a bounded number of times.
fn read_from_each_heading(lines: &[Line], mut at: impl FnMut(usize) -> usize) {
    let mut h = 0;
    while h < lines.len() {
        h = at(h).max(h + 1);
    }
}

/// Reads the grid whose heading may be line `h`; returns the first line not yet
/// looked at as a heading (the line after the grid's rows, read or not, so that each
/// line is looked at a bounded number of times).
fn grid_at(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], h: usize, out: &mut Vec<Cell>) -> usize {
    let line = lines[h];
    let Some((separator, heads)) = cells_of(doc, line).filter(|_| !line.furniture) else { return h + 1 };
    let width = heads.len();
    // "Sl. No. | District | ...": a serial number column before the row labels.
    let serial = usize::from(heads.len() > 2 && heads.first().is_some_and(|&head| is_serial_heading(doc, head)));
    let heads = &heads[serial..];
    let grouped = lines.get(h + 1).and_then(|&under| latest_years_counts(doc, heads, under));
    let (heads, width, mut r) = match &grouped {
        Some(counts) => (&counts[..], serial + counts.len(), h + 2),
        None => (heads, width, h + 1),
    };
    let caption = caption_before(doc, sentences, lines, h);
    let Some((labelled, columns)) = columns_of(doc, heads, caption) else { return h + 1 };
    if lines.get(r).is_some_and(|l| is_rule(doc, *l)) {
        r += 1;
    }
    let mut rows = Vec::new();
    while let Some(row) = lines.get(r) {
        match cells_of(doc, *row) {
            Some((s, cells))
                if s == separator && cells.len() == width && !row.furniture && serial_or_blank(doc, &cells, serial) =>
            {
                rows.push(cells[serial..].iter().map(|&cell| without_footnotes(doc, cell)).collect())
            }
            // "   | Total | 9 | 143": the bar after a blank serial cell opens the line.
            Some((s, cells))
                if s == separator && serial == 1 && cells.len() + 1 == width && doc.is_punct(row.first, "|") =>
            {
                rows.push(cells)
            }
            // "       Total     2,89,235   485": a blank serial cell in fixed-width text.
            Some((s, cells))
                if s == Separator::Wide
                    && s == separator
                    && serial == 1
                    && cells.len() + 1 == width
                    && doc.kind(row.first) == Some(TokenKind::Word) =>
            {
                rows.push(cells.iter().map(|&cell| without_footnotes(doc, cell)).collect())
            }
            _ => break,
        }
        r += 1;
    }
    // Fixed-width text needs two rows to be told from prose with double spaces; a
    // table without row labels is one row of national figures.
    let enough = rows.len() >= if separator == Separator::Wide { 2 } else { 1 } && (labelled || rows.len() == 1);
    let dated = labelled && heads.first().is_some_and(|&head| is_date_heading(doc, head));
    let labels: Vec<Label> = rows
        .iter()
        .map(|cells| match (labelled, dated) {
            (true, true) => read_day_label(doc, cells[0].0, cells[0].1),
            (true, false) => read_label(doc, cells[0].0, cells[0].1),
            (false, _) => Label::Whole,
        })
        .collect();
    if !enough || labels.contains(&Label::NotPlace) {
        return r;
    }
    let caption_kind = caption.and_then(|(first, end)| stated_kind(doc, first, end));
    let offset = usize::from(labelled);
    // "Cases | Cumulative cases": beside a running total of the same count, a column
    // that states no kind is the period's count.
    let beside: Vec<Option<(Kind, usize)>> = columns
        .iter()
        .map(|column| {
            let bare = column.filter(|h| h.kind.is_none())?;
            columns.iter().flatten().find_map(|other| match other.kind {
                Some((Kind::Total, at)) if other.metric == bare.metric && other.subject == bare.subject => {
                    Some((Kind::New, at))
                }
                _ => None,
            })
        })
        .collect();
    // A column of days that says no kind is taken as running totals: one that goes down
    // and up is a count of each day (or week), which it does not say. Not read.
    let not_totals: Vec<bool> = columns
        .iter()
        .enumerate()
        .map(|(column, heading)| {
            let unsaid = heading.is_some_and(|h| h.kind.is_none())
                && dated
                && caption_kind.is_none()
                && beside.get(column).is_some_and(Option::is_none);
            let values: Vec<u64> = rows
                .iter()
                .zip(&labels)
                .filter(|(_, label)| unsaid && matches!(label, Label::Day(..)))
                .filter_map(|(cells, _)| cells.get(column + offset).and_then(|&(f, e)| whole_quantity(doc, f, e)))
                .map(|q| q.value)
                .collect();
            let running = values.windows(2).all(|w| w[0] <= w[1]) || values.windows(2).all(|w| w[0] >= w[1]);
            unsaid && !running
        })
        .collect();
    for (cells, label) in rows.iter().zip(labels) {
        if label == Label::Unplaced {
            continue;
        }
        for (column, heading) in columns.iter().enumerate() {
            let Some(heading) = heading.as_ref().filter(|_| !not_totals.get(column).copied().unwrap_or(false)) else {
                continue;
            };
            let ((first, end), (head_first, head_end)) = (cells[column + offset], heads[column + offset]);
            let head = ("table: column", head_first, head_end);
            if let Some(quantity) =
                whole_quantity(doc, first, end).or_else(|| signed_increase(doc, heading, first, end))
            {
                out.push(cell(
                    doc,
                    quantity,
                    heading,
                    head,
                    &[
                        ("column beside it, so this one counts the period", beside.get(column).copied().flatten()),
                        ("caption", caption_kind),
                    ],
                    label,
                    caption.map(|c| c.0),
                ));
            } else if let Some((count, open, increase)) =
                with_increase(doc, first, end).filter(|_| heading.kind.is_none_or(|k| k.0 == Kind::Total))
            {
                // "143 (+7)": the running total, and in brackets what it grew by.
                let grown = Some((Kind::Total, open));
                let context = [("count after it in brackets, so this one is the total", grown)];
                out.push(cell(doc, count, heading, head, &context, label, caption.map(|c| c.0)));
                let bare = Heading { kind: None, ..*heading };
                let context = [("brackets after a total: what it grew by", Some((Kind::New, open)))];
                out.push(cell(doc, increase, &bare, head, &context, label, caption.map(|c| c.0)));
            }
        }
    }
    r
}

/// Reads the grid copied out of a PDF, every cell on a line of its own, whose label
/// heading may be line `h`; returns the first line not yet looked at. Such a grid has
/// a heading line naming a unit of places ("District"), one heading line per column of
/// numbers ("Cases", "Deaths"), then each row's label line and one line per number.
/// Read only when two rows or more come whole and the table ends at a blank line, so that a row
/// short of a cell reads nothing rather than numbers under the wrong headings.
fn stacked_grid_at(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], h: usize, out: &mut Vec<Cell>) -> usize {
    let line = lines[h];
    let unit = line.end - line.first <= 2 && (line.first..line.end).any(|i| doc.has(i, PLACE_NOUN));
    if line.furniture || !unit || !is_label_heading(doc, (line.first, line.end)) {
        return h + 1;
    }
    let inside = |l: &Line| !l.furniture && !l.blank_before;
    let width =
        lines[h + 1..].iter().take_while(|l| inside(l) && read_heading(doc, l.first, l.end, None).is_some()).count();
    if width == 0 {
        return h + 1;
    }
    let heads: Vec<(usize, usize)> = lines[h..=h + width].iter().map(|l| (l.first, l.end)).collect();
    let caption = caption_before(doc, sentences, lines, h);
    let Some((true, columns)) = columns_of(doc, &heads, caption) else { return h + 1 };
    // Rows: a label line that is no number, then a whole number on each line.
    let mut rows: Vec<(Label, Vec<Quantity>)> = Vec::new();
    let mut r = h + 1 + width;
    while let Some(row) = lines.get(r..r + 1 + width).filter(|row| row.iter().all(inside)) {
        let label = read_label(doc, row[0].first, row[0].end);
        let numbers: Vec<Quantity> = row[1..].iter().filter_map(|l| whole_quantity(doc, l.first, l.end)).collect();
        if label == Label::NotPlace || numbers.len() != width {
            break;
        }
        rows.push((label, numbers));
        r += 1 + width;
    }
    let ends = lines.get(r).is_none_or(|l| l.blank_before || l.furniture);
    if rows.len() < 2 || !ends {
        return r;
    }
    let caption_kind = caption.and_then(|(first, end)| stated_kind(doc, first, end));
    for (label, numbers) in rows.iter().filter(|(label, _)| *label != Label::Unplaced) {
        for ((quantity, heading), &(head_first, head_end)) in numbers.iter().zip(&columns).zip(&heads[1..]) {
            let Some(heading) = heading else { continue };
            let head = ("table: column", head_first, head_end);
            out.push(cell(doc, *quantity, heading, head, &[("caption", caption_kind)], *label, caption.map(|c| c.0)));
        }
    }
    r
}

/// Whether a heading cell heads a column of serial numbers: "Sl. No.", "S.No", "#".
fn is_serial_heading(doc: &Doc<'_>, (first, end): (usize, usize)) -> bool {
    let mut words = (first..end).filter(|&i| doc.kind(i) != Some(TokenKind::Punct)).peekable();
    let only_marks = (first..end).all(|i| doc.kind(i) == Some(TokenKind::Punct) && matches!(doc.slice(i), "#" | "."));
    only_marks && end > first
        || words.peek().is_some() && words.all(|i| doc.word_in(i, &["sl", "s", "sr", "no", "sno", "slno", "serial"]))
}

/// Whether a row's serial cell (when `serial` is 1) holds a number or nothing.
fn serial_or_blank(doc: &Doc<'_>, cells: &[(usize, usize)], serial: usize) -> bool {
    serial == 0 || cells.first().is_some_and(|&(first, end)| first == end || whole_quantity(doc, first, end).is_some())
}

// ---------------------------------------------------------------------------
// Legends: "(cases; deaths): Equateur (6,982; 348), Sud-Kivu (5,105; 31)".

/// Whether token `i` separates the parts of a legend or item: ";", "/", or a comma
/// with a space after it (not the comma inside "6,982").
fn is_part_separator(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_punct(i, ";") || doc.is_punct(i, "/") || doc.is_punct(i, ",") && !doc.attached(i + 1)
}

/// The longest legend or item read, in tokens: a bound on the work done at each "(".
const MAX_PARENTHESIS: usize = 40;

fn read_legends(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], out: &mut Vec<Cell>) {
    // Few tokens are "(": find them in the text, then their token by bisection.
    let mut resume = 0;
    for (offset, _) in doc.text.match_indices('(') {
        let open = doc.tokens.partition_point(|t| t.start < offset);
        if open >= resume && is_byte(doc, open, b'(') {
            resume = legend_at(doc, sentences, lines, open, out).unwrap_or(open + 1);
        }
    }
}

/// The parts of the parenthesis opening at `open`, split by `;`, `/` or `, `, and the
/// index of its ")". `None` if it does not close on its line.
fn parenthesis_parts(doc: &Doc<'_>, open: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut parts = Vec::new();
    let mut start = open + 1;
    for i in open + 1..(open + MAX_PARENTHESIS).min(doc.tokens.len()) {
        if doc.tokens[i].line_before || doc.is_punct(i, "(") {
            return None;
        }
        if doc.is_punct(i, ")") {
            parts.push((start, i));
            return Some((parts, i));
        }
        if is_part_separator(doc, i) {
            parts.push((start, i));
            start = i + 1;
        }
    }
    None
}

/// Reads the legend opening at `open` and the items after it; returns the token after
/// the last item read.
fn legend_at(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], open: usize, out: &mut Vec<Cell>) -> Option<usize> {
    let line = *lines.get(lines.partition_point(|l| l.end <= open))?;
    if line.furniture {
        return None;
    }
    let (parts, close) = parenthesis_parts(doc, open)?;
    if parts.len() < 2 {
        return None;
    }
    let legend: Vec<Heading> = parts.iter().map(|&(f, e)| read_heading(doc, f, e, None)).collect::<Option<_>>()?;
    // The items start right after the legend (and a colon), or on the next line; a few
    // words may lead to the colon ("(cases; deaths) is as follows:").
    let mut at = close + 1;
    let lead = (at..(at + 5).min(doc.tokens.len()))
        .take_while(|&i| doc.kind(i) == Some(TokenKind::Word) && !doc.tokens[i].line_before)
        .count();
    if lead > 0 && doc.is_punct(at + lead, ":") {
        at += lead;
    }
    if (doc.is_punct(at, ":") || doc.is_punct(at, ".")) && !doc.tokens.get(at).is_some_and(|t| t.line_before) {
        at += 1;
    }
    let mut items = Vec::new();
    while let Some((label, quantities, item_close)) = item_at(doc, at, legend.len()) {
        let next = item_close + 1;
        let continues_at = if doc.tokens.get(next).is_none_or(|t| t.line_before) || doc.word_in(next, &["and"]) {
            Some(next)
        } else if doc.is_punct(next, ",") || doc.is_punct(next, ";") {
            Some(next + 1)
        } else if doc.is_punct(next, ".") {
            None
        } else {
            // "Malawi (54,642; 1,684) accounts for most": prose, not a list.
            break;
        };
        items.push((label, quantities));
        at = next;
        match continues_at {
            Some(next_item) => at = next_item,
            None => break,
        }
    }
    if items.is_empty() {
        return None;
    }
    let caption = caption_start(sentences, line, open);
    let caption_kind = stated_kind(doc, caption, close);
    for (label, quantities) in items {
        if label == Label::Unplaced {
            continue;
        }
        for ((quantity, heading), &(first, end)) in quantities.into_iter().zip(&legend).zip(&parts) {
            out.push(cell(
                doc,
                quantity,
                heading,
                ("legend: item", first, end),
                &[("caption", caption_kind)],
                label,
                Some(caption),
            ));
        }
    }
    Some(at)
}

/// An item "Malawi (54,642; 1,684)" at token `at` (after a bullet or "and"), with
/// `arity` numbers: its label, numbers and the index of its ")".
fn item_at(doc: &Doc<'_>, at: usize, arity: usize) -> Option<(Label, Vec<Quantity>, usize)> {
    let mut first = at;
    if is_bullet(doc, first) && doc.tokens.get(first).is_some_and(|t| t.line_before) || doc.word_in(first, &["and"]) {
        first += 1;
    }
    let open = (first + 1..first + 9).find(|&i| {
        doc.is_punct(i, "(") || doc.kind(i) != Some(TokenKind::Word) && !doc.is_punct(i, "-") && !doc.is_punct(i, ".")
    })?;
    if !doc.is_punct(open, "(") {
        return None;
    }
    let label = read_label(doc, first, open);
    if label == Label::NotPlace {
        return None;
    }
    let (parts, close) = parenthesis_parts(doc, open)?;
    if parts.len() != arity {
        return None;
    }
    let quantities = parts.iter().map(|&(f, e)| whole_quantity(doc, f, e)).collect::<Option<Vec<_>>>()?;
    Some((label, quantities, close))
}

// ---------------------------------------------------------------------------
// Lists: "- Blantyre: 120 new cases, 4 deaths".

/// One list line: its label and (quantity, heading, heading tokens) items.
struct ListLine {
    label: Label,
    items: Vec<(Quantity, Heading, (usize, usize))>,
}

/// Reads a line "Label: N cases, M deaths" / "Label - N cases; M deaths".
fn list_line(doc: &Doc<'_>, line: Line) -> Option<ListLine> {
    let (label, separator) = labelled(doc, line)?;
    // A full stop ends the list's items; a sentence after it is prose ("... (303 in
    // total). Three deaths were reported.").
    let ends = |i: usize| {
        i >= line.end
            || doc.is_punct(i, ";")
            || doc.is_punct(i, ",")
            || doc.is_punct(i, "(") && doc.kind(i + 1) == Some(TokenKind::Digits)
            || doc.is_punct(i, ")")
            || doc.word_in(i, &["and"])
            || doc.is_punct(i, ".")
    };
    let mut items: Vec<(Quantity, Heading, (usize, usize))> = Vec::new();
    let mut at = separator + 1;
    loop {
        let quantity = quantity_at(doc, at, line.end)?;
        let phrase = quantity.last + 1;
        let end = (phrase..=line.end).find(|&i| ends(i))?;
        // "19 new cases, 604 in total", "12 new cases (303 in total)": an item that
        // states only its kind counts what the item before it counts.
        let before = items.last().map(|(_, heading, _)| heading.metric);
        let heading = read_heading(doc, phrase, end, before).filter(|_| end > phrase)?;
        items.push((quantity, heading, (phrase, end)));
        // Past a closing bracket to what follows it.
        let next = if doc.is_punct(end, ")") { end + 1 } else { end };
        if next >= line.end || doc.is_punct(next, ".") {
            break;
        }
        at = next + 1;
        if doc.word_in(at, &["and"]) {
            at += 1;
        }
    }
    Some(ListLine { label, items })
}

fn read_lists(doc: &Doc<'_>, sentences: &[Sentence], lines: &[Line], out: &mut Vec<Cell>) {
    let mut start = 0;
    while start < lines.len() {
        let mut run = Vec::new();
        while let Some(parsed) = lines.get(start + run.len()).filter(|l| !l.furniture).and_then(|l| list_line(doc, *l))
        {
            run.push(parsed);
        }
        if run.len() < 2 {
            if let Some(used) = bare_list_at(doc, sentences, lines, start, out) {
                start += used;
                continue;
            }
        }
        // One such line is a sentence the sentence reader handles; a run is a list.
        if run.len() >= 2 {
            let caption = caption_before(doc, sentences, lines, start);
            let caption_kind = caption.and_then(|(first, end)| stated_kind(doc, first, end));
            for line in &run {
                if line.label == Label::Unplaced {
                    continue;
                }
                let span = line.items.first().zip(line.items.last()).map(|(a, b)| (a.2 .0, b.2 .1));
                let line_kind = span.and_then(|(first, end)| stated_kind(doc, first, end));
                for (j, (quantity, heading, (first, end))) in line.items.iter().enumerate() {
                    // "31,402 suspected cases, 141 deaths; 2,118 new cases in week 36": a
                    // kind a later item states is its own, not the items' before it.
                    let stated_by_then = line.items[..=j].iter().any(|(_, h, _)| h.kind.is_some());
                    let line_kind = line_kind.filter(|_| stated_by_then);
                    out.push(cell(
                        doc,
                        *quantity,
                        heading,
                        ("list:", *first, *end),
                        &[("line", line_kind), ("caption", caption_kind)],
                        line.label,
                        caption.map(|c| c.0),
                    ));
                }
            }
        }
        start += run.len().max(1);
    }
}

/// A line "• NCR — 1,104", "Kassara: 312": a place and a bare number, and what a
/// bracket after the number counts of its own ("Victoria: 5 (1 death)").
struct BareLine {
    label: Label,
    quantity: Quantity,
    /// The bracket's number, its heading and the heading's tokens.
    bracketed: Option<(Quantity, Heading, (usize, usize))>,
}

/// Reads a [`BareLine`].
fn bare_line(doc: &Doc<'_>, line: Line) -> Option<BareLine> {
    let (label, separator) = labelled(doc, line)?;
    let quantity = quantity_at(doc, separator + 1, line.end)?;
    if quantity.last + 1 == line.end {
        return Some(BareLine { label, quantity, bracketed: None });
    }
    let open = quantity.last + 1;
    let close = line.end - 1;
    let inner = quantity_at(doc, open + 1, close).filter(|_| doc.is_punct(open, "(") && doc.is_punct(close, ")"))?;
    // A bracket that names a count of its own: "(1 death)", not "(+7)" or "(12%)".
    let heading = read_heading(doc, inner.last + 1, close, None).filter(|_| inner.last + 1 < close)?;
    Some(BareLine { label, quantity, bracketed: Some((inner, heading, (inner.last + 1, close))) })
}

/// The label that opens a line ("• Kassara:", "NCR —", past a bullet) and the position
/// of its colon or spaced dash; none when the label names no place.
fn labelled(doc: &Doc<'_>, line: Line) -> Option<(Label, usize)> {
    let mut first = line.first;
    if is_bullet(doc, first) {
        first += 1;
    }
    let spaced_dash =
        |i: usize| matches!(doc.slice(i), "-" | "\u{2013}" | "\u{2014}") && !doc.attached(i) && !doc.attached(i + 1);
    let separator = (first + 1..(first + 8).min(line.end)).find(|&i| doc.is_punct(i, ":") || spaced_dash(i))?;
    let label = read_label(doc, first, separator);
    (label != Label::NotPlace).then_some((label, separator))
}

/// A run of two or more bare lines from line `start` under a caption that names what
/// they count ("Regional breakdown, cases since June 8:"): a cell for each placed line.
/// The number of lines read, if any.
fn bare_list_at(
    doc: &Doc<'_>,
    sentences: &[Sentence],
    lines: &[Line],
    start: usize,
    out: &mut Vec<Cell>,
) -> Option<usize> {
    let run: Vec<BareLine> =
        lines[start..].iter().map_while(|l| if l.furniture { None } else { bare_line(doc, *l) }).collect();
    if run.len() < 2 {
        return None;
    }
    let (first, end) = caption_before(doc, sentences, lines, start)?;
    let metric = one_metric(doc, first, end).or_else(|| metric_broken_down(doc, sentences, first, end))?;
    let heading = Heading { metric, kind: None, subject: None };
    let caption_kind = stated_kind(doc, first, end);
    for line in run.iter().filter(|line| line.label != Label::Unplaced) {
        let context = [("caption", caption_kind)];
        out.push(cell(doc, line.quantity, &heading, ("caption", first, end), &context, line.label, Some(first)));
        if let Some((quantity, own, (words_first, words_end))) = &line.bracketed {
            out.push(cell(doc, *quantity, own, ("list:", *words_first, *words_end), &context, line.label, Some(first)));
        }
    }
    Some(run.len())
}

/// The one metric the words `first..end` name, if they name one and no other.
fn one_metric(doc: &Doc<'_>, first: usize, end: usize) -> Option<Metric> {
    let mut metrics = (first..end).filter_map(|i| doc.word(i).and_then(metric_word));
    let metric = metrics.next()?;
    metrics.all(|m| m == metric).then_some(metric)
}

/// "The outbreak has grown to 74 cases. ... Here is the breakdown by county:": a
/// caption (tokens `first..end`) that breaks a count down by place without naming
/// what is counted counts what the two sentences before it count, if they name one
/// metric only.
fn metric_broken_down(doc: &Doc<'_>, sentences: &[Sentence], first: usize, end: usize) -> Option<Metric> {
    // "breakdown", "by county", "county-by-county".
    let by_place = |i: usize| {
        let unit = if doc.is_punct(i + 1, "-") { i + 2 } else { i + 1 };
        doc.word_in(i, &["by"]) && doc.has(unit, PLACE_NOUN)
    };
    if !(first..end).any(|i| doc.word_in(i, &["breakdown"]) || by_place(i)) {
        return None;
    }
    let at = sentences.partition_point(|s| s.end <= first);
    let before = sentences.get(at.saturating_sub(2)..at)?;
    let (from, to) = (before.first()?.first, before.last()?.end);
    one_metric(doc, from, to)
}

// ---------------------------------------------------------------------------
// Section headings.

/// Words of section headings that are not places.
const SECTION_WORDS: &[&str] = &[
    "region", "regional", "wide", "global", "globally", "world", "worldwide", "international", "summary", "key",
    "points", "point", "response", "highlights", "highlight", "background", "situation", "overview", "context",
    "facts", "fact", "factbox", "figures", "numbers", "update", "updates", "latest", "timeline", "what", "why", "how",
    "who", "when", "where", "note", "notes", "source", "sources", "methodology", "methods", "recommendations",
    "actions", "action", "advice", "symptoms", "prevention", "vaccination", "vaccines", "vaccine", "risk", "risks",
    "assessment", "epidemiology", "epidemiological", "surveillance", "contacts", "editor", "editing", "reporting",
    "compiled", "related", "read", "also", "see", "other", "others", "elsewhere", "data", "table", "contents",
    "introduction", "conclusion", "references", "disclaimer", "contact", "media", "press", "statement", "analysis",
    "explainer", "faq", "main", "top", "stories", "news", "coverage", "ministry", "health", "department", "agency",
    "government", "outbreak", "outbreaks", "epidemic", "pandemic", "total", "overall", "national", "next", "steps",
    "resources", "information", "links", "impact", "funding", "needs", "challenges", "measures", "travel", "public",
    "general", "breaking", "live", "watch", "video", "photos", "transmission", "spread", "origin", "clinical",
    "management", "preparedness", "coordination", "communication", "operations", "partners", "more", "weekly", "daily",
    "today", "yesterday", "cumulative", "new", "disease", "virus", "we", "know", "you", "need", "to", "is", "are",
    "testing", "tests", "laboratory", "emergency", "departments", "watching", "vaccinated", "our", "your", "headlines",
    "headline", "sports", "sport", "business", "weather", "bulletin", "entertainment", "politics", "opinion", "briefs",
    "brief", "roundup",
];

/// Lower-case words that may join a heading's capitalised words: "BOSNIA AND
/// HERZEGOVINA", "Republic of the Congo".
const HEADING_CONNECTORS: &[&str] = &["of", "the", "and", "de", "du", "des", "del", "la", "le", "et", "y", "da", "do"];

/// Whether every letter of `line` is a capital: "VORSKA", "PORT MERRIN:".
fn in_capitals(doc: &Doc<'_>, line: Line) -> bool {
    doc.words(line.first, line.end.saturating_sub(1)).chars().all(|c| !c.is_lowercase())
}

/// Whether a line is a section heading: `Some(Some(place))` for a place,
/// `Some(None)` for another heading ("SUMMARY", "HEADLINES"), `None` for other lines.
fn heading_of(doc: &Doc<'_>, line: Line) -> Option<Option<(usize, usize)>> {
    let mut end = line.end;
    if doc.is_punct(end - 1, ":") {
        end -= 1;
    }
    if line.furniture || end <= line.first || end - line.first > 10 || !is_capitalised(doc, line.first) {
        return None;
    }
    let mut capitalised = 0;
    let mut place = true;
    for i in line.first..end {
        match doc.kind(i)? {
            TokenKind::Word if is_capitalised(doc, i) => {
                capitalised += 1;
                // One word that is no place's is enough: the others need no look.
                let word = doc.word(i).unwrap_or_default();
                place = place
                    && !(SECTION_WORDS.contains(&word)
                        || metric_word(word).is_some()
                        || subject_of(word).is_some()
                        // ("FLU", "RSV": a section of one disease of several.)
                        || doc.has(i, DATE_START | MODIFIERS | DISEASE));
            }
            TokenKind::Word if doc.word_in(i, HEADING_CONNECTORS) => {}
            TokenKind::Punct if matches!(doc.slice(i), "-" | "." | "'" | "\u{2019}" | "&" | "/") => {}
            _ => return None,
        }
    }
    if !(1..=4).contains(&capitalised) || doc.is_punct(end - 1, ".") {
        return None;
    }
    Some(place.then_some((line.first, end - 1)))
}

#[cfg(test)]
mod tests {
    use super::super::sentence;
    use super::*;

    fn parse<'a>(text: &'a str, lower: &'a str) -> (Doc<'a>, Vec<Sentence>) {
        let doc = Doc::new(text, lower);
        let mut sentences = Vec::new();
        sentence::split(&doc, &mut sentences);
        (doc, sentences)
    }

    /// The cells of `text`, each as "place: value metric kind[ subject]" ("-" for the
    /// whole area).
    fn cells(text: &str) -> Vec<String> {
        let lower = text.to_ascii_lowercase();
        let (doc, sentences) = parse(text, &lower);
        read_tables(&doc, &sentences, &lines(&doc, &sentences))
            .iter()
            .map(|c| {
                let place = c.location.map_or("-", |(f, l)| doc.words(f, l));
                let subject = c.subject.map_or(String::new(), |s| format!(" {}", s.name()));
                format!("{place}: {} {} {}{subject}", c.quantity.value, c.metric.name(), c.kind.name())
            })
            .collect()
    }

    fn sections(text: &str) -> Vec<(String, String)> {
        let lower = text.to_ascii_lowercase();
        let (doc, sentences) = parse(text, &lower);
        section_places(&doc, &lines(&doc, &sentences))
            .iter()
            .map(|&(first, end, (f, l))| (doc.words(f, l).to_string(), doc.words(first, end - 1).to_string()))
            .collect()
    }

    #[test]
    fn reads_a_pipe_table_with_a_total_row_and_skips_a_rate_column() {
        let text = "Measles in the valley counties, week 14\n\n\
                    County | New cases | Deaths | Attack rate (%)\n\
                    -------|-----------|--------|----------------\n\
                    Kerrow | 214 | 3 | 1.2\n\
                    Bellmoor Heath | 96 | 0 | 0.8\n\
                    Total | 310 | 3 | 1.0\n\n\
                    Vaccination teams reached 4,000 homes.";
        assert_eq!(
            cells(text),
            vec![
                "Kerrow: 214 cases new",
                "Kerrow: 3 deaths total",
                "Bellmoor Heath: 96 cases new",
                "Bellmoor Heath: 0 deaths total",
                "-: 310 cases new",
                "-: 3 deaths total",
            ]
        );
    }

    #[test]
    fn a_cell_explains_its_column_kind_and_row_and_points_at_the_caption() {
        let text = "Cases reported in the past 24 hours:\n| District | Cases | Deaths |\n| Orvel | 41 | 2 |\n";
        let lower = text.to_ascii_lowercase();
        let (doc, sentences) = parse(text, &lower);
        let found = read_tables(&doc, &sentences, &lines(&doc, &sentences));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].explain[0], "table: column \"Cases\" -> cases, new");
        assert_eq!(found[0].explain[1], "kind: \"hours\" in the caption");
        assert_eq!(found[0].explain[2], "location: row \"Orvel\"");
        assert_eq!(found[0].caption.map(|c| doc.slice(c)), Some("Cases"));
        assert_eq!(doc.words(found[1].quantity.first, found[1].quantity.last), "2");
    }

    #[test]
    fn reads_tab_separated_columns_by_status() {
        let text = "\tConfirmed\tSuspected\tCFR\nNorthgate\t1,204\t3,560\t2.1%\nLow Marsh\t88\t410\t\n";
        assert_eq!(
            cells(text),
            vec![
                "Northgate: 1204 cases total confirmed",
                "Northgate: 3560 cases total suspected",
                "Low Marsh: 88 cases total confirmed",
                "Low Marsh: 410 cases total suspected",
            ]
        );
    }

    #[test]
    fn reads_fixed_width_columns_only_with_two_rows() {
        let table = "Region        Cumulative cases    Deaths\nUpper Fenn    12 340              87\nCarrow        5 002               41\n";
        assert_eq!(
            cells(table),
            vec![
                "Upper Fenn: 12340 cases total",
                "Upper Fenn: 87 deaths total",
                "Carrow: 5002 cases total",
                "Carrow: 41 deaths total",
            ]
        );
        assert!(cells("Region        Cases    Deaths\nUpper Fenn    120      8\n").is_empty());
    }

    #[test]
    fn reads_a_legend_with_items_on_their_own_lines() {
        let text = "Figure 3. Cumulative cases by province (cases; deaths)\n\n\
                    Ostrava Vale (12,450; 301)\nKemmin (3,002; 47)\nTotal (15,452; 348)\n\n\
                    Kemmin (the capital) is calm.";
        assert_eq!(
            cells(text),
            vec![
                "Ostrava Vale: 12450 cases total",
                "Ostrava Vale: 301 deaths total",
                "Kemmin: 3002 cases total",
                "Kemmin: 47 deaths total",
                "-: 15452 cases total",
                "-: 348 deaths total",
            ]
        );
    }

    #[test]
    fn reads_a_legend_with_inline_items() {
        let text = "Three districts reported most infections this week (new suspected cases; new deaths): \
                    Harlow (140; 2), East-Fenn (97; 0) and Corrib (55; 1). Officials expect more.";
        assert_eq!(
            cells(text),
            vec![
                "Harlow: 140 cases new suspected",
                "Harlow: 2 deaths new",
                "East-Fenn: 97 cases new suspected",
                "East-Fenn: 0 deaths new",
                "Corrib: 55 cases new suspected",
                "Corrib: 1 deaths new",
            ]
        );
    }

    #[test]
    fn a_parenthesis_that_is_not_a_legend_reads_nothing() {
        // Words outside the heading vocabulary, one part, prose after the item.
        assert!(cells("The ward (cases; rates): Harlow (140; 2), Corrib (55; 1).").is_empty());
        assert!(cells("Of the deaths (confirmed): Harlow (2).").is_empty());
        assert!(cells("Counts (cases; deaths): Harlow (140; 2) leads the region.").is_empty());
    }

    #[test]
    fn reads_a_run_of_list_lines_but_not_a_single_line() {
        let text = "Cases by district on Monday:\n- Arden: 45 new cases, 2 deaths\n- Brisk Hollow: 30 new cases and 1 death\n- Other: 4 new cases\n\nThe ministry thanked volunteers.";
        assert_eq!(
            cells(text),
            vec![
                "Arden: 45 cases new",
                "Arden: 2 deaths new",
                "Brisk Hollow: 30 cases new",
                "Brisk Hollow: 1 deaths new",
            ]
        );
        assert!(cells("Arden: 45 new cases, 2 deaths\n\nThe ministry thanked volunteers.").is_empty());
    }

    #[test]
    fn list_lines_labelled_by_days_or_groups_are_not_places() {
        assert!(cells("Monday: 40 cases, 2 deaths\nTuesday: 35 cases, 1 death\n").is_empty());
        assert!(cells("Children: 40 cases\nAdults: 35 cases\n").is_empty());
        assert!(cells("Arden: 45 cases were seen\nBrisk: 30 cases were seen\n").is_empty());
        assert!(cells("Health ministry: 40 cases\nWHO: 42 cases\n").is_empty());
    }

    #[test]
    fn a_table_by_date_gives_each_row_its_day() {
        let text = "Date | New cases\n12 May | 40\n13 May | 52\n";
        let lower = text.to_ascii_lowercase();
        let (doc, sentences) = parse(text, &lower);
        let read: Vec<(u64, Option<&str>)> = read_tables(&doc, &sentences, &lines(&doc, &sentences))
            .iter()
            .map(|c| (c.quantity.value, c.row_day.map(|(f, l)| doc.words(f, l))))
            .collect();
        assert_eq!(read, vec![(40, Some("12 May")), (52, Some("13 May"))]);
        assert_eq!(
            cells("Date\tDeaths\n2026-09-11\t4\n2026-09-12\t6\n"),
            vec!["-: 4 deaths total", "-: 6 deaths total"]
        );
        // A row that is no day ("Week 19") leaves the table unread; a total row is skipped.
        assert!(cells("Date | New cases\n12 May | 40\nWeek 19 | 52\n").is_empty());
        assert_eq!(cells("Date | New cases\n12 May | 40\nTotal | 92\n"), vec!["-: 40 cases new"]);
        // A column that says no kind and goes down and up counts each day: not read.
        assert_eq!(
            cells("Date | Cases | Deaths\n12 May | 40 | 1\n13 May | 52 | 1\n14 May | 31 | 2\nTotal | 123 | 4\n"),
            vec!["-: 1 deaths total", "-: 1 deaths total", "-: 2 deaths total"]
        );
    }

    #[test]
    fn tables_by_age_or_sex_read_nothing() {
        assert!(cells("Age group | Cases\nUnder 5 | 40\n5-14 | 52\n").is_empty());
        assert!(cells("| | Cases | Deaths |\n| Male | 40 | 2 |\n| Female | 52 | 1 |\n").is_empty());
        assert!(cells("Sex | Cases\nMale | 40\nFemale | 52\n").is_empty());
        assert!(cells("Cases this week | Cases last week\n40 | 52\n").is_empty());
    }

    #[test]
    fn junk_with_pipes_or_phone_numbers_reads_nothing() {
        assert!(cells("Published 3 May 2024 | Updated 4 May 2024 | 5 min read\nBy Ana Vell | Health desk").is_empty());
        assert!(cells("Report suspected cases:\nDistrict | Suspected cases\nNorthgate | +44 20 7946 0958\nLow Marsh | 0800 123 456\n").is_empty());
        assert!(cells("He said: cases | deaths | who knows. Nobody | counted | 40 of them.").is_empty());
        assert!(cells("||||\n|\n| |\n(;)\n(cases;\n:").is_empty());
    }

    #[test]
    fn finds_factbox_sections_under_place_headings() {
        let text = "FACTBOX-Dengue across the islands\n\nOVERVIEW\n- The region counted 40,000 cases.\n\n\
                    VANTARA\n- Officials reported 1,200 cases,\n  most in the port.\n\nPORT MERRIN:\n- 310 cases and 2 deaths.\n\n\
                    The rains are expected to ease.";
        assert_eq!(
            sections(text),
            vec![
                ("VANTARA".to_string(), "- Officials reported 1,200 cases,\n  most in the port.".to_string()),
                ("PORT MERRIN".to_string(), "- 310 cases and 2 deaths.".to_string()),
            ]
        );
    }

    #[test]
    fn one_place_heading_or_headings_without_bullets_are_not_sections() {
        assert!(sections("VANTARA\n- Officials reported 1,200 cases.\n\nKEY POINTS\n- More rain.").is_empty());
        assert!(sections("Vantara\nOfficials reported 1,200 cases.\n\nMerrin\nThey reported 30.").is_empty());
        // In capitals, a place over a paragraph heads it as over bullets.
        assert_eq!(sections("VANTARA\nOfficials reported 1,200 cases.\n\nMERRIN\nThey reported 30.").len(), 2);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in
            ["", "|", "\t", "(", ")", "(cases; deaths)", "A: 1 case\nB: 2", "X\n-", "\u{feff}|\u{200b}|", "  \n  "]
        {
            let lower = text.to_ascii_lowercase();
            let (doc, sentences) = parse(text, &lower);
            let lines = lines(&doc, &sentences);
            let _ = read_tables(&doc, &sentences, &lines);
            let _ = section_places(&doc, &lines);
        }
    }
}
