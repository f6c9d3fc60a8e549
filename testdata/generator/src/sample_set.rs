//! The sample set written by the `mailroom-testdata` binary.

use crate::{
    born_digital_pdf, corrupt_pdf, encrypted_pdf, huge_png, jpeg, mixed_pdf, page_texts,
    pdf_with_g4_pages, pdf_with_jpeg_pages, png, render_scan, tiff_g4, tiff_jpeg, tiff_lzw, Letter,
    ScanOptions,
};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// User password of the sample set's `encrypted.pdf`.
pub const SAMPLE_PASSWORD: &str = "geheim";

/// One file of the sample set.
#[derive(Debug, Clone)]
pub struct SampleFile {
    /// Where the file was written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// What it is and what it tests.
    pub description: String,
}

/// Writes the sample set into `out_dir` (created if missing) and returns what was written.
///
/// Next to every file `NAME` lies `NAME.txt` with its ground truth: page texts separated by a form
/// feed (`\f`, as `pdftotext` does); empty for files that contain no readable text.
pub fn write_sample_set(out_dir: &Path) -> Result<Vec<SampleFile>> {
    std::fs::create_dir_all(out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    let mut written = Vec::new();
    let mut write = |name: &str, bytes: &[u8], truth: &[String], description: &str| {
        let path = out_dir.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        let truth_path = out_dir.join(format!("{name}.txt"));
        std::fs::write(&truth_path, truth.join("\u{c}"))
            .with_context(|| format!("writing {}", truth_path.display()))?;
        written.push(SampleFile {
            path,
            size: bytes.len() as u64,
            description: description.to_string(),
        });
        anyhow::Ok(())
    };

    let letter = Letter::sample(0);
    let scan = render_scan(&letter, 3, &ScanOptions::default());
    let truth: Vec<String> = scan.iter().map(|p| p.text.clone()).collect();
    write(
        "scan-3p-jpeg.pdf",
        &pdf_with_jpeg_pages(&scan),
        &truth,
        "3-page scanned letter, PDF with one JPEG image per page",
    )?;
    write(
        "scan-3p-g4.pdf",
        &pdf_with_g4_pages(&scan),
        &truth,
        "same scan as bilevel CCITT G4 images in a PDF",
    )?;
    write(
        "scan-3p-g4.tif",
        &tiff_g4(&scan),
        &truth,
        "same scan as multi-page CCITT G4 TIFF (fax style)",
    )?;
    write(
        "scan-3p-lzw.tif",
        &tiff_lzw(&scan),
        &truth,
        "same scan as multi-page 8-bit grey LZW TIFF",
    )?;
    write(
        "scan-3p-jpeg.tif",
        &tiff_jpeg(&scan),
        &truth,
        "same scan as multi-page TIFF with JPEG strips (Compression=7)",
    )?;

    let single = |seed: u64| {
        let opts = ScanOptions {
            seed,
            ..ScanOptions::default()
        };
        render_scan(&Letter::sample(seed), 1, &opts).remove(0)
    };
    let page = single(1);
    write(
        "scan-page.png",
        &png(&page),
        std::slice::from_ref(&page.text),
        "single scanned page, 8-bit grey PNG with pHYs 300 dpi",
    )?;
    let page = single(2);
    write(
        "scan-page.jpg",
        &jpeg(&page),
        std::slice::from_ref(&page.text),
        "single scanned page, grey JPEG with JFIF 300 dpi",
    )?;

    let letter = Letter::sample(3);
    write(
        "born-digital.pdf",
        &born_digital_pdf(&letter, 2),
        &page_texts(&letter, 2),
        "2-page PDF with a real Helvetica/WinAnsi text layer (no OCR needed)",
    )?;
    let letter = Letter::sample(5);
    write(
        "mixed.pdf",
        &mixed_pdf(&letter),
        &page_texts(&letter, 2),
        "page 1 text layer, page 2 scanned JPEG image (needs OCR)",
    )?;
    let letter = Letter::sample(6);
    write(
        "encrypted.pdf",
        &encrypted_pdf(&letter, SAMPLE_PASSWORD),
        &page_texts(&letter, 1),
        &format!("RC4-128 encrypted text PDF, user password \"{SAMPLE_PASSWORD}\""),
    )?;
    write(
        "corrupt.pdf",
        &corrupt_pdf(7),
        &[],
        "starts with %PDF- but is truncated mid-object and followed by garbage",
    )?;
    write("empty.pdf", &[], &[], "zero-byte file")?;
    write(
        "huge-20000x20000.png",
        &huge_png(20_000, 20_000),
        &[],
        "20000x20000 all-white PNG (400 MB decoded) for resource limits",
    )?;
    Ok(written)
}
