//! Bookkeeping of IMAP messages: which server message became which receipt.

use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{insert_event, BindText, SqlStore};
use crate::model::*;
use crate::model::{format_utc, now, ReceiptId, Sha256};
use crate::store::StoreError;

fn message_from(row: &AnyRow) -> Result<MailboxMessage, StoreError> {
    let sha: String = row.try_get("sha256")?;
    let receipt_state: Option<String> = row.try_get("receipt_state")?;
    Ok(MailboxMessage {
        key: MailboxKey {
            pipeline: row.try_get("pipeline")?,
            folder: row.try_get("folder")?,
            uidvalidity: row.try_get::<i64, _>("uidvalidity")? as u32,
            uid: row.try_get::<i64, _>("uid")? as u32,
        },
        sha256: sha.parse().map_err(StoreError::Corrupt)?,
        receipt_id: row.try_get::<Option<i64>, _>("receipt_id")?.map(ReceiptId),
        state: row.try_get("state")?,
        receipt_state: receipt_state.as_deref().and_then(ReceiptState::parse),
    })
}

const SELECT: &str = "SELECT m.*, r.state AS receipt_state FROM mailbox_messages m
     LEFT JOIN receipts r ON r.id = m.receipt_id";

impl SqlStore {
    pub(super) async fn claim_message_tx(
        &self,
        r: NewReceipt,
        owner: &str,
        key: &MailboxKey,
        sha256: Sha256,
    ) -> Result<ReceiptId, StoreError> {
        let mut tx = self.write_tx().await?;
        let stamp = format_utc(now());
        let id: i64 = sqlx::query(
            "INSERT INTO receipts (pipeline, channel, source_path, original_filename, received_at,
                 claimed_at, claim_mode, source_identity, state, owner, sha256, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'fetched', $7, 'claimed', $8, $9, $10) RETURNING id",
        )
        .bind(&r.pipeline)
        .bind(&r.channel)
        .bind(r.source_path.to_string_lossy().as_ref())
        .bind_text(&r.original_filename)
        .bind(format_utc(r.received_at))
        .bind(format_utc(r.claimed_at))
        .bind(&r.source_identity)
        .bind(owner)
        .bind(sha256.to_hex())
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        let id = ReceiptId(id);
        sqlx::query(
            "INSERT INTO mailbox_messages (pipeline, folder, uidvalidity, uid, sha256, receipt_id,
                 state, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'stored', $7)
             ON CONFLICT (pipeline, folder, uidvalidity, uid) DO UPDATE SET
                 sha256 = excluded.sha256, receipt_id = excluded.receipt_id,
                 state = 'stored', updated_at = excluded.updated_at",
        )
        .bind(&key.pipeline)
        .bind(&key.folder)
        .bind(key.uidvalidity as i64)
        .bind(key.uid as i64)
        .bind(sha256.to_hex())
        .bind(id.0)
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
        let detail = json!({
            "pipeline": r.pipeline,
            "channel": r.channel,
            "source": r.source_path,
            "received_at": format_utc(r.received_at),
            "uidvalidity": key.uidvalidity,
            "uid": key.uid,
        });
        insert_event(&mut tx, None, Some(id), "received", &detail).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub(super) async fn mailbox_messages_of(
        &self,
        pipeline: &str,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<MailboxMessage>, StoreError> {
        let sql = format!(
            "{SELECT} WHERE m.pipeline = $1 AND m.folder = $2 AND m.uidvalidity = $3 ORDER BY m.uid"
        );
        sqlx::query(&sql)
            .bind(pipeline)
            .bind(folder)
            .bind(uidvalidity as i64)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(message_from)
            .collect()
    }

    pub(super) async fn mailbox_by_sha(
        &self,
        pipeline: &str,
        folder: &str,
        sha256: Sha256,
    ) -> Result<Option<MailboxMessage>, StoreError> {
        let sql = format!(
            "{SELECT} WHERE m.pipeline = $1 AND m.folder = $2 AND m.sha256 = $3 AND m.receipt_id IS NOT NULL
             ORDER BY m.updated_at DESC LIMIT 1"
        );
        sqlx::query(&sql)
            .bind(pipeline)
            .bind(folder)
            .bind(sha256.to_hex())
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(message_from)
            .transpose()
    }

    pub(super) async fn record_mailbox(
        &self,
        key: &MailboxKey,
        sha256: Sha256,
        receipt: Option<ReceiptId>,
        state: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mailbox_messages (pipeline, folder, uidvalidity, uid, sha256, receipt_id,
                 state, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (pipeline, folder, uidvalidity, uid) DO UPDATE SET
                 sha256 = excluded.sha256, receipt_id = excluded.receipt_id,
                 state = excluded.state, updated_at = excluded.updated_at",
        )
        .bind(&key.pipeline)
        .bind(&key.folder)
        .bind(key.uidvalidity as i64)
        .bind(key.uid as i64)
        .bind(sha256.to_hex())
        .bind(receipt.map(|r| r.0))
        .bind(state)
        .bind(format_utc(now()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
