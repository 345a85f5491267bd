//! Load shedding and slow clients.
//!
//! At most `max_inflight` requests are served at once. Beyond that a request is answered at
//! once with 503 and `Retry-After` rather than queued, so memory stays bounded under any
//! burst and the requests already admitted keep their latency.
//!
//! A request's body is received *before* it takes its place among them, and must arrive
//! within `body_timeout_secs` (408 otherwise): a client trickling its body a byte at a time
//! holds a connection, never a place that others need. Bodies are capped (`max_body_kb`), so
//! what waits in memory is bounded by the connections, and those are capped per client
//! address (`max_connections_per_client`).
use std::{
    collections::HashMap,
    hash::{BuildHasher, RandomState},
    net::IpAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

use actix_web::{
    HttpMessage,
    body::{EitherBody, MessageBody},
    dev::{Extensions, ServiceRequest, ServiceResponse},
    http::header,
    middleware::Next,
    web,
};
use futures_util::StreamExt;

use super::Shell;
use crate::error::AppError;

/// Middleware receiving the body within its time limit, then admitting the request only while
/// fewer than `max_inflight` are being served. Health checks always pass, so an orchestrator
/// does not restart a busy instance (`/readyz` says when it is saturated).
///
/// Refusals are responses, not errors, so that the security headers and the translated
/// error page wrap them like any other answer.
///
/// # Errors
/// Those of the inner service.
pub async fn shed(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if matches!(req.path(), "/healthz" | "/readyz") {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let Some(shell) = req.app_data::<web::Data<Shell>>().cloned() else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    if req
        .conn_data::<ConnectionSlot>()
        .is_some_and(|slot| slot.over_cap)
    {
        let mut res = req.error_response(AppError::TooManyRequests);
        // The client is over its share of connections: this one is not kept.
        res.response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
        return Ok(res.map_into_right_body());
    }
    let (limit, timeout) = if super::is_upload(req.method(), req.path()) {
        (super::UPLOAD_BODY_LIMIT, super::UPLOAD_BODY_TIMEOUT)
    } else {
        (shell.max_body, shell.body_timeout)
    };
    match receive_body(&mut req, limit, timeout).await {
        Ok(Some(body)) => req.set_payload(body.into()),
        Ok(None) => {}
        Err(err) => return Ok(req.error_response(err).map_into_right_body()),
    }
    let Ok(_permit) = shell.inflight.clone().try_acquire_owned() else {
        shell.metrics.shed();
        return Ok(req
            .error_response(AppError::Unavailable)
            .map_into_right_body());
    };
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// Reads the whole body (when there is one) within `timeout` and `limit` bytes.
async fn receive_body(
    req: &mut ServiceRequest,
    limit: usize,
    timeout: Duration,
) -> Result<Option<web::Bytes>, AppError> {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok());
    let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
    if declared.unwrap_or(0) == 0 && !chunked {
        return Ok(None);
    }
    if declared.is_some_and(|n| n > limit) {
        return Err(AppError::PayloadTooLarge);
    }
    let mut payload = req.take_payload();
    let read = async {
        let mut body = web::BytesMut::with_capacity(declared.unwrap_or(0));
        while let Some(chunk) = payload.next().await {
            let chunk = chunk
                .map_err(|e| AppError::BadRequest(format!("The body could not be read: {e}")))?;
            if body.len() + chunk.len() > limit {
                return Err(AppError::PayloadTooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    };
    match tokio::time::timeout(timeout, read).await {
        Ok(body) => body.map(Some),
        Err(_) => Err(AppError::RequestTimeout),
    }
}

/// Open connections per client, told apart by a hash of their address salted with a random
/// value of this process (held in memory only, never written or logged).
pub struct Connections {
    cap: usize,
    trusted: Arc<super::client::TrustedProxies>,
    salt: RandomState,
    open: Mutex<HashMap<u64, usize>>,
}

/// A connection's place in [`Connections`], kept in the connection's data: dropping it
/// (the connection closes) frees the place.
pub struct ConnectionSlot {
    connections: Arc<Connections>,
    client: u64,
    /// The client had `cap` connections open already: requests on this one are refused.
    pub over_cap: bool,
}

impl Connections {
    /// At most `cap` connections per client address (0: no cap). Connections from trusted
    /// proxies are not counted: every client behind them shares their address.
    pub fn new(cap: usize, trusted: Arc<super::client::TrustedProxies>) -> Arc<Self> {
        Arc::new(Self {
            cap,
            trusted,
            salt: RandomState::new(),
            open: Mutex::new(HashMap::new()),
        })
    }

    /// Counts a new connection from `peer` and keeps its slot in the connection's data
    /// (`HttpServer::on_connect`).
    pub fn on_connect(self: &Arc<Self>, connection: &dyn std::any::Any, data: &mut Extensions) {
        if self.cap == 0 {
            return;
        }
        let Some(peer) = connection
            .downcast_ref::<actix_web::rt::net::TcpStream>()
            .and_then(|s| s.peer_addr().ok())
        else {
            return;
        };
        if self.trusted.trusts(peer.ip()) {
            return;
        }
        data.insert(self.open_slot(peer.ip()));
    }

    fn open_slot(self: &Arc<Self>, ip: IpAddr) -> ConnectionSlot {
        let client = self.salt.hash_one(ip);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let count = open.entry(client).or_insert(0);
        *count += 1;
        ConnectionSlot {
            connections: self.clone(),
            client,
            over_cap: *count > self.cap,
        }
    }
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        let mut open = self
            .connections
            .open
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(count) = open.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_its_connection_cap_is_marked_and_its_places_come_back() {
        let connections = Connections::new(2, Arc::default());
        let ip: IpAddr = [127, 0, 0, 2].into();
        let first = connections.open_slot(ip);
        let second = connections.open_slot(ip);
        let third = connections.open_slot(ip);
        assert!(!first.over_cap && !second.over_cap && third.over_cap);
        assert!(!connections.open_slot([127, 0, 0, 3].into()).over_cap);
        drop((first, third));
        assert!(!connections.open_slot(ip).over_cap);
        drop(second);
        assert!(connections.open.lock().unwrap().is_empty());
    }
}
