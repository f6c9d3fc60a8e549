//! Inbox lists for people: the newest entries of several departments and counts per state,
//! bounded however large the inboxes grow (the web interface's Posteingang).

use sqlx::Row;

use super::routing::{inbox_from, SUBJECT_AND_SENDER};
use super::SqlStore;
use crate::model::{DocumentId, InboxEntry};
use crate::store::StoreError;

/// SQL text and its text parameters, numbered as they are added.
#[derive(Default)]
struct Filter {
    sql: String,
    binds: Vec<String>,
}

impl Filter {
    /// ` AND <column> IN ($n, …)`; an empty list matches nothing.
    fn any_of(&mut self, column: &str, values: &[String]) {
        if values.is_empty() {
            self.sql.push_str(" AND 1 = 0");
            return;
        }
        let first = self.binds.len() + 1;
        self.sql.push_str(&format!(
            " AND {column} IN ({})",
            super::rows_of('$', "?", values.len(), first)
        ));
        self.binds.extend(values.iter().cloned());
    }

    /// `AND a.department IN (…)` for `departments` (nothing for every department), and only
    /// where the document still is in that department: an entry left behind when a document
    /// was forwarded elsewhere shows a document that is no longer the department's.
    fn departments(&mut self, departments: Option<&[String]>) {
        if let Some(list) = departments {
            self.sql.push_str(" AND d.department = a.department");
            self.any_of("a.department", list);
        }
    }
}

impl SqlStore {
    pub(super) async fn newest_in_inboxes(
        &self,
        departments: Option<&[String]>,
        states: &[String],
        offset: usize,
        limit: usize,
    ) -> Result<Vec<InboxEntry>, StoreError> {
        let mut filter = Filter::default();
        filter.departments(departments);
        if !states.is_empty() {
            filter.any_of("a.state", states);
        }
        let n = filter.binds.len();
        // The page is chosen on the bare join first; subject and sender (subqueries) are
        // looked up for its rows only, not for every entry of a large inbox before sorting.
        let sql = format!(
            "SELECT d.id, p.department, p.state, p.assigned_at, d.received_at, d.original_filename,
                    d.pipeline, d.channel, d.class, d.priority, d.deadline, {SUBJECT_AND_SENDER}
             FROM (SELECT a.document_id, a.department, a.state, a.assigned_at, d.received_at
                   FROM assignments a JOIN documents d ON d.id = a.document_id WHERE 1 = 1{}
                   ORDER BY d.received_at DESC, d.id DESC, a.department LIMIT ${} OFFSET ${}
             ) p JOIN documents d ON d.id = p.document_id
             ORDER BY d.received_at DESC, d.id DESC, p.department",
            filter.sql,
            n + 1,
            n + 2
        );
        let mut q = sqlx::query(&sql);
        for b in &filter.binds {
            q = q.bind(b.as_str());
        }
        let rows = q
            .bind(limit as i64)
            .bind(offset as i64)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(inbox_from).collect()
    }

    pub(super) async fn counts_in_inboxes(
        &self,
        departments: Option<&[String]>,
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let mut filter = Filter::default();
        filter.departments(departments);
        let sql = format!(
            "SELECT a.state, COUNT(*) AS n
             FROM assignments a JOIN documents d ON d.id = a.document_id WHERE 1 = 1{}
             GROUP BY a.state ORDER BY a.state",
            filter.sql
        );
        let mut q = sqlx::query(&sql);
        for b in &filter.binds {
            q = q.bind(b.as_str());
        }
        let rows = q.fetch_all(&self.pool).await?;
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
            sqlx::query("SELECT state FROM assignments WHERE document_id = $1 AND department = $2")
                .bind(document.0)
                .bind(department)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| r.try_get("state")).transpose()?)
    }
}
