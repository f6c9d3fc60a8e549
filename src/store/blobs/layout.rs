//! How a blob store spreads its blobs over folders, and how a store recognises its own. A new
//! store writes `layout` (durably) before it makes its `sha256` folder, so a `sha256` folder
//! without a `layout` file can only be a store from before that file: two levels.

use std::io;
use std::path::Path;

use super::BlobError;
use crate::fsutil;

/// How a store spreads its blobs over folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `sha256/ab/abcd…`: 256 folders, made with the store. Filing a document makes no folder
    /// (a `mkdir` per document was ~16 % of the daemon's CPU in a burst on ext4 without a
    /// journal); each folder holds ~4,000 blobs per million, which directory indexes (ext4,
    /// XFS) look up as fast as a few.
    OneLevel,
    /// `sha256/ab/cd/abcd…`: stores made before `blobs/layout` existed. Up to 65,536 folders,
    /// made as blobs arrive — about one per document until the store holds ~100,000 blobs.
    TwoLevels,
}

impl Layout {
    /// What `blobs/layout` holds for each layout.
    fn marker(self) -> &'static str {
        match self {
            Layout::OneLevel => "sha256/xx/<hash>",
            Layout::TwoLevels => "sha256/xx/yy/<hash>",
        }
    }

    fn of_marker(text: &str) -> Option<Layout> {
        [Layout::OneLevel, Layout::TwoLevels]
            .into_iter()
            .find(|l| l.marker() == text)
    }
}

/// The file that records a store's layout.
pub(super) const LAYOUT_FILE: &str = "layout";

/// The layout of the store at `root`, which is created if it has neither a layout file nor a
/// `sha256` folder. The folder is looked at first: a process that finds no folder and then a
/// layout file met a store another process was just creating (one level), never an old one.
/// Any error but "not there" is an error, never taken for "not there". Blocking.
pub(super) fn open(root: &Path) -> Result<Layout, BlobError> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| BlobError::Io { path, source }
    };
    let top = root.join("sha256");
    let had_blobs = match std::fs::symlink_metadata(&top) {
        Ok(_) => true,
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(io_err(&top)(e)),
    };
    let marker = root.join(LAYOUT_FILE);
    match std::fs::read_to_string(&marker) {
        Ok(text) => Layout::of_marker(text.trim()).ok_or_else(|| BlobError::UnknownLayout {
            path: marker.clone(),
            found: text.trim().to_string(),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if had_blobs {
                Ok(Layout::TwoLevels)
            } else {
                create(root).map_err(io_err(root))?;
                Ok(Layout::OneLevel)
            }
        }
        Err(e) => Err(io_err(&marker)(e)),
    }
}

/// Creates a new store at `root`: first the layout file (so that a crash after it leaves a
/// one-level store whose missing folders are made as blobs arrive), then the 256 folders.
/// Another process creating the same store at once writes the same file.
fn create(root: &Path) -> io::Result<()> {
    fsutil::create_dir_all_durable(root)?;
    fsutil::write_atomic(
        &root.join(LAYOUT_FILE),
        Layout::OneLevel.marker().as_bytes(),
    )?;
    let top = root.join("sha256");
    fsutil::create_dir_all_durable(&top)?;
    for i in 0..=255u8 {
        match std::fs::create_dir(top.join(format!("{i:02x}"))) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    fsutil::sync_dir(&top)
}
