//! Filing a mail as one consignment, and reading consignments back.

use serde_json::json;
use sqlx::{AnyConnection, Row};

use super::filing::{document_by_sha_in, record_duplicate_in};
use super::{claimed_receipt, insert_document, insert_event, opt_ts, ts, BindText, SqlStore};
use crate::model::*;
use crate::model::{format_utc, now, ConsignmentId, DocumentId, ReceiptId};
use crate::store::records::*;
use crate::store::StoreError;

/// Files a mail (or batch) as one consignment inside the caller's transaction.
pub(super) async fn file_consignment_in(
    tx: &mut AnyConnection,
    receipt: ReceiptId,
    c: &NewConsignment,
) -> Result<ConsignmentOutcome, StoreError> {
    {
        let Some(mail) = claimed_receipt(tx, receipt).await? else {
            return Ok(ConsignmentOutcome::AlreadyHandled);
        };
        let stamp = format_utc(now());
        let Some(cover) = insert_document(tx, receipt, &c.cover, &stamp).await? else {
            // The identical mail was filed meanwhile.
            let existing = document_by_sha_in(tx, c.cover.sha256).await?;
            return Ok(match record_duplicate_in(tx, receipt, existing).await? {
                FileOutcome::AlreadyHandled => ConsignmentOutcome::AlreadyHandled,
                _ => ConsignmentOutcome::Duplicate(existing),
            });
        };
        let h = &c.header;
        let consignment: i64 = sqlx::query(
            "INSERT INTO consignments (receipt_id, kind, mailbox, message_id, subject, sender,
                 recipients, cc, sent_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(receipt.0)
        .bind(&c.kind)
        .bind(&c.mailbox)
        .bind_opt_text(h.message_id.as_deref())
        .bind_opt_text(h.subject.as_deref())
        .bind_opt_text(h.from.as_deref())
        .bind_opt_text(h.to.as_deref())
        .bind_opt_text(h.cc.as_deref())
        .bind(h.sent_at.map(format_utc))
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
        for part in &c.parts {
            let child = insert_child_receipt(tx, &mail, part, &stamp).await?;
            let document = match &part.outcome {
                PartOutcome::Document(doc) => {
                    match insert_document(tx, child, doc, &stamp).await? {
                        Some(id) => {
                            new_documents.push(id);
                            set_child_state(tx, child, "filed", Some(id)).await?;
                            Some(id)
                        }
                        None => {
                            let existing: i64 =
                                sqlx::query("SELECT id FROM documents WHERE sha256 = $1")
                                    .bind(doc.sha256.to_hex())
                                    .fetch_one(&mut *tx)
                                    .await?
                                    .try_get("id")?;
                            let existing = DocumentId(existing);
                            set_child_state(tx, child, "duplicate", Some(existing)).await?;
                            let detail = json!({
                                "receipt_id": child,
                                "received_at": format_utc(mail.received_at),
                                "original_filename": part.name,
                                "consignment_id": consignment,
                                "subject": h.subject,
                            });
                            insert_event(
                                tx,
                                Some(existing),
                                Some(child),
                                "duplicate_received",
                                &detail,
                            )
                            .await?;
                            Some(existing)
                        }
                    }
                }
                PartOutcome::Quarantined(q) => {
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
                    let detail =
                        json!({ "code": q.reason_code, "reason": q.reason, "path": q.path });
                    insert_event(tx, None, Some(child), "quarantined", &detail).await?;
                    None
                }
            };
            link(
                tx,
                consignment,
                part.position,
                "attachment",
                Some(&part.name),
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
        .bind(c.cover.size as i64)
        .bind(c.cover.sha256.to_hex())
        .bind(&c.cover.media_type)
        .bind(&stamp)
        .bind(receipt.0)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE events SET document_id = $1 WHERE receipt_id = $2 AND document_id IS NULL",
        )
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
}

impl SqlStore {
    pub(super) async fn consignment_by_id(
        &self,
        id: ConsignmentId,
    ) -> Result<Option<ConsignmentRecord>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT c.*, r.received_at FROM consignments c JOIN receipts r ON r.id = c.receipt_id
             WHERE c.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let parts = sqlx::query(
            "SELECT cd.*, r.state FROM consignment_documents cd
             LEFT JOIN receipts r ON r.id = cd.receipt_id
             WHERE cd.consignment_id = $1 ORDER BY cd.position",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|p| {
            Ok(ConsignmentPart {
                position: p.try_get::<i64, _>("position")? as u32,
                role: p.try_get("role")?,
                name: p.try_get("name")?,
                receipt_id: p.try_get::<Option<i64>, _>("receipt_id")?.map(ReceiptId),
                document_id: p.try_get::<Option<i64>, _>("document_id")?.map(DocumentId),
                state: p.try_get("state")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some(ConsignmentRecord {
            id,
            receipt_id: ReceiptId(row.try_get("receipt_id")?),
            kind: row.try_get("kind")?,
            mailbox: row.try_get("mailbox")?,
            header: MailHeader {
                message_id: row.try_get("message_id")?,
                subject: row.try_get("subject")?,
                from: row.try_get("sender")?,
                to: row.try_get("recipients")?,
                cc: row.try_get("cc")?,
                sent_at: opt_ts(&row, "sent_at")?,
            },
            received_at: ts(&row, "received_at")?,
            parts,
        }))
    }

    pub(super) async fn consignments_of_document(
        &self,
        document: DocumentId,
    ) -> Result<Vec<ConsignmentRecord>, StoreError> {
        let ids: Vec<i64> = sqlx::query(
            "SELECT DISTINCT consignment_id FROM consignment_documents WHERE document_id = $1
             ORDER BY consignment_id",
        )
        .bind(document.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get("consignment_id"))
        .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(c) = self.consignment_by_id(ConsignmentId(id)).await? {
                out.push(c);
            }
        }
        Ok(out)
    }
}

async fn insert_child_receipt(
    tx: &mut sqlx::AnyConnection,
    mail: &Receipt,
    part: &NewPart,
    stamp: &str,
) -> Result<ReceiptId, StoreError> {
    let (sha, size, media) = match &part.outcome {
        PartOutcome::Document(d) => (d.sha256, d.size, Some(d.media_type.clone())),
        PartOutcome::Quarantined(q) => (q.sha256, q.size, None),
    };
    let child = ChildReceipt {
        position: part.position,
        name: &part.name,
        sha,
        size,
        media,
    };
    insert_child(tx, mail, &child, stamp).await
}

/// What a child receipt (an attachment, a message of a mailbox file) is made of.
pub(super) struct ChildReceipt<'a> {
    pub position: u32,
    pub name: &'a str,
    pub sha: crate::model::Sha256,
    pub size: u64,
    pub media: Option<String>,
}

pub(super) async fn insert_child(
    tx: &mut sqlx::AnyConnection,
    mail: &Receipt,
    part: &ChildReceipt<'_>,
    stamp: &str,
) -> Result<ReceiptId, StoreError> {
    let ChildReceipt {
        sha, size, media, ..
    } = part;
    let id: i64 = sqlx::query(
        "INSERT INTO receipts (pipeline, channel, source_path, original_filename, received_at,
             claimed_at, claim_mode, state, size, sha256, media_type, parent_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'extracted', 'claimed', $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(&mail.pipeline)
    .bind(&mail.channel)
    .bind(format!("{}#{}", mail.source_path.display(), part.position))
    .bind_text(part.name)
    .bind(format_utc(mail.received_at))
    .bind(format_utc(mail.claimed_at))
    .bind(*size as i64)
    .bind(sha.to_hex())
    .bind(media)
    .bind(mail.id.0)
    .bind(stamp)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    let id = ReceiptId(id);
    let detail =
        json!({ "parent_receipt_id": mail.id, "attachment": part.name, "position": part.position });
    insert_event(&mut *tx, None, Some(id), "received", &detail).await?;
    Ok(id)
}

async fn set_child_state(
    tx: &mut sqlx::AnyConnection,
    child: ReceiptId,
    state: &str,
    document: Option<DocumentId>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE receipts SET state = $1, document_id = $2 WHERE id = $3")
        .bind(state)
        .bind(document.map(|d| d.0))
        .bind(child.0)
        .execute(&mut *tx)
        .await?;
    if let Some(d) = document {
        sqlx::query(
            "UPDATE events SET document_id = $1 WHERE receipt_id = $2 AND document_id IS NULL",
        )
        .bind(d.0)
        .bind(child.0)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

pub(super) async fn link(
    tx: &mut sqlx::AnyConnection,
    consignment: i64,
    position: u32,
    role: &str,
    name: Option<&str>,
    receipt: Option<ReceiptId>,
    document: Option<DocumentId>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO consignment_documents (consignment_id, position, role, name, receipt_id, document_id)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(consignment)
    .bind(position as i64)
    .bind(role)
    .bind(name)
    .bind(receipt.map(|r| r.0))
    .bind(document.map(|d| d.0))
    .execute(&mut *tx)
    .await?;
    Ok(())
}
