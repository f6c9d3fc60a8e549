//! Accounts, API tokens, sessions and audit events in SQLite.

use std::collections::BTreeSet;

use async_trait::async_trait;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{event_from, insert_event, ts, SqlStore};
use crate::model::EventRecord;
use crate::model::{
    departments_from_text, departments_to_text, format_utc, now, roles_from_text, roles_to_text,
    Account, AccountSource, ApiToken, DocumentId, Role, Session, Timestamp,
};
use crate::store::{AccountStore, NewAccount, NewToken, StoreError};

/// Event kinds that belong to the access audit (not to processing).
const AUDIT_KINDS: &str = "'read','login','login_failed','logout','account_added',\
    'account_disabled','account_enabled','account_changed','password_set','token_created',\
    'token_revoked','rules_saved'";

fn account_from(row: &AnyRow) -> Result<Account, StoreError> {
    let source: String = row.try_get("source")?;
    Ok(Account {
        name: row.try_get("name")?,
        source: AccountSource::parse(&source)
            .ok_or_else(|| StoreError::Corrupt(format!("account source {source:?}")))?,
        roles: roles_from_text(&row.try_get::<String, _>("roles")?),
        departments: departments_from_text(&row.try_get::<String, _>("departments")?),
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        created_at: ts(row, "created_at")?,
    })
}

fn token_from(row: &AnyRow) -> Result<ApiToken, StoreError> {
    Ok(ApiToken {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        roles: roles_from_text(&row.try_get::<String, _>("roles")?),
        departments: departments_from_text(&row.try_get::<String, _>("departments")?),
        pipeline: row.try_get("pipeline")?,
        created_at: ts(row, "created_at")?,
        revoked: row.try_get::<Option<String>, _>("revoked_at")?.is_some(),
    })
}

fn unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

