//! The text layer of PDF pages, read like poppler's `pdftotext`: glyphs are placed by running
//! the content stream (text and graphics state, fonts' glyph widths), then joined into words
//! where the page leaves a gap, into lines where the baseline changes, in the order the page
//! draws them. Writers that position each word (or each glyph) instead of writing spaces get
//! their spaces back; lopdf's own `extract_text` would glue such words together.
//!
//! Pure: reads a parsed [`lopdf::Document`], no IO.

mod core14;
mod fonts;
mod interpret;
mod layout;

use lopdf::{Document, ObjectId};

use interpret::{Budget, FontCache, Interpreter};

/// Reads the text layers of one document's pages; fonts are read once for all of them.
pub struct PdfText<'a> {
    doc: &'a Document,
    fonts: FontCache,
    budget: Budget,
}

impl<'a> PdfText<'a> {
    /// `max_stream_bytes` bounds every decompressed content stream, form and font CMap.
    pub fn new(doc: &'a Document, max_stream_bytes: usize) -> Self {
        PdfText {
            doc,
            fonts: FontCache::default(),
            budget: Budget {
                stream_bytes: max_stream_bytes,
                operations: 2_000_000,
                glyphs: 500_000,
            },
        }
    }

    /// The text of page `page` (an object id from [`Document::get_pages`]): words separated
    /// by spaces, lines by line breaks, paragraphs and blocks by an empty line.
    pub fn page_text(&mut self, page: ObjectId) -> String {
        let mut run = Interpreter::new(self.doc, &mut self.fonts, self.budget);
        run.page(page);
        layout::text_of(&run.glyphs)
    }
}

#[cfg(test)]
mod tests;
