//! Checks of the PDF encoders by reading their output back with lopdf, as mailroom will.

use crate::g4::is_black;
use crate::{
    born_digital_pdf, corrupt_pdf, encrypted_pdf, mixed_pdf, page_texts, pdf_with_g4_pages,
    pdf_with_jpeg_pages, render_scan, Letter, ScanOptions, ScannedPage,
};
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

fn scan(pages: usize) -> Vec<ScannedPage> {
    let opts = ScanOptions {
        dpi: 100,
        ..ScanOptions::default()
    };
    render_scan(&Letter::sample(1), pages, &opts)
}

fn page_dict(doc: &Document, page_id: ObjectId) -> &Dictionary {
    doc.get_dictionary(page_id).unwrap()
}

fn numbers(object: &Object) -> Vec<f32> {
    object
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_float().unwrap())
        .collect()
}

/// The single image XObject of a page: (dictionary, raw stream bytes).
fn page_image(doc: &Document, page_id: ObjectId) -> (Dictionary, Vec<u8>) {
    let resources = page_dict(doc, page_id)
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap();
    let xobjects = resources.get(b"XObject").unwrap().as_dict().unwrap();
    let image_id = xobjects.get(b"Im0").unwrap().as_reference().unwrap();
    let stream = doc.get_object(image_id).unwrap().as_stream().unwrap();
    (stream.dict.clone(), stream.content.clone())
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[test]
fn jpeg_pdf_has_one_dct_image_per_page_sized_by_dpi() {
    let pages = scan(2);
    let doc = Document::load_mem(&pdf_with_jpeg_pages(&pages)).unwrap();
    let page_ids = doc.get_pages();
    assert_eq!(page_ids.len(), 2);
    for (page_id, page) in page_ids.values().zip(&pages) {
        let media_box = numbers(page_dict(&doc, *page_id).get(b"MediaBox").unwrap());
        // 827×1169 px at 100 dpi.
        assert_eq!(media_box, vec![0.0, 0.0, 595.44, 841.68]);
        let (dict, data) = page_image(&doc, *page_id);
        assert_eq!(
            dict.get(b"Filter").unwrap().as_name().unwrap(),
            b"DCTDecode"
        );
        assert_eq!(
            dict.get(b"ColorSpace").unwrap().as_name().unwrap(),
            b"DeviceGray"
        );
        let decoded = image::load_from_memory(&data).unwrap().to_luma8();
        assert_eq!(decoded.dimensions(), page.image.dimensions());
    }
}

#[test]
fn g4_pdf_images_decode_black_on_white() {
    let pages = scan(1);
    let doc = Document::load_mem(&pdf_with_g4_pages(&pages)).unwrap();
    let page_id = *doc.get_pages().values().next().unwrap();
    let (dict, data) = page_image(&doc, page_id);
    assert_eq!(
        dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"CCITTFaxDecode"
    );
    assert_eq!(dict.get(b"BitsPerComponent").unwrap().as_i64().unwrap(), 1);
    let parms = dict.get(b"DecodeParms").unwrap().as_dict().unwrap();
    assert_eq!(parms.get(b"K").unwrap().as_i64().unwrap(), -1);
    assert_eq!(parms.get(b"Columns").unwrap().as_i64().unwrap(), 827);
    // BlackIs1 false: fax black becomes 0, which 1-bit DeviceGray shows as black. So the page is
    // right side up exactly when fax black runs are where the source is dark.
    assert!(!parms.get(b"BlackIs1").unwrap().as_bool().unwrap());
    let source = &pages[0].image;
    let mut mismatches = 0;
    let mut y = 0;
    fax::decoder::decode_g4(data.iter().copied(), 827, Some(1169), |transitions| {
        for (x, color) in fax::decoder::pels(transitions, 827).enumerate() {
            let fax_black = color == fax::Color::Black;
            mismatches += usize::from(fax_black != is_black(source.get_pixel(x as u32, y).0[0]));
        }
        y += 1;
    });
    assert_eq!((y, mismatches), (1169, 0));
}

#[test]
fn born_digital_text_extracts_exactly_with_lopdf() {
    let letter = Letter::sample(3);
    let doc = Document::load_mem(&born_digital_pdf(&letter, 2)).unwrap();
    assert_eq!(doc.get_pages().len(), 2);
    for (number, truth) in (1..).zip(page_texts(&letter, 2)) {
        let text = doc.extract_text(&[number]).unwrap();
        assert!(
            same_words(&text, &truth),
            "page {number}:\n{text}\n---\n{truth}"
        );
    }
    let page1 = doc.extract_text(&[1]).unwrap();
    assert!(
        page1.contains("Straße") && page1.contains("Größe"),
        "{page1}"
    );
}

#[test]
fn mixed_pdf_has_text_on_page_one_and_only_an_image_on_page_two() {
    let letter = Letter::sample(5);
    let doc = Document::load_mem(&mixed_pdf(&letter)).unwrap();
    let truth = page_texts(&letter, 2);
    assert!(same_words(&doc.extract_text(&[1]).unwrap(), &truth[0]));
    assert!(doc.extract_text(&[2]).unwrap().trim().is_empty());
    let page2 = doc.get_pages()[&2];
    let (dict, _) = page_image(&doc, page2);
    assert_eq!(
        dict.get(b"Filter").unwrap().as_name().unwrap(),
        b"DCTDecode"
    );
    assert!(truth[1].contains("Mit freundlichen Grüßen"));
}

#[test]
fn mixed_pdf_text_page_holds_the_key_words_outside_the_closing() {
    for seed in 0..8 {
        let letter = Letter::sample(seed);
        let first_page = &page_texts(&letter, 2)[0];
        let closing = letter.closing.join(" ");
        for word in letter.key_words() {
            assert!(
                first_page.contains(&word) || closing.contains(&word),
                "seed {seed}: {word}"
            );
        }
    }
}

#[test]
fn encrypted_pdf_needs_the_password() {
    let letter = Letter::sample(6);
    let bytes = encrypted_pdf(&letter, "geheim");
    assert_eq!(bytes, encrypted_pdf(&letter, "geheim"), "deterministic");
    // lopdf 0.47 loads it without a password but leaves it encrypted and unreadable.
    let locked = Document::load_mem(&bytes).unwrap();
    assert!(locked.is_encrypted());
    assert!(locked.extract_text(&[1]).is_err());
    let wrong = Document::load_mem_with_options(&bytes, LoadOptions::with_password("falsch"));
    assert!(
        matches!(wrong, Err(lopdf::Error::InvalidPassword)),
        "{wrong:?}"
    );
    let open =
        Document::load_mem_with_options(&bytes, LoadOptions::with_password("geheim")).unwrap();
    let text = open.extract_text(&[1]).unwrap();
    assert!(same_words(&text, &page_texts(&letter, 1)[0]), "{text}");
}

#[test]
fn corrupt_pdf_looks_like_a_pdf_but_does_not_load() {
    let bytes = corrupt_pdf(1);
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(Document::load_mem(&bytes).is_err());
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(!has(b"%%EOF") && !has(b"trailer") && !has(b"startxref"));
    assert_eq!(bytes, corrupt_pdf(1));
    assert_ne!(bytes, corrupt_pdf(2));
}

#[test]
fn pdfs_are_byte_identical_for_the_same_input() {
    let letter = Letter::sample(2);
    assert_eq!(born_digital_pdf(&letter, 1), born_digital_pdf(&letter, 1));
    let pages = scan(1);
    assert_eq!(pdf_with_jpeg_pages(&pages), pdf_with_jpeg_pages(&scan(1)));
    assert_eq!(pdf_with_g4_pages(&pages), pdf_with_g4_pages(&scan(1)));
}
