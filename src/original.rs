//! The bytes of a delivery while it is processed: small files in memory, large ones left in
//! their spool file and read a range at a time (a page image, a TIFF strip), so a 300-page
//! batch scan costs one page of memory, not the whole file twice over.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Sha256;

/// Files up to this size are read into memory: born-digital letters, mails, single images.
pub const IN_MEMORY_MAX: u64 = 16 << 20;

/// A delivery's bytes.
#[derive(Clone)]
pub enum Original {
    Memory(Arc<Vec<u8>>),
    File(Arc<OriginalFile>),
}

/// A spooled file read in ranges.
pub struct OriginalFile {
    path: PathBuf,
    file: File,
    len: u64,
    /// The first [`SNIFF_BYTES`], read when opened: recognising the type then needs no IO
    /// (it happens on the async runtime).
    head: Vec<u8>,
}

/// How much of a large file recognising its type looks at.
const SNIFF_BYTES: usize = 64 << 10;

impl std::fmt::Debug for Original {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Original::Memory(b) => write!(f, "Original::Memory({} bytes)", b.len()),
            Original::File(o) => write!(f, "Original::File({}, {} bytes)", o.path.display(), o.len),
        }
    }
}

impl Original {
    /// Bytes already in memory (mail parts, tests).
    pub fn in_memory(bytes: Vec<u8>) -> Self {
        Original::Memory(Arc::new(bytes))
    }

    /// Opens `path`: read whole if at most [`IN_MEMORY_MAX`], else kept as a file. Blocking.
    pub fn open(path: &Path) -> io::Result<Self> {
        let mut file = File::open(path)?;
        let len = file.metadata()?.len();
        if len <= IN_MEMORY_MAX {
            let mut bytes = Vec::with_capacity(len as usize);
            file.read_to_end(&mut bytes)?;
            return Ok(Original::in_memory(bytes));
        }
        Self::from_file(path, file, len)
    }

    /// Opens `path` to be read in ranges, whatever its size. Blocking.
    pub fn file(path: &Path) -> io::Result<Self> {
        let file = File::open(path)?;
        let len = file.metadata()?.len();
        Self::from_file(path, file, len)
    }

    fn from_file(path: &Path, file: File, len: u64) -> io::Result<Self> {
        let mut head = vec![0u8; SNIFF_BYTES.min(len as usize)];
        file.read_exact_at(&mut head, 0)?;
        Ok(Original::File(Arc::new(OriginalFile {
            path: path.to_path_buf(),
            file,
            len,
            head,
        })))
    }

    pub fn len(&self) -> u64 {
        match self {
            Original::Memory(b) => b.len() as u64,
            Original::File(f) => f.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes, if they are in memory.
    pub fn memory(&self) -> Option<&Arc<Vec<u8>>> {
        match self {
            Original::Memory(b) => Some(b),
            Original::File(_) => None,
        }
    }

    /// The spool file, if the bytes are not in memory.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Original::Memory(_) => None,
            Original::File(f) => Some(&f.path),
        }
    }

    /// `len` bytes from `offset` (fewer at the end of the file). Blocking for files.
    pub fn range(&self, offset: u64, len: usize) -> io::Result<Cow<'_, [u8]>> {
        match self {
            Original::Memory(b) => {
                let start = (offset as usize).min(b.len());
                let end = start.saturating_add(len).min(b.len());
                Ok(Cow::Borrowed(&b[start..end]))
            }
            Original::File(f) => {
                let len = (len as u64).min(f.len.saturating_sub(offset)) as usize;
                let mut buf = vec![0u8; len];
                f.file.read_exact_at(&mut buf, offset)?;
                Ok(Cow::Owned(buf))
            }
        }
    }

    /// What recognising the type needs: everything in memory, the first 64 KiB of a file
    /// (a file is a large scan, recognised by its first bytes). Never blocks.
    pub fn sniff_head(&self) -> &[u8] {
        match self {
            Original::Memory(b) => b,
            Original::File(f) => &f.head,
        }
    }

    /// The bytes as a shared vector: the same for bytes in memory, read whole for a file
    /// (single images and mails, which are small by nature). Blocking.
    pub fn shared_bytes(&self) -> io::Result<Arc<Vec<u8>>> {
        match self {
            Original::Memory(b) => Ok(Arc::clone(b)),
            Original::File(_) => Ok(Arc::new(self.to_vec()?.into_owned())),
        }
    }

    /// All bytes in memory (for what is small by nature: mails, single images). Blocking.
    pub fn to_vec(&self) -> io::Result<Cow<'_, [u8]>> {
        self.range(0, self.len() as usize)
    }

    /// SHA-256 of the bytes, read in chunks. Blocking.
    pub fn sha256(&self) -> io::Result<Sha256> {
        match self {
            Original::Memory(b) => Ok(Sha256::of(b)),
            Original::File(_) => Sha256::of_reader(self.reader()?),
        }
    }

    /// A reader over the bytes (TIFF pages, image headers). Blocking for files.
    pub fn reader(&self) -> io::Result<OriginalReader> {
        Ok(match self {
            Original::Memory(b) => {
                OriginalReader::Memory(io::Cursor::new(SharedBytes(Arc::clone(b))))
            }
            Original::File(f) => {
                let mut file = f.file.try_clone()?;
                file.seek(SeekFrom::Start(0))?;
                OriginalReader::File(io::BufReader::with_capacity(256 << 10, file))
            }
        })
    }

    /// The bytes as one slice, mapped into memory for files. Blocking.
    pub fn mapped(&self) -> io::Result<Mapped> {
        Ok(match self {
            Original::Memory(b) => Mapped::Memory(Arc::clone(b)),
            // SAFETY: the spool file is private to this process while it is processed (it
            // left the drop folder when claimed) and is never written after it was spooled.
            Original::File(f) => Mapped::File(unsafe { memmap2::Mmap::map(&f.file)? }),
        })
    }
}

