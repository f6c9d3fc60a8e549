//! Filing a mailbox file (mbox): the file is the cover of a consignment of kind `mbox`; every
//! message gets its own child receipt and is filed as a mail consignment of its own, all in
//! the caller's transaction, so a crash files all messages or none.

use serde_json::json;
use sqlx::{AnyConnection, Row};

use super::consignments::{file_consignment_in, insert_child, link, ChildReceipt};
use super::filing::{document_by_sha_in, record_duplicate_in};
use super::{claimed_receipt, insert_document, insert_event};
use crate::model::*;
use crate::model::{format_utc, now, ConsignmentId, ReceiptId};
use crate::store::records::*;
use crate::store::StoreError;

pub(super) async fn file_mailbox_in(
    tx: &mut AnyConnection,
    receipt: ReceiptId,
    m: &NewMailbox,
) -> Result<ConsignmentOutcome, StoreError> {
    let Some(file) = claimed_receipt(tx, receipt).await? else {
        return Ok(ConsignmentOutcome::AlreadyHandled);
    };
    let stamp = format_utc(now());
    let Some(cover) = insert_document(tx, receipt, &m.cover, &stamp).await? else {
        let existing = document_by_sha_in(tx, m.cover.sha256).await?;
        return Ok(match record_duplicate_in(tx, receipt, existing).await? {
            FileOutcome::AlreadyHandled => ConsignmentOutcome::AlreadyHandled,
            _ => ConsignmentOutcome::Duplicate(existing),
        });
    };
    let consignment: i64 = sqlx::query(
        "INSERT INTO consignments (receipt_id, kind, created_at) VALUES ($1, 'mbox', $2)
         RETURNING id",
    )
    .bind(receipt.0)
    .bind(&stamp)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    link(
        tx,
        consignment,
        0,
        "cover",
        None,
        Some(receipt),
        Some(cover),
    )
    .await?;

    let mut new_documents = vec![cover];
    let mut quarantined = 0;
    for message in &m.messages {
        let (sha, size) = match &message.outcome {
            MessageOutcome::Mail(c) => (c.cover.sha256, c.cover.size),
            MessageOutcome::Quarantined(q) => (q.sha256, q.size),
        };
        let child = ChildReceipt {
            position: message.position,
            name: &message.name,
            sha,
            size,
            media: Some("message/rfc822".into()),
        };
        let child = insert_child(tx, &file, &child, &stamp).await?;
        let document = match &message.outcome {
            MessageOutcome::Mail(c) => match file_consignment_in(tx, child, c).await? {
                ConsignmentOutcome::Filed {
                    cover,
                    new_documents: docs,
                    quarantined: q,
                    ..
                } => {
                    new_documents.extend(docs);
                    quarantined += q;
                    Some(cover)
                }
                ConsignmentOutcome::Duplicate(existing) => Some(existing),
                ConsignmentOutcome::AlreadyHandled => None,
            },
            MessageOutcome::Quarantined(q) => {
                quarantined += 1;
                sqlx::query(
                    "UPDATE receipts SET state = 'quarantined', reason_code = $1, reason = $2,
                         quarantine_path = $3 WHERE id = $4",
                )
                .bind(&q.reason_code)
                .bind(&q.reason)
                .bind(q.path.to_string_lossy().as_ref())
                .bind(child.0)
                .execute(&mut *tx)
                .await?;
                let detail = json!({ "code": q.reason_code, "reason": q.reason, "path": q.path });
                insert_event(tx, None, Some(child), "quarantined", &detail).await?;
                None
            }
        };
        link(
            tx,
            consignment,
            message.position,
            "message",
            Some(&message.name),
            Some(child),
            document,
        )
        .await?;
    }
    sqlx::query(
        "UPDATE receipts SET state = 'filed', document_id = $1, owner = NULL, size = $2,
             sha256 = $3, media_type = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(cover.0)
    .bind(m.cover.size as i64)
    .bind(m.cover.sha256.to_hex())
    .bind(&m.cover.media_type)
    .bind(&stamp)
    .bind(receipt.0)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE events SET document_id = $1 WHERE receipt_id = $2 AND document_id IS NULL")
        .bind(cover.0)
        .bind(receipt.0)
        .execute(&mut *tx)
        .await?;
    Ok(ConsignmentOutcome::Filed {
        consignment: ConsignmentId(consignment),
        cover,
        new_documents,
        quarantined,
    })
}
