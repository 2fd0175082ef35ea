//! How the server delivers webhooks, as its operator configures it.

use std::time::Duration;

/// Webhook settings of a server.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// Host names (or IP addresses) a webhook URL may point at: the admin's
    /// allow-list. Empty: no webhook can be registered.
    pub allowed_hosts: Vec<String>,
    /// Allow targets on loopback, private, link-local and other non-public
    /// addresses (tests, or a receiver inside the same network on purpose).
    pub allow_private: bool,
    /// How long one delivery may take.
    pub timeout: Duration,
    /// An endpoint failing for this long (and at least `MIN_FAILURES` times in a
    /// row) is disabled.
    pub disable_after: chrono::Duration,
    /// First retry delay; it doubles with each failure up to `max_backoff`.
    pub first_backoff: chrono::Duration,
    pub max_backoff: chrono::Duration,
    /// Most changes in one delivery.
    pub batch: i64,
}

/// Failures in a row before an endpoint can be disabled, however long they took.
pub const MIN_FAILURES: i32 = 5;

impl Default for WebhookConfig {
    fn default() -> WebhookConfig {
        WebhookConfig {
            allowed_hosts: Vec::new(),
            allow_private: false,
            timeout: Duration::from_secs(10),
            disable_after: chrono::Duration::hours(24),
            first_backoff: chrono::Duration::seconds(5),
            max_backoff: chrono::Duration::hours(1),
            batch: 100,
        }
    }
}

impl WebhookConfig {
    /// The allow-list from a comma-separated list, lower-cased.
    pub fn hosts_from(list: &str) -> Vec<String> {
        list.split(',')
            .map(|h| h.trim().trim_end_matches('.').to_ascii_lowercase())
            .filter(|h| !h.is_empty())
            .collect()
    }
}
