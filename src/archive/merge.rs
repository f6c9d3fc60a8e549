//! Joining the one-page PDFs of Tesseract's renderer into one document.
//!
//! Each input is read with lopdf and its pages are copied, in order, under a single new
//! `/Pages` node. Every object a page uses is copied once per input (objects an input shares
//! between its own pages stay shared). Objects reached through a page's `/Resources` (fonts,
//! their descriptors, font programs, `ToUnicode` and `CIDToGIDMap` streams, images, graphics
//! states) are also shared *across* inputs when they are identical: each is identified by a
//! SHA-256 over its content and the identities of everything it references, so Tesseract's
//! `GlyphLessFont` (Type0 font, CIDFont, descriptor, 572-byte `FontFile2`, two streams) is in
//! the result once, however many pages there are. A page's other entries (its content stream,
//! annotations) are never merged with another page's.
//!
//! The inputs' catalogs, `Info` dictionaries, outlines and other document-level data are not
//! carried over: the archive gets its own in [`super::pdfa`].

use std::collections::HashMap;

use lopdf::xref::XrefType;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use sha2::{Digest, Sha256};

use super::ArchiveError;

/// Page attributes that a page inherits from its ancestors in the page tree (ISO 32000-1,
/// 7.7.3.4). They are written on each copied page, since its new parent has none.
const INHERITABLE: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// How deep a chain of references inside one page may go. Tesseract's pages need five levels
/// (page, resources, font, descendant font, descriptor, font program); the limit only stops a
/// damaged or hostile input from exhausting the stack.
const MAX_DEPTH: usize = 64;

/// One document whose pages are the pages of `pages`, in order (input by input, and within an
/// input in its own page order).
///
/// The result has a catalog and page tree but no `Info`, metadata or output intent; pass it to
/// [`super::pdfa::finish_pdfa`] to make the archive file.
pub fn merge_pages(pages: &[Vec<u8>]) -> Result<Document, ArchiveError> {
    if pages.is_empty() {
        return Err(ArchiveError::NoPages);
    }
    let mut out = Document::new();
    out.version = "1.7".to_string();
    out.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
    let catalog_id = out.new_object_id();
    let pages_id = out.new_object_id();
    let mut kids = Vec::new();
    let mut shared = HashMap::new();

    for (index, bytes) in pages.iter().enumerate() {
        let src = Document::load_mem(bytes)
            .map_err(|source| ArchiveError::UnreadablePage { index, source })?;
        if src.is_encrypted() {
            return Err(ArchiveError::EncryptedPage { index });
        }
        let page_ids: Vec<ObjectId> = src.page_iter().collect();
        if page_ids.is_empty() {
            return Err(ArchiveError::NoPageInInput { index });
        }
        let mut copy = Copier {
            src: &src,
            out: &mut out,
            index,
            copied: HashMap::new(),
            hashes: HashMap::new(),
            shared: &mut shared,
        };
        // Numbered before anything is copied, so that references to pages of this input (an
        // annotation's /P, a link's destination) lead to the copies instead of dragging the
        // input's page tree along.
        for &page_id in &page_ids {
            let new_id = copy.out.new_object_id();
            copy.copied.insert(page_id, new_id);
        }
        for &page_id in &page_ids {
            let page = copy.page(page_id, pages_id)?;
            let new_id = copy.copied[&page_id];
            copy.out.objects.insert(new_id, Object::Dictionary(page));
            kids.push(Object::Reference(new_id));
        }
    }

    let mut page_tree = Dictionary::new();
    page_tree.set("Type", Object::Name(b"Pages".to_vec()));
    page_tree.set("Count", Object::Integer(kids.len() as i64));
    page_tree.set("Kids", Object::Array(kids));
    out.objects.insert(pages_id, Object::Dictionary(page_tree));
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    out.objects.insert(catalog_id, Object::Dictionary(catalog));
    out.trailer.set("Root", Object::Reference(catalog_id));
    Ok(out)
}

