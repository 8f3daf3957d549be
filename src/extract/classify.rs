//! A quantity in its sentence -> a figure's reading (metric, kind, subject,
//! location, period) or the reason it is not a figure.
//!
//! Each decision looks at the words around the number: the counted word after it
//! ("232,880 new cases of fever"), a predicate after a people-noun ("168 people had
//! been confirmed infected"), cue words before it ("taking the death toll to 61"), or
//! the figure it is joined to ("1.72 million and 62 deaths"). Every decision leaves a
//! line of explanation.

use super::calendar::without_possessive;
use super::lexicon::*;
use super::number::Quantity;
use super::place::{is_relational, Places, NAME_PARTICLES, PLACE_VERBS, SHORTENED_FIRST_WORDS};
use super::scan::{Doc, TokenKind};
use super::sentence::bullet_at;
use crate::figure::{Approx, Kind, Metric, Subject};
use std::cell::{Cell, OnceCell};

/// How a figure was read, before its day is settled.
#[derive(Clone, PartialEq, Debug)]
pub(crate) struct Reading {
    pub metric: Metric,
    pub kind: Kind,
    /// How sure the kind is: 0 default, 1 from the clause, 2 from nearby cues,
    /// 3 from the counted words themselves ("new cases").
    pub kind_strength: u8,
    pub subject: Option<Subject>,
    /// Token range of a place name ("Pyongyang").
    pub location: Option<(usize, usize)>,
    /// Last token of the figure's words (the counted noun phrase).
    pub last: usize,
    /// The figure breaks down the one before it ("including 42 in Pyongyang") and
    /// takes its day.
    pub part_of_previous: bool,
    /// An earlier value of the figure before it ("up from 109 on Monday"): its day is
    /// its own, and figures after it do not take it.
    pub earlier_value: bool,
    /// The kind is that of a set told before ("Five of the deaths were recorded in the
    /// Western Division"): if that set turns out a running total, so does the part.
    pub kind_of_the_set: bool,
    pub explain: Vec<String>,
}

impl Reading {
    /// Gives the figure another kind, with the reason in place of the old one's.
    pub(crate) fn change_kind(&mut self, kind: Kind, why: String) {
        self.kind = kind;
        match self.explain.iter_mut().find(|line| line.starts_with("kind:")) {
            Some(line) => *line = why,
            None => self.explain.push(why),
        }
    }
}

/// The verdict on one quantity.
#[derive(Clone, PartialEq, Debug)]
pub(crate) enum Verdict {
    /// A reported figure.
    Figure(Reading),
    /// Not a figure, and why.
    Skip(&'static str),
}

/// The sentence a quantity sits in.
pub(crate) struct Context<'a> {
    pub doc: &'a Doc<'a>,
    /// The sentence's token range.
    pub first: usize,
    pub end: usize,
    /// Token ranges (first, last) of the date and time mentions in the sentence:
    /// their digits are not figures and do not interrupt a phrase.
    pub dates: &'a [(usize, usize)],
    /// The article's place names and main geography.
    pub places: &'a Places<'a>,
    /// The year of publication: "in 2026" then says "this year".
    pub this_year: Option<i32>,
    /// What the rules have asked about the number being judged.
    pub asked: Asked,
    /// Words the rules look for anywhere in the sentence.
    pub cues: Cues,
}

/// Words a rule looks for anywhere in the sentence, whichever number it judges: found
/// once for all the sentence's numbers, when first asked for. Each is the first
/// position in the sentence.
#[derive(Default)]
pub(crate) struct Cues {
    /// "as of" before a date: a count at a point in time.
    as_of: OnceCell<Option<usize>>,
    /// "the period through": a period from the beginning.
    period_through: OnceCell<Option<usize>>,
    /// A day set beside the day before ("a day earlier", "the previous week").
    day_before: OnceCell<bool>,
    /// A running total's words: "so far", "cumulative", "this year".
    so_far: OnceCell<Option<usize>>,
    /// "24-hour", "daily", "in the week".
    daily: OnceCell<Option<usize>>,
    /// "this week": the week's count.
    this_week: OnceCell<Option<usize>>,
    /// A correction note: "Corrects ...", "An earlier version of this story said".
    correction: OnceCell<bool>,
}

/// Answers that several rules ask about one number, found once for it: each was a
/// scan of the words around the number, repeated by every rule that asked.
#[derive(Default)]
pub(crate) struct Asked {
    /// The number (its first and last token) the answers are for.
    number: Cell<Option<(usize, usize)>>,
    place_right_before: Cell<Option<Option<(usize, usize)>>>,
    part_of_opening_set: Cell<Option<bool>>,
    partitive_of: Cell<Option<bool>>,
    earlier_value_of_previous: Cell<Option<bool>>,
    metric_before: Cell<Option<Option<(Metric, usize)>>>,
    place_as_subject: Cell<Option<Option<(usize, usize)>>>,
}

impl Asked {
    fn forget(&self) {
        self.place_right_before.set(None);
        self.part_of_opening_set.set(None);
        self.partitive_of.set(None);
        self.earlier_value_of_previous.set(None);
        self.metric_before.set(None);
        self.place_as_subject.set(None);
    }
}

/// What the counted word after a number says.
enum Counted {
    Metric(Metric, usize),
    /// A counted thing that is not a figure (nurses, provinces, doses).
    Other(&'static str),
    /// Nothing recognised.
    Nothing,
}

/// The metric a counted noun names: "cases", "deaths", "recoveries".
pub(crate) fn counted_metric(word: &str) -> Option<Metric> {
    Some(match word {
        "cases" | "case" | "infections" | "infection" | "infected" | "positives" | "caseload" => Metric::Cases,
        // "the states with the most illnesses": a food-poisoning notice's cases.
        "illnesses" => Metric::Cases,
        // "1,486 notifications of scarlet fever": notified cases.
        "notifications" => Metric::Cases,
        // "3,184 laboratory detections of influenza": a surveillance report's confirmed cases.
        "detections" => Metric::Cases,
        // A district officer's update, abbreviated: "New pos today: 23", "Susp. today:
        // 41", "Admtd now: 38", "Disch. today: 11".
        "pos" | "susp" => Metric::Cases,
        "admtd" => Metric::Hospitalized,
        "disch" => Metric::Recovered,
        "deaths" | "death" | "fatalities" | "fatality" | "dead" | "deceased" | "lives" => Metric::Deaths,
        "recoveries" | "recovery" | "recovered" | "discharged" | "cured" | "recoverees" => Metric::Recovered,
        // "examined (3,950) sample of stool": translated copy's singular after a number.
        "tests" | "test" | "samples" | "sample" | "swabs" | "specimens" | "specimen" | "analyses" | "cultures" => {
            Metric::Tests
        }
        "hospitalizations" | "hospitalisations" | "hospitalized" | "hospitalised" | "admissions" | "inpatients" => {
            Metric::Hospitalized
        }
        "vaccinated" | "inoculated" => Metric::Vaccinated,
        _ => return None,
    })
}

/// Why a count of health workers and other responders is no figure.
const RESPONDERS_REASON: &str = "counts responders, not cases";

/// Why a count of provinces, districts and other places is no figure.
const PLACES_REASON: &str = "counts places, not people";
/// [`other_counted`]'s reason for a length of time ("24 hours", "two years").
const DURATION_REASON: &str = "a duration";

/// Whether the word at token `i` makes the number before it a length of time ("the
/// last 24 hours").
fn names_a_duration(cx: &Context<'_>, i: usize) -> bool {
    cx.with_word(i, other_counted) == Some(DURATION_REASON)
}

/// Why a count of animals is no figure.
const ANIMALS_REASON: &str = "counts animals, not people";

/// Nouns of people at work: a group that is counted only when it adds to a total.
const WORKERS: &[&str] = &["workers", "worker", "staff", "employees", "farmers", "handlers"];

/// Whether a counted word counts places ("provinces", "voivodeships", "regencies").
pub(crate) fn counts_places(word: &str) -> bool {
    other_counted(word) == Some(PLACES_REASON)
}

/// Counted words that mark a number as something other than a figure.
fn other_counted(word: &str) -> Option<&'static str> {
    Some(match word {
        "provinces" | "province" | "countries" | "country" | "districts" | "district" | "states" | "regions"
        | "counties" | "cities" | "towns" | "villages" | "municipalities" | "prefectures" | "territories" => {
            PLACES_REASON
        }
        "nurses" | "doctors" | "personnel" | "staff" | "volunteers" | "teams" | "officials" | "experts" | "medics"
        | "troops" | "soldiers" | "health" | "workers" | "responders" => RESPONDERS_REASON,
        "contacts" => "counts traced contacts, not cases",
        "outbreaks" | "clusters" | "events" => "counts outbreaks, not people",
        "birds" | "chickens" | "poultry" | "pigs" | "cattle" | "cows" | "monkeys" | "animals" | "dogs" | "bats"
        | "ducks" | "herds" | "camels" | "goats" | "sheep" | "mosquitoes" => ANIMALS_REASON,
        "jurisdictions" | "areas" | "zones" => PLACES_REASON,
        "aimags" | "wards" | "lgas" | "communes" | "localities" | "woredas" | "upazilas" | "subcounties"
        | "barangays" | "oblasts" | "mukims" | "kebeles" | "tehsils" | "talukas" | "parishes" | "departments"
        | "governorates" | "cantons" | "regencies" | "islands" | "atolls" | "boroughs" | "suburbs"
        | "neighbourhoods" | "neighborhoods" | "settlements" | "communities" | "dzongkhags" | "voivodeships" => {
            PLACES_REASON
        }
        "doses" | "vials" | "shots" | "jabs" | "vaccines" | "kits" | "tonnes" | "tons" | "beds" | "centres"
        | "centers" | "clinics" | "hospitals" | "ambulances" | "ventilators" | "masks" | "units" | "facilities"
        | "bed" | "laboratories" | "labs" | "pharmacies" | "schools" | "markets" | "households" | "homes" | "farms"
        | "halls" | "dormitories" | "dorms" | "buildings" | "complexes" | "campuses" | "bays"
        // Cholera and Ebola treatment centres and units.
        | "ctcs" | "ctus" | "etcs" | "etus" => {
            "counts supplies or facilities, not people"
        }
        "years" | "year" | "months" | "month" | "weeks" | "week" | "days" | "day" | "hours" | "hour" | "minutes"
        | "decades" | "seconds" | "hrs" | "hr" | "h" => DURATION_REASON,
        "percent" | "pc" | "percentage" => "a percentage",
        "thirds" | "third" | "quarters" | "quarter" | "fifths" | "halves" => "a fraction",
        "dollars" | "euros" | "pounds" | "yuan" | "won" | "rupees" | "naira" | "shillings" | "kwacha" | "usd"
        | "eur" | "francs" | "pesos" | "rand" | "cedis" | "yen" => "an amount of money",
        "times" | "fold" => "a ratio",
        "kilometres" | "kilometers" | "km" | "miles" | "metres" | "meters" | "kg" | "litres" | "liters"
        | "kilograms" | "grams" | "hectares" | "feet" | "foot" | "inches" | "yards" => "a measurement",
        _ => return None,
    })
}

/// The case status a word names: "suspected", "confirmed", "fever".
pub(crate) fn subject_of(word: &str) -> Option<Subject> {
    Some(match word {
        "fever" | "febrile" | "fevers" => Subject::Fever,
        "suspected" | "suspect" | "susp" => Subject::Suspected,
        "confirmed" => Subject::Confirmed,
        "probable" => Subject::Probable,
        _ => return None,
    })
}

/// The metric a predicate of people names: "died", "infected", "recovered".
pub(crate) fn predicate_metric(word: &str) -> Option<Metric> {
    Some(match word {
        "died" | "dying" | "dead" | "killed" | "succumbed" | "succumbing" | "perished" | "deaths" | "fatal"
        | "death" => Metric::Deaths,
        "infected" | "positive" | "contracted" | "ill" | "sick" | "symptoms" | "caught" | "cases" | "sickened" => {
            Metric::Cases
        }
        "recovered" | "discharged" | "cured" | "recovery" | "recuperated" => Metric::Recovered,
        "hospitalized" | "hospitalised" | "admitted" | "hospital" | "hospitals" | "admission" | "hospitalization"
        | "hospitalisation" | "interned" => Metric::Hospitalized,
        "vaccinated" | "inoculated" | "jabbed" | "immunized" | "immunised" => Metric::Vaccinated,
        "treatment" | "isolation" | "isolated" | "quarantined" | "active" => Metric::Active,
        "tested" => Metric::Tests,
        _ => return None,
    })
}

/// Token access bounded to the sentence: looking past its ends finds nothing.
impl<'a> Context<'a> {
    /// The answer `find` gives for number `q`, found once: `answer` picks where it is
    /// kept. Asking about another number forgets the answers for the one before.
    fn remember<T: Copy>(
        &self,
        answer: impl Fn(&Asked) -> &Cell<Option<T>>,
        q: &Quantity,
        find: impl FnOnce() -> T,
    ) -> T {
        let number = Some((q.first, q.last));
        if self.asked.number.get() != number {
            self.asked.forget();
            self.asked.number.set(number);
        }
        if let Some(known) = answer(&self.asked).get() {
            return known;
        }
        let found = find();
        // (A rule that asked about another number on the way has the answers kept for it.)
        if self.asked.number.get() == number {
            answer(&self.asked).set(Some(found));
        }
        found
    }

    fn inside(&self, i: usize) -> bool {
        (self.first..self.end).contains(&i)
    }

    fn slice(&self, i: usize) -> &'a str {
        if self.inside(i) {
            self.doc.slice(i)
        } else {
            ""
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.kind(i).filter(|_| self.inside(i))
    }

    /// Calls `f` with the lower-cased word at `i` (or "" for other tokens).
    fn with_word<T>(&self, i: usize, f: impl FnOnce(&str) -> T) -> T {
        f(self.doc.word(i).filter(|_| self.inside(i)).unwrap_or(""))
    }

    fn word_is(&self, i: usize, options: &[&str]) -> bool {
        self.inside(i) && self.doc.word_in(i, options)
    }

    fn attached(&self, i: usize) -> bool {
        self.inside(i) && self.doc.attached(i)
    }

    fn has(&self, i: usize, classes: Classes) -> bool {
        self.inside(i) && self.doc.has(i, classes)
    }

    /// A comma that separates, with a space after it (not the one inside "2,318").
    fn is_separating_comma(&self, i: usize) -> bool {
        self.slice(i) == "," && !self.attached(i + 1)
    }

    fn is_clause_break(&self, i: usize) -> bool {
        // One bit test rules out most tokens, which are neither.
        self.has(i, CLAUSE_MARKS | DASH) && (self.has(i, CLAUSE_MARKS) || !self.attached(i))
    }

    fn is_quote(&self, i: usize) -> bool {
        self.has(i, QUOTES)
    }

    /// A number standing on its own (not inside a date, not glued to a name).
    /// ("District 8", "Ward 12": a unit's name, not a number.)
    fn is_standalone_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Digits)
            && !self.attached(i)
            && !self.in_date(i)
            && !self.places.numbers_a_place(self.doc, i)
    }

    /// Whether token `i` is part of a date or time mention.
    fn in_date(&self, i: usize) -> bool {
        self.dates.iter().any(|&(f, l)| (f..=l).contains(&i))
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.inside(i) && self.doc.is_capitalized(i)
    }
}

/// Judges quantity `q` in its sentence. `previous` is the figure before it in the
/// same sentence, `earlier` the figure before it in the article (either may be the
/// other), each with its quantity.
pub(crate) fn classify(
    cx: &Context<'_>,
    q: &Quantity,
    previous: Option<(&Quantity, &Reading)>,
    earlier: Option<&Reading>,
) -> Verdict {
    // Read once: the reasons against a count look at it too.
    // ("was 14,206 persons": what "the number of" before it counts, unless the counted
    // word nearest before it says the same.)
    let counted = match first_count_of_the_bracket_before(cx, q)
        .map_or_else(|| counted_after(cx, q), |(metric, at)| Counted::Metric(metric, at))
    {
        Counted::Metric(metric, at) => Counted::Metric(metric, at),
        other => value_of_a_number_of(cx, q)
            .filter(|&(metric, _)| {
                matches!(other, Counted::Other(_)) || metric_near(cx, q).is_none_or(|(near, _)| near != metric)
            })
            .map_or(other, |(metric, at)| Counted::Metric(metric, at)),
    };
    if let Some(reason) = not_a_count(cx, q, &counted) {
        return Verdict::Skip(reason);
    }
    if set_of_a_told_part(cx, q, &counted) {
        return Verdict::Skip("the set a part is counted from (\"5 of the 159 patients were vaccinated\")");
    }
    if breaks_down_by_confirmation(cx, q, previous) {
        return Verdict::Skip("a part of the figure before, by how cases were confirmed");
    }
    // ("1 140 contacts are under follow-up, of whom 312 were vaccinated": people vaccinated.)
    if part_of_no_figure(cx, q, previous) && !matches!(counted, Counted::Metric(Metric::Vaccinated, _)) {
        return Verdict::Skip("a part of a set that is not a figure (\"146 contacts ..., 41 of them\")");
    }
    if part_of_responders(cx, q) {
        return Verdict::Skip("a part of the health workers infected, a subgroup (\"three of whom have died\")");
    }
    if part_by_form_or_class(cx, q) {
        return Verdict::Skip("a part of a set told before, by the form or class of its cases");
    }
    if counts_imported_cases(cx, q, &counted) {
        return Verdict::Skip("imported cases: a part of the outbreak's count, by where they were caught");
    }
    if each_of_places_not_named(cx, q) {
        return Verdict::Skip("a count for each of several places it does not name");
    }
    if part_by_group_of_people(cx, q) {
        return Verdict::Skip("a part of the cases by a group of people (\"children account for 23 of the cases\")");
    }
    if part_of_a_count_that_is_no_figure(cx, q, previous) {
        return Verdict::Skip("a part of a count that is no figure");
    }
    if part_of_samples_of_the_environment(cx, q) {
        return Verdict::Skip("a part of samples of the environment, not of people");
    }
    if samples_a_pathogen_was_found_in(cx, q) {
        return Verdict::Skip("samples a pathogen was found in: a laboratory finding, not a count of tests");
    }
    let mut explain = Vec::new();
    let place = place_of(cx, q, previous);
    let mut subject = None;
    let mut base = None;
    let included = included_in_previous(cx, q, previous).map(|(_, reading)| reading);
    let bare_set = match (&counted, included) {
        (Counted::Nothing, None) => placed_part_of_bare_set(cx, q),
        _ => None,
    };
    let listed = match (&counted, included) {
        (Counted::Nothing, None) => metric_after_places_counts(cx, q).or_else(|| ill_people_by_residence(cx, q)),
        _ => None,
    };
    let (far_subject, part_of_these, item_metric) = match (&counted, included) {
        (Counted::Nothing, None) => (
            subject_counted_far_before(cx, q),
            of_these_told_before(cx, q, previous.map(|(_, r)| r).or(earlier)),
            metric_of_the_items_first_count(cx, q),
        ),
        _ => (None, None, None),
    };
    let (metric, last) = match (counted, included) {
        (Counted::Metric(metric, last), _) => {
            // "11 deaths (7 confirmed and 4 probable)": a status in a bracket splits the
            // figure before it, whatever it counts.
            if let Some(before) = status_split_of_previous(cx, q, previous).filter(|r| r.metric != metric) {
                explain.push(format!("metric: {} (a bracket splitting the figure before it)", before.metric.name()));
                (before.metric, last)
            } else if metric == Metric::Cases && samples_from_cases(cx, q) == Some(true) {
                explain.push("metric: tests (\"tested samples from\" the cases)".into());
                (Metric::Tests, last)
            } else {
                // "hospitals were treating 300 patients", "found in 214 of them": a verb before.
                let side = if last < q.first { "\" before the number)" } else { "\" after the number)" };
                explain.push(["metric: ", metric.name(), " (\"", cx.slice(last), side].concat());
                (metric, last)
            }
        }
        (Counted::Other(reason), _) => return Verdict::Skip(reason),
        // "4,210 people have recovered from the infection, including 310 in the past
        // day": a part set off after the figure before counts what it counts, whatever
        // noun stands between.
        (Counted::Nothing, Some(before)) => {
            explain.push(format!("metric: {} (a part of the figure before it, \"including\")", before.metric.name()));
            subject = before.subject;
            base = Some(before);
            (before.metric, q.last)
        }
        // "Farchana and Ourang follow with 311 and 187 cases": the places' list of
        // numbers counts what its last one counts.
        (Counted::Nothing, None) if listed.is_some() => {
            let (metric, at) = listed.unwrap_or((Metric::Cases, q.last));
            explain.push(
                ["metric: ", metric.name(), " (\"", cx.slice(at), "\": what the places' numbers count)"].concat(),
            );
            (metric, q.last)
        }
        // "Of the 187, 96 are in Trarza": what the 187 told before count.
        (Counted::Nothing, None) if bare_set.is_some() => {
            let metric = bare_set.unwrap_or(Metric::Cases);
            explain.push(format!("metric: {} (a part of the set of {} told before)", metric.name(), metric.name()));
            (metric, q.last)
        }
        // "the cases of pneumonia from Legionella notified to ... are in total 64": the
        // sentence's subject, however far before its verb.
        (Counted::Nothing, None) if far_subject.is_some() => {
            let (metric, at) = far_subject.unwrap_or((Metric::Cases, q.last));
            explain.push(format!("metric: {} (\"{}\", the sentence's subject)", metric.name(), cx.slice(at)));
            (metric, q.last)
        }
        // "we have lost nine of our citizens to the disease": deaths.
        (Counted::Nothing, None) if lost_to_the_disease(cx, q) => {
            explain.push("metric: deaths (\"lost ... to the disease\")".into());
            (Metric::Deaths, q.last)
        }
        // "421 confirmed cases. Thirty-six of these were recorded in the past week": a
        // part of the figure just told counts what it counts.
        // "followed by Machinga with 298 cases and four deaths, Balaka with 241": what
        // the item before counted first.
        (Counted::Nothing, None) if item_metric.is_some() => {
            let (metric, at) = item_metric.unwrap_or((Metric::Cases, q.last));
            explain.push(["metric: ", metric.name(), " (as \"", cx.slice(at), "\" in the item before)"].concat());
            (metric, q.last)
        }
        (Counted::Nothing, None) if part_of_these.is_some() => {
            let metric = part_of_these.map_or(Metric::Cases, |r| r.metric);
            explain.push(format!("metric: {} (a part of the {} told before it)", metric.name(), metric.name()));
            subject = part_of_these.and_then(|r| r.subject);
            (metric, q.last)
        }
        // "The contact list of the infected now stands at 1,233": what the words before
        // count is contacts, whoever they are contacts of.
        (Counted::Nothing, None) if contacts_counted(cx, q) => {
            return Verdict::Skip("counts traced contacts, not cases")
        }
        (Counted::Nothing, None) => match metric_near(cx, q) {
            // "1,287 cases and 41 deaths, up from 1,102 a week earlier": an earlier value
            // counts what the figure it is compared with counts, not the nearest word.
            // ("61 new cases and two deaths, taking the tally up from 2,785": a total's
            // word told after that figure names what its own earlier value counts.)
            Some((metric, at))
                if earlier_value_of_previous(cx, q)
                    && previous.is_some_and(|(_, r)| {
                        r.metric != metric && !(at > r.last && cx.word_is(at, &["tally", "toll"]))
                    }) =>
            {
                let compared = previous.map_or(metric, |(_, r)| r.metric);
                explain.push(format!("metric: {} (the figure it is compared with)", compared.name()));
                subject = previous.and_then(|(_, r)| r.subject);
                (compared, q.last)
            }
            // "32 people have been hospitalized and two have died, one in Minnesota and
            // one in Oregon": past the figure before it, a counted word is that figure's
            // business; a number with none of its own goes on with that figure.
            // ("1,906 cases and 17 deaths since June, 79 of them in the week": the set of a
            // part is the figure large enough to hold it, whatever counted word is nearest.)
            Some((metric, at))
                if previous.is_some_and(|(before, r)| {
                    r.metric != metric
                        && (at < before.first
                            || pronoun_after(cx, q) && at < q.first && before.value >= q.value && at > r.last)
                }) =>
            {
                let before = previous.map_or(metric, |(_, r)| r.metric);
                explain.push(format!("metric: {} (continues the figure before it)", before.name()));
                subject = previous.and_then(|(_, r)| r.subject);
                (before, q.last)
            }
            Some((metric, at)) => {
                explain.push(["metric: ", metric.name(), " (\"", cx.slice(at), "\" before the number)"].concat());
                // "232,880 new cases of fever ..., bringing the total to 1.72 million":
                // a counted word borrowed from the figure before brings its subject too.
                let borrowed = previous.map(|(_, reading)| reading).filter(|r| r.metric == metric && r.last >= at);
                // "confirmed diphtheria cases": past the disease's name to the status.
                let before = at.checked_sub(1).map(|b| if cx.has(b, DISEASE) { b.wrapping_sub(1) } else { b });
                let own = before.and_then(|b| cx.with_word(b, subject_of).map(|s| (s, b)));
                if let Some((found, b)) = own {
                    explain.push(["subject: ", found.name(), " (\"", cx.slice(b), "\")"].concat());
                }
                subject = own.map(|(s, _)| s).or_else(|| borrowed.and_then(|r| r.subject));
                (metric, q.last)
            }
            None => {
                // "traced 146 contacts of the two new cases, and 41 of them": a part is
                // never larger than its set.
                let larger_part = |before: &Quantity| pronoun_after(cx, q) && before.value < q.value;
                let continues = previous.filter(|(before, _)| !larger_part(before)).filter(|(before, reading)| {
                    joined_to_previous(cx, reading.last, q)
                        || later_value_of_previous(cx, before, q)
                        || running_total_before(cx, q)
                        || place_right_before(cx, q).is_some()
                        // "312 cases ..., while Perth has recorded 198".
                        || place_as_subject(cx, q).is_some()
                        // "14 are Brackenridge residents and five live in Elton Township".
                        || place_of_residents(cx, q).is_some()
                        // "Two deaths were confirmed, and another five remain in investigation".
                        || cx.word_is(q.first.wrapping_sub(1), &["another"]) && !cx.has(q.last + 1, PEOPLE)
                        // "..., Orsa with 19; the remaining ten are in Lirra town".
                        || remaining_in_a_place(cx, q, reading)
                        || earlier_value_of_previous(cx, q)
                        // "156 tests had been carried out ..., and more than 3,400 since".
                        || q.first >= 2 && cx.word_is(q.first - 1, &["and"]) && cx.slice(q.first - 2) == ","
                        // "brings the death toll there to 41 and nationally to 77".
                        || to_another_level(cx, reading.last, q)
                        // "Stool samples tested: 122, of which 41 culture-positive".
                        || pronoun_around(cx, q) && !pronoun_after(cx, q) && reading.metric == Metric::Tests
                        // "187 more people were diagnosed ... during the last 24 hours
                        // across Sindh, 132 of them in Karachi": "them" is the figure before,
                        // when no count but a period's length stands between (not "and
                        // killed 23 of them": a verb of its own).
                        || pronoun_after(cx, q)
                            && cx.slice(q.first.wrapping_sub(1)) == ","
                            && (before.last + 1..q.first).all(|i| {
                                !cx.is_standalone_number(i) || names_a_duration(cx, i + 1)
                            })
                        // A dashboard tile: "Deaths\n14\n▲ 1 since last week".
                        || reading.kind == Kind::Total && arrow_rise(cx, q)
                });
                // "About 6,400 of them were recorded": a part of the figure before, when
                // no other number of the sentence stands between them.
                let pronoun = pronoun_after(cx, q);
                let first_number = !(cx.first..q.first).any(|i| cx.is_standalone_number(i));
                // "76 hotspot localities ..., 64 of them in Selangor": "them" is the
                // number before it in the sentence, and that was no figure.
                // "The previous record, 47,899, was set the previous day": the record of
                // the count told before.
                let record = q.first >= cx.first + 2
                    && cx.slice(q.first - 1) == ","
                    && cx.word_is(q.first - 2, &["record", "high", "peak"])
                    && first_number;
                // "Two new cases were reported. The total now stands at 23": a total
                // the sentence opens with continues the figure told before.
                // ("The latest numbers, released on Monday, bring the city's total since
                // June to 1 214": a verb that brings a total to it, later in the sentence.)
                let brought_to = || {
                    cx.word_is(q.first.wrapping_sub(1), &["to"])
                        && (cx.first..q.first).any(|i| {
                            cx.has(i, TOTAL_VERBS) && (i + 1..(i + 5).min(q.first)).any(|j| cx.has(j, TOTAL_CUES))
                        })
                };
                let opening_total = previous.is_none()
                    && first_number
                    && ((cx.first..(cx.first + 4).min(q.first)).any(|i| cx.has(i, TOTAL_CUES)) || brought_to())
                    && running_total_before(cx, q)
                    // ("The cumulative doses administered have exceeded 153.80 crore".)
                    && (cx.first..q.first).all(|i| cx.with_word(i, other_counted).is_none());
                // "Forty-one people have been sickened. That's up from twenty-nine on
                // Friday.": an earlier value of the figure the sentence before told.
                // "The figure, reported from about 3,000 clinics, was up from 4,205 the
                // previous week" too.
                let that_is_up = previous.is_none()
                    && earlier_value_of_previous(cx, q)
                    && (cx.first..(cx.first + 3).min(q.first))
                        .any(|i| cx.word_is(i, &["that", "that's", "this", "it's", "figure"]));
                // "Mysuru (1,120) and Chitradurga (845) are the other worst-affected
                // districts": places' bracketed counts go on with the figure told before.
                let bracketed_place = q.first > cx.first
                    && (cx.slice(q.first - 1) == "(" || n_equals_open(cx, q).is_some())
                    && place_right_before(cx, q).is_some();
                let part = if pronoun {
                    first_number
                } else {
                    place.is_some()
                        || record
                        || opening_total
                        || that_is_up
                        || bracketed_place
                        || first_of_places_counts(cx, q)
                        || place_has_a_count(cx, q, earlier)
                        || new_ones_of_the_count_before(cx, q)
                        || total_label(cx, q)
                        || the_count_told_before_up_from(cx, q)
                };
                // "In all of 2025, the country reported 74 cases. Punjab reported 12 of
                // them": "them" is the count told last, which was no figure.
                // Asked only of such parts, and only a sentence or two back: a paste of
                // unreadable numbers after one figure must not be read back each time.
                let set_not_a_figure = || {
                    earlier.is_some_and(|e| {
                        ((e.last + 1).max(q.first.saturating_sub(60))..q.first).any(|i| {
                            cx.doc.kind(i) == Some(TokenKind::Digits)
                                && !cx.doc.attached(i)
                                && cx.doc.word(i + 1).is_some_and(|w| counted_metric(w).is_some())
                        })
                    })
                };
                if pronoun && part && continues.is_none() && set_not_a_figure() {
                    return Verdict::Skip("a part of a count that is no figure (another year's or place's)");
                }
                // "Most live in Kent County, but 5 live in Ottawa County": people of the
                // outbreak told by where they live are its cases, whatever was told last.
                let residents = place_of_residents(cx, q).is_some();
                match continues.map(|(_, reading)| reading).or(earlier.filter(|_| part)) {
                    Some(before) if !residents || before.metric == Metric::Cases => {
                        explain.push(format!("metric: {} (continues the figure before it)", before.metric.name()));
                        subject = before.subject;
                        base = Some(before);
                        (before.metric, q.last)
                    }
                    _ if residents => {
                        explain.push("metric: cases (people of the outbreak, told by where they live)".into());
                        (Metric::Cases, q.last)
                    }
                    _ => return Verdict::Skip("no counted word (cases, deaths, ...) next to it"),
                }
            }
        },
    };
    // "Of 409 samples tested, 141 were positive": samples of people found positive, each
    // a laboratory-confirmed case, as an analyst counts them (environmental samples are
    // not tests in the first place: `other_counted`).
    let of_tests = part_of_opening_set(cx, q) && earlier.is_some_and(|e| e.metric == Metric::Tests)
        || pronoun_around(cx, q) && previous.is_some_and(|(_, r)| r.metric == Metric::Tests);
    let positive = (q.last + 1..(q.last + 5).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .any(|i| cx.word_is(i, &["positive", "positives"]));
    let metric = if matches!(metric, Metric::Cases | Metric::Tests) && of_tests && positive {
        explain.push("metric: cases, confirmed (samples tested and found positive)".into());
        subject = Some(Subject::Confirmed);
        Metric::Cases
    } else {
        metric
    };
    if let Some((found, at)) = subject_near(cx, q, last) {
        explain.push(["subject: ", found.name(), " (\"", cx.slice(at), "\")"].concat());
        subject = Some(found);
    }
    // "84 deaths, while another 112 deaths are under investigation": deaths not yet
    // put down to the disease are suspected ones, a series apart.
    // ("1,020 confirmed deaths and another 1,516 under investigation": whatever status
    // the figure before lends.)
    if let Some(at) = still_investigated(cx, q, last).filter(|_| metric == Metric::Deaths) {
        explain.push(["subject: suspected (\"", cx.slice(at), "\": still being looked into)"].concat());
        subject = Some(Subject::Suspected);
    }
    // The figure's words run from its number to its counted word, never before it.
    let mut last = extend_over_subject(cx, last.max(q.last));
    // A part of the figure before it ("including 42 in Pyongyang") is that figure's
    // kind and day; otherwise the kind is read from the words around it.
    let part_of_previous = place.is_some() && base.is_some();
    // So is a figure continuing a list ("Bern with 3,015") or an earlier value of it
    // ("compared with 518 in week 38"), unless its own words say otherwise.
    // "of which 1,007 were in Guangdong and 512 in Chongqing": the next item of a place
    // list joined to the one before.
    let next_place_item =
        place.is_some() && previous.is_some_and(|(_, r)| r.location.is_some() && joined_to_previous(cx, r.last, q));
    let list_or_earlier = place_right_before(cx, q).is_some()
        || next_place_item
        || earlier_value_of_previous(cx, q)
        || previous.is_some_and(|(before, _)| later_value_of_previous(cx, before, q));
    // "Selangor ... with 1,704 cases, followed by Johor with 246 cases": a list keeps
    // the kind of its first item, even where each item names what it counts ("of which
    // 30 cases were in Arden, 19 cases in Belmont" too).
    let list_head = previous
        .map(|(_, r)| r)
        .filter(|r| r.metric == metric && (place_right_before(cx, q).is_some() || next_place_item));
    // "3,214 new cases and 101 deaths ..., compared with 3,850 cases and 129 deaths in
    // week 8": an earlier value compares like with like, whatever it counts.
    // ("61 new cases ..., taking the tally up from 2,785": the earlier value of the
    // total it names, not of the new count.)
    let names_a_total = |r: &Reading| (r.last + 1..q.first).any(|i| cx.word_is(i, &["tally", "total", "toll"]));
    let compared = previous
        .map(|(_, r)| r)
        .filter(|r| r.kind_strength >= 1 && earlier_value_of_previous(cx, q) && base.is_none() && !names_a_total(r));
    // "nine new cases have been reported: seven in France and two in Italy": the
    // places' parts listed after a colon are of the figure's kind.
    let listed_after_colon = previous.map(|(_, r)| r).filter(|r| {
        (place.is_some() || cx.word_is(q.last + 1, &["in"]) && place_following(cx, q.last + 2).is_some())
            && r.metric == metric
            && r.location.is_none()
            && cx.slice(q.first.wrapping_sub(1)) == ":"
            && (r.last + 1..q.first).all(|i| !cx.is_standalone_number(i))
    });
    // "41 new cases ..., distributed as follows: Tahta (142 cases), ..., Girga (29
    // cases)": places' parts, one of them larger than the new count before them, are
    // no parts of that count.
    let larger_than_new = previous.is_some_and(|(before, r)| {
        let larger =
            |i: usize| cx.is_standalone_number(i) && cx.slice(i).parse::<u64>().is_ok_and(|v| v > before.value);
        r.kind == Kind::New && r.location.is_none() && (q.value > before.value || (r.last + 1..q.first).any(larger))
    });
    // "... has risen to 47. A week ago [12 Nov 2026], the station reported 31 cases.": a
    // sentence going back in time tells the earlier level of the figure before.
    let back_then =
        earlier.filter(|e| e.metric == metric && previous.is_none() && (told_back_then(cx) || had_back_then(cx, q)));
    // "... has climbed to 146. The figure is up from 104 suspected cases a week earlier":
    // an earlier value of the figure the sentence before told.
    // ("That's up from 18 cases a week earlier", "This is up from ...": a pronoun for it.)
    let copula = if cx.word_is(cx.first, &["that's", "it's"]) {
        Some(cx.first)
    } else if cx.word_is(cx.first, &["the", "this", "that"])
        && cx.word_is(cx.first + 1, &["figure", "total", "tally", "number", "count"])
        && cx.word_is(cx.first + 2, &["is", "was"])
    {
        Some(cx.first + 2)
    } else {
        (cx.word_is(cx.first, &["this", "that", "it"]) && cx.word_is(cx.first + 1, &["is", "was"]))
            .then_some(cx.first + 1)
    };
    let figure_up_from = copula
        .is_some_and(|at| cx.word_is(at + 1, &["up", "down"]) && cx.word_is(at + 2, &["from"]) && q.first == at + 3);
    // (The sentence before may end on another metric's figure: "with 12 people dead".)
    let back_then = back_then.or(earlier.filter(|_| figure_up_from));
    let continues_kind = base
        .filter(|_| list_or_earlier)
        .or(list_head)
        .filter(|_| !larger_than_new)
        .or(compared)
        .or(listed_after_colon.filter(|_| !larger_than_new))
        // "reported 17 cases ..., including six deaths": deaths among the cases are of
        // their kind.
        .or(included.filter(|r| r.metric == Metric::Cases && metric != Metric::Cases && r.kind_strength >= 1))
        .filter(|_| kind_in_own_words(cx, q, last).is_none())
        .or(back_then);
    // "Three of the cases were detected in Rajshahi": a part of a set told before, and
    // of its kind ("11,647 of Maharashtra's 34,424 new cases" is new too).
    // "14 of them fatal" counts deaths among cases: the set may be of another metric.
    let pronoun = cx.word_is(q.last + 2, &["them", "whom"]) || cx.word_is(q.first.wrapping_sub(1), &["whom", "them"]);
    // "Of 301 samples tested, 112 were positive": a part of the set the sentence opens
    // with, whatever each counts.
    let of_opening_set = part_of_opening_set(cx, q);
    let partitive = (partitive_of(cx, q) || of_opening_set)
        .then_some(())
        // "Fifteen of the cases were hospitalized": what happened to a part of the cases.
        // "up from 172 in May. Birmingham accounts for 402 of the region's cases": a
        // value compared with is no set that later figures are parts of.
        // ("Four of the deaths were reported from Banke", after a count of new cases:
        // the deaths are no part of the cases.)
        .and(earlier.filter(|e| {
            let set_of_cases = e.metric == Metric::Cases && set_word_metric(cx, q).is_none_or(|m| m == Metric::Cases);
            !e.earlier_value && (e.metric == metric || set_of_cases || pronoun || of_opening_set)
        }))
        // "Of 140 people with information available, 54 have been hospitalized": a new
        // set the sentence opens with lends no earlier figure's kind; "Among the 59
        // patients" is the set told before.
        .filter(|_| partitive_of(cx, q) || previous.is_some() || cx.word_is(cx.first + 1, &["the", "these", "those"]));
    let mut kind_of_the_set = false;
    let (kind, kind_strength) = match (part_of_previous, continues_kind) {
        (_, Some(before)) => {
            explain.push(format!(
                "kind: {} (as the figure before it, which it lists beside or compares)",
                before.kind.name()
            ));
            // Taken from another sentence's figure, the kind is only a guess.
            let strength = if previous.is_some() { before.kind_strength } else { before.kind_strength.min(1) };
            (before.kind, strength)
        }
        // "Tarsa recorded 412 cases up to week 47 this year ... eight deaths were recorded
        // during the period": the period of the figure told before, and so its kind.
        _ if previous.is_none() && during_the_period_told_before(cx, last) && earlier.is_some() => {
            let before = earlier.map_or(Kind::New, |e| e.kind);
            explain.push(format!("kind: {} (\"the period\" of the figure told before)", before.name()));
            (before, 1)
        }
        _ if one_more_place_of_totals(cx, q, metric, previous, earlier) => {
            explain.push("kind: total (one more place after a breakdown of running totals by place)".into());
            (Kind::Total, 1)
        }
        _ => {
            let (kind, strength, why) = kind_of(cx, q, last, metric, previous);
            // "Two of the California cases were confirmed on Wednesday": an event on a
            // named day is new, whatever set it belongs to.
            let event_on_a_day = kind == Kind::New && strength >= 1 && !cx.dates.is_empty();
            let periods_part = if partitive_of(cx, q) { of_a_periods_count(cx, q) } else { None };
            // "Two of the deaths were recorded during the week under review": a part
            // told with a period of its own.
            let told_periods_part =
                if strength < 2 && partitive_of(cx, q) { period_named_after(cx, last) } else { None };
            match partitive.filter(|_| strength < 2 && !event_on_a_day) {
                // "Five of the day's deaths were in Meerut": a part of one period's count.
                _ if strength < 2 && periods_part.is_some() => {
                    let at = periods_part.unwrap_or(q.last);
                    explain.push(format!("kind: new (a part of one period's count: \"{}\")", cx.slice(at)));
                    // The period's own word says it: no default.
                    (Kind::New, strength.max(1))
                }
                _ if told_periods_part.is_some() => {
                    let at = told_periods_part.unwrap_or(q.last);
                    explain.push(format!("kind: new (a part told with its period: \"{}\")", cx.slice(at)));
                    (Kind::New, 2)
                }
                Some(set) => {
                    explain.push(format!("kind: {} (a part of the figure told before)", set.kind.name()));
                    kind_of_the_set = true;
                    (set.kind, strength)
                }
                // "accounts for 13 of the cases and nine of the deaths": a part of a set
                // told before, with no word of a period, is a part of a running total.
                None if strength == 0 && partitive_of(cx, q) => {
                    explain.push("kind: total (a part of a set told before, with no word of a period)".into());
                    (Kind::Total, strength)
                }
                None => {
                    explain.push(["kind: ", kind.name(), " (", &why, ")"].concat());
                    (kind, strength)
                }
            }
        }
    };
    // "Two more deaths in Kanda. That brings the death toll there to 41": "there" is the
    // place of the figure before, said in the sentence before.
    let there = || {
        // Not "There have been 30 deaths", "there are now 2,140 patients".
        let existential = |i: usize| cx.word_is(i + 1, &["is", "are", "was", "were", "have", "has", "had", "will"]);
        let said_there = (q.first.saturating_sub(6).max(cx.first)..q.first)
            .find(|&i| cx.word_is(i, &["there"]) && !existential(i) && !cx.word_is(i + 1, &["now", "still", "also"]))?;
        // "Officials in South Darfur put the number of cases there at 3,000": the place
        // named before "there" in its own sentence.
        let named_before = (cx.first..said_there)
            .rev()
            .filter(|&i| cx.word_is(i, &["in"]))
            .find_map(|i| cx.places.run_at(cx.doc, i + 1, false));
        named_before.or_else(|| earlier.filter(|_| previous.is_none()).and_then(|e| e.location))
    };
    // "Tasmania has recorded 1,132 new cases. There are now 7,046 active cases in the
    // state": a sentence of the same paragraph that opens with "There are", or counts
    // "in the state", goes on about the place of the figure before.
    let same_place_goes_on = || {
        let existential = cx.word_is(cx.first, &["there"]) && cx.word_is(cx.first + 1, &["is", "are", "was", "were"]);
        let in_the_unit = (q.last + 1..(last + 6).min(cx.end)).any(|i| {
            cx.word_is(i, &["in"])
                && cx.word_is(i + 1, &["the"])
                && cx.word_is(i + 2, &["state", "province", "region", "district", "county", "territory"])
        });
        let same_paragraph =
            |e: &Reading| (e.last + 1..=q.first).all(|i| cx.doc.tokens.get(i).is_some_and(|t| !t.line_before));
        // "There are now 7,046 active cases in the state, and 14 people are in
        // hospital": the sentence's later figures keep the place its first one took.
        let first_of_sentence = previous.map(|(_, r)| r).filter(|_| existential);
        match first_of_sentence {
            Some(before) => before.location,
            None => earlier
                .filter(|e| previous.is_none() && (existential || in_the_unit) && same_paragraph(e))
                .and_then(|e| e.location),
        }
    };
    let location = place
        // "1,436 cases had been recorded in the capital": the headline's city, not "the
        // capital", where the article shows it to be a part of the country.
        .or_else(|| place_called_by_its_unit(cx, q))
        .or_else(|| place_near(cx, q, last, previous))
        .or_else(|| place_of_the_item(cx, q))
        .or_else(|| head_of_a_ranked_list(cx, q))
        .or_else(|| place_before_namely(cx, q))
        .or_else(there)
        .or_else(same_place_goes_on)
        // "1,436 cases in the capital, including 212 in the past week", "two of them
        // fatal": a part of a placed set told right before is of that place.
        .or_else(|| {
            let including = cx.word_is(q.first.wrapping_sub(1), &["including", "includes"]);
            previous.and_then(|(_, r)| r.location).filter(|_| including || pronoun)
        })
        // "Nationwide, 21 cases. Fifteen of those patients have died": a part of a set
        // told before is of the set's place. ("Three people have died, two in Vell and
        // one in Ossa": a count broken down by places, the part among them, is the
        // whole's.)
        .or_else(|| {
            let number = |i: usize| cx.is_standalone_number(i) || cx.has(i, NUMBER_START);
            let broken_down = || {
                (last + 3..cx.end).any(|i| {
                    cx.word_is(i - 1, &["in"])
                        && number(i - 2)
                        && cx.places.part_called_at(cx.doc, i, cx.first).is_some()
                })
            };
            cx.places.part_by_default(q.first).filter(|_| partitive.is_none() && !broken_down())
        })
        // "Eleven people have died in Ostra since June. Two of the deaths were recorded
        // this week": a part of a set placed in the story's part of the country is of
        // that part.
        .or_else(|| {
            let set = partitive.filter(|_| partitive_of(cx, q))?.location?;
            cx.places.is_the_part(cx.doc, set.0, set.1).then_some(set)
        })
        // "NSW Health has reported 20,293 cases": the health body is named for its place.
        // ("Southwestern Public Health has the most cases": its region.)
        // ("Winnipeg (104), Prairie Mountain Health (58)": a health region listed by its
        // whole name.)
        .map(|(first, place_last)| {
            let health_body =
                place_last > first && cx.word_is(place_last, &["health"]) && cx.slice(place_last + 1) != "(";
            let public = health_body && place_last > first + 1 && cx.word_is(place_last - 1, &["public"]);
            (first, place_last - usize::from(health_body) - usize::from(public))
        })
        .filter(|&(first, place_last)| !cx.places.is_main(cx.doc, first, place_last))
        .filter(|&(first, place_last)| !names_what_is_counted(cx, first, place_last))
        // "Cholera in Akkar and the Bekaa: two more deaths": the second of two places
        // a headline's topic names together has no count of its own.
        .filter(|&(first, place_last)| {
            let the = usize::from(cx.word_is(first.wrapping_sub(1), &["the"]));
            let and_at = first.wrapping_sub(1 + the);
            !(cx.slice(place_last + 1) == ":"
                && cx.word_is(and_at, &["and"])
                && cx.is_capitalized(and_at.wrapping_sub(1)))
        })
        .filter(|&(_, place_last)| place.is_some() || !adds_to_a_total_told_for_no_place(cx, q, place_last))
        // "Orlo and Dumai provinces 1 person each": given to each place, not to both.
        .filter(|_| places_each(cx, q, last).is_empty());
    // "At St Anne's Hospital, 206 patients were admitted": one facility's census, not a
    // count for a place of the outbreak.
    // ("..., including 16 at Vaiola Hospital and four at Prince Ngu Hospital": a part
    // at a named facility is no place's; not "Two were hospitalized at Upstate
    // University Hospital", the whole count where it was treated.)
    // ("Eight patients are still under treatment: five at the Ostra General Hospital, two
    // at ...": the items of a count's list.)
    let listed = previous.is_some() && matches!(cx.slice(q.first.wrapping_sub(1)), ":" | ",");
    let a_part = listed || cx.word_is(q.first.wrapping_sub(1), &["including", "and"]);
    // ("143 patients are admitted, 61 of them at Holy Family Hospital".)
    let of_them = cx.word_is(q.last + 1, &["of"]) && cx.word_is(q.last + 2, &["them", "whom"]);
    let at = if of_them { q.last + 3 } else { last + 1 };
    // ("at the Ostra Obstetrics and Paediatrics Hospital", "at the National Hospital for
    // Tropical Diseases".)
    let name = if cx.word_is(at + 1, &["the"]) { at + 2 } else { at + 1 };
    let at_a_named_facility = (a_part || of_them) && cx.word_is(at, &["at", "in"]) && {
        let in_name =
            |i: &usize| cx.is_capitalized(*i) || cx.word_is(*i, &["and", "for", "of"]) && cx.is_capitalized(*i + 1);
        (name..(name + 8).min(cx.end)).take_while(in_name).any(|i| cx.is_capitalized(i) && cx.word_is(i, FACILITIES))
    };
    // ("At St. Brennan Hospital in Port Ebel, 88 patients were admitted": the first count
    // of a sentence opened by the facility, whatever place follows its name; not "..., and
    // 40 in Port Vell" after it.)
    // (The opening word first: the scan back is asked only of sentences opened by "At".)
    let first_count = || !(cx.first..q.first).any(|i| cx.is_standalone_number(i) || cx.has(i, NUMBER_START));
    let opened_at_a_facility = cx.word_is(cx.first, &["at"]) && first_count() && {
        let name = (cx.first + 1..q.first.min(cx.first + 8))
            .take_while(|&i| cx.is_capitalized(i) || matches!(cx.slice(i), "." | "'s" | "'"));
        name.last().is_some_and(|end| cx.word_is(end, FACILITIES))
    };
    // ("said her ward had treated 27 children with measles": a doctor's own ward.)
    let own_facility = (q.first.saturating_sub(5).max(cx.first)..q.first).any(|i| {
        cx.word_is(i, &["her", "his", "our", "my", "their"])
            && cx.word_is(i + 1, &["ward", "hospital", "clinic", "unit", "centre", "center"])
    });
    if location.is_some_and(|(_, place_last)| cx.word_is(place_last, FACILITIES))
        || at_a_named_facility
        || opened_at_a_facility
        || own_facility
    {
        return Verdict::Skip("a count at one facility, not for a place");
    }
    if matches!(metric, Metric::Active | Metric::Hospitalized) && in_a_facility_ward(cx, q) {
        return Verdict::Skip("a count at one facility, not for a place");
    }
    if let Some((first, place_last)) = location {
        explain.push(format!("location: {} (a part of a larger figure)", cx.doc.words(first, place_last)));
        if place_last > last && place_last < q.first.max(last) + 12 {
            last = place_last;
        }
    }
    // "compared with 71 cases and 11 deaths in week 26": both are earlier values.
    let earlier_value = back_then.is_some()
        || earlier_value_of_previous(cx, q)
        || previous.is_some_and(|(_, before)| before.earlier_value && joined_to_previous(cx, before.last, q))
        || told_in_a_when_clause(cx, q)
        || level_before_a_count(cx, q, kind, metric, previous);
    Verdict::Figure(Reading {
        metric,
        kind,
        kind_strength,
        subject,
        location,
        last,
        part_of_previous,
        earlier_value,
        kind_of_the_set,
        explain,
    })
}

/// "(888-663-5683)": three or more groups of digits joined by hyphens, the last of four
/// digits or more, are a phone number (not a range, nor a date's "2026-08-04").
fn hyphenated_phone_number(cx: &Context<'_>, q: &Quantity) -> bool {
    let digits = |i: usize| cx.kind(i) == Some(TokenKind::Digits);
    let hyphen = |i: usize| cx.slice(i) == "-" && cx.attached(i) && cx.attached(i + 1);
    let mut first = q.number_first;
    while first >= cx.first + 2 && hyphen(first - 1) && digits(first - 2) {
        first -= 2;
    }
    let (mut last, mut groups) = (first, 1);
    while hyphen(last + 1) && digits(last + 2) {
        last += 2;
        groups += 1;
    }
    groups >= 3 && cx.doc.digit_count(last) >= 4
}

/// "Investigators have taken 86 water samples ..., and three have come back positive":
/// a number with no noun of its own, after samples of the environment and no people
/// in its sentence, is a part of those samples; so is one "of the 30 water samples".
fn part_of_samples_of_the_environment(cx: &Context<'_>, q: &Quantity) -> bool {
    let environment_samples = |i: usize| {
        cx.word_is(i, &["samples", "specimens", "swabs", "sample"])
            && (i.saturating_sub(3).max(cx.first)..i).any(|k| cx.word_is(k, ENVIRONMENT))
    };
    // "found the virus in 9 of the 30 water samples": the part told before its set.
    let of_the_set = cx.word_is(q.last + 1, &["of"])
        && cx.word_is(q.last + 2, &["the"])
        && cx.is_standalone_number(q.last + 3)
        && (q.last + 4..(q.last + 7).min(cx.end)).any(environment_samples);
    if of_the_set {
        return true;
    }
    // "(2,240) water sample, of which (316) sample were not conforming": the samples'
    // own noun said again is no other noun.
    let samples_again = cx.word_is(q.last + 1, &["samples", "sample"]) && !cx.word_is(q.last + 2, &["of", "from"]);
    let own_noun = cx.kind(q.last + 1) == Some(TokenKind::Word)
        && !cx.word_is(q.last + 1, &["have", "has", "had", "were", "was", "are", "came", "of"])
        && !samples_again;
    let Some(samples) =
        (cx.first..q.first).rev().find(|&i| cx.word_is(i, &["samples", "specimens", "swabs", "sample"]))
    else {
        return false;
    };
    !own_noun && environment_samples(samples) && (samples + 1..q.first).all(|i| !cx.has(i, PEOPLE))
}

/// "in 41 samples of feces was isolated Campylobacter jejuni", "Salmonella was detected
/// in 12 samples": the samples a pathogen was found in, a finding about some of the
/// tests.
fn samples_a_pathogen_was_found_in(cx: &Context<'_>, q: &Quantity) -> bool {
    let samples = cx.word_is(q.last + 1, &["samples", "specimens", "swabs", "isolates"]);
    let found = |i: usize| cx.word_is(i, &["isolated", "detected", "identified", "found"]);
    samples
        && cx.word_is(q.first.wrapping_sub(1), &["in"])
        && (cx.first..(q.last + 6).min(cx.end)).filter(|&i| !cx.is_clause_break(i)).any(found)
}

/// "nine patients have recovered, while five patients, including two from
/// Afghanistan, are under treatment at the hospital's isolation ward": "including"
/// sets off a part of the count just before it; when that count was no figure, neither
/// is its part.
fn part_of_a_count_that_is_no_figure(cx: &Context<'_>, q: &Quantity, previous: Option<(&Quantity, &Reading)>) -> bool {
    if !cx.word_is(q.first.wrapping_sub(1), &["including"]) {
        return false;
    }
    let number_at =
        |i: usize| cx.is_standalone_number(i) || cx.has(i, NUMBER_START) && !cx.word_is(i, &["a", "an", "half"]);
    let Some(count) = (cx.first..q.first.saturating_sub(1)).rev().find(|&i| number_at(i)) else { return false };
    // "418 cases have been notified from 9 districts, including 37 deaths": places
    // hold no deaths; the part is of the figure before them.
    let counts_places = cx.with_word(count + 1, other_counted) == Some(PLACES_REASON);
    !counts_places && previous.is_none_or(|(before, _)| count > before.last)
}

/// "8,627 were classified as confirmed: 412 laboratory-confirmed, 7,958
/// epidemiologically linked and 257 clinically compatible": after a colon that follows
/// a figure, the ways its cases were confirmed are parts of it, not figures; so is a
/// part of a count by the test that confirmed it ("938 of Sunday's cases were confirmed
/// through PCR tests").
fn breaks_down_by_confirmation(cx: &Context<'_>, q: &Quantity, previous: Option<(&Quantity, &Reading)>) -> bool {
    // "938 of Sunday's cases were confirmed through PCR tests": a part by its test.
    // ("Of the total, 296 were confirmed by RDT or PCR": a part of the set the sentence
    // opens with.)
    let opening_set = cx.word_is(cx.first, &["of"]) && (cx.first..q.first).any(|i| cx.slice(i) == ",");
    let partitive = cx.word_is(q.last + 1, &["of"]) || opening_set;
    let by_test = (q.last + 1..(q.last + 12).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .any(|i| {
            cx.word_is(i, &["through", "by", "via"]) && cx.word_is(i + 1, &["pcr", "rapid", "antigen", "rdt", "rdts"])
        });
    if partitive && by_test {
        return true;
    }
    let Some((_, before)) = previous else { return false };
    let after_colon = (before.last + 1..q.first).any(|i| cx.slice(i) == ":");
    let how = ["laboratory", "lab", "epidemiologically", "epi", "clinically", "linked", "compatible"];
    after_colon && (q.last + 1..(q.last + 3).min(cx.end)).any(|i| cx.word_is(i, &how))
}

/// What the set a part is taken from counts, by its word: deaths in "Four of the
/// deaths", "two of the region's deaths"; `None` when no word says ("Seven of them").
pub(crate) fn set_word_metric(cx: &Context<'_>, q: &Quantity) -> Option<Metric> {
    if !cx.word_is(q.last + 1, &["of"]) {
        return None;
    }
    (q.last + 2..(q.last + 5).min(cx.end)).find_map(|i| cx.with_word(i, counted_metric))
}

/// "traced 146 contacts ..., and 41 of them", "64 environmental samples ..., 11 of
/// which", "Of 52 dog brain samples examined, 38 were positive": a part of the number
/// before it, which was no figure.
fn part_of_no_figure(cx: &Context<'_>, q: &Quantity, previous: Option<(&Quantity, &Reading)>) -> bool {
    let of_pronoun = pronoun_around(cx, q);
    // "8 412 cases ... in 7 of the country's 10 departments, of which 1 106 confirmed
    // cases": places are no set of cases; "of which" reaches back past them.
    let places_counted = |i: usize| cx.with_word(i + 1, |w| other_counted(w) == Some(PLACES_REASON));
    let places = |i: usize| {
        places_counted(i)
            || cx.word_is(i + 1, &["of"])
                && (i + 2..(i + 6).min(q.first)).any(|j| cx.is_standalone_number(j) && places_counted(j))
    };
    // (The set's last digits: "9,412 close contacts".)
    let grouped = |i: usize| {
        cx.attached(i)
            && matches!(cx.slice(i - 1), "," | "." | "'" | "\u{2019}")
            && cx.kind(i - 2) == Some(TokenKind::Digits)
    };
    let number_ends = |i: usize| {
        cx.kind(i) == Some(TokenKind::Digits)
            && !cx.in_date(i)
            && !cx.attached(i + 1)
            && (cx.is_standalone_number(i) || i >= 2 && grouped(i))
    };
    let Some(set) = (cx.first..q.first).rev().find(|&i| number_ends(i) && !places(i)) else {
        return false;
    };
    // A count names what it counts ("in 2025, of which 19" is no set; nor is "during the
    // last 24 hours across Sindh, 132 of them in Karachi").
    let counts_things =
        cx.kind(set + 1) == Some(TokenKind::Word) && !cx.has(set + 1, PHRASE_ENDS) && !names_a_duration(cx, set + 1);
    // "collected 40 water samples in the past week; 18 tested positive for coliforms".
    let positive = (q.last + 1..(q.last + 4).min(cx.end)).any(|i| cx.word_is(i, &["positive"]));
    let of_samples_not_of_people = (part_of_opening_set(cx, q) || positive)
        && (set + 1..q.first).take_while(|&i| cx.slice(i) != ",").any(|i| cx.word_is(i, ENVIRONMENT));
    // ("1,906 cases and 17 deaths ..., 79 of them": a number smaller than the part is no
    // set of it.)
    let smaller = !grouped(set) && cx.slice(set).parse::<u64>().is_ok_and(|value| value < q.value);
    (of_pronoun && counts_things && !smaller || of_samples_not_of_people)
        && previous.is_none_or(|(before, _)| !(before.number_first..=before.last).contains(&set))
}

/// "Nine health workers have been infected, three of whom have died": a part, "of
/// whom" or "of them", of the responders counted right before it.
fn part_of_responders(cx: &Context<'_>, q: &Quantity) -> bool {
    let number = |i: usize| cx.is_standalone_number(i) || cx.has(i, NUMBER_START) && !cx.word_is(i, &["a", "an"]);
    pronoun_around(cx, q)
        && (q.first.saturating_sub(12).max(cx.first)..q.first.saturating_sub(2)).rev().find(|&i| number(i)).is_some_and(
            |set| {
                (set + 1..(set + 3).min(q.first))
                    .any(|i| cx.word_is(i, WORKERS) || cx.with_word(i, other_counted) == Some(RESPONDERS_REASON))
            },
        )
}

/// Words that split cases by the disease's form or by their classification.
const CASE_FORMS: &[&str] = &[
    "pneumonic", "bubonic", "septicemic", "septicaemic", "cutaneous", "inhalational", "intestinal", "paralytic",
    "gastrointestinal", "classification", "classified", "form", "forms",
    // "Of the new cases, 4,498 were local transmissions": by where they were caught.
    "local", "locally", "imported", "domestic", "domestically",
];

/// "Of the 412 cases, 158 were pneumonic plague and 254 bubonic", "of which 1 540
/// correspond to the suspected classification", "4,498 were local transmissions": a
/// part of a set by the form, class or origin of its cases. The set is the outbreak's count; its parts would contradict it.
fn part_by_form_or_class(cx: &Context<'_>, q: &Quantity) -> bool {
    // ("• Of the cumulative cases, 291 (69.6%) are bubonic": past a bullet, and past
    // the share in brackets.)
    let start = opening(cx);
    let after_opening_set = cx.word_is(start, &["of"]) && (start..q.first).any(|i| cx.slice(i) == ",");
    // "include 90 cutaneous and 50 gastrointestinal infections": the list after it too.
    let including = ["including", "include", "includes", "included"];
    let after_including = (q.first.saturating_sub(8).max(cx.first)..q.first)
        .rev()
        .take_while(|&i| !cx.is_clause_break(i))
        .any(|i| cx.word_is(i, &including));
    let part = after_opening_set || partitive_of(cx, q) || after_including;
    let share = (cx.slice(q.last + 1) == "(")
        .then(|| (q.last + 2..(q.last + 8).min(cx.end)).find(|&i| cx.slice(i) == ")"))
        .flatten();
    let after = share.unwrap_or(q.last) + 1;
    part && (after..(after + 6).min(cx.end))
        .take_while(|&i| {
            !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.word_is(i, &["and"]) && !cx.is_standalone_number(i)
        })
        // ("8,627 (59.1%) were classified as confirmed": a status, which the figure keeps.)
        .any(|i| {
            cx.word_is(i, CASE_FORMS) && !(cx.word_is(i + 1, &["as"]) && cx.with_word(i + 2, subject_of).is_some())
        })
}

/// "2 new imported dengue cases", "the number of imported cases this year to 214",
/// "2 914 travel-associated cases", and the countries they came from: cases caught
/// abroad, which the outbreak's own count leaves out or holds (tests/corpus/README.md:
/// not figures).
fn counts_imported_cases(cx: &Context<'_>, q: &Quantity, counted: &Counted) -> bool {
    // "... imported cases this year to 214, mostly from Indonesia (71), Vietnam (38)":
    // where they were caught.
    let imported = (cx.first..q.first).find(|&i| cx.word_is(i, &["imported"]));
    let bracketed = q.first > cx.first && cx.slice(q.first - 1) == "(";
    if bracketed && imported.is_some_and(|i| (i..q.first).any(|j| cx.word_is(j, &["from"]))) {
        return true;
    }
    let at = match *counted {
        Counted::Metric(Metric::Cases, at) => at,
        // "bringing the number of imported cases this year to 214".
        Counted::Nothing => match metric_near(cx, q) {
            Some((Metric::Cases, at)) => at,
            _ => return false,
        },
        _ => return false,
    };
    let words = if at > q.last { q.last + 1..at } else { at.saturating_sub(2)..at };
    words.into_iter().any(|i| {
        cx.word_is(i, &["imported"])
            || cx.word_is(i, &["travel"])
                && cx.slice(i + 1) == "-"
                && cx.word_is(i + 2, &["associated", "related", "linked"])
    })
}

/// "Six other provinces have each reported fewer than 200 suspected cases": a count (or
/// bound) for each of places counted but not named.
fn each_of_places_not_named(cx: &Context<'_>, q: &Quantity) -> bool {
    let Some(each) = (q.first.saturating_sub(4).max(cx.first)..q.first).find(|&i| cx.word_is(i, &["each"])) else {
        return false;
    };
    // ("Garissa and Tana River counties each reported 12": named, each takes the count.)
    // (From the sentence's start, or past a footnote mark that hid its end: ".[1] Six".)
    let start = (cx.first..each).rev().find(|&i| matches!(cx.slice(i), "." | ";" | "]")).map_or(cx.first, |i| i + 1);
    let named = (start + 1..each).any(|i| cx.is_capitalized(i) && !cx.has(i, NUMBER_START));
    !named && (start..each).any(|i| cx.with_word(i, other_counted) == Some(PLACES_REASON))
}

/// What a part of a set told before counts ("2,047 of them were confirmed", "Of that
/// number, 214 have been confirmed"), from the words after token `set_word` (the
/// pronoun, or the number itself): its predicate, or a status, which makes it cases.
fn part_of_a_set_said_before(cx: &Context<'_>, q: &Quantity, set_word: usize) -> Counted {
    // "6,914 have been tested, and 2,047 of them were confirmed": confirmed tests are
    // cases.
    let confirmed = (set_word + 1..(set_word + 4).min(cx.end))
        .take_while(|&j| {
            cx.word_is(j, &["were", "was", "have", "had", "been", "are", "is", "later"])
                || cx.with_word(j, subject_of).is_some()
        })
        .find(|&j| cx.with_word(j, subject_of).is_some())
        // "260 samples were tested, and the virus was found in 214 of them".
        .or_else(|| {
            let found = q.first >= 2
                && cx.word_is(q.first - 1, &["in"])
                && cx.word_is(q.first - 2, &["found", "detected", "identified", "isolated"]);
            found.then_some(q.first - 2)
        });
    // ("277 of them have already been discharged": adverbs between the verb's words.)
    let adverbs = (set_word + 1..(set_word + 5).min(cx.end))
        .filter(|&j| cx.word_is(j, &["already", "since", "now", "also", "all", "later", "subsequently"]))
        .count();
    match predicate_after(cx, set_word) {
        Some((metric, at)) if at <= set_word + 3 + adverbs => Counted::Metric(metric, at),
        _ => confirmed.map_or(Counted::Nothing, |at| Counted::Metric(Metric::Cases, at)),
    }
}

/// "Children under 14 account for 46 of the cases", "health workers, who make up 19 of
/// the current cases": a share of the cases by age, trade or sex (no place named), a
/// part of the total that is no series of its own.
fn part_by_group_of_people(cx: &Context<'_>, q: &Quantity) -> bool {
    let Some(before) = q.first.checked_sub(1) else { return false };
    let verb = if cx.word_is(before, &["for"]) {
        before.checked_sub(1).filter(|&v| cx.word_is(v, &["account", "accounts", "accounted", "accounting"]))
    } else if cx.word_is(before, &["up"]) {
        before.checked_sub(1).filter(|&v| cx.word_is(v, &["make", "makes", "made", "making"]))
    } else {
        Some(before).filter(|&v| cx.word_is(v, &["represent", "represents", "represented", "representing"]))
    };
    let Some(verb) = verb else { return false };
    // The group: the clause before the verb, or the words a relative "who" follows.
    let relative = verb > cx.first && cx.word_is(verb - 1, &["who", "which", "that"]);
    let subject = if relative {
        verb.saturating_sub(5).max(cx.first)..verb - 1
    } else {
        let breaks = |i: &usize| cx.is_clause_break(*i) && cx.slice(*i) != ",";
        (cx.first..verb).rev().find(breaks).map_or(cx.first, |i| i + 1)..verb
    };
    // ("Residents of Fairview account for 22 of the cases": a place's share.)
    let named = (subject.start + 1..subject.end).any(|i| cx.is_capitalized(i));
    let group = |i: usize| {
        cx.has(i, PEOPLE) || cx.word_is(i, WORKERS) || cx.with_word(i, other_counted) == Some(RESPONDERS_REASON)
    };
    // ("Children under five account for 1,208 cases": the share's counted word itself.)
    let share = cx.word_is(q.last + 1, &["of"]) || cx.with_word(q.last + 1, counted_metric).is_some();
    share && !named && subject.clone().any(group)
}

/// Capitalised nouns that take a number as their name: "Route 41", "Ward 4", "the
/// Category 3 storm", "Phase 2".
const NUMBERED_NAMES: &[&str] = &[
    "route", "district", "precinct", "highway", "interstate", "motorway", "freeway", "road", "exit", "ward", "block",
    "gate", "terminal", "platform", "pier", "berth", "room", "bed", "flight", "bus", "line", "camp", "zone", "sector",
    "unit", "lot", "hangar", "warehouse", "dock", "level", "floor", "wing", "pavilion", "category", "phase", "stage",
    "grade",
];

/// "so one case can turn into ten pretty quickly", "cases could reach 500", "up to 60
/// deaths are feared": a number in a clause that says what can, could or may happen.
fn a_possibility(cx: &Context<'_>, q: &Quantity) -> bool {
    let stop = |i: usize| cx.is_clause_break(i) || matches!(cx.slice(i), "," | ";" | ":");
    let start = (cx.first..q.first).rev().find(|&i| stop(i)).map_or(cx.first, |i| i + 1);
    // Before the number in its clause, or right after its noun ("one case can"); not a
    // clause further on ("who were buried before samples could be taken").
    // ("One person with measles can infect up to nine": past what the person has.)
    let reach = if cx.word_is(q.last + 2, &["with"]) { 6 } else { 4 };
    let end = (q.last + 1..(q.last + reach).min(cx.end)).find(|&i| stop(i)).unwrap_or((q.last + reach).min(cx.end));
    // "may" in lower case only: "in May" is a month; and not "may have been infected",
    // an estimate of what happened.
    // "we'd pass 50,000 cases around Dec 1", "would reach": a projection, before the number.
    let projected = |i: usize| {
        cx.with_word(i, |w| w == "would" || w.ends_with("'d") || w.ends_with("\u{2019}d"))
            && !cx.word_is(i + 1, &["have"])
    };
    (start..end).any(|i| {
        cx.has(i, POSSIBILITY) || cx.has(i, DATE_START) && cx.slice(i) == "may" && !cx.word_is(i + 1, &["have"])
    }) || (start..q.first).any(projected)
}

/// "wards 4, 7 and 16": numbers listed after the wards they name.
fn numbered_wards_before(cx: &Context<'_>, first: usize) -> bool {
    (cx.first..first)
        .rev()
        .take_while(|&i| {
            cx.slice(i) == "," || cx.word_is(i, &["and", "ward", "wards", "nos", "no"]) || cx.is_standalone_number(i)
        })
        .any(|i| cx.word_is(i, &["ward", "wards"]))
}

/// Reasons a number is not a count of people at all.
fn not_a_count(cx: &Context<'_>, q: &Quantity, counted: &Counted) -> Option<&'static str> {
    if a_possibility(cx, q) {
        return Some("a possibility or a projection (\"could\", \"would\"), not a count");
    }
    if in_a_correction_note(cx) {
        return Some("in a correction note: a wrong figure, or one the story tells elsewhere");
    }
    // "(Updates with ... in paragraphs 1-4)", "Corrects death toll in paragraph 2".
    if cx.word_is(q.first.wrapping_sub(1), &["paragraph", "paragraphs", "para", "paras", "graf", "grafs"]) {
        return Some("a paragraph number");
    }
    // "infections since 2003 have been fatal": a year after "since" opens a period, never
    // a count, whatever follows it.
    if q.first == q.last
        && cx.doc.year_at(q.first).is_some()
        && cx.word_is(q.first.wrapping_sub(1), &["since", "until", "till"])
    {
        return Some("a year");
    }
    // "We receive reagents in batches of 500 tests": a size of supplies.
    if cx.word_is(q.first.wrapping_sub(1), &["of"])
        && cx.word_is(q.first.wrapping_sub(2), &["batches", "batch", "packs", "pack", "boxes", "box", "lots"])
    {
        return Some("a size of supplies (\"batches of\"), not a count");
    }
    // "all 112 sequenced samples so far are clade IIb": samples typed for their strain,
    // a part of the positives, not tests.
    if let Counted::Metric(Metric::Tests, at) = *counted {
        let typed = ["sequenced", "genotyped", "subtyped", "serotyped", "characterized", "characterised"];
        if (q.last + 1..at).any(|i| cx.word_is(i, &typed)) {
            return Some("samples typed for their strain, not tests");
        }
    }
    let next = q.last + 1;
    let before = q.number_first.checked_sub(1);
    // "Two deaths ..., one of a 42-year-old labourer and another of a student": one of
    // a set told before, told by who it was.
    if q.first == q.last
        && cx.word_is(q.first, &["one"])
        && cx.word_is(next, &["of"])
        && cx.word_is(next + 1, &["a", "an"])
    {
        return Some("one of a set told before, told by who it was");
    }
    // "Measles is one of the most contagious infections", "one of the worst years": a
    // superlative's set, no count.
    let superlative = |i: usize| {
        cx.word_is(i, &["most", "least", "few", "many"]) || cx.with_word(i, |w| w.len() > 5 && w.ends_with("est"))
    };
    if q.first == q.last
        && cx.word_is(q.first, &["one"])
        && cx.word_is(next, &["of"])
        && cx.word_is(next + 1, &["the"])
        && superlative(next + 2)
    {
        return Some("one of a kind (\"one of the most ...\"), not a count");
    }
    // "until they have given two negative samples": results that came back negative.
    if cx.word_is(next, &["negative"]) && cx.word_is(next + 1, &["samples", "sample", "tests", "results", "swabs"]) {
        return Some("results that came back negative, not a count");
    }
    // "croup patients, another winter infection caused by viruses": a disease
    // told as one of a kind, after a comma.
    if let Counted::Metric(_, at) = *counted {
        let described = q.first == q.last
            && cx.word_is(q.first, &["another"])
            && cx.slice(q.first.wrapping_sub(1)) == ","
            && cx.word_is(at, &["infection", "disease", "illness"]);
        if described {
            return Some("a disease told as one of a kind (\"another infection\"), not a count");
        }
    }
    // "87 patients are on treatment, 52 of them at the isolation unit in Entebbe": the
    // part one facility holds.
    if cx.word_is(next, &["of"]) && cx.word_is(next + 1, &["them", "whom"]) && cx.word_is(next + 2, &["at"]) {
        let facility = ["unit", "ward", "hospital", "centre", "center", "clinic", "facility"];
        let at_one = (next + 3..(next + 8).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| cx.word_is(i, &facility));
        if at_one {
            return Some("the part one facility holds, not a count of the outbreak");
        }
    }
    // "Obet left 47 people dead and displaced more than 300,000": a disaster's displaced.
    let displaced = ["displaced", "evacuated", "stranded", "homeless", "evacuees"];
    if cx.word_is(q.first.wrapping_sub(1), &displaced) || cx.word_is(next, &displaced) {
        return Some("people displaced or evacuated by a disaster, not cases");
    }
    if q.fractional {
        return Some("a decimal without a multiplier: a rate or measure, not a count");
    }
    if cx.slice(next) == "%"
        || cx.word_is(next, &["percent", "pc"])
        || cx.word_is(next, &["per"]) && cx.word_is(next + 1, &["cent"])
    {
        return Some("a percentage");
    }
    // "below 16°C", "39.5 °C".
    if cx.slice(next).starts_with('\u{b0}') || cx.word_is(next, &["degrees"]) {
        return Some("a temperature");
    }
    // "toll-free line 929", "Tel. +243 81 555 0199", "Free number: 1510".
    // "number" alone is everywhere ("the total number to"): only a phone's number counts.
    let phone_number = |i: usize| {
        cx.word_is(i, &["number"])
            && cx.word_is(i.wrapping_sub(1), &["free", "phone", "contact", "emergency", "hotline"])
    };
    let near_phone_word =
        (q.first.saturating_sub(3).max(cx.first)..q.first).any(|i| cx.has(i, PHONE) || phone_number(i));
    if near_phone_word
        || before.is_some_and(|b| cx.slice(b) == "+") && !arrow_rise(cx, q)
        || hyphenated_phone_number(cx, q)
    {
        return Some("a phone number");
    }
    if let Some(b) = before {
        if matches!(cx.slice(b), "$" | "\u{20AC}" | "\u{A3}" | "\u{A5}" | "\u{20B9}" | "\u{20A6}")
            || cx.word_is(b, &["us", "usd", "rs", "eur", "gbp", "inr", "ksh", "kes"])
        {
            return Some("an amount of money");
        }
        // "COVID-19", "BA.2", "H5N1": digits glued to letters are part of a name.
        let glued_to_word = !q.in_words
            && cx.attached(q.number_first)
            && (cx.kind(b) == Some(TokenKind::Word)
                || matches!(cx.slice(b), "-" | "." | "/")
                    && cx.attached(b)
                    && cx.kind(b.wrapping_sub(1)) == Some(TokenKind::Word));
        if glued_to_word {
            return Some("part of a name (a disease, variant or code)");
        }
        // "dengue 2 infection", "serotype 3", "clade 1": a numbered type of a virus.
        let type_name = cx.word_is(
            b,
            &[
                "type", "types", "serotype", "serotypes", "serogroup", "serogroups", "genotype", "clade", "lineage",
                "denv", "enterovirus",
            ],
        ) || cx.word_is(b, &["dengue"]) && q.bare_digits && q.value <= 4;
        if type_name && !q.in_words {
            return Some("part of a name (a disease, variant or code)");
        }
        // "Route 41", "Highway 12", "Ward 4": a numbered road, ward or building.
        if cx.is_capitalized(b) && cx.word_is(b, NUMBERED_NAMES) && q.bare_digits && !q.in_words {
            return Some("part of a name (a numbered road, ward or building)");
        }
        // "Region Eight (Potaro-Siparuni) 1,466", "District Six": a unit numbered in
        // capitalised words.
        let unit_numbered_in_words = q.in_words
            && cx.is_capitalized(q.number_first)
            && cx.is_capitalized(b)
            && cx.word_is(b, &["region", "district", "ward", "zone", "sector", "division"]);
        if unit_numbered_in_words {
            return Some("part of a name (a unit numbered in words)");
        }
        if q.bare_digits
            && (numbered_wards_before(cx, q.number_first) || cx.places.numbers_a_place(cx.doc, q.number_first))
        {
            return Some("part of a name (a numbered ward)");
        }
        // "by week of onset, weeks 7 to 11", "from week 1 to week 14, 2026": week numbers.
        // ("Over the past week 29 new cases were detected" is a count after a period.)
        // ("Between epidemiological week (EW) 1 and EW 30": its abbreviation too.)
        let numbered_week = cx.word_is(b, &["weeks", "epiweeks", "ew", "ews"])
            || cx.word_is(b, &["week", "epiweek"])
                && !cx.word_is(
                    b.wrapping_sub(1),
                    &["past", "last", "previous", "this", "same", "a", "one", "that", "each", "per"],
                );
        // "by State, week 1 – 14, 2026": the range's other end.
        let range_of_weeks = matches!(cx.slice(b), "-" | "\u{2013}")
            && cx.kind(b.wrapping_sub(1)) == Some(TokenKind::Digits)
            && cx.word_is(b.wrapping_sub(2), &["week", "weeks", "epiweek", "epiweeks"]);
        if q.bare_digits && (numbered_week || range_of_weeks) {
            return Some("a week number");
        }
        // ("[note 1]", "(Note 2)": a statistics page's notes.)
        let note = cx.word_is(b, &["note", "notes"]) && matches!(cx.slice(b.wrapping_sub(1)), "[" | "(");
        if matches!(cx.slice(b), "[" | "#" | "No") && cx.attached(q.number_first) || note {
            return Some("a reference or footnote marker");
        }
        // "aged 45", "children aged below 15", "between the ages of 5 and 17".
        if cx.word_is(b, &["aged", "age", "ages"]) || in_age_band(cx, q) {
            return Some("an age");
        }
        // "the man who died was 67": a person's age, told last.
        let persons_age = cx.word_is(b, &["was", "is"])
            && matches!(cx.slice(next), "." | "," | ";" | "")
            && (b.saturating_sub(5).max(cx.first)..b).any(|i| cx.word_is(i, ONE_PERSON))
            && (b.saturating_sub(4).max(cx.first)..b).any(|i| cx.word_is(i, &["who"]));
        if persons_age {
            return Some("an age");
        }
        // "Most of the children admitted are under five": what the people are is young.
        // ("Three children have died ..., all of them under five"; "... and those under
        // five for a fifth".)
        let copula = b.wrapping_sub(1);
        // ("most are over 40": of any age, said of most of them with no noun after it.)
        let most_are_over = cx.word_is(b, &["over", "above"])
            && matches!(counted, Counted::Nothing)
            && q.value < 100
            && cx.word_is(copula, &["are", "were"])
            && cx.word_is(copula.wrapping_sub(1), &["most", "many", "all", "half"]);
        let people_are_under = cx.word_is(b, &["under", "over", "below", "above"])
            && (q.value <= 18 || most_are_over)
            && (cx.word_is(copula, &["are", "were", "is", "was"])
                && (copula.saturating_sub(6).max(cx.first)..copula).any(|i| cx.has(i, PEOPLE))
                || cx.word_is(copula, &["them", "both", "those", "children", "kids"]));
        if people_are_under {
            return Some("an age");
        }
        // "weekly case counts have stayed below 100 since July": a bound, not a count.
        if cx.word_is(b, &["under", "over", "below", "above"])
            && cx.word_is(copula, &["stayed", "remained", "stays", "remains", "kept", "held"])
        {
            return Some("a threshold a count stayed under or over, not a count");
        }
        // "range in age from two to 81": both ends of an age range.
        // ("The age of the cases ranged from 29 to 83 years": the subject's age.)
        let age_ranged = |from: usize| {
            cx.word_is(from.wrapping_sub(1), &["ranged", "ranging", "ranges", "range"])
                && (from.saturating_sub(8).max(cx.first)..from).any(|i| cx.word_is(i, &["age", "ages"]))
        };
        let age_from = |from: usize| {
            cx.word_is(from, &["from", "between"])
                && (cx.word_is(from.wrapping_sub(1), &["age", "ages", "aged"]) || age_ranged(from))
        };
        let range_end = cx.word_is(b, &["to", "and"]) && (b.saturating_sub(4).max(cx.first)..b).any(age_from);
        if age_from(b) || range_end {
            return Some("an age");
        }
        // "children under 15", "people over 60", "a Velm resident over 65".
        let person = |i: usize| cx.has(i, PEOPLE) || cx.word_is(i, ONE_PERSON);
        if q.approx.is_some() && q.first > cx.first && person(q.first - 1) {
            return Some("an age");
        }
    }
    // "24-hour period", "two-year closure", "5-year-old", "H5N1" digits with letters glued after.
    let hyphened = |dash: usize| {
        (cx.slice(dash) == "-" && cx.attached(dash + 1))
            .then(|| cx.with_word(dash + 1, other_counted).or(cx.word_is(dash + 1, &["old"]).then_some("an age")))
            .flatten()
    };
    if cx.attached(next) {
        if cx.slice(next) == "-" && cx.attached(next + 1) {
            if let Some(reason) = hyphened(next) {
                return Some(reason);
            }
        } else if cx.slice(next) == "-" && cx.word_is(next + 1, &["to", "and", "or"]) {
            // "10- to 19-year-olds": the hyphen left hanging takes the next number's word.
            if let Some(reason) = hyphened(next + 3) {
                return Some(reason);
            }
        } else if cx.kind(next) == Some(TokenKind::Word) && !q.in_words && !ordinal_of_a_count(cx, q) {
            return Some(if cx.word_is(next, &["st", "nd", "rd", "th"]) {
                "an ordinal"
            } else {
                "part of a name (a disease, variant or code)"
            });
        }
    }
    // "the registered one", "this one": the pronoun, not the number.
    // ("probable cases linked to a confirmed one": so is "a" and a word of its kind, not
    // "a further one".)
    let a_kind_of_one = cx.word_is(q.first.wrapping_sub(2), &["a", "an"])
        && !cx.has(q.first.wrapping_sub(1), NEW_CUES)
        && !cx.word_is(q.first.wrapping_sub(1), &["further", "more", "single"]);
    let pronoun_one = q.in_words
        && cx.word_is(q.first, &["one"])
        && (cx.word_is(q.first.wrapping_sub(1), &["the", "this", "that", "each", "every", "another", "any", "no"])
            || cx.word_is(q.first.wrapping_sub(2), &["the", "this", "that"])
            || a_kind_of_one)
        && cx.with_word(next, counted_metric).is_none();
    if pronoun_one {
        return Some("the pronoun \"one\", not a number");
    }
    if cx.word_is(next, &["year", "years"]) && cx.word_is(next + 1, &["old"]) || cx.word_is(next, &["yr", "yrs"]) {
        return Some("an age");
    }
    // "whether CDC publishes the 2026 deaths": a year naming whose counts, after "the".
    let the_years = cx.word_is(q.first.wrapping_sub(1), &["the", "this", "its", "their"])
        && cx.slice(q.first).len() == 4
        && (1900..=2100).contains(&q.value);
    if q.bare_digits && (1800..=2100).contains(&q.value) && (!matches!(counted, Counted::Metric(..)) || the_years) {
        return Some("a year");
    }
    if is_change_of_daily_count(cx, q) {
        return Some("a change from an earlier count, not a count");
    }
    if let Some(reason) = not_a_group_of_cases(cx, q, counted) {
        return Some(reason);
    }
    page_furniture(cx, q, counted)
}

/// "▲ 56 since last week", "+38 in the past 7 days" under a dashboard tile's running
/// total: what the total rose by since an earlier report or in a recent period, an up
/// arrow (or a "+" opening the line) before the number and "since" (or "from", "vs")
/// an earlier time or a recent period after it.
fn arrow_rise(cx: &Context<'_>, q: &Quantity) -> bool {
    let sign = q.number_first.wrapping_sub(1);
    let opens_line = cx.doc.tokens.get(sign).is_some_and(|t| t.line_before);
    let plus = cx.slice(sign) == "+" && cx.attached(q.number_first) && opens_line;
    if !(is_up_arrow(cx.slice(sign)) || plus) {
        return false;
    }
    let earlier = |i: usize| cx.word_is(i, &["last", "previous", "yesterday", "prior"]);
    let since_earlier =
        cx.word_is(q.last + 1, &["since", "from", "vs", "over"]) && (q.last + 2..(q.last + 5).min(cx.end)).any(earlier);
    let recent = (q.last + 1..(q.last + 4).min(cx.end)).any(|i| opens_recent_period(cx, i))
        || cx.word_is(q.last + 1, &["today"])
        || cx.word_is(q.last + 1, &["this"]) && cx.word_is(q.last + 2, &["week"]);
    since_earlier || recent
}

/// An arrow showing a rise: "▲", "↑".
fn is_up_arrow(token: &str) -> bool {
    matches!(token, "\u{25B2}" | "\u{25B4}" | "\u{2191}" | "\u{2B06}")
}

/// "Deaths\n14\n▲ 1 since last week": a tile's value with its change on the line
/// after it, whose words are the change's, not the value's.
fn change_line_after(cx: &Context<'_>, q: &Quantity) -> bool {
    let sign = q.last + 1;
    cx.doc.tokens.get(sign).is_some_and(|t| t.line_before)
        && (is_up_arrow(cx.slice(sign)) || cx.slice(sign) == "+")
        && cx.kind(sign + 1) == Some(TokenKind::Digits)
}

/// Words a breakdown heading groups its counts by: "Cases by county", "Deaths by age
/// group".
const BREAKDOWN_NOUNS: &[&str] = &[
    "county", "province", "region", "district", "state", "country", "city", "parish", "department", "municipality",
    "area", "zone", "location", "place", "age", "sex", "gender", "week", "month", "date", "day", "year", "onset",
    "status", "outcome", "setting", "type", "ethnicity", "race",
];

/// A page's labels that hold a number but count nothing: the section numbers of a
/// contents list ("Contents" over "3 Cases by province"), a breakdown's heading ("Cases
/// by county (top 3)", and the group opening the line under it: "18–29"), and a tile
/// counting places ("Counties with cases" over its number).
fn page_furniture(cx: &Context<'_>, q: &Quantity, counted: &Counted) -> Option<&'static str> {
    let doc = cx.doc;
    let opens_line = |i: usize| i == 0 || doc.tokens.get(i).is_some_and(|t| t.line_before);
    if q.bare_digits && opens_line(q.first) && in_contents_list(doc, q.first) {
        return Some("a section number of a contents list");
    }
    // "Table 1 Suspected meningitis cases ...", "Figure 3": a caption's number.
    let caption = q.bare_digits
        && q.first > cx.first
        && cx.is_capitalized(q.first - 1)
        && cx.word_is(q.first - 1, &["table", "tableau", "figure", "fig", "annex", "box", "chart", "map", "graph"]);
    if caption {
        return Some("the number of a table or figure");
    }
    let at = match counted {
        Counted::Metric(_, at) => Some(*at),
        _ => metric_before(cx, q).map(|(_, at)| at),
    }?;
    // "Counties with cases\n23", "Schools with cases: 4": what the label opens with is
    // counted.
    let label = at < q.first && (at + 1..q.first).all(|i| cx.slice(i) == ":");
    if label && cx.word_is(at.wrapping_sub(1), &["with"]) {
        if let Some(reason) = cx.with_word(at.wrapping_sub(2), other_counted) {
            return Some(reason);
        }
    }
    let heading = cx.word_is(at + 1, &["by"])
        && cx.with_word(at + 2, |w| BREAKDOWN_NOUNS.contains(&w) || other_counted(w) == Some(PLACES_REASON))
        && cx.is_capitalized(at)
        && (opens_line(at) || at == q.last + 1 && opens_line(q.first));
    if !heading {
        return None;
    }
    // The heading's own line: the section number before it ("3 Cases by province") or
    // a bracket after it ("Cases by county (top 3)"), not the prose a heading-like
    // opening leads into ("Cases by district include 1,980 in Kassara"); or the first
    // cell of the line under it (a group, not a place: "18–29\t264").
    let bracket = (at + 2..q.first).any(|i| cx.slice(i) == "(")
        && (at + 2..q.first).all(|i| {
            cx.slice(i) == "(" || cx.with_word(i, |w| BREAKDOWN_NOUNS.contains(&w) || matches!(w, "group" | "top"))
        });
    // (Only a group: a range, or a number with another after it on its line; "12 in
    // Kanawha" under "Deaths by county" is a count.)
    let group =
        q.max.is_some() || (q.last + 1..cx.end).take_while(|&i| !opens_line(i)).any(|i| cx.is_standalone_number(i));
    let next_line = opens_line(q.first) && (at + 1..q.first).all(|i| !opens_line(i)) && group;
    (q.last < at || bracket || next_line).then_some("a breakdown's heading or group, not a count (\"Cases by county\")")
}

/// Whether the line opening at token `i` is in a contents list: it and the lines above
/// it open with a section number, up to a line "Contents" (a page's controls between
/// them, "hide", "(Top)", "Toggle Timeline subsection", are passed over).
fn in_contents_list(doc: &Doc<'_>, i: usize) -> bool {
    let mut line = i;
    for _ in 0..40 {
        let Some(before) = line.checked_sub(1) else { return false };
        // The start of the line above.
        let mut start = before;
        while start > 0 && !doc.tokens.get(start).is_some_and(|t| t.line_before) {
            start -= 1;
        }
        if doc.word_in(start, &["contents"]) && start == before {
            return true;
        }
        let numbered = doc.kind(start) == Some(TokenKind::Digits) && doc.slice(start).len() <= 2;
        let control = doc.word_in(start, &["hide", "show", "toggle", "move"])
            || doc.is_punct(start, "(") && doc.word_in(start + 1, &["top"]);
        if !(numbered || control) {
            return false;
        }
        line = start;
    }
    false
}

/// Whether the sentence corrects the story or an earlier one: "(Corrects death toll in
/// paragraph 2 ...)", "An earlier version of this story said five people had died", "A
/// correction to my May 27 post: ... it was 189". The wrong figure is no figure, and the
/// right one is told where it belongs, or is of another day.
fn in_a_correction_note(cx: &Context<'_>) -> bool {
    *cx.cues.correction.get_or_init(|| {
        // The note's own word opens it, after a bracket or "P.S.".
        let opening = (cx.first..(cx.first + 6).min(cx.end)).find(|&i| cx.kind(i) == Some(TokenKind::Word));
        opening.is_some_and(|i| cx.word_is(i, &["corrects", "correction", "corrections", "clarification"]))
            || (cx.first..cx.end).any(|i| {
                cx.word_is(i, &["correction"]) && cx.word_is(i.wrapping_sub(1), &["a"])
                    || cx.word_is(i, &["version"])
                        && cx.word_is(i.wrapping_sub(1), &["earlier", "previous", "original"])
            })
    })
}

/// "The number of people infected in an outbreak of ... in the city of Grenoble has
/// risen to 63", "the number of hospitalized patients ... in the 40th week (Sept. 27 to
/// Oct. 3) was 487": the number is the value of "the number of" what it counts, however
/// long the phrase between them (words after the number, "14,206 persons", say nothing
/// more). The metric and the token that says it.
fn value_of_a_number_of(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    const RISEN: &[&str] = &["risen", "rose", "grown", "climbed", "increased", "jumped", "reached"];
    let mut verb = q.first.checked_sub(1).filter(|&b| b >= cx.first)?;
    // "rose from 11,204 in the same period of 2025 to 19,870": past the earlier value
    // to the verb.
    let risen_from = cx
        .word_is(verb, &["to"])
        .then(|| (verb.saturating_sub(12).max(cx.first + 1)..verb).find(|&j| cx.word_is(j, &["from"])))
        .flatten()
        .filter(|&from| cx.word_is(from - 1, RISEN) && (from..verb).all(|j| !cx.is_clause_break(j)));
    if let Some(from) = risen_from {
        verb = from;
    }
    let linked = cx.word_is(verb, &["was", "is", "were", "reached", "hit", "totalled", "totaled", "at"])
        || cx.word_is(verb, &["to", "from"]) && cx.word_is(verb.wrapping_sub(1), RISEN);
    if !linked {
        return None;
    }
    // Back over the phrase to "number of", past brackets and dates, never past another
    // number or clause.
    let mut i = verb;
    let stop = verb.saturating_sub(40).max(cx.first);
    while i > stop {
        i -= 1;
        if cx.slice(i) == ")" {
            i = (stop..i).rev().find(|&j| cx.slice(j) == "(")?;
            continue;
        }
        if cx.is_standalone_number(i) || matches!(cx.slice(i), "," | ";" | ":") || cx.is_clause_break(i) {
            return None;
        }
        if cx.word_is(i, &["number", "count"]) && cx.word_is(i + 1, &["of"]) {
            break;
        }
    }
    if !(cx.word_is(i, &["number", "count"]) && cx.word_is(i + 1, &["of"])) {
        return None;
    }
    // "the number of people infected", "of hospitalized patients", "of deaths",
    // "of patients": the first words after "of" say what is counted.
    let noun = i + 2;
    if cx.with_word(noun, other_counted).is_some() {
        return None;
    }
    // ("the number of patients receiving treatment at home": what is said of them.)
    let said = (noun..(noun + 4).min(verb)).find_map(|j| {
        let of_people = cx.has(j + 1, PEOPLE) || (j.saturating_sub(2).max(noun)..j).any(|p| cx.has(p, PEOPLE));
        let metric =
            cx.with_word(j, counted_metric).or_else(|| cx.with_word(j, predicate_metric).filter(|_| of_people));
        metric.map(|m| (m, j))
    });
    // "The number of patients in the week of 18-24 January", "the number of dengue
    // patients": patients are the cases.
    let patients = if cx.has(noun, DISEASE) { noun + 1 } else { noun };
    // ("The number of people linked to the outbreak has risen to 41": its cases.)
    let linked = cx.has(noun, PEOPLE) && cx.word_is(noun + 1, &["linked", "associated", "connected", "tied"]);
    said.or_else(|| cx.word_is(patients, &["patients"]).then_some((Metric::Cases, patients)))
        .or_else(|| linked.then_some((Metric::Cases, noun + 1)))
}

/// Whether a "not" or "never" stands in the verb phrase of the predicate at `at`
/// ("had not received", "have never been vaccinated", "hadn't been admitted"), within the
/// words after the noun at `noun`.
fn negated_around(cx: &Context<'_>, noun: usize, at: usize) -> bool {
    let negation = |w: &str| matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t");
    (at.saturating_sub(3).max(noun + 1)..(at + 3).min(cx.end)).any(|j| cx.with_word(j, negation))
}

/// Whether `q` is an age of a band named before it: "aged 5 to 17", "between the ages
/// of 5 and 17", "ages 18-49" (both ends).
fn in_age_band(cx: &Context<'_>, q: &Quantity) -> bool {
    let band_word = |i: usize| {
        cx.word_is(i, &["of", "between", "from", "and", "to", "below", "under", "over"])
            || matches!(cx.slice(i), "-" | "\u{2013}")
            || cx.is_standalone_number(i)
    };
    (q.first.saturating_sub(6).max(cx.first)..q.first)
        .rev()
        .find(|&i| !band_word(i))
        .is_some_and(|i| cx.word_is(i, &["aged", "age", "ages"]))
}

/// "the country's 10th human case this year", "its 44th confirmed death": the rank of
/// the latest case or death is the count so far.
fn ordinal_of_a_count(cx: &Context<'_>, q: &Quantity) -> bool {
    let next = q.last + 1;
    let owner = q.first.checked_sub(1).is_some_and(|b| {
        cx.word_is(b, &["the", "its", "their"]) || cx.slice(b).ends_with("'s") || cx.slice(b).ends_with("\u{2019}s")
    });
    // ("the 1st case" names when an outbreak began, not a count told now.)
    owner
        && q.value >= 2
        && cx.word_is(next, &["st", "nd", "rd", "th"])
        && (next + 1..(next + 4).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| cx.word_is(i, RANKED))
}

/// What a rank counts: "its 10th case", "its ninth death".
pub(crate) const RANKED: &[&str] = &["case", "death", "fatality", "infection"];

/// Words that say who people are: "seven are health workers", "12 were children".
const DEMOGRAPHIC: &[&str] = &[
    "children", "women", "men", "girls", "boys", "infants", "adults", "students", "pupils", "female", "male",
    "females", "males", "pregnant", "minors", "aged", "foreigners", "foreign", "unvaccinated",
];

/// Nouns of one person, whose number after "over" or "under" is an age.
pub(crate) const ONE_PERSON: &[&str] = &[
    "resident", "man", "woman", "boy", "girl", "child", "patient", "traveller", "traveler", "worker", "farmer", "baby",
    "infant", "toddler",
];

/// Whether the same number stands in the 80 tokens before `q`, on its own.
fn told_before(cx: &Context<'_>, q: &Quantity) -> bool {
    let doc = cx.doc;
    let len = q.last - q.first;
    (q.first.saturating_sub(80)..q.first.saturating_sub(len + 1)).any(|j| {
        (0..=len).all(|k| doc.slice(j + k) == doc.slice(q.first + k))
            && doc.kind(j.wrapping_sub(1)) != Some(TokenKind::Digits)
            // (Not the "12" of "12,400".)
            && !(doc.slice(j + len + 1) == "," && doc.attached(j + len + 1) && doc.kind(j + len + 2) == Some(TokenKind::Digits))
    })
}

/// Last words of names of single facilities: "Mater Hospital", "Kibera Clinic".
const FACILITIES: &[&str] =
    &["hospital", "hospitals", "clinic", "infirmary", "sanatorium", "dispensary", "school", "prison", "jail"];

/// Numbers that count something other than the outbreak's people, told around them:
/// list markers ("8."), ratios ("one in five"), rates ("10 cases for 100 000
/// inhabitants"), ages ("a woman of 86"), thresholds ("at least one case"), groups that
/// are not places ("72 of them in critical condition", "including 41 from overseas"),
/// cases ruled out ("142 were discarded"), changes ("an increase of 85,711"), and counts
/// of responders ("the number of infected health workers to 17").
fn not_a_group_of_cases(cx: &Context<'_>, q: &Quantity, counted: &Counted) -> Option<&'static str> {
    let next = q.last + 1;
    let line_start = cx.doc.tokens[q.first].line_before || q.first == cx.first;
    if line_start && matches!(cx.slice(next), "." | ")") && !cx.attached(next + 1) && q.bare_digits {
        return Some("a list marker");
    }
    // "a ratio of 1:0.8": the digits after a point glued to a number ("1:0") that
    // was read as something else.
    let glued_fraction = q.first >= 2
        && cx.attached(q.first)
        && cx.slice(q.first - 1) == "."
        && cx.attached(q.first - 1)
        && cx.kind(q.first - 2) == Some(TokenKind::Digits);
    if glued_fraction {
        return Some("the decimals of a ratio or time, not a count");
    }
    // "48 deaths of monkeys", "12 outbreaks in poultry", "30 monkey deaths".
    let in_animals = (next..(next + 4).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .any(|i| cx.has(i, ANIMALS) && !cx.word_is(i + 1, &["flu", "influenza"]) && !cx.word_is(i + 1, WORKERS));
    if in_animals {
        return Some("a count of animals, not people");
    }
    // "one in five tests", "3 out of 10": numbers in words count too.
    let number_at = |i: usize| cx.is_standalone_number(i) || cx.has(i, NUMBER_START) && !cx.word_is(i, &["a", "an"]);
    // "146 cases and 12 deaths ... Eight of the 12 deaths were recorded in Tana River":
    // the set a part is taken from, told before, is no count of the part's place.
    let set_of_a_part = q.first >= cx.first + 3
        && cx.word_is(q.first - 1, &["the"])
        && cx.word_is(q.first - 2, &["of"])
        && number_at(q.first - 3);
    if set_of_a_part && told_before(cx, q) {
        return Some("the set a part is taken from, told before");
    }
    // ("to 19,870 in 2026" names the year.)
    // ("sickened at least 1,270 in three townships": a whole is no share of fewer.)
    let fewer =
        |at: usize| super::number::parse_at(cx.doc, at).and_then(Result::ok).is_some_and(|whole| whole.value < q.value);
    let ratio_after = cx.word_is(next, &["in", "out"])
        && (number_at(next + 1) && cx.doc.year_at(next + 1).is_none() && !fewer(next + 1)
            || cx.word_is(next + 1, &["of"]) && number_at(next + 2));
    let ratio_before = q.first >= 2 && cx.word_is(q.first - 1, &["in"]) && number_at(q.first - 2);
    if ratio_after || ratio_before {
        return Some("a ratio");
    }
    // "7.862 cases per 100 thousand inhabitants": the base of a rate.
    // "Rate per 100,000" in a table's heading names no population but is a base too.
    let round_base =
        cx.word_is(q.first.wrapping_sub(1), &["per"]) && [1_000, 10_000, 100_000, 1_000_000].contains(&q.value);
    let base_of_rate = q.first > cx.first
        && cx.word_is(q.first - 1, &["per", "each", "every"])
        && ((next..(next + 3).min(cx.end))
            .any(|i| cx.word_is(i, &["inhabitants", "population", "residents", "people"]))
            || round_base);
    if base_of_rate {
        return Some("a rate per population");
    }
    // "Specimens from 12 cases have been sequenced", "specimens were collected from 9318
    // suspected cases": the cases sampled, a part of the count (people whose samples
    // were tested are tests: "stool samples from 112 people").
    if samples_from_cases(cx, q) == Some(false) {
        return Some("the cases samples were taken from, a part of the count");
    }
    // "Cyclone Idai killed more than 500 people": the toll of another disaster.
    let disaster_verb = q.first > cx.first && cx.word_is(q.first - 1, &["killed", "claimed", "left"]);
    let disaster = ["cyclone", "hurricane", "typhoon", "storm", "earthquake", "quake", "floods", "flood", "tsunami"];
    if disaster_verb && (q.first.saturating_sub(4).max(cx.first)..q.first - 1).any(|i| cx.word_is(i, &disaster)) {
        return Some("the toll of a disaster, not of the outbreak");
    }
    // "31 cases per 100,000 people": the base's digits and separators are tokens too.
    let rate = (next..(next + 4).min(cx.end)).any(|i| {
        cx.has(i, RATE_BASES)
            && (i + 1..(i + 6).min(cx.end))
                .any(|j| cx.word_is(j, &["inhabitants", "population", "residents", "people", "persons"]))
    });
    // "Pointe-à-Pitre (287 per 100 000)": a round base right after "per" needs no noun.
    let round_base_after = cx.word_is(next, &["per"])
        && cx.kind(next + 1) == Some(TokenKind::Digits)
        && cx.slice(next + 1).starts_with('1')
        && cx.slice(next + 1).len() >= 3
        && cx.slice(next + 1)[1..].chars().all(|c| !c.is_ascii_digit() || c == '0');
    if rate || round_base_after {
        return Some("a rate per population");
    }
    // "about 6 cases a day", "40 admissions per week", "between 200 and 400 cases a
    // year": an average over a period, not a count (but "a day after the festival"
    // dates an event).
    // ("fewer than 200 per week": with no noun between.)
    let per_period = |at: usize| {
        cx.word_is(at + 1, &["a", "per", "each", "every"])
            && cx.word_is(at + 2, &["day", "week", "month", "year"])
            && !cx.word_is(at + 3, &["after", "before", "earlier", "later", "ago"])
    };
    let noun = match counted {
        Counted::Metric(_, noun) => Some(*noun),
        _ => None,
    };
    if noun.is_some_and(per_period) || cx.word_is(q.last + 1, &["per"]) && per_period(q.last) {
        return Some("an average per period, not a count");
    }
    // "Free tests: up to 4 per household": what each may have, not a count.
    let per_each = |at: usize| {
        cx.word_is(at + 1, &["per"])
            && cx.word_is(at + 2, &["household", "person", "family", "customer", "resident", "visit", "order"])
    };
    if per_each(q.last) || noun.is_some_and(per_each) {
        return Some("an allowance for each, not a count");
    }
    // "14 cases of possible vertical transmission": cases looked into for a way they
    // arose, a subgroup ("cases of suspected typhus" count).
    if let Counted::Metric(Metric::Cases, noun) = counted {
        let subgroup = cx.word_is(noun + 1, &["of"])
            && cx.word_is(noun + 2, &["possible", "suspected", "probable", "presumed", "presumptive"])
            && (noun + 3..(noun + 6).min(cx.end)).any(|i| {
                cx.word_is(i, &["transmission", "reinfection", "reinfections", "exposure", "contagion", "spread"])
            });
        if subgroup {
            return Some("a subgroup of cases looked into for how they arose");
        }
    }
    // "According to estimates of the institute, around 5.3 million people fell ill",
    // "an estimated 40,000 infections": a modelled estimate, not a count of reports.
    let estimate = (q.first.saturating_sub(12).max(cx.first)..q.number_first.max(q.first))
        .rev()
        .take_while(|&i| !cx.is_standalone_number(i) && cx.slice(i) != ";")
        .any(|i| cx.has(i, ESTIMATES));
    // ("the number is estimated at 1 430 in week 45": a sentinel network's weekly
    // estimate of cases seen by doctors, which a surveillance bulletin reports as its count.)
    let weeks_estimate = cx.dates.iter().any(|&(first, _)| cx.word_is(first, super::calendar::EPI_WEEK_WORDS));
    if estimate && !weeks_estimate {
        return Some("an estimate, not a count of reports");
    }
    // "410 people who were exposed to the infected", "85 people are being monitored":
    // people at risk, not cases.
    let people = (next..(next + 2).min(cx.end)).find(|&i| cx.has(i, PEOPLE));
    // ("84 people who ate at the stall and have mild symptoms are being monitored":
    // past what the people did, to what is done with them.)
    let at_risk = people.is_some_and(|noun| {
        let reach = if cx.word_is(noun + 1, &["who", "that"]) { 16 } else { 6 };
        (noun + 1..(noun + reach).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
            .any(|i| cx.word_is(i, &["exposed", "monitored", "monitoring", "observation"]))
    });
    if at_risk {
        return Some("people exposed or watched, not cases");
    }
    if latent_infection_after(cx, q) {
        return Some("people with a latent infection, not cases");
    }
    // "Sewage samples from 61 of the 127 sites": the samples named before the number.
    let environment_before = metric_before(cx, q)
        .is_some_and(|(metric, i)| metric == Metric::Tests && cx.word_is(i.wrapping_sub(1), ENVIRONMENT));
    if environment_before {
        return Some("samples of the environment, not of people");
    }
    if q.first >= 2
        && cx.word_is(q.first - 1, &["of"])
        && cx.word_is(q.first - 2, &["woman", "man", "boy", "girl", "child", "patient", "person", "baby", "infant"])
    {
        return Some("an age");
    }
    if q.value == 1 && matches!(q.approx, Some(Approx::AtLeast)) {
        return Some("a threshold ('at least one'), not a count");
    }
    // "spread over five of Liberia's 15 counties": a part of a set of other things.
    let set_counted = (cx.word_is(next, &["of"]))
        // ("eight of our ten provinces": the set in words too.)
        .then(|| {
            (next + 1..(next + 5).min(cx.end))
                .find(|&i| cx.is_standalone_number(i) || cx.with_word(i, super::calendar::small_number).is_some())
        })
        .flatten()
        .and_then(|set| cx.with_word(set + 1, other_counted));
    if let Some(reason) = set_counted {
        return Some(reason);
    }
    let of_them = cx.word_is(next, &["of"]) && cx.word_is(next + 1, &["them", "whom", "which", "these"]);
    let introduced = q.first >= 1 && cx.word_is(q.first - 1, &["including", "among"]);
    let group_at = if of_them { next + 2 } else { next };
    // "Twenty-eight are in hospital, eleven of them newborn babies": a kind of person.
    // ("Nine of these patients remain hospitalized": the set, named again.)
    let kind_of_person = of_them
        && !cx.word_is(next + 1, &["these", "those"])
        && (group_at..(group_at + 2).min(cx.end)).any(|i| cx.has(i, PEOPLE));
    let group_not_place = kind_of_person
        || (of_them || introduced)
        && cx.word_is(group_at, &["in", "from", "on", "under", "with"])
        // ("twenty-three of them in hospital": the hospitalised among them.)
        && !cx.word_is(group_at + 1, &["hospital", "hospitals"])
        // "including 1,640 in the coastal district of Kassara" is a place.
        && place_following(cx, group_at + 1).is_none()
        // "including 31 in the last week": a period, not a group.
        && !(group_at + 1..(group_at + 5).min(cx.end)).any(|i| cx.word_is(i, &["week", "weeks", "day", "days", "hours", "month", "period"]));
    // "402 have recovered, 311 of them from home-based care and 91 discharged from
    // hospitals": the part after the first part's "and" is a part too. (", and 21
    // deaths" after "5 of them new" is the list's next item; "11 of them in Kessala
    // and 6 in Dorum" is a list of places.)
    let next_part = q.first >= 2
        && !(cx.word_is(next, &["in"]) && place_following(cx, next + 1).is_some())
        && cx.word_is(q.first - 1, &["and"])
        && cx.slice(q.first - 2) != ","
        && (q.first.saturating_sub(14).max(cx.first)..q.first - 1)
            .rev()
            .take_while(|&i| !cx.is_clause_break(i))
            .find(|&i| cx.is_standalone_number(i))
            .is_some_and(|n| cx.word_is(n + 1, &["of"]) && cx.word_is(n + 2, &["them", "whom"]));
    // "Of the new cases, 1,158 are Kenyans while 48 are foreigners", "642 are male": a
    // count by nationality or sex.
    let group_word = |i: usize| {
        cx.word_is(i, &["male", "female", "males", "females", "foreigners", "nationals", "citizens", "locals"])
            || cx.is_capitalized(i) && cx.with_word(i, |w| w.ends_with("ans") || w.ends_with("ese"))
    };
    let is_a_group = cx.word_is(next, &["are", "were"]) && group_word(next + 1);
    // "22 from rural areas and 16 from urban areas": a split by setting, no places.
    let setting = cx.word_is(next, &["from", "in"])
        && cx.word_is(next + 1, &["rural", "urban", "peri"])
        && (next + 2..(next + 5).min(cx.end)).any(|i| cx.word_is(i, &["areas", "area", "settings", "localities"]));
    if group_not_place || next_part || is_a_group || setting {
        return Some("a group within a figure that is not a place");
    }
    // "94 are in the ICU", "12 in intensive care", "5 in critical condition": the gravest
    // of the patients, a subgroup and no place.
    // ("Six of the admitted patients are on ventilator support": past the set's words.)
    let gravest = (next..(next + 9).min(cx.end))
        .take_while(|&i| {
            !cx.is_clause_break(i)
                && cx.slice(i) != ","
                && !cx.is_standalone_number(i)
                && (!cx.has(i, NUMBER_START) || i == next || cx.word_is(i, &["a", "an"]))
        })
        .any(|i| {
            cx.word_is(i, &["icu", "icus", "ventilators", "ventilator"])
                || cx.word_is(i, &["intensive"]) && cx.word_is(i + 1, &["care"])
                || cx.word_is(i, &["critical", "serious", "severe"]) && cx.word_is(i + 1, &["condition"])
        });
    if gravest {
        return Some("patients in intensive care or critical condition: a subgroup, not a figure");
    }
    if seen_at_a_care_unit(cx, q) {
        return Some("patients seen at a kind of care unit: a subgroup, not a figure");
    }
    // "412 were admitted in the capital, while 792 were admitted elsewhere", "and 61
    // outside Tarn": the rest of a count beyond the places named is no place's count.
    // ("and 8 in other cities and counties", "14 cases were reported from other
    // districts": the rest, in places not named.)
    let elsewhere = (next..(next + 6).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
        .any(|i| {
            cx.word_is(i, &["elsewhere", "outside"])
                || cx.word_is(i, &["other"])
                    && cx.word_is(i - 1, &["in", "from"])
                    && (cx.has(i + 1, PLACE_NOUN) || cx.word_is(i + 1, &["cities", "towns", "areas", "parts"]))
        });
    if elsewhere {
        return Some("the rest of a count outside the places named: no place's count");
    }
    // "Among the 23 students, 15 had received two doses of vaccine": how many of the
    // ill had been vaccinated before, not a count of vaccinations.
    let vaccinated_before = cx.word_is(opening(cx), &["among", "of"])
        && cx.word_is(next, &["had"])
        && (next + 1..(next + 4).min(cx.end))
            .any(|i| cx.word_is(i, &["received", "vaccinated", "immunised", "immunized", "dose", "doses"]));
    if vaccinated_before {
        return Some("how many of a group had been vaccinated before, not a count of vaccinations");
    }
    if under_a_caption_by_group(cx) {
        return Some("a line of a breakdown by age, sex or vaccination status, not a count of its own");
    }
    // "gave two doses each": a count per something that is no list of places (those
    // are read by `places_each`).
    let each = (next..(next + 3).min(cx.end)).find(|&i| cx.word_is(i, &["each", "apiece"]));
    if each.is_some_and(|at| places_each(cx, q, at - 1).is_empty()) {
        return Some("the same count for each of several things, not places");
    }
    // "Among the confirmed cases, seven (58%) are health workers": who some of the
    // cases are, not a count of its own.
    // ("Three of the cases are health workers", "Nine of the dead were pregnant women":
    // past the set.)
    // ("41 of the confirmed cases have been in people who were unvaccinated".)
    let is_be = |i: usize| {
        cx.word_is(i, &["are", "were", "is", "was"])
            || cx.word_is(i, &["been"]) && cx.word_is(i.wrapping_sub(1), &["have", "has", "had"])
    };
    let after_aside = if cx.slice(next) == "(" {
        (next + 1..(next + 6).min(cx.end)).find(|&i| cx.slice(i) == ")").map_or(next, |close| close + 1)
    } else if cx.word_is(next, &["of"]) {
        (next + 1..(next + 6).min(cx.end)).find(|&i| is_be(i)).unwrap_or(next)
    } else {
        next
    };
    // ("929 were in unvaccinated people", "40 were among children".)
    let who = if cx.word_is(after_aside + 1, &["in", "among"]) { after_aside + 2 } else { after_aside + 1 };
    // ("41 are resident in the province of Brescia": where they live, a place's count.)
    let residing_in = cx.word_is(who, &["resident", "residents"]) && cx.word_is(who + 1, &["in", "of"]);
    // ("Seventeen of the 31 deaths were among confirmed cases": of a status.)
    let among_a_status = who == after_aside + 2 && cx.with_word(who, subject_of).is_some();
    let who_they_are = is_be(after_aside)
        && !residing_in
        && (cx.has(who, PEOPLE)
            || among_a_status
            || cx.with_word(who, |w| other_counted(w) == Some(RESPONDERS_REASON))
            // ("71 were in dairy workers and 16 in poultry workers".)
            || cx.word_is(who + 1, WORKERS)
            || cx.word_is(who, DEMOGRAPHIC)
            // ("412 of those infected are under 16": their age.)
            || cx.word_is(who, &["under", "over", "aged"]) && cx.is_standalone_number(who + 1));
    // "nobody should be alarmed by one or two more", "two or three out in the county": a
    // vague amount, no count.
    let either = q.first >= 2 && cx.word_is(q.first - 1, &["or"]) && number_at(q.first - 2)
        || cx.word_is(q.last + 1, &["or"]) && number_at(q.last + 2);
    if either {
        return Some("a vague amount (\"one or two\"), no count");
    }
    // "Of the influenza A detections that were subtyped (n=1,146), 81% were A(H3N2)": the
    // size of the group a share is told of.
    let group_of_a_share = n_equals_open(cx, q).is_some()
        && cx.word_is(cx.first, &["of", "among"])
        && cx.slice(q.last + 1) == ")"
        && cx.slice(q.last + 2) == ",";
    if group_of_a_share {
        return Some("the size of a group a share is told of (\"n=\")");
    }
    // "53 cases involved children below 12 years old".
    let involved =
        cx.word_is(who, &["involved", "involving"]) && (cx.has(who + 1, PEOPLE) || cx.word_is(who + 1, DEMOGRAPHIC));
    if who_they_are || involved {
        return Some("who some of the cases are, not a count of its own");
    }
    // "Fourteen cases had at least one underlying condition", "Eight cases reported
    // contact with dromedary camels": what some of the cases had or did.
    let exposure = |i: usize| cx.word_is(i, &["contact", "exposure", "exposures"]);
    let verb = match counted {
        Counted::Metric(Metric::Cases, at) => at + 1,
        _ => after_aside,
    };
    // ("2.104 presented signs of alarm": warning signs, translated.)
    let described = cx.word_is(verb, &["had", "have", "reported", "presented", "showed", "developed"])
        && (verb + 1..(verb + 5).min(cx.end)).take_while(|&i| !cx.is_clause_break(i)).any(|i| {
            cx.word_is(
                i,
                &["underlying", "comorbidity", "comorbidities", "condition", "conditions", "alarm", "warning"],
            ) || exposure(i) && cx.word_is(i + 1, &["with", "to"])
        });
    // "Seven of the cases were part of a health care-associated cluster in one hospital":
    // a part of the cases by cluster.
    let of_a_cluster = partitive_of(cx, q)
        && cx.word_is(verb, &["were", "are"])
        && (cx.word_is(verb + 1, &["part"]) && cx.word_is(verb + 2, &["of"]) || cx.word_is(verb + 1, &["linked"]))
        && (verb + 2..(verb + 10).min(cx.end)).any(|i| cx.word_is(i, &["cluster", "clusters"]));
    if described || of_a_cluster {
        return Some("what some of the cases had or did, not a count of its own");
    }
    // "142 were discarded", "61 of them returned negative".
    let verb = if of_them { next + 2 } else { next };
    let ruled_out = cx.word_is(verb, &["were", "was", "are", "have", "had", "returned", "came", "tested", "proved"])
        && (verb + 1..(verb + 4).min(cx.end)).any(|i| cx.word_is(i, &["discarded", "excluded", "negative", "ruled"]));
    if ruled_out {
        return Some("cases ruled out");
    }
    let change_of = q.first >= 2
        && cx.word_is(q.first - 1, &["of"])
        && cx.word_is(q.first - 2, &["increase", "rise", "drop", "decrease", "decline", "fall", "jump"]);
    if change_of {
        return Some("a change from an earlier count, not a count");
    }
    // "children who had already had two infections": what each person had.
    let each_person_had = (q.first.saturating_sub(4).max(cx.first)..q.first)
        .rev()
        .find(|&i| cx.word_is(i, &["who"]))
        .is_some_and(|who| {
            (who + 1..q.first)
                .all(|i| cx.word_is(i, &["had", "have", "has", "already", "previously", "ever", "all", "both"]))
                && who + 1 < q.first
        });
    if each_person_had {
        return Some("what each person had, not a count of the outbreak");
    }
    // "Figures for Velm include 38 cases awaiting confirmation": a note on what counts
    // already given are made of.
    let include = q.first.checked_sub(1).filter(|&i| cx.word_is(i, &["include", "includes", "included"]));
    let of_figures = include.is_some_and(|verb| {
        (cx.first..verb)
            .rev()
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
            .any(|i| cx.word_is(i, &["figures", "data", "numbers", "statistics", "totals", "counts"]))
    });
    if of_figures {
        return Some("a part of figures already given");
    }
    let unnamed = matches!(counted, Counted::Nothing);
    // "found in 866 herds in 16 states, including 645 in Velm": a part of a count of
    // other things than people.
    if unnamed && introduced && counts_other_things_before(cx, q) {
        return Some("a part of a count of other things than the outbreak's people");
    }
    // Back to the nearest counted word: "Southwestern Public Health has the most cases
    // with 355" counts cases, whatever the name before says; nor does the name of the
    // place right before the number ("and Dunmore Public Health another 121").
    let named = place_right_before(cx, q);
    let counts_others = unnamed
        && (q.first.saturating_sub(6).max(cx.first)..q.first)
            .rev()
            .take_while(|&i| {
                !cx.is_clause_break(i)
                    && cx.slice(i) != ","
                    && !cx.is_standalone_number(i)
                    && cx.with_word(i, counted_metric).is_none()
            })
            .any(|i| {
                !named.is_some_and(|(first, last)| (first..=last).contains(&i))
                    && cx.with_word(i, |w| {
                        other_counted(w).is_some_and(|r| r.starts_with("counts") && r != PLACES_REASON)
                    })
            });
    if counts_others {
        return Some("counts others than the outbreak's cases");
    }
    None
}

/// "1.104 were attended in the Units of Emergency Care", "640 were seen at emergency
/// units": the cases that went to one kind of care, a subgroup (care in hospital, a
/// figure of its own, is told by other verbs).
fn seen_at_a_care_unit(cx: &Context<'_>, q: &Quantity) -> bool {
    let verb = q.last + 1 + usize::from(cx.word_is(q.last + 1, &["were", "was", "are", "have", "had", "been"]));
    let seen = cx.word_is(verb, &["attended", "seen"]) && cx.word_is(verb - 1, &["were", "was", "are", "been"]);
    seen && (verb + 1..(verb + 8).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
        .any(|i| cx.word_is(i, &["emergency", "outpatient", "units", "unit", "posts", "clinics"]))
}

/// "Seventy-one Nunavummiut have been diagnosed", "12 Hongkongers have died": a
/// capitalised word right after the number, that something is said of as of people,
/// names them after their home.
fn names_its_people(cx: &Context<'_>, q: &Quantity, i: usize) -> bool {
    i == q.last + 1
        && cx.is_capitalized(i)
        && (cx.word_is(i + 1, &["have", "has", "had", "were"]) || cx.word_is(i + 1, &["died"]))
        && predicate_after(cx, i).is_some_and(|(_, at)| at <= i + 3)
}

/// Whether `q`'s own clause says its people carry a latent infection ("52 residents
/// screened positive for a latent infection", "88 with latent TB"): they carry the germ
/// but are not sick, so they are no cases.
fn latent_infection_after(cx: &Context<'_>, q: &Quantity) -> bool {
    (q.last + 1..(q.last + 9).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
        .any(|i| cx.word_is(i, &["latent"]))
}

/// Whether the numbers before `q` in its sentence count other things than people
/// (herds, doses, states) and none of them counts the outbreak's people.
fn counts_other_things_before(cx: &Context<'_>, q: &Quantity) -> bool {
    let counted = |n: usize| {
        (n + 1..(n + 4).min(q.first)).find_map(|i| {
            cx.with_word(i, |w| {
                if counted_metric(w).is_some() || predicate_metric(w).is_some() || cx.has(i, PEOPLE) {
                    Some(false)
                } else {
                    (other_counted(w).is_some_and(|r| r != DURATION_REASON) || cx.has(i, ANIMALS)).then_some(true)
                }
            })
        })
    };
    let numbers: Vec<Option<bool>> = (cx.first..q.first).filter(|&i| cx.is_standalone_number(i)).map(counted).collect();
    numbers.contains(&Some(true)) && !numbers.contains(&Some(false))
}

/// "an increase of over 90,000 from the previous day", "up 300 from the day before".
fn is_change_of_daily_count(cx: &Context<'_>, q: &Quantity) -> bool {
    let change_before = (1..=3).any(|back| q.first.checked_sub(back).is_some_and(|i| cx.has(i, CHANGES)));
    // ("38 new cases ..., nine more than on Sunday": a day named.)
    let weekday = |j: usize| cx.with_word(j, |w| WEEKDAYS.iter().any(|day| w.starts_with(day)).then_some(())).is_some();
    let comparison_after = (q.last + 1..(q.last + 8).min(cx.end)).any(|i| {
        cx.has(i, EARLIER)
            && (i.saturating_sub(3).max(q.last + 1)..i)
                .any(|j| cx.word_is(j, &["from", "than", "compared", "over", "on"]))
            || weekday(i) && cx.word_is(i - 1, &["on"]) && cx.word_is(i.wrapping_sub(2), &["than"])
    });
    // "up from 352 the previous day" is the earlier value itself, not a change.
    let earlier_value = q.first >= 1 && cx.word_is(q.first - 1, &["from"]);
    (change_before
        || (q.last + 1..(q.last + 3).min(cx.end)).any(|i| cx.word_is(i, &["fewer", "more", "less", "higher", "lower"])))
        && comparison_after
        && !earlier_value
}

/// "and four remain in care", "two remain in hospital": patients still ill, told by a
/// bare number and where they remain.
fn remain_in_care(cx: &Context<'_>, q: &Quantity) -> Option<Counted> {
    let verb = q.last + 1;
    let still = usize::from(cx.word_is(verb + 1, &["still"]));
    let (prep, place) = (verb + 1 + still, verb + 2 + still);
    if !cx.word_is(verb, &["remain", "remains", "remained"]) || !cx.word_is(prep, &["in", "under"]) {
        return None;
    }
    let metric = cx.with_word(place, |w| match w {
        "care" | "treatment" | "isolation" => Some(Metric::Active),
        "hospital" => Some(Metric::Hospitalized),
        _ => None,
    })?;
    Some(Counted::Metric(metric, place))
}

/// The counted word after the number: "cases", or a people-noun with a predicate.
fn counted_after(cx: &Context<'_>, q: &Quantity) -> Counted {
    if let Some(remaining) = remain_in_care(cx, q) {
        return remaining;
    }
    // "141 cases (11 active)": of them, the people ill now.
    if cx.word_is(q.last + 1, &["active"]) && cx.slice(q.last + 2) == ")" && cx.slice(q.first.wrapping_sub(1)) == "(" {
        return Counted::Metric(Metric::Active, q.last + 1);
    }
    // "laboratories reported 1,846 positive results": each a confirmed infection.
    if cx.word_is(q.last + 1, &["positive"]) && cx.word_is(q.last + 2, &["results"]) {
        return Counted::Metric(Metric::Cases, q.last + 2);
    }
    // "🏥 53 in hospital, including 40 children": people in hospital, the noun left out
    // (not one named hospital, "in Hospital Sultanah Aminah", nor a split of outbreaks by
    // setting, "29 in care homes, 5 in hospitals").
    if cx.word_is(q.last + 1, &["in"]) && cx.word_is(q.last + 2, &["hospital"]) && !cx.is_capitalized(q.last + 2) {
        return Counted::Metric(Metric::Hospitalized, q.last + 2);
    }
    let mut i = q.last + 1;
    let mut limit = (q.last + 7).min(cx.end);
    // "reached (1,284) injury", "(43) new injury": a numeral bracketed alone, as in
    // statements translated from Arabic, whose "injuries" (إصابات) are cases.
    if bracketed_alone(cx, q) {
        i += 1;
        let injury = (i..(i + 3).min(cx.end)).find(|&j| cx.word_is(j, &["injury", "injuries"]));
        if let Some(at) = injury.filter(|&at| (i..at).all(|j| cx.has(j, NEW_CUES | MODIFIERS))) {
            return Counted::Metric(Metric::Cases, at);
        }
    }
    // "bringing to three the number of people killed", "raising to 41 the death toll":
    // the counted words follow the number when the verb's object comes last.
    let inverted = q.first > cx.first && cx.word_is(q.first - 1, &["to"]) && cx.word_is(i, &["the"]);
    // "there are already 27 the cases confirmed": an article left between the number
    // and its noun by a translation from Spanish or Portuguese ("son 27 los casos").
    if !inverted && cx.word_is(i, &["the"]) && cx.with_word(i + 1, counted_metric).is_some() {
        i += 1;
    }
    if inverted {
        i += 1;
        if cx.word_is(i, &["number", "total", "tally", "count"]) && cx.word_is(i + 1, &["of"]) {
            i += 2;
        }
        limit = (i + 6).min(cx.end);
    }
    // "402 of the cases", "Fifteen of those patients", "938 of Sunday's cases": the
    // counted word comes after a determiner; "14 of them fatal" after a pronoun.
    // "Of that number, 214 have been confirmed by laboratory testing": a part of the
    // set the sentence before told, counted by what its verb says.
    let opening_set = cx.word_is(cx.first, &["of"])
        && q.first >= 2
        && cx.slice(q.first - 1) == ","
        && (cx.first + 1..q.first - 1)
            .all(|j| cx.word_is(j, &["that", "this", "number", "total", "these", "those", "them"]));
    if opening_set {
        if let found @ Counted::Metric(..) = part_of_a_set_said_before(cx, q, q.last) {
            return found;
        }
    }
    if cx.word_is(i, &["of"]) {
        // ("403 cumulative cases, 24 of which are active".)
        if cx.word_is(i + 1, &["them", "whom", "which"]) {
            return part_of_a_set_said_before(cx, q, i + 1);
        }
        // "Seven of the nine have been hospitalized": the set told before, by its number.
        // ("Nine of the 14 people were admitted to hospital": the set's noun too.)
        let verb =
            |at: usize| cx.word_is(at, &["have", "has", "had", "were", "was", "are", "is", "remain", "remained"]);
        let set_by_number = cx.word_is(i + 1, &["the"])
            && (cx.is_standalone_number(i + 2) || cx.has(i + 2, NUMBER_START) && !cx.word_is(i + 2, &["a", "an"]))
            && (verb(i + 3) || cx.has(i + 3, PEOPLE) && verb(i + 4));
        if set_by_number {
            return part_of_a_set_said_before(cx, q, i + 2);
        }
        let possessive = cx.slice(i + 1).ends_with("'s") || cx.slice(i + 1).ends_with("\u{2019}s");
        if cx.word_is(i + 1, &["the", "those", "these", "this", "all", "its", "their"]) || possessive {
            i += 2;
            limit = (i + 6).min(cx.end);
            // "Tolima concentrates 71 of the 119 confirmed cases": a place's share of a
            // numbered set counts what the set counts.
            // ("Eight of the 12 deaths were recorded in Tana River": past the set's size.)
            let set_size = cx.kind(i) == Some(TokenKind::Digits) && cx.is_standalone_number(i);
            if set_size && (place_verb_before(cx, q) || cx.with_word(i + 1, counted_metric).is_some()) {
                i += 1;
                limit = (i + 6).min(cx.end);
            }
        }
    }
    while i < limit {
        // "1,315* new cases", "1,315📈 new cases": a footnote mark or an emoji glued on.
        let glued_mark = i == q.last + 1 && cx.attached(i) && is_mark(cx.slice(i));
        let hyphen = cx.slice(i) == "-" && cx.attached(i);
        // ("22 EU/EEA countries": a slash joining two words is part of the phrase.)
        let slash = cx.slice(i) == "/" && cx.attached(i) && cx.attached(i + 1);
        if cx.is_quote(i) || hyphen || slash || glued_mark {
            i += 1;
            continue;
        }
        // "1,126 hand, foot and mouth disease cases": a disease's name with a comma and
        // an "and" of its own, which would otherwise end the phrase.
        if let Some(mouth) = hand_foot_and_mouth(cx, i) {
            limit = (limit + mouth - i).min(cx.end);
            i = mouth + 1;
            continue;
        }
        // "29 (49%) patients were hospitalized": a share in brackets before the noun.
        if i == q.last + 1 && cx.slice(i) == "(" {
            let close = (i + 1..(i + 5).min(cx.end)).find(|&j| cx.slice(j) == ")");
            if let Some(close) = close.filter(|&c| (i + 1..c).any(|j| cx.slice(j) == "%")) {
                i = close + 1;
                limit = (limit + close + 1 - q.last).min(cx.end);
                continue;
            }
        }
        if cx.kind(i) == Some(TokenKind::Digits) {
            // "COVID-19" inside the phrase is a name, a standalone number is the next figure.
            if !cx.is_standalone_number(i) {
                i += 1;
                continue;
            }
            return Counted::Nothing;
        }
        if cx.kind(i) != Some(TokenKind::Word) {
            return Counted::Nothing;
        }
        // "2 more H5N1 cases": letters glued to digits after them are a name ("H" is
        // no hour there).
        if cx.attached(i + 1) && cx.kind(i + 1) == Some(TokenKind::Digits) {
            i += 2;
            limit = (limit + 2).min(cx.end);
            continue;
        }
        let found = cx.with_word(i, |w| {
            // "47 fatal victims" (translated "víctimas fatales").
            if w == "victims" && cx.word_is(i.wrapping_sub(1), &["fatal", "mortal"]) {
                return Some(Counted::Metric(Metric::Deaths, i));
            }
            // "1 lives in Box Elder County": the verb, not the lives lost ("has claimed 11
            // lives in the country").
            let lost = ["claimed", "claiming", "cost", "costing", "taken", "took", "lost", "saved"];
            if w == "lives"
                && cx.word_is(i + 1, &["in", "at", "near", "with", "on", "outside"])
                && !cx.word_is(q.first.wrapping_sub(1), &lost)
            {
                return Some(Counted::Nothing);
            }
            if let Some(metric) = counted_metric(w) {
                // "64 environmental samples", "14 sewage samples": not people tested.
                if metric == Metric::Tests && (q.last + 1..i).any(|j| cx.word_is(j, ENVIRONMENT)) {
                    return Some(Counted::Other("samples of the environment, not of people"));
                }
                // "25,000 rapid diagnostic test kits".
                // "has ordered 200m rapid antigen tests": tests bought are supplies too, and
                // so are tests handed out ("has distributed 250 000 rapid tests").
                let bought = q.first > cx.first
                    && cx.word_is(
                        q.first - 1,
                        &[
                            "ordered", "bought", "purchased", "procured", "donated", "delivered", "shipped",
                            "distributed", "dispatched", "supplied", "allocated", "stockpiled",
                        ],
                    );
                if metric == Metric::Tests
                    && (bought || cx.word_is(i + 1, &["kits", "kit", "strips", "cartridges", "reagents"]))
                {
                    return Some(Counted::Other("counts supplies or facilities, not people"));
                }
                // "Fifteen of the cases were hospitalized", "Three cases died": what is
                // said of the cases is what is counted.
                let said_of_them = cx.word_is(i + 1, &["were", "are", "was", "is", "have", "has", "had", "remain"])
                    || cx.word_is(i + 1, &["died", "recovered"]);
                let state = predicate_after(cx, i).filter(|&(m, at)| {
                    said_of_them
                        && at <= i + 3
                        && matches!(m, Metric::Deaths | Metric::Hospitalized | Metric::Recovered | Metric::Active)
                });
                if let Some((state, at)) = state.filter(|_| metric == Metric::Cases) {
                    return Some(Counted::Metric(state, at));
                }
                // "9,55,319 active cases": people ill now.
                // ("seven of the active cases were diagnosed in the past four weeks": the
                // ones that came in lately, new cases.)
                let active = metric == Metric::Cases
                    && (q.last + 1..i).any(|j| cx.word_is(j, &["active"]))
                    && !diagnosed_lately(cx, i);
                let metric = if active { Metric::Active } else { metric };
                // "cases of deaths" never happens; "cases" may be followed by "deaths" in
                // "suspected cases deaths": take the first counted word.
                return Some(Counted::Metric(metric, i));
            }
            // "1,122 confirmed by laboratory": a status word standing for cases.
            if subject_of(w).is_some() && (cx.kind(i + 1) != Some(TokenKind::Word) || cx.has(i + 1, PHRASE_ENDS)) {
                return Some(Counted::Metric(Metric::Cases, i));
            }
            if cx.has(i, PEOPLE) || names_its_people(cx, q, i) {
                // "tested more than 400 people with symptoms": the verb before says what
                // was counted; otherwise what is said of the people after.
                let tested = verb_before(cx, q).filter(|(metric, _)| *metric == Metric::Tests);
                // "have tested stool samples from 112 people": the people the samples are of.
                let samples_from = q.first >= 2
                    && cx.word_is(q.first - 1, &["from"])
                    && cx.word_is(q.first - 2, &["samples", "specimens", "swabs"])
                    // ("We have taken samples from 15 patients and sent them to the institute".)
                    && (q.first.saturating_sub(6).max(cx.first)..q.first - 2)
                        .any(|j| cx.word_is(j, &["tested", "taken", "took", "collected", "obtained"]));
                let tested = tested.or_else(|| samples_from.then(|| (Metric::Tests, q.first - 2)));
                // "Fourteen of the patients are Brackenridge residents", "The patients include
                // 14 residents of Brackenridge": a part of the patients is cases.
                let of_patients = cx.word_is(i, &["patients", "victims"]) && partitive_of(cx, q);
                let among_patients = q.first >= 2
                    && cx.word_is(q.first - 1, &["include", "includes", "included", "including"])
                    && cx.word_is(q.first - 2, &["patients", "victims", "cases", "sick"]);
                // "Kessa reported 310 patients": patients a place reports are its cases.
                // ("we have identified 16 new patients": found ill.)
                let reported = cx.word_is(i, &["patients"])
                    && (cx.word_is(q.first.wrapping_sub(1), REPORTING_VERBS)
                        || cx.word_is(q.first.wrapping_sub(1), &["identified", "detected", "diagnosed", "found"]));
                let patients = (of_patients || among_patients || reported).then_some((Metric::Cases, i));
                // "has killed 57 people and infected more than 3,100": a predicate past "and"
                // is the next number's, when a verb before says what these were.
                let verb = verb_before(cx, q);
                // ("38,417 persons and deaths 6 persons": a word right before the next
                // number is its label, no predicate of these people.)
                let predicate = predicate_after(cx, i)
                    .filter(|&(_, at)| verb.is_none() || !(i + 1..at).any(|j| cx.word_is(j, &["and", "or"])))
                    .filter(|&(_, at)| !cx.is_standalone_number(at + 1));
                // "found patients in total 38,417 persons": persons the patients before
                // the number are counted as.
                let patients_before = cx
                    .word_is(i, &["persons", "people"])
                    .then(|| {
                        (q.first.saturating_sub(5).max(cx.first)..q.first)
                            .rev()
                            .take_while(|&j| !cx.is_standalone_number(j) && !cx.is_clause_break(j))
                            .find(|&j| cx.word_is(j, &["patients"]))
                    })
                    .flatten()
                    .map(|at| (Metric::Cases, at));
                // "the second person to die": a rank in words of the latest death.
                let rank_to_die = q.in_words
                    && cx.with_word(q.first, super::number::ordinal_word).is_some()
                    && cx.word_is(i + 1, &["to"])
                    && cx.word_is(i + 2, &["die"]);
                let rank_to_die = rank_to_die.then_some((Metric::Deaths, i + 2));
                // "... and deaths 5 persons": a counted word right before the number labels it
                // (not one ending the line above: "23 deaths\n900,000 refugees").
                let labelled = q
                    .first
                    .checked_sub(1)
                    .filter(|&b| cx.inside(b) && !cx.doc.tokens[q.first].line_before)
                    .and_then(|b| cx.with_word(b, counted_metric).map(|metric| (metric, b)))
                    // "In hospital — 58 people", "Recovered: 402 people": a label's.
                    .or_else(|| {
                        let mark = q.first.checked_sub(1).filter(|&b| cx.inside(b))?;
                        matches!(cx.slice(mark), ":" | "\u{2014}" | "\u{2013}").then(|| metric_before(cx, q)).flatten()
                    });
                // "The vaccination campaign ... reached 212 500 persons": the people a
                // campaign reached were vaccinated.
                let campaign_reached = cx
                    .word_is(q.first.wrapping_sub(1), &["reached", "covered"])
                    .then(|| {
                        (cx.first..q.first).find(|&j| cx.word_is(j, &["vaccination", "immunization", "immunisation"]))
                    })
                    .flatten()
                    .map(|at| (Metric::Vaccinated, at));
                // "seven deaths had been confirmed ..., while 11 others were under
                // investigation": others of what the number before counted.
                let others = cx
                    .word_is(i, &["others"])
                    .then(|| (cx.first..q.first).rev().find(|&j| cx.is_standalone_number(j) || cx.has(j, NUMBER_START)))
                    .flatten()
                    .and_then(|j| (j + 1..(j + 4).min(q.first)).find_map(|k| cx.with_word(k, counted_metric)))
                    .map(|metric| (metric, i));
                // "41 people have been confirmed with Salmonella infection": people
                // confirmed with the disease are its cases.
                let confirmed_with = (i + 1..(i + 4).min(cx.end))
                    .take_while(|&j| {
                        cx.word_is(j, &["have", "has", "had", "been", "were", "was", "are", "is", "confirmed"])
                    })
                    .find(|&j| cx.word_is(j, &["confirmed"]) && cx.word_is(j + 1, &["with", "as", "to"]))
                    .map(|at| (Metric::Cases, at));
                // "17 people with confirmed Legionnaires' disease": so are people with it
                // (not a group a part is told of: "Among 62 pregnant women with confirmed
                // infection, 14 had ...").
                let with_disease = (cx.word_is(i + 1, &["with"]) && !cx.word_is(q.first.wrapping_sub(1), &["among"]))
                    .then(|| {
                        (i + 2..(i + 6).min(cx.end)).take_while(|&j| !cx.is_clause_break(j)).find(|&j| {
                            cx.has(j, DISEASE) || cx.word_is(j, &["disease", "infection", "infections", "illness"])
                        })
                    })
                    .flatten()
                    .map(|at| (Metric::Cases, at));
                let said = rank_to_die
                    .or(others)
                    .or(confirmed_with)
                    .or(tested)
                    .or(predicate)
                    .or(verb)
                    .or(patients)
                    .or(patients_before)
                    .or(labelled)
                    .or(campaign_reached)
                    .or(with_disease)
                    // "1,237 new sufferers recorded" (Indonesian "penderita"): the noun says ill.
                    .or(cx.word_is(i, &["sufferers", "sufferer"]).then_some((Metric::Cases, i)))
                    .or_else(|| received_a_vaccine(cx, i));
                // "The deaths were recorded in Upper Varn sub-district (2 people), Lomar (2
                // people)": a place's bracketed count of people counts what the sentence
                // counts, as "Upper Varn (2)" would.
                let bracketed = q.first >= 2
                    && cx.slice(q.first - 1) == "("
                    && (cx.is_capitalized(q.first - 2) || cx.has(q.first - 2, PLACE_NOUN))
                    && cx.slice(i + 1) == ")";
                // "found in Hatvan province 2 persons": the same, right after a place's unit.
                let after_a_unit = q.first >= 2
                    && cx.has(q.first - 1, PLACE_NOUN)
                    && !cx.is_capitalized(q.first - 1)
                    && cx.is_capitalized(q.first - 2);
                // "was 14,206 persons, increased from 12,915 persons in the previous
                // week": an earlier value counts what the figure it is compared with does.
                if said.is_none() && (bracketed || after_a_unit || earlier_value_of_previous(cx, q)) {
                    return Some(Counted::Nothing);
                }
                return Some(match said {
                    Some((metric, at)) => Counted::Metric(metric, at),
                    None => Counted::Other("counts people without saying they were ill (a population?)"),
                });
            }
            // "1,240 contacts were vaccinated in a ring": contacts are no figure, the
            // people vaccinated are.
            // So are health workers vaccinated ("212 front-line workers and contacts").
            if w == "contacts" || other_counted(w) == Some(RESPONDERS_REASON) {
                let vaccinated = |j: &usize| cx.with_word(*j, predicate_metric) == Some(Metric::Vaccinated);
                let after = (i + 1..(i + 14).min(cx.end))
                    .take_while(|&j| !cx.is_standalone_number(j) && !cx.is_clause_break(j))
                    .find(vaccinated);
                let before = verb_before(cx, q).filter(|(metric, _)| *metric == Metric::Vaccinated);
                if let Some(at) = after.or(before.map(|(_, at)| at)) {
                    return Some(Counted::Metric(Metric::Vaccinated, at));
                }
            }
            // "Two poultry workers tested positive": animals describing the people.
            let describes_people = cx.has(i + 1, PEOPLE) || cx.word_is(i + 1, WORKERS);
            if describes_people && other_counted(w) == Some(ANIMALS_REASON) {
                return None;
            }
            // "Two farm workers tested positive, bringing the total to 11": a group of
            // people whose count adds to the outbreak's total is its new count.
            if cx.word_is(i, WORKERS) {
                let adds_to_total = (i + 1..cx.end).any(|j| cx.word_is(j, &["bringing", "taking", "raising"]));
                let ill = predicate_after(cx, i).filter(|(m, _)| matches!(m, Metric::Cases | Metric::Deaths));
                if let Some((metric, at)) = ill.filter(|_| adds_to_total) {
                    return Some(Counted::Metric(metric, at));
                }
            }
            // "compared to 102 the week before", "against 38 that day": a time phrase
            // dating the number, not a duration.
            // ("41,877 year to date": a running total's words.)
            // ("in the three previous years": years counted, a duration.)
            let counted_span = i == q.last + 2 && w.ends_with('s');
            let dated = i > q.last + 1
                && cx.word_is(i - 1, &["the", "this", "that", "previous", "last", "same"])
                && !counted_span
                || cx.word_is(i, &["year"]) && cx.word_is(i + 1, &["to"]) && cx.word_is(i + 2, &["date"]);
            if let Some(reason) = other_counted(w).filter(|&r| !(dated && r == DURATION_REASON)) {
                return Some(Counted::Other(reason));
            }
            None
        });
        if let Some(counted) = found {
            return counted;
        }
        // "3,412 hepatitis A cases": a disease's type letter is part of its name, not
        // the article "a".
        let type_letter = i > q.last + 1 && cx.slice(i).len() == 1 && cx.is_capitalized(i) && cx.has(i - 1, DISEASE);
        if type_letter {
            i += 1;
            continue;
        }
        // Modifiers, disease names and other describing words may stand in between
        // ("412 new cholera cases", "3,000 army medical personnel"); a function word
        // ends the phrase, but "31 had died" speaks of people without naming them.
        if cx.has(i, PHRASE_ENDS) {
            let elliptic = i == q.last + 1 && cx.word_is(i, ELLIPTIC_VERBS);
            // "Of the 140 cases, 90 were confirmed by laboratory and 50 are probable": a
            // status said of them makes them cases of that status.
            // ("702 are laboratory-confirmed").
            // ("14 are classed as probable".)
            let hyphenated = cx.word_is(i + 1, &["laboratory", "lab"]) && cx.slice(i + 2) == "-";
            let classed = cx.word_is(i + 1, &["classed", "classified", "considered"]) && cx.word_is(i + 2, &["as"]);
            let status = if hyphenated || classed { i + 3 } else { i + 1 };
            if elliptic && cx.with_word(status, subject_of).is_some() && !cx.word_is(status + 1, &["as"]) {
                return Counted::Metric(Metric::Cases, status);
            }
            return match predicate_after(cx, q.last).filter(|(_, at)| elliptic && *at <= i + 4) {
                Some((metric, at)) => Counted::Metric(metric, at),
                None => Counted::Nothing,
            };
        }
        if i == q.last + 1 && cx.word_is(i, ELLIPTIC_VERBS) {
            if let Some((metric, at)) = predicate_after(cx, q.last).filter(|(_, at)| *at <= i + 4) {
                return Counted::Metric(metric, at);
            }
        }
        if i == q.last + 1 {
            if let Some(metric) = cx.with_word(i, |w| predicate_metric(w).filter(|_| w.ends_with("ed"))) {
                // "31 died", "12 recovered".
                return Counted::Metric(metric, i);
            }
        }
        i += 1;
    }
    Counted::Nothing
}

/// The last word of "hand, foot and mouth" (or "hand-foot-and-mouth") when its first
/// word is at `i`.
fn hand_foot_and_mouth(cx: &Context<'_>, i: usize) -> Option<usize> {
    if !cx.word_is(i, &["hand"]) {
        return None;
    }
    let mut words = ["foot", "and", "mouth"].into_iter();
    let mut next = words.next();
    let mut j = i + 1;
    while let Some(word) = next {
        match cx.slice(j) {
            "," | "-" => {}
            _ if cx.word_is(j, &[word]) => next = words.next(),
            _ => return None,
        }
        j += 1;
    }
    Some(j - 1)
}

/// Whether the cases counted at `noun` are said to have been diagnosed in a recent
/// period: "were diagnosed in the past four weeks", "were confirmed in the last 7 days".
fn diagnosed_lately(cx: &Context<'_>, noun: usize) -> bool {
    let verb = noun + 2;
    cx.word_is(noun + 1, &["were", "was", "have", "had"])
        && cx.word_is(verb, &["diagnosed", "confirmed", "detected", "identified", "reported", "been"])
        && (verb + 1..(verb + 6).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| opens_recent_period(cx, i))
}

/// Words that make samples the environment's: "sewage samples", "water samples".
const ENVIRONMENT: &[&str] = &[
    "environmental", "environment", "sewage", "wastewater", "water", "soil", "food", "surface", "surfaces",
    // "11 product samples", "46 dog brain samples": goods and animals, not people.
    "product", "products", "dog", "dogs", "animal", "animals", "bird", "birds", "poultry", "cattle", "meat",
    // "1,250 pig samples", "300 tick samples".
    "pig", "pigs", "swine", "monkey", "monkeys", "bat", "bats", "rodent", "rodents", "tick", "ticks", "mosquito",
    "mosquitoes", "camel", "camels", "goat", "goats", "sheep", "cow", "cows",
    // "1,400 bulk milk tank samples".
    "milk", "tank", "herd", "flock", "carcass", "carcasses",
];

/// A footnote mark, a plus ("900,000+ refugees") or a pictograph (emoji) standing
/// alone: "*", "†", "📈".
fn is_mark(token: &str) -> bool {
    let mut chars = token.chars();
    let (Some(first), rest) = (chars.next(), chars.as_str()) else { return false };
    let pictograph = matches!(u32::from(first), 0x2600..=0x27BF | 0x1F000..=0x1FAFF);
    // Emoji may carry a variation selector or a skin tone after them.
    let modifiers = rest.chars().all(|c| matches!(u32::from(c), 0xFE0F | 0x1F3FB..=0x1F3FF));
    (matches!(first, '*' | '+' | '\u{2020}' | '\u{2021}' | '\u{a7}') && rest.is_empty()) || pictograph && modifiers
}

/// Groups of people a caption may break a count down by.
const GROUPINGS: &[&str] =
    &["age", "sex", "gender", "status", "vaccination", "dose", "doses", "ethnicity", "race", "occupation"];

/// "Cases by vaccination status" over "- Fully vaccinated: 6": a list item under a
/// caption that breaks a count down by groups of people is a part of that count, not a
/// count of its own.
fn under_a_caption_by_group(cx: &Context<'_>) -> bool {
    let is_item = |i: usize| bullet_at(cx.doc, i);
    if !is_item(cx.first) {
        return false;
    }
    // Back over the list's earlier items, to the line above them.
    let mut line_end = cx.first;
    for i in (cx.first.saturating_sub(80)..cx.first).rev() {
        if !cx.doc.tokens[i].line_before {
            continue;
        }
        if !is_item(i) {
            return (i..line_end).any(|by| cx.doc.word_in(by, &["by"]) && cx.doc.word_in(by + 1, GROUPINGS));
        }
        line_end = i;
    }
    false
}

/// The predicate after a people-noun: "people had been confirmed infected".
fn predicate_after(cx: &Context<'_>, noun: usize) -> Option<(Metric, usize)> {
    // "3.4 million people — about 62 percent of adults — are fully vaccinated", "44.58
    // million people, or 86.9 percent of the population, had received two doses": the
    // predicate follows a share set between commas or dashes.
    let is_opener = |i: usize| matches!(cx.slice(i), "," | "\u{2014}" | "\u{2013}" | "-");
    // ("3,412 people in the two towns, mainly children, have been vaccinated": where the
    // people are may come before the aside.)
    let open = if cx.word_is(noun + 1, &["in", "from", "across"]) {
        (noun + 2..(noun + 7).min(cx.end))
            .take_while(|&i| is_opener(i) || !cx.is_clause_break(i) && !cx.is_standalone_number(i))
            .find(|&i| is_opener(i))
            .unwrap_or(noun + 1)
    } else {
        noun + 1
    };
    let opener = cx.slice(open);
    let aside_end = is_opener(open)
        // (Who one person was may take longer to tell.)
        .then(|| {
            let reach = if cx.word_is(noun.wrapping_sub(1), &["one"]) { 18 } else { 14 };
            (open + 1..(open + reach).min(cx.end)).find(|&i| cx.slice(i) == opener)
        })
        .flatten()
        .filter(|&close| {
            (open + 1..close).any(|i| cx.word_is(i, &["percent", "per"]) || cx.slice(i) == "%")
                // "1,150 people, including 310 health workers, have been vaccinated".
                || cx.word_is(open + 1, &["including", "among"])
                // "4,210 people, mostly contacts of cases, had been vaccinated".
                || cx.word_is(open + 1, &["mostly", "mainly", "most", "many", "all", "largely", "chiefly"])
                    && (open + 1..close).all(|i| !cx.is_standalone_number(i))
                // "Two children, aged 11 months and 3 years, have died": their ages.
                || cx.word_is(open + 1, &["aged", "ages"])
                // "One more patient, an 81-year-old woman with kidney disease, died": who
                // the one more person was (not "One patient, a child, is believed to
                // have been infected ...": a part described).
                // ("one of the patients, a man in his eighties ..., has died" too.)
                // ("one person, a Franklin County resident in their 70s, has died".)
                || cx.word_is(noun.wrapping_sub(1), &["one"])
                    && cx.word_is(open + 1, &["a", "an"])
                    && (open + 2..close).any(|i| cx.word_is(i, ONE_PERSON))
                    && (close + 1..(close + 3).min(cx.end)).any(|i| cx.word_is(i, &["died", "dies"]))
                || (cx.word_is(noun.wrapping_sub(1), &["more", "new", "additional", "further"])
                    || cx.word_is(noun.wrapping_sub(1), &["the"])
                        && cx.word_is(noun.wrapping_sub(2), &["of"])
                        && cx.word_is(noun.wrapping_sub(3), &["one"]))
                    && cx.word_is(open + 1, &["a", "an"])
                    && (open + 2..close).any(|i| cx.word_is(i, ONE_PERSON) || cx.word_is(i, &["year"]))
        });
    // "1,128 patients were reported": patients reported are cases.
    let patients = cx.word_is(noun, &["patients"]);
    // "Twenty-one patients (55%) were hospitalized": past their share in brackets.
    let noun = aside_end.or_else(|| share_in_brackets_after(cx, noun)).unwrap_or(noun);
    let limit = (noun + 10).min(cx.end);
    // ("87 people in the northern German state of Lower Saxony had fallen ill": where
    // they live may take as long.)
    let limit = if cx.word_is(noun + 1, &["aged", "in", "from"]) { (noun + 14).min(cx.end) } else { limit };
    let mut described = None;
    for i in noun + 1..limit {
        // "children aged 6 weeks to 15 years have been vaccinated": ages do not end it.
        // ", or 86.9 percent of the population," does not end it either.
        // (Asked of numbers only.)
        let age = || {
            cx.word_is(i + 1, &["weeks", "months", "years", "to", "and", "percent"])
                || cx.word_is(i - 1, &["aged", "to"])
                || cx.slice(i + 1) == "%"
        };
        // "Of the 12 patients, four have died": a number word after a comma has its own
        // predicate.
        let number_word = cx.slice(i - 1) == "," && cx.has(i, NUMBER_START) && !cx.word_is(i, &["a", "an", "half"]);
        if cx.is_standalone_number(i) && !age() || cx.is_clause_break(i) || number_word {
            return described;
        }
        // "showed fever symptoms", "tested positive", "lost their lives", "in hospital".
        let found = cx.with_word(i, |w| match w {
            // "had received a free first dose", "have received the anti-rabies vaccine".
            "received" | "had"
                if (i + 1..i + 6).any(|j| {
                    cx.word_is(j, &["dose", "doses", "jab", "jabs", "shot", "shots", "vaccine", "vaccines"])
                }) =>
            {
                Some(Metric::Vaccinated)
            }
            "lost" | "losing" | "lose" if cx.word_is(i + 2, &["lives", "life"]) => Some(Metric::Deaths),
            // "released from hospitals after recovery", "had completed treatment and
            // been discharged": patients who got well, not ones in hospital.
            "released" | "completed" | "finished"
                if (i + 1..(i + 4).min(cx.end)).any(|j| {
                    cx.word_is(j, &["hospital", "hospitals", "treatment", "recovery", "isolation", "care"])
                }) =>
            {
                Some(Metric::Recovered)
            }
            // "twelve have gone home": patients sent home well.
            "gone" | "went" | "sent" | "returned" if cx.word_is(i + 1, &["home"]) => Some(Metric::Recovered),
            "tested" if cx.word_is(i + 1, &["positive"]) => Some(Metric::Cases),
            // "187 people were diagnosed with the disease".
            "diagnosed" if cx.word_is(i + 1, &["with"]) => Some(Metric::Cases),
            "confirmed" if cx.word_is(i + 1, &["as", "positive", "cases"]) => Some(Metric::Cases),
            "fell" | "fallen" | "falling" if cx.word_is(i + 1, &["ill", "sick"]) => Some(Metric::Cases),
            // "146 dengue patients were undergoing treatment in Delhi government
            // hospitals": patients in hospital, in Indian English (a Bangladeshi bulletin's
            // patients "receiving treatment" at hospitals are its active cases).
            "undergoing"
                if cx.word_is(i + 1, &["treatment"])
                    && (i + 2..(i + 7).min(cx.end)).any(|j| cx.word_is(j, &["hospital", "hospitals"])) =>
            {
                Some(Metric::Hospitalized)
            }
            // "62 patients are receiving inpatient treatment": in hospital.
            "under" | "receiving" | "undergoing" if cx.word_is(i + 1, &["inpatient"]) => Some(Metric::Hospitalized),
            "under" | "receiving" if cx.word_is(i + 1, &["treatment", "care"]) => Some(Metric::Active),
            "treatment" if treatment_over(cx, i) => None,
            // "nine have been treated and discharged": the treatment is over.
            // ("13 had been treated with antibiotics and discharged".)
            "treated"
                if (i + 1..(i + 5).min(cx.end)).any(|j| {
                    cx.word_is(j, &["and"]) && cx.word_is(j + 1, &["discharged", "released", "recovered"])
                }) =>
            {
                Some(Metric::Recovered)
            }
            // "At the island's hospitals, 58 patients were being treated on Tuesday".
            "treated" if (cx.first..cx.end).any(|j| cx.word_is(j, &["hospital", "hospitals"])) => {
                Some(Metric::Hospitalized)
            }
            // "31 people have been treated for anthrax since October": the ill.
            "treated"
                if cx.word_is(i + 1, &["for"])
                    && (cx.has(i + 2, DISEASE) || cx.word_is(i + 2, &["the"]) && cx.word_is(i + 3, &["disease"])) =>
            {
                Some(Metric::Cases)
            }
            "reported" | "notified" | "recorded" | "registered" | "diagnosed"
                if patients
                    && (noun + 1..i).all(|j| cx.word_is(j, &["were", "was", "have", "had", "been", "newly"])) =>
            {
                Some(Metric::Cases)
            }
            // "people who shared the meat from the dead animals": the animals died, or
            // fell ill.
            "dead" | "sick" | "ill" | "infected" if cx.has(i + 1, ANIMALS) => None,
            _ => predicate_metric(w),
        });
        // "1,960 people with influenza-like symptoms have been tested": symptoms the
        // people are described by give way to a verb after them that says what was
        // counted.
        let describes = found == Some(Metric::Cases)
            && cx.word_is(i, &["symptoms"])
            && (i.saturating_sub(4).max(noun)..i).any(|j| cx.word_is(j, &["with"]));
        // "151 of the 214 had never received a dose": people the predicate is denied of
        // are no count of it (a part by vaccination status, at most).
        if found.is_some() && negated_around(cx, noun, i) {
            return None;
        }
        if let Some(metric) = found {
            if !describes {
                return Some((metric, i));
            }
            described = described.or(Some((metric, i)));
        }
    }
    described
}

/// The verb before a number of people: "tested 184,400 people", "sickened 8,443 people".
fn verb_before(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let verb = q.first.checked_sub(1)?;
    let metric = cx.with_word(verb, |w| match w {
        "tested" => Some(Metric::Tests),
        "vaccinated" | "inoculated" | "immunised" | "immunized" => Some(Metric::Vaccinated),
        // "The outbreak involves 24 persons", "a cluster involving eight children".
        "sickened" | "infected" | "involves" | "involving" | "involved" => Some(Metric::Cases),
        "killed" => Some(Metric::Deaths),
        "hospitalised" | "hospitalized" | "admitted" => Some(Metric::Hospitalized),
        // "its hospitals were treating between 300 and 350 patients".
        "treating" if (verb.saturating_sub(6).max(cx.first)..verb).any(|i| cx.word_is(i, FACILITIES)) => {
            Some(Metric::Hospitalized)
        }
        // "The immunization campaign began on Oct. 5. As of Sunday, it had reached
        // 412,600 children": the people a vaccination campaign reached.
        "reached" | "covered" if cx.has(q.last + 1, PEOPLE) && vaccination_told_before(cx, verb) => {
            Some(Metric::Vaccinated)
        }
        _ => None,
    })?;
    Some((metric, verb))
}

/// Whether a vaccination campaign is told in the 40 tokens before token `at` (the
/// sentence or the one before): "The outbreak response immunization (ORI) campaign".
fn vaccination_told_before(cx: &Context<'_>, at: usize) -> bool {
    let told = |words: &[&str]| (at.saturating_sub(40)..at).any(|i| cx.doc.word_in(i, words));
    told(&["immunization", "immunisation", "vaccination"]) && told(&["campaign", "drive", "programme", "program"])
}

/// A counted word before the number: "the death toll rose to 61", "deaths: 8",
/// "Cholera cases in the port city of Beira have risen to 1,428".
fn metric_before(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    cx.remember(|asked| &asked.metric_before, q, || find_metric_before(cx, q))
}

/// Finds [`metric_before`] for a number not yet asked about.
fn find_metric_before(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let mut i = q.first;
    let stop = q.first.saturating_sub(14).max(cx.first);
    // "Deaths: 8", "Patients currently under treatment: 2,310": a label. So is a line's
    // few words before a dash: "In hospital — 58".
    let label = cx.slice(q.first.wrapping_sub(1)) == ":" || line_label_opening(cx, q, 8).is_some();
    while i > stop {
        i -= 1;
        // "New cases (last 24 hours): 4": a label's bracketed period does not interrupt.
        if label && cx.slice(i) == ")" {
            if let Some(open) = (stop..i).rev().find(|&j| cx.slice(j) == "(") {
                i = open;
                continue;
            }
        }
        // "Samples tested in the last 24 hours: 212": a label's period does not interrupt.
        if label && cx.word_is(i.wrapping_sub(1), &["last", "past"]) && cx.word_is(i + 1, &["hours", "hrs", "days"]) {
            continue;
        }
        // "rose by 991 to 69,210": the change does not interrupt.
        let change = || cx.word_is(i.wrapping_sub(1), &["by"]);
        // "Cumulative tests conducted since March 2020 now stand at": a year neither.
        let year_of_month = || {
            cx.slice(i).len() == 4
                && cx.slice(i).parse::<u32>().is_ok_and(|year| (1900..=2100).contains(&year))
                && cx.with_word(i.wrapping_sub(1), |w| super::calendar::month_of(w).is_some())
        };
        // ("the number of patients this year through Nov. 14 to 4,127": a day neither.)
        if cx.is_standalone_number(i) && !change() && !year_in_phrase(cx, i) && !year_of_month() && !cx.in_date(i)
            || cx.slice(i) == ";"
        {
            return None;
        }
        // "The number of people who have recuperated ... surged to": a predicate of people.
        let of_people = move || (i.saturating_sub(4)..i).any(|j| cx.has(j, PEOPLE));
        let found = cx.with_word(i, |w| match w {
            "toll" => Some(Metric::Deaths),
            "victims" if cx.word_is(i.wrapping_sub(1), &["fatal", "mortal"]) => Some(Metric::Deaths),
            "tally" => Some(Metric::Cases),
            // "the malaria count for the year has touched 9,716".
            "count" if cx.has(i.wrapping_sub(1), DISEASE) => Some(Metric::Cases),
            // "The count had stood at two on Saturday": the outbreak's count, opening the
            // sentence.
            "count" if i == cx.first + 1 && cx.word_is(cx.first, &["the"]) => Some(Metric::Cases),
            // "Fa'asaleleaga has the highest count with 119": a ranking of the outbreak's count.
            "count" if cx.word_is(i.wrapping_sub(1), &["highest", "largest"]) => Some(Metric::Cases),
            "patients" if ranks_places_by_patients(cx, i) || reported_patients(cx, i) || number_of_patients(cx, i) => {
                Some(Metric::Cases)
            }
            // An outbreak memo's key figures: "New symptomatic patients in the last 24
            // hours: 7", "Patients currently symptomatic: 29" (ill now), "Patients now 48
            // hours symptom-free: 58" (well again).
            "symptomatic" if label || of_people() => Some(if cx.word_is(i.wrapping_sub(1), &["currently", "still"]) {
                Metric::Active
            } else {
                Metric::Cases
            }),
            "free"
                if (label || of_people())
                    && cx.slice(i.wrapping_sub(1)) == "-"
                    && cx.word_is(i.wrapping_sub(2), &["symptom"]) =>
            {
                Some(Metric::Recovered)
            }
            "treatment" if treatment_over(cx, i) => None,
            // "Patients currently admitted at cholera treatment centres: 241": a facility's
            // name, not the patients' state; the verb before it counts.
            "treatment" | "isolation"
                if cx.word_is(i + 1, &["centre", "centres", "center", "centers", "units", "unit"]) =>
            {
                None
            }
            _ => counted_metric(w).or_else(|| if label || of_people() { predicate_metric(w) } else { None }),
        });
        // "Deaths among confirmed cases: 52": a label's head noun counts, not its
        // qualifier.
        if let Some(head) = found.and(label.then(|| metric_of_label_head(cx, i)).flatten()) {
            return Some(head);
        }
        if let Some(metric) = found {
            let active = metric == Metric::Cases && cx.word_is(i.wrapping_sub(1), &["active"]);
            return Some((if active { Metric::Active } else { metric }, i));
        }
    }
    None
}

/// "Marsh district has reported the highest number of patients this year with 1,210":
/// places ranked by their patients are ranked by their cases, not by a hospital census.
fn ranks_places_by_patients(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i.wrapping_sub(1), &["of"])
        && cx.word_is(i.wrapping_sub(2), &["number"])
        && cx.word_is(i.wrapping_sub(3), &["highest", "largest", "most"])
        // "South Jeolla Province reported the most patients with 1,034".
        || cx.word_is(i.wrapping_sub(1), &["most"]) && cx.word_is(i.wrapping_sub(2), &["the"])
}

/// "This brought the number of patients this year through Nov. 14 to 4,127": the
/// patients an outbreak's count is of (not "the number of patients in intensive care").
fn number_of_patients(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i.wrapping_sub(1), &["of"])
        && cx.word_is(i.wrapping_sub(2), &["number"])
        && !cx
            .word_is(i + 1, &["in", "on", "under", "receiving", "admitted", "hospitalized", "hospitalised", "treated"])
}

/// "in the week through Sunday", "during the week to 12 May" before the number, with no
/// other number between: the index of "week".
fn week_named_before(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    (cx.first + 2..q.first).rev().take_while(|&i| !cx.is_standalone_number(i)).find(|&i| {
        cx.word_is(i, &["week"])
            && cx.word_is(i - 1, &["the"])
            && cx.word_is(i - 2, &["in", "during", "for"])
            && cx.word_is(i + 1, &["through", "to", "ending", "ended", "until"])
    })
}

/// "The number of mumps patients reported ... rose to 2,210": patients a surveillance
/// system reports are its cases.
fn reported_patients(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i + 1, REPORTING_VERBS)
}

/// Verbs with which surveillance tells the cases it counted.
const REPORTING_VERBS: &[&str] = &["reported", "recorded", "registered", "notified", "logged"];

/// "Deaths among confirmed cases:": the counted noun a label opens with, when a
/// qualifier ("among", "in") leads to the counted word at `i`.
fn metric_of_label_head(cx: &Context<'_>, i: usize) -> Option<(Metric, usize)> {
    let among = (i.saturating_sub(3).max(cx.first)..i).find(|&j| cx.word_is(j, &["among", "in", "of"]))?;
    let head = among.checked_sub(1).filter(|&h| cx.inside(h))?;
    cx.with_word(head, counted_metric).filter(|_| head == cx.first || clause_starts_at(cx, head)).map(|m| (m, head))
}

/// The metric named near a number with no counted word after it: before it, after a
/// list of bracketed numbers it belongs to, or by a breakdown by place.
fn metric_near(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    metric_before(cx, q)
        .or_else(|| metric_after_bracketed_list(cx, q))
        .or_else(|| cases_by_place(cx, q))
        .or_else(|| trend_label(cx, q).and_then(|colon| label_metric(cx, colon)))
}

/// Arrows of a dashboard's trend line: "▼ 71 → 64 → 61 → 56".
pub(crate) const TREND_ARROWS: &[&str] =
    &["\u{2192}", "\u{25B2}", "\u{25BC}", "\u{2191}", "\u{2193}", "\u{25B4}", "\u{25BE}"];

/// The ":" ending the label of the trend line `q` is in ("Weekly new cases, last 4
/// weeks: ▼ 71 → 64 → 61 → 56"): numbers joined by "→" after a label's colon.
pub(crate) fn trend_label(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let in_chain = |i: usize| TREND_ARROWS.contains(&cx.slice(i)) || cx.is_standalone_number(i) || cx.slice(i) == ",";
    let colon =
        (cx.first..q.first).rev().take_while(|&i| in_chain(i) || cx.slice(i) == ":").find(|&i| cx.slice(i) == ":")?;
    let chain_end = (q.last + 1..cx.end).take_while(|&i| in_chain(i)).last().unwrap_or(q.last);
    let joined = (colon + 1..=chain_end).any(|i| cx.slice(i) == "\u{2192}");
    joined.then_some(colon)
}

/// "Eighty-three people have now fallen ill ... The number is up from 57 reported on
/// Friday": an earlier value of the count the sentence before told.
fn the_count_told_before_up_from(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.word_is(cx.first, &["the", "this", "that"])
        && cx.word_is(cx.first + 1, &["number", "figure", "tally", "total", "count", "toll"])
        && q.first <= cx.first + 6
        && earlier_value_of_previous(cx, q)
}

/// Where the label of a line's number starts when the label is a few words (at most
/// `words`) before a dash right before the number: "🔹 In hospital — 58".
fn line_label_opening(cx: &Context<'_>, q: &Quantity, words: usize) -> Option<usize> {
    let dash = q.first.checked_sub(1)?;
    let opening = cx.first + usize::from(bullet_at(cx.doc, cx.first));
    (matches!(cx.slice(dash), "\u{2014}" | "\u{2013}")
        && (1..=words).contains(&dash.saturating_sub(opening))
        && (opening..dash).all(|j| cx.kind(j) == Some(TokenKind::Word)))
    .then_some(opening)
}

/// "🔹 Total since the beginning of the year — 497", "Total: 497": a label of a running
/// total that names no metric, which goes on with the figure told before it.
fn total_label(cx: &Context<'_>, q: &Quantity) -> bool {
    let opening = cx.first + usize::from(bullet_at(cx.doc, cx.first));
    let colon_label = || {
        q.first > opening + 1
            && cx.slice(q.first - 1) == ":"
            && (opening..q.first - 1).all(|j| cx.kind(j) == Some(TokenKind::Word))
    };
    let labelled = line_label_opening(cx, q, 10).is_some() || colon_label();
    labelled
        && (cx.word_is(opening, &["total", "cumulative"])
            || cx.word_is(opening, &["in"]) && cx.word_is(opening + 1, &["total"]))
}

/// The counted word of the label ending at `colon`: "Weekly new cases".
fn label_metric(cx: &Context<'_>, colon: usize) -> Option<(Metric, usize)> {
    (cx.first..colon).find_map(|i| cx.with_word(i, counted_metric).map(|m| (m, i)))
}

/// "Zamfara (3,118), Bauchi (2,455) and Kano (1,907) account for 41% of all
/// cumulative cases": a place's bracketed number in a list counts what the clause
/// after the list names.
fn metric_after_bracketed_list(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let bracketed = q.first > cx.first + 1
        && cx.slice(q.first - 1) == "("
        && cx.is_capitalized(q.first - 2)
        // "until this Tuesday (11)": a day of the month, not a place's count.
        && !cx.in_date(q.first - 2)
        && !cx.has(q.first - 2, DATE_START)
        && cx.slice(q.last + 1) == ")";
    if !bracketed {
        return None;
    }
    // Past the rest of the list: names, brackets, numbers in them, commas and "and".
    let mut i = q.last + 2;
    while i < cx.end
        && (cx.is_capitalized(i)
            || matches!(cx.slice(i), "(" | ")" | ",")
            || cx.word_is(i, &["and"])
            || cx.kind(i) == Some(TokenKind::Digits))
    {
        i += 1;
    }
    (i..(i + 10).min(cx.end))
        .take_while(|&j| !cx.is_clause_break(j) && !matches!(cx.slice(j), "," | ";" | "."))
        .find_map(|j| cx.with_word(j, counted_metric).map(|metric| (metric, j)))
}

/// "By district: Ruwenzo 38 | Bakora 19": a breakdown by place that names no metric
/// counts cases.
fn cases_by_place(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let label = (cx.first..q.first).find(|&i| {
        cx.word_is(i, &["by"]) && cx.has(i + 1, PLACE_NOUN) && matches!(cx.slice(i + 2), ":" | "-" | "\u{2014}")
    })?;
    let (first, _) = place_right_before(cx, q)?;
    (first > label).then_some((Metric::Cases, label + 1))
}

/// The figure before `q` in its sentence, when `q` is set off as a part of it:
/// "..., including 310", "..., among them 940", with no other number between.
fn included_in_previous<'p>(
    cx: &Context<'_>,
    q: &Quantity,
    previous: Option<(&'p Quantity, &'p Reading)>,
) -> Option<(&'p Quantity, &'p Reading)> {
    let including = cx.word_is(q.first.wrapping_sub(1), &["including", "incl"])
        || cx.word_is(q.first.wrapping_sub(1), &["them"]) && cx.word_is(q.first.wrapping_sub(2), &["among"]);
    let opener = if cx.word_is(q.first.wrapping_sub(1), &["them"]) { q.first - 2 } else { q.first.wrapping_sub(1) };
    // ("17 cases of Middle East respiratory syndrome coronavirus (MERS-CoV) infection,
    // including six deaths": a name's bracket breaks no clause.)
    let in_brackets = |i: usize| {
        (i.saturating_sub(8)..=i).rev().find(|&j| matches!(cx.slice(j), "(" | ")")).is_some_and(|j| cx.slice(j) == "(")
            || cx.slice(i) == ")"
    };
    previous.filter(|(before, _)| {
        including
            && cx.slice(opener.wrapping_sub(1)) == ","
            && (before.last + 1..opener)
                .all(|i| !cx.is_standalone_number(i) && (!cx.is_clause_break(i) || in_brackets(i)))
    })
}

/// "6,400 of them", "of which 148": a part of a set said before it.
fn pronoun_around(cx: &Context<'_>, q: &Quantity) -> bool {
    pronoun_after(cx, q)
        || q.first >= 2 && cx.word_is(q.first - 2, &["of"]) && cx.word_is(q.first - 1, &["whom", "which", "them"])
}

/// "6,400 of them", "11 of which": a part of a set said before it.
fn pronoun_after(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.word_is(q.last + 1, &["of"]) && cx.word_is(q.last + 2, &["them", "whom", "which"])
}

/// "402 of the cases", "14 of them", "of whom two": a part of a set told before.
fn partitive_of(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.remember(|asked| &asked.partitive_of, q, || find_partitive_of(cx, q))
}

/// Finds [`partitive_of`] for a number not yet asked about.
fn find_partitive_of(cx: &Context<'_>, q: &Quantity) -> bool {
    let next = q.last + 1;
    let of_set = cx.word_is(next, &["of"])
        && (cx.word_is(next + 1, &["the", "them", "those", "these", "whom", "which", "this"])
            || cx.slice(next + 1).ends_with("'s"));
    let of_whom_before =
        q.first >= 2 && cx.word_is(q.first - 2, &["of"]) && cx.word_is(q.first - 1, &["whom", "which", "them"]);
    (of_set && !cx.word_is(next + 2, &["new"])) || of_whom_before
}

/// "five of the day's deaths", "two of this week's cases", "three of Tuesday's": the
/// set a part is of is one period's count. Returns the word naming the period.
fn of_a_periods_count(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let set = q.last + 2;
    let words = if cx.word_is(set, &["the", "this", "that", "last"]) { set + 1 } else { set };
    let period = cx.with_word(words, |w| {
        let day = without_possessive(w);
        day != w
            && (matches!(day, "day" | "week" | "today" | "yesterday" | "weekend" | "month")
                || cx.dates.iter().any(|&(first, last)| first == words && last == words))
    });
    period.then_some(words)
}

/// "Of 301 samples tested at the laboratory, 112 were positive": the first number after
/// the comma of a sentence opened by "Of" (or "Among") and a number.
fn part_of_opening_set(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.remember(|asked| &asked.part_of_opening_set, q, || find_part_of_opening_set(cx, q))
}

/// Finds [`part_of_opening_set`] for a number not yet asked about.
fn find_part_of_opening_set(cx: &Context<'_>, q: &Quantity) -> bool {
    let opens_with_set = cx.word_is(cx.first, &["of", "among", "amongst"])
        && (cx.first + 1..(cx.first + 3).min(q.first)).any(|i| cx.is_standalone_number(i) || cx.has(i, NUMBER_START));
    let comma = (cx.first..q.first).rev().find(|&i| cx.slice(i) == ",");
    opens_with_set
        && comma.is_some_and(|c| c + 3 >= q.first && (c..q.first).all(|i| !cx.is_standalone_number(i)))
        && (cx.first + 1..comma.unwrap_or(cx.first)).filter(|&i| cx.is_standalone_number(i)).count() == 1
}

/// "Tanvo with 42, Orsa with 19; the remaining ten are in Lirra": the last part of a
/// breakdown by place, what is left of the whole in one more place.
fn remaining_in_a_place(cx: &Context<'_>, q: &Quantity, before: &Reading) -> bool {
    let remaining =
        cx.word_is(q.first.wrapping_sub(1), &["remaining", "other"]) && cx.word_is(q.first.wrapping_sub(2), &["the"]);
    let at = if cx.word_is(q.last + 1, &["are", "were", "is", "was"]) { q.last + 2 } else { q.last + 1 };
    remaining && before.location.is_some() && cx.word_is(at, &["in", "from"]) && cx.is_capitalized(at + 1)
}

/// "Of the 187, 96 are in Trarza": the first part, given a place, of a set told only
/// by its number, which is a figure told shortly before ("187 human cases"); its metric.
fn placed_part_of_bare_set(cx: &Context<'_>, q: &Quantity) -> Option<Metric> {
    let comma = (cx.first + 2..q.first).find(|&i| cx.slice(i) == ",")?;
    let set = comma - 1;
    let bare = cx.word_is(cx.first, &["of"])
        && cx.is_standalone_number(set)
        && (cx.first + 1..set).all(|i| cx.word_is(i, &["the", "these", "those", "all"]));
    let at = if cx.word_is(q.last + 1, &["are", "were", "is", "was"]) { q.last + 2 } else { q.last + 1 };
    if !(bare && part_of_opening_set(cx, q) && cx.word_is(at, &["in", "from"]) && cx.is_capitalized(at + 1)) {
        return None;
    }
    // The same number a little before, with what it counts a word or two after it.
    let doc = cx.doc;
    let told = (cx.first.saturating_sub(80)..cx.first).rev().find(|&i| doc.slice(i) == doc.slice(set))?;
    (told + 1..told + 4).find_map(|i| doc.word(i).and_then(counted_metric))
}

/// "146 students and staff have received a Tdap booster", "11,400 people, mainly health
/// workers, have received the vaccine": people vaccinated, told after the noun at `noun`.
fn received_a_vaccine(cx: &Context<'_>, noun: usize) -> Option<(Metric, usize)> {
    let vaccine = ["vaccine", "vaccines", "booster", "boosters", "dose", "doses", "shot", "shots", "jab", "jabs"];
    // Not past another number ("Among the 11 children, six had received a dose"), nor
    // when not received ("had never received").
    let received = (noun + 1..(noun + 24).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && !cx.is_standalone_number(i) && !cx.has(i, NUMBER_START))
        .find(|&i| cx.word_is(i, &["received", "receive", "got", "taken"]))?;
    let negated = (noun + 1..received).any(|i| cx.word_is(i, &["not", "never", "n't", "yet"]));
    let vaccine_after = (received + 1..(received + 4).min(cx.end)).any(|i| cx.word_is(i, &vaccine));
    (vaccine_after && !negated).then_some((Metric::Vaccinated, received))
}

/// "Specimens from 12 cases have been sequenced": `Some(false)` for the cases samples
/// were taken from; `Some(true)` where the samples were tested ("laboratories had
/// tested samples from 1,188 suspected cases": the tests); `None` for other numbers.
fn samples_from_cases(cx: &Context<'_>, q: &Quantity) -> Option<bool> {
    let cases_at = |i: usize| cx.word_is(i, &["cases", "case"]);
    let of_cases = cases_at(q.last + 1) || cx.with_word(q.last + 1, subject_of).is_some() && cases_at(q.last + 2);
    if !(of_cases && cx.word_is(q.first.wrapping_sub(1), &["from"])) {
        return None;
    }
    let samples = (q.first.saturating_sub(5).max(cx.first)..q.first - 1)
        .find(|&i| cx.word_is(i, &["specimens", "specimen", "samples", "sample", "isolates", "swabs"]))?;
    Some(cx.word_is(samples.wrapping_sub(1), &["tested", "examined", "analysed", "analyzed"]))
}

/// "On the date of 19/10, the cases of pneumonia ... connected to the cluster are in
/// total 64": what the subject that opens the clause counts, when the number follows
/// its verb ("are in total", "were", "amount to") with no number between.
fn subject_counted_far_before(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let mut verb = q.first.checked_sub(1)?;
    if cx.word_is(verb, &["total", "all"]) && cx.word_is(verb.wrapping_sub(1), &["in"]) {
        verb = verb.checked_sub(2)?;
    }
    let copula = cx.word_is(verb, &["are", "were", "is", "was"])
        || cx.word_is(verb, &["to"]) && cx.word_is(verb.wrapping_sub(1), &["amount", "amounted", "amounts"]);
    if !copula {
        return None;
    }
    let start = (cx.first..verb).rev().take(60).take_while(|&i| !cx.is_standalone_number(i)).last()?;
    // The clause's subject: "the" and its counted noun, after the sentence's opening.
    let subject = (start..verb).find(|&i| {
        cx.word_is(i, &["the"])
            && (i == cx.first || cx.slice(i - 1) == ",")
            && cx.with_word(i + 1, counted_metric).is_some()
    })?;
    cx.with_word(subject + 1, counted_metric).map(|metric| (metric, subject + 1))
}

/// "we have lost nine of our citizens to the disease", "lost 12 people to cholera".
fn lost_to_the_disease(cx: &Context<'_>, q: &Quantity) -> bool {
    let illness = |i: usize| {
        cx.has(i, DISEASE)
            || cx.word_is(i, &["the", "this"])
                && cx.word_is(i + 1, &["disease", "virus", "illness", "outbreak", "infection", "epidemic"])
    };
    cx.word_is(q.first.wrapping_sub(1), &["lost"])
        && (q.last + 1..(q.last + 6).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| cx.word_is(i, &["to"]) && illness(i + 1))
}

/// Whether the sentence opens by going back in time: "A week ago [12 Nov 2026],", "A
/// day earlier,", "Last week,", "Previously,".
fn told_back_then(cx: &Context<'_>) -> bool {
    let f = cx.first;
    let ago = time_back_at(cx, f);
    let last = cx.word_is(f, &["last"]) && cx.word_is(f + 1, &["week", "month"]);
    ago || last || cx.word_is(f, &["previously"]) && cx.slice(f + 1) == ","
}

/// "The county had 26 cases a week earlier": what a place had some time back, right
/// after a figure of today. ("had logged 26 cases a day earlier" is a day's count.)
fn had_back_then(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.word_is(q.first.wrapping_sub(1), &["had"]) && (q.last + 1..(q.last + 4).min(cx.end)).any(|i| time_back_at(cx, i))
}

/// "a week ago", "two days earlier" at token `i`.
fn time_back_at(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i, &["a", "one", "two"])
        && cx.word_is(i + 1, &["week", "day", "fortnight", "month", "weeks", "days"])
        && cx.word_is(i + 2, &["ago", "earlier", "before"])
}

/// "Thirty-six of these were recorded": the figure told before `q`, when `q` is a part
/// of "these" with no noun of its own and a verb after.
fn of_these_told_before<'r>(cx: &Context<'_>, q: &Quantity, before: Option<&'r Reading>) -> Option<&'r Reading> {
    let of_these = cx.word_is(q.last + 1, &["of"]) && cx.word_is(q.last + 2, &["these", "those", "them"]);
    let verb = cx.word_is(q.last + 3, &["were", "was", "are", "is", "have", "has", "had"]);
    before.filter(|_| of_these && verb && !cx.word_is(q.first.wrapping_sub(1), &["of", "from", "and"]))
}

/// "including 11 deaths (7 confirmed and 4 probable)": the figure before, when `q` is
/// one of the statuses a bracket right after it splits it into.
fn status_split_of_previous<'r>(
    cx: &Context<'_>,
    q: &Quantity,
    previous: Option<(&Quantity, &'r Reading)>,
) -> Option<&'r Reading> {
    let (before, reading) = previous?;
    if cx.with_word(q.last + 1, subject_of).is_none_or(|s| s == Subject::Fever) {
        return None;
    }
    let open = (q.first.saturating_sub(6).max(cx.first)..q.first).rev().find(|&i| cx.slice(i) == "(")?;
    // ("nine deaths (six confirmed and three probable)": numbers in words too.)
    let inside = (open + 1..q.first).all(|i| {
        cx.kind(i) == Some(TokenKind::Digits)
            || cx.has(i, NUMBER_START)
            || cx.slice(i) == ","
            || cx.word_is(i, &["and"])
            || cx.with_word(i, subject_of).is_some()
    });
    (inside && (reading.last + 1 == open || before.first > open)).then_some(reading)
}

/// "86 had relapsed after earlier treatment", "11 patients had received treatment at the
/// health complex": a treatment (at token `i`) that is over, not patients under
/// treatment now.
fn treatment_over(cx: &Context<'_>, i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|j| cx.word_is(j, &["after", "earlier", "previous", "prior", "received"]))
}

/// "followed by Machinga with 298 cases and four deaths, Balaka with 241" (or "Balaka
/// (241), Zomba (198)"): a place's bare count after "with" or in brackets, in a list
/// whose item before counted several things, counts what that item's first count did
/// (the counted word and where it is).
fn metric_of_the_items_first_count(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let bracketed = cx.slice(q.first.wrapping_sub(1)) == "(" && cx.slice(q.last + 1) == ")";
    let mark = q.first.checked_sub(1).filter(|&w| bracketed || cx.word_is(w, &["with"]))?;
    let place_end = mark.checked_sub(1).filter(|&p| cx.is_capitalized(p))?;
    // (Bracketed items are short: a few of them may stand after the item with "with".)
    let reach = if bracketed { 24 } else { 16 };
    let item_with =
        (q.first.saturating_sub(reach).max(cx.first)..place_end).rev().find(|&i| cx.word_is(i, &["with"]))?;
    // The item's first count, then its counted word: "298 cases", "512 suspected cases".
    let count_end = (item_with + 1..place_end)
        .take_while(|&i| cx.kind(i) == Some(TokenKind::Digits) || cx.slice(i) == ",")
        .last()?;
    // ("512 suspected cases", "3,904 cumulative cases": past a word or two.)
    let word = (count_end + 1..(count_end + 4).min(place_end))
        .take_while(|&i| !cx.is_standalone_number(i) && !cx.has(i, NUMBER_START))
        .find(|&i| cx.with_word(i, counted_metric).is_some())
        .unwrap_or(count_end);
    // A second count told after it in the item: only then is the nearest word not the first's.
    let second = (word + 1..place_end).any(|i| cx.is_standalone_number(i) || cx.has(i, NUMBER_START));
    // "Lorva had the highest number of patients with 612, including nine deaths": the
    // counted word before "with".
    let ranked_by = || {
        let noun = item_with.checked_sub(1)?;
        let patients = cx.word_is(noun, &["patients"]) && ranks_places_by_patients(cx, noun);
        patients.then_some(Metric::Cases).or_else(|| cx.with_word(noun, counted_metric)).map(|metric| (metric, noun))
    };
    cx.with_word(word, counted_metric).map(|metric| (metric, word)).or_else(ranked_by).filter(|_| second)
}

/// "up from 109 on Monday", "compared with 518 in week 38": an earlier value of the
/// figure before it.
fn earlier_value_of_previous(cx: &Context<'_>, q: &Quantity) -> bool {
    cx.remember(|asked| &asked.earlier_value_of_previous, q, || find_earlier_value_of_previous(cx, q))
}

/// "46 fresh cases were reported in the past seven days, as the state had recorded 1,088
/// cases till October 29": a total told in the pluperfect after a new count of its
/// metric in the sentence is the level that count was added to.
fn level_before_a_count(
    cx: &Context<'_>,
    q: &Quantity,
    kind: Kind,
    metric: Metric,
    previous: Option<(&Quantity, &Reading)>,
) -> bool {
    let pluperfect =
        cx.word_is(q.first.wrapping_sub(2), &["had"]) && cx.with_word(q.first.wrapping_sub(1), |w| w.ends_with("ed"));
    kind == Kind::Total
        && pluperfect
        && previous.is_some_and(|(_, before)| before.metric == metric && before.kind == Kind::New)
}

/// Finds [`earlier_value_of_previous`] for a number not yet asked about.
fn find_earlier_value_of_previous(cx: &Context<'_>, q: &Quantity) -> bool {
    let before = |back: usize| q.first.checked_sub(back).map_or("", |i| cx.slice(i));
    // ("was 14,206 persons, increased from 12,915 persons": a translation's verb.)
    let changed = ["increased", "decreased", "rose", "fell", "dropped", "climbed", "grew", "jumped"];
    matches!((before(2), before(1)), ("up" | "down", "from") | ("compared", "with" | "to") | (_, "versus" | "against"))
        || before(1) == "from" && changed.contains(&before(2))
        // "was 487, an increase of 19.6% from 407 in the previous week", "up 18.4
        // percent from 855".
        || before(1) == "from"
            && matches!(before(2), "%" | "percent")
            && (q.first.saturating_sub(8).max(cx.first)..q.first - 2).any(|i| cx.has(i, CHANGES))
        || bracketed_earlier_value(cx, q)
        || before(1) == "from" && level_reached_before(cx, q)
        || second_earlier_value(cx, q)
}

/// "down from 341 the week before and 368 in the week ending Oct 31": a second earlier
/// value joined by "and" to the first.
fn second_earlier_value(cx: &Context<'_>, q: &Quantity) -> bool {
    let and = q.first.wrapping_sub(1);
    cx.word_is(and, &["and"])
        && (and.saturating_sub(10).max(cx.first + 1)..and)
            .rev()
            .take_while(|&i| !cx.is_clause_break(i))
            .find(|&i| cx.word_is(i, &["from"]))
            .is_some_and(|from| {
                cx.word_is(from - 1, &["up", "down"])
                    && (from + 2..and).filter(|&i| cx.is_standalone_number(i)).count() <= 1
            })
}

/// "rose to 2,341 on Thursday from 1,780": the number before `q` in its clause is a
/// level something rose or fell to, so `q`, after "from", is where it started.
fn level_reached_before(cx: &Context<'_>, q: &Quantity) -> bool {
    // A comma followed by a space ends the clause; one between digit groups does not.
    let clause_comma = |i: usize| cx.is_separating_comma(i);
    // "rose to 213 in the week to November 1, from 164 the previous week": past the
    // comma that sets off "from".
    let from = q.first.saturating_sub(1);
    let end = if clause_comma(from.wrapping_sub(1)) { from - 1 } else { from };
    let Some(mut first) = (cx.first..end)
        .rev()
        .take_while(|&i| !cx.is_clause_break(i) && !clause_comma(i))
        .find(|&i| cx.kind(i) == Some(TokenKind::Digits) && !cx.in_date(i))
    else {
        return false;
    };
    // Back over the digit groups of "2,341" to its first digits.
    while first >= cx.first + 2
        && cx.attached(first)
        && matches!(cx.slice(first - 1), "," | ".")
        && cx.kind(first - 2) == Some(TokenKind::Digits)
    {
        first -= 2;
    }
    cx.word_is(first.wrapping_sub(1), &["to"])
}

/// "Cumulative cases: 318 (291 in yesterday's update)": a bracket right after a figure
/// that gives the value an earlier day or report had.
fn bracketed_earlier_value(cx: &Context<'_>, q: &Quantity) -> bool {
    let earlier_day = |i: usize| {
        let word = cx.slice(i).to_ascii_lowercase();
        ["yesterday", "previous", "earlier", "last"].iter().chain(WEEKDAYS).any(|day| word.starts_with(day))
    };
    let bracket = (q.last + 1..(q.last + 6).min(cx.end)).take_while(|&i| cx.slice(i) != ")");
    // "Biologically confirmed cases: 214 in week 45 (168 in week 44)": a bracket with a
    // day of its own after a figure told with its day.
    let after_a_dated_figure = || {
        let Some(&(date_first, _)) = cx.dates.iter().find(|&&(_, last)| last + 2 == q.first) else {
            return false;
        };
        (date_first.saturating_sub(3).max(cx.first)..date_first).any(|i| cx.is_standalone_number(i))
            && bracket.clone().any(|i| cx.in_date(i))
    };
    // "Patients affected: 94 cumulative (Update No. 5, Wednesday 18/11: 81)": the value
    // a dated earlier report gave, last in a bracket after the figure.
    let dated_at_the_end_of_a_bracket = || {
        let open =
            (q.first.saturating_sub(12).max(cx.first)..q.first).rev().find(|&i| matches!(cx.slice(i), "(" | ")"));
        let after_a_figure = |open: usize| {
            cx.is_standalone_number(open.wrapping_sub(1))
                || cx.kind(open.wrapping_sub(1)) == Some(TokenKind::Word)
                    && cx.is_standalone_number(open.wrapping_sub(2))
        };
        open.is_some_and(|open| cx.slice(open) == "(" && after_a_figure(open))
            && cx.slice(q.first - 1) == ":"
            && cx.in_date(q.first - 2)
            && cx.slice(q.last + 1) == ")"
    };
    // "Hospitalizations this week: 41 (previous week: 29)": an earlier day's label, then
    // its value.
    let labelled_in_a_bracket = || {
        let open = q.first.wrapping_sub(4);
        cx.slice(q.first - 1) == ":"
            && (open..q.first - 1).all(|i| cx.kind(i) == Some(TokenKind::Word) || i == open)
            && cx.slice(open) == "("
            && cx.is_standalone_number(open.wrapping_sub(1))
            && earlier_day(open + 1)
            && cx.slice(q.last + 1) == ")"
    };
    q.first >= 2
        && (cx.slice(q.first - 1) == "("
            && (cx.is_standalone_number(q.first - 2) && bracket.clone().any(earlier_day) || after_a_dated_figure())
            || dated_at_the_end_of_a_bracket()
            || labelled_in_a_bracket())
}

/// Weekday names, which also begin their possessives ("Thursday's report").
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// "rose from 63 in week nine to 71 in week ten": a later value of the figure `before`.
fn later_value_of_previous(cx: &Context<'_>, before: &Quantity, q: &Quantity) -> bool {
    cx.word_is(q.first.wrapping_sub(1), &["to"])
        && cx.word_is(before.first.wrapping_sub(1), &["from"])
        && (before.last + 1..q.first)
            .all(|i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
}

/// "Only 5 of the 159 patients were vaccinated": the verb after "159 patients" tells
/// what happened to the part, 5, not to the set the part is taken from.
fn set_of_a_told_part(cx: &Context<'_>, q: &Quantity, counted: &Counted) -> bool {
    let of_at =
        if cx.word_is(q.first.wrapping_sub(1), &["the"]) { q.first.wrapping_sub(2) } else { q.first.wrapping_sub(1) };
    let part_before = cx.word_is(of_at, &["of"]) && cx.is_standalone_number(of_at.wrapping_sub(1))
        || cx.word_is(of_at, &["of"]) && cx.has(of_at.wrapping_sub(1), NUMBER_START);
    let told_by_a_verb = matches!(counted, Counted::Metric(_, at) if *at > q.last
        && (q.last + 1..*at).any(|i| cx.word_is(i, &["were", "was", "are", "is", "had", "have", "has", "been"])));
    part_before && told_by_a_verb
}

/// "The contact list of the infected now stands at 1,233", "contacts of the patients
/// under follow-up rose to 412": a count whose subject, in its clause before it, is
/// contacts; "1,080 on contact list", "1,080 on the contact list": people listed as
/// contacts.
fn contacts_counted(cx: &Context<'_>, q: &Quantity) -> bool {
    let listed = cx.word_is(q.last + 1, &["on", "in"])
        && (q.last + 2..q.last + 4).any(|i| cx.word_is(i, &["contact"]) && cx.word_is(i + 1, &["list", "lists"]));
    // "We have contacted 121 of them": the people reached, not the ill.
    let reached = cx.word_is(q.first.wrapping_sub(1), &["contacted", "traced", "interviewed"])
        || cx.word_is(q.first.wrapping_sub(2), &["contacted", "traced", "interviewed"])
            && cx.word_is(q.first.wrapping_sub(1), &["all", "about", "some", "nearly", "over"]);
    listed
        || reached
        || (q.first.saturating_sub(14).max(cx.first)..q.first)
            .rev()
            .take_while(|&i| !cx.is_standalone_number(i) && !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| {
                cx.word_is(i, &["contact", "contacts"]) && !cx.word_is(i.wrapping_sub(1), &["in", "into", "close"])
            })
}

/// "bringing the total number to 1.72 million": a running total without its counted
/// word, which continues the figure before it.
fn running_total_before(cx: &Context<'_>, q: &Quantity) -> bool {
    (q.first.saturating_sub(12).max(cx.first)..q.first)
        .rev()
        .take_while(|&i| !cx.is_standalone_number(i) && !cx.is_clause_break(i) || year_in_phrase(cx, i))
        .any(|i| cx.has(i, TOTAL_CUES | TOTAL_VERBS))
}

/// "The hospital said 63 patients are being treated in its isolation ward", "six
/// patients ... are under treatment at the isolation ward of the Civil Hospital": the
/// census of one facility.
fn in_a_facility_ward(cx: &Context<'_>, q: &Quantity) -> bool {
    let facility_before = (cx.first..q.first).any(|i| cx.word_is(i, FACILITIES));
    let ward = |j: usize| cx.word_is(j, &["ward", "wards", "unit", "units", "centre", "center"]);
    let its = |ward: &dyn Fn(usize) -> bool| {
        (q.last + 1..(q.last + 10).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
            .any(|i| cx.word_is(i, &["its"]) && (i + 1..i + 3).any(ward))
    };
    // ("The Institute of Medical Sciences had 29 patients in its isolation ward": only
    // a facility has wards.)
    let its_own_ward = its(&|j| cx.word_is(j, &["ward", "wards"]));
    // Past an aside ("six patients, including three from Iran, are ..."): the words
    // name the facility.
    let ward_of_facility = (q.last + 1..(q.last + 20).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i))
        .any(|i| ward(i) && cx.word_is(i + 1, &["of"]) && (i + 2..i + 5).any(|j| cx.word_is(j, FACILITIES)));
    facility_before && its(&ward)
        || its_own_ward
        || ward_of_facility
        || opens_at_one_facility(cx, q)
        || treated_at_one_facility(cx, q)
        || one_facility_cares_for(cx, q)
        || in_a_facilitys_where_clause(cx, q)
}

/// Nouns of one facility whose patients a sentence may count: its census, no place's.
const ONE_FACILITY: &[&str] = &["hospital", "clinic", "centre", "center", "infirmary", "ward"];

/// "said a doctor of a Parel hospital, where 36 malaria patients were admitted this
/// week": the patients of the facility a "where" clause is about.
fn in_a_facilitys_where_clause(cx: &Context<'_>, q: &Quantity) -> bool {
    let Some(at) = (q.first.saturating_sub(4).max(cx.first + 2)..q.first).rfind(|&i| cx.word_is(i, &["where"])) else {
        return false;
    };
    cx.slice(at - 1) == "," && cx.word_is(at - 2, ONE_FACILITY)
}

/// "The Abdurafi centre has 60 beds but is currently caring for 118 inpatients": the
/// patients of the one facility the sentence is about (not "The Centre for Health
/// Protection", a health body; not "The treatment centres", several).
fn one_facility_cares_for(cx: &Context<'_>, q: &Quantity) -> bool {
    let start = opening(cx);
    cx.word_is(start, &["the"])
        && (start + 1..(start + 5).min(q.first))
            .any(|i| cx.word_is(i, ONE_FACILITY) && !cx.word_is(i + 1, &["for", "of"]))
}

/// "23 patients were receiving treatment at the Federal Medical Centre, Owo", "64
/// patients were being treated at its hospital in Adre": one named facility's (or one
/// body's own) patients, not the outbreak's.
fn treated_at_one_facility(cx: &Context<'_>, q: &Quantity) -> bool {
    let one = |at: usize| {
        let named = cx.word_is(at + 1, &["the"])
            && (at + 2..(at + 6).min(cx.end))
                .take_while(|&i| cx.is_capitalized(i))
                .any(|i| cx.word_is(i, ONE_FACILITY));
        let its_own =
            cx.word_is(at + 1, &["its", "their"]) && cx.word_is(at + 2, &["hospital", "clinic", "centre", "center"]);
        named || its_own
    };
    (q.last + 1..(q.last + 8).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.is_standalone_number(i))
        .any(|i| cx.word_is(i, &["at"]) && one(i))
}

/// "At the regional hospital in Rosso, 14 patients are still being treated" ("were being
/// treated yesterday"): a sentence that opens at one facility (not "At the island's
/// hospitals") counts its census, the patients there now (its admissions since January
/// may be all the outbreak's).
fn opens_at_one_facility(cx: &Context<'_>, q: &Quantity) -> bool {
    let first = cx.first;
    let Some(comma) = (first + 1..q.first).find(|&i| cx.slice(i) == ",") else { return false };
    let now = (q.last + 1..(q.last + 5).min(cx.end))
        .any(|i| cx.word_is(i, &["are", "remain", "still", "currently", "being"]));
    now && cx.word_is(first, &["at", "in"])
        && cx.word_is(first + 1, &["the", "a"])
        && (first + 2..comma).any(|i| cx.word_is(i, &["hospital", "clinic", "infirmary", "dispensary"]))
}

/// "the number of cases recorded in 2026 to 7", "its total since 2003 to 131": a year
/// inside a counted phrase, which does not interrupt it as another number would.
fn year_in_phrase(cx: &Context<'_>, i: usize) -> bool {
    cx.is_standalone_number(i)
        && cx.slice(i).len() == 4
        && cx.slice(i).parse::<u32>().is_ok_and(|year| (1900..=2100).contains(&year))
        && cx.word_is(i.wrapping_sub(1), &["in", "of", "for", "during", "since"])
}

/// Whether `q` is joined to the figure before it (whose words end at token
/// `prev_last`) by "and" or a comma: "1.72 million and 62 deaths".
fn joined_to_previous(cx: &Context<'_>, prev_last: usize, q: &Quantity) -> bool {
    let as_well_as = q.first >= prev_last + 4 && as_well_as_before(cx, q);
    // "3 ... in Rajshahi district and two in Naogaon": a place noun may close the first
    // ("34 are in Mambasa health zone, 15 in Komanda" too).
    let between = prev_last + 1..if as_well_as { q.first - 3 } else { q.first };
    let place_noun = |i: usize| cx.has(i, PLACE_NOUN) || cx.word_is(i, &["health"]) && cx.has(i + 1, PLACE_NOUN);
    between.len() <= 3
        && (as_well_as || between.clone().any(|i| cx.word_is(i, &["and", "or"]) || cx.slice(i) == ","))
        && between.clone().all(|i| cx.word_is(i, &["and", "or"]) || cx.slice(i) == "," || place_noun(i))
}

/// "since its last update on July 2, when the count stood at 178": a value of an
/// earlier day, told in the "when" clause after that day.
fn told_in_a_when_clause(cx: &Context<'_>, q: &Quantity) -> bool {
    (q.first.saturating_sub(6).max(cx.first + 2)..q.first)
        .any(|i| cx.word_is(i, &["when"]) && cx.slice(i - 1) == "," && cx.in_date(i - 2))
}

/// "18,204 cases have been registered, as well as 21 deaths": "as well as" joins the
/// figure to the one before as "and" does.
fn as_well_as_before(cx: &Context<'_>, q: &Quantity) -> bool {
    q.first >= 3
        && cx.word_is(q.first - 3, &["as"])
        && cx.word_is(q.first - 2, &["well"])
        && cx.word_is(q.first - 1, &["as"])
}

/// "the death toll there to 41 and nationally to 77": a second level the same verb
/// brings the count to, for another place.
fn to_another_level(cx: &Context<'_>, prev_last: usize, q: &Quantity) -> bool {
    let between = prev_last + 1..q.first;
    (2..=4).contains(&between.len()) && cx.word_is(prev_last + 1, &["and"]) && cx.word_is(q.first - 1, &["to"])
}

/// Whether `q` is joined by "and" to the figure before it past a date mention that
/// closes the first: "56,634 cases in January and February 2024, and four deaths".
fn joined_past_a_period(cx: &Context<'_>, prev_last: usize, q: &Quantity) -> bool {
    let between = prev_last + 1..q.first;
    let joiner = |i: usize| cx.word_is(i, &["and"]) || cx.slice(i) == ",";
    let period = |i: usize| cx.in_date(i) || cx.word_is(i, &["in", "on", "during", "over", "for", "between"]);
    // ("412 hospitalizations in week 46, of which 38 were admitted to intensive care,
    // and 9 deaths": past a part told of the first between commas.)
    let part_aside = |d: usize| {
        let close = q.first.checked_sub(2).filter(|&c| cx.slice(c) == "," && cx.word_is(c + 1, &["and"]));
        close.filter(|&c| {
            c > d + 2
                && cx.slice(d + 1) == ","
                && (cx.word_is(d + 2, &["of"]) && cx.word_is(d + 3, &["which", "whom", "them"])
                    || cx.word_is(d + 2, &["including"]))
                && c - d <= 20
        })
    };
    let last_date = between.clone().rev().find(|&i| cx.in_date(i));
    last_date.is_some_and(|d| {
        let d_end = part_aside(d).map_or(d, |close| close - 1);
        (between.len() <= 12 || d_end != d)
            && cx.word_is(prev_last + 1, &["in", "on", "during", "over", "for", "between"])
            && (prev_last + 1..=d).all(period)
            && (d_end + 1..q.first).any(|i| cx.word_is(i, &["and"]))
            && (d_end + 1..q.first).all(joiner)
    })
}

/// The place a figure is for when it breaks a larger figure down: "including 42 in
/// Pyongyang", "42 of them in Pyongyang", "of which 1,980 in the district of
/// Kassara", or a list continuing one ("..., 1,415 in Port Ebel and 730 in Velm").
fn place_of(cx: &Context<'_>, q: &Quantity, previous: Option<(&Quantity, &Reading)>) -> Option<(usize, usize)> {
    if let Some(place) = place_respectively(cx, q) {
        return Some(place);
    }
    let introduced = (1..=2).any(|back| {
        q.first
            .checked_sub(back)
            .is_some_and(|i| cx.word_is(i, &["including", "includes", "include", "among", "which", "whom"]))
    });
    // "Of these, fifteen are in Palauli": the first part of the set told before.
    let of_these = q.first == cx.first + 3
        && cx.word_is(cx.first, &["of"])
        && cx.word_is(cx.first + 1, &["these", "those", "them", "which", "whom"])
        && cx.slice(cx.first + 2) == ",";
    let introduced = introduced || of_these;
    let continues_list =
        previous.is_some_and(|(_, reading)| reading.location.is_some() && joined_to_previous(cx, reading.last, q));
    let mut at = q.last + 1;
    let of_them = cx.word_is(at, &["of"]) && cx.word_is(at + 1, &["them", "which", "whom", "these", "those"]);
    if of_them {
        at += 2;
    }
    // "42 cases in Pyongyang", "42 were in Pyongyang".
    while at < q.last + 5
        && !cx.word_is(at, &["in", "from"])
        && (cx.has(at, MODIFIERS)
            || cx.with_word(at, |w| counted_metric(w).is_some())
            || cx.word_is(at, &["were", "was", "are"]))
    {
        at += 1;
    }
    // "31 correspond to Buenos Aires, 11 to Santa Fe", "six were residents of Ostra and
    // four of Kell": the list goes on, right after the number, with the preposition its
    // first item gave the place.
    let continues_to = continues_list
        && previous
            .and_then(|(_, r)| preposition_before_place(cx, r))
            .is_some_and(|word| cx.word_is(q.last + 1, &[word]));
    if continues_to {
        at = q.last + 1;
    }
    if !(introduced || of_them || continues_list) || !(cx.word_is(at, &["in", "from"]) || continues_to) {
        return None;
    }
    let mut first = at + 1;
    while first < at + 5 && !cx.is_capitalized(first) && cx.has(first, PLACE_LEADS) {
        first += 1;
    }
    if !cx.is_capitalized(first) {
        return None;
    }
    let mut last = first;
    loop {
        if cx.is_capitalized(last + 1) {
            last += 1;
        } else if cx.word_is(last + 1, NAME_PARTICLES) && cx.is_capitalized(last + 2) {
            // "412 of them in Santiago de Cuba province".
            last += 2;
        } else if cx.places.numbers_a_place(cx.doc, last + 1) {
            // "30 in Western 2".
            last += 1;
        } else if last == first
            && cx.word_is(first, SHORTENED_FIRST_WORDS)
            && cx.slice(last + 1) == "."
            && cx.is_capitalized(last + 2)
        {
            // "17 in St. Theresa Point": a shortened first word and its dot.
            last += 2;
        } else {
            return Some(joined_name_in_a_list(cx, (first, last)));
        }
    }
}

/// Whether more names go on at token `i`, after a first: " and Wajir", ", Harare and
/// Mutare" (names, no number, then "and" or "or" and a name).
fn several_places_from(cx: &Context<'_>, i: usize) -> bool {
    let start = if cx.slice(i) == "," { i + 1 } else { i };
    let and = (start..(start + 8).min(cx.end)).find(|&j| cx.word_is(j, &["and", "or"]));
    and.is_some_and(|and| {
        cx.is_capitalized(and + 1)
            && (start..and).all(|j| cx.is_capitalized(j) || cx.slice(j) == ",")
            && (start < and || cx.slice(i) != ",")
    })
}

/// The preposition a figure's place came after, other than "in": "to" after a verb of
/// belonging ("31 correspond to the province of Buenos Aires", Spanish "corresponden
/// a"), "of" after residents ("six were residents of Ostra"), or either right behind
/// its number, as the list goes on ("11 to Santa Fe", "four of Kell").
fn preposition_before_place(cx: &Context<'_>, reading: &Reading) -> Option<&'static str> {
    let (first, _) = reading.location?;
    let number = |i: usize| cx.kind(i) == Some(TokenKind::Digits) || cx.has(i, NUMBER_START);
    (first.saturating_sub(5).max(cx.first + 1)..first).find_map(|i| {
        let behind_number = i + 1 == first && number(i - 1);
        if cx.word_is(i, &["to"])
            && (cx.word_is(i - 1, &["correspond", "corresponds", "belong", "belongs"]) || behind_number)
        {
            Some("to")
        } else if cx.word_is(i, &["of"]) && (cx.word_is(i - 1, &["residents", "inhabitants"]) || behind_number) {
            Some("of")
        } else {
            None
        }
    })
}

/// What a list of numbers paired with a list of places counts, told after its last
/// number: "Farchana and Ourang follow with 311 and 187 cases respectively".
fn metric_after_places_counts(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    place_respectively(cx, q)?;
    let number = |i: usize| cx.kind(i) == Some(TokenKind::Digits) || cx.has(i, NUMBER_START);
    let mut i = q.last + 1;
    while i < cx.end && (number(i) || cx.slice(i) == "," || cx.word_is(i, &["and"])) {
        i += 1;
    }
    (i..(i + 3).min(cx.end))
        .take_while(|&j| !cx.is_clause_break(j) && cx.kind(j) == Some(TokenKind::Word))
        .find_map(|j| cx.with_word(j, counted_metric).map(|metric| (metric, j)))
}

/// "Most sick people live in Yakima County, but 6 live in Benton County": people by
/// where they live, in a sentence that says they are the ill.
fn ill_people_by_residence(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    place_of_residents(cx, q)?;
    let ill = |i: &usize| cx.word_is(*i, &["sick", "ill", "patients", "cases", "infected"]);
    (cx.first..q.first).find(ill).map(|at| (Metric::Cases, at))
}

/// Units of a list of places: "Garissa and Tana River counties".
const PLURAL_UNITS: &[&str] =
    &["counties", "districts", "provinces", "states", "regions", "governorates", "departments", "municipalities"];

/// "Jorhat, Golaghat and Tinsukia reported three, two and two cases respectively": the
/// place in the same place of its list as the number in its list.
fn place_respectively(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let digits = |i: usize| cx.kind(i) == Some(TokenKind::Digits);
    // ("2,318": a thousands comma glued between digits is inside the number.)
    let grouping = |i: usize| cx.slice(i) == "," && cx.attached(i) && cx.attached(i + 1) && digits(i + 1);
    let number = |i: usize| digits(i) || cx.has(i, NUMBER_START) || grouping(i);
    let separator = |i: usize| cx.is_separating_comma(i) || cx.word_is(i, &["and"]);
    // The list of numbers: its items before this one, and where it starts and ends.
    let (mut start, mut index) = (q.first, 0);
    while start >= cx.first + 2 && separator(start - 1) && number(start - 2) {
        start -= 2;
        while start > cx.first && number(start - 1) {
            start -= 1;
        }
        index += 1;
    }
    let (mut end, mut count) = (q.last, index + 1);
    while separator(end + 1) && number(end + 2) {
        end += 2;
        while number(end + 1) {
            end += 1;
        }
        count += 1;
    }
    // ("Mandera, Wajir and Kilifi had 212, 130 and 57": a list as long as the places'
    // right after their verb is theirs in turn, "respectively" said or not.)
    if count < 2 {
        return None;
    }
    // The list of places before its verb ("reported", "have reported").
    let mut verb = start.checked_sub(1).filter(|&v| !cx.is_capitalized(v))?;
    // "Farchana and Ourang follow with 311 and 187", "come next with": past "with" to
    // the verb.
    if cx.word_is(verb, &["with"]) {
        let words = |v: &usize| cx.kind(*v) == Some(TokenKind::Word) && !cx.is_capitalized(*v);
        verb = (verb.saturating_sub(3).max(cx.first + 1)..verb).rev().take_while(words).last().unwrap_or(verb);
    }
    // "Hoc Mon, Binh Tan and Cu Chi have recorded the most cases this year, at 2,318,
    // 2,207 and 1,964 respectively": past the ranking clause to its verb.
    if cx.word_is(verb, &["at"]) && cx.slice(verb.wrapping_sub(1)) == "," {
        let comma = verb - 1;
        let words = |v: &usize| cx.kind(*v) == Some(TokenKind::Word) && !cx.is_capitalized(*v);
        verb = (comma.saturating_sub(8).max(cx.first + 1)..comma).rev().take_while(words).last()?;
    }
    if cx.word_is(verb.wrapping_sub(1), VERB_ADVERBS) {
        verb -= 1;
    }
    if cx.word_is(verb.wrapping_sub(1), &["have", "has", "had"]) {
        verb -= 1;
    }
    let mut places = Vec::new();
    let mut j = verb.checked_sub(1)?;
    // "Huila and Cunene, which had no cases before September, have now recorded 412
    // and 236": past a relative clause to the places.
    if cx.slice(j) == "," {
        let opening = (j.saturating_sub(16).max(cx.first)..j)
            .rev()
            .find(|&i| cx.slice(i) == "," && cx.word_is(i + 1, &["which", "where", "who"]))?;
        j = opening.checked_sub(1)?;
    }
    // "Garissa and Tana River counties had recorded": past the places' unit.
    if cx.word_is(j, PLURAL_UNITS) {
        j = j.checked_sub(1)?;
    }
    loop {
        let (first, last) = run_ending_at(cx, j, true)?;
        places.push((first, last));
        if places.len() == count || first < cx.first + 2 || !separator(first - 1) {
            break;
        }
        j = first - 2;
        if cx.slice(j) == "," {
            j = j.checked_sub(1)?;
        }
    }
    places.reverse();
    (places.len() == count).then(|| places.get(index).copied()).flatten()
}

/// A place said with the figure, other than a breakdown introduced by "including":
/// after it ("891 were admitted to hospitals in Dhaka", "14 in Sindh"), right before
/// it ("Ibb (1,632 suspected cases)", "ENGLAND: 1,019", "the Centre 214 cases"), as
/// the subject counting it ("Mandera accounted for 402", "In Mozambique, 2,403 new
/// cases"), or the place of the figure it is joined to ("911 cases and 31 deaths").
fn place_near(
    cx: &Context<'_>,
    q: &Quantity,
    last: usize,
    previous: Option<(&Quantity, &Reading)>,
) -> Option<(usize, usize)> {
    // "half a million people in Tolima have been vaccinated": the place may sit inside
    // the figure's words. "(5) deaths in Sulaymaniyah": past the number's brackets.
    let bracketed = cx.slice(q.first.wrapping_sub(1)) == "(" && cx.slice(q.last + 1) == ")";
    // "Eight of the 12 deaths were recorded in Tana River": from the set's counted word.
    let of_a_numbered_set = cx.word_is(q.last + 1, &["of"])
        && cx.word_is(q.last + 2, &["the"])
        && cx.is_standalone_number(q.last + 3)
        && last > q.last + 3;
    let from = if bracketed {
        q.last + 1
    } else if of_a_numbered_set {
        last
    } else {
        q.last.min(last)
    };
    place_after(cx, from)
        .or_else(|| place_before_where(cx, q))
        .or_else(|| place_of_a_cluster(cx, q))
        .or_else(|| place_in_partitive(cx, q))
        .or_else(|| place_right_before(cx, q))
        .or_else(|| place_as_subject(cx, q))
        .or_else(|| place_after_an_opening_aside(cx, q))
        .or_else(|| place_of_possessive_opening(cx, q))
        .or_else(|| place_owning_the_count(cx, q))
        .or_else(|| place_of_the_body_reporting(cx, q))
        .or_else(|| place_before_which(cx, q))
        .or_else(|| place_of_residents(cx, q))
        .or_else(|| place_called_the_country(cx, q))
        .or_else(|| place_of_a_campaign(cx, q))
        .or_else(|| {
            // "Lorva (3,905 cases; 61 deaths)": one place for the figures of a bracket.
            let same_bracket = |r: &Reading| (r.last..q.first).all(|i| !matches!(cx.slice(i), "(" | ")"));
            // "1,284 cases in Zinder, of which 48 deaths": a part of a place's count is
            // that place's.
            let part_of = |r: &Reading| {
                let between = r.last + 1..q.first;
                between.len() <= 4
                    && between.clone().any(|i| cx.word_is(i, &["which", "whom", "including"]))
                    && between
                        .clone()
                        .all(|i| cx.word_is(i, &["of", "which", "whom", "including"]) || cx.slice(i) == ",")
            };
            previous
                .filter(|(_, r)| {
                    joined_to_previous(cx, r.last, q)
                        || same_bracket(r) && cx.slice(q.first.wrapping_sub(1)) == ";"
                        || part_of(r)
                        // "2 cases this year, one of them fatal": a part of the figure before.
                        || cx.word_is(q.last + 1, &["of"]) && cx.word_is(q.last + 2, &["them", "whom"])
                        // "309 cases in Texas, up from 279 on Friday".
                        || earlier_value_of_previous(cx, q)
                        // "two more deaths in Bessel, raising the toll there to 41".
                        || (r.last + 1..q.first).all(|i| !cx.is_standalone_number(i) && !cx.is_clause_break(i))
                            && (r.last + 1..q.first).any(|i| the_places(cx, i) && !another_units(cx, i, r.location))
                })
                .and_then(|(_, r)| r.location)
        })
}

/// "Deaths: 3", "Discharged: 41": a label of one word naming what is counted or its
/// status is no place, though capitalised before the number like "Bern: 3,015".
fn names_what_is_counted(cx: &Context<'_>, first: usize, last: usize) -> bool {
    first == last
        && cx.with_word(first, |w| {
            counted_metric(w).is_some() || predicate_metric(w).is_some() || subject_of(w).is_some()
        })
}

/// "Two more cases were detected in Velm, bringing the total to four": a count that
/// adds to a running total told for no place is the whole outbreak's, and the place
/// after it says where the cases were found, not a part of the count.
fn adds_to_a_total_told_for_no_place(cx: &Context<'_>, q: &Quantity, place_last: usize) -> bool {
    if place_last < q.last {
        return false;
    }
    let clause_end = |from: usize| {
        (from..cx.end)
            .find(|&i| cx.is_clause_break(i) || cx.is_standalone_number(i) || cx.slice(i) == ".")
            .unwrap_or(cx.end)
    };
    let Some(verb) = (place_last + 1..clause_end(place_last + 1))
        .find(|&i| cx.word_is(i, &["bringing", "taking", "raising", "pushing", "lifting"]))
    else {
        return false;
    };
    let total_clause = verb..clause_end(verb + 1).min(verb + 12);
    // "raising the toll there to 41": the total is the place's own.
    !total_clause.clone().any(|i| cx.word_is(i, &["in", "for"]) && cx.is_capitalized(i + 1) || the_places(cx, i))
}

/// Whether token `i` refers back to a place just named: "the toll there", "the
/// provincial toll", "its tally", "the district's total".
fn the_places(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i, &["there", "its", "local", "provincial", "regional", "municipal", "departmental"])
        || cx.with_word(i, |w| {
            w.strip_suffix("'s").is_some_and(|unit| {
                matches!(unit, "province" | "district" | "county" | "state" | "region" | "city" | "town" | "country")
            })
        })
}

/// Whether the unit's adjective at token `i` cannot refer back to `place`, named as
/// another unit: "one in Marn District, bringing the provincial tally to 40" is
/// the province's tally.
fn another_units(cx: &Context<'_>, i: usize, place: Option<(usize, usize)>) -> bool {
    let unit = match cx.doc.word(i) {
        Some("provincial") => "province",
        Some("regional") => "region",
        Some("municipal") => "municipality",
        Some("departmental") => "department",
        _ => return false,
    };
    place.is_some_and(|(_, last)| cx.has(last, PLACE_NOUN) && !cx.word_is(last, &[unit]))
}

/// "36 cases in the state", "The department accounts for 13 of the cases", "Texas
/// outbreak grows to 309 cases": the place the headline names, in an article that shows
/// it to be a part of the country, called by its unit or its name in the figure's clause.
fn place_called_by_its_unit(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let clause_mark = |i: &usize| matches!(cx.slice(*i), "," | ";" | ":") || cx.is_clause_break(*i);
    // ("two in Vell and one in Ossa": the item after "and" is a clause of its own.)
    let item_start = |i: &usize| clause_mark(i) || cx.word_is(*i, &["and"]) && *i + 1 == q.first;
    let start = (cx.first..q.first).rev().find(item_start).map_or(cx.first, |i| i + 1);
    let end = (q.last + 1..cx.end).find(clause_mark).unwrap_or(cx.end);
    (start..end).find_map(|i| cx.places.part_called_at(cx.doc, i, cx.first))
}

/// "Most cases are in Bujumbura, where 98 people have tested positive", "in the region
/// of Zinder, in the south-east of the country, where 1,284 cases": the place a "where"
/// clause holding the figure is about; so is a "which" clause whose verb counts ("the
/// district of Marrow, which has reported 87 cases").
fn place_before_where(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let clause = (cx.first..q.first).rev().take_while(|&i| !cx.is_clause_break(i) && !cx.is_standalone_number(i));
    let counting_which = |i: usize| {
        cx.word_is(i, &["which"])
            && cx.slice(i.wrapping_sub(1)) == ","
            && (i + 1..(i + 4).min(q.first)).any(|v| cx.word_is(v, PLACE_VERBS))
    };
    let at = clause.into_iter().find(|&i| cx.word_is(i, &["where"]) || counting_which(i))?;
    let mut j = at.checked_sub(1)?;
    if cx.slice(j) == "," {
        j = j.checked_sub(1)?;
        // Past an aside between commas: "Zinder, in the south-east of the country, where",
        // "Porto Sant'Elpidio, in the province of Fermo, where": where the place lies.
        let aside_open = (j.saturating_sub(10).max(cx.first)..j).rev().find(|&i| cx.slice(i) == ",");
        let locating = aside_open.is_some_and(|open| cx.word_is(open + 1, &["in", "near", "on"]));
        if !cx.is_capitalized(j) && !cx.has(j, PLACE_NOUN) || locating {
            j = aside_open?.checked_sub(1)?;
        }
    }
    // "in Kasso province, where".
    while j > cx.first && cx.has(j, PLACE_NOUN) && !cx.is_capitalized(j) {
        j -= 1;
    }
    // "The hardest-hit region is Ostmark, where": named as what a place is.
    run_ending_at(cx, j, true).filter(|&(first, _)| {
        cx.places.used_as_place(cx.doc, first)
            || cx.word_is(first.wrapping_sub(1), &["in", "of", "to", "is", "was", "remains"])
    })
}

/// "a cluster at a kindergarten in Sha Tin involving eight children": the place of
/// the cluster the number's people are involved in.
fn place_of_a_cluster(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let verb = q.first.checked_sub(1).filter(|&v| cx.word_is(v, &["involving", "affecting"]))?;
    let place = run_ending_at(cx, verb.checked_sub(1)?, true)?;
    cx.word_is(place.0.wrapping_sub(1), &["in"]).then_some(place)
}

fn place_after(cx: &Context<'_>, last: usize) -> Option<(usize, usize)> {
    // "286,450 persons aged from 2 to 29 years in Zinder": past the ages, to the place.
    let ages_end = (last + 1..last + 3)
        .find(|&i| cx.word_is(i, &["aged", "ages"]))
        .and_then(|aged| {
            (aged + 1..(aged + 8).min(cx.end)).find(|&i| cx.word_is(i, &["years", "months", "year", "month"]))
        })
        // "aged one year and above".
        .map(|end| {
            let open_ended = cx.word_is(end + 1, &["and", "or"]) && cx.word_is(end + 2, &["above", "over", "older"]);
            if open_ended {
                end + 2
            } else {
                end
            }
        });
    // "61 (37%) were resident in London": past the share in brackets.
    let from = ages_end.or_else(|| share_in_brackets_after(cx, last)).unwrap_or(last);
    let residents = |i: usize| cx.word_is(i, &["residents", "resident", "inhabitants", "natives"]);
    for j in from + 1..(from + 9).min(cx.end) {
        // "14 residents of Brackenridge", "14 are Brackenridge residents": where people live.
        let of_residents = cx.word_is(j, &["of"]) && residents(j.wrapping_sub(1));
        // "13 correspond to the department of Tolima" (Spanish "corresponden al").
        let belong_to = cx.word_is(j, &["to"])
            && cx.word_is(j.wrapping_sub(1), &["correspond", "corresponds", "belong", "belongs"]);
        // "five of them on Oahu", "19 were on Rarotonga": an island's part.
        let on_an_island = cx.word_is(j, &["on"])
            && cx.word_is(j.wrapping_sub(1), &["were", "was", "are", "them"])
            && !cx.in_date(j + 1);
        if cx.word_is(j, &["in", "from"]) || of_residents || belong_to || on_an_island {
            // "admitted in DOH-run hospitals in Metro Manila": the body running the
            // facilities is no place; the place may follow them.
            if runs_facilities(cx, j + 1) {
                return place_after(cx, j + 3);
            }
            // "treated in hospitals in Nakhon Si Thammarat": the facilities' place.
            if cx.word_is(j + 1, &["hospitals", "clinics", "facilities"]) && cx.word_is(j + 2, &["in"]) {
                return place_following(cx, j + 3);
            }
            return place_following(cx, j + 1);
        }
        if let Some(found) = run_ending_at(cx, j, false).filter(|_| residents(j + 1)) {
            return Some(found);
        }
        let stops = cx.is_clause_break(j)
            || matches!(cx.slice(j), "," | "." | "(")
            || cx.is_standalone_number(j)
            || cx.word_is(j, &["and", "or", "but", "while", "as", "since", "after", "according", "than", "with", "at"]);
        if stops {
            return None;
        }
    }
    None
}

/// "9 in Upper Kell and Marn, six in Orla, three in Vell and Arran and one in Ostra":
/// an item's place is one name joined by "and" when the list goes on with a number
/// right after it.
fn joined_name_in_a_list(cx: &Context<'_>, (first, last): (usize, usize)) -> (usize, usize) {
    if !cx.word_is(last + 1, &["and"]) || !cx.is_capitalized(last + 2) {
        return (first, last);
    }
    let end = (last + 2..(last + 6).min(cx.end)).take_while(|&i| cx.is_capitalized(i)).last().unwrap_or(last + 2);
    let goes_on = (cx.slice(end + 1) == "," || cx.word_is(end + 1, &["and"]))
        && (cx.is_standalone_number(end + 2) || cx.has(end + 2, NUMBER_START));
    if goes_on {
        (first, end)
    } else {
        (first, last)
    }
}

/// Whether the word at token `last` names the operator of facilities: "DOH-run",
/// "state-owned", "MOH-managed".
fn runs_facilities(cx: &Context<'_>, last: usize) -> bool {
    cx.slice(last + 1) == "-"
        && cx.attached(last + 1)
        && cx.word_is(last + 2, &["run", "operated", "owned", "managed", "led", "funded", "supported"])
}

/// The closing bracket of a share told right after token `last` ("61 (37%)",
/// "patients (55 percent)").
fn share_in_brackets_after(cx: &Context<'_>, last: usize) -> Option<usize> {
    (cx.slice(last + 1) == "(")
        .then(|| (last + 2..(last + 6).min(cx.end)).find(|&i| cx.slice(i) == ")"))
        .flatten()
        .filter(|&close| (last + 2..close).any(|i| cx.slice(i) == "%" || cx.word_is(i, &["percent", "per"])))
}

/// The place after "in": "in the coastal district of Kassara", "in the capital, Kampala".
fn place_following(cx: &Context<'_>, from: usize) -> Option<(usize, usize)> {
    let mut first = from;
    while first < from + 6
        && cx.inside(first)
        && !cx.is_capitalized(first)
        && (cx.has(first, PLACE_LEADS) || cx.slice(first) == ",")
    {
        first += 1;
    }
    // "recorded in ME27": a week's name is no place.
    if cx.in_date(first) {
        return None;
    }
    let Some((mut first, mut last)) = cx.places.run_at(cx.doc, first, true) else {
        return the_capital_unnamed(cx, from);
    };
    // ("logged in Morbidity Week 45": nor is a name ending in a week's.)
    if cx.in_date(last) {
        return None;
    }
    // "in the northern German state of Lower Saxony": the country's adjective, then the
    // place.
    if cx.has(last + 1, PLACE_NOUN) && cx.word_is(last + 2, &["of"]) && cx.is_capitalized(last + 3) {
        (first, last) = cx.places.run_at(cx.doc, last + 3, true).unwrap_or((first, last));
    }
    // "in Mandera and Wajir counties": two places together are not one breakdown.
    // ("from H5N1": letters glued to digits name a virus.)
    let code = cx.attached(last + 1) && cx.kind(last + 1) == Some(TokenKind::Digits);
    (last < cx.end && !several_places_from(cx, last + 1) && !code).then_some((first, last))
}

/// "1,128 were in the capital": a place below the main geography, though the text
/// gives no name for it; the words "the capital" are its name.
fn the_capital_unnamed(cx: &Context<'_>, from: usize) -> Option<(usize, usize)> {
    let capital = from + 1;
    let city = cx.word_is(capital + 1, &["city"]);
    let last = if city { capital + 1 } else { capital };
    let unnamed = cx.word_is(from, &["the"])
        && cx.word_is(capital, &["capital"])
        && !cx.is_capitalized(last + 1)
        && last < cx.end;
    // ("In Moscow, ... 412,000 adults had been vaccinated in the capital": the city the
    // sentence opens with.)
    let opening_city = || {
        cx.word_is(cx.first, &["in"])
            .then(|| cx.places.run_at(cx.doc, cx.first + 1, true))
            .flatten()
            .filter(|&(_, city_last)| cx.slice(city_last + 1) == ",")
    };
    unnamed.then(|| opening_city().unwrap_or((from, last)))
}

/// "Two of the California cases": the place names the set (not in "Kell accounts for
/// 12 of the Orla cases", where the place before the verb is the part's).
fn place_in_partitive(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let at = q.last + 1;
    if !(cx.word_is(at, &["of"]) && cx.word_is(at + 1, &["the"])) {
        return None;
    }
    let verb =
        if cx.word_is(q.first.wrapping_sub(1), &["for"]) { q.first.wrapping_sub(2) } else { q.first.wrapping_sub(1) };
    if place_verb_before(cx, q) && run_ending_at(cx, verb.wrapping_sub(1), true).is_some() {
        return None;
    }
    let (first, last) = cx.places.run_at(cx.doc, at + 2, false)?;
    cx.with_word(last + 1, |w| counted_metric(w).is_some()).then_some((first, last))
}

/// Whether `q` stands alone in brackets after a word: "reached (1,284) injury" (not a
/// place's count, "Suna East (98)", nor a share, "29 (49%)").
fn bracketed_alone(cx: &Context<'_>, q: &Quantity) -> bool {
    q.first >= 2
        && cx.slice(q.first - 1) == "("
        && cx.slice(q.last + 1) == ")"
        && cx.kind(q.first - 2) == Some(TokenKind::Word)
        && !cx.is_capitalized(q.first - 2)
}

/// "Suna West (146 cases, three deaths), Suna East (98)": a place's bare count in
/// brackets counts what the first count in the brackets of the place before it counts.
fn first_count_of_the_bracket_before(cx: &Context<'_>, q: &Quantity) -> Option<(Metric, usize)> {
    let bare =
        q.first >= 2 && cx.slice(q.first - 1) == "(" && cx.slice(q.last + 1) == ")" && cx.is_capitalized(q.first - 2);
    if !bare {
        return None;
    }
    // Back over the bare brackets of the places between ("Suna East (98), Uriri (71)").
    let mut end = q.first - 1;
    let (open, close) = loop {
        let close = (cx.first..end).rev().find(|&i| cx.slice(i) == ")")?;
        let open = (cx.first..close).rev().find(|&i| cx.slice(i) == "(")?;
        if (open..close).any(|i| cx.slice(i) == ",") {
            break (open, close);
        }
        end = open;
    };
    let first_number = (open + 1..close).find(|&i| cx.kind(i) == Some(TokenKind::Digits) || cx.has(i, NUMBER_START))?;
    (first_number + 1..close)
        .take_while(|&i| cx.slice(i) != ",")
        .find_map(|i| cx.with_word(i, counted_metric).map(|metric| (metric, i)))
}

/// The last token of the unit after a place's name ending at `last` ("Arvel district",
/// "Nyatike Sub-county"), or `last` when none follows.
fn unit_after(cx: &Context<'_>, last: usize) -> usize {
    if cx.word_is(last + 1, &["sub"]) && cx.slice(last + 2) == "-" && cx.has(last + 3, PLACE_NOUN) {
        last + 3
    } else if cx.has(last + 1, PLACE_NOUN) && !cx.is_capitalized(last + 1) {
        last + 1
    } else {
        last
    }
}

/// The token before a place noun's "sub-" ("Upper Varn sub-district (2 people)"), or
/// `j` itself when the noun has none.
fn before_sub_prefix(cx: &Context<'_>, j: usize) -> usize {
    if cx.slice(j) == "-" && cx.word_is(j.wrapping_sub(1), &["sub"]) && j >= 2 {
        j - 2
    } else {
        j
    }
}

/// "Ibb (1,632 suspected cases)", "ENGLAND: 1,019", "the Centre 214 cases".
fn place_right_before(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    cx.remember(|asked| &asked.place_right_before, q, || find_place_right_before(cx, q))
}

/// Finds [`place_right_before`] for a number not yet asked about.
fn find_place_right_before(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    // "Vell (n = 210)": a paper's count in its bracket, as "Vell (210)".
    let mut j = n_equals_open(cx, q).or_else(|| q.first.checked_sub(1))?;
    let mut named_place = false;
    // "Edo with 180", "Paraná, with 212 thousand", "followed by Osaka at 94".
    if cx.word_is(j, &["with", "at"]) || leaves_out_accounts(cx, j) {
        j = j.checked_sub(1)?;
        if cx.slice(j) == "," {
            j = j.checked_sub(1)?;
        }
        // "F/South (Parel, Sewri) with 141": past the neighbourhoods in brackets.
        j = before_an_aside(cx, j);
        if let Some(name) = lettered_name_ending_at(cx, j) {
            return Some(name);
        }
    } else if cx.slice(j) == ")" {
        // "Region Eight (Potaro-Siparuni) 1,466": past a name's other name in brackets
        // (not an acronym: "Morbidity Weeks (MW) 1 to 45").
        let aside_end = before_an_aside(cx, j);
        let name = (aside_end + 2..j).all(|i| cx.slice(i) == "-" || cx.is_capitalized(i))
            && (aside_end + 2..j).any(|i| cx.slice(i).chars().any(char::is_lowercase));
        if aside_end != j && name {
            j = aside_end;
        }
    } else if matches!(cx.slice(j), ":" | "(" | "|" | "-" | "\u{2013}" | "\u{2014}") {
        j = j.checked_sub(1)?;
        // "Ostmark region: 96-thousand cases": a name its unit calls a place.
        if cx.has(j, PLACE_NOUN) && !cx.is_capitalized(j) {
            j = before_sub_prefix(cx, j.checked_sub(1)?);
            named_place = true;
        }
    }
    // "312 cases and the Peel region 264": the name before its unit.
    if cx.has(j, PLACE_NOUN) && !cx.is_capitalized(j) && j > cx.first {
        j -= 1;
        // "Bikoro health zone, with 31", "Ilorin local government area 12".
        while j > cx.first && !cx.is_capitalized(j) && cx.word_is(j, &["health", "government", "local"]) {
            j -= 1;
        }
    }
    // "Orvo (2,140), Tamsin (1,655) and ...", "as follows: Nag Hammadi (97 cases), Qus
    // (61 cases)": the first of a list of bracketed counts may open the sentence or
    // follow its colon.
    let counted_in_bracket = cx.with_word(q.last + 1, |w| counted_metric(w).is_some());
    let close = q.last + 1 + usize::from(counted_in_bracket);
    let listed = (cx.slice(q.first - 1) == "(" || n_equals_open(cx, q).is_some())
        && cx.slice(close) == ")"
        && (cx.word_is(close + 1, &["and"]) || cx.slice(close + 1) == ",");
    // "By district: Ruwenzo 38 | Bakora 19", "over the past 24 hours: Makhachkala – 8,
    // Khasavyurt – 4": a one-word name right after a label's colon or a bar, before its
    // number or the dash before it.
    let dashed = matches!(cx.slice(q.first - 1), "-" | "\u{2013}" | "\u{2014}");
    let labelled =
        (j + 1 == q.first || dashed && j + 2 == q.first) && j > cx.first && matches!(cx.slice(j - 1), ":" | "|");
    let (first, last) = run_ending_at(cx, j, named_place || listed || labelled)?;
    // "- Deaths: 1": a label, not a place; nor is a speaker's name ("PATEL: Thirty-eight
    // people are in hospital").
    if cx.with_word(last, |w| counted_metric(w).is_some() || subject_of(w).is_some())
        || cx.slice(last + 1) == ":" && cx.places.speaks_in_turns(cx.doc, last)
    {
        return None;
    }
    // "Chiang Mai has the second-highest count after Bangkok with 21,406": the place
    // ranked against, not the one counted.
    if ranked_against(cx, first) {
        return None;
    }
    // "Kuala Lumpur and Putrajaya with 401 cases": two places counted together.
    let together = first >= 2 && cx.word_is(first - 1, &["and"]);
    match together.then(|| run_ending_at(cx, first - 2, false)).flatten() {
        Some((start, _)) => Some((start, last)),
        None => Some((first, last)),
    }
}

/// Whether the capitalised word at `i` is in a name a count is ranked against: "the
/// second-highest count after Bangkok", "behind Nakhon Ratchasima", "more than Vell".
fn ranked_against(cx: &Context<'_>, i: usize) -> bool {
    let mut first = i;
    while first > cx.first && cx.is_capitalized(first - 1) {
        first -= 1;
    }
    cx.word_is(first.wrapping_sub(1), &["after", "behind", "than"])
}

/// "A vaccination campaign in six districts of Hajjah reached 612,400 people": the
/// place of a campaign that reached the people counted, named right before its verb.
fn place_of_a_campaign(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let verb = q.first.checked_sub(1).filter(|&v| cx.word_is(v, &["reached", "covered", "immunized", "immunised"]))?;
    let (first, last) = run_ending_at(cx, verb.checked_sub(1)?, true)?;
    let campaign = (first.saturating_sub(8).max(cx.first)..first)
        .rev()
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .any(|i| cx.word_is(i, &["campaign", "drive", "programme", "program", "round"]));
    (campaign && cx.word_is(first.wrapping_sub(1), &["in", "of"]) && last + 1 == verb).then_some((first, last))
}

/// "187 cases YTD, up from 164 the Friday before, so 23 new in a week": the new ones
/// of the count told before, its noun left out.
fn new_ones_of_the_count_before(cx: &Context<'_>, q: &Quantity) -> bool {
    let after = q.last + 2;
    cx.word_is(q.last + 1, &["new", "more", "additional"])
        && (after >= cx.end
            || cx.is_clause_break(after)
            || matches!(cx.slice(after), "," | ".")
            || cx.word_is(after, &["in", "since", "over", "this", "today", "yesterday", "overnight"]))
}

/// "Matanzas has 9,812 cases. Havana now has 6,140", "— Wisconsin has two": a place
/// that has or reported a bare number, in a breakdown by place (the figure before it had
/// a place, or the line is a list item), has cases, as the figure before it counted.
/// Only cases: after "..., one of them fatal", "— Holguin reported 410" counts no deaths.
fn place_has_a_count(cx: &Context<'_>, q: &Quantity, earlier: Option<&Reading>) -> bool {
    let breakdown =
        earlier.is_some_and(|e| e.metric == Metric::Cases && (e.location.is_some() || bullet_at(cx.doc, cx.first)));
    breakdown
        && cx.word_is(q.first.wrapping_sub(1), PLACE_VERBS)
        && !cx.word_is(q.first.wrapping_sub(1), &["account", "accounts", "accounted"])
        && place_as_subject(cx, q).is_some()
}

/// "We've got 62 in Townsville, 19 in Cairns and 13 in Mackay": the first of a list of
/// counts in places, with no counted word, goes on with the figure told before (the
/// later items go on with the first).
fn first_of_places_counts(cx: &Context<'_>, q: &Quantity) -> bool {
    let Some((_, last)) = cx.word_is(q.last + 1, &["in"]).then(|| place_following(cx, q.last + 2)).flatten() else {
        return false;
    };
    let separator = last + 1;
    if !(cx.slice(separator) == "," || cx.word_is(separator, &["and"])) {
        return false;
    }
    // The next item's number ("nineteen", "twenty-three", "19") and its "in".
    let number_word = |i: usize| cx.is_standalone_number(i) || cx.has(i, NUMBER_START) || cx.slice(i) == "-";
    let next_in = (separator + 2..(separator + 6).min(cx.end)).find(|&i| cx.word_is(i, &["in"]));
    next_in.is_some_and(|at| (separator + 1..at).all(number_word) && place_following(cx, at + 1).is_some())
}

/// The "(" of a paper's "(n = 210)" holding the number: the count of the set told, in
/// the place or group named before the bracket.
fn n_equals_open(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let equals = q.first.checked_sub(1).filter(|&e| cx.slice(e) == "=")?;
    let open = equals.checked_sub(2).filter(|&o| o >= cx.first && cx.slice(o) == "(")?;
    cx.word_is(equals - 1, &["n"]).then_some(open)
}

/// The token before a bracketed aside of words ending at token `j` ("(Parel, Sewri)"),
/// or `j` itself when no such aside ends there.
fn before_an_aside(cx: &Context<'_>, j: usize) -> usize {
    if cx.slice(j) != ")" {
        return j;
    }
    let open = (j.saturating_sub(8).max(cx.first + 1)..j).rev().find(|&i| cx.slice(i) == "(");
    // ("(Barima-Waini)": a hyphened name too.)
    let words =
        |open: usize| (open + 1..j).all(|i| cx.kind(i) == Some(TokenKind::Word) || matches!(cx.slice(i), "," | "-"));
    open.filter(|&open| open + 1 < j && words(open)).map_or(j, |open| open - 1)
}

/// A ward named by a letter ending at token `j`: "E ward", "F/South" (a city's wards
/// by letter and part), which no run of capitalised words reads as a name.
fn lettered_name_ending_at(cx: &Context<'_>, j: usize) -> Option<(usize, usize)> {
    let letter = |i: usize| cx.slice(i).len() == 1 && cx.is_capitalized(i);
    if cx.word_is(j, &["ward"]) && letter(j.wrapping_sub(1)) {
        return Some((j - 1, j));
    }
    let slash = j.checked_sub(1).filter(|&s| cx.slice(s) == "/" && cx.attached(s) && cx.attached(j))?;
    (letter(slash.wrapping_sub(1)) && cx.is_capitalized(j)).then_some((slash - 1, j))
}

/// "..., Greenville County for 31 and Anderson County for 13", "..., and the
/// neighbouring Dunmore district another 121": token `j` is the word before the number
/// of a list's item that leaves out the "accounts" of its first item.
fn leaves_out_accounts(cx: &Context<'_>, j: usize) -> bool {
    cx.word_is(j, &["for", "another"])
        && (j.saturating_sub(6)..j).any(|k| k > cx.first && matches!(cx.slice(k - 1), "," | "and"))
        && (cx.first..j).any(|k| cx.word_is(k, &["accounts", "accounted", "account", "accounting"]))
}

/// Where the sentence's words begin: past a live blog entry's time stamp ("14:40 -
/// Bessel has reported two more deaths").
fn opening(cx: &Context<'_>) -> usize {
    let stamp = cx.dates.iter().find(|&&(first, _)| first == cx.first).map(|&(_, last)| last + 1);
    // "* In Tarsa, officials have confirmed 7 cases": past a list item's bullet, and
    // past the quotation mark of a quote ("\"Jonglei state accounts for 1,402 ...").
    let bullet = bullet_at(cx.doc, cx.first) || cx.is_quote(cx.first);
    // "Nov 20 (Reuters) - China reported": past the agency's bracket after the day.
    let stamp = stamp.map(|mark| {
        let close = (mark + 1..(mark + 5).min(cx.end)).find(|&i| cx.slice(i) == ")");
        match close {
            Some(close) if cx.slice(mark) == "(" => close + 1,
            _ => mark,
        }
    });
    stamp
        .filter(|&mark| matches!(cx.slice(mark), "-" | "\u{2013}" | "\u{2014}" | ":" | "|"))
        .map_or(if bullet { cx.first + 1 } else { cx.first }, |mark| mark + 1)
}

/// "Across the border, in the Kenyan town of Lodwar, 40 cases": a place set off by
/// commas after an opening phrase that names none, right before the number's clause.
/// ("the Kenyan town of Lodwar": the name after its description.)
fn place_after_an_opening_aside(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let opening = opening(cx);
    let comma = (opening + 1..(opening + 6).min(q.first)).find(|&i| cx.slice(i) == ",")?;
    if !cx.word_is(comma + 1, &["in"]) || (opening..comma).any(|i| cx.is_capitalized(i) && i > opening) {
        return None;
    }
    let from = (comma + 2..(comma + 7).min(q.first))
        .find(|&i| cx.word_is(i, &["of"]) && cx.has(i - 1, PLACE_NOUN) && cx.is_capitalized(i + 1))
        .map_or(comma + 2, |of| of + 1);
    let from = if cx.word_is(from, &["the"]) { from + 1 } else { from };
    let (first, last) = cx.places.run_at(cx.doc, from, true)?;
    // Only the number's own words between the place's comma and the number.
    let close = cx.slice(last + 1) == ","
        && (last + 2..q.first).all(|i| !cx.is_standalone_number(i) && !cx.is_clause_break(i) && cx.slice(i) != ",");
    close.then_some((first, last))
}

/// "the highest number of deaths was in Central Java, namely 9 deaths": the place "in"
/// names right before the comma that sets off the number.
fn place_before_namely(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let comma = q.first.checked_sub(2)?;
    if !(cx.word_is(q.first - 1, &["namely", "with"]) && cx.slice(comma) == ",") {
        return None;
    }
    let last = comma.checked_sub(1).filter(|&i| cx.is_capitalized(i))?;
    let first = (cx.first..=last).rev().take_while(|&i| cx.is_capitalized(i)).last()?;
    cx.word_is(first.wrapping_sub(1), &["in"]).then_some((first, last))
}

/// "The Windham health unit has the most cases with 355, followed by Grand Erie with
/// 240": the head of a ranked list of places, named by the capitalised words that open
/// the sentence even when they are no place name known as such.
fn head_of_a_ranked_list(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    // "Velmar has the most cases (812), followed by ...": the head's count may stand in
    // brackets after what is counted, as its followers' do.
    let bracketed = cx.slice(q.first.wrapping_sub(1)) == "(" && cx.slice(q.last + 1) == ")";
    let after = q.last + 1 + usize::from(bracketed);
    let followed = (after..(after + 5).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i))
        .any(|i| cx.word_is(i, &["followed"]) && cx.word_is(i + 1, &["by"]));
    if !followed {
        return None;
    }
    let start = opening(cx);
    let first = start + usize::from(cx.word_is(start, &["the"]));
    if first >= q.first || !cx.is_capitalized(first) {
        return None;
    }
    let last = (first..q.first).take_while(|&i| cx.is_capitalized(i)).last()?;
    let clause_end = q.first - usize::from(bracketed);
    // The subject of the clause the number is in ("According to the report, the canton
    // ... concentrates 1.204 cases" opens with no place).
    (last + 1..clause_end).all(|i| !cx.is_clause_break(i) && cx.slice(i) != ",").then_some((first, last))
}

/// "* Aldria: 64 cases, including 5 new on Sunday, and 21 deaths": the place a list
/// item opens with, before its colon or dash, is every figure's in the item.
fn place_of_the_item(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let bulleted = bullet_at(cx.doc, cx.first);
    let start = opening(cx);
    let mark = (start + 1..(start + 5).min(q.first))
        .find(|&i| matches!(cx.slice(i), ":" | "-" | "\u{2013}" | "\u{2014}") && !cx.attached(i))?;
    // A dateline opens prose the same way ("MONROVIA - The ministry said ..."): an
    // unbulleted line is an item of a factbox only when its count follows the dash at
    // once ("SPAIN - 98 confirmed cases", "GERMANY - At least 10 cases") in a short line;
    // then every count of the line is the place's ("CANADA - 26 confirmed cases, with
    // more than 30 suspected").
    let count_first = (mark + 1..cx.end)
        .find(|&i| !cx.has(i, QUALIFIER_WORDS))
        .is_some_and(|i| cx.is_standalone_number(i) || cx.has(i, NUMBER_START));
    let factbox_line = cx.doc.tokens.get(cx.first).is_some_and(|t| t.line_before || cx.first == 0)
        && cx.end - cx.first <= 25
        && count_first;
    if !(bulleted || factbox_line) || cx.places.speaks_in_turns(cx.doc, mark - 1) {
        return None;
    }
    run_ending_at(cx, mark - 1, true).filter(|&(first, _)| first == start)
}

/// "Cambodia's health ministry yesterday reported two more infections": the place
/// whose body opens the sentence and reports the figure, no other number between.
fn place_of_possessive_opening(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let (first, last) = cx.places.run_at(cx.doc, opening(cx), true)?;
    let possessive = cx.slice(last).ends_with("'s") || cx.slice(last).ends_with("\u{2019}s");
    let between = last + 1..q.first;
    let reports = between.len() <= 10
        && between.clone().all(|i| !cx.is_standalone_number(i) && !cx.is_clause_break(i) && cx.slice(i) != ",")
        && between.clone().any(|i| cx.word_is(i, PLACE_VERBS) || cx.has(i, SAYING_VERBS));
    (possessive && reports).then_some((first, last))
}

/// "KP's tally this year has reached 13", "Orvane's death toll stands at 9": the place
/// whose counted word comes before the number (a word or two of what is counted may
/// sit between, as "death" does).
fn place_owning_the_count(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let (_, noun) = metric_before(cx, q)?;
    let owner = (noun.saturating_sub(3).max(cx.first)..noun)
        .rev()
        .take_while(|&i| cx.kind(i) == Some(TokenKind::Word))
        .find(|&i| cx.slice(i).ends_with("'s") || cx.slice(i).ends_with("\u{2019}s"))?;
    // Only lower-case words of what is counted between ("death", "polio case"); and not
    // a day's count ("Friday's tally") nor the unit of a place named before ("the
    // State's tally").
    let a_day = cx.in_date(owner)
        || cx.with_word(owner, |w| WEEKDAYS.iter().any(|day| w.starts_with(day)).then_some(())).is_some();
    if a_day || the_places(cx, owner) || (owner + 1..noun).any(|i| cx.is_capitalized(i)) {
        return None;
    }
    run_ending_at(cx, owner, true)
}

/// "Of the 19 cases, 14 are Brackenridge residents and five live in neighboring Elton
/// Township": where the people counted live.
fn place_of_residents(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let at = q.last + 1;
    if cx.word_is(at, &["are", "were"]) {
        let (first, last) = cx.places.run_at(cx.doc, at + 1, true)?;
        return cx.word_is(last + 1, &["residents", "resident"]).then_some((first, last));
    }
    if cx.word_is(at, &["live", "lives", "lived", "reside", "resided"]) && cx.word_is(at + 1, &["in"]) {
        return place_following(cx, at + 2);
    }
    None
}

/// "the central highland district of Ambovara, which has reported 87 cases": the place
/// a relative clause holding the figure is about.
fn place_before_which(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let which = (q.first.saturating_sub(4).max(cx.first)..q.first).find(|&i| cx.word_is(i, &["which"]))?;
    let verb_only =
        (which + 1..q.first).all(|i| cx.word_is(i, PLACE_VERBS) || cx.word_is(i, &["has", "have", "had", "so", "far"]));
    if !verb_only || which < cx.first + 2 || cx.slice(which - 1) != "," {
        return None;
    }
    run_ending_at(cx, which - 2, true)
}

/// "the Sindh health department said that three patients had died ... in the province":
/// the place a reporting body is named for, when the figure is said to be in "the
/// province" (or state, region, district, county).
fn place_of_the_body_reporting(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let in_the_unit = (q.last + 1..(q.last + 12).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && !cx.is_standalone_number(i))
        .any(|i| {
            cx.word_is(i, &["in"])
                && cx.word_is(i + 1, &["the"])
                && cx.word_is(i + 2, &["province", "state", "region", "district", "county"])
        });
    if !in_the_unit {
        return None;
    }
    let body = ["department", "ministry", "directorate", "authorities", "services", "office", "officials"];
    (cx.first..q.first).find_map(|i| {
        let (first, last) = cx.places.run_at(cx.doc, i, true)?;
        (cx.word_is(last + 1, &["health"])
            && cx.word_is(last + 2, &body)
            && cx.word_is(first.wrapping_sub(1), &["the"]))
        .then_some((first, last))
    })
}

/// "Since the virus re-emerged in Cambodia in 2023, the country has reported 41 cases":
/// in a roundup (no main geography), "the country" counting the figure is the place
/// named before it in the sentence.
fn place_called_the_country(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    if !cx.places.is_roundup() {
        return None;
    }
    let verb = (q.first.saturating_sub(3).max(cx.first)..q.first).find(|&i| cx.word_is(i, PLACE_VERBS))?;
    let unit = (verb.saturating_sub(2).max(cx.first)..verb).find(|&i| {
        cx.word_is(i, &["country", "nation", "province", "state"]) && cx.word_is(i.wrapping_sub(1), &["the"])
    })?;
    (cx.first..unit).rev().filter(|&i| cx.word_is(i, &["in"])).find_map(|i| place_following(cx, i + 1))
}

/// "Cebu tallied the most with 211, followed by ... Lapu-Lapu with 15. Siquijor logged
/// seven cases.": a sentence of the same paragraph giving one more place its count
/// goes on with the breakdown of running totals, unless it names a day or a new count.
fn one_more_place_of_totals(
    cx: &Context<'_>,
    q: &Quantity,
    metric: Metric,
    previous: Option<(&Quantity, &Reading)>,
    earlier: Option<&Reading>,
) -> bool {
    let Some(before) = earlier.filter(|e| previous.is_none() && e.last < cx.first) else { return false };
    let same_paragraph = (before.last + 1..=q.first).all(|i| cx.doc.tokens.get(i).is_some_and(|t| !t.line_before));
    // "... and the Tel Aviv District, with 41. Another 26 cases were recorded in the
    // Sharon region": "another" opening the sentence adds one more place to the
    // breakdown, not a period's count.
    let another = opening(cx) + 1 == q.first && cx.word_is(opening(cx), &["another"]);
    before.kind == Kind::Total
        && before.metric == metric
        && before.location.is_some()
        && same_paragraph
        && cx.dates.is_empty()
        && (cx.first..cx.end).all(|i| !cx.has(i, NEW_CUES) || another && i + 1 == q.first)
        && (place_as_subject(cx, q).is_some_and(|(first, _)| first == cx.first)
            || another && place_after(cx, q.last).is_some())
}

/// Whether a place's verb stands right before the number: "concentrates 71",
/// "accounts for 71".
fn place_verb_before(cx: &Context<'_>, q: &Quantity) -> bool {
    let before = q.first.wrapping_sub(1);
    cx.word_is(before, PLACE_VERBS)
        || cx.word_is(before, &["for"]) && cx.word_is(before.wrapping_sub(1), &["accounts", "accounted", "account"])
}

/// "Mandera accounted for 402", "The Littoral region totalizes 1 347", "In Mozambique, 2,403".
fn place_as_subject(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    cx.remember(|asked| &asked.place_as_subject, q, || find_place_as_subject(cx, q))
}

/// Finds [`place_as_subject`] for a number not yet asked about.
fn find_place_as_subject(cx: &Context<'_>, q: &Quantity) -> Option<(usize, usize)> {
    let opening = opening(cx);
    // "In Lima, the ministry counts 2,954 cases", "In the Nandom district, 50 patients",
    // "At the hospital in Dondo district, just outside Beira, 50 patients": a sentence
    // opened by a place.
    // "In Colombia, the department of Tolima concentrates 71": a unit of the place
    // named as the subject of the number's verb is the number's place.
    let unit_as_subject = |from: usize| {
        place_verb_before(cx, q)
            && (from..q.first).any(|i| {
                cx.has(i, PLACE_NOUN)
                    && !cx.is_capitalized(i)
                    && (cx.word_is(i + 1, &["of"]) && cx.is_capitalized(i + 2) || cx.is_capitalized(i.wrapping_sub(1)))
            })
    };
    // ("In the City of Port Ebel, Ostra District registered 412 cases": a unit by its
    // name, right before the verb.)
    let named_unit_as_subject = |from: usize| {
        place_verb_before(cx, q)
            && run_ending_at(cx, q.first.wrapping_sub(2), true)
                .is_some_and(|(first, last)| first > from && cx.has(last, PLACE_NOUN))
    };
    let opening_comma = (opening..q.first).find(|&i| cx.slice(i) == ",");
    let unit_opens_the_clause =
        opening_comma.is_some_and(|comma| unit_as_subject(comma) || named_unit_as_subject(comma));
    if cx.word_is(opening, &["in", "at", "across", "throughout"]) && !unit_opens_the_clause {
        // "In the capital, Port Mirel, 11,900 new cases": the name after its description.
        let named =
            place_following(cx, opening + 1).filter(|&(_, last)| last + 1 < q.first && cx.slice(last + 1) == ",");
        if let Some(found) = named.filter(|&(_, last)| (last + 2..q.first).all(|i| !cx.is_standalone_number(i))) {
            return Some(found);
        }
        let opening_end = (opening..q.first).find(|&i| cx.slice(i) == ",").unwrap_or(q.first);
        let last_in = (opening..opening_end).rev().find(|&i| cx.word_is(i, &["in"]));
        // "In a statement issued in Dodoma, ...": where it was said, not what it counts.
        let where_said = last_in.is_some_and(|i| {
            i > opening
                && (cx.has(i - 1, SAYING_VERBS)
                    || cx.word_is(i - 1, &["issued", "released", "published", "held", "briefing", "conference"]))
        });
        let mut name = if where_said { opening_end } else { last_in.map_or(opening + 1, |i| i + 1) };
        while name < opening_end
            && (cx.has(name, PLACE_LEADS) && !cx.is_capitalized(name) || cx.word_is(name, &["the"]))
        {
            name += 1;
        }
        if let Some((first, last)) = cx.places.run_at(cx.doc, name, true) {
            // "In Kasso province, 58", "In Kasso alone, 58".
            let closes = (last + 1..=opening_end)
                .all(|i| i == opening_end || cx.has(i, PLACE_NOUN) || cx.word_is(i, &["alone"]));
            if closes && opening_end < q.first {
                return Some((first, last));
            }
        }
    }
    // "Mandera accounted for 402", "The municipality of Campinas has 9 cases", "Piura is
    // the most affected with 9,112 cases": the place opening the clause, its verb and
    // the number close behind, no other number between.
    // "Bengaluru (BBMP limits) continues to top the list with 1,104": a parenthesis
    // after the name belongs to it.
    let mut depth = 0usize;
    let clause = (opening..q.first).rev().find(|&i| match cx.slice(i) {
        ")" => {
            depth += 1;
            false
        }
        "(" if depth > 0 => {
            depth -= 1;
            false
        }
        "," | ";" | ":" | "(" | "\u{2022}" => depth == 0,
        _ => false,
    });
    // "..., with 1,204 suspected cases": the clause before the comma has the place
    // (not "..., with Ardel accounting for 1,204": the place after "with").
    let clause = match clause {
        Some(comma) if cx.slice(comma) == "," && cx.word_is(comma + 1, &["with"]) && !cx.is_capitalized(comma + 2) => {
            let before = (opening..comma).rev().find(|&i| matches!(cx.slice(i), "," | ";" | ":" | "(" | "\u{2022}"));
            // "The capital's district, Western Area Urban, accounts for more than half of
            // all cases, with 281": the name in the aside before the place's verb.
            let named_in_aside =
                before.filter(|&close| cx.slice(close) == "," && place_verb_at(cx, close + 1)).and_then(|close| {
                    let open = (opening..close).rev().find(|&i| cx.slice(i) == ",")?;
                    let (_, last) = cx.places.run_at(cx.doc, open + 1, true)?;
                    (last + 1 == close).then_some(open)
                });
            // "The East region, which borders the Central African Republic, is the
            // epicentre, with 42": past the relative clause to the place before it; so
            // past where it is ("the province of Nampula, in the north of the country,
            // is the most affected, with 1.246").
            let past_a_relative_clause = before
                .filter(|&close| {
                    cx.slice(close) == "," && (place_verb_at(cx, close + 1) || ranked_first_at(cx, close + 1))
                })
                .and_then(|close| {
                    let which = (close.saturating_sub(24).max(opening)..close).rev().find(|&i| {
                        cx.slice(i) == ","
                            && (cx.word_is(i + 1, &["which"])
                                || cx.word_is(i + 1, &["in", "on", "near", "along"])
                                    && i > opening
                                    && (cx.is_capitalized(i - 1) || cx.has(i - 1, PLACE_NOUN)))
                    })?;
                    Some((opening..which).rev().find(|&i| matches!(cx.slice(i), "," | ";" | ":" | "(" | "\u{2022}")))
                });
            named_in_aside.map(Some).or(past_a_relative_clause).unwrap_or(before)
        }
        // "Kessala accounts for the vast majority: 171 cases": the clause before the
        // colon has the place and its verb, the number comes after it.
        // ("Piura registers the most deaths, 41, followed by Lambayeque": a ranking's
        // count set off by commas.)
        Some(colon)
            if (cx.slice(colon) == ":"
                || cx.slice(colon) == ","
                    && (opening..colon)
                        .any(|i| cx.word_is(i, &["most", "major", "highest", "largest", "greatest"])))
                && colon + 1 == q.first =>
        {
            let before = (opening..colon).rev().find(|&i| matches!(cx.slice(i), "," | ";" | ":" | "(" | "\u{2022}"));
            // The name right before its verb ("Monkey deaths reported ...: 46" names none).
            // ("Piura also registers": past an adverb.)
            let verb = (before.map_or(opening, |i| i + 1) + 1..colon)
                .any(|i| place_verb_at(cx, i) && cx.is_capitalized(i - 1));
            if verb && (opening..colon).all(|i| !cx.is_standalone_number(i)) {
                before
            } else {
                Some(colon)
            }
        }
        // "Kesso, the state hit hardest, accounts for 160": past a description of the
        // place between commas, to its name.
        // ("Gaines County, a rural county of about 22,000 people, remains the epicenter
        // with 214 cases".)
        Some(comma) if cx.slice(comma) == "," && (place_verb_at(cx, comma + 1) || ranked_first_at(cx, comma + 1)) => {
            // "The coastal province of Veloria, home to its beach resorts, accounted
            // for": an aside after a name may be longer.
            // "Arvel, which takes in Sorn, Bellamy and Quill, accounts for": a relative
            // clause, commas of its own and all.
            let relative = (comma.saturating_sub(24).max(opening)..comma).rev().find(|&i| {
                cx.slice(i) == ","
                    && cx.word_is(i + 1, &["which"])
                    && i > opening
                    && (cx.is_capitalized(i - 1) || cx.has(i - 1, PLACE_NOUN))
            });
            // (Not the comma inside "22,000".)
            let described =
                relative.or_else(|| (opening..comma).rev().find(|&i| cx.is_separating_comma(i))).filter(|&open| {
                    (cx.word_is(open + 1, &["the", "a", "an"]) && comma - open <= 7
                        || open > opening
                            && (cx.is_capitalized(open - 1) || cx.has(open - 1, PLACE_NOUN))
                            && comma - open <= 16
                        || Some(open) == relative)
                        && (open..comma).all(|i| !cx.is_standalone_number(i) || population_at(cx, i))
                });
            match described {
                Some(open) => {
                    (opening..open).rev().find(|&i| matches!(cx.slice(i), "," | ";" | ":" | "(" | "\u{2022}"))
                }
                None => Some(comma),
            }
        }
        clause => clause,
    };
    let mut first = clause.map_or(opening, |i| i + 1);
    // "Los Angeles County public health officials said Friday that they have now
    // confirmed nine cases", "Minnesota's health department, in its weekly update
    // Wednesday, counted 14": the place of the health body telling the figure, when no
    // other name or number stands between.
    let speaker_start = if cx.word_is(first, &["the"]) { first + 1 } else { first };
    if let Some((start, last, end)) = health_body_of_a_place(cx, speaker_start) {
        let between = end + 1..q.first;
        let other_name = between
            .clone()
            .any(|i| cx.is_standalone_number(i) || cx.is_capitalized(i) && !cx.has(i, DATE_START) && !cx.in_date(i));
        let told = between.clone().any(|i| cx.has(i, SAYING_VERBS) || cx.word_is(i, PLACE_VERBS));
        if !other_name && told && between.len() <= 24 {
            return Some((start, last));
        }
    }
    // "She added that Kasaba district remained the epicentre with 236": past the
    // speaker to the clause said.
    // ("He said West Gonja District recorded 14 cases": "that" left out before a name;
    // "The data show that Ostra District recorded the most cases": what data tell.)
    let telling = |k: usize| {
        cx.has(k, SAYING_VERBS)
            || cx.word_is(k, &["show", "shows", "showed", "indicate", "indicates", "reveal", "reveals"])
    };
    let said_that = (first..q.first).find(|&i| {
        cx.word_is(i, &["that"]) && (i.saturating_sub(3).max(first)..i).any(telling)
            || cx.word_is(i, &["said", "says"]) && cx.is_capitalized(i + 1) && !cx.has(i + 1, DATE_START)
    });
    if let Some(that) = said_that {
        first = that + 1;
    }
    // Past "while", "the", "the capital", "The municipality of", "Residents of": to the
    // name ("Residents of Nandi ward account for 19": where the people live).
    let skippable = |i: usize| {
        cx.word_is(i, &["the", "in", "of", "while", "whereas", "and", "but", "with"])
            || cx.has(i, PLACE_NOUN | PLACE_LEADS) && !cx.is_capitalized(i)
            || cx.has(i, PEOPLE) && cx.word_is(i + 1, &["of", "in", "from"])
    };
    while first < q.first && skippable(first) {
        first += 1;
    }
    // "The poor Port-au-Prince commune of Cité Soleil is the epicenter, with 1,204": the
    // name after its description.
    // "The Wisconsin Department of Health Services has also identified 3 cases": a
    // health body named for its place counts for that place.
    let body = body_named_for(cx, first);
    let described = (first..(first + 8).min(q.first))
        .find(|&i| cx.has(i, PLACE_NOUN) && cx.word_is(i + 1, &["of"]) && cx.is_capitalized(i + 2));
    if let Some(noun) = described.filter(|_| body.is_none()) {
        first = noun + 2;
    }
    let (start, mut last, body_end) = match body {
        Some((start, last, end)) => (start, last, Some(end)),
        None => cx.places.run_at(cx.doc, first, true).map(|(start, last)| (start, last, None))?,
    };
    // "Kingston and St Andrew (KSA) accounted for 612": two places counted together.
    if let Some((_, end)) = cx.word_is(last + 1, &["and"]).then(|| cx.places.run_at(cx.doc, last + 2, true)).flatten() {
        last = end;
    }
    // Past an aside between commas to the place's verb: "Veloria, home to most of the
    // country's beach resorts, accounted for 2,240"; a relative clause may run longer,
    // past commas of its own ("Arvel, which takes in the towns of Sorn, Bellamy and
    // Quill and the port of Old Haven, accounts for 388").
    // ("The Arvel district, which ...": past the unit after the name.)
    let name_end = body_end.unwrap_or_else(|| unit_after(cx, last));
    let relative = cx.word_is(name_end + 2, &["which", "that"]);
    let aside_end = (cx.slice(name_end + 1) == ",")
        .then(|| {
            (name_end + 2..(name_end + if relative { 24 } else { 18 }).min(q.first)).find(|&i| {
                cx.is_separating_comma(i) && (!relative || place_verb_at(cx, i + 1) || ranked_first_at(cx, i + 1))
            })
        })
        .flatten()
        .filter(|&close| place_verb_at(cx, close + 1) || ranked_first_at(cx, close + 1))
        .filter(|&close| (name_end + 2..close).all(|i| !cx.is_standalone_number(i) || population_at(cx, i)));
    // ("the Central region (excluding Bangkok) has recorded": past the unit to the bracket.)
    let bracket = unit_after(cx, last) + 1;
    let after_name = if cx.slice(bracket) == "(" {
        (bracket + 1..q.first).find(|&i| cx.slice(i) == ")").map_or(last + 1, |close| close + 1)
    } else if let Some(close) = aside_end {
        close + 1
    } else {
        name_end + 1
    };
    let between = after_name..q.first;
    // "Barishal division has had the highest number of cases outside the capital this
    // year, with 8,116": a ranking's number after ", with" may stand further off.
    let ranked = q.first >= 2 && cx.word_is(q.first - 1, &["with"]) && cx.slice(q.first - 2) == ",";
    let close = between.len() <= if ranked { 20 } else { 12 }
        && !between
            .clone()
            // ("since January": a month is no other name.)
            .any(|i| {
                cx.is_standalone_number(i)
                    || cx.is_capitalized(i)
                        && !cx.has(i, PLACE_NOUN | DATE_START)
                        && !cx.in_date(i)
                        && !ranked_against(cx, i)
            });
    let verb = |i: usize| {
        cx.word_is(i, PLACE_VERBS)
            || cx.word_is(
                i,
                &[
                    "is", "was", "leads", "led", "tops", "top", "with", "alone", "continues", "remains", "remained",
                    "accounting",
                ],
            )
    };
    // A known place, or a name followed at once by its verb ("Karachi had recorded",
    // "Piura is the most affected"); an acronym ("the BAG has counted") only if known.
    let acronym = cx.doc.words(start, last).chars().all(|c| !c.is_lowercase()) && last == start;
    let verb_next = (after_name..(after_name + 2).min(q.first)).any(verb) && !acronym;
    // "Kesso, the state hit hardest, accounts for": the description says it is a place.
    let described_as_place = cx.slice(after_name) == ","
        && cx.word_is(after_name + 1, &["the", "a", "an"])
        && (after_name + 2..q.first).take_while(|&i| cx.slice(i) != ",").any(|i| cx.has(i, PLACE_NOUN));
    let known = cx.places.used_as_place(cx.doc, start) || verb_next || described_as_place || body_end.is_some();
    (close && between.clone().any(verb) && known).then_some((start, last))
}

/// Whether a place's verb stands at token `i`, or after an adverb there ("Luanda, home
/// to the capital, still accounts for 6,214").
fn place_verb_at(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i, PLACE_VERBS) || cx.word_is(i, VERB_ADVERBS) && cx.word_is(i + 1, PLACE_VERBS)
}

/// Whether the number at `i` counts the people living somewhere: "a county of about
/// 22,000 people" (in an aside describing a place, no count).
fn population_at(cx: &Context<'_>, i: usize) -> bool {
    let after = (i + 1..i + 4).find(|&j| cx.kind(j) == Some(TokenKind::Word));
    after.is_some_and(|j| cx.word_is(j, &["people", "residents", "inhabitants"]))
}

/// "remains the epicenter", "is the worst hit": a place ranked first, before its count.
fn ranked_first_at(cx: &Context<'_>, i: usize) -> bool {
    let first = ["epicenter", "epicentre", "hardest", "worst", "hotspot", "centre", "center", "most"];
    cx.word_is(i, &["remains", "remained", "is", "was"]) && (i + 1..(i + 4).min(cx.end)).any(|j| cx.word_is(j, &first))
}

/// Adverbs that may stand before a place's verb: "still accounts for", "have now recorded".
const VERB_ADVERBS: &[&str] = &["still", "now", "also", "already"];

/// A health body named for its place, opening at `first`: the capitalised names of
/// [`body_named_for`], or a place with "health officials", "public health officials",
/// "health department", "health authorities" in lower case after it ("Los Angeles
/// County public health officials", "Minnesota's health department"). Returns the
/// place's first and last tokens and the body's last.
fn health_body_of_a_place(cx: &Context<'_>, first: usize) -> Option<(usize, usize, usize)> {
    if let Some(body) = body_named_for(cx, first) {
        return Some(body);
    }
    // A known name ("Civic health officials" are the city's, not a place's).
    let (start, last) = cx.places.run_at(cx.doc, first, false)?;
    let mut at = unit_after(cx, last) + 1;
    if matches!(cx.slice(at), "'" | "\u{2019}") && cx.word_is(at + 1, &["s"]) {
        at += 2;
    }
    if cx.word_is(at, &["public"]) {
        at += 1;
    }
    let body = ["officials", "department", "authorities", "ministry", "officers", "office"];
    (cx.word_is(at, &["health"]) && !cx.is_capitalized(at) && cx.word_is(at + 1, &body)).then_some((
        start,
        last,
        at + 1,
    ))
}

/// The place a health body is named for, when its name opens at `first`: "Wisconsin
/// Department of Health Services" (Wisconsin), "Cuba's Ministry of Public Health" (Cuba),
/// "Maine CDC" (Maine). Returns the place's first and last tokens and the name's last.
fn body_named_for(cx: &Context<'_>, first: usize) -> Option<(usize, usize, usize)> {
    // ("NSW Health's latest surveillance report recorded 9,874": a state's health body
    // by its one word.)
    const BODIES: &[&str] = &["department", "ministry", "cdc", "dhs", "dph", "doh", "health"];
    // ("The National Department of Health", "the Health Ministry": named for no place.)
    const NO_PLACE: &[&str] = &[
        "world", "national", "federal", "central", "state", "pan", "european", "international", "regional",
        "provincial", "public", "global", "africa", "health", "education", "agriculture", "interior", "foreign",
    ];
    if !cx.is_capitalized(first) || cx.word_is(first, NO_PLACE) {
        return None;
    }
    // ("The Punjab Primary and Secondary Healthcare Department": the kinds of care it
    // runs stand between the place and the body.)
    const CARE: &[&str] = &["primary", "secondary", "tertiary", "specialized", "specialised", "healthcare", "and"];
    let body = (first + 1..(first + 8).min(cx.end))
        .take_while(|&j| cx.is_capitalized(j) || cx.word_is(j, &["and"]))
        .find(|&j| cx.is_capitalized(j) && (cx.word_is(j, BODIES) || cx.word_is(j, &["health's"])))?;
    // (Not "UK Health Security Agency", "Southern Health-Santé Sud": "Health" ends it.)
    let health = cx.word_is(body, &["health", "health's"]);
    if health && (cx.is_capitalized(body + 1) && !cx.doc.tokens[body + 1].line_before || cx.slice(body + 1) == "-") {
        return None;
    }
    let care = (first + 1..body).find(|&j| cx.word_is(j, CARE)).unwrap_or(body);
    let place = first..care;
    if body > first + 3 && care == body
        || !place.clone().all(|j| cx.is_capitalized(j) && !cx.has(j, INSTITUTION) && !cx.word_is(j, NO_PLACE))
        || !(care..body).all(|j| cx.word_is(j, CARE))
    {
        return None;
    }
    // The body's name runs on: "of Health Services", "of Public Health".
    let mut end = body;
    loop {
        if cx.is_capitalized(end + 1) && !cx.doc.tokens[end + 1].line_before {
            end += 1;
        } else if cx.word_is(end + 1, &["of", "and", "for"]) && cx.is_capitalized(end + 2) {
            end += 2;
        } else {
            return Some((first, care - 1, end));
        }
    }
}

/// "West Java and Central Java each recorded more than 8,000", "Pabna, Natore and
/// Rajbari recorded one case each": one figure for every place of the list. Empty when
/// the figure is not given to each of two or more places.
pub(crate) fn places_each(cx: &Context<'_>, q: &Quantity, last: usize) -> Vec<(usize, usize)> {
    let after = places_after_each(cx, q);
    if !after.is_empty() {
        return after;
    }
    // "Kessa and Orlo provinces 1 person each": the places' plural unit stands for the verb.
    let units = |v: usize| cx.has(v, PLACE_NOUN) && !cx.is_capitalized(v) && cx.slice(v).ends_with('s');
    let Some(verb) = q.first.checked_sub(1).filter(|&v| cx.word_is(v, PLACE_VERBS) || units(v)) else {
        return Vec::new();
    };
    let each_before = cx.word_is(verb.wrapping_sub(1), &["each"]);
    // ("1 person each": the people a count of no counted word names.)
    let each_at = if cx.has(last + 1, PEOPLE) { last + 2 } else { last + 1 };
    if !each_before && !cx.word_is(each_at, &["each", "apiece"]) {
        return Vec::new();
    }
    let mut places = Vec::new();
    let mut j = if each_before { verb - 1 } else { verb };
    while let Some((first, place_last)) = j.checked_sub(1).and_then(|end| run_ending_at(cx, end, true)) {
        places.push((first, place_last));
        // Past ", ", " and " or ", and " to the place before.
        let mut k = first;
        while k > cx.first && (cx.slice(k - 1) == "," || cx.word_is(k - 1, &["and"])) {
            k -= 1;
        }
        if k == first || places.len() >= 12 {
            break;
        }
        j = k;
    }
    places.reverse();
    if places.len() < 2 {
        places.clear();
    }
    places
}

/// "one each is from Tasso and Kemble districts": the places a count is given to
/// each of, named after it. Empty unless there are two or more.
fn places_after_each(cx: &Context<'_>, q: &Quantity) -> Vec<(usize, usize)> {
    let mut i = q.last + 1;
    if !cx.word_is(i, &["each"]) {
        return Vec::new();
    }
    i += 1;
    if cx.word_is(i, &["is", "are", "was", "were"]) {
        i += 1;
    }
    if !cx.word_is(i, &["from", "in"]) {
        return Vec::new();
    }
    let mut places = Vec::new();
    let mut at = i + 1;
    while let Some((first, last)) = cx.places.run_at(cx.doc, at, true) {
        places.push((first, last));
        at = last + 1;
        while cx.slice(at) == "," || cx.word_is(at, &["and"]) {
            at += 1;
        }
        if at == last + 1 || places.len() >= 12 {
            break;
        }
    }
    if places.len() < 2 {
        places.clear();
    }
    places
}

fn clause_starts_at(cx: &Context<'_>, i: usize) -> bool {
    i == cx.first
        || matches!(cx.slice(i - 1), "," | ";" | ":" | "-" | "\u{2013}" | "\u{2014}" | "\u{2022}")
        || cx.doc.tokens[i].line_before
}

/// The place name whose last token is `j`. With `after_the`, a name that follows "the"
/// or opens a clause may be any capitalised run; otherwise it must be a known name.
fn run_ending_at(cx: &Context<'_>, j: usize, after_the: bool) -> Option<(usize, usize)> {
    if !cx.is_capitalized(j) {
        return None;
    }
    let mut first = j;
    // ("Then Garut Regency with 2,980 cases": a sentence's adverb is no part of it.)
    let can_start = |i: usize| {
        cx.is_capitalized(i) && !cx.has(i, PHRASE_ENDS) && !is_relational(cx.doc, i) && !cx.word_is(i, &["then"])
    };
    // "Jaboatão dos Guararapes": a name joined by a particle.
    // (A hyphen inside the name only: not "Five States - Bayelsa (6,104)".)
    let hyphen = |i: usize| cx.slice(i) == "-" && cx.attached(i) && cx.attached(i + 1);
    // ("Bay of Plenty": "of" too, after no unit's name: "the City of Manila" is
    // Manila, "the Federal Territories of Kuala Lumpur and Putrajaya" are theirs.)
    let of_a_name = |i: usize| {
        cx.word_is(i, &["of"]) && !cx.has(i - 1, PLACE_NOUN) && !cx.word_is(i - 1, &["territory", "territories"])
    };
    let joined =
        |i: usize| i > cx.first && (hyphen(i) || cx.word_is(i, NAME_PARTICLES) || of_a_name(i)) && can_start(i - 1);
    // "Bouches-du-Rhône": a particle between hyphens.
    let hyphened_particle = |i: usize| {
        hyphen(i) && i >= cx.first + 3 && cx.word_is(i - 1, NAME_PARTICLES) && hyphen(i - 2) && can_start(i - 3)
    };
    while first > cx.first && (can_start(first - 1) || joined(first - 1) || hyphened_particle(first - 1)) {
        first -= if can_start(first - 1) {
            1
        } else if joined(first - 1) {
            2
        } else {
            4
        };
    }
    let lenient = after_the
        && (first == cx.first || cx.word_is(first - 1, &["the", "in", "then"]) || clause_starts_at(cx, first));
    let (start, end) = cx.places.run_at(cx.doc, first, lenient)?;
    (start == first && end == j).then_some((first, j))
}

/// A status word in the figure's phrase: "new cases of fever", "suspected cases",
/// "confirmed infected".
fn subject_near(cx: &Context<'_>, q: &Quantity, last: usize) -> Option<(Subject, usize)> {
    let after_noun = if cx.word_is(last + 1, &["of"]) { last + 3 } else { last };
    (q.last + 1..=after_noun.min(cx.end.saturating_sub(1)))
        .filter(|&i| !cx.is_quote(i) && !names_a_fever(cx, i))
        .find_map(|i| cx.with_word(i, subject_of).map(|s| (s, i)))
        .or_else(|| status_by_its_verb(cx, last))
}

/// "1,041 cases were laboratory confirmed", "52 have since been confirmed", "three
/// cases are being treated as probable": the status the verb after the figure's words
/// gives it.
fn status_by_its_verb(cx: &Context<'_>, last: usize) -> Option<(Subject, usize)> {
    let mut i = last + 1;
    if !cx.word_is(i, &["were", "was", "are", "is", "have", "has", "had"]) {
        return None;
    }
    i += 1;
    while cx.word_is(i, &["been", "since", "laboratory", "lab", "later", "also", "all", "being"]) || cx.slice(i) == "-"
    {
        i += 1;
    }
    let status = |at: usize| cx.with_word(at, subject_of).filter(|&s| s != Subject::Fever).map(|s| (s, at));
    if cx.word_is(i, &["treated", "considered", "regarded"]) && cx.word_is(i + 1, &["as"]) {
        return status(i + 2);
    }
    if cx.word_is(i, &["considered", "deemed"]) {
        return status(i + 1);
    }
    cx.word_is(i, &["confirmed"]).then_some((Subject::Confirmed, i))
}

/// "cases of yellow fever", "Lassa fever cases": "fever" in a disease's name is no
/// case status.
fn names_a_fever(cx: &Context<'_>, i: usize) -> bool {
    // ("Oropouche fever", "West Nile fever": a capitalised name before it.)
    cx.word_is(i, &["fever", "fevers"])
        && (cx.word_is(
            i.wrapping_sub(1),
            &[
                "yellow", "lassa", "dengue", "typhoid", "paratyphoid", "enteric", "scarlet", "spotted", "haemorrhagic",
                "hemorrhagic", "rift", "valley", "q",
            ],
        ) || cx.is_capitalized(i.wrapping_sub(1)))
}

/// Takes "of fever" / "of suspected cholera" into the figure's words.
fn extend_over_subject(cx: &Context<'_>, last: usize) -> usize {
    if !cx.word_is(last + 1, &["of"]) {
        return last;
    }
    let mut i = last + 2;
    while cx.is_quote(i) {
        i += 1;
    }
    if cx.has(i, MODIFIERS) || cx.with_word(i, |w| subject_of(w).is_some()) {
        while cx.is_quote(i + 1) && cx.attached(i + 1) {
            i += 1;
        }
        return i;
    }
    last
}

/// "87 suspect cases remain in investigation", "112 deaths are under investigation",
/// "three cases are being treated as probable": the word that says the figure's cases
/// or deaths are still being looked into.
fn still_investigated(cx: &Context<'_>, q: &Quantity, last: usize) -> Option<usize> {
    // Not past the next figure ("388 confirmed deaths and another 517 under investigation").
    (q.last + 1..(last + 8).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != "," && !cx.word_is(i, &["and"]))
        .find(|&i| {
            cx.word_is(i, &["investigation", "pending", "awaiting"])
                // "two probable cases that we are still investigating".
                || cx.word_is(i, &["investigating", "investigated"]) && cx.word_is(i - 1, &["still", "being"])
                // "Another three cases are being treated as probable while results are
                // awaited": the stock of a lesser status beside the confirmed count.
                // ("Another 12 cases are considered probable".)
                || cx.word_is(i, &["probable", "suspected"])
                    && (cx.word_is(i - 1, &["as"]) && cx.word_is(i - 2, &["treated", "considered", "regarded"])
                        || cx.word_is(i - 1, &["considered", "deemed"]))
        })
}

/// New or total, with a strength and the words that decided it.
fn kind_of(
    cx: &Context<'_>,
    q: &Quantity,
    last: usize,
    metric: Metric,
    previous: Option<(&Quantity, &Reading)>,
) -> (Kind, u8, String) {
    if metric == Metric::Active {
        return (Kind::Total, 3, "people ill now are a current count".into());
    }
    // "its ninth case of 2026", "the country's 10th death": the latest one's rank.
    if ordinal_of_a_count(cx, q) || cx.with_word(q.number_first, super::number::ordinal_word).is_some() {
        return (Kind::Total, 3, "the rank of the latest one is the count so far".into());
    }
    // "Another 87 suspect cases remain in investigation", "a further two probable cases
    // that we are still investigating": a stock of pending cases.
    if let Some(at) = still_investigated(cx, q, last) {
        return (Kind::Total, 3, format!("\"{}\": cases still being looked into", cx.slice(at)));
    }
    // "Deaths reported today: 1", "Samples tested in the last 24 hours: 212": a label's
    // "today" or recent hours make it the day's count.
    let recent = |i: usize| {
        cx.word_is(i, &["today"]) || cx.word_is(i, &["last", "past"]) && cx.word_is(i + 2, &["hours", "hrs", "days"])
    };
    let label_today = cx.slice(q.first.wrapping_sub(1)) == ":"
        && metric_before(cx, q).is_some_and(|(_, at)| (at..q.first).any(recent));
    if label_today {
        return (Kind::New, 3, "its label says today or the last hours: the day's count".into());
    }
    // "confirmed 47 cases, nine more than in last week's update": what a total grew by
    // since the report before is the new count of the time between.
    let grown_since_last_report = cx.word_is(q.last + 1, &["more"])
        && cx.word_is(q.last + 2, &["than"])
        && (q.last + 3..(q.last + 9).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| cx.word_is(i, &["update", "report", "bulletin", "tally", "count"]))
        && previous.is_some_and(|(_, before)| before.kind == Kind::Total && before.metric == metric);
    if grown_since_last_report {
        return (Kind::New, 3, "\"more than\" the report before: the count that came in since".into());
    }
    // "Weekly new cases, last 4 weeks: ▼ 71 → 64": what the trend line's label says.
    if let Some(colon) = trend_label(cx, q) {
        let new = (cx.first..colon).find(|&i| cx.has(i, NEW_CUES) || cx.word_is(i, &["weekly"]));
        return match new {
            Some(at) => (Kind::New, 3, ["\"", cx.slice(at), "\" in the label of a trend line"].concat()),
            None => (Kind::Total, 2, "a trend line's label with no word of a period: running totals".into()),
        };
    }
    if change_line_after(cx, q) {
        return match kind_of_counted_word_before(cx, q) {
            Some((kind, at)) => (kind, 3, ["\"", cx.slice(at), "\" in a tile's label"].concat()),
            None => (Kind::Total, 2, "a tile's value over its change: a running total".into()),
        };
    }
    let tile_rise = arrow_rise(cx, q) && previous.is_some_and(|(_, before)| before.kind == Kind::Total);
    if tile_rise {
        return (Kind::New, 3, "an arrow's rise of the total before it since the last report: the new count".into());
    }
    if let Some((kind, at)) = kind_in_own_words(cx, q, last).or_else(|| kind_of_counted_word_before(cx, q)) {
        return (kind, 3, ["\"", cx.slice(at), "\""].concat());
    }
    // "96 new cases in the week ending Jun 14, for a total of 3,402 this year": the sum
    // the count comes to. ("A total of 1,432 cases were recorded in ME40" is the week's.)
    let for_a_total_of = q.first >= 4
        && cx.word_is(q.first - 4, &["for"])
        && cx.word_is(q.first - 3, &["a"])
        && cx.word_is(q.first - 2, &["total"])
        && cx.word_is(q.first - 1, &["of"]);
    if for_a_total_of {
        return (Kind::Total, 3, "\"for a total of\": the sum the count comes to".into());
    }
    if total_after_a_change(cx, q).is_some() {
        return (Kind::Total, 3, "the count a change came to (\"rose by ... to\")".into());
    }
    if let Some(at) = brought_to(cx, q) {
        return (Kind::Total, 2, format!("\"{} ... to\": the level a total was brought to", cx.slice(at)));
    }
    // Joined to the figure before: "bringing the total to 1.72 million and 62 deaths";
    // not "614 cases, 41 of them in the last 48 hours", whose own period says new.
    let own_period = || {
        (last + 1..(last + 8).min(cx.end))
            .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
            .any(|i| opens_recent_period(cx, i))
    };
    if let Some((_, reading)) = previous.filter(|_| !own_period()) {
        let joined = joined_to_previous(cx, reading.last, q) || as_well_as_before(cx, q);
        if joined && reading.kind_strength >= 1 {
            return (reading.kind, reading.kind_strength, "joined to the figure before it".into());
        }
    }
    // "The daily tally was down from 381,454", "Friday's tally, released on ..., stood
    // at 18,021": one day's count, whatever verb follows.
    let day_tally = (cx.first..q.first)
        .rev()
        .take_while(|&i| !cx.is_standalone_number(i))
        // ("Monday's cumulative was 28,940" is the running total as of Monday.)
        .find(|&i| cx.has(i, TOTAL_CUES) && days_count_before(cx, i) && !cx.word_is(i, &["cumulative"]));
    if let Some(at) = day_tally {
        return (Kind::New, 2, format!("\"{} {}\": one day's count", cx.slice(at - 1), cx.slice(at)));
    }
    // "The number of patients reported in the week through Sunday reached 4,812": the
    // count of the week the words before it name, whatever verb brings it.
    if let Some(at) = week_named_before(cx, q) {
        return (Kind::New, 2, format!("\"the week {}\" before it: a week's count", cx.slice(at + 1)));
    }
    // "The death toll in August alone was 342", "342 deaths in August alone": the count
    // of a named period, said next to the figure with no other number between.
    let period_alone = |i: usize| cx.word_is(i, &["alone"]) && cx.dates.iter().any(|&(_, last)| last + 1 == i);
    let no_number_between = |a: usize, b: usize| (a..b).all(|j| !cx.is_standalone_number(j));
    let near = q.first.saturating_sub(8).max(cx.first)..(q.last + 8).min(cx.end);
    let alone = near.into_iter().find(|&i| period_alone(i));
    if alone.is_some_and(|i| if i < q.first { no_number_between(i, q.first) } else { no_number_between(q.last + 1, i) })
    {
        return (Kind::New, 3, "a period's count (\"alone\")".into());
    }
    if let Some(at) = month_counted_in(cx, q, last) {
        return (Kind::New, 2, format!("a month's count (\"in {}\")", cx.slice(at)));
    }
    // The nearest cue in the clause, before or after: "taking the death toll to 61",
    // "rose by 500", "50 deaths in total", "in the past 24 hours".
    let after = (last + 1..(last + 12).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .find_map(|i| kind_cue_after(cx, i).map(|kind| (kind, i)));
    let mut report_verb = false;
    // "four confirmed and four probable": the words of the figure before are not this
    // one's verb.
    let previous_words = previous.map_or(0, |(_, r)| r.last + 1);
    // "5 of them new since Friday, and 21 deaths": a cue before ", and" is the item
    // before's.
    // ("46 fresh cases in the past seven days, as the state had recorded 1,088 cases till
    // October 29": nor is a cue before a clause of its own, opened by ", as".)
    let own_clause_from = |i: usize| {
        cx.slice(i) == ","
            && cx.word_is(i + 1, &["as", "while", "whereas", "although", "though"])
            && (i + 1..q.first).all(|j| cx.slice(j) != ",")
    };
    let before = (q.first.saturating_sub(10).max(cx.first)..q.first)
        .rev()
        .take_while(|&i| {
            let item_before = cx.slice(i) == "," && cx.word_is(i + 1, &["and"]);
            !(cx.is_clause_break(i) || cx.is_standalone_number(i) || item_before || own_clause_from(i))
        })
        .find_map(|i| {
            report_verb |= cx.has(i, COUNT_VERBS) && i >= previous_words;
            kind_cue_before(cx, i).map(|kind| (kind, i))
        });
    // "In total, 1 214 cases were reported during the week": "in total," sums up the
    // sentence; it says nothing of the kind of count.
    let sums_up = |at: usize| cx.word_is(at.wrapping_sub(1), &["in"]) && cx.slice(at + 1) == ",";
    let nearest = match (before, after) {
        (Some(b), a) if sums_up(b.1) => a,
        (Some(b), Some(a)) => Some(if q.first - b.1 <= a.1 - last { b } else { a }),
        (b, a) => b.or(a),
    };
    if let Some((kind, at)) = nearest {
        let side = if at < q.first { "before" } else { "after" };
        return (kind, 2, ["\"", cx.slice(at), "\" ", side, " it"].concat());
    }
    // "reported 56,634 cases in January and February, and four deaths": joined to the
    // figure before past the period they share.
    if let Some((_, reading)) = previous {
        if joined_past_a_period(cx, reading.last, q) && reading.kind_strength >= 1 {
            return (reading.kind, reading.kind_strength, "joined to the figure before it, past their period".into());
        }
    }
    // "Currently, 36 patients are hospitalised ..., against 52 the previous week": people in
    // hospital now are a stock, whatever it is compared with.
    let now = || {
        (cx.first..q.first).any(|i| cx.word_is(i, &["currently", "now"]))
            || (q.last + 1..last).any(|i| cx.word_is(i, &["are", "is", "remain", "remains", "remained", "still"]))
    };
    if metric == Metric::Hospitalized && now() && cx.word_is(last, &["hospitalised", "hospitalized", "hospital"]) {
        return (Kind::Total, 1, "people in hospital now: a current count".into());
    }
    // "reported 640 cases as of 16 Feb", "As of Thursday, 88 patients were admitted":
    // a count at a point in time is a running total or a stock.
    let clause_end = own_clause_end(cx, q);
    // The sentence's first such words, found once for all its numbers: in this clause
    // if they come before its end.
    let in_clause = |found: Option<usize>| found.filter(|&i| i < clause_end);
    let as_of = in_clause(*cx.cues.as_of.get_or_init(|| {
        (cx.first..cx.end).find(|&i| {
            cx.word_is(i, &["as"]) && cx.word_is(i + 1, &["of", "at"]) && (i + 2..i + 4).any(|j| cx.in_date(j))
        })
    }));
    // "1,128 patients were reported in the period through May 24", "until this Saturday
    // (14), were notified 14.872 cases": a period with an end and no start runs from the
    // beginning: a running total.
    let as_of = as_of.or_else(|| {
        in_clause(*cx.cues.period_through.get_or_init(|| {
            (cx.first..cx.end).find(|&i| {
                cx.word_is(i, &["period"]) && cx.word_is(i + 1, &["through", "until", "up"]) || until_a_day(cx, i)
            })
        }))
    });
    if let Some(at) = as_of {
        return (
            Kind::Total,
            1,
            format!("\"{} {}\" a day: a count at a point in time", cx.slice(at), cx.slice(at + 1)),
        );
    }
    // "had logged 1,935 cases a day earlier": a day's count set beside another day's.
    let day_before = *cx.cues.day_before.get_or_init(|| {
        (cx.first..cx.end).any(|i| {
            cx.has(i, DAY_OR_WEEK) && cx.word_is(i + 1, &["earlier", "before", "alone"])
                || cx.has(i + 1, DAY_OR_WEEK) && cx.word_is(i, &["previous", "preceding"])
        })
    });
    // ("has grown to 312 cases, up from 285 a week earlier", "64 cases have now been
    // confirmed": a level reached, set beside an earlier level.)
    let level_reached = cx.word_is(q.first.wrapping_sub(1), &["to"])
        && cx.word_is(q.first.wrapping_sub(2), &["grown", "risen", "rose", "grew", "climbed", "increased", "jumped"])
        || cx.word_is(q.first.wrapping_sub(1), &["reached", "hit", "topped"])
        || (q.first.saturating_sub(3).max(cx.first)..(q.last + 4).min(cx.end)).any(|i| cx.word_is(i, &["now"]));
    // "Var remains the epicentre with 97 cases, up from 81 the previous week": where a
    // place stands, a level.
    let standing = cx.word_is(q.first.wrapping_sub(1), &["with"])
        && (q.first.saturating_sub(8).max(cx.first)..q.first).any(|i| ranked_first_at(cx, i));
    if day_before && standing {
        return (Kind::Total, 1, "where a place stands, set beside the day before: a level".into());
    }
    // ("up from 285 a week earlier" after such a level is the earlier level.)
    let earlier_level = previous.is_some_and(|(_, r)| r.kind == Kind::Total)
        && cx.word_is(q.first.wrapping_sub(1), &["from"])
        && cx.word_is(q.first.wrapping_sub(2), &["up", "down"]);
    if day_before && earlier_level {
        return (Kind::Total, 1, "the earlier level of the total before it".into());
    }
    // ("In hospital — 58 people (−4 compared with the previous day)": a stock whose
    // change is bracketed after it.)
    let open = if cx.has(q.last + 1, PEOPLE) { q.last + 2 } else { q.last + 1 };
    let change_bracketed = cx.slice(open) == "("
        && (matches!(cx.slice(open + 1), "\u{2212}" | "-" | "+" | "\u{2013}") || cx.is_standalone_number(open + 1));
    if day_before && !level_reached && !change_bracketed {
        return (Kind::New, 1, "set beside the day before: a day's count".into());
    }
    // A running total's words anywhere in the sentence, short of the clause of a
    // figure after it: "since", "so far", "cumulative". ("15,80,967 tests were
    // conducted on Tuesday, taking the total tested so far to 69.7 crore": the "so
    // far" is the next figure's.)
    let so_far = cx.cues.so_far.get_or_init(|| {
        // "640 patients were reported this year", "12 deaths were confirmed this season".
        // "are registered in the year 1.206 confirmed cases" (Spanish "en el año"), "in
        // the present year" ("en el presente año").
        let in_the_year = |i: usize| {
            let year = if cx.word_is(i + 1, &["present", "current"]) { i + 2 } else { i + 1 };
            cx.word_is(i, &["the"])
                && cx.word_is(i.wrapping_sub(1), &["in"])
                && cx.word_is(year, &["year"])
                // ("in the year 2019" names a year.)
                && !(cx.doc.digit_count(year + 1) == 4 && cx.slice(year + 1).len() == 4)
                && !cx.word_is(year + 1, &["before", "earlier", "ago", "to"])
        };
        // "1.406 hospitalizations were registered in the state in 2026", published in 2026.
        let in_this_year = |i: usize| {
            cx.word_is(i.wrapping_sub(1), &["in"])
                && cx.kind(i) == Some(TokenKind::Digits)
                && cx.this_year.is_some_and(|year| cx.slice(i).parse() == Ok(year))
                && !matches!(cx.slice(i + 1), "-" | "/" | "\u{2013}")
                && !cx.word_is(i + 1, &["to", "and"])
        };
        // "Until the moment, 47 deaths were confirmed" (Portuguese "até o momento").
        let until_the_moment =
            |i: usize| cx.word_is(i, &["moment"]) && cx.word_is(i.wrapping_sub(2), &["until", "till", "up"]);
        // "counted 3,602 confirmed cases and nine deaths in Burundi for the year" (not "for
        // the year 2019").
        let for_the_year = |i: usize| {
            cx.word_is(i, &["for"])
                && cx.word_is(i + 1, &["the"])
                && cx.word_is(i + 2, &["year", "season"])
                && cx.doc.year_at(i + 3).is_none()
        };
        (cx.first..cx.end).find(|&i| {
            cx.has(i, SO_FAR)
                || cx.word_is(i, &["so"]) && cx.word_is(i + 1, &["far"])
                || cx.word_is(i, &["this"]) && cx.word_is(i + 1, &["year", "season"])
                || in_the_year(i)
                || in_this_year(i)
                || until_the_moment(i)
                || for_the_year(i)
        })
    });
    // ("3.412 cases in the present year, of which 287 were notified in week 14": a part
    // told with a day or week of its own is no running total.)
    let part_with_own_day = q.first >= 2
        && cx.word_is(q.first - 1, &["which", "whom", "them"])
        && cx.word_is(q.first - 2, &["of"])
        && cx.dates.iter().any(|&(first, _)| first > q.last && first < clause_end);
    if let Some(i) = in_clause(*so_far).filter(|&i| !(part_with_own_day && i < q.first)) {
        return (Kind::Total, 1, ["\"", cx.slice(i), "\" in the sentence"].concat());
    }
    // "Detections this week were highest in Ontario (1,206)": the week's count.
    let this_week = cx
        .cues
        .this_week
        .get_or_init(|| (cx.first..cx.end).find(|&i| cx.word_is(i, &["this"]) && cx.word_is(i + 1, &["week"])));
    if in_clause(*this_week).is_some() {
        return (Kind::New, 1, "\"this week\" in the sentence".into());
    }
    // "Two farm workers tested positive, bringing this year's tally to 11": what a count
    // brings a running total to says it was added to it.
    // "The two cases bring the number of infections in 2025 to 9": so does its own verb.
    let brings = (last + 1..cx.end)
        .take_while(|&i| !cx.is_standalone_number(i) && !cx.is_clause_break(i) || year_in_phrase(cx, i))
        .find(|&i| {
            cx.slice(i - 1) == "," && cx.word_is(i, &["bringing", "taking", "raising", "pushing", "lifting"])
                || i == last + 1 && cx.word_is(i, &["bring", "brings", "brought", "take", "takes", "took", "raise"])
        });
    if let Some(at) = brings {
        return (Kind::New, 1, format!("\"{}\" a total after it: what was added", cx.slice(at)));
    }
    // Then the figure's own verb, before a period named elsewhere in the sentence.
    // "Mandera accounted for 402 of the cases, while Wajir recorded 225": a clause set
    // beside the one before tells the same kind of count.
    let parallel = previous.filter(|(_, r)| (r.last..q.first).any(|i| cx.word_is(i, &["while", "whereas"])));
    if let Some((_, before)) = parallel {
        return (before.kind, 1, "set beside the figure before it (\"while\")".into());
    }
    if let Some(at) = patients_in_hospital(cx, q) {
        return (Kind::Total, 1, format!("\"{} in\": patients in hospital are a current count", cx.slice(at)));
    }
    // "In the SE 11 had been notified 6 confirmed cases": a count in the week its
    // sentence opens with is that week's, whatever the tense.
    let opens_with_a_week = cx.word_is(cx.first, &["in", "during"])
        && cx.dates.iter().any(|&(date_first, date_last)| {
            (cx.first + 1..=cx.first + 2).contains(&date_first)
                && (date_first..=date_last).any(|i| cx.word_is(i, super::calendar::EPI_WEEK_WORDS))
                && date_last < q.first
                && (date_last + 1..q.first).all(|i| !cx.is_standalone_number(i) && !cx.is_clause_break(i))
        });
    if opens_with_a_week {
        return (Kind::New, 1, "told for the week its sentence opens with".into());
    }
    // "the 447 suspected cases reported in week 43": a count reported in a week after it.
    let in_a_week = (q.last + 1..(q.last + 6).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .find(|&i| {
            cx.word_is(i, &["in", "during"])
                && cx.dates.iter().any(|&(first, _)| {
                    (i + 1..=i + 2).contains(&first) && cx.word_is(first, super::calendar::EPI_WEEK_WORDS)
                })
        });
    if in_a_week.is_some() {
        return (Kind::New, 1, "reported in the week after it".into());
    }
    // "A total of 412 deaths were recorded": the words of a total before the tense,
    // unless the sentence or the one before names a period ("In the same week, ... A
    // total of 61'204 tests were carried out": the week's).
    // ("From 1 October to 31 October, a total of 814,652 cases were reported": the
    // month's, which the tense tells.)
    let a_total = q.first >= 2 && a_total_of(cx, q.first - 2);
    let opened_by_a_period = cx.word_is(cx.first, &["from", "between"]) && cx.in_date(cx.first + 1)
        || cx.word_is(cx.first, &["from", "between"]) && cx.word_is(cx.first + 1, &["0", "00"]);
    if a_total && !cx.dates.iter().any(|&(first, _)| first > q.last) && !period_named_near(cx) && !opened_by_a_period {
        return (Kind::Total, 1, "\"a total of\"".into());
    }
    if let Some((kind, at)) = kind_by_tense(cx, q) {
        let why = if kind == Kind::New { "an event told in the past tense" } else { "told in the perfect: so far" };
        return (kind, 1, ["\"", cx.slice(at), "\": ", why].concat());
    }
    if a_total {
        return (Kind::Total, 1, "\"a total of\"".into());
    }
    // ("Notifications in the week were highest in Western Sydney (388)": a weekly
    // report's week.)
    let daily = cx.cues.daily.get_or_init(|| {
        (cx.first..cx.end).find(|&i| {
            cx.slice(i) == "24" && cx.slice(i + 1) == "-" && cx.word_is(i + 2, &["hour"])
                || cx.word_is(i, &["daily"])
                || cx.word_is(i, &["week"])
                    && cx.word_is(i.wrapping_sub(1), &["the"])
                    && cx.word_is(i.wrapping_sub(2), &["in", "during", "over"])
        })
    });
    if let Some(i) = *daily {
        return (Kind::New, 1, ["\"", cx.slice(i), "\" in the sentence"].concat());
    }
    // "compared with Epi-week 35 (1,088 cases)", "1,204 cases in week 12": a week's count.
    let week = |(first, last): (usize, usize)| (first..=last).any(|i| cx.word_is(i, super::calendar::EPI_WEEK_WORDS));
    let of_a_week = cx.dates.iter().any(|&(date_first, date_last)| {
        // "In week 11 (9 to 15 March 2026), 1,486": past the week's days and brackets.
        let right_before = date_last < q.first
            && q.first - date_last <= 12
            && (date_last + 1..q.first).all(|i| {
                cx.in_date(i) || matches!(cx.slice(i), "(" | ")" | "," | "-" | "\u{2013}") || cx.word_is(i, &["to"])
            });
        let right_after = date_first == last + 1 || cx.word_is(last + 1, &["in"]) && date_first == last + 2;
        week((date_first, date_last)) && (right_before || right_after)
    });
    if of_a_week {
        return (Kind::New, 1, "told for one week".into());
    }
    // "Of the confirmed cases, nine are from Orlin": a part of the running count told
    // before, unless the set is of new ones.
    let set_end = (cx.first..q.first).find(|&i| cx.slice(i) == ",");
    let of_the_cases = cx.word_is(cx.first, &["of", "among"])
        && cx.word_is(cx.first + 1, &["the", "these", "those", "all"])
        && set_end.is_some_and(|end| {
            (cx.first + 2..end).any(|i| cx.with_word(i, |w| counted_metric(w).is_some()))
                && (cx.first + 2..end).all(|i| {
                    // ("Of the cases reported this week": a period's count.)
                    !cx.has(i, NUMBER_START | NEW_CUES | DAY_OR_WEEK) && !cx.is_standalone_number(i) && !cx.in_date(i)
                })
        });
    if of_the_cases {
        return (Kind::Total, 1, "a part of the cases told before".into());
    }
    if report_verb {
        return (Kind::New, 0, "reported as a day's count, with no word of a total".into());
    }
    (Kind::Total, 0, "no word of a period: taken as a running total".into())
}

/// Whether token `i` opens the end of a count with no start: "until this Saturday (14)",
/// "up to 12 May", at the head of its clause ("from 8 until 14 March" is a period).
fn until_a_day(cx: &Context<'_>, i: usize) -> bool {
    let day = if cx.word_is(i, &["until", "till"]) {
        i + 1
    } else if cx.word_is(i, &["up"]) && cx.word_is(i + 1, &["to"]) {
        i + 2
    } else {
        return false;
    };
    let heads_clause =
        i == cx.first || cx.slice(i - 1) == "," || cx.is_clause_break(i - 1) || cx.word_is(i - 1, &["that", "and"]);
    heads_clause && (day..(day + 3).min(cx.end)).any(|j| cx.in_date(j))
}

/// Where the clause of figure `q` ends, for the words of a running total said anywhere
/// in it: the first comma or clause break before the next figure, or the sentence's
/// end when no figure follows. An aside set off by commas ("615 cases, including 19
/// deaths, since the outbreak began") belongs to the figure and does not end it.
fn own_clause_end(cx: &Context<'_>, q: &Quantity) -> usize {
    let mut end = None;
    let mut i = q.last + 1;
    while i < cx.end {
        let aside = cx.slice(i) == ","
            && (cx.word_is(i + 1, &["including", "among", "excluding"])
                || cx.word_is(i + 1, &["of"]) && cx.word_is(i + 2, &["whom", "which", "them"]));
        if aside {
            let close = (i + 1..cx.end).find(|&j| cx.slice(j) == "," || cx.is_clause_break(j));
            if let Some(close) = close.filter(|&j| cx.slice(j) == ",") {
                i = close + 1;
                continue;
            }
        }
        // "up to Epidemiological Week 47 (ME47) this year": a day or week named again in
        // brackets goes on with the clause.
        let close = (cx.slice(i) == "(").then(|| (i + 2..(i + 8).min(cx.end)).find(|&j| cx.slice(j) == ")")).flatten();
        if let Some(close) = close.filter(|&close| (i + 1..close).all(|j| cx.in_date(j))) {
            i = close + 1;
            continue;
        }
        // ("..., raising the region's death toll this year to nine": a number in words too.)
        let number_word = cx.has(i, NUMBER_START) && !cx.word_is(i, &["a", "an"]);
        if cx.is_standalone_number(i) || number_word {
            return end.unwrap_or(cx.end);
        }
        if end.is_none() && (cx.slice(i) == "," || cx.is_clause_break(i)) {
            end = Some(i);
        }
        i += 1;
    }
    cx.end
}

/// Whether the clause after a figure's counted words (ending at `last`) sets it in "the
/// period" a figure told before covers: "were recorded during the period" (not "in the
/// same period last year", "the period of 1 to 7 May", "the period January-April").
fn during_the_period_told_before(cx: &Context<'_>, last: usize) -> bool {
    (last + 1..(last + 6).min(cx.end)).take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",").any(|i| {
        cx.word_is(i, &["during", "over", "in", "within", "for"])
            && cx.word_is(i + 1, &["the"])
            && cx.word_is(i + 2, &["period"])
            && !cx.word_is(i + 3, PERIOD_NAMED_AFTER)
            // ("in the period January-April 2026" names its own.)
            && !cx.in_date(i + 3)
            && !cx.is_capitalized(i + 3)
    })
}

/// Words after "period" that give it days of its own ("the period of 1 to 7 May", "the
/// period last year"): no period told before.
pub(crate) const PERIOD_NAMED_AFTER: &[&str] = &["of", "from", "between", "last", "to", "through", "ending", "ended"];

/// Verbs right after a number that speak of people without naming them: "31 had died",
/// "402 came back positive", "28 remain in isolation", "19 evolved to death".
const ELLIPTIC_VERBS: &[&str] = &[
    "had", "have", "has", "were", "was", "are", "is", "been", "came", "remain", "remained", "remains", "stayed",
    "evolved", "returned", "tested", "required", "requiring", "needed", "needing", "continue", "continues",
];

/// Participles of events that happen on a day: "137 cases were recorded".
const EVENT_PARTICIPLES: &[&str] = &[
    "recorded", "reported", "notified", "confirmed", "detected", "admitted", "hospitalised", "hospitalized",
    "registered", "logged", "identified", "found", "diagnosed", "discharged", "conducted", "carried", "performed",
    "done", "processed", "collected", "analysed", "analyzed", "tested",
];

/// "58 patients were hospitalised in the treatment units": patients lying in hospital
/// on a day are a stock, not that day's admissions. The participle's token.
fn patients_in_hospital(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let end = (q.last + 6).min(cx.end);
    let patients = (q.last + 1..end).find(|&j| cx.word_is(j, &["patients"]))?;
    let at = patients + 2;
    let lying = cx.word_is(patients + 1, &["were", "are"])
        && cx.word_is(at, &["hospitalised", "hospitalized"])
        && cx.word_is(at + 1, &["in", "at"]);
    lying.then_some(at)
}

/// The tense of the verb after a figure: "28 persons died", "137 cases were recorded"
/// tell events (new); "have died", "had been recorded" tell a running total.
fn kind_by_tense(cx: &Context<'_>, q: &Quantity) -> Option<(Kind, usize)> {
    // Before the number: "Karachi had recorded 3,592 cases" (so far), "The country
    // added 327 deaths" (an event).
    // "Tuamasaga has recorded the most cases with 588": a ranking told in the perfect
    // is of the counts so far ("Cebu tallied the most cases with 211" tells no event).
    if cx.word_is(q.first.wrapping_sub(1), &["with"]) {
        let ranking = (q.first.saturating_sub(7).max(cx.first + 3)..q.first - 1)
            .find(|&k| cx.word_is(k, &["the"]) && cx.word_is(k + 1, &["most", "highest", "largest"]));
        if let Some(the) =
            ranking.filter(|&the| cx.word_is(the - 1, COUNTING_VERBS) && cx.word_is(the - 2, &["have", "has", "had"]))
        {
            return Some((Kind::Total, the - 1));
        }
    }
    let mut j = q.first;
    while j > cx.first && cx.word_is(j - 1, &["now", "so", "far", "already", "also", "just", "only"]) {
        j -= 1;
    }
    if j > cx.first && cx.word_is(j - 1, COUNTING_VERBS) {
        // "has recorded", "has so far tested", "had now confirmed".
        let adverbs = ["now", "so", "far", "already", "also", "just", "only", "been"];
        let mut aux = j - 1;
        while aux > cx.first && cx.word_is(aux - 1, &adverbs) {
            aux -= 1;
        }
        let perfect = aux > cx.first && cx.word_is(aux - 1, &["have", "has", "had"]);
        return Some((if perfect { Kind::Total } else { Kind::New }, j - 1));
    }
    // After it: "28 persons died", "137 cases were recorded", "have died".
    let mut perfect = false;
    for i in q.last + 1..(q.last + 10).min(cx.end) {
        // "137 suspected cases and 9 deaths were recorded": one verb for both.
        let coordinated = cx.is_standalone_number(i) && cx.word_is(i - 1, &["and"]);
        let ends = cx.is_clause_break(i)
            || cx.slice(i) == ","
            || cx.is_standalone_number(i) && !coordinated
            || cx.word_is(i, &["who", "which", "that", "among", "after", "since"]);
        if ends {
            return None;
        }
        if cx.word_is(i, &["have", "has", "had"]) {
            perfect = true;
            continue;
        }
        // "2,871 have recovered": recoveries so far, as "have died" is deaths so far.
        // "2.1 million children were vaccinated on Monday": a day's doses; "of whom
        // 312 were vaccinated" is a state of those counted.
        let vaccinated_on_a_day = cx.word_is(i, &["vaccinated", "immunised", "immunized", "inoculated"])
            && cx.word_is(i - 1, &["were", "was"])
            && (i + 1..(i + 4).min(cx.end)).any(|j| cx.in_date(j));
        let event = vaccinated_on_a_day
            || cx.word_is(i, &["died"])
            || perfect && cx.word_is(i, &["recovered"])
            || cx.word_is(i, EVENT_PARTICIPLES) && cx.word_is(i - 1, &["were", "was", "been"]);
        if event {
            return Some((if perfect { Kind::Total } else { Kind::New }, i));
        }
    }
    None
}

/// Verbs that count what follows them: "recorded 412 cases", "has confirmed 36".
const COUNTING_VERBS: &[&str] = &[
    "recorded", "reported", "registered", "confirmed", "logged", "detected", "notified", "added", "processed",
    "tested", "conducted", "counted", "tallied", "identified", "documented",
];

/// "8 new deaths", "5,000 total cases", "another 500 cases", "a further 20".
fn kind_in_own_words(cx: &Context<'_>, q: &Quantity, last: usize) -> Option<(Kind, usize)> {
    let cue = |i: usize| {
        if cx.has(i, NEW_CUES) {
            Some(Kind::New)
        } else if cx.has(i, TOTAL_CUES) {
            Some(Kind::Total)
        } else {
            None
        }
    };
    // "The three new patients remain in hospital": where they are now is a current
    // count, however new they are.
    let remain = (q.last + 1..(q.last + 5).min(cx.end))
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .find(|&i| cx.word_is(i, &["remain", "remains", "remained"]));
    if let Some(at) = remain {
        return Some((Kind::Total, at));
    }
    if let Some(found) = (q.number_first..=last).find_map(|i| cue(i).map(|kind| (kind, i))) {
        // "Arviat has recorded 19 new cases this year": the year's new ones so far are
        // its running total.
        let so_far = if cx.word_is(last + 1, &["so"]) && cx.word_is(last + 2, &["far"]) { last + 3 } else { last + 1 };
        let this_year = cx.word_is(so_far, &["this"]) && cx.word_is(so_far + 1, &["year"]);
        if found.0 == Kind::New && this_year {
            return Some((Kind::Total, so_far + 1));
        }
        return Some(found);
    }
    // "64 cases, 5 of them new": the kind after "of them"; "including 5 new": after the
    // number standing for its counted word.
    if pronoun_after(cx, q) && cx.has(q.last + 3, NEW_CUES | TOTAL_CUES) {
        return cue(q.last + 3).map(|kind| (kind, q.last + 3));
    }
    if last == q.last && cx.word_is(q.last + 1, &["new", "fresh"]) && !cx.has(q.last + 2, MODIFIERS) {
        return Some((Kind::New, q.last + 1));
    }
    // Before the qualifier: "another", or "a further" / "an additional"; "the first
    // five cases" counts from the start.
    let before = q.first.checked_sub(1)?;
    if cx.word_is(before, &["first", "initial"]) {
        return Some((Kind::Total, before));
    }
    let introduces = cx.word_is(before, &["another", "additional", "further", "fresh"])
        || q.first >= 2 && cx.word_is(q.first - 2, &["a", "an"]) && cue(before) == Some(Kind::New);
    // ("Arvel accounts for 388 of the cases, and Dunmore another 121": one more part of
    // the same set.)
    (introduces && !leaves_out_accounts(cx, before)).then_some((Kind::New, before))
}

/// "the number of new confirmed cases rose from 63": the kind said with a counted word
/// before the number, unless a running total's word comes first ("the total number of
/// new cases reached").
fn kind_of_counted_word_before(cx: &Context<'_>, q: &Quantity) -> Option<(Kind, usize)> {
    let (_, at) = metric_before(cx, q)?;
    let modifiers = at.saturating_sub(2).max(cx.first)..at;
    let cue = modifiers.rev().take_while(|&i| cx.kind(i) == Some(TokenKind::Word)).find(|&i| cx.has(i, NEW_CUES))?;
    let total_first = (cue.saturating_sub(4).max(cx.first)..cue).any(|i| cx.has(i, TOTAL_CUES | TOTAL_VERBS));
    // Only a noun phrase of its own: not "18,402 new cases of typhus, bringing the total
    // to", whose words are another figure's.
    // "New cases (last 24 hours): 4": a label opening its line is its own phrase too.
    let label = cx.slice(q.first.wrapping_sub(1)) == ":"
        && (clause_starts_at(cx, cue) || cue > cx.first && cx.doc.tokens[cue - 1].line_before);
    let own_phrase = cx.word_is(cue.wrapping_sub(1), &["the", "of"]) || label;
    // ("The new cases bring the cumulative total for the season to 612": the subject of
    // the verb that brings a total to the figure.)
    let subject_of_bringing = brought_to(cx, q).is_some_and(|verb| verb > at);
    (own_phrase && !total_first && !subject_of_bringing && !cx.word_is(cue, &["more"])).then_some((Kind::New, cue))
}

/// Whether the sentence, or the one before it, names a period by its word ("week",
/// "day", "month").
fn period_named_near(cx: &Context<'_>) -> bool {
    let previous_start = (cx.first.saturating_sub(60)..cx.first.saturating_sub(1))
        .rev()
        .find(|&i| cx.doc.slice(i) == ".")
        .map_or(cx.first.saturating_sub(60), |stop| stop + 1);
    (previous_start..cx.end)
        .any(|i| cx.doc.word_in(i, &["week", "weeks", "weekly", "day", "daily", "month", "fortnight"]))
}

/// Whether token `i` is the "total" of "a total of".
fn a_total_of(cx: &Context<'_>, i: usize) -> bool {
    cx.word_is(i, &["total"]) && cx.word_is(i.wrapping_sub(1), &["a"]) && cx.word_is(i + 1, &["of"])
}

/// A kind cue after the figure: "in total", "so far", "to date", "since", "in the past 24 hours".
fn kind_cue_after(cx: &Context<'_>, i: usize) -> Option<Kind> {
    cx.with_word(i, |w| match w {
        "since" if since_a_recent_day(cx, i) => Some(Kind::New),
        "total" | "overall" | "altogether" | "since" | "cumulatively" => Some(Kind::Total),
        "far" if cx.word_is(i.wrapping_sub(1), &["so", "thus"]) => Some(Kind::Total),
        "date" if cx.word_is(i.wrapping_sub(1), &["to"]) => Some(Kind::Total),
        // "309 cases in the state's outbreak", "linked to the current epidemic".
        "outbreak" | "epidemic" | "cluster" if in_the_outbreak(cx, i) => Some(Kind::Total),
        _ if opens_recent_period(cx, i) => Some(Kind::New),
        "overnight" => Some(Kind::New),
        "week" if cx.word_is(i + 1, &["to", "ending", "until", "through"]) => Some(Kind::New),
        "per" if cx.word_is(i + 1, &["day"]) => Some(Kind::New),
        _ => None,
    })
}

/// "since Monday", "since yesterday", "since our July 6 update", "since the last
/// report", "since the secretariat's previous update": "since" at `i` opens the few days
/// since the last count, not the outbreak's course ("since January", "since the first
/// report").
fn since_a_recent_day(cx: &Context<'_>, i: usize) -> bool {
    let weekday = |j: usize| cx.with_word(j, |w| WEEKDAYS.iter().any(|day| w.starts_with(day)).then_some(())).is_some();
    let report = (i + 1..(i + 8).min(cx.end))
        .take_while(|&j| !cx.is_clause_break(j) && cx.slice(j) != ",")
        .find(|&j| cx.word_is(j, &["update", "report", "bulletin"]));
    let last_report =
        report.is_some_and(|at| (i + 1..at).any(|j| cx.word_is(j, &["our", "last", "previous", "latest"])));
    weekday(i + 1) || cx.word_is(i + 1, &["yesterday"]) || last_report
}

/// Whether the outbreak word at `i` is the outbreak's whole course: "in the outbreak",
/// "in the state's outbreak", "linked to this epidemic", "linked to a cluster".
fn in_the_outbreak(cx: &Context<'_>, i: usize) -> bool {
    let mut j = i.wrapping_sub(1);
    // "the state's outbreak", "the current cholera outbreak".
    while j > cx.first
        && j + 4 > i
        && (cx.slice(j) == "s"
            || cx.slice(j) == "'"
            || cx.has(j, MODIFIERS)
            || cx.with_word(j, |w| w.ends_with("'s") || w == "current" || w == "state"))
    {
        j -= 1;
    }
    // ("23 cases ... linked to a cluster in downtown Springfield": a cluster's count.)
    let linked_to_a = cx.word_is(j, &["a"])
        && cx.word_is(j.wrapping_sub(1), &["to"])
        && cx.word_is(j.wrapping_sub(2), &["linked", "tied", "connected"]);
    cx.word_is(j, &["the", "this"]) && cx.word_is(j.wrapping_sub(1), &["in", "to", "of"]) || linked_to_a
}

/// "1,870 cases have been reported in October", "In March, 412 cases were notified": a
/// count of a named month (or run of months), told in the figure's clause with no other
/// number between, is the month's count; unless words of a running total say otherwise
/// ("the toll reached 90 in March"). The month's first token, if so.
fn month_counted_in(cx: &Context<'_>, q: &Quantity, last: usize) -> Option<usize> {
    let month = |i: usize| cx.with_word(i, |w| super::calendar::month_of(w).is_some());
    let whole_months = |&&(first, end): &&(usize, usize)| {
        month(first)
            && cx.word_is(first.wrapping_sub(1), &["in", "during"])
            && (month(end) || cx.kind(end) == Some(TokenKind::Digits) && cx.slice(end).len() == 4)
    };
    // ("since the outbreak began in October" starts a running total.)
    let clause = |a: usize, b: usize| {
        (a..b).all(|j| {
            // ("1,870 cases and 17 deaths have been reported in October": both.)
            let other_number = cx.is_standalone_number(j) && !cx.word_is(j.wrapping_sub(1), &["and"]);
            !other_number && !cx.is_clause_break(j) && cx.slice(j) != ";" && !cx.word_is(j, &["since"])
        })
    };
    let after = cx
        .dates
        .iter()
        .filter(whole_months)
        .find(|&&(first, _)| first > last && first <= last + 8 && clause(last + 1, first));
    let before = cx
        .dates
        .iter()
        .filter(whole_months)
        .rfind(|&&(first, end)| end < q.first && first <= cx.first + 1 && clause(end + 1, q.first));
    let (first, _) = *after.or(before)?;
    (!running_total_before(cx, q)).then_some(first)
}

/// Whether token `i` opens a recent counting period: "past 24 hours", "last week",
/// "the last 48 hours", "the past three days".
fn opens_recent_period(cx: &Context<'_>, i: usize) -> bool {
    let counted_span = || {
        (cx.kind(i + 1) == Some(TokenKind::Digits) || cx.has(i + 1, NUMBER_START))
            && cx.word_is(i + 2, &["hours", "days", "weeks"])
    };
    // "in the 24 hours to Tuesday evening": the day's count, as "the past 24 hours" is.
    // ("412 cases in 24 hours": a headline's day.)
    let the_day = cx.word_is(i, &["the", "in"]) && cx.slice(i + 1) == "24" && cx.word_is(i + 2, &["hours"]);
    // ("last month" is told of events, whose days are not counted.)
    let past_month = cx.word_is(i, &["past"]) && cx.word_is(i + 1, &["month"]);
    the_day
        || past_month
        || cx.has(i, RECENT)
            && (cx.slice(i + 1) == "24"
                || cx.word_is(i + 1, &["day", "week", "hours", "two", "seven"])
                || counted_span())
}

/// Words a rise of a count follows with "by": "rose by nine", "went up by 40". The
/// rise is the period's count.
const RISE_VERBS: &[&str] = &["rose", "risen", "increased", "jumped", "grew", "grown", "climbed", "went", "up"];

/// Words a fall of a count follows with "by": "fell by 12 to 310".
const FALL_VERBS: &[&str] = &["fell", "dropped", "declined", "decreased", "down"];

/// "rose by nine to 137": the number after the change is the count it came to, a
/// running total. Returns the "to".
fn total_after_a_change(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let to = q.first.checked_sub(1).filter(|&to| cx.word_is(to, &["to"]))?;
    (to.saturating_sub(8).max(cx.first)..to)
        .rev()
        .take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",")
        .any(|i| {
            cx.word_is(i, &["by"])
                && (cx.word_is(i.wrapping_sub(1), RISE_VERBS) || cx.word_is(i.wrapping_sub(1), FALL_VERBS))
        })
        .then_some(to)
}

/// "This brings the number of human H5N1 cases reported in Halvenn this year to nine":
/// the verb that brings a total to the figure, however long the phrase between them.
fn brought_to(cx: &Context<'_>, q: &Quantity) -> Option<usize> {
    let to = q.first.checked_sub(1).filter(|&to| cx.word_is(to, &["to"]))?;
    (to.saturating_sub(20).max(cx.first)..to)
        .rev()
        .take_while(|&i| {
            !cx.is_clause_break(i) && cx.slice(i) != "," && (!cx.is_standalone_number(i) || year_in_phrase(cx, i))
        })
        .find(|&i| {
            cx.word_is(i, &["bringing", "brings", "bring", "brought", "taking", "takes", "take", "took"])
                || cx.word_is(i, &["raising", "raises", "raise", "raised", "pushing", "pushes", "pushed"])
        })
}

/// A kind cue before the figure: "bringing the total to", "the death toll", "rose by",
/// "over the past week, ... added".
fn kind_cue_before(cx: &Context<'_>, i: usize) -> Option<Kind> {
    cx.with_word(i, |w| {
        if a_total_of(cx, i) {
            // "A total of 61,204 tests were carried out": emphasis, weighed after the tense.
            None
        } else if w == "total"
            && cx.word_is(i.wrapping_sub(1), &["the"])
            && cx.word_is(i.wrapping_sub(2), &["of"])
            && cx.dates.iter().any(|&(first, _)| first > i)
        {
            // "Of the total, 2,417 cases were reported in the first 19 days of October": the
            // set the part is of, not the kind of a part told with its own days.
            None
        } else if w == "same" && cx.word_is(i + 1, &["week", "period", "day", "24", "time", "interval"]) {
            // "In the same week, 397 people were admitted": the period of the figure before.
            Some(Kind::New)
        } else if w == "by" && cx.word_is(i.wrapping_sub(1), RISE_VERBS) {
            Some(Kind::New)
        } else if w == "up" && cx.word_is(i + 1, &["to"]) && cx.word_is(i.wrapping_sub(1), &["add", "adds", "sum"]) {
            // "The cases reported to the 12 of April add up to 2 318".
            Some(Kind::Total)
        } else if w == "all" && cx.word_is(i.wrapping_sub(1), &["in"]) {
            // "In all, 312 samples were tested".
            Some(Kind::Total)
        } else if w == "already" && cx.word_is(i.wrapping_sub(1), &["are", "is", "were", "was"]) {
            // "with which there are already 27 the cases confirmed": the count so far.
            Some(Kind::Total)
        } else if cx.has(i, TOTAL_CUES | TOTAL_VERBS)
            && !cx.word_is(i + 1, &["by"])
            // ("the worst-hit district with 187 cases in the last 24 hours".)
            && !(w == "hit" && cx.slice(i.wrapping_sub(1)) == "-")
        {
            Some(Kind::Total)
        } else if (w == "new" || w == "daily")
            && cx.is_capitalized(i)
            && cx.is_capitalized(i + 1)
            && !cx.has(i + 1, MODIFIERS)
            && cx.with_word(i + 1, counted_metric).is_none()
        {
            // "admitted in New Civil Hospital", "New Delhi", "told Daily Trust": part of
            // a name.
            None
        } else if cx.has(i, NEW_CUES) && w != "more" || opens_recent_period(cx, i) {
            Some(Kind::New)
        } else {
            None
        }
    })
}

/// "were recorded during the week under review", "22 of them in week 39", "two of them
/// between Tuesday and Wednesday": "week" or "between" days in the clause after the
/// figure's words `last`, the period the story counts.
fn period_named_after(cx: &Context<'_>, last: usize) -> Option<usize> {
    (last + 1..(last + 8).min(cx.end)).take_while(|&i| !cx.is_clause_break(i) && cx.slice(i) != ",").find(|&i| {
        let during = |at: usize| cx.word_is(at, &["in", "during", "over"]);
        cx.word_is(i, &["week"])
            && (cx.word_is(i - 1, &["the"]) && during(i.wrapping_sub(2))
                || during(i - 1) && cx.kind(i + 1) == Some(TokenKind::Digits))
            || cx.word_is(i, &["between"]) && cx.in_date(i + 1)
    })
}

/// Whether the word before token `i` makes it one day's: "daily", "Friday's", "yesterday's".
fn days_count_before(cx: &Context<'_>, i: usize) -> bool {
    let before = i.wrapping_sub(1);
    let possessive_day = cx.dates.iter().any(|&(first, last)| first == before && last == before)
        && cx.with_word(before, |w| without_possessive(w) != w);
    cx.word_is(before, &["daily"]) || possessive_day
}

/// The counting period a sentence states, in days: "in the past 24 hours" = 1,
/// "the past week" = 7, "past two weeks" = 14, "in the last 10 days" = 10.
pub(crate) fn period_days(cx: &Context<'_>) -> Option<u32> {
    for i in cx.first..cx.end {
        let days = cx.with_word(i, |w| match w {
            "hours" | "hour" | "hrs" => {
                let n = i.checked_sub(if cx.slice(i.wrapping_sub(1)) == "-" { 2 } else { 1 })?;
                let hours: u32 = cx.slice(n).parse().ok()?;
                (hours.is_multiple_of(24) && hours > 0).then_some(hours / 24)
            }
            // ("nine more than in last week's update"; but "the week's daily data" are days'.)
            "week" | "week's"
                if !cx.word_is(i + 1, &["daily"])
                    && cx.word_is(
                        i.wrapping_sub(1),
                        &["past", "last", "previous", "a", "one", "the", "this", "same", "reporting", "latest"],
                    ) =>
            {
                Some(7)
            }
            "weeks" if cx.word_is(i.wrapping_sub(1), &["two"]) || cx.slice(i.wrapping_sub(1)) == "2" => Some(14),
            // "in the past four weeks": as many weeks' days.
            "weeks" if cx.word_is(i.wrapping_sub(2), &["past", "last", "previous"]) => {
                let n: u32 =
                    cx.slice(i - 1).parse().ok().or_else(|| cx.with_word(i - 1, super::calendar::small_number))?;
                n.checked_mul(7)
            }
            "fortnight" => Some(14),
            // "over the weekend": Saturday and Sunday.
            // (Not "the weekend breakdown" a table's caption misses.)
            "weekend"
                if cx.word_is(i.wrapping_sub(1), &["last", "this"])
                    || cx.word_is(i.wrapping_sub(1), &["the"])
                        && cx.word_is(i.wrapping_sub(2), &["over", "during", "at", "on"]) =>
            {
                Some(2)
            }
            // "in the past month": an analyst's month of 30 days.
            "month" if cx.word_is(i.wrapping_sub(1), &["past"]) && cx.word_is(i.wrapping_sub(2), &["the"]) => Some(30),
            // "in the last 10 days", "in the seven days to November 9".
            "days"
                if cx.word_is(i.wrapping_sub(2), &["past", "last", "previous"])
                    || cx.word_is(i.wrapping_sub(2), &["the"])
                        && cx.word_is(i + 1, &["to", "until", "through", "ending", "ended"]) =>
            {
                cx.slice(i - 1).parse().ok().or_else(|| cx.with_word(i - 1, super::calendar::small_number))
            }
            // "in week 8", "epidemiological week 8", "in the 40th week" (whose number is
            // part of the date).
            "week" | "epiweek"
                if cx.kind(i + 1) == Some(TokenKind::Digits)
                    || cx.word_is(i.wrapping_sub(1), &["epi"])
                    || cx.word_is(i.wrapping_sub(1), &["st", "nd", "rd", "th"])
                        && cx.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits) =>
            {
                Some(7)
            }
            _ => None,
        });
        // "in ME26", "EW26", "SE26", "the SE 11", "MW 45": an epidemiological week
        // abbreviated; "MW 42 to 45": as many weeks' days.
        let compact_week =
            matches!(cx.slice(i), "ME" | "EW" | "SE" | "MW") && cx.kind(i + 1) == Some(TokenKind::Digits);
        if compact_week {
            let week = |j: usize| cx.slice(j).parse::<u32>().ok().filter(|w| (1..=53).contains(w));
            let weeks = match (week(i + 1), cx.word_is(i + 2, &["to"]) || cx.slice(i + 2) == "-", week(i + 3)) {
                (Some(from), true, Some(to)) if from < to => to - from + 1,
                _ => 1,
            };
            return Some(7 * weeks);
        }
        // "Between 6 and 12 October", "5–11 August": a range of days.
        let range = cx.kind(i) == Some(TokenKind::Digits)
            && (cx.word_is(i + 1, &["to", "and"]) || matches!(cx.slice(i + 1), "-" | "\u{2013}"))
            && cx.kind(i + 2) == Some(TokenKind::Digits)
            && cx.with_word(i + 3, |w| super::calendar::month_of(w).is_some());
        if range {
            let (from, to): (u32, u32) = (cx.slice(i).parse().unwrap_or(0), cx.slice(i + 2).parse().unwrap_or(0));
            if (1..=31).contains(&from) && from < to && to <= 31 {
                return Some(to - from + 1);
            }
        }
        if days.is_some() {
            return days;
        }
    }
    None
}
