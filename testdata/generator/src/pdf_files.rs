//! PDF files: scanned (image-only), born-digital (text layer), mixed, encrypted and corrupt.

use crate::layout::layout_letter;
use crate::letter::Letter;
use crate::pdf_builder::{save, ImageEncoding, PdfBuilder, Spacing};
use crate::scan::{render_page, ScanOptions, ScannedPage};
use lopdf::{Document, EncryptionState, EncryptionVersion, Object, Permissions, StringFormat};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Owner password of [`encrypted_pdf`] files.
pub const ENCRYPTED_PDF_OWNER_PASSWORD: &str = "mailroom-owner";

/// Image-only PDF: one /DCTDecode 8-bit grey image per page, MediaBox = image size at its dpi.
pub fn pdf_with_jpeg_pages(pages: &[ScannedPage]) -> Vec<u8> {
    image_pdf(pages, ImageEncoding::Jpeg)
}

/// Image-only PDF: pages binarised and stored as /CCITTFaxDecode (K = -1, Group 4), 1 bit per
/// component, black text on white.
pub fn pdf_with_g4_pages(pages: &[ScannedPage]) -> Vec<u8> {
    image_pdf(pages, ImageEncoding::G4)
}

/// Image-only PDF of colour scans: each page as [`crate::colour_page`] makes it, one
/// /DCTDecode DeviceRGB image per page.
pub fn pdf_with_colour_jpeg_pages(pages: &[ScannedPage]) -> Vec<u8> {
    image_pdf(pages, ImageEncoding::ColourJpeg)
}

fn image_pdf(pages: &[ScannedPage], encoding: ImageEncoding) -> Vec<u8> {
    let mut pdf = PdfBuilder::new();
    for page in pages {
        pdf.add_image_page(page, encoding);
    }
    save(pdf.finish())
}

/// PDF with a real text layer (Helvetica, WinAnsiEncoding, no embedded font) over `pages` A4
/// pages, laid out like the scan; the text of each page is [`crate::page_texts`]`(letter, pages)`.
pub fn born_digital_pdf(letter: &Letter, pages: usize) -> Vec<u8> {
    save(text_document(letter, pages, Spacing::Spaces))
}

/// Like [`born_digital_pdf`], but without a single space character: on every other line each
/// word is its own text object at its own position, on the others the gaps between words are
/// positioning numbers in a `TJ` array. Same page texts ([`crate::page_texts`]).
pub fn born_digital_pdf_positioned_words(letter: &Letter, pages: usize) -> Vec<u8> {
    save(text_document(letter, pages, Spacing::PositionedRuns))
}

fn text_document(letter: &Letter, pages: usize, spacing: Spacing) -> Document {
    let mut pdf = PdfBuilder::new();
    for layout in layout_letter(letter, pages) {
        pdf.add_text_page(&layout, spacing);
    }
    pdf.finish()
}

/// A searchable scan as scanning software writes it: every page a JPEG image with its text
/// (the page's ground truth, or `label` for pages without any, such as separator sheets) as
/// an invisible text layer.
pub fn searchable_scan_pdf(pages: &[ScannedPage], label: &str) -> Vec<u8> {
    let mut pdf = PdfBuilder::new();
    for page in pages {
        let text = if page.text.trim().is_empty() {
            label
        } else {
            &page.text
        };
        pdf.add_image_page_with_text(page, ImageEncoding::Jpeg, text);
    }
    save(pdf.finish())
}

/// Two-page PDF: page 1 is born-digital text, page 2 a scanned JPEG image (default scan options).
///
/// The content is the two-page layout: page 1 holds [`crate::page_texts`]`(letter, 2)[0]`
/// (header, subject, first paragraphs — every word of [`Letter::key_words`] except those taken
/// from the closing, such as "Grüßen"), page 2 holds `page_texts(letter, 2)[1]` (continuation and
/// the closing "Mit freundlichen Grüßen"), which only OCR can recover.
pub fn mixed_pdf(letter: &Letter) -> Vec<u8> {
    let layout = layout_letter(letter, 2);
    let mut pdf = PdfBuilder::new();
    pdf.add_text_page(&layout[0], Spacing::Spaces);
    let scan = render_page(&layout[1], &ScanOptions::default(), 1);
    pdf.add_image_page(&scan, ImageEncoding::Jpeg);
    save(pdf.finish())
}

