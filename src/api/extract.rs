//! Extractors wrapping axum's own so their rejections become problem+json too.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::StatusCode;

use crate::error::Error;

/// `axum::Json`, rejecting with problem+json.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(Error))]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> axum::response::IntoResponse for Json<T> {
    fn into_response(self) -> axum::response::Response {
        axum::Json(self.0).into_response()
    }
}

/// `axum::extract::Query`, rejecting with problem+json.
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(Error))]
pub struct Query<T>(pub T);

/// `axum::extract::Path`, rejecting with problem+json.
#[derive(Debug, Clone, Copy, Default, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(Error))]
pub struct Path<T>(pub T);

/// A raw body (an uploaded file), rejecting with problem+json.
#[derive(Debug, Clone)]
pub struct Upload(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for Upload {
    type Rejection = Error;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Error> {
        let bytes = axum::body::Bytes::from_request(request, state).await?;
        Ok(Upload(bytes))
    }
}

impl From<axum::extract::rejection::BytesRejection> for Error {
    fn from(rejection: axum::extract::rejection::BytesRejection) -> Error {
        match rejection.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Error::PayloadTooLarge(format!(
                "the file is larger than the limit of {} bytes",
                crate::api::imports::UPLOAD_LIMIT
            )),
            _ => Error::BadRequest("the body could not be read".into()),
        }
    }
}

/// Drops submitted values from serde's messages: a rejected body may hold
/// confidential text (or an identity number sent as a number), and an error message
/// must never echo it. serde quotes string values in double quotes, and unknown enum
/// values and numbers in backticks.
pub fn redact_values(message: &str) -> String {
    let mut out = message.to_string();
    for mark in BACKTICKED_VALUES {
        out = redact_backticked(&out, mark);
    }
    redact_quoted(&out)
}

/// What serde writes before a submitted value in backticks. The backticked names in
/// "expected one of `agency`, `employer`" are the schema's, and stay.
const BACKTICKED_VALUES: [&str; 4] = [
    "unknown variant `",
    "integer `",
    "floating point `",
    "character `",
];

fn redact_backticked(message: &str, mark: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find(mark) {
        out.push_str(&rest[..start + mark.len()]);
        let after = &rest[start + mark.len()..];
        out.push('…');
        match after.find('`') {
            Some(end) => rest = &after[end..],
            None => {
                rest = "";
                out.push('`');
            }
        }
    }
    out.push_str(rest);
    out
}

fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_quotes = false;
    let mut escaped = false;
    for c in message.chars() {
        if in_quotes {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => {
                    in_quotes = false;
                    out.push_str("\"…\"");
                }
                _ => escaped = false,
            }
        } else if c == '"' {
            in_quotes = true;
        } else {
            out.push(c);
        }
    }
    if in_quotes {
        out.push_str("\"…");
    }
    out
}

impl From<JsonRejection> for Error {
    fn from(rejection: JsonRejection) -> Error {
        let status = rejection.status();
        let detail = redact_values(&rejection.body_text());
        match status {
            StatusCode::PAYLOAD_TOO_LARGE => Error::PayloadTooLarge(format!(
                "the body is larger than the limit of {} bytes",
                crate::app::BODY_LIMIT
            )),
            StatusCode::UNPROCESSABLE_ENTITY => {
                let (field, message) = split_field(&detail);
                Error::Validation(vec![crate::domain::validation::FieldError {
                    field,
                    message,
                }])
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Error::BadRequest(
                "send the body as JSON with Content-Type: application/json".into(),
            ),
            _ => Error::BadRequest(detail),
        }
    }
}

/// serde_json names the failing field as `path.to.field: message`; split the two.
fn split_field(detail: &str) -> (String, String) {
    let rest = detail
        .strip_prefix("Failed to deserialize the JSON body into the target type: ")
        .unwrap_or(detail);
    let (path, message) = match rest.split_once(": ") {
        Some((path, message)) if !path.contains(' ') => (Some(path), message),
        _ => (None, rest),
    };
    // A missing field is reported on its parent; name the field itself.
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split_once('`'))
        .map(|(name, _)| name);
    let field = match (path, missing) {
        (Some(path), Some(name)) => format!("{path}.{name}"),
        (None, Some(name)) => name.to_string(),
        (Some(path), None) => path.to_string(),
        (None, None) => "body".to_string(),
    };
    (field, message.to_string())
}

impl From<QueryRejection> for Error {
    fn from(rejection: QueryRejection) -> Error {
        Error::BadRequest(redact_values(&rejection.body_text()))
    }
}

impl From<PathRejection> for Error {
    fn from(rejection: PathRejection) -> Error {
        match rejection {
            PathRejection::FailedToDeserializePathParams(_) => {
                Error::BadRequest("the id in the path is not a valid UUID".into())
            }
            other => Error::BadRequest(other.body_text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_are_named() {
        let detail = "Failed to deserialize the JSON body into the target type: missing field `name` at line 1 column 2";
        assert_eq!(split_field(detail).0, "name");
        let nested = "Failed to deserialize the JSON body into the target type: aliases[0]: missing field `kind` at line 1";
        assert_eq!(split_field(nested).0, "aliases[0].kind");
    }

    #[test]
    fn quoted_values_are_dropped() {
        assert_eq!(
            redact_values(r#"invalid type: string "my secret \" story", expected u32"#),
            "invalid type: string \"…\", expected u32"
        );
        assert_eq!(redact_values("no quotes"), "no quotes");
        assert_eq!(redact_values("open \"secret"), "open \"…");
        assert_eq!(
            redact_values("kind: unknown variant `SECRET`, expected one of `agency`, `employer`"),
            "kind: unknown variant `…`, expected one of `agency`, `employer`"
        );
        assert_eq!(
            redact_values("unknown variant `open"),
            "unknown variant `…`"
        );
        assert_eq!(
            redact_values(
                "people[0].id_number: invalid type: integer `19750403`, expected a string"
            ),
            "people[0].id_number: invalid type: integer `…`, expected a string"
        );
        assert_eq!(
            redact_values("invalid type: floating point `1.5`, expected u32"),
            "invalid type: floating point `…`, expected u32"
        );
    }
}