/// Bytes in memory shared with the [`Original`], as a cursor reads them.
pub struct SharedBytes(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// Reader over an [`Original`].
pub enum OriginalReader {
    Memory(io::Cursor<SharedBytes>),
    File(io::BufReader<File>),
}

impl Read for OriginalReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            OriginalReader::Memory(c) => c.read(buf),
            OriginalReader::File(f) => f.read(buf),
        }
    }
}

impl Seek for OriginalReader {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        match self {
            OriginalReader::Memory(c) => c.seek(pos),
            OriginalReader::File(f) => f.seek(pos),
        }
    }
}

impl io::BufRead for OriginalReader {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            OriginalReader::Memory(c) => c.fill_buf(),
            OriginalReader::File(f) => f.fill_buf(),
        }
    }

    fn consume(&mut self, n: usize) {
        match self {
            OriginalReader::Memory(c) => c.consume(n),
            OriginalReader::File(f) => f.consume(n),
        }
    }
}

/// The bytes of an [`Original`] as one slice.
pub enum Mapped {
    Memory(Arc<Vec<u8>>),
    File(memmap2::Mmap),
}

impl std::ops::Deref for Mapped {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Mapped::Memory(b) => b,
            Mapped::File(m) => m,
        }
    }
}

impl Mapped {
    /// Tells the kernel the mapped pages of `offset..offset + len` are not needed any more, so
    /// that reading through a large file does not keep all of it resident (they come back
    /// from the page cache if touched again). No-op for bytes in memory.
    pub fn release(&self, offset: usize, len: usize) {
        if let Mapped::File(m) = self {
            const PAGE: usize = 4096;
            let start = offset.div_ceil(PAGE) * PAGE;
            let end = (offset.saturating_add(len) / PAGE * PAGE).min(m.len());
            if end > start {
                // SAFETY: the range is inside the read-only mapping; dropping clean file-backed
                // pages only makes later reads fault them in again.
                let _ = unsafe {
                    m.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, start, end - start)
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_files_in_memory_large_ones_read_in_ranges() {
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("small");
        std::fs::write(&small, b"hallo welt").unwrap();
        let o = Original::open(&small).unwrap();
        assert!(o.memory().is_some());
        assert_eq!(&*o.range(6, 100).unwrap(), b"welt");

        let large = dir.path().join("large");
        let bytes: Vec<u8> = (0..IN_MEMORY_MAX + 10).map(|i| (i % 251) as u8).collect();
        std::fs::write(&large, &bytes).unwrap();
        let o = Original::open(&large).unwrap();
        assert!(o.memory().is_none());
        assert_eq!(o.len(), bytes.len() as u64);
        assert_eq!(&*o.range(1000, 5).unwrap(), &bytes[1000..1005]);
        assert_eq!(
            &*o.range(o.len() - 3, 10).unwrap(),
            &bytes[bytes.len() - 3..]
        );
        assert_eq!(o.sha256().unwrap(), Sha256::of(&bytes));
        let mapped = o.mapped().unwrap();
        assert_eq!(&mapped[..3], &bytes[..3]);
        mapped.release(0, 1 << 20);
        assert_eq!(mapped[5000], bytes[5000], "released pages read again");
        let mut r = o.reader().unwrap();
        r.seek(SeekFrom::Start(7)).unwrap();
        let mut b = [0u8; 2];
        r.read_exact(&mut b).unwrap();
        assert_eq!(b, [bytes[7], bytes[8]]);
    }
}
