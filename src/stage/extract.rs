//! Extract: turn the file into pages. PDF text layers are read here (lopdf); pages that need
//! OCR get an image source for the OCR stage. Limits (pages, pixels per page) are enforced
//! before anything is decoded.

use std::sync::Arc;

use async_trait::async_trait;
use image::ImageFormat;
use lopdf::{Document, LoadOptions, Object, ObjectId};
use serde_json::json;

use super::{blocking, PageWork, Reason, Stage, StageError, WorkItem};
use crate::config::{Limits, OcrMode};
use crate::invoice::hybrid::EmbeddedXml;
use crate::model::MediaType;
use crate::model::TextSource;
use crate::original::Original;
use crate::raster::pdf_lean::{self, LeanPdf};
use crate::raster::{self, DecodeLimits, PageImageSource, PdfImageSource, RasterError};

/// Splits a file into pages and reads text layers.
pub struct Extract {
    pub limits: Limits,
    pub mode: OcrMode,
    pub min_text_chars: usize,
}

#[async_trait]
impl Stage for Extract {
    fn name(&self) -> &'static str {
        "extract"
    }

    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError> {
        let Some(media) = item.media_type else {
            // A stored-only attachment: no pages to read.
            return Ok(());
        };
        let original = item.original.clone();
        let (limits, mode, min_chars) = (self.limits, self.mode, self.min_text_chars);
        let (pages, embedded) = blocking("reading the file", limits.page_timeout, move || {
            let whole = || {
                original
                    .shared_bytes()
                    .map_err(|e| StageError::Transient(format!("reading the file: {e}")))
            };
            let pages = match media {
                MediaType::Pdf => return pdf_pages(&original, limits, mode, min_chars),
                MediaType::Tiff => tiff_pages(original, limits, mode),
                MediaType::Png
                | MediaType::Jpeg
                | MediaType::Bmp
                | MediaType::Gif
                | MediaType::Webp => {
                    let format = media.image_format().expect("an image format");
                    image_page(whole()?, format, limits, mode)
                }
                MediaType::Email | MediaType::OutlookMsg | MediaType::Tnef => mail_pages(&whole()?),
                MediaType::Mbox => mbox_pages(&whole()?),
                MediaType::Text => Ok(text_pages(&whole()?)),
                MediaType::Rtf => rtf_pages(&whole()?),
                // The invoice stage reads the data and lays out its pages.
                MediaType::Xml => Ok(Vec::new()),
            }?;
            Ok((pages, None))
        })
        .await?;
        item.embedded_xml = embedded;
        let with_text = pages
            .iter()
            .filter(|p| p.text_source == TextSource::TextLayer)
            .count();
        let to_ocr = pages.iter().filter(|p| p.needs_ocr).count();
        item.pages = pages;
        item.event(
            "text_extracted",
            json!({ "pages": item.pages.len(), "text_layer_pages": with_text, "pages_to_ocr": to_ocr }),
        );
        Ok(())
    }
}

/// Whether a text layer is real text: enough letters and digits, and little garbage (fonts
/// without a Unicode mapping extract as replacement or private-use characters).
pub fn usable_text(text: &str, min_chars: usize) -> bool {
    let alnum = text.chars().filter(|c| c.is_alphanumeric()).count();
    let garbage = text
        .chars()
        .filter(|c| {
            *c == '\u{FFFD}'
                || ('\u{E000}'..='\u{F8FF}').contains(c)
                || (c.is_control() && !c.is_whitespace())
        })
        .count();
    alnum >= min_chars.max(1) && garbage * 10 < alnum
}

fn needs_ocr(mode: OcrMode, has_usable_text: bool) -> bool {
    match mode {
        OcrMode::Auto => !has_usable_text,
        OcrMode::Always => true,
        OcrMode::Never => false,
    }
}

fn page_too_large(page: u32, e: RasterError) -> StageError {
    StageError::Permanent(Reason::PageTooLarge {
        page,
        detail: e.to_string(),
    })
}

fn image_page(
    bytes: Arc<Vec<u8>>,
    format: ImageFormat,
    limits: Limits,
    mode: OcrMode,
) -> Result<Vec<PageWork>, StageError> {
    let (w, h) = raster::image_dimensions(&bytes, format).map_err(|e| {
        StageError::Permanent(Reason::Corrupt {
            format: match format {
                ImageFormat::Png => "PNG",
                ImageFormat::Bmp => "BMP",
                ImageFormat::Gif => "GIF",
                ImageFormat::WebP => "WebP",
                _ => "JPEG",
            },
            detail: e.to_string(),
        })
    })?;
    decode_limits(limits)
        .check(w, h)
        .map_err(|e| page_too_large(1, e))?;
    let mut page = PageWork::new(1);
    page.width = Some(w);
    page.height = Some(h);
    page.image = Some(PageImageSource::File { bytes, format });
    set_ocr(&mut page, mode, false);
    Ok(vec![page])
}

