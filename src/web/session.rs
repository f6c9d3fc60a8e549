//! Logging in and out in the browser, and who a page request comes from. The session is the
//! API's (same cookie, same store); forms carry the session's CSRF token in a hidden field
//! `csrf` and must come from this site (`Origin`), as API writes with the cookie must.

use axum::extract::{ConnectInfo, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde::Deserialize;

use super::{local_target, render, Chrome, PageError};
use crate::app::{accounts, AppError};
use crate::http::auth::{client_address, origin_allowed, session_cookie, SESSION_COOKIE};
use crate::http::{AppState, Peer};
use crate::model::{Actor, Role};

/// A logged-in person on a page (anyone else is sent to `/anmelden`).
#[derive(Debug, Clone)]
pub struct WebUser {
    pub actor: Actor,
    /// The session's CSRF token, put into every form.
    pub csrf: String,
    /// The session cookie's secret, to ask later whether the session still holds.
    session: String,
}

impl WebUser {
    /// The session behind the request's cookie, if any.
    async fn of(parts: &Parts, app: &AppState) -> Result<Option<WebUser>, PageError> {
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(secret) = jar.get(SESSION_COOKIE) else {
            return Ok(None);
        };
        let found = accounts::session_actor(app, secret.value(), client_address(parts)).await?;
        Ok(found.map(|(actor, csrf)| WebUser {
            actor,
            csrf,
            session: secret.value().to_string(),
        }))
    }

    /// The session's actor as its account is now, if the session still holds (not logged
    /// out, expired or its account locked): a long-lived answer such as an event stream asks
    /// before each message, so changed roles and departments apply to it at once.
    pub async fn current_actor(&self, app: &AppState) -> Option<crate::model::Actor> {
        let address = self.actor.address.clone();
        match accounts::session_actor(app, &self.session, address).await {
            Ok(Some((actor, _))) => Some(actor),
            _ => None,
        }
    }

    /// A form is this user's own: sent from this site with the session's token.
    pub fn check_form(
        &self,
        app: &AppState,
        headers: &HeaderMap,
        sent_csrf: &str,
    ) -> Result<(), PageError> {
        if origin_allowed(app, headers) && sent_csrf == self.csrf {
            Ok(())
        } else {
            Err(PageError::new(
                StatusCode::FORBIDDEN,
                "Das Formular ist abgelaufen oder kam von einer fremden Seite. Bitte die Seite neu laden und noch einmal senden.",
            ))
        }
    }
}

impl FromRequestParts<AppState> for WebUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        match WebUser::of(parts, app).await {
            Ok(Some(user)) => Ok(user),
            Ok(None) => {
                let here = parts
                    .uri
                    .path_and_query()
                    .map_or("/posteingang", |p| p.as_str());
                let target = utf8_percent_encode(here, NON_ALPHANUMERIC);
                Err(Redirect::to(&format!("/anmelden?weiter={target}")).into_response())
            }
            Err(e) => Err(e.into_response()),
        }
    }
}

/// The first page of a user: the Posteingang for those who read documents, else the page of
/// their role.
fn home_of(actor: &Actor) -> &'static str {
    let has = |r| actor.roles.contains(&r);
    if has(Role::Clerk) || has(Role::Mailroom) {
        "/posteingang"
    } else if has(Role::Operator) {
        "/uebersicht"
    } else if has(Role::Admin) {
        "/konten"
    } else {
        "/posteingang"
    }
}

/// `/`: the user's first page for a session, the login page otherwise.
pub async fn home(State(app): State<AppState>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    match WebUser::of(&parts, &app).await {
        Ok(Some(user)) => Redirect::to(home_of(&user.actor)).into_response(),
        Ok(None) => Redirect::to("/anmelden").into_response(),
        Err(e) => e.into_response(),
    }
}

#[derive(askama::Template)]
#[template(path = "anmelden.html")]
struct LoginPage {
    chrome: Chrome,
    message: Option<String>,
    username: String,
    weiter: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    weiter: String,
}

/// The login form.
pub async fn login_form(Query(q): Query<LoginQuery>) -> Result<Response, PageError> {
    let page = LoginPage {
        chrome: Chrome::anonymous("Anmelden"),
        message: None,
        username: String::new(),
        weiter: q.weiter,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    #[serde(default)]
    weiter: String,
}

/// Checks the login form (local account or LDAP, throttled like the API): on success the
/// session cookie and the page the user wanted (or the Posteingang).
pub async fn login(
    State(app): State<AppState>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<Response, PageError> {
    let again = |status: StatusCode, message: String, retry: Option<u64>| {
        let page = LoginPage {
            chrome: Chrome::anonymous("Anmelden"),
            message: Some(message),
            username: form.username.clone(),
            weiter: form.weiter.clone(),
        };
        let mut response = (status, render(&page)?).into_response();
        if let Some(v) = retry.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        Ok::<Response, PageError>(response)
    };
    if !origin_allowed(&app, &headers) {
        return again(
            StatusCode::FORBIDDEN,
            "Anmeldung von einer fremden Seite abgewiesen.".into(),
            None,
        );
    }
    let address = Some(peer.ip().to_string());
    match accounts::login(&app, &form.username, &form.password, address).await {
        Ok(login) => {
            let cookie = session_cookie(&app, login.session_secret);
            let target = if form.weiter.is_empty() {
                home_of(&login.actor).to_string()
            } else {
                local_target(&form.weiter).to_string()
            };
            Ok((jar.add(cookie), Redirect::to(&target)).into_response())
        }
        Err(AppError::Unauthenticated(_)) => again(
            StatusCode::UNAUTHORIZED,
            "Benutzername oder Passwort ist falsch.".into(),
            None,
        ),
        Err(AppError::TooManyAttempts(secs)) => again(
            StatusCode::TOO_MANY_REQUESTS,
            format!("Zu viele Fehlversuche. Bitte in {secs} Sekunden erneut versuchen."),
            Some(secs),
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Ends the session and shows the login page.
pub async fn logout(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    if let Some(c) = jar.get(SESSION_COOKIE) {
        accounts::logout(&app, &user.actor, c.value()).await?;
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    Ok((jar, Redirect::to("/anmelden")).into_response())
}
