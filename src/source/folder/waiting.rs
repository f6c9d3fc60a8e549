//! Files a drop folder holds back because they are not complete yet, published for
//! `mailroom status`: a scan that never gets its `%%EOF` must not sit in the folder unseen.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// One file the folder source is waiting for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingFile {
    pub path: PathBuf,
    pub size: u64,
    /// Last change of the file (UTC, storage form).
    pub modified: Option<String>,
    /// Why it is not taken yet, for people.
    pub reason: String,
}

/// The folder where sources publish what they wait for.
pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join("sources")
}

fn file(dir: &Path, pipeline: &str) -> PathBuf {
    dir.join(format!("{pipeline}.waiting.json"))
}

/// Replaces the published list of `pipeline` (removes it when nothing waits). Blocking.
pub fn publish(dir: &Path, pipeline: &str, waiting: &[WaitingFile]) -> std::io::Result<()> {
    let path = file(dir, pipeline);
    if waiting.is_empty() {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    std::fs::create_dir_all(dir)?;
    let bytes = serde_json::to_vec_pretty(waiting).map_err(std::io::Error::other)?;
    crate::fsutil::write_atomic(&path, &bytes)
}

/// What `pipeline`'s source published (empty when nothing waits or no daemon wrote it).
pub fn read(dir: &Path, pipeline: &str) -> Vec<WaitingFile> {
    std::fs::read(file(dir, pipeline))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_lists_are_read_back_and_removed_when_empty() {
        let d = tempfile::tempdir().unwrap();
        let w = WaitingFile {
            path: "/drop/scan.pdf".into(),
            size: 12,
            modified: Some("2026-12-04T08:00:00.000000Z".into()),
            reason: "looks cut off".into(),
        };
        publish(d.path(), "scanner", std::slice::from_ref(&w)).unwrap();
        assert_eq!(read(d.path(), "scanner"), vec![w]);
        assert!(read(d.path(), "other").is_empty());
        publish(d.path(), "scanner", &[]).unwrap();
        assert!(read(d.path(), "scanner").is_empty());
        publish(d.path(), "scanner", &[]).unwrap();
    }
}
