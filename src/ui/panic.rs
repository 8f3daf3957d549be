//! What the user sees if the page itself goes wrong.
//!
//! A panic in wasm stops the app for good; without this the page would just freeze,
//! with the cause only in the developer console. The shipped build panics by aborting at
//! once (scripts/lib/setup.sh: no panic messages or hook, 11 kB less), so a panic
//! reaches the page as a `WebAssembly.RuntimeError` thrown into whatever JavaScript
//! called the wasm: an event listener, a timer or a promise. Listening for those on the
//! window catches every panic, in that build and in development builds alike (where
//! Yew's own hook has logged the message to the console first).

use gloo::events::EventListener;
use js_sys::WebAssembly::RuntimeError;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, PromiseRejectionEvent};

/// What the alert says. No detail: the page cannot tell what failed, and nothing it
/// could say would help the reader more than what to do next.
const MESSAGE: &str = "casecurve hit an internal error and stopped. Reload the page: your work as last \
                           saved will be back. Please report this.";

/// Starts listening, for the page's lifetime, for the errors a stopped wasm throws.
pub fn install() {
    let Some(window) = web_sys::window() else { return };
    EventListener::new(&window, "error", |event| {
        if let Some(event) = event.dyn_ref::<ErrorEvent>() {
            alert_if_stopped(&event.error());
        }
    })
    .forget();
    EventListener::new(&window, "unhandledrejection", |event| {
        if let Some(event) = event.dyn_ref::<PromiseRejectionEvent>() {
            alert_if_stopped(&event.reason());
        }
    })
    .forget();
}

/// Shows the alert once when `error` is the wasm stopping; other errors (a browser
/// extension's, say) are not the page's and leave it alone.
fn alert_if_stopped(error: &JsValue) {
    if error.is_instance_of::<RuntimeError>() {
        show_alert(MESSAGE);
    }
}

/// Puts `message` at the top of the page as an alert, unless one is there already (a
/// stopped wasm throws again at every later event). Text only, never parsed as HTML.
fn show_alert(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.query_selector(".fatal-error").ok()?.is_some() {
        return Some(());
    }
    let body = document.body()?;
    let alert = document.create_element("div").ok()?;
    alert.set_attribute("role", "alert").ok()?;
    alert.set_class_name("fatal-error");
    alert.set_text_content(Some(message));
    body.prepend_with_node_1(&alert).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::{Element, ErrorEventInit};

    /// Reports `error` to the window the way the browser reports an uncaught one.
    fn report_uncaught(error: &JsValue) {
        let init = ErrorEventInit::new();
        init.set_error(error);
        let event = ErrorEvent::new_with_event_init_dict("error", &init).unwrap();
        gloo::utils::window().dispatch_event(&event).unwrap();
    }

    fn alerts() -> Vec<Element> {
        let found = gloo::utils::document().query_selector_all(".fatal-error").unwrap();
        (0..found.length()).filter_map(|i| found.item(i)?.dyn_into().ok()).collect()
    }

    #[wasm_bindgen_test]
    fn a_stopped_wasm_shows_one_alert_at_the_top_and_other_errors_none() {
        install();
        report_uncaught(&js_sys::Error::new("a browser extension failed").into());
        assert!(alerts().is_empty(), "not the page's error");

        let stopped: JsValue = RuntimeError::new("unreachable").into();
        report_uncaught(&stopped);
        report_uncaught(&stopped);
        let shown = alerts();
        assert_eq!(shown.len(), 1, "one alert however often it throws");
        let body = gloo::utils::document().body().unwrap();
        assert_eq!(body.first_element_child().as_ref(), Some(&shown[0]), "at the top of the page");
        assert_eq!(shown[0].get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(shown[0].text_content().as_deref(), Some(MESSAGE));
        shown[0].remove();
    }

    #[wasm_bindgen_test]
    fn the_alert_shows_the_message_as_plain_text() {
        let message = "bad <b>input</b> & more";
        assert_eq!(show_alert(message), Some(()));
        let alert = gloo::utils::document().query_selector(".fatal-error").unwrap().unwrap();
        assert_eq!(alert.text_content().as_deref(), Some(message));
        assert_eq!(alert.child_element_count(), 0, "no markup was parsed");
        alert.remove();
    }
}
