//! Batch scans (TR-RESISCAN): blank backs of duplex scans are recognised and recorded, not
//! OCRed; the original scan stays bit-exact. Real Tesseract, the real binary.

mod common;

use common::{all_text, word_recall, Instance};
use mailroom_testdata as gen;

#[test]
fn blank_backs_of_a_duplex_scan_are_recorded_and_not_ocred() {
    let inst = Instance::new();
    inst.set_pipeline("device", "\"Kodak i4250, Nr. 41234567\"");
    inst.set_pipeline("station", "\"Poststelle, Raum 0.12\"");
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
    let id = inst.ingest(Some("scanner"), "stapel-duplex.pdf", &pdf);

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
            assert!(!note.starts_with("blank"), "front {}: {note}", i + 1);
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

    // The transfer note lists the scanner, the pages and the blank backs.
    let note = &doc["transfer_note"];
    assert_eq!(note["capture"]["device"], "Kodak i4250, Nr. 41234567");
    assert_eq!(note["capture"]["station"], "Poststelle, Raum 0.12");
    assert_eq!(note["original_sha256"], doc["sha256"]);
    assert_eq!(note["pages_scanned"], 4);
    assert_eq!(note["pages_with_content"], 2);
    assert_eq!(note["scan_profile"]["dpi"], serde_json::json!([300]));
    assert_eq!(note["scan_profile"]["colour"], serde_json::json!(["grey"]));
    assert_eq!(note["quality"]["blank_pages"], serde_json::json!([2, 4]));
    assert_eq!(
        note["quality"]["skew_corrected"],
        serde_json::json!([]),
        "a skew of 0.4° is read as scanned, not straightened"
    );
    assert_eq!(note["anomalies"], serde_json::json!([]));
    // It shows what was recorded at capture, not today's configuration.
    inst.set_pipeline("device", "\"another scanner\"");
    assert_eq!(
        inst.show(id)["transfer_note"]["capture"]["device"],
        "Kodak i4250, Nr. 41234567"
    );
    let text = inst.cli(&["show", &id.to_string()]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Transfer note (TR-RESISCAN):"), "{text}");
    assert!(text.contains("4 scanned, 2 with content"), "{text}");
}

fn ingest_scan(inst: &Instance, name: &str, pages: &[gen::ScannedPage]) -> serde_json::Value {
    let id = inst.ingest(None, name, &gen::pdf_with_jpeg_pages(pages));
    inst.show(id)
}

type Turn = fn(&image::GrayImage) -> image::GrayImage;

fn turned_letter_is_read(seed: u64, turn: Turn, want: &str) {
    let inst = Instance::new();
    let letter = gen::Letter::sample(seed);
    let opts = gen::ScanOptions {
        seed,
        skew_degrees: 0.0,
        ..Default::default()
    };
    let mut pages = gen::render_scan(&letter, 1, &opts);
    pages[0].image = turn(&pages[0].image);
    let doc = ingest_scan(&inst, "gedreht.pdf", &pages);

    let page = &doc["pages"][0];
    assert_eq!(page["text_source"], "ocr");
    let note = page["note"].as_str().unwrap_or("");
    assert!(note.contains(want), "{page}");
    // Size of the image OCR read (word boxes refer to it): upright A4 is portrait.
    assert!(page["width"].as_u64() < page["height"].as_u64(), "{page}");
    let recall = word_recall(&letter.text(), &all_text(&doc));
    assert!(recall > 0.9, "recall {recall:.2}:\n{}", all_text(&doc));
}

#[test]
fn a_letter_scanned_upside_down_is_turned_and_read() {
    turned_letter_is_read(7, image::imageops::rotate180, "turned by 180°");
}

#[test]
fn a_letter_fed_sideways_is_turned_and_read() {
    // Content turned clockwise by 90°.
    turned_letter_is_read(8, image::imageops::rotate90, "turned by 90°");
}

/// Files letters scanned with `skew` degrees; checks that the skew was measured, corrected and
/// recorded and the text read. (How well, against the `tesseract` CLI: tests/ocr_quality.rs.)
fn skewed_letters_are_straightened(skew: f32, seeds: &[u64]) {
    let inst = Instance::new();
    for &seed in seeds {
        let letter = gen::Letter::sample(seed);
        let opts = gen::ScanOptions {
            seed,
            skew_degrees: skew,
            ..Default::default()
        };
        let pages = gen::render_scan(&letter, 1, &opts);
        let doc = ingest_scan(&inst, &format!("schief-{seed}.pdf"), &pages);
        let page = &doc["pages"][0];
        let note = page["note"].as_str().unwrap_or("");
        let measured: f32 = note
            .strip_prefix("skew of ")
            .and_then(|rest| rest.split('°').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no skew correction recorded: {page}"));
        assert!(
            (measured - skew).abs() <= 0.2,
            "measured {measured}° for {skew}°"
        );
        let recorded = &doc["transfer_note"]["quality"]["skew_corrected"];
        assert_eq!(recorded[0]["page"], 1, "{recorded}");
        let recall = word_recall(&letter.text(), &all_text(&doc));
        assert!(recall > 0.9, "recall {recall:.2}");
    }
}

#[test]
fn a_page_skewed_by_one_degree_is_read_as_scanned() {
    // Tesseract copes with small skews itself; rotating would only blur the glyphs
    // (tests/ocr_quality.rs compares the error rates with the CLI's).
    let inst = Instance::new();
    let letter = gen::Letter::sample(9);
    let opts = gen::ScanOptions {
        seed: 9,
        skew_degrees: 1.0,
        ..Default::default()
    };
    let doc = ingest_scan(
        &inst,
        "leicht-schief.pdf",
        &gen::render_scan(&letter, 1, &opts),
    );
    let page = &doc["pages"][0];
    assert_eq!(page["text_source"], "ocr");
    assert!(page["note"].is_null(), "nothing corrected: {page}");
    assert_eq!(
        doc["transfer_note"]["quality"]["skew_corrected"],
        serde_json::json!([])
    );
    let recall = word_recall(&letter.text(), &all_text(&doc));
    assert!(recall > 0.9, "recall {recall:.2}");
}

#[test]
fn a_page_skewed_by_four_degrees_is_straightened() {
    skewed_letters_are_straightened(4.0, &[9, 10]);
}

#[test]
fn without_the_orientation_model_a_turned_page_keeps_its_first_reading() {
    // A tessdata folder with the language models but without osd.traineddata.
    let dir = tempfile::tempdir().unwrap();
    let system = std::env::var("TESSDATA_PREFIX")
        .unwrap_or_else(|_| "/usr/share/tesseract-ocr/5/tessdata".into());
    for model in ["deu.traineddata", "eng.traineddata"] {
        std::os::unix::fs::symlink(
            std::path::Path::new(&system).join(model),
            dir.path().join(model),
        )
        .unwrap();
    }
    let mut engine = mailroom::ocr::OcrEngine::new(dir.path(), "deu+eng").expect("tesseract");
    let letter = gen::Letter::sample(7);
    let opts = gen::ScanOptions {
        seed: 7,
        skew_degrees: 0.0,
        ..Default::default()
    };
    let page = gen::render_scan(&letter, 1, &opts).remove(0);
    let upside_down = image::imageops::rotate180(&page.image);
    for _ in 0..2 {
        let read = mailroom::ocr::prepare::read_page(
            &mut engine,
            mailroom::ocr::prepare::PageImage::grey(upside_down.clone()),
            300,
            std::time::Duration::from_secs(120),
            false,
        )
        .expect("a missing OSD model is not a failure of the page");
        assert_eq!(read.corrections.turned, 0);
        assert_eq!((read.width, read.height), upside_down.dimensions());
    }
}
