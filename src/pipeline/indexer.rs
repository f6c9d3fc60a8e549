//! Feeding the search index. Filed documents are indexed in batches and committed at most
//! once per `commit_interval` under load, so hundreds of documents a second cost a handful of
//! commits. Where the backend can stage (the embedded index), what is filed is handed to it as
//! it comes and each round only commits: the index's work is done while filing goes on, and the
//! end of a burst waits for one commit. The store records documents as indexed only after the
//! commit that holds them; anything missed (crash, index held by another process) is picked up
//! by the periodic sweep.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tracing::{debug, warn};

use crate::model::{DocumentId, DocumentText, IndexedAs};
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

/// Documents read from the store and handed to the index at a time.
const BATCH: usize = 256;

/// Documents staged at most before a commit (after which the store records them as indexed):
/// a long rebuild keeps its progress. Backends that cannot stage commit every batch, as before.
const COMMIT_AT_MOST: usize = 8192;

/// Documents per commit at most for `search`.
fn commit_at_most(search: &Arc<dyn SearchIndex>) -> usize {
    if search.stages() {
        COMMIT_AT_MOST
    } else {
        BATCH
    }
}

/// Documents handed to the index but not committed yet (so not marked indexed in the store),
/// each with the routing it was read with.
#[derive(Default)]
struct Staged {
    docs: Vec<IndexedAs>,
    ids: std::collections::HashSet<DocumentId>,
}

/// Stages unindexed documents not staged yet, batch after batch, up to `at_most` staged in
/// all; returns how many were staged now.
async fn stage_pending(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
    staged: &mut Staged,
    at_most: usize,
) -> Result<usize, IndexError> {
    let mut total = 0;
    while staged.docs.len() < at_most {
        // The staged ones may come first: ask for as many more as a batch.
        let want = BATCH.min(at_most - staged.docs.len());
        let ids: Vec<DocumentId> = store
            .unindexed(staged.docs.len() + want)
            .await?
            .into_iter()
            .filter(|id| !staged.ids.contains(id))
            .take(want)
            .collect();
        if ids.is_empty() {
            break;
        }
        let started = std::time::Instant::now();
        let texts = store.texts_for_index(&ids).await?;
        let read_as: Vec<IndexedAs> = texts
            .iter()
            .map(|t| IndexedAs {
                id: t.id,
                routing: t.routing,
            })
            .collect();
        let docs: Vec<IndexDocument> = texts.into_iter().map(to_index_document).collect();
        let read = started.elapsed();
        search.stage(docs).await?;
        debug!(
            documents = ids.len(),
            read_ms = read.as_millis() as u64,
            stage_ms = (started.elapsed() - read).as_millis() as u64,
            "staged for the index"
        );
        total += ids.len();
        let full = ids.len() == want;
        // (A document gone from the store meanwhile has no text: it stays out.)
        staged.ids.extend(ids);
        staged.docs.extend(read_as);
        if !full {
            break;
        }
    }
    Ok(total)
}

/// Stages what is left (up to `at_most` in all), commits, and records everything staged as
/// indexed; returns how many. On an error nothing staged counts as indexed: it is staged
/// again later (adding replaces).
async fn commit_staged(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
    staged: &mut Staged,
    at_most: usize,
) -> Result<usize, IndexError> {
    let mut work = std::mem::take(staged);
    stage_pending(store, search, &mut work, at_most).await?;
    if work.docs.is_empty() {
        return Ok(0);
    }
    let started = std::time::Instant::now();
    search.commit().await?;
    let committed = started.elapsed();
    for chunk in work.docs.chunks(1024) {
        store.mark_indexed(chunk).await?;
    }
    debug!(
        documents = work.docs.len(),
        commit_ms = committed.as_millis() as u64,
        mark_ms = (started.elapsed() - committed).as_millis() as u64,
        "index commit"
    );
    Ok(work.docs.len())
}

/// Commits until nothing unindexed is left, at most [`commit_at_most`] documents a commit;
/// what `staged` holds goes into the first. Returns how many were indexed.
async fn commit_all(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
    staged: &mut Staged,
) -> Result<usize, IndexError> {
    let at_most = commit_at_most(search);
    let mut total = 0;
    loop {
        let n = commit_staged(store, search, staged, at_most).await?;
        total += n;
        if n < at_most {
            return Ok(total);
        }
    }
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
        .map(to_index_document)
        .collect())
}

fn to_index_document(d: DocumentText) -> IndexDocument {
    IndexDocument {
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
    }
}