fn tiff_pages(
    original: Original,
    limits: Limits,
    mode: OcrMode,
) -> Result<Vec<PageWork>, StageError> {
    let info = raster::tiff_page_info(&original, limits.max_pages).map_err(|e| match e {
        RasterError::Unsupported(msg) if msg.starts_with("more than") => {
            StageError::Permanent(Reason::TooManyPages {
                pages: limits.max_pages + 1,
                limit: limits.max_pages,
            })
        }
        other => StageError::Permanent(Reason::Corrupt {
            format: "TIFF",
            detail: other.to_string(),
        }),
    })?;
    let mut pages = Vec::with_capacity(info.len());
    for (i, (w, h)) in info.into_iter().enumerate() {
        let number = i as u32 + 1;
        decode_limits(limits)
            .check(w, h)
            .map_err(|e| page_too_large(number, e))?;
        let mut page = PageWork::new(number);
        page.width = Some(w);
        page.height = Some(h);
        page.image = Some(PageImageSource::TiffPage {
            original: original.clone(),
            index: i,
        });
        set_ocr(&mut page, mode, false);
        pages.push(page);
    }
    Ok(pages)
}

/// A mail inside a mail (attached as a file): its text, page by page; its own attachments stay
/// inside it (the original keeps them).
fn mail_pages(bytes: &[u8]) -> Result<Vec<PageWork>, StageError> {
    let mail = crate::mail::unpack(bytes, &crate::mail::MailOptions::default())
        .map_err(StageError::Permanent)?;
    Ok(mail
        .cover_pages
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let mut page = PageWork::new(i as u32 + 1);
            page.text = text;
            page.text_source = TextSource::TextLayer;
            page
        })
        .collect())
}

/// A mailbox file inside a mail: the text of every message, one after the other.
fn mbox_pages(bytes: &[u8]) -> Result<Vec<PageWork>, StageError> {
    let mut pages = Vec::new();
    for message in crate::mail::mbox::split(bytes) {
        for mut page in mail_pages(&message.bytes).unwrap_or_default() {
            page.number = pages.len() as u32 + 1;
            pages.push(page);
        }
    }
    if pages.is_empty() {
        return mail_pages(bytes);
    }
    Ok(pages)
}

/// A text file: its text in the charset it is written in, a page per form feed.
fn text_pages(bytes: &[u8]) -> Vec<PageWork> {
    let text = crate::mail::decode_text(bytes);
    text.split('\u{000C}')
        .enumerate()
        .map(|(i, t)| {
            let mut page = PageWork::new(i as u32 + 1);
            page.text = t.replace("\r\n", "\n").trim_end().to_string();
            page.text_source = TextSource::TextLayer;
            page
        })
        .collect()
}

