//! PDFs as they come from office programs and scanners, beyond the textbook: "protected" files
//! that open without a password (RC4 or AES with an empty user password, or only embedded
//! files encrypted) are read like any
//! other; only what really needs a password goes to quarantine. Pages of any shape that
//! poppler renders are read at the size it returns.

mod common;

use common::*;
use mailroom_testdata as gen;

#[test]
fn pdfs_that_open_without_a_password_are_read_and_only_real_passwords_are_refused() {
    let inst = Instance::new();
    let letter = gen::Letter::sample(31);
    let digital = gen::born_digital_pdf(&letter, 1);
    let (scan, scanned_letter) = scanned_pdf(32, 1);
    for cipher in [
        gen::PdfCipher::Rc4,
        gen::PdfCipher::Aes128,
        gen::PdfCipher::EmbeddedFilesOnly,
    ] {
        for (kind, pdf, truth) in [
            ("text", &digital, &letter),
            ("scan", &scan, &scanned_letter),
        ] {
            let name = format!("{kind}-{cipher:?}.pdf");
            let encrypted = gen::encrypt_pdf(pdf, "", cipher);
            let has = |s: &[u8]| encrypted.windows(s.len()).any(|w| w == s);
            assert!(has(b"/Encrypt"), "{name}");
            if cipher == gen::PdfCipher::EmbeddedFilesOnly {
                assert!(
                    has(b"/EFF") && has(b"/Identity"),
                    "{name}: only files encrypted"
                );
            }
            let id = inst.ingest(None, &name, &encrypted);
            let doc = inst.show(id);
            let text = all_text(&doc);
            let recall = word_recall(&gen::page_texts(truth, 1)[0], &text);
            assert!(recall > 0.9, "{name}: recall {recall:.2}: {text}");
            if kind == "scan" {
                assert!(
                    !doc["archive_size"].is_null(),
                    "{name}: archive copy: {doc}"
                );
            }
        }
    }
    // A user password is a real lock.
    let dir = inst.dir.path().join("in");
    let path = dir.join("verschlossen.pdf");
    std::fs::write(
        &path,
        gen::encrypt_pdf(&digital, "geheim", gen::PdfCipher::Aes128),
    )
    .unwrap();
    let run = inst.cli(&["ingest", "--json", path.to_str().unwrap()]);
    let out: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(out["files"][0]["outcome"], "quarantined", "{out}");
    assert!(out["files"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("password"));
}

/// A PDF page drawn only with vector graphics (nothing our own decoders read, so poppler
/// renders it) on a page of `width` × `height` points.
fn vector_page_pdf(width: i64, height: i64) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let mut ops = String::from("0 g\n");
    // A frame and a row of bars: ink a renderer must put where the page is.
    ops.push_str(&format!("20 20 {} {} re S\n", width - 40, height - 40));
    for i in 0..12 {
        ops.push_str(&format!(
            "{} {} 6 {} re f\n",
            60 + i * 14,
            height / 2,
            40 + i * 3
        ));
    }
    let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
    let pages_id = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), width.into(), height.into()],
        "Resources" => dictionary! {},
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn square_and_odd_sized_pages_rendered_by_poppler_are_read_not_refused() {
    let inst = Instance::new();
    for (name, w, h) in [
        ("quadrat.pdf", 600, 600),
        ("quer.pdf", 842, 595),
        ("streifen.pdf", 200, 900),
    ] {
        let id = inst.ingest(None, name, &vector_page_pdf(w, h));
        let doc = inst.show(id);
        assert_eq!(doc["page_count"], 1, "{name}: {doc}");
        assert_eq!(doc["status"], "filed", "{name}: {doc}");
        // Read at the size poppler returns, not an assumed A4 shape.
        let page = &doc["pages"][0];
        let (pw, ph) = (
            page["width"].as_f64().unwrap(),
            page["height"].as_f64().unwrap(),
        );
        let ratio = (pw / ph) / (w as f64 / h as f64);
        assert!((0.98..1.02).contains(&ratio), "{name}: {pw}×{ph}");
    }
}
