//! The words the extractor knows, in one place, and a per-token lookup of their
//! classes. Each word token's classes are found once (one hash lookup) when the
//! document is tokenized; every later test is a bit test instead of a scan through a
//! list.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of word classes, one bit each.
pub(crate) type Classes = u64;

/// Nouns for people (and animals) that need a predicate to say what happened to them: "168 people had been confirmed infected".
pub(crate) const PEOPLE: Classes = 1 << 0;
/// Words that may sit between a number and its counted word: "412 new cholera cases".
pub(crate) const MODIFIERS: Classes = 1 << 1;
/// Function words that end a counted phrase: "62 deaths" yes, "1.72 million and 62" no.
pub(crate) const PHRASE_ENDS: Classes = 1 << 2;
/// Words that make a figure a count over a period: "8 new deaths", "another 500".
pub(crate) const NEW_CUES: Classes = 1 << 3;
/// Words that make a figure a running total: "the death toll", "cumulative".
pub(crate) const TOTAL_CUES: Classes = 1 << 4;
/// Verbs of a running total reaching a level: "bringing the total to", "rose to".
pub(crate) const TOTAL_VERBS: Classes = 1 << 5;
/// Verbs that report a count: with a day and no total cue, that day's new cases.
pub(crate) const COUNT_VERBS: Classes = 1 << 6;
/// Words that may stand between "in" and a place name: "in the coastal district of Kassara".
pub(crate) const PLACE_LEADS: Classes = 1 << 7;
/// Verbs of saying: "said on Monday" dates the report, not the figure.
pub(crate) const SAYING_VERBS: Classes = 1 << 8;
/// Words that may stand between a role word and its date: "as of late Saturday".
pub(crate) const FILLERS: Classes = 1 << 9;
/// Parts of a day, taken into a date mention: "Tuesday evening".
pub(crate) const DAY_PARTS: Classes = 1 << 10;
/// Words that make up qualifier phrases: "more than", "at least", "nearly".
pub(crate) const QUALIFIER_WORDS: Classes = 1 << 11;
/// Words a date mention may start with: months, weekdays, "yesterday".
pub(crate) const DATE_START: Classes = 1 << 12;
/// Words a number in words may start with: "eight", "a dozen", "half a million".
pub(crate) const NUMBER_START: Classes = 1 << 13;

/// Nouns that follow a place name: "Mandera county", "the Littoral region".
pub(crate) const PLACE_NOUN: Classes = 1 << 14;

/// Words that name a disease (see [`disease_of`]).
pub(crate) const DISEASE: Classes = 1 << 15;

/// Animals whose deaths and infections are counted beside people's in zoonotic outbreaks.
pub(crate) const ANIMALS: Classes = 1 << 16;
/// Words that open a recent counting period: "past 24 hours", "the last week".
pub(crate) const RECENT: Classes = 1 << 17;
/// Words that compare with an earlier day: "from the previous day", "than a week before".
pub(crate) const EARLIER: Classes = 1 << 18;
/// Words of a running total said anywhere in a sentence: "since", "cumulative".
pub(crate) const SO_FAR: Classes = 1 << 19;
/// Words that set a number as the base of a rate: "10 cases per 100,000 people".
pub(crate) const RATE_BASES: Classes = 1 << 20;
/// Days and weeks set beside each other: "a day earlier", "the previous week".
pub(crate) const DAY_OR_WEEK: Classes = 1 << 21;
/// Words of a count for the whole country (or state): "nationwide", "statewide", "in
/// the country", "the national territory" (a bit tested at every word of an article).
pub(crate) const NATIONAL: Classes = 1 << 22;
/// Words that may set a count in another year than the outbreak's: "last year", "in a
/// typical year", "40 cases a year", "annually".
pub(crate) const OTHER_YEAR: Classes = 1 << 23;
/// Words of a telephone line near a number: "hotline 929", "Tel. +243".
pub(crate) const PHONE: Classes = 1 << 24;
/// Words of what can, could or might happen: "cases could reach 500".
pub(crate) const POSSIBILITY: Classes = 1 << 25;
/// Words of a modelled estimate: "an estimated 40,000 infections".
pub(crate) const ESTIMATES: Classes = 1 << 26;
/// Words that tell a sentence as a side note: "also", "separately".
pub(crate) const ASIDES: Classes = 1 << 27;
/// Nouns of a change of a count: "an increase of 85", "a drop of 12".
pub(crate) const CHANGES: Classes = 1 << 28;

