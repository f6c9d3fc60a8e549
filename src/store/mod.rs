//! The document store: receipts, documents, pages and events in a database, original bytes in a
//! content-addressed blob folder. This module is the only place with SQL.
//!
//! `Store` has one implementation, [`SqlStore`], on SQLite (the default) or PostgreSQL.

mod accounts;
mod blobs;
mod daemons;
#[cfg(unix)]
pub mod pg_cluster;
mod records;
mod sql;
mod uploads;

/// The store tests' helpers (a fresh store, a receipt, a document), for other modules' tests.
#[cfg(test)]
pub(crate) use sql::tests as test_support;

use async_trait::async_trait;

use crate::model::*;
pub use accounts::{AccountStore, NewAccount, NewToken};
pub use blobs::{BlobData, BlobError, BlobStore, Layout as BlobLayout};
pub use daemons::{DaemonRecord, DaemonStore, RoleSession};
pub use records::*;
pub use sql::{Backend, CopyReport, SqlStore};
pub use uploads::{UploadClaim, UploadStore};

/// Errors from the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// The database settings cannot work (unknown URL scheme, password missing).
    #[error("{0}")]
    Settings(String),
}

impl StoreError {
    /// Busy or locked databases and I/O hiccups are worth retrying; the rest are not.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(e)) => {
                let msg = e.message();
                // SQLite: locked or busy. PostgreSQL: serialization failure, deadlock, server
                // shutting down or starting (SQLSTATE).
                msg.contains("locked")
                    || msg.contains("busy")
                    || matches!(
                        e.code().as_deref(),
                        Some("40001" | "40P01" | "57P01" | "57P03")
                    )
            }
            StoreError::Database(
                sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed,
            ) => true,
            _ => false,
        }
    }
}

/// Everything the pipeline, the CLI and (later) the HTTP API need from persistence.
#[async_trait]
pub trait Store: AccountStore + UploadStore + DaemonStore + Send + Sync {
    // --- receipts: the intake journal -----------------------------------------------------
    /// Records a new delivery in state `claimed`, owned by `owner`, with a `received` event.
    async fn claim(&self, receipt: NewReceipt, owner: &str) -> Result<ReceiptId, StoreError>;
    /// [`Store::claim`] for many deliveries in one transaction (ids in the same order).
    async fn claim_many(
        &self,
        receipts: &[NewReceipt],
        owner: &str,
    ) -> Result<Vec<ReceiptId>, StoreError>;
    /// Forgets a claim whose file disappeared before it could be moved into the spool.
    async fn abandon_claim(&self, id: ReceiptId) -> Result<(), StoreError>;
    async fn receipt(&self, id: ReceiptId) -> Result<Option<Receipt>, StoreError>;
    /// Receipts in state `claimed`, oldest first.
    async fn claimed_receipts(&self) -> Result<Vec<Receipt>, StoreError>;
    /// Receipts whose files may still sit in the spool (filed, duplicate, quarantined, ...).
    async fn receipts_by_ids(&self, ids: &[ReceiptId]) -> Result<Vec<Receipt>, StoreError>;
    /// Moves a claimed receipt from `from` to `to` if `from` still owns it.
    async fn take_over(
        &self,
        id: ReceiptId,
        from: Option<&str>,
        to: &str,
    ) -> Result<bool, StoreError>;
    /// Marks claimed receipt `id` as worked on by `worker` (a daemon's owner token); false if
    /// another process took it first. A receipt no longer claimed passes (the runner says so).
    async fn start_work(&self, id: ReceiptId, worker: &str) -> Result<bool, StoreError>;
    /// Takes up to `limit` receipts of `pipelines` that another running daemon claimed before
    /// `before` but has not started: owner and worker become `to`. PostgreSQL only (none on
    /// SQLite, where one daemon runs).
    async fn take_unstarted(
        &self,
        to: &str,
        pipelines: &[String],
        before: Timestamp,
        limit: usize,
    ) -> Result<Vec<Receipt>, StoreError>;
    /// Records size, hash and detected type once the bytes have been read.
    async fn set_content(
        &self,
        id: ReceiptId,
        size: u64,
        sha256: Sha256,
        media_type: Option<&str>,
    ) -> Result<(), StoreError>;
    /// Appends an event to a receipt (and its document, if any).
    async fn receipt_event(
        &self,
        id: ReceiptId,
        kind: &str,
        detail: serde_json::Value,
    ) -> Result<(), StoreError>;
    /// A receipt whose file is gone without having been filed. Should never happen.
    async fn mark_vanished(&self, id: ReceiptId, why: &str) -> Result<(), StoreError>;

