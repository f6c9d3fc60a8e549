//! Overhead of page preparation around OCR (TR-RESISCAN batch scans): separator detection
//! (PATCH-T, QR / Code 128), blank detection and skew measurement + correction per page, as a
//! fraction of the OCR time of the same page (target < 10 %); what orientation detection costs
//! on pages that need it; and what rendering the page for the archive copy costs. One thread,
//! in process, real Tesseract, generator letters at 300 dpi with 1° skew (read as scanned: the
//! skew is measured, not corrected); rotating a page (done from 1.7° on) is timed separately.
//!
//! `cargo bench --bench page_preparation`. Size: BENCH_PREP_PAGES (12).

use std::path::Path;
use std::time::{Duration, Instant};

use mailroom::ocr::prepare::{needs_orientation, straighten, turn_upright};
use mailroom::ocr::OcrEngine;
use mailroom::ocr::OcrImage;
use mailroom::raster::blank::ink_coverage;
use mailroom::raster::deskew::measure_skew;
use mailroom::raster::patch::find_patch_t;
use mailroom::raster::separator::read_barcodes;
use mailroom_testdata as gen;

fn main() {
    let n: usize = std::env::var("BENCH_PREP_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12);
    let tessdata = std::env::var("TESSDATA_PREFIX")
        .unwrap_or_else(|_| "/usr/share/tesseract-ocr/5/tessdata".into());
    let mut engine = OcrEngine::new(Path::new(&tessdata), "deu+eng").expect("tesseract");
    let opts = |seed| gen::ScanOptions {
        seed,
        skew_degrees: 1.0,
        ..Default::default()
    };
    let pages: Vec<gen::ScannedPage> = (0..n as u64)
        .flat_map(|seed| gen::render_scan(&gen::Letter::sample(seed), 1, &opts(seed)))
        .collect();
    // Warm-up: loads the OSD model once, as a worker does on its first turned page.
    let _ = turn_upright(&mut engine, &pages[0].image, 300).unwrap();

    let (mut blank, mut straight, mut ocr) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut osd, mut measure, mut rotation) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut patch, mut barcodes, mut render) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for p in &pages {
        let t = Instant::now();
        assert!(
            find_patch_t(&p.image, p.dpi).is_none(),
            "a letter is no PATCH-T sheet"
        );
        patch += t.elapsed();
        let t = Instant::now();
        assert!(
            read_barcodes(&p.image, p.dpi).is_empty(),
            "a letter has no barcode"
        );
        barcodes += t.elapsed();
        let t = Instant::now();
        let ink = ink_coverage(&p.image, p.dpi);
        blank += t.elapsed();
        assert!(!ink.is_blank());
        let t = Instant::now();
        let _ = measure_skew(&p.image, p.dpi);
        measure += t.elapsed();
        let t = Instant::now();
        let (image, skew) = straighten(p.image.clone(), p.dpi);
        straight += t.elapsed();
        assert!(skew.is_none(), "a skew of 1° is read as scanned");
        let t = Instant::now();
        let _ = mailroom::raster::deskew::rotate(&p.image, 2.0);
        rotation += t.elapsed();
        let t = Instant::now();
        let first = engine
            .recognize(
                OcrImage::Grey(&image),
                p.dpi,
                Duration::from_secs(120),
                false,
            )
            .unwrap();
        ocr += t.elapsed();
        assert!(!needs_orientation(&first), "upright pages need no OSD");
        // The same reading with the page rendered for the archive copy.
        let t = Instant::now();
        let rendered = engine
            .recognize(
                OcrImage::Grey(&image),
                p.dpi,
                Duration::from_secs(120),
                true,
            )
            .unwrap();
        render += t.elapsed();
        assert!(rendered.pdf.is_some(), "page rendered");
        // What a page that lies upside down costs in addition (not part of the overhead of
        // upright pages, which never run it).
        let turned = image::imageops::rotate180(&image);
        let t = Instant::now();
        let upright = turn_upright(&mut engine, &turned, p.dpi).unwrap();
        osd += t.elapsed();
        assert_eq!(upright.map(|u| u.1), Some(180));
    }
    let per = |d: Duration| d.as_secs_f64() * 1000.0 / n as f64;
    let pct = |d: Duration| d.as_secs_f64() * 100.0 / ocr.as_secs_f64();
    println!("{n} pages, 300 dpi A4, one thread");
    println!(
        "OCR:                                {:8.1} ms/page",
        per(ocr)
    );
    println!(
        "blank detection:                    {:8.1} ms/page  ({:.1} % of OCR)",
        per(blank),
        pct(blank)
    );
    println!(
        "skew measurement (page read as scanned): {:8.1} ms/page  ({:.1} % of OCR; measuring alone {:.1} ms)",
        per(straight),
        pct(straight),
        per(measure)
    );
    println!(
        "rotation, only for skews from 1.7°: {:8.1} ms/page  ({:.1} % of OCR)",
        per(rotation),
        pct(rotation)
    );
    println!(
        "PATCH-T detection:                  {:8.1} ms/page  ({:.1} % of OCR)",
        per(patch),
        pct(patch)
    );
    println!(
        "QR / Code 128 detection:            {:8.1} ms/page  ({:.1} % of OCR)",
        per(barcodes),
        pct(barcodes)
    );
    let all = blank + straight + patch + barcodes;
    println!(
        "overhead on upright pages:          {:8.1} ms/page  ({:.1} % of OCR; target < 10 %)",
        per(all),
        pct(all)
    );
    let extra = render.saturating_sub(ocr);
    println!(
        "archive page rendering (OCR + PDF page minus OCR): {:.1} ms/page ({:.1} % of OCR)",
        per(extra),
        pct(extra)
    );
    println!(
        "orientation detection (OSD), only for pages read badly: {:.1} ms/page ({:.1} % of OCR), plus a second OCR pass",
        per(osd),
        pct(osd)
    );
}
