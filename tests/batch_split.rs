//! Batch scans cut into letters at separator pages (blank sheets, QR / Code 128 sheets,
//! PATCH-T sheets); each letter filed with its archive copy (PDF/A-2b with text layer, blank
//! backs left out) and its transfer note; `verify` re-hashes archive copies. Real Tesseract,
//! the real binary, the project's generator.

mod common;

use std::process::Command;

use common::{word_recall, Instance};
use mailroom_testdata as gen;
use serde_json::{json, Value};

/// An instance whose scanner pipeline cuts batches.
fn batch_instance(batch: &str) -> Instance {
    let inst = Instance::new();
    inst.set_pipeline("device", "\"Fujitsu fi-7600\"");
    let mut text = std::fs::read_to_string(&inst.pipeline).unwrap();
    text.push_str(&format!("\n[batch]\n{batch}\n"));
    std::fs::write(&inst.pipeline, text).unwrap();
    inst
}

fn opts(seed: u64) -> gen::ScanOptions {
    gen::ScanOptions {
        seed,
        ..Default::default()
    }
}

/// Files the batch through `ingest --pipeline scanner`; returns the batch document and its
/// letters (show --json of each), in order.
fn ingest_batch(inst: &Instance, name: &str, pages: &[gen::ScannedPage]) -> (Value, Vec<Value>) {
    ingest_batch_pdf(inst, name, gen::pdf_with_jpeg_pages(pages))
}

