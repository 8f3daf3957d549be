//! Tokens -> sentences, and page furniture to skip.
//!
//! A figure's meaning comes from its sentence, so sentence ends matter: "1.72" and
//! "6 p.m. Monday" must not end one, a headline line without a full stop must. Lines
//! in a "Related coverage" block are headlines of other stories: their numbers are
//! not this article's figures.

use super::scan::{ascii_lower, Token, TokenKind};

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
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "col", "lt", "inc", "ltd", "co", "corp", "approx",
    "est", "fig", "govt", "dept", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Line openings that announce links to other stories.
const FURNITURE_MARKERS: &[&[&str]] = &[
    &["related", "coverage"],
    &["related"],
    &["related", "stories"],
    &["related", "news"],
    &["related", "articles"],
    &["read", "more"],
    &["read", "also"],
    &["also", "read"],
    &["see", "also"],
    &["you", "may", "also", "like"],
    &["more", "stories"],
    &["most", "read"],
    &["recommended"],
    &["trending"],
    &["latest", "news"],
    &["more", "on", "this", "story"],
];

/// Splits tokens into sentences.
pub(crate) fn split(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    out.clear();
    let mut first = 0;
    let mut in_furniture = false;
    for i in 0..tokens.len() {
        let starts_line = tokens[i].line_before;
        let too_long = i - first >= MAX_SENTENCE_TOKENS;
        if i > first
            && (too_long || starts_line && line_break_ends_sentence(text, tokens, i) || stop_ends_sentence(text, tokens, i))
        {
            out.push(Sentence { first, end: i, furniture: in_furniture });
            first = i;
        }
        if starts_line {
            in_furniture = furniture_continues(text, tokens, i, in_furniture);
        }
    }
    if first < tokens.len() {
        out.push(Sentence { first, end: tokens.len(), furniture: in_furniture });
    }
}

fn slice<'t>(text: &'t str, token: &Token) -> &'t str {
    &text[token.start..token.end]
}

fn is_terminal(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(slice(text, token), "." | "!" | "?" | "\u{2026}")
}

fn is_closing(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(slice(text, token), "\"" | "'" | ")" | "\u{201D}" | "\u{2019}" | "]")
}

/// Whether a sentence ends before token `i` because of a full stop (or ! ?) before it.
fn stop_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = &tokens[i];
    if !next.space_before {
        return false;
    }
    // Skip closing quotes and brackets after the stop: `said "no." The`.
    let mut stop = i - 1;
    while stop > 0 && is_closing(text, &tokens[stop]) && !tokens[stop].space_before {
        stop -= 1;
    }
    if !is_terminal(text, &tokens[stop]) {
        return false;
    }
    let starts_new = slice(text, next)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || !c.is_alphanumeric() || c.is_ascii_digit());
    if !starts_new {
        return false;
    }
    if slice(text, &tokens[stop]) != "." || stop == 0 {
        return true;
    }
    let before = &tokens[stop - 1];
    if before.kind != TokenKind::Word {
        return true;
    }
    let word = slice(text, before);
    // Initials and "p.m.", "U.S.", "N. Korea".
    if word.chars().count() == 1 {
        return false;
    }
    let mut buffer = [0u8; 24];
    !ascii_lower(word, &mut buffer).is_some_and(|w| ABBREVIATIONS.contains(&w))
}

/// Whether the line break before token `i` ends a sentence. A hard-wrapped line
/// continues when the next line starts in lower case or with a digit after a line
/// that did not end a sentence.
fn line_break_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let previous = &tokens[i - 1];
    if is_terminal(text, previous) || previous.kind == TokenKind::Punct && matches!(slice(text, previous), ":" | ";") {
        return true;
    }
    let blank_line = text[previous.end..tokens[i].start].matches('\n').count() > 1;
    blank_line || slice(text, &tokens[i]).chars().next().is_some_and(char::is_uppercase)
}

/// Whether the line starting at token `i` is furniture: a marker line starts a
/// block, which runs on over headline-like lines (no closing full stop) and ends at
/// the first line that reads as prose.
fn furniture_continues(text: &str, tokens: &[Token], i: usize, in_block: bool) -> bool {
    let line_end = tokens[i + 1..].iter().position(|t| t.line_before).map_or(tokens.len(), |p| i + 1 + p);
    if starts_with_marker(text, &tokens[i..line_end]) {
        return true;
    }
    let last = &tokens[line_end - 1];
    let prose = is_terminal(text, last) && line_end - i > 12;
    in_block && !prose && !is_terminal(text, last)
}

fn starts_with_marker(text: &str, line: &[Token]) -> bool {
    FURNITURE_MARKERS.iter().any(|marker| {
        let words = line.iter().take(marker.len()).filter(|t| t.kind == TokenKind::Word);
        let mut matched = 0;
        for (token, expected) in words.zip(marker.iter()) {
            let mut buffer = [0u8; 24];
            if ascii_lower(slice(text, token), &mut buffer) != Some(expected) {
                return false;
            }
            matched += 1;
        }
        // The marker must be the whole line or be followed by a colon.
        let rest = &line[marker.len().min(line.len())..];
        matched == marker.len() && (rest.is_empty() || slice(text, &rest[0]) == ":" || slice(text, &rest[0]) == "|")
    })
}

#[cfg(test)]
mod tests {
    use super::super::scan::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<(String, bool)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out = Vec::new();
        split(text, &tokens, &mut out);
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
