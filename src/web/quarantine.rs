//! `/quarantaene` for mail-room staff: what could not be processed, why and what to do; retry
//! or discard several files at once (discarding asks for a confirmation first).

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::{labels, render, Chrome, PageError, WebUser};
use crate::app::{quarantine, AppError};
use crate::http::AppState;
use crate::model::{Receipt, ReceiptId};

pub struct Row {
    id: i64,
    received: String,
    filename: String,
    pipeline: String,
    reason: String,
    /// In German: what is wrong and what to do (for known reasons).
    help: Option<(&'static str, &'static str)>,
    attempts: u32,
}

impl Row {
    fn of(r: &Receipt) -> Row {
        Row {
            id: r.id.0,
            received: labels::berlin_minute(r.received_at),
            filename: r.original_filename.clone(),
            pipeline: r.pipeline.clone(),
            reason: r.reason.clone().unwrap_or_default(),
            help: r.reason_code.as_deref().and_then(labels::quarantine_help),
            attempts: r.attempts,
        }
    }
}

#[derive(askama::Template)]
#[template(path = "quarantaene.html")]
struct QuarantinePage {
    chrome: Chrome,
    message: Option<String>,
    rows: Vec<Row>,
    csrf: String,
}

#[derive(askama::Template)]
#[template(path = "verwerfen.html")]
struct ConfirmPage {
    chrome: Chrome,
    rows: Vec<Row>,
    csrf: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct QuarantineQuery {
    erneut: Option<usize>,
    verworfen: Option<usize>,
    ersetzt: Option<usize>,
}

/// The quarantine list.
pub async fn page(
    State(app): State<AppState>,
    user: WebUser,
    Query(q): Query<QuarantineQuery>,
) -> Result<Html<String>, PageError> {
    let rows = quarantine::list(&app, &user.actor, false).await?;
    let message = match (q.erneut, q.verworfen, q.ersetzt) {
        (Some(n), ..) => Some(format!("{n} Datei(en) werden erneut verarbeitet.")),
        (_, Some(n), _) => Some(format!("{n} Datei(en) verworfen.")),
        (.., Some(_)) => Some("Die Datei wurde ersetzt und wird verarbeitet.".to_string()),
        _ => None,
    };
    render(&QuarantinePage {
        chrome: Chrome::of(&app, "Quarantäne", "quarantaene", &user).await,
        message,
        rows: rows.iter().map(Row::of).collect(),
        csrf: user.csrf.clone(),
    })
}

#[derive(Debug, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    id: Vec<i64>,
    aktion: String,
    #[serde(default)]
    bestaetigt: Option<String>,
}

/// Retries or discards the chosen files.
pub async fn act(
    State(app): State<AppState>,
    user: WebUser,
    headers: HeaderMap,
    Form(form): Form<ActionForm>,
) -> Result<Response, PageError> {
    user.check_form(&app, &headers, &form.csrf)?;
    if form.id.is_empty() {
        return Err(PageError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Keine Datei ausgewählt: bitte mindestens eine ankreuzen.",
        ));
    }
    let ids: Vec<ReceiptId> = form.id.iter().map(|&i| ReceiptId(i)).collect();
    match form.aktion.as_str() {
        "erneut" => {
            for &id in &ids {
                quarantine::retry(&app, &user.actor, id).await?;
            }
            Ok(Redirect::to(&format!("/quarantaene?erneut={}", ids.len())).into_response())
        }
        "verwerfen" if form.bestaetigt.as_deref() == Some("ja") => {
            for &id in &ids {
                quarantine::discard(&app, &user.actor, id).await?;
            }
            Ok(Redirect::to(&format!("/quarantaene?verworfen={}", ids.len())).into_response())
        }
        "verwerfen" => {
            let all = quarantine::list(&app, &user.actor, false).await?;
            let rows: Vec<Row> = all
                .iter()
                .filter(|r| ids.contains(&r.id))
                .map(Row::of)
                .collect();
            if rows.len() != ids.len() {
                return Err(
                    AppError::NotFound("a chosen file is no longer in quarantine".into()).into(),
                );
            }
            Ok(render(&ConfirmPage {
                chrome: Chrome::of(&app, "Verwerfen bestätigen", "quarantaene", &user).await,
                rows,
                csrf: user.csrf.clone(),
            })?
            .into_response())
        }
        _ => Err(PageError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Unbekannte Aktion.",
        )),
    }
}
