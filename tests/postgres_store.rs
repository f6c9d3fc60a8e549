//! PostgreSQL as the store: an installation moved from SQLite with `migrate-store` keeps every
//! document, event chain, routing and account, passes `verify --all`, and goes on filing.
//! Runs against a throwaway cluster this test process starts (Debian's PostgreSQL).

mod common;

use common::http::add_user;
use common::Instance;
use mailroom_testdata as gen;
use serde_json::Value;
use std::time::Duration;

/// Files `n` letters with `mailroom ingest`; their document ids.
fn ingest_letters(inst: &Instance, seeds: std::ops::Range<u64>) -> Vec<i64> {
    seeds
        .map(|seed| {
            let letter = gen::Letter::sample(seed);
            inst.ingest(
                None,
                &format!("brief-{seed}.pdf"),
                &gen::born_digital_pdf(&letter, 1),
            )
        })
        .collect()
}

/// Points the instance's `[database] url` at `url`.
fn use_database(inst: &Instance, url: &str) {
    let text = std::fs::read_to_string(&inst.config).unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with("url = ") || t.starts_with("# url = ") {
                format!("url = \"{url}\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(&inst.config, lines.join("\n")).unwrap();
}

/// What must survive the move: counts, and per document its pages, routing and history.
fn snapshot(inst: &Instance, ids: &[i64]) -> Value {
    let status = inst.status();
    let docs: Vec<Value> = ids
        .iter()
        .map(|id| {
            let d = inst.show(*id);
            serde_json::json!({
                "sha256": d["sha256"],
                "received_at": d["received_at"],
                "pages": d["pages"],
                "department": d["department"],
                "events": d["events"],
            })
        })
        .collect();
    serde_json::json!({
        "documents": status["documents"],
        "quarantined": status["quarantined"],
        "docs": docs,
    })
}

#[test]
fn migrate_store_moves_an_installation_to_postgres_and_verify_passes() {
    let inst = Instance::new();
    let ids = ingest_letters(&inst, 0..4);
    // A delivery that cannot be read: its quarantine record must come along.
    let bad = inst.dir.path().join("kaputt.pdf");
    std::fs::write(&bad, b"%PDF-1.7 this is no PDF").unwrap();
    assert!(!inst
        .cli(&["ingest", bad.to_str().unwrap()])
        .status
        .success());
    add_user(
        &inst,
        "poststelle",
        &["--role", "mailroom"],
        "ein langes Passwort 1",
    );
    let before = snapshot(&inst, &ids);
    assert_eq!(before["quarantined"], 1, "{before}");

    let target = mailroom::store::pg_cluster::fresh_database("migrate_target").unwrap();
    let out = inst.cli(&["migrate-store", "--to", &target]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("documents"), "{stdout}");

    let source = inst.database_url();
    use_database(&inst, &target);
    assert_eq!(snapshot(&inst, &ids), before, "what PostgreSQL holds");
    let verify = inst.json(&["verify", "--all", "--json"]);
    assert_eq!(verify["documents"], 4, "{verify}");
    assert_eq!(verify["problems"], serde_json::json!([]), "{verify}");
    let users = inst.json(&["user", "list", "--json"]);
    assert!(users.to_string().contains("poststelle"), "{users}");

    // Filing goes on where the copied ids ended, and the chains stay sound.
    let more = ingest_letters(&inst, 10..12);
    assert!(
        more.iter().all(|id| id > ids.iter().max().unwrap()),
        "{more:?} after {ids:?}"
    );
    let verify = inst.json(&["verify", "--all", "--json"]);
    assert_eq!(verify["documents"], 6, "{verify}");
    assert_eq!(verify["problems"], serde_json::json!([]), "{verify}");

    // A second copy into a database that holds post is refused, and says why.
    use_database(&inst, &source);
    let again = inst.cli(&["migrate-store", "--to", &target]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("not empty"), "{err}");
}

#[test]
fn status_lists_each_running_daemon_from_the_database() {
    let mut inst = Instance::new();
    assert_eq!(inst.status()["daemons"], serde_json::json!([]));
    inst.start();
    // The row lists a source once the daemon has taken it (a moment after start).
    inst.wait_for(
        "the daemon to read its folder",
        Duration::from_secs(20),
        |i| i.status()["daemons"][0]["sources"] == serde_json::json!(["scanner"]),
    );
    let status = inst.status();
    let daemons = status["daemons"].as_array().unwrap();
    assert_eq!(daemons.len(), 1, "{status}");
    let d = &daemons[0];
    assert_eq!(d["pid"], status["daemon"]["pid"], "{status}");
    assert_eq!(d["sources"], serde_json::json!(["scanner"]), "{status}");
    assert!(!d["host"].as_str().unwrap().is_empty(), "{status}");
    assert!(d["heartbeat_at"].as_str().unwrap() >= d["started_at"].as_str().unwrap());
    assert_eq!(d["url"], status["daemon"]["url"], "{status}");
    // An orderly stop takes the entry away (a killed daemon's entry expires).
    assert!(inst.stop().success());
    assert_eq!(inst.status()["daemons"], serde_json::json!([]));
}
