//! `Store` on SQLite or PostgreSQL, one implementation through sqlx's `Any` driver: the SQL is
//! written once in the dialect both accept (`$n` parameters, `RETURNING`, `ON CONFLICT`,
//! aggregates with `FILTER`), so row mapping and filing logic exist once.
//!
//! SQLite: WAL journal, `synchronous = FULL` (a commit is on disk when it returns).
//! PostgreSQL: a commit is durable when it returns (the server's `fsync`/`synchronous_commit`).
//! Migrations for each are embedded in the binary and applied at open.

use std::path::PathBuf;

use async_trait::async_trait;
use serde_json::json;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};

use super::records::*;
use super::{Store, StoreError};
use crate::integrity;
use crate::model::*;
use crate::model::{
    format_utc, now, parse_utc, ConsignmentId, DocumentId, ReceiptId, Sha256, Timestamp,
};

/// Which database a [`SqlStore`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL names, if any.
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The store: SQLite by default, PostgreSQL for installations with several processes.
#[derive(Clone)]
pub struct SqlStore {
    pub(super) pool: AnyPool,
    pub(super) backend: Backend,
    /// Writers of this process queue here rather than at the database's write lock: a SQLite
    /// connection that finds the lock taken sleeps in SQLite's busy handler (up to 100 ms a
    /// time), which made a group commit of 30 documents take 40–140 ms.
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
}

/// A write transaction, holding this process's writer turn until it ends.
pub(super) struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl WriteTx {
    pub(super) async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The advisory lock every PostgreSQL write transaction takes: writers of all processes take
/// turns, as on SQLite, so an event chain's head is read and moved by one writer at a time.
const PG_WRITER_LOCK: i64 = 0x6d61_696c_726f_6f6d; // "mailroom"

impl SqlStore {
    /// Opens (creating if needed) the database at `url` (`sqlite://…` or `postgres://…`) and
    /// applies migrations.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url).ok_or_else(|| {
            StoreError::Settings(format!(
                "{url:?} is no database URL: use sqlite://<file> or postgres://<user>@<host>/<db>"
            ))
        })?;
        let pool = match backend {
            Backend::Sqlite => open_sqlite(url).await?,
            Backend::Postgres => open_postgres(url).await?,
        };
        let store = SqlStore {
            pool,
            backend,
            writer: Default::default(),
        };
        seal_unsealed_events(&store).await?;
        Ok(store)
    }

    /// Which database this store uses.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a write transaction. On SQLite `BEGIN IMMEDIATE` takes the write lock up front:
    /// a deferred transaction that reads first cannot upgrade while another connection writes,
    /// and SQLite then fails at once with "database is locked" instead of waiting for the busy
    /// timeout. On PostgreSQL the same turn-taking is an advisory lock held to the commit.
    pub(super) async fn write_tx(&self) -> Result<WriteTx, sqlx::Error> {
        let turn = std::sync::Arc::clone(&self.writer).lock_owned().await;
        let tx = self.begin_write().await?;
        Ok(WriteTx { tx, _turn: turn })
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => {
                // Read committed whatever the server's default: after the lock every statement
                // must see what the previous writer committed (chain heads, claimed state).
                let mut tx = self
                    .pool
                    .begin_with("BEGIN ISOLATION LEVEL READ COMMITTED")
                    .await?;
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(PG_WRITER_LOCK)
                    .execute(&mut *tx)
                    .await?;
                Ok(tx)
            }
        }
    }

    /// Moves a quarantined receipt to `state` (claimed by `owner` for a retry), with an event.
    async fn leave_quarantine(
        &self,
        id: ReceiptId,
        state: ReceiptState,
        owner: Option<&str>,
        event: &str,
        by: &str,
        replaced: Option<&Replacement>,
    ) -> Result<Receipt, StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE receipts SET state = $1, owner = $2, worker = NULL, attempts = attempts + $3, updated_at = $4,
                 original_filename = COALESCE($5, original_filename),
                 sha256 = CASE WHEN $6 THEN NULL ELSE sha256 END
             WHERE id = $7 AND state = 'quarantined'",
        )
        .bind(state.as_str())
        .bind(owner)
        .bind(i64::from(owner.is_some()))
        .bind(format_utc(now()))
        .bind(replaced.map(|r| r.new_name.as_str()))
        // The new bytes are hashed again when processed; the old hash is in the event.
        .bind(replaced.is_some())
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done != 1 {
            return Err(StoreError::Conflict(format!(
                "receipt {id} is not in quarantine"
            )));
        }
        let mut detail = json!({ "by": by });
        if let Some(r) = replaced {
            detail["replaced"] = json!(r);
        }
        insert_event(&mut tx, None, Some(id), event, &detail).await?;
        let row = sqlx::query("SELECT * FROM receipts WHERE id = $1")
            .bind(id.0)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        receipt_from(&row)
    }

    /// Closes the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// SQLite with the settings durability needs; a lock file serialises opening.
