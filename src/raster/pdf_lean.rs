//! Loading a PDF without its large image streams: their data stays in the original (file or
//! memory) and is read a page at a time, so a 300-page batch scan costs one page of image data
//! in memory, not the whole file twice over (lopdf otherwise copies every stream).
//!
//! lopdf's load filter sees each object right after it is parsed; image streams from
//! [`STRIP_FROM`] bytes on give up their data there. Where the data is in the file is found
//! after loading, from the object's cross-reference offset (the `stream` keyword after it),
//! and checked (`endstream` right after the data); if any cannot be found, the file is
//! loaded whole instead. The file is parsed through a memory map whose resident pages are
//! released at each stripped stream (see [`Mapped::release`]), so a large file does not stay
//! resident either.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use lopdf::xref::XrefEntry;
use lopdf::{Document, LoadOptions, Object, ObjectId};

use crate::original::{Mapped, Original};

/// Image streams from this size on are read from the original when needed.
pub const STRIP_FROM: usize = 64 << 10;

/// Where a stripped stream's data is in the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamRange {
    pub offset: u64,
    pub len: usize,
}

/// A parsed PDF whose large image streams are left in `original`.
#[derive(Debug)]
pub struct LeanPdf {
    pub doc: Document,
    pub original: Original,
    /// The streams whose data was left out (their `content` is a one-byte placeholder).
    pub stripped: HashMap<ObjectId, StreamRange>,
}

struct Loading {
    mapped: Rc<Mapped>,
    /// Stripped streams and the length of their data.
    stripped: Vec<(ObjectId, usize)>,
}

thread_local! {
    static LOADING: RefCell<Option<Loading>> = const { RefCell::new(None) };
}

