//! Separator sheets for batch scans and whole batch scans with separators between letters.
//!
//! A separator sheet is an A4 page that only carries a machine-readable mark: a QR code, a
//! Code 128 barcode or a Kodak PATCH-T transfer patch. It is rendered like a scanned letter page
//! (same skew about the page centre, same speckle noise) so tests can check that mailroom finds
//! the separators in a batch scan and splits it into letters.
//!
//! Geometry of the front side (distances from the top and left paper edges, before the skew):
//!
//! - QR code (error correction M): 40 mm square including nothing but modules, centred
//!   horizontally (85–125 mm from the left), top at 30 mm; the quiet zone is 4 modules and
//!   more, since nothing else is printed near it.
//! - Code 128: modules of 90 mm / module count, clamped to 0.5–1.0 mm, bars 20 mm high, centred
//!   horizontally, top at 35 mm; at least 10 modules of quiet zone on each side.
//! - PATCH-T: four horizontal bars, 150 mm long (30–180 mm from the left); from the top edge
//!   narrow 20.00–22.03 mm, wide 24.06–29.14 mm, narrow 31.18–33.21 mm, wide 35.24–40.32 mm
//!   (Kodak's zone table: 0–0.08, 0.16–0.36, 0.44–0.52, 0.60–0.80 in below the pattern top).
//!
//! Every sheet also carries the label "Trennblatt" in 24 pt bold, centred with its baseline at
//! 110 mm, well away from the symbols. The label is not content: the ground truth
//! ([`ScannedPage::text`]) of a separator sheet is empty.

use crate::fonts::{fonts, text_width_pt, Face};
use crate::glyphs::{draw_line, PageTransform};
use crate::layout::{PlacedLine, PAGE_WIDTH_PT};
use crate::noise::add_speckles;
use crate::scan::{a4_pixels, blank_page, ScanOptions, ScannedPage};
use image::GrayImage;
use rxing::oned::{Code128Writer, Code39Writer, OneDimensionalCodeWriter};
use rxing::qrcode::QRCodeWriter;
use rxing::{BarcodeFormat, EncodeHints, Writer};

/// What is printed on a separator sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeparatorSheet {
    /// A QR code (error correction level M) holding the string, about 40 mm wide.
    Qr(String),
    /// A Code 128 barcode holding the string, 80–100 mm wide for short values.
    Code128(String),
    /// A Code 39 barcode (full ASCII where needed, e.g. `:` as `/Z`), laid out like Code 128.
    Code39(String),
    /// Kodak's transfer patch (PATCH-T): four horizontal bars, narrow–wide–narrow–wide.
    PatchT,
}

/// What goes between two letters of a batch scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Separator {
    /// An empty sheet of paper.
    BlankSheet,
    /// A printed separator sheet.
    Sheet(SeparatorSheet),
}

/// Grey value of printed ink, as in the letter pages.
const INK: f32 = 20.0;
/// Sub-samples per pixel side when rasterising symbols (anti-aliasing of skewed edges).
const SUPERSAMPLING: usize = 4;
const MM_PER_INCH: f32 = 25.4;

const QR_TOP_MM: f32 = 30.0;
const QR_SIZE_MM: f32 = 40.0;

const CODE128_TOP_MM: f32 = 35.0;
const CODE128_HEIGHT_MM: f32 = 20.0;
const CODE128_TARGET_WIDTH_MM: f32 = 90.0;
const CODE128_MIN_MODULE_MM: f32 = 0.5;
const CODE128_MAX_MODULE_MM: f32 = 1.0;
const CODE128_QUIET_ZONE_MODULES: f32 = 10.0;
/// Symbols (with quiet zones) must stay this far from the left and right paper edges.
const SIDE_MARGIN_MM: f32 = 5.0;

