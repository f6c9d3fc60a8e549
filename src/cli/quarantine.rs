//! `mailroom quarantine list|retry|discard`

use std::process::ExitCode;

use anyhow::Context;

use super::init_tracing;
use super::output::{berlin, print_json};
use crate::app::quarantine::{self, QuarantineEntry};
use crate::app::{App, AppError};
use crate::config::Config;
use crate::instance::Instance;
use crate::model::{Actor, ReceiptId};
use crate::pipeline::{indexer, recovery, Outcome};
use crate::store::ReceiptState;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Files waiting in quarantine, newest first, with the reason.
    List {
        /// Include retried and discarded entries.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Process a quarantined file again (after fixing the cause); keeps its time of receipt.
    Retry { id: ReceiptId },
    /// Delete a quarantined file for good (the record of its receipt is kept).
    Discard { id: ReceiptId },
}

pub async fn run(config: Config, cmd: Command) -> anyhow::Result<ExitCode> {
    // The command reports every outcome itself; logs only with RUST_LOG.
    init_tracing("off");
    let app = App::open(config).await.context("opening the instance")?;
    let actor = Actor::local();
    match cmd {
        Command::List { all, json } => {
            let items = quarantine::list(&app, &actor, all).await?;
            if json {
                let list: Vec<_> = items.iter().map(QuarantineEntry::of).collect();
                print_json(&list)?;
            } else if items.is_empty() {
                println!("quarantine is empty");
            } else {
                for r in &items {
                    println!(
                        "{:>5}  {}  {}  [{}]{}",
                        r.id,
                        berlin(r.received_at),
                        r.original_filename,
                        r.pipeline,
                        if r.state == ReceiptState::Quarantined {
                            String::new()
                        } else {
                            format!("  ({})", r.state.as_str())
                        }
                    );
                    println!("       {}", r.reason.as_deref().unwrap_or(""));
                    if let Some(p) = &r.quarantine_path {
                        println!("       file: {}", p.display());
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Discard { id } => {
            let r = quarantine::discard(&app, &actor, id).await?;
            println!("discarded {} ({})", r.id, r.original_filename);
            Ok(ExitCode::SUCCESS)
        }
        Command::Retry { id } => {
            match quarantine::check_retry(&app, &actor, id).await {
                Ok(_) => {}
                Err(AppError::Conflict(m) | AppError::NotFound(m)) => {
                    eprintln!("error: {m}");
                    return Ok(ExitCode::FAILURE);
                }
                Err(e) => return Err(e.into()),
            }
            let instance = Instance::open(app.config.clone())
                .await
                .context("opening the instance")?;
            let search = instance.search(true).await?;
            let worker = instance.worker(None).await?;
            let receipt = instance
                .store
                .retry_quarantined(id, worker.owner.token(), &actor.name)
                .await?;
            recovery::unquarantine(&worker.runner, &receipt)
                .await
                .with_context(|| "moving the file back from quarantine")?;
            let outcome = worker.runner.process(receipt).await;
            if search.writable {
                indexer::index_all_pending(&instance.store, &search.index).await?;
            }
            match outcome {
                Outcome::Filed(d) => println!("filed as document #{d}"),
                Outcome::Duplicate(d) => {
                    println!("identical to document #{d}; recorded as a repeat delivery")
                }
                Outcome::Quarantined(r) => {
                    println!("still cannot be processed: {r}\n{}", r.action());
                    return Ok(ExitCode::FAILURE);
                }
                Outcome::Deferred(why) => {
                    println!("temporary problem: {why}; the daemon will retry it");
                    return Ok(ExitCode::FAILURE);
                }
                Outcome::AlreadyHandled => println!("already handled by another process"),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
