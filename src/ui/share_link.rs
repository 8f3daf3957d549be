//! Share links in the browser: the workspace's JSON compressed by the browser's
//! `CompressionStream("deflate-raw")` into the URL's fragment ([`crate::share`] holds
//! the format), the clipboard, and opening such a link: inflated incrementally and
//! refused past [`MAX_INFLATED_BYTES`], checked, then decoded like an import.

use crate::share::{Payload, ShareError, MAX_INFLATED_BYTES};
use crate::workspace::{decode, encode, Workspace};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, WritableStream};

// web-sys has the compression streams only behind its unstable-API flag; these few
// bindings are all the page needs.
#[wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream`.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    /// The browser's `DecompressionStream`.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The compression both ways: deflate without zlib's header and checksum (the
/// fragment carries a CRC-32 of its own).
const FORMAT: &str = "deflate-raw";

/// Why bytes did not get through a compression stream.
enum Streamed {
    /// More than the limit came out.
    TooLarge,
    /// The browser has no such stream, or the data does not decompress.
    Failed,
}

/// Pushes `bytes` through the transform (`readable`, `writable`) and reads what comes
/// out, chunk by chunk, stopping as soon as it passes `limit` bytes.
async fn through(bytes: &[u8], pair: ReadableWritablePair, limit: usize) -> Result<Vec<u8>, Streamed> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts).map_err(|_| Streamed::Failed)?;
    let reader: ReadableStreamDefaultReader = blob.stream().pipe_through(&pair).get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|_| Streamed::Failed)?;
        let done = Reflect::get(&chunk, &"done".into()).ok().and_then(|done| done.as_bool()).unwrap_or(true);
        if done {
            return Ok(out);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| Streamed::Failed)?;
        let array: Uint8Array = value.dyn_into().map_err(|_| Streamed::Failed)?;
        let start = out.len();
        let end = start.saturating_add(array.length() as usize);
        if end > limit {
            // Stop inflating: the rest of a bomb is never produced.
            drop(reader.cancel());
            return Err(Streamed::TooLarge);
        }
        out.resize(end, 0);
        array.copy_to(&mut out[start..]);
    }
}

/// The fragment (without `#`) that carries `workspace`, or why it could not be made.
pub async fn fragment_for(workspace: &Workspace) -> Result<String, String> {
    let json = encode(workspace);
    let stream = CompressionStream::new(FORMAT).map_err(|_| "this browser cannot compress data".to_string())?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    // Compressed text is never longer than the text plus a little framing.
    let deflated = through(json.as_bytes(), pair, json.len() + 1024)
        .await
        .map_err(|_| "the browser could not compress the workspace".to_string())?;
    Ok(Payload::new(json.as_bytes(), deflated).fragment())
}

/// The page's message for a share link it refuses, and why.
pub fn refusal(why: &dyn std::fmt::Display) -> String {
    format!("This share link could not be opened: {why}. Your workspace is unchanged.")
}

/// The workspace a share link's payload carries, or the message saying why it is refused.
pub async fn open(payload: &Payload) -> Result<Workspace, String> {
    let refused = refusal;
    let stream = DecompressionStream::new(FORMAT).map_err(|_| refused(&"this browser cannot decompress data"))?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    let json = through(&payload.deflated, pair, MAX_INFLATED_BYTES).await.map_err(|error| match error {
        Streamed::TooLarge => refused(&ShareError::TooLarge),
        Streamed::Failed => refused(&ShareError::Garbled("it does not unpack")),
    })?;
    payload.verify(&json).map_err(|error| refused(&error))?;
    let text = String::from_utf8(json).map_err(|_| refused(&ShareError::Garbled("not text")))?;
    decode(&text).map_err(|error| refused(&error))
}

/// The page's URL fragment ("#share=…"), or "" without one.
pub fn current_fragment() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

/// The page's URL with `fragment` in place of its own.
pub fn url_with(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split_once('#').map_or(href.as_str(), |(base, _)| base);
    Some(format!("{base}#{fragment}"))
}

/// Takes the fragment off the address bar without reloading or adding a history
/// entry, so that a reload does not open the link again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else { return };
    let base = href.split_once('#').map_or(href.as_str(), |(base, _)| base);
    drop(history.replace_state_with_url(&JsValue::NULL, "", Some(base)));
}

/// Puts `text` on the clipboard; `false` if the browser refused (no permission, no
/// clipboard, the page not focused).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    // Absent outside secure contexts: calling it then would throw.
    let has_clipboard = Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|clipboard| clipboard.is_object());
    has_clipboard && JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}