    // --- filing -----------------------------------------------------------------------------
    /// The document with these bytes, if one is filed.
    async fn document_by_sha(&self, sha256: Sha256) -> Result<Option<DocumentId>, StoreError>;
    /// In one transaction: creates the document with its pages and events, or, if identical
    /// bytes are already filed, records this receipt as a duplicate of that document.
    async fn file_document(
        &self,
        receipt: ReceiptId,
        doc: NewDocument,
    ) -> Result<FileOutcome, StoreError>;
    /// Records a receipt as a repeat delivery of `document`.
    async fn record_duplicate(
        &self,
        receipt: ReceiptId,
        document: DocumentId,
    ) -> Result<FileOutcome, StoreError>;
    /// Group commit: files every request in one transaction. The outer `Err` means nothing
    /// was filed; an inner `Err` means that request was not filed (the others were).
    async fn file_batch(
        &self,
        requests: &[FilingRequest],
    ) -> Result<Vec<Result<FilingOutcome, StoreError>>, StoreError>;

    // --- consignments (mails) -------------------------------------------------------------------
    /// In one transaction: the mail as cover document, a consignment, one child receipt per
    /// attachment (filed, repeat or quarantined) and their documents.
    async fn file_consignment(
        &self,
        receipt: ReceiptId,
        consignment: NewConsignment,
    ) -> Result<ConsignmentOutcome, StoreError>;
    async fn consignment(&self, id: ConsignmentId)
        -> Result<Option<ConsignmentRecord>, StoreError>;
    /// The consignments a document belongs to (usually one; more when it was sent again).
    async fn consignments_of(
        &self,
        document: DocumentId,
    ) -> Result<Vec<ConsignmentRecord>, StoreError>;

