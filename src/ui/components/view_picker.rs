//! The chart's view (all series, daily new, cumulative, deaths, recovered and active)
//! as a radio group named "Chart view", and the "Doubling-time lines" switch. Like the
//! chart's scale and hidden series, the choice only changes how the chart is drawn,
//! never the articles or their figures; it is kept in the page's state only so that it
//! is saved with the workspace.

use crate::chart::{ChartOptions, View};
use crate::series::{Series, SeriesKey};
use crate::ui::format::chart_description;
use std::rc::Rc;
use yew::prelude::*;

/// What the picker chose.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct ViewChoice {
    /// The chart's view. "All series" by default: with the few articles a newcomer
    /// starts with, it shows whatever was found, where another view could be empty.
    pub view: View,
    /// Draw "doubles every N days" lines in the cumulative view.
    pub doubling_lines: bool,
}

impl ViewChoice {
    /// `options` drawn in this view.
    pub fn apply(self, options: ChartOptions) -> ChartOptions {
        ChartOptions { view: self.view, doubling_lines: self.doubling_lines, ..options }
    }

    /// The chart's accessible description in this view: the view's name, then what
    /// the chart shows of the view's series ("Daily new view: Chart of 1 series ...").
    pub fn describe(self, series: &[Series], hidden: &[SeriesKey], log_scale: bool) -> String {
        if self.view == View::All {
            return chart_description(series, hidden, log_scale);
        }
        let in_view: Vec<Series> = series.iter().filter(|one| self.view.includes(&one.key)).cloned().collect();
        let description = if in_view.is_empty() {
            self.view.empty_message().to_string()
        } else {
            chart_description(&in_view, hidden, log_scale)
        };
        format!("{} view: {description}", self.view.label())
    }
}

/// The chart's description ([`ViewChoice::describe`]), worked out again only when what
/// is drawn changes (hovering re-renders the panel).
#[hook]
pub fn use_chart_description(
    series: Rc<Vec<Series>>,
    hidden: Vec<SeriesKey>,
    log_scale: bool,
    choice: ViewChoice,
) -> Rc<String> {
    use_memo((series, hidden, log_scale, choice), |(series, hidden, log_scale, choice)| {
        choice.describe(series, hidden, *log_scale)
    })
}

/// "Chart view" radio buttons showing `current` and the doubling-time switch (usable in
/// the cumulative view, the one it draws in); `onchange` gets the user's new choice.
/// A plain function, not a component: it keeps no state.
pub fn view_picker(current: ViewChoice, onchange: &Callback<ViewChoice>) -> Html {
    let buttons = View::ALL.into_iter().map(|view| {
        let choose = onchange.clone();
        let onchange = Callback::from(move |_: Event| choose.emit(ViewChoice { view, ..current }));
        html! {
            <label>
                <input type="radio" name="chart-view" value={view.id()} checked={current.view == view} {onchange} />
                { format!(" {}", view.label()) }
            </label>
        }
    });
    let toggle_doubling = {
        let choose = onchange.clone();
        Callback::from(move |_: Event| choose.emit(ViewChoice { doubling_lines: !current.doubling_lines, ..current }))
    };
    let usable = current.view.doubling_lines();
    html! {
        <div class="view-picker">
            <fieldset class="chart-view">
                <legend>{ "Chart view" }</legend>
                { for buttons }
            </fieldset>
            <label class="doubling-switch" title="Drawn in the cumulative view, where the last week allows">
                <input
                    type="checkbox"
                    checked={current.doubling_lines}
                    disabled={!usable}
                    onchange={toggle_doubling}
                />
                { " Doubling-time lines" }
                if !usable {
                    <span class="hint">{ " (in the cumulative view)" }</span>
                }
            </label>
        </div>
    }
}
