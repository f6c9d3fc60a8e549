//! The mail room's own notifications (`[poststelle]` in departments.toml): a file landed in
//! quarantine, or an intake source keeps failing. Queued in the same durable outbox as the
//! departments' arrivals (so none is lost, and delivery is retried), at most once per batch
//! interval; a failing source is reported once it has failed for a batch interval (a
//! reconnect after a dropped connection is no news) and once per run of failures.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::config::MailroomTargets;
use crate::model::{format_berlin, now, parse_utc, Receipt};
use crate::source::health::{self, SourceTrouble};
use crate::store::{Store, StoreError};

pub struct MailroomAlerts {
    state_dir: PathBuf,
    batch: Duration,
    links: Option<String>,
    last_alert: Option<Instant>,
    /// Runs of failures already reported: pipeline, part, since.
    told: HashSet<(String, String, String)>,
}

impl MailroomAlerts {
    pub fn new(state_dir: PathBuf, batch: Duration, links: Option<String>) -> Self {
        MailroomAlerts {
            state_dir,
            batch,
            links,
            last_alert: None,
            told: HashSet::new(),
        }
    }

    /// Queues what the mail room has not been told of yet (if a batch interval has passed).
    pub async fn tick(
        &mut self,
        store: &dyn Store,
        targets: &MailroomTargets,
    ) -> Result<(), StoreError> {
        if self.last_alert.is_some_and(|t| t.elapsed() < self.batch) {
            return Ok(());
        }
        let quarantined = store.unalerted_quarantine().await?;
        let dir = self.state_dir.clone();
        let troubles = tokio::task::spawn_blocking(move || health::read_all(&dir))
            .await
            .unwrap_or_default();
        // A run of failures that ended is forgotten; the set holds what fails now.
        self.told.retain(|k| troubles.iter().any(|t| key(t) == *k));
        let now_s = now().as_second();
        let failing: Vec<SourceTrouble> = troubles
            .into_iter()
            .filter(|t| {
                let since = parse_utc(&t.since).map_or(now_s, |s| s.as_second());
                now_s - since >= self.batch.as_secs() as i64
            })
            .filter(|t| !self.told.contains(&key(t)))
            .collect();
        if quarantined.is_empty() && failing.is_empty() {
            return Ok(());
        }
        let mut deliveries = Vec::new();
        for payload in [
            (!quarantined.is_empty())
                .then(|| quarantine_payload(&quarantined, self.links.as_deref())),
            (!failing.is_empty()).then(|| trouble_payload(&failing, self.links.as_deref())),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(url) = &targets.webhook {
                deliveries.push(("webhook".to_string(), url.clone(), payload.clone()));
            }
            if let Some(address) = &targets.email {
                deliveries.push(("email".to_string(), address.clone(), payload));
            }
        }
        // Without a target the news is only marked as told: the badge and the Übersicht show it.
        let ids: Vec<_> = quarantined.iter().map(|r| r.id).collect();
        store.queue_mailroom_alert(&ids, &deliveries).await?;
        if !deliveries.is_empty() {
            tracing::info!(
                quarantined = ids.len(),
                failing_sources = failing.len(),
                "mail room notification queued"
            );
        }
        self.told.extend(failing.iter().map(key));
        self.last_alert = Some(Instant::now());
        Ok(())
    }
}

fn key(t: &SourceTrouble) -> (String, String, String) {
    (t.pipeline.clone(), t.part.clone(), t.since.clone())
}

/// Files that landed in quarantine: what, why, and where to act.
pub fn quarantine_payload(receipts: &[Receipt], links: Option<&str>) -> Value {
    let url = links.map(|base| format!("{base}/quarantaene"));
    let mut text = format!(
        "Guten Tag,\n\n{} in Quarantäne gekommen und wartet auf eine Entscheidung:\n\n",
        if receipts.len() == 1 {
            "eine Datei ist".to_string()
        } else {
            format!("{} Dateien sind", receipts.len())
        }
    );
    for r in receipts {
        text.push_str(&format!(
            "- Q{} {} (Eingang {}, {}): {}\n",
            r.id.0,
            r.original_filename,
            format_berlin(r.received_at),
            r.pipeline,
            r.reason.as_deref().unwrap_or("ohne Angabe")
        ));
        if let Some(base) = links {
            text.push_str(&format!("  {base}/quarantaene/{}\n", r.id.0));
        }
    }
    text.push_str(&match &url {
        Some(u) => format!("\nQuarantäne: {u}\n"),
        None => "\nAnzeigen: mailroom quarantine list\n".to_string(),
    });
    json!({
        "event": "quarantine",
        "count": receipts.len(),
        "quarantine_url": url,
        "files": receipts.iter().map(|r| json!({
            "id": r.id.0,
            "original_filename": r.original_filename,
            "pipeline": r.pipeline,
            "received_at": crate::model::format_utc(r.received_at),
            "reason_code": r.reason_code,
            "reason": r.reason,
            "url": links.map(|base| format!("{base}/quarantaene/{}", r.id.0)),
        })).collect::<Vec<_>>(),
        "subject": format!("Quarantäne: {} neue Datei{}", receipts.len(), if receipts.len() == 1 { "" } else { "en" }),
        "text": text,
    })
}

/// Intake sources that keep failing.
pub fn trouble_payload(troubles: &[SourceTrouble], links: Option<&str>) -> Value {
    let mut text = "Guten Tag,\n\nein Eingangsweg funktioniert nicht; die Post wartet beim \
                    Absender bzw. auf dem Server, bis er wieder läuft:\n\n"
        .to_string();
    for t in troubles {
        let since = parse_utc(&t.since)
            .map(format_berlin)
            .unwrap_or_else(|_| t.since.clone());
        text.push_str(&format!(
            "- {} ({}), seit {since}: {}\n",
            t.pipeline, t.part, t.error
        ));
    }
    if let Some(base) = links {
        text.push_str(&format!("\nÜbersicht: {base}/uebersicht\n"));
    }
    json!({
        "event": "source_failing",
        "count": troubles.len(),
        "sources": troubles,
        "overview_url": links.map(|base| format!("{base}/uebersicht")),
        "subject": format!("Eingangsweg gestört: {}", troubles.iter().map(|t| t.pipeline.as_str()).collect::<Vec<_>>().join(", ")),
        "text": text,
    })
}
