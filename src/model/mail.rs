//! Consignments: a mail (or mailbox file) with its parts, and IMAP bookkeeping.

use std::path::PathBuf;

use serde::Serialize;

use super::{ConsignmentId, DocumentId, NewDocument, ReceiptId, ReceiptState, Sha256, Timestamp};

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
