//! What an e-invoice needs before it is filed: the duplicate check (against the invoices
//! already filed) and, for an XML-only invoice, its readable PDF/A-3 copy with the XML
//! embedded, stored as the document's archive copy by the group commit.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::json;

use super::filer::BlobWrite;
use super::runner::Runner;
use crate::archive::invoice_pdf::{write_invoice_pdf, InvoicePdfMeta};
use crate::model::{ArchiveRef, Receipt, ReceiptId, Sha256};
use crate::stage::{blocking, StageError, WorkItem};
use crate::store::BlobData;

/// Invoices being processed, by seller key and number, with the receipt that has them: a second
/// delivery of the same invoice waits until the first is filed, so its duplicate check sees it
/// (two copies arriving together would otherwise both pass and both be paid). With several
/// daemons the same key is also held across processes ([`SharedLocks`]).
#[derive(Default)]
pub(super) struct InvoicesInFlight {
    held: Mutex<HashMap<(String, String), ReceiptId>>,
    shared: OnceLock<Arc<dyn SharedLocks>>,
}

/// Locks held across the processes of an installation (the daemon's roles): taken at once or
/// not at all, released by the process or with it when it dies.
#[async_trait::async_trait]
pub trait SharedLocks: Send + Sync {
    /// Takes `name` for this process; false while another process holds it.
    async fn try_lock(&self, name: &str) -> bool;
    async fn unlock(&self, name: &str);
}

/// How long a delivery waits for another one with the same invoice before it goes on (a mail
/// holding two invoices must not wait for a mail holding them in the other order forever).
const IN_FLIGHT_WAIT: Duration = Duration::from_secs(10);

fn shared_name((seller, number): &(String, String)) -> String {
    format!("invoice:{seller}\u{1f}{number}")
}

impl InvoicesInFlight {
    /// Shares the keys with the other daemons of the installation.
    pub(super) fn share(&self, locks: Arc<dyn SharedLocks>) {
        let _ = self.shared.set(locks);
    }

    /// Marks `key` as being processed by `receipt`, waiting while another receipt (of this
    /// process or another) has it.
    async fn claim(&self, key: &(String, String), receipt: ReceiptId) {
        let deadline = Instant::now() + IN_FLIGHT_WAIT;
        let mut here = false;
        loop {
            if !here {
                let mut held = self.held.lock().expect("in-flight lock");
                match held.get(key) {
                    Some(r) if *r != receipt => {}
                    _ => {
                        held.insert(key.clone(), receipt);
                        here = true;
                    }
                }
            }
            if here {
                match self.shared.get() {
                    None => return,
                    Some(shared) if shared.try_lock(&shared_name(key)).await => return,
                    Some(_) => {}
                }
            }
            if Instant::now() >= deadline {
                tracing::warn!(number = %key.1, "the same invoice is still being processed elsewhere; checking for duplicates without waiting");
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// `receipt` is finished (filed, or not): its invoices are no longer in flight.
    pub(super) async fn release(&self, receipt: ReceiptId) {
        let mut gone = Vec::new();
        self.held.lock().expect("in-flight lock").retain(|k, r| {
            let keep = *r != receipt;
            if !keep {
                gone.push(k.clone());
            }
            keep
        });
        if let Some(shared) = self.shared.get() {
            for key in gone {
                shared.unlock(&shared_name(&key)).await;
            }
        }
    }
}

impl Runner {
    /// Checks `item`'s invoice (if any) for a duplicate and makes the readable copy of an
    /// XML-only one. A copy that cannot be made is an event (the XML is filed all the same);
    /// `Err` is a temporary failure (the database): try the document again later.
    pub(super) async fn finish_invoice(
        &self,
        r: &Receipt,
        item: &mut WorkItem,
    ) -> Result<Option<(ArchiveRef, BlobWrite)>, String> {
        let Some(work) = item.invoice.as_mut() else {
            return Ok(None);
        };
        // Without any Leitweg-IDs in departments.toml there is nothing to check against.
        let departments = self.router().map(|r| r.departments());
        if let Some(departments) =
            departments.filter(|d| d.list.iter().any(|d| !d.leitweg_ids.is_empty()))
        {
            crate::invoice::leitweg_check(&mut work.invoice, |id| {
                departments.by_leitweg_id(id).is_some()
            });
        }
        if let Some(key) = work.invoice.duplicate_key() {
            self.invoices_in_flight.claim(&key, r.id).await;
            let (seller, number) = key;
            let filed = self
                .store
                .invoice_document(&seller, &number)
                .await
                .map_err(|e| e.to_string())?;
            crate::invoice::duplicate_check(&mut work.invoice, filed.map(|d| d.0));
        }
        let verdict = if work.invoice.passed() {
            "ok"
        } else {
            "failed"
        };
        for f in item
            .fields
            .iter_mut()
            .filter(|f| f.name == "invoice.checks")
        {
            f.value = verdict.into();
        }
        let Some(lines) = work.readable.take() else {
            return Ok(None);
        };
        let title = format!(
            "E-Rechnung {} von {}",
            work.invoice.number.as_deref().unwrap_or("(ohne Nummer)"),
            work.invoice.seller.name.as_deref().unwrap_or("(unbekannt)")
        );
        let (xml, xml_name, created) =
            (Arc::clone(&work.xml), work.xml_name.clone(), r.received_at);
        let written = blocking(
            "writing the readable invoice copy",
            self.limits.page_timeout,
            move || {
                let meta = InvoicePdfMeta {
                    title,
                    created,
                    xml: &xml,
                    xml_name,
                };
                let pdf = write_invoice_pdf(&lines, &meta);
                Ok(pdf.map(|bytes| {
                    let sha = Sha256::of(&bytes);
                    (Arc::new(bytes), sha)
                }))
            },
        )
        .await;
        let (bytes, sha) = match written {
            Ok(Ok(done)) => done,
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "no readable copy of the e-invoice; the XML is filed");
                item.event("archive_not_made", json!({ "reason": e.to_string() }));
                return Ok(None);
            }
            Err(StageError::Transient(why)) => return Err(why),
            Err(StageError::Permanent(reason)) => {
                item.event("archive_not_made", json!({ "reason": reason.to_string() }));
                return Ok(None);
            }
        };
        let size = bytes.len() as u64;
        item.event(
            "archive_made",
            json!({ "sha256": sha.to_hex(), "size": size, "format": "PDF/A-3u", "from": "e-invoice XML" }),
        );
        let blob = BlobWrite {
            sha256: sha,
            data: BlobData::Bytes(bytes),
            what: "the readable invoice copy",
        };
        Ok(Some((ArchiveRef { sha256: sha, size }, blob)))
    }
}
