//! Routing by people and the departments' inboxes: routing a document by hand (the model
//! learns from it), triage, an inbox and the state of a document in it. Every change records
//! who made it.

use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use super::documents::visible_document;
use super::{App, AppError};
use crate::model::{
    source, Explanation, InboxEntry, ModelOpinion, NewRouting, PreviousDecision, Ranked,
    RoutingRecord,
};
use crate::model::{Actor, DocumentId, DocumentScope, Role};
use crate::routing::{training, Router};

/// The states a document goes through in an inbox.
pub const STATES: [&str; 4] = ["neu", "in_bearbeitung", "erledigt", "weitergeleitet"];

/// The current departments (see [`App::departments`]).
fn departments(app: &App) -> Result<Arc<crate::config::Departments>, AppError> {
    app.routing_config()?;
    app.departments()
        .ok_or_else(|| AppError::Unavailable("no departments loaded".into()))
}

/// The department must exist; a clerk must be one of its members (else it is not found).
fn check_department(app: &App, actor: &Actor, department: &str) -> Result<(), AppError> {
    let not_found = || AppError::NotFound(format!("no department {department:?}"));
    departments(app)?.get(department).ok_or_else(not_found)?;
    match actor.document_scope() {
        DocumentScope::All => Ok(()),
        DocumentScope::Departments(own) if own.contains(department) => Ok(()),
        DocumentScope::Departments(_) => Err(not_found()),
    }
}

/// What routing by hand did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Rerouted {
    #[schema(value_type = i64)]
    pub document_id: DocumentId,
    pub department: String,
    pub class: Option<String>,
    /// `corrected` (something changed) or `confirmed`.
    pub kind: &'static str,
    /// The routing it replaced, as `explain` shows it.
    pub previous: Option<RoutingRecord>,
    pub learned_ms: f64,
}

/// The longest note a person may send along with a forwarded document.
pub const NOTE_MAX_CHARS: usize = 2000;

/// Routes a document by hand (mail-room staff): recorded with who decided, learned by the
/// model at once, searchable under the new department as soon as the index can take it.
/// `note` travels with the decision (the receiving department reads it in the history).
pub async fn route(
    app: &App,
    actor: &Actor,
    id: DocumentId,
    department: &str,
    class: Option<String>,
    note: Option<String>,
) -> Result<Rerouted, AppError> {
    app.require(actor, &[Role::Mailroom], "routing documents")?;
    let doc = visible_document(app, actor, id).await?;
    reroute(app, actor, doc, department, class, note).await
}

/// Forwards a document to another department with a note (Abgabe): a clerk whose department
/// holds it, or mail-room staff. The document leaves the clerk's inbox (state
/// `weitergeleitet`, after which the clerk no longer sees it), the receiving department is
/// told as of any arrival, and the model learns where it belonged.
pub async fn forward(
    app: &App,
    actor: &Actor,
    id: DocumentId,
    department: &str,
    note: Option<String>,
) -> Result<Rerouted, AppError> {
    app.require(
        actor,
        &[Role::Clerk, Role::Mailroom],
        "forwarding documents",
    )?;
    let doc = visible_document(app, actor, id).await?;
    if doc.department.as_deref() == Some(department) {
        return Err(AppError::Invalid(format!(
            "document {id} is already in department {department}; choose another one"
        )));
    }
    reroute(app, actor, doc, department, None, note).await
}

/// A router with the model file as it is on disk, built off the async runtime (it reads the
/// model and, once per configuration, learns the example letters).
async fn router_from_disk(
    app: &App,
    routing: &crate::config::RoutingConfig,
) -> Result<Arc<Router>, AppError> {
    let (routing, data_dir) = (routing.clone(), app.config.data_dir.clone());
    tokio::task::spawn_blocking(move || Arc::new(Router::new(&routing, &data_dir)))
        .await
        .map_err(|e| AppError::Unavailable(format!("loading the model: {e}")))
}

