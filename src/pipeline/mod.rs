//! The runner: claims, processing, quarantine, recovery and index feeding.

mod archive_copy;
mod batch_flow;
mod filer;
pub mod indexer;
mod intake;
mod invoice_copy;
mod mail_flow;
mod mbox_flow;
mod originals_budget;
mod owner;
mod quarantine;
pub mod recovery;
mod runner;
pub mod split;
mod spool;
mod upload;

pub use intake::{ClaimKind, Intake, IntakeError};
pub use invoice_copy::SharedLocks;
pub use owner::Owner;
pub use quarantine::{safe_file_name, take_replacement, QuarantineDir, RetryFileError};
pub use runner::{Outcome, Pipeline, Runner, INGEST_PIPELINE};
pub use spool::Spool;
pub use upload::{ApiIntake, UploadDelivery};

/// How many documents are processed at once with `workers` OCR threads. Pages wait for the
/// OCR pool (its queue is bounded) and originals wait for room in memory
/// (`originals_budget`), so more documents in flight cost little memory; they let
/// born-digital files, which need no OCR, fill the group commit (512 instead of 128: larger
/// transactions; see BENCHMARKS.md).
pub fn in_flight(workers: usize) -> usize {
    (workers.max(1) * 2).max(512)
}
