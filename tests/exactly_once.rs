//! Every delivered file is filed exactly once: half-written files are not taken, repeats are
//! recognised, and a crash at any step (SIGKILL, or an abort at each crash point between
//! claiming and cleaning up) resumes without loss or duplicates.

mod common;

use std::io::Write;
use std::time::Duration;

use common::*;
use mailroom_testdata as gen;

fn pdf(seed: u64) -> Vec<u8> {
    gen::born_digital_pdf(&gen::Letter::sample(seed), 2)
}

#[test]
fn a_file_written_in_chunks_is_taken_once_and_only_when_complete() {
    let mut inst = Instance::new();
    inst.start();
    let bytes = pdf(10);
    let chunks: Vec<&[u8]> = bytes.chunks(bytes.len() / 6 + 1).collect();

    // Held open while writing, pauses shorter than the settle time (1 s).
    let path = inst.drop.join("langsam.pdf");
    let mut f = std::fs::File::create(&path).unwrap();
    for c in &chunks {
        f.write_all(c).unwrap();
        f.flush().unwrap();
        std::thread::sleep(Duration::from_millis(700));
    }
    drop(f);

    // Reopened per chunk with pauses longer than the settle time: only the content check
    // (no %%EOF yet) keeps the half-written PDF from being taken.
    let bytes2 = pdf(11);
    let path2 = inst.drop.join("netzlaufwerk.pdf");
    for c in bytes2.chunks(bytes2.len() / 3 + 1) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path2)
            .unwrap();
        f.write_all(c).unwrap();
        drop(f);
        std::thread::sleep(Duration::from_millis(1500));
    }

    inst.wait_for_documents(2, Duration::from_secs(60));
    let status = inst.status();
    assert_eq!(
        status["receipts"], 2,
        "each file claimed exactly once: {status}"
    );
    assert_eq!(status["quarantined"], 0);
    let shas: Vec<String> = (1..=2)
        .map(|i| inst.show(i)["sha256"].as_str().unwrap().to_string())
        .collect();
    for b in [&bytes, &bytes2] {
        let sha = mailroom::model::Sha256::of(b).to_hex();
        assert!(
            shas.contains(&sha),
            "the complete file was filed, not a prefix"
        );
    }
    assert!(inst.drop_contents().is_empty());
}

#[test]
fn the_same_file_dropped_twice_is_one_document_with_two_receipts() {
    let mut inst = Instance::new();
    inst.start();
    let bytes = pdf(12);
    inst.drop_file("antrag.pdf", &bytes);
    inst.wait_for_documents(1, Duration::from_secs(60));
    inst.drop_file("antrag-nochmal.pdf", &bytes);
    inst.wait_for("the repeat delivery", Duration::from_secs(60), |i| {
        let s = i.status();
        s["receipts"] == 2 && s["in_progress"] == 0
    });
    let status = inst.status();
    assert_eq!(status["documents"], 1);
    assert_eq!(status["duplicates"], 1);
    let doc = inst.show(1);
    let kinds = event_kinds(&doc);
    assert_eq!(
        kinds.iter().filter(|k| *k == "received").count(),
        2,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| *k == "duplicate_received").count(),
        1
    );
    let dup = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "duplicate_received")
        .unwrap();
    assert_eq!(dup["detail"]["original_filename"], "antrag-nochmal.pdf");
    assert_eq!(
        doc["original_filename"], "antrag.pdf",
        "the first receipt names the document"
    );
    assert!(inst.drop_contents().is_empty());
}

#[test]
fn sigkill_during_ocr_then_restart_files_exactly_once() {
    let mut inst = Instance::new();
    inst.start();
    let (scan, letter) = scanned_pdf(13, 4);
    inst.drop_file("stapel.pdf", &scan);
    inst.wait_for("OCR to start", Duration::from_secs(60), |i| {
        i.status()["in_progress"] == 1
    });
    // Four pages take several seconds on one worker; kill in the middle.
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(inst.status()["documents"], 0, "killed before filing");
    inst.kill();
    assert!(
        inst.drop_contents().is_empty(),
        "claimed: moved out of the drop folder"
    );
    assert_eq!(inst.spool_contents().len(), 1, "kept in the spool");

    inst.start();
    inst.wait_for_documents(1, Duration::from_secs(180));
    let status = inst.status();
    assert_eq!(status["receipts"], 1, "{status}");
    assert_eq!(status["quarantined"], 0);
    let doc = inst.show(1);
    assert_eq!(doc["pages"].as_array().unwrap().len(), 4);
    assert!(event_kinds(&doc).contains(&"resumed".to_string()));
    assert!(word_recall(&letter.text(), &all_text(&doc)) > 0.9);
    assert!(inst.drop_contents().is_empty());
    assert!(inst.spool_contents().is_empty());
}

