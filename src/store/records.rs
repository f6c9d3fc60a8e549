//! Rows going into and coming out of the store.

use std::path::PathBuf;

use serde::Serialize;

use crate::model::{ConsignmentId, DocumentId, ReceiptId, Sha256, Timestamp};

/// How a delivery was taken from its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimMode {
    /// Renamed into the spool: the drop folder no longer has it.
    Moved,
    /// Copied into the spool (the spool is on another filesystem); the original is removed
    /// from the drop folder after filing.
    Copied,
    /// Copied by `mailroom ingest`; the original is left where it is.
    Ingested,
    /// Fetched from an IMAP mailbox; the message is moved or flagged on the server after filing.
    Fetched,
    /// An attachment taken out of a mail (the mail is the parent receipt).
    Extracted,
}

impl ClaimMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimMode::Moved => "moved",
            ClaimMode::Copied => "copied",
            ClaimMode::Ingested => "ingested",
            ClaimMode::Fetched => "fetched",
            ClaimMode::Extracted => "extracted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "moved" => Some(ClaimMode::Moved),
            "copied" => Some(ClaimMode::Copied),
            "ingested" => Some(ClaimMode::Ingested),
            "fetched" => Some(ClaimMode::Fetched),
            "extracted" => Some(ClaimMode::Extracted),
            _ => None,
        }
    }
}

/// Where a receipt is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReceiptState {
    Claimed,
    Filed,
    Duplicate,
    Quarantined,
    Discarded,
    Vanished,
}

impl ReceiptState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReceiptState::Claimed => "claimed",
            ReceiptState::Filed => "filed",
            ReceiptState::Duplicate => "duplicate",
            ReceiptState::Quarantined => "quarantined",
            ReceiptState::Discarded => "discarded",
            ReceiptState::Vanished => "vanished",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            ReceiptState::Claimed,
            ReceiptState::Filed,
            ReceiptState::Duplicate,
            ReceiptState::Quarantined,
            ReceiptState::Discarded,
            ReceiptState::Vanished,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

/// A delivery about to be claimed.
#[derive(Debug, Clone)]
pub struct NewReceipt {
    pub pipeline: String,
    pub channel: String,
    pub source_path: PathBuf,
    pub original_filename: String,
    /// The time of receipt (deadlines run from it).
    pub received_at: Timestamp,
    /// When mailroom took the delivery (never before `received_at`).
    pub claimed_at: Timestamp,
    pub claim_mode: ClaimMode,
    pub source_identity: Option<String>,
    /// Scanner, station and operator of the source (recorded in the `received` event).
    pub capture: Option<serde_json::Value>,
}

/// A delivery as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Receipt {
    pub id: ReceiptId,
    pub pipeline: String,
    pub channel: String,
    pub source_path: PathBuf,
    pub original_filename: String,
    pub received_at: Timestamp,
    /// When mailroom took the delivery; for drop-folder files that waited, later than
    /// `received_at`.
    pub claimed_at: Timestamp,
    pub claim_mode: ClaimMode,
    #[serde(skip)]
    pub source_identity: Option<String>,
    pub state: ReceiptState,
    #[serde(skip)]
    pub owner: Option<String>,
    pub size: Option<u64>,
    pub sha256: Option<Sha256>,
    pub media_type: Option<String>,
    pub document_id: Option<DocumentId>,
    pub reason_code: Option<String>,
    pub reason: Option<String>,
    pub quarantine_path: Option<PathBuf>,
    pub attempts: u32,
    /// For an attachment: the receipt of the mail it came in.
    pub parent_id: Option<ReceiptId>,
}

/// A quarantined file that a person replaced (repaired, converted, sent again) before retrying
/// it: the record keeps both hashes, and the receipt takes the new file's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Replacement {
    /// The quarantined bytes' hash, when known.
    pub old_sha256: Option<Sha256>,
    pub new_sha256: Sha256,
    pub old_name: String,
    pub new_name: String,
}

/// Where a page's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSource {
    /// The PDF's own text.
    TextLayer,
    /// Tesseract.
    Ocr,
    /// Neither (OCR off, or nothing on the page).
    None,
}

