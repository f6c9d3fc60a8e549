//! The spool: claimed files, named by receipt id, waiting to be filed. It lives in the data
//! folder; a file is moved in (rename) when the drop folder is on the same filesystem, copied
//! otherwise.

use std::io;
use std::path::{Path, PathBuf};

use crate::fsutil;
use crate::model::ReceiptId;

/// The spool folder.
#[derive(Debug, Clone)]
pub struct Spool {
    dir: PathBuf,
}

/// A scratch file not written to for this long belongs to nobody any more.
pub const SCRATCH_ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

impl Spool {
    /// Opens (creating) `data_dir/spool`.
    pub fn open(data_dir: &Path) -> io::Result<Spool> {
        let dir = data_dir.join("spool");
        fsutil::create_dir_all_durable(&dir)?;
        Ok(Spool { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where receipt `id`'s file is kept.
    pub fn path(&self, id: ReceiptId) -> PathBuf {
        self.dir.join(id.0.to_string())
    }

    /// Whether `other` is on the spool's filesystem (so a rename can claim it).
    pub fn same_filesystem(&self, other: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(&self.dir), std::fs::metadata(other)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev(),
            _ => false,
        }
    }

    /// Removes scratch copies (`<id>.copy-N.tmp`, archive copies being written) that a crash
    /// left behind before they were renamed into place: their receipts were never committed,
    /// so the source still holds the file and the next claim copies it again. Only files
    /// untouched for `min_age` ([`SCRATCH_ABANDONED_AFTER`] where several processes share the
    /// spool: a younger one may be in use by another).
    pub fn remove_scratch(&self, min_age: std::time::Duration) -> io::Result<usize> {
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let abandoned = min_age.is_zero()
                || entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age >= min_age);
            if abandoned && name.to_str().is_some_and(|n| n.ends_with(".tmp")) {
                std::fs::remove_file(entry.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Receipt ids of every file in the spool.
    pub fn list(&self) -> io::Result<Vec<ReceiptId>> {
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            if let Some(id) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<i64>().ok())
            {
                ids.push(ReceiptId(id));
            }
        }
        ids.sort();
        Ok(ids)
    }
}
