//! Full-text search behind one trait. `TantivyIndex` (embedded, in the data folder) is the
//! default; `MeilisearchIndex` (a shared server) is the production backend. Both analyse German
//! the same way (`crate::text`, charabia's compound dictionary).
//!
//! The index is derived data: the store is the truth, documents carry `indexed_at`, and
//! anything filed but not indexed (crash, index locked by another process) is indexed later.

mod german;
mod meili;
mod tantivy_index;

use async_trait::async_trait;
use serde::Serialize;

pub use meili::MeilisearchIndex;
pub use tantivy_index::TantivyIndex;

use crate::model::{DocumentId, DocumentScope, Timestamp};

/// Errors from a search backend.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Another process (usually the running daemon) holds the index for writing.
    #[error("the search index is being written by another mailroom process")]
    Locked,
    #[error("search index error: {0}")]
    Backend(String),
    /// The search server cannot be reached; documents are still filed and indexed later.
    #[error("the search server at {url} cannot be reached ({reason}); documents are filed and indexed when it is back: check that it runs and that [search] url is right")]
    Unavailable { url: String, reason: String },
    #[error("invalid search: {0}")]
    Query(String),
    /// The index was written by an older version; the daemon rebuilds it at start.
    #[error("the search index at {0} is from an older version of mailroom; start the daemon (or run `mailroom reindex`) to rebuild it")]
    Outdated(String),
}

/// What is indexed of a document.
#[derive(Debug, Clone)]
pub struct IndexDocument {
    pub id: DocumentId,
    pub pipeline: String,
    pub channel: String,
    pub original_filename: String,
    pub received_at: Timestamp,
    pub text: String,
    /// The mailbox a mailed document came in.
    pub mailbox: Option<String>,
    /// Routing: the department (`None` in triage or unrouted), class and tags.
    pub department: Option<String>,
    pub class: Option<String>,
    pub tags: Vec<String>,
    /// Extracted fields as (name, value).
    pub fields: Vec<(String, String)>,
}

impl IndexDocument {
    /// What is found however it is typed: extracted values and the IBANs of the text, compact
    /// (`DE02 1203 …` → `de021203…`), once each.
    pub fn identifiers(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .fields
            .iter()
            .map(|(_, v)| crate::text::compact(v))
            .collect();
        ids.extend(
            crate::text::query_identifiers(&self.text)
                .into_iter()
                .map(|(_, c)| c),
        );
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// A search request: free text plus filters. Empty text lists the filtered documents.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub pipeline: Option<String>,
    pub channel: Option<String>,
    pub mailbox: Option<String>,
    /// Received at or after.
    pub received_from: Option<Timestamp>,
    /// Received before.
    pub received_until: Option<Timestamp>,
    /// Only documents of any of these departments (empty: all): a filter the user chose.
    pub departments: Vec<String>,
    /// What the asking actor may see at all, set by the application layer from its `Actor`;
    /// a backend applies it inside the index query (never to a page of hits afterwards).
    pub scope: DocumentScope,
    pub class: Option<String>,
    /// Documents carrying every one of these tags.
    pub tags: Vec<String>,
    /// Documents with every one of these extracted (field, value) pairs.
    pub fields: Vec<(String, String)>,
    /// Count departments, classes, tags and field values over all matching documents.
    pub facets: bool,
    pub limit: usize,
    /// Hits to skip (paging).
    pub offset: usize,
    pub order: SearchOrder,
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SearchOrder {
    /// Best match first (for an empty text: any order).
    #[default]
    Relevance,
    /// Newest receipt first.
    Newest,
}

/// How many matching documents have each value.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Facets {
    pub departments: Vec<FacetCount>,
    pub classes: Vec<FacetCount>,
    pub tags: Vec<FacetCount>,
    pub channels: Vec<FacetCount>,
    /// Per field name, its most frequent values.
    pub fields: std::collections::BTreeMap<String, Vec<FacetCount>>,
}

/// Counts of `name=value` pairs (as both backends store extracted fields) per field name.
pub(crate) fn field_facets(
    pairs: impl IntoIterator<Item = FacetCount>,
) -> std::collections::BTreeMap<String, Vec<FacetCount>> {
    let mut fields: std::collections::BTreeMap<String, Vec<FacetCount>> = Default::default();
    for c in pairs {
        if let Some((name, value)) = c.value.split_once('=') {
            fields
                .entry(name.to_string())
                .or_default()
                .push(FacetCount {
                    value: value.to_string(),
                    count: c.count,
                });
        }
    }
    fields
}

#[derive(Debug, Clone, Serialize, PartialEq, utoipa::ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Hits (best first), how many documents matched in all, and facets if asked for.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub total: usize,
    pub facets: Option<Facets>,
}

/// One result.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub id: DocumentId,
    pub score: f32,
    /// A passage around the matches, plain text.
    pub snippet: String,
    /// The same passage with matches in `<b>…</b>`, HTML-escaped.
    pub snippet_html: String,
    pub original_filename: String,
    pub pipeline: String,
    pub channel: String,
    pub mailbox: Option<String>,
    pub received_at: Timestamp,
    pub department: Option<String>,
    pub class: Option<String>,
    pub tags: Vec<String>,
}

/// A full-text index of filed documents.
#[async_trait]
pub trait SearchIndex: Send + Sync {
    /// Adds or replaces documents; they are searchable when this returns.
    async fn add(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError>;
    /// Adds or replaces documents that become searchable with the next
    /// [`SearchIndex::commit`]: the indexer stages what is filed as it comes and commits once
    /// per interval, so the index's work is done while filing goes on, not after it. Where
    /// the backend has no such step (the default), this adds at once.
    async fn stage(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        self.add(docs).await
    }
    /// Makes everything staged searchable and durable.
    async fn commit(&self) -> Result<(), SearchError> {
        Ok(())
    }
    /// Whether [`SearchIndex::stage`] is cheaper than adding (then worth calling as documents
    /// come, between commits).
    fn stages(&self) -> bool {
        false
    }
    async fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError>;
    /// Makes sure the backend answers and is set up (a server's health and index settings);
    /// the daemon calls it at start to name an unreachable server early.
    async fn check(&self) -> Result<(), SearchError> {
        Ok(())
    }
    /// Removes everything.
    async fn clear(&self) -> Result<(), SearchError>;
    /// Starts a rebuild: until [`SearchIndex::finish_rebuild`], `add` fills a fresh index
    /// while searches still see the old one where the backend can (Meilisearch swaps them;
    /// the embedded index is cleared and refilled).
    async fn begin_rebuild(&self) -> Result<(), SearchError> {
        self.clear().await
    }
    /// Puts the rebuilt index in place of the old one.
    async fn finish_rebuild(&self) -> Result<(), SearchError> {
        Ok(())
    }
}

/// A writable embedded index in `dir`, for other modules' tests (the engine stays named here).
#[cfg(test)]
pub(crate) fn embedded_for_tests(dir: &std::path::Path) -> std::sync::Arc<dyn SearchIndex> {
    std::sync::Arc::new(std::sync::Arc::new(
        TantivyIndex::open(dir, true).expect("an embedded index in a fresh folder"),
    ))
}
