//! Where a webhook may point: an http(s) URL whose host is on the admin's
//! allow-list and whose addresses are public. The addresses are checked again at
//! every delivery, after resolving the name, and the request goes to the checked
//! address, so a name that later resolves to an internal service (DNS rebinding)
//! cannot turn deliveries against the server's own network.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::Url;

use super::WebhookConfig;

/// Why a target is refused, in words an admin or a consulate can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("must be an absolute http or https URL")]
    NotHttp,
    #[error("must not carry a user name or password")]
    Credentials,
    #[error("its host {0} is not on this server's webhook allow-list (FAIRRECRUIT_WEBHOOK_HOSTS)")]
    NotAllowed(String),
    #[error("its host {0} is a loopback, private or other non-public address")]
    Private(String),
    #[error("its host {0} does not resolve")]
    Unresolved(String),
}

/// Checks a URL at registration: scheme, credentials, allow-list, and an address
/// literal's range. Names are resolved at delivery.
pub fn check_url(raw: &str, config: &WebhookConfig) -> Result<Url, TargetError> {
    let url = Url::parse(raw.trim()).map_err(|_| TargetError::NotHttp)?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(TargetError::NotHttp);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(TargetError::Credentials);
    }
    let host = host_of(&url).ok_or(TargetError::NotHttp)?;
    if !config.allowed_hosts.contains(&host) {
        return Err(TargetError::NotAllowed(host));
    }
    if let Ok(address) = host.trim_matches(['[', ']']).parse::<IpAddr>() {
        if !config.allow_private && !is_public(address) {
            return Err(TargetError::Private(host));
        }
    }
    Ok(url)
}

/// The lower-cased host of a URL, IPv6 literals in brackets.
fn host_of(url: &Url) -> Option<String> {
    url.host_str()
        .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
}

/// Resolves the URL's host and returns the address to connect to, refusing
/// non-public addresses unless the configuration allows them.
pub async fn resolve(url: &Url, config: &WebhookConfig) -> Result<SocketAddr, TargetError> {
    let host = host_of(url).ok_or(TargetError::NotHttp)?;
    let port = url.port_or_known_default().ok_or(TargetError::NotHttp)?;
    let bare = host.trim_matches(['[', ']']).to_string();
    let addresses: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
        Ok(address) => vec![SocketAddr::new(address, port)],
        Err(_) => tokio::net::lookup_host((bare.as_str(), port))
            .await
            .map_err(|_| TargetError::Unresolved(host.clone()))?
            .collect(),
    };
    // Every address must pass: a name with one public and one internal address
    // could otherwise be steered to the internal one.
    if !config.allow_private && addresses.iter().any(|a| !is_public(a.ip())) {
        return Err(TargetError::Private(host));
    }
    addresses
        .first()
        .copied()
        .ok_or(TargetError::Unresolved(host))
}

/// Whether an address is on the public internet.
pub fn is_public(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(a: Ipv4Addr) -> bool {
    let [first, second, ..] = a.octets();
    !(a.is_unspecified()
        || a.is_loopback()
        || a.is_private()
        || a.is_link_local()
        || a.is_broadcast()
        || a.is_documentation()
        || a.is_multicast()
        // 100.64.0.0/10, carrier-grade NAT.
        || (first == 100 && (64..128).contains(&second))
        // 0.0.0.0/8 and 240.0.0.0/4 (reserved).
        || first == 0
        || first >= 240
        // 192.0.0.0/24, IETF protocol assignments; 198.18.0.0/15, benchmarking.
        || (first == 192 && second == 0 && a.octets()[2] == 0)
        || (first == 198 && (18..20).contains(&second)))
}

fn is_public_v6(a: Ipv6Addr) -> bool {
    let first = a.segments()[0];
    !(a.is_unspecified()
        || a.is_loopback()
        || a.is_multicast()
        // fc00::/7 unique local, fe80::/10 link-local, 2001:db8::/32 documentation.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first == 0x2001 && a.segments()[1] == 0x0db8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(hosts: &str, allow_private: bool) -> WebhookConfig {
        WebhookConfig {
            allowed_hosts: WebhookConfig::hosts_from(hosts),
            allow_private,
            ..WebhookConfig::default()
        }
    }

    #[test]
    fn only_allowed_http_hosts_without_credentials() {
        let c = config("hooks.consulate.example, 203.0.114.7", false);
        assert!(check_url("https://hooks.consulate.example/fairrecruit", &c).is_ok());
        assert!(check_url("http://HOOKS.consulate.example./x", &c).is_ok());
        assert_eq!(
            check_url("ftp://hooks.consulate.example/", &c),
            Err(TargetError::NotHttp)
        );
        assert_eq!(check_url("not a url", &c), Err(TargetError::NotHttp));
        assert_eq!(
            check_url("https://user:pw@hooks.consulate.example/", &c),
            Err(TargetError::Credentials)
        );
        assert_eq!(
            check_url("https://evil.example/", &c),
            Err(TargetError::NotAllowed("evil.example".into()))
        );
    }

    #[test]
    fn private_literals_need_the_configuration() {
        let closed = config("127.0.0.1, [::1], 10.1.2.3", false);
        for url in [
            "http://127.0.0.1:9000/",
            "http://[::1]/",
            "http://10.1.2.3/",
        ] {
            assert!(
                matches!(check_url(url, &closed), Err(TargetError::Private(_))),
                "{url}"
            );
        }
        let open = config("127.0.0.1", true);
        assert!(check_url("http://127.0.0.1:9000/", &open).is_ok());
    }

    #[test]
    fn address_ranges() {
        for private in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
        ] {
            assert!(
                !is_public(private.parse().unwrap_or_else(|_| panic!("{private}"))),
                "{private}"
            );
        }
        for public in [
            "8.8.8.8",
            "203.0.114.7",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(
                is_public(public.parse().unwrap_or_else(|_| panic!("{public}"))),
                "{public}"
            );
        }
    }

    #[tokio::test]
    async fn resolution_refuses_a_name_of_the_loopback() {
        let c = config("localhost", false);
        let url = Url::parse("http://localhost:8080/").unwrap_or_else(|_| unreachable!());
        assert_eq!(
            resolve(&url, &c).await,
            Err(TargetError::Private("localhost".into()))
        );
        let open = config("localhost", true);
        assert!(resolve(&url, &open)
            .await
            .is_ok_and(|a| a.ip().is_loopback()));
    }
}
