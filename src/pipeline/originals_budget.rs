//! How much of the originals in work may be in memory at once. Files up to
//! [`IN_MEMORY_MAX`] are read whole; hundreds of documents may be in flight
//! ([`super::in_flight`]). Each document takes room by its size before its original is read
//! and gives it back when it is finished, so a few hundred small letters fit at once while a
//! drop of large scans waits in the spool, not in memory, for the OCR pool.

use tokio::sync::{Semaphore, SemaphorePermit};

use crate::original::IN_MEMORY_MAX;

/// Bytes of originals in memory at least, whatever the number of OCR workers.
const AT_LEAST: u64 = 64 << 20;

/// Room for originals in memory, in kilobytes.
pub(super) struct OriginalsBudget {
    kilobytes: Semaphore,
    total_kb: u64,
}

impl OriginalsBudget {
    /// Enough for two whole-read originals per OCR worker, and at least 64 MB.
    pub(super) fn new(workers: usize) -> Self {
        let bytes = AT_LEAST.max(2 * workers as u64 * IN_MEMORY_MAX);
        let total_kb = bytes >> 10;
        OriginalsBudget {
            kilobytes: Semaphore::new(total_kb as usize),
            total_kb,
        }
    }

    /// Room for an original of `size` bytes (counted up to [`IN_MEMORY_MAX`]: a larger one
    /// stays in its spool file and is read a range at a time), until the permit is dropped.
    /// Taken once per document, never while holding another: two holders waiting for more
    /// could wait for each other.
    pub(super) async fn hold(&self, size: u64) -> SemaphorePermit<'_> {
        let kb = size
            .min(IN_MEMORY_MAX)
            .div_ceil(1024)
            .clamp(1, self.total_kb);
        self.kilobytes
            .acquire_many(kb as u32)
            .await
            .expect("the budget is never closed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_document_waits_until_earlier_ones_leave_room() {
        // One OCR worker: 64 MB, four of the largest originals read whole.
        let budget = OriginalsBudget::new(1);
        let first = budget.hold(IN_MEMORY_MAX).await;
        let _second = budget.hold(IN_MEMORY_MAX).await;
        let _third = budget.hold(IN_MEMORY_MAX).await;
        let small = budget.hold(10 << 10).await;
        let left = budget.kilobytes.available_permits() as u64;
        assert_eq!(left, (IN_MEMORY_MAX >> 10) - 10);
        // No room for another large one until the first is finished.
        let waiting = budget.hold(IN_MEMORY_MAX);
        tokio::pin!(waiting);
        assert!(futures::poll!(&mut waiting).is_pending());
        drop(first);
        let fourth = waiting.await;
        drop(small);
        drop(fourth);
        // A larger file is read a range at a time: it counts as the largest read whole.
        let huge = budget.hold(u64::MAX).await;
        assert_eq!(huge.num_permits() as u64, IN_MEMORY_MAX >> 10);
    }
}
