//! Feeding the search index. Filed documents are indexed in batches (under load at most one
//! commit per `commit_interval`), so hundreds of documents a second cost a handful of commits. The store
//! remembers what is indexed; anything missed (crash, index held by another process) is picked
//! up by the periodic sweep.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::{debug, warn};

use crate::model::DocumentId;
use crate::search::{IndexDocument, SearchError, SearchIndex};
use crate::store::{Store, StoreError};

/// Tells the indexer about newly filed documents.
#[derive(Clone)]
pub struct IndexerHandle {
    tx: mpsc::UnboundedSender<Signal>,
}

/// What the indexer hears.
enum Signal {
    /// A document was filed.
    Filed,
    /// The daemon has no document in work: index what is filed now rather than wait for the
    /// next round.
    Idle,
}

impl IndexerHandle {
    /// Documents were filed (the store says which are not indexed yet).
    pub fn filed(&self) {
        let _ = self.tx.send(Signal::Filed);
    }

    /// The last document in work is done (filed, quarantined or deferred).
    pub fn idle(&self) {
        let _ = self.tx.send(Signal::Idle);
    }
}

/// Errors while indexing.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Search(#[from] SearchError),
}

const BATCH: usize = 256;

/// Indexes up to one batch of unindexed documents; returns how many.
pub async fn index_pending(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
) -> Result<usize, IndexError> {
    let ids = store.unindexed(BATCH).await?;
    if ids.is_empty() {
        return Ok(0);
    }
    let docs = index_documents(store, &ids).await?;
    search.add(docs).await?;
    store.mark_indexed(&ids).await?;
    Ok(ids.len())
}

/// What the index gets of these documents.
pub async fn index_documents(
    store: &Arc<dyn Store>,
    ids: &[DocumentId],
) -> Result<Vec<IndexDocument>, IndexError> {
    Ok(store
        .texts_for_index(ids)
        .await?
        .into_iter()
        .map(|d| IndexDocument {
            id: d.id,
            pipeline: d.pipeline,
            channel: d.channel,
            original_filename: d.original_filename,
            received_at: d.received_at,
            text: d.text,
            mailbox: d.mailbox,
            department: d.department,
            class: d.class,
            tags: d.tags,
            fields: d
                .fields
                .iter()
                .filter_map(|f| f.split_once('='))
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        })
        .collect())
}

/// Indexes everything pending, batch after batch.
pub async fn index_all_pending(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
) -> Result<usize, IndexError> {
    let mut total = 0;
    loop {
        let n = index_pending(store, search).await?;
        total += n;
        if n < BATCH {
            return Ok(total);
        }
    }
}

/// Starts the indexing task. It runs until `cancel`, then indexes what is left.
pub fn spawn(
    store: Arc<dyn Store>,
    search: Arc<dyn SearchIndex>,
    commit_interval: Duration,
    sweep_interval: Duration,
    cancel: CancellationToken,
) -> (IndexerHandle, tokio::task::JoinHandle<()>) {
    let (tx, mut rx) = mpsc::unbounded_channel::<Signal>();
    let task = tokio::spawn(async move {
        let mut sweep = tokio::time::interval(sweep_interval);
        let mut backoff = Backoff::default();
        // At most one round (one commit per 256 documents) per `commit_interval` after a
        // filing, counted from the start of the last round: after a quiet spell a filed
        // document is indexed at once; under load, what was filed meanwhile is indexed
        // together. When the daemon has nothing left in work and something was filed since
        // the last round, the round starts a quarter interval after the last one instead: the
        // end of a burst is searchable without waiting out the interval, and commits stay at
        // most four per interval. (The sweep, minutes apart, is not held back.)
        let mut last_round: Option<tokio::time::Instant> = None;
        let mut filed_since_round = false;
        'rounds: loop {
            tokio::select! {
                _ = cancel.cancelled() => break,
                got = rx.recv() => {
                    let Some(signal) = got else { break };
                    let idle = match signal {
                        Signal::Filed => {
                            filed_since_round = true;
                            false
                        }
                        // Nothing new to index.
                        Signal::Idle if !filed_since_round => continue 'rounds,
                        Signal::Idle => true,
                    };
                    if let Some(last) = last_round {
                        let early = last + commit_interval / 4;
                        let mut until = if idle { early } else { last + commit_interval };
                        loop {
                            tokio::select! {
                                _ = cancel.cancelled() => break 'rounds,
                                _ = tokio::time::sleep_until(until) => break,
                                next = rx.recv() => match next {
                                    Some(Signal::Filed) => {}
                                    Some(Signal::Idle) => until = until.min(early),
                                    None => break,
                                },
                            }
                        }
                    }
                    while rx.try_recv().is_ok() {}
                }
                _ = sweep.tick() => {}
            }
            if backoff.due() {
                last_round = Some(tokio::time::Instant::now());
                filed_since_round = false;
                backoff.record(run_once(&store, &search).await);
            }
        }
        run_once(&store, &search).await;
    });
    (IndexerHandle { tx }, task)
}

/// Waits longer after each failed attempt (a search server that is down is not asked with
/// every filed document), up to a minute; one success resets it.
#[derive(Default)]
struct Backoff {
    failures: u32,
    next: Option<tokio::time::Instant>,
}

impl Backoff {
    fn due(&self) -> bool {
        self.next.is_none_or(|t| tokio::time::Instant::now() >= t)
    }

    fn record(&mut self, ok: bool) {
        if ok {
            *self = Backoff::default();
            return;
        }
        self.failures = self.failures.saturating_add(1);
        let wait = Duration::from_secs(1 << self.failures.min(6)).min(Duration::from_secs(60));
        self.next = Some(tokio::time::Instant::now() + wait);
    }
}

/// Indexes what is pending; false if the index could not be written (to be retried).
async fn run_once(store: &Arc<dyn Store>, search: &Arc<dyn SearchIndex>) -> bool {
    match index_all_pending(store, search).await {
        Ok(0) => true,
        Ok(n) => {
            debug!(documents = n, "indexed");
            true
        }
        Err(IndexError::Search(SearchError::Locked)) => {
            debug!("search index is held by another process; it will index these documents");
            true
        }
        Err(e) => {
            warn!(error = %e, "indexing failed; will retry");
            false
        }
    }
}
