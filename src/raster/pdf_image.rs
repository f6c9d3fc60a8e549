//! Image XObjects inside PDF pages: the usual scanner encodings (JPEG, CCITT G4, Flate with
//! predictors, raw) decoded natively. JBIG2 and JPEG 2000 are reported as unsupported, which
//! makes the caller render the page with poppler instead.

use super::pdf_lean::LeanPdf;
use super::StoredBytes;
use crate::original::Original;
use std::borrow::Cow;
use std::sync::Arc;

use image::GrayImage;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::samples::to_gray;
pub use super::samples::ColorModel;
use super::{DecodeLimits, Pixels, RasterError};

/// The final, image-specific filter of an image stream.
#[derive(Debug, Clone, PartialEq)]
enum Codec {
    /// Raw samples after the transport filters.
    Raw,
    Dct,
    Ccitt {
        k: i64,
        columns: u32,
        rows: u32,
        black_is_1: bool,
    },
    Other(String),
}

/// One image of a PDF page: its decoding parameters, and where its data is in the shared,
/// parsed document (so a 500-page scan holds its image data once, not once per page source).
#[derive(Debug, Clone)]
pub struct PdfImageSource {
    pub width: u32,
    pub height: u32,
    bpc: u8,
    model: ColorModel,
    /// `/Decode [1 0]`: samples are inverted.
    invert: bool,
    pdf: Arc<LeanPdf>,
    id: ObjectId,
    /// The transport filters (Flate, LZW, ASCII85 …) before the image codec, with parameters.
    transport: Vec<(Vec<u8>, Option<Dictionary>)>,
    codec: Codec,
}

const TRANSPORT: &[&[u8]] = &[
    b"FlateDecode",
    b"LZWDecode",
    b"ASCII85Decode",
    b"ASCIIHexDecode",
    b"RunLengthDecode",
    b"BrotliDecode",
    b"Fl",
    b"LZW",
    b"A85",
    b"AHx",
    b"RL",
];

fn name_list(obj: Option<&Object>) -> Vec<Vec<u8>> {
    match obj {
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(a)) => a
            .iter()
            .filter_map(|o| o.as_name().ok().map(|n| n.to_vec()))
            .collect(),
        _ => Vec::new(),
    }
}

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    doc.dereference(obj).map(|(_, o)| o).unwrap_or(obj)
}

