//! Pipeline stages behind one trait. A document passes `detect` → `extract` → `ocr` → `fields`
//! (when routing is configured); the runner then decides its routing and files it. A stage
//! either enriches the [`WorkItem`] or fails permanently (the input is bad: quarantine, with a
//! reason a person can act on) or transiently (try again later; nothing is lost meanwhile).

mod detect;
mod extract;
mod fields;
mod invoice;
mod ocr;
mod reason;
mod work;

use async_trait::async_trait;

pub use detect::Detect;
pub use extract::{usable_text, Extract};
pub(crate) use fields::extract_fields;
pub use fields::Fields;
pub use invoice::InvoiceStage;
pub use ocr::{Ocr, PageChecks};
pub use reason::Reason;
pub use work::{InvoiceWork, PageRole, PageWork, SeparatorHit, WorkItem};

/// Why a stage did not complete.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    /// The input cannot be processed as it is; the document goes to quarantine.
    #[error("{0}")]
    Permanent(Reason),
    /// Something around the input failed (shutdown, resources); retry later.
    #[error("temporary failure: {0}")]
    Transient(String),
}

/// One processing step.
#[async_trait]
pub trait Stage: Send + Sync {
    /// Short name for logs and events.
    fn name(&self) -> &'static str;
    /// Processes `item` in place.
    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError>;
}

/// Runs blocking work on the pool for documents' CPU work ([`crate::cpu_pool`]), turning a
/// panic (a parser bug on hostile input) into a permanent error instead of a crash, and
/// giving up after `timeout` of running (the pool starts a thread in place of the one the
/// work still holds).
pub(crate) async fn blocking<T: Send + 'static>(
    what: &'static str,
    timeout: std::time::Duration,
    f: impl FnOnce() -> Result<T, StageError> + Send + 'static,
) -> Result<T, StageError> {
    use crate::cpu_pool::{CpuPool, TaskError};
    match CpuPool::global().run_for(timeout, f).await {
        Ok(result) => result,
        Err(TaskError::Overran(_)) => Err(StageError::Permanent(Reason::Hang {
            step: what,
            seconds: timeout.as_secs(),
        })),
        Err(TaskError::Panicked(detail)) => Err(StageError::Permanent(Reason::ReaderCrashed {
            step: what,
            detail,
        })),
        Err(lost @ TaskError::Lost) => Err(StageError::Transient(format!("{what}: {lost}"))),
    }
}
