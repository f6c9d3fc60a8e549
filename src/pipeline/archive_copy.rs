//! The archive copy of a scanned document (TR-RESISCAN): its corrected pages with content, as
//! rendered by Tesseract with their text layer, joined into one PDF/A-2b with the transfer
//! note in its metadata, stored in the blob store (with the original, by the group commit)
//! before the document is filed.

use serde_json::{json, Value};

use super::filer::BlobWrite;
use super::runner::Runner;
use crate::archive::page_image::ArchivePage;
use crate::archive::{write_archive, ArchiveError, ArchiveMeta};
use crate::integrity::{pending_transfer_note, NoteFacts};
use crate::model::Sha256;
use crate::model::{ArchiveRef, PageRecord, Receipt, TextSource};
use crate::stage::{PageRole, PageWork, WorkItem};
use crate::store::{BlobData, StoreError};

/// Whether `pages` can make an archive copy: `None` if there is nothing to archive (no page was
/// read from an image), else `Ok` or why not.
pub(super) fn archivable<'a>(
    pages: impl IntoIterator<Item = &'a PageWork>,
) -> Option<Result<(), String>> {
    let content: Vec<&PageWork> = pages
        .into_iter()
        .filter(|p| p.role == PageRole::Content)
        .collect();
    if content.is_empty() || !content.iter().any(|p| p.archive_page.is_some()) {
        return None;
    }
    let missing: Vec<u32> = content
        .iter()
        .filter(|p| p.archive_page.is_none())
        .map(|p| p.number)
        .collect();
    if !missing.is_empty() {
        let text_layer = content
            .iter()
            .any(|p| p.text_source == TextSource::TextLayer);
        return Some(Err(if text_layer {
            format!("pages {missing:?} have their own text and no scanned image")
        } else {
            format!("pages {missing:?} could not be read or rendered")
        }));
    }
    Some(Ok(()))
}

/// Takes the archive pages of the pages with content (memory: they are not needed twice).
pub(super) fn take_archive_pages<'a>(
    pages: impl IntoIterator<Item = &'a mut PageWork>,
) -> Vec<ArchivePage> {
    pages
        .into_iter()
        .filter(|p| p.role == PageRole::Content)
        .filter_map(|p| p.archive_page.take())
        .collect()
}

/// Why an archive copy was not made.
#[derive(Debug)]
pub(super) enum ArchiveFailure {
    /// The PDF could not be written from these pages (trying again gives the same).
    Build(String),
    /// Making it took too long (a busy machine); trying again later may work.
    Store(String),
}

impl std::fmt::Display for ArchiveFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArchiveFailure::Build(m) | ArchiveFailure::Store(m) => f.write_str(m),
        }
    }
}

/// Writes the archive copy into a scratch file in `spool` (named after receipt `id`, removed
/// at recovery if a crash leaves it); its path, size and hash.
fn write_scratch(
    spool: &std::path::Path,
    id: i64,
    pages: Vec<ArchivePage>,
    meta: &ArchiveMeta,
) -> Result<(tempfile::TempPath, u64, Sha256), ArchiveFailure> {
    // Writing or reading the scratch file failing (a full disk) may pass: later.
    let store = |e: std::io::Error| {
        ArchiveFailure::Store(format!("scratch file for the archive copy: {e}"))
    };
    let mut scratch = tempfile::Builder::new()
        .prefix(&format!("{id}.archive."))
        .suffix(".tmp")
        .tempfile_in(spool)
        .map_err(store)?;
    let size = match write_archive(pages, meta, scratch.as_file_mut()) {
        Ok(size) => size,
        Err(ArchiveError::Write(e)) => return Err(store(e)),
        // The same pages give the same failure: no use trying again.
        Err(e) => return Err(ArchiveFailure::Build(e.to_string())),
    };
    let sha = std::fs::File::open(scratch.path())
        .and_then(Sha256::of_reader)
        .map_err(store)?;
    Ok((scratch.into_temp_path(), size, sha))
}

impl Runner {
    /// The `received` event's detail of a receipt (scanner, station, operator).
    pub(super) async fn received_detail(&self, r: &Receipt) -> Result<Option<Value>, StoreError> {
        let events = self.store.receipt_events(r.id).await?;
        Ok(events
            .into_iter()
            .find(|e| e.kind == "received")
            .map(|e| e.detail))
    }

    /// Builds an archive copy from its pages into a scratch file in the spool (the group
    /// commit links it into the blob store). The transfer note is computed from `pages` and
    /// `events` as they will be filed.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn store_archive(
        &self,
        r: &Receipt,
        title: String,
        original: Sha256,
        archive_pages: Vec<ArchivePage>,
        pages: &[PageRecord],
        events: &[(String, Value)],
        received: Option<&Value>,
    ) -> Result<(ArchiveRef, BlobWrite), ArchiveFailure> {
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
        use crate::stage::{blocking, Reason, StageError};
        let spool = self.spool().dir().to_path_buf();
        let id = r.id.0;
        let built = blocking(
            "writing the archive copy",
            self.limits.page_timeout,
            move || Ok(write_scratch(&spool, id, archive_pages, &meta)),
        )
        .await;
        let (path, size, sha) = match built {
            Ok(result) => result?,
            Err(StageError::Permanent(r @ Reason::ReaderCrashed { .. })) => {
                return Err(ArchiveFailure::Build(r.to_string()))
            }
            // Slow (a busy machine) or the task was lost: later.
            Err(e) => return Err(ArchiveFailure::Store(e.to_string())),
        };
        let blob = BlobWrite {
            sha256: sha,
            data: BlobData::Scratch(std::sync::Arc::new(path)),
            what: "the archive copy",
        };
        Ok((ArchiveRef { sha256: sha, size }, blob))
    }

    /// The archive copy of a single scanned document (its pages as they will be filed:
    /// `records`), recorded in its events. A document that
    /// cannot have one is still filed (its original is kept) and the reason is an event;
    /// `Err` is a temporary failure (storage): try the document again later.
    pub(super) async fn archive_of_item(
        &self,
        r: &Receipt,
        item: &mut WorkItem,
        records: &[PageRecord],
    ) -> Result<Option<(ArchiveRef, BlobWrite)>, String> {
        match archivable(&item.pages) {
            None => return Ok(None),
            Some(Err(why)) => {
                item.event("archive_not_made", json!({ "reason": why }));
                return Ok(None);
            }
            Some(Ok(())) => {}
        }
        let received = self.received_detail(r).await.map_err(|e| e.to_string())?;
        let archive_pages = take_archive_pages(&mut item.pages);
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
                archive_pages,
                records,
                &item.events,
                received.as_ref(),
            )
            .await
        {
            Ok((a, blob)) => {
                item.event(
                    "archive_made",
                    json!({ "sha256": a.sha256.to_hex(), "size": a.size, "pages": kept, "format": "PDF/A-2b" }),
                );
                Ok(Some((a, blob)))
            }
            Err(ArchiveFailure::Store(why)) => Err(why),
            Err(ArchiveFailure::Build(why)) => {
                tracing::warn!(reason = %why, "no archive copy; the original is filed");
                item.event("archive_not_made", json!({ "reason": why }));
                Ok(None)
            }
        }
    }
}
