//! `mailroom inbox DEPT`: a department's documents and their state; `--set ID --to STATE`
//! moves one along (neu → in_bearbeitung → erledigt).

use std::process::ExitCode;

use anyhow::Context;

use super::output::print_json;
use super::routing_text::department_label;
use crate::app::{routing, App, AppError};
use crate::config::Config;
use crate::model::InboxEntry;
use crate::model::{format_berlin_date, Actor, DocumentId};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Department id from departments.toml (e.g. 30).
    department: String,
    /// Only these states (neu, in_bearbeitung, erledigt, weitergeleitet); default: the open
    /// ones (neu, in_bearbeitung).
    #[arg(long, value_name = "STATE")]
    state: Vec<String>,
    /// Every state.
    #[arg(long, conflicts_with = "state")]
    all: bool,
    /// Change the state of this document in the department's inbox (with --to).
    #[arg(long, value_name = "ID", requires = "to")]
    set: Option<DocumentId>,
    /// The new state for --set.
    #[arg(long, value_name = "STATE", requires = "set")]
    to: Option<String>,
    /// Print as JSON (a list of `document_id`, `state`, `received_at`, `class`, `priority`,
    /// `deadline`, `subject`, …).
    #[arg(long)]
    json: bool,
}

/// One line per entry: id, date, state, priority mark, deadline, class, subject.
pub fn print_entries(entries: &[InboxEntry]) {
    for e in entries {
        let urgent = matches!(e.priority.as_deref(), Some("high" | "urgent"));
        let deadline = e
            .deadline
            .as_deref()
            .map(|d| format!(" Frist {}", crate::model::format_date_de(d)))
            .unwrap_or_default();
        println!(
            "  #{:<6} {}  {:<15}{}{}  {:<20} {}",
            e.document_id.0,
            format_berlin_date(e.received_at),
            e.state,
            if urgent { " !" } else { "  " },
            deadline,
            e.class.as_deref().unwrap_or("-"),
            e.subject.as_deref().unwrap_or(&e.original_filename),
        );
    }
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open(config).await.context("opening the instance")?;
    let actor = Actor::local();
    let label = department_label(&app.config, &args.department);
    let failed = |e: AppError| -> anyhow::Result<ExitCode> {
        match e {
            AppError::NotFound(_) if app.config.routing.is_some() => {
                let known = app
                    .config
                    .routing
                    .as_ref()
                    .map(|r| r.departments.ids().join(", "))
                    .unwrap_or_default();
                eprintln!("error: no department {:?}; known: {known}", args.department);
                Ok(ExitCode::FAILURE)
            }
            AppError::Invalid(m) | AppError::NotFound(m) | AppError::Unavailable(m) => {
                eprintln!("error: {m}");
                Ok(ExitCode::FAILURE)
            }
            other => Err(other.into()),
        }
    };
    if let (Some(id), Some(state)) = (args.set, &args.to) {
        if let Err(e) = routing::set_state(&app, &actor, &args.department, id, state).await {
            return failed(e);
        }
        println!("Document #{id} in {label}: {state}");
        return Ok(ExitCode::SUCCESS);
    }
    let states = match (args.all, args.state.is_empty()) {
        (true, _) => Vec::new(),
        (false, true) => vec!["neu".to_string(), "in_bearbeitung".to_string()],
        (false, false) => args.state.clone(),
    };
    let entries = match routing::inbox(&app, &actor, &args.department, &states).await {
        Ok(entries) => entries,
        Err(e) => return failed(e),
    };
    if args.json {
        print_json(&entries)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!("Inbox {label}: {} document(s)", entries.len());
    print_entries(&entries);
    Ok(ExitCode::SUCCESS)
}
