//! The production search backend: a Meilisearch server shared by every mailroom process.
//!
//! mailroom holds an admin key (from the environment or a file, never the config). Documents
//! are written with it; a document counts as indexed only when its Meilisearch task succeeded.
//! Searches for a restricted actor run with a short-lived *tenant token* whose search rules
//! carry the department filter, so Meilisearch itself refuses everything else, whatever filter
//! a query carries. The text query gets the shared analysis's identifier folding (an IBAN typed
//! with spaces), the rest is Meilisearch's own German analysis (charabia, like ours).

mod query;
mod setup;
#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use meilisearch_sdk::client::{Client, SwapIndexes};
use meilisearch_sdk::search::{MatchingStrategies, Selectors};
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use serde::{Deserialize, Serialize};
use tokio::sync::OnceCell;

use super::{
    IndexDocument, SearchError, SearchHit, SearchIndex, SearchOrder, SearchQuery, SearchResults,
};
use crate::model::{DocumentId, DocumentScope, Timestamp};
use query::{any_of, facets_of, filter, flat, meili_query, snippet_html, terms};

/// How long a clerk's tenant token lives; renewed a minute before it ends.
const TOKEN_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// Markers around matches in Meilisearch's formatted text (never in letters), replaced by
/// `<b>`/`</b>` after the text is HTML-escaped.
const PRE: &str = "\u{1}";
const POST: &str = "\u{2}";

/// One filed document as Meilisearch stores it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct MeiliDocument {
    id: i64,
    pipeline: String,
    channel: String,
    mailbox: Option<String>,
    /// Unix seconds, for filters and sorting (not retrieved with hits).
    #[serde(default)]
    received_at: i64,
    /// The exact time of receipt (microseconds), for display.
    received_at_us: i64,
    filename: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    identifiers: Vec<String>,
    /// The terms of the shared German analysis (words, compound parts) of text and file name.
    #[serde(default)]
    terms: String,
    department: Option<String>,
    class: Option<String>,
    tags: Vec<String>,
    /// `name=value` of each extracted field.
    #[serde(default)]
    fields: Vec<String>,
}

impl From<IndexDocument> for MeiliDocument {
    fn from(d: IndexDocument) -> Self {
        let identifiers = d.identifiers();
        MeiliDocument {
            id: d.id.0,
            pipeline: d.pipeline,
            channel: d.channel,
            mailbox: d.mailbox,
            received_at: d.received_at.as_second(),
            received_at_us: d.received_at.as_microsecond(),
            terms: terms(&d.text, &d.original_filename),
            filename: d.original_filename,
            text: d.text,
            identifiers,
            department: d.department,
            class: d.class,
            tags: d.tags,
            fields: d.fields.iter().map(|(n, v)| format!("{n}={v}")).collect(),
        }
    }
}

/// The Meilisearch backend.
pub struct MeilisearchIndex {
    url: String,
    index: String,
    admin: Client,
    /// Why the admin key could not be read (environment variable unset, file unreadable):
    /// commands that do not search still work; searching and indexing say this.
    key_problem: Option<String>,
    /// Health checked, settings applied, search key (uid, secret) known: done once, retried
    /// on the next call while the server is away.
    ready: OnceCell<(String, String)>,
    /// Where `add` writes: the live index, or the fresh one while `reindex` builds it.
    target: Mutex<String>,
    /// Clients signed with tenant tokens, per set of departments, until shortly before expiry.
    tenants: Mutex<HashMap<BTreeSet<String>, (Client, Instant)>>,
}

/// A Meilisearch error, naming the server and what was being done.
fn meili_error(url: &str, doing: &str, e: meilisearch_sdk::errors::Error) -> SearchError {
    use meilisearch_sdk::errors::Error as E;
    match e {
        E::HttpError(_) | E::Timeout => SearchError::Unavailable {
            url: url.to_string(),
            reason: format!("{doing}: {e}"),
        },
        other => SearchError::Backend(format!("Meilisearch at {url}, {doing}: {other}")),
    }
}

impl MeilisearchIndex {
    /// A backend for the server at `url`; it contacts the server on first use.
    pub fn new(url: &str, api_key: Option<&str>, index: &str) -> Result<Self, SearchError> {
        Self::with_key(url, Ok(api_key), index)
    }

