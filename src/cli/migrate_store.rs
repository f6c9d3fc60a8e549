//! `mailroom migrate-store --to postgres://…`: copies this installation's database (documents,
//! events with their hash chains, routing, training, quarantine records, accounts) into an
//! empty PostgreSQL database, in one transaction. Originals and archive copies stay where
//! they are (`data_dir/blobs`), to be shared by every process afterwards.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::config::{Config, SecretSource};
use crate::store::SqlStore;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The PostgreSQL database to copy into, e.g. postgres://mailroom@db.kreis.local/mailroom.
    /// It must be empty; mailroom creates its tables.
    #[arg(long, value_name = "URL")]
    to: String,
    /// A file whose first line is the target's password.
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    password_file: Option<PathBuf>,
    /// An environment variable holding the target's password.
    #[arg(long, value_name = "NAME")]
    password_env: Option<String>,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    // The daemon's lock: no daemon may file while the copy runs, or its work would be lost.
    let Some(lock) = crate::daemon::try_lock_daemon(&config.data_dir)
        .with_context(|| format!("locking {}", config.data_dir.display()))?
    else {
        eprintln!(
            "error: the mailroom daemon is running; stop it first (the copy must be complete)"
        );
        return Ok(ExitCode::FAILURE);
    };
    if crate::store::Backend::of_url(&args.to) != Some(crate::store::Backend::Postgres) {
        eprintln!("error: --to must be a postgres:// URL");
        return Ok(ExitCode::FAILURE);
    }
    let source_url =
        crate::instance::with_password(&config.database_url, config.database_password.as_ref())
            .map_err(anyhow::Error::msg)?;
    let source = SqlStore::open(&source_url)
        .await
        .with_context(|| format!("opening the database {}", config.database_url))?;
    let password = match (&args.password_file, &args.password_env) {
        (Some(f), _) => Some(SecretSource::File(f.clone())),
        (None, Some(v)) => Some(SecretSource::Env(v.clone())),
        (None, None) => None,
    };
    let target_url =
        crate::instance::with_password(&args.to, password.as_ref()).map_err(anyhow::Error::msg)?;
    let target = SqlStore::open(&target_url)
        .await
        .with_context(|| format!("opening the target database {}", args.to))?;
    let report = source
        .copy_into(&target)
        .await
        .with_context(|| format!("copying into {}", args.to))?;
    for (table, rows) in &report {
        println!("  {table:<24} {rows:>9} rows");
    }
    println!("copied into {}", args.to);
    println!(
        "next: set [database] url = \"{}\" in {}, then run `mailroom verify --all`",
        args.to,
        config.file.display()
    );
    drop(lock);
    Ok(ExitCode::SUCCESS)
}
