//! Webhook endpoints: registered by consulates (and admins), each with a secret and
//! a filter. Registering, enabling, disabling and removing go through the event log;
//! the delivery position and retry state are bookkeeping, updated by the deliverer
//! without events (like the search index's own commit payload).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::crypto::Sealer;
use crate::db::rows::WebhookRow;
use crate::db::schema::{organizations, webhooks};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::country::parse_country;
use crate::domain::role::{Actor, Role};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};
use crate::webhooks::target::check_url;
use crate::webhooks::WebhookConfig;

const MIN_SECRET_CHARS: usize = 16;
const MAX_SECRET_CHARS: usize = 256;
const MAX_URL_CHARS: usize = 2_000;
const MAX_COUNTRIES: usize = 250;
const MAX_ORGANIZATIONS: usize = 1_000;

/// Body of `POST /api/v1/webhooks`. At least one of `countries` and
/// `organization_ids` must be given.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"url": "https://hooks.consulate.example/fairrecruit",
    "secret": "a long random string only you and the registry know",
    "countries": ["NP", "QA"]}))]
pub struct NewWebhook {
    /// Where batches are POSTed: http or https, on a host the server's admin allows.
    pub url: String,
    /// Signs each delivery (16 to 256 characters); never shown again.
    pub secret: String,
    /// Changes about organizations of these countries (ISO 3166-1 alpha-2): an
    /// agency's country of origin, an employer's country of destination.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Changes about these organizations.
    #[serde(default)]
    pub organization_ids: Vec<Uuid>,
}

/// Whether deliveries go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WebhookState {
    Active,
    /// Stopped after sustained failure; `POST /api/v1/webhooks/{id}/enable` resumes
    /// from where delivery stopped.
    Disabled,
    Removed,
}

impl WebhookState {
    fn as_str(self) -> &'static str {
        match self {
            WebhookState::Active => "active",
            WebhookState::Disabled => "disabled",
            WebhookState::Removed => "removed",
        }
    }

    fn parse(value: &str) -> Option<WebhookState> {
        [
            WebhookState::Active,
            WebhookState::Disabled,
            WebhookState::Removed,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }
}

/// Where delivery stands.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeliveryState {
    /// Every change up to this seq has been delivered (or did not match).
    pub cursor: i64,
    /// Failed attempts in a row.
    pub attempts: i32,
    /// When the next attempt is due, RFC 3339 UTC, after a failure.
    pub next_attempt_at: Option<String>,
    /// Since when attempts fail, RFC 3339 UTC.
    pub failing_since: Option<String>,
    /// What the last failed attempt met (status code, timeout, refused address).
    pub last_error: Option<String>,
    pub last_delivered_at: Option<String>,
}

/// A registered endpoint, as its owner sees it: never the secret.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "01a2262c-0908-7276-a899-fd71602b81fc",
    "url": "https://hooks.consulate.example/fairrecruit", "countries": ["NP", "QA"], "organization_ids": [],
    "state": "disabled",
    "disabled_reason": "disabled after 9 failed attempts since 2026-11-28T06:00:00Z; last: the endpoint answered 503 Service Unavailable",
    "delivery": {"cursor": 1705, "attempts": 9, "next_attempt_at": "2026-11-29T07:00:00Z",
                 "failing_since": "2026-11-28T06:00:00Z", "last_error": "the endpoint answered 503 Service Unavailable",
                 "last_delivered_at": "2026-11-28T05:59:41Z"},
    "created_at": "2026-11-20T09:00:00Z"}))]
pub struct Webhook {
    pub id: Uuid,
    pub url: String,
    pub countries: Vec<String>,
    pub organization_ids: Vec<Uuid>,
    pub state: WebhookState,
    /// Why it was disabled.
    pub disabled_reason: Option<String>,
    pub delivery: DeliveryState,
    pub created_at: String,
}

/// What the event log records of an endpoint (never the secret).
#[derive(Serialize)]
struct WebhookRecord<'a> {
    id: &'a str,
    url: &'a str,
    countries: &'a [String],
    organization_ids: &'a [Uuid],
    state: WebhookState,
    reason: Option<&'a str>,
}

fn time(at: Option<NaiveDateTime>) -> Option<String> {
    at.map(events::chain::format_time)
}

fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
    serde_json::from_str(json).map_err(|e| Error::Internal(format!("bad webhook filter: {e}")))
}

