//! Conditional requests for public reads: an ETag over the JSON body, 304 when the
//! client already holds it, and Cache-Control so shared caches can help on slow links.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Error;

/// How long public answers may be reused without asking again, in seconds.
pub const PUBLIC_MAX_AGE: u32 = 60;

fn cache_control(max_age: u32) -> HeaderValue {
    HeaderValue::from_str(&format!("public, max-age={max_age}"))
        .unwrap_or_else(|_| HeaderValue::from_static("no-cache"))
}

/// True when `If-None-Match` names this ETag (or `*`), weak or strong.
fn matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag == etag)
}

/// A JSON answer with an ETag and Cache-Control, or 304 when the client's copy is current.
pub fn json_with_etag<T: Serialize>(request: &HeaderMap, value: &T) -> Result<Response, Error> {
    let body = serde_json::to_vec(value)?;
    let digest = hex::encode(Sha256::digest(&body));
    let etag = format!("\"{}\"", &digest[..32]);
    let tag = HeaderValue::from_str(&etag).map_err(|e| Error::Internal(e.to_string()))?;
    let mut response = if matches(request, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            body,
        )
            .into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, tag);
    headers.insert(header::CACHE_CONTROL, cache_control(PUBLIC_MAX_AGE));
    Ok(response)
}

/// Adds Cache-Control for public lists (no ETag: they change with every write).
pub fn public<T: IntoResponse>(answer: T) -> Response {
    let mut response = answer.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, cache_control(PUBLIC_MAX_AGE));
    response
}

/// Marks an answer that no cache may keep (receipt status, anything per caller).
pub fn private<T: IntoResponse>(answer: T) -> Response {
    let mut response = answer.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_accepts_lists_weak_tags_and_star() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"a\", W/\"b\""),
        );
        assert!(matches(&headers, "\"b\""));
        assert!(!matches(&headers, "\"c\""));
        headers.insert(header::IF_NONE_MATCH, HeaderValue::from_static("*"));
        assert!(matches(&headers, "\"c\""));
        assert!(!matches(&HeaderMap::new(), "\"c\""));
    }
}
