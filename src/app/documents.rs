//! Finding and reading documents. Every function here takes the asking [`Actor`]: what is
//! not theirs to see answers exactly like what does not exist, search restricts the index
//! query itself, and every read of content by a person or token is in the audit log.

use serde::Serialize;
use serde_json::json;

use super::document_view::consignment_json;
use super::{App, AppError};
use crate::model::{format_utc, Actor, ActorKind, DocumentId, Role, Sha256};
use crate::model::{DocumentRecord, RoutingRecord};
use crate::search::{FacetCount, SearchOrder, SearchQuery, SearchResults};

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
            "`{s}` is not a date (TT.MM.JJJJ or YYYY-MM-DD) or timestamp (RFC 3339)"
        ))
    };
    let s = s.trim();
    // German offices write 04.12.2026 (also 4.12.2026).
    let date = match jiff::civil::Date::strptime("%d.%m.%Y", s) {
        Ok(d) => d,
        Err(_) => s.parse::<jiff::civil::Date>().map_err(|_| invalid())?,
    };
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

/// The order of hits asked for (`relevance` or `newest`; German `relevanz`/`eingang`); without
/// one, best match first when there are search words, else newest first.
pub fn search_order(asked: Option<&str>, text: &str) -> Result<SearchOrder, AppError> {
    match asked.map(str::trim).filter(|s| !s.is_empty()) {
        Some("relevance" | "relevanz") => Ok(SearchOrder::Relevance),
        Some("newest" | "eingang") => Ok(SearchOrder::Newest),
        Some(other) => Err(AppError::Invalid(format!(
            "unknown sort {other:?}: relevance or newest"
        ))),
        None if text.trim().is_empty() => Ok(SearchOrder::Newest),
        None => Ok(SearchOrder::Relevance),
    }
}

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
pub(crate) async fn record_read(
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
    Ok(consignment_json(&c))
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
