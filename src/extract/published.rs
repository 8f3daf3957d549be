//! When was the article published? Given by the user, or read from a dateline
//! ("PORT EBEL, March 3, 2026 --", "Updated: May 16, 2022"), or inferred from the
//! latest date in the text plus the weekday the news was reported on ("reported
//! Monday" after a "May 15, 2022" photo caption gives Monday 16 May).

use super::calendar::{Mention, Role, When, EPI_WEEK_WORDS};
use super::scan::{Doc, TokenKind};
use super::sentence::Sentence;
use crate::date::{Date, Weekday};

/// How the publication date was found in the text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Found {
    /// The date, if any.
    pub date: Option<Date>,
    /// The mention it was read from, if it was read from one (not used for figures).
    pub dateline: Option<usize>,
    /// A sentence for the user.
    pub explain: String,
}

/// The header: the first few sentences, within the first bytes of the text.
const HEADER_SENTENCES: usize = 4;
const HEADER_BYTES: usize = 700;

/// Words of a time of day in a page's date line: "3:14 PM EDT", "10.05 a.m. ET".
const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a", "p", "m", "edt", "est", "et", "pt", "pdt", "pst", "cdt", "cst", "ct", "mdt", "mst", "gmt", "utc",
    "bst", "cet", "cest", "ist", "eat", "wat", "cat", "sast", "aest", "aedt", "jst", "kst", "hkt", "sgt", "wib", "pht",
];

/// Words that label a publication date: "Published 22 August 2024", "Date of issue:",
/// "Release time: 2026-08-04 09:30".
const LABELS: &[&str] = &[
    "published", "publication", "updated", "posted", "issued", "issue", "date", "released", "release", "modified",
    "dated",
];

