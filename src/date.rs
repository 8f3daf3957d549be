//! Calendar days without a date library.
//!
//! Outbreak reports only ever need whole days: "which day is this figure for".
//! A [`Date`] is a count of days since 1970-01-01 in the proleptic Gregorian
//! calendar, which makes "the Tuesday before" or "the day before" plain integer
//! arithmetic. Keeping this in-house saves a date crate in the wasm bundle.

use std::fmt;

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    days: i32,
}

/// The earliest year a [`Date`] accepts. Far enough back for any report we could be
/// given, near enough that day arithmetic never overflows.
pub const MIN_YEAR: i32 = 1000;
/// The latest year a [`Date`] accepts.
pub const MAX_YEAR: i32 = 9999;

/// A day of the week.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// All weekdays, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 for Monday up to 6 for Sunday.
    pub fn index(self) -> i32 {
        self as i32
    }

    /// The English name, capitalised ("Tuesday").
    pub fn name(self) -> &'static str {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][self as usize]
    }

    /// The three-letter abbreviation ("Tue").
    pub fn short_name(self) -> &'static str {
        &self.name()[..3]
    }
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

impl Date {
    /// The day for a year, month (1-12) and day of month, or `None` if there is no such
    /// day (30 February) or the year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { days: days_from_civil(year, month, day) })
    }

    /// Year, month (1-12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Days since 1970-01-01 (negative before it): the chart's x coordinate.
    pub fn day_number(self) -> i32 {
        self.days
    }

    /// The day with the given day number, if its year is within range.
    pub fn from_day_number(days: i32) -> Option<Date> {
        let date = Date { days };
        (MIN_YEAR..=MAX_YEAR).contains(&date.year()).then_some(date)
    }

    /// The day `n` days later (earlier for negative `n`), if still within range.
    pub fn add_days(self, n: i32) -> Option<Date> {
        self.days.checked_add(n).and_then(Date::from_day_number)
    }

    /// The same day of the month before, or that month's last day when it is shorter
    /// (31 March -> 28 or 29 February).
    pub fn month_before(self) -> Option<Date> {
        let (year, month, day) = self.ymd();
        let (year, month) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
        Date::from_ymd(year, month, day.min(days_in_month(year, month)))
    }

    /// Whole days from `earlier` to `self` (negative if `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.days - earlier.days
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::ALL[((self.days + 3).rem_euclid(7)) as usize]
    }

    /// The most recent `weekday` on or before `self`.
    pub fn weekday_on_or_before(self, weekday: Weekday) -> Option<Date> {
        let back = (self.weekday().index() - weekday.index()).rem_euclid(7);
        self.add_days(-back)
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = parse_digits(&text[0..4])?;
        let month = parse_digits(&text[5..7])?;
        let day = parse_digits(&text[8..10])?;
        Date::from_ymd(year as i32, month, day)
    }

    /// A reader's form: "Tue 17 May 2022".
    pub fn long_form(self) -> String {
        let mut out = String::with_capacity(16);
        self.push_long_form(&mut out);
        out
    }

    /// Appends [`Date::long_form`] to `out`: an explanation line is written in one
    /// buffer rather than joined from a string per day.
    pub fn push_long_form(self, out: &mut String) {
        let (year, month, day) = self.ymd();
        // Written piece by piece, not with `format!`: extraction writes days into the
        // explanations of nearly every figure, and the formatting machinery was a
        // noticeable share of its time. A year is four digits (MIN_YEAR..=MAX_YEAR).
        let digit = |n: i64| char::from(b'0' + n.rem_euclid(10) as u8);
        out.push_str(self.weekday().short_name());
        out.push(' ');
        if day >= 10 {
            out.push(digit(i64::from(day) / 10));
        }
        out.push(digit(i64::from(day)));
        out.push(' ');
        out.push_str(&MONTH_NAMES[month as usize - 1][..3]);
        out.push(' ');
        out.extend([1000, 100, 10, 1].map(|place| digit(i64::from(year) / place)));
    }
}

fn parse_digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1-12) of a year; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic
// Gregorian calendar, integer-only.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_across_four_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap();
        for n in 0..(400 * 366) {
            let date = start.add_days(n).unwrap();
            let (y, m, d) = date.ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(date));
        }
    }

    #[test]
    fn knows_weekdays_and_leap_days() {
        assert_eq!(Date::from_ymd(2022, 5, 17).unwrap().weekday(), Weekday::Tuesday);
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().weekday(), Weekday::Thursday);
        assert_eq!(Date::from_ymd(1899, 12, 31).unwrap().weekday(), Weekday::Sunday);
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        assert!(Date::from_ymd(2023, 2, 29).is_none());
        assert!(Date::from_ymd(1900, 2, 29).is_none());
        assert!(Date::from_ymd(2000, 2, 29).is_some());
        assert!(Date::from_ymd(2022, 4, 31).is_none());
    }

    #[test]
    fn finds_the_weekday_on_or_before() {
        let wednesday = Date::from_ymd(2022, 5, 18).unwrap();
        assert_eq!(wednesday.weekday_on_or_before(Weekday::Tuesday), Date::from_ymd(2022, 5, 17));
        assert_eq!(wednesday.weekday_on_or_before(Weekday::Wednesday), Some(wednesday));
        assert_eq!(wednesday.weekday_on_or_before(Weekday::Thursday), Date::from_ymd(2022, 5, 12));
        // 2 January 2026 is a Friday; the Saturday before it is in the previous year.
        let jan2 = Date::from_ymd(2026, 1, 2).unwrap();
        assert_eq!(jan2.weekday_on_or_before(Weekday::Saturday), Date::from_ymd(2025, 12, 27));
    }

    #[test]
    fn the_month_before_keeps_the_day_or_takes_the_shorter_months_last() {
        let before = |iso: &str| Date::parse_iso(iso).and_then(Date::month_before).map(|d| d.to_string());
        assert_eq!(before("2024-04-18").as_deref(), Some("2024-03-18"));
        assert_eq!(before("2024-03-31").as_deref(), Some("2024-02-29"));
        assert_eq!(before("2025-01-15").as_deref(), Some("2024-12-15"));
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let date = Date::parse_iso("2022-05-16").unwrap();
        assert_eq!(date.to_string(), "2022-05-16");
        assert_eq!(date.long_form(), "Mon 16 May 2022");
        for bad in ["2022-5-16", "2022-13-01", "2022-02-30", "abcd-ef-gh", "", "2022-05-16x"] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn long_form_spells_one_and_two_digit_days_and_every_year() {
        assert_eq!(Date::from_ymd(2026, 1, 2).unwrap().long_form(), "Fri 2 Jan 2026");
        // Written digit by digit: checked against the formatting machinery it replaced,
        // across the supported years.
        let (first, last) = (Date::from_ymd(MIN_YEAR, 1, 1).unwrap(), Date::from_ymd(MAX_YEAR, 12, 31).unwrap());
        for days in (first.day_number()..=last.day_number()).step_by(997) {
            let date = Date::from_day_number(days).unwrap();
            let (year, month, day) = date.ymd();
            let expected =
                format!("{} {day} {} {year}", date.weekday().short_name(), &MONTH_NAMES[month as usize - 1][..3]);
            assert_eq!(date.long_form(), expected);
        }
    }

    #[test]
    fn refuses_days_outside_the_supported_years() {
        assert!(Date::from_ymd(999, 12, 31).is_none());
        let last = Date::from_ymd(MAX_YEAR, 12, 31).unwrap();
        assert_eq!(last.add_days(1), None);
        assert_eq!(last.add_days(i32::MAX), None);
    }
}
