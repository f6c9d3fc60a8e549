//! The part of the store that holds accounts, API tokens, browser sessions and the audit
//! events people cause (reads, logins). A supertrait of [`Store`](super::Store), so every
//! backend has it.

use async_trait::async_trait;

use super::{EventRecord, StoreError};
use crate::model::{Account, AccountSource, ApiToken, DocumentId, Role, Session, Timestamp};
use std::collections::BTreeSet;

/// A new account's data.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub name: String,
    pub source: AccountSource,
    /// argon2id PHC string; `None` for directory accounts.
    pub password_hash: Option<String>,
    pub roles: BTreeSet<Role>,
    pub departments: BTreeSet<String>,
}

/// A new token's data; `token_hash` is the SHA-256 of the secret.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub name: String,
    pub token_hash: String,
    pub roles: BTreeSet<Role>,
    pub departments: BTreeSet<String>,
    pub pipeline: Option<String>,
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Adds an account; `Conflict` if the name is taken.
    async fn add_account(&self, account: NewAccount) -> Result<Account, StoreError>;
    /// Creates or updates a directory account with what the directory says now (at login).
    async fn upsert_ldap_account(
        &self,
        name: &str,
        roles: &BTreeSet<Role>,
        departments: &BTreeSet<String>,
    ) -> Result<Account, StoreError>;
    async fn account(&self, name: &str) -> Result<Option<Account>, StoreError>;
    /// The account with its password hash (for login only).
    async fn account_with_hash(
        &self,
        name: &str,
    ) -> Result<Option<(Account, Option<String>)>, StoreError>;
    async fn accounts(&self) -> Result<Vec<Account>, StoreError>;
    /// Disables or enables; a disabled account's sessions end at once.
    async fn set_account_disabled(&self, name: &str, disabled: bool) -> Result<(), StoreError>;
    /// Sets a local account's roles and departments (what its sessions may do from their
    /// next request on); `NotFound` for no such local account.
    async fn set_account_access(
        &self,
        name: &str,
        roles: &BTreeSet<Role>,
        departments: &BTreeSet<String>,
    ) -> Result<(), StoreError>;
    /// Sets a new password hash and ends the account's sessions.
    async fn set_password_hash(&self, name: &str, hash: &str) -> Result<(), StoreError>;

    async fn add_token(&self, token: NewToken) -> Result<ApiToken, StoreError>;
    /// The unrevoked token with this hash.
    async fn token_by_hash(&self, hash: &str) -> Result<Option<ApiToken>, StoreError>;
    async fn tokens(&self) -> Result<Vec<ApiToken>, StoreError>;
    async fn revoke_token(&self, name: &str) -> Result<(), StoreError>;

    async fn add_session(
        &self,
        id_hash: &str,
        account: &str,
        csrf: &str,
        expires_at: Timestamp,
    ) -> Result<(), StoreError>;
    /// The session with this id hash if it has not expired.
    async fn session(&self, id_hash: &str, at: Timestamp) -> Result<Option<Session>, StoreError>;
    async fn end_session(&self, id_hash: &str) -> Result<(), StoreError>;

    /// Appends an audit event (`read`, `login`, `login_failed`, …) to the hash-chained log:
    /// the document's chain, or the `system` chain for events about no document.
    async fn audit_event(
        &self,
        document: Option<DocumentId>,
        kind: &str,
        detail: &serde_json::Value,
    ) -> Result<(), StoreError>;
    /// Audit events (reads, logins), of one document or all, oldest first.
    async fn audit_events(
        &self,
        document: Option<DocumentId>,
        limit: usize,
    ) -> Result<Vec<EventRecord>, StoreError>;
}
