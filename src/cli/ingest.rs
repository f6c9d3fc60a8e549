//! `mailroom ingest FILE|DIR…`: one-shot filing of files that stay where they are.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::init_tracing;
use super::output::print_json;
use crate::config::{Config, DEFAULT_IGNORE};
use crate::instance::Instance;
use crate::pipeline::{indexer, ClaimKind, Outcome, INGEST_PIPELINE};
use crate::source::folder::{ignore_set, scan};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Process as this pipeline (its channel and OCR mode); default: "ingest", OCR auto.
    #[arg(long)]
    pipeline: Option<String>,
    /// Print one JSON object with every file's outcome.
    #[arg(long)]
    json: bool,
    /// Files or folders (folders are read recursively).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Serialize)]
struct FileResult {
    path: PathBuf,
    outcome: &'static str,
    receipt_id: Option<i64>,
    document_id: Option<i64>,
    reason: Option<String>,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    // The command reports every outcome itself; logs only with RUST_LOG.
    init_tracing("off");
    let (pipeline, channel, capture) = match &args.pipeline {
        None => (INGEST_PIPELINE.to_string(), "manual".to_string(), None),
        Some(name) => match config.pipeline(name) {
            Some(p) => (p.name.clone(), p.channel.clone(), p.capture()),
            None if name == INGEST_PIPELINE => (name.clone(), "manual".to_string(), None),
            None => {
                eprintln!(
                    "error: no pipeline \"{name}\" (configured: {})",
                    config
                        .pipelines
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                return Ok(ExitCode::from(2));
            }
        },
    };
    let (files, missing) = collect(&args.paths);
    let workers = config.workers;
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let search = instance.search(true).await?;
    let worker = instance.worker(None).await?;

    let bar = if args.json || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(files.len() as u64).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    };
    let mut results: Vec<FileResult> = missing
        .into_iter()
        .map(|p| FileResult {
            path: p,
            outcome: "failed",
            receipt_id: None,
            document_id: None,
            reason: Some("no such file or folder".into()),
        })
        .collect();
    // Files are claimed in chunks (one transaction and one folder sync per chunk) and then
    // processed concurrently; filing batches them again (group commit).
    let mut processed: Vec<FileResult> = Vec::new();
    for chunk in files.chunks(CLAIM_CHUNK) {
        let claimed = worker
            .intake
            .claim_many(
                &pipeline,
                &channel,
                capture.as_ref(),
                chunk,
                ClaimKind::Ingest,
            )
            .await;
        let claimed: Vec<Result<Option<_>, String>> = match claimed {
            Ok(r) => r
                .into_iter()
                .map(|r| r.map_err(|e| e.to_string()))
                .collect(),
            Err(e) => chunk.iter().map(|_| Err(e.to_string())).collect(),
        };
        let done: Vec<FileResult> = stream::iter(chunk.iter().cloned().zip(claimed))
            .map(|(path, claimed)| {
                let (runner, bar) = (&worker.runner, &bar);
                async move {
                    bar.set_message(
                        path.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                    );
                    let result = match claimed {
                        Err(e) => failed(path, e),
                        Ok(None) => failed(path, "file disappeared".into()),
                        Ok(Some(receipt)) => {
                            let id = receipt.id.0;
                            let outcome = runner.process(receipt).await;
                            describe(path, id, outcome)
                        }
                    };
                    bar.inc(1);
                    result
                }
            })
            .buffer_unordered(crate::pipeline::in_flight(workers))
            .collect()
            .await;
        processed.extend(done);
    }
    bar.finish_and_clear();
    results.extend(processed);
    results.sort_by(|a, b| a.path.cmp(&b.path));

    let unavailable;
    let indexed_note = if search.writable {
        match indexer::index_all_pending(&instance.store, &search.index).await {
            Ok(_) => None,
            // Filed is filed: the daemon (or the next command) indexes them once search is back.
            Err(indexer::IndexError::Search(
                e @ crate::search::SearchError::Unavailable { .. },
            )) => {
                unavailable = format!("filed but not yet searchable: {e}");
                Some(unavailable.as_str())
            }
            Err(e) => return Err(e.into()),
        }
    } else {
        Some("the running daemon holds the search index; it indexes these documents within seconds")
    };

    let count = |o: &str| results.iter().filter(|r| r.outcome == o).count();
    let (filed, dups, quarantined, failed_n) = (
        count("filed"),
        count("duplicate"),
        count("quarantined"),
        count("failed"),
    );
    if args.json {
        print_json(&serde_json::json!({
            "files": results, "filed": filed, "duplicates": dups,
            "quarantined": quarantined, "failed": failed_n,
        }))?;
    } else {
        for r in &results {
            match (r.outcome, r.document_id, &r.reason) {
                ("filed", Some(id), _) => println!("filed        #{id:<6} {}", r.path.display()),
                ("duplicate", Some(id), _) => {
                    println!("duplicate of #{id:<5} {}", r.path.display())
                }
                (o, _, reason) => println!(
                    "{o:12} {:7} {}: {}",
                    r.receipt_id.map(|i| format!("Q{i}")).unwrap_or_default(),
                    r.path.display(),
                    reason.as_deref().unwrap_or("")
                ),
            }
        }
        println!(
            "{filed} filed, {dups} already filed, {quarantined} quarantined, {failed_n} failed"
        );
        if let Some(note) = indexed_note {
            println!("note: {note}");
        }
    }
    Ok(if quarantined + failed_n > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn failed(path: PathBuf, reason: String) -> FileResult {
    FileResult {
        path,
        outcome: "failed",
        receipt_id: None,
        document_id: None,
        reason: Some(reason),
    }
}

/// Files claimed per transaction.
const CLAIM_CHUNK: usize = 256;

fn describe(path: PathBuf, receipt: i64, outcome: Outcome) -> FileResult {
    let (o, doc, reason) = match outcome {
        Outcome::Filed(id) => ("filed", Some(id.0), None),
        Outcome::Duplicate(id) => ("duplicate", Some(id.0), None),
        Outcome::Quarantined(r) => ("quarantined", None, Some(format!("{r}. {}", r.action()))),
        Outcome::Deferred(why) => (
            "failed",
            None,
            Some(format!("{why} (left for the daemon to retry)")),
        ),
        Outcome::AlreadyHandled => ("failed", None, Some("handled by another process".into())),
    };
    FileResult {
        path,
        outcome: o,
        receipt_id: Some(receipt),
        document_id: doc,
        reason,
    }
}

/// Files named directly, and every non-ignored file under named folders.
fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let ignore = ignore_set(
        &DEFAULT_IGNORE
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
    );
    let (mut files, mut missing) = (Vec::new(), Vec::new());
    for p in paths {
        if p.is_dir() {
            match scan(p, true, &ignore) {
                Ok(found) => files.extend(found.into_iter().map(|s| s.path)),
                Err(_) => missing.push(p.clone()),
            }
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            missing.push(p.clone());
        }
    }
    files.sort();
    files.dedup();
    (files, missing)
}
