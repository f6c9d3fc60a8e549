//! E-invoices of documents: written in the filing transaction, read for `show` and the
//! duplicate check.

use sqlx::{AnyConnection, AnyPool, Row};

use crate::model::{DocumentId, Invoice};
use crate::store::StoreError;

pub(super) async fn insert_invoice(
    conn: &mut AnyConnection,
    document: DocumentId,
    invoice: &Invoice,
) -> Result<(), StoreError> {
    let data = serde_json::to_string(invoice).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let key = invoice.duplicate_key();
    sqlx::query(
        "INSERT INTO invoices (document_id, seller_key, number, buyer_reference, passed, data)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (document_id) DO NOTHING",
    )
    .bind(document.0)
    .bind(key.as_ref().map(|k| k.0.clone()))
    .bind(key.as_ref().map(|k| k.1.clone()))
    .bind(&invoice.buyer_reference)
    .bind(i64::from(invoice.passed()))
    .bind(data)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(super) async fn invoice_of(
    pool: &AnyPool,
    document: DocumentId,
) -> Result<Option<Invoice>, StoreError> {
    let row = sqlx::query("SELECT data FROM invoices WHERE document_id = $1")
        .bind(document.0)
        .fetch_optional(pool)
        .await?;
    row.map(|r| {
        let data: String = r.try_get("data")?;
        serde_json::from_str(&data)
            .map_err(|e| StoreError::Corrupt(format!("invoice of document {}: {e}", document.0)))
    })
    .transpose()
}

pub(super) async fn invoice_document(
    pool: &AnyPool,
    seller_key: &str,
    number: &str,
) -> Result<Option<DocumentId>, StoreError> {
    let row = sqlx::query(
        "SELECT document_id FROM invoices WHERE seller_key = $1 AND number = $2
         ORDER BY document_id LIMIT 1",
    )
    .bind(seller_key)
    .bind(number)
    .fetch_optional(pool)
    .await?;
    Ok(row
        .map(|r| r.try_get("document_id"))
        .transpose()?
        .map(DocumentId))
}

pub(super) async fn due_exports(
    pool: &AnyPool,
    now: crate::model::Timestamp,
    limit: u32,
) -> Result<Vec<crate::store::InvoiceExport>, StoreError> {
    let rows = sqlx::query(
        "SELECT i.document_id, i.export_attempts, d.department, d.sha256, d.media_type,
                d.original_filename, d.received_at
         FROM invoices i JOIN documents d ON d.id = i.document_id
         WHERE i.exported_at IS NULL AND (i.export_next_at IS NULL OR i.export_next_at <= $1)
         ORDER BY i.document_id LIMIT $2",
    )
    .bind(crate::model::format_utc(now))
    .bind(limit as i64)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            let sha: String = r.try_get("sha256")?;
            Ok(crate::store::InvoiceExport {
                document_id: DocumentId(r.try_get("document_id")?),
                department: r.try_get("department")?,
                sha256: sha
                    .parse()
                    .map_err(|_| StoreError::Corrupt(format!("sha256 {sha:?}")))?,
                media_type: r.try_get("media_type")?,
                original_filename: r.try_get("original_filename")?,
                received_at: super::ts(&r, "received_at")?,
                attempts: r.try_get::<i64, _>("export_attempts")? as u32,
            })
        })
        .collect()
}

pub(super) async fn exported(
    pool: &AnyPool,
    document: DocumentId,
    target: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE invoices SET exported_at = $1, export_target = $2, export_error = NULL
         WHERE document_id = $3",
    )
    .bind(crate::model::format_utc(crate::model::now()))
    .bind(target)
    .bind(document.0)
    .execute(pool)
    .await?;
    Ok(())
}

pub(super) async fn export_failed(
    pool: &AnyPool,
    document: DocumentId,
    error: &str,
    next_at: crate::model::Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE invoices SET export_attempts = export_attempts + 1, export_error = $1,
             export_next_at = $2 WHERE document_id = $3",
    )
    .bind(error)
    .bind(crate::model::format_utc(next_at))
    .bind(document.0)
    .execute(pool)
    .await?;
    Ok(())
}
