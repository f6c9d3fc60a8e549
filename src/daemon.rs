//! `mailroom run`: sources claim files, the runner processes them (several at once), the
//! indexer makes them searchable, recovery resumes what an earlier process left behind.
//! On cancellation, sources stop claiming, in-flight documents get the grace period to finish,
//! and whatever is still running is abandoned safely (its receipt is resumed next start).

use std::collections::HashMap;
use std::fs::File;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, Semaphore};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{error, info, warn};

use crate::config::SourceConfig;
use crate::instance::{Instance, InstanceError};
use crate::model::Receipt;
use crate::model::{format_utc, now, ReceiptId};
use crate::pipeline::ApiIntake;
use crate::pipeline::{indexer, recovery, Outcome};
use crate::routing::invoice_export::InvoiceExporter;
use crate::routing::notifier::Notifier;
use crate::routing::{training, upkeep, Router};
use crate::source::{FolderSource, ImapSource, Source, SourceContext};

/// Errors that keep the daemon from starting.
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error(transparent)]
    Instance(#[from] InstanceError),
    #[error("another mailroom daemon is already running on {0} (see `mailroom status`)")]
    AlreadyRunning(String),
    #[error("cannot lock {path}: {source}")]
    Lock {
        path: String,
        source: std::io::Error,
    },
    #[error("the search index at {0} is locked by another process")]
    IndexLocked(String),
    #[error("the API and web interface cannot start: {0}")]
    Http(#[from] crate::http::HttpError),
}

/// How `mailroom run` was asked to run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Overrides `[http] listen` (port 0 picks a free port).
    pub listen: Option<std::net::SocketAddr>,
}

/// What `status` shows about a running daemon.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DaemonInfo {
    pub pid: u32,
    pub owner: String,
    pub started_at: String,
    pub version: String,
    /// Where the API and web interface answer, when `[http]` is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The configuration files it started with (main file and pipelines, which are read only
    /// at start; departments and rules are reloaded while running), by content hash.
    #[serde(default)]
    pub config_files: Vec<ConfigStamp>,
    /// The pipelines it runs.
    #[serde(default)]
    pub pipelines: Vec<String>,
}

/// A configuration file and the SHA-256 of its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigStamp {
    pub file: std::path::PathBuf,
    pub sha256: Option<String>,
}

impl ConfigStamp {
    /// The files read only at start: `mailroom.toml` and the pipeline files. Blocking.
    pub fn of(config: &crate::config::Config) -> Vec<ConfigStamp> {
        std::iter::once(config.file.clone())
            .chain(config.pipelines.iter().map(|p| p.file.clone()))
            .map(|file| ConfigStamp {
                sha256: std::fs::read(&file)
                    .ok()
                    .map(|b| crate::model::Sha256::of(&b).to_hex()),
                file,
            })
            .collect()
    }
}

mod in_work;
mod liveness;
mod roles;
mod sharing;
pub use liveness::{live_daemons, STALE_AFTER};
pub use roles::{Roles, ROLE_POLL};

/// The daemon's lock on `data_dir`, held while the returned file lives; `None` when another
/// process (a daemon, or `migrate-store`) holds it.
pub fn try_lock_daemon(data_dir: &std::path::Path) -> std::io::Result<Option<File>> {
    try_lock_data_dir(data_dir, false)
}

/// `shared`: several daemons of one PostgreSQL installation hold it together (and keep
/// `migrate-store`, which wants it alone, away); on SQLite a daemon holds it alone.
fn try_lock_data_dir(data_dir: &std::path::Path, shared: bool) -> std::io::Result<Option<File>> {
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join("daemon.lock"))?;
    let taken = if shared {
        lock.try_lock_shared()
    } else {
        lock.try_lock()
    };
    Ok(taken.is_ok().then_some(lock))
}

/// Path of the info file of the daemon that started last.
pub fn info_path(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join("daemon.json")
}

/// The folder with every running daemon's info file (`<owner>.json`), for installations with
/// several: when the last one started dies, `status` finds another one here.
pub fn infos_dir(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join("daemons")
}

const RECOVERY_INTERVAL: Duration = Duration::from_secs(30);