/// Looks for the publication date in the text.
pub(crate) fn find(doc: &Doc<'_>, sentences: &[Sentence], mentions: &[Mention]) -> Found {
    let tokens = &doc.tokens;
    let quoted = |m: &Mention| doc.words(m.first, m.last);
    // Sentences are in token order: the one holding a mention is found by bisection.
    let in_prose = |m: &Mention| {
        let holder = sentences.partition_point(|s| s.end <= m.first);
        sentences.get(holder).is_some_and(|s| !s.furniture)
    };
    let header_end = sentences.get(HEADER_SENTENCES).map_or(tokens.len(), |s| s.first);
    let in_header = |m: &Mention| m.first < header_end && tokens[m.first].start < HEADER_BYTES;
    let full = |m: &Mention| match m.when {
        Some(When::Full(date)) => Some(date),
        _ => None,
    };
    let found = |index: usize, date: Option<Date>, how: &str| Found {
        date,
        dateline: Some(index),
        explain: format!("{how} \"{}\"", quoted(&mentions[index])),
    };
    // "Published 22 August 2024" beats every other date in the header.
    let labeled = mentions.iter().position(|m| {
        full(m).is_some()
            && tokens[m.first].start < 2 * HEADER_BYTES
            && (labeled_by(doc, m.first) || dates_its_line(doc, m) && under_a_byline(doc, line_start(doc, m.first)))
    });
    if let Some(index) = labeled {
        let first_published = full(&mentions[index]);
        // "First published on Sun 9 Jan 2022" under a live blog's "Mon 10 Jan 2022
        // 06.22": the page was last updated on the later date line, and its entries
        // are of that day.
        let updated = if first_labeled(doc, mentions[index].first) {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| tokens[m.first].start < 2 * HEADER_BYTES && opens_line(doc, m.first))
                .filter(|(_, m)| m.role < Role::End && m.role != Role::Since)
                .filter_map(|(i, m)| Some((i, full(m)?)))
                .filter(|(_, date)| Some(*date) > first_published)
                .max_by_key(|(_, date)| *date)
        } else {
            None
        };
        if let Some((later, date)) = updated {
            return found(later, Some(date), "from the date line of the latest update");
        }
        return found(index, first_published, "from the label");
    }
    // "10:12 AM · May 18, 2026" under each post of a thread pasted whole: the thread
    // was read as of its latest post.
    let stamped = |m: &&Mention| m.first > 0 && doc.is_punct(m.first - 1, "\u{b7}");
    let stamps = || mentions.iter().enumerate().filter(|(_, m)| stamped(m)).filter_map(|(i, m)| Some((i, full(m)?)));
    if stamps().nth(1).is_some() {
        if let Some((latest, date)) = stamps().max_by_key(|&(_, date)| date) {
            return found(latest, Some(date), "from the time stamp of the latest post");
        }
    }
    // A dateline: the first full date of the header that is not a period's start or end
    // (nor a week given its days: "INSP: 312 new cases of measles in week 45").
    // (Nor the days in its brackets: "in week 40 (28 September - 4 October 2026)".)
    let week = |m: &Mention| {
        let bracketed = (m.first.saturating_sub(6)..m.first)
            .rev()
            .take_while(|&i| !doc.is_punct(i, ")"))
            .any(|i| doc.is_punct(i, "("));
        doc.word_in(m.first, EPI_WEEK_WORDS) || bracketed
    };
    let dateline = mentions
        .iter()
        .position(|m| full(m).is_some() && in_header(m) && m.role < Role::End && m.role != Role::Since && !week(m));
    if let Some(index) = dateline {
        return found(index, full(&mentions[index]), "from the dateline");
    }
    // "NAIROBI, March 8 (Reuters)": a dateline without its year.
    let yearless =
        mentions.iter().position(|m| matches!(m.when, Some(When::MonthDay(..))) && in_header(m) && m.role == Role::At);
    if let Some(index) = yearless {
        if let Some(When::MonthDay(month, day)) = mentions[index].when {
            let latest_full = mentions.iter().filter_map(full).max();
            if let Some(date) = year_for(month, day, latest_full, current_year(doc, mentions)) {
                return found(index, Some(date), "from the dateline (its year from the rest of the text)");
            }
            // The dateline is still the day of the report, not of a figure.
            return Found {
                date: None,
                dateline: Some(index),
                explain: format!(
                    "the dateline \"{}\" gives no year, nor does the text: enter the publication date",
                    quoted(&mentions[index])
                ),
            };
        }
    }
    // "Surveillance report" over "20 Nov 2026": a date on a line of its own a little
    // further down the page's top is its date, not a data day of the header.
    // ("November 16, 2026 | Wanangwa Mhango – Nyasa Times | 4 Comments": the first
    // field of a line.)
    let first_field = |m: &Mention| ["|", "\u{b7}"].iter().any(|s| doc.is_punct(m.last + 1, s));
    let date_line = mentions.iter().position(|m| {
        full(m).is_some()
            && tokens[m.first].start < HEADER_BYTES
            && m.role < Role::End
            && opens_line(doc, m.first)
            && (line_ends(doc, m.last) || first_field(m))
    });
    if let Some(index) = date_line {
        return found(index, full(&mentions[index]), "from the date line");
    }
    // "Data as of 11 August 2024", "week ending 1 October 2023": the data's day.
    let data_day = mentions.iter().position(|m| full(m).is_some() && in_header(m) && m.role == Role::End);
    if let Some(index) = data_day {
        return found(index, full(&mentions[index]), "no dateline; the day the data is for,");
    }
    let latest = mentions
        .iter()
        .filter(|m| m.role != Role::Since && in_prose(m))
        .filter_map(|m| match m.when {
            Some(When::Full(date)) => Some((date, m)),
            _ => None,
        })
        .max_by_key(|(date, _)| *date);
    let reported_on = mentions.iter().find_map(|m| match m.when {
        Some(When::Weekday(weekday)) if m.role == Role::Report && in_prose(m) => Some((weekday, m)),
        _ => None,
    });
    // "KESSA, February 29, 2023 --": a dateline that names no day is worth saying.
    let not_a_date = mentions.iter().find(|m| m.when == Some(When::NoSuchDay) && in_header(m));
    // ("November 04, 2026" under a byline and "Published in The Express Tribune,
    // November 4th, 2026." at the foot: the line of its own, of the two.)
    let own_line = |m: &Mention| opens_line(doc, m.first) && line_ends(doc, m.last);
    let latest = latest.map(|(date, m)| {
        let alone =
            mentions.iter().find(|n| full(n) == Some(date) && n.role != Role::Since && in_prose(n) && own_line(n));
        (date, alone.unwrap_or(m))
    });
    match (latest, reported_on) {
        // "27 November 2025" on a line of its own is the page's date: "the ministry
        // said on Wednesday" below it is the day before, never a week later.
        (Some((date, latest)), _) if own_line(latest) => Found {
            date: Some(date),
            dateline: mentions.iter().position(|m| std::ptr::eq(m, latest)),
            explain: format!("from the page's date line \"{}\"", quoted(latest)),
        },
        (Some((date, latest)), Some((weekday, reported))) => {
            let published = weekday_on_or_after(date, weekday);
            Found {
                date: published,
                dateline: None,
                explain: format!(
                    "inferred: \"{}\" is the latest date in the text and \"{}\" the day of the report, so {}",
                    quoted(latest),
                    quoted(reported),
                    published.map_or_else(|| "no date".to_string(), Date::long_form)
                ),
            }
        }
        (Some((date, latest)), None) => Found {
            date: Some(date),
            dateline: None,
            explain: format!("inferred: \"{}\" is the latest date in the text", quoted(latest)),
        },
        (None, _) if not_a_date.is_some() => Found {
            date: None,
            dateline: None,
            explain: format!(
                "\"{}\" is not a date (the month has no such day): enter the publication date",
                not_a_date.map_or("", quoted)
            ),
        },
        (None, Some((weekday, reported))) => Found {
            date: None,
            dateline: None,
            explain: format!(
                "no date in the text (\"{}\" says it was a {}, but not which one): enter the publication date",
                quoted(reported),
                weekday.name()
            ),
        },
        (None, None) => {
            Found { date: None, dateline: None, explain: "no date in the text: enter the publication date".to_string() }
        }
    }
}

