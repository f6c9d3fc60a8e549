//! `mailroom route ID DEPT`: a person routes a document (from triage, or away from where it
//! went). The decision is kept in the document's history and the model learns from it at once.

use std::process::ExitCode;

use anyhow::Context;

use super::routing_text::{department_label, source_text};
use crate::app::{routing, App, AppError};
use crate::config::Config;
use crate::model::{Actor, DocumentId};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Document id.
    id: DocumentId,
    /// Department id from departments.toml (e.g. 30).
    department: String,
    /// Set the document class too (one of the classes in routing.toml).
    #[arg(long)]
    class: Option<String>,
    /// A note for the receiving department (shown with the document's history).
    #[arg(long)]
    note: Option<String>,
    /// Who decides (recorded in the history); default: the login name.
    #[arg(long, env = "USER")]
    by: Option<String>,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let app = App::open_writable(config)
        .await
        .context("opening the instance")?;
    let mut actor = Actor::local();
    if let Some(by) = &args.by {
        actor.name = by.clone();
    }
    let (class, note) = (args.class.clone(), args.note.clone());
    let done = match routing::route(&app, &actor, args.id, &args.department, class, note).await {
        Ok(done) => done,
        Err(AppError::Invalid(msg) | AppError::NotFound(msg) | AppError::Unavailable(msg)) => {
            eprintln!("error: {msg}");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e.into()),
    };
    let was = match &done.previous {
        Some(p) => format!(
            "{} by {}",
            p.routing
                .department
                .as_deref()
                .map(|d| department_label(&app.config, d))
                .unwrap_or_else(|| "triage".into()),
            source_text(p)
        ),
        None => "not routed".into(),
    };
    println!(
        "Document #{} → {}{} (was: {was}); {}, learned in {:.0} ms",
        done.document_id,
        department_label(&app.config, &done.department),
        done.class
            .as_ref()
            .map(|c| format!(", class {c}"))
            .unwrap_or_default(),
        done.kind,
        done.learned_ms,
    );
    Ok(ExitCode::SUCCESS)
}
