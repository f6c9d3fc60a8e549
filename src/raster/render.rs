//! Rendering a whole PDF page with poppler's `pdftoppm` (Debian: poppler-utils), for pages our
//! own decoders cannot handle: JBIG2 or JPEG 2000 images, pages composed of several images,
//! text drawn as vector outlines.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use std::sync::Arc;

use image::GrayImage;

use crate::original::Original;

use super::{DecodeLimits, RasterError};

/// Longest side of a rendered page: A4 at 300 dpi.
const LONG_SIDE_PX: u32 = 3508;
const TIMEOUT: Duration = Duration::from_secs(120);

/// Renders page `page_number` (1-based) of `pdf` to gray, its long side scaled to 3508
/// pixels (300 dpi for A4). A file is handed to poppler by name, bytes in memory on its
/// standard input.
pub fn render_pdf_page(
    pdf: &Original,
    page_number: u32,
    _dpi: u32,
    limits: DecodeLimits,
) -> Result<GrayImage, RasterError> {
    let max_bytes = (LONG_SIDE_PX as u64 * LONG_SIDE_PX as u64 + 1024) as usize;
    let out = run_pdftoppm(pdf, page_number, &["-gray"], LONG_SIDE_PX, max_bytes)?;
    let img = image::load_from_memory_with_format(&out, image::ImageFormat::Pnm)
        .map_err(|e| RasterError::Corrupt(format!("rendered page: {e}")))?
        .into_luma8();
    limits.check(img.width(), img.height())?;
    Ok(img)
}

/// Page `page_number` (1-based) of `pdf` as a colour PNG for people to look at, its long side
/// `long_side` pixels.
pub fn render_page_png(
    pdf: &Original,
    page_number: u32,
    long_side: u32,
) -> Result<Vec<u8>, RasterError> {
    let max_bytes = (long_side as u64 * long_side as u64 * 4 + 4096) as usize;
    run_pdftoppm(pdf, page_number, &["-png"], long_side, max_bytes)
}

/// Runs pdftoppm on one page with `format_args`, returning what it writes (at most
/// `max_bytes`), within [`TIMEOUT`].
fn run_pdftoppm(
    pdf: &Original,
    page_number: u32,
    format_args: &[&str],
    long_side: u32,
    max_bytes: usize,
) -> Result<Vec<u8>, RasterError> {
    let page = page_number.to_string();
    let mut command = Command::new("pdftoppm");
    command
        .args(format_args)
        .args(["-singlefile", "-f", &page, "-l", &page])
        .args(["-scale-to", &long_side.to_string()]);
    let input = match pdf.path() {
        // Without an output root, pdftoppm writes the page to its standard output.
        Some(path) => {
            command.arg(path);
            None
        }
        None => {
            command.arg("-");
            Some(Arc::clone(pdf.memory().expect("in memory without a path")))
        }
    };
    let mut child = command
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            RasterError::Unsupported(format!(
                "cannot run pdftoppm to render the page ({e}); install poppler-utils"
            ))
        })?;
    let stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        // pdftoppm may exit before reading everything (broken file); that is not our error.
        if let (Some(mut stdin), Some(input)) = (stdin, input) {
            let _ = stdin.write_all(&input);
        }
    });
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = (&mut stdout)
            .take(max_bytes as u64 + 1)
            .read_to_end(&mut out);
        out
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RasterError::Corrupt(format!(
                    "rendering the page took longer than {TIMEOUT:?}"
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(RasterError::Corrupt(format!("pdftoppm: {e}"))),
        }
    };
    let _ = writer.join();
    let out = reader.join().unwrap_or_default();
    if !status.success() || out.is_empty() {
        return Err(RasterError::Corrupt(format!(
            "pdftoppm could not render page {page_number} ({status})"
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raster::test_pdf::one_page_pdf;
    use lopdf::{Dictionary, Document};

    /// A one-page PDF (A4) with a black square drawn as a vector path.
    fn vector_page() -> Vec<u8> {
        let doc = Document::with_version("1.5");
        one_page_pdf(doc, Dictionary::new(), b"0 0 0 rg 100 400 200 200 re f")
    }

    #[test]
    fn renders_from_memory_and_from_a_file() {
        let pdf = vector_page();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let limits = DecodeLimits {
            max_page_pixels: 40_000_000,
        };
        for original in [Original::in_memory(pdf), Original::file(&path).unwrap()] {
            let img = render_pdf_page(&original, 1, 300, limits).unwrap();
            assert_eq!(img.height(), LONG_SIDE_PX, "{original:?}");
            let black = img.pixels().filter(|p| p.0[0] < 64).count() as f64;
            let share = black / (img.width() * img.height()) as f64;
            // 200 × 200 pt of 595 × 842 pt.
            assert!((share - 0.0798).abs() < 0.01, "{share} {original:?}");
        }
    }
}
