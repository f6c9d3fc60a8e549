//! Test harness: a fresh mailroom instance in a temp folder, driven through the real binary.
#![allow(dead_code)]

pub mod daemons;
pub mod dovecot;
pub mod http;
pub mod slapd;
pub mod webhook;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_mailroom");

/// An instance created with `mailroom init`, tuned for tests (short settle and rescan times).
pub struct Instance {
    pub dir: tempfile::TempDir,
    pub config: PathBuf,
    pub pipeline: PathBuf,
    pub drop: PathBuf,
    pub data: PathBuf,
    pub quarantine: PathBuf,
    daemon: Option<Child>,
    runs: usize,
    /// Extra environment for every command (e.g. the IMAP password variable).
    env: Vec<(String, String)>,
}

impl Instance {
    pub fn new() -> Instance {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = Command::new(BIN)
            .args(["init", "--json"])
            .arg(dir.path())
            .output()
            .expect("run mailroom init");
        assert!(
            out.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let paths: Value = serde_json::from_slice(&out.stdout).expect("init --json");
        let p = |k: &str| PathBuf::from(paths[k].as_str().unwrap());
        let inst = Instance {
            config: p("config"),
            pipeline: p("pipeline"),
            drop: p("drop_folder"),
            data: p("data_dir"),
            quarantine: p("quarantine_dir"),
            dir,
            daemon: None,
            runs: 0,
            env: Vec::new(),
        };
        if mailroom::store::pg_cluster::tests_use_postgres() {
            // MAILROOM_TEST_DB=postgres: a database of its own on this test process's
            // throwaway cluster.
            let test = std::thread::current().name().unwrap_or("it").to_string();
            let url = mailroom::store::pg_cluster::fresh_database(&test).expect("PostgreSQL");
            let text = std::fs::read_to_string(&inst.config).unwrap();
            assert!(
                text.contains("# url = \"\""),
                "mailroom.toml has a [database] url line"
            );
            let text = text.replacen("# url = \"\"", &format!("url = \"{url}\""), 1);
            std::fs::write(&inst.config, text).unwrap();
        }
        inst.set_pipeline("settle_secs", "1");
        inst.set_pipeline("settle_after_close_secs", "0.5");
        inst.set_pipeline("rescan_secs", "1");
        inst.set_pipeline("incomplete_wait_secs", "4");
        inst.set_main("workers", "1");
        inst.set_main("shutdown_grace_secs", "3");
        inst.set_main("commit_interval_ms", "200");
        // Tests run side by side: each daemon's API on a port of its own.
        inst.set_main("listen", "\"127.0.0.1:0\"");
        inst
    }

    /// The URL of the instance's database (SQLite file or PostgreSQL database).
    pub fn database_url(&self) -> String {
        let text = std::fs::read_to_string(&self.config).unwrap();
        text.lines()
            .find_map(|l| l.trim().strip_prefix("url = \""))
            .filter(|u| u.starts_with("postgres"))
            .map(|u| u.trim_end_matches('"').to_string())
            .unwrap_or_else(|| format!("sqlite://{}", self.data.join("mailroom.db").display()))
    }

    /// The base URL of the running daemon's API and web interface (from `status --json`).
    pub fn url(&self) -> String {
        let s = self.status();
        s["daemon"]["url"]
            .as_str()
            .unwrap_or_else(|| panic!("the daemon serves no HTTP: {s}"))
            .to_string()
    }

    /// Sets an environment variable for every command run against this instance.
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.push((key.to_string(), value.to_string()));
    }

    /// The pipelines folder.
    pub fn pipelines_dir(&self) -> PathBuf {
        self.pipeline.parent().unwrap().to_path_buf()
    }

    /// Replaces `key = …` in the scanner pipeline file.
    pub fn set_pipeline(&self, key: &str, value: &str) {
        set_key(&self.pipeline, key, value);
    }

    /// Replaces `key = …` in mailroom.toml.
    pub fn set_main(&self, key: &str, value: &str) {
        set_key(&self.config, key, value);
    }

