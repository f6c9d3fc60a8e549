//! Appending to the hash-chained event log inside write transactions, and sealing events
//! written before the log was chained.

use super::*;

/// An event to append: (document, receipt, kind, detail).
pub(super) type PendingEvent<'a> = (
    Option<DocumentId>,
    Option<ReceiptId>,
    &'a str,
    &'a serde_json::Value,
);

/// Appends an event to its chain (see `integrity`): reads the chain's head, seals the event
/// with the head's hash and moves the head. Must run inside a write transaction, which
/// serialises appends to the same chain.
pub(super) async fn insert_event(
    conn: &mut sqlx::AnyConnection,
    document: Option<DocumentId>,
    receipt: Option<ReceiptId>,
    kind: &str,
    detail: &serde_json::Value,
) -> Result<(), StoreError> {
    insert_events(conn, &[(document, receipt, kind, detail)]).await
}

/// Most event rows per INSERT (8 parameters each, far below SQLite's limit).
const EVENT_ROWS: usize = 200;

/// An event row to insert: chain, document, receipt, kind, detail, previous hash, hash.
type EventRow<'a> = (
    &'a String,
    Option<i64>,
    Option<i64>,
    &'a str,
    String,
    Option<String>,
    String,
);

/// [`insert_event`] for many events at once, in order: one read of their chains' heads, one
/// multi-row insert, one update of the heads — what the group commit needs to stay cheap.
pub(super) async fn insert_events(
    conn: &mut sqlx::AnyConnection,
    events: &[PendingEvent<'_>],
) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    let chains: Vec<String> = events
        .iter()
        .map(|(d, r, _, _)| integrity::chain_of(r.map(|r| r.0), d.map(|d| d.0)))
        .collect();
    let mut heads: std::collections::HashMap<String, (Option<String>, i64)> = Default::default();
    for c in &chains {
        heads.entry(c.clone()).or_insert((None, 0));
    }
    let distinct: Vec<String> = heads.keys().cloned().collect();
    for chunk in distinct.chunks(EVENT_ROWS) {
        let sql = format!(
            "SELECT chain, hash FROM chain_heads WHERE chain IN ({})",
            rows_of(mark(conn), "?", chunk.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for c in chunk {
            q = q.bind(c.as_str());
        }
        let rows = q.fetch_all(&mut *conn).await?;
        for row in rows {
            let chain: String = row.try_get("chain")?;
            let hash: String = row.try_get("hash")?;
            heads.entry(chain).or_insert((None, 0)).0 = Some(hash);
        }
    }
    let at = format_utc(now());
    let mut rows: Vec<EventRow<'_>> = Vec::with_capacity(events.len());
    for ((d, r, kind, detail), chain) in events.iter().zip(&chains) {
        let detail = detail.to_string();
        let head = heads.get_mut(chain).expect("every chain has an entry");
        let hash =
            integrity::event_hash(chain, r.map(|r| r.0), &at, kind, &detail, head.0.as_deref());
        let prev = head.0.replace(hash.clone());
        head.1 += 1;
        rows.push((
            chain,
            d.map(|d| d.0),
            r.map(|r| r.0),
            kind,
            detail,
            prev,
            hash,
        ));
    }
    for chunk in rows.chunks(EVENT_ROWS) {
        let sql = format!(
            "INSERT INTO events (document_id, receipt_id, at, kind, detail, chain, prev_hash, hash)
             VALUES {}",
            rows_of(mark(conn), "(?, ?, ?, ?, ?, ?, ?, ?)", chunk.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for (chain, d, r, kind, detail, prev, hash) in chunk {
            q = q
                .bind(*d)
                .bind(*r)
                .bind(&at)
                .bind(*kind)
                .bind(detail)
                .bind(chain.as_str())
                .bind(prev)
                .bind(hash);
        }
        q.execute(&mut *conn).await?;
    }
    let moved: Vec<(&String, &(Option<String>, i64))> =
        heads.iter().filter(|(_, h)| h.1 > 0).collect();
    for chunk in moved.chunks(EVENT_ROWS) {
        let sql = format!(
            "INSERT INTO chain_heads (chain, hash, length) VALUES {}
             ON CONFLICT(chain) DO UPDATE SET hash = excluded.hash,
                 length = chain_heads.length + excluded.length",
            rows_of(mark(conn), "(?, ?, ?)", chunk.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for (chain, (hash, n)) in chunk {
            q = q.bind(chain.as_str()).bind(hash.as_deref()).bind(*n);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

pub(super) async fn advance_head(
    conn: &mut sqlx::AnyConnection,
    chain: &str,
    hash: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO chain_heads (chain, hash, length) VALUES ($1, $2, 1)
         ON CONFLICT(chain) DO UPDATE SET hash = excluded.hash, length = chain_heads.length + 1",
    )
    .bind(chain)
    .bind(hash)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Seals events written before the log was chained (databases older than migration 0004), in
/// log order. Runs when the store opens; a no-op once everything is sealed.
pub(super) async fn seal_unsealed_events(store: &SqlStore) -> Result<(), StoreError> {
    // Every command opens the store; only take the write lock when there is work.
    let unsealed: Option<i64> =
        sqlx::query_scalar("SELECT id FROM events WHERE hash IS NULL LIMIT 1")
            .fetch_optional(&store.pool)
            .await?;
    if unsealed.is_none() {
        return Ok(());
    }
    let mut conn = store.write_tx().await?;
    let rows = sqlx::query(
        "SELECT id, document_id, receipt_id, at, kind, detail FROM events
         WHERE hash IS NULL ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for row in &rows {
        let receipt: Option<i64> = row.try_get("receipt_id")?;
        let chain = integrity::chain_of(receipt, row.try_get("document_id")?);
        let prev: Option<String> =
            sqlx::query_scalar("SELECT hash FROM chain_heads WHERE chain = $1")
                .bind(&chain)
                .fetch_optional(&mut *conn)
                .await?;
        let hash = integrity::event_hash(
            &chain,
            receipt,
            row.try_get("at")?,
            row.try_get("kind")?,
            row.try_get("detail")?,
            prev.as_deref(),
        );
        sqlx::query("UPDATE events SET chain = $1, prev_hash = $2, hash = $3 WHERE id = $4")
            .bind(&chain)
            .bind(&prev)
            .bind(&hash)
            .bind(row.try_get::<i64, _>("id")?)
            .execute(&mut *conn)
            .await?;
        advance_head(&mut conn, &chain, &hash).await?;
    }
    conn.commit().await?;
    Ok(())
}
