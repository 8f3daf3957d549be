//! Places: which capitalised words are names, and which of them is the article's main
//! geography. A figure's place is kept only for a breakdown below the main
//! geography: "1,640 in Kassara" in an article about Malvoria, not "Malvoria has
//! recorded 6,118 cases".

use super::calendar::{short_weekday_in_a_name, without_possessive};
use super::classify::{counted_metric, predicate_metric};
use super::lexicon::{
    WordSet, CAPITALIZED, DATE_START, DISEASE, INSTITUTION, MODIFIERS, NATIONAL, NOT_PLACE, NUMBER_START, PEOPLE,
    PHRASE_ENDS, PLACE_LEADS, PLACE_NOUN, QUALIFIER_WORDS, UNIT, UNITS,
};
use super::scan::{Doc, TokenKind};
use super::sentence::{name_goes_on, Sentence};

/// What the article says about places.
pub(crate) struct Places<'d> {
    /// Lower-cased words written with a capital inside a sentence at least once:
    /// names, not just sentence openers ("Officials").
    proper: WordSet<'d>,
    /// Lower-cased words of the article's main geography.
    main: WordSet<'d>,
    /// Lower-cased words of direction the text names a series of regions by, each with
    /// its number: "Western 1" and "Western 2".
    numbered_series: WordSet<'d>,
    /// Lower-cased first words of names used as places somewhere: after "in" or
    /// "from", or before "district", "region" and the like.
    used_as_place: WordSet<'d>,
    /// The place the headline gives when the text shows it to be a part of the country
    /// it also counts for ("California ... in the state" beside "Nationwide, 65
    /// cases"): its tokens and the word the text calls it by ("state"), so that "the
    /// state" places a figure there.
    part: Option<Part<'d>>,
    /// The sentences (first token, end) that count for the whole country when `part` is
    /// set: figures elsewhere are the part's.
    national: Vec<(usize, usize)>,
    /// Lower-cased names that open two lines or more before a colon: a transcript's
    /// speakers taking turns ("PATEL: So, as of this morning ...").
    speakers: WordSet<'d>,
    /// The headline is a roundup of countries: no main geography, and "the country" is
    /// the one the sentence names.
    roundup: bool,
    /// Acronyms the text gives in brackets after the name of a body ("INSP" after "the
    /// National Institute of Public Health (INSP)", "SES-MG"), and one-word names after
    /// a body's kind ("the consumer health watchdog Rospotrebnadzor"): found in one pass,
    /// as they are asked of every capitalised word.
    bodies: WordSet<'d>,
}

/// The words that open two lines or more before a colon, in one pass over the lines'
/// first tokens: speakers take turns, a list's places are named once.
fn speakers<'d>(doc: &'d Doc<'d>) -> WordSet<'d> {
    let mut seen = WordSet::default();
    let mut twice = WordSet::default();
    for (i, token) in doc.tokens.iter().enumerate() {
        if !token.line_before || !doc.is_punct(i + 1, ":") {
            continue;
        }
        if let Some(name) = doc.word(i) {
            if !seen.insert(name) {
                twice.insert(name);
            }
        }
    }
    twice
}

/// A place's tokens (first, last) and the unit the text calls it by ("state").
type Part<'d> = (usize, usize, &'d str);

/// The headline's place as a part of the country, the words naming the country, and
/// the sentences (first token, end) counting for the country.
type PartOfTheCountry<'d> = (Part<'d>, Vec<&'d str>, Vec<(usize, usize)>);

/// Small words inside a place's name: "Jaboatão dos Guararapes", "Cité des Palmiers",
/// "Dar es Salaam", "Ústí nad Labem", "Newcastle upon Tyne". ("of" is not one
/// everywhere: "Federal Territories of Kuala Lumpur" names a unit first.)
pub(crate) const NAME_PARTICLES: &[&str] =
    &["de", "des", "du", "do", "da", "dos", "das", "del", "es", "nad", "pod", "upon", "sur"];

/// First words of names shortened with a dot: "St. Joseph County", "Mt. Elgon", "Sta. Cruz".
pub(crate) const SHORTENED_FIRST_WORDS: &[&str] = &["st", "ste", "sta", "sto", "mt", "ft"];

/// Verbs of a place's count: "Mandera accounted for 402", "The Far North counts 911".
pub(crate) const PLACE_VERBS: &[&str] = &[
    "accounted", "accounts", "recorded", "records", "reported", "reports", "registered", "registers", "counts",
    "counted", "totalizes", "totalises", "totals", "totalled", "totaled", "had", "has", "saw", "sees", "logged",
    "logs", "confirmed", "confirms", "notified", "notifies", "concentrates", "concentrated", "accumulates",
    "accumulated", "account", "listed", "lists",
];

/// Verbs a title-case headline capitalises after a place: "Cases in West Java Reach
/// 28,416", "Kerala Records 40 More".
const HEADLINE_VERBS: &[&str] = &[
    "reach", "reaches", "rise", "rises", "hit", "hits", "tops", "climb", "climbs", "surge", "surges", "jump", "jumps",
    "pass", "passes", "exceed", "exceeds", "cross", "crosses", "nears", "soar", "soars", "records", "reports",
    "confirms", "logs", "registers", "sees", "has", "accounts",
];

/// Words that speak of the whole country (or, in a county's story, the state) by
/// themselves: "Nationwide, 65 cases", "Statewide, 44 cases".
const NATIONWIDE: &[&str] = &["nationwide", "countrywide", "nationally", "statewide"];

/// Nouns that call a city by what it is, as a unit's noun calls a state: "1,436 cases
/// had been recorded in the capital" ("city" and "town" are units of their own).
const CITY_NOUNS: &[&str] = &["capital"];

/// Words that open a storm's name, which is no place: "Hurricane Imelda", "Tropical
/// Storm Kell".
const STORMS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm", "tropical"];

/// Kinds of country that, capitalised alone, stand for the article's own: "the Kingdom".
const COUNTRY_KINDS: &[&str] = &["kingdom", "republic", "emirate", "sultanate", "principality"];

