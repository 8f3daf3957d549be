//! The paste box, its buttons, the file picker and the status line that answers them.

use super::files::add_files;
use crate::ui::state::{Action, Notice};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A paste of this many bytes or more is read at once instead of being put in the box:
/// a box holding megabytes makes the browser stop at every change (5 MB took it over a
/// second to lay out, and as long again to clear).
const READ_AT_ONCE_FROM: usize = 200_000;

/// A labelled text area holding `draft`, "Add article" and "Load example", and a
/// status line with the latest `notice`; while a long paste is read, `reading` is the
/// reports read so far and all of them. Actions go to `dispatch`. A plain function, not
/// a component: it keeps no state.
pub fn article_form(
    draft: &str,
    notice: Option<&Notice>,
    reading: Option<(usize, usize)>,
    dispatch: &Callback<Action>,
) -> Html {
    let oninput = dispatch.reform(|event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        Action::EditDraft(area.value())
    });
    let onpaste = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let pasted = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(web_sys::ClipboardEvent::clipboard_data)
                .and_then(|data| data.get_data("text/plain").ok());
            if let Some(text) = pasted.filter(|text| text.len() >= READ_AT_ONCE_FROM) {
                event.prevent_default();
                dispatch.emit(Action::AddPasted(text));
            }
        })
    };
    let onsubmit = dispatch.reform(|event: SubmitEvent| {
        // The page never navigates: adding happens right here.
        event.prevent_default();
        Action::AddDraft
    });
    let load_examples = dispatch.reform(|_: MouseEvent| Action::LoadExamples);
    let choose_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(files) = input.files() {
                add_files(files, dispatch.clone());
            }
            // Choosing the same files again must fire "change" again.
            input.set_value("");
        })
    };
    let (notice_class, notice_text) = match notice {
        Some(Notice::Done(text)) => ("notice notice-done", text.as_str()),
        Some(Notice::Refused(text)) => ("notice notice-refused", text.as_str()),
        None => ("notice", ""),
    };

    html! {
        <section class="panel article-form" aria-labelledby="add-heading">
            <h2 id="add-heading">{ "Add articles" }</h2>
            <form {onsubmit}>
                <label for="article-text">{ "Article text" }</label>
                <p class="hint" id="article-text-hint">
                    { "Paste one news article, headline first, or several separated by a line \
                       of dashes; or drop .txt, .md or .html files here. Publication dates are \
                       read from the text when it gives them. A paste over 200 KB is read at \
                       once, without showing it here." }
                </p>
                <textarea
                    id="article-text"
                    rows="10"
                    spellcheck="false"
                    aria-describedby="article-text-hint"
                    value={draft.to_string()}
                    {oninput}
                    {onpaste}
                />
                <div class="buttons">
                    <button type="submit" class="primary">{ "Add article" }</button>
                    <button type="button" onclick={load_examples}>{ "Load example" }</button>
                </div>
                <div class="file-picker">
                    <label for="article-files">{ "Add files (.txt, .md, .html)" }</label>
                    <input
                        type="file"
                        id="article-files"
                        multiple=true
                        accept=".txt,.text,.md,.markdown,.html,.htm"
                        onchange={choose_files}
                    />
                </div>
            </form>
            // Indeterminate while a long paste is cut into its reports.
            if let Some((read, total)) = reading.filter(|&(_, total)| total > 0) {
                <progress class="reading" max={total.to_string()} value={read.to_string()} aria-label="Reading the paste" />
            } else if reading.is_some() {
                <progress class="reading" aria-label="Reading the paste" />
            }
            // Always present, so screen readers announce each new message.
            <p class={notice_class} role="status">{ notice_text }</p>
        </section>
    }
}
