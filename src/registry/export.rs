//! Export of the public registry, consistent with one seq of the event log, so a
//! mirror can export once and then follow the change feed from that seq.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::organizations::{self, today, Organization};
use crate::db::schema::organizations as organizations_table;
use crate::db::AnyConnection;
use crate::domain::role::{Actor, Role};
use crate::error::Error;
use crate::events;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// One JSON document per line: a header line with the seq, then one full public
    /// profile per organization.
    Ndjson,
    /// One row per organization with the main facts; the seq is in the
    /// `X-Fairrecruit-Seq` response header.
    Csv,
}

/// Query of `GET /api/v1/export`.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    pub format: ExportFormat,
}

/// The first NDJSON line.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"type": "header", "format": "fairrecruit-export/1", "seq": 1559, "as_of": "2026-11-29"}))]
pub struct ExportHeader {
    /// Always `header`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `fairrecruit-export/1`.
    pub format: &'static str,
    /// The export holds every change up to and including this seq: follow
    /// `GET /api/v1/changes?after=<seq>` from here.
    pub seq: i64,
    /// The date licence statuses are computed for.
    pub as_of: chrono::NaiveDate,
}

/// Exports need a consulate or admin token.
pub fn check_access(actor: &Actor) -> Result<(), Error> {
    match actor.role {
        None => Err(Error::Unauthorized(
            "the export needs a consulate or admin token",
        )),
        Some(Role::Consulate | Role::Admin) => Ok(()),
        Some(_) => Err(Error::Forbidden(
            "only consulate and admin tokens export the registry".into(),
        )),
    }
}

const CSV_COLUMNS: [&str; 12] = [
    "id",
    "kind",
    "name",
    "country",
    "registration_number",
    "website",
    "licence_status",
    "licences",
    "aliases",
    "public_findings",
    "sanctions_in_force",
    "complaints_total",
];

/// Organizations read per page: memory stays flat whatever the registry's size.
const PAGE: i64 = 500;

/// Writes the whole public registry through `write`, in one read snapshot, and
/// calls `on_seq` with the seq it is consistent with before the first byte.
pub fn export(
    conn: &mut AnyConnection,
    format: ExportFormat,
    on_seq: &mut dyn FnMut(i64),
    write: &mut dyn FnMut(Vec<u8>) -> Result<(), Error>,
) -> Result<i64, Error> {
    crate::db::read_snapshot(conn, |conn| {
        let seq = events::head(conn)?.seq;
        on_seq(seq);
        let as_of = today();
        match format {
            ExportFormat::Ndjson => {
                let header = ExportHeader {
                    kind: "header",
                    format: "fairrecruit-export/1",
                    seq,
                    as_of,
                };
                let mut line = serde_json::to_vec(&header)?;
                line.push(b'\n');
                write(line)?;
            }
            ExportFormat::Csv => write(csv_line(&CSV_COLUMNS.map(String::from))?)?,
        }
        let mut after = String::new();
        loop {
            let ids: Vec<String> = organizations_table::table
                .filter(organizations_table::id.gt(&after))
                .order(organizations_table::id.asc())
                .limit(PAGE)
                .select(organizations_table::id)
                .load(conn)?;
            let Some(last) = ids.last() else { break };
            after = last.clone();
            let mut chunk = Vec::new();
            for id in &ids {
                let id = Uuid::parse_str(id).map_err(|e| Error::Internal(e.to_string()))?;
                let profile = organizations::get_organization(conn, id)?;
                match format {
                    ExportFormat::Ndjson => {
                        let mut value = serde_json::to_value(&profile)?;
                        if let Some(object) = value.as_object_mut() {
                            object.insert("type".into(), "organization".into());
                        }
                        serde_json::to_writer(&mut chunk, &value)?;
                        chunk.push(b'\n');
                    }
                    ExportFormat::Csv => chunk.extend(csv_line(&csv_row(&profile))?),
                }
            }
            write(chunk)?;
        }
        Ok(seq)
    })
}

fn csv_row(o: &Organization) -> [String; 12] {
    let licences = o
        .licences
        .iter()
        .map(|l| format!("{}:{}:{}", l.authority, l.number, l.status.as_str()))
        .collect::<Vec<_>>()
        .join("; ");
    let aliases = o
        .aliases
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let sanctions = o
        .accountability
        .sanctions_in_force
        .iter()
        .map(|s| s.kind.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    [
        o.id.to_string(),
        o.kind.as_str().into(),
        o.name.clone(),
        o.country.clone(),
        o.registration_number.clone().unwrap_or_default(),
        o.website.clone().unwrap_or_default(),
        o.licence_status
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
        licences,
        aliases,
        o.accountability.findings.len().to_string(),
        sanctions,
        o.accountability.complaints.total.to_string(),
    ]
}

fn csv_line(fields: &[String]) -> Result<Vec<u8>, Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(fields)
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    writer
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))
}
