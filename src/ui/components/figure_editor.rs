//! The editor of one figure, opened from its row of the "Figures" table: its value,
//! day, metric and kind, and whether the chart leaves it out. Every change goes to the
//! page's state at once (so the chart follows); typing the page cannot use is refused
//! with a message next to the field, and the typed text stays for correcting.

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::figure::{Figure, Kind, Metric, MAX_VALUE};
use crate::ui::state::{Action, Change, FigureRef};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The kinds, in the order the editor lists them.
const KINDS: [Kind; 2] = [Kind::New, Kind::Total];

/// A typed value: digits, optionally grouped by commas, spaces or apostrophes
/// ("1,250", "1 250", "1'250"). Anything else is refused with the reason.
fn parse_value(typed: &str) -> Result<u64, String> {
    let grouping = |c: char| matches!(c, ',' | '\'' | '_') || c.is_whitespace();
    let digits: String = typed.chars().filter(|c| !grouping(*c)).collect();
    if digits.is_empty() {
        return Err("Type the number the article should have said, like 1,250.".into());
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("“{}” is not a whole number: type digits only, like 1,250.", typed.trim()));
    }
    match digits.parse::<u64>() {
        Ok(value) if value <= MAX_VALUE => Ok(value),
        _ => Err(format!("“{}” is too large to be a count of people.", typed.trim())),
    }
}

/// A typed day from the date field ("2026-03-04"); empty or out of range is refused.
fn parse_day(typed: &str) -> Result<Date, String> {
    if typed.is_empty() {
        return Err("A figure needs a day: pick one (Reset puts back the day read from the article).".into());
    }
    Date::parse_iso(typed).ok_or_else(|| {
        format!("“{typed}” is not a day casecurve can use: pick one between the years {MIN_YEAR} and {MAX_YEAR}.")
    })
}

/// A list's change handler: the option named as chosen becomes `change(option)` of
/// the figure `at`.
fn on_chosen<T: Copy + 'static>(
    options: &'static [T],
    name: fn(T) -> &'static str,
    change: fn(T) -> Change,
    at: FigureRef,
    dispatch: &Callback<Action>,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        if let Some(option) = options.iter().copied().find(|option| name(*option) == select.value()) {
            dispatch.emit(Action::EditFigure(at, change(option)));
        }
    })
}

/// Which field a message is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Value,
    Date,
}

/// Typing that was refused: the field, its text (shown again until corrected, since
/// a re-render would otherwise put back the figure's value), and why.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Refused {
    field: Field,
    typed: String,
    message: String,
}

/// What an editor keeps between renders, held by its row (the editor itself is a
/// plain function, not a component): the refused typing, and its first field.
pub struct EditorState {
    /// Typing that was refused, if any.
    problem: UseStateHandle<Option<Refused>>,
    /// The value field, focused when the editor opens.
    value_ref: NodeRef,
}

