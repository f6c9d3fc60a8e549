//! Kodak PATCH-T (transfer patch) detection on scanned pages, to split a batch into letters.
//!
//! A patch code is four black bars parallel to the sheet's leading edge (horizontal on a sheet
//! scanned upright), each narrow (2.03 mm) or wide (5.08 mm), separated by narrow spaces.
//! PATCH-T reads narrow, wide, narrow, wide from the leading edge. The bars are at least 50 mm
//! long, so the pattern repeats on every scan line across them.
//!
//! The page is reduced to 100–199 dpi (box average, then a threshold), and every column is
//! run-length encoded and searched for the pattern with quiet zones on both sides. A hit on
//! one column could be chance (text, a rule under a logo); a patch is a chain of hits whose
//! position moves by at most [`ALIGN_MM`] from one column to the next (so a skewed sheet still
//! chains) and that covers [`MIN_LENGTH_MM`] of the page's width. Rows are searched the same
//! way for a sheet fed sideways.

use std::ops::Range;

use image::GrayImage;

/// Width of narrow bars and of all spaces (0.08 in).
const NARROW_MM: f64 = 2.03;
/// Width of wide bars (0.20 in).
const WIDE_MM: f64 = 5.08;
/// Allowed deviation of each bar and space from its nominal width. Kodak's tolerance is
/// ±0.25 mm, but toner spread, scanner blur and thresholding move edges by more; ±35 % still
/// keeps narrow (≤ 2.74 mm) and wide (≥ 3.30 mm) apart.
const ELEMENT_TOLERANCE: f64 = 0.35;
/// Nominal length of the whole pattern: five narrow elements and two wide bars (20.3 mm).
const TOTAL_MM: f64 = 5.0 * NARROW_MM + 2.0 * WIDE_MM;
/// Allowed deviation of the whole pattern's length. Blur widens bars at the cost of spaces,
/// which leaves the total nearly unchanged, so this is tighter than the per-element tolerance.
const TOTAL_TOLERANCE: f64 = 0.2;
/// Light space required before the first and after the last bar.
const QUIET_MM: f64 = 2.0;
/// Shortest patch accepted, measured along the bars. Kodak's bars are at least 50 mm long;
/// 40 mm leaves room for ends lost to noise or a crooked feed and is far longer than any
/// word, so text never chains that far.
const MIN_LENGTH_MM: f64 = 40.0;
/// Largest move of the pattern's start between neighbouring scan lines. A sheet skewed by 2°
/// moves it by 0.035 mm per column; 1 mm absorbs that plus ragged, thresholded edges.
const ALIGN_MM: f64 = 1.0;
/// Longest run of scan lines without the pattern inside one patch (dust, a crease, a hole).
const MAX_GAP_MM: f64 = 3.0;
/// Share of the scan lines along a patch that must show the pattern.
const MIN_HIT_SHARE: f64 = 0.6;
/// The page is reduced by an integer factor to at least this resolution: bars stay 8 px or
/// more and a 300 dpi page has 9x fewer cells to scan.
const WORK_DPI: u32 = 100;
/// A reduced cell is dark when the average of its pixels is below this (0 = black), or
/// below the middle between paper and ink where the ink is faint (see [`dark_threshold`]).
const DARK: u32 = 128;
/// Ink and paper must differ by this much for the threshold to follow them.
const MIN_CONTRAST: u32 = 48;

/// How the patch sheet lay on the scanner, from the direction in which its bars read
/// narrow, wide, narrow, wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatchOrientation {
    /// Bars horizontal, read top to bottom: the sheet was fed as printed.
    Upright,
    /// Bars vertical, read left to right: the leading edge is on the left (turned 90°
    /// counter-clockwise).
    LeadingEdgeLeft,
    /// Bars vertical, read right to left: the leading edge is on the right (turned 90°
    /// clockwise).
    LeadingEdgeRight,
}

/// A PATCH-T found on a page, in pixels of the page image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchFound {
    /// Columns covered by the four bars.
    pub x: Range<u32>,
    /// Rows covered by the four bars.
    pub y: Range<u32>,
    pub orientation: PatchOrientation,
}

