//! Undo and redo: two buttons that say what they would take back or make again, and
//! the page-wide keyboard shortcuts (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; ⌘ on macOS).

use crate::ui::state::{Action, History};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// "Undo: remove “…”" and "Redo: …" for `history`'s next undo and redo, disabled when
/// there is nothing to undo or redo; their actions go to `dispatch`. A plain function,
/// not a component: it keeps no state.
pub fn undo_bar(history: &History, dispatch: &Callback<Action>) -> Html {
    let button = |name: &str, label: Option<&str>, keys: &'static str, action: Action| {
        let onclick = dispatch.reform(move |_: MouseEvent| action.clone());
        let text = label.map_or_else(|| name.to_string(), |label| format!("{name}: {label}"));
        html! {
            <button type="button" disabled={label.is_none()} aria-keyshortcuts={keys} {onclick}>{ text }</button>
        }
    };
    html! {
        <div class="undo-bar buttons">
            { button("Undo", history.undo_label(), "Control+Z Meta+Z", Action::Undo) }
            { button("Redo", history.redo_label(), "Control+Shift+Z Control+Y Meta+Shift+Z", Action::Redo) }
        </div>
    }
}

/// Listens for the undo and redo shortcuts on the whole page for as long as the
/// component using it is mounted.
#[hook]
pub fn use_undo_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        // Not passive: the browser's own Ctrl+Z must be stopped where the page undoes.
        let options = EventListenerOptions::enable_prevent_default();
        let window = gloo::utils::window();
        let listener = EventListener::new_with_options(&window, "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if let Some(action) = shortcut(event) {
                event.prevent_default();
                dispatch.emit(action);
            }
        });
        move || drop(listener)
    });
}

/// The undo or redo a key press asks for. None in a text field, where the browser's
/// own undo of typing must keep working.
fn shortcut(event: &KeyboardEvent) -> Option<Action> {
    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() || in_text_field(event) {
        return None;
    }
    match event.key().to_lowercase().as_str() {
        "z" if event.shift_key() => Some(Action::Redo),
        "z" => Some(Action::Undo),
        "y" if !event.shift_key() => Some(Action::Redo),
        _ => None,
    }
}

/// Whether the key press happened in something one types text into.
fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|target| target.dyn_into::<Element>().ok()) else { return false };
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let kind = element.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color")
        }
        _ => element.dyn_ref::<HtmlElement>().is_some_and(HtmlElement::is_content_editable),
    }
}
