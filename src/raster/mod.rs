//! Page images: where a page's pixels are (a PNG/JPEG file, a page of a TIFF, images inside a
//! PDF page) and how to decode them into 8-bit grayscale for OCR, within limits.
//!
//! Sources are cheap to hold (encoded bytes, shared); decoding happens on an OCR worker just
//! before recognition, so a 500-page scan never has more than a few pages decoded at once.

pub mod blank;
pub mod deskew;
mod jpeg;
pub mod patch;
#[cfg(test)]
mod patch_scans;
mod pdf_image;
pub mod pdf_lean;
mod render;
mod samples;
pub mod separator;
#[cfg(test)]
mod test_pdf;
mod tiff_page;

use std::io::Cursor;
use std::sync::Arc;

use image::{GrayImage, ImageFormat, ImageReader, RgbImage};

use crate::original::Original;

pub use pdf_image::{ColorModel, PdfImageSource};
pub use render::{render_page_png, render_pdf_page};
pub use samples::ColourMode;
pub use tiff_page::{tiff_page_count, tiff_page_info};

/// Errors while decoding a page image. All of them are properties of the input file.
#[derive(Debug, Clone, thiserror::Error)]
pub enum RasterError {
    #[error("page is {width}×{height} pixels ({} MP), over the limit of {} MP (limits.max_page_megapixels)", megapixels(*width as u64 * *height as u64), megapixels(*limit))]
    TooLarge { width: u32, height: u32, limit: u64 },
    #[error("unsupported image encoding: {0}")]
    Unsupported(String),
    #[error("damaged image data: {0}")]
    Corrupt(String),
}

fn megapixels(px: u64) -> String {
    format!("{:.1}", px as f64 / 1e6)
}

/// Where the pixels of one page come from.
#[derive(Debug, Clone)]
pub enum PageImageSource {
    /// A PNG or JPEG file that is the page.
    File {
        bytes: Arc<Vec<u8>>,
        format: ImageFormat,
    },
    /// Page `index` (0-based) of a TIFF file.
    TiffPage { original: Original, index: usize },
    /// The main image of a PDF page; `pdf` is kept for rendering the page whole when its
    /// images cannot be decoded natively.
    PdfPage {
        pdf: Original,
        page_number: u32,
        image: Option<Box<PdfImageSource>>,
        /// Page width in points (1/72 in) after rotation, to derive the scan resolution.
        page_width_pt: f32,
        /// Clockwise page rotation in degrees (`/Rotate`).
        rotate: u32,
        /// Whether the page draws more than one sizeable image (e.g. mixed raster content),
        /// in which case rendering the whole page is more faithful than one image.
        composite: bool,
    },
}

/// Bytes at a place in an original (or a copy of their own).
#[derive(Debug, Clone)]
pub struct StoredBytes {
    pub original: Original,
    pub offset: u64,
    pub len: usize,
}

impl StoredBytes {
    /// All of `original`.
    pub fn whole(original: Original) -> Self {
        let len = original.len() as usize;
        StoredBytes {
            original,
            offset: 0,
            len,
        }
    }
}

impl PageImageSource {
    /// The page's JPEG data as the scanner wrote it, if the page is one grey or RGB JPEG shown
    /// upright (no `/Rotate`): an archive page can keep it as it is.
    pub fn original_jpeg(&self) -> Option<StoredBytes> {
        match self {
            PageImageSource::File {
                bytes,
                format: ImageFormat::Jpeg,
            } => Some(StoredBytes::whole(Original::Memory(Arc::clone(bytes)))),
            PageImageSource::PdfPage {
                image: Some(image),
                rotate: 0,
                composite: false,
                ..
            } => image.original_jpeg(),
            _ => None,
        }
    }
}

/// Decoded pixels: grey for the checks that look at ink, and the colour pixels of a colour
/// image (OCR reads those, as the `tesseract` CLI would).
#[derive(Debug, Clone)]
pub struct Pixels {
    pub grey: GrayImage,
    pub colour: Option<RgbImage>,
}

impl Pixels {
    /// Grey pixels only.
    pub fn grey(grey: GrayImage) -> Self {
        Pixels { grey, colour: None }
    }

