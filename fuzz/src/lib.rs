//! The properties every fuzz target checks, shared so that a new target (a decoder of
//! outside data) is a few lines: turn the bytes into its input, call it, and hand the
//! result to one of these checks. A failed check panics, which libFuzzer reports as a
//! crash with the input that caused it.

use casecurve::date::Date;
use casecurve::extract::{extract, Extraction};

/// Bytes as the text a user could paste: valid UTF-8 as is, anything else with its
/// invalid sequences replaced (the page only ever sees strings).
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// A publication date chosen by two bytes, spread over 1850..2029 so that the
/// calendar's year edges are reached.
pub fn published(data: &[u8]) -> Option<Date> {
    let (&a, &b) = (data.first()?, data.get(1)?);
    let start = Date::from_ymd(1850, 1, 1)?;
    start.add_days(i32::from(u16::from_le_bytes([a, b])))
}

/// Every figure and note of `extraction` points at real words of `text`: inside it,
/// on char boundaries, its `text` equal to that slice.
pub fn check_extraction(text: &str, extraction: &Extraction) {
    for figure in &extraction.figures {
        assert!(figure.start <= figure.end && figure.end <= text.len(), "figure outside the text: {figure:?}");
        assert_eq!(text.get(figure.start..figure.end), Some(figure.text.as_str()), "figure text is not its span");
        let sentence = figure.sentence;
        assert!(
            sentence.start <= figure.start && figure.end <= sentence.end && text.get(sentence.start..sentence.end).is_some(),
            "figure outside its sentence: {figure:?}"
        );
    }
    for note in &extraction.notes {
        assert!(note.start <= note.end && note.end <= text.len(), "note span outside the text: {note:?}");
        assert_eq!(text.get(note.start..note.end), Some(note.text.as_str()), "note text is not its span");
    }
}

/// Extracts `text` with and without a publication date and checks both results.
pub fn check_extract(text: &str, published: Option<Date>) {
    check_extraction(text, &extract(text, None));
    if published.is_some() {
        check_extraction(text, &extract(text, published));
    }
}

/// A decoder's result, when it accepted its input, survives its encoder: decoding the
/// encoding gives back the same value.
pub fn check_round_trip<T, E>(decoded: &T, encode: impl Fn(&T) -> String, decode: impl Fn(&str) -> Result<T, E>)
where
    T: PartialEq + std::fmt::Debug,
    E: std::fmt::Debug,
{
    let encoded = encode(decoded);
    match decode(&encoded) {
        Ok(again) => assert_eq!(&again, decoded, "decode(encode(x)) differs from x"),
        Err(error) => panic!("its own encoding was refused: {error:?}\n{encoded}"),
    }
}
