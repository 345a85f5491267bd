//! Who the client is, for per-client limits: the peer's address, or, when the peer is one of
//! the operator's trusted proxies (`CONSULTA_TRUSTED_PROXIES`), the address the proxies say
//! they received the request from. Addresses are only ever used in memory, hashed.
use std::net::IpAddr;

use actix_web::{HttpRequest, http::header::HeaderMap, web};
use ipnet::IpNet;

/// The networks whose `Forwarded` / `X-Forwarded-For` headers are believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// The proxies of the settings (validated when they were loaded).
    pub fn from_settings(settings: &crate::config::Settings) -> Self {
        Self(settings.trusted_proxy_networks().unwrap_or_default())
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client of a request that came from `peer`: `peer` itself unless it is trusted;
    /// else the rightmost hop of the forwarding headers that is not a trusted proxy (hops to
    /// its left were written by the client and can be forged).
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded_hops(headers).into_iter().rev() {
            // An unreadable hop ("unknown", an obfuscated name) ends the chain of trust.
            let Some(ip) = hop else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }
}

/// The hops of `Forwarded` (RFC 7239, `for=`), or else of `X-Forwarded-For`, left to right.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name: &str| {
        headers
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>()
    };
    let forwarded: Vec<Option<IpAddr>> = values("forwarded")
        .into_iter()
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (key, value) = pair.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| parse_node(value.trim().trim_matches('"')))
            })
        })
        .collect();
    if !forwarded.is_empty() {
        return forwarded;
    }
    values("x-forwarded-for")
        .into_iter()
        .map(parse_node)
        .collect()
}

/// `203.0.113.7`, `203.0.113.7:4711`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(ip) = node.parse() {
        return Some(ip);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    node.rsplit_once(':')?.0.parse().ok()
}

/// The client address of a request (see [`TrustedProxies::client`]).
pub fn address(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    Some(match req.app_data::<web::Data<super::Shell>>() {
        Some(shell) => shell.trusted_proxies.client(peer, req.headers()),
        None => peer,
    })
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use actix_web::http::header::{HeaderName, HeaderValue};

    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_str(name).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn list(text: &str) -> Result<TrustedProxies, String> {
        crate::config::parse_networks(text).map(TrustedProxies)
    }

    #[test]
    fn lists_parse_and_bad_entries_are_named() {
        let proxies = list("10.0.0.0/8, 192.168.1.10 ::1").unwrap();
        assert!(proxies.trusts(ip("10.1.2.3")) && proxies.trusts(ip("192.168.1.10")));
        assert!(proxies.trusts(ip("::1")) && !proxies.trusts(ip("192.168.1.11")));
        assert!(list("").unwrap().0.is_empty());
        let err = list("10.0.0.0/8, proxy.local").unwrap_err();
        assert!(err.contains("proxy.local"), "{err}");
        assert!(list("10.0.0.0/33").is_err());
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_hop_behind_a_trusted_peer() {
        let list = list("10.0.0.0/8").unwrap();
        let forged = headers(&[("x-forwarded-for", "6.6.6.6, 203.0.113.7, 10.0.0.2")]);
        assert_eq!(list.client(ip("10.0.0.1"), &forged), ip("203.0.113.7"));
        // From an untrusted peer, the headers are ignored.
        assert_eq!(list.client(ip("198.51.100.1"), &forged), ip("198.51.100.1"));
        // Forwarded wins over X-Forwarded-For; ports and brackets are read.
        let both = headers(&[
            (
                "forwarded",
                "for=\"[2001:db8::1]:4711\";proto=https, for=10.0.0.3",
            ),
            ("x-forwarded-for", "6.6.6.6"),
        ]);
        assert_eq!(list.client(ip("10.0.0.1"), &both), ip("2001:db8::1"));
        let port = headers(&[("x-forwarded-for", "203.0.113.9:5000")]);
        assert_eq!(list.client(ip("10.0.0.1"), &port), ip("203.0.113.9"));
        // No header, or an unreadable hop: the last address that could be read.
        assert_eq!(
            list.client(ip("10.0.0.1"), &HeaderMap::new()),
            ip("10.0.0.1")
        );
        let unknown = headers(&[("forwarded", "for=unknown, for=10.0.0.4")]);
        assert_eq!(list.client(ip("10.0.0.1"), &unknown), ip("10.0.0.4"));
    }
}
