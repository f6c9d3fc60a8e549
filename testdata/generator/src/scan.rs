//! Simulated scanning: letter layout → skewed, speckled 8-bit grey page images.

use crate::glyphs::{draw_line, draw_rule, PageTransform};
use crate::layout::{layout_letter, PageLayout, PAGE_HEIGHT_PT, PAGE_WIDTH_PT};
use crate::letter::Letter;
use crate::noise::add_speckles;
use image::GrayImage;

/// How the simulated scanner behaves.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanOptions {
    /// Resolution in dots per inch; A4 is 2480×3508 pixels at 300 dpi.
    pub dpi: u32,
    /// Rotation of the page content about the image centre, in degrees; positive is clockwise as
    /// displayed. Every page of a scan uses the same angle.
    pub skew_degrees: f32,
    /// Speckle density from 0 (clean) to 1 (very dirty glass).
    pub noise: f32,
    /// Seed for the noise; together with the letter it fixes every output byte.
    pub seed: u64,
}

impl Default for ScanOptions {
    /// 300 dpi, 0.4° skew, light noise (0.1), seed 0.
    fn default() -> Self {
        ScanOptions {
            dpi: 300,
            skew_degrees: 0.4,
            noise: 0.1,
            seed: 0,
        }
    }
}

/// One scanned page and its known text.
#[derive(Debug, Clone, PartialEq)]
pub struct ScannedPage {
    /// Black text on white paper, 8-bit grey.
    pub image: GrayImage,
    /// Ground truth of this page, see [`crate::page_texts`].
    pub text: String,
    /// Resolution the image was rendered at; encoders store it in the files.
    pub dpi: u32,
}

/// Lays the letter out over exactly `pages` A4 pages and renders each page as an 8-bit greyscale
/// image at `opts.dpi` with DejaVu Sans at 11 pt, then applies the skew and speckle noise.
///
/// The per-page text is the ground truth of the layout ([`crate::page_texts`]), including
/// continuation paragraphs for short letters and the footer "Seite i von n".
pub fn render_scan(letter: &Letter, pages: usize, opts: &ScanOptions) -> Vec<ScannedPage> {
    layout_letter(letter, pages)
        .iter()
        .enumerate()
        .map(|(index, page)| render_page(page, opts, index))
        .collect()
}

/// The empty back of a sheet in a duplex scan: paper with the scanner's speckle noise (and
/// dust at `opts.noise`), no text. `index` varies the noise like a page number.
pub fn blank_page(opts: &ScanOptions, index: usize) -> ScannedPage {
    let (width, height) = a4_pixels(opts.dpi);
    let paper = vec![255u8; width as usize * height as usize];
    let mut image = GrayImage::from_raw(width, height, paper).expect("buffer matches size");
    let page_seed = opts
        .seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(1000 + index as u64);
    add_speckles(&mut image, opts.dpi, opts.noise, page_seed);
    ScannedPage {
        image,
        text: String::new(),
        dpi: opts.dpi,
    }
}

/// A duplex scan of `fronts`: after every page comes the empty back of its sheet.
pub fn with_blank_backs(fronts: &[ScannedPage], opts: &ScanOptions) -> Vec<ScannedPage> {
    fronts
        .iter()
        .enumerate()
        .flat_map(|(i, p)| [p.clone(), blank_page(opts, i)])
        .collect()
}

/// Pixel size of an A4 page at `dpi`.
pub(crate) fn a4_pixels(dpi: u32) -> (u32, u32) {
    let to_px = |pt: f32| (pt * dpi as f32 / 72.0).round() as u32;
    (to_px(PAGE_WIDTH_PT), to_px(PAGE_HEIGHT_PT))
}

/// Renders one laid-out page; `index` varies the noise between pages of one scan.
pub(crate) fn render_page(page: &PageLayout, opts: &ScanOptions, index: usize) -> ScannedPage {
    assert!(
        opts.dpi >= 50,
        "{} dpi is too coarse to render text",
        opts.dpi
    );
    let (width, height) = a4_pixels(opts.dpi);
    // `vec!` of a byte is a memset; `GrayImage::from_pixel` would loop pixel by pixel, which is
    // slow in the unoptimised builds tests use.
    let paper = vec![255u8; width as usize * height as usize];
    let mut image = GrayImage::from_raw(width, height, paper).expect("buffer matches size");
    let transform = PageTransform::new(width, height, opts.dpi, opts.skew_degrees);
    for line in &page.lines {
        draw_line(&mut image, &transform, line);
    }
    for rule in &page.rules {
        draw_rule(&mut image, &transform, rule);
    }
    let page_seed = opts
        .seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(index as u64);
    add_speckles(&mut image, opts.dpi, opts.noise, page_seed);
    ScannedPage {
        image,
        text: page.text(),
        dpi: opts.dpi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn low_res() -> ScanOptions {
        ScanOptions {
            dpi: 100,
            ..ScanOptions::default()
        }
    }

    #[test]
    fn a4_sizes_match_common_scanner_output() {
        assert_eq!(a4_pixels(300), (2480, 3508));
        assert_eq!(a4_pixels(200), (1654, 2339));
    }

    #[test]
    fn renders_requested_pages_with_their_text() {
        let letter = Letter::sample(1);
        let pages = render_scan(&letter, 2, &low_res());
        assert_eq!(pages.len(), 2);
        assert_eq!(
            pages.iter().map(|p| p.text.clone()).collect::<Vec<_>>(),
            crate::page_texts(&letter, 2)
        );
        for page in &pages {
            assert_eq!(page.image.dimensions(), (827, 1169));
            assert_eq!(page.dpi, 100);
            let dark = page.image.pixels().filter(|p| p.0[0] < 128).count();
            let share = dark as f64 / (827.0 * 1169.0);
            assert!(share > 0.01 && share < 0.2, "dark share {share}");
        }
    }

    #[test]
    fn same_seed_same_pixels_other_seed_other_noise() {
        let letter = Letter::sample(2);
        let a = render_scan(&letter, 1, &low_res());
        let b = render_scan(&letter, 1, &low_res());
        assert_eq!(a, b);
        let other = ScanOptions {
            seed: 99,
            ..low_res()
        };
        assert_ne!(a[0].image, render_scan(&letter, 1, &other)[0].image);
    }

    #[test]
    fn margins_stay_paper_white_without_noise() {
        let clean = ScanOptions {
            noise: 0.0,
            ..low_res()
        };
        let page = &render_scan(&Letter::sample(3), 1, &clean)[0];
        let (w, h) = page.image.dimensions();
        for y in 0..h {
            for x in (0..40).chain(w - 40..w) {
                assert_eq!(page.image.get_pixel(x, y).0[0], 255, "ink at {x},{y}");
            }
        }
    }
}
