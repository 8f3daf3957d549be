//! A saved news page reduced to the text a reader sees as the article.
//!
//! Hand-written and forgiving: any input gives text (unclosed tags, a stray `<`,
//! comments and CDATA included), and nothing in it is ever treated as markup again.
//! Scripts, styles, navigation, headers, footers, forms and the blocks whose id,
//! class, role or label say they are related stories, sharing, promotion, menus,
//! cookies or comments are dropped: their numbers belong to other stories.

/// Elements whose content is never article text.
const DROPPED: [&str; 15] = [
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside", "form", "button",
    "select", "textarea", "object",
];

/// Elements whose content is raw text: no tags inside until their end tag.
const RAW: [&str; 5] = ["script", "style", "textarea", "title", "noscript"];

/// Elements that end a paragraph (a blank line after them).
const PARAGRAPHS: [&str; 14] =
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "figure", "dl"];

/// Elements that start a new line.
const LINES: [&str; 13] =
    ["div", "section", "article", "main", "li", "tr", "dt", "dd", "figcaption", "address", "hr", "caption", "br"];

/// Elements with no end tag.
const VOID: [&str; 12] = ["br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed"];

/// Words in an id, class, role or aria-label (split at spaces, `-` and `_`) that mark a
/// block as not the article.
const JUNK: [&str; 20] = [
    "share", "shares", "sharing", "social", "ad", "ads", "banner", "navigation", "complementary", "contentinfo",
    "sidebar", "trending", "comments", "comment", "popular", "mostread", "outbrain", "taboola", "cookies", "menu",
];

/// Beginnings of such words ("relatedStories", "advertisement", "subscription").
const JUNK_STEMS: [&str; 9] =
    ["related", "recommend", "newsletter", "subscri", "promo", "advert", "breadcrumb", "cookie", "menu"];

/// Elements that hold the article, whatever their class says ("article share-enabled").
const NEVER_JUNK: [&str; 4] = ["article", "main", "body", "html"];

/// The readable text of an HTML page: its `<h1>` (else its `<title>`) first as the
/// headline, then the text of everything not dropped, with block elements on their own
/// lines and paragraphs separated by a blank line.
pub fn reduce(html: &str) -> String {
    let mut reader = Reader::default();
    let mut at = 0;
    while at < html.len() {
        let rest = &html[at..];
        let Some(lt) = rest.find('<') else {
            reader.text(rest);
            break;
        };
        reader.text(&rest[..lt]);
        at += lt;
        at = reader.markup(html, at);
    }
    reader.finish()
}

/// The reducer's state while it walks the page.
#[derive(Default)]
struct Reader {
    /// The body text so far.
    out: String,
    /// Line breaks owed before the next text (1: a line, 2: a paragraph).
    breaks: usize,
    /// A space owed before the next text.
    space: bool,
    /// While inside a dropped element: its name and how deep in same-named elements.
    dropping: Option<(String, usize)>,
    /// Inside `<pre>`: whitespace kept.
    pre: usize,
    /// The first `<h1>`'s text, while and after it is read.
    h1: Option<String>,
    /// Whether the first `<h1>` is being read.
    in_h1: bool,
    /// How deep in `<h1>`s inside the first one.
    h1_depth: usize,
    /// The `<title>`'s text.
    title: Option<String>,
}

