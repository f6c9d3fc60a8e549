//! OCR: recognise every page the extract stage marked, spread over the OCR workers. Each job
//! decodes its page image on the worker (off the async runtime) and recognises it with that
//! worker's engine.

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use futures::stream::{self, StreamExt};
use serde_json::json;

use super::extract::decode_limits;
use super::{PageRole, PageWork, Reason, SeparatorHit, Stage, StageError, WorkItem};
use crate::archive::page_image::{ArchiveImage, ArchivePage, ImageData};
use crate::config::Limits;
use crate::model::TextSource;
use crate::ocr::prepare::{self, Corrections};
use crate::ocr::{OcrError, OcrPage, OcrPool, PoolError};
use crate::raster::{self, PageImageSource, RasterError};

/// Recognises pages with Tesseract.
pub struct Ocr {
    pub pool: Arc<OcrPool>,
    pub limits: Limits,
    pub checks: PageChecks,
}

/// What is looked for on every image page before OCR, and what is kept after it.
#[derive(Debug, Clone, PartialEq)]
pub struct PageChecks {
    /// Percent ink coverage below which a page is blank.
    pub blank_threshold: f64,
    /// Text of barcode separator sheets (batch pipelines that use them).
    pub barcode_value: Option<String>,
    /// Look for PATCH-T sheets.
    pub patch: bool,
    /// Render each OCRed page for the archive copy.
    pub archive: bool,
    /// A batch pipeline: pages with their own text layer are rendered and checked too (for
    /// separator sheets, and for the letters' archive copies); their text stays theirs.
    pub batch: bool,
}

impl PageChecks {
    /// The checks of a pipeline's scan settings.
    pub fn of(scan: &crate::config::ScanSettings) -> Self {
        use crate::config::SeparatorType;
        let uses = |t| {
            scan.batch
                .as_ref()
                .is_some_and(|b| b.separators.contains(&t))
        };
        PageChecks {
            blank_threshold: scan.blank_threshold,
            barcode_value: scan
                .batch
                .as_ref()
                .filter(|_| uses(SeparatorType::Barcode))
                .map(|b| b.barcode_value.clone()),
            patch: uses(SeparatorType::Patch),
            archive: scan.archive,
            batch: scan.batch.is_some(),
        }
    }
}

enum PageFailure {
    TooLarge(String),
    Unreadable(String),
    Timeout(Duration),
}

struct PageResult {
    ocr: OcrPage,
    /// The page for the archive copy, if asked for.
    archive: Option<ArchivePage>,
    width: u32,
    height: u32,
    dpi: u32,
    /// Ink coverage in percent if the page is blank (then it was not OCRed).
    blank: Option<f64>,
    /// A separator sheet (not OCRed).
    separator: Option<SeparatorHit>,
    corrections: Corrections,
    colour: raster::ColourMode,
}

impl PageResult {
    /// A page that is not read: blank or a separator sheet.
    fn unread(width: u32, height: u32, dpi: u32) -> Self {
        PageResult {
            ocr: OcrPage {
                text: String::new(),
                confidence: None,
                words: Vec::new(),
                elapsed: Duration::ZERO,
                pdf: None,
            },
            archive: None,
            width,
            height,
            dpi,
            blank: None,
            separator: None,
            corrections: Corrections::default(),
            colour: raster::ColourMode::Unknown,
        }
    }
}

/// A separator sheet on the page, if the pipeline looks for them.
fn find_separator(image: &image::GrayImage, dpi: u32, checks: &PageChecks) -> Option<SeparatorHit> {
    use crate::config::SeparatorType;
    use crate::raster::separator::{barcode_separator, read_barcodes, SeparatorKind};
    if checks.patch && crate::raster::patch::find_patch_t(image, dpi).is_some() {
        return Some(SeparatorHit {
            kind: SeparatorType::Patch,
            detail: "PATCH-T".into(),
            department: None,
        });
    }
    let value = checks.barcode_value.as_deref()?;
    let codes = read_barcodes(image, dpi);
    match barcode_separator(&codes, value)? {
        SeparatorKind::Barcode {
            format,
            value,
            department,
        } => Some(SeparatorHit {
            kind: SeparatorType::Barcode,
            detail: format!("{format:?} {value:?}"),
            department,
        }),
        SeparatorKind::Patch => None,
    }
}

