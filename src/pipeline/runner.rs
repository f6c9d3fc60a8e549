//! Processing one claimed receipt: read the spooled file, hash it, recognise a repeat
//! delivery, run the stages, store the original, file the document, then clear the spool.
//! Every step up to filing can be abandoned at any moment and safely repeated; filing is one
//! database transaction; what comes after it is idempotent.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::broadcast;
use tracing::{error, info, info_span, warn, Instrument};

use super::filer::{BlobWrite, Filer, FilingError};
use super::indexer::IndexerHandle;
use super::quarantine::QuarantineDir;
use super::spool::Spool;
use crate::config::{BatchConfig, Config, Limits, OcrMode, ScanSettings};
use crate::cpu_pool::CpuPool;
use crate::extract::Field;
use crate::fsutil;
use crate::mail::MailOptions;
use crate::model::{ClaimMode, NewDocument, NewRouting, PageRecord, Receipt};
use crate::model::{DocumentId, MediaType, ReceiptId, Sha256};
use crate::ocr::OcrPool;
use crate::original::Original;
use crate::routing::{DecideInput, Router};
use crate::stage::{
    Detect, Extract, Fields, InvoiceStage, Ocr, PageChecks, Reason, Stage, StageError, WorkItem,
};
use crate::store::{
    BlobData, BlobStore, ConsignmentOutcome, ContentFacts, FileOutcome, Filing, FilingOutcome,
    FilingRequest, Store, StoreError,
};

/// A named sequence of stages.
pub struct Pipeline {
    pub name: String,
    pub stages: Vec<Box<dyn Stage>>,
    /// Files are batches of letters, cut at separator pages.
    pub batch: Option<BatchConfig>,
}

impl Pipeline {
    /// The standard stages for a pipeline with OCR mode `mode` and page treatment `scan`.
    pub fn standard(
        name: &str,
        mode: OcrMode,
        scan: &ScanSettings,
        config: &Config,
        pool: Arc<OcrPool>,
        router: Option<Arc<Router>>,
    ) -> Self {
        let checks = PageChecks::of(scan);
        let mut p = Pipeline {
            name: name.to_string(),
            batch: scan.batch.clone(),
            stages: vec![
                Box::new(Detect {
                    limits: config.limits,
                }),
                Box::new(Extract {
                    limits: config.limits,
                    mode,
                    min_text_chars: config.ocr.min_text_chars,
                }),
                Box::new(Ocr {
                    pool,
                    limits: config.limits,
                    checks,
                }),
                Box::new(InvoiceStage {
                    limits: config.limits,
                }),
            ],
        };
        if let Some(router) = router {
            p.stages.push(Box::new(Fields { router }));
        }
        p
    }
}

/// Name of the pipeline used by `mailroom ingest` without `--pipeline`.
pub const INGEST_PIPELINE: &str = "ingest";

/// What became of a receipt.
#[derive(Debug, Clone)]
pub enum Outcome {
    Filed(DocumentId),
    Duplicate(DocumentId),
    Quarantined(Reason),
    /// A temporary problem; the receipt stays claimed and is tried again later.
    Deferred(String),
    /// Another process finished the receipt first.
    AlreadyHandled,
}

impl Outcome {
    /// Whether the delivery is safely filed (as a new document or a repeat).
    pub fn is_filed(&self) -> bool {
        matches!(self, Outcome::Filed(_) | Outcome::Duplicate(_))
    }

    /// For metrics and logs: `filed`, `duplicate`, `quarantined`, `deferred`, `already_handled`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Filed(_) => "filed",
            Outcome::Duplicate(_) => "duplicate",
            Outcome::Quarantined(_) => "quarantined",
            Outcome::Deferred(_) => "deferred",
            Outcome::AlreadyHandled => "already_handled",
        }
    }
}

