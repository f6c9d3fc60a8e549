//! A mailbox file (mbox) becomes one consignment per message, each with its own child
//! receipt, filed together with the file itself in one transaction: a crash files all of it
//! or nothing, and processing it again repeats the same steps. A message that is no mail goes
//! to quarantine by itself; the others are filed.

use std::sync::Arc;

use serde_json::json;

use super::filer::BlobWrite;
use super::runner::{Outcome, Pipeline, Runner};
use crate::cpu_pool::CpuPool;
use crate::mail::{mbox, Part};
use crate::model::{MediaType, Sha256};
use crate::model::{MessageOutcome, NewDocument, NewMailbox, NewMessage, PartOutcome, Receipt};
use crate::store::{BlobData, ContentFacts, Filing, StoreError};

impl Runner {
    pub(super) async fn process_mbox(
        &self,
        r: &Receipt,
        bytes: Arc<Vec<u8>>,
        content: ContentFacts,
        pipeline: &Pipeline,
    ) -> Result<Outcome, StoreError> {
        let b = Arc::clone(&bytes);
        let messages = CpuPool::global()
            .run(move || mbox::split(&b))
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if messages.len() <= 1 {
            // One message: a saved mail with its envelope line, read as a mail.
            return self.process_mail(r, bytes, content, pipeline).await;
        }
        let mut blobs = vec![self.original_blob(r, content.sha256)];
        let mut filed = Vec::with_capacity(messages.len());
        let mut listing = format!(
            "Postfachdatei {} mit {} Nachrichten\n\n",
            r.original_filename,
            messages.len()
        );
        for (i, message) in messages.into_iter().enumerate() {
            let position = i as u32 + 1;
            let name = format!("Nachricht-{position}.eml");
            let bytes = Arc::new(message.bytes);
            let sha = {
                let b = Arc::clone(&bytes);
                CpuPool::global()
                    .run(move || Sha256::of(&b))
                    .await
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?
            };
            let mut message_blobs = Vec::new();
            let consignment = self
                .mail_consignment(
                    r,
                    Arc::clone(&bytes),
                    sha,
                    pipeline,
                    Some(position),
                    &mut message_blobs,
                )
                .await;
            let outcome = match consignment {
                Ok(Ok(c)) => {
                    listing.push_str(&format!(
                        "{position}. {} – {}\n",
                        c.header.from.as_deref().unwrap_or("(ohne Absender)"),
                        c.header.subject.as_deref().unwrap_or("(ohne Betreff)")
                    ));
                    blobs.push(BlobWrite {
                        sha256: sha,
                        data: BlobData::Bytes(Arc::clone(&bytes)),
                        what: "a message of a mailbox file",
                    });
                    blobs.extend(message_blobs);
                    MessageOutcome::Mail(Box::new(c))
                }
                Ok(Err(reason)) => {
                    listing.push_str(&format!("{position}. (in Quarantäne: {reason})\n"));
                    let part = Part {
                        position,
                        name: name.clone(),
                        declared_type: MediaType::Email.mime().into(),
                        bytes: bytes.to_vec(),
                        problem: None,
                    };
                    match self.quarantine_part(r, &part, sha, reason, None).await {
                        Ok(PartOutcome::Quarantined(q)) => MessageOutcome::Quarantined(q),
                        Ok(PartOutcome::Document(_)) => {
                            unreachable!("quarantine files no document")
                        }
                        Err(why) => return Ok(Outcome::Deferred(why)),
                    }
                }
                Err(why) => return Ok(Outcome::Deferred(why)),
            };
            filed.push((
                message.envelope,
                NewMessage {
                    position,
                    name,
                    outcome,
                },
            ));
        }
        let envelopes: Vec<&str> = filed.iter().map(|(e, _)| e.as_str()).collect();
        let cover = NewDocument {
            sha256: content.sha256,
            size: bytes.len() as u64,
            media_type: MediaType::Mbox.mime().to_string(),
            pages: super::mail_flow::text_pages(vec![listing]),
            events: vec![(
                "mailbox_file_unpacked".to_string(),
                json!({ "messages": filed.len(), "envelopes": envelopes }),
            )],
            fields: Vec::new(),
            routing: None,
            archive: None,
            invoice: None,
        };
        let mailbox = NewMailbox {
            cover,
            messages: filed.into_iter().map(|(_, m)| m).collect(),
        };
        self.file(r, Some(content), Filing::Mailbox(Box::new(mailbox)), blobs)
            .await
    }
}
