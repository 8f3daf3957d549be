//! Odd numbers and dates at the edges of the calendar, in invented articles: what the
//! figures table and the notes under it would show. A number that cannot be a count is
//! refused with a note saying why, never wrapped, rounded or cut short; a day that does
//! not exist is noted, never moved to a neighbouring day.

use std::process::Command;

use casecurve::date::Date;
use casecurve::extract::{extract, Extraction};
use casecurve::figure::MAX_VALUE;

fn day(text: &str) -> Option<Date> {
    Date::parse_iso(text)
}

/// An invented wire report around `sentence`, published on `published` (given).
fn report(sentence: &str, published: &str) -> Extraction {
    let text =
        format!("Fever clinics stretched in Kessa\n\n{sentence}\n\nThe ministry will update its figures weekly.");
    extract(&text, day(published))
}

/// The values of the figures read.
fn values(extraction: &Extraction) -> Vec<u64> {
    extraction.figures.iter().map(|f| f.value).collect()
}

/// The notes as (words, reason).
fn notes(extraction: &Extraction) -> Vec<(&str, &str)> {
    extraction.notes.iter().map(|n| (n.text.as_str(), n.reason)).collect()
}

const TOO_LARGE: &str = "too large to be a count of people";

/// Asserts that `number` in "The ministry reported NUMBER new cases." is refused as
/// too large with a note covering all its words, and no figure is read.
fn refused_as_too_large(number: &str) {
    let extraction = report(&format!("The ministry reported {number} new cases on Monday."), "2026-03-10");
    assert_eq!(values(&extraction), Vec::<u64>::new(), "{number}");
    assert_eq!(notes(&extraction), vec![(number, TOO_LARGE)], "{number}");
}

#[test]
fn stacked_multipliers_999_trillion_billion_are_refused_as_one_number() {
    // Before: the note covered "999 trillion" only, leaving "billion" unexplained.
    refused_as_too_large("999 trillion billion");
}

#[test]
fn a_40_digit_number_is_refused_not_wrapped() {
    refused_as_too_large("1234567890123456789012345678901234567890");
}

#[test]
fn numbers_just_past_u64_are_refused_with_or_without_separators() {
    refused_as_too_large("18446744073709551617");
    refused_as_too_large("18,446,744,073,709,551,617");
}

#[test]
fn one_past_max_value_is_refused_and_max_value_itself_is_read() {
    refused_as_too_large("1,000,000,000,001");
    let extraction = report("The ministry reported 1,000,000,000,000 new cases on Monday.", "2026-03-10");
    assert_eq!(values(&extraction), vec![MAX_VALUE]);
}

#[test]
fn multiplied_values_past_max_value_are_refused() {
    refused_as_too_large("2 trillion");
    refused_as_too_large("1.5 trillion");
}

#[test]
fn quadrillion_999_is_refused_instead_of_read_as_999() {
    // Before: "quadrillion" was no multiplier, so "999 quadrillion new cases" read 999.
    refused_as_too_large("999 quadrillion");
    refused_as_too_large("3 decillion");
}

#[test]
fn scientific_1e308_is_refused_as_one_number() {
    // Before: "1e308" read as two numbers, "1" and "308", each noted as part of a name.
    refused_as_too_large("1e308");
    refused_as_too_large("1e13");
    refused_as_too_large("7e99999999999");
}

#[test]
fn scientific_1_5e6_is_read_exactly() {
    for (text, value) in [("1.5e6", 1_500_000), ("1.5E6", 1_500_000), ("3E+5", 300_000), ("1e12", MAX_VALUE)] {
        let extraction = report(&format!("The ministry reported {text} new cases on Monday."), "2026-03-10");
        assert_eq!(values(&extraction), vec![value], "{text}");
        assert_eq!(extraction.figures[0].text, format!("{text} new cases"));
    }
}

#[test]
fn scientific_notation_that_is_not_a_whole_number_is_refused_not_rounded() {
    for text in ["1.55e1", "2e-3"] {
        let extraction = report(&format!("The ministry reported {text} new cases on Monday."), "2026-03-10");
        assert_eq!(values(&extraction), Vec::<u64>::new(), "{text}");
        assert_eq!(
            notes(&extraction),
            vec![(text, "a decimal without a multiplier: a rate or measure, not a count")],
            "{text}"
        );
    }
}

#[test]
fn a_thousand_million_is_a_billion() {
    let extraction = report("The ministry reported 5 thousand million new cases on Monday.", "2026-03-10");
    assert_eq!(values(&extraction), vec![5_000_000_000]);
}

/// An invented dated report: "KESSA, DATELINE (Wire) -- BODY", then more copy.
fn dated(dateline: &str, body: &str) -> Extraction {
    let text = format!(
        "Fever clinics stretched in Kessa\n\nKESSA, {dateline} (Coastline Wire) -- {body}\n\n\
         Hospitals in the capital have opened extra wards. The ministry will update its figures weekly."
    );
    extract(&text, None)
}

/// The day of each figure.
fn days(extraction: &Extraction) -> Vec<Option<Date>> {
    extraction.figures.iter().map(|f| f.date).collect()
}

#[test]
fn friday_in_an_article_of_2_january_is_the_previous_years_last_friday() {
    // 2 January 2025 was a Thursday: its "Friday" is 27 December 2024.
    let extraction = dated("January 2, 2025", "The ministry reported 40 new cases on Friday.");
    assert_eq!(extraction.published, day("2025-01-02"));
    assert_eq!(days(&extraction), vec![day("2024-12-27")]);
}

#[test]
fn yesterday_on_1_january_is_31_december_of_the_year_before() {
    let extraction = dated("January 1, 2027", "The ministry reported 40 new cases yesterday.");
    assert_eq!(days(&extraction), vec![day("2026-12-31")]);
}

