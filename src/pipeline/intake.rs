//! Claiming a file: record the receipt first, then move (or copy) the file into the spool.
//! The database row is the journal: whatever happens after it is written, recovery finds the
//! row and knows where the file must be.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::owner::Owner;
use super::spool::Spool;
use crate::fsutil;
use crate::model::now;
use crate::model::Sha256;
use crate::store::{ClaimMode, MailboxKey, NewReceipt, Receipt, Store, StoreError};

/// Errors while claiming.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// How a file reaches mailroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    /// From a drop folder: the file leaves the folder once filed.
    DropFolder,
    /// `mailroom ingest`: the file is copied and left where it is.
    Ingest,
}

/// Claims files for processing.
#[derive(Clone)]
pub struct Intake {
    store: Arc<dyn Store>,
    spool: Spool,
    owner: Arc<Owner>,
}

impl Intake {
    pub fn new(store: Arc<dyn Store>, spool: Spool, owner: Arc<Owner>) -> Self {
        Intake {
            store,
            spool,
            owner,
        }
    }

    /// Claims `path` for `pipeline`. Returns `None` if the file disappeared before it could be
    /// claimed (someone else took it). The time of receipt is now.
    pub async fn claim(
        &self,
        pipeline: &str,
        channel: &str,
        capture: Option<&serde_json::Value>,
        path: &Path,
        kind: ClaimKind,
    ) -> Result<Option<Receipt>, IntakeError> {
        let io = |source| IntakeError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = match tokio::fs::metadata(path).await {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(e)),
        };
        let mode = match kind {
            ClaimKind::Ingest => ClaimMode::Ingested,
            ClaimKind::DropFolder if self.spool.same_filesystem(path) => ClaimMode::Moved,
            ClaimKind::DropFolder => ClaimMode::Copied,
        };
        let receipt = NewReceipt {
            pipeline: pipeline.to_string(),
            channel: channel.to_string(),
            source_path: path.to_path_buf(),
            original_filename: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            received_at: now(),
            claim_mode: mode,
            source_identity: Some(fsutil::identity(&meta)),
            capture: capture.cloned(),
        };
        let id = self.store.claim(receipt, self.owner.token()).await?;
        crate::fault::crash_point("claim-recorded");
        let dest = self.spool.path(id);
        let src = path.to_path_buf();
        let moved = tokio::task::spawn_blocking(move || -> std::io::Result<bool> {
            match mode {
                ClaimMode::Moved => match std::fs::rename(&src, &dest) {
                    Ok(()) => {
                        // The file is in the spool now, whatever happens next: report success
                        // so the claim is kept. If the folder sync fails and we crash, recovery
                        // finds the receipt and looks for the file in both places.
                        let synced = fsutil::sync_dir(dest.parent().expect("spool has a folder"))
                            .and_then(|_| src.parent().map_or(Ok(()), fsutil::sync_dir));
                        if let Err(e) = synced {
                            tracing::warn!(error = %e, "fsync after claiming failed");
                        }
                        Ok(true)
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                    Err(e) => Err(e),
                },
                _ => match fsutil::copy_durable(&src, &dest) {
                    Ok(_) => Ok(true),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                    Err(e) => Err(e),
                },
            }
        })
        .await
        .map_err(|e| io(std::io::Error::other(e)))?;
        match moved {
            Ok(true) => {
                crate::fault::crash_point("claim-moved");
                Ok(self.store.receipt(id).await?)
            }
            Ok(false) => {
                self.store.abandon_claim(id).await?;
                Ok(None)
            }
            Err(e) => {
                // Nothing moved: forget the claim so the file is tried again later.
                self.store.abandon_claim(id).await?;
                Err(io(e))
            }
        }
    }

    /// Records a fetched mail (receipt and server position in one transaction), then spools
    /// its raw bytes durably. If we crash in between, recovery forgets the receipt and the
    /// mail, still on the server, is fetched again.
    pub async fn claim_message(
        &self,
        receipt: NewReceipt,
        key: &MailboxKey,
        raw: &[u8],
        sha256: Sha256,
    ) -> Result<Receipt, IntakeError> {
        let id = self
            .store
            .claim_message(receipt, self.owner.token(), key, sha256)
            .await?;
        let dest = self.spool.path(id);
        let bytes = raw.to_vec();
        let written = tokio::task::spawn_blocking(move || fsutil::write_atomic(&dest, &bytes))
            .await
            .map_err(|e| IntakeError::Io {
                path: self.spool.path(id),
                source: std::io::Error::other(e),
            })?;
        if let Err(source) = written {
            self.store.abandon_claim(id).await?;
            return Err(IntakeError::Io {
                path: self.spool.path(id),
                source,
            });
        }
        crate::fault::crash_point("mail-stored");
        self.store
            .receipt(id)
            .await?
            .ok_or_else(|| IntakeError::Store(StoreError::NotFound(format!("receipt {id}"))))
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn owner(&self) -> &Arc<Owner> {
        &self.owner
    }

    pub fn spool(&self) -> &Spool {
        &self.spool
    }
}
