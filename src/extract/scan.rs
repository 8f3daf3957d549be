//! Text -> tokens with byte spans. Hand-written so the wasm bundle carries no regex
//! engine, and so every later decision can point back at exact bytes.

use super::lexicon::{classes_of, mark_classes, Classes, CAPITALIZED, MODIFIERS, NEW_CUES};
use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TokenKind {
    /// Letters (any script), with inner apostrophes ("country's").
    Word,
    /// ASCII digits; zero-width characters inside are kept in the span and ignored.
    Digits,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: its kind, its bytes, and whether white space came before it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// White space (or a line break) separates it from the token before.
    pub space_before: bool,
    /// A line break separates it from the token before.
    pub line_before: bool,
}

/// Characters that may sit inside a number or word without breaking it: zero-width
/// spaces and joiners, soft hyphens, the byte-order mark, the direction marks and
/// embeddings of right-to-left text, and emoji variation selectors. Pasted web text
/// has them.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FE00}'..='\u{FE0F}'
    )
}

/// Pictographs and emoji: symbols standing alone, like punctuation, so "😷1,315" is
/// a number after a symbol, not a code glued to a word.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !c.is_numeric()
            && !is_pictograph(c)
            && !matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '·' | '°')
            // Arrows, box drawing and geometric shapes: "▪ New pos today: 23 ↑4".
            && !matches!(c, '\u{2190}'..='\u{21FF}' | '\u{2500}'..='\u{25FF}'))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens. White space is dropped (recorded on the next token).
/// Walks bytes, decoding a char only where the text is not ASCII: most news is.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    // News runs at about five bytes a token: room for all of them at once, rather than
    // copying the tokens each time the vector doubles.
    out.reserve(text.len() / 4);
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut space_before = true;
    let mut line_before = true;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        // ASCII is classified by its byte: no Unicode table is needed for it.
        let white = if c.is_ascii() { matches!(c, '\t'..='\r' | ' ') } else { c.is_whitespace() };
        if white {
            space_before = true;
            line_before |= c == '\n' || c == '\r';
            continue;
        }
        if !c.is_ascii() && is_invisible(c) {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Digits
        } else if c.is_ascii_alphabetic() || !c.is_ascii() && is_word_char(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        if kind != TokenKind::Punct {
            loop {
                let run_continues = |b: &u8| match kind {
                    TokenKind::Digits => b.is_ascii_digit(),
                    _ => b.is_ascii_alphabetic(),
                };
                while bytes.get(at).is_some_and(run_continues) {
                    at += 1;
                }
                let Some(next) = char_at(text, at) else { break };
                // After an ASCII run only a non-ASCII character or an apostrophe may
                // continue the token.
                if next.is_ascii() && !(kind == TokenKind::Word && next == '\'') {
                    break;
                }
                let continues = match kind {
                    TokenKind::Digits => next.is_ascii_digit() || is_invisible(next),
                    _ => {
                        is_word_char(next)
                            || is_invisible(next)
                            || (is_apostrophe(next) && followed_by_letter(text, at + next.len_utf8()))
                    }
                };
                if !continues {
                    break;
                }
                at += next.len_utf8();
            }
        }
        out.push(Token { kind, start, end: at, space_before, line_before });
        space_before = false;
        line_before = false;
    }
}

/// The char starting at byte `at` (a char boundary), if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

fn followed_by_letter(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphabetic)
}

/// An article's tokens, with the accessors every stage reads them through. Indexes
/// past either end read as nothing (an empty slice, no kind), so scanners can look
/// around a token without bounds checks of their own.
///
/// Each token's text and lower-case word are sliced once here: the classifier looks at
/// every token near a number dozens of times, and slicing a `str` (char boundary
/// checks) at every look was a third of the extractor's time.
pub(crate) struct Doc<'a> {
    /// The article.
    pub text: &'a str,
    /// The tokens, in text order.
    pub tokens: Vec<Token>,
    /// Each token's text.
    slices: Vec<&'a str>,
    /// Each word token with ASCII letters lower-cased ("" for other tokens): a slice of
    /// the article lower-cased at once, not a copy of each capitalised word.
    words: Vec<&'a str>,
    /// Each token's classes (see the lexicon): a word's, or a punctuation mark's; none
    /// for digits.
    classes: Vec<Classes>,
}

/// Words that follow "New" in the names of places ("New Mexico", "New South Wales").
const NAMES_AFTER_NEW: &[&str] = &[
    "york", "mexico", "jersey", "zealand", "delhi", "south", "hampshire", "brunswick", "orleans", "caledonia",
    "guinea", "england", "haven", "taipei", "territories", "westminster", "providence", "ireland", "plymouth",
];

