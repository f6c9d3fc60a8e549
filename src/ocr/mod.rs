//! Tesseract OCR: one engine per worker thread, created once and reused for every page.
//!
//! We use `tesseract-rs` (0.4, `use-system-tesseract`) over Debian's libtesseract 5.3: it needs
//! no bindgen/libclang, and exposes what later work needs (orientation detection, PDF
//! renderer). Its `recognize` passes no progress monitor, so `engine.rs` declares the three C
//! functions needed to give each page a deadline.

mod engine;
mod line_images;
mod pool;
pub mod prepare;
mod words;

pub use engine::{OcrEngine, OcrError, OcrImage, OcrPage};
pub use pool::{OcrPool, PoolError};
pub use words::{to_json as words_json, Word};

/// OpenMP inside libtesseract reads `OMP_THREAD_LIMIT` once, when the library loads. With its
/// default (all cores) per engine, OCR ran up to 10× slower on a 2-core machine because every
/// worker's threads fought each other. `main` re-executes itself with this set.
pub const OMP_ENV: &str = "OMP_THREAD_LIMIT";

/// Whether the process was started with OpenMP limited to one thread per engine.
pub fn omp_thread_limit_is_set() -> bool {
    std::env::var_os(OMP_ENV).is_some()
}
