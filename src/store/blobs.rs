//! Original bytes, stored by SHA-256: `blobs/sha256/ab/abcd…`. A blob is written once
//! (temp file, fsync, rename, fsync of the folder) and never overwritten.
//!
//! A new store makes its 256 folders when it is created and records its layout in
//! `blobs/layout`, so filing a document never makes a folder. Stores from before that file
//! keep their two levels (`sha256/ab/cd/abcd…`, folders made as blobs arrive): a store
//! has one layout for good, recognised when it is opened.

use std::io;
use std::path::{Path, PathBuf};

use crate::fsutil;
use crate::model::Sha256;

mod layout;
pub use layout::Layout;

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
    #[error(
        "{path} names the blob layout {found:?}, which this version of mailroom does not know \
         (was the data folder used by a newer version?)"
    )]
    UnknownLayout { path: PathBuf, found: String },
}

/// Where the bytes of a blob to store are.
#[derive(Debug, Clone)]
pub enum BlobData {
    Bytes(std::sync::Arc<Vec<u8>>),
    /// A file (a spooled original) whose content hashes to the blob's SHA-256.
    File(PathBuf),
    /// A scratch file written for the blob (an archive copy), on the data folder's filesystem;
    /// removed when the last handle is dropped, after filing.
    Scratch(std::sync::Arc<tempfile::TempPath>),
}

/// Where a blob's content is: bytes in memory or a file.
enum Source<'a> {
    Bytes(&'a [u8]),
    File(&'a Path),
}

impl BlobData {
    fn source(&self) -> Source<'_> {
        match self {
            BlobData::Bytes(b) => Source::Bytes(b),
            BlobData::File(f) => Source::File(f),
            BlobData::Scratch(t) => Source::File(t),
        }
    }
}

/// The content-addressed folder of original files.
#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
    layout: Layout,
}

impl BlobStore {
    /// Opens the store at `root`, creating it (one level, its 256 folders) if it holds no
    /// blobs yet. A store with blobs but no `layout` file is one from before it: two levels.
    /// Blocking.
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, BlobError> {
        let root = root.into();
        let layout = layout::open(&root)?;
        Ok(BlobStore { root, layout })
    }

