//! Text -> tokens with byte spans. Hand-written so the wasm bundle carries no regex
//! engine, and so every later decision can point back at exact bytes.

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
/// spaces and joiners, soft hyphens and the byte-order mark. Pasted web text has them.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !c.is_numeric()
            && !matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '·' | '°'))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens. White space is dropped (recorded on the next token).
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut line_before = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            line_before |= c == '\n' || c == '\r';
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Digits
        } else if is_word_char(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut end = start + c.len_utf8();
        if kind != TokenKind::Punct {
            while let Some(&(at, next)) = chars.peek() {
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
                end = at + next.len_utf8();
                chars.next();
            }
        }
        out.push(Token { kind, start, end, space_before, line_before });
        space_before = false;
        line_before = false;
    }
}

fn followed_by_letter(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphabetic)
}

/// Lower-cases an ASCII word into a small buffer for keyword matching without
/// allocating; `None` for words that cannot be keywords (too long or not ASCII
/// letters). Apostrophes and dots are kept ("country's").
pub(crate) fn ascii_lower<'b>(word: &str, buffer: &'b mut [u8; 24]) -> Option<&'b str> {
    if word.len() > buffer.len() {
        return None;
    }
    let mut len = 0;
    for c in word.chars() {
        if is_invisible(c) {
            continue;
        }
        let c = if c == '\u{2019}' { '\'' } else { c };
        if !c.is_ascii() {
            return None;
        }
        buffer[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    std::str::from_utf8(&buffer[..len]).ok()
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
