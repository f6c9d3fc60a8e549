//! Listing a drop folder: regular files whose names are not ignored, optionally recursive.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use globset::{Glob, GlobSet, GlobSetBuilder};

/// Compiled ignore patterns (validated by the config loader).
pub fn ignore_set(patterns: &[String]) -> GlobSet {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        if let Ok(g) = Glob::new(p) {
            b.add(g);
        }
    }
    b.build().unwrap_or_else(|_| GlobSet::empty())
}

/// Whether a file name is ignored.
pub fn is_ignored(ignore: &GlobSet, path: &Path) -> bool {
    match path.file_name() {
        Some(name) => ignore.is_match(name),
        None => true,
    }
}

/// A file in the folder.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: PathBuf,
    pub size: u64,
    pub mtime: Option<SystemTime>,
}

/// Lists candidate files under `root`. Sub-folders are entered when `recursive` (hidden ones
/// never). Unreadable entries are skipped; an unreadable root is an error.
pub fn scan(root: &Path, recursive: bool, ignore: &GlobSet) -> std::io::Result<Vec<Seen>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    let mut first = true;
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if first => return Err(e),
            Err(_) => continue,
        };
        first = false;
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                let hidden = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'));
                if recursive && !hidden {
                    stack.push(path);
                }
            } else if meta.is_file() && !is_ignored(ignore, &path) {
                out.push(Seen {
                    path,
                    size: meta.len(),
                    mtime: meta.modified().ok(),
                });
            }
        }
    }
    Ok(out)
}

/// The first and last few KB of a file, to judge whether it is complete.
pub fn head_and_tail(path: &Path) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
    use std::io::{Seek, SeekFrom};
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata()?.len();
    let mut head = vec![0; len.min(1024) as usize];
    f.read_exact(&mut head)?;
    let tail_len = len.min(2048);
    f.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0; tail_len as usize];
    f.read_exact(&mut tail)?;
    Ok((head, tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_files_skipping_ignored_names_and_hidden_folders() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.pdf"), b"x").unwrap();
        std::fs::write(root.join("b.pdf.part"), b"x").unwrap();
        std::fs::write(root.join(".hidden.pdf"), b"x").unwrap();
        std::fs::write(root.join("~lock.pdf"), b"x").unwrap();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/c.tif"), b"x").unwrap();
        std::fs::create_dir_all(root.join(".snapshot")).unwrap();
        std::fs::write(root.join(".snapshot/d.pdf"), b"x").unwrap();
        let ignore = ignore_set(
            &crate::config::DEFAULT_IGNORE
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
        );
        let names = |recursive| {
            let mut v: Vec<String> = scan(root, recursive, &ignore)
                .unwrap()
                .into_iter()
                .map(|s| s.path.strip_prefix(root).unwrap().display().to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(names(false), ["a.pdf"]);
        assert_eq!(names(true), ["a.pdf", "sub/c.tif"]);
        assert!(scan(&root.join("missing"), false, &ignore).is_err());
    }
}
