//! Page preparation around OCR: straighten pages skewed so much that Tesseract's own layout
//! analysis fails, and turn pages that lie upside down or sideways (Tesseract OSD).
//!
//! Small skews are left alone: Tesseract 5 finds skewed text lines itself, and an
//! interpolated rotation blurs the glyphs. Measured on generator letters (300 dpi grey JPEG,
//! light noise; character error rate against ground truth, five letters each): up to 1.6°
//! rotating changed the error rate by -0.4 to +0.4 points (worse on some letters, so the
//! original pixels are what Tesseract reads); from 1.8° clockwise Tesseract's layout analysis
//! starts merging lines (11–44 % errors on the unrotated page, 0.1–0.7 % straightened).
//!
//! Orientation detection costs about half an OCR pass, so it runs only when the first OCR pass
//! reads a page badly ([`needs_orientation`]): upside-down or sideways text gives Tesseract
//! almost no confident words, a normal page gives many.

use std::time::{Duration, Instant};

use image::{imageops, GrayImage, RgbImage};

use super::engine::{OcrEngine, OcrError, OcrImage, OcrPage};
use crate::raster::deskew;

/// Skews from this size on are straightened before OCR (see the module documentation).
pub const STRAIGHTEN_FROM_DEGREES: f32 = 1.7;

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

    /// Turns and straightens colour pixels as the grey page was for OCR (turned first, then
    /// straightened), so the archive shows the page OCR read, in colour.
    pub fn apply_to_colour(&self, colour: &RgbImage) -> RgbImage {
        let turned = match self.turned {
            90 => imageops::rotate270(colour),
            180 => imageops::rotate180(colour),
            270 => imageops::rotate90(colour),
            _ => colour.clone(),
        };
        match self.deskewed {
            Some(skew) => deskew::rotate_colour(&turned, skew),
            None => turned,
        }
    }
}

/// A page's pixels for OCR: grey (always, for the checks), and the colour pixels of a colour
/// scan, which Tesseract reads as they are while the page is not rotated.
pub struct PageImage {
    pub grey: GrayImage,
    pub colour: Option<RgbImage>,
}

impl PageImage {
    /// A grey page.
    pub fn grey(grey: GrayImage) -> Self {
        PageImage { grey, colour: None }
    }

    fn ocr_image(&self) -> OcrImage<'_> {
        match &self.colour {
            Some(c) => OcrImage::Colour(c),
            None => OcrImage::Grey(&self.grey),
        }
    }
}

/// A page as read: the text, what was corrected, and the size of the image OCR read (turned
/// pages swap width and height; word boxes refer to this image).
pub struct PreparedReading {
    pub ocr: OcrPage,
    pub corrections: Corrections,
    pub width: u32,
    pub height: u32,
    /// The grey pixels of the reading kept (turned and straightened as OCR read them).
    pub image: GrayImage,
    /// The colour pixels of a colour scan as they came in (neither turned nor straightened;
    /// [`Corrections::apply_to_colour`] does that), for the archive copy.
    pub colour: Option<RgbImage>,
}

