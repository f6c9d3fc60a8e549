//! `/uebersicht` for mail-room staff and operators: counts, the intake paths and whether they
//! run, files held back in drop folders, open documents per department, the rules in force.

use axum::extract::State;
use axum::response::Html;

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::system;
use crate::http::AppState;
use crate::store::StatusCounts;

pub struct PipelineRow {
    name: String,
    channel: String,
    source: String,
    running: &'static str,
    waiting: usize,
    last_received: String,
    today: u64,
    in_progress: u64,
    quarantined: u64,
    /// What fails now (part, since, error), for people.
    failing: Vec<String>,
}

#[derive(askama::Template)]
#[template(path = "uebersicht.html")]
struct OverviewPage {
    chrome: Chrome,
    counts: StatusCounts,
    last_received: String,
    daemon: String,
    restart_needed: Vec<String>,
    pipelines: Vec<PipelineRow>,
    open: Vec<(String, u64)>,
    rules: Option<String>,
}

pub async fn page(State(app): State<AppState>, user: WebUser) -> Result<Html<String>, PageError> {
    let status = system::status(&app, &user.actor).await?;
    let pipelines = app
        .config
        .pipelines
        .iter()
        .map(|p| {
            let seen = status.activity.iter().find(|a| a.pipeline == p.name);
            let running = status
                .daemon
                .as_ref()
                .map(|d| d.pipelines.iter().any(|n| n == &p.name));
            PipelineRow {
                name: p.name.clone(),
                channel: p.channel.clone(),
                source: p.source.location(),
                running: match running {
                    Some(true) => "ja",
                    Some(false) => "nein (Neustart nötig)",
                    None => "nein (Dienst läuft nicht)",
                },
                waiting: status
                    .waiting
                    .iter()
                    .find(|(name, _)| name == &p.name)
                    .map_or(0, |(_, w)| w.len()),
                last_received: seen
                    .and_then(|a| a.last_received_at)
                    .map(labels::berlin_minute)
                    .unwrap_or_else(|| "–".into()),
                today: seen.map_or(0, |a| a.received_since),
                in_progress: seen.map_or(0, |a| a.in_progress),
                quarantined: seen.map_or(0, |a| a.quarantined),
                failing: status
                    .troubles
                    .iter()
                    .filter(|t| t.pipeline == p.name)
                    .map(|t| {
                        let since = crate::model::parse_utc(&t.since)
                            .map(labels::berlin_minute)
                            .unwrap_or_else(|_| t.since.clone());
                        format!("{} gestört seit {since}: {}", t.part, t.error)
                    })
                    .collect(),
            }
        })
        .collect();
    let rules = status.rules.as_ref().map(|r| match &r.error {
        Some(errors) => format!(
            "{}: Fehler in der Datei, es gelten weiter die Regeln von {} ({} Regeln). {}",
            r.file.display(),
            r.loaded_at,
            r.rules,
            errors.join(" ")
        ),
        None => format!(
            "{}: {} Regeln, Fassung {}, geladen {}",
            r.file.display(),
            r.rules,
            r.version,
            r.loaded_at
        ),
    });
    let open = status
        .counts
        .open_by_department
        .iter()
        .map(|(id, n)| (labels::department(&app, id), *n))
        .collect();
    render(&OverviewPage {
        chrome: Chrome::of(&app, "Übersicht", "uebersicht", &user).await,
        last_received: status
            .counts
            .last_received_at
            .map(labels::berlin_minute)
            .unwrap_or_else(|| "–".into()),
        daemon: match &status.daemon {
            Some(d) => format!(
                "läuft seit {} (Version {})",
                crate::model::format_berlin_text(&d.started_at),
                d.version
            ),
            None => "läuft nicht".into(),
        },
        counts: status.counts,
        restart_needed: status.restart_needed,
        pipelines,
        open,
        rules,
    })
}
