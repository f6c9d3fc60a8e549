//! `/api/v1/documents…` and `/api/v1/audit`: search, detail, original, archive copy,
//! explanation, page images. Access is decided in `app::documents`; here requests are only parsed.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::Caller;
use super::extract::Params;
use super::{AppState, Problem};
use crate::app::documents::{self, Content, SearchView};
use crate::model::DocumentId;
use crate::search::SearchQuery;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search))
        .routes(routes!(detail))
        .routes(routes!(original))
        .routes(routes!(archive))
        .routes(routes!(explain))
        .routes(routes!(page_image))
        .routes(routes!(audit))
}

/// Most hits one request may ask for.
const MAX_LIMIT: usize = 200;
/// Furthest into the hits a request may page (deeper paging is a search to narrow).
const MAX_OFFSET: usize = 10_000;

/// Search parameters; lists repeat the key (`department=51&department=JA-AND`).
#[derive(Debug, Deserialize, Default, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct SearchParams {
    /// Search words (German word forms match; empty: all visible documents, newest first).
    q: String,
    /// Only these departments (for a clerk: within the own ones).
    department: Vec<String>,
    class: Option<String>,
    tag: Vec<String>,
    channel: Option<String>,
    pipeline: Option<String>,
    /// Received on or after (`2026-11-01`, `01.11.2026` or a full timestamp).
    from: Option<String>,
    /// Received on or before (the day included).
    to: Option<String>,
    /// Facet counts over all matching visible documents.
    facets: bool,
    #[param(minimum = 1, maximum = 200)]
    limit: Option<usize>,
    #[param(maximum = 10000)]
    offset: usize,
    /// `relevance` (best match first) or `newest` (newest receipt first); default: relevance
    /// with search words, newest without.
    sort: Option<String>,
}

/// Searches the documents the caller may see: hits, total and facets count only those.
#[utoipa::path(
    get,
    path = "/api/v1/documents",
    tag = "documents",
    params(SearchParams),
    responses(
        (status = 200, description = "Treffer", body = SearchView),
        (status = 400, description = "Ungültige Parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf keine Inhalte suchen", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Ungültiges Datum oder offset über 10000", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn search(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Params(p): Params<SearchParams>,
) -> Result<Json<SearchView>, Problem> {
    // A page further in would silently be another page if clamped: say so instead.
    if p.offset > MAX_OFFSET {
        return Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("offset höchstens {MAX_OFFSET}: bitte die Suche eingrenzen"),
        ));
    }
    let order = documents::search_order(p.sort.as_deref(), &p.q)?;
    let query = SearchQuery {
        order,
        text: p.q,
        pipeline: p.pipeline,
        channel: p.channel,
        received_from: p
            .from
            .as_deref()
            .map(|s| documents::parse_when(s, false))
            .transpose()?,
        received_until: p
            .to
            .as_deref()
            .map(|s| documents::parse_when(s, true))
            .transpose()?,
        departments: p.department,
        class: p.class,
        tags: p.tag,
        facets: p.facets,
        limit: p.limit.unwrap_or(20).clamp(1, MAX_LIMIT),
        offset: p.offset,
        ..SearchQuery::default()
    };
    let results = documents::search(&app, &actor, query).await?;
    Ok(Json(SearchView::from_results(&results)))
}

fn document_id(raw: &str) -> Result<DocumentId, Problem> {
    super::problem::path_id(raw).map(DocumentId)
}

/// One document as `mailroom show --json` has it (consignment parts the caller may not see
/// left out). Each read is recorded in the audit log.
#[utoipa::path(
    get,
    path = "/api/v1/documents/{id}",
    tag = "documents",
    params(("id" = String, Path, description = "Dokumentnummer")),
    responses(
        (status = 200, description = "Das Dokument", body = Object),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht, oder nicht für diese Anmeldung", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn detail(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, Problem> {
    let id = document_id(&id)?;
    Ok(Json(
        crate::app::document_view::detail(&app, &actor, id).await?,
    ))
}

