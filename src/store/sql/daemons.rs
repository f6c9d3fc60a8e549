//! Daemon liveness rows.

use async_trait::async_trait;
use sqlx::Row;

use super::{ts, SqlStore};
use crate::model::{format_utc, Timestamp};
use crate::store::{DaemonRecord, DaemonStore, StoreError};

#[async_trait]
impl DaemonStore for SqlStore {
    async fn daemon_started(&self, d: &DaemonRecord) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO daemons (owner, pid, host, started_at, heartbeat_at, sources, url)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (owner) DO UPDATE SET pid = excluded.pid, host = excluded.host,
                 started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at,
                 sources = excluded.sources, url = excluded.url",
        )
        .bind(&d.owner)
        .bind(i64::from(d.pid))
        .bind(&d.host)
        .bind(format_utc(d.started_at))
        .bind(format_utc(d.heartbeat_at))
        .bind(serde_json::to_string(&d.sources).unwrap_or_else(|_| "[]".into()))
        .bind(&d.url)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn daemon_heartbeat(&self, owner: &str, at: Timestamp) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE daemons SET heartbeat_at = $1 WHERE owner = $2")
            .bind(format_utc(at))
            .bind(owner)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn daemon_stopped(&self, owner: &str) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM daemons WHERE owner = $1")
            .bind(owner)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn live_daemons(&self, since: Timestamp) -> Result<Vec<DaemonRecord>, StoreError> {
        // The storage form of timestamps sorts as time does.
        let rows = sqlx::query(
            "SELECT * FROM daemons WHERE heartbeat_at >= $1 ORDER BY started_at, owner",
        )
        .bind(format_utc(since))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let sources: String = r.try_get("sources")?;
                Ok(DaemonRecord {
                    owner: r.try_get("owner")?,
                    pid: r.try_get::<i64, _>("pid")? as u32,
                    host: r.try_get("host")?,
                    started_at: ts(r, "started_at")?,
                    heartbeat_at: ts(r, "heartbeat_at")?,
                    sources: serde_json::from_str(&sources).unwrap_or_default(),
                    url: r.try_get("url")?,
                })
            })
            .collect()
    }
}
