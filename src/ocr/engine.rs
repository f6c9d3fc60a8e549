//! One Tesseract engine. Not shared between threads: each OCR worker owns one.

use std::os::raw::{c_int, c_void};
use std::path::Path;
use std::time::{Duration, Instant};

use image::{GrayImage, RgbImage};
use tesseract_rs::{TessPageSegMode, TesseractAPI};

use super::words::{mean_confidence, Word};

/// Errors from Tesseract.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("Tesseract could not start with languages `{languages}` from {tessdata}: {detail}")]
    Init {
        languages: String,
        tessdata: String,
        detail: String,
    },
    #[error("OCR of the page took longer than {0:?} and was stopped")]
    Timeout(Duration),
    #[error("Tesseract failed on the page: {0}")]
    Failed(String),
}

/// What OCR found on one page image.
#[derive(Debug, Clone)]
pub struct OcrPage {
    pub text: String,
    /// Mean word confidence 0..100, `None` if no words were found.
    pub confidence: Option<f32>,
    pub words: Vec<Word>,
    pub elapsed: Duration,
    /// The page as a one-page PDF (image plus invisible text layer) from Tesseract's PDF
    /// renderer, when asked for; `None` if it was not asked for or could not be made.
    pub pdf: Option<Vec<u8>>,
}

// tesseract-rs's `recognize` passes a null monitor; these give each page a deadline.
#[link(name = "tesseract")]
extern "C" {
    fn TessBaseAPIRecognize(handle: *mut c_void, monitor: *mut c_void) -> c_int;
    fn TessMonitorCreate() -> *mut c_void;
    fn TessMonitorDelete(monitor: *mut c_void);
    fn TessMonitorSetDeadlineMSecs(monitor: *mut c_void, deadline: c_int);
}

/// The pixels Tesseract reads: grey, or colour as the `tesseract` CLI would get them from a
/// colour file (Tesseract binarises colour itself, per channel, which a grey conversion of
/// ours would change).
#[derive(Clone, Copy)]
pub enum OcrImage<'a> {
    Grey(&'a GrayImage),
    Colour(&'a RgbImage),
}

impl OcrImage<'_> {
    fn dimensions(&self) -> (u32, u32) {
        match self {
            OcrImage::Grey(g) => g.dimensions(),
            OcrImage::Colour(c) => c.dimensions(),
        }
    }
}

/// A Tesseract instance with its language models loaded.
pub struct OcrEngine {
    api: TesseractAPI,
    tessdata: std::path::PathBuf,
    /// Orientation detection (Tesseract OSD), loaded on first use.
    osd: Option<TesseractAPI>,
    /// OSD could not be loaded; it is not tried again for every page.
    osd_unavailable: bool,
    /// A private folder (mode 0700, removed with the engine) for the PDF renderer's files.
    scratch: Option<tempfile::TempDir>,
    rendered: u64,
}

/// How a page lies, as Tesseract's orientation detection sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Orientation {
    /// Clockwise rotation of the page content: 0, 90, 180 or 270.
    pub degrees: u32,
    pub confidence: f32,
}

impl OcrEngine {
    /// Loads `languages` (e.g. `deu+eng`) from `tessdata`. Takes a few hundred milliseconds,
    /// which is why engines are created once per worker thread.
    pub fn new(tessdata: &Path, languages: &str) -> Result<Self, OcrError> {
        let api = TesseractAPI::new();
        let init_err = |detail: String| OcrError::Init {
            languages: languages.to_string(),
            tessdata: tessdata.display().to_string(),
            detail,
        };
        api.init(tessdata, languages)
            .map_err(|e| init_err(e.to_string()))?;
        // Tesseract's progress chatter would otherwise go to the daemon's stderr per page.
        api.set_variable("debug_file", "/dev/null")
            .map_err(|e| init_err(e.to_string()))?;
        // Fully automatic page segmentation, as the `tesseract` CLI uses. The API's own default
        // is one uniform block of text, which reads two columns line by line across both and
        // takes rules and scanner noise for characters (3-21x the CLI's error rate on letters).
        api.set_page_seg_mode(TessPageSegMode::PSM_AUTO)
            .map_err(|e| init_err(e.to_string()))?;
        Ok(OcrEngine {
            api,
            tessdata: tessdata.to_path_buf(),
            osd: None,
            osd_unavailable: false,
            scratch: None,
            rendered: 0,
        })
    }

