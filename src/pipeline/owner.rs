//! Who is working on a claimed receipt. Every mailroom process (daemon, `ingest`, `quarantine
//! retry`) holds an exclusive lock on `data/owners/<token>.lock` while it runs; receipts it
//! claims carry its token. When a process dies the kernel releases its lock, so anyone can tell
//! at once — without timeouts — that its receipts are orphaned and must be resumed.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// This process's ownership token, valid while the value lives.
#[derive(Debug)]
pub struct Owner {
    token: String,
    dir: PathBuf,
    _lock: File,
}

impl Owner {
    /// Creates and locks a fresh token under `data_dir/owners`.
    pub fn acquire(data_dir: &Path) -> io::Result<Owner> {
        let dir = Self::dir_in(data_dir);
        std::fs::create_dir_all(&dir)?;
        let token = format!("{}-{:016x}", std::process::id(), rand::random::<u64>());
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!("{token}.lock")))?;
        file.try_lock()
            .map_err(|e| io::Error::other(e.to_string()))?;
        Ok(Owner {
            token,
            dir,
            _lock: file,
        })
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// The folder of lock files under `data_dir`.
    pub fn dir_in(data_dir: &Path) -> PathBuf {
        data_dir.join("owners")
    }

    /// Whether the process behind `token` is still running. A token without a lock file (or
    /// with a malformed name) counts as dead.
    pub fn is_alive(&self, token: &str) -> bool {
        token == self.token || Self::is_alive_in(&self.dir, token)
    }

    /// Like [`Owner::is_alive`], for a process that holds no token itself (`mailroom status`).
    pub fn is_alive_in(owners_dir: &Path, token: &str) -> bool {
        if !token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        let path = owners_dir.join(format!("{token}.lock"));
        let Ok(file) = OpenOptions::new().write(true).open(&path) else {
            return false;
        };
        match file.try_lock() {
            Ok(()) => {
                // We got the lock: its owner is gone. Tidy up its file.
                let _ = std::fs::remove_file(&path);
                false
            }
            Err(_) => true,
        }
    }
}

impl Drop for Owner {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.dir.join(format!("{}.lock", self.token)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_owner_is_alive_and_a_dropped_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let me = Owner::acquire(dir.path()).unwrap();
        let other = Owner::acquire(dir.path()).unwrap();
        let token = other.token().to_string();
        assert!(me.is_alive(&token));
        drop(other);
        assert!(!me.is_alive(&token));
        assert!(!me.is_alive("../../etc/passwd"));
        assert!(me.is_alive(me.token()));
    }
}
