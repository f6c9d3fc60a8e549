//! End-to-end benchmarks of the real binary (release build), printed as a table:
//!
//! 1. OCR: wall time of `mailroom ingest` (every stage, archive copy included) vs. the
//!    `tesseract` CLI on the same page images with the same parallelism (target: ratio
//!    >= 1.1), and the character error rate of both against the generator's ground truth;
//! 2. born-digital documents per second through the daemon, drop folder to searchable
//!    (target: >= 1000/s), with CPU milliseconds per document (the daemon's own /proc
//!    times), fsyncs per document (`strace -f -c` of `mailroom ingest` on a folder) and
//!    instructions per document (`valgrind --tool=callgrind` of `ingest` on two folder sizes,
//!    the difference over the difference in documents: repeatable on a noisy machine);
//! 3. archive copy size / original size for black-white (G4), grey and colour JPEG scans;
//! 4. peak RSS of `mailroom ingest` on scans of growing page counts (target: < 250 MB, flat);
//! 5. mails per second through IMAP against a local Dovecot, each with one PDF (target >= 50/s);
//! 6. XRechnung XML invoices per second through the daemon, drop folder to searchable
//!    (target >= 200/s), each read, checked, routed and given its readable PDF/A-3 copy.
//!
//! `cargo bench --bench pipeline`. Sizes: BENCH_OCR_PAGES (16), BENCH_DOCS (1000),
//! BENCH_SCAN_PAGES (comma list, "10,100,300"), BENCH_MAILS (300), BENCH_INVOICES (1000).
//! BENCH_DB=postgres puts the store on a throwaway PostgreSQL cluster (fsync on).
//! BENCH_ONLY=ocr|docs|invoices|archive|rss|imap runs one part; BENCH_KEEP_CALLGRIND=PATH keeps the
//! callgrind profiles as PATH.N. strace and valgrind are optional:
//! without them their figures say "not measured"; BENCH_QUICK=1 skips them too (documents/s only).
//! BENCH_DAEMON_LOG=PATH keeps the daemon's log.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mailroom_testdata as gen;

#[path = "../tests/common/mod.rs"]
mod common;
use common::dovecot;

#[path = "support/mod.rs"]
mod support;
use support::{edit, env_usize, Inst, BIN};

/// A fresh installation with `workers`, on the benchmark's PostgreSQL cluster if it runs one,
/// with a drop folder that settles quickly.
fn instance(workers: usize) -> Inst {
    let url = PG.get().map(|cluster| {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        cluster.create_database(&format!("bench{n}")).unwrap()
    });
    let inst = Inst::init(url.as_deref());
    edit(&inst.config, "workers = 0", &format!("workers = {workers}"));
    let pipeline = inst.root.join("pipelines/scanner.toml");
    edit(&pipeline, "settle_secs = 3", "settle_secs = 0.2");
    edit(
        &pipeline,
        "settle_after_close_secs = 1",
        "settle_after_close_secs = 0.1",
    );
    inst
}

/// Runs a command and returns (wall time, peak RSS in bytes, success).
///
/// The peak is `VmHWM` of the child's own address space, polled until it exits. Not
/// `wait4`'s `ru_maxrss`: the child is spawned with vfork, and Linux carries the parent's
/// high-water mark across `exec` into it, so it would report this benchmark's own memory
/// (about 1 GB of generated page images) instead of mailroom's.
fn run_measured(cmd: &mut Command) -> (Duration, u64, bool) {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = text
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
            {
                peak_kb = peak_kb.max(kb);
            }
        }
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (start.elapsed(), peak_kb * 1024, status.success())
}

fn scan(pages: usize, seed: u64) -> Vec<gen::ScannedPage> {
    let letter = gen::Letter::sample(seed);
    gen::render_scan(
        &letter,
        pages,
        &gen::ScanOptions {
            seed,
            ..Default::default()
        },
    )
}

