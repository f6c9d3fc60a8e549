//! Liveness, readiness and the Prometheus metrics of the running instance.

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::{App, AppError};
use crate::config::SourceConfig;
use crate::daemon::{info_path, ConfigStamp, DaemonInfo};
use crate::model::{format_utc, Actor, Role};
use crate::pipeline::Owner;
use crate::routing::RulesStatus;
use crate::source::folder::waiting::WaitingFile;
use crate::store::StatusCounts;

/// The instance at a glance (`status`, `GET /api/v1/status`).
pub struct Status {
    pub counts: StatusCounts,
    /// The running daemon, if any.
    pub daemon: Option<DaemonInfo>,
    /// The rules as the daemon runs them (or as the file is, without a daemon).
    pub rules: Option<RulesStatus>,
    /// Files the running daemon's drop folders hold back as incomplete, per pipeline.
    pub waiting: Vec<(String, Vec<WaitingFile>)>,
    /// Configuration changes the running daemon applies only after a restart, in words.
    pub restart_needed: Vec<String>,
    /// Everything above as `status --json` prints it.
    pub json: serde_json::Value,
}

/// Counts, daemon, pipelines and rules: for operators and mail-room staff (no contents).
pub async fn status(app: &App, actor: &Actor) -> Result<Status, AppError> {
    app.require(
        actor,
        &[Role::Operator, Role::Mailroom],
        "reading the status",
    )?;
    let config = &app.config;
    // The files a running daemon publishes, read off the async runtime.
    let cfg = config.clone();
    let (daemon, waiting, restart_needed) = tokio::task::spawn_blocking(move || daemon_files(&cfg))
        .await
        .map_err(|e| AppError::Unavailable(format!("reading the daemon's state stopped: {e}")))?;
    let running = |name: &str| {
        daemon
            .as_ref()
            .map(|d| d.pipelines.iter().any(|p| p == name))
    };
    let pipelines: Vec<serde_json::Value> = config
        .pipelines
        .iter()
        .map(|p| {
            let folder = match &p.source {
                SourceConfig::Folder(f) => Some(f.path.clone()),
                SourceConfig::Imap(_) | SourceConfig::Upload(_) => None,
            };
            let held = waiting
                .iter()
                .find(|(name, _)| name == &p.name)
                .map(|(_, w)| w.clone())
                .unwrap_or_default();
            serde_json::json!({
                "name": p.name, "channel": p.channel, "folder": folder,
                "source": p.source.location(), "mailbox": p.mailbox(),
                "waiting": held,
                "running": running(&p.name),
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
                Ok(rules) => RulesStatus {
                    file: r.rules_file.clone(),
                    version: rules.version.clone(),
                    loaded_at: String::new(),
                    rules: rules.rules.len(),
                    error: None,
                    departments_file: r.departments_file.clone(),
                    ..Default::default()
                },
                Err(errors) => RulesStatus {
                    file: r.rules_file.clone(),
                    error: Some(errors.0.iter().map(|d| d.to_string()).collect()),
                    departments_file: r.departments_file.clone(),
                    ..Default::default()
                },
            })
    });
    let c = app.store.counts().await?;
    let routing_json = rules.as_ref().map(|r| {
        serde_json::json!({
            "rules_file": r.file, "version": r.version, "rules": r.rules,
            "loaded_at": r.loaded_at, "error": r.error,
            "departments_file": r.departments_file,
            "departments_loaded_at": r.departments_loaded_at,
            "departments_error": r.departments_error,
            "triage": c.triage,
            "open_by_department": c.open_by_department.iter().cloned().collect::<std::collections::BTreeMap<_, _>>(),
            "notifications_pending": c.notifications_pending,
            "notifications_failing": c.notifications_failing,
        })
    });
    let json = serde_json::json!({
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
        "restart_needed": restart_needed,
    });
    Ok(Status {
        counts: c,
        daemon,
        rules,
        waiting,
        restart_needed,
        json,
    })
}

