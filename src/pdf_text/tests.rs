use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use super::PdfText;

fn helvetica() -> Dictionary {
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
}

/// A one-page document with `content`, font `F1` = `font`, extra resources merged in.
fn page_with(content: &[u8], font: Dictionary, extra: Dictionary) -> (Document, lopdf::ObjectId) {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(font);
    let content_id = doc.add_object(Stream::new(Dictionary::new(), content.to_vec()));
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font_id } };
    for (k, v) in extra.iter() {
        resources.set(k.clone(), v.clone());
    }
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => resources,
        "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    (doc, page_id)
}

fn text(content: &str) -> String {
    let (doc, page) = page_with(content.as_bytes(), helvetica(), Dictionary::new());
    PdfText::new(&doc, 1 << 20).page_text(page)
}

#[test]
fn words_placed_apart_get_spaces() {
    // Each word its own text object at its own position, no space characters; widths from
    // Helvetica's metrics (the font has no /Widths).
    let t = text(
        "BT /F1 10 Tf 50 700 Td (Kunden) Tj ET \
         BT /F1 10 Tf 88 700 Td (AG) Tj ET \
         BT /F1 10 Tf 110 700 Td (IBAN:) Tj ET \
         BT /F1 10 Tf 140 700 Td (DE02120300000000202051) Tj ET",
    );
    assert_eq!(t, "Kunden AG IBAN: DE02120300000000202051");
}

#[test]
fn kerning_joins_and_wide_adjustments_separate() {
    let t =
        text("BT /F1 10 Tf 50 700 Td [(W) 80 (ort) -600 (05.03.2018) -3000 (Leitweg-ID:)] TJ ET");
    assert_eq!(t, "Wort 05.03.2018 Leitweg-ID:");
}

#[test]
fn lines_and_paragraphs() {
    let t = text(
        "BT /F1 11 Tf 14 TL 50 700 Td (Erste Zeile) Tj T* (zweite Zeile) Tj \
         0 -40 Td (neuer Absatz) Tj ET",
    );
    assert_eq!(t, "Erste Zeile\nzweite Zeile\n\nneuer Absatz");
}

#[test]
fn explicit_spaces_stay_single_and_fake_bold_counts_once() {
    let t = text(
        "BT /F1 10 Tf 50 700 Td (Sehr geehrte) Tj ET \
         BT /F1 10 Tf 50 680 Td (Fett) Tj ET BT /F1 10 Tf 50.2 680 Td (Fett) Tj ET",
    );
    assert_eq!(t, "Sehr geehrte\nFett");
}

#[test]
fn scaled_text_matrices_and_umlauts() {
    // Tm scales 1-point text to 12 points; WinAnsi codes for ä and ß.
    let content = b"BT /F1 1 Tf 12 0 0 12 50 700 Tm (Stra\xdfe) Tj 3.5 0 Td (M\xe4rz) Tj ET";
    let (doc, p) = page_with(content, helvetica(), Dictionary::new());
    assert_eq!(PdfText::new(&doc, 1 << 20).page_text(p), "Straße März");
}

#[test]
fn composite_fonts_with_to_unicode_and_cid_widths() {
    // Two-byte codes 1, 2, 3 = "A", "b", "c", each 600 units wide; ToUnicode maps them.
    let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
                /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
                1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
                3 beginbfchar\n<0001> <0041>\n<0002> <0062>\n<0003> <0063>\nendbfchar\n\
                endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let mut doc = Document::with_version("1.5");
    let cmap_id = doc.add_object(Stream::new(Dictionary::new(), cmap.as_bytes().to_vec()));
    let cid = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Noto",
        "DW" => 1000, "W" => vec![1.into(), 3.into(), 600.into()],
    });
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Noto",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![cid.into()],
        "ToUnicode" => cmap_id,
    };
    let content = "BT /F1 10 Tf 50 700 Td <000100020003> Tj 20 0 Td <0001> Tj ET";
    let (mut d, p) = page_with(content.as_bytes(), Dictionary::new(), Dictionary::new());
    // Move our objects into the page's document.
    for (id, obj) in std::mem::take(&mut doc.objects) {
        d.objects.insert((id.0 + 1000, id.1), renumber(obj));
    }
    let font_id = d.add_object(renumber(Object::Dictionary(font)));
    let page = d.get_dictionary_mut(p).unwrap();
    page.set(
        "Resources",
        dictionary! { "Font" => dictionary! { "F1" => font_id } },
    );
    // "Abc" ends at 50 + 3 * 6 = 68; the next glyph starts at 70: a gap of 0.2 em.
    assert_eq!(PdfText::new(&d, 1 << 20).page_text(p), "Abc A");
}

fn renumber(obj: Object) -> Object {
    match obj {
        Object::Reference(id) => Object::Reference((id.0 + 1000, id.1)),
        Object::Array(a) => Object::Array(a.into_iter().map(renumber).collect()),
        Object::Dictionary(d) => {
            Object::Dictionary(d.into_iter().map(|(k, v)| (k, renumber(v))).collect())
        }
        Object::Stream(mut s) => {
            s.dict = s.dict.into_iter().map(|(k, v)| (k, renumber(v))).collect();
            Object::Stream(s)
        }
        other => other,
    }
}

#[test]
fn text_in_form_xobjects_is_read_and_cycles_end() {
    let (mut doc, p) = page_with(
        b"q 1 0 0 1 100 0 cm /Fm1 Do Q",
        helvetica(),
        Dictionary::new(),
    );
    let font_ref = doc
        .get_dictionary(p)
        .unwrap()
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"Font")
        .unwrap()
        .clone();
    let form_id = doc.new_object_id();
    let form = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 500.into(), 800.into()],
            "Resources" => dictionary! {
                "Font" => font_ref,
                "XObject" => dictionary! { "Fm1" => form_id },
            },
        },
        b"BT /F1 10 Tf 0 700 Td (Formular) Tj ET /Fm1 Do".to_vec(),
    );
    doc.objects.insert(form_id, Object::Stream(form));
    let page = doc.get_dictionary_mut(p).unwrap();
    let res = page.get_mut(b"Resources").unwrap().as_dict_mut().unwrap();
    res.set("XObject", dictionary! { "Fm1" => form_id });
    assert_eq!(PdfText::new(&doc, 1 << 20).page_text(p), "Formular");
}

#[test]
fn damaged_content_gives_what_could_be_read() {
    assert_eq!(text("BT /F1 10 Tf 50 700 Td (Hallo) Tj ET ] ] <<"), "Hallo");
    assert_eq!(text("BT /F9 10 Tf (unbekannt) Tj ET"), "");
    assert_eq!(text(""), "");
}
