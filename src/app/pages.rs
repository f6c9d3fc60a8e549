//! Page images for reading a document in the browser: page n of the archive copy (scans) or
//! of the original PDF, rendered by poppler. A page image is a read like any other. Rendered
//! pages are kept in memory up to [`PAGE_CACHE_BYTES`]: a clerk pages back and forth, and a
//! page costs poppler a tenth of a second or more.

use crate::model::{Actor, DocumentId};
use crate::original::Original;

use super::documents::{record_read, stored_file, visible_document, READERS};
use super::{App, AppError};

/// Long side of a page image: A4 at 150 dpi, sharp enough to read on a screen.
pub const PAGE_IMAGE_LONG_SIDE: u32 = 1754;

/// Memory for rendered pages (about 200 pages of a typical letter).
pub const PAGE_CACHE_BYTES: u64 = 64 << 20;

/// Rendered pages by the SHA-256 of the file they come from and the page number: the same
/// bytes always give the same image, so an entry never goes stale.
pub struct PageCache(quick_cache::sync::Cache<(String, u32), bytes::Bytes, PngBytes>);

#[derive(Clone)]
pub struct PngBytes;

impl quick_cache::Weighter<(String, u32), bytes::Bytes> for PngBytes {
    fn weight(&self, _key: &(String, u32), png: &bytes::Bytes) -> u64 {
        png.len() as u64
    }
}

impl PageCache {
    pub fn new(bytes: u64) -> PageCache {
        // Estimated entries: pages of ~300 kB.
        let items = (bytes / (300 << 10)).max(16) as usize;
        PageCache(quick_cache::sync::Cache::with_weighter(
            items, bytes, PngBytes,
        ))
    }
}

impl Default for PageCache {
    fn default() -> PageCache {
        PageCache::new(PAGE_CACHE_BYTES)
    }
}

/// A rendered page.
#[derive(Debug)]
pub struct PageImage {
    pub png: bytes::Bytes,
    /// Changes when the file it was rendered from would (SHA-256 of that file and the page).
    pub etag: String,
}

/// Page `page` (1-based) of document `id` as PNG; `NotFound` for pages that do not exist and
/// documents without a PDF to show (e.g. a plain e-mail text).
pub async fn page_image(
    app: &App,
    actor: &Actor,
    id: DocumentId,
    page: u32,
) -> Result<PageImage, AppError> {
    app.require(actor, READERS, "reading documents")?;
    let doc = visible_document(app, actor, id).await?;
    if page == 0 || page > doc.page_count {
        return Err(AppError::NotFound(format!(
            "document {id} has no page {page} (it has {})",
            doc.page_count
        )));
    }
    let sha = match (doc.archive_sha256, doc.media_type.as_str()) {
        (Some(archive), _) => archive,
        (None, "application/pdf") => doc.sha256,
        (None, other) => {
            return Err(AppError::NotFound(format!(
                "document {id} ({other}) has no pages to show as images; download the original"
            )))
        }
    };
    let key = (sha.to_string(), page);
    let metrics = crate::metrics::global();
    let png = match app.page_cache.0.get(&key) {
        Some(png) => {
            metrics.page_image("cached");
            png
        }
        None => {
            let bytes = stored_file(app, id, sha).await?;
            let png = tokio::task::spawn_blocking(move || {
                crate::raster::render_page_png(
                    &Original::in_memory(bytes),
                    page,
                    PAGE_IMAGE_LONG_SIDE,
                )
            })
            .await
            .map_err(|e| AppError::Unavailable(format!("rendering stopped: {e}")))?
            .map_err(|e| {
                AppError::Unavailable(format!("document {id}: page {page} cannot be shown: {e}"))
            })?;
            metrics.page_image("rendered");
            let png = bytes::Bytes::from(png);
            app.page_cache.0.insert(key, png.clone());
            png
        }
    };
    record_read(app, actor, doc.id, &format!("page {page}")).await?;
    Ok(PageImage {
        png,
        etag: format!("\"{sha}-{page}\""),
    })
}
