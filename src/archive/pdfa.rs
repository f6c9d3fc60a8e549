//! Turning the merged document into the PDF/A-2b archive file.
//!
//! What is done here, and why, is listed in the [module documentation](super).

use jiff::tz::TimeZone;
use lopdf::xref::XrefType;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::icc::{
    grey_profile, rgb_profile, GREY_COMPONENTS, GREY_PROFILE_DESCRIPTION, RGB_COMPONENTS,
    RGB_PROFILE_DESCRIPTION,
};
use super::writer::write_pdf;
use super::{ArchiveError, ArchiveMeta};

/// Namespace of mailroom's own XMP properties.
pub const MAILROOM_NS: &str = "https://mailroom.invalid/ns/1.0/";
/// Prefix of [`MAILROOM_NS`] in the XMP packet.
pub const MAILROOM_PREFIX: &str = "mailroom";

/// The `/OutputConditionIdentifier` of the archive's output intent: grey, or sRGB when a
/// page is in colour.
const OUTPUT_CONDITION_GREY: &str = "Custom grey";
const OUTPUT_CONDITION_RGB: &str = "sRGB IEC61966-2.1";

/// Info keys with an XMP counterpart that PDF/A requires to match; this module writes no such
/// counterpart, so the keys go if a caller's document has them.
const UNMATCHED_INFO_KEYS: [&[u8]; 4] = [b"Author", b"Subject", b"Keywords", b"Trapped"];

/// Catalog keys PDF/A-2 forbids (`Requirements`, `NeedsRendering`) or that can start actions
/// (`AA`).
const FORBIDDEN_CATALOG_KEYS: [&[u8]; 3] = [b"AA", b"Requirements", b"NeedsRendering"];

/// Writes `doc` as a PDF/A-2b file: XMP metadata, `Info`, grey output intent, file ID, no
/// encryption, actions or transparency groups, compressed streams.
///
/// The result depends only on `doc` and `meta`: all dates are `meta.created`, and the file ID
/// is a hash of the file's content, so building the same archive twice gives the same bytes.
pub fn finish_pdfa(doc: Document, meta: &ArchiveMeta) -> Result<Vec<u8>, ArchiveError> {
    let mut doc = prepare_pdfa(doc, meta)?;
    let mut file = Vec::new();
    write_pdf(&mut doc, &[], &mut file)?;
    Ok(file)
}