/// Runs until `cancel` fires.
pub async fn run(
    instance: Instance,
    options: Options,
    cancel: CancellationToken,
) -> Result<(), DaemonError> {
    let config = instance.config.clone();
    let several = instance.store.several_processes();
    // Held until the daemon returns.
    let _lock = match try_lock_data_dir(&config.data_dir, several) {
        Ok(Some(lock)) => lock,
        Ok(None) => {
            return Err(DaemonError::AlreadyRunning(
                config.data_dir.display().to_string(),
            ))
        }
        Err(source) => {
            return Err(DaemonError::Lock {
                path: config.data_dir.join("daemon.lock").display().to_string(),
                source,
            })
        }
    };

    let search = instance.search(true).await?;
    // With several daemons one writes the embedded index; the others search it and take the
    // writer over when it is free (the indexer asks at each sweep).
    if !search.writable && !several {
        return Err(DaemonError::IndexLocked(format!("{:?}", config.search)));
    }
    // Post is filed whether or not search answers: say so now, and index once it is back.
    if let Err(e) = search.index.check().await {
        tracing::error!(error = %e, "search is not available at start");
    }
    let background = cancel.child_token();
    let (index_handle, index_task) = indexer::spawn(
        Arc::clone(&instance.store),
        Arc::clone(&search.index),
        config.search_commit_interval,
        Duration::from_secs(5),
        background.clone(),
    );
    let worker = instance.worker(Some(index_handle.clone())).await?;

    let (tx, mut rx) = mpsc::unbounded_channel::<Receipt>();
    // Resume what a crashed process left behind *before* the sources look at the folders: a
    // receipt recorded just before a crash still has its file in the drop folder, and must
    // re-claim it itself rather than race a fresh claim.
    match recovery::recover(&worker.runner, &worker.owner).await {
        Ok(resume) => {
            for r in resume {
                let _ = tx.send(r);
            }
        }
        Err(e) => warn!(error = %e, "recovery at start failed; will retry"),
    }
    // Upload files that never got a receipt (recovery has moved every recorded one into the
    // spool); done before the API takes new uploads.
    let uploads = match ApiIntake::new(worker.intake.clone(), tx.clone(), &config.data_dir) {
        Ok(sink) => {
            match sink.remove_orphans().await {
                Ok(0) => {}
                Ok(n) => info!(files = n, "removed upload files that never got a receipt"),
                Err(e) => warn!(error = %e, "cannot clean the upload folder"),
            }
            Some(sink)
        }
        Err(e) => {
            warn!(error = %e, "cannot create the upload folder; uploads are refused");
            None
        }
    };
    let http = match &config.http {
        Some(http_config) => {
            let app = Arc::new(
                crate::app::App::new(
                    config.clone(),
                    Arc::clone(&instance.store),
                    instance.blobs.clone(),
                    Arc::clone(&search.index),
                    worker.runner.router().cloned(),
                )
                .with_uploads(uploads.clone()),
            );
            let server =
                crate::http::start(app, http_config, options.listen, background.clone()).await?;
            println!("mailroom: web interface and API at {}", server.url());
            info!(url = %server.url(), "HTTP listening");
            Some(server)
        }
        None => None,
    };
    let roles = Roles::start(
        Arc::clone(&instance.store),
        config.data_dir.clone(),
        &background,
    );
    if several {
        worker
            .runner
            .share_locks(Arc::clone(&roles) as Arc<dyn crate::pipeline::SharedLocks>);
    }
    // Routing upkeep and department notifications; started after the listener, so that
    // notifications can link to the document pages where people are.
    let routing_tasks = TaskTracker::new();
    if let Some(router) = worker.runner.router() {
        let links = config
            .http
            .as_ref()
            .and_then(|h| h.public_url.clone())
            .or_else(|| http.as_ref().map(|s| s.url()));
        start_routing(
            &instance,
            Arc::clone(router),
            links,
            &roles,
            &routing_tasks,
            &background,
        )
        .await;
    }
    routing_tasks.close();
    let info = DaemonInfo {
        pid: std::process::id(),
        owner: worker.owner.token().to_string(),
        started_at: format_utc(now()),
        version: env!("CARGO_PKG_VERSION").to_string(),
        url: http.as_ref().map(|s| s.url()),
        config_files: ConfigStamp::of(&config),
        pipelines: config.pipelines.iter().map(|p| p.name.clone()).collect(),
    };
    let heartbeat = liveness::announce(&instance.store, &info, &roles, &background).await;
    let info_json = serde_json::to_string_pretty(&info).unwrap_or_default();
    let own_info = infos_dir(&config.data_dir).join(format!("{}.json", info.owner));
    let _ = std::fs::create_dir_all(infos_dir(&config.data_dir));
    let _ = crate::fsutil::write_atomic(&own_info, info_json.as_bytes());
    remove_dead_infos(&config.data_dir);
    let _ = crate::fsutil::write_atomic(&info_path(&config.data_dir), info_json.as_bytes());
    info!(
        workers = config.workers,
        pipelines = config.pipelines.len(),
        ocr = %config.ocr.languages,
        "mailroom is running"
    );
    let sources = TaskTracker::new();
    // What failed before the restart is found out afresh.
    let state_dir = crate::source::folder::waiting::dir(&config.data_dir);
    // (With several daemons the holder of a failing source keeps its report until it recovers.)
    if !several {
        let _ =
            tokio::task::spawn_blocking(move || crate::source::health::clear_all(&state_dir)).await;
    }
    for p in &config.pipelines {
        // Uploads arrive through the HTTP API, which claims them itself.
        if pipeline_source(p).is_none() {
            continue;
        }
        let cx = SourceContext {
            intake: worker.intake.clone(),
            deliveries: tx.clone(),
            finished: worker.runner.finished(),
            cancel: background.clone(),
            state_dir: crate::source::folder::waiting::dir(&config.data_dir),
        };
        let (runner, owner, pipeline) = (
            Arc::clone(&worker.runner),
            Arc::clone(&worker.owner),
            p.clone(),
        );
        sources.spawn(
            Arc::clone(&roles).run(liveness::source_role(&p.name), move |lost| {
                let mut cx = cx.clone();
                cx.cancel = lost;
                let (runner, owner, name) = (
                    Arc::clone(&runner),
                    Arc::clone(&owner),
                    pipeline.name.clone(),
                );
                let source = pipeline_source(&pipeline);
                async move {
                    let Some(source) = source else { return };
                    // Taken over from a process that died: what it had claimed from this source
                    // is resumed before the folder is looked at, as at start.
                    if several {
                        resume(&runner, &owner, &cx.deliveries).await;
                    }
                    if let Err(e) = source.run(cx).await {
                        error!(pipeline = %name, error = %e, "intake source stopped");
                    }
                }
            }),
        );
    }
    sources.close();

    let in_flight = TaskTracker::new();
    let capacity = sharing::capacity(config.workers, several);
    let slots = Arc::new(Semaphore::new(capacity));
    let sharing = Arc::new(sharing::Sharing::new(
        &config,
        Arc::clone(&instance.store),
        worker.owner.token(),
    ));
    let mut share_tick = tokio::time::interval(sharing::TAKE_EVERY);
    let mut deferrals: HashMap<ReceiptId, u32> = HashMap::new();
    let (retry_tx, mut retry_rx) = mpsc::unbounded_channel::<(Receipt, Outcome)>();
    let mut recovery_tick = tokio::time::interval_at(
        tokio::time::Instant::now() + RECOVERY_INTERVAL,
        RECOVERY_INTERVAL,
    );
    loop {
        tokio::select! {
            _ = cancel.cancelled() => break,
            _ = recovery_tick.tick() => resume(&worker.runner, &worker.owner, &tx).await,
            Some((receipt, outcome)) = retry_rx.recv() => {
                // Deferred: try again later, backing off; nothing is lost meanwhile.
                let n = deferrals.entry(receipt.id).or_insert(0);
                *n += 1;
                let delay = Duration::from_secs(5u64.saturating_mul(1 << (*n).min(7)));
                warn!(receipt = receipt.id.0, retry_in_secs = delay.as_secs(), "{outcome:?}");
                let tx = tx.clone();
                let cancel = cancel.clone();
                tokio::spawn(async move {
                    tokio::select! {
                        _ = cancel.cancelled() => {}
                        _ = tokio::time::sleep(delay) => { let _ = tx.send(receipt); }
                    }
                });
            }
            _ = share_tick.tick(), if sharing.active() => {
                // Free slots and nothing of its own waiting: help with what others claimed.
                let free = slots.available_permits();
                if free > 0 && rx.is_empty() {
                    for r in sharing.take(free).await {
                        let _ = tx.send(r);
                    }
                }
            }
            Some(receipt) = rx.recv() => {
                let permit = tokio::select! {
                    _ = cancel.cancelled() => break,
                    p = Arc::clone(&slots).acquire_owned() => p.expect("semaphore is never closed"),
                };
                let runner = Arc::clone(&worker.runner);
                let retry = retry_tx.clone();
                let sharing = Arc::clone(&sharing);
                let in_work = in_work::InWork {
                    permit: Some(permit),
                    slots: Arc::clone(&slots),
                    capacity,
                    indexer: index_handle.clone(),
                };
                in_flight.spawn(async move {
                    let _in_work = in_work;
                    let outcome = match sharing.start(receipt.id).await {
                        Ok(true) => runner.process(receipt.clone()).await,
                        // Another daemon took it while it waited here.
                        Ok(false) => return,
                        Err(e) => Outcome::Deferred(e.to_string()),
                    };
                    if matches!(outcome, Outcome::Deferred(_)) {
                        let _ = retry.send((receipt, outcome));
                    }
                });
            }
        }
    }

    info!(
        in_flight = in_flight.len(),
        grace_secs = config.shutdown_grace.as_secs_f64(),
        "shutting down: no new files are taken"
    );
    background.cancel();
    sources.wait().await;
    in_flight.close();
    if tokio::time::timeout(config.shutdown_grace, in_flight.wait())
        .await
        .is_err()
    {
        warn!(
            abandoned = in_flight.len(),
            "documents still in progress are left in the spool and resume at next start"
        );
    }
    if let Some(server) = http {
        let _ = tokio::time::timeout(Duration::from_secs(5), server.task).await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(10), index_task).await;
    let _ = tokio::time::timeout(Duration::from_secs(5), routing_tasks.wait()).await;
    let _ = heartbeat.await;
    if let Err(e) = instance.store.daemon_stopped(&info.owner).await {
        warn!(error = %e, "could not record the stop; the entry expires by itself");
    }
    // Another daemon of the installation may have written the file since.
    let written: Option<DaemonInfo> = std::fs::read(info_path(&config.data_dir))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    if written.is_none_or(|w| w.owner == info.owner) {
        let _ = std::fs::remove_file(info_path(&config.data_dir));
    }
    let _ = std::fs::remove_file(own_info);
    info!("stopped");
    Ok(())
}

