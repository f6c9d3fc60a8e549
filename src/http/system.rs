//! `GET /healthz`, `GET /readyz`, `GET /metrics`: for load balancers and Prometheus; no
//! document contents, so no login.

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{AppState, Problem};
use crate::app::system;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(metrics))
        .routes(routes!(super::api_doc::openapi_json))
}

/// The process answers.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "system",
    security(()),
    responses((status = 200, description = "ok", content_type = "text/plain", body = String))
)]
async fn healthz() -> &'static str {
    "ok\n"
}

/// The process can do its work (the database answers).
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "system",
    security(()),
    responses(
        (status = 200, description = "ready", content_type = "text/plain", body = String),
        (status = 503, description = "Die Datenbank antwortet nicht", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn readyz(State(app): State<AppState>) -> Result<&'static str, Problem> {
    system::ready(&app).await?;
    Ok("ready\n")
}

/// Counters and durations for Prometheus (OpenMetrics text; no document contents).
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "system",
    security(()),
    responses(
        (status = 200, description = "Messwerte", content_type = "application/openmetrics-text", body = String),
        (status = 503, description = "Die Datenbank antwortet nicht", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn metrics(State(app): State<AppState>) -> Result<Response, Problem> {
    let text = system::metrics_text(&app).await?;
    let mut response = (StatusCode::OK, text).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    Ok(response)
}