/// Processes receipts.
pub struct Runner {
    pub(super) store: Arc<dyn Store>,
    spool: Spool,
    pub(super) quarantine: QuarantineDir,
    pipelines: HashMap<String, Arc<Pipeline>>,
    pub(super) limits: Limits,
    pub(super) indexer: Option<IndexerHandle>,
    pub(super) mail: MailOptions,
    /// Mailbox label (the IMAP account) of each mail pipeline, for search and display.
    pub(super) mailboxes: HashMap<String, String>,
    finished: broadcast::Sender<ReceiptId>,
    router: Option<Arc<Router>>,
    filer: Filer,
    pub(super) invoices_in_flight: super::invoice_copy::InvoicesInFlight,
    originals_in_memory: super::originals_budget::OriginalsBudget,
}

impl Runner {
    /// A runner with a pipeline for every configured one, plus `ingest`; `router` built from
    /// `config.routing` (blocking work, see [`Runner::router_of`]).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        config: &Config,
        store: Arc<dyn Store>,
        blobs: BlobStore,
        spool: Spool,
        quarantine: QuarantineDir,
        pool: Arc<OcrPool>,
        indexer: Option<IndexerHandle>,
        router: Option<Arc<Router>>,
    ) -> Self {
        let mut pipelines: HashMap<String, Arc<Pipeline>> = config
            .pipelines
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    Arc::new(Pipeline::standard(
                        &p.name,
                        p.ocr_mode,
                        &p.scan,
                        config,
                        Arc::clone(&pool),
                        router.clone(),
                    )),
                )
            })
            .collect();
        pipelines
            .entry(INGEST_PIPELINE.to_string())
            .or_insert_with(|| {
                Arc::new(Pipeline::standard(
                    INGEST_PIPELINE,
                    OcrMode::Auto,
                    &ScanSettings::default(),
                    config,
                    Arc::clone(&pool),
                    router.clone(),
                ))
            });
        let filer = Filer::start(Arc::clone(&store), blobs.clone(), spool.clone());
        Runner {
            filer,
            store,
            spool,
            quarantine,
            pipelines,
            limits: config.limits,
            indexer,
            mail: config.mail,
            mailboxes: config
                .pipelines
                .iter()
                .filter_map(|p| p.mailbox().map(|m| (p.name.clone(), m)))
                .collect(),
            finished: broadcast::channel(256).0,
            router,
            invoices_in_flight: Default::default(),
            originals_in_memory: super::originals_budget::OriginalsBudget::new(config.workers),
        }
    }

    /// The router of `config.routing`, if any. Blocking (it reads the model and the kept
    /// example letters' model, or learns them): call off the async runtime.
    pub fn router_of(config: &Config) -> Option<Arc<Router>> {
        config
            .routing
            .as_ref()
            .map(|r| Arc::new(Router::new(r, &config.data_dir)))
    }

    /// Holds the keys of invoices in work across the daemons of the installation too.
    pub fn share_locks(&self, locks: Arc<dyn super::invoice_copy::SharedLocks>) {
        self.invoices_in_flight.share(locks);
    }

    /// The router, when routing is configured.
    pub fn router(&self) -> Option<&Arc<Router>> {
        self.router.as_ref()
    }

    /// Where a document goes (`None` without routing configuration). Deciding is CPU work
    /// (every rule phrase and task word against the text): it runs off the async runtime.
    pub(super) async fn decide(
        &self,
        r: &Receipt,
        pages: Vec<String>,
        fields: Vec<Field>,
        sender: Option<&str>,
        invoice: Option<crate::model::Invoice>,
    ) -> Option<NewRouting> {
        let router = Arc::clone(self.router.as_ref()?);
        let (pipeline, channel) = (r.pipeline.clone(), r.channel.clone());
        let mailbox = self.mailboxes.get(&r.pipeline).cloned();
        let sender = sender.map(str::to_string);
        let received_at = r.received_at;
        let span = tracing::Span::current();
        let decided = CpuPool::global()
            .run(move || {
                let _document = span.enter();
                router.decide(&DecideInput {
                    pages: &pages,
                    fields: &fields,
                    pipeline: &pipeline,
                    channel: &channel,
                    mailbox: mailbox.as_deref(),
                    sender: sender.as_deref(),
                    received_at,
                    invoice: invoice.as_ref(),
                })
            })
            .await;
        // A panic while deciding is a bug: it fails this document as any panic in processing.
        let routing = decided.unwrap_or_else(|e| panic!("routing the document: {e}"));
        match &routing.department {
            Some(d) => {
                info!(department = %d, source = %routing.source, class = ?routing.class, "routed")
            }
            None => info!(reason = ?routing.explanation.triage_reason, "to triage"),
        }
        Some(routing)
    }

    /// The fields of these page texts (none without routing configuration), extracted on
    /// the CPU pool like the `fields` stage does. A failure is a bug: it fails the document
    /// as any panic in processing.
    pub(super) async fn extract_fields(&self, pages: &[String]) -> Vec<Field> {
        let Some(router) = &self.router else {
            return Vec::new();
        };
        crate::stage::extract_fields(router, pages.to_vec())
            .await
            .unwrap_or_else(|e| panic!("extracting fields: {e}"))
    }

    /// A sender whose subscribers hear of every receipt that is finished.
    pub fn finished(&self) -> broadcast::Sender<ReceiptId> {
        self.finished.clone()
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn spool(&self) -> &Spool {
        &self.spool
    }

    pub fn quarantine_dir(&self) -> &QuarantineDir {
        &self.quarantine
    }

    /// Processes one claimed receipt to its end (or defers it).
    pub async fn process(&self, receipt: Receipt) -> Outcome {
        let span = info_span!(
            "document",
            receipt = receipt.id.0,
            pipeline = %receipt.pipeline,
            file = %receipt.original_filename,
        );
        async {
            let outcome = match self.process_inner(&receipt).await {
                Ok(o) => o,
                Err(e) if e.is_transient() => Outcome::Deferred(e.to_string()),
                Err(e) => {
                    error!(error = %e, "database error while filing; will retry");
                    Outcome::Deferred(e.to_string())
                }
            };
            // Filed (committed) or not: a later delivery of its invoices may check now.
            self.invoices_in_flight.release(receipt.id).await;
            match &outcome {
                Outcome::Filed(id) => info!(document = id.0, "filed"),
                Outcome::Duplicate(id) => {
                    info!(
                        document = id.0,
                        "identical file already filed; recorded as repeat delivery"
                    )
                }
                Outcome::Quarantined(reason) => error!(
                    code = reason.code(),
                    "quarantined: {reason}. {} (see `mailroom quarantine list`)",
                    reason.action()
                ),
                Outcome::Deferred(why) => warn!(reason = %why, "deferred; will retry"),
                Outcome::AlreadyHandled => info!("already handled by another process"),
            }
            crate::metrics::global().finished(&receipt.pipeline, outcome.label());
            if !matches!(outcome, Outcome::Deferred(_)) {
                let _ = self.finished.send(receipt.id);
            }
            outcome
        }
        .instrument(span)
        .await
    }

    async fn process_inner(&self, r: &Receipt) -> Result<Outcome, StoreError> {
        let path = self.spool.path(r.id);
        // Reading the spool may wait (the data folder can be a network share): past the page
        // timeout the pool starts a thread in its place and the document is tried again later.
        let deadline = self.limits.page_timeout;
        let stat = {
            let path = path.clone();
            CpuPool::global()
                .run_for(deadline, move || std::fs::metadata(path))
                .await
        };
        let meta = match stat
            .map_err(|e| std::io::Error::other(e.to_string()))
            .flatten()
        {
            Ok(m) => m,
            Err(e) => {
                return Ok(Outcome::Deferred(format!(
                    "spool file {}: {e}",
                    path.display()
                )))
            }
        };
        // Never read a file that is over the limit into memory.
        if meta.len() > self.limits.max_file_bytes {
            let reason = Reason::FileTooLarge {
                size: meta.len(),
                limit: self.limits.max_file_bytes,
            };
            return self.to_quarantine(r, reason).await;
        }
        // Small files are read whole; a large scan stays in its spool file and is read a
        // range at a time (flat memory), also for hashing. Read whole or not, a document
        // waits here until the originals in memory leave room for it.
        let _in_memory = self.originals_in_memory.hold(meta.len()).await;
        let opened = {
            let path = path.clone();
            match CpuPool::global()
                .run_for(deadline, move || {
                    let original = Original::open(&path)?;
                    let sha = original.sha256()?;
                    let media = MediaType::sniff(original.sniff_head());
                    Ok::<_, std::io::Error>((original, sha, media))
                })
                .await
            {
                Ok(opened) => opened,
                Err(e @ crate::cpu_pool::TaskError::Panicked(_)) => {
                    return Err(StoreError::Corrupt(e.to_string()))
                }
                Err(e) => Err(std::io::Error::other(e.to_string())),
            }
        };
        let (original, sha, media) = match opened {
            Ok(o) => o,
            Err(e) => {
                return Ok(Outcome::Deferred(format!(
                    "reading {}: {e}",
                    path.display()
                )))
            }
        };
        let content = ContentFacts {
            size: original.len(),
            sha256: sha,
            media_type: media.map(|m| m.mime().to_string()),
        };
        if let Some(existing) = self.store.document_by_sha(sha).await? {
            return self
                .file(r, Some(content), Filing::Duplicate(existing), Vec::new())
                .await;
        }

        let pipeline = self.pipeline(&r.pipeline);
        // A mail (fetched, or an .eml dropped into a folder) becomes a consignment. What came
        // from a mailbox is a mail even if it does not look like one.
        let fetched = r.claim_mode == ClaimMode::Fetched;
        let is_mail = fetched
            || matches!(
                media,
                Some(MediaType::Email | MediaType::Mbox | MediaType::OutlookMsg | MediaType::Tnef)
            );
        if r.parent_id.is_none() && is_mail {
            let bytes = match original.shared_bytes() {
                Ok(b) => b,
                Err(e) => {
                    return Ok(Outcome::Deferred(format!(
                        "reading {}: {e}",
                        path.display()
                    )))
                }
            };
            if media == Some(MediaType::Mbox) && !fetched {
                return self.process_mbox(r, bytes, content, &pipeline).await;
            }
            return self.process_mail(r, bytes, content, &pipeline).await;
        }
        let mut item = WorkItem::new(r.id, r.original_filename.clone(), original, sha);
        // A retried attachment keeps the rules for attachments.
        item.attachment = r.parent_id.is_some();
        match run_stages(&pipeline, &mut item).await {
            Ok(()) => {}
            Err(StageError::Permanent(reason)) => {
                return self.quarantine_with_content(r, content, reason).await
            }
            Err(StageError::Transient(why)) => return Ok(Outcome::Deferred(why)),
        }
        if let (Some(batch), None) = (&pipeline.batch, r.parent_id) {
            if let Some(outcome) = self.process_batch(r, &mut item, batch, &content).await? {
                return Ok(outcome);
            }
        }
        let records: Vec<PageRecord> = item.pages.iter().map(|p| p.to_record()).collect();
        let mut blobs = vec![self.original_blob(r, sha)];
        let invoice_copy = match self.finish_invoice(r, &mut item).await {
            Ok(copy) => copy,
            Err(why) => return Ok(Outcome::Deferred(why)),
        };
        let archive = match invoice_copy {
            Some(copy) => Ok(Some(copy)),
            None => self.archive_of_item(r, &mut item, &records).await,
        };
        let archive = match archive {
            Ok(Some((archive, blob))) => {
                blobs.push(blob);
                Some(archive)
            }
            Ok(None) => None,
            Err(why) => return Ok(Outcome::Deferred(why)),
        };
        let texts: Vec<String> = item.pages.iter().map(|p| p.text.clone()).collect();
        let invoice = item.invoice.take().map(|w| w.invoice);
        let routing = self
            .decide(r, texts, item.fields.clone(), None, invoice.clone())
            .await;
        let doc = NewDocument {
            sha256: sha,
            size: item.original.len(),
            media_type: item.mime(),
            pages: records,
            events: std::mem::take(&mut item.events),
            fields: std::mem::take(&mut item.fields),
            routing,
            archive,
            invoice,
        };
        self.file(r, Some(content), Filing::Document(Box::new(doc)), blobs)
            .await
    }

    /// The original of receipt `r` (hashing to `sha256`) as a blob to store: its spooled file.
    pub(super) fn original_blob(&self, r: &Receipt, sha256: Sha256) -> BlobWrite {
        BlobWrite {
            sha256,
            data: BlobData::File(self.spool.path(r.id)),
            what: "the original",
        }
    }

    /// Files through the group commit ([`Filer`]): `blobs` are made durable first, the
    /// spool is cleared after; new documents go to the indexer.
    pub(super) async fn file(
        &self,
        r: &Receipt,
        content: Option<ContentFacts>,
        filing: Filing,
        blobs: Vec<BlobWrite>,
    ) -> Result<Outcome, StoreError> {
        let request = FilingRequest {
            receipt: r.id,
            content,
            filing,
        };
        let outcome = match self.filer.file(r, request, blobs).await {
            Ok(o) => o,
            Err(FilingError::Store(e)) => return Err(e),
            Err(e) => return Ok(Outcome::Deferred(e.to_string())),
        };
        // One signal per filing: the indexer asks the store which documents are unindexed.
        let notify = |ids: &[DocumentId]| {
            if let (Some(ix), false) = (&self.indexer, ids.is_empty()) {
                ix.filed();
            }
        };
        Ok(match outcome {
            FilingOutcome::Document(FileOutcome::Filed(id)) => {
                notify(&[id]);
                Outcome::Filed(id)
            }
            FilingOutcome::Document(FileOutcome::Duplicate(id))
            | FilingOutcome::Consignment(ConsignmentOutcome::Duplicate(id)) => {
                Outcome::Duplicate(id)
            }
            FilingOutcome::Document(FileOutcome::AlreadyHandled)
            | FilingOutcome::Consignment(ConsignmentOutcome::AlreadyHandled) => {
                Outcome::AlreadyHandled
            }
            FilingOutcome::Consignment(ConsignmentOutcome::Filed {
                cover,
                new_documents,
                ..
            }) => {
                notify(&new_documents);
                Outcome::Filed(cover)
            }
        })
    }

    /// Quarantines a receipt whose bytes were read, recording their size and hash first.
    pub(super) async fn quarantine_with_content(
        &self,
        r: &Receipt,
        content: ContentFacts,
        reason: Reason,
    ) -> Result<Outcome, StoreError> {
        self.store
            .set_content(
                r.id,
                content.size,
                content.sha256,
                content.media_type.as_deref(),
            )
            .await?;
        self.to_quarantine(r, reason).await
    }

    /// The pipeline called `name`, or the ingest defaults if it is no longer configured.
    pub(super) fn pipeline(&self, name: &str) -> Arc<Pipeline> {
        match self.pipelines.get(name) {
            Some(p) => Arc::clone(p),
            None => {
                warn!(
                    pipeline = name,
                    "pipeline is no longer configured; using the ingest defaults"
                );
                Arc::clone(&self.pipelines[INGEST_PIPELINE])
            }
        }
    }

    /// After filing: the spooled file and, for copied claims, the original in the drop folder
    /// are no longer needed.
    pub async fn finish(&self, r: &Receipt) {
        let spool_path = self.spool.path(r.id);
        let r = r.clone();
        let res = tokio::task::spawn_blocking(move || {
            fsutil::remove_durable(&spool_path)?;
            if r.claim_mode == ClaimMode::Copied {
                remove_original_if_unchanged(&r)?;
            }
            Ok::<_, std::io::Error>(())
        })
        .await;
        if let Ok(Err(e)) | Err(e) = res.map_err(std::io::Error::other) {
            warn!(error = %e, "cleaning up after filing failed; will be retried at next start");
        }
    }

    pub(super) async fn to_quarantine(
        &self,
        r: &Receipt,
        reason: Reason,
    ) -> Result<Outcome, StoreError> {
        let spooled = self.spool.path(r.id);
        let qdir = self.quarantine.clone();
        let rc = r.clone();
        let why = reason.clone();
        let moved = tokio::task::spawn_blocking(move || qdir.put(&rc, &spooled, &why))
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let dest = match moved {
            Ok(d) => {
                crate::fault::crash_point("quarantine-moved");
                d
            }
            Err(e) => {
                return Ok(Outcome::Deferred(format!(
                    "moving the file to quarantine failed: {e}"
                )))
            }
        };
        self.store
            .quarantine(
                r.id,
                reason.code(),
                &reason.to_string(),
                &dest.to_string_lossy(),
            )
            .await?;
        if r.claim_mode == ClaimMode::Copied {
            let rc = r.clone();
            let _ = tokio::task::spawn_blocking(move || remove_original_if_unchanged(&rc)).await;
        }
        Ok(Outcome::Quarantined(reason))
    }
}