/// Units below a country that the text may call a place by: [`UNITS`].
pub(crate) const UNIT: Classes = 1 << 29;
/// Headline openers that are not places: [`NOT_PLACES`].
pub(crate) const NOT_PLACE: Classes = 1 << 30;
/// Words that make a name an institution's: [`INSTITUTIONS`].
pub(crate) const INSTITUTION: Classes = 1 << 31;
/// Places whose epidemiological weeks run from Sunday: [`SUNDAY_WEEK_PLACES`].
pub(crate) const SUNDAY_WEEKS: Classes = 1 << 37;

/// Marks that break a clause: "; : ( ) —" (a dash between spaces too, see [`DASH`]).
pub(crate) const CLAUSE_MARKS: Classes = 1 << 32;
/// A hyphen-minus: a clause break when it stands apart ("cases - 41 of them"), not
/// inside "COVID-19".
pub(crate) const DASH: Classes = 1 << 33;
/// Quotation marks, straight and curly.
pub(crate) const QUOTES: Classes = 1 << 34;
/// Marks that may end a sentence: ". ! ? …".
pub(crate) const TERMINALS: Classes = 1 << 35;
/// Closing quotes and brackets, which may follow a sentence's full stop.
pub(crate) const CLOSINGS: Classes = 1 << 36;

/// Not a word's class: set by the `Doc` on word tokens that start with a capital
/// letter (in any script), tested at nearly every token when looking for names.
pub(crate) const CAPITALIZED: Classes = 1 << 63;

/// The classes of a punctuation token (one character; none for marks the extractor
/// does not name).
pub(crate) fn mark_classes(mark: &str) -> Classes {
    match mark {
        ";" | ":" | "(" | "\u{2014}" => CLAUSE_MARKS,
        ")" => CLAUSE_MARKS | CLOSINGS,
        "-" => DASH,
        "\"" | "'" | "\u{201D}" | "\u{2019}" => QUOTES | CLOSINGS,
        "\u{201C}" | "\u{2018}" => QUOTES,
        "." | "!" | "?" | "\u{2026}" => TERMINALS,
        "]" => CLOSINGS,
        _ => 0,
    }
}

/// Units below a country that the text may call a place by ("in the state", "The
/// department accounts for 13", Bhutan's "in the thromde"). "Region" is left out: "in
/// the region" is as often a part of the world.
pub(crate) const UNITS: &[&str] = &[
    "state", "department", "province", "district", "county", "governorate", "prefecture", "municipality", "city",
    "town", "thromde", "dzongkhag",
];

/// Headline openers that are not places.
const NOT_PLACES: &[&str] = &[
    "live", "opinion", "factbox", "breaking", "update", "updates", "exclusive", "analysis", "explainer", "who",
    "ministry", "national", "the", "a", "an", "why", "how", "what", "new", "joint", "statement", "report", "health",
    "global", "world", "coronavirus", "covid", "outbreak", "epidemic", "minister", "officials", "authorities",
    "doctors", "hospitals", "experts", "scientists", "researchers", "labs", "laboratories", "state", "epidemiological",
    // Epidemiological weeks abbreviated apart from their number: "the SE 11".
    "epidemiologic", "se", "ew", "me", "mw", // A newsletter's "TL;DR: 9,214 new cases", a byline's "Dr.".
    "dr", "tl", "tldr", "then",
    // A report's section labels: "Testing: 2,961 samples tested since May".
    "testing", "vaccination", "vaccinations", "surveillance", "summary", "highlights", "background",
    // Who tested, opening a sentence ("Clinical labs reported 4,318 tests"), and health
    // bodies' acronyms ("Nationwide, the DOH had recorded 3,915 cases").
    "clinical", "commercial", "doh", "moh", "cdc", "ncdc", "ecdc", "ukhsa", "kdca", "nicd", "dghs", "nea",
];

/// Words that make a name an institution's, never a place's: "the Federal Office of
/// Public Health reported 23,410", "the National Institute of Health confirmed 21".
/// ("Centre" alone is also a region's name.)
const INSTITUTIONS: &[&str] = &[
    "office", "ministry", "institute", "institutes", "agency", "organization", "organisation", "centers", "centres",
    "directorate", "authority", "secretariat", "commission", "council", "university", "bureau", "administration",
    "laboratory", "laboratories", "programme", "program",
];

