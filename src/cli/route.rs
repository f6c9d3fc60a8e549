//! `mailroom route ID DEPT`: a person routes a document (from triage, or away from where it
//! went). The decision is kept in the document's history and the model learns from it at once.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use serde_json::json;

use super::routing_text::{department_label, source_text};
use crate::config::Config;
use crate::instance::Instance;
use crate::model::DocumentId;
use crate::routing::{training, Router};
use crate::store::NewRouting;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Document id.
    id: DocumentId,
    /// Department id from departments.toml (e.g. 30).
    department: String,
    /// Set the document class too (one of the classes in routing.toml).
    #[arg(long)]
    class: Option<String>,
    /// Who decides (recorded in the history); default: the login name.
    #[arg(long, env = "USER")]
    by: Option<String>,
}

pub async fn run(config: Config, args: Args) -> anyhow::Result<ExitCode> {
    let Some(routing) = config.routing.clone() else {
        eprintln!(
            "error: routing is not configured: add a [routing] section to {}",
            config.file.display()
        );
        return Ok(ExitCode::FAILURE);
    };
    if routing.departments.get(&args.department).is_none() {
        eprintln!(
            "error: no department {:?} in {}; known: {}",
            args.department,
            routing.departments_file.display(),
            routing.departments.ids().join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    let router = Router::new(&routing, &config.data_dir);
    let rules = router.rules();
    if let Some(c) = &args.class {
        if !rules.classes.is_empty() && !rules.classes.contains(c) {
            eprintln!(
                "error: no class {c:?} in {}; known: {}",
                rules.file.display(),
                rules.classes.join(", ")
            );
            return Ok(ExitCode::FAILURE);
        }
    }
    let instance = Instance::open(config)
        .await
        .context("opening the instance")?;
    let Some(doc) = instance.store.document(args.id).await? else {
        eprintln!("error: no document {}", args.id);
        return Ok(ExitCode::FAILURE);
    };
    let history = instance.store.routings(doc.id).await?;
    let previous = history.last();
    let class = args.class.clone().or_else(|| doc.class.clone());
    let changed = doc.department.as_deref() != Some(args.department.as_str()) || class != doc.class;
    let by = args.by.clone().unwrap_or_else(|| "unknown".into());
    let decision = NewRouting {
        source: "manual".into(),
        department: Some(args.department.clone()),
        class: class.clone(),
        class_confidence: None,
        department_confidence: None,
        tags: doc.tags.clone(),
        priority: doc.priority.clone(),
        deadline: doc.deadline.clone(),
        rules_version: previous.and_then(|p| p.routing.rules_version.clone()),
        explanation: json!({
            "manual": true,
            "previous": previous.map(|p| json!({
                "department": p.routing.department, "class": p.routing.class, "source": p.routing.source,
            })),
        }),
        decided_by: Some(by.clone()),
    };
    instance.store.route_document(doc.id, decision).await?;
    let started = Instant::now();
    let kind = if changed { "corrected" } else { "confirmed" };
    training::learn(
        instance.store.as_ref(),
        &router,
        doc.id,
        class.as_deref(),
        Some(&args.department),
        kind,
    )
    .await
    .context("learning from the decision")?;
    let learned_ms = started.elapsed().as_secs_f64() * 1000.0;
    // Search filters follow the new department now if the index is free; otherwise the
    // running daemon re-indexes the document within seconds.
    let search = instance.search(true).await?;
    if search.writable {
        crate::pipeline::indexer::index_all_pending(&instance.store, &search.index).await?;
    }
    let was = match previous {
        Some(p) => format!(
            "{} by {}",
            p.routing
                .department
                .as_deref()
                .map(|d| department_label(&instance.config, d))
                .unwrap_or_else(|| "triage".into()),
            source_text(p)
        ),
        None => "not routed".into(),
    };
    println!(
        "Document #{} → {}{} (was: {was}); {kind}, learned in {learned_ms:.0} ms",
        doc.id,
        department_label(&instance.config, &args.department),
        class.map(|c| format!(", class {c}")).unwrap_or_default(),
    );
    Ok(ExitCode::SUCCESS)
}