fn ingest_batch_pdf(inst: &Instance, name: &str, pdf: Vec<u8>) -> (Value, Vec<Value>) {
    let id = inst.ingest(Some("scanner"), name, &pdf);
    let batch = inst.show(id);
    assert_eq!(
        batch["sha256"],
        mailroom::model::Sha256::of(&pdf).to_hex(),
        "the batch scan is kept bit-exact"
    );
    let consignment = &batch["consignments"][0];
    assert_eq!(consignment["kind"], "batch", "{batch}");
    let letters = consignment["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["role"] == "attachment")
        .map(|d| inst.show(d["document_id"].as_i64().expect("letter filed")))
        .collect();
    (batch, letters)
}

fn page_counts(letters: &[Value]) -> Vec<u64> {
    letters
        .iter()
        .map(|l| l["page_count"].as_u64().unwrap())
        .collect()
}

fn letter_pages(letter: &gen::Letter, n: usize, seed: u64) -> Vec<gen::ScannedPage> {
    gen::render_scan(letter, n, &opts(seed))
}

/// Sample letters (seed, pages) and their scanned pages.
fn letters(specs: &[(u64, usize)]) -> (Vec<gen::Letter>, Vec<Vec<gen::ScannedPage>>) {
    specs
        .iter()
        .map(|&(seed, n)| {
            let letter = gen::Letter::sample(seed);
            let pages = letter_pages(&letter, n, seed);
            (letter, pages)
        })
        .unzip()
}

/// Runs a poppler/qpdf tool on `pdf` (then `after`); its stdout.
fn tool(program: &str, args: &[&str], pdf: &std::path::Path, after: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(pdf)
        .args(after)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} (poppler-utils / qpdf, installed by scripts/setup.sh): {e}")
        });
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn three_letters_between_blank_sheets_of_a_duplex_scan_become_three_documents() {
    let inst = batch_instance("separators = [\"blank\"]\nduplex = true");
    let (letters, scans) = letters(&[(21, 2), (22, 1), (23, 1)]);
    let pages = gen::batch_scan(&scans, &gen::Separator::BlankSheet, true, &opts(20));
    // 2+1+1 fronts with their backs, two blank separator sheets.
    assert_eq!(pages.len(), 12);
    let (batch, docs) = ingest_batch(&inst, "stapel-duplex.pdf", &pages);

    assert_eq!(
        page_counts(&docs),
        [2, 1, 1],
        "letters with their pages with content"
    );
    for (doc, letter) in docs.iter().zip(&letters) {
        let recall = word_recall(&letter.text(), &common::all_text(doc));
        assert!(recall > 0.9, "letter {}: recall {recall:.2}", doc["id"]);
        assert_eq!(doc["media_type"], "application/pdf");
        assert_eq!(
            doc["archive_sha256"], doc["sha256"],
            "a letter is its archive copy"
        );
    }
    // Blank backs are left out of each letter and listed in its transfer note.
    let note = &docs[0]["transfer_note"];
    assert_eq!(note["batch"]["scan_pages"], json!([1, 3]));
    assert_eq!(note["quality"]["blank_pages"], json!([2, 4]));
    assert_eq!(note["pages_scanned"], 4);
    assert_eq!(note["pages_with_content"], 2);
    assert_eq!(note["original_sha256"], batch["sha256"]);
    assert_eq!(note["capture"]["device"], "Fujitsu fi-7600");
    assert_eq!(note["scan_profile"]["colour"], json!(["grey"]));
    assert_eq!(
        docs[1]["transfer_note"]["quality"]["blank_pages"],
        json!([8])
    );
    // The batch records what every page was.
    let split = batch["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "batch_split")
        .expect("batch_split event");
    let separators: Vec<&Value> = split["detail"]["separators"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(separators.len(), 2);
    assert_eq!(separators[0]["pages"], json!([5, 6]));
    assert_eq!(separators[1]["pages"], json!([9, 10]));
    assert_eq!(
        common::all_text(&batch).trim(),
        "",
        "the text lives in the letters"
    );
    // … so the batch's own note does not claim that nothing was read.
    let anomalies = &batch["transfer_note"]["anomalies"];
    assert!(
        !anomalies.to_string().contains("no text found"),
        "{anomalies}"
    );
    assert_eq!(
        batch["transfer_note"]["batch"]["letters"], 3,
        "{}",
        batch["transfer_note"]
    );
    // Replaying the active rules moves nothing: the batch scan itself is never routed.
    let replay = inst.json(&["rules", "test", "--json"]);
    assert_eq!(replay["moves"], json!([]), "{replay}");

    // The archive copy: text layer with spaces and umlauts, fonts embedded, PDF/A metadata.
    let archive = inst.dir.path().join("brief1.pdf");
    let out = inst.cli(&[
        "show",
        &docs[0]["id"].to_string(),
        "--original",
        archive.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = tool("pdfinfo", &[], &archive, &[]);
    assert!(
        info.contains("Pages:           2"),
        "blank backs left out: {info}"
    );
    let extracted = tool("pdftotext", &["-enc", "UTF-8"], &archive, &["-"]);
    let recall = word_recall(&letters[0].text(), &extracted);
    assert!(
        recall > 0.9,
        "archive text recall {recall:.2}:\n{extracted}"
    );
    let expected = letters[0].text();
    let umlaut_words: Vec<&str> = expected
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(|c| "äöüÄÖÜß".contains(c)) && w.chars().count() >= 5)
        .collect();
    assert!(!umlaut_words.is_empty(), "the sample letter has umlauts");
    let found = umlaut_words
        .iter()
        .filter(|w| extracted.contains(*w))
        .count();
    assert!(
        found * 10 >= umlaut_words.len() * 8,
        "umlaut words in the text layer: {found} of {:?}",
        umlaut_words
    );
    // Word spaces: consecutive words of the letter appear separated by a space.
    let pairs_found = letters[0]
        .text()
        .lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            (w.len() >= 3).then(|| format!("{} {}", w[1], w[2]))
        })
        .filter(|pair| extracted.contains(pair.as_str()))
        .count();
    assert!(
        pairs_found >= 5,
        "word pairs with spaces found: {pairs_found}\n{extracted}"
    );
    let fonts = tool("pdffonts", &[], &archive, &[]);
    for line in fonts.lines().skip(2) {
        assert!(line.contains(" yes "), "every font embedded: {fonts}");
    }
    tool("qpdf", &["--check"], &archive, &[]);
    let bytes = std::fs::read(&archive).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("pdfaid:part>2<") || raw.contains("pdfaid:part=\"2\""),
        "PDF/A-2 metadata"
    );
    assert!(raw.contains("GTS_PDFA1"), "output intent");
    assert!(
        raw.contains("Fujitsu fi-7600"),
        "transfer note in the XMP metadata"
    );

    // verify passes, then reports a modified archive copy.
    let out = inst.cli(&["verify", "--all"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let sha = docs[1]["sha256"].as_str().unwrap();
    let blob = walk_find(&inst.data, sha).expect("blob of letter 2");
    let mut b = std::fs::read(&blob).unwrap();
    let n = b.len() / 2;
    b[n] ^= 0x20;
    let mut perms = std::fs::metadata(&blob).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&blob, perms).unwrap();
    std::fs::write(&blob, b).unwrap();
    let report = verify_report(&inst, &["--all"]);
    let kinds: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["original_modified"], "{report}");
    assert_eq!(report["problems"][0]["document_id"], docs[1]["id"]);
}

/// `verify … --json`, which exits 1 when it finds problems.
fn verify_report(inst: &Instance, args: &[&str]) -> Value {
    let mut all = vec!["verify", "--json"];
    all.extend_from_slice(args);
    let out = inst.cli(&all);
    assert_eq!(
        out.status.code(),
        Some(1),
        "verify must fail on a modified file"
    );
    serde_json::from_slice(&out.stdout).expect("verify --json")
}

