//! The runner: claims, processing, quarantine, recovery and index feeding.

mod archive_copy;
mod batch_flow;
pub mod indexer;
mod intake;
mod mail_flow;
mod owner;
mod quarantine;
pub mod recovery;
mod runner;
pub mod split;
mod spool;

pub use intake::{ClaimKind, Intake, IntakeError};
pub use owner::Owner;
pub use quarantine::{safe_file_name, QuarantineDir};
pub use runner::{Outcome, Pipeline, Runner, INGEST_PIPELINE};
pub use spool::Spool;
