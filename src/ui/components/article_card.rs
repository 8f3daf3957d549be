//! The list of added articles: headline, figure count, publication date, "Remove".

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::extract::PublishedSource;
use crate::ui::format::figure_count;
use crate::ui::state::{Action, Article, ArticleId};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ArticleList`].
#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// The articles, in the order they were added.
    pub articles: Vec<Rc<Article>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Every added article as a card, or a hint when there are none.
#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let heading = use_node_ref();
    // The removed card took the focused button with it; the list's heading is the
    // nearest sensible place for keyboard and screen-reader users to carry on from.
    let remove = use_callback((props.dispatch.clone(), heading.clone()), |id: ArticleId, (dispatch, heading)| {
        dispatch.emit(Action::Remove(id));
        if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    });
    let cards = props.articles.iter().map(|article| {
        html! {
            <ArticleCard
                key={article.id.token()}
                article={article.clone()}
                dispatch={props.dispatch.clone()}
                remove={remove.clone()}
            />
        }
    });
    html! {
        <section class="panel" aria-labelledby="articles-heading">
            <h2 id="articles-heading" ref={heading} tabindex="-1">{ "Articles" }</h2>
            if props.articles.is_empty() {
                <p class="empty">
                    { "No articles yet. Paste one above, or load the example to see how it works." }
                </p>
            } else {
                <ul class="cards">{ for cards }</ul>
            }
        </section>
    }
}

/// Properties of [`ArticleCard`].
#[derive(Properties, PartialEq)]
struct ArticleCardProps {
    article: Rc<Article>,
    dispatch: Callback<Action>,
    remove: Callback<ArticleId>,
}

/// One article: what it is, what was found, and the date its figures hang on.
#[component]
fn ArticleCard(props: &ArticleCardProps) -> Html {
    let article = &props.article;
    let id = article.id;
    let extraction = &article.extraction;
    let input_id = format!("published-{}", id.token());
    let note_id = format!("published-note-{}", id.token());
    let remove = props.remove.reform(move |_: MouseEvent| id);
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
    let mut count = figure_count(extraction.figures.len());
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
        <li class={classes!("card", extraction.published.is_none().then_some("card-undated"))}>
            <h3 class="headline">{ &article.headline }</h3>
            <p class="count">{ count }</p>
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
            <button type="button" class="remove" onclick={remove}>{ "Remove" }</button>
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
