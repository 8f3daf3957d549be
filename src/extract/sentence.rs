//! Tokens -> sentences, and page furniture to skip.
//!
//! A figure's meaning comes from its sentence, so sentence ends matter: "1.72" and
//! "6 p.m. Monday" must not end one, a headline line without a full stop must. Lines
//! in a "Related coverage" block are headlines of other stories: their numbers are
//! not this article's figures.

use super::lexicon::{CLOSINGS, DATE_START, TERMINALS};
use super::scan::{Doc, TokenKind};

/// A sentence: a range of tokens, and whether it is page furniture.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Sentence {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub end: usize,
    /// Part of a "Related coverage" / "Read more" block.
    pub furniture: bool,
}

/// A "sentence" longer than this is not prose (a table, a dump of numbers): it is cut,
/// so that the work done around each number stays bounded.
const MAX_SENTENCE_TOKENS: usize = 400;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "ste", "sta", "sto", "mt", "no", "nos", "vs", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "col", "lt", "inc",
    "ltd", "co", "corp", "approx", "est", "fig", "govt", "dept", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun",
];

/// Line openings that announce links to other stories.
const FURNITURE_MARKERS: &[&[&str]] = &[
    &["related", "coverage"],
    &["related"],
    &["related", "stories"],
    &["related", "news"],
    &["related", "articles"],
    &["related", "posts"],
    &["related", "reading"],
    &["related", "content"],
    &["read", "more"],
    &["keep", "reading"],
    &["continue", "reading"],
    &["read", "next"],
    &["up", "next"],
    &["what", "to", "read", "next"],
    &["read", "also"],
    &["also", "read"],
    &["see", "also"],
    &["you", "may", "also", "like"],
    &["more", "stories"],
    &["most", "read"],
    &["most", "popular"],
    &["most", "viewed"],
    &["recommended"],
    &["trending"],
    &["latest", "news"],
    &["more", "on", "this", "story"],
    &["more", "from"],
    &["more", "in"],
    &["more", "news"],
];

/// Splits a document's tokens into sentences.
pub(crate) fn split(doc: &Doc<'_>, out: &mut Vec<Sentence>) {
    out.clear();
    let tokens = &doc.tokens;
    let mut first = 0;
    let mut in_furniture = false;
    let mut in_block = false;
    for (i, token) in tokens.iter().enumerate() {
        let starts_line = token.line_before;
        let too_long = i - first >= MAX_SENTENCE_TOKENS;
        // Most tokens follow a word: the class test before the call rules them out.
        let after_stop = || doc.has(i - 1, TERMINALS | CLOSINGS) && stop_ends_sentence(doc, i);
        if i > first && (too_long || starts_line && line_break_ends_sentence(doc, i) || after_stop()) {
            out.push(Sentence { first, end: i, furniture: in_furniture });
            first = i;
        }
        if starts_line {
            (in_furniture, in_block) = furniture_at(doc, i, in_block);
        }
    }
    if first < tokens.len() {
        out.push(Sentence { first, end: tokens.len(), furniture: in_furniture });
    }
}

fn is_terminal(doc: &Doc<'_>, i: usize) -> bool {
    doc.has(i, TERMINALS)
}

fn is_closing(doc: &Doc<'_>, i: usize) -> bool {
    doc.has(i, CLOSINGS)
}

/// Whether a sentence ends before token `i` because of a full stop (or ! ?) before it.
fn stop_ends_sentence(doc: &Doc<'_>, i: usize) -> bool {
    // Most tokens follow a word: no stop before them.
    if doc.attached(i) || !doc.has(i - 1, TERMINALS | CLOSINGS) {
        return false;
    }
    // Skip closing quotes and brackets after the stop: `said "no." The`, and a wiki
    // page's footnote markers: `96 deaths.[1][2] It`.
    let mut stop = i - 1;
    loop {
        if let Some(open) = footnote_marker_ending_at(doc, stop) {
            stop = open - 1;
        } else if stop > 0 && is_closing(doc, stop) && doc.attached(stop) {
            stop -= 1;
        } else {
            break;
        }
    }
    if !is_terminal(doc, stop) {
        return false;
    }
    let starts_new =
        doc.slice(i).chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphanumeric() || c.is_ascii_digit());
    if !starts_new {
        return false;
    }
    if doc.slice(stop) != "." || stop == 0 {
        return true;
    }
    let Some(word) = doc.word(stop - 1) else { return true };
    // Initials and "p.m.", "U.S.", "N. Korea".
    word.chars().count() > 1 && !ABBREVIATIONS.contains(&word)
}

