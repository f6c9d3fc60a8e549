//! Who is asking: every operation of the application layer takes an [`Actor`] and decides
//! there, once, what it may see and do.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// What an account may do. A person or token may hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads and works on the documents of their own departments.
    Clerk,
    /// Mail-room staff: every document, triage, quarantine, routing.
    Mailroom,
    /// Status, configuration, rules test — no document contents.
    Operator,
    /// Read audit and integrity checks.
    Auditor,
    /// Accounts.
    Admin,
    /// A citizen portal's machine account: uploads and its own receipts.
    Portal,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Clerk,
        Role::Mailroom,
        Role::Operator,
        Role::Auditor,
        Role::Admin,
        Role::Portal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Mailroom => "mailroom",
            Role::Operator => "operator",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
            Role::Portal => "portal",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the actor proved who they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// Someone at the server's shell (the CLI): the operating system let them read the data.
    Local,
    /// A person logged in with a local account.
    User,
    /// A person logged in through LDAP / Active Directory.
    LdapUser,
    /// A machine with an API token.
    Token,
    /// mailroom itself (the daemon's own work).
    System,
}

/// Who performs an operation, with what rights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Account or token name; recorded in every event the actor causes.
    pub name: String,
    pub kind: ActorKind,
    pub roles: BTreeSet<Role>,
    /// Departments whose documents a clerk may see.
    pub departments: BTreeSet<String>,
    /// For a portal token: the one upload pipeline it may deliver to.
    pub pipeline: Option<String>,
    /// Network address of the request, if any (for the read audit and login throttling).
    pub address: Option<String>,
}

/// Which documents an actor may see: applied inside store and index queries, never by
/// filtering results afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentScope {
    /// Every document (mail-room staff, the local shell).
    All,
    /// Documents whose current department is one of these (may be empty: none).
    Departments(BTreeSet<String>),
}

/// Unrestricted: what the local shell and mailroom's own work see. The application layer
/// always replaces it with the asking actor's scope.
impl Default for DocumentScope {
    fn default() -> Self {
        DocumentScope::All
    }
}

impl DocumentScope {
    /// Whether a document currently routed to `department` is in scope.
    pub fn admits(&self, department: Option<&str>) -> bool {
        match self {
            DocumentScope::All => true,
            DocumentScope::Departments(set) => department.is_some_and(|d| set.contains(d)),
        }
    }

    /// No document at all.
    pub fn is_empty(&self) -> bool {
        matches!(self, DocumentScope::Departments(set) if set.is_empty())
    }
}

impl Actor {
    /// Whoever runs the CLI on the server: they can read the database and blobs anyway, so
    /// they get every role (what the CLI did before there were accounts).
    pub fn local() -> Actor {
        let name = std::env::var("SUDO_USER")
            .or_else(|_| std::env::var("USER"))
            .unwrap_or_else(|_| "local".into());
        Actor {
            name: format!("{name}@local"),
            kind: ActorKind::Local,
            roles: Role::ALL
                .into_iter()
                .filter(|r| *r != Role::Portal)
                .collect(),
            departments: BTreeSet::new(),
            pipeline: None,
            address: None,
        }
    }

    /// The daemon's own work (routing by rules, recovery).
    pub fn system() -> Actor {
        Actor {
            name: "mailroom".into(),
            kind: ActorKind::System,
            roles: [Role::Mailroom].into_iter().collect(),
            departments: BTreeSet::new(),
            pipeline: None,
            address: None,
        }
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Which documents this actor may read. Mail-room staff read all; a clerk the documents
    /// of their departments; everyone else none (operators see no contents, portals only
    /// their receipts, auditors the audit trail).
    pub fn document_scope(&self) -> DocumentScope {
        if self.has(Role::Mailroom) {
            DocumentScope::All
        } else if self.has(Role::Clerk) {
            DocumentScope::Departments(self.departments.clone())
        } else {
            DocumentScope::Departments(BTreeSet::new())
        }
    }

    /// For events: who did it.
    pub fn label(&self) -> &str {
        &self.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(roles: &[Role], departments: &[&str]) -> Actor {
        Actor {
            name: "t".into(),
            kind: ActorKind::User,
            roles: roles.iter().copied().collect(),
            departments: departments.iter().map(|d| d.to_string()).collect(),
            pipeline: None,
            address: None,
        }
    }

    #[test]
    fn a_clerk_sees_only_their_departments_and_others_see_no_contents() {
        let clerk = actor(&[Role::Clerk], &["51"]);
        assert!(clerk.document_scope().admits(Some("51")));
        assert!(!clerk.document_scope().admits(Some("50")));
        // Triage and batch covers have no department: not a clerk's.
        assert!(!clerk.document_scope().admits(None));
        for role in [Role::Operator, Role::Auditor, Role::Admin, Role::Portal] {
            let scope = actor(&[role], &["51"]).document_scope();
            assert!(scope.is_empty(), "{role} must see no documents");
            assert!(!scope.admits(Some("51")));
        }
        let staff = actor(&[Role::Mailroom], &[]).document_scope();
        assert!(staff.admits(None) && staff.admits(Some("50")));
    }

    #[test]
    fn roles_round_trip_through_their_names() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