    /// Detects whether the page lies upside down or sideways (Tesseract OSD with
    /// `osd.traineddata`). `None` if there is too little text to tell. If the OSD model cannot
    /// be loaded, the first call says why and later calls answer `None`.
    pub fn orientation(
        &mut self,
        image: &GrayImage,
        dpi: u32,
    ) -> Result<Option<Orientation>, OcrError> {
        let failed = |e: tesseract_rs::TesseractError| OcrError::Failed(e.to_string());
        if self.osd_unavailable {
            return Ok(None);
        }
        if self.osd.is_none() {
            self.osd_unavailable = true;
            let api = TesseractAPI::new();
            api.init(&self.tessdata, "osd")
                .map_err(|e| OcrError::Init {
                    languages: "osd".into(),
                    tessdata: self.tessdata.display().to_string(),
                    detail: e.to_string(),
                })?;
            api.set_variable("debug_file", "/dev/null")
                .map_err(failed)?;
            api.set_page_seg_mode(tesseract_rs::TessPageSegMode::PSM_OSD_ONLY)
                .map_err(failed)?;
            self.osd = Some(api);
            self.osd_unavailable = false;
        }
        let osd = self.osd.as_ref().expect("just set");
        let (w, h) = image.dimensions();
        osd.set_image(image.as_raw(), w as i32, h as i32, 1, w as i32)
            .map_err(failed)?;
        osd.set_source_resolution(dpi.clamp(70, 2400) as i32)
            .map_err(failed)?;
        // Fails when it finds too few characters (a nearly empty page).
        let detected = osd.detect_os();
        let _ = osd.clear();
        Ok(detected.ok().map(|(deg, conf, _, _)| Orientation {
            degrees: deg.rem_euclid(360) as u32,
            confidence: conf,
        }))
    }

    /// Recognises a page scanned at `dpi`, giving up after `deadline`. With `render`, the
    /// page is also written as a one-page PDF with its text layer (for the archive copy),
    /// while Tesseract still holds the page's results.
    pub fn recognize(
        &mut self,
        image: OcrImage<'_>,
        dpi: u32,
        deadline: Duration,
        render: bool,
    ) -> Result<OcrPage, OcrError> {
        let started = Instant::now();
        let failed = |e: tesseract_rs::TesseractError| OcrError::Failed(e.to_string());
        let (w, h) = image.dimensions();
        match image {
            OcrImage::Grey(g) => self
                .api
                .set_image(g.as_raw(), w as i32, h as i32, 1, w as i32),
            OcrImage::Colour(c) => {
                self.api
                    .set_image(c.as_raw(), w as i32, h as i32, 3, 3 * w as i32)
            }
        }
        .map_err(failed)?;
        self.api
            .set_source_resolution(dpi.clamp(70, 2400) as i32)
            .map_err(failed)?;
        let status = {
            let handle = self
                .api
                .handle
                .lock()
                .map_err(|_| OcrError::Failed("engine lock poisoned".into()))?;
            let ms = deadline.as_millis().min(i32::MAX as u128) as c_int;
            // SAFETY: the handle is a live TessBaseAPI owned by this engine (we hold its lock);
            // the monitor is created, used for this call only and deleted right after.
            unsafe {
                let monitor = TessMonitorCreate();
                TessMonitorSetDeadlineMSecs(monitor, ms);
                let status = TessBaseAPIRecognize(*handle, monitor);
                TessMonitorDelete(monitor);
                status
            }
        };
        if status != 0 {
            let _ = self.api.clear();
            if started.elapsed() >= deadline {
                return Err(OcrError::Timeout(deadline));
            }
            return Err(OcrError::Failed(format!("recognition returned {status}")));
        }
        let text = self.api.get_utf8_text().map_err(failed)?;
        // Walked once with the result iterator: the same words as Tesseract's TSV output
        // (checked on the benchmark's 16 pages) in 7 ms a page instead of 40.
        let words = self.words();
        let pdf = if render {
            match self.render_pdf_page() {
                Ok(pdf) => Some(pdf),
                Err(e) => {
                    tracing::warn!(error = %e, "the page could not be rendered for the archive copy");
                    None
                }
            }
        } else {
            None
        };
        // Free the page's results; the loaded models stay.
        let _ = self.api.clear();
        Ok(OcrPage {
            text: text.trim_end().to_string(),
            confidence: mean_confidence(&words),
            words,
            elapsed: started.elapsed(),
            pdf,
        })
    }

