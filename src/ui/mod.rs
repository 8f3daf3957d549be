//! The Yew page (wasm32 only): paste articles, check their dates and figures, see the
//! case curves.
//!
//! `state` holds what the user gave and the reducer that changes it; `components`
//! are small function components that draw it; [`canvas`] puts the chart on a
//! `<canvas>`; `storage` keeps the workspace in the browser's `localStorage`. Nothing here talks to a network: the page works offline once loaded.

pub mod canvas;
mod components;
mod export;
mod format;
mod measured_text;
mod offline;
mod panic;
mod share_link;
mod state;
mod storage;

pub use components::App;
pub use storage::KEY as STORAGE_KEY;

/// Mounts the page into the element with id `app` (or the body, if the page has
/// none), after installing the hook that reports internal errors on the page and
/// registering the service worker that keeps the page for offline use.
pub fn start() {
    panic::install();
    offline::keep_for_offline();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        web_sys::console::error_1(&"casecurve: no document to draw the page in".into());
        return;
    };
    let root = document.get_element_by_id("app").or_else(|| document.body().map(Into::into));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => web_sys::console::error_1(&"casecurve: the page has no body".into()),
    }
}

// The unit tests of this module run in the browser like the page does.
#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
