//! The list of added articles (the latest hundred, and earlier ones on request), each a
//! card: headline, figure count, outlet and file, publication date, the text (collapsed
//! until asked for, with a figure's sentence highlighted), "Merge with previous" and
//! "Split again" for pastes cut wrongly, "Remove", and a toggle that folds the card to
//! its headline row.

use super::show_more::show_more;
use crate::chart::thousands;
use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::extract::PublishedSource;
use crate::figure::Figure;
use crate::ui::format::figure_count;
use crate::ui::state::{Action, Article, ArticleId};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// A request to show one figure in its article: the card opens its text and scrolls
/// the figure's sentence, highlighted, into view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ShowFigure {
    /// The article.
    pub article: ArticleId,
    /// Index into its figures.
    pub figure: usize,
    /// Tells two requests for the same figure apart, so that each one scrolls.
    request: u64,
}

/// The latest [`ShowFigure`] request, and the callback that makes one from an
/// article and a figure index (a chart click, a table button).
#[hook]
pub fn use_show_figure() -> (Option<ShowFigure>, Callback<(ArticleId, usize)>) {
    let shown = use_state_eq(|| None::<ShowFigure>);
    // A counter outside the state: two requests before a re-render still differ.
    let requests = use_mut_ref(|| 0_u64);
    // One callback for the page's life: a new one at every render would make every
    // component given it (the table's hundreds of rows) render again.
    let setter = shown.setter();
    let show = use_callback((), move |(article, figure): (ArticleId, usize), _| {
        let mut count = requests.borrow_mut();
        *count += 1;
        setter.set(Some(ShowFigure { article, figure, request: *count }));
    });
    (*shown, show)
}

/// From this many articles on, new cards start folded to their headline row: a long
/// list stays readable, and a paste of thousands of reports does not build thousands
/// of date pickers.
const FOLDED_FROM: usize = 30;

/// How many of the latest articles the list shows at first, and how many earlier ones
/// each "Show earlier" adds. Thousands of cards made a long paste's every batch lay out
/// and paint them all again: 1 MB of 2,142 short reports took 2.7 to 3.3 s to read,
/// 1.2 s with this many shown. The latest are the ones just added.
const CARDS_SHOWN: usize = 100;

/// What the article list keeps between renders: its heading, the callback that takes a
/// card away, and how many of the latest articles it shows.
pub struct ListView {
    /// The list's heading.
    heading: NodeRef,
    /// Dispatches an action taking a card away (removing or merging it) and moves the
    /// focus to the heading.
    remove: Callback<Action>,
    /// How many of the latest articles are shown.
    showing: UseStateHandle<usize>,
}

/// The [`ListView`] of the article list of the calling component, whose actions go to
/// `dispatch`.
#[hook]
pub fn use_list_view(dispatch: Callback<Action>) -> ListView {
    let heading = use_node_ref();
    // The removed card took the focused button with it; the list's heading is the
    // nearest sensible place for keyboard and screen-reader users to carry on from.
    let remove = use_callback((dispatch, heading.clone()), |action: Action, (dispatch, heading)| {
        dispatch.emit(action);
        focus(heading);
    });
    let showing = use_state_eq(|| CARDS_SHOWN);
    ListView { heading, remove, showing }
}