/// The one path by which a person changes where a document is: checks the department and
/// class, records the decision, teaches the model and re-indexes.
async fn reroute(
    app: &App,
    actor: &Actor,
    doc: crate::model::DocumentRecord,
    department: &str,
    class: Option<String>,
    note: Option<String>,
) -> Result<Rerouted, AppError> {
    let routing = app.routing_config()?;
    let known = departments(app)?;
    if known.get(department).is_none() {
        return Err(AppError::Invalid(format!(
            "no department {department:?} in {}; known: {}",
            routing.departments_file.display(),
            known.ids().join(", ")
        )));
    }
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    if note
        .as_ref()
        .is_some_and(|n| n.chars().count() > NOTE_MAX_CHARS)
    {
        return Err(AppError::Invalid(format!(
            "the note is longer than {NOTE_MAX_CHARS} characters; shorten it"
        )));
    }
    let router = match &app.router {
        Some(r) => Arc::clone(r),
        None => router_from_disk(app, routing).await?,
    };
    let rules = router.rules();
    if let Some(c) = &class {
        if !rules.classes.is_empty() && !rules.classes.contains(c) {
            return Err(AppError::Invalid(format!(
                "no class {c:?} in {}; known: {}",
                rules.file.display(),
                rules.classes.join(", ")
            )));
        }
    }
    let history = app.store.routings(doc.id).await?;
    let previous = history.last().cloned();
    let class = class.or_else(|| doc.class.clone());
    let changed = doc.department.as_deref() != Some(department) || class != doc.class;
    let decision = NewRouting {
        source: source::MANUAL.into(),
        department: Some(department.to_string()),
        class: class.clone(),
        class_confidence: None,
        department_confidence: None,
        tags: doc.tags.clone(),
        priority: doc.priority.clone(),
        deadline: doc.deadline.clone(),
        rules_version: previous
            .as_ref()
            .and_then(|p| p.routing.rules_version.clone()),
        explanation: Explanation {
            manual: true,
            previous: previous.as_ref().map(|p| PreviousDecision {
                department: p.routing.department.clone(),
                class: p.routing.class.clone(),
                source: p.routing.source.clone(),
            }),
            note,
            ..Explanation::default()
        },
        decided_by: Some(actor.name.clone()),
    };
    app.store.route_document(doc.id, decision).await?;
    let started = Instant::now();
    let kind = if changed { "corrected" } else { "confirmed" };
    training::learn(
        app.store.as_ref(),
        &router,
        doc.id,
        class.as_deref(),
        Some(department),
        kind,
    )
    .await
    .map_err(|e| AppError::Unavailable(format!("learning from the decision: {e}")))?;
    let learned_ms = started.elapsed().as_secs_f64() * 1000.0;
    // Search filters (and so who may find it) follow the new department now where this
    // process holds the index; otherwise the running daemon re-indexes within seconds.
    if let Err(e) = crate::pipeline::indexer::index_all_pending(&app.store, &app.search).await {
        tracing::debug!(error = %e, "index not writable here; the daemon re-indexes");
    }
    Ok(Rerouted {
        document_id: doc.id,
        department: department.to_string(),
        class,
        kind,
        previous,
        learned_ms,
    })
}

/// What the model as it is now (with every correction learned so far) thinks of a document:
/// its department and class rankings, as in a decision's explanation (`model`). A decision
/// records the model of its time; after corrections, this is the answer to "and now?".
pub async fn model_opinion(
    app: &App,
    actor: &Actor,
    id: DocumentId,
) -> Result<ModelOpinion, AppError> {
    app.require(actor, &[Role::Mailroom, Role::Operator], "asking the model")?;
    let routing = app.routing_config()?;
    let doc = visible_document(app, actor, id).await?;
    // Read from disk (not a long-running process's copy): what the daemon decides with.
    let router = router_from_disk(app, routing).await?;
    let decision = decide_again(app.store.as_ref(), &router, &doc).await?;
    Ok(decision.explanation.model.unwrap_or_default())
}

/// The decision `router` would make for a stored document now, from its stored text and the
/// mail it came in (no access check: for replays over all documents and the model's opinion).
/// Extracting and deciding are CPU work: they run off the async runtime.
pub async fn decide_again(
    store: &dyn crate::store::Store,
    router: &Arc<Router>,
    doc: &crate::model::DocumentRecord,
) -> Result<NewRouting, AppError> {
    let pages: Vec<String> = store
        .pages(doc.id)
        .await?
        .into_iter()
        .map(|p| p.text)
        .collect();
    let consignment = store.consignments_of(doc.id).await?.into_iter().next();
    let invoice = store.invoice(doc.id).await?;
    let (router, doc, id) = (Arc::clone(router), doc.clone(), doc.id);
    tokio::task::spawn_blocking(move || {
        let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
        let fields = router.extract(&texts);
        router.decide(&crate::routing::DecideInput {
            pages: &pages,
            fields: &fields,
            pipeline: &doc.pipeline,
            channel: &doc.channel,
            mailbox: consignment.as_ref().and_then(|c| c.mailbox.as_deref()),
            sender: consignment.as_ref().and_then(|c| c.header.from.as_deref()),
            received_at: doc.received_at,
            invoice: invoice.as_ref(),
        })
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("deciding document {id}: {e}")))
}