    /// As [`MeilisearchIndex::new`], with the admin key as read (or why it could not be).
    pub fn with_key(
        url: &str,
        api_key: Result<Option<&str>, String>,
        index: &str,
    ) -> Result<Self, SearchError> {
        let (key, key_problem) = match api_key {
            Ok(k) => (k, None),
            Err(why) => (None, Some(why)),
        };
        Ok(MeilisearchIndex {
            key_problem,
            url: url.trim_end_matches('/').to_string(),
            index: index.to_string(),
            admin: setup::client(url, key)?,
            ready: OnceCell::new(),
            target: Mutex::new(index.to_string()),
            tenants: Mutex::new(HashMap::new()),
        })
    }

    async fn ready(&self) -> Result<&(String, String), SearchError> {
        if let Some(why) = &self.key_problem {
            return Err(SearchError::Unavailable {
                url: self.url.clone(),
                reason: format!("its API key: {why}"),
            });
        }
        self.ready.get_or_try_init(|| self.prepare()).await
    }

    fn unavailable(&self, e: meilisearch_sdk::errors::Error) -> SearchError {
        meili_error(&self.url, "reaching the server", e)
    }

    /// Waits for a task; an error unless it succeeded.
    async fn wait(&self, task: TaskInfo) -> Result<(), SearchError> {
        let done = task
            .wait_for_completion(&self.admin, Some(Duration::from_millis(25)), None)
            .await
            .map_err(|e| self.unavailable(e))?;
        match done {
            Task::Succeeded { .. } => Ok(()),
            Task::Failed { content } => Err(SearchError::Backend(format!(
                "Meilisearch at {} refused a task: {}",
                self.url, content.error
            ))),
            other => Err(SearchError::Backend(format!(
                "Meilisearch task {} did not finish",
                other.get_uid()
            ))),
        }
    }

