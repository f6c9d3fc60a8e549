//! The archive copy of a scanned document: one PDF/A-2b file with the corrected page images
//! and an invisible, searchable OCR text layer.
//!
//! # How it is made
//!
//! Each page is OCRed on its own worker thread. Right after recognition that worker has
//! Tesseract's own PDF renderer (`TessPDFRenderer`, text-only off) write a one-page PDF of the
//! page. [`build_archive`] then joins those PDFs ([`merge::merge_pages`]) and turns the result
//! into PDF/A-2b ([`pdfa::finish_pdfa`]).
//!
//! Tesseract's renderer rather than a text layer of our own, because:
//! - it embeds its `GlyphLessFont` (a 572-byte TrueType font, `Type0`/`Identity-H` with a
//!   `ToUnicode` map where each code is the Unicode code point), so the text layer needs no
//!   system font, is embedded as PDF/A demands, and text extracted from the archive (copy and
//!   paste, `pdftotext`, search engines) keeps word spaces, umlauts and ß;
//! - every word is placed and stretched (`Tz`) by Tesseract over the word's box in the image,
//!   from its own layout analysis, so selecting text highlights the right ink;
//! - the work happens where the recognised page already is, in parallel, with no second pass
//!   over the images.
//!
//! Joining shares identical resources between pages: the glyph-less font is stored once, not
//! once per page (see [`merge`]).
//!
//! # PDF/A-2b: what is done
//!
//! - Header `%PDF-1.7` with a binary comment line; classic cross-reference table; trailer
//!   `/ID` (two equal halves: the first 16 bytes of a SHA-256 over the file written without
//!   it); no `/Encrypt` (an encrypted input is an error).
//! - Catalog `/Metadata`: an uncompressed XMP stream (`/Type /Metadata /Subtype /XML`) with
//!   `pdfaid:part` 2 and `pdfaid:conformance` B, `dc:title`, `xmp:CreateDate`, `ModifyDate`,
//!   `MetadataDate`, `xmp:CreatorTool`, `pdf:Producer`, and the transfer note as
//!   `mailroom:transferNote`, declared in a `pdfaExtension:schemas` block as PDF/A requires
//!   for properties outside the predefined schemas. Text is XML-escaped; characters XML
//!   cannot carry are replaced by U+FFFD (in `Info` too, so both say the same).
//! - `Info` with `Title`, `Producer`, `Creator`, `CreationDate`, `ModDate` equal to their XMP
//!   counterparts; `Author`, `Subject`, `Keywords`, `Trapped` removed if a caller's document
//!   has them (no XMP counterparts are written).
//! - Every date is the time of receipt, in UTC to the second, so the same scan and metadata
//!   always give the same bytes.
//! - Output intent `GTS_PDFA1` with a grey ICC v2 profile made in code ([`icc`], `/N 1`),
//!   which covers Tesseract's `/DeviceGray` (JPEG) and 1-bit (CCITT G4) page images.
//! - No actions or JavaScript in the catalog or pages, no `Requirements`/`NeedsRendering`,
//!   no transparency groups on pages or form XObjects (none of these are in Tesseract's
//!   output; they are removed if present).
//! - Streams without a filter (the `ToUnicode` CMap, the font program, the ICC profile) are
//!   Flate-compressed; the metadata stream is not; images keep Tesseract's encoding.
//!
//! # PDF/A-2b: what is not checked here
//!
//! Debian packages no PDF/A validator (veraPDF is Java and not in the archive), so the tests
//! check structure with qpdf, poppler and lopdf, and these points rest on reading the
//! standard and on what Tesseract writes:
//! - Colour: pages must be grey. Mailroom OCRs 8-bit grey images, so Tesseract writes grey
//!   or 1-bit images; a `/DeviceRGB` image (Tesseract keeps a colour input's colour) is not
//!   covered by the grey output intent and would fail validation. It is left alone and a
//!   warning is logged.
//! - Fonts: the glyph-less font is used only in text render mode 3 (invisible), for which
//!   PDF/A-2 does not check glyph widths; its `CIDToGIDMap` sends every code to glyph 1, so
//!   `.notdef` is never shown. Its validity as TrueType is Tesseract's.
//! - XMP is checked by string tests, not against the XMP/RDF schemas by a validator.
//! - Page sizes (3 to 14 400 units) and other implementation limits are Tesseract's.

