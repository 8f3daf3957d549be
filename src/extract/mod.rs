//! Article text -> figures. Never fails: returns what it found plus notes on what it
//! skipped and why.
//!
//! The pipeline: [`scan`] tokens -> [`sentence`]s (with page furniture marked) ->
//! [`calendar`] date mentions -> the [`published`] date -> per sentence, [`number`]
//! quantities judged by [`classify`] -> each figure's day -> rounded restatements
//! folded onto the precise figure they restate.

mod calendar;
mod classify;
mod lexicon;
mod number;
/// The outlet an article names (an agency in its dateline, a byline, a "Source:" line).
pub mod outlet;
mod place;
mod published;
mod scan;
mod sentence;
mod table;

use crate::date::Date;
use crate::figure::{Approx, Figure, Kind, Metric, Span, Subject};
use calendar::{Mention, Role, EPI_WEEK_WORDS};
use classify::{Context, Reading, Verdict};
use lexicon::PEOPLE;
use number::{NumberProblem, Quantity};
use place::Places;
use scan::{Doc, TokenKind};
use sentence::Sentence;
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::HashMap;

/// Where the publication date came from.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedSource {
    /// The user gave it.
    Given,
    /// Read or inferred from the article's text.
    Text,
}

/// A number the extractor saw and did not report as a figure, and why.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Note {
    /// First byte of the skipped words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The skipped words.
    pub text: String,
    /// Why they were skipped ("a percentage", "a duration").
    pub reason: &'static str,
}

/// Everything read from one article.
#[derive(Clone, PartialEq, Debug, Serialize)]
pub struct Extraction {
    /// The day the article was published, if given or found.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_source: Option<PublishedSource>,
    /// How the publication date was found, or why it could not be.
    pub published_explain: String,
    /// The figures, in text order.
    pub figures: Vec<Figure>,
    /// Numbers that were not figures, and why.
    pub notes: Vec<Note>,
}

impl Extraction {
    /// How many figures the text reports: one said again (headline, lead, body, a
    /// rounded restatement) counts once.
    pub fn reported_count(&self) -> usize {
        self.figures.iter().filter(|figure| figure.restates.is_none()).count()
    }
}

/// What people did to catch a food-borne or shared-source illness: "after eating".
const EXPOSURES: &[&str] =
    &["eating", "drinking", "attending", "visiting", "consuming", "handling", "swimming", "buying", "sharing"];

/// The same, told in a relative clause: "people who ate"; and when they fell ill ("all in
/// people who became ill before the fountain was shut off on Nov. 9").
const EXPOSED: &[&str] =
    &["ate", "drank", "attended", "visited", "consumed", "handled", "swam", "bought", "shared", "became", "fell"];

/// What a running count is of: its metric and the tokens of its place.
type CountKey = (Metric, Option<(usize, usize)>);

/// Reads every reported figure in `text`. `published` is the publication date if the
/// user knows it; otherwise it is looked for in the text.
pub fn extract(text: &str, published: Option<Date>) -> Extraction {
    // One lower-cased copy of the article for all its words: a copy of each
    // capitalised word was an allocation per name.
    let lower = text.to_ascii_lowercase();
    let doc = Doc::new(text, &lower);
    let mut sentences = Vec::new();
    sentence::split(&doc, &mut sentences);
    let mut mentions = Vec::new();
    calendar::find_mentions(&doc, &mut mentions);
    let found = published::find(&doc, &sentences, &mentions);
    let (published, published_source, published_explain, dateline) = match published {
        Some(date) => (Some(date), Some(PublishedSource::Given), "given".to_string(), found.dateline),
        None => (found.date, found.date.map(|_| PublishedSource::Text), found.explain, found.dateline),
    };
    // "reported 31,204 new infections on Tuesday, July 14, 2026": a date the lead gives
    // an event may tell the publication date too, but it stays that event's day.
    let dateline = dateline.filter(|&index| !doc.word_in(mentions[index].first.wrapping_sub(1), &["on"]));
    let places = Places::new(&doc, &sentences);
    // "This episode was recorded on Wednesday, 11 November": a broadcast's "this morning"
    // is the day it was recorded, which figures are dated from; the publication date
    // stays the day it was put out.
    let recorded = recorded_on(&doc, &sentences, &mentions, published);
    // A bulletin's header may run to six lines (an institute, its centre, the report's
    // title and number, "Date:", then "Data as of ...").
    let header_end = sentences.get(6).map_or(doc.tokens.len(), |s| s.first);
    // A line labelled as the data's ("Data as of 13 October 2026, 18:00") may come
    // later, under a longer letterhead.
    let labelled_end = sentences.get(12).map_or(doc.tokens.len(), |s| s.first);
    // So may a line heading a list with the day it is as of ("As of yesterday's update
    // (Fri 11/13):"), under a forum's furniture.
    let opens_line = |i: usize| i == 0 || doc.tokens.get(i).is_some_and(|t| t.line_before);
    let as_of_heading = |m: &Mention| {
        let start = (m.first.saturating_sub(8)..=m.first).rev().find(|&i| opens_line(i));
        let end = (m.last + 1..m.last + 4).find(|&i| opens_line(i) || i >= doc.tokens.len());
        start.is_some_and(|start| doc.word_in(start, &["as"]) && doc.word_in(start + 1, &["of", "at"]))
            && end.is_some_and(|end| doc.slice(end - 1) == ":")
            && m.first < labelled_end
    };
    // ("Issue 8 | Data for Sunday, Nov. 8 through Saturday, Nov. 14": the label may open
    // a field of its line, and the range it gives ends on the data's day.)
    let labelled = |m: &Mention| {
        let field_start =
            (m.first.saturating_sub(12)..m.first).rev().find(|&i| opens_line(i) || i > 0 && doc.is_punct(i - 1, "|"));
        field_start.is_some_and(|i| doc.word_in(i, &["data"]) && (i + 3 == m.first || doc.word_in(i + 1, &["for"])))
            && m.first < labelled_end
    };
    // "The figures, updated on Friday, show ...": the day the figures were brought up to,
    // said in the story's first paragraphs (under a page's menus and key points).
    let updated_end = sentences.get(24).map_or(doc.tokens.len(), |s| s.first);
    let updated = |m: &Mention| figures_updated_on(&doc, m) && m.first < updated_end;
    // ("41 people ... after eating at the restaurant between September 19 and September
    // 27": the days of exposure are no data's.)
    // "The number of influenza patients per medical institution rose to 16.42 in the
    // week through Nov. 15": the week a weekly report's story opens with, ended in the
    // fortnight before publication ("Last season, admissions peaked in the week ending
    // Jan. 3" dates nothing now).
    let recent = |m: &Mention| {
        let days = m.resolve(published).zip(published).map(|(day, p)| p.days_since(day));
        days.is_some_and(|days| (0..=14).contains(&days))
    };
    let weeks_end = |m: &Mention| {
        m.role == Role::End
            && recent(m)
            && m.first < labelled_end
            && m.first >= 3
            && doc.word_in(m.first - 2, &["week"])
            && doc.word_in(m.first - 3, &["the"])
            && doc.word_in(m.first - 1, &["through", "to", "ending", "ended"])
    };
    let data_day = mentions.iter().position(|m| {
        ((m.first < header_end || labelled(m)) && m.role == Role::End || as_of_heading(m) || updated(m) || weeks_end(m))
            && m.when.is_some()
            && !exposure_before(&doc, 0, m.first)
    });
    let day_headings = whole_line_mentions(&doc, &sentences, &mentions, dateline, false);
    let entry_stamps = whole_line_mentions(&doc, &sentences, &mentions, dateline, true);
    let diseases = main_diseases(&doc, &sentences);
    let lines = table::lines(&doc, &sentences);
    let cells = table::read_tables(&doc, &sentences, &lines);
    let article = Article {
        doc: &doc,
        mentions: &mentions,
        dateline,
        published: recorded.or(published),
        reference: if recorded.is_some() { "the recording" } else { "publication" },
        places: &places,
        data_day,
        day_headings,
        entry_stamps,
        diseases,
        cells: &cells,
        sentences: &sentences,
        prose_spellings: OnceCell::new(),
    };
    let mut notes = Vec::new();
    let mut drafts = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        article.read_sentence(index, sentence, &mut drafts, &mut notes);
    }
    article.place_in_sections(&mut drafts, &table::section_places(&doc, &lines));
    let items = table::digest_items(&doc, &places, &lines);
    article.place_in_items(&mut drafts, &items);
    article.carry_places_in_roundups(&mut drafts);
    parts_larger_than_the_new_count(&mut drafts, |draft| {
        let rest = doc.word_in(draft.quantity.first.wrapping_sub(1), &["remaining"]);
        !rest && draft.reading.location.is_none_or(|(first, last)| places.is_the_part(&doc, first, last))
    });
    article.publication_days_to_data_days(&mut drafts);
    article.totals_brought_up_by_the_count_before(&mut drafts);
    article.earlier_totals_told_after_the_lead(&mut drafts);
    article.inherit_days_by_item(&mut drafts, &items);
    article.periods_since_a_day(&mut drafts);
    article.date_trend_lines(&mut drafts);
    article.places_adding_up_to_a_count_told_before(&mut drafts, &mut notes);
    article.parts_by_category(&mut drafts, &mut notes);
    let mut figures: Vec<Figure> = drafts.iter_mut().map(|d| article.figure(d, &sentences)).collect();
    // "PRESS RELEASE", a ministry's name, then the headline: every line above a
    // dateline near the top is the header's, and a figure there is a headline's.
    let dateline_sentence = dateline.map(|index| sentences.partition_point(|s| s.end <= mentions[index].first));
    // "Home / News" above it: the headline is the first line about the outbreak.
    let headline_line = place::headline(&doc, &sentences)
        .map(|h| sentences.partition_point(|s| s.end <= h.first) + 1)
        .filter(|&k| k <= 6);
    // A standfirst between the headline and the byline ("By ...") restates the body as
    // a headline does.
    let bylined = |s: &Sentence| {
        doc.word_in(s.first, &["by", "published", "updated", "posted"])
            && doc.slice(s.first).starts_with(char::is_uppercase)
    };
    let standfirst = headline_line.filter(|&k| sentences.get(k + 1).is_some_and(bylined)).map(|k| k + 1);
    let headlines = dateline_sentence
        .filter(|&k| k <= 4)
        .unwrap_or(0)
        .max(1)
        .max(headline_line.unwrap_or(0))
        .max(standfirst.unwrap_or(0));
    fold_restatements(&doc, &mut figures, &drafts, headlines, places.is_roundup());
    Extraction { published, published_source, published_explain, figures, notes }
}

/// "The figures, updated on Friday, show ...", "the weekly report ..., which includes
/// data up to Saturday, Oct. 24", "The ministry released the figures in its weekly
/// update on Wednesday": a day the article's figures were brought up to.
fn figures_updated_on(doc: &Doc<'_>, m: &Mention) -> bool {
    let verb = m.first.wrapping_sub(if doc.word_in(m.first.wrapping_sub(1), &["on"]) { 2 } else { 1 });
    let figures =
        |from: usize, to: usize| (from..to).any(|i| doc.word_in(i, &["figures", "data", "numbers", "statistics"]));
    let released = (m.first.saturating_sub(10)..m.first).find(|&i| doc.word_in(i, &["released", "published"]));
    doc.word_in(verb, &["updated", "refreshed"]) && figures(verb.saturating_sub(3), verb)
        || m.role == Role::End && figures(m.first.saturating_sub(4), m.first)
        || released.is_some_and(|at| doc.word_in(at + 1, &["the", "its"]) && figures(at + 2, at + 3))
}

/// Whether the words from `from` to the day at token `day`, back to the clause's start
/// (a comma or semicolon), tell of an exposure: "after eating ...", "who attended ...",
/// "If you ate at ...".
fn exposure_before(doc: &Doc<'_>, from: usize, day: usize) -> bool {
    // ("9 new notifications, all with onset of the symptoms before 15/10": when they
    // fell ill.)
    let exposure = |i: usize| {
        doc.word_in(i, &["after"]) && doc.word_in(i + 1, EXPOSURES)
            || doc.word_in(i, &["who", "that", "you"]) && doc.word_in(i + 1, EXPOSED)
            || doc.word_in(i, &["onset"])
    };
    (from..day).rev().take(30).take_while(|&i| !doc.is_punct(i, ",") && !doc.is_punct(i, ";")).any(exposure)
}

/// The diseases the tokens of `range` name, by their canonical names (see
/// [`disease_named_at`]), with "H5N1", "H7N9" and such, tokens of their own, as influenza.
fn diseases_named_in<'a>(doc: &'a Doc<'_>, range: std::ops::Range<usize>) -> impl Iterator<Item = &'static str> + 'a {
    let subtype = |i: &usize| {
        doc.word_in(*i, &["h"])
            && doc.kind(i + 1) == Some(TokenKind::Digits)
            && doc.attached(i + 1)
            && doc.word_in(i + 2, &["n"])
            && doc.attached(i + 2)
    };
    let subtypes = range.clone().filter(subtype).map(|_| "influenza");
    doc.in_class(range, lexicon::DISEASE).filter_map(|i| disease_named_at(doc, i)).chain(subtypes)
}