/// Copies the objects of one input into the merged document.
struct Copier<'a> {
    src: &'a Document,
    out: &'a mut Document,
    /// Position of the input, for error messages.
    index: usize,
    /// Input object → its copy.
    copied: HashMap<ObjectId, ObjectId>,
    /// Input object → identity of its content, or `None` where it cannot be shared (it is
    /// part of a reference cycle, or too deep).
    hashes: HashMap<ObjectId, Option<[u8; 32]>>,
    /// Identity → the merged document's object, across all inputs.
    shared: &'a mut HashMap<[u8; 32], ObjectId>,
}

impl Copier<'_> {
    /// The copy of a page: its own entries except `/Parent`, plus the inheritable attributes
    /// it takes from its ancestors, with every reference leading to copied objects.
    fn page(&mut self, page_id: ObjectId, parent: ObjectId) -> Result<Dictionary, ArchiveError> {
        let src = self.src;
        let page = src
            .get_dictionary(page_id)
            .map_err(|_| self.malformed(format!("page object {page_id:?} is not a dictionary")))?;
        let mut entries: Vec<(Vec<u8>, Object)> = page
            .iter()
            .filter(|(key, _)| key.as_slice() != b"Parent")
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        for key in INHERITABLE {
            if !page.has(key) {
                if let Some(value) = inherited(src, page, key) {
                    entries.push((key.to_vec(), value.clone()));
                }
            }
        }
        if !entries.iter().any(|(key, _)| key == b"MediaBox") {
            return Err(self.malformed("a page has no /MediaBox, so its size is unknown".into()));
        }

        let mut copy = Dictionary::new();
        for (key, value) in entries {
            let share = key == b"Resources";
            let value = self.value(&value, share, 0)?;
            copy.set(key, value);
        }
        copy.set("Type", Object::Name(b"Page".to_vec()));
        copy.set("Parent", Object::Reference(parent));
        Ok(copy)
    }

    /// A copy of `value` whose references lead to copies in the merged document. With
    /// `share`, referenced objects identical to ones already copied (from any input) are
    /// reused.
    fn value(&mut self, value: &Object, share: bool, depth: usize) -> Result<Object, ArchiveError> {
        if depth > MAX_DEPTH {
            return Err(self.malformed(format!(
                "its objects nest more than {MAX_DEPTH} levels deep"
            )));
        }
        Ok(match value {
            Object::Reference(id) => self.reference(*id, share, depth + 1)?,
            Object::Array(items) => Object::Array(
                items
                    .iter()
                    .map(|item| self.value(item, share, depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
            Object::Dictionary(dict) => Object::Dictionary(self.dictionary(dict, share, depth)?),
            Object::Stream(stream) => {
                let mut dict = self.dictionary(&stream.dict, share, depth)?;
                // An indirect /Length would point into the input; the length is known here.
                dict.set("Length", Object::Integer(stream.content.len() as i64));
                let mut copy = Stream::new(dict, stream.content.clone());
                copy.allows_compression = stream.allows_compression;
                Object::Stream(copy)
            }
            other => other.clone(),
        })
    }

    fn dictionary(
        &mut self,
        dict: &Dictionary,
        share: bool,
        depth: usize,
    ) -> Result<Dictionary, ArchiveError> {
        let mut copy = Dictionary::new();
        for (key, value) in dict.iter() {
            copy.set(key.clone(), self.value(value, share, depth + 1)?);
        }
        Ok(copy)
    }

    /// The merged document's reference for input object `id`, copying it on first use.
    fn reference(
        &mut self,
        id: ObjectId,
        share: bool,
        depth: usize,
    ) -> Result<Object, ArchiveError> {
        if let Some(&new_id) = self.copied.get(&id) {
            return Ok(Object::Reference(new_id));
        }
        let src = self.src;
        let Ok(object) = src.get_object(id) else {
            // A reference to a missing object means null (ISO 32000-1, 7.3.10).
            return Ok(Object::Null);
        };
        let identity = if share {
            self.identity(id, &mut Vec::new())
        } else {
            None
        };
        if let Some(existing) = identity.and_then(|hash| self.shared.get(&hash)) {
            self.copied.insert(id, *existing);
            return Ok(Object::Reference(*existing));
        }
        // Numbered before its contents are copied, so a cycle back to it ends here.
        let new_id = self.out.new_object_id();
        self.copied.insert(id, new_id);
        let copy = self.value(object, share, depth)?;
        self.out.objects.insert(new_id, copy);
        if let Some(hash) = identity {
            self.shared.insert(hash, new_id);
        }
        Ok(Object::Reference(new_id))
    }

    /// SHA-256 over object `id`'s content and, in place of each reference, the identity of
    /// the referenced object; `None` if that cannot be computed (cycles, depth).
    fn identity(&mut self, id: ObjectId, path: &mut Vec<ObjectId>) -> Option<[u8; 32]> {
        if let Some(known) = self.hashes.get(&id) {
            return *known;
        }
        if path.contains(&id) || path.len() > MAX_DEPTH {
            return None;
        }
        let src = self.src;
        let object = match src.get_object(id) {
            Ok(object) => object,
            Err(_) => &Object::Null,
        };
        path.push(id);
        let mut hasher = Sha256::new();
        let complete = self.feed(&mut hasher, object, path);
        path.pop();
        let identity = complete.then(|| hasher.finalize().into());
        self.hashes.insert(id, identity);
        identity
    }

    /// Feeds an unambiguous encoding of `object` to `hasher`. Dictionary entries are taken in
    /// key order, stream data as stored (still encoded), and a stream's `/Length` is left out.
    fn feed(&mut self, hasher: &mut Sha256, object: &Object, path: &mut Vec<ObjectId>) -> bool {
        fn bytes(hasher: &mut Sha256, tag: u8, data: &[u8]) {
            hasher.update([tag]);
            hasher.update((data.len() as u64).to_be_bytes());
            hasher.update(data);
        }
        match object {
            Object::Null => hasher.update(b"n"),
            Object::Boolean(value) => hasher.update([b'b', u8::from(*value)]),
            Object::Integer(value) => bytes(hasher, b'i', &value.to_be_bytes()),
            Object::Real(value) => bytes(hasher, b'r', &value.to_bits().to_be_bytes()),
            Object::Name(name) => bytes(hasher, b'/', name),
            Object::String(text, _) => bytes(hasher, b's', text),
            Object::Array(items) => {
                bytes(hasher, b'[', &(items.len() as u64).to_be_bytes());
                for item in items {
                    if !self.feed(hasher, item, path) {
                        return false;
                    }
                }
            }
            Object::Dictionary(dict) => return self.feed_dictionary(hasher, dict, &[], path),
            Object::Stream(stream) => {
                if !self.feed_dictionary(hasher, &stream.dict, &[b"Length"], path) {
                    return false;
                }
                bytes(hasher, b'S', &stream.content);
            }
            Object::Reference(id) => match self.identity(*id, path) {
                Some(identity) => bytes(hasher, b'R', &identity),
                None => return false,
            },
        }
        true
    }

    fn feed_dictionary(
        &mut self,
        hasher: &mut Sha256,
        dict: &Dictionary,
        skip: &[&[u8]],
        path: &mut Vec<ObjectId>,
    ) -> bool {
        let mut entries: Vec<(&Vec<u8>, &Object)> = dict
            .iter()
            .filter(|(key, _)| !skip.contains(&key.as_slice()))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        hasher.update(b"<<");
        hasher.update((entries.len() as u64).to_be_bytes());
        for (key, value) in entries {
            hasher.update((key.len() as u64).to_be_bytes());
            hasher.update(key);
            if !self.feed(hasher, value, path) {
                return false;
            }
        }
        true
    }

    fn malformed(&self, problem: String) -> ArchiveError {
        ArchiveError::MalformedPage {
            index: self.index,
            problem,
        }
    }
}

/// The value of inheritable attribute `key` on the nearest ancestor of `page` that has it.
fn inherited<'a>(src: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..MAX_DEPTH {
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = src.get_dictionary(parent).ok()?;
        if let Ok(value) = node.get(key) {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF like Tesseract's in structure: the page's MediaBox and Resources sit on
    /// the Pages node, and the page uses an embedded font whose program is `font_program`.
    fn one_page(text: &str, font_program: &[u8]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let program = doc.add_object(Stream::new(
            Dictionary::from_iter([("Length1", Object::Integer(font_program.len() as i64))]),
            font_program.to_vec(),
        ));
        let descriptor = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"FontDescriptor".to_vec())),
            ("FontName", Object::Name(b"Test".to_vec())),
            ("FontFile2", Object::Reference(program)),
        ]));
        let font = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"TrueType".to_vec())),
            ("BaseFont", Object::Name(b"Test".to_vec())),
            ("FontDescriptor", Object::Reference(descriptor)),
        ]));
        let content = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
        let contents = doc.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            ("Contents", Object::Reference(contents)),
        ]));
        let resources = Dictionary::from_iter([(
            "Font",
            Object::Dictionary(Dictionary::from_iter([("F1", Object::Reference(font))])),
        )]);
        doc.objects.insert(
            pages_id,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
                ("Resources", Object::Dictionary(resources)),
                (
                    "MediaBox",
                    Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()]),
                ),
            ])),
        );
        let catalog = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages_id)),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog));
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    fn font_programs(doc: &Document) -> Vec<ObjectId> {
        let mut ids: Vec<ObjectId> = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .filter_map(|d| d.get(b"FontFile2").and_then(Object::as_reference).ok())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    #[test]
    fn no_input_is_an_error() {
        assert!(matches!(merge_pages(&[]), Err(ArchiveError::NoPages)));
    }

    #[test]
    fn garbage_input_names_its_position() {
        let good = one_page("a", b"FONT");
        let err = merge_pages(&[good, b"not a pdf".to_vec()]).unwrap_err();
        assert!(
            matches!(err, ArchiveError::UnreadablePage { index: 1, .. }),
            "{err}"
        );
    }

    #[test]
    fn pages_in_order_with_inherited_attributes_and_one_shared_font() {
        let inputs = [
            one_page("first", b"FONT PROGRAM"),
            one_page("second", b"FONT PROGRAM"),
            one_page("third", b"FONT PROGRAM"),
        ];
        let merged = merge_pages(&inputs).unwrap();
        let pages: Vec<ObjectId> = merged.page_iter().collect();
        assert_eq!(pages.len(), 3);
        for (page_id, word) in pages.iter().zip(["first", "second", "third"]) {
            let content = merged.get_page_content(*page_id);
            assert!(String::from_utf8_lossy(&content).contains(word));
            let page = merged.get_dictionary(*page_id).unwrap();
            assert!(page.has(b"MediaBox"), "MediaBox made explicit");
            assert!(page.has(b"Resources"), "Resources made explicit");
            assert_eq!(merged.get_page_fonts(*page_id).unwrap().len(), 1);
        }
        assert_eq!(
            font_programs(&merged).len(),
            1,
            "one FontFile2 for all pages"
        );
        let fonts = merged
            .objects
            .values()
            .filter(|o| o.as_dict().is_ok_and(|d| d.has_type(b"Font")))
            .count();
        assert_eq!(fonts, 1, "one font dictionary for all pages");

        let mut bytes = Vec::new();
        merged.clone().save_to(&mut bytes).unwrap();
        let reread = Document::load_mem(&bytes).unwrap();
        assert_eq!(reread.get_pages().len(), 3);
    }

    #[test]
    fn different_font_programs_stay_apart() {
        let inputs = [one_page("a", b"FONT ONE"), one_page("b", b"FONT TWO")];
        let merged = merge_pages(&inputs).unwrap();
        assert_eq!(font_programs(&merged).len(), 2);
    }
}
