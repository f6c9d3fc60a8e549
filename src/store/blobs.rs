//! Original bytes, stored by SHA-256: `blobs/sha256/ab/cd/abcd…`. A blob is written once
//! (temp file, fsync, rename, fsync of the folder) and never overwritten.

use std::io;
use std::path::{Path, PathBuf};

use crate::fsutil;
use crate::model::Sha256;

/// Errors from the blob folder.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("blob store I/O error at {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error(
        "blob {sha256} is damaged: its content no longer matches its hash (run `mailroom verify`)"
    )]
    Damaged { sha256: Sha256 },
    #[error("blob {sha256} is missing from {path}")]
    Missing { sha256: Sha256, path: PathBuf },
}

/// Where the bytes of a blob to store are.
#[derive(Debug, Clone)]
pub enum BlobData {
    Bytes(std::sync::Arc<Vec<u8>>),
    /// A file (a spooled original) whose content hashes to the blob's SHA-256.
    File(PathBuf),
}

/// The content-addressed folder of original files.
#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
}

impl BlobStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BlobStore { root: root.into() }
    }

    /// Where the blob with this hash lives.
    pub fn path_of(&self, sha: Sha256) -> PathBuf {
        let hex = sha.to_hex();
        self.root
            .join("sha256")
            .join(&hex[0..2])
            .join(&hex[2..4])
            .join(hex)
    }

    /// Stores `bytes` (whose hash the caller computed) durably. Returns `false` if the blob
    /// was already there. Blocking: call from a blocking thread.
    pub fn put(&self, sha: Sha256, bytes: &[u8]) -> Result<bool, BlobError> {
        let path = self.path_of(sha);
        if let Ok(meta) = std::fs::metadata(&path) {
            if meta.len() == bytes.len() as u64 {
                return Ok(false);
            }
            return Err(BlobError::Damaged { sha256: sha });
        }
        let dir = path.parent().expect("blob path has a parent");
        let io_err = |source| BlobError::Io {
            path: path.clone(),
            source,
        };
        fsutil::create_dir_all_durable(dir).map_err(io_err)?;
        fsutil::write_atomic(&path, bytes).map_err(io_err)?;
        Ok(true)
    }

    /// Stores many blobs with one round of syncs (group commit): every new blob is written to
    /// a temporary file, then all of them are fsynced, renamed into place, and each folder that
    /// changed is fsynced once. Returns, per item, whether it was new. Blocking.
    pub fn put_many(&self, items: &[(Sha256, BlobData)]) -> Vec<Result<bool, BlobError>> {
        use std::collections::{BTreeSet, HashMap};
        let mut results: Vec<Option<Result<bool, BlobError>>> = Vec::new();
        results.resize_with(items.len(), || None);
        let mut first_of: HashMap<Sha256, usize> = HashMap::new();
        // Written but not yet synced: (item, temp file, final path).
        let mut pending: Vec<(usize, PathBuf, PathBuf)> = Vec::new();
        let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
        for (i, (sha, data)) in items.iter().enumerate() {
            if first_of.contains_key(sha) {
                continue;
            }
            first_of.insert(*sha, i);
            let path = self.path_of(*sha);
            let io_err = |source| BlobError::Io {
                path: path.clone(),
                source,
            };
            let len = match data {
                BlobData::Bytes(b) => Ok(b.len() as u64),
                BlobData::File(f) => std::fs::metadata(f).map(|m| m.len()),
            };
            if let Ok(meta) = std::fs::metadata(&path) {
                results[i] = Some(match len {
                    Ok(n) if n == meta.len() => Ok(false),
                    Ok(_) => Err(BlobError::Damaged { sha256: *sha }),
                    Err(e) => Err(io_err(e)),
                });
                continue;
            }
            let dir = path.parent().expect("blob path has a parent").to_path_buf();
            let tmp = dir.join(format!(".{}.{}.tmp", sha.to_hex(), rand::random::<u64>()));
            let written = create_dirs(&dir, &mut dirs).and_then(|()| match data {
                BlobData::Bytes(b) => std::fs::write(&tmp, b.as_slice()),
                BlobData::File(f) => std::fs::copy(f, &tmp).map(|_| ()),
            });
            match written {
                Ok(()) => pending.push((i, tmp, path)),
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    results[i] = Some(Err(io_err(e)));
                }
            }
        }
        // Data first, then the names: a blob under its final name is always complete.
        let mut renamed: Vec<(usize, PathBuf)> = Vec::new();
        for (i, tmp, path) in pending {
            let done = std::fs::File::open(&tmp)
                .and_then(|f| f.sync_all())
                .and_then(|()| std::fs::rename(&tmp, &path));
            match done {
                Ok(()) => {
                    dirs.insert(path.parent().expect("has a parent").to_path_buf());
                    renamed.push((i, path));
                }
                Err(source) => {
                    let _ = std::fs::remove_file(&tmp);
                    results[i] = Some(Err(BlobError::Io { path, source }));
                }
            }
        }
        let mut failed_dirs: HashMap<PathBuf, String> = HashMap::new();
        for dir in &dirs {
            if let Err(e) = fsutil::sync_dir(dir) {
                failed_dirs.insert(dir.clone(), e.to_string());
            }
        }
        for (i, path) in renamed {
            let dir = path.parent().expect("has a parent");
            results[i] = Some(match failed_dirs.get(dir) {
                Some(e) => Err(BlobError::Io {
                    path: path.clone(),
                    source: std::io::Error::other(e.clone()),
                }),
                None => Ok(true),
            });
        }
        let stored: Vec<bool> = results.iter().map(|r| matches!(r, Some(Ok(_)))).collect();
        (0..items.len())
            .map(|i| match results[i].take() {
                Some(r) => r,
                // A repeat of an earlier item in this batch shares its result.
                None => match stored[first_of[&items[i].0]] {
                    true => Ok(false),
                    false => Err(BlobError::Io {
                        path: self.path_of(items[i].0),
                        source: std::io::Error::other("storing the same blob failed"),
                    }),
                },
            })
            .collect()
    }

    /// Reads a blob back and checks it against its hash.
    pub fn get(&self, sha: Sha256) -> Result<Vec<u8>, BlobError> {
        let path = self.path_of(sha);
        let bytes = std::fs::read(&path).map_err(|source| {
            if source.kind() == io::ErrorKind::NotFound {
                BlobError::Missing {
                    sha256: sha,
                    path: path.clone(),
                }
            } else {
                BlobError::Io {
                    path: path.clone(),
                    source,
                }
            }
        })?;
        if Sha256::of(&bytes) != sha {
            return Err(BlobError::Damaged { sha256: sha });
        }
        Ok(bytes)
    }

    /// The root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Creates `dir` and missing parents without syncing; the parents whose entries changed are