    /// The recognised words with their boxes and confidences, in reading order (what
    /// Tesseract's TSV output has at word level, without formatting and parsing it).
    fn words(&self) -> Vec<Word> {
        let Ok(it) = self.api.get_iterator() else {
            return Vec::new();
        };
        let mut words = Vec::new();
        loop {
            if let Ok((text, left, top, right, bottom, conf)) = it.get_word_with_bounds() {
                let text = text.trim();
                if !text.is_empty() {
                    words.push(Word {
                        text: text.to_string(),
                        confidence: conf.max(0.0),
                        left: left.max(0) as u32,
                        top: top.max(0) as u32,
                        width: (right - left).max(0) as u32,
                        height: (bottom - top).max(0) as u32,
                    });
                }
            }
            if !matches!(it.next_word(), Ok(true)) {
                return words;
            }
        }
    }

    /// Writes the recognised page with Tesseract's PDF renderer, text only (the archive puts
    /// its own page image under it, see [`crate::archive::page_image`]): its words as invisible text in Tesseract's glyph-less font (`pdf.ttf` from tessdata)
    /// with a ToUnicode map, so extracted text keeps word spaces and umlauts. The renderer only
    /// writes files, so it writes a scratch file that is read and removed at once.
    fn render_pdf_page(&mut self) -> Result<Vec<u8>, String> {
        if self.scratch.is_none() {
            let dir = tempfile::Builder::new()
                .prefix("mailroom-ocr-")
                .tempdir()
                .map_err(|e| format!("creating a temporary folder for the PDF renderer: {e}"))?;
            self.scratch = Some(dir);
        }
        self.rendered += 1;
        let base = self
            .scratch
            .as_ref()
            .expect("just set")
            .path()
            .join(format!("page-{}", self.rendered));
        let base_str = base.to_string_lossy().into_owned();
        let file = base.with_extension("pdf");
        let tessdata = self.tessdata.to_string_lossy().into_owned();
        let result = (|| {
            let renderer =
                tesseract_rs::TessResultRenderer::new_pdf_renderer(&base_str, &tessdata, true)
                    .map_err(|e| format!("PDF renderer: {e} (is pdf.ttf in {tessdata}?)"))?;
            let ok = renderer
                .begin_document("mailroom")
                .map_err(|e| e.to_string())?
                && renderer.add_image(&self.api).map_err(|e| e.to_string())?
                && renderer.end_document().map_err(|e| e.to_string())?;
            // Dropping the renderer closes the file.
            drop(renderer);
            if !ok {
                return Err(format!(
                    "Tesseract's PDF renderer failed (pdf.ttf in {tessdata}?)"
                ));
            }
            std::fs::read(&file).map_err(|e| format!("reading {}: {e}", file.display()))
        })();
        let _ = std::fs::remove_file(&file);
        result
    }
}