/// The disease token `i` names, by its canonical name: "coronavirus" is COVID-19's,
/// unless it is the "Middle East respiratory syndrome coronavirus" (MERS-CoV); "Nile"
/// names West Nile virus only after "West"; "Salmonella Typhi" is typhoid.
fn disease_named_at(doc: &Doc<'_>, i: usize) -> Option<&'static str> {
    let disease = doc.word(i).and_then(lexicon::disease_of)?;
    if disease == "west nile" && !doc.word_in(i.wrapping_sub(1), &["west"]) {
        return None;
    }
    // ("Volunteers scrub the wards": only "scrub typhus" and "murine typhus" name it.)
    if doc.word_in(i, &["scrub", "murine"]) && !doc.word_in(i + 1, &["typhus"]) {
        return None;
    }
    // "Salmonella Typhi", "Salmonella Paratyphi": typhoid's bacteria.
    if disease == "salmonellosis" && doc.word_in(i + 1, &["typhi", "paratyphi"]) {
        return Some("typhoid");
    }
    let mers = disease == "covid"
        && doc.word_in(i.wrapping_sub(1), &["syndrome"])
        && doc.word_in(i.wrapping_sub(2), &["respiratory"])
        && doc.word_in(i.wrapping_sub(3), &["east"]);
    Some(if mers { "mers" } else { disease })
}

/// The diseases named in the headline, else in the two sentences after it, else the one
/// the article names most often (the first of those named as often): a page's masthead,
/// menus and byline can come before a lead that names the disease its headline calls by
/// a common name ("Rat fever"), and a bulletin's highlights can name other diseases
/// before its section on the main one. A headline on respiratory viruses ("Respiratory
/// Virus Weekly: flu admissions rise") is about flu, COVID-19 and RSV alike.
fn main_diseases(doc: &Doc<'_>, sentences: &[Sentence]) -> Vec<&'static str> {
    let named = |s: &Sentence| -> Vec<&'static str> {
        // (Not "Middle East respiratory syndrome": one disease.)
        let respiratory = |i: usize| {
            doc.word_in(i, &["respiratory"])
                && doc.word_in(
                    i + 1,
                    &["virus", "viruses", "illness", "illnesses", "surveillance", "infections", "season"],
                )
        };
        if (s.first..s.end).any(respiratory) {
            return RESPIRATORY_VIRUSES.to_vec();
        }
        diseases_named_in(doc, s.first..s.end).collect()
    };
    let mut prose = sentences.iter().filter(|s| !s.furniture);
    let headline = prose.next().map(named).unwrap_or_default();
    if !headline.is_empty() {
        return headline;
    }
    // Under a masthead ("Outbreak Notes", "Subscribe", "Sign in"): the first line of
    // the page's top that names a disease and ends in no full stop is the headline
    // ("#87: H7N9 is back, Nipah comes early, and Oropouche moves east"), all it names.
    let headline_below =
        prose.clone().take(6).filter(|s| !doc.is_punct(s.end - 1, ".")).map(named).find(|named| !named.is_empty());
    if let Some(named) = headline_below {
        return named;
    }
    let lead: Vec<&'static str> = prose.clone().take(2).flat_map(named).collect();
    if !lead.is_empty() {
        return lead;
    }
    // Each disease named, in the order first named, with how often.
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for disease in prose.flat_map(named) {
        match counts.iter_mut().find(|(d, _)| *d == disease) {
            Some((_, n)) => *n += 1,
            None => counts.push((disease, 1)),
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    counts.into_iter().find(|&(_, n)| n == most).map(|(d, _)| vec![d]).unwrap_or_default()
}

/// The diseases of a report on respiratory viruses, by their canonical names.
const RESPIRATORY_VIRUSES: &[&str] = &["influenza", "covid", "rsv"];

/// A figure being read: its quantity, reading, and how its day was found.
struct Draft {
    quantity: Quantity,
    reading: Reading,
    sentence: usize,
    day: Day,
    period_days: Option<u32>,
}

/// How a figure's day was found.
#[derive(Clone, PartialEq, Debug)]
enum Day {
    /// From a date mention in its sentence: the day (if resolvable), its role, why.
    Mentioned(Option<Date>, Role, String),
    /// Not yet known: taken from a neighbouring figure afterwards.
    Unstated,
    /// Taken from another figure or the publication date.
    Inherited(Option<Date>, String),
}

impl Day {
    fn date(&self) -> Option<Date> {
        match self {
            Day::Mentioned(date, ..) | Day::Inherited(date, _) => *date,
            Day::Unstated => None,
        }
    }
}

/// The day a broadcast or interview says it was recorded ("This episode was recorded on
/// Wednesday, 11 November"), in a sentence of the article's top that counts nothing, a
/// week at most before publication.
fn recorded_on(doc: &Doc<'_>, sentences: &[Sentence], mentions: &[Mention], published: Option<Date>) -> Option<Date> {
    let published = published?;
    let top = sentences.iter().take(12);
    let told = top.filter(|s| {
        let words = s.first..s.end;
        words.clone().any(|i| doc.word_in(i, &["recorded"]))
            && words.clone().any(|i| {
                doc.word_in(i, &["episode", "interview", "podcast", "programme", "program", "show", "conversation"])
            })
            && !words.clone().any(|i| doc.word(i).is_some_and(|w| classify::counted_metric(w).is_some()))
    });
    told.flat_map(|s| mentions.iter().filter(move |m| m.first >= s.first && m.last < s.end))
        .filter(|m| m.role != Role::Since)
        .find_map(|m| m.resolve(Some(published)))
        .filter(|&day| day <= published && published.days_since(day) <= 7)
}

/// The mentions that make up a whole line of their own, other than the dateline: days
/// ("Tuesday 16 February" above a live blog's entries) or, with `times`, times of day
/// ("11:02" over one entry).
fn whole_line_mentions(
    doc: &Doc<'_>,
    sentences: &[Sentence],
    mentions: &[Mention],
    dateline: Option<usize>,
    times: bool,
) -> Vec<usize> {
    let own_line = |s: &Sentence| {
        doc.tokens.get(s.first).is_some_and(|t| t.line_before || s.first == 0)
            && doc.tokens.get(s.end).is_none_or(|t| t.line_before)
    };
    sentences
        .iter()
        .filter(|s| own_line(s))
        .filter_map(|s| {
            // Mentions are in text order: bisection keeps this linear in a long paste.
            let index = mentions.partition_point(|m| m.first < s.first);
            let whole_line = |m: &&Mention| m.first == s.first && m.last + 1 == s.end && m.when.is_none() == times;
            mentions.get(index).filter(whole_line).map(|_| index)
        })
        .filter(|&index| Some(index) != dateline)
        .collect()
}

struct Article<'a> {
    doc: &'a Doc<'a>,
    mentions: &'a [Mention],
    /// The mention the publication date was read from: page furniture, not a figure's day.
    dateline: Option<usize>,
    /// The day the article's "today" is: its publication date, or the day a broadcast
    /// says it was recorded.
    published: Option<Date>,
    /// What `published` is, as explanations name it: "publication" or "the recording".
    reference: &'static str,
    places: &'a Places<'a>,
    /// A header's "Data as of 5 March 2023" / "week ending 1 October": the day figures
    /// without one of their own are for (an index into `mentions`).
    data_day: Option<usize>,
    /// Lines that are only a day ("Monday 15 February" in a live blog): the day of the
    /// undated figures below them (indexes into `mentions`, in token order).
    day_headings: Vec<usize>,
    /// Lines that are only a time ("11:02"): a live blog's entries, each a report of
    /// its own (indexes into `mentions`, in token order).
    entry_stamps: Vec<usize>,
    /// The diseases the article is about (named in its headline or opening).
    diseases: Vec<&'static str>,
    /// The figures read from tables and lists, in token order.
    cells: &'a [table::Cell],
    sentences: &'a [Sentence],
    /// Each capitalised word as the prose spells it ("orlenia" -> "Orlenia"), for names a
    /// heading writes in capitals: found once, when a figure's place first asks.
    prose_spellings: OnceCell<HashMap<&'a str, &'a str>>,
}

impl Article<'_> {
    /// The rules' view of tokens `first..end`, with the date mentions among them.
    fn context<'c>(&'c self, first: usize, end: usize, dates: &'c [(usize, usize)]) -> Context<'c> {
        Context {
            doc: self.doc,
            first,
            end,
            dates,
            places: self.places,
            this_year: self.published.map(|date| date.year()),
            asked: Default::default(),
            cues: Default::default(),
        }
    }

    /// The indices of the date mentions in `sentence`: mentions are in token order, so
    /// bisected.
    fn mentions_in(&self, sentence: &Sentence) -> std::ops::Range<usize> {
        let from = self.mentions.partition_point(|m| m.first < sentence.first);
        let to = self.mentions.partition_point(|m| m.first < sentence.end);
        from..to
    }

    fn read_sentence(&self, index: usize, sentence: &Sentence, drafts: &mut Vec<Draft>, notes: &mut Vec<Note>) {
        let mentions: Vec<(usize, &Mention)> = self.mentions_in(sentence).map(|i| (i, &self.mentions[i])).collect();
        let quantities = self.quantities(sentence, &mentions, notes);
        // Figures read from a table or list are taken as the table reader read them.
        let from = self.cells.partition_point(|c| c.quantity.first < sentence.first);
        let to = self.cells.partition_point(|c| c.quantity.first < sentence.end);
        let cells = &self.cells[from..to];
        // Most sentences hold no number: nothing more to read in them.
        if quantities.is_empty() && cells.is_empty() {
            return;
        }
        let dates: Vec<(usize, usize)> = mentions.iter().map(|(_, m)| (m.first, m.last)).collect();
        let cx = self.context(sentence.first, sentence.end, &dates);
        let mut earlier_years = self.earlier_years(sentence, &mentions);
        // "The last major outbreak, in two thousand and seven, killed over one hundred and
        // fifty": a broadcast's year said in words.
        earlier_years.extend(quantities.iter().filter(|q| self.year_in_words(q)).map(|q| q.first));
        // "In all of 2025, Allen County recorded 11 cases. Indiana reported 162
        // statewide.": the year the sentence before opens with goes on.
        if earlier_years.is_empty() && mentions.is_empty() && self.goes_on_in_an_earlier_year(index, sentence) {
            earlier_years.push(sentence.first);
        }
        // "Guinea's previous outbreak, which also began in Siguiri in 2023, recorded more
        // than 500 suspected cases": a sentence about an earlier outbreak.
        let earlier_outbreak = (sentence.first..(sentence.first + 5).min(sentence.end)).any(|i| {
            self.doc.word_in(i, &["previous", "last", "earlier", "prior"])
                && self.doc.word_in(i + 1, &["outbreak", "epidemic"])
        });
        if earlier_outbreak {
            earlier_years.push(sentence.first);
        }
        let asked_by_a_reporter = self.asked_by_a_reporter(sentence);
        let other_disease = self.about_other_disease(sentence)
            || self.under_another_diseases_heading(index, sentence)
            || self.names_a_disease_the_headline_does_not(sentence)
            || self.about_an_accident(sentence);
        // (Asked once of the sentence: most name no disease but the article's.)
        let names_another_disease = !self.diseases.is_empty()
            && diseases_named_in(self.doc, sentence.first..sentence.end).any(|d| !self.diseases.contains(&d));

        let first_draft = drafts.len();
        for cell in cells {
            drafts.push(self.cell_draft(cell, index));
        }
        let in_cell = |q: &Quantity| cells.iter().any(|c| q.first <= c.quantity.last && c.quantity.first <= q.last);
        let mut covered_until = sentence.first;
        // The period the sentence names ("in the past 24 hours") is the same for each of
        // its new counts: read once, when the first asks.
        let mut sentence_period = None;
        for quantity in &quantities {
            if quantity.first < covered_until || in_cell(quantity) {
                continue;
            }
            if self.is_serial_number(quantity, cells) {
                notes.push(self.note(quantity.first, quantity.last, "a table row's serial number"));
                continue;
            }
            if self.in_a_read_row(quantity, cells) {
                notes.push(self.note(
                    quantity.first,
                    quantity.last,
                    "a table column not read (another year's, or unclear)",
                ));
                continue;
            }
            let skip = if sentence.furniture {
                Some("in a block of links to other stories")
            } else if asked_by_a_reporter {
                Some("in a reporter's question: figures the questioner quotes")
            } else if other_disease || names_another_disease && self.counted_for_another_disease(sentence, quantity) {
                Some("about another disease or an accident, not the article's outbreak")
            } else if self.is_historical(sentence, &earlier_years, quantity) {
                Some("about an earlier or a usual year, not this outbreak's count")
            } else {
                None
            };
            if let Some(reason) = skip {
                notes.push(self.note(quantity.first, quantity.last, reason));
                continue;
            }
            // "23 cases (19 confirmed and 4 probable), including 11 deaths (7 confirmed and 4
            // probable), from three regions: Kagera (16)": a place's count past a part told
            // in a closed bracket goes on with the figure the sentence opens with.
            let sentence_drafts = &drafts[first_draft..];
            let place_count = quantity.first >= 2
                && self.doc.is_punct(quantity.first - 1, "(")
                && self.doc.is_capitalized(quantity.first - 2);
            let past_bracket =
                place_count && sentence_drafts.last().is_some_and(|d| self.in_closed_bracket(&d.quantity, quantity));
            let previous = if past_bracket {
                sentence_drafts.first()
            } else {
                self.figure_referred_to(sentence_drafts, quantity).or(sentence_drafts.last())
            }
            .map(|d| (&d.quantity, &d.reading));
            // ("Four of the deaths were reported from Banke", told after counts of cases:
            // a part's set is the last count of what its word names; the new count of
            // its sentence, if it has one: "Fifteen more people died ..., taking the death
            // toll to 722. ... Eight of the deaths were recorded in Dhaka". Looked for
            // among the last 40 figures: the work per number stays bounded.)
            let set = classify::set_word_metric(&cx, quantity).and_then(|metric| {
                let last = drafts.iter().rev().take(40).find(|d| d.reading.metric == metric)?;
                let new_beside =
                    drafts.iter().rev().take_while(|d| d.sentence >= last.sentence).find(|d| {
                        d.sentence == last.sentence && d.reading.metric == metric && d.reading.kind == Kind::New
                    });
                Some(new_beside.unwrap_or(last))
            });
            let earlier = set.or(drafts.last()).map(|d| &d.reading);
            match classify::classify(&cx, quantity, previous, earlier) {
                Verdict::Figure(mut reading) => {
                    // "the Western Region with 141 cases (11 active)": a part in brackets
                    // right after a placed count is for the same place.
                    let bracketed_after = sentence_drafts.last().filter(|d| {
                        reading.location.is_none()
                            && quantity.first >= 2
                            && self.doc.is_punct(quantity.first - 1, "(")
                            && d.quantity.last + 3 >= quantity.first
                    });
                    if let Some((first, last)) = bracketed_after.and_then(|d| d.reading.location) {
                        reading.location = Some((first, last));
                        let words = self.words(first, last);
                        reading.explain.push(["location: ", words, " (of the count its bracket follows)"].concat());
                    }
                    // "Selangor recorded the most with 1,704 cases": a place's part of the
                    // week's count just before it is of that week, when its sentence names
                    // no period or day of its own.
                    let part_of = drafts.last().filter(|d| {
                        reading.location.is_some()
                            && cx.dates.is_empty()
                            && d.sentence + 1 >= index
                            && d.reading.kind == Kind::New
                            && d.reading.metric == reading.metric
                    });
                    // "During the reporting period, 5,904 samples were tested": the period
                    // of the last count told over more than a day.
                    let of_the_period = || {
                        let told = cx.dates.is_empty() && self.the_period_in(sentence);
                        told.then(|| drafts.iter().rev().take(20).find_map(|d| d.period_days.filter(|&days| days > 1)))
                            .flatten()
                    };
                    let period_days = (reading.kind == Kind::New).then(|| {
                        let own = *sentence_period.get_or_insert_with(|| classify::period_days(&cx));
                        own.or_else(|| part_of.and_then(|d| d.period_days)).or_else(of_the_period).unwrap_or(1)
                    });
                    covered_until = self
                        .aside_in(quantity, reading.last)
                        .or_else(|| self.whole_of_a_part(quantity, reading.last))
                        .unwrap_or(reading.last + 1);
                    let each = if reading.location.is_none() {
                        classify::places_each(&cx, quantity, reading.last)
                    } else {
                        Vec::new()
                    };
                    let draft = |reading| Draft {
                        quantity: *quantity,
                        reading,
                        sentence: index,
                        day: Day::Unstated,
                        period_days,
                    };
                    if each.is_empty() {
                        drafts.push(draft(reading));
                    } else {
                        for &(first, last) in &each {
                            let mut one = reading.clone();
                            one.location = Some((first, last));
                            let words = self.words(first, last);
                            one.explain.push(["location: ", words, " (one of the places given it \"each\")"].concat());
                            drafts.push(draft(one));
                        }
                    }
                }
                Verdict::Skip(reason) => notes.push(self.note(quantity.first, quantity.last, reason)),
            }
        }
        drafts[first_draft..].sort_by_key(|d| d.quantity.first);
        // The day the story has reached: "a day earlier" in this sentence is the day
        // before it.
        // ("up from 191,434 on Wednesday" is where it came from, not where it is.)
        // (Else the day the figure before was told: "64 cases, figures published on
        // Thursday show. That is up from 47 a week earlier.")
        // ("... figures published on Friday. Seven people have died. ... 46 new cases in
        // the past week, down from 61 the week before": past figures of no day.)
        let last_told = || {
            // (A few figures back only: a long paste's undated figures are many.)
            drafts[..first_draft].iter().rev().take(8).find(|d| d.day != Day::Unstated).and_then(|d| match d.day {
                Day::Mentioned(date, Role::Report, _) if !d.reading.earlier_value => date,
                _ => None,
            })
        };
        let story_day = drafts[..first_draft]
            .iter()
            .rev()
            .find_map(|d| match d.day {
                Day::Mentioned(date, role, _) if role != Role::Report && !d.reading.earlier_value => date,
                _ => None,
            })
            .or_else(last_told);
        // Days once the sentence's figures are known: a day right after one figure is
        // that figure's alone.
        let figures: Vec<Quantity> = drafts[first_draft..].iter().map(|d| d.quantity).collect();
        for k in first_draft..drafts.len() {
            if drafts[k].day != Day::Unstated {
                continue;
            }
            drafts[k].day = if drafts[k].reading.part_of_previous && k > 0 {
                drafts[k - 1].day.clone()
            } else {
                self.day_in_sentence(&drafts[k].quantity, &mentions, &figures, story_day)
            };
            self.count_over_range(&mut drafts[k], &mentions);
            // "A total of 3,412 cases were reported from Jan. 1 through Saturday, up from
            // 1,766 as of May 23": an earlier value is of the kind its figure turned out
            // to be over its range.
            if k > first_draft && drafts[k].reading.earlier_value {
                let (before, rest) = drafts.split_at_mut(k);
                if let (Some(figure), Some(earlier)) = (before.last(), rest.first_mut()) {
                    let turned_total = figure.reading.kind == Kind::Total && earlier.reading.kind == Kind::New;
                    if turned_total && figure.reading.metric == earlier.reading.metric && !figure.reading.earlier_value
                    {
                        earlier.period_days = None;
                        let why = "kind: total (an earlier value of the running total before it)".to_string();
                        earlier.reading.change_kind(Kind::Total, why);
                    }
                }
            }
            // "E ward with 162 cases in the first 10 days of November, followed by
            // F/South with 141": a place list goes on over the days its first item was
            // found new over.
            if k > first_draft && drafts[k].day == Day::Unstated {
                let (before, rest) = drafts.split_at_mut(k);
                if let (Some(item), Some(next)) = (before.last(), rest.first_mut()) {
                    let goes_on = item.reading.kind == Kind::New
                        && item.period_days.is_some_and(|days| days > 1)
                        && item.reading.location.is_some()
                        && next.reading.location.is_some()
                        && next.reading.metric == item.reading.metric
                        && next.reading.kind == Kind::Total
                        && next.reading.kind_strength == 0
                        && !next.reading.earlier_value;
                    if goes_on {
                        next.period_days = item.period_days;
                        next.day = item.day.clone();
                        let why = "kind: new (the next place of a list counted over the same days)".to_string();
                        next.reading.change_kind(Kind::New, why);
                    }
                }
            }
        }
    }

    /// "310 cases were notified between Jan. 1 and April 16": a count over a range of
    /// days is new over those days, and over more than a month it is the running total
    /// since the range's start (unless its own words say "new"). A count of named months
    /// ("in January and February") is new over those months.
    fn count_over_range(&self, draft: &mut Draft, mentions: &[(usize, &Mention)]) {
        // "collected 2,18,640 blood samples between November 1 and 10": a count with no
        // word of its kind, over a few named days, is new over them.
        let untold = draft.reading.kind == Kind::Total && draft.reading.kind_strength == 0;
        if draft.reading.kind != Kind::New && !untold {
            return;
        }
        // "56,634 cases in January and February": a count of whole months.
        if let (Day::Mentioned(Some(end_date), _, _), false) = (&draft.day, untold) {
            let end_date = *end_date;
            let months = mentions.iter().find(|(_, m)| {
                matches!(m.when, Some(calendar::When::MonthEnd(..) | calendar::When::LastMonth))
                    && m.resolve(self.published) == Some(end_date)
            });
            // ("900 people died in the first half of 2026": the months from January;
            // "last month": the month that ends on that day.)
            // "from January through September": the run's first month, before the
            // mention of its last ("between January and the end of September" too).
            let run_start = months.and_then(|(_, m)| {
                let doc = self.doc;
                let last = if doc.word_in(m.first.wrapping_sub(1), &["of"])
                    && doc.word_in(m.first.wrapping_sub(2), &["end"])
                    && doc.word_in(m.first.wrapping_sub(3), &["the"])
                {
                    m.first - 3
                } else {
                    m.first
                };
                let joined = doc.word_in(last.wrapping_sub(1), &["to", "through", "and", "until"])
                    && doc.word_in(last.wrapping_sub(3), &["from", "between"]);
                joined.then(|| last - 2)
            });
            let first_month = months.and_then(|(_, m)| {
                let from_january = self.doc.word_in(m.first + 1, &["first"]).then_some(1);
                let last_month = (m.when == Some(calendar::When::LastMonth)).then_some(end_date.ymd().1);
                let run = run_start.unwrap_or(m.first);
                (run..=m.last)
                    .filter_map(|i| self.doc.word(i).and_then(calendar::month_of))
                    .min()
                    .or(from_january)
                    .or(last_month)
            });
            let start = first_month.and_then(|month| Date::from_ymd(end_date.year(), month, 1));
            if let Some(start) = start.filter(|&start| start <= end_date) {
                draft.period_days = u32::try_from(end_date.days_since(start) + 1).ok();
                return;
            }
        }
        let Day::Mentioned(Some(end_date), Role::End, _) = draft.day else { return };
        let at = draft.quantity.first;
        // (The figure's own end day: "From Nov. 1 to 15, [a long name] recorded 1,146
        // cases, up from 468 from Oct. 26 to 31" is nearer the other range's end.)
        let nearest_end_on = |day: Option<Date>| {
            mentions
                .iter()
                .filter(|(_, m)| m.role == Role::End && day.is_none_or(|day| m.resolve(self.published) == Some(day)))
                .min_by_key(|(_, m)| m.first.abs_diff(at))
        };
        let nearest_end = nearest_end_on(Some(end_date)).or_else(|| nearest_end_on(None));
        let Some((_, end)) = nearest_end else { return };
        let doc = self.doc;
        // "from 0:00 on 1 October 2026 to 24:00 on 31 October 2026": past a time of day.
        let time_before_end = end.first >= 4
            && doc.word_in(end.first - 1, &["on", "at"])
            && doc.is_punct(end.first - 3, ":")
            && doc.kind(end.first - 4) == Some(TokenKind::Digits);
        let time_tokens = if time_before_end { 4 } else { 0 };
        let start = mentions.iter().find(|(_, m)| {
            let joined_at = m.last + 1;
            m.role == Role::Since
                && joined_at + 1 + time_tokens == end.first
                && (doc.word_in(joined_at, &["and", "to", "through", "until", "till"])
                    || matches!(doc.slice(joined_at), "-" | "\u{2013}"))
        });
        // "from January until Saturday": a month the calendar takes for no mention alone.
        let month_start = || {
            let month = end.first.checked_sub(2).and_then(|i| doc.word(i)).and_then(calendar::month_of)?;
            let joined = doc.word_in(end.first - 1, &["to", "through", "until", "till"])
                && doc.word_in(end.first.wrapping_sub(3), &["from", "since"]);
            joined.then(|| Date::from_ymd(end_date.year(), month, 1)).flatten().filter(|&start| start <= end_date)
        };
        let start_date = start
            .and_then(|(_, m)| m.resolve(self.published))
            .or_else(|| self.first_day_of(end, end_date))
            .or_else(month_start);
        let Some(start_date) = start_date else { return };
        let days = end_date.days_since(start_date) + 1;
        if untold {
            // ("from 1 January to 24 January": since the year began, a running total.)
            let (_, month, day) = start_date.ymd();
            if (2..=31).contains(&days) && (month, day) != (1, 1) {
                draft.period_days = u32::try_from(days).ok();
                let why = format!("kind: new (counted over the {days} days from {})", start_date.long_form());
                draft.reading.change_kind(Kind::New, why);
            }
            return;
        }
        // "Between 1 August and 31 October 2026, the ministry reported 17 cases", "the
        // previous three-month period, from 1 May to 31 July": a report's closed period
        // of up to a quarter counts what happened in it (from the year's start, or over
        // a season, "between Oct. 1, 2023 and April 18, 2024", counts mount up as a
        // running total's).
        let (_, start_month, start_day) = start_date.ymd();
        let quarter = days <= 92 && (start_month, start_day) != (1, 1);
        let between = quarter
            && start.is_some_and(|(_, m)| {
                let opening = m.first.wrapping_sub(1);
                doc.word_in(opening, &["between"])
                    || doc.word_in(opening, &["from"])
                        && (2..=3).any(|back| doc.word_in(m.first.wrapping_sub(back), &["period", "quarter"]))
            });
        if days > 31 && draft.reading.kind_strength < 3 && !between {
            draft.period_days = None;
            let why = format!("kind: total (counted over {days} days since {})", start_date.long_form());
            draft.reading.change_kind(Kind::Total, why);
        } else if days > 1 {
            draft.period_days = u32::try_from(days).ok();
        }
    }

    /// A figure read from a table: its day is the one its caption names ("Data as of
    /// Sept. 1:"), else taken from the figures around it like any other.
    fn cell_draft(&self, cell: &table::Cell, sentence: usize) -> Draft {
        let reading = Reading {
            metric: cell.metric,
            kind: cell.kind,
            kind_strength: 2,
            subject: cell.subject,
            location: cell.location.filter(|&(first, last)| !self.places.is_main(self.doc, first, last)),
            last: cell.quantity.last,
            part_of_previous: false,
            earlier_value: false,
            kind_of_the_set: false,
            explain: cell.explain.clone(),
        };
        let caption = cell.caption.and_then(|at| self.sentences.get(self.sentences.partition_point(|s| s.end <= at)));
        let (day, period_days) = match caption {
            Some(caption) => {
                let mentions: Vec<(usize, &Mention)> =
                    self.mentions_in(caption).map(|i| (i, &self.mentions[i])).collect();
                let dates: Vec<(usize, usize)> = mentions.iter().map(|(_, m)| (m.first, m.last)).collect();
                let cx = self.context(caption.first, caption.end, &dates);
                (self.day_in_sentence(&cell.quantity, &mentions, &[], None), classify::period_days(&cx))
            }
            None => (Day::Unstated, None),
        };
        let day = cell.row_day.and_then(|(first, last)| self.row_day(&cell.quantity, first, last)).unwrap_or(day);
        // "Past 7 days" heading its column: the period of every number under it.
        let (first, end) = cell.heading;
        let heading = self.context(first, end, &[]);
        let period_days = classify::period_days(&heading).or(period_days);
        let period_days = (cell.kind == Kind::New).then(|| period_days.unwrap_or(1));
        Draft { quantity: cell.quantity, reading, sentence, day, period_days }
    }

    /// "Weekly new cases, last 4 weeks: ▼ 71 → 64 → 61 → 56": a dashboard's trend line
    /// of weekly (or daily) counts, the last of the day its sentence is of, each one
    /// before it a week (a day) earlier.
    fn date_trend_lines(&self, drafts: &mut [Draft]) {
        let doc = self.doc;
        let arrows_between = |before: usize, after: usize| {
            after > before + 1
                && (before + 1..after).all(|i| classify::TREND_ARROWS.contains(&doc.slice(i)))
                && (before + 1..after).any(|i| doc.slice(i) == "\u{2192}")
        };
        let mut k = 0;
        while k < drafts.len() {
            let mut end = k + 1;
            while end < drafts.len()
                && drafts[end].sentence == drafts[k].sentence
                && arrows_between(drafts[end - 1].quantity.last, drafts[end].quantity.first)
            {
                end += 1;
            }
            let run = &mut drafts[k..end];
            k = end;
            let label = self.sentences.get(run[0].sentence).map_or(0..0, |s| s.first..run[0].quantity.first);
            let step = if label.clone().any(|i| doc.word_in(i, &["weekly", "week", "weeks"])) {
                Some(7)
            } else if label.clone().any(|i| doc.word_in(i, &["daily", "day", "days"])) {
                Some(1)
            } else {
                None
            };
            let (Some(step), Some(latest)) = (step, run.last().and_then(|d| d.day.date())) else { continue };
            if run.len() < 2 {
                continue;
            }
            let count = run.len();
            for (j, draft) in run.iter_mut().enumerate() {
                let back = i32::try_from((count - 1 - j) * step).unwrap_or(0);
                if back > 0 {
                    let date = latest.add_days(-back);
                    draft.day =
                        Day::Inherited(date, format!("date: {back} days before the last value of its trend line"));
                }
                if draft.reading.kind == Kind::New {
                    draft.period_days = u32::try_from(step).ok();
                }
            }
        }
    }

    /// The day of a table row labelled by its date ("11 September 2026 | 2,315"): the
    /// date mention in the label, beating the caption's day.
    fn row_day(&self, quantity: &Quantity, first: usize, last: usize) -> Option<Day> {
        let from = self.mentions.partition_point(|m| m.first < first);
        let to = self.mentions.partition_point(|m| m.first <= last);
        let mentions: Vec<(usize, &Mention)> =
            (from..to).map(|i| (i, &self.mentions[i])).filter(|(_, m)| m.last <= last).collect();
        match self.day_in_sentence(quantity, &mentions, &[], None) {
            Day::Unstated => None,
            day => Some(day),
        }
    }

    /// Figures in a factbox section ("ROMANIA" over its bullet lines) are for that place.
    /// A factbox of several places' sections has no main one ("Where the virus has
    /// spread", whose lead names the first country's highlands).
    fn place_in_sections(&self, drafts: &mut [Draft], sections: &[(usize, usize, (usize, usize))]) {
        let several = sections.len() > 1;
        for draft in drafts.iter_mut().filter(|d| d.reading.location.is_none()) {
            let section = sections.iter().find(|(first, end, _)| (*first..*end).contains(&draft.quantity.first));
            if let Some(&(_, _, (first, last))) = section {
                if several || !self.places.is_main(self.doc, first, last) {
                    draft.reading.location = Some((first, last));
                    draft
                        .reading
                        .explain
                        .push(format!("location: {} (the section it is under)", self.words(first, last)));
                }
            }
        }
    }

    /// A digest's figures are for the place heading their item, even one its headline
    /// names ("Anthrax in Velosia, leptospirosis in Ostravia" over both items): a page
    /// of several places has no main one.
    fn place_in_items(&self, drafts: &mut [Draft], items: &[(usize, usize, (usize, usize))]) {
        for draft in drafts.iter_mut().filter(|d| d.reading.location.is_none()) {
            let item = items.iter().find(|(first, end, _)| (*first..*end).contains(&draft.quantity.first));
            if let Some(&(_, _, (first, last))) = item {
                draft.reading.location = Some((first, last));
                draft.reading.explain.push(format!("location: {} (the item it is in)", self.words(first, last)));
            }
        }
    }

    /// "In Mongolia, the ministry reported 418 more cases. Two more deaths were reported,
    /// lifting the toll to 11.": in a roundup of countries, a figure in a sentence that
    /// places none of its figures is for the place of the figure before it, in the
    /// sentence before, within one paragraph.
    fn carry_places_in_roundups(&self, drafts: &mut [Draft]) {
        if !self.places.is_roundup() {
            return;
        }
        let mut k = 1;
        while k < drafts.len() {
            let sentence = drafts[k].sentence;
            let end = k + drafts[k..].iter().take_while(|d| d.sentence == sentence).count();
            let previous = &drafts[k - 1];
            let carried = previous.reading.location.filter(|_| {
                previous.sentence + 1 == sentence
                    && drafts[k..end].iter().all(|d| d.reading.location.is_none())
                    && !self.paragraph_between(previous.quantity.last, drafts[k].quantity.first)
            });
            if let Some((first, last)) = carried {
                let why = format!("location: {} (the place of its paragraph in a roundup)", self.words(first, last));
                for draft in &mut drafts[k..end] {
                    draft.reading.location = Some((first, last));
                    draft.reading.explain.push(why.clone());
                }
            }
            k = end;
        }
        // "Kyrgyzstan reported 96 new cases ..., compared with 131 the week before, for a
        // total of more than 3,400 this year": within a sentence, a figure after a placed
        // one, with no name between them, is for the same place.
        for k in 1..drafts.len() {
            let (before, rest) = drafts.split_at_mut(k);
            let (Some(previous), Some(draft)) = (before.last(), rest.first_mut()) else { continue };
            let named_between = (previous.quantity.last + 1..draft.quantity.first).any(|i| self.doc.is_capitalized(i));
            if let (Some((first, last)), None, false) =
                (previous.reading.location, draft.reading.location, named_between)
            {
                if previous.sentence == draft.sentence {
                    draft.reading.location = Some((first, last));
                    draft.reading.explain.push(format!(
                        "location: {} (the place of its sentence in a roundup)",
                        self.words(first, last)
                    ));
                }
            }
        }
    }

    /// "1,206 new infections ... Nairobi leads with 412 cases, Mombasa 138, Kisumu 96,
    /// Kiambu 71 and Nakuru 64, while the remaining 425 cases are spread across 31
    /// counties": places whose counts, with the rest, add up to a count told before are
    /// that count's parts, of its kind and day ("reached 318 cases until Wednesday
    /// evening ... distributed as follows: Tahta (142 cases), ..." in a later sentence
    /// dated by the day it was said); the rest is no place's.
    fn places_adding_up_to_a_count_told_before(&self, drafts: &mut Vec<Draft>, notes: &mut Vec<Note>) {
        let mut k = 0;
        let mut rests = Vec::new();
        while k < drafts.len() {
            let sentence = drafts[k].sentence;
            let end = k + drafts[k..].iter().take_while(|d| d.sentence == sentence).count();
            // The sentence's counts told loosely, as a list's are, by no word of their
            // own kind: another count before them ("41 new cases were monitored ..., and
            // the cases were distributed as follows: ...") is no part. A past tense is
            // loose ("Kuantan recorded 21 cases, followed by ...", "West Gonja District
            // recorded 14 cases ..., Sawla seven cases and Bole two").
            let loose = |d: &Draft| d.reading.kind_strength <= 1;
            let metric = drafts[k..end].iter().find(|d| loose(d)).map_or(Metric::Cases, |d| d.reading.metric);
            let list: Vec<&Draft> = drafts[k..end].iter().filter(|d| loose(d) && d.reading.metric == metric).collect();
            let placed = list.iter().filter(|d| d.reading.location.is_some()).count();
            let sum: u64 = list.iter().map(|d| d.quantity.value).sum();
            // ("46 new cases in the past week (October 27–November 2), including 33 in
            // Kaohsiung City, 12 in ...": the count may open the parts' own sentence.)
            let in_list = |d: &Draft| list.iter().any(|p| p.quantity.first == d.quantity.first);
            // ("132 of them in Karachi. ... 38 cases were reported from Karachi East, 29 from
            // Karachi Central, ..., while the remaining 22 came from ...": a place's count
            // is the whole of its own parts.)
            let placed_whole = |d: &Draft| {
                d.reading.location.is_some_and(|(first, last)| {
                    let name = self.words(first, last);
                    list.iter().all(|p| p.reading.location.is_none_or(|(f, l)| self.words(f, l) != name))
                })
            };
            // ("Kalabo ... with 21 cases, followed by Mongu with 14 cases. Sesheke has
            // recorded eight cases, while Sioma has four": a list going on from the
            // sentence before is only the end of its list, whatever its own sum.)
            let goes_on = drafts[..k]
                .iter()
                .rev()
                .take_while(|d| d.sentence + 1 == sentence)
                .filter(|d| d.reading.metric == metric && d.reading.location.is_some())
                .count()
                >= 2;
            let whole = (placed >= 2 && !goes_on).then(|| {
                drafts[..end].iter().rev().find(|d| {
                    d.quantity.value == sum
                        && d.reading.metric == metric
                        && !in_list(d)
                        && (d.reading.location.is_none() || placed_whole(d))
                })
            });
            let whole = whole.flatten().map(|w| (w.reading.kind, w.day.clone(), w.period_days));
            if let Some((kind, day, period_days)) = whole {
                let why = match kind {
                    Kind::New => "kind: new (with the rest of its list, it adds up to the new count told before)",
                    Kind::Total => "kind: total (with the rest of its list, it adds up to the total told before)",
                };
                let parts: Vec<usize> = list.iter().map(|d| d.quantity.first).collect();
                for draft in drafts[k..end].iter_mut().filter(|d| parts.contains(&d.quantity.first)) {
                    draft.day = match (kind, &day) {
                        (Kind::Total, Day::Mentioned(date, ..) | Day::Inherited(date, _)) => Day::Inherited(
                            *date,
                            "date: the total's told before, which it adds up to with the rest of its list".into(),
                        ),
                        _ => day.clone(),
                    };
                    draft.period_days = period_days;
                    if kind != draft.reading.kind {
                        draft.reading.change_kind(kind, why.to_string());
                    }
                    if draft.reading.location.is_none() {
                        rests.push(draft.quantity.first);
                    }
                }
            }
            k = end;
        }
        // (A rest told after its list, in a sentence of its own, adds up to nothing here.)
        rests.extend(drafts.iter().filter(|d| self.rest_spread_over_places(d)).map(|d| d.quantity.first));
        for draft in drafts.iter().filter(|d| rests.contains(&d.quantity.first)) {
            notes.push(self.note(draft.quantity.first, draft.quantity.last, "the rest of a count's places"));
        }
        drafts.retain(|d| !rests.contains(&d.quantity.first));
    }

    /// "The remaining 49 cases are spread across 14 other counties", "the remaining six
    /// were from Dorva and Kell", "the remaining 35 were reported in Lusa, Orvo and Tann
    /// regions", "the other four regencies recorded 165 cases combined": the rest of a
    /// breakdown by place, counted over several places, is no place's count; as a figure
    /// of the main geography it would stand as a second total far below the whole.
    fn rest_spread_over_places(&self, draft: &Draft) -> bool {
        let doc = self.doc;
        let (first, last) = (draft.quantity.first, draft.quantity.last);
        let (start, end) = self.sentences.get(draft.sentence).map_or((0, 0), |s| (s.first, s.end));
        // "The remaining 12 voivodeships reported 498 cases between them", "The other
        // four regencies recorded 165 cases combined": the rest's places are the subject.
        let summed = (last + 1..(last + 4).min(end)).any(|i| {
            doc.word_in(i, &["combined", "together"]) || doc.word_in(i, &["between"]) && doc.word_in(i + 1, &["them"])
        });
        let places_rest = || {
            (start..first).any(|i| {
                doc.word_in(i, &["remaining", "other"])
                    && (i + 1..(i + 4).min(first)).any(|j| doc.word(j).is_some_and(classify::counts_places))
            })
        };
        if summed && places_rest() {
            return true;
        }
        if draft.reading.location.is_some() || !doc.word_in(first.wrapping_sub(1), &["remaining"]) {
            return false;
        }
        let spread = ["spread", "distributed", "scattered", "split", "from", "in"];
        // ("The remaining 100 cases have been registered in Ostra and Kell oblasts".)
        let Some(verb) = (last + 1..(last + 7).min(end)).find(|&i| doc.word_in(i, &spread)) else {
            return false;
        };
        if doc.word_in(verb, &["from", "in"]) {
            // Several places ("from Dorva and Kell", "reported in other districts"), not
            // one ("the remaining five are in Lirra").
            (verb + 1..(verb + 8).min(end)).any(|i| doc.word_in(i, &["and", "other", "several", "various"]))
        } else {
            doc.word_in(verb + 1, &["across", "among", "over", "between", "throughout"])
        }
    }

    /// "214 deaths were recorded in total: 158 institutional deaths and 56 community
    /// deaths": counts for no place and of no other status, told after a count of their
    /// metric in its sentence and adding up to it, split it by category; as figures they
    /// would stand as more tolls contradicting it.
    fn parts_by_category(&self, drafts: &mut Vec<Draft>, notes: &mut Vec<Note>) {
        let mut parts = Vec::new();
        for (k, whole) in drafts.iter().enumerate() {
            let after: Vec<&Draft> = drafts[k + 1..].iter().take_while(|d| d.sentence == whole.sentence).collect();
            let split = after.len() >= 2
                && whole.reading.location.is_none()
                && after.iter().all(|d| {
                    d.reading.metric == whole.reading.metric
                        && d.reading.location.is_none()
                        && d.reading.kind == whole.reading.kind
                        // "1,204 cases: 1,100 confirmed and 104 probable": statuses are
                        // series of their own.
                        && d.reading.subject == whole.reading.subject
                })
                && after.iter().map(|d| d.quantity.value).sum::<u64>() == whole.quantity.value;
            if split {
                parts.extend(after.iter().map(|d| d.quantity.first));
            }
        }
        // Found in token order: searched by bisection, as a long paste has many.
        let is_part = |d: &Draft| parts.binary_search(&d.quantity.first).is_ok();
        for draft in drafts.iter().filter(|d| is_part(d)) {
            notes.push(self.note(draft.quantity.first, draft.quantity.last, "a part of the count before, by category"));
        }
        drafts.retain(|d| !is_part(d));
    }

    /// "1,287 cases and 41 deaths, up from 1,102 a week earlier": the figure an earlier
    /// value is compared with, when the one told last cannot be it (a rise from 1,102
    /// is no rise to 41); the latest before it that can. So too the set of a part:
    /// "1,906 cases and 17 deaths ..., 79 of them in the week" (a part is never larger
    /// than its set).
    fn figure_referred_to<'d>(&self, drafts: &'d [Draft], quantity: &Quantity) -> Option<&'d Draft> {
        let word_at = |i: Option<usize>, words: &[&str]| i.is_some_and(|i| self.doc.word_in(i, words));
        let part =
            word_at(Some(quantity.last + 1), &["of"]) && word_at(Some(quantity.last + 2), &["them", "whom", "which"]);
        let from = word_at(quantity.first.checked_sub(1), &["from"]);
        let verb = quantity.first.checked_sub(2);
        let rise = from && word_at(verb, &["up", "rising", "rose", "risen", "increase", "increased", "climbing"]);
        let fall = from && word_at(verb, &["down", "falling", "fell", "fallen", "decrease", "decreased", "dropping"]);
        let can_be = |d: &&Draft| {
            part && d.quantity.value >= quantity.value
                || rise && d.quantity.value > quantity.value
                || fall && d.quantity.value < quantity.value
        };
        let last = drafts.last()?;
        if !(part || rise || fall) || can_be(&last) {
            return None;
        }
        drafts.iter().rev().find(can_be)
    }

    /// Whether a blank line lies between tokens `from` and `to`.
    fn paragraph_between(&self, from: usize, to: usize) -> bool {
        let (Some(a), Some(b)) = (self.doc.tokens.get(from), self.doc.tokens.get(to)) else { return true };
        let gap = self.doc.text.get(a.end..b.start).unwrap_or_default();
        let lines: Vec<&str> = gap.split('\n').collect();
        lines.len() > 2 && lines[1..lines.len() - 1].iter().any(|line| line.trim().is_empty())
    }

    /// The numbers of a sentence, outside its date mentions; numbers too large to be
    /// counts become notes.
    fn quantities(&self, sentence: &Sentence, mentions: &[(usize, &Mention)], notes: &mut Vec<Note>) -> Vec<Quantity> {
        let mut found = Vec::new();
        let mut i = sentence.first;
        // The mentions are in token order: the next one not yet passed is the only one
        // that can start here.
        let mut next_mention = 0;
        while i < sentence.end {
            while mentions.get(next_mention).is_some_and(|(_, m)| m.first < i) {
                next_mention += 1;
            }
            if let Some((_, mention)) = mentions.get(next_mention).filter(|(_, m)| m.first == i) {
                if mention.when == Some(calendar::When::NoSuchDay) {
                    notes.push(self.note(mention.first, mention.last, "not a date: the month has no such day"));
                }
                i = mention.last + 1;
                continue;
            }
            match number::may_start_at(self.doc, i).then(|| number::parse_at(self.doc, i)).flatten() {
                Some(Ok(quantity)) => {
                    i = quantity.last + 1;
                    found.push(quantity);
                }
                Some(Err((last, NumberProblem::TooLarge))) => {
                    notes.push(self.note(i, last, "too large to be a count of people"));
                    i = last + 1;
                }
                None => {
                    found.extend(self.rank_at(i).or_else(|| self.single_at(i)));
                    i += 1;
                }
            }
        }
        found
    }

    /// "the country's ninth case this year", "its second death": a rank in words of
    /// the latest case or death, which is the count so far (as "10th" in digits is).
    fn rank_at(&self, i: usize) -> Option<Quantity> {
        /// Verbs that announce a count's latest one: "confirmed the fourth death".
        const ANNOUNCING_VERBS: &[&str] =
            &["confirmed", "confirms", "reported", "reports", "recorded", "records", "registered", "registers"];
        let doc = self.doc;
        let value = doc.word(i).and_then(number::ordinal_word)?;
        // "Kerala confirmed the fourth death", "Kerala confirms fourth death": a rank a
        // place announces is its own.
        let announced = |b: usize| doc.word_in(b, ANNOUNCING_VERBS);
        let owner = i.checked_sub(1).is_some_and(|b| {
            doc.word_in(b, &["its", "their"])
                || doc.word(b).is_some_and(|w| calendar::without_possessive(w) != w)
                || announced(b)
                || doc.word_in(b, &["the"]) && b.checked_sub(1).is_some_and(announced)
        });
        // "He is the second person to die": the rank of the latest death. ("The second
        // case is a 45-year-old" only tells the cases of one report apart.)
        let to_die = doc.word_in(i.wrapping_sub(1), &["the"])
            && doc.word_in(i + 1, &["person", "patient", "victim"])
            && doc.word_in(i + 2, &["to"])
            && doc.word_in(i + 3, &["die"]);
        // ("reports third human H5N1 case": past the case's modifiers and name.)
        // ("the country's ninth H5N1 avian flu case": a name in four tokens.)
        let counted = owner
            && (i + 1..i + 10)
                .take_while(|&j| doc.kind(j) != Some(TokenKind::Punct) || doc.attached(j))
                .any(|j| doc.word_in(j, classify::RANKED));
        // "confirmed a new human case of H5N1, the third this year": a rank set off
        // after the case it ranks.
        let apposed = doc.word_in(i.wrapping_sub(1), &["the"])
            && i >= 2
            && doc.is_punct(i - 2, ",")
            && (i.saturating_sub(12)..i - 2).any(|j| doc.word_in(j, classify::RANKED))
            && doc.word_in(i + 1, &["this", "so", "since", "in", "of"]);
        // "Her death is Cambodia's fifth from H5N1 this year": the rank said of it.
        let said_of = owner
            && doc.word_in(i.wrapping_sub(2), &["is", "was"])
            && doc.word_in(i.wrapping_sub(3), classify::RANKED)
            && !doc.word_in(i + 1, classify::RANKED);
        (counted || to_die || apposed || said_of).then(|| Quantity::in_one_word(i, value))
    }

    /// "confirmed a new case of Ebola", "Another death was reported": one case or death
    /// told without a number.
    fn single_at(&self, i: usize) -> Option<Quantity> {
        let doc = self.doc;
        // ("a new human case", "a new confirmed case": past one word that says which.)
        let counted = |j: usize| {
            let noun = |k: usize| doc.word_in(k, &["case", "death", "infection", "fatality"]);
            noun(j) || doc.kind(j) == Some(TokenKind::Word) && noun(j + 1)
        };
        // "Another patient has died": one more death, told by the person.
        let died = |j: usize| {
            let verb = if doc.word_in(j, &["has", "had"]) { j + 1 } else { j };
            doc.word_in(verb, &["died", "succumbed"])
        };
        let one_more_died = || doc.has(i + 1, PEOPLE) && died(i + 2);
        let one = match doc.word(i)? {
            "a" | "an" => doc.word_in(i + 1, &["new", "fresh", "further", "additional"]) && counted(i + 2),
            "another" => counted(i + 1) || doc.word_in(i + 1, &["new", "fresh"]) && counted(i + 2) || one_more_died(),
            _ => false,
        };
        one.then(|| Quantity::in_one_word(i, 1))
    }

    /// "3,870 patients, including 1,402 in Dhaka, are receiving treatment": where an
    /// aside set off by commas inside a figure's words begins; its numbers are parts of
    /// the figure, read after it.
    fn aside_in(&self, quantity: &Quantity, last: usize) -> Option<usize> {
        let comma = (quantity.last + 1..last).find(|&i| self.doc.is_punct(i, ","))?;
        let part = self.doc.word_in(comma + 1, &["including", "among"])
            || self.doc.word_in(comma + 1, &["of"]) && self.doc.word_in(comma + 2, &["whom", "them"]);
        // (Not the comma of "1,402".)
        let close = (comma + 2..last).find(|&i| self.doc.is_punct(i, ",") && !self.doc.attached(i + 1))?;
        // "including two from Afghanistan" tells where patients came from, not a place's
        // part of the count.
        let in_a_place = (comma + 2..close).any(|i| self.doc.word_in(i, &["in"]));
        (part && in_a_place).then_some(comma + 1)
    }

    /// "accounts for 9 of the 17 dengue deaths reported in the province": where the whole
    /// a part is told of begins inside the part's words; the whole is a figure too, read
    /// after the part (told before, it is a restatement).
    fn whole_of_a_part(&self, quantity: &Quantity, last: usize) -> Option<usize> {
        let whole = quantity.last + 3;
        let of_the = self.doc.word_in(quantity.last + 1, &["of"]) && self.doc.word_in(quantity.last + 2, &["the"]);
        (of_the && whole < last && self.doc.kind(whole) == Some(TokenKind::Digits)).then_some(whole)
    }

    /// "1 | Shivamogga | 6 | 75": the number opening a table row whose cells were read
    /// is the row's serial number.
    fn is_serial_number(&self, quantity: &Quantity, cells: &[table::Cell]) -> bool {
        let opens_line = self.doc.tokens.get(quantity.first).is_some_and(|t| t.line_before);
        opens_line
            && self.doc.is_punct(quantity.last + 1, "|")
            && cells.iter().any(|c| c.quantity.first > quantity.last)
    }

    /// "1  Karnataka  19,300  11  ...  28,415  12": a number in a table row whose other
    /// cells were read lies in a column the table reader left unread on purpose (an
    /// earlier year's, or two columns reading alike); the sentence reader does not
    /// guess at it.
    fn in_a_read_row(&self, quantity: &Quantity, cells: &[table::Cell]) -> bool {
        let one_line = |a: usize, b: usize| (a.min(b) + 1..=a.max(b)).all(|i| !self.doc.tokens[i].line_before);
        // (A grid's cell is read under a heading on another line; a list's is not.)
        cells.iter().any(|c| !one_line(c.heading.0, c.quantity.first) && one_line(c.quantity.first, quantity.first))
    }

    /// Whether a sentence names diseases, none of them the article's ("Pakistan has also
    /// reported 139,230 coronavirus infections" in a report on polio).
    fn about_other_disease(&self, sentence: &Sentence) -> bool {
        let mut named = diseases_named_in(self.doc, sentence.first..sentence.end).peekable();
        if named.peek().is_some() && !self.diseases.is_empty() {
            return named.all(|d| !self.diseases.contains(&d));
        }
        // "186 people have been infected with severe fever with thrombocytopenia syndrome,
        // another tick-borne disease": a disease the lexicon may not know, called another.
        let doc = self.doc;
        (sentence.first..sentence.end).any(|i| {
            doc.word_in(i, &["another"])
                && (i + 1..(i + 6).min(sentence.end)).any(|j| doc.word_in(j, &["disease", "infection", "illness"]))
        })
    }

    /// "The measles surge comes as Poland is also dealing with whooping cough, with 23,418
    /// cases registered": in a sentence naming the article's disease and another, a count
    /// told after the other, naming none of the article's in its own words, is the other's.
    fn counted_for_another_disease(&self, sentence: &Sentence, quantity: &Quantity) -> bool {
        let doc = self.doc;
        let article_s = |d: &&'static str| self.diseases.contains(d);
        let Some(nearest) = diseases_named_in(doc, sentence.first..quantity.first).last() else { return false };
        let own_words = quantity.last + 1..(quantity.last + 5).min(sentence.end);
        !article_s(&nearest) && !diseases_named_in(doc, own_words).any(|d| article_s(&d))
    }

    /// Whether a sentence speaks of "the period" or "the reporting period" a count told
    /// before covers (not "the same period last year", "the period of 1 to 7 May").
    fn the_period_in(&self, sentence: &Sentence) -> bool {
        let doc = self.doc;
        (sentence.first..sentence.end).any(|i| {
            let noun = if doc.word_in(i + 1, &["reporting"]) { i + 2 } else { i + 1 };
            doc.word_in(i, &["the", "this"])
                && doc.word_in(noun, &["period"])
                && !doc.word_in(noun + 1, classify::PERIOD_NAMED_AFTER)
                && !doc.word_in(i + 1, &["same"])
        })
    }

    /// "Avian influenza A(H5N1) – Multi-country" over "Since the previous update, two new
    /// human cases have been reported in Cambodia": a sentence naming no disease under a
    /// heading line that names only others than the article's. (A "Read more: Finland's
    /// measles cases rise to 11" link is no heading over what follows it.)
    fn under_another_diseases_heading(&self, index: usize, sentence: &Sentence) -> bool {
        let doc = self.doc;
        let Some(heading) = index.checked_sub(1).and_then(|i| self.sentences.get(i)) else { return false };
        let heading_line = !heading.furniture
            && doc.tokens.get(sentence.first).is_some_and(|t| t.line_before)
            && doc.tokens.get(heading.first).is_some_and(|t| t.line_before)
            && !doc.is_punct(heading.end - 1, ".");
        heading_line
            && diseases_named_in(doc, sentence.first..sentence.end).next().is_none()
            && self.about_other_disease(heading)
    }

    /// Whether a sentence is in a transcript's question: a line opening "Q:" or
    /// "QUESTION:", or a "REPORTER (ZNBC):" line that asks ("?"; a broadcast's
    /// "REPORTER:" line is the correspondent's report).
    fn asked_by_a_reporter(&self, sentence: &Sentence) -> bool {
        let doc = self.doc;
        let line_start = |i: usize| doc.tokens.get(i).is_some_and(|t| t.line_before);
        let Some(start) = (sentence.first.saturating_sub(200)..=sentence.first).rev().find(|&i| line_start(i)) else {
            return false;
        };
        let labelled = |words: &[&str]| {
            doc.word_in(start, words)
                && doc.is_capitalized(start)
                && (doc.is_punct(start + 1, ":") || doc.is_punct(start + 1, "("))
        };
        let asks = || {
            (start + 1..(start + 200).min(doc.tokens.len()))
                .take_while(|&i| !line_start(i))
                .any(|i| doc.is_punct(i, "?"))
        };
        labelled(&["question", "q"]) || labelled(&["reporter", "journalist"]) && asks()
    }

    /// Whether `q` is an earlier year said in words after "in": "in two thousand and seven".
    fn year_in_words(&self, q: &Quantity) -> bool {
        let doc = self.doc;
        let this_year = self.published.map_or(0, |p| p.year());
        doc.kind(q.first) == Some(TokenKind::Word)
            && doc.word_in(q.first.wrapping_sub(1), &["in", "since"])
            && i32::try_from(q.value).is_ok_and(|year| (1950..this_year).contains(&year))
            && doc.word(q.last + 1).is_none_or(|w| classify::counted_metric(w).is_none())
    }

    /// "Eleven people were killed when a bus collided with a trailer": a radio bulletin's
    /// or a roundup's other story, about an accident, with no disease or case in it.
    fn about_an_accident(&self, sentence: &Sentence) -> bool {
        let doc = self.doc;
        let accident = [
            "crash", "crashed", "collided", "collision", "accident", "shooting", "explosion", "blast", "landslide",
            "stampede", "drowned", "gunmen", "earthquake",
        ];
        let range = sentence.first..sentence.end;
        // The class test first: one bit rules out most sentences of an outbreak report.
        doc.in_class(range.clone(), lexicon::DISEASE).next().is_none()
            && range.clone().any(|i| doc.word_in(i, &accident))
            && !range.into_iter().any(|i| doc.word_in(i, &["cases", "case", "infected", "infections", "outbreak"]))
    }

    /// "Two cases of Japanese encephalitis have also been confirmed" in a report headlined
    /// on Ross River virus: counts of a disease named by words the headline does not use,
    /// told as a side note, which the disease names known to `lexicon` cannot tell apart.
    fn names_a_disease_the_headline_does_not(&self, sentence: &Sentence) -> bool {
        let doc = self.doc;
        let capitalised =
            |i: usize| doc.word(i).is_some() && doc.slice(i).chars().next().is_some_and(char::is_uppercase);
        // "cases of Japanese encephalitis": the name's words and its noun.
        let mut named = (sentence.first..sentence.end)
            .filter(|&i| {
                doc.word_in(i, &["cases", "case", "infections", "deaths"])
                    && doc.word_in(i + 1, &["of", "from", "with"])
            })
            .filter_map(|i| {
                let noun = (i + 2..(i + 5).min(sentence.end)).find(|&j| !capitalised(j))?;
                let disease_noun =
                    doc.word_in(noun, &["encephalitis", "fever", "virus", "disease", "flu", "syndrome", "pox"]);
                (noun > i + 2 && disease_noun).then_some(i + 2..noun + 1)
            })
            .peekable();
        // Told as a side note ("also", "separately"): a headline need not name its own
        // disease ("Death toll rises to 40 in Kassara outbreak").
        let aside = doc.in_class(sentence.first..sentence.end, lexicon::ASIDES).next().is_some();
        if !aside || named.peek().is_none() {
            return false;
        }
        let Some(headline) = place::headline(doc, self.sentences) else { return false };
        if std::ptr::eq(headline, sentence) {
            return false;
        }
        let in_headline =
            |i: usize| doc.word(i).is_some_and(|w| (headline.first..headline.end).any(|h| doc.word(h) == Some(w)));
        named.any(|mut words| !words.any(in_headline))
    }

    /// The tokens of a sentence that name a year before the publication's ("in 2019"),
    /// "last year" or a usual year ("in a typical year"), other than as the start of a
    /// period ("since 2000").
    fn earlier_years(&self, sentence: &Sentence, mentions: &[(usize, &Mention)]) -> Vec<usize> {
        let Some(published) = self.published else { return Vec::new() };
        let dates: Vec<(usize, usize)> = mentions.iter().map(|(_, m)| (m.first, m.last)).collect();
        let doc = self.doc;
        let counted = |j: usize| doc.word(j).is_some_and(|w| classify::counted_metric(w).is_some());
        let earlier_year = |i: usize| {
            doc.digit_count(i) == 4
                && doc.slice(i).len() == 4
                && doc.slice(i).parse::<i32>().is_ok_and(|y| (1900..published.year()).contains(&y))
                && !dates.iter().any(|&(f, l)| (f..=l).contains(&i))
                // ("when 1907 suspected cases were reported" counts; "2025 cases" may head
                // a column of a year's.)
                && !(doc.word(i + 1).is_some_and(|w| classify::subject_of(w).is_some()) && counted(i + 2))
        };
        let last_year = |i: usize| {
            doc.word_in(i, &["last", "previous"]) && doc.word_in(i + 1, &["year", "season", "winter", "summer"])
        };
        // A baseline: "in a typical year the region records about 40", "40 cases a year".
        // ("in less than a year, 900 cases" is this outbreak's.)
        let usual_year = |i: usize| {
            // ("up from 1,102 cases a week ago" is a day, no rate.)
            let rate = doc.word_in(i, &["a", "per", "every", "each"])
                && (counted(i.wrapping_sub(1)) || counted_of_a_disease_before(doc, i))
                && !doc.word_in(i + 2, &["ago", "earlier", "before", "prior"]);
            (rate || doc.word_in(i, &["typical", "average", "normal", "usual", "ordinary"]))
                && doc.word_in(i + 1, &["year", "season", "winter", "summer", "week", "month"])
                || doc.word_in(i, &["annually", "yearly", "average", "seasonal", "normally", "usually", "typically"])
                // ("causes an estimated 26,500 hospitalizations ... in the United States
                // every year": wherever the clause says it.)
                || doc.word_in(i, &["every"]) && doc.word_in(i + 1, &["year"])
        };
        // "since 2000", "since the outbreak began in October 2017": a period's start.
        // ("extrapolating from 2019, when an outbreak infected 96,000" is no period:
        // "from" starts one only with its end or "onwards".)
        // "Since the virus re-emerged in Velmora in 2024": "since" opens the clause.
        // ("Since the first report of MERS-CoV in KSA in 2012": a name's hyphen between.)
        let since_in_clause = |i: usize| {
            (i.saturating_sub(14).max(sentence.first)..i)
                .rev()
                .take_while(|&j| !doc.is_punct(j, ","))
                .any(|j| doc.word_in(j, &["since"]))
        };
        // Only words of its own sentence: "largest since 1991. Last year, ..." opens no period.
        let before = |i: usize| i.saturating_sub(5).max(sentence.first)..i;
        let starts_period = |i: usize| {
            since_in_clause(i)
                || before(i).any(|j| doc.word_in(j, &["since", "began", "started", "beginning", "start"]))
                || before(i).any(|j| doc.word_in(j, &["from"]))
                    && (i + 1..(i + 6).min(sentence.end))
                        .any(|j| doc.word_in(j, &["to", "until", "till", "through", "onwards", "onward"]))
        };
        // "the 2025 to 2026 season", "week 37 of 2025 to week 11 of 2026": a season
        // running into this year.
        let this_year = |i: usize| doc.digit_count(i) == 4 && doc.slice(i).parse::<i32>() == Ok(published.year());
        let starts_season = |i: usize| {
            (i + 1..(i + 5).min(sentence.end)).any(|j| doc.word_in(j, &["to"]) || doc.is_punct(j, "/"))
                && (i + 2..(i + 7).min(sentence.end)).any(this_year)
        };
        // "crossed the 20-lakh mark on August 7, 2020" in a 2022 report: a date long past.
        // "peaked in week 14 (30 March–5 April)" in November: a range of days, or a week,
        // of this year's season is no other time's.
        let joins = |from: usize, to: usize| {
            (from..to).all(|j| {
                doc.is_punct(j, "-") || doc.is_punct(j, "–") || doc.is_punct(j, "—") || doc.word_in(j, &["to", "and"])
            })
        };
        let in_a_range = |m: &Mention| {
            mentions.iter().any(|(_, other)| {
                (m.last + 2..=m.last + 3).contains(&other.first) && joins(m.last + 1, other.first)
                    || (other.last + 2..=other.last + 3).contains(&m.first) && joins(other.last + 1, m.first)
            })
        };
        let week_of_this_year =
            |m: &Mention, date: Date| doc.word_in(m.first, EPI_WEEK_WORDS) && date.year() == published.year();
        let long_past = mentions.iter().filter_map(|(_, m)| {
            let date = m.resolve(Some(published))?;
            let season = (m.first..=m.last).any(starts_season);
            let season = season || in_a_range(m) || week_of_this_year(m, date);
            (m.role != Role::Since && published.days_since(date) > 180 && !season).then_some(m.first)
        });
        // "the highest since 2019, when 17,598 cases were reported": the year the clause
        // after it tells of, not the start of a period.
        let told_of = |i: usize| doc.is_punct(i + 1, ",") && doc.word_in(i + 2, &["when"]);
        // Only digits and the words of the lexicon's class can name one: a bit test
        // spares the other words the tests above.
        let may_name_a_year = |i: usize| doc.kind(i) == Some(TokenKind::Digits) || doc.has(i, lexicon::OTHER_YEAR);
        let mut years: Vec<usize> = (sentence.first..sentence.end)
            .filter(|&i| may_name_a_year(i))
            .filter(|&i| {
                (earlier_year(i) || last_year(i) || usual_year(i))
                    && (!starts_period(i) || told_of(i))
                    && !starts_season(i)
            })
            .collect();
        years.extend(long_past);
        years.sort_unstable();
        years
    }

    /// Whether sentence `index` goes on telling of the earlier year its paragraph's
    /// sentence before opens with ("In 2025, ...", "Last year, ..."): it names no day
    /// of its own, no word of now, and follows on the same line or the next.
    fn goes_on_in_an_earlier_year(&self, index: usize, sentence: &Sentence) -> bool {
        let (doc, Some(published)) = (self.doc, self.published) else { return false };
        let Some(before) = index.checked_sub(1).and_then(|i| self.sentences.get(i)) else { return false };
        let year_opens = (before.first..(before.first + 6).min(before.end)).any(|i| {
            let earlier_year = doc.digit_count(i) == 4
                && doc.slice(i).parse::<i32>().is_ok_and(|y| y < published.year())
                && doc.is_punct(i + 1, ",");
            let last_year = doc.word_in(i, &["last"]) && doc.word_in(i + 1, &["year"]) && doc.is_punct(i + 2, ",");
            earlier_year || last_year
        });
        let now = || {
            (sentence.first..sentence.end).any(|i| {
                doc.word_in(i, &["now", "so", "currently", "today", "this", "latest", "new", "since", "has", "have"])
            })
        };
        year_opens && !self.paragraph_between(sentence.first.wrapping_sub(1), sentence.first) && !now()
    }

    /// Whether a number is about an earlier year: its sentence names one before it
    /// ("Last year, dengue killed 281"), or its clause after it ("147 cases in 2019",
    /// "compared with 56 in the same period in 2018").
    fn is_historical(&self, sentence: &Sentence, earlier_years: &[usize], quantity: &Quantity) -> bool {
        // Most sentences name no earlier year: no clause to find.
        if earlier_years.is_empty() {
            return false;
        }
        let doc = self.doc;
        // Not the commas inside "3,21,179", which touch the digits after them.
        // ("Spokane County 305 — more than triple its total for all of last year": a
        // dash's aside is a clause of its own.)
        let clause_break = |i: usize| match doc.slice(i) {
            "," | "\u{2014}" | "\u{2013}" => !doc.attached(i + 1),
            ";" | ":" => true,
            _ => false,
        };
        let clause_start =
            (sentence.first..quantity.first).rev().find(|&i| clause_break(i)).map_or(sentence.first, |i| i + 1);
        let clause_end = (quantity.last + 1..sentence.end).find(|&i| clause_break(i)).unwrap_or(sentence.end);
        // A year before the number in its sentence sets the scene ("In the outbreak of
        // 2018, the State counted 504 cases"); after it, only within its clause.
        earlier_years.iter().any(|&i| i < quantity.first || (clause_start..clause_end).contains(&i))
    }

    /// The figure's day from the date mentions of its sentence: a period's end beats
    /// "on Tuesday", which beats the day of the report; "since" never counts; nearer
    /// wins; a day that follows another number closely is that number's ("up from 109
    /// on Monday").
    fn day_in_sentence(
        &self,
        quantity: &Quantity,
        mentions: &[(usize, &Mention)],
        figures: &[Quantity],
        story_day: Option<Date>,
    ) -> Day {
        // "1,935 cases and eight deaths a day earlier": figures joined by "and" share
        // the day said after the last of them.
        // ("three human infections with avian influenza A(H7N9) and one death in
        // October": a longer name between them, the "and" right before the second.)
        let joined = |q: &Quantity| {
            let (from, to) = if q.first < quantity.first { (q.last, quantity.first) } else { (quantity.last, q.first) };
            let and_right_before = self.doc.word_in(to - 1, &["and"])
                && to - from <= 14
                && (from..to).all(|i| !self.doc.is_punct(i, ",") && !self.doc.is_punct(i, ";"));
            to - from <= 6 && (from..to).any(|i| self.doc.word_in(i, &["and"])) || and_right_before
        };
        // "accounted for 2,240 of the week's cases, and its hospitals were treating
        // between 300 and 350 patients on Monday": a day said in the clause of a later
        // figure, with no comma between them, is that figure's.
        let same_clause = |from: usize, to: usize| (from..to).all(|i| !self.doc.is_punct(i, ","));
        let owned_by_other = |m: &Mention| {
            let owner = figures.iter().rev().find(|q| q.last < m.first);
            owner.is_some_and(|q| {
                // "3.412 cases ..., of which 287 were notified in the epidemiological week
                // 14": the part's clause and its week.
                let part_clause = q.first > quantity.last
                    && self.doc.word_in(q.first.wrapping_sub(1), &["which", "whom"])
                    && self.doc.word_in(q.first.wrapping_sub(2), &["of"])
                    && m.first - q.last <= 16
                    && same_clause(q.last, m.first);
                let near = m.first - q.last <= 3
                    || q.first > quantity.last && m.first - q.last <= 6 && same_clause(q.last, m.first)
                    || part_clause;
                // "41 (previous week: 29)": a day in a bracket labels the number after it
                // in the bracket.
                let labels_us = quantity.first > m.last
                    && (q.last + 1..m.first).any(|i| self.doc.is_punct(i, "("))
                    && (m.last + 1..quantity.first).all(|i| !self.doc.is_punct(i, ")"));
                q.first != quantity.first && near && !joined(q) && !labels_us
            })
        };
        // "Nagpur, which saw a sharp rise in October, has logged 2,000 cases": a day in
        // a relative clause set off before the figure is the clause's.
        let in_aside = |m: &Mention| {
            let doc = self.doc;
            // ("KEEA, where the first case was recorded at Elmina on September 21, has
            // recorded 412 suspected cases": a place's aside, a dozen words long.)
            let opened = (m.first.saturating_sub(8).max(1)..m.first)
                .any(|i| doc.word_in(i, &["which", "who", "where"]) && doc.is_punct(i - 1, ","))
                || (m.first.saturating_sub(12).max(1)..m.first)
                    .any(|i| doc.word_in(i, &["where"]) && doc.is_punct(i - 1, ","));
            // (Not a report's cut-off: "the WHO's situation report, which covers data up
            // to October 4, counted 3,602 cases".)
            let cut_off = m.role == Role::End
                && (m.first.saturating_sub(6)..m.first).any(|i| doc.word_in(i, &["data", "covers", "covering"]));
            let before = m.last < quantity.first && (m.last + 1..quantity.first).any(|i| doc.is_punct(i, ","));
            // ("Mohali has recorded 1,687 cases ..., while Bathinda, which had remained
            // largely unaffected till last month, has reported ...": a named place's aside
            // after the figure.)
            let after = m.first > quantity.last + 3
                && (m.first.saturating_sub(8).max(quantity.last + 3)..m.first).any(|i| {
                    doc.word_in(i, &["which", "who", "where"])
                        && doc.is_punct(i - 1, ",")
                        && doc.is_capitalized(i - 2)
                        && (i..m.first).all(|j| !doc.is_punct(j, ","))
                });
            opened && !cut_off && (before || after)
        };
        // "the outbreak that began in February": when it started, not the figure's day.
        // "since the outbreak was first reported at the end of September": so is when it
        // was first told of.
        let began = |m: &Mention| {
            let doc = self.doc;
            let start_verb = |i: usize| {
                doc.word_in(i, &["began", "begun", "started", "emerged", "erupted", "launched"])
                    || doc.word_in(i, &["reported", "detected", "confirmed", "identified", "recorded"])
                        && doc.word_in(i.wrapping_sub(1), &["first"])
            };
            let leads = ["in", "on", "at", "the", "end", "beginning", "start", "early", "late", "mid", "middle", "of"];
            let verb = (m.first.saturating_sub(6)..m.first).rev().take_while(|&i| doc.word_in(i, &leads)).last();
            start_verb(verb.unwrap_or(m.first).wrapping_sub(1))
        };
        // "has killed 41 people this year, up from 37 deaths reported on Oct. 20": a day
        // after an earlier value told after the figure is the earlier value's.
        let of_an_earlier_value = |m: &Mention| {
            figures.iter().any(|q| {
                q.first > quantity.last
                    && q.last < m.first
                    && m.first - q.last <= 8
                    && (self.doc.word_in(q.first.wrapping_sub(1), &["from", "against", "versus"])
                        || self.doc.word_in(q.first.wrapping_sub(1), &["with"])
                            && self.doc.word_in(q.first.wrapping_sub(2), &["compared"]))
                    && (q.last + 1..m.first).all(|i| !self.doc.is_punct(i, ",") && !self.doc.is_punct(i, ";"))
            })
        };
        // "are in total 64 (they were 55 at the bulletin of 16/10)", "94 cumulative
        // (Update No. 5, Wednesday 18/11: 81)": a day in a bracket after the figure that
        // holds a number of its own is that number's.
        let in_a_bracket_of_its_own = |m: &Mention| {
            let doc = self.doc;
            let word_between = doc.kind(quantity.last + 1) == Some(TokenKind::Word);
            let open = quantity.last + 1 + usize::from(word_between);
            let close = (open + 1..m.first.max(open + 1) + 8).find(|&i| doc.is_punct(i, ")"));
            let own_number = |i: usize| doc.kind(i) == Some(TokenKind::Digits) && !(m.first..=m.last).contains(&i);
            doc.is_punct(open, "(")
                && m.first > open
                && close.is_none_or(|close| close > m.last)
                && (open + 1..close.unwrap_or(m.first)).any(own_number)
        };
        let usable = |(index, m): &&(usize, &Mention)| {
            !matches!(m.when, None | Some(calendar::When::NoSuchDay))
                && !of_an_earlier_value(m)
                && !self.base_of_a_change(m, quantity)
                && !in_a_bracket_of_its_own(m)
                && m.role != Role::Since
                && Some(*index) != self.dateline
                && !self.lead_stamp(m)
                && !in_aside(m)
                && !began(m)
                && !self.when_exposed(quantity, m)
                && !self.of_another_person(quantity, m)
                && !self.past_the_period_told_before(quantity, m)
                && !self.of_another_event(quantity, m)
                && !self.of_the_last_one(quantity, m)
                && !self.now_in_another_clause(quantity, m)
        };
        // A day said right after this figure ("3,228 cases the previous week") is its own.
        // So is one its bracket follows ("than in the preceding week (201)").
        // And a day whose "when" clause holds it ("compared with week 6, when 1,169 cases").
        // "since its last update on July 2, when the count stood at 178": a day whose
        // "when" clause holds the figure is its day, even a period's start.
        let when_clause = |m: &Mention| {
            self.doc.is_punct(m.last + 1, ",")
                && self.doc.word_in(m.last + 2, &["when"])
                && quantity.first > m.last + 2
                && quantity.first <= m.last + 7
        };
        let told_when = mentions
            .iter()
            .find(|(_, m)| matches!(m.when, Some(when) if when != calendar::When::NoSuchDay) && when_clause(m));
        let own = told_when.or_else(|| {
            mentions.iter().filter(usable).find(|(_, m)| {
                // (Unless the bracket names its own: "214 in week 45 (168 in week 44)".)
                let own_day_in_bracket =
                    || mentions.iter().any(|(_, n)| n.first > quantity.last && n.first <= quantity.last + 3);
                let bracketed =
                    m.last + 2 == quantity.first && self.doc.is_punct(m.last + 1, "(") && !own_day_in_bracket();
                // "up from 2,225 cases at the end of April": the end of a month said right after.
                let end_of = |q: &Quantity| {
                    m.first - q.last <= 6
                        && self.doc.word_in(m.first - 1, &["of"])
                        && self.doc.word_in(m.first.saturating_sub(2), &["end", "beginning", "start", "close"])
                        && (q.last + 1..m.first).all(|i| !self.doc.is_punct(i, ","))
                };
                // "against 451 suspected cases during week 1", "up from 112 new suspected
                // cases on Tuesday": a period or day said right after the figure's counted
                // words.
                // ("3,108 cases reported in the whole of September".)
                let whole_of = self.doc.word_in(m.first.wrapping_sub(1), &["of"])
                    && self.doc.word_in(m.first.wrapping_sub(2), &["whole", "all", "entire", "rest"]);
                let during = |q: &Quantity| {
                    m.first - q.last <= 5 + 2 * usize::from(whole_of)
                        && (self.doc.word_in(m.first - 1, &["during", "in", "throughout", "on"]) || whole_of)
                        && (q.last + 1..m.first).all(|i| self.doc.kind(i) == Some(TokenKind::Word))
                        && (q.last + 1..m.first - 1)
                            .any(|i| self.doc.word(i).is_some_and(|w| classify::counted_metric(w).is_some()))
                };
                // "up from 15 cases it announced Friday": the day a clause after the
                // counted words says the figure was told.
                // ("up from 35 when ODH first announced the investigation on Nov. 4".)
                let verb = |i: usize| self.doc.word_in(i, &["announced", "reported", "confirmed", "said", "gave"]);
                let told = |q: &Quantity| {
                    m.first - q.last <= 9
                        && (q.last + 1..m.first).any(|i| self.doc.word_in(i, &["it", "they", "which", "that", "when"]))
                        && (verb(m.first - 1)
                            || self.doc.word_in(m.first - 1, &["on"]) && (m.first.saturating_sub(5)..m.first).any(verb))
                        && (q.last + 1..m.first).all(|i| self.doc.kind(i) == Some(TokenKind::Word))
                };
                bracketed
                    || figures.iter().rev().find(|q| q.last < m.first).is_some_and(|q| {
                        q.first == quantity.first && (m.first - q.last <= 3 || end_of(q) || during(q) || told(q))
                    })
            })
        });
        // "up from 51 cases and 27 deaths on Monday": a day right after the figure this
        // one is joined to by "and" is theirs together.
        let own = own.or_else(|| {
            mentions.iter().filter(usable).find(|(_, m)| {
                figures.iter().rev().find(|q| q.last < m.first).is_some_and(|q| {
                    q.first > quantity.last
                        && m.first - q.last <= 3
                        && joined(q)
                        && self.doc.word_in(m.first - 1, &["on"])
                })
            })
        });
        let best = own.or_else(|| {
            mentions
                .iter()
                .filter(usable)
                .filter(|(_, m)| !owned_by_other(m) && !self.compared_with(m, quantity))
                // "... notified in the week 43 (from October 25 to 31)": the bracket spells
                // out a day another figure owns.
                .filter(|(_, m)| {
                    let from = self.doc.word_in(m.first.wrapping_sub(1), &["from"]);
                    let paren = m.first.wrapping_sub(if from { 2 } else { 1 });
                    !(self.doc.is_punct(paren, "(")
                        && mentions.iter().any(|(_, before)| before.last + 1 == paren && owned_by_other(before)))
                })
                // "a month earlier" dates only the number right before it: elsewhere it
                // names a comparison ("four times the number a month earlier").
                .filter(|(_, m)| m.when != Some(calendar::When::MonthBefore))
                .max_by_key(|(_, m)| (m.role, std::cmp::Reverse(m.first.abs_diff(quantity.first))))
        });
        let Some((_, mention)) = best else {
            return Day::Unstated;
        };
        let words = self.doc.words(mention.first, mention.last);
        // "418 on Thursday, up from 352 the previous day": the day before Thursday. A
        // period's end beats the day it was announced ("announced on Wednesday, in week
        // 6 (2 to 8 February) 24,318 cases, after 21,077 in the previous week").
        let anchors = mentions.iter().filter(|(index, m)| {
            m.role != Role::Since
                && !in_aside(m)
                && Some(*index) != self.dateline
                && !self.lead_stamp(m)
                && !matches!(m.when, None | Some(calendar::When::DaysBefore(_) | calendar::When::MonthBefore))
        });
        let anchor = anchors
            .clone()
            .filter(|(_, m)| m.role == Role::End)
            .chain(anchors)
            .find_map(|(_, m)| m.resolve(self.published))
            .or(story_day)
            // "Data for ... through Saturday, Nov. 14" above "Hospitalizations this week:
            // 41 (previous week: 29)": the week before the data's week, not publication's.
            .or_else(|| {
                let header = &self.mentions[self.data_day?];
                (header.first < quantity.first).then(|| header.resolve(self.published)).flatten()
            });
        let date = match (mention.when, anchor) {
            (Some(calendar::When::DaysBefore(days)), Some(anchor)) => anchor.add_days(-(days as i32)),
            (Some(calendar::When::MonthBefore), Some(anchor)) => anchor.month_before(),
            _ => mention.resolve(self.published),
        };
        // Written into one buffer: a string per day and per part was an allocation each.
        let mut why = String::with_capacity(96);
        why.push_str("date: \"");
        why.push_str(words);
        match (date, self.published) {
            (Some(date), Some(published)) if date != published || mention.when != Some(calendar::When::Full(date)) => {
                why.push_str("\" -> ");
                date.push_long_form(&mut why);
                why.push_str(", ");
                push_relation(&mut why, date, published);
                why.push(' ');
                why.push_str(self.reference);
                why.push_str(" (");
                published.push_long_form(&mut why);
                why.push(')');
            }
            (Some(date), _) => {
                why.push_str("\" -> ");
                date.push_long_form(&mut why);
            }
            (None, None) => why.push_str("\" needs the publication date"),
            // "February 29" around a year that has none, or a week 53 that is not there.
            (None, Some(published)) => {
                why.push_str("\" names no day that exists near ");
                why.push_str(self.reference);
                why.push_str(" (");
                published.push_long_form(&mut why);
                why.push(')');
            }
        }
        if mention.role == Role::Report {
            why.push_str(" (the day it was reported)");
        }
        Day::Mentioned(date, mention.role, why)
    }

    /// Whether a mention is the day a wire's lead opens with ("Nov 20 (Reuters) - China
    /// reported ... on Thursday"), after its city or not ("SEOUL, Nov. 7 (Yonhap) --",
    /// when a "Published:" line above is the one taken for the publication date): the day
    /// of the report, not of its figures.
    fn lead_stamp(&self, m: &Mention) -> bool {
        let doc = self.doc;
        let line_start = |i: usize| doc.tokens.get(i).is_some_and(|t| t.line_before) || i == 0;
        // ("Lima, 20 nov (EFE).-": a city's name in title case too.)
        let city_word = |i: usize| doc.kind(i) == Some(TokenKind::Word) && doc.is_capitalized(i);
        // ("(ANSA) - ANCONA, NOV 6 -": the agency's bracket first.)
        let after_an_agency = |i: usize| {
            ["-", "\u{2013}", "\u{2014}"].iter().any(|dash| doc.is_punct(i.wrapping_sub(1), dash))
                && doc.is_punct(i.wrapping_sub(2), ")")
                && doc.is_punct(i.wrapping_sub(4), "(")
                && line_start(i.wrapping_sub(4))
        };
        let after_its_city = m.first >= 2
            && doc.is_punct(m.first - 1, ",")
            && (m.first.saturating_sub(5)..m.first - 1)
                .rev()
                .take_while(|&i| city_word(i))
                .any(|i| line_start(i) || after_an_agency(i));
        let opens_line = line_start(m.first) || after_its_city;
        let mut after = m.last + 1;
        if doc.is_punct(after, "(") {
            match (after + 1..after + 5).find(|&i| doc.is_punct(i, ")")) {
                Some(close) => after = close + 1,
                None => return false,
            }
            if doc.is_punct(after, ".") {
                after += 1;
            }
        }
        opens_line && ["-", "\u{2013}", "\u{2014}"].iter().any(|dash| doc.is_punct(after, dash))
    }

    /// "34 people have fallen ill after attending a banquet on July 10", "people who ate
    /// at the stall on August 29": a day said after the figure in the clause of what they
    /// ate or attended is when they were exposed, not the day they were counted.
    fn when_exposed(&self, quantity: &Quantity, m: &Mention) -> bool {
        exposure_before(self.doc, quantity.last + 1, m.first)
    }

    /// "He is the second person to die, after a 46-year-old woman died on Monday": a
    /// day said after the figure in a clause about another person is that person's.
    fn of_another_person(&self, quantity: &Quantity, m: &Mention) -> bool {
        let doc = self.doc;
        // ("Two deaths have been recorded since the outbreak was declared: a 9-year-old girl
        // who died in October, and a man who died on November 10": the list of who they
        // were, each with the day of their own death.)
        // ("One of the three has died: the first patient, a 52-year-old woman, died on
        // October 27": who it was, and when that one died.)
        // ("Two deaths have been confirmed this year, one of a 42-year-old labourer in
        // September and another ...": each one's own.)
        let one_of = |i: usize| {
            doc.is_punct(i, ",")
                && doc.word_in(i + 1, &["one"])
                && doc.word_in(i + 2, &["of"])
                && doc.word_in(i + 3, &["a", "an"])
        };
        // ("One death has been reported this year, an infant in the south who died in
        // September": who it was, and when that one died.)
        let who_was_it = |i: usize| {
            doc.is_punct(i, ",")
                && doc.word_in(i + 1, &["a", "an"])
                && (i + 2..m.first.min(i + 14)).any(|j| doc.word_in(j, &["who", "whose"]))
        };
        let another = |i: usize| {
            who_was_it(i)
                || (doc.word_in(i, &["after"]) && doc.word_in(i + 1, &["a", "an"])
                    || doc.is_punct(i, ":") && doc.word_in(i + 1, &["a", "an", "the"]))
                    && (i + 2..i + 10).any(|j| doc.word_in(j, classify::ONE_PERSON))
                || one_of(i)
                    && (i + 4..i + 10).any(|j| doc.word_in(j, classify::ONE_PERSON) || doc.word_in(j, &["year"]))
        };
        (quantity.last + 1..m.first).rev().take(30).take_while(|&i| !doc.is_punct(i, ";")).any(another)
    }

    /// "One death was recorded during the week, a boy who died on Nov. 12": a figure
    /// whose own clause sets it in the week (or period) told before is not dated by a
    /// day said past that clause.
    fn past_the_period_told_before(&self, quantity: &Quantity, m: &Mention) -> bool {
        let doc = self.doc;
        let clause_end = (quantity.last + 1..m.first).find(|&i| doc.is_punct(i, ",") || doc.is_punct(i, ";"));
        clause_end.is_some_and(|end| {
            (quantity.last + 1..end).any(|i| {
                doc.word_in(i, &["during", "over", "throughout"])
                    && doc.word_in(i + 1, &["the", "that"])
                    && doc.word_in(i + 2, &["week", "period"])
                    && i + 3 == end
            })
        })
    }

    /// "at least 11 cases ... among people who waded through floodwater after the
    /// Category 3 storm made landfall on Oct. 3": a day in an "after the ..." clause
    /// following the figure is another event's (unless that clause tells of a report).
    fn of_another_event(&self, quantity: &Quantity, m: &Mention) -> bool {
        let doc = self.doc;
        let Some(after) = (quantity.last + 1..m.first)
            .rev()
            .take(12)
            .take_while(|&i| !doc.is_punct(i, ",") && !doc.is_punct(i, ";"))
            .find(|&i| doc.word_in(i, &["after"]))
        else {
            return false;
        };
        doc.word_in(after + 1, &["the"]) && !(after + 2..m.first).any(|i| doc.has(i, lexicon::SAYING_VERBS))
    }

    /// "Deaths (cum.): 3 (last on 06/11)", "14 deaths, the last of them on Monday": a
    /// day after the figure told of the last one counted is that one's, not the count's
    /// (but "last updated on 06/11" dates the data).
    fn of_the_last_one(&self, quantity: &Quantity, m: &Mention) -> bool {
        let doc = self.doc;
        let last = (m.first.saturating_sub(4).max(quantity.last + 1)..m.first).find(|&i| doc.word_in(i, &["last"]));
        last.is_some_and(|at| {
            (at + 1..m.first).all(|i| !doc.word_in(i, &["updated", "update", "revised", "reviewed", "week", "month"]))
        })
    }

    /// "three patients died in the period January-April, while 412 are currently still
    /// in hospital": a figure its own clause says is of now is not dated by the time of
    /// an event or of months said in another clause (the day of the telling, "said on
    /// Wednesday", and a count's "as of Friday" still date it).
    fn now_in_another_clause(&self, quantity: &Quantity, m: &Mention) -> bool {
        let doc = self.doc;
        let event_or_months =
            m.role == Role::At || matches!(m.when, Some(calendar::When::MonthEnd(..) | calendar::When::LastMonth));
        if !event_or_months {
            return false;
        }
        let sentence = self.sentences.partition_point(|s| s.end <= quantity.first);
        let Some(s) = self.sentences.get(sentence) else { return false };
        // ("received 265,000 doses in August and has vaccinated 120,000 people so far":
        // "and" before a verb of its own starts a clause too.)
        let breaks = |i: &usize| {
            doc.is_punct(*i, ",")
                || doc.is_punct(*i, ";")
                || doc.word_in(*i, &["and"]) && doc.word_in(*i + 1, &["has", "have", "had", "is", "are"])
        };
        let start = (s.first..quantity.first).rev().find(breaks).map_or(s.first, |i| i + 1);
        let end = (quantity.last + 1..s.end).find(breaks).unwrap_or(s.end);
        let so_far = |i: usize| {
            doc.word_in(i, &["so"]) && doc.word_in(i + 1, &["far"])
                || doc.word_in(i, &["to"]) && doc.word_in(i + 1, &["date"])
        };
        // ("so far this year, up to the end of June": a count's end still dates it.)
        let now =
            (start..end).any(|i| doc.word_in(i, &["currently", "now", "presently"]) || so_far(i) && m.role == Role::At);
        // ("Fourteen are currently in isolation, ..., said Dr. Whitley, the centre's
        // director, in an interview Tuesday": now is the day of the telling.)
        let at_a_telling = (m.first.saturating_sub(4)..m.first)
            .any(|i| doc.word_in(i, &["interview", "briefing", "conference", "statement"]));
        now && !at_a_telling && !(start..end).contains(&m.first)
    }

    /// The first day of a range told as one date, "November 1 and 10", "5–11 August",
    /// "June 23 to 29", that ends on `end_date`: its first day number, in the same month;
    /// or counted back from it ("the first 10 days of November").
    fn first_day_of(&self, range: &Mention, end_date: Date) -> Option<Date> {
        // "the first 10 days of November", "the last ten days of October".
        if let Some((_, days)) = calendar::days_of_a_month(self.doc, range.first) {
            return end_date.add_days(1 - days as i32);
        }
        let joined = (range.first..range.last).any(|i| {
            self.doc.word_in(i, &["and", "to", "through", "until"])
                || matches!(self.doc.slice(i), "-" | "\u{2013}" | "\u{2014}")
        });
        let (year, month, last_day) = end_date.ymd();
        let day = (range.first..range.last)
            .find(|&i| self.doc.kind(i) == Some(TokenKind::Digits))
            .and_then(|i| self.doc.slice(i).parse::<u32>().ok())
            .filter(|&day| day < last_day)?;
        joined.then(|| Date::from_ymd(year, month, day)).flatten()
    }

    /// "Since the previous update on 7 October, nine new cases", "two additional cases
    /// since the last update on 13 August", "15 new cases had been confirmed since
    /// Monday": a new count with no period of its own, told since a day (an earlier
    /// report's, or one named right after "since"), is new over the days from that day
    /// to its own.
    fn periods_since_a_day(&self, drafts: &mut [Draft]) {
        let doc = self.doc;
        for draft in drafts.iter_mut().filter(|d| d.reading.kind == Kind::New && d.period_days == Some(1)) {
            let Some(sentence) = self.sentences.get(draft.sentence) else { continue };
            let from = self.mentions.partition_point(|m| m.first < sentence.first);
            // Before the count, or a few words after it.
            // (A report's day told "on" may stand a little further: "have been confirmed
            // since the previous briefing on Nov. 10".)
            let near = |m: &Mention, words: usize| m.first < draft.reading.last + words;
            let to = self.mentions.partition_point(|m| m.first < (draft.reading.last + 16).min(sentence.end));
            let since_a_day = self.mentions.get(from..to).unwrap_or_default().iter().find(|m| {
                let since =
                    (m.first.saturating_sub(10).max(sentence.first)..m.first).rfind(|&i| doc.word_in(i, &["since"]));
                let told_since = since.is_some_and(|since| {
                    since + 1 == m.first || (since..m.first).any(|i| doc.word_in(i, calendar::REPORT_NOUNS))
                });
                // ("since the previous briefing on Nov. 10": the report's day, told "on".)
                let report_on = since.is_some() && doc.word_in(m.first.wrapping_sub(1), &["on"]);
                (m.role == Role::Since && near(m, 10) || report_on)
                    && matches!(
                        m.when,
                        Some(calendar::When::Full(_) | calendar::When::MonthDay(..) | calendar::When::Weekday(_))
                    )
                    && told_since
            });
            let start = since_a_day.and_then(|m| m.resolve(self.published));
            if let (Some(start), Some(end)) = (start, draft.day.date()) {
                if end > start {
                    draft.period_days = u32::try_from(end.days_since(start)).ok();
                }
            }
        }
    }

    /// A digest's items are reports of their own: a figure takes a day only from the
    /// figures of its own item ("said on Tuesday"), never from the item before.
    fn inherit_days_by_item(&self, drafts: &mut [Draft], items: &[(usize, usize, (usize, usize))]) {
        let mut rest = drafts;
        for &(first, end, _) in items {
            let before = rest.partition_point(|d| d.quantity.first < first);
            let (outside, tail) = std::mem::take(&mut rest).split_at_mut(before);
            self.inherit_days(outside);
            let inside = tail.partition_point(|d| d.quantity.first < end);
            let (item, after) = tail.split_at_mut(inside);
            self.inherit_days(item);
            rest = after;
        }
        self.inherit_days(rest);
    }

    /// Figures whose sentence names no day take the day of the figure before them; at
    /// the top of the article, a header's data date ("Data as of ...") or else the first
    /// dated figure after; with neither, the publication date.
    fn inherit_days(&self, drafts: &mut [Draft]) {
        let dated = |d: &Draft| matches!(d.day, Day::Mentioned(..)) && !d.reading.earlier_value;
        // A day the data is for ("as of Thursday") is a better guide than the day the
        // news was told ("the ministry said on Friday").
        let data_dated = |d: &Draft| dated(d) && !matches!(d.day, Day::Mentioned(_, Role::Report, _));
        let first_dated = drafts.iter().position(dated);
        // A header's day that is an earlier value's own ("On Saturday, 7 July, officials
        // said 14 cases") dates nothing else.
        // (Not the day figures were updated on: "The figures, updated on Friday, show 14
        // cases, up from six on 6 November".)
        let data_day = self.data_day.filter(|&m| {
            let sentence = self.sentences.partition_point(|s| s.end <= self.mentions[m].first);
            figures_updated_on(self.doc, &self.mentions[m])
                || !drafts.iter().any(|d| d.reading.earlier_value && d.sentence == sentence)
        });
        let (mut last_data, mut last_told) = (None, None);
        // The last dated figure of each metric so far.
        let mut last_of_metric: Vec<(Metric, usize)> = Vec::new();
        // The last dated total of each metric so far.
        let mut last_total_of_metric: Vec<(Metric, usize)> = Vec::new();
        for i in 0..drafts.len() {
            if dated(&drafts[i]) {
                let metric = drafts[i].reading.metric;
                last_of_metric.retain(|&(m, _)| m != metric);
                last_of_metric.push((metric, i));
                if drafts[i].reading.kind == Kind::Total {
                    last_total_of_metric.retain(|&(m, _)| m != metric);
                    last_total_of_metric.push((metric, i));
                }
            }
            // The latest day so far: a figure dated back ("the previous bulletin, as of
            // Friday, had counted 2,942") does not pull the story back with it.
            let later = |j: usize, than: Option<usize>| {
                than.is_none_or(|k: usize| drafts[j].day.date() >= drafts[k].day.date())
            };
            if data_dated(&drafts[i]) && later(i, last_data) {
                last_data = Some(i);
            } else if dated(&drafts[i]) && later(i, last_told) {
                last_told = Some(i);
            }
            // ("Forty-seven fresh cases, according to the bulletin released on Wednesday.
            // The city had recorded 1,420 cases at the end of August": a data day more
            // than two weeks before the day the news was told is an earlier value's, no
            // guide; a weekly report's data may lag its release by a week or so.)
            let weeks_before = |data: usize, told: usize| {
                drafts[data].day.date().zip(drafts[told].day.date()).is_some_and(|(d, t)| d.add_days(14) < Some(t))
            };
            let last_dated = match (last_data, last_told) {
                (Some(data), Some(told)) if weeks_before(data, told) => Some(told),
                _ => last_data.or(last_told),
            };
            if drafts[i].day != Day::Unstated {
                continue;
            }
            // "As at the same date, 1,962 people had been hospitalised": the day of the
            // running total told just before (not of a week's count compared with).
            let same_date = self.sentences.get(drafts[i].sentence).is_some_and(|s| {
                (s.first..s.end).any(|k| {
                    self.doc.word_in(k, &["same"])
                        && self.doc.word_in(k + 1, &["date", "day"])
                        && self.doc.word_in(k.wrapping_sub(1), &["the"])
                })
            });
            let total_before =
                || (0..i).rev().take(40).find(|&j| dated(&drafts[j]) && drafts[j].reading.kind == Kind::Total);
            if let Some(j) = same_date.then(total_before).flatten() {
                let words = self.words(drafts[j].quantity.first, drafts[j].reading.last);
                let why = ["date: \"the same date\" as \"", words, "\""].concat();
                drafts[i].day = Day::Inherited(drafts[j].day.date(), why);
                continue;
            }
            // "Nationwide, 3,906 cases, according to the ministry's update released on
            // Tuesday. The country recorded 402 cases in the past week, the update
            // stated": a figure of the report named before is of that report's day.
            // (The day of that sentence's own figure first: a report's data day, where
            // its publication day was moved to it.)
            if let Some(m) = self.day_of_the_report_named_before(drafts, i) {
                let sentence = self.sentences.partition_point(|s| s.end <= m.first);
                // ("142 new cases ..., down from 167 the week before": not the earlier value's.)
                let figure_day = drafts[..i]
                    .iter()
                    .rev()
                    .take(40)
                    .filter(|d| d.sentence == sentence && !d.reading.earlier_value)
                    .find_map(|d| match d.day {
                        Day::Mentioned(Some(day), ..) => Some(day),
                        _ => None,
                    });
                // ("The report, released on Monday, covers January 1 to September 30":
                // the last day its data cover.)
                let released = m.resolve(self.published);
                let covered_to = self.sentences.get(sentence).and_then(|s| {
                    self.mentions[self.mentions_in(s)]
                        .iter()
                        .filter(|k| k.role == Role::End)
                        .filter_map(|k| k.resolve(self.published))
                        .filter(|&day| released.is_none_or(|released| day <= released))
                        .max()
                });
                let report = self.words(m.first, m.last);
                let why = match (figure_day, covered_to) {
                    (None, Some(day)) => {
                        format!(
                            "date: none in its sentence; {}, the last day covered by the report of \"{report}\"",
                            day.long_form()
                        )
                    }
                    _ => format!("date: none in its sentence; the report's, \"{report}\""),
                };
                drafts[i].day = Day::Inherited(figure_day.or(covered_to).or(released), why);
                continue;
            }
            // "As at Nov 16, there were 68 active clusters. The largest is in Bedok North,
            // with 154 cases": the day a sentence with no figure opens with goes on into
            // the next.
            // (Drafts are in text order: a figure of the sentence before stands among the
            // few just before this one's sentence.)
            let no_figure_in = |before: usize| {
                !drafts[..i].iter().rev().take_while(|d| d.sentence >= before).any(|d| d.sentence == before)
            };
            let opened_before = drafts[i]
                .sentence
                .checked_sub(1)
                .and_then(|before| Some((before, self.sentences.get(before)?)))
                .and_then(|(before, s)| {
                    let at = self.mentions.partition_point(|m| m.first < s.first);
                    self.mentions.get(at).filter(|m| {
                        m.role == Role::End
                            && m.first <= s.first + 2
                            && self.doc.word_in(m.first.wrapping_sub(1), &["at", "of"])
                            && no_figure_in(before)
                    })
                });
            if let Some(m) = opened_before {
                let why = format!(
                    "date: none in its sentence; \"{}\" opening the sentence before",
                    self.words(m.first, m.last)
                );
                drafts[i].day = Day::Inherited(m.resolve(self.published), why);
                continue;
            }
            // A day heading below the last dated figure starts a new day's entries.
            let at = drafts[i].quantity.first;
            let heading = self.day_headings.iter().rev().map(|&h| &self.mentions[h]).find(|m| m.first < at);
            let last_dated_at = last_dated.map(|j| drafts[j].quantity.first);
            if let Some(m) = heading.filter(|m| last_dated_at.is_none_or(|j| j < m.first)) {
                let why =
                    format!("date: none in its sentence; the day heading \"{}\" above it", self.words(m.first, m.last));
                drafts[i].day = Day::Inherited(m.resolve(self.published), why);
                continue;
            }
            // A live blog's entry below the last dated figure is a report of its own:
            // its undated figures are of the entry's day (the day heading above it, else
            // the publication date), unless it speaks of a report told in an earlier
            // entry ("according to the same report").
            let entries_above = self.entry_stamps.partition_point(|&e| self.mentions[e].first < at);
            let entry = entries_above.checked_sub(1).map(|e| self.mentions[self.entry_stamps[e]].first);
            let new_entry = entry.is_some_and(|e| last_dated_at.is_some_and(|j| j < e));
            if new_entry && !self.refers_to_an_earlier_report(drafts[i].sentence) {
                drafts[i].day = match heading {
                    Some(m) => Day::Inherited(
                        m.resolve(self.published),
                        format!(
                            "date: none in its entry; the day heading \"{}\" above it",
                            self.words(m.first, m.last)
                        ),
                    ),
                    None => Day::Inherited(
                        self.published,
                        ["date: none in its entry; the day of ", self.reference].concat(),
                    ),
                };
                continue;
            }
            // A figure's own series may have reached a later day than the data told last
            // ("1,94,720 new cases" on Wednesday's data, then Tuesday's tests, then "over
            // the past week, 9.8 lakh cases").
            let same_metric = last_of_metric
                .iter()
                .find(|&&(m, _)| m == drafts[i].reading.metric)
                .map(|&(_, j)| j)
                .filter(|&j| last_dated.is_some_and(|k| drafts[j].day.date() > drafts[k].day.date()));
            let last_dated = same_metric.or(last_dated);
            // "1,046 cases so far this year ... In the week to Sunday, 73 new cases ...
            // The South West has recorded 312 cases": a total with no day is as of the
            // last total of its metric, not of the end of a period another count covers.
            let period_end = |j: usize| {
                drafts[j].reading.kind == Kind::New && matches!(drafts[j].day, Day::Mentioned(_, Role::End, _))
            };
            let last_total = last_total_of_metric
                .iter()
                .find(|&&(m, _)| m == drafts[i].reading.metric)
                .map(|&(_, j)| j)
                .filter(|_| drafts[i].reading.kind == Kind::Total)
                .filter(|&j| last_dated.is_some_and(|k| period_end(k) && drafts[j].day.date() >= drafts[k].day.date()));
            let last_dated = last_total.or(last_dated);
            let totals = &last_total_of_metric;
            if let Some(day) = self.report_day_after_a_period(drafts, i, last_dated, last_told, totals) {
                drafts[i].day = day;
                continue;
            }
            // "has sickened 162 people. As of Sunday, 148 passengers ... had reported
            // symptoms": above the first dated figure, a data date said below it in a
            // sentence that holds no figure dates the story's opening total.
            let below_until = first_dated.map_or(usize::MAX, |j| drafts[j].quantity.first);
            let as_of_below = (last_dated.is_none() && data_day.is_none())
                .then(|| {
                    self.mentions.iter().position(|m| {
                        // ("Schools will remain closed till September 24": a day to come
                        // is no data's.)
                        let to_come = m.resolve(self.published).zip(self.published).is_some_and(|(d, p)| d > p);
                        // (Only a day the data are "as of": "Last season, admissions
                        // peaked in the week ending Jan. 3" dates nothing now.)
                        let as_of = (m.first.saturating_sub(4)..m.first)
                            .any(|k| self.doc.word_in(k, &["as"]) && self.doc.word_in(k + 1, &["of", "at"]));
                        let sentence = self.sentences.partition_point(|s| s.end <= m.first);
                        // ("... has killed at least 43, according to aid groups. The
                        // committee said on Wednesday that its members had recorded
                        // the cases": the day the next sentence says it was told.)
                        let told_next = m.role == Role::Report && sentence == drafts[i].sentence + 1;
                        (m.role == Role::End && as_of || told_next)
                            && m.when.is_some()
                            && !to_come
                            && !exposure_before(self.doc, 0, m.first)
                            && (at..below_until).contains(&m.first)
                            && drafts.iter().all(|d| d.sentence != sentence)
                    })
                })
                .flatten();
            if let (None, None) = (last_dated, data_day.or(as_of_below)) {
                if let Some(day) = self.report_day_after_a_period(drafts, i, first_dated, last_told, totals) {
                    drafts[i].day = day;
                    continue;
                }
            }
            drafts[i].day = match (last_dated, data_day.or(as_of_below), first_dated) {
                (Some(j), _, _) | (None, None, Some(j)) => {
                    let other = &drafts[j];
                    let words = self.words(other.quantity.first, other.reading.last);
                    Day::Inherited(
                        other.day.date(),
                        ["date: none in its sentence; the day of \"", words, "\""].concat(),
                    )
                }
                (None, Some(mention), _) => {
                    let m = &self.mentions[mention];
                    let what = if m.role == Role::Report {
                        "the day the next sentence says it was told,"
                    } else {
                        "the data date"
                    };
                    let why = format!("date: none in its sentence; {what} \"{}\"", self.words(m.first, m.last));
                    // ("... disclosed this at a briefing on Wednesday. He said 186 new
                    // cases were recorded": the telling's later figures are of its day.
                    // Not a header's "Published 23 July" line's.)
                    let telling_of_this =
                        (m.first.saturating_sub(12)..m.first).any(|k| calendar::tells_what_came_before(self.doc, k));
                    if m.role == Role::Report && telling_of_this {
                        last_told = Some(i);
                    }
                    Day::Inherited(m.resolve(self.published), why)
                }
                (None, None, None) => Day::Inherited(
                    self.published,
                    match self.published {
                        Some(date) => {
                            format!("date: none in the article; the day of {} {}", self.reference, date.long_form())
                        }
                        None => "date: none in the article, and no publication date".to_string(),
                    },
                ),
            };
        }
    }

    /// "In May alone, 214 new cases were reported. Kerran accounts for 610 cases. Some 45
    /// patients are still in hospital": a total or a stock after a new count of a month
    /// or more (`last_dated`, the figure draft `i` would take its day from) is as of the
    /// report's day (the last day told, `last_told`, else the publication date), not of
    /// the period's last day (a week's count leaves the week's end: a weekly bulletin's
    /// stocks are of its week). Above the first dated figure ("Three pupils are being
    /// treated in hospital. In the week from May 2 to 8, 64 cases"), a count over any
    /// period longer than a day is not what dates it. Unless a
    /// total before it (among `totals`, the last of each metric) was counted up to that
    /// day or later ("846 cases so far this year, up to the end of May"): then the report
    /// is of data to that day.
    fn report_day_after_a_period(
        &self,
        drafts: &[Draft],
        i: usize,
        last_dated: Option<usize>,
        last_told: Option<usize>,
        totals: &[(Metric, usize)],
    ) -> Option<Day> {
        let (draft, period) = (drafts.get(i)?, drafts.get(last_dated?)?);
        let days = period.period_days.unwrap_or(1);
        let long = if period.quantity.first < draft.quantity.first {
            days >= 28
        } else {
            // ("has risen to 211, after 23 cases were notified in the week to Saturday":
            // the total the count brought up is as of the count's day.)
            let brought_up = period.sentence == draft.sentence
                && self.doc.word_in(period.quantity.first.wrapping_sub(1), &["after"]);
            days > 1 && !brought_up && !self.tells_the_report_of(draft.sentence, period.sentence)
        };
        let after_period = draft.reading.kind == Kind::Total
            && period.reading.kind == Kind::New
            && matches!(period.day, Day::Mentioned(_, Role::End | Role::At, _))
            && long;
        if !after_period {
            return None;
        }
        let end = period.day.date()?;
        let counted_up_to = |j: usize| {
            drafts.get(j).is_some_and(|t| matches!(t.day, Day::Mentioned(Some(d), Role::End, _) if d >= end))
        };
        if totals.iter().any(|&(_, j)| counted_up_to(j)) {
            return None;
        }
        let told = last_told.and_then(|j| drafts.get(j)).filter(|t| t.day.date().is_some_and(|d| d > end));
        let why = |what: &str| format!("date: none in its sentence; {what}, not the end of the period of a count");
        match told {
            Some(t) => Some(Day::Inherited(
                t.day.date(),
                why(&["the day of \"", self.words(t.quantity.first, t.reading.last), "\""].concat()),
            )),
            None => self
                .published
                .filter(|&p| p > end)
                .map(|p| Day::Inherited(Some(p), why(&["the day of ", self.reference].concat()))),
        }
    }

    /// "A total of 1,432 cases were recorded in ME40, from Sept 27 to Oct 3. "This brings
    /// the cumulative number this year to 28,906," she said in a statement on Wednesday":
    /// a total the count before it brings up is as of that count's day, not of the day
    /// it was told (within the week after).
    fn totals_brought_up_by_the_count_before(&self, drafts: &mut [Draft]) {
        let doc = self.doc;
        for k in 1..drafts.len() {
            let Day::Mentioned(Some(told), role, _) = drafts[k].day else { continue };
            let Some(sentence) = self.sentences.get(drafts[k].sentence) else { continue };
            // "he said in a statement on Wednesday (Oct 7)": the bracketed day is the
            // telling's too.
            let said = (sentence.first..sentence.end).any(|i| doc.has(i, lexicon::SAYING_VERBS));
            if !(role == Role::Report || role == Role::At && said) {
                continue;
            }
            let first = if doc.has(sentence.first, lexicon::QUOTES) { sentence.first + 1 } else { sentence.first };
            let brings = doc.word_in(first, &["this", "that"])
                && doc.word_in(first + 1, &["brings", "brought", "takes", "took", "raises", "raised"]);
            if !brings || drafts[k].reading.kind != Kind::Total {
                continue;
            }
            let metric = drafts[k].reading.metric;
            let count = drafts[..k].iter().rev().find(|d| d.reading.metric == metric && !d.reading.earlier_value);
            let day = count
                .filter(|d| d.sentence < drafts[k].sentence && d.reading.kind == Kind::New)
                .and_then(|d| match d.day {
                    Day::Mentioned(Some(day), Role::End | Role::At, _) => Some(day),
                    _ => None,
                })
                .filter(|&day| (0..=7).contains(&told.days_since(day)));
            if let Some(day) = day {
                let why = format!("date: {}, the day of the count that brings the total to it", day.long_form());
                drafts[k].day = Day::Inherited(Some(day), why);
            }
        }
    }

    /// "A further 12 cases ..., bringing the number infected to 87. On Friday, 14 August,
    /// the HSE said 64 cases had been confirmed": a smaller total of the same count, told
    /// after an undated one with a day before publication, is where the story stood
    /// earlier, not the day of the figures around it.
    fn earlier_totals_told_after_the_lead(&self, drafts: &mut [Draft]) {
        let Some(published) = self.published else { return };
        // The largest undated total told so far of each count (its metric and place),
        // kept as the drafts go: a scan back from each draft made a long paste quadratic.
        // (A headline's "nearly 20 US cases" rounds the total told below it up: not kept.)
        let mut largest: Vec<(CountKey, u64)> = Vec::new();
        for draft in drafts.iter_mut() {
            let reading = &draft.reading;
            let key = (reading.metric, reading.location);
            let before = largest.iter().find(|(counted, _)| *counted == key).map(|&(_, value)| value);
            if let Day::Mentioned(Some(day), ..) = draft.day {
                let earlier_total = day < published && reading.kind == Kind::Total && !reading.earlier_value;
                if earlier_total && before.is_some_and(|value| value > draft.quantity.value) {
                    draft.reading.earlier_value = true;
                }
            } else if draft.day == Day::Unstated && draft.quantity.approx.is_none() && reading.kind == Kind::Total {
                match largest.iter_mut().find(|(counted, _)| *counted == key) {
                    Some(entry) => entry.1 = entry.1.max(draft.quantity.value),
                    None => largest.push((key, draft.quantity.value)),
                }
            }
        }
    }

    /// The day of the report that draft `i`'s sentence refers back to ("the update
    /// stated", "according to the update"), named with its day in a sentence a little
    /// before ("the ministry's update released on Tuesday"): that mention.
    fn day_of_the_report_named_before(&self, drafts: &[Draft], i: usize) -> Option<&Mention> {
        let index = drafts[i].sentence;
        let sentence = self.sentences.get(index)?;
        let noun = (sentence.first + 1..sentence.end)
            .find(|&k| self.doc.word_in(k, calendar::REPORT_NOUNS) && self.doc.word_in(k - 1, &["the"]))?;
        let word = self.doc.word(noun)?;
        let earlier = self.sentences.get(index.saturating_sub(5)..index)?;
        let dated = |named: usize| {
            let at = self.mentions.partition_point(|m| m.first <= named);
            self.mentions.get(at).filter(|m| m.first <= named + 4 && m.role == Role::Report)
        };
        earlier
            .iter()
            .rev()
            .flat_map(|s| (s.first..s.end).rev())
            .filter(|&k| self.doc.word(k) == Some(word))
            .find_map(dated)
    }

    /// "1,284 cases, according to the bulletin published this Monday" beside "the
    /// bulletin counts from 1 January to 27 March": a figure dated only by the day its
    /// report was published is as of the latest data day the article gives in the week
    /// before.
    fn publication_days_to_data_days(&self, drafts: &mut [Draft]) {
        // Only a day said of a report ("the bulletin counts from 1 January to 27
        // March"): "In the week to Sunday, 73 new cases" beside "figures released
        // yesterday" is another count, and the released total is of its own day.
        let of_a_report = |d: &&Draft| {
            self.sentences.get(d.sentence).is_some_and(|s| {
                (s.first..s.end).any(|i| {
                    self.doc.word_in(i, &["bulletin", "report", "sitrep", "update", "figures", "data", "statistics"])
                })
            })
        };
        // The day first: few figures have a period's end, and the sentence is scanned.
        let ends = || {
            drafts.iter().filter(|d| matches!(d.day, Day::Mentioned(Some(_), Role::End, _)) && !d.reading.earlier_value)
        };
        let mut data_days: Vec<Date> = ends().filter(of_a_report).filter_map(|d| d.day.date()).collect();
        // ("58 new cases in the week ending 13 September" over "The latest numbers, in the
        // ministry's weekly update released on Monday, bring the total to 1 214": a weekly
        // report's figures are of the week the story counts: any period's end it told.)
        let mut period_ends: Vec<Date> = ends().filter_map(|d| d.day.date()).collect();
        // "The update counts cases reported up to Tuesday.": a sentence of its own,
        // with no figure, that says what day the report's data reach.
        // In sentence order, as the drafts are: searched by bisection.
        let figure_sentences: Vec<usize> = drafts.iter().map(|d| d.sentence).collect();
        let mut stated_days = Vec::new();
        for (index, sentence) in self.sentences.iter().enumerate() {
            // ("The data correspond until the epidemiological week 45": its data.)
            let speaks_of_a_report = (self.doc.word_in(sentence.first + 1, calendar::REPORT_NOUNS)
                || self.doc.word_in(sentence.first + 1, &["data", "figures", "numbers", "statistics"]))
                && self.doc.word_in(sentence.first, &["the", "this", "its"]);
            if !speaks_of_a_report || figure_sentences.binary_search(&index).is_ok() {
                continue;
            }
            stated_days.extend(
                self.mentions[self.mentions_in(sentence)]
                    .iter()
                    .filter(|m| m.role == Role::End)
                    .filter_map(|m| m.resolve(self.published)),
            );
        }
        stated_days.sort_unstable();
        data_days.extend(&stated_days);
        data_days.sort_unstable();
        period_ends.extend(&data_days);
        period_ends.sort_unstable();
        for draft in drafts.iter_mut() {
            let Day::Mentioned(Some(published), Role::Report, _) = draft.day else { continue };
            let Some(sentence) = self.sentences.get(draft.sentence) else { continue };
            // "according to the bulletin published this Monday", "said Wednesday in its
            // weekly update", "said in its weekly report on Wednesday".
            let of_a_publication = self.mentions[self.mentions_in(sentence)].iter().any(|m| {
                m.role == Role::Report
                    && m.resolve(self.published) == Some(published)
                    && ((m.first.saturating_sub(3)..m.first)
                        // ("diffused this Friday": Spanish "difundido", translated word for word.)
                        .any(|i| {
                            self.doc.word_in(i, &["published", "released", "issued", "diffused"])
                                || self.doc.word_in(i, calendar::REPORT_NOUNS)
                        })
                        || self.doc.word_in(m.last + 1, &["in"])
                            && (m.last + 2..m.last + 5).any(|i| self.doc.word_in(i, calendar::REPORT_NOUNS)))
            });
            let weekly = (sentence.first..sentence.end).any(|i| {
                // ("weekly epidemiological update".)
                self.doc.word_in(i, &["weekly"]) && (i + 1..i + 3).any(|j| self.doc.word_in(j, calendar::REPORT_NOUNS))
            });
            let days = if weekly { &period_ends } else { &data_days };
            let before = days.partition_point(|&day| day < published);
            let data_day = before
                .checked_sub(1)
                .and_then(|k| days.get(k).copied())
                .filter(|&day| day.add_days(7).is_some_and(|week| week >= published));
            // ("The figures cover the period from January 1 to November 15" after "...,
            // the department said on Wednesday": the report's own words on its data.)
            let stated = data_day.is_some_and(|day| stated_days.binary_search(&day).is_ok());
            if let Some(day) = data_day.filter(|_| of_a_publication || stated) {
                let why = format!(
                    "date: {}, the data date of the report published {}",
                    day.long_form(),
                    published.long_form()
                );
                draft.day = Day::Mentioned(Some(day), Role::End, why);
            }
        }
    }

    /// Whether `inner` stands in a bracket that closes before `q`: "(7 confirmed and 4
    /// probable)" before "from three regions".
    fn in_closed_bracket(&self, inner: &Quantity, q: &Quantity) -> bool {
        let doc = self.doc;
        let opened = inner.first > 0
            && (inner.first.saturating_sub(6)..inner.first)
                .rev()
                .take_while(|&i| !doc.is_punct(i, ")"))
                .any(|i| doc.is_punct(i, "("));
        let closed = (inner.last + 1..q.first).find(|&i| doc.is_punct(i, ")") || doc.is_punct(i, "("));
        opened && closed.is_some_and(|i| doc.is_punct(i, ")"))
    }

    /// Whether mention `m`, after the figure, is the period a change is measured against:
    /// "812 new cases, a fall of 9.4% in relation to the previous week".
    fn compared_with(&self, m: &Mention, quantity: &Quantity) -> bool {
        // "nearly double the number reported in September".
        let multiple_of = |i: usize| {
            self.doc.word_in(i, &["double", "twice", "triple", "thrice", "half"])
                && self.doc.word_in(i + 1, &["the", "that"])
                && self.doc.word_in(i + 2, &["number", "figure", "count", "total", "level", "tally"])
        };
        m.first > quantity.last
            && ((m.first.saturating_sub(3)..m.first).any(|i| {
                self.doc.word_in(i, &["than", "versus", "vs"])
                    || self.doc.word_in(i, &["relation", "compared", "comparison"])
                        && self.doc.word_in(i + 1, &["to", "with"])
            }) || (m.first.saturating_sub(7)..m.first).any(multiple_of))
            || self.base_of_a_change(m, quantity)
    }

    /// Whether mention `m` is the period a change told with no value of its own is
    /// measured from, no day of the figure: "1,942 notifications in the week, up 8% on
    /// the previous week", "similar to the previous week".
    fn base_of_a_change(&self, m: &Mention, quantity: &Quantity) -> bool {
        let doc = self.doc;
        let at = m.first.wrapping_sub(if doc.word_in(m.first.wrapping_sub(1), &["the"]) { 2 } else { 1 });
        // ("figures up to Sunday" is the count's end.)
        let compared = |i: usize| {
            doc.is_punct(i, "%")
                || doc.word_in(i, &["down", "similar", "compared", "higher", "lower", "above", "below"])
                || doc.word_in(i, &["up"]) && !doc.word_in(i + 1, &["to", "until", "till"])
        };
        // (Not "up from 109 on Monday": the day of the value compared with.)
        let no_value_between =
            |c: usize| (c + 1..at).all(|i| doc.kind(i) != Some(TokenKind::Digits) || doc.is_punct(i + 1, "%"));
        // The figure is told before the comparison, or after it in a clause of its own
        // (", and 41,877 year to date"); not "compared with Epi-week 35 (1,088 cases)".
        let of_the_figure = |c: usize| {
            quantity.last < c || quantity.first > m.last && (m.last + 1..quantity.first).any(|i| doc.is_punct(i, ","))
        };
        doc.word_in(at, &["on", "to", "with", "than"])
            && (at.saturating_sub(4)..at).any(|c| compared(c) && no_value_between(c) && of_the_figure(c))
    }

    /// Whether sentence `index` speaks of a report told before: "according to the same
    /// report", "the same bulletin shows".
    fn refers_to_an_earlier_report(&self, index: usize) -> bool {
        let Some(sentence) = self.sentences.get(index) else { return false };
        (sentence.first..sentence.end).any(|i| {
            self.doc.word_in(i, &["same"])
                && (i + 1..i + 3)
                    .any(|j| self.doc.word_in(j, &["report", "bulletin", "update", "data", "figures", "source"]))
        })
    }

    /// "Manitoba has recorded 418 cases so far in 2026, according to the province's
    /// latest weekly report. The report, released Thursday, shows 23 new cases in the
    /// week of Nov. 8 to 14": sentence `later` opens on the report sentence `earlier`
    /// cites, whose data its period's end dates.
    fn tells_the_report_of(&self, earlier: usize, later: usize) -> bool {
        let (Some(cites), Some(tells)) = (self.sentences.get(earlier), self.sentences.get(later)) else {
            return false;
        };
        let cited = (cites.first..cites.end).any(|i| self.doc.word_in(i, calendar::REPORT_NOUNS));
        cited
            && later == earlier + 1
            && self.doc.word_in(tells.first, &["the", "this", "that"])
            && self.doc.word_in(tells.first + 1, calendar::REPORT_NOUNS)
    }

    fn words(&self, first: usize, last: usize) -> &str {
        self.doc.words(first, last)
    }

    /// A name in capitals ("ORLENIA" heading a factbox's section) as the text's prose
    /// spells it ("Orlenia"), so that both make one series; an acronym ("DRC"), never
    /// spelled otherwise, stays as it is.
    fn as_spelled_in_prose(&self, word: &str) -> String {
        if word.len() < 2 || word.chars().any(|c| !c.is_uppercase()) {
            return word.to_string();
        }
        let spellings = self.prose_spellings.get_or_init(|| {
            let doc = self.doc;
            let mut spellings = HashMap::new();
            // ("Orlenia's river valleys" spells it too.)
            for i in doc.in_class(0..doc.tokens.len(), lexicon::CAPITALIZED) {
                let written = calendar::without_possessive(doc.slice(i));
                if let (Some(word), true) = (doc.word(i), written.chars().any(char::is_lowercase)) {
                    spellings.entry(calendar::without_possessive(word)).or_insert(written);
                }
            }
            spellings
        });
        spellings.get(word.to_lowercase().as_str()).map_or(word, |written| written).to_string()
    }

    /// The first token of the place name at tokens `first..=last`, taking in an
    /// apostrophe that opens it ("'Eua", a name written with an okina) but not a
    /// quotation mark around it ("'Eua'").
    fn name_start(&self, first: usize, last: usize) -> usize {
        let doc = self.doc;
        // "Northwest China's Xinjiang": the place is the name after the country's.
        let possessive = |i: usize| doc.slice(i).ends_with("'s") || doc.slice(i).ends_with("\u{2019}s");
        if let Some(owner) = (first..last).rev().find(|&i| possessive(i)) {
            return owner + 1;
        }
        let apostrophe = |i: usize| matches!(doc.slice(i), "'" | "\u{2018}" | "\u{2019}");
        let opens = first > 0 && apostrophe(first - 1) && doc.attached(first) && !doc.attached(first - 1);
        let closed = apostrophe(last + 1) && doc.attached(last + 1);
        if opens && !closed {
            first - 1
        } else {
            first
        }
    }

    fn note(&self, first: usize, last: usize, reason: &'static str) -> Note {
        let (start, end) = (self.doc.tokens[first].start, self.doc.tokens[last].end);
        Note { start, end, text: self.doc.text[start..end].to_string(), reason }
    }

    /// The figure a draft becomes. Its explanation moves into the figure (nothing reads
    /// a draft's afterwards): copying every line was a good part of the allocations.
    fn figure(&self, draft: &mut Draft, sentences: &[Sentence]) -> Figure {
        let mut explain = std::mem::take(&mut draft.reading.explain);
        let reading = &draft.reading;
        let (start, end) = (self.doc.tokens[draft.quantity.first].start, self.doc.tokens[reading.last].end);
        let sentence = &sentences[draft.sentence];
        if let Some(approx) = draft.quantity.approx {
            explain.insert(
                0,
                format!(
                    "approx: {} (\"{}\")",
                    approx.name(),
                    self.words(
                        draft.quantity.first,
                        draft.quantity.number_first.saturating_sub(1).max(draft.quantity.first)
                    )
                ),
            );
        }
        let date = draft.day.date();
        match &mut draft.day {
            Day::Mentioned(_, _, why) | Day::Inherited(_, why) => explain.push(std::mem::take(why)),
            Day::Unstated => {}
        }
        let reading = &draft.reading;
        Figure {
            metric: reading.metric,
            kind: reading.kind,
            value: draft.quantity.value,
            max: draft.quantity.max,
            period_days: draft.period_days,
            date,
            approx: draft.quantity.approx,
            precision: number::precision_of(draft.quantity.value),
            // ("Satu\nMare": a name broken across a line is written on one.)
            location: reading.location.map(|(first, last)| {
                let place = self.words(self.name_start(first, last), last);
                let place = calendar::without_possessive(place);
                place.split_whitespace().map(|word| self.as_spelled_in_prose(word)).collect::<Vec<_>>().join(" ")
            }),
            subject: reading.subject,
            text: self.doc.text[start..end].to_string(),
            start,
            end,
            // A number read across a cut in an over-long sentence still lies inside its
            // sentence: the span grows to hold it (found by fuzzing).
            sentence: Span {
                start: self.doc.tokens[sentence.first].start.min(start),
                end: self.doc.tokens[sentence.end - 1].end.max(end),
            },
            explain,
            restates: None,
        }
    }
}