#[test]
fn a_yearless_december_date_in_january_is_last_years() {
    let extraction = dated("January 3, 2027", "The ministry said 40 new cases were recorded on December 31.");
    assert_eq!(days(&extraction), vec![day("2026-12-31")]);
}

#[test]
fn the_day_before_1_march_is_29_february_in_a_leap_year_and_28_otherwise() {
    let leap = dated("March 1, 2024", "The ministry reported 40 new cases the previous day.");
    assert_eq!(days(&leap), vec![day("2024-02-29")]);
    let common = dated("March 1, 2023", "The ministry reported 40 new cases the previous day.");
    assert_eq!(days(&common), vec![day("2023-02-28")]);
}

#[test]
fn a_whole_february_ends_on_the_29th_in_a_leap_year() {
    let extraction = dated("March 3, 2024", "The ministry reported 40 new cases in February.");
    assert_eq!(days(&extraction), vec![day("2024-02-29")]);
}

#[test]
fn the_day_before_1_april_is_31_march() {
    let extraction = dated("April 1, 2026", "The ministry reported 40 new cases yesterday.");
    assert_eq!(days(&extraction), vec![day("2026-03-31")]);
}

#[test]
fn february_29_2024_is_a_dateline() {
    let extraction = dated("February 29, 2024", "The ministry reported 40 new cases on Friday.");
    assert_eq!(extraction.published, day("2024-02-29"));
    assert_eq!(days(&extraction), vec![day("2024-02-23")]);
}

#[test]
fn february_29_2023_is_no_date_and_says_so() {
    // Before: "29" and "2023" were noted as a stray number and a year, and nothing said
    // why the dateline was not used.
    let extraction = dated("February 29, 2023", "The ministry reported 40 new cases on Friday.");
    assert_eq!(extraction.published, None);
    assert!(
        extraction.published_explain.contains("\"February 29, 2023\" is not a date"),
        "{}",
        extraction.published_explain
    );
    assert_eq!(notes(&extraction), vec![("February 29, 2023", "not a date: the month has no such day")]);
    assert_eq!(days(&extraction), vec![None]);
}

#[test]
fn a_yearless_february_29_without_a_leap_year_near_says_so_not_that_a_date_is_missing() {
    // Before: "needs the publication date", though the publication date was given.
    let extraction = report("Officials said on February 29 that 40 new cases were found.", "2023-03-05");
    let figure = &extraction.figures[0];
    assert_eq!(figure.date, None);
    assert!(
        figure.explain.iter().any(|line| line.contains("\"February 29\" names no day that exists near publication")),
        "{:?}",
        figure.explain
    );
}

#[test]
fn april_31_is_no_date_and_the_figure_keeps_another_day() {
    let extraction = dated("May 2, 2026", "The ministry said 40 new cases were recorded on 31 April.");
    assert_eq!(notes(&extraction), vec![("31 April", "not a date: the month has no such day")]);
    assert_ne!(days(&extraction), vec![day("2026-04-30")]);
    assert_ne!(days(&extraction), vec![day("2026-05-01")]);
}

#[test]
fn an_article_of_1850_is_dated_and_its_weekdays_resolved() {
    // 3 May 1850 was a Friday.
    let extraction = dated("May 3, 1850", "The board of health reported 40 new cases of cholera on Friday.");
    assert_eq!(extraction.published, day("1850-05-03"));
    assert_eq!(days(&extraction), vec![day("1850-05-03")]);
}

#[test]
fn an_article_of_1899_is_dated_before_1900() {
    let extraction = dated("May 3, 1899", "The board reported 40 new cases on Friday.");
    assert_eq!(extraction.published, day("1899-05-03"));
    assert_eq!(days(&extraction), vec![day("1899-04-28")]);
}

#[test]
fn an_article_of_2999_is_dated() {
    let extraction = dated("December 31, 2999", "The board reported 40 new cases yesterday.");
    assert_eq!(extraction.published, day("2999-12-31"));
    assert_eq!(days(&extraction), vec![day("2999-12-30")]);
}

#[test]
fn given_publication_dates_far_in_the_past_and_future_date_the_figures() {
    for (published, friday) in [("1850-05-06", "1850-05-03"), ("2999-01-02", "2998-12-28")] {
        let extraction = report("The ministry reported 40 new cases on Friday.", published);
        assert_eq!(days(&extraction), vec![day(friday)], "{published}");
    }
}

/// Runs `casecurve extract --published DATE` on a small article.
fn cli_extract(published: &str) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("casecurve-edges-{}-{published}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let file = dir.join("article.txt");
    std::fs::write(&file, "Kessa update\n\nThe board reported 40 new cases on Friday.\n").expect("the article written");
    let output = Command::new(env!("CARGO_BIN_EXE_casecurve"))
        .args(["extract", "--published", published])
        .arg(&file)
        .output()
        .expect("the binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    output
}

#[test]
fn the_cli_takes_publication_dates_of_1850_and_2999() {
    for published in ["1850-05-06", "1899-12-31", "2999-01-02"] {
        let output = cli_extract(published);
        assert!(output.status.success(), "{published}: {}", String::from_utf8_lossy(&output.stderr));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        assert_eq!(json["published"], published);
    }
}

#[test]
fn the_cli_refuses_days_that_do_not_exist_with_the_reason() {
    for published in ["2023-02-29", "2026-04-31", "0999-01-01", "10000-01-01"] {
        let output = cli_extract(published);
        assert_eq!(output.status.code(), Some(2), "{published}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("is not a date"), "{published}: {stderr}");
    }
}