/// A file named `name` below `dir`.
fn walk_find(dir: &std::path::Path, name: &str) -> Option<std::path::PathBuf> {
    for entry in std::fs::read_dir(dir).ok()? {
        let p = entry.ok()?.path();
        if p.is_dir() {
            if let Some(f) = walk_find(&p, name) {
                return Some(f);
            }
        } else if p
            .file_name()
            .is_some_and(|f| f.to_string_lossy().starts_with(name))
        {
            return Some(p);
        }
    }
    None
}

#[test]
fn qr_and_code128_separator_sheets_cut_letters_and_route_the_next_one() {
    let inst = batch_instance("separators = [\"barcode\"]\nbarcode_value = \"TRENNBLATT\"");
    let (letters, scans) = letters(&[(31, 2), (32, 1), (33, 1)]);
    let [first, second, third] = [&scans[0], &scans[1], &scans[2]];
    let o = opts(30);
    let mut pages = first.clone();
    pages.push(gen::separator_sheet(
        &gen::SeparatorSheet::Qr("TRENNBLATT:51".into()),
        &o,
        1,
    ));
    pages.extend(second.clone());
    pages.push(gen::separator_sheet(
        &gen::SeparatorSheet::Code128("TRENNBLATT".into()),
        &o,
        2,
    ));
    pages.extend(third.clone());
    let (batch, docs) = ingest_batch(&inst, "stapel-qr.pdf", &pages);
    assert_eq!(page_counts(&docs), [2, 1, 1]);
    for (doc, letter) in docs.iter().zip(&letters) {
        let recall = word_recall(&letter.text(), &common::all_text(doc));
        assert!(recall > 0.9, "letter {}: recall {recall:.2}", doc["id"]);
    }
    // The department code on the sheet routes the letter after it.
    assert_eq!(docs[1]["department"], "51", "{}", docs[1]["routing"]);
    assert_eq!(docs[1]["routing"]["source"], "separator");
    let third = docs[2]["routing"]["source"]
        .as_str()
        .expect("letter 3 routed");
    assert_ne!(third, "separator", "a sheet without a code routes nothing");
    let notes: Vec<&str> = batch["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["note"].as_str().unwrap_or(""))
        .collect();
    assert!(notes[2].starts_with("separator (Qr"), "{notes:?}");
    assert!(notes[4].starts_with("separator (Code128"), "{notes:?}");
    // Scanned 0.4° skewed: read as scanned, so the note says only where the page went.
    assert_eq!(notes[0], "letter 1, page 1", "{notes:?}");
}

#[test]
fn patch_t_sheets_cut_letters() {
    let inst = batch_instance("separators = [\"patch\"]");
    let (letters, scans) = letters(&[(41, 1), (42, 2), (43, 1)]);
    let sheet = gen::Separator::Sheet(gen::SeparatorSheet::PatchT);
    let pages = gen::batch_scan(&scans, &sheet, false, &opts(40));
    let (_batch, docs) = ingest_batch(&inst, "stapel-patch.pdf", &pages);
    assert_eq!(page_counts(&docs), [1, 2, 1]);
    for (doc, letter) in docs.iter().zip(&letters) {
        let recall = word_recall(&letter.text(), &common::all_text(doc));
        assert!(recall > 0.9, "letter {}: recall {recall:.2}", doc["id"]);
        let sep = &doc["transfer_note"]["batch"]["separator_before"];
        if doc["id"] != docs[0]["id"] {
            assert_eq!(sep["kind"], "patch", "{sep}");
        }
    }
}

#[test]
fn a_scan_without_separators_is_one_document_with_an_archive_copy() {
    let inst = batch_instance("separators = [\"barcode\", \"patch\"]");
    let letter = gen::Letter::sample(51);
    let fronts = letter_pages(&letter, 2, 51);
    let pages = gen::with_blank_backs(&fronts, &opts(51));
    let id = inst.ingest(
        Some("scanner"),
        "ein-brief.pdf",
        &gen::pdf_with_jpeg_pages(&pages),
    );
    let doc = inst.show(id);
    assert_eq!(doc["page_count"], 4, "the original keeps every page");
    assert_eq!(doc["consignments"], json!([]));
    let archive_sha = doc["archive_sha256"].as_str().expect("archive copy");
    assert_ne!(archive_sha, doc["sha256"].as_str().unwrap());
    let archive = inst.dir.path().join("archiv.pdf");
    let out = inst.cli(&[
        "show",
        &id.to_string(),
        "--archive",
        archive.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = tool("pdfinfo", &[], &archive, &[]);
    assert!(
        info.contains("Pages:           2"),
        "blank backs left out: {info}"
    );
    assert_eq!(
        mailroom::model::Sha256::of(&std::fs::read(&archive).unwrap()).to_hex(),
        archive_sha
    );
    // verify re-hashes the archive copy too.
    let blob = walk_find(&inst.data, archive_sha).expect("archive blob");
    let mut perms = std::fs::metadata(&blob).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&blob, perms).unwrap();
    std::fs::write(&blob, b"%PDF-1.7 replaced").unwrap();
    let report = verify_report(&inst, &[&id.to_string()]);
    assert_eq!(
        report["problems"][0]["kind"], "archive_modified",
        "{report}"
    );
}

#[test]
fn a_crash_while_filing_a_batch_loses_no_letter_and_files_none_twice() {
    let (letters, scans) = letters(&[(61, 1), (62, 1)]);
    let sheet = gen::Separator::Sheet(gen::SeparatorSheet::Qr("TRENNBLATT".into()));
    let pdf = gen::pdf_with_jpeg_pages(&gen::batch_scan(&scans, &sheet, false, &opts(60)));
    for point in ["original-stored", "document-filed"] {
        let mut inst = batch_instance("separators = [\"barcode\"]");
        inst.start_with_env(&[("MAILROOM_CRASH_AT", point)]);
        inst.drop_file("stapel.pdf", &pdf);
        inst.wait_for_crash(std::time::Duration::from_secs(120));
        assert!(
            inst.log().contains(&format!("crash point {point}")),
            "{}",
            inst.log()
        );
        inst.start();
        inst.wait_for(
            "the batch to be filed",
            std::time::Duration::from_secs(120),
            |i| {
                let s = i.status();
                s["in_progress"] == 0 && s["documents"] == 3
            },
        );
        inst.wait_for(
            "drop folder and spool to be empty",
            std::time::Duration::from_secs(10),
            |i| i.drop_contents().is_empty() && i.spool_contents().is_empty(),
        );
        let status = inst.status();
        assert_eq!(
            status["documents"], 3,
            "{point}: batch + 2 letters: {status}"
        );
        assert_eq!(status["duplicates"], 0, "{point}: {status}");
        let batch = inst.show(1);
        assert_eq!(batch["consignments"][0]["kind"], "batch", "{point}");
        let letter_ids: Vec<i64> = batch["consignments"][0]["documents"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["role"] == "attachment")
            .map(|d| d["document_id"].as_i64().unwrap())
            .collect();
        assert_eq!(letter_ids.len(), 2, "{point}");
        for (id, letter) in letter_ids.iter().zip(&letters) {
            let recall = word_recall(&letter.text(), &common::all_text(&inst.show(*id)));
            assert!(recall > 0.9, "{point}: letter {id} recall {recall:.2}");
        }
        let out = inst.cli(&["verify", "--all"]);
        assert!(
            out.status.success(),
            "{point}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        inst.stop();
    }
}

#[test]
fn separator_sheets_in_a_searchable_scan_are_found_and_its_letters_cut() {
    // Scanning software that adds its own (invisible) text to every page, the separator sheet
    // included: the sheet's symbol decides, the letters keep the text the scan came with.
    let inst = batch_instance("separators = [\"barcode\"]\nbarcode_value = \"TRENNBLATT\"");
    let (_, scans) = letters(&[(51, 1), (52, 1)]);
    let mut pages = scans[0].clone();
    pages.push(gen::separator_sheet(
        &gen::SeparatorSheet::Code39("TRENNBLATT:51".into()),
        &opts(50),
        1,
    ));
    pages.extend(scans[1].clone());
    let pdf = gen::searchable_scan_pdf(
        &pages,
        "TRENNBLATT Trennblatt der Poststelle, bitte einlegen",
    );
    let (batch, docs) = ingest_batch_pdf(&inst, "stapel-durchsuchbar.pdf", pdf);
    assert_eq!(page_counts(&docs), [1, 1], "{batch}");
    for (doc, scan) in docs.iter().zip(&scans) {
        let text = common::all_text(doc);
        let recall = word_recall(&scan[0].text, &text);
        assert!(recall > 0.99, "letter {}: recall {recall:.2}", doc["id"]);
        assert_eq!(doc["pages"][0]["text_source"], "text_layer", "{doc}");
        assert!(
            !doc["archive_size"].is_null(),
            "archive copy of the letter: {doc}"
        );
    }
    assert_eq!(docs[1]["department"], "51", "{}", docs[1]["routing"]);
    let note = batch["pages"][1]["note"].as_str().unwrap_or_default();
    assert!(note.starts_with("separator (Code39"), "{note}");
}