/// Looks for a Kodak PATCH-T on a grayscale page scanned at `dpi`: bars horizontal reading
/// narrow-wide-narrow-wide from the top, or vertical (a sheet fed sideways) reading so from
/// either side. A sheet turned by 180° reads wide-narrow-wide-narrow from the top, which is
/// Patch 3, and is not reported; a Patch 3 sheet fed sideways cannot be told from a PATCH-T
/// and is.
pub fn find_patch_t(image: &GrayImage, dpi: u32) -> Option<PatchFound> {
    let dpi = dpi.clamp(50, 2400);
    let factor = (dpi / WORK_DPI).max(1);
    let scale = Scale::new(dpi as f64 / factor as f64);
    let grid = reduce(image, factor);
    let to_px = |cells: usize| cells as u32 * factor;
    let clamp = |r: Range<usize>, max: u32| to_px(r.start).min(max)..to_px(r.end).min(max);
    let (w, h) = image.dimensions();

    // Columns: bars parallel to the top edge.
    let columns = transpose(&grid);
    let upright = best_patch(&columns, grid.h, grid.w, &scale, |r| r == Reading::Forward);
    if let Some(p) = upright {
        return Some(PatchFound {
            x: clamp(p.lines, w),
            y: clamp(p.span, h),
            orientation: PatchOrientation::Upright,
        });
    }
    // Rows: a sheet fed sideways, either way round.
    let sideways = best_patch(&grid.dark, grid.w, grid.h, &scale, |_| true)?;
    Some(PatchFound {
        x: clamp(sideways.span, w),
        y: clamp(sideways.lines, h),
        orientation: match sideways.reading {
            Reading::Forward => PatchOrientation::LeadingEdgeLeft,
            Reading::Backward => PatchOrientation::LeadingEdgeRight,
        },
    })
}

/// Element widths in cells of the reduced page.
struct Scale {
    narrow: Range<u32>,
    wide: Range<u32>,
    total: Range<u32>,
    quiet: u32,
    min_length: usize,
    align: i64,
    max_gap: usize,
}

impl Scale {
    fn new(dpi: f64) -> Scale {
        let px = |mm: f64| mm * dpi / 25.4;
        let range = |mm: f64, tol: f64| {
            (px(mm * (1.0 - tol)).floor() as u32)..(px(mm * (1.0 + tol)).ceil() as u32 + 1)
        };
        Scale {
            narrow: range(NARROW_MM, ELEMENT_TOLERANCE),
            wide: range(WIDE_MM, ELEMENT_TOLERANCE),
            total: range(TOTAL_MM, TOTAL_TOLERANCE),
            quiet: px(QUIET_MM).floor() as u32,
            min_length: px(MIN_LENGTH_MM).ceil() as usize,
            align: px(ALIGN_MM).ceil() as i64,
            max_gap: px(MAX_GAP_MM).ceil() as usize,
        }
    }
}

/// The page reduced to dark/light cells, row by row.
struct Grid {
    w: usize,
    h: usize,
    dark: Vec<bool>,
}

/// Averages `factor`×`factor` blocks (dropping a partial block at the right and bottom) and
/// thresholds them. Averaging first turns single-pixel speckle into light cells.
fn reduce(image: &GrayImage, factor: u32) -> Grid {
    let (w, h) = image.dimensions();
    let f = factor as usize;
    let (gw, gh) = ((w / factor) as usize, (h / factor) as usize);
    let stride = w as usize;
    let raw = image.as_raw();
    let area = factor * factor;
    let mut sums = vec![0u32; gw];
    let mut means = Vec::with_capacity(gw * gh);
    for gy in 0..gh {
        sums.fill(0);
        for y in gy * f..(gy + 1) * f {
            let row = &raw[y * stride..y * stride + gw * f];
            for (sum, block) in sums.iter_mut().zip(row.chunks_exact(f)) {
                *sum += block.iter().map(|&v| v as u32).sum::<u32>();
            }
        }
        means.extend(sums.iter().map(|&s| (s / area) as u8));
    }
    let limit = dark_threshold(&means);
    let dark = means.iter().map(|&m| u32::from(m) < limit).collect();
    Grid { w: gw, h: gh, dark }
}

