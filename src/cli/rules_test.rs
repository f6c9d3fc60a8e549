//! `mailroom rules test [--rules FILE]`: replays a rule set over the stored documents and
//! shows what would change — counts per department and the documents that would move —
//! without changing anything.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use serde_json::json;

use super::output::print_json;
use super::routing_text::department_label;
use crate::config::Config;
use crate::instance::Instance;
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

const TRIAGE: &str = "(triage)";
const UNROUTED: &str = "(not routed)";

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
    let version = rules.version.clone();
    let mut candidate = routing.clone();
    candidate.rules = Arc::new(rules);
    candidate.rules_file = file.clone();
    let router = Router::new(&candidate, &config.data_dir);
    if let Some(dir) = &args.letters {
        return super::rules_letters::run(config, router, &file, dir, &args.pipeline, args.json)
            .await;
    }
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let store = &instance.store;

    let mut counts: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let (mut moves, mut disagreements, mut class_changes) = (Vec::new(), Vec::new(), 0u64);
    let mut containers = 0u64;
    let ids = store.document_ids().await?;
    for id in &ids {
        let Some(doc) = store.document(*id).await? else {
            continue;
        };
        let consignments = store.consignments_of(doc.id).await?;
        // A batch scan or mailbox file is a container: its letters and messages are routed,
        // never the container itself.
        if consignments.iter().any(|c| {
            matches!(c.kind.as_str(), "batch" | "mbox")
                && c.parts
                    .iter()
                    .any(|p| p.role == "cover" && p.document_id == Some(doc.id))
        }) {
            containers += 1;
            continue;
        }
        let history = store.routings(doc.id).await?;
        let current = history.last();
        let decision = crate::app::routing::decide_again(store.as_ref(), &router, &doc).await?;
        let now = match (current, &doc.department) {
            (None, _) => UNROUTED.to_string(),
            (Some(_), None) => TRIAGE.to_string(),
            (Some(_), Some(d)) => d.clone(),
        };
        let new = decision
            .department
            .clone()
            .unwrap_or_else(|| TRIAGE.to_string());
        let manual = current.is_some_and(|r| r.routing.source == "manual");
        let entry = json!({
            "document_id": doc.id,
            "original_filename": doc.original_filename,
            "from": now,
            "to": new,
            "class_from": doc.class,
            "class_to": decision.class,
            "by": decision.source,
            "rule": decision.explanation["rule"],
            "rule_line": decision.explanation["rule_line"],
        });
        counts.entry(now.clone()).or_default().0 += 1;
        if manual {
            counts.entry(now.clone()).or_default().1 += 1;
            if new != now {
                disagreements.push(entry);
            }
            continue;
        }
        counts.entry(new.clone()).or_default().1 += 1;
        if decision.class != doc.class {
            class_changes += 1;
        }
        if new != now {
            moves.push(entry);
        }
    }

    if args.json {
        print_json(&json!({
            "rules_file": file,
            "version": version,
            "documents": ids.len(),
            "containers": containers,
            "per_department": counts.iter().map(|(d, (n, m))| (d.clone(), json!({ "now": n, "new": m }))).collect::<serde_json::Map<_, _>>(),
            "moves": moves,
            "class_changes": class_changes,
            "disagreements": disagreements,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "Rules test: {} (version {version}) over {} stored document(s); nothing is changed.",
        file.display(),
        ids.len()
    );
    if containers > 0 {
        println!(
            "  ({containers} batch scan(s) and mailbox file(s) left out: their letters and messages are routed, not they)"
        );
    }
    println!(
        "  {:<48} {:>6} {:>6} {:>7}",
        "department", "now", "new", "change"
    );
    for (d, (n, m)) in &counts {
        let label = if d.starts_with('(') {
            d.clone()
        } else {
            department_label(&instance.config, d)
        };
        let change = *m as i64 - *n as i64;
        let change = if change == 0 {
            String::new()
        } else {
            format!("{change:+}")
        };
        println!("  {label:<48} {n:>6} {m:>6} {change:>7}");
    }
    let label = |v: &serde_json::Value| {
        let d = v.as_str().unwrap_or("?");
        if d.starts_with('(') {
            d.to_string()
        } else {
            department_label(&instance.config, d)
        }
    };
    println!(
        "Would move: {} document(s); class would change for {class_changes}",
        moves.len()
    );
    for m in moves.iter().take(args.show) {
        let why = match (m["rule"].as_str(), m["rule_line"].as_u64()) {
            (Some(r), Some(l)) => format!("rule \"{r}\", line {l}"),
            _ => m["by"].as_str().unwrap_or("?").to_string(),
        };
        println!(
            "  #{:<6} {:<32} {} → {}  ({why})",
            m["document_id"],
            m["original_filename"].as_str().unwrap_or(""),
            label(&m["from"]),
            label(&m["to"]),
        );
    }
    if moves.len() > args.show {
        println!("  … {} more (--show N, or --json)", moves.len() - args.show);
    }
    if !disagreements.is_empty() {
        println!(
            "Disagree with a person's routing (these stay where a person put them): {}",
            disagreements.len()
        );
        for m in disagreements.iter().take(args.show) {
            println!(
                "  #{:<6} {:<32} person: {}  rules: {}",
                m["document_id"],
                m["original_filename"].as_str().unwrap_or(""),
                label(&m["from"]),
                label(&m["to"]),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
