//! A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a fresh temporary
//! folder, a server that listens only on a Unix socket in that folder (no TCP port, so any
//! number of clusters can run side by side), trust authentication for the user `postgres`.
//! Dropping the value stops the server (`-m immediate`: nothing in it is worth keeping) and
//! removes the folder.
//!
//! The PostgreSQL binaries come from `MAILROOM_PG_BIN` or the newest
//! `/usr/lib/postgresql/<version>/bin` (Debian/Ubuntu layout). PostgreSQL refuses to run as
//! root, so as root the server tools run as the system user `postgres` (`runuser -u postgres`)
//! and the folder is handed to that user.

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A running PostgreSQL server in a temporary folder; stopped and removed on drop.
pub struct ThrowawayCluster {
    bin: PathBuf,
    /// Server tools run as the `postgres` user (we are root).
    as_postgres: bool,
    /// Socket folder; the cluster's files are in `data/`, its log in `postgres.log`.
    dir: tempfile::TempDir,
}

impl ThrowawayCluster {
    /// Creates and starts a cluster. Errors name the step that failed and carry its stderr.
    pub fn start() -> io::Result<ThrowawayCluster> {
        Self::start_with(false)
    }

    /// A cluster that syncs its commits to disk like a production server (for benchmarks
    /// that compare with SQLite's `synchronous = FULL`).
    pub fn start_durable() -> io::Result<ThrowawayCluster> {
        Self::start_with(true)
    }

    fn start_with(fsync: bool) -> io::Result<ThrowawayCluster> {
        let bin = find_bin_dir()?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let as_postgres = unsafe { libc::geteuid() } == 0;
        // Under /tmp (not $TMPDIR): the `postgres` user must be able to reach it, and the
        // socket path must stay short (Unix socket paths are limited to ~107 bytes). The name
        // is `mailroom-pg-` and letters/digits only, so it needs no escaping in URLs or `-o`.
        let dir = tempfile::Builder::new()
            .prefix("mailroom-pg-")
            .tempdir_in("/tmp")?;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))?;
        // From here on, dropping `cluster` (on any error below) stops whatever was started.
        let cluster = ThrowawayCluster {
            bin,
            as_postgres,
            dir,
        };
        if as_postgres {
            let mut chown = Command::new("chown");
            chown.arg("postgres:").arg(cluster.dir.path());
            run(chown, "chown of the cluster folder to postgres")?;
        }
        let data = cluster.dir.path().join("data");
        let initdb = |locale: &str| {
            let mut c = cluster.tool("initdb");
            c.arg("-D").arg(&data);
            c.args(["-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
            c.arg(format!("--locale={locale}"));
            run(c, "initdb")
        };
        // C.UTF-8 sorts by code point (like SQLite); older systems only have plain C.
        if let Err(first) = initdb("C.UTF-8") {
            initdb("C").map_err(|e| io::Error::other(format!("{e}\n(with C.UTF-8: {first})")))?;
        }
        let log = cluster.dir.path().join("postgres.log");
        // No TCP (listen_addresses=''): only the socket in our folder; pg_ctl passes these
        // options through sh, which turns '' into an empty value.
        let options = format!(
            "-c listen_addresses='' -k '{}' -c fsync={} -c max_connections=200 \
             -c shared_buffers=32MB",
            cluster.dir.path().display(),
            if fsync { "on" } else { "off" }
        );
        let mut pg_ctl = cluster.tool("pg_ctl");
        pg_ctl.arg("-D").arg(&data).arg("-l").arg(&log);
        pg_ctl.args(["-w", "-o", options.as_str(), "start"]);
        if let Err(e) = run(pg_ctl, "pg_ctl start") {
            // pg_ctl only says "examine the log output": the reason is in the log.
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            let lines: Vec<&str> = log.lines().collect();
            let tail = lines[lines.len().saturating_sub(20)..].join("\n");
            return Err(io::Error::other(format!("{e}\nserver log:\n{tail}")));
        }
        Ok(cluster)
    }

    /// The folder holding the server's Unix socket (`.s.PGSQL.5432`).
    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The sqlx URL of `database`: `postgres://postgres@localhost/<db>?host=<socket folder>`.
    /// sqlx-postgres takes a `host` parameter that starts with `/` as the socket folder (and
    /// then ignores `localhost`); psql accepts the same URL.
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@localhost/{database}?host={}",
            self.dir.path().display()
        )
    }

    /// Creates an empty database and returns its URL. Names are limited to ASCII letters,
    /// digits and `_`, so they need no quoting in SQL or URLs.
    pub fn create_database(&self, name: &str) -> io::Result<String> {
        let plain = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if name.is_empty() || !plain {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("database name {name:?}: use ASCII letters, digits and _ only"),
            ));
        }
        // A client: runs as whoever we are (trust authentication, user postgres).
        let (mut createdb, dir) = (Command::new(self.bin.join("createdb")), self.dir.path());
        createdb
            .current_dir(dir)
            .arg("-h")
            .arg(dir)
            .args(["-U", "postgres", name]);
        run(createdb, &format!("createdb {name}"))?;
        Ok(self.url(name))
    }

    /// A server tool of the bin folder, run as `postgres` when we are root. The working
    /// folder is the cluster's: PostgreSQL tools complain when they cannot read the current one.
    fn tool(&self, name: &str) -> Command {
        let exe = self.bin.join(name);
        let mut c = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        };
        c.current_dir(self.dir.path());
        c
    }
}

