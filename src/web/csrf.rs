//! Protection of the page forms against cross-site posting: a random token in a
//! `SameSite=Strict` cookie that each form repeats in a hidden field (double submit).

use axum::http::header::{self, HeaderMap, HeaderValue};
use rand::RngCore;

use super::cookie;

const COOKIE: &str = "csrf";

/// The token for a form: the browser's own when it has one, else a new one (with
/// the cookie that sets it).
pub fn token(headers: &HeaderMap) -> (String, Option<HeaderValue>) {
    if let Some(existing) = cookie(headers, COOKIE).filter(|t| t.len() == 32) {
        return (existing.to_string(), None);
    }
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let set = HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/; SameSite=Strict; HttpOnly"
    ))
    .ok();
    (token, set)
}

/// True when the form's token matches the cookie (compared in constant time).
pub fn check(headers: &HeaderMap, submitted: Option<&str>) -> bool {
    let (Some(expected), Some(submitted)) = (cookie(headers, COOKIE), submitted) else {
        return false;
    };
    expected.len() == 32
        && expected.len() == submitted.len()
        && expected
            .bytes()
            .zip(submitted.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Adds the cookie a new token needs to a response's headers.
pub fn set_cookie(headers: &mut HeaderMap, value: Option<HeaderValue>) {
    if let Some(value) = value {
        headers.append(header::SET_COOKIE, value);
    }
}
