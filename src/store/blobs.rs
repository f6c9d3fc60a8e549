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
}
