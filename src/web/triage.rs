//! `/triage` for mail-room staff: one document at a time with the model's choices as buttons
//! (keys 1–3), any department by list; a decision routes it (the model learns from it, as with
//! `mailroom route`) and the next document opens at once.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, Redirect};
use axum::Form;
use serde::Deserialize;

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::{document_view, routing};
use crate::http::AppState;

/// How much of a document's text the triage page shows.
const TEXT_CHARS: usize = 2_000;

pub struct Choice {
    id: String,
    label: String,
    percent: Option<u32>,
}

pub struct Current {
    id: i64,
    title: String,
    received: String,
    pipeline: String,
    reason: Option<String>,
    choices: Vec<Choice>,
    text: String,
}

#[derive(askama::Template)]
#[template(path = "triage.html")]
struct TriagePage {
    chrome: Chrome,
    message: Option<String>,
    current: Option<Current>,
    /// The other documents in triage: id, name, received.
    waiting: Vec<(i64, String, String)>,
    departments: Vec<Choice>,
    csrf: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct TriageQuery {
    dokument: Option<i64>,
    /// The department the last document went to (shown once).
    zugeordnet: Option<String>,
}

/// The triage page: the chosen (or oldest) document and the rest.
pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<TriageQuery>,
) -> Result<Html<String>, PageError> {
    let mut entries = routing::triage(&app, &user.actor).await?;
    entries.sort_by_key(|e| e.received_at);
    let at = q
        .dokument
        .and_then(|id| entries.iter().position(|e| e.document_id.0 == id))
        .unwrap_or(0);
    let current = match entries.get(at) {
        Some(e) => {
            let view = document_view::view(&app, &user.actor, e.document_id).await?;
            let stored = view
                .routings
                .last()
                .and_then(|r| r.routing.explanation.model.clone())
                .unwrap_or_default();
            // Without an opinion at the time of the decision, the model as it is now: it may
            // have learned from corrections since.
            let model = if stored.departments.is_empty() {
                routing::model_opinion(&app, &user.actor, e.document_id).await?
            } else {
                stored
            };
            let mut choices: Vec<Choice> = model
                .departments
                .iter()
                .take(3)
                .map(|r| Choice {
                    id: r.label.clone(),
                    label: labels::department(&app, &r.label),
                    percent: Some((r.confidence * 100.0).round() as u32),
                })
                .collect();
            if choices.is_empty() {
                if let Some(g) = &e.guess {
                    choices.push(Choice {
                        id: g.label.clone(),
                        label: labels::department(&app, &g.label),
                        percent: Some((g.confidence * 100.0).round() as u32),
                    });
                }
            }
            let text: String = view
                .pages
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
                .chars()
                .take(TEXT_CHARS)
                .collect();
            Some(Current {
                id: e.document_id.0,
                title: e
                    .subject
                    .clone()
                    .unwrap_or_else(|| e.original_filename.clone()),
                received: labels::berlin_minute(e.received_at),
                pipeline: e.pipeline.clone(),
                reason: e.reason.clone(),
                choices,
                text,
            })
        }
        None => None,
    };
    let waiting = entries
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, e)| {
            (
                e.document_id.0,
                e.subject
                    .clone()
                    .unwrap_or_else(|| e.original_filename.clone()),
                labels::berlin_minute(e.received_at),
            )
        })
        .collect();
    let departments = labels::department_choices(&app)
        .into_iter()
        .map(|(id, label)| Choice {
            id,
            label,
            percent: None,
        })
        .collect();
    render(&TriagePage {
        chrome: Chrome::of(&app, "Triage", "triage", &user).await,
        message: q
            .zugeordnet
            .map(|d| format!("Zugeordnet an {}.", labels::department(&app, &d))),
        current,
        waiting,
        departments,
        csrf: user.csrf.clone(),
    })
}

#[derive(Debug, Deserialize)]
pub struct RouteForm {
    #[serde(default)]
    csrf: String,
    department: String,
}

/// Routes a triage document by hand; then the next one.
pub async fn route(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Path(id): Path<String>,
    Form(form): Form<RouteForm>,
) -> Result<Redirect, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    let id = super::document_id(&id)?;
    routing::route(&app, &user.actor, id, &form.department, None, None).await?;
    let department = super::url_encoded(&form.department);
    Ok(Redirect::to(&format!("/triage?zugeordnet={department}")))
}