impl SqlStore {
    async fn account_row(&self, name: &str) -> Result<Option<AnyRow>, StoreError> {
        Ok(sqlx::query("SELECT * FROM accounts WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?)
    }
}

#[async_trait]
impl AccountStore for SqlStore {
    async fn add_account(&self, a: NewAccount) -> Result<Account, StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "INSERT INTO accounts (name, source, password_hash, roles, departments, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&a.name)
        .bind(a.source.as_str())
        .bind(&a.password_hash)
        .bind(roles_to_text(&a.roles))
        .bind(departments_to_text(&a.departments))
        .bind(format_utc(now()))
        .execute(&mut *tx)
        .await;
        match done {
            Err(e) if unique_violation(&e) => {
                return Err(StoreError::Conflict(format!(
                    "an account named {:?} exists already",
                    a.name
                )))
            }
            other => other?,
        };
        tx.commit().await?;
        self.account(&a.name)
            .await?
            .ok_or_else(|| StoreError::Corrupt("account vanished after insert".into()))
    }

    async fn upsert_ldap_account(
        &self,
        name: &str,
        roles: &BTreeSet<Role>,
        departments: &BTreeSet<String>,
    ) -> Result<Account, StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "INSERT INTO accounts (name, source, roles, departments, created_at)
             VALUES ($1, 'ldap', $2, $3, $4)
             ON CONFLICT(name) DO UPDATE SET roles = excluded.roles,
                 departments = excluded.departments
             WHERE accounts.source = 'ldap'",
        )
        .bind(name)
        .bind(roles_to_text(roles))
        .bind(departments_to_text(departments))
        .bind(format_utc(now()))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StoreError::Conflict(format!(
                "{name:?} is a local account; a directory login cannot take it over"
            )));
        }
        tx.commit().await?;
        self.account(name)
            .await?
            .ok_or_else(|| StoreError::Corrupt("account vanished after upsert".into()))
    }

    async fn account(&self, name: &str) -> Result<Option<Account>, StoreError> {
        self.account_row(name)
            .await?
            .as_ref()
            .map(account_from)
            .transpose()
    }

    async fn account_with_hash(
        &self,
        name: &str,
    ) -> Result<Option<(Account, Option<String>)>, StoreError> {
        match self.account_row(name).await? {
            Some(row) => Ok(Some((account_from(&row)?, row.try_get("password_hash")?))),
            None => Ok(None),
        }
    }

    async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        sqlx::query("SELECT * FROM accounts ORDER BY name")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(account_from)
            .collect()
    }

    async fn set_account_disabled(&self, name: &str, disabled: bool) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query("UPDATE accounts SET disabled = $1 WHERE name = $2")
            .bind(i64::from(disabled))
            .bind(name)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!("no account named {name:?}")));
        }
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE account = $1")
                .bind(name)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_account_access(
        &self,
        name: &str,
        roles: &BTreeSet<Role>,
        departments: &BTreeSet<String>,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE accounts SET roles = $1, departments = $2 WHERE name = $3 AND source = 'local'",
        )
        .bind(roles_to_text(roles))
        .bind(departments_to_text(departments))
        .bind(name)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!(
                "no local account named {name:?} (directory accounts get their roles from LDAP)"
            )));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_password_hash(&self, name: &str, hash: &str) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE accounts SET password_hash = $1 WHERE name = $2 AND source = 'local'",
        )
        .bind(hash)
        .bind(name)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!(
                "no local account named {name:?}"
            )));
        }
        sqlx::query("DELETE FROM sessions WHERE account = $1")
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_token(&self, t: NewToken) -> Result<ApiToken, StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "INSERT INTO api_tokens (name, token_hash, roles, departments, pipeline, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&t.name)
        .bind(&t.token_hash)
        .bind(roles_to_text(&t.roles))
        .bind(departments_to_text(&t.departments))
        .bind(&t.pipeline)
        .bind(format_utc(now()))
        .execute(&mut *tx)
        .await;
        match done {
            Err(e) if unique_violation(&e) => {
                return Err(StoreError::Conflict(format!(
                    "a token named {:?} exists already",
                    t.name
                )))
            }
            other => other?,
        };
        let row = sqlx::query("SELECT * FROM api_tokens WHERE name = $1")
            .bind(&t.name)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        token_from(&row)
    }

    async fn token_by_hash(&self, hash: &str) -> Result<Option<ApiToken>, StoreError> {
        sqlx::query("SELECT * FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(hash)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(token_from)
            .transpose()
    }

    async fn tokens(&self) -> Result<Vec<ApiToken>, StoreError> {
        sqlx::query("SELECT * FROM api_tokens ORDER BY name")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(token_from)
            .collect()
    }

    async fn revoke_token(&self, name: &str) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL",
        )
        .bind(format_utc(now()))
        .bind(name)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            return Err(StoreError::NotFound(format!(
                "no active token named {name:?}"
            )));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn add_session(
        &self,
        id_hash: &str,
        account: &str,
        csrf: &str,
        expires_at: Timestamp,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        let at = now();
        // Expired sessions go when new ones come: the table stays the size of who is active.
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(format_utc(at))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, account, csrf, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id_hash)
        .bind(account)
        .bind(csrf)
        .bind(format_utc(at))
        .bind(format_utc(expires_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session(&self, id_hash: &str, at: Timestamp) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT s.account, s.csrf, s.expires_at FROM sessions s
             JOIN accounts a ON a.name = s.account
             WHERE s.id_hash = $1 AND s.expires_at > $2 AND a.disabled = 0",
        )
        .bind(id_hash)
        .bind(format_utc(at))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Session {
                account: row.try_get("account")?,
                csrf: row.try_get("csrf")?,
                expires_at: ts(&row, "expires_at")?,
            })
        })
        .transpose()
    }

    async fn end_session(&self, id_hash: &str) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_event(
        &self,
        document: Option<DocumentId>,
        kind: &str,
        detail: &serde_json::Value,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        insert_event(&mut tx, document, None, kind, detail).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_events(
        &self,
        document: Option<DocumentId>,
        limit: usize,
    ) -> Result<Vec<EventRecord>, StoreError> {
        let sql = format!(
            "SELECT * FROM (SELECT * FROM events WHERE kind IN ({AUDIT_KINDS})
                 AND ($1 IS NULL OR document_id = $2) ORDER BY id DESC LIMIT $3) AS recent
             ORDER BY id"
        );
        sqlx::query(&sql)
            .bind(document.map(|d| d.0))
            .bind(document.map(|d| d.0))
            .bind(limit as i64)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(event_from)
            .collect()
    }
}