impl TextSource {
    pub fn as_str(self) -> &'static str {
        match self {
            TextSource::TextLayer => "text_layer",
            TextSource::Ocr => "ocr",
            TextSource::None => "none",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "text_layer" => TextSource::TextLayer,
            "ocr" => TextSource::Ocr,
            _ => TextSource::None,
        }
    }
}

/// One page's text and its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct PageRecord {
    pub number: u32,
    pub text: String,
    pub text_source: TextSource,
    /// Mean word confidence 0..100 for OCRed pages.
    pub confidence: Option<f32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub dpi: Option<u32>,
    /// JSON `[[text, confidence, left, top, width, height], …]`.
    #[serde(skip)]
    pub words_json: Option<String>,
    /// Why a page has no text, or anything else a person should know about it.
    pub note: Option<String>,
}

/// A document ready to be filed.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub sha256: Sha256,
    pub size: u64,
    pub media_type: String,
    pub pages: Vec<PageRecord>,
    /// Processing events (`text_extracted`, `ocr_done`, …) to store with the document.
    pub events: Vec<(String, serde_json::Value)>,
    /// Extracted fields with their spans.
    pub fields: Vec<crate::extract::Field>,
    /// Where the document goes (`None` when routing is not configured).
    pub routing: Option<NewRouting>,
    /// The archive copy (PDF/A with text layer), stored in the blob store before filing.
    pub archive: Option<ArchiveRef>,
}

/// An archive copy in the blob store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveRef {
    pub sha256: Sha256,
    pub size: u64,
}

/// A routing decision to store.
#[derive(Debug, Clone, Serialize)]
pub struct NewRouting {
    /// `rule`, `model`, `triage` or `manual`.
    pub source: String,
    /// `None`: triage.
    pub department: Option<String>,
    pub class: Option<String>,
    pub class_confidence: Option<f64>,
    pub department_confidence: Option<f64>,
    pub tags: Vec<String>,
    pub priority: Option<String>,
    /// ISO date.
    pub deadline: Option<String>,
    pub rules_version: Option<String>,
    /// Rules matched, evidence with spans, the model's ranking, why triage.
    pub explanation: serde_json::Value,
    /// Who decided, for manual routing.
    pub decided_by: Option<String>,
}

/// A stored routing decision.
#[derive(Debug, Clone, Serialize)]
pub struct RoutingRecord {
    pub id: i64,
    pub document_id: DocumentId,
    pub decided_at: Timestamp,
    #[serde(flatten)]
    pub routing: NewRouting,
}

/// A document in a department's inbox (or in triage).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InboxEntry {
    #[schema(value_type = i64)]
    pub document_id: DocumentId,
    pub department: Option<String>,
    /// `neu`, `in_bearbeitung`, `erledigt`, `weitergeleitet`; `triage` in triage.
    pub state: String,
    #[schema(value_type = Option<String>)]
    pub assigned_at: Option<Timestamp>,
    #[schema(value_type = String)]
    pub received_at: Timestamp,
    pub original_filename: String,
    pub pipeline: String,
    pub channel: String,
    pub class: Option<String>,
    pub priority: Option<String>,
    pub deadline: Option<String>,
    pub subject: Option<String>,
}

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

/// A filed document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRecord {
    pub id: DocumentId,
    pub sha256: Sha256,
    pub receipt_id: ReceiptId,
    pub pipeline: String,
    pub channel: String,
    pub original_filename: String,
    pub received_at: Timestamp,
    /// When mailroom took its first delivery (see `Receipt::claimed_at`).
    pub claimed_at: Timestamp,
    pub size: u64,
    pub media_type: String,
    pub page_count: u32,
    pub status: String,
    pub filed_at: Timestamp,
    pub indexed_at: Option<Timestamp>,
    pub department: Option<String>,
    pub class: Option<String>,
    pub priority: Option<String>,
    pub deadline: Option<String>,
    pub tags: Vec<String>,
    /// SHA-256 and size of the archive copy, if the document has one.
    pub archive_sha256: Option<Sha256>,
    pub archive_size: Option<u64>,
}

