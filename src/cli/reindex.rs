//! `mailroom reindex`: builds the search index afresh from the store. With Meilisearch a new
//! index is filled beside the live one and swapped in, so searchers never see it half-built;
//! the embedded index is cleared and refilled (the daemon must be stopped for that).

use std::process::ExitCode;

use anyhow::Context;

use crate::config::Config;
use crate::instance::Instance;
use crate::pipeline::indexer;

#[derive(clap::Args, Debug)]
pub struct Args {}

/// Documents read from the store and sent to the index at a time.
const BATCH: usize = 500;

pub async fn run(config: Config, _args: Args) -> anyhow::Result<ExitCode> {
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let search = instance.search(true).await?;
    if !search.writable {
        eprintln!("error: the search index is in use by the running daemon; stop it first");
        return Ok(ExitCode::FAILURE);
    }
    let started = crate::model::now();
    search.index.begin_rebuild().await?;
    let ids = instance.store.document_ids().await?;
    for chunk in ids.chunks(BATCH) {
        let docs = indexer::index_documents(&instance.store, chunk).await?;
        search.index.add(docs).await?;
    }
    search.index.finish_rebuild().await?;
    // Whatever a running daemon indexed into the old index meanwhile, and whatever was not
    // yet indexed, goes into the new one now.
    instance.store.reset_indexed_since(started).await?;
    let late = indexer::index_all_pending(&instance.store, &search.index).await?;
    println!("indexed {} documents", ids.len() + late);
    Ok(ExitCode::SUCCESS)
}
