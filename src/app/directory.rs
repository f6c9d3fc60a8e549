//! Logging in against the county's directory (`[auth.ldap]`): find the user with the service
//! account, prove the password by binding as the user, and read the groups that give roles
//! and departments. Only this file speaks LDAP.

use std::collections::BTreeSet;

use ldap3::{ldap_escape, LdapConnAsync, LdapConnSettings, Scope, SearchEntry};

use crate::config::LdapConfig;
use crate::model::Role;

/// What the directory says about a user whose password it accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryUser {
    pub dn: String,
    pub roles: BTreeSet<Role>,
    pub departments: BTreeSet<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("the directory {url} cannot be reached or refused the service account: {reason}")]
    Unavailable { url: String, reason: String },
    #[error("the service account's password for {url}: {reason}")]
    Secret { url: String, reason: String },
}

/// Checks `password` for `username`: `Ok(None)` when the directory does not know the user,
/// finds more than one, or refuses the password (the caller cannot tell which).
pub async fn authenticate(
    config: &LdapConfig,
    username: &str,
    password: &str,
) -> Result<Option<DirectoryUser>, DirectoryError> {
    // An empty password is an "unauthenticated bind" that many directories accept.
    if password.is_empty() || username.is_empty() {
        return Ok(None);
    }
    let unavailable = |e: ldap3::LdapError| DirectoryError::Unavailable {
        url: config.url.clone(),
        reason: e.to_string(),
    };
    let mut ldap = connect(config).await.map_err(unavailable)?;
    ldap.with_timeout(config.timeout);
    if let (Some(dn), Some(secret)) = (&config.bind_dn, &config.bind_password) {
        let pw = secret.read().map_err(|reason| DirectoryError::Secret {
            url: config.url.clone(),
            reason,
        })?;
        ldap.simple_bind(dn, &pw)
            .await
            .and_then(|r| r.success())
            .map_err(unavailable)?;
    }
    let filter = config
        .user_filter
        .replace("{username}", &ldap_escape(username));
    ldap.with_timeout(config.timeout);
    let (entries, _) = ldap
        .search(&config.user_base, Scope::Subtree, &filter, vec!["1.1"])
        .await
        .and_then(|r| r.success())
        .map_err(unavailable)?;
    let [entry] = entries.as_slice() else {
        let _ = ldap.unbind().await;
        return Ok(None);
    };
    let user_dn = SearchEntry::construct(entry.clone()).dn;

    // Groups are read while the connection still has the service account's rights; the
    // password is proven last, by a bind as the user on the same connection.
    let filter = config
        .group_filter
        .replace("{dn}", &ldap_escape(&user_dn))
        .replace("{username}", &ldap_escape(username));
    ldap.with_timeout(config.timeout);
    let (groups, _) = ldap
        .search(&config.group_base, Scope::Subtree, &filter, vec!["1.1"])
        .await
        .and_then(|r| r.success())
        .map_err(unavailable)?;
    ldap.with_timeout(config.timeout);
    let accepted = ldap
        .simple_bind(&user_dn, password)
        .await
        .map_err(unavailable)?
        .success()
        .is_ok();
    let _ = ldap.unbind().await;
    if !accepted {
        return Ok(None);
    }
    let group_dns: Vec<String> = groups
        .into_iter()
        .map(|g| SearchEntry::construct(g).dn)
        .collect();
    let (roles, departments) = map_groups(config, &group_dns);
    Ok(Some(DirectoryUser {
        dn: user_dn,
        roles,
        departments,
    }))
}

/// A connection to the directory, its driver running on the runtime.
async fn connect(config: &LdapConfig) -> Result<ldap3::Ldap, ldap3::LdapError> {
    let settings = LdapConnSettings::new()
        .set_conn_timeout(config.timeout)
        .set_starttls(config.starttls);
    let (conn, ldap) = LdapConnAsync::with_settings(settings, &config.url).await?;
    ldap3::drive!(conn);
    Ok(ldap)
}

/// Roles and departments for membership in `group_dns` (DNs compared without regard to case
/// or spaces after commas, as directories write them either way).
pub fn map_groups(config: &LdapConfig, group_dns: &[String]) -> (BTreeSet<Role>, BTreeSet<String>) {
    let norm = |dn: &str| {
        dn.split(',')
            .map(|p| p.trim().to_lowercase())
            .collect::<Vec<_>>()
            .join(",")
    };
    let member: BTreeSet<String> = group_dns.iter().map(|g| norm(g)).collect();
    let mut roles = BTreeSet::new();
    let mut departments = BTreeSet::new();
    for m in &config.groups {
        if member.contains(&norm(&m.group)) {
            roles.insert(m.role);
            departments.extend(m.departments.iter().cloned());
        }
    }
    (roles, departments)
}
