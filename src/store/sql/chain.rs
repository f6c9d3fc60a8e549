//! Reading the hash-chained event log back for `mailroom verify`.

use sqlx::Row;

use super::SqlStore;
use crate::integrity::{self, ChainHead, EventChain, SealedEvent};
use crate::model::DocumentId;
use crate::store::StoreError;

impl SqlStore {
    pub(super) async fn chains_of(
        &self,
        document: Option<DocumentId>,
    ) -> Result<Vec<String>, StoreError> {
        let chains: Vec<String> = match document {
            Some(d) => {
                let mut chains = vec![integrity::chain_of(None, Some(d.0))];
                let receipts: Vec<i64> = sqlx::query_scalar(
                    "SELECT id FROM receipts WHERE document_id = $1 ORDER BY id",
                )
                .bind(d.0)
                .fetch_all(&self.pool)
                .await?;
                chains.extend(
                    receipts
                        .into_iter()
                        .map(|r| integrity::chain_of(Some(r), None)),
                );
                chains
            }
            None => {
                sqlx::query_scalar(
                    "SELECT chain FROM chain_heads
                     UNION SELECT chain FROM events WHERE chain IS NOT NULL ORDER BY 1",
                )
                .fetch_all(&self.pool)
                .await?
            }
        };
        Ok(chains)
    }

    pub(super) async fn chain(&self, chain: &str) -> Result<EventChain, StoreError> {
        let events = sqlx::query(
            "SELECT id, chain, receipt_id, at, kind, detail, prev_hash, hash FROM events
             WHERE chain = $1 ORDER BY id",
        )
        .bind(chain)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(SealedEvent {
                id: row.try_get("id")?,
                chain: row.try_get("chain")?,
                receipt_id: row.try_get("receipt_id")?,
                at: row.try_get("at")?,
                kind: row.try_get("kind")?,
                detail: row.try_get("detail")?,
                prev_hash: row.try_get("prev_hash")?,
                hash: row.try_get("hash")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let head = sqlx::query("SELECT hash, length FROM chain_heads WHERE chain = $1")
            .bind(chain)
            .fetch_optional(&self.pool)
            .await?
            .map(|row| {
                Ok::<_, sqlx::Error>(ChainHead {
                    hash: row.try_get("hash")?,
                    length: row.try_get("length")?,
                })
            })
            .transpose()?;
        // A delivery's events get their document once it is filed.
        let document: Option<i64> =
            sqlx::query_scalar("SELECT MAX(document_id) FROM events WHERE chain = $1")
                .bind(chain)
                .fetch_one(&self.pool)
                .await?;
        Ok(EventChain {
            events,
            head,
            document,
        })
    }
}
