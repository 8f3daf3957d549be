//! Inputs on which `cargo fuzz` (see fuzz/ and scripts/fuzz) found a bug, kept as
//! ordinary tests named after the bug, each with its input inline (shortened by hand
//! to what still showed the bug).

use casecurve::date::Date;
use casecurve::extract::extract;

/// Every figure points at its words, inside its sentence.
fn assert_spans_hold(text: &str, published: Option<Date>) {
    let extraction = extract(text, published);
    for figure in &extraction.figures {
        assert_eq!(text.get(figure.start..figure.end), Some(figure.text.as_str()), "{figure:?}");
        let sentence = figure.sentence;
        assert!(text.get(sentence.start..sentence.end).is_some(), "{figure:?}");
        assert!(
            sentence.start <= figure.start && figure.end <= sentence.end,
            "figure outside its sentence: {figure:?}"
        );
    }
    for note in &extraction.notes {
        assert_eq!(text.get(note.start..note.end), Some(note.text.as_str()), "{note:?}");
    }
}

#[test]
fn a_number_across_the_cut_of_an_over_long_sentence_stays_inside_its_sentence() {
    // Found on a JSON file: a "sentence" of over 400 tokens is cut, and the cut fell
    // inside "29,874" (between "29" and ","), so the figure ended after its sentence.
    // Filler of every length near the cut puts it at each token of the figure.
    for words in 380..400 {
        let filler = "quote ".repeat(words);
        let text = format!(
            "Kessa fever update\n\n{{\"quote\": \"{filler}officials counted 29,874 new cases and 1,316 deaths\"}}"
        );
        assert_spans_hold(&text, None);
        assert_spans_hold(&text, Date::from_ymd(1857, 5, 6));
    }
}
