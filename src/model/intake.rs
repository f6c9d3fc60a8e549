//! Deliveries: how an item was taken from its source and where its receipt is in its life.

use std::path::PathBuf;

use serde::Serialize;

use super::{DocumentId, ReceiptId, Sha256, Timestamp};

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
