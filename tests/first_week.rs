//! What a new mail room trips over in its first week: files that waited for the daemon keep
//! their time of receipt, files that never complete are visible, quarantine is quick to clear,
//! times are shown in Berlin.

mod common;

use std::time::{Duration, SystemTime};

use common::Instance;
use mailroom_testdata as gen;

fn utc(t: SystemTime) -> String {
    let ts = jiff::Timestamp::try_from(t).unwrap();
    ts.strftime("%Y-%m-%dT%H:%M:%S.%6fZ").to_string()
}

#[test]
fn a_file_that_waited_for_the_daemon_keeps_the_time_it_was_complete_in_the_folder() {
    let mut inst = Instance::new();
    // Dropped on Friday afternoon while the daemon was stopped (the file's modification time).
    let friday = SystemTime::now() - Duration::from_secs(3 * 24 * 3600 + 1800);
    let path = inst.drop_file(
        "freitag.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(3), 1),
    );
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(friday)
        .unwrap();
    // And one with a clock ahead of ours: never dated into the future.
    let ahead = SystemTime::now() + Duration::from_secs(3600);
    let path = inst.drop_file(
        "zukunft.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(4), 1),
    );
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(ahead)
        .unwrap();
    let started = SystemTime::now();
    inst.start();
    inst.wait_for_documents(2, Duration::from_secs(60));
    let docs: Vec<_> = (1..=2).map(|id| inst.show(id)).collect();
    let by_name = |n: &str| docs.iter().find(|d| d["original_filename"] == n).unwrap();

    let early = by_name("freitag.pdf");
    assert_eq!(early["received_at"], utc(friday), "{early}");
    let claimed = early["claimed_at"].as_str().unwrap();
    assert!(claimed >= utc(started).as_str(), "claimed {claimed}");
    assert!(
        early["received_at_local"]
            .as_str()
            .unwrap()
            .ends_with("MEZ")
            || early["received_at_local"]
                .as_str()
                .unwrap()
                .ends_with("MESZ"),
        "{early}"
    );
    let human =
        String::from_utf8_lossy(&inst.cli(&["show", &early["id"].to_string()]).stdout).into_owned();
    assert!(human.contains("taken in:"), "{human}");

    // The daemon's log went to a file: no colour codes in it.
    let log = inst.log();
    assert!(log.contains("received"), "{log}");
    assert!(
        !log.contains('\u{1b}'),
        "ANSI codes in the log file:\n{log}"
    );

    let future = by_name("zukunft.pdf");
    assert_eq!(future["received_at"], future["claimed_at"], "{future}");
    assert!(future["received_at"].as_str().unwrap() < utc(ahead).as_str());
}

#[test]
fn status_names_the_files_that_wait_for_completion() {
    let mut inst = Instance::new();
    inst.set_pipeline("incomplete_wait_secs", "600");
    inst.start();
    let pdf = gen::born_digital_pdf(&gen::Letter::sample(7), 1);
    let cut = pdf.len() - 200;
    inst.drop_file("halb.pdf", &pdf[..cut]);
    let mut status = serde_json::Value::Null;
    inst.wait_for(
        "the cut-off file to be listed as waiting",
        Duration::from_secs(30),
        |i| {
            status = i.status();
            status["pipelines"][0]["waiting"]
                .as_array()
                .is_some_and(|w| !w.is_empty())
        },
    );
    let waiting = &status["pipelines"][0]["waiting"][0];
    assert!(
        waiting["path"].as_str().unwrap().ends_with("halb.pdf"),
        "{status}"
    );
    assert!(
        waiting["reason"].as_str().unwrap().contains("%%EOF"),
        "{status}"
    );
    let human = String::from_utf8_lossy(&inst.cli(&["status"]).stdout).into_owned();
    assert!(
        human.contains("halb.pdf") && human.contains("not complete"),
        "{human}"
    );
    // The daemon's start is shown in Berlin time, not as a UTC timestamp.
    let since = human.lines().find(|l| l.starts_with("daemon:")).unwrap();
    assert!(
        since.contains(" MEZ)") || since.contains(" MESZ)"),
        "{since}"
    );
    // The scanner finishes the file: it is taken and no longer listed.
    std::fs::write(inst.drop.join("halb.pdf"), &pdf).unwrap();
    let status = inst.wait_for_documents(1, Duration::from_secs(30));
    assert_eq!(
        status["pipelines"][0]["waiting"],
        serde_json::json!([]),
        "{status}"
    );
    // Without a daemon nothing is claimed to wait.
    inst.stop();
    assert_eq!(
        inst.status()["pipelines"][0]["waiting"],
        serde_json::json!([])
    );
}