impl<'d> Places<'d> {
    /// Learns the names and the main geography of a document.
    pub fn new(doc: &'d Doc<'d>, sentences: &[Sentence]) -> Places<'d> {
        // Room for every capitalised word at once: growing the set rehashed it each time
        // it doubled.
        let capitals = doc.in_class(0..doc.tokens.len(), CAPITALIZED).count();
        let mut proper = WordSet::with_capacity_and_hasher(capitals, Default::default());
        for sentence in sentences {
            // Most words are not capitalised: that test comes first.
            for i in doc.in_class(sentence.first + 1..sentence.end, CAPITALIZED) {
                let after_break =
                    doc.tokens[i].line_before || matches!(doc.slice(i - 1), ":" | "\"" | "(" | "\u{201C}");
                if !after_break {
                    if let Some(word) = doc.word(i) {
                        proper.insert(word);
                    }
                }
            }
        }
        let mut places = Places {
            proper,
            main: WordSet::default(),
            numbered_series: numbered_series(doc),
            used_as_place: WordSet::default(),
            part: None,
            national: Vec::new(),
            speakers: speakers(doc),
            roundup: false,
            bodies: bodies_spelled_out(doc),
        };
        places.main = places.main_geography(doc, sentences);
        places.roundup = places.main.is_empty()
            && headline(doc, sentences).is_some_and(|h| places.names_places_clause_by_clause(doc, h.first, h.end));
        let spelled = spelled_out(doc, &places.main);
        places.main.extend(spelled);
        places.used_as_place = places.names_used_as_places(doc);
        if let Some((part, country, national)) = places.part_of_the_country(doc, sentences) {
            let (first, last, _) = part;
            for i in first..=last {
                if let Some(word) = doc.word(i) {
                    places.main.remove(word);
                }
            }
            places.main.extend(country);
            places.part = Some(part);
            places.national = national;
        }
        places
    }

    /// The headline's place, when the text counts for the whole country too
    /// ("nationwide", "in the country") and calls that place by a unit below it ("in
    /// the state", "Tolima is the epicentre. The department accounts for ...", "the
    /// state of Vorn"): then the country is the main geography and the headline's
    /// place a part of it. Also the words of the country where the count for it names
    /// one, and the sentences that count for the country.
    fn part_of_the_country(&self, doc: &'d Doc<'d>, sentences: &[Sentence]) -> Option<PartOfTheCountry<'d>> {
        let headline = headline(doc, sentences)?;
        let rest: Vec<&Sentence> = sentences.iter().filter(|s| !s.furniture && s.first > headline.first).collect();
        // A count for the whole country: "Nationwide, the agency has confirmed 65 cases"
        // (not "no cases elsewhere in the country").
        // The class first: its bit rules out nearly every word at once.
        let national_word = |i: usize, first: usize| {
            doc.has(i, NATIONAL)
                // "Statewide, 44 cases" (not "95% of kindergartners statewide").
                && (doc.word_in(i, NATIONWIDE) && (i == first || !doc.word_in(i, &["statewide"]))
                    || doc.word_in(i, &["country"])
                        && doc.word_in(i.wrapping_sub(1), &["the"])
                        && (doc.word_in(i.wrapping_sub(2), &["in", "across", "throughout"])
                            // "The country recorded 402 cases in the past week."
                            || i == first + 1)
                    || doc.word_in(i, &["national"]) && doc.word_in(i + 1, &["territory"])
                    // "Across England, 1,912 cases, meaning London accounts for 38% of the
                    // national total".
                    || doc.word_in(i, &["national"]) && doc.word_in(i + 1, &["total", "tally", "count", "figure"]))
        };
        let number = |i: usize| {
            doc.kind(i) == Some(TokenKind::Digits) || doc.has(i, NUMBER_START) && !doc.word_in(i, &["a", "an", "no"])
        };
        // ("Selangor's share of cases nationwide stood at 51.8 per cent": a share is no
        // count.)
        let share = |i: usize| {
            let mut end = i;
            while end < i + 4
                && doc.attached(end + 1)
                && (doc.kind(end + 1) == Some(TokenKind::Digits)
                    || doc.is_punct(end + 1, ".")
                    || doc.is_punct(end + 1, ","))
            {
                end += 1;
            }
            doc.word_in(end + 1, &["percent", "per", "pc"]) || doc.is_punct(end + 1, "%")
        };
        let mut national: Vec<&&Sentence> = rest
            .iter()
            .filter(|s| {
                doc.in_class(s.first..s.end, NATIONAL).any(|i| national_word(i, s.first))
                    // (Nor is a week's code: "in ME43".)
                    && (s.first..s.end).any(|i| {
                        number(i) && !share(i) && !(doc.attached(i) && doc.kind(i.wrapping_sub(1)) == Some(TokenKind::Word))
                    })
            })
            .collect();
        // ("last faced a major outbreak between 2009 and 2011, when more than 15,000
        // people in the country were infected": a count of years gone, told to compare.
        // "since the start of 2024" runs to now, as does "214 cases this year, compared
        // with 118 in the whole of 2025".) Looked for only once a national count is found.
        if !national.is_empty() {
            let latest_year = (0..doc.tokens.len()).filter_map(|i| doc.year_at(i)).max();
            let of_years_gone = |s: &Sentence| {
                let this_year = (s.first..s.end).any(|i| doc.word_in(i, &["this"]) && doc.word_in(i + 1, &["year"]));
                let mut years = (s.first..s.end).filter(|&i| doc.year_at(i).is_some()).peekable();
                !this_year
                    && years.peek().is_some()
                    && years.all(|i| {
                        doc.year_at(i) < latest_year && !(i.saturating_sub(4)..i).any(|j| doc.word_in(j, &["since"]))
                    })
            };
            national.retain(|s| !of_years_gone(s));
        }
        if national.is_empty() {
            return None;
        }
        // (A headline may name no place it knows: "Measles kills six more children in
        // KP"; then the lead's place is the part.)
        let headline_place = (headline.first..headline.end)
            .filter(|&i| is_capitalized(doc, i) && doc.word(i).is_some_and(|w| self.main.contains(w)))
            .find_map(|i| self.run_at(doc, i, true));
        let names_of =
            |(first, last): (usize, usize)| -> Vec<&str> { (first..=last).filter_map(|i| doc.word(i)).collect() };
        let called = headline_place.and_then(|place| Some((place, self.unit_calling(doc, &rest, &names_of(place))?)));
        let ((first, last), unit) = match called {
            Some(called) => called,
            None => self.part_the_lead_names(doc, &rest, &headline_place.map(names_of).unwrap_or_default())?,
        };
        let names = names_of((first, last));
        let named_at = |i: usize| is_capitalized(doc, i) && doc.word(i).is_some_and(|w| names.contains(&w));
        // "Nationwide, Velmora has reported 21,000 cases": the country the count is for.
        let country = national
            .iter()
            .flat_map(|s| s.first..s.end)
            .filter(|&i| is_capitalized(doc, i) && !named_at(i))
            .filter_map(|i| self.run_at(doc, i, true))
            .filter(|&(start, end)| {
                doc.word_in(start.wrapping_sub(1), &["in", "across", "throughout"]) || doc.word_in(end + 1, PLACE_VERBS)
            })
            .flat_map(|(start, end)| (start..=end).filter_map(|i| doc.word(i)))
            .collect();
        let national = national.iter().map(|s| (s.first, s.end)).collect();
        Some(((first, last, unit), country, national))
    }

    /// "Q fever outbreak ... in northern Germany" over "Health authorities in Lower Saxony
    /// are investigating the state's biggest outbreak": under a headline naming the
    /// country, the place the lead names and calls by its unit in the same sentence.
    /// (Any place but the headline's, `headline_names`: "Measles kills six more children
    /// in KP" over "... in Khyber Pakhtunkhwa ..., taking the province's death toll".)
    fn part_the_lead_names(
        &self,
        doc: &'d Doc<'d>,
        rest: &[&Sentence],
        headline_names: &[&str],
    ) -> Option<((usize, usize), &'d str)> {
        // (The lead may come under a byline and a date line, and a share bar's words.)
        rest.iter().filter(|s| s.end - s.first >= 8).take(4).find_map(|lead| {
            let (first, last) = (lead.first..lead.end)
                .filter(|&i| {
                    doc.word_in(i.wrapping_sub(1), &["in"])
                        && is_capitalized(doc, i)
                        && doc.word(i).is_some_and(|w| !headline_names.contains(&w) && self.used_as_place.contains(w))
                })
                .find_map(|i| self.run_at(doc, i, true))?;
            let unit = (last + 1..lead.end).find_map(|i| unit_reference(doc, i, lead.first))?;
            Some(((first, last), unit))
        })
    }

    /// The unit ("state", "department") the text calls the place named `names` by, after
    /// naming it: "the state of Vorn", "Vorn state", or "in the state" in the sentence
    /// naming it or the next, with no other place named between.
    fn unit_calling(&self, doc: &'d Doc<'d>, rest: &[&Sentence], names: &[&str]) -> Option<&'d str> {
        let named_at = |i: usize| is_capitalized(doc, i) && doc.word(i).is_some_and(|w| names.contains(&w));
        // "the state of Vorn", "Vorn state".
        let direct = rest.iter().flat_map(|s| s.first..s.end).find_map(|i| {
            let first_name_at =
                |j: usize| doc.word(j).is_some_and(|w| names.first() == Some(&w)) && is_capitalized(doc, j);
            // The unit first: few words are one, and this runs over the whole article.
            // ("The northern province of Ostra": where it lies may stand between.)
            let the = |at: usize| {
                doc.word_in(at, &["the"])
                    || doc.word_in(at, &["central", "northern", "southern", "eastern", "western", "coastal"])
                        && doc.word_in(at.wrapping_sub(1), &["the"])
            };
            let of_it = || doc.word_in(i + 1, &["of"]) && first_name_at(i + 2) && the(i.wrapping_sub(1));
            let after_it = || i > 0 && doc.word(i - 1).is_some_and(|w| names.last() == Some(&w));
            // "the West Java Provincial Health Office": the province's own body.
            if doc.word_in(i, &["provincial"]) && after_it() {
                return Some("province");
            }
            // "the central Marche region" (not "in the region", as often a part of the
            // world).
            let region_after_it = || doc.word_in(i, &["region"]) && after_it();
            (doc.has(i, UNIT) && (of_it() || after_it()) || region_after_it()).then(|| doc.word(i)).flatten()
        });
        // "California health officials ... in the state", "Tolima is the epicentre. The
        // department accounts for ...": the unit said after the place, in its sentence
        // or the next, with no other place named between.
        let other_place = |i: usize| {
            !named_at(i)
                && self.run_at(doc, i, false).is_some()
                && doc.word(i).is_some_and(|w| self.used_as_place.contains(w))
        };
        let anaphora = || {
            rest.iter().enumerate().find_map(|(k, s)| {
                let named = (s.first..s.end).find(|&i| named_at(i))?;
                let next = rest.get(k + 1).map_or(s.end..s.end, |n| n.first..n.end);
                let next_first = next.start;
                (named + 1..s.end)
                    .map(|i| (i, s.first))
                    .chain(next.map(|i| (i, next_first)))
                    .take_while(|&(i, _)| !other_place(i))
                    .find_map(|(i, opening)| unit_reference(doc, i, opening))
            })
        };
        direct.or_else(anaphora)
    }

    /// Whether the label ending at token `last` before a colon names a speaker of a
    /// transcript ("PATEL: Thirty-eight people are in hospital", "PATEL: So, as of this
    /// morning we've had ninety-four" over the rest of a wrapped answer), not a place.
    pub fn speaks_in_turns(&self, doc: &Doc<'_>, last: usize) -> bool {
        doc.word(last).is_some_and(|name| self.speakers.contains(name))
    }

    /// The place the article is about when it is a part of the country the article also
    /// counts for ("Hanoi ... Nationwide, 5,820 infections"), for a figure at token `i`
    /// that names no place: every figure outside the sentences counting for the country
    /// is the part's ("Two children have died of the disease this year").
    pub fn part_by_default(&self, i: usize) -> Option<(usize, usize)> {
        let (first, last, _) = self.part?;
        (!self.national.iter().any(|&(start, end)| (start..end).contains(&i))).then_some((first, last))
    }

    /// Whether the place at tokens `first..=last` is the headline's place that the text
    /// shows to be a part of the country ("West Java" in a report that also counts
    /// "Nationally"): the whole that the places below it are parts of.
    pub fn is_the_part(&self, doc: &Doc<'_>, first: usize, last: usize) -> bool {
        self.part.is_some_and(|(part_first, part_last, _)| doc.words(part_first, part_last) == doc.words(first, last))
    }

    /// The headline's place that the text shows to be a part of the country, when token
    /// `i` (in the sentence starting at `sentence_first`) calls it by its unit ("in the
    /// state", "State laboratories") or its name ("Texas measles outbreak grows to 309").
    pub fn part_called_at(&self, doc: &'d Doc<'d>, i: usize, sentence_first: usize) -> Option<(usize, usize)> {
        let (first, last, unit) = self.part?;
        // (Not the end of another name: "Civitanova Marche" in a story on Marche.)
        let inside_a_name =
            i > sentence_first && doc.kind(i - 1) == Some(TokenKind::Word) && is_capitalized(doc, i - 1);
        let named = is_capitalized(doc, i) && doc.word(i) == doc.word(first) && !inside_a_name;
        // ("the city's total" then "in the capital": a city called by either.)
        let city = |u: &str| u == "city" || CITY_NOUNS.contains(&u);
        let called = unit_reference(doc, i, sentence_first).is_some_and(|u| u == unit || city(u) && city(unit));
        (named || called).then_some((first, last))
    }

    /// The main geography: the place a headline opens with ("Uganda's Ebola cases",
    /// "Cameroon: cholera ...", "Pakistan confirms ..."), else the places it names
    /// ("outbreak in northern Kenya"), plus possessives in the opening ("Kenya's arid
    /// north").
    fn main_geography(&self, doc: &'d Doc<'d>, sentences: &[Sentence]) -> WordSet<'d> {
        let mut main = WordSet::default();
        let Some(headline) = headline(doc, sentences) else { return main };
        // "Chikungunya: Karnataka logs 112 ...": a topic before a colon is not the place.
        // So is a disease's name or its count ("Pertussis notifications: ...").
        let topic = (headline.first + 1..(headline.first + 4).min(headline.end)).find(|&i| {
            doc.is_punct(i, ":")
                && (doc.has(i - 1, MODIFIERS)
                    || (headline.first..i).any(|j| doc.has(j, DISEASE) || doc.word_in(j, OUTBREAK_WORDS)))
        });
        let start = topic.map_or(headline.first, |colon| colon + 1);
        if self.names_places_clause_by_clause(doc, start, headline.end) {
            return main;
        }
        // "Ethiopia Marburg outbreak: Death toll rises": past a topic that counts, the
        // topic's own opening place.
        let opener_at = |start: usize| {
            (start < headline.end)
                .then(|| self.run_at(doc, start, true))
                .flatten()
                .filter(|&(first, _)| !doc.has(first, MODIFIERS) && !doc.has(first, NOT_PLACE))
                // "Nearly 150 Diphtheria Cases in East Java": a title-case qualifier.
                .filter(|&(first, last)| first < last || !doc.has(first, QUALIFIER_WORDS))
                // "INSP: 312 new cases ...": the acronym of a body the text spells out.
                .filter(|&(first, last)| first < last || !self.is_a_body(doc, first))
                // "Hurricane Imelda aftermath live updates: ...": a storm's name.
                .filter(|&(first, _)| !doc.word_in(first, STORMS))
                // "Western 1 Accounts For Over Half Of Cases": a share of the count is
                // a part's, never the whole's.
                .filter(|&(_, last)| {
                    !(doc.word_in(last + 1, &["accounts", "account"]) && doc.word_in(last + 2, &["for"]))
                })
                // "Death toll rises to 40 in Kassara", "Cases top 400 in Vell": what is counted.
                .filter(|&(first, last)| {
                    first < last
                        || !doc
                            .word(first)
                            .is_some_and(|w| counted_metric(w).is_some() || predicate_metric(w).is_some())
                })
                // "Ross River virus cases ...", "West Nile fever", "Scrub typhus cases": a
                // disease's name, not a place.
                .filter(|&(_, last)| {
                    let unknown_disease = doc.kind(last + 1) == Some(TokenKind::Word)
                        && !is_capitalized(doc, last + 1)
                        && !doc.has(last + 1, DISEASE)
                        && doc.word_in(last + 2, OUTBREAK_WORDS);
                    !doc.word_in(last + 1, &["virus", "fever", "disease", "encephalitis"]) && !unknown_disease
                })
        };
        // "Measles update: Creek and Tulsa Counties": two parts of the place the
        // article counts for, neither of them its main geography.
        let two_parts = |(_, last): (usize, usize)| {
            doc.word_in(last + 1, &["and"])
                && self.run_at(doc, last + 2, true).is_some_and(|(_, end)| {
                    doc.word_in(end, &["counties", "districts", "provinces", "regions", "states", "departments"])
                })
        };
        if opener_at(start).is_some_and(two_parts) {
            return main;
        }
        // Its run of capitals may take in the disease's name ("Ethiopia Marburg"): the
        // place is the words before it.
        let topics_place = || {
            let (first, last) = topic.and_then(|_| opener_at(headline.first))?;
            let place_end = (first..=last).find(|&i| doc.has(i, DISEASE)).unwrap_or(last + 1);
            // "Ethiopia Marburg outbreak:", "Velm measles outbreak:": the place, then the
            // disease, then the outbreak.
            let disease_end = (last + 1..).find(|&i| !doc.has(i, DISEASE)).unwrap_or(last + 1);
            let names_the_outbreak = (place_end..=last).all(|i| doc.has(i, DISEASE))
                && (place_end <= last || disease_end > last + 1)
                && doc.word_in(disease_end, OUTBREAK_WORDS);
            (place_end > first && names_the_outbreak).then(|| (first, place_end - 1))
        };
        if let Some((first, last)) = opener_at(start).or_else(topics_place) {
            // ("Mpox: Uganda's cases cross 9,400": the place, not its possessive.)
            main.extend((first..=last).filter_map(|i| doc.word(i)).map(without_possessive));
        } else {
            // The places the headline names, else those of the first sentence after it.
            // A breakdown ("including 640 in Northern Kell") is never the main geography.
            // ("412 cases of brucellosis registered in Kazakhstan": "of" a disease is no
            // breakdown, "of which 138 in" is.)
            // ("cases of measles among pupils in Qena": who was counted, where.)
            let breakdown = |i: usize| {
                (i.saturating_sub(3)..i).any(|j| {
                    doc.word_in(j, &["including"])
                        || doc.word_in(j, &["among"]) && !(j + 1..i).any(|k| doc.has(k, PEOPLE))
                        || doc.word_in(j, &["of"]) && doc.word_in(j + 1, &["which", "whom", "them", "these", "those"])
                })
            };
            // "Cholera in Akkar and the Bekaa: ...": two places named together are parts
            // (or a roundup's countries), neither of them the main geography.
            let and_another = |last: usize| {
                let next = if doc.word_in(last + 2, &["the"]) { last + 3 } else { last + 2 };
                doc.word_in(last + 1, &["and"]) && self.run_at(doc, next, true).is_some()
            };
            let named_in = |s: &Sentence| {
                (s.first..s.end)
                    // "weekly update for England".
                    .filter(|&i| doc.word_in(i, &["in", "to", "across", "for"]) && !breakdown(i))
                    // "in southern Velmora": the name after a position in lower case.
                    .map(|i| if doc.word_in(i + 1, COMPASS) && !is_capitalized(doc, i + 1) { i + 2 } else { i + 1 })
                    .filter_map(|i| self.run_at(doc, i, true))
                    .filter(|&(_, last)| !and_another(last))
                    .flat_map(|(first, last)| (first..=last).filter_map(|j| doc.word(j)))
                    .collect::<Vec<_>>()
            };
            let mut named = named_in(headline);
            // "Death toll rises to 26 in Sokoto as cases spread to Kebbi": where the
            // outbreak went is another place, not the main geography.
            let spread_to = (headline.first + 1..headline.end)
                .filter(|&i| doc.word_in(i - 1, &["spread", "spreads", "spreading"]) && doc.word_in(i, &["to"]))
                .find_map(|i| self.run_at(doc, i + 1, true));
            if let Some((first, last)) = spread_to.filter(|&(first, last)| named.len() > last + 1 - first) {
                let gone: Vec<&str> = (first..=last).filter_map(|j| doc.word(j)).collect();
                named.retain(|word| !gone.contains(word));
            }
            let is_headline = headline.end - headline.first <= 24;
            if named.is_empty() && is_headline {
                // A standfirst between the headline and the byline ("By ...",
                // "Published ...") speaks for the article; else the text's second line.
                let byline = |s: &&Sentence| {
                    is_capitalized(doc, s.first) && doc.word_in(s.first, &["by", "published", "updated", "posted"])
                };
                let after: Vec<&Sentence> =
                    sentences.iter().filter(|s| !s.furniture && s.first >= headline.end).take(4).collect();
                let deck = after.iter().position(byline).filter(|&n| n > 0).and_then(|n| after.get(..n));
                named = match deck {
                    Some(deck) => deck.iter().flat_map(|s| named_in(s)).collect(),
                    None => sentences.iter().filter(|s| !s.furniture).nth(1).map(named_in).unwrap_or_default(),
                };
            }
            main.extend(named);
        }
        let opening_end = sentences.get(3).map_or(doc.tokens.len(), |s| s.first);
        for i in 0..opening_end {
            let possessive = doc.word(i + 1).is_some_and(|w| w == "s") && matches!(doc.slice(i), "'" | "\u{2019}");
            let glued = doc.word(i).is_some_and(|w| w.ends_with("'s"));
            if glued && is_capitalized(doc, i) {
                main.extend(doc.word(i).map(without_possessive));
            } else if possessive && i > 0 && is_capitalized(doc, i - 1) {
                main.extend(doc.word(i - 1));
            }
        }
        // "Minas records more than 84 thousand ..." over "Minas Gerais registered 84.317":
        // the headline's short name, spelt out as the subject of the opening's count.
        let lead_end = sentences.get(8).map_or(doc.tokens.len(), |s| s.first);
        let spelt_out = (0..lead_end).find_map(|i| {
            let (first, last) = self.run_at(doc, i, true).filter(|&(first, last)| first < last)?;
            let counts = doc.word_in(last + 1, PLACE_VERBS) || doc.word_in(last + 1, &["has", "have"]);
            let short_name = doc.word(first).is_some_and(|w| main.contains(w))
                && (first + 1..=last).all(|j| doc.word(j).is_some_and(|w| !main.contains(w)));
            (short_name && counts).then_some((first, last))
        });
        if let Some((first, last)) = spelt_out {
            main.extend((first + 1..=last).filter_map(|i| doc.word(i)));
        }
        // "Dengue: 187 new cases in a week" over "Argentina recorded 187 new dengue cases":
        // with no place in the headline or its deck, the place the lead's count is for.
        // (The lead: the first sentence of prose below a headline that gives a number,
        // past date lines.)
        if main.is_empty() && headline.end - headline.first <= 24 {
            let prose = |s: &&Sentence| {
                (s.first..s.end).any(|j| doc.kind(j) == Some(TokenKind::Digits))
                    && (s.first..s.end).filter(|&j| doc.kind(j) == Some(TokenKind::Word)).nth(3).is_some()
            };
            let lead = sentences.iter().filter(|s| !s.furniture && s.first >= headline.end).find(prose);
            let lead_subject = lead.and_then(|s| {
                let (first, last) = self.run_at(doc, s.first, true)?;
                let counts = doc.word_in(last + 1, PLACE_VERBS)
                    && (last + 2..(last + 6).min(s.end)).any(|j| doc.kind(j) == Some(TokenKind::Digits));
                counts.then_some((first, last))
            });
            if let Some((first, last)) = lead_subject {
                main.extend((first..=last).filter_map(|i| doc.word(i)));
            }
        }
        // "DRC: mpox cases fall" over "The Democratic Republic of Congo recorded 2,184":
        // the name an acronym of the main geography stands for, in the opening.
        let acronyms: Vec<&str> = (headline.first..headline.end)
            .filter(|&i| (2..=5).contains(&doc.slice(i).len()) && doc.slice(i).bytes().all(|b| b.is_ascii_uppercase()))
            .filter_map(|i| doc.word(i).filter(|w| main.contains(w)))
            .collect();
        if !acronyms.is_empty() {
            let opening_end = sentences.get(12).map_or(doc.tokens.len(), |s| s.first);
            let mut spelt = Vec::new();
            for i in doc.in_class(0..opening_end, CAPITALIZED) {
                let Some((first, last)) = self.run_at(doc, i, true).filter(|&(first, last)| first == i && first < last)
                else {
                    continue;
                };
                let initials: String = (first..=last)
                    .filter(|&j| is_capitalized(doc, j))
                    .filter_map(|j| doc.word(j)?.bytes().next().map(char::from))
                    .collect();
                if acronyms.contains(&initials.as_str()) {
                    spelt.extend((first..=last).filter_map(|j| doc.word(j)));
                }
            }
            main.extend(spelt);
        }
        main
    }

    fn names_used_as_places(&self, doc: &'d Doc<'d>) -> WordSet<'d> {
        let mut used = WordSet::default();
        // Only capitalised words can start a name: look around those alone.
        for i in doc.in_class(0..doc.tokens.len(), CAPITALIZED) {
            let mut before = i;
            while before > 0 && before + 4 > i && doc.has(before - 1, PLACE_LEADS) && !doc.word_in(before - 1, &["in"])
            {
                before -= 1;
            }
            let after_preposition = before > 0 && doc.word_in(before - 1, &["in", "from", "across", "and"]);
            // "Tshikapa district", "the Tshikapa health zone".
            let before_place_noun =
                doc.has(i + 1, PLACE_NOUN) || doc.word_in(i + 1, &["health"]) && doc.has(i + 2, PLACE_NOUN);
            if after_preposition || before_place_noun {
                used.extend(doc.word(i));
            }
        }
        used
    }

    /// Whether the digits at `i` are the number in a place's name: "District 8", "Ward
    /// 12", "Region 4", or "Western 1" where the text also names "Western 2".
    pub fn numbers_a_place(&self, doc: &Doc<'_>, i: usize) -> bool {
        let Some(name) = i.checked_sub(1) else { return false };
        // ("Xaysettha District 1,117 cases": a count grouped in thousands.)
        let grouped = doc.attached(i + 1) && doc.attached(i + 2) && doc.kind(i + 2) == Some(TokenKind::Digits);
        numbered_name_at(doc, name).is_some()
            && !grouped
            && (doc.word_in(name, NUMBERED_PLACES) || doc.word(name).is_some_and(|w| self.numbered_series.contains(w)))
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
        // "Neighbouring Tessaly has reported 804", "Only Geneva reported ...": the place
        // is the name after it.
        let i = if is_relational(doc, i) || doc.word_in(i, &["only", "even"]) { i + 1 } else { i };
        // A capital first: most words asked about have none, and the lists are long.
        // "the Kingdom has reported 23 cases": the country told by its kind, not by name
        // ("the Kingdom of Norland" is a name).
        let the_country = || doc.word_in(i, COUNTRY_KINDS) && !doc.word_in(i + 1, &["of"]);
        // ("Monday's cumulative was 28,940": a day's, not a place's.)
        let a_days = || {
            doc.word(i).is_some_and(|w| {
                let bare = without_possessive(w);
                bare != w && super::lexicon::classes_of(bare) & DATE_START != 0
            })
        };
        // ("Biologically confirmed cases: 214": an adverb opening a line.)
        let adverb = || doc.word(i).is_some_and(|w| w.len() > 6 && w.ends_with("ally"));
        // ("The InDRE has processed 68,944 samples": an institute's mixed-case acronym;
        // not "KwaZulu", "McAllen".)
        let acronym = || {
            let name = doc.slice(i);
            let capitals = name.chars().filter(|c| c.is_uppercase()).count();
            capitals >= 3 && name.chars().skip(1).any(char::is_lowercase)
        };
        let not_a_name = || {
            doc.has(i, DATE_START) && !short_weekday_in_a_name(doc, i)
                || doc.has(i, PHRASE_ENDS | MODIFIERS | PEOPLE | DISEASE)
                || a_days()
                || adverb()
                || acronym()
                // ("SES-MG confirms 47 deaths": a health body the text spells out.)
                || self.is_a_body(doc, i)
                || doc.has(i, NOT_PLACE) && !doc.opens_a_new_name(i) && !opens_a_unit_s_name(doc, i)
                || the_country()
        };
        if !is_capitalized(doc, i) || not_a_name() {
            return None;
        }
        if !any_capital && !doc.word(i).is_some_and(|w| self.proper.contains(without_possessive(w))) {
            return None;
        }
        // "The Chinese mainland reported 7,918 cases": the country told by its people's
        // name is no place of it.
        if doc.word_in(i + 1, &["mainland"]) {
            return None;
        }
        let mut last = i;
        // "the U.S.", "the U.K.": an initialism's letters and dots are one name.
        // (Not an initial before a name: "J. Smith".)
        let letter = |j: usize| doc.slice(j).len() == 1 && doc.slice(j).chars().all(|c| c.is_ascii_uppercase());
        let dotted = |j: usize| letter(j) && doc.is_punct(j + 1, ".") && doc.attached(j + 1);
        while dotted(last) && doc.attached(last + 2) && letter(last + 2) {
            last += 2;
        }
        if last > i && doc.is_punct(last + 1, ".") && doc.attached(last + 1) {
            last += 1;
        }
        loop {
            let joined = doc.is_punct(last + 1, "-") && doc.attached(last + 1) && doc.attached(last + 2);
            // "Nyatike Sub-county": the unit's prefix is no part of the name.
            let sub_unit =
                doc.word_in(last + 1, &["sub"]) && doc.is_punct(last + 2, "-") && doc.has(last + 3, PLACE_NOUN);
            // "St. Joseph County", "Mt. Elgon", "Sta. Cruz": a shortened first word and its dot.
            let shortened = last == i && doc.word_in(i, SHORTENED_FIRST_WORDS) && doc.is_punct(i + 1, ".");
            // "Bouches-du-Rhône", "Alpes-de-Haute-Provence": a particle between hyphens.
            let hyphened_particle = joined
                && doc.word_in(last + 2, NAME_PARTICLES)
                && doc.is_punct(last + 3, "-")
                && doc.attached(last + 3)
                && doc.attached(last + 4);
            if hyphened_particle && is_capitalized(doc, last + 4) {
                last += 4;
            } else if (joined || shortened) && is_capitalized(doc, last + 2) {
                last += 2;
            } else if is_capitalized(doc, last + 1)
                && !sub_unit
                // "DHF Cases in West Java Reach 28,416": a title-case headline's verb.
                && !doc.word_in(last + 1, HEADLINE_VERBS)
                && (!doc.tokens[last + 1].line_before || name_goes_on(doc, last + 1))
                && (!doc.has(last + 1, DATE_START) || short_weekday_in_a_name(doc, last + 1))
            {
                last += 1;
            } else if (doc.word_in(last + 1, NAME_PARTICLES) || doc.word_in(last + 1, &["of"]))
                && is_capitalized(doc, last + 2)
            {
                last += 2;
            } else if doc.word_in(last, COUNTRY_KINDS)
                && doc.word_in(last + 1, &["of"])
                && doc.word_in(last + 2, &["the"])
                && is_capitalized(doc, last + 3)
            {
                // "the Democratic Republic of the Congo".
                last += 3;
            } else if self.numbers_a_place(doc, last + 1)
                && (!doc.attached(last + 2) || matches!(doc.slice(last + 2), "," | ";" | ":" | ")" | "."))
            {
                // "District 8", "Ward 12", "Western 2": a unit named by its number.
                last += 1;
            } else if (i..=last).any(|j| doc.has(j, INSTITUTION))
                || health_body(doc, i, last)
                // "The Barnes Center has collected 96 swabs": a named centre, not the
                // region called "Centre".
                || last > i && doc.word_in(last, &["center", "centre"])
            {
                return None;
            } else if doc.word_in(last + 1, &["ebolavirus", "virus", "strain"]) {
                // "the Bundibugyo ebolavirus outbreak", "the Sudan virus": a virus's name.
                return None;
            } else {
                return Some((i, last));
            }
        }
    }

    /// Whether the place at tokens `first..=last` is (part of) the main geography.
    /// "Cambodia reports 2 more cases; Vietnam, Bangladesh note infections": a headline
    /// (tokens `start..end`) of a roundup of countries, which has no main geography;
    /// each figure keeps its country.
    /// ("Maharashtra reports 1,245 cases; Pune tops list" ranks a district of the one
    /// place: no roundup.)
    fn names_places_clause_by_clause(&self, doc: &Doc<'_>, start: usize, end: usize) -> bool {
        (start..end).any(|i| {
            doc.is_punct(i, ";")
                && !doc.has(i + 1, MODIFIERS)
                && self.run_at(doc, i + 1, true).is_some_and(|(first, mut last)| {
                    // ("...; Ludhiana, Mohali worst hit": districts ranked together.)
                    while doc.is_punct(last + 1, ",") || doc.word_in(last + 1, &["and"]) {
                        match self.run_at(doc, last + 2, true) {
                            Some((_, next_last)) => last = next_last,
                            None => break,
                        }
                    }
                    !doc.word_in(last + 1, &["tops", "top", "leads", "lead", "worst", "hardest", "most"])
                        // ("...; SES-MG confirms 47 deaths": the state's health body.)
                        && !self.is_a_body(doc, first)
                })
        })
    }

    /// Whether the article is a roundup of countries (see `names_places_clause_by_clause`).
    pub fn is_roundup(&self) -> bool {
        self.roundup
    }

    /// Whether token `i` is an acronym the text spells out as a body's, or a name it
    /// gives a body by what it is (see [`Places::bodies`]), not a place's.
    fn is_a_body(&self, doc: &Doc<'_>, i: usize) -> bool {
        !self.bodies.is_empty()
            && (acronym_at(doc, i).is_some_and(|acronym| self.bodies.contains(acronym))
                || self.bodies.contains(doc.slice(i)))
    }

    /// A word of position not in the main geography makes a part of it ("East of
    /// England", "South West" in an article about Western Australia); so does a name
    /// going on past the main one ("Mimika Baru", a district of Mimika), or starting
    /// before it ("Cu Chi", a district of Ho Chi Minh City).
    pub fn is_main(&self, doc: &Doc<'_>, first: usize, last: usize) -> bool {
        let words = (first..=last).filter_map(|i| Some((i, without_possessive(doc.word(i)?))));
        // Counted as they come, not collected: this is asked of most figures' places.
        let (mut positions, mut positions_main, mut name_main, mut goes_on) = (0, true, false, false);
        for (i, word) in words {
            if COMPASS.contains(&word) {
                positions += 1;
                positions_main &= self.main.contains(word);
            } else if self.main.contains(word) && !(doc.has(i, PLACE_NOUN) && is_capitalized(doc, i) && i > first) {
                // ("Charlotte County" is no part of "Lee County": the unit is no name.)
                name_main = true;
            } else {
                // ("Greater Accra", "Metro Manila": the city's own area; "RSUD Mimika": a
                // body's acronym before it, one of its hospitals.)
                let own_area = ["greater", "metro", "metropolitan"].contains(&word)
                    || doc.slice(i).bytes().all(|b| b.is_ascii_uppercase());
                // ("Himachal Pradesh" under a headline on "Himachal": the state's full name.)
                let states_name = name_main && ["pradesh", "krai", "okrug", "kraj"].contains(&word);
                goes_on |= is_capitalized(doc, i)
                    && !doc.has(i, PLACE_NOUN)
                    && !states_name
                    && (name_main || i == first && !own_area);
            }
        }
        // "North Korea" under a headline on "North Korean leader": its position says it.
        let named = positions > 0 || name_main;
        positions_main && named && !goes_on
    }
}