/// Why `read_pages` could not read a file.
#[derive(Debug, thiserror::Error)]
pub enum ReadPagesError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// What quarantine would say (damaged, encrypted, …) or a temporary problem.
    #[error("{0}")]
    Unreadable(String),
}

impl Runner {
    /// Reads a file's page texts through the stages of pipeline `pipeline` (text layer or
    /// OCR) without filing anything: for `rules test` over a folder of sample letters. A mail
    /// gives the text of its cover (header and body). `Err` says why the file was not read.
    pub async fn read_pages(
        &self,
        pipeline: &str,
        path: &std::path::Path,
    ) -> Result<Vec<String>, ReadPagesError> {
        let stopped = |e: crate::cpu_pool::TaskError| ReadPagesError::Unreadable(e.to_string());
        let p = path.to_path_buf();
        let (original, sha, media) = CpuPool::global()
            .run(move || {
                let original = Original::open(&p)?;
                let sha = original.sha256()?;
                let media = MediaType::sniff(original.sniff_head());
                Ok::<_, std::io::Error>((original, sha, media))
            })
            .await
            .map_err(stopped)??;
        if matches!(
            media,
            Some(MediaType::Email | MediaType::OutlookMsg | MediaType::Tnef)
        ) {
            let bytes = original.shared_bytes()?;
            let opts = self.mail;
            let unpacked = CpuPool::global()
                .run(move || crate::mail::unpack(&bytes, &opts))
                .await
                .map_err(stopped)?
                .map_err(|reason| ReadPagesError::Unreadable(reason.to_string()))?;
            return Ok(unpacked.cover_pages);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut item = WorkItem::new(ReceiptId(0), name, original, sha);
        run_stages(&self.pipeline(pipeline), &mut item)
            .await
            .map_err(|e| {
                ReadPagesError::Unreadable(match e {
                    StageError::Permanent(reason) => reason.to_string(),
                    StageError::Transient(why) => why,
                })
            })?;
        Ok(item.pages.into_iter().map(|p| p.text).collect())
    }
}

/// Runs every stage of `pipeline` on `item`.
pub(super) async fn run_stages(pipeline: &Pipeline, item: &mut WorkItem) -> Result<(), StageError> {
    for stage in &pipeline.stages {
        let started = std::time::Instant::now();
        stage
            .run(item)
            .instrument(info_span!("stage", stage = stage.name()))
            .await?;
        crate::metrics::global().stage_took(stage.name(), started.elapsed());
    }
    Ok(())
}

/// Removes a copied original from its drop folder, unless a different file has taken its name
/// in the meantime (a scanner reusing names must not lose the newer scan).
pub(crate) fn remove_original_if_unchanged(r: &Receipt) -> std::io::Result<()> {
    match std::fs::metadata(&r.source_path) {
        Ok(meta) if Some(fsutil::identity(&meta)) == r.source_identity => {
            fsutil::remove_durable(&r.source_path)
        }
        Ok(_) => {
            warn!(path = %r.source_path.display(), "a different file now has this name; left in place");
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}