impl Reader {
    /// Handles the markup starting at `html[at] == '<'`; returns where reading goes on.
    fn markup(&mut self, html: &str, at: usize) -> usize {
        let rest = &html[at..];
        if let Some(body) = rest.strip_prefix("<!--") {
            return body.find("-->").map_or(html.len(), |end| at + 4 + end + 3);
        }
        if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let end = body.find("]]>").unwrap_or(body.len());
            self.text_raw(&body[..end]);
            return (at + 9 + end + 3).min(html.len());
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            return rest.find('>').map_or(html.len(), |end| at + end + 1);
        }
        let Some(tag) = Tag::parse(rest) else {
            // A "<" that starts no tag is text ("5 < 6").
            self.text("<");
            return at + 1;
        };
        let after = at + tag.length;
        if tag.closing {
            self.close(&tag.name);
            return after;
        }
        if VOID.contains(&tag.name.as_str()) {
            if self.dropping.is_none() && (tag.name == "br" || tag.name == "hr") {
                self.line_break(1);
            }
            return after;
        }
        if RAW.contains(&tag.name.as_str()) && !tag.self_closing {
            // Up to the end tag, case-insensitive; no tags inside.
            let end_tag = format!("</{}", tag.name);
            let body = &html[after..];
            let end = find_ignoring_case(body, &end_tag).unwrap_or(body.len());
            if tag.name == "title" && self.title.is_none() {
                self.title = Some(collapse(&decode(&body[..end])));
            } else if !DROPPED.contains(&tag.name.as_str()) && self.dropping.is_none() {
                self.text(&body[..end]);
            }
            let close = body[end..].find('>').map_or(body.len(), |gt| end + gt + 1);
            return after + close;
        }
        if tag.self_closing {
            return after;
        }
        self.open(&tag);
        after
    }

    fn open(&mut self, tag: &Tag) {
        // The headline is read even inside a dropped page header.
        if tag.name == "h1" && self.h1.is_none() {
            self.h1 = Some(String::new());
            self.in_h1 = true;
        } else if tag.name == "h1" && self.in_h1 {
            self.h1_depth += 1;
        }
        if let Some((name, depth)) = &mut self.dropping {
            if *name == tag.name {
                *depth += 1;
            }
            return;
        }
        if DROPPED.contains(&tag.name.as_str()) || tag.is_junk() {
            self.dropping = Some((tag.name.clone(), 1));
            return;
        }
        match tag.name.as_str() {
            "pre" => self.pre += 1,
            // Cells of a row stay on its line, a tab apart: extraction reads tab tables.
            "td" | "th" if !self.out.is_empty() && !self.out.ends_with('\n') && self.breaks == 0 => {
                self.out.push('\t');
                self.space = false;
            }
            _ => {}
        }
        self.block_edge(&tag.name);
    }

    fn close(&mut self, name: &str) {
        if name == "h1" && self.in_h1 {
            if self.h1_depth > 0 {
                self.h1_depth -= 1;
            } else {
                self.in_h1 = false;
            }
        }
        if let Some((dropped, depth)) = &mut self.dropping {
            if dropped == name {
                *depth -= 1;
                if *depth == 0 {
                    self.dropping = None;
                    self.block_edge(name);
                }
            }
            return;
        }
        if name == "pre" {
            self.pre = self.pre.saturating_sub(1);
        }
        self.block_edge(name);
    }

    /// A block element's start or end: a line or a paragraph break.
    fn block_edge(&mut self, name: &str) {
        if PARAGRAPHS.contains(&name) {
            self.line_break(2);
        } else if LINES.contains(&name) {
            self.line_break(1);
        }
    }

    fn line_break(&mut self, breaks: usize) {
        self.breaks = self.breaks.max(breaks);
        self.space = false;
    }

    /// Text from the page: entities decoded, whitespace collapsed (outside `<pre>`).
    fn text(&mut self, raw: &str) {
        if raw.is_empty() || self.dropping.is_some() && !self.in_h1 {
            return;
        }
        let decoded = decode(raw);
        if self.pre > 0 {
            self.text_raw(&decoded);
            return;
        }
        for (i, word) in decoded.split(|c: char| c.is_whitespace() && c != '\u{a0}').enumerate() {
            if i > 0 {
                self.space = true;
            }
            if !word.is_empty() {
                self.word(word);
            }
        }
    }

    /// Text kept as it is (CDATA, `<pre>`), line breaks included.
    fn text_raw(&mut self, text: &str) {
        if self.dropping.is_some() {
            return;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.line_break(1);
            }
            if !line.trim().is_empty() {
                self.word(line.trim_end());
            }
        }
    }

    fn word(&mut self, word: &str) {
        if self.in_h1 {
            if let Some(h1) = &mut self.h1 {
                if self.space && !h1.is_empty() {
                    h1.push(' ');
                }
                h1.push_str(word);
            }
            self.space = false;
            return;
        }
        if !self.out.is_empty() {
            for _ in 0..self.breaks {
                self.out.push('\n');
            }
            if self.breaks == 0 && self.space && !self.out.ends_with(['\t', '\n']) {
                self.out.push(' ');
            }
        }
        self.breaks = 0;
        self.space = false;
        self.out.push_str(word);
    }

    fn finish(self) -> String {
        let headline = self.h1.filter(|h1| !h1.trim().is_empty()).or(self.title.filter(|t| !t.is_empty()));
        let body = self.out.trim();
        match headline {
            Some(headline) if body.is_empty() => format!("{}\n", headline.trim()),
            Some(headline) => format!("{}\n\n{body}\n", headline.trim()),
            None if body.is_empty() => String::new(),
            None => format!("{body}\n"),
        }
    }
}

/// One start or end tag.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// The values of its id, class, role and aria-label attributes, lower-cased.
    labels: Vec<String>,
    /// Its length in bytes, from `<` to `>`.
    length: usize,
}

impl Tag {
    /// The tag at the start of `text` (which starts with `<`), if it is one: a name
    /// of letters and digits right after `<` or `</`, and a `>` after its attributes.
    fn parse(text: &str) -> Option<Tag> {
        let bytes = text.as_bytes();
        let closing = bytes.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_end = name_start
            + bytes[name_start..].iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'-')).unwrap_or(0);
        if name_end == name_start {
            return None;
        }
        let name = text[name_start..name_end].to_ascii_lowercase();
        let (attributes, length) = attributes(text, name_end)?;
        let self_closing = text[..length - 1].trim_end().ends_with('/');
        let labels = attributes
            .into_iter()
            .filter(|(key, _)| matches!(key.as_str(), "id" | "class" | "role" | "aria-label"))
            .map(|(_, value)| value.to_ascii_lowercase())
            .collect();
        Some(Tag { name, closing, self_closing, labels, length })
    }

    /// Whether its id, class, role or label says it is not the article.
    fn is_junk(&self) -> bool {
        if NEVER_JUNK.contains(&self.name.as_str()) {
            return false;
        }
        self.labels.iter().any(|label| {
            label
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| JUNK.contains(&word) || JUNK_STEMS.iter().any(|stem| word.starts_with(stem)))
        })
    }
}

