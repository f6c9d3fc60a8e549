//! Group commit: documents ready to be filed wait here briefly and are filed together — their
//! originals (and archive copies) written with one round of fsyncs, then one database
//! transaction for all of them, then one clean-up of the spool. Under load a batch collects
//! whatever arrived while the previous one was being made durable; an idle daemon files a
//! single document at once, so nobody waits for company.
//!
//! The invariants of single filing hold for each document of a batch: its blobs are durable
//! before the transaction that files it; its spool file and (copied) original are removed only
//! after that transaction committed; a crash anywhere leaves receipts `claimed`, which recovery
//! processes again (blobs are content-addressed, filing checks the receipt's state).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};
use tracing::{debug, warn};

use super::runner::remove_original_if_unchanged;
use super::spool::Spool;
use crate::fsutil;
use crate::model::Sha256;
use crate::model::{ClaimMode, Receipt};
use crate::store::{BlobData, BlobStore, FilingOutcome, FilingRequest, Store, StoreError};

/// Most documents in one transaction: bounds the transaction's duration (and the time the
/// first document of a batch waits for the last).
const MAX_BATCH: usize = 256;

/// Why a document was not filed.
#[derive(Debug, thiserror::Error)]
pub enum FilingError {
    #[error("storing {what}: {detail}")]
    Blob { what: String, detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the filing task has stopped")]
    Stopped,
}

/// A blob to make durable before filing.
pub struct BlobWrite {
    pub sha256: Sha256,
    pub data: BlobData,
    /// For messages: "the original", "the archive copy".
    pub what: &'static str,
}

struct Job {
    request: FilingRequest,
    blobs: Vec<BlobWrite>,
    receipt: Receipt,
    reply: oneshot::Sender<Result<FilingOutcome, FilingError>>,
}

/// Hands documents to the filing task.
#[derive(Clone)]
pub struct Filer {
    jobs: mpsc::UnboundedSender<Job>,
}

impl Filer {
    /// Starts the filing task; it ends when the last `Filer` is dropped.
    pub fn start(store: Arc<dyn Store>, blobs: BlobStore, spool: Spool) -> Filer {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(rx, store, blobs, spool));
        Filer { jobs: tx }
    }

    /// Files `request` once `blobs` are durable; then clears `receipt`'s spool file (and its
    /// original in the drop folder, for copied claims).
    pub async fn file(
        &self,
        receipt: &Receipt,
        request: FilingRequest,
        blobs: Vec<BlobWrite>,
    ) -> Result<FilingOutcome, FilingError> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            request,
            blobs,
            receipt: receipt.clone(),
            reply,
        };
        self.jobs.send(job).map_err(|_| FilingError::Stopped)?;
        answer.await.map_err(|_| FilingError::Stopped)?
    }
}

async fn run(
    mut rx: mpsc::UnboundedReceiver<Job>,
    store: Arc<dyn Store>,
    blobs: BlobStore,
    spool: Spool,
) {
    // Two stages, so that the blobs of the next batch are written while the transaction of
    // this one runs: a batch's blobs are always durable before its own transaction.
    let (durable_tx, mut durable_rx) = mpsc::channel::<DurableBatch>(1);
    let transactions = tokio::spawn(async move {
        while let Some(batch) = durable_rx.recv().await {
            file_durable(batch, &store, &spool).await;
        }
    });
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let durable = store_blobs(batch, &blobs).await;
        if durable_tx.send(durable).await.is_err() {
            break;
        }
    }
    drop(durable_tx);
    let _ = transactions.await;
}

/// A batch whose blobs are durable (jobs whose blobs failed were answered already).
struct DurableBatch {
    jobs: Vec<Job>,
    started: std::time::Instant,
    blobs_took: std::time::Duration,
}