fn ocr_one(
    engine: &mut crate::ocr::OcrEngine,
    source: &PageImageSource,
    limits: Limits,
    checks: &PageChecks,
) -> Result<PageResult, PageFailure> {
    let decoded = raster::decode(source, decode_limits(limits)).map_err(|e| match e {
        RasterError::TooLarge { .. } => PageFailure::TooLarge(e.to_string()),
        other => PageFailure::Unreadable(other.to_string()),
    })?;
    let (width, height) = decoded.image.dimensions();
    let colour = decoded.colour;
    // Blank pages (empty backs of a duplex scan) are recorded, not OCRed: Tesseract would
    // spend as long on the scanner noise as on a letter and find nothing.
    let dpi = decoded.dpi;
    // Separators first: the blank check ignores the page margins, where a patch code or a
    // barcode may be printed.
    if let Some(hit) = find_separator(&decoded.image, dpi, checks) {
        return Ok(PageResult {
            separator: Some(hit),
            colour,
            ..PageResult::unread(width, height, dpi)
        });
    }
    let ink = raster::blank::ink_coverage(&decoded.image, decoded.dpi);
    if ink.is_blank_below(checks.blank_threshold) {
        return Ok(PageResult {
            blank: Some(ink.percent),
            colour,
            ..PageResult::unread(width, height, decoded.dpi)
        });
    }
    let page = prepare::PageImage {
        grey: decoded.image,
        colour: decoded.colour_pixels,
    };
    let read = prepare::read_page(engine, page, dpi, limits.page_timeout, checks.archive).map_err(
        |e| match e {
            OcrError::Timeout(d) => PageFailure::Timeout(d),
            other => PageFailure::Unreadable(other.to_string()),
        },
    )?;
    let mut ocr = read.ocr;
    let archive = ocr.pdf.take().and_then(|pdf| {
        archive_page(
            pdf,
            source,
            colour,
            &read.corrections,
            &read.image,
            read.colour.as_ref(),
        )
    });
    Ok(PageResult {
        ocr,
        archive,
        width: read.width,
        height: read.height,
        dpi,
        blank: None,
        separator: None,
        corrections: read.corrections,
        colour,
    })
}

/// The archive page: Tesseract's text layer over an image true to the original (see
/// [`crate::archive::page_image`]): 1-bit G4 for black-white scans, the scanner's own JPEG
/// for pages OCR read as they were, colour for colour pages, else the grey page as read.
fn archive_page(
    text_pdf: Vec<u8>,
    source: &PageImageSource,
    colour_mode: raster::ColourMode,
    corrections: &Corrections,
    read: &image::GrayImage,
    colour: Option<&image::RgbImage>,
) -> Option<ArchivePage> {
    let as_read = *corrections == Corrections::default();
    let scanners_jpeg = as_read.then(|| source.original_jpeg()).flatten();
    let image = match (colour_mode, colour) {
        (raster::ColourMode::BlackWhite, _) => ArchiveImage::bilevel(read),
        _ if scanners_jpeg.is_some() => scanners_jpeg.and_then(|stored| {
            ArchiveImage::jpeg(ImageData::Original {
                original: stored.original,
                offset: stored.offset,
                len: stored.len,
            })
            .filter(|jpeg| jpeg.dimensions() == read.dimensions())
        }),
        (_, Some(colour)) if as_read => ArchiveImage::colour_jpeg(colour),
        (_, Some(colour)) => ArchiveImage::colour_jpeg(&corrections.apply_to_colour(colour)),
        _ => None,
    }
    .or_else(|| ArchiveImage::grey_jpeg(read))?;
    Some(ArchivePage {
        pdf: text_pdf,
        image: Some(image),
    })
}

