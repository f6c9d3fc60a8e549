//! Drop folder → OCR → filed → searchable, with the real daemon, Tesseract, SQLite and inotify.

mod common;

use std::time::Duration;

use common::*;
use mailroom_testdata as gen;

#[test]
fn a_three_page_scanned_letter_becomes_one_searchable_document() {
    let mut inst = Instance::new();
    inst.start();
    let (pdf, letter) = scanned_pdf(1, 3);
    inst.drop_file("Brief vom Bürger.pdf", &pdf);
    inst.wait_for_documents(1, Duration::from_secs(180));

    let doc = inst.show(1);
    assert_eq!(doc["original_filename"], "Brief vom Bürger.pdf");
    assert_eq!(doc["status"], "filed");
    assert_eq!(doc["pipeline"], "scanner");
    assert_eq!(doc["sha256"], mailroom::model::Sha256::of(&pdf).to_hex());
    let pages = doc["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 3);
    for (i, p) in pages.iter().enumerate() {
        assert_eq!(p["number"], i as u64 + 1);
        assert_eq!(p["text_source"], "ocr");
        let conf = p["confidence"].as_f64().unwrap();
        assert!(conf > 80.0, "page {} confidence {conf}", i + 1);
    }
    let text = all_text(&doc);
    let recall = word_recall(&letter.text(), &text);
    assert!(
        recall > 0.9,
        "only {recall:.2} of the letter's words were recognised:\n{text}"
    );
    for word in letter.key_words() {
        assert!(
            text.contains(&word),
            "`{word}` missing from OCR text:\n{text}"
        );
    }
    assert!(
        text.contains('ß') && text.contains('ü'),
        "umlauts and ß survive OCR"
    );
    let kinds = event_kinds(&doc);
    for k in [
        "received",
        "detected",
        "text_extracted",
        "ocr_done",
        "filed",
    ] {
        assert!(kinds.contains(&k.to_string()), "{k} missing from {kinds:?}");
    }

    // Searchable, also with the umlaut-free spellings people type.
    let umlaut_word = letter
        .key_words()
        .into_iter()
        .find(|w| w.contains(['ä', 'ö', 'ü', 'ß']))
        .expect("the letter has a key word with an umlaut or ß");
    let ascii = umlaut_word
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss");
    inst.wait_for(
        "the document to be searchable",
        Duration::from_secs(10),
        |i| i.search(&umlaut_word).iter().any(|h| h["id"] == 1),
    );
    let hits = inst.search(&ascii);
    assert_eq!(hits.len(), 1, "searching {ascii:?}: {hits:?}");
    assert_eq!(hits[0]["id"], 1);
    assert!(hits[0]["score"].as_f64().unwrap() > 0.0);
    assert!(!hits[0]["snippet"].as_str().unwrap().is_empty());
    assert!(inst.search("Raumfahrtbehörde").is_empty());

    assert!(inst.drop_contents().is_empty(), "drop folder must be empty");
    assert!(inst.spool_contents().is_empty(), "spool must be empty");
    let status = inst.stop();
    assert!(status.success(), "clean shutdown");
}

#[test]
fn bad_files_go_to_quarantine_with_reasons_while_a_good_file_is_filed() {
    let mut inst = Instance::new();
    inst.start();
    let letter = gen::Letter::sample(2);
    inst.drop_file("kaputt.pdf", &gen::corrupt_pdf(7));
    inst.drop_file("geschuetzt.pdf", &gen::encrypted_pdf(&letter, "geheim"));
    inst.drop_file("leer.pdf", b"");
    inst.drop_file("riesig.png", &gen::huge_png(20000, 20000));
    inst.drop_file("gut.pdf", &gen::born_digital_pdf(&letter, 1));
    inst.wait_for(
        "four quarantined and one filed",
        Duration::from_secs(60),
        |i| {
            let s = i.status();
            s["quarantined"] == 4 && s["documents"] == 1 && s["in_progress"] == 0
        },
    );

    let list = inst.json(&["quarantine", "list", "--json"]);
    let by_name = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|q| q["original_filename"] == name)
            .unwrap_or_else(|| panic!("{name} not in quarantine: {list}"))
            .clone()
    };
    for (name, code, words) in [
        ("kaputt.pdf", "corrupt", "damaged"),
        ("geschuetzt.pdf", "encrypted", "password"),
        ("leer.pdf", "empty", "empty"),
        ("riesig.png", "page_too_large", "20000×20000"),
    ] {
        let q = by_name(name);
        assert_eq!(q["reason_code"], code, "{name}: {q}");
        assert!(q["reason"].as_str().unwrap().contains(words), "{name}: {q}");
        let path = std::path::PathBuf::from(q["path"].as_str().unwrap());
        assert!(path.starts_with(&inst.quarantine), "{path:?}");
        assert!(path.exists(), "quarantined file kept: {path:?}");
        let mut sidecar = path.clone().into_os_string();
        sidecar.push(".reason.txt");
        let note = std::fs::read_to_string(&sidecar).expect("sidecar");
        assert!(
            note.contains("What to do:") && note.contains(name),
            "{note}"
        );
        assert!(
            note.contains(&format!("mailroom quarantine retry Q{}", q["id"])),
            "{note}"
        );
    }
    // The bytes in quarantine are the bytes that were delivered.
    let enc = by_name("geschuetzt.pdf");
    assert_eq!(
        std::fs::read(enc["path"].as_str().unwrap()).unwrap(),
        gen::encrypted_pdf(&letter, "geheim")
    );
    assert_eq!(inst.show(1)["original_filename"], "gut.pdf");
    assert!(inst.drop_contents().is_empty());
    assert!(
        inst.status()["daemon"]["running"].as_bool().unwrap(),
        "daemon keeps running"
    );
}

