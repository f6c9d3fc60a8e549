//! Blank-page detection by ink coverage, robust against scanner noise, dust and streaks.
//!
//! The page (without a margin where scanners leave edge shadows and punch holes) is cut into
//! cells of about 1 mm². A cell is inked when at least [`CELL_INK_SHARE`] of its pixels are
//! dark: single noise pixels and thin streaks from a dirty scanner glass never are. Inked
//! cells count only in 4-connected groups of at least [`MIN_MARK_CELLS`] that extend in both
//! directions (a word or a signature; a dust speck is smaller, a streak or a ruled line one
//! cell thin). Coverage is counted cells / all cells.

use image::GrayImage;

/// Pixels darker than this are ink (0 = black, 255 = white).
const DARK: u8 = 140;
/// Share of dark pixels that makes a cell inked.
const CELL_INK_SHARE: f64 = 0.2;
/// Smallest group of inked cells that counts as a mark (about 2 × 3 mm).
const MIN_MARK_CELLS: usize = 6;
/// Margin left out on every side, as a share of the page's width/height.
const MARGIN: f64 = 0.06;
/// Below this coverage (percent of the page) a page is blank: less than one mark of
/// [`MIN_MARK_CELLS`] (0.012 % of an A4 page). Measured on generated pages: one short word or
/// date at 8–10 pt ("Ok", "12.03.2025", "Seite 2") covers 0.023–0.04 %, while empty pages
/// with heavy scanner noise and dust measure 0.000 % (the cells ignore specks and streaks).
pub const BLANK_MAX_INK_PERCENT: f64 = 0.01;

/// What the detector saw on one page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InkCoverage {
    /// Percent of the page (without margin) covered by marks.
    pub percent: f64,
}

impl InkCoverage {
    pub fn is_blank(&self) -> bool {
        self.is_blank_below(BLANK_MAX_INK_PERCENT)
    }

    /// Blank by a pipeline's own threshold (percent ink coverage).
    pub fn is_blank_below(&self, threshold: f64) -> bool {
        self.percent < threshold
    }
}

/// Measures the ink on a grayscale page scanned at `dpi`.
pub fn ink_coverage(image: &GrayImage, dpi: u32) -> InkCoverage {
    let (w, h) = image.dimensions();
    let cell = ((dpi.max(50) as f64 / 25.4).round() as u32).max(2);
    let (x0, y0) = ((w as f64 * MARGIN) as u32, (h as f64 * MARGIN) as u32);
    let (cols, rows) = (
        (w.saturating_sub(2 * x0) / cell) as usize,
        (h.saturating_sub(2 * y0) / cell) as usize,
    );
    if cols == 0 || rows == 0 {
        return InkCoverage { percent: 0.0 };
    }
    let needed = ((cell * cell) as f64 * CELL_INK_SHARE).ceil() as u32;
    let mut inked = vec![false; cols * rows];
    for r in 0..rows {
        for c in 0..cols {
            let (cx, cy) = (x0 + c as u32 * cell, y0 + r as u32 * cell);
            let mut dark = 0;
            'cell: for y in cy..cy + cell {
                for x in cx..cx + cell {
                    if image.get_pixel(x, y).0[0] < DARK {
                        dark += 1;
                        if dark >= needed {
                            break 'cell;
                        }
                    }
                }
            }
            inked[r * cols + c] = dark >= needed;
        }
    }
    let counted = cells_in_marks(&mut inked, cols, rows);
    InkCoverage {
        percent: counted as f64 * 100.0 / (cols * rows) as f64,
    }
}

