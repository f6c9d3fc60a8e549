//! Skew measurement and correction before OCR.
//!
//! The skew is the angle whose horizontal projection profile of dark pixels is sharpest (text
//! lines fall into few rows): measured on a ~100 dpi copy, coarse then fine, within ±5°.
//! Rotation is bilinear about the centre with white fill; written here because the one
//! maintained crate that has it (imageproc) brings nalgebra and rayon for a few lines of code.

use image::GrayImage;

/// Pixels darker than this take part in the profile.
const DARK: u8 = 128;
/// Largest skew looked for; beyond it a page was fed sideways, which orientation handles.
const MAX_DEGREES: f32 = 5.0;

/// Measures the skew of a page in degrees; positive means the content is rotated clockwise
/// (as displayed). `None` when there is too little text to tell.
pub fn measure_skew(image: &GrayImage, dpi: u32) -> Option<f32> {
    // Every `step`-th pixel in both directions: about 100 dpi, without a filtering pass.
    let step = (dpi as usize / 100).max(1);
    let (w, h) = (image.width() as usize, image.height() as usize);
    let raw = image.as_raw();
    let mut points: Vec<(f32, f32)> = Vec::new();
    for y in (0..h).step_by(step) {
        let row = &raw[y * w..(y + 1) * w];
        for x in (0..w).step_by(step) {
            if row[x] < DARK {
                points.push(((x / step) as f32, (y / step) as f32));
            }
        }
    }
    if points.len() < 500 {
        return None;
    }
    let height = (h / step) as f32;
    let width = (w / step) as f32;
    let score = |degrees: f32| -> f64 {
        let (sin, cos) = degrees.to_radians().sin_cos();
        // Rows of the image rotated back by `degrees`; the offset keeps indices positive.
        let rows = (height + width) as usize + 2;
        let mut profile = vec![0u32; rows];
        for &(x, y) in &points {
            let r = (y * cos - x * sin + width) as usize;
            if let Some(slot) = profile.get_mut(r) {
                *slot += 1;
            }
        }
        profile.iter().map(|&c| (c as f64) * (c as f64)).sum()
    };
    let best = |from: f32, to: f32, step: f32| -> f32 {
        let mut best = (f64::MIN, 0.0f32);
        let mut a = from;
        while a <= to + 1e-6 {
            let s = score(a);
            if s > best.0 {
                best = (s, a);
            }
            a += step;
        }
        best.1
    };
    let coarse = best(-MAX_DEGREES, MAX_DEGREES, 0.5);
    let fine = best(coarse - 0.5, coarse + 0.5, 0.05);
    Some(fine)
}

/// [`rotate`] for colour pixels: each channel is rotated as a grey page would be.
pub fn rotate_colour(image: &image::RgbImage, degrees: f32) -> image::RgbImage {
    let (w, h) = image.dimensions();
    let planes: Vec<GrayImage> = (0..3)
        .map(|c| {
            let plane = GrayImage::from_fn(w, h, |x, y| image::Luma([image.get_pixel(x, y).0[c]]));
            rotate(&plane, degrees)
        })
        .collect();
    image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb(std::array::from_fn(|c| planes[c].get_pixel(x, y).0[0]))
    })
}

/// Rotates the page counter-clockwise by `degrees` (undoing a clockwise skew of that size),
/// keeping its size; uncovered corners are white.
pub fn rotate(image: &GrayImage, degrees: f32) -> GrayImage {
    let (w, h) = (image.width() as usize, image.height() as usize);
    let (cx, cy) = (w as f64 / 2.0, h as f64 / 2.0);
    let (sin, cos) = (degrees as f64).to_radians().sin_cos();
    let src = image.as_raw();
    // Source coordinates in 16.16 fixed point: a page has ~9 million pixels, and integer
    // bilinear interpolation is several times faster than float.
    const ONE: f64 = 65536.0;
    let (step_x, step_y) = ((cos * ONE) as i64, (sin * ONE) as i64);
    let at = |x: i64, y: i64| -> u64 {
        if x < 0 || y < 0 || x >= w as i64 || y >= h as i64 {
            255
        } else {
            src[y as usize * w + x as usize] as u64
        }
    };
    let mut out = vec![255u8; w * h];
    for (y, row) in out.chunks_exact_mut(w).enumerate() {
        // The source pixel that lands at (x, y) is the destination rotated clockwise by
        // `degrees`; along a row it moves by (cos, sin) per pixel.
        let dy = y as f64 - cy;
        let mut sx = ((-cx * cos - dy * sin + cx) * ONE) as i64;
        let mut sy = ((-cx * sin + dy * cos + cy) * ONE) as i64;
        for px in row.iter_mut() {
            let (x0, y0) = (sx >> 16, sy >> 16);
            // 16-bit weights: as exact as float interpolation (coarser weights cost OCR
            // confidence measurably).
            let (fx, fy) = ((sx & 0xffff) as u64, (sy & 0xffff) as u64);
            let inside = x0 >= 0 && y0 >= 0 && x0 + 1 < w as i64 && y0 + 1 < h as i64;
            let (a, b, c, d) = if inside {
                let i = y0 as usize * w + x0 as usize;
                (
                    src[i] as u64,
                    src[i + 1] as u64,
                    src[i + w] as u64,
                    src[i + w + 1] as u64,
                )
            } else {
                (
                    at(x0, y0),
                    at(x0 + 1, y0),
                    at(x0, y0 + 1),
                    at(x0 + 1, y0 + 1),
                )
            };
            let top = a * (65536 - fx) + b * fx;
            let bottom = c * (65536 - fx) + d * fx;
            *px = ((top * (65536 - fy) + bottom * fy + (1 << 31)) >> 32) as u8;
            sx += step_x;
            sy += step_y;
        }
    }
    GrayImage::from_raw(w as u32, h as u32, out).expect("buffer matches size")
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    /// A page of "text lines": dark bars with gaps between words, on white.
    fn lines_page() -> GrayImage {
        let mut img = GrayImage::from_pixel(1240, 1754, Luma([255]));
        for line in 0..35 {
            let y = 200 + line * 38;
            for word in 0..12 {
                let x = 150 + word * 80;
                for yy in y..y + 14 {
                    for xx in x..x + 62 {
                        img.put_pixel(xx, yy, Luma([20]));
                    }
                }
            }
        }
        img
    }

    #[test]
    fn a_straight_page_measures_about_zero() {
        let skew = measure_skew(&lines_page(), 150).unwrap();
        assert!(skew.abs() < 0.1, "{skew}");
    }

    #[test]
    fn a_rotated_page_measures_its_angle_and_rotating_back_straightens_it() {
        for angle in [2.0f32, -1.5, 3.2] {
            // Skew it clockwise by `angle`: rotating counter-clockwise by -angle.
            let skewed = rotate(&lines_page(), -angle);
            let measured = measure_skew(&skewed, 150).unwrap();
            assert!((measured - angle).abs() < 0.15, "{angle}: {measured}");
            let straight = rotate(&skewed, measured);
            let left = measure_skew(&straight, 150).unwrap();
            assert!(left.abs() < 0.15, "{angle}: {left} left");
        }
    }

    #[test]
    fn an_empty_page_has_no_skew() {
        let blank = GrayImage::from_pixel(1240, 1754, Luma([250]));
        assert_eq!(measure_skew(&blank, 150), None);
    }

    #[test]
    fn rotation_keeps_size_and_fills_white() {
        let img = lines_page();
        let r = rotate(&img, 4.0);
        assert_eq!(r.dimensions(), img.dimensions());
        assert_eq!(r.get_pixel(0, 0).0[0], 255);
    }
}
