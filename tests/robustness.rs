//! Messy text is normal input: whatever is pasted, extraction returns (figures or
//! none), never panics, and every figure points at real bytes of the text.
//! A small deterministic generator stands in for a property-testing crate.

use casecurve::extract::extract;
use casecurve::series::assemble;

mod common;
use common::Rng;

/// Fragments chosen to hit the scanner's edges: separators, multipliers, dates,
/// qualifiers, scripts, invisible characters, lone line ends.
const FRAGMENTS: &[&str] = &[
    "392,900",
    "1.72",
    " million",
    "1,7",
    "3 518 204",
    "3,45,678",
    "164 crore 44 lakh",
    "712-thousand-45",
    "100K",
    "2.5bn",
    "twenty-one",
    "half a million",
    "a dozen",
    "three-point-4",
    "more than ",
    "at least ",
    "between ",
    " and ",
    " to ",
    "-",
    "\u{2013}",
    " new cases",
    " deaths",
    " people died",
    " in ",
    "Pyongyang",
    "including ",
    "on Tuesday evening",
    "as of late Saturday",
    "May 15, 2022",
    "17.05.2022",
    "2022-05-17",
    "6 p.m.",
    "18:00",
    "since ",
    "Related coverage:\n",
    "\n",
    "\r\n",
    "\r",
    ". ",
    ", ",
    "; ",
    ":",
    "\"",
    "(",
    ")",
    "%",
    "$",
    "COVID-19",
    "BA.2",
    "H5N1",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{1F637}",
    "\u{6f22}\u{5b57}",
    "9999999999999999999999999999999999999999",
    "1e308",
    "999 trillion billion",
    "0",
    " ",
    "  ",
    "Monday",
    "yesterday",
    "February 29",
    "Dec. 31",
    "bringing the total to ",
    "the death toll rose to ",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    (0..pieces).map(|_| rng.pick(FRAGMENTS)).collect()
}

fn assert_well_formed(text: &str) {
    let extraction = extract(text, None);
    for figure in &extraction.figures {
        assert!(text.is_char_boundary(figure.start) && text.is_char_boundary(figure.end), "{text:?}");
        assert_eq!(&text[figure.start..figure.end], figure.text, "{text:?}");
        assert!(figure.sentence.start <= figure.start && figure.end <= figure.sentence.end, "{text:?}");
        assert!(figure.upper() >= figure.value);
    }
    for note in &extraction.notes {
        assert_eq!(&text[note.start..note.end], note.text, "{text:?}");
    }
    let figures = [extraction.figures.as_slice()];
    for series in assemble(&figures) {
        assert!(series.points.windows(2).all(|pair| pair[0].date < pair[1].date));
    }
}

#[test]
fn random_news_like_text_never_breaks_extraction() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3_000 {
        let pieces = 1 + (rng.next() % 40) as usize;
        assert_well_formed(&random_text(&mut rng, pieces));
    }
}

#[test]
fn random_bytes_decoded_lossily_never_break_extraction() {
    let mut rng = Rng(42);
    for _ in 0..500 {
        let bytes: Vec<u8> = (0..(rng.next() % 300)).map(|_| rng.next() as u8).collect();
        assert_well_formed(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn huge_inputs_finish_with_sensible_results() {
    // 10 MB of digits, a 1 MB line without spaces, and many short sentences.
    let digits = "1234567890".repeat(1_000_000);
    assert!(extract(&digits, None).figures.is_empty());
    let line = "x".repeat(1 << 20);
    assert!(extract(&line, None).figures.is_empty());
    let report = "Officials reported 12 new cases on Monday. ".repeat(20_000);
    let extraction = extract(&report, None);
    assert_eq!(extraction.figures.len(), 20_000);
}

#[test]
fn numbers_past_what_a_count_can_be_are_refused_with_a_reason() {
    let extraction = extract(
        "Officials counted 9999999999999999999999999999999999999999 cases and 999 trillion billion deaths.",
        None,
    );
    assert!(extraction.figures.is_empty());
    assert!(extraction.notes.iter().any(|n| n.reason.contains("too large")), "{:?}", extraction.notes);
}
