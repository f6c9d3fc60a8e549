//! Accounts, API tokens and logins: who may use mailroom, proven how. Passwords are kept as
//! argon2id hashes, token and session secrets as SHA-256 (they are 256-bit random).

use std::collections::BTreeSet;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;
use serde_json::json;
use sha2::Digest;

use super::throttle::Verdict;
use super::{App, AppError};
use crate::model::{now, Account, AccountSource, Actor, ActorKind, ApiToken, Role, Timestamp};
use crate::store::{NewAccount, NewToken};

/// How long a browser session lasts without logging in again (a working day).
pub const SESSION_LIFETIME: Duration = Duration::from_secs(10 * 3600);

/// Shortest password accepted for a local account.
const MIN_PASSWORD_CHARS: usize = 10;

/// A fresh 256-bit secret, hex-encoded.
fn secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// How secrets are looked up: their SHA-256, hex.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(sha2::Sha256::digest(secret.as_bytes()))
}

/// Account and token names: letters, digits and `. _ @ -`, as directory logins look.
fn check_name(what: &str, name: &str) -> Result<(), AppError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-'));
    if ok {
        Ok(())
    } else {
        Err(AppError::Invalid(format!(
            "{what} name {name:?}: use 1–64 letters, digits, '.', '_', '@' or '-'"
        )))
    }
}

fn check_departments(app: &App, departments: &BTreeSet<String>) -> Result<(), AppError> {
    if departments.is_empty() {
        return Ok(());
    }
    let Some(routing) = &app.config.routing else {
        return Err(AppError::Invalid(
            "departments need [routing] with a departments file in the configuration".into(),
        ));
    };
    let current = app.departments().unwrap_or_default();
    let known: BTreeSet<&str> = current.list.iter().map(|d| d.id.as_str()).collect();
    let unknown: Vec<&str> = departments
        .iter()
        .map(String::as_str)
        .filter(|d| !known.contains(d))
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(format!(
            "unknown department(s) {} (ids from {}: {})",
            unknown.join(", "),
            routing.departments_file.display(),
            known.into_iter().collect::<Vec<_>>().join(", ")
        )))
    }
}

/// A fresh random salt for argon2.
fn salt() -> SaltString {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    SaltString::encode_b64(&bytes).expect("16 bytes are a valid salt")
}

async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = salt();
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Invalid(format!("cannot hash the password: {e}")))
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("password hashing stopped: {e}")))?
}

