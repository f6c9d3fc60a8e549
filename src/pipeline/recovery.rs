//! Resuming after a crash. Runs at start and periodically while the daemon runs:
//!
//! * receipts still `claimed` by a process that no longer runs are taken over, their file
//!   found (spool, else drop folder, else quarantine) and handed back for processing;
//! * files left in the spool after their receipt was finished (crash between filing and
//!   clean-up) are removed.

use std::sync::Arc;

use tracing::{error, info, warn};

use super::owner::Owner;
use super::quarantine::QuarantineDir;
use super::runner::{remove_original_if_unchanged, Runner};
use crate::fsutil;
use crate::model::{ClaimMode, Receipt, ReceiptState};
use crate::store::StoreError;

/// Finds receipts to resume; cleans up finished spool files.
pub async fn recover(runner: &Runner, owner: &Arc<Owner>) -> Result<Vec<Receipt>, StoreError> {
    let store = runner.store();
    let mut resume = Vec::new();
    for r in store.claimed_receipts().await? {
        let previous = r.owner.clone();
        if let Some(token) = &previous {
            if token == owner.token() || owner.is_alive(token) {
                continue;
            }
        }
        if !store
            .take_over(r.id, previous.as_deref(), owner.token())
            .await?
        {
            continue;
        }
        match locate(runner, &r).await {
            Located::InSpool => {
                info!(receipt = r.id.0, file = %r.original_filename, "resuming after an interruption");
                store
                    .receipt_event(
                        r.id,
                        "resumed",
                        serde_json::json!({ "previous_owner": previous }),
                    )
                    .await?;
                resume.push(store.receipt(r.id).await?.unwrap_or(r));
            }
            Located::Quarantined(path) => {
                store
                    .quarantine(
                        r.id,
                        "interrupted",
                        "processing was interrupted while the file was moved to quarantine; see the note next to it",
                        &path.to_string_lossy(),
                    )
                    .await?;
            }
            Located::OnServer => {
                // The raw message never reached the spool; it is still on the IMAP server and
                // will be fetched again.
                info!(
                    receipt = r.id.0,
                    "fetched message was not stored completely; will fetch it again"
                );
                store.abandon_claim(r.id).await?;
            }
            Located::Nowhere => {
                error!(receipt = r.id.0, file = %r.original_filename, source = %r.source_path.display(),
                    "claimed file is in neither the spool nor its source folder; check the drop folder and the spool by hand");
                store
                    .mark_vanished(r.id, "file not found in spool, source folder or quarantine")
                    .await?;
            }
        }
    }
    clean_spool(runner).await?;
    Ok(resume)
}

enum Located {
    InSpool,
    OnServer,
    Quarantined(std::path::PathBuf),
    Nowhere,
}

/// Makes sure a claimed receipt's file is in the spool.
async fn locate(runner: &Runner, r: &Receipt) -> Located {
    let spooled = runner.spool().path(r.id);
    if spooled.exists() {
        return Located::InSpool;
    }
    if r.claim_mode == ClaimMode::Fetched {
        return Located::OnServer;
    }
    // Crash between recording the claim and moving the file: claim it again now.
    if r.claim_mode != ClaimMode::Extracted && r.source_path.exists() {
        let (src, dest, mode) = (r.source_path.clone(), spooled.clone(), r.claim_mode);
        let res = tokio::task::spawn_blocking(move || match mode {
            ClaimMode::Moved => fsutil::move_durable(&src, &dest),
            _ => fsutil::copy_durable(&src, &dest).map(|_| ()),
        })
        .await;
        match res {
            Ok(Ok(())) => return Located::InSpool,
            Ok(Err(e)) => warn!(receipt = r.id.0, error = %e, "could not re-claim the file"),
            Err(e) => warn!(receipt = r.id.0, error = %e, "could not re-claim the file"),
        }
    }
    let q = runner.quarantine_dir().path_for(r);
    if q.exists() {
        return Located::Quarantined(q);
    }
    Located::Nowhere
}

/// Removes spool files whose receipt is finished.
async fn clean_spool(runner: &Runner) -> Result<(), StoreError> {
    // Alone (SQLite), as before: every scratch file at once; shared, only abandoned ones.
    let min_age = if runner.store().several_processes() {
        super::spool::SCRATCH_ABANDONED_AFTER
    } else {
        std::time::Duration::ZERO
    };
    if let Err(e) = runner.spool().remove_scratch(min_age) {
        warn!(error = %e, "cannot remove scratch copies from the spool");
    }
    let ids = match runner.spool().list() {
        Ok(ids) => ids,
        Err(e) => {
            warn!(error = %e, "cannot list the spool");
            return Ok(());
        }
    };
    if ids.is_empty() {
        return Ok(());
    }
    let receipts = runner.store().receipts_by_ids(&ids).await?;
    for r in receipts {
        match r.state {
            ReceiptState::Filed | ReceiptState::Duplicate => runner.finish(&r).await,
            ReceiptState::Quarantined | ReceiptState::Discarded => {
                // The quarantine copy exists (it was moved there before the state changed).
                let _ = fsutil::remove_durable(&runner.spool().path(r.id));
                if r.claim_mode == ClaimMode::Copied {
                    let _ = remove_original_if_unchanged(&r);
                }
            }
            ReceiptState::Claimed | ReceiptState::Vanished => {}
        }
    }
    Ok(())
}

/// Puts a quarantined file back into the spool so its receipt can be processed again.
pub async fn unquarantine(runner: &Runner, r: &Receipt) -> std::io::Result<()> {
    let from = r
        .quarantine_path
        .clone()
        .ok_or_else(|| std::io::Error::other("receipt has no quarantine file"))?;
    let to = runner.spool().path(r.id);
    tokio::task::spawn_blocking(move || QuarantineDir::take_back(&from, &to))
        .await
        .map_err(std::io::Error::other)?
}