/// Stage 1: every job's blobs, with one round of syncs.
async fn store_blobs(batch: Vec<Job>, blobs: &BlobStore) -> DurableBatch {
    let started = std::time::Instant::now();
    let writes: Vec<(usize, Sha256, BlobData, &'static str)> = batch
        .iter()
        .enumerate()
        .flat_map(|(i, j)| {
            j.blobs
                .iter()
                .map(move |b| (i, b.sha256, b.data.clone(), b.what))
        })
        .collect();
    let store_blobs = blobs.clone();
    let items: Vec<(Sha256, BlobData)> = writes.iter().map(|w| (w.1, w.2.clone())).collect();
    let stored = tokio::task::spawn_blocking(move || store_blobs.put_many(&items)).await;
    let mut failed: Vec<Option<FilingError>> = (0..batch.len()).map(|_| None).collect();
    match stored {
        Ok(results) => {
            for (w, r) in writes.iter().zip(results) {
                if let Err(e) = r {
                    failed[w.0].get_or_insert(FilingError::Blob {
                        what: w.3.to_string(),
                        detail: e.to_string(),
                    });
                }
            }
        }
        Err(e) => {
            for slot in failed.iter_mut() {
                *slot = Some(FilingError::Blob {
                    what: "the originals".into(),
                    detail: e.to_string(),
                });
            }
        }
    }
    crate::fault::crash_point("original-stored");
    let mut jobs = Vec::with_capacity(batch.len());
    for (job, failure) in batch.into_iter().zip(failed) {
        match failure {
            Some(e) => {
                let _ = job.reply.send(Err(e));
            }
            None => jobs.push(job),
        }
    }
    DurableBatch {
        jobs,
        started,
        blobs_took: started.elapsed(),
    }
}

/// Stage 2: one transaction for the batch, then the spool clean-up, then the answers.
async fn file_durable(batch: DurableBatch, store: &Arc<dyn Store>, spool: &Spool) {
    let DurableBatch {
        jobs: ready,
        started,
        blobs_took,
    } = batch;
    if ready.is_empty() {
        return;
    }
    let requests: Vec<FilingRequest> = ready.iter().map(|j| j.request.clone()).collect();
    let waited = started.elapsed();
    let outcomes = match store.file_batch(&requests).await {
        Ok(o) => o,
        Err(e) => {
            let msg = e.to_string();
            for job in ready {
                let _ = job
                    .reply
                    .send(Err(FilingError::Store(StoreError::Conflict(format!(
                        "the filing transaction failed: {msg}"
                    )))));
            }
            return;
        }
    };
    crate::fault::crash_point("document-filed");
    let filed = started.elapsed();

    // The spool (and copied originals) are no longer needed: one sync per folder.
    let finished: Vec<Receipt> = ready
        .iter()
        .zip(&outcomes)
        .filter(|(_, o)| o.is_ok())
        .map(|(j, _)| j.receipt.clone())
        .collect();
    let spool = spool.clone();
    let cleaned = tokio::task::spawn_blocking(move || clean_up(&spool, &finished)).await;
    if let Ok(Err(e)) | Err(e) = cleaned.map_err(std::io::Error::other) {
        warn!(error = %e, "cleaning up after filing failed; will be retried at next start");
    }
    debug!(
        documents = requests.len(),
        blobs_ms = blobs_took.as_millis() as u64,
        transaction_ms = (filed - waited).as_millis() as u64,
        clean_up_ms = (started.elapsed() - filed).as_millis() as u64,
        "group commit"
    );
    for (job, outcome) in ready.into_iter().zip(outcomes) {
        let _ = job.reply.send(outcome.map_err(FilingError::Store));
    }
}

/// Removes the spool files of filed receipts and their copied originals, then syncs each
/// folder that changed once.
fn clean_up(spool: &Spool, receipts: &[Receipt]) -> std::io::Result<()> {
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    let mut first_error = None;
    for r in receipts {
        match std::fs::remove_file(spool.path(r.id)) {
            Ok(()) => {
                dirs.insert(spool.dir().to_path_buf());
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
        if r.claim_mode == ClaimMode::Copied {
            if let Err(e) = remove_original_if_unchanged(r) {
                first_error.get_or_insert(e);
            }
        }
    }
    for d in dirs {
        fsutil::sync_dir(&d)?;
    }
    first_error.map_or(Ok(()), Err)
}
