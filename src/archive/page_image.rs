//! The page image of an archive page, true to the original and compact.
//!
//! Tesseract's renderer would store every page image as a JPEG of the pixels it was given: a
//! black-white scan would become 8-bit grey (18 times its CCITT G4 size), and an unrotated
//! JPEG scan would be decoded and encoded again (a second generation of JPEG loss). So
//! Tesseract writes the text layer only, and the image under it is chosen here:
//! - black-white pages: a 1-bit CCITT G4 image of the page as read (turned and straightened
//!   pages included), as TR-RESISCAN expects of a black-white scan;
//! - JPEG pages that were neither turned nor straightened: the original JPEG data as it is,
//!   left in the original until the archive file is written, so the archive shows exactly the
//!   scanner's pixels (grey stays grey, colour stays colour);
//! - other colour pages: their colour pixels, turned and straightened as OCR read them, as JPEG;
//! - other grey pages: the grey page as OCR read it, as JPEG (Tesseract's quality, 85).
//!
//! Encoded images of some size wait in an unnamed temporary file, not in memory, so a
//! 300-page batch holds no more than a page of image data at a time.

use std::borrow::Cow;
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

use image::GrayImage;
use lopdf::{Dictionary, Object};

use crate::original::Original;

/// Grey values below this are black in a black-white page (the scan was 1-bit; only the
/// interpolated edges of a straightened page lie in between).
const BLACK_BELOW: u8 = 128;

/// JPEG quality of encoded pages: Tesseract's renderer default.
const JPEG_QUALITY: i32 = 85;

/// Encoded images from this size on wait in a temporary file.
const SPILL_FROM: usize = 128 << 10;

/// Where an archive image's encoded data is until the archive file is written.
#[derive(Debug, Clone)]
pub enum ImageData {
    Memory(Vec<u8>),
    /// In an unnamed temporary file (removed by the system when the last handle goes).
    Spilled {
        file: Arc<std::fs::File>,
        len: usize,
    },
    /// A range of the original: the scanner's own JPEG.
    Original {
        original: Original,
        offset: u64,
        len: usize,
    },
}

impl ImageData {
    /// Encoded data just made: kept in memory if small, else spilled to a temporary file.
    fn encoded(data: Vec<u8>) -> Self {
        if data.len() < SPILL_FROM {
            return ImageData::Memory(data);
        }
        let spilled = tempfile::tempfile().and_then(|mut f| {
            f.write_all(&data)?;
            Ok(f)
        });
        match spilled {
            Ok(file) => ImageData::Spilled {
                file: Arc::new(file),
                len: data.len(),
            },
            // No temporary folder: memory still works.
            Err(_) => ImageData::Memory(data),
        }
    }

    /// The first `n` encoded bytes (fewer if there are fewer). Blocking.
    fn head(&self, n: usize) -> io::Result<Cow<'_, [u8]>> {
        match self {
            ImageData::Original {
                original,
                offset,
                len,
            } => original.range(*offset, n.min(*len)),
            _ => Ok(match self.bytes()? {
                Cow::Borrowed(b) => Cow::Borrowed(&b[..n.min(b.len())]),
                Cow::Owned(mut b) => {
                    b.truncate(n);
                    Cow::Owned(b)
                }
            }),
        }
    }

    /// The encoded bytes. Blocking.
    pub fn bytes(&self) -> io::Result<Cow<'_, [u8]>> {
        match self {
            ImageData::Memory(d) => Ok(Cow::Borrowed(d)),
            ImageData::Spilled { file, len } => {
                let mut buf = vec![0u8; *len];
                file.read_exact_at(&mut buf, 0)?;
                Ok(Cow::Owned(buf))
            }
            ImageData::Original {
                original,
                offset,
                len,
            } => original.range(*offset, *len),
        }
    }
}

/// An image for an archive page, already encoded.
#[derive(Debug, Clone)]
pub struct ArchiveImage {
    width: u32,
    height: u32,
    /// The image dictionary's entries other than `Type`, `Subtype`, `Width`, `Height`.
    dict: Dictionary,
    data: ImageData,
}

