//! Accounts of people and tokens of machines: who may log in or call the API, with which
//! roles and departments. Secrets are never held here, only what identifies them.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Actor, ActorKind, Role, Timestamp};

/// Where an account's password is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountSource {
    /// An argon2id hash in mailroom's database.
    Local,
    /// The directory (`[auth.ldap]`); roles and departments come from its groups at login.
    Ldap,
}

impl AccountSource {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountSource::Local => "local",
            AccountSource::Ldap => "ldap",
        }
    }

    pub fn parse(s: &str) -> Option<AccountSource> {
        match s {
            "local" => Some(AccountSource::Local),
            "ldap" => Some(AccountSource::Ldap),
            _ => None,
        }
    }
}

/// A person who logs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub name: String,
    pub source: AccountSource,
    pub roles: BTreeSet<Role>,
    pub departments: BTreeSet<String>,
    pub disabled: bool,
    pub created_at: Timestamp,
}

impl Account {
    /// The actor this account acts as, from `address`.
    pub fn actor(&self, address: Option<String>) -> Actor {
        Actor {
            name: self.name.clone(),
            kind: match self.source {
                AccountSource::Local => ActorKind::User,
                AccountSource::Ldap => ActorKind::LdapUser,
            },
            roles: self.roles.clone(),
            departments: self.departments.clone(),
            pipeline: None,
            address,
        }
    }
}

/// A machine's API token (its secret is shown once and only its hash is stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub roles: BTreeSet<Role>,
    pub departments: BTreeSet<String>,
    /// A portal token's upload pipeline.
    pub pipeline: Option<String>,
    pub created_at: Timestamp,
    pub revoked: bool,
}

impl ApiToken {
    pub fn actor(&self, address: Option<String>) -> Actor {
        Actor {
            name: format!("token:{}", self.name),
            kind: ActorKind::Token,
            roles: self.roles.clone(),
            departments: self.departments.clone(),
            pipeline: self.pipeline.clone(),
            address,
        }
    }
}

/// A logged-in browser: the account it belongs to and the token that guards its writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub account: String,
    pub csrf: String,
    pub expires_at: Timestamp,
}

/// Roles as stored: names joined by commas.
pub fn roles_to_text(roles: &BTreeSet<Role>) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// Roles from their stored text; unknown names are left out (a newer version's role).
pub fn roles_from_text(text: &str) -> BTreeSet<Role> {
    text.split(',')
        .filter_map(|r| Role::parse(r.trim()))
        .collect()
}

/// Departments as stored: one per line (department names may hold commas).
pub fn departments_to_text(departments: &BTreeSet<String>) -> String {
    departments.iter().cloned().collect::<Vec<_>>().join("\n")
}

pub fn departments_from_text(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_departments_survive_their_stored_form() {
        let roles: BTreeSet<Role> = [Role::Clerk, Role::Auditor].into_iter().collect();
        assert_eq!(roles_from_text(&roles_to_text(&roles)), roles);
        assert!(roles_from_text("").is_empty());
        let deps: BTreeSet<String> = ["Jugendamt, Stadt Andernach".to_string(), "51".into()]
            .into_iter()
            .collect();
        assert_eq!(departments_from_text(&departments_to_text(&deps)), deps);
    }
}