fn bench_ocr(results: &mut Vec<(String, String)>) {
    let pages = env_usize("BENCH_OCR_PAGES", 16);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let scanned = scan(pages, 7);
    let inst = instance(workers);
    let dir = inst.root.join("ocr-bench");
    std::fs::create_dir_all(&dir).unwrap();
    // The same pages for both: JPEG files for the CLI, the same JPEGs inside a PDF for us.
    let mut jpgs = Vec::new();
    for (i, p) in scanned.iter().enumerate() {
        let path = dir.join(format!("page-{i:03}.jpg"));
        std::fs::write(&path, gen::jpeg(p)).unwrap();
        jpgs.push(path);
    }
    let pdf = inst.root.join("ocr-bench.pdf");
    std::fs::write(&pdf, gen::pdf_with_jpeg_pages(&scanned)).unwrap();

    // tesseract CLI, `workers` processes at a time (a new one starts as soon as one ends, like
    // `xargs -P`), OpenMP limited like in mailroom.
    let start = Instant::now();
    let mut queue = jpgs.iter();
    let mut running: Vec<std::process::Child> = Vec::new();
    loop {
        while running.len() < workers {
            let Some(p) = queue.next() else { break };
            running.push(
                Command::new("tesseract")
                    .arg(p)
                    .arg(p.with_extension(""))
                    .args(["-l", "deu+eng", "txt"])
                    .env("OMP_THREAD_LIMIT", "1")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("tesseract CLI"),
            );
        }
        if running.is_empty() {
            break;
        }
        running.retain_mut(|c| match c.try_wait().unwrap() {
            Some(st) => {
                assert!(st.success());
                false
            }
            None => true,
        });
        std::thread::sleep(Duration::from_millis(5));
    }
    let cli = start.elapsed();
    // An installation that has started before: the example letters' model was learned at its
    // first start and is read back since (`data_dir/models`). `rules test` routes nothing here
    // but builds the router, as the first start would.
    let warm = inst.mailroom(&["rules", "test"]);
    assert!(warm.status.success(), "rules test failed");
    assert!(
        inst.root
            .join("data/models/examples-characters.bin")
            .exists(),
        "the example letters' model was not kept"
    );
    let (ours, _, ok) = run_measured(
        Command::new(BIN)
            .arg("--config")
            .arg(&inst.config)
            .args(["ingest"])
            .arg(&pdf),
    );
    assert!(ok, "ingest failed");
    let doc: serde_json::Value =
        serde_json::from_slice(&inst.mailroom(&["show", "1", "--json"]).stdout).unwrap();
    assert_eq!(doc["pages"].as_array().unwrap().len(), pages);
    let per_min = |d: Duration| pages as f64 / d.as_secs_f64() * 60.0;
    // Character error rates against the generator's ground truth, over all pages.
    let truth: String = scanned
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let cli_text: String = jpgs
        .iter()
        .map(|p| std::fs::read_to_string(p.with_extension("txt")).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let our_text: String = doc["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    results.push((
        format!("OCR, {pages} pages at 300 dpi, {workers} workers: tesseract CLI"),
        format!(
            "{:.1} pages/min ({:.2} s), CER {:.2} %",
            per_min(cli),
            cli.as_secs_f64(),
            common::cer(&truth, &cli_text)
        ),
    ));
    results.push((
        "OCR, same pages: mailroom ingest (PDF, every stage, archive copy included; an installation that started before)".into(),
        format!(
            "{:.1} pages/min ({:.2} s), CER {:.2} %",
            per_min(ours),
            ours.as_secs_f64(),
            common::cer(&truth, &our_text)
        ),
    ));
    results.push((
        "OCR ratio CLI time / mailroom time (target >= 1.1)".into(),
        format!("{:.2}", cli.as_secs_f64() / ours.as_secs_f64()),
    ));
}

