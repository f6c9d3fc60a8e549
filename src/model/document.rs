//! Filed documents: their pages, text, archive copy, place in an inbox and history.

use serde::Serialize;

use super::{DocumentId, NewRouting, ReceiptId, Sha256, Timestamp};

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
    /// The e-invoice it is or carries, with its checks.
    pub invoice: Option<crate::model::Invoice>,
}

/// An archive copy in the blob store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveRef {
    pub sha256: Sha256,
    pub size: u64,
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
    /// The sender as extracted from the letter or mail.
    pub sender: Option<String>,
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
    /// The routing it was read with (every re-routing is a new one).
    pub routing: Option<i64>,
}

/// A document as the search index got it: re-routing makes a new routing, so a document
/// re-routed after it was read for the index is not recorded as indexed (the index would show
/// its old department).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IndexedAs {
    pub id: DocumentId,
    pub routing: Option<i64>,
}
