//! Upload requests in SQLite.

use async_trait::async_trait;
use sqlx::Row;

use super::{insert_events, insert_receipt, PendingEvent, SqlStore};
use crate::model::NewReceipt;
use crate::model::{format_utc, now, ReceiptId, Sha256};
use crate::store::{StoreError, UploadClaim, UploadStore};

fn shas(text: &str) -> Result<Vec<Sha256>, StoreError> {
    let list: Vec<String> = serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("upload sha256s {text:?}: {e}")))?;
    list.iter()
        .map(|s| s.parse().map_err(StoreError::Corrupt))
        .collect()
}

#[async_trait]
impl UploadStore for SqlStore {
    async fn claim_upload(
        &self,
        receipt: &NewReceipt,
        owner: &str,
        key: &str,
        requester: &str,
        sha256s: &[Sha256],
    ) -> Result<UploadClaim, StoreError> {
        let mut tx = self.write_tx().await?;
        let before =
            sqlx::query("SELECT receipt_id, sha256s FROM uploads WHERE idempotency_key = $1")
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(row) = before {
            let id: i64 = row.try_get("receipt_id")?;
            let list: String = row.try_get("sha256s")?;
            return Ok(UploadClaim::Existing(ReceiptId(id), shas(&list)?));
        }
        let (id, detail) = insert_receipt(&mut tx, receipt, owner).await?;
        let events: [PendingEvent; 1] = [(None, Some(id), "received", &detail)];
        insert_events(&mut tx, &events).await?;
        let list: Vec<String> = sha256s.iter().map(|s| s.to_string()).collect();
        sqlx::query(
            "INSERT INTO uploads (idempotency_key, receipt_id, requester, sha256s, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(key)
        .bind(id.0)
        .bind(requester)
        .bind(serde_json::to_string(&list).unwrap_or_default())
        .bind(format_utc(now()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(UploadClaim::New(id))
    }

    async fn upload_of(
        &self,
        receipt: ReceiptId,
    ) -> Result<Option<(String, Vec<Sha256>)>, StoreError> {
        let row = sqlx::query("SELECT requester, sha256s FROM uploads WHERE receipt_id = $1")
            .bind(receipt.0)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => {
                let list: String = row.try_get("sha256s")?;
                Ok(Some((row.try_get("requester")?, shas(&list)?)))
            }
            None => Ok(None),
        }
    }
}