impl<'a> Doc<'a> {
    /// Tokenizes `text`; `lower` is `text` with its ASCII letters lower-cased
    /// ([`str::to_ascii_lowercase`], which keeps every byte offset).
    pub fn new(text: &'a str, lower: &'a str) -> Doc<'a> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let slices: Vec<&'a str> = tokens.iter().map(|t| text.get(t.start..t.end).unwrap_or("")).collect();
        let words: Vec<&'a str> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => lower.get(t.start..t.end).unwrap_or(""),
                _ => "",
            })
            .collect();
        let mut classes: Vec<Classes> = tokens
            .iter()
            .zip(&slices)
            .zip(&words)
            .map(|((t, slice), word)| match t.kind {
                TokenKind::Word if slice.chars().next().is_some_and(char::is_uppercase) => {
                    classes_of(word) | CAPITALIZED
                }
                TokenKind::Word => classes_of(word),
                TokenKind::Punct => mark_classes(slice),
                TokenKind::Digits => 0,
            })
            .collect();
        // "New Mexico has 67", "New Delhi recorded": "New" in a place's name says nothing
        // of what is counted.
        let mut doc = Doc { text, tokens, slices, words, classes: Vec::new() };
        // Only a token that carries those classes has them to lose: one bit test spares
        // the others the comparison.
        for (i, token_classes) in classes.iter_mut().enumerate() {
            if *token_classes & (NEW_CUES | MODIFIERS) != 0 && doc.opens_a_new_name(i) {
                *token_classes &= !(NEW_CUES | MODIFIERS);
            }
        }
        doc.classes = classes;
        doc
    }

    /// Whether token `i` is the "New" of a place's name ("New Mexico", "New Delhi").
    pub fn opens_a_new_name(&self, i: usize) -> bool {
        self.slice(i) == "New"
            && self.word_in(i + 1, NAMES_AFTER_NEW)
            && self.slice(i + 1).starts_with(|c: char| c.is_uppercase())
    }

    /// Token `i`'s text, or "" past the ends.
    pub fn slice(&self, i: usize) -> &'a str {
        self.slices.get(i).copied().unwrap_or("")
    }

    /// Token `i`'s kind, if there is a token `i`.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i`, lower-cased, if it is a word (a word token is never empty).
    pub fn word(&self, i: usize) -> Option<&str> {
        self.words.get(i).copied().filter(|w| !w.is_empty())
    }

    /// Whether token `i` is a word among `options` (lower-case).
    pub fn word_in(&self, i: usize, options: &[&str]) -> bool {
        let Some(word) = self.word(i).map(str::as_bytes) else { return false };
        let first = word.first();
        // The length (read from the option's pointer, not its bytes) and the first byte
        // rule out nearly every option before a full comparison, which compares the few
        // bytes in place (a slice comparison calls the C library's memcmp).
        options.iter().any(|option| {
            let option = option.as_bytes();
            option.len() == word.len() && option.first() == first && option.iter().zip(word).all(|(a, b)| a == b)
        })
    }

    /// Whether token `i` is a word in any of `classes`.
    pub fn has(&self, i: usize, classes: Classes) -> bool {
        self.classes.get(i).is_some_and(|c| c & classes != 0)
    }

    /// The tokens of `range` in any of `classes`, in order. A pass over a whole article
    /// for a few words reads the classes alone this way, not each token through
    /// [`Doc::has`].
    pub fn in_class(&self, range: Range<usize>, classes: Classes) -> impl Iterator<Item = usize> + '_ {
        let start = range.start.min(self.classes.len());
        let end = range.end.clamp(start, self.classes.len());
        let found = self.classes.get(start..end).unwrap_or_default();
        found.iter().enumerate().filter(move |&(_, c)| c & classes != 0).map(move |(k, _)| start + k)
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.has(i, CAPITALIZED)
    }

    /// Whether token `i` is the punctuation `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.slice(i) == p
    }

    /// Whether token `i` exists and touches the token before it (no space between).
    pub fn attached(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// The year token `i` is, written in four digits ("2026").
    pub fn year_at(&self, i: usize) -> Option<u32> {
        let four_digits = self.digit_count(i) == 4 && self.slice(i).len() == 4;
        four_digits.then(|| self.slice(i).parse::<u32>().ok()).flatten().filter(|y| (1900..2200).contains(y))
    }

    /// The number of digits in token `i` (0 if it is not a digit run).
    pub fn digit_count(&self, i: usize) -> usize {
        if self.kind(i) != Some(TokenKind::Digits) {
            return 0;
        }
        self.slice(i).bytes().filter(u8::is_ascii_digit).count()
    }

    /// The bytes from token `first` to token `last`, inclusive ("" for a range that is
    /// empty or past the end, so that a caller's slip cannot panic).
    pub fn words(&self, first: usize, last: usize) -> &'a str {
        match (self.tokens.get(first), self.tokens.get(last)) {
            (Some(a), Some(b)) if a.start <= b.end => &self.text[a.start..b.end],
            _ => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens.iter().map(|t| (t.kind, &text[t.start..t.end])).collect()
    }

    #[test]
    fn splits_words_digits_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            kinds("the country's 392,900 COVID-19 cases"),
            vec![
                (Word, "the"),
                (Word, "country's"),
                (Digits, "392"),
                (Punct, ","),
                (Digits, "900"),
                (Word, "COVID"),
                (Punct, "-"),
                (Digits, "19"),
                (Word, "cases")
            ]
        );
    }

    #[test]
    fn keeps_zero_width_characters_inside_numbers() {
        let text = "392\u{200b}900 cases";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        assert_eq!(tokens.len(), 2);
        assert_eq!(&text[tokens[0].start..tokens[0].end], "392\u{200b}900");
    }

    #[test]
    fn records_spaces_and_line_breaks() {
        let mut tokens = Vec::new();
        tokenize("a\r\nb c", &mut tokens);
        assert!(tokens[1].line_before && tokens[1].space_before);
        assert!(!tokens[2].line_before && tokens[2].space_before);
    }

    #[test]
    fn handles_mixed_scripts_and_emoji() {
        let text = "تم تسجيل 50 حالة 😷 漢字 e\u{301}";
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        assert!(tokens.iter().any(|t| &text[t.start..t.end] == "50"));
        for t in &tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