/// Crashes the daemon at `point` while it handles `name`, restarts it, and checks the outcome.
fn crash_and_resume(point: &str, name: &str, bytes: &[u8]) -> Instance {
    let mut inst = Instance::new();
    inst.start_with_env(&[("MAILROOM_CRASH_AT", point)]);
    inst.drop_file(name, bytes);
    inst.wait_for_crash(Duration::from_secs(60));
    assert!(
        inst.log().contains(&format!("crash point {point}")),
        "{}",
        inst.log()
    );
    inst.start();
    inst.wait_for(
        "the resumed receipt to finish",
        Duration::from_secs(60),
        |i| {
            let s = i.status();
            s["in_progress"] == 0
                && s["receipts"] == 1
                && (s["documents"] == 1 || s["quarantined"] == 1)
        },
    );
    inst.wait_for(
        "drop folder and spool to be empty",
        Duration::from_secs(10),
        |i| i.drop_contents().is_empty() && i.spool_contents().is_empty(),
    );
    inst
}

#[test]
fn a_crash_between_any_two_steps_of_filing_loses_nothing_and_duplicates_nothing() {
    for point in [
        "claim-recorded",
        "claim-moved",
        "original-stored",
        "document-filed",
    ] {
        let bytes = pdf(20);
        let inst = crash_and_resume(point, "brief.pdf", &bytes);
        let status = inst.status();
        assert_eq!(status["documents"], 1, "{point}: {status}");
        assert_eq!(status["duplicates"], 0, "{point}: {status}");
        let doc = inst.show(1);
        assert_eq!(
            doc["sha256"],
            mailroom::model::Sha256::of(&bytes).to_hex(),
            "{point}"
        );
        assert_eq!(
            event_kinds(&doc).iter().filter(|k| *k == "filed").count(),
            1,
            "{point}"
        );
        let out = inst.cli(&["show", "1", "--original", "-"]);
        assert_eq!(out.stdout, bytes, "{point}: the stored original is intact");
    }
}

#[test]
fn a_crash_while_quarantining_still_ends_in_quarantine() {
    let inst = crash_and_resume("quarantine-moved", "kaputt.pdf", &gen::corrupt_pdf(3));
    let status = inst.status();
    assert_eq!(status["quarantined"], 1, "{status}");
    assert_eq!(status["documents"], 0);
    let q = inst.json(&["quarantine", "list", "--json"]);
    assert!(std::path::Path::new(q[0]["path"].as_str().unwrap()).exists());
}

/// Points the instance's pipeline at a new folder in `/dev/shm` (another filesystem than the
/// data folder, so files are claimed by copy); `None` (and SKIPPED) where there is none.
fn drop_folder_on_another_filesystem(inst: &mut Instance) -> Option<tempfile::TempDir> {
    let shm = std::path::Path::new("/dev/shm");
    let same_fs = {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(shm).map(|m| m.dev()).ok()
            == std::fs::metadata(&inst.data).map(|m| m.dev()).ok()
    };
    if !shm.is_dir() || same_fs {
        eprintln!("SKIPPED: /dev/shm is missing or on the data folder's filesystem; cannot test copy claims");
        return None;
    }
    let drop = tempfile::tempdir_in(shm).unwrap();
    inst.set_pipeline("path", &format!("{:?}", drop.path().display().to_string()));
    Some(drop)
}

#[test]
fn a_drop_folder_on_another_filesystem_is_claimed_by_copy_and_emptied_after_filing() {
    let mut inst = Instance::new();
    let Some(drop) = drop_folder_on_another_filesystem(&mut inst) else {
        return;
    };
    inst.start();
    let bytes = pdf(30);
    drop_into(drop.path(), "entfernt.pdf", &bytes);
    inst.wait_for_documents(1, Duration::from_secs(60));
    inst.wait_for(
        "the original to leave the drop folder",
        Duration::from_secs(10),
        |_| list(drop.path()).is_empty(),
    );
    let status = inst.status();
    assert_eq!(
        status["receipts"], 1,
        "taken once although it stayed in place while copying"
    );
    assert_eq!(
        inst.show(1)["sha256"],
        mailroom::model::Sha256::of(&bytes).to_hex()
    );
}