/// Sums the sizes of 4-connected groups of inked cells with at least [`MIN_MARK_CELLS`] that
/// are more than one cell wide and high. Consumes the grid (visited cells are cleared).
fn cells_in_marks(inked: &mut [bool], cols: usize, rows: usize) -> usize {
    let mut counted = 0;
    let mut stack = Vec::new();
    for start in 0..inked.len() {
        if !inked[start] {
            continue;
        }
        inked[start] = false;
        stack.push(start);
        let mut size = 0;
        let (mut rmin, mut rmax, mut cmin, mut cmax) = (usize::MAX, 0, usize::MAX, 0);
        while let Some(i) = stack.pop() {
            size += 1;
            let (r, c) = (i / cols, i % cols);
            (rmin, rmax, cmin, cmax) = (rmin.min(r), rmax.max(r), cmin.min(c), cmax.max(c));
            let mut visit = |j: usize| {
                if inked[j] {
                    inked[j] = false;
                    stack.push(j);
                }
            };
            if c > 0 {
                visit(i - 1);
            }
            if c + 1 < cols {
                visit(i + 1);
            }
            if r > 0 {
                visit(i - cols);
            }
            if r + 1 < rows {
                visit(i + cols);
            }
        }
        if size >= MIN_MARK_CELLS && rmax > rmin && cmax > cmin {
            counted += size;
        }
    }
    counted
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    const DPI: u32 = 150;

    /// An A4 page at 150 dpi: paper gray with scanner noise (deterministic).
    fn paper() -> GrayImage {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        GrayImage::from_fn(1240, 1754, |_, _| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            Luma([226 + (seed % 24) as u8])
        })
    }

    fn fill(img: &mut GrayImage, x: u32, y: u32, w: u32, h: u32, v: u8) {
        for yy in y..y + h {
            for xx in x..x + w {
                img.put_pixel(xx, yy, Luma([v]));
            }
        }
    }

    /// A line of "text": letters 10 px wide, 16 px high, with gaps, like 12 pt at 150 dpi.
    fn text_line(img: &mut GrayImage, x: u32, y: u32, letters: u32) {
        for i in 0..letters {
            let lx = x + i * 14;
            fill(img, lx, y, 2, 16, 20);
            fill(img, lx + 8, y, 2, 16, 20);
            fill(img, lx, y + 7, 10, 2, 20);
        }
    }

    #[test]
    fn clean_and_noisy_paper_is_blank() {
        let c = ink_coverage(&paper(), DPI);
        assert_eq!(c.percent, 0.0);
        assert!(c.is_blank());
    }

    #[test]
    fn dust_specks_and_a_streak_leave_a_page_blank() {
        let mut p = paper();
        for i in 0..40 {
            // Specks of 1-3 px (0.2-0.5 mm) all over the page.
            fill(&mut p, 100 + i * 25, 200 + i * 33, 1 + i % 3, 1 + i % 3, 30);
        }
        // Streaks over the whole height (dirt on the scanner glass), 1 and 3 px wide.
        fill(&mut p, 600, 0, 1, 1754, 60);
        fill(&mut p, 900, 0, 3, 1754, 60);
        // Edge shadow and punch holes in the margin.
        fill(&mut p, 0, 0, 30, 1754, 40);
        fill(&mut p, 20, 600, 40, 40, 10);
        let c = ink_coverage(&p, DPI);
        assert!(c.is_blank(), "{c:?}");
    }

    #[test]
    fn a_single_short_word_is_not_blank() {
        let mut p = paper();
        text_line(&mut p, 500, 800, 7);
        let c = ink_coverage(&p, DPI);
        assert!(!c.is_blank(), "{c:?}");
    }

    #[test]
    fn a_letter_has_clearly_more_ink_than_the_threshold() {
        let mut p = paper();
        for line in 0..30 {
            text_line(&mut p, 150, 300 + line * 40, 60);
        }
        let c = ink_coverage(&p, DPI);
        assert!(c.percent > 5.0, "{c:?}");
    }

    #[test]
    fn the_result_does_not_depend_much_on_resolution() {
        let mut p = paper();
        text_line(&mut p, 500, 800, 7);
        let doubled = image::imageops::resize(&p, 2480, 3508, image::imageops::FilterType::Nearest);
        let (a, b) = (ink_coverage(&p, DPI), ink_coverage(&doubled, 300));
        assert!(!b.is_blank(), "{b:?}");
        assert!(
            (a.percent - b.percent).abs() < a.percent * 0.5,
            "{a:?} vs {b:?}"
        );
    }

    #[test]
    fn one_short_line_is_content_and_a_dusty_empty_page_is_blank() {
        use mailroom_testdata as gen;
        for noise in [0.1f32, 0.8] {
            let opts = |seed| gen::ScanOptions {
                noise,
                seed,
                ..Default::default()
            };
            for (text, size) in [("Ok", 10.0), ("12.03.2025", 8.0), ("Seite 2", 10.0)] {
                let page = gen::one_line_page(text, size, 150.0, &opts(3));
                let ink = ink_coverage(&page.image, page.dpi);
                assert!(
                    !ink.is_blank(),
                    "{text:?} at {size} pt, noise {noise}: {ink:?}"
                );
            }
            for seed in 0..3 {
                let empty = gen::blank_page(&opts(seed), seed as usize);
                let ink = ink_coverage(&empty.image, empty.dpi);
                assert!(ink.is_blank(), "empty page, noise {noise}: {ink:?}");
            }
        }
    }
}