fn view(row: WebhookRow) -> Result<Webhook, Error> {
    Ok(Webhook {
        id: Uuid::parse_str(&row.id).map_err(|e| Error::Internal(e.to_string()))?,
        countries: decode(&row.countries)?,
        organization_ids: decode(&row.organization_ids)?,
        state: WebhookState::parse(&row.state)
            .ok_or_else(|| Error::Internal(format!("bad webhook state {}", row.state)))?,
        disabled_reason: row.disabled_reason,
        delivery: DeliveryState {
            cursor: row.cursor,
            attempts: row.attempts,
            next_attempt_at: time(row.next_attempt_at),
            failing_since: time(row.failing_since),
            last_error: row.last_error,
            last_delivered_at: time(row.last_delivered_at),
        },
        created_at: events::chain::format_time(row.created_at),
        url: row.url,
    })
}

/// Consulates and admins keep webhooks; inspectors follow the registry otherwise.
fn require_owner_role(actor: &Actor) -> Result<(), Error> {
    match actor.role {
        None => Err(Error::Unauthorized(
            "webhooks need a consulate or admin token",
        )),
        Some(Role::Consulate | Role::Admin) => Ok(()),
        Some(Role::Inspector) => Err(Error::Forbidden(
            "an inspector token may not keep webhooks; it needs a consulate or admin token".into(),
        )),
    }
}

/// Registers an endpoint; deliveries start with the next change after now.
pub fn register(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    config: &WebhookConfig,
    actor: &Actor,
    input: &NewWebhook,
) -> Result<Webhook, Error> {
    require_owner_role(actor)?;
    let mut v = Violations::new();
    if input.url.chars().count() > MAX_URL_CHARS {
        v.add("url", format!("must be at most {MAX_URL_CHARS} characters"));
    } else if let Err(e) = check_url(&input.url, config) {
        v.add("url", e.to_string());
    }
    let secret_chars = input.secret.chars().count();
    if !(MIN_SECRET_CHARS..=MAX_SECRET_CHARS).contains(&secret_chars) {
        v.add(
            "secret",
            format!("must be {MIN_SECRET_CHARS} to {MAX_SECRET_CHARS} characters"),
        );
    }
    let mut countries = Vec::new();
    for (i, code) in input.countries.iter().enumerate() {
        match parse_country(code) {
            Some(c) if !countries.contains(&c) => countries.push(c),
            Some(_) => {}
            None => v.add(
                format!("countries[{i}]"),
                "is not an ISO 3166-1 alpha-2 country code",
            ),
        }
    }
    if countries.len() > MAX_COUNTRIES {
        v.add("countries", format!("at most {MAX_COUNTRIES}"));
    }
    let mut organization_ids = input.organization_ids.clone();
    organization_ids.sort();
    organization_ids.dedup();
    if organization_ids.len() > MAX_ORGANIZATIONS {
        v.add("organization_ids", format!("at most {MAX_ORGANIZATIONS}"));
    }
    if countries.is_empty() && organization_ids.is_empty() {
        v.add(
            "countries",
            "give countries, organization_ids or both: a webhook needs a filter",
        );
    }
    v.finish().map_err(Error::Validation)?;

    write_transaction(conn, |conn| {
        let keys: Vec<String> = organization_ids.iter().map(Uuid::to_string).collect();
        let known: i64 = organizations::table
            .filter(organizations::id.eq_any(&keys))
            .count()
            .get_result(conn)?;
        if known != keys.len() as i64 {
            return Err(Error::invalid(
                "organization_ids",
                "names an organization that is not registered",
            ));
        }
        let id = Uuid::now_v7().to_string();
        let now = events::log::now();
        let row = WebhookRow {
            secret_sealed: sealer.seal(&format!("webhook:{id}:secret"), &input.secret),
            url: input.url.trim().to_string(),
            countries: serde_json::to_string(&countries)?,
            organization_ids: serde_json::to_string(&organization_ids)?,
            owner_token: actor.id.clone(),
            state: WebhookState::Active.as_str().into(),
            cursor: events::log::head(conn)?.seq,
            attempts: 0,
            next_attempt_at: None,
            failing_since: None,
            last_error: None,
            last_delivered_at: None,
            disabled_reason: None,
            created_at: now,
            updated_at: now,
            id,
        };
        diesel::insert_into(webhooks::table)
            .values(&row)
            .execute(conn)?;
        record(conn, actor, "webhook.registered", &row, None)?;
        view(row)
    })
}

