//! Getting text in: pastes of several reports cut into articles (and single articles
//! never cut), and saved news pages reduced to the article's own text and figures.

use casecurve::examples::EXAMPLES;
use casecurve::extract::extract;
use casecurve::intake::html::reduce;
use casecurve::intake::split::split;
use casecurve::intake::{read_file, FileProblem};
use std::fs;

/// The parts of `paste` as text.
fn parts(paste: &str) -> Vec<&str> {
    split(paste).parts.into_iter().filter_map(|range| paste.get(range)).collect()
}

/// Every non-blank character of `text` but those of separator lines, in order.
fn content(text: &str) -> String {
    text.lines()
        .filter(|line| {
            let line = line.trim();
            !(line.len() >= 3 && line.chars().all(|c| "-=*_ ".contains(c)))
        })
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The parts cover every word of the paste, in order, and only separators are left out.
fn assert_lossless(paste: &str) {
    let joined: String = parts(paste).concat();
    assert_eq!(content(&joined), content(paste));
}

#[test]
fn no_corpus_article_or_example_is_split() {
    let mut checked = 0;
    for entry in fs::read_dir("tests/corpus").expect("the corpus is there") {
        let path = entry.expect("a corpus entry").path();
        if path.extension().is_some_and(|extension| extension == "txt") {
            let text = fs::read_to_string(&path).expect("a corpus article");
            let found = parts(&text);
            assert_eq!(found.len(), 1, "{} was split: {:#?}", path.display(), found);
            assert_eq!(found[0], text.trim());
            checked += 1;
        }
    }
    assert_eq!(checked, 58);
    for example in EXAMPLES {
        assert_eq!(parts(example.text).len(), 1, "{}", example.text);
    }
}

/// Three invented wire reports.
const TAVEN: &str = "Cholera cases climb to 412 in Taven province

ORVEL, March 4 (Reuters) - Health officials in Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412 since the outbreak began.

The ministry said four more people had died.";

const MERAU: &str = "Measles spreads to two more districts in Merau

KESSEL, March 5 (AP) — The Merau health service said on Wednesday that 58 measles cases had now been confirmed, up from 41 a week earlier.

Vaccination teams were sent to both districts.";

const VESK: &str = "Vesk reports first dengue death of the season

By Ana Liro, Vesk Courier
Published March 6, 2026

Vesk's health department recorded the season's first dengue death on Thursday, and said 120 people had been admitted to hospital since January.

Residents were asked to clear standing water.";

#[test]
fn reports_separated_by_lines_of_dashes_are_cut_there() {
    let paste = format!("{TAVEN}\n\n-----\n\n{MERAU}\n\n= = = = =\n{VESK}\n");
    let split = split(&paste);
    assert_eq!(parts(&paste), vec![TAVEN, MERAU, VESK]);
    assert!(split.at_separators && !split.at_headlines);
    assert_eq!(split.how(), "at lines of dashes");
    assert_lossless(&paste);
}

#[test]
fn a_separator_right_under_the_last_sentence_still_cuts() {
    let paste = format!("{TAVEN}\n=====\n{MERAU}\n*****\n{VESK}");
    assert_eq!(parts(&paste), vec![TAVEN, MERAU, VESK]);
}

#[test]
fn a_headline_right_above_its_dateline_starts_a_report() {
    let tight = |report: &str| report.replacen("\n\n", "\n", 1);
    let (taven, merau) = (tight(TAVEN), tight(MERAU));
    let paste = format!("{taven}\n\n{merau}");
    assert_eq!(parts(&paste), vec![taven.as_str(), merau.as_str()]);
}

#[test]
fn back_to_back_reports_are_cut_at_each_new_headline() {
    let paste = format!("{TAVEN}\n\n{MERAU}\n\n\n{VESK}");
    assert_eq!(parts(&paste), vec![TAVEN, MERAU, VESK]);
    assert!(split(&paste).at_headlines);
    assert_lossless(&paste);
}

#[test]
fn datelined_reports_without_headlines_are_cut_at_each_dateline() {
    let first = "ORVEL, March 4 (Reuters) - Health officials in Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412.\n\nFour more people died, the ministry said.";
    let second = "ORVEL, March 5 (Reuters) - Taven province reported 29 new cholera cases on Wednesday, taking the total to 441.\n\nNo new deaths were reported.";
    let paste = format!("{first}\n\n{second}\n");
    assert_eq!(parts(&paste), vec![first, second]);
}

#[test]
fn mixed_separators_and_headlines_are_both_cut() {
    let paste = format!("{TAVEN}\n\n{MERAU}\n\n***\n\n{VESK}");
    let split = split(&paste);
    assert_eq!(parts(&paste), vec![TAVEN, MERAU, VESK]);
    assert_eq!(split.how(), "at lines of dashes and at new headlines");
    assert_lossless(&paste);
}

#[test]
fn a_single_report_with_a_rule_and_a_trailer_stays_whole() {
    let paste = format!(
        "{TAVEN}\n\n___\n\nRELATED COVERAGE\n\n— Orvel opens a second treatment centre\n— Rains cut roads to Taven\n"
    );
    assert_eq!(parts(&paste).len(), 1);
    let paste = format!("{VESK}\n\n---\n\nFollow our coverage of dengue in Vesk: https://example.org/vesk\n");
    assert_eq!(parts(&paste).len(), 1);
}

#[test]
fn blank_pastes_have_no_parts() {
    assert!(split("").parts.is_empty());
    assert!(split(" \n\n\t").parts.is_empty());
    assert_eq!(split("-----\n").parts.len(), 1, "a separator alone is kept as text");
}

/// An invented news page: navigation, a sidebar of related stories, scripts and a
/// footer full of numbers that are not the article's.
const NEWS_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Taven cholera cases reach 412 | Orvel Daily</title>
<script>window.dataLayer = [{"pageviews": 90210, "cases": 999}]; if (a < 3) { b = 5; }</script>
<style>.price::after { content: "4 for 3"; }</style>
</head><body>
<header class="site-header"><a href="/">Orvel Daily</a> <nav><ul><li><a href="/top10">Top 10</a></li><li>24 hours</li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; Health 7</div>
<main><article>
<h1>Cholera cases climb to 412 in Taven&nbsp;province</h1>
<p class="byline">By Ana Liro &middot; March 4, 2026</p>
<p>ORVEL, March 4 &mdash; Health officials in Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412 since the outbreak began.</p>
<!-- <p>Draft: 500 cases</p> -->
<div class="share-buttons"><button>Share 1.2k</button><span>88 comments</span></div>
<p>The ministry said four more people had died,<br>taking the death toll to 19.</p>
<figure><img src="x.png" alt="Clinic 5"><figcaption>A clinic in Orvel.</figcaption></figure>
</article></main>
<aside><h2>Related coverage</h2><ul><li>Measles: 58 cases in Merau</li><li>Dengue: 120 admitted in Vesk</li></ul></aside>
<div id="newsletter-signup"><p>Join 25,000 readers</p></div>
<section class="recommended"><p>Flu season: 3,400 cases</p></section>
<footer><p>&copy; 2026 Orvel Daily. All rights reserved. Call 555 0199.</p></footer>
<script>trackPageview(12345);</script>
</body></html>
"#;

/// The same article as plain text, for the figures it should give.
const NEWS_TEXT: &str = "Cholera cases climb to 412 in Taven province

By Ana Liro · March 4, 2026

ORVEL, March 4 — Health officials in Taven province reported 37 new cholera cases on Tuesday, bringing the total to 412 since the outbreak began.

The ministry said four more people had died,
taking the death toll to 19.

A clinic in Orvel.
";

/// The values extraction reads from `text`, in order.
fn values(text: &str) -> Vec<u64> {
    extract(text, None).figures.iter().map(|figure| figure.value).collect()
}

#[test]
fn a_news_page_is_reduced_to_the_article_and_its_figures_only() {
    let reduced = reduce(NEWS_PAGE);
    assert_eq!(reduced.replace('\u{a0}', " "), NEWS_TEXT);
    assert!(reduced.starts_with("Cholera cases climb to 412 in Taven"));
    let figures = values(&reduced);
    assert_eq!(figures, values(NEWS_TEXT));
    for value in [37, 412, 19] {
        assert!(figures.contains(&value), "{value} in {figures:?}");
    }
    for foreign in [999, 90210, 58, 120, 25_000, 3_400, 2026, 12345] {
        assert!(!figures.contains(&foreign), "{foreign} is not the article's: {figures:?}");
    }
}

#[test]
fn html_files_are_reduced_and_text_files_kept() {
    let read = read_file("taven.html", NEWS_PAGE.as_bytes()).expect("a page with an article");
    assert!(!read.contains('<'));
    assert!(!read.contains("Related"));
    assert_eq!(read_file("page.HTM", b"<p>Forty &amp; two</p>").as_deref(), Ok("Forty & two\n"));
    assert_eq!(read_file("latin1.txt", b"Caf\xe9"), Err(FileProblem::NotUtf8(3)));
}

#[test]
fn a_page_with_two_articles_separated_by_a_rule_splits_like_a_paste() {
    let page = format!(
        "<p>{}</p><hr><p>-----</p><p>{}</p>",
        TAVEN.replace("\n\n", "</p><p>"),
        MERAU.replace("\n\n", "</p><p>")
    );
    let text = reduce(&page);
    assert_eq!(parts(&text).len(), 2, "{text}");
}

#[test]
fn the_cli_reads_an_html_page_as_the_page_does() {
    let path = std::env::temp_dir().join(format!("casecurve-intake-{}.html", std::process::id()));
    fs::write(&path, NEWS_PAGE).expect("a temporary file");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_casecurve"))
        .arg("extract")
        .arg(&path)
        .output()
        .expect("the binary runs");
    let _ = fs::remove_file(&path);
    assert!(output.status.success());
    let json = String::from_utf8_lossy(&output.stdout);
    let reduced = reduce(NEWS_PAGE);
    let figures = extract(&reduced, None).figures;
    assert!(!figures.is_empty());
    for figure in figures {
        assert!(json.contains(&format!("\"text\": \"{}\"", figure.text)), "{} in {json}", figure.text);
    }
    assert!(!json.contains("90210") && !json.contains("Related"));
}

/// Texts stitched from pieces that trip up hand-written parsers, from a fixed seed.
fn tricky_texts() -> Vec<String> {
    const PIECES: [&str; 30] = [
        "<",
        ">",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&#",
        "&#x",
        ";",
        "&amp",
        "—",
        "é",
        "\n",
        "\n\n",
        "-----",
        "(",
        ")",
        "LUSAKA, March 4 (Reuters) - ",
        "By Ana Liro",
        "Published 4 March",
        "<script>",
        "</p>",
        "<div class=\"related\">",
        "\"",
        "[",
        "](",
        "*",
        "_",
        "# ",
        "40 cases. The ministry said ten more people fell ill today.",
    ];
    let mut seed: u64 = 0x5eed;
    (0..400)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..60 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            text
        })
        .collect()
}

#[test]
fn tricky_input_never_panics_and_parts_stay_in_order_on_character_boundaries() {
    for text in tricky_texts() {
        let split = split(&text);
        let mut end = 0;
        for part in &split.parts {
            assert!(part.start >= end && part.start < part.end, "{part:?} after {end} in {text:?}");
            assert!(text.get(part.clone()).is_some(), "{part:?} in {text:?}");
            end = part.end;
        }
        let _ = reduce(&text);
        let _ = casecurve::intake::markdown::strip(&text);
        let _ = casecurve::extract::outlet::find(&text);
        let _ = read_file("x.md", text.as_bytes());
    }
}

#[test]
fn regression_a_cookie_banner_above_the_headline_is_no_report_of_its_own() {
    let page = "Skip to content\nThe Harbour Courier\n\n\
We and our partners use cookies to store information on your device and to measure audiences. Manage your \
choices in settings at any time.\nSign in | Subscribe\n\nHealth\n\n\
Dengue cases climb in Tarvos as rains return\n\nBy health reporter Ana Lisk\nPosted Thu 12 Mar 2026 at 6:05am\n\n\
Tarvos has recorded 846 dengue cases so far this year, according to state figures released yesterday.\n";
    assert_eq!(parts(page).len(), 1);
}