/// [`DARK`], raised to the middle between paper (the median cell) and ink (the darkest
/// percent of cells) when that lies higher: toner running low prints bars in mid grey, and a
/// fixed threshold loses them. A page without ink keeps [`DARK`].
fn dark_threshold(means: &[u8]) -> u32 {
    let mut histogram = [0usize; 256];
    for &m in means {
        histogram[m as usize] += 1;
    }
    let at_share = |share: f64| {
        let target = (means.len() as f64 * share) as usize;
        let mut seen = 0;
        histogram
            .iter()
            .position(|&n| {
                seen += n;
                seen > target
            })
            .unwrap_or(255) as u32
    };
    let (ink, paper) = (at_share(0.01), at_share(0.5));
    if paper >= ink + MIN_CONTRAST {
        DARK.max((ink + paper) / 2)
    } else {
        DARK
    }
}

/// The grid's columns, each stored contiguously.
fn transpose(grid: &Grid) -> Vec<bool> {
    let mut out = vec![false; grid.dark.len()];
    for (y, row) in grid.dark.chunks_exact(grid.w.max(1)).enumerate() {
        for (x, &d) in row.iter().enumerate() {
            out[x * grid.h + y] = d;
        }
    }
    out
}

/// The direction in which a scan line reads narrow, wide, narrow, wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// In increasing coordinates (top to bottom, left to right).
    Forward,
    /// In decreasing coordinates: the line reads wide, narrow, wide, narrow.
    Backward,
}

/// One pattern on one scan line: cells `start..end` along the line.
struct Hit {
    start: usize,
    end: usize,
    reading: Reading,
}

/// Hits on neighbouring scan lines at consistent positions.
struct Chain {
    reading: Reading,
    first: usize,
    last: usize,
    last_start: usize,
    hits: usize,
    span: Range<usize>,
}

/// A patch: scan lines `lines` cross its bars, which cover `span` along those lines.
struct Candidate {
    lines: Range<usize>,
    span: Range<usize>,
    reading: Reading,
}

/// Searches `count` scan lines of `len` cells each (stored one after the other) and returns
/// the patch with most hits among the chains whose reading is accepted.
fn best_patch(
    lines: &[bool],
    len: usize,
    count: usize,
    scale: &Scale,
    accept: impl Fn(Reading) -> bool,
) -> Option<Candidate> {
    if len == 0 {
        return None;
    }
    let mut chains: Vec<Chain> = Vec::new();
    let mut best: Option<(usize, Candidate)> = None;
    let consider = |c: Chain, best: &mut Option<(usize, Candidate)>| {
        let length = c.last - c.first + 1;
        let enough = length >= scale.min_length && c.hits as f64 >= MIN_HIT_SHARE * length as f64;
        if enough && best.as_ref().is_none_or(|(hits, _)| c.hits > *hits) {
            let candidate = Candidate {
                lines: c.first..c.last + 1,
                span: c.span,
                reading: c.reading,
            };
            *best = Some((c.hits, candidate));
        }
    };
    let mut cleaned = vec![false; len];
    let mut runs = Vec::new();
    let mut hits = Vec::new();
    for (i, line) in lines.chunks_exact(len).take(count).enumerate() {
        // Close chains that the gap has ended, so the active list stays short.
        let mut k = 0;
        while k < chains.len() {
            if i - chains[k].last > scale.max_gap {
                consider(chains.swap_remove(k), &mut best);
            } else {
                k += 1;
            }
        }
        despeckle(line, &mut cleaned);
        run_lengths(&cleaned, &mut runs);
        find_hits(&runs, scale, &mut hits);
        for hit in hits.iter().filter(|h| accept(h.reading)) {
            let nearest = chains
                .iter_mut()
                .filter(|c| c.reading == hit.reading && c.last < i)
                .map(|c| ((c.last_start as i64 - hit.start as i64).abs(), c))
                .filter(|(d, _)| *d <= scale.align)
                .min_by_key(|(d, _)| *d);
            match nearest {
                Some((_, c)) => {
                    c.last = i;
                    c.last_start = hit.start;
                    c.hits += 1;
                    c.span = c.span.start.min(hit.start)..c.span.end.max(hit.end);
                }
                None => chains.push(Chain {
                    reading: hit.reading,
                    first: i,
                    last: i,
                    last_start: hit.start,
                    hits: 1,
                    span: hit.start..hit.end,
                }),
            }
        }
    }
    for c in chains {
        consider(c, &mut best);
    }
    best.map(|(_, c)| c)
}

