//! `POST /api/v1/uploads` (citizen portals) and `GET /api/v1/receipts/{id}`.

use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::Caller;
use super::{AppState, Problem};
use crate::app::uploads;
use crate::mail::upload_message::{safe_upload_name, UploadMetadata, UploadedFile};
use crate::model::ReceiptId;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload))
        .routes(routes!(receipt))
}

/// The parts of an upload.
#[derive(ToSchema)]
#[allow(dead_code)] // describes the multipart form for the OpenAPI document only
struct UploadForm {
    /// One or more files (a part each).
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<Vec<u8>>,
    /// Optional JSON: `sender`, `subject`, `reference`, `portal_case_id`.
    #[schema(value_type = Option<Object>)]
    metadata: Option<serde_json::Value>,
}

fn multipart_problem(e: MultipartError) -> Problem {
    let status = e.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        Problem::new(status, "Die Sendung ist zu groß ([http] max_body_mb).")
    } else {
        Problem::new(
            StatusCode::BAD_REQUEST,
            format!(
                "Die Sendung ist kein gültiges multipart/form-data: {}",
                e.body_text()
            ),
        )
    }
}

/// A citizen portal delivers one consignment (one or more files). Durable before the answer;
/// the same `Idempotency-Key` again gets the same answer and stores nothing new.
#[utoipa::path(
    post,
    path = "/api/v1/uploads",
    tag = "uploads",
    params(("Idempotency-Key" = Option<String>, Header, description = "Schlüssel des Portals für diese Einlieferung")),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Eingegangen: receipt_id, received_at, sha256, status_url (der Eingangsnachweis)", body = Object),
        (status = 400, description = "Kein gültiges multipart/form-data", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für Portale", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Schlüssel schon für eine andere Einlieferung benutzt", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Zu groß", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Keine Datei, unbekannter Formularteil oder ungültige Metadaten", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn upload(
    State(app): State<AppState>,
    Caller(actor): Caller,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, Problem> {
    let mut multipart = multipart.map_err(|e| {
        Problem::new(
            StatusCode::BAD_REQUEST,
            format!("multipart/form-data erwartet: {}", e.body_text()),
        )
    })?;
    let key = match headers.get("idempotency-key") {
        Some(v) => Some(v.to_str().map_err(|_| {
            Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "Idempotency-Key: printable ASCII only",
            )
        })?),
        None => None,
    };
    let mut files = Vec::new();
    let mut metadata = UploadMetadata::default();
    while let Some(field) = multipart.next_field().await.map_err(multipart_problem)? {
        match field.name() {
            Some("file") => {
                let fallback = format!("Datei-{}", files.len() + 1);
                let name = safe_upload_name(field.file_name(), &fallback);
                let bytes = field.bytes().await.map_err(multipart_problem)?;
                files.push(UploadedFile {
                    name,
                    bytes: bytes.to_vec(),
                });
            }
            Some("metadata") => {
                let bytes = field.bytes().await.map_err(multipart_problem)?;
                metadata = serde_json::from_slice(&bytes).map_err(|e| {
                    Problem::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        format!("metadata: kein gültiges JSON ({e}); erlaubt sind sender, subject, reference, portal_case_id"),
                    )
                })?;
            }
            other => {
                return Err(Problem::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    format!(
                        "unbekannter Formularteil {:?} (erwartet: file, metadata)",
                        other.unwrap_or("")
                    ),
                ))
            }
        }
    }
    let (answer, repeated) = uploads::upload(&app, &actor, key, metadata, files).await?;
    // A repeat gets exactly the same answer; a header tells that nothing new was stored.
    let mut response = (StatusCode::CREATED, Json(answer)).into_response();
    if repeated {
        response.headers_mut().insert(
            "idempotent-replayed",
            axum::http::HeaderValue::from_static("true"),
        );
    }
    Ok(response)
}

/// The state of a receipt: a portal sees only its own uploads.
#[utoipa::path(
    get,
    path = "/api/v1/receipts/{id}",
    tag = "uploads",
    params(("id" = String, Path, description = "Eingangsnummer")),
    responses(
        (status = 200, description = "Der Stand", body = uploads::ReceiptStatus),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für Portale und Poststelle", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht, oder nicht für diese Anmeldung", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn receipt(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<uploads::ReceiptStatus>, Problem> {
    let id = super::problem::path_id(&id)?;
    Ok(Json(
        uploads::receipt_status(&app, &actor, ReceiptId(id)).await?,
    ))
}
