//! Letters in monospaced type (typewriters, old office systems printing in a Courier-like font)
//! read at least as well as with the `tesseract` CLI on the same page images.
//!
//! Tesseract's fixed-pitch analysis of every text row costs 2-3 % of a page's OCR time, and
//! telling it that all text is proportional (`textord_all_prop`) read the generator's letters in
//! proportional type exactly as before; this test showed that it reads typewritten letters
//! worse (0.15 -> 0.23 % CER on letter 31), so mailroom keeps Tesseract's default. It is a
//! binary of its own because the generator's font is chosen once per process.

mod common;

use std::path::Path;

use common::{cer, tesseract_cli_pages, Instance};
use mailroom_testdata as gen;

const MONO: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
const MONO_BOLD: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf";

#[test]
fn typewritten_letters_read_at_least_as_well_as_the_tesseract_cli() {
    assert!(
        Path::new(MONO).exists() && Path::new(MONO_BOLD).exists(),
        "DejaVu Sans Mono missing (Debian package fonts-dejavu-core)"
    );
    // Before the generator loads its fonts (the only test in this binary).
    std::env::set_var("MAILROOM_TESTDATA_FONT", MONO);
    std::env::set_var("MAILROOM_TESTDATA_BOLD_FONT", MONO_BOLD);

    let inst = Instance::new();
    inst.set_main("workers", "2");
    let dir = inst.dir.path().join("cases");
    std::fs::create_dir_all(&dir).unwrap();
    let mut cases = Vec::new();
    for (seed, skew, g4) in [(30u64, 0.4f32, false), (31, 1.2, false), (32, 0.8, true)] {
        let opts = gen::ScanOptions {
            seed,
            skew_degrees: skew,
            noise: 0.15,
            ..Default::default()
        };
        let page = gen::render_scan(&gen::Letter::sample(seed), 1, &opts).remove(0);
        let pages = std::slice::from_ref(&page);
        let pdf = if g4 {
            gen::pdf_with_g4_pages(pages)
        } else {
            gen::pdf_with_jpeg_pages(pages)
        };
        let path = dir.join(format!("typewritten-{seed}.pdf"));
        std::fs::write(&path, pdf).unwrap();
        cases.push((format!("letter {seed}, {skew}°, g4 {g4}"), path, page.text));
    }

    let out = inst.json(&["ingest", "--json", dir.to_str().unwrap()]);
    assert_eq!(out["filed"], cases.len() as u64, "{out}");
    eprintln!("| typewritten page | mailroom CER % | tesseract CLI CER % |");
    for (name, path, truth) in &cases {
        let id = out["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str() == path.to_str())
            .and_then(|f| f["document_id"].as_i64())
            .unwrap_or_else(|| panic!("{name} not filed: {out}"));
        let doc = inst.show(id);
        assert_eq!(doc["pages"][0]["text_source"], "ocr", "{name}");
        let ours_text = doc["pages"][0]["text"].as_str().unwrap_or("").to_string();
        let cli_text = tesseract_cli_pages(path, 300).remove(0);
        let (ours, cli) = (cer(truth, &ours_text), cer(truth, &cli_text));
        eprintln!("| {name} | {ours:.2} | {cli:.2} |");
        assert!(
            ours <= cli + 0.05,
            "{name}: mailroom {ours:.2} % vs CLI {cli:.2} %\n{ours_text}"
        );
        assert!(ours < 2.0, "{name}: {ours:.2} %\n{ours_text}");
    }
}
