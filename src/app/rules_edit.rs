//! Changing the rules file from the web interface: a changed text is checked (every error at
//! its line) and tried over the newest documents (what would move where) before anything is
//! saved; saving writes the file atomically, only if it is valid and nobody changed it
//! meanwhile, and records who saved which version in the audit log. The running daemon picks
//! the file up as it does any edit.

use std::sync::Arc;

use serde_json::json;

use super::rules::{self, Replay};
use super::{App, AppError};
use crate::config::{Diagnostic, RoutingConfig};
use crate::model::{Actor, Role, Sha256};
use crate::routing::Router;

/// How many of the newest documents a preview replays (the CLI's `rules test` takes all).
pub const PREVIEW_DOCUMENTS: usize = 2000;

/// The longest rules text accepted (a real rules file is a few kilobytes).
pub const MAX_TEXT_BYTES: usize = 512 * 1024;

/// What a changed rules text would do.
#[derive(Debug, Clone)]
pub struct RulesTrial {
    /// Every problem, with its line; empty when the text is valid.
    pub errors: Vec<Diagnostic>,
    /// What would change over the newest documents (valid texts only).
    pub replay: Option<Replay>,
}

/// Parses `text` as the rules file would be (off the async runtime: parsing compiles
/// patterns).
async fn parse(
    routing: &RoutingConfig,
    text: &str,
) -> Result<Result<crate::rules::RuleSet, Vec<Diagnostic>>, AppError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(AppError::Invalid(format!(
            "the rules text is larger than {} KB; a rules file is a few kilobytes",
            MAX_TEXT_BYTES / 1024
        )));
    }
    let (routing, text) = (routing.clone(), text.to_string());
    tokio::task::spawn_blocking(move || {
        routing
            .parse_rules(&routing.rules_file, text)
            .map_err(|e| e.0)
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("checking the rules stopped: {e}")))
}

/// Every error of a rules text, at its line (nothing replayed, nothing saved).
pub async fn check(app: &App, actor: &Actor, text: &str) -> Result<Vec<Diagnostic>, AppError> {
    app.require(actor, &[Role::Operator, Role::Mailroom], "testing rules")?;
    let routing = app.routing_config()?.clone();
    Ok(parse(&routing, text).await?.err().unwrap_or_default())
}

/// Checks a changed rules text and, if valid, replays it over the newest
/// [`PREVIEW_DOCUMENTS`] documents. Nothing is changed (operators and mail-room staff).
pub async fn try_text(app: &App, actor: &Actor, text: &str) -> Result<RulesTrial, AppError> {
    app.require(actor, &[Role::Operator, Role::Mailroom], "testing rules")?;
    let routing = app.routing_config()?.clone();
    let rules = match parse(&routing, text).await? {
        Ok(rules) => rules,
        Err(errors) => {
            return Ok(RulesTrial {
                errors,
                replay: None,
            })
        }
    };
    let mut candidate = routing.clone();
    candidate.rules = Arc::new(rules);
    let data_dir = app.config.data_dir.clone();
    // Building a router reads the model from disk.
    let router = tokio::task::spawn_blocking(move || Arc::new(Router::new(&candidate, &data_dir)))
        .await
        .map_err(|e| AppError::Unavailable(format!("loading the model: {e}")))?;
    let replay = rules::replay(
        app,
        actor,
        &router,
        &routing.rules_file,
        Some(PREVIEW_DOCUMENTS),
    )
    .await?;
    Ok(RulesTrial {
        errors: Vec::new(),
        replay: Some(replay),
    })
}

/// Saves a changed rules text (operators): only a valid one, and only over the text it was
/// made from (`basis`, the SHA-256 of [`rules::RulesFile::text`]). Returns the new version.
pub async fn save(app: &App, actor: &Actor, text: &str, basis: &str) -> Result<String, AppError> {
    app.require(actor, &[Role::Operator], "changing the rules")?;
    let routing = app.routing_config()?.clone();
    let rules = parse(&routing, text).await?.map_err(|errors| {
        let first = errors
            .first()
            .map(|d| match d.line {
                Some(l) => format!(" (first: line {l}: {})", d.message),
                None => format!(" (first: {})", d.message),
            })
            .unwrap_or_default();
        AppError::Invalid(format!(
            "the rules have {} error(s){first}; nothing was saved",
            errors.len()
        ))
    })?;
    let path = routing.rules_file.clone();
    let (bytes, wanted) = (text.as_bytes().to_vec(), basis.to_string());
    let written = path.clone();
    tokio::task::spawn_blocking(move || {
        let now = std::fs::read(&written).map_err(|e| {
            AppError::Unavailable(format!("cannot read {}: {e}", written.display()))
        })?;
        if Sha256::of(&now).to_string() != wanted {
            return Err(AppError::Conflict(format!(
                "{} was changed meanwhile; load it again and redo the change",
                written.display()
            )));
        }
        crate::fsutil::write_atomic(&written, &bytes)
            .map_err(|e| AppError::Unavailable(format!("cannot write {}: {e}", written.display())))
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("saving the rules stopped: {e}")))??;
    let detail = json!({
        "actor": actor.name,
        "address": actor.address,
        "file": path.display().to_string(),
        "version": rules.version,
        "sha256": Sha256::of(text.as_bytes()).to_string(),
    });
    app.store.audit_event(None, "rules_saved", &detail).await?;
    tracing::info!(by = %actor.name, version = %rules.version, file = %path.display(), "rules saved");
    Ok(rules.version.clone())
}
