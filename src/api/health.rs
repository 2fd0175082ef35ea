//! Liveness and readiness for operators.

use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use super::extract::Json;
use super::problem::Problem;
use crate::app::AppState;
use crate::db;
use crate::error::Error;

/// Health answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok` when healthy.
    pub status: String,
}

/// Liveness
///
/// Answers as long as the process serves requests.
#[utoipa::path(get, path = "/healthz", tag = "operations", operation_id = "get_health",
    responses((status = 200, description = "The process is up", body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

/// Readiness
///
/// Ready when the database answers and every migration has been applied.
#[utoipa::path(get, path = "/readyz", tag = "operations", operation_id = "get_readiness",
    responses(
        (status = 200, description = "Ready to serve", body = Health),
        (status = 503, description = "The database is unreachable or not migrated", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, Error> {
    let current = state.db.run(db::migrations_current).await?;
    if current {
        Ok(Json(Health {
            status: "ok".into(),
        }))
    } else {
        Err(Error::Unavailable)
    }
}