    /// How this store spreads its blobs over folders.
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// Where the blob with this hash lives.
    pub fn path_of(&self, sha: Sha256) -> PathBuf {
        let hex = sha.to_hex();
        let first = self.root.join("sha256").join(&hex[0..2]);
        match self.layout {
            Layout::OneLevel => first.join(hex),
            Layout::TwoLevels => first.join(&hex[2..4]).join(hex),
        }
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

    /// Stores many blobs with one or two syncs of the filesystem for all of them (group
    /// commit). A file (a spooled original, already durable) becomes its blob by a hard link —
    /// no copy; bytes are written to temporary files, made durable by one sync, then renamed
    /// into place. A second sync makes the new names durable. A blob is never under its final
    /// name before its data is on disk. New blobs are made read-only. Returns, per item,
    /// whether it was new. Blocking.
    pub fn put_many(&self, items: &[(Sha256, BlobData)]) -> Vec<Result<bool, BlobError>> {
        use std::collections::{BTreeSet, HashMap};
        let mut results: Vec<Option<Result<bool, BlobError>>> = Vec::new();
        results.resize_with(items.len(), || None);
        let mut first_of: HashMap<Sha256, usize> = HashMap::new();
        // Bytes written to temporary files, not yet durable: (item, temp file, final path).
        let mut pending: Vec<(usize, PathBuf, PathBuf)> = Vec::new();
        // New names whose data is durable, to sync: (item, final path).
        let mut named: Vec<(usize, PathBuf)> = Vec::new();
        let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
        for (i, (sha, data)) in items.iter().enumerate() {
            if first_of.contains_key(sha) {
                continue;
            }
            first_of.insert(*sha, i);
            let path = self.path_of(*sha);
            let len = match data.source() {
                Source::Bytes(b) => Ok(b.len() as u64),
                Source::File(f) => std::fs::metadata(f).map(|m| m.len()),
            };
            let dir = path.parent().expect("blob path has a parent").to_path_buf();
            let outcome = create_dirs(&dir, &mut dirs).and_then(|()| match data.source() {
                Source::Bytes(b) => {
                    if path.exists() {
                        return Ok(Step::Exists);
                    }
                    let tmp = dir.join(format!(".{}.{}.tmp", sha.to_hex(), rand::random::<u64>()));
                    std::fs::write(&tmp, b).map(|()| Step::Written(tmp))
                }
                Source::File(f) => link_or_copy(f, &path),
            });
            match outcome {
                Ok(Step::Exists) => {
                    results[i] = Some(match (len, std::fs::metadata(&path)) {
                        (Ok(n), Ok(meta)) if n == meta.len() => Ok(false),
                        (Ok(_), Ok(_)) => Err(BlobError::Damaged { sha256: *sha }),
                        (Err(source), _) | (_, Err(source)) => Err(BlobError::Io {
                            path: path.clone(),
                            source,
                        }),
                    })
                }
                Ok(Step::Written(tmp)) => pending.push((i, tmp, path)),
                Ok(Step::Named) => named.push((i, path)),
                Err(source) => results[i] = Some(Err(BlobError::Io { path, source })),
            }
        }
        if !pending.is_empty() {
            match self.make_durable(&pending) {
                Ok(()) => {
                    for (i, tmp, path) in pending {
                        match std::fs::rename(&tmp, &path) {
                            Ok(()) => named.push((i, path)),
                            Err(source) => {
                                let _ = std::fs::remove_file(&tmp);
                                results[i] = Some(Err(BlobError::Io { path, source }));
                            }
                        }
                    }
                }
                Err(e) => {
                    for (i, tmp, path) in pending {
                        let _ = std::fs::remove_file(&tmp);
                        results[i] = Some(Err(BlobError::Io {
                            path,
                            source: io::Error::new(e.kind(), e.to_string()),
                        }));
                    }
                }
            }
        }
        if !named.is_empty() {
            let synced = self.make_names_durable(&dirs);
            for (i, path) in named {
                let _ = set_read_only(&path);
                results[i] = Some(match &synced {
                    Ok(()) => Ok(true),
                    Err(e) => Err(BlobError::Io {
                        path,
                        source: io::Error::new(e.kind(), e.to_string()),
                    }),
                });
            }
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

    /// Makes the data of temporary files durable: one `syncfs` of the blob folder's
    /// filesystem, or, where that is refused, an fsync of each file.
    fn make_durable(&self, files: &[(usize, PathBuf, PathBuf)]) -> io::Result<()> {
        if fsutil::sync_filesystem(&self.root).is_ok() {
            return Ok(());
        }
        for (_, tmp, _) in files {
            std::fs::File::open(tmp)?.sync_all()?;
        }
        Ok(())
    }

    /// Makes new names (and folders) durable: one `syncfs`, or an fsync of each folder.
    fn make_names_durable(&self, dirs: &std::collections::BTreeSet<PathBuf>) -> io::Result<()> {
        if fsutil::sync_filesystem(&self.root).is_ok() {
            return Ok(());
        }
        for d in dirs {
            fsutil::sync_dir(d)?;
        }
        Ok(())
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

/// What storing one blob did.
enum Step {
    /// It was there already.
    Exists,
    /// Bytes are in a temporary file, not yet durable.
    Written(PathBuf),
    /// It has its final name (its data was durable already).
    Named,
}

/// Gives the (durable) file `src` the blob name `path`: a hard link, or a synced copy where
/// the two are on different filesystems.
fn link_or_copy(src: &Path, path: &Path) -> io::Result<Step> {
    match std::fs::hard_link(src, path) {
        Ok(()) => Ok(Step::Named),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(Step::Exists),
        Err(e) if fsutil::is_cross_device(&e) => {
            fsutil::copy_synced(src, path)?;
            Ok(Step::Named)
        }
        Err(e) => Err(e),
    }
}

/// Blobs are never written again: read-only for everyone but root.
fn set_read_only(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o400))
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
        let store = BlobStore::open(dir.path()).unwrap();
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
        let store = BlobStore::open(dir.path().join("blobs")).unwrap();
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

    #[test]
    fn a_new_store_has_one_level_made_beforehand_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("blobs");
        let store = BlobStore::open(&root).unwrap();
        assert_eq!(store.layout(), Layout::OneLevel);
        assert_eq!(folders(&root), 257, "sha256 and its 256 folders");
        let sha = Sha256::of(b"brief");
        let hex = sha.to_hex();
        assert_eq!(
            store.path_of(sha),
            root.join("sha256").join(&hex[..2]).join(&hex)
        );
        assert!(matches!(
            store.put_many(&[(sha, BlobData::Bytes(std::sync::Arc::new(b"brief".to_vec())))])[0],
            Ok(true)
        ));
        assert!(store.put(Sha256::of(b"zwei"), b"zwei").unwrap());
        assert_eq!(folders(&root), 257, "filing made no folder");
        let again = BlobStore::open(&root).unwrap();
        assert_eq!(again.layout(), Layout::OneLevel);
        assert_eq!(again.get(sha).unwrap(), b"brief");
    }

    /// Folders under `root`, at any depth.
    fn folders(root: &Path) -> usize {
        std::fs::read_dir(root)
            .unwrap()
            .flatten()
            .filter(|e| e.file_type().unwrap().is_dir())
            .map(|e| 1 + folders(&e.path()))
            .sum()
    }

    #[test]
    fn a_store_whose_creation_was_cut_short_stays_one_level() {
        // The layout file is written first; a crash (or another process still creating the
        // store) may leave it without some or all folders.
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("blobs");
        std::fs::create_dir_all(root.join("sha256/00")).unwrap();
        std::fs::write(root.join(layout::LAYOUT_FILE), "sha256/xx/<hash>\n").unwrap();
        let store = BlobStore::open(&root).unwrap();
        assert_eq!(store.layout(), Layout::OneLevel);
        let sha = Sha256::of(b"nach dem Absturz");
        assert!(store.put(sha, b"nach dem Absturz").unwrap());
        let other = Sha256::of(b"noch einer");
        let data = BlobData::Bytes(std::sync::Arc::new(b"noch einer".to_vec()));
        assert!(matches!(store.put_many(&[(other, data)])[0], Ok(true)));
        for (sha, bytes) in [(sha, &b"nach dem Absturz"[..]), (other, b"noch einer")] {
            let hex = sha.to_hex();
            let path = root.join("sha256").join(&hex[..2]).join(&hex);
            assert_eq!(std::fs::read(path).unwrap(), bytes);
        }
    }

    #[test]
    fn a_store_from_before_the_layout_file_keeps_two_levels() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("blobs");
        let sha = Sha256::of(b"alter Brief");
        // Where a store of two levels keeps a blob.
        let two_levels = |sha: Sha256| {
            let hex = sha.to_hex();
            root.join("sha256")
                .join(&hex[..2])
                .join(&hex[2..4])
                .join(&hex)
        };
        let old = two_levels(sha);
        std::fs::create_dir_all(old.parent().unwrap()).unwrap();
        std::fs::write(&old, b"alter Brief").unwrap();
        let store = BlobStore::open(&root).unwrap();
        assert_eq!(store.layout(), Layout::TwoLevels);
        assert!(
            !root.join(layout::LAYOUT_FILE).exists(),
            "an old store is left as it is"
        );
        assert_eq!(store.get(sha).unwrap(), b"alter Brief");
        let new = Sha256::of(b"neuer Brief");
        assert!(matches!(
            store.put_many(&[(
                new,
                BlobData::Bytes(std::sync::Arc::new(b"neuer Brief".to_vec()))
            )])[0],
            Ok(true)
        ));
        let single = Sha256::of(b"einzeln");
        assert!(store.put(single, b"einzeln").unwrap());
        for (sha, bytes) in [(new, &b"neuer Brief"[..]), (single, b"einzeln")] {
            assert_eq!(std::fs::read(two_levels(sha)).unwrap(), bytes);
        }
    }

    #[test]
    fn a_layout_this_version_does_not_know_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(layout::LAYOUT_FILE), "sha512/xx/<hash>\n").unwrap();
        let err = BlobStore::open(dir.path()).unwrap_err();
        assert!(
            matches!(&err, BlobError::UnknownLayout { found, .. } if found == "sha512/xx/<hash>")
        );
        assert!(err.to_string().contains("layout"), "{err}");
    }
}
