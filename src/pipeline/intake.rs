//! Claiming a file: record the receipt first, then move (or copy) the file into the spool.
//! The database row is the journal: whatever happens after it is written, recovery finds the
//! row and knows where the file must be.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::owner::Owner;
use super::spool::Spool;
use crate::fsutil;
use crate::model::Sha256;
use crate::model::{now, Timestamp};
use crate::model::{ClaimMode, MailboxKey, NewReceipt, Receipt};
use crate::store::{Store, StoreError};

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
    /// claimed (someone else took it). The time of receipt is when the file was complete in
    /// the drop folder (see [`time_of_receipt`]); for `mailroom ingest`, now.
    pub async fn claim(
        &self,
        pipeline: &str,
        channel: &str,
        capture: Option<&serde_json::Value>,
        path: &Path,
        kind: ClaimKind,
    ) -> Result<Option<Receipt>, IntakeError> {
        let paths = [path.to_path_buf()];
        let mut claimed = self
            .claim_many(pipeline, channel, capture, &paths, kind)
            .await?;
        claimed.pop().expect("one result per path")
    }

    /// Claims many files at once (group commit): one transaction records every receipt, then
    /// the files move (or are copied) into the spool and each folder that changed is synced
    /// once. One result per path, in order; the outer `Err` means nothing was claimed.
    pub async fn claim_many(
        &self,
        pipeline: &str,
        channel: &str,
        capture: Option<&serde_json::Value>,
        paths: &[PathBuf],
        kind: ClaimKind,
    ) -> Result<Vec<Result<Option<Receipt>, IntakeError>>, IntakeError> {
        let io = |path: &Path, source| IntakeError::Io {
            path: path.to_path_buf(),
            source,
        };
        let spool = self.spool.clone();
        let listed = paths.to_vec();
        let metas = tokio::task::spawn_blocking(move || {
            listed
                .iter()
                .map(|p| {
                    let meta = std::fs::metadata(p)?;
                    let mode = match kind {
                        ClaimKind::Ingest => ClaimMode::Ingested,
                        ClaimKind::DropFolder if spool.same_filesystem(p) => ClaimMode::Moved,
                        ClaimKind::DropFolder => ClaimMode::Copied,
                    };
                    Ok((meta, mode))
                })
                .collect::<Vec<std::io::Result<_>>>()
        })
        .await
        .map_err(|e| io(Path::new(""), std::io::Error::other(e)))?;
        let mut results: Vec<Option<Result<Option<Receipt>, IntakeError>>> =
            (0..paths.len()).map(|_| None).collect();
        let mut new: Vec<NewReceipt> = Vec::new();
        let mut which: Vec<(usize, ClaimMode)> = Vec::new();
        for (i, (path, meta)) in paths.iter().zip(metas).enumerate() {
            match meta {
                Ok((meta, mode)) => {
                    let claimed_at = now();
                    let received_at = match kind {
                        ClaimKind::DropFolder => time_of_receipt(meta.modified().ok(), claimed_at),
                        ClaimKind::Ingest => claimed_at,
                    };
                    new.push(NewReceipt {
                        pipeline: pipeline.to_string(),
                        channel: channel.to_string(),
                        source_path: path.clone(),
                        original_filename: path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        received_at,
                        claimed_at,
                        claim_mode: mode,
                        source_identity: Some(fsutil::identity(&meta)),
                        capture: capture.cloned(),
                    });
                    which.push((i, mode));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => results[i] = Some(Ok(None)),
                Err(e) => results[i] = Some(Err(io(path, e))),
            }
        }
        if new.is_empty() {
            return Ok(results.into_iter().map(|r| r.expect("set")).collect());
        }
        let ids = self.store.claim_many(&new, self.owner.token()).await?;
        crate::fault::crash_point("claim-recorded");
        let moves: Vec<(PathBuf, PathBuf, ClaimMode)> = which
            .iter()
            .zip(&ids)
            .map(|((i, mode), id)| (paths[*i].clone(), self.spool.path(*id), *mode))
            .collect();
        let moved = tokio::task::spawn_blocking(move || move_into_spool(&moves))
            .await
            .map_err(|e| io(Path::new(""), std::io::Error::other(e)))?;
        let mut abandoned = Vec::new();
        let mut kept = Vec::new();
        for (((i, _), id), outcome) in which.iter().zip(&ids).zip(moved) {
            match outcome {
                Ok(true) => kept.push((*i, *id)),
                Ok(false) => {
                    abandoned.push(*id);
                    results[*i] = Some(Ok(None));
                }
                Err(e) => {
                    // Nothing moved: forget the claim so the file is tried again later.
                    abandoned.push(*id);
                    results[*i] = Some(Err(io(&paths[*i], e)));
                }
            }
        }
        for id in abandoned {
            self.store.abandon_claim(id).await?;
        }
        if !kept.is_empty() {
            crate::fault::crash_point("claim-moved");
        }
        let receipts = self
            .store
            .receipts_by_ids(&kept.iter().map(|(_, id)| *id).collect::<Vec<_>>())
            .await?;
        for (i, id) in kept {
            let r = receipts.iter().find(|r| r.id == id).cloned();
            results[i] = Some(match r {
                Some(r) => Ok(Some(r)),
                None => Err(IntakeError::Store(StoreError::NotFound(format!(
                    "receipt {id}"
                )))),
            });
        }
        Ok(results.into_iter().map(|r| r.expect("set")).collect())
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

/// A drop-folder file's time of receipt: when it was complete in the folder, i.e. its last
/// modification. A file that waited while the daemon was stopped (over a weekend) was received
/// on Friday, not on Monday: deadlines run from this time. Never later than the claim, so a
/// clock that runs ahead on a scanner or a file server cannot date post into the future.
pub fn time_of_receipt(
    modified: Option<std::time::SystemTime>,
    claimed_at: Timestamp,
) -> Timestamp {
    modified
        .and_then(|m| Timestamp::try_from(m).ok())
        .map_or(claimed_at, |m| m.min(claimed_at))
}

/// Moves (renames) or copies each file into the spool durably, with two syncs of the spool's
/// filesystem for all files: the first makes the claimed files' content durable (a scanner's
/// bytes may still be only in the page cache; once the file has left the drop folder, only
/// the spool holds it), the second the new names. Copies go through temporary names, so a
/// name in the spool always has its complete content. `Ok(false)`: the file was gone.
fn move_into_spool(moves: &[(PathBuf, PathBuf, ClaimMode)]) -> Vec<std::io::Result<bool>> {
    let Some(spool) = moves.first().and_then(|(_, d, _)| d.parent()) else {
        return Vec::new();
    };
    // Copies into temporary files first; their data becomes durable with the first sync.
    let mut temps: Vec<Option<std::io::Result<PathBuf>>> = moves
        .iter()
        .map(|(src, dest, mode)| {
            (*mode != ClaimMode::Moved).then(|| {
                let tmp = dest.with_extension(format!("copy-{}.tmp", rand::random::<u32>()));
                std::fs::copy(src, &tmp).map(|_| tmp)
            })
        })
        .collect();
    let first = fsutil::sync_filesystem(spool);
    let mut durable_names = Ok(());
    let results: Vec<std::io::Result<bool>> = moves
        .iter()
        .zip(temps.iter_mut())
        .map(|((src, dest, mode), tmp)| {
            let done = match (mode, tmp.take()) {
                (ClaimMode::Moved, _) => {
                    // Without a filesystem sync, the file's own data is synced first.
                    let synced = match &first {
                        Ok(()) => Ok(()),
                        Err(_) => std::fs::File::open(src).and_then(|f| f.sync_all()),
                    };
                    synced.and_then(|()| std::fs::rename(src, dest))
                }
                (_, Some(Ok(tmp))) => {
                    let synced = match &first {
                        Ok(()) => Ok(()),
                        Err(_) => std::fs::File::open(&tmp).and_then(|f| f.sync_all()),
                    };
                    let renamed = synced.and_then(|()| std::fs::rename(&tmp, dest));
                    if renamed.is_err() {
                        let _ = std::fs::remove_file(&tmp);
                    }
                    renamed
                }
                (_, Some(Err(e))) => Err(e),
                (_, None) => Err(std::io::Error::other("no copy was made")),
            };
            match done {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                Err(e) => Err(e),
            }
        })
        .collect();
    // The files are in the spool now, whatever happens next: the claims are kept. If the sync
    // fails and we crash, recovery finds the receipts and looks in both places.
    if fsutil::sync_filesystem(spool).is_err() {
        let mut dirs: std::collections::BTreeSet<PathBuf> = Default::default();
        dirs.insert(spool.to_path_buf());
        for (src, _, mode) in moves {
            if *mode == ClaimMode::Moved {
                if let Some(d) = src.parent() {
                    dirs.insert(d.to_path_buf());
                }
            }
        }
        for d in dirs {
            if let Err(e) = fsutil::sync_dir(&d) {
                durable_names = Err(e);
            }
        }
    }
    if let Err(e) = durable_names {
        tracing::warn!(error = %e, "fsync after claiming failed");
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_file_that_waited_was_received_when_it_was_complete() {
        let claimed: Timestamp = "2026-12-07T07:00:00Z".parse().unwrap();
        let friday = SystemTime::UNIX_EPOCH
            + Duration::from_secs(
                "2026-12-04T15:30:00Z"
                    .parse::<Timestamp>()
                    .unwrap()
                    .as_second() as u64,
            );
        assert_eq!(
            time_of_receipt(Some(friday), claimed),
            "2026-12-04T15:30:00Z".parse::<Timestamp>().unwrap()
        );
    }

    #[test]
    fn a_modification_time_in_the_future_or_unknown_gives_the_claim_time() {
        let claimed: Timestamp = "2026-12-07T07:00:00Z".parse().unwrap();
        let ahead = SystemTime::UNIX_EPOCH
            + Duration::from_secs(
                "2026-12-07T09:00:00Z"
                    .parse::<Timestamp>()
                    .unwrap()
                    .as_second() as u64,
            );
        assert_eq!(time_of_receipt(Some(ahead), claimed), claimed);
        assert_eq!(time_of_receipt(None, claimed), claimed);
    }
}
