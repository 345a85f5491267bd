//! HTTP glue shared by every feature: security headers, error pages, body limits, static
//! assets, health, metrics, rate limits, the site's own pages and the OpenAPI document. It
//! imports no feature: `startup` owns the route table.
pub mod assets;
pub mod client;
pub mod forms;
pub mod lenient;
pub mod metrics;
pub mod overload;
pub mod page_cache;
pub mod rate_limit;
pub mod site;

use actix_web::{
    HttpResponse,
    body::{BoxBody, EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    error::{JsonPayloadError, UrlencodedError},
    http::{Method, StatusCode, header},
    middleware::Next,
    web,
};
use askama::Template;
use utoipa::OpenApi;

use std::sync::Arc;

use crate::{error::AppError, i18n::Locale, state::AppState};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Consulta API",
        description = "Youth online consultations. Facilitators authenticate with `Authorization: Bearer <API token>`; \
                       respondents need no account. Errors are `application/problem+json`.",
        license(name = "MIT")
    ),
    components(schemas(crate::error::Problem, crate::error::FieldError)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The HTTP shell's own handles, registered once as app data.
pub struct Shell {
    pub metrics: metrics::Metrics,
    /// Limit for the pages anyone can reach without an account.
    pub public_limiter: Arc<rate_limit::ClientLimiter>,
    /// Limit for joining a running live session from one address: a whole room joins at
    /// once from a school's one address, so it is ten times the public limit.
    pub room_limiter: Arc<rate_limit::ClientLimiter>,
    /// Proxies whose forwarding headers name the client.
    pub trusted_proxies: Arc<client::TrustedProxies>,
    /// Requests being served now, at most `settings.max_inflight` (see [`overload`]).
    pub inflight: Arc<tokio::sync::Semaphore>,
    /// Open connections per client address (see [`overload`]).
    pub connections: Arc<overload::Connections>,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Time a request body has to arrive.
    pub body_timeout: std::time::Duration,
    /// The instance was asked to stop and waits for the proxy to notice: `/readyz` answers
    /// 503 while requests are still served (see `CONSULTA_DRAIN_SECONDS`).
    pub draining: Arc<std::sync::atomic::AtomicBool>,
    /// The instance is still preparing what answering needs (the moderation model, trained
    /// at start): `/readyz` answers 503 until it is done, so no request waits for it.
    pub warming: Arc<std::sync::atomic::AtomicBool>,
}

impl Shell {
    pub fn new(settings: &crate::config::Settings) -> Self {
        let trusted_proxies = Arc::new(client::TrustedProxies::from_settings(settings));
        Self {
            metrics: metrics::Metrics::default(),
            public_limiter: rate_limit::ClientLimiter::per_minute(settings.rate_limit_per_minute),
            room_limiter: rate_limit::ClientLimiter::per_minute(
                settings.rate_limit_per_minute.saturating_mul(10),
            ),
            trusted_proxies: trusted_proxies.clone(),
            inflight: Arc::new(tokio::sync::Semaphore::new(settings.max_inflight)),
            connections: overload::Connections::new(
                settings.max_connections_per_client,
                trusted_proxies,
            ),
            max_body: settings.max_body_kb * 1024,
            body_timeout: std::time::Duration::from_secs(settings.body_timeout_secs),
            draining: Arc::default(),
            warming: Arc::new(std::sync::atomic::AtomicBool::new(true)),
        }
    }

    /// Waits until the instance has started (see [`Shell::warming`]).
    pub async fn started(&self) {
        while self.warming.load(std::sync::atomic::Ordering::Relaxed) {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

/// Largest body of a request that uploads a document: a 25 MiB file, the form's fields and
/// the multipart framing, with room to read a slightly larger file and say "too large" next
/// to its field. Only the upload routes ([`is_upload`]) get it; every other body keeps
/// `max_body_kb`.
pub const UPLOAD_BODY_LIMIT: usize = 32 * 1024 * 1024;
/// Time an upload's body has to arrive (25 MiB over a slow link).
pub const UPLOAD_BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(600);

/// Whether a request uploads a meeting's document (`POST /manage/meetings/{id}/documents`,
/// `POST /manage/documents/{id}/files`): the routes allowed [`UPLOAD_BODY_LIMIT`].
pub fn is_upload(method: &Method, path: &str) -> bool {
    let numbered = |rest: &str, tail: &str| {
        rest.strip_suffix(tail)
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    };
    *method == Method::POST
        && (path
            .strip_prefix("/manage/meetings/")
            .is_some_and(|rest| numbered(rest, "/documents"))
            || path
                .strip_prefix("/manage/documents/")
                .is_some_and(|rest| numbered(rest, "/files")))
}

/// Counts one request of this client against the limit of public pages.
///
/// # Errors
/// [`AppError::TooManyRequests`] (429 with `Retry-After`) when the client is over its limit.
pub fn limit_public(req: &actix_web::HttpRequest) -> Result<(), AppError> {
    with_shell(req, |shell| shell.public_limiter.check(req))
}

/// Runs a limit of the HTTP shell; an app without the shell (a unit test) has no limits.
fn with_shell(
    req: &actix_web::HttpRequest,
    limit: impl FnOnce(&Shell) -> Result<(), AppError>,
) -> Result<(), AppError> {
    req.app_data::<web::Data<Shell>>()
        .map_or(Ok(()), |shell| limit(shell))
}

/// Counts a request of a live participant (`id`: their signed cookie's random id) against
/// the public limit of that participant, not of their address: a room of phones shares one
/// address, and each phone keeps its own budget.
///
/// # Errors
/// [`AppError::TooManyRequests`] when this participant is over the limit.
pub fn limit_participant(req: &actix_web::HttpRequest, id: &str) -> Result<(), AppError> {
    match req.app_data::<web::Data<Shell>>() {
        Some(shell) => shell
            .public_limiter
            .check_key(format!("participant:{id}").as_bytes()),
        None => Ok(()),
    }
}

/// Counts a request that joins a running live session against the room limit of its
/// address (ten times the public one: a whole class joins at once from one address).
///
/// # Errors
/// [`AppError::TooManyRequests`] when the address is over the room limit.
pub fn limit_joining(req: &actix_web::HttpRequest) -> Result<(), AppError> {
    with_shell(req, |shell| shell.room_limiter.check(req))
}

/// The site's own routes: assets, metrics, health and the pages that belong to no feature.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.configure(assets::routes).configure(metrics::routes);
        c
    });
    site::routes(cfg);
}

/// Body size limits and readable errors for malformed JSON and forms.
pub fn body_limits(max_bytes: usize) -> (web::PayloadConfig, web::JsonConfig, web::FormConfig) {
    let json = web::JsonConfig::default()
        .limit(max_bytes)
        .error_handler(|err, _req| {
            let app_err = match &err {
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => AppError::PayloadTooLarge,
                JsonPayloadError::ContentType => AppError::BadRequest(
                    "The body must be JSON (Content-Type: application/json).".into(),
                ),
                JsonPayloadError::Deserialize(e) => {
                    AppError::BadRequest(format!("The JSON body is malformed: {e}"))
                }
                other => AppError::BadRequest(format!("The JSON body could not be read: {other}")),
            };
            app_err.into()
        });
    let form = web::FormConfig::default()
        .limit(max_bytes)
        .error_handler(|err, _req| {
            let app_err = match &err {
                UrlencodedError::Overflow { .. } => AppError::PayloadTooLarge,
                other => AppError::BadRequest(format!("The form could not be read: {other}")),
            };
            app_err.into()
        });
    (web::PayloadConfig::new(max_bytes), json, form)
}

/// `/manage/c/{slug}/preview/phone…`: the journey in a facilitator's preview frame.
fn is_preview_frame(path: &str) -> bool {
    path.strip_prefix("/manage/c/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(_, rest)| rest.starts_with("preview/phone"))
}

/// Security headers on every response. The API docs page gets the one relaxation Swagger UI
/// needs (inline styles); nothing anywhere may load from another origin.
pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let docs = req.path().starts_with("/api/docs");
    let framed = is_preview_frame(req.path());
    let hsts = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.behind_tls);
    let mut res = next.call(req).await?;
    let headers = res.headers_mut();
    let csp = if docs {
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    } else {
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    };
    // The facilitators' preview of the journey is shown in a frame of the editor's own
    // pages; nothing else may be framed, by anyone.
    let csp = if framed {
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    } else {
        csp
    };
    let pairs = [
        (header::CONTENT_SECURITY_POLICY, csp),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::X_FRAME_OPTIONS,
            if framed { "SAMEORIGIN" } else { "DENY" },
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in pairs {
        headers.insert(name, header::HeaderValue::from_static(value));
    }
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            header::HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorPage {
    l: Locale,
    status: u16,
    title: String,
    message: String,
}

/// Turns error responses of pages (everything outside `/api/`) into a translated HTML page;
/// API errors stay `application/problem+json`.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    let path = res.request().path();
    // The probes answer JSON for machines, even when not ready.
    let is_page = !path.starts_with("/api/")
        && !path.starts_with("/metrics")
        && !matches!(path, "/healthz" | "/readyz");
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if status.as_u16() < 400 || !is_page || is_html {
        return Ok(res);
    }
    if status == StatusCode::UNAUTHORIZED {
        // A page that needs an adult sends the browser to sign in, then back.
        let next = res
            .request()
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        let (req, _) = res.into_parts();
        let login = HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                format!("/login?next={}", percent_encode(&next)),
            ))
            .finish();
        return Ok(ServiceResponse::new(req, login));
    }
    let l = crate::i18n::locale_of(res.request());
    let page = error_page(&l, status);
    let mut html = HttpResponse::build(status);
    html.content_type("text/html; charset=utf-8");
    for name in [header::RETRY_AFTER, header::ALLOW] {
        if let Some(value) = res.headers().get(&name) {
            html.insert_header((name, value.clone()));
        }
    }
    if res.response().head().connection_type() == actix_web::http::ConnectionType::Close {
        html.force_close();
    }
    let (req, _) = res.into_parts();
    Ok(ServiceResponse::new(req, html.body(page)))
}

