//! The part of the store that knows which mailroom processes are alive: each running daemon
//! has a row it refreshes (heartbeat); `status` lists those heard from lately. With several
//! processes on one PostgreSQL database this is the only place they all see.

use async_trait::async_trait;

use super::StoreError;
use crate::model::Timestamp;

/// A running daemon as it announced itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaemonRecord {
    /// The process token that owns its claimed receipts (see `pipeline::owner`).
    pub owner: String,
    pub pid: u32,
    pub host: String,
    pub started_at: Timestamp,
    pub heartbeat_at: Timestamp,
    /// The pipelines whose sources it reads.
    pub sources: Vec<String>,
    /// Where its API and web interface answer, if anywhere.
    pub url: Option<String>,
}

#[async_trait]
pub trait DaemonStore: Send + Sync {
    /// Records a daemon that has started (replacing an earlier row of the same owner).
    async fn daemon_started(&self, daemon: &DaemonRecord) -> Result<(), StoreError>;
    /// The daemon `owner` is alive at `at`.
    async fn daemon_heartbeat(&self, owner: &str, at: Timestamp) -> Result<(), StoreError>;
    /// The daemon `owner` stopped in an orderly way.
    async fn daemon_stopped(&self, owner: &str) -> Result<(), StoreError>;
    /// Daemons heard from at or after `since`, oldest first.
    async fn live_daemons(&self, since: Timestamp) -> Result<Vec<DaemonRecord>, StoreError>;
}
