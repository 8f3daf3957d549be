//! What the user sees if the page itself goes wrong.
//!
//! A panic in wasm stops the app for good; without this hook the page would just
//! freeze, with the cause only in the developer console. The hook logs the cause and
//! puts a visible alert at the top of the page.

use std::panic::PanicHookInfo;

/// Installs the hook. Yew's renderer keeps a hook installed through
/// `yew::set_custom_panic_hook` instead of replacing it with its own.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(report));
}

fn report(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&info.to_string().into());
    show_alert(&format!("casecurve hit an internal error: {}. Reload the page; please report this.", cause(info)));
}

/// The panic's message without the source location and without anything after its
/// first line (a browser error's stack trace), which mean nothing to a reader; the
/// console has them all.
fn cause(info: &PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let message =
        payload.downcast_ref::<&str>().copied().or_else(|| payload.downcast_ref::<String>().map(String::as_str));
    match message.and_then(|message| message.lines().next()).map(str::trim_end) {
        Some(line) if !line.is_empty() => line.to_string(),
        _ => "an unexpected failure".into(),
    }
}

/// Puts `message` at the top of the page as an alert. Text only: the message may
/// quote user input, so it never goes through HTML parsing.
fn show_alert(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
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

    #[wasm_bindgen_test]
    fn the_alert_shows_the_message_as_plain_text_at_the_top() {
        let message = "bad <b>input</b> & more";
        assert_eq!(show_alert(message), Some(()));
        let body = gloo::utils::document().body().unwrap();
        let alert = body.first_element_child().unwrap();
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(alert.text_content().as_deref(), Some(message));
        assert_eq!(alert.child_element_count(), 0, "no markup was parsed");
        alert.remove();
    }
}
