//! The OpenAPI 3.1 document at `/api/v1/openapi.json`. Every route is registered through
//! `utoipa_axum::routes!` from its handler's `#[utoipa::path]`, so the document lists exactly
//! what is served (a route cannot be added without its description).

use std::sync::OnceLock;

use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::OpenApi as Document;
use utoipa::{Modify, OpenApi};

use super::auth::{CSRF_HEADER, SESSION_COOKIE};
use super::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "mailroom",
        description = "Digitale Poststelle: Eingänge suchen und lesen (Sachbearbeitung, nur die eigenen Ämter), Triage, Quarantäne und Weiterleitung (Poststelle), Status (Betrieb), Lese-Protokoll (Revision), Einlieferung durch Bürgerportale. Anmeldung mit POST /api/v1/session (Cookie; schreibende Anfragen brauchen dann den CSRF-Token aus der Antwort in der Kopfzeile X-CSRF-Token) oder mit einem API-Token (Authorization: Bearer). Fehler als application/problem+json (RFC 9457); was nicht sichtbar ist, antwortet 404."
    ),
    components(schemas(Problem)),
    modifiers(&Security),
    security(("session" = []), ("token" = [])),
    tags(
        (name = "documents", description = "Eingänge suchen, lesen, Protokoll"),
        (name = "work", description = "Weiterleitung, Posteingänge der Ämter, Triage, Quarantäne, Status"),
        (name = "session", description = "Anmeldung"),
        (name = "uploads", description = "Einlieferung durch Bürgerportale"),
        (name = "system", description = "Betrieb: Lebenszeichen und Messwerte"),
    )
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                &format!("Sitzung aus POST /api/v1/session; schreibende Anfragen zusätzlich mit der Kopfzeile {CSRF_HEADER}"),
            ))),
        );
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document as served (set once the routes are assembled).
static SERVED: OnceLock<serde_json::Value> = OnceLock::new();

/// Keeps the assembled document for [`openapi_json`].
pub fn serve(document: &Document) {
    SERVED.get_or_init(|| serde_json::to_value(document).unwrap_or_default());
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "system",
    security(()),
    responses((status = 200, description = "Das OpenAPI-3.1-Dokument dieser Schnittstelle", body = Object))
)]
pub async fn openapi_json() -> Json<serde_json::Value> {
    Json(SERVED.get().cloned().unwrap_or_default())
}
