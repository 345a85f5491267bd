//! Operator metrics in the Prometheus text format: requests and latencies by route pattern
//! (never by raw path, so no slug or code leaks in), database pool use, responses stored.
use std::{
    collections::BTreeMap,
    fmt::Write,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Instant,
};

use actix_web::{
    HttpResponse,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    get,
    http::header,
    middleware::Next,
    web,
};
use sea_orm::{DatabaseConnection, DbBackend};

use super::Shell;
use crate::{error::AppError, state::AppState};

const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
struct RouteStats {
    count: u64,
    sum_seconds: f64,
    buckets: [u64; BUCKETS.len()],
}

/// Counters shared by all workers.
#[derive(Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<(String, String, u16), RouteStats>>,
    responses_stored: AtomicU64,
    requests_shed: AtomicU64,
}

impl Metrics {
    /// Counts a young person's response stored (the participation module calls it after commit).
    pub fn response_stored(&self) {
        self.responses_stored.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts a request refused with 503 because the server was full (`web::overload`).
    pub fn shed(&self) {
        self.requests_shed.fetch_add(1, Ordering::Relaxed);
    }

    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        let stats = routes
            .entry((method.to_owned(), route.to_owned(), status))
            .or_default();
        stats.count += 1;
        stats.sum_seconds += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                stats.buckets[i] += 1;
            }
        }
    }

    fn render(&self, db: &DatabaseConnection) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP consulta_http_requests_total HTTP requests by route pattern and status.\n",
        );
        out.push_str("# TYPE consulta_http_requests_total counter\n");
        let routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        for ((method, route, status), s) in routes.iter() {
            let _ = writeln!(
                out,
                "consulta_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {}",
                s.count
            );
        }
        out.push_str(
            "# HELP consulta_http_request_duration_seconds Request latency by route pattern.\n",
        );
        out.push_str("# TYPE consulta_http_request_duration_seconds histogram\n");
        let mut by_route: BTreeMap<(&str, &str), RouteStats> = BTreeMap::new();
        for ((method, route, _), s) in routes.iter() {
            let agg = by_route.entry((method, route)).or_default();
            agg.count += s.count;
            agg.sum_seconds += s.sum_seconds;
            for (a, b) in agg.buckets.iter_mut().zip(s.buckets) {
                *a += b;
            }
        }
        for ((method, route), s) in &by_route {
            let labels = format!("method=\"{method}\",route=\"{route}\"");
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(
                    out,
                    "consulta_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "consulta_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "consulta_http_request_duration_seconds_sum{{{labels}}} {}",
                s.sum_seconds
            );
            let _ = writeln!(
                out,
                "consulta_http_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        let (size, idle) = pool_use(db);
        out.push_str("# HELP consulta_db_pool_connections Database pool connections by state.\n");
        out.push_str("# TYPE consulta_db_pool_connections gauge\n");
        let _ = writeln!(out, "consulta_db_pool_connections{{state=\"idle\"}} {idle}");
        let _ = writeln!(
            out,
            "consulta_db_pool_connections{{state=\"in_use\"}} {}",
            size.saturating_sub(idle)
        );
        out.push_str("# HELP consulta_responses_stored_total Responses of young people stored by this instance.\n");
        out.push_str("# TYPE consulta_responses_stored_total counter\n");
        let _ = writeln!(
            out,
            "consulta_responses_stored_total {}",
            self.responses_stored.load(Ordering::Relaxed)
        );
        out.push_str("# HELP consulta_requests_shed_total Requests refused with 503 because the server was full.\n");
        out.push_str("# TYPE consulta_requests_shed_total counter\n");
        let _ = writeln!(
            out,
            "consulta_requests_shed_total {}",
            self.requests_shed.load(Ordering::Relaxed)
        );
        out
    }
}

fn pool_use(db: &DatabaseConnection) -> (u32, u32) {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        _ => (0, 0),
    }
}

/// Counts a young person's response stored, on this request's instance.
pub fn response_stored(req: &actix_web::HttpRequest) {
    if let Some(shell) = req.app_data::<web::Data<Shell>>() {
        shell.metrics.response_stored();
    }
}

/// Middleware recording every request by its route pattern.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let shell = req.app_data::<web::Data<Shell>>().cloned();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    if let Some(shell) = shell {
        let route = res
            .request()
            .match_pattern()
            .unwrap_or_else(|| "unmatched".to_owned());
        shell.metrics.observe(
            &method,
            &route,
            res.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(res)
}

#[get("/metrics")]
async fn show_metrics(
    state: web::Data<AppState>,
    shell: web::Data<Shell>,
    req: actix_web::HttpRequest,
) -> Result<HttpResponse, AppError> {
    if !state.settings.metrics_enabled {
        return Err(AppError::NotFound);
    }
    let token = state.settings.metrics_token.expose();
    if !token.is_empty() {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if given != Some(token) {
            return Err(AppError::Unauthenticated);
        }
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(shell.metrics.render(&state.db)))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(show_metrics);
}