/// Appends how `date` stands to `published`: "the Tuesday before", "the day of", "2
/// days before".
fn push_relation(out: &mut String, date: Date, published: Date) {
    match published.days_since(date) {
        0 => out.push_str("the day of"),
        1 => out.push_str("the day before"),
        2..=6 => {
            out.push_str("the ");
            out.push_str(date.weekday().name());
            out.push_str(" before");
        }
        n if n > 0 => {
            out.push_str(&n.to_string());
            out.push_str(" days before");
        }
        n => {
            out.push_str(&(-i64::from(n)).to_string());
            out.push_str(" days after");
        }
    }
}

/// How many figures before and after a rounded figure are searched for the precise
/// one it restates.
const RESTATEMENT_WINDOW: usize = 60;

/// "Uttar Pradesh reported 812 fresh cases. Gorakhpur district recorded the highest
/// number of cases at 2,410, followed by Deoria at 1,377": a place's count taken as new
/// only for want of a word of a total, yet larger than the new count of the whole it is
/// part of, is a part of the running total; so is the rest of its list. So is a place's
/// count under a running total ("Dengue cases reached 6,120 ... Kessa province logged the
/// most cases with 2,004") whose kind was a bare default. The whole is a figure whose
/// location `is_whole` accepts: none, or the part of the country the article is about;
/// and never the rest of a list ("the remaining 22 cases came from ...").
fn parts_larger_than_the_new_count(drafts: &mut [Draft], is_whole: impl Fn(&Draft) -> bool) {
    let mut flipped_in: Option<(usize, Metric)> = None;
    let mut flipped_place: Option<(usize, Option<(usize, usize)>)> = None;
    // The latest figure of each metric told for no place, as (metric, kind, value): one
    // pass, whatever the paste's length.
    let mut wholes: Vec<(Metric, Kind, u64)> = Vec::new();
    // The latest new count of each metric told for no place, as (metric, value).
    let mut new_counts: Vec<(Metric, u64)> = Vec::new();
    // Whether the draft just before was taken for a part of a running total.
    let mut flipped_last = false;
    for draft in drafts.iter_mut() {
        let set_flipped = std::mem::take(&mut flipped_last) && draft.reading.kind_of_the_set;
        let (metric, value) = (draft.reading.metric, draft.quantity.value);
        if is_whole(draft) {
            // ("94 confirmed cases ... Another 12 are considered probable. California has
            // reported the most cases, 41": the probable ones are no whole of the list.)
            if !draft.reading.earlier_value && draft.reading.subject != Some(Subject::Probable) {
                wholes.retain(|&(m, ..)| m != metric);
                wholes.push((metric, draft.reading.kind, value));
                if draft.reading.kind == Kind::New {
                    new_counts.retain(|&(m, _)| m != metric);
                    new_counts.push((metric, value));
                }
            }
            continue;
        }
        if draft.reading.kind != Kind::New || draft.reading.kind_strength >= 2 {
            continue;
        }
        let same_list = flipped_in == Some((draft.sentence, metric));
        // "Karawang Regency with 3,512 cases, of which 21 sufferers died": a part of the
        // place's count just taken for a part of the total is one too.
        let part_of_flipped = flipped_place == Some((draft.sentence, draft.reading.location));
        let whole = wholes.iter().find(|&&(m, ..)| m == metric);
        // ("41 new confirmed cases in one week ... 481 confirmed cases so far this year ...
        // Ondo recorded 152 confirmed cases": larger than the week's count, under the
        // year's.)
        let new_count = new_counts.iter().find(|&&(m, _)| m == metric).map(|&(_, v)| v);
        let under_the_total = whole.is_some_and(|&(_, kind, whole_value)| kind == Kind::Total && whole_value >= value);
        let larger = whole.is_some_and(|&(_, kind, whole_value)| kind == Kind::New && whole_value < value)
            || under_the_total && new_count.is_some_and(|v| v < value);
        // "Dengue cases reached 9,874 from January 1 ... Iloilo province logged the most
        // cases with 3,412": a part taken as new for want of any word at all, under a
        // running total, is a part of that total.
        // (Not when its sentence names a day or week: "Petaling recorded the most cases
        // in ME40 with 512" is the week's.)
        let under_a_total =
            draft.reading.kind_strength == 0 && !matches!(draft.day, Day::Mentioned(..)) && under_the_total;
        if !(larger || under_a_total || same_list || part_of_flipped || set_flipped) {
            continue;
        }
        flipped_last = true;
        flipped_in = Some((draft.sentence, metric));
        flipped_place = Some((draft.sentence, draft.reading.location));
        draft.reading.kind = Kind::Total;
        draft.period_days = None;
        let why = if larger {
            "kind: total (larger than the count of new cases of the whole, it is a part of the running total)"
        } else {
            "kind: total (a part of the running total told before it, with no word of a period)"
        };
        match draft.reading.explain.iter_mut().find(|line| line.starts_with("kind: ")) {
            Some(line) => *line = why.to_string(),
            None => draft.reading.explain.push(why.to_string()),
        }
    }
}