/// An RTF document's text as one page (RTF has no fixed pages). 8-bit bytes outside ASCII
/// are escapes in valid RTF; any raw ones are read as windows-1252.
fn rtf_pages(bytes: &[u8]) -> Result<Vec<PageWork>, StageError> {
    let (rtf, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    let text = crate::mail::rtf_to_text(&rtf).ok_or_else(|| {
        StageError::Permanent(Reason::Corrupt {
            format: "RTF",
            detail: "the document structure cannot be read".into(),
        })
    })?;
    let mut page = PageWork::new(1);
    page.text = text;
    page.text_source = TextSource::TextLayer;
    Ok(vec![page])
}

fn set_ocr(page: &mut PageWork, mode: OcrMode, has_text: bool) {
    page.needs_ocr = needs_ocr(mode, has_text);
    if !page.needs_ocr && !has_text {
        page.note =
            Some("no text layer, and OCR is off for this pipeline (ocr = \"never\")".into());
    }
}

pub(crate) fn decode_limits(limits: Limits) -> DecodeLimits {
    DecodeLimits {
        max_page_pixels: limits.max_page_pixels,
    }
}

/// A PDF's pages, and the invoice XML it carries (ZUGFeRD, Factur-X).
fn pdf_pages(
    original: &Original,
    limits: Limits,
    mode: OcrMode,
    min_chars: usize,
) -> Result<(Vec<PageWork>, Option<EmbeddedXml>), StageError> {
    let corrupt = |detail: String| {
        StageError::Permanent(Reason::Corrupt {
            format: "PDF",
            detail,
        })
    };
    // Bound every stream's decompression: a few KB of Flate can claim gigabytes.
    let stream_limit = (limits.max_page_pixels as usize)
        .saturating_mul(4)
        .max(64 << 20);
    let options = LoadOptions {
        max_decompressed_size: Some(stream_limit),
        ..Default::default()
    };
    let lean = match pdf_lean::load(original, options) {
        Ok(lean) => lean,
        Err(lopdf::Error::InvalidPassword) | Err(lopdf::Error::Decryption(_)) => {
            return Err(StageError::Permanent(Reason::Encrypted { format: "PDF" }))
        }
        Err(e) => return Err(corrupt(e.to_string())),
    };
    if lean.doc.is_encrypted() {
        return Err(StageError::Permanent(Reason::Encrypted { format: "PDF" }));
    }
    // Shared by every page's image source until the OCR stage is done with them.
    let lean = Arc::new(lean);
    let doc = &lean.doc;
    let page_ids = doc.get_pages();
    if page_ids.is_empty() {
        return Err(corrupt("the document has no pages".into()));
    }
    if page_ids.len() > limits.max_pages {
        return Err(StageError::Permanent(Reason::TooManyPages {
            pages: page_ids.len(),
            limit: limits.max_pages,
        }));
    }
    let mut pages = Vec::with_capacity(page_ids.len());
    let mut text_layer = crate::pdf_text::PdfText::new(doc, stream_limit);
    for (&number, &id) in &page_ids {
        let mut page = PageWork::new(number);
        let text = text_layer.page_text(id);
        let has_text = usable_text(&text, min_chars);
        if has_text && mode != OcrMode::Always {
            page.text = text;
            page.text_source = TextSource::TextLayer;
        }
        let (width_pt, rotate) = page_geometry(doc, id);
        let (image, composite) = main_image(&lean, id);
        if let Some(img) = &image {
            decode_limits(limits)
                .check(img.width, img.height)
                .map_err(|e| page_too_large(number, e))?;
            page.width = Some(img.width);
            page.height = Some(img.height);
        }
        page.image = Some(PageImageSource::PdfPage {
            pdf: original.clone(),
            page_number: number,
            image: image.map(Box::new),
            page_width_pt: width_pt,
            rotate,
            composite,
        });
        set_ocr(&mut page, mode, has_text);
        pages.push(page);
    }
    Ok((pages, crate::invoice::hybrid::invoice_xml(doc)))
}

/// The largest image drawn directly on the page, and whether several sizeable images make up
/// the page (then the page is rendered whole instead).
fn main_image(pdf: &Arc<LeanPdf>, page: ObjectId) -> (Option<PdfImageSource>, bool) {
    let Ok(images) = pdf.doc.get_page_images(page) else {
        return (None, true);
    };
    let area = |i: &lopdf::xobject::PdfImage| i.width.max(0) as u64 * i.height.max(0) as u64;
    let Some(largest) = images.iter().max_by_key(|i| area(i)) else {
        return (None, false);
    };
    let big = area(largest);
    let sizeable = images.iter().filter(|i| area(i) * 4 >= big).count();
    match PdfImageSource::new(pdf, largest.id) {
        Ok(src) => (Some(src), sizeable > 1),
        Err(_) => (None, true),
    }
}

/// Page width in points as displayed (after `/Rotate`), and the rotation.
fn page_geometry(doc: &Document, page: ObjectId) -> (f32, u32) {
    let media_box = inherited(doc, page, b"MediaBox")
        .and_then(|o| o.as_array().ok().cloned())
        .and_then(|a| {
            let n: Vec<f32> = a
                .iter()
                .filter_map(|o| o.as_float().ok().or(o.as_i64().ok().map(|i| i as f32)))
                .collect();
            (n.len() == 4).then(|| ((n[2] - n[0]).abs(), (n[3] - n[1]).abs()))
        })
        .unwrap_or((595.0, 842.0));
    let rotate = inherited(doc, page, b"Rotate")
        .and_then(|o| o.as_i64().ok())
        .map(|r| r.rem_euclid(360) as u32)
        .unwrap_or(0);
    let width = if rotate == 90 || rotate == 270 {
        media_box.1
    } else {
        media_box.0
    };
    (width, rotate)
}

/// A page attribute, looked up through the page tree (MediaBox and Rotate are inheritable).
fn inherited(doc: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut dict = doc.get_dictionary(page).ok()?;
    for _ in 0..32 {
        if let Ok(v) = dict.get(key) {
            return doc.dereference(v).ok().map(|(_, o)| o.clone());
        }
        let parent = dict.get(b"Parent").ok()?.as_reference().ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usable_text_needs_enough_real_characters() {
        assert!(usable_text(
            "Sehr geehrte Damen und Herren, hiermit lege ich",
            20
        ));
        assert!(!usable_text("  \n 3 \n", 20));
        assert!(!usable_text(&"\u{FFFD}\u{E001}ab".repeat(20), 20));
        assert!(usable_text("Straße 12", 5));
    }

    #[test]
    fn ocr_decision_by_mode() {
        assert!(needs_ocr(OcrMode::Auto, false));
        assert!(!needs_ocr(OcrMode::Auto, true));
        assert!(needs_ocr(OcrMode::Always, true));
        assert!(!needs_ocr(OcrMode::Never, false));
    }
}
