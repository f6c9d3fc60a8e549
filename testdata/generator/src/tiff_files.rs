//! Multi-page TIFF files as produced by document scanners and fax servers.

use crate::g4::encode_g4;
use crate::raster_files::encode_jpeg;
use crate::scan::ScannedPage;
use crate::tiff_container::{tag, write_tiff, TiffPage, Value};
use tiff::encoder::{colortype, Compression, Rational, TiffEncoder};
use tiff::tags::{ResolutionUnit, Tag};

/// TIFF Compression values.
const COMPRESSION_G4: u16 = 4;
const COMPRESSION_JPEG: u16 = 7;
/// PhotometricInterpretation values.
const WHITE_IS_ZERO: u16 = 0;
const BLACK_IS_ZERO: u16 = 1;

/// Multi-page bilevel TIFF: each page binarised and CCITT Group 4 compressed (Compression=4),
/// PhotometricInterpretation=WhiteIsZero as fax software writes it (fax "black" runs are 1 bits,
/// so 1 = black), one strip per page, T6Options=0, resolution in dpi, PageNumber set.
pub fn tiff_g4(pages: &[ScannedPage]) -> Vec<u8> {
    let tiff_pages = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let mut tiff_page = TiffPage::new(
                page.image.dimensions(),
                1,
                COMPRESSION_G4,
                WHITE_IS_ZERO,
                page.dpi,
                (i, pages.len()),
                encode_g4(&page.image),
            );
            tiff_page.tags.insert(tag::T6_OPTIONS, Value::Long(vec![0]));
            tiff_page
        })
        .collect();
    write_tiff(tiff_pages)
}

/// Multi-page TIFF with one complete baseline JPEG per page as its single strip (Compression=7,
/// "new-style" JPEG without a JPEGTables tag), 8-bit BlackIsZero grey, resolution in dpi.
pub fn tiff_jpeg(pages: &[ScannedPage]) -> Vec<u8> {
    let tiff_pages = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            TiffPage::new(
                page.image.dimensions(),
                8,
                COMPRESSION_JPEG,
                BLACK_IS_ZERO,
                page.dpi,
                (i, pages.len()),
                encode_jpeg(&page.image, page.dpi),
            )
        })
        .collect();
    write_tiff(tiff_pages)
}

/// Multi-page 8-bit grey TIFF, LZW compressed (no predictor), resolution in dpi, PageNumber set.
/// Written with the `tiff` crate's encoder.
pub fn tiff_lzw(pages: &[ScannedPage]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut encoder = TiffEncoder::new(&mut out)
        .expect("TIFF header into memory")
        .with_compression(Compression::Lzw);
    for (i, page) in pages.iter().enumerate() {
        let (width, height) = page.image.dimensions();
        let mut image = encoder
            .new_image::<colortype::Gray8>(width, height)
            .expect("TIFF directory into memory");
        image.resolution(ResolutionUnit::Inch, Rational { n: page.dpi, d: 1 });
        image
            .encoder()
            .write_tag(
                Tag::Unknown(tag::PAGE_NUMBER),
                &[i as u16, pages.len() as u16][..],
            )
            .expect("TIFF tag into memory");
        image
            .write_data(page.image.as_raw())
            .expect("TIFF data into memory");
    }
    out.into_inner()
}

/// 8-bit grey plus alpha, as the `tiff` crate has no such colour type to write.
struct GreyAlpha8;

impl colortype::ColorType for GreyAlpha8 {
    type Inner = u8;
    const TIFF_VALUE: tiff::tags::PhotometricInterpretation =
        tiff::tags::PhotometricInterpretation::BlackIsZero;
    const BITS_PER_SAMPLE: &'static [u16] = &[8, 8];
    const SAMPLE_FORMAT: &'static [tiff::tags::SampleFormat] = &[tiff::tags::SampleFormat::Uint; 2];

    fn horizontal_predict(row: &[u8], result: &mut Vec<u8>) {
        // Only called with a predictor, which these files do not use.
        result.extend_from_slice(row);
    }
}

