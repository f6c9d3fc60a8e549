//! `POST /api/v1/uploads` (citizen portals) and `GET /api/v1/receipts/{id}`.

use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::auth::Caller;
use super::{AppState, Problem};
use crate::app::uploads;
use crate::mail::upload_message::{safe_upload_name, UploadMetadata, UploadedFile};
use crate::model::ReceiptId;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/uploads", post(upload))
        .route("/api/v1/receipts/{id}", get(receipt))
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
