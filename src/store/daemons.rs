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
    /// The daemon `owner` is alive at `at`, reading the sources of `sources`.
    async fn daemon_heartbeat(
        &self,
        owner: &str,
        at: Timestamp,
        sources: &[String],
    ) -> Result<(), StoreError>;
    /// The daemon `owner` stopped in an orderly way.
    async fn daemon_stopped(&self, owner: &str) -> Result<(), StoreError>;
    /// Daemons heard from at or after `since`, oldest first.
    async fn live_daemons(&self, since: Timestamp) -> Result<Vec<DaemonRecord>, StoreError>;
    /// Whether several daemons may work on this store at once (PostgreSQL), or one (SQLite).
    fn several_processes(&self) -> bool;
    /// A session of its own for this process's roles (see [`RoleSession`]).
    async fn role_session(&self) -> Result<Box<dyn RoleSession>, StoreError>;
}

/// Roles are the work only one process of an installation may do at a time: reading a drop
/// folder or a mailbox, sending notifications, handing invoices over. A role is held by one
/// session; on PostgreSQL a session is a connection of its own holding advisory locks, which
/// the server releases the moment the process dies (its connection closes), so another process
/// takes the role over without waiting for a timeout. On SQLite there is one daemon per
/// installation (`daemon.lock`), which holds every role.
#[async_trait]
pub trait RoleSession: Send {
    /// Takes `role` if no other session holds it; true if this session holds it now.
    async fn try_take(&mut self, role: &str) -> Result<bool, StoreError>;
    /// Gives `role` up.
    async fn release(&mut self, role: &str) -> Result<(), StoreError>;
    /// Whether the session (and with it every role taken) is still held; an error means all
    /// roles are lost and the session must be replaced.
    async fn check(&mut self) -> Result<(), StoreError>;
}
