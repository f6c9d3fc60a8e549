//! Integrity (TR-RESISCAN): `mailroom verify` re-hashes originals and checks the hash chains
//! of the append-only event log, against a real SQLite database tampered with from outside.

mod common;

use std::path::PathBuf;
use std::process::Output;

use common::Instance;
use mailroom_testdata as gen;
use serde_json::Value;

fn ingest_letters(inst: &Instance, n: u64) -> Vec<i64> {
    let dir = inst.dir.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let mut args = vec!["ingest".to_string(), "--json".to_string()];
    for seed in 0..n {
        let letter = gen::Letter::sample(seed);
        let p = dir.join(format!("brief-{seed}.pdf"));
        std::fs::write(&p, gen::born_digital_pdf(&letter, 1)).unwrap();
        args.push(p.display().to_string());
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = inst.json(&refs);
    out["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["document_id"].as_i64().expect("filed"))
        .collect()
}

fn verify(inst: &Instance, args: &[&str]) -> (Output, Value) {
    let mut all = vec!["verify", "--json"];
    all.extend_from_slice(args);
    let out = inst.cli(&all);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "verify --json printed no JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out, json)
}

fn problems(json: &Value) -> Vec<(String, Option<i64>)> {
    json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["kind"].as_str().unwrap().to_string(),
                p["document_id"].as_i64(),
            )
        })
        .collect()
}

fn blob_path(inst: &Instance, sha: &str) -> PathBuf {
    // The store's own answer (its layout), as `verify` and filing use it.
    mailroom::store::BlobStore::open(inst.data.join("blobs"))
        .unwrap()
        .path_of(sha.parse().unwrap())
}

/// Runs SQL against the instance's database as someone with file access would.
fn sql(inst: &Instance, statements: &[&str]) -> Result<(), String> {
    let url = inst.database_url();
    let postgres = url.starts_with("postgres");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&url)
            .await
            .map_err(|e| e.to_string())?;
        for s in statements {
            // PostgreSQL names a trigger's table: `DROP TRIGGER t ON events`.
            let s = match s.strip_prefix("DROP TRIGGER ") {
                Some(name) if postgres => format!("DROP TRIGGER {name} ON events"),
                _ => s.to_string(),
            };
            sqlx::query(&s)
                .execute(&mut conn)
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

#[test]
fn verify_passes_on_a_clean_store_and_reports_a_modified_original() {
    let inst = Instance::new();
    let ids = ingest_letters(&inst, 3);

    let (out, clean) = verify(&inst, &["--all"]);
    assert!(out.status.success(), "{clean}");
    assert_eq!(clean["documents"], 3);
    assert!(clean["events"].as_u64().unwrap() >= 3 * 3, "{clean}");
    assert_eq!(problems(&clean), []);
    let text = inst.cli(&["verify", &ids[0].to_string()]);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("all intact"));

    // Someone edits the stored original of the second document.
    let sha = inst.show(ids[1])["sha256"].as_str().unwrap().to_string();
    let path = blob_path(&inst, &sha);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"\n% appended\n");
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&path, perms).unwrap();
    std::fs::write(&path, &bytes).unwrap();

    let (out, found) = verify(&inst, &["--all"]);
    assert!(!out.status.success());
    assert_eq!(
        problems(&found),
        [("original_modified".into(), Some(ids[1]))]
    );
    let (out, _) = verify(&inst, &[&ids[0].to_string()]);
    assert!(out.status.success(), "the other documents are intact");
    let printed = inst.cli(&["verify", &ids[1].to_string()]);
    assert_eq!(printed.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&printed.stdout);
    assert!(printed.contains("MISMATCH original_modified"), "{printed}");
    assert!(printed.contains(&sha), "names the file's hash: {printed}");

    // A missing original is reported as such.
    std::fs::remove_file(&path).unwrap();
    let (_, gone) = verify(&inst, &["--all"]);
    assert_eq!(problems(&gone), [("original_missing".into(), Some(ids[1]))]);
}

#[test]
fn the_event_log_is_append_only_and_verify_reports_a_broken_chain() {
    let inst = Instance::new();
    let ids = ingest_letters(&inst, 2);
    let doc = ids[1];
    // Routing adds events of the document itself; a manual decision adds one more.
    let routed = inst.cli(&["route", &doc.to_string(), "30"]);
    assert!(routed.status.success(), "{routed:?}");
    let (out, clean) = verify(&inst, &[&doc.to_string()]);
    assert!(out.status.success(), "{clean}");

    // The database itself refuses changes and deletions of filed events.
    let first_event =
        format!("(SELECT MIN(id) FROM events WHERE document_id = {doc} AND kind = 'received')");
    let refused = sql(
        &inst,
        &[&format!(
            "UPDATE events SET detail = '{{}}' WHERE id = {first_event}"
        )],
    );
    assert!(refused.unwrap_err().contains("append-only"));
    let refused = sql(
        &inst,
        &[&format!("DELETE FROM events WHERE document_id = {doc}")],
    );
    assert!(refused.unwrap_err().contains("append-only"));

    // Someone with file access drops the protection and rewrites the receipt's first event.
    sql(
        &inst,
        &[
            "DROP TRIGGER events_append_only_update",
            &format!(
                "UPDATE events SET detail = '{{\"received_at\":\"2026-01-01T00:00:00Z\"}}' \
                 WHERE id = {first_event}"
            ),
        ],
    )
    .unwrap();
    let (out, found) = verify(&inst, &[&doc.to_string()]);
    assert!(!out.status.success());
    assert_eq!(problems(&found), [("event_modified".into(), Some(doc))]);
    let (out, _) = verify(&inst, &[&ids[0].to_string()]);
    assert!(
        out.status.success(),
        "the other document's chains are intact"
    );

    // ... and removes the document's newest event (the manual routing) without a trace in
    // the chain itself: the chain head shows it.
    sql(
        &inst,
        &[
            "DROP TRIGGER events_append_only_delete",
            &format!(
                "DELETE FROM events WHERE id = (SELECT MAX(id) FROM events \
                 WHERE document_id = {doc} AND receipt_id IS NULL)"
            ),
        ],
    )
    .unwrap();
    let (_, found) = verify(&inst, &["--all"]);
    let found_problems = problems(&found);
    // Even in a check of everything, each problem names its document.
    assert!(
        found_problems.contains(&("event_modified".into(), Some(doc))),
        "{found}"
    );
    assert!(
        found_problems.contains(&("chain_truncated".into(), Some(doc))),
        "{found}"
    );

    // Removing an event in the middle of a chain breaks the link after it.
    sql(
        &inst,
        &[&format!(
            "DELETE FROM events WHERE id = (SELECT MIN(id) FROM events \
             WHERE receipt_id = (SELECT MIN(id) FROM receipts WHERE document_id = {}) \
             AND kind != 'received')",
            ids[0]
        )],
    )
    .unwrap();
    let (_, found) = verify(&inst, &[&ids[0].to_string()]);
    let kinds: Vec<String> = problems(&found).into_iter().map(|(k, _)| k).collect();
    assert!(kinds.contains(&"chain_broken".to_string()), "{found}");
}
