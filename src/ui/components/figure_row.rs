//! One row of the "Figures" table: the figure as the user corrected it, what was read
//! where it differs (struck through), and its "Edit" and "Reset" buttons; the editor
//! opens in a row of its own below it.

use super::figure_editor::{editor_id, figure_editor, use_editor_state};
use super::figure_table::COLUMNS;
use crate::date::Date;
use crate::figure::Figure;
use crate::ui::format::{figure_metric, figure_value};
use crate::ui::state::{Action, Article, ArticleId, Edit, FigureRef};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`FigureRow`].
#[derive(Properties, PartialEq)]
pub struct FigureRowProps {
    /// Which figure.
    pub at: FigureRef,
    /// Its article.
    pub article: Rc<Article>,
    /// The figure as edited.
    pub figure: Figure,
    /// The user's corrections, if any.
    pub edit: Option<Edit>,
    /// Whether its editor is open.
    pub open: bool,
    /// Opens or closes its editor.
    pub toggle: Callback<FigureRef>,
    /// Changes the page's state (edits).
    pub dispatch: Callback<Action>,
    /// Shows a figure (article, index) in its article's text.
    pub show: Callback<(ArticleId, usize)>,
}

/// What was read, struck through, after a corrected value; read out as "read as ...".
fn as_read(words: String) -> Html {
    html! {
        <span class="as-read" title="As read from the article">
            <span class="visually-hidden">{ " read as " }</span>
            <del>{ words }</del>
        </span>
    }
}

/// A day, or "undated".
fn day(date: Option<Date>) -> Html {
    match date {
        Some(date) => html! { <time datetime={date.to_string()}>{ date.long_form() }</time> },
        None => html! { <span class="undated">{ "undated" }</span> },
    }
}

/// One figure; its reasoning opens on demand, its editor on "Edit".
#[component]
pub fn FigureRow(props: &FigureRowProps) -> Html {
    let edit_ref = use_node_ref();
    let editor = use_editor_state(props.open);
    let Some(original) = props.article.extraction.figures.get(props.at.index) else {
        return html! {};
    };
    let figure = &props.figure;
    let edit = props.edit.clone().unwrap_or_default();
    let why = (!original.explain.is_empty()).then(|| {
        html! {
            <details class="why">
                <summary>{ "why" }</summary>
                <ul>{ for original.explain.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            </details>
        }
    });

    let at = props.at;
    let show = props.show.reform(move |_: MouseEvent| (at.article, at.index));
    let toggle = props.toggle.reform(move |_: MouseEvent| at);
    let reset = props.dispatch.reform(move |_: MouseEvent| Action::ResetFigure(at));
    // "Done" closes the editor and gives the focus back to the row's "Edit" button.
    let close = {
        let (toggle, edit_ref) = (props.toggle.clone(), edit_ref.clone());
        Callback::from(move |()| {
            toggle.emit(at);
            if let Some(button) = edit_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let editor_id = editor_id(at);
    let cells = [
        html! { <>{ day(figure.date) }{ edit.date.map(|_| as_read(day_words(original.date))) }</> },
        html! { <>{ figure_metric(figure) }{ edit.metric.map(|_| as_read(figure_metric(original))) }</> },
        html! { <>{ figure.kind.name() }{ edit.kind.map(|_| as_read(original.kind.name().into())) }</> },
        html! { <>{ figure_value(figure) }{ edit.value.map(|_| as_read(figure_value(original))) }</> },
        html! { <><q>{ &original.text }</q>{ why }</> },
        html! {
            <>
                // Three lines at most in the narrow column (the whole on hover): a long
                // headline made every row of its article seven lines tall.
                <span class="headline" title={props.article.headline.clone()}>{ &props.article.headline }</span>
                <button
                    type="button"
                    class="show-in-article"
                    aria-label={format!("Show in article: {}", original.text)}
                    onclick={show}
                >
                    { "Show in article" }
                </button>
            </>
        },
        html! {
            <>
                if edit.excluded {
                    <span class="mark mark-excluded">{ "excluded" }</span>
                }
                if edit.corrects() {
                    <span class="mark mark-edited">{ "edited" }</span>
                }
                <button
                    type="button"
                    ref={edit_ref}
                    aria-label={format!("Edit: {}", original.text)}
                    aria-expanded={props.open.to_string()}
                    aria-controls={props.open.then(|| editor_id.clone())}
                    onclick={toggle}
                >
                    { "Edit" }
                </button>
                if !edit.is_empty() {
                    <button type="button" aria-label={format!("Reset: {}", original.text)} onclick={reset}>
                        { "Reset" }
                    </button>
                }
            </>
        },
    ];
    let class = classes!(edit.excluded.then_some("excluded"), edit.corrects().then_some("edited"));
    html! {
        <>
            <tr role="row" {class}>
                { for COLUMNS.iter().zip(cells).map(|(column, cell)| html! {
                    // The label heads the cell when rows are shown as blocks on phones.
                    <td role="cell" class={column.class} data-label={column.name}>{ cell }</td>
                }) }
            </tr>
            if props.open {
                <tr role="row" class="figure-editor-row">
                    <td role="cell" colspan={COLUMNS.len().to_string()}>
                        { figure_editor(&editor, at, figure, edit.excluded, &original.text, &props.dispatch, &close) }
                    </td>
                </tr>
            }
        </>
    }
}

/// A day in words, or "undated".
fn day_words(date: Option<Date>) -> String {
    date.map_or_else(|| "undated".to_string(), |date| date.long_form())
}