const PATCH_TOP_MM: f32 = 20.0;
const PATCH_LENGTH_MM: f32 = 150.0;
/// PATCH-T bars as (start, end) in inches below the top of the pattern, from Kodak's zone table.
const PATCH_T_BARS_IN: [(f32, f32); 4] = [(0.0, 0.08), (0.16, 0.36), (0.44, 0.52), (0.60, 0.80)];

const LABEL: &str = "Trennblatt";
const LABEL_SIZE_PT: f32 = 24.0;
const LABEL_BASELINE_MM: f32 = 110.0;

/// Offset that keeps the noise of separator sheets apart from letter pages and blank backs.
const NOISE_INDEX_OFFSET: u64 = 2000;

fn page_width_mm() -> f32 {
    PAGE_WIDTH_PT * MM_PER_INCH / 72.0
}

/// One A4 separator sheet as scanned (front side), with the scan's speckle noise.
///
/// The symbol is drawn through the same rotation about the page centre as letter text
/// (`opts.skew_degrees`), anti-aliased; `index` varies the noise like a page number. The
/// page's text is empty: a separator is not content. See the [module docs](self) for the
/// geometry.
///
/// # Panics
/// If the QR or Code 128 value is empty or cannot be encoded, or a Code 128 value is too long
/// to fit across the page with modules of at least 0.5 mm.
pub fn separator_sheet(kind: &SeparatorSheet, opts: &ScanOptions, index: usize) -> ScannedPage {
    let (width, height) = a4_pixels(opts.dpi);
    // A memset, fast also in unoptimised builds (see `render_page`).
    let paper = vec![255u8; width as usize * height as usize];
    let mut image = GrayImage::from_raw(width, height, paper).expect("buffer matches size");
    let canvas = Canvas::new(width, height, opts);
    match kind {
        SeparatorSheet::Qr(value) => {
            let qr = qr_layout(value);
            canvas.fill(&mut image, qr.bounds(), |x, y| qr.ink(x, y));
        }
        SeparatorSheet::Code128(value) => {
            let code = code128_layout(value);
            canvas.fill(&mut image, code.bounds(), |x, _| code.ink(x));
        }
        SeparatorSheet::Code39(value) => {
            let modules = Code39Writer
                .encode_oned(value)
                .unwrap_or_else(|err| panic!("cannot encode {value:?} as Code 39: {err}"));
            let code = linear_layout(modules, value);
            canvas.fill(&mut image, code.bounds(), |x, _| code.ink(x));
        }
        SeparatorSheet::PatchT => {
            let bars = patch_t_bars_mm();
            let left = (page_width_mm() - PATCH_LENGTH_MM) / 2.0;
            let bounds = Rect {
                left,
                top: bars[0].0,
                right: left + PATCH_LENGTH_MM,
                bottom: bars[3].1,
            };
            canvas.fill(&mut image, bounds, |_, y| {
                bars.iter().any(|&(top, bottom)| y >= top && y < bottom)
            });
        }
    }
    draw_label(&mut image, opts);
    let page_seed = opts
        .seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(NOISE_INDEX_OFFSET + index as u64);
    add_speckles(&mut image, opts.dpi, opts.noise, page_seed);
    ScannedPage {
        image,
        text: String::new(),
        dpi: opts.dpi,
    }
}

/// A batch scan of `letters` with `separator` between consecutive letters. Simplex: pages as
/// they are, a blank separator is one blank page, a separator sheet one page. Duplex: after
/// every page comes the blank back of its sheet (blank_page), a blank separator is two blank
/// pages, a separator sheet is the sheet followed by a blank back.
///
/// Letter pages are copied unchanged. Every generated page (blank page or separator sheet) uses
/// its position in the batch as noise `index`, so no two of them share a speckle pattern.
pub fn batch_scan(
    letters: &[Vec<ScannedPage>],
    separator: &Separator,
    duplex: bool,
    opts: &ScanOptions,
) -> Vec<ScannedPage> {
    let mut batch: Vec<ScannedPage> = Vec::new();
    let push_blank = |batch: &mut Vec<ScannedPage>| {
        let index = batch.len();
        batch.push(blank_page(opts, index));
    };
    for (i, letter) in letters.iter().enumerate() {
        if i > 0 {
            match separator {
                Separator::BlankSheet => {
                    push_blank(&mut batch);
                    if duplex {
                        push_blank(&mut batch);
                    }
                }
                Separator::Sheet(kind) => {
                    let index = batch.len();
                    batch.push(separator_sheet(kind, opts, index));
                    if duplex {
                        push_blank(&mut batch);
                    }
                }
            }
        }
        for page in letter {
            batch.push(page.clone());
            if duplex {
                push_blank(&mut batch);
            }
        }
    }
    batch
}