/// Everything [`finish_pdfa`] does but writing: the document to hand to [`write_pdf`].
pub fn prepare_pdfa(mut doc: Document, meta: &ArchiveMeta) -> Result<Document, ArchiveError> {
    if doc.is_encrypted() || doc.trailer.has(b"Encrypt") {
        return Err(ArchiveError::Encrypted);
    }
    let catalog_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| ArchiveError::NoCatalog)?;
    if doc.get_dictionary(catalog_id).is_err() {
        return Err(ArchiveError::NoCatalog);
    }
    let dates = Dates::of(meta.created)?;
    let title = xml_safe(&meta.title);
    let producer = xml_safe(&meta.producer);

    doc.version = "1.7".to_string();
    if doc.binary_mark.len() < 4 || doc.binary_mark.iter().any(|&b| b < 128) {
        doc.binary_mark = vec![0xE2, 0xE3, 0xCF, 0xD3];
    }
    // PDF/A-2 allows cross-reference streams, but a classic table is what every validator
    // and repair tool reads.
    doc.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
    for key in [b"Prev".as_slice(), b"XRefStm", b"ID"] {
        doc.trailer.remove(key);
    }

    remove_actions_and_transparency_groups(&mut doc, catalog_id);
    let colour = uses_device_rgb(&doc);
    warn_about_cmyk(&doc);
    set_info(&mut doc, &title, &producer, &dates);

    let xmp = xmp_packet(&title, &producer, &dates, &meta.transfer_note_json);
    let mut metadata = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp.into_bytes(),
    );
    // PDF/A: the metadata stream has no /Filter, so any tool can read it.
    metadata.allows_compression = false;
    let metadata_id = doc.add_object(metadata);

    // An RGB output intent covers DeviceRGB and DeviceGray images (ISO 19005-2, 6.2.4.3);
    // a grey one only grey.
    let (components, alternate, data, condition, description) = if colour {
        let (n, cs) = (RGB_COMPONENTS, b"DeviceRGB".to_vec());
        (
            n,
            cs,
            rgb_profile(),
            OUTPUT_CONDITION_RGB,
            RGB_PROFILE_DESCRIPTION,
        )
    } else {
        let (n, cs) = (GREY_COMPONENTS, b"DeviceGray".to_vec());
        (
            n,
            cs,
            grey_profile(),
            OUTPUT_CONDITION_GREY,
            GREY_PROFILE_DESCRIPTION,
        )
    };
    let profile = Stream::new(
        Dictionary::from_iter([
            ("N", Object::Integer(components)),
            ("Alternate", Object::Name(alternate)),
        ]),
        data,
    );
    let profile_id = doc.add_object(profile);
    let intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal(condition),
        ),
        ("Info", Object::string_literal(description)),
        ("DestOutputProfile", Object::Reference(profile_id)),
    ]);

    let catalog = doc
        .get_dictionary_mut(catalog_id)
        .map_err(|_| ArchiveError::NoCatalog)?;
    catalog.set("Metadata", Object::Reference(metadata_id));
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(intent)]),
    );

    compress_streams(&mut doc);
    doc.prune_objects();
    doc.renumber_objects();
    Ok(doc)
}

/// `meta.created` in the two notations, to the second, in UTC.
struct Dates {
    /// `D:YYYYMMDDHHmmSS+00'00'` (ISO 32000-1, 7.9.4).
    pdf: String,
    /// `YYYY-MM-DDTHH:mm:SS+00:00` (XMP, ISO 8601).
    xmp: String,
}

impl Dates {
    fn of(created: jiff::Timestamp) -> Result<Self, ArchiveError> {
        let t = created.to_zoned(TimeZone::UTC);
        if !(1..=9999).contains(&t.year()) {
            return Err(ArchiveError::InvalidMeta(format!(
                "the time of receipt {created} is outside the years 1 to 9999 a PDF date can hold"
            )));
        }
        let (y, mo, d, h, mi, s) = (
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
        );
        Ok(Dates {
            pdf: format!("D:{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}+00'00'"),
            xmp: format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}+00:00"),
        })
    }
}

/// The dereferenced dictionary `value` stands for, if any.
fn resolve<'a>(doc: &'a Document, value: &'a Object) -> Option<&'a Dictionary> {
    match value {
        Object::Dictionary(dict) => Some(dict),
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        _ => None,
    }
}

