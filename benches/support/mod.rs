//! What the benchmarks share: settings from the environment, percentiles, and a fresh
//! installation made by `mailroom init` (each benchmark includes this as a module).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_mailroom");

/// `name` from the environment as a number, else `default`.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The `p` quantile (0–1) of `sorted`, nearest rank.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Replaces the first `from` in `file` by `to`; `from` must be there.
pub fn edit(file: &Path, from: &str, to: &str) {
    let s = std::fs::read_to_string(file).unwrap();
    assert!(s.contains(from), "{from} not in {}", file.display());
    std::fs::write(file, s.replacen(from, to, 1)).unwrap();
}

/// An installation in a temp folder, as `mailroom init` writes it.
pub struct Inst {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    pub config: PathBuf,
    /// The database given to [`Inst::init`] (`None`: SQLite in the data folder).
    database_url: Option<String>,
}

impl Inst {
    /// `mailroom init`, then: warnings only in the log, the API on a free port, and the
    /// database at `database_url` where one is given (SQLite in the data folder otherwise).
    pub fn init(database_url: Option<&str>) -> Inst {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let ok = Command::new(BIN)
            .arg("init")
            .arg(&root)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(ok.success());
        let config = root.join("config/mailroom.toml");
        edit(&config, "log = \"info\"", "log = \"warn\"");
        edit(
            &config,
            "listen = \"127.0.0.1:8080\"",
            "listen = \"127.0.0.1:0\"",
        );
        if let Some(url) = database_url {
            edit(&config, "# url = \"\"", &format!("url = \"{url}\""));
        }
        Inst {
            _dir: dir,
            root,
            config,
            database_url: database_url.map(str::to_string),
        }
    }

    /// `mailroom <args>` on this installation.
    pub fn mailroom(&self, args: &[&str]) -> std::process::Output {
        Command::new(BIN)
            .arg("--config")
            .arg(&self.config)
            .args(args)
            .output()
            .unwrap()
    }

    /// The store's counts, read in this process: polling through `mailroom status` (a process
    /// that loads the whole configuration, ~50 ms of CPU) took a sixth of the machine from the
    /// daemon being measured.
    pub fn counts_reader(&self) -> CountsReader {
        let url = self.database_url.clone().unwrap_or_else(|| {
            format!("sqlite://{}", self.root.join("data/mailroom.db").display())
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let store = runtime
            .block_on(mailroom::store::SqlStore::open(&url))
            .unwrap();
        CountsReader { store, runtime }
    }

    /// `status --json` (null while the database is busy being created).
    pub fn status(&self) -> serde_json::Value {
        serde_json::from_slice(&self.mailroom(&["status", "--json"]).stdout).unwrap_or_default()
    }
}

/// Reads the counts of `mailroom status` straight from the store.
pub struct CountsReader {
    // Fields drop in order: the store's connections before the runtime they run on.
    store: mailroom::store::SqlStore,
    runtime: tokio::runtime::Runtime,
}

impl CountsReader {
    pub fn counts(&self) -> mailroom::store::StatusCounts {
        use mailroom::store::Store;
        self.runtime.block_on(self.store.counts()).unwrap()
    }
}
