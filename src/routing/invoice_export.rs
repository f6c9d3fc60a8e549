//! The hand-over of e-invoices to finance (`[invoices] export` in departments.toml, or a
//! department's `invoice_export`): the original XML and a JSON of the typed invoice with its
//! checks, to a folder (two files, written atomically, the JSON last: its arrival says the
//! pair is complete) or an http(s) URL (one POST; `X-Mailroom-Invoice` carries the document id
//! so a receiver drops repeats). An invoice counts as handed over only once that succeeded;
//! until then it is retried with backoff, and never handed over twice by this process.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::model::{format_utc, now, Invoice};
use crate::routing::notifier::retry_delay;
use crate::routing::Router;
use crate::store::{BlobStore, InvoiceExport, Store, StoreError};

/// Hands e-invoices over until cancelled.
pub struct InvoiceExporter {
    store: Arc<dyn Store>,
    /// Departments come from the router: edits of departments.toml apply while running.
    router: Arc<Router>,
    blobs: BlobStore,
    http: ureq::Agent,
}

impl InvoiceExporter {
    pub fn new(store: Arc<dyn Store>, router: Arc<Router>, blobs: BlobStore) -> Self {
        InvoiceExporter {
            store,
            router,
            blobs,
            http: crate::routing::notifier::http_agent(),
        }
    }

    pub async fn run(self, cancel: CancellationToken) {
        loop {
            if let Err(e) = self.export_due().await {
                warn!(error = %e, "handing e-invoices over to finance failed; will retry");
            }
            tokio::select! {
                _ = cancel.cancelled() => return,
                _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            }
        }
    }

    /// Hands over every invoice that is due; how many were handed over.
    pub async fn export_due(&self) -> Result<usize, StoreError> {
        let departments = self.router.departments();
        let any = departments.invoices.export.is_some()
            || departments.list.iter().any(|d| d.invoice_export.is_some());
        if !any {
            return Ok(0);
        }
        let mut done = 0;
        for due in self.store.invoices_to_export(now(), 50).await? {
            let target = departments
                .invoice_export(due.department.as_deref())
                .map(str::to_string);
            let Some(target) = target else {
                self.store.invoice_exported(due.document_id, None).await?;
                continue;
            };
            match self.export(&due, &target).await {
                Ok(()) => {
                    info!(document = due.document_id.0, target = %target, "e-invoice handed over to finance");
                    self.store
                        .invoice_exported(due.document_id, Some(&target))
                        .await?;
                    done += 1;
                }
                Err(e) => {
                    let next = now() + retry_delay(due.attempts);
                    warn!(document = due.document_id.0, target = %target, error = %e,
                        "handing the e-invoice over failed; will retry");
                    self.store
                        .invoice_export_failed(due.document_id, &e, next)
                        .await?;
                }
            }
        }
        Ok(done)
    }

    async fn export(&self, due: &InvoiceExport, target: &str) -> Result<(), String> {
        let invoice = self
            .store
            .invoice(due.document_id)
            .await
            .map_err(|e| e.to_string())?
            .ok_or("the invoice is no longer stored")?;
        let path = self.blobs.path_of(due.sha256);
        let (pdf, embedded) = (
            due.media_type == "application/pdf",
            invoice.embedded_as.clone(),
        );
        let xml =
            tokio::task::spawn_blocking(move || original_xml(&path, pdf, embedded.as_deref()))
                .await
                .map_err(|e| e.to_string())??;
        let data = payload(due, &invoice);
        let name = export_name(due, &invoice);
        if target.starts_with("http://") || target.starts_with("https://") {
            let mut body = data;
            body["xml_name"] = json!(format!("{name}.xml"));
            body["xml_base64"] = json!(base64::engine::general_purpose::STANDARD.encode(&xml));
            let (agent, url, id) = (self.http.clone(), target.to_string(), due.document_id.0);
            tokio::task::spawn_blocking(move || {
                agent
                    .post(&url)
                    .header("X-Mailroom-Invoice", id.to_string())
                    .send_json(&body)
                    .map(|_| ())
                    .map_err(|e| format!("POST {url}: {e}"))
            })
            .await
            .map_err(|e| e.to_string())?
        } else {
            let dir = Path::new(target).to_path_buf();
            tokio::task::spawn_blocking(move || write_pair(&dir, &name, &xml, &data))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| format!("writing to {target}: {e}"))
        }
    }
}

/// The invoice XML of a filed original: the file itself, or the XML inside a hybrid PDF.
fn original_xml(path: &Path, pdf: bool, embedded: Option<&str>) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    if !pdf {
        return Ok(bytes);
    }
    let doc = lopdf::Document::load_mem(&bytes).map_err(|e| format!("reading the PDF: {e}"))?;
    let xml = crate::invoice::hybrid::invoice_xml(&doc).ok_or("the PDF holds no invoice XML")?;
    if embedded.is_some_and(|n| n != xml.name) {
        return Err(format!("the PDF's invoice XML is now {:?}", xml.name));
    }
    Ok(xml.bytes)
}

/// What finance gets besides the XML.
fn payload(due: &InvoiceExport, invoice: &Invoice) -> Value {
    json!({
        "document_id": due.document_id,
        "received_at": format_utc(due.received_at),
        "original_filename": due.original_filename,
        "sha256": due.sha256,
        "department": due.department,
        "passed": invoice.passed(),
        "invoice": invoice,
    })
}

/// `<document id>-<invoice number>`, with only characters every file system takes.
fn export_name(due: &InvoiceExport, invoice: &Invoice) -> String {
    let number: String = invoice
        .number
        .as_deref()
        .unwrap_or("ohne-nummer")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    format!("{}-{number}", due.document_id.0)
}

/// Writes `name.xml`, then `name.json`, each atomically and durably: a reader never sees
/// half a file, and the JSON says both are there.
fn write_pair(dir: &Path, name: &str, xml: &[u8], data: &Value) -> std::io::Result<()> {
    crate::fsutil::create_dir_all_durable(dir)?;
    let json = serde_json::to_vec_pretty(data).map_err(std::io::Error::other)?;
    crate::fsutil::write_atomic(&dir.join(format!("{name}.xml")), xml)?;
    crate::fsutil::write_atomic(&dir.join(format!("{name}.json")), &json)
}
