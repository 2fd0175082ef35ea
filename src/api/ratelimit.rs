//! Fixed-window rate limits on the public endpoints: searching, bulk verification,
//! filing complaints, checking receipts and statistics. A caller with a token is counted by its
//! token, anyone else by client address; consulates, which mirror and verify in
//! bulk for their nationals, get their own larger quota.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::domain::role::{Actor, Role};
use crate::error::Error;

/// The endpoint groups with quotas of their own, so a burst of searches does not
/// stop the same worker from filing her complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Search,
    BulkVerify,
    Complaints,
    Receipts,
    /// Statistics tables (API and the `/stats` page): each one reads every complaint
    /// or finding.
    Stats,
}

/// Requests allowed per minute in each group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotas {
    /// Per client address, for callers without a token.
    pub per_address: u32,
    /// Receipt checks per client address without a token: lower, since receipts
    /// must not be guessable.
    pub receipts_per_address: u32,
    /// Per token, for inspectors and admins.
    pub per_token: u32,
    /// Per consulate token.
    pub per_consulate: u32,
}

impl Default for Quotas {
    fn default() -> Quotas {
        Quotas {
            per_address: 60,
            receipts_per_address: 10,
            per_token: 600,
            per_consulate: 3000,
        }
    }
}

/// Who a request is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Client {
    Token(String),
    Address(IpAddr),
}

/// One limiter per group.
#[derive(Debug)]
pub struct Limits {
    quotas: Quotas,
    search: RateLimiter<Client>,
    bulk_verify: RateLimiter<Client>,
    complaints: RateLimiter<Client>,
    receipts: RateLimiter<Client>,
    stats: RateLimiter<Client>,
}

impl Limits {
    pub fn new(quotas: Quotas) -> Limits {
        let minute = Duration::from_secs(60);
        Limits {
            quotas,
            search: RateLimiter::new(minute),
            bulk_verify: RateLimiter::new(minute),
            complaints: RateLimiter::new(minute),
            receipts: RateLimiter::new(minute),
            stats: RateLimiter::new(minute),
        }
    }

    /// Counts a request of `actor` from `peer` in `group`; over the quota it is
    /// refused with the seconds to wait.
    pub fn admit(&self, group: Group, actor: &Actor, peer: Option<IpAddr>) -> Result<(), Error> {
        let (client, limit) = match actor.role {
            Some(role) => (
                Client::Token(actor.id.clone()),
                match role {
                    Role::Consulate => self.quotas.per_consulate,
                    Role::Inspector | Role::Admin => self.quotas.per_token,
                },
            ),
            // Without a peer address (in-process tests) every caller shares one window.
            None => (
                Client::Address(peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))),
                match group {
                    Group::Receipts => self.quotas.receipts_per_address,
                    _ => self.quotas.per_address,
                },
            ),
        };
        let limiter = match group {
            Group::Search => &self.search,
            Group::BulkVerify => &self.bulk_verify,
            Group::Complaints => &self.complaints,
            Group::Receipts => &self.receipts,
            Group::Stats => &self.stats,
        };
        limiter
            .check(client, limit)
            .map_err(|retry_after| Error::RateLimited { retry_after })
    }
}

/// Counts requests per key in fixed windows of `window`.
#[derive(Debug)]
pub struct RateLimiter<K> {
    window: Duration,
    windows: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Hash + Eq> RateLimiter<K> {
    pub fn new(window: Duration) -> RateLimiter<K> {
        RateLimiter {
            window,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request of `key` allowed `limit` per window; `Err(seconds)` tells
    /// how long to wait when over the limit.
    pub fn check(&self, key: K, limit: u32) -> Result<(), u64> {
        let now = Instant::now();
        let mut windows = match self.windows.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Forget finished windows now and then so the map cannot grow without bound.
        if windows.len() > 100_000 {
            let window = self.window;
            windows.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = windows.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= limit {
            let wait = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(wait.as_secs().max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

/// The client's address when the server knows it (served with connect info), for
/// per-address limits; `None` in in-process tests.
pub struct PeerAddress(pub Option<IpAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for PeerAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<PeerAddress, Self::Rejection> {
        Ok(PeerAddress(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(last: u8) -> Option<IpAddr> {
        Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, last)))
    }

    fn token(role: Role, id: &str) -> Actor {
        Actor {
            role: Some(role),
            id: id.into(),
            name: id.into(),
            jurisdictions: Vec::new(),
        }
    }

    #[test]
    fn limits_per_client_within_a_window() {
        let limiter = RateLimiter::new(Duration::from_secs(60));
        assert!(limiter.check(address(1), 2).is_ok());
        assert!(limiter.check(address(1), 2).is_ok());
        let wait = limiter
            .check(address(1), 2)
            .expect_err("third request is over the limit");
        assert!((1..=60).contains(&wait));
        assert!(
            limiter.check(address(2), 2).is_ok(),
            "another client has its own window"
        );
    }

    #[test]
    fn a_new_window_starts_after_the_old_one() {
        let limiter = RateLimiter::new(Duration::from_millis(20));
        assert!(limiter.check((), 1).is_ok());
        assert!(limiter.check((), 1).is_err());
        std::thread::sleep(Duration::from_millis(25));
        assert!(limiter.check((), 1).is_ok());
    }

    #[test]
    fn tokens_are_counted_apart_from_addresses_and_consulates_get_more() {
        let limits = Limits::new(Quotas {
            per_address: 1,
            receipts_per_address: 1,
            per_token: 2,
            per_consulate: 3,
        });
        let public = Actor::public();
        let admit = |actor: &Actor, peer| limits.admit(Group::Search, actor, peer).is_ok();
        assert!(admit(&public, address(1)));
        assert!(!admit(&public, address(1)), "second anonymous search");
        let inspector = token(Role::Inspector, "t-inspector");
        let consulate = token(Role::Consulate, "t-consulate");
        // Same address, but a token has its own count.
        let inspector_admitted = (0..4).filter(|_| admit(&inspector, address(1))).count();
        let consulate_admitted = (0..4).filter(|_| admit(&consulate, address(1))).count();
        assert_eq!((inspector_admitted, consulate_admitted), (2, 3));
        // Each group has its own window.
        assert!(limits.admit(Group::Complaints, &public, address(1)).is_ok());
        match limits.admit(Group::Search, &public, address(1)) {
            Err(Error::RateLimited { retry_after }) => assert!((1..=60).contains(&retry_after)),
            other => panic!("expected a rate limit, got {other:?}"),
        }
    }
}
