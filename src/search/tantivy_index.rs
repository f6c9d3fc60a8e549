//! The embedded search backend: a tantivy index in `data_dir/index`.
//!
//! Only one process may write (tantivy's writer lock). The daemon opens it writable; CLI
//! commands such as `ingest` try to, and if the daemon holds the lock they leave documents
//! unindexed for the daemon to pick up.

use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{AllQuery, BooleanQuery, EmptyQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    doc, DateTime, DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score,
    Searcher, TantivyDocument, Term,
};

use super::german::{self, GERMAN};
use super::{
    FacetCount, Facets, IndexDocument, SearchError, SearchHit, SearchIndex, SearchOrder,
    SearchQuery, SearchResults,
};
use crate::model::{DocumentId, DocumentScope, Timestamp};

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    pipeline: Field,
    channel: Field,
    mailbox: Field,
    received_at: Field,
    filename: Field,
    body: Field,
    department: Field,
    class: Field,
    tag: Field,
    /// `name=value` of each extracted field.
    field: Field,
    /// Compact extracted values and IBANs of the text (`de0212…`), found however typed.
    identifiers: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(GERMAN)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: b.add_u64_field("id", INDEXED | STORED | FAST),
        pipeline: b.add_text_field("pipeline", STRING | STORED),
        channel: b.add_text_field("channel", STRING | STORED | FAST),
        mailbox: b.add_text_field("mailbox", STRING | STORED),
        received_at: b.add_date_field("received_at", INDEXED | STORED | FAST),
        filename: b.add_text_field("filename", text.clone()),
        body: b.add_text_field("body", text),
        department: b.add_text_field("department", STRING | STORED | FAST),
        class: b.add_text_field("class", STRING | STORED | FAST),
        tag: b.add_text_field("tag", STRING | STORED | FAST),
        field: b.add_text_field("field", STRING | FAST),
        identifiers: b.add_text_field("identifiers", STRING),
    };
    (b.build(), fields)
}

/// The embedded index.
pub struct TantivyIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    writer: Arc<Mutex<Option<IndexWriter>>>,
    /// Opened to write: when another process held the writer, it is asked for again at each
    /// write, so a daemon takes the index over when the one writing it stops.
    wants_writer: bool,
    rebuilt: bool,
}

fn backend(e: impl std::fmt::Display) -> SearchError {
    SearchError::Backend(e.to_string())
}

