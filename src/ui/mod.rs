//! The Yew page (wasm32 only). Placeholder until the UI is written.

/// Mounts the page.
pub fn start() {}