/// Straightens and reads a page (with `render`, also as a one-page PDF of the corrected image
/// for the archive copy); if the reading is poor, detects whether the page lies turned
/// and, if so, reads it again upright and keeps the better reading. Everything shares one
/// `deadline`: a second reading only starts if the first left time for it. Orientation
/// detection failing (e.g. `osd.traineddata` missing) keeps the first reading.
pub fn read_page(
    engine: &mut OcrEngine,
    page: PageImage,
    dpi: u32,
    deadline: Duration,
    render: bool,
) -> Result<PreparedReading, OcrError> {
    let started = Instant::now();
    // Kept for turning: a skew measured on a page that lies sideways means nothing.
    let (page, skew, unrotated, set_aside) = straighten_page(page, dpi);
    let first = engine.recognize(page.ocr_image(), dpi, deadline, render)?;
    let mut best = PreparedReading {
        width: page.grey.width(),
        height: page.grey.height(),
        ocr: first,
        corrections: Corrections {
            turned: 0,
            deskewed: skew,
        },
        image: page.grey,
        colour: page.colour.or(set_aside),
    };
    // Text turned by 90° is read in place by Tesseract's layout analysis (its words come out
    // as tall boxes): the page is turned anyway, for the people who read the archive copy and
    // for the word boxes. Upside-down and unreadable pages read badly.
    let sideways = reads_sideways(&best.ocr);
    if !sideways && !needs_orientation(&best.ocr) {
        return Ok(best);
    }
    // Another pass takes about as long as the first; don't start one that cannot finish.
    let left = deadline.saturating_sub(started.elapsed());
    if left < started.elapsed() {
        return Ok(best);
    }
    // Rare (a page read badly): the kept reading's pixels are copied, not taken.
    let grey = unrotated.unwrap_or_else(|| best.image.clone());
    let (upright, turned) = match turn_upright(engine, &grey, dpi) {
        Ok(Some(u)) => u,
        Ok(None) => return Ok(best),
        Err(e) => {
            tracing::warn!(error = %e, "orientation detection failed; keeping the first reading");
            return Ok(best);
        }
    };
    drop(grey);
    let (upright, skew) = straighten(upright, dpi);
    let left = deadline.saturating_sub(started.elapsed());
    let again = match engine.recognize(OcrImage::Grey(&upright), dpi, left, render) {
        Ok(r) => r,
        // The first reading stands; the page is not lost for a failed second try.
        Err(e) => {
            tracing::warn!(error = %e, "second reading of a turned page failed");
            return Ok(best);
        }
    };
    // Keep whichever reading is better; OSD can be wrong on pages with little text. A page
    // read sideways is kept upright unless that reads clearly worse.
    let margin = if sideways { 2.0 } else { 0.0 };
    if again.confidence.unwrap_or(0.0) + margin > best.ocr.confidence.unwrap_or(0.0) {
        best = PreparedReading {
            width: upright.width(),
            height: upright.height(),
            ocr: again,
            corrections: Corrections {
                turned,
                deskewed: skew,
            },
            image: upright,
            colour: best.colour.take(),
        };
    }
    Ok(best)
}

/// Straightens a page skewed by [`STRAIGHTEN_FROM_DEGREES`] or more; returns the skew
/// corrected, if any.
pub fn straighten(image: GrayImage, dpi: u32) -> (GrayImage, Option<f32>) {
    match deskew::measure_skew(&image, dpi) {
        Some(skew) if skew.abs() >= STRAIGHTEN_FROM_DEGREES => {
            (deskew::rotate(&image, skew), Some(skew))
        }
        _ => (image, None),
    }
}

/// [`straighten`] for a page that may be in colour: a straightened page is read as grey (the
/// rotation is interpolated anyway) and comes with its unrotated grey pixels and its colour
/// pixels set aside; an unrotated one keeps its colour pixels for OCR.
#[allow(clippy::type_complexity)]
fn straighten_page(
    page: PageImage,
    dpi: u32,
) -> (PageImage, Option<f32>, Option<GrayImage>, Option<RgbImage>) {
    let PageImage { grey, colour } = page;
    match deskew::measure_skew(&grey, dpi) {
        Some(skew) if skew.abs() >= STRAIGHTEN_FROM_DEGREES => {
            let rotated = deskew::rotate(&grey, skew);
            (PageImage::grey(rotated), Some(skew), Some(grey), colour)
        }
        _ => (PageImage { grey, colour }, None, None, None),
    }
}

/// Whether most words of some length were found in tall boxes: text running up or down the
/// page, which Tesseract reads in place.
pub fn reads_sideways(reading: &OcrPage) -> bool {
    let long: Vec<_> = reading
        .words
        .iter()
        .filter(|w| w.text.chars().count() >= 4)
        .collect();
    let tall = long.iter().filter(|w| w.height > w.width).count();
    long.len() >= 5 && tall * 2 > long.len()
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
    Ok(matches!(o.degrees, 90 | 180 | 270).then(|| (turn_back(image, o.degrees), o.degrees)))
}

/// Turns content that is turned `degrees` clockwise back upright.
fn turn_back(image: &GrayImage, degrees: u32) -> GrayImage {
    match degrees {
        90 => imageops::rotate270(image),
        180 => imageops::rotate180(image),
        270 => imageops::rotate90(image),
        _ => image.clone(),
    }
}
