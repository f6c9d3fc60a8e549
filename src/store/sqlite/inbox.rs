//! Inbox lists for people: the newest entries of several departments and counts per state,
//! bounded however large the inboxes grow (the web interface's Posteingang).

use sqlx::{QueryBuilder, Row, Sqlite};

use super::routing::{inbox_from, SUBJECT_AND_SENDER};
use super::SqliteStore;
use crate::model::{DocumentId, InboxEntry};
use crate::store::StoreError;

/// `AND a.department IN (…)` for `departments` (nothing for every department), and only
/// where the document still is in that department: an entry left behind when a document
/// was forwarded elsewhere shows a document that is no longer the department's.
fn departments_filter(q: &mut QueryBuilder<'_, Sqlite>, departments: Option<&[String]>) {
    if let Some(list) = departments {
        q.push(" AND d.department = a.department AND a.department IN (");
        let mut sep = q.separated(", ");
        for d in list {
            sep.push_bind(d.clone());
        }
        // An empty list matches nothing (`IN ()` is valid in SQLite).
        q.push(")");
    }
}

impl SqliteStore {
    pub(super) async fn newest_in_inboxes(
        &self,
        departments: Option<&[String]>,
        states: &[String],
        offset: usize,
        limit: usize,
    ) -> Result<Vec<InboxEntry>, StoreError> {
        // The page is chosen on the bare join first; subject and sender (subqueries) are
        // looked up for its rows only, not for every entry of a large inbox before sorting.
        let mut q = QueryBuilder::<Sqlite>::new(format!(
            "SELECT d.id, p.department, p.state, p.assigned_at, d.received_at, d.original_filename,
                    d.pipeline, d.channel, d.class, d.priority, d.deadline, {SUBJECT_AND_SENDER}
             FROM (SELECT a.document_id, a.department, a.state, a.assigned_at, d.received_at
                   FROM assignments a JOIN documents d ON d.id = a.document_id WHERE 1 = 1"
        ));
        departments_filter(&mut q, departments);
        if !states.is_empty() {
            q.push(" AND a.state IN (");
            let mut sep = q.separated(", ");
            for s in states {
                sep.push_bind(s.clone());
            }
            q.push(")");
        }
        q.push(" ORDER BY d.received_at DESC, d.id DESC LIMIT ");
        q.push_bind(limit as i64);
        q.push(" OFFSET ");
        q.push_bind(offset as i64);
        q.push(
            ") p JOIN documents d ON d.id = p.document_id
             ORDER BY d.received_at DESC, d.id DESC",
        );
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter().map(inbox_from).collect()
    }

    pub(super) async fn counts_in_inboxes(
        &self,
        departments: Option<&[String]>,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let mut q = QueryBuilder::<Sqlite>::new(
            "SELECT a.state, COUNT(*) AS n
             FROM assignments a JOIN documents d ON d.id = a.document_id WHERE 1 = 1",
        );
        departments_filter(&mut q, departments);
        q.push(" GROUP BY a.state ORDER BY a.state");
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| Ok((r.try_get("state")?, r.try_get::<i64, _>("n")? as u64)))
            .collect()
    }

    pub(super) async fn state_in_inbox(
        &self,
        document: DocumentId,
        department: &str,
    ) -> Result<Option<String>, StoreError> {
        let row =
            sqlx::query("SELECT state FROM assignments WHERE document_id = ? AND department = ?")
                .bind(document.0)
                .bind(department)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| r.try_get("state")).transpose()?)
    }
}