/// The cluster shared by every test of this process, started at first use.
static SHARED: std::sync::OnceLock<Result<ThrowawayCluster, String>> = std::sync::OnceLock::new();

/// One cluster for the whole test process (each test takes a database of its own): a static
/// is never dropped, so the server is stopped by an `atexit` handler when the process ends.
pub fn shared() -> io::Result<&'static ThrowawayCluster> {
    extern "C" fn stop_shared() {
        if let Some(Ok(cluster)) = SHARED.get() {
            cluster.stop();
            let _ = std::fs::remove_dir_all(cluster.dir.path());
        }
    }
    SHARED
        .get_or_init(|| {
            let cluster = ThrowawayCluster::start().map_err(|e| e.to_string())?;
            // SAFETY: registers a plain function without arguments; it runs once at exit.
            unsafe { libc::atexit(stop_shared) };
            Ok(cluster)
        })
        .as_ref()
        .map_err(|e| io::Error::other(e.clone()))
}

/// A fresh database on the shared cluster, named after `test` and a counter.
pub fn fresh_database(test: &str) -> io::Result<String> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name: String = test
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    shared()?.create_database(&format!("t{n}_{}_{name}", std::process::id()))
}

/// Which database tests run against: `MAILROOM_TEST_DB=postgres` selects a throwaway
/// PostgreSQL cluster, anything else SQLite.
pub fn tests_use_postgres() -> bool {
    std::env::var("MAILROOM_TEST_DB").is_ok_and(|v| v == "postgres")
}

impl ThrowawayCluster {
    /// Stops the server at once (`-m immediate`: nothing in it is worth keeping).
    pub fn stop(&self) {
        let mut stop = self.tool("pg_ctl");
        stop.arg("-D")
            .arg(self.dir.path().join("data"))
            .args(["-m", "immediate", "stop"]);
        // Fails harmlessly when the server never started; the folder goes either way (when
        // `self.dir` is dropped right after this).
        let _ = run(stop, "pg_ctl stop");
    }
}

impl Drop for ThrowawayCluster {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Runs `cmd` to completion; a failure to start it or a non-zero exit is an error naming
/// `what` with the tool's stderr (and stdout, where initdb and pg_ctl also write reasons).
fn run(mut cmd: Command, what: &str) -> io::Result<Output> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| io::Error::new(e.kind(), format!("{what}: cannot run {cmd:?}: {e}")))?;
    if out.status.success() {
        return Ok(out);
    }
    let mut message = format!("{what} failed ({}): {cmd:?}", out.status);
    for (name, text) in [("stderr", &out.stderr), ("stdout", &out.stdout)] {
        let text = String::from_utf8_lossy(text);
        if !text.trim().is_empty() {
            message.push_str(&format!("\n{name}: {}", text.trim()));
        }
    }
    Err(io::Error::other(message))
}

/// `MAILROOM_PG_BIN`, else the highest-versioned `/usr/lib/postgresql/*/bin` with `initdb`.
fn find_bin_dir() -> io::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("MAILROOM_PG_BIN") {
        let dir = PathBuf::from(dir);
        if dir.join("initdb").is_file() {
            return Ok(dir);
        }
        let msg = format!("MAILROOM_PG_BIN={}: no initdb there", dir.display());
        return Err(io::Error::new(io::ErrorKind::NotFound, msg));
    }
    let mut found: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            // "15", "9.6": compared as numbers, so 15 beats 9.6.
            let version: Option<Vec<u32>> = name
                .to_str()?
                .split('.')
                .map(|part| part.parse().ok())
                .collect();
            let bin = entry.path().join("bin");
            bin.join("initdb").is_file().then_some((version?, bin))
        })
        .collect();
    found.sort();
    let none = "no PostgreSQL: no /usr/lib/postgresql/*/bin/initdb; set MAILROOM_PG_BIN";
    found
        .pop()
        .map(|(_, bin)| bin)
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, none))
}
