//! ZIP attachments: normal, decompression bomb, password protected (ZipCrypto).

use std::io::{Cursor, Write};
use zip::unstable::write::FileOptionsExt;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Every entry is dated 14 March 2025, 10:00 (no clock, so the bytes never change).
fn options() -> SimpleFileOptions {
    let modified = DateTime::from_date_and_time(2025, 3, 14, 10, 0, 0).expect("valid DOS date");
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(modified)
}

/// A normal deflate ZIP with `entries` (name, content) in order; non-ASCII names are stored as
/// UTF-8 with the language-encoding flag (bit 11) set.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    write_zip(entries, options())
}

/// A decompression bomb: one entry "nullen.bin" of `uncompressed_mb` MiB of zero bytes,
/// deflated. Streamed 1 MiB at a time, so memory use stays small. Deflate caps the ratio at
/// about 1000:1, so `zip_bomb(1024)` (1 GiB) is about 1 MB; entries of 4096 MiB or more are
/// written as ZIP64.
pub fn zip_bomb(uncompressed_mb: u32) -> Vec<u8> {
    let chunk = vec![0u8; 1 << 20];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = options().large_file(uncompressed_mb >= 4096);
    zip.start_file("nullen.bin", opts).expect("ZIP into memory");
    for _ in 0..uncompressed_mb {
        zip.write_all(&chunk).expect("ZIP into memory");
    }
    zip.finish().expect("ZIP into memory").into_inner()
}

/// A ZIP whose entries are all encrypted with `password` using traditional PKWARE encryption
/// ("ZipCrypto", what Windows Explorer and `zip -e` produce); entries report
/// `encrypted() == true` and open with `ZipArchive::by_index_decrypt`. AES is not used because
/// the zip crate draws AES salts from the OS random generator, which would make the bytes
/// vary; ZipCrypto's 12-byte header is written deterministically by zip 8.
///
/// # Panics
/// If `password` is empty (the zip crate refuses it).
pub fn encrypted_zip(entries: &[(&str, &[u8])], password: &str) -> Vec<u8> {
    let opts = options()
        .with_deprecated_encryption(password.as_bytes())
        .expect("non-empty ZIP password");
    write_zip(entries, opts)
}

fn write_zip(entries: &[(&str, &[u8])], opts: SimpleFileOptions) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, opts).expect("ZIP into memory");
        zip.write_all(bytes).expect("ZIP into memory");
    }
    zip.finish().expect("ZIP into memory").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use zip::ZipArchive;

    fn entries() -> Vec<(&'static str, &'static [u8])> {
        vec![
            ("Anhörung.txt", "Schöne Grüße aus der Poststelle".as_bytes()),
            ("daten/zahlen.bin", &[0, 1, 2, 3, 255, 254, 0, 0, 7]),
        ]
    }

    #[test]
    fn zip_of_round_trips_and_is_deterministic() {
        let bytes = zip_of(&entries());
        assert_eq!(bytes, zip_of(&entries()));
        let mut archive = ZipArchive::new(Cursor::new(&bytes)).unwrap();
        assert_eq!(archive.len(), 2);
        for (i, (name, content)) in entries().into_iter().enumerate() {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.name(), name);
            assert!(!file.encrypted());
            assert_eq!(file.compression(), CompressionMethod::Deflated);
            let mut read = Vec::new();
            file.read_to_end(&mut read).unwrap();
            assert_eq!(read, content);
        }
    }

    #[test]
    fn encrypted_zip_needs_the_password() {
        let bytes = encrypted_zip(&entries(), "geheim");
        assert_eq!(bytes, encrypted_zip(&entries(), "geheim"), "deterministic");
        let mut archive = ZipArchive::new(Cursor::new(&bytes)).unwrap();
        for (i, (name, content)) in entries().into_iter().enumerate() {
            assert!(archive.by_index(i).is_err(), "opened without password");
            let mut file = archive.by_index_decrypt(i, b"geheim").unwrap();
            assert!(file.encrypted());
            assert_eq!(file.name(), name);
            let mut read = Vec::new();
            file.read_to_end(&mut read).unwrap();
            assert_eq!(read, content);
        }
        let wrong = archive.by_index_decrypt(0, b"falsch").map(|_| ());
        assert!(wrong.is_err(), "wrong password accepted");
        let raw = archive.by_index_raw(1).unwrap();
        assert!(raw.encrypted());
    }

    #[test]
    fn zip_bomb_is_tiny_with_a_huge_ratio() {
        let bytes = zip_bomb(1024);
        eprintln!("zip_bomb(1024): {} bytes", bytes.len());
        assert!(bytes.len() < 1_100_000, "{} bytes", bytes.len());
        let mut archive = ZipArchive::new(Cursor::new(&bytes)).unwrap();
        let file = archive.by_index_raw(0).unwrap();
        assert_eq!(file.name(), "nullen.bin");
        assert_eq!(file.size(), 1024 << 20);
        let ratio = file.size() / file.compressed_size();
        eprintln!("ratio {ratio}:1");
        assert!(ratio > 900, "ratio {ratio}");
        drop(file);
        // The first MiB really is zeros.
        let mut head = vec![1u8; 1 << 20];
        archive.by_index(0).unwrap().read_exact(&mut head).unwrap();
        assert!(head.iter().all(|&b| b == 0));
    }
}
