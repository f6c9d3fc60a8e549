//! Durable file operations. A rename or a new file is only durable once its directory has
//! been fsynced too; every "nothing is lost" promise in mailroom rests on these helpers.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// fsyncs a directory so that entries created, renamed or removed in it survive a crash.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Makes everything written to the filesystem holding `path` durable (Linux `syncfs`): one
/// journal commit and cache flush for any number of files and folders, where an fsync per
/// file and folder costs one each.
pub fn sync_filesystem(path: &Path) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let f = File::open(path)?;
    // SAFETY: `syncfs` only reads the descriptor, which `f` keeps open for the call.
    if unsafe { libc::syncfs(f.as_raw_fd()) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Creates `dir` and any missing parents, fsyncing each parent whose entries changed.
pub fn create_dir_all_durable(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dir_all_durable(parent)?;
    }
    match fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(e),
    }
    if let Some(parent) = dir.parent() {
        sync_dir(parent)?;
    }
    Ok(())
}

/// Writes `bytes` to `dest` atomically and durably: temp file in the same directory, fsync,
/// rename, fsync of the directory. An existing `dest` is replaced.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        dest.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        rand::random::<u64>()
    ));
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, dest)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Copies `src` to `dest` durably (via a temp file), returning the bytes copied.
pub fn copy_durable(src: &Path, dest: &Path) -> io::Result<u64> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".copy.{}.tmp", rand::random::<u64>()));
    let result = (|| {
        let n = fs::copy(src, &tmp)?;
        File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, dest)?;
        sync_dir(dir)?;
        Ok(n)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Copies `src` to `dest` via a temp file that is synced before its rename; the folder is
/// *not* synced (callers sync each folder once for many files).
pub fn copy_synced(src: &Path, dest: &Path) -> io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".copy.{}.tmp", rand::random::<u64>()));
    let result = (|| {
        fs::copy(src, &tmp)?;
        File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, dest)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Moves `src` to `dest`: a rename when both are on one filesystem, else a durable copy
/// followed by removal of `src`. Both directories are fsynced.
pub fn move_durable(src: &Path, dest: &Path) -> io::Result<()> {
    match fs::rename(src, dest) {
        Ok(()) => {
            if let Some(d) = dest.parent() {
                sync_dir(d)?;
            }
            if let Some(s) = src.parent() {
                sync_dir(s)?;
            }
            Ok(())
        }
        Err(e) if is_cross_device(&e) => {
            copy_durable(src, dest)?;
            remove_durable(src)
        }
        Err(e) => Err(e),
    }
}

/// Removes a file and fsyncs its directory. A file that is already gone is fine.
pub fn remove_durable(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    }
    if let Some(d) = path.parent() {
        sync_dir(d)?;
    }
    Ok(())
}

/// EXDEV: rename across filesystems.
pub fn is_cross_device(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::CrossesDevices || e.raw_os_error() == Some(18)
}

/// A file's identity (device, inode, size, mtime) as a string, to tell "the same file" from "a
/// new file with the same name" later.
pub fn identity(meta: &fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    format!(
        "{}:{}:{}:{}.{}",
        meta.dev(),
        meta.ino(),
        meta.size(),
        meta.mtime(),
        meta.mtime_nsec()
    )
}

/// Makes a folder accessible to its owner only (mode 0700), unless it already is.
pub fn make_private(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode & 0o700 | 0o700))?;
    }
    Ok(())
}

/// New files and folders of this process are private to its user (umask 077).
pub fn private_umask() {
    // SAFETY: umask only changes this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a.txt");
        write_atomic(&dest, b"one").unwrap();
        write_atomic(&dest, b"two").unwrap();
        assert_eq!(fs::read(&dest).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn move_works_and_identity_changes_with_content() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("sub/b");
        fs::write(&a, b"x").unwrap();
        let id1 = identity(&fs::metadata(&a).unwrap());
        create_dir_all_durable(b.parent().unwrap()).unwrap();
        move_durable(&a, &b).unwrap();
        assert!(!a.exists());
        assert_eq!(fs::read(&b).unwrap(), b"x");
        fs::write(&a, b"xy").unwrap();
        assert_ne!(identity(&fs::metadata(&a).unwrap()), id1);
        remove_durable(&a).unwrap();
        remove_durable(&a).unwrap();
    }
}
