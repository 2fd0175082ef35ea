//! Who is calling: the bearer token, or the public.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::app::AppState;
use crate::domain::role::Actor;
use crate::error::Error;
use crate::registry::tokens;

/// The caller of a request. Without an `Authorization` header it is the public;
/// with one, the token must be valid (a bad token is never treated as public).
pub struct Caller(pub Actor);

impl FromRequestParts<AppState> for Caller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, Error> {
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return Ok(Caller(Actor::public()));
        };
        let secret = header
            .to_str()
            .ok()
            .and_then(|h| {
                h.strip_prefix("Bearer ")
                    .or_else(|| h.strip_prefix("bearer "))
            })
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or(Error::Unauthorized("use Authorization: Bearer <token>"))?
            .to_string();
        let actor = state
            .db
            .run(move |conn| tokens::authenticate(conn, &secret))
            .await?;
        Ok(Caller(actor))
    }
}
