//! `[auth.ldap]` in `mailroom.toml`: logging in with the county's directory (OpenLDAP or
//! Active Directory). Who may log in and with which roles and departments comes from the
//! directory's groups at every login; local accounts keep working beside it.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;
use super::{resolve, SecretSource};
use crate::model::Role;

/// The directory mailroom asks at login.
#[derive(Debug, Clone)]
pub struct LdapConfig {
    /// `ldap://host:389` or `ldaps://host:636`.
    pub url: String,
    /// Upgrade `ldap://` with StartTLS before sending any password.
    pub starttls: bool,
    /// The service account that looks users up; `None`: anonymous search.
    pub bind_dn: Option<String>,
    pub bind_password: Option<SecretSource>,
    /// Line of the password key, for `validate`'s secret check.
    pub password_line: Option<usize>,
    pub user_base: String,
    /// `{username}` is replaced by the escaped login name.
    pub user_filter: String,
    pub group_base: String,
    /// `{dn}` is replaced by the escaped DN of the user, `{username}` by the login name.
    pub group_filter: String,
    pub groups: Vec<GroupMapping>,
    pub timeout: Duration,
}

/// Members of `group` (a DN, compared case-insensitively) get `role`, and clerks `departments`.
#[derive(Debug, Clone)]
pub struct GroupMapping {
    pub group: String,
    pub role: Role,
    pub departments: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AuthSection {
    ldap: Option<LdapSection>,
}

#[derive(Deserialize)]
#[serde(default)]
struct LdapSection {
    url: String,
    starttls: bool,
    bind_dn: Option<String>,
    bind_password_env: Option<String>,
    bind_password_file: Option<String>,
    user_base: String,
    user_filter: String,
    group_base: String,
    group_filter: String,
    timeout_secs: f64,
    groups: Vec<GroupSection>,
}

impl Default for LdapSection {
    fn default() -> Self {
        LdapSection {
            url: String::new(),
            starttls: false,
            bind_dn: None,
            bind_password_env: None,
            bind_password_file: None,
            user_base: String::new(),
            user_filter: "(uid={username})".into(),
            group_base: String::new(),
            group_filter: "(|(member={dn})(uniqueMember={dn})(memberUid={username}))".into(),
            timeout_secs: 5.0,
            groups: Vec::new(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct GroupSection {
    group: String,
    role: String,
    departments: Vec<String>,
}

/// Reads `[auth.ldap]` of `path`; `None` when it is absent. Clerks' departments are checked
/// against `departments` when routing is configured.
pub(crate) fn load(
    path: &Path,
    departments: Option<&crate::config::Departments>,
    errors: &mut ConfigErrors,
) -> Option<LdapConfig> {
    let mut scratch = ConfigErrors::default();
    // The main file's own problems are reported by its loader already.
    let doc = TomlDoc::read(path, "mailroom.toml", &mut scratch)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    doc.line_of(&["auth"])?;
    let component = "[auth.ldap]";
    let auth: AuthSection = doc.section(Some("auth"), &[], component, errors);
    let s = auth.ldap?;
    let line = |key: &str| {
        doc.line_of(&["auth", "ldap", key])
            .or(doc.line_of(&["auth", "ldap"]))
    };
    let mut err = |key: &str, msg: String| errors.push(&doc.path, line(key), component, msg);
    if !(s.url.starts_with("ldap://") || s.url.starts_with("ldaps://")) {
        err(
            "url",
            format!("url = {:?} must start with ldap:// or ldaps://", s.url),
        );
    }
    if s.url.starts_with("ldaps://") && s.starttls {
        err(
            "starttls",
            "starttls is for ldap:// URLs; ldaps:// is encrypted already".into(),
        );
    }
    let bind_password = match (&s.bind_password_env, &s.bind_password_file) {
        (Some(v), None) => Some(SecretSource::Env(v.clone())),
        (None, Some(f)) => {
            let path = resolve(dir, f);
            if let Err(e) = std::fs::metadata(&path) {
                err(
                    "bind_password_file",
                    format!("cannot read {}: {e}", path.display()),
                );
            }
            Some(SecretSource::File(path))
        }
        (None, None) => None,
        (Some(_), Some(_)) => {
            err(
                "bind_password_env",
                "give bind_password_env or bind_password_file, not both".into(),
            );
            None
        }
    };
    if s.bind_dn.is_some() != bind_password.is_some() {
        err(
            "bind_dn",
            "bind_dn needs bind_password_env or bind_password_file (the password never goes \
             into this file); leave all out to search anonymously"
                .into(),
        );
    }
    if s.user_base.is_empty() {
        err(
            "user_base",
            "user_base (where users are searched) is missing".into(),
        );
    }
    if !s.user_filter.contains("{username}") {
        err(
            "user_filter",
            format!(
                "user_filter = {:?} must contain {{username}}",
                s.user_filter
            ),
        );
    }
    if s.group_base.is_empty() {
        err(
            "group_base",
            "group_base (where groups are searched) is missing".into(),
        );
    }
    if !(s.timeout_secs > 0.0 && s.timeout_secs.is_finite()) {
        err(
            "timeout_secs",
            "`timeout_secs` must be a positive number".into(),
        );
    }
    let mut groups = Vec::new();
    for (i, g) in s.groups.iter().enumerate() {
        let idx = i.to_string();
        let at = doc
            .line_of(&["auth", "ldap", "groups", &idx])
            .or(line("groups"));
        let mut gerr = |msg: String| errors.push(&doc.path, at, component, msg);
        if g.group.is_empty() {
            gerr("a group mapping needs `group` (the group's DN)".into());
        }
        let Some(role) = Role::parse(&g.role) else {
            gerr(format!(
                "role = {:?} is not a role (clerk, mailroom, operator, auditor, admin)",
                g.role
            ));
            continue;
        };
        if role == Role::Portal {
            gerr("portal is a role for API tokens, not for people".into());
        }
        if role == Role::Clerk && g.departments.is_empty() {
            gerr(format!(
                "members of {:?} would be clerks of no department; list their departments",
                g.group
            ));
        }
        if let Some(known) = departments {
            for d in &g.departments {
                if known.get(d).is_none() {
                    gerr(format!(
                        "department {d:?} is not in the departments file; known: {}",
                        known.ids().join(", ")
                    ));
                }
            }
        }
        groups.push(GroupMapping {
            group: g.group.clone(),
            role,
            departments: g.departments.clone(),
        });
    }
    if s.groups.is_empty() {
        errors.push(
            &doc.path,
            line("groups"),
            component,
            String::from("no [[auth.ldap.groups]]: nobody from the directory would get a role"),
        );
    }
    Some(LdapConfig {
        url: s.url,
        starttls: s.starttls,
        bind_dn: s.bind_dn,
        bind_password,
        user_base: s.user_base,
        user_filter: s.user_filter,
        group_base: s.group_base,
        group_filter: s.group_filter,
        groups,
        password_line: line("bind_password_env").or(line("bind_password_file")),
        timeout: Duration::from_secs_f64(s.timeout_secs.clamp(0.1, 300.0)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mailroom.toml");
        std::fs::write(
            &path,
            "[auth.ldap]\n\
             url = \"http://dc\"\n\
             bind_dn = \"cn=svc\"\n\
             user_base = \"ou=people\"\n\
             user_filter = \"(uid=x)\"\n\
             group_base = \"ou=groups\"\n\
             [[auth.ldap.groups]]\n\
             group = \"cn=a\"\n\
             role = \"clerk\"\n\
             [[auth.ldap.groups]]\n\
             group = \"cn=b\"\n\
             role = \"portal\"\n",
        )
        .unwrap();
        let mut errors = ConfigErrors::default();
        let config = load(&path, None, &mut errors).expect("a section");
        let found: Vec<(Option<usize>, &str)> = errors
            .0
            .iter()
            .map(|d| (d.line, d.message.as_str()))
            .collect();
        let has = |line: usize, part: &str| {
            found
                .iter()
                .any(|(l, m)| *l == Some(line) && m.contains(part))
        };
        assert!(has(2, "ldap://"), "{found:?}");
        assert!(has(3, "bind_password_env"), "{found:?}");
        assert!(has(5, "{username}"), "{found:?}");
        assert!(has(7, "clerks of no department"), "{found:?}");
        assert!(has(10, "portal"), "{found:?}");
        assert!(errors.0.iter().all(|d| d.component == "[auth.ldap]"));
        assert_eq!(config.groups.len(), 2);
    }

    #[test]
    fn a_complete_section_has_no_problems() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mailroom.toml");
        std::fs::write(
            &path,
            "[auth.ldap]\nurl = \"ldaps://dc:636\"\nbind_dn = \"cn=svc\"\n\
             bind_password_env = \"LDAP_PW\"\nuser_base = \"ou=people\"\n\
             group_base = \"ou=groups\"\n[[auth.ldap.groups]]\ngroup = \"cn=p\"\n\
             role = \"mailroom\"\n",
        )
        .unwrap();
        let mut errors = ConfigErrors::default();
        let config = load(&path, None, &mut errors).unwrap();
        assert!(errors.is_empty(), "{:?}", errors.0);
        assert!(matches!(config.bind_password, Some(SecretSource::Env(_))));
        assert_eq!(config.user_filter, "(uid={username})");
    }
}
