//! `mailroom status`

use std::process::ExitCode;

use anyhow::Context;

use super::output::{berlin, print_json};
use crate::config::{Config, SourceConfig};
use crate::daemon::{info_path, DaemonInfo};
use crate::instance::Instance;
use crate::model::format_utc;
use crate::pipeline::Owner;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print as JSON: `documents`, `in_progress`, `quarantined`, `duplicates`, `unindexed`,
    /// `receipts`, `last_received_at`, `daemon`, `pipelines`, `routing` (`rules_file`,
    /// `version`, `error`, `triage`, `open_by_department`, `notifications_pending`, …).
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let daemon: Option<DaemonInfo> = std::fs::read(info_path(&config.data_dir))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .filter(|d: &DaemonInfo| Owner::is_alive_in(&Owner::dir_in(&config.data_dir), &d.owner));
    let pipelines: Vec<serde_json::Value> = config
        .pipelines
        .iter()
        .map(|p| {
            let folder = match &p.source {
                SourceConfig::Folder(f) => Some(f.path.clone()),
                SourceConfig::Imap(_) | SourceConfig::Upload(_) => None,
            };
            serde_json::json!({
                "name": p.name, "channel": p.channel, "folder": folder,
                "source": p.source.location(), "mailbox": p.mailbox(),
            })
        })
        .collect();
    // The running daemon's view of the rules (it keeps the old ones if an edit is invalid);
    // without a daemon, the rules file as it is now.
    let rules = config.routing.as_ref().map(|r| {
        daemon
            .as_ref()
            .and_then(|_| crate::routing::upkeep::read_status(&config.data_dir))
            .unwrap_or_else(|| match r.load_rules(&r.rules_file) {
                Ok(rules) => crate::routing::RulesStatus {
                    file: r.rules_file.clone(),
                    version: rules.version.clone(),
                    loaded_at: String::new(),
                    rules: rules.rules.len(),
                    error: None,
                },
                Err(errors) => crate::routing::RulesStatus {
                    file: r.rules_file.clone(),
                    error: Some(errors.0.iter().map(|d| d.to_string()).collect()),
                    ..Default::default()
                },
            })
    });
    let departments = config.routing.as_ref().map(|r| r.departments.clone());
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let c = instance.store.counts().await?;
    let routing_json = rules.as_ref().map(|r| {
        serde_json::json!({
            "rules_file": r.file, "version": r.version, "rules": r.rules,
            "loaded_at": r.loaded_at, "error": r.error,
            "triage": c.triage,
            "open_by_department": c.open_by_department.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
            "notifications_pending": c.notifications_pending,
            "notifications_failing": c.notifications_failing,
        })
    });
    if args.json {
        print_json(&serde_json::json!({
            "documents": c.documents,
            "in_progress": c.in_progress,
            "quarantined": c.quarantined,
            "duplicates": c.duplicates,
            "unindexed": c.unindexed,
            "receipts": c.receipts,
            "last_received_at": c.last_received_at.map(format_utc),
            "daemon": daemon.as_ref().map(|d| serde_json::json!({
                "running": true, "pid": d.pid, "started_at": d.started_at, "version": d.version,
                "url": d.url,
            })).unwrap_or(serde_json::json!({ "running": false })),
            "pipelines": pipelines,
            "routing": routing_json,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    match &daemon {
        Some(d) => {
            println!(
                "daemon:       running (pid {}, since {})",
                d.pid, d.started_at
            );
            if let Some(url) = &d.url {
                println!("web:          {url}");
            }
        }
        None => println!("daemon:       not running"),
    }
    println!("documents:    {} filed", c.documents);
    println!("in progress:  {}", c.in_progress);
    println!(
        "quarantined:  {}{}",
        c.quarantined,
        if c.quarantined > 0 {
            "  (see `mailroom quarantine list`)"
        } else {
            ""
        }
    );
    println!(
        "repeats:      {} identical deliveries recognised",
        c.duplicates
    );
    println!("not indexed:  {}", c.unindexed);
    if let Some(t) = c.last_received_at {
        println!("last receipt: {}", berlin(t));
    }
    if let Some(r) = &rules {
        println!(
            "rules:        {} ({} rules, version {})",
            r.file.display(),
            r.rules,
            r.version
        );
        if let Some(errors) = &r.error {
            println!(
                "              THE FILE ON DISK IS INVALID; the daemon keeps the previous rules:"
            );
            for e in errors {
                println!("                {e}");
            }
        }
        println!(
            "triage:       {}{}",
            c.triage,
            if c.triage > 0 {
                "  (see `mailroom triage`)"
            } else {
                ""
            }
        );
        if !c.open_by_department.is_empty() {
            println!("open per department:");
            for (d, n) in &c.open_by_department {
                let name = departments
                    .as_ref()
                    .and_then(|ds| ds.get(d))
                    .map(|x| x.name.as_str())
                    .unwrap_or("");
                println!("  {d:<8} {name:<44} {n}");
            }
        }
        if c.notifications_pending > 0 {
            println!(
                "notifications: {} waiting, {} of them failed before (see the log)",
                c.notifications_pending, c.notifications_failing
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
