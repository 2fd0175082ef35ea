//! One round of deliveries: for every endpoint that is due, the next page of public
//! changes after its cursor, filtered, POSTed as one signed batch. Success moves the
//! cursor past the page; failure keeps it and schedules a retry with exponential
//! backoff and jitter; sustained failure disables the endpoint. All of it is stored
//! in the database, so a restart resumes exactly where delivery stood.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use rand::Rng;
use reqwest::header::CONTENT_TYPE;
use reqwest::Url;
use serde::Serialize;
use utoipa::ToSchema;

use super::config::MIN_FAILURES;
use super::{signature, target, WebhookConfig};
use crate::crypto::Sealer;
use crate::db::Database;
use crate::error::Error;
use crate::events::chain::format_time;
use crate::registry::changes::{self, Change};
use crate::registry::webhooks::{self as registry, Due};

/// What an endpoint receives: the changes that match its filter, in seq order.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"webhook_id": "01a2262b-d1bb-767f-8eff-7a13b8243752",
    "changes": [{"seq": 1705, "at": "2026-11-29T07:10:02.482454Z", "action": "licence.status_changed",
        "entity": "licence", "entity_id": "01a2262b-d1bb-767f-8eff-7a13b8243799",
        "data": {"licence_id": "01a2262b-d1bb-767f-8eff-7a13b8243799",
                 "organization_id": "01a2262b-d1bb-767f-8eff-7a13b8243752",
                 "from_status": "active", "status": "suspended", "reason": "Inspection of fee receipts",
                 "effective_date": "2026-11-29", "finding_id": null, "valid_until": "2099-01-01"}}],
    "next_cursor": 1705}))]
pub struct WebhookBatch<'a> {
    pub webhook_id: &'a str,
    /// The matching changes of this page (the same shape as the change feed).
    pub changes: Vec<&'a Change>,
    /// Everything up to this seq has now been delivered to this endpoint.
    pub next_cursor: i64,
}

/// Pages of changes one round may pass over for an endpoint when none of them
/// match its filter, so a burst of unrelated writes (an import, a demo load) does
/// not hold its next matching change back for hours.
const PAGES_PER_ROUND: usize = 20;

/// What a round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    /// Batches accepted by their endpoint.
    pub sent: usize,
    /// Attempts that failed (and will be retried, or disabled the endpoint).
    pub failed: usize,
    /// Endpoints whose new changes all fell outside their filter.
    pub passed_over: usize,
}

/// Delivers webhooks from one database.
#[derive(Clone)]
pub struct Deliverer {
    db: Database,
    sealer: Sealer,
    config: WebhookConfig,
}

enum Outcome {
    Sent,
    Failed,
    PassedOver,
    Idle,
}

impl Deliverer {
    pub fn new(db: Database, sealer: Sealer, config: WebhookConfig) -> Deliverer {
        Deliverer { db, sealer, config }
    }

    /// One round at `now`: every due endpoint gets at most one attempt, all at once,
    /// so one slow endpoint does not hold up the others.
    pub async fn round(&self, now: NaiveDateTime) -> Result<Round, Error> {
        let sealer = self.sealer.clone();
        let due = self
            .db
            .run(move |conn| registry::due(conn, &sealer, now))
            .await?;
        let outcomes =
            futures_util::future::join_all(due.into_iter().map(|d| self.deliver(d, now))).await;
        let mut round = Round::default();
        for outcome in outcomes {
            match outcome? {
                Outcome::Sent => round.sent += 1,
                Outcome::Failed => round.failed += 1,
                Outcome::PassedOver => round.passed_over += 1,
                Outcome::Idle => {}
            }
        }
        Ok(round)
    }