/// The "[" of a footnote marker "[2]", "[note 1]", "[a]" closed by the "]" at `close`
/// and glued to the token before it; never the first token.
pub(crate) fn footnote_marker_ending_at(doc: &Doc<'_>, close: usize) -> Option<usize> {
    if !doc.is_punct(close, "]") || !doc.attached(close) {
        return None;
    }
    let open = (close.saturating_sub(3)..close).rev().find(|&j| doc.is_punct(j, "["))?;
    let inside =
        (open + 1..close).all(|j| doc.kind(j) == Some(TokenKind::Digits) || doc.word(j).is_some_and(|w| w.len() <= 8));
    (open > 0 && open + 1 < close && inside && doc.attached(open)).then_some(open)
}

/// The line breaks in `gap`, whichever convention the text was saved with: LF, CRLF
/// (one break, not two) or a lone CR (old Mac files, some copied web text).
fn line_breaks(gap: &str) -> usize {
    gap.matches('\n').count() + gap.matches('\r').count() - gap.matches("\r\n").count()
}

/// Whether the line break before token `i` ends a sentence. A hard-wrapped line
/// continues when the next line starts in lower case or with a digit after a line
/// that did not end a sentence.
fn line_break_ends_sentence(doc: &Doc<'_>, i: usize) -> bool {
    if is_terminal(doc, i - 1) || doc.is_punct(i - 1, ":") || doc.is_punct(i - 1, ";") {
        return true;
    }
    let blank_line = line_breaks(&doc.text[doc.tokens[i - 1].end..doc.tokens[i].start]) > 1;
    // "* Mellis - 12 suspected cases" then "* In Tarsa, ...": each bullet is an item.
    let bullet = doc.kind(i) == Some(TokenKind::Punct) && is_bullet(doc.slice(i)) && !doc.attached(i + 1);
    // "Rina Mercado @rina · Aug 16\n(2/6) In the past week ...": a numbered post opens.
    let numbered = doc.slice(i) == "(" && doc.kind(i + 1) == Some(TokenKind::Digits) && doc.slice(i + 2) == "/";
    blank_line || bullet || numbered || doc.is_capitalized(i) && !ends_mid_phrase(doc, i) && !name_goes_on(doc, i)
}

/// Whether `mark` is a list item's bullet: "*", "-", "•", "·", "▪", or a dash ("—
/// Massachusetts has the most, with five cases").
pub(crate) fn is_bullet(mark: &str) -> bool {
    matches!(mark, "*" | "-" | "\u{2013}" | "\u{2014}" | "\u{2022}" | "\u{00B7}" | "\u{25AA}" | "\u{25CF}")
        || is_pictograph(mark)
}

