//! `mailroom verify [ID | --all]`: integrity check (TR-RESISCAN). Re-hashes each document's
//! original and archive copy and walks the hash chains of its event log; reports every mismatch.

use std::process::ExitCode;

use anyhow::Context;

use super::output::print_json;
use crate::config::Config;
use crate::instance::Instance;
use crate::integrity::{check_chain, Problem};
use crate::model::{DocumentId, Sha256};
use crate::store::BlobError;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The document to check.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    id: Option<DocumentId>,
    /// Check every document and every event chain (including deliveries that never became a
    /// document, such as quarantined files).
    #[arg(long)]
    all: bool,
    /// Print `{documents, chains, events, problems: [{kind, document_id, chain, event_id,
    /// message}]}`.
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let store = &instance.store;
    let documents = match args.id {
        Some(id) => vec![id],
        None => store.document_ids().await?,
    };

    let mut problems: Vec<Problem> = Vec::new();
    for &id in &documents {
        let Some(doc) = store.document(id).await? else {
            eprintln!("error: no document {id}");
            return Ok(ExitCode::FAILURE);
        };
        problems.extend(check_blob(&instance, id, doc.sha256, StoredFile::Original).await?);
        // A letter of a batch is its archive copy: one file, checked once.
        if let Some(archive) = doc.archive_sha256.filter(|a| *a != doc.sha256) {
            problems.extend(check_blob(&instance, id, archive, StoredFile::Archive).await?);
        }
    }
    let chains = match args.id {
        Some(id) => store.event_chains(Some(id)).await?,
        None => store.event_chains(None).await?,
    };
    let mut events = 0;
    for name in &chains {
        let chain = store.event_chain(name).await?;
        events += chain.events.len();
        problems.extend(check_chain(
            name,
            chain.document,
            &chain.events,
            chain.head.as_ref(),
        ));
    }

    if args.json {
        print_json(&serde_json::json!({
            "documents": documents.len(),
            "chains": chains.len(),
            "events": events,
            "problems": problems,
        }))?;
    } else {
        for p in &problems {
            let doc = p
                .document_id
                .map(|d| format!("document #{d}: "))
                .unwrap_or_default();
            println!("MISMATCH {}: {doc}{}", p.kind, p.message);
        }
        let verdict = if problems.is_empty() {
            "all intact".to_string()
        } else {
            format!(
                "{} problem(s); keep the paper originals of the documents named above and \
                 restore the affected files or database from a backup",
                problems.len()
            )
        };
        println!(
            "Verified {} document(s), {} event chain(s) with {events} event(s): {verdict}",
            documents.len(),
            chains.len()
        );
    }
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Which stored file of a document.
#[derive(Clone, Copy)]
enum StoredFile {
    Original,
    Archive,
}

/// Re-hashes a stored file of the document against the SHA-256 it was filed with.
async fn check_blob(
    instance: &Instance,
    id: DocumentId,
    sha: Sha256,
    which: StoredFile,
) -> anyhow::Result<Vec<Problem>> {
    let (what, kinds) = match which {
        StoredFile::Original => (
            "original file",
            [
                "original_missing",
                "original_modified",
                "original_unreadable",
            ],
        ),
        StoredFile::Archive => (
            "archive copy",
            ["archive_missing", "archive_modified", "archive_unreadable"],
        ),
    };
    let blobs = instance.blobs.clone();
    let result = tokio::task::spawn_blocking(move || blobs.get(sha)).await?;
    let problem = |kind, message: String| Problem {
        kind,
        document_id: Some(id.0),
        chain: None,
        event_id: None,
        message,
    };
    Ok(match result {
        Ok(_) => Vec::new(),
        Err(BlobError::Missing { path, .. }) => vec![problem(
            kinds[0],
            format!("the {what} {} is missing", path.display()),
        )],
        Err(BlobError::Damaged { .. }) => vec![problem(
            kinds[1],
            format!(
                "the {what} {} no longer has the SHA-256 {sha} it was filed with",
                instance.blobs.path_of(sha).display()
            ),
        )],
        Err(e) => vec![problem(kinds[2], format!("{what}: {e}"))],
    })
}
