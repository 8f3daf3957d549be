//! The workspace in the browser: kept in `localStorage` under [`KEY`], and downloaded
//! as a file. Every failure is returned as a sentence for the page, never ignored.
//!
//! A stored entry that cannot be read is never overwritten here on the quiet: [`open`]
//! reports it as [`Opened::Damaged`] with its raw text, and the page stops saving until
//! the user has chosen to start fresh or download it.

use crate::workspace::{decode, Workspace, WorkspaceError};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Storage, Url};

/// The `localStorage` key of the saved workspace.
pub const KEY: &str = "casecurve-workspace";

/// What was found in storage when the page opened.
#[derive(Clone, PartialEq, Debug)]
pub enum Opened {
    /// Nothing saved yet (a first visit, or after "Start fresh").
    Empty,
    /// The saved workspace.
    Restored(Workspace),
    /// An entry the page cannot read: its raw text and why.
    Damaged(String, WorkspaceError),
    /// Storage cannot be used at all; says why.
    Unavailable(String),
}

/// The page's `localStorage`, or why it cannot be used (disabled, blocked by privacy
/// settings, or no window).
fn storage() -> Result<Storage, String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err("this browser does not let the page use its storage".into()),
    }
}

/// Reads the saved workspace.
pub fn open() -> Opened {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(why) => return Opened::Unavailable(why),
    };
    match storage.get_item(KEY) {
        Ok(None) => Opened::Empty,
        Ok(Some(raw)) => match decode(&raw) {
            Ok(workspace) => Opened::Restored(workspace),
            Err(error) => Opened::Damaged(raw, error),
        },
        Err(_) => Opened::Unavailable("the browser refused to read its storage".into()),
    }
}

/// Saves `encoded` (an encoded workspace), replacing what was stored.
pub fn save(encoded: &str) -> Result<(), String> {
    storage()?
        .set_item(KEY, encoded)
        .map_err(|_| "the browser's storage for this page is full or switched off".to_string())
}

/// Forgets the stored workspace.
pub fn clear() -> Result<(), String> {
    storage()?.remove_item(KEY).map_err(|_| "the browser refused to change its storage".to_string())
}

/// Offers `content`, text of the media type `mime`, as a download named `file_name`.
pub fn download(file_name: &str, content: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| format!("“{file_name}” could not be made"))?;
    download_blob(file_name, &blob)
}

/// Offers `blob` as a download named `file_name`, made in the page (an object URL
/// and a link clicked): nothing is sent anywhere.
pub fn download_blob(file_name: &str, blob: &Blob) -> Result<(), String> {
    let failed = |_| format!("“{file_name}” could not be made");
    let url = Url::create_object_url_with_blob(blob).map_err(failed)?;
    let document = gloo::utils::document();
    let link: HtmlAnchorElement = document.create_element("a").map_err(failed)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The URL must outlive the click's download; a minute later nobody needs it, and
    // failing to revoke it only keeps a little memory until the page closes.
    gloo::timers::callback::Timeout::new(60_000, move || drop(Url::revoke_object_url(&url))).forget();
    Ok(())
}
