//! Filing inside a transaction: one document, a repeat delivery, a consignment — and many of
//! them in one transaction (group commit), each in a savepoint of its own so that one that
//! fails leaves the others filed.

use serde_json::json;
use sqlx::{AnyConnection, Connection, Row};
use tracing::warn;

use super::group_filing::{file_new_documents_in, NewFiling};
use super::{claimed_receipt, insert_document, insert_event, SqlStore};
use crate::model::*;
use crate::model::{format_utc, now, DocumentId, ReceiptId, Sha256};
use crate::store::records::*;
use crate::store::StoreError;

/// Records size, hash and detected type of a receipt's bytes.
pub(super) async fn set_content_in(
    conn: &mut AnyConnection,
    id: ReceiptId,
    size: u64,
    sha256: Sha256,
    media_type: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE receipts SET size = $1, sha256 = $2, media_type = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(size as i64)
    .bind(sha256.to_hex())
    .bind(media_type)
    .bind(format_utc(now()))
    .bind(id.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The document with these bytes, read inside the filing transaction.
pub(super) async fn document_by_sha_in(
    conn: &mut AnyConnection,
    sha256: Sha256,
) -> Result<DocumentId, StoreError> {
    let id: i64 = sqlx::query("SELECT id FROM documents WHERE sha256 = $1")
        .bind(sha256.to_hex())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("document {sha256} vanished")))?
        .try_get("id")?;
    Ok(DocumentId(id))
}

pub(super) async fn file_document_in(
    conn: &mut AnyConnection,
    receipt: ReceiptId,
    doc: &NewDocument,
) -> Result<FileOutcome, StoreError> {
    let Some(claimed) = claimed_receipt(conn, receipt).await? else {
        return Ok(FileOutcome::AlreadyHandled);
    };
    let stamp = format_utc(now());
    let Some(id) = insert_document(conn, receipt, doc, &stamp).await? else {
        // Identical bytes were filed meanwhile (two deliveries processed at once, or both in
        // this group commit).
        let existing = document_by_sha_in(conn, doc.sha256).await?;
        return record_duplicate_in(conn, receipt, existing).await;
    };
    sqlx::query(
        "UPDATE receipts SET state = 'filed', document_id = $1, owner = NULL, size = $2,
             sha256 = $3, media_type = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(id.0)
    .bind(doc.size as i64)
    .bind(doc.sha256.to_hex())
    .bind(&doc.media_type)
    .bind(&stamp)
    .bind(receipt.0)
    .execute(&mut *conn)
    .await?;
    // The receipt's own history now belongs to the document too.
    sqlx::query("UPDATE events SET document_id = $1 WHERE receipt_id = $2 AND document_id IS NULL")
        .bind(id.0)
        .bind(receipt.0)
        .execute(&mut *conn)
        .await?;
    // A retried attachment takes its place in the mail it came in.
    if claimed.parent_id.is_some() {
        sqlx::query("UPDATE consignment_documents SET document_id = $1 WHERE receipt_id = $2")
            .bind(id.0)
            .bind(receipt.0)
            .execute(&mut *conn)
            .await?;
    }
    Ok(FileOutcome::Filed(id))
}

pub(super) async fn record_duplicate_in(
    conn: &mut AnyConnection,
    receipt: ReceiptId,
    document: DocumentId,
) -> Result<FileOutcome, StoreError> {
    let Some(r) = claimed_receipt(conn, receipt).await? else {
        return Ok(FileOutcome::AlreadyHandled);
    };
    sqlx::query(
        "UPDATE receipts SET state = 'duplicate', document_id = $1, owner = NULL, updated_at = $2
         WHERE id = $3",
    )
    .bind(document.0)
    .bind(format_utc(now()))
    .bind(receipt.0)
    .execute(&mut *conn)
    .await?;
    let detail = json!({
        "receipt_id": receipt,
        "received_at": format_utc(r.received_at),
        "pipeline": r.pipeline,
        "channel": r.channel,
        "original_filename": r.original_filename,
    });
    insert_event(
        conn,
        Some(document),
        Some(receipt),
        "duplicate_received",
        &detail,
    )
    .await?;
    Ok(FileOutcome::Duplicate(document))
}

async fn file_one(
    conn: &mut AnyConnection,
    request: &FilingRequest,
) -> Result<FilingOutcome, StoreError> {
    if let Some(c) = &request.content {
        set_content_in(
            conn,
            request.receipt,
            c.size,
            c.sha256,
            c.media_type.as_deref(),
        )
        .await?;
    }
    Ok(match &request.filing {
        Filing::Document(doc) => {
            FilingOutcome::Document(file_document_in(conn, request.receipt, doc).await?)
        }
        Filing::Duplicate(existing) => {
            FilingOutcome::Document(record_duplicate_in(conn, request.receipt, *existing).await?)
        }
        Filing::Consignment(c) => FilingOutcome::Consignment(
            super::consignments::file_consignment_in(conn, request.receipt, c).await?,
        ),
        Filing::Mailbox(m) => FilingOutcome::Consignment(
            super::mbox::file_mailbox_in(conn, request.receipt, m).await?,
        ),
    })
}

impl SqlStore {
    /// Files every request in one transaction (one commit, one fsync of the journal). New
    /// single documents are filed together, a few statements for the whole batch
    /// ([`file_new_documents_in`]); the rest, and all of them if that fails, one by one,
    /// each in a savepoint of its own: a request that fails is rolled back and reported, the
    /// others stay.
    pub(super) async fn file_batch_tx(
        &self,
        requests: &[FilingRequest],
    ) -> Result<Vec<Result<FilingOutcome, StoreError>>, StoreError> {
        let mut tx = self.write_tx().await?;
        let mut results: Vec<Option<Result<FilingOutcome, StoreError>>> =
            requests.iter().map(|_| None).collect();
        let (positions, new): (Vec<usize>, Vec<NewFiling>) = requests
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match &r.filing {
                Filing::Document(doc) => Some((
                    i,
                    NewFiling {
                        receipt: r.receipt,
                        doc,
                    },
                )),
                _ => None,
            })
            .unzip();
        if new.len() > 1 {
            let mut together = tx.begin().await?;
            match file_new_documents_in(&mut together, &new).await {
                Ok(outcomes) => {
                    together.commit().await?;
                    for (i, outcome) in positions.into_iter().zip(outcomes) {
                        results[i] = outcome.map(|o| Ok(FilingOutcome::Document(o)));
                    }
                }
                Err(e) => {
                    together.rollback().await?;
                    warn!(error = %e, "filing the batch together failed; filing one by one");
                }
            }
        }
        for (request, slot) in requests.iter().zip(results.iter_mut()) {
            if slot.is_some() {
                continue;
            }
            let mut savepoint = tx.begin().await?;
            match file_one(&mut savepoint, request).await {
                Ok(outcome) => {
                    savepoint.commit().await?;
                    *slot = Some(Ok(outcome));
                }
                Err(e) => {
                    savepoint.rollback().await?;
                    *slot = Some(Err(e));
                }
            }
        }
        tx.commit().await?;
        Ok(results
            .into_iter()
            .map(|r| r.expect("every request has a result"))
            .collect())
    }
}