/// Countries and agencies whose epidemiological weeks run Sunday to Saturday (PAHO's
/// and the US MMWR weeks), named at the top of a report about them.
const SUNDAY_WEEK_PLACES: &[&str] = &[
    "peru", "lima", "minsa", "brazil", "brasil", "brasilia", "mexico", "colombia", "bogota", "argentina", "paraguay",
    "asuncion", "bolivia", "ecuador", "quito", "guatemala", "honduras", "nicaragua", "salvador", "panama", "cuba",
    "havana", "dominican", "paho", "mmwr", "chile", "santiago", "uruguay", "montevideo", "venezuela", "caracas",
    "costa",
];

/// Every class with its words.
const WORDS: &[(Classes, &[&str])] = &[
    (UNIT, UNITS),
    (NOT_PLACE, NOT_PLACES),
    (INSTITUTION, INSTITUTIONS),
    (SUNDAY_WEEKS, SUNDAY_WEEK_PLACES),
    (
        PEOPLE,
        &[
            "people", "persons", "person", "individuals", "residents", "children", "adults", "men", "women",
            "citizens", "villagers", "students", "inmates", "others", "patients", "babies", "infants", "pupils",
            "migrants", "refugees", "travellers", "travelers", "nationals", "passengers", "pilgrims", "miners",
            "locals", "victims", "sufferers", // "One more patient has died": one of them.
            "patient", "child", "resident", "student", "victim", "individual", "adult", "man", "woman", "sufferer",
        ],
    ),
    (
        MODIFIERS,
        &[
            "new", "more", "additional", "fresh", "further", "other", "suspected", "confirmed", "probable", "reported",
            "active", "daily", "total", "cumulative", "known", "laboratory", "lab", "locally", "transmitted",
            "imported", "symptomatic", "asymptomatic", "positive", "severe", "critical", "related", "virus",
            "coronavirus", "covid", "fever", "febrile", "cholera", "measles", "dengue", "mpox", "ebola", "marburg",
            "malaria", "polio", "diphtheria", "meningitis", "typhoid", "influenza", "flu", "avian", "bird", "h5n1",
            "omicron", "delta", "disease", "viral", "infectious", "recorded", "registered", "documented", "notified",
            "community", "local", "domestic", "individual", "human", "of", "officially", "such", "deadly", "fatal",
            "possible", "likely", "corona", "zika", "chikungunya", "lassa", "nipah", "hepatitis", "anthrax", "plague",
            "yellow", "hemorrhagic", "haemorrhagic", "cases", "case", "leptospirosis", "rabies", "oropouche", "hfmd",
            "enterovirus", "mumps", "encephalitis", "melioidosis", "tularemia", "hantavirus", "shigella",
            "shigellosis", "mers",
        ],
    ),
    (
        PHRASE_ENDS,
        &[
            "and", "or", "in", "on", "at", "to", "from", "with", "by", "as", "for", "since", "after", "before",
            "during", "the", "a", "an", "this", "that", "these", "those", "which", "who", "were", "was", "are", "is",
            "have", "has", "had", "been", "be", "will", "would", "could", "may", "might", "than", "per", "across",
            "among", "including", "but", "while", "when", "where", "if", "up", "down", "over", "under", "into", "out",
            "about", "their", "its", "his", "her", "our", "they", "it", "we", "he", "she", "said", "says", "according",
        ],
    ),
    (NEW_CUES, &["new", "more", "additional", "fresh", "further", "another", "daily", "overnight"]),
    (
        TOTAL_CUES,
        &[
            "total", "cumulative", "cumulatively", "overall", "altogether", "toll", "tally", "caseload", "cumulated",
            "accumulated",
        ],
    ),
    (
        TOTAL_VERBS,
        &[
            "bringing", "brings", "bring", "brought", "taking", "takes", "took", "pushing", "pushes", "pushed",
            "raising", "raises", "raised", "lifting", "reached", "reaching", "reaches", "stood", "stands", "stand",
            "climbed", "climbing", "rose", "risen", "rising", "hit", "hits", "exceeded", "surpassed", "passed",
            "topped", "crossed",
        ],
    ),
    (
        COUNT_VERBS,
        &[
            "reported", "recorded", "registered", "confirmed", "logged", "detected", "notified", "reports", "records",
            "registers", "confirms", "logs", "detects", "identified", "found",
        ],
    ),
    (
        PLACE_LEADS,
        &[
            "the", "its", "coastal", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
            "west", "district", "province", "region", "state", "city", "county", "capital", "town", "village", "area",
            "of", "neighbouring", "neighboring", "border", "department", "municipality", "wilayat", "oblast",
            "voivodeship",
        ],
    ),
    (
        SAYING_VERBS,
        &[
            "said", "says", "reported", "reports", "announced", "announces", "stated", "told", "published", "released",
            "disclosed", "added", "noted", "revealed", "informed", "updated", "confirmed", "showed", "indicated",
            // Spanish "difundido", translated word for word.
            "diffused",
        ],
    ),
    // ("in the week to midnight on Saturday": the period's end.)
    (
        FILLERS,
        &["late", "early", "on", "the", "this", "at", "around", "about", "in", "local", "time", "midnight", "noon"],
    ),
    (DAY_PARTS, &["morning", "afternoon", "evening", "night", "noon", "midnight", "midday"]),
    (
        QUALIFIER_WORDS,
        &[
            "more", "than", "over", "above", "exceeded", "exceeding", "exceeds", "exceed", "surpassed", "surpass",
            "surpasses", "passed", "pass", "passes", "topped", "tops", "top", "crossed", "crosses", "cross", "in",
            "excess", "of", "upwards", "at", "least", "no", "fewer", "less", "about", "around", "some", "roughly",
            "approximately", "an", "estimated", "nearly", "almost", "close", "to", "under", "below", "just", "up",
            "between", "from", "the", "near", "nears", "neared", "nearing",
        ],
    ),
    (
        PLACE_NOUN,
        &[
            "region", "province", "district", "county", "state", "department", "governorate", "city", "town",
            "capital", "municipality", "prefecture", "division", "zone", "area", "counties", "districts", "provinces",
            "regions", "states", "commune", "communes", "neighbourhood", "neighborhood", "suburb", "township", "ward",
            "wards", "canton", "cantons", "wilayat", "wilayats", "oblast", "oblasts", "voivodeship", "voivodeships",
            // France's, in English copy.
            "département", "départements",
        ],
    ),
    (
        DATE_START,
        &[
            "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
            "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec",
            "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
            "friday", "fri", "saturday", "sat", "sunday", "sun", "yesterday", "yday", "today", "tonight",
        ],
    ),
    (
        NUMBER_START,
        &[
            "a", "an", "half", "zero", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ],
    ),
    (
        ANIMALS,
        &[
            "monkey", "monkeys", "primates", "apes", "animal", "animals", "bird", "birds", "poultry", "chickens",
            "hens", "ducks", "cattle", "cows", "herds", "pigs", "swine", "sheep", "goats", "horses", "dogs", "cats",
            "bats", "camels", "livestock", "wildlife",
        ],
    ),
    (RECENT, &["past", "last", "previous", "preceding", "latest"]),
    (EARLIER, &["previous", "before", "earlier", "prior", "preceding"]),
    (SO_FAR, &["since", "cumulative", "cumulatively"]),
    (RATE_BASES, &["per", "for", "every", "each"]),
    (DAY_OR_WEEK, &["day", "week"]),
    (NATIONAL, &["nationwide", "countrywide", "nationally", "statewide", "country", "national"]),
    (PHONE, &["line", "hotline", "tel", "telephone", "phone", "call", "dial", "sms", "whatsapp", "ussd"]),
    (POSSIBILITY, &["can", "could", "might", "feared"]),
    (ESTIMATES, &["estimates", "estimate", "estimated", "extrapolated", "modelled", "modeled"]),
    (ASIDES, &["also", "separately", "meanwhile"]),
    (
        CHANGES,
        &["increase", "rise", "drop", "decrease", "jump", "fall", "decline", "surge", "spike", "up", "down", "dip"],
    ),
    (
        OTHER_YEAR,
        &[
            "last", "previous", "a", "per", "every", "each", "typical", "average", "normal", "usual", "ordinary",
            "annually", "yearly", "seasonal", "normally", "usually", "typically",
        ],
    ),
];

