//! Share links: the whole workspace carried in a URL's fragment, so that opening the
//! link on another machine shows the same charts with no server in between.
//!
//! The fragment is `#share=v1.<base64url>`; the base64url (RFC 4648 §5, no padding)
//! holds a CRC-32 of the workspace JSON (4 bytes, big-endian) followed by that JSON
//! compressed as raw deflate. Compression is the browser's (`CompressionStream`, in
//! the UI layer: no compression code in the bundle); everything here is pure and tested
//! natively. Raw deflate has no checksum of its own, and a garbled stream can inflate
//! to plausible JSON: the CRC catches a link that was cut or changed in transit.
//!
//! Decoding never panics: anything it cannot use is a [`ShareError`] that says why.

use std::fmt;

/// What starts a share fragment (after the `#`).
pub const PREFIX: &str = "share=";

/// The share-link format version this build writes, and the newest it reads.
pub const VERSION: u64 = 1;

/// The longest link the page offers to copy, in characters. Browsers take far longer
/// URLs (Chromium about 2 MB), but chat apps, mail clients and link shorteners cut or
/// refuse links well before that; 32,000 characters gets through the common ones.
pub const MAX_LINK_CHARS: usize = 32_000;

/// The most bytes a share link may inflate to: far above any real workspace that fits
/// in [`MAX_LINK_CHARS`] (text compresses about 3–10×), far below what would make the
/// page run out of memory on a decompression bomb.
pub const MAX_INFLATED_BYTES: usize = 16 * 1024 * 1024;

/// Why a fragment is not a share link this build can open.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ShareError {
    /// The fragment is not a share link at all (another anchor, or none).
    NotAShareLink,
    /// The link was cut short or changed: says how it shows.
    Garbled(&'static str),
    /// A link made by a newer casecurve, in a version this one cannot read.
    FromTheFuture(u64),
    /// The link inflates past [`MAX_INFLATED_BYTES`] (a decompression bomb).
    TooLarge,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAShareLink => write!(f, "it is not a casecurve share link"),
            ShareError::Garbled(how) => write!(f, "the link is incomplete or was changed ({how})"),
            ShareError::FromTheFuture(version) => write!(
                f,
                "it was made by a newer casecurve (share link version {version}; this page reads up to {VERSION})"
            ),
            ShareError::TooLarge => write!(
                f,
                "it unpacks to more than {} MB, more than any shared workspace",
                MAX_INFLATED_BYTES / (1024 * 1024)
            ),
        }
    }
}

/// A share link's content: the checksum of the workspace JSON and the JSON deflated.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Payload {
    /// CRC-32 of the inflated JSON.
    pub checksum: u32,
    /// The JSON, compressed as raw deflate.
    pub deflated: Vec<u8>,
}

impl Payload {
    /// The payload for `json` compressed to `deflated`.
    pub fn new(json: &[u8], deflated: Vec<u8>) -> Payload {
        Payload { checksum: crc32(json), deflated }
    }

    /// The fragment (without `#`) that carries this payload: `share=v1.<base64url>`.
    pub fn fragment(&self) -> String {
        let mut bytes = Vec::with_capacity(4 + self.deflated.len());
        bytes.extend_from_slice(&self.checksum.to_be_bytes());
        bytes.extend_from_slice(&self.deflated);
        format!("{PREFIX}v{VERSION}.{}", base64url_encode(&bytes))
    }

    /// Reads a fragment (with or without its `#`), checking the prefix, then the
    /// version, then the encoding.
    pub fn parse(fragment: &str) -> Result<Payload, ShareError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let rest = fragment.strip_prefix(PREFIX).ok_or(ShareError::NotAShareLink)?;
        let rest = rest.strip_prefix('v').ok_or(ShareError::Garbled("no version"))?;
        let (version, data) = rest.split_once('.').ok_or(ShareError::Garbled("no version"))?;
        if version.is_empty() || !version.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(ShareError::Garbled("no version"));
        }
        match version.parse::<u64>() {
            Ok(1) => {}
            Ok(0) => return Err(ShareError::Garbled("version 0")),
            // Digits past u64 are a version from very far in the future.
            Ok(version) => return Err(ShareError::FromTheFuture(version)),
            Err(_) => return Err(ShareError::FromTheFuture(u64::MAX)),
        }
        let bytes = base64url_decode(data)?;
        match bytes.split_first_chunk::<4>() {
            Some((checksum, deflated)) if !deflated.is_empty() => {
                Ok(Payload { checksum: u32::from_be_bytes(*checksum), deflated: deflated.to_vec() })
            }
            _ => Err(ShareError::Garbled("too short")),
        }
    }

    /// Checks `json`, what the payload inflated to, against its checksum.
    pub fn verify(&self, json: &[u8]) -> Result<(), ShareError> {
        if crc32(json) == self.checksum {
            Ok(())
        } else {
            Err(ShareError::Garbled("checksum mismatch"))
        }
    }
}

/// The base64url alphabet (RFC 4648 §5).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url without padding (URL-safe as it stands).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // One more character than whole bytes: 1 byte → 2 characters, 2 → 3, 3 → 4.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Decodes unpadded base64url (a trailing `=` padding is tolerated, as some apps add it).
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return Err(ShareError::Garbled("cut in the middle of a character"));
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &byte) in chunk.iter().enumerate() {
            let value = ALPHABET
                .iter()
                .position(|&a| a == byte)
                .ok_or(ShareError::Garbled("a character that does not belong"))?;
            n |= (value as u32) << (18 - 6 * i);
        }
        // 2 characters → 1 byte, 3 → 2, 4 → 3.
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

/// CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: links are small, and a table
/// would only add to the bundle.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
