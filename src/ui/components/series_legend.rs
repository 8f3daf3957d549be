//! The chart's legend as page content: a swatch and a show/hide checkbox per series
//! the chart's view draws, so keyboard and screen-reader users can choose what the
//! chart shows.

use crate::chart::{series_css_colour, series_marker, Marker, View};
use crate::figure::Kind;
use crate::series::{Series, SeriesKey};
use yew::prelude::*;

/// "Series shown" with one checkbox per series of the chart's `view`; nothing while
/// there are none (the chart says why). `series` are all of them, in the order given to
/// the chart (which fixes their colours); `hidden` are not drawn; `toggle` shows a
/// hidden series and hides a shown one. A plain function, not a component: it keeps no
/// state, and the chart panel that calls it re-renders whenever its inputs change.
pub fn series_legend(
    series: &[Series],
    hidden: &[SeriesKey],
    view: View,
    dark: bool,
    toggle: &Callback<SeriesKey>,
) -> Html {
    // Colours follow the index among all series, as the chart's do.
    let in_view: Vec<(usize, &Series)> = series.iter().enumerate().filter(|(_, one)| view.includes(&one.key)).collect();
    if in_view.is_empty() {
        return html! {};
    }
    let entries = in_view.into_iter().map(|(index, one)| {
        let key = one.key.clone();
        let onchange = toggle.reform(move |_: Event| key.clone());
        // An SVG fill, not a style attribute: the page's Content-Security-Policy
        // (style-src 'self') refuses style attributes.
        let colour = series_css_colour(index, dark);
        html! {
            <li>
                <label>
                    <input
                        type="checkbox"
                        checked={!hidden.contains(&one.key)}
                        {onchange}
                    />
                    <svg class="swatch" viewBox="0 0 1 1" aria-hidden="true">{ swatch(one, index, colour) }</svg>
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

/// The swatch of the series at `index`: a square for daily counts (drawn as bars), else
/// the shape of its markers, which tells apart series that share a colour.
fn swatch(series: &Series, index: usize, colour: String) -> Html {
    if series.key.kind == Kind::New {
        return html! { <rect width="1" height="1" fill={colour} /> };
    }
    match series_marker(index) {
        Marker::Circle => html! { <circle cx="0.5" cy="0.5" r="0.45" fill={colour} /> },
        Marker::Square => html! { <rect x="0.1" y="0.1" width="0.8" height="0.8" fill={colour} /> },
        Marker::Diamond => html! { <polygon points="0.5,0 1,0.5 0.5,1 0,0.5" fill={colour} /> },
        Marker::Triangle => html! { <polygon points="0.5,0.05 1,0.95 0,0.95" fill={colour} /> },
    }
}
