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
        ColorType::GrayA(8) => {
            return Ok(DecodedPage {
                image: drop_alpha(&bytes, w, h, 2),
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
        ColorType::RGBA(8) => {
            return Ok(DecodedPage {
                image: drop_alpha(&bytes, w, h, 4),
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

fn drop_alpha(data: &[u8], w: u32, h: u32, channels: usize) -> image::GrayImage {
    image::GrayImage::from_fn(w, h, |x, y| {
        let i = (y as usize * w as usize + x as usize) * channels;
        let g = if channels == 2 {
            data[i]
        } else {
            ((data[i] as u32 * 299 + data[i + 1] as u32 * 587 + data[i + 2] as u32 * 114) / 1000)
                as u8
        };
        image::Luma([g])
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
