//! Scanner dirt: small dark speckles scattered over the page.
//!
//! Only isolated dots are added (no per-pixel grain), so lossless encodings of a page stay close
//! to the size of a real office scan and OCR engines see the kind of noise they must tolerate.

use image::GrayImage;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Speckles per square inch at `noise == 1.0`.
const SPECKLES_PER_SQUARE_INCH: f32 = 40.0;

/// Adds `noise`-scaled speckles (0 = none, 1 = very dirty), sized for `dpi`, seeded by `seed`.
pub(crate) fn add_speckles(image: &mut GrayImage, dpi: u32, noise: f32, seed: u64) {
    let noise = noise.clamp(0.0, 1.0);
    let (width, height) = image.dimensions();
    let square_inches = (width as f32 / dpi as f32) * (height as f32 / dpi as f32);
    let count = (noise * SPECKLES_PER_SQUARE_INCH * square_inches).round() as u32;
    let px_per_300dpi = dpi as f32 / 300.0;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..count {
        let x = rng.random_range(0..width) as f32;
        let y = rng.random_range(0..height) as f32;
        // Mostly pin-pricks, occasionally a larger fleck of dust.
        let radius = if rng.random_bool(0.05) {
            rng.random_range(1.5..3.5)
        } else {
            rng.random_range(0.4..1.3)
        } * px_per_300dpi;
        let grey: u8 = rng.random_range(40..190);
        dot(image, x, y, radius, grey);
    }
}

/// Darkens a disc of `radius` pixels around (`cx`, `cy`) to at most `grey`.
fn dot(image: &mut GrayImage, cx: f32, cy: f32, radius: f32, grey: u8) {
    let (width, height) = image.dimensions();
    let reach = radius.ceil() as i64;
    for y in (cy as i64 - reach)..=(cy as i64 + reach) {
        for x in (cx as i64 - reach)..=(cx as i64 + reach) {
            let inside = x >= 0 && y >= 0 && (x as u32) < width && (y as u32) < height;
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            if inside && dx * dx + dy * dy <= radius * radius {
                let pixel = image.get_pixel_mut(x as u32, y as u32);
                pixel.0[0] = pixel.0[0].min(grey);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    fn speckled(noise: f32, seed: u64) -> GrayImage {
        let mut image = GrayImage::from_pixel(600, 800, Luma([255]));
        add_speckles(&mut image, 100, noise, seed);
        image
    }

    fn marked(image: &GrayImage) -> usize {
        image.pixels().filter(|p| p.0[0] < 255).count()
    }

    #[test]
    fn zero_noise_leaves_the_page_clean() {
        assert_eq!(marked(&speckled(0.0, 1)), 0);
    }

    #[test]
    fn more_noise_gives_more_speckles_but_stays_sparse() {
        let light = marked(&speckled(0.1, 1));
        let heavy = marked(&speckled(1.0, 1));
        assert!(
            light > 0 && heavy > 5 * light,
            "light {light}, heavy {heavy}"
        );
        assert!(heavy < 600 * 800 / 50, "heavy noise covers {heavy} pixels");
    }

    #[test]
    fn speckles_depend_only_on_the_seed() {
        assert_eq!(speckled(0.5, 7), speckled(0.5, 7));
        assert_ne!(speckled(0.5, 7), speckled(0.5, 8));
    }
}
