//! The part of the store that remembers upload requests (idempotency and ownership).

use async_trait::async_trait;

use super::{NewReceipt, StoreError};
use crate::model::{ReceiptId, Sha256};

/// What recording an upload found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadClaim {
    /// A new receipt was recorded for it.
    New(ReceiptId),
    /// The same requester sent the same key before: that upload's receipt and files.
    Existing(ReceiptId, Vec<Sha256>),
}

#[async_trait]
pub trait UploadStore: Send + Sync {
    /// Records the receipt of an upload and its key in one transaction (claimed by `owner`),
    /// unless the key was used before.
    async fn claim_upload(
        &self,
        receipt: &NewReceipt,
        owner: &str,
        key: &str,
        requester: &str,
        sha256s: &[Sha256],
    ) -> Result<UploadClaim, StoreError>;
    /// Who uploaded what a receipt holds, if it came through the upload API.
    async fn upload_of(
        &self,
        receipt: ReceiptId,
    ) -> Result<Option<(String, Vec<Sha256>)>, StoreError>;
}