/// Whether `mark` is one pictograph ("🔹", "📍", "✅", "➕"): channels and social posts
/// open their lines with them as bullets. (Not a triangle: "▲ 56 since last week" is
/// a trend.)
fn is_pictograph(mark: &str) -> bool {
    let mut chars = mark.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return false };
    let triangle = matches!(c, '\u{25B2}'..='\u{25C5}' | '\u{1F53A}'..='\u{1F53D}');
    !triangle && matches!(c, '\u{25A0}'..='\u{25FF}' | '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

/// Whether token `i` is a bullet opening its line (a dash after a dateline's agency,
/// "(Agencia Sur). — Valdoria reported ...", opens no list item).
pub(crate) fn bullet_at(doc: &Doc<'_>, i: usize) -> bool {
    is_bullet(doc.slice(i)) && (i == 0 || doc.tokens[i].line_before)
}

/// Whether token `i`, opening a line, goes on with the name that ended the line before
/// in a list of bracketed counts: "Mureş (876) and Satu\nMare (612)" (the last item's
/// name broken, its count after the rest of it).
pub(crate) fn name_goes_on(doc: &Doc<'_>, i: usize) -> bool {
    let item_before = i >= 3
        && doc.is_capitalized(i - 1)
        && (doc.word_in(i - 2, &["and"]) || doc.is_punct(i - 2, ","))
        && doc.is_punct(i - 3, ")");
    let count_after = || {
        let rest = (i..i + 3).take_while(|&j| doc.is_capitalized(j)).count();
        rest > 0 && doc.is_punct(i + rest, "(") && doc.kind(i + rest + 1) == Some(TokenKind::Digits)
    };
    item_before && count_after()
}

/// Words no line of its own ends with (a headline, a label, a menu item), so that a
/// line ending in one goes on in the next: "including 33 in\nKaohsiung City".
const PHRASE_OPENERS: &[&str] =
    &["in", "of", "the", "and", "from", "to", "at", "by", "for", "with", "including", "between", "among", "than"];

/// Whether the line before token `i` ends in the middle of a phrase (a preposition,
/// an article, a conjunction, a comma) that a name opening the next line goes on
/// with, after words enough to be wrapped prose, not a menu's "Sign in". (A month or
/// weekday opening the line still starts a sentence of its own, as it did: "in\nSeptember"
/// would date the whole sentence's counts by an aside.)
fn ends_mid_phrase(doc: &Doc<'_>, i: usize) -> bool {
    let line_start = (0..i).rev().find(|&j| doc.tokens[j].line_before).unwrap_or(0);
    let open = doc.word_in(i - 1, PHRASE_OPENERS) || doc.is_punct(i - 1, ",");
    // (A short line of a date is one of its own: "Posted in\nMay 12, 2026"; a longer
    // line after "one death in" goes on: "October, its monthly bulletin showed ...".)
    let date_line = || {
        let line_end = doc.tokens[i + 1..].iter().position(|t| t.line_before).map_or(doc.tokens.len(), |p| i + 1 + p);
        doc.has(i, DATE_START) && line_end - i <= 6
    };
    i - line_start >= 4 && open && !date_line()
}

/// Whether the line starting at token `i` is furniture, and whether a block of it runs
/// on past the line: a marker line starts a block, which runs on over headline-like
/// lines (no closing full stop) and ends at the first line that reads as prose. A
/// site's menu bar opened by a marker ("Latest news | World | Business | Sport") is
/// furniture alone: the headline under it is the article's.
fn furniture_at(doc: &Doc<'_>, i: usize, in_block: bool) -> (bool, bool) {
    let line_end = doc.tokens[i + 1..].iter().position(|t| t.line_before).map_or(doc.tokens.len(), |p| i + 1 + p);
    if starts_with_marker(doc, i, line_end) {
        let menu = (i..line_end).filter(|&k| doc.is_punct(k, "|")).nth(2).is_some();
        return (true, !menu);
    }
    let prose = is_terminal(doc, line_end - 1) && line_end - i > 12;
    let continues = in_block && !prose && !is_terminal(doc, line_end - 1);
    (continues, continues)
}

/// Whether the line of tokens `first..end` is a marker ("Related coverage:").
fn starts_with_marker(doc: &Doc<'_>, first: usize, end: usize) -> bool {
    FURNITURE_MARKERS.iter().any(|marker| {
        let after = first + marker.len();
        let words_match = marker.iter().enumerate().all(|(k, expected)| doc.word(first + k) == Some(expected));
        // The marker must be the whole line or be followed by a colon; "More from" and
        // "More in" by the outlet's short name ("More From AFP", "More in Andina:").
        let name_end = if end > after && doc.is_punct(end - 1, ":") { end - 1 } else { end };
        let outlet = matches!(marker.last(), Some(&"from" | &"in"))
            && name_end > after
            && name_end - after <= 3
            && (after..name_end).all(|i| doc.slice(i).starts_with(|c: char| c.is_uppercase()));
        words_match && after <= end && (after == end || doc.is_punct(after, ":") || doc.is_punct(after, "|") || outlet)
    })
}

#[cfg(test)]
mod tests {
    use super::super::scan::Doc;
    use super::*;

    fn sentences(text: &str) -> Vec<(String, bool)> {
        let lower = text.to_ascii_lowercase();
        let doc = Doc::new(text, &lower);
        let tokens = &doc.tokens;
        let mut out = Vec::new();
        split(&doc, &mut out);
        out.iter().map(|s| (text[tokens[s.first].start..tokens[s.end - 1].end].to_string(), s.furniture)).collect()
    }

    #[test]
    fn splits_at_full_stops_but_not_inside_numbers_or_abbreviations() {
        let got = sentences("Cases rose to 1.72 million by 6 p.m. Monday. Dr. Vell said N. Korea agreed. Deaths: 8!");
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Cases rose to 1.72 million by 6 p.m. Monday.", "Dr. Vell said N. Korea agreed.", "Deaths: 8!"]
        );
    }

    #[test]
    fn footnote_markers_after_a_full_stop_end_the_sentence_with_it() {
        let got = sentences("Officials counted 96 deaths.[1][note 2] It was the first outbreak since 2009.[3]");
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["Officials counted 96 deaths.[1][note 2]", "It was the first outbreak since 2009.[3]"]);
    }

    #[test]
    fn a_headline_line_is_its_own_sentence_and_wrapped_lines_join() {
        let got =
            sentences("Fever spreads in the north\nOfficials reported 40 cases, bringing the total\nto 900 on Friday.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "Fever spreads in the north");
    }

    #[test]
    fn related_coverage_headlines_are_furniture() {
        let text = "Cases rose again on Monday.\n\nRelated coverage:\n\nTown reports 500 more cases as fever spreads\n\nHospitals fill up amid surge\n\nThe ministry said 30 patients had recovered by Sunday evening, adding that more beds would open.";
        let got = sentences(text);
        let furniture: Vec<bool> = got.iter().map(|(_, f)| *f).collect();
        assert_eq!(furniture, vec![false, true, true, true, false]);
    }
}
