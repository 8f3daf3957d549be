//! The vocabulary shared by every layer: what a reported figure is.
//!
//! A [`Figure`] is one number an article reports about the outbreak, with what it
//! counts ([`Metric`]), whether it is a count over a period or a running total
//! ([`Kind`]), the day it is for, and where in the article it was read. Extraction
//! produces figures, series assembly consumes them, the UI lets the user edit them.

use crate::date::Date;
use serde::Serialize;
use std::fmt;

/// The largest value a figure may hold. Beyond it (more than a thousand times the
/// world's population) a "count" is a misreading: extraction refuses it with a note,
/// and the figure editor refuses it as typed.
pub const MAX_VALUE: u64 = 1_000_000_000_000;

/// What a figure counts.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Infections: cases, infected people, people with symptoms.
    Cases,
    /// Deaths.
    Deaths,
    /// Recoveries.
    Recovered,
    /// People currently ill: under treatment, in isolation.
    Active,
    /// Tests performed.
    Tests,
    /// People admitted to hospital.
    Hospitalized,
    /// People vaccinated.
    Vaccinated,
}

impl Metric {
    /// Every metric, in the order the UI lists them.
    pub const ALL: [Metric; 7] = [
        Metric::Cases,
        Metric::Deaths,
        Metric::Recovered,
        Metric::Active,
        Metric::Tests,
        Metric::Hospitalized,
        Metric::Vaccinated,
    ];

    /// The name used in JSON, CSV and the UI ("cases").
    pub fn name(self) -> &'static str {
        match self {
            Metric::Cases => "cases",
            Metric::Deaths => "deaths",
            Metric::Recovered => "recovered",
            Metric::Active => "active",
            Metric::Tests => "tests",
            Metric::Hospitalized => "hospitalized",
            Metric::Vaccinated => "vaccinated",
        }
    }
}

/// Whether a figure is reported over a period or is a running total.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Counted over a period ending on the figure's date ("232,880 new cases").
    New,
    /// Cumulative, or a current stock, as of the figure's date ("bringing the total to").
    Total,
}

impl Kind {
    /// The name used in JSON, CSV and the UI ("new").
    pub fn name(self) -> &'static str {
        match self {
            Kind::New => "new",
            Kind::Total => "total",
        }
    }
}

/// How a figure was qualified in the text; `None` on a figure means stated exactly.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// "more than", "over", "exceeded", "above".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "about", "around", "some", "roughly", "approximately".
    About,
    /// "nearly", "almost".
    Nearly,
    /// "less than", "under", "below", "fewer than".
    LessThan,
}

impl Approx {
    /// The name used in JSON ("more_than").
    pub fn name(self) -> &'static str {
        match self {
            Approx::MoreThan => "more_than",
            Approx::AtLeast => "at_least",
            Approx::About => "about",
            Approx::Nearly => "nearly",
            Approx::LessThan => "less_than",
        }
    }
}

/// The case-status words that keep series apart: fever cases are not confirmed cases.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// People with fever symptoms (counted where testing is scarce).
    Fever,
    /// Suspected cases.
    Suspected,
    /// Laboratory-confirmed cases.
    Confirmed,
    /// Probable cases.
    Probable,
}

impl Subject {
    /// The name used in JSON, CSV and the UI ("fever").
    pub fn name(self) -> &'static str {
        match self {
            Subject::Fever => "fever",
            Subject::Suspected => "suspected",
            Subject::Confirmed => "confirmed",
            Subject::Probable => "probable",
        }
    }
}

/// A byte range of an article's text.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One number an article reports about the outbreak.
#[derive(Clone, PartialEq, Debug, Serialize)]
pub struct Figure {
    /// What it counts.
    pub metric: Metric,
    /// Over a period, or a running total.
    pub kind: Kind,
    /// The number; for a range, its lower end.
    pub value: u64,
    /// The upper end of a range ("between 50 and 60"); `None` for a single number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// For a `new` figure, the length of its counting period in days, where known.
    pub period_days: Option<u32>,
    /// The day the figure is as of (for `new`, the last day of its period);
    /// `None` until the article's publication date is known.
    pub date: Option<Date>,
    /// How the text qualified the number.
    pub approx: Option<Approx>,
    /// The place value of the last digit the text stated: 10,000 for "1.72 million",
    /// 10 for "232,880" (trailing zeros of four-digit numbers count as rounding), 1 for
    /// "62". Series assembly uses it to tell a rounded restatement from a conflict.
    pub precision: u64,
    /// A place below the article's main geography ("Pyongyang"); `None` for the whole.
    pub location: Option<String>,
    /// The case-status word, where the text gives one.
    pub subject: Option<Subject>,
    /// The exact words of the figure, `text == article[start..end]`.
    pub text: String,
    /// First byte of `text` in the article.
    pub start: usize,
    /// One past the last byte of `text` in the article.
    pub end: usize,
    /// The sentence the figure was read from.
    pub sentence: Span,
    /// Why each decision was taken, one line each.
    pub explain: Vec<String>,
    /// The index (in the same article) of a more precise figure this one restates in
    /// rounded form ("more than 1.7 million" restating "1.72 million").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restates: Option<usize>,
}

impl Figure {
    /// Whether this figure was read from the words at bytes `start..end` for `place`:
    /// what identifies a figure across readings of its article, since one phrase may
    /// give several ("Tarn and Oviel each recorded 40").
    pub fn is_read_at(&self, start: usize, end: usize, place: Option<&str>) -> bool {
        self.start == start && self.end == end && self.location.as_deref() == place
    }

    /// A figure stated exactly, with no words behind it: for figures a user adds by
    /// hand, and for tests. Its precision is 1 (every digit counts).
    pub fn new(metric: Metric, kind: Kind, value: u64, date: Option<Date>) -> Figure {
        Figure {
            metric,
            kind,
            value,
            max: None,
            period_days: None,
            date,
            approx: None,
            precision: 1,
            location: None,
            subject: None,
            text: String::new(),
            start: 0,
            end: 0,
            sentence: Span { start: 0, end: 0 },
            explain: Vec::new(),
            restates: None,
        }
    }

    /// The largest value the figure allows: `max` for a range, else `value`.
    pub fn upper(&self) -> u64 {
        self.max.unwrap_or(self.value)
    }

    /// The true values this statement allows, both ends included, given its qualifier
    /// and the precision it was stated with: "more than 1.7 million" allows 1,700,000
    /// to 1,869,999, "1.21 million" 1,200,001 to 1,219,999, "50" only 50.
    pub fn bounds(&self) -> (u64, u64) {
        let stated = self.value;
        let step = self.precision.max(1);
        // Qualified statements ("more than 1.7 million") may sit a rounding step or a
        // tenth away from the truth, whichever is larger.
        let slack = step.max(stated / 10);
        if self.max.is_some() {
            return (stated, self.upper());
        }
        match self.approx {
            Some(Approx::MoreThan) | Some(Approx::AtLeast) => (stated, stated.saturating_add(slack - 1)),
            Some(Approx::Nearly) | Some(Approx::LessThan) => (stated.saturating_sub(slack - 1), stated),
            Some(Approx::About) | None => (stated.saturating_sub(step - 1), stated.saturating_add(step - 1)),
        }
    }

    /// Whether this statement is consistent with a more precise `value` for the same
    /// fact, given its qualifier and the precision it was stated with: "more than 1.7
    /// million" agrees with 1,722,500, "1.21 million" with 1,213,550, "50" not with 51.
    pub fn agrees_with(&self, value: u64) -> bool {
        let (low, high) = self.bounds();
        (low..=high).contains(&value)
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
