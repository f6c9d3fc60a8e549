//! `GET /healthz`, `GET /readyz`, `GET /metrics`: for load balancers and Prometheus; no
//! document contents, so no login.

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::{AppState, Problem};
use crate::app::system;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

/// The process answers.
async fn healthz() -> &'static str {
    "ok\n"
}

/// The process can do its work (the database answers).
async fn readyz(State(app): State<AppState>) -> Result<&'static str, Problem> {
    system::ready(&app).await?;
    Ok("ready\n")
}

async fn metrics(State(app): State<AppState>) -> Result<Response, Problem> {
    let text = system::metrics_text(&app).await?;
    let mut response = (StatusCode::OK, text).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    Ok(response)
}
