//! Work on documents: routing by hand, inboxes and their states, triage, the quarantine and
//! the status. Each handler parses, calls `crate::app`, and serialises.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::Caller;
use super::extract::{Body, Params};
use super::problem::path_id;
use super::{AppState, Problem};
use crate::app::quarantine::{self, QuarantineEntry};
use crate::app::{routing, system};
use crate::model::InboxEntry;
use crate::model::{DocumentId, QuarantineId, ReceiptId};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(route))
        .routes(routes!(forward))
        .routes(routes!(inbox))
        .routes(routes!(set_state))
        .routes(routes!(triage))
        .routes(routes!(quarantine_list))
        .routes(routes!(retry))
        .routes(routes!(discard))
        .routes(routes!(status))
}

/// A quarantine entry's id, also as shown to staff ("Q12").
fn quarantine_id(raw: &str) -> Result<ReceiptId, Problem> {
    raw.parse::<QuarantineId>()
        .map(|q| q.0)
        .map_err(|_| Problem::not_found())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RouteBody {
    /// The department's id from departments.toml.
    department: String,
    class: Option<String>,
    /// For the receiving department (at most 2000 characters).
    note: Option<String>,
}

/// Routes a document by hand (mail-room staff); the model learns from it at once.
#[utoipa::path(
    post,
    path = "/api/v1/documents/{id}/routing",
    tag = "work",
    params(("id" = String, Path, description = "Dokumentnummer")),
    request_body = RouteBody,
    responses(
        (status = 200, description = "Weitergeleitet", body = routing::Rerouted),
        (status = 400, description = "Kein gültiger JSON-Körper", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Körper zu groß", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für die Poststelle, oder CSRF-Token fehlt", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Kein JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unbekanntes Amt oder ungültiger Körper", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn route(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(body): Body<RouteBody>,
) -> Result<Json<routing::Rerouted>, Problem> {
    let id = DocumentId(path_id(&id)?);
    Ok(Json(
        routing::route(&app, &actor, id, &body.department, body.class, body.note).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ForwardBody {
    /// The receiving department's id from departments.toml.
    department: String,
    /// For the receiving department (at most 2000 characters).
    note: Option<String>,
}

/// Forwards a document to another department with a note: a clerk of the department that
/// holds it, or mail-room staff. Afterwards the clerk no longer sees it.
#[utoipa::path(
    post,
    path = "/api/v1/documents/{id}/forward",
    tag = "work",
    params(("id" = String, Path, description = "Dokumentnummer")),
    request_body = ForwardBody,
    responses(
        (status = 200, description = "Weitergeleitet", body = routing::Rerouted),
        (status = 400, description = "Kein gültiger JSON-Körper", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Körper zu groß", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur Sachbearbeitung und Poststelle, oder CSRF-Token fehlt", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Kein JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unbekanntes Amt, dasselbe Amt oder Notiz zu lang", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn forward(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(body): Body<ForwardBody>,
) -> Result<Json<routing::Rerouted>, Problem> {
    let id = DocumentId(path_id(&id)?);
    Ok(Json(
        routing::forward(&app, &actor, id, &body.department, body.note).await?,
    ))
}

#[derive(Debug, Deserialize, Default, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct InboxParams {
    /// Only these states (`neu`, `in_bearbeitung`, `erledigt`, `weitergeleitet`).
    state: Vec<String>,
}

/// A department's inbox (its clerks and mail-room staff).
#[utoipa::path(
    get,
    path = "/api/v1/inbox/{department}",
    tag = "work",
    params(("department" = String, Path, description = "Amt"), InboxParams),
    responses(
        (status = 200, description = "Die Eingänge", body = Vec<InboxEntry>),
        (status = 400, description = "Ungültige Parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Kein Amt dieser Anmeldung", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unbekannter Status", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn inbox(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(department): Path<String>,
    Params(p): Params<InboxParams>,
) -> Result<Json<Vec<InboxEntry>>, Problem> {
    Ok(Json(
        routing::inbox(&app, &actor, &department, &p.state).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct StateBody {
    /// `neu`, `in_bearbeitung`, `erledigt` or `weitergeleitet`.
    state: String,
}

/// Sets the state of a document in a department's inbox.
#[utoipa::path(
    post,
    path = "/api/v1/inbox/{department}/{id}",
    tag = "work",
    params(
        ("department" = String, Path, description = "Amt"),
        ("id" = String, Path, description = "Dokumentnummer"),
    ),
    request_body = StateBody,
    responses(
        (status = 204, description = "Gesetzt"),
        (status = 400, description = "Kein gültiger JSON-Körper", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Körper zu groß", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "CSRF-Token fehlt oder Rolle ohne Posteingang", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Nicht im Posteingang dieses Amts (für diese Anmeldung)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Kein JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unbekannter Status oder ungültiger Körper", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn set_state(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path((department, id)): Path<(String, String)>,
    Body(body): Body<StateBody>,
) -> Result<StatusCode, Problem> {
    let id = DocumentId(path_id(&id)?);
    routing::set_state(&app, &actor, &department, id, &body.state).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Documents no department has yet (mail-room staff).
#[utoipa::path(
    get,
    path = "/api/v1/triage",
    tag = "work",
    responses(
        (status = 200, description = "Die Eingänge in der Triage", body = Vec<routing::TriageEntry>),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für die Poststelle", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn triage(
    State(app): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<Vec<routing::TriageEntry>>, Problem> {
    Ok(Json(routing::triage(&app, &actor).await?))
}

#[derive(Debug, Deserialize, Default, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct QuarantineParams {
    /// Also entries already retried or discarded.
    all: bool,
}

/// Files that could not be filed, with a reason a person can act on.
#[utoipa::path(
    get,
    path = "/api/v1/quarantine",
    tag = "work",
    params(QuarantineParams),
    responses(
        (status = 200, description = "Die Quarantäne", body = Vec<QuarantineEntry>),
        (status = 400, description = "Ungültige Parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für Poststelle und Betrieb", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn quarantine_list(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Params(p): Params<QuarantineParams>,
) -> Result<Json<Vec<QuarantineEntry>>, Problem> {
    let list = quarantine::list(&app, &actor, p.all).await?;
    Ok(Json(list.iter().map(QuarantineEntry::of).collect()))
}

/// Takes a quarantined file in again (a replaced file under its name is taken instead).
#[utoipa::path(
    post,
    path = "/api/v1/quarantine/{id}/retry",
    tag = "work",
    params(("id" = String, Path, description = "Quarantäne-Nummer, z. B. Q12 oder 12")),
    responses(
        (status = 202, description = "Wieder in der Verarbeitung", body = QuarantineEntry),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für die Poststelle, oder CSRF-Token fehlt", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Nicht (mehr) in Quarantäne", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn retry(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<QuarantineEntry>), Problem> {
    let r = quarantine::retry(&app, &actor, quarantine_id(&id)?).await?;
    Ok((StatusCode::ACCEPTED, Json(QuarantineEntry::of(&r))))
}

/// Discards a quarantined file (recorded with who did it).
#[utoipa::path(
    post,
    path = "/api/v1/quarantine/{id}/discard",
    tag = "work",
    params(("id" = String, Path, description = "Quarantäne-Nummer, z. B. Q12 oder 12")),
    responses(
        (status = 200, description = "Verworfen", body = QuarantineEntry),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für die Poststelle, oder CSRF-Token fehlt", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Nicht (mehr) in Quarantäne", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn discard(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<QuarantineEntry>, Problem> {
    let r = quarantine::discard(&app, &actor, quarantine_id(&id)?).await?;
    Ok(Json(QuarantineEntry::of(&r)))
}

/// The daemon's state as `mailroom status --json` has it (operators and mail-room staff).
#[utoipa::path(
    get,
    path = "/api/v1/status",
    tag = "work",
    responses(
        (status = 200, description = "Der Status", body = Object),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für Betrieb und Poststelle", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn status(
    State(app): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<serde_json::Value>, Problem> {
    Ok(Json(system::status(&app, &actor).await?.json))
}