/// Words that say a line is about an outbreak, beside the names of diseases.
const OUTBREAK_WORDS: &[&str] =
    &["virus", "fever", "outbreak", "epidemic", "cases", "case", "deaths", "infections", "disease", "notifications"];

/// The headline: the first line that is no page furniture, unless a page's menus and
/// banners come first ("Skip to main content", "Menu | Search"): then the first line
/// among the next that speaks of the outbreak and ends without a full stop.
pub(crate) fn headline<'s>(doc: &Doc<'_>, sentences: &'s [Sentence]) -> Option<&'s Sentence> {
    let mut body = sentences.iter().filter(|s| !s.furniture);
    let first = body.next()?;
    // "Center for Infectious Disease Research & Policy", "European Centre for Disease
    // Prevention and Control": a masthead naming an institution, no headline.
    let masthead = |s: &Sentence| {
        (s.first..s.end).all(|i| doc.kind(i) != Some(TokenKind::Digits))
            && (s.first..s.end).any(|i| {
                doc.word_in(i, &["center", "centre", "centers", "centres", "institute", "institutes"])
                    && doc.word_in(i + 1, &["for"])
            })
    };
    // "Home > Health and social care > Infectious diseases > Measles", "Home / Cities /
    // Delhi News / Dengue cases cross 4,300 in Delhi": a page's trail of links, no
    // headline.
    let separator = |i: usize| doc.is_punct(i, ">") || doc.is_punct(i, "/") && !doc.attached(i) && !doc.attached(i + 1);
    let breadcrumbs = |s: &Sentence| (s.first..s.end).filter(|&i| separator(i)).nth(1).is_some();
    let about_outbreak = |s: &Sentence| {
        (s.first..s.end).any(|i| doc.has(i, DISEASE) || doc.word_in(i, OUTBREAK_WORDS))
            && !masthead(s)
            && !breadcrumbs(s)
    };
    let prose = |s: &Sentence| doc.is_punct(s.end - 1, ".");
    if about_outbreak(first) {
        return Some(first);
    }
    // A topic label ("Avian Influenza (Bird Flu)") is shorter than a headline.
    let words = |s: &Sentence| (s.first..s.end).filter(|&i| doc.kind(i) == Some(TokenKind::Word)).count();
    let found = body.take(40).find(|s| !prose(s) && about_outbreak(s) && words(s) >= 5);
    Some(found.unwrap_or(first))
}

