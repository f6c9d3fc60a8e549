//! Invoice: an XML file or the XML inside a hybrid PDF read as an e-invoice and checked
//! (`crate::invoice`). An XML-only invoice gets its pages here: the lines of its readable copy,
//! which search and routing read like a letter's text. XML that is no invoice is read as text.

use std::sync::Arc;

use async_trait::async_trait;
use serde_json::json;

use super::{blocking, InvoiceWork, PageWork, Stage, StageError, WorkItem};
use crate::config::Limits;
use crate::invoice::render;
use crate::model::{InvoiceSyntax, MediaType, TextSource};

pub struct InvoiceStage {
    pub limits: Limits,
}

#[async_trait]
impl Stage for InvoiceStage {
    fn name(&self) -> &'static str {
        "invoice"
    }

    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError> {
        let (xml, name, standalone) = match (item.media_type, item.embedded_xml.take()) {
            (Some(MediaType::Xml), _) => {
                let bytes = item
                    .original
                    .shared_bytes()
                    .map_err(|e| StageError::Transient(format!("reading the file: {e}")))?;
                (bytes, item.original_filename.clone(), true)
            }
            (Some(MediaType::Pdf), Some(embedded)) => {
                (Arc::new(embedded.bytes), embedded.name, false)
            }
            _ => return Ok(()),
        };
        let (bytes, embedded_as) = (Arc::clone(&xml), (!standalone).then(|| name.clone()));
        let read = blocking(
            "reading the e-invoice",
            self.limits.page_timeout,
            move || {
                let invoice = crate::invoice::read(&bytes, embedded_as.as_deref());
                // An unreadable file has no data to lay out: its text is all there is.
                let lines = match (&invoice, standalone) {
                    (Some(inv), true) if inv.syntax != InvoiceSyntax::Unreadable => {
                        Some(render::lines(inv))
                    }
                    _ => None,
                };
                Ok((invoice, lines))
            },
        )
        .await?;
        let (invoice, lines) = read;
        let unreadable = invoice
            .as_ref()
            .is_some_and(|i| i.syntax == InvoiceSyntax::Unreadable);
        if standalone && (invoice.is_none() || unreadable) {
            // XML that only mentions an invoice namespace, or a broken invoice: its text.
            let mut page = PageWork::new(1);
            page.text = String::from_utf8_lossy(&xml).into_owned();
            page.text_source = TextSource::TextLayer;
            item.pages = vec![page];
            if invoice.is_none() {
                item.media_type = Some(MediaType::Text);
            }
        }
        let Some(invoice) = invoice else {
            return Ok(());
        };
        if let Some(lines) = &lines {
            item.pages = render::page_texts(lines)
                .into_iter()
                .enumerate()
                .map(|(i, text)| {
                    let mut page = PageWork::new(i as u32 + 1);
                    page.text = text;
                    page.text_source = TextSource::TextLayer;
                    page.note = Some("lesbare Fassung der XML-Rechnung".into());
                    page
                })
                .collect();
        }
        let failed: Vec<&str> = invoice.failures().map(|c| c.rule.as_str()).collect();
        item.event(
            "invoice_read",
            json!({
                "profile": invoice.profile,
                "number": invoice.number,
                "embedded_as": invoice.embedded_as,
                "checks": invoice.checks.len(),
                "failed": failed,
            }),
        );
        item.invoice = Some(InvoiceWork {
            invoice,
            xml,
            xml_name: name,
            readable: lines,
        });
        Ok(())
    }
}
