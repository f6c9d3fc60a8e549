//! PATCH-T sheets as scanners deliver them (generator sheets through blur, skew, faint toner
//! and a scale error), not only as drawn.

use image::imageops::blur;
use image::GrayImage;
use mailroom_testdata as gen;

use super::patch::{find_patch_t, PatchOrientation};

fn sheet(dpi: u32, skew: f32, seed: u64) -> GrayImage {
    let opts = gen::ScanOptions {
        dpi,
        skew_degrees: skew,
        seed,
        ..gen::ScanOptions::default()
    };
    gen::separator_sheet(&gen::SeparatorSheet::PatchT, &opts, 0).image
}

/// Ink lighter by `lift` grey levels (a printer low on toner).
fn faint(mut img: GrayImage, lift: u8) -> GrayImage {
    for p in img.pixels_mut() {
        p.0[0] = p.0[0].saturating_add(((255 - p.0[0] as u16) * lift as u16 / 255) as u8);
    }
    img
}

/// The sheet printed or scanned a few percent too large or small (scanner calibration, a
/// copy of a copy).
fn scaled(img: &GrayImage, factor: f64) -> GrayImage {
    let (w, h) = img.dimensions();
    let scaled = image::imageops::resize(
        img,
        (w as f64 * factor) as u32,
        (h as f64 * factor) as u32,
        image::imageops::FilterType::Triangle,
    );
    let mut out = GrayImage::from_pixel(w, h, image::Luma([255]));
    image::imageops::overlay(&mut out, &scaled, 0, 0);
    out
}

#[test]
fn blurred_skewed_faint_and_rescaled_patch_t_sheets_are_found() {
    for (dpi, skew, seed) in [(300, 1.5, 1), (200, -2.0, 2), (300, 3.0, 3)] {
        let base = sheet(dpi, skew, seed);
        let sigma = dpi as f32 / 150.0;
        let cases = [
            ("blurred", blur(&base, sigma)),
            ("faint", faint(base.clone(), 140)),
            ("faint and blurred", blur(&faint(base.clone(), 110), sigma)),
            ("4 % larger", scaled(&base, 1.04)),
            ("4 % smaller", scaled(&base, 0.96)),
        ];
        for (what, img) in cases {
            let found = find_patch_t(&img, dpi);
            assert_eq!(
                found.map(|f| f.orientation),
                Some(PatchOrientation::Upright),
                "{what} at {dpi} dpi, {skew}°"
            );
        }
    }
}