/// Words of a name that also start other places' names ("New", "United"): a name
/// spelled out from its initials adds its other words to the main geography.
const COMMON_NAME_WORDS: &[&str] = &["new", "greater", "republic", "democratic", "united"];

/// Units of a city or country named by a number: "District 8", "Ward 12", "Region 4".
const NUMBERED_PLACES: &[&str] = &["district", "ward", "zone", "sector", "precinct", "region"];

/// The number of a capitalised word at `name` followed by one or two digits standing
/// alone ("Western 2"), which may name a place.
fn numbered_name_at<'d>(doc: &'d Doc<'d>, name: usize) -> Option<&'d str> {
    let number = name + 1;
    let short = doc.kind(number) == Some(TokenKind::Digits) && doc.slice(number).len() <= 2 && !doc.attached(number);
    (short && doc.is_capitalized(name)).then(|| doc.slice(number))
}

/// The words of direction the text names two regions or more by, with different
/// numbers ("Western 1", "Western 2"): one pass over the capitalised words.
fn numbered_series<'d>(doc: &'d Doc<'d>) -> WordSet<'d> {
    let mut first_numbers: Vec<(&str, &str)> = Vec::new();
    let mut series = WordSet::default();
    for i in doc.in_class(0..doc.tokens.len(), CAPITALIZED) {
        let (Some(word), Some(number)) = (doc.word(i), numbered_name_at(doc, i)) else { continue };
        if !doc.word_in(i, COMPASS) {
            continue;
        }
        match first_numbers.iter().find(|(seen, _)| *seen == word) {
            Some(&(_, first)) if first != number => {
                series.insert(word);
            }
            Some(_) => {}
            None => first_numbers.push((word, number)),
        }
    }
    series
}