/// One entry of a history.
#[derive(Debug, Clone, Serialize)]
pub struct EventRecord {
    pub at: Timestamp,
    pub kind: String,
    pub receipt_id: Option<ReceiptId>,
    pub document_id: Option<DocumentId>,
    pub detail: serde_json::Value,
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
    /// Open documents (neu, in Bearbeitung) per department.
    pub open_by_department: Vec<(String, u64)>,
    pub last_received_at: Option<Timestamp>,
}

/// What the search index needs of a document.
#[derive(Debug, Clone)]
pub struct DocumentText {
    pub id: DocumentId,
    pub pipeline: String,
    pub channel: String,
    pub original_filename: String,
    pub received_at: Timestamp,
    pub page_count: u32,
    pub text: String,
    /// The mailbox the document came in, if it came by mail.
    pub mailbox: Option<String>,
    pub department: Option<String>,
    pub class: Option<String>,
    pub tags: Vec<String>,
    /// `name=value` of every extracted field.
    pub fields: Vec<String>,
}

/// Header fields of a mail, as shown and searched.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MailHeader {
    pub message_id: Option<String>,
    pub subject: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub cc: Option<String>,
    pub sent_at: Option<Timestamp>,
}

/// A mail ready to be filed: the mail itself as the cover document, and its attachments.
#[derive(Debug, Clone)]
pub struct NewConsignment {
    pub kind: String,
    pub mailbox: Option<String>,
    pub header: MailHeader,
    pub cover: NewDocument,
    pub parts: Vec<NewPart>,
}

/// One attachment of a consignment.
#[derive(Debug, Clone)]
pub struct NewPart {
    /// 1-based position in the mail.
    pub position: u32,
    pub name: String,
    pub outcome: PartOutcome,
}

/// What became of an attachment.
#[derive(Debug, Clone)]
pub enum PartOutcome {
    Document(Box<NewDocument>),
    Quarantined(QuarantinedPart),
}

/// An attachment that went to quarantine.
#[derive(Debug, Clone)]
pub struct QuarantinedPart {
    pub reason_code: String,
    pub reason: String,
    pub path: PathBuf,
    pub sha256: Sha256,
    pub size: u64,
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

/// A stored consignment with its documents.
#[derive(Debug, Clone, Serialize)]
pub struct ConsignmentRecord {
    pub id: ConsignmentId,
    pub receipt_id: ReceiptId,
    pub kind: String,
    pub mailbox: Option<String>,
    pub header: MailHeader,
    pub received_at: Timestamp,
    pub parts: Vec<ConsignmentPart>,
}

/// One document (or quarantined attachment) of a consignment.
#[derive(Debug, Clone, Serialize)]
pub struct ConsignmentPart {
    pub position: u32,
    pub role: String,
    pub name: Option<String>,
    pub receipt_id: Option<ReceiptId>,
    pub document_id: Option<DocumentId>,
    /// Receipt state of the part (`filed`, `duplicate`, `quarantined`, …).
    pub state: Option<String>,
}

/// Where a message is on an IMAP server.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MailboxKey {
    pub pipeline: String,
    pub folder: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

/// Bookkeeping of one IMAP message.
#[derive(Debug, Clone)]
pub struct MailboxMessage {
    pub key: MailboxKey,
    pub sha256: Sha256,
    pub receipt_id: Option<ReceiptId>,
    /// `stored`, `done` or `skipped`.
    pub state: String,
    /// State of the receipt, if any.
    pub receipt_state: Option<ReceiptState>,
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

/// A mailbox file taken apart: the file itself is the cover document (kept as delivered),
/// each message becomes a child receipt and, unless it is quarantined, a mail consignment.
#[derive(Debug, Clone)]
pub struct NewMailbox {
    pub cover: NewDocument,
    pub messages: Vec<NewMessage>,
}

/// One message of a mailbox file.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// 1-based, in the order of the file.
    pub position: u32,
    pub name: String,
    pub outcome: MessageOutcome,
}

#[derive(Debug, Clone)]
pub enum MessageOutcome {
    Mail(Box<NewConsignment>),
    Quarantined(QuarantinedPart),
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