/// Multi-page TIFF with grey + alpha pages (ExtraSamples = unassociated alpha), as some
/// capture and imaging programs save scans: ink opaque, the paper fully transparent and
/// black (a reader that ignores alpha sees a black page). LZW, resolution in dpi.
pub fn tiff_grey_alpha(pages: &[ScannedPage]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut encoder = TiffEncoder::new(&mut out)
        .expect("TIFF header into memory")
        .with_compression(Compression::Lzw);
    for page in pages {
        let (width, height) = page.image.dimensions();
        let mut image = encoder
            .new_image::<GreyAlpha8>(width, height)
            .expect("TIFF directory into memory");
        image.resolution(ResolutionUnit::Inch, Rational { n: page.dpi, d: 1 });
        image
            .encoder()
            .write_tag(Tag::ExtraSamples, &[2u16][..])
            .expect("TIFF tag into memory");
        let data: Vec<u8> = page
            .image
            .as_raw()
            .iter()
            .flat_map(|&g| {
                let alpha = 255 - g;
                if alpha < 16 {
                    [0, 0]
                } else {
                    [0, alpha]
                }
            })
            .collect();
        image.write_data(&data).expect("TIFF data into memory");
    }
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::g4::is_black;
    use crate::{render_scan, Letter, ScanOptions};
    use image::GrayImage;
    use std::io::Cursor;
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::tags::PhotometricInterpretation;
    use tiff::ColorType;

    fn scan(pages: usize) -> Vec<ScannedPage> {
        let opts = ScanOptions {
            dpi: 100,
            ..ScanOptions::default()
        };
        render_scan(&Letter::sample(4), pages, &opts)
    }

    /// Decodes every page, checking page count, sizes and 100 dpi; returns (photometric, data).
    fn decode_all(
        bytes: Vec<u8>,
        pages: usize,
    ) -> Vec<(PhotometricInterpretation, ColorType, Vec<u8>)> {
        let mut decoder = Decoder::new(Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        loop {
            assert_eq!(decoder.dimensions().unwrap(), (827, 1169));
            let x_res = decoder.get_tag_u32_vec(Tag::XResolution).unwrap();
            assert_eq!(x_res, vec![100, 1]);
            assert_eq!(decoder.get_tag_u32(Tag::ResolutionUnit).unwrap(), 2);
            let photometric = PhotometricInterpretation::from_u16(
                decoder.get_tag_u32(Tag::PhotometricInterpretation).unwrap() as u16,
            )
            .unwrap();
            let color = decoder.colortype().unwrap();
            let DecodingResult::U8(data) = decoder.read_image().unwrap() else {
                panic!("expected 8-bit or packed 1-bit samples");
            };
            out.push((photometric, color, data));
            if !decoder.more_images() {
                break;
            }
            decoder.next_image().unwrap();
        }
        assert_eq!(out.len(), pages);
        out
    }

    /// Share of pixels whose darkness agrees between the source and a decoded page.
    fn agreement(source: &GrayImage, dark: impl Fn(u32, u32) -> bool) -> f64 {
        let same = source
            .enumerate_pixels()
            .filter(|(x, y, p)| is_black(p.0[0]) == dark(*x, *y))
            .count();
        same as f64 / (source.width() * source.height()) as f64
    }

    #[test]
    fn g4_pages_decode_to_dark_text_on_light_background() {
        let pages = scan(3);
        let decoded = decode_all(tiff_g4(&pages), 3);
        for ((photometric, color, data), page) in decoded.iter().zip(&pages) {
            assert_eq!(*photometric, PhotometricInterpretation::WhiteIsZero);
            assert_eq!(*color, ColorType::Gray(1));
            // The decoder already applies WhiteIsZero: its output is min-is-black, so a 0 bit is
            // dark. Rows are padded to whole bytes.
            let stride = 827usize.div_ceil(8);
            let bit =
                |x: u32, y: u32| data[y as usize * stride + x as usize / 8] >> (7 - x % 8) & 1;
            assert_eq!(agreement(&page.image, |x, y| bit(x, y) == 0), 1.0);
            let light = data.iter().map(|b| b.count_ones()).sum::<u32>() as f64;
            assert!(
                light / (stride * 8 * 1169) as f64 > 0.9,
                "background must be light"
            );
        }
    }

    #[test]
    fn lzw_pages_are_lossless() {
        let pages = scan(2);
        let decoded = decode_all(tiff_lzw(&pages), 2);
        for ((photometric, color, data), page) in decoded.into_iter().zip(&pages) {
            assert_eq!(photometric, PhotometricInterpretation::BlackIsZero);
            assert_eq!(color, ColorType::Gray(8));
            assert_eq!(&data, page.image.as_raw());
        }
    }

    #[test]
    fn jpeg_pages_decode_with_the_tiff_crate() {
        let pages = scan(2);
        let decoded = decode_all(tiff_jpeg(&pages), 2);
        for ((photometric, color, data), page) in decoded.into_iter().zip(&pages) {
            assert_eq!(photometric, PhotometricInterpretation::BlackIsZero);
            assert_eq!(color, ColorType::Gray(8));
            let dark = |x: u32, y: u32| is_black(data[(y * 827 + x) as usize]);
            assert!(agreement(&page.image, dark) > 0.995);
        }
    }

    #[test]
    fn same_pages_same_bytes() {
        let pages = scan(1);
        assert_eq!(tiff_g4(&pages), tiff_g4(&scan(1)));
        assert_eq!(tiff_jpeg(&pages), tiff_jpeg(&scan(1)));
        assert_eq!(tiff_lzw(&pages), tiff_lzw(&scan(1)));
    }
}
