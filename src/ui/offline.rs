//! Offline use: registers the service worker (`sw.js`, which `scripts/post-build` writes
//! into release builds) that keeps the site in the browser after the first visit.

use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js`, next to the page, in release builds.
///
/// Debug builds (`scripts/serve`, `trunk serve`) register nothing and have no `sw.js`:
/// while developing, every load must come from the files just built, never from a
/// cache. A worker left behind by a release build served on the same address does not
/// get in the way either: it fetches the page from the network first and answers from
/// its cache only for the hashed file names of its own build.
pub fn keep_for_offline() {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Browsers offer service workers only to secure contexts (https, localhost): elsewhere
    // the page works as before, online.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let registering = navigator.service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = JsFuture::from(registering).await {
            web_sys::console::warn_2(&"casecurve: cannot keep the page for offline use:".into(), &error);
        }
    });
}