fn record(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &'static str,
    row: &WebhookRow,
    reason: Option<&str>,
) -> Result<(), Error> {
    let countries: Vec<String> = decode(&row.countries)?;
    let organization_ids: Vec<Uuid> = decode(&row.organization_ids)?;
    let state = WebhookState::parse(&row.state)
        .ok_or_else(|| Error::Internal(format!("bad webhook state {}", row.state)))?;
    events::append(
        conn,
        actor,
        NewEvent {
            action,
            entity_type: "webhook",
            entity_id: &row.id,
            data: &WebhookRecord {
                id: &row.id,
                url: &row.url,
                countries: &countries,
                organization_ids: &organization_ids,
                state,
                reason,
            },
        },
    )?;
    Ok(())
}

/// The caller's endpoints (an admin's: all), removed ones left out.
pub fn list(conn: &mut AnyConnection, actor: &Actor) -> Result<Vec<Webhook>, Error> {
    require_owner_role(actor)?;
    let mut query = webhooks::table
        .filter(webhooks::state.ne(WebhookState::Removed.as_str()))
        .order(webhooks::id.asc())
        .select(WebhookRow::as_select())
        .into_boxed();
    if actor.role != Some(Role::Admin) {
        query = query.filter(webhooks::owner_token.eq(actor.id.clone()));
    }
    query.load(conn)?.into_iter().map(view).collect()
}

/// One endpoint of the caller's; someone else's is 404, so ids do not leak.
fn owned(conn: &mut AnyConnection, actor: &Actor, id: Uuid) -> Result<WebhookRow, Error> {
    require_owner_role(actor)?;
    let row: Option<WebhookRow> = webhooks::table
        .find(id.to_string())
        .select(WebhookRow::as_select())
        .first(conn)
        .optional()?;
    match row {
        Some(row)
            if row.state != WebhookState::Removed.as_str()
                && (actor.role == Some(Role::Admin) || row.owner_token == actor.id) =>
        {
            Ok(row)
        }
        _ => Err(Error::NotFound("webhook")),
    }
}

pub fn get(conn: &mut AnyConnection, actor: &Actor, id: Uuid) -> Result<Webhook, Error> {
    view(owned(conn, actor, id)?)
}

/// Resumes a disabled endpoint from where its delivery stopped.
pub fn enable(conn: &mut AnyConnection, actor: &Actor, id: Uuid) -> Result<Webhook, Error> {
    write_transaction(conn, |conn| {
        let mut row = owned(conn, actor, id)?;
        if row.state == WebhookState::Active.as_str() {
            return Err(Error::Conflict("the webhook is already active".into()));
        }
        row.state = WebhookState::Active.as_str().into();
        row.attempts = 0;
        row.next_attempt_at = None;
        row.failing_since = None;
        row.disabled_reason = None;
        row.updated_at = events::log::now();
        diesel::update(webhooks::table.find(&row.id))
            .set((
                webhooks::state.eq(&row.state),
                webhooks::attempts.eq(0),
                webhooks::next_attempt_at.eq(None::<NaiveDateTime>),
                webhooks::failing_since.eq(None::<NaiveDateTime>),
                webhooks::disabled_reason.eq(None::<String>),
                webhooks::updated_at.eq(row.updated_at),
            ))
            .execute(conn)?;
        record(conn, actor, "webhook.enabled", &row, None)?;
        view(row)
    })
}

/// Stops deliveries for good.
pub fn remove(conn: &mut AnyConnection, actor: &Actor, id: Uuid) -> Result<(), Error> {
    write_transaction(conn, |conn| {
        let mut row = owned(conn, actor, id)?;
        row.state = WebhookState::Removed.as_str().into();
        diesel::update(webhooks::table.find(&row.id))
            .set((
                webhooks::state.eq(&row.state),
                webhooks::updated_at.eq(events::log::now()),
            ))
            .execute(conn)?;
        record(conn, actor, "webhook.removed", &row, None)
    })
}

/// An endpoint due for delivery, with its secret opened.
pub struct Due {
    pub id: String,
    pub url: String,
    pub secret: String,
    pub countries: Vec<String>,
    pub organization_ids: Vec<String>,
    pub cursor: i64,
    pub attempts: i32,
    pub failing_since: Option<NaiveDateTime>,
}