    /// Turns both by a multiple of 90° clockwise.
    fn rotated_clockwise(self, degrees: u32) -> Self {
        use image::imageops::{rotate180, rotate270, rotate90};
        let turn_grey = |g: GrayImage| match degrees % 360 {
            90 => rotate90(&g),
            180 => rotate180(&g),
            270 => rotate270(&g),
            _ => g,
        };
        let turn_rgb = |c: RgbImage| match degrees % 360 {
            90 => rotate90(&c),
            180 => rotate180(&c),
            270 => rotate270(&c),
            _ => c,
        };
        Pixels {
            grey: turn_grey(self.grey),
            colour: self.colour.map(turn_rgb),
        }
    }
}

/// A decoded page, ready for OCR.
#[derive(Debug, Clone)]
pub struct DecodedPage {
    /// Grey pixels, for blank, skew and separator checks (and OCR of grey pages).
    pub image: GrayImage,
    /// The page's colour pixels, if it is a colour image.
    pub colour_pixels: Option<RgbImage>,
    /// Scan resolution, from the file or estimated assuming an A4 page.
    pub dpi: u32,
    /// How the page was scanned (it is read as grey either way).
    pub colour: ColourMode,
}

/// Limits applied while decoding.
#[derive(Debug, Clone, Copy)]
pub struct DecodeLimits {
    pub max_page_pixels: u64,
}

impl DecodeLimits {
    pub(crate) fn check(&self, width: u32, height: u32) -> Result<(), RasterError> {
        if width == 0 || height == 0 {
            return Err(RasterError::Corrupt(format!(
                "image has no pixels ({width}×{height})"
            )));
        }
        if width as u64 * height as u64 > self.max_page_pixels {
            return Err(RasterError::TooLarge {
                width,
                height,
                limit: self.max_page_pixels,
            });
        }
        Ok(())
    }
}

/// Decodes a page image into grayscale. Blocking and CPU-heavy: run it on an OCR worker.
pub fn decode(source: &PageImageSource, limits: DecodeLimits) -> Result<DecodedPage, RasterError> {
    match source {
        PageImageSource::File { bytes, format } => decode_file(bytes, *format, limits),
        PageImageSource::TiffPage { original, index } => {
            tiff_page::decode(original, *index, limits)
        }
        PageImageSource::PdfPage {
            pdf,
            page_number,
            image,
            page_width_pt,
            rotate,
            composite,
        } => {
            let native = match image {
                Some(img) if !composite => Some(img.decode(limits)),
                _ => None,
            };
            let colour = image
                .as_ref()
                .map_or(ColourMode::Unknown, |img| img.colour_mode());
            let decoded = match native {
                Some(Ok(pixels)) => pixels,
                // Codecs we do not decode ourselves (JBIG2, JPEG 2000), pages made of several
                // images or drawn as vectors: let poppler render the page.
                // The image's colour space still says how it was scanned (JBIG2: 1-bit).
                Some(Err(RasterError::Unsupported(why))) | Some(Err(RasterError::Corrupt(why))) => {
                    Pixels::grey(
                        render::render_pdf_page(pdf, *page_number, 300, limits).map_err(|e| {
                            RasterError::Unsupported(format!(
                                "{why}; rendering the page failed too: {e}"
                            ))
                        })?,
                    )
                }
                Some(Err(e)) => return Err(e),
                None => {
                    let rendered = render::render_pdf_page(pdf, *page_number, 300, limits)?;
                    return Ok(DecodedPage {
                        image: rendered,
                        colour_pixels: None,
                        dpi: 300,
                        colour: ColourMode::Unknown,
                    });
                }
            };
            let pixels = decoded.rotated_clockwise(*rotate);
            let dpi = dpi_from_width(pixels.grey.width(), *page_width_pt / 72.0);
            Ok(DecodedPage {
                image: pixels.grey,
                colour_pixels: pixels.colour,
                dpi,
                colour,
            })
        }
    }
}

