//! mailroom: the digital mail-room of a county administration.
//!
//! Files arrive in scanner drop folders, are claimed exactly once, hashed, OCRed, filed into a
//! document store and made searchable. Nothing is ever lost: a receipt is recorded before a
//! file is moved, the original is durable before the document that points to it, and a file
//! leaves its drop folder only after that.
//!
//! # Layout
//! - [`config`]: `mailroom.toml` and `pipelines/*.toml`, validated with every error at once.
//! - [`model`]: ids, hashes, media types, times.
//! - [`source`]: intake (drop folders) behind the `Source` trait.
//! - [`stage`]: processing steps behind the `Stage` trait (detect, extract, OCR).
//! - [`pipeline`]: claims, the runner, quarantine, crash recovery, index feeding.
//! - [`ocr`]: Tesseract engines on worker threads.
//! - [`pdf_text`]: text layers of PDF pages, words and lines placed like `pdftotext` does.
//! - [`raster`]: page images (PDF images, TIFF pages, PNG/JPEG) decoded to gray.
//! - [`store`]: the only SQL (SQLite by default) and the blob folder of originals.
//! - [`search`]: full-text search behind the `SearchIndex` trait (tantivy by default).
//! - [`daemon`]: `mailroom run`.
//! - [`cli`]: the command line.

/// jemalloc for the whole process: its symbols are unprefixed, so Tesseract's and leptonica's
/// allocations use it as well as Rust's. Measured (BENCHMARKS.md, core table): as an
/// `LD_PRELOAD` on an Intel Xeon, OCR 5–7 % faster than glibc's malloc; built in on an AMD
/// EPYC, within the noise of glibc on the same commit; peak RSS of a 300-page scan 231 MB.
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

pub mod app;
pub mod archive;
pub mod classify;
pub mod cli;
pub mod config;
pub mod cpu_pool;
pub mod daemon;
pub mod extract;
pub mod fault;
pub mod fsutil;
pub mod http;
pub mod instance;
pub mod integrity;
pub mod invoice;
pub mod mail;
pub mod metrics;
pub mod model;
pub mod ocr;
pub mod original;
pub mod pdf_text;
pub mod pipeline;
pub mod raster;
pub mod routing;
pub mod rules;
pub mod search;
pub mod source;
pub mod stage;
pub mod store;
pub mod text;
pub mod web;
pub mod word_memo;
