//! The archive copy of a scanned document (TR-RESISCAN): its corrected pages with content, as
//! rendered by Tesseract with their text layer, joined into one PDF/A-2b with the transfer
//! note in its metadata, stored in the blob store before the document is filed.

use serde_json::{json, Value};

use super::runner::Runner;
use crate::archive::{build_archive, ArchiveMeta};
use crate::integrity::{pending_transfer_note, NoteFacts};
use crate::model::Sha256;
use crate::stage::{PageRole, PageWork, WorkItem};
use crate::store::{ArchiveRef, PageRecord, Receipt, TextSource};

/// The one-page PDFs of `pages` that have content, or why there can be no archive copy.
/// `None`: nothing to archive (no page was read from an image).
pub(super) fn page_pdfs<'a>(
    pages: impl IntoIterator<Item = &'a PageWork>,
) -> Option<Result<Vec<Vec<u8>>, String>> {
    let content: Vec<&PageWork> = pages
        .into_iter()
        .filter(|p| p.role == PageRole::Content)
        .collect();
    if content.is_empty() || !content.iter().any(|p| p.archive_pdf.is_some()) {
        return None;
    }
    let missing: Vec<u32> = content
        .iter()
        .filter(|p| p.archive_pdf.is_none())
        .map(|p| p.number)
        .collect();
    if !missing.is_empty() {
        let text_layer = content
            .iter()
            .any(|p| p.text_source == TextSource::TextLayer);
        return Some(Err(if text_layer {
            format!("pages {missing:?} have their own text and no scanned image")
        } else {
            format!("pages {missing:?} could not be rendered")
        }));
    }
    Some(Ok(content
        .iter()
        .filter_map(|p| p.archive_pdf.clone())
        .collect()))
}

/// Why an archive copy was not made.
#[derive(Debug)]
pub(super) enum ArchiveFailure {
    /// The PDF could not be written from these pages (trying again gives the same).
    Build(String),
    /// Storing it failed (disk); trying again later may work.
    Store(String),
}

impl std::fmt::Display for ArchiveFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArchiveFailure::Build(m) | ArchiveFailure::Store(m) => f.write_str(m),
        }
    }
}

impl Runner {
    /// The `received` event's detail of a receipt (scanner, station, operator).
    pub(super) async fn received_detail(&self, r: &Receipt) -> Option<Value> {
        let events = self.store.receipt_events(r.id).await.ok()?;
        events
            .into_iter()
            .find(|e| e.kind == "received")
            .map(|e| e.detail)
    }

    /// Builds and stores an archive copy from one-page PDFs. The transfer note is computed
    /// from `pages` and `events` as they will be filed.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn store_archive(
        &self,
        r: &Receipt,
        title: String,
        original: Sha256,
        pdfs: Vec<Vec<u8>>,
        pages: &[PageRecord],
        events: &[(String, Value)],
        received: Option<&Value>,
    ) -> Result<ArchiveRef, ArchiveFailure> {
        let facts = NoteFacts {
            received_at: r.received_at,
            pipeline: &r.pipeline,
            channel: &r.channel,
            original_filename: &r.original_filename,
            sha256: original,
            page_count: pages.len() as u32,
        };
        let note = pending_transfer_note(&facts, pages, events, received);
        let meta = ArchiveMeta {
            title,
            created: r.received_at,
            producer: format!("mailroom {}", env!("CARGO_PKG_VERSION")),
            transfer_note_json: serde_json::to_string(&note)
                .map_err(|e| ArchiveFailure::Build(e.to_string()))?,
        };
        let bytes = crate::stage::blocking(
            "writing the archive copy",
            self.limits.page_timeout,
            move || {
                build_archive(&pdfs, &meta)
                    .map_err(|e| crate::stage::StageError::Transient(e.to_string()))
            },
        )
        .await
        .map_err(|e| {
            ArchiveFailure::Build(match e {
                crate::stage::StageError::Transient(m) => m,
                crate::stage::StageError::Permanent(r) => r.to_string(),
            })
        })?;
        let sha = Sha256::of(&bytes);
        let size = bytes.len() as u64;
        self.store_blob(sha, std::sync::Arc::new(bytes))
            .await
            .map_err(|e| ArchiveFailure::Store(e.replace("the original", "the archive copy")))?;
        Ok(ArchiveRef { sha256: sha, size })
    }

    /// The archive copy of a single scanned document, recorded in its events. A document
    /// without one is still filed (its original is kept); the failure is an event.
    pub(super) async fn archive_of_item(
        &self,
        r: &Receipt,
        item: &mut WorkItem,
    ) -> Option<ArchiveRef> {
        let pdfs = match page_pdfs(&item.pages)? {
            Ok(p) => p,
            Err(why) => {
                item.event("archive_not_made", json!({ "reason": why }));
                return None;
            }
        };
        let received = self.received_detail(r).await;
        let records: Vec<PageRecord> = item.pages.iter().map(|p| p.to_record()).collect();
        let kept: Vec<u32> = item
            .pages
            .iter()
            .filter(|p| p.role == PageRole::Content)
            .map(|p| p.number)
            .collect();
        match self
            .store_archive(
                r,
                r.original_filename.clone(),
                item.sha256,
                pdfs,
                &records,
                &item.events,
                received.as_ref(),
            )
            .await
        {
            Ok(a) => {
                item.event(
                    "archive_made",
                    json!({ "sha256": a.sha256.to_hex(), "size": a.size, "pages": kept, "format": "PDF/A-2b" }),
                );
                Some(a)
            }
            Err(why) => {
                tracing::warn!(reason = %why, "no archive copy; the original is filed");
                item.event("archive_not_made", json!({ "reason": why.to_string() }));
                None
            }
        }
    }
}