async fn password_matches(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

fn check_password(password: &str) -> Result<(), AppError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AppError::Invalid(format!(
            "the password is too short: at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    Ok(())
}

/// Roles a person's account may hold, and the departments a clerk needs.
fn check_access(
    app: &App,
    roles: &BTreeSet<Role>,
    departments: &BTreeSet<String>,
) -> Result<(), AppError> {
    if roles.is_empty() {
        return Err(AppError::Invalid(
            "an account needs at least one role".into(),
        ));
    }
    if roles.contains(&Role::Portal) {
        return Err(AppError::Invalid(
            "portal is a role for machines: create a token (`mailroom token create NAME --role portal --pipeline P`)".into(),
        ));
    }
    if roles.contains(&Role::Clerk) && departments.is_empty() {
        return Err(AppError::Invalid(
            "a clerk needs at least one --department (the documents they may read)".into(),
        ));
    }
    check_departments(app, departments)
}

/// `mailroom user set`: a local account's roles and departments, in force from its next
/// request on. An admin cannot take the admin role from themselves (another admin can).
pub async fn set_access(
    app: &App,
    actor: &Actor,
    name: &str,
    roles: BTreeSet<Role>,
    departments: BTreeSet<String>,
) -> Result<(), AppError> {
    app.require(actor, &[Role::Admin], "changing accounts")?;
    check_access(app, &roles, &departments)?;
    if actor.name == name && actor.kind != ActorKind::Local && !roles.contains(&Role::Admin) {
        return Err(AppError::Invalid(
            "you cannot take the admin role from your own account; ask another admin".into(),
        ));
    }
    app.store
        .set_account_access(name, &roles, &departments)
        .await?;
    let detail = json!({
        "account": name,
        "roles": roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        "departments": departments,
    });
    audit(app, actor, "account_changed", detail).await
}

/// `mailroom user add`: a local account.
pub async fn add_user(
    app: &App,
    actor: &Actor,
    name: &str,
    roles: BTreeSet<Role>,
    departments: BTreeSet<String>,
    password: String,
) -> Result<Account, AppError> {
    app.require(actor, &[Role::Admin], "adding accounts")?;
    check_name("account", name)?;
    check_access(app, &roles, &departments)?;
    check_password(&password)?;
    let hash = hash_password(password).await?;
    let account = app
        .store
        .add_account(NewAccount {
            name: name.to_string(),
            source: AccountSource::Local,
            password_hash: Some(hash),
            roles,
            departments,
        })
        .await?;
    audit(app, actor, "account_added", json!({"account": name})).await?;
    Ok(account)
}

pub async fn list_users(app: &App, actor: &Actor) -> Result<Vec<Account>, AppError> {
    app.require(actor, &[Role::Admin], "listing accounts")?;
    Ok(app.store.accounts().await?)
}

pub async fn set_user_disabled(
    app: &App,
    actor: &Actor,
    name: &str,
    disabled: bool,
) -> Result<(), AppError> {
    app.require(actor, &[Role::Admin], "disabling accounts")?;
    app.store.set_account_disabled(name, disabled).await?;
    let kind = if disabled {
        "account_disabled"
    } else {
        "account_enabled"
    };
    audit(app, actor, kind, json!({"account": name})).await
}

pub async fn set_password(
    app: &App,
    actor: &Actor,
    name: &str,
    password: String,
) -> Result<(), AppError> {
    app.require(actor, &[Role::Admin], "setting passwords")?;
    check_password(&password)?;
    let hash = hash_password(password).await?;
    app.store.set_password_hash(name, &hash).await?;
    audit(app, actor, "password_set", json!({"account": name})).await
}

/// `mailroom token create`: returns the token and its secret, which is shown once.
pub async fn create_token(
    app: &App,
    actor: &Actor,
    name: &str,
    roles: BTreeSet<Role>,
    departments: BTreeSet<String>,
    pipeline: Option<String>,
) -> Result<(ApiToken, String), AppError> {
    app.require(actor, &[Role::Admin], "creating tokens")?;
    check_name("token", name)?;
    if roles.is_empty() {
        return Err(AppError::Invalid("a token needs at least one role".into()));
    }
    check_departments(app, &departments)?;
    match &pipeline {
        Some(p) => {
            let found = app.config.pipelines.iter().find(|c| &c.name == p);
            match found {
                Some(c) if matches!(c.source, crate::config::SourceConfig::Upload(_)) => {}
                Some(_) => {
                    return Err(AppError::Invalid(format!(
                        "pipeline {p:?} is not an upload pipeline (type = \"upload\")"
                    )))
                }
                None => {
                    return Err(AppError::Invalid(format!(
                        "no pipeline {p:?} in {}",
                        app.config.pipelines_dir.display()
                    )))
                }
            }
        }
        None if roles.contains(&Role::Portal) => {
            return Err(AppError::Invalid(
                "a portal token needs --pipeline (the upload pipeline it delivers to)".into(),
            ))
        }
        None => {}
    }
    let secret = format!("mrt_{}", secret());
    let token = app
        .store
        .add_token(NewToken {
            name: name.to_string(),
            token_hash: secret_hash(&secret),
            roles,
            departments,
            pipeline,
        })
        .await?;
    audit(app, actor, "token_created", json!({"token": name})).await?;
    Ok((token, secret))
}

pub async fn list_tokens(app: &App, actor: &Actor) -> Result<Vec<ApiToken>, AppError> {
    app.require(actor, &[Role::Admin], "listing tokens")?;
    Ok(app.store.tokens().await?)
}

pub async fn revoke_token(app: &App, actor: &Actor, name: &str) -> Result<(), AppError> {
    app.require(actor, &[Role::Admin], "revoking tokens")?;
    app.store.revoke_token(name).await?;
    audit(app, actor, "token_revoked", json!({"token": name})).await
}

/// A successful login: the cookie's secret, the CSRF token for writes, who logged in.
#[derive(Debug)]
pub struct Login {
    pub session_secret: String,
    pub csrf: String,
    pub actor: Actor,
    pub expires_at: Timestamp,
}

/// Checks a password (local accounts; directory accounts through `[auth.ldap]`), throttled
/// per account and per address. Every attempt is in the audit log.
pub async fn login(
    app: &App,
    username: &str,
    password: &str,
    address: Option<String>,
) -> Result<Login, AppError> {
    let addr = address.clone().unwrap_or_default();
    if let Verdict::Wait(secs) = app.throttle.check(username, &addr) {
        return Err(AppError::TooManyAttempts(secs));
    }
    let account = verify_credentials(app, username, password).await?;
    let Some(account) = account else {
        app.throttle.failed(username, &addr);
        let detail = json!({"account": username, "address": address});
        app.store.audit_event(None, "login_failed", &detail).await?;
        return Err(AppError::Unauthenticated(
            "Benutzername oder Passwort ist falsch.".into(),
        ));
    };
    app.throttle.succeeded(username, &addr);
    let session_secret = secret();
    let csrf = secret();
    let expires_at = now()
        .checked_add(SESSION_LIFETIME)
        .map_err(|e| AppError::Invalid(format!("session end: {e}")))?;
    app.store
        .add_session(
            &secret_hash(&session_secret),
            &account.name,
            &csrf,
            expires_at,
        )
        .await?;
    let actor = account.actor(address.clone());
    app.store
        .audit_event(
            None,
            "login",
            &json!({"account": account.name, "address": address, "source": account.source}),
        )
        .await?;
    Ok(Login {
        session_secret,
        csrf,
        actor,
        expires_at,
    })
}

/// The account behind a username and password, or `None` (unknown, wrong or disabled: the
/// caller cannot tell which).
async fn verify_credentials(
    app: &App,
    username: &str,
    password: &str,
) -> Result<Option<Account>, AppError> {
    let found = app.store.account_with_hash(username).await?;
    match found {
        Some((account, Some(hash))) if account.source == AccountSource::Local => {
            let ok = password_matches(password.to_string(), hash).await;
            Ok((ok && !account.disabled).then_some(account))
        }
        Some((account, _)) if account.source == AccountSource::Ldap => {
            directory_login(app, Some(account), username, password).await
        }
        None if app.config.ldap.is_some() => {
            // Directory names are case-insensitive; the account is kept under one spelling.
            let name = username.to_lowercase();
            let existing = match name != username {
                true => app.store.account(&name).await?,
                false => None,
            };
            match existing {
                Some(a) if a.source == AccountSource::Local => Ok(None),
                existing => directory_login(app, existing, &name, password).await,
            }
        }
        _ => {
            // Spend the same time as a real check, so that timing does not tell which
            // account names exist.
            let password = password.to_string();
            let _ = tokio::task::spawn_blocking(move || {
                let hash = DUMMY_HASH.get_or_init(|| {
                    let salt = salt();
                    Argon2::default()
                        .hash_password(secret().as_bytes(), &salt)
                        .map(|h| h.to_string())
                        .unwrap_or_default()
                });
                if let Ok(h) = PasswordHash::new(hash) {
                    let _ = Argon2::default().verify_password(password.as_bytes(), &h);
                }
            })
            .await;
            Ok(None)
        }
    }
}

/// Asks the directory; the account mirrors the user's groups as of this login (so leaving
/// a group takes the rights away), and `mailroom user disable` still locks it out.
async fn directory_login(
    app: &App,
    existing: Option<Account>,
    name: &str,
    password: &str,
) -> Result<Option<Account>, AppError> {
    let Some(config) = &app.config.ldap else {
        return Ok(None);
    };
    let user = super::directory::authenticate(config, name, password)
        .await
        .map_err(|e| AppError::Unavailable(e.to_string()))?;
    let Some(user) = user else {
        return Ok(None);
    };
    if user.roles.is_empty() && existing.is_none() {
        // In the directory but in none of mailroom's groups: no account is made.
        return Ok(None);
    }
    let account = app
        .store
        .upsert_ldap_account(name, &user.roles, &user.departments)
        .await?;
    Ok((!account.disabled && !account.roles.is_empty()).then_some(account))
}

/// A hash of a random secret, checked against for unknown accounts.
static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The actor behind a session cookie's secret, with the session's CSRF token.
pub async fn session_actor(
    app: &App,
    session_secret: &str,
    address: Option<String>,
) -> Result<Option<(Actor, String)>, AppError> {
    let Some(session) = app
        .store
        .session(&secret_hash(session_secret), now())
        .await?
    else {
        return Ok(None);
    };
    let Some(account) = app.store.account(&session.account).await? else {
        return Ok(None);
    };
    if account.disabled {
        return Ok(None);
    }
    Ok(Some((account.actor(address), session.csrf)))
}

/// The actor behind a bearer token.
pub async fn token_actor(
    app: &App,
    token: &str,
    address: Option<String>,
) -> Result<Option<Actor>, AppError> {
    Ok(app
        .store
        .token_by_hash(&secret_hash(token))
        .await?
        .map(|t| t.actor(address)))
}

pub async fn logout(app: &App, actor: &Actor, session_secret: &str) -> Result<(), AppError> {
    app.store.end_session(&secret_hash(session_secret)).await?;
    app.store
        .audit_event(
            None,
            "logout",
            &json!({"account": actor.name, "address": actor.address}),
        )
        .await?;
    Ok(())
}

/// Account changes go into the `system` chain with who made them.
async fn audit(
    app: &App,
    actor: &Actor,
    kind: &str,
    mut detail: serde_json::Value,
) -> Result<(), AppError> {
    detail["by"] = json!(actor.name);
    app.store.audit_event(None, kind, &detail).await?;
    Ok(())
}
