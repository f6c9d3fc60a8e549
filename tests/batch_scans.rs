//! Batch scans (TR-RESISCAN): blank backs of duplex scans are recognised and recorded, not
//! OCRed; the original scan stays bit-exact. Real Tesseract, the real binary.

mod common;

use common::{all_text, word_recall, Instance};
use mailroom_testdata as gen;

#[test]
fn blank_backs_of_a_duplex_scan_are_recorded_and_not_ocred() {
    let inst = Instance::new();
    let letter = gen::Letter::sample(4);
    let opts = gen::ScanOptions {
        seed: 4,
        // Dirtier than the default: the backs carry dust that must not count as content.
        noise: 0.4,
        ..Default::default()
    };
    let fronts = gen::render_scan(&letter, 2, &opts);
    let duplex = gen::with_blank_backs(&fronts, &opts);
    let pdf = gen::pdf_with_jpeg_pages(&duplex);
    let dir = inst.dir.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("stapel-duplex.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = inst.json(&["ingest", "--json", path.to_str().unwrap()]);
    let id = out["files"][0]["document_id"].as_i64().expect("filed");

    let doc = inst.show(id);
    assert_eq!(
        doc["sha256"],
        mailroom::model::Sha256::of(&pdf).to_hex(),
        "the original scan is kept bit-exact"
    );
    let pages = doc["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 4);
    for (i, p) in pages.iter().enumerate() {
        let note = p["note"].as_str().unwrap_or("");
        if i % 2 == 1 {
            assert_eq!(p["text_source"], "none", "back {}: {p}", i + 1);
            assert!(note.starts_with("blank page"), "back {}: {note}", i + 1);
            assert_eq!(p["text"], "");
        } else {
            assert_eq!(p["text_source"], "ocr", "front {}: {p}", i + 1);
            assert!(note.is_empty(), "front {}: {note}", i + 1);
        }
    }
    let ocr_done = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "ocr_done")
        .expect("ocr_done event");
    assert_eq!(ocr_done["detail"]["blank_pages"], serde_json::json!([2, 4]));
    let recall = word_recall(&letter.text(), &all_text(&doc));
    assert!(recall > 0.9, "fronts OCRed: recall {recall:.2}");
}
