//! `/api/v1/webhooks`: a consulate's endpoints for changes about its nationals'
//! agencies and employers.

use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

use super::auth::Caller;
use super::extract::{Json, Path};
use super::findings::EmptyBody;
use super::problem::Problem;
use crate::app::AppState;
use crate::error::Error;
use crate::registry::webhooks::{self, NewWebhook, Webhook};

/// Register a webhook
///
/// From the next change on, the server POSTs batches of public changes (the shape of
/// the change feed, see `WebhookBatch`) about organizations of the given countries or
/// the listed organizations. Each request carries `Fairrecruit-Signature: t=<unix
/// seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>` and
/// `Fairrecruit-Webhook-Id`. Verify the signature in constant time and refuse a `t`
/// more than 300 seconds from your clock. Answer 2xx to acknowledge; anything else,
/// or no answer within the server's timeout, is retried with exponential backoff
/// and jitter from the same cursor, so a batch may arrive again: ignore seqs you
/// have seen. After sustained failure (24 hours and at least 5 attempts by default)
/// the webhook is disabled and says why. The URL must be http or https on a host
/// the server's admin allows, and must not point at loopback or private addresses.
#[utoipa::path(post, path = "/api/v1/webhooks", tag = "webhooks",
    operation_id = "register_webhook",
    request_body = NewWebhook,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Registered; the secret is never shown again", body = Webhook),
        (status = 400, description = "The body is not valid JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens keep webhooks", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid: URL not allowed, short secret, no filter", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn register(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Json(input): Json<NewWebhook>,
) -> Result<(StatusCode, Json<Webhook>), Error> {
    let (sealer, config) = (state.sealer.clone(), state.webhooks.clone());
    let webhook = state
        .db
        .run(move |conn| webhooks::register(conn, &sealer, &config, &actor, &input))
        .await?;
    Ok((StatusCode::CREATED, Json(webhook)))
}

/// List webhooks
///
/// The caller's webhooks (an admin's: everyone's) with where delivery stands.
#[utoipa::path(get, path = "/api/v1/webhooks", tag = "webhooks",
    operation_id = "list_webhooks",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The webhooks", body = [Webhook]),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens keep webhooks", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<Vec<Webhook>>, Error> {
    let list = state
        .db
        .run(move |conn| webhooks::list(conn, &actor))
        .await?;
    Ok(Json(list))
}

/// Read a webhook
///
/// Its filter, state, and delivery: cursor, failed attempts in a row, next attempt,
/// last error, and why it was disabled.
#[utoipa::path(get, path = "/api/v1/webhooks/{id}", tag = "webhooks",
    operation_id = "get_webhook",
    params(("id" = Uuid, Path, description = "Webhook id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The webhook", body = Webhook),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens keep webhooks", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No webhook of the caller has this id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
) -> Result<Json<Webhook>, Error> {
    let webhook = state
        .db
        .run(move |conn| webhooks::get(conn, &actor, id))
        .await?;
    Ok(Json(webhook))
}

/// Remove a webhook
///
/// Deliveries stop at once.
#[utoipa::path(delete, path = "/api/v1/webhooks/{id}", tag = "webhooks",
    operation_id = "remove_webhook",
    params(("id" = Uuid, Path, description = "Webhook id")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens keep webhooks", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No webhook of the caller has this id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn remove(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, Error> {
    state
        .db
        .run(move |conn| webhooks::remove(conn, &actor, id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Enable a disabled webhook
///
/// Delivery resumes from where it stopped: nothing in between is lost.
#[utoipa::path(post, path = "/api/v1/webhooks/{id}/enable", tag = "webhooks",
    operation_id = "enable_webhook",
    params(("id" = Uuid, Path, description = "Webhook id")),
    request_body(content = serde_json::Value, description = "An empty object: `{}`"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Active again", body = Webhook),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens keep webhooks", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No webhook of the caller has this id", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is already active", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not an empty object", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn enable(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(_empty): Json<EmptyBody>,
) -> Result<Json<Webhook>, Error> {
    let webhook = state
        .db
        .run(move |conn| webhooks::enable(conn, &actor, id))
        .await?;
    Ok(Json(webhook))
}