#[test]
fn a_born_digital_pdf_is_filed_without_ocr_and_is_searchable() {
    let mut inst = Instance::new();
    inst.start();
    let letter = gen::Letter::sample(3);
    let pdf = gen::born_digital_pdf(&letter, 2);
    inst.drop_file("rechnung.pdf", &pdf);
    inst.wait_for_documents(1, Duration::from_secs(60));
    let doc = inst.show(1);
    let pages = doc["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 2);
    assert!(pages
        .iter()
        .all(|p| p["text_source"] == "text_layer" && p["confidence"].is_null()));
    assert!(
        !event_kinds(&doc).contains(&"ocr_done".to_string()),
        "no OCR ran"
    );
    let text = all_text(&doc);
    assert!(word_recall(&letter.text(), &text) > 0.98, "{text}");
    let word = letter.key_words().into_iter().next().unwrap();
    inst.wait_for("search hit", Duration::from_secs(10), |i| {
        i.search(&word).iter().any(|h| h["id"] == 1)
    });
}

#[test]
fn every_scanner_format_is_read_by_content() {
    let inst = Instance::new();
    inst.set_main("workers", "2");
    let dir = inst.dir.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let letter = gen::Letter::sample(4);
    let scan = gen::render_scan(
        &letter,
        2,
        &gen::ScanOptions {
            seed: 4,
            ..Default::default()
        },
    );
    // Names deliberately lie about the format: detection is by content.
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("g4.tif", gen::tiff_g4(&scan)),
        ("lzw.dat", gen::tiff_lzw(&scan)),
        ("jpeg-strips.tif", gen::tiff_jpeg(&scan)),
        ("fax.pdf", gen::pdf_with_g4_pages(&scan)),
        ("page.png", gen::png(&scan[0])),
        ("page.jpg.pdf", gen::jpeg(&scan[1])),
        ("mixed.pdf", gen::mixed_pdf(&letter)),
    ];
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let out = inst.json(&["ingest", "--json", dir.to_str().unwrap()]);
    assert_eq!(out["filed"], files.len() as u64, "{out}");
    assert_eq!(out["quarantined"], 0);
    for f in out["files"].as_array().unwrap() {
        let name = std::path::Path::new(f["path"].as_str().unwrap())
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let doc = inst.show(f["document_id"].as_i64().unwrap());
        let pages = doc["pages"].as_array().unwrap();
        let expected: Vec<&str> = match name.as_str() {
            "page.png" => vec![&scan[0].text],
            "page.jpg.pdf" => vec![&scan[1].text],
            "mixed.pdf" => {
                assert_eq!(pages[0]["text_source"], "text_layer");
                assert_eq!(pages[1]["text_source"], "ocr");
                continue;
            }
            _ => scan.iter().map(|p| p.text.as_str()).collect(),
        };
        assert_eq!(pages.len(), expected.len(), "{name}");
        for (p, want) in pages.iter().zip(expected) {
            let got = p["text"].as_str().unwrap();
            let recall = word_recall(want, got);
            assert!(
                recall > 0.85,
                "{name} page {}: recall {recall:.2}\n{got}",
                p["number"]
            );
            assert_eq!(p["dpi"], 300, "{name}: resolution from the file");
        }
        let mime = doc["media_type"].as_str().unwrap();
        let expected_mime = match name.as_str() {
            "page.png" => "image/png",
            "page.jpg.pdf" => "image/jpeg",
            n if n.contains(".tif") || n == "lzw.dat" => "image/tiff",
            _ => "application/pdf",
        };
        assert_eq!(mime, expected_mime, "{name}");
    }
    // ingest leaves the files where they were.
    assert_eq!(list(&dir).len(), files.len());
}