/// Marks that set a header's fields apart on one line ("Data as of ... | Published ...").
const SEPARATORS: &[&str] = &["|", "-", "\u{2013}", "\u{2014}", "\u{b7}", "\u{2022}"];

/// Whether the words just before token `first`, on its line, label a publication date.
/// The label must open its line or a field of it ("Last updated:", "| Published"): in a
/// sentence ("a note published on 18 May") it names when something else came out.
fn labeled_by(doc: &Doc<'_>, first: usize) -> bool {
    let opens_field =
        |i: usize| i == 0 || doc.tokens[i].line_before || SEPARATORS.iter().any(|s| doc.is_punct(i - 1, s));
    // "Updated 3:14 PM EDT, October 22, 2026": a time of day between label and date.
    let first = time_of_day_before(doc, first);
    (first.saturating_sub(4)..first)
        .rev()
        .take_while(|&i| !doc.tokens[i + 1].line_before)
        .filter(|&i| doc.word_in(i, LABELS))
        .any(|i| {
            opens_field(i)
                || i > 0 && doc.word_in(i - 1, &["last", "first", "originally"]) && opens_field(i - 1)
                // "This content was published on November 4, 2026": a page's sentence on itself.
                || i >= 3
                    && doc.word_in(i - 1, &["was"])
                    && doc.word_in(i - 2, &["content", "article", "story", "page"])
                    && doc.word_in(i - 3, &["this"])
                    && opens_field(i - 3)
        })
}

/// Whether one of the two lines before the one opening at token `first` is a byline
/// ("By Ebunoluwa Adeyemi" over "November 12, 2026  3 min read", or over the writer's
/// role first: "Health Reporter · NZ Herald ·"): a date under it is the page's.
fn under_a_byline(doc: &Doc<'_>, first: usize) -> bool {
    let mut line = first;
    for _ in 0..2 {
        let Some(mut start) = line.checked_sub(1) else { return false };
        while start > 0 && !doc.tokens[start].line_before {
            start -= 1;
        }
        if first - start > 20 {
            return false;
        }
        if doc.word_in(start, &["by"]) && doc.is_capitalized(start) {
            return true;
        }
        line = start;
    }
    false
}

/// Whether the label before token `first` dates the page's first version ("First
/// published on", "Originally posted").
fn first_labeled(doc: &Doc<'_>, first: usize) -> bool {
    (first.saturating_sub(4)..first)
        .any(|i| doc.word_in(i, LABELS) && i > 0 && doc.word_in(i - 1, &["first", "originally"]))
}

/// Whether a date line is the date's own: the date opens it, or ends a short one after
/// the outlet's name and the time ("Philippine Daily Inquirer / 05:14 AM November 17,
/// 2026").
fn dates_its_line(doc: &Doc<'_>, m: &Mention) -> bool {
    opens_line(doc, m.first) || line_ends(doc, m.last) && m.first - line_start(doc, m.first) <= 10
}

