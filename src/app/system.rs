//! Liveness, readiness and the Prometheus metrics of the running instance.

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::{App, AppError};

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
