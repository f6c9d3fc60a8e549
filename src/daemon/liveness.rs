//! The daemon's row in the store's list of running processes, refreshed while it runs, so
//! `status` can tell which processes are alive — on this machine or any other sharing the
//! database.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tracing::warn;

use super::roles::{Roles, SOURCE_ROLE};
use super::DaemonInfo;
use crate::model::{now, parse_utc};
use crate::pipeline::Owner;
use crate::store::{DaemonRecord, Store, StoreError};

/// How often a running daemon says it is alive.
pub const HEARTBEAT: Duration = Duration::from_secs(10);
/// A daemon not heard from for this long is taken for dead.
pub const STALE_AFTER: Duration = Duration::from_secs(35);

/// This machine's name (`/proc/sys/kernel/hostname`, else `HOSTNAME`, else "localhost").
pub fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

/// The daemons alive now: heard from within [`STALE_AFTER`], and holding their owner lock in
/// `data_dir` (a killed daemon's row lingers until it is stale; its lock is free at once).
pub async fn live_daemons(
    store: &dyn Store,
    data_dir: &Path,
) -> Result<Vec<DaemonRecord>, StoreError> {
    let stale = jiff::SignedDuration::try_from(STALE_AFTER).unwrap_or_default();
    let heard = store
        .live_daemons(now().checked_sub(stale).unwrap_or_else(|_| now()))
        .await?;
    let owners = Owner::dir_in(data_dir);
    Ok(tokio::task::spawn_blocking(move || {
        heard
            .into_iter()
            .filter(|d| Owner::is_alive_in(&owners, &d.owner))
            .collect()
    })
    .await
    .unwrap_or_default())
}

/// The role of reading the source of `pipeline`.
pub fn source_role(pipeline: &str) -> String {
    format!("{SOURCE_ROLE}{pipeline}")
}

/// The pipelines whose sources this process reads now.
fn sources_held(roles: &Roles) -> Vec<String> {
    roles
        .held()
        .iter()
        .filter_map(|r| r.strip_prefix(SOURCE_ROLE).map(str::to_string))
        .collect()
}

/// Records the started daemon and refreshes its row until `cancel` fires (at once when it
/// takes or gives up a source); the returned task ends then. A store that cannot be written
/// is logged, never fatal: liveness is information.
pub async fn announce(
    store: &Arc<dyn Store>,
    info: &DaemonInfo,
    roles: &Arc<Roles>,
    cancel: &CancellationToken,
) -> tokio::task::JoinHandle<()> {
    let started = parse_utc(&info.started_at).unwrap_or_else(|_| now());
    let record = DaemonRecord {
        owner: info.owner.clone(),
        pid: info.pid,
        host: host_name(),
        started_at: started,
        heartbeat_at: now(),
        // Upload pipelines have no source to read: their requests come over HTTP.
        sources: sources_held(roles),
        url: info.url.clone(),
    };
    if let Err(e) = store.daemon_started(&record).await {
        warn!(error = %e, "could not record this daemon as running");
    }
    let store = Arc::clone(store);
    let cancel = cancel.clone();
    let owner = record.owner;
    let roles = Arc::clone(roles);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(HEARTBEAT);
        tick.tick().await;
        loop {
            tokio::select! {
                _ = cancel.cancelled() => break,
                _ = tick.tick() => {}
                _ = roles.changed.notified() => {}
            }
            let sources = sources_held(&roles);
            if let Err(e) = store.daemon_heartbeat(&owner, now(), &sources).await {
                warn!(error = %e, "heartbeat not recorded");
            }
        }
    })
}
