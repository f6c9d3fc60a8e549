//! The quarantine folder: files that could not be processed, each next to a `.reason.txt`
//! telling a person what went wrong and what to do.

use std::io;
use std::path::{Path, PathBuf};

use crate::fsutil;
use crate::model::{format_berlin, format_utc, QuarantineId, Sha256};
use crate::model::{Receipt, Replacement};
use crate::stage::Reason;

/// The quarantine folder.
#[derive(Debug, Clone)]
pub struct QuarantineDir {
    dir: PathBuf,
}

/// A file name safe to put in a folder: path separators and control characters replaced.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.').to_string();
    let mut out: String = cleaned.chars().take(150).collect();
    if out.is_empty() {
        out.push_str("file");
    }
    out
}

impl QuarantineDir {
    pub fn open(dir: &Path) -> io::Result<Self> {
        fsutil::create_dir_all_durable(dir)?;
        Ok(QuarantineDir {
            dir: dir.to_path_buf(),
        })
    }

    /// Where receipt's file goes: `<id>-<original name>`.
    pub fn path_for(&self, r: &Receipt) -> PathBuf {
        self.dir
            .join(format!("{}-{}", r.id, safe_file_name(&r.original_filename)))
    }

    /// The sidecar next to a quarantined file.
    pub fn sidecar(path: &Path) -> PathBuf {
        let mut s = path.as_os_str().to_owned();
        s.push(".reason.txt");
        PathBuf::from(s)
    }

    /// Writes the sidecar, then moves `spooled` into quarantine. Returns the new path.
    pub fn put(&self, r: &Receipt, spooled: &Path, reason: &Reason) -> io::Result<PathBuf> {
        let dest = self.path_for(r);
        let id = QuarantineId(r.id).to_string();
        let note = sidecar_text(&r.original_filename, r, reason, &id);
        fsutil::write_atomic(&Self::sidecar(&dest), note.as_bytes())?;
        fsutil::move_durable(spooled, &dest)?;
        Ok(dest)
    }

    /// Writes attachment `position` of the mail in receipt `mail` into quarantine, with its
    /// sidecar. Idempotent: processing the mail again rewrites the same files.
    pub fn put_part(
        &self,
        mail: &Receipt,
        position: u32,
        name: &str,
        bytes: &[u8],
        reason: &Reason,
    ) -> io::Result<PathBuf> {
        let dest = self
            .dir
            .join(format!("{}.{position}-{}", mail.id, safe_file_name(name)));
        let what = format!(
            "{name} (attachment {position} of {:?}, receipt {})",
            mail.original_filename, mail.id
        );
        let note = sidecar_text(&what, mail, reason, "Q… (see `mailroom quarantine list`)");
        fsutil::write_atomic(&Self::sidecar(&dest), note.as_bytes())?;
        fsutil::write_atomic(&dest, bytes)?;
        Ok(dest)
    }

    /// Moves a quarantined file back to `spooled` (unless it is there already, after a crash)
    /// and removes its sidecar: the first step of a retry. Blocking.
    pub fn take_back(path: &Path, spooled: &Path) -> io::Result<()> {
        if !spooled.exists() {
            fsutil::move_durable(path, spooled)?;
        }
        fsutil::remove_durable(&Self::sidecar(path))
    }

    /// Removes a quarantined file and its sidecar.
    pub fn remove(path: &Path) -> io::Result<()> {
        fsutil::remove_durable(path)?;
        fsutil::remove_durable(&Self::sidecar(path))
    }
}

/// Why a quarantined file cannot be taken back.
#[derive(Debug, thiserror::Error)]
pub enum RetryFileError {
    #[error(
        "the quarantined file {0} is gone; put the repaired file there (or a file whose name \
         starts with the same number), or give it with `--file PATH`"
    )]
    Gone(PathBuf),
    #[error("several files in quarantine could be the repaired one: {0}; keep only one")]
    Ambiguous(String),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// Before a retry: finds what a person put in place of the quarantined file of `r` — the
