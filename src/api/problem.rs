//! The one place errors become HTTP responses: RFC 9457 `application/problem+json`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::validation::FieldError;
use crate::error::Error;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error, as RFC 9457 problem details.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"type": "urn:fairrecruit:problem:validation", "title": "Invalid request",
    "status": 422, "detail": "invalid request: country must be an ISO 3166-1 alpha-2 country code, e.g. NP",
    "errors": [{"field": "country", "message": "must be an ISO 3166-1 alpha-2 country code, e.g. NP"}]}))]
pub struct Problem {
    /// A URI naming the kind of problem, stable for clients to branch on.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this request, in plain words.
    pub detail: String,
    /// For validation problems: each invalid field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// For workflow conflicts: the states that are allowed from the current one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &str, title: &str, detail: impl Into<String>) -> Problem {
        Problem {
            problem_type: format!("urn:fairrecruit:problem:{kind}"),
            title: title.into(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: None,
            allowed: None,
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let unauthorized = status == StatusCode::UNAUTHORIZED;
        let mut response = (status, axum::Json(self)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if unauthorized {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

impl From<&Error> for Problem {
    fn from(error: &Error) -> Problem {
        use StatusCode as S;
        match error {
            Error::Validation(errors) => Problem {
                errors: Some(errors.clone()),
                ..Problem::new(
                    S::UNPROCESSABLE_ENTITY,
                    "validation",
                    "Invalid request",
                    error.to_string(),
                )
            },
            Error::BadRequest(detail) => {
                Problem::new(S::BAD_REQUEST, "bad-request", "Bad request", detail)
            }
            Error::InvalidFile(detail) => Problem::new(
                S::UNPROCESSABLE_ENTITY,
                "invalid-file",
                "The file cannot be imported",
                detail,
            ),
            Error::NotFound(_) => {
                Problem::new(S::NOT_FOUND, "not-found", "Not found", error.to_string())
            }
            Error::Conflict(detail) => Problem::new(S::CONFLICT, "conflict", "Conflict", detail),
            Error::InvalidTransition { message, allowed } => Problem {
                allowed: Some(allowed.clone()),
                ..Problem::new(
                    S::CONFLICT,
                    "invalid-transition",
                    "Transition not allowed",
                    format!(
                        "{message}; allowed: {}",
                        if allowed.is_empty() {
                            "none".into()
                        } else {
                            allowed.join(", ")
                        }
                    ),
                )
            },
            Error::Unauthorized(detail) => Problem::new(
                S::UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
                *detail,
            ),
            Error::Forbidden(detail) => {
                Problem::new(S::FORBIDDEN, "forbidden", "Not allowed", detail)
            }
            Error::PayloadTooLarge(detail) => Problem::new(
                S::PAYLOAD_TOO_LARGE,
                "too-large",
                "Request too large",
                detail,
            ),
            Error::RateLimited { .. } => Problem::new(
                S::TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                error.to_string(),
            ),
            Error::Unavailable => Problem::new(
                S::SERVICE_UNAVAILABLE,
                "unavailable",
                "Service unavailable",
                error.to_string(),
            ),
            // Internals stay in the log; the client learns only that it was our fault.
            Error::Config(_) | Error::Database(_) | Error::Internal(_) => Problem::new(
                S::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "something went wrong on our side; it has been logged",
            ),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let problem = Problem::from(&self);
        if problem.status >= 500 {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = problem.into_response();
        if let Error::RateLimited { retry_after } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
        response
    }
}