/// Words of position in a name: "East of England" is a part of England, "Western
/// Australia" not a part of Australia.
const COMPASS: &[&str] =
    &["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"];

/// The words of the names the main geography's initials stand for: "Western Australia"
/// in a report headlined "... in WA", "New South Wales" for "NSW".
fn spelled_out<'d>(doc: &'d Doc<'d>, main: &WordSet<'d>) -> Vec<&'d str> {
    // The shape first (a capital is a bit of the token's classes): few words are short
    // capitals, and the set is hashed.
    let acronyms: Vec<&str> = doc
        .in_class(0..doc.tokens.len(), CAPITALIZED)
        .filter(|&i| {
            let s = doc.slice(i);
            (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
        })
        .filter(|&i| doc.word(i).is_some_and(|w| main.contains(w)))
        .map(|i| doc.slice(i))
        .collect();
    let mut words = Vec::new();
    if acronyms.is_empty() {
        return words;
    }
    // One pair of buffers for every run of names tried: a pair each was an allocation
    // per capitalised word of the article.
    let mut initials = String::new();
    let mut run = Vec::new();
    for i in doc.in_class(0..doc.tokens.len(), CAPITALIZED).filter(|&i| doc.slice(i).len() > 1) {
        initials.clear();
        run.clear();
        let mut j = i;
        while initials.len() < 4 && j < doc.tokens.len() {
            if is_capitalized(doc, j) && !doc.tokens[j].line_before || j == i {
                initials.extend(doc.slice(j).chars().next());
                run.push(j);
            } else if !(doc.word_in(j, &["of", "the", "and"]) && j > i) {
                break;
            }
            if acronyms.contains(&initials.as_str()) && run.len() >= 2 {
                let named = run.iter().filter_map(|&k| doc.word(k)).filter(|w| !COMMON_NAME_WORDS.contains(w));
                words.extend(named);
                break;
            }
            j += 1;
        }
    }
    words
}