pub mod icc;
pub mod invoice_pdf;
pub mod merge;
pub mod page_image;
pub mod pdfa;
pub mod writer;

#[cfg(test)]
mod tests;

pub use merge::merge_pages;
pub use pdfa::finish_pdfa;

/// What the archive file says about itself, in `Info` and XMP metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveMeta {
    /// Document title (`dc:title`, `/Title`); left out when empty.
    pub title: String,
    /// The time of receipt: creation, modification and metadata date of the archive file.
    pub created: jiff::Timestamp,
    /// Software that made the file (`pdf:Producer`, `xmp:CreatorTool`, `/Producer`,
    /// `/Creator`), e.g. "mailroom 0.1.0".
    pub producer: String,
    /// The document's transfer note as JSON, stored as `mailroom:transferNote`.
    pub transfer_note_json: String,
}

/// Why an archive copy could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("no page PDFs were given: an archive copy needs at least one OCRed page")]
    NoPages,
    #[error(
        "page PDF {} (in the order given) is not a readable PDF ({source}); \
         OCR that page again so Tesseract writes its PDF anew",
        index + 1
    )]
    UnreadablePage {
        /// 0-based position in the input.
        index: usize,
        source: lopdf::Error,
    },
    #[error(
        "page PDF {} (in the order given) has no page; OCR that page again",
        index + 1
    )]
    NoPageInInput { index: usize },
    #[error(
        "page PDF {} (in the order given) is encrypted, which PDF/A forbids; \
         give the unencrypted PDF from Tesseract's renderer",
        index + 1
    )]
    EncryptedPage { index: usize },
    #[error(
        "page PDF {} (in the order given) cannot be used: {problem}; OCR that page again",
        index + 1
    )]
    MalformedPage { index: usize, problem: String },
    #[error("the document is encrypted, which PDF/A forbids; build it from unencrypted pages")]
    Encrypted,
    #[error("the document has no catalog (trailer /Root); build it with merge_pages")]
    NoCatalog,
    #[error("archive metadata cannot be written: {0}")]
    InvalidMeta(String),
    #[error("writing the archive PDF failed: {0}")]
    Write(#[from] std::io::Error),
}

/// The archive copy of a document whose pages Tesseract's PDF renderer wrote as `pages`
/// (one PDF per page, in page order, each with its image): [`merge_pages`] then
/// [`finish_pdfa`].
pub fn build_archive(pages: &[Vec<u8>], meta: &ArchiveMeta) -> Result<Vec<u8>, ArchiveError> {
    finish_pdfa(merge_pages(pages)?, meta)
}

/// The archive copy of `pages` (Tesseract's text layers, each with the image to show under
/// it), written to `out` one object at a time: image data is read from where it waits (the
/// original, a temporary file) as it is written. Returns the bytes written. Blocking.
pub fn write_archive(
    pages: Vec<page_image::ArchivePage>,
    meta: &ArchiveMeta,
    out: &mut dyn std::io::Write,
) -> Result<u64, ArchiveError> {
    let (pdfs, images): (Vec<Vec<u8>>, Vec<_>) =
        pages.into_iter().map(|p| (p.pdf, p.image)).unzip();
    let mut doc = merge_pages(&pdfs)?;
    drop(pdfs);
    let data = writer::put_images_under(&mut doc, images)?;
    let mut doc = pdfa::prepare_pdfa(doc, meta)?;
    writer::write_pdf(&mut doc, &data, out)
}
