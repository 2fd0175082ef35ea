//! Webhooks: batches of public changes POSTed to the endpoints consulates register,
//! signed, retried with backoff, and never in the way of a write (deliveries follow
//! the event log after the fact, like the search indexer).

pub mod config;
pub mod delivery;
pub mod signature;
pub mod target;
pub mod worker;

pub use config::WebhookConfig;