fn decode_file(
    bytes: &[u8],
    format: ImageFormat,
    limits: DecodeLimits,
) -> Result<DecodedPage, RasterError> {
    let (w, h) = image_dimensions(bytes, format)?;
    limits.check(w, h)?;
    let dpi = file_dpi(bytes, format).unwrap_or_else(|| estimate_a4_dpi(w, h));
    let pixels = if format == ImageFormat::Jpeg {
        jpeg::decode(bytes, limits)?
    } else {
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        let mut l = image::Limits::default();
        l.max_alloc = Some(limits.max_page_pixels.saturating_mul(8));
        reader.limits(l);
        let img = reader
            .decode()
            .map_err(|e| RasterError::Corrupt(e.to_string()))?;
        if img.color().has_color() {
            let colour = img.into_rgb8();
            Pixels {
                grey: samples::rgb_to_grey(&colour),
                colour: Some(colour),
            }
        } else {
            Pixels::grey(img.into_luma8())
        }
    };
    let colour = if pixels.colour.is_some() {
        ColourMode::Colour
    } else {
        ColourMode::Grey
    };
    Ok(DecodedPage {
        image: pixels.grey,
        colour_pixels: pixels.colour,
        dpi,
        colour,
    })
}

/// Dimensions of a PNG or JPEG without decoding it.
pub fn image_dimensions(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32), RasterError> {
    ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| RasterError::Corrupt(e.to_string()))
}

/// Resolution stored in a PNG (pHYs) or JPEG (JFIF density), if any.
fn file_dpi(bytes: &[u8], format: ImageFormat) -> Option<u32> {
    match format {
        ImageFormat::Png => {
            let decoder = png::Decoder::new(Cursor::new(bytes));
            let reader = decoder.read_info().ok()?;
            let phys = reader.info().pixel_dims?;
            (phys.unit == png::Unit::Meter).then(|| (phys.xppu as f64 * 0.0254).round() as u32)
        }
        ImageFormat::Jpeg => jfif_density(bytes),
        _ => None,
    }
    .filter(|d| (50..=2400).contains(d))
}

/// Reads the density from a JFIF APP0 segment.
fn jfif_density(bytes: &[u8]) -> Option<u32> {
    let app0 = bytes.get(2..20)?;
    if app0[0] != 0xFF || app0[1] != 0xE0 || &app0[4..9] != b"JFIF\0" {
        return None;
    }
    let unit = app0[11];
    let x = u16::from_be_bytes([app0[12], app0[13]]) as f64;
    match unit {
        1 => Some(x as u32),
        2 => Some((x * 2.54).round() as u32),
        _ => None,
    }
}

/// Resolution of an image `width_px` wide covering `width_in` inches.
pub(crate) fn dpi_from_width(width_px: u32, width_in: f32) -> u32 {
    if width_in > 0.5 {
        let dpi = (width_px as f32 / width_in).round() as u32;
        if (50..=2400).contains(&dpi) {
            return dpi;
        }
    }
    300
}

/// Without resolution metadata, assume the page is A4 (the normal case for letters).
pub(crate) fn estimate_a4_dpi(width: u32, height: u32) -> u32 {
    let short = width.min(height) as f32;
    dpi_from_width(short as u32, 8.27)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_reject_bombs_before_decoding() {
        let limits = DecodeLimits {
            max_page_pixels: 100_000_000,
        };
        assert!(limits.check(2480, 3508).is_ok());
        let err = limits.check(20000, 20000).unwrap_err();
        assert_eq!(
            err.to_string(),
            "page is 20000×20000 pixels (400.0 MP), over the limit of 100.0 MP (limits.max_page_megapixels)"
        );
        assert!(matches!(limits.check(0, 10), Err(RasterError::Corrupt(_))));
    }

    #[test]
    fn resolution_is_derived_or_estimated() {
        assert_eq!(dpi_from_width(2480, 595.0 / 72.0), 300);
        assert_eq!(estimate_a4_dpi(2480, 3508), 300);
        assert_eq!(estimate_a4_dpi(1240, 1754), 150);
        assert_eq!(
            dpi_from_width(10, 8.27),
            300,
            "absurd values fall back to 300"
        );
    }

    #[test]
    fn png_roundtrip_with_dpi() {
        let img = GrayImage::from_fn(40, 20, |x, _| image::Luma([(x * 6) as u8]));
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, 40, 20);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: 11811,
            yppu: 11811,
            unit: png::Unit::Meter,
        }));
        enc.write_header()
            .unwrap()
            .write_image_data(img.as_raw())
            .unwrap();
        let page = decode(
            &PageImageSource::File {
                bytes: Arc::new(out),
                format: ImageFormat::Png,
            },
            DecodeLimits {
                max_page_pixels: 1000,
            },
        )
        .unwrap();
        assert_eq!(page.dpi, 300);
        assert_eq!(page.image, img);
    }
}
