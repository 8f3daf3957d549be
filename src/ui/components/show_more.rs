//! The line beside a list that shows only part of it: how much it shows, and a button
//! for more (the figure table's rows, the article list's cards).

use yew::prelude::*;

/// A line of class `class` saying what is shown (`showing`, "Showing 100 of 492
/// figures.") with a button labelled `more` that calls `onclick`.
pub fn show_more(class: &'static str, showing: String, more: String, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <div {class}>
            <span>{ showing }</span>
            <button type="button" {onclick}>{ more }</button>
        </div>
    }
}
