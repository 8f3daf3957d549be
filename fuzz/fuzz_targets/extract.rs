//! Any bytes, read as pasted text, extract without panicking (with and without a
//! publication date) and every figure points at its own words.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = casecurve_fuzz::text(data);
    casecurve_fuzz::check_extract(&text, casecurve_fuzz::published(data));
});
