//! Which error type where:
//! - domain modules return their own `thiserror` enums and convert into [`AppError`] once;
//! - handlers return `Result<_, AppError>`; its `ResponseError` answers `application/problem+json`,
//!   and the `error_pages` middleware (in `web`) turns that into a translated HTML page for
//!   every request outside `/api/`;
//! - a form that fails validation is not an error: the handler re-renders it with 422.
//!
//! Internal details never reach the client: `Unexpected` is logged with its whole chain and
//! answered with a generic message.
use actix_web::{HttpResponse, ResponseError, http::StatusCode};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;

/// A problem with one input field, for 422 answers of the JSON API.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as named in the request (`answers.q3`, `email`).
    pub field: String,
    /// What is wrong, in the reader's language.
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("authentication required")]
    Unauthenticated,
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Gone(String),
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request body did not arrive within the time limit.
    #[error("the request body took too long to arrive")]
    RequestTimeout,
    #[error("method not allowed")]
    MethodNotAllowed(Vec<actix_web::http::Method>),
    #[error("too many requests")]
    TooManyRequests,
    #[error("service temporarily unavailable")]
    Unavailable,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// The `application/problem+json` body (RFC 9457).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl AppError {
    /// Wraps an infrastructure error with a sentence saying what was being done.
    pub fn context(err: impl Into<anyhow::Error>, what: impl Into<String>) -> Self {
        Self::from(err.into().context(what.into()))
    }

    fn detail(&self) -> Option<String> {
        match self {
            Self::BadRequest(m)
            | Self::Conflict(m)
            | Self::Gone(m)
            | Self::UnsupportedMediaType(m) => Some(m.clone()),
            _ => None,
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Gone(_) => StatusCode::GONE,
            Self::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(err) if database_away(err) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let away = matches!(self, Self::Unexpected(err) if database_away(err));
        if let Self::Unexpected(err) = self {
            if away {
                tracing::warn!(error = format!("{err:#}"), "database unavailable");
            } else {
                tracing::error!(error = format!("{err:#}"), "request failed");
            }
        }
        let problem = Problem {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: self.detail(),
            errors: match self {
                Self::Invalid(errors) => errors.clone(),
                _ => Vec::new(),
            },
        };
        let mut res = HttpResponse::build(status);
        res.content_type("application/problem+json");
        if away || matches!(self, Self::TooManyRequests | Self::Unavailable) {
            res.insert_header(("Retry-After", "5"));
        }
        if matches!(self, Self::Unauthenticated) {
            res.insert_header(("WWW-Authenticate", "Bearer"));
        }
        if let Self::MethodNotAllowed(allowed) = self {
            let allow: Vec<&str> = allowed
                .iter()
                .map(actix_web::http::Method::as_str)
                .collect();
            res.insert_header(("Allow", allow.join(", ")));
        }
        res.json(problem)
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        if matches!(err, DbErr::RecordNotFound(_)) {
            return Self::NotFound;
        }
        if let Some(SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Self::Conflict("This already exists.".into());
        }
        if is_unavailable(&err) {
            tracing::warn!(error = %err, "database unavailable");
            return Self::Unavailable;
        }
        Self::Unexpected(anyhow::Error::new(err).context("Database query failed"))
    }
}

/// Whether an error with context is, underneath, the database being away: answered 503 with
/// `Retry-After` like [`AppError::Unavailable`], not 500.
fn database_away(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<DbErr>())
        .any(is_unavailable)
}

/// Whether the database is away (connection refused, pool exhausted) or cannot write for now
/// (disk full, database file read-only, I/O error), as opposed to a bad query: the request
/// may succeed later, so it is answered 503 with `Retry-After`.
pub fn is_unavailable(err: &DbErr) -> bool {
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(e) | DbErr::Query(e) => {
            let text = e.to_string();
            [
                "connection",
                "closed",
                "broken pipe",
                "timed out",
                "database is locked",
                "terminating",
                // SQLite: SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR.
                "database or disk is full",
                "readonly database",
                "disk i/o error",
                // PostgreSQL: ENOSPC while extending a file or writing WAL.
                "no space left on device",
            ]
            .iter()
            .any(|needle| text.to_lowercase().contains(needle))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::RuntimeErr;

    use super::*;

    fn exec(message: &str) -> DbErr {
        DbErr::Exec(RuntimeErr::Internal(message.into()))
    }

    #[test]
    fn a_full_disk_or_read_only_file_is_unavailable_but_a_bad_query_is_not() {
        for away in [
            "error returned from database: (code: 13) database or disk is full",
            "error returned from database: (code: 8) attempt to write a readonly database",
            "error returned from database: (code: 778) disk I/O error",
            "could not extend file \"base/16384/16385\": No space left on device",
            "error returned from database: (code: 5) database is locked",
        ] {
            assert!(is_unavailable(&exec(away)), "{away}");
        }
        assert!(!is_unavailable(&exec(
            "error returned from database: no such column: nope"
        )));
        assert!(!is_unavailable(&DbErr::RecordNotFound("x".into())));
    }
}
