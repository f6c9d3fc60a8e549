//! `mailroom reindex`

use std::process::ExitCode;

use anyhow::Context;

use crate::config::Config;
use crate::instance::Instance;
use crate::pipeline::indexer;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(config: Config, _args: Args) -> anyhow::Result<ExitCode> {
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let search = instance.search(true).await?;
    if !search.writable {
        eprintln!("error: the search index is in use by the running daemon; stop it first");
        return Ok(ExitCode::FAILURE);
    }
    search.index.clear().await?;
    instance.store.reset_indexed().await?;
    let n = indexer::index_all_pending(&instance.store, &search.index).await?;
    println!("indexed {n} documents");
    Ok(ExitCode::SUCCESS)
}