/// A rectangle on the page in millimetres, origin top-left, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    left: f32,
    top: f32,
    right: f32,
    bottom: f32,
}

/// Rasterises shapes given in page millimetres into the skewed page image.
///
/// Same geometry as [`PageTransform`]: page pixels are rotated by the skew about the image
/// centre. Each image pixel is mapped back to the upright page and sampled on a sub-pixel grid.
struct Canvas {
    px_per_mm: f32,
    centre: (f32, f32),
    cos: f32,
    sin: f32,
}

impl Canvas {
    fn new(width: u32, height: u32, opts: &ScanOptions) -> Canvas {
        let angle = opts.skew_degrees.to_radians();
        Canvas {
            px_per_mm: opts.dpi as f32 / MM_PER_INCH,
            centre: (width as f32 / 2.0, height as f32 / 2.0),
            cos: angle.cos(),
            sin: angle.sin(),
        }
    }

    /// Image pixel position of a page point in millimetres.
    fn to_image(&self, x_mm: f32, y_mm: f32) -> (f32, f32) {
        let (cx, cy) = self.centre;
        let (dx, dy) = (x_mm * self.px_per_mm - cx, y_mm * self.px_per_mm - cy);
        (
            cx + dx * self.cos - dy * self.sin,
            cy + dx * self.sin + dy * self.cos,
        )
    }

    /// Page point in millimetres shown at an image pixel position (inverse of `to_image`).
    fn to_page(&self, x_px: f32, y_px: f32) -> (f32, f32) {
        let (cx, cy) = self.centre;
        let (dx, dy) = (x_px - cx, y_px - cy);
        (
            (cx + dx * self.cos + dy * self.sin) / self.px_per_mm,
            (cy - dx * self.sin + dy * self.cos) / self.px_per_mm,
        )
    }

    /// Inks every point of `bounds` where `ink(x_mm, y_mm)` holds, anti-aliased; ink already on
    /// the page is never lightened.
    fn fill(&self, image: &mut GrayImage, bounds: Rect, ink: impl Fn(f32, f32) -> bool) {
        let corners = [
            self.to_image(bounds.left, bounds.top),
            self.to_image(bounds.right, bounds.top),
            self.to_image(bounds.left, bounds.bottom),
            self.to_image(bounds.right, bounds.bottom),
        ];
        let (width, height) = image.dimensions();
        let min_x = corners.iter().map(|c| c.0).fold(f32::MAX, f32::min);
        let max_x = corners.iter().map(|c| c.0).fold(f32::MIN, f32::max);
        let min_y = corners.iter().map(|c| c.1).fold(f32::MAX, f32::min);
        let max_y = corners.iter().map(|c| c.1).fold(f32::MIN, f32::max);
        let x_range = (min_x.floor().max(0.0) as u32)..(max_x.ceil().max(0.0) as u32).min(width);
        let y_range = (min_y.floor().max(0.0) as u32)..(max_y.ceil().max(0.0) as u32).min(height);
        let step = 1.0 / SUPERSAMPLING as f32;
        let samples = (SUPERSAMPLING * SUPERSAMPLING) as f32;
        for py in y_range {
            for px in x_range.clone() {
                let mut hits = 0usize;
                for sy in 0..SUPERSAMPLING {
                    for sx in 0..SUPERSAMPLING {
                        let (x, y) = self.to_page(
                            px as f32 + (sx as f32 + 0.5) * step,
                            py as f32 + (sy as f32 + 0.5) * step,
                        );
                        let inside = x >= bounds.left
                            && x < bounds.right
                            && y >= bounds.top
                            && y < bounds.bottom;
                        if inside && ink(x, y) {
                            hits += 1;
                        }
                    }
                }
                if hits > 0 {
                    let coverage = hits as f32 / samples;
                    let value = (255.0 - coverage * (255.0 - INK)).round() as u8;
                    let pixel = &mut image.get_pixel_mut(px, py).0[0];
                    *pixel = (*pixel).min(value);
                }
            }
        }
    }
}