/// A department's inbox: documents in `states` (empty: all). Clerks of the department and
/// mail-room staff only; for anyone else the department does not exist.
pub async fn inbox(
    app: &App,
    actor: &Actor,
    department: &str,
    states: &[String],
) -> Result<Vec<InboxEntry>, AppError> {
    app.require(actor, &[Role::Clerk, Role::Mailroom], "reading inboxes")?;
    check_department(app, actor, department)?;
    // A clerk sees what is the department's now, not what was forwarded away from it.
    let current_only = matches!(actor.document_scope(), DocumentScope::Departments(_));
    Ok(app.store.inbox(department, states, current_only).await?)
}

/// The inboxes a person works on, as the web interface's Posteingang shows them.
#[derive(Debug, Clone, Default)]
pub struct InboxOverview {
    /// The newest entries in the states asked for, at most the limit.
    pub entries: Vec<InboxEntry>,
    /// How many entries each state holds, over all of the actor's inboxes.
    pub counts: std::collections::BTreeMap<String, u64>,
}

/// The newest entries (and counts per state) of every inbox the actor works on: a clerk's own
/// departments, for mail-room staff all; `limit` entries from the `offset`-th newest on,
/// bounded however large the inboxes are.
pub async fn inbox_overview(
    app: &App,
    actor: &Actor,
    states: &[String],
    offset: usize,
    limit: usize,
) -> Result<InboxOverview, AppError> {
    app.require(actor, &[Role::Clerk, Role::Mailroom], "reading inboxes")?;
    let own: Option<Vec<String>> = match actor.document_scope() {
        DocumentScope::All => None,
        DocumentScope::Departments(own) => Some(own.into_iter().collect()),
    };
    let entries = app
        .store
        .inbox_newest(own.as_deref(), states, offset, limit)
        .await?;
    let counts = app
        .store
        .inbox_counts(own.as_deref())
        .await?
        .into_iter()
        .collect();
    Ok(InboxOverview { entries, counts })
}

/// Moves a document along in a department's inbox, recording who did it.
pub async fn set_state(
    app: &App,
    actor: &Actor,
    department: &str,
    id: DocumentId,
    state: &str,
) -> Result<(), AppError> {
    app.require(
        actor,
        &[Role::Clerk, Role::Mailroom],
        "changing inbox states",
    )?;
    check_department(app, actor, department)?;
    if !STATES.contains(&state) {
        return Err(AppError::Invalid(format!(
            "{state:?} is not a state; states are {}",
            STATES.join(", ")
        )));
    }
    visible_document(app, actor, id).await?;
    app.store
        .set_assignment_state(id, department, state, &actor.name)
        .await?;
    Ok(())
}

/// A document in triage, with why it is there and the model's best guess.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TriageEntry {
    #[schema(value_type = i64)]
    pub document_id: DocumentId,
    /// RFC 3339, UTC.
    #[schema(value_type = String)]
    #[serde(serialize_with = "crate::model::serialize_utc")]
    pub received_at: crate::model::Timestamp,
    pub original_filename: String,
    pub pipeline: String,
    pub subject: Option<String>,
    pub class: Option<String>,
    /// Why no rule and no sure model decision placed it.
    pub reason: Option<String>,
    /// The department the model would choose, and how sure it is.
    pub guess: Option<Ranked>,
}

/// Documents no rule and no sure model decision could place, with the model's guess.
pub async fn triage(app: &App, actor: &Actor) -> Result<Vec<TriageEntry>, AppError> {
    app.require(actor, &[Role::Mailroom], "reading triage")?;
    let entries = app.store.triage().await?;
    let mut rows = Vec::with_capacity(entries.len());
    for e in entries {
        let last = app.store.routings(e.document_id).await?.pop();
        let x = last.map(|r| r.routing.explanation).unwrap_or_default();
        rows.push(TriageEntry {
            document_id: e.document_id,
            received_at: e.received_at,
            original_filename: e.original_filename,
            pipeline: e.pipeline,
            subject: e.subject,
            class: e.class,
            reason: x.triage_reason,
            guess: x.model.and_then(|m| m.departments.into_iter().next()),
        });
    }
    Ok(rows)
}
