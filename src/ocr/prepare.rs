//! Page preparation around OCR: straighten skewed pages before OCR, and turn pages that lie
//! upside down or sideways (Tesseract OSD).
//!
//! Orientation detection costs about half an OCR pass, so it runs only when the first OCR pass
//! reads a page badly ([`needs_orientation`]): upside-down or sideways text gives Tesseract
//! almost no confident words, a normal page gives many.

use std::time::{Duration, Instant};

use image::{imageops, GrayImage};

use super::engine::{OcrEngine, OcrError, OcrPage};
use crate::raster::deskew;

/// Orientation is trusted from this OSD confidence on; below it the page stays as it is
/// (a page with little text gives weak, sometimes wrong answers).
const MIN_ORIENTATION_CONFIDENCE: f32 = 2.0;
/// OSD reads a copy at about this resolution: as reliable as 300 dpi, a fraction of the time.
const OSD_DPI: u32 = 150;
/// A first OCR pass below this mean word confidence asks for orientation detection.
const LOW_CONFIDENCE: f32 = 60.0;

/// What was corrected on a page.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Corrections {
    /// Degrees the page was turned counter-clockwise (0, 90, 180, 270).
    pub turned: u32,
    /// Skew corrected, in degrees (clockwise skew positive).
    pub deskewed: Option<f32>,
}

impl Corrections {
    /// Words for the page's record, `None` if nothing was corrected.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.turned != 0 {
            parts.push(format!("turned by {}°", self.turned));
        }
        if let Some(s) = self.deskewed {
            parts.push(format!("skew of {s:.1}° corrected"));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// A page as read: the text, what was corrected, and the size of the image OCR read (turned
/// pages swap width and height; word boxes refer to this image).
pub struct PreparedReading {
    pub ocr: OcrPage,
    pub corrections: Corrections,
    pub width: u32,
    pub height: u32,
}

/// Straightens and reads a page (with `render`, also as a one-page PDF of the corrected image
/// for the archive copy); if the reading is poor, detects whether the page lies turned
/// and, if so, reads it again upright and keeps the better reading. Everything shares one
/// `deadline`: a second reading only starts if the first left time for it. Orientation
/// detection failing (e.g. `osd.traineddata` missing) keeps the first reading.
pub fn read_page(
    engine: &mut OcrEngine,
    image: GrayImage,
    dpi: u32,
    deadline: Duration,
    render: bool,
) -> Result<PreparedReading, OcrError> {
    let started = Instant::now();
    let (image, skew) = straighten(image, dpi);
    let first = engine.recognize(&image, dpi, deadline, render)?;
    let mut best = PreparedReading {
        width: image.width(),
        height: image.height(),
        ocr: first,
        corrections: Corrections {
            turned: 0,
            deskewed: skew,
        },
    };
    if !needs_orientation(&best.ocr) {
        return Ok(best);
    }
    // Another pass takes about as long as the first; don't start one that cannot finish.
    let left = deadline.saturating_sub(started.elapsed());
    if left < started.elapsed() {
        return Ok(best);
    }
    let (upright, turned) = match turn_upright(engine, &image, dpi) {
        Ok(Some(u)) => u,
        Ok(None) => return Ok(best),
        Err(e) => {
            tracing::warn!(error = %e, "orientation detection failed; keeping the first reading");
            return Ok(best);
        }
    };
    drop(image);
    let (upright, skew) = straighten(upright, dpi);
    let left = deadline.saturating_sub(started.elapsed());
    let again = match engine.recognize(&upright, dpi, left, render) {
        Ok(r) => r,
        // The first reading stands; the page is not lost for a failed second try.
        Err(e) => {
            tracing::warn!(error = %e, "second reading of a turned page failed");
            return Ok(best);
        }
    };
    // Keep whichever reading is better; OSD can be wrong on pages with little text.
    if again.confidence.unwrap_or(0.0) > best.ocr.confidence.unwrap_or(0.0) {
        best = PreparedReading {
            width: upright.width(),
            height: upright.height(),
            ocr: again,
            corrections: Corrections {
                turned,
                deskewed: skew.or(best.corrections.deskewed),
            },
        };
    }
    Ok(best)
}

/// Straightens a skewed page; returns the skew corrected, if any.
pub fn straighten(image: GrayImage, dpi: u32) -> (GrayImage, Option<f32>) {
    match deskew::measure_skew(&image, dpi) {
        Some(skew) if skew.abs() >= deskew::MIN_CORRECTION_DEGREES => {
            (deskew::rotate(&image, skew), Some(skew))
        }
        _ => (image, None),
    }
}

/// Whether a first OCR pass read the page so badly that it may lie turned.
pub fn needs_orientation(first_pass: &OcrPage) -> bool {
    first_pass.confidence.is_none_or(|c| c < LOW_CONFIDENCE)
}

/// Detects how the page lies and turns it upright. `None` if it is upright already or OSD is
/// not sure.
pub fn turn_upright(
    engine: &mut OcrEngine,
    image: &GrayImage,
    dpi: u32,
) -> Result<Option<(GrayImage, u32)>, OcrError> {
    let (w, h) = image.dimensions();
    let found = if dpi > OSD_DPI * 3 / 2 {
        let f = OSD_DPI as f32 / dpi as f32;
        let small = imageops::resize(
            image,
            (w as f32 * f) as u32,
            (h as f32 * f) as u32,
            imageops::FilterType::Triangle,
        );
        engine.orientation(&small, OSD_DPI)?
    } else {
        engine.orientation(image, dpi)?
    };
    let Some(o) = found.filter(|o| o.confidence >= MIN_ORIENTATION_CONFIDENCE) else {
        return Ok(None);
    };
    // `o.degrees` is how far the content is turned clockwise; turn it back.
    Ok(match o.degrees {
        90 => Some((imageops::rotate270(image), 90)),
        180 => Some((imageops::rotate180(image), 180)),
        270 => Some((imageops::rotate90(image), 270)),
        _ => None,
    })
}
