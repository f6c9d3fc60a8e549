//! `/konten` for admins: every account with its roles and departments, new local accounts,
//! locking and unlocking (a locked account's sessions end at once).

use std::collections::BTreeSet;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum_extra::extract::Form;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde::Deserialize;

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::accounts;
use crate::http::AppState;
use crate::model::{AccountSource, Role};

pub struct AccountRow {
    name: String,
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

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct AccountsQuery {
    angelegt: Option<String>,
    gesperrt: Option<String>,
    entsperrt: Option<String>,
}

pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<AccountsQuery>,
) -> Result<Html<String>, PageError> {
    let accounts = accounts::list_users(&app, &user.actor).await?;
    let message = match (q.angelegt, q.gesperrt, q.entsperrt) {
        (Some(n), _, _) => Some(format!("Konto {n} angelegt.")),
        (_, Some(n), _) => Some(format!("Konto {n} gesperrt; seine Sitzungen sind beendet.")),
        (_, _, Some(n)) => Some(format!("Konto {n} entsperrt.")),
        _ => None,
    };
    let departments = app
        .departments()
        .map(|d| {
            d.list
                .iter()
                .map(|d| (d.id.clone(), labels::department_name(d)))
                .collect()
        })
        .unwrap_or_default();
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
                departments: a.departments.iter().cloned().collect::<Vec<_>>().join(", "),
                created: labels::berlin_minute(a.created_at),
                disabled: a.disabled,
                name: a.name,
            })
            .collect(),
        roles: [
            Role::Clerk,
            Role::Mailroom,
            Role::Operator,
            Role::Auditor,
            Role::Admin,
        ]
        .into_iter()
        .map(|r| (r.as_str(), role_label(r)))
        .collect(),
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

fn encoded(name: &str) -> String {
    utf8_percent_encode(name, NON_ALPHANUMERIC).to_string()
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
        encoded(&form.name)
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
    Ok(Redirect::to(&format!("/konten?{key}={}", encoded(&name))))
}
