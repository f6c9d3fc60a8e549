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
    /// Leitweg-IDs (BT-10 of e-invoices) this department pays: exact, or a prefix ending in
    /// `*`. An e-invoice that passes its checks goes where its Leitweg-ID points.
    #[serde(default)]
    pub leitweg_ids: Vec<String>,
    /// Where this department's e-invoices are handed over to finance: a folder or an
    /// http(s) URL (overrides `[invoices] export`).
    #[serde(default)]
    pub invoice_export: Option<String>,
    /// Another department's matters this office takes for the people of some towns: a town
    /// with its own youth office takes the county youth office's post about its citizens.
    #[serde(default)]
    pub takes_over: Option<TakesOver>,
}

/// `takes_over = { department = "51", municipalities = ["Andernach"] }`: whatever goes to
/// `department` (by rule or by the model) about someone living in one of `municipalities`
/// (the `residence` field, else the sender's town) comes here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TakesOver {
    pub department: String,
    pub municipalities: Vec<String>,
}

/// E-invoices (`[invoices]`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct InvoiceSettings {
    /// The department that checks e-invoices failing a check; without it they go to triage.
    pub review: Option<String>,
    /// Where every e-invoice is handed over to finance (a folder or an http(s) URL), unless
    /// its department names its own.
    pub export: Option<String>,
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

/// Where the mail room itself is told when something lands in quarantine or an intake
/// source keeps failing (`[poststelle]`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MailroomTargets {
    pub webhook: Option<String>,
    pub email: Option<String>,
}

/// The name under which the mail room's own notifications are queued (not a department id:
/// ids have no parentheses).
pub const MAILROOM_TARGET: &str = "(poststelle)";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawFile {
    administration: Administration,
    poststelle: MailroomTargets,
    invoices: InvoiceSettings,
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
    /// The mail room's own notification targets.
    pub mailroom: MailroomTargets,
    pub invoices: InvoiceSettings,
}

impl Departments {
    /// The webhook and email address notifications for `target` go to: a department's, or
    /// the mail room's for [`MAILROOM_TARGET`].
    pub fn targets(&self, target: &str) -> Option<(Option<&str>, Option<&str>)> {
        if target == MAILROOM_TARGET {
            let m = &self.mailroom;
            return Some((m.webhook.as_deref(), m.email.as_deref()));
        }
        self.get(target)
            .map(|d| (d.webhook.as_deref(), d.email.as_deref()))
    }

    pub fn get(&self, id: &str) -> Option<&Department> {
        self.list.iter().find(|d| d.id == id)
    }

    /// The department whose words a letter for `id` teaches the model: a town's office that
    /// `takes_over` another's post gets it by the town, not by the words, so its letters count
    /// for the office it takes over (which the model then chooses, and the town decides).
    pub fn model_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id)
            .and_then(|d| d.takes_over.as_ref())
            .map_or(id, |t| t.department.as_str())
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

    /// The department whose `leitweg_ids` cover `id` (an exact entry before the longest
    /// prefix).
    pub fn by_leitweg_id(&self, id: &str) -> Option<&Department> {
        let id = id.trim();
        let exact = self
            .list
            .iter()
            .find(|d| d.leitweg_ids.iter().any(|l| l.eq_ignore_ascii_case(id)));
        exact.or_else(|| {
            self.list
                .iter()
                .flat_map(|d| d.leitweg_ids.iter().map(move |l| (d, l)))
                .filter_map(|(d, l)| Some((d, l.strip_suffix('*')?)))
                .filter(|(_, prefix)| {
                    id.get(..prefix.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
                })
                .max_by_key(|(_, prefix)| prefix.len())
                .map(|(d, _)| d)
        })
    }

    /// Where e-invoices of department `id` (or of none) are handed over to finance.
    pub fn invoice_export(&self, department: Option<&str>) -> Option<&str> {
        department
            .and_then(|d| self.get(d))
            .and_then(|d| d.invoice_export.as_deref())
            .or(self.invoices.export.as_deref())
    }

    /// The office that takes `department`'s post about people in `municipality` (where the
    /// person concerned lives, else the sender's town), if one does.
    pub fn taken_over(&self, department: &str, municipality: &str) -> Option<&Department> {
        self.list.iter().find(|d| {
            d.takes_over.as_ref().is_some_and(|t| {
                t.department == department
                    && t.municipalities
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(municipality))
            })
        })
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
        if d.id.trim().is_empty()
            || d.id
                .contains(|c: char| c.is_whitespace() || "()".contains(c))
        {
            errors.push(
                path,
                line,
                &component,
                "`id` must be a word like \"30\" or \"JA-AND\" (no spaces or parentheses)",
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
        for (l, leitweg) in d.leitweg_ids.iter().enumerate() {
            let prefix = leitweg.strip_suffix('*');
            let ok = match prefix {
                Some(p) => {
                    !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                }
                None => crate::extract::valid_leitweg_id(leitweg),
            };
            if !ok {
                errors.push(
                    path,
                    doc.line_of(&["department", &idx, "leitweg_ids", &l.to_string()])
                        .or_else(|| doc.line_of(&["department", &idx, "leitweg_ids"])),
                    &component,
                    format!(
                        "Leitweg-ID {leitweg:?} is not valid (check digits, or a prefix ending in *)"
                    ),
                );
            }
        }
        if let Some(export) = &d.invoice_export {
            check_export(
                path,
                &component,
                export,
                doc.line_of(&["department", &idx, "invoice_export"]),
                errors,
            );
        }
        let at = |key: &str| doc.line_of(&["department", &idx, key]);
        let targets = (d.webhook.as_deref(), d.email.as_deref());
        check_targets(path, &component, targets, at, smtp, errors);
    }
    check_takes_over(path, &doc, &raw, errors);
    let at = |key: &str| doc.line_of(&["poststelle", key]);
    let targets = (
        raw.poststelle.webhook.as_deref(),
        raw.poststelle.email.as_deref(),
    );
    check_targets(path, "[poststelle]", targets, at, smtp, errors);
    if raw.department.is_empty() {
        errors.push(path, None, "departments", "no [[department]] defined");
    }
    if let Some(review) = &raw.invoices.review {
        if !raw.department.iter().any(|d| &d.id == review) {
            errors.push(
                path,
                doc.line_of(&["invoices", "review"]),
                "[invoices]",
                format!("review department {review:?} is not a [[department]] id"),
            );
        }
    }
    if let Some(export) = &raw.invoices.export {
        check_export(
            path,
            "[invoices]",
            export,
            doc.line_of(&["invoices", "export"]),
            errors,
        );
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
        mailroom: raw.poststelle,
        invoices: raw.invoices,
    })
}

