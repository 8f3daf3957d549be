//! Share-link fragments: what the page writes comes back as it was, and every link
//! that was cut, changed, or made by a newer casecurve is refused with its reason.

use casecurve::share::{base64url_decode, base64url_encode, crc32, Payload, ShareError, MAX_INFLATED_BYTES};

const JSON: &[u8] = br#"{"format":"casecurve-workspace","version":1,"articles":[]}"#;

/// A payload as the page makes it; the "deflated" bytes are opaque here (the browser
/// compresses), so any bytes do, including every value a byte can take.
fn payload() -> Payload {
    Payload::new(JSON, (0..=255u8).rev().chain(0..=255).collect())
}

#[test]
fn a_share_fragment_comes_back_as_it_was_made() {
    let payload = payload();
    let fragment = payload.fragment();
    assert!(fragment.starts_with("share=v1."), "{fragment}");
    assert!(
        fragment["share=v1.".len()..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "only URL-safe characters: {fragment}"
    );
    assert_eq!(Payload::parse(&fragment), Ok(payload.clone()));
    assert_eq!(Payload::parse(&format!("#{fragment}")), Ok(payload.clone()), "with the # of location.hash");
    assert_eq!(payload.verify(JSON), Ok(()));
}

#[test]
fn base64url_matches_the_rfc_vectors_and_round_trips_every_length() {
    for (plain, encoded) in
        [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("foobar", "Zm9vYmFy")]
    {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded), Ok(plain.as_bytes().to_vec()));
    }
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8", "the URL-safe letters, not + and /");
    assert_eq!(base64url_decode("Zm8="), Ok(b"fo".to_vec()), "padding some apps add is tolerated");
    let bytes: Vec<u8> = (0..=255).collect();
    for len in 0..bytes.len() {
        assert_eq!(base64url_decode(&base64url_encode(&bytes[..len])).as_deref(), Ok(&bytes[..len]));
    }
}

#[test]
fn crc32_is_the_standard_one() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn other_fragments_are_not_share_links() {
    for fragment in ["", "#", "#figures", "#share", "#shared=v1.AAAA", "v1.AAAA"] {
        assert_eq!(Payload::parse(fragment), Err(ShareError::NotAShareLink), "{fragment:?}");
    }
}

#[test]
fn a_newer_version_is_refused_by_number() {
    assert_eq!(Payload::parse("#share=v2.AAAAAAAA"), Err(ShareError::FromTheFuture(2)));
    assert_eq!(Payload::parse("#share=v99999999999999999999999.AA"), Err(ShareError::FromTheFuture(u64::MAX)));
    let message = ShareError::FromTheFuture(2).to_string();
    assert!(message.contains("newer casecurve") && message.contains('2'), "{message}");
}

#[test]
fn a_cut_or_changed_link_is_refused_as_garbled() {
    let fragment = payload().fragment();
    let garbled = |fragment: &str| matches!(Payload::parse(fragment), Err(ShareError::Garbled(_)));
    // Cut anywhere: either the text no longer decodes, or the payload is too short, or
    // it decodes to fewer bytes, which the browser's inflater or the checksum refuses.
    for cut in 0..fragment.len() {
        let prefix = &fragment[..cut];
        match Payload::parse(prefix) {
            Ok(parsed) => assert_ne!(parsed, payload(), "cut at {cut}"),
            Err(error) => {
                assert!(cut < "share=v1.".len() + 8 || matches!(error, ShareError::Garbled(_)), "{cut}: {error:?}")
            }
        }
    }
    for fragment in ["#share=1.AAAA", "#share=v.AAAA", "#share=v1AAAA", "#share=vx.AAAA", "#share=v0.AAAAAAAA"] {
        assert!(garbled(fragment), "{fragment}");
    }
    assert!(garbled("#share=v1.AAAAAAA*"), "a character outside base64url");
    assert!(garbled("#share=v1.AAAAA"), "cut in the middle of a character");
    assert!(garbled("#share=v1.AAAAAA"), "a checksum and no data");

    // Changed JSON (what a changed deflate stream may inflate to) fails the checksum.
    let tampered = br#"{"format":"casecurve-workspace","version":1,"articles":[{}]}"#;
    assert!(matches!(payload().verify(tampered), Err(ShareError::Garbled(_))));
}

#[test]
fn refusals_say_what_happened() {
    assert!(ShareError::Garbled("checksum mismatch").to_string().contains("incomplete or was changed"));
    assert!(ShareError::TooLarge.to_string().contains(&format!("{} MB", MAX_INFLATED_BYTES >> 20)));
}
