//! A mail receipt becomes a consignment: the mail itself is the cover document, every
//! attachment runs through the pipeline's stages as a document of its own (or goes to
//! quarantine with a reason), and everything is filed in one transaction. Processing a mail
//! again after a crash repeats exactly the same steps, so nothing is filed twice.

use std::sync::Arc;

use serde_json::json;
use tracing::{info_span, Instrument};

use super::filer::BlobWrite;
use super::runner::{run_stages, Outcome, Pipeline, Runner};
use crate::cpu_pool::CpuPool;
use crate::extract::Field;
use crate::mail::{self, Part};
use crate::model::Sha256;
use crate::model::{
    NewConsignment, NewDocument, NewPart, NewRouting, PageRecord, PartOutcome, PartPages,
    QuarantinedPart, Receipt, TextSource,
};
use crate::stage::{self, Reason, StageError, WorkItem};
use crate::store::{BlobData, ContentFacts, Filing, StoreError};

impl Runner {
    pub(super) async fn process_mail(
        &self,
        r: &Receipt,
        bytes: Arc<Vec<u8>>,
        content: ContentFacts,
        pipeline: &Pipeline,
    ) -> Result<Outcome, StoreError> {
        let mut blobs = vec![self.original_blob(r, content.sha256)];
        let consignment = match self
            .mail_consignment(r, bytes, content.sha256, pipeline, None, &mut blobs)
            .await
        {
            Ok(Ok(c)) => c,
            Ok(Err(reason)) => return self.quarantine_with_content(r, content, reason).await,
            Err(why) => return Ok(Outcome::Deferred(why)),
        };
        self.file(
            r,
            Some(content),
            Filing::Consignment(Box::new(consignment)),
            blobs,
        )
        .await
    }

    /// A mail taken apart into a consignment: attachments through the stages (blobs to store
    /// pushed to `blobs`). `Ok(Err)` when the bytes are no mail; `Err` is a temporary
    /// problem. `message` is the mail's number inside a mailbox file.
    pub(super) async fn mail_consignment(
        &self,
        r: &Receipt,
        bytes: Arc<Vec<u8>>,
        sha: Sha256,
        pipeline: &Pipeline,
        message: Option<u32>,
        blobs: &mut Vec<BlobWrite>,
    ) -> Result<Result<NewConsignment, Reason>, String> {
        let opts = self.mail;
        let b = Arc::clone(&bytes);
        let unpacked = stage::blocking("reading the mail", self.limits.page_timeout, move || {
            mail::unpack(&b, &opts).map_err(StageError::Permanent)
        })
        .await;
        let unpacked = match unpacked {
            Ok(m) => m,
            Err(StageError::Permanent(reason)) => return Ok(Err(reason)),
            Err(StageError::Transient(why)) => return Err(why),
        };
        let forwarded = unpacked.cover_pages.len().saturating_sub(1);
        let mut parts = Vec::with_capacity(unpacked.parts.len());
        for part in unpacked.parts {
            let span = info_span!("attachment", position = part.position, name = %part.name);
            let outcome = self
                .attachment(r, &part, pipeline, blobs, message)
                .instrument(span)
                .await?;
            parts.push(NewPart {
                position: part.position,
                name: part.name,
                outcome,
            });
        }
        let quarantined = parts
            .iter()
            .filter(|p| matches!(p.outcome, PartOutcome::Quarantined(_)))
            .count();
        let cover_fields = self
            .cover_fields(&unpacked.cover_pages, unpacked.header.from.as_deref())
            .await;
        let routing = self
            .route_consignment(
                r,
                &unpacked.cover_pages,
                &cover_fields,
                &mut parts,
                unpacked.header.from.as_deref(),
            )
            .await;
        let cover = NewDocument {
            sha256: sha,
            size: bytes.len() as u64,
            media_type: unpacked.media.mime().to_string(),
            pages: text_pages(unpacked.cover_pages),
            events: vec![(
                "mail_unpacked".to_string(),
                json!({
                    "attachments": parts.len(),
                    "quarantined_attachments": quarantined,
                    "forwarded_messages": forwarded,
                    "subject": unpacked.header.subject,
                    "message_id": unpacked.header.message_id,
                }),
            )],
            fields: cover_fields,
            routing,
            archive: None,
            invoice: None,
        };
        Ok(Ok(NewConsignment {
            kind: "email".into(),
            mailbox: self.mailboxes.get(&r.pipeline).cloned(),
            header: unpacked.header,
            cover,
            parts,
        }))
    }

    /// The fields of the mail itself; its sender is the From address.
    async fn cover_fields(&self, pages: &[String], from: Option<&str>) -> Vec<Field> {
        let mut fields = self.extract_fields(pages).await;
        if let Some(from) = from {
            fields.retain(|f| f.name != "sender");
            let first = pages.first().map(String::as_str).unwrap_or_default();
            let (start, end) = match first.find(from) {
                Some(i) => (i, i + from.len()),
                None => (0, 0),
            };
            fields.push(Field {
                name: "sender".into(),
                value: from.to_string(),
                page: 1,
                start,
                end,
                raw: from.to_string(),
            });
        }
        fields
    }

