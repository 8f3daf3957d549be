//! Any bytes, read as a stored or imported workspace, decode or are refused without
//! panicking; a workspace that decodes survives encode and decode unchanged.
#![no_main]

use casecurve::workspace::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = casecurve_fuzz::text(data);
    if let Ok(workspace) = decode(&text) {
        casecurve_fuzz::check_round_trip(&workspace, encode, decode);
    }
});
