//! The chart's legend as page content: a swatch and a show/hide checkbox per series,
//! so keyboard and screen-reader users can choose what the chart shows.

use crate::chart::series_css_colour;
use crate::series::{Series, SeriesKey};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`SeriesLegend`].
#[derive(Properties, PartialEq)]
pub struct SeriesLegendProps {
    /// Every series, in the order given to the chart (which fixes their colours).
    pub series: Rc<Vec<Series>>,
    /// The series not drawn.
    pub hidden: Vec<SeriesKey>,
    /// Whether the chart uses dark colours.
    pub dark: bool,
    /// Shows a hidden series, hides a shown one.
    pub toggle: Callback<SeriesKey>,
}

/// "Series shown" with one checkbox per series; nothing while there are none.
#[component]
pub fn SeriesLegend(props: &SeriesLegendProps) -> Html {
    if props.series.is_empty() {
        return html! {};
    }
    let entries = props.series.iter().enumerate().map(|(index, one)| {
        let key = one.key.clone();
        let onchange = props.toggle.reform(move |_: Event| key.clone());
        let swatch = format!("background: {}", series_css_colour(index, props.dark));
        html! {
            <li>
                <label>
                    <input
                        type="checkbox"
                        checked={!props.hidden.contains(&one.key)}
                        {onchange}
                    />
                    <span class="swatch" style={swatch} aria-hidden="true"></span>
                    { one.key.label() }
                </label>
            </li>
        }
    });
    html! {
        <fieldset class="legend">
            <legend>{ "Series shown" }</legend>
            <ul>{ for entries }</ul>
        </fieldset>
    }
}