/// The running daemon (if its owner lock is held), what its folders wait for (nothing is
/// published without a daemon) and which configuration changes need its restart. Blocking.
type DaemonFiles = (
    Option<DaemonInfo>,
    Vec<(String, Vec<WaitingFile>)>,
    Vec<String>,
);

fn daemon_files(config: &crate::config::Config) -> DaemonFiles {
    let daemon: Option<DaemonInfo> = std::fs::read(info_path(&config.data_dir))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .filter(|d: &DaemonInfo| Owner::is_alive_in(&Owner::dir_in(&config.data_dir), &d.owner));
    let Some(d) = daemon else {
        return (None, Vec::new(), Vec::new());
    };
    let state_dir = crate::source::folder::waiting::dir(&config.data_dir);
    let waiting = config
        .pipelines
        .iter()
        .filter(|p| matches!(p.source, SourceConfig::Folder(_)))
        .map(|p| {
            (
                p.name.clone(),
                crate::source::folder::waiting::read(&state_dir, &p.name),
            )
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let restart = restart_needed(config, &d);
    (Some(d), waiting, restart)
}

/// What changed in the files the daemon reads only at start (its main file and the pipeline
/// files), compared with what it started with.
fn restart_needed(config: &crate::config::Config, daemon: &DaemonInfo) -> Vec<String> {
    let mut out = Vec::new();
    let restart = "restart the daemon to apply it";
    for p in &config.pipelines {
        if !daemon.pipelines.contains(&p.name) {
            out.push(format!(
                "pipeline {} ({}) is new and not running yet: {restart}",
                p.name,
                p.file.display()
            ));
        }
    }
    for name in &daemon.pipelines {
        if !config.pipelines.iter().any(|p| &p.name == name) {
            out.push(format!(
                "pipeline {name} was removed from the configuration but still runs: {restart}"
            ));
        }
    }
    let now = ConfigStamp::of(config);
    for then in &daemon.config_files {
        if let Some(current) = now.iter().find(|c| c.file == then.file) {
            if current.sha256 != then.sha256 {
                out.push(format!(
                    "{} changed since the daemon started: {restart}",
                    then.file.display()
                ));
            }
        }
    }
    out
}

/// Whether the instance can do its work: the database answers and the search index is open.
pub async fn ready(app: &App) -> Result<(), AppError> {
    app.store
        .counts()
        .await
        .map_err(|e| AppError::Unavailable(format!("the database does not answer: {e}")))?;
    Ok(())
}

type Labels = Vec<(String, String)>;

/// The metrics in the Prometheus text format: counts from the store (they survive restarts)
/// and this process's own measurements.
pub async fn metrics_text(app: &App) -> Result<String, AppError> {
    let counts = app.store.counts().await?;
    let by_pipeline = app.store.receipt_counts().await?;
    let mut registry = Registry::with_prefix("mailroom");
    let receipts = Family::<Labels, Gauge>::default();
    for (pipeline, state, n) in by_pipeline {
        receipts
            .get_or_create(&vec![
                ("pipeline".into(), pipeline),
                ("state".into(), state),
            ])
            .set(n as i64);
    }
    registry.register(
        "receipts",
        "Receipts by pipeline and state (claimed = in progress, filed, duplicate, quarantined, discarded, vanished)",
        receipts,
    );
    for (name, help, value) in [
        ("documents", "Filed documents", counts.documents),
        (
            "backlog",
            "Receipts claimed and not yet finished",
            counts.in_progress,
        ),
        (
            "quarantined",
            "Receipts waiting in quarantine for a person",
            counts.quarantined,
        ),
        (
            "unindexed",
            "Filed documents not yet searchable",
            counts.unindexed,
        ),
        (
            "triage",
            "Routed documents waiting in triage",
            counts.triage,
        ),
        (
            "notifications_pending",
            "Department notifications not delivered yet",
            counts.notifications_pending,
        ),
    ] {
        let g = Gauge::<i64>::default();
        g.set(value as i64);
        registry.register(name, help, g);
    }
    crate::metrics::global().register(&mut registry);
    let mut out = String::new();
    encode(&mut out, &registry).map_err(|e| AppError::Unavailable(e.to_string()))?;
    Ok(out)
}
