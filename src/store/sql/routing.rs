//! Routing decisions, department inboxes, training examples and the notification outbox.

use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::{insert_event, opt_ts, ts, BindFloat, BindText, SqlStore};
use crate::extract::Field;
use crate::model::*;
use crate::model::{format_utc, now, DocumentId, Timestamp};
use crate::store::records::*;
use crate::store::StoreError;

/// The inbox states a department works through.
pub const STATES: &[&str] = &["neu", "in_bearbeitung", "erledigt", "weitergeleitet"];

/// Stores `r` as the document's current routing: a history row, the document's columns, its
/// department's inbox (and `weitergeleitet` for the one it leaves), and an event. The document
/// is marked for re-indexing so search filters follow.
pub(super) async fn apply_routing(
    tx: &mut AnyConnection,
    document: DocumentId,
    r: &NewRouting,
) -> Result<i64, StoreError> {
    let (id, kind, detail) = apply_routing_quietly(tx, document, r, false).await?;
    insert_event(&mut *tx, Some(document), None, kind, &detail).await?;
    Ok(id)
}

/// [`apply_routing`] without writing its event, which is returned (kind, detail) for the
/// caller to append with others. `new_document`: it has no inbox entries to forward yet.
pub(super) async fn apply_routing_quietly(
    tx: &mut AnyConnection,
    document: DocumentId,
    r: &NewRouting,
    new_document: bool,
) -> Result<(i64, &'static str, serde_json::Value), StoreError> {
    let stamp = format_utc(now());
    let tags = serde_json::to_string(&r.tags).unwrap_or_else(|_| "[]".into());
    let id: i64 = sqlx::query(
        "INSERT INTO routings (document_id, decided_at, source, department, class,
             class_confidence, department_confidence, tags, priority, deadline, rules_version,
             explanation, decided_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(document.0)
    .bind(&stamp)
    .bind(&r.source)
    .bind(&r.department)
    .bind(&r.class)
    .bind_float(r.class_confidence)
    .bind_float(r.department_confidence)
    .bind(&tags)
    .bind(&r.priority)
    .bind(&r.deadline)
    .bind(&r.rules_version)
    .bind(r.explanation.to_stored())
    .bind(&r.decided_by)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    sqlx::query(
        "UPDATE documents SET routing_id = $1, department = $2, class = $3, priority = $4,
             deadline = $5, tags = $6, indexed_at = NULL WHERE id = $7",
    )
    .bind(id)
    .bind(&r.department)
    .bind(&r.class)
    .bind(&r.priority)
    .bind(&r.deadline)
    .bind(&tags)
    .bind(document.0)
    .execute(&mut *tx)
    .await?;
    if !new_document {
        sqlx::query(
            "UPDATE assignments SET state = 'weitergeleitet', updated_at = $1
             WHERE document_id = $2 AND department IS DISTINCT FROM $3 AND state IN ('neu', 'in_bearbeitung')",
        )
        .bind(&stamp)
        .bind(document.0)
        .bind(&r.department)
        .execute(&mut *tx)
        .await?;
    }
    if let Some(d) = &r.department {
        sqlx::query(
            "INSERT INTO assignments (document_id, department, state, assigned_at, updated_at)
             VALUES ($1, $2, 'neu', $3, $4)
             ON CONFLICT (document_id, department) DO UPDATE SET
                 state = 'neu', updated_at = excluded.updated_at, notified_at = NULL
             WHERE assignments.state IN ('erledigt', 'weitergeleitet')",
        )
        .bind(document.0)
        .bind(d)
        .bind(&stamp)
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
    }
    let (kind, detail) = routing_event(r);
    Ok((id, kind, detail))
}

/// The event recording decision `r`: its kind (`routed` or `triage`) and detail.
pub(super) fn routing_event(r: &NewRouting) -> (&'static str, serde_json::Value) {
    let rule = &r.explanation.rule;
    let detail = json!({
        "source": r.source, "department": r.department, "class": r.class,
        "rule": rule, "by": r.decided_by,
    });
    let kind = if r.department.is_some() {
        "routed"
    } else {
        "triage"
    };
    (kind, detail)
}

pub(super) async fn insert_fields(
    tx: &mut AnyConnection,
    document: DocumentId,
    fields: &[Field],
) -> Result<(), StoreError> {
    // Many rows per statement: a letter has a dozen fields, filed by the hundred.
    for chunk in fields.chunks(100) {
        let sql = format!(
            "INSERT INTO fields (document_id, name, value, page, start, \"end\", raw) VALUES {}",
            super::rows_of(super::mark(tx), "(?, ?, ?, ?, ?, ?, ?)", chunk.len(), 1)
        );
        let mut q = sqlx::query(&sql);
        for f in chunk {
            q = q
                .bind(document.0)
                .bind(&f.name)
                .bind_text(&f.value)
                .bind(f.page as i64)
                .bind(f.start as i64)
                .bind(f.end as i64)
                .bind_text(&f.raw);
        }
        q.execute(&mut *tx).await?;
    }
    Ok(())
}

fn routing_from(row: &AnyRow) -> Result<RoutingRecord, StoreError> {
    let tags: String = row.try_get("tags")?;
    let explanation: String = row.try_get("explanation")?;
    Ok(RoutingRecord {
        id: row.try_get("id")?,
        document_id: DocumentId(row.try_get("document_id")?),
        decided_at: ts(row, "decided_at")?,
        routing: NewRouting {
            source: row.try_get("source")?,
            department: row.try_get("department")?,
            class: row.try_get("class")?,
            class_confidence: row.try_get("class_confidence")?,
            department_confidence: row.try_get("department_confidence")?,
            tags: serde_json::from_str(&tags).unwrap_or_default(),
            priority: row.try_get("priority")?,
            deadline: row.try_get("deadline")?,
            rules_version: row.try_get("rules_version")?,
            explanation: Explanation::from_stored(&explanation),
            decided_by: row.try_get("decided_by")?,
        },
    })
}

pub(super) fn inbox_from(row: &AnyRow) -> Result<InboxEntry, StoreError> {
    Ok(InboxEntry {
        document_id: DocumentId(row.try_get("id")?),
        department: row.try_get("department")?,
        state: row.try_get("state")?,
        assigned_at: opt_ts(row, "assigned_at")?,
        received_at: ts(row, "received_at")?,
        original_filename: row.try_get("original_filename")?,
        pipeline: row.try_get("pipeline")?,
        channel: row.try_get("channel")?,
        class: row.try_get("class")?,
        priority: row.try_get("priority")?,
        deadline: row.try_get("deadline")?,
        subject: row.try_get("subject")?,
        sender: row.try_get("sender")?,
    })
}

/// The subject and sender fields of document `d` (the first on the page, as `show` lists
/// them), for inbox lists. Every list sorts to a unique key: PostgreSQL returns ties in any
/// order, SQLite in insertion order.
pub(super) const SUBJECT_AND_SENDER: &str =
    "(SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'subject'
        ORDER BY f.page, f.start LIMIT 1) AS subject,
     (SELECT value FROM fields f WHERE f.document_id = d.id AND f.name = 'sender'
        ORDER BY f.page, f.start LIMIT 1) AS sender";

