//! `backend = "meilisearch"` end to end against a real server: filing, the CLI, HTTP search
//! with clerks' tenant tokens, `reindex` while the daemon runs, and the server stopped in
//! the middle of indexing. Run when `MEILI_URL` (and `MEILI_MASTER_KEY`) are set; the crash
//! test starts a server of its own from `MEILI_BIN`. Otherwise each prints SKIPPED.

mod common;

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::http::*;
use common::*;
use mailroom_testdata::{born_digital_pdf, routed_letter, Topic};
use serde_json::Value;

const PW: &str = "Sommer-2026-Poststelle";

fn skipped() {
    println!("SKIPPED: Meilisearch tests (MEILI_URL not set)");
}

/// An instance whose search is the Meilisearch server at `url`, in an index of its own.
fn meili_instance(url: &str, key: Option<&str>, index: &str) -> Instance {
    let mut inst = Instance::new();
    let mut value = format!("\"meilisearch\"\nurl = \"{url}\"\nindex = \"{index}\"");
    if let Some(k) = key {
        value.push_str("\napi_key_env = \"MAILROOM_TEST_MEILI_KEY\"");
        inst.set_env("MAILROOM_TEST_MEILI_KEY", k);
    }
    inst.set_main("backend", &value);
    inst
}

fn unique(name: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("mailroom-test-{name}-{}-{nanos}", std::process::id())
}

fn ids(hits: &[Value]) -> Vec<i64> {
    let mut v: Vec<i64> = hits.iter().filter_map(|h| h["id"].as_i64()).collect();
    v.sort_unstable();
    v
}

#[test]
fn meilisearch_serves_the_cli_the_daemon_and_clerks_through_tenant_tokens() {
    let Ok(url) = std::env::var("MEILI_URL") else {
        return skipped();
    };
    let key = std::env::var("MEILI_MASTER_KEY").ok();
    let mut inst = meili_instance(&url, key.as_deref(), &unique("e2e"));
    assert!(inst.cli(&["validate"]).status.success());
    // `ingest` returns once its documents are searchable in Meilisearch.
    let TwoDepartments {
        a, b, dep_a, dep_b, ..
    } = file_two_departments(&inst, 41);
    assert_eq!(inst.status()["unindexed"], 0);
    assert_eq!(inst.status()["search"]["backend"], "meilisearch");
    let all = inst.json(&["search", "--json", "--limit", "50"]);
    assert_eq!(ids(all.as_array().unwrap()), vec![a.min(b), a.max(b)]);

    add_user(
        &inst,
        "clerk-a",
        &["--role", "clerk", "--department", dep_a],
        PW,
    );
    add_user(&inst, "staff", &["--role", "mailroom"], PW);
    inst.start();
    let base = inst.url();
    let clerk = login(&base, "clerk-a", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let mine = clerk
        .get(&format!("{base}/api/v1/documents?facets=true"))
        .json();
    assert_eq!(mine["total"], 1, "{mine}");
    assert_eq!(mine["hits"][0]["id"], a);
    let theirs = clerk
        .get(&format!("{base}/api/v1/documents?department={dep_b}"))
        .json();
    assert_eq!(theirs["total"], 0, "{theirs}");
    let staff = login(&base, "staff", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let both = staff.get(&format!("{base}/api/v1/documents")).json();
    assert_eq!(both["total"], 2, "{both}");

    // A letter dropped while the daemon runs is found; `reindex` swaps a fresh index in.
    let c = routed_letter(Topic::Rechnung, 43);
    inst.drop_file("dritte.pdf", &born_digital_pdf(&c.letter, 1));
    inst.wait_for("the third letter indexed", Duration::from_secs(60), |i| {
        let s = i.status();
        s["documents"] == 3 && s["unindexed"] == 0
    });
    let out = inst.cli(&["reindex"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = staff.get(&format!("{base}/api/v1/documents")).json();
    assert_eq!(after["total"], 3, "{after}");
    let mine = clerk.get(&format!("{base}/api/v1/documents")).json();
    assert!(
        mine["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["department"] == dep_a),
        "{mine}"
    );
    inst.stop();
}

/// A Meilisearch server of the test's own, which it can stop and start again.
struct Server {
    bin: String,
    db: tempfile::TempDir,
    port: u16,
    child: Option<Child>,
}

const KEY: &str = "test-master-key-0123456789";

impl Server {
    fn start(bin: &str) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut s = Server {
            bin: bin.to_string(),
            db: tempfile::tempdir().unwrap(),
            port,
            child: None,
        };
        s.run();
        s
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn run(&mut self) {
        let child = Command::new(&self.bin)
            .args(["--no-analytics", "--env", "development"])
            .arg("--db-path")
            .arg(self.db.path().join("data.ms"))
            .args(["--http-addr", &format!("127.0.0.1:{}", self.port)])
            .args(["--master-key", KEY])
            .current_dir(self.db.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start meilisearch");
        self.child = Some(child);
        let start = Instant::now();
        while ureq_health(&self.url()).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "meilisearch did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn ureq_health(url: &str) -> Result<(), ()> {
    let addr = url.trim_start_matches("http://");
    std::net::TcpStream::connect(addr).map_err(|_| ())?;
    let r = request("GET", &format!("{url}/health"), &[], None);
    if r.status == 200 {
        Ok(())
    } else {
        Err(())
    }
}

fn drop_letters(inst: &Instance, from: u64, n: u64) {
    for seed in from..from + n {
        let l = routed_letter(Topic::Widerspruch, seed);
        inst.drop_file(
            &format!("brief-{seed}.pdf"),
            &born_digital_pdf(&l.letter, 1),
        );
    }
}

#[test]
fn meilisearch_stopped_mid_indexing_loses_nothing_and_duplicates_nothing() {
    let Ok(bin) = std::env::var("MEILI_BIN") else {
        println!(
            "SKIPPED: Meilisearch tests (MEILI_BIN not set: the crash test starts its own server)"
        );
        return;
    };
    assert!(Path::new(&bin).exists(), "MEILI_BIN={bin}");
    let mut server = Server::start(&bin);
    let mut inst = meili_instance(&server.url(), Some(KEY), "mailroom-documents");
    inst.start();
    drop_letters(&inst, 100, 20);
    // Stop the server while the daemon is still taking letters in and indexing them.
    inst.wait_for("some letters filed", Duration::from_secs(60), |i| {
        i.status()["documents"].as_u64().unwrap_or(0) >= 5
    });
    server.kill();
    drop_letters(&inst, 200, 10);
    inst.wait_for(
        "all letters filed without search",
        Duration::from_secs(120),
        |i| {
            let s = i.status();
            s["documents"] == 30 && s["in_progress"] == 0
        },
    );
    let backlog = inst.status()["unindexed"].as_u64().unwrap();
    assert!(backlog > 0, "nothing waits for the stopped server");
    let human = inst.cli(&["status"]);
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(human.contains("waiting for Meilisearch"), "{human}");

    server.run();
    inst.wait_for("the backlog indexed", Duration::from_secs(120), |i| {
        i.status()["unindexed"] == 0
    });
    let hits = inst.json(&["search", "--json", "--limit", "100"]);
    let found = ids(hits.as_array().unwrap());
    let mut unique_ids = found.clone();
    unique_ids.dedup();
    assert_eq!(found.len(), 30, "{found:?}");
    assert_eq!(unique_ids.len(), 30, "a document is in the index twice");
    inst.stop();
}