fn bench_born_digital(results: &mut Vec<(String, String)>) {
    let n = env_usize("BENCH_DOCS", 1000);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let inst = instance(workers);
    let staging = inst.root.join("staging");
    std::fs::create_dir_all(&staging).unwrap();
    for i in 0..n {
        let letter = gen::Letter::sample(i as u64);
        let mut bytes = gen::born_digital_pdf(&letter, 1);
        // Make every file unique even if two seeds render alike.
        bytes.extend_from_slice(format!("\n% bench {i}\n").as_bytes());
        std::fs::write(staging.join(format!("doc-{i:05}.pdf")), bytes).unwrap();
    }
    let run = drain_through_daemon(&inst, &staging, n);
    let (mut daemon, filed_at, searchable, cpu_at_start, system_at_start) = (
        run.daemon,
        run.filed,
        run.searchable,
        run.cpu_at_start,
        run.system_at_start,
    );
    let drop = inst.root.join("drop/scanner");

    // Latency of one file on an idle daemon: dropped (renamed into the folder) to found.
    let mut latencies = Vec::new();
    for i in 0..5u64 {
        let letter = gen::Letter::sample(100_000 + i);
        let mut bytes = gen::born_digital_pdf(&letter, 1);
        let marker = format!("Latenzmarke{i}x");
        bytes.extend_from_slice(format!("\n% {i}\n").as_bytes());
        // A unique word the search can find: the file name is indexed too.
        let name = format!("{marker}.pdf");
        std::fs::write(staging.join(&name), &bytes).unwrap();
        let t = Instant::now();
        std::fs::rename(staging.join(&name), drop.join(&name)).unwrap();
        loop {
            let out = inst.mailroom(&["search", "--json", &marker]);
            let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
            if hits.as_array().is_some_and(|a| !a.is_empty()) {
                break;
            }
            assert!(t.elapsed() < Duration::from_secs(30), "not searchable");
            std::thread::sleep(Duration::from_millis(20));
        }
        latencies.push(t.elapsed());
    }
    latencies.sort();
    let cpu_ms = (cpu_seconds(daemon.id()) - cpu_at_start) * 1000.0 / (n + 5) as f64;
    let system_ms = (cpu_times(daemon.id()).1 - system_at_start) * 1000.0 / (n + 5) as f64;
    unsafe { libc::kill(daemon.id() as i32, libc::SIGTERM) };
    let _ = daemon.wait();
    results.push((
        format!("born-digital PDFs through the daemon ({n} files, drop folder to filed)"),
        format!(
            "{:.0} documents/s ({:.2} s)",
            n as f64 / filed_at.as_secs_f64(),
            filed_at.as_secs_f64()
        ),
    ));
    results.push((
        "  CPU time of the daemon per document after start (user + system; two cores allow 2 ms at 1000/s)"
            .into(),
        format!("{cpu_ms:.2} ms (of it system {system_ms:.2} ms)"),
    ));
    results.push((
        "  fsyncs per document (fsync, fdatasync, syncfs; `strace -f -c` of ingest, 300 files)"
            .into(),
        match (!quick()).then(|| fsyncs_per_document(300)) {
            Some(Some(f)) => format!("{f:.3}"),
            Some(None) => "not measured (no strace)".into(),
            None => "skipped (BENCH_QUICK)".into(),
        },
    ));
    results.push((
        "  instructions per document (callgrind, ingest of 300 minus 100 files, / 200)".into(),
        match (!quick()).then(|| instructions_per_document(100, 300)) {
            Some(Some(i)) => format!("{:.2} million", i / 1e6),
            Some(None) => "not measured (no valgrind)".into(),
            None => "skipped (BENCH_QUICK)".into(),
        },
    ));
    results.push((
        "  ... to filed and searchable (target >= 1000/s)".into(),
        format!(
            "{:.0} documents/s ({:.2} s)",
            n as f64 / searchable.as_secs_f64(),
            searchable.as_secs_f64()
        ),
    ));
    results.push((
        "one file on an idle daemon, dropped to searchable (settle 0.2 s; target < 2 s)".into(),
        format!(
            "median {:.2} s, max {:.2} s (5 files)",
            latencies[2].as_secs_f64(),
            latencies[4].as_secs_f64()
        ),
    ));
}

/// A daemon that filed everything moved in from a staging folder.
struct Drained {
    daemon: std::process::Child,
    /// Moved into the drop folder → all filed.
    filed: Duration,
    /// … → all searchable.
    searchable: Duration,
    /// The daemon's CPU seconds before the first file (loading the OCR engines).
    cpu_at_start: f64,
    /// Of it, system CPU seconds.
    system_at_start: f64,
}

/// `BENCH_QUICK=1`: leave out the slow strace and callgrind measurements.
fn quick() -> bool {
    std::env::var("BENCH_QUICK").is_ok_and(|v| v == "1")
}

