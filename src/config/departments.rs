//! `config/departments.toml`: the departments (Ämter), their notification targets, and the
//! county's municipalities by postcode.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::diagnostic::ConfigErrors;
use super::document::TomlDoc;

/// A department that documents are routed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Department {
    pub id: String,
    pub name: String,
    /// Who stands in (shown with the inbox).
    #[serde(default)]
    pub deputies: Vec<String>,
    /// HTTP endpoint that receives arrival notifications (JSON POST).
    #[serde(default)]
    pub webhook: Option<String>,
    /// Address that receives arrival notifications.
    #[serde(default)]
    pub email: Option<String>,
    /// An office outside the administration (post is forwarded there).
    #[serde(default)]
    pub external: bool,
    /// The vocabulary of its tasks (words and phrases, matched like rule words): the routing
    /// model's warm start before anyone has corrected a routing.
    #[serde(default)]
    pub topics: Vec<String>,
}

/// A town of the county.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Municipality {
    pub postcode: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct Administration {
    name: String,
    postcodes: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawFile {
    administration: Administration,
    department: Vec<Department>,
    municipality: Vec<Municipality>,
}

/// The departments file, checked.
#[derive(Debug, Clone, Default)]
pub struct Departments {
    pub administration: String,
    pub own_postcodes: Vec<String>,
    pub list: Vec<Department>,
    pub municipalities: Vec<Municipality>,
}

impl Departments {
    pub fn get(&self, id: &str) -> Option<&Department> {
        self.list.iter().find(|d| d.id == id)
    }

    /// Each department's task words, for the routing model's warm start.
    pub fn topics(&self) -> Vec<crate::classify::DepartmentTopics> {
        self.list
            .iter()
            .filter(|d| !d.topics.is_empty())
            .map(|d| crate::classify::DepartmentTopics {
                department: d.id.clone(),
                words: d.topics.clone(),
            })
            .collect()
    }

    pub fn ids(&self) -> Vec<String> {
        self.list.iter().map(|d| d.id.clone()).collect()
    }
}

/// Loads and checks the departments file; `smtp` says whether email notifications can be sent.
pub(crate) fn load(path: &Path, smtp: bool, errors: &mut ConfigErrors) -> Option<Departments> {
    let doc = TomlDoc::read(path, "departments", errors)?;
    let raw: RawFile = doc.section(None, &[], "departments", errors);
    let mut seen = std::collections::HashSet::new();
    for (i, d) in raw.department.iter().enumerate() {
        let idx = i.to_string();
        let line = doc.line_of(&["department", &idx]);
        let component = format!("department {:?}", d.id);
        if d.id.trim().is_empty() || d.id.contains(char::is_whitespace) {
            errors.push(
                path,
                line,
                &component,
                "`id` must be a word like \"30\" or \"JA-AND\"",
            );
        }
        if !seen.insert(d.id.clone()) {
            errors.push(
                path,
                line,
                &component,
                format!("id {:?} is used twice", d.id),
            );
        }
        if d.name.trim().is_empty() {
            errors.push(path, line, &component, "`name` is empty");
        }
        for (t, topic) in d.topics.iter().enumerate() {
            if crate::rules::words::Phrase::new(topic).is_none() {
                errors.push(
                    path,
                    doc.line_of(&["department", &idx, "topics", &t.to_string()])
                        .or_else(|| doc.line_of(&["department", &idx, "topics"])),
                    &component,
                    format!("topic {topic:?} has no word to look for"),
                );
            }
        }
        if let Some(url) = &d.webhook {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                errors.push(
                    path,
                    doc.line_of(&["department", &idx, "webhook"]),
                    &component,
                    format!("webhook {url:?} is not an http:// or https:// URL"),
                );
            }
        }
        if let Some(mail) = &d.email {
            if !mail.contains('@') {
                errors.push(
                    path,
                    doc.line_of(&["department", &idx, "email"]),
                    &component,
                    format!("email {mail:?} is not an address"),
                );
            } else if !smtp {
                errors.push(
                    path,
                    doc.line_of(&["department", &idx, "email"]),
                    &component,
                    "email notifications need a mail server: add [routing.smtp] to mailroom.toml",
                );
            }
        }
    }
    if raw.department.is_empty() {
        errors.push(path, None, "departments", "no [[department]] defined");
    }
    for (i, m) in raw.municipality.iter().enumerate() {
        if m.postcode.len() != 5 || !m.postcode.chars().all(|c| c.is_ascii_digit()) {
            errors.push(
                path,
                doc.line_of(&["municipality", &i.to_string()]),
                format!("municipality {:?}", m.name),
                format!("postcode {:?} is not five digits", m.postcode),
            );
        }
    }
    Some(Departments {
        administration: raw.administration.name,
        own_postcodes: raw.administration.postcodes,
        list: raw.department,
        municipalities: raw.municipality,
    })
}
