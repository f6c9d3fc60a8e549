//! Finding and reading documents. Every function here takes the asking [`Actor`]: what is
//! not theirs to see answers exactly like what does not exist, search restricts the index
//! query itself, and every read of content by a person or token is in the audit log.

use serde::Serialize;
use serde_json::json;

use super::{App, AppError};
use crate::integrity::transfer_note;
use crate::model::{
    format_berlin, format_utc, Actor, ActorKind, DocumentId, DocumentScope, Role, Sha256,
};
use crate::model::{ConsignmentRecord, DocumentRecord, RoutingRecord};
use crate::search::{FacetCount, SearchQuery, SearchResults};

/// One search hit as the CLI (`search --json`) and the API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct HitView {
    #[schema(value_type = i64)]
    pub id: DocumentId,
    pub score: f32,
    pub snippet: String,
    pub snippet_html: String,
    pub original_filename: String,
    pub pipeline: String,
    pub channel: String,
    pub mailbox: Option<String>,
    pub received_at: String,
    pub department: Option<String>,
    pub class: Option<String>,
    pub tags: Vec<String>,
}

/// Facet counts over every visible matching document.
#[derive(Debug, Clone, Serialize, Default, utoipa::ToSchema)]
pub struct FacetsView {
    pub department: Vec<FacetCount>,
    pub class: Vec<FacetCount>,
    pub tag: Vec<FacetCount>,
    pub channel: Vec<FacetCount>,
}

/// `{hits, total, facets}`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SearchView {
    pub hits: Vec<HitView>,
    pub total: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<FacetsView>,
}

impl SearchView {
    pub fn from_results(results: &SearchResults) -> SearchView {
        SearchView {
            hits: results
                .hits
                .iter()
                .map(|h| HitView {
                    id: h.id,
                    score: h.score,
                    snippet: h.snippet.clone(),
                    snippet_html: h.snippet_html.clone(),
                    original_filename: h.original_filename.clone(),
                    pipeline: h.pipeline.clone(),
                    channel: h.channel.clone(),
                    mailbox: h.mailbox.clone(),
                    received_at: format_utc(h.received_at),
                    department: h.department.clone(),
                    class: h.class.clone(),
                    tags: h.tags.clone(),
                })
                .collect(),
            total: results.total,
            facets: results.facets.as_ref().map(|f| FacetsView {
                department: f.departments.clone(),
                class: f.classes.clone(),
                tag: f.tags.clone(),
                channel: f.channels.clone(),
            }),
        }
    }
}

/// A day in Berlin (its start, or the start of the next day for an inclusive end) or an
/// instant (RFC 3339), as people give search ranges.
pub fn parse_when(s: &str, end_of_day: bool) -> Result<crate::model::Timestamp, AppError> {
    if let Ok(ts) = s.parse::<crate::model::Timestamp>() {
        return Ok(ts);
    }
    let invalid = || {
        AppError::Invalid(format!(
            "`{s}` is not a date (YYYY-MM-DD) or timestamp (RFC 3339)"
        ))
    };
    let date = s.parse::<jiff::civil::Date>().map_err(|_| invalid())?;
    let date = if end_of_day {
        date.tomorrow().map_err(|_| invalid())?
    } else {
        date
    };
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").map_err(|_| invalid())?;
    Ok(date.to_zoned(tz).map_err(|_| invalid())?.timestamp())
}

/// Roles that read document contents at all.
pub(super) const READERS: &[Role] = &[Role::Clerk, Role::Mailroom];

/// Full-text search over what the actor may see.
pub async fn search(
    app: &App,
    actor: &Actor,
    mut query: SearchQuery,
) -> Result<SearchResults, AppError> {
    app.require(actor, READERS, "searching documents")?;
    query.scope = actor.document_scope();
    Ok(app.search.search(&query).await?)
}

/// The document if the actor may see it now; otherwise `NotFound`, as if it did not exist.
pub async fn visible_document(
    app: &App,
    actor: &Actor,
    id: DocumentId,
) -> Result<DocumentRecord, AppError> {
    let not_found = || AppError::NotFound(format!("no document {id}"));
    let doc = app.store.document(id).await?.ok_or_else(not_found)?;
    if actor.document_scope().admits(doc.department.as_deref()) {
        Ok(doc)
    } else {
        Err(not_found())
    }
}