/// The first token of the line holding token `i`.
fn line_start(doc: &Doc<'_>, i: usize) -> usize {
    (0..=i).rev().find(|&k| k == 0 || doc.tokens[k].line_before).unwrap_or(0)
}

/// Whether token `last` ends its line.
fn line_ends(doc: &Doc<'_>, last: usize) -> bool {
    doc.tokens.get(last + 1).is_none_or(|t| t.line_before)
}

/// Where a time of day right before the date at token `first` starts, on its line
/// ("3:14 PM EDT, October 22, 2026", "17:45 JST, November 21, 2026"); `first` if none.
fn time_of_day_before(doc: &Doc<'_>, first: usize) -> usize {
    let in_a_time = |i: usize| {
        doc.kind(i) == Some(TokenKind::Digits)
            || [":", ".", ","].iter().any(|p| doc.is_punct(i, p))
            || doc.word_in(i, CLOCK_WORDS)
    };
    let mut start = first;
    while start > 0 && !doc.tokens[start].line_before && in_a_time(start - 1) {
        start -= 1;
    }
    start
}

/// Whether the date at token `first` opens its line, after at most a weekday ("Mon 10
/// Jan 2022", "27 November 2025") or a time of day ("17:45 JST, November 21, 2026"): a
/// date line of its own, not a date in a sentence.
fn opens_line(doc: &Doc<'_>, first: usize) -> bool {
    let line_start = |i: usize| i == 0 || doc.tokens[i].line_before;
    let clock = time_of_day_before(doc, first);
    let clock_digits = (clock..first).filter(|&i| doc.kind(i) == Some(TokenKind::Digits)).count();
    if clock < first
        && line_start(clock)
        && (1..=3).contains(&clock_digits)
        && (clock..first).any(|i| doc.is_punct(i, ":"))
    {
        return true;
    }
    line_start(first) || first > 0 && line_start(first - 1) && doc.kind(first - 1) == Some(TokenKind::Word)
}

/// The year of the current period when the text names it: "since the beginning of
/// 2024", "so far in 2024", "week 14 of 2024". Years named otherwise are usually
/// earlier outbreaks; "since 2018" alone opens a run of years ("the seventh outbreak
/// since 2018"), which says nothing of the year now.
fn current_year(doc: &Doc<'_>, mentions: &[Mention]) -> Option<i32> {
    let in_mention = |i: usize| {
        let at = mentions.partition_point(|m| m.last < i);
        mentions.get(at).is_some_and(|m| m.first <= i)
    };
    let opens_period = |i: usize| {
        i >= 2 && doc.word_in(i - 1, &["of"]) && doc.word_in(i - 2, &["beginning", "start"])
            || i >= 2 && doc.word_in(i - 1, &["in"]) && doc.word_in(i - 2, &["far"])
    };
    // "in the epidemiological week 14 of 2026": the year of the weeks counted now.
    let weeks = mentions.iter().filter_map(|m| match m.when {
        Some(When::EpiWeek(_, year, _)) => year,
        _ => None,
    });
    (0..doc.tokens.len())
        .filter(|&i| doc.digit_count(i) == 4 && doc.slice(i).len() == 4 && !in_mention(i) && opens_period(i))
        .filter_map(|i| doc.slice(i).parse::<i32>().ok())
        .chain(weeks)
        .filter(|year| (1900..=2100).contains(year))
        .max()
}

/// The year of a year-less dateline: that of the latest full date in the text (the
/// year after, if the dateline would fall far before it), else the current period's
/// year the text names. A guess from a weekday alone could be any of several years,
/// so none is made.
fn year_for(month: u32, day: u32, latest_full: Option<Date>, current_year: Option<i32>) -> Option<Date> {
    if let Some(latest) = latest_full {
        let same_year = Date::from_ymd(latest.year(), month, day)?;
        return if latest.days_since(same_year) > 300 {
            Date::from_ymd(latest.year() + 1, month, day)
        } else {
            Some(same_year)
        };
    }
    Date::from_ymd(current_year?, month, day)
}

/// The first `weekday` on or after `date`.
fn weekday_on_or_after(date: Date, weekday: Weekday) -> Option<Date> {
    date.add_days((weekday.index() - date.weekday().index()).rem_euclid(7))
}
