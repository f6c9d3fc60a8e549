//! Claimed receipts as a queue several daemons take work from: each receipt is started by
//! one process (`worker`), and a daemon with free capacity takes receipts that another live
//! daemon claimed but has not started (PostgreSQL's `FOR UPDATE SKIP LOCKED`: takers never
//! wait for each other and never take the same row).

use super::{receipt_from, Backend, SqlStore};
use crate::model::{format_utc, now, Receipt, ReceiptId, Timestamp};
use crate::store::StoreError;

impl SqlStore {
    pub(super) async fn start_work_in(
        &self,
        id: ReceiptId,
        worker: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE receipts SET worker = $1
             WHERE id = $2 AND (worker IS NULL OR worker = $1 OR state <> 'claimed')",
        )
        .bind(worker)
        .bind(id.0)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    pub(super) async fn take_unstarted_in(
        &self,
        to: &str,
        pipelines: &[String],
        before: Timestamp,
        limit: usize,
    ) -> Result<Vec<Receipt>, StoreError> {
        // One process per installation on SQLite: nobody to take from.
        if self.backend != Backend::Postgres || pipelines.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let names: Vec<String> = (0..pipelines.len())
            .map(|i| format!("${}", i + 5))
            .collect();
        // Only from running daemons: `ingest` and `quarantine retry` wait for their own.
        let sql = format!(
            "UPDATE receipts SET owner = $1, worker = $1, updated_at = $2
             WHERE id IN (
                 SELECT id FROM receipts
                 WHERE state = 'claimed' AND worker IS NULL AND owner <> $1
                   AND updated_at < $3 AND owner IN (SELECT owner FROM daemons)
                   AND pipeline IN ({})
                 ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
             RETURNING *",
            names.join(", ")
        );
        let mut q = sqlx::query(&sql)
            .bind(to)
            .bind(format_utc(now()))
            .bind(format_utc(before))
            .bind(limit as i64);
        for p in pipelines {
            q = q.bind(p);
        }
        let rows = q.fetch_all(&self.pool).await?;
        let mut taken = rows
            .iter()
            .map(receipt_from)
            .collect::<Result<Vec<_>, _>>()?;
        taken.sort_by_key(|r| r.id);
        Ok(taken)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{now, parse_utc};
    use crate::store::{DaemonRecord, DaemonStore, Store};

    #[tokio::test]
    async fn an_unstarted_receipt_is_taken_once_and_then_belongs_to_its_taker() {
        let (_dir, s) = super::super::tests::store().await;
        let daemon = |owner: &str| DaemonRecord {
            owner: owner.into(),
            pid: 1,
            host: "h".into(),
            started_at: now(),
            heartbeat_at: now(),
            sources: vec![],
            url: None,
        };
        s.daemon_started(&daemon("a")).await.unwrap();
        s.daemon_started(&daemon("b")).await.unwrap();
        let id = s
            .claim(super::super::tests::receipt("x.pdf"), "a")
            .await
            .unwrap();
        let later = parse_utc("2999-01-01T00:00:00Z").unwrap();
        let scanner = ["scanner".to_string()];
        if !s.several_processes() {
            assert!(s
                .take_unstarted("b", &scanner, later, 10)
                .await
                .unwrap()
                .is_empty());
            assert!(s.start_work(id, "a").await.unwrap());
            return;
        }
        // Not from other pipelines, nor before its claimer had its moment.
        let other = ["mailbox".to_string()];
        assert!(s
            .take_unstarted("b", &other, later, 10)
            .await
            .unwrap()
            .is_empty());
        let early = parse_utc("2000-01-01T00:00:00Z").unwrap();
        assert!(s
            .take_unstarted("b", &scanner, early, 10)
            .await
            .unwrap()
            .is_empty());
        let taken = s.take_unstarted("b", &scanner, later, 10).await.unwrap();
        assert_eq!(taken.iter().map(|t| t.id).collect::<Vec<_>>(), [id]);
        assert_eq!(taken[0].owner.as_deref(), Some("b"));
        assert!(s
            .take_unstarted("a", &scanner, later, 10)
            .await
            .unwrap()
            .is_empty());
        assert!(!s.start_work(id, "a").await.unwrap(), "the claimer lost it");
        assert!(s.start_work(id, "b").await.unwrap());
        // Started: nobody takes it any more.
        s.daemon_started(&daemon("c")).await.unwrap();
        assert!(s
            .take_unstarted("c", &scanner, later, 10)
            .await
            .unwrap()
            .is_empty());
        // Its owner died: recovery's take-over hands it on unstarted.
        assert!(s.take_over(id, Some("b"), "c").await.unwrap());
        assert!(s.start_work(id, "c").await.unwrap());
    }
}
