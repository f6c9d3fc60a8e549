//! Search over HTTP as a clerk (department filter inside the index query) and as mail-room
//! staff (everything), against the real daemon filled with routed letters through its drop
//! folder.
//!
//! `cargo bench --bench http` (BENCH_DOCS=N letters, default 10000; BENCH_QUERIES per role,
//! default 400). Prints p50/p99 latency per role, measured from this process: one request at
//! a time on a kept-alive connection.
//!
//! Then the web interface's pages as both roles (Posteingang, Suche, Dokument): p50/p95 of
//! the time to the full page, one request at a time (the server's render time plus loopback);
//! and in Chromium (if chromedriver is installed), the time from a keystroke in the Suche to
//! the updated results on screen.
//!
//! Then uploads through the portal channel: BENCH_UPLOADS 1-MB PDFs (default 200) from
//! BENCH_UPLOAD_CLIENTS concurrent clients (default 20); prints uploads/s until every answer
//! (each answer means durable) and until every upload is filed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mailroom_testdata as gen;

#[path = "support/mod.rs"]
mod support;
use support::{edit, env_usize, percentile, BIN};

const PW: &str = "Bench-Passwort-2026";

#[path = "http/keystroke.rs"]
mod keystroke;

fn mailroom(config: &Path, args: &[&str], stdin: Option<&str>) -> std::process::Output {
    let mut child = Command::new(BIN)
        .arg("--config")
        .arg(config)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        writeln!(child.stdin.take().unwrap(), "{s}").unwrap();
    }
    child.wait_with_output().unwrap()
}

fn status(config: &Path) -> serde_json::Value {
    serde_json::from_slice(&mailroom(config, &["status", "--json"], None).stdout).unwrap()
}