#[test]
fn temporary_names_are_ignored_and_rescans_find_files_without_events() {
    let mut inst = Instance::new();
    // A network share: no inotify events, only rescans.
    inst.set_pipeline("watch", "false");
    inst.start();
    let letter = gen::Letter::sample(5);
    std::fs::write(
        inst.drop.join("halb.pdf.part"),
        gen::born_digital_pdf(&letter, 1),
    )
    .unwrap();
    std::fs::write(inst.drop.join(".versteckt.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(inst.drop.join("~lock.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(
        inst.drop.join("fertig.pdf"),
        gen::born_digital_pdf(&gen::Letter::sample(6), 1),
    )
    .unwrap();
    inst.wait_for_documents(1, Duration::from_secs(30));
    assert_eq!(inst.show(1)["original_filename"], "fertig.pdf");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        inst.drop_contents(),
        [".versteckt.pdf", "halb.pdf.part", "~lock.pdf"]
    );
    // The scanner renames its temporary file when done: now it is taken.
    std::fs::rename(inst.drop.join("halb.pdf.part"), inst.drop.join("halb.pdf")).unwrap();
    inst.wait_for_documents(2, Duration::from_secs(30));
    assert_eq!(inst.show(2)["original_filename"], "halb.pdf");
    assert_eq!(inst.status()["receipts"], 2);
}

#[test]
fn a_drop_folder_that_cannot_be_read_is_reported_until_it_is_back() {
    let mut inst = Instance::new();
    inst.set_pipeline("rescan_secs", "0.5");
    // Asked of the running daemon (the CLI refuses a configuration whose folder is missing).
    let token = common::http::create_token(&inst, &["betrieb", "--role", "operator"]);
    inst.start();
    let bearer = format!("Bearer {token}");
    let url = format!("{}/api/v1/status", inst.url());
    let failing = |_: &Instance| {
        let status = common::http::request("GET", &url, &[("Authorization", &bearer)], None);
        assert_eq!(status.status, 200);
        status.json()["pipelines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "scanner")
            .unwrap()["failing"]
            .clone()
    };
    assert_eq!(failing(&inst), serde_json::json!([]));
    let away = inst.drop.with_file_name("scanner-weg");
    std::fs::rename(&inst.drop, &away).unwrap();
    inst.wait_for(
        "the folder reported failing",
        Duration::from_secs(30),
        |i| failing(i).as_array().is_some_and(|f| !f.is_empty()),
    );
    let trouble = failing(&inst)[0].clone();
    assert_eq!(trouble["part"], "Ordner", "{trouble}");
    assert!(
        trouble["error"]
            .as_str()
            .unwrap()
            .contains("is the share mounted"),
        "{trouble}"
    );
    // Back: the trouble is gone, and scans are taken again.
    std::fs::rename(&away, &inst.drop).unwrap();
    inst.wait_for("the trouble cleared", Duration::from_secs(30), |i| {
        failing(i).as_array().is_some_and(|f| f.is_empty())
    });
    inst.drop_file(
        "wieder.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(8), 1),
    );
    inst.wait_for_documents(1, Duration::from_secs(30));
    inst.stop();
}

#[test]
fn a_file_renamed_into_the_folder_waits_the_close_time_not_the_settle_time() {
    let mut inst = Instance::new();
    // Unchanged for a minute is the only other way in, far beyond this test's wait.
    inst.set_pipeline("settle_secs", "60");
    inst.set_pipeline("settle_after_close_secs", "0.2");
    inst.start();
    // The rename must come after the folder is watched (the daemon reports running a moment
    // before its sources start); a rename it does not see is a plain new file.
    inst.wait_for("the folder watched", Duration::from_secs(10), |i| {
        i.log().contains("taking files from")
    });
    // Written elsewhere and renamed in when finished, as scanners and copy tools deliver.
    let staging = inst.dir.path().join("fertig-geschrieben.pdf");
    std::fs::write(&staging, gen::born_digital_pdf(&gen::Letter::sample(9), 1)).unwrap();
    std::fs::rename(&staging, inst.drop.join("brief.pdf")).unwrap();
    inst.wait_for_documents(1, Duration::from_secs(20));
    assert_eq!(inst.show(1)["original_filename"], "brief.pdf");
    inst.stop();
}

/// Under load the index commits at most once per `commit_interval_ms`; when the daemon has
/// nothing left in work, what was filed is made searchable at once instead of after the
/// interval (the end of a burst, or one letter after another on a quiet day).
#[test]
fn the_last_document_in_work_is_searchable_without_waiting_out_the_commit_interval() {
    let mut inst = Instance::new();
    // Beyond this test's waits: a document filed within 40 s of the last index round would
    // otherwise wait for the rest of them; with nothing in work it waits a quarter (10 s).
    inst.set_main("commit_interval_ms", "40000");
    inst.start();
    let first = gen::Letter::sample(21);
    inst.drop_file("erster-brief.pdf", &gen::born_digital_pdf(&first, 1));
    inst.wait_for_documents(1, Duration::from_secs(60));
    let word = first.key_words().into_iter().next().unwrap();
    inst.wait_for(
        "the first letter searchable",
        Duration::from_secs(15),
        |i| i.search(&word).iter().any(|h| h["id"] == 1),
    );
    let second = gen::Letter::sample(22);
    inst.drop_file("zweiter-brief.pdf", &gen::born_digital_pdf(&second, 1));
    inst.wait_for_documents(2, Duration::from_secs(60));
    let word = second.key_words().into_iter().next().unwrap();
    inst.wait_for(
        "the second letter searchable",
        Duration::from_secs(15),
        |i| i.search(&word).iter().any(|h| h["id"] == 2),
    );
    inst.stop();
}