/// The source a pipeline reads; `None` for uploads, which come through the HTTP API.
fn pipeline_source(p: &crate::config::PipelineConfig) -> Option<Box<dyn Source>> {
    match &p.source {
        SourceConfig::Folder(f) => {
            Some(Box::new(FolderSource::new(&p.name, &p.channel, f.clone())))
        }
        SourceConfig::Imap(c) => Some(Box::new(ImapSource::new(&p.name, &p.channel, c.clone()))),
        SourceConfig::Upload(_) => None,
    }
}

/// Info files of daemons that were killed (their owner lock is free). Blocking, small.
fn remove_dead_infos(data_dir: &std::path::Path) {
    let owners = crate::pipeline::Owner::dir_in(data_dir);
    for path in std::fs::read_dir(infos_dir(data_dir))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
    {
        let owner = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if !crate::pipeline::Owner::is_alive_in(&owners, owner) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Hands what recovery finds back for processing.
async fn resume(
    runner: &crate::pipeline::Runner,
    owner: &Arc<crate::pipeline::Owner>,
    tx: &mpsc::UnboundedSender<Receipt>,
) {
    match recovery::recover(runner, owner).await {
        Ok(resume) => {
            for r in resume {
                let _ = tx.send(r);
            }
        }
        Err(e) => warn!(error = %e, "recovery sweep failed"),
    }
}

/// Routing's background work: the model (rebuilt from the examples if its file is missing),
/// rules reloading and department notifications.
/// `links`: the web interface's base URL, for links in notifications.
async fn start_routing(
    instance: &Instance,
    router: Arc<Router>,
    links: Option<String>,
    roles: &Arc<Roles>,
    tasks: &TaskTracker,
    cancel: &CancellationToken,
) {
    if router.needs_rebuild() {
        match training::rebuild(instance.store.as_ref(), &router).await {
            Ok(0) => {}
            Ok(n) => info!(
                examples = n,
                "routing model rebuilt from the stored examples"
            ),
            Err(e) => {
                warn!(error = %e, "routing model could not be rebuilt; rules and triage still work")
            }
        }
    }
    let config = &instance.config;
    tasks.spawn(upkeep::run(
        Arc::clone(&router),
        config.data_dir.clone(),
        Duration::from_secs(2),
        cancel.clone(),
    ));
    // Each notification and each invoice hand-over is done by one process of the installation.
    let (store, notified_router) = (Arc::clone(&instance.store), Arc::clone(&router));
    let waiting = crate::source::folder::waiting::dir(&config.data_dir);
    tasks.spawn(Arc::clone(roles).run("notifier".into(), move |lost| {
        let notifier = Notifier::new(
            Arc::clone(&store),
            Arc::clone(&notified_router),
            links.clone(),
            waiting.clone(),
        );
        notifier.run(lost)
    }));
    let (store, blobs) = (Arc::clone(&instance.store), instance.blobs.clone());
    tasks.spawn(Arc::clone(roles).run("invoice-export".into(), move |lost| {
        InvoiceExporter::new(Arc::clone(&store), Arc::clone(&router), blobs.clone()).run(lost)
    }));
}
