//! `mailroom run`

use std::process::ExitCode;

use anyhow::Context;
use tokio_util::sync::CancellationToken;
use tracing::info;

use super::init_tracing;
use crate::config::{Config, SourceConfig};
use crate::instance::Instance;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where the API and web interface listen, overriding `[http] listen` (e.g.
    /// `127.0.0.1:0` picks a free port; the daemon prints the URL).
    #[arg(long, value_name = "ADDR")]
    listen: Option<std::net::SocketAddr>,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    if args.listen.is_some() && config.http.is_none() {
        eprintln!(
            "error: --listen needs an [http] section in {} (mailroom init writes one)",
            config.file.display()
        );
        return Ok(ExitCode::from(super::EXIT_CONFIG));
    }
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
            SourceConfig::Upload(_) => "takes uploads at",
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
    let options = crate::daemon::Options {
        listen: args.listen,
    };
    crate::daemon::run(instance, options, cancel).await?;
    Ok(ExitCode::SUCCESS)
}
