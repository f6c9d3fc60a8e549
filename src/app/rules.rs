//! Trying a rule set before it goes live: replays it over the stored documents and reports
//! what would change — counts per department, the documents that would move, and where the
//! rules disagree with a person's routing (those stay where the person put them). Nothing is
//! changed. For operators and mail-room staff.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::{App, AppError};
use crate::model::{Actor, DocumentId, Role};
use crate::routing::Router;

/// Where a document without a department is.
pub const TRIAGE: &str = "(triage)";
/// A document no routing decision was ever made for.
pub const UNROUTED: &str = "(not routed)";

/// One document whose department the rules would change.
#[derive(Debug, Clone, Serialize)]
pub struct RuleMove {
    pub document_id: DocumentId,
    /// Empty for actors who do not read documents (operators).
    pub original_filename: String,
    /// Department now ([`TRIAGE`], [`UNROUTED`]).
    pub from: String,
    /// Department under the rules tried.
    pub to: String,
    pub class_from: Option<String>,
    pub class_to: Option<String>,
    /// `rule`, `model` or `triage`.
    pub by: String,
    pub rule: Option<String>,
    pub rule_line: Option<u64>,
}

/// Documents per department now and under the rules tried.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct DepartmentCounts {
    pub now: u64,
    pub new: u64,
}

/// What a rule set would change.
#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    pub rules_file: PathBuf,
    pub version: String,
    pub documents: usize,
    /// Batch scans and mailbox files left out: their letters and messages are routed.
    pub containers: u64,
    pub per_department: BTreeMap<String, DepartmentCounts>,
    pub moves: Vec<RuleMove>,
    pub class_changes: u64,
    /// Manual routings the rules would decide otherwise.
    pub disagreements: Vec<RuleMove>,
}

/// Replays `router` (built with the rules to try, from `rules_file`) over every stored
/// document, or over the `newest` only (a preview that must answer while someone waits).
pub async fn replay(
    app: &App,
    actor: &Actor,
    router: &Arc<Router>,
    rules_file: &Path,
    newest: Option<usize>,
) -> Result<Replay, AppError> {
    app.require(actor, &[Role::Operator, Role::Mailroom], "testing rules")?;
    let store = app.store.as_ref();
    let mut replay = Replay {
        rules_file: rules_file.to_path_buf(),
        version: router.rules().version.clone(),
        documents: 0,
        containers: 0,
        per_department: BTreeMap::new(),
        moves: Vec::new(),
        class_changes: 0,
        disagreements: Vec::new(),
    };
    let may_read = actor.has(Role::Mailroom);
    let mut ids = store.document_ids().await?;
    if let Some(n) = newest {
        // Ids grow with filing: the highest are the newest.
        ids.sort_unstable();
        ids.drain(..ids.len().saturating_sub(n));
    }
    replay.documents = ids.len();
    for id in &ids {
        let Some(doc) = store.document(*id).await? else {
            continue;
        };
        let consignments = store.consignments_of(doc.id).await?;
        // A batch scan or mailbox file is a container: its letters and messages are routed,
        // never the container itself.
        if consignments.iter().any(|c| {
            matches!(c.kind.as_str(), "batch" | "mbox")
                && c.parts
                    .iter()
                    .any(|p| p.role == "cover" && p.document_id == Some(doc.id))
        }) {
            replay.containers += 1;
            continue;
        }
        let history = store.routings(doc.id).await?;
        let current = history.last();
        let decision = super::routing::decide_again(store, router, &doc).await?;
        let now = match (current, &doc.department) {
            (None, _) => UNROUTED.to_string(),
            (Some(_), None) => TRIAGE.to_string(),
            (Some(_), Some(d)) => d.clone(),
        };
        let new = decision
            .department
            .clone()
            .unwrap_or_else(|| TRIAGE.to_string());
        let manual = current.is_some_and(|r| r.routing.source == "manual");
        let entry = RuleMove {
            document_id: doc.id,
            // Operators see where documents would go, not what they are called: a file name
            // often names the person (need-to-know); mail-room staff read the documents anyway.
            original_filename: if may_read {
                doc.original_filename.clone()
            } else {
                String::new()
            },
            from: now.clone(),
            to: new.clone(),
            class_from: doc.class.clone(),
            class_to: decision.class.clone(),
            by: decision.source.clone(),
            rule: decision.explanation.rule.clone(),
            rule_line: decision.explanation.rule_line,
        };
        replay.per_department.entry(now.clone()).or_default().now += 1;
        if manual {
            replay.per_department.entry(now.clone()).or_default().new += 1;
            if new != now {
                replay.disagreements.push(entry);
            }
            continue;
        }
        replay.per_department.entry(new.clone()).or_default().new += 1;
        if decision.class != doc.class {
            replay.class_changes += 1;
        }
        if new != now {
            replay.moves.push(entry);
        }
    }
    Ok(replay)
}

/// The rules file as it is on disk, checked: what `/regeln` shows operators.
#[derive(Debug, Clone)]
pub struct RulesFile {
    pub path: PathBuf,
    pub text: String,
    /// SHA-256 (hex) of the text: a save names the text it changed, so that a change made
    /// meanwhile by someone else is not overwritten.
    pub sha256: String,
    /// The rule set's version and number of rules when the file is valid.
    pub valid: Option<(String, usize)>,
    /// Every problem in the file, with its line (the daemon keeps the previous rules).
    pub errors: Vec<crate::config::Diagnostic>,
}

/// Reads and checks the rules file (operators and mail-room staff).
pub async fn current(app: &App, actor: &Actor) -> Result<RulesFile, AppError> {
    app.require(
        actor,
        &[Role::Operator, Role::Mailroom],
        "reading the rules",
    )?;
    let routing = app.routing_config()?.clone();
    tokio::task::spawn_blocking(move || {
        let path = routing.rules_file.clone();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| AppError::Unavailable(format!("cannot read {}: {e}", path.display())))?;
        // Checked as read: the text shown and its errors are of the same version of the file.
        let (valid, errors) = match routing.parse_rules(&path, text.clone()) {
            Ok(rules) => (Some((rules.version.clone(), rules.rules.len())), Vec::new()),
            Err(errors) => (None, errors.0),
        };
        Ok(RulesFile {
            sha256: crate::model::Sha256::of(text.as_bytes()).to_string(),
            path,
            text,
            valid,
            errors,
        })
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("reading the rules stopped: {e}")))?
}