/// file replaced at its path, a file of another name with the same `<id>-` prefix (a
/// converted scan), or `given` (copied in, the old bytes kept as a blob) — and leaves the
/// bytes to process at `r.quarantine_path`. `None` when the file is unchanged. Blocking.
pub fn take_replacement(
    r: &Receipt,
    given: Option<&Path>,
    blobs: &crate::store::BlobStore,
) -> Result<Option<Replacement>, RetryFileError> {
    let Some(current) = r.quarantine_path.clone() else {
        return Ok(None);
    };
    let io_at = |path: &Path| {
        let path = path.to_path_buf();
        move |source| RetryFileError::Io { path, source }
    };
    let hash = |path: &Path| {
        std::fs::File::open(path)
            .and_then(Sha256::of_reader)
            .map_err(io_at(path))
    };
    let old_name = r.original_filename.clone();
    if let Some(given) = given {
        let new_sha = hash(given)?;
        let mut old_sha = r.sha256;
        if current.exists() {
            // The bytes as received stay verifiable under their hash.
            let sha = hash(&current)?;
            let kept = blobs.put_many(&[(sha, crate::store::BlobData::File(current.clone()))]);
            if let Some(Err(e)) = kept.into_iter().next() {
                return Err(io_at(&current)(io::Error::other(e)));
            }
            old_sha = Some(sha);
        }
        fsutil::copy_durable(given, &current).map_err(io_at(given))?;
        let new_name = given
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| old_name.clone());
        return Ok(Some(Replacement {
            old_sha256: old_sha,
            new_sha256: new_sha,
            old_name,
            new_name,
        }));
    }
    if current.exists() {
        let new_sha = hash(&current)?;
        return Ok(match r.sha256 {
            Some(old) if old != new_sha => Some(Replacement {
                old_sha256: Some(old),
                new_sha256: new_sha,
                new_name: old_name.clone(),
                old_name,
            }),
            _ => None,
        });
    }
    // Replaced under another name: `13-scan.heic` became `13-scan.jpg`.
    let dir = current.parent().unwrap_or(Path::new("."));
    let prefix = format!("{}-", r.id);
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io_at(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            name.starts_with(&prefix) && !name.ends_with(".reason.txt")
        })
        .collect();
    candidates.sort();
    match candidates.as_slice() {
        [] => Err(RetryFileError::Gone(current)),
        [found] => {
            let new_sha = hash(found)?;
            let new_name = found
                .file_name()
                .map(|n| n.to_string_lossy()[prefix.len()..].to_string())
                .unwrap_or_else(|| old_name.clone());
            fsutil::move_durable(found, &current).map_err(io_at(found))?;
            Ok(Some(Replacement {
                old_sha256: r.sha256,
                new_sha256: new_sha,
                old_name,
                new_name,
            }))
        }
        several => Err(RetryFileError::Ambiguous(
            several
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        )),
    }
}

fn sidecar_text(file: &str, r: &Receipt, reason: &Reason, id: &str) -> String {
    format!(
        "mailroom could not process this file.\n\n\
         File:        {file}\n\
         Receipt:     {receipt}\n\
         Received:    {berlin} ({utc})\n\
         Pipeline:    {pipeline} (channel: {channel})\n\
         Taken from:  {source}\n\n\
         Problem:     {reason}\n\
         What to do:  {action}\n\n\
         When fixed:  mailroom quarantine retry {id}\n\
         \x20            (a repaired or converted file may replace this one first, also under\n\
         \x20            another name starting with the same number; or give it with\n\
         \x20            `--file PATH`: the record keeps both SHA-256 hashes)\n\
         To drop it:  mailroom quarantine discard {id}\n\
         (The time of receipt above is kept when the file is retried.)\n\
         Code:        {code}\n",
        file = file,
        id = id,
        receipt = r.id,
        berlin = format_berlin(r.received_at),
        utc = format_utc(r.received_at),
        pipeline = r.pipeline,
        channel = r.channel,
        source = r.source_path.display(),
        reason = reason,
        action = reason.action(),
        code = reason.code(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_escape_the_folder() {
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name(".hidden"), "hidden");
        assert_eq!(safe_file_name(""), "file");
        assert_eq!(safe_file_name("Brief Müller.pdf"), "Brief Müller.pdf");
    }
}
