//! The daemon's routing housekeeping: picks up edited rules (keeping the old ones when the
//! edit is invalid), a model saved by `mailroom route`, and publishes the rules status for
//! `mailroom status`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::{Router, RulesStatus};

/// Where the daemon publishes its rules status.
pub fn status_path(data_dir: &Path) -> PathBuf {
    data_dir.join("routing-status.json")
}

/// Reads the status a running daemon published.
pub fn read_status(data_dir: &Path) -> Option<RulesStatus> {
    let bytes = std::fs::read(status_path(data_dir)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn publish(router: &Router, data_dir: &Path) {
    let status = router.status();
    let bytes = serde_json::to_vec_pretty(&status).unwrap_or_default();
    if let Err(e) = crate::fsutil::write_atomic(&status_path(data_dir), &bytes) {
        tracing::warn!(error = %e, "cannot write the routing status file");
    }
}

/// Checks the rules and model files every `interval` until cancelled.
pub async fn run(
    router: Arc<Router>,
    data_dir: PathBuf,
    interval: Duration,
    cancel: CancellationToken,
) {
    publish(&router, &data_dir);
    let mut tick = tokio::time::interval(interval);
    loop {
        tokio::select! {
            _ = cancel.cancelled() => break,
            _ = tick.tick() => {}
        }
        // Reading a changed model file (megabytes with the kept letters) is blocking work.
        let reloading = Arc::clone(&router);
        if let Err(e) =
            tokio::task::spawn_blocking(move || reloading.reload_model_if_changed()).await
        {
            tracing::error!(error = %e, "reloading the routing model failed");
        }
        let departments = router.reload_departments_if_changed();
        match &departments {
            None => {}
            Some(Ok(n)) => tracing::info!(
                departments = %router.config().departments_file.display(),
                count = n,
                "departments reloaded: notification targets and municipalities apply now"
            ),
            Some(Err(errors)) => {
                for e in &errors.0 {
                    tracing::error!("{e}");
                }
                tracing::error!(
                    departments = %router.config().departments_file.display(),
                    "the edited departments file is invalid; the previous departments stay active until it is fixed"
                );
            }
        }
        match router.reload_rules_if_changed() {
            None if departments.is_none() => continue,
            None => {}
            Some(Ok(version)) => {
                tracing::info!(rules = %router.config().rules_file.display(), version = %version, "routing rules reloaded");
            }
            Some(Err(errors)) => {
                for e in &errors.0 {
                    tracing::error!("{e}");
                }
                tracing::error!(
                    rules = %router.config().rules_file.display(),
                    "the edited routing rules are invalid; the previous rules stay active until the file is fixed"
                );
            }
        }
        publish(&router, &data_dir);
    }
    let _ = std::fs::remove_file(status_path(&data_dir));
}
