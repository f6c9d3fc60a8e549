//! The upload channel's intake: an upload (its files wrapped in one message, so that several
//! files are one consignment like a mail) is written durably, its receipt and idempotency key
//! recorded in one transaction, then moved into the spool and handed to the workers. Only
//! then does the portal get its answer. A crash after the receipt is recorded is resumed by
//! recovery like a drop-folder file; a message file without a receipt is removed at start.

use std::path::PathBuf;

use tokio::sync::mpsc;

use super::intake::{Intake, IntakeError};
use crate::fsutil;
use crate::model::{now, Sha256};
use crate::model::{ClaimMode, NewReceipt, Receipt};
use crate::store::{StoreError, UploadClaim};

/// The running daemon's intake for the API: uploads, and quarantined files sent back to the
/// workers.
#[derive(Clone)]
pub struct ApiIntake {
    intake: Intake,
    deliveries: mpsc::UnboundedSender<Receipt>,
    incoming: PathBuf,
}

/// One upload to deliver.
pub struct UploadDelivery<'a> {
    pub pipeline: &'a str,
    pub channel: &'a str,
    /// The message holding the uploaded files.
    pub message: Vec<u8>,
    /// A name for it (shown as the consignment's file name).
    pub name: String,
    /// The requester-scoped idempotency key.
    pub key: &'a str,
    pub requester: &'a str,
    pub sha256s: &'a [Sha256],
}

fn io(path: &std::path::Path, source: std::io::Error) -> IntakeError {
    IntakeError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl ApiIntake {
    /// `data_dir/uploads/incoming` must be on the spool's filesystem (it is: both live in
    /// the data folder), so the move into the spool is a rename.
    pub fn new(
        intake: Intake,
        deliveries: mpsc::UnboundedSender<Receipt>,
        data_dir: &std::path::Path,
    ) -> std::io::Result<ApiIntake> {
        let incoming = data_dir.join("uploads").join("incoming");
        fsutil::create_dir_all_durable(&incoming)?;
        Ok(ApiIntake {
            intake,
            deliveries,
            incoming,
        })
    }

    /// Makes the upload durable and queues it; returns its receipt and whether it was a
    /// repeat of an earlier upload with the same key (then nothing new is stored).
    pub async fn deliver(
        &self,
        d: UploadDelivery<'_>,
    ) -> Result<(Receipt, Option<Vec<Sha256>>), IntakeError> {
        // Named after the process taking it: another daemon sharing the folder must not take
        // it for an orphan while this one is still recording it.
        let path = self.incoming.join(format!(
            "{}-{:016x}.eml",
            self.intake.owner().token(),
            rand::random::<u64>()
        ));
        let (p, bytes) = (path.clone(), d.message);
        let meta = tokio::task::spawn_blocking(move || {
            fsutil::write_atomic(&p, &bytes)?;
            std::fs::metadata(&p)
        })
        .await
        .map_err(|e| io(&path, std::io::Error::other(e)))?
        .map_err(|e| io(&path, e))?;
        crate::fault::crash_point("upload-written");
        let receipt = NewReceipt {
            pipeline: d.pipeline.to_string(),
            channel: d.channel.to_string(),
            source_path: path.clone(),
            original_filename: d.name,
            received_at: now(),
            claimed_at: now(),
            claim_mode: ClaimMode::Moved,
            source_identity: Some(fsutil::identity(&meta)),
            capture: None,
        };
        let store = self.intake.store();
        let claim = store
            .claim_upload(
                &receipt,
                self.intake.owner().token(),
                d.key,
                d.requester,
                d.sha256s,
            )
            .await;
        let claim = match claim {
            Ok(c) => c,
            Err(e) => {
                let _ = std::fs::remove_file(&path);
                return Err(e.into());
            }
        };
        let id = match claim {
            UploadClaim::Existing(id, shas) => {
                let p = path.clone();
                let _ = tokio::task::spawn_blocking(move || fsutil::remove_durable(&p)).await;
                let r = store.receipt(id).await?.ok_or_else(|| {
                    IntakeError::Store(StoreError::NotFound(format!("receipt {id}")))
                })?;
                return Ok((r, Some(shas)));
            }
            UploadClaim::New(id) => id,
        };
        crate::fault::crash_point("upload-claimed");
        let dest = self.intake.spool().path(id);
        let src = path.clone();
        let moved = tokio::task::spawn_blocking(move || fsutil::move_durable(&src, &dest)).await;
        crate::fault::crash_point("upload-moved");
        if !matches!(moved, Ok(Ok(()))) {
            // The receipt is durable and its file too: recovery moves it into the spool.
            tracing::warn!(
                receipt = id.0,
                "upload not moved into the spool yet; recovery will"
            );
        }
        let r = store
            .receipt(id)
            .await?
            .ok_or_else(|| IntakeError::Store(StoreError::NotFound(format!("receipt {id}"))))?;
        if matches!(moved, Ok(Ok(()))) {
            let _ = self.deliveries.send(r.clone());
        }
        Ok((r, None))
    }

    /// Takes a quarantined receipt back into processing (`by` is recorded): its file moves
    /// back into the spool and the workers get it.
    pub async fn retry_quarantined(
        &self,
        id: crate::model::ReceiptId,
        by: &str,
        replaced: Option<&crate::model::Replacement>,
    ) -> Result<Receipt, IntakeError> {
        let store = self.intake.store();
        let r = store
            .retry_quarantined(id, self.intake.owner().token(), by, replaced)
            .await?;
        let from = r.quarantine_path.clone();
        let to = self.intake.spool().path(r.id);
        let moved = tokio::task::spawn_blocking(move || match from {
            Some(from) => super::QuarantineDir::take_back(&from, &to),
            None => Ok(()),
        })
        .await
        .map_err(|e| io(std::path::Path::new(""), std::io::Error::other(e)))?;
        moved.map_err(|e| io(&r.source_path, e))?;
        let _ = self.deliveries.send(r.clone());
        Ok(r)
    }

    /// Removes message files that never got a receipt (a crash between writing and
    /// recording): those of processes no longer running that no claimed receipt names. Run
    /// after recovery, which moves every recorded one of a dead process into the spool.
    pub async fn remove_orphans(&self) -> Result<usize, IntakeError> {
        let claimed: std::collections::HashSet<PathBuf> = self
            .intake
            .store()
            .claimed_receipts()
            .await?
            .into_iter()
            .map(|r| r.source_path)
            .collect();
        let (incoming, owner) = (self.incoming.clone(), self.intake.owner().clone());
        tokio::task::spawn_blocking(move || {
            let mut n = 0;
            for entry in std::fs::read_dir(&incoming).map_err(|e| io(&incoming, e))? {
                let path = entry.map_err(|e| io(&incoming, e))?.path();
                let writer = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .and_then(|s| s.rsplit_once('-'))
                    .map(|(token, _)| token.to_string());
                if !path.is_file()
                    || claimed.contains(&path)
                    || writer.is_some_and(|t| owner.is_alive(&t))
                {
                    continue;
                }
                fsutil::remove_durable(&path).map_err(|e| io(&path, e))?;
                n += 1;
            }
            Ok(n)
        })
        .await
        .map_err(|e| io(&self.incoming, std::io::Error::other(e)))?
    }
}