    /// Writes a file into the drop folder the way scanners do: under a temporary name, then
    /// renamed, so the watcher never sees it half-written.
    pub fn drop_file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let tmp = self.drop.join(format!("{name}.part"));
        std::fs::write(&tmp, bytes).unwrap();
        let dest = self.drop.join(name);
        std::fs::rename(&tmp, &dest).unwrap();
        dest
    }

    fn log_path(&self, n: usize) -> PathBuf {
        self.dir.path().join(format!("daemon-{n}.log"))
    }

    /// Starts `mailroom run` and waits until it reports running.
    pub fn start(&mut self) {
        self.start_with_env(&[]);
    }

    pub fn start_with_env(&mut self, env: &[(&str, &str)]) {
        assert!(self.daemon.is_none(), "daemon already running");
        self.runs += 1;
        let log = std::fs::File::create(self.log_path(self.runs)).unwrap();
        let mut cmd = Command::new(BIN);
        cmd.arg("--config")
            .arg(&self.config)
            .arg("run")
            .env("RUST_LOG", "info")
            .env_remove("MAILROOM_CRASH_AT")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log));
        for (k, v) in self
            .env
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .chain(env.iter().copied())
        {
            cmd.env(k, v);
        }
        self.daemon = Some(cmd.spawn().expect("start daemon"));
        // This run's log only: earlier runs said "running" too.
        let this_run = self.log_path(self.runs);
        self.wait_for("daemon to start", Duration::from_secs(60), |i| {
            std::fs::read_to_string(&this_run)
                .unwrap_or_default()
                .contains("mailroom is running")
                || i.daemon_exited()
        });
        assert!(
            !self.daemon_exited(),
            "daemon exited at start:\n{}",
            self.log()
        );
    }

    /// Whether the daemon process has ended (crashed or stopped).
    pub fn daemon_exited(&mut self) -> bool {
        match &mut self.daemon {
            Some(c) => c.try_wait().ok().flatten().is_some(),
            None => true,
        }
    }

    /// Waits for a daemon that is expected to die (crash point) and reaps it.
    pub fn wait_for_crash(&mut self, timeout: Duration) {
        let start = Instant::now();
        while !self.daemon_exited() {
            assert!(
                start.elapsed() < timeout,
                "daemon did not crash:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        self.daemon = None;
    }

    /// SIGKILL: the daemon gets no chance to clean up.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.daemon.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// SIGTERM and wait for a clean exit.
    pub fn stop(&mut self) -> std::process::ExitStatus {
        let mut c = self.daemon.take().expect("daemon running");
        unsafe {
            libc::kill(c.id() as i32, libc::SIGTERM);
        }
        let start = Instant::now();
        loop {
            if let Some(status) = c.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "daemon ignores SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// All daemon logs so far.
    pub fn log(&self) -> String {
        (1..=self.runs)
            .map(|n| std::fs::read_to_string(self.log_path(n)).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n--- restart ---\n")
    }

    /// Runs a CLI command against this instance.
    pub fn cli(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .arg("--config")
            .arg(&self.config)
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .output()
            .expect("run mailroom")
    }

    /// Runs a command that prints JSON and must succeed.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "`mailroom {}` failed: {}\n{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "bad JSON from {args:?}: {e}\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    pub fn status(&self) -> Value {
        self.json(&["status", "--json"])
    }

    /// Writes `bytes` as `name` outside the drop folder and files it with `mailroom ingest`
    /// (through `pipeline`, or the ingest defaults); the document id.
    pub fn ingest(&self, pipeline: Option<&str>, name: &str, bytes: &[u8]) -> i64 {
        let dir = self.dir.path().join("in");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let mut args = vec!["ingest", "--json"];
        if let Some(p) = pipeline {
            args.extend(["--pipeline", p]);
        }
        args.push(path.to_str().unwrap());
        let out = self.json(&args);
        out["files"][0]["document_id"]
            .as_i64()
            .unwrap_or_else(|| panic!("{name} not filed: {out}"))
    }

    pub fn show(&self, id: i64) -> Value {
        self.json(&["show", &id.to_string(), "--json"])
    }

    pub fn search(&self, query: &str) -> Vec<Value> {
        self.json(&["search", "--json", query])
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Polls `cond` every 200 ms; on timeout fails with the daemon log.
    pub fn wait_for(
        &mut self,
        what: &str,
        timeout: Duration,
        mut cond: impl FnMut(&mut Self) -> bool,
    ) {
        let start = Instant::now();
        loop {
            if cond(self) {
                return;
            }
            if start.elapsed() > timeout {
                panic!(
                    "timed out after {timeout:?} waiting for {what}\n--- daemon log ---\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Waits until `status` shows `n` filed documents and nothing in progress.
    pub fn wait_for_documents(&mut self, n: u64, timeout: Duration) -> Value {
        let mut last = Value::Null;
        self.wait_for(&format!("{n} filed documents"), timeout, |i| {
            last = i.status();
            last["documents"] == n && last["in_progress"] == 0
        });
        last
    }

    /// Names of files left in the drop folder.
    pub fn drop_contents(&self) -> Vec<String> {
        list(&self.drop)
    }

    pub fn spool_contents(&self) -> Vec<String> {
        list(&self.data.join("spool"))
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Puts `bytes` into `folder` as `name` the way a scanner does: written under a temporary name
/// (which the folder source ignores), then renamed, so the source never sees half a file.
pub fn drop_into(folder: &Path, name: &str, bytes: &[u8]) {
    let tmp = folder.join(format!("{name}.part"));
    std::fs::write(&tmp, bytes).unwrap();
    std::fs::rename(&tmp, folder.join(name)).unwrap();
}

pub fn list(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn set_key(file: &Path, key: &str, value: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut found = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let bare = l.trim_start_matches('#').trim_start();
            if bare.starts_with(&format!("{key} =")) && !found {
                found = true;
                format!("{key} = {value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(found, "{key} not in {}", file.display());
    std::fs::write(file, lines.join("\n") + "\n").unwrap();
}

/// Text of all pages of a `show --json` document.
pub fn all_text(doc: &Value) -> String {
    doc["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Event kinds of a `show --json` document.
pub fn event_kinds(doc: &Value) -> Vec<String> {
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

/// A 3-page scanned letter (seed picks the letter) as a PDF with JPEG pages, and its letter.
pub fn scanned_pdf(seed: u64, pages: usize) -> (Vec<u8>, mailroom_testdata::Letter) {
    let letter = mailroom_testdata::Letter::sample(seed);
    let opts = mailroom_testdata::ScanOptions {
        seed,
        ..Default::default()
    };
    let scan = mailroom_testdata::render_scan(&letter, pages, &opts);
    (mailroom_testdata::pdf_with_jpeg_pages(&scan), letter)
}

/// Words of `expected` (lower-cased, 5+ letters) found in `text`, as a fraction.
pub fn word_recall(expected: &str, text: &str) -> f64 {
    let norm = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(|w| w.to_lowercase())
            .collect()
    };
    let have: std::collections::HashSet<String> = norm(text).into_iter().collect();
    let want = norm(expected);
    if want.is_empty() {
        return 1.0;
    }
    want.iter().filter(|w| have.contains(*w)).count() as f64 / want.len() as f64
}

/// Character error rate in percent: edit distance between `truth` and `got`, with runs of
/// white space counted as one space (OCR and layout disagree on line breaks, not on words),
/// over the length of `truth`.
pub fn cer(truth: &str, got: &str) -> f64 {
    let norm = |s: &str| -> Vec<char> {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .collect()
    };
    let (t, g) = (norm(truth), norm(got));
    if t.is_empty() {
        return if g.is_empty() { 0.0 } else { 100.0 };
    }
    strsim::generic_levenshtein(&t, &g) as f64 * 100.0 / t.len() as f64
}

/// The `tesseract` CLI's reading of every page image in `pdf`, as poppler's `pdfimages`
/// extracts them (JPEG streams as they are, other images as TIFF), at `dpi`, with the
/// languages mailroom uses and OpenMP limited like mailroom's engines.
pub fn tesseract_cli_pages(pdf: &Path, dpi: u32) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("pdfimages")
        .args(["-j", "-tiff"])
        .arg(pdf)
        .arg(dir.path().join("img"))
        .status()
        .expect("pdfimages (poppler-utils)");
    assert!(ok.success(), "pdfimages failed on {}", pdf.display());
    list(dir.path())
        .iter()
        .map(|name| {
            let out = Command::new("tesseract")
                .arg(dir.path().join(name))
                .arg("-")
                .args(["-l", "deu+eng", "--dpi", &dpi.to_string()])
                .env("OMP_THREAD_LIMIT", "1")
                .output()
                .expect("tesseract CLI");
            assert!(out.status.success(), "tesseract failed on {name}");
            String::from_utf8_lossy(&out.stdout).into_owned()
        })
        .collect()
}

/// Removes the departments' `topics` (the model's warm start) from a departments.toml: what is
/// left is the model that learns from corrections only.
pub fn without_topics(departments: &Path) {
    let text = std::fs::read_to_string(departments).unwrap();
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("topics = [") {
            inside = true;
        }
        if !inside {
            out.push_str(line);
            out.push('\n');
        }
        if inside && line.trim_end().ends_with(']') {
            inside = false;
        }
    }
    assert!(!out.contains("topics ="));
    std::fs::write(departments, out).unwrap();
}

/// Removes the shipped rules named `names` from the instance's routing.toml, the example
/// letters (`[model] examples`), and the topic words from departments.toml: the letters they
/// would route stand for post the configuration does not know (triage, learning from
/// corrections).
pub fn without_rules(inst: &Instance, names: &[&str]) {
    let path = inst.config.parent().unwrap().join("routing.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nexamples = \"examples\"\n"), "{text}");
    let text = text.replacen("\nexamples = \"examples\"\n", "\n", 1);
    let mut parts = text.split("\n[[rule]]\n");
    let mut out = parts.next().unwrap().to_string();
    let mut removed = 0;
    for block in parts {
        if names
            .iter()
            .any(|n| block.starts_with(&format!("name = \"{n}\"\n")))
        {
            removed += 1;
            continue;
        }
        out.push_str("\n[[rule]]\n");
        out.push_str(block);
    }
    assert_eq!(removed, names.len(), "rules {names:?} in {text}");
    std::fs::write(&path, out).unwrap();
    without_topics(&inst.config.parent().unwrap().join("departments.toml"));
}

/// The shipped rules for the generator's topics that stand for unknown post.
pub const UNRULED: [&str; 3] = ["Schülerbeförderung", "Veterinäramt", "Ordnungsamt"];

/// Two born-digital letters filed for two departments, A (an invoice, Kämmerei) and B (an
/// objection, Rechtsamt), as the access tests use them.
pub struct TwoDepartments {
    pub a: i64,
    pub b: i64,
    pub dep_a: &'static str,
    pub dep_b: &'static str,
    pub a_letter: mailroom_testdata::RoutedLetter,
    pub b_letter: mailroom_testdata::RoutedLetter,
}

/// Files letter A (seed `seed`) and B (`seed + 1`) with `mailroom ingest` and checks where
/// they went.
pub fn file_two_departments(inst: &Instance, seed: u64) -> TwoDepartments {
    use mailroom_testdata::{born_digital_pdf, routed_letter, Topic};
    let a_letter = routed_letter(Topic::Rechnung, seed);
    let b_letter = routed_letter(Topic::Widerspruch, seed + 1);
    let (dep_a, dep_b) = (a_letter.expected_department, b_letter.expected_department);
    assert_ne!(dep_a, dep_b);
    let a = inst.ingest(None, "rechnung.pdf", &born_digital_pdf(&a_letter.letter, 1));
    let b = inst.ingest(
        None,
        "widerspruch.pdf",
        &born_digital_pdf(&b_letter.letter, 1),
    );
    assert_eq!(inst.show(a)["department"], dep_a);
    assert_eq!(inst.show(b)["department"], dep_b);
    TwoDepartments {
        a,
        b,
        dep_a,
        dep_b,
        a_letter,
        b_letter,
    }
}