/// `takes_over` names a department of the file and towns of its `[[municipality]]` list (the
/// sender's town is known only for those).
fn check_takes_over(path: &Path, doc: &TomlDoc, raw: &RawFile, errors: &mut ConfigErrors) {
    for (i, d) in raw.department.iter().enumerate() {
        let Some(takes) = &d.takes_over else {
            continue;
        };
        let line = doc
            .line_of(&["department", &i.to_string(), "takes_over"])
            .or_else(|| doc.line_of(&["department", &i.to_string()]));
        let component = format!("department {:?}", d.id);
        if takes.department == d.id || !raw.department.iter().any(|o| o.id == takes.department) {
            errors.push(
                path,
                line,
                &component,
                format!(
                    "takes_over: {:?} is not another [[department]] id",
                    takes.department
                ),
            );
        }
        if takes.municipalities.is_empty() {
            errors.push(
                path,
                line,
                &component,
                "takes_over: no municipalities listed",
            );
        }
        for m in &takes.municipalities {
            if !raw
                .municipality
                .iter()
                .any(|x| x.name.eq_ignore_ascii_case(m))
            {
                errors.push(
                    path,
                    line,
                    &component,
                    format!(
                        "takes_over: {m:?} is not a [[municipality]] of this file (the sender's \
                         town is known by its postcode there)"
                    ),
                );
            }
        }
    }
}

/// An invoice export: an http(s) URL or an absolute folder.
fn check_export(
    path: &Path,
    component: &str,
    export: &str,
    line: Option<usize>,
    errors: &mut ConfigErrors,
) {
    let url = export.starts_with("http://") || export.starts_with("https://");
    if !url && !Path::new(export).is_absolute() {
        errors.push(
            path,
            line,
            component,
            format!("export {export:?} is neither an http(s) URL nor an absolute folder"),
        );
    }
}

/// Checks a notification webhook (an http(s) URL) and address (needs a mail server).
fn check_targets(
    path: &Path,
    component: &str,
    (webhook, email): (Option<&str>, Option<&str>),
    line_of: impl Fn(&str) -> Option<usize>,
    smtp: bool,
    errors: &mut ConfigErrors,
) {
    if let Some(url) = webhook {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            errors.push(
                path,
                line_of("webhook"),
                component,
                format!("webhook {url:?} is not an http:// or https:// URL"),
            );
        }
    }
    if let Some(mail) = email {
        if !mail.contains('@') {
            errors.push(
                path,
                line_of("email"),
                component,
                format!("email {mail:?} is not an address"),
            );
        } else if !smtp {
            errors.push(
                path,
                line_of("email"),
                component,
                "email notifications need a mail server: add [routing.smtp] to mailroom.toml",
            );
        }
    }
}