/// A QR code's modules placed on the page.
struct QrLayout {
    /// Dark modules, row by row.
    modules: Vec<bool>,
    /// Modules per side.
    size: usize,
    module_mm: f32,
    left: f32,
    top: f32,
}

impl QrLayout {
    fn bounds(&self) -> Rect {
        let side = self.size as f32 * self.module_mm;
        Rect {
            left: self.left,
            top: self.top,
            right: self.left + side,
            bottom: self.top + side,
        }
    }

    fn ink(&self, x: f32, y: f32) -> bool {
        let col = ((x - self.left) / self.module_mm).floor();
        let row = ((y - self.top) / self.module_mm).floor();
        let n = self.size as f32;
        if col < 0.0 || row < 0.0 || col >= n || row >= n {
            return false;
        }
        self.modules[row as usize * self.size + col as usize]
    }
}

fn qr_layout(value: &str) -> QrLayout {
    let hints = EncodeHints {
        ErrorCorrection: Some("M".to_owned()),
        // The quiet zone is left white by the page itself.
        Margin: Some("0".to_owned()),
        ..EncodeHints::default()
    };
    let matrix = QRCodeWriter
        .encode_with_hints(value, &BarcodeFormat::QR_CODE, 0, 0, &hints)
        .unwrap_or_else(|err| panic!("cannot encode {value:?} as a QR code: {err}"));
    let size = matrix.getWidth() as usize;
    assert_eq!(size, matrix.getHeight() as usize, "QR codes are square");
    let modules = (0..size as u32)
        .flat_map(|y| (0..size as u32).map(move |x| (x, y)))
        .map(|(x, y)| matrix.get(x, y))
        .collect();
    QrLayout {
        modules,
        size,
        module_mm: QR_SIZE_MM / size as f32,
        left: (page_width_mm() - QR_SIZE_MM) / 2.0,
        top: QR_TOP_MM,
    }
}

/// A Code 128 symbol's modules placed on the page.
struct Code128Layout {
    /// Dark modules from left to right, start and stop patterns included, no quiet zones.
    modules: Vec<bool>,
    module_mm: f32,
    left: f32,
}

impl Code128Layout {
    fn width_mm(&self) -> f32 {
        self.modules.len() as f32 * self.module_mm
    }

    fn bounds(&self) -> Rect {
        Rect {
            left: self.left,
            top: CODE128_TOP_MM,
            right: self.left + self.width_mm(),
            bottom: CODE128_TOP_MM + CODE128_HEIGHT_MM,
        }
    }

    fn ink(&self, x: f32) -> bool {
        let module = ((x - self.left) / self.module_mm).floor();
        module >= 0.0 && (module as usize) < self.modules.len() && self.modules[module as usize]
    }
}

fn code128_layout(value: &str) -> Code128Layout {
    assert!(!value.is_empty(), "a Code 128 separator needs a value");
    let modules = Code128Writer
        .encode_oned(value)
        .unwrap_or_else(|err| panic!("cannot encode {value:?} as Code 128: {err}"));
    linear_layout(modules, value)
}