/// The file as it arrived (`ETag` = its SHA-256). Each read is recorded in the audit log.
#[utoipa::path(
    get,
    path = "/api/v1/documents/{id}/original",
    tag = "documents",
    params(("id" = String, Path, description = "Dokumentnummer")),
    responses(
        (status = 200, description = "Die Datei, wie sie eingegangen ist", content_type = "*/*", body = Vec<u8>),
        (status = 304, description = "Unverändert (If-None-Match)"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht, oder nicht für diese Anmeldung", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn original(
    state: State<AppState>,
    caller: Caller,
    id: Path<String>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    file(state, caller, id, headers, Content::Original).await
}

/// The archive copy (PDF/A with its text layer). Each read is recorded in the audit log.
#[utoipa::path(
    get,
    path = "/api/v1/documents/{id}/archive",
    tag = "documents",
    params(("id" = String, Path, description = "Dokumentnummer")),
    responses(
        (status = 200, description = "Die Archivkopie", content_type = "application/pdf", body = Vec<u8>),
        (status = 304, description = "Unverändert (If-None-Match)"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht, oder nicht für diese Anmeldung", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn archive(
    state: State<AppState>,
    caller: Caller,
    id: Path<String>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    file(state, caller, id, headers, Content::Archive).await
}

/// Whether the client already has the representation `etag` names.
fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
}

/// `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback with anything odd
/// replaced, and the exact name percent-encoded (RFC 6266).
pub(crate) fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

async fn file(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    which: Content,
) -> Result<Response, Problem> {
    let id = document_id(&id)?;
    let file = documents::content(&app, &actor, id, which).await?;
    let etag = format!("\"{}\"", file.sha256);
    let mut response = if if_none_match(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (StatusCode::OK, file.bytes).into_response()
    };
    let h = response.headers_mut();
    let media = HeaderValue::from_str(&file.media_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    h.insert(header::CONTENT_TYPE, media);
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&content_disposition(&file.filename)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}

/// Page `n` (from 1) as a PNG image. Each read is recorded in the audit log.
#[utoipa::path(
    get,
    path = "/api/v1/documents/{id}/pages/{n}/image",
    tag = "documents",
    params(
        ("id" = String, Path, description = "Dokumentnummer"),
        ("n" = String, Path, description = "Seite, ab 1"),
    ),
    responses(
        (status = 200, description = "Die Seite", content_type = "image/png", body = Vec<u8>),
        (status = 304, description = "Unverändert (If-None-Match)"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Dokument oder Seite gibt es nicht (für diese Anmeldung)", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn page_image(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path((id, n)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let id = document_id(&id)?;
    // A page number that is no number is a page that does not exist.
    let page: u32 = n.parse().unwrap_or(0);
    let image = crate::app::pages::page_image(&app, &actor, id, page).await?;
    let mut response = if if_none_match(&headers, &image.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (StatusCode::OK, image.png).into_response()
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    if let Ok(v) = HeaderValue::from_str(&image.etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}

/// Every routing decision of the document, oldest first, with why it was made.
#[utoipa::path(
    get,
    path = "/api/v1/documents/{id}/explain",
    tag = "documents",
    params(("id" = String, Path, description = "Dokumentnummer")),
    responses(
        (status = 200, description = "Die Entscheidungen", body = Vec<crate::model::RoutingRecord>),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Die Rolle darf das nicht", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Gibt es nicht, oder nicht für diese Anmeldung", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn explain(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<crate::model::RoutingRecord>>, Problem> {
    let id = document_id(&id)?;
    let (_, routings) = documents::routings(&app, &actor, id).await?;
    Ok(Json(routings))
}

#[derive(Debug, Deserialize, Default, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct AuditParams {
    /// Only the events of this document.
    document_id: Option<i64>,
    #[param(minimum = 1, maximum = 10000)]
    limit: Option<usize>,
}

/// The event log, newest first (auditors).
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "documents",
    params(AuditParams),
    responses(
        (status = 200, description = "Ereignisse", body = Vec<Object>),
        (status = 400, description = "Ungültige Parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Nur für die Revision", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn audit(
    State(app): State<AppState>,
    Caller(actor): Caller,
    Params(p): Params<AuditParams>,
) -> Result<Json<Vec<serde_json::Value>>, Problem> {
    let limit = p.limit.unwrap_or(500).clamp(1, 10_000);
    let events = documents::audit(&app, &actor, p.document_id.map(DocumentId), limit).await?;
    Ok(Json(events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_names_cannot_break_the_header_or_leave_the_download_folder() {
        let d = content_disposition("../../etc/pass\"wd\r\nX: y Bescheid ä.pdf");
        assert!(!d.contains('\r') && !d.contains('\n'));
        assert!(d.starts_with("attachment; filename=\".._.._etc_pass_wd__X_ y Bescheid _.pdf\""));
        assert!(d.contains(
            "filename*=UTF-8''..%2F..%2Fetc%2Fpass%22wd%0D%0AX%3A%20y%20Bescheid%20%C3%A4.pdf"
        ));
    }
}
