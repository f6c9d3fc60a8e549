//! Assembling PDF documents from text pages and scanned image pages with lopdf.
//!
//! Everything that would normally vary between runs is fixed: there is no Info dictionary with
//! dates, and the trailer /ID is a hash of the page contents.

use crate::fonts::{fonts, text_width_pt, Face};
use crate::g4::encode_g4;
use crate::layout::{PageLayout, PAGE_HEIGHT_PT, PAGE_WIDTH_PT};
use crate::raster_files::{colour_page, encode_colour_jpeg, encode_jpeg};
use crate::scan::ScannedPage;
use crate::win_ansi;
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};

/// How a scanned page's pixels are stored.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ImageEncoding {
    /// 8-bit grey, /DCTDecode.
    Jpeg,
    /// Binarised, 1 bit per component, /CCITTFaxDecode with K = -1 (Group 4).
    G4,
    /// In colour ([`crate::colour_page`]: tinted paper, blue ink, a red stamp), /DCTDecode RGB.
    ColourJpeg,
}

/// How a text page separates words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Spacing {
    /// Space characters, one text object per line.
    Spaces,
    /// No space characters: words placed apart (their own text objects, or gaps in a `TJ`
    /// array), as many PDF writers (invoicing software, report generators) do.
    PositionedRuns,
}

/// A document under construction.
pub(crate) struct PdfBuilder {
    doc: Document,
    pages_id: ObjectId,
    page_ids: Vec<ObjectId>,
    /// Running hash of all page content, the source of the deterministic file /ID.
    hash: u64,
}

impl PdfBuilder {
    pub(crate) fn new() -> PdfBuilder {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        PdfBuilder {
            doc,
            pages_id,
            page_ids: Vec::new(),
            hash: FNV_OFFSET,
        }
    }