impl SqlStore {
    pub(super) async fn route_document_tx(
        &self,
        document: DocumentId,
        r: NewRouting,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let exists: Option<i64> = sqlx::query("SELECT id FROM documents WHERE id = $1")
            .bind(document.0)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get("id"))
            .transpose()?;
        if exists.is_none() {
            return Err(StoreError::NotFound(format!("no document {document}")));
        }
        apply_routing(&mut tx, document, &r).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn routings_of(
        &self,
        document: DocumentId,
    ) -> Result<Vec<RoutingRecord>, StoreError> {
        sqlx::query("SELECT * FROM routings WHERE document_id = $1 ORDER BY id")
            .bind(document.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(routing_from)
            .collect()
    }

    pub(super) async fn fields_of_document(
        &self,
        document: DocumentId,
    ) -> Result<Vec<Field>, StoreError> {
        let rows = sqlx::query(
            "SELECT * FROM fields WHERE document_id = $1 ORDER BY page, start, \"end\", name",
        )
        .bind(document.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Field {
                    name: r.try_get("name")?,
                    value: r.try_get("value")?,
                    page: r.try_get::<i64, _>("page")? as u32,
                    start: r.try_get::<i64, _>("start")? as usize,
                    end: r.try_get::<i64, _>("end")? as usize,
                    raw: r.try_get("raw")?,
                })
            })
            .collect()
    }

    pub(super) async fn inbox_of(
        &self,
        department: &str,
        states: &[String],
        current_only: bool,
    ) -> Result<Vec<InboxEntry>, StoreError> {
        let current = if current_only {
            "AND d.department = a.department"
        } else {
            ""
        };
        let sql = format!(
            "SELECT d.id, a.department, a.state, a.assigned_at, d.received_at, d.original_filename,
                    d.pipeline, d.channel, d.class, d.priority, d.deadline, {SUBJECT_AND_SENDER}
             FROM assignments a JOIN documents d ON d.id = a.document_id
             WHERE a.department = $1 {current} ORDER BY d.deadline IS NULL, d.deadline, a.assigned_at, d.id"
        );
        let rows = sqlx::query(&sql)
            .bind(department)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(inbox_from)
            .filter(|e| match e {
                Ok(e) => states.is_empty() || states.contains(&e.state),
                Err(_) => true,
            })
            .collect()
    }

    pub(super) async fn triage_list(&self) -> Result<Vec<InboxEntry>, StoreError> {
        let sql = format!(
            "SELECT d.id, NULL AS department, 'triage' AS state, NULL AS assigned_at,
                    d.received_at, d.original_filename, d.pipeline, d.channel, d.class,
                    d.priority, d.deadline, {SUBJECT_AND_SENDER}
             FROM documents d WHERE d.routing_id IS NOT NULL AND d.department IS NULL
             ORDER BY d.received_at, d.id"
        );
        sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(inbox_from)
            .collect()
    }

    pub(super) async fn set_state(
        &self,
        document: DocumentId,
        department: &str,
        state: &str,
        by: &str,
    ) -> Result<(), StoreError> {
        if !STATES.contains(&state) {
            return Err(StoreError::Conflict(format!(
                "{state:?} is not a state; states are {}",
                STATES.join(", ")
            )));
        }
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE assignments SET state = $1, updated_at = $2 WHERE document_id = $3 AND department = $4",
        )
        .bind(state)
        .bind(format_utc(now()))
        .bind(document.0)
        .bind(department)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!(
                "document {document} is not in the inbox of {department}"
            )));
        }
        insert_event(
            &mut tx,
            Some(document),
            None,
            "state",
            &json!({ "department": department, "state": state, "by": by }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn record_training_tx(
        &self,
        document: DocumentId,
        class: Option<&str>,
        department: Option<&str>,
        kind: &str,
    ) -> Result<Option<(Option<String>, Option<String>)>, StoreError> {
        let mut tx = self.write_tx().await?;
        let previous = sqlx::query("SELECT class, department FROM training WHERE document_id = $1")
            .bind(document.0)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| Ok::<_, sqlx::Error>((r.try_get("class")?, r.try_get("department")?)))
            .transpose()?;
        sqlx::query(
            "INSERT INTO training (document_id, class, department, kind, at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (document_id) DO UPDATE SET class = excluded.class,
                 department = excluded.department, kind = excluded.kind, at = excluded.at",
        )
        .bind(document.0)
        .bind(class)
        .bind(department)
        .bind(kind)
        .bind(format_utc(now()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(previous)
    }

    pub(super) async fn training_list(
        &self,
    ) -> Result<Vec<(DocumentId, Option<String>, Option<String>)>, StoreError> {
        let rows = sqlx::query("SELECT document_id, class, department FROM training ORDER BY at")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    DocumentId(r.try_get("document_id")?),
                    r.try_get("class")?,
                    r.try_get("department")?,
                ))
            })
            .collect()
    }

    pub(super) async fn unnotified(&self) -> Result<Vec<InboxEntry>, StoreError> {
        let sql = format!(
            "SELECT d.id, a.department, a.state, a.assigned_at, d.received_at, d.original_filename,
                    d.pipeline, d.channel, d.class, d.priority, d.deadline, {SUBJECT_AND_SENDER}
             FROM assignments a JOIN documents d ON d.id = a.document_id
             WHERE a.notified_at IS NULL ORDER BY a.department, a.assigned_at, d.id"
        );
        sqlx::query(&sql)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(inbox_from)
            .collect()
    }

    pub(super) async fn queue_notifications_tx(
        &self,
        department: &str,
        documents: &[DocumentId],
        deliveries: &[(String, String, serde_json::Value)],
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let stamp = format_utc(now());
        insert_notifications(&mut tx, department, deliveries, &stamp).await?;
        // Ids are integers we produced, so inlining them is safe; one statement per chunk,
        // not kept prepared (its text changes with the ids).
        for chunk in documents.chunks(1000) {
            let sql = format!(
                "UPDATE assignments SET notified_at = $1
                 WHERE department = $2 AND document_id IN ({})",
                super::id_list(chunk.iter().map(|d| d.0))
            );
            sqlx::query(&sql)
                .persistent(false)
                .bind(&stamp)
                .bind(department)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn due(&self, at: Timestamp) -> Result<Vec<Notification>, StoreError> {
        let rows = sqlx::query(
            "SELECT * FROM notifications WHERE sent_at IS NULL AND next_attempt_at <= $1
             ORDER BY id LIMIT 100",
        )
        .bind(format_utc(at))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let payload: String = r.try_get("payload")?;
                Ok(Notification {
                    id: r.try_get("id")?,
                    department: r.try_get("department")?,
                    kind: r.try_get("kind")?,
                    target: r.try_get("target")?,
                    payload: serde_json::from_str(&payload).unwrap_or_default(),
                    attempts: r.try_get::<i64, _>("attempts")? as u32,
                })
            })
            .collect()
    }

    pub(super) async fn notification_outcome(
        &self,
        id: i64,
        error: Option<&str>,
        next_attempt: Option<Timestamp>,
    ) -> Result<(), StoreError> {
        let stamp = format_utc(now());
        match error {
            None => sqlx::query("UPDATE notifications SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2")
                .bind(&stamp)
                .bind(id)
                .execute(&self.pool)
                .await?,
            Some(e) => sqlx::query(
                "UPDATE notifications SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3",
            )
            .bind(e)
            .bind(format_utc(next_attempt.unwrap_or_else(now)))
            .bind(id)
            .execute(&self.pool)
            .await?,
        };
        Ok(())
    }

    pub(super) async fn all_document_ids(&self) -> Result<Vec<DocumentId>, StoreError> {
        let rows = sqlx::query("SELECT id FROM documents ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok(DocumentId(r.try_get("id")?)))
            .collect()
    }
}

/// Puts notifications (kind, target, payload) for `department` into the outbox, due now.
pub(super) async fn insert_notifications(
    tx: &mut AnyConnection,
    department: &str,
    deliveries: &[(String, String, serde_json::Value)],
    stamp: &str,
) -> Result<(), StoreError> {
    for (kind, target, payload) in deliveries {
        sqlx::query(
            "INSERT INTO notifications (department, kind, target, payload, created_at, next_attempt_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(department)
        .bind(kind)
        .bind(target)
        .bind(payload.to_string())
        .bind(stamp)
        .bind(stamp)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