async fn open_sqlite(url: &str) -> Result<AnyPool, StoreError> {
    let db_file = url.strip_prefix("sqlite://").map(std::path::PathBuf::from);
    if let Some(dir) = db_file.as_deref().and_then(|p| p.parent()) {
        let _ = std::fs::create_dir_all(dir);
    }
    // Two processes starting at once (the daemon and `mailroom status`) would both create
    // the database, switch it to WAL and apply the first migration, and one fails. SQLite
    // has no lock for that, so a lock file next to the database serialises opening.
    let _guard = match &db_file {
        Some(f) => Some(open_lock(f).await?),
        None => None,
    };
    let url = if url.contains('?') {
        url.to_string()
    } else {
        format!("{url}?mode=rwc")
    };
    let options: AnyConnectOptions = url.parse()?;
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _| {
            Box::pin(async move {
                for pragma in [
                    "PRAGMA busy_timeout = 30000",
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = FULL",
                    "PRAGMA foreign_keys = ON",
                ] {
                    conn.execute(pragma).await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await?;
    SQLITE_MIGRATIONS.run(&pool).await?;
    Ok(pool)
}

/// PostgreSQL; the migrations take the migrator's advisory lock, so several processes may
/// open the database at once.
async fn open_postgres(url: &str) -> Result<AnyPool, StoreError> {
    let options: AnyConnectOptions = url.parse()?;
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await?;
    POSTGRES_MIGRATIONS.run(&pool).await?;
    Ok(pool)
}

/// Binding a number that may be missing (a confidence, say).
pub(super) trait BindFloat {
    fn bind_float(self, v: Option<f64>) -> Self;
}

impl<'q> BindFloat for sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    fn bind_float(self, v: Option<f64>) -> Self {
        match v {
            Some(v) => self.bind(v),
            // sqlx 0.8's Any driver sends a missing f64 to PostgreSQL as FLOAT4 and a missing
            // f32 as FLOAT8 (swapped). A statement PostgreSQL prepared with a FLOAT4 parameter
            // then refuses the FLOAT8 of the next row ("incorrect binary data format"), so a
            // missing number goes as f32: FLOAT8 like every present one. Tested by filing
            // pages with and without confidence on PostgreSQL.
            None => self.bind(None::<f32>),
        }
    }
}

/// How `conn`'s database marks the parameters of generated SQL: `$n` in PostgreSQL, a bare
/// `?` in SQLite, bound in the order they appear. SQLite takes `$n` and `?n` too (the
/// hand-written statements use `$n`), but keeps numbered or named parameters in a list it
/// walks for each new one, when parsing and again when sqlx asks each parameter's name to
/// bind it: an insert of 8,000 `?n` parameters cost ~2.7 million instructions per filed
/// document in `SqliteArguments::bind` (BENCHMARKS.md). A bare `?` has no name. Do not mix
/// it with `$n` in one statement: sqlx then binds the bare ones from the wrong position.
pub(super) fn mark(conn: &sqlx::AnyConnection) -> char {
    if conn.backend_name() == "PostgreSQL" {
        '$'
    } else {
        '?'
    }
}

/// `s` as [`BindText::bind_text`] stores it.
pub(super) fn stored_text(s: &str) -> String {
    s.replace('\0', "\u{fffd}")
}

/// Binding text that came from outside (page text, fields, mail headers, file names).
pub(super) trait BindText<'q> {
    fn bind_text(self, s: &'q str) -> Self;
    fn bind_opt_text(self, s: Option<&'q str>) -> Self;
}

impl<'q> BindText<'q> for sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    fn bind_text(self, s: &'q str) -> Self {
        // PostgreSQL refuses NUL in text (SQLite keeps it): a mail subject `=?utf-8?q?a=00?=`
        // or a ToUnicode map to U+0000 would make filing fail again at every retry. Both
        // databases store U+FFFD instead, so a copy between them holds the same text.
        if s.contains('\0') {
            self.bind(stored_text(s))
        } else {
            self.bind(s)
        }
    }

    fn bind_opt_text(self, s: Option<&'q str>) -> Self {
        match s {
            Some(s) => self.bind_text(s),
            None => self.bind(None::<String>),
        }
    }
}

/// Binds one `pages` row in the column order both page inserts name: document, number, text,
/// text source, confidence, width, height, dpi, words, note.
pub(super) fn bind_page<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    id: DocumentId,
    p: &'q PageRecord,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    q.bind(id.0)
        .bind(p.number as i64)
        .bind_text(&p.text)
        .bind(p.text_source.as_str())
        .bind_float(p.confidence.map(f64::from))
        .bind(p.width.map(|v| v as i64))
        .bind(p.height.map(|v| v as i64))
        .bind(p.dpi.map(|v| v as i64))
        .bind(&p.words_json)
        .bind(&p.note)
}

/// `template` (a row with `?` for each parameter) `rows` times, parameters numbered `first`,
/// `first+1`, … after `$`, or bare `?` where `mark` is `?` (see [`mark`]).
pub(super) fn rows_of(mark: char, template: &str, rows: usize, first: usize) -> String {
    let per_row = template.matches('?').count();
    let mut out = String::with_capacity((template.len() + 8 * per_row) * rows);
    let mut n = first;
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        for c in template.chars() {
            if c == '?' {
                out.push(mark);
                if mark != '?' {
                    out.push_str(&n.to_string());
                }
                n += 1;
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// Takes an exclusive lock on `<db>.open.lock`, released when the file is dropped.
async fn open_lock(db: &std::path::Path) -> Result<std::fs::File, StoreError> {
    let mut name = db.as_os_str().to_owned();
    name.push(".open.lock");
    let path = std::path::PathBuf::from(name);
    let io = |e: std::io::Error| StoreError::Database(sqlx::Error::Io(e));
    tokio::task::spawn_blocking(move || {
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        file.lock()?;
        Ok::<_, std::io::Error>(file)
    })
    .await
    .map_err(|e| io(std::io::Error::other(e)))?
    .map_err(io)
}

fn id_list(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

#[async_trait]
impl Store for SqlStore {
    async fn claim(&self, r: NewReceipt, owner: &str) -> Result<ReceiptId, StoreError> {
        let mut tx = self.write_tx().await?;
        let id = claim_in(&mut tx, &r, owner).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn claim_many(
        &self,
        receipts: &[NewReceipt],
        owner: &str,
    ) -> Result<Vec<ReceiptId>, StoreError> {
        let mut tx = self.write_tx().await?;
        let claimed = claims::insert_receipts(&mut tx, receipts, owner).await?;
        let events: Vec<PendingEvent> = claimed
            .iter()
            .map(|(id, d)| (None, Some(*id), "received", d))
            .collect();
        insert_events(&mut tx, &events).await?;
        tx.commit().await?;
        Ok(claimed.into_iter().map(|(id, _)| id).collect())
    }

    async fn abandon_claim(&self, id: ReceiptId) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM events WHERE receipt_id = $1 AND document_id IS NULL")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM chain_heads WHERE chain = $1")
            .bind(integrity::chain_of(Some(id.0), None))
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM mailbox_messages WHERE receipt_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM uploads WHERE receipt_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM receipts WHERE id = $1 AND state = 'claimed'")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn receipt(&self, id: ReceiptId) -> Result<Option<Receipt>, StoreError> {
        sqlx::query("SELECT * FROM receipts WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(receipt_from)
            .transpose()
    }

    async fn claimed_receipts(&self) -> Result<Vec<Receipt>, StoreError> {
        sqlx::query("SELECT * FROM receipts WHERE state = 'claimed' ORDER BY id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(receipt_from)
            .collect()
    }

    async fn receipts_by_ids(&self, ids: &[ReceiptId]) -> Result<Vec<Receipt>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Ids are integers we produced, so inlining them is safe.
        let sql = format!(
            "SELECT * FROM receipts WHERE id IN ({}) ORDER BY id",
            id_list(ids.iter().map(|i| i.0))
        );
        sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(receipt_from)
            .collect()
    }

    async fn take_over(
        &self,
        id: ReceiptId,
        from: Option<&str>,
        to: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE receipts SET owner = $1, worker = NULL, attempts = attempts + 1,
                 updated_at = $2
             WHERE id = $3 AND state = 'claimed' AND owner IS NOT DISTINCT FROM $4",
        )
        .bind(to)
        .bind(format_utc(now()))
        .bind(id.0)
        .bind(from)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    async fn start_work(&self, id: ReceiptId, worker: &str) -> Result<bool, StoreError> {
        self.start_work_in(id, worker).await
    }

    async fn take_unstarted(
        &self,
        to: &str,
        pipelines: &[String],
        before: Timestamp,
        limit: usize,
    ) -> Result<Vec<Receipt>, StoreError> {
        self.take_unstarted_in(to, pipelines, before, limit).await
    }

    async fn set_content(
        &self,
        id: ReceiptId,
        size: u64,
        sha256: Sha256,
        media_type: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        filing::set_content_in(&mut conn, id, size, sha256, media_type).await
    }

    async fn receipt_event(
        &self,
        id: ReceiptId,
        kind: &str,
        detail: serde_json::Value,
    ) -> Result<(), StoreError> {
        let doc: Option<i64> = sqlx::query("SELECT document_id FROM receipts WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .and_then(|r| r.try_get("document_id").ok().flatten());
        let mut tx = self.write_tx().await?;
        insert_event(&mut tx, doc.map(DocumentId), Some(id), kind, &detail).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn mark_vanished(&self, id: ReceiptId, why: &str) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE receipts SET state = 'vanished', owner = NULL, reason = $1, updated_at = $2 WHERE id = $3")
            .bind(why)
            .bind(format_utc(now()))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        insert_event(
            &mut tx,
            None,
            Some(id),
            "vanished",
            &json!({ "reason": why }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn document_by_sha(&self, sha256: Sha256) -> Result<Option<DocumentId>, StoreError> {
        Ok(sqlx::query("SELECT id FROM documents WHERE sha256 = $1")
            .bind(sha256.to_hex())
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get::<i64, _>("id").map(DocumentId))
            .transpose()?)
    }

    async fn file_document(
        &self,
        receipt: ReceiptId,
        doc: NewDocument,
    ) -> Result<FileOutcome, StoreError> {
        let mut tx = self.write_tx().await?;
        let outcome = filing::file_document_in(&mut tx, receipt, &doc).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    async fn record_duplicate(
        &self,
        receipt: ReceiptId,
        document: DocumentId,
    ) -> Result<FileOutcome, StoreError> {
        let mut tx = self.write_tx().await?;
        let outcome = filing::record_duplicate_in(&mut tx, receipt, document).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    async fn file_batch(
        &self,
        requests: &[FilingRequest],
    ) -> Result<Vec<Result<FilingOutcome, StoreError>>, StoreError> {
        self.file_batch_tx(requests).await
    }

    async fn file_consignment(
        &self,
        receipt: ReceiptId,
        consignment: NewConsignment,
    ) -> Result<ConsignmentOutcome, StoreError> {
        let mut tx = self.write_tx().await?;
        let outcome = consignments::file_consignment_in(&mut tx, receipt, &consignment).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    async fn consignment(
        &self,
        id: ConsignmentId,
    ) -> Result<Option<ConsignmentRecord>, StoreError> {
        self.consignment_by_id(id).await
    }

    async fn consignments_of(
        &self,
        document: DocumentId,
    ) -> Result<Vec<ConsignmentRecord>, StoreError> {
        self.consignments_of_document(document).await
    }

    async fn claim_message(
        &self,
        receipt: NewReceipt,
        owner: &str,
        key: &MailboxKey,
        sha256: Sha256,
    ) -> Result<ReceiptId, StoreError> {
        self.claim_message_tx(receipt, owner, key, sha256).await
    }

    async fn mailbox_messages(
        &self,
        pipeline: &str,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<MailboxMessage>, StoreError> {
        self.mailbox_messages_of(pipeline, folder, uidvalidity)
            .await
    }

    async fn mailbox_message_by_sha(
        &self,
        pipeline: &str,
        folder: &str,
        sha256: Sha256,
    ) -> Result<Option<MailboxMessage>, StoreError> {
        self.mailbox_by_sha(pipeline, folder, sha256).await
    }

    async fn record_mailbox_message(
        &self,
        key: &MailboxKey,
        sha256: Sha256,
        receipt: Option<ReceiptId>,
        state: &str,
    ) -> Result<(), StoreError> {
        self.record_mailbox(key, sha256, receipt, state).await
    }

    async fn route_document(
        &self,
        document: DocumentId,
        routing: NewRouting,
    ) -> Result<(), StoreError> {
        self.route_document_tx(document, routing).await
    }

    async fn routings(&self, document: DocumentId) -> Result<Vec<RoutingRecord>, StoreError> {
        self.routings_of(document).await
    }

    async fn fields(&self, document: DocumentId) -> Result<Vec<crate::extract::Field>, StoreError> {
        self.fields_of_document(document).await
    }

    async fn invoice(
        &self,
        document: DocumentId,
    ) -> Result<Option<crate::model::Invoice>, StoreError> {
        invoices::invoice_of(&self.pool, document).await
    }

    async fn invoices_to_export(
        &self,
        now: crate::model::Timestamp,
        limit: u32,
    ) -> Result<Vec<crate::store::InvoiceExport>, StoreError> {
        invoices::due_exports(&self.pool, now, limit).await
    }

    async fn invoice_exported(
        &self,
        document: DocumentId,
        target: Option<&str>,
    ) -> Result<(), StoreError> {
        invoices::exported(&self.pool, document, target).await
    }

    async fn invoice_export_failed(
        &self,
        document: DocumentId,
        error: &str,
        next_at: crate::model::Timestamp,
    ) -> Result<(), StoreError> {
        invoices::export_failed(&self.pool, document, error, next_at).await
    }

    async fn invoice_document(
        &self,
        seller_key: &str,
        number: &str,
    ) -> Result<Option<DocumentId>, StoreError> {
        invoices::invoice_document(&self.pool, seller_key, number).await
    }

    async fn inbox(
        &self,
        department: &str,
        states: &[String],
        current_only: bool,
    ) -> Result<Vec<InboxEntry>, StoreError> {
        self.inbox_of(department, states, current_only).await
    }

    async fn inbox_newest(
        &self,
        departments: Option<&[String]>,
        states: &[String],
        offset: usize,
        limit: usize,
    ) -> Result<Vec<InboxEntry>, StoreError> {
        self.newest_in_inboxes(departments, states, offset, limit)
            .await
    }

    async fn inbox_counts(
        &self,
        departments: Option<&[String]>,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        self.counts_in_inboxes(departments).await
    }

    async fn assignment_state(
        &self,
        document: DocumentId,
        department: &str,
    ) -> Result<Option<String>, StoreError> {
        self.state_in_inbox(document, department).await
    }

    async fn triage(&self) -> Result<Vec<InboxEntry>, StoreError> {
        self.triage_list().await
    }

    async fn set_assignment_state(
        &self,
        document: DocumentId,
        department: &str,
        state: &str,
        by: &str,
    ) -> Result<(), StoreError> {
        self.set_state(document, department, state, by).await
    }

    async fn record_training(
        &self,
        document: DocumentId,
        class: Option<&str>,
        department: Option<&str>,
        kind: &str,
    ) -> Result<Option<(Option<String>, Option<String>)>, StoreError> {
        self.record_training_tx(document, class, department, kind)
            .await
    }

    async fn training_examples(
        &self,
    ) -> Result<Vec<(DocumentId, Option<String>, Option<String>)>, StoreError> {
        self.training_list().await
    }

    async fn unnotified_arrivals(&self) -> Result<Vec<InboxEntry>, StoreError> {
        self.unnotified().await
    }

    async fn queue_notifications(
        &self,
        department: &str,
        documents: &[DocumentId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError> {
        self.queue_notifications_tx(department, documents, deliveries)
            .await
    }

    async fn quarantined_count(&self) -> Result<u64, StoreError> {
        let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM receipts WHERE state = 'quarantined'")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        Ok(n.max(0) as u64)
    }

    async fn unalerted_quarantine(&self) -> Result<Vec<Receipt>, StoreError> {
        self.quarantine_not_alerted().await
    }

    async fn queue_mailroom_alert(
        &self,
        receipts: &[ReceiptId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError> {
        self.queue_alert_tx(receipts, deliveries).await
    }

    async fn pipeline_activity(
        &self,
        since: Timestamp,
    ) -> Result<Vec<PipelineActivity>, StoreError> {
        self.activity_per_pipeline(since).await
    }

    async fn due_notifications(&self, at: Timestamp) -> Result<Vec<Notification>, StoreError> {
        self.due(at).await
    }

    async fn notification_result(
        &self,
        id: i64,
        error: Option<&str>,
        next_attempt: Option<Timestamp>,
    ) -> Result<(), StoreError> {
        self.notification_outcome(id, error, next_attempt).await
    }

    async fn document_ids(&self) -> Result<Vec<DocumentId>, StoreError> {
        self.all_document_ids().await
    }

    async fn event_chains(&self, document: Option<DocumentId>) -> Result<Vec<String>, StoreError> {
        self.chains_of(document).await
    }

    async fn event_chain(&self, chain: &str) -> Result<integrity::EventChain, StoreError> {
        self.chain(chain).await
    }

    async fn quarantine(
        &self,
        receipt: ReceiptId,
        reason_code: &str,
        reason: &str,
        path: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE receipts SET state = 'quarantined', owner = NULL, reason_code = $1, reason = $2,
                 quarantine_path = $3, updated_at = $4, alerted_at = NULL WHERE id = $5",
        )
        .bind(reason_code)
        .bind(reason)
        .bind(path)
        .bind(format_utc(now()))
        .bind(receipt.0)
        .execute(&mut *tx)
        .await?;
        let detail = json!({ "code": reason_code, "reason": reason, "path": path });
        insert_event(&mut tx, None, Some(receipt), "quarantined", &detail).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn quarantined(&self, include_closed: bool) -> Result<Vec<Receipt>, StoreError> {
        let sql = if include_closed {
            "SELECT * FROM receipts WHERE reason_code IS NOT NULL ORDER BY id DESC"
        } else {
            "SELECT * FROM receipts WHERE state = 'quarantined' ORDER BY id DESC"
        };
        sqlx::query(sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(receipt_from)
            .collect()
    }

    async fn retry_quarantined(
        &self,
        id: ReceiptId,
        owner: &str,
        by: &str,
        replaced: Option<&Replacement>,
    ) -> Result<Receipt, StoreError> {
        self.leave_quarantine(
            id,
            ReceiptState::Claimed,
            Some(owner),
            "retried",
            by,
            replaced,
        )
        .await
    }

    async fn discard_quarantined(&self, id: ReceiptId, by: &str) -> Result<Receipt, StoreError> {
        self.leave_quarantine(id, ReceiptState::Discarded, None, "discarded", by, None)
            .await
    }

    async fn document(&self, id: DocumentId) -> Result<Option<DocumentRecord>, StoreError> {
        sqlx::query("SELECT * FROM documents WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(document_from)
            .transpose()
    }

    async fn pages(&self, id: DocumentId) -> Result<Vec<PageRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM pages WHERE document_id = $1 ORDER BY number")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(PageRecord {
                    number: r.try_get::<i64, _>("number")? as u32,
                    text: r.try_get("text")?,
                    text_source: TextSource::parse(&r.try_get::<String, _>("text_source")?),
                    confidence: r.try_get::<Option<f64>, _>("confidence")?.map(|c| c as f32),
                    width: r.try_get::<Option<i64>, _>("width")?.map(|v| v as u32),
                    height: r.try_get::<Option<i64>, _>("height")?.map(|v| v as u32),
                    dpi: r.try_get::<Option<i64>, _>("dpi")?.map(|v| v as u32),
                    words_json: r.try_get("words")?,
                    note: r.try_get("note")?,
                })
            })
            .collect()
    }

    async fn document_events(&self, id: DocumentId) -> Result<Vec<EventRecord>, StoreError> {
        sqlx::query(
            "SELECT * FROM events WHERE document_id = $1
                OR receipt_id IN (SELECT id FROM receipts WHERE document_id = $2)
             ORDER BY id",
        )
        .bind(id.0)
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(event_from)
        .collect()
    }

    async fn receipt_events(&self, id: ReceiptId) -> Result<Vec<EventRecord>, StoreError> {
        sqlx::query("SELECT * FROM events WHERE receipt_id = $1 ORDER BY id")
            .bind(id.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(event_from)
            .collect()
    }

    async fn counts(&self) -> Result<StatusCounts, StoreError> {
        let docs = sqlx::query(
            "SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE indexed_at IS NULL) AS unindexed,
                    COUNT(*) FILTER (WHERE routing_id IS NOT NULL AND department IS NULL) AS triage FROM documents",
        )
        .fetch_one(&self.pool)
        .await?;
        let receipts = sqlx::query(
            "SELECT COUNT(*) AS n,
                    COUNT(*) FILTER (WHERE state = 'claimed') AS claimed,
                    COUNT(*) FILTER (WHERE state = 'quarantined') AS quarantined,
                    COUNT(*) FILTER (WHERE state = 'duplicate') AS duplicates,
                    MAX(received_at) AS last
             FROM receipts",
        )
        .fetch_one(&self.pool)
        .await?;
        let notes = sqlx::query(
            "SELECT COUNT(*) AS pending, COUNT(*) FILTER (WHERE last_error IS NOT NULL) AS failing
             FROM notifications WHERE sent_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        let invoices = sqlx::query(
            "SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE passed = 0) AS failed,
                    COUNT(*) FILTER (WHERE exported_at IS NULL) AS pending,
                    COUNT(*) FILTER (WHERE exported_at IS NULL AND export_error IS NOT NULL) AS failing
             FROM invoices",
        )
        .fetch_one(&self.pool)
        .await?;
        let per_department = sqlx::query(
            "SELECT department, COUNT(*) AS n FROM assignments
             WHERE state IN ('neu', 'in_bearbeitung') GROUP BY department ORDER BY department",
        )
        .fetch_all(&self.pool)
        .await?;
        let n = |row: &AnyRow, col: &str| -> Result<u64, StoreError> {
            Ok(row.try_get::<Option<i64>, _>(col)?.unwrap_or(0) as u64)
        };
        Ok(StatusCounts {
            notifications_pending: n(&notes, "pending")?,
            notifications_failing: n(&notes, "failing")?,
            invoices: n(&invoices, "n")?,
            invoices_failed: n(&invoices, "failed")?,
            invoice_exports_pending: n(&invoices, "pending")?,
            invoice_exports_failing: n(&invoices, "failing")?,
            open_by_department: per_department
                .iter()
                .map(|r| Ok((r.try_get("department")?, n(r, "n")?)))
                .collect::<Result<_, StoreError>>()?,
            documents: n(&docs, "n")?,
            unindexed: n(&docs, "unindexed")?,
            triage: n(&docs, "triage")?,
            receipts: n(&receipts, "n")?,
            in_progress: n(&receipts, "claimed")?,
            quarantined: n(&receipts, "quarantined")?,
            duplicates: n(&receipts, "duplicates")?,
            last_received_at: opt_ts(&receipts, "last")?,
        })
    }

    async fn receipt_counts(&self) -> Result<Vec<(String, String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT pipeline, state, COUNT(*) AS n FROM receipts GROUP BY pipeline, state
             ORDER BY pipeline, state",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("pipeline")?,
                    r.try_get("state")?,
                    r.try_get::<i64, _>("n")? as u64,
                ))
            })
            .collect()
    }

    async fn unindexed(&self, limit: usize) -> Result<Vec<DocumentId>, StoreError> {
        let rows =
            sqlx::query("SELECT id FROM documents WHERE indexed_at IS NULL ORDER BY id LIMIT $1")
                .bind(limit as i64)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| Ok(DocumentId(r.try_get("id")?)))
            .collect()
    }

    async fn texts_for_index(&self, ids: &[DocumentId]) -> Result<Vec<DocumentText>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = id_list(ids.iter().map(|i| i.0));
        let sql = format!(
            "SELECT d.id, d.pipeline, d.channel, d.original_filename, d.received_at, d.page_count,
                    COALESCE((SELECT string_agg(p.text, $1 ORDER BY p.number) FROM pages p
                        WHERE p.document_id = d.id), '') AS text,
                    (SELECT c.mailbox FROM consignment_documents cd
                        JOIN consignments c ON c.id = cd.consignment_id
                        WHERE cd.document_id = d.id AND c.mailbox IS NOT NULL
                        ORDER BY c.id LIMIT 1) AS mailbox,
                    d.department, d.class, d.tags, d.routing_id,
                    (SELECT string_agg(f.name || '=' || f.value, $2) FROM fields f
                        WHERE f.document_id = d.id) AS field_values
             FROM documents d WHERE d.id IN ({list}) ORDER BY d.id"
        );
        // Page and field separators as parameters: SQLite spells the characters char(12),
        // PostgreSQL chr(12).
        let rows = sqlx::query(&sql)
            .bind("\u{c}")
            .bind("\u{1f}")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(DocumentText {
                    id: DocumentId(r.try_get("id")?),
                    pipeline: r.try_get("pipeline")?,
                    channel: r.try_get("channel")?,
                    original_filename: r.try_get("original_filename")?,
                    received_at: ts(r, "received_at")?,
                    page_count: r.try_get::<i64, _>("page_count")? as u32,
                    text: r.try_get("text")?,
                    mailbox: r.try_get("mailbox")?,
                    department: r.try_get("department")?,
                    class: r.try_get("class")?,
                    tags: r
                        .try_get::<Option<String>, _>("tags")?
                        .and_then(|t| serde_json::from_str(&t).ok())
                        .unwrap_or_default(),
                    fields: r
                        .try_get::<Option<String>, _>("field_values")?
                        .map(|v| v.split('\u{1f}').map(str::to_string).collect())
                        .unwrap_or_default(),
                    routing: r.try_get("routing_id")?,
                })
            })
            .collect()
    }

    async fn mark_indexed(&self, docs: &[IndexedAs]) -> Result<(), StoreError> {
        if docs.is_empty() {
            return Ok(());
        }
        let stamp = format_utc(now());
        let mut tx = self.write_tx().await?;
        // Ids are integers we produced, so inlining them is safe; the text changes with the
        // ids, so it is not kept prepared (it would push out statements used again). Read
        // and written in one write transaction: no re-routing comes in between.
        let current: Vec<(i64, Option<i64>)> = sqlx::query(&format!(
            "SELECT id, routing_id FROM documents WHERE id IN ({}) AND indexed_at IS NULL",
            id_list(docs.iter().map(|d| d.id.0))
        ))
        .persistent(false)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("routing_id")?)))
        .collect::<Result<_, StoreError>>()?;
        let indexed: std::collections::HashSet<IndexedAs> = docs.iter().copied().collect();
        let ids: Vec<i64> = current
            .into_iter()
            .filter(|(id, routing)| {
                indexed.contains(&IndexedAs {
                    id: DocumentId(*id),
                    routing: *routing,
                })
            })
            .map(|(id, _)| id)
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "UPDATE documents SET indexed_at = $1 WHERE id IN ({}) AND indexed_at IS NULL
             RETURNING id",
            id_list(ids.into_iter())
        );
        let mut changed: Vec<i64> = sqlx::query(&sql)
            .persistent(false)
            .bind(&stamp)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| r.try_get("id"))
            .collect::<Result<_, _>>()?;
        changed.sort_unstable();
        let detail = json!({});
        let events: Vec<PendingEvent> = changed
            .iter()
            .map(|id| (Some(DocumentId(*id)), None, "indexed", &detail))
            .collect();
        insert_events(&mut tx, &events).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn reset_indexed(&self) -> Result<u64, StoreError> {
        Ok(sqlx::query("UPDATE documents SET indexed_at = NULL")
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    async fn reset_indexed_since(&self, since: Timestamp) -> Result<u64, StoreError> {
        // The storage form sorts as time does.
        Ok(
            sqlx::query("UPDATE documents SET indexed_at = NULL WHERE indexed_at >= $1")
                .bind(format_utc(since))
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }
}

mod accounts;
mod alerts;
mod chain;
mod claims;
mod consignments;
mod daemons;
mod events;
mod filing;
mod group_filing;
mod inbox;
mod inserts;
mod invoices;
mod mailbox;
mod mbox;
mod migrate;
pub use migrate::CopyReport;
mod routing;
mod rows;
#[cfg(test)]
pub(crate) mod tests;
mod uploads;
mod work;

// What the submodules share: row mapping, event appends, receipts and documents written in a
// transaction (each submodule reaches them through `super::`).
use events::*;
use inserts::*;
use rows::*;