/// Starts the daemon, moves the `n` files of `staging` into the scanner's drop folder at once
/// and waits until all are filed and searchable.
fn drain_through_daemon(inst: &Inst, staging: &Path, n: usize) -> Drained {
    // BENCH_DAEMON_LOG=PATH keeps the daemon's log there (with RUST_LOG=mailroom=debug it
    // shows each group commit's size and time, and each index round).
    let log_path = std::env::var_os("BENCH_DAEMON_LOG")
        .map(PathBuf::from)
        .unwrap_or_else(|| inst.root.join("daemon.log"));
    let log = std::fs::File::create(log_path).unwrap();
    let daemon = Command::new(BIN)
        .arg("--config")
        .arg(&inst.config)
        .arg("run")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    while inst.status()["daemon"]["running"] != true {
        std::thread::sleep(Duration::from_millis(100));
    }
    let drop = inst.root.join("drop/scanner");
    let counts = inst.counts_reader();
    // Loading the OCR engines at start costs ~0.7 s of CPU that no document causes.
    let cpu_at_start = cpu_seconds(daemon.id());
    let system_at_start = cpu_times(daemon.id()).1;
    let start = Instant::now();
    for e in std::fs::read_dir(staging).unwrap().flatten() {
        std::fs::rename(e.path(), drop.join(e.file_name())).unwrap();
    }
    let mut filed = None;
    loop {
        let c = counts.counts();
        if c.documents == n as u64 && c.in_progress == 0 {
            filed.get_or_insert(start.elapsed());
            if c.unindexed == 0 {
                break;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(600),
            "timed out: {c:?}"
        );
        // Reading the counts costs well under a millisecond here, so look often: the time
        // measured overshoots by at most this.
        std::thread::sleep(Duration::from_millis(20));
    }
    let searchable = start.elapsed();
    Drained {
        daemon,
        filed: filed.unwrap_or(searchable),
        searchable,
        cpu_at_start,
        system_at_start,
    }
}

/// XRechnung invoices (UBL and CII alternating, each with its readable PDF/A-3 copy) through
/// the daemon, drop folder to filed and searchable (target: >= 200/s).
fn bench_invoices(results: &mut Vec<(String, String)>) {
    let n = env_usize("BENCH_INVOICES", 1000);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let inst = instance(workers);
    let staging = inst.root.join("staging");
    std::fs::create_dir_all(&staging).unwrap();
    let leitweg = gen::leitweg_id("07137000", "63BAU");
    for i in 0..n {
        let mut spec = gen::InvoiceSpec::sample(i as u64, &leitweg);
        spec.number = format!("BENCH-{i:06}");
        let xml = if i % 2 == 0 {
            gen::invoice_ubl(&spec, None)
        } else {
            gen::invoice_cii(&spec, None)
        };
        std::fs::write(staging.join(format!("rechnung-{i:05}.xml")), xml).unwrap();
    }
    let mut run = drain_through_daemon(&inst, &staging, n);
    let cpu_ms = (cpu_seconds(run.daemon.id()) - run.cpu_at_start) * 1000.0 / n as f64;
    unsafe { libc::kill(run.daemon.id() as i32, libc::SIGTERM) };
    let _ = run.daemon.wait();
    let per_sec = |d: Duration| format!("{:.0}/s", n as f64 / d.as_secs_f64());
    results.push((
        format!("XRechnung XML invoices through the daemon ({n} files, drop folder to filed)"),
        per_sec(run.filed),
    ));
    results.push((
        "  … to filed and searchable (target >= 200/s)".into(),
        per_sec(run.searchable),
    ));
    results.push((
        "  CPU time of the daemon per invoice (user + system)".into(),
        format!("{cpu_ms:.2} ms"),
    ));
}

/// User plus system CPU seconds of process `pid` so far (/proc/PID/stat).
fn cpu_seconds(pid: u32) -> f64 {
    let (user, system) = cpu_times(pid);
    user + system
}

/// User and system CPU seconds of process `pid` so far (/proc/PID/stat).
fn cpu_times(pid: u32) -> (f64, f64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may contain spaces) in parentheses.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    (ticks(11) / hz, ticks(12) / hz)
}

/// A fresh instance and a folder of `n` distinct born-digital letters to ingest.
fn letters_folder(n: usize, seed: u64) -> (Inst, PathBuf) {
    let inst = instance(2);
    let dir = inst.root.join("letters");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        let letter = gen::Letter::sample(seed + i as u64);
        let mut bytes = gen::born_digital_pdf(&letter, 1);
        bytes.extend_from_slice(format!("\n% bench {seed} {i}\n").as_bytes());
        std::fs::write(dir.join(format!("doc-{i:05}.pdf")), bytes).unwrap();
    }
    (inst, dir)
}

