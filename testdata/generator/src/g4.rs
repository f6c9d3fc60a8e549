//! CCITT Group 4 (T.6) encoding of binarised pages, shared by the TIFF and PDF encoders.
//!
//! The encoded runs are "white" and "black" in the fax sense, independent of any container:
//! TIFF maps them with PhotometricInterpretation, PDF with the BlackIs1 decode parameter.

use fax::encoder::Encoder;
use fax::{Color, VecWriter};
use image::GrayImage;

/// Grey values below this become black; the midpoint keeps antialiased strokes at their width.
pub(crate) const THRESHOLD: u8 = 128;

/// Whether a grey pixel counts as black after binarisation.
pub(crate) fn is_black(grey: u8) -> bool {
    grey < THRESHOLD
}

/// Binarises `image` and encodes it as a Group 4 stream, including the end-of-block marker.
pub(crate) fn encode_g4(image: &GrayImage) -> Vec<u8> {
    let width = image.width();
    let mut encoder = Encoder::new(VecWriter::new());
    for row in image.as_raw().chunks_exact(width as usize) {
        let pels = row.iter().map(|&grey| {
            if is_black(grey) {
                Color::Black
            } else {
                Color::White
            }
        });
        encoder
            .encode_line(pels, width)
            .expect("writing to memory cannot fail");
    }
    match encoder.finish() {
        Ok(writer) => writer.finish(),
        Err(never) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn white_page_compresses_to_almost_nothing() {
        let image = GrayImage::from_pixel(1000, 1000, Luma([255]));
        assert!(encode_g4(&image).len() < 200);
    }

    #[test]
    fn round_trips_through_the_fax_decoder() {
        let mut image = GrayImage::from_pixel(64, 20, Luma([255]));
        for (x, y) in [(0, 0), (5, 3), (6, 3), (63, 19), (30, 10)] {
            image.put_pixel(x, y, Luma([0]));
        }
        let data = encode_g4(&image);
        let mut rows: Vec<Vec<bool>> = Vec::new();
        fax::decoder::decode_g4(data.iter().copied(), 64, Some(20), |transitions| {
            rows.push(
                fax::decoder::pels(transitions, 64)
                    .map(|c| c == Color::Black)
                    .collect(),
            );
        });
        assert_eq!(rows.len(), 20);
        for (y, row) in rows.iter().enumerate() {
            for (x, &black) in row.iter().enumerate() {
                let expected = is_black(image.get_pixel(x as u32, y as u32).0[0]);
                assert_eq!(black, expected, "pixel {x},{y}");
            }
        }
    }
}
