//! `mailroom explain ID`: why a document went where it went.

use std::process::ExitCode;

use anyhow::Context;

use super::output::{berlin, print_json};
use super::routing_text::{department_label, explain_lines, model_lines, source_text};
use crate::app::App;
use crate::config::Config;
use crate::model::{Actor, DocumentId};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Document id.
    id: DocumentId,
    /// Print every routing decision as JSON (`source`, `department`, `class`, `explanation`
    /// with `rule`, `evidence`, `model`, `triage_reason`, …).
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open(config).await.context("opening the instance")?;
    let Some(doc) = app.store.document(args.id).await? else {
        eprintln!("error: no document {}", args.id);
        return Ok(ExitCode::FAILURE);
    };
    let routings = app.store.routings(doc.id).await?;
    if args.json {
        print_json(&routings)?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(current) = routings.last() else {
        println!(
            "Document #{} was filed without routing (routing was not configured then); \
             `mailroom route {} DEPT` routes it by hand.",
            doc.id, doc.id
        );
        return Ok(ExitCode::SUCCESS);
    };
    let pages = app.store.pages(doc.id).await?;
    println!("Document #{}  {}", doc.id, doc.original_filename);
    for line in explain_lines(&app.config, current, &pages) {
        println!("  {line}");
    }
    // The decision above recorded the model of its time; corrections since have taught it.
    if let Ok(now) = crate::app::routing::model_opinion(&app, &Actor::local(), doc.id).await {
        println!("Model now (with every correction learned so far):");
        for line in model_lines("model now: ", &now) {
            println!("  {line}");
        }
    }
    if routings.len() > 1 {
        println!("History:");
        for r in &routings {
            let to = r
                .routing
                .department
                .as_deref()
                .map(|d| department_label(&app.config, d))
                .unwrap_or_else(|| "triage".into());
            println!("  {}  {to}  by {}", berlin(r.decided_at), source_text(r));
        }
    }
    Ok(ExitCode::SUCCESS)
}
