//! Any text, read as a share link's fragment, is parsed or refused without panicking;
//! a fragment that parses survives being written and read again. (What the payload
//! inflates to is a workspace's JSON: the `workspace_decode` target covers that.)
#![no_main]

use casecurve::share::Payload;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = casecurve_fuzz::text(data);
    if let Ok(payload) = Payload::parse(&text) {
        casecurve_fuzz::check_round_trip(&payload, Payload::fragment, |fragment: &str| Payload::parse(fragment));
    }
});
