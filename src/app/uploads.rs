//! The upload channel for citizen portals: a portal token delivers files to its pipeline and
//! gets a proof of receipt; the same `Idempotency-Key` again gets the same proof and stores
//! nothing new. Portals see only their own receipts.

use serde::Serialize;

use super::{App, AppError};
use crate::config::SourceConfig;
use crate::mail::upload_message::{self, UploadMetadata, UploadedFile};
use crate::model::{format_utc, Actor, ReceiptId, Role, Sha256};
use crate::pipeline::UploadDelivery;

/// The citizen's proof of receipt.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UploadAnswer {
    pub receipt_id: ReceiptId,
    pub received_at: String,
    pub sha256: Vec<String>,
    pub status_url: String,
}

/// Longest idempotency key accepted.
const MAX_KEY: usize = 200;

/// Delivers an upload; `(answer, repeated)` where `repeated` says the key was seen before.
pub async fn upload(
    app: &App,
    actor: &Actor,
    key: Option<&str>,
    metadata: UploadMetadata,
    files: Vec<UploadedFile>,
) -> Result<(UploadAnswer, bool), AppError> {
    app.require(actor, &[Role::Portal], "uploading")?;
    let Some(pipeline) = &actor.pipeline else {
        return Err(AppError::Forbidden(
            "this token has no upload pipeline (create it with --pipeline)".into(),
        ));
    };
    let config = app
        .config
        .pipelines
        .iter()
        .find(|p| &p.name == pipeline)
        .filter(|p| matches!(p.source, SourceConfig::Upload(_)))
        .ok_or_else(|| {
            AppError::Unavailable(format!(
                "the upload pipeline {pipeline:?} of this token is not configured"
            ))
        })?;
    let SourceConfig::Upload(upload_config) = &config.source else {
        unreachable!("filtered above")
    };
    if files.is_empty() {
        return Err(AppError::Invalid(
            "Die Sendung enthält keine Datei (Formularteil \"file\").".into(),
        ));
    }
    if files.len() > upload_config.max_files {
        return Err(AppError::Invalid(format!(
            "Zu viele Dateien: höchstens {} je Sendung.",
            upload_config.max_files
        )));
    }
    if let Some(empty) = files.iter().find(|f| f.bytes.is_empty()) {
        return Err(AppError::Invalid(format!(
            "Die Datei {:?} ist leer.",
            empty.name
        )));
    }
    let key = match key {
        Some(k) if k.is_empty() || k.len() > MAX_KEY || k.chars().any(char::is_control) => {
            return Err(AppError::Invalid(format!(
                "Idempotency-Key: 1–{MAX_KEY} printable characters"
            )))
        }
        Some(k) => format!("{}\n{k}", actor.name),
        // Without a key every request is new; a random key still records who uploaded.
        None => format!("{}\n#{:032x}", actor.name, rand::random::<u128>()),
    };
    // Hashing and encoding megabytes is blocking work: off the async threads.
    let (meta, requester, channel) = (metadata.clone(), actor.name.clone(), config.channel.clone());
    let (shas, message) = tokio::task::spawn_blocking(move || {
        let shas: Vec<Sha256> = files.iter().map(|f| Sha256::of(&f.bytes)).collect();
        let text: Vec<String> = shas.iter().map(|s| s.to_string()).collect();
        upload_message::compose(&meta, &files, &text, &requester, &channel).map(|m| (shas, m))
    })
    .await
    .map_err(|e| AppError::Unavailable(format!("preparing the upload stopped: {e}")))?
    .map_err(|e| AppError::Invalid(e.to_string()))?;
    let sink = app.uploads.as_ref().ok_or_else(|| {
        AppError::Unavailable("uploads are taken only while the daemon runs".into())
    })?;
    let name = match &metadata.portal_case_id {
        Some(case) => format!(
            "Upload {}.eml",
            upload_message::safe_upload_name(Some(case), "Portal")
        ),
        None => "Upload.eml".to_string(),
    };
    let (receipt, earlier) = sink
        .deliver(UploadDelivery {
            pipeline,
            channel: &config.channel,
            message,
            name,
            key: &key,
            requester: &actor.name,
            sha256s: &shas,
        })
        .await
        .map_err(|e| AppError::Unavailable(format!("the upload could not be stored: {e}")))?;
    let repeated = earlier.is_some();
    let shas = earlier.unwrap_or(shas);
    Ok((
        UploadAnswer {
            receipt_id: receipt.id,
            received_at: format_utc(receipt.received_at),
            sha256: shas.iter().map(|s| s.to_string()).collect(),
            status_url: format!("/api/v1/receipts/{}", receipt.id),
        },
        repeated,
    ))
}

/// What became of a delivery.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReceiptStatus {
    #[schema(value_type = i64)]
    pub id: ReceiptId,
    pub state: String,
    #[schema(value_type = Vec<i64>)]
    pub document_ids: Vec<crate::model::DocumentId>,
    pub reason: Option<String>,
}

/// A receipt's state: a portal sees only its own uploads, mail-room staff every receipt.
pub async fn receipt_status(
    app: &App,
    actor: &Actor,
    id: ReceiptId,
) -> Result<ReceiptStatus, AppError> {
    app.require(actor, &[Role::Portal, Role::Mailroom], "reading receipts")?;
    let not_found = || AppError::NotFound(format!("no receipt {id}"));
    if !actor.has(Role::Mailroom) {
        match app.store.upload_of(id).await? {
            Some((requester, _)) if requester == actor.name => {}
            _ => return Err(not_found()),
        }
    }
    let receipt = app.store.receipt(id).await?.ok_or_else(not_found)?;
    let mut document_ids = Vec::new();
    if let Some(doc) = receipt.document_id {
        document_ids.push(doc);
        for c in app.store.consignments_of(doc).await? {
            if c.receipt_id == receipt.id {
                document_ids.extend(c.parts.iter().filter_map(|p| p.document_id));
            }
        }
        document_ids.sort();
        document_ids.dedup();
    }
    Ok(ReceiptStatus {
        id: receipt.id,
        state: receipt.state.as_str().to_string(),
        document_ids,
        reason: receipt.reason,
    })
}