/// A linear symbol's `modules` centred across the page, 80–100 mm wide where modules of
/// 0.5–1 mm allow.
fn linear_layout(modules: Vec<bool>, value: &str) -> Code128Layout {
    let count = modules.len() as f32;
    let module_mm =
        (CODE128_TARGET_WIDTH_MM / count).clamp(CODE128_MIN_MODULE_MM, CODE128_MAX_MODULE_MM);
    let width = count * module_mm;
    let with_quiet_zones = width + 2.0 * CODE128_QUIET_ZONE_MODULES * module_mm;
    assert!(
        with_quiet_zones <= page_width_mm() - 2.0 * SIDE_MARGIN_MM,
        "Code 128 value {value:?} is too long for a separator sheet ({count} modules)"
    );
    Code128Layout {
        modules,
        module_mm,
        left: (page_width_mm() - width) / 2.0,
    }
}

/// PATCH-T bars as (top, bottom) in millimetres from the top edge of the page.
fn patch_t_bars_mm() -> [(f32, f32); 4] {
    PATCH_T_BARS_IN.map(|(start, end)| {
        (
            PATCH_TOP_MM + start * MM_PER_INCH,
            PATCH_TOP_MM + end * MM_PER_INCH,
        )
    })
}

/// Prints the human-readable label, centred, through the page's skew.
fn draw_label(image: &mut GrayImage, opts: &ScanOptions) {
    let to_pt = |mm: f32| mm * 72.0 / MM_PER_INCH;
    let text_width = text_width_pt(fonts().get(Face::Bold), LABEL, LABEL_SIZE_PT);
    let line = PlacedLine {
        x: (PAGE_WIDTH_PT - text_width) / 2.0,
        baseline: to_pt(LABEL_BASELINE_MM),
        size: LABEL_SIZE_PT,
        face: Face::Bold,
        text: LABEL.to_owned(),
        blank_before: false,
    };
    let transform = PageTransform::new(image.width(), image.height(), opts.dpi, opts.skew_degrees);
    draw_line(image, &transform, &line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::imageops::{resize, FilterType};

    const QR_VALUE: &str = "MAILROOM-TRENNBLATT-0042";
    const CODE128_VALUE: &str = "TRENN-0042";

    fn decode(image: &GrayImage, format: BarcodeFormat) -> String {
        let (width, height) = image.dimensions();
        rxing::helpers::detect_in_luma_slice(image.as_raw(), width, height, Some(format))
            .unwrap_or_else(|err| panic!("no {format:?} found in {width}x{height} image: {err}"))
            .getText()
            .to_owned()
    }

    /// The page as a 150 dpi scan of the same sheet would see it.
    fn at_150_dpi(image: &GrayImage) -> GrayImage {
        let (width, height) = a4_pixels(150);
        resize(image, width, height, FilterType::Triangle)
    }

    fn assert_decodes(kind: &SeparatorSheet, format: BarcodeFormat, value: &str, skew: f32) {
        let opts = ScanOptions {
            skew_degrees: skew,
            ..ScanOptions::default()
        };
        let page = separator_sheet(kind, &opts, 3);
        assert_eq!(page.text, "");
        assert_eq!(page.dpi, 300);
        assert_eq!(page.image.dimensions(), a4_pixels(300));
        assert_eq!(decode(&page.image, format), value, "300 dpi, skew {skew}");
        let small = at_150_dpi(&page.image);
        assert_eq!(decode(&small, format), value, "150 dpi, skew {skew}");
    }

    #[test]
    fn qr_sheet_decodes_at_300_and_150_dpi() {
        let kind = SeparatorSheet::Qr(QR_VALUE.to_owned());
        assert_decodes(&kind, BarcodeFormat::QR_CODE, QR_VALUE, 0.4);
    }

    #[test]
    fn code128_sheet_decodes_at_300_and_150_dpi() {
        let kind = SeparatorSheet::Code128(CODE128_VALUE.to_owned());
        assert_decodes(&kind, BarcodeFormat::CODE_128, CODE128_VALUE, 0.4);
    }

    #[test]
    fn symbols_stay_decodable_at_one_degree_skew() {
        let qr = SeparatorSheet::Qr(QR_VALUE.to_owned());
        assert_decodes(&qr, BarcodeFormat::QR_CODE, QR_VALUE, -1.0);
        let code = SeparatorSheet::Code128(CODE128_VALUE.to_owned());
        assert_decodes(&code, BarcodeFormat::CODE_128, CODE128_VALUE, 1.0);
    }

    #[test]
    fn symbol_sizes_follow_the_layout_rules() {
        let qr = qr_layout(QR_VALUE);
        let bounds = qr.bounds();
        assert!((bounds.right - bounds.left - 40.0).abs() < 1e-3);
        assert!(bounds.bottom < 297.0 / 2.0);
        let code = code128_layout(CODE128_VALUE);
        assert!(code.module_mm >= 0.5, "module {} mm", code.module_mm);
        let width = code.width_mm();
        assert!((80.0..=100.0).contains(&width), "width {width} mm");
        let bars = code.bounds();
        assert!(bars.bottom - bars.top >= 15.0);
        assert!(bars.bottom < 297.0 / 2.0);
        assert!((code.left + width / 2.0 - page_width_mm() / 2.0).abs() < 1e-3);
        // Long values get 0.5 mm modules and grow wider instead of shrinking below that.
        let long = code128_layout("MAILROOM-TRENNBLATT-LANG");
        assert!((long.module_mm - 0.5).abs() < 1e-6);
    }

    /// Dark runs (top, bottom) in millimetres along the image column `x`, between `from_mm` and
    /// `to_mm`; dark runs shorter than 1 mm (speckles) are ignored.
    fn dark_runs_mm(
        image: &GrayImage,
        dpi: u32,
        x: u32,
        from_mm: f32,
        to_mm: f32,
    ) -> Vec<(f32, f32)> {
        let px_per_mm = dpi as f32 / MM_PER_INCH;
        let from = (from_mm * px_per_mm) as u32;
        let to = (to_mm * px_per_mm) as u32;
        let mut runs = Vec::new();
        let mut start = None;
        for y in from..=to {
            let dark = y < to && image.get_pixel(x, y).0[0] < 128;
            match (dark, start) {
                (true, None) => start = Some(y),
                (false, Some(s)) => {
                    runs.push((s as f32 / px_per_mm, y as f32 / px_per_mm));
                    start = None;
                }
                _ => {}
            }
        }
        runs.retain(|(top, bottom)| bottom - top >= 1.0);
        runs
    }

    #[test]
    fn patch_t_bars_and_spaces_match_kodak_spec() {
        let opts = ScanOptions::default();
        let page = separator_sheet(&SeparatorSheet::PatchT, &opts, 5);
        assert_eq!(page.text, "");
        let centre_x = page.image.width() / 2;
        let bars = dark_runs_mm(&page.image, opts.dpi, centre_x, 5.0, 60.0);
        assert_eq!(bars.len(), 4, "bars {bars:?}");
        let (narrow, wide, space) = (2.032, 5.08, 2.032);
        for (bar, expected) in bars.iter().zip([narrow, wide, narrow, wide]) {
            let width = bar.1 - bar.0;
            assert!(
                (width - expected).abs() <= 0.3,
                "bar {width} mm, want {expected}"
            );
        }
        for pair in bars.windows(2) {
            let gap = pair[1].0 - pair[0].1;
            assert!((gap - space).abs() <= 0.3, "space {gap} mm, want {space}");
        }
        let height = bars[3].1 - bars[0].0;
        assert!((height - 20.32).abs() <= 0.3, "pattern {height} mm high");
        assert!(
            (bars[0].0 - 20.0).abs() <= 0.5,
            "pattern top at {} mm",
            bars[0].0
        );
    }

    #[test]
    fn patch_t_has_clear_surroundings_and_full_length_bars() {
        let opts = ScanOptions {
            skew_degrees: 0.0,
            noise: 0.0,
            ..ScanOptions::default()
        };
        let page = separator_sheet(&SeparatorSheet::PatchT, &opts, 0);
        let px_per_mm = opts.dpi as f32 / MM_PER_INCH;
        let bars = patch_t_bars_mm();
        let left = (page_width_mm() - PATCH_LENGTH_MM) / 2.0;
        let right = left + PATCH_LENGTH_MM;
        let mm = |px: u32| (px as f32 + 0.5) / px_per_mm;
        // Pixels wholly inside or outside a bar, 10 mm around the pattern.
        let (y0, y1) = (
            (bars[0].0 - 10.0) * px_per_mm,
            (bars[3].1 + 10.0) * px_per_mm,
        );
        let (x0, x1) = ((left - 10.0) * px_per_mm, (right + 10.0) * px_per_mm);
        for y in y0 as u32..y1 as u32 {
            for x in x0 as u32..x1 as u32 {
                let (xm, ym) = (mm(x), mm(y));
                let margin = 0.6 / px_per_mm;
                let near = |a: f32, b: f32| (a - b).abs() < margin;
                let on_edge = near(xm, left)
                    || near(xm, right)
                    || bars.iter().any(|&(t, b)| near(ym, t) || near(ym, b));
                if on_edge {
                    continue;
                }
                let in_bar = xm > left && xm < right && bars.iter().any(|&(t, b)| ym > t && ym < b);
                let value = page.image.get_pixel(x, y).0[0];
                let expected = if in_bar { INK as u8 } else { 255 };
                assert_eq!(value, expected, "pixel {x},{y} ({xm:.2} mm, {ym:.2} mm)");
            }
        }
    }

    /// Whether every pixel of `image` wholly inside `outer` but outside `inner` is paper-white.
    fn ring_is_white(image: &GrayImage, outer: Rect, inner: Rect) -> bool {
        let px_per_mm = 300.0 / MM_PER_INCH;
        let (x0, x1) = (
            (outer.left * px_per_mm) as u32,
            (outer.right * px_per_mm) as u32,
        );
        let (y0, y1) = (
            (outer.top * px_per_mm) as u32,
            (outer.bottom * px_per_mm) as u32,
        );
        (y0..y1).all(|y| {
            (x0..x1).all(|x| {
                let (left, top) = (x as f32 / px_per_mm, y as f32 / px_per_mm);
                let (right, bottom) = ((x + 1) as f32 / px_per_mm, (y + 1) as f32 / px_per_mm);
                let touches_inner = right > inner.left
                    && left < inner.right
                    && bottom > inner.top
                    && top < inner.bottom;
                touches_inner || image.get_pixel(x, y).0[0] == 255
            })
        })
    }

    fn grow(rect: Rect, by: f32) -> Rect {
        Rect {
            left: rect.left - by,
            top: rect.top - by,
            right: rect.right + by,
            bottom: rect.bottom + by,
        }
    }

    #[test]
    fn quiet_zones_stay_white() {
        let clean = ScanOptions {
            skew_degrees: 0.0,
            noise: 0.0,
            ..ScanOptions::default()
        };
        let qr = qr_layout(QR_VALUE);
        let page = separator_sheet(&SeparatorSheet::Qr(QR_VALUE.to_owned()), &clean, 0);
        let zone = 4.0 * qr.module_mm;
        assert!(ring_is_white(
            &page.image,
            grow(qr.bounds(), zone),
            qr.bounds()
        ));
        let code = code128_layout(CODE128_VALUE);
        let page = separator_sheet(
            &SeparatorSheet::Code128(CODE128_VALUE.to_owned()),
            &clean,
            0,
        );
        let zone = CODE128_QUIET_ZONE_MODULES * code.module_mm;
        assert!(ring_is_white(
            &page.image,
            grow(code.bounds(), zone),
            code.bounds()
        ));
        // The symbol really is drawn where the layout says.
        assert!(!ring_is_white(
            &page.image,
            code.bounds(),
            grow(code.bounds(), -1.0)
        ));
    }

    fn letter(id: usize, pages: usize) -> Vec<ScannedPage> {
        let opts = ScanOptions::default();
        (0..pages)
            .map(|p| ScannedPage {
                text: format!("letter {id} page {p}"),
                ..blank_page(&opts, 500 + id * 10 + p)
            })
            .collect()
    }

    #[test]
    fn batch_scan_puts_separators_between_letters() {
        let opts = ScanOptions::default();
        let letters = vec![letter(0, 2), letter(1, 1), letter(2, 3)];
        let sheet = Separator::Sheet(SeparatorSheet::PatchT);
        let texts =
            |batch: &[ScannedPage]| batch.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        let content = |batch: &[ScannedPage]| batch.iter().filter(|p| !p.text.is_empty()).count();

        let simplex_blank = batch_scan(&letters, &Separator::BlankSheet, false, &opts);
        assert_eq!(simplex_blank.len(), 6 + 2);
        assert_eq!(content(&simplex_blank), 6);
        assert_eq!(simplex_blank[2].text, "");
        assert_eq!(simplex_blank[3].text, "letter 1 page 0");
        assert_eq!(simplex_blank[4].text, "");

        let simplex_sheet = batch_scan(&letters, &sheet, false, &opts);
        assert_eq!(simplex_sheet.len(), 6 + 2);
        assert_eq!(texts(&simplex_sheet), texts(&simplex_blank));
        assert_eq!(simplex_sheet[0], letters[0][0]);
        assert_eq!(
            simplex_sheet[2],
            separator_sheet(&SeparatorSheet::PatchT, &opts, 2)
        );

        let duplex_blank = batch_scan(&letters, &Separator::BlankSheet, true, &opts);
        assert_eq!(duplex_blank.len(), 12 + 4);
        assert_eq!(content(&duplex_blank), 6);
        // Letter 0: p0, back, p1, back; separator: two blank pages; letter 1: p0, back; ...
        assert_eq!(duplex_blank[2].text, "letter 0 page 1");
        assert_eq!(duplex_blank[6].text, "letter 1 page 0");
        for i in [1, 3, 4, 5, 7, 8, 9] {
            assert_eq!(duplex_blank[i].text, "", "page {i}");
        }

        let duplex_sheet = batch_scan(&letters, &sheet, true, &opts);
        assert_eq!(duplex_sheet.len(), 12 + 4);
        assert_eq!(texts(&duplex_sheet), texts(&duplex_blank));
        assert_eq!(
            duplex_sheet[4],
            separator_sheet(&SeparatorSheet::PatchT, &opts, 4)
        );
        assert_eq!(duplex_sheet[5], blank_page(&opts, 5));

        // Every generated page has its own noise.
        let generated: Vec<&ScannedPage> =
            duplex_blank.iter().filter(|p| p.text.is_empty()).collect();
        for (i, a) in generated.iter().enumerate() {
            for b in &generated[i + 1..] {
                assert_ne!(a.image, b.image);
            }
        }
    }

    #[test]
    fn single_letter_and_no_letters_need_no_separator() {
        let opts = ScanOptions::default();
        let sheet = Separator::Sheet(SeparatorSheet::Code128(CODE128_VALUE.to_owned()));
        assert!(batch_scan(&[], &sheet, true, &opts).is_empty());
        assert_eq!(batch_scan(&[letter(0, 2)], &sheet, false, &opts).len(), 2);
        assert_eq!(batch_scan(&[letter(0, 2)], &sheet, true, &opts).len(), 4);
    }
}
