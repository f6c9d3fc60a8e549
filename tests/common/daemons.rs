//! Several `mailroom run` on one configuration and one PostgreSQL database, started and
//! killed one by one (`tests/several_daemons.rs`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::dovecot::PASSWORD;
use super::{Instance, BIN};

/// An instance on a PostgreSQL database of its own (whatever `MAILROOM_TEST_DB` says), with a
/// second drop folder.
pub fn instance() -> (Instance, PathBuf) {
    let inst = Instance::new();
    if !inst.database_url().starts_with("postgres") {
        let test = std::thread::current().name().unwrap_or("it").to_string();
        let url = mailroom::store::pg_cluster::fresh_database(&test).expect("PostgreSQL");
        let text = std::fs::read_to_string(&inst.config).unwrap();
        assert!(text.contains("# url = \"\""));
        std::fs::write(
            &inst.config,
            text.replacen("# url = \"\"", &format!("url = \"{url}\""), 1),
        )
        .unwrap();
    }
    let second = inst.dir.path().join("drop-2");
    std::fs::create_dir_all(&second).unwrap();
    let scanner = std::fs::read_to_string(&inst.pipeline).unwrap();
    let path_line = scanner
        .lines()
        .find(|l| l.starts_with("path = "))
        .unwrap()
        .to_string();
    std::fs::write(
        inst.pipelines_dir().join("eingang2.toml"),
        scanner.replacen(&path_line, &format!("path = \"{}\"", second.display()), 1),
    )
    .unwrap();
    (inst, second)
}

/// Daemons of one instance, started and killed by index.
pub struct Daemons<'a> {
    inst: &'a Instance,
    children: Vec<Option<Child>>,
    pub logs: Vec<PathBuf>,
    runs: usize,
}

impl<'a> Daemons<'a> {
    pub fn new(inst: &'a Instance, n: usize) -> Self {
        Daemons {
            inst,
            children: (0..n).map(|_| None).collect(),
            logs: vec![PathBuf::new(); n],
            runs: 0,
        }
    }

    pub fn start(&mut self, i: usize) {
        assert!(self.children[i].is_none());
        self.runs += 1;
        let log = self
            .inst
            .dir
            .path()
            .join(format!("daemon-{i}-{}.log", self.runs));
        let file = std::fs::File::create(&log).unwrap();
        let child = Command::new(BIN)
            .arg("--config")
            .arg(&self.inst.config)
            .arg("run")
            .env("RUST_LOG", "info")
            .env("MAILROOM_TEST_IMAP_PASSWORD", PASSWORD)
            .env_remove("MAILROOM_CRASH_AT")
            .stdout(Stdio::from(file.try_clone().unwrap()))
            .stderr(Stdio::from(file))
            .spawn()
            .expect("start daemon");
        self.children[i] = Some(child);
        self.logs[i] = log.clone();
        let start = Instant::now();
        while !std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("mailroom is running")
        {
            let exited = self.children[i]
                .as_mut()
                .unwrap()
                .try_wait()
                .unwrap()
                .is_some();
            assert!(
                !exited && start.elapsed() < Duration::from_secs(60),
                "daemon {i} did not start:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts daemon 0, waits until it reads all `sources`, then starts daemon 1: the sources
    /// stay with daemon 0 (one source each is no more than its fair share).
    pub fn start_one_then_another(&mut self, sources: usize) {
        self.start(0);
        wait(
            "daemon 0 to read every source",
            Duration::from_secs(20),
            || self.logs(),
            || readers(self.inst).values().flatten().count() == sources,
        );
        self.start(1);
    }

    pub fn kill(&mut self, i: usize) {
        if let Some(mut c) = self.children[i].take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn stop_all(&mut self) {
        for c in self.children.iter_mut().filter_map(Option::take) {
            unsafe {
                libc::kill(c.id() as i32, libc::SIGTERM);
            }
            let mut c = c;
            let _ = c.wait();
        }
    }

    pub fn pid(&self, i: usize) -> Option<u32> {
        self.children[i].as_ref().map(Child::id)
    }

    /// The API address of daemon `i` (it prints it at start).
    pub fn url(&self, i: usize) -> Option<String> {
        self.children[i].as_ref()?;
        std::fs::read_to_string(&self.logs[i])
            .ok()?
            .lines()
            .find_map(|l| l.split("web interface and API at ").nth(1))
            .map(|u| u.trim().to_string())
    }

    pub fn logs(&self) -> String {
        let mut all = String::new();
        for entry in std::fs::read_dir(self.inst.dir.path()).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with("daemon-") && name.ends_with(".log") {
                all += &format!("--- {name} ---\n");
                all += &std::fs::read_to_string(entry.path()).unwrap_or_default();
            }
        }
        all
    }
}

impl Drop for Daemons<'_> {
    fn drop(&mut self) {
        for i in 0..self.children.len() {
            self.kill(i);
        }
    }
}

/// Which daemon (by pid) reads each source now, from `status --json`.
pub fn readers(inst: &Instance) -> BTreeMap<String, Vec<u64>> {
    let mut by_source: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for d in inst.status()["daemons"].as_array().unwrap() {
        for s in d["sources"].as_array().unwrap() {
            by_source
                .entry(s.as_str().unwrap().to_string())
                .or_default()
                .push(d["pid"].as_u64().unwrap());
        }
    }
    by_source
}

pub fn wait(
    what: &str,
    timeout: Duration,
    logs: impl Fn() -> String,
    mut cond: impl FnMut() -> bool,
) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}\n{}",
            logs()
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Waits until daemons 0 and 1 read one of the two folders each (fair share).
pub fn each_reads_one_folder(inst: &Instance, daemons: &Daemons) {
    let pids = [
        daemons.pid(0).unwrap() as u64,
        daemons.pid(1).unwrap() as u64,
    ];
    wait(
        "each daemon to read one folder",
        Duration::from_secs(30),
        || daemons.logs(),
        || {
            let r = readers(inst);
            r.len() == 2
                && r.values().all(|p| p.len() == 1)
                && pids.iter().all(|pid| r.values().any(|p| p == &[*pid]))
        },
    );
}
