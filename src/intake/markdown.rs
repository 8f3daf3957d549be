//! Markdown to plain article text: the light syntax goes, the words and lines stay.

/// Strips `#` heading marks, setext underlines, `>` quote marks, links and images
/// (their text stays), code ticks and emphasis markers. List items stay one per line,
/// with their bullet. Thematic breaks (`---`) stay: they may separate articles.
pub fn strip(markdown: &str) -> String {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = String::with_capacity(markdown.len());
    for (i, line) in lines.iter().enumerate() {
        // "Title\n=====": the underline goes, the title stays.
        if is_setext_underline(line) && i > 0 && !lines[i - 1].trim().is_empty() {
            continue;
        }
        let mut text = line.trim_start();
        while let Some(rest) = text.strip_prefix('>') {
            text = rest.trim_start();
        }
        let hashes = text.len() - text.trim_start_matches('#').len();
        if (1..=6).contains(&hashes) && text[hashes..].starts_with([' ', '\t']) {
            text = text[hashes..].trim().trim_end_matches('#').trim_end();
        }
        let bullet = ["- ", "* ", "+ "].iter().find(|bullet| text.starts_with(*bullet));
        if is_rule(text) {
            out.push_str(text);
        } else if let Some(bullet) = bullet {
            out.push_str("- ");
            out.push_str(&inline(&text[bullet.len()..]));
        } else {
            out.push_str(&inline(text));
        }
        out.push('\n');
    }
    out
}

fn is_setext_underline(line: &str) -> bool {
    let text = line.trim();
    !text.is_empty() && (text.chars().all(|c| c == '=') || text.chars().all(|c| c == '-') && text.len() >= 2)
}

/// `---`, `***`, `___` (possibly spaced): kept as they are.
fn is_rule(text: &str) -> bool {
    let text = text.trim();
    let Some(mark) = text.chars().next() else { return false };
    matches!(mark, '-' | '*' | '_')
        && text.chars().all(|c| c == mark || c == ' ')
        && text.chars().filter(|&c| c == mark).count() >= 3
}

/// One line's inline syntax removed: `[text](url)` and `![alt](url)` keep their text,
/// backticks and emphasis markers (`**`, `__`, `*`, `_` at word edges) go.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A link: "[" text "](" url ")".
        if c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')) {
            let open = if c == '!' { i + 1 } else { i };
            if let Some((text_end, url_end)) = link_at(&chars, open) {
                out.extend(&chars[open + 1..text_end]);
                i = url_end + 1;
                continue;
            }
        }
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let emphasis = (c == '*' || c == '_') && {
            let run = chars[i..].iter().take_while(|&&d| d == c).count();
            let after = chars.get(i + run).copied();
            let opens = !before.is_some_and(char::is_alphanumeric) && after.is_some_and(|a| !a.is_whitespace());
            let closes = before.is_some_and(|b| !b.is_whitespace()) && !after.is_some_and(char::is_alphanumeric);
            opens || closes
        };
        if c == '`' || emphasis {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Where the link opening at `chars[open] == '['` ends: its text's closing `]` and the
/// url's closing `)`.
fn link_at(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let text_end = open + chars.get(open..)?.iter().position(|&c| c == ']')?;
    if chars.get(text_end + 1) != Some(&'(') {
        return None;
    }
    let url_end = text_end + 1 + chars.get(text_end + 1..)?.iter().position(|&c| c == ')')?;
    Some((text_end, url_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_syntax_goes_and_the_words_stay() {
        let markdown = "# Cholera in *Orvel*\n\nThe **ministry** said [40 new cases](https://example.org/a_b) on snake_case day.\n\n- 12 in Vesk\n* 28 in Tarn\n\n> Quoted _words_.\n\nSub\n===\n";
        assert_eq!(
            strip(markdown),
            "Cholera in Orvel\n\nThe ministry said 40 new cases on snake_case day.\n\n- 12 in Vesk\n- 28 in Tarn\n\nQuoted words.\n\nSub\n"
        );
    }

    #[test]
    fn rules_and_arithmetic_stay() {
        assert_eq!(strip("a 5 * 3 b\n\n---\n\nnext"), "a 5 * 3 b\n\n---\n\nnext\n");
    }
}