/// fsync-like calls per document of `mailroom ingest` on `n` letters, counted by strace.
fn fsyncs_per_document(n: usize) -> Option<f64> {
    let (inst, dir) = letters_folder(n, 50_000);
    let summary = inst.root.join("strace.txt");
    let ok = Command::new("strace")
        .args([
            "-f",
            "-c",
            "-e",
            "trace=fsync,fdatasync,syncfs,sync_file_range",
            "-o",
        ])
        .arg(&summary)
        .arg(BIN)
        .arg("--config")
        .arg(&inst.config)
        .arg("ingest")
        .arg(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    assert!(ok.success(), "ingest under strace failed");
    let text = std::fs::read_to_string(summary).ok()?;
    let calls: u64 = text
        .lines()
        .filter(|l| {
            ["fsync", "fdatasync", "syncfs", "sync_file_range"]
                .iter()
                .any(|s| l.ends_with(s))
        })
        .filter_map(|l| {
            // "% time seconds usecs/call calls [errors] syscall": calls is the fourth column.
            l.split_whitespace()
                .nth(3)
                .and_then(|c| c.parse::<u64>().ok())
        })
        .sum();
    Some(calls as f64 / n as f64)
}

/// Instructions `mailroom ingest` executes (all threads, callgrind) on `n` letters.
fn ingest_instructions(n: usize) -> Option<u64> {
    let (inst, dir) = letters_folder(n, 60_000);
    let out = inst.root.join("callgrind.out");
    let status = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(BIN)
        .arg("--config")
        .arg(&inst.config)
        .arg("ingest")
        .arg(&dir)
        // Set, so mailroom does not start itself again to limit OpenMP.
        .env("OMP_THREAD_LIMIT", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    assert!(status.success(), "ingest under callgrind failed");
    // For `callgrind_annotate`: where the instructions go.
    if let Ok(keep) = std::env::var("BENCH_KEEP_CALLGRIND") {
        let _ = std::fs::copy(&out, format!("{keep}.{n}"));
    }
    let text = std::fs::read_to_string(out).ok()?;
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

fn instructions_per_document(small: usize, large: usize) -> Option<f64> {
    let (a, b) = (ingest_instructions(small)?, ingest_instructions(large)?);
    Some((b as f64 - a as f64) / (large - small) as f64)
}

/// Archive copy size over original size for three-page scans in G4, grey and colour JPEG.
fn bench_archive(results: &mut Vec<(String, String)>) {
    let pages = scan(3, 11);
    let kinds: [(&str, Vec<u8>); 3] = [
        ("black-white, CCITT G4", gen::pdf_with_g4_pages(&pages)),
        ("grey JPEG", gen::pdf_with_jpeg_pages(&pages)),
        ("colour JPEG", gen::pdf_with_colour_jpeg_pages(&pages)),
    ];
    for (kind, pdf) in kinds {
        let inst = instance(2);
        let path = inst.root.join("scan.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = inst.mailroom(&["ingest", "--pipeline", "scanner", path.to_str().unwrap()]);
        assert!(out.status.success(), "ingest of the {kind} scan failed");
        let doc: serde_json::Value =
            serde_json::from_slice(&inst.mailroom(&["show", "1", "--json"]).stdout).unwrap();
        let (size, archive) = (doc["size"].as_u64().unwrap(), doc["archive_size"].as_u64());
        results.push((
            format!("archive copy / original, 3-page {kind} scan"),
            match archive {
                Some(a) => format!(
                    "{:.2} ({:.0} KB / {:.0} KB)",
                    a as f64 / size as f64,
                    a as f64 / 1e3,
                    size as f64 / 1e3
                ),
                None => "no archive copy".into(),
            },
        ));
    }
}

fn bench_rss(results: &mut Vec<(String, String)>) {
    let sizes: Vec<usize> = std::env::var("BENCH_SCAN_PAGES")
        .unwrap_or_else(|_| "10,100,300".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    for pages in sizes {
        let inst = instance(workers);
        let pdf = inst.root.join(format!("scan-{pages}.pdf"));
        std::fs::write(&pdf, gen::pdf_with_jpeg_pages(&scan(pages, 3))).unwrap();
        let size = std::fs::metadata(&pdf).unwrap().len();
        let (t, rss, ok) = run_measured(
            Command::new(BIN)
                .arg("--config")
                .arg(&inst.config)
                .arg("ingest")
                .arg(&pdf),
        );
        assert!(ok, "ingest of {pages} pages failed");
        results.push((
            format!(
                "peak RSS, ingest of a {pages}-page scan ({:.1} MB PDF)",
                size as f64 / 1e6
            ),
            format!(
                "{:.0} MB ({:.0} s, {:.1} pages/min)",
                rss as f64 / 1e6,
                t.as_secs_f64(),
                pages as f64 / t.as_secs_f64() * 60.0
            ),
        ));
    }
}

fn bench_imap(results: &mut Vec<(String, String)>) {
    let n = env_usize("BENCH_MAILS", 300);
    let user = "poststelle@kreis.test";
    let dv = dovecot::Dovecot::start(&[user], false);
    // Deliver the mails first (not measured): text plus one born-digital PDF each.
    let mails: Vec<Vec<u8>> = (0..n as u64)
        .map(|i| {
            let letter = gen::Letter::sample(i);
            let mut spec = gen::MailSpec::from_letter(&letter, 10_000 + i);
            spec.message_id = format!("<bench-{i}@kreis.test>");
            spec.attachments = vec![gen::Attachment::new(
                &format!("Anlage {i}.pdf"),
                "application/pdf",
                gen::born_digital_pdf(&letter, 1),
            )];
            spec.to_eml()
        })
        .collect();
    std::thread::scope(|s| {
        for chunk in mails.chunks(mails.len().div_ceil(4)) {
            let dv = &dv;
            s.spawn(move || chunk.iter().for_each(|m| dv.append(user, "INBOX", m)));
        }
    });
    assert_eq!(dv.count(user, "INBOX"), n);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let inst = instance(workers);
    dv.pipeline(&inst.root.join("pipelines"), "poststelle", user, "");
    let log = std::fs::File::create(inst.root.join("daemon.log")).unwrap();
    let start = Instant::now();
    let mut daemon = Command::new(BIN)
        .arg("--config")
        .arg(&inst.config)
        .arg("run")
        .env("MAILROOM_TEST_IMAP_PASSWORD", dovecot::PASSWORD)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let mut filed_at = None;
    loop {
        let s = inst.status();
        if s["documents"] == 2 * n as u64 && s["in_progress"] == 0 {
            filed_at.get_or_insert(start.elapsed());
            if dv.count(user, "Verarbeitet") == n {
                break;
            }
        }
        assert!(start.elapsed() < Duration::from_secs(900), "timed out: {s}");
        std::thread::sleep(Duration::from_millis(100));
    }
    let moved_at = start.elapsed();
    unsafe { libc::kill(daemon.id() as i32, libc::SIGTERM) };
    let _ = daemon.wait();
    let filed_at = filed_at.unwrap_or(moved_at);
    results.push((
        format!("mails through IMAP ({n} mails with one PDF each, daemon start to all filed)"),
        format!(
            "{:.0} mails/s ({:.2} s)",
            n as f64 / filed_at.as_secs_f64(),
            filed_at.as_secs_f64()
        ),
    ));
    results.push((
        "  ... to all filed and moved to the processed folder (target >= 50/s)".into(),
        format!(
            "{:.0} mails/s ({:.2} s)",
            n as f64 / moved_at.as_secs_f64(),
            moved_at.as_secs_f64()
        ),
    ));
}

/// `BENCH_DB=postgres`: every instance's store on a throwaway PostgreSQL cluster that syncs
/// commits to disk (as SQLite's `synchronous = FULL` does).
static PG: std::sync::OnceLock<mailroom::store::pg_cluster::ThrowawayCluster> =
    std::sync::OnceLock::new();

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let postgres = std::env::var("BENCH_DB").is_ok_and(|v| v == "postgres");
    if postgres {
        let cluster = mailroom::store::pg_cluster::ThrowawayCluster::start_durable();
        let _ = PG.set(cluster.expect("a throwaway PostgreSQL cluster"));
    }
    let mut results = Vec::new();
    if only.is_empty() || only == "ocr" {
        bench_ocr(&mut results);
    }
    if only.is_empty() || only == "docs" {
        bench_born_digital(&mut results);
    }
    if only.is_empty() || only == "invoices" {
        bench_invoices(&mut results);
    }
    if only.is_empty() || only == "archive" {
        bench_archive(&mut results);
    }
    if only.is_empty() || only == "rss" {
        bench_rss(&mut results);
    }
    if only.is_empty() || only == "imap" {
        bench_imap(&mut results);
    }
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    println!(
        "\nmailroom pipeline benchmark ({} cores, {cpu}), store: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        if postgres { "PostgreSQL" } else { "SQLite" }
    );
    if let Some(cluster) = PG.get() {
        cluster.stop();
        let _ = std::fs::remove_dir_all(cluster.socket_dir());
    }
    for (k, v) in &results {
        println!("| {k} | {v} |");
    }
}
