//! Tokens -> quantities: "392,900", "1.72 million", "twenty-one", "3,45,678",
//! "164 crore 44 lakh", "712-thousand-45", "between 50 and 60", each with the
//! qualifier before it ("more than", "nearly") and the precision it was stated with.
//!
//! Arithmetic is exact: a number is kept as an integer mantissa and a count of
//! decimal places until its multiplier is applied, so "1,7 million" can never drift
//! into 1,699,999 and nothing wraps silently (too-large numbers are refused).

use super::lexicon::{NUMBER_START, QUALIFIER_WORDS};
use super::scan::{Doc, TokenKind};
use crate::figure::{Approx, MAX_VALUE};

/// A number read from the text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Quantity {
    /// Token index where the qualifier (or, without one, the number) starts.
    pub first: usize,
    /// Token index where the number itself starts.
    pub number_first: usize,
    /// Token index of the last token of the number (multiplier, range end included).
    pub last: usize,
    /// The value (a range's lower end).
    pub value: u64,
    /// A range's upper end.
    pub max: Option<u64>,
    /// The qualifier before it.
    pub approx: Option<Approx>,
    /// Written as a single run of digits without separators ("2022", "19"): such
    /// numbers may be years, times or parts of names.
    pub bare_digits: bool,
    /// Written with a decimal point but no multiplier ("1.6"): a rate, not a count.
    pub fractional: bool,
    /// Written in words ("eight").
    pub in_words: bool,
}

impl Quantity {
    /// A count told by one word that is no number: a rank ("its ninth case") or "a new
    /// case".
    pub(crate) fn in_one_word(at: usize, value: u64) -> Quantity {
        Quantity {
            first: at,
            number_first: at,
            last: at,
            value,
            max: None,
            approx: None,
            bare_digits: false,
            fractional: false,
            in_words: true,
        }
    }
}

/// The rank an ordinal word gives ("ninth" -> 9), from the second to the fiftieth in
/// tens: "its ninth case" is a running total of nine.
pub(crate) fn ordinal_word(word: &str) -> Option<u64> {
    const ORDINALS: [&str; 19] = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];
    // Asked of every word that is no number: most end otherwise.
    if !(word.ends_with("th") || word == "second" || word == "third") {
        return None;
    }
    if let Some(at) = ORDINALS.iter().position(|w| *w == word) {
        return Some(at as u64 + 2);
    }
    Some(match word {
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        _ => return None,
    })
}

/// Why a number could not be read as a quantity.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NumberProblem {
    /// Larger than [`MAX_VALUE`], or beyond exact arithmetic.
    TooLarge,
}

/// A number before its multiplier: mantissa / 10^decimals.
#[derive(Clone, Copy, Debug)]
struct Decimal {
    mantissa: u128,
    decimals: u32,
}

impl Decimal {
    /// The value times `multiplier`, or `None` past exact arithmetic (or saturated).
    fn times(self, multiplier: u128) -> Option<u128> {
        if self.mantissa == u128::MAX {
            return None;
        }
        let scaled = self.mantissa.checked_mul(multiplier)?;
        Some(scaled / 10u128.checked_pow(self.decimals)?)
    }
}

/// Reads the quantity starting at token `at`, if there is one. `Err` means a number
/// was there but cannot be a figure.
pub(crate) fn parse_at(doc: &Doc<'_>, at: usize) -> Option<Result<Quantity, (usize, NumberProblem)>> {
    let reader = Reader { doc };
    let (value, mut last, shape) = reader.sum_of_terms(at)?;
    let mut range = None;
    if let Some((lower, upper, upper_last)) = value.and_then(|v| reader.range_end(at, last, v, shape)) {
        range = Some((lower, upper));
        last = upper_last;
    }
    let (value, max) = match range {
        Some((lower, upper)) => (Some(lower), Some(upper)),
        None => (value, None),
    };
    let between = range.is_some() && reader.word_before(at, 0) == Some("between");
    let (first, approx) = if between { (at - 1, None) } else { reader.qualifier(at) };
    let fits = |v: u128| v <= u128::from(MAX_VALUE);
    let Some(value) = value.filter(|v| fits(*v)) else {
        return Some(Err((last, NumberProblem::TooLarge)));
    };
    Some(Ok(Quantity {
        first,
        number_first: at,
        last,
        value: value as u64,
        max: max.map(|m| m as u64),
        approx,
        bare_digits: shape.bare_digits,
        fractional: shape.fractional,
        in_words: shape.in_words,
    }))
}