/// Majority of three neighbours: removes runs of a single cell (speckle, a nick in a bar),
/// which are far shorter than any element of a patch.
fn despeckle(line: &[bool], out: &mut [bool]) {
    out.copy_from_slice(line);
    for i in 1..line.len().saturating_sub(1) {
        out[i] = (line[i - 1] as u8 + line[i] as u8 + line[i + 1] as u8) >= 2;
    }
}

/// Runs of equal cells as (start, length, dark).
fn run_lengths(line: &[bool], runs: &mut Vec<(usize, u32, bool)>) {
    runs.clear();
    let mut start = 0;
    for i in 1..=line.len() {
        if i == line.len() || line[i] != line[start] {
            runs.push((start, (i - start) as u32, line[start]));
            start = i;
        }
    }
}

/// Patterns of four bars with narrow spaces and quiet zones, reading narrow-wide-narrow-wide
/// either way along the line.
fn find_hits(runs: &[(usize, u32, bool)], scale: &Scale, hits: &mut Vec<Hit>) {
    #[derive(PartialEq)]
    enum Width {
        Narrow,
        Wide,
    }
    let class = |len: u32| {
        if scale.narrow.contains(&len) {
            Some(Width::Narrow)
        } else if scale.wide.contains(&len) {
            Some(Width::Wide)
        } else {
            None
        }
    };
    hits.clear();
    // runs[j - 1] quiet, runs[j..j + 7] bars and spaces, runs[j + 7] quiet.
    for j in 1..runs.len().saturating_sub(7) {
        let (before, after) = (runs[j - 1], runs[j + 7]);
        if !runs[j].2 || before.1 < scale.quiet || after.1 < scale.quiet {
            continue;
        }
        let elements = &runs[j..j + 7];
        let total: u32 = elements.iter().map(|r| r.1).sum();
        if !scale.total.contains(&total) {
            continue;
        }
        let spaces_narrow = elements[1..]
            .iter()
            .step_by(2)
            .all(|r| class(r.1) == Some(Width::Narrow));
        if !spaces_narrow {
            continue;
        }
        let bars: Vec<_> = elements.iter().step_by(2).map(|r| class(r.1)).collect();
        use Width::{Narrow as N, Wide as W};
        let reading = match bars.as_slice() {
            [Some(N), Some(W), Some(N), Some(W)] => Reading::Forward,
            [Some(W), Some(N), Some(W), Some(N)] => Reading::Backward,
            _ => continue,
        };
        hits.push(Hit {
            start: elements[0].0,
            end: elements[6].0 + elements[6].1 as usize,
            reading,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::imageops::{rotate180, rotate270, rotate90};
    use image::Luma;

    /// Bars and spaces of PATCH-T from the leading edge, in mm.
    const PATCH_T: [f64; 7] = [
        NARROW_MM, NARROW_MM, WIDE_MM, NARROW_MM, NARROW_MM, NARROW_MM, WIDE_MM,
    ];
    /// Patch 3: wide, narrow, wide, narrow.
    const PATCH_3: [f64; 7] = [
        WIDE_MM, NARROW_MM, NARROW_MM, NARROW_MM, WIDE_MM, NARROW_MM, NARROW_MM,
    ];

    fn mm(dpi: u32, mm: f64) -> f64 {
        mm * dpi as f64 / 25.4
    }

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// An A4 page: paper grey with mild scanner noise (deterministic).
    fn paper(dpi: u32) -> GrayImage {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let (w, h) = (mm(dpi, 210.0) as u32, mm(dpi, 297.0) as u32);
        GrayImage::from_fn(w, h, |_, _| Luma([226 + (rng.next() % 24) as u8]))
    }

    fn fill_mm(img: &mut GrayImage, dpi: u32, x: f64, y: f64, w: f64, h: f64) {
        let (x0, y0) = (mm(dpi, x).round() as u32, mm(dpi, y).round() as u32);
        let (x1, y1) = (mm(dpi, x + w).round() as u32, mm(dpi, y + h).round() as u32);
        for yy in y0..y1.min(img.height()) {
            for xx in x0..x1.min(img.width()) {
                img.put_pixel(xx, yy, Luma([25]));
            }
        }
    }

    /// Draws horizontal bars (`elements` alternate bar, space, … in mm from `top`), `length`
    /// mm long from `left`, sloping down by `slope` (tan of the skew angle) to the right.
    fn draw_bars(
        img: &mut GrayImage,
        dpi: u32,
        (left, top): (f64, f64),
        length: f64,
        elements: &[f64],
        slope: f64,
    ) {
        let (x0, x1) = (mm(dpi, left) as u32, mm(dpi, left + length) as u32);
        for x in x0..x1 {
            let mut y = mm(dpi, top) + (x - x0) as f64 * slope;
            for (k, width) in elements.iter().enumerate() {
                let end = y + mm(dpi, *width);
                if k % 2 == 0 {
                    for yy in y.round() as u32..end.round() as u32 {
                        img.put_pixel(x, yy, Luma([25]));
                    }
                }
                y = end;
            }
        }
    }

    /// A patch sheet as printed: PATCH-T 150 mm long, 30 mm from the top, with a caption.
    fn patch_sheet(dpi: u32, elements: &[f64], slope: f64) -> GrayImage {
        let mut img = paper(dpi);
        draw_bars(&mut img, dpi, (30.0, 30.0), 150.0, elements, slope);
        for i in 0..20 {
            // "PATCH T – Trennblatt" in letters 3 mm high.
            fill_mm(&mut img, dpi, 60.0 + i as f64 * 4.0, 70.0, 0.4, 3.0);
            fill_mm(&mut img, dpi, 60.0 + i as f64 * 4.0, 71.3, 2.5, 0.4);
        }
        img
    }

    fn salt_and_pepper(img: &mut GrayImage, per_mille: u64) {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for p in img.pixels_mut() {
            let r = rng.next() % 1000;
            if r < per_mille {
                p.0[0] = 0;
            } else if r < 2 * per_mille {
                p.0[0] = 255;
            }
        }
    }

    #[test]
    fn patch_t_is_found_at_300_dpi() {
        let found = find_patch_t(&patch_sheet(300, &PATCH_T, 0.0), 300).expect("patch");
        assert_eq!(found.orientation, PatchOrientation::Upright);
        // 30 mm from the top and left, 20.3 mm high, 150 mm long.
        let (y0, y1) = (found.y.start as f64, found.y.end as f64);
        assert!((y0 - mm(300, 30.0)).abs() < 6.0, "{found:?}");
        assert!((y1 - mm(300, 50.3)).abs() < 6.0, "{found:?}");
        assert!(
            (found.x.start as f64 - mm(300, 30.0)).abs() < 15.0,
            "{found:?}"
        );
        assert!(
            (found.x.end as f64 - mm(300, 180.0)).abs() < 15.0,
            "{found:?}"
        );
    }

    #[test]
    fn patch_t_is_found_at_200_dpi() {
        let found = find_patch_t(&patch_sheet(200, &PATCH_T, 0.0), 200).expect("patch");
        assert_eq!(found.orientation, PatchOrientation::Upright);
    }

    #[test]
    fn a_sheet_fed_sideways_is_found_either_way_round() {
        let sheet = patch_sheet(300, &PATCH_T, 0.0);
        // Turned clockwise, the top (leading) edge is on the right.
        let right = find_patch_t(&rotate90(&sheet), 300).expect("patch");
        assert_eq!(right.orientation, PatchOrientation::LeadingEdgeRight);
        assert!(right.y.len() > right.x.len() * 5, "{right:?}");
        let left = find_patch_t(&rotate270(&sheet), 300).expect("patch");
        assert_eq!(left.orientation, PatchOrientation::LeadingEdgeLeft);
    }

    #[test]
    fn an_upside_down_sheet_reads_as_patch_3_and_is_not_patch_t() {
        let sheet = patch_sheet(300, &PATCH_T, 0.0);
        assert_eq!(find_patch_t(&rotate180(&sheet), 300), None);
        assert_eq!(find_patch_t(&patch_sheet(300, &PATCH_3, 0.0), 300), None);
    }

    #[test]
    fn a_skewed_sheet_is_found() {
        let slope = 1.5f64.to_radians().tan();
        let found = find_patch_t(&patch_sheet(300, &PATCH_T, slope), 300).expect("patch");
        assert_eq!(found.orientation, PatchOrientation::Upright);
        let found = find_patch_t(&patch_sheet(200, &PATCH_T, -slope), 200).expect("patch");
        assert_eq!(found.orientation, PatchOrientation::Upright);
    }

    #[test]
    fn speckle_noise_does_not_hide_the_patch() {
        for dpi in [300, 200] {
            let mut sheet = patch_sheet(dpi, &PATCH_T, 0.0);
            // 3 % black and 3 % white pixels all over, bars included.
            salt_and_pepper(&mut sheet, 30);
            let found = find_patch_t(&sheet, dpi);
            assert!(found.is_some(), "{dpi} dpi");
        }
    }

    #[test]
    fn bars_shorter_than_a_patch_are_ignored() {
        let mut img = paper(300);
        draw_bars(&mut img, 300, (30.0, 30.0), 25.0, &PATCH_T, 0.0);
        assert_eq!(find_patch_t(&img, 300), None);
    }

    #[test]
    fn a_letter_is_not_a_patch() {
        for dpi in [300, 200] {
            let mut img = paper(dpi);
            // Letterhead: a black logo box 6 mm high and a thick rule under the heading.
            fill_mm(&mut img, dpi, 20.0, 15.0, 45.0, 6.0);
            fill_mm(&mut img, dpi, 20.0, 23.0, 170.0, 1.0);
            // Bold heading in letters 6 mm high with 1.5 mm strokes.
            for i in 0..15 {
                let x = 70.0 + i as f64 * 7.0;
                fill_mm(&mut img, dpi, x, 14.0, 1.5, 6.0);
                fill_mm(&mut img, dpi, x, 16.5, 5.0, 1.5);
            }
            // Body text: lines 4.2 mm apart, letters 2.5 mm high, words of 6 letters.
            for line in 0..30 {
                let y = 40.0 + line as f64 * 4.2;
                for letter in 0..60 {
                    if letter % 7 == 6 {
                        continue;
                    }
                    let x = 25.0 + letter as f64 * 2.6;
                    fill_mm(&mut img, dpi, x, y, 0.3, 2.5);
                    fill_mm(&mut img, dpi, x, y + 1.1, 1.8, 0.3);
                }
            }
            // A table: 1 mm thick outer rules, thin inner rules, a 2 mm black header band.
            let (top, rows) = (180.0, 6);
            fill_mm(&mut img, dpi, 20.0, top, 170.0, 1.0);
            fill_mm(&mut img, dpi, 20.0, top + 3.0, 170.0, 2.0);
            for r in 1..=rows {
                let y = top + 3.0 + r as f64 * 7.0;
                let thick = if r == rows { 1.0 } else { 0.25 };
                fill_mm(&mut img, dpi, 20.0, y, 170.0, thick);
            }
            for x in [20.0, 70.0, 130.0, 189.0] {
                fill_mm(&mut img, dpi, x, top, 0.5, 3.0 + rows as f64 * 7.0 + 1.0);
            }
            // A double rule and a signature line.
            fill_mm(&mut img, dpi, 20.0, 250.0, 170.0, 1.0);
            fill_mm(&mut img, dpi, 20.0, 253.0, 170.0, 1.0);
            fill_mm(&mut img, dpi, 120.0, 270.0, 60.0, 0.3);
            assert_eq!(find_patch_t(&img, dpi), None, "{dpi} dpi");
            assert_eq!(
                find_patch_t(&rotate90(&img), dpi),
                None,
                "{dpi} dpi sideways"
            );
        }
    }

    #[test]
    fn a_blank_page_is_not_a_patch() {
        assert_eq!(find_patch_t(&paper(300), 300), None);
        assert_eq!(find_patch_t(&GrayImage::new(0, 0), 300), None);
        assert_eq!(find_patch_t(&GrayImage::new(5, 3), 0), None);
    }
}