fn main() {
    let n = env_usize("BENCH_DOCS", 10_000);
    let queries = env_usize("BENCH_QUERIES", 400);
    let dir = tempfile::tempdir().unwrap();
    let root: PathBuf = dir.path().to_path_buf();
    assert!(Command::new(BIN)
        .arg("init")
        .arg(&root)
        .stdout(Stdio::null())
        .status()
        .unwrap()
        .success());
    let config = root.join("config/mailroom.toml");
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    edit(&config, "workers = 0", &format!("workers = {workers}"));
    edit(&config, "log = \"info\"", "log = \"warn\"");
    edit(
        &config,
        "listen = \"127.0.0.1:8080\"",
        "listen = \"127.0.0.1:0\"",
    );
    let pipeline = root.join("pipelines/scanner.toml");
    edit(&pipeline, "settle_secs = 3", "settle_secs = 0.2");
    std::fs::write(
        root.join("pipelines/buergerportal.toml"),
        "type = \"upload\"\nchannel = \"Online (Portal)\"\n",
    )
    .unwrap();

    let staging = root.join("staging");
    std::fs::create_dir_all(&staging).unwrap();
    let mut clerk_department = std::collections::BTreeMap::<&str, usize>::new();
    let topics = gen::Topic::all();
    for i in 0..n {
        let topic = topics[i % topics.len()];
        let routed = gen::routed_letter(topic, (i / topics.len()) as u64);
        *clerk_department
            .entry(routed.expected_department)
            .or_default() += 1;
        let mut bytes = gen::born_digital_pdf(&routed.letter, 1);
        bytes.extend_from_slice(format!("\n% bench {i}\n").as_bytes());
        std::fs::write(staging.join(format!("doc-{i:06}.pdf")), bytes).unwrap();
    }
    // The clerk works in the department with most letters (the hardest filter to be fast on).
    let (department, expected) = clerk_department
        .iter()
        .max_by_key(|(_, c)| **c)
        .map(|(d, c)| (d.to_string(), *c))
        .unwrap();
    for (name, args) in [
        (
            "clerk",
            vec!["--role", "clerk", "--department", &department],
        ),
        ("staff", vec!["--role", "mailroom"]),
    ] {
        let mut all = vec!["user", "add", name, "--password-stdin"];
        all.extend(args);
        let out = mailroom(&config, &all, Some(PW));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let mut daemon = Command::new(BIN)
        .arg("--config")
        .arg(&config)
        .arg("run")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    while status(&config)["daemon"]["running"] != true {
        std::thread::sleep(Duration::from_millis(100));
    }
    let drop = root.join("drop/scanner");
    let started = Instant::now();
    for e in std::fs::read_dir(&staging).unwrap().flatten() {
        std::fs::rename(e.path(), drop.join(e.file_name())).unwrap();
    }
    loop {
        let s = status(&config);
        if s["documents"] == n as u64 && s["in_progress"] == 0 && s["unindexed"] == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(3600),
            "timed out: {s}"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    let filed = started.elapsed();
    let base = status(&config)["daemon"]["url"]
        .as_str()
        .unwrap()
        .to_string();

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let words = [
        "",
        "Rechnung",
        "Widerspruch",
        "Antrag",
        "Bescheid",
        "Bauantrag",
        "Jugendamt",
        "Kindergeld",
        "Frist",
        "Mayen",
        "Andernach",
        "Zahlung",
        "Gewerbe",
        "Führerschein",
    ];
    println!("search over HTTP, {n} documents (filed and searchable in {filed:.1?})");
    for name in ["clerk", "staff"] {
        let mut r = agent
            .post(&format!("{base}/api/v1/session"))
            .send_json(serde_json::json!({"username": name, "password": PW}))
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let cookie = r.headers()["set-cookie"].to_str().unwrap();
        let cookie = cookie.split(';').next().unwrap().to_string();
        let _ = r.body_mut().read_to_vec();
        let mut times = Vec::with_capacity(queries);
        let mut total_all = 0;
        for i in 0..queries {
            let q = words[i % words.len()];
            let url = format!("{base}/api/v1/documents?q={q}&facets=true&limit=20");
            let t = Instant::now();
            let mut r = agent.get(&url).header("Cookie", &cookie).call().unwrap();
            let body: serde_json::Value = r.body_mut().read_json().unwrap();
            times.push(t.elapsed());
            assert_eq!(r.status().as_u16(), 200, "{body}");
            if q.is_empty() {
                total_all = body["total"].as_u64().unwrap();
            }
        }
        match name {
            "clerk" => assert_eq!(
                total_all, expected as u64,
                "the clerk sees their department"
            ),
            _ => assert_eq!(total_all, n as u64),
        }
        times.sort();
        println!(
            "{name:>5} ({} visible): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms over {queries} queries",
            total_all,
            percentile(&times, 0.5).as_secs_f64() * 1000.0,
            percentile(&times, 0.99).as_secs_f64() * 1000.0,
            times.last().unwrap().as_secs_f64() * 1000.0,
        );
    }
    web_pages(&base, &words, queries);
    let typed = [
        "Rechnung",
        "Widerspruch",
        "Bauantrag",
        "Kindergeld",
        "Zahlung",
    ];
    for name in ["clerk", "staff"] {
        keystroke::measure(&base, name, PW, &typed);
    }
    uploads(&config, &base);
    let _ = Command::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status();
    let _ = daemon.wait();
}

/// Logs `name` in through the login form; the session cookie.
fn web_login(agent: &ureq::Agent, base: &str, name: &str) -> String {
    let r = agent
        .post(&format!("{base}/anmelden"))
        .send_form([("username", name), ("password", PW), ("weiter", "")])
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "web login of {name}");
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    cookie.split(';').next().unwrap().to_string()
}

fn web_pages(base: &str, words: &[&str], n: usize) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    println!("web pages, {n} requests per page and role (p95 target < 100 ms)");
    for name in ["clerk", "staff"] {
        let cookie = web_login(&agent, base, name);
        let get = |path: &str| -> (Duration, String) {
            let t = Instant::now();
            let mut r = agent
                .get(&format!("{base}{path}"))
                .header("Cookie", &cookie)
                .call()
                .unwrap();
            let body = r.body_mut().read_to_string().unwrap();
            let took = t.elapsed();
            assert_eq!(r.status().as_u16(), 200, "{path}: {body}");
            (took, body)
        };
        // Documents the role may open: the ones the first search pages link to.
        let (_, listing) = get("/suche?q=");
        let ids: Vec<String> = listing
            .split("href=\"/dokumente/")
            .skip(1)
            .filter_map(|s| s.split(['?', '"']).next().map(str::to_string))
            .collect();
        assert!(!ids.is_empty());
        for page in ["Posteingang", "Suche", "Dokument"] {
            let mut times: Vec<Duration> = (0..n)
                .map(|i| {
                    let path = match page {
                        "Posteingang" => "/posteingang".to_string(),
                        "Suche" => format!("/suche?q={}", words[i % words.len()]),
                        _ => format!("/dokumente/{}?q=Antrag", ids[i % ids.len()]),
                    };
                    get(&path).0
                })
                .collect();
            times.sort();
            println!(
                "{name:>5} {page:<11}: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
                percentile(&times, 0.5).as_secs_f64() * 1000.0,
                percentile(&times, 0.95).as_secs_f64() * 1000.0,
                times.last().unwrap().as_secs_f64() * 1000.0,
            );
        }
    }
}