    fn target(&self) -> String {
        self.target
            .lock()
            .map(|t| t.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    fn set_target(&self, uid: &str) {
        let mut t = self.target.lock().unwrap_or_else(|p| p.into_inner());
        *t = uid.to_string();
    }

    fn rebuild_uid(&self) -> String {
        format!("{}-rebuild", self.index)
    }

    /// The client a search runs with: for a restricted actor one signed with a tenant token
    /// that only lets it see its departments.
    async fn client_for(&self, scope: &DocumentScope) -> Result<Option<Client>, SearchError> {
        let (key_uid, key) = self.ready().await?;
        let mut tenants = self.tenants.lock().unwrap_or_else(|p| p.into_inner());
        let departments = match scope {
            // Staff search with the search key itself; its client is kept under the empty set
            // (a scope without departments never searches).
            DocumentScope::All => {
                if let Some((client, _)) = tenants.get(&BTreeSet::new()) {
                    return Ok(Some(client.clone()));
                }
                let client = setup::client(&self.url, Some(key))?;
                tenants.insert(BTreeSet::new(), (client.clone(), Instant::now()));
                return Ok(Some(client));
            }
            DocumentScope::Departments(d) if d.is_empty() => return Ok(None),
            DocumentScope::Departments(d) => d,
        };
        if let Some((client, renew_at)) = tenants.get(departments) {
            if Instant::now() < *renew_at {
                return Ok(Some(client.clone()));
            }
        }
        let rules = serde_json::json!({
            self.index.as_str(): { "filter": any_of("department", departments.iter()) }
        });
        let expires = time::OffsetDateTime::now_utc() + TOKEN_LIFETIME;
        let token = self
            .admin
            .generate_tenant_token(key_uid.clone(), rules, Some(key), Some(expires))
            .map_err(|e| meili_error(&self.url, "signing a tenant token", e))?;
        let client = setup::client(&self.url, Some(&token))?;
        let renew_at = Instant::now() + TOKEN_LIFETIME - Duration::from_secs(60);
        tenants.insert(departments.clone(), (client.clone(), renew_at));
        Ok(Some(client))
    }

    /// A search with this client (the search key's, or a clerk's tenant token's).
    async fn search_as(
        &self,
        client: &Client,
        q: &SearchQuery,
    ) -> Result<SearchResults, SearchError> {
        let text = meili_query(&q.text);
        let filter = filter(q);
        let sort = ["received_at:desc"];
        let facets = ["department", "class", "tags", "channel", "fields"];
        let search_on = ["identifiers", "terms"];
        let retrieve = [
            "id",
            "pipeline",
            "channel",
            "mailbox",
            "received_at_us",
            "filename",
            "department",
            "class",
            "tags",
        ];
        let crop = [("text", Some(32))];
        let highlight = ["text"];
        let index = client.index(&self.index);
        let mut search = index.search();
        search
            .with_query(&text)
            .with_limit(if q.limit == 0 { 20 } else { q.limit })
            .with_offset(q.offset)
            .with_attributes_to_search_on(&search_on)
            .with_matching_strategy(MatchingStrategies::ALL)
            .with_attributes_to_retrieve(Selectors::Some(&retrieve))
            .with_attributes_to_crop(Selectors::Some(&crop))
            .with_crop_marker("…")
            .with_attributes_to_highlight(Selectors::Some(&highlight))
            .with_highlight_pre_tag(PRE)
            .with_highlight_post_tag(POST)
            .with_show_ranking_score(true);
        if !filter.is_empty() {
            search.with_filter(&filter);
        }
        if q.order == SearchOrder::Newest {
            search.with_sort(&sort);
        }
        if q.facets {
            search.with_facets(Selectors::Some(&facets));
        }
        let found = search
            .execute::<MeiliDocument>()
            .await
            .map_err(|e| meili_error(&self.url, "searching", e))?;
        let hits = found
            .hits
            .into_iter()
            .map(|h| {
                let formatted = h
                    .formatted_result
                    .as_ref()
                    .and_then(|f| f.get("text"))
                    .and_then(|t| t.as_str())
                    .unwrap_or_default();
                let d = h.result;
                SearchHit {
                    id: DocumentId(d.id),
                    score: h.ranking_score.unwrap_or(0.0) as f32,
                    snippet: flat(&formatted.replace(PRE, "").replace(POST, "")),
                    snippet_html: snippet_html(formatted),
                    original_filename: d.filename,
                    pipeline: d.pipeline,
                    channel: d.channel,
                    mailbox: d.mailbox,
                    received_at: Timestamp::from_microsecond(d.received_at_us).unwrap_or_default(),
                    department: d.department,
                    class: d.class,
                    tags: d.tags,
                }
            })
            .collect();
        let facets = q
            .facets
            .then(|| facets_of(found.facet_distribution.unwrap_or_default()));
        Ok(SearchResults {
            hits,
            total: found.estimated_total_hits.or(found.total_hits).unwrap_or(0),
            facets,
        })
    }
}

#[async_trait]
impl SearchIndex for MeilisearchIndex {
    async fn check(&self) -> Result<(), SearchError> {
        self.ready().await.map(|_| ())
    }

    async fn add(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        self.ready().await?;
        if docs.is_empty() {
            return Ok(());
        }
        // Analysing the texts (terms, compound parts) is CPU work: off the async runtime.
        let docs: Vec<MeiliDocument> = tokio::task::spawn_blocking(move || {
            docs.into_iter().map(MeiliDocument::from).collect()
        })
        .await
        .map_err(|e| SearchError::Backend(format!("preparing documents for Meilisearch: {e}")))?;
        let task = self
            .admin
            .index(self.target())
            .add_or_replace(&docs, Some("id"))
            .await
            .map_err(|e| self.unavailable(e))?;
        self.wait(task).await
    }

    async fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError> {
        match self.client_for(&query.scope).await? {
            Some(client) => self.search_as(&client, query).await,
            None => Ok(SearchResults::default()),
        }
    }

    async fn clear(&self) -> Result<(), SearchError> {
        self.ready().await?;
        let task = self
            .admin
            .index(self.target())
            .delete_all_documents()
            .await
            .map_err(|e| self.unavailable(e))?;
        self.wait(task).await
    }

    async fn begin_rebuild(&self) -> Result<(), SearchError> {
        self.ready().await?;
        let uid = self.rebuild_uid();
        // A rebuild that did not finish leaves its index behind: start it afresh.
        if let Ok(task) = self.admin.index(&uid).delete().await {
            let _ = task.wait_for_completion(&self.admin, None, None).await;
        }
        self.apply_settings(&uid).await?;
        self.set_target(&uid);
        Ok(())
    }

    async fn finish_rebuild(&self) -> Result<(), SearchError> {
        let uid = self.rebuild_uid();
        let swap = SwapIndexes {
            indexes: (self.index.clone(), uid.clone()),
            rename: None,
        };
        let task = self
            .admin
            .swap_indexes([&swap])
            .await
            .map_err(|e| self.unavailable(e))?;
        self.wait(task).await?;
        self.set_target(&self.index);
        // After the swap the old documents live under the rebuild's name.
        let task = self
            .admin
            .index(&uid)
            .delete()
            .await
            .map_err(|e| self.unavailable(e))?;
        self.wait(task).await
    }
}
