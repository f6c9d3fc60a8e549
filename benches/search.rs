//! Search backends side by side: documents/s indexed and p50/p99 latency of 20 typical queries,
//! each as mail-room staff (all departments) and as a clerk (one department's filter or token).
//!
//! `cargo bench --bench search` (BENCH_DOCS=N letters, default 100000; the embedded index
//! always; Meilisearch too when MEILI_URL, and MEILI_MASTER_KEY, are set). Letters come from
//! the test-data generator (every topic, varied by seed), as the daemon would index them.

use std::sync::Arc;
use std::time::Instant;

use mailroom::model::{DocumentId, DocumentScope};
use mailroom::search::{
    IndexDocument, MeilisearchIndex, SearchIndex, SearchOrder, SearchQuery, TantivyIndex,
};
use mailroom_testdata as gen;

#[path = "support/mod.rs"]
mod support;
use support::{env_usize, percentile};

/// What clerks type: words, inflected forms, compound parts, a typo, a word being typed, a
/// file reference, an IBAN.
const QUERIES: [&str; 20] = [
    "Widerspruch",
    "Bescheid",
    "Antrag",
    "Anträge",
    "Rechnung",
    "Wohngeld",
    "Baugenehmigung",
    "Verwaltung",
    "Mahnung Frist",
    "Widerpruch",
    "Wider",
    "Gebühren",
    "Führerschein",
    "Müller",
    "Strasse",
    "Andernach",
    "Zahlung",
    "Kita Platz",
    "3 K 1234/25",
    "DE02 1203 0000 0000 2020 51",
];

/// The n-th letter, as the index gets it.
fn letter(i: usize) -> IndexDocument {
    let topics = gen::Topic::all();
    let topic = topics[i % topics.len()];
    let routed = gen::routed_letter(topic, (i / topics.len()) as u64);
    IndexDocument {
        id: DocumentId(i as i64 + 1),
        pipeline: "scanner".into(),
        channel: "Post".into(),
        original_filename: format!("scan-{i:07}.pdf"),
        received_at: mailroom::model::Timestamp::from_second(1_760_000_000 + i as i64 * 30)
            .unwrap(),
        text: routed.letter.text(),
        mailbox: None,
        department: Some(routed.expected_department.to_string()),
        class: Some(topic.class().to_string()),
        tags: Vec::new(),
        fields: Vec::new(),
    }
}

async fn measure(name: &str, index: &dyn SearchIndex, n: usize, clerk_department: &str) {
    let start = Instant::now();
    let batch = 1000;
    let mut i = 0;
    while i < n {
        let docs: Vec<IndexDocument> = (i..(i + batch).min(n)).map(letter).collect();
        index.add(docs).await.unwrap();
        i += batch;
    }
    let took = start.elapsed();
    println!(
        "{name}: indexed {n} letters in {:.1} s: {:.0} documents/s",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    for (who, scope) in [
        ("staff", DocumentScope::All),
        (
            "clerk",
            DocumentScope::Departments([clerk_department.to_string()].into()),
        ),
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        // One warm-up round, then five measured rounds of the 20 queries.
        for round in 0..6 {
            for typed in QUERIES {
                let q = SearchQuery {
                    text: typed.to_string(),
                    scope: scope.clone(),
                    limit: 20,
                    order: SearchOrder::Relevance,
                    ..Default::default()
                };
                let t = Instant::now();
                let r = index.search(&q).await.unwrap();
                if round > 0 {
                    times.push(t.elapsed());
                    hits += r.total;
                }
            }
        }
        times.sort();
        println!(
            "{name} {who}: {} queries, p50 {:.1} ms, p99 {:.1} ms (mean hits {})",
            times.len(),
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            hits / times.len()
        );
    }
}

#[tokio::main]
async fn main() {
    let n = env_usize("BENCH_DOCS", 100_000);
    // The department with most letters: the widest clerk filter.
    let mut per_department = std::collections::BTreeMap::<String, usize>::new();
    for i in 0..gen::Topic::all().len() * 4 {
        *per_department
            .entry(letter(i).department.unwrap_or_default())
            .or_default() += 1;
    }
    let clerk_department = per_department
        .iter()
        .max_by_key(|(_, c)| **c)
        .map(|(d, _)| d.clone())
        .unwrap();
    println!("{n} letters; the clerk's department: {clerk_department}");

    let dir = tempfile::tempdir().unwrap();
    let embedded = Arc::new(TantivyIndex::open(dir.path(), true).unwrap());
    measure("embedded", &embedded, n, &clerk_department).await;

    match std::env::var("MEILI_URL") {
        Ok(url) => {
            let key = std::env::var("MEILI_MASTER_KEY").ok();
            let meili = MeilisearchIndex::new(&url, key.as_deref(), "mailroom-bench").unwrap();
            meili.clear().await.unwrap();
            measure("meilisearch", &meili, n, &clerk_department).await;
        }
        Err(_) => println!("SKIPPED: Meilisearch (MEILI_URL not set)"),
    }
}