/// Removes what PDF/A forbids or this archive does not want: document and page actions
/// (`/AA`, a non-`GoTo` `/OpenAction`, document JavaScript), `Requirements`,
/// `NeedsRendering`, and transparency groups on pages and form XObjects.
///
/// None of it is in Tesseract's output; this only protects against other callers. PDF/A-2
/// (unlike PDF/A-1) permits transparency, but scanned pages have no use for it and a page
/// group without `/CS` would need more checks.
fn remove_actions_and_transparency_groups(doc: &mut Document, catalog_id: ObjectId) {
    let mut javascript_names: Option<ObjectId> = None;
    let mut remove_open_action = false;
    if let Ok(catalog) = doc.get_dictionary(catalog_id) {
        if let Some(action) = catalog
            .get(b"OpenAction")
            .ok()
            .and_then(|a| resolve(doc, a))
        {
            remove_open_action =
                !matches!(action.get(b"S"), Ok(Object::Name(name)) if name == b"GoTo");
        }
        if let Ok(Object::Reference(id)) = catalog.get(b"Names") {
            javascript_names = Some(*id);
        }
    }
    if let Some(id) = javascript_names {
        if let Ok(names) = doc.get_dictionary_mut(id) {
            names.remove(b"JavaScript");
        }
    }
    if let Ok(catalog) = doc.get_dictionary_mut(catalog_id) {
        for key in FORBIDDEN_CATALOG_KEYS {
            catalog.remove(key);
        }
        if remove_open_action {
            catalog.remove(b"OpenAction");
        }
        if let Ok(Object::Dictionary(names)) = catalog.get_mut(b"Names") {
            names.remove(b"JavaScript");
        }
    }

    let is_transparency = |doc: &Document, dict: &Dictionary| {
        dict.get(b"Group")
            .ok()
            .and_then(|group| resolve(doc, group))
            .is_some_and(
                |group| matches!(group.get(b"S"), Ok(Object::Name(s)) if s == b"Transparency"),
            )
    };
    let mut with_group = Vec::new();
    for (id, object) in &doc.objects {
        let dict = match object {
            Object::Dictionary(dict) if dict.has_type(b"Page") => dict,
            Object::Stream(stream) if matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(s)) if s == b"Form") => {
                &stream.dict
            }
            _ => continue,
        };
        if is_transparency(doc, dict) {
            with_group.push(*id);
        }
    }
    for object in doc.objects.values_mut() {
        if let Object::Dictionary(dict) = object {
            if dict.has_type(b"Page") {
                dict.remove(b"AA");
            }
        }
    }
    for id in with_group {
        match doc.objects.get_mut(&id) {
            Some(Object::Dictionary(dict)) => {
                dict.remove(b"Group");
            }
            Some(Object::Stream(stream)) => {
                stream.dict.remove(b"Group");
            }
            _ => {}
        }
    }
}

fn image_colour_space(object: &Object) -> Option<&[u8]> {
    let Object::Stream(stream) = object else {
        return None;
    };
    let is_image = matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(s)) if s == b"Image");
    match stream.dict.get(b"ColorSpace") {
        Ok(Object::Name(cs)) if is_image => Some(cs),
        _ => None,
    }
}

/// Whether a page image is in `/DeviceRGB` (a colour scan), which needs an RGB output intent.
fn uses_device_rgb(doc: &Document) -> bool {
    doc.objects
        .values()
        .any(|o| image_colour_space(o) == Some(b"DeviceRGB"))
}

/// Logs `/DeviceCMYK` images, which neither output intent covers: mailroom gives Tesseract
/// grey or RGB pixels and keeps only grey and RGB JPEGs as they are, so none are expected.
fn warn_about_cmyk(doc: &Document) {
    let uncovered = doc
        .objects
        .values()
        .filter(|o| image_colour_space(o) == Some(b"DeviceCMYK"))
        .count();
    if uncovered > 0 {
        tracing::warn!(
            images = uncovered,
            "archive copy has DeviceCMYK images, which its output intent does not cover; \
             the file will not pass PDF/A validation"
        );
    }
}

/// Sets the `Info` entries that mirror the XMP packet, keeping a caller's other entries.
fn set_info(doc: &mut Document, title: &str, producer: &str, dates: &Dates) {
    let mut info = match doc.trailer.get(b"Info") {
        Ok(value) => resolve(doc, value).cloned().unwrap_or_default(),
        Err(_) => Dictionary::new(),
    };
    for key in UNMATCHED_INFO_KEYS {
        info.remove(key);
    }
    if title.is_empty() {
        info.remove(b"Title");
    } else {
        info.set("Title", lopdf::text_string(title));
    }
    info.set("Producer", lopdf::text_string(producer));
    info.set("Creator", lopdf::text_string(producer));
    info.set("CreationDate", Object::string_literal(dates.pdf.as_str()));
    info.set("ModDate", Object::string_literal(dates.pdf.as_str()));
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(info_id));
}

