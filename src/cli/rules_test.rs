//! `mailroom rules test [--rules FILE]`: replays a rule set over the stored documents and
//! shows what would change — counts per department and the documents that would move —
//! without changing anything.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use super::output::print_json;
use super::routing_text::department_label;
use crate::app::{rules, App};
use crate::config::Config;
use crate::model::Actor;
use crate::routing::Router;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Replay rules over the stored documents and print what would change (nothing is
    /// changed). Exit code 78 if the rules file is invalid.
    Test(TestArgs),
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// The rules to try; default: the active rules file.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// List at most this many moved documents.
    #[arg(long, default_value_t = 50)]
    show: usize,
    /// Print as JSON: `documents`, `per_department` (`now`, `new`), `moves`, `disagreements`;
    /// with `--letters`: `letters`, `right`, `wrong`, `triage`, `per_department`, `results`.
    #[arg(long)]
    json: bool,
    /// Instead of the stored documents: route the sample letters in DIR, whose departments
    /// `DIR/expected.toml` lists (`[letters]` with "file" = "department"), and report right,
    /// wrong and triage per department. Nothing is filed.
    #[arg(long, value_name = "DIR")]
    letters: Option<PathBuf>,
    /// With `--letters`: read the letters as this pipeline does (text layer, OCR).
    #[arg(
        long,
        value_name = "NAME",
        default_value = "scanner",
        requires = "letters"
    )]
    pipeline: String,
}

pub async fn run(config: Config, command: Command) -> anyhow::Result<ExitCode> {
    let Command::Test(args) = command;
    let Some(routing) = config.routing.clone() else {
        eprintln!(
            "error: routing is not configured: add a [routing] section to {}",
            config.file.display()
        );
        return Ok(ExitCode::FAILURE);
    };
    let file = args
        .rules
        .clone()
        .unwrap_or_else(|| routing.rules_file.clone());
    let rules = match routing.load_rules(&file) {
        Ok(r) => r,
        Err(errors) => {
            eprint!("{errors}");
            return Ok(ExitCode::from(super::EXIT_CONFIG));
        }
    };
    let mut candidate = routing.clone();
    candidate.rules = Arc::new(rules);
    candidate.rules_file = file.clone();
    // Reading or learning the models is blocking work.
    let router = {
        let (candidate, data_dir) = (candidate.clone(), config.data_dir.clone());
        tokio::task::spawn_blocking(move || Router::new(&candidate, &data_dir))
            .await
            .context("building the router")?
    };
    if let Some(dir) = &args.letters {
        return super::rules_letters::run(config, router, &file, dir, &args.pipeline, args.json)
            .await;
    }
    let app = App::open(config).await.context("opening the instance")?;
    let replay = rules::replay(&app, &Actor::local(), &Arc::new(router), &file, None).await?;
    if args.json {
        print_json(&replay)?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Rules test: {} (version {}) over {} stored document(s); nothing is changed.",
        file.display(),
        replay.version,
        replay.documents
    );
    if replay.containers > 0 {
        println!(
            "  ({} batch scan(s) and mailbox file(s) left out: their letters and messages are routed, not they)",
            replay.containers
        );
    }
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "department", "now", "new", "change"
    );
    let label = |d: &str| {
        if d.starts_with('(') {
            d.to_string()
        } else {
            department_label(&app.config, d)
        }
    };
    for (d, counts) in &replay.per_department {
        let change = counts.new as i64 - counts.now as i64;
        let change = if change == 0 {
            String::new()
        } else {
            format!("{change:+}")
        };
        println!(
            "  {:<48} {:>6} {:>6} {change:>7}",
            label(d),
            counts.now,
            counts.new
        );
    }
    println!(
        "Would move: {} document(s); class would change for {}",
        replay.moves.len(),
        replay.class_changes
    );
    for m in replay.moves.iter().take(args.show) {
        let why = match (&m.rule, m.rule_line) {
            (Some(r), Some(l)) => format!("rule \"{r}\", line {l}"),
            _ => m.by.clone(),
        };
        println!(
            "  #{:<6} {:<32} {} → {}  ({why})",
            m.document_id.0,
            m.original_filename,
            label(&m.from),
            label(&m.to),
        );
    }
    if replay.moves.len() > args.show {
        println!(
            "  … {} more (--show N, or --json)",
            replay.moves.len() - args.show
        );
    }
    if !replay.disagreements.is_empty() {
        println!(
            "Disagree with a person's routing (these stay where a person put them): {}",
            replay.disagreements.len()
        );
        for m in replay.disagreements.iter().take(args.show) {
            println!(
                "  #{:<6} {:<32} person: {}  rules: {}",
                m.document_id.0,
                m.original_filename,
                label(&m.from),
                label(&m.to),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
