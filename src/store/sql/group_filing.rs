//! The common case of a group commit, filed with a handful of statements for the whole batch:
//! new single documents (not repeats, not attachments, not mails). Per-document filing costs
//! about fifteen statements, each a round trip to the SQLite worker thread; here each table
//! gets one multi-row statement per batch, so a batch of a hundred letters costs what two did.
//!
//! Requests this path does not take (repeats, retried attachments, consignments) are left to
//! the per-request path; the caller runs this inside a savepoint and falls back to that path
//! for the whole batch if anything here fails.

use std::collections::{HashMap, HashSet};

use serde_json::json;
use sqlx::{AnyConnection, Row};

use super::insert_events;
use super::PendingEvent;
use super::{BindFloat, BindText};
use crate::model::*;
use crate::model::{format_utc, now, DocumentId, ReceiptId};
use crate::store::records::*;
use crate::store::StoreError;

/// Most bound parameters in one statement (SQLite allows 32766).
const MAX_PARAMS: usize = 8000;

/// A new document to file for its receipt.
pub(super) struct NewFiling<'a> {
    pub receipt: ReceiptId,
    pub doc: &'a NewDocument,
}

/// What the receipts table says about one receipt, as stored (times stay the stored text).
struct ReceiptRow {
    claimed: bool,
    attachment: bool,
    pipeline: String,
    channel: String,
    original_filename: String,
    received_at: String,
    claimed_at: Option<String>,
}

/// `($1, $2), ($3, $4)…` or `(?, ?), (?, ?)…` (see `super::mark`) for `rows` rows of `cols`
/// columns, numbered from `first`.
fn values(mark: char, first: usize, rows: usize, cols: usize) -> String {
    super::rows_of(
        mark,
        &format!("({})", vec!["?"; cols].join(", ")),
        rows,
        first,
    )
}

/// Rows per statement for a table of `cols` columns.
pub(super) fn rows_per_statement(cols: usize) -> usize {
    (MAX_PARAMS / cols).max(1)
}

/// Files the `items` it can; returns, per item, its outcome or `None` where the per-request
/// path must file it.
pub(super) async fn file_new_documents_in(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
) -> Result<Vec<Option<FileOutcome>>, StoreError> {
    let mut outcomes: Vec<Option<FileOutcome>> = items.iter().map(|_| None).collect();
    if items.is_empty() {
        return Ok(outcomes);
    }
    let receipts = receipt_rows(conn, items).await?;
    let known = existing_hashes(conn, items).await?;

    // Take a new document only once per batch; everything unusual goes the per-request way.
    let mut seen = HashSet::new();
    let mut take = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(r) = receipts.get(&item.receipt.0) else {
            continue;
        };
        if !r.claimed {
            outcomes[i] = Some(FileOutcome::AlreadyHandled);
            continue;
        }
        let sha = item.doc.sha256.to_hex();
        if r.attachment || known.contains(&sha) || !seen.insert(sha) {
            continue;
        }
        take.push(i);
    }
    if take.is_empty() {
        return Ok(outcomes);
    }
    let stamp = format_utc(now());
    let ids = insert_documents(conn, items, &take, &receipts, &stamp).await?;
    let filed: Vec<(usize, DocumentId)> = take.iter().map(|&i| (i, ids[&i])).collect();
    insert_pages(conn, items, &filed).await?;
    insert_fields(conn, items, &filed).await?;
    for (i, id) in &filed {
        if let Some(invoice) = &items[*i].doc.invoice {
            super::invoices::insert_invoice(&mut *conn, *id, invoice).await?;
        }
    }
    let routed = insert_routings(conn, items, &filed, &stamp).await?;
    mark_receipts_filed(conn, items, &filed, &stamp).await?;

    // Events: the receipts' own history moves to their documents, then each document's
    // processing, `filed` and routing events are appended in one go.
    let pairs: Vec<i64> = filed
        .iter()
        .flat_map(|(i, id)| [items[*i].receipt.0, id.0])
        .collect();
    for c in pairs.chunks(rows_per_statement(2) * 2) {
        let sql = format!(
            "UPDATE events SET document_id = v.column2 FROM (VALUES {}) AS v
             WHERE events.receipt_id = v.column1 AND events.document_id IS NULL",
            values(super::mark(conn), 1, c.len() / 2, 2)
        );
        let mut q = sqlx::query(&sql);
        for p in c {
            q = q.bind(p);
        }
        q.execute(&mut *conn).await?;
    }
    let filed_details: Vec<serde_json::Value> = filed
        .iter()
        .map(|(i, _)| {
            let d = items[*i].doc;
            json!({ "pages": d.pages.len(), "size": d.size, "sha256": d.sha256 })
        })
        .collect();
    let mut events: Vec<PendingEvent> = Vec::new();
    for ((i, id), filed_detail) in filed.iter().zip(&filed_details) {
        let receipt = Some(items[*i].receipt);
        let doc = items[*i].doc;
        events.extend(
            doc.events
                .iter()
                .map(|(kind, detail)| (Some(*id), receipt, kind.as_str(), detail)),
        );
        events.push((Some(*id), receipt, "filed", filed_detail));
        if let Some((kind, detail)) = routed.get(i) {
            events.push((Some(*id), None, kind, detail));
        }
    }
    insert_events(conn, &events).await?;
    for (i, id) in filed {
        outcomes[i] = Some(FileOutcome::Filed(id));
    }
    Ok(outcomes)
}

