//! The quarantine: files that could not be processed, with a reason a person can act on.
//! Mail-room staff list them, send them back to processing after fixing the cause, or
//! discard them; every decision records who made it.

use serde::Serialize;

use super::{App, AppError};
use crate::model::{format_utc, Actor, ReceiptId, Role};
use crate::pipeline::QuarantineDir;
use crate::store::{Receipt, ReceiptState};

/// A quarantined (or, with `all`, once quarantined) delivery as the CLI and API show it.
#[derive(Debug, Clone, Serialize)]
pub struct QuarantineEntry {
    pub id: ReceiptId,
    pub state: ReceiptState,
    pub original_filename: String,
    pub pipeline: String,
    pub received_at: String,
    pub reason_code: Option<String>,
    pub reason: Option<String>,
    pub path: Option<std::path::PathBuf>,
    pub attempts: u32,
}

impl QuarantineEntry {
    pub fn of(r: &Receipt) -> QuarantineEntry {
        QuarantineEntry {
            id: r.id,
            state: r.state,
            original_filename: r.original_filename.clone(),
            pipeline: r.pipeline.clone(),
            received_at: format_utc(r.received_at),
            reason_code: r.reason_code.clone(),
            reason: r.reason.clone(),
            path: r.quarantine_path.clone(),
            attempts: r.attempts,
        }
    }
}

pub async fn list(app: &App, actor: &Actor, all: bool) -> Result<Vec<Receipt>, AppError> {
    app.require(actor, &[Role::Mailroom], "reading the quarantine")?;
    Ok(app.store.quarantined(all).await?)
}

/// The receipt if it is in quarantine now.
async fn quarantined(app: &App, id: ReceiptId) -> Result<Receipt, AppError> {
    let r = app
        .store
        .receipt(id)
        .await?
        .filter(|r| r.quarantine_path.is_some() || r.state == ReceiptState::Quarantined)
        .ok_or_else(|| AppError::NotFound(format!("no quarantined file {id}")))?;
    if r.state != ReceiptState::Quarantined {
        return Err(AppError::Conflict(format!(
            "{id} is not in quarantine (state: {})",
            r.state.as_str()
        )));
    }
    Ok(r)
}

/// Deletes a quarantined file for good; the record of its receipt stays.
pub async fn discard(app: &App, actor: &Actor, id: ReceiptId) -> Result<Receipt, AppError> {
    app.require(actor, &[Role::Mailroom], "discarding quarantined files")?;
    quarantined(app, id).await?;
    let r = app.store.discard_quarantined(id, &actor.name).await?;
    if let Some(p) = r.quarantine_path.clone() {
        tokio::task::spawn_blocking(move || QuarantineDir::remove(&p))
            .await
            .map_err(|e| AppError::Unavailable(format!("removing the file stopped: {e}")))?
            .map_err(|e| {
                AppError::Unavailable(format!(
                    "receipt {id} is discarded but its file could not be removed: {e}"
                ))
            })?;
    }
    Ok(r)
}

/// Sends a quarantined file back to the running daemon's workers (after its cause was fixed);
/// it keeps its time of receipt. The CLI without a daemon processes it itself instead.
pub async fn retry(app: &App, actor: &Actor, id: ReceiptId) -> Result<Receipt, AppError> {
    app.require(actor, &[Role::Mailroom], "retrying quarantined files")?;
    quarantined(app, id).await?;
    let intake = app.uploads.as_ref().ok_or_else(|| {
        AppError::Unavailable("retrying needs the running daemon's workers".into())
    })?;
    intake
        .retry_quarantined(id, &actor.name)
        .await
        .map_err(|e| AppError::Unavailable(format!("the file could not be taken back: {e}")))
}

/// Checks that a retry may happen (role, state) before the CLI does it itself.
pub async fn check_retry(app: &App, actor: &Actor, id: ReceiptId) -> Result<Receipt, AppError> {
    app.require(actor, &[Role::Mailroom], "retrying quarantined files")?;
    quarantined(app, id).await
}
