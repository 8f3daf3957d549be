//! Places: which capitalised words are names, and which of them is the article's main
//! geography. A figure's place is kept only for a breakdown below the main
//! geography: "1,640 in Kassara" in an article about Malvoria, not "Malvoria has
//! recorded 6,118 cases".

use super::lexicon::{WordSet, DATE_START, MODIFIERS, PEOPLE, PHRASE_ENDS, PLACE_LEADS, PLACE_NOUN};
use super::scan::{Doc, TokenKind};
use super::sentence::Sentence;

/// What the article says about places.
pub(crate) struct Places<'d> {
    /// Lower-cased words written with a capital inside a sentence at least once:
    /// names, not just sentence openers ("Officials").
    proper: WordSet<'d>,
    /// Lower-cased words of the article's main geography.
    main: WordSet<'d>,
    /// Lower-cased first words of names used as places somewhere: after "in" or
    /// "from", or before "district", "region" and the like.
    used_as_place: WordSet<'d>,
}

/// Headline openers that are not places.
const NOT_PLACES: &[&str] = &[
    "live", "opinion", "factbox", "breaking", "update", "updates", "exclusive", "analysis", "explainer", "who",
    "ministry", "national", "the", "a", "an", "why", "how", "what", "new", "joint", "statement", "report", "health",
    "global", "world", "coronavirus", "covid", "outbreak", "epidemic", "minister", "officials", "authorities",
    "doctors", "hospitals", "experts", "scientists", "researchers", "labs", "laboratories", "state",
];

/// Words that make a name an institution's, never a place's: "the Federal Office of
/// Public Health reported 23,410", "the National Institute of Health confirmed 21".
/// ("Centre" alone is also a region's name.)
const INSTITUTIONS: &[&str] = &[
    "office", "ministry", "institute", "institutes", "agency", "organization", "organisation", "centers", "centres",
    "directorate", "authority", "secretariat", "commission", "council", "university", "bureau", "administration",
    "laboratory", "laboratories", "programme", "program",
];

