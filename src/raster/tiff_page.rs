//! Pages of (multi-page) TIFF files: bilevel G4 from production scanners, LZW, JPEG.

use tiff::decoder::{Decoder, DecodingResult};
use tiff::tags::Tag;
use tiff::ColorType;

use crate::original::{Original, OriginalReader};

use super::samples::{to_gray, ColorModel, ColourMode};
use super::{estimate_a4_dpi, DecodeLimits, DecodedPage, RasterError};

fn corrupt(e: tiff::TiffError) -> RasterError {
    match e {
        tiff::TiffError::UnsupportedError(u) => RasterError::Unsupported(u.to_string()),
        other => RasterError::Corrupt(other.to_string()),
    }
}

/// A decoder reading the file through a buffer: one page's strips at a time in memory.
fn open(original: &Original) -> Result<Decoder<OriginalReader>, RasterError> {
    let reader = original
        .reader()
        .map_err(|e| RasterError::Corrupt(format!("reading the TIFF file: {e}")))?;
    Decoder::new(reader).map_err(corrupt)
}

/// Width and height of every page, stopping (with an error) after `max_pages`.
pub fn tiff_page_info(
    original: &Original,
    max_pages: usize,
) -> Result<Vec<(u32, u32)>, RasterError> {
    let mut dec = open(original)?;
    let mut pages = Vec::new();
    loop {
        pages.push(dec.dimensions().map_err(corrupt)?);
        if pages.len() > max_pages {
            return Err(RasterError::Unsupported(format!(
                "more than {max_pages} pages"
            )));
        }
        if !dec.more_images() {
            break;
        }
        dec.next_image().map_err(corrupt)?;
    }
    Ok(pages)
}

/// Number of pages.
pub fn tiff_page_count(original: &Original, max_pages: usize) -> Result<usize, RasterError> {
    Ok(tiff_page_info(original, max_pages)?.len())
}

/// Decodes page `index` to gray.
pub fn decode(
    original: &Original,
    index: usize,
    limits: DecodeLimits,
) -> Result<DecodedPage, RasterError> {
    let mut dec = open(original)?;
    dec.seek_to_image(index).map_err(corrupt)?;
    let (w, h) = dec.dimensions().map_err(corrupt)?;
    limits.check(w, h)?;
    let color = dec.colortype().map_err(corrupt)?;
    let dpi = resolution(&mut dec).unwrap_or_else(|| estimate_a4_dpi(w, h));
    let palette = if matches!(color, ColorType::Palette(_)) {
        dec.find_tag(Tag::ColorMap)
            .ok()
            .flatten()
            .and_then(|v| v.into_u16_vec().ok())
    } else {
        None
    };
    let data = dec.read_image().map_err(corrupt)?;
    let (bytes, bits): (Vec<u8>, u8) = match data {
        DecodingResult::U8(v) => (v, 8),
        DecodingResult::U16(v) => (v.iter().flat_map(|s| s.to_be_bytes()).collect(), 16),
        _ => {
            return Err(RasterError::Unsupported(
                "TIFF with floating-point or 32/64-bit samples".into(),
            ))
        }
    };
    // tiff already turned WhiteIsZero into BlackIsZero and expanded YCbCr JPEG to RGB.
    let (model, bpc) = match color {
        ColorType::Gray(n) => (ColorModel::Gray, n),
        // Grey + alpha; the tiff crate names it so only with some ExtraSamples values.
        ColorType::GrayA(n @ (8 | 16))
        | ColorType::Multiband {
            bit_depth: n @ (8 | 16),
            num_samples: 2,
        } => {
            return Ok(DecodedPage {
                image: flatten_alpha(&bytes, w, h, 2, n / 8),
                colour_pixels: None,
                dpi,
                colour: ColourMode::Grey,
            })
        }
        ColorType::RGB(8) | ColorType::YCbCr(8) if bits == 8 => {
            let colour = image::RgbImage::from_raw(w, h, bytes)
                .ok_or_else(|| RasterError::Corrupt("TIFF RGB data is too short".into()))?;
            return Ok(DecodedPage {
                image: super::samples::rgb_to_grey(&colour),
                colour_pixels: Some(colour),
                dpi,
                colour: ColourMode::Colour,
            });
        }
        ColorType::RGB(n) | ColorType::YCbCr(n) => (ColorModel::Rgb, n),
        ColorType::RGBA(n @ (8 | 16)) => {
            return Ok(DecodedPage {
                image: flatten_alpha(&bytes, w, h, 4, n / 8),
                colour_pixels: None,
                dpi,
                colour: ColourMode::Colour,
            })
        }
        ColorType::CMYK(n) => (ColorModel::Cmyk, n),
        ColorType::Palette(n) => {
            let map = palette
                .ok_or_else(|| RasterError::Corrupt("palette TIFF without ColorMap".into()))?;
            let entries = map.len() / 3;
            let mut pal = Vec::with_capacity(entries * 3);
            for i in 0..entries {
                for c in 0..3 {
                    pal.push((map[c * entries + i] >> 8) as u8);
                }
            }
            (
                ColorModel::Indexed {
                    base: Box::new(ColorModel::Rgb),
                    palette: pal,
                },
                n,
            )
        }
        other => {
            return Err(RasterError::Unsupported(format!(
                "TIFF colour type {other:?}"
            )))
        }
    };
    let bpc = if bits == 16 { 16 } else { bpc };
    let image = to_gray(&bytes, w, h, bpc, &model, false)?;
    let colour = model.colour_mode(bpc);
    Ok(DecodedPage {
        image,
        colour_pixels: None,
        dpi,
        colour,
    })
}