/// Whether a number may start at token `at`: digits, or a word numbers begin with.
/// A cheap test that spares [`parse_at`] the many words that start none.
pub(crate) fn may_start_at(doc: &Doc<'_>, at: usize) -> bool {
    match doc.kind(at) {
        Some(TokenKind::Digits) => true,
        Some(TokenKind::Word) => doc.has(at, NUMBER_START),
        _ => false,
    }
}

/// The place value of the last stated digit: 10^(trailing zeros) for numbers of a
/// thousand or more ("1.72 million" -> 10,000), 1 below that (where a round number
/// is as likely exact: "50 deaths").
pub(crate) fn precision_of(value: u64) -> u64 {
    if value < 1000 {
        return 1;
    }
    let mut precision = 1;
    let mut rest = value;
    while rest.is_multiple_of(10) && rest > 0 {
        precision *= 10;
        rest /= 10;
    }
    precision
}

#[derive(Clone, Copy, Default, Debug)]
struct Shape {
    bare_digits: bool,
    fractional: bool,
    in_words: bool,
    multiplied: bool,
}

/// The largest of hundred, thousand, million and billion that `value` is a whole
/// multiple of; 1 for none.
fn scale_of(value: Option<u128>) -> u128 {
    [1_000_000_000, 1_000_000, 1_000, 100]
        .into_iter()
        .find(|&scale| value.is_some_and(|value| value >= scale && value % scale == 0))
        .unwrap_or(1)
}

/// Reads numbers from a document's tokens.
struct Reader<'d> {
    doc: &'d Doc<'d>,
}