/// Reads of content by people and machines go into the document's hash chain. The local
/// shell is not audited: whoever has it can read the database directly.
pub(super) async fn record_read(
    app: &App,
    actor: &Actor,
    id: DocumentId,
    what: &str,
) -> Result<(), AppError> {
    if matches!(actor.kind, ActorKind::Local | ActorKind::System) {
        return Ok(());
    }
    let detail = json!({
        "actor": actor.name,
        "kind": actor.kind,
        "what": what,
        "address": actor.address,
    });
    app.store.audit_event(Some(id), "read", &detail).await?;
    Ok(())
}

fn consignment_json(c: &ConsignmentRecord, parts: Vec<serde_json::Value>) -> serde_json::Value {
    json!({
        "id": c.id,
        "kind": c.kind,
        "receipt_id": c.receipt_id,
        "received_at": format_utc(c.received_at),
        "mailbox": c.mailbox,
        "message_id": c.header.message_id,
        "subject": c.header.subject,
        "from": c.header.from,
        "to": c.header.to,
        "cc": c.header.cc,
        "sent_at": c.header.sent_at.map(format_utc),
        "documents": parts,
    })
}

/// A consignment with only the parts the scope admits (a clerk sees that a mail had other
/// attachments only if those are routed to them too).
async fn visible_consignment(
    app: &App,
    scope: &DocumentScope,
    c: &ConsignmentRecord,
) -> Result<serde_json::Value, AppError> {
    let mut parts = Vec::with_capacity(c.parts.len());
    for p in &c.parts {
        let visible = match (scope, p.document_id) {
            (DocumentScope::All, _) => true,
            (_, Some(d)) => match app.store.document(d).await? {
                Some(doc) => scope.admits(doc.department.as_deref()),
                None => false,
            },
            (_, None) => false,
        };
        if visible {
            parts.push(json!({
                "position": p.position, "role": p.role, "name": p.name,
                "document_id": p.document_id, "receipt_id": p.receipt_id, "state": p.state,
            }));
        }
    }
    Ok(consignment_json(c, parts))
}

/// A consignment by id (`show --consignment`): for those who see every document.
pub async fn consignment(
    app: &App,
    actor: &Actor,
    id: crate::model::ConsignmentId,
) -> Result<serde_json::Value, AppError> {
    app.require(actor, &[Role::Mailroom], "showing consignments")?;
    let c = app
        .store
        .consignment(id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no consignment {id}")))?;
    visible_consignment(app, &DocumentScope::All, &c).await
}

/// Everything about one document (`show --json`, `GET /api/v1/documents/{id}`).
pub async fn detail(
    app: &App,
    actor: &Actor,
    id: DocumentId,
) -> Result<serde_json::Value, AppError> {
    app.require(actor, READERS, "reading documents")?;
    let doc = visible_document(app, actor, id).await?;
    let store = &app.store;
    let pages = store.pages(doc.id).await?;
    let events = store.document_events(doc.id).await?;
    let scope = actor.document_scope();
    let mut consignments = Vec::new();
    for c in store.consignments_of(doc.id).await? {
        consignments.push(visible_consignment(app, &scope, &c).await?);
    }
    let routings = store.routings(doc.id).await?;
    let fields = store.fields(doc.id).await?;
    let state = match &doc.department {
        Some(d) => store
            .inbox(d, &[])
            .await?
            .into_iter()
            .find(|e| e.document_id == doc.id)
            .map(|a| a.state),
        None => None,
    };
    record_read(app, actor, doc.id, "detail").await?;
    Ok(json!({
        "id": doc.id,
        "sha256": doc.sha256,
        "received_at": format_utc(doc.received_at),
        "received_at_local": format_berlin(doc.received_at),
        "claimed_at": format_utc(doc.claimed_at),
        "status": doc.status,
        "pipeline": doc.pipeline,
        "channel": doc.channel,
        "original_filename": doc.original_filename,
        "size": doc.size,
        "media_type": doc.media_type,
        "page_count": doc.page_count,
        "archive_sha256": doc.archive_sha256,
        "archive_size": doc.archive_size,
        "filed_at": format_utc(doc.filed_at),
        "indexed_at": doc.indexed_at.map(format_utc),
        "receipt_id": doc.receipt_id,
        "consignments": consignments,
        "department": doc.department,
        "class": doc.class,
        "priority": doc.priority,
        "deadline": doc.deadline,
        "tags": doc.tags,
        "state": state,
        "routing": routings.last(),
        "fields": fields,
        "pages": pages.iter().map(|p| json!({
            "number": p.number,
            "text": p.text,
            "confidence": p.confidence,
            "text_source": p.text_source,
            "width": p.width, "height": p.height, "dpi": p.dpi,
            "note": p.note,
        })).collect::<Vec<_>>(),
        "events": events.iter().map(|e| json!({
            "at": format_utc(e.at), "kind": e.kind,
            "receipt_id": e.receipt_id, "detail": e.detail,
        })).collect::<Vec<_>>(),
        "transfer_note": transfer_note(&doc, &pages, &events),
    }))
}

/// Which stored file of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// The file exactly as received.
    Original,
    /// The PDF/A copy with text layer (scanned documents).
    Archive,
}

