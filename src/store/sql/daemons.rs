//! Daemon liveness rows.

use async_trait::async_trait;
use sqlx::Row;

use super::{ts, Backend, SqlStore};
use crate::model::{format_utc, Sha256, Timestamp};
use crate::store::{DaemonRecord, DaemonStore, RoleSession, StoreError};

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

    async fn daemon_heartbeat(
        &self,
        owner: &str,
        at: Timestamp,
        sources: &[String],
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE daemons SET heartbeat_at = $1, sources = $2 WHERE owner = $3")
            .bind(format_utc(at))
            .bind(serde_json::to_string(sources).unwrap_or_else(|_| "[]".into()))
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

    fn several_processes(&self) -> bool {
        self.backend == Backend::Postgres
    }

    async fn role_session(&self) -> Result<Box<dyn RoleSession>, StoreError> {
        match self.backend {
            Backend::Sqlite => Ok(Box::new(AloneSession)),
            Backend::Postgres => {
                // Taken out of the pool for good: the locks live as long as this connection.
                let conn = self.pool.acquire().await?.detach();
                Ok(Box::new(AdvisorySession {
                    conn,
                    held: Default::default(),
                }))
            }
        }
    }
}

/// The one daemon of a SQLite installation holds every role.
struct AloneSession;

#[async_trait]
impl RoleSession for AloneSession {
    async fn try_take(&mut self, _role: &str) -> Result<bool, StoreError> {
        Ok(true)
    }
    async fn release(&mut self, _role: &str) -> Result<(), StoreError> {
        Ok(())
    }
    async fn check(&mut self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Session-level advisory locks on a connection of their own.
struct AdvisorySession {
    conn: sqlx::AnyConnection,
    held: std::collections::HashSet<String>,
}

/// The first key of every role lock ("MRRL"); the two-key form never meets the one-key
/// writer lock of `write_tx`.
const ROLE_LOCK_SPACE: i32 = 0x4d52_524c;

/// A role's second key: stable in every process and version (unlike `std`'s hasher).
fn role_key(role: &str) -> i32 {
    let hash = Sha256::of(role.as_bytes()).to_hex();
    u32::from_str_radix(&hash[..8], 16).map_or(0, |k| k as i32)
}

#[async_trait]
impl RoleSession for AdvisorySession {
    async fn try_take(&mut self, role: &str) -> Result<bool, StoreError> {
        // A session lock is re-entrant: asking again for a held role must not stack it.
        if self.held.contains(role) {
            return Ok(true);
        }
        let taken: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
            .bind(ROLE_LOCK_SPACE)
            .bind(role_key(role))
            .fetch_one(&mut self.conn)
            .await?;
        if taken {
            self.held.insert(role.to_string());
        }
        Ok(taken)
    }

    async fn release(&mut self, role: &str) -> Result<(), StoreError> {
        if !self.held.remove(role) {
            return Ok(());
        }
        let _: bool = sqlx::query_scalar("SELECT pg_advisory_unlock($1, $2)")
            .bind(ROLE_LOCK_SPACE)
            .bind(role_key(role))
            .fetch_one(&mut self.conn)
            .await?;
        Ok(())
    }

    async fn check(&mut self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&mut self.conn).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::DaemonStore;

    #[tokio::test]
    async fn a_role_is_held_by_one_session_and_free_again_when_it_ends() {
        let (_dir, store) = super::super::tests::store().await;
        let mut first = store.role_session().await.unwrap();
        let mut second = store.role_session().await.unwrap();
        assert!(first.try_take("source:scanner").await.unwrap());
        assert!(
            first.try_take("source:scanner").await.unwrap(),
            "held already"
        );
        first.check().await.unwrap();
        if !store.several_processes() {
            // SQLite: the one daemon (daemon.lock) holds every role.
            assert!(second.try_take("source:scanner").await.unwrap());
            return;
        }
        assert!(!second.try_take("source:scanner").await.unwrap());
        assert!(
            second.try_take("notifier").await.unwrap(),
            "another role is free"
        );
        first.release("source:scanner").await.unwrap();
        assert!(second.try_take("source:scanner").await.unwrap());
        // A session that ends (a process that dies) gives its roles up.
        drop(second);
        let mut third = store.role_session().await.unwrap();
        let mut taken = false;
        for _ in 0..50 {
            taken = third.try_take("notifier").await.unwrap();
            if taken {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(taken, "the role of a closed session is free");
    }
}