/// One-page born-digital PDF (like [`born_digital_pdf`]`(letter, 1)`) encrypted with the standard
/// security handler, RC4 128 bit (V2, R3), so it needs `user_password` to open; the owner password
/// is [`ENCRYPTED_PDF_OWNER_PASSWORD`]. Encrypted with lopdf, no external tool needed.
pub fn encrypted_pdf(letter: &Letter, user_password: &str) -> Vec<u8> {
    let mut doc = text_document(letter, 1, Spacing::Spaces);
    let version = EncryptionVersion::V2 {
        document: &doc,
        owner_password: ENCRYPTED_PDF_OWNER_PASSWORD,
        user_password,
        key_length: 128,
        permissions: Permissions::default(),
    };
    let state = EncryptionState::try_from(version).expect("RC4 encryption parameters");
    doc.encrypt(&state).expect("encrypting a fresh document");
    zero_user_hash_padding(&mut doc);
    save(doc)
}

/// Cipher of [`encrypt_pdf`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfCipher {
    /// RC4 with a 128-bit key (V2, R3), as most office programs wrote "protected" PDFs.
    Rc4,
    /// AES-128 (V4, R4), as Acrobat and scanners write them.
    Aes128,
    /// AES-128 for embedded files only (`/EFF`; streams and strings `/Identity`), as
    /// Acrobat writes "encrypt only file attachments": the document itself is plain.
    EmbeddedFilesOnly,
}

/// `pdf` (any PDF the generator wrote) encrypted with the standard security handler: with an
/// empty `user_password` it opens without one (only printing/changing is restricted), as many
/// scanners and office programs write them. Owner password [`ENCRYPTED_PDF_OWNER_PASSWORD`].
pub fn encrypt_pdf(pdf: &[u8], user_password: &str, cipher: PdfCipher) -> Vec<u8> {
    use lopdf::encryption::crypt_filters::{Aes128CryptFilter, CryptFilter};
    let mut doc = Document::load_mem(pdf).expect("a PDF the generator wrote");
    // The key derivation needs the file identifier.
    if !doc.trailer.has(b"ID") {
        doc.trailer.set("ID", crate::pdf_builder::file_id(pdf));
    }
    let aes: std::sync::Arc<dyn CryptFilter> = std::sync::Arc::new(Aes128CryptFilter);
    let filter: &[u8] = match cipher {
        PdfCipher::EmbeddedFilesOnly => b"Identity",
        _ => b"StdCF",
    };
    let version = match cipher {
        PdfCipher::Rc4 => EncryptionVersion::V2 {
            document: &doc,
            owner_password: ENCRYPTED_PDF_OWNER_PASSWORD,
            user_password,
            key_length: 128,
            permissions: Permissions::default(),
        },
        PdfCipher::Aes128 | PdfCipher::EmbeddedFilesOnly => EncryptionVersion::V4 {
            document: &doc,
            encrypt_metadata: cipher == PdfCipher::Aes128,
            crypt_filters: std::collections::BTreeMap::from([(b"StdCF".to_vec(), aes)]),
            stream_filter: filter.to_vec(),
            string_filter: filter.to_vec(),
            owner_password: ENCRYPTED_PDF_OWNER_PASSWORD,
            user_password,
            permissions: Permissions::default(),
        },
    };
    let state = EncryptionState::try_from(version).expect("encryption parameters");
    doc.encrypt(&state)
        .expect("encrypting a generated document");
    zero_user_hash_padding(&mut doc);
    if cipher == PdfCipher::EmbeddedFilesOnly {
        encrypt_dict(&mut doc).set("EFF", Object::Name(b"StdCF".to_vec()));
    }
    save(doc)
}

/// lopdf fills the last 16 bytes of /U with random "arbitrary padding" (ISO 32000 Algorithm 5);
/// readers ignore them for revision 3, so zeroing them keeps the output byte-identical per input.
fn zero_user_hash_padding(doc: &mut Document) {
    let dict = encrypt_dict(doc);
    let mut user_hash = dict
        .get(b"U")
        .and_then(Object::as_str)
        .expect("/U is a string")
        .to_vec();
    user_hash[16..].fill(0);
    dict.set("U", Object::String(user_hash, StringFormat::Hexadecimal));
}

/// The /Encrypt dictionary of an encrypted document.
fn encrypt_dict(doc: &mut Document) -> &mut lopdf::Dictionary {
    let encrypt_id = doc
        .trailer
        .get(b"Encrypt")
        .and_then(Object::as_reference)
        .expect("encrypted document has /Encrypt");
    doc.get_object_mut(encrypt_id)
        .and_then(Object::as_dict_mut)
        .expect("/Encrypt is a dictionary")
}

/// Bytes that start like a PDF (`%PDF-1.5` header and a plausible first object) but break off in
/// the middle of the page tree, followed by seeded garbage: no xref, no trailer, no `%%EOF`.
pub fn corrupt_pdf(seed: u64) -> Vec<u8> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n".to_vec();
    out.extend_from_slice(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    out.extend_from_slice(b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595");
    let garbage_len = rng.random_range(200..600);
    out.extend((0..garbage_len).map(|_| rng.random::<u8>()));
    out
}