async fn receipt_rows(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
) -> Result<HashMap<i64, ReceiptRow>, StoreError> {
    let mut out = HashMap::with_capacity(items.len());
    for c in items.chunks(rows_per_statement(1)) {
        let sql = format!(
            "SELECT id, state, parent_id, pipeline, channel, original_filename, received_at,
                 claimed_at
             FROM receipts WHERE id IN ({})",
            super::rows_of(super::mark(conn), "?", c.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for item in c {
            q = q.bind(item.receipt.0);
        }
        for row in q.fetch_all(&mut *conn).await? {
            let state: String = row.try_get("state")?;
            let parent: Option<i64> = row.try_get("parent_id")?;
            out.insert(
                row.try_get::<i64, _>("id")?,
                ReceiptRow {
                    claimed: state == ReceiptState::Claimed.as_str(),
                    attachment: parent.is_some(),
                    pipeline: row.try_get("pipeline")?,
                    channel: row.try_get("channel")?,
                    original_filename: row.try_get("original_filename")?,
                    received_at: row.try_get("received_at")?,
                    claimed_at: row.try_get("claimed_at")?,
                },
            );
        }
    }
    Ok(out)
}

/// Which of the items' hashes are filed already.
async fn existing_hashes(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
) -> Result<HashSet<String>, StoreError> {
    let mut known = HashSet::new();
    for c in items.chunks(rows_per_statement(1)) {
        let sql = format!(
            "SELECT sha256 FROM documents WHERE sha256 IN ({})",
            super::rows_of(super::mark(conn), "?", c.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for item in c {
            q = q.bind(item.doc.sha256.to_hex());
        }
        for row in q.fetch_all(&mut *conn).await? {
            known.insert(row.try_get::<String, _>("sha256")?);
        }
    }
    Ok(known)
}

/// Inserts the documents at `take` (with their current routing columns); returns their ids.
async fn insert_documents(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
    take: &[usize],
    receipts: &HashMap<i64, ReceiptRow>,
    stamp: &str,
) -> Result<HashMap<usize, DocumentId>, StoreError> {
    const COLS: usize = 19;
    let mut by_sha: HashMap<String, usize> = HashMap::new();
    let mut ids = HashMap::with_capacity(take.len());
    for c in take.chunks(rows_per_statement(COLS)) {
        let sql = format!(
            "INSERT INTO documents (sha256, receipt_id, pipeline, channel, original_filename,
                 received_at, claimed_at, size, media_type, page_count, status, filed_at,
                 archive_sha256, archive_size, department, class, priority, deadline, tags)
             VALUES {} RETURNING id, sha256",
            values(super::mark(conn), 1, c.len(), COLS)
        );
        let mut q = sqlx::query(&sql);
        for &i in c {
            let item = &items[i];
            let doc = item.doc;
            let r = &receipts[&item.receipt.0];
            let routing = doc.routing.as_ref();
            let sha = doc.sha256.to_hex();
            by_sha.insert(sha.clone(), i);
            q = q
                .bind(sha)
                .bind(item.receipt.0)
                .bind(&r.pipeline)
                .bind(&r.channel)
                .bind_text(&r.original_filename)
                .bind(&r.received_at)
                .bind(&r.claimed_at)
                .bind(doc.size as i64)
                .bind(&doc.media_type)
                .bind(doc.pages.len() as i64)
                .bind("filed")
                .bind(stamp)
                .bind(doc.archive.map(|a| a.sha256.to_hex()))
                .bind(doc.archive.map(|a| a.size as i64))
                .bind(routing.and_then(|r| r.department.as_deref()))
                .bind(routing.and_then(|r| r.class.as_deref()))
                .bind(routing.and_then(|r| r.priority.as_deref()))
                .bind(routing.and_then(|r| r.deadline.as_deref()))
                .bind(routing.map(|r| tags_json(&r.tags)));
        }
        for row in q.fetch_all(&mut *conn).await? {
            let sha: String = row.try_get("sha256")?;
            let i = by_sha
                .get(&sha)
                .ok_or_else(|| StoreError::Corrupt(format!("unexpected document {sha}")))?;
            ids.insert(*i, DocumentId(row.try_get("id")?));
        }
    }
    if ids.len() != take.len() {
        return Err(StoreError::Corrupt(
            "not every document of the batch was inserted".into(),
        ));
    }
    Ok(ids)
}

fn tags_json(tags: &[String]) -> String {
    serde_json::to_string(tags).unwrap_or_else(|_| "[]".into())
}

async fn insert_pages(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
    filed: &[(usize, DocumentId)],
) -> Result<(), StoreError> {
    const COLS: usize = 10;
    let rows: Vec<(DocumentId, &PageRecord)> = filed
        .iter()
        .flat_map(|(i, id)| items[*i].doc.pages.iter().map(move |p| (*id, p)))
        .collect();
    for c in rows.chunks(rows_per_statement(COLS)) {
        let sql = format!(
            "INSERT INTO pages (document_id, number, text, text_source, confidence, width,
                 height, dpi, words, note) VALUES {}",
            values(super::mark(conn), 1, c.len(), COLS)
        );
        let mut q = sqlx::query(&sql);
        for (id, p) in c {
            q = super::bind_page(q, *id, p);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

async fn insert_fields(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
    filed: &[(usize, DocumentId)],
) -> Result<(), StoreError> {
    const COLS: usize = 7;
    let rows: Vec<(DocumentId, &crate::extract::Field)> = filed
        .iter()
        .flat_map(|(i, id)| items[*i].doc.fields.iter().map(move |f| (*id, f)))
        .collect();
    for c in rows.chunks(rows_per_statement(COLS)) {
        let sql = format!(
            "INSERT INTO fields (document_id, name, value, page, start, \"end\", raw) VALUES {}",
            values(super::mark(conn), 1, c.len(), COLS)
        );
        let mut q = sqlx::query(&sql);
        for (id, f) in c {
            q = q
                .bind(id.0)
                .bind(&f.name)
                .bind_text(&f.value)
                .bind(f.page as i64)
                .bind(f.start as i64)
                .bind(f.end as i64)
                .bind_text(&f.raw);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The routing decisions of the filed documents, their inbox entries and the documents' link
/// to their current decision; returns each item's routing event (kind, detail).
async fn insert_routings(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
    filed: &[(usize, DocumentId)],
    stamp: &str,
) -> Result<HashMap<usize, (&'static str, serde_json::Value)>, StoreError> {
    const COLS: usize = 13;
    let routed: Vec<(usize, DocumentId, &NewRouting)> = filed
        .iter()
        .filter_map(|(i, id)| items[*i].doc.routing.as_ref().map(|r| (*i, *id, r)))
        .collect();
    let mut events = HashMap::with_capacity(routed.len());
    if routed.is_empty() {
        return Ok(events);
    }
    let mut links: Vec<i64> = Vec::with_capacity(routed.len() * 2);
    for c in routed.chunks(rows_per_statement(COLS)) {
        let sql = format!(
            "INSERT INTO routings (document_id, decided_at, source, department, class,
                 class_confidence, department_confidence, tags, priority, deadline,
                 rules_version, explanation, decided_by)
             VALUES {} RETURNING id, document_id",
            values(super::mark(conn), 1, c.len(), COLS)
        );
        let mut q = sqlx::query(&sql);
        for (_, id, r) in c {
            q = q
                .bind(id.0)
                .bind(stamp)
                .bind(&r.source)
                .bind(&r.department)
                .bind(&r.class)
                .bind_float(r.class_confidence)
                .bind_float(r.department_confidence)
                .bind(tags_json(&r.tags))
                .bind(&r.priority)
                .bind(&r.deadline)
                .bind(&r.rules_version)
                .bind(r.explanation.to_stored())
                .bind(&r.decided_by);
        }
        for row in q.fetch_all(&mut *conn).await? {
            links.push(row.try_get("document_id")?);
            links.push(row.try_get("id")?);
        }
    }
    for c in links.chunks(rows_per_statement(2) * 2) {
        let sql = format!(
            "UPDATE documents SET routing_id = v.column2 FROM (VALUES {}) AS v
             WHERE documents.id = v.column1",
            values(super::mark(conn), 1, c.len() / 2, 2)
        );
        let mut q = sqlx::query(&sql);
        for v in c {
            q = q.bind(v);
        }
        q.execute(&mut *conn).await?;
    }
    let assigned: Vec<(DocumentId, &str)> = routed
        .iter()
        .filter_map(|(_, id, r)| r.department.as_deref().map(|d| (*id, d)))
        .collect();
    for c in assigned.chunks(rows_per_statement(4)) {
        let sql = format!(
            "INSERT INTO assignments (document_id, department, state, assigned_at, updated_at)
             VALUES {}",
            super::rows_of(super::mark(conn), "(?, ?, 'neu', ?, ?)", c.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for (id, department) in c {
            q = q.bind(id.0).bind(*department).bind(stamp).bind(stamp);
        }
        q.execute(&mut *conn).await?;
    }
    for (i, _, r) in routed {
        events.insert(i, super::routing::routing_event(r));
    }
    Ok(events)
}

async fn mark_receipts_filed(
    conn: &mut AnyConnection,
    items: &[NewFiling<'_>],
    filed: &[(usize, DocumentId)],
    stamp: &str,
) -> Result<(), StoreError> {
    const COLS: usize = 5;
    let mark = super::mark(conn);
    // The stamp is the first parameter, written before the rows.
    let stamp_param = super::rows_of(mark, "?", 1, 1);
    for c in filed.chunks(rows_per_statement(COLS)) {
        let sql = format!(
            "UPDATE receipts SET state = 'filed', document_id = v.column2, owner = NULL,
                 size = v.column3, sha256 = v.column4, media_type = v.column5,
                 updated_at = {stamp_param}
             FROM (VALUES {}) AS v WHERE receipts.id = v.column1",
            values(mark, 2, c.len(), COLS)
        );
        let mut q = sqlx::query(&sql).bind(stamp);
        for (i, id) in c {
            let doc = items[*i].doc;
            q = q
                .bind(items[*i].receipt.0)
                .bind(id.0)
                .bind(doc.size as i64)
                .bind(doc.sha256.to_hex())
                .bind(&doc.media_type);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}