impl PdfImageSource {
    /// Reads what is needed from the image XObject `id` of `doc`.
    pub fn new(pdf: &Arc<LeanPdf>, id: ObjectId) -> Result<Self, RasterError> {
        let doc = &pdf.doc;
        let stream = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .map_err(|e| RasterError::Corrupt(format!("image object {id:?}: {e}")))?;
        let dict = &stream.dict;
        let int = |key: &[u8]| {
            dict.get(key)
                .ok()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_i64().ok())
        };
        let width = int(b"Width")
            .filter(|w| *w > 0)
            .ok_or_else(|| RasterError::Corrupt("image without a valid /Width".into()))?
            as u32;
        let height = int(b"Height")
            .filter(|h| *h > 0)
            .ok_or_else(|| RasterError::Corrupt("image without a valid /Height".into()))?
            as u32;
        let image_mask = dict
            .get(b"ImageMask")
            .ok()
            .and_then(|o| o.as_bool().ok())
            .unwrap_or(false);
        let bpc = if image_mask {
            1
        } else {
            int(b"BitsPerComponent").unwrap_or(8) as u8
        };
        let model = if image_mask {
            ColorModel::Gray
        } else {
            match dict.get(b"ColorSpace").ok() {
                Some(cs) => color_model(doc, resolve(doc, cs), 0)?,
                // JPX carries its own colour space; DCT defaults by component count.
                None => ColorModel::Gray,
            }
        };
        let invert = match dict.get(b"Decode").ok().map(|o| resolve(doc, o)) {
            Some(Object::Array(a)) if a.len() >= 2 => {
                let n = |o: &Object| o.as_float().ok().or(o.as_i64().ok().map(|i| i as f32));
                matches!((n(&a[0]), n(&a[1])), (Some(x), Some(y)) if x > y)
            }
            _ => false,
        };
        let filters = name_list(dict.get(b"Filter").ok().map(|o| resolve(doc, o)));
        let params: Vec<Option<Dictionary>> = {
            let p = dict.get(b"DecodeParms").ok().map(|o| resolve(doc, o));
            (0..filters.len())
                .map(|i| match p {
                    Some(Object::Dictionary(d)) => Some(d.clone()),
                    Some(Object::Array(a)) => a
                        .get(i)
                        .map(|o| resolve(doc, o))
                        .and_then(|o| o.as_dict().ok().cloned()),
                    _ => None,
                })
                .collect()
        };
        let split = filters
            .iter()
            .position(|f| !TRANSPORT.contains(&f.as_slice()))
            .unwrap_or(filters.len());
        let codec = match filters.get(split).map(|f| f.as_slice()) {
            None => Codec::Raw,
            Some(b"DCTDecode") | Some(b"DCT") => Codec::Dct,
            Some(b"CCITTFaxDecode") | Some(b"CCF") => {
                let p = params[split].clone().unwrap_or_default();
                let pint =
                    |k: &[u8], d: i64| p.get(k).ok().and_then(|o| o.as_i64().ok()).unwrap_or(d);
                Codec::Ccitt {
                    k: pint(b"K", 0),
                    columns: pint(b"Columns", width as i64).max(1) as u32,
                    rows: match pint(b"Rows", 0) {
                        r if r > 0 => r as u32,
                        _ => height,
                    },
                    black_is_1: p
                        .get(b"BlackIs1")
                        .ok()
                        .and_then(|o| o.as_bool().ok())
                        .unwrap_or(false),
                }
            }
            Some(other) => Codec::Other(String::from_utf8_lossy(other).into_owned()),
        };
        let transport = filters[..split]
            .iter()
            .cloned()
            .zip(params[..split].iter().cloned())
            .collect();
        Ok(PdfImageSource {
            width,
            height,
            bpc,
            model,
            invert,
            pdf: Arc::clone(pdf),
            id,
            transport,
            codec,
        })
    }

    /// Where the image's JPEG data is, if it is a grey or RGB JPEG with no other filter and no
    /// inversion (what an archive page can show byte for byte): a range of the original if
    /// the loader left it there, else a copy.
    pub fn original_jpeg(&self) -> Option<StoredBytes> {
        let plain = self.codec == Codec::Dct && self.transport.is_empty() && !self.invert;
        if !plain || !matches!(self.model, ColorModel::Gray | ColorModel::Rgb) {
            return None;
        }
        if let Some(range) = self.pdf.stripped.get(&self.id) {
            return Some(StoredBytes {
                original: self.pdf.original.clone(),
                offset: range.offset,
                len: range.len,
            });
        }
        let copy = self.stored_data().ok()?.into_owned();
        Some(StoredBytes::whole(Original::in_memory(copy)))
    }

    /// The stream's data as stored (before any filter): from the original if the loader left
    /// it there, else from the parsed document. Blocking for files.
    fn stored_data(&self) -> Result<Cow<'_, [u8]>, RasterError> {
        if let Some(range) = self.pdf.stripped.get(&self.id) {
            return self
                .pdf
                .original
                .range(range.offset, range.len)
                .map_err(|e| RasterError::Corrupt(format!("reading the image data: {e}")));
        }
        let stream = self
            .pdf
            .doc
            .get_object(self.id)
            .and_then(Object::as_stream)
            .map_err(|e| RasterError::Corrupt(format!("image object: {e}")))?;
        Ok(Cow::Borrowed(&stream.content))
    }

    /// The scan's colour mode: 1-bit, grey or colour samples.
    pub fn colour_mode(&self) -> super::samples::ColourMode {
        self.model.colour_mode(self.bpc)
    }

    /// Decodes the image: grey, plus its colour pixels for a JPEG in colour.
    pub fn decode(&self, limits: DecodeLimits) -> Result<Pixels, RasterError> {
        limits.check(self.width, self.height)?;
        // Raw samples need at most this much; encoded codec data is far smaller.
        let raw_size = (self.width as usize * self.model.components() * self.bpc as usize)
            .div_ceil(8)
            * self.height as usize;
        let limit = raw_size + 1024 * 1024;
        let stored = self.stored_data()?;
        let data: Cow<[u8]> = if self.transport.is_empty() {
            stored
        } else {
            // Only this page's data is copied, and only for as long as it is decoded.
            let mut dict = Dictionary::new();
            let names = self.transport.iter().map(|(f, _)| Object::Name(f.clone()));
            dict.set("Filter", Object::Array(names.collect()));
            let parms = self
                .transport
                .iter()
                .map(|(_, p)| p.clone().map_or(Object::Null, Object::Dictionary));
            dict.set("DecodeParms", Object::Array(parms.collect()));
            Cow::Owned(
                Stream::new(dict, stored.into_owned())
                    .decompressed_content_with_limit(limit)
                    .map_err(|e| RasterError::Corrupt(format!("image stream: {e}")))?,
            )
        };
        match &self.codec {
            Codec::Raw => to_gray(
                &data,
                self.width,
                self.height,
                self.bpc,
                &self.model,
                self.invert,
            )
            .map(Pixels::grey),
            Codec::Dct => {
                let mut pixels = super::jpeg::decode(&data, limits)?;
                if self.invert && pixels.colour.is_none() {
                    image::imageops::invert(&mut pixels.grey);
                }
                if self.model.components() == 4 {
                    // CMYK JPEGs: leave colour aside (their inversion conventions vary).
                    pixels.colour = None;
                }
                Ok(pixels)
            }
            Codec::Ccitt {
                k,
                columns,
                rows,
                black_is_1,
            } => self
                .decode_ccitt(&data, *k, *columns, *rows, *black_is_1, limits)
                .map(Pixels::grey),
            Codec::Other(name) => Err(RasterError::Unsupported(format!("PDF image filter {name}"))),
        }
    }

    fn decode_ccitt(
        &self,
        data: &[u8],
        k: i64,
        columns: u32,
        rows: u32,
        black_is_1: bool,
        limits: DecodeLimits,
    ) -> Result<GrayImage, RasterError> {
        limits.check(columns, rows)?;
        if columns > u16::MAX as u32 || rows > u16::MAX as u32 {
            return Err(RasterError::Unsupported(format!(
                "CCITT image of {columns}×{rows} pixels"
            )));
        }
        let mut out = GrayImage::from_pixel(columns, rows, image::Luma([255]));
        let mut y = 0u32;
        let mut put_line = |transitions: &[u16]| {
            if y >= rows {
                return;
            }
            for (x, color) in fax::decoder::pels(transitions, columns as u16).enumerate() {
                // The fax code says black or white; BlackIs1 and /Decode say how that maps
                // to a sample, and a 0 sample is black in DeviceGray and image masks.
                let black = color == fax::Color::Black;
                let sample_is_1 = black == black_is_1;
                let value_is_1 = sample_is_1 != self.invert;
                if !value_is_1 {
                    out.put_pixel(x as u32, y, image::Luma([0]));
                }
            }
            y += 1;
        };
        let ok = if k < 0 {
            fax::decoder::decode_g4(
                data.iter().copied(),
                columns as u16,
                Some(rows as u16),
                &mut put_line,
            )
        } else if k == 0 {
            fax::decoder::decode_g3(data.iter().copied(), &mut put_line)
        } else {
            return Err(RasterError::Unsupported(
                "CCITT Group 3 two-dimensional (K > 0) images".into(),
            ));
        };
        if ok.is_none() && y == 0 {
            return Err(RasterError::Corrupt(
                "CCITT fax data could not be decoded".into(),
            ));
        }
        Ok(out)
    }
}

