//! The German web interface: server-rendered pages on the API's listener. Like the API it is
//! a thin adapter: handlers parse the request, call the application layer (`crate::app`) with
//! the session's actor and render a template (askama, `templates/`); who may see what is
//! decided there. Pages work without JavaScript; `app.js` adds live results and shortcuts.

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::app::AppError;
use crate::http::{AppState, Problem};
use crate::model::Role;

mod accounts;
mod assets;
mod document;
mod inbox;
mod labels;
mod overview;
mod quarantine;
mod quarantine_entry;
mod rules;
mod search;
mod session;
mod triage;

pub use session::WebUser;

/// Every page and form target.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(session::home))
        .route("/anmelden", get(session::login_form).post(session::login))
        .route("/abmelden", post(session::logout))
        .route("/posteingang", get(inbox::page))
        .route("/posteingang/ereignisse", get(inbox::events))
        .route("/suche", get(search::page))
        .route("/dokumente/{id}", get(document::page))
        .route("/dokumente/{id}/status", post(document::set_state))
        .route("/dokumente/{id}/weiterleiten", post(document::forward))
        .route("/triage", get(triage::page))
        .route("/triage/{id}", post(triage::route))
        .route("/quarantaene", get(quarantine::page))
        .route("/quarantaene/aktion", post(quarantine::act))
        .route("/quarantaene/{id}", get(quarantine_entry::page))
        .route("/quarantaene/{id}/datei", get(quarantine_entry::file))
        .route(
            "/quarantaene/{id}/ersetzen",
            post(quarantine_entry::replace),
        )
        .route("/uebersicht", get(overview::page))
        .route("/regeln", get(rules::page))
        .route("/regeln/pruefen", post(rules::try_text))
        .route("/regeln/speichern", post(rules::save))
        .route("/konten", get(accounts::page).post(accounts::add))
        .route("/konten/{name}", get(accounts::edit).post(accounts::change))
        .route("/konten/{name}/zustand", post(accounts::lock))
        .route("/static/app.css", get(assets::css))
        .route("/static/app.js", get(assets::js))
}

/// What every page shows around its content: title, navigation, the logged-in user.
pub struct Chrome {
    pub title: String,
    /// Which navigation entry is the current page.
    pub active: &'static str,
    pub user: Option<NavUser>,
}

/// The logged-in user as the navigation shows them.
pub struct NavUser {
    pub name: String,
    /// For the logout form.
    pub csrf: String,
    /// Reads documents (Posteingang, Suche).
    pub reader: bool,
    /// Mail-room staff (Triage, Quarantäne).
    pub mailroom: bool,
    /// Sees the Übersicht.
    pub overview: bool,
    /// Manages accounts.
    pub admin: bool,
    /// Files in quarantine, for the badge mail-room staff see on every page.
    pub quarantined: u64,
    /// Intake sources failing now (a badge on the Übersicht link).
    pub failing: usize,
}

impl Chrome {
    /// A page without a logged-in user (login, errors).
    pub fn anonymous(title: impl Into<String>) -> Chrome {
        Chrome {
            title: title.into(),
            active: "",
            user: None,
        }
    }

    /// A page of a logged-in user: the navigation their roles allow.
    pub async fn of(
        app: &AppState,
        title: impl Into<String>,
        active: &'static str,
        user: &WebUser,
    ) -> Chrome {
        let roles = &user.actor.roles;
        let mailroom = roles.contains(&Role::Mailroom);
        // The badges are a hint: a failing count must not cost the page.
        let (quarantined, failing) = crate::app::system::attention(app, &user.actor)
            .await
            .unwrap_or((0, 0));
        Chrome {
            title: title.into(),
            active,
            user: Some(NavUser {
                name: user.actor.name.clone(),
                csrf: user.csrf.clone(),
                reader: mailroom || roles.contains(&Role::Clerk),
                mailroom,
                overview: mailroom || roles.contains(&Role::Operator),
                admin: roles.contains(&Role::Admin),
                quarantined,
                failing,
            }),
        }
    }
}

#[derive(askama::Template)]
#[template(path = "fehler.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    message: String,
}

/// A page that could not be shown, as a page: what the API answers as problem+json, in words.
#[derive(Debug)]
pub struct PageError {
    pub status: StatusCode,
    pub message: String,
}

impl PageError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> PageError {
        PageError {
            status,
            message: message.into(),
        }
    }

    /// The same answer for what does not exist and what is not the caller's.
    pub fn not_found() -> PageError {
        PageError::new(
            StatusCode::NOT_FOUND,
            "Diese Seite oder dieses Dokument gibt es nicht, oder es ist nicht für Ihre Anmeldung freigegeben.",
        )
    }
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> PageError {
        // One mapping of errors to statuses and safe texts: the API's.
        let problem = Problem::from(e);
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status == StatusCode::NOT_FOUND {
            return PageError::not_found();
        }
        PageError::new(status, problem.detail.unwrap_or_default())
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> PageError {
        tracing::error!(error = %e, "rendering a page failed");
        PageError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Die Seite konnte nicht erstellt werden; bitte später erneut versuchen.",
        )
    }
}

fn heading(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "Nicht gefunden",
        StatusCode::FORBIDDEN => "Keine Berechtigung",
        StatusCode::UNAUTHORIZED => "Nicht angemeldet",
        StatusCode::TOO_MANY_REQUESTS => "Zu viele Versuche",
        s if s.is_client_error() => "Eingabe nicht möglich",
        _ => "Vorübergehend nicht möglich",
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let page = ErrorPage {
            chrome: Chrome::anonymous(heading(self.status)),
            heading: heading(self.status).to_string(),
            message: self.message,
        };
        match askama::Template::render(&page) {
            Ok(html) => (self.status, Html(html)).into_response(),
            Err(_) => (self.status, heading(self.status)).into_response(),
        }
    }
}

/// Renders a page template.
pub fn render(page: &impl askama::Template) -> Result<Html<String>, PageError> {
    Ok(Html(page.render()?))
}

/// A value as it goes into a URL path segment or query of these pages.
pub fn url_encoded(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The answer for paths nobody serves: a page for browsers, problem+json for the rest.
pub async fn fallback(headers: HeaderMap) -> Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if wants_html {
        PageError::not_found().into_response()
    } else {
        Problem::not_found().into_response()
    }
}

/// A document id from a page path: one that is no number names nothing (the same page as for
/// an id that does not exist).
pub fn document_id(raw: &str) -> Result<crate::model::DocumentId, PageError> {
    crate::http::problem::path_id(raw)
        .map(crate::model::DocumentId)
        .map_err(|_| PageError::not_found())
}

/// A path of this site to go back to after a form (anything else: the Posteingang), so a
/// form field cannot send the user to another site.
pub fn local_target(target: &str) -> &str {
    let ok = target.starts_with('/')
        && !target.starts_with("//")
        && !target.contains('\\')
        && !target.chars().any(char::is_control);
    if ok {
        target
    } else {
        "/posteingang"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_only_return_to_this_site() {
        assert_eq!(local_target("/dokumente/5"), "/dokumente/5");
        assert_eq!(
            local_target("/posteingang?status=neu"),
            "/posteingang?status=neu"
        );
        for evil in [
            "//evil.example/",
            "https://evil.example",
            "/\\evil",
            "",
            "/a\nb",
        ] {
            assert_eq!(local_target(evil), "/posteingang", "{evil:?}");
        }
    }
}
