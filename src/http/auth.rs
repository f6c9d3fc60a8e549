//! Who is calling: a bearer token (machines) or the session cookie (browsers). Writes with a
//! cookie need the session's CSRF token in `X-CSRF-Token` and, when the browser sends one, an
//! `Origin` of this server. `POST/DELETE /api/v1/session` log in and out.

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::extract::Body;
use super::{AppState, Peer, Problem};
use crate::app::accounts;
use crate::model::Actor;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "mailroom_session";
/// The header that carries the CSRF token on cookie-authenticated writes.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// An authenticated caller (401 otherwise).
#[derive(Debug, Clone)]
pub struct Caller(pub Actor);

/// The client's IP address, for the audit log and login throttling.
pub fn client_address(parts: &Parts) -> Option<String> {
    parts
        .extensions
        .get::<ConnectInfo<Peer>>()
        .map(|ConnectInfo(Peer(a))| a.ip().to_string())
}

fn unauthenticated() -> Problem {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "Bitte anmelden (Sitzung abgelaufen oder kein gültiges Token).",
    )
}

/// Whether `Origin` (if the client sent one) is this server: browsers send it with every
/// cross-site write, so a foreign page cannot act with a clerk's cookie.
fn origin_ok(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if let Some(url) = public_url {
        if origin.trim_end_matches('/') == url.trim_end_matches('/') {
            return true;
        }
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    matches!((host, origin_host), (Some(h), Some(o)) if h.eq_ignore_ascii_case(o))
}

fn public_url(app: &AppState) -> Option<String> {
    app.config.http.as_ref().and_then(|h| h.public_url.clone())
}

/// Whether a write comes from this server's own pages (see [`origin_ok`]).
pub fn origin_allowed(app: &AppState, headers: &HeaderMap) -> bool {
    origin_ok(headers, public_url(app).as_deref())
}

/// The session cookie for a new login: a browser-session cookie (no Max-Age), so it goes
/// when the browser closes; the server ends the session after `SESSION_LIFETIME` anyway.
pub fn session_cookie(app: &AppState, secret: String) -> Cookie<'static> {
    let tls = app.config.http.as_ref().is_some_and(|h| h.tls.is_some());
    Cookie::build((SESSION_COOKIE, secret))
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(tls)
        .path("/")
        .build()
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Problem> {
        let addr = client_address(parts);
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .ok_or_else(unauthenticated)?;
            return match accounts::token_actor(app, token, addr).await? {
                Some(actor) => Ok(Caller(actor)),
                None => Err(unauthenticated()),
            };
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let secret = jar
            .get(SESSION_COOKIE)
            .map(|c| c.value().to_string())
            .ok_or_else(unauthenticated)?;
        let (actor, csrf) = accounts::session_actor(app, &secret, addr)
            .await?
            .ok_or_else(unauthenticated)?;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if !safe {
            if !origin_allowed(app, &parts.headers) {
                return Err(Problem::new(
                    StatusCode::FORBIDDEN,
                    "Anfrage von einer fremden Seite abgewiesen (Origin).",
                ));
            }
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if sent != Some(csrf.as_str()) {
                return Err(Problem::new(
                    StatusCode::FORBIDDEN,
                    "CSRF-Token fehlt oder ist falsch (Kopfzeile X-CSRF-Token).",
                ));
            }
        }
        Ok(Caller(actor))
    }
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(login, logout))
}

#[derive(Debug, Deserialize, ToSchema)]
struct Credentials {
    username: String,
    password: String,
}

/// Logs in (local account or LDAP): sets the session cookie; the answer carries the CSRF token
/// for later writes.
#[utoipa::path(
    post,
    path = "/api/v1/session",
    tag = "session",
    security(()),
    request_body = Credentials,
    responses(
        (status = 201, description = "Angemeldet: username, roles, departments, csrf_token, expires_at", body = Object),
        (status = 400, description = "Kein gültiger JSON-Körper", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Körper zu groß", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Name oder Passwort falsch", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Anmeldung von einer fremden Seite (Origin)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Kein JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Ungültiger Körper", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Zu viele Fehlversuche", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn login(
    State(app): State<AppState>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    jar: CookieJar,
    Body(body): Body<Credentials>,
) -> Result<Response, Problem> {
    if !origin_allowed(&app, &headers) {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "Anmeldung von einer fremden Seite abgewiesen (Origin).",
        ));
    }
    let login = accounts::login(
        &app,
        &body.username,
        &body.password,
        Some(peer.ip().to_string()),
    )
    .await?;
    let cookie = session_cookie(&app, login.session_secret);
    let body = serde_json::json!({
        "username": login.actor.name,
        "roles": login.actor.roles,
        "departments": login.actor.departments,
        "csrf_token": login.csrf,
        "expires_at": crate::model::format_utc(login.expires_at),
    });
    Ok((StatusCode::CREATED, jar.add(cookie), Json(body)).into_response())
}

/// Logs out: ends the session and removes the cookie.
#[utoipa::path(
    delete,
    path = "/api/v1/session",
    tag = "session",
    responses(
        (status = 204, description = "Abgemeldet"),
        (status = 401, description = "Nicht angemeldet", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "CSRF-Token fehlt", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn logout(
    State(app): State<AppState>,
    Caller(actor): Caller,
    jar: CookieJar,
) -> Result<Response, Problem> {
    if let Some(c) = jar.get(SESSION_COOKIE) {
        accounts::logout(&app, &actor, c.value()).await?;
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok((StatusCode::NO_CONTENT, jar).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(host: &str, origin: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_str(host).unwrap());
        if let Some(o) = origin {
            h.insert(header::ORIGIN, HeaderValue::from_str(o).unwrap());
        }
        h
    }

    #[test]
    fn only_this_servers_origin_may_write() {
        assert!(origin_ok(&headers("127.0.0.1:8080", None), None));
        assert!(origin_ok(
            &headers("127.0.0.1:8080", Some("http://127.0.0.1:8080")),
            None
        ));
        assert!(!origin_ok(
            &headers("127.0.0.1:8080", Some("https://evil.example")),
            None
        ));
        assert!(origin_ok(
            &headers("10.0.0.1:8080", Some("https://post.kreis.de")),
            Some("https://post.kreis.de/")
        ));
    }
}
