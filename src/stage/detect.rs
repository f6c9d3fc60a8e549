//! Detect: is there content, is it small enough, and what format is it (by content).

use async_trait::async_trait;
use serde_json::json;

use super::{Reason, Stage, StageError, WorkItem};
use crate::config::Limits;
use crate::model::MediaType;

/// Checks size and detects the media type.
pub struct Detect {
    pub limits: Limits,
}

impl Detect {
    /// Whether an OLE file is an Outlook message: its directory may lie anywhere in the file,
    /// so the whole file is read (off the runtime).
    async fn is_outlook_message(&self, item: &WorkItem) -> Result<bool, StageError> {
        let original = item.original.clone();
        super::blocking("reading the file", self.limits.page_timeout, move || {
            let bytes = original
                .shared_bytes()
                .map_err(|e| StageError::Transient(format!("reading the file: {e}")))?;
            Ok(crate::mail::msg::is_outlook_message(&bytes))
        })
        .await
    }
}

#[async_trait]
impl Stage for Detect {
    fn name(&self) -> &'static str {
        "detect"
    }

    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError> {
        let size = item.original.len();
        if size == 0 {
            return Err(StageError::Permanent(Reason::Empty));
        }
        if size > self.limits.max_file_bytes {
            return Err(StageError::Permanent(Reason::FileTooLarge {
                size,
                limit: self.limits.max_file_bytes,
            }));
        }
        let head = item.original.sniff_head();
        let mut media = MediaType::sniff(head);
        // The OLE signature is shared with old Office documents and installers.
        if media == Some(MediaType::OutlookMsg) && !self.is_outlook_message(item).await? {
            media = None;
        }
        let Some(media) = media else {
            let detected = MediaType::describe_unsupported(head);
            if item.attachment {
                // Kept as the original, without text: nothing of a mail is thrown away.
                item.event("stored_without_text", json!({ "detected": detected }));
                return Ok(());
            }
            return Err(StageError::Permanent(Reason::UnsupportedType { detected }));
        };
        item.media_type = Some(media);
        item.event(
            "detected",
            json!({ "media_type": media.mime(), "size": size }),
        );
        Ok(())
    }
}
