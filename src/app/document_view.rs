//! One document with everything its reader may see: page texts, extracted fields, routing
//! history, events, the mails it came with (only the parts the reader may see) and its
//! transfer note. The web page renders it; `show --json` and `GET /api/v1/documents/{id}`
//! serialise it ([`detail`]).

use serde_json::json;

use super::documents::{record_read, visible_document, READERS};
use super::{App, AppError};
use crate::extract::Field;
use crate::integrity::{transfer_note, TransferNote};
use crate::model::{format_berlin, format_utc, Actor, DocumentId, DocumentScope};
use crate::model::{ConsignmentRecord, DocumentRecord, EventRecord, PageRecord, RoutingRecord};

/// A document as its reader sees it.
#[derive(Debug, Clone)]
pub struct DocumentView {
    pub doc: DocumentRecord,
    pub pages: Vec<PageRecord>,
    pub events: Vec<EventRecord>,
    /// The mails (or other consignments) it came with, with the parts the reader may see.
    pub consignments: Vec<ConsignmentRecord>,
    /// Oldest first.
    pub routings: Vec<RoutingRecord>,
    pub fields: Vec<Field>,
    /// Its state in its department's inbox (none in triage).
    pub state: Option<String>,
    pub transfer_note: TransferNote,
    /// The e-invoice it is or carries, with its checks.
    pub invoice: Option<crate::model::Invoice>,
}

/// The consignment with only the parts `scope` admits (a clerk sees that a mail had other
/// attachments only if those are routed to them too).
async fn visible_parts(
    app: &App,
    scope: &DocumentScope,
    c: &ConsignmentRecord,
) -> Result<ConsignmentRecord, AppError> {
    let mut out = c.clone();
    out.parts.clear();
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
            out.parts.push(p.clone());
        }
    }
    Ok(out)
}

/// A consignment as `show --json` writes it.
pub(super) fn consignment_json(c: &ConsignmentRecord) -> serde_json::Value {
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
        "documents": c.parts.iter().map(|p| json!({
            "position": p.position, "role": p.role, "name": p.name,
            "document_id": p.document_id, "receipt_id": p.receipt_id, "state": p.state,
        })).collect::<Vec<_>>(),
    })
}

/// Everything about one document the actor may see; the read is in the audit log.
pub async fn view(app: &App, actor: &Actor, id: DocumentId) -> Result<DocumentView, AppError> {
    app.require(actor, READERS, "reading documents")?;
    let doc = visible_document(app, actor, id).await?;
    let store = &app.store;
    let pages = store.pages(doc.id).await?;
    let events = store.document_events(doc.id).await?;
    let scope = actor.document_scope();
    let mut consignments = Vec::new();
    for c in store.consignments_of(doc.id).await? {
        consignments.push(visible_parts(app, &scope, &c).await?);
    }
    let routings = store.routings(doc.id).await?;
    let fields = store.fields(doc.id).await?;
    let invoice = store.invoice(doc.id).await?;
    let state = match &doc.department {
        Some(d) => store.assignment_state(doc.id, d).await?,
        None => None,
    };
    let transfer_note = transfer_note(&doc, &pages, &events);
    record_read(app, actor, doc.id, "detail").await?;
    Ok(DocumentView {
        doc,
        pages,
        events,
        consignments,
        routings,
        fields,
        state,
        transfer_note,
        invoice,
    })
}

/// Everything about one document (`show --json`, `GET /api/v1/documents/{id}`).
pub async fn detail(
    app: &App,
    actor: &Actor,
    id: DocumentId,
) -> Result<serde_json::Value, AppError> {
    let v = view(app, actor, id).await?;
    let doc = &v.doc;
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
        "consignments": v.consignments.iter().map(consignment_json).collect::<Vec<_>>(),
        "department": doc.department,
        "class": doc.class,
        "priority": doc.priority,
        "deadline": doc.deadline,
        "tags": doc.tags,
        "state": v.state,
        "routing": v.routings.last(),
        "fields": v.fields,
        "invoice": v.invoice,
        "pages": v.pages.iter().map(|p| json!({
            "number": p.number,
            "text": p.text,
            "confidence": p.confidence,
            "text_source": p.text_source,
            "width": p.width, "height": p.height, "dpi": p.dpi,
            "note": p.note,
        })).collect::<Vec<_>>(),
        "events": v.events.iter().map(|e| json!({
            "at": format_utc(e.at), "kind": e.kind,
            "receipt_id": e.receipt_id, "detail": e.detail,
        })).collect::<Vec<_>>(),
        "transfer_note": v.transfer_note,
    }))
}