    // --- IMAP bookkeeping ----------------------------------------------------------------------
    /// Records a fetched message as a claimed receipt and its server position, in one
    /// transaction.
    async fn claim_message(
        &self,
        receipt: NewReceipt,
        owner: &str,
        key: &MailboxKey,
        sha256: Sha256,
    ) -> Result<ReceiptId, StoreError>;
    /// Messages known for this pipeline and folder under this UIDVALIDITY, with receipt states.
    async fn mailbox_messages(
        &self,
        pipeline: &str,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<MailboxMessage>, StoreError>;
    /// A message with these bytes seen before in this folder (under any UIDVALIDITY).
    async fn mailbox_message_by_sha(
        &self,
        pipeline: &str,
        folder: &str,
        sha256: Sha256,
    ) -> Result<Option<MailboxMessage>, StoreError>;
    /// Records (or re-records after a UIDVALIDITY change) a message in `state`.
    async fn record_mailbox_message(
        &self,
        key: &MailboxKey,
        sha256: Sha256,
        receipt: Option<ReceiptId>,
        state: &str,
    ) -> Result<(), StoreError>;

    // --- routing --------------------------------------------------------------------------------
    /// Routes a document anew (a person's decision): history, inboxes, re-index.
    async fn route_document(
        &self,
        document: DocumentId,
        routing: NewRouting,
    ) -> Result<(), StoreError>;
    /// Every routing decision of a document, oldest first.
    async fn routings(&self, document: DocumentId) -> Result<Vec<RoutingRecord>, StoreError>;
    async fn fields(&self, document: DocumentId) -> Result<Vec<crate::extract::Field>, StoreError>;
    /// The e-invoice a document is or carries.
    async fn invoice(
        &self,
        document: DocumentId,
    ) -> Result<Option<crate::model::Invoice>, StoreError>;
    /// Up to `limit` e-invoices whose hand-over to finance is due at `now`, oldest first.
    async fn invoices_to_export(
        &self,
        now: crate::model::Timestamp,
        limit: u32,
    ) -> Result<Vec<InvoiceExport>, StoreError>;
    /// The hand-over of `document`'s invoice succeeded (`target`: where to; `None`: no
    /// export is configured for its department). It is not tried again.
    async fn invoice_exported(
        &self,
        document: DocumentId,
        target: Option<&str>,
    ) -> Result<(), StoreError>;
    /// The hand-over failed with `error`; the next try is at `next_at`.
    async fn invoice_export_failed(
        &self,
        document: DocumentId,
        error: &str,
        next_at: crate::model::Timestamp,
    ) -> Result<(), StoreError>;
    /// The document holding the invoice numbered `number` from the seller with key
    /// `seller_key` ([`crate::model::Invoice::duplicate_key`]), if one is filed.
    async fn invoice_document(
        &self,
        seller_key: &str,
        number: &str,
    ) -> Result<Option<DocumentId>, StoreError>;
    /// A department's inbox, filtered by states (all when empty), deadlines first. With
    /// `current_only`, only entries whose document is still in that department (an entry
    /// left behind by forwarding shows a document that is no longer the department's).
    async fn inbox(
        &self,
        department: &str,
        states: &[String],
        current_only: bool,
    ) -> Result<Vec<InboxEntry>, StoreError>;
    /// The newest inbox entries (by time of receipt) of `departments` (every department when
    /// `None`) in `states` (all when empty), at most `limit`. With `departments`, only entries
    /// whose document is still in that department (not those forwarded elsewhere).
    async fn inbox_newest(
        &self,
        departments: Option<&[String]>,
        states: &[String],
        offset: usize,
        limit: usize,
    ) -> Result<Vec<InboxEntry>, StoreError>;
    /// How many inbox entries `departments` (every department when `None`) hold per state,
    /// counted as [`Store::inbox_newest`] lists them.
    async fn inbox_counts(
        &self,
        departments: Option<&[String]>,
    ) -> Result<Vec<(String, u64)>, StoreError>;
    /// A document's state in a department's inbox.
    async fn assignment_state(
        &self,
        document: DocumentId,
        department: &str,
    ) -> Result<Option<String>, StoreError>;
    /// Routed documents without a department.
    async fn triage(&self) -> Result<Vec<InboxEntry>, StoreError>;
    /// Sets a document's state in a department's inbox; `by` is recorded in the event.
    async fn set_assignment_state(
        &self,
        document: DocumentId,
        department: &str,
        state: &str,
        by: &str,
    ) -> Result<(), StoreError>;
    /// Records a confirmed or corrected routing; returns the labels recorded before, if any.
    async fn record_training(
        &self,
        document: DocumentId,
        class: Option<&str>,
        department: Option<&str>,
        kind: &str,
    ) -> Result<Option<(Option<String>, Option<String>)>, StoreError>;
    async fn training_examples(
        &self,
    ) -> Result<Vec<(DocumentId, Option<String>, Option<String>)>, StoreError>;
    /// Inbox entries departments have not been told about yet.
    async fn unnotified_arrivals(&self) -> Result<Vec<InboxEntry>, StoreError>;
    /// Queues notifications (kind, target, payload) and marks the documents as announced.
    async fn queue_notifications(
        &self,
        department: &str,
        documents: &[DocumentId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError>;
    /// How many deliveries wait in quarantine.
    async fn quarantined_count(&self) -> Result<u64, StoreError>;
    /// Quarantined deliveries the mail room has not been told of yet, oldest first.
    async fn unalerted_quarantine(&self) -> Result<Vec<Receipt>, StoreError>;
    /// Queues the mail room's notifications (kind, target, payload) and marks `receipts` as
    /// told, in one transaction.
    async fn queue_mailroom_alert(
        &self,
        receipts: &[ReceiptId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError>;
    /// Per pipeline: last receipt, deliveries since `since`, in progress, in quarantine.
    async fn pipeline_activity(
        &self,
        since: Timestamp,
    ) -> Result<Vec<PipelineActivity>, StoreError>;
    /// Notifications whose next attempt is due.
    async fn due_notifications(&self, at: Timestamp) -> Result<Vec<Notification>, StoreError>;
    /// Delivered (`error` None) or failed with the time of the next attempt.
    async fn notification_result(
        &self,
        id: i64,
        error: Option<&str>,
        next_attempt: Option<Timestamp>,
    ) -> Result<(), StoreError>;
    async fn document_ids(&self) -> Result<Vec<DocumentId>, StoreError>;

    // --- integrity ----------------------------------------------------------------------------
    /// The event chains of a document (its own and its deliveries'), or every chain.
    async fn event_chains(&self, document: Option<DocumentId>) -> Result<Vec<String>, StoreError>;
    /// A chain's events in log order, its recorded head and its document.
    async fn event_chain(&self, chain: &str) -> Result<crate::integrity::EventChain, StoreError>;

    // --- quarantine ---------------------------------------------------------------------------
    /// Puts a receipt in quarantine. Its SHA-256, recorded by `set_content` when the file was
    /// read, lets a retry tell whether a person replaced the file.
    async fn quarantine(
        &self,
        receipt: ReceiptId,
        reason_code: &str,
        reason: &str,
        path: &str,
    ) -> Result<(), StoreError>;
    /// Quarantined receipts (all states when `include_closed`), newest first.
    async fn quarantined(&self, include_closed: bool) -> Result<Vec<Receipt>, StoreError>;
    /// Puts a quarantined receipt back into state `claimed` for `owner`; a replaced file is
    /// recorded in the `retried` event and its name becomes the receipt's.
    async fn retry_quarantined(
        &self,
        id: ReceiptId,
        owner: &str,
        by: &str,
        replaced: Option<&Replacement>,
    ) -> Result<Receipt, StoreError>;
    /// Marks a quarantined receipt as discarded by a person.
    async fn discard_quarantined(&self, id: ReceiptId, by: &str) -> Result<Receipt, StoreError>;

    // --- reading ------------------------------------------------------------------------------
    async fn document(&self, id: DocumentId) -> Result<Option<DocumentRecord>, StoreError>;
    async fn pages(&self, id: DocumentId) -> Result<Vec<PageRecord>, StoreError>;
    /// The document's history, including its receipts' events, oldest first.
    async fn document_events(&self, id: DocumentId) -> Result<Vec<EventRecord>, StoreError>;
    async fn receipt_events(&self, id: ReceiptId) -> Result<Vec<EventRecord>, StoreError>;
    async fn counts(&self) -> Result<StatusCounts, StoreError>;
    /// Receipts per (pipeline, state), for metrics.
    async fn receipt_counts(&self) -> Result<Vec<(String, String, u64)>, StoreError>;

    // --- search index feed --------------------------------------------------------------------
    /// Up to `limit` filed documents not yet in the search index.
    async fn unindexed(&self, limit: usize) -> Result<Vec<DocumentId>, StoreError>;
    /// What the search index needs of these documents.
    async fn texts_for_index(&self, ids: &[DocumentId]) -> Result<Vec<DocumentText>, StoreError>;
    /// Marks documents as searchable and adds an `indexed` event to each — those still routed
    /// as they were indexed (one re-routed meanwhile stays unindexed, to be indexed again).
    async fn mark_indexed(&self, docs: &[IndexedAs]) -> Result<(), StoreError>;
    /// Marks every document as not indexed (before rebuilding the index).
    async fn reset_indexed(&self) -> Result<u64, StoreError>;
    /// Marks documents indexed at or after `since` as not indexed: what other processes put
    /// into the old index while a rebuild ran goes into the new one too.
    async fn reset_indexed_since(&self, since: Timestamp) -> Result<u64, StoreError>;
}