#[async_trait]
impl Stage for Ocr {
    fn name(&self) -> &'static str {
        "ocr"
    }

    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError> {
        // Moved, not cloned: each source is dropped as soon as its page is done.
        let batch = self.checks.batch;
        let todo: Vec<(usize, PageImageSource)> = item
            .pages
            .iter_mut()
            .enumerate()
            .filter(|(_, p)| p.needs_ocr || (batch && p.text_source == TextSource::TextLayer))
            .filter_map(|(i, p)| p.image.take().map(|img| (i, img)))
            .collect();
        if todo.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        let limits = self.limits;
        let checks = Arc::new(self.checks.clone());
        let pool = Arc::clone(&self.pool);
        // In order, with a bounded number in flight: all workers busy, memory flat.
        let results: Vec<(usize, Result<Result<PageResult, PageFailure>, PoolError>)> =
            stream::iter(todo)
                .map(|(i, source)| {
                    let pool = Arc::clone(&pool);
                    let checks = Arc::clone(&checks);
                    async move {
                        let r = pool
                            .run(move |engine| ocr_one(engine, &source, limits, &checks))
                            .await;
                        (i, r)
                    }
                })
                .buffered(self.pool.workers() * 2)
                .collect()
                .await;

        let mut done = 0usize;
        let mut blank_pages: Vec<u32> = Vec::new();
        let mut separator_pages: Vec<serde_json::Value> = Vec::new();
        let mut colours: std::collections::BTreeSet<&'static str> = Default::default();
        let mut turned: Vec<serde_json::Value> = Vec::new();
        let mut deskewed: Vec<serde_json::Value> = Vec::new();
        let mut failures: Vec<(u32, PageFailure)> = Vec::new();
        for (i, result) in results {
            let page = &mut item.pages[i];
            match result {
                Err(PoolError::Closed) => {
                    return Err(StageError::Transient("OCR workers shut down".into()))
                }
                Err(PoolError::Panicked(msg)) => {
                    failures.push((page.number, PageFailure::Unreadable(msg)));
                }
                Ok(Ok(mut r)) => {
                    // A page with its own text (checked in a batch) is never blank.
                    if page.text_source == TextSource::TextLayer {
                        r.blank = None;
                    }
                    colours.insert(r.colour.as_str());
                    if r.blank.is_some() {
                        blank_pages.push(page.number);
                    } else {
                        crate::metrics::global().ocr_pages.inc();
                    }
                    if let Some(hit) = &r.separator {
                        separator_pages.push(json!({
                            "page": page.number,
                            "kind": hit.kind,
                            "read": hit.detail,
                            "department": hit.department,
                        }));
                    }
                    if r.corrections.turned != 0 {
                        turned.push(json!({"page": page.number, "degrees": r.corrections.turned}));
                    }
                    if let Some(angle) = r.corrections.deskewed {
                        let angle = (angle * 100.0).round() / 100.0;
                        deskewed.push(json!({"page": page.number, "degrees": angle}));
                    }
                    apply(page, r);
                    done += 1;
                }
                Ok(Err(PageFailure::TooLarge(msg))) => {
                    return Err(StageError::Permanent(Reason::PageTooLarge {
                        page: page.number,
                        detail: msg,
                    }))
                }
                Ok(Err(f)) => failures.push((page.number, f)),
            }
        }
        // Only when nothing at all could be read is the document unusable; otherwise it is
        // filed and the unreadable pages carry a note.
        let any_text_layer = item
            .pages
            .iter()
            .any(|p| p.text_source == TextSource::TextLayer);
        if done == 0 && !any_text_layer {
            if let Some((page, f)) = failures.first() {
                return Err(StageError::Permanent(match f {
                    PageFailure::Timeout(d) => Reason::PageTimeout {
                        page: *page,
                        seconds: d.as_secs(),
                    },
                    PageFailure::Unreadable(msg) | PageFailure::TooLarge(msg) => {
                        Reason::Unreadable {
                            detail: format!("page {page}: {msg}"),
                        }
                    }
                }));
            }
        }
        for (number, f) in &failures {
            let msg = match f {
                PageFailure::Timeout(d) => format!("OCR did not finish within {} s", d.as_secs()),
                PageFailure::Unreadable(m) | PageFailure::TooLarge(m) => m.clone(),
            };
            let page = &mut item.pages[*number as usize - 1];
            page.note = Some(format!("page could not be read: {msg}"));
            tracing::warn!(page = number, reason = %msg, "page left without text");
        }
        let confs: Vec<f64> = item
            .pages
            .iter()
            .filter_map(|p| p.confidence.map(f64::from))
            .collect();
        let mean = (!confs.is_empty()).then(|| confs.iter().sum::<f64>() / confs.len() as f64);
        item.event(
            "ocr_done",
            json!({
                "pages": done,
                "failed_pages": failures.iter().map(|(n, _)| n).collect::<Vec<_>>(),
                "blank_pages": blank_pages,
                "separator_pages": separator_pages,
                "colour": colours,
                "turned_pages": turned,
                "deskewed_pages": deskewed,
                "mean_confidence": mean.map(|m| (m * 10.0).round() / 10.0),
                "seconds": (started.elapsed().as_secs_f64() * 100.0).round() / 100.0,
            }),
        );
        Ok(())
    }
}

fn apply(page: &mut PageWork, r: PageResult) {
    // A page with its own text (checked in a batch) keeps it: it is what the sender wrote,
    // and never worse than our reading.
    let own_text = page.text_source == TextSource::TextLayer && r.separator.is_none();
    if !own_text {
        page.text = r.ocr.text;
        page.text_source = if r.blank.is_some() || r.separator.is_some() {
            TextSource::None
        } else {
            TextSource::Ocr
        };
    }
    if page.text_source == TextSource::None {
        page.text.clear();
    }
    page.archive_page = r.archive;
    page.colour = Some(r.colour);
    page.confidence = r.ocr.confidence;
    page.words = r.ocr.words;
    page.width = Some(r.width);
    page.height = Some(r.height);
    page.dpi = Some(r.dpi);
    page.note = match (r.blank, &r.separator) {
        (Some(ink), _) => Some(format!("blank page (ink coverage {ink:.3} %): not OCRed")),
        (None, Some(hit)) => Some(format!("separator sheet ({}): not OCRed", hit.detail)),
        (None, None) => r.corrections.describe(),
    };
    page.role = match (r.blank, r.separator) {
        (Some(_), _) => PageRole::Blank,
        (None, Some(hit)) => PageRole::Separator(hit),
        (None, None) => PageRole::Content,
    };
}
