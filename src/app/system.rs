//! Liveness, readiness and the Prometheus metrics of the running instance.

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::{App, AppError};
use crate::config::SourceConfig;
use crate::daemon::{info_path, infos_dir, ConfigStamp, DaemonInfo};
use crate::model::{format_utc, now, Actor, Role};
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
    /// Intake sources of the running daemon that are failing now.
    pub troubles: Vec<crate::source::health::SourceTrouble>,
    /// Each pipeline's intake: last receipt, today's deliveries, in progress, quarantined.
    pub activity: Vec<crate::store::PipelineActivity>,
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
    let (daemon, waiting, restart_needed, troubles) =
        tokio::task::spawn_blocking(move || daemon_files(&cfg))
            .await
            .map_err(|e| {
                AppError::Unavailable(format!("reading the daemon's state stopped: {e}"))
            })?;
    let running = |name: &str| {
        daemon
            .as_ref()
            .map(|d| d.pipelines.iter().any(|p| p == name))
    };
    let activity = app.store.pipeline_activity(start_of_today()).await?;
    // Every process that said it is alive lately, on this machine or another one sharing
    // the database.
    let daemons = crate::daemon::live_daemons(app.store.as_ref(), &config.data_dir).await?;
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
            let failing: Vec<_> = troubles.iter().filter(|t| t.pipeline == p.name).collect();
            let seen = activity.iter().find(|a| a.pipeline == p.name);
            serde_json::json!({
                "name": p.name, "channel": p.channel, "folder": folder,
                "source": p.source.location(), "mailbox": p.mailbox(),
                "waiting": held,
                "running": running(&p.name),
                "failing": failing,
                "last_received_at": seen.and_then(|a| a.last_received_at).map(format_utc),
                "received_today": seen.map_or(0, |a| a.received_since),
                "in_progress": seen.map_or(0, |a| a.in_progress),
                "quarantined": seen.map_or(0, |a| a.quarantined),
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
    let search = match &config.search {
        crate::config::SearchBackend::Embedded { index_dir } => serde_json::json!({
            "backend": "embedded", "index_dir": index_dir, "unindexed": c.unindexed,
        }),
        crate::config::SearchBackend::Meilisearch(m) => serde_json::json!({
            "backend": "meilisearch", "url": m.url, "index": m.index, "unindexed": c.unindexed,
        }),
    };
    // Hand-overs wait only where an export is configured.
    let exporting = config.routing.as_ref().is_some_and(|r| {
        r.departments.invoices.export.is_some()
            || r.departments
                .list
                .iter()
                .any(|d| d.invoice_export.is_some())
    });
    let invoices = serde_json::json!({
        "filed": c.invoices,
        "failed_checks": c.invoices_failed,
        "export_pending": if exporting { c.invoice_exports_pending } else { 0 },
        "export_failing": c.invoice_exports_failing,
    });
    let json = serde_json::json!({
        "search": search,
        "invoices": invoices,
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
        "daemons": daemons.iter().map(|d| serde_json::json!({
            "pid": d.pid, "host": d.host, "started_at": format_utc(d.started_at),
            "heartbeat_at": format_utc(d.heartbeat_at), "sources": d.sources, "url": d.url,
        })).collect::<Vec<_>>(),
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
        troubles,
        activity,
        json,
    })
}

/// What needs the mail room now, for the badges on every page: files in quarantine (for
/// mail-room staff) and intake sources failing, as `status` counts them (mail-room staff and
/// operators); zero for others.
pub async fn attention(app: &App, actor: &Actor) -> Result<(u64, usize), AppError> {
    if !(actor.has(Role::Mailroom) || actor.has(Role::Operator)) {
        return Ok((0, 0));
    }
    let quarantined = if actor.has(Role::Mailroom) {
        app.store.quarantined_count().await?
    } else {
        0
    };
    let config = app.config.clone();
    let failing = tokio::task::spawn_blocking(move || configured_troubles(&config).len())
        .await
        .unwrap_or(0);
    Ok((quarantined, failing))
}

/// The troubles the sources of configured pipelines published. Blocking.
fn configured_troubles(
    config: &crate::config::Config,
) -> Vec<crate::source::health::SourceTrouble> {
    let dir = crate::source::folder::waiting::dir(&config.data_dir);
    crate::source::health::read_all(&dir)
        .into_iter()
        .filter(|t| config.pipelines.iter().any(|p| p.name == t.pipeline))
        .collect()
}

/// Midnight in Berlin today, where the mail room's day begins.
fn start_of_today() -> crate::model::Timestamp {
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC);
    now()
        .to_zoned(tz)
        .start_of_day()
        .map(|z| z.timestamp())
        .unwrap_or_else(|_| now())
}

/// The running daemon (if its owner lock is held), what its folders wait for (nothing is
/// published without a daemon) and which configuration changes need its restart. Blocking.
type DaemonFiles = (
    Option<DaemonInfo>,
    Vec<(String, Vec<WaitingFile>)>,
    Vec<String>,
    Vec<crate::source::health::SourceTrouble>,
);

fn daemon_files(config: &crate::config::Config) -> DaemonFiles {
    let owners = Owner::dir_in(&config.data_dir);
    let read = |path: &std::path::Path| -> Option<DaemonInfo> {
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .filter(|d: &DaemonInfo| Owner::is_alive_in(&owners, &d.owner))
    };
    // The daemon that started last, else any other of the installation that still runs.
    let daemon = read(&info_path(&config.data_dir)).or_else(|| {
        let mut others: Vec<_> = std::fs::read_dir(infos_dir(&config.data_dir))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        others.sort();
        others.iter().find_map(|p| read(p))
    });
    let Some(d) = daemon else {
        return (None, Vec::new(), Vec::new(), Vec::new());
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
    let troubles = configured_troubles(config);
    (Some(d), waiting, restart, troubles)
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
