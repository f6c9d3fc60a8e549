//! ZIP attachments, unpacked within limits. A bomb (too many entries, too large in total, or
//! compressed far beyond what documents compress) is refused before anything is inflated.

use std::io::{Cursor, Read};

use crate::stage::Reason;

/// Limits for unpacking one archive.
#[derive(Debug, Clone, Copy)]
pub struct ZipLimits {
    pub max_entries: usize,
    pub max_total_bytes: u64,
    /// Uncompressed / compressed size; office documents and PDFs stay far below 100.
    pub max_ratio: u64,
}

/// One file in an archive.
#[derive(Debug, Clone)]
pub struct ZipEntry {
    pub name: String,
    pub bytes: Vec<u8>,
}

fn refused(detail: String) -> Reason {
    Reason::ZipRefused { detail }
}

/// Whether `bytes` is a ZIP archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The files of a ZIP archive, or why it was not unpacked.
pub fn unpack(bytes: &[u8], limits: &ZipLimits) -> Result<Vec<ZipEntry>, Reason> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Reason::Corrupt {
        format: "ZIP",
        detail: e.to_string(),
    })?;
    if archive.len() > limits.max_entries {
        return Err(refused(format!(
            "{} entries, more than the limit of {} (mail.zip_max_entries)",
            archive.len(),
            limits.max_entries
        )));
    }
    // First pass over the central directory only: refuse before inflating anything.
    let mut declared_total = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| Reason::Corrupt {
            format: "ZIP",
            detail: e.to_string(),
        })?;
        if entry.is_dir() {
            continue;
        }
        if entry.encrypted() {
            return Err(Reason::Encrypted { format: "ZIP" });
        }
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        if size / packed > limits.max_ratio {
            return Err(refused(format!(
                "entry {:?} expands {}-fold ({} bytes from {}), over the limit of {} (mail.zip_max_ratio): a zip bomb",
                entry.name(),
                size / packed,
                size,
                packed,
                limits.max_ratio
            )));
        }
        declared_total = declared_total.saturating_add(size);
        if declared_total > limits.max_total_bytes {
            return Err(refused(format!(
                "the archive unpacks to more than {} MB (mail.zip_max_total_mb)",
                limits.max_total_bytes / (1024 * 1024)
            )));
        }
    }
    // Second pass: inflate, never beyond the declared sizes (headers can lie).
    let mut entries = Vec::new();
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| Reason::Corrupt {
            format: "ZIP",
            detail: e.to_string(),
        })?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_string();
        let budget = limits.max_total_bytes.saturating_sub(total);
        let mut out = Vec::with_capacity(entry.size().min(budget) as usize);
        (&mut entry)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| Reason::Corrupt {
                format: "ZIP",
                detail: format!("{name}: {e}"),
            })?;
        total += out.len() as u64;
        if total > limits.max_total_bytes {
            return Err(refused(format!(
                "the archive unpacks to more than {} MB (mail.zip_max_total_mb)",
                limits.max_total_bytes / (1024 * 1024)
            )));
        }
        entries.push(ZipEntry { name, bytes: out });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const LIMITS: ZipLimits = ZipLimits {
        max_entries: 10,
        max_total_bytes: 10 << 20,
        max_ratio: 100,
    };

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn unpacks_normal_archives() {
        let z = zip_of(&[("a.pdf", b"%PDF-1.4 a"), ("sub/b.txt", b"hallo")]);
        assert!(is_zip(&z));
        let entries = unpack(&z, &LIMITS).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].name, "sub/b.txt");
        assert_eq!(entries[1].bytes, b"hallo");
    }

    #[test]
    fn refuses_bombs_and_too_many_entries_before_inflating() {
        let zeros = vec![0u8; 5 << 20];
        let bomb = zip_of(&[("zeros.bin", &zeros)]);
        let err = unpack(&bomb, &LIMITS).unwrap_err();
        assert_eq!(err.code(), "zip_refused");
        assert!(err.to_string().contains("zip bomb"), "{err}");
        let many: Vec<(String, Vec<u8>)> =
            (0..11).map(|i| (format!("{i}.txt"), vec![b'x'])).collect();
        let refs: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        assert!(unpack(&zip_of(&refs), &LIMITS)
            .unwrap_err()
            .to_string()
            .contains("11 entries"));
        assert_eq!(
            unpack(b"PK\x03\x04garbage", &LIMITS).unwrap_err().code(),
            "corrupt"
        );
    }
}