/// A stored file of a document, checked against its SHA-256.
#[derive(Debug)]
pub struct ContentFile {
    pub document: DocumentRecord,
    pub sha256: Sha256,
    pub bytes: Vec<u8>,
    /// A name for saving it.
    pub filename: String,
    pub media_type: String,
}

pub async fn content(
    app: &App,
    actor: &Actor,
    id: DocumentId,
    which: Content,
) -> Result<ContentFile, AppError> {
    app.require(actor, READERS, "reading documents")?;
    let doc = visible_document(app, actor, id).await?;
    let (sha, filename, media_type, what) = match which {
        Content::Original => (
            doc.sha256,
            doc.original_filename.clone(),
            doc.media_type.clone(),
            "original",
        ),
        Content::Archive => {
            let sha = doc.archive_sha256.ok_or_else(|| {
                AppError::NotFound(format!(
                    "document {id} has no archive copy (only scanned documents get one)"
                ))
            })?;
            let stem = std::path::Path::new(&doc.original_filename)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| format!("document-{id}"));
            (
                sha,
                format!("{stem}.archive.pdf"),
                "application/pdf".to_string(),
                "archive",
            )
        }
    };
    let bytes = stored_file(app, id, sha).await?;
    record_read(app, actor, doc.id, what).await?;
    Ok(ContentFile {
        document: doc,
        sha256: sha,
        bytes,
        filename,
        media_type,
    })
}

/// The bytes of a stored file of document `id` (off the runtime).
pub(super) async fn stored_file(
    app: &App,
    id: DocumentId,
    sha: Sha256,
) -> Result<Vec<u8>, AppError> {
    let blobs = app.blobs.clone();
    tokio::task::spawn_blocking(move || blobs.get(sha))
        .await
        .map_err(|e| AppError::Unavailable(format!("reading the file stopped: {e}")))?
        .map_err(|e| {
            AppError::Unavailable(format!(
                "document {id}: the stored file cannot be read ({e}); run `mailroom verify`"
            ))
        })
}

/// Every routing decision of a document, oldest first (`explain --json`).
pub async fn routings(
    app: &App,
    actor: &Actor,
    id: DocumentId,
) -> Result<(DocumentRecord, Vec<RoutingRecord>), AppError> {
    app.require(actor, READERS, "explaining routing")?;
    let doc = visible_document(app, actor, id).await?;
    let routings = app.store.routings(doc.id).await?;
    record_read(app, actor, doc.id, "explain").await?;
    Ok((doc, routings))
}

/// `GET /api/v1/audit`, `mailroom audit`: reads, logins and account changes.
pub async fn audit(
    app: &App,
    actor: &Actor,
    document: Option<DocumentId>,
    limit: usize,
) -> Result<Vec<serde_json::Value>, AppError> {
    app.require(actor, &[Role::Auditor], "reading the audit log")?;
    Ok(app
        .store
        .audit_events(document, limit)
        .await?
        .into_iter()
        .map(|e| {
            json!({
                "at": format_utc(e.at), "kind": e.kind,
                "document_id": e.document_id, "detail": e.detail,
            })
        })
        .collect())
}
