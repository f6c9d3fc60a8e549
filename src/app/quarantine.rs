//! The quarantine: files that could not be processed, with a reason a person can act on.
//! Mail-room staff list them, send them back to processing after fixing the cause, or
//! discard them; every decision records who made it.

use serde::Serialize;

use super::{App, AppError};
use crate::model::{format_utc, Actor, ReceiptId, Role};
use crate::model::{Receipt, ReceiptState, Replacement};
use crate::pipeline::{QuarantineDir, RetryFileError};

/// A quarantined (or, with `all`, once quarantined) delivery as the CLI and API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuarantineEntry {
    #[schema(value_type = i64)]
    pub id: ReceiptId,
    /// `quarantined`, `retried`, `discarded`, …
    #[schema(value_type = String)]
    pub state: ReceiptState,
    pub original_filename: String,
    pub pipeline: String,
    pub received_at: String,
    pub claimed_at: String,
    pub reason_code: Option<String>,
    pub reason: Option<String>,
    #[schema(value_type = Option<String>)]
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
            claimed_at: format_utc(r.claimed_at),
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

/// One entry in quarantine (mail-room staff).
pub async fn entry(app: &App, actor: &Actor, id: ReceiptId) -> Result<Receipt, AppError> {
    app.require(actor, &[Role::Mailroom], "reading the quarantine")?;
    quarantined(app, id).await
}

/// How much of a quarantined file is read to tell what it is and to preview it.
pub const HEAD_BYTES: u64 = 64 * 1024;

/// A quarantined file as it lies in the quarantine folder, for a person to look at.
#[derive(Debug, Clone)]
pub struct QuarantinedFile {
    pub path: std::path::PathBuf,
    /// What the bytes are, sniffed from the beginning (the name may lie).
    pub media_type: Option<crate::model::MediaType>,
    /// The first [`HEAD_BYTES`] (a preview, not the file).
    pub head: Vec<u8>,
}

/// An entry in quarantine (mail-room staff) with its file, if the file can still be read:
/// its beginning, to see what it is before deciding; the whole file is at `path`.
pub async fn file(
    app: &App,
    actor: &Actor,
    id: ReceiptId,
) -> Result<(Receipt, Option<QuarantinedFile>), AppError> {
    let r = entry(app, actor, id).await?;
    let Some(path) = r.quarantine_path.clone() else {
        return Ok((r, None));
    };
    let read = tokio::task::spawn_blocking(move || {
        use std::io::Read;
        let f = std::fs::File::open(&path)?;
        let mut head = Vec::new();
        f.take(HEAD_BYTES).read_to_end(&mut head)?;
        Ok::<_, std::io::Error>(QuarantinedFile {
            media_type: crate::model::MediaType::sniff(&head),
            path,
            head,
        })
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("reading the file stopped: {e}")))?;
    Ok((r, read.ok()))
}

/// Replaces a quarantined file with a corrected one a person uploaded (`name`, `bytes`) and
/// sends it back to processing; the received bytes stay kept under their hash, the receipt
/// keeps its time of receipt and records the replacement.
pub async fn replace(
    app: &App,
    actor: &Actor,
    id: ReceiptId,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Receipt, AppError> {
    app.require(actor, &[Role::Mailroom], "replacing quarantined files")?;
    if bytes.is_empty() {
        return Err(AppError::Invalid("the corrected file is empty".into()));
    }
    quarantined(app, id).await?;
    // The upload goes to a folder of its own under the data folder (same file system as the
    // quarantine), named as uploaded: the name is recorded with the replacement.
    let dir = app
        .config
        .data_dir
        .join("tmp")
        .join(format!("replace-{id}-{}", rand::random::<u64>()));
    let given = dir.join(crate::mail::upload_message::safe_upload_name(
        Some(name),
        "korrigiert",
    ));
    let (d, g) = (dir.clone(), given.clone());
    tokio::task::spawn_blocking(move || {
        crate::fsutil::create_dir_all_durable(&d)?;
        crate::fsutil::write_atomic(&g, &bytes)
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("storing the upload stopped: {e}")))?
    .map_err(|e| AppError::Unavailable(format!("cannot store the upload: {e}")))?;
    let result = retry_with(app, actor, id, Some(given)).await;
    let _ = tokio::task::spawn_blocking(move || std::fs::remove_dir_all(dir)).await;
    result
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
    retry_with(app, actor, id, None).await
}

/// [`retry`], with the file at `given` put in place of the quarantined one first.
async fn retry_with(
    app: &App,
    actor: &Actor,
    id: ReceiptId,
    given: Option<std::path::PathBuf>,
) -> Result<Receipt, AppError> {
    let intake = app.uploads.as_ref().ok_or_else(|| {
        AppError::Unavailable("retrying needs the running daemon's workers".into())
    })?;
    let (_, replaced) = prepare_retry(app, actor, id, given).await?;
    intake
        .retry_quarantined(id, &actor.name, replaced.as_ref())
        .await
        .map_err(|e| AppError::Unavailable(format!("the file could not be taken back: {e}")))
}

/// Checks that a retry may happen (role, state) and finds what a person put in place of the
/// quarantined file (or copies `given` there): the retry records it. Used by the daemon's
/// retry above and by the CLI, which processes the file itself.
pub async fn prepare_retry(
    app: &App,
    actor: &Actor,
    id: ReceiptId,
    given: Option<std::path::PathBuf>,
) -> Result<(Receipt, Option<Replacement>), AppError> {
    app.require(actor, &[Role::Mailroom], "retrying quarantined files")?;
    let r = quarantined(app, id).await?;
    let (rc, blobs) = (r.clone(), app.blobs.clone());
    let replaced = tokio::task::spawn_blocking(move || {
        crate::pipeline::take_replacement(&rc, given.as_deref(), &blobs)
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("checking the file stopped: {e}")))?
    .map_err(|e| match e {
        RetryFileError::Io { .. } => AppError::Unavailable(e.to_string()),
        RetryFileError::Gone(_) | RetryFileError::Ambiguous(_) => AppError::Conflict(e.to_string()),
    })?;
    Ok((r, replaced))
}

/// The quarantined entries `ids` or, with `all`, every entry in quarantine (only those with
/// reason code `code`, if given), oldest first; unknown ids are an error before anything is done.
pub async fn select(
    app: &App,
    actor: &Actor,
    ids: &[ReceiptId],
    all: bool,
    code: Option<&str>,
) -> Result<Vec<Receipt>, AppError> {
    app.require(actor, &[Role::Mailroom], "reading the quarantine")?;
    let mut chosen = Vec::new();
    if all {
        chosen.extend(
            app.store
                .quarantined(false)
                .await?
                .into_iter()
                .filter(|r| code.is_none_or(|c| r.reason_code.as_deref() == Some(c))),
        );
    }
    for id in ids {
        if !chosen.iter().any(|r| r.id == *id) {
            chosen.push(quarantined(app, *id).await?);
        }
    }
    chosen.sort_by_key(|r| r.id);
    Ok(chosen)
}