/// Moves the focus to `element`, if it is on the page.
fn focus(element: &NodeRef) {
    if let Some(element) = element.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Every added article (`articles`, in the order they were added) as a card, the
/// latest [`CARDS_SHOWN`] first and earlier ones on request, or a hint when there are
/// none; `shown` is the figure last asked to be shown (its card is always on the list),
/// and actions go to `dispatch`. A plain function, not a component: its state is the
/// caller's [`use_list_view`], and each card compares its own properties.
pub fn article_list(
    view: &ListView,
    articles: &[Rc<Article>],
    dispatch: &Callback<Action>,
    shown: Option<ShowFigure>,
) -> Html {
    let ListView { heading, remove, showing } = view;
    let asked_for = shown.and_then(|shown| articles.iter().position(|article| article.id == shown.article));
    let from = articles.len().saturating_sub(**showing).min(asked_for.unwrap_or(usize::MAX));
    let cards = articles.get(from..).unwrap_or_default().iter().enumerate().map(|(index, article)| {
        html! {
            <ArticleCard
                key={article.id.token()}
                article={article.clone()}
                first={from + index == 0}
                start_folded={articles.len() >= FOLDED_FROM}
                dispatch={dispatch.clone()}
                remove={remove.clone()}
                shown={shown.filter(|shown| shown.article == article.id)}
            />
        }
    });
    let earlier = (from > 0).then(|| {
        let listed = articles.len() - from;
        let onclick = {
            let (showing, heading) = (showing.clone(), heading.clone());
            Callback::from(move |_: MouseEvent| {
                showing.set(listed + CARDS_SHOWN);
                // The button goes once every article is shown: the focus would be lost.
                if from <= CARDS_SHOWN {
                    focus(&heading);
                }
            })
        };
        let (listed, all) = (thousands(listed as u64), thousands(articles.len() as u64));
        let more = format!("Show {} earlier", thousands(CARDS_SHOWN.min(from) as u64));
        show_more("list-more", format!("Showing the latest {listed} of {all} articles."), more, onclick)
    });
    html! {
        <section class="panel" aria-labelledby="articles-heading">
            <h2 id="articles-heading" ref={heading.clone()} tabindex="-1">{ "Articles" }</h2>
            if articles.is_empty() {
                <p class="empty">
                    { "No articles yet. Paste one above, or load the example to see how it works." }
                </p>
            } else {
                { for earlier }
                <ul class="cards">{ for cards }</ul>
            }
        </section>
    }
}

/// Properties of [`ArticleCard`].
#[derive(Properties, PartialEq)]
struct ArticleCardProps {
    article: Rc<Article>,
    /// Whether it is the first card (which has no card before it to merge with).
    first: bool,
    /// Whether it is folded when it first appears.
    start_folded: bool,
    dispatch: Callback<Action>,
    /// Dispatches an action that takes the card away, and moves the focus.
    remove: Callback<Action>,
    /// A request to show one of its figures.
    shown: Option<ShowFigure>,
}

/// One article: what it is, what was found, the date its figures hang on, and its
/// text on demand.
#[component]
fn ArticleCard(props: &ArticleCardProps) -> Html {
    let article = &props.article;
    let id = article.id;
    let open = use_state_eq(|| false);
    let folded = use_state_eq(|| props.start_folded);
    let mark_ref = use_node_ref();
    // Set by a request, cleared once its sentence has been scrolled to: the sentence
    // is only on the page after the render that opens the text.
    let scroll_pending = use_mut_ref(Cell::default);
    // A figure asked to be shown unfolds its card and opens its text.
    {
        let (open, folded, scroll_pending) = (open.setter(), folded.setter(), scroll_pending.clone());
        use_effect_with(props.shown, move |shown| {
            if shown.is_some() {
                scroll_pending.borrow().set(true);
                open.set(true);
                folded.set(false);
            }
        });
    }
    {
        let (mark_ref, scroll_pending, is_open) = (mark_ref.clone(), scroll_pending.clone(), *open);
        use_effect(move || {
            // Once the text is open the sentence is there, or never will be (a figure
            // without words): either way the request is done.
            if is_open && scroll_pending.borrow().replace(false) {
                if let Some(mark) = mark_ref.cast::<web_sys::Element>() {
                    let options = ScrollIntoViewOptions::new();
                    options.set_behavior(ScrollBehavior::Smooth);
                    options.set_block(ScrollLogicalPosition::Center);
                    mark.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let text_id = format!("article-text-{}", id.token());
    let toggle_text = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let highlighted = props.shown.and_then(|shown| article.extraction.figures.get(shown.figure));
    let extraction = &article.extraction;
    let input_id = format!("published-{}", id.token());
    let note_id = format!("published-note-{}", id.token());
    let body_id = format!("card-body-{}", id.token());
    let headline_id = format!("card-headline-{}", id.token());
    let toggle_fold = {
        let folded = folded.clone();
        Callback::from(move |_: MouseEvent| folded.set(!*folded))
    };
    let remove = props.remove.reform(move |_: MouseEvent| Action::Remove(id));
    let merge = props.remove.reform(move |_: MouseEvent| Action::MergeWithPrevious(id));
    let split = props.dispatch.reform(move |_: MouseEvent| Action::SplitAgain(id));
    let source = [
        article.outlet.as_ref().map(|outlet| format!("Outlet: {outlet}")),
        article.file.as_ref().map(|file| format!("File: {file}")),
    ];
    let source: Vec<String> = source.into_iter().flatten().collect();
    let onchange = props.dispatch.reform(move |event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        let typed = input.value();
        // Cleared: fall back to the date found in the text.
        if typed.is_empty() {
            return Action::SetPublished(id, None);
        }
        match Date::parse_iso(&typed) {
            Some(date) => Action::SetPublished(id, Some(date)),
            None => Action::RefuseDate(id, typed),
        }
    });
    let mut count = figure_count(extraction.reported_count());
    if extraction.published.is_none() && !extraction.figures.is_empty() {
        count.push_str(", all undated");
    }
    let note = match (extraction.published, extraction.published_source) {
        (None, _) => html! {
            <p class="prompt" id={note_id.clone()}>
                { "No publication date found in the text. Enter the day it was published \
                   to put its figures on the chart." }
            </p>
        },
        (Some(_), Some(PublishedSource::Given)) => html! {
            <p class="hint" id={note_id.clone()}>{ "As you entered it. Clear it to use the date in the text." }</p>
        },
        (Some(_), _) => html! {
            <p class="hint" id={note_id.clone()}>{ found_in_text(&extraction.published_explain) }</p>
        },
    };

    html! {
        <li
            class={classes!("card", extraction.published.is_none().then_some("card-undated"), folded.then_some("card-folded"))}
            aria-labelledby={headline_id.clone()}
        >
            <div class="card-head">
                <button
                    type="button"
                    class="fold"
                    aria-expanded={(!*folded).to_string()}
                    aria-controls={(!*folded).then(|| body_id.clone())}
                    aria-describedby={headline_id.clone()}
                    onclick={toggle_fold}
                >
                    { if *folded { "Expand" } else { "Collapse" } }
                </button>
                <h3 class="headline" id={headline_id}>{ &article.headline }</h3>
                <p class="count">{ count }</p>
            </div>
            if !*folded {
                <div class="card-body" id={body_id}>
                    if !source.is_empty() {
                        <p class="source">{ source.join(" · ") }</p>
                    }
                    <div class="published">
                        <label for={input_id.clone()}>{ "Published" }</label>
                        <input
                            type="date"
                            id={input_id}
                            aria-label="Published"
                            aria-describedby={note_id}
                            min={format!("{MIN_YEAR}-01-01")}
                            max={format!("{MAX_YEAR}-12-31")}
                            value={extraction.published.map(|date| date.to_string()).unwrap_or_default()}
                            {onchange}
                        />
                    </div>
                    { note }
                    <button
                        type="button"
                        class="show-text"
                        aria-expanded={open.to_string()}
                        aria-controls={text_id.clone()}
                        onclick={toggle_text}
                    >
                        { if *open { "Hide text" } else { "Show text" } }
                    </button>
                    if *open {
                        <div class="article-text" id={text_id}>
                            { text_with_sentence(&article.text, highlighted, mark_ref) }
                        </div>
                    }
                    <div class="card-actions">
                        if !props.first && article.joint.is_some() {
                            <button type="button" class="merge" onclick={merge} title="Join this article to the one above it">
                                { "Merge with previous" }
                            </button>
                        }
                        if article.parts > 1 {
                            <button type="button" class="split" onclick={split}>
                                { format!("Split again ({} articles)", article.parts) }
                            </button>
                        }
                        <button type="button" class="remove" onclick={remove}>{ "Remove" }</button>
                    </div>
                </div>
            }
        </li>
    }
}

/// The hint under a date read from the text: the extractor's reason, if it gave one.
fn found_in_text(explain: &str) -> String {
    if explain.trim().is_empty() {
        "Found in the text; change it if it is wrong.".into()
    } else {
        format!("Found in the text: {}", explain.trim())
    }
}

/// The article's text as text nodes, with `figure`'s sentence in a `<mark>` (the
/// figure's own words in bold inside it). Never parsed as markup: the text is the
/// user's. A span that does not fit the text (an edited article) shows it unmarked.
fn text_with_sentence(text: &str, figure: Option<&Figure>, mark_ref: NodeRef) -> Html {
    let parts = figure.and_then(|figure| {
        let (start, end) = (figure.sentence.start, figure.sentence.end);
        let sentence = text.get(start..end)?;
        // The figure's words, when they lie inside the sentence.
        let words = figure
            .start
            .checked_sub(start)
            .zip(figure.end.checked_sub(start))
            .and_then(|(from, to)| Some((sentence.get(..from)?, sentence.get(from..to)?, sentence.get(to..)?)));
        Some((text.get(..start)?, sentence, words, text.get(end..)?))
    });
    match parts {
        Some((before, sentence, words, after)) => html! {
            <>
                { before }
                <mark ref={mark_ref}>
                    if let Some((lead, own, rest)) = words {
                        { lead }<strong>{ own }</strong>{ rest }
                    } else {
                        { sentence }
                    }
                </mark>
                { after }
            </>
        },
        None => html! { text },
    }
}
