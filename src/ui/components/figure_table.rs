//! Every figure of every article, with the words it was read from.

use crate::ui::format::{figure_metric, figure_value};
use crate::ui::state::{Article, ArticleId};
use std::rc::Rc;
use yew::prelude::*;

/// The columns: heading, and the class of their cells.
const COLUMNS: [(&str, Option<&str>); 6] = [
    ("Date", None),
    ("Metric", None),
    ("Kind", None),
    ("Value", Some("number")),
    ("Quoted text", Some("quote")),
    ("Article", Some("source")),
];

/// Properties of [`FigureTable`].
#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    /// The articles, in the order they were added.
    pub articles: Vec<Rc<Article>>,
    /// Shows a figure (article, index) in its article's text.
    pub show: Callback<(ArticleId, usize)>,
}

/// The "Figures" table: one row per figure, in article then text order.
#[component]
pub fn FigureTable(props: &FigureTableProps) -> Html {
    let rows = props.articles.iter().flat_map(|article| {
        (0..article.extraction.figures.len()).map(move |index| {
            html! {
                <FigureRow
                    key={format!("{}-{index}", article.id.token())}
                    article={article.clone()}
                    {index}
                    show={props.show.clone()}
                />
            }
        })
    });
    let has_rows = props.articles.iter().any(|article| !article.extraction.figures.is_empty());

    html! {
        <section class="panel table-panel">
            <div class="table-scroll">
                // Explicit roles: on phones the rows are restyled as blocks, and some
                // browsers drop a table's meaning when its display changes.
                <table class="figures" role="table">
                    <caption>{ "Figures" }</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            { for COLUMNS.iter().map(|(name, class)| html! {
                                <th scope="col" role="columnheader" class={*class}>{ *name }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
                        if has_rows {
                            { for rows }
                        } else {
                            <tr role="row">
                                <td colspan={COLUMNS.len().to_string()} role="cell" class="empty">{ "No figures yet." }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Properties of [`FigureRow`].
#[derive(Properties, PartialEq)]
struct FigureRowProps {
    article: Rc<Article>,
    /// Index into the article's figures.
    index: usize,
    show: Callback<(ArticleId, usize)>,
}

/// One figure; its reasoning opens on demand.
#[component]
fn FigureRow(props: &FigureRowProps) -> Html {
    let Some(figure) = props.article.extraction.figures.get(props.index) else {
        return html! {};
    };
    let date = match figure.date {
        Some(date) => html! { <time datetime={date.to_string()}>{ date.long_form() }</time> },
        None => html! { <span class="undated">{ "undated" }</span> },
    };
    let why = (!figure.explain.is_empty()).then(|| {
        html! {
            <details class="why">
                <summary>{ "why" }</summary>
                <ul>{ for figure.explain.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            </details>
        }
    });

    let (id, index) = (props.article.id, props.index);
    let show = props.show.reform(move |_: MouseEvent| (id, index));
    let cells = [
        date,
        html! { figure_metric(figure) },
        html! { figure.kind.name() },
        html! { figure_value(figure) },
        html! { <><q>{ &figure.text }</q>{ why }</> },
        html! {
            <>
                { &props.article.headline }
                <button
                    type="button"
                    class="show-in-article"
                    aria-label={format!("Show in article: {}", figure.text)}
                    onclick={show}
                >
                    { "Show in article" }
                </button>
            </>
        },
    ];
    html! {
        <tr role="row">
            { for COLUMNS.iter().zip(cells).map(|((name, class), cell)| html! {
                // The label heads the cell when rows are shown as blocks on phones.
                <td role="cell" class={*class} data-label={*name}>{ cell }</td>
            }) }
        </tr>
    }
}