impl TantivyIndex {
    /// Opens or creates the index in `dir`. With `writable`, takes the writer lock if it is
    /// free; [`SearchIndex::add`] returns [`SearchError::Locked`] otherwise.
    pub fn open(dir: &Path, writable: bool) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir).map_err(backend)?;
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(dir).map_err(backend)?;
        let mut rebuilt = false;
        let index = match Index::open_or_create(directory, schema.clone()) {
            Ok(i) => i,
            // An index from an older version: it is derived data, so the writer starts a new
            // one (the caller then marks every document for indexing).
            Err(tantivy::TantivyError::SchemaError(_)) if writable => {
                std::fs::remove_dir_all(dir).map_err(backend)?;
                std::fs::create_dir_all(dir).map_err(backend)?;
                rebuilt = true;
                Index::create_in_dir(dir, schema).map_err(backend)?
            }
            Err(tantivy::TantivyError::SchemaError(_)) => {
                return Err(SearchError::Outdated(dir.display().to_string()))
            }
            Err(e) => return Err(backend(e)),
        };
        index.tokenizers().register(GERMAN, german::analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(backend)?;
        let writer = if writable { take_writer(&index)? } else { None };
        Ok(TantivyIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            writer: Arc::new(Mutex::new(writer)),
            wants_writer: writable,
            rebuilt,
        })
    }

    /// Whether `open` replaced an index of an older version (everything must be indexed again).
    pub fn was_rebuilt(&self) -> bool {
        self.rebuilt
    }

    /// Whether this process holds the writer lock.
    pub fn is_writable(&self) -> bool {
        self.writer.lock().map(|w| w.is_some()).unwrap_or(false)
    }

    fn build_query(&self, q: &SearchQuery) -> Box<dyn Query> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text_fields = query::TextFields {
            body: f.body,
            filename: f.filename,
            identifiers: f.identifiers,
        };
        if let Some(text) = query::text_query(text_fields, &q.text) {
            clauses.push((Occur::Must, text));
        }
        let term = |field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        for (field, value) in [
            (f.pipeline, &q.pipeline),
            (f.channel, &q.channel),
            (f.mailbox, &q.mailbox),
            (f.class, &q.class),
        ] {
            if let Some(v) = value {
                clauses.push((Occur::Must, term(field, v)));
            }
        }
        // Access: a restricted actor's departments are a clause of the query itself, so hits,
        // totals, facets and snippets only ever count what they may see.
        if let DocumentScope::Departments(visible) = &q.scope {
            let any: Vec<(Occur, Box<dyn Query>)> = visible
                .iter()
                .map(|d| (Occur::Should, term(f.department, d)))
                .collect();
            if any.is_empty() {
                return Box::new(EmptyQuery);
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if !q.departments.is_empty() {
            let any: Vec<(Occur, Box<dyn Query>)> = q
                .departments
                .iter()
                .map(|d| (Occur::Should, term(f.department, d)))
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        for t in &q.tags {
            clauses.push((Occur::Must, term(f.tag, t)));
        }
        for (name, value) in &q.fields {
            clauses.push((Occur::Must, term(f.field, &format!("{name}={value}"))));
        }
        if q.received_from.is_some() || q.received_until.is_some() {
            let term = |t: Timestamp| Term::from_field_date_for_search(f.received_at, to_date(t));
            let lower = q
                .received_from
                .map_or(Bound::Unbounded, |t| Bound::Included(term(t)));
            let upper = q
                .received_until
                .map_or(Bound::Unbounded, |t| Bound::Excluded(term(t)));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        if clauses.is_empty() {
            return Box::new(AllQuery);
        }
        Box::new(BooleanQuery::new(clauses))
    }

    fn search_blocking(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        self.reader.reload().map_err(backend)?;
        let searcher = self.reader.searcher();
        let query = self.build_query(q);
        let limit = if q.limit == 0 { 20 } else { q.limit };
        let top_docs = TopDocs::with_limit(limit).and_offset(q.offset);
        let (top, total): (Vec<(Score, DocAddress)>, usize) = match q.order {
            SearchOrder::Relevance => searcher
                .search(&query, &(top_docs.order_by_score(), Count))
                .map_err(backend)?,
            SearchOrder::Newest => {
                let newest = top_docs.order_by_fast_field::<DateTime>("received_at", Order::Desc);
                let (top, total) = searcher.search(&query, &(newest, Count)).map_err(backend)?;
                // Ordered by time, not by how well they match: no score.
                (top.into_iter().map(|(_, a)| (0.0, a)).collect(), total)
            }
        };
        let facets = if q.facets {
            Some(self.facets(&searcher, &*query)?)
        } else {
            None
        };
        let mut snippets =
            SnippetGenerator::create(&searcher, &*query, self.fields.body).map_err(backend)?;
        snippets.set_max_num_chars(220);
        let f = self.fields;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let d: TantivyDocument = searcher.doc(address).map_err(backend)?;
            let text_of = |field| {
                d.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let body = text_of(f.body);
            let snippet = snippets.snippet(&body);
            let plain = if snippet.is_empty() {
                first_chars(&body, 200)
            } else {
                snippet
                    .fragment()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let received = d
                .get_first(f.received_at)
                .and_then(|v| v.as_datetime())
                .map(from_date)
                .unwrap_or_default();
            hits.push(SearchHit {
                id: DocumentId(d.get_first(f.id).and_then(|v| v.as_u64()).unwrap_or(0) as i64),
                score,
                snippet: plain,
                snippet_html: snippet.to_html(),
                original_filename: text_of(f.filename),
                pipeline: text_of(f.pipeline),
                channel: text_of(f.channel),
                mailbox: Some(text_of(f.mailbox)).filter(|m| !m.is_empty()),
                received_at: received,
                department: Some(text_of(f.department)).filter(|m| !m.is_empty()),
                class: Some(text_of(f.class)).filter(|m| !m.is_empty()),
                tags: d
                    .get_all(f.tag)
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            });
        }
        Ok(SearchResults {
            hits,
            total,
            facets,
        })
    }

    /// Terms aggregations over the routing fields of every matching document.
    fn facets(&self, searcher: &Searcher, query: &dyn Query) -> Result<Facets, SearchError> {
        let request: Aggregations = serde_json::from_value(serde_json::json!({
            "department": { "terms": { "field": "department", "size": 200 } },
            "class": { "terms": { "field": "class", "size": 200 } },
            "tag": { "terms": { "field": "tag", "size": 200 } },
            "channel": { "terms": { "field": "channel", "size": 50 } },
            "field": { "terms": { "field": "field", "size": 500 } },
        }))
        .map_err(backend)?;
        let collector = AggregationCollector::from_aggs(
            request,
            AggContextParams::new(
                AggregationLimitsGuard::default(),
                self.index.tokenizers().clone(),
            ),
        );
        let result = searcher.search(query, &collector).map_err(backend)?;
        let json = serde_json::to_value(&result).map_err(backend)?;
        let buckets = |name: &str| -> Vec<FacetCount> {
            json[name]["buckets"]
                .as_array()
                .map(|b| {
                    b.iter()
                        .filter_map(|e| {
                            Some(FacetCount {
                                value: e["key"].as_str()?.to_string(),
                                count: e["doc_count"].as_u64()?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let fields = super::field_facets(buckets("field"));
        Ok(Facets {
            departments: buckets("department"),
            classes: buckets("class"),
            tags: buckets("tag"),
            channels: buckets("channel"),
            fields,
        })
    }

    /// The writer, taken now if it was held by another process before and is free.
    fn writer(&self) -> Result<std::sync::MutexGuard<'_, Option<IndexWriter>>, SearchError> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| backend("index writer poisoned"))?;
        if guard.is_none() && self.wants_writer {
            *guard = take_writer(&self.index)?;
            if guard.is_some() {
                tracing::info!(index = %self.dir.display(), "this process writes the search index now");
            }
        }
        Ok(guard)
    }

    fn add_blocking(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        self.stage_blocking(docs)?;
        self.commit_blocking()
    }

    /// Commits what was staged: one segment, its files synced.
    fn commit_blocking(&self) -> Result<(), SearchError> {
        let mut guard = self.writer()?;
        let writer = guard.as_mut().ok_or(SearchError::Locked)?;
        writer.commit().map_err(backend)?;
        Ok(())
    }

    /// Hands documents to the writer's indexing thread; searchable after the next commit.
    fn stage_blocking(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        let mut guard = self.writer()?;
        let writer = guard.as_mut().ok_or(SearchError::Locked)?;
        let f = self.fields;
        for d in docs {
            writer.delete_term(Term::from_field_u64(f.id, d.id.0 as u64));
            let identifiers = d.identifiers();

            let mut document = doc!(
                f.id => d.id.0 as u64,
                f.pipeline => d.pipeline,
                f.channel => d.channel,
                f.received_at => to_date(d.received_at),
                f.filename => d.original_filename,
                f.body => d.text,
            );
            if let Some(m) = d.mailbox {
                document.add_text(f.mailbox, m);
            }
            if let Some(v) = d.department {
                document.add_text(f.department, v);
            }
            if let Some(v) = d.class {
                document.add_text(f.class, v);
            }
            for t in d.tags {
                document.add_text(f.tag, t);
            }
            for id in identifiers {
                document.add_text(f.identifiers, id);
            }
            let mut pairs: Vec<String> = d.fields.iter().map(|(n, v)| format!("{n}={v}")).collect();
            pairs.sort_unstable();
            pairs.dedup();
            for p in pairs {
                document.add_text(f.field, p);
            }
            writer.add_document(document).map_err(backend)?;
        }
        Ok(())
    }

    fn clear_blocking(&self) -> Result<(), SearchError> {
        let mut guard = self.writer()?;
        let writer = guard.as_mut().ok_or(SearchError::Locked)?;
        writer.delete_all_documents().map_err(backend)?;
        writer.commit().map_err(backend)?;
        Ok(())
    }

    /// Where the index lives.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// The index's writer, or `None` while another process holds it.
fn take_writer(index: &Index) -> Result<Option<IndexWriter>, SearchError> {
    // One indexing thread (tantivy's default is one per core): a commit then writes one
    // segment instead of one per thread (more only when the 64 MB fill up) — half the files,
    // fsyncs and later merges — and the other core goes on filing. Measured with callgrind
    // (BENCHMARKS.md): 3 % fewer instructions per born-digital document, 0.41 → 0.36 fsyncs.
    let options = tantivy::indexer::IndexWriterOptions::builder()
        .num_worker_threads(1)
        .num_merge_threads(1)
        .memory_budget_per_thread(64 * 1024 * 1024)
        .build();
    match index.writer_with_options::<TantivyDocument>(options) {
        Ok(w) => Ok(Some(w)),
        Err(tantivy::TantivyError::LockFailure(..)) => Ok(None),
        Err(e) => Err(backend(e)),
    }
}

fn to_date(t: Timestamp) -> DateTime {
    DateTime::from_timestamp_micros(t.as_microsecond())
}

fn from_date(d: DateTime) -> Timestamp {
    Timestamp::from_microsecond(d.into_timestamp_micros()).unwrap_or_default()
}

fn first_chars(text: &str, n: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.chars().take(n).collect()
}

/// Runs blocking index work off the async runtime.
async fn blocking<T: Send + 'static>(
    index: &Arc<TantivyIndex>,
    f: impl FnOnce(&TantivyIndex) -> Result<T, SearchError> + Send + 'static,
) -> Result<T, SearchError> {
    let index = Arc::clone(index);
    tokio::task::spawn_blocking(move || f(&index))
        .await
        .map_err(backend)?
}

/// `SearchIndex` for a shared `TantivyIndex`.
#[async_trait]
impl SearchIndex for Arc<TantivyIndex> {
    async fn add(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        blocking(self, move |i| i.add_blocking(docs)).await
    }

    async fn stage(&self, docs: Vec<IndexDocument>) -> Result<(), SearchError> {
        blocking(self, move |i| i.stage_blocking(docs)).await
    }

    async fn commit(&self) -> Result<(), SearchError> {
        blocking(self, |i| i.commit_blocking()).await
    }

    fn stages(&self) -> bool {
        true
    }

    async fn search(&self, query: &SearchQuery) -> Result<SearchResults, SearchError> {
        let q = query.clone();
        blocking(self, move |i| i.search_blocking(&q)).await
    }

    async fn clear(&self) -> Result<(), SearchError> {
        blocking(self, |i| i.clear_blocking()).await
    }
}

mod query;
#[cfg(test)]
mod tests;
