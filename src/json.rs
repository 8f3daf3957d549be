//! A small JSON reader and writer, just what the saved workspace needs: the page's
//! bundle carries this instead of serde_json (15.5 kB gzipped less). The native CLI
//! still writes its output with serde_json.
//!
//! [`parse`] reads any JSON text (RFC 8259) into a [`Value`] tree, refusing what is not
//! JSON with a [`SyntaxError`] that says what broke and where; it never panics, however
//! deep or long the input. [`write_string`] writes a string literal escaped exactly as
//! serde_json does, so files and links written before and after the switch are alike.

use std::fmt;

/// How deeply arrays and objects may nest: as deep as serde_json allows, far deeper
/// than any workspace, shallow enough that a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

/// A JSON value. Numbers keep their text: only the reader of a field knows whether it
/// wants a whole number, and a number's text converts without rounding.
#[derive(Clone, PartialEq, Debug)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (already checked against JSON's number grammar).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in document order (duplicates kept: the reader decides).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for messages ("expected a string, found a number").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Why a text is not JSON, and where (1-based line and column, in characters).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SyntaxError {
    /// What broke ("EOF while parsing a string").
    pub what: &'static str,
    /// The line it broke on.
    pub line: usize,
    /// The column it broke at.
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

/// Reads `text` as one JSON value (whitespace around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.at < text.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

/// Appends `text` to `out` as a JSON string literal, escaping `"`, `\` and control
/// characters (short escapes where JSON has them) and nothing else, as serde_json does.
pub fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(text.len() + 2);
    out.push('"');
    // Runs of characters that need no escape are copied whole: a character at a time,
    // writing 5 MB of articles took 40 ms in the page, in one task.
    let mut run_start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            byte if byte < 0x20 => "",
            _ => continue,
        };
        // Every byte matched above is ASCII, so `at` is a character boundary.
        out.push_str(text.get(run_start..at).unwrap_or_default());
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
        run_start = at + 1;
    }
    out.push_str(text.get(run_start..).unwrap_or_default());
    out.push('"');
}

