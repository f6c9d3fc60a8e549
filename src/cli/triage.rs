//! `mailroom triage`: documents no rule and no sure model decision could place. Each needs a
//! person: `mailroom route ID DEPT` (which also teaches the model).

use std::process::ExitCode;

use anyhow::Context;

use super::output::print_json;
use crate::app::{routing, App};
use crate::config::Config;
use crate::model::{format_berlin_date, Actor};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print as JSON (a list of `document_id`, `received_at`, `subject`, `reason`, `guess`, …).
    #[arg(long)]
    json: bool,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open(config).await.context("opening the instance")?;
    let rows = routing::triage(&app, &Actor::local()).await?;
    if args.json {
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Triage: {} document(s) need a person (`mailroom route ID DEPT`)",
        rows.len()
    );
    for row in &rows {
        let guess = match &row.guess {
            Some(g) => format!("model's guess: {} ({:.0}%)", g.label, g.confidence * 100.0),
            None => "no guess yet".into(),
        };
        println!(
            "  #{:<6} {}  {:<40} {guess}",
            row.document_id.0,
            format_berlin_date(row.received_at),
            row.subject.as_deref().unwrap_or(&row.original_filename),
        );
    }
    Ok(ExitCode::SUCCESS)
}
