//! The invoice XML inside a hybrid PDF (ZUGFeRD, Factur-X, XRechnung in PDF/A-3): found among
//! the PDF's file specifications, whether reached through the EmbeddedFiles name tree, the
//! document's associated files (/AF) or a file attachment annotation.

use lopdf::{Dictionary, Document, Object};

/// File names the standards give the invoice XML, in the order they are preferred.
const KNOWN_NAMES: &[&str] = &[
    "factur-x.xml",
    // ZUGFeRD 2.0; ZUGFeRD 1 writes it `ZUGFeRD-invoice.xml` (names compare ignoring case)
    "zugferd-invoice.xml",
    "xrechnung.xml",
];

/// The largest embedded XML read (an invoice with attachments is a few MB).
const MAX_XML_BYTES: usize = 32 << 20;

/// An embedded file: its name and content.
#[derive(Debug, Clone)]
pub struct EmbeddedXml {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A PDF text string (UTF-16BE with BOM, else PDFDocEncoding, read as Latin-1).
fn text_string(o: &Object) -> Option<String> {
    let bytes = match o {
        Object::String(b, _) => b,
        _ => return None,
    };
    Some(match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => bytes.iter().map(|&b| b as char).collect(),
    })
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// The name a file specification gives its file.
fn name_of(spec: &Dictionary) -> Option<String> {
    ["UF", "F"]
        .iter()
        .find_map(|k| spec.get(k.as_bytes()).ok().and_then(text_string))
}

/// The (bounded) content of the file a file specification holds.
fn content_of(doc: &Document, spec: &Dictionary) -> Option<Vec<u8>> {
    let ef = deref(doc, spec.get(b"EF").ok()?)?.as_dict().ok()?;
    let stream = ["F", "UF"]
        .iter()
        .find_map(|k| ef.get(k.as_bytes()).ok().and_then(|o| deref(doc, o)))?
        .as_stream()
        .ok()?;
    stream.get_plain_content_with_limit(MAX_XML_BYTES).ok()
}

/// At most this many embedded XML files are decoded looking for the invoice.
const MAX_CANDIDATES: usize = 16;

/// The invoice XML embedded in `doc`: a file with one of the standard names first, else any
/// embedded XML that is an invoice. File specifications are found wherever they are (name
/// tree, /AF, annotations all point at the same kind of dictionary); names are ranked first
/// and files decoded one at a time, so a PDF full of attachments costs one decoding at best.
pub fn invoice_xml(doc: &Document) -> Option<EmbeddedXml> {
    let mut candidates: Vec<(String, &Dictionary)> = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else {
            continue;
        };
        let is_spec = dict.get(b"EF").is_ok()
            || dict
                .get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Filespec");
        if !is_spec {
            continue;
        }
        if let Some(name) = name_of(dict) {
            if name.to_ascii_lowercase().ends_with(".xml")
                && !candidates.iter().any(|(n, _)| *n == name)
            {
                candidates.push((name, dict));
            }
        }
    }
    let rank = |name: &str| {
        KNOWN_NAMES
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))
            .unwrap_or(KNOWN_NAMES.len())
    };
    candidates.sort_by_key(|(name, _)| rank(name));
    candidates
        .into_iter()
        .take(MAX_CANDIDATES)
        .find_map(|(name, spec)| {
            let bytes = content_of(doc, spec)?;
            super::looks_like_invoice(&bytes).then_some(EmbeddedXml { name, bytes })
        })
}