impl<'d> Reader<'d> {
    /// The lower-cased word `back + 1` tokens before `i`, if it can be part of a
    /// qualifier phrase.
    fn word_before(&self, i: usize, back: usize) -> Option<&'d str> {
        let at = i.checked_sub(back + 1)?;
        self.doc.word(at).filter(|_| self.doc.has(at, QUALIFIER_WORDS))
    }

    /// A sum of descending (number x multiplier) terms: "164 crore 44 lakh",
    /// "1-million-204-thousand", "two hundred thousand", "1.72 million".
    fn sum_of_terms(&self, at: usize) -> Option<(Option<u128>, usize, Shape)> {
        let (first, mut last, mut shape) = self.term(at)?;
        let mut total = first.0;
        // Words carry their multiplier in their value ("one-thousand" is 1,000 times 1):
        // its scale is what the next term must stay under ("one-thousand-2-hundred-and-6").
        let mut previous_multiplier = match first.1 {
            1 if shape.in_words => scale_of(first.0),
            multiplier => multiplier,
        };
        loop {
            // Broadcast style joins terms with hyphens ("1-thousand-2-hundred-and-88");
            // lakh/crore with spaces.
            let hyphen_at = |i: usize| self.doc.is_punct(i, "-") && self.doc.attached(i) && self.doc.attached(i + 1);
            let next = if hyphen_at(last + 1) && self.doc.word(last + 2) == Some("and") && hyphen_at(last + 3) {
                last + 4
            } else if hyphen_at(last + 1) {
                last + 2
            } else if previous_multiplier >= 100_000 && self.doc.kind(last + 1) == Some(TokenKind::Digits) {
                last + 1
            } else {
                break;
            };
            if self.doc.kind(next) != Some(TokenKind::Digits) || previous_multiplier <= 1 {
                break;
            }
            let Some(((value, multiplier), term_last, _)) = self.term(next) else {
                break;
            };
            if multiplier >= previous_multiplier || value.is_some_and(|v| v >= previous_multiplier) {
                break;
            }
            total = total.zip(value).and_then(|(a, b)| a.checked_add(b));
            previous_multiplier = multiplier;
            last = term_last;
            shape.bare_digits = false;
        }
        Some((total, last, shape))
    }

    /// One number with its multiplier: returns ((value, multiplier), last token, shape).
    #[allow(clippy::type_complexity)]
    fn term(&self, at: usize) -> Option<((Option<u128>, u128), usize, Shape)> {
        let (decimal, mut last, mut shape) = match self.doc.kind(at)? {
            TokenKind::Digits => self.digits(at)?,
            TokenKind::Word => self.words(at)?,
            TokenKind::Punct => return None,
        };
        let mut multiplier: Option<u128> = Some(1);
        if let Some((exponent, e_last)) = self.exponent_after(last) {
            // "1.5e6": exact when the decimal places fit in the exponent; "1.55e1"
            // (15.5) and "2e-3" are measures, never counts rounded to a whole.
            let whole = exponent.filter(|&e| e >= decimal.decimals);
            multiplier = whole.map_or(Some(1), |e| 10u128.checked_pow(e));
            last = e_last;
            shape.bare_digits = false;
            shape.multiplied = whole.is_some();
            shape.fractional = whole.is_none();
        }
        // Stacked multipliers multiply: "a thousand million", "999 trillion billion".
        while let Some((m, m_last)) = self.multiplier_after(last) {
            multiplier = multiplier.and_then(|value| value.checked_mul(m));
            last = m_last;
            shape.multiplied = true;
            shape.bare_digits = false;
            shape.fractional = false;
        }
        // Past exact arithmetic: no value (refused as too large), the largest multiplier.
        let value = multiplier.and_then(|m| decimal.times(m));
        Some(((value, multiplier.unwrap_or(u128::MAX)), last, shape))
    }

    /// The exponent of scientific notation glued to the number ending at token `last`
    /// ("e6", "E+6"; `None` for a negative one, "e-3") and the token it ends at.
    fn exponent_after(&self, last: usize) -> Option<(Option<u32>, usize)> {
        let e = last + 1;
        if self.doc.word(e)? != "e" || !self.doc.attached(e) {
            return None;
        }
        let sign = (self.doc.is_punct(e + 1, "+") || self.doc.is_punct(e + 1, "-")) && self.doc.attached(e + 1);
        let digits = if sign { e + 2 } else { e + 1 };
        if self.doc.kind(digits)? != TokenKind::Digits || !self.doc.attached(digits) {
            return None;
        }
        let negative = sign && self.doc.is_punct(e + 1, "-");
        let exponent = u32::try_from(self.digit_value(digits)).unwrap_or(u32::MAX);
        Some(((!negative).then_some(exponent), digits))
    }

    /// A multiplier word after token `last`: " million", "m" glued on, "-thousand".
    fn multiplier_after(&self, last: usize) -> Option<(u128, usize)> {
        let mut at = last + 1;
        let hyphenated = self.doc.is_punct(at, "-") && self.doc.attached(at) && self.doc.attached(at + 1);
        if hyphenated {
            at += 1;
        }
        let word = self.doc.word(at)?;
        let glued = self.doc.attached(at);
        let multiplier = match word {
            "hundred" if hyphenated => 100,
            "thousand" | "thousands" => 1_000,
            "million" | "millions" | "mln" | "mn" => 1_000_000,
            "billion" | "billions" | "bln" | "bn" => 1_000_000_000,
            "trillion" => 1_000_000_000_000,
            // Never counts of people, but read so that the note says "too large"
            // instead of the number before them passing as a count.
            "quadrillion" => 10u128.pow(15),
            "quintillion" => 10u128.pow(18),
            "sextillion" => 10u128.pow(21),
            "septillion" => 10u128.pow(24),
            "octillion" => 10u128.pow(27),
            "nonillion" => 10u128.pow(30),
            "decillion" => 10u128.pow(33),
            "lakh" | "lakhs" | "lac" | "lacs" => 100_000,
            "crore" | "crores" => 10_000_000,
            "k" if glued => 1_000,
            "m" if glued => 1_000_000,
            "b" if glued => 1_000_000_000,
            _ => return None,
        };
        // "2.3Mln" and "100K" are glued; "5 m" is a distance, not a multiplier.
        Some((multiplier, at))
    }

    /// Digits with thousands separators (comma, apostrophe, space-like, dot), Indian
    /// grouping, and a decimal part.
    fn digits(&self, at: usize) -> Option<(Decimal, usize, Shape)> {
        let lead = self.digit_value(at);
        let lead_len = self.doc.digit_count(at);
        let mut mantissa = lead;
        let mut last = at;
        // The length of the first thousands group, and whether there are any.
        let mut first_group: Option<usize> = None;
        let mut separator: Option<&str> = None;
        // Thousands groups.
        loop {
            let sep_at = last + 1;
            let (group_at, sep) = if self.doc.kind(sep_at) == Some(TokenKind::Punct)
                && self.doc.attached(sep_at)
                && self.doc.attached(sep_at + 1)
                && matches!(self.doc.slice(sep_at), "," | "'" | "\u{2019}" | ".")
            {
                (sep_at + 1, self.doc.slice(sep_at))
            } else if self.doc.kind(sep_at) == Some(TokenKind::Digits)
                && self.single_space_between(last, sep_at)
                && lead_len <= 3
                && self.doc.digit_count(sep_at) == 3
            {
                (sep_at, " ")
            } else {
                break;
            };
            if self.doc.kind(group_at) != Some(TokenKind::Digits) || separator.is_some_and(|s| s != sep) {
                break;
            }
            let len = self.doc.digit_count(group_at);
            let is_group = match sep {
                "," => len == 3 || (len == 2 && self.indian_group_continues(group_at)),
                "." => {
                    len == 3
                        && (first_group.is_some()
                            || self.doc.is_punct(group_at + 1, ".")
                            || !self.decimal_context(group_at))
                }
                _ => len == 3,
            };
            if !is_group {
                break;
            }
            mantissa = mantissa.saturating_mul(10u128.pow(len as u32)).saturating_add(self.digit_value(group_at));
            first_group = first_group.or(Some(len));
            separator = Some(sep);
            last = group_at;
        }
        if first_group == Some(2) && lead_len > 2 {
            return None;
        }
        let mut shape = Shape { bare_digits: first_group.is_none(), ..Shape::default() };
        let mut decimals = 0;
        // A decimal part: "1.72", or a decimal comma "1,7 million" where thousands
        // grouping is impossible (not three digits).
        let point = last + 1;
        let decimal_mark = (self.doc.is_punct(point, ".") && separator != Some("."))
            || (self.doc.is_punct(point, ",") && first_group.is_none() && self.doc.digit_count(point + 1) < 3);
        if decimal_mark
            && self.doc.attached(point)
            && self.doc.attached(point + 1)
            && self.doc.kind(point + 1) == Some(TokenKind::Digits)
        {
            // A comma before one or two digits cannot group thousands: "4,0 %", "1,7 million".
            let fraction = point + 1;
            let places = self.doc.digit_count(fraction) as u32;
            mantissa =
                mantissa.saturating_mul(10u128.saturating_pow(places)).saturating_add(self.digit_value(fraction));
            decimals = places;
            last = fraction;
            shape.bare_digits = false;
            shape.fractional = true;
        }
        Some((Decimal { mantissa, decimals }, last, shape))
    }

    /// "3,45,678": two-digit groups must end in a three-digit group.
    fn indian_group_continues(&self, group_at: usize) -> bool {
        let mut at = group_at;
        while self.doc.is_punct(at + 1, ",")
            && self.doc.attached(at + 1)
            && self.doc.kind(at + 2) == Some(TokenKind::Digits)
        {
            at += 2;
            match self.doc.digit_count(at) {
                3 => return true,
                2 => continue,
                _ => return false,
            }
        }
        false
    }

    /// Whether "1.234" reads as a decimal here: it does when a multiplier follows.
    fn decimal_context(&self, fraction_at: usize) -> bool {
        self.multiplier_after(fraction_at).is_some()
    }

    fn single_space_between(&self, left: usize, right: usize) -> bool {
        let gap = &self.doc.text[self.doc.tokens[left].end..self.doc.tokens[right].start];
        let mut chars = gap.chars();
        matches!(chars.next(), Some(' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}')) && chars.next().is_none()
    }

    /// The digits' value, saturating: a 40-digit number becomes `u128::MAX`, which
    /// the caller refuses as too large rather than wrapping.
    fn digit_value(&self, i: usize) -> u128 {
        self.doc
            .slice(i)
            .bytes()
            .filter(u8::is_ascii_digit)
            .fold(0u128, |value, b| value.saturating_mul(10).saturating_add(u128::from(b - b'0')))
    }

    /// A number in words: "eight", "twenty-one", "two hundred thousand", "a dozen",
    /// "half a million", "three-point-4 million". The multiplier words "thousand",
    /// "million" are read here too when they follow word numbers.
    fn words(&self, at: usize) -> Option<(Decimal, usize, Shape)> {
        let first = self.doc.word(at)?;
        let shape = Shape { in_words: true, ..Shape::default() };
        // "a dozen", "a hundred", "half a million".
        match first {
            "a" | "an" => {
                let next = self.doc.word(at + 1)?;
                let value = match next {
                    "dozen" => 12,
                    "hundred" => 100,
                    "thousand" => 1_000,
                    "million" => 1_000_000,
                    _ => return None,
                };
                return Some((Decimal { mantissa: value, decimals: 0 }, at + 1, shape));
            }
            "half" => {
                if self.doc.word(at + 1)? == "a" {
                    let value = match self.doc.word(at + 2)? {
                        "million" => 500_000,
                        "billion" => 500_000_000,
                        "thousand" => 500,
                        "dozen" => 6,
                        _ => return None,
                    };
                    return Some((Decimal { mantissa: value, decimals: 0 }, at + 2, shape));
                }
                return None;
            }
            _ => {}
        }
        unit_word(first)?;
        let mut total: u128 = 0;
        let mut current: u128 = 0;
        let mut last = at;
        let mut i = at;
        let mut decimals = 0;
        while let Some(word) = self.doc.word(i) {
            if let Some(unit) = unit_word(word) {
                // A unit may follow nothing, a hundred ("two hundred five") or a tens
                // word ("twenty one"); "one two" is two numbers.
                let tens_then_unit = current % 100 >= 20 && current.is_multiple_of(10) && unit < 10;
                if !(current == 0 || current.is_multiple_of(100) || tens_then_unit) {
                    break;
                }
                current = current.saturating_add(unit);
            } else if word == "hundred" && current > 0 {
                current = current.saturating_mul(100);
            } else if word == "dozen" && current > 0 {
                current = current.saturating_mul(12);
            } else if matches!(word, "thousand" | "million" | "billion" | "lakh" | "crore")
                && (current > 0 || total > 0)
            {
                // Multipliers after word numbers; a later smaller group may follow.
                let multiplier: u128 = match word {
                    "thousand" => 1_000,
                    "million" => 1_000_000,
                    "billion" => 1_000_000_000,
                    "lakh" => 100_000,
                    _ => 10_000_000,
                };
                let current_or_one = if current == 0 { 1 } else { current };
                total = total.saturating_add(current_or_one.saturating_mul(multiplier));
                current = 0;
            } else if word == "point"
                && self.doc.is_punct(i + 1, "-")
                && self.doc.kind(i + 2) == Some(TokenKind::Digits)
            {
                // "three-point-4 million".
                let places = self.doc.digit_count(i + 2) as u32;
                current = current.saturating_mul(10u128.saturating_pow(places)).saturating_add(self.digit_value(i + 2));
                decimals = places;
                last = i + 2;
                i += 3;
                if self.doc.is_punct(i, "-") || self.multiplier_after(last).is_some() {
                    break;
                }
                continue;
            } else if word == "and" && i > at && self.next_is_unit(i + 1) {
                i += 1;
                continue;
            } else {
                break;
            }
            last = i;
            i += 1;
            // Words join with hyphens ("twenty-one") or spaces.
            if self.doc.is_punct(i, "-") && self.doc.attached(i) && self.next_is_number_word(i + 1) {
                i += 1;
            }
        }
        if decimals > 0 {
            // Only "N-point-M" with a multiplier after it makes sense; the caller
            // applies the multiplier.
            return Some((Decimal { mantissa: current, decimals }, last, shape));
        }
        Some((Decimal { mantissa: total.saturating_add(current), decimals: 0 }, last, shape))
    }

    fn next_is_unit(&self, i: usize) -> bool {
        self.doc.word(i).is_some_and(|w| unit_word(w).is_some())
    }

    fn next_is_number_word(&self, i: usize) -> bool {
        self.doc.word(i).is_some_and(|w| {
            unit_word(w).is_some() || matches!(w, "hundred" | "thousand" | "million" | "billion" | "point")
        })
    }

    /// "50 to 60", "50-60", "between 50 and 60": (lower, upper, last token), if a range.
    fn range_end(&self, at: usize, last: usize, value: u128, shape: Shape) -> Option<(u128, u128, usize)> {
        let between = self.word_before(at, 0) == Some("between");
        let joiner = last + 1;
        let is_joiner = if between {
            self.doc.word(joiner) == Some("and")
        } else {
            self.doc.word(joiner) == Some("to")
                || (matches!(self.doc.slice(joiner), "-" | "\u{2013}")
                    && self.doc.attached(joiner)
                    && self.doc.attached(joiner + 1))
        };
        // "rose from 50 to 60" and "rose by 991 to 69,210" are changes, not ranges;
        // "2021-2022" are years.
        let change = matches!(self.doc.word(at.wrapping_sub(1)), Some("from" | "by"));
        if !is_joiner || change || (shape.bare_digits && (1900..=2100).contains(&value)) {
            return None;
        }
        if self.doc.kind(joiner + 1) != Some(TokenKind::Digits) && !shape.in_words {
            return None;
        }
        let ((_, upper_multiplier), _, _) = self.term(joiner + 1)?;
        let (upper, upper_last, _) = self.sum_of_terms(joiner + 1)?;
        let upper = upper?;
        // "1.2 to 1.5 million": the multiplier after the upper end applies to both.
        let lower = if upper_multiplier > 1 && !shape.multiplied {
            let (decimal, _, _) = match self.doc.kind(at)? {
                TokenKind::Digits => self.digits(at)?,
                _ => self.words(at)?,
            };
            decimal.times(upper_multiplier)?
        } else {
            value
        };
        (upper > lower).then_some((lower, upper, upper_last))
    }

    /// The qualifier right before token `at`, and where it starts.
    fn qualifier(&self, at: usize) -> (usize, Option<Approx>) {
        // The up to three words right before the number, in text order, at the end
        // of `before` (on the stack: this runs for every number).
        const MAX_WORDS: usize = 3;
        let mut before = [""; MAX_WORDS];
        let mut count = 0;
        while let Some(word) = (count < MAX_WORDS).then(|| self.word_before(at, count)).flatten() {
            count += 1;
            if let Some(slot) = before.get_mut(MAX_WORDS - count) {
                *slot = word;
            }
        }
        // "the cases add up to 2 318" (translated "suman"): a sum, not a bound.
        let sum = |n: usize| {
            n == 2
                && before.get(MAX_WORDS - 2..) == Some(&["up", "to"][..])
                && at.checked_sub(3).is_some_and(|i| self.doc.word_in(i, &["add", "adds", "added", "adding", "sum"]))
        };
        // The longest phrase first: "no more than" before "more than".
        for n in (1..=count).rev() {
            if sum(n) {
                return (at, None);
            }
            if let Some(approx) = before.get(MAX_WORDS - n..).and_then(qualifier_of) {
                return (at - n, Some(approx));
            }
        }
        (at, None)
    }
}

