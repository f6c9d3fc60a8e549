//! `migrate-store`: copies every row of one store into an empty PostgreSQL store, ids, event
//! chains and all, in one transaction of the target (all or nothing).

use futures::TryStreamExt;
use sqlx::any::AnyRow;
use sqlx::{Column, Row};

use super::{Backend, BindText, SqlStore};
use crate::store::StoreError;

/// Tables in an order that satisfies their foreign keys, with the columns that point forward
/// (to a table copied later): those are copied empty and filled in at the end.
const TABLES: &[(&str, &[&str])] = &[
    ("receipts", &["document_id"]),
    ("documents", &["routing_id"]),
    ("pages", &[]),
    ("events", &[]),
    ("consignments", &[]),
    ("consignment_documents", &[]),
    ("mailbox_messages", &[]),
    ("fields", &[]),
    ("routings", &[]),
    ("assignments", &[]),
    ("training", &[]),
    ("notifications", &[]),
    ("chain_heads", &[]),
    ("accounts", &[]),
    ("api_tokens", &[]),
    ("sessions", &[]),
    ("uploads", &[]),
    ("invoices", &[]),
];

/// Tables whose `id` is an identity column: its sequence must continue after the copied ids.
const IDENTITY_TABLES: &[&str] = &[
    "receipts",
    "documents",
    "events",
    "consignments",
    "routings",
    "notifications",
    "api_tokens",
];

/// Rows per INSERT.
const BATCH: usize = 200;

/// A column value as it travels between the databases.
#[derive(Clone)]
enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// Rows copied per table, in copy order.
pub type CopyReport = Vec<(String, u64)>;

/// A row's key (`id`) and the forward-pointing values to set once their rows exist.
type Deferred = (Value, Vec<(String, Value)>);

/// After which table a table's forward references can be set.
fn ready_after(table: &str) -> &'static str {
    match table {
        "receipts" => "documents",
        "documents" => "routings",
        _ => "",
    }
}

impl SqlStore {
    /// Copies this store into `target`, which must be an empty PostgreSQL store (freshly
    /// migrated). Returns the rows copied per table.
    pub async fn copy_into(&self, target: &SqlStore) -> Result<CopyReport, StoreError> {
        if target.backend != Backend::Postgres {
            return Err(StoreError::Settings(
                "the target of migrate-store must be a postgres:// database".into(),
            ));
        }
        let existing: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM receipts) + (SELECT COUNT(*) FROM accounts)",
        )
        .fetch_one(&target.pool)
        .await?;
        if existing > 0 {
            return Err(StoreError::Conflict(format!(
                "the target database is not empty ({existing} receipts and accounts): \
                 migrate into a new, empty database"
            )));
        }
        let mut tx = target.write_tx().await?;
        let mut report = Vec::new();
        let mut pending: Vec<(&str, Vec<Deferred>)> = Vec::new();
        for (table, forward) in TABLES {
            let types = column_types(&mut tx, table).await?;
            // In id order: a receipt's parent (`parent_id`) is copied before it.
            let sql = if IDENTITY_TABLES.contains(table) {
                format!("SELECT * FROM {table} ORDER BY id")
            } else {
                format!("SELECT * FROM {table}")
            };
            let mut rows = sqlx::query(&sql).fetch(&self.pool);
            let mut batch: Vec<Vec<(String, Value)>> = Vec::with_capacity(BATCH);
            let mut deferred: Vec<Deferred> = Vec::new();
            let mut n = 0u64;
            while let Some(row) = rows.try_next().await? {
                let mut values = row_values(&row, &types)?;
                let mut sets = Vec::new();
                for (c, v) in values.iter_mut() {
                    if forward.contains(&c.as_str()) && !matches!(v, Value::Null) {
                        sets.push((c.clone(), std::mem::replace(v, Value::Null)));
                    }
                }
                if !sets.is_empty() {
                    let id = values
                        .iter()
                        .find(|(c, _)| c == "id")
                        .map(|(_, v)| v.clone())
                        .unwrap_or(Value::Null);
                    deferred.push((id, sets));
                }
                batch.push(values);
                n += 1;
                if batch.len() == BATCH {
                    insert(&mut tx, table, &types, &batch).await?;
                    batch.clear();
                }
            }
            drop(rows);
            insert(&mut tx, table, &types, &batch).await?;
            report.push((table.to_string(), n));
            pending.push((table, deferred));
            // Forward references go in once the rows they point to are there.
            let (ready, keep): (Vec<_>, Vec<_>) = pending
                .into_iter()
                .partition(|(t, _)| ready_after(t) == *table);
            pending = keep;
            for (t, rows) in ready {
                set_forward(&mut tx, t, rows).await?;
            }
        }
        for table in IDENTITY_TABLES {
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                               (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            ))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(report)
    }
}

