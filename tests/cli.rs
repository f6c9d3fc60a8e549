//! The command line: ingest, quarantine retry/discard, search filters, show, status, shutdown.

mod common;

use std::time::{Duration, Instant};

use common::*;
use mailroom_testdata as gen;

fn write(inst: &Instance, name: &str, bytes: &[u8]) -> String {
    let dir = inst.dir.path().join("inbox");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn ingest_files_documents_leaves_originals_and_reports_failures_in_its_exit_code() {
    let inst = Instance::new();
    let a = write(
        &inst,
        "a.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(40), 1),
    );
    let b = write(
        &inst,
        "b.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(41), 1),
    );
    let out = inst.cli(&["ingest", "--json", &a, &b]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["filed"], 2);
    assert!(
        std::path::Path::new(&a).exists(),
        "ingest leaves the original"
    );

    // Again: recognised as repeats, still success.
    let again = inst.json(&["ingest", "--json", &a]);
    assert_eq!(again["duplicates"], 1);
    assert_eq!(
        again["files"][0]["document_id"],
        v["files"][0]["document_id"]
    );

    // A bad file and a missing one: exit code 1, both reported.
    let bad = write(&inst, "bad.pdf", &gen::corrupt_pdf(1));
    let out = inst.cli(&["ingest", &bad, "/nonexistent/file.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("quarantined") && text.contains("no such file"),
        "{text}"
    );
    // Searchable right away: no daemon holds the index.
    assert_eq!(inst.status()["unindexed"], 0);

    let status = inst.status();
    assert_eq!(status["documents"], 2);
    assert_eq!(status["quarantined"], 1);
}

#[test]
fn quarantine_retry_keeps_the_time_of_receipt_and_discard_removes_the_file() {
    let inst = Instance::new();
    inst.set_main("max_pages", "1");
    let two_pages = write(
        &inst,
        "zwei.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(42), 2),
    );
    let corrupt = write(&inst, "kaputt.pdf", &gen::corrupt_pdf(2));
    let out = inst.cli(&["ingest", &two_pages, &corrupt]);
    assert_eq!(out.status.code(), Some(1));
    let list = inst.json(&["quarantine", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let find = |code: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|q| q["reason_code"] == code)
            .unwrap()
            .clone()
    };
    let too_long = find("too_many_pages");
    assert!(too_long["reason"]
        .as_str()
        .unwrap()
        .contains("2 pages, over the limit of 1"));

    // The operator raises the limit and retries.
    inst.set_main("max_pages", "1000");
    let id = too_long["id"].to_string();
    let out = inst.cli(&["quarantine", "retry", &id]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = inst.show(1);
    assert_eq!(
        doc["received_at"], too_long["received_at"],
        "time of receipt is kept"
    );
    assert_eq!(doc["pages"].as_array().unwrap().len(), 2);
    let kinds = event_kinds(&doc);
    assert!(
        kinds.contains(&"quarantined".to_string()) && kinds.contains(&"retried".to_string()),
        "{kinds:?}"
    );
    assert!(!std::path::Path::new(too_long["path"].as_str().unwrap()).exists());

    // Retrying something that is not in quarantine is refused.
    assert!(!inst.cli(&["quarantine", "retry", &id]).status.success());

    let broken = find("corrupt");
    let path = std::path::PathBuf::from(broken["path"].as_str().unwrap());
    // Deleting for good asks first; without a terminal to ask on, only `--yes` does it.
    let q = format!("Q{}", broken["id"]);
    let out = inst.cli(&["quarantine", "discard", &q]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    assert!(path.exists());
    let out = inst.cli(&["quarantine", "discard", &q, "--yes"]);
    assert!(out.status.success());
    assert!(!path.exists());
    assert!(
        list_dir_is_empty(&inst.quarantine),
        "file and sidecar are gone"
    );
    assert!(inst
        .json(&["quarantine", "list", "--json"])
        .as_array()
        .unwrap()
        .is_empty());
    let all = inst.json(&["quarantine", "list", "--all", "--json"]);
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["state"] == "discarded"));
}

fn list_dir_is_empty(dir: &std::path::Path) -> bool {
    list(dir).is_empty()
}

#[test]
fn search_filters_by_pipeline_and_date_and_show_exports_the_original() {
    let inst = Instance::new();
    let letter = gen::Letter::sample(43);
    let pdf = gen::born_digital_pdf(&letter, 1);
    let a = write(&inst, "scanner.pdf", &pdf);
    let b = write(
        &inst,
        "manuell.pdf",
        &gen::born_digital_pdf(&gen::Letter::sample(47), 1),
    );
    assert!(inst
        .cli(&["ingest", "--pipeline", "scanner", &a])
        .status
        .success());
    assert!(inst.cli(&["ingest", &b]).status.success());
    let all = inst.json(&["search", "--json", ""]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    let scanner = inst.json(&["search", "--json", "--pipeline", "scanner", ""]);
    assert_eq!(scanner.as_array().unwrap().len(), 1);
    assert_eq!(scanner[0]["original_filename"], "scanner.pdf");
    assert_eq!(scanner[0]["channel"], "Post (Scan)");
    let manual = inst.json(&["search", "--json", "--pipeline", "ingest", ""]);
    assert_eq!(manual[0]["original_filename"], "manuell.pdf");
    let today = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::get("Europe/Berlin").unwrap())
        .date();
    let (t, tomorrow) = (today.to_string(), today.tomorrow().unwrap().to_string());
    assert_eq!(
        inst.json(&["search", "--json", "--from", &t, "--to", &t, ""])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(inst
        .json(&["search", "--json", "--from", &tomorrow, ""])
        .as_array()
        .unwrap()
        .is_empty());
    let bad = inst.cli(&["search", "--from", "gestern", "x"]);
    assert!(!bad.status.success());

    let out_file = inst.dir.path().join("export.pdf");
    let out = inst.cli(&["show", "1", "--original", out_file.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&out_file).unwrap(), pdf);
    let human = String::from_utf8_lossy(&inst.cli(&["show", "1"]).stdout).into_owned();
    assert!(
        human.contains("Document #1")
            && human.contains("received:")
            && (human.contains(" MEZ") || human.contains(" MESZ")),
        "{human}"
    );
    assert_eq!(inst.cli(&["show", "99"]).status.code(), Some(1));
}

#[test]
fn sigterm_with_work_in_flight_exits_promptly_and_the_work_resumes() {
    let mut inst = Instance::new();
    inst.set_main("shutdown_grace_secs", "0.5");
    inst.start();
    let (scan, _) = scanned_pdf(44, 4);
    inst.drop_file("stapel.pdf", &scan);
    inst.wait_for("processing to start", Duration::from_secs(60), |i| {
        i.status()["in_progress"] == 1
    });
    std::thread::sleep(Duration::from_millis(500));
    let t = Instant::now();
    let status = inst.stop();
    assert!(status.success(), "clean exit code after SIGTERM");
    assert!(
        t.elapsed() < Duration::from_secs(10),
        "did not wait for four pages of OCR"
    );
    assert!(inst.log().contains("left in the spool"), "{}", inst.log());
    assert_eq!(inst.status()["documents"], 0);
    assert_eq!(inst.status()["daemon"]["running"], false);
    inst.start();
    inst.wait_for_documents(1, Duration::from_secs(180));
    assert_eq!(inst.status()["receipts"], 1);
}

#[test]
fn status_json_has_the_documented_keys_and_a_second_daemon_is_refused() {
    let mut inst = Instance::new();
    inst.start();
    let s = inst.status();
    for key in [
        "documents",
        "in_progress",
        "quarantined",
        "duplicates",
        "unindexed",
        "receipts",
        "daemon",
        "pipelines",
    ] {
        assert!(s.get(key).is_some(), "{key} missing: {s}");
    }
    assert_eq!(s["daemon"]["running"], true);
    assert_eq!(s["pipelines"][0]["name"], "scanner");
    // On SQLite one daemon per installation; PostgreSQL takes several (tests/several_daemons.rs).
    if inst.database_url().starts_with("sqlite") {
        let second = inst.cli(&["run"]);
        assert!(!second.status.success());
        assert!(String::from_utf8_lossy(&second.stderr).contains("already running"));
    }
}

#[test]
fn processes_opening_a_new_instance_at_the_same_moment_all_succeed() {
    // The daemon starting while an operator runs `status`: both create the database.
    for _ in 0..3 {
        let inst = Instance::new();
        let children: Vec<_> = (0..6)
            .map(|_| {
                std::process::Command::new(BIN)
                    .arg("--config")
                    .arg(&inst.config)
                    .args(["status", "--json"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn the_daemon_limits_openmp_to_one_thread_from_process_start() {
    let inst = Instance::new();
    // Started without the variable (cargo's test environment sets it), the binary must
    // re-execute itself with it, so libgomp sees it when libtesseract loads.
    let mut child = std::process::Command::new(BIN)
        .arg("--config")
        .arg(&inst.config)
        .arg("run")
        .env_remove("OMP_THREAD_LIMIT")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let environ = format!("/proc/{}/environ", child.id());
    let start = Instant::now();
    let mut seen = String::new();
    while start.elapsed() < Duration::from_secs(20) {
        seen = String::from_utf8_lossy(&std::fs::read(&environ).unwrap_or_default()).into_owned();
        if seen.split('\0').any(|v| v == "OMP_THREAD_LIMIT=1") {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        seen.split('\0').any(|v| v == "OMP_THREAD_LIMIT=1"),
        "environment of the running daemon: {seen:?}"
    );
}
