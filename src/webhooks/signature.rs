//! The signature on every delivery: HMAC-SHA256 with the endpoint's secret over
//! `<timestamp>.<body>`, sent as `Fairrecruit-Signature: t=<unix seconds>,v1=<hex>`.
//! A receiver recomputes it, compares in constant time, and refuses a timestamp
//! more than `REPLAY_WINDOW_SECONDS` away from its clock, so a captured delivery
//! cannot be replayed later.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The request header that carries the signature.
pub const HEADER: &str = "fairrecruit-signature";

/// How far a receiver should accept a timestamp from its own clock.
pub const REPLAY_WINDOW_SECONDS: i64 = 300;

type HmacSha256 = Hmac<Sha256>;

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> HmacSha256 {
    // HMAC accepts a key of any length, so this cannot fail.
    let mut mac = match HmacSha256::new_from_slice(secret.as_bytes()) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header value for `body` sent at `timestamp`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let digest = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", hex::encode(digest))
}

/// Why a signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the signature header is malformed")]
    Malformed,
    #[error("the timestamp is outside the replay window")]
    Stale,
    #[error("the signature does not match")]
    Mismatch,
}

/// Checks a header as a receiver should, at `now` (unix seconds).
pub fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> Result<(), Refused> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
            Some(("v1", value)) => {
                signatures.push(hex::decode(value).map_err(|_| Refused::Malformed)?)
            }
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(Refused::Malformed)?;
    if (now - timestamp).abs() > REPLAY_WINDOW_SECONDS {
        return Err(Refused::Stale);
    }
    let expected = mac(secret, timestamp, body);
    // verify_slice compares in constant time.
    if signatures
        .iter()
        .any(|s| expected.clone().verify_slice(s).is_ok())
    {
        Ok(())
    } else {
        Err(Refused::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_body_verifies_and_any_change_is_refused() {
        let body = br#"{"changes":[]}"#;
        let header = sign("s3cret-s3cret-s3cret", 1_800_000_000, body);
        assert!(header.starts_with("t=1800000000,v1="));
        assert_eq!(
            verify("s3cret-s3cret-s3cret", &header, body, 1_800_000_010),
            Ok(())
        );
        assert_eq!(
            verify(
                "s3cret-s3cret-s3cret",
                &header,
                br#"{"changes":[1]}"#,
                1_800_000_010
            ),
            Err(Refused::Mismatch)
        );
        assert_eq!(
            verify("another-secret-here", &header, body, 1_800_000_010),
            Err(Refused::Mismatch)
        );
        assert_eq!(
            verify("s3cret-s3cret-s3cret", &header, body, 1_800_000_000 + 301),
            Err(Refused::Stale)
        );
        assert_eq!(
            verify("s3cret-s3cret-s3cret", "v1=zz", body, 0),
            Err(Refused::Malformed)
        );
    }

    #[test]
    fn matches_an_independent_hmac() {
        // Computed with Python's hmac module:
        // hmac.new(b"Jefe", b"0.what do ya want for nothing?", hashlib.sha256).hexdigest()
        assert_eq!(
            sign("Jefe", 0, b"what do ya want for nothing?"),
            "t=0,v1=37f471929915ccd2cbbe79feb84ffcff4f2bb25e15fc41c2506687331ae179cc"
        );
    }
}
