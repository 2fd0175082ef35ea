//! A small fixed-window rate limiter keyed by client address, for endpoints where
//! guessing must be slow (receipt status). Fuller per-token quotas come with the
//! consulate API.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Allows `limit` requests per `window` per client address.
#[derive(Debug)]
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit,
            window,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request; `Err(seconds)` tells how long to wait when over the limit.
    pub fn check(&self, client: Option<IpAddr>) -> Result<(), u64> {
        // Without a peer address (in-process tests) every caller shares one window.
        let client = client.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
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
        let entry = windows.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.limit {
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

    #[test]
    fn limits_per_client_within_a_window() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let a = Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)));
        let b = Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 2)));
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        let wait = limiter
            .check(a)
            .expect_err("third request is over the limit");
        assert!((1..=60).contains(&wait));
        assert!(
            limiter.check(b).is_ok(),
            "another client has its own window"
        );
    }

    #[test]
    fn a_new_window_starts_after_the_old_one() {
        let limiter = RateLimiter::new(1, Duration::from_millis(20));
        assert!(limiter.check(None).is_ok());
        assert!(limiter.check(None).is_err());
        std::thread::sleep(Duration::from_millis(25));
        assert!(limiter.check(None).is_ok());
    }
}