/// A born-digital letter carrying an incompressible stream to `size` bytes: what a scanned
/// letter weighs on the upload path, without OCR time in the measurement (its text layer is
/// read instead). Unique bytes per `seed`.
fn padded_pdf(seed: u64, size: usize) -> Vec<u8> {
    let letter = gen::Letter::sample(seed);
    let mut doc = lopdf::Document::load_mem(&gen::born_digital_pdf(&letter, 1)).unwrap();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let junk: Vec<u8> = (0..size)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), junk));
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn multipart_body(name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "mailroom-bench-boundary-51c3";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn uploads(config: &Path, base: &str) {
    let n = env_usize("BENCH_UPLOADS", 200);
    let clients = env_usize("BENCH_UPLOAD_CLIENTS", 20);
    let size = 1 << 20;
    let out = mailroom(
        config,
        &[
            "token",
            "create",
            "bench-portal",
            "--role",
            "portal",
            "--pipeline",
            "buergerportal",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let bodies: Vec<(String, Vec<u8>)> = (0..n)
        .map(|i| {
            multipart_body(
                &format!("antrag-{i}.pdf"),
                &padded_pdf(10_000 + i as u64, size),
            )
        })
        .collect();
    let megabytes = bodies.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    let before = status(config)["documents"].as_u64().unwrap();
    let started = Instant::now();
    std::thread::scope(|scope| {
        for c in 0..clients {
            let (bodies, token, base) = (&bodies, &token, base);
            scope.spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                for i in (c..bodies.len()).step_by(clients) {
                    let (content_type, body) = &bodies[i];
                    let r = agent
                        .post(&format!("{base}/api/v1/uploads"))
                        .header("Authorization", &format!("Bearer {token}"))
                        .header("Content-Type", content_type)
                        .header("Idempotency-Key", &format!("bench-{i}"))
                        .send(&body[..])
                        .unwrap();
                    assert_eq!(r.status().as_u16(), 201, "upload {i}");
                }
            });
        }
    });
    let answered = started.elapsed();
    loop {
        let s = status(config);
        if s["documents"].as_u64().unwrap() >= before + n as u64 && s["in_progress"] == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(3600),
            "timed out: {s}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let filed = started.elapsed();
    println!(
        "uploads: {n} PDFs of {:.2} MB ({megabytes:.0} MB) from {clients} clients: all answered (durable) in {answered:.1?} = {:.1}/s, all filed in {filed:.1?} = {:.1}/s",
        megabytes / n as f64,
        n as f64 / answered.as_secs_f64(),
        n as f64 / filed.as_secs_f64(),
    );
}
