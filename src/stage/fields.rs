//! Field extraction: dates, subject, file references, IBAN, amounts, the sender and where they
//! live, Leitweg-ID, plates — each with the text span it came from (see `crate::extract`).

use std::sync::Arc;

use async_trait::async_trait;
use serde_json::json;

use super::{Stage, StageError, WorkItem};
use crate::routing::Router;

/// Field extraction is linear in the text (regular expressions without backtracking); this
/// only guards against a bug.
const EXTRACTION_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// The fields of `pages`: regular expressions over every page are CPU work, done on the pool
/// for it ([`super::blocking`]), not on the async runtime's threads.
pub(crate) async fn extract_fields(
    router: &Arc<Router>,
    pages: Vec<String>,
) -> Result<Vec<crate::extract::Field>, StageError> {
    let router = Arc::clone(router);
    super::blocking("extracting fields", EXTRACTION_TIMEOUT, move || {
        let texts: Vec<&str> = pages.iter().map(String::as_str).collect();
        Ok(router.extract(&texts))
    })
    .await
}

pub struct Fields {
    pub router: Arc<Router>,
}

#[async_trait]
impl Stage for Fields {
    fn name(&self) -> &'static str {
        "fields"
    }

    async fn run(&self, item: &mut WorkItem) -> Result<(), StageError> {
        let pages: Vec<String> = item.pages.iter().map(|p| p.text.clone()).collect();
        item.fields = extract_fields(&self.router, pages).await?;
        // An e-invoice's data, for rules and search filters: page 0 means "from the XML".
        if let Some(work) = &item.invoice {
            item.fields.extend(
                work.invoice
                    .field_values()
                    .into_iter()
                    .map(|(name, value)| crate::extract::Field {
                        name: name.to_string(),
                        raw: String::new(),
                        value,
                        page: 0,
                        start: 0,
                        end: 0,
                    }),
            );
        }
        let mut names: Vec<&str> = item.fields.iter().map(|f| f.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        item.events.push((
            "fields_extracted".to_string(),
            json!({ "count": item.fields.len(), "names": names }),
        ));
        Ok(())
    }
}