    async fn deliver(&self, due: Due, now: NaiveDateTime) -> Result<Outcome, Error> {
        let batch = self.config.batch;
        let mut cursor = due.cursor;
        let mut found = None;
        for _ in 0..PAGES_PER_ROUND {
            let after = cursor;
            let (page, countries) = self
                .db
                .run(move |conn| {
                    let page = changes::read_changes(conn, after, batch)?;
                    let ids: Vec<String> = page.items.iter().flat_map(organizations_of).collect();
                    let countries = registry::countries_of(conn, &ids)?;
                    Ok((page, countries))
                })
                .await?;
            if page.next_cursor == cursor {
                break;
            }
            let next = page.next_cursor;
            let matching: Vec<Change> = page
                .items
                .into_iter()
                .filter(|c| matches(&due, c, &countries))
                .collect();
            if matching.is_empty() {
                cursor = next;
                continue;
            }
            found = Some((matching, next));
            break;
        }
        let id = due.id.clone();
        let Some((matching, next)) = found else {
            if cursor == due.cursor {
                return Ok(Outcome::Idle);
            }
            self.db
                .run(move |conn| registry::delivered(conn, &id, cursor, false, now))
                .await?;
            return Ok(Outcome::PassedOver);
        };
        let body = serde_json::to_vec(&WebhookBatch {
            webhook_id: &due.id,
            changes: matching.iter().collect(),
            next_cursor: next,
        })?;
        match self.post(&due, body, now).await {
            Ok(()) => {
                self.db
                    .run(move |conn| registry::delivered(conn, &id, next, true, now))
                    .await?;
                Ok(Outcome::Sent)
            }
            Err(problem) => {
                let attempts = due.attempts + 1;
                let failing_since = due.failing_since.unwrap_or(now);
                let next_attempt_at = now + self.backoff(attempts);
                let disable = (attempts >= MIN_FAILURES
                    && now - failing_since >= self.config.disable_after)
                    .then(|| {
                        format!(
                            "disabled after {attempts} failed attempts since {}; last: {problem}",
                            format_time(failing_since)
                        )
                    });
                tracing::warn!(webhook = %due.id, attempts, error = %problem, disabled = disable.is_some(), "webhook delivery failed");
                self.db
                    .run(move |conn| {
                        registry::failed(
                            conn,
                            &id,
                            &problem,
                            failing_since,
                            next_attempt_at,
                            disable.as_deref(),
                        )
                    })
                    .await?;
                Ok(Outcome::Failed)
            }
        }
    }

    /// The wait before attempt `attempts + 1`: doubling from `first_backoff` up to
    /// `max_backoff`, with jitter between half and all of it so endpoints that failed
    /// together do not retry together.
    fn backoff(&self, attempts: i32) -> chrono::Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).min(30)).unwrap_or(30);
        let full = self
            .config
            .first_backoff
            .checked_mul(1 << doublings.min(20))
            .unwrap_or(self.config.max_backoff)
            .min(self.config.max_backoff);
        let millis = full.num_milliseconds().max(2);
        chrono::Duration::milliseconds(rand::thread_rng().gen_range(millis / 2..=millis))
    }

    /// POSTs one batch; the error says what went wrong in words for the endpoint's
    /// owner.
    async fn post(&self, due: &Due, body: Vec<u8>, now: NaiveDateTime) -> Result<(), String> {
        let url = Url::parse(&due.url).map_err(|_| "the URL no longer parses".to_string())?;
        let address = target::resolve(&url, &self.config)
            .await
            .map_err(|e| format!("refused: {e}"))?;
        let mut client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(self.config.timeout);
        // Connect to the address that was checked, not to a second lookup's answer.
        if let Some(host) = url.host_str() {
            client = client.resolve(host, address);
        }
        let client = client
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        let timestamp = now.and_utc().timestamp();
        let response = client
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .header(
                signature::HEADER,
                signature::sign(&due.secret, timestamp, &body),
            )
            .header("fairrecruit-webhook-id", &due.id)
            .body(body)
            .send()
            .await;
        match response {
            Ok(r) if r.status().is_success() => Ok(()),
            Ok(r) => Err(format!("the endpoint answered {}", r.status())),
            Err(e) if e.is_timeout() => Err(format!(
                "no answer within {} ms",
                self.config.timeout.as_millis()
            )),
            Err(e) if e.is_connect() => Err("cannot connect to the endpoint".into()),
            Err(_) => Err("the request failed".into()),
        }
    }
}

/// The organizations a change is about.
fn organizations_of(change: &Change) -> Vec<String> {
    let mut ids = Vec::new();
    if change.entity == "organization" {
        ids.push(change.entity_id.clone());
    }
    if let Some(id) = change.data.get("organization_id").and_then(|v| v.as_str()) {
        ids.push(id.to_string());
    }
    if let Some(list) = change
        .data
        .get("organization_ids")
        .and_then(|v| v.as_array())
    {
        ids.extend(list.iter().filter_map(|v| v.as_str()).map(str::to_string));
    }
    ids
}

fn matches(due: &Due, change: &Change, countries: &HashMap<String, String>) -> bool {
    organizations_of(change).iter().any(|id| {
        due.organization_ids.contains(id)
            || countries
                .get(id)
                .is_some_and(|country| due.countries.contains(country))
    })
}