    /// One decision for the whole mail: its text and the attachments' text decide together,
    /// and the cover and every attachment go to the same place.
    async fn route_consignment(
        &self,
        r: &Receipt,
        cover_pages: &[String],
        cover_fields: &[Field],
        parts: &mut [NewPart],
        from: Option<&str>,
    ) -> Option<NewRouting> {
        self.router()?;
        let mut pages = cover_pages.to_vec();
        let mut fields = cover_fields.to_vec();
        let mut page_map = vec![PartPages {
            first_page: 1,
            part: "mail".into(),
        }];
        for part in parts.iter() {
            if let PartOutcome::Document(d) = &part.outcome {
                let offset = pages.len() as u32;
                page_map.push(PartPages {
                    first_page: offset + 1,
                    part: part.name.clone(),
                });
                pages.extend(d.pages.iter().map(|p| p.text.clone()));
                fields.extend(d.fields.iter().map(|f| Field {
                    page: f.page + offset,
                    ..f.clone()
                }));
            }
        }
        // A mail with an e-invoice goes where the invoice goes.
        let invoice = parts.iter().find_map(|p| match &p.outcome {
            PartOutcome::Document(d) => d.invoice.clone(),
            _ => None,
        });
        let mut routing = self.decide(r, pages, fields, from, invoice).await?;
        // Evidence pages count through the mail and then its attachments.
        routing.explanation.pages = Some(page_map);
        for part in parts.iter_mut() {
            if let PartOutcome::Document(d) = &mut part.outcome {
                d.routing = Some(routing.clone());
            }
        }
        Some(routing)
    }

    /// One attachment: processed into a document, or written to quarantine. `Err` is a
    /// temporary problem that defers the whole mail.
    async fn attachment(
        &self,
        mail: &Receipt,
        part: &Part,
        pipeline: &Pipeline,
        blobs: &mut Vec<BlobWrite>,
        message: Option<u32>,
    ) -> Result<PartOutcome, String> {
        let bytes = Arc::new(part.bytes.clone());
        let sha = {
            let b = Arc::clone(&bytes);
            CpuPool::global()
                .run(move || Sha256::of(&b))
                .await
                .map_err(|e| e.to_string())?
        };
        if let Some(reason) = &part.problem {
            return self
                .quarantine_part(mail, part, sha, reason.clone(), message)
                .await;
        }
        let mut item = WorkItem::new(
            mail.id,
            part.name.clone(),
            crate::original::Original::Memory(Arc::clone(&bytes)),
            sha,
        );
        item.attachment = true;
        item.declared_type = Some(part.declared_type.clone());
        match run_stages(pipeline, &mut item).await {
            Ok(()) => {}
            Err(StageError::Permanent(reason)) => {
                return self.quarantine_part(mail, part, sha, reason, message).await
            }
            Err(StageError::Transient(why)) => return Err(why),
        }
        blobs.push(BlobWrite {
            sha256: sha,
            data: BlobData::Bytes(bytes),
            what: "an attachment",
        });
        let archive = match self.finish_invoice(mail, &mut item).await? {
            Some((archive, blob)) => {
                blobs.push(blob);
                Some(archive)
            }
            None => None,
        };
        Ok(PartOutcome::Document(Box::new(NewDocument {
            sha256: sha,
            size: item.original.len(),
            media_type: item.mime(),
            pages: item.pages.iter().map(|p| p.to_record()).collect(),
            events: std::mem::take(&mut item.events),
            fields: std::mem::take(&mut item.fields),
            routing: None,
            archive,
            invoice: item.invoice.take().map(|w| w.invoice),
        })))
    }

    pub(super) async fn quarantine_part(
        &self,
        mail: &Receipt,
        part: &Part,
        sha: Sha256,
        reason: Reason,
        message: Option<u32>,
    ) -> Result<PartOutcome, String> {
        let (q, m, p, why) = (
            self.quarantine.clone(),
            mail.clone(),
            part.clone(),
            reason.clone(),
        );
        // Inside a mailbox file, the message number keeps the files of its messages apart.
        let name = match message {
            Some(n) => format!("Nachricht {n} - {}", part.name),
            None => part.name.clone(),
        };
        let path =
            tokio::task::spawn_blocking(move || q.put_part(&m, p.position, &name, &p.bytes, &why))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| format!("writing {} to quarantine: {e}", part.name))?;
        tracing::error!(
            code = reason.code(),
            "attachment quarantined: {reason}. {} (see `mailroom quarantine list`)",
            reason.action()
        );
        Ok(PartOutcome::Quarantined(QuarantinedPart {
            reason_code: reason.code().to_string(),
            reason: reason.to_string(),
            path,
            sha256: sha,
            size: part.bytes.len() as u64,
        }))
    }
}

/// Pages of text read from a mail (no images, no OCR).
pub(super) fn text_pages(texts: Vec<String>) -> Vec<PageRecord> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| PageRecord {
            number: i as u32 + 1,
            text,
            text_source: TextSource::TextLayer,
            confidence: None,
            width: None,
            height: None,
            dpi: None,
            words_json: None,
            note: None,
        })
        .collect()
}