    /// Adds an A4 page with a real text layer in Helvetica (WinAnsiEncoding), lines placed as in
    /// the layout, words separated as `spacing` says.
    pub(crate) fn add_text_page(&mut self, layout: &PageLayout, spacing: Spacing) {
        let mut operations = Vec::new();
        let literal = |t: &str| Object::String(win_ansi::encode(t), StringFormat::Literal);
        for (n, line) in layout.lines.iter().enumerate() {
            let font = match line.face {
                Face::Regular => "F1",
                Face::Bold => "F2",
            };
            let y = PAGE_HEIGHT_PT - line.baseline;
            match spacing {
                Spacing::Spaces => operations.extend([
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec![font.into(), line.size.into()]),
                    Operation::new("Td", vec![line.x.into(), y.into()]),
                    Operation::new("Tj", vec![literal(&line.text)]),
                    Operation::new("ET", vec![]),
                ]),
                // Every other line: each word its own text object at its own position.
                Spacing::PositionedRuns if n % 2 == 0 => {
                    let scan_font = fonts().get(line.face);
                    let mut prefix = String::new();
                    for word in line.text.split(' ') {
                        let x = line.x + text_width_pt(scan_font, &prefix, line.size);
                        prefix.push_str(word);
                        prefix.push(' ');
                        operations.extend([
                            Operation::new("BT", vec![]),
                            Operation::new("Tf", vec![font.into(), line.size.into()]),
                            Operation::new("Td", vec![x.into(), y.into()]),
                            Operation::new("Tj", vec![literal(word)]),
                            Operation::new("ET", vec![]),
                        ]);
                    }
                }
                // The others: one TJ array whose word gaps are positioning numbers.
                Spacing::PositionedRuns => {
                    let mut items = Vec::new();
                    for (i, word) in line.text.split(' ').enumerate() {
                        if i > 0 {
                            items.push(Object::Integer(-300));
                        }
                        items.push(literal(word));
                    }
                    operations.extend([
                        Operation::new("BT", vec![]),
                        Operation::new("Tf", vec![font.into(), line.size.into()]),
                        Operation::new("Td", vec![line.x.into(), y.into()]),
                        Operation::new("TJ", vec![Object::Array(items)]),
                        Operation::new("ET", vec![]),
                    ]);
                }
            }
        }
        let content = Content { operations }
            .encode()
            .expect("content operations encode");
        let helvetica = |name: &str| {
            dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => Object::Name(name.as_bytes().to_vec()),
                "Encoding" => "WinAnsiEncoding",
            }
        };
        let resources = dictionary! {
            "Font" => dictionary! {
                "F1" => helvetica("Helvetica"),
                "F2" => helvetica("Helvetica-Bold"),
            },
        };
        self.add_page((PAGE_WIDTH_PT, PAGE_HEIGHT_PT), resources, content, true);
    }

    /// Adds a page showing `page` full-bleed; the MediaBox is the image size at its dpi.
    pub(crate) fn add_image_page(&mut self, page: &ScannedPage, encoding: ImageEncoding) {
        self.add_image_page_with_text(page, encoding, "");
    }

    /// Like [`Self::add_image_page`], with `text` as an invisible text layer over the image
    /// (text render mode 3), one line per line, as scanning software writes searchable PDFs.
    pub(crate) fn add_image_page_with_text(
        &mut self,
        page: &ScannedPage,
        encoding: ImageEncoding,
        text: &str,
    ) {
        let (width, height) = page.image.dimensions();
        let mut image_dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => width as i64,
            "Height" => height as i64,
            "ColorSpace" => "DeviceGray",
        };
        let data = match encoding {
            ImageEncoding::Jpeg => {
                image_dict.set("BitsPerComponent", 8);
                image_dict.set("Filter", "DCTDecode");
                encode_jpeg(&page.image, page.dpi)
            }
            ImageEncoding::G4 => {
                image_dict.set("BitsPerComponent", 1);
                image_dict.set("Filter", "CCITTFaxDecode");
                // BlackIs1 false (the default, stated for clarity): the filter outputs 0 for fax
                // black, and 0 is black in 1-bit DeviceGray, so no /Decode inversion is needed.
                image_dict.set(
                    "DecodeParms",
                    dictionary! {
                        "K" => -1,
                        "Columns" => width as i64,
                        "Rows" => height as i64,
                        "BlackIs1" => false,
                    },
                );
                encode_g4(&page.image)
            }
            ImageEncoding::ColourJpeg => {
                image_dict.set("ColorSpace", "DeviceRGB");
                image_dict.set("BitsPerComponent", 8);
                image_dict.set("Filter", "DCTDecode");
                encode_colour_jpeg(&colour_page(&page.image), page.dpi)
            }
        };
        self.hash = fnv1a(self.hash, &data);
        let image_id = self
            .doc
            .add_object(Stream::new(image_dict, data).with_compression(false));
        let size = |px: u32| px as f32 * 72.0 / page.dpi as f32;
        let (w_pt, h_pt) = (size(width), size(height));
        let mut content = format!("q\n{w_pt} 0 0 {h_pt} 0 0 cm\n/Im0 Do\nQ\n").into_bytes();
        let mut resources = dictionary! {
            "XObject" => dictionary! { "Im0" => image_id },
        };
        if !text.trim().is_empty() {
            let mut operations = vec![
                Operation::new("BT", vec![]),
                Operation::new("Tr", vec![3.into()]),
            ];
            for (n, line) in text.lines().enumerate() {
                let y = h_pt - 72.0 - n as f32 * 14.0;
                operations.extend([
                    Operation::new("Tf", vec!["F1".into(), 11.into()]),
                    Operation::new(
                        "Tm",
                        vec![1.into(), 0.into(), 0.into(), 1.into(), 60.into(), y.into()],
                    ),
                    Operation::new(
                        "Tj",
                        vec![Object::String(
                            win_ansi::encode(line),
                            StringFormat::Literal,
                        )],
                    ),
                ]);
            }
            operations.push(Operation::new("ET", vec![]));
            let layer = Content { operations }
                .encode()
                .expect("content operations encode");
            content.extend(layer);
            resources.set(
                "Font",
                dictionary! { "F1" => dictionary! {
                    "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
                    "Encoding" => "WinAnsiEncoding",
                } },
            );
        }
        self.add_page((w_pt, h_pt), resources, content, false);
    }

    fn add_page(
        &mut self,
        (width, height): (f32, f32),
        resources: Dictionary,
        content: Vec<u8>,
        compress: bool,
    ) {
        self.hash = fnv1a(self.hash, &content);
        let mut stream = Stream::new(Dictionary::new(), content);
        if compress {
            // Flate keeps text pages small; falls back to plain content if it does not help.
            let _ = stream.compress();
        }
        let content_id = self.doc.add_object(stream);
        let page_id = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "MediaBox" => vec![0.into(), 0.into(), width.into(), height.into()],
            "Resources" => resources,
            "Contents" => content_id,
        });
        self.page_ids.push(page_id);
    }

    /// Completes the page tree, catalog and trailer (including a content-derived /ID, which
    /// encryption needs).
    pub(crate) fn finish(mut self) -> Document {
        let kids: Vec<Object> = self.page_ids.iter().map(|&id| id.into()).collect();
        let count = kids.len() as i64;
        self.doc.objects.insert(
            self.pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => kids,
                "Count" => count,
            }),
        );
        let catalog_id = self.doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => self.pages_id,
        });
        self.doc.trailer.set("Root", catalog_id);
        let id = [
            self.hash.to_be_bytes(),
            fnv1a(self.hash, b"id").to_be_bytes(),
        ]
        .concat();
        let id = Object::String(id, StringFormat::Hexadecimal);
        self.doc.trailer.set("ID", vec![id.clone(), id]);
        self.doc
    }
}

/// Serialises a finished document.
pub(crate) fn save(mut doc: Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("PDF into memory");
    out
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// A deterministic file /ID made from `bytes` (both halves the same, as for a new file).
pub(crate) fn file_id(bytes: &[u8]) -> Object {
    let hash = fnv1a(FNV_OFFSET, bytes);
    let id = [hash.to_be_bytes(), fnv1a(hash, b"id").to_be_bytes()].concat();
    let id = Object::String(id, StringFormat::Hexadecimal);
    Object::Array(vec![id.clone(), id])
}

/// 64-bit FNV-1a, continuing from `hash`; only used for the deterministic file /ID.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_reference_value() {
        // FNV-1a 64 of "a" from the reference implementation.
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