impl<'d> Places<'d> {
    /// Learns the names and the main geography of a document.
    pub fn new(doc: &'d Doc<'d>, sentences: &[Sentence]) -> Places<'d> {
        let mut proper = WordSet::default();
        for sentence in sentences {
            for i in sentence.first + 1..sentence.end {
                let after_break =
                    doc.tokens[i].line_before || matches!(doc.slice(i - 1), ":" | "\"" | "(" | "\u{201C}");
                if is_capitalized(doc, i) && !after_break {
                    if let Some(word) = doc.word(i) {
                        proper.insert(word);
                    }
                }
            }
        }
        let mut places = Places { proper, main: WordSet::default(), used_as_place: WordSet::default() };
        places.main = places.main_geography(doc, sentences);
        places.used_as_place = places.names_used_as_places(doc);
        places
    }

    /// The main geography: the place a headline opens with ("Uganda's Ebola cases",
    /// "Cameroon: cholera ...", "Pakistan confirms ..."), else the places it names
    /// ("outbreak in northern Kenya"), plus possessives in the opening ("Kenya's arid
    /// north").
    fn main_geography(&self, doc: &'d Doc<'d>, sentences: &[Sentence]) -> WordSet<'d> {
        let mut main = WordSet::default();
        let Some(headline) = sentences.iter().find(|s| !s.furniture) else { return main };
        // "Chikungunya: Karnataka logs 112 ...": a topic before a colon is not the place.
        let topic = (headline.first + 1..(headline.first + 4).min(headline.end))
            .find(|&i| doc.is_punct(i, ":") && doc.has(i - 1, MODIFIERS));
        let start = topic.map_or(headline.first, |colon| colon + 1);
        let opener = (start < headline.end)
            .then(|| self.run_at(doc, start, true))
            .flatten()
            .filter(|&(first, _)| !doc.has(first, MODIFIERS) && !doc.word_in(first, NOT_PLACES));
        if let Some((first, last)) = opener {
            main.extend((first..=last).filter_map(|i| doc.word(i)));
        } else {
            // The places the headline names, else those of the first sentence after it.
            // A breakdown ("including 640 in Northern Kell") is never the main geography.
            let breakdown = |i: usize| (i.saturating_sub(3)..i).any(|j| doc.word_in(j, &["including", "among", "of"]));
            let named_in = |s: &Sentence| {
                (s.first..s.end)
                    .filter(|&i| doc.word_in(i, &["in", "to", "across"]) && !breakdown(i))
                    .filter_map(|i| self.run_at(doc, i + 1, true))
                    .flat_map(|(first, last)| (first..=last).filter_map(|j| doc.word(j)))
                    .collect::<Vec<_>>()
            };
            let mut named = named_in(headline);
            let is_headline = headline.end - headline.first <= 24;
            if named.is_empty() && is_headline {
                named = sentences.iter().filter(|s| !s.furniture).nth(1).map(named_in).unwrap_or_default();
            }
            main.extend(named);
        }
        let opening_end = sentences.get(3).map_or(doc.tokens.len(), |s| s.first);
        for i in 0..opening_end {
            let possessive = doc.word(i + 1).is_some_and(|w| w == "s") && matches!(doc.slice(i), "'" | "\u{2019}");
            let glued = doc.word(i).is_some_and(|w| w.ends_with("'s"));
            if glued && is_capitalized(doc, i) {
                main.extend(doc.word(i).map(|w| w.trim_end_matches("'s")));
            } else if possessive && i > 0 && is_capitalized(doc, i - 1) {
                main.extend(doc.word(i - 1));
            }
        }
        main
    }

    fn names_used_as_places(&self, doc: &'d Doc<'d>) -> WordSet<'d> {
        let mut used = WordSet::default();
        // Only capitalised words can start a name: look around those alone.
        for i in (0..doc.tokens.len()).filter(|&i| is_capitalized(doc, i)) {
            let mut before = i;
            while before > 0 && before + 4 > i && doc.has(before - 1, PLACE_LEADS) && !doc.word_in(before - 1, &["in"])
            {
                before -= 1;
            }
            let after_preposition = before > 0 && doc.word_in(before - 1, &["in", "from", "across", "and"]);
            let before_place_noun = doc.has(i + 1, PLACE_NOUN);
            if after_preposition || before_place_noun {
                used.extend(doc.word(i));
            }
        }
        used
    }

    /// Whether the name starting at token `first` is used as a place in the article.
    pub fn used_as_place(&self, doc: &Doc<'_>, first: usize) -> bool {
        doc.word(first).is_some_and(|w| self.used_as_place.contains(w))
    }

    /// A place name starting at token `i`: a run of capitalised words, joined by
    /// spaces, hyphens ("Sud-Kivu") or "de"/"of" ("Cité des Palmiers"). With
    /// `any_capital`, a sentence opener counts too; otherwise the first word must be a
    /// known name.
    pub fn run_at(&self, doc: &Doc<'_>, i: usize, any_capital: bool) -> Option<(usize, usize)> {
        let not_a_name = doc.has(i, DATE_START | PHRASE_ENDS | MODIFIERS | PEOPLE) || doc.word_in(i, NOT_PLACES);
        if !is_capitalized(doc, i) || not_a_name {
            return None;
        }
        if !any_capital && !doc.word(i).is_some_and(|w| self.proper.contains(w.trim_end_matches("'s"))) {
            return None;
        }
        let mut last = i;
        loop {
            let joined = doc.is_punct(last + 1, "-") && doc.attached(last + 1) && doc.attached(last + 2);
            if joined && is_capitalized(doc, last + 2) {
                last += 2;
            } else if is_capitalized(doc, last + 1)
                && !doc.tokens[last + 1].line_before
                && !doc.has(last + 1, DATE_START)
            {
                last += 1;
            } else if doc.word_in(last + 1, &["de", "des", "du", "do", "da", "del", "of"])
                && is_capitalized(doc, last + 2)
            {
                last += 2;
            } else if (i..=last).any(|j| doc.word_in(j, INSTITUTIONS)) {
                return None;
            } else {
                return Some((i, last));
            }
        }
    }

    /// Whether the place at tokens `first..=last` is (part of) the main geography.
    pub fn is_main(&self, doc: &Doc<'_>, first: usize, last: usize) -> bool {
        (first..=last).filter_map(|i| doc.word(i)).any(|w| self.main.contains(w.trim_end_matches("'s")))
    }
}

fn is_capitalized(doc: &Doc<'_>, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word) && doc.slice(i).chars().next().is_some_and(char::is_uppercase)
}