/// A hash for short words, eight bytes at a time: for the per-article word sets a
/// simple hash beats the default DoS-resistant one several times over, and a byte at a
/// time (FNV) took a multiply per letter, one after the other.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    /// Folds `bytes` (at most eight) into the hash: a 64 x 64 -> 128-bit multiply whose
    /// halves are folded together, so every input bit reaches every output bit.
    fn mix(&mut self, bytes: &[u8]) {
        let word = bytes.iter().rev().fold(0u64, |all, &b| all << 8 | u64::from(b));
        let product = u128::from(self.0 ^ word) * 0x9E37_79B9_7F4A_7C15;
        self.0 = (product as u64) ^ (product >> 64) as u64;
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(chunk);
        }
        // The length tells "ab" from "ab\0" and keeps a short tail's zero bytes apart.
        let rest = chunks.remainder();
        self.mix(rest);
        self.0 ^= bytes.len() as u64;
    }
}

/// A set of words hashed with [`WordHasher`]: for sets of short words built per article.
pub(crate) type WordSet<'a> = std::collections::HashSet<&'a str, BuildHasherDefault<WordHasher>>;

/// Words that name a disease, each with one canonical name for its synonyms
/// ("coronavirus" and "covid" are both "covid").
const DISEASES: &[(&str, &str)] = &[
    ("cholera", "cholera"),
    ("measles", "measles"),
    ("rubeola", "measles"),
    ("dengue", "dengue"),
    // Dengue haemorrhagic fever, Indonesian "DBD" translated.
    ("dhf", "dengue"),
    ("mpox", "mpox"),
    ("monkeypox", "mpox"),
    ("ebola", "ebola"),
    ("marburg", "marburg"),
    ("malaria", "malaria"),
    ("polio", "polio"),
    ("poliovirus", "polio"),
    ("poliomyelitis", "polio"),
    ("diphtheria", "diphtheria"),
    ("meningitis", "meningitis"),
    ("meningococcal", "meningitis"),
    ("typhoid", "typhoid"),
    ("covid", "covid"),
    ("coronavirus", "covid"),
    ("omicron", "covid"),
    ("influenza", "influenza"),
    ("flu", "influenza"),
    ("h5n1", "influenza"),
    ("avian", "influenza"),
    ("zika", "zika"),
    ("chikungunya", "chikungunya"),
    ("lassa", "lassa"),
    ("nipah", "nipah"),
    ("hepatitis", "hepatitis"),
    ("anthrax", "anthrax"),
    ("plague", "plague"),
    ("yellow", "yellow fever"),
    ("leptospirosis", "leptospirosis"),
    ("rabies", "rabies"),
    ("oropouche", "oropouche"),
    ("hfmd", "hfmd"),
    // Hand, foot and mouth disease is an enterovirus's: one name for both, so that an
    // HFMD report's "caused by enterovirus 71" names no other disease.
    ("enterovirus", "hfmd"),
    ("enteroviruses", "hfmd"),
    ("pertussis", "pertussis"),
    ("whooping", "pertussis"),
    // Only after "West" (see `extract::disease_named_at`): "White Nile" is a state.
    ("nile", "west nile"),
    ("mumps", "mumps"),
    ("encephalitis", "encephalitis"),
    ("melioidosis", "melioidosis"),
    ("tularemia", "tularemia"),
    ("hantavirus", "hantavirus"),
    ("shigella", "shigellosis"),
    ("shigellosis", "shigellosis"),
    ("mers", "mers"),
    ("tuberculosis", "tuberculosis"),
    ("tb", "tuberculosis"),
    ("hiv", "hiv"),
    ("aids", "hiv"),
    // Respiratory syncytial virus.
    ("rsv", "rsv"),
    ("salmonella", "salmonellosis"),
    ("salmonellosis", "salmonellosis"),
    ("listeria", "listeriosis"),
    ("listeriosis", "listeriosis"),
    ("legionnaires", "legionellosis"),
    ("legionella", "legionellosis"),
    ("legionellosis", "legionellosis"),
    ("norovirus", "norovirus"),
    ("brucellosis", "brucellosis"),
    ("leishmaniasis", "leishmaniasis"),
    // Scrub, murine and epidemic typhus alike; "scrub" and "murine" only before
    // "typhus" (see `extract::disease_named_at`), and never a place's name.
    ("typhus", "typhus"),
    ("scrub", "typhus"),
    ("murine", "typhus"),
    ("rubella", "rubella"),
    ("varicella", "chickenpox"),
    ("chickenpox", "chickenpox"),
    // Only in "scarlet fever" in outbreak news.
    ("scarlet", "scarlet fever"),
    ("botulism", "botulism"),
    ("rotavirus", "rotavirus"),
    ("cryptosporidiosis", "cryptosporidiosis"),
    ("cryptosporidium", "cryptosporidiosis"),
    ("giardiasis", "giardiasis"),
    ("campylobacter", "campylobacteriosis"),
    ("mycoplasma", "mycoplasma"),
    ("tetanus", "tetanus"),
];