fn write_in(inst: &Instance, name: &str, bytes: &[u8]) -> String {
    let dir = inst.dir.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn quarantined(inst: &Instance) -> Vec<serde_json::Value> {
    inst.json(&["quarantine", "list", "--json"])
        .as_array()
        .unwrap()
        .clone()
}

fn sha_hex(bytes: &[u8]) -> String {
    mailroom::model::Sha256::of(bytes).to_hex()
}

#[test]
fn quarantine_ids_are_q_numbers_everywhere_and_several_are_cleared_at_once() {
    let inst = Instance::new();
    let files: Vec<String> = (0..4)
        .map(|i| write_in(&inst, &format!("leer{i}.pdf"), b""))
        .chain([write_in(&inst, "kaputt.pdf", &gen::corrupt_pdf(1))])
        .collect();
    let args: Vec<&str> = std::iter::once("ingest")
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = inst.cli(&args);
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    let list = quarantined(&inst);
    assert_eq!(list.len(), 5);
    assert!(
        list.iter().all(|q| q["id"].is_number()),
        "JSON ids stay numbers"
    );
    let id_of = |name: &str| {
        list.iter()
            .find(|q| q["original_filename"] == name)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    let (e0, e1, bad) = (id_of("leer0.pdf"), id_of("leer1.pdf"), id_of("kaputt.pdf"));
    assert!(printed.contains(&format!("Q{bad}")), "{printed}");
    let human = String::from_utf8_lossy(&inst.cli(&["quarantine", "list"]).stdout).into_owned();
    assert!(
        human.contains(&format!("Q{e0}")) && human.contains("[empty]"),
        "{human}"
    );

    // One unknown id: nothing is done.
    let out = inst.cli(&["quarantine", "discard", &format!("Q{e0}"), "Q99", "--yes"]);
    assert!(!out.status.success());
    assert_eq!(quarantined(&inst).len(), 5);
    // Both id forms, several at once.
    let out = inst.cli(&[
        "quarantine",
        "discard",
        &format!("Q{e0}"),
        &e1.to_string(),
        "--yes",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(quarantined(&inst).len(), 3);
    // Everything of one reason: the empty files go, the damaged PDF stays.
    let out = inst.cli(&[
        "quarantine",
        "discard",
        "--all",
        "--reason",
        "empty",
        "--yes",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left = quarantined(&inst);
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["reason_code"], "corrupt");
    // Retry by the Q form: still damaged, so it stays (and says so).
    let out = inst.cli(&["quarantine", "retry", &format!("q{bad}")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("still cannot be processed"));
}

#[test]
fn a_retried_file_that_was_replaced_records_both_hashes_and_takes_the_new_name() {
    let inst = Instance::new();
    let broken = gen::corrupt_pdf(3);
    let out = inst.cli(&["ingest", &write_in(&inst, "kaputt.pdf", &broken)]);
    assert_eq!(out.status.code(), Some(1));
    let q = quarantined(&inst)[0].clone();
    let path = std::path::PathBuf::from(q["path"].as_str().unwrap());

    // Staff save the repaired scan next to it under a new name and remove the broken one.
    let good = gen::born_digital_pdf(&gen::Letter::sample(31), 1);
    std::fs::remove_file(&path).unwrap();
    std::fs::write(path.with_file_name("1-kaputt-repariert.pdf"), &good).unwrap();
    let out = inst.cli(&["quarantine", "retry", "Q1"]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = inst.show(1);
    assert_eq!(doc["original_filename"], "kaputt-repariert.pdf");
    assert_eq!(doc["received_at"], q["received_at"], "time of receipt kept");
    let retried = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "retried")
        .unwrap_or_else(|| panic!("{doc}"))
        .clone();
    let replaced = &retried["detail"]["replaced"];
    assert_eq!(replaced["old_sha256"], sha_hex(&broken), "{retried}");
    assert_eq!(replaced["new_sha256"], sha_hex(&good), "{retried}");
    assert_eq!(replaced["old_name"], "kaputt.pdf");
    assert_eq!(replaced["new_name"], "kaputt-repariert.pdf");

    // Given with --file: the broken bytes are kept (as a blob under their hash).
    let broken2 = gen::corrupt_pdf(4);
    let out = inst.cli(&["ingest", &write_in(&inst, "defekt.pdf", &broken2)]);
    assert_eq!(out.status.code(), Some(1));
    let q2 = quarantined(&inst)[0]["id"].as_i64().unwrap();
    let good2 = gen::born_digital_pdf(&gen::Letter::sample(32), 1);
    let fixed = write_in(&inst, "neu-gescannt.pdf", &good2);
    let out = inst.cli(&["quarantine", "retry", &format!("Q{q2}"), "--file", &fixed]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = inst.show(2);
    assert_eq!(doc["original_filename"], "neu-gescannt.pdf");
    assert_eq!(doc["sha256"], sha_hex(&good2));
    let hex = sha_hex(&broken2);
    let kept = mailroom::store::BlobStore::open(inst.data.join("blobs"))
        .unwrap()
        .path_of(hex.parse().unwrap());
    assert_eq!(std::fs::read(kept).unwrap(), broken2);
    assert!(
        std::path::Path::new(&fixed).exists(),
        "the given file is copied, not taken away"
    );
}

#[test]
fn show_says_how_a_document_came_in_with_a_mail_in_plain_words() {
    let inst = Instance::new();
    let (mail, _) = gen::german_mail_with_two_pdfs(81);
    let out = inst.json(&["ingest", "--json", &write_in(&inst, "post.eml", &mail)]);
    assert_eq!(out["files"][0]["outcome"], "filed", "{out}");
    let parts = inst.json(&["show", "--consignment", "1", "--json"]);
    let doc_of = |role: &str| {
        parts["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["role"] == role)
            .unwrap_or_else(|| panic!("no {role}: {parts}"))["document_id"]
            .to_string()
    };
    let text = |id: String| String::from_utf8_lossy(&inst.cli(&["show", &id]).stdout).into_owned();
    let cover = text(doc_of("cover"));
    assert!(
        cover.contains("came in:    as the text of the mail"),
        "{cover}"
    );
    let attachment = text(doc_of("attachment"));
    assert!(
        attachment.contains("came in:    as an attachment of the mail"),
        "{attachment}"
    );
    assert!(!cover.contains("mail of mail") && !attachment.contains("mail of mail"));
}