/// The attributes of a tag whose name ends at `from`, and the tag's length up to and
/// including its `>`; `None` if there is no `>` (then the `<` is text).
fn attributes(text: &str, from: usize) -> Option<(Vec<(String, String)>, usize)> {
    let bytes = text.as_bytes();
    let mut attributes = Vec::new();
    let mut i = from;
    loop {
        while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            i += 1;
        }
        match bytes.get(i)? {
            b'>' => return Some((attributes, i + 1)),
            _ => {
                let key_start = i;
                while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace() && !b"=>/".contains(b)) {
                    i += 1;
                }
                let key = text.get(key_start..i)?.to_ascii_lowercase();
                if key.is_empty() {
                    // A lone "=": skip it.
                    i += 1;
                    continue;
                }
                while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                let mut value = String::new();
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                        i += 1;
                    }
                    match bytes.get(i)? {
                        quote @ (b'"' | b'\'') => {
                            let end = i + 1 + text.get(i + 1..)?.find(*quote as char)?;
                            value = decode(text.get(i + 1..end)?);
                            i = end + 1;
                        }
                        _ => {
                            let start = i;
                            while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>') {
                                i += 1;
                            }
                            value = decode(text.get(start..i)?);
                        }
                    }
                }
                attributes.push((key, value));
            }
        }
    }
}

/// The first place `needle` (ASCII) occurs in `haystack`, ignoring ASCII case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    hay.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

/// Whitespace runs made single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Named entities a news page uses.
const ENTITIES: [(&str, &str); 41] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("sbquo", "‚"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("times", "×"),
    ("minus", "−"),
    ("thinsp", "\u{2009}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("euro", "€"),
    ("pound", "£"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
    ("atilde", "ã"),
    ("ouml", "ö"),
];

/// `text` with its character references decoded: the named ones above and numeric
/// ones (`&#1234;`, `&#x4D2;`); anything else (unknown names, invalid code points, a
/// missing `;`) is kept as written.
pub fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let reference = rest[1..].find(';').filter(|&end| end <= 10).map(|end| &rest[1..1 + end]);
        let decoded = reference.and_then(|name| Some((character(name)?, name.len() + 2)));
        match decoded {
            Some((replacement, length)) => {
                out.push_str(&replacement);
                rest = &rest[length..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text a reference's name (between `&` and `;`) stands for.
fn character(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0').map(String::from);
    }
    ENTITIES.iter().find(|(entity, _)| *entity == name).map(|(_, text)| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode_and_invalid_ones_stay() {
        assert_eq!(decode("A &amp; B &#8212; &#x41; &bogus; &#xD800; &#0; & 5"), "A & B — A &bogus; &#xD800; &#0; & 5");
    }

    #[test]
    fn malformed_pages_give_text_without_panicking() {
        for page in [
            "<p>unclosed <b>bold",
            "5 < 6 and 7 > 3",
            "<",
            "<a href=\"x",
            "<!-- never closed",
            "<![CDATA[ raw <b>",
            "<script>var a = '</scr'",
            "<div class=\"é\">ü</div>",
            "</p></div></aside>text",
            "<p =x>odd</p>",
            "<title>T",
        ] {
            let _ = reduce(page);
        }
        assert_eq!(reduce("5 < 6 and 7 > 3"), "5 < 6 and 7 > 3\n");
        assert_eq!(reduce("<p>one<br>two</p><p>three</p>"), "one\ntwo\n\nthree\n");
        assert_eq!(reduce("<p>one <!-- 99 cases --> two</p>"), "one two\n");
    }

    #[test]
    fn the_headline_comes_first_and_junk_goes() {
        let page = "<html><head><title>Site | Story</title><style>p{}</style></head><body>\
            <nav>Home 24</nav><div class=\"story\"><p>Body 40 cases.</p></div>\
            <h1>Head <em>line</em></h1><div class=\"ad-slot\">Buy 2</div>\
            <section aria-label=\"Related stories\"><p>Other 77</p></section></body></html>";
        assert_eq!(reduce(page), "Head line\n\nBody 40 cases.\n");
        assert_eq!(reduce("<title>Only title</title><p>x</p>"), "Only title\n\nx\n");
        // Words, not letters: a "commentary" or "shared-data" block is the article's.
        let page = "<article class=\"story share-enabled\"><p class=\"commentary\">Kept 1.</p>\
            <div class=\"shared-data\">Kept 2.</div><ul class=\"social-links\"><li>Gone 3</li></ul>\
            <div id=\"relatedStories\">Gone 4</div><div class=\"advertisement\">Gone 5</div></article>";
        assert_eq!(reduce(page), "Kept 1.\n\nKept 2.\n");
    }
}
