//! What the store is asked to file and what it answers.

use serde::Serialize;

use crate::model::*;

/// An arrival notification waiting to be delivered.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: i64,
    pub department: String,
    /// `webhook` or `email`.
    pub kind: String,
    pub target: String,
    pub payload: serde_json::Value,
    pub attempts: u32,
}

/// An e-invoice waiting for its hand-over to finance.
#[derive(Debug, Clone)]
pub struct InvoiceExport {
    pub document_id: crate::model::DocumentId,
    pub department: Option<String>,
    pub sha256: crate::model::Sha256,
    pub media_type: String,
    pub original_filename: String,
    pub received_at: crate::model::Timestamp,
    pub attempts: u32,
}

/// What filing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOutcome {
    /// A new document.
    Filed(DocumentId),
    /// Identical bytes were already filed as this document; the receipt was recorded on it.
    Duplicate(DocumentId),
    /// The receipt was no longer `claimed` (another process finished it).
    AlreadyHandled,
}

/// Numbers for `mailroom status`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StatusCounts {
    /// Filed documents.
    pub documents: u64,
    /// Receipts being processed (or waiting to be resumed).
    pub in_progress: u64,
    /// Receipts waiting in quarantine for a person.
    pub quarantined: u64,
    /// Receipts recognised as repeat deliveries.
    pub duplicates: u64,
    /// Filed documents not yet in the search index.
    pub unindexed: u64,
    /// All receipts ever.
    pub receipts: u64,
    /// Routed documents no rule and no sure model decision could place.
    pub triage: u64,
    /// Department notifications not delivered yet, and of those the ones that failed before.
    pub notifications_pending: u64,
    pub notifications_failing: u64,
    /// E-invoices filed, those with a failed check, and hand-overs to finance not done yet
    /// (and of those the ones that failed before).
    pub invoices: u64,
    pub invoices_failed: u64,
    pub invoice_exports_pending: u64,
    pub invoice_exports_failing: u64,
    /// Open documents (neu, in Bearbeitung) per department.
    pub open_by_department: Vec<(String, u64)>,
    pub last_received_at: Option<Timestamp>,
}

/// One pipeline's intake at a glance (the Übersicht).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PipelineActivity {
    pub pipeline: String,
    pub last_received_at: Option<Timestamp>,
    /// Deliveries received since the time asked for (today).
    pub received_since: u64,
    /// Being processed (or waiting to be resumed).
    pub in_progress: u64,
    /// Waiting in quarantine for a person.
    pub quarantined: u64,
}

/// What filing a consignment did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsignmentOutcome {
    Filed {
        consignment: ConsignmentId,
        cover: DocumentId,
        /// Documents created by this filing (to be indexed).
        new_documents: Vec<DocumentId>,
        quarantined: usize,
    },
    /// The identical mail was filed before.
    Duplicate(DocumentId),
    AlreadyHandled,
}

/// A document's receipt id as stored in events.
pub(crate) fn opt_receipt(id: Option<i64>) -> Option<ReceiptId> {
    id.map(ReceiptId)
}

/// What was learnt about a receipt's bytes once they were read.
#[derive(Debug, Clone)]
pub struct ContentFacts {
    pub size: u64,
    pub sha256: Sha256,
    pub media_type: Option<String>,
}

/// What filing a receipt does.
#[derive(Debug, Clone)]
pub enum Filing {
    /// A new document (or a repeat delivery, if identical bytes are filed by then).
    Document(Box<NewDocument>),
    /// A repeat delivery of a filed document.
    Duplicate(DocumentId),
    /// A mail or batch scan with its parts.
    Consignment(Box<NewConsignment>),
    /// A mailbox file (mbox): every message its own consignment with its own receipt.
    Mailbox(Box<NewMailbox>),
}

/// One receipt to file in a group commit ([`crate::store::Store::file_batch`]).
#[derive(Debug, Clone)]
pub struct FilingRequest {
    pub receipt: ReceiptId,
    /// Recorded on the receipt first, if given.
    pub content: Option<ContentFacts>,
    pub filing: Filing,
}

/// What filing a receipt did.
#[derive(Debug, Clone)]
pub enum FilingOutcome {
    Document(FileOutcome),
    Consignment(ConsignmentOutcome),
}
