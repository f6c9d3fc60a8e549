//! `mailroom quarantine list|retry|discard`

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use super::init_tracing;
use super::output::{berlin, print_json};
use crate::app::quarantine::{self, QuarantineEntry};
use crate::app::{App, AppError};
use crate::config::Config;
use crate::instance::Instance;
use crate::model::{Actor, QuarantineId, ReceiptId};
use crate::model::{Receipt, ReceiptState};
use crate::pipeline::{indexer, recovery, Outcome};

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
    /// Process quarantined files again (after fixing the cause); each keeps its time of
    /// receipt. A file replaced in the quarantine folder (also under another name starting with
    /// its number) is taken, and the record keeps the old and new SHA-256.
    Retry {
        #[command(flatten)]
        which: Selection,
        /// The repaired file to process instead (one id only); the record takes its name.
        #[arg(long, value_name = "PATH", conflicts_with = "all")]
        file: Option<PathBuf>,
    },
    /// Delete quarantined files for good (the record of each receipt is kept).
    Discard {
        #[command(flatten)]
        which: Selection,
        /// Do not ask for confirmation.
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

/// Which quarantined files a command works on.
#[derive(clap::Args, Debug)]
pub struct Selection {
    /// Ids as `quarantine list` shows them (`Q13`, or `13`).
    #[arg(required_unless_present = "all")]
    ids: Vec<QuarantineId>,
    /// Every file in quarantine (with `--reason`, those with that reason code).
    #[arg(long)]
    all: bool,
    /// With `--all`: only files quarantined for this reason code (e.g. `empty`, `corrupt`).
    #[arg(long, value_name = "CODE", requires = "all")]
    reason: Option<String>,
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
                        "{:>6}  {}  {}  [{}]{}",
                        QuarantineId(r.id).to_string(),
                        berlin(r.received_at),
                        r.original_filename,
                        r.pipeline,
                        if r.state == ReceiptState::Quarantined {
                            String::new()
                        } else {
                            format!("  ({})", r.state.as_str())
                        }
                    );
                    println!(
                        "        {} [{}]",
                        r.reason.as_deref().unwrap_or(""),
                        r.reason_code.as_deref().unwrap_or("-")
                    );
                    if let Some(p) = &r.quarantine_path {
                        println!("        file: {}", p.display());
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Discard { which, yes } => {
            let chosen = match choose(&app, &actor, &which).await? {
                Some(c) => c,
                None => return Ok(ExitCode::FAILURE),
            };
            if chosen.is_empty() {
                println!("nothing to discard");
                return Ok(ExitCode::SUCCESS);
            }
            if !yes && !confirm_discard(&chosen)? {
                return Ok(ExitCode::FAILURE);
            }
            let mut failed = false;
            for r in &chosen {
                match quarantine::discard(&app, &actor, r.id).await {
                    Ok(r) => println!("discarded {} ({})", QuarantineId(r.id), r.original_filename),
                    Err(e) => {
                        eprintln!("error: {}: {e}", QuarantineId(r.id));
                        failed = true;
                    }
                }
            }
            Ok(exit_code(failed))
        }
        Command::Retry { which, file } => {
            if file.is_some() && which.ids.len() != 1 {
                eprintln!("error: --file replaces the file of one quarantined entry; give one id");
                return Ok(ExitCode::FAILURE);
            }
            let chosen = match choose(&app, &actor, &which).await? {
                Some(c) => c,
                None => return Ok(ExitCode::FAILURE),
            };
            if chosen.is_empty() {
                println!("nothing to retry");
                return Ok(ExitCode::SUCCESS);
            }
            let instance = Instance::open(app.config.clone())
                .await
                .context("opening the instance")?;
            let search = instance.search(true).await?;
            let worker = instance.worker(None).await?;
            let mut failed = false;
            for r in &chosen {
                let q = QuarantineId(r.id);
                let prepared = quarantine::prepare_retry(&app, &actor, r.id, file.clone()).await;
                let replaced = match prepared {
                    Ok((_, replaced)) => replaced,
                    Err(AppError::Conflict(m) | AppError::NotFound(m)) => {
                        eprintln!("error: {q}: {m}");
                        failed = true;
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                };
                if let Some(x) = &replaced {
                    println!(
                        "{q}: the file was replaced ({} → {}{})",
                        x.old_sha256.map_or("?".to_string(), |s| short(&s.to_hex())),
                        short(&x.new_sha256.to_hex()),
                        if x.new_name != x.old_name {
                            format!(", now named {}", x.new_name)
                        } else {
                            String::new()
                        }
                    );
                }
                let receipt = instance
                    .store
                    .retry_quarantined(r.id, worker.owner.token(), &actor.name, replaced.as_ref())
                    .await?;
                recovery::unquarantine(&worker.runner, &receipt)
                    .await
                    .with_context(|| "moving the file back from quarantine")?;
                match worker.runner.process(receipt).await {
                    Outcome::Filed(d) => println!("{q}: filed as document #{d}"),
                    Outcome::Duplicate(d) => {
                        println!("{q}: identical to document #{d}; recorded as a repeat delivery")
                    }
                    Outcome::Quarantined(why) => {
                        println!("{q}: still cannot be processed: {why}\n{}", why.action());
                        failed = true;
                    }
                    Outcome::Deferred(why) => {
                        println!("{q}: temporary problem: {why}; the daemon will retry it");
                        failed = true;
                    }
                    Outcome::AlreadyHandled => println!("{q}: already handled by another process"),
                }
            }
            if search.writable {
                indexer::index_all_pending(&instance.store, &search.index).await?;
            }
            Ok(exit_code(failed))
        }
    }
}

/// The entries a command works on; `None` (after printing why) if an id is not in quarantine.
async fn choose(
    app: &App,
    actor: &Actor,
    which: &Selection,
) -> anyhow::Result<Option<Vec<Receipt>>> {
    let ids: Vec<ReceiptId> = which.ids.iter().map(|q| q.0).collect();
    match quarantine::select(app, actor, &ids, which.all, which.reason.as_deref()).await {
        Ok(c) => Ok(Some(c)),
        Err(AppError::Conflict(m) | AppError::NotFound(m)) => {
            eprintln!("error: {m}; nothing was done");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Asks on the terminal before files are deleted for good; without a terminal, refuses.
fn confirm_discard(chosen: &[Receipt]) -> anyhow::Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    for r in chosen {
        println!("  {}  {}", QuarantineId(r.id), r.original_filename);
    }
    if !std::io::stdin().is_terminal() {
        eprintln!(
            "error: discarding deletes {} file(s) for good; add --yes to confirm",
            chosen.len()
        );
        return Ok(false);
    }
    print!("Delete these {} file(s) for good? [j/N] ", chosen.len());
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let yes = matches!(
        answer.trim().to_lowercase().as_str(),
        "j" | "ja" | "y" | "yes"
    );
    if !yes {
        println!("nothing discarded");
    }
    Ok(yes)
}

/// Failure if any file of a command failed.
fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn short(hex: &str) -> String {
    hex.chars().take(12).collect()
}