impl ArchiveImage {
    /// A black-white page as 1-bit CCITT G4 (`K -1`, 0 is black as in 1-bit `DeviceGray`).
    pub fn bilevel(image: &GrayImage) -> Option<Self> {
        use fax::encoder::Encoder;
        use fax::{Color, VecWriter};
        let (width, height) = image.dimensions();
        // The G4 encoder counts columns in 16 bits.
        let columns = u16::try_from(width).ok()?;
        let mut encoder = Encoder::new(VecWriter::with_capacity(64 << 10));
        for row in image.rows() {
            let pels = row.map(|p| {
                if p.0[0] < BLACK_BELOW {
                    Color::Black
                } else {
                    Color::White
                }
            });
            encoder.encode_line(pels, columns).ok()?;
        }
        let data = encoder.finish().ok()?.finish();
        let dict = Dictionary::from_iter([
            ("BitsPerComponent", Object::Integer(1)),
            ("ColorSpace", Object::Name(b"DeviceGray".to_vec())),
            ("Filter", Object::Name(b"CCITTFaxDecode".to_vec())),
            (
                "DecodeParms",
                Object::Dictionary(Dictionary::from_iter([
                    ("K", Object::Integer(-1)),
                    ("Columns", Object::Integer(width.into())),
                    ("Rows", Object::Integer(height.into())),
                    ("BlackIs1", Object::Boolean(false)),
                ])),
            ),
        ]);
        Some(ArchiveImage {
            width,
            height,
            dict,
            data: ImageData::encoded(data),
        })
    }

    /// A grey page (turned or straightened, so not the scanner's JPEG any more) as JPEG.
    pub fn grey_jpeg(image: &GrayImage) -> Option<Self> {
        let (width, height) = image.dimensions();
        let pixels = turbojpeg::Image {
            pixels: image.as_raw().as_slice(),
            width: width as usize,
            pitch: width as usize,
            height: height as usize,
            format: turbojpeg::PixelFormat::GRAY,
        };
        let data = turbojpeg::compress(pixels, JPEG_QUALITY, turbojpeg::Subsamp::Gray).ok()?;
        Self::jpeg(ImageData::encoded(data.to_vec()))
    }

    /// Colour pixels (a colour page that was turned or straightened) as an RGB JPEG at
    /// Tesseract's own quality, 4:2:0 as scanners write colour.
    pub fn colour_jpeg(image: &image::RgbImage) -> Option<Self> {
        let (width, height) = image.dimensions();
        let pixels = turbojpeg::Image {
            pixels: image.as_raw().as_slice(),
            width: width as usize,
            pitch: 3 * width as usize,
            height: height as usize,
            format: turbojpeg::PixelFormat::RGB,
        };
        let data = turbojpeg::compress(pixels, JPEG_QUALITY, turbojpeg::Subsamp::Sub2x2).ok()?;
        Self::jpeg(ImageData::encoded(data.to_vec()))
    }

    /// A JPEG as it is (the scanner's, or one made here). `None` for colour spaces an archive
    /// page does not show as they are (CMYK, YCCK) and for data that is not JPEG. Blocking.
    pub fn jpeg(data: ImageData) -> Option<Self> {
        use turbojpeg::Colorspace;
        // The frame header is near the start: read the first 64 KiB, the whole data only if
        // it is not in them (a large EXIF block).
        let header = match turbojpeg::read_header(&data.head(64 << 10).ok()?) {
            Ok(header) => header,
            Err(_) => turbojpeg::read_header(&data.bytes().ok()?).ok()?,
        };
        let colour_space: &[u8] = match header.colorspace {
            Colorspace::Gray => b"DeviceGray",
            Colorspace::YCbCr | Colorspace::RGB => b"DeviceRGB",
            _ => return None,
        };
        let dict = Dictionary::from_iter([
            ("BitsPerComponent", Object::Integer(8)),
            ("ColorSpace", Object::Name(colour_space.to_vec())),
            ("Filter", Object::Name(b"DCTDecode".to_vec())),
        ]);
        Some(ArchiveImage {
            width: header.width as u32,
            height: header.height as u32,
            dict,
            data,
        })
    }

    /// Width and height in pixels.
    pub fn dimensions(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    /// Whether this is a colour image.
    pub fn is_colour(&self) -> bool {
        matches!(self.dict.get(b"ColorSpace"), Ok(Object::Name(n)) if n == b"DeviceRGB")
    }

    /// The complete image XObject dictionary (its `/Length` is set when it is written).
    pub fn dictionary(&self) -> Dictionary {
        let mut dict = self.dict.clone();
        dict.set("Type", Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", Object::Name(b"Image".to_vec()));
        dict.set("Width", Object::Integer(self.width.into()));
        dict.set("Height", Object::Integer(self.height.into()));
        dict
    }

    pub fn data(&self) -> &ImageData {
        &self.data
    }
}

/// One page of an archive copy: Tesseract's one-page PDF and, if that PDF has only the text
/// layer, the image to show under it.
#[derive(Debug, Clone)]
pub struct ArchivePage {
    pub pdf: Vec<u8>,
    pub image: Option<ArchiveImage>,
}