/// The acronym at token `i` as written, its hyphenated parts and all ("SES-MG"), if
/// token `i` is one (two capitals or more).
fn acronym_at<'d>(doc: &Doc<'d>, i: usize) -> Option<&'d str> {
    let capitals = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase());
    if !capitals(doc.slice(i)) {
        return None;
    }
    let mut last = i;
    while doc.is_punct(last + 1, "-") && doc.attached(last + 1) && capitals(doc.slice(last + 2)) {
        last += 2;
    }
    doc.text.get(doc.tokens[i].start..doc.tokens[last].end)
}

/// The acronyms a text gives in brackets after the name of a body, and the one-word
/// names it gives after a body's kind (see [`Places::bodies`]).
fn bodies_spelled_out<'d>(doc: &'d Doc<'d>) -> WordSet<'d> {
    // The name's own words before the bracket: capitals and the small words joining
    // them ("National Institute of Public Health").
    let name_word = |k: &usize| is_capitalized(doc, *k) || doc.word_in(*k, &["of", "for", "and", "the"]);
    let mut bodies = WordSet::default();
    for open in (0..doc.tokens.len()).filter(|&j| doc.is_punct(j, "(")) {
        let Some(acronym) = acronym_at(doc, open + 1) else { continue };
        let close = open + 1 + acronym.matches('-').count() * 2 + 1;
        let named = (open.saturating_sub(9)..open).rev().take_while(name_word).any(|k| doc.has(k, INSTITUTION));
        if doc.is_punct(close, ")") && named {
            bodies.insert(acronym);
        }
    }
    // "the consumer health watchdog Rospotrebnadzor": a body's one-word name after what
    // it is.
    for j in doc.in_class(0..doc.tokens.len(), CAPITALIZED) {
        let after_its_kind =
            j > 0 && doc.word_in(j - 1, &["watchdog", "regulator", "agency"]) && !is_capitalized(doc, j - 1);
        if after_its_kind && doc.kind(j) == Some(TokenKind::Word) && !is_capitalized(doc, j + 1) {
            bodies.insert(doc.slice(j));
        }
    }
    bodies
}