/// A file claimed by copy stays in its drop folder until filed. Killed during its OCR, the
/// daemon restarts with the file still in the folder: it resumes the receipt and must not
/// take the file a second time.
#[test]
fn sigkill_during_ocr_of_a_copied_file_then_restart_takes_it_once() {
    let mut inst = Instance::new();
    let Some(drop) = drop_folder_on_another_filesystem(&mut inst) else {
        return;
    };
    inst.start();
    let (scan, _) = scanned_pdf(17, 4);
    drop_into(drop.path(), "stapel.pdf", &scan);
    inst.wait_for("OCR to start", Duration::from_secs(60), |i| {
        i.status()["in_progress"] == 1
    });
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(inst.status()["documents"], 0, "killed before filing");
    inst.kill();
    assert_eq!(
        list(drop.path()).len(),
        1,
        "a copy claim leaves the file in place"
    );

    inst.start();
    inst.wait_for_documents(1, Duration::from_secs(180));
    inst.wait_for(
        "the original to leave the drop folder",
        Duration::from_secs(20),
        |_| list(drop.path()).is_empty(),
    );
    // Longer than the folder's settle time: a second claim would have happened by now.
    std::thread::sleep(Duration::from_secs(4));
    let status = inst.status();
    assert_eq!(status["receipts"], 1, "taken once: {status}");
    assert_eq!(status["duplicates"], 0, "{status}");
    assert_eq!(status["in_progress"], 0, "{status}");
}

/// Files waiting in the drop folder when the daemon starts are claimed in one transaction and
/// filed in group commits; a crash at each step of that batched path still files every file
/// exactly once.
#[test]
fn a_crash_in_the_middle_of_a_group_commit_loses_nothing_and_duplicates_nothing() {
    const FILES: u64 = 24;
    for point in [
        "claim-recorded",
        "claim-moved",
        "original-stored",
        "document-filed",
    ] {
        let mut inst = Instance::new();
        inst.set_main("workers", "2");
        let originals: Vec<Vec<u8>> = (0..FILES).map(|i| pdf(100 + i)).collect();
        for (i, bytes) in originals.iter().enumerate() {
            inst.drop_file(&format!("stapel-{i:02}.pdf"), bytes);
        }
        inst.start_with_env(&[("MAILROOM_CRASH_AT", point)]);
        inst.wait_for_crash(Duration::from_secs(60));
        assert!(
            inst.log().contains(&format!("crash point {point}")),
            "{point}"
        );
        inst.start_with_env(&[("RUST_LOG", "info,mailroom::pipeline::filer=debug")]);
        inst.wait_for_documents(FILES, Duration::from_secs(120));
        let grouped = inst.log().lines().map(strip_ansi).any(|l| {
            l.contains("group commit")
                && l.split("documents=")
                    .nth(1)
                    .and_then(|v| v.split_whitespace().next())
                    .and_then(|v| v.parse::<u32>().ok())
                    .is_some_and(|n| n > 1)
        });
        assert!(
            grouped,
            "{point}: several documents per transaction\n{}",
            inst.log()
        );
        inst.wait_for(
            "drop folder and spool to be empty",
            Duration::from_secs(20),
            |i| i.drop_contents().is_empty() && i.spool_contents().is_empty(),
        );
        let status = inst.status();
        assert_eq!(status["receipts"], FILES, "{point}: {status}");
        assert_eq!(status["duplicates"], 0, "{point}: {status}");
        assert_eq!(status["quarantined"], 0, "{point}: {status}");
        let mut filed = std::collections::HashSet::new();
        for id in 1..=FILES as i64 {
            let doc = inst.show(id);
            let filed_events = event_kinds(&doc).iter().filter(|k| *k == "filed").count();
            assert_eq!(filed_events, 1, "{point}: document {id}");
            filed.insert(doc["sha256"].as_str().unwrap().to_string());
        }
        for bytes in &originals {
            assert!(
                filed.contains(&mailroom::model::Sha256::of(bytes).to_hex()),
                "{point}: every file filed"
            );
        }
        let verify = inst.cli(&["verify", "--all"]);
        assert!(
            verify.status.success(),
            "{point}: {}",
            String::from_utf8_lossy(&verify.stdout)
        );
    }
}

/// A log line without terminal colour codes.
fn strip_ansi(line: &str) -> String {
    let mut out = String::new();
    let mut escape = false;
    for c in line.chars() {
        match (escape, c) {
            (false, '\u{1b}') => escape = true,
            (true, 'm') => escape = false,
            (true, _) => {}
            (false, c) => out.push(c),
        }
    }
    out
}
