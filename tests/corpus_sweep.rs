//! Robustness sweep over real-world hostile inputs in `../shared/corpus` (fuzzed and broken
//! PDFs, corrupt images, e-invoice PDFs). Every file must end filed or quarantined with a
//! reason: no crash, no hang. Run by `scripts/test.sh` when the corpus exists:
//! `cargo test --test corpus_sweep -- --ignored --nocapture`.

mod common;

use std::collections::BTreeMap;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const BATCH: usize = 40;
const BATCH_TIMEOUT: Duration = Duration::from_secs(300);
/// Address-space limit for each ingest run: bombs must fail inside our limits, not here.
const MEMORY_LIMIT: u64 = 12 << 30;

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.is_dir().then_some(p)
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.file_name().unwrap().to_string_lossy().to_lowercase();
                let skip = ["source.txt", "readme", "license"]
                    .iter()
                    .any(|s| name.starts_with(s))
                    || [".json", ".tsv", ".md", ".toml", ".txt"]
                        .iter()
                        .any(|x| name.ends_with(x));
                if !skip {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

enum Run {
    Done(serde_json::Value),
    Crashed(String),
    Hung,
}

/// `mailroom ingest --json` on `files` (copied into a fresh folder), under limits.
fn ingest(inst: &Instance, files: &[PathBuf], n: usize) -> Run {
    let dir = inst.dir.path().join(format!("batch-{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    for (i, f) in files.iter().enumerate() {
        // Prefix keeps names unique; ingest reads folders recursively.
        let name = format!("{i:03}-{}", f.file_name().unwrap().to_string_lossy());
        std::fs::copy(f, dir.join(name)).unwrap();
    }
    // SWEEP_BIN runs another build (a baseline) on the same inputs, for before/after counts.
    let bin = std::env::var("SWEEP_BIN").unwrap_or_else(|_| BIN.to_string());
    let mut cmd = Command::new(bin);
    cmd.arg("--config")
        .arg(&inst.config)
        .args(["ingest", "--json"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // SAFETY: setrlimit is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: MEMORY_LIMIT,
                rlim_max: MEMORY_LIMIT,
            };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > BATCH_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Run::Hung;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let out = reader.join().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    match status.code() {
        Some(0) | Some(1) => match serde_json::from_str(&out) {
            Ok(v) => Run::Done(v),
            Err(e) => Run::Crashed(format!("unparseable output ({e})")),
        },
        _ => Run::Crashed(format!("{status}")),
    }
}

/// Feeds `files` through `mailroom ingest` in batches; returns outcome counts and problems.
fn sweep(inst: &Instance, files: &[PathBuf]) -> (BTreeMap<String, usize>, Vec<String>) {
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems: Vec<String> = Vec::new();
    let mut n = 0;
    for batch in files.chunks(BATCH) {
        n += 1;
        let mut record = |v: &serde_json::Value| {
            for f in v["files"].as_array().unwrap() {
                let name = f["path"].as_str().or(f["file"].as_str()).unwrap_or("?");
                let key = match f["outcome"].as_str().unwrap() {
                    "quarantined" => {
                        let id = f["receipt_id"].as_i64().unwrap();
                        let code = inst
                            .json(&["quarantine", "list", "--all", "--json"])
                            .as_array()
                            .unwrap()
                            .iter()
                            .find(|q| q["id"] == id)
                            .map(|q| q["reason_code"].as_str().unwrap_or("?").to_string())
                            .unwrap_or_default();
                        format!("quarantined: {code}")
                    }
                    o => o.to_string(),
                };
                log_outcome(name, &key);
                *outcomes.entry(key).or_default() += 1;
            }
        };
        match ingest(inst, batch, n) {
            Run::Done(v) => record(&v),
            // Find the culprit(s) one file at a time.
            _ => {
                for f in batch {
                    n += 1;
                    match ingest(inst, std::slice::from_ref(f), n) {
                        Run::Done(v) => record(&v),
                        Run::Crashed(why) => {
                            problems.push(format!("crash ({why}): {}", f.display()))
                        }
                        Run::Hung => problems.push(format!("hang: {}", f.display())),
                    }
                }
            }
        }
    }
    (outcomes, problems)
}

/// With SWEEP_LOG set, one line per file (name, outcome) is appended there, so two runs can
/// be compared file by file (nothing filed before may be quarantined after).
fn log_outcome(name: &str, outcome: &str) {
    use std::io::Write;
    if let Ok(path) = std::env::var("SWEEP_LOG") {
        let base = Path::new(name)
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        // Batch folders prefix names with a counter; the rest names the corpus file.
        let base = base.split_once('-').map(|(_, b)| b).unwrap_or(&base);
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap();
        writeln!(f, "{base}\t{outcome}").unwrap();
    }
}

fn report(
    what: &str,
    files: usize,
    started: Instant,
    outcomes: &BTreeMap<String, usize>,
    problems: &[String],
) {
    eprintln!("{what}: {files} files in {:.0?}", started.elapsed());
    for (k, v) in outcomes {
        eprintln!("  {v:5}  {k}");
    }
    for p in problems {
        eprintln!("  PROBLEM {p}");
    }
}

fn sweep_instance() -> Instance {
    let inst = Instance::new();
    inst.set_main("workers", "2");
    inst.set_main("max_pages", "30");
    inst.set_main("page_timeout_secs", "30");
    inst.set_main("max_file_mb", "64");
    inst
}

#[test]
#[ignore = "needs ../shared/corpus; run by scripts/test.sh"]
fn hostile_inputs_are_filed_or_quarantined_never_crash_or_hang() {
    let Some(corpus) = corpus() else {
        eprintln!("SKIPPED: ../shared/corpus not found");
        return;
    };
    let mut files = files_under(&corpus.join("hostile"));
    files.extend(
        files_under(&corpus.join("einvoice"))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf"))),
    );
    let inst = sweep_instance();
    let started = Instant::now();
    let (outcomes, problems) = sweep(&inst, &files);
    report("hostile sweep", files.len(), started, &outcomes, &problems);
    assert!(
        problems.is_empty(),
        "{} files crashed or hung the pipeline",
        problems.len()
    );
    assert_eq!(
        outcomes.values().sum::<usize>(),
        files.len(),
        "every file has an outcome"
    );
}

#[test]
#[ignore = "needs ../shared/corpus; run by scripts/test.sh"]
fn every_corpus_mail_goes_through_mail_intake_without_panic_or_hang() {
    let Some(corpus) = corpus() else {
        eprintln!("SKIPPED: ../shared/corpus not found");
        return;
    };
    // Every message file: .eml, and the mbox/TNEF/other fixtures, which must not break it.
    let files: Vec<PathBuf> = files_under(&corpus.join("email"))
        .into_iter()
        .filter(|p| {
            !p.extension()
                .is_some_and(|x| x == "list" || x == "snapshot")
        })
        .collect();
    let inst = sweep_instance();
    let started = Instant::now();
    let (outcomes, problems) = sweep(&inst, &files);
    report("mail sweep", files.len(), started, &outcomes, &problems);
    let status = inst.status();
    let mails = inst
        .json(&["search", "--json", "--limit", "100000", ""])
        .as_array()
        .map(|hits| hits.len())
        .unwrap_or(0);
    eprintln!(
        "  documents filed: {} (searchable: {mails})",
        status["documents"]
    );
    let mut consignments = 0;
    while inst
        .cli(&[
            "show",
            "--consignment",
            &(consignments + 1).to_string(),
            "--json",
        ])
        .status
        .success()
    {
        consignments += 1;
    }
    eprintln!("  consignments (mails taken apart): {consignments}");
    assert!(
        problems.is_empty(),
        "{} files crashed or hung the mail intake",
        problems.len()
    );
    assert_eq!(
        outcomes.values().sum::<usize>(),
        files.len(),
        "every file has an outcome"
    );
    assert!(consignments > 100, "most corpus files are mails");
}