/// Active endpoints whose next attempt is due at `now`.
pub fn due(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    now: NaiveDateTime,
) -> Result<Vec<Due>, Error> {
    let rows: Vec<WebhookRow> = webhooks::table
        .filter(webhooks::state.eq(WebhookState::Active.as_str()))
        .filter(
            webhooks::next_attempt_at
                .is_null()
                .or(webhooks::next_attempt_at.le(now)),
        )
        .order(webhooks::id.asc())
        .select(WebhookRow::as_select())
        .load(conn)?;
    rows.into_iter()
        .map(|row| {
            let secret = sealer
                .open(&format!("webhook:{}:secret", row.id), &row.secret_sealed)
                .map_err(|_| {
                    Error::Internal(format!("webhook {}: the secret does not open", row.id))
                })?;
            let organization_ids: Vec<Uuid> = decode(&row.organization_ids)?;
            Ok(Due {
                countries: decode(&row.countries)?,
                organization_ids: organization_ids.iter().map(Uuid::to_string).collect(),
                id: row.id,
                url: row.url,
                secret,
                cursor: row.cursor,
                attempts: row.attempts,
                failing_since: row.failing_since,
            })
        })
        .collect()
}

/// Moves an endpoint's cursor to `cursor` after a delivery (or a page with nothing
/// for it); clears its failure state.
pub fn delivered(
    conn: &mut AnyConnection,
    id: &str,
    cursor: i64,
    sent: bool,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let target = webhooks::table
        .filter(webhooks::id.eq(id))
        .filter(webhooks::state.eq(WebhookState::Active.as_str()));
    let cleared = (
        webhooks::cursor.eq(cursor),
        webhooks::attempts.eq(0),
        webhooks::next_attempt_at.eq(None::<NaiveDateTime>),
        webhooks::failing_since.eq(None::<NaiveDateTime>),
        webhooks::last_error.eq(None::<String>),
    );
    if sent {
        diesel::update(target)
            .set((cleared, webhooks::last_delivered_at.eq(Some(now))))
            .execute(conn)?;
    } else {
        diesel::update(target).set(cleared).execute(conn)?;
    }
    Ok(())
}

/// Records a failed attempt; `disable` (with its reason) turns the endpoint off
/// through the event log.
pub fn failed(
    conn: &mut AnyConnection,
    id: &str,
    error: &str,
    failing_since: NaiveDateTime,
    next_attempt_at: NaiveDateTime,
    disable: Option<&str>,
) -> Result<(), Error> {
    write_transaction(conn, |conn| {
        let mut row: WebhookRow = webhooks::table
            .find(id)
            .select(WebhookRow::as_select())
            .first(conn)?;
        // Removed (or disabled) while this attempt was on its way: leave it so.
        if row.state != WebhookState::Active.as_str() {
            return Ok(());
        }
        row.attempts += 1;
        if let Some(reason) = disable {
            row.state = WebhookState::Disabled.as_str().into();
            row.disabled_reason = Some(reason.into());
        }
        diesel::update(webhooks::table.find(id))
            .set((
                webhooks::attempts.eq(row.attempts),
                webhooks::failing_since.eq(Some(failing_since)),
                webhooks::next_attempt_at.eq(Some(next_attempt_at)),
                webhooks::last_error.eq(Some(error)),
                webhooks::state.eq(&row.state),
                webhooks::disabled_reason.eq(&row.disabled_reason),
                webhooks::updated_at.eq(events::log::now()),
            ))
            .execute(conn)?;
        if disable.is_some() {
            record(conn, &Actor::system(), "webhook.disabled", &row, disable)?;
        }
        Ok(())
    })
}

/// The countries of `ids`, for matching changes against country filters.
pub fn countries_of(
    conn: &mut AnyConnection,
    ids: &[String],
) -> Result<std::collections::HashMap<String, String>, Error> {
    let mut found = std::collections::HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String)> = organizations::table
            .filter(organizations::id.eq_any(chunk))
            .select((organizations::id, organizations::country))
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}

/// Re-seals every webhook secret under a new data key (key rotation).
pub fn reseal_secrets(
    conn: &mut AnyConnection,
    old: &Sealer,
    new: &Sealer,
) -> Result<usize, Error> {
    let rows: Vec<(String, String)> = webhooks::table
        .select((webhooks::id, webhooks::secret_sealed))
        .load(conn)?;
    for (id, sealed) in &rows {
        let context = format!("webhook:{id}:secret");
        let secret = old.open(&context, sealed).map_err(|_| {
            Error::Config(
                "a webhook secret does not open with the current key: nothing was changed".into(),
            )
        })?;
        diesel::update(webhooks::table.find(id))
            .set(webhooks::secret_sealed.eq(new.seal(&context, &secret)))
            .execute(conn)?;
    }
    Ok(rows.len())
}
