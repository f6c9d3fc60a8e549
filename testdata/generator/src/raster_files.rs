//! Single-image files: PNG and JPEG pages, and an oversized PNG for resource-limit tests.

use crate::scan::ScannedPage;
use image::codecs::jpeg::{JpegEncoder, PixelDensity};
use image::ExtendedColorType;
use std::io::Write;

/// JPEG quality of scanned pages; typical of scanner "document" presets.
pub(crate) const JPEG_QUALITY: u8 = 85;

/// Encodes the page as an 8-bit greyscale PNG with a pHYs chunk stating its dpi.
pub fn png(page: &ScannedPage) -> Vec<u8> {
    let (width, height) = page.image.dimensions();
    let mut out = Vec::new();
    let mut writer = gray_png_encoder(&mut out, width, height, Some(page.dpi))
        .write_header()
        .expect("PNG header into memory");
    writer
        .write_image_data(page.image.as_raw())
        .expect("PNG data into memory");
    writer.finish().expect("PNG end into memory");
    out
}

/// Encodes the page as a baseline greyscale JPEG with JFIF density set to its dpi.
pub fn jpeg(page: &ScannedPage) -> Vec<u8> {
    encode_jpeg(&page.image, page.dpi)
}

/// The page as a colour scan: cream paper, dark blue ink, and a red receipt stamp (a frame
/// with a bar, no text) in the top right corner, where letters leave room. Ink stays ink: the
/// grey value of a pixel decides how much of the ink colour it gets.
pub fn colour_page(image: &image::GrayImage) -> image::RgbImage {
    let (w, h) = image.dimensions();
    let paper = [246.0f32, 240.0, 224.0];
    let ink = [20.0f32, 30.0, 110.0];
    let mut out = image::RgbImage::from_fn(w, h, |x, y| {
        let t = image.get_pixel(x, y).0[0] as f32 / 255.0;
        image::Rgb(std::array::from_fn(|c| {
            (ink[c] + (paper[c] - ink[c]) * t).round() as u8
        }))
    });
    let (x0, y0) = (w * 62 / 100, h * 4 / 100);
    let (x1, y1) = (w * 92 / 100, h * 10 / 100);
    let thick = (w / 300).max(2);
    for y in y0..y1 {
        for x in x0..x1 {
            let frame = x < x0 + thick || x >= x1 - thick || y < y0 + thick || y >= y1 - thick;
            let bar = y >= (y0 + y1) / 2 - thick && y < (y0 + y1) / 2 + thick;
            if frame || bar {
                out.put_pixel(x, y, image::Rgb([200, 30, 35]));
            }
        }
    }
    out
}

/// Colour JPEG of `image` (see [`colour_page`] for making one from a grey page).
pub(crate) fn encode_colour_jpeg(image: &image::RgbImage, dpi: u32) -> Vec<u8> {
    encode_jpeg_samples(
        image.as_raw(),
        image.dimensions(),
        ExtendedColorType::Rgb8,
        dpi,
    )
}

/// Greyscale JPEG of `image` with JFIF density `dpi` (shared with the PDF and TIFF encoders).
pub(crate) fn encode_jpeg(image: &image::GrayImage, dpi: u32) -> Vec<u8> {
    encode_jpeg_samples(
        image.as_raw(),
        image.dimensions(),
        ExtendedColorType::L8,
        dpi,
    )
}

fn encode_jpeg_samples(
    samples: &[u8],
    (width, height): (u32, u32),
    colour: ExtendedColorType,
    dpi: u32,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
    encoder.set_pixel_density(PixelDensity::dpi(u16::try_from(dpi).unwrap_or(u16::MAX)));
    encoder
        .encode(samples, width, height, colour)
        .expect("JPEG into memory");
    out
}

/// An all-white 8-bit greyscale PNG of `width`×`height` pixels, e.g. 20000×20000 to test
/// decompression-bomb limits.
///
/// Rows are streamed through the encoder one at a time, so memory use is one row, not
/// `width * height` bytes. Deflate shrinks the white rows about a thousandfold (20000×20000 is
/// roughly 0.4 MB on disk).
pub fn huge_png(width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = gray_png_encoder(&mut out, width, height, None);
    // Identical rows compress best with the "Up" filter: every filtered row is all zeros.
    encoder.set_filter(png::Filter::Up);
    let mut writer = encoder.write_header().expect("PNG header into memory");
    let mut stream = writer.stream_writer().expect("PNG stream into memory");
    let row = vec![255u8; width as usize];
    for _ in 0..height {
        stream.write_all(&row).expect("PNG row into memory");
    }
    stream.finish().expect("PNG end into memory");
    writer.finish().expect("PNG end into memory");
    out
}

fn gray_png_encoder(
    out: &mut Vec<u8>,
    width: u32,
    height: u32,
    dpi: Option<u32>,
) -> png::Encoder<'_, &mut Vec<u8>> {
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    if let Some(dpi) = dpi {
        // pHYs only knows pixels per metre.
        let per_metre = (dpi as f64 / 0.0254).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
    }
    encoder
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{GrayImage, ImageDecoder, Luma};

    fn page() -> ScannedPage {
        let mut image = GrayImage::from_pixel(120, 80, Luma([255]));
        for x in 10..110 {
            image.put_pixel(x, 40, Luma([0]));
        }
        ScannedPage {
            image,
            text: "Linie".into(),
            dpi: 300,
        }
    }

    #[test]
    fn png_round_trips_and_states_300_dpi() {
        let bytes = png(&page());
        let decoded = image::load_from_memory(&bytes).unwrap().to_luma8();
        assert_eq!(decoded, page().image);
        let reader = png::Decoder::new(std::io::Cursor::new(&bytes))
            .read_info()
            .unwrap();
        let dims = reader.info().pixel_dims.unwrap();
        assert_eq!((dims.xppu, dims.unit), (11811, png::Unit::Meter));
    }

    #[test]
    fn jpeg_carries_jfif_density_and_decodes() {
        let bytes = jpeg(&page());
        // JFIF APP0: "JFIF\0", version, units (1 = dpi), Xdensity, Ydensity.
        let jfif = bytes.windows(5).position(|w| w == b"JFIF\0").unwrap();
        assert_eq!(bytes[jfif + 7], 1);
        assert_eq!(&bytes[jfif + 8..jfif + 12], &[1, 44, 1, 44]);
        let decoded = image::load_from_memory(&bytes).unwrap().to_luma8();
        assert_eq!(decoded.dimensions(), (120, 80));
        assert!(decoded.get_pixel(60, 40).0[0] < 100);
        assert!(decoded.get_pixel(60, 10).0[0] > 230);
    }

    #[test]
    fn huge_png_is_small_and_reports_its_size() {
        let bytes = huge_png(3000, 2000);
        assert!(bytes.len() < 20_000, "{} bytes", bytes.len());
        let decoder = image::codecs::png::PngDecoder::new(std::io::Cursor::new(&bytes)).unwrap();
        assert_eq!(decoder.dimensions(), (3000, 2000));
        let image = image::load_from_memory(&bytes).unwrap().to_luma8();
        assert!(image.pixels().all(|p| p.0[0] == 255));
    }
}
