//! Rows read back into domain types (times, hashes, receipts, documents, events).

use super::*;

pub(super) fn ts(row: &AnyRow, col: &str) -> Result<Timestamp, StoreError> {
    let s: String = row.try_get(col)?;
    parse_utc(&s).map_err(|e| StoreError::Corrupt(format!("{col} = {s:?}: {e}")))
}

pub(super) fn opt_ts(row: &AnyRow, col: &str) -> Result<Option<Timestamp>, StoreError> {
    let s: Option<String> = row.try_get(col)?;
    s.map(|s| parse_utc(&s).map_err(|e| StoreError::Corrupt(format!("{col} = {s:?}: {e}"))))
        .transpose()
}

pub(super) fn opt_sha(row: &AnyRow, col: &str) -> Result<Option<Sha256>, StoreError> {
    let s: Option<String> = row.try_get(col)?;
    s.map(|s| s.parse().map_err(StoreError::Corrupt))
        .transpose()
}

/// The claim time; rows from before it was recorded were claimed when they were received.
pub(super) fn claimed_at(row: &AnyRow) -> Result<Timestamp, StoreError> {
    match opt_ts(row, "claimed_at")? {
        Some(t) => Ok(t),
        None => ts(row, "received_at"),
    }
}

pub(super) fn receipt_from(row: &AnyRow) -> Result<Receipt, StoreError> {
    let mode: String = row.try_get("claim_mode")?;
    let state: String = row.try_get("state")?;
    Ok(Receipt {
        id: ReceiptId(row.try_get("id")?),
        pipeline: row.try_get("pipeline")?,
        channel: row.try_get("channel")?,
        source_path: PathBuf::from(row.try_get::<String, _>("source_path")?),
        original_filename: row.try_get("original_filename")?,
        received_at: ts(row, "received_at")?,
        claimed_at: claimed_at(row)?,
        claim_mode: ClaimMode::parse(&mode)
            .ok_or_else(|| StoreError::Corrupt(format!("claim_mode {mode:?}")))?,
        source_identity: row.try_get("source_identity")?,
        state: ReceiptState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("receipt state {state:?}")))?,
        owner: row.try_get("owner")?,
        size: row.try_get::<Option<i64>, _>("size")?.map(|s| s as u64),
        sha256: opt_sha(row, "sha256")?,
        media_type: row.try_get("media_type")?,
        document_id: row
            .try_get::<Option<i64>, _>("document_id")?
            .map(DocumentId),
        reason_code: row.try_get("reason_code")?,
        reason: row.try_get("reason")?,
        quarantine_path: row
            .try_get::<Option<String>, _>("quarantine_path")?
            .map(PathBuf::from),
        attempts: row.try_get::<i64, _>("attempts")? as u32,
        parent_id: opt_receipt(row.try_get("parent_id")?),
    })
}

pub(super) fn document_from(row: &AnyRow) -> Result<DocumentRecord, StoreError> {
    let sha: String = row.try_get("sha256")?;
    Ok(DocumentRecord {
        id: DocumentId(row.try_get("id")?),
        sha256: sha.parse().map_err(StoreError::Corrupt)?,
        receipt_id: ReceiptId(row.try_get("receipt_id")?),
        pipeline: row.try_get("pipeline")?,
        channel: row.try_get("channel")?,
        original_filename: row.try_get("original_filename")?,
        received_at: ts(row, "received_at")?,
        claimed_at: claimed_at(row)?,
        size: row.try_get::<i64, _>("size")? as u64,
        media_type: row.try_get("media_type")?,
        page_count: row.try_get::<i64, _>("page_count")? as u32,
        status: row.try_get("status")?,
        filed_at: ts(row, "filed_at")?,
        indexed_at: opt_ts(row, "indexed_at")?,
        department: row.try_get("department")?,
        class: row.try_get("class")?,
        priority: row.try_get("priority")?,
        deadline: row.try_get("deadline")?,
        tags: row
            .try_get::<Option<String>, _>("tags")?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default(),
        archive_sha256: row
            .try_get::<Option<String>, _>("archive_sha256")?
            .map(|s| s.parse().map_err(StoreError::Corrupt))
            .transpose()?,
        archive_size: row
            .try_get::<Option<i64>, _>("archive_size")?
            .map(|s| s as u64),
    })
}

pub(super) fn event_from(row: &AnyRow) -> Result<EventRecord, StoreError> {
    let detail: String = row.try_get("detail")?;
    Ok(EventRecord {
        at: ts(row, "at")?,
        kind: row.try_get("kind")?,
        receipt_id: opt_receipt(row.try_get("receipt_id")?),
        document_id: row
            .try_get::<Option<i64>, _>("document_id")?
            .map(DocumentId),
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
    })
}