/// The state of the editor of a row whose editor is `open`: opening it puts the
/// cursor in its first field; closing it forgets refused typing.
#[hook]
pub fn use_editor_state(open: bool) -> EditorState {
    let problem = use_state_eq(|| None::<Refused>);
    let value_ref = use_node_ref();
    {
        let (problem, value_ref) = (problem.setter(), value_ref.clone());
        use_effect_with(open, move |open| {
            if !*open {
                problem.set(None);
            } else if let Some(input) = value_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    EditorState { problem, value_ref }
}

/// The element id of the editor of the figure `at` (its row's "Edit" button controls it).
pub fn editor_id(at: FigureRef) -> String {
    format!("figure-editor-{}", at.token())
}

/// The fields of the figure `at` (as edited so far: `figure`; `excluded` when the
/// chart leaves it out), each labelled, each applied through `dispatch` as soon as it
/// changes; named after the words it was read from (`quoted`), with a "Done" button
/// that calls `close`.
pub fn figure_editor(
    state: &EditorState,
    at: FigureRef,
    figure: &Figure,
    excluded: bool,
    quoted: &str,
    dispatch: &Callback<Action>,
    close: &Callback<()>,
) -> Html {
    let EditorState { problem, value_ref } = state;
    let id = editor_id(at);
    let field_id = |name: &str| format!("{id}-{name}");
    // Applies a change read from a field, or keeps the field's text and says why not.
    let on_typed = |field: Field, read: fn(&str) -> Result<Change, String>| {
        let (dispatch, problem) = (dispatch.clone(), problem.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value();
            match read(&typed) {
                Ok(change) => {
                    problem.set(None);
                    dispatch.emit(Action::EditFigure(at, change));
                }
                Err(message) => problem.set(Some(Refused { field, typed, message })),
            }
        })
    };
    let on_value = on_typed(Field::Value, |typed| parse_value(typed).map(Change::Value));
    let on_date = on_typed(Field::Date, |typed| parse_day(typed).map(Change::Date));
    let on_metric = on_chosen(&Metric::ALL, Metric::name, Change::Metric, at, dispatch);
    let on_kind = on_chosen(&KINDS, Kind::name, Change::Kind, at, dispatch);
    let on_excluded = dispatch.reform(move |_: Event| Action::EditFigure(at, Change::Excluded(!excluded)));
    let on_done = close.reform(|_: MouseEvent| ());

    let message_id = field_id("problem");
    let refused = |field: Field| problem.as_ref().filter(|refused| refused.field == field);
    let invalid = |field: Field| refused(field).is_some();
    let described = |field: Field| invalid(field).then(|| message_id.clone());
    // A field shows the refused typing, else the figure as edited.
    let shown = |field: Field, current: String| refused(field).map_or(current, |refused| refused.typed.clone());

    html! {
        <fieldset class="figure-editor" id={id.clone()}>
            <legend>{ format!("Correct “{quoted}”") }</legend>
            <div class="editor-fields">
                <label for={field_id("value")}>{ "Value" }</label>
                <input
                    id={field_id("value")}
                    ref={value_ref.clone()}
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    value={shown(Field::Value, figure.value.to_string())}
                    aria-invalid={invalid(Field::Value).to_string()}
                    aria-describedby={described(Field::Value)}
                    onchange={on_value}
                />
                <label for={field_id("date")}>{ "Date" }</label>
                <input
                    id={field_id("date")}
                    type="date"
                    value={shown(Field::Date, figure.date.map(|date| date.to_string()).unwrap_or_default())}
                    aria-invalid={invalid(Field::Date).to_string()}
                    aria-describedby={described(Field::Date)}
                    onchange={on_date}
                />
                <label for={field_id("metric")}>{ "Metric" }</label>
                <select id={field_id("metric")} onchange={on_metric}>
                    { for Metric::ALL.into_iter().map(|metric| html! {
                        <option value={metric.name()} selected={metric == figure.metric}>{ metric.name() }</option>
                    }) }
                </select>
                <label for={field_id("kind")}>{ "Kind" }</label>
                <select id={field_id("kind")} onchange={on_kind}>
                    { for KINDS.into_iter().map(|kind| html! {
                        <option value={kind.name()} selected={kind == figure.kind}>{ kind.name() }</option>
                    }) }
                </select>
            </div>
            <label class="exclude-switch">
                <input type="checkbox" checked={excluded} onchange={on_excluded} />
                { " Leave out of the chart" }
            </label>
            if let Some(refused) = &**problem {
                <p class="notice notice-refused" id={message_id.clone()} role="alert">{ &refused.message }</p>
            }
            <button type="button" onclick={on_done}>{ "Done" }</button>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn values_are_read_with_their_grouping() {
        assert_eq!(parse_value("1,250"), Ok(1_250));
        assert_eq!(parse_value(" 6 118 "), Ok(6_118));
        assert_eq!(parse_value("1'000'000"), Ok(1_000_000));
        assert_eq!(parse_value("0"), Ok(0));
    }

    #[wasm_bindgen_test]
    fn values_that_are_not_counts_are_refused_with_a_reason() {
        assert!(parse_value("").unwrap_err().contains("Type the number"));
        assert!(parse_value("12.5").unwrap_err().contains("not a whole number"));
        assert!(parse_value("-3").unwrap_err().contains("not a whole number"));
        assert!(parse_value("about 40").unwrap_err().contains("not a whole number"));
        assert!(parse_value("99999999999999999999").unwrap_err().contains("too large"));
        assert!(parse_value("1,000,000,000,001").unwrap_err().contains("too large"));
    }

    #[wasm_bindgen_test]
    fn days_must_be_given_and_usable() {
        assert_eq!(parse_day("2026-03-04"), Ok(Date::from_ymd(2026, 3, 4).unwrap()));
        assert!(parse_day("").unwrap_err().contains("needs a day"));
        assert!(parse_day("0999-12-31").unwrap_err().contains("between the years"));
    }
}
