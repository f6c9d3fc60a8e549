//! `mailroom run`

use std::process::ExitCode;

use anyhow::Context;
use tokio_util::sync::CancellationToken;
use tracing::info;

use super::init_tracing;
use crate::config::{Config, SourceConfig};
use crate::instance::Instance;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(config: Config, _args: Args) -> anyhow::Result<ExitCode> {
    let secrets = config.check_secrets();
    if !secrets.0.is_empty() {
        eprint!("{secrets}");
        return Ok(ExitCode::from(super::EXIT_CONFIG));
    }
    init_tracing(&config.log);
    for p in &config.pipelines {
        let what = match &p.source {
            SourceConfig::Folder(_) => "drop files into",
            SourceConfig::Imap(_) => "takes mail from",
        };
        println!(
            "mailroom: pipeline \"{}\": {what} {}",
            p.name,
            p.source.location()
        );
    }
    let cancel = CancellationToken::new();
    let signals = cancel.clone();
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
        tokio::select! {
            _ = term.recv() => info!("SIGTERM received"),
            _ = int.recv() => info!("SIGINT received"),
        }
        signals.cancel();
    });
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    crate::daemon::run(instance, cancel).await?;
    Ok(ExitCode::SUCCESS)
}
