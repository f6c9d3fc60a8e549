//! `mailroom status`

use std::process::ExitCode;

use anyhow::Context;

use super::output::{berlin, print_json};
use crate::app::{system, App};
use crate::config::Config;
use crate::model::Actor;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print as JSON: `documents`, `in_progress`, `quarantined`, `duplicates`, `unindexed`,
    /// `receipts`, `last_received_at`, `daemon`, `pipelines`, `routing` (`rules_file`,
    /// `version`, `error`, `triage`, `open_by_department`, `notifications_pending`, …).
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let departments = config.routing.as_ref().map(|r| r.departments.clone());
    let app = App::open(config).await.context("opening the instance")?;
    let status = system::status(&app, &Actor::local()).await?;
    if args.json {
        print_json(&status.json)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (c, daemon, rules) = (&status.counts, &status.daemon, &status.rules);
    match &daemon {
        Some(d) => {
            println!(
                "daemon:       running (pid {}, since {})",
                d.pid,
                crate::model::format_berlin_text(&d.started_at)
            );
            if let Some(url) = &d.url {
                println!("web:          {url}");
            }
        }
        None => println!("daemon:       not running"),
    }
    for why in &status.restart_needed {
        println!("RESTART NEEDED: {why}");
    }
    println!("documents:    {} filed", c.documents);
    println!("in progress:  {}", c.in_progress);
    for (pipeline, files) in &status.waiting {
        println!(
            "waiting:      {} file(s) in the drop folder of pipeline {pipeline} are not complete yet:",
            files.len()
        );
        for f in files {
            let since = f
                .modified
                .as_deref()
                .map(|m| format!(", last changed {}", crate::model::format_berlin_text(m)))
                .unwrap_or_default();
            println!(
                "                {} ({}{since}): {}",
                f.path.display(),
                super::output::size(f.size),
                f.reason
            );
        }
    }
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
    match (&config_search(&status), c.unindexed) {
        (Some(server), n) if n > 0 => println!(
            "not indexed:  {n}  (waiting for {server}; filed documents are indexed when it answers)"
        ),
        _ => println!("not indexed:  {}", c.unindexed),
    }
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
        if let Some(errors) = &r.departments_error {
            println!(
                "departments:  {} IS INVALID; the daemon keeps the previous departments:",
                r.departments_file.display()
            );
            for e in errors {
                println!("                {e}");
            }
        }
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
        let invoices = &status.json["invoices"];
        if c.invoices > 0 {
            println!(
                "e-invoices: {} filed, {} with a failed check; hand-over to finance: {} waiting, {} of them failed before (see the log)",
                c.invoices, c.invoices_failed, invoices["export_pending"], c.invoice_exports_failing
            );
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

/// The Meilisearch server named in the status, if that is the backend.
fn config_search(status: &crate::app::system::Status) -> Option<String> {
    let s = &status.json["search"];
    (s["backend"] == "meilisearch")
        .then(|| format!("Meilisearch at {}", s["url"].as_str().unwrap_or("?")))
}