/// Sets the forward-pointing columns that were copied empty.
async fn set_forward(
    tx: &mut sqlx::AnyConnection,
    table: &str,
    rows: Vec<Deferred>,
) -> Result<(), StoreError> {
    for (id, sets) in rows {
        let assignments: Vec<String> = sets
            .iter()
            .enumerate()
            .map(|(i, (c, _))| format!("\"{c}\" = ${}", i + 1))
            .collect();
        let sql = format!(
            "UPDATE {table} SET {} WHERE id = ${}",
            assignments.join(", "),
            sets.len() + 1
        );
        let mut q = sqlx::query(&sql);
        for (_, v) in &sets {
            q = bind(q, v, "bigint");
        }
        q = bind(q, &id, "bigint");
        q.execute(&mut *tx).await?;
    }
    Ok(())
}

/// The target's column names and SQL types of `table`, in column order.
async fn column_types(
    tx: &mut sqlx::AnyConnection,
    table: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT column_name::TEXT AS name, data_type::TEXT AS type
         FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut *tx)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("name")?, r.try_get("type")?)))
        .collect()
}

/// The values of `row` for the target's columns (a column the source lacks is NULL).
fn row_values(
    row: &AnyRow,
    types: &[(String, String)],
) -> Result<Vec<(String, Value)>, StoreError> {
    let present: Vec<&str> = row.columns().iter().map(|c| c.name()).collect();
    types
        .iter()
        .map(|(name, _)| {
            let value = if present.contains(&name.as_str()) {
                read_value(row, name)?
            } else {
                Value::Null
            };
            Ok((name.clone(), value))
        })
        .collect()
}

/// A value of whatever kind the source holds (integer, real or text).
fn read_value(row: &AnyRow, column: &str) -> Result<Value, StoreError> {
    if let Ok(v) = row.try_get::<Option<i64>, _>(column) {
        return Ok(v.map_or(Value::Null, Value::Int));
    }
    if let Ok(v) = row.try_get::<Option<f64>, _>(column) {
        return Ok(v.map_or(Value::Null, Value::Real));
    }
    Ok(row
        .try_get::<Option<String>, _>(column)?
        .map_or(Value::Null, Value::Text))
}

/// Inserts `rows` into `table` of the target.
async fn insert(
    tx: &mut sqlx::AnyConnection,
    table: &str,
    types: &[(String, String)],
    rows: &[Vec<(String, Value)>],
) -> Result<(), StoreError> {
    if rows.is_empty() {
        return Ok(());
    }
    let columns: Vec<String> = types.iter().map(|(c, _)| format!("\"{c}\"")).collect();
    let template = format!("({})", vec!["?"; types.len()].join(", "));
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES {}",
        columns.join(", "),
        super::rows_of('$', &template, rows.len(), 1)
    );
    let mut q = sqlx::query(&sql);
    for row in rows {
        for ((_, v), (_, ty)) in row.iter().zip(types) {
            q = bind(q, v, ty);
        }
    }
    q.execute(&mut *tx).await?;
    Ok(())
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds `v` as the target column's type wants it: PostgreSQL refuses a NULL or number of
/// another type than the column's.
fn bind<'q>(q: AnyQuery<'q>, v: &'q Value, ty: &str) -> AnyQuery<'q> {
    match (v, ty) {
        (Value::Null, "bigint" | "integer" | "smallint") => q.bind(None::<i64>),
        // See `BindFloat`: a missing f32 reaches PostgreSQL as FLOAT8.
        (Value::Null, "double precision" | "real") => q.bind(None::<f32>),
        (Value::Null, _) => q.bind(None::<String>),
        (Value::Int(i), "double precision" | "real") => q.bind(*i as f64),
        (Value::Int(i), "text") => q.bind(i.to_string()),
        (Value::Int(i), _) => q.bind(*i),
        (Value::Real(r), "text") => q.bind(r.to_string()),
        (Value::Real(r), _) => q.bind(*r),
        // Older SQLite rows may hold NUL, which PostgreSQL refuses (see `BindText`).
        (Value::Text(t), _) => q.bind_text(t),
    }
}
