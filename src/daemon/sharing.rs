//! Work shared between the daemons of a PostgreSQL installation: the claimed receipts are the
//! queue. A daemon starts a receipt only after marking it as its own (`worker`), and one with
//! nothing to do takes receipts that another live daemon claimed but has not started — a
//! folder with a backlog is read by one daemon and worked off by all. On SQLite (one daemon)
//! both are no-ops.

use std::sync::Arc;
use std::time::Duration;

use tracing::{info, warn};

use crate::config::Config;
use crate::model::{now, Receipt, ReceiptId};
use crate::store::{Store, StoreError};

/// How often an idle daemon looks for work of others.
pub const TAKE_EVERY: Duration = Duration::from_secs(1);
/// A claimed receipt is left to its claimer this long before others may take it.
const LEFT_FOR_CLAIMER: Duration = Duration::from_secs(1);

/// How many receipts a daemon works on at once. Alone it keeps many in flight (group commit
/// files them together); sharing, it starts fewer, so that a batch dropped into one folder is
/// left for the others to take rather than queued behind its own OCR.
pub fn capacity(workers: usize, several: bool) -> usize {
    if several {
        (workers.max(1) * 4).max(8)
    } else {
        crate::pipeline::in_flight(workers)
    }
}

pub struct Sharing {
    store: Arc<dyn Store>,
    owner: String,
    /// Pipelines whose receipts any daemon can finish: all of them. A mail's bytes are in
    /// the shared spool from its claim on; the daemon reading its mailbox moves it on the
    /// server once the store says its receipt is finished, whoever finished it.
    pipelines: Vec<String>,
    several: bool,
}

impl Sharing {
    pub fn new(config: &Config, store: Arc<dyn Store>, owner: &str) -> Sharing {
        Sharing {
            several: store.several_processes(),
            store,
            owner: owner.to_string(),
            pipelines: config.pipelines.iter().map(|p| p.name.clone()).collect(),
        }
    }

    /// Whether other daemons may share the work.
    pub fn active(&self) -> bool {
        self.several
    }

    /// Marks `id` as this daemon's work; false when another daemon has taken it.
    pub async fn start(&self, id: ReceiptId) -> Result<bool, StoreError> {
        if !self.several {
            return Ok(true);
        }
        self.store.start_work(id, &self.owner).await
    }

    /// Up to `limit` receipts other daemons claimed and have not started.
    pub async fn take(&self, limit: usize) -> Vec<Receipt> {
        let before = now()
            .checked_sub(jiff::SignedDuration::try_from(LEFT_FOR_CLAIMER).unwrap_or_default())
            .unwrap_or_else(|_| now());
        match self
            .store
            .take_unstarted(&self.owner, &self.pipelines, before, limit)
            .await
        {
            Ok(taken) => {
                if !taken.is_empty() {
                    info!(
                        receipts = taken.len(),
                        "took work another daemon had claimed"
                    );
                }
                taken
            }
            Err(e) => {
                warn!(error = %e, "cannot look for other daemons' work");
                Vec::new()
            }
        }
    }
}
