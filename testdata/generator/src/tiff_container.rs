//! A minimal little-endian TIFF writer for pages whose strip data is already compressed.
//!
//! The `tiff` crate's encoder compresses pixel data itself and cannot take pre-encoded Group 4 or
//! JPEG strips, so those containers are written here: one strip per page, IFDs chained in page
//! order, entries sorted by tag as the specification requires.

use std::collections::BTreeMap;

/// A field value; only the types these files need.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Short(Vec<u16>),
    Long(Vec<u32>),
    Rational(u32, u32),
}

impl Value {
    fn type_and_count(&self) -> (u16, u32) {
        match self {
            Value::Short(v) => (3, v.len() as u32),
            Value::Long(v) => (4, v.len() as u32),
            Value::Rational(..) => (5, 1),
        }
    }

    fn bytes(&self) -> Vec<u8> {
        match self {
            Value::Short(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Value::Long(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Value::Rational(n, d) => [n.to_le_bytes(), d.to_le_bytes()].concat(),
        }
    }
}

/// Baseline tag numbers used by the encoders.
pub(crate) mod tag {
    pub const IMAGE_WIDTH: u16 = 256;
    pub const IMAGE_LENGTH: u16 = 257;
    pub const BITS_PER_SAMPLE: u16 = 258;
    pub const COMPRESSION: u16 = 259;
    pub const PHOTOMETRIC: u16 = 262;
    pub const STRIP_OFFSETS: u16 = 273;
    pub const SAMPLES_PER_PIXEL: u16 = 277;
    pub const ROWS_PER_STRIP: u16 = 278;
    pub const STRIP_BYTE_COUNTS: u16 = 279;
    pub const X_RESOLUTION: u16 = 282;
    pub const Y_RESOLUTION: u16 = 283;
    pub const T6_OPTIONS: u16 = 293;
    pub const RESOLUTION_UNIT: u16 = 296;
    pub const PAGE_NUMBER: u16 = 297;
}

/// One page: its tags (without strip offsets/counts, which are filled in) and its strip bytes.
pub(crate) struct TiffPage {
    pub tags: BTreeMap<u16, Value>,
    pub strip: Vec<u8>,
}

impl TiffPage {
    /// A single-strip, single-sample page with resolution in dots per inch and its page number.
    pub(crate) fn new(
        (width, height): (u32, u32),
        bits_per_sample: u16,
        compression: u16,
        photometric: u16,
        dpi: u32,
        (page, pages): (usize, usize),
        strip: Vec<u8>,
    ) -> TiffPage {
        let tags = BTreeMap::from([
            (tag::IMAGE_WIDTH, Value::Long(vec![width])),
            (tag::IMAGE_LENGTH, Value::Long(vec![height])),
            (tag::BITS_PER_SAMPLE, Value::Short(vec![bits_per_sample])),
            (tag::COMPRESSION, Value::Short(vec![compression])),
            (tag::PHOTOMETRIC, Value::Short(vec![photometric])),
            (tag::SAMPLES_PER_PIXEL, Value::Short(vec![1])),
            (tag::ROWS_PER_STRIP, Value::Long(vec![height])),
            (tag::X_RESOLUTION, Value::Rational(dpi, 1)),
            (tag::Y_RESOLUTION, Value::Rational(dpi, 1)),
            (tag::RESOLUTION_UNIT, Value::Short(vec![2])),
            (
                tag::PAGE_NUMBER,
                Value::Short(vec![page as u16, pages as u16]),
            ),
        ]);
        TiffPage { tags, strip }
    }
}

/// Serialises the pages as one multi-page TIFF file.
pub(crate) fn write_tiff(pages: Vec<TiffPage>) -> Vec<u8> {
    let mut out = b"II*\0\0\0\0\0".to_vec();
    // Where the offset of the next IFD goes: the header first, then each IFD's tail.
    let mut next_ifd_pointer = 4;
    for mut page in pages {
        pad_to_word(&mut out);
        let strip_offset = out.len() as u32;
        out.extend_from_slice(&page.strip);
        page.tags
            .insert(tag::STRIP_OFFSETS, Value::Long(vec![strip_offset]));
        page.tags.insert(
            tag::STRIP_BYTE_COUNTS,
            Value::Long(vec![page.strip.len() as u32]),
        );

        // Values longer than four bytes live outside the IFD entry.
        let mut entries = Vec::new();
        for (tag, value) in &page.tags {
            let (kind, count) = value.type_and_count();
            let mut bytes = value.bytes();
            if bytes.len() > 4 {
                pad_to_word(&mut out);
                let offset = out.len() as u32;
                out.extend_from_slice(&bytes);
                bytes = offset.to_le_bytes().to_vec();
            }
            bytes.resize(4, 0);
            entries.push((*tag, kind, count, bytes));
        }

        pad_to_word(&mut out);
        let ifd_offset = out.len() as u32;
        out[next_ifd_pointer..next_ifd_pointer + 4].copy_from_slice(&ifd_offset.to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        for (tag, kind, count, bytes) in entries {
            out.extend_from_slice(&tag.to_le_bytes());
            out.extend_from_slice(&kind.to_le_bytes());
            out.extend_from_slice(&count.to_le_bytes());
            out.extend_from_slice(&bytes);
        }
        next_ifd_pointer = out.len();
        out.extend_from_slice(&0u32.to_le_bytes());
    }
    out
}

/// TIFF offsets must be even ("word boundary").
fn pad_to_word(out: &mut Vec<u8>) {
    if out.len() % 2 == 1 {
        out.push(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::tags::Tag;

    #[test]
    fn uncompressed_pages_decode_with_the_tiff_crate() {
        let pages = (0..3)
            .map(|i| TiffPage::new((3, 2), 8, 1, 1, 200, (i, 3), vec![i as u8 * 10; 6]))
            .collect();
        let bytes = write_tiff(pages);
        let mut decoder = Decoder::new(std::io::Cursor::new(bytes)).unwrap();
        for i in 0..3u8 {
            assert_eq!(decoder.dimensions().unwrap(), (3, 2));
            assert_eq!(
                decoder
                    .get_tag_u32_vec(Tag::Unknown(tag::PAGE_NUMBER))
                    .unwrap(),
                vec![u32::from(i), 3]
            );
            match decoder.read_image().unwrap() {
                DecodingResult::U8(data) => assert_eq!(data, vec![i * 10; 6]),
                other => panic!("unexpected {other:?}"),
            }
            assert_eq!(decoder.more_images(), i < 2);
            if i < 2 {
                decoder.next_image().unwrap();
            }
        }
    }
}
