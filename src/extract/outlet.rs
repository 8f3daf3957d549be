//! Who published an article, when its text says so: the agency in a dateline
//! ("(Reuters)", "(AP)"), a closing credit ("— Xinhua"), a byline ("By Jane Doe,
//! Associated Press"), or a "Source:" line.

/// Lines from the top where a dateline, credit or byline is looked for.
const HEADER_LINES: usize = 12;

/// The outlet named in `text`, as written ("Reuters", "Xinhua", "By Jane Doe,
/// Associated Press", "Ministry of Health"), if it names one.
pub fn find(text: &str) -> Option<String> {
    let filled: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    let header = filled.get(..HEADER_LINES).unwrap_or(&filled);
    // A closing credit is at the top or at the very end.
    let ends = header.iter().chain(filled.iter().rev().take(3));
    header
        .iter()
        .find_map(|line| agency(line))
        .or_else(|| ends.clone().find_map(|line| credit(line)))
        .or_else(|| header.iter().find_map(|line| byline(line)))
        .or_else(|| text.lines().find_map(source))
        .map(str::to_string)
}

/// "LUSAKA, March 4 (Reuters) - ..." → "Reuters": a parenthesised name near the start
/// of a line, followed by a dash, a colon or the story's first word.
fn agency(line: &str) -> Option<&str> {
    let open = line.find('(')?;
    if open > 60 || open == 0 {
        return None;
    }
    let close = open + line[open..].find(')')?;
    let name = line[open + 1..close].trim();
    let after = line[close + 1..].trim_start();
    let dashed = after.starts_with(['-', '—', '–', ':']) || after.starts_with(|c: char| c.is_uppercase());
    (dashed && is_name(name)).then_some(name)
}

/// "... said. — Xinhua", "-- Xinhua": a dash after a sentence (or alone), then a short
/// name closing the line.
fn credit(line: &str) -> Option<&str> {
    let (at, dash) = ["— ", "-- ", "– "].iter().filter_map(|dash| line.rfind(dash).map(|at| (at, dash.len()))).max()?;
    let before = line[..at].trim_end();
    let name = line[at + dash..].trim().trim_end_matches('.');
    let closes = before.is_empty() || before.ends_with(['.', '"', '”']);
    (closes && name.split_whitespace().count() <= 3 && is_name(name)).then_some(name)
}

/// "By Jane Doe, Associated Press": a byline that names an organisation after the
/// author (a byline with the author alone names no outlet).
fn byline(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("By ")?;
    let byline = line.split('|').next()?.trim();
    let (_, organisation) = rest.split_once(',')?;
    let organisation = organisation.split('|').next()?.trim();
    (byline.chars().count() <= 80 && is_name(organisation) && organisation.split_whitespace().count() >= 2)
        .then_some(byline)
}

/// "Source: Ministry of Health" → "Ministry of Health".
fn source(line: &str) -> Option<&str> {
    let line = line.trim();
    let rest = line.strip_prefix("Source:").or_else(|| line.strip_prefix("Sources:"))?.trim();
    let rest = rest.trim_end_matches('.');
    (!rest.is_empty() && rest.chars().count() <= 80).then_some(rest)
}

/// A proper name: one to five capitalised words (or small joining words), no digits,
/// not a month or a weekday.
fn is_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joining = ["of", "the", "and", "for", "de", "&"];
    (1..=5).contains(&words.len())
        && name.chars().count() <= 40
        && !name.chars().any(|c| c.is_ascii_digit())
        && words.first().is_some_and(|word| word.starts_with(|c: char| c.is_uppercase()))
        && words.iter().all(|word| word.starts_with(|c: char| c.is_uppercase()) || joining.contains(word))
        && !words.iter().any(|word| is_calendar_word(word))
}

fn is_calendar_word(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
    let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    days.contains(&word.as_str()) || months.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn outlets_are_found_where_articles_name_them() {
        let cases = [
            ("Headline\n\nLUSAKA, March 4 (Reuters) - Zambia said 40 cases.", Some("Reuters")),
            ("Headline\n\nKAMPALA, Uganda (AP) — The ministry said.", Some("AP")),
            ("Headline\n\nSEOUL, March 2 (Yonhap) -- South Korea said.", Some("Yonhap")),
            ("Headline\n\nKozhikode, Sep 17 (PTI) Kerala did not report.", Some("PTI")),
            ("Headline\n\nBEIJING, May 5 — China reported 12 cases. — Xinhua", Some("Xinhua")),
            ("Headline\n\nBy Jane Doe, Associated Press\n\nText.", Some("By Jane Doe, Associated Press")),
            ("Headline\n\nText with 40 cases.\n\nSource: Ministry of Health", Some("Ministry of Health")),
            ("Headline\n\nBy Staff Reporter\n\nText (about 40) cases.", None),
            ("Headline\n\nThe week (Monday - Sunday) saw 40 cases.", None),
            ("Headline\n\nData as of 11 August (epidemiological week 32) - published.", None),
        ];
        for (text, outlet) in cases {
            assert_eq!(find(text).as_deref(), outlet, "{text}");
        }
    }
}