/// Grey of a page with an alpha channel, laid on white paper: transparent is paper (whatever
/// colour the transparent pixels carry, often black). 16-bit samples (big-endian here) count
/// by their high byte.
fn flatten_alpha(
    data: &[u8],
    w: u32,
    h: u32,
    channels: usize,
    bytes_per_sample: u8,
) -> image::GrayImage {
    let step = bytes_per_sample as usize;
    image::GrayImage::from_fn(w, h, |x, y| {
        let i = (y as usize * w as usize + x as usize) * channels * step;
        let sample = |c: usize| u32::from(data.get(i + c * step).copied().unwrap_or(0));
        let g = if channels == 2 {
            sample(0)
        } else {
            (sample(0) * 299 + sample(1) * 587 + sample(2) * 114) / 1000
        };
        let alpha = sample(channels - 1);
        image::Luma([((g * alpha + 255 * (255 - alpha)) / 255) as u8])
    })
}

fn resolution(dec: &mut Decoder<OriginalReader>) -> Option<u32> {
    let value = dec.find_tag(Tag::XResolution).ok()??;
    let dpi = match value {
        tiff::decoder::ifd::Value::Rational(n, d) if d != 0 => n as f64 / d as f64,
        other => other.into_f64().ok()?,
    };
    let unit = dec
        .find_tag(Tag::ResolutionUnit)
        .ok()
        .flatten()
        .and_then(|v| v.into_u16().ok())
        .unwrap_or(2);
    let dpi = if unit == 3 { dpi * 2.54 } else { dpi };
    let dpi = dpi.round() as u32;
    (50..=2400).contains(&dpi).then_some(dpi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailroom_testdata as gen;

    #[test]
    fn grey_alpha_pages_lie_on_white_paper_not_on_black() {
        let letter = gen::Letter::sample(5);
        let opts = gen::ScanOptions {
            dpi: 100,
            ..gen::ScanOptions::default()
        };
        let scan = gen::render_scan(&letter, 2, &opts);
        let original = Original::in_memory(gen::tiff_grey_alpha(&scan));
        assert_eq!(tiff_page_count(&original, 10).unwrap(), 2);
        let limits = DecodeLimits {
            max_page_pixels: 100_000_000,
        };
        for (i, page) in scan.iter().enumerate() {
            let decoded = decode(&original, i, limits).unwrap();
            assert_eq!(decoded.image.dimensions(), page.image.dimensions());
            let differ = decoded
                .image
                .pixels()
                .zip(page.image.pixels())
                .filter(|(a, b)| a.0[0].abs_diff(b.0[0]) > 20)
                .count();
            let share = differ as f64 / page.image.len() as f64;
            assert!(share < 0.01, "page {i}: {share:.3} of pixels differ");
        }
    }
}
