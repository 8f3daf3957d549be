//! Dates and times in article text: "May 15, 2022", "15 May", "17.05.2022",
//! "on Tuesday evening", "as of late Saturday afternoon", "yesterday", "6 p.m.".
//!
//! Mentions are found first and resolved later, because a weekday means nothing
//! until the publication date is known, and the publication date may itself be
//! inferred from the mentions ("reported Monday" after a "May 15, 2022" caption).

use super::lexicon::{classes_of, DATE_START, DAY_PARTS, FILLERS, NUMBER_START, SAYING_VERBS, SUNDAY_WEEKS};
use super::scan::{Doc, TokenKind};
use crate::date::{days_in_month, Date, Weekday};
use std::cell::OnceCell;

/// What a date mention says, before it is resolved against the publication date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum When {
    /// A full date with its year.
    Full(Date),
    /// A day of a month, year unstated: (month, day).
    MonthDay(u32, u32),
    /// A weekday: the most recent one on or before publication.
    Weekday(Weekday),
    /// Days relative to publication: "yesterday" is -1, "today" 0.
    Relative(i32),
    /// A whole month ("in January alone", "January to March 2024"), named by its last
    /// day: (month, year if stated).
    MonthEnd(u32, Option<i32>),
    /// "last month": the calendar month before publication's, named by its last day.
    LastMonth,
    /// "the previous day" (1), "a week earlier" (7), "the four preceding weeks" (28):
    /// as many days before the sentence's other day, or before publication when it
    /// names none.
    DaysBefore(u32),
    /// "a month earlier", "the previous month": the same day a month before it, in the
    /// same way.
    MonthBefore,
    /// An epidemiological week ("in week 38", "epi-week 39", "ME26"), named by its last
    /// day: (week, year if stated, how the year's weeks are counted).
    EpiWeek(u32, Option<i32>, WeekSystem),
    /// A month and day that do not exist ("February 29, 2023", "31 April"): names no
    /// day, and extraction says so rather than reading its numbers as counts.
    NoSuchDay,
}

/// How a year is cut into numbered weeks. Both make week 1 the week holding 4 January.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum WeekSystem {
    /// ISO 8601, Monday to Sunday: WHO and most African and European bulletins.
    Iso,
    /// Sunday to Saturday (the US MMWR weeks), as Malaysia's "ME" and Brazil's "SE" weeks.
    SundayStart,
}

/// How a date relates to the figures around it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) enum Role {
    /// "since Thursday", "from Friday": the start of a period, never a figure's day.
    Since,
    /// "said on Monday", "reported Wednesday": when the news was given.
    Report,
    /// "on Tuesday evening": when something happened.
    At,
    /// "as of", "through", "to 6 p.m. Monday", "until": the end of a counting period.
    End,
}

/// Words that name an epidemiological week: "week 8", "epi-week 39", "ME26", "the SE 11".
pub(crate) const EPI_WEEK_WORDS: &[&str] = &["week", "epiweek", "wk", "epi", "me", "ew", "se", "mw"];

/// Nouns of a published report: "since the last update", "since the bulletin".
pub(crate) const REPORT_NOUNS: &[&str] = &[
    "report", "update", "bulletin", "sitrep", "statement", "communique", "release", "briefing", "edition", "notice",
    "news", "alert",
];

/// Whether token `verb` tells what the text said before it: "disclosed this", "stated
/// these" ("... 47 people have died. The commissioner disclosed this at a press briefing
/// on Wednesday": those figures were told that day).
pub(crate) fn tells_what_came_before(doc: &Doc<'_>, verb: usize) -> bool {
    doc.has(verb, SAYING_VERBS) && doc.word_in(verb + 1, &["this", "these"])
}

/// A date or time of day found in the text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Mention {
    /// First token index.
    pub first: usize,
    /// Last token index.
    pub last: usize,
    /// What day it names; `None` for a time of day alone ("6 p.m.").
    pub when: Option<When>,
    /// Its relation to the figures.
    pub role: Role,
}

impl Mention {
    /// The day this mention names, given the publication date.
    pub fn resolve(&self, published: Option<Date>) -> Option<Date> {
        match self.when? {
            When::Full(date) => Some(date),
            When::MonthDay(month, day) => {
                let published = published?;
                let year = published.year();
                // A day later than a month after publication is from the year before.
                let this_year = Date::from_ymd(year, month, day);
                match this_year {
                    Some(date) if date.days_since(published) <= 31 => Some(date),
                    _ => Date::from_ymd(year - 1, month, day),
                }
            }
            When::Weekday(weekday) => published?.weekday_on_or_before(weekday),
            When::Relative(days) => published?.add_days(days),
            When::DaysBefore(days) => published?.add_days(-(days as i32)),
            When::MonthBefore => published?.month_before(),
            When::LastMonth => {
                let (year, month, _) = published?.month_before()?.ymd();
                Date::from_ymd(year, month, days_in_month(year, month))
            }
            When::MonthEnd(month, year) => {
                let year = match year {
                    Some(year) => year,
                    // A month that ends well after publication is last year's.
                    None => {
                        let published = published?;
                        let end = Date::from_ymd(published.year(), month, days_in_month(published.year(), month))?;
                        if end.days_since(published) > 31 {
                            published.year() - 1
                        } else {
                            published.year()
                        }
                    }
                };
                let end = Date::from_ymd(year, month, days_in_month(year, month))?;
                // The month in progress ("reported in October", told on 21 October) is
                // counted up to the day of the telling.
                Some(published.filter(|&p| p < end && p.ymd().0 == year && p.ymd().1 == month).unwrap_or(end))
            }
            When::EpiWeek(week, Some(year), system) => week_end(year, week, system),
            When::EpiWeek(week, None, system) => {
                // A week that ends after publication is last year's; the week in
                // progress ("up to ME47 this year", told on its second day) is counted up
                // to the day of the telling, as a month in progress is.
                let published = published?;
                let end = week_end(published.year(), week, system)?;
                match end.add_days(-6) {
                    _ if end <= published => Some(end),
                    Some(start) if start <= published => Some(published),
                    _ => week_end(published.year() - 1, week, system),
                }
            }
            When::NoSuchDay => None,
        }
    }
}

/// The Sunday ending ISO week `week` of `year` (week 1 holds 4 January).
fn week_end(year: i32, week: u32, system: WeekSystem) -> Option<Date> {
    if !(1..=53).contains(&week) {
        return None;
    }
    let january_4 = Date::from_ymd(year, 1, 4)?;
    // Weekday index counts from Monday = 0.
    let days_into_week = match system {
        WeekSystem::Iso => january_4.weekday().index(),
        WeekSystem::SundayStart => (january_4.weekday().index() + 1) % 7,
    };
    let week_1_start = january_4.add_days(-days_into_week)?;
    week_1_start.add_days(7 * (week as i32 - 1) + 6)
}