/// The text being read and how far.
struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next unread byte (always at a char boundary).
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, what: &'static str) -> SyntaxError {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count());
        SyntaxError { what, line, column }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` after any whitespace, or fails with `what`.
    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(next) if next == byte => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.error(what)),
            None => Err(self.error("EOF while parsing a value")),
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[' | b'{') if depth >= MAX_DEPTH => Err(self.error("recursion limit exceeded")),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        let rest = self.text.get(self.at..).unwrap_or_default();
        if rest.starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else if word.starts_with(rest) {
            self.at = self.text.len();
            Err(self.error("EOF while parsing a value"))
        } else {
            Err(self.error("expected ident"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        match self.digits() {
            0 => return Err(self.error("invalid number")),
            1 => {}
            _ if leading_zero => return Err(self.error("invalid number")),
            _ => {}
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Value::Number(self.text.get(start..self.at).unwrap_or_default().to_owned()))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20) {
                self.at += 1;
            }
            // Stops only at ASCII bytes, so both ends are char boundaries.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xdc00..0xe000).contains(&first) {
                    return Err(self.error("lone trailing surrogate in hex escape"));
                }
                let code = if (0xd800..0xdc00).contains(&first) {
                    if !self.text.get(self.at..).unwrap_or_default().starts_with("\\u") {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xdc00..0xe000).contains(&second) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                } else {
                    first
                };
                // Surrogates are handled above: every other code is a char.
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(byte) => char::from(byte).to_digit(16).ok_or_else(|| self.error("invalid escape"))?,
            };
            self.at += 1;
            code = code * 16 + digit;
        }
        Ok(code)
    }

    /// Whether the list that just had an item ends here (`]` or `}`), or goes on after
    /// a comma.
    fn list_ends(&mut self, close: u8, what: &'static str) -> Result<bool, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(true)
            }
            Some(_) => Err(self.error(what)),
            None => {
                Err(self.error(if close == b']' { "EOF while parsing a list" } else { "EOF while parsing an object" }))
            }
        }
    }

    /// Whether an empty list closes right after its opening bracket.
    fn closes_at_once(&mut self, close: u8) -> bool {
        self.skip_whitespace();
        let closes = self.peek() == Some(close);
        if closes {
            self.at += 1;
        }
        closes
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1; // [
        let mut items = Vec::new();
        if !self.closes_at_once(b']') {
            loop {
                items.push(self.value(depth)?);
                if self.list_ends(b']', "expected `,` or `]`")? {
                    break;
                }
            }
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1; // {
        let mut members = Vec::new();
        if !self.closes_at_once(b'}') {
            loop {
                self.skip_whitespace();
                match self.peek() {
                    Some(b'"') => {}
                    Some(_) => return Err(self.error("key must be a string")),
                    None => return Err(self.error("EOF while parsing an object")),
                }
                let key = self.string()?;
                self.expect(b':', "expected `:`")?;
                members.push((key, self.value(depth)?));
                if self.list_ends(b'}', "expected `,` or `}`")? {
                    break;
                }
            }
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(text: &str) -> Value {
        Value::String(text.into())
    }

    #[test]
    fn every_kind_of_value_is_read() {
        let text = " {\"a\" : [null, true, false, -0, 12.5e-3, 7E+2, \"x\"], \"b\":{}, \"c\":[],\n\"a\":1} ";
        let expected = Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Null,
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Number("-0".into()),
                    Value::Number("12.5e-3".into()),
                    Value::Number("7E+2".into()),
                    string("x"),
                ]),
            ),
            ("b".into(), Value::Object(Vec::new())),
            ("c".into(), Value::Array(Vec::new())),
            ("a".into(), Value::Number("1".into())),
        ]);
        assert_eq!(parse(text), Ok(expected));
    }

    #[test]
    fn escapes_are_unescaped() {
        let text = r#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u20AC \ud83d\ude00 ünï""#;
        assert_eq!(parse(text), Ok(string("q\" b\\ s/ \u{8}\u{c}\n\r\t é € 😀 ünï")));
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let text = "q\" b\\ s/ \u{8}\u{c}\n\r\t \u{1}\u{1f}\u{7f} é € 😀";
        let mut out = String::new();
        write_string(&mut out, text);
        assert_eq!(out, r#""q\" b\\ s/ \b\f\n\r\t \u0001\u001f"#.to_owned() + "\u{7f} é € 😀\"");
        assert_eq!(parse(&out), Ok(string(text)));
    }

    #[test]
    fn every_kind_of_broken_text_says_what_and_where() {
        let cases = [
            ("", "EOF while parsing a value", 1, 0),
            ("   ", "EOF while parsing a value", 1, 3),
            ("nul", "EOF while parsing a value", 1, 3),
            ("nope", "expected ident", 1, 0),
            ("truth", "expected ident", 1, 0),
            ("x", "expected value", 1, 0),
            ("[1,]", "expected value", 1, 3),
            ("[1 2]", "expected `,` or `]`", 1, 3),
            ("[1", "EOF while parsing a list", 1, 2),
            ("{\"a\":1", "EOF while parsing an object", 1, 6),
            ("{\"a\" 1}", "expected `:`", 1, 5),
            ("{\"a\":1 \"b\"}", "expected `,` or `}`", 1, 7),
            ("{a:1}", "key must be a string", 1, 1),
            ("{", "EOF while parsing an object", 1, 1),
            ("{\"a\":", "EOF while parsing a value", 1, 5),
            ("\"abc", "EOF while parsing a string", 1, 4),
            ("\"a\nb\"", "control character (\\u0000-\\u001F) found while parsing a string", 1, 2),
            ("\"\\x\"", "invalid escape", 1, 2),
            ("\"\\u12g4\"", "invalid escape", 1, 5),
            ("\"\\u12", "EOF while parsing a string", 1, 5),
            ("\"\\", "EOF while parsing a string", 1, 2),
            ("\"\\ud800\"", "lone leading surrogate in hex escape", 1, 7),
            ("\"\\ud800\\u0041\"", "lone leading surrogate in hex escape", 1, 13),
            ("\"\\udc00\"", "lone trailing surrogate in hex escape", 1, 7),
            ("01", "invalid number", 1, 2),
            ("-", "invalid number", 1, 1),
            ("1.", "invalid number", 1, 2),
            ("1e", "invalid number", 1, 2),
            ("1e+", "invalid number", 1, 3),
            ("1 2", "trailing characters", 1, 2),
            ("{}\n  ]", "trailing characters", 2, 2),
            ("[\"é\", x]", "expected value", 1, 6),
        ];
        for (text, what, line, column) in cases {
            assert_eq!(parse(text), Err(SyntaxError { what, line, column }), "{text:?}");
        }
        let message = parse("[1").map(|_| ()).unwrap_err().to_string();
        assert_eq!(message, "EOF while parsing a list at line 1 column 2");
    }

    #[test]
    fn nesting_is_refused_past_the_limit_without_overflowing_the_stack() {
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let too_deep = parse(&nested(MAX_DEPTH + 1)).map(|_| ()).unwrap_err();
        assert_eq!(too_deep.what, "recursion limit exceeded");
        assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
    }

    #[test]
    fn kinds_are_named_for_messages() {
        let kinds: Vec<_> = ["null", "true", "1", "\"\"", "[]", "{}"]
            .into_iter()
            .map(|text| parse(text).map(|value| value.kind()).unwrap_or("?"))
            .collect();
        assert_eq!(kinds, ["null", "a boolean", "a number", "a string", "an array", "an object"]);
    }
}
