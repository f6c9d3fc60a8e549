//! The document being processed, as it moves through the stages.

use crate::config::SeparatorType;
use crate::model::{MediaType, ReceiptId, Sha256};
use crate::model::{PageRecord, TextSource};
use crate::ocr::Word;
use crate::original::Original;
use crate::raster::PageImageSource;

/// One page in progress.
#[derive(Debug, Clone)]
pub struct PageWork {
    /// 1-based.
    pub number: u32,
    pub text: String,
    pub text_source: TextSource,
    pub confidence: Option<f32>,
    pub words: Vec<Word>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub dpi: Option<u32>,
    /// Where the page's pixels are, if it has any.
    pub image: Option<PageImageSource>,
    /// Set by `extract`: the OCR stage should recognise this page.
    pub needs_ocr: bool,
    /// Something a person should know (e.g. why there is no text).
    pub note: Option<String>,
    /// Content, blank, or a separator sheet (set by `ocr` for image pages).
    pub role: PageRole,
    /// The corrected page with its text layer, for the archive copy.
    pub archive_page: Option<crate::archive::page_image::ArchivePage>,
    /// How the page was scanned (image pages).
    pub colour: Option<crate::raster::ColourMode>,
}

/// What a scanned page is, as far as splitting a batch and the archive copy are concerned.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum PageRole {
    #[default]
    Content,
    /// Too little ink to be content (left out of the archive copy).
    Blank,
    /// A separator sheet between letters; never part of a letter.
    Separator(SeparatorHit),
}

/// A separator sheet as found on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct SeparatorHit {
    pub kind: SeparatorType,
    /// What was read, for people: `QR "TRENNBLATT:JUGENDAMT"`, `PATCH-T`.
    pub detail: String,
    /// Department code printed on the sheet; routes the letter that follows.
    pub department: Option<String>,
}

impl PageWork {
    /// An empty page numbered `number`.
    pub fn new(number: u32) -> Self {
        PageWork {
            number,
            text: String::new(),
            text_source: TextSource::None,
            confidence: None,
            words: Vec::new(),
            width: None,
            height: None,
            dpi: None,
            image: None,
            needs_ocr: false,
            note: None,
            role: PageRole::Content,
            archive_page: None,
            colour: None,
        }
    }

    /// The stored form.
    pub fn to_record(&self) -> PageRecord {
        PageRecord {
            number: self.number,
            text: self.text.clone(),
            text_source: self.text_source,
            confidence: self.confidence,
            width: self.width,
            height: self.height,
            dpi: self.dpi,
            words_json: (!self.words.is_empty()).then(|| crate::ocr::words_json(&self.words)),
            note: self.note.clone(),
        }
    }
}

/// A document in the pipeline.
#[derive(Debug, Clone)]
pub struct WorkItem {
    pub receipt: ReceiptId,
    pub original_filename: String,
    /// The original bytes (in memory, or the spooled file read in ranges), shared with page
    /// image sources.
    pub original: Original,
    pub sha256: Sha256,
    pub media_type: Option<MediaType>,
    pub pages: Vec<PageWork>,
    /// Events to store with the document (`text_extracted`, `ocr_done`, warnings …).
    pub events: Vec<(String, serde_json::Value)>,
    /// A part of a mail: types mailroom cannot read are stored without text instead of being
    /// quarantined (a mail's .docx is still correspondence).
    pub attachment: bool,
    /// The type the sender declared (mail attachments), used when the content is not one we read.
    pub declared_type: Option<String>,
    /// Set by the fields stage.
    pub fields: Vec<crate::extract::Field>,
    /// The invoice XML a hybrid PDF carries (set by `extract`, read by `invoice`).
    pub embedded_xml: Option<crate::invoice::hybrid::EmbeddedXml>,
    /// An e-invoice, read and checked by the `invoice` stage.
    pub invoice: Option<InvoiceWork>,
}

/// An e-invoice in the pipeline: its data and the XML it came as.
#[derive(Debug, Clone)]
pub struct InvoiceWork {
    pub invoice: crate::model::Invoice,
    pub xml: std::sync::Arc<Vec<u8>>,
    /// The XML's file name (inside the PDF, or the delivered file's).
    pub xml_name: String,
    /// An XML-only invoice: its readable PDF/A-3 copy is made from these lines.
    pub readable: Option<Vec<crate::invoice::render::RenderLine>>,
}

impl WorkItem {
    pub fn new(
        receipt: ReceiptId,
        original_filename: String,
        original: Original,
        sha256: Sha256,
    ) -> Self {
        WorkItem {
            receipt,
            original_filename,
            original,
            sha256,
            media_type: None,
            pages: Vec::new(),
            events: Vec::new(),
            attachment: false,
            declared_type: None,
            fields: Vec::new(),
            embedded_xml: None,
            invoice: None,
        }
    }

    /// The MIME type to store: detected, else declared, else unknown binary.
    pub fn mime(&self) -> String {
        match (self.media_type, &self.declared_type) {
            (Some(m), _) => m.mime().to_string(),
            (None, Some(d)) => d.clone(),
            (None, None) => "application/octet-stream".to_string(),
        }
    }

    /// Records a processing event.
    pub fn event(&mut self, kind: &str, detail: serde_json::Value) {
        self.events.push((kind.to_string(), detail));
    }
}
