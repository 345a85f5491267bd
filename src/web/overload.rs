//! Load shedding: at most `max_inflight` requests are served at once. Beyond that a request
//! is answered at once with 503 and `Retry-After` rather than queued, so memory stays bounded
//! under any burst and the requests already admitted keep their latency.
use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    middleware::Next,
    web,
};

use super::Shell;
use crate::error::AppError;

/// Middleware admitting a request only while fewer than `max_inflight` are being served.
/// Health checks always pass, so an orchestrator does not restart a busy instance.
///
/// # Errors
/// [`AppError::Unavailable`] (503 with `Retry-After`) when the server is full.
pub async fn shed(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if matches!(req.path(), "/healthz" | "/readyz") {
        return next.call(req).await;
    }
    let Some(shell) = req.app_data::<web::Data<Shell>>() else {
        return next.call(req).await;
    };
    let Ok(_permit) = shell.inflight.clone().try_acquire_owned() else {
        shell.metrics.shed();
        return Err(AppError::Unavailable.into());
    };
    next.call(req).await
}
