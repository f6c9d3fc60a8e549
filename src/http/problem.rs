//! Errors as `application/problem+json` (RFC 9457). Internal errors are logged with their
//! detail and answered with a generic text: a client learns only what it may know.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::app::AppError;
use crate::search::SearchError;
use crate::store::StoreError;

/// An HTTP error answer.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Seconds to wait before trying again (throttled logins, 503).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Problem {
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: Some(detail.into()),
            retry_after: None,
        }
    }

    pub fn not_found() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "Nicht gefunden")
    }
}

/// A numeric id from a path: one that is no number names nothing (404, like an id that does
/// not exist).
pub fn path_id(raw: &str) -> Result<i64, Problem> {
    raw.parse().map_err(|_| Problem::not_found())
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry = self.retry_after;
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = retry {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                headers.insert(header::RETRY_AFTER, v);
            }
        }
        response
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Problem {
        match e {
            // Whatever is not the caller's looks exactly like what does not exist.
            AppError::NotFound(_) => Problem::not_found(),
            AppError::Forbidden(m) => Problem::new(StatusCode::FORBIDDEN, m),
            AppError::Invalid(m) => Problem::new(StatusCode::UNPROCESSABLE_ENTITY, m),
            AppError::Conflict(m) | AppError::Store(StoreError::Conflict(m)) => {
                Problem::new(StatusCode::CONFLICT, m)
            }
            AppError::Store(StoreError::NotFound(_)) => Problem::not_found(),
            AppError::Unauthenticated(m) => Problem::new(StatusCode::UNAUTHORIZED, m),
            AppError::TooManyAttempts(secs) => {
                let mut p = Problem::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    format!("Zu viele fehlgeschlagene Anmeldungen. Bitte in {secs} Sekunden erneut versuchen."),
                );
                p.retry_after = Some(secs);
                p
            }
            AppError::Unavailable(m) => {
                tracing::warn!(error = %m, "answering 503");
                let mut p = Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "mailroom cannot answer right now; try again shortly",
                );
                p.retry_after = Some(5);
                p
            }
            AppError::Search(e @ SearchError::Unavailable { .. }) => {
                tracing::warn!(error = %e, "answering 503");
                let mut p = Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Die Suche ist gerade nicht erreichbar; eingegangene Post wird weiter abgelegt. Bitte gleich erneut versuchen.",
                );
                p.retry_after = Some(5);
                p
            }
            other => {
                tracing::error!(error = %other, "internal error answering a request");
                Problem::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "an internal error occurred; it was logged for the operators",
                )
            }
        }
    }
}
