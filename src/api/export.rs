//! `/api/v1/export`: the whole public registry, streamed.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use tokio::sync::{mpsc, oneshot};

use super::auth::Caller;
use super::extract::Query;
use super::problem::Problem;
use crate::app::AppState;
use crate::error::Error;
use crate::registry::export::{self, ExportFormat, ExportQuery};

/// Chunks in flight between the database thread and the client: a slow client slows
/// the export down instead of filling memory.
const CHUNKS_IN_FLIGHT: usize = 8;

/// Export the public registry
///
/// Streams every organization's public profile (NDJSON) or main facts (CSV) from one
/// consistent snapshot. The seq it is consistent with is the first NDJSON line and the
/// `X-Fairrecruit-Seq` header: follow `GET /api/v1/changes?after=<seq>` from there to
/// stay in sync without missing anything.
#[utoipa::path(get, path = "/api/v1/export", tag = "changes",
    operation_id = "export_registry",
    params(ExportQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The registry; first NDJSON line is an ExportHeader",
            content(
                (String = "application/x-ndjson", example = json!(concat!(
                    r#"{"type":"header","format":"fairrecruit-export/1","seq":1559,"as_of":"2026-11-29"}"#, "\n",
                    r#"{"type":"organization","id":"01a2262b-d1bb-767f-8eff-7a13b8243752","kind":"agency","name":"Himalaya Dream Manpower","country":"NP","licences":[...],"accountability":{...}}"#, "\n"))),
                (String = "text/csv", example = json!(concat!(
                    "id,kind,name,country,registration_number,website,licence_status,licences,aliases,public_findings,sanctions_in_force,complaints_total\n",
                    "01a2262b-d1bb-767f-8eff-7a13b8243752,agency,Himalaya Dream Manpower,NP,,,revoked,NP:1234/067/068:revoked,HDM Overseas,1,revocation,3\n")))
            ),
            headers(("X-Fairrecruit-Seq" = i64, description = "The seq the export is consistent with"))),
        (status = 400, description = "A parameter could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens export", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn export_registry(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(query): Query<ExportQuery>,
) -> Result<Response, Error> {
    export::check_access(&actor)?;
    let format = query.format;
    let (seq_sender, seq_receiver) = oneshot::channel::<i64>();
    let (chunks, receiver) = mpsc::channel::<Result<Bytes, std::io::Error>>(CHUNKS_IN_FLIGHT);
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut seq_sender = Some(seq_sender);
        let failed = chunks.clone();
        let result = db.get().and_then(|mut conn| {
            export::export(
                &mut conn,
                format,
                &mut |seq| {
                    if let Some(sender) = seq_sender.take() {
                        let _ = sender.send(seq);
                    }
                },
                &mut |bytes| {
                    chunks
                        .blocking_send(Ok(Bytes::from(bytes)))
                        .map_err(|_| Error::Internal("the client went away".into()))
                },
            )
        });
        if let Err(error) = result {
            tracing::error!(%error, "export failed");
            // Cut the stream short so the client sees an incomplete response, not a
            // silently truncated registry.
            let _ = failed.blocking_send(Err(std::io::Error::other("export failed")));
        }
    });
    let seq = seq_receiver.await.map_err(|_| Error::Unavailable)?;
    let stream = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    });
    let content_type = match format {
        ExportFormat::Ndjson => "application/x-ndjson",
        ExportFormat::Csv => "text/csv; charset=utf-8",
    };
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&seq.to_string()) {
        headers.insert("x-fairrecruit-seq", value);
    }
    Ok(response)
}
