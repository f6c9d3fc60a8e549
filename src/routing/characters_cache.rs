//! The example letters' character model kept between starts:
//! `data_dir/models/examples-characters.bin`. Learning the shipped 584 letters costs about
//! 2.1 billion instructions (0.6 s of CPU) at every start of the daemon and of every command
//! that routes (`mailroom ingest` of one letter: 0.52 s → 0.29 s with the copy read back,
//! BENCHMARKS.md). A cache only: not written durably; a copy that is missing, damaged, of
//! another format or fingerprint, or learned from other letters is learned again and
//! replaced. Its checksum finds damage, it proves nothing about who wrote it: the data folder
//! is trusted as the model file beside it is.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::classify::characters::{self, CharacterModel};

/// The file under `models_dir`.
pub fn path(models_dir: &Path) -> PathBuf {
    models_dir.join("examples-characters.bin")
}

/// What the model is learned from: the format and every letter's label and text.
fn key(letters: &[(&str, &str)]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(characters::fingerprint());
    for (label, text) in letters {
        for part in [label, text] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
    }
    h.finalize().into()
}

/// A kept copy larger than this is not read (the shipped 584 letters give 2.6 MB).
const LARGEST: u64 = 256 << 20;

/// The model of `letters`: the copy kept in `file` if it was learned from the same letters,
/// else `learn()`, which is then kept there (where it can be written). Without letters
/// nothing is kept. Blocking.
pub fn learned(
    file: &Path,
    letters: &[(&str, &str)],
    learn: impl FnOnce() -> CharacterModel,
) -> CharacterModel {
    if letters.is_empty() {
        return learn();
    }
    let key = key(letters);
    if let Some(model) = read(file, &key) {
        return model;
    }
    let model = learn();
    if let Err(e) = write(file, &key, &model) {
        tracing::warn!(
            file = %file.display(),
            error = %e,
            "the example letters' model cannot be kept; it is learned again at every start"
        );
    }
    model
}

/// File layout: the key, the SHA-256 of the model's bytes, the model's bytes.
fn read(file: &Path, key: &[u8; 32]) -> Option<CharacterModel> {
    if std::fs::metadata(file).ok()?.len() > LARGEST {
        return None;
    }
    let bytes = std::fs::read(file).ok()?;
    let (kept_key, rest) = bytes.split_at_checked(32)?;
    let (sum, model) = rest.split_at_checked(32)?;
    if kept_key != key || sum != Sha256::digest(model).as_slice() {
        return None;
    }
    CharacterModel::from_bytes(model)
}

fn write(file: &Path, key: &[u8; 32], model: &CharacterModel) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let bytes = model.to_bytes();
    let mut out = Vec::with_capacity(64 + bytes.len());
    out.extend_from_slice(key);
    out.extend_from_slice(&Sha256::digest(&bytes));
    out.extend_from_slice(&bytes);
    // Another process may write the same copy at the same moment: each writes its own
    // temporary file and renames it into place.
    let tmp = dir.join(format!(
        ".examples-characters.{}.tmp",
        rand::random::<u64>()
    ));
    std::fs::write(&tmp, &out)
        .and_then(|()| std::fs::rename(&tmp, file))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    use crate::classify::characters::FOUR_LETTERS as LETTERS;
    const TEXT: &str = "Der Sperrmüll steht noch vor der Tür.";

    #[test]
    fn learned_once_then_read_back_until_the_letters_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(&dir.path().join("models"));
        let learned_times = Cell::new(0);
        let learn = |letters: &[(&str, &str)]| {
            learned(&file, letters, || {
                learned_times.set(learned_times.get() + 1);
                CharacterModel::learn(letters)
            })
        };
        let first = learn(&LETTERS);
        assert_eq!(learned_times.get(), 1);
        assert!(file.exists());
        let second = learn(&LETTERS);
        assert_eq!(learned_times.get(), 1, "read back, not learned again");
        assert_eq!(second.judge(TEXT).scores, first.judge(TEXT).scores);

        // Other letters (one text changed): learned again, and kept in place of the first.
        let mut other = LETTERS;
        other[3].1 = "Das Rind des Nachbarn steht ohne Wasser auf der Weide.";
        learn(&other);
        assert_eq!(learned_times.get(), 2);
        learn(&other);
        assert_eq!(learned_times.get(), 2);

        // A damaged copy (one byte of the weights) is learned again, never used.
        let mut bytes = std::fs::read(&file).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&file, &bytes).unwrap();
        let again = learn(&other);
        assert_eq!(learned_times.get(), 3);
        assert_eq!(
            again.judge(TEXT).scores,
            CharacterModel::learn(&other).judge(TEXT).scores
        );
        // Cut short: the same.
        std::fs::write(&file, &bytes[..40]).unwrap();
        learn(&other);
        assert_eq!(learned_times.get(), 4);
    }

    #[test]
    fn without_letters_nothing_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path());
        assert!(learned(&file, &[], CharacterModel::default).is_empty());
        assert!(!file.exists());
    }

    #[test]
    fn a_folder_that_cannot_be_written_only_costs_the_learning() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the folder should be.
        let blocked = dir.path().join("models");
        std::fs::write(&blocked, b"").unwrap();
        let model = learned(&path(&blocked), &LETTERS, || {
            CharacterModel::learn(&LETTERS)
        });
        assert!(!model.is_empty());
    }
}