/// Flate-compresses every stream that has no filter yet, except metadata (PDF/A wants it
/// readable as it is). Tesseract's content streams and `CIDToGIDMap` are compressed already;
/// this catches its `ToUnicode` CMap and font program and the ICC profile.
fn compress_streams(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if !stream.dict.has_type(b"Metadata") && !stream.dict.has(b"Filter") {
                // Failing to compress leaves the stream as it was, which is still valid.
                let _ = stream.compress();
            }
            // A stream's length is known here; an indirect /Length would be one more object
            // that has to agree with it.
            stream
                .dict
                .set("Length", Object::Integer(stream.content.len() as i64));
        }
    }
}

/// `text` with every character XML 1.0 cannot carry (C0 controls other than tab, line feed
/// and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, so `Info` and XMP say the same.
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            _ => c,
        })
        .collect()
}

/// Escapes `text` for XML element content and attribute values.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_safe(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // A parser turns a literal CR into LF; the reference keeps it.
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

/// The XMP packet: PDF/A identification, Dublin Core title, dates, tools, the transfer note,
/// and the extension schema PDF/A requires for the transfer note's property.
fn xmp_packet(title: &str, producer: &str, dates: &Dates, transfer_note_json: &str) -> String {
    let title_xml = if title.is_empty() {
        String::new()
    } else {
        format!(
            "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
            xml_escape(title)
        )
    };
    let producer = xml_escape(producer);
    let note = xml_escape(transfer_note_json);
    let date = &dates.xmp;
    format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">
  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">
   <dc:format>application/pdf</dc:format>
{title_xml}  </rdf:Description>
  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{producer}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">
   <pdf:Producer>{producer}</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about=\"\" xmlns:{MAILROOM_PREFIX}=\"{MAILROOM_NS}\">
   <{MAILROOM_PREFIX}:transferNote>{note}</{MAILROOM_PREFIX}:transferNote>
  </rdf:Description>
  <rdf:Description rdf:about=\"\"
    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"
    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"
    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType=\"Resource\">
      <pdfaSchema:schema>mailroom archive copy</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>{MAILROOM_NS}</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>{MAILROOM_PREFIX}</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType=\"Resource\">
         <pdfaProperty:name>transferNote</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>Transfer note (BSI TR-03138 TR-RESISCAN) of the scanned document, as JSON</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end=\"w\"?>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates() -> Dates {
        Dates::of("2024-03-05T07:08:09.5Z".parse().unwrap()).unwrap()
    }

    #[test]
    fn dates_in_both_notations_name_the_same_second() {
        let d = dates();
        assert_eq!(d.pdf, "D:20240305070809+00'00'");
        assert_eq!(d.xmp, "2024-03-05T07:08:09+00:00");
    }

    #[test]
    fn xmp_escapes_and_declares_the_custom_property() {
        let note = r#"{"original_filename":"Brief <1> & \"Anlage\".pdf","anomalies":["a'b"]}"#;
        let xmp = xmp_packet("Widerspruch Müller & Söhne", "mailroom 0.1", &dates(), note);
        assert!(xmp.starts_with("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"));
        assert!(xmp.ends_with("<?xpacket end=\"w\"?>"));
        assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
        assert!(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        assert!(xmp.contains(">Widerspruch Müller &amp; Söhne</rdf:li>"));
        assert!(xmp.contains(
            "<mailroom:transferNote>{&quot;original_filename&quot;:&quot;Brief &lt;1&gt; &amp; \
             \\&quot;Anlage\\&quot;.pdf&quot;,&quot;anomalies&quot;:[&quot;a&apos;b&quot;]}\
             </mailroom:transferNote>"
        ));
        assert!(xmp.contains(&format!(
            "<pdfaSchema:namespaceURI>{MAILROOM_NS}</pdfaSchema:namespaceURI>"
        )));
        assert!(xmp.contains("<pdfaProperty:name>transferNote</pdfaProperty:name>"));
        assert!(
            !xmp.contains(" bytes=") && !xmp.contains(" encoding="),
            "PDF/A forbids these"
        );
        // Every element opened is closed, in order (a cheap well-formedness check).
        let mut open = Vec::new();
        for tag in xmp.split('<').skip(1).map(|t| t.split('>').next().unwrap()) {
            if tag.starts_with('?') || tag.ends_with('/') {
                continue;
            }
            let name = tag
                .trim_start_matches('/')
                .split_whitespace()
                .next()
                .unwrap();
            if tag.starts_with('/') {
                assert_eq!(open.pop(), Some(name), "closing {name}");
            } else {
                open.push(name);
            }
        }
        assert!(open.is_empty(), "unclosed {open:?}");
    }

    #[test]
    fn characters_xml_cannot_carry_are_replaced() {
        assert_eq!(xml_safe("a\u{1}b\tc\u{FFFF}"), "a\u{FFFD}b\tc\u{FFFD}");
        assert_eq!(xml_escape("x\ry"), "x&#13;y");
    }

    #[test]
    fn actions_transparency_groups_and_unmatched_info_keys_are_removed() {
        let mut doc = Document::with_version("1.4");
        let pages_id = doc.new_object_id();
        let group = doc.add_object(Dictionary::from_iter([
            ("S", Object::Name(b"Transparency".to_vec())),
            ("CS", Object::Name(b"DeviceGray".to_vec())),
        ]));
        let contents = doc.add_object(Stream::new(
            Dictionary::new(),
            b"0 0 m 10 10 l S".repeat(20),
        ));
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            (
                "MediaBox",
                Object::Array(vec![0.into(), 0.into(), 100.into(), 100.into()]),
            ),
            ("Group", Object::Reference(group)),
            ("AA", Object::Dictionary(Dictionary::new())),
            ("Contents", Object::Reference(contents)),
        ]));
        doc.objects.insert(
            pages_id,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let script = Dictionary::from_iter([
            ("S", Object::Name(b"JavaScript".to_vec())),
            ("JS", Object::string_literal("app.alert(1)")),
        ]);
        let catalog = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages_id)),
            ("OpenAction", Object::Dictionary(script)),
            ("AA", Object::Dictionary(Dictionary::new())),
        ]));
        let info = doc.add_object(Dictionary::from_iter([
            ("Author", Object::string_literal("someone")),
            ("Custom", Object::string_literal("kept")),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog));
        doc.trailer.set("Info", Object::Reference(info));
        let meta = ArchiveMeta {
            title: "T".into(),
            created: "2024-03-05T07:08:09Z".parse().unwrap(),
            producer: "p".into(),
            transfer_note_json: "{}".into(),
        };

        let file = finish_pdfa(doc, &meta).unwrap();
        let doc = Document::load_mem(&file).unwrap();
        let catalog = doc.catalog().unwrap();
        assert!(!catalog.has(b"OpenAction") && !catalog.has(b"AA"));
        let page = doc.get_dictionary(doc.page_iter().next().unwrap()).unwrap();
        assert!(!page.has(b"Group") && !page.has(b"AA"));
        let contents = doc.get_object(page.get(b"Contents").unwrap().as_reference().unwrap());
        let contents = contents.unwrap().as_stream().unwrap();
        assert_eq!(
            contents.dict.get(b"Filter").unwrap().as_name().unwrap(),
            b"FlateDecode"
        );
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let info = doc.get_dictionary(info).unwrap();
        assert!(!info.has(b"Author"));
        assert_eq!(info.get(b"Custom").unwrap().as_str().unwrap(), b"kept");
        assert_eq!(info.get(b"Title").unwrap().as_str().unwrap(), b"T");
        assert_eq!(doc.version, "1.7");
    }

    #[test]
    fn empty_title_is_left_out() {
        let xmp = xmp_packet("", "p", &dates(), "{}");
        assert!(!xmp.contains("dc:title"));
    }
}
