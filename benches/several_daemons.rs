//! Several daemons on one PostgreSQL installation against one daemon on SQLite, in one run:
//! born-digital documents/s with 1, 2 and 4 processes, and OCR pages/min with one and two
//! processes (files spread over four drop folders; whoever reads a folder, idle daemons take
//! claimed work).
//!
//! `cargo bench --bench several_daemons`. Sizes: BENCH_DOCS (2000), BENCH_OCR_PAGES (24);
//! BENCH_PROCESSES (comma list, "1,2,4"). Start to all filed and searchable, files moved into
//! the folders at once after every daemon runs.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mailroom_testdata as gen;

#[path = "support/mod.rs"]
mod support;
use support::{env_usize, Inst, BIN};

/// Drop folders per installation: enough for every process count measured.
const FOLDERS: usize = 4;

/// An instance with `FOLDERS` drop folders (`drop/f0` …), on PostgreSQL when `pg` is given.
fn instance(pg: Option<&mailroom::store::pg_cluster::ThrowawayCluster>, name: &str) -> Inst {
    let url = pg.map(|cluster| cluster.create_database(name).unwrap());
    let inst = Inst::init(url.as_deref());
    let root = &inst.root;
    let pipelines = root.join("pipelines");
    let scanner = std::fs::read_to_string(pipelines.join("scanner.toml")).unwrap();
    std::fs::remove_file(pipelines.join("scanner.toml")).unwrap();
    for f in 0..FOLDERS {
        let folder = root.join(format!("drop/f{f}"));
        std::fs::create_dir_all(&folder).unwrap();
        let text = scanner
            .replacen(
                "path = \"../drop/scanner\"",
                &format!("path = \"{}\"", folder.display()),
                1,
            )
            .replacen("settle_secs = 3", "settle_secs = 0.2", 1)
            .replacen(
                "settle_after_close_secs = 1",
                "settle_after_close_secs = 0.1",
                1,
            );
        std::fs::write(pipelines.join(format!("f{f}.toml")), text).unwrap();
    }
    inst
}

/// Starts `processes` daemons and waits until they read all folders between them.
fn start(inst: &Inst, processes: usize) -> Vec<Child> {
    let daemons: Vec<Child> = (0..processes)
        .map(|i| {
            let log = std::fs::File::create(inst.root.join(format!("daemon-{i}.log"))).unwrap();
            Command::new(BIN)
                .arg("--config")
                .arg(&inst.config)
                .arg("run")
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .unwrap()
        })
        .collect();
    let started = Instant::now();
    loop {
        let s = inst.status();
        let list = s["daemons"].as_array().cloned().unwrap_or_default();
        let reading: usize = list
            .iter()
            .map(|d| d["sources"].as_array().map_or(0, Vec::len))
            .sum();
        if list.len() == processes && reading == FOLDERS {
            return daemons;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "{s}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn stop(daemons: Vec<Child>) {
    for mut d in daemons {
        unsafe { libc::kill(d.id() as i32, libc::SIGTERM) };
        let _ = d.wait();
    }
}

/// Moves the staged files into the folders round robin; seconds until all are filed and
/// searchable.
fn drain(inst: &Inst, staged: &[PathBuf], documents: usize) -> f64 {
    let start = Instant::now();
    for (i, file) in staged.iter().enumerate() {
        let folder = inst.root.join(format!("drop/f{}", i % FOLDERS));
        std::fs::rename(file, folder.join(file.file_name().unwrap())).unwrap();
    }
    loop {
        let s = inst.status();
        if s["documents"] == documents as u64 && s["in_progress"] == 0 && s["unindexed"] == 0 {
            return start.elapsed().as_secs_f64();
        }
        assert!(
            start.elapsed() < Duration::from_secs(1200),
            "timed out: {s}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn stage(inst: &Inst, files: Vec<(String, Vec<u8>)>) -> Vec<PathBuf> {
    let staging = inst.root.join("staging");
    std::fs::create_dir_all(&staging).unwrap();
    files
        .into_iter()
        .map(|(name, bytes)| {
            let p = staging.join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect()
}

fn born_digital(n: usize) -> Vec<(String, Vec<u8>)> {
    (0..n)
        .map(|i| {
            let mut bytes = gen::born_digital_pdf(&gen::Letter::sample(i as u64), 1);
            bytes.extend_from_slice(format!("\n% bench {i}\n").as_bytes());
            (format!("doc-{i:05}.pdf"), bytes)
        })
        .collect()
}

/// One-page scans (grey JPEG in a PDF, as a scanner writes them).
fn scans(n: usize) -> Vec<(String, Vec<u8>)> {
    (0..n)
        .map(|i| {
            let seed = 5000 + i as u64;
            let pages = gen::render_scan(
                &gen::Letter::sample(seed),
                1,
                &gen::ScanOptions {
                    seed,
                    ..Default::default()
                },
            );
            (format!("scan-{i:03}.pdf"), gen::pdf_with_jpeg_pages(&pages))
        })
        .collect()
}

fn main() {
    let docs = env_usize("BENCH_DOCS", 2000);
    let ocr_pages = env_usize("BENCH_OCR_PAGES", 24);
    let processes: Vec<usize> = std::env::var("BENCH_PROCESSES")
        .unwrap_or_else(|_| "1,2,4".into())
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    let cluster = mailroom::store::pg_cluster::ThrowawayCluster::start_durable()
        .expect("a throwaway PostgreSQL cluster");
    let mut results: Vec<(String, String)> = Vec::new();
    let mut run = |label: String, pg: bool, n: usize, files: Vec<(String, Vec<u8>)>, per: f64| {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let k = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let inst = instance(pg.then_some(&cluster), &format!("bench{k}"));
        let procs: usize = label
            .split_whitespace()
            .find_map(|w| w.parse().ok())
            .unwrap_or(1);
        let staged = stage(&inst, files);
        let daemons = start(&inst, procs);
        let secs = drain(&inst, &staged, n);
        stop(daemons);
        let rate = n as f64 * per / secs;
        eprintln!("{label}: {rate:.0} ({secs:.2} s)");
        results.push((label, format!("{rate:.0} ({secs:.2} s)")));
    };
    run(
        format!("born-digital/s, SQLite, 1 process ({docs} files)"),
        false,
        docs,
        born_digital(docs),
        1.0,
    );
    for &p in &processes {
        run(
            format!("born-digital/s, PostgreSQL, {p} processes ({docs} files)"),
            true,
            docs,
            born_digital(docs),
            1.0,
        );
    }
    run(
        format!("OCR pages/min, SQLite, 1 process ({ocr_pages} one-page scans)"),
        false,
        ocr_pages,
        scans(ocr_pages),
        60.0,
    );
    for p in [1, 2] {
        run(
            format!("OCR pages/min, PostgreSQL, {p} processes ({ocr_pages} one-page scans)"),
            true,
            ocr_pages,
            scans(ocr_pages),
            60.0,
        );
    }
    cluster.stop();
    let _ = std::fs::remove_dir_all(cluster.socket_dir());
    println!(
        "\nseveral daemons ({} cores; every daemon with the default workers)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for (k, v) in &results {
        println!("| {k} | {v} |");
    }
}