fn color_model(doc: &Document, cs: &Object, depth: u8) -> Result<ColorModel, RasterError> {
    if depth > 4 {
        return Err(RasterError::Corrupt(
            "colour space nested too deeply".into(),
        ));
    }
    let unsupported = |what: &[u8]| {
        RasterError::Unsupported(format!("colour space {}", String::from_utf8_lossy(what)))
    };
    match cs {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"CalGray" | b"G" => Ok(ColorModel::Gray),
            b"DeviceRGB" | b"CalRGB" | b"RGB" => Ok(ColorModel::Rgb),
            b"DeviceCMYK" | b"CMYK" => Ok(ColorModel::Cmyk),
            other => Err(unsupported(other)),
        },
        Object::Array(a) => {
            let family = a
                .first()
                .and_then(|o| o.as_name().ok())
                .ok_or_else(|| RasterError::Corrupt("empty colour space array".into()))?;
            match family {
                b"ICCBased" => {
                    let n = a
                        .get(1)
                        .map(|o| resolve(doc, o))
                        .and_then(|o| o.as_stream().ok())
                        .and_then(|s| s.dict.get(b"N").ok().and_then(|n| n.as_i64().ok()))
                        .unwrap_or(3);
                    match n {
                        1 => Ok(ColorModel::Gray),
                        4 => Ok(ColorModel::Cmyk),
                        _ => Ok(ColorModel::Rgb),
                    }
                }
                b"CalGray" => Ok(ColorModel::Gray),
                b"CalRGB" => Ok(ColorModel::Rgb),
                b"Indexed" | b"I" => {
                    let base = a
                        .get(1)
                        .map(|o| resolve(doc, o))
                        .ok_or_else(|| RasterError::Corrupt("Indexed without base".into()))?;
                    let base = color_model(doc, base, depth + 1)?;
                    let lookup = match a.get(3).map(|o| resolve(doc, o)) {
                        Some(Object::String(s, _)) => s.clone(),
                        Some(Object::Stream(s)) => s
                            .decompressed_content_with_limit(4 * 256 * 4)
                            .or_else(|_| Ok::<_, lopdf::Error>(s.content.clone()))
                            .unwrap_or_default(),
                        _ => return Err(RasterError::Corrupt("Indexed without lookup".into())),
                    };
                    Ok(ColorModel::Indexed {
                        base: Box::new(base),
                        palette: lookup,
                    })
                }
                other => Err(unsupported(other)),
            }
        }
        _ => Err(RasterError::Corrupt(
            "colour space is not a name or array".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(dict: Dictionary, content: Vec<u8>) -> PdfImageSource {
        let mut doc = Document::new();
        let id = doc.add_object(Stream::new(dict, content));
        let pdf = LeanPdf {
            doc,
            original: crate::original::Original::in_memory(Vec::new()),
            stripped: Default::default(),
        };
        PdfImageSource::new(&Arc::new(pdf), id).unwrap()
    }

    #[test]
    fn raw_gray_image_with_decode_inversion() {
        let mut d = Dictionary::new();
        d.set("Width", 2);
        d.set("Height", 1);
        d.set("BitsPerComponent", 8);
        d.set("ColorSpace", Object::Name(b"DeviceGray".to_vec()));
        d.set("Decode", Object::Array(vec![1.into(), 0.into()]));
        let src = source(d, vec![0, 200]);
        let g = src
            .decode(DecodeLimits {
                max_page_pixels: 10,
            })
            .unwrap();
        assert_eq!(g.grey.as_raw(), &vec![255, 55]);
    }

    #[test]
    fn flate_compressed_rgb() {
        use std::io::Write;
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&[255, 255, 255, 0, 0, 0]).unwrap();
        let mut d = Dictionary::new();
        d.set("Width", 2);
        d.set("Height", 1);
        d.set("BitsPerComponent", 8);
        d.set("ColorSpace", Object::Name(b"DeviceRGB".to_vec()));
        d.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        let src = source(d, enc.finish().unwrap());
        let g = src
            .decode(DecodeLimits {
                max_page_pixels: 10,
            })
            .unwrap();
        assert_eq!(g.grey.as_raw(), &vec![255, 0]);
    }

    #[test]
    fn limits_and_unsupported_codecs() {
        let mut d = Dictionary::new();
        d.set("Width", 5000);
        d.set("Height", 5000);
        d.set("ColorSpace", Object::Name(b"DeviceGray".to_vec()));
        d.set("Filter", Object::Name(b"JBIG2Decode".to_vec()));
        let src = source(d, vec![1, 2, 3]);
        assert!(matches!(
            src.decode(DecodeLimits {
                max_page_pixels: 1000
            }),
            Err(RasterError::TooLarge { .. })
        ));
        assert!(matches!(
            src.decode(DecodeLimits {
                max_page_pixels: 1 << 30
            }),
            Err(RasterError::Unsupported(_))
        ));
    }
}