/// The disease a lower-case word names, by its canonical name, if it names one.
pub(crate) fn disease_of(word: &str) -> Option<&'static str> {
    DISEASES.iter().find(|(w, _)| *w == word).map(|(_, disease)| *disease)
}

/// The classes of a lower-case word (none for words the extractor does not know).
pub(crate) fn classes_of(word: &str) -> Classes {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::new).get(word)
}

/// Every known word with its classes, in an open-addressing table: looked up once per
/// word of every article, it costs a fraction of a general-purpose `HashMap` lookup
/// (no `Hasher` calls, no SIMD probing for a table this small).
struct Table {
    /// A power of two in length, at most a quarter full, so a probe soon meets an
    /// empty slot.
    slots: Vec<Option<Slot>>,
}

/// A known word: its key (see [`Key`]), the word, and its classes.
#[derive(Clone, Copy)]
struct Slot {
    key: Key,
    word: &'static str,
    classes: Classes,
}

/// A word's length with its first and last four bytes, read at once. Up to eight
/// bytes long, a word is its key: found without comparing its bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    ends: u64,
}

impl Key {
    fn of(bytes: &[u8]) -> Key {
        let four = |at: usize| bytes.get(at..at + 4).and_then(|b| b.try_into().ok()).map_or(0, u32::from_le_bytes);
        let (head, tail) = match bytes.len() {
            0..=3 => (bytes.iter().fold(0, |all, &b| all << 8 | u32::from(b)), 0),
            n => (four(0), four(n - 4)),
        };
        Key { len: bytes.len(), ends: u64::from(head) << 32 | u64::from(tail) }
    }

