//! Intake sources. Each runs until cancelled and hands claimed receipts to the runner.
//! Folder sources now; IMAP and the upload API later implement the same trait.

pub mod folder;
pub mod health;
pub mod imap;

use async_trait::async_trait;
use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;

use crate::model::Receipt;
use crate::model::ReceiptId;
use crate::pipeline::Intake;

pub use folder::FolderSource;
pub use imap::ImapSource;

/// What a source needs from the daemon.
#[derive(Clone)]
pub struct SourceContext {
    /// Claims files (records the receipt, moves the file into the spool).
    pub intake: Intake,
    /// Where claimed receipts go for processing.
    pub deliveries: mpsc::UnboundedSender<Receipt>,
    /// Receipts the runner has finished (filed, repeated, quarantined): mail sources move
    /// their messages on the server then.
    pub finished: broadcast::Sender<ReceiptId>,
    pub cancel: CancellationToken,
    /// Where sources publish what `status` shows about them (files waiting for completion).
    pub state_dir: std::path::PathBuf,
}

/// Errors that stop a source (as opposed to problems with single files, which are logged).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{0}")]
    Setup(String),
}

/// An intake source.
#[async_trait]
pub trait Source: Send {
    /// The pipeline this source feeds.
    fn pipeline(&self) -> &str;
    /// Runs until `cx.cancel` fires.
    async fn run(self: Box<Self>, cx: SourceContext) -> Result<(), SourceError>;
}