/// added to `to_sync`.
fn create_dirs(dir: &Path, to_sync: &mut std::collections::BTreeSet<PathBuf>) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dirs(parent, to_sync)?;
    }
    match std::fs::create_dir(dir) {
        Ok(()) => {
            if let Some(parent) = dir.parent() {
                to_sync.insert(parent.to_path_buf());
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_is_idempotent_and_get_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::new(dir.path());
        let sha = Sha256::of(b"hello");
        assert!(store.put(sha, b"hello").unwrap());
        assert!(!store.put(sha, b"hello").unwrap());
        assert_eq!(store.get(sha).unwrap(), b"hello");
        std::fs::write(store.path_of(sha), b"hellx").unwrap();
        assert!(matches!(store.get(sha), Err(BlobError::Damaged { .. })));
        let other = Sha256::of(b"other");
        assert!(matches!(store.get(other), Err(BlobError::Missing { .. })));
    }

    #[test]
    fn many_blobs_in_one_round_from_bytes_and_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::new(dir.path().join("blobs"));
        let spooled = dir.path().join("spooled");
        std::fs::write(&spooled, b"from a file").unwrap();
        let a = Sha256::of(b"eins");
        let f = Sha256::of(b"from a file");
        let items = vec![
            (a, BlobData::Bytes(std::sync::Arc::new(b"eins".to_vec()))),
            (f, BlobData::File(spooled.clone())),
            (a, BlobData::Bytes(std::sync::Arc::new(b"eins".to_vec()))),
        ];
        let results = store.put_many(&items);
        assert!(
            matches!(results[..], [Ok(true), Ok(true), Ok(false)]),
            "{results:?}"
        );
        assert_eq!(store.get(a).unwrap(), b"eins");
        assert_eq!(store.get(f).unwrap(), b"from a file");
        assert!(matches!(store.put_many(&items[..1])[0], Ok(false)));
        // No temporary files are left behind.
        let leaf = store.path_of(a).parent().unwrap().to_path_buf();
        assert_eq!(std::fs::read_dir(leaf).unwrap().count(), 1);
    }
}