fn error_page(l: &Locale, status: StatusCode) -> String {
    let key = match status.as_u16() {
        400 | 408 | 415 | 422 => "error-bad-request",
        401 => "error-unauthenticated",
        403 => "error-forbidden",
        404 => "error-not-found",
        405 => "error-method",
        409 => "error-conflict",
        410 => "error-gone",
        413 => "error-too-large",
        429 => "error-too-many",
        503 => "error-unavailable",
        _ => "error-unexpected",
    };
    ErrorPage {
        l: l.clone(),
        status: status.as_u16(),
        title: l.t(&format!("{key}-title")),
        message: l.t(key),
    }
    .render()
    .unwrap_or_else(|_| status.to_string())
}

/// Percent-encodes everything but unreserved characters and `/`.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Refuses state-changing page requests sent from another site (a second line of defence
/// behind CSRF tokens and SameSite cookies; also covers the respondents' cookie-less forms).
pub async fn same_origin_writes(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let writes = !matches!(req.method().as_str(), "GET" | "HEAD" | "OPTIONS");
    if writes && !req.path().starts_with("/api/") {
        let cross_site = req
            .headers()
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v == "cross-site");
        let host = req.connection_info().host().to_owned();
        let foreign_origin = req
            .headers()
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .filter(|o| *o != "null")
            .is_some_and(|origin| origin.split_once("://").map(|(_, h)| h) != Some(host.as_str()));
        if cross_site || foreign_origin {
            // A response, not an error: the outer middleware (error page, security
            // headers) wraps it.
            return Ok(req
                .error_response(AppError::Forbidden)
                .map_into_right_body());
        }
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// The methods of every documented API path, read from the OpenAPI document once.
pub struct ApiMethods(Vec<(actix_web::dev::ResourceDef, Vec<Method>)>);

impl ApiMethods {
    pub fn of(api: &utoipa::openapi::OpenApi) -> Self {
        let routes = api
            .paths
            .paths
            .iter()
            .map(|(pattern, item)| {
                let methods = [
                    (Method::GET, item.get.is_some()),
                    (Method::POST, item.post.is_some()),
                    (Method::PUT, item.put.is_some()),
                    (Method::PATCH, item.patch.is_some()),
                    (Method::DELETE, item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (actix_web::dev::ResourceDef::new(pattern.as_str()), methods)
            })
            .collect();
        Self(routes)
    }

    fn methods_of(&self, path: &str) -> Option<Vec<Method>> {
        let methods: Vec<Method> = self
            .0
            .iter()
            .filter(|(def, _)| def.is_match(path))
            .flat_map(|(_, methods)| methods.iter().cloned())
            .collect();
        (!methods.is_empty()).then_some(methods)
    }
}

/// The answer for a request no route took: 405 with `Allow` when the path is known with
/// other methods (a page or problem+json, as every error), 404 otherwise.
pub async fn no_route(
    req: actix_web::HttpRequest,
    api: Option<web::Data<ApiMethods>>,
) -> Result<HttpResponse, AppError> {
    let path = req.path();
    if let Some(allowed) = api.and_then(|api| api.methods_of(path)) {
        return Err(AppError::MethodNotAllowed(allowed));
    }
    if !req.resource_map().has_resource(path) {
        return Err(AppError::NotFound);
    }
    // Pages are read with GET and sent with POST (HTML forms know no other methods). Routes
    // are matched by method first, so a GET that no route took has a POST route, and the
    // other way round; for any other method either may exist.
    let allowed = match *req.method() {
        Method::GET => vec![Method::POST],
        Method::POST => vec![Method::GET],
        _ => vec![Method::GET, Method::POST],
    };
    Err(AppError::MethodNotAllowed(allowed))
}

/// Pages of the adults (sign-in, accounts, authoring, administration, the presenter view).
/// Everything else may be read by a young person.
const ADULT_PAGES: [&str; 10] = [
    "/manage",
    "/admin",
    "/account",
    "/login",
    "/logout",
    "/password-reset",
    "/setup",
    "/invitations",
    "/groups",
    "/present",
];

fn is_adult_page(path: &str) -> bool {
    ADULT_PAGES.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Remembers an explicit language choice (`?lang=`) of an adult in a session cookie so the
/// next page keeps it. Only set when the reader chose; never a tracking id. Young people get
/// no cookie at all: on the pages they may read, the choice travels in the URL (every link
/// and form of the journey carries `lang`).
pub async fn remember_language(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let chosen = crate::i18n::url_query_value(req.query_string(), "lang")
        .filter(|c| crate::i18n::is_available(c))
        .filter(|_| is_adult_page(req.path()));
    let current = req
        .cookie(crate::i18n::LANG_COOKIE)
        .map(|c| c.value().to_owned());
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.behind_tls);
    let mut res = next.call(req).await?;
    if let Some(code) = chosen.filter(|c| current.as_deref() != Some(c.as_str())) {
        let cookie = actix_web::cookie::Cookie::build(crate::i18n::LANG_COOKIE, code)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(actix_web::cookie::SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

/// A page anyone may cache (public, the same for every reader), with `status`.
///
/// # Errors
/// When the template fails to render.
pub fn page(status: StatusCode, template: &impl Template) -> Result<HttpResponse, AppError> {
    let body = template
        .render()
        .map_err(|e| AppError::context(e, "Failed to render a page"))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// A page that is never cached (personal, or changing with every answer), with `status`.
///
/// # Errors
/// When the template fails to render.
pub fn no_store_page(
    status: StatusCode,
    template: &impl Template,
) -> Result<HttpResponse, AppError> {
    let body = template
        .render()
        .map_err(|e| AppError::context(e, "Failed to render a page"))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// Marks a response as personal (never cached by shared caches or the back button).
pub fn no_store(mut res: HttpResponse) -> HttpResponse {
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    res
}