/// Month number (1-12) of an English month name or abbreviation.
pub(crate) fn month_of(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The value of a small number word ("nine" -> 9), for week numbers and periods.
pub(crate) fn small_number(word: &str) -> Option<u32> {
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        .iter()
        .position(|w| *w == word)
        .map(|i| i as u32 + 1)
}

/// "friday's" -> "friday".
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s")).unwrap_or(word)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// "Thu Duc City", "Sun Moon Lake", "Hoc Mon": a short weekday's name at token `i` in a
/// place's name (a capitalised word after it that starts no date, or one before it that
/// is no byline's "Updated"), no day.
pub(crate) fn short_weekday_in_a_name(doc: &Doc<'_>, i: usize) -> bool {
    let short_weekday = doc.word(i).is_some_and(|w| w.len() <= 4 && weekday_of(w).is_some());
    let opening = doc.is_capitalized(i + 1) && !doc.has(i + 1, DATE_START);
    let closing = i > 0
        && doc.is_capitalized(i - 1)
        && !doc.has(i - 1, DATE_START)
        && !doc.tokens.get(i).is_some_and(|t| t.line_before)
        && !doc.word_in(i - 1, &["updated", "published", "posted", "on", "by", "last", "since", "from", "until"]);
    short_weekday && (opening || closing)
}

/// A day of a month of a year ("May 15, 2022"), or [`When::NoSuchDay`] ("February 29,
/// 2023": not a leap year).
fn full_date(year: i32, month: u32, day: u32) -> When {
    Date::from_ymd(year, month, day).map_or(When::NoSuchDay, When::Full)
}

/// A day of a month without its year ("May 15"), or [`When::NoSuchDay`] for one no year
/// has ("31 April", "30 February"; "February 29" exists in leap years).
fn month_day(month: u32, day: u32) -> When {
    if day > days_in_month(2000, month) {
        When::NoSuchDay
    } else {
        When::MonthDay(month, day)
    }
}

/// "the first 10 days of", "the last ten days of" at token `i`: whether the days run
/// from the month's start, and how many they are (at most 28).
pub(crate) fn days_of_a_month(doc: &Doc<'_>, i: usize) -> Option<(bool, u32)> {
    let from_start = match doc.word(i + 1)? {
        "first" => true,
        "last" => false,
        _ => return None,
    };
    if !(doc.word_in(i, &["the"]) && doc.word_in(i + 3, &["days"]) && doc.word_in(i + 4, &["of"])) {
        return None;
    }
    let count = doc.slice(i + 2);
    let days = count.parse::<u32>().ok().or_else(|| small_number(doc.word(i + 2)?))?;
    (1..=28).contains(&days).then_some((from_start, days))
}

/// Finds every date and time mention in `tokens`.
pub(crate) fn find_mentions(doc: &Doc<'_>, out: &mut Vec<Mention>) {
    out.clear();
    let finder = Finder { doc, month_first: OnceCell::new() };
    let tokens = &doc.tokens;
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens are words that start no date: one match on the word rules them out
        // (a test of each list in turn read the word again for each).
        let may_start = doc.has(i, DATE_START)
            || doc.kind(i) == Some(TokenKind::Digits)
            || doc.word_in(i + 2, &["ago"])
            || doc.word(i).is_some_and(|w| match w {
                // EPI_WEEK_WORDS, matched here as literals: asked of every token.
                "week" | "epiweek" | "wk" | "epi" | "me" | "ew" | "se" | "mw" => true,
                "the" | "a" | "one" => {
                    doc.word_in(
                        i + 1,
                        &["previous", "preceding", "day", "week", "month", "date", "first", "last", "weekend"],
                    ) || doc.word_in(i + 2, &["previous", "preceding"])
                }
                "last" => doc.word_in(i + 1, &["night", "week", "weekend", "month"]),
                "previous" | "prior" | "preceding" => doc.is_punct(i.wrapping_sub(1), "("),
                // "Friday's".
                _ => without_possessive(w) != w && classes_of(without_possessive(w)) & DATE_START != 0,
            });
        if !may_start {
            i += 1;
        } else if let Some((first, last, when)) = finder.date_at(i) {
            let (last, when) = finder.weekday_with_its_date(last, when);
            let last = finder.extend_over_day_parts(last);
            // "5–11 August 2024", "from June 23 to 29": a period, named by its last day.
            let named_days = matches!(when, When::Full(_) | When::MonthDay(..) | When::MonthEnd(..));
            let period = named_days
                && (finder.is_day_range(first, last)
                    || days_of_a_month(doc, first).is_some()
                    || finder.months_from_january(first).is_some());
            // "One death was reported in ME27": a week or month is the count's period,
            // never the day of the telling.
            let counting_period = matches!(when, When::EpiWeek(..) | When::MonthEnd(..) | When::LastMonth);
            // "up from 47 a week earlier": the day of the number it follows, not where
            // a period starts.
            let day_of_number_before = matches!(when, When::DaysBefore(_) | When::MonthBefore)
                && first > 0
                && doc.kind(first - 1) == Some(TokenKind::Digits);
            // "(active from Monday to Friday, 8.30-17.00)": a weekly schedule, no data's day.
            let schedule = matches!(when, When::Weekday(_))
                && doc.word(first.wrapping_sub(2)).and_then(weekday_of).is_some()
                && (doc.word_in(first.wrapping_sub(1), &["to"]) || doc.is_punct(first.wrapping_sub(1), "-"));
            // "for 1 Jan-15 Nov 2026", "the month of Mehr (September 23-October 22)": a
            // range of two dates joined by a dash (not one in brackets spelling out a
            // week: "week 9 (27 February – 5 March 2023)").
            let spells_out_a_week = |start: &Mention| {
                doc.is_punct(start.first.wrapping_sub(1), "(")
                    && out.iter().rev().nth(1).is_some_and(|week: &Mention| {
                        matches!(week.when, Some(When::EpiWeek(..))) && week.last + 5 >= start.first
                    })
            };
            let dash_range = first >= 2
                && matches!(doc.slice(first - 1), "-" | "\u{2013}")
                && out
                    .last()
                    .is_some_and(|m: &Mention| m.last + 2 == first && m.when.is_some() && !spells_out_a_week(m));
            if dash_range {
                if let Some(start) = out.last_mut() {
                    start.role = Role::Since;
                }
            }
            // "counts from SE 31 (the first week of August)", "since the start of the
            // season in week 40, at the end of September": a bracket or an aside spelling
            // out a period's start is that start too.
            let restated_start = out.last().is_some_and(|m: &Mention| {
                m.role == Role::Since
                    && (doc.is_punct(m.last + 1, "(")
                        || doc.is_punct(m.last + 1, ",") && doc.word_in(m.last + 2, &["at", "in", "early", "late"]))
                    && first > m.last + 1
                    && first <= m.last + 6
                    && (m.last + 2..first).all(|k| doc.kind(k) == Some(TokenKind::Word))
            });
            let role = match finder.role_before(first) {
                _ if schedule => Role::At,
                _ if restated_start => Role::Since,
                _ if dash_range => Role::End,
                _ if period => Role::End,
                Role::Report if counting_period => Role::At,
                Role::Since if day_of_number_before => Role::At,
                role => role,
            };
            out.push(Mention { first, last, when: Some(when), role });
            i = last + 1;
        } else if let Some(last) = finder.time_at(i) {
            out.push(Mention { first: i, last, when: None, role: finder.role_before(i) });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    weeks_count_from_sunday_in_the_americas(doc, out);
    weeks_end_on_their_days(doc, out);
}

/// "up to epidemiological week 10" in a Peruvian report ends on a Saturday: a week
/// spelled out counts from Sunday when the report's headline or lead names a country
/// of the Americas.
fn weeks_count_from_sunday_in_the_americas(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let spelled_weeks = |m: &Mention| matches!(m.when, Some(When::EpiWeek(_, _, WeekSystem::Iso)));
    if !mentions.iter().any(spelled_weeks) {
        return;
    }
    // The headline, dateline and lead: about the first 80 tokens.
    let americas = doc.in_class(0..80, SUNDAY_WEEKS).next().is_some();
    if !americas {
        return;
    }
    for mention in mentions.iter_mut() {
        if let Some(When::EpiWeek(week, year, WeekSystem::Iso)) = mention.when {
            mention.when = Some(When::EpiWeek(week, year, WeekSystem::SundayStart));
        }
    }
}

/// "in ME40, from Sept 27 to Oct 3", "week 19 (7 – 13 May)": the days a week is given
/// beside its number say when it ended, whichever way the report counts its weeks.
fn weeks_end_on_their_days(doc: &Doc<'_>, mentions: &mut [Mention]) {
    // The weeks given their days, so that the same week named again ("Petaling recorded
    // the most cases in ME40") ends on the same day.
    let mut given: Vec<(When, When)> = Vec::new();
    for k in 0..mentions.len() {
        let Some(week @ When::EpiWeek(..)) = mentions[k].when else { continue };
        let after = mentions[k].last + 1;
        // ("the 46th week of the year (Nov. 8-14)".)
        let of_the_year =
            doc.word_in(after, &["of"]) && doc.word_in(after + 1, &["the"]) && doc.word_in(after + 2, &["year"]);
        let after = if of_the_year { after + 3 } else { after };
        // ("week 44, which ran from November 1 to 7": the same, told in a clause.)
        let beside = |m: &&Mention| {
            m.first <= after + 5
                && (after..m.first).all(|i| {
                    matches!(doc.slice(i), "," | "(" | ")")
                        || doc.word_in(
                            i,
                            &["from", "which", "that", "ran", "runs", "covered", "covers", "covering", "spanned"],
                        )
                })
        };
        let Some(next) = mentions.get(k + 1).filter(beside) else { continue };
        // "from Sept 27 to Oct 3", "(Sept. 27 to Oct. 3)": a start, then the end.
        let joined_end = |end: &&Mention| {
            end.first <= next.last + 2
                && (end.role == Role::End
                    || next.role == Role::At
                        && end.first == next.last + 2
                        && (doc.word_in(next.last + 1, &["to", "through"])
                            || matches!(doc.slice(next.last + 1), "-" | "\u{2013}")))
        };
        let end = match next.role {
            Role::End => Some(next),
            Role::Since | Role::At => mentions.get(k + 2).filter(joined_end),
            _ => None,
        };
        let days = end.and_then(|m| m.when).filter(|when| matches!(when, When::Full(_) | When::MonthDay(..)));
        if let Some(when) = days {
            mentions[k].when = Some(when);
            given.push((week, when));
        }
    }
    // "During epidemiological week 2 (from 11 to 17 January 2026) ..., against 451
    // during week 1": a week given its days that end on a Saturday says the report's
    // weeks count from Sunday, so its other weeks end on Saturdays too.
    let ends_on_saturday = given.iter().any(|&(week, when)| {
        matches!((week, when), (When::EpiWeek(_, _, WeekSystem::Iso), When::Full(end)) if end.weekday() == Weekday::Saturday)
    });
    // "Epidemiological Week 42 (ME42) from Oct 11 to 17": one week, however named.
    let same_week = |a: When, b: Option<When>| match (a, b) {
        (When::EpiWeek(n, year, _), Some(When::EpiWeek(m, other_year, _))) => n == m && year == other_year,
        _ => false,
    };
    for mention in mentions.iter_mut() {
        if let Some(&(_, when)) = given.iter().find(|(week, _)| same_week(*week, mention.when)) {
            mention.when = Some(when);
        } else if let Some(when) = given.iter().find_map(|&(week, end)| a_week_from_another(mention.when?, week, end)) {
            mention.when = Some(when);
        } else if let (Some(When::EpiWeek(week, year, WeekSystem::Iso)), true) = (mention.when, ends_on_saturday) {
            mention.when = Some(When::EpiWeek(week, year, WeekSystem::SundayStart));
        }
    }
}

/// "67 cases in ME47 (Nov 15 to 21), compared with 41 cases in ME46": a week of the
/// same count as one given its days (`given`, ending on `end`) ends whole weeks from
/// it, whichever way the report numbers its weeks. Only for weeks near it: further off,
/// a year may begin between them.
fn a_week_from_another(week: When, given: When, end: When) -> Option<When> {
    let (When::EpiWeek(n, year, system), When::EpiWeek(given_n, given_year, given_system)) = (week, given) else {
        return None;
    };
    let weeks = i32::try_from(n).ok()? - i32::try_from(given_n).ok()?;
    if year != given_year || system != given_system || weeks == 0 || weeks.abs() > 8 {
        return None;
    }
    match end {
        When::Full(date) => date.add_days(7 * weeks).map(When::Full),
        // A day without its year: counted in a year without 29 February, then
        // given back without its year, as the text gave it.
        When::MonthDay(month, day) => {
            let (_, month, day) = Date::from_ymd(2025, month, day)?.add_days(7 * weeks)?.ymd();
            Some(When::MonthDay(month, day))
        }
        _ => None,
    }
}

/// Finds date mentions in a document's tokens.
struct Finder<'d> {
    doc: &'d Doc<'d>,
    /// The text writes dates month first, as in the United States ("Fri 11/13"):
    /// looked for once, when a slash date is first read (most texts have none).
    month_first: OnceCell<bool>,
}

/// Whether the text writes a day and month with slashes month first: one of them
/// ("11/13") can be read no other way, so "11/6" in the same text is 6 November. So
/// does a page that spells the same date out month first beside it ("11/12/2026" over
/// "November 12, 2026").
fn writes_month_first(doc: &Doc<'_>) -> bool {
    let number = |i: usize| doc.slice(i).parse::<u32>().ok().filter(|_| doc.slice(i).len() <= 2);
    let spelled_after = |i: usize, month: u32, day: u32| {
        (i + 3..i + 12)
            .any(|j| doc.word(j).and_then(month_of) == Some(month) && number(j + 1) == Some(day) && month != day)
    };
    (0..doc.tokens.len()).any(|i| {
        doc.slice(i + 1) == "/"
            && doc.attached(i + 1)
            && doc.attached(i + 2)
            && number(i).is_some_and(|month| {
                (1..=12).contains(&month)
                    && number(i + 2).is_some_and(|day| (13..=31).contains(&day) || spelled_after(i, month, day))
            })
    })
}

impl<'d> Finder<'d> {
    fn is_kind(&self, i: usize, kind: TokenKind) -> bool {
        self.doc.kind(i) == Some(kind)
    }

    fn number(&self, i: usize, max_len: usize) -> Option<u32> {
        let s = self.doc.slice(i);
        if !self.is_kind(i, TokenKind::Digits) || s.len() > max_len {
            return None;
        }
        s.parse().ok()
    }

    /// A day of the month at `i` ("15", "15th"): (day, last token).
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let day = self.number(i, 2).filter(|d| (1..=31).contains(d))?;
        // "since January 7 to 14,876": the count's first digits, not a day.
        let grouped = self.doc.is_punct(i + 1, ",")
            && self.doc.attached(i + 1)
            && self.doc.attached(i + 2)
            && self.doc.digit_count(i + 2) == 3;
        if grouped {
            return None;
        }
        let suffixed = self.doc.attached(i + 1) && matches!(self.doc.word(i + 1), Some("st" | "nd" | "rd" | "th"));
        Some((day, if suffixed { i + 1 } else { i }))
    }

    /// A year after a date at `i`: ", 2022" or " 2022", or one that runs into the
    /// time of a byline ("September 18, 20251:42 PM": the page lost the space).
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let at = if self.doc.slice(i) == "," { i + 1 } else { i };
        let digits = self.doc.slice(at);
        let runs_into_time = matches!(digits.len(), 5 | 6)
            && self.doc.is_punct(at + 1, ":")
            && self.doc.attached(at + 1)
            && self.doc.attached(at + 2)
            && self.doc.digit_count(at + 2) == 2;
        let year_digits = if runs_into_time { digits.get(..4)? } else { digits };
        if !self.is_kind(at, TokenKind::Digits) || year_digits.len() != 4 {
            return None;
        }
        let year = year_digits.parse::<i32>().ok().filter(|y| (1000..=9999).contains(y))?;
        Some((year, at))
    }

    /// A month name at `i`, with its optional abbreviation dot: (month, last token).
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let word = self.doc.word(i)?;
        let month = month_of(word)?;
        // "May" alone is also a verb; "mar" a verb: both need a day beside them,
        // which the callers check.
        // "May." and "June." end sentences: only a shortened name takes a dot.
        let shortened = !matches!(word, "may" | "june" | "july");
        let dotted = self.doc.slice(i + 1) == "." && self.doc.attached(i + 1) && word.len() <= 4 && shortened;
        Some((month, if dotted { i + 1 } else { i }))
    }

    /// A date starting at token `i`: (first, last, when).
    fn date_at(&self, i: usize) -> Option<(usize, usize, When)> {
        // "Friday's tally", "yesterday's figures": a possessive day is that day.
        let word = self.doc.word(i).map(without_possessive);
        // "Monday, March 9, 2026": the weekday belongs to the full date.
        if let Some(weekday) = word.and_then(weekday_of) {
            let after_comma = if self.doc.slice(i + 1) == "," { i + 2 } else { i + 1 };
            if let Some((_, last, when)) = self.month_first(after_comma).or_else(|| self.day_first(after_comma)) {
                return Some((i, last, when));
            }
            // ("Wed.", not the full stop after "on Wednesday.")
            let dotted = self.doc.slice(i + 1) == "." && self.doc.attached(i + 1) && self.doc.slice(i).len() < 6;
            if !dotted && short_weekday_in_a_name(self.doc, i) {
                return None;
            }
            return Some((i, if dotted { i + 1 } else { i }, When::Weekday(weekday)));
        }
        if let Some(word) = word {
            let relative = match word {
                "yesterday" | "yday" => Some(-1),
                "today" | "tonight" => Some(0),
                _ => None,
            };
            if let Some(days) = relative {
                return Some((i, i, When::Relative(days)));
            }
            // "in the 24 hours to 8pm last night": the evening before publication.
            if word == "last" && self.doc.word_in(i + 1, &["night"]) {
                return Some((i, i + 1, When::Relative(-1)));
            }
            // "Five new cases were reported over the weekend": named by its Sunday. (Not
            // "the weekend breakdown".)
            let told_as_a_time = word == "last" || self.doc.word_in(i.wrapping_sub(1), &["over", "during", "at", "on"]);
            if matches!(word, "the" | "last") && self.doc.word_in(i + 1, &["weekend"]) && told_as_a_time {
                return Some((i, i + 1, When::Weekday(Weekday::Sunday)));
            }
            // "up from 1,102 cases last week": an earlier value a week before. (Told
            // of events, "last week" names no day one could count to.)
            // The four tokens before it, a grouped number ("1,102") counted as one.
            let earlier_value = (0..i)
                .rev()
                .filter(|&j| {
                    !(matches!(self.doc.kind(j), Some(TokenKind::Punct | TokenKind::Digits)) && self.doc.attached(j))
                })
                .take(4)
                .any(|j| self.doc.word_in(j, &["from"]));
            if word == "last" && self.doc.word_in(i + 1, &["week"]) && earlier_value {
                return Some((i, i + 1, When::DaysBefore(7)));
            }
            // "recorded the most cases last month": the whole month before publication's.
            if word == "last" && self.doc.word_in(i + 1, &["month"]) {
                return Some((i, i + 1, When::LastMonth));
            }
        }
        // "in the first 10 days of November", "the last ten days of October": named by
        // their last day.
        if let Some((from_start, days)) = days_of_a_month(self.doc, i) {
            let (month, month_last) = self.month_at(i + 5)?;
            let (year, last) = self.year_after(month_last + 1).map_or((None, month_last), |(y, l)| (Some(y), l));
            let day = if from_start { days } else { days_in_month(year.unwrap_or(2001), month) };
            let when = match year {
                Some(year) => full_date(year, month, day),
                None => month_day(month, day),
            };
            return Some((i, last, when));
        }
        if let Some(months) = self.months_from_january(i) {
            return Some(months);
        }
        // "to the date, 2 318 cases" ("a la fecha", "à ce jour" in translation): as of
        // the day of the report. "to the date of 4 March" names its day instead.
        let to_the_date = self.doc.word_in(i.wrapping_sub(1), &["to", "until", "till", "at"])
            && self.doc.word_in(i, &["the"])
            && self.doc.word_in(i + 1, &["date"])
            && !self.doc.word_in(i + 2, &["of"]);
        if to_the_date {
            return Some((i, i + 1, When::Relative(0)));
        }
        // "a week ago", "three days ago": counted back from publication.
        if self.doc.word_in(i + 2, &["ago"]) {
            let days = match (self.doc.word(i), self.doc.word(i + 1)) {
                (Some("a" | "one"), Some("week")) => Some(7),
                (Some("two"), Some("weeks")) => Some(14),
                (_, Some("days")) => self
                    .number(i, 2)
                    .map(|n| n as i32)
                    .or_else(|| self.doc.word(i).and_then(small_number).map(|n| n as i32)),
                _ => None,
            };
            if let Some(days) = days {
                return Some((i, i + 2, When::Relative(-days)));
            }
        }
        // "the previous day", "the day before", "a day earlier": the day before publication.
        let day_before = self.doc.word_in(i, &["the", "a"])
            && (self.doc.word_in(i + 1, &["previous", "preceding"]) && self.doc.word_in(i + 2, &["day"])
                || self.doc.word_in(i + 1, &["day"]) && self.doc.word_in(i + 2, &["before", "earlier"]));
        if day_before {
            return Some((i, i + 2, When::DaysBefore(1)));
        }
        // "the preceding week", "a fortnight earlier".
        let unit_before = |unit: &str| {
            self.doc.word_in(i, &["the", "a"])
                && (self.doc.word_in(i + 1, &["previous", "preceding"]) && self.doc.word_in(i + 2, &[unit])
                    || self.doc.word_in(i + 1, &[unit]) && self.doc.word_in(i + 2, &["before", "earlier"]))
        };
        if unit_before("week") {
            return Some((i, i + 2, When::DaysBefore(7)));
        }
        if unit_before("fortnight") {
            return Some((i, i + 2, When::DaysBefore(14)));
        }
        // "41 (previous week: 29)": a bracket's label, with no article.
        let labelled = |unit: &str| {
            self.doc.is_punct(i.wrapping_sub(1), "(")
                && self.doc.word_in(i, &["previous", "prior", "preceding"])
                && self.doc.word_in(i + 1, &[unit])
                && self.doc.is_punct(i + 2, ":")
        };
        if labelled("week") {
            return Some((i, i + 1, When::DaysBefore(7)));
        }
        if labelled("day") {
            return Some((i, i + 1, When::DaysBefore(1)));
        }
        // "up from 1,780 a month earlier", "the previous month", "a month ago".
        let month_before = self.doc.word_in(i, &["the", "a", "one"])
            && (self.doc.word_in(i + 1, &["previous", "preceding"]) && self.doc.word_in(i + 2, &["month"])
                || self.doc.word_in(i + 1, &["month"]) && self.doc.word_in(i + 2, &["before", "earlier", "ago"]));
        if month_before {
            return Some((i, i + 2, When::MonthBefore));
        }
        // "against 15.212 cases in the previous seven days", "against 241 during the four
        // preceding weeks": the period before, named by its last day.
        if let Some(days) = self.days_of_periods_before(i) {
            return Some((i, i + 3, When::DaysBefore(days)));
        }
        self.month_first(i)
            .or_else(|| self.day_first(i))
            .or_else(|| self.numeric(i))
            .or_else(|| self.month_only(i))
            .or_else(|| self.epi_week(i))
    }

    /// "the previous seven days", "the four preceding weeks": the days of a run of days
    /// or weeks before another period.
    fn days_of_periods_before(&self, i: usize) -> Option<u32> {
        if !self.doc.word_in(i, &["the"]) {
            return None;
        }
        let count = |j: usize| self.number(j, 2).or_else(|| self.doc.word(j).and_then(small_number));
        let (count, unit) = if self.doc.word_in(i + 1, &["previous", "preceding"]) {
            (count(i + 2)?, i + 3)
        } else if self.doc.word_in(i + 2, &["previous", "preceding"]) {
            (count(i + 1)?, i + 3)
        } else {
            return None;
        };
        let days = match self.doc.word(unit)? {
            "days" => count,
            "weeks" => count.checked_mul(7)?,
            _ => return None,
        };
        (1..=366).contains(&days).then_some(days)
    }

    /// "week 38", "epi-week 39", "epidemiological week 9", "week nine", "week 12 of 2024",
    /// "the 5th week of 2025".
    fn epi_week(&self, i: usize) -> Option<(usize, usize, When)> {
        if let Some(found) = self.compact_epi_week(i).or_else(|| self.ordinal_week(i)) {
            return Some(found);
        }
        if !self.doc.word_in(i, &["week", "epiweek", "wk"]) || self.doc.word_in(i + 1, &["of"]) {
            return None;
        }
        // "Over the past week 29 new cases were detected": a period, then a count.
        if self.doc.word_in(i.wrapping_sub(1), &["past", "last", "previous", "this", "next", "same", "coming"]) {
            return None;
        }
        // "epi-week 39", "epidemiological week 7": the week's name opens the mention,
        // so that "Between" before it is read as its period's start.
        let first = if i >= 2 && self.doc.is_punct(i - 1, "-") && self.doc.word_in(i - 2, &["epi"]) {
            i - 2
        } else if i >= 1 && self.doc.word_in(i - 1, &["epidemiological", "epidemiologic", "epidemic"]) {
            i - 1
        } else {
            i
        };
        // "the epidemiological week (SE) 12": its abbreviation in brackets between.
        let abbreviation = self.doc.is_punct(i + 1, "(") && self.doc.is_punct(i + 3, ")");
        let number = if abbreviation { i + 4 } else { i + 1 };
        let week = match self.doc.word(number) {
            Some(word) => small_number(word)?,
            None => self.number(number, 2)?,
        };
        // "week 1 – 45, 2026": the weeks up to the last one named (not "from 33 in week 6
        // to 41", a count).
        let dash = matches!(self.doc.slice(number + 1), "-" | "\u{2013}" | "\u{2014}");
        let range_end = self.number(number + 2, 2).filter(|&end| dash && end > week && end <= 53);
        let (week, number) = match range_end {
            Some(end) => (end, number + 2),
            None => (week, number),
        };
        match self
            .year_after(number + 1)
            .or_else(|| self.doc.word_in(number + 1, &["of"]).then(|| self.year_after(number + 2)).flatten())
        {
            Some((year, last)) => Some((first, last, When::EpiWeek(week, Some(year), WeekSystem::Iso))),
            None => Some((first, number, When::EpiWeek(week, None, WeekSystem::Iso))),
        }
    }

    /// "until the 5th week of 2025" (translated "minggu ke-5"): a week by its rank.
    fn ordinal_week(&self, i: usize) -> Option<(usize, usize, When)> {
        let ranked = self.doc.attached(i + 1)
            && self.doc.word_in(i + 1, &["st", "nd", "rd", "th"])
            && self.doc.word_in(i + 2, &["week"]);
        let week = self.number(i, 2).filter(|&week| ranked && (1..=53).contains(&week))?;
        let year = self.doc.word_in(i + 3, &["of"]).then(|| self.year_after(i + 4)).flatten();
        Some(match year {
            Some((year, last)) => (i, last, When::EpiWeek(week, Some(year), WeekSystem::Iso)),
            None => (i, i + 2, When::EpiWeek(week, None, WeekSystem::Iso)),
        })
    }

    /// "ME26" (Malaysia's Minggu Epidemiologi), "EW26", "SE26" (semana epidemiológica):
    /// an epidemiological week written as capitals glued to its number.
    /// Translated copy sets them apart ("the SE 12", "since the SE 1 of 2026").
    fn compact_epi_week(&self, i: usize) -> Option<(usize, usize, When)> {
        // Apart, only after a word that introduces a week ("SE 12" alone may be a
        // postcode).
        // ("epidemiological week 44 (SE 44, November 1 to 7)": its name in brackets.)
        let restated = || {
            self.doc.is_punct(i.wrapping_sub(1), "(")
                && (i.saturating_sub(5)..i).any(|k| self.doc.word_in(k, &["week"]))
        };
        let introduced = self.doc.attached(i + 1)
            || self
                .doc
                .word_in(i.wrapping_sub(1), &["the", "in", "until", "since", "during", "and", "to", "from", "through"])
            || restated();
        // (The Philippines' morbidity weeks: "MW 45".)
        let abbreviated = matches!(self.doc.slice(i), "ME" | "EW" | "SE" | "MW")
            && self.doc.kind(i + 1) == Some(TokenKind::Digits)
            && introduced;
        let week = self.number(i + 1, 2).filter(|&week| abbreviated && (1..=53).contains(&week))?;
        let year = self.doc.word_in(i + 2, &["of"]).then(|| self.year_after(i + 3)).flatten();
        Some(match year {
            Some((year, last)) => (i, last, When::EpiWeek(week, Some(year), WeekSystem::SundayStart)),
            None => (i, i + 1, When::EpiWeek(week, None, WeekSystem::SundayStart)),
        })
    }

    /// "the first ten months of this year", "the first 9 months of 2026", "the first half
    /// of the year", "the first three quarters of 2026": the months from January, named
    /// by the last of them. Only with the year told: "the first two months of the
    /// outbreak" count from its start.
    fn months_from_january(&self, i: usize) -> Option<(usize, usize, When)> {
        if !(self.doc.word_in(i, &["the"]) && self.doc.word_in(i + 1, &["first"])) {
            return None;
        }
        let count = || self.doc.slice(i + 2).parse::<u32>().ok().or_else(|| small_number(self.doc.word(i + 2)?));
        let (months, last) = match self.doc.word(i + 2)? {
            "half" => (6, i + 2),
            "quarter" => (3, i + 2),
            _ if self.doc.word_in(i + 3, &["months"]) => (count()?, i + 3),
            _ if self.doc.word_in(i + 3, &["quarters"]) => (count()? * 3, i + 3),
            _ => return None,
        };
        if !(1..=11).contains(&months) || !self.doc.word_in(last + 1, &["of"]) {
            return None;
        }
        if let Some((year, year_last)) = self.year_after(last + 2) {
            return Some((i, year_last, When::MonthEnd(months, Some(year))));
        }
        let this_year = self.doc.word_in(last + 2, &["this", "the"]) && self.doc.word_in(last + 3, &["year"]);
        this_year.then_some((i, last + 3, When::MonthEnd(months, None)))
    }

    /// "in January alone", "for January to March", "in January and February 2024", "the
    /// period January to April 2026", "in the July-September quarter": a whole month (or the last of a run of months), when
    /// a preposition (or "period") introduces it.
    fn month_only(&self, i: usize) -> Option<(usize, usize, When)> {
        let introduced = i > 0 && self.doc.word_in(i - 1, &["in", "for", "during", "through", "until", "of", "period"]);
        let capitalized = self.doc.is_capitalized(i);
        let (mut month, mut last) = self.month_at(i)?;
        let run = self.doc.word_in(last + 1, &["to", "and", "through", "until"]) || self.doc.is_punct(last + 1, "-");
        // "in the July-September quarter": a run of months after "the".
        let introduced_run = run
            && self.doc.word_in(i.wrapping_sub(1), &["the"])
            && self.doc.word_in(i.wrapping_sub(2), &["in", "for", "during", "over"]);
        if !(introduced || introduced_run) || !capitalized {
            return None;
        }
        if run {
            if let Some((end_month, end_last)) = self.month_at(last + 2) {
                (month, last) = (end_month, end_last);
            }
        }
        match self.year_after(last + 1) {
            Some((year, year_last)) => Some((i, year_last, When::MonthEnd(month, Some(year)))),
            None => Some((i, last, When::MonthEnd(month, None))),
        }
    }

    /// After a day ending at token `at`: "-29", "to 29", "–11": the range's last day.
    fn range_to_day(&self, at: usize, from_day: u32) -> Option<(u32, usize)> {
        // "between 6 and 12 October" ranges with "and" too.
        let between = (at.saturating_sub(3)..at).any(|i| self.doc.word_in(i, &["between", "from"]));
        let joiner = matches!(self.doc.slice(at + 1), "-" | "\u{2013}" | "\u{2014}")
            || self.doc.word_in(at + 1, &["to", "until", "through"])
            || between && self.doc.word_in(at + 1, &["and"]);
        let (day, last) = self.day_at(at + 2).filter(|_| joiner)?;
        (day > from_day).then_some((day, last))
    }

    /// Whether the mention `first..=last` names a range of days ("5–11 August").
    fn is_day_range(&self, first: usize, last: usize) -> bool {
        // ("2026-11-10", "10-11-2026": one day written with dashes.)
        let dashed_date = last == first + 4
            && self.is_kind(first, TokenKind::Digits)
            && (first + 1..=last).all(|k| self.doc.attached(k));
        !dashed_date
            && (first..last).any(|i| {
                matches!(self.doc.slice(i), "-" | "\u{2013}" | "\u{2014}")
                    || self.doc.word_in(i, &["to", "until", "through", "and"])
            })
    }

    /// "May 15", "May 15, 2022", "Feb. 18", "June 23 to 29".
    fn month_first(&self, i: usize) -> Option<(usize, usize, When)> {
        let (month, month_last) = self.month_at(i)?;
        // A date never runs onto the next line ("since May.\n\n11:30 - ...").
        if self.doc.tokens.get(month_last + 1).is_none_or(|t| t.line_before) {
            return None;
        }
        // "Nov - 24 - 2026 , 09:47": a byline's date with dashes between its parts
        // (only with its year, which tells it from a dash before a count).
        if self.doc.is_punct(month_last + 1, "-") {
            let (day, day_last) = self.day_at(month_last + 2)?;
            let (year, last) = self.doc.is_punct(day_last + 1, "-").then(|| self.year_after(day_last + 2)).flatten()?;
            return Some((i, last, full_date(year, month, day)));
        }
        let (day, day_last) = self.day_at(month_last + 1)?;
        let (day, day_last) = self.range_to_day(day_last, day).unwrap_or((day, day_last));
        // "May 15-17" or "May 15 cases": a day followed by a hyphen-joined number is a range; keep the day.
        match self.year_of_date(day_last + 1) {
            Some((year, last)) => Some((i, last, full_date(year, month, day))),
            None => Some((i, day_last, month_day(month, day))),
        }
    }

    /// The year after a date's day and month at `i`: "May 15, 2022", "15 May 2022", or
    /// joined by "of", as translated from languages that join the year so ("April 14 of
    /// 2026", "11 November of 2026").
    fn year_of_date(&self, i: usize) -> Option<(i32, usize)> {
        self.year_after(i).or_else(|| self.doc.word_in(i, &["of"]).then(|| self.year_after(i + 1)).flatten())
    }

    /// "15 May", "15 May 2022", "4th March", "5–11 August 2024".
    fn day_first(&self, i: usize) -> Option<(usize, usize, When)> {
        let (day, day_last) = self.day_at(i)?;
        let (day, day_last) = self.range_to_day(day_last, day).unwrap_or((day, day_last));
        let skip_of = { usize::from(self.doc.word(day_last + 1) == Some("of")) };
        // ("... 67-19-09" over a heading "November 17": a phone number's end is no day.)
        let month_at = day_last + 1 + skip_of;
        if self.doc.tokens.get(month_at).is_some_and(|t| t.line_before) {
            return None;
        }
        let (month, month_last) = self.month_at(month_at)?;
        // ("5 of March of 2025": translated from languages that join all three with "of".)
        match self.year_of_date(month_last + 1) {
            Some((year, last)) => Some((i, last, full_date(year, month, day))),
            None => Some((i, month_last, month_day(month, day))),
        }
    }

    /// "2022-05-17", "2022.05.17", "17.05.2022", "17/05/2022", "17-05-2022" (day first
    /// unless impossible).
    fn numeric(&self, i: usize) -> Option<(usize, usize, When)> {
        let separators_match = |sep: &str| {
            self.doc.slice(i + 1) == sep
                && self.doc.slice(i + 3) == sep
                && (1..=4).all(|k| self.doc.attached(i + k))
                && self.is_kind(i + 2, TokenKind::Digits)
                && self.is_kind(i + 4, TokenKind::Digits)
        };
        let Some(sep) = ["-", ".", "/"].into_iter().find(|sep| separators_match(sep)) else {
            return self.day_slash_month(i);
        };
        let (a, b, c) = (self.doc.slice(i), self.doc.slice(i + 2), self.doc.slice(i + 4));
        // ("2026.11.06" under a byline: year first with dots too.)
        let date = if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
            Date::from_ymd(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)?
        } else if a.len() <= 2 && b.len() <= 2 && (c.len() == 4 || c.len() == 2 && a.len() == 2 && sep != "-") {
            // ("10-11-2026 17:12" in a page's date line: day first with dashes too, its
            // year whole; "10-11-26" would be a range's ends.)
            // "09.11.26" in a district officer's update: a two-digit year of this century.
            let (first, second): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            let year = if c.len() == 2 { 2000 + c.parse::<i32>().ok()? } else { c.parse().ok()? };
            let (first, second) =
                if sep == "/" && self.writes_month_first() { (second, first) } else { (first, second) };
            Date::from_ymd(year, second, first).or_else(|| Date::from_ymd(year, first, second))?
        } else {
            return None;
        };
        Some((i, i + 4, When::Full(date)))
    }

    fn writes_month_first(&self) -> bool {
        *self.month_first.get_or_init(|| writes_month_first(self.doc))
    }

    /// Whether token `i` is a weekday's name ("Wednesday", "Fri").
    fn is_weekday(&self, i: usize) -> bool {
        self.doc.word(i).and_then(weekday_of).is_some()
    }

    /// "since 01/10", "(08/11)": a day and month with no year, day first, told as a
    /// date by a leading zero or by the word or weekday before it (not "3/10 samples",
    /// "24/7").
    fn day_slash_month(&self, i: usize) -> Option<(usize, usize, When)> {
        let joined = self.doc.slice(i + 1) == "/"
            && self.doc.attached(i + 1)
            && self.doc.attached(i + 2)
            && self.is_kind(i + 2, TokenKind::Digits)
            && !(self.doc.slice(i + 3) == "/" && self.doc.attached(i + 3));
        let after_a_number = i > 0 && matches!(self.doc.slice(i - 1), "/" | "." | ",") && self.doc.attached(i);
        if !joined || after_a_number {
            return None;
        }
        let (day, month) = (self.number(i, 2)?, self.number(i + 2, 2)?);
        let (day, month) = if self.writes_month_first() { (month, day) } else { (day, month) };
        let zero_led = [i, i + 2].iter().any(|&k| self.doc.slice(k).len() == 2 && self.doc.slice(k).starts_with('0'));
        // ("Wednesday 18/11", "by 21/11".)
        let said_as_a_date = self.doc.word_in(
            i.wrapping_sub(1),
            &[
                "since", "on", "from", "until", "till", "through", "of", "at", "before", "after", "between", "and",
                "to", "by",
            ],
        ) || self.is_weekday(i.wrapping_sub(1))
            // "Friday (13/11)", "the Friday before (6/11)".
            || self.doc.is_punct(i.wrapping_sub(1), "(")
                && (self.is_weekday(i.wrapping_sub(2))
                    || self.doc.word_in(i.wrapping_sub(2), &["before", "earlier"])
                        && self.is_weekday(i.wrapping_sub(3)));
        ((zero_led || said_as_a_date) && (1..=31).contains(&day) && (1..=12).contains(&month))
            .then(|| (i, i + 2, month_day(month, day)))
    }

    /// A time of day at `i`: "6 p.m.", "18:00", "11:23 p.m.", "0600 GMT": its last token.
    fn time_at(&self, i: usize) -> Option<usize> {
        let hour = self.number(i, 2).filter(|h| *h <= 24)?;
        let mut last = i;
        if self.doc.slice(i + 1) == ":" && self.doc.attached(i + 1) && self.number(i + 2, 2).is_some() {
            last = i + 2;
        }
        let next = self.doc.word(last + 1);
        let meridiem = match next {
            Some("pm" | "am") => Some(last + 1),
            Some("p" | "a") if self.doc.slice(last + 2) == "." && self.doc.attached(last + 2) => {
                // "p.m." is p . m . ; the final dot may also end the sentence.
                (self.doc.word(last + 3) == Some("m")).then(|| {
                    if self.doc.slice(last + 4) == "." {
                        last + 4
                    } else {
                        last + 3
                    }
                })
            }
            Some("gmt" | "utc" | "hrs" | "hours" | "h") if last > i || self.doc.slice(i).len() == 4 => Some(last + 1),
            _ => None,
        };
        match meridiem {
            Some(end) => Some(end),
            None if last > i && hour < 24 => Some(last),
            None => None,
        }
    }

    /// "until Monday (2/11/2026)": a weekday with its full date in brackets is that date
    /// (which may be a week before the weekday's last one).
    fn weekday_with_its_date(&self, last: usize, when: When) -> (usize, When) {
        // ("the Friday before (11/6)": the week before's, with its day and month.)
        let open = if self.doc.word_in(last + 1, &["before", "earlier"]) { last + 2 } else { last + 1 };
        let bracketed = || {
            let (first, date_last, date) = self.date_at(open + 1)?;
            let closed = first == open + 1 && self.doc.is_punct(date_last + 1, ")");
            matches!(date, When::Full(_) | When::MonthDay(..)).then_some((date_last + 1, date)).filter(|_| closed)
        };
        match when {
            When::Weekday(_) if self.doc.is_punct(open, "(") => bracketed().unwrap_or((last, when)),
            _ => (last, when),
        }
    }

    /// Takes "evening" in "Tuesday evening" into the mention.
    fn extend_over_day_parts(&self, last: usize) -> usize {
        match self.doc.word(last + 1) {
            Some(_) if self.doc.has(last + 1, DAY_PARTS) => last + 1,
            _ => last,
        }
    }

    /// The role given by the words before a mention at `first`.
    fn role_before(&self, first: usize) -> Role {
        // A date opening its line ("...cases of malaria since January\n\n11 November of
        // 2026 | 14h32") takes no role from the line above.
        if self.doc.tokens.get(first).is_some_and(|t| t.line_before) {
            return Role::At;
        }
        let mut i = first;
        while i > 0 {
            i -= 1;
            let word = self.doc.word(i);
            let clock_word = |j: usize| matches!(self.doc.word(j), Some("p" | "a" | "m" | "pm" | "am" | "gmt" | "utc"));
            // "6 p.m.", "18:00"; but not "from 63 in week nine", where "from" governs a count.
            let clock_digits = self.is_kind(i, TokenKind::Digits)
                && self.doc.slice(i).len() <= 2
                && (matches!(self.doc.slice(i + 1), "." | ":")
                    || matches!(self.doc.slice(i.wrapping_sub(1)), ":")
                    || clock_word(i + 1));
            let is_time_part =
                self.time_at(i).is_some() || clock_digits || matches!(self.doc.slice(i), "." | ":") || clock_word(i);
            if is_time_part || self.doc.has(i, FILLERS) {
                continue;
            }
            return match word {
                Some("since" | "from" | "between") => Role::Since,
                // "between Wednesday evening and 6 p.m. Thursday": the period's end.
                Some("and") if (i.saturating_sub(6)..i).any(|j| self.word_is(j, "between")) => Role::End,
                Some("through" | "thru" | "until" | "till" | "to" | "ending" | "ended" | "by") => Role::End,
                Some("of") if self.word_is(i.wrapping_sub(1), "as") => Role::End,
                // "As at Nov 16" (British and Singapore English): "at" is a filler.
                Some("as") if self.word_is(i + 1, "at") => Role::End,
                // "so far this year, up to the end of June": the period's end, unless the
                // period starts there ("since the end of May").
                Some("of") if self.word_is(i.wrapping_sub(1), "end") => {
                    let opener =
                        if self.word_is(i.wrapping_sub(2), "the") { i.wrapping_sub(3) } else { i.wrapping_sub(2) };
                    if self.doc.word_in(opener, &["since", "from", "after"]) {
                        Role::Since
                    } else {
                        Role::End
                    }
                }
                // "to the date of 4 of March", "until the day of": "as of" in translation.
                Some("of")
                    if self.doc.word_in(i.wrapping_sub(1), &["date", "day"])
                        && self.word_is(i.wrapping_sub(2), "the")
                        && self.doc.word_in(i.wrapping_sub(3), &["to", "until", "till", "through"]) =>
                {
                    Role::End
                }
                // "in the past week (October 27–November 2)": the last day of the period.
                None if self.ends_a_periods_days(i) => Role::End,
                // "Since the previous update, published on 18 May": that report's day is
                // where the period counted now starts.
                Some(_) if self.publishes_a_report_since(i) => Role::Since,
                // "since the first case was confirmed on April 20": the telling of the
                // clause's event starts the period ("since the first five cases were
                // confirmed on March 27" dates its own count).
                Some(_) if self.doc.has(i, SAYING_VERBS) && !self.since_clause_of_no_count(i) => Role::Report,
                _ if self.inside_since_clause(i) || self.apposed_to_a_since_clause(first, i) => Role::Since,
                // "told journalists in Wa on Friday", "said in a statement on Monday".
                _ if self.after_saying(i) => Role::Report,
                _ => Role::At,
            };
        }
        Role::At
    }

    /// Whether the dash at token `dash` joins two days that a period noun names in
    /// brackets: "in the past week (October 27–November 2)", "the last 14 days (2 – 15
    /// March)". (An epidemiological week's days, "week 9 (27 February – 5 March)", are
    /// the week's: see `weeks_end_on_their_days`.)
    fn ends_a_periods_days(&self, dash: usize) -> bool {
        if !matches!(self.doc.slice(dash), "-" | "\u{2013}" | "\u{2014}") {
            return false;
        }
        let day_before = self.is_kind(dash.wrapping_sub(1), TokenKind::Digits)
            || self.doc.word(dash.wrapping_sub(1)).and_then(month_of).is_some();
        let bracket = (dash.saturating_sub(4)..dash).rev().find(|&i| self.doc.slice(i) == "(");
        day_before
            && bracket.is_some_and(|b| {
                self.doc.word_in(b.wrapping_sub(1), &["week", "weeks", "days", "fortnight", "month", "period"])
            })
    }

    /// Whether a verb of saying stands a few words before token `from`, with only its
    /// object or place between ("told journalists in Wa", "said in a statement").
    /// So does one the telling happened around ("told reporters after launching a
    /// health carnival here yesterday", "said while visiting the ward on Monday").
    fn after_saying(&self, from: usize) -> bool {
        let Some(verb) = (from.saturating_sub(10)..=from)
            .rev()
            .take_while(|&i| !matches!(self.doc.slice(i), "," | ";" | ":") && !self.is_kind(i, TokenKind::Digits))
            .find(|&i| self.doc.has(i, SAYING_VERBS))
        else {
            return false;
        };
        let around_the_telling = (verb + 1..from).any(|i| {
            self.doc.word_in(i, &["after", "while", "before", "during", "when"])
                && self.doc.word(i + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
        });
        // However long the place: "disclosed this at a press briefing in Maiduguri on".
        from - verb <= 5 || around_the_telling || tells_what_came_before(self.doc, verb)
    }

    /// Whether token `verb` publishes a report named after "since": "since the last
    /// update, published on", "since the bulletin issued on".
    fn publishes_a_report_since(&self, verb: usize) -> bool {
        if !(self.doc.has(verb, SAYING_VERBS) || self.doc.word_in(verb, &["issued", "dated", "posted"])) {
            return false;
        }
        let mut report = false;
        for i in (verb.saturating_sub(8)..verb).rev() {
            if self.is_kind(i, TokenKind::Digits) || matches!(self.doc.slice(i), ";" | ":" | ".") {
                return false;
            }
            report |= self.doc.word_in(i, REPORT_NOUNS);
            if self.word_is(i, "since") {
                return report;
            }
        }
        false
    }

    /// "since the first case was confirmed on": a "since" clause that counts nothing
    /// itself (no number word between "since" and `from`).
    fn since_clause_of_no_count(&self, from: usize) -> bool {
        let since = (from.saturating_sub(8)..from).rev().find(|&i| self.word_is(i, "since"));
        self.inside_since_clause(from)
            && since.is_some_and(|since| (since..from).all(|i| !self.doc.has(i, NUMBER_START)))
    }

    /// "since confirming its first case on Thursday": a "since" a few words back,
    /// with no comma or other number in between, makes the day a period's start.
    fn inside_since_clause(&self, from: usize) -> bool {
        // "since the emergency (PHE) status was declared on 4 March": a bracketed
        // abbreviation does not take the date further from its "since".
        let bracketed = (from.saturating_sub(12)..from)
            .filter(|&i| self.doc.slice(i) == ")")
            .filter_map(|close| {
                let open = (close.saturating_sub(3)..close).rev().find(|&j| self.doc.slice(j) == "(")?;
                Some(close + 1 - open)
            })
            .sum::<usize>();
        // ("since the start of the 2026–2027 season (August 24)": a season's years are
        // no count, and take the date no further from its "since".)
        let years = (from.saturating_sub(8 + bracketed)..from).filter(|&i| self.doc.year_at(i).is_some()).count() * 2;
        // ("since the beginning of the current Iranian calendar year (March 21)": a day
        // in brackets glosses the whole clause before it.)
        let gloss = if self.doc.slice(from) == "(" { 4 } else { 0 };
        for i in (from.saturating_sub(8 + bracketed + years + gloss)..=from).rev() {
            let year = self.doc.year_at(i).is_some();
            let standalone_number = self.is_kind(i, TokenKind::Digits) && !self.doc.attached(i) && !year;
            if standalone_number || matches!(self.doc.slice(i), "," | ";" | ":") {
                return false;
            }
            if self.word_is(i, "since") {
                return true;
            }
        }
        false
    }

    /// "a total of 612 since the beginning of the outbreak, in May": a day set off after
    /// a "since" clause says when that clause's start was.
    /// (`first` is the day's first token, `i` the token before it that gives its role,
    /// past words such as "in" that may stand between.)
    fn apposed_to_a_since_clause(&self, first: usize, i: usize) -> bool {
        let preposition = |j: usize| self.doc.word_in(j, &["in", "on"]);
        let comma =
            if preposition(i) { i.checked_sub(1) } else { (preposition(first) || preposition(i + 1)).then_some(i) };
        comma.is_some_and(|c| c >= 1 && self.doc.slice(c) == "," && self.inside_since_clause(c - 1))
    }

    fn word_is(&self, i: usize, expected: &str) -> bool {
        self.doc.word(i) == Some(expected)
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::Doc;
    use super::*;

    fn mentions(text: &str) -> Vec<(String, Option<When>, Role)> {
        let lower = text.to_ascii_lowercase();
        let doc = Doc::new(text, &lower);
        let tokens = &doc.tokens;
        let mut out = Vec::new();
        find_mentions(&doc, &mut out);
        out.iter().map(|m| (text[tokens[m.first].start..tokens[m.last].end].to_string(), m.when, m.role)).collect()
    }

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn finds_absolute_dates_in_common_forms() {
        let got = mentions("On May 15, 2022, and 17 May 2022 and 2022-05-18 and 19.05.2022 and Feb. 18 and 4th March.");
        let whens: Vec<Option<When>> = got.iter().map(|m| m.1).collect();
        assert_eq!(
            whens,
            vec![
                Some(When::Full(date(2022, 5, 15))),
                Some(When::Full(date(2022, 5, 17))),
                Some(When::Full(date(2022, 5, 18))),
                Some(When::Full(date(2022, 5, 19))),
                Some(When::MonthDay(2, 18)),
                Some(When::MonthDay(3, 4)),
            ]
        );
    }

    #[test]
    fn gives_each_mention_its_role() {
        let got = mentions("The agency reported Monday that cases through late Sunday afternoon rose, since Thursday, as of 6 p.m. Friday, on Tuesday evening.");
        let roles: Vec<(&str, Role)> = got.iter().map(|m| (m.0.as_str(), m.2)).collect();
        assert_eq!(
            roles,
            vec![
                ("Monday", Role::Report),
                ("Sunday afternoon", Role::End),
                ("Thursday", Role::Since),
                ("6 p.m.", Role::End),
                ("Friday", Role::End),
                ("Tuesday evening", Role::At),
            ]
        );
    }

    #[test]
    fn resolves_against_the_publication_date() {
        let published = Some(date(2022, 5, 18));
        let weekday = Mention { first: 0, last: 0, when: Some(When::Weekday(Weekday::Tuesday)), role: Role::At };
        assert_eq!(weekday.resolve(published), Some(date(2022, 5, 17)));
        assert_eq!(weekday.resolve(None), None);
        let december = Mention { when: Some(When::MonthDay(12, 30)), ..weekday };
        assert_eq!(december.resolve(Some(date(2026, 1, 2))), Some(date(2025, 12, 30)));
        let yesterday = Mention { when: Some(When::Relative(-1)), ..weekday };
        assert_eq!(yesterday.resolve(published), Some(date(2022, 5, 17)));
    }

    #[test]
    fn a_range_of_days_is_a_period_named_by_its_last_day() {
        let got = mentions("In week 32 (5\u{2013}11 August 2024) and from June 23 to 29 cases rose.");
        // The week ends on the days given beside it.
        assert_eq!(got[0].1, Some(When::Full(date(2024, 8, 11))));
        assert_eq!(got[1].1, Some(When::Full(date(2024, 8, 11))));
        assert_eq!(got[1].2, Role::End);
        assert_eq!(got[2].0, "June 23 to 29");
        assert_eq!((got[2].1, got[2].2), (Some(When::MonthDay(6, 29)), Role::End));
    }

    #[test]
    fn an_epidemiological_week_ends_on_its_sunday() {
        let got = mentions("462 cases in epi-week 39, compared with 518 in week 38 and 63 in week nine of 2024.");
        let whens: Vec<Option<When>> = got.iter().map(|m| m.1).collect();
        assert_eq!(
            whens,
            vec![
                Some(When::EpiWeek(39, None, WeekSystem::Iso)),
                Some(When::EpiWeek(38, None, WeekSystem::Iso)),
                Some(When::EpiWeek(9, Some(2024), WeekSystem::Iso))
            ]
        );
        let week = |w: When, published| Mention { first: 0, last: 0, when: Some(w), role: Role::At }.resolve(published);
        assert_eq!(week(When::EpiWeek(38, None, WeekSystem::Iso), Some(date(2023, 10, 5))), Some(date(2023, 9, 24)));
        assert_eq!(week(When::EpiWeek(9, Some(2024), WeekSystem::Iso), None), Some(date(2024, 3, 3)));
        assert_eq!(week(When::EpiWeek(52, None, WeekSystem::Iso), Some(date(2026, 1, 2))), Some(date(2025, 12, 28)));
    }

    #[test]
    fn a_compact_sunday_start_week_ends_on_its_saturday() {
        // Translated copy sets the abbreviation apart ("in EW 27"); a bare "ME" is none.
        let got = mentions("3,118 cases in ME26, 2,950 in EW 27, and the ME of the district.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "ME26");
        assert_eq!(got[1].0, "EW 27");
        assert_eq!(got[1].1, Some(When::EpiWeek(27, None, WeekSystem::SundayStart)));
        let when = got[0].1.expect("a week");
        assert_eq!(when, When::EpiWeek(26, None, WeekSystem::SundayStart));
        let resolve = |published| Mention { first: 0, last: 0, when: Some(when), role: Role::At }.resolve(published);
        // Week 26 of 2019 ran from Sunday 23 to Saturday 29 June.
        assert_eq!(resolve(Some(date(2019, 7, 4))), Some(date(2019, 6, 29)));
        // Of 2021 (4 January a Monday): Sunday 27 June to Saturday 3 July.
        assert_eq!(resolve(Some(date(2021, 7, 8))), Some(date(2021, 7, 3)));
    }

    #[test]
    fn a_whole_month_is_named_by_its_last_day() {
        let got = mentions("In January alone, 137 cases; in January and February 2024 more; for January to March.");
        let whens: Vec<Option<When>> = got.iter().map(|m| m.1).collect();
        assert_eq!(
            whens,
            vec![Some(When::MonthEnd(1, None)), Some(When::MonthEnd(2, Some(2024))), Some(When::MonthEnd(3, None))]
        );
        let february = Mention { first: 0, last: 0, when: Some(When::MonthEnd(2, Some(2024))), role: Role::At };
        assert_eq!(february.resolve(None), Some(date(2024, 2, 29)));
        let december = Mention { when: Some(When::MonthEnd(12, None)), ..february };
        assert_eq!(december.resolve(Some(date(2026, 1, 5))), Some(date(2025, 12, 31)));
    }

    #[test]
    fn times_of_day_are_mentions_without_a_day() {
        let got = mentions("to 18:00 on 4 March, at 11:23 p.m.");
        assert_eq!(got[0].0, "18:00");
        assert_eq!(got[0].1, None);
        assert_eq!(got[1].1, Some(When::MonthDay(3, 4)));
        assert_eq!(got[1].2, Role::End);
        assert_eq!(got[2].0, "11:23 p.m.");
    }

    #[test]
    fn regression_to_the_date_of_is_a_counts_end_as_as_of_is() {
        let got = mentions("to the date of 9 of October, cases counted at the date of 2 of October");
        assert_eq!((got[0].1, got[0].2), (Some(When::MonthDay(10, 9)), Role::End));
        assert_eq!((got[1].1, got[1].2), (Some(When::MonthDay(10, 2)), Role::At));
    }

    #[test]
    fn regression_a_month_ending_a_sentence_does_not_take_the_next_lines_number_as_its_day() {
        let got = mentions("cases since May.\n\n11:30 - Tembe reported 14 deaths. Rains in June. 4 died.");
        assert!(got.iter().all(|m| !matches!(m.1, Some(When::MonthDay(..)))), "{got:?}");
        assert!(got.iter().any(|m| m.0 == "11:30" && m.1.is_none()), "{got:?}");
        // A shortened month still takes its dot: "Feb. 18".
        assert_eq!(mentions("on Feb. 18")[0].1, Some(When::MonthDay(2, 18)));
    }
}