/// "1,900 cases of legionellosis a year", "deaths from Lassa fever a year": a counted
/// word and the disease's name before token `i`.
fn counted_of_a_disease_before(doc: &Doc<'_>, i: usize) -> bool {
    // The name: a few words, an apostrophe ("Legionnaires' disease") at most.
    let name = |j: usize| doc.word(j).is_some() || doc.is_punct(j, "'") || doc.is_punct(j, "\u{2019}");
    (i.saturating_sub(5)..i.saturating_sub(1))
        .rev()
        .take_while(|&j| name(j + 1))
        .find(|&j| doc.word_in(j, &["of", "from"]))
        .is_some_and(|of| of > 0 && doc.word(of - 1).is_some_and(|w| classify::counted_metric(w).is_some()))
}

/// A rounded or qualified figure that agrees with a more precise one of the same
/// metric in the same article restates it ("more than 1.7 million" and "1.72
/// million"): it takes that figure's kind, day, subject and place, so that it adds a
/// source to the same point instead of a contradicting one. Loosely dated or kinded
/// figures (headlines, "reported Wednesday") may be re-read this way; firmly stated
/// ones must already match.
/// The first `headlines` sentences are the headline's lines; `roundup` says the article is a
/// roundup of places.
fn fold_restatements(doc: &Doc<'_>, figures: &mut [Figure], drafts: &[Draft], headlines: usize, roundup: bool) {
    let headline = |d: &Draft| d.sentence < headlines;
    // "With the two new cases, the total ... has reached 31": a count named again with
    // "the" refers back to the one told before, whatever kind its own words give it.
    let named_again = |d: &Draft| doc.word_in(d.quantity.first.wrapping_sub(1), &["the", "these", "those"]);
    // "Tularemia cases rise to 64 in northwestern Türkiye" over "have risen to 64 in
    // Kirklareli province": the same count, placed only by the body, is the count for
    // the place the article is about (a roundup's headline places each count itself).
    // ("Dengue climbs as Jeddah records 388 infections" over "Jeddah accounted for 388":
    // the headline names the body's place as its count's subject, and the count keeps it.)
    let headline_names_its_place = |figures: &[Figure], i: usize, j: usize| {
        let (headline_figure, body_figure) = (&figures[i], &figures[j]);
        let before = doc.text.get(headline_figure.sentence.start..headline_figure.start).unwrap_or_default();
        body_figure
            .location
            .as_deref()
            .and_then(|place| Some(before.len() - (before.rfind(place)? + place.len())))
            .is_some_and(|gap| gap <= 16)
    };
    let placed_in_the_body = |figures: &[Figure], i: usize, j: usize| {
        let (headline_figure, body_figure) = (&figures[i], &figures[j]);
        !roundup
            && headline(&drafts[i])
            && !headline(&drafts[j])
            && headline_figure.location.is_none()
            && body_figure.location.is_some()
            && headline_figure.approx.is_none()
            && body_figure.approx.is_none()
            && headline_figure.value == body_figure.value
            && headline_figure.kind == body_figure.kind
    };
    for i in 0..figures.len() {
        let candidate = &figures[i];
        let loose_kind = headline(&drafts[i]) || drafts[i].reading.kind_strength <= 1;
        let loose_day = !matches!(drafts[i].day, Day::Mentioned(_, Role::End | Role::At, _));
        // A restatement sits near what it restates (a headline over its lead): looking
        // within a window keeps a 5 MB paste linear.
        let window = i.saturating_sub(RESTATEMENT_WINDOW)..(i + RESTATEMENT_WINDOW).min(figures.len());
        let precise = window
            // Another metric is never a restatement: ruled out before the rest is weighed.
            .filter(|&j| j != i && figures[j].restates.is_none() && figures[j].metric == candidate.metric)
            .filter(|&j| {
                let other = &figures[j];
                // A rounder statement of it, or the same figure said again further on.
                // ("Deaths cross 500" over "503": below a thousand a qualifier says it.)
                let qualified = candidate.approx.is_some() && other.approx.is_none() && other.value != candidate.value;
                let rounder =
                    (other.precision < candidate.precision || qualified) && candidate.agrees_with(other.value);
                // A headline's figure restates the body's; otherwise the later the earlier.
                // The exact statement stands for a qualified one ("50 people had died"
                // over "at least 50"); else the headline yields to the body, the later
                // statement to the earlier.
                // So does a summary line with no day of its own ("Key points: - WA has
                // recorded 1,046 notifications") to the body's dated sentence, not to a
                // table's bare cell.
                let summary = j > i
                    && matches!(drafts[i].day, Day::Inherited(..))
                    && matches!(drafts[j].day, Day::Mentioned(..))
                    && drafts[j].reading.last > drafts[j].quantity.last;
                let first_said = if headline(&drafts[i]) || summary { j > i } else { j < i && !headline(&drafts[j]) };
                let stands_for_it = match (candidate.approx.is_some(), other.approx.is_some()) {
                    (true, false) => true,
                    (false, true) => false,
                    _ => first_said,
                };
                let repeat = stands_for_it
                    && other.value == candidate.value
                    && other.precision == candidate.precision
                    // A headline's day is the body's ("Cholera deaths rise to 57" over "has
                    // killed 57 people, the ministry said on Thursday").
                    && (other.date == candidate.date || headline(&drafts[i]) && loose_day)
                    // A headline's tense is no kind: "Marovia records 420 cases" over "has
                    // recorded 420 cases".
                    && (other.kind == candidate.kind || headline(&drafts[i]) || named_again(&drafts[i]));
                // "four confirmed and four probable" are two figures.
                let other_status =
                    candidate.subject.is_some() && other.subject.is_some() && candidate.subject != other.subject;
                other.metric == candidate.metric
                    && !other_status
                    && (rounder || repeat)
                    && (other.location == candidate.location || placed_in_the_body(figures, i, j))
                    && (other.kind == candidate.kind || loose_kind)
                    && (other.date == candidate.date || loose_day)
            })
            .min_by_key(|&j| figures[j].precision);
        let Some(j) = precise else { continue };
        if placed_in_the_body(figures, i, j) && !headline_names_its_place(figures, i, j) {
            let body = &mut figures[j];
            body.location = None;
            let why = "location: none (its headline tells the same count for the article's place)".to_string();
            match body.explain.iter_mut().find(|line| line.starts_with("location: ")) {
                Some(line) => *line = why,
                None => body.explain.push(why),
            }
        }
        let rounded = figures[j].precision < figures[i].precision || figures[j].value != figures[i].value;
        // "Tokyo confirms 2,360 new cases" over "2,360 people have tested positive on
        // Friday": the headline's own "new" tells the kind the body left to a default.
        if !rounded && drafts[j].reading.kind_strength == 0 && drafts[i].reading.kind_strength >= 3 {
            let (kind, period_days) = (figures[i].kind, figures[i].period_days);
            let body = &mut figures[j];
            if body.kind != kind {
                body.kind = kind;
                body.period_days = period_days;
                let why = format!("kind: {} (its headline says so; nothing in its own sentence did)", kind.name());
                match body.explain.iter_mut().find(|line| line.starts_with("kind: ")) {
                    Some(line) => *line = why,
                    None => body.explain.push(why),
                }
            }
        }
        // Borrowed apart, not cloned: a clone copied the other figure's explanation too.
        let (figure, other) = if j < i {
            let (before, from_i) = figures.split_at_mut(i);
            (&mut from_i[0], &before[j])
        } else {
            let (to_j, from_j) = figures.split_at_mut(j);
            (&mut to_j[i], &from_j[0])
        };
        figure.restates = Some(j);
        figure.kind = other.kind;
        figure.date = other.date;
        figure.period_days = other.period_days;
        figure.subject = other.subject;
        if rounded {
            figure.approx = figure.approx.or(Some(Approx::About));
            figure
                .explain
                .push(["restates \"", &other.text, "\" in rounded form: same kind, day and subject"].concat());
        } else {
            figure.explain.push(["repeats \"", &other.text, "\": one figure, said twice"].concat());
        }
    }
}
