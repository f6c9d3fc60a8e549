//! `/konten` for admins: every account with its roles and departments, new local accounts,
//! locking and unlocking (a locked account's sessions end at once).

use std::collections::BTreeSet;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{labels, render, url_encoded, Chrome, PageError, WebUser};
use crate::app::accounts;
use crate::http::AppState;
use crate::model::{AccountSource, Role};

pub struct AccountRow {
    name: String,
    /// The name as it goes into a path.
    path: String,
    local: bool,
    source: &'static str,
    roles: String,
    departments: String,
    created: String,
    disabled: bool,
}

#[derive(askama::Template)]
#[template(path = "konten.html")]
struct AccountsPage {
    chrome: Chrome,
    message: Option<String>,
    accounts: Vec<AccountRow>,
    /// Roles a person's account may have: value, label.
    roles: Vec<(&'static str, &'static str)>,
    departments: Vec<(String, String)>,
    csrf: String,
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Clerk => "Sachbearbeitung",
        Role::Mailroom => "Poststelle",
        Role::Operator => "Betrieb",
        Role::Auditor => "Prüfung (Protokoll)",
        Role::Admin => "Verwaltung der Konten",
        Role::Portal => "Bürgerportal (Maschine)",
    }
}

/// Roles a person's account may have: value, label (portal is for machine tokens).
fn person_roles() -> Vec<(&'static str, &'static str)> {
    [
        Role::Clerk,
        Role::Mailroom,
        Role::Operator,
        Role::Auditor,
        Role::Admin,
    ]
    .into_iter()
    .map(|r| (r.as_str(), role_label(r)))
    .collect()
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct AccountsQuery {
    angelegt: Option<String>,
    gesperrt: Option<String>,
    entsperrt: Option<String>,
    geaendert: Option<String>,
}

pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<AccountsQuery>,
) -> Result<Html<String>, PageError> {
    let accounts = accounts::list_users(&app, &user.actor).await?;
    let message = match (q.angelegt, q.gesperrt, q.entsperrt, q.geaendert) {
        (Some(n), ..) => Some(format!("Konto {n} angelegt.")),
        (_, Some(n), ..) => Some(format!("Konto {n} gesperrt; seine Sitzungen sind beendet.")),
        (_, _, Some(n), _) => Some(format!("Konto {n} entsperrt.")),
        (.., Some(n)) => Some(format!(
            "Rollen und Ämter von {n} geändert; sie gelten ab der nächsten Seite, die das Konto öffnet."
        )),
        _ => None,
    };
    let departments = labels::department_choices(&app);
    render(&AccountsPage {
        chrome: Chrome::of(&app, "Konten", "konten", &user).await,
        message,
        accounts: accounts
            .into_iter()
            .map(|a| AccountRow {
                source: match a.source {
                    AccountSource::Local => "lokal",
                    _ => "Verzeichnis (LDAP)",
                },
                roles: a
                    .roles
                    .iter()
                    .map(|r| role_label(*r))
                    .collect::<Vec<_>>()
                    .join(", "),
                departments: a
                    .departments
                    .iter()
                    .map(|d| labels::department(&app, d))
                    .collect::<Vec<_>>()
                    .join(", "),
                created: labels::berlin_minute(a.created_at),
                disabled: a.disabled,
                path: url_encoded(&a.name),
                local: a.source == AccountSource::Local,
                name: a.name,
            })
            .collect(),
        roles: person_roles(),
        departments,
        csrf: user.csrf.clone(),
    })
}

#[derive(Debug, Deserialize)]
pub struct NewAccountForm {
    #[serde(default)]
    csrf: String,
    name: String,
    passwort: String,
    #[serde(default)]
    rolle: Vec<String>,
    #[serde(default)]
    amt: Vec<String>,
}

/// Adds a local account.
pub async fn add(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Form(form): Form<NewAccountForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let roles: BTreeSet<Role> = form.rolle.iter().filter_map(|r| Role::parse(r)).collect();
    let departments: BTreeSet<String> = form.amt.into_iter().collect();
    accounts::add_user(
        &app,
        &user.actor,
        &form.name,
        roles,
        departments,
        form.passwort,
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/konten?angelegt={}",
        url_encoded(&form.name)
    )))
}

#[derive(Debug, Deserialize)]
pub struct LockForm {
    #[serde(default)]
    csrf: String,
    gesperrt: String,
}

/// Locks or unlocks an account.
pub async fn lock(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(form): Form<LockForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let lock = form.gesperrt == "ja";
    accounts::set_user_disabled(&app, &user.actor, &name, lock).await?;
    let key = if lock { "gesperrt" } else { "entsperrt" };
    Ok(Redirect::to(&format!(
        "/konten?{key}={}",
        url_encoded(&name)
    )))
}

#[derive(askama::Template)]
#[template(path = "konto.html")]
struct AccountPage {
    chrome: Chrome,
    name: String,
    path: String,
    /// Value, label, held now.
    roles: Vec<(&'static str, &'static str, bool)>,
    /// Id, name, held now.
    departments: Vec<(String, String, bool)>,
    csrf: String,
}

/// One local account's roles and departments, to change them.
pub async fn edit(
    State(app): State<AppState>,
    user: WebUser,
    Path(name): Path<String>,
) -> Result<Html<String>, PageError> {
    let account = accounts::list_users(&app, &user.actor)
        .await?
        .into_iter()
        .find(|a| a.name == name && a.source == AccountSource::Local)
        .ok_or_else(PageError::not_found)?;
    render(&AccountPage {
        chrome: Chrome::of(&app, format!("Konto {name}"), "konten", &user).await,
        path: url_encoded(&account.name),
        roles: person_roles()
            .into_iter()
            .map(|(v, l)| (v, l, account.roles.iter().any(|r| r.as_str() == v)))
            .collect(),
        departments: labels::department_choices(&app)
            .into_iter()
            .map(|(id, label)| {
                let held = account.departments.contains(&id);
                (id, label, held)
            })
            .collect(),
        csrf: user.csrf.clone(),
        name: account.name,
    })
}

#[derive(Debug, Deserialize)]
pub struct AccessForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    rolle: Vec<String>,
    #[serde(default)]
    amt: Vec<String>,
}

/// Sets a local account's roles and departments.
pub async fn change(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(name): Path<String>,
    Form(form): Form<AccessForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let roles: BTreeSet<Role> = form.rolle.iter().filter_map(|r| Role::parse(r)).collect();
    let departments: BTreeSet<String> = form.amt.into_iter().collect();
    accounts::set_access(&app, &user.actor, &name, roles, departments).await?;
    Ok(Redirect::to(&format!(
        "/konten?geaendert={}",
        url_encoded(&name)
    )))
}