/// The unit of a place that token `i` refers back to as a place that counts: "in the
/// state", "the department's", "The department accounts for", "State laboratories"
/// (opening a sentence); not "the state of emergency", nor the government in "the
/// state has deployed 200 nurses".
fn unit_reference<'d>(doc: &'d Doc<'d>, i: usize, sentence_first: usize) -> Option<&'d str> {
    let word = doc.word(i)?;
    let (unit, possessive, next) = match word.strip_suffix("'s") {
        Some(unit) => (unit, true, i + 1),
        None if matches!(doc.slice(i + 1), "'" | "\u{2019}") && doc.word_in(i + 2, &["s"]) => (word, true, i + 3),
        None => (word, false, i + 1),
    };
    let unit = UNITS.iter().chain(CITY_NOUNS).copied().find(|&u| u == unit)?;
    let the = doc.word_in(i.wrapping_sub(1), &["the"]);
    let inside = the && doc.word_in(i.wrapping_sub(2), &["in", "across", "throughout"]);
    let verb = if doc.word_in(next, &["has", "have", "had"]) { next + 1 } else { next };
    let counts = the && doc.word_in(verb, PLACE_VERBS);
    let adjective = is_capitalized(doc, i) && i == sentence_first;
    let referring = inside || the && possessive || counts || adjective;
    (referring && !doc.word_in(next, &["of"])).then_some(unit)
}

