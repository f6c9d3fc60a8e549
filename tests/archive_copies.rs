//! Archive copies true to the original and compact: black-white scans stay 1-bit (CCITT G4),
//! JPEG pages read as they were keep the scanner's own JPEG data, colour scans stay colour
//! (also when straightened) under an RGB output intent; the text layer reads as before.
//! Real Tesseract, the real binary, poppler and qpdf, the project's generator.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{word_recall, Instance};
use lopdf::{Document, Object};
use mailroom_testdata as gen;
use serde_json::Value;

fn pages(seed: u64, count: usize, skew: f32) -> (gen::Letter, Vec<gen::ScannedPage>) {
    let letter = gen::Letter::sample(seed);
    let opts = gen::ScanOptions {
        seed,
        skew_degrees: skew,
        ..Default::default()
    };
    let scan = gen::render_scan(&letter, count, &opts);
    (letter, scan)
}

/// Files `pdf` through the scanner pipeline; returns `show --json` and the archive copy's path.
fn archive_of(inst: &Instance, name: &str, pdf: &[u8]) -> (Value, PathBuf) {
    let id = inst.ingest(Some("scanner"), name, pdf);
    let doc = inst.show(id);
    assert!(
        doc["archive_sha256"].is_string(),
        "archive copy made: {doc}"
    );
    let path = inst.dir.path().join(format!("{name}.archiv.pdf"));
    let out = inst.cli(&["show", &id.to_string(), "--archive", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (doc, path)
}

fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(pdf)
        .args(if program == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{program} (installed by scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The image XObjects of a PDF, in page order: (colour space, bits, filter, data).
fn images(pdf: &[u8]) -> Vec<(String, i64, String, Vec<u8>)> {
    let doc = Document::load_mem(pdf).unwrap();
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        let (resources, ids) = doc.get_page_resources(page).unwrap();
        let mut dicts: Vec<&lopdf::Dictionary> = resources.into_iter().collect();
        dicts.extend(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
        for d in dicts {
            let Ok(x) = d.get(b"XObject") else { continue };
            let x = match x {
                Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
                other => other.as_dict().unwrap(),
            };
            for (_, v) in x.iter() {
                let s = doc
                    .get_object(v.as_reference().unwrap())
                    .unwrap()
                    .as_stream()
                    .unwrap();
                let name = |k: &[u8]| {
                    s.dict
                        .get(k)
                        .ok()
                        .and_then(|o| o.as_name().ok())
                        .map(|n| String::from_utf8_lossy(n).into_owned())
                        .unwrap_or_default()
                };
                let bits = s.dict.get(b"BitsPerComponent").unwrap().as_i64().unwrap();
                out.push((
                    name(b"ColorSpace"),
                    bits,
                    name(b"Filter"),
                    s.content.clone(),
                ));
            }
        }
    }
    out
}

/// The output intent profile's number of components.
fn output_intent_components(pdf: &[u8]) -> i64 {
    let doc = Document::load_mem(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = match &intents[0] {
        Object::Dictionary(d) => d.clone(),
        Object::Reference(id) => doc.get_dictionary(*id).unwrap().clone(),
        other => panic!("{other:?}"),
    };
    let profile = intent
        .get(b"DestOutputProfile")
        .unwrap()
        .as_reference()
        .unwrap();
    let stream = doc.get_object(profile).unwrap().as_stream().unwrap();
    stream.dict.get(b"N").unwrap().as_i64().unwrap()
}

fn text_recall(letter: &gen::Letter, pages: usize, archive: &Path) -> f64 {
    let truth = gen::page_texts(letter, pages).join("\n");
    word_recall(&truth, &tool("pdftotext", &["-enc", "UTF-8"], archive))
}

#[test]
fn a_black_white_scan_stays_1_bit_and_about_its_original_size() {
    let inst = Instance::new();
    let (letter, scan) = pages(71, 3, 0.4);
    let pdf = gen::pdf_with_g4_pages(&scan);
    let (doc, archive) = archive_of(&inst, "g4.pdf", &pdf);
    let bytes = std::fs::read(&archive).unwrap();
    let ratio = bytes.len() as f64 / pdf.len() as f64;
    assert!(
        ratio <= 1.3,
        "archive {} bytes, original {} bytes: ratio {ratio:.2}",
        bytes.len(),
        pdf.len()
    );
    assert_eq!(doc["archive_size"].as_u64(), Some(bytes.len() as u64));
    let imgs = images(&bytes);
    assert_eq!(imgs.len(), 3);
    for (cs, bits, filter, _) in &imgs {
        assert_eq!(
            (cs.as_str(), *bits, filter.as_str()),
            ("DeviceGray", 1, "CCITTFaxDecode")
        );
    }
    assert_eq!(output_intent_components(&bytes), 1, "grey output intent");
    let recall = text_recall(&letter, 3, &archive);
    assert!(recall >= 0.9, "text layer recall {recall:.2}");
    tool("qpdf", &["--check"], &archive);
    // The 1-bit pages show the letter: rendered, they hold as much ink as the original.
    let ink = |pdf: &Path| -> f64 {
        let out = Command::new("pdftoppm")
            .args(["-r", "50", "-gray", "-f", "1", "-l", "1"])
            .arg(pdf)
            .output()
            .unwrap();
        let pgm = out.stdout;
        let body = &pgm[pgm.len() - (pgm.len() * 9 / 10)..];
        body.iter().filter(|&&b| b < 128).count() as f64 / body.len() as f64
    };
    let original = inst.dir.path().join("g4-original.pdf");
    std::fs::write(&original, &pdf).unwrap();
    let (a, o) = (ink(&archive), ink(&original));
    assert!(
        o > 0.001 && (a - o).abs() / o < 0.2,
        "ink {a:.4} vs original {o:.4}"
    );
}

#[test]
fn a_straightened_black_white_scan_stays_1_bit() {
    let inst = Instance::new();
    let (letter, scan) = pages(72, 1, 4.0);
    let pdf = gen::pdf_with_g4_pages(&scan);
    let (doc, archive) = archive_of(&inst, "g4-schief.pdf", &pdf);
    let note = doc["pages"][0]["note"].as_str().unwrap_or_default();
    assert!(note.contains("skew"), "the page was straightened: {doc}");
    let bytes = std::fs::read(&archive).unwrap();
    let imgs = images(&bytes);
    assert_eq!((imgs[0].0.as_str(), imgs[0].1), ("DeviceGray", 1));
    assert!(
        bytes.len() as f64 <= 1.6 * pdf.len() as f64,
        "{} vs {}",
        bytes.len(),
        pdf.len()
    );
    assert!(text_recall(&letter, 1, &archive) >= 0.9);
}

#[test]
fn grey_jpeg_pages_read_as_they_were_keep_the_scanners_jpeg() {
    let inst = Instance::new();
    let (letter, scan) = pages(73, 2, 0.4);
    let pdf = gen::pdf_with_jpeg_pages(&scan);
    let (_, archive) = archive_of(&inst, "grau.pdf", &pdf);
    let bytes = std::fs::read(&archive).unwrap();
    let originals = images(&pdf);
    let kept = images(&bytes);
    assert_eq!(kept.len(), 2);
    for (o, k) in originals.iter().zip(&kept) {
        assert_eq!(
            (k.0.as_str(), k.1, k.2.as_str()),
            ("DeviceGray", 8, "DCTDecode")
        );
        assert!(o.3 == k.3, "the original JPEG data, byte for byte");
    }
    assert_eq!(output_intent_components(&bytes), 1);
    assert!(text_recall(&letter, 2, &archive) >= 0.9);
    tool("qpdf", &["--check"], &archive);
}

#[test]
fn colour_scans_stay_colour_also_when_straightened() {
    let inst = Instance::new();
    // Upright: the scanner's JPEG as it is.
    let (letter, scan) = pages(74, 1, 0.4);
    let pdf = gen::pdf_with_colour_jpeg_pages(&scan);
    let (doc, archive) = archive_of(&inst, "farbe.pdf", &pdf);
    let ocr = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "ocr_done")
        .expect("ocr_done event");
    assert_eq!(
        ocr["detail"]["colour"],
        serde_json::json!(["colour"]),
        "{ocr}"
    );
    let bytes = std::fs::read(&archive).unwrap();
    let kept = images(&bytes);
    assert_eq!(
        (kept[0].0.as_str(), kept[0].2.as_str()),
        ("DeviceRGB", "DCTDecode")
    );
    assert!(kept[0].3 == images(&pdf)[0].3, "the original JPEG data");
    assert_eq!(output_intent_components(&bytes), 3, "RGB output intent");
    assert!(text_recall(&letter, 1, &archive) >= 0.9);
    tool("qpdf", &["--check"], &archive);

    // Straightened: re-encoded, still colour, the red stamp still red.
    let (letter, scan) = pages(75, 1, 4.0);
    let pdf = gen::pdf_with_colour_jpeg_pages(&scan);
    let (doc, archive) = archive_of(&inst, "farbe-schief.pdf", &pdf);
    assert!(
        doc["pages"][0]["note"]
            .as_str()
            .unwrap_or_default()
            .contains("skew"),
        "{doc}"
    );
    let bytes = std::fs::read(&archive).unwrap();
    let kept = images(&bytes);
    assert_eq!(
        (kept[0].0.as_str(), kept[0].2.as_str()),
        ("DeviceRGB", "DCTDecode")
    );
    assert_eq!(output_intent_components(&bytes), 3);
    let decoded = image::load_from_memory_with_format(&kept[0].3, image::ImageFormat::Jpeg)
        .unwrap()
        .into_rgb8();
    let red = decoded
        .pixels()
        .filter(|p| p.0[0] > 150 && p.0[1] < 90 && p.0[2] < 90)
        .count();
    assert!(
        red > 1000,
        "the red stamp is in the archive page ({red} red pixels)"
    );
    assert!(text_recall(&letter, 1, &archive) >= 0.9);
}
