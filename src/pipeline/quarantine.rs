//! The quarantine folder: files that could not be processed, each next to a `.reason.txt`
//! telling a person what went wrong and what to do.

use std::io;
use std::path::{Path, PathBuf};

use crate::fsutil;
use crate::model::{format_berlin, format_utc};
use crate::stage::Reason;
use crate::store::Receipt;

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
        let note = sidecar_text(&r.original_filename, r, reason, &r.id.to_string());
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
        let note = sidecar_text(&what, mail, reason, "ID (see `mailroom quarantine list`)");
        fsutil::write_atomic(&Self::sidecar(&dest), note.as_bytes())?;
        fsutil::write_atomic(&dest, bytes)?;
        Ok(dest)
    }

    /// Removes a quarantined file and its sidecar.
    pub fn remove(path: &Path) -> io::Result<()> {
        fsutil::remove_durable(path)?;
        fsutil::remove_durable(&Self::sidecar(path))
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