/// Whether the name `first..=last` is a health body's: "Dorran County Health
/// Department", "Vantry Public Health Service" (a "Health District" is a place).
fn health_body(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    doc.word_in(last, &["department", "service", "services", "board", "unit", "team"])
        && (first..last).any(|j| doc.word_in(j, &["health"]))
}

/// Words that place a name beside another without being part of it ("Neighbouring",
/// "Nearby"), which open a sentence with a capital.
const RELATIONAL: &[&str] = &["neighbouring", "neighboring", "nearby", "adjacent", "bordering", "surrounding"];

/// Whether token `i` is a word that relates a place to another: "Neighbouring Tessaly".
pub(crate) fn is_relational(doc: &Doc<'_>, i: usize) -> bool {
    doc.word_in(i, RELATIONAL)
}

/// "the National Capital District (1,286)": a word that opens no place alone (a
/// headline's "National", "State") opens the name of a unit when capitalised words
/// ending in the unit's noun follow it (not an acronym's "WHO African Region").
fn opens_a_unit_s_name(doc: &Doc<'_>, i: usize) -> bool {
    let acronym = doc.slice(i).chars().all(|c| c.is_uppercase());
    let run =
        (i + 1..i + 4).take_while(|&j| is_capitalized(doc, j) && !doc.tokens.get(j).is_some_and(|t| t.line_before));
    !acronym && run.last().is_some_and(|last| last > i + 1 && doc.has(last, PLACE_NOUN))
}

fn is_capitalized(doc: &Doc<'_>, i: usize) -> bool {
    doc.is_capitalized(i)
}