    /// The key's hash: FNV's multiply per byte, one after the other, took longer than
    /// the rest of a lookup. Words that share a key are told apart by the probe.
    fn hash(self) -> usize {
        // Fibonacci hashing: the multiply carries every input bit into the high bits.
        (self.ends ^ self.len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(32) as usize
    }
}

impl Table {
    fn new() -> Table {
        let words = WORDS.iter().flat_map(|(class, words)| words.iter().map(move |w| (*w, *class)));
        let diseases = DISEASES.iter().map(|(w, _)| (*w, DISEASE));
        let entries: Vec<(&'static str, Classes)> = words.chain(diseases).collect();
        let mut table = Table { slots: vec![None; (entries.len() * 4).next_power_of_two()] };
        for (word, class) in entries {
            let key = Key::of(word.as_bytes());
            let at = table.slot_of(key, word);
            if let Some(slot) = table.slots.get_mut(at) {
                let classes = slot.map_or(0, |known| known.classes);
                *slot = Some(Slot { key, word, classes: classes | class });
            }
        }
        table
    }

    /// The slot holding `word` (whose key is `key`), else the empty slot where it
    /// belongs.
    fn slot_of(&self, key: Key, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = key.hash() & mask;
        for _ in 0..self.slots.len() {
            match self.slots.get(at) {
                Some(Some(known)) if known.key != key || key.len > 8 && known.word != word => at = (at + 1) & mask,
                _ => break,
            }
        }
        at
    }

    fn get(&self, word: &str) -> Classes {
        match self.slots.get(self.slot_of(Key::of(word.as_bytes()), word)) {
            Some(Some(known)) => known.classes,
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_every_class_they_are_listed_in() {
        let all = MODIFIERS | NEW_CUES | QUALIFIER_WORDS;
        assert_eq!(classes_of("more") & all, all);
        assert_eq!(classes_of("may") & DATE_START, DATE_START);
        assert_eq!(classes_of("zebra"), 0);
    }

    #[test]
    fn every_listed_word_is_found_with_its_class() {
        for (class, words) in WORDS {
            for word in *words {
                assert_eq!(classes_of(word) & class, *class, "{word}");
            }
        }
        for (word, _) in DISEASES {
            assert_ne!(classes_of(word) & DISEASE, 0, "{word}");
        }
        assert_eq!(classes_of(""), 0);
        assert_eq!(classes_of("cases's"), 0);
        // The length and first and last four bytes of "cumulatively", another word.
        assert_eq!(classes_of("cumuxxxxvely"), 0);
    }

    #[test]
    fn marks_carry_their_classes() {
        assert_eq!(mark_classes(")"), CLAUSE_MARKS | CLOSINGS);
        assert_eq!(mark_classes("\u{201D}"), QUOTES | CLOSINGS);
        assert_eq!(mark_classes("\u{2026}"), TERMINALS);
        assert_eq!(mark_classes(","), 0);
    }

    #[test]
    fn every_listed_word_is_lower_case() {
        for (_, words) in WORDS {
            for word in *words {
                assert_eq!(*word, word.to_ascii_lowercase());
            }
        }
    }
}
