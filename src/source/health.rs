//! Intake sources that keep failing (a mailbox whose password expired, a server that is
//! down), published in the state folder for `status`, the Übersicht and the mail room's
//! alerts: mail waits safely on the server, but nobody must learn of it only from the log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// A source that is failing now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceTrouble {
    pub pipeline: String,
    /// The mailbox folder (or other part of the source) affected.
    pub part: String,
    /// Since when it fails (UTC, storage form): the first failure of this run of failures.
    pub since: String,
    /// The last error, and what to do about it, for people.
    pub error: String,
}

fn file(dir: &Path, pipeline: &str, part: &str) -> PathBuf {
    // The part (a mailbox folder such as "INBOX/Rechnungen") becomes a safe file name, one
    // per part: "INBOX/A" and "INBOX.A" must not share a file.
    let part =
        percent_encoding::utf8_percent_encode(part, percent_encoding::NON_ALPHANUMERIC).to_string();
    dir.join(format!("{pipeline}.{part}.trouble.json"))
}

/// Records that `pipeline`'s `part` failed with `error`, keeping the time the failures
/// began. Blocking.
pub fn report(dir: &Path, pipeline: &str, part: &str, error: &str) -> std::io::Result<()> {
    let path = file(dir, pipeline, part);
    let since = read_file(&path)
        .map(|t| t.since)
        .unwrap_or_else(|| crate::model::format_utc(crate::model::now()));
    let trouble = SourceTrouble {
        pipeline: pipeline.to_string(),
        part: part.to_string(),
        since,
        error: error.to_string(),
    };
    std::fs::create_dir_all(dir)?;
    let bytes = serde_json::to_vec_pretty(&trouble).map_err(std::io::Error::other)?;
    crate::fsutil::write_atomic(&path, &bytes)
}

/// The source works (again). Blocking.
pub fn clear(dir: &Path, pipeline: &str, part: &str) -> std::io::Result<()> {
    match std::fs::remove_file(file(dir, pipeline, part)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Forgets every published trouble (a starting daemon finds out afresh). Blocking.
pub fn clear_all(dir: &Path) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry
            .file_name()
            .to_string_lossy()
            .ends_with(".trouble.json")
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn read_file(path: &Path) -> Option<SourceTrouble> {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
}

/// Every source failing now, oldest trouble first. Blocking.
pub fn read_all(dir: &Path) -> Vec<SourceTrouble> {
    let mut all: Vec<SourceTrouble> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".trouble.json"))
        .filter_map(|e| read_file(&e.path()))
        .collect();
    all.sort_by(|a, b| a.since.cmp(&b.since).then(a.pipeline.cmp(&b.pipeline)));
    all
}

/// [`report`] off the async runtime; a failure to write is logged, not fatal.
pub async fn report_async(dir: &Path, pipeline: &str, part: &str, error: &str) {
    let (dir, pipeline, part, error) = (
        dir.to_path_buf(),
        pipeline.to_string(),
        part.to_string(),
        error.to_string(),
    );
    let done = tokio::task::spawn_blocking(move || report(&dir, &pipeline, &part, &error)).await;
    if let Ok(Err(e)) = done {
        tracing::warn!(error = %e, "could not publish the source's trouble for status");
    }
}

/// [`clear`] off the async runtime.
pub async fn clear_async(dir: &Path, pipeline: &str, part: &str) {
    let (dir, pipeline, part) = (dir.to_path_buf(), pipeline.to_string(), part.to_string());
    let done = tokio::task::spawn_blocking(move || clear(&dir, &pipeline, &part)).await;
    if let Ok(Err(e)) = done {
        tracing::warn!(error = %e, "could not clear the source's trouble for status");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trouble_keeps_its_start_until_cleared() {
        let d = tempfile::tempdir().unwrap();
        report(d.path(), "post", "INBOX/Rechnungen", "login refused").unwrap();
        let first = read_all(d.path());
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].part, "INBOX/Rechnungen");
        std::thread::sleep(std::time::Duration::from_millis(5));
        report(d.path(), "post", "INBOX/Rechnungen", "connection refused").unwrap();
        let again = read_all(d.path());
        assert_eq!(again[0].since, first[0].since, "the failures began then");
        assert_eq!(again[0].error, "connection refused");
        report(d.path(), "post", "INBOX", "down").unwrap();
        report(d.path(), "post", "INBOX.Rechnungen", "down").unwrap();
        assert_eq!(
            read_all(d.path()).len(),
            3,
            "one file per folder, however named"
        );
        clear(d.path(), "post", "INBOX.Rechnungen").unwrap();
        assert_eq!(read_all(d.path()).len(), 2);
        clear(d.path(), "post", "INBOX/Rechnungen").unwrap();
        assert_eq!(read_all(d.path())[0].part, "INBOX");
        clear_all(d.path());
        assert!(read_all(d.path()).is_empty());
    }
}
