//! The model on disk: `data_dir/models/classifier.json`, written atomically.

use std::path::{Path, PathBuf};

use crate::classify::Classifier;

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join("models").join("classifier.json")
}

pub fn load(path: &Path) -> Option<Classifier> {
    let bytes = std::fs::read(path).ok()?;
    match serde_json::from_slice(&bytes) {
        Ok(m) => Some(m),
        Err(e) => {
            tracing::warn!(file = %path.display(), error = %e, "model file unreadable; it is rebuilt from the training examples");
            None
        }
    }
}

pub fn save(path: &Path, model: &Classifier) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        crate::fsutil::create_dir_all_durable(dir)?;
    }
    let bytes = serde_json::to_vec(model).map_err(std::io::Error::other)?;
    crate::fsutil::write_atomic(path, &bytes)
}

/// An exclusive lock on the model, held while a process updates it (released on drop).
pub fn lock(path: &Path) -> std::io::Result<std::fs::File> {
    if let Some(dir) = path.parent() {
        crate::fsutil::create_dir_all_durable(dir)?;
    }
    let file = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path.with_extension("lock"))?;
    file.lock()?;
    Ok(file)
}
