//! `mailroom audit`: who read which document, logins and failed logins, account changes —
//! the chained events an auditor checks (DSGVO read audit). Same data as `GET /api/v1/audit`.

use std::process::ExitCode;

use anyhow::Context;

use super::output::print_json;
use crate::app::{documents, App};
use crate::config::Config;
use crate::model::{Actor, DocumentId};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only events of this document.
    #[arg(long)]
    document: Option<DocumentId>,
    /// The newest N events.
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Print as JSON (a list of `at`, `kind`, `document_id`, `detail`).
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open(config).await.context("opening the instance")?;
    let events = documents::audit(&app, &Actor::local(), args.document, args.limit).await?;
    if args.json {
        print_json(&events)?;
        return Ok(ExitCode::SUCCESS);
    }
    if events.is_empty() {
        println!("No audit events.");
    }
    for e in &events {
        let d = &e["detail"];
        let text = |k: &str| d[k].as_str().unwrap_or("").to_string();
        let who = [text("actor"), text("account")]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or_else(|| "-".into());
        let document = e["document_id"]
            .as_i64()
            .map(|id| format!("#{id}"))
            .unwrap_or_else(|| "-".into());
        println!(
            "{}  {:<13} {:<7} {:<20} {} {}",
            e["at"].as_str().unwrap_or(""),
            e["kind"].as_str().unwrap_or(""),
            document,
            who,
            text("what"),
            text("address"),
        );
    }
    Ok(ExitCode::SUCCESS)
}
