//! Every figure of every article, with the words it was read from.

use crate::figure::Figure;
use crate::ui::format::{figure_metric, figure_value};
use crate::ui::state::Article;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FigureTable`].
#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    /// The articles, in the order they were added.
    pub articles: Vec<Rc<Article>>,
}

/// The "Figures" table: one row per figure, in article then text order.
#[component]
pub fn FigureTable(props: &FigureTableProps) -> Html {
    let rows = props.articles.iter().flat_map(|article| {
        article
            .extraction
            .figures
            .iter()
            .enumerate()
            .map(move |(index, figure)| {
                html! {
                    <FigureRow
                        key={format!("{}-{index}", article.id.token())}
                        figure={figure.clone()}
                        headline={article.headline.clone()}
                    />
                }
            })
    });
    let has_rows = props
        .articles
        .iter()
        .any(|article| !article.extraction.figures.is_empty());

    html! {
        <section class="panel table-panel">
            <div class="table-scroll">
                <table class="figures">
                    <caption>{ "Figures" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Date" }</th>
                            <th scope="col">{ "Metric" }</th>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col" class="number">{ "Value" }</th>
                            <th scope="col">{ "Quoted text" }</th>
                            <th scope="col">{ "Article" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        if has_rows {
                            { for rows }
                        } else {
                            <tr>
                                <td colspan="6" class="empty">{ "No figures yet." }</td>
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
    figure: Figure,
    headline: String,
}

/// One figure; its reasoning opens on demand.
#[component]
fn FigureRow(props: &FigureRowProps) -> Html {
    let figure = &props.figure;
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

    html! {
        <tr>
            <td>{ date }</td>
            <td>{ figure_metric(figure) }</td>
            <td>{ figure.kind.name() }</td>
            <td class="number">{ figure_value(figure) }</td>
            <td class="quote"><q>{ &figure.text }</q>{ why }</td>
            <td class="source">{ &props.headline }</td>
        </tr>
    }
}
