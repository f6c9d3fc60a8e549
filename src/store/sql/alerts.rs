//! The mail room's own news: quarantined deliveries it has not been told of yet (told through
//! the same durable outbox as the departments' notifications), and each pipeline's intake at
//! a glance.

use sqlx::Row;

use super::routing::insert_notifications;
use super::{opt_ts, receipt_from, SqlStore};
use crate::config::MAILROOM_TARGET;
use crate::model::{format_utc, now, Receipt, ReceiptId, Timestamp};
use crate::store::{PipelineActivity, StoreError};

impl SqlStore {
    pub(super) async fn quarantine_not_alerted(&self) -> Result<Vec<Receipt>, StoreError> {
        sqlx::query(
            "SELECT * FROM receipts WHERE state = 'quarantined' AND alerted_at IS NULL
             ORDER BY id LIMIT 500",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(receipt_from)
        .collect()
    }

    pub(super) async fn queue_alert_tx(
        &self,
        receipts: &[ReceiptId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let stamp = format_utc(now());
        insert_notifications(&mut tx, MAILROOM_TARGET, deliveries, &stamp).await?;
        for r in receipts {
            sqlx::query("UPDATE receipts SET alerted_at = $1 WHERE id = $2")
                .bind(&stamp)
                .bind(r.0)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn activity_per_pipeline(
        &self,
        since: Timestamp,
    ) -> Result<Vec<PipelineActivity>, StoreError> {
        // The parts of a mail or batch (parent_id set) arrive with it: counted once, as their
        // container; a quarantined part is a file a person must look at, so it counts.
        let rows = sqlx::query(
            "SELECT pipeline, MAX(received_at) AS last_received_at,
                    COUNT(*) FILTER (WHERE parent_id IS NULL AND received_at >= $1) AS received_since,
                    COUNT(*) FILTER (WHERE parent_id IS NULL AND state = 'claimed') AS in_progress,
                    COUNT(*) FILTER (WHERE state = 'quarantined') AS quarantined
             FROM receipts GROUP BY pipeline ORDER BY pipeline",
        )
        .bind(format_utc(since))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let n = |col: &str| -> Result<u64, StoreError> {
                    Ok(r.try_get::<Option<i64>, _>(col)?.unwrap_or(0).max(0) as u64)
                };
                Ok(PipelineActivity {
                    pipeline: r.try_get("pipeline")?,
                    last_received_at: opt_ts(r, "last_received_at")?,
                    received_since: n("received_since")?,
                    in_progress: n("in_progress")?,
                    quarantined: n("quarantined")?,
                })
            })
            .collect()
    }
}