fn qualifier_of(phrase: &[&str]) -> Option<Approx> {
    Some(match phrase {
        ["more", "than"]
        | ["over"]
        | ["above"]
        | ["exceeded"]
        | ["exceeding"]
        | ["exceeds"]
        | ["exceed"]
        | ["surpassed"]
        | ["surpass"]
        | ["surpasses"]
        | ["passed"]
        | ["pass"]
        | ["passes"]
        | ["topped"]
        | ["tops"]
        | ["top"]
        | ["crossed"]
        | ["crosses"]
        | ["cross"]
        | ["in", "excess", "of"]
        | ["upwards", "of"]
        // "crossed the 12-lakh mark".
        | ["crossed" | "crosses" | "cross" | "passed" | "passes" | "topped" | "tops" | "surpassed", "the"] => {
            Approx::MoreThan
        }
        ["at", "least"] | ["no", "fewer", "than"] | ["no", "less", "than"] => Approx::AtLeast,
        ["about"] | ["around"] | ["some"] | ["roughly"] | ["approximately"] | ["an", "estimated"] | ["estimated"] => {
            Approx::About
        }
        // "deaths near 3,000", "the toll neared 400".
        ["nearly"] | ["almost"] | ["close", "to"] | ["just", "under"] | ["near" | "nears" | "neared" | "nearing"] => {
            Approx::Nearly
        }
        ["less", "than"] | ["under"] | ["below"] | ["fewer", "than"] | ["up", "to"] => Approx::LessThan,
        _ => return None,
    })
}

