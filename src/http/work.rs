//! Work on documents: routing by hand, inboxes and their states, triage, the quarantine and
//! the status. Each handler parses, calls `crate::app`, and serialises.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use axum_extra::extract::Query;
use serde::Deserialize;

use super::auth::Caller;
use super::problem::path_id;
use super::{AppState, Problem};
use crate::app::quarantine::{self, QuarantineEntry};
use crate::app::{routing, system};
use crate::model::{DocumentId, QuarantineId, ReceiptId};
use crate::store::InboxEntry;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/documents/{id}/routing", post(route))
        .route("/api/v1/inbox/{department}", get(inbox))
        .route("/api/v1/inbox/{department}/{id}", post(set_state))
        .route("/api/v1/triage", get(triage))
        .route("/api/v1/quarantine", get(quarantine_list))
        .route("/api/v1/quarantine/{id}/retry", post(retry))
        .route("/api/v1/quarantine/{id}/discard", post(discard))
        .route("/api/v1/status", get(status))
}

/// A quarantine entry's id, also as shown to staff ("Q12").
fn quarantine_id(raw: &str) -> Result<ReceiptId, Problem> {
    raw.parse::<QuarantineId>()
        .map(|q| q.0)
        .map_err(|_| Problem::not_found())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteBody {
    department: String,
    class: Option<String>,
}

async fn route(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Json(body): Json<RouteBody>,
) -> Result<Json<routing::Rerouted>, Problem> {
    let id = DocumentId(path_id(&id)?);
    Ok(Json(
        routing::route(&app, &actor, id, &body.department, body.class).await?,
    ))
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct InboxParams {
    state: Vec<String>,
}

async fn inbox(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(department): Path<String>,
    Query(p): Query<InboxParams>,
) -> Result<Json<Vec<InboxEntry>>, Problem> {
    Ok(Json(
        routing::inbox(&app, &actor, &department, &p.state).await?,
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateBody {
    state: String,
}

async fn set_state(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path((department, id)): Path<(String, String)>,
    Json(body): Json<StateBody>,
) -> Result<StatusCode, Problem> {
    let id = DocumentId(path_id(&id)?);
    routing::set_state(&app, &actor, &department, id, &body.state).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn triage(
    State(app): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<Vec<serde_json::Value>>, Problem> {
    Ok(Json(routing::triage(&app, &actor).await?))
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct QuarantineParams {
    all: bool,
}

async fn quarantine_list(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Query(p): Query<QuarantineParams>,
) -> Result<Json<Vec<QuarantineEntry>>, Problem> {
    let list = quarantine::list(&app, &actor, p.all).await?;
    Ok(Json(list.iter().map(QuarantineEntry::of).collect()))
}

async fn retry(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<QuarantineEntry>), Problem> {
    let r = quarantine::retry(&app, &actor, quarantine_id(&id)?).await?;
    Ok((StatusCode::ACCEPTED, Json(QuarantineEntry::of(&r))))
}

async fn discard(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<QuarantineEntry>, Problem> {
    let r = quarantine::discard(&app, &actor, quarantine_id(&id)?).await?;
    Ok(Json(QuarantineEntry::of(&r)))
}

async fn status(
    State(app): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<serde_json::Value>, Problem> {
    Ok(Json(system::status(&app, &actor).await?.json))
}
