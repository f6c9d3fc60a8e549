//! Receipts and documents written inside a write transaction (claims and filing use them).

use super::*;

/// Receipt `id` read inside a transaction, if it is still `claimed` (else another process
/// finished it and filing must not happen twice).
pub(super) async fn claimed_receipt(
    tx: &mut sqlx::AnyConnection,
    id: ReceiptId,
) -> Result<Option<Receipt>, StoreError> {
    let row = sqlx::query("SELECT * FROM receipts WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("receipt {id} not found")))?;
    let r = receipt_from(&row)?;
    Ok((r.state == ReceiptState::Claimed).then_some(r))
}

/// Inserts a document whose metadata (pipeline, channel, name, time of receipt) comes from
/// receipt `receipt`, with its pages, its processing events and a `filed` event. Returns
/// `None` if a document with these bytes exists already.
pub(super) async fn insert_document(
    tx: &mut sqlx::AnyConnection,
    receipt: ReceiptId,
    doc: &NewDocument,
    stamp: &str,
) -> Result<Option<DocumentId>, StoreError> {
    let inserted: Option<i64> = sqlx::query(
        "INSERT INTO documents (sha256, receipt_id, pipeline, channel, original_filename,
             received_at, claimed_at, size, media_type, page_count, status, filed_at,
             archive_sha256, archive_size)
         SELECT $1, id, pipeline, channel, original_filename, received_at, claimed_at, $2, $3, $4,
             'filed', $5, $6, $7
         FROM receipts WHERE id = $8
         ON CONFLICT (sha256) DO NOTHING
         RETURNING id",
    )
    .bind(doc.sha256.to_hex())
    .bind(doc.size as i64)
    .bind(&doc.media_type)
    .bind(doc.pages.len() as i64)
    .bind(stamp)
    .bind(doc.archive.map(|a| a.sha256.to_hex()))
    .bind(doc.archive.map(|a| a.size as i64))
    .bind(receipt.0)
    .fetch_optional(&mut *tx)
    .await?
    .map(|r| r.try_get("id"))
    .transpose()?;
    let Some(id) = inserted.map(DocumentId) else {
        return Ok(None);
    };
    for chunk in doc.pages.chunks(50) {
        let sql = format!(
            "INSERT INTO pages (document_id, number, text, text_source, confidence, width,
                 height, dpi, words, note) VALUES {}",
            rows_of(mark(tx), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for p in chunk {
            q = bind_page(q, id, p);
        }
        q.execute(&mut *tx).await?;
    }
    routing::insert_fields(&mut *tx, id, &doc.fields).await?;
    if let Some(invoice) = &doc.invoice {
        invoices::insert_invoice(&mut *tx, id, invoice).await?;
    }
    let routed = match &doc.routing {
        Some(r) => Some(routing::apply_routing_quietly(&mut *tx, id, r, true).await?),
        None => None,
    };
    // All of the document's events in one go: its processing, `filed`, and where it went.
    let filed = json!({ "pages": doc.pages.len(), "size": doc.size, "sha256": doc.sha256 });
    let mut events: Vec<PendingEvent> = doc
        .events
        .iter()
        .map(|(kind, detail)| (Some(id), Some(receipt), kind.as_str(), detail))
        .collect();
    events.push((Some(id), Some(receipt), "filed", &filed));
    if let Some((_, kind, detail)) = &routed {
        events.push((Some(id), None, kind, detail));
    }
    insert_events(&mut *tx, &events).await?;
    Ok(Some(id))
}

/// Records a new delivery in state `claimed` with its `received` event.
pub(super) async fn claim_in(
    tx: &mut sqlx::AnyConnection,
    r: &NewReceipt,
    owner: &str,
) -> Result<ReceiptId, StoreError> {
    let (id, detail) = insert_receipt(tx, r, owner).await?;
    insert_event(tx, None, Some(id), "received", &detail).await?;
    Ok(id)
}

/// Inserts a receipt in state `claimed`; returns it and its `received` event's detail.
pub(super) async fn insert_receipt(
    tx: &mut sqlx::AnyConnection,
    r: &NewReceipt,
    owner: &str,
) -> Result<(ReceiptId, serde_json::Value), StoreError> {
    let mut one = claims::insert_receipts(tx, std::slice::from_ref(r), owner).await?;
    Ok(one.pop().expect("one row per receipt"))
}