fn is_image(dict: &lopdf::Dictionary) -> bool {
    matches!(dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Image")
}

/// lopdf's load filter (a plain `fn`, hence the thread-local).
fn strip_large_images(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object {
        if stream.content.len() >= STRIP_FROM && is_image(&stream.dict) {
            LOADING.with(|l| {
                if let Some(l) = l.borrow_mut().as_mut() {
                    l.stripped.push((id, stream.content.len()));
                    // Not empty: lopdf reads empty streams again after loading.
                    stream.content = vec![0];
                    // The parser reads object after object: what it passed may go (pages it
                    // needs again come back from the page cache).
                    l.mapped.release(0, l.mapped.len());
                }
            });
        }
    }
    // lopdf keeps the object it passed for objects at top level and the returned one for
    // members of object streams: both must be the (stripped) object. The copy is cheap: what
    // is large has just been stripped.
    Some((id, object.clone()))
}

/// Files from this size on are loaded lean; smaller ones (born-digital letters, mails'
/// attachments) are parsed whole, which is faster.
pub const LEAN_FROM: u64 = 4 << 20;

/// Loads `original` as a PDF: lean ([`load_lean`]) from [`LEAN_FROM`] bytes on, else whole.
/// Blocking.
pub fn load(original: &Original, options: LoadOptions) -> Result<LeanPdf, lopdf::Error> {
    if original.len() >= LEAN_FROM {
        return load_lean(original, options);
    }
    load_whole(original, options)
}

/// Loads `original` as a PDF without the data of its large image streams. Blocking.
pub fn load_lean(original: &Original, options: LoadOptions) -> Result<LeanPdf, lopdf::Error> {
    let mapped = Rc::new(original.mapped().map_err(lopdf::Error::IO)?);
    // Cross-reference offsets count from `%PDF-`, where lopdf starts parsing.
    let head = &mapped[..mapped.len().min(1024)];
    let base = head.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    LOADING.with(|l| {
        *l.borrow_mut() = Some(Loading {
            mapped: Rc::clone(&mapped),
            stripped: Vec::new(),
        })
    });
    let lean_options = LoadOptions {
        filter: Some(strip_large_images),
        ..options.clone()
    };
    let loaded = Document::load_mem_with_options(&mapped, lean_options);
    let stripped = LOADING
        .with(|l| l.borrow_mut().take())
        .map(|l| l.stripped)
        .unwrap_or_default();
    let doc = loaded?;
    // Stream data in an encrypted file is ciphertext where it lies; only the loaded document
    // holds it decrypted (files that open without a password, e.g. RC4 or AES with an empty
    // user password).
    if doc.encryption_state.is_some() && !stripped.is_empty() {
        return load_whole(original, options);
    }
    let mut found = HashMap::new();
    for (id, len) in stripped {
        // Streams lopdf read again (an indirect /Length) or that a later update replaced are
        // whole in the document; only placeholders still in it count as stripped.
        let placeholder = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .is_ok_and(|s| s.content.len() == 1);
        if !placeholder {
            continue;
        }
        let at = match doc.reference_table.get(id.0) {
            Some(XrefEntry::Normal { offset, .. }) => Some(base + *offset as usize),
            _ => None,
        };
        match at.and_then(|at| stream_data_at(&mapped, at, len)) {
            Some(offset) => {
                found.insert(
                    id,
                    StreamRange {
                        offset: offset as u64,
                        len,
                    },
                );
            }
            // Not where the cross-reference table says: parse it all (rare, damaged files).
            None => return load_whole(original, options),
        }
    }
    mapped.release(0, mapped.len());
    Ok(LeanPdf {
        doc,
        original: original.clone(),
        stripped: found,
    })
}

/// Where the data of the stream object at `object_at` starts, if it is followed by
/// `endstream` after `len` bytes.
fn stream_data_at(file: &[u8], object_at: usize, len: usize) -> Option<usize> {
    // The dictionary of an image is short; its `stream` keyword is near the object's start.
    let window = file.get(object_at..)?;
    let window = &window[..window.len().min(64 << 10)];
    let keyword = window.windows(6).position(|w| w == b"stream")?;
    let mut start = object_at + keyword + 6;
    match file.get(start..start + 2)? {
        [b'\r', b'\n'] => start += 2,
        [b'\n', _] | [b'\r', _] => start += 1,
        _ => return None,
    }
    let after = file.get(start + len..)?;
    let after = &after[..after.len().min(16)];
    let trimmed = after
        .iter()
        .position(|b| !b" \r\n".contains(b))
        .map(|i| &after[i..])?;
    trimmed.starts_with(b"endstream").then_some(start)
}

fn load_whole(original: &Original, options: LoadOptions) -> Result<LeanPdf, lopdf::Error> {
    let mapped = original.mapped().map_err(lopdf::Error::IO)?;
    Ok(LeanPdf {
        doc: Document::load_mem_with_options(&mapped, options)?,
        original: original.clone(),
        stripped: HashMap::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raster::test_pdf::one_page_pdf;
    use lopdf::{dictionary, Stream};

    fn pdf_with_image(data: &[u8]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let image = doc.add_object(
            Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                },
                data.to_vec(),
            )
            .with_compression(false),
        );
        let resources = dictionary! { "XObject" => dictionary! { "Im0" => image } };
        one_page_pdf(doc, resources, b"q Q")
    }

    #[test]
    fn large_image_data_stays_in_the_original_at_the_recorded_place() {
        let data: Vec<u8> = (0..STRIP_FROM + 77).map(|i| (i % 253) as u8).collect();
        for garbage in [&b""[..], b"junk before the header\n"] {
            let mut bytes = garbage.to_vec();
            bytes.extend(pdf_with_image(&data));
            let original = Original::in_memory(bytes);
            let lean = load_lean(&original, LoadOptions::default()).unwrap();
            assert_eq!(lean.stripped.len(), 1, "one image stripped");
            let (&id, range) = lean.stripped.iter().next().unwrap();
            assert_eq!(range.len, data.len());
            assert_eq!(
                &*original.range(range.offset, range.len).unwrap(),
                &data[..]
            );
            let stream = lean.doc.get_object(id).unwrap().as_stream().unwrap();
            assert_eq!(stream.content.len(), 1, "placeholder only");
            assert_eq!(lean.doc.get_pages().len(), 1);
        }
    }

    #[test]
    fn an_encrypted_file_that_opens_without_a_password_keeps_its_images_decrypted() {
        let data: Vec<u8> = (0..STRIP_FROM + 77).map(|i| (i % 251) as u8).collect();
        for cipher in [
            mailroom_testdata::PdfCipher::Rc4,
            mailroom_testdata::PdfCipher::Aes128,
        ] {
            let bytes = mailroom_testdata::encrypt_pdf(&pdf_with_image(&data), "", cipher);
            let original = Original::in_memory(bytes);
            let lean = load_lean(&original, LoadOptions::default()).unwrap();
            assert!(
                lean.stripped.is_empty(),
                "{cipher:?}: nothing read from the file"
            );
            let image = lean
                .doc
                .objects
                .values()
                .filter_map(|o| o.as_stream().ok())
                .find(|s| {
                    s.dict
                        .get(b"Subtype")
                        .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image"))
                })
                .unwrap();
            assert_eq!(image.content, data, "{cipher:?}");
        }
    }

    #[test]
    fn small_images_and_other_streams_stay_in_the_document() {
        let original = Original::in_memory(pdf_with_image(&[7u8; 100]));
        let lean = load_lean(&original, LoadOptions::default()).unwrap();
        assert!(lean.stripped.is_empty());
    }
}
