//! A document in work, as the daemon's main loop hands it to a task.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::pipeline::indexer;

/// A document in work: its slot, given back when the work ends however it ends (filed,
/// deferred, taken by another daemon, or a panic); the last one to end tells the indexer
/// that the daemon is idle, so what was filed becomes searchable without waiting.
pub(super) struct InWork {
    pub(super) permit: Option<tokio::sync::OwnedSemaphorePermit>,
    pub(super) slots: Arc<Semaphore>,
    pub(super) capacity: usize,
    pub(super) indexer: indexer::IndexerHandle,
}

impl Drop for InWork {
    fn drop(&mut self) {
        drop(self.permit.take());
        if self.slots.available_permits() == self.capacity {
            self.indexer.idle();
        }
    }
}