/// Indexes everything pending, batch after batch.
pub async fn index_all_pending(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
) -> Result<usize, IndexError> {
    commit_all(store, search, &mut Staged::default()).await
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
        // At most one round (one commit, more past 8192 documents) per `commit_interval` after a
        // filing, counted from the start of the last round: after a quiet spell a filed
        // document is indexed at once; under load, what was filed meanwhile is indexed
        // together. When the daemon has nothing left in work and something was filed since
        // the last round, the round starts a quarter interval after the last one instead: the
        // end of a burst is searchable without waiting out the interval, and commits stay at
        // most four per interval. (The sweep, minutes apart, is not held back.)
        let mut last_round: Option<tokio::time::Instant> = None;
        let mut filed_since_round = false;
        // Where the backend stages cheaply (the embedded index), what is filed is staged while
        // the round waits, and the round only commits: the end of a burst waits for one
        // commit, not for indexing everything filed since the last round.
        let mut staged = Staged::default();
        let stages = search.stages();
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
                        let mut stage_now = !idle;
                        // After a failed staging (e.g. the index held by another process)
                        // not again before the round.
                        let mut may_stage = true;
                        loop {
                            // Every signal queued meanwhile (one per filed document), then
                            // one staging for all of them.
                            while let Ok(next) = rx.try_recv() {
                                match next {
                                    Signal::Filed => stage_now = true,
                                    Signal::Idle => until = until.min(early),
                                }
                            }
                            if tokio::time::Instant::now() >= until {
                                break;
                            }
                            if stage_now && may_stage && stages && backoff.due() {
                                may_stage = stage_quietly(&store, &search, &mut staged).await;
                                stage_now = false;
                            }
                            tokio::select! {
                                _ = cancel.cancelled() => break 'rounds,
                                _ = tokio::time::sleep_until(until) => break,
                                next = rx.recv() => match next {
                                    Some(Signal::Filed) => stage_now = true,
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
                backoff.record(run_once(&store, &search, &mut staged).await);
            }
        }
        run_once(&store, &search, &mut staged).await;
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

/// Stages what was filed since; false if that failed: what was staged is dropped (the round
/// stages it again and reports a lasting error).
async fn stage_quietly(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
    staged: &mut Staged,
) -> bool {
    match stage_pending(store, search, staged, COMMIT_AT_MOST).await {
        Ok(_) => true,
        Err(e) => {
            debug!(error = %e, "staging for the index failed; the round tries again");
            *staged = Staged::default();
            false
        }
    }
}

/// Commits what is staged and indexes what is pending; false if the index could not be
/// written (to be retried).
async fn run_once(
    store: &Arc<dyn Store>,
    search: &Arc<dyn SearchIndex>,
    staged: &mut Staged,
) -> bool {
    match commit_all(store, search, staged).await {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{embedded_for_tests, SearchQuery};
    use crate::store::test_support::{doc, receipt, store};
    use crate::store::FileOutcome;

    async fn file(s: &Arc<dyn Store>, name: &str) -> DocumentId {
        let r = s.claim(receipt(name), "me").await.unwrap();
        match s.file_document(r, doc(name.as_bytes())).await.unwrap() {
            FileOutcome::Filed(id) => id,
            other => panic!("{other:?}"),
        }
    }

    async fn found(search: &Arc<dyn SearchIndex>) -> usize {
        let q = SearchQuery {
            text: "Widerspruch".into(),
            limit: 10,
            ..Default::default()
        };
        search.search(&q).await.unwrap().total
    }

    #[tokio::test]
    async fn staged_documents_count_as_indexed_only_once_committed() {
        let (dir, s) = store().await;
        let s: Arc<dyn Store> = Arc::new(s);
        let search = embedded_for_tests(&dir.path().join("index"));
        for name in ["a.pdf", "b.pdf", "c.pdf"] {
            file(&s, name).await;
        }
        let mut staged = Staged::default();
        assert_eq!(stage_pending(&s, &search, &mut staged, 8).await.unwrap(), 3);
        // Staged once only; neither searchable nor recorded as indexed yet.
        assert_eq!(stage_pending(&s, &search, &mut staged, 8).await.unwrap(), 0);
        assert_eq!(s.unindexed(10).await.unwrap().len(), 3);
        assert_eq!(found(&search).await, 0);
        // What was filed after the staging goes into the same commit.
        file(&s, "d.pdf").await;
        assert_eq!(commit_staged(&s, &search, &mut staged, 8).await.unwrap(), 4);
        assert!(staged.docs.is_empty());
        assert!(s.unindexed(10).await.unwrap().is_empty());
        assert_eq!(found(&search).await, 4);
        // At most `at_most` per commit; the rest waits for the next.
        for name in ["e.pdf", "f.pdf", "g.pdf"] {
            file(&s, name).await;
        }
        assert_eq!(commit_staged(&s, &search, &mut staged, 2).await.unwrap(), 2);
        assert_eq!(s.unindexed(10).await.unwrap().len(), 1);
        assert_eq!(index_all_pending(&s, &search).await.unwrap(), 1);
        assert_eq!(found(&search).await, 7);
    }
}
