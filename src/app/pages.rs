//! Page images for reading a document in the browser: page n of the archive copy (scans) or
//! of the original PDF, rendered by poppler. A page image is a read like any other.

use crate::model::{Actor, DocumentId};
use crate::original::Original;

use super::documents::{record_read, stored_file, visible_document, READERS};
use super::{App, AppError};

/// Long side of a page image: A4 at 150 dpi, sharp enough to read on a screen.
pub const PAGE_IMAGE_LONG_SIDE: u32 = 1754;

/// A rendered page.
#[derive(Debug)]
pub struct PageImage {
    pub png: Vec<u8>,
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
    let bytes = stored_file(app, id, sha).await?;
    let png = tokio::task::spawn_blocking(move || {
        crate::raster::render_page_png(&Original::in_memory(bytes), page, PAGE_IMAGE_LONG_SIDE)
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("rendering stopped: {e}")))?
    .map_err(|e| {
        AppError::Unavailable(format!("document {id}: page {page} cannot be shown: {e}"))
    })?;
    record_read(app, actor, doc.id, &format!("page {page}")).await?;
    Ok(PageImage {
        png,
        etag: format!("\"{sha}-{page}\""),
    })
}