/// The value of a unit or tens word ("eight" -> 8, "twenty" -> 20).
fn unit_word(word: &str) -> Option<u128> {
    Some(match word {
        "zero" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::scan::Doc;
    use super::*;

    /// Reads the first quantity in `text`: (value, max, approx).
    fn read(text: &str) -> Option<(u64, Option<u64>, Option<Approx>)> {
        let lower = text.to_ascii_lowercase();
        let doc = Doc::new(text, &lower);
        (0..doc.tokens.len()).find_map(|i| match parse_at(&doc, i) {
            Some(Ok(q)) => Some((q.value, q.max, q.approx)),
            _ => None,
        })
    }

    fn value(text: &str) -> Option<u64> {
        read(text).map(|r| r.0)
    }

    #[test]
    fn reads_digit_groupings() {
        assert_eq!(value("392,900 cases"), Some(392_900));
        assert_eq!(value("3 518 204 cases"), Some(3_518_204));
        assert_eq!(value("3\u{2009}518\u{2009}204"), Some(3_518_204));
        assert_eq!(value("3'518'204"), Some(3_518_204));
        assert_eq!(value("3,45,678 cases"), Some(345_678));
        assert_eq!(value("2,10,45,300 cases"), Some(21_045_300));
        assert_eq!(value("1.234.567 Fälle"), Some(1_234_567));
        assert_eq!(value("392\u{200b}900"), Some(392_900));
    }

    #[test]
    fn reads_multipliers_exactly() {
        assert_eq!(value("1.72 million"), Some(1_720_000));
        assert_eq!(value("1.2m"), Some(1_200_000));
        assert_eq!(value("2.3Mln"), Some(2_300_000));
        assert_eq!(value("100K"), Some(100_000));
        assert_eq!(value("2.5bn"), Some(2_500_000_000));
        assert_eq!(value("3 lakh"), Some(300_000));
        assert_eq!(value("164 crore 44 lakh"), Some(1_644_400_000));
        assert_eq!(value("712-thousand-45"), Some(712_045));
        assert_eq!(value("1-million-204-thousand"), Some(1_204_000));
        assert_eq!(value("11-thousand-9-hundred new cases"), Some(11_900));
        assert_eq!(value("1-thousand-2-hundred-and-88"), Some(1_288));
        assert_eq!(value("0.1 million"), Some(100_000));
    }

    #[test]
    fn a_broadcast_number_whose_first_term_is_in_words_is_read_whole() {
        // "one-thousand" was read alone, and "2-hundred-and-6" as a second number.
        assert_eq!(value("one-thousand-2-hundred-and-6 more"), Some(1_206));
        assert_eq!(value("Two-million-40-thousand doses"), Some(2_040_000));
        assert_eq!(value("twenty-one-3 cases"), Some(21));
    }

    #[test]
    fn a_decimal_comma_is_not_a_thousands_separator() {
        assert_eq!(value("1,7 million"), Some(1_700_000));
        assert_eq!(value("1,72 million"), Some(1_720_000));
        assert_eq!(value("1,720 cases"), Some(1_720));
    }

    #[test]
    fn reads_numbers_in_words() {
        assert_eq!(value("eight new deaths"), Some(8));
        assert_eq!(value("Fifteen people"), Some(15));
        assert_eq!(value("twenty-one cases"), Some(21));
        assert_eq!(value("two hundred thousand"), Some(200_000));
        assert_eq!(value("a dozen"), Some(12));
        assert_eq!(value("half a million"), Some(500_000));
        assert_eq!(value("nearly two thousand"), Some(2_000));
        assert_eq!(value("one hundred and twenty"), Some(120));
        assert_eq!(value("three-point-4 million"), Some(3_400_000));
        assert_eq!(value("three lakh"), Some(300_000));
    }

    #[test]
    fn keeps_qualifiers() {
        assert_eq!(read("more than 392,900").unwrap().2, Some(Approx::MoreThan));
        assert_eq!(read("exceeded 1.7 million").unwrap().2, Some(Approx::MoreThan));
        assert_eq!(read("at least 168 people").unwrap().2, Some(Approx::AtLeast));
        assert_eq!(read("roughly 40").unwrap().2, Some(Approx::About));
        assert_eq!(read("almost 900").unwrap().2, Some(Approx::Nearly));
        assert_eq!(read("deaths near 3,000").unwrap().2, Some(Approx::Nearly));
        assert_eq!(read("the toll neared 400").unwrap().2, Some(Approx::Nearly));
        assert_eq!(read("fewer than 30").unwrap().2, Some(Approx::LessThan));
        assert_eq!(read("62 deaths").unwrap().2, None);
    }

    #[test]
    fn keeps_both_ends_of_a_range() {
        assert_eq!(read("between 50 and 60 deaths"), Some((50, Some(60), None)));
        assert_eq!(read("50 to 60 deaths"), Some((50, Some(60), None)));
        assert_eq!(read("50-60 deaths"), Some((50, Some(60), None)));
        assert_eq!(read("1.2 to 1.5 million"), Some((1_200_000, Some(1_500_000), None)));
        assert_eq!(read("rose from 50 to 60").map(|r| r.1), Some(None));
        assert_eq!(read("rose by 991 to 69,210").map(|r| r.1), Some(None));
    }

    #[test]
    fn refuses_numbers_too_large_to_be_counts() {
        let text = "1234567890123456789012345678901234567890 cases";
        assert!(matches!(
            parse_at(&Doc::new(text, &text.to_ascii_lowercase()), 0),
            Some(Err((_, NumberProblem::TooLarge)))
        ));
        assert_eq!(value("999 trillion billion"), None);
    }

    #[test]
    fn precision_is_the_place_of_the_last_stated_digit() {
        assert_eq!(precision_of(1_720_000), 10_000);
        assert_eq!(precision_of(232_880), 10);
        assert_eq!(precision_of(50), 1);
    }
}
